"""Births and ages: the store's birth dates, an age read against a birth."""

from __future__ import annotations

from collections.abc import Sequence

from factcli.store.index import store_index
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.korean import strip_particle


def _age_at(birth: PartialDate, when: PartialDate) -> int | None:
    """Full years between two dates, when the months say which side of the birthday it is."""
    if not birth.year or not when.year or not birth.month or not when.month:
        return None
    if birth.month == when.month and (not birth.day or not when.day):
        return None
    before_birthday = (when.month, when.day or 0) < (birth.month, birth.day or 0)
    return when.year - birth.year - (1 if before_birthday else 0)


def births(store: Store) -> dict[str, PartialDate]:
    """Each subject's birth date, where the store has one."""
    cached = getattr(store, "_births", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: dict[str, PartialDate] = {}
    for fact in _maybe_births(store):
        if fact.date and _is_birth(fact) and fact.subject not in out:
            try:
                out[fact.subject] = parse_iso(fact.date)
            except ValueError:
                continue
    try:  # noqa: SIM105 (not contextlib.suppress: a check does without contextlib)
        store._births = out  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return out


# Words of every fact _is_birth accepts hold one of these (its tags and statements are
# indexed as lower-case words, each a piece of the text around it).
_BIRTH_MARKS = ("태어", "born", "년생", "birth", "출생")


def _maybe_births(store: Store) -> Sequence[Fact]:
    """The facts that may be births, in store order: a superset of those _is_birth accepts.

    A cached store keeps its facts on disk: only those with a word holding a birth marker
    are read, found through the index, instead of all of them (100,000 facts take seconds).
    """
    read = getattr(store.facts, "at", None)
    if read is None:
        return store.facts
    index = store_index(store)
    positions: set[int] = set()
    for term in index.sorted_vocabulary():
        for mark in _BIRTH_MARKS:  # not any(...): a generator per word cost 3x as much
            if mark in term:
                positions.update(index.postings_of(term))
                break
    return read(sorted(positions))  # type: ignore[no-any-return]


def _is_birth(fact: Fact) -> bool:
    """A fact whose date is someone's birth (태어났다, 년생, born)."""
    text = f"{fact.statement} {fact.statement_en}".lower()
    return fact.kind == "date" and (
        "birth" in fact.tags
        or "출생" in fact.tags
        or "태어" in text
        or "born" in text
        or "년생" in text
    )


_BORN_NOUN = rx.compile(r"년생(?:인)?\s*((?:[가-힣]+의\s)?[가-힣]+)")


def _birth_of(store: Store, fact: Fact) -> str | None:
    """Whose birth year a fact's statement gives: its subject's (배경훈은 1976년생이다), or
    the one the year describes (2012년생 외동딸: the daughter)."""
    from factcli.judge.meaning.subjects import resolve

    text = fact.statement
    if _own_birth(analyze_sentence(text)):
        return fact.subject
    m = _BORN_NOUN.search(text)
    if m:
        return resolve(store, strip_particle(m.group(1), min_stem=2))
    return None


_OTHERS_BIRTH = rx.compile(
    r"(?i:\b(?!was\b|were\b|is\b|been\b|be\b|and\b)[a-z]+\s+born\b|'s\b|’s\b|"
    r"\b(?:his|her)\s+(?:eldest\s+|elder\s+|only\s+)?(?:daughter|son|child|wife|parents)\b)|"
    r"년생\s+[가-힣]+(?<!이다)\s|의\s|(?<![가-힣])그(?:의|녀의)\s"
)


def _own_birth(analysis: Analysis) -> bool:
    """The birth the sentence states is its subject's (배경훈은 1976년생이다), not someone
    it describes (a daughter born in 2012, 2012년생 외동딸, 배경훈의 장녀)."""
    return not _OTHERS_BIRTH.search(analysis.text)


def birth_fact(store: Store, who: str, skip: frozenset[str] = frozenset()) -> Fact | None:
    """Someone's birth fact, the first in store order; not one left out (`skip`: not yet known,
    as of a day before it)."""
    return next(
        (
            f
            for f in _maybe_births(store)
            if f.subject == who and f.date and _is_birth(f) and f.id not in skip
        ),
        None,
    )


def age_on_a_day(
    store: Store, analysis: Analysis, who: str | None, skip: frozenset[str] = frozenset()
) -> tuple[Fact, int, tuple[int, ...]] | None:
    """A sentence telling only someone's age on a day (배경훈은 2025년 9월 12일 49세였다, Bae
    was 49 on September 12, 2025): (their birth fact, the age told, the ages it may be,
    worked out from the birth: two when the months do not tell which side of the birthday
    the day is). None when the sentence tells of an act too: the act's fact dates it."""
    values = analysis.values
    if who is None or len(values) != 2 or any(c.events for c in analysis.clauses):
        return None
    # (nothing else told: not "when he was picked as head of …", whose act dates the age)
    rest = list(analysis.text)
    spans = [(v.start, v.end) for v in values]
    for a, b in [*spans, *([analysis.actor_span] if analysis.actor_span else [])]:
        rest[a:b] = " " * (b - a)
    if any(not _FILLER.fullmatch(m.group()) for m in _WORD.finditer("".join(rest))):
        return None
    ages = [v for v in values if v.family == "age" and v.amount is not None and not v.bound]
    days = [v for v in values if v.family == "date" and v.date is not None]
    if len(ages) != 1 or len(days) != 1:
        return None
    born = birth_fact(store, who, skip)
    if born is None:
        return None
    birth, day = parse_iso(born.date or ""), days[0].date
    if not birth.year or day is None or not day.year:
        return None
    worked = _age_at(birth, day)
    low = day.year - birth.year - 1
    said = int(ages[0].amount or 0)
    return born, said, (worked,) if worked is not None else (low, low + 1)


_WORD = rx.compile(r"[^\s,.!?]+")
# The words an age told of a day has beside its subject, its age and its day.
_FILLER = rx.compile(
    r"(?:은|는|이|가|에|에는|엔|당시|당시에|기준|기준으로|현재|만|나이로|나이가|였다|이었다|"
    r"다|이다|였고|였으며|였을|됐다|이\s*됐다)"
    r"|(?i:was|turned|is|aged?|on|in|as|of|at|the|age|years?|old|by|he|she|then)"
)
