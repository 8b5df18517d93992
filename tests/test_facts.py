"""The bundled store against its sources: facts are sacred."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.text.dates import find_dates, parse_iso
from factcli.text.korean import nfc

SEEDS = Path(__file__).parent / "data" / "seeds"


def _seed(doc: str) -> str:
    return nfc((SEEDS / f"{doc}.txt").read_text(encoding="utf-8"))


def test_every_source_has_its_text_here(bundled):
    for source in bundled.sources:
        assert (SEEDS / f"{source}.txt").is_file(), source


def test_every_quote_is_verbatim(bundled):
    missing = [
        (fact.id, ref.quote)
        for fact in bundled.facts
        for ref in fact.sources
        if " ".join(ref.quote.split()) not in " ".join(_seed(ref.doc).split())
    ]
    assert missing == []


def test_numeric_values_match_their_quotes(bundled):
    """A typed value must be a number its quote states (a few are derived: their note says how)."""
    from factcli.judge.validate import check_values_stated

    assert check_values_stated(bundled) == []


def _context(doc: str, quote: str, before: int = 2) -> str:
    """The paragraph holding a quote and the `before` paragraphs ahead of it."""
    paragraphs = [p for p in _seed(doc).split("\n") if p.strip()]
    squeezed = " ".join(quote.split())
    for i, para in enumerate(paragraphs):
        if squeezed in " ".join(para.split()):
            return "\n".join(paragraphs[max(0, i - before) : i + 1])
    return quote


def _published(store, doc: str):  # type: ignore[no-untyped-def]
    date = store.sources[doc].date
    return parse_iso(date).first_day() if date else None


def test_dates_are_stated_near_their_quotes(bundled):
    """A fact's date is stated in its quote or the paragraphs leading to it, or its note says how."""
    wrong = []
    for fact in bundled.facts:
        if not fact.date or fact.note:
            continue
        want = parse_iso(fact.date)
        mentioned = [
            m.date
            for ref in fact.sources
            for m in find_dates(
                _context(ref.doc, ref.quote), reference=_published(bundled, ref.doc)
            )
        ]
        if not any(d.year == want.year and d.agrees(want) for d in mentioned if d.year):
            wrong.append((fact.id, fact.date))
    assert wrong == []


@pytest.mark.parametrize(
    ("fact_id", "value"),
    [
        ("assets-total", 3697670000),
        ("policy-gpu-target-2028", 50000),
        ("policy-gpu-target-2030", 200000),
    ],
)
def test_key_values(bundled, fact_id, value):
    assert bundled.get(fact_id).value == value


def test_disagreements_are_recorded_both_ways(bundled):
    """Where the article contradicts itself, both facts exist and each note names the other."""
    a, b = bundled.get("apartment-contract-mar-5"), bundled.get("apartment-contract-after-loan")
    assert a and b and a.note and b.note
    assert b.id in a.note and a.id in b.note
