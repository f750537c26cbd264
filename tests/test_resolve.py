"""Resolution of reports into deals, on real public-domain notices and written news texts, with a real
SQLite ledger: same transmittal -> one deal, distinct deals stay apart, order of ingest does not matter."""
from __future__ import annotations

import itertools
import json
from importlib.resources import files
from pathlib import Path

from conftest import OFFICIAL

from armstrack.extract import extract_document, extract_text
from armstrack.ingest.loaders import document_from_bytes, load_path
from armstrack.resolve.deals import resolve_ledger, resolve_reports
from armstrack.store.db import Ledger

SEED = (files("armstrack") / "data" / "samples" / "news-canada-himars-retold.txt").read_bytes()


def _ingest(db: Path, paths: list[str], extra: list[bytes] = []) -> list[dict[str, object]]:
    with Ledger(db) as ledger:
        for p in paths:
            ledger.store(extract_document(load_path(p)))
        for i, data in enumerate(extra):
            ledger.store(extract_document(document_from_bytes(data, f"extra{i}.txt")))
        resolve_ledger(ledger)
        return ledger.deals()


def test_release_and_federal_register_notice_are_one_deal(tmp_path: Path) -> None:
    deals = _ingest(tmp_path / "a.db", [str(OFFICIAL / "state-2026-sweden-himars.txt"),
                                        str(OFFICIAL / "fr-2026-26-27-sweden.txt")])
    assert len(deals) == 1
    d = deals[0]
    assert (d["buyer"], d["transmittal"], d["value_usd"], len(d["report_ids"])) == ("SWE", "26-27", 9.3e8, 2)
    assert [e["stage"] for e in d["events"]] == ["approved", "notified"]
    assert d["conflicts"] == []
    assert d["legal"]["required"] is True and d["legal"]["review_days"] == 15
    assert d["legal"]["review_ends"] == "2026-03-25"


def test_nspa_c17_texts_are_one_deal(tmp_path: Path) -> None:
    deals = _ingest(tmp_path / "b.db", [str(OFFICIAL / "dsca-2017-nspa-c17-support.txt"),
                                        str(OFFICIAL / "fr-2017-17-19-nspa.txt")])
    assert [(d["buyer"], len(d["report_ids"])) for d in deals] == [("NSPA", 2)]


def test_seed_deals_stay_three_and_join_nothing_else(tmp_path: Path) -> None:
    deals = _ingest(tmp_path / "c.db", [str(OFFICIAL / "state-2026-sweden-himars.txt"),
                                        str(OFFICIAL / "dsca-2008-canada-m777.txt")], [SEED])
    by_buyer = sorted((d["buyer"], len(d["report_ids"])) for d in deals)
    # the seed's CAN, NLD, UKR deals, the Swedish release, the 2008 Canadian howitzers: five deals
    assert by_buyer == [("CAN", 1), ("CAN", 1), ("NLD", 1), ("SWE", 1), ("UKR", 1)]


def test_ingest_order_does_not_change_deals(tmp_path: Path) -> None:
    paths = [str(OFFICIAL / n) for n in ("state-2026-sweden-himars.txt", "fr-2026-26-27-sweden.txt",
                                         "dsca-2017-nspa-c17-support.txt", "fr-2017-17-19-nspa.txt")]
    results = []
    for i, order in enumerate(itertools.permutations(paths)):
        if i % 6:  # 4 of the 24 orders
            continue
        deals = _ingest(tmp_path / f"o{i}.db", list(order), [SEED])
        results.append(sorted((d["id"], d["buyer"], d["value_usd"], d["transmittal"]) for d in deals))
    assert all(r == results[0] for r in results)


def _report(buyer: str, date: str, usd: float, system: str, kind: str = "news", doc: str = "d",
            transmittal: str | None = None, rid: int = 1) -> dict[str, object]:
    return {"report_id": rid, "document_id": doc + str(rid), "buyer": buyer, "seller": "USA", "stage": "approved",
            "date": date, "value_usd": usd, "value": {"amount": usd, "currency": "USD"}, "doc_kind": kind,
            "transmittal": transmittal, "items": [{"system": system, "catalog_id": system, "quantity": None}]}


def test_two_himars_sales_to_poland_in_different_years_stay_apart() -> None:
    a = _report("POL", "2019-02-11", 414e6, "m142-himars", "dsca_release", rid=1)
    b = _report("POL", "2023-02-07", 10e9, "m142-himars", "dsca_release", rid=2)
    c = _report("POL", "2023-02-08", 10e9, "m142-himars", rid=3)  # a news story on the second one
    deals = resolve_reports([a, b, c])
    assert sorted(len(d["report_ids"]) for d in deals) == [1, 2]


def test_conflicting_figures_are_kept_with_their_sources() -> None:
    official = _report("CAN", "2025-10-01", 1.75e9, "m142-himars", "dsca_release", rid=1)
    news = _report("CAN", "2025-10-02", 2.4e9, "m142-himars", rid=2)  # a CAD figure read as USD by a story
    news["items"] = [{"system": "M142 HIMARS", "catalog_id": "m142-himars", "quantity": 36}]
    official["items"] = [{"system": "M142 HIMARS", "catalog_id": "m142-himars", "quantity": 26}]
    (deal,) = resolve_reports([official, news])
    fields = {c["field"]: c["values"] for c in deal["conflicts"]}
    assert fields["value_usd"] == [{"value": 1.75e9, "report_ids": [1]}, {"value": 2.4e9, "report_ids": [2]}]
    assert fields["quantity:m142-himars"] == [{"value": 26, "report_ids": [1]}, {"value": 36, "report_ids": [2]}]
    assert deal["value_usd"] == 1.75e9  # the official figure is the consensus


def test_different_transmittals_never_merge() -> None:
    a = _report("JPN", "2025-01-10", 3.64e9, "aim-120-amraam", "dsca_release", transmittal="25-01", rid=1)
    b = _report("JPN", "2025-01-31", 3.64e9, "aim-120-amraam", "dsca_release", transmittal="25-09", rid=2)
    assert len(resolve_reports([a, b])) == 2


def test_news_report_joins_its_official_deal(tmp_path: Path) -> None:
    news = ("STOCKHOLM — The United States has approved the sale of 20 M142 HIMARS rocket launchers to Sweden, "
            "a package estimated at $930 million.").encode()
    deals = _ingest(tmp_path / "n.db", [str(OFFICIAL / "state-2026-sweden-himars.txt")], [news])
    assert [(d["buyer"], len(d["report_ids"])) for d in deals] == [("SWE", 2)]
    json.dumps(deals)  # deals are plain JSON
    assert extract_text(news.decode()).deals[0].value.amount == 9.3e8


def test_deal_ids_survive_new_documents(tmp_path: Path) -> None:
    db = tmp_path / "inc.db"
    first = {d["buyer"]: d["id"] for d in _ingest(db, [str(OFFICIAL / "state-2026-sweden-himars.txt"),
                                                       str(OFFICIAL / "dsca-2008-canada-m777.txt")])}
    later = _ingest(db, [str(OFFICIAL / "fr-2026-26-27-sweden.txt"), str(OFFICIAL / "dsca-2026-singapore-p8a.txt")])
    ids = {d["buyer"]: d["id"] for d in later}
    assert ids["SWE"] == first["SWE"] and ids["CAN"] == first["CAN"]
    assert len(later) == 3 and [len(d["report_ids"]) for d in later if d["buyer"] == "SWE"] == [2]


def test_news_figures_checked_against_the_official_record(tmp_path: Path) -> None:
    story = ("Published: 2026-03-11\n\nOTTAWA — The U.S. State Department approved the sale of 22 M142 HIMARS rocket launchers to Sweden, "
             "a package worth $1.3 billion.").encode()
    right = ("Published: 2026-03-11\n\nSTOCKHOLM — The United States has approved the sale of 20 M142 HIMARS rocket launchers to Sweden, "
             "a package estimated at US$930 million.").encode()
    db = tmp_path / "rec.db"
    deals = _ingest(db, [str(OFFICIAL / "state-2026-sweden-himars.txt")], [story, right])
    assert [len(d["report_ids"]) for d in deals] == [3]
    with Ledger(db) as ledger:
        claims = [c for c in ledger.claims() if (c["source"] or "").startswith("official record")]
    verdicts = sorted((c["attribute"], c["stated"], c["verdict"]) for c in claims)
    assert ("quantity", "20", "supported") in verdicts
    assert ("quantity", "22", "contradicted") in verdicts
    assert ("value", "US$930 million (USD)", "supported") in verdicts
    # "$1.3 billion" from Ottawa is the official US$930 million in Canadian dollars: a currency confusion
    assert ("currency", "$1.3 billion (USD)", "contradicted") in verdicts
    for c in claims:
        assert c["reference"] and "official notice" in c["reference"]


def test_a_system_only_a_story_names_is_a_conflict() -> None:
    official = _report("CAN", "2025-10-01", 1.75e9, "m142-himars", "dsca_release", rid=1)
    news = _report("CAN", "2025-10-02", 1.75e9, "m142-himars", rid=2)
    news["items"] = [{"system": "M142 HIMARS", "catalog_id": "m142-himars", "quantity": 26},
                     {"system": "PrSM", "catalog_id": "prsm", "quantity": None}]
    (deal,) = resolve_reports([official, news])
    (conflict,) = [c for c in deal["conflicts"] if c["field"] == "systems"]
    assert conflict["values"][1] == {"value": "also names prsm", "report_ids": [2]}
