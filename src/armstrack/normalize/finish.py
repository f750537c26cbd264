"""Normalisation applied to every report once read: USD values at the rate of the deal's date and
the document's language."""
from __future__ import annotations

import re

from armstrack.model import DealReport, Document

_LANG_WORDS = {
    "en": {"the", "and", "of", "to", "with", "has", "was", "for", "that", "sale"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "pour", "avec", "est", "vente"},
    "de": {"der", "die", "das", "und", "mit", "für", "ist", "von", "den", "ein", "eine"},
}


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-zäöüéèàçß]+", text[:5000].lower())
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANG_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 3 else None


def finish_reports(doc: Document, reports: list[DealReport]) -> None:
    from armstrack.normalize.money_convert import to_usd

    if doc.language is None:
        doc.language = guess_language(doc.text)
    for r in reports:
        if r.value is None:
            r.value_usd = None
            continue
        if r.value.currency == "USD":
            r.value_usd = r.value.amount
            continue
        usd, reason = to_usd(r.value.amount, r.value.currency, r.date or doc.published)
        r.value_usd = round(usd) if usd is not None else None
        r.value_usd_reason = reason
