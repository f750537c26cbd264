"""Build the bundled official record (``src/armstrack/data/dsca_records.json``) from the DSCA
press-release records of ``shared/data/dsca-notifications-2004-2026.json``.

    python tools/build_official_records.py [PATH_TO/dsca-notifications-2004-2026.json] [NOTICE.txt ...]

Official notice texts given after the JSON (by default the package's samples) are read with
armstrack's own official reader and added when their transmittal is not already in the record.

Each record keeps: date, transmittal, buyer code, the estimated value read from the release's own
passage (the record's ``costUSD`` where the passage gives none), the release title, its items with
quantities and catalog ids (read by armstrack's own item parser), and the release URL.  U.S.
federal government press releases are public domain.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from armstrack.extract import extract_document
from armstrack.extract.common import build_items
from armstrack.extract.official import release_value
from armstrack.ingest.loaders import load_path
from armstrack.model import Item
from armstrack.normalize import countries
from armstrack.normalize.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "dsca-notifications-2004-2026.json"
OUT = ROOT / "src" / "armstrack" / "data" / "dsca_records.json"


# a release line naming a part of a system after the system's name: "one hundred one (101) SB300 fire control
# systems (FCS)" counts fire control systems, not Switchblade 300 rounds
PART_AFTER_RE = re.compile(r"(?i)^[\s)]*(?:(?!(?:with|and|or|in|\d+)\b)[\w/()-]+\s+){0,3}?(?P<part>fire\s+control\s+(?:systems?|units?)|FCS|simulators?|(?:air\s+)?training\s+"
                           r"(?:rounds?|missiles?|devices?)|test\s+sets?|guidance\s+(?:sections?|units?)|containers?|"
                           r"canisters?|ground\s+(?:control\s+)?stations?|launch(?:ers?|\s+units?))\b")


def _line_system(item: Item) -> str | None:
    """The catalog entry a release line counts, or None when the line counts a part named after its system."""
    system = load_catalog().get(item.catalog_id) if item.catalog_id else None
    if system is None:
        return item.catalog_id
    mention = item.mention or ""
    names = sorted((n for n in system.names if n and n.lower() in mention.lower()), key=len, reverse=True)
    rest = mention[mention.lower().find(names[0].lower()) + len(names[0]):] if names else ""
    part = PART_AFTER_RE.match(rest)
    if part is not None and not part.group("part").lower().startswith((system.type or "-").lower()):
        return None
    return item.catalog_id


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    notices = [Path(a) for a in sys.argv[2:]] or sorted((ROOT / "src" / "armstrack" / "data" / "samples").glob("*.txt"))
    rows = json.loads(src.read_text())
    records, unknown = [], set()
    for r in rows:
        country = countries.resolve(r.get("country") or "")
        if country is None:
            unknown.add(r.get("country"))
            continue
        text = r.get("description") or ""
        total, _ = release_value(text)
        value = total.amount if total and total.currency in ("$", "USD") else r.get("costUSD")
        items = [[_line_system(i), i.system, i.quantity] for i in build_items(text, 0, len(text))
                 if i.quantity is not None]
        records.append({"date": r["date"], "transmittal": r.get("transmittal"), "buyer": country.code,
                        "value_usd": value, "title": r.get("system"), "items": items,
                        "url": r.get("sourceUrl")})
    known = {(x["buyer"], x["transmittal"]) for x in records}
    for path in notices:
        ex = extract_document(load_path(str(path)))
        for rep in ex.deals:
            if not rep.method.startswith("official") or rep.buyer is None or not rep.date or rep.value is None:
                continue
            if (rep.buyer.code, rep.transmittal) in known or rep.value.currency != "USD":
                continue
            known.add((rep.buyer.code, rep.transmittal))
            records.append({"date": rep.date, "transmittal": rep.transmittal, "buyer": rep.buyer.code,
                            "value_usd": rep.value.amount, "title": ex.document.title or path.stem,
                            "items": [[i.catalog_id, i.system, i.quantity] for i in rep.items if i.quantity],
                            "url": ex.document.url or path.name})
    records.sort(key=lambda x: (x["date"], x["buyer"], x["transmittal"] or ""))
    data = {"source": {"title": "DSCA / State Department major arms sales press releases, 2004-2026 "
                                "(U.S. government works, public domain)",
                       "url": "https://www.dsca.mil/press-media/major-arms-sales"},
            "records": records}
    with OUT.open("w") as f:
        f.write('{"source": ' + json.dumps(data["source"], ensure_ascii=False) + ',\n "records": [\n')
        f.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in records))
        f.write("\n ]}\n")
    print(f"{len(records)} records written to {OUT}; countries not resolved: {sorted(map(str, unknown))}")


if __name__ == "__main__":
    main()
