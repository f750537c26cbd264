"""Garbled and cut inputs never crash the readers, and every span they return still quotes the text."""
from __future__ import annotations

import random

from conftest import ROOT

from armstrack.extract import extract_text

ALPHABET = ("abc XYZ 0123 $€£ ()[];:,.-–—\n\t\"' İß é (iii) (i) Prospective Purchaser: Transmittal No. 12-3 "
            "WASHINGTON, Jan. 1, 2020 HIMARS İAI Boeing Canada sold approved")


def test_random_cuts_and_noise() -> None:
    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    for i in range(300):
        t = rng.choice(texts)
        if i % 3 == 0:
            t = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600)))
        elif i % 3 == 1:
            a = rng.randint(0, len(t))
            t = t[a:rng.randint(a, len(t))]
        ex = extract_text(t)
        text = ex.document.text
        for d in ex.deals:
            spans = [d.value.evidence if d.value else None, *[it.evidence for it in d.items], *d.evidence]
            for ev in spans:
                if ev is not None:
                    assert text[ev.start:ev.end] == ev.text
        for c in ex.claims:
            assert text[c.evidence.start:c.evidence.end] == c.evidence.text
