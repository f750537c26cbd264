"""Extraction throughput on ~5 KB news articles, one core, in-process (start-up excluded).

    python benchmarks/news_throughput.py [--seconds 10]

Articles: the project's own news test texts (tests/corpus/news), each paired with the next one to make
~5 KB documents (distinct texts, so no caching effect).  Prints docs/s and KB/s; a target lives here,
never in a timed unit test.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from armstrack.extract import extract_text
from armstrack.normalize.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
TARGET_DOCS_PER_S = 20.0


def main(argv: list[str]) -> int:
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 10.0
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus" / "news").glob("*.txt"))]
    docs = []
    for i, t in enumerate(texts):
        doc = t
        j = i + 1
        while len(doc) < 5000:
            doc += "\n\n" + texts[j % len(texts)]
            j += 1
        docs.append(doc[:6000])
    load_catalog()  # warm the gazetteers once, as a long-running ingest would
    extract_text(docs[0])
    n = 0
    chars = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        d = docs[n % len(docs)]
        extract_text(d + f"\n{n}")  # a distinct text each time
        n += 1
        chars += len(d)
    dt = time.perf_counter() - t0
    rate = n / dt
    print(f"{n} documents (mean {chars / n / 1000:.1f} KB) in {dt:.1f} s: {rate:.1f} docs/s, "
          f"{chars / dt / 1000:.0f} KB/s on one core (target {TARGET_DOCS_PER_S:.0f} docs/s: "
          f"{'met' if rate >= TARGET_DOCS_PER_S else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
