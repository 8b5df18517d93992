"""A figure worked out as a share of another (15만 장의 30%인 4만 5천 장; three-fifths of the
apartment, about 2.49 billion won): the product of a share the sentence gives and a figure
of the sentence's or of a fact it speaks of, not a quantity a fact must give as it is.

It holds when the share times that figure makes it (to within the figure's own rounding, or
5% where it says "about"); the rest of the sentence (the share, the figure it is taken of) is
judged as usual, the worked-out figure blanked. A figure no share makes is left to the usual
weighing.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from factcli.judge.differences import _blanked, _figures
from factcli.judge.reading import _display, _fact_evidence
from factcli.judge.relevance import R_MIN, relevance
from factcli.judge.values import _same_number
from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value
from factcli.text.records import replace
from factcli.text.units import format_hedged

TYPE_CHECKING = False
if TYPE_CHECKING:
    from factcli.find.vocabulary import Index

NEAR = 8  # the facts, most relevant first, whose figures a share may be taken of
ABOUT = Decimal("0.05")  # how far "about 45,000" may be from the product it rounds
EXACT = Decimal("0.01")  # ... and a figure given plainly (2.49 billion for 2,490,000,000)


def judge_product(
    store: Store,
    analysis: Analysis,
    judge_rest: Callable[[str], Finding],
    index: Index | None,
    skip: frozenset[str],
) -> Finding | None:
    """The verdict on a sentence giving a figure as a share of another, or None."""
    shares = [
        v
        for v in analysis.values
        if v.family == "percent" and v.amount is not None and 0 < v.amount < 100
    ]
    if not shares:
        return None
    figures = [
        v for v in analysis.values if v.family in ("money", "count") and v.amount is not None
    ]
    if not figures:
        return None
    text = analysis.text
    near = [
        fact
        for fact, rel, _t in relevance(store, text, list(analysis.values), index, None, skip)[:NEAR]
        if rel >= R_MIN
    ]
    slots = [(fact, slot) for fact in near for slot in _figures(fact)]
    for worked in figures:
        if any(_same_number(worked, slot) for _f, slot in slots):
            continue  # (a fact gives the figure as it is: weighed as usual)
        base = _base_of(worked, shares, figures, slots)
        if base is None:
            tied = _tied_share(text, worked, shares, figures)
            if tied is None:
                continue
            # (15만 장의 30%인 6만 장: the sentence gives the share and its base, and a
            # figure the two do not make)
            share, of = tied
            lang = "ko" if analysis.korean else "en"
            made = format_hedged(of.amount * share.amount / 100, worked.unit, lang=lang)  # type: ignore[operator]
            return Finding(
                text=text,
                verdict=Verdict.contradicted,
                facts=[f.id for f in near[:3]],
                evidence=[],
                explanation=f"{worked.text} should be {made} ({share.text} of {of.text})",
            )
        share, of, fact = base
        rest = judge_rest(_blanked(text, [worked]))
        if rest.verdict is not Verdict.supported:
            return replace(rest, text=text)
        evidence = list(rest.evidence)
        if fact is not None:
            # (what the share of the fact's figure makes, and of which figure)
            lang = "ko" if analysis.korean else "en"
            made = format_hedged(of.amount * share.amount / 100, worked.unit, lang=lang)  # type: ignore[operator]
            expected = f"{made} ({share.text} of {_display(of, analysis.korean)})"
            evidence.append(_fact_evidence(fact, "agree", worked.text, expected, worked.start))
        return replace(
            rest,
            text=text,
            facts=list(dict.fromkeys([*rest.facts, *([fact.id] if fact else [])])),
            evidence=evidence,
        )
    return None


# A share tied to the figure it is of (15만 장의 30%; 30% of the 150,000 GPUs), and the
# words that give a figure as what they make (30%인 4만 5천 장; comes to about 45,000).
_OF_KO = rx.compile(r"^\s*의\s*$")
_OF_EN = rx.compile(r"(?i:^\s*of\s+(?:the\s+|its\s+|his\s+)?$)")
_MAKES_KO = rx.compile(r"^\s*(?:인|에\s*해당하는|에\s*달하는)\s*(?:약|대략|최대)?\s*$")
_MAKES_EN = rx.compile(
    r"(?i:\b(?:comes?\s+to|came\s+to|works?\s+out\s+to|worked\s+out\s+to|amounts?\s+to|"
    r"equals|or)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$)"
)


def _tied_share(
    text: str, worked: Value, shares: list[Value], figures: list[Value]
) -> tuple[Value, Value] | None:
    """The share and the base the sentence ties together and gives `worked` as the product
    of (B의 p인 V; p of B … comes to V), or None."""
    for share in shares:
        for of in figures:
            if of is worked or of.unit != worked.unit or of.amount is None:
                continue
            if _OF_KO.match(text[of.end : share.start]) and _MAKES_KO.match(
                text[share.end : worked.start]
            ):
                return share, of
            if (
                _OF_EN.match(text[share.end : of.start])
                and of.end < worked.start
                and _MAKES_EN.search(text[of.end : worked.start])
            ):
                return share, of
    return None


def _base_of(
    worked: Value,
    shares: list[Value],
    figures: list[Value],
    slots: list[tuple[Fact, Value]],
) -> tuple[Value, Value, Fact | None] | None:
    """The share and the figure it is taken of (and the fact that gives that figure, or None
    where the sentence gives it) that make `worked`, or None."""
    bases: list[tuple[Value, Fact | None]] = [
        (v, None) for v in figures if v is not worked and v.unit == worked.unit
    ]
    bases += [(slot, fact) for fact, slot in slots if slot.unit == worked.unit]
    for share in shares:
        for of, fact in bases:
            if of.amount is None or share.amount is None or worked.amount is None:
                continue
            made = of.amount * share.amount / 100
            if made <= 0:
                continue
            room = ABOUT if worked.approx or share.approx else EXACT
            if abs(worked.amount - made) <= room * made:
                return share, of, fact
    return None
