"""A contract or delivery of a U.S. sale priced at the official release's dollar figure in another currency.

"La Grèce a commandé ses sept MH-60R … L'ensemble représente un montant estimé à 600 millions d'euros" where the
DSCA release of the same buyer's MH-60R case gave $600 million: the same number in euros is a currency slip.  Only
an exact figure (within 0.5 %) of one earlier release of the same buyer and family counts; any other figure of a
contract may be its own price and says nothing.
"""
from __future__ import annotations

from armstrack.model import Claim, DealReport, Document
from armstrack.verify.claim_common import deal_subject
from armstrack.verify.official_record import _day, _record_ids, records, report_families

DOLLARS = {"USD", "$"}


def contract_currency_claims(reports: list[DealReport], doc: Document) -> list[Claim]:
    out: list[Claim] = []
    published = _day(doc.published)
    for r in reports:
        v = r.value
        if r.stage not in ("signed", "delivered") or r.seller is None or r.seller.code != "USA" or r.buyer is None \
                or v is None or v.evidence is None or v.currency in DOLLARS or v.currency_reason:
            continue
        mine = report_families(r)
        if not mine:
            continue
        same = [rec for rec in records().get(r.buyer.code, [])
                if rec.value_usd and abs(float(rec.value_usd) - v.amount) <= 0.005 * v.amount
                and mine & _record_ids(rec)
                and (published is None or ((d := _day(rec.date)) is not None and d <= published))]
        if len(same) != 1:
            continue
        rec = same[0]
        subject = deal_subject(r) or rec.title
        out.append(Claim(subject, "currency", f"{v.evidence.text} ({v.currency})", v.evidence, "contradicted",
                         f"${float(rec.value_usd or 0):,.0f} in the {rec.cite()}: the same figure, in U.S. dollars, "
                         f"not {v.currency}", rec.url))
    return out
