"""Merge helper-found catalog entries (work/*.json) into the package catalog files.

Usage: python tools/merge_systems.py NEW.json [--drop-generic GENERIC_ID=ALIAS ...] [--skip-alias ALIAS ...]
NEW.json: {"sources": {...}, "systems": [entries in the catalog's format], "aliases": {existing_id: [alias, ...]}}.
U.S.-made entries go to catalog.json, the others to catalog_world.json; each entry's source is added to the file
it lands in. Aliases a generic entry held for a now-specific system are dropped with --drop-generic.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from merge_facts import DATA, dump  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("new")
    ap.add_argument("--drop-generic", nargs="*", default=[], metavar="ID=ALIAS")
    ap.add_argument("--skip-alias", nargs="*", default=[], metavar="ALIAS")
    args = ap.parse_args()
    new: dict[str, Any] = json.loads(Path(args.new).read_text(encoding="utf-8"))
    files = {name: json.loads((DATA / name).read_text(encoding="utf-8")) for name in ("catalog.json", "catalog_world.json")}
    by_id = {s["id"]: (name, s) for name, cat in files.items() for s in cat["systems"]}
    skip = set(args.skip_alias)
    added = 0
    for entry in new.get("systems", []):
        if entry["id"] in by_id:
            raise SystemExit(f"{entry['id']}: id already in the catalog")
        entry["aliases"] = [a for a in entry.get("aliases", []) if a not in skip]
        name = "catalog.json" if (entry.get("origin") or "").startswith("USA") else "catalog_world.json"
        src = entry.get("source")
        if src and src not in files[name]["sources"]:
            found = new["sources"].get(src) or next((c["sources"][src] for c in files.values() if src in c["sources"]),
                                                    None)
            if found is None:
                raise SystemExit(f"{entry['id']}: source {src!r} not found")
            files[name]["sources"][src] = found
        files[name]["systems"].append(entry)
        by_id[entry["id"]] = (name, entry)
        added += 1
    for sid, aliases in new.get("aliases", {}).items():
        _, s = by_id[sid]
        s["aliases"] = s.get("aliases", []) + [a for a in aliases if a not in s.get("aliases", []) and a not in skip]
    for pair in args.drop_generic:
        gid, alias = pair.split("=", 1)
        _, s = by_id[gid]
        s["aliases"] = [a for a in s.get("aliases", []) if a != alias]
    for name, cat in files.items():
        (DATA / name).write_text(dump(cat), encoding="utf-8")
    print(f"{added} systems added")


if __name__ == "__main__":
    main()
