"""Merge helper-found catalog facts (work/*.json) into the package catalog files.

Usage: python tools/merge_facts.py FACTS.json [...] [--fixes SOURCE_FIXES.json] [--skip system/attr ...]
FACTS files: {"sources": {...}, "facts": {system_id: {attr: fact}}}; fixes: {"sources", "replacements"}.
Every fact keeps its source; sources no longer cited are dropped.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src" / "armstrack" / "data"
FILES = ["catalog.json", "catalog_world.json"]


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def dump(cat: dict[str, Any]) -> str:
    """The catalog files' layout: a line per source, a line per system, a line per fact."""
    out = ['{', '  "sources": {']
    items = list(cat["sources"].items())
    out += [f'    {_j(k)}: {_j(v)}' + ("," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)]
    out += ['  },', '  "systems": [']
    systems = cat["systems"]
    for i, s in enumerate(systems):
        head = {k: v for k, v in s.items() if k != "facts"}
        facts = s.get("facts") or {}
        end = "," if i < len(systems) - 1 else ""
        if not facts:
            out.append(f"    {_j(head)}{end}")
            continue
        out.append(f"    {_j(head)[:-1]},")
        out.append('     "facts": {')
        fl = list(facts.items())
        for j, (k, v) in enumerate(fl):
            out.append(f"      {_j(k)}: {_j(v)}" + ("," if j < len(fl) - 1 else "}}" + end))
    out += ['  ]', '}']
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("facts", nargs="*")
    ap.add_argument("--fixes")
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--drop", nargs="*", default=[], help="system/attr facts to remove")
    ap.add_argument("--variants", help="new variant entries: {sources, new_systems, move_aliases, move_facts}")
    args = ap.parse_args()
    cats = {f: json.loads((DATA / f).read_text()) for f in FILES}
    where = {s["id"]: (f, s) for f, c in cats.items() for s in c["systems"]}
    new_sources: dict[str, dict[str, str]] = {}
    changes = 0

    def put(sid: str, attr: str, fact: dict[str, object]) -> None:
        nonlocal changes
        if f"{sid}/{attr}" in args.skip:
            return
        if sid not in where:
            print(f"unknown system {sid}")
            return
        f, s = where[sid]
        src = str(fact["source"])
        if src not in new_sources and not any(src in c["sources"] for c in cats.values()):
            print(f"{sid}/{attr}: source {src} undefined")
            return
        s.setdefault("facts", {})
        s["facts"] = s["facts"] or {}
        s["facts"][attr] = {k: v for k, v in fact.items() if v is not None}
        changes += 1

    for path in args.facts:
        d = json.loads(Path(path).read_text())
        new_sources.update(d.get("sources", {}))
        for sid, facts in d.get("facts", {}).items():
            for attr, fact in facts.items():
                put(sid, attr, fact)
    if args.fixes:
        d = json.loads(Path(args.fixes).read_text())
        new_sources.update(d.get("sources", {}))
        for r in d["replacements"]:
            old = where.get(r["system"], (None, {}))[1].get("facts", {}).get(r["attr"])
            fact = {"value": r["value"], "unit": r.get("unit") or (old or {}).get("unit"),
                    "source": r["new_source"], "note": r.get("note") or (old or {}).get("note")}
            put(r["system"], r["attr"], fact)
    if args.variants:
        d = json.loads(Path(args.variants).read_text())
        new_sources.update(d.get("sources", {}))
        for entry in d.get("new_systems", []):
            parent = entry.get("parent")
            f = where[parent][0] if parent in where else "catalog_world.json"
            systems = cats[f]["systems"]
            at = next((i for i, x in enumerate(systems) if x["id"] == parent), len(systems) - 1) + 1
            while at < len(systems) and systems[at].get("parent") == parent:
                at += 1  # after the family's other variants
            systems.insert(at, entry)
            where[entry["id"]] = (f, entry)
            changes += 1
        for mv in d.get("move_aliases", []):
            src_sys = where[mv["from"]][1]
            if mv["alias"] in src_sys["aliases"]:
                src_sys["aliases"].remove(mv["alias"])
            dst = where[mv["to"]][1]
            if mv["alias"] not in dst["aliases"] and mv["alias"] != dst["name"]:
                dst["aliases"].append(mv["alias"])
        for mv in d.get("move_facts", []):
            fact = (where[mv["from"]][1].get("facts") or {}).pop(mv["attr"], None)
            if fact is not None:
                where[mv["to"]][1].setdefault("facts", {})
                where[mv["to"]][1]["facts"] = where[mv["to"]][1]["facts"] or {}
                where[mv["to"]][1]["facts"].setdefault(mv["attr"], fact)
    for key in args.drop:
        sid, attr = key.split("/")
        where[sid][1].get("facts", {}).pop(attr, None)
    # sources: each catalog file keeps the ones its facts (or its entries) cite
    for f, c in cats.items():
        pool = {**c["sources"], **new_sources}
        cited = {s.get("source") for s in c["systems"]} | {
            fa["source"] for s in c["systems"] for fa in (s.get("facts") or {}).values()}
        for other in cats.values():
            pool.update({k: v for k, v in other["sources"].items() if k in cited and k not in pool})
        c["sources"] = {k: pool[k] for k in sorted(pool) if k in cited}
        (DATA / f).write_text(dump(c))
    print(f"{changes} facts written")


if __name__ == "__main__":
    main()
