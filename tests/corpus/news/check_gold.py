#!/usr/bin/env python3
"""Check the news test corpus: every NAME.txt has a NAME.gold.json that follows shared/eval/SCHEMA.md.

Usage: python3 tests/corpus/news/check_gold.py [DIR]   (standard library only; exit 1 on any problem)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

STAGES = {"requested", "approved", "notified", "signed", "delivered", "other"}
KINDS = {"news", "fr_notice", "dsca_release", "other"}
VERDICTS = {"supported", "contradicted", "unverifiable"}
ORGS = {"NATO", "NSPA", "EU", "UN"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CODE = re.compile(r"^[A-Z]{3}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def check(path: Path) -> list[str]:
    errs: list[str] = []
    gold_path = path.with_name(path.stem + ".gold.json")
    if not gold_path.exists():
        return [f"{path.name}: no gold file"]
    text = path.read_text(encoding="utf-8")
    words = len(text.split())
    if not 250 <= words <= 700:
        errs.append(f"{path.name}: {words} words (want 250-700)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return errs + [f"{gold_path.name}: invalid JSON: {e}"]
    if set(g) != {"doc_id", "source", "deals", "claims", "notes"}:
        errs.append(f"{gold_path.name}: top-level keys {sorted(g)}")
    if g.get("doc_id") != path.stem:
        errs.append(f"{gold_path.name}: doc_id {g.get('doc_id')!r} != {path.stem!r}")
    src = g.get("source") or {}
    if set(src) != {"url", "kind", "published", "title"}:
        errs.append(f"{gold_path.name}: source keys {sorted(src)}")
    if src.get("kind") not in KINDS:
        errs.append(f"{gold_path.name}: source.kind {src.get('kind')!r}")
    pub = src.get("published")
    if pub is not None and not DATE.match(pub):
        errs.append(f"{gold_path.name}: published {pub!r}")
    if not isinstance(src.get("title"), str) or not src["title"]:
        errs.append(f"{gold_path.name}: missing title")
    for i, d in enumerate(g.get("deals") or []):
        lab = f"{gold_path.name} deal {i}"
        keys = {"seller", "buyer", "stage", "date", "value", "value_usd", "items", "contractor"}
        if set(d) != keys:
            errs.append(f"{lab}: keys {sorted(d)}")
        for side in ("seller", "buyer"):
            v = d.get(side)
            if not (isinstance(v, str) and (CODE.match(v) or v in ORGS)):
                errs.append(f"{lab}: {side} {v!r}")
        if d.get("stage") not in STAGES:
            errs.append(f"{lab}: stage {d.get('stage')!r}")
        if d.get("date") is not None and not DATE.match(str(d["date"])):
            errs.append(f"{lab}: date {d.get('date')!r}")
        val = d.get("value")
        if val is not None:
            bad_amount = not isinstance(val.get("amount"), int) or val["amount"] <= 0
            bad_currency = not CURRENCY.match(str(val.get("currency")))
            if set(val) != {"amount", "currency"} or bad_amount or bad_currency:
                errs.append(f"{lab}: value {val!r}")
            elif val["currency"] == "USD" and d.get("value_usd") != val["amount"]:
                errs.append(f"{lab}: USD value but value_usd {d.get('value_usd')!r}")
        if d.get("value_usd") is not None and not isinstance(d["value_usd"], int):
            errs.append(f"{lab}: value_usd {d.get('value_usd')!r}")
        items = d.get("items") or []
        if not items and val is None:
            errs.append(f"{lab}: neither a system nor a value")
        for it in items:
            if set(it) != {"system", "aliases", "quantity"} or not it.get("system") \
                    or not isinstance(it.get("aliases"), list):
                errs.append(f"{lab}: item {it!r}")
            q = it.get("quantity")
            if q is not None and (not isinstance(q, int) or q <= 0):
                errs.append(f"{lab}: quantity {q!r}")
        c = d.get("contractor")
        if c is not None and not (isinstance(c, str) and c):
            errs.append(f"{lab}: contractor {c!r}")
    for i, c in enumerate(g.get("claims") or []):
        lab = f"{gold_path.name} claim {i}"
        if set(c) != {"quote", "subject", "attribute", "stated", "verdict", "reference"}:
            errs.append(f"{lab}: keys {sorted(c)}")
        if c.get("verdict") not in VERDICTS:
            errs.append(f"{lab}: verdict {c.get('verdict')!r}")
        if c.get("quote") not in text:
            errs.append(f"{lab}: quote not found in text: {c.get('quote')!r}")
    if not isinstance(g.get("notes"), str):
        errs.append(f"{gold_path.name}: notes must be a string")
    return errs


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    txts = sorted(root.glob("*.txt"))
    errs = [e for p in txts for e in check(p)]
    orphans = [p.name for p in root.glob("*.gold.json") if not p.with_name(p.name[:-10] + ".txt").exists()]
    errs += [f"{o}: no matching .txt" for o in orphans]
    for e in errs:
        print(e)
    deals = sum(len(json.loads(p.with_name(p.stem + ".gold.json").read_text())["deals"]) for p in txts
                if p.with_name(p.stem + ".gold.json").exists())
    print(f"{len(txts)} documents, {deals} gold deals, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
