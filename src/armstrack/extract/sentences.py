"""Sentence spans with exact offsets (no model): splits at sentence ends and paragraph breaks,
not after abbreviations such as "U.S." or "Mr." (even when a line break follows them)."""
from __future__ import annotations

import re
from functools import lru_cache

ABBREV = {"u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "st", "inc", "co", "corp", "ltd", "no", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj",
          "capt", "sen", "rep", "gov", "vs", "etc", "e.g", "i.e", "approx", "fig", "dept", "p", "pp", "ca",
          "u.s.a", "d.c", "bzw", "ggf", "mio", "mrd", "z.b", "vgl", "env", "cf", "av", "mme", "m"}
_MONTH_AHEAD = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"January|February|March|June|July|October|December|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\b")
_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (the readers and the claim checker share one computation)."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=32)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    lines = [len(x) for x in text.split("\n") if x.strip()]
    # hard-wrapped text: most lines of similar length near a fixed width (60-80 characters)
    wrapped = len(lines) >= 8 and sum(1 for n in lines if 55 <= n <= 82) >= 0.5 * len(lines)
    for m in _END_RE.finditer(text):
        end = m.end()
        if m.group(0) != "\n":
            word = re.search(r"([\w.]+)[.!?]+[\"”’)\]]*$", text[start:end])
            if word and word.group(1).lower().rstrip(".") in ABBREV:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1)):
                continue  # an initial
            if word and word.group(1).lower() in ("est", "approx", "ca") and re.match(r"\s*[$€£\d]", text[end:end + 3]):
                continue  # "est. $738 million": estimated
            if word and re.fullmatch(r"\d{1,2}", word.group(1)) and _MONTH_AHEAD.match(text, end):
                continue  # "am 16. September": a German ordinal date
            nxt = text[end:end + 3].lstrip()
            if nxt and nxt[0].islower():
                continue
        else:
            prev = text[start:m.start()].rstrip()
            tail = re.search(r"([\w.]+)$", prev)
            if tail and tail.group(1).lower().rstrip(".") in ABBREV and prev.endswith("."):
                continue  # "the U.S.\nState Department" is one sentence
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start:m.start()]
            nxt_line = text[m.end():m.end() + 80].split("\n", 1)[0]
            if wrapped and len(line) >= 40 and prev and prev[-1] not in ".!?:;\"”" and nxt_line.strip() \
                    and not nxt_line.startswith(("  ", "\t")):
                continue  # a hard-wrapped line (Federal Register text): the sentence goes on
        _add_trimmed(spans, text, start, end)
        start = end
    _add_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _add_trimmed(spans: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    """Append ``text[s:e]`` without its surrounding white space, if anything is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
