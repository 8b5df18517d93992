"""A range told of a list the source gives (the EXAONE 3.5 models, 7.8B to 32B, where the
source lists 2.4B, 7.8B and 32B): each end must be the list's own end, not only one of its
members.

A range whose two ends each agree with a member of a list of three or more figures of one
unit in a supporting fact's quote, where an end is not the list's smallest or largest, is
contradicted, the list's own end as the expected value.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from factcli.store.model import Finding, Store, Verdict
from factcli.store.verdicts import Evidence
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.records import replace

# What joins a range's two ends when the sentence reads them as two figures (7.8B에서 32B까지,
# between 7.8B and 32B, 7.8B through 32B).
_KO_JOIN = rx.compile(r"[ \t]{0,2}(?:에서|부터|~|–|—|-)[ \t]{0,2}$")
_KO_UNTIL = rx.compile(r"[ \t]{0,2}까지")
_EN_JOIN = rx.compile(r"[ \t]{1,3}(?:to|through|up[ \t]to|and)[ \t]{1,3}$", re.I)
_EN_BETWEEN = rx.compile(r"\b(?:from|between|ranging|ranged|range)[ \t]{1,3}$", re.I)
LEAST = 3  # members a list needs before its ends mean more than two figures
# What joins the members of a list in a quote (, 와 과 및 and or).
_LIST_JOIN = rx.compile(r"[ \t]{0,2}(?:,|와|과|및|(?i:,?[ \t]{1,2}(?:and|or)))?[ \t]{0,2}")
# Words that make the range of a part of the list (the larger two, 작은 두 모델) or of each
# (각각, respectively): not the list's own.
_PART_OF = rx.compile(
    r"각각|(?<![가-힣])(?:큰|작은|두|세)\s|(?i:\b(?:respectively|each|larger|smaller|bigger|"
    r"largest|smallest|biggest|two|both|three|some|several)\b)"
)


def _ranges(analysis: Analysis) -> list[tuple[Value | None, Value | None, Value | None]]:
    """(one range value, or its low end and high end as two values) of the sentence."""
    text = analysis.text
    found: list[tuple[Value | None, Value | None, Value | None]] = []
    values = [v for v in analysis.values if v.amount is not None and v.family != "date"]
    for v in values:
        if v.high is not None and v.bound == "range":
            found.append((v, None, None))
    for low, high in itertools.pairwise(values):
        if low.unit != high.unit or low.unit is None or low.high is not None:
            continue
        between = text[low.end : high.start]
        if len(between) > 12:
            continue
        if analysis.korean:
            joined = bool(_KO_JOIN.match(between)) and (
                "에서" not in between or bool(_KO_UNTIL.match(text, high.end))
            )
        else:
            joined = bool(_EN_JOIN.match(between)) and bool(
                _EN_BETWEEN.search(text, max(0, low.start - 12), low.start)
            )
        if joined:
            found.append((None, low, high))
    return found


def _listed(store: Store, fact_ids: list[str], unit: str) -> dict[Decimal, str]:
    """The figures of `unit` a supporting fact's quote lists, smallest first, each with the
    quote's words for it, when it lists LEAST or more."""
    for fid in fact_ids:
        fact = store.get(fid)
        if fact is None:
            continue
        for ref in fact.sources:
            listed = _list_in(ref.quote, unit)
            if len(listed) >= LEAST:
                return dict(sorted(listed.items()))
    return {}


def _list_in(quote: str, unit: str) -> dict[Decimal, str]:
    """The longest run of figures of `unit` the quote lists one after another (2.4B, 7.8B,
    32B; A와 B 및 C): a list, not figures told apart (예금 1819만 원, 증권 8549만 원 총
    1억368만 원 gives a total beside its parts)."""
    values = [
        v
        for v in analyze_sentence(quote).values
        if v.unit == unit and v.amount is not None and v.high is None
    ]
    best: list[Value] = []
    run: list[Value] = []
    for v in values:
        if run and _LIST_JOIN.fullmatch(quote[run[-1].end : v.start]):
            run.append(v)
        else:
            run = [v]
        if len(run) > len(best):
            best = list(run)
    return {v.amount: v.text for v in best if v.amount is not None}


def range_of_members(store: Store, analysis: Analysis, found: Finding) -> Finding | None:
    """A supported sentence's range whose ends are members, not the ends, of a listed set."""
    if found.verdict is not Verdict.supported or _PART_OF.search(analysis.text):
        return None
    ids = list(dict.fromkeys(e.fact_id for e in found.evidence)) or found.facts
    for whole, low, high in _ranges(analysis):
        lo = whole.amount if whole else low.amount  # type: ignore[union-attr]
        hi = whole.high if whole else high.amount  # type: ignore[union-attr]
        unit = (whole or low).unit  # type: ignore[union-attr]
        if lo is None or hi is None or unit is None:
            continue
        members = _listed(store, ids, unit)
        if not members or lo not in members or hi not in members:
            continue
        amounts = list(members)
        least, most = amounts[0], amounts[-1]
        if (lo, hi) == (least, most):
            continue
        listed = ", ".join(members.values())
        source = next((e for e in found.evidence if e.fact_id in ids), None)
        quote, doc, fid = (
            (source.quote, source.source, source.fact_id) if source else ("", "", ids[0])
        )
        if whole is not None:
            told = f"{members[least]} to {members[most]} (the source lists {listed})"
            ends = [(whole, told)]
        else:
            ends = [
                (end, f"{members[right]} ({which} of {listed})")
                for end, right, which in ((low, least, "the smallest"), (high, most, "the largest"))
                if end is not None and end.amount != right
            ]
        wrong = [
            Evidence(fid, "conflict", v.text, told, v.start, v.end, quote, doc) for v, told in ends
        ]
        spans = {(e.start, e.end) for e in wrong}
        kept = [e for e in found.evidence if (e.start, e.end) not in spans]
        return replace(found, verdict=Verdict.contradicted, evidence=wrong + kept)
    return None
