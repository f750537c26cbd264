"""Extraction throughput on ~5 KB news articles, one core, in-process (start-up excluded).

    python benchmarks/news_throughput.py [--seconds 10] [--loop]

Documents: the project's news test texts (``tests/corpus/news*/``), grouped in order into disjoint ~5 KB documents,
so that **no text is read twice** during a run (the readers keep a few per-clause answers, and a text met again would
be cheaper than a new one).  With about 1,500 texts there are some 800 documents: a run stops early, and says so, if
it reads them all.

``--loop`` is the measure of sessions 1-25: the 34 texts of ``tests/corpus/news`` each padded with the next ones to
~5 KB and read in a loop (every 34th document repeats an earlier one but for its last line), kept to compare with the
figures of those sessions.  Prints docs/s and KB/s; the target lives here, never in a timed unit test.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from armstrack.extract import extract_text
from armstrack.normalize.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
TARGET_DOCS_PER_S = 20.0
DOC_CHARS = 5000


def distinct_documents() -> list[str]:
    """Disjoint groups of consecutive news texts, each at least ~5 KB (the last short group dropped)."""
    paths = sorted(p for p in (ROOT / "tests" / "corpus").glob("news*/*.txt"))
    docs: list[str] = []
    current = ""
    for p in paths:
        current = f"{current}\n\n{p.read_text(encoding='utf-8')}" if current else p.read_text(encoding="utf-8")
        if len(current) >= DOC_CHARS:
            docs.append(current[:6000])
            current = ""
    return docs


def looped_documents() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus" / "news").glob("*.txt"))]
    docs = []
    for i, t in enumerate(texts):
        doc = t
        j = i + 1
        while len(doc) < DOC_CHARS:
            doc += "\n\n" + texts[j % len(texts)]
            j += 1
        docs.append(doc[:6000])
    return docs


def main(argv: list[str]) -> int:
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 10.0
    loop = "--loop" in argv
    docs = looped_documents() if loop else distinct_documents()
    load_catalog()  # warm the gazetteers once, as a long-running ingest would
    extract_text("Warm-up headline for the readers\n\nThe State Department approved a possible sale to Canada.")
    n = 0
    chars = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        if not loop and n == len(docs):
            print(f"(all {n} distinct documents read before {seconds:g} s)")
            break
        d = docs[n % len(docs)]
        extract_text(d + f"\n{n}" if loop else d)
        n += 1
        chars += len(d)
    dt = time.perf_counter() - t0
    rate = n / dt
    what = "34 texts in a loop" if loop else "distinct documents, none read twice"
    print(f"{n} documents (mean {chars / n / 1000:.1f} KB; {what}) in {dt:.1f} s: {rate:.1f} docs/s, "
          f"{chars / dt / 1000:.0f} KB/s on one core (target {TARGET_DOCS_PER_S:.0f} docs/s: "
          f"{'met' if rate >= TARGET_DOCS_PER_S else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
