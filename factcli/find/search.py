"""Rank the facts of a Store against a query: Korean-aware, typo-tolerant, number-aware; pure.

The list is made here: the query read (query), its words scored (scores), numbers and dates
added, then the bonuses and the facts read only while they can make it."""

from __future__ import annotations

import heapq
import math
import re

from factcli.find.pruning import _kth_score as _kth_score
from factcli.find.pruning import _score_reachable as _score_reachable
from factcli.find.query import _SPELLED_NUMBER as _SPELLED_NUMBER
from factcli.find.query import (
    ASKING_WORDS,
    KIND_WORDS,
    _query_numbers,
    _rounded_range,
    _subjects_named,
    asked_kinds,
)
from factcli.find.query import _spells_a_number as _spells_a_number
from factcli.find.scores import COMMON_POSTINGS as COMMON_POSTINGS
from factcli.find.scores import TermHits as TermHits
from factcli.find.scores import _term_best as _term_best
from factcli.find.scores import score_terms
from factcli.find.vocabulary import MAX_FUZZY_TERMS as MAX_FUZZY_TERMS
from factcli.find.vocabulary import FuzzyBudget, Index, _expand
from factcli.find.vocabulary import _ascii_words as _ascii_words
from factcli.find.vocabulary import _containing as _containing
from factcli.find.vocabulary import _fuzzy as _fuzzy
from factcli.find.vocabulary import _romanized as _romanized
from factcli.find.vocabulary import _synonyms_of as _synonyms_of
from factcli.find.vocabulary import romanization_key as romanization_key
from factcli.store.index import store_index
from factcli.store.model import DATE_FIELDS, Fact, Match, Store
from factcli.text import korean
from factcli.text import patterns as rx
from factcli.text.terms import analyze, stem

# The `name as name` imports above keep the names that lived here before search was split
# (into query, vocabulary, scores, pruning) importable from here, for callers outside the
# package; the package imports them from their own modules.

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from decimal import Decimal

    from factcli.text.dates import PartialDate

MOST_BONUS = 27  # the most search's bonuses add to a score: 2 + 10 + 3 + 6 + 6 (see `most`)


def search(
    store: Store,
    query: str,
    *,
    limit: int = 10,
    index: Index | None = None,
    facts: list[Fact] | None = None,
    by_meaning: bool = False,
) -> list[Match]:
    """The facts best matching `query`, best first, at most `limit`.

    `facts`, when given, restricts results to those facts (filters applied by the caller).
    Scores run 0-100; facts that share nothing with the query are not returned.
    `by_meaning`: each word weighs as rare as what it surely means (scores._weight), the
    look-up ranking `factcli search` uses; the checker's own searches (an event's day, a
    name's facts) keep each word's own rarity, on which their bars were set.
    """
    index = index or store_index(store)
    query = _GLUED_YEAR.sub(lambda m: _unglued(m, index), korean.clean(query))
    numbers, dates, rest = _query_numbers(query, index)
    # A value said twice counts once (a 100 KB query of one year is one year).
    numbers, dates = list(dict.fromkeys(numbers)), list(dict.fromkeys(dates))
    terms = analyze(rest)
    # Words that ask for a kind of value ("금액", "언제", "how many") pick facts of that
    # kind instead of matching text that happens to contain them.
    kinds = asked_kinds(query, terms)
    # A day named by its event (공개일, 취임일, 임명일): the event, and its day asked.
    dayed = [t[:-1] if by_meaning and _names_a_day(t, index) else t for t in terms]
    named_day = dayed != terms
    if named_day:
        terms, kinds = dayed, kinds | {"date"}
    number_weight = math.log(1 + index.size)
    # Facts under 25 of 100 are never listed: what numbers and dates can add is known, so
    # facts whose words cannot make up the rest are not scored.
    extra = number_weight * (len(numbers) + 0.8 * len(dates))
    # A fact's place in the list is its score (0-100) plus bonuses of -3 to MOST_BONUS
    # points: one more than that range below the `limit`-th best score, none can make the list
    # (its key stays below every key of the list). Not with numbers or dates (they add to
    # scores after this), nor with a filter (the list may reach further down), nor for long
    # lists (the best are found by scoring a sample of four times as many).
    ranked = limit if facts is None and not extra and 0 < limit <= 100 else 0
    scores, total = score_terms(
        index,
        [t for t in terms if t not in KIND_WORDS and not (by_meaning and t in ASKING_WORDS)],
        share=0.25,
        extra=extra,
        top=ranked,
        slack=(MOST_BONUS + 3 + 1) / 100,
        by_meaning=by_meaning,
    )
    # The same terms fuzzily matched as in score_terms, so no more fuzzy passes.
    budget = FuzzyBudget()
    for value in numbers:
        total += number_weight
        exact = set(index.positions_with_value(value))
        for i in exact:
            scores[i] += number_weight
        near = _rounded_range(value)
        met = set(exact)
        if near:  # 37억 for 36억9767만: a rounder figure meets the exact one
            for i in index.positions_with_value_between(*near):
                if i not in met:
                    met.add(i)
                    scores[i] += number_weight * 0.8
        said = _said_number(value)
        if said is not None and index.has(said):
            # (16개 계열사 투자 규모: the investment of the 16 affiliates says 16 too, though
            # its figure is the 2천억 invested; the count of 16 is not the only fact of 16)
            for i in index.postings_of(said):
                if i not in met:
                    met.add(i)
                    scores[i] += number_weight * 0.7
    for wanted in dates:
        total += number_weight * 0.8
        for i in index.positions_with_date((wanted.year or 0, wanted.month or 0, wanted.day or 0)):
            scores[i] += number_weight * 0.8
    if not total:
        return []
    named = _subjects_named(store, analyze(rest), index)
    models = _models_named(query)
    # What the query's words may mean, for how central each fact is to it.
    meant = {t for term in dict.fromkeys(terms) for t in (term, *_expand(index, term, budget))}
    allowed = None if facts is None else {f.id for f in facts}
    # Rank positions first and read only the facts that can make the list (the cache keeps
    # the rest on disk); a superseded fact loses a little, so take a few more than asked.
    best = sorted(scores.items(), key=lambda item: -item[1])
    # The most the bonuses below can add: each term at its largest, whole numbers, so the
    # float sums below never exceed it. Past the point where even that cannot reach the
    # list, no fact is read (at 100,000 facts a name shared by 5,000 of them would be).
    # (MOST_BONUS above is its largest: score_terms' `slack` relies on it.)
    # (언제, 날짜, when: the day is asked; 받은 해, 연도, year: the year alone)
    day_asked = "date" in kinds and (named_day or any(t in DAY_WORDS for t in terms))
    most = (2 if named else 0) + (10 if kinds else 0) + (4 if day_asked else 0)
    most += (6 if dates else 0) + 6
    # The `limit` best so far in a heap whose top is the worst of them (lowest key, then
    # last id): a fact costs O(log limit), so many tied facts are no longer quadratic.
    top: list[tuple[float, _Last, Match]] = []
    # A cached store reads the facts ahead in batches: one query for 64 instead of 64
    # (a typo query at 100,000 facts reads ~1,000 that tie). Read, they are the same facts.
    # Once the list is full, a fact is made whole only if what it begins with (its id,
    # subject, kind and statement: codec.peek) lets its key reach the list.
    read_ahead = getattr(store.facts, "at", None)
    rows_at = getattr(store.facts, "rows_at", None)
    ahead: dict[int, Fact] = {}
    passed: set[int] = set()  # facts of the batch read that cannot make the list
    for n, (i, s) in enumerate(best):
        score = 100 * s / total
        if score < 25:
            break
        if len(top) >= limit and score + most < top[0][0]:
            break  # a key below the worst of the list loses even its tie on ids
        if read_ahead is None:
            fact = store.facts[i]
        else:
            if i not in ahead and i not in passed:
                upcoming = [j for j, t in best[n : n + 64] if 100 * t / total >= 25]
                if rows_at is not None and top and len(top) >= limit:
                    worst = (top[0][0], top[0][1].id)
                    asked = (named, kinds, dates, meant, allowed)
                    ahead = _bounded(
                        store, rows_at(upcoming), upcoming, scores, total, worst, asked
                    )
                else:
                    ahead = dict(zip(upcoming, read_ahead(upcoming), strict=True))
                passed = set(upcoming).difference(ahead)
            if i in passed:
                continue  # cannot make the list
            fact = ahead[i]
        if allowed is not None and fact.id not in allowed:
            continue
        # Among equals, facts about what the query names come first ("exaone": EXAONE's facts).
        bonus: float = (2 if fact.subject in named else 0) - (3 if fact.superseded_by else 0)
        if kinds and (fact.kind in kinds or ("date" in kinds and fact.when)):
            bonus += 10
        if day_asked:
            bonus += _day_told(fact.when)  # (언제: the day of it, before the year alone)
            # (인사청문회 날짜: the fact whose value is that day, before one that tells what
            # was done on it)
            bonus += 1 if fact.kind == "date" else 0
        bonus += _precision_bonus(fact, dates) + _centrality(fact, meant)
        if models and _other_model(fact, models):
            bonus -= OTHER_MODEL  # (엑사원 3.5 asked: a fact of 엑사원 3.0 is another model's)
        key = score + bonus
        if key < 25:
            continue
        entry = (key, _Last(fact.id), Match(fact, round(max(0.0, min(100.0, key)), 1)))
        if len(top) < limit:
            heapq.heappush(top, entry)
        elif entry[:2] > top[0][:2]:
            heapq.heapreplace(top, entry)
    top.sort(key=lambda e: (-e[0], e[1].id))
    return [match for _key, _id, match in top]


def _names_a_day(term: str, index: Index) -> bool:
    """공개일, 취임일: an event's noun the store has, then 일 (day); not a word the store has
    whole (출범일 of a group of its own, 생일)."""
    return (
        len(term) >= 3
        and term.endswith("일")
        and korean.is_hangul(term)
        and not index.has(term)
        and index.has(term[:-1])
    )


def _said_number(value: Decimal) -> str | None:
    """How a fact's text writes a small whole number a query gives (16 of 16개), as the
    search index keeps it; None for a figure texts write in many ways (2천억, 200,000)."""
    if value != value.to_integral_value() or not 0 < value < 10_000:
        return None
    return str(int(value))


# An event's name glued to its year (GTC2025, CES2024): the name and the year, unless the
# store writes it so.
_GLUED_YEAR = rx.compile(r"(?<![A-Za-z])([A-Za-z]{2,})((?:19|20)\d{2})(?!\d)")


def _unglued(m: re.Match[str], index: Index) -> str:
    word = m.group()
    return word if index.has(word.lower()) else f"{m.group(1)} {m.group(2)}"


class _Last:
    """An id that orders backwards, so the heap's top holds the id that sorts last."""

    __slots__ = ("id",)

    def __init__(self, fact_id: str) -> None:
        self.id = fact_id

    def __lt__(self, other: _Last) -> bool:
        return self.id > other.id

    def __gt__(self, other: _Last) -> bool:
        return self.id < other.id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Last) and self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)


OTHER_MODEL = 30  # what a fact of another version of the model the query names loses


def _models_named(query: str) -> frozenset[str]:
    """The model versions a query names (엑사원3.5, EXAONE 3.5: 3.5), if any: only then are
    the facts' own read for them."""
    if not any(ch.isdigit() for ch in query):
        return frozenset()
    from factcli.text.analysis import names_of

    return frozenset(n for k, n, _p in names_of(query) if k == "model")


def _other_model(fact: Fact, models: frozenset[str]) -> bool:
    """The fact names a version of the model, none of them the query's."""
    from factcli.text.analysis import names_of

    theirs = {
        n
        for t in (fact.statement, fact.statement_en)
        if t
        for k, n, _p in names_of(t)
        if k == "model"
    }
    return bool(theirs) and not theirs & models


DAY_WORDS = frozenset(("날짜", "일자", "언제", "날", "date", "when"))


def _day_told(when: str | None) -> float:
    """How much of a day a fact's date tells, for a query asking when: 3 for a day, 1.5 for
    a month, none for a year alone (2025-07-14 answers 언제 better than 2025)."""
    if not when:
        return 0.0
    return 3.0 if when.count("-") >= 2 else 1.5 if "-" in when else 0.0


def _precision_bonus(fact: Fact, dates: list[PartialDate]) -> float:
    """A date asked for at a precision meets facts dated as precisely before coarser ones."""
    if not dates:
        return 0.0
    from factcli.text.dates import parse_iso

    best = -6.0
    for name in DATE_FIELDS:
        iso = getattr(fact, name)
        if not iso:
            continue
        try:
            have = parse_iso(iso)
        except ValueError:
            continue
        for wanted in dates:
            if not have.agrees(wanted):
                continue
            asked = (wanted.year is not None, wanted.month is not None, wanted.day is not None)
            given = (have.year is not None, have.month is not None, have.day is not None)
            if all(g or not a for a, g in zip(asked, given, strict=True)):
                return 6.0
            best = -3.0
    return best


def _centrality(fact: Fact, meant: set[str]) -> float:
    """How much a fact is about what the query names, not only mentions it: its id is made of
    the query's words (minister-inauguration for 취임식), and its statement is short."""
    return _central(fact.id, fact.statement, meant)


def _central(fact_id: str, statement: str, meant: set[str]) -> float:
    words = [w for w in fact_id.split("-") if not w.isdigit()]
    covered = sum(1 for w in words if w in meant or stem(w) in meant) / max(1, len(words))
    brevity = min(1.0, 40 / max(1, len(statement)))
    return 4 * covered + 2 * brevity


def _bounded(
    store: Store,
    rows: list[tuple[int, str, bytes, str | None]],
    positions: list[int],
    scores: dict[int, float],
    total: float,
    worst: tuple[float, str],
    wanted: tuple[set[str], set[str], list[PartialDate], set[str], set[str] | None],
) -> dict[int, Fact]:
    """The facts of these checked rows that can enter search's list, made whole; the rest
    left as rows. A fact's key is search's, from what its text begins with (codec.peek),
    with the precision bonus at its most (6 when the query has dates) and the kind bonus
    when the query asks for dates (its dates unread): the same sums as search's, so it is
    never below the fact's key. A fact enters only with a key above the worst's, or equal
    and an id before the worst's."""
    from factcli.store.codec import peek

    named, kinds, dates, meant, allowed = wanted
    decoded = store.db.decoded  # type: ignore[attr-defined]
    out: dict[int, Fact] = {}
    for i, (seg, fid, raw, sby) in zip(positions, rows, strict=True):
        if allowed is not None and fid not in allowed:
            continue
        try:
            text = raw.decode()
        except ValueError:  # not UTF-8: decoded() says the cache is damaged
            out[i] = decoded(seg, fid, raw, sby)
            continue
        lead = peek(text)
        if lead is not None and lead[0] == fid:
            _id, subject, kind, statement = lead
            bonus: float = (2 if subject in named else 0) - (3 if sby else 0)
            if kinds and (kind in kinds or "date" in kinds):
                bonus += 10
            if "date" in kinds:
                # (_day_told at its most, and a date's own fact, if the day is asked: dates
                # not read here)
                bonus += 4
            bonus += (6.0 if dates else 0.0) + _central(fid, statement, meant)
            key = 100 * scores[i] / total + bonus
            if not (key > worst[0] or (key == worst[0] and fid < worst[1])):
                continue
        out[i] = decoded(seg, fid, text, sby)
    return out
