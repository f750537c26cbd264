"""Ingest of HTML (with metadata) and PDF (text layer) files, for real through the CLI."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import OFFICIAL, run_cli


def _pdf_with_text(lines: list[str]) -> bytes:
    """A minimal, valid one-page PDF whose text layer holds ``lines`` (Helvetica)."""
    content = "BT /F1 10 Tf 40 760 Td 12 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_release(tmp_path: Path) -> None:
    text = (OFFICIAL / "dsca-2008-canada-m777.txt").read_text(encoding="utf-8")
    sentences = [s.strip() + "." for s in text.split(".") if s.strip()][:6]
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(_pdf_with_text(sentences))
    res = run_cli("extract", "--format", "jsonl", str(pdf))
    assert res.returncode == 0, res.stderr.decode()
    obj = json.loads(res.stdout)
    deal = obj["deals"][0]
    assert (deal["buyer"], deal["value"]["amount"], deal["date"]) == ("CAN", 114000000, "2008-06-17")
    assert [(i["system"], i["quantity"]) for i in deal["items"]][0][1] == 37


def test_broken_pdf_is_an_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    res = run_cli("extract", "--format", "jsonl", str(bad), str(OFFICIAL / "state-2026-sweden-himars.txt"))
    assert res.returncode == 1
    lines = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert "bad.pdf" in lines[0]["error"] and lines[1]["deals"][0]["buyer"] == "SWE"


def test_html_page_with_metadata(tmp_path: Path) -> None:
    body = (OFFICIAL / "state-2026-greece-switchblade.txt").read_text(encoding="utf-8")
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n") if p.strip())
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Greece – Switchblade 300 Block 20 - United States Department of State</title>
<meta property="og:site_name" content="United States Department of State">
<meta property="article:published_time" content="2026-07-16T10:00:00-04:00">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Greece – Switchblade 300 Block 20 Lethal Miniature Aerial Missile System</h1>{paras}</article>
<footer>Privacy policy. Copyright notice.</footer></body></html>"""
    page = tmp_path / "greece.html"
    page.write_text(html, encoding="utf-8")
    res = run_cli("extract", "--format", "jsonl", str(page))
    assert res.returncode == 0, res.stderr.decode()
    obj = json.loads(res.stdout)
    assert obj["source"]["published"] == "2026-07-16"
    assert obj["source"]["language"] == "en"
    deal = obj["deals"][0]
    assert (deal["buyer"], deal["value"]["amount"]) == ("GRC", 80100000)
    assert {i["quantity"] for i in deal["items"]} == {350, 35}


def test_html_release_headline_kept_for_service_cases(tmp_path: Path) -> None:
    import html as htmlmod

    text = (OFFICIAL / "dsca-2026-kuwait-patriot-sustainment.txt").read_text(encoding="utf-8")
    body = text.split("\n", 3)[3]  # without the page header lines: only the article body
    paras = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    page = tmp_path / "kuwait.html"
    page.write_text("<html><head><title>Kuwait – PATRIOT Program Sustainment and Follow-On Technical Support | "
                    "Defense Security Cooperation Agency</title></head><body><nav>Home</nav><article>"
                    f"{paras}</article></body></html>", encoding="utf-8")
    obj = json.loads(run_cli("extract", "--format", "jsonl", str(page)).stdout)
    (deal,) = obj["deals"]
    assert (deal["buyer"], deal["value"]["amount"], deal["date"]) == ("KWT", 800000000, "2026-01-14")
    (item,) = deal["items"]
    assert "PATRIOT Program Sustainment" in item["evidence"]["text"]


def test_a_wire_dateline_without_its_year_takes_the_named_year_that_fits_the_weekday() -> None:
    from armstrack.ingest.loaders import text_metadata

    body = ("Lede\n\nWASHINGTON, July 28 (Example Wire) - The State Department approved a sale of jets to Germany, "
            "the Pentagon said on Thursday. Berlin chose the jet in March 2022 after the 2019 tender.")
    assert text_metadata(body)[0] == "2022-07-28"  # 28 July 2022 was a Thursday; 2019's was a Sunday
    assert text_metadata(body.replace("on Thursday", "on Friday"))[0] is None  # no named year fits
    assert text_metadata(body.replace(" 2022", "").replace("2019", "1990"))[0] is None


def test_a_yearless_dateline_does_not_take_a_historical_year() -> None:
    from armstrack.ingest.loaders import text_metadata

    body = ("Lede\n\nSOFIA, June 3 (Wire) - The State Department approved a sale of jets, the Pentagon said on "
            "Monday. The F-16 first flew in 1974; Bulgaria joined NATO in 2004 and chose the jet in 2016.")
    assert text_metadata(body)[0] is None  # 3 June 1974 was a Monday, but 1974 is history here


def test_a_published_line_with_a_two_digit_year() -> None:
    from armstrack.ingest.loaders import text_metadata

    assert text_metadata("Headline here\n\nPublished: 04.03.20, 08:12  |  Updated: 04.03.20, 10:30\n\nBody.")[0] \
        == "2020-03-04"


def test_a_dateline_with_the_agency_after_the_date() -> None:
    from armstrack.ingest.loaders import text_metadata

    body = ("Headline\n\nTAIPEI, Aug. 21, 2019 (Pacific Rim Newswire) - The U.S. State Department on Tuesday approved "
            "the sale of 66 F-16 jets to Taiwan.\n")
    assert text_metadata(body)[0] == "2019-08-21"
    assert text_metadata(body.replace("(Pacific Rim Newswire) ", ""))[0] == "2019-08-21"


def test_a_labelled_date_between_separators_of_a_long_byline() -> None:
    from armstrack.ingest.loaders import text_metadata

    head = ("Jordanien unterschreibt\nNahost-Brief | Von Katrin Vollmer, Amman | Stand: 20.01.2023 | "
            "https://nahost-brief.example/2023/01/20/jordanien-f16-vertrag-mit-einer-sehr-langen-adresse-dahinter\n\nText.")
    assert text_metadata(head)[0] == "2023-01-20"
    # "Stand" inside a sentence is no label
    head = ("Title line\nDer Stand der Dinge: 20.01.2023 war kein Datum einer Meldung, sondern ein Termin im Text, "
            "der hier nur steht, damit die Zeile sehr lang wird und kein Kopfdatum gelesen werden kann, auch nicht mit "
            "Gewalt.\n\nText.")
    assert text_metadata(head)[0] is None
