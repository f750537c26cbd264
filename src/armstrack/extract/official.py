"""Official U.S. arms-sale notices, recognised from their wording:

* DSCA / State Department "Major Arms Sales" releases (2004-2026 wordings, and the post-2026 State
  Department layout with "Transmittal #26-78");
* Federal Register 36(b)(1) notices (items (i)-(viii), Policy Justification, Sensitivity annex);
* 36(b)(5)(C) enhancement or upgrade reports;
* Congressional Record printings of the same transmittals.

Each field is read with its evidence span.  Partial texts give what they contain and nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from armstrack.extract.common import build_items, fallback_item, find_contractors, party_from_span, usa_party
from armstrack.model import DealReport, Document, Evidence, Money
from armstrack.normalize.dates import DMY_RE, MDY_PAT, MDY_RE, parse_date
from armstrack.normalize.money import MoneyMention, find_money
from armstrack.regex_gate import gated

FR_RE = re.compile(r"Federal Register|\(i\)\s*Prospective\s+Purchaser", re.I)
CR_RE = re.compile(r"Congressional Record|Floor Speech|Mr\. President|Dear M(?:r|adam)\.? Chair", re.I)
FIVE_C_RE = gated(re.compile(r"36\s*\(b\)\s*\(5\)\s*\(C\)|ENHANCEMENT OR UPGRADE", re.I))
RELEASE_RE = re.compile(
    r"(?:made a determination approving a possible|notified Congress(?: today)?(?: on [^.]{3,20})? of "
    r"(?:a )?possible|Congress was notified of a possible|the possible sale of|delivered the required "
    r"certification notifying Congress)", re.I)
# wordings of the releases themselves; a news story retelling one rarely carries three of them
RELEASE_MARKERS = [gated(re.compile(rx, re.I)) for rx in (
    r"made a determination approving a possible Foreign Military Sale",
    r"Defense Security Cooperation Agency (?:delivered the required certification|notified Congress|today notified)",
    r"(?m)^\s*(?:NEWS \| .*\n.*\n.*)?WASHINGTON\s*,",
    r"Transmittal\s*(?:No\.?|#|Number)",
    r"has requested (?:to buy|to purchase|a possible sale|the possible sale|the sale)",
    r"The (?:total )?estimated (?:total )?(?:program )?cost (?:is|of)",
    r"(?:principal|prime) contractors? (?:will be|is|are)",
    r"Media/Public Contact|Bureau of Political-Military Affairs|Foreign Military Sales: Congressional Notification",
    r"will not (?:affect|alter) the basic military balance",
)]
TRANSMITTAL_RE = re.compile(
    r"Transmittal\s*(?:Nos?\.?|Number|#)?\s*:?\s*(?:RSAT\s+)?(?P<no>\d{2}-[0-9A-Z]{1,3})\b", re.I)
DATELINE_RE = re.compile(rf"WASHINGTON\s*[,.]?\s*(?:D\.C\.\s*,?\s*)?(?P<date>{MDY_PAT})", re.I)


@dataclass
class Family:
    name: str  # "fr_notice" | "cr_notice" | "amendment_5c" | "dsca_release"
    kind: str  # the Document.kind of the contract


def classify(text: str) -> Family | None:
    """Which official family a text belongs to, or None (then the general news path reads it)."""
    head = text[:6000]
    has_form = re.search(r"\(i\)\s*Prospective\s+Purchaser", text, re.I) is not None
    if FIVE_C_RE.search(head) and has_form:
        return Family("amendment_5c", "fr_notice" if "Federal Register" in head else "other")
    if has_form or (re.search(r"Federal Register", head) and TRANSMITTAL_RE.search(head)):
        if CR_RE.search(head) and "Federal Register" not in head:
            return Family("cr_notice", "other")
        return Family("fr_notice", "fr_notice")
    markers = sum(1 for rx in RELEASE_MARKERS if rx.search(head))
    if markers >= 3 and RELEASE_RE.search(head):
        return Family("dsca_release", "dsca_release")
    return None


def _ev(text: str, s: int, e: int) -> Evidence:
    return Evidence.of(text, s, e)


def _money_after(text: str, pos: int, limit: int) -> MoneyMention | None:
    for mm in find_money(text[pos:limit]):
        if 0 < mm.amount < 1000:
            continue  # "$59. 03 million" (a PDF artifact): not a plausible case value
        return MoneyMention(mm.start + pos, mm.end + pos, mm.text, mm.amount,
                            "USD" if mm.currency == "$" else mm.currency, mm.qualifier)
    return None


def _to_money(mm: MoneyMention) -> Money:
    return Money(mm.amount, mm.currency, Evidence(mm.start, mm.end, mm.text), qualifier=mm.qualifier)


def _set_value(report: DealReport, mm: MoneyMention | None) -> None:
    if mm is None:
        return
    report.value = _to_money(mm)
    report.value_usd = mm.amount if mm.currency == "USD" else None


def _transmittal(text: str, report: DealReport) -> None:
    m = TRANSMITTAL_RE.search(text)
    if m:
        report.transmittal = m.group("no").upper()
        report.transmittal_evidence = _ev(text, m.start(), m.end())


LABELS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")


def _section(text: str, label: str, next_labels: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """Span of the body of item ``(label)`` of a transmittal, up to the next item (any later label) or
    the end."""
    next_labels = tuple(dict.fromkeys(next_labels + LABELS[LABELS.index(label) + 1:]))
    m = re.search(rf"\(\s*{label}\s*\)", text)
    if not m:
        return None
    end = len(text)
    for nl in next_labels:
        n = re.search(rf"(?:\n|[.:;]\s+)\s*\(\s*{nl}\s*\)", text[m.end():])
        if n:
            end = min(end, m.end() + n.start())
    return m.end(), end


# ---------------------------------------------------------------- transmittal forms (FR, CR, 5(C))

def _purchaser(text: str, report: DealReport) -> None:
    m = re.search(r"\(i\)\s*Prospective\s+Purchaser\s*:\s*(?P<who>.+?)\s*(?:\n\s*\(ii\)|\n\s*\n|$)",
                  text, re.I | re.S)
    if m:
        report.buyer = party_from_span(text, m.start("who"), m.end("who"))


def _form_values(text: str, report: DealReport) -> None:
    sec = _section(text, "ii", ("iii", "iv"))
    if sec is None:
        return
    s, e = sec
    labels = {"mde": r"Major\s+Defense\s+Equipment", "other": r"(?<![\w-])Other\b",
              "total": r"(?<![\w-])Total\b(?!\s+Estimated)"}
    found: dict[str, MoneyMention] = {}
    for key, rx in labels.items():
        for m in re.finditer(rx, text[s:e], re.I):
            mm = _money_after(text, s + m.end(), min(e, s + m.end() + 120))
            if mm is not None:
                found[key] = mm
                break
    for key, mm in found.items():
        report.values[key] = _to_money(mm)
    if "total" in found:
        _set_value(report, found["total"])
    elif "mde" in found and "other" in found:
        a, b = found["mde"], found["other"]
        total = a.amount + b.amount
        report.value = Money(total, "USD", Evidence(a.start, b.end, text[a.start:b.end]),
                             qualifier="sum of MDE and Other (TOTAL line not in the text)")
        report.value_usd = total


def _form_items(text: str, report: DealReport) -> None:
    sec = _section(text, "iii", ("iv", "v"))
    if sec is None:
        return
    s, e = sec
    colon = text.find(":", s, e)
    body_start = colon + 1 if colon != -1 else s
    split = re.search(r"Non-?\s*(?:Major\s+Defense\s+Equipment|MDE)", text[body_start:e], re.I)
    mde_end = body_start + split.start() if split else e
    items = build_items(text, body_start, mde_end, mde=True)
    if split:
        items += [i for i in build_items(text, mde_end, e, mde=False) if i.quantity is not None]
    if not items:
        fb = fallback_item(text, body_start, e)
        if fb is not None:
            items = [fb]
    report.items = items
    report.evidence.append(_ev(text, s, e))


def _form_date(text: str, report: DealReport) -> None:
    m = re.search(r"Date\s+Report\s+Delivered\s+to\s+Congress\s*:\s*", text, re.I)
    if not m:
        return
    tail = text[m.end():m.end() + 40]
    for rx in (MDY_RE, DMY_RE):
        d = rx.match(tail)
        if d:
            iso = parse_date(d.group(0))
            if iso:
                report.date = iso
                report.date_evidence = _ev(text, m.end(), m.end() + d.end())
            return


def _form_extras(text: str, report: DealReport) -> None:
    sec = _section(text, "iv", ("v",))
    if sec:
        m = re.search(r"Military\s+Department\s*:\s*(?P<dep>[A-Za-z ]+?)\s*(?:\((?P<case>[A-Z0-9-]+)\))?[.;]?\s*$",
                      text[sec[0]:sec[1]].strip().split("\n")[0])
        if m:
            report.implementing_agency = m.group("dep").strip()
            if m.group("case"):
                report.extras["case_designator"] = m.group("case")
    for key, label, nxt in (("prior_related_cases", "v", ("vi",)), ("sales_commission", "vi", ("vii",)),
                            ("sensitivity_of_technology", "vii", ("viii",))):
        sec = _section(text, label, nxt)
        if sec:
            body = text[sec[0]:sec[1]]
            colon = body.rfind(":", 0, 200)
            val = re.sub(r"\s+", " ", body[colon + 1:] if colon != -1 else body).strip()
            report.extras[key] = val[:500]
    pj = re.search(r"POLICY\s+JUSTIFICATION", text)
    if pj:
        end = re.search(r"\n\s*Transmittal\s+No", text[pj.end():])
        stop = pj.end() + end.start() if end else len(text)
        report.extras["policy_justification"] = {"start": pj.start(), "end": stop}
    annex = re.search(r"\(vii\)\s*Sensitivity\s+of\s+Technology\s*:\s*\n", text)
    if annex:
        report.extras["sensitivity_annex"] = {"start": annex.start(), "end": len(text)}


def _five_c(text: str, report: DealReport) -> None:
    sec = _section(text, "ii", ("iii",))
    if sec:
        body = text[sec[0]:sec[1]]
        m = re.search(r"Transmittal\s+No\.?\s*:?\s*(\d{2}-[0-9A-Z]{1,3})", body)
        if m:
            report.extras["original_transmittal"] = m.group(1)
        d = re.search(r"Date\s*:\s*(.+)", body)
        if d:
            report.extras["original_date"] = parse_date(d.group(1))
        a = re.search(r"Implementing\s+Agency\s*:\s*(.+)", body)
        if a:
            report.implementing_agency = a.group(1).strip()
    last_total: MoneyMention | None = None
    for m in re.finditer(r"total\s+(?:case|program)\s+value", text, re.I):
        mm = _money_after(text, m.end(), min(len(text), m.end() + 60))
        if mm is not None:
            if last_total is None:
                report.values["original_total"] = _to_money(mm)
            last_total = mm
    _set_value(report, last_total)
    # what this report changes: the paragraph "This transmittal notifies ..." and the MDE before/after
    change = re.search(r"This\s+(?:transmittal|notification|report)\s+(?:notifies|reports|is\s+to\s+report)", text, re.I)
    if change:
        end = re.search(r"\n\s*\(iv\)", text[change.start():])
        stop = change.start() + end.start() if end else min(len(text), change.start() + 1500)
        report.extras["change"] = {"start": change.start(), "end": stop, "text": text[change.start():stop]}
    for m in re.finditer(r"(?:MDE|major\s+defense\s+equipment)\s+(?:\(MDE\)\s+)?(?:value\s+)?(?:will\s+)?"
                         r"(?:increase[sd]?|decrease[sd]?|constitutes?|constituted)[^.]*?(?:to\s+a\s+revised\s+)?",
                         text, re.I):
        revised = re.search(r"to\s+a\s+revised\s+", text[m.start():m.end() + 60], re.I)
        pos = m.start() + revised.end() if revised else m.end()
        mm = _money_after(text, pos, min(len(text), pos + 40))
        if mm is None:
            continue
        if change and m.start() < change.start():
            report.values["mde_before"] = _to_money(mm)  # the MDE value as last notified
        else:
            report.values["mde"] = _to_money(mm)
    if "mde" in report.values:
        report.values["mde_after"] = report.values["mde"]


def _read_form(doc: Document, family: Family) -> DealReport:
    text = doc.text
    report = DealReport(seller=usa_party(text), buyer=None, stage="notified",
                        method=f"official.{family.name}")
    _transmittal(text, report)
    _purchaser(text, report)
    if family.name == "amendment_5c":
        _five_c(text, report)
    else:
        _form_values(text, report)
    _form_items(text, report)
    _form_date(text, report)
    _form_extras(text, report)
    report.contractors = find_contractors(text)
    st = re.search(r"Notice of Proposed Issuance of Letter of Offer|REPORT OF ENHANCEMENT OR UPGRADE|"
                   r"Congress was notified", text, re.I)
    if st:
        report.stage_evidence = _ev(text, st.start(), st.end())
    return report


# ---------------------------------------------------------------- press releases

def _release_date(text: str) -> tuple[str, int, int] | None:
    m = DATELINE_RE.search(text[:3000])
    if m:
        iso = parse_date(m.group("date"))
        if iso:
            return iso, m.start("date"), m.end("date")
    # State Department layout: a line holding only the date, near the top
    pos = 0
    for line in text[:1500].split("\n"):
        stripped = line.strip()
        d = MDY_RE.fullmatch(stripped) or re.fullmatch(rf"NEWS\s*\|\s*({MDY_PAT})", stripped, re.I)
        if d:
            iso = parse_date(stripped)
            if iso:
                off = line.find(stripped)
                return iso, pos + off, pos + off + len(stripped)
        pos += len(line) + 1
    return None


def _release_title(text: str) -> tuple[int, int] | None:
    pos = 0
    for line in text[:800].split("\n"):
        stripped = line.strip()
        if stripped and not stripped.upper().startswith("NEWS |") and re.search(r"\s[–—-]\s", stripped):
            return pos + line.find(stripped), pos + line.find(stripped) + len(stripped)
        pos += len(line) + 1
    return None


COST_RE = re.compile(
    r"(?P<head>(?:(?:overall|total)\s+)*estimated\s+(?:total\s+|overall\s+)*(?:program\s+)?(?:case\s+)?(?:cost|value)"
    r"|could be as high as|(?:overall\s+|total\s+)+estimated\s+(?:program\s+)?(?:cost|value))"
    r"(?P<mde>\s+of\s+(?:the\s+)?(?:MDE|Major Defense Equipment))?\s*(?:is|of|will be|was)?\s*(?:up to\s+)?",
    re.I)


def release_value(text: str) -> tuple[MoneyMention | None, MoneyMention | None]:
    """(total value, MDE value) of a release: "The estimated cost of MDE is $25 million. The total
    estimated cost is $30 million." gives both; the first total-like figure wins."""
    total = mde = None
    for m in COST_RE.finditer(text):
        mm = _money_after(text, m.end(), min(len(text), m.end() + 40))
        if mm is None:
            continue
        if m.group("mde"):
            mde = mde or mm
        elif total is None:
            total = mm
    return total, mde


def _read_release(doc: Document) -> DealReport:
    text = doc.text
    report = DealReport(seller=usa_party(text), buyer=None, method="official.dsca_release")
    _transmittal(text, report)
    approving = re.search(r"made a determination approving", text, re.I)
    notified = re.search(r"notified Congress|Congress was notified", text, re.I)
    stage_m = approving or notified
    if stage_m:
        report.stage = "approved" if approving else "notified"
        report.stage_evidence = _ev(text, stage_m.start(), stage_m.end())
    dated = _release_date(text)
    if dated:
        report.date, ds, de = dated
        report.date_evidence = _ev(text, ds, de)
    # the lead sentence names the buyer and the value
    lead = re.search(r"(?:Foreign Military Sale|possible sale)\s+(?:to|for)\s+(?P<who>.{3,160}?)"
                     r"\s+(?:of|for|to buy|to purchase|to procure|and related)\b", text, re.I | re.S)
    if lead:
        report.buyer = party_from_span(text, lead.start("who"), lead.end("who"))
    if report.buyer is None:
        req = re.search(r"(?P<who>(?:The )?Government of .{3,80}?|[A-Z][\w .()'-]{2,90}?)\s+has requested", text)
        if req:
            report.buyer = party_from_span(text, req.start("who"), req.end("who"))
    total, mde = release_value(text)
    _set_value(report, total)
    if mde is not None:
        report.values["mde"] = _to_money(mde)
    # the item passage: after "has requested ..." up to the estimated cost sentence
    req = re.search(r"has\s+requested\s+(?:to\s+(?:buy|purchase|procure)|(?:a|the)\s+possible\s+sale\s+of|"
                    r"the\s+sale\s+of|a\s+sale\s+of)?", text, re.I)
    items = []
    if req:
        stop = re.search(r"(?:The\s+(?:total\s+)?estimated\s+(?:total\s+)?(?:program\s+)?cost|"
                         r"\n\s*This proposed sale|\n\s*The proposed sale)", text[req.end():], re.I)
        end = req.end() + stop.start() if stop else min(len(text), req.end() + 6000)
        split = re.search(r"(?:The\s+following\s+)?non-?\s*(?:Major\s+Defense\s+Equipment|MDE)|Also\s+included",
                          text[req.end():end], re.I)
        mde_end = req.end() + split.start() if split else end
        items = build_items(text, req.end(), mde_end, mde=True if split else None)
        if split:
            items += [i for i in build_items(text, mde_end, end, mde=False) if i.quantity is not None]
        report.evidence.append(_ev(text, req.start(), end))
    if not items:
        title = _release_title(text)
        if title:
            ts, te = title
            dash = re.search(r"\s[–—-]\s", text[ts:te])
            if dash:
                fb = fallback_item(text, ts + dash.end(), te)
                if fb is not None:
                    items = [fb]
    report.items = items
    report.contractors = find_contractors(text)
    if lead:
        sent_end = text.find(". ", lead.start())
        report.evidence.insert(0, _ev(text, lead.start(), sent_end + 1 if sent_end != -1 else lead.end()))
    return report


def transmittal_segments(text: str) -> list[tuple[int, int]]:
    """Spans of the transmittals in a text: each starts at the "Transmittal No." heading before its
    "(i) Prospective Purchaser" item and runs to the next one."""
    purchasers = [m.start() for m in re.finditer(r"\(i\)\s*Prospective\s+Purchaser", text, re.I)]
    if len(purchasers) < 2:
        return [(0, len(text))]
    starts = []
    prev_end = 0
    for p in purchasers:
        heads = [m.start() for m in re.finditer(r"Transmittal\s+No", text[prev_end:p], re.I)]
        starts.append(prev_end + heads[-1] if heads else p)
        prev_end = p
    starts[0] = 0
    return [(st, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, st in enumerate(starts)]


def shift_report(report: DealReport, delta: int, text: str) -> DealReport:
    """Move every evidence span of a report read from ``text[delta:...]`` into ``text``'s offsets."""
    def mv(ev: Evidence | None) -> Evidence | None:
        return None if ev is None else Evidence.of(text, ev.start + delta, ev.end + delta)

    for party in (report.seller, report.buyer):
        if party is not None:
            party.evidence = mv(party.evidence)
    report.stage_evidence = mv(report.stage_evidence)
    report.date_evidence = mv(report.date_evidence)
    report.transmittal_evidence = mv(report.transmittal_evidence)
    for money in [report.value, *report.values.values()]:
        if money is not None:
            money.evidence = mv(money.evidence) or money.evidence
    for item in report.items:
        item.evidence = mv(item.evidence) or item.evidence
    for c in report.contractors:
        c.evidence = mv(c.evidence) or c.evidence
    report.evidence = [e for e in (mv(x) for x in report.evidence) if e is not None]
    for key in ("policy_justification", "sensitivity_annex"):
        span = report.extras.get(key)
        if isinstance(span, dict):
            report.extras[key] = {"start": span["start"] + delta, "end": span["end"] + delta}
    return report


def extract_official(doc: Document) -> list[DealReport] | None:
    """Deal reports of an official notice, or None when the text is not one (or cannot be read as one)."""
    family = classify(doc.text)
    if family is None:
        return None
    doc.kind = family.kind
    if family.name != "dsca_release":
        segments = transmittal_segments(doc.text)
        if len(segments) > 1:  # a Congressional Record printing or notice carrying several transmittals
            reports = []
            for s, e in segments:
                part = _read_form(Document(text=doc.text[s:e], path=doc.path), family)
                if part.buyer is not None:
                    reports.append(shift_report(part, s, doc.text))
            return reports or None
    report = _read_form(doc, family) if family.name != "dsca_release" else _read_release(doc)
    if report.buyer is None:
        return None  # not readable as a notice: the general reader takes it
    if doc.published is None and family.name == "dsca_release" and report.date:
        doc.published = report.date
    if doc.title is None:
        t = _release_title(doc.text)
        if t:
            doc.title = doc.text[t[0]:t[1]]
    return [report]
