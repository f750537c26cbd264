"""Roundups and digests told in sections: the buyer a section heading names, and the stage of a section's entry
told without a verb."""
from __future__ import annotations

import functools
import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_refs import SAME_DAY_RE, _Deal
from armstrack.model import Document, Evidence
from armstrack.normalize import countries

# "• Japan — same day: ...": an entry of a digest dated by the entry before it
ENTRY_SAME_DAY_RE = re.compile(SAME_DAY_RE.pattern[:-len(r")\b")] + r"|(?:on\s+)?the\s+same\s+day|same\s+day|"
                               r"am\s+gleichen\s+Tag)\b")  # SAME_DAY_RE's wordings, and the bare "same day"


SECTION_HEAD_RE = re.compile(r"^\s*(?:\d{1,2}[).]|■|▪|•)?\s*[A-ZÀ-Ý][A-ZÀ-Ý' -]{2,40}\s+[-–—:]\s+\S")
# "* FINLAND (background) - This is not Helsinki's first ...": a bullet led by a country in capitals, its text after
INLINE_HEAD_RE = re.compile(r"^\s*(?:\d{1,2}[).]|■|▪|•|\*|-)\s*[A-ZÀ-Ý][A-ZÀ-Ý' -]{2,40}?(?:\s*\([^)\n]{1,40}\))?"
                            r"\s+[-–—:]\s+\S")
# "• South Korea — on 25 March the State Department approved ...": a bullet led by a country's name and a dash
# ("2) South Korea - Joint Direct Attack Munitions (JDAM), $106 million": numbered, with a hyphen)
NAMED_BULLET_RE = re.compile(r"^\s*(?:■|▪|•|\*|\d{1,2}[).])\s*(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+[—–-]\s+\S")


# "Vietnam: erster Rüstungsimport aus Südkorea", "Canada — protected vehicles": a heading led by a name and a colon or dash
NAMED_HEADING_RE = re.compile(r"^\s*(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s*(?::|\s[—–])\s+\S")


def own_heading(doc: Document, unit: Unit) -> tuple[str, int] | None:
    """The line of a heading standing as a paragraph of its own (no final stop, blank lines around), with its start."""
    line_start = doc.text.rfind("\n", 0, unit.start) + 1
    line_end = doc.text.find("\n", unit.start)
    line = doc.text[line_start:line_end if line_end != -1 else len(doc.text)]
    end = line_start + len(line)
    if line.rstrip().endswith((".", "?", "!")) or len(line.strip()) > 90 or unit.start != end - len(line.lstrip()) \
            or doc.text[max(0, line_start - 2):line_start] != "\n\n" or doc.text[end:end + 2] != "\n\n":
        return None
    return line, line_start


def _roundup_headings(doc: Document) -> list[int]:
    """Where the section headings of a roundup led by a buyer's name start ("Vietnam: …", "Australien: …")."""
    return list(_heading_starts(doc.text))


@functools.lru_cache(maxsize=64)
def _heading_starts(text: str) -> tuple[int, ...]:
    """(read once per document: every heading line of its own asks)"""
    return tuple(h.start() for h in re.finditer(r"(?m)(?<=\n\n)[^\n]{2,90}(?=\n\n)", text)
                 if (m := NAMED_HEADING_RE.match(h.group(0))) is not None
                 and not h.group(0).rstrip().endswith((".", "?", "!"))
                 and any(p.start == 0 and p.end == len(m.group("name")) and p.code != "USA"
                         for p in countries.find_parties(m.group("name").strip())))


def closes_section(doc: Document, unit: Unit) -> bool:
    """A heading of its own naming no buyer in a roundup told in named sections ("Richtigstellung zu unserem
    Juli-Brief", "Ausblick"): the section before it is over."""
    own = own_heading(doc, unit)
    return own is not None and NAMED_HEADING_RE.match(own[0]) is None and len(_roundup_headings(doc)) >= 2


def _named_heading(doc: Document, unit: Unit, line: str, line_start: int) -> countries.PartyMention | None:
    """The buyer a roundup's section heading names in ordinary case, on a paragraph of its own ("Vietnam: erster
    Rüstungsimport aus Südkorea", then a blank line and the entry's text), when the document has another such heading
    (a roundup, not a feature with one subheading)."""
    if own_heading(doc, unit) is None or (m := NAMED_HEADING_RE.match(line)) is None:
        return None
    lead = [p for p in unit.parties if unit.start + p.start == line_start + m.start("name")
            and unit.start + p.end == line_start + m.end("name") and p.code != "USA"]
    if not lead or not any(h != line_start for h in _roundup_headings(doc)):
        return None
    return lead[0]


def _section_buyer(doc: Document, unit: Unit) -> tuple[countries.PartyMention, bool] | None:
    """The country a roundup's section heading names in capitals ("3) LITHUANIA - AMRAAMs for ground-based
    air defence", "■ BAHREÏN - Batterie Patriot"): a line of its own, without a final stop; or a bullet led by such
    a name with its text after it (then the flag is true: the clause tells more than the heading); or a roundup's
    heading in ordinary case ("Vietnam: erster Rüstungsimport aus Südkorea")."""
    line_start = doc.text.rfind("\n", 0, unit.start) + 1
    line_end = doc.text.find("\n", unit.start)
    line = doc.text[line_start:line_end if line_end != -1 else len(doc.text)]
    if unit.start - line_start > 6:
        return None
    if (named_head := _named_heading(doc, unit, line, line_start)) is not None:
        return named_head, False
    inline = line.rstrip().endswith(".") or len(line) > 120 or not SECTION_HEAD_RE.match(line)
    if inline and not INLINE_HEAD_RE.match(line):
        named_bullet = NAMED_BULLET_RE.match(line)
        if named_bullet is None:
            return None
        lead = [p for p in unit.parties if unit.start + p.start == line_start + named_bullet.start("name")
                and unit.start + p.end == line_start + named_bullet.end("name") and p.code != "USA"]
        return (lead[0], True) if lead else None
    head = INLINE_HEAD_RE.match(line) if inline else None
    named = [p for p in unit.parties if p.code != "USA" and p.text.isupper()
             and (head is None or unit.start + p.end <= line_start + head.end())]
    return (named[0], inline) if len({p.code for p in named}) == 1 else None


def _digest_stage(doc: Document, deals: list[_Deal], sectioned: list[_Deal]) -> None:
    """"5) LATVIA - more rockets / Also Tuesday: six M142 HIMARS ...": a section of a digest of approvals told
    without a verb is at the stage of the entries before it."""
    for d in sectioned:
        before = [o for o in deals[:deals.index(d)] if o.report.stage in ("approved", "notified")] if d in deals else []
        if d.report.stage is None and before:
            d.report.stage, d.report.stage_evidence = before[-1].report.stage, before[-1].report.stage_evidence
            # "Also Tuesday: six M142 HIMARS ...": the day the entry names is the approval's
            first = d.units[0] if d.units else None
            day = [x for x in first.dates if x.iso and x.precision == "day"] if first is not None else []
            if d.report.date is None and first is not None and len(day) == 1:
                d.report.date = day[0].iso
                d.report.date_evidence = Evidence.of(doc.text, first.start + day[0].start, first.start + day[0].end)
            elif d.report.date is None and first is not None and not day and before[-1].report.date \
                    and (same := ENTRY_SAME_DAY_RE.search(first.text)) is not None:
                # "• Japan — same day: support for ...": the day of the entry before
                d.report.date = before[-1].report.date
                d.report.date_evidence = Evidence.of(doc.text, first.start + same.start(), first.start + same.end())
