"""The typed data model: documents, evidence spans, deal reports, claims and deals.

Every extracted value carries an :class:`Evidence` span into its document's text, and the
invariant ``document.text[e.start:e.end] == e.text`` holds for every span this package makes.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Stage = Literal["requested", "approved", "notified", "signed", "delivered", "other"]
STAGES: tuple[str, ...] = ("requested", "approved", "notified", "signed", "delivered", "other")
DocKind = Literal["news", "dsca_release", "fr_notice", "other"]
Verdict = Literal["supported", "contradicted", "unverifiable"]


def text_id(text: str) -> str:
    """The id of a document: the SHA-256 of its text (first 16 hex digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    text: str
    path: str | None = None
    kind: str = "other"
    title: str | None = None
    published: str | None = None
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def source_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "published": self.published,
                "title": self.title, "language": self.language, "outlet": self.outlet,
                "url": self.url, "id": self.id}


@dataclass
class Money:
    amount: float
    currency: str
    evidence: Evidence
    currency_reason: str | None = None  # why an ambiguous symbol was read as this currency
    qualifier: str | None = None  # "up to", "about", ...

    def to_dict(self) -> dict[str, Any]:
        amount: float | int = int(self.amount) if float(self.amount).is_integer() else self.amount
        d: dict[str, Any] = {"amount": amount, "currency": self.currency,
                             "evidence": self.evidence.to_dict()}
        if self.currency_reason:
            d["currency_reason"] = self.currency_reason
        if self.qualifier:
            d["qualifier"] = self.qualifier
        return d


@dataclass
class Item:
    system: str  # canonical catalog name, or the mention itself when the catalog has none
    evidence: Evidence
    quantity: int | None = None
    quantity_qualifier: str | None = None  # "up to", "over", "about"
    category: str | None = None
    catalog_id: str | None = None
    mention: str = ""  # the item's name as written
    mde: bool | None = None  # Major Defense Equipment (official notices), when known
    notes: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # the catalog's names found inside the mention ("F-16")

    def to_dict(self) -> dict[str, Any]:
        aliases = [self.mention] if self.mention and self.mention != self.system else []
        aliases += [w for w in self.written if w not in aliases and w != self.system]
        return {"system": self.system, "aliases": aliases, "category": self.category, "quantity": self.quantity,
                "quantity_qualifier": self.quantity_qualifier, "mention": self.mention,
                "catalog_id": self.catalog_id, "mde": self.mde, "notes": self.notes,
                "evidence": self.evidence.to_dict()}


@dataclass
class Party:
    code: str  # ISO 3166-1 alpha-3 or an organisation code (NATO, NSPA, ...)
    evidence: Evidence | None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass
class Contractor:
    name: str
    evidence: Evidence
    location: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "location": self.location, "evidence": self.evidence.to_dict()}


@dataclass
class DealReport:
    """One deal as one document tells it."""

    seller: Party | None
    buyer: Party | None
    stage: str | None = None
    stage_evidence: Evidence | None = None
    date: str | None = None
    date_evidence: Evidence | None = None
    value: Money | None = None
    value_usd: float | None = None
    value_usd_reason: str | None = None
    values: dict[str, Money] = field(default_factory=dict)  # e.g. mde/other/total of FR notices
    items: list[Item] = field(default_factory=list)
    contractors: list[Contractor] = field(default_factory=list)
    transmittal: str | None = None
    transmittal_evidence: Evidence | None = None
    implementing_agency: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)  # the sentences the deal was read from
    method: str = ""  # which extractor produced it (e.g. "official.fr_notice", "news")

    @property
    def contractor(self) -> str | None:
        return "; ".join(c.name for c in self.contractors) or None

    def to_dict(self) -> dict[str, Any]:
        usd: float | int | None = self.value_usd
        if usd is not None and float(usd).is_integer():
            usd = int(usd)
        return {
            "seller": self.seller.code if self.seller else None,
            "buyer": self.buyer.code if self.buyer else None,
            "stage": self.stage,
            "date": self.date,
            "value": self.value.to_dict() if self.value else None,
            "value_usd": usd,
            "value_usd_reason": self.value_usd_reason,
            "values": {k: v.to_dict() for k, v in self.values.items()},
            "items": [i.to_dict() for i in self.items],
            "contractor": self.contractor,
            "contractors": [c.to_dict() for c in self.contractors],
            "transmittal": self.transmittal,
            "implementing_agency": self.implementing_agency,
            "extras": self.extras,
            "method": self.method,
            "seller_evidence": self.seller.evidence.to_dict() if self.seller and self.seller.evidence else None,
            "buyer_evidence": self.buyer.evidence.to_dict() if self.buyer and self.buyer.evidence else None,
            "stage_evidence": self.stage_evidence.to_dict() if self.stage_evidence else None,
            "date_evidence": self.date_evidence.to_dict() if self.date_evidence else None,
            "transmittal_evidence": (self.transmittal_evidence.to_dict()
                                     if self.transmittal_evidence else None),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class Claim:
    subject: str
    attribute: str  # range, name, role, quantity, value, currency, stage, ...
    stated: str
    evidence: Evidence
    verdict: str = "unverifiable"
    reference: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "attribute": self.attribute, "stated": self.stated,
                "verdict": self.verdict, "reference": self.reference, "source": self.source,
                "evidence": self.evidence.to_dict()}


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    deals: list[DealReport] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.document.source_dict(),
                "deals": [d.to_dict() for d in self.deals],
                "claims": [c.to_dict() for c in self.claims]}


@dataclass
class Deal:
    """Reports of the same deal grouped together (filled by :mod:`armstrack.resolve`)."""

    id: str
    seller: str | None
    buyer: str | None
    report_ids: list[int] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # consensus value per field
    conflicts: list[dict[str, Any]] = field(default_factory=list)
