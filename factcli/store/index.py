"""The search index's data and the questions search asks of it; cheap to import.

Two implementations answer the same questions: SearchIndex holds everything in memory (built
by build_index below), and factcli.store.dbcache.DbIndex reads a compiled cache on disk,
loading only what a query touches.
"""

from __future__ import annotations

import math
from itertools import chain

from factcli.store.model import DATE_FIELDS, Fact, Store
from factcli.text import korean
from factcli.text.terms import analyze, analyze_all

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterable
    from decimal import Decimal
    from typing import Any

# A date in the index: (year, month or 0, day or 0).
DateKey = tuple[int, int, int]


def date_agrees(wanted: DateKey, key: DateKey) -> bool:
    """Both dates agree on every part both give (2025-07 and 2025-07-17 do)."""
    return all(not a or not b or a == b for a, b in zip(wanted, key, strict=True))


class SearchIndex:
    """Inverted index over a store's facts (by position), in memory.

    A posting's weight is at most 1 (scores.score_terms bounds scores with it). A plain
    class, not a dataclass: `search` imports this module, and `dataclasses` costs ~9 ms.
    """

    def __init__(self, size: int = 0) -> None:
        self.postings: dict[str, dict[int, float]] = {}
        self.jamo: dict[str, str] = {}
        self.initials: dict[str, str] = {}
        self.dates: list[tuple[DateKey, ...]] = []
        self.values: list[Decimal | None] = []
        self.aliases: dict[str, tuple[str, ...]] = {}
        self.size = size

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ())) or 1
        return math.log(1 + self.size / df)

    def has(self, term: str) -> bool:
        return term in self.postings

    def postings_of(self, term: str) -> dict[int, float]:
        return self.postings.get(term, {})

    def weights_at(self, term: str, positions: Iterable[int]) -> dict[int, float]:
        """The term's weight for those of these facts that hold it."""
        found = self.postings.get(term, {})
        return {i: found[i] for i in positions if i in found}

    def df(self, term: str) -> int:
        """How many facts hold the term."""
        return len(self.postings.get(term, ()))

    def sorted_vocabulary(self) -> list[str]:
        cached = self.__dict__.get("_sorted")
        if cached is None or len(cached) != len(self.postings):
            cached = self.__dict__["_sorted"] = sorted(self.postings)
        return cached

    def jamo_map(self) -> dict[str, str]:
        return self.jamo

    def initials_items(self) -> Iterable[tuple[str, str]]:
        return self.initials.items()

    def aliases_of(self, term: str) -> tuple[str, ...]:
        return self.aliases.get(term, ())

    def positions_with_value(self, value: Decimal) -> list[int]:
        return [i for i, v in enumerate(self.values) if v is not None and v == value]

    def positions_with_value_between(self, low: Decimal, high: Decimal) -> list[int]:
        return [i for i, v in enumerate(self.values) if v is not None and low <= v <= high]

    def positions_with_date(self, wanted: DateKey) -> list[int]:
        return [i for i, keys in enumerate(self.dates) if any(date_agrees(wanted, k) for k in keys)]


# Kept across calls: a cache build indexes each file on its own, and the files share most of
# their vocabulary. Cleared when it grows large.
_SPELLED: dict[str, tuple[str, str | None]] = {}  # term -> (jamo, 초성 if it has Hangul)
_MEMO_SIZE = 100_000


def build_index(store: Store) -> SearchIndex:
    """The inverted index of a store: analyzed terms of every field, dates, values, 초성, jamo.

    Each term of a fact is posted once, at the highest weight of the fields that hold it
    (`_fields` lists them), in the order the fields give the terms.
    """
    index = SearchIndex(size=len(store.facts))
    facts = store.facts
    # Every text of every fact, analyzed in one batch (analyze_all: the C-level string work
    # done once over them all), then read back fact by fact in the order they were listed.
    texts: list[str] = []
    add = texts.append
    extend = texts.extend
    for fact in facts:
        add(fact.statement)
        add(fact.statement_en)
        add(" ".join(fact.tags))
        add(fact.id.replace("-", " "))
        if fact.org:
            add(fact.org)
        if fact.kind in ("position", "text") and isinstance(fact.value, str):
            add(fact.value)
        extend([ref.quote for ref in fact.sources])
    analyzed = analyze_all(texts)
    named: dict[str, tuple[list[str], list[str]]] = {}  # a subject id -> its names' terms
    postings = index.postings
    fromkeys = dict.fromkeys
    at = 0
    for i, fact in enumerate(facts):
        statement, statement_en, tags, words = analyzed[at : at + 4]
        at += 4
        org = value = _NONE
        if fact.org:
            org = analyzed[at]
            at += 1
        if fact.kind in ("position", "text") and isinstance(fact.value, str):
            value = analyzed[at]
            at += 1
        names = named.get(fact.subject)
        if names is None:
            names = named[fact.subject] = _name_terms(store, fact)
        own, parent = names
        quoted = fact.sources
        if len(quoted) == 1:
            quotes = analyzed[at]
        else:
            quotes = list(chain.from_iterable(analyzed[at : at + len(quoted)]))
        at += len(quoted)
        # Each term's highest weight in the fact, in dict operations (run in C) instead of a
        # comparison per word: the keys in the order the fields give them, each at the lowest
        # weight (0.5, the quotes'), then raised field by field from the lowest weight up.
        held = fromkeys(
            [*statement, *statement_en, *tags, *words, *own, *parent, *org, *value, *quotes], 0.5
        )
        if parent:
            held.update(fromkeys(parent, 0.6))
        held.update(fromkeys(words, 0.7))
        held.update(fromkeys(own, 0.8))
        if org:
            held.update(fromkeys(org, 0.8))
        held.update(fromkeys(tags, 0.9))
        if value:
            held.update(fromkeys(value, 0.9))
        held.update(fromkeys(statement, 1.0))
        held.update(fromkeys(statement_en, 1.0))
        for term, most in held.items():
            try:  # (free in 3.11 when nothing is raised: most terms are held already)
                postings[term][i] = most
            except KeyError:
                postings[term] = {i: most}
        index.dates.append(_fact_dates(fact))
        index.values.append(_fact_number(fact))
    index.aliases = _alias_terms(store)
    if len(_SPELLED) > _MEMO_SIZE:
        _SPELLED.clear()
    for term in postings:
        spelled = _SPELLED.get(term)
        if spelled is None:
            hangul = any("가" <= ch <= "힣" for ch in term)
            spelled = _SPELLED[term] = (
                korean.disassemble(term),
                korean.choseong(term) if hangul else None,
            )
        index.jamo[term] = spelled[0]
        if spelled[1] is not None:
            index.initials[term] = spelled[1]
    return index


_NONE: list[str] = []  # a field the fact does not have: no terms (never changed)


def _name_terms(store: Store, fact: Fact) -> tuple[list[str], list[str]]:
    """The terms of the names of the fact's subject (0.8) and of what it is part of (0.6)."""
    own: list[str] = []
    parent: list[str] = []
    for weight, text in _names(store, fact):
        if weight == 0.8:
            own = analyze(text)
        else:
            parent = analyze(text)
    return own, parent


def _alias_terms(store: Store) -> dict[str, tuple[str, ...]]:
    """A one-word name of a subject -> the words of its other names (과기정통부 -> 과학기술정보통신부)."""
    table: dict[str, set[str]] = {}
    for subject in store.subjects.values():
        single = {ws[0] for ws in (analyze(name) for name in subject.names) if len(ws) == 1}
        for word in single:
            table.setdefault(word, set()).update(single - {word})
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _fields(store: Store, fact: Fact) -> list[tuple[float, str]]:
    """The texts of a fact the index holds, with their weights (build_index reads them so)."""
    out = [(1.0, fact.statement), (1.0, fact.statement_en), (0.9, " ".join(fact.tags))]
    out.append((0.7, fact.id.replace("-", " ")))
    out += _names(store, fact)
    if fact.org:
        out.append((0.8, fact.org))
    if fact.kind in ("position", "text") and isinstance(fact.value, str):
        out.append((0.9, fact.value))
    out += [(0.5, ref.quote) for ref in fact.sources]
    return out


def _names(store: Store, fact: Fact) -> list[tuple[float, str]]:
    """The names of the fact's subject, and of what it is part of (the same for its facts)."""
    subject = store.subjects.get(fact.subject)
    if not subject:
        return []
    out = [(0.8, " ".join(subject.names))]
    parent = store.subjects.get(subject.part_of) if subject.part_of else None
    if parent:  # "정부는 ..." may speak of a ministry's fact
        out.append((0.6, " ".join(parent.names)))
    return out


_DATE_KEYS: dict[str, DateKey | None] = {}  # a date as the model holds it -> its key; a store
# repeats its dates many times


def _fact_dates(fact: Fact) -> tuple[DateKey, ...]:
    found = []
    for name in DATE_FIELDS:
        value = getattr(fact, name)
        if value:
            key = _DATE_KEYS.get(value, _NO_KEY)
            if key is _NO_KEY:
                key = _date_key(value)
                if len(_DATE_KEYS) > _MEMO_SIZE:
                    _DATE_KEYS.clear()
                _DATE_KEYS[value] = key
            if key is not None:
                found.append(key)
    return tuple(found)


_NO_KEY: Any = object()


def _date_key(value: str) -> DateKey | None:
    from factcli.text.dates import parse_iso

    try:
        date = parse_iso(value)
    except ValueError:
        return None
    return (date.year or 0, date.month or 0, date.day or 0)


def _fact_number(fact: Fact) -> Decimal | None:
    value = fact.value
    if isinstance(value, _NUMBERS) and not isinstance(value, bool):
        from decimal import Decimal  # a search without numbers does without (~1 ms)

        return Decimal(str(value))
    return None


_NUMBERS = (int, float)  # (not int | float: that builds a union at every call)


def store_index(store: Store) -> Any:
    """The store's index: the cache's, or built on first use and kept on the store."""
    index = store.search_index
    if index is None or index.size != len(store.facts):
        index = store.search_index = build_index(store)
    return index
