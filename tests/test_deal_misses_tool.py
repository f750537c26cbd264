"""tests/tools/deal_misses.py puts each missed gold deal in the class that explains it (run as a real subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parent / "tools" / "deal_misses.py"


def _doc(folder: Path, name: str, text: str, deals: list[dict]) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"doc_id": name, "deals": deals}), encoding="utf-8")


def _deal(seller: str, buyer: str, system: str) -> dict:
    return {"seller": seller, "buyer": buyer, "stage": "signed", "date": None, "value": None, "value_usd": None,
            "items": [{"system": system, "aliases": [], "quantity": None}], "contractor": None}


def test_missed_deals_are_counted_by_cause(tmp_path: Path) -> None:
    # one deal read right, one with a system the catalog does not know, one whose seller the gold sets otherwise
    _doc(tmp_path, "a", "Poland signs for tanks\n\nPublished: 2022-07-28\n\nPoland on Wednesday signed a contract "
         "with South Korea for 180 K2 tanks.", [_deal("KOR", "POL", "K2 Black Panther")])
    _doc(tmp_path, "b", "Ruritania buys boats\n\nPublished: 2022-07-28\n\nRuritania on Wednesday signed a contract "
         "for twelve Zorbex-7 boats.", [_deal("FRA", "POL", "Zorbex-7")])
    _doc(tmp_path, "c", "Poland signs for tanks\n\nPublished: 2022-07-28\n\nPoland on Wednesday signed a contract "
         "with South Korea for 180 K2 tanks.", [_deal("DEU", "POL", "K2 Black Panther")])
    out = subprocess.run([sys.executable, str(TOOL), "--detail", str(tmp_path)], capture_output=True, text=True,
                         check=True).stdout
    assert "gold deals 3, missed 2 (67%)" in out
    assert any(line.startswith("other-seller") and line.split()[1] == "1" for line in out.splitlines())
    assert any(line.startswith("no-system-linked") and line.split()[1] == "1" for line in out.splitlines())
    assert "c.txt: DEU->POL" in out
