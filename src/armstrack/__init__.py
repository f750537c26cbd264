"""armstrack: a sourced ledger of arms-transfer announcements.

The public façade.  Everything a program needs is importable from here::

    import armstrack

    result = armstrack.extract_file("notice.txt")           # deals and claims, each field with its evidence span
    for deal in result.deals:
        print(deal.buyer, deal.value, [i.system for i in deal.items])

    with armstrack.Ledger("armstrack.db") as ledger:        # the embedded SQLite ledger
        ...

The pipeline stages live in the sub-packages (``ingest`` → ``extract`` → ``normalize`` → ``resolve`` →
``verify`` → ``store`` → ``serve``); their other names are internal and may change.
"""
from __future__ import annotations

from armstrack.extract import extract_document, extract_text
from armstrack.ingest.loaders import IngestError, document_from_bytes, load_path
from armstrack.model import (
    Claim,
    Contractor,
    Deal,
    DealReport,
    Document,
    Evidence,
    Extraction,
    Item,
    Money,
    Party,
)
from armstrack.normalize.catalog import Catalog, System, load_catalog
from armstrack.store.db import Ledger, LedgerError
from armstrack.verify.legal import LegalAssessment, assess

__version__ = "0.1.0"


def extract_file(path: str, *, published: str | None = None) -> Extraction:
    """Read one file (text, HTML, PDF, feed) and extract every deal and claim it states.

    ``published`` (``YYYY-MM-DD``) anchors relative dates when the document carries no date of its own.
    Raises :class:`IngestError` naming the file and the problem when it cannot be read.
    """
    return extract_document(load_path(path, published=published))


__all__ = [
    "Catalog",
    "Claim",
    "Contractor",
    "Deal",
    "DealReport",
    "Document",
    "Evidence",
    "Extraction",
    "IngestError",
    "Item",
    "LegalAssessment",
    "Ledger",
    "LedgerError",
    "Money",
    "Party",
    "System",
    "__version__",
    "assess",
    "document_from_bytes",
    "extract_document",
    "extract_file",
    "extract_text",
    "load_catalog",
    "load_path",
]
