#!/usr/bin/env python3
"""Which branch of the news reader consumed the clause of each gold deal it dropped: counts by source line.

For every gold deal the reader misses with buyer and system both recognised (class ``dropped`` of
``deal_misses.py``), the clause naming the deal's first item is found, and the reader is run on the document under
``sys.settrace``; the last line of ``extract_news`` run for that clause (a ``continue`` of a branch, or the line that
attached it to another deal) is counted. Counts only by default (safe on sets kept unopened); ``--detail`` lists each
deal with its clause (only for sets that may be read). Diagnostic only: it changes nothing.

Usage: miss_branches.py [--detail] DIR [DIR ...]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deal_misses import missed_deals, predictions, tool_args  # noqa: E402

import armstrack.extract.news as news  # noqa: E402
from armstrack.ingest.loaders import load_path  # noqa: E402


def last_lines(doc: Any) -> dict[int, int]:
    """For each clause start, the last line of ``extract_news`` run while that clause was read."""
    seen: dict[int, int] = {}
    source = Path(news.__file__).read_text(encoding="utf-8").splitlines()
    # (the loop's own header and the final return run while the variable still holds the clause before)
    skip = {i + 1 for i, line in enumerate(source) if line.strip().startswith(("for ui, unit in", "return finish_deals",
                                                                                "if occasion is not None:", "told.append("))}

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "line" and frame.f_lineno not in skip:
            unit = frame.f_locals.get("unit")
            if unit is not None:
                seen[unit.start] = frame.f_lineno
        return local

    def outer(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code is news.extract_news.__code__ else None

    sys.settrace(outer)
    try:
        news.extract_news(doc)
    finally:
        sys.settrace(None)
    return seen


def main(argv: list[str] | None = None) -> int:
    args = tool_args(argv, __doc__.split("\n")[0], "list each deal and its clause")
    source = Path(news.__file__).read_text(encoding="utf-8").splitlines()
    counts: Counter[int] = Counter()
    files, outputs = predictions(args.dirs, args.cmd)
    docs: dict[Path, tuple[Any, dict[int, int]]] = {}
    for path, gd, cls in missed_deals(files, outputs):
        if cls != "dropped":
            continue
        if path not in docs:
            doc = load_path(str(path))
            docs[path] = (doc, last_lines(doc))
        doc, lines = docs[path]
        items = gd.get("items") or []
        names = [n for it in items[:1] for n in [it.get("system"), *(it.get("aliases") or [])] if n]
        at = next((doc.text.find(n) for n in sorted(names, key=len, reverse=True) if doc.text.find(n) >= 0), -1)
        start = max((s for s in lines if s <= at), default=None) if at >= 0 else None
        if start is None:
            continue
        counts[lines[start]] += 1
        if args.detail:
            print(f"  {path.parent.name}/{path.name}: {gd.get('seller')}->{gd.get('buyer')} {gd.get('stage')} "
                  f"| news.py:{lines[start]} | {doc.text[start:start + 100]!r}")
    for line, n in counts.most_common():
        print(f"{n:4d}  news.py:{line}  {source[line - 1].strip()[:100]}")
    print(f"dropped deals traced: {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
