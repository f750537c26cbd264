"""Build ``src/armstrack/data/glossary.json``: acronyms spelled out in DSCA press-release passages.

    python tools/build_glossary.py [PATH_TO/dsca-notifications-2004-2026.json]

An acronym in brackets after words whose initials spell it ("Anti-Submarine Warfare (ASW)") is kept
with every spelling seen and the release that spells it (public-domain U.S. government text).  Acronyms
the catalog already names as systems are left to the catalog (a generic class such as "AESA" is not).  The claim checker reads an article's
"ASW (anti-surface warfare)" against these spellings.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from armstrack.normalize.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "dsca-notifications-2004-2026.json"
OUT = ROOT / "src" / "armstrack" / "data" / "glossary.json"
ACR_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z&/]{1,9})\)")
SMALL = {"and", "of", "the", "for", "to", "in", "on", "&"}


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in SMALL).upper()


def main() -> None:
    rows = json.loads(Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT).read_text())
    cat = load_catalog()
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        text = " ".join(x for x in (r.get("system"), r.get("description")) if x)
        for m in ACR_RE.finditer(text):
            acr = m.group("acr")
            letters = re.sub(r"[^A-Za-z]", "", acr).upper()
            words = re.findall(r"[A-Za-z][\w]*", re.sub(r"-", " ", text[max(0, m.start() - 120):m.start()]))
            for k in range(len(letters), min(len(letters) + 4, len(words)) + 1):
                cand = words[-k:]
                if initials(cand) == letters and cand[0][0].isupper():
                    phrase = text[:m.start()].rstrip()
                    # the words as written, hyphens kept: from the first word of cand to the bracket
                    start = phrase.rfind(cand[0], 0, len(phrase))
                    while start > 0 and phrase[start - 1].isalpha():
                        start = phrase.rfind(cand[0], 0, start - 1)
                    exp = re.sub(r"\s+", " ", phrase[start:]).strip(" ,;")
                    if exp and exp.lower() not in {e.lower() for e in seen[acr]}:
                        seen[acr][exp] = r.get("sourceUrl") or ""
                    break
    terms = {}
    for acr, exps in sorted(seen.items()):
        named = cat.lookup(acr)
        if (named is not None and not named.generic) or len(re.sub(r"[^A-Za-z]", "", acr)) < 3:
            continue
        terms[acr] = {"expansions": sorted(exps), "source": next(iter(exps.values()))}
    data = {"source": {"title": "DSCA major arms sales press releases, 2004-2026 (acronyms as spelled out there)",
                       "url": "https://www.dsca.mil/press-media/major-arms-sales"},
            "terms": terms}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(terms)} acronyms written to {OUT}")


if __name__ == "__main__":
    main()
