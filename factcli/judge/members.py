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
            members = {
                v.amount: v.text
                for v in analyze_sentence(ref.quote).values
                if v.unit == unit and v.amount is not None and v.high is None
            }
            if len(members) >= LEAST:
                return dict(sorted(members.items()))
    return {}


def range_of_members(store: Store, analysis: Analysis, found: Finding) -> Finding | None:
    """A supported sentence's range whose ends are members, not the ends, of a listed set."""
    if found.verdict is not Verdict.supported:
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
