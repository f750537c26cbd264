"""The public façade: everything a program needs is importable from ``armstrack`` itself."""
from __future__ import annotations

from pathlib import Path

import pytest

import armstrack

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_is_importable() -> None:
    for name in armstrack.__all__:
        assert getattr(armstrack, name) is not None, name


def test_extract_file_reads_a_real_notice(tmp_path: Path) -> None:
    notice = ROOT / "tests" / "corpus" / "official"
    path = sorted(notice.glob("*.txt"))[0]
    result = armstrack.extract_file(str(path))
    assert isinstance(result, armstrack.Extraction)
    assert result.deals and all(d.buyer is not None for d in result.deals)
    for deal in result.deals:  # every value carries the span it was read from
        if deal.value is not None:
            ev = deal.value.evidence
            assert result.document.text[ev.start:ev.end] == ev.text


def test_extract_file_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(armstrack.IngestError, match="missing.txt"):
        armstrack.extract_file(str(tmp_path / "missing.txt"))


def test_the_ledger_is_reachable_from_the_facade(tmp_path: Path) -> None:
    with armstrack.Ledger(tmp_path / "ledger.db") as ledger:
        assert ledger is not None
    assert (tmp_path / "ledger.db").exists()
