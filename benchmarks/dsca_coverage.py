"""Coverage of the item and value readers on 22 years of DSCA release passages.

    python benchmarks/dsca_coverage.py [PATH_TO/dsca-notifications-2004-2026.json] [--misses N]

For every record with a `description` (the verbatim item passage of a DSCA release), run the item
parser and check that every quantity-bearing item is extracted: every quantity marker of the
passage -- "word (N)" or a number opening a list entry before a name -- must be the quantity of an
extracted item (or of a spare/float folded into one).  The marker finder here is deliberately
independent of the parser's own rules.  Also compares the value read from the passage with the
record's `costUSD` (from another project's parser) and lists the disagreements.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from armstrack.extract.items import parse_items
from armstrack.extract.official import release_value

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dsca-notifications-2004-2026.json"
# independent marker finder: "(N)" anywhere, or a bare number right after a list separator
PAREN_RE = re.compile(r"\(\s*(\d[\d,]*)\s*\)")
LIST_NUM_RE = re.compile(r"(?:^|[;,:]\s+|\band\s+|\bof\s+|\bincludes?\s+)(\d[\d,]*)\s+(?=[A-Z][\w/-]*[A-Z0-9])")
REMARK_RE = re.compile(r"(?i)^\s*(?:installed|spares?|spare|each|per|percent|%|years?|months?|weeks?|days?)")


def markers(text: str) -> list[tuple[int, int]]:
    out = []
    for m in PAREN_RE.finditer(text):
        if REMARK_RE.match(text[m.end():m.end() + 12]):
            continue
        # "(RT-1987)" style designations are not quantities
        if re.search(r"[A-Za-z]-\s*$", text[max(0, m.start() - 3):m.start()]):
            continue
        out.append((m.start(1), int(m.group(1).replace(",", ""))))
    for m in LIST_NUM_RE.finditer(text):
        if REMARK_RE.match(text[m.end():m.end() + 12]):
            continue
        if any(abs(m.start(1) - s) < 40 and q == int(m.group(1).replace(",", "")) for s, q in out):
            continue
        out.append((m.start(1), int(m.group(1).replace(",", ""))))
    return out


def covered(text: str) -> tuple[bool, list[str], int]:
    items = parse_items(text)
    spans = [(it.start, it.end) for it in items]
    folded_n = sum(len(it.folded) for it in items)
    missing = []
    for pos, qty in markers(text):
        inside = any(s <= pos < e for s, e in spans)
        if not inside and folded_n:
            # a folded spare/float keeps its quantity in the note of the item it was folded into
            inside = any(f.startswith(f"{qty} ") for it in items for f in it.folded)
        if not inside:
            missing.append(text[max(0, pos - 20):pos + 50].replace("\n", " "))
    return not missing, missing, len(items)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else DEFAULT
    n_miss = int(argv[argv.index("--misses") + 1]) if "--misses" in argv else 25
    records = json.loads(path.read_text())
    t0 = time.perf_counter()
    total = ok = n_items = 0
    misses: list[str] = []
    patterns: Counter[str] = Counter()
    value_checked = value_agree = 0
    disagreements = []
    for rec in records:
        desc = rec.get("description")
        if not desc:
            continue
        # only the item passage: up to the estimated-cost sentence
        cut = re.search(r"The (?:total )?estimated (?:total )?(?:program )?(?:case )?(?:cost|value)", desc)
        passage = desc[:cut.start()] if cut else desc
        total += 1
        good, missing, k = covered(passage)
        n_items += k
        ok += good
        for m in missing:
            misses.append(f"{rec['date']} {rec.get('transmittal')} {rec['country']}: …{m}…")
            patterns[re.sub(r"\d[\d,]*", "N", m[20:40])] += 1
        if cut and rec.get("costUSD"):
            value, _mde = release_value(desc)
            if value is not None:
                value_checked += 1
                if abs(value.amount - float(rec["costUSD"])) <= 0.005 * float(rec["costUSD"]):
                    value_agree += 1
                else:
                    disagreements.append(f"{rec['date']} {rec.get('transmittal')} {rec['country']}: passage says "
                                         f"{value.text!r} = {value.amount:,.0f}; costUSD {rec['costUSD']:,.0f}")
    dt = time.perf_counter() - t0
    print(f"passages with a description: {total}")
    print(f"passages with every quantity-bearing item extracted: {ok} ({ok / total:.1%})")
    print(f"items extracted: {n_items}; {total / dt:,.0f} passages/s")
    print(f"values read from the passage: {value_checked}; agree with costUSD: {value_agree}; "
          f"disagree: {len(disagreements)}")
    for d in disagreements[:40]:
        print("  value:", d)
    print(f"first {n_miss} misses:")
    for m in misses[:n_miss]:
        print("  ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
