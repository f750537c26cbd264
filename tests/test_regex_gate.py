"""The literal gate in front of the large regexes (armstrack.regex_gate): sound, and without effect on the output."""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import armstrack
from armstrack.extract import extract_text
from armstrack.extract.sentences import sentence_spans
from armstrack.regex_gate import GatedPattern, _canonical, fold, gated, required_literals

ROOT = Path(__file__).resolve().parents[1]
NEWS = sorted((ROOT / "tests" / "corpus" / "news").glob("*.txt"))
OFFICIAL = sorted((ROOT / "tests" / "corpus" / "official").glob("*.txt"))


@pytest.mark.parametrize("pattern, literals", [
    (r"(?i)\b(?:has|have)\s+approved|notified", {"approved", "notified"}),
    (r"(?i)approv\w*", {"approv"}),
    (r"colou?r", {"colo"}),               # the optional letter ends the run
    (r"(?:foo)?bar", {"bar"}),            # an optional group requires nothing
    (r"(?i)n['’](?:a|ont)\s+pas\s+confirmé", {"confirmé"}),  # the longest part wins
    (r"(?-i:May)(?!\s+\d)x", {"may"}),  # a negative look-ahead requires nothing (and ends the run)
    (r"(?i)İran", {"iran"}),              # folded as the engine folds it
])
def test_required_literals(pattern: str, literals: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"a|\d+", r"x{2,3}yz", r"(?:approved)?\s+", r"(?!approved)\w+", r"ab|abc"])
def test_no_gate_when_a_match_needs_no_long_literal(pattern: str) -> None:
    # an alternative without a literal, literals shorter than three letters, or only optional/negative parts
    assert required_literals(re.compile(pattern)) is None
    assert gated(re.compile(pattern)).may_match("zzz")


def test_fold_is_the_engines_case_classes() -> None:
    # every character (BMP and the next plane, where the cased scripts are) folds to its class's canonical member
    wrong = [c for c in range(0x20000) if not 0xD800 <= c < 0xE000 and fold(chr(c)) != chr(_canonical(c))]
    assert wrong == []
    # the cases plain lower-casing gets wrong for the engine: dotted capital I, dotless i, long s
    for pattern, text in (("(?i)iran", "İRAN"), ("(?i)kizil", "Kızıl"), ("(?i)sold", "ſold")):
        assert re.search(pattern, text) is not None
        assert gated(re.compile(pattern)).search(text) is not None


def test_closed_gate_skips_the_regex() -> None:
    rx = gated(re.compile(r"(?i)\b(?:signed|approved)\b"))
    assert rx.search("The minister spoke about the budget.") is None
    assert rx.search("Ottawa signed on Tuesday.") is not None
    assert list(rx.finditer("nothing here")) == [] and rx.findall("nothing here") == []
    assert rx.sub("X", "nothing here") == "nothing here" and rx.sub("X", "it was approved") == "it was X"
    assert rx.match("approved it") is not None and rx.fullmatch("signed") is not None


def _package_gates() -> list[tuple[str, GatedPattern]]:
    found: list[tuple[str, GatedPattern]] = []
    for info in pkgutil.walk_packages(armstrack.__path__, "armstrack."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            for v in values:
                for x in (v if isinstance(v, tuple) else (v,)):
                    if isinstance(x, GatedPattern):
                        found.append((f"{info.name}.{name}", x))
    return found


def test_every_gate_of_the_package_is_sound_on_real_text() -> None:
    gates = _package_gates()
    assert len(gates) >= 30  # the stage cues, deal nouns, range words, role terms … are gated
    texts = [p.read_text(encoding="utf-8") for p in NEWS + OFFICIAL]
    records = json.loads((ROOT / "src" / "armstrack" / "data" / "dsca_records.json").read_text(encoding="utf-8"))
    texts += [" ".join(str(x) for x in [r["title"], *sum(r["items"], [])]) for r in records["records"]]
    pieces = [t[s:e] for t in texts for s, e in sentence_spans(t)] + texts
    unsound = [(name, piece[:80]) for name, g in gates for piece in pieces
               if not g.may_match(piece) and g.regex.search(piece) is not None]
    assert unsound == []


def test_span_gate_is_sound_on_real_text() -> None:
    # a text read sentence by sentence (``search(text, s, e)``): a span without a literal inside holds no match
    gates = _package_gates()
    texts = [p.read_text(encoding="utf-8") for p in NEWS[:12] + OFFICIAL[:3]]
    closed = 0
    for name, g in gates:
        for t in texts:
            for s, e in sentence_spans(t):
                if not g.may_match_in(t, s, e):
                    closed += 1
                    assert g.regex.search(t, s, e) is None, (name, t[s:e][:80])
                    assert g.search(t, s, e) is None and list(g.finditer(t, s, e)) == []
    assert closed > 1000  # the span gate does close


def test_span_gate_reads_the_span_not_the_text() -> None:
    rx = gated(re.compile(r"(?i)\bsigned\b"))
    text = "Ottawa signed on Tuesday. The minister spoke about the budget. Signed."
    assert rx.search(text, 0, 25) is not None and rx.search(text, 26, 62) is None
    assert rx.search(text, 2, 13) is not None and rx.search(text, 8, 13) is None  # the literal must lie inside
    assert rx.match(text, 63) is not None and rx.findall(text, 26) == ["Signed"]
    assert rx.search("x" + text[1:], 0, 25) is not None  # another text: its own literals, not the cached ones


def test_gates_change_no_output(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [p.read_text(encoding="utf-8") for p in NEWS[:40]]
    gated_out = [repr(extract_text(d)) for d in docs]
    monkeypatch.setattr(GatedPattern, "may_match", lambda self, text: True)
    monkeypatch.setattr(GatedPattern, "may_match_in", lambda self, text, pos, endpos: True)
    open_out = [repr(extract_text(d)) for d in docs]
    assert gated_out == open_out and len(gated_out) == len(NEWS[:40]) > 20


def test_shared_pass_answers_for_gates_made_after_texts_were_read() -> None:
    # one pass over a short text tells every gate; a gate made later (a lazily built table) is not left out
    first = gated(re.compile(r"(?i)\b(?:ordered|signed)\b"))
    text = "Manila ordered two frigates and signed a support deal."
    assert first.may_match(text) and not first.may_match("Manila bought two frigates.")
    later = gated(re.compile(r"(?i)\bfrigates?\b"))
    assert later.may_match(text) and first.may_match(text)
    assert not later.may_match("Manila ordered two corvettes.")
    long_text = "x " * 1500 + text  # past the shared pass's length: read gate by gate
    assert later.may_match(long_text) and not later.may_match("x " * 1500)
