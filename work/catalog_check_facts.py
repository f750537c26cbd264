#!/usr/bin/env python3
"""Check a facts patch: /work/main/.venv/bin/python /tmp/cat27/check_facts.py /tmp/cat27/facts_NAME.json"""
import json, re, sys
path = sys.argv[1]
patch = json.load(open(path, encoding="utf-8"))
probs = []
if set(patch) != {"sources", "facts"}:
    probs.append("top-level keys must be exactly 'sources' and 'facts'")
systems, sources = {}, {}
for f in ("catalog.json", "catalog_world.json"):
    d = json.load(open(f"/work/main/src/armstrack/data/{f}", encoding="utf-8"))
    sources.update(d["sources"])
    for s in d["systems"]:
        systems.setdefault(s["id"], s)
for sid, s in patch.get("sources", {}).items():
    if not s.get("title") or not re.match(r"https?://", s.get("url") or ""):
        probs.append(f"source {sid}: needs title and http(s) url")
    if sid in sources and sources[sid].get("url") != s.get("url"):
        probs.append(f"source {sid}: id already used in the catalog for another page; rename yours")
cited = set()
for sysid, facts in patch.get("facts", {}).items():
    s = systems.get(sysid)
    if s is None:
        probs.append(f"{sysid}: no such system id in the catalog")
        continue
    for key, fact in facts.items():
        if key not in ("max_range", "first_flight", "service_entry", "engines", "expansion"):
            probs.append(f"{sysid}: fact {key!r} not one of max_range, first_flight, service_entry, engines, expansion")
            continue
        if key in (s.get("facts") or {}):
            probs.append(f"{sysid}: already has {key}; leave it")
        if set(fact) - {"value", "unit", "source", "note"} or not {"value", "source", "note"} <= set(fact):
            probs.append(f"{sysid}.{key}: keys must be value, unit, source, note (note = what the page says)")
            continue
        cited.add(fact["source"])
        if fact["source"] not in patch.get("sources", {}):
            probs.append(f"{sysid}.{key}: source {fact['source']!r} not in your 'sources'")
        v, u = fact["value"], fact.get("unit")
        if key == "max_range" and not (isinstance(v, (int, float)) and v > 0 and u in ("km", "nautical miles")):
            probs.append(f"{sysid}.max_range: value a positive number, unit 'km' (or 'nautical miles' for ships)")
        if key in ("first_flight", "service_entry") and not (isinstance(v, int) and 1900 < v < 2027 and u == "year"):
            probs.append(f"{sysid}.{key}: value a year (int), unit 'year'")
        if key == "engines" and not (isinstance(v, int) and 0 < v < 9 and u == "engines"):
            probs.append(f"{sysid}.engines: value an int count, unit 'engines'")
        if key == "expansion" and not (isinstance(v, str) and len(v.split()) >= 2 and u is None):
            probs.append(f"{sysid}.expansion: value the words the acronym stands for, no unit")
for sid in set(patch.get("sources", {})) - cited:
    probs.append(f"source {sid}: listed but not cited")
print("\n".join(probs) if probs else f"OK ({sum(len(f) for f in patch['facts'].values())} facts on {len(patch['facts'])} systems)")
