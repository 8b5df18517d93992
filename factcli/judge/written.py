"""Words that count from the day of writing (내년, 지난해, next year), when that day is not
given (`check --as-of` gives it).

Read without a day, such a word dates nothing, and a sentence could be supported by the rest
of its words alone: 내년까지 GPU 20만 장 against a plan for 2030. A writer counts from one of
two days: the day the source said it (reporting its words: 내년에는 성과가 나올 것이라고
전망했다, said on 2025-09-12, is 2026) or the day of writing, which only `--as-of` gives.

A supported sentence with such a word is judged again counting from the source's day: it
stays supported unless every reading finds that word's date wrong, and is then contradicted
as the source's day reads it (with its message). Where no source gives its day, a word whose
date weighs on the facts is unverified: the writer's day (today, perhaps, or the source's)
is not known, and a false "supported" is the worst thing a checker can say. (A reading that
goes astray for another reason, its date read as another figure, says nothing of the date.)
"""

from __future__ import annotations

from collections.abc import Callable

from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.text.dates import parse_iso
from factcli.text.deixis import WRITTEN, counted_from


def source_day(store: Store, fact: Fact) -> str | None:
    """The day a fact was said or reported: its `stated` day, else the date of the first of
    its sources that has one (a whole day only: a month does not say which day counts)."""
    days = [fact.stated] if fact.stated else []
    sources = getattr(store, "sources", None) or {}
    days += [s.date for ref in fact.sources if (s := sources.get(ref.doc)) is not None and s.date]
    return next((d for d in days if d and len(d) == 10), None)


def read_from_source_day(
    store: Store, found: Finding, word: str, judge_again: Callable[[], Finding]
) -> Finding:
    """A supported finding on a sentence with `word`, which counts from the day of writing
    (counts_from_writing's), judged again counting from the source's day (`judge_again`
    judges the sentence while `WRITTEN` holds the day); where no source gives its day,
    counting from today tells only whether the word's date weighs on anything."""
    if found.verdict is not Verdict.supported:
        return found
    facts = [f for f in map(store.get, dict.fromkeys(e.fact_id for e in found.evidence)) if f]
    days = list(dict.fromkeys(d for f in facts if (d := source_day(store, f))))
    first: Finding | None = None
    for day in days or [_today()]:
        token = WRITTEN.set((day, found.text))
        try:
            again = judge_again()
        finally:
            WRITTEN.reset(token)
        spans = [(a, b) for a, b, _d in counted_from(found.text, parse_iso(day))]
        if not days and not _on(again, spans):
            return found  # (the word's date weighs on nothing the facts give)
        if days and not _wrong_on(again, spans):
            return found  # (agrees, or does not weigh the date: as read without a day)
        first = first or again
    if days and first is not None:
        return first
    return Finding(
        found.text,
        Verdict.unverified,
        facts=found.facts,
        explanation=(
            f"'{word}' counts from the day of writing, and the store's source gives no day to"
            " count from: give the day with --as-of"
        ),
    )


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b or start <= a < end for a, b in spans)


def _on(found: Finding, spans: list[tuple[int, int]]) -> bool:
    """Whether a finding weighs a value within one of the spans."""
    return any(_within(e.start, e.end, spans) for e in found.evidence)


def _wrong_on(found: Finding, spans: list[tuple[int, int]]) -> bool:
    """Whether a finding is contradicted on a value within one of the spans."""
    return found.verdict is Verdict.contradicted and any(
        e.relation == "conflict" and _within(e.start, e.end, spans) for e in found.evidence
    )


def _today() -> str:
    import datetime  # (only here: not on the way of every check)

    return datetime.date.today().isoformat()
