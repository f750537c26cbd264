"""Extract: text -> mentions -> deal reports (each with evidence) and checkable claims.

The cascade: official U.S. notices are recognised first (:mod:`armstrack.extract.official`); any
other text goes to the general news reader (:mod:`armstrack.extract.news`).  Each report records the
stage of the cascade that produced it in ``method``.
"""
from __future__ import annotations

from armstrack.model import Document, Extraction


def extract_document(doc: Document) -> Extraction:
    """Read every deal and claim a document states."""
    from armstrack.extract.news import extract_news
    from armstrack.extract.official import extract_official
    from armstrack.normalize.finish import finish_reports
    from armstrack.verify.claims import check_claims
    from armstrack.verify.official_record import check_reports

    reports = None
    try:
        reports = extract_official(doc)
    except Exception as exc:  # a garbled notice falls back to the general path, never crashes the run
        reports = None
        doc.title = doc.title  # keep the document as is
        _ = exc
    if not reports:  # (a text the notice reader took up but read no deal from goes to the general reader too)
        if doc.kind in ("dsca_release", "fr_notice"):
            doc.kind = "other"
        elif doc.kind == "other":
            doc.kind = "news"
        reports = extract_news(doc)
    finish_reports(doc, reports)
    claims = check_claims(doc, reports)
    claims += check_reports([r for r in reports if r.method == "news"], doc)  # news against the official record
    return Extraction(doc, reports, claims)


def extract_text(text: str, *, path: str | None = None, published: str | None = None) -> Extraction:
    """Convenience: extract from a string (its dateline or "Published:" line dates it unless ``published``
    is given)."""
    from armstrack.ingest.loaders import text_metadata

    found_published, title = text_metadata(text)
    return extract_document(Document(text=text, path=path, published=published or found_published, title=title))
