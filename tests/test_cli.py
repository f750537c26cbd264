"""The command line, run for real in subprocesses against real files and a real SQLite ledger."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import OFFICIAL, run_cli

SWEDEN_FR = str(OFFICIAL / "fr-2026-26-27-sweden.txt")
SWEDEN_STATE = str(OFFICIAL / "state-2026-sweden-himars.txt")
GREECE = str(OFFICIAL / "state-2026-greece-switchblade.txt")
CANADA_M777 = str(OFFICIAL / "dsca-2008-canada-m777.txt")


def _check_evidence(obj: object, text: str) -> int:
    """Every evidence-shaped dict inside ``obj`` must quote ``text`` exactly; returns how many were seen."""
    n = 0
    if isinstance(obj, dict):
        if set(obj) >= {"start", "end", "text"} and isinstance(obj.get("start"), int):
            assert text[obj["start"]:obj["end"]] == obj["text"], obj
            n += 1
        for v in obj.values():
            n += _check_evidence(v, text)
    elif isinstance(obj, list):
        for v in obj:
            n += _check_evidence(v, text)
    return n


def test_extract_jsonl_follows_the_contract() -> None:
    files = sorted(str(p) for p in OFFICIAL.glob("*.txt"))
    res = run_cli("extract", "--format", "jsonl", *files)
    assert res.returncode == 0, res.stderr.decode()
    lines = res.stdout.decode().splitlines()
    assert len(lines) == len(files)
    for path, line in zip(files, lines, strict=True):
        obj = json.loads(line)
        assert obj["source"]["path"] == path
        assert obj["source"]["kind"] in ("news", "dsca_release", "fr_notice", "other")
        assert "error" not in obj
        text = Path(path).read_text(encoding="utf-8")
        assert _check_evidence(obj, text) > 0
        for deal in obj["deals"]:
            assert deal["stage"] in ("requested", "approved", "notified", "signed", "delivered", "other", None)
            assert deal["seller"] == "USA"
            assert len(deal["buyer"]) >= 3
            if deal["value"] is not None:
                assert set(deal["value"]) >= {"amount", "currency", "evidence"}
            for item in deal["items"]:
                assert set(item) >= {"system", "category", "quantity", "evidence"}


def test_unreadable_inputs_get_error_lines_and_exit_1(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    res = run_cli("extract", "--format", "jsonl", str(binary), SWEDEN_STATE, str(missing), str(empty), CANADA_M777)
    assert res.returncode == 1
    objs = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert len(objs) == 5
    assert "binary" in objs[0]["error"] and str(binary) in objs[0]["error"]
    assert objs[0]["deals"] == [] and objs[0]["claims"] == []
    assert "no such file" in objs[2]["error"]
    assert "empty" in objs[3]["error"]
    assert objs[1]["deals"][0]["buyer"] == "SWE" and "error" not in objs[1]
    assert objs[4]["deals"][0]["buyer"] == "CAN"
    assert "blob.txt" in res.stderr.decode()


def test_stdin_and_usage_error() -> None:
    res = run_cli("extract", "--format", "jsonl", "-", stdin=Path(GREECE).read_bytes())
    assert res.returncode == 0
    assert json.loads(res.stdout)["deals"][0]["buyer"] == "GRC"
    assert run_cli("extract", "--format", "xml", GREECE).returncode == 2
    assert run_cli("deals", "--min-usd", "lots").returncode == 2


def test_ingest_is_idempotent_and_reports(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    env = {"ARMSTRACK_DB": str(db)}
    first = run_cli("ingest", str(OFFICIAL), env=env)
    assert first.returncode == 0, first.stderr.decode()
    assert "17 stored" in first.stdout.decode()
    second = run_cli("ingest", str(OFFICIAL), SWEDEN_FR, env=env)
    assert second.returncode == 0
    assert "0 stored, 18 already in the ledger" in second.stdout.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 17
    # the Sweden release and its Federal Register notice (transmittal 26-27) are one deal
    n = conn.execute("SELECT n_reports FROM deals WHERE buyer = 'SWE'").fetchall()
    assert n == [(2,)]


def test_ingest_bad_file_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    res = run_cli("ingest", "--db", str(db), str(bad), GREECE)
    assert res.returncode == 1
    assert "1 stored" in res.stdout.decode() and "1 failed" in res.stdout.decode()
    assert "bad.txt" in res.stderr.decode()


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("cli") / "filters.db"
    res = run_cli("ingest", "--db", str(db), str(OFFICIAL))
    assert res.returncode == 0, res.stderr.decode()
    return str(db)


def _deals(ledger: str, *args: str) -> list[dict[str, object]]:
    res = run_cli("deals", "--db", ledger, "--format", "json", *args)
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)  # type: ignore[no-any-return]


def test_deals_filters(ledger: str) -> None:
    every = _deals(ledger)
    assert len(every) >= 14
    assert {d["buyer"] for d in _deals(ledger, "--buyer", "CAN")} == {"CAN"}
    assert {d["buyer"] for d in _deals(ledger, "--buyer", "Canada")} == {"CAN"}
    assert len(_deals(ledger, "--buyer", "CAN")) == 2
    assert all(d["value_usd"] >= 1e9 for d in _deals(ledger, "--min-usd", "1e9"))
    assert {d["buyer"] for d in _deals(ledger, "--min-usd", "3e9")} == {"ISR", "DEU"}
    assert {d["stage"] for d in _deals(ledger, "--stage", "notified")} == {"notified"}
    since = _deals(ledger, "--since", "2026-06-01", "--until", "2026-07-31")
    assert {d["buyer"] for d in since} == {"NZL", "GRC"}
    assert {d["buyer"] for d in _deals(ledger, "--system", "HIMARS")} == {"SWE"}
    assert _deals(ledger, "--seller", "FRA") == []
    by_value = _deals(ledger, "--sort", "value")
    values = [d["value_usd"] for d in by_value if d["value_usd"] is not None]
    assert values == sorted(values, reverse=True)


def test_deals_csv_and_show(ledger: str) -> None:
    res = run_cli("deals", "--db", ledger, "--format", "csv", "--buyer", "SWE")
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode())))
    assert len(rows) == 1 and rows[0]["transmittal"] == "26-27" and rows[0]["n_sources"] == "2"
    shown = run_cli("show", rows[0]["id"], "--db", ledger)
    assert shown.returncode == 0
    out = shown.stdout.decode()
    assert "Lockheed Martin" in out and "“" in out and "26-27" in out
    assert run_cli("show", "nonexistent", "--db", ledger).returncode == 1


def test_exports(ledger: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    for fmt, name in (("csv", "d.csv"), ("json", "d.json"), ("parquet", "d.parquet"), ("sipri", "s.csv")):
        out = tmp_path / name
        res = run_cli("export", "--db", ledger, "--format", fmt, str(out))
        assert res.returncode == 0, res.stderr.decode()
        assert out.stat().st_size > 100
    assert pq.read_table(tmp_path / "d.parquet").num_rows == len(_deals(ledger))
    sipri = list(csv.DictReader(open(tmp_path / "s.csv", encoding="utf-8")))
    assert any(r["recipient"] == "SWE" and r["number_ordered"] == "20" for r in sipri)
    payload = json.loads((tmp_path / "d.json").read_text())
    assert set(payload) >= {"deals", "reports", "claims", "evidence"}


def test_help_explains_every_command() -> None:
    res = run_cli("--help")
    assert res.returncode == 0
    for cmd in ("extract", "ingest", "deals", "show", "export", "demo", "catalog"):
        assert cmd in res.stdout.decode()
    deals_help = run_cli("deals", "--help").stdout.decode()
    for opt in ("--buyer", "--seller", "--system", "--stage", "--since", "--until", "--min-usd", "--db"):
        assert opt in deals_help


def test_demo_in_a_fresh_directory(tmp_path: Path) -> None:
    res = run_cli("demo", cwd=tmp_path, env={"ARMSTRACK_DB": ""})
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert (tmp_path / "armstrack.db").exists()
    assert "USA→SWE" in out and "USA→CAN" in out


def test_stats(ledger: str) -> None:
    res = run_cli("stats", "--db", ledger, "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    data = json.loads(res.stdout)
    deals = _deals(ledger)
    assert data["deals"] == len(deals)
    assert data["total_usd"] == pytest.approx(sum(d["value_usd"] or 0 for d in deals))
    by_buyer = {r["key"]: r for r in data["by"]["buyer"]}
    assert by_buyer["CAN"]["deals"] == 2 and by_buyer["CAN"]["usd"] == pytest.approx(114e6 + 138e6)
    assert data["matrix"]["USA"]["SWE"] == pytest.approx(9.3e8)
    years = {r["key"]: r["deals"] for r in data["by"]["year"]}
    assert years["2008"] == 1
    filtered = json.loads(run_cli("stats", "--db", ledger, "--format", "json", "--buyer", "SWE").stdout)
    assert filtered["deals"] == 1
    table = run_cli("stats", "--db", ledger, "--by", "category")
    assert table.returncode == 0 and "Artillery" in table.stdout.decode()


def test_catalog_commands() -> None:
    found = run_cli("catalog", "search", "himars")
    assert found.returncode == 0 and "M142 HIMARS" in found.stdout.decode()
    shown = run_cli("catalog", "show", "ATACMS")
    out = shown.stdout.decode()
    assert shown.returncode == 0 and "300" in out and "max_range" in out
    assert run_cli("catalog", "show", "no such thing zz").returncode == 1


def test_constant_dollars_of_a_chosen_year(ledger: str) -> None:
    rows = _deals(ledger, "--buyer", "CAN", "--base-year", "2020", "--since", "2008-01-01")
    (m777,) = rows
    # US$114 million of 2008 in 2020 dollars: CPI-U 2020 / 2008 = 258.811 / 215.303
    assert m777["constant_usd_year"] == 2020
    assert m777["value_constant_usd"] == pytest.approx(114e6 * 258.811 / 215.303, rel=1e-3)
