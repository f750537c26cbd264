"""tests/tools/miss_branches.py names the reader's line that consumed the clause of a dropped gold deal (run as a
real subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parent / "tools" / "miss_branches.py"


def test_a_dropped_deal_is_traced_to_the_branch_that_skipped_its_clause(tmp_path: Path) -> None:
    # a clause naming buyer and system with no event the reader knows: the gold (of our own making) has a deal there
    text = ("Poland and its tanks\n\nPublished: 2022-07-28\n\nPoland's army will field 180 K2 tanks from South Korea "
            "by the end of the decade, the ministry's plan shows.")
    gold = {"doc_id": "a", "deals": [{"seller": "KOR", "buyer": "POL", "stage": "signed", "date": None, "value": None,
                                      "value_usd": None, "contractor": None,
                                      "items": [{"system": "K2 Black Panther", "aliases": ["K2"], "quantity": 180}]}]}
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    run = subprocess.run([sys.executable, str(TOOL), "--cmd", f"{sys.executable} -m armstrack.serve.cli extract "
                          "--format jsonl", "--detail", str(tmp_path)], capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    assert lines[-1] == "dropped deals traced: 1", run.stdout
    assert "a.txt: KOR->POL signed | news.py:" in run.stdout
    count_line = next(line for line in lines if line.strip().startswith("1  news.py:"))
    assert "continue" in count_line or "prev_unit" in count_line
