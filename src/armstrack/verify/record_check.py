"""Claims checked against the official record of the same deal (after resolution).

A news report's value and quantities are compared with the official notice (DSCA/State release,
Federal Register or Congressional Record transmittal) grouped into the same deal:

* value: supported within :data:`VALUE_TOLERANCE`; a figure that matches the official U.S.-dollar
  value once read in another currency (C$2.4 billion for US$1.75 billion, or a bare "$2.4 billion"
  that is really Canadian dollars) is flagged as a currency confusion; anything else is contradicted;
* quantity per system: supported if equal, or if the report gives a lower bound ("over 3,000") below
  the official figure; contradicted otherwise.
"""
from __future__ import annotations

from typing import Any

from armstrack.verify.official_record import FX_TOLERANCE, VALUE_TOLERANCE, _usd, compare_quantity

OFFICIAL_KINDS = {"dsca_release", "fr_notice"}


def _official(r: dict[str, Any]) -> bool:
    return r.get("doc_kind") in OFFICIAL_KINDS or str(r.get("method", "")).startswith("official")


def _claim(r: dict[str, Any], subject: str, attribute: str, stated: str, verdict: str, reference: str,
           ev: dict[str, Any] | None, source: str) -> dict[str, Any]:
    ev = ev or {}
    return {"document_id": r["document_id"], "subject": subject, "attribute": attribute, "stated": stated,
            "verdict": verdict, "reference": reference, "source": source, "ev_start": ev.get("start"),
            "ev_end": ev.get("end"), "ev_text": ev.get("text")}


def check_deal(deal: dict[str, Any], reports: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    group = [reports[i] for i in deal["report_ids"] if i in reports]
    official = [r for r in group if _official(r) and r.get("value")]
    if not official:
        return []
    ref = official[0]
    ref_usd = float(ref["value_usd"] or 0)
    src = f"official record: {ref.get('doc_path')}" + (f", transmittal {ref['transmittal']}"
                                                       if ref.get("transmittal") else "")
    ref_items = {i.get("catalog_id") or i["system"]: i for i in ref.get("items") or []}
    out: list[dict[str, Any]] = []
    for r in group:
        if _official(r):
            continue
        v = r.get("value")
        if v and ref_usd:
            amount, cur = float(v["amount"]), str(v["currency"])
            stated = f"{v['evidence']['text']} ({cur})"
            reference = f"{ref['value']['evidence']['text']} (USD {ref_usd:,.0f}) in the official notice"
            usd = _usd(amount, cur, r.get("date") or r.get("doc_published"))
            if cur == "USD" and abs(amount - ref_usd) <= VALUE_TOLERANCE * ref_usd:
                out.append(_claim(r, deal["systems"][0] if deal["systems"] else "deal", "value", stated,
                                  "supported", reference, v["evidence"], src))
            elif usd is not None and abs(usd - ref_usd) <= FX_TOLERANCE * ref_usd:
                verdict = "supported"
                note = f"; {amount:,.0f} {cur} ≈ USD {usd:,.0f}"
                if v.get("currency_reason") and cur != "USD" and v["evidence"]["text"].lstrip().startswith("$"):
                    note += " (a bare '$' figure in local dollars: say which dollars)"
                out.append(_claim(r, deal["systems"][0] if deal["systems"] else "deal", "value", stated, verdict,
                                  reference + note, v["evidence"], src))
            else:
                confused = None
                if cur == "USD":
                    # "$2.4 billion" printed as USD but equal to the official value in the outlet's dollars?
                    for local in ("CAD", "AUD", "NZD", "EUR", "GBP"):
                        local_usd = _usd(amount, local, r.get("date") or r.get("doc_published"))
                        if local_usd and abs(local_usd - ref_usd) <= FX_TOLERANCE * ref_usd:
                            confused = local
                            break
                attribute = "currency" if confused else "value"
                why = (f"; {amount:,.0f} matches the official value in {confused}, not USD" if confused else "")
                out.append(_claim(r, deal["systems"][0] if deal["systems"] else "deal", attribute, stated,
                                  "contradicted", reference + why, v["evidence"], src))
        for item in r.get("items") or []:
            key = item.get("catalog_id") or item["system"]
            official_item = ref_items.get(key)
            if item.get("quantity") is None or official_item is None or official_item.get("quantity") is None:
                continue
            q, oq = int(item["quantity"]), int(official_item["quantity"])
            ok = compare_quantity(q, item.get("quantity_qualifier"), oq)
            out.append(_claim(r, item["system"], "quantity", f"{item.get('quantity_qualifier') or ''} {q}".strip(),
                              "supported" if ok else "contradicted",
                              f"{oq} {official_item['system']} in the official notice", item.get("evidence"), src))
    return out


def check_against_record(deals: list[dict[str, Any]], reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {r["report_id"]: r for r in reports}
    out: list[dict[str, Any]] = []
    for d in deals:
        out.extend(check_deal(d, by_id))
    return out
