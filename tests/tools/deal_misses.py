#!/usr/bin/env python3
"""Where the gold deals the reader misses are lost: counts by cause, over one or more corpus folders.

A gold deal is missed when the scorer pairs no predicted deal with it (same buyer, and the same seller when both
name one; see score.py). Each missed deal is put in the first class that fits:

- ``merged``: a predicted deal of the same buyer and seller holds one of its systems, paired with another gold deal
  (two deals read as one: an approval and its contract, two contracts);
- ``other-seller``: a predicted deal of the same buyer holds one of its systems, with another seller;
- ``other-buyer``: a predicted deal holds one of its systems, with another buyer;
- ``no-system-linked``: none of its systems is found in the text by the catalog (nor as a designation the reader
  keeps), so there was nothing to build it on;
- ``buyer-not-named``: its buyer is never recognised as a party in the text (a pronoun, a service, an agency);
- ``dropped``: system and buyer are both recognised, yet no deal was read (no cue read, hedged, context, merged).

Counts only by default, so that it can be run over sets kept unopened; ``--detail`` lists each missed deal (only for
sets that may be read). Needs the package importable (``pip install -e .``) and ``armstrack`` on PATH.

Usage: deal_misses.py [--detail] [--cmd "armstrack extract --format jsonl"] DIR [DIR ...]
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import match_deals, same_system  # noqa: E402

from armstrack.extract.clauses import units_of  # noqa: E402
from armstrack.normalize import countries  # noqa: E402

CLASSES = ("merged", "other-seller", "other-buyer", "no-system-linked", "buyer-not-named", "dropped")


def linked_systems(text: str) -> list[dict]:
    """The systems the reader's clauses find in ``text``, as scorer items (name and aliases)."""
    out = []
    for u in units_of(text, None):
        for a, b, sysm in u.systems:
            out.append({"system": sysm.name, "aliases": [u.text[a:b], *sysm.aliases]})
    return out


def classify(gold_deal: dict, preds: list[dict], text: str, found: list[dict], named: set[str]) -> str:
    items = gold_deal.get("items") or []
    holding = [p for p in preds if any(same_system(pi, gi) for pi in p.get("items") or [] for gi in items)]
    if any(p.get("buyer") == gold_deal.get("buyer") and p.get("seller") in (None, gold_deal.get("seller"))
           for p in holding):
        return "merged"
    if any(p.get("buyer") == gold_deal.get("buyer") for p in holding):
        return "other-seller"
    if holding:
        return "other-buyer"
    if items and not any(same_system(f, gi) for f in found for gi in items):
        return "no-system-linked"
    if gold_deal.get("buyer") not in named:
        return "buyer-not-named"
    return "dropped"


def predictions(dirs: list[str], cmd: str) -> tuple[list[Path], list[dict]]:
    """The documents of ``dirs`` that have gold, and the reader's output for each (one batch run of ``cmd``)."""
    files = [t for d in dirs for t in sorted(Path(d).glob("*.txt")) if t.with_suffix(".gold.json").exists()]
    out = subprocess.run([*shlex.split(cmd), *map(str, files)], capture_output=True, text=True, check=True)
    return files, [json.loads(line) for line in out.stdout.splitlines()]


def missed_deals(files: list[Path], preds: list[dict]) -> Iterator[tuple[Path, dict, str]]:
    """Each gold deal the reader missed, with its document and its class (see the module's docstring)."""
    for path, pred in zip(files, preds, strict=True):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        gd, pd = gold.get("deals") or [], pred.get("deals") or []
        pairs, _ = match_deals(pd, gd)
        missed = [g for i, g in enumerate(gd) if i not in pairs]
        if not missed:
            continue
        found = linked_systems(text)
        named = {p.code for p in countries.find_parties(text)}
        for g in missed:
            yield path, g, classify(g, pd, text, found, named)


def tool_args(argv: list[str] | None, description: str, detail: str) -> argparse.Namespace:
    """The arguments this tool and ``miss_branches.py`` share: the set folders, the extractor command, --detail."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--cmd", default="armstrack extract --format jsonl")
    ap.add_argument("--detail", action="store_true", help=f"{detail} (only for sets that may be read)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = tool_args(argv, __doc__.split("\n")[0], "list each missed deal")
    files, preds = predictions(args.dirs, args.cmd)
    counts: Counter[str] = Counter()
    by_stage: Counter[tuple[str, str]] = Counter()
    gold_total = sum(len(json.loads(p.with_suffix(".gold.json").read_text(encoding="utf-8")).get("deals") or [])
                     for p in files)
    for path, g, c in missed_deals(files, preds):
        counts[c] += 1
        by_stage[(c, g.get("stage") or "none")] += 1
        if args.detail:
            items = ", ".join(i.get("system", "") for i in g.get("items") or [])
            print(f"  {c:17} {path.parent.name}/{path.name}: {g.get('seller')}->{g.get('buyer')} "
                  f"{g.get('stage')} [{items}]")
    missed_total = sum(counts.values())
    print(f"gold deals {gold_total}, missed {missed_total} ({missed_total / max(gold_total, 1):.0%})")
    for c in CLASSES:
        stages = ", ".join(f"{s} {n}" for (cc, s), n in sorted(by_stage.items()) if cc == c)
        print(f"{c:17} {counts[c]:4}  ({stages})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
