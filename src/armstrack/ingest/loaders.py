"""Ingest: bytes (text, HTML, PDF, stdin) -> :class:`~armstrack.model.Document`.

The document's ``text`` is the canonical offset space: every evidence span points into it.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from armstrack.model import Document


class IngestError(Exception):
    """An input that cannot be turned into a document (the message names the file and the problem)."""


TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(f"{name}: binary content (NUL bytes), not a text, HTML or PDF file")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise IngestError(f"{name}: cannot decode as UTF-8 or Windows-1252")
    bad = sum(1 for ch in text[:4096] if ord(ch) < 9 or 13 < ord(ch) < 32)
    if bad > 8:
        raise IngestError(f"{name}: binary content ({bad} control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _html_to_document(html: str, name: str) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=True, favor_recall=True)
    text: str | None = None
    title = published = language = outlet = url = None
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = meta.get("text")
        title = meta.get("title")
        published = meta.get("date")
        language = meta.get("language")
        outlet = meta.get("sitename")
        url = meta.get("url")
    if not text:
        # fall back to a crude tag strip so a page with odd markup still yields its text
        body = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", html)
        body = re.sub(r"(?s)<[^>]+>", "\n", body)
        import html as htmlmod

        text = re.sub(r"\n\s*\n+", "\n", htmlmod.unescape(body)).strip()
    if not text.strip():
        raise IngestError(f"{name}: HTML page without readable text")
    if published is None:
        published = _jsonld_date(html)
    if title:
        # the headline is part of what the page says ("Kuwait – PATRIOT Program Sustainment"): keep it as
        # the first line of the canonical text when the extracted body does not already start with it
        headline = re.split(r"\s+[|–—-]\s+(?:U\.S\.|United States|Defense|Department|DSCA|Reuters|AP)\b", title)[0].strip()
        if headline and headline not in text[:400]:
            text = headline + "\n\n" + text
        title = headline or title
    doc = Document(text=text, path=name, title=title, published=_iso_date(published),
                   language=language, outlet=outlet, url=url)
    return doc


def _jsonld_date(html: str) -> str | None:
    for block in re.findall(r'(?is)<script[^>]+application/ld\+json[^>]*>(.*?)</script>', html):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and obj.get("datePublished"):
                return str(obj["datePublished"])
    m = re.search(r'(?i)<meta[^>]+(?:article:published_time|datePublished|pubdate)[^>]+content="([^"]+)"', html)
    return m.group(1) if m else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _pdf_to_text(data: bytes, name: str) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise IngestError(f"{name}: unreadable PDF ({exc})") from exc
    text = "\n".join(pages).strip()
    if not text:
        raise IngestError(f"{name}: PDF without a text layer (scanned image?); OCR is not supported")
    return text


def document_from_bytes(data: bytes, name: str, published: str | None = None) -> Document:
    """Turn raw bytes into a Document, choosing the reader from the content (and the name)."""
    if not data.strip():
        raise IngestError(f"{name}: empty input")
    head = data[:2048].lstrip().lower()
    if data[:5] == b"%PDF-":
        doc = Document(text=_pdf_to_text(data, name), path=name)
    elif head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:20000].lower() \
            or Path(name).suffix.lower() in HTML_SUFFIXES:
        doc = _html_to_document(_decode(data, name), name)
    else:
        text = _decode(data, name)
        if not text.strip():
            raise IngestError(f"{name}: empty input")
        doc = Document(text=text, path=name)
        doc.published, doc.title = text_metadata(text)
    if published:
        doc.published = published
    return doc


PUBLISHED_LINE_RE = re.compile(
    r"(?im)^\s*(?:Published|Publié|Publie|Veröffentlicht|Stand|Date|Datum|Updated|Mis à jour)\s*(?:on|le|am)?\s*:?\s*(?P<d>[^\n]{6,60})$")
# "Nahost-Rüstungsbrief | Von K. Vollmer | Stand: 20.01.2023 | https://…": a labelled date between separators
PUBLISHED_FIELD_RE = re.compile(
    r"(?i)(?:^|\s[|·•—–]\s)\s*(?P<label>Published|Publié|Publie|Veröffentlicht|Stand|Datum|Mis à jour)"
    r"(?:\s*(?:on|le|am)?\s*:|\s+(?:on|le|am))\s*"
    r"(?P<d>[^\n|·•—–]{6,40}?)\s*(?=\s[|·•—–]\s|$)", re.M)  # (" — Publié : 2018-04-30 — https://…")
# "OTTAWA, Nov. 30, 2023 —", "TAIPEI, Aug. 21, 2019 (Pacific Rim Newswire) -": the agency may follow the date
DATELINE_RE = re.compile(r"(?m)^\s*[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?\s*,\s*(?P<d>[^—–\n(]{6,30}?)\s*"
                         r"(?:\([^()\n]{1,40}\)\s*)?(?:—|–|-)")


NUMERIC_DATE_RE = re.compile(r"(?<![\d./])(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>(?:19|20)\d{2})(?![\d./])")
EUROPEAN_WORD_RE = re.compile(r"\b(?:der|die|das|und|nicht|mit|ein|eine|le|la|les|et|des|une|pour|dans)\b")
EURO_LINE_RE = re.compile(r"(?i)\b(?:publié|mis à jour|le|à|stand|uhr|am|von|par)\b|\d{1,2}h\d{2}")


KICKER_RE = re.compile(r"\s[|>»/]\s|^[^a-zà-ÿ]+$")


def _head_date(head: str) -> str | None:
    """The date of a short line near the top of a page copied from the web ("November 5, 2024 11:48 AM GMT+9",
    "Posted by X | 14 Oct 2025 | Defence", "29.04.2025, 07:15 Uhr | Lesedauer: 2 Min."): the first full date
    on a line of at most 140 characters that is not a sentence of the story."""
    from datetime import date

    from armstrack.normalize.dates import find_dates

    # French and German pages write day.month.year; an English page's "03/04/2025" stays ambiguous
    european = len(EUROPEAN_WORD_RE.findall(head)) >= 3
    for line in [ln.strip() for ln in head.split("\n") if ln.strip()][:20]:
        if len(line) > 140 or (line.endswith(".") and len(line) > 60):
            continue
        m = NUMERIC_DATE_RE.search(line)
        if m:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            day, month = (a, b) if a > 12 or european or EURO_LINE_RE.search(line) else (b, a) if b > 12 else (0, 0)
            try:
                if day:
                    return date(y, month, day).isoformat()
            except ValueError:
                pass
            continue
        for dm in find_dates(line, None):
            if dm.iso and dm.precision == "day" and not dm.relative:
                return dm.iso
    return None


WEEKDAY_LEDE_RE = re.compile(r"(?i)\b(?:on|am|ce|le)\s+(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                             r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
                             r"donnerstag|freitag|samstag|sonntag)\b")
YEAR_RE = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20\d\d)(?![\d/-])")


def _yearless_dateline(text: str, head: str) -> str | None:
    """"WASHINGTON, July 28 (Reuters) - ... the Pentagon said on Thursday": a wire dateline without its year.
    The year is the one year the text names in which that day falls on the weekday the lede names; with no
    weekday, or no such year, or two, there is no date."""
    from datetime import date

    from armstrack.normalize.dates import MD_RE, MONTHS, WEEKDAYS

    for dm in DATELINE_RE.finditer(head):
        md = MD_RE.match(dm.group("d").strip())
        if md is None:
            continue
        month, day = MONTHS[md.group("m").lower()], int(md.group("d"))
        lede = text[dm.end():dm.end() + 600]
        wm = WEEKDAY_LEDE_RE.search(lede)
        years = [int(y) for y in YEAR_RE.findall(text)]
        if wm is None or not years or wm.group("w").lower() not in WEEKDAYS:
            return None
        weekday = WEEKDAYS[wm.group("w").lower()]
        # the publication year is among the latest the text names: an older one (a first flight in 1974) is
        # history; the very latest may be a plan (deliveries in 2026), so the second latest is the floor
        distinct = sorted(set(years))
        floor = distinct[-2] if len(distinct) >= 2 else distinct[-1]
        fits = []
        for y in [y for y in distinct if y >= floor]:
            try:
                if date(y, month, day).weekday() == weekday:
                    fits.append(y)
            except ValueError:
                return None
        return date(fits[0], month, day).isoformat() if len(fits) == 1 else None
    return None


def text_metadata(text: str) -> tuple[str | None, str | None]:
    """Publication date (a "Published:" line or a dateline such as "OTTAWA, Nov. 30, 2023 —") and a title
    (the first short line without a final period) from the top of a plain-text document."""
    from armstrack.normalize.dates import parse_date

    head = text[:1500]
    published = None
    m = PUBLISHED_LINE_RE.search(head)
    if m:
        published = parse_date(re.split(r"\s+[|·•]\s+|\s+[—–]\s+", m.group("d"))[0])  # "24 août 2026 | Rubrique"
        short = re.match(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d)", m.group("d"))
        if published is None and short:  # "Published: 04.03.20, 08:12": day.month.two-digit year
            from datetime import date
            try:
                published = date(2000 + int(short.group(3)), int(short.group(2)), int(short.group(1))).isoformat()
            except ValueError:
                published = None
    if published is None and (fm := PUBLISHED_FIELD_RE.search(head)) is not None:
        published = parse_date(fm.group("d"))
        nm = NUMERIC_DATE_RE.fullmatch(fm.group("d").strip())
        if published is None and nm is not None and fm.group("label").lower() != "published":
            from datetime import date
            try:  # a French or German label writes day.month.year
                published = date(int(nm.group("y")), int(nm.group("b")), int(nm.group("a"))).isoformat()
            except ValueError:
                published = None
    if published is None:
        for dm in DATELINE_RE.finditer(head):
            published = parse_date(dm.group("d"))
            if published:
                break
    if published is None:
        published = _head_date(head)
    if published is None:
        published = _yearless_dateline(text, head)
    title = None
    for line in text[:1000].split("\n"):
        stripped = line.strip()
        if not stripped or PUBLISHED_LINE_RE.match(line):
            continue
        if KICKER_RE.search(stripped) or len(stripped.split()) <= 3:
            continue  # "ANALYSIS", "POLITICS | DEFENCE", "Home > Qatar > Defence", "Heeresflieger": a section label
        if len(stripped) <= 160 and not stripped.endswith(".") and not DATELINE_RE.match(line):
            title = stripped
        break
    return published, title


def load_path(path: str, published: str | None = None) -> Document:
    """Read one file (or ``-`` for standard input) into a Document; raises IngestError."""
    if path == "-":
        return document_from_bytes(sys.stdin.buffer.read(), "<stdin>", published)
    p = Path(path)
    if not p.exists():
        raise IngestError(f"{path}: no such file")
    if p.is_dir():
        raise IngestError(f"{path}: is a directory (use `armstrack ingest` for folders)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from exc
    return document_from_bytes(data, path, published)


def expand_paths(paths: list[str]) -> list[str]:
    """Files and folders (recursive: .txt/.text/.html/.htm/.xhtml/.pdf and suffix-less files; gold
    ``.json`` files, READMEs and hidden files are skipped).  Explicit file paths are kept as given."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                       and not f.name.startswith("."))
        else:
            out.append(path)
    return out
