#!/usr/bin/env python3
"""Check a candidate catalog file: /work/main/.venv/bin/python /tmp/cat27/check.py /tmp/cat27/NAME.json

Prints every problem; 'OK' when there is none. Problems:
- schema (keys, categories, source ids with title and url, parents that exist);
- ids or names already in the project's catalog (an existing system: drop your entry, or make it a variant with
  a new, more specific name);
- collisions (one name of yours resolving to another system) and names not found in a plain sentence;
- bare common words as aliases (give them with their kind: "Caracal helicopter").
"""
import json, re, sys, glob
from armstrack.normalize.catalog import CATEGORIES, Catalog, catalog_text, lookup_key
KEYS = {"id", "name", "aliases", "parent", "category", "type", "role", "manufacturer", "origin", "source"}
path = sys.argv[1]
cand = json.load(open(path, encoding="utf-8"))
probs = []
if set(cand) != {"sources", "systems"}:
    probs.append("top-level keys must be exactly 'sources' and 'systems'")
main = json.loads(catalog_text())
world = json.load(open("/work/main/src/armstrack/data/catalog_world.json", encoding="utf-8"))
others = []
for f in sorted(glob.glob("/tmp/cat27/*.json")):
    if f != path and not f.endswith("merged.json"):
        try: others.append((f, json.load(open(f, encoding="utf-8"))))
        except Exception: pass
base = Catalog({"sources": {**main["sources"], **world["sources"]}, "systems": main["systems"] + world["systems"]})
existing_ids = {e["id"] for e in main["systems"] + world["systems"]}
ids = [e.get("id") for e in cand.get("systems", [])]
if len(ids) != len(set(ids)):
    probs.append("duplicate ids in your file")
for e in cand.get("systems", []):
    i = e.get("id")
    if set(e) - {"facts"} != KEYS:
        probs.append(f"{i}: keys must be {sorted(KEYS)} (+ optional facts), got {sorted(e)}")
        continue
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i or ""):
        probs.append(f"{i}: id must be lower-case kebab-case")
    if i in existing_ids:
        probs.append(f"{i}: id already used by the project's catalog")
    if e["category"] not in CATEGORIES:
        probs.append(f"{i}: category {e['category']!r} not one of {sorted(CATEGORIES)}")
    if not (e["manufacturer"] and e["origin"] and e["type"] and e["role"]):
        probs.append(f"{i}: manufacturer, origin, type and role are required")
    if e["source"] not in cand.get("sources", {}):
        probs.append(f"{i}: source {e['source']!r} not in your 'sources'")
    for k, f in (e.get("facts") or {}).items():
        if f.get("source") not in cand.get("sources", {}):
            probs.append(f"{i}: fact {k} source not in your 'sources'")
    if e["parent"] is not None and e["parent"] not in existing_ids | set(ids):
        probs.append(f"{i}: parent {e['parent']!r} is no id of the catalog nor of your file")
    for n in [e["name"], *e["aliases"]]:
        if not isinstance(n, str) or n != n.strip() or not n:
            probs.append(f"{i}: bad alias {n!r}")
            continue
        got = base.lookup(n)
        if got is not None:
            probs.append(f"{i}: name {n!r} is already the catalog's {got.id!r} ({got.name})")
        if re.fullmatch(r"[A-Za-zÀ-ÿ]+", n) and (n.lower() == n or n.capitalize() == n) and len(n) < 12:
            probs.append(f"{i}: alias {n!r} is a bare word: is it also a common word, animal, place or company? "
                         f"if so give it only with its kind ('{n} helicopter')")
        if re.fullmatch(r"[A-Z]{2,3}", n):
            probs.append(f"{i}: alias {n!r} is a bare 2-3 letter acronym: too ambiguous, drop it")
    for f, other in others:
        onames = {lookup_key(n) for o in other.get("systems", []) for n in [o["name"], *o["aliases"]]}
        for n in [e["name"], *e["aliases"]]:
            if lookup_key(n) in onames:
                probs.append(f"{i}: name {n!r} also in another helper's file {f}; keep one (coordinate by dropping yours)")
for sid, s in cand.get("sources", {}).items():
    if not s.get("title") or not re.match(r"https?://", s.get("url") or ""):
        probs.append(f"source {sid}: needs title and http(s) url")
cited = {e["source"] for e in cand.get("systems", [])} | {f["source"] for e in cand.get("systems", []) for f in (e.get("facts") or {}).values()}
for sid in set(cand.get("sources", {})) - cited:
    probs.append(f"source {sid}: listed but not cited")
if not probs:
    merged = Catalog({"sources": {**main["sources"], **world["sources"], **cand["sources"]},
                      "systems": main["systems"] + world["systems"] + cand["systems"]})
    if merged.collisions:
        probs.extend(f"collision: {c}" for c in merged.collisions)
    for e in cand["systems"]:
        for n in [e["name"], *e["aliases"]]:
            got = merged.lookup(n)
            if got is None or got.id != e["id"]:
                probs.append(f"{e['id']}: {n!r} resolves to {got.id if got else None}")
        text = f"The ministry ordered {e['name']} in 2025."
        found = [(text[s:t], sy.id) for s, t, sy in merged.find_in(text)]
        if (e["name"], e["id"]) not in found:
            probs.append(f"{e['id']}: name not found whole in a sentence: {found}")
print("\n".join(probs) if probs else f"OK ({len(cand['systems'])} systems)")
