"""What the news-form tests share: the deals a text is read into, as plain rows."""
from __future__ import annotations

from armstrack.extract import extract_text

Row = tuple[str | None, str | None, str | None, str | None, float | None, list[tuple[str | None, int | None]]]


def deal_rows(text: str, published: str) -> list[Row]:
    """Seller, buyer, stage, date, value and (catalog id, quantity) items of each deal read from ``text``."""
    ex = extract_text(f"Published: {published}\n\n" + text)
    return [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage, d.date,
             d.value.amount if d.value else None, [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals]
