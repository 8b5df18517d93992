"""A sentence -> what it says: values with their roles, clauses with certainty, events, polarity.

Made once per sentence and shared: check judges with it, search reads its values. Pure text
work, no store: which subject a name refers to is decided by the caller (judge.meaning).

What a clause says, beyond its numbers:
- certainty: done (했다, released), decided (하기로 했다, decided), planned (계획, 방침, ~겠다,
  will, plans to), expected (전망, 예상, ~것으로 보고 있다, expects), considering (고민, 검토,
  considering), conditional (~하면, if), alleged (의혹, allegedly);
- events: start (취임, 임명, 옮기다, joined, became), end (떠나다, 물러나다, left, resigned),
  birth (태어나다, born), buy, sell, release, receive, enroll, ...;
- polarity: 못/않/not/never negate; "still"/여전히 claim something goes on.
A value takes the role its words give it: 2012년생 is a birth year, 2010년식 a model year.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from decimal import Decimal

from factcli.text import patterns as rx
from factcli.text.dates import MONTH_WORDS, PartialDate, find_dates, parse_iso
from factcli.text.deixis import counted_from, day_for
from factcli.text.korean import hangul_run, hangul_runs, hangul_words, has_hangul, with_final
from factcli.text.quantities import _CHANGED_FROM_EN, LESS_KO, MORE_KO, Quantity, find_quantities
from factcli.text.records import dataclass
from factcli.text.records import replace as _dc_replace

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

# Quantity families: values compare only within one.
FAMILY = {
    "amount": "money",
    "count": "count",
    "size": "count",
    "percent": "percent",
    "duration": "duration",
    "age": "age",
    "measure": "measure",
    "rank": "rank",
    "ordinal": "ordinal",
}

# Certainty, weakest to strongest; a claim may not be more certain than its source.
LEVELS = {
    "alleged": 1,
    "conditional": 1,
    "proposed": 2,
    "considering": 2,
    "expected": 2,
    "planned": 3,
    "future": 3,
    "decided": 4,
    "done": 5,
    "denied": 0,
}


@dataclass(frozen=True)
class Value:
    """One checkable value of a sentence or a fact: a date or a quantity.

    family: "date", "birth" (a date that is a birth), "model-year", or a quantity family;
    role: what the words around it make it, where they say (start, end, ...), else None.
    """

    family: str
    text: str
    start: int = 0
    end: int = 0
    date: PartialDate | None = None
    amount: Decimal | None = None
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    high: Decimal | None = None  # a range's top, exclusive for "원대"
    role: str | None = None
    events: frozenset[str] = frozenset()  # what happened, by the verbs of its clause
    beside: bool = False  # a date told beside another event (묶기 18일 전인 6월 10일): not its
    anchor: PartialDate | None = None  # a date told by an earlier one (같은 달): that one
    # the words that make `bound` a bound (이후에, no later than): no words of what is told
    bound_at: tuple[int, int] | None = None
    # a fact's day of saying that holds nothing but the saying (judge.values.said_that_day)
    reported: bool = False
    told: bool = False  # a sentence's value where the sentence tells of a saying (해명했다)


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence with its own predicate: certainty, events and polarity."""

    start: int
    end: int
    text: str
    certainty: str  # one of LEVELS
    marker: str | None = None  # the certainty its words mark, if any (a fact's is this or done)
    events: frozenset[str] = frozenset()
    negated: bool = False
    ongoing: bool = False  # still, 여전히: the claim says it goes on today
    end_object: str | None = None  # what was left (X을 떠나, left X)
    subject: str | None = None  # a clause's own subject (…재가했고, 취임식은 …), if it has one


@dataclass(frozen=True)
class Analysis:
    """One sentence, read once."""

    text: str
    values: tuple[Value, ...]
    clauses: tuple[Clause, ...]
    actor: str | None = None  # the phrase in subject position (LG유플러스, Bae), as written
    actor_span: tuple[int, int] | None = None
    names: tuple[tuple[str, str, int], ...] = ()  # (type, canonical name, position)
    korean: bool = False
    pronoun: bool = False  # the subject is 그/he/she/it: it refers to an earlier sentence
    window: tuple[int, int] | None = None  # the span of the clause judged alone, if one is

    def in_window(self, position: int) -> bool:
        """Whether a position is in the clause judged (anywhere, when the whole sentence is)."""
        return self.window is None or self.window[0] <= position < self.window[1]

    def clause_at(self, position: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= position < clause.end:
                return clause
        return self.clauses[-1]

    @property
    def certainty(self) -> str:
        """The weakest certainty of any clause with a value (the whole sentence's, if none)."""
        levels = [self.clause_at(v.start).certainty for v in self.values] or [
            c.certainty for c in self.clauses
        ]
        return min(levels, key=lambda c: LEVELS[c])


# --- values -------------------------------------------------------------------------------

_WORD_RUN = rx.compile(r"\S+")
_FROM_WORD = rx.compile(r"(?i)\bfrom\b")
_FIGURE_MARK = rx.compile(r"[\d,.]")
_DIGIT = rx.compile(r"\d")
_BORN_AFTER = rx.compile(r"\s*생(?![가-힣])|\s*생[이은의으인]|-born\b")
# (born in 1976; (b. 1976), an apposition's birth year)
_BORN_BEFORE = rx.compile(r"\bborn\s+(?:in|on)\s*$|\(b\.\s*$", re.IGNORECASE)
_MODEL_YEAR_AFTER = rx.compile(r"\s*식(?![가-힣])|\s*식[이은의으을]")
_MODEL_YEAR_EN = rx.compile(r"^\s*(?:model|-model)\b|^-year-old\b", re.IGNORECASE)
_RANGE_EN = rx.compile(r"\s*range\b")  # in the 4-billion-won range: 40억 원대
_RANGE_AFTER = rx.compile(r"\s*대(?![가-힣])|\s*대(?:[의에로은는를이가다]|였|인|라)")


def _range_top(value: Decimal) -> Decimal:
    """40억 원대 is 40억 up to under 50억, 37억 원대 37억 up to under 38억: one step of its
    last digit that is not zero."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # (a finite figure)
    return value + Decimal(1).scaleb(exponent)


def _from_quantity(q: Quantity, text: str) -> Value:
    high, bound, approx = q.high, q.bound, q.approx
    after = text[q.end : q.end + 3]
    ranged = _RANGE_AFTER.match(after) or (
        "range" in text[q.end : q.end + 8] and _RANGE_EN.match(text, q.end)
    )
    if q.kind == "amount" and ranged and q.high is None and q.value > 0:
        # 1억 원대, 40억원대: a range, not "about 1억".
        high, bound, approx = _range_top(q.value), "range", False
    elif approx and q.high is None and q.bound is None and q.value > 0 and "여" in q.text:
        # (37억여 원, 100여만 원, 3천여 명: past the figure, short of the next step of its last
        # digit that is not zero; 37억여 is not 36억9767만)
        high, bound, approx = _range_top(q.value), "range", False
    elif q.high is not None:
        bound = "range"
    return Value(
        FAMILY.get(q.kind, q.kind),
        q.text,
        q.start,
        q.end,
        amount=q.value,
        unit=q.unit,
        approx=approx,
        bound=bound,
        high=high,
    )


# Readings of texts made elsewhere (the cache keeps those of facts' texts: a fact is read
# once, not again by every process that weighs it), each made into objects when first asked
# for. (what, text) -> a function that returns the reading; oldest dropped past _GIVEN_MAX.
_GIVEN: dict[tuple[str, str], Callable[[], Any]] = {}
_GIVEN_MAX = 1 << 14
# Texts read here, not given (what, text): what a cache may keep for the next process.
_MADE: dict[tuple[str, str], None] = {}


def give(what: str, text: str, make: Callable[[], Any]) -> None:
    """Offer the reading of `text` made elsewhere: `what` is "analysis" (analyze_sentence),
    "values" (values_of) or "names" (names_of, loose); `make()` returns it, or None when it
    cannot (the text is then read here)."""
    if len(_GIVEN) >= _GIVEN_MAX:
        del _GIVEN[next(iter(_GIVEN))]
    _GIVEN[(what, text)] = make


def forget() -> None:
    """Drop every reading this process made or was given: the next text is read afresh."""
    for memo in (_analyze, _values_of, _values_as_of, names_of):
        memo.cache_clear()
    _GIVEN.clear()
    _MADE.clear()


def made(what: str, text: str) -> bool:
    """Whether this process read `text` itself (for `what`), rather than being given it."""
    return (what, text) in _MADE


def _given(what: str, text: str) -> Any:
    make = _GIVEN.pop((what, text), None)
    found = make() if make is not None else None
    if found is None:
        if len(_MADE) >= _GIVEN_MAX:
            del _MADE[next(iter(_MADE))]
        _MADE[(what, text)] = None
    return found


def values_of(text: str) -> tuple[Value, ...]:
    """The dates and quantities of a text, in order, each with the family its words give it.

    Memoized: facts' statements are read again for every sentence that might concern them.
    In a text checked as of a day (text.deixis), words that count from that day date too.
    """
    today = day_for(text)
    return _values_of(text) if today is None else _values_as_of(text, today)


@functools.lru_cache(maxsize=1 << 10)
def _values_as_of(text: str, today: str) -> tuple[Value, ...]:
    values = _values_of(text)
    found = counted_from(text, parse_iso(today))
    if not found:
        return values
    kept = [v for v in values if not any(v.start < e and s < v.end for s, e, _d in found)]
    told = [Value("date", text[s:e], s, e, date=date) for s, e, date in found]
    return tuple(sorted(kept + told, key=lambda v: v.start))


@functools.lru_cache(maxsize=1 << 15)
def _values_of(text: str) -> tuple[Value, ...]:
    given = _given("values", text)
    if given is not None:
        return given  # type: ignore[no-any-return]
    out = []
    found = find_dates(text)
    # (the years of the days the sentence gives: a title's year of one of them is its name's)
    day_years = {d.date.year for d in found if d.date.month is not None}
    for m in found:
        if m.date.month is None and _NAMED_YEAR.search(text, max(0, m.start - 12), m.start):
            continue  # GTC 2025, CES 2024: the year is part of a name, not a date
        if (
            m.date.month is None
            and m.date.year in day_years
            and _TITLED_YEAR.search(text, max(0, m.start - 12), m.start)
        ):
            continue  # ('AI 인덱스 보고서 2025'는 2025년 4월 7일 발간됐다: the title's)
        after = text[m.end : m.end + 6]
        before = text[max(0, m.start - 24) : m.start]
        # Cheap tests first: a long draft has thousands of dates.
        if (("생" in after or "-born" in after) and _BORN_AFTER.match(after)) or (
            ("orn" in before or "b." in before) and _BORN_BEFORE.search(before)
        ):
            family = "birth"
        elif (
            ("식" in after and _MODEL_YEAR_AFTER.match(after))
            or (
                m.date.month is None
                and "odel" in text[m.end : m.end + 12]
                and _MODEL_YEAR_EN.match(text[m.end : m.end + 12])
            )
            or (
                # a 2010 Genesis: a bare year before a car's name is its model year
                m.text.isdigit()
                and text[m.end : m.end + 1] == " "
                and _VEHICLE_RX.match(text, _after_maker(text, m.end + 1), m.end + 40) is not None
            )
        ):
            family = "model-year"
        else:
            family = "date"
        out.append(Value(family, m.text, m.start, m.end, date=m.date))
    dates = [(v.start, v.end) for v in out]
    out += [
        _from_quantity(q, text)
        for q in find_quantities(text)
        # (the day of a date written as an ordinal, July 17th: the date's, no rank of its own)
        if not (q.kind == "ordinal" and any(s <= q.start and q.end <= e for s, e in dates))
    ]
    if any(mark in text for mark in _RELATIVE_MARKS):
        out = _relative_dates(text, out)
    if " later" in text or " after" in text:
        # (moved to LG five years later: English only; the Korean 5년 뒤 is a gap the
        # differences weigh, 10년 should be 5년 (2011 → 2016))
        out = sorted(_later_dates(text, out), key=lambda v: v.start)
    if "일" in text or "on the " in text:
        dated = [(v.start, v.end) for v in out if v.family == "date"]
        days = [d for d in _bare_days(text) if not any(a <= d.start < b for a, b in dated)]
        if days:
            taken = [(v.start, v.end) for v in days]
            out = [v for v in out if not any(s <= v.start < e for s, e in taken)] + days
    return tuple(sorted(_counted_alike(text, out), key=lambda v: v.start))


# A date told by the sentence's earlier date (2018년 상무가 된 그는 이듬해, 같은 달 28일, that
# same year): the date it names, worked out from the nearest date before it, so the clause it
# dates is weighed like any other. Without such a date it is left unread.
_RELATIVE_MARKS = (
    "같은",
    "그날",
    "그 날",
    "당일",
    "그달",
    "그 달",
    "그해",
    "그 해",
    "이듬해",
    "다음 해",
    "same",
    "that",
    "following",
    "next year",
    "next day",
    "이튿날",
    "다음 날",
    "다음날",
    "익일",
)
_RELATIVE = rx.compile(
    r"(?<![가-힣])(?:(같은\s?날|당일|그\s?날)|(같은\s?달|그\s?달)|(같은\s?해|그\s?해)|(이듬해|다음\s?해))"
    r"(?:\s*(1[0-2]|[1-9])\s*월)?(?:\s*([12]\d|3[01]|[1-9])\s*일)?(?![가-힣\d])"
    r"|\b(?i:(?:on\s+|in\s+|later\s+|earlier\s+)?(?:the\s+same|that\s+same|later\s+that|"
    r"earlier\s+that)\s+(?:(day)|(month)|(year))|(?:in\s+)?the\s+(?:following|next)\s+(year)"
    r"|(?:on\s+)?the\s+([12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+of\s+(?:the\s+same|that(?:\s+same)?)"
    r"\s+(month))\b"
    # the day after (이튿날, 다음 날, the following day)
    r"|(?<![가-힣])(이튿날|다음\s?날|익일)(?![가-힣])|\b(?i:(?:on\s+)?the\s+(?:following|next)\s+(day))\b"
)


# A month of the year an earlier date names (in July of the same year, July that year).
# (capitalised months only, as dates.py reads them: lower-case may and march are verbs)
_MONTH_THAT_YEAR = rx.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?i:(?:of\s+)?(?:that(?:\s+same)?|the\s+same)\s+year)\b"
)


# What the same day, told again after a date, is the day of: a clause led by a name (…, the
# same day Bae spoke at GTC 2025), which check._same_day_held judges on that day.
_SAME_DAY_NAMED = rx.compile(r"[ \t]{1,3}(?:(?:that|when)[ \t]{1,3})?[A-Z]")


def _relative_dates(text: str, values: list[Value]) -> list[Value]:
    out = _months_of_that_year(text, list(values)) if " year" in text else list(values)
    for m in _RELATIVE.finditer(text):
        if any(v.start <= m.start() < v.end and v.anchor is not None for v in out):
            continue  # (the same year of "July of the same year", read with its month)
        before = [v for v in out if v.end <= m.start() and v.family in ("date", "birth") and v.date]
        if not before:
            continue
        anchor = before[-1].date
        assert anchor is not None
        if (
            m.group(7)
            and m.group().lower().lstrip().startswith(("the same", "on the same"))
            and text[before[-1].end : m.start()].strip() == ","
            and _SAME_DAY_NAMED.match(text, m.end())
        ):
            # (on March 18, 2025, the same day Bae spoke at GTC: the day told again, by what
            # else happened on it; no date of its own. check._same_day_held weighs the rest)
            continue
        day, month, year, following = (
            m.group(1) or m.group(7),
            m.group(2) or m.group(8) or m.group(12),
            m.group(3) or m.group(9),
            m.group(4) or m.group(10),
        )
        named_month = int(m.group(5)) if m.group(5) else None
        named_day = int(m.group(6) or m.group(11) or 0) or None
        next_day = m.group(13) or m.group(14)
        try:
            if next_day and anchor.year and anchor.month and anchor.day:
                import datetime

                after = datetime.date(anchor.year, anchor.month, anchor.day) + datetime.timedelta(1)
                date = PartialDate(after.year, after.month, after.day)
            elif next_day:
                continue
            elif day and anchor.day:
                date = anchor
            elif month and anchor.month:
                date = PartialDate(anchor.year, anchor.month, named_day)
            elif year and anchor.year:
                date = PartialDate(anchor.year, named_month, named_day if named_month else None)
            elif following and anchor.year:
                date = PartialDate(anchor.year + 1, named_month, named_day if named_month else None)
            else:
                continue
        except ValueError:
            continue
        inside = [v for v in out if m.start() <= v.start < m.end()]
        out = [v for v in out if v not in inside]
        told = Value("date", m.group(), m.start(), m.end(), date=date, anchor=anchor)
        out.append(told)
    return out


# A span after the date before it (joined SK Telecom in 2011 and moved to LG five years
# later): the date it makes.
_LATER = rx.compile(
    r"\b(?i:(?:about\s+|some\s+|around\s+|nearly\s+)?(a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?)\s+(?:later|after(?:wards?|\s+that)))\b"
    # (at the end of its clause, after its act: not ", five months later, released …", read
    # as the span between the two acts)
    r"(?=\s*(?:[.;!?]|,\s|$))"
)


def _later_dates(text: str, out: list[Value]) -> list[Value]:
    """`N years later`: the date of the anchor before it, moved on by N."""
    from factcli.text.numerals import spelled_number

    for m in _LATER.finditer(text):
        if text[max(0, m.start() - 2) : m.start()].strip() == ",":
            continue  # (", five months later, released …": a span set off before its act)
        before = [v for v in out if v.end <= m.start() and v.family in ("date", "birth") and v.date]
        inside = [v for v in out if m.start() <= v.start < m.end()]
        anchor = before[-1].date if before else None
        year = anchor.year if anchor is not None else None
        if anchor is None or year is None:
            continue  # (a clause cut from its sentence: the gap stays a span, as it was)
        word, unit = m.group(1), m.group(2).lower()
        try:
            n = (
                int(word)
                if word.isdigit()
                else 1
                if word.lower() in ("a", "an")
                else spelled_number(word)
            )
            if unit.startswith("year"):
                date = PartialDate(year + n)
            elif anchor.month:
                months = year * 12 + anchor.month - 1 + n
                date = PartialDate(months // 12, months % 12 + 1)
            else:
                continue
        except ValueError:
            continue
        out = [v for v in out if v not in inside]
        approx = bool(re.match(r"(?i:about|some|around|nearly)", m.group()))
        out.append(
            Value("date", m.group(), m.start(), m.end(), date=date, anchor=anchor, approx=approx)
        )
    return out


def _months_of_that_year(text: str, out: list[Value]) -> list[Value]:
    """July of the same year: the month, in the year of the nearest date before it."""
    for m in _MONTH_THAT_YEAR.finditer(text):
        before = [v for v in out if v.end <= m.start() and v.family in ("date", "birth") and v.date]
        if not before or before[-1].date is None or not before[-1].date.year:
            continue
        anchor = before[-1].date
        month = next(n for n, names in enumerate(MONTH_WORDS, 1) if m.group(1) in names)
        date = PartialDate(anchor.year, month, None)
        out = [v for v in out if not m.start() <= v.start < m.end()]
        out.append(Value("date", m.group(), m.start(), m.end(), date=date, anchor=anchor))
    return out


# A day of the month written alone (배 장관은 12일 서울 종로구 …에서): news leaves the month
# to the article's date. Read as a count of days the sentence's role makes a day of the month
# (see _bare_day); it agrees only with a fact's date on that day, and contradicts none.
_BARE_DAY = rx.compile(
    r"(?<![\d.,~\-])([1-9]|[12]\d|3[01])일(?![\d가-힣])"
    r"|(?<=\bon the )([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?i:place|century|anniversary))"
)


def _bare_days(text: str) -> list[Value]:
    out = []
    dated = None
    for m in _BARE_DAY.finditer(text):
        dated = dated if dated is not None else [(d.start, d.end) for d in find_dates(text)]
        if any(a <= m.start() < b for a, b in dated):
            continue  # (7월 12일, July 12th: a date's day)
        number = Decimal(m.group(1) or m.group(2))
        value = Value("duration", m.group(), m.start(), m.end(), amount=number, unit="day")
        if _bare_day(text, value):
            out.append(value)
    return out


_NAMED_YEAR = rx.compile(r"(?<![A-Za-z])[A-Z]{2,6}[\s-]?$")
# The year that ends a report's or an index's title (AI 인덱스 보고서 2025, AI Index Report
# 2025): part of a name where the sentence dates its event on a day of that year (발간됐다 on
# 2025년 4월 7일), the report's year where it does not (the AI Index 2025 listed EXAONE 3.5;
# 보고서 2026 … 2025년 4월 7일, a title the source does not give).
_TITLED_YEAR = rx.compile(r"(?:보고서|리포트|인덱스|(?i:\breport|\bindex))\s?$")


# A bare figure written with thousands separators, not followed by a word that says what it
# counts (50,000 by 2028; 50,000 and 200,000 GPUs).
_BARE = rx.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)"
    r"(?=\s*(?:$|[.,;:)]|(?:by|to|in|and|or|until|before|from|at|then)\b))"
)


def _counted_alike(text: str, values: list[Value]) -> list[Value]:
    """A figure with nothing counted, in a sentence that counts one thing, counts that thing:
    `up from 50,000 by 2028` beside `200,000 GPUs`, 5만에서 20만장으로."""
    units = {v.unit for v in values if v.family == "count" and v.unit}
    if len(units) != 1:
        return values
    (unit,) = units
    out = [
        _dc_replace(v, unit=unit) if v.family == "count" and v.unit is None else v for v in values
    ]
    taken = [(v.start, v.end) for v in values]
    for m in _BARE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        amount = Decimal(m.group().replace(",", ""))
        out.append(Value("count", m.group(), m.start(), m.end(), amount=amount, unit=unit))
    return out


# --- clauses --------------------------------------------------------------------------------

# A clause ends where a connective joins two predicates: 했으나, 했지만, 했는데, 했고, 하며, and
# at ", but" / "; " / ", while" in English.
_KO_CLAUSE_END = rx.compile(
    r"(?<=[가-힣])(?:으나|었으나|았으나|였으나|했으나|지만|는데|ㄴ데|으며|며|고)(?=[\s,])"
    # (가능한 만큼, 정부에서 … 관심이 많다: a clause of reason before the main one)
    r"|(?<=[한된할는인운]\s)만큼(?=[\s,])"
    # (본인 예금은 1억7124만 원, 배우자 예금은 …: a figure, a comma and a new topic)
    r"|(?:(?<=[\d만억천]원)|(?<=[\d만억천] 원))(?=,\s*[가-힣]{1,10}(?:\s[가-힣]{1,10})?(?:은|는)\s)"
)
# A quotation that ends where the next begins: “...”이라며 “...”, "..."며 "...".
_QUOTE_JOIN = rx.compile(r"[”\"](?:이?라|다)?며\s*(?=[“\"])")
# The syllables of a past tense; a set, not a class: a class of syllables costs ~0.5 ms to
# compile at every start-up.
_KO_PAST = frozenset("았었였했됐났왔웠셨겼렸졌쳤켰텼폈혔갔섰샀뒀봤줬놨냈뤘썼랐")
_EN_CLAUSE = rx.compile(
    # (not "while employed." at the end: a phrase of its clause, no clause of its own)
    r",?\s+(?:but|while(?!\s+\w+ed\s*[.!?]?$)|whereas|although|though)\s+"
    r"|;\s+|,\s+and\s+|\s+and\s+(?=that\s)"
    # (on July 14, after which the president approved it: the next event, a clause of its own)
    r"|,\s+(?:after|before|following)\s+which\s+"
    # (gave his daughter 100 million won, on which 7.76 million won in gift tax was paid: what
    # was done with the thing, a clause of its own)
    r"|,\s+(?:on|for|of|from|with)\s+which\s+(?=\S+(?:\s+\S+){0,8}\s+(?:was|were|had)\s)"
    # ... and a new subject with its verb (was signed on March 5 and the mortgage was taken
    # out afterwards): another clause, though no comma marks it
    r"|\s+and\s+(?=(?:that\s+)?(?:(?:the|his|her|its|their)\s+\w+|he|she|they|it)\s+"
    r"(?:was|were|is|are|had|has|took|did|"
    r"said|would|will|\w+ed)\b)"
    # ... or a second verb of the same subject telling of another event (began ... on
    # September 25, 2003 and finished it on May 2, 2008)
    r"|\s+and\s+(?=(?:then\s+|later\s+)?(?:finished|ended|left|moved|joined|completed|became|"
    r"received|graduated|returned|resigned|stepped|began|started|took|switched|transferred|"
    r"went|served|won|released|unveiled|launched|held|topped|ranked|placed|earned|attended|"
    r"entered|hosted|announced|introduced|led|oversaw|bought|sold|signed|reported|paid|gave|"
    r"secured|opened|"
    # (… and was sworn in on July 17; … and had his hearing on July 14)
    r"(?:was|were)\s+(?:sworn|appointed|named|nominated|inaugurated|elected|promoted|"
    r"confirmed|awarded|given|born|approved)|had\s+(?:his|her|its|their)\s)\b)"
    # ... or a perfect participle's phrase before the subject, an earlier event of its own
    # (Having moved to SK Telecom in 2011, Bae switched ... in 2016)
    r"|^Having\s+[a-z]+\b[^,;]{0,80},\s+(?=[A-Z])"
)

_MARKERS: tuple[tuple[str, rx.Pattern], ...] = (
    (
        "alleged",
        # (not an allegation answered: 의혹을 해명했다 tells of what he did)
        rx.compile(
            r"의혹(?!\s*(?:을|를|에\s*대해|에)?\s*(?:해명|부인|반박|일축|소명))|주장했|"
            r"(?i:\ballegedly\b|\balleged\b|\baccused\b|\bclaims? that\b)"
        ),
    ),
    (
        "considering",
        rx.compile(
            # (검토 시간, 검토하는 시간: a review as a noun, not a thing under consideration)
            # (검토할 수 있는 시간 too)
            r"고민(?!하는\s*시간)|검토(?!\s*시간|(?:하는|할|한)\s*(?:수\s*있는\s*)?(?:시간|기간|여유)"
            r"|\s*기간)|저울질|염두에\s*(?:두|뒀|둔)|"
            r"방안을?\s*(?:찾|마련|논의|언급|거론|제시|소개)|"
            # (목표 상향 시사, 시사했다: a hint, no firmer than a thing weighed)
            r"(?<![가-힣])시사(?:했|하|한|해)?|"
            # (may build, might raise: a possibility; lower case, not the month of May)
            r"\b(?:may|might)\s+(?!not\b|have\b)[a-z]+|"
            r"(?i:\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ing)?\b|\bexplor(?:es|ing)\b|"
            r"\bmull(?:s|ing)?\b|\blooking (?:into|at)\b|\breview(?:s|ing)\b|\bstudying\b|"
            r"\bwonder(?:s|ed|ing)?\b|\bquestion(?:s|ed|ing)? whether\b)"
        ),
    ),
    (
        "expected",
        rx.compile(
            r"전망|예상|예측|추정|추산|기대|것으로\s*(?:보고|보인|보여|관측|알려)|"
            # 15만 장가량으로 봤다, 내다봤다: an estimate
            r"내다\s*(?:봤|보았|본다|보고|보며)|(?:으로|로)\s*(?:봤|보았|본다)|"
            # (갖출 수 있다고 봤다: his view of what may be)
            r"(?:다|라)고\s*(?:봤|보았|본다|보고\s*있)|"
            r"(?i:\bexpect(?:s|ed|ing)?\b|\bforecasts?\b|\bprojected\b|\bpredict(?:s|ed)?\b|"
            r"\blikely\b|\banticipat(?:es|ed)\b|\bestimated?\b|\bestimates\b|"
            # (put 2030 GPU demand at roughly 150,000, pegged it at: an estimate)
            r"\b(?:put|puts|pegged|pegs|pegging|reckon(?:s|ed)?)\b[^.;]{0,80}?\bat\s+"
            r"(?:about|around|roughly|some|nearly|approximately|an?\s+estimated|)\s*\d)"
        ),
    ),
    (
        "conditional",
        # A condition, or what a goal needs (필요하다, ~해야 한다): neither plans nor facts.
        rx.compile(
            # (to need a decade, requires ten years: a time it takes, not a condition)
            r"(?i:\bif\b|\bwould\b|\bcould\b|\bprovided that\b|\bin order to\b|"
            # (not the participle after a plural: the GPUs needed in 2030, the things they need)
            # (nor what some will need: a forecast of a demand, 중소기업이 필요로 할)
            r"\b(?:(?<!\bwill )needs?|(?<![A-Za-z]{2}s )needed|(?<=\bwas )needed|require[sd]?)\b"
            r"(?!\s+(?:\S+\s+){0,2}(?:years?|decades?|months?)\b)|"
            r"\bmust\b|\b(?:have|has|had) to\b|\bshould\b|\bought to\b)|"
            r"(?:하|되|이)라면|다면\s|(?<=[하있갖주])면\s|(?<=[가-힣]\s대)면\s|려면|위해서는|위해선|필요|해야\s*(?:한|했|하)"
            # (늘려야 한다, 늘려야 넘을 수 있다: what a goal needs)
            r"|(?:려|어|아|여|와|워|져|춰|꿔|봐|줘|써|내|돼)야(?=\s)"
        ),
    ),
    (
        "proposed",
        rx.compile(
            r"요구|요청|촉구|건의|제안|"
            r"(?i:\brequest(?:s|ed|ing)?\b|\bcall(?:s|ed)? for\b|\burg(?:es|ed)\b|\bpropos(?:es|ed)\b)"
        ),
    ),
    (
        "planned",
        rx.compile(
            r"계획|방침|예정|목표(?!를\s*(?:달성|이뤘|이루었|넘어))|의지|포부|각오|구상|과제|려고|하려|"
            # (a pledge, 제1호 공약; not one kept, 공약을 이행했다)
            r"공약(?!을\s*(?:이행|지켰|지킨|달성|완수))|"
            # (확보하고자 한다: an intent)
            r"(?<=[가-힣])고자(?=\s)|"
            r"싶다|싶어|싶은|희망|"
            # (planning as a noun is no plan: the secretary for AI future planning)
            # (a plan announced or adopted is a thing told of, no plan of the clause's)
            r"(?i:\bplans?\b(?!\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
            r"(?:announced|unveiled|released|published|adopted|approved|presented|issued)\b)|"
            r"\bplanned\b|\b(?:is|are|was|were|been)\s+planning\b|"
            r"\bplanning\s+to\b|\baims?\b|\bintends?\b|"
            r"\bscheduled\b|\bvow(?:s|ed)?\b|\bpledg(?:e|ed|es|ing)\b|\btargets?\b|\bwant(?:s|ed)?\s+(?:[\w']+\s+){0,3}?to\b|"
            r"\bhop(?:es|ed)? to\b|\bhoped\b|\bwish(?:es|ed)? to\b|\baimed\b|\bintended\b|"
            r"\b(?:is|was|are|were) to\b|\bgoal\b|\bpromised?\b|\bpriorit(?:y|ies)\b)|"
            # a pledge of an act named as a noun (구축을 약속했다, 확충을 다짐했다), or an act
            # to come that a speech stressed (AI 고속도로 구축을 강조했다): its content is to come
            r"(?:을|를)\s*(?:약속|다짐|공약|공언)(?:했|하였|한|하며|하고|하면서)|"
            r"(?:구축|확충|마련|조성|도약|추진|강화|확대|육성|실현|지원|개선)(?:을|를)\s*"
            r"(?:강조|언급|역설|거론|천명)(?:했|하였|한|하며|하고|하면서)"
        ),
    ),
    (
        # A bare future (나올 것이다, will): as sure as a plan, and what a forecast says too.
        "future",
        rx.compile(
            r"["
            + "".join(chr(0xAC00 + 28 * k + 8) for k in range(399))
            + r"]\s*것|겠다|겠다는|겠으며|겠고|앞두고\s*있|(?i:\bwill\b|\bgoing to\b|\bset to\b|"
            # (said that fines would be deferred: what is to come, as reported)
            r"\bthat\s+(?:[\w-]+\s+){0,8}?would\b"
            # (a headline's infinitive, said of what was said: fines to be deferred)
            r"|\bsaid\s+(?:[\w-]+\s+){1,8}?to\s+be\s+[a-z]+ed\b)"
        ),
    ),
    (
        "decided",
        rx.compile(
            # (not 확정하지 않았다, not yet decided: a decision denied is none)
            r"기로\s*(?:했|하였|한\s|결정|합의|확정|됐)|(?:결정|확정)(?![하되]지\s*(?:않|못|도))"
            r"|것으로\s*확인|"
            r"(?i:(?<!not\s)(?<!yet\s)(?<!n't\s)"
            r"(?:\bdecided\b|\bagreed\b|\bapproved\b|\bcommitted\b|\bconfirmed\b|\bfinali[sz]ed\b))"
        ),
    ),
)


def is_certainty_word(term: str) -> bool:
    """A word that says how sure a clause is (계획, 방침, plans): certainty, not content."""
    return certainty_of_word(term) is not None


def certainty_of_word(term: str) -> str | None:
    """The certainty a word of certainty marks (확정: decided; 계획: planned), or None."""
    # Asked of each word of a sentence for each of its candidate facts: answered once a word.
    if term in _CERTAINTY_WORDS:
        return _CERTAINTY_WORDS[term]
    if len(_CERTAINTY_WORDS) >= _CERTAINTY_KEPT:
        _CERTAINTY_WORDS.clear()
    # (an English stem as the analysis cuts it: decid for decided, plann for planned)
    forms = (term, term + "ed", term + "e") if term.isascii() and term.isalpha() else (term,)
    found = _CERTAINTY_WORDS[term] = next(
        (
            name
            for name, pattern in _MARKERS
            for form in forms
            if (m := pattern.match(form)) is not None and m.end() >= len(form) - 1
        ),
        None,
    )
    return found


_CERTAINTY_WORDS: dict[str, str | None] = {}
_CERTAINTY_KEPT = 20_000  # words: a long draft's are forgotten now and then, not hoarded


_NEGATION = rx.compile(
    r"지(?:는|도|조차)?\s*(?:못|않|말)|(?<![가-힣])못\s*(?:했|한|하|해|받|봤|된)|(?<![가-힣])안\s*(?:했|됐|받|한)|"
    r"아니(?:다|었|었다|라)|부인했|부인하며|부인한|부정했|"
    # (몰랐다: did not know, as 알지 못했다 is)
    r"(?<![가-힣])(?:몰랐|모르|몰라|모른)|"
    # (회복이 불가능하다, 어렵다고 말했다, 가능성은 낮다: it cannot or will hardly be done;
    # not 불가능한 시점, an attribute)
    # (불가한 시점이었다, the source's own word, as 불가능하다)
    r"불가(?:능하|능했|능할|하다|했|할)|(?<![가-힣])어렵(?:다|습니다)|어려울\s*것|"
    r"가능성(?:은|이)\s*(?:낮|희박|없)|"
    r"(?i:\bimpossible\b(?!-)|\bunlikely\b|\bcannot\b)|"
    # (비트코인이 없다, 예금은 없었다: a thing one has not)
    r"(?<=[이가은는도])\s*없(?:다|었다|었고|으며|었으며|습니다|어요)(?![가-힣])|"
    # (잘못 신청한 사실이 없다고, 받은 적이 없다: the act itself denied, told as a fact)
    # (not 없다고 말했다, what he said he had not done, weighed as what was said; not 없어도)
    r"(?<=[가-힣])\s+(?:사실|적)(?:이|은|도)\s*(?:전혀\s*|결코\s*|한\s*번도\s*)?"
    r"없(?:다|었다|습니다)(?![가-힣])|"
    r"(?i:\b(?:has|have|had|owns?|owned|holds?|held)\s+no\b|\bthere\s+(?:is|are|was|were)\s+no\b|"
    # (needed no correction, no correction was needed: the act denied by its object)
    r"\b(?:needs?|needed|requires?|required|makes?|made|receives?|received|gets?|got|pays?|paid|"
    r"takes?|took|gives?|gave|files?|filed|"
    # (listed no Korean model, ranked first on none of the 13: none of them, in a list)
    r"lists?|listed|names?|named|includes?|included|contains?|contained|features?|featured|"
    r"selects?|selected|cites?|cited)\s+no\b(?!\s+(?:later|earlier|more|less|fewer|sooner|longer|"
    r"other)\b)|(?<!holds\s)(?<!held\s)(?<!owns\s)(?<!has\s)(?<!had\s)\bnone\s+of\b|"
    r"\bno\s+[a-z]+\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:needed|required|made|"
    r"given|filed|paid|taken)\b|"
    r"\bnot\b|n't\b|\bnever\b|\bfailed to\b|\bno longer\b|\bwithout\b|\bden(?:y|ies|ied)\b"
    r"|\bneither\b[^.;]{1,60}\bnor\b)"
)
# (…, not on the strength of any information: a contrast with another reason, the clause's
# verb stays affirmed; 규제가 아니라 진흥: the same in Korean; 42일밖에 걸리지 않았다 is "took
# only 42 days", an affirmation; "took no more than", "nothing but" the same in English)
_NOT_NEGATION = rx.compile(
    # (승인 없이 다닌 적이 없다, 소홀히 하지 않은 적이 없다: two denials, an affirmation)
    r"(?:없이|않|(?<!잘)못|(?<![가-힣])안\s)[^.,;]{0,40}\s(?:사실|적)(?:이|은|도)\s*(?:전혀\s*)?없|"
    r"뿐만?\s*아니라|[가-힣]+(?:이|가)\s*아니라\s|밖에\s+(?:[가-힣]+\s+){0,2}[가-힣]*지\s*(?:않|못)[가-힣]*|"
    r"(?i:\bno more than\b|\bnot until\b|\bnot till\b|\bnothing but\b|\bnot more than\b)|"
    r"(?i:\bnot only\b|,\s*(?:and\s+)?not\s+(?:on|for|because|by|from|in|at|as|through)\b)|"
    # (a question asking agreement: 유예하겠다고 하지 않았나?, Didn't he take office …?: it
    # affirms)
    r"지\s*않(?:았|았었)?(?:나|냐|는가|던가|습니까|나요|았나요|을까)(?:요)?\s*\?|"
    r"(?:것|거)\s*아닌가(?:요)?\s*\?|"
    # (1000만 원도 안 됐다, 두 달도 걸리지 않았다: a ceiling on the figure, not a denial)
    r"(?:[\d.,]+[가-힣]*|(?<![가-힣])(?:한|두|세|석|네|넉|다섯|여섯))(?:\s*[가-힣]{1,3}?)?(?:도|에도)\s+"
    r"(?:안\s*(?:됐|되|된|돼)[가-힣]*|못\s*(?:미[쳤친치]|됐|되)[가-힣]*|[가-힣]+지\s*(?:않|못)[가-힣]*)|"
    r"^(?:Didn|Wasn|Isn|Hasn|Hadn|Doesn|Weren|Aren)[’']t\b(?=[^?]*\?\s*$)"
)
_ONGOING = rx.compile(
    r"여전히|아직(?:도)?\s|지금도|현재도|현재까지|"
    # 맡고 있다, 재직 중이다: a present state (not 있었다, which is past)
    r"(?:맡|근무하|재직하|복무하|재임하|이끌)고\s*있(?:다|으며|고|는|습니다)|(?:재직|재임|근무|복무)\s*중(?:이다|이며|이고|인|입니다)|"
    r"(?i:\bstill\b|\bto this day\b|\bremains?\b|\bcontinues to\b|\bcurrently\b|"
    # "has served ... since": a present perfect from a start on, with no end
    r"\b(?:has|have)\s+(?:been\s+)?\w+\b[^.;]*?\bsince\b)"
)

# Events, by their verbs. A clause may have several (떠나 ... 옮겼다).
# The words of a birth: an event of a clause, and what makes a date beside them a birth.
_BIRTH_WORD = rx.compile(r"태어|출생|태생|(?i:\bborn\b|\bbirth\b)")
# An act noun, then 받다: the act done to the subject, told in the passive (재가를 받았다 is
# 재가가 이뤄졌다), no receipt: the noun, then the verb.
PASSIVE_GOT = rx.compile(
    r"(재가|승인|결재|허가|인가)(?:를|을|까지|도|만)?\s*(받(?:았|은|아|고|기도)[가-힣]{0,3})"
)
# Rising to a post (장관에 올랐다, 원장에 오른; not 1위에 올랐다, a ranking), the verb's
# whole word in group 1: the start of a post, and its verb's words (wording.post_taken).
POST_RISEN = (
    r"(?:장|관|직|자리|위원|이사|대표|상무|전무|사장|수석)(?:에|으로|로)\s*(올(?:랐|라|른)[가-힣]*)"
)
_EVENTS: tuple[tuple[str, rx.Pattern], ...] = (
    (
        "end",
        rx.compile(
            r"떠나|떠났|떠난|물러나|물러났|물러난|퇴임|퇴사|사임|사퇴|그만두|그만뒀|그만둔|(?<!이)사직|이임|은퇴|관뒀|"
            r"끝나|끝났|끝난|종료|만료|해임|경질|면직|파면|해고|해체|폐지|폐쇄|"
            # (a term or a post finished, put down: 임기를 마쳤다, 업무를 끝냈다, 내려놨다)
            r"임기를?\s*마[쳤친치]|끝냈|끝낸|끝내|내려놓|내려놨|내려놓은|"
            # (a service or a tenure finished: 복무를 마쳤다, 전역했다, 소집해제)
            r"(?:복무|병역)(?:를|을)?\s*마[쳤친치]|(?:전역|제대)(?:했|한|하고|하며|해|후)|"
            r"소집\s*해제|"
            r"(?i:\b(?:finished|completed|ended|served out)\s+(?:his|her|its)\s+term\b)|"
            r"(?i:\b(?:finished|completed|ended)\s+(?:his|her)\s+(?:\w+\s+){0,2}"
            r"(?:service|tenure|stint)\b|\bdischarged\b)|"
            r"(?i:\bleft\b|\bleaves?\b|\bleaving\b|\bstepped down\b|\bsteps down\b|\bresign(?:s|ed)?\b|"
            r"\bquit(?:s)?\b|\bdepart(?:s|ed)?\b|\bretir(?:es|ed)\b|\bstepped away\b|\bended\b|"
            r"\bdismissed\b|\bfired\b|\bsacked\b|\bousted\b|\bdissolved\b|\bdisbanded\b|\bshut down\b)"
        ),
    ),
    (
        "start",
        rx.compile(
            r"취임|임명|선임|발탁|내정|지명|합류|입사|이직|옮기|옮겼|옮긴|옮겨|부임|선출|승진|영전|맡았|맡은|맡아|맡게|"
            # (2017년 AI기술본부장을 역임했다: the year he took the post, as the source tells it)
            r"역임|"
            # (rose to a post, POST_RISEN: 원장에 올랐다, 장관직에 오른; not 1위에 올랐다)
            r"(?<![가-힣])됐다|이\s*됐|가\s*됐|시작|" + POST_RISEN + "|"
            # (not an infinitive of purpose: to become one of the top three, to join)
            r"(?i:(?<!\bto )\bjoin(?:s|ed)?\b|(?<!\bto )\bbec(?:ame|omes?)\b|\bappointed\b|\bnamed\b|\bnominated\b|\btook (?:office|over|the)\b(?!\s+(?:overall\s+|top\s+|first\s+)?(?:title|prize|crown|trophy|award|championship|place|spot|gold|top)\b)|"
            r"\b(?:moved|switched|transferred) to\b|(?<!\bto )\bstart(?:s|ed)?\b|\bbegan\b|\bpromoted\b|\bsworn in\b|\bassum(?:es|ed)\b|"
            r"\btook up\b|\bhired\b|\binaugura(?:l|tion|ted)\b)"
        ),
    ),
    ("birth", _BIRTH_WORD),
    (
        "say",
        rx.compile(
            r"말했|밝혔|설명했|강조했|전했|소개했|답했|언급했|발언|연설했|강연했|약속했|다짐했|"
            r"털어놨|털어놓|토로했|"
            # (a lecture or a speech given: 특별강연을 했다, gave a lecture, a keynote)
            r"(?:강연|연설|특강)(?:을|도)?\s*(?:했|하고|하며|한)|"
            r"(?i:\bgave\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:lecture|speech|talk|keynote|"
            r"address|greeting|remarks)\b|"
            r"\blectured\b|\bdelivered\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:lecture|speech|keynote)\b)|"
            r"해명|(?:말하|밝히|설명하|강조하|언급하)(?:며|면서)|"
            r"[다라][”\"]?\s*고\s*했|[다라][”\"]?\s*고\s*평가했|"
            r"(?i:\bsaid\b|\btold\b|\bstated\b|\bexplained\b|\bnoted\b|\bremarked\b|\bdescribed\b|"
            r"\bspoke\b|\bpromised\b|\bpledged\b|\bvowed\b|\brecalled\b|\brecounted\b|"
            # called him an AI scholar: named him so in words
            r"\bcall(?:ed|s)\s+(?:[A-Z][\w-]*\s+){1,3}(?:an?|the)\s)"
        ),
    ),
    (
        "buy",
        rx.compile(
            r"샀|(?<![계열회])사들(?:였|인|여|이)|매입|매수|구입|구매|(?<![가-힣])산\s|(?i:\bb(?:ought|uys?|uying)\b|\bpurchas(?:e|es|ed)\b|\bacquired\b)"
        ),
    ),
    # (closing an account, 예금을 해지했다, 인출했다: a holding disposed of, as a sale is)
    (
        "sell",
        rx.compile(
            r"팔았|팔고|판\s|매각|매도|처분|해지했|해지한|인출했|인출한|"
            r"(?i:\bsold\b|\bsells?\b|\bselling\b)"
        ),
    ),
    (
        "release",
        rx.compile(
            r"공개|출시|선보|내놓|내놨|발표|(?i:\breleas(?:e|es|ed)\b|\bunveil(?:s|ed)?\b|\blaunch(?:es|ed)?\b|"
            r"\bannounc(?:e|es|ed)\b|\bintroduc(?:e|es|ed)\b|\bopen[- ]sourced\b|\bpublish(?:es|ed)?\b)"
        ),
    ),
    (
        "found",
        rx.compile(r"출범|설립|창립|세워|세운|(?i:\bfounded\b|\bestablished\b|\bset up\b)"),
    ),
    # A building put up (준공됐다, was built): not its sale, nor who lived in it.
    (
        "build",
        rx.compile(
            # (not a model built by a lab: developed, as its facts tell)
            r"준공|완공|(?i:\b(?:was|were) built in\b)"
        ),
    ),
    (
        "receive",
        rx.compile(
            # (박사가 됐다, became a doctor: the degree received)
            r"받았|받은|받고|받아|받기도|수상|취득|(?:박사|석사|학사)(?:가|이)?[ \t]?(?:됐|되었|된|되어)|"
            r"(?i:\bbecame\s+a\s+doctor\b|\breceiv(?:e|es|ed|ing)\b|(?<!illion )(?<!\d )(?<!\d)\bwon\b|\bawarded\b|\bearn(?:ed|ing)\b|\bobtain(?:ed|ing)\b|\bgot\b|"
            # (took the overall title, took first place: won it)
            r"\btook\s+(?:the\s+)?(?:overall\s+|top\s+)?(?:title|prize|crown|trophy|award|championship|first place|top spot|gold)\b)"
        ),
    ),
    (
        "enroll",
        # (과정에 들어갔다: entered a programme)
        rx.compile(
            r"입학|진학|(?:과정|대학|대학원|학교)에\s*들어(?:갔|간|가)|"
            r"(?i:\benroll(?:s|ed)?\b|\bentered\b|\badmitted\b)"
        ),
    ),
    (
        "graduate",
        rx.compile(
            # (not graduate school, a graduate student: nouns, no act)
            r"졸업|마쳤|마친|수료|(?i:\bgraduat(?:e|es|ed)\b(?!\s+(?:school|student|program|course|studies))|"
            r"\bcompleted\b|\bfinish(?:ed|es)\b)"
        ),
    ),
    # 내다 is also to publish or submit (보고서를 낸): only unambiguous words.
    ("pay", rx.compile(r"납부|지불|세(?:를|금을)\s*(?:낸|냈|내)|(?i:\bpaid\b|\bpays?\b)")),
    ("repay", rx.compile(r"갚았|갚은|상환|(?i:\brepa(?:y|id|ys)\b|\bpaid (?:back|off)\b)")),
    ("borrow", rx.compile(r"대출|빌렸|차입|(?i:\bborrow(?:s|ed)?\b|\bloan\b|\bmortgage\b)")),
    # Lending and giving a sum as a gift: the other sides of a figure borrowed.
    ("lend", rx.compile(r"빌려줬|빌려준|빌려주|대여했|(?i:\blent\b|\blends?\b|\blending to\b)")),
    # (not 증여세, gift tax: a tax paid on a gift, its figure the tax's)
    ("gift", rx.compile(r"증여(?!세)|(?i:\bgift(?:ed|s)?\b(?!\s+tax))")),
    # Giving (임명장을 줬다) and approving (재가했다): acts of their own, not the receiving
    # or the appointment they go with.
    (
        "give",
        rx.compile(
            r"(?<![가-힣])줬|(?<![가-힣])주었|건넸|건네|전달했|전달한|수여했|수여한|수여하|드렸|"
            r"(?i:\bgave\b(?!\s{1,3}(?:an?\s{1,3}|the\s{1,3}|his\s{1,3}|her\s{1,3})?(?:[\w-]+\s{1,3}){0,2}"
            r"(?:lecture|speech|talk|keynote|presentation|address|interview|answer|briefing|reason|"
            r"greeting|remarks)\b)|\bhanded\b|\bconferred\b|"
            # presented President Lee with a letter: gave it
            r"\bpresented\s+(?:(?:his|her|the)\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}with\b)"
        ),
    ),
    ("approve", rx.compile(r"재가|결재|승인|(?i:\bapproved\b|\bsigned off\b)")),
    (
        "upgrade",
        # (English verbs only: "with the upgrade" names it, as 격상에 따라 does)
        rx.compile(r"격상|승격|(?i:\bupgrad(?:ed|ing)\b|\belevat(?:ed|ing)\b)"),
    ),
    # Putting off (유예, postponed): an act of its own, not the thing put off.
    (
        "defer",
        rx.compile(
            r"유예|미루|미뤄|미룬|미뤘|(?i:\bdefer(?:s|red|ring)?\b|\bpostpon(?:e|es|ed|ing)\b|"
            r"\bput off\b|\bputting off\b)"
        ),
    ),
    ("supply", rx.compile(r"공급|(?i:\bsuppl(?:y|ies|ied)\b|\bprovid(?:e|es|ed)\b)")),
    # Signing a contract or an agreement (계약을 체결했다, signed): not what it was for.
    (
        "sign",
        rx.compile(r"체결|계약을\s*맺|(?i:\bsign(?:s|ed|ing)\b|\binked\b)"),
    ),
    # Attending (출석했다, appeared at): being there, not what was done there.
    (
        "attend",
        rx.compile(
            r"출석|참석|출두|참여|참가|(?i:\battend(?:s|ed|ing)?\b|\bappear(?:s|ed)? (?:at|before)\b|"
            r"\btook part\b|\bparticipat(?:e|es|ed|ing)\b)"
        ),
    ),
    # A meeting or an event held (열렸다, took place): not having something.
    (
        "meet",
        rx.compile(
            r"열렸|열린|열려|열었|열어|개최|(?i:\b(?:was|were) held\b|\btook place\b|\bconvened\b|\bhosted\b)"
        ),
    ),
    (
        "hold",
        rx.compile(
            r"보유|갖고|가지고|소유|신고|(?i:\bh(?:old|olds)\b|(?<!\bwas )(?<!\bwere )(?<!\bbe )\bheld\b|\bown(?:s|ed)?\b|\bdeclared\b|\breported\b|"
            # (had received, had taken: an auxiliary, not having)
            r"\bhad\b(?!\s+(?:not\s+|already\s+|just\s+)?(?:been|[a-z]+(?:ed|en)|made|done|held|had|got|"
            r"bought|sold|paid|won|led|left|built|spent|set|put|cut|said|told|kept|begun|become|"
            r"come|gone|run|found|lived|moved)\b))"
        ),
    ),
)
_EVENT_RX = dict(_EVENTS)


def event_pattern(name: str) -> rx.Pattern:
    """The words that tell of the event `name` (build: 준공, was built)."""
    return _EVENT_RX[name]


# A degree held (holds a doctorate, 박사 학위를 보유하고 있다): the degree received, not a
# holding of assets.
_DEGREE = rx.compile(r"학위|(?i:\bdegree|\bdoctorate|\bph\.?d\b|\bmaster['’]s\b|\bbachelor['’]s\b)")
_DEGREE_HELD = rx.compile(
    r"(?i:\b(?:holds?|held|has|had)\s+(?:both\s+)?(?:an?\s+|the\s+|his\s+)?"
    r"(?:[a-z'’]+\s+){0,3}?(?:degree|doctorate|ph\.?d|master['’]s|bachelor['’]s)\b)|"
    r"학위[를을]?\s*(?:보유|갖고|가지고|소지)"
)
_END_OBJECT_KO = rx.compile(
    r"((?:[^\s,]+\s+){0,3}[^\s,]+?)\s*(?:을|를|에서)\s*(?:떠나|떠났|물러나|물러났|그만두|그만뒀|퇴사)"
)
_END_OBJECT_EN = rx.compile(
    r"(?i:\b(?:left|leaving|quit|resigned from|stepped down from|stepped down as|departed))\s+"
    r"((?:the\s+)?(?:[A-Z][\w&.'-]*\s*){1,6})"
)


# 한다, 된다, 유예된다, 먹는다: a verb in the non-past, which may tell of what is to come;
# 이다, 있다, 필요하다 are states.
def _ko_nonpast_verb(word: str) -> bool:
    """유예된다, 확보한다, 있는다: a syllable ending in ㄴ, then 다, at the end (what
    re.search("[...ㄴ-final syllables]다$", word) finds, for a word without a line break)."""
    if len(word) < 2 or word[-1] != "다" or not "가" <= word[-2] <= "힣":
        return False
    return (ord(word[-2]) - 0xAC00) % 28 == 4  # the final consonant ㄴ


# (a straight single quote inside a word is an apostrophe: Nvidia's GTC … EXAONE's quotes
# nothing)
_QUOTED = rx.compile(
    r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<![A-Za-z0-9])'[^']*'(?![A-Za-z0-9])|「[^」]*」"
)
_EN_PAST = rx.compile(
    r"(?i:\b\w{2,}ed\b|\b(?:was|were|had|became|took|won|made|bought|sold|left|held|paid|began|"
    r"got|gave|went|said|told|met|led|grew|rose|fell|spent|built|set|put|brought|did|ran|"
    r"found|saw|came|chose|drew|hit|kept|lost|meant|quit|stood|sent|thought|wrote)\b)"
)


# Words that describe a noun, not what the clause asserts: "the GPUs that SMEs are expected
# to need", "필요한 GPU". (A "that" after a verb of saying opens what was said: kept.)
_ATTRIBUTIVE = rx.compile(
    r"(?i:(?<!\bsaid)(?<!\bsays)(?<!\bannounced)(?<!\bstated)(?<!\btold)(?<!\bnoted)"
    r"(?<!\badded)(?<!\bexplained)(?<!\bconfirmed)(?<!\bdecided)(?<!\bbelieves)"
    r"(?<!\bexpects)(?<!\bexpected)(?<!\breported)(?<=[a-z0-9,]{2})(?<!\d)\s"
    # (30% of that, in that: the pronoun, no relative clause)
    r"(?:(?<!\bof\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bon\s)(?<!\bwith\s)(?<!\bfrom\s)"
    r"(?<!\bat\s)(?<!\bby\s)(?<!\babout\s)that|which)\s[^,;]*)"
    r"|필요(?:한|로\s*하는)\s*(?!것|만큼|상황|경우)(?=[가-힣A-Za-z0-9])"
)


# A saying, where it was said, then what: "said at a press conference in Jongno that …"
# (group "that": where the content starts; group "said": what was said).
SAID_THAT_EN = rx.compile(
    r"(?i:\b(?P<verb>said|says|told\s+[\w\s]{1,30}?|announced|stated|noted|added|explained)"
    r"(?P<where>\s+(?:at|in|on|during|after|before|while)\s+[^,;.]{1,60}?)?\s+(?P<that>that)\s+"
    r"(?P<said>[^;]+))"
)

# An English relative clause after a preposition: in which 16 affiliates agreed to invest.
_IN_WHICH = rx.compile(r"(?i:\b(?:in|under|by|through|for)\s+which\s[^,;]*)")

# A quoted clause reported as what was said ("…확보하기로 했다"고 말했다): its words say how
# sure what was said is, unlike a quoted phrase ("어렵게 모신 분"이라고).
# (or one ending in a noun of how sure it is: "…LLM이 나올 예정"이라고 말했다)
_REPORTED_QUOTE = rx.compile(r"(?:[다요죠것]|예정|계획|방침|전망|방안|목표)[.!]?\s*$")
_REPORTED_AFTER = rx.compile(r"\s*(?:이)?(?:라)?고\s")


def _unless_reported(match: re.Match[str]) -> str:
    inner = match.group()[1:-1]
    after = _REPORTED_AFTER.match(match.string, match.end())
    if after and _REPORTED_QUOTE.search(inner):
        return match.group()
    # (Bae said, "We will push back fines ...": the words said, in English)
    if _SAID_BEFORE_EN.search(match.string, 0, match.start()) and not has_hangul(inner):
        return match.group()
    return " "


_SAID_BEFORE_EN = rx.compile(
    r"(?i:\b(?:said|says|added|told\s+[\w\s]{1,30}?|stated|noted)\s*[,:]\s*$)"
)


def _unquoted(text: str, keep: Callable[[re.Match[str]], str] | str = " ") -> str:
    """The text without the words it quotes; a text that is one quotation and nothing else
    (a draft's quoted remark, "…조속히 확충하겠다.") is read as its words."""
    plain = _QUOTED.sub(keep, text)
    if _LETTER.search(plain) is None:
        return text
    return plain


_LETTER = rx.compile(r"[가-힣A-Za-z]")


def _marker(text: str) -> str | None:
    """The weakest certainty a clause's words mark. Quoted words are the speaker's own."""
    text = _unquoted(text, _unless_reported)
    # (said at a press conference in Jongno that …: what was said, no relative clause)
    said = {m.start("that") for m in SAID_THAT_EN.finditer(text) if m.group("where")}
    plain = _ATTRIBUTIVE.sub(lambda m: m.group() if m.start() + 1 in said else " ", text)
    found = [name for name, pattern in _MARKERS if pattern.search(plain)]
    if "decided" in found and _CONFIRMED_FRAME.search(plain):
        return "decided"  # 될 것으로 확인했다: the frame says how sure, not the 될 것 inside it
    return min(found, key=lambda c: LEVELS[c]) if found else None


# "Would" after a verb of saying (said the model would be open-sourced; told reporters that
# fines would be deferred): "will", reported.
# Not after a gerund's subject, nor of what a thing would take (said beating DeepSeek R1
# would mean …, which would need 2,000 H200s: a condition and what it asks).
_REPORTED_WOULD = rx.compile(
    r"(?i:(\b(?:said|says|told\s+[\w-]+|announced|stated|added|explained|noted|vowed|"
    r"pledged|promised)\b(?!\s+(?:that\s+)?[a-z]+ing\b)(?:\s+(?:that\s+)?[\w'’,-]+){0,12}?)"
    r"\s+would\b(?!\s+(?:mean|require|need|take|cost|have\s+to|be\s+needed)\b))"
)


def reported_would(text: str) -> bool:
    """Whether a clause marked conditional is so only by a "would" after a verb of saying
    (said the model would be open-sourced): the reported form of "will" as much as of a
    condition, as sure as a plan or a condition the source gives."""
    if _REPORTED_WOULD.search(text) is None:
        return False
    told = _REPORTED_WOULD.sub(r"\g<1> will", text)
    return _marker(told) != "conditional"


# A value inside a Korean clause of a decision that describes a noun (확보하기로 했던 목표,
# 늘리기로 한 계획): decided, whatever the main clause says of the noun.
_DECIDED_BEFORE_NOUN = rx.compile(
    r"[^.,;]{0,20}?기로\s*(?:했던|한|결정한|확정한|합의한)\s+[가-힣]+(?:이|가|은|는|을|를|의)?\s"
    # (5만 장이라는 당초 목표가, 확보한다는 기존 계획이, 5만 장으로 잡았던 기존 목표가: a goal
    # set before, called so, whatever the main clause weighs of it)
    r"|[^.,;]{0,20}?(?:한다는|이라는|라는|(?:으로|로)\s*잡(?:았던|은))\s*(?:당초|기존|애초|원래)(?:의)?\s*"
    r"(?:[\w가-힣]{1,6}\s+){0,3}?(?:목표|계획)"
)

# A value in a goal or a plan whose worth a question weighs (5만 장 목표가 충분한지 고민했다):
# the goal is one, whatever the clause's verb of weighing says of the question.
_GOAL_ASKED = rx.compile(
    r"[^.,;]{0,16}?(?:목표|계획)(?:이|가|는|은)?\s+(?:과연\s+)?[가-힣]{1,6}(?:한|인|할)지(?![가-힣])"
)

# A value inside a Korean purpose (3% 회복에 기여하기 위한, 20만 장을 확보하기 위해): the words
# after it up to 기 위한/위해, within its phrase.
_PURPOSE_AFTER = rx.compile(r"[^.,;]{0,24}?[가-힣]기\s*위(?:한|해|하여)(?![가-힣])")

# A figure told as how much a thing changed (shortened by about 10 years; 10년 단축, 3천억 원
# 늘렸다): the difference, not the thing's own figure.
_CHANGED_BY_EN = rx.compile(
    r"(?i:\b(?:shorten|cut|reduc|extend|lengthen|increas|rais|grow|grew|rose|fell|drop|boost|"
    r"lower|slash|trimm?)[a-z]{0,4}\s+(?:[a-z]+\s+){0,3}?by\s+(?:about\s+|around\s+|roughly\s+"
    r"|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?)$"
)
_CHANGED_BY_KO = rx.compile(
    r"\s*(?:가량|정도|쯤|이상|넘게|남짓)?\s*(?:단축|줄(?:였|여|인|이|어)|늘(?:렸|려|린|리|어|었)|증가|감소|삭감|증액|감액)"
)

# Words that put a figure strictly past a bound: 넘는, 초과, 보다 많다; more than, over.
_STRICT_AFTER = rx.compile(
    r"[ \t]*(?:(?:을|를|이|가)[ \t]*)?(?:넘[었는어긴길을게]|초과|웃돌|웃돈|웃도|상회|미만)|"
    rf"[ \t]*보다[ \t]*(?:훨씬[ \t]*|더[ \t]*)?(?:{MORE_KO}|{LESS_KO})"
)
_THAN_AFTER = rx.compile(r"[ \t]?보다")
# A bare noun right before a figure (예금 1억7124만 원): the figure is that noun's.
_NOUN_RIGHT_BEFORE = rx.compile(r"(?<![가-힣])[가-힣]{1,8}(?<![은는이가을를의에도과와])\s$")
_STRICT_BEFORE = rx.compile(
    r"(?i:(?<!\bno\s)(?<!\bnot\s)\b(?:more|less|fewer|greater|higher|lower)\s+than|\bexceed(?:s|ed|ing)?|"
    r"\btopp(?:ed|ing)|\bsurpass(?:es|ed|ing)?|\babove|\bbelow)\s+$"
)

# The figure a change starts from (5만장에서 20만장으로 늘리는): as it stood, not the change.
_CHANGED_FROM_KO = rx.compile(
    r"\s*에서\s*(?:[^\s,.]+\s+){0,1}?[^\s,.]*?(?:으로|로)\s*(?:[^\s,.]+\s+){0,1}?"
    r"(?:늘|올|상향|확대|줄|낮|하향|축소|감축|증액|감액|높)"
)


def changed_from(text: str, value: Value) -> bool:
    """Whether the value is the figure a change starts from (5만장에서 20만장으로 늘리는,
    raising the target from 50,000 to 200,000)."""
    return _CHANGED_FROM_KO.match(text, value.end) is not None or (
        _CHANGED_FROM_EN.search(text, max(0, value.start - 90), value.start) is not None
        and _TO_FIGURE_EN.match(text, value.end) is not None
    )


_TO_FIGURE_EN = rx.compile(r"(?i:[ \t]*(?:[a-z]+[ \t]+){0,2}?to[ \t]+\d)")


# A value an English sentence gives as a goal already set: its original goal of 50,000.
_SET_GOAL_EN = rx.compile(
    r"(?i:\b(?:original|earlier|initial|existing|previous|prior|old)\s+(?:goal|target|plan)s?"
    r"\s+(?:of|to\s+(?:secure|build|reach|get)|for|was|were|is|had\s+been)\s+(?:(?!,\s)[^;.]){0,30})$"
)

# A date an English past participle gives a noun (the plan announced on September 7, a model
# released in 2024): the act was done then; not a passive (is set to be elevated in October).
_DONE_PARTICIPLE_EN = rx.compile(
    r"(?i:\b(?:plan|plans|proposal|reorgani[sz]ation|rule|rules|model|models|report|list|"
    r"law|act|bill|measure|measures|cap|curbs?|goal|policy|blueprint|roadmap)\s+"
    r"(?:[a-z]+ed|unveiled|released|announced|published|made|set|held)\s+(?:on|in)\s+)$"
)

# A value inside a Korean present attributive clause that describes a name (2천여억 원이
# 투입되는 LG AI연구원): it tells what the named thing is, not that the act was done. (Not a
# measure the main verb says was taken: 1년간 유예하는 조치를 시행했다.)
_PRESENT_BEFORE_NOUN = rx.compile(r"[^.,;]{0,16}?[가-힣](?:되|하|있|받|드|쓰이|들어가)는\s+")


_THRESHOLD_AFTER = rx.compile(
    # (each run of spaces taken whole, \s*+: what follows never starts with one, and a long
    # run was tried split every way, ~1 minute for 40,000 tabs)
    r"\s*+(?:원|달러|명|장|개|%)?\s*+(?:이상|이하|미만|초과|이내)?\s*+"
    r"(?:[이인]\s*(?:때|경우)|일\s*(?:때|경우)|이?면|이어야|여야|이라야|까지만"
    r"|(?i:or (?:more|less|fewer|under|over)\s+)?(?i:to qualify|to be eligible))"
)


# A figure of 억 or 조 told without 원 where the clause speaks of money (재산 37억): won.
_KO_SCALE = rx.compile(r"\d\s*(?:억|조)")
_MONEY_WORDS = rx.compile(
    r"재산|자산|예금|채무|부채|대출|주담대|가격|시세|매매|금액|신고액|소득|연봉|예산|투자금?|증여|"
    r"매각|아파트|집값|집|주식|증권"
)
# A figure told as a difference, how far one quantity lies from another: 기준보다 7만 원
# 많았다, 예금보다 약 7억 원 많다, 기준을 7만 원 초과했다; exceeded the limit by 70,000 won,
# 150 million won above the cap, 150,000 more than the 2028 target. Not a bound (more than
# 100만 원: the figure after the comparison), nor a ratio (두 배, four times).
_DIFFERENCE_BEFORE_KO = rx.compile(r"(?:보다|(?<=[가-힣])(?:을|를))\s*(?:약\s*|대략\s*)?$")
_DIFFERENCE_AFTER_KO = rx.compile(
    r"\s*(?:가량|정도|쯤)?\s*(?:더\s*)?(?:많|적|높|낮|크|작|비싸|싸|늘|줄|초과|웃돌|밑돌|상회|하회"
    r"|넘었|넘어섰|넘어선|넘긴|넘겼|모자랐|모자란|부족했)"
)
_DIFFERENCE_BEFORE_EN = rx.compile(
    r"(?i:\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped)?|outstrip(?:s|ped)?"
    r"|r[io]se|rises|grew|grow(?:s|n)?|increas(?:e|es|ed)|f[ae]ll|falls|dropp?(?:s|ed)?"
    r"|decreas(?:e|es|ed)|higher|lower|more|less|larger|smaller|bigger)\b[^,;.]{0,40}"
    r"\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?)$"
)
_DIFFERENCE_AFTER_EN = rx.compile(
    r"(?i:\s+(?:(?:more|less|fewer|higher|lower|larger|smaller|bigger)\s+than"
    r"|(?:above|below|over|under|short\s+of)\s+(?:the|its|his|her|their)\b"
    # (under his, his wife's and his child's names: whose names it is held in, no gap)
    r"(?![^.;]{0,60}\bnames?\b)))"
)
_EXACTLY_BEFORE = rx.compile(r"(?:정확히|딱|(?i:\bexactly|\bprecisely))\s*$")
# (only if annual income is 1 million won or less: a rule's condition, before the figure)
# A figure named as a limit: 한도인 6억 원, 기준인 100만 원, the cap of …, the … cap.
_LIMIT_NAMED_BEFORE = rx.compile(
    r"(?:(?:한도|상한|상한선|기준|기준선|요건)(?:인|이던|이었던|으로\s*정한)|한도|상한)\s*(?:연\s*)?$"
    r"|(?i:\b(?:limit|cap|ceiling|threshold)\s+of\s+$)"
)
_LIMIT_NAMED_AFTER = rx.compile(
    r"\s*+(?:원|달러|명|장|개|%)?\s*+(?i:won\s+|dollars?\s+)?(?i:cap|limit|ceiling|threshold)\b"
)
_THRESHOLD_BEFORE = rx.compile(r"(?i:\b(?:only\s+if|if|when|unless|provided\s+that)\b)[^.;]*$")


_AND_VERB_EN = rx.compile(
    r"(?i:\s+and\s+(?=(?:is|are|was|were|has|have|had|will|would|now|then|later|also)\b)"
    # (Although it had aimed for 50,000 by 2028, it is now weighing 200,000: the concession
    # up to its comma is a part of its own)
    r"|^\s*(?:although|though|even\s+though|while|whereas)\b(?:[^,;]|,(?=\d)){4,}?,\s+)"
)


# The verbs of a relative clause that say how sure its figures are (that pledged, which
# planned to): a "that" of these is no "that" of what was said.
_SURE_VERB_EN = r"(?:planned|agreed|pledged|decided|promised|committed|vowed|intended)\b"
_THAT_MARKED = rx.compile(r"(?i:\s*that\s+" + _SURE_VERB_EN + ")")
# A figure that heads a relative clause of its own (16 LG affiliates, which planned to …).
_HEAD_OF_WHICH = rx.compile(
    r"(?i:[\s\w-]{0,30}?(?:,\s+which|\s+that|,?\s+who)\s(?=" + _SURE_VERB_EN + "))"
)
# A Korean figure's own verb, joined to the next act (…을 투자하기로 하고, 투자하기로 했으며).
_KO_JOINED_DECISION = rx.compile(r"기로\s*(?:하고|했고|했으며|하며|한\s*뒤)$")
_KO_OWN_VERB = rx.compile(r"[^,.]{0,30}?(?:하기로|기로)\s*(?:하고|했고|했으며|하며|한\s*뒤)")


def certainty_at(analysis: Analysis, value: Value) -> str:
    """How sure the sentence is of one value: its clause's certainty, or that of the relative
    clause the value stands in ("a project into which 16 affiliates agreed to invest": decided,
    whatever the main clause says)."""
    clause = analysis.clause_at(value.start)
    at = value.start - clause.start
    if _DECIDED_BEFORE_NOUN.match(analysis.text, value.end):
        return "decided"  # (5만 장을 확보하기로 했던 목표가 충분한지 고민했다: the goal was set)
    if _GOAL_ASKED.match(analysis.text, value.end):
        return "planned"  # (5만 장 목표가 충분한지 고민했다: what is weighed is the question)
    if _PURPOSE_AFTER.match(analysis.text, value.end):
        # (3% 회복에 기여하기 위한 수단으로 AI를 꼽았다: the figure is what the means is for,
        # still to come, whatever was done with the means)
        return min(clause.certainty, "planned", key=lambda c: LEVELS[c])
    if _SET_GOAL_EN.search(analysis.text, max(0, value.start - 40), value.start):
        return "decided"  # (beyond its original goal of 50,000 by 2028: a goal already set)
    if _DONE_PARTICIPLE_EN.search(analysis.text, max(0, value.start - 40), value.start):
        return "done"  # (the plan announced on September 7: done, whatever is set to come)
    for m in _ATTRIBUTIVE.finditer(clause.text):
        if m.start() <= at < m.end() and (
            m.group().lstrip()[:5].lower() == "which"
            # (16 affiliates that pledged more than 200 billion won: a relative clause's own
            # verb of how sure, not a "that" of what was said)
            or _THAT_MARKED.match(m.group())
        ):
            return _certainty(m.group(), has_hangul(m.group()))
    head = _HEAD_OF_WHICH.match(analysis.text, value.end)
    if head is not None:
        # (16 LG affiliates, which planned to invest: the count of those the clause tells of,
        # as sure as it)
        return _certainty(analysis.text[head.end() :], False)
    if analysis.korean:
        joined = _KO_OWN_VERB.match(analysis.text, value.end)
        # (하기로 하고 read as 하기로 했다: the decision's own words)
        marked = _marker(_KO_JOINED_DECISION.sub("기로 했다", joined.group())) if joined else None
        if marked:
            return marked  # (3년간 2천여억 원을 투자하기로 하고 …을 세웠다: the investment decided)
    # (a project in which 16 affiliates agreed to invest: as sure as that clause)
    for m in _IN_WHICH.finditer(clause.text):
        if m.start() <= at < m.end():
            return _certainty(m.group(), False)
    if not analysis.korean:
        # (had originally planned to secure 50,000 GPUs by 2028 and is now weighing 200,000 by
        # 2030: each part of a clause joined by "and" before a verb is as sure as its own marker)
        parts = [0, *(m.end() for m in _AND_VERB_EN.finditer(clause.text)), len(clause.text)]
        if len(parts) > 2:
            for lo, hi in itertools.pairwise(parts):
                if lo <= at < hi:
                    own = _marker(clause.text[lo:hi])
                    if own:
                        return own
                    break
    before = _PRESENT_BEFORE_NOUN.match(analysis.text, value.end)
    if before and (
        analysis.text[before.end() : before.end() + 1] in ("'", "‘", '"', "“")
        or any(pos == before.end() for _kind, _name, pos in analysis.names)
    ):
        return min(clause.certainty, "planned", key=lambda c: LEVELS[c])
    return clause.certainty


_CONFIRMED_FRAME = rx.compile(
    r"것으로\s*(?:확인|확정|결정)|(?i:\b(?:confirmed|decided|agreed|finali[sz]ed)\s+that\b)"
    # (계획을 확정했다, finalized its plans: the plan is settled, no longer one being drawn up)
    r"|(?:계획|방침|목표)(?:을|를|이|가|은|는)?\s*(?:[가-힣]+\s+){0,2}?(?:확정|결정)"
    r"(?![하되]지\s*(?:않|못|도))"
    r"|(?i:(?<!not\s)(?<!yet\s)(?<!n't\s)\b(?:finali[sz]ed|approved|adopted)\s+"
    r"(?:(?:the|its|a|their|his)\s+)?(?:\S+\s+){0,2}?(?:plans?|goal|target)\b"
    r"|\bplans?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:finali[sz]ed|approved|adopted)\b)"
)


# Reported speech that ends a Korean clause (중요하다고 말했다, 기여하겠다고 밝혔다): the
# word said, before 다고 (not a copula's 이라고: "어렵게 모신 분"이라고 말했다 is done).
_KO_INDIRECT = rx.compile(
    r"([가-힣]+)다고\s+(?:[가-힣]+\s+){0,2}?"
    r"(?:말|밝|강조|설명|전했|덧붙|언급|주장|답했|답변|약속|다짐|했(?=[다죠어요습]|$))[가-힣]*[.\s]*$"
)


def reported_past(text: str) -> tuple[str, int] | None:
    """The word a Korean sentence ends by reporting as said (키워냈다고 말했다: 키워냈), with
    where it starts, when it is in the past; None for any other sentence."""
    reported = _KO_INDIRECT.search(text)
    if reported is None or _KO_PAST.isdisjoint(reported.group(1)):
        return None
    return reported.group(1), reported.start(1)


# A verbal noun a headline ends with, in quotes or not (기여, 추진, 확보, 검토).
_VERBAL_NOUN_END = rx.compile(
    r"(?:기여|추진|확보|검토|구축|도입|지원|확대|추가|강화|육성|유예|개최|마련|달성|회복|목표)"
    r"[\"'”’」』]?\s*[.!]?\s*$"
)


_NOUN_SAID = rx.compile(
    r"(?:기여|추진|확보|검토|구축|도입|지원|확대|추가|강화|육성|유예|개최|마련|달성|회복|목표|"
    # (배 장관 "… AI 인프라 조속히 확충", "… 장관회의 주최": a pledge quoted by its noun)
    r"확충|주최|조성|착수|개발|설립|투자|신설|격상|양성|구현|실현|제공|완화|보강|정비|창출)"
    r"[\"'”’」』]?\s*이?라고\s+(?:[가-힣]+\s+){0,2}?(?:말|밝|강조|설명|전했|언급|주장|약속|다짐)"
)


def _certainty(text: str, korean: bool) -> str:
    """How sure a sentence's clause is: its marker, else done (past) or planned (non-past)."""
    marked = _marker(text)
    if marked:
        return marked
    plain = _unquoted(text, _unless_reported)
    # No marker: past tense tells of something done; a Korean non-past (유예된다, 확보한다)
    # and an English present may as well tell of what is to come.
    if korean:
        if _NOUN_SAID.search(text):
            # (배경훈 "3% 회복 기여", read as 배경훈은 … 기여라고 말했다: what he said was
            # a verbal noun, no tense of its own, whatever the tense of the saying)
            return "planned"
        reported = _KO_INDIRECT.search(plain)
        if reported and _KO_PAST.isdisjoint(reported.group(1)):
            # (…투자가 중요하다고 말했다: what was said is in the present, whatever the tense
            # of the saying)
            return "planned"
        words = hangul_words(plain)
        if any(not _KO_PAST.isdisjoint(w) for w in words[-3:]):
            return "done"
        last = next((w for w in reversed(words) if w.endswith("다")), "")
        if not last and _VERBAL_NOUN_END.search(text):
            # (배경훈 "잠재성장률 3% 회복 기여", 과기부 격상 추진: a headline ended by a verbal
            # noun tells no tense; read as the non-past is, what may be to come)
            return "planned"
        return "planned" if _ko_nonpast_verb(last) else "done"
    return "done" if _EN_PAST.search(plain) else "planned"


# A noun named as the topic of a remark (지명을 두고, 격상에 대해), the ground of another
# act (격상에 따라) or what is ahead (격상을 앞두고): no act of the clause.
_TOPIC_OF_TALK = rx.compile(
    r"[가-힣]+(?:을|를)\s*(?:두고|앞두고|앞둔)|[가-힣]+에\s*(?:대해|대한|관해|관한|따라|따른)"
)
# An event named as what a time counts from (임명 재가 하루 전에, 취임 이틀 뒤): the anchor of
# the time, not an act of the clause.
_ANCHOR_KO = rx.compile(
    r"(?<![가-힣])(?:[가-힣]{1,6}(?<![은는을를])[ \t]){1,2}(?=(?:하루|이틀|사흘|나흘|닷새|엿새|"
    r"이레|열흘|보름|한[ \t]?달|두[ \t]?달|\d{1,3}[ \t]?(?:일|주|개월|달|년))[ \t]?(?:전|뒤|후)"
    r"(?:에|인|의|[ \t,]))"
)
_WINDOW = 1000  # a clause longer than 2 x this is not prose: read its two ends only
# A past participle after a noun with its agent (a challenge hosted by CVPR, the list
# published by Epoch AI): what was done to the noun, not a verb of the clause.
_REDUCED_BY = rx.compile(
    r"(?i:(?<=[a-z]\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?<!\bbeen\s)(?:hosted|organi[sz]ed|held|run|sponsored|published|compiled|issued)"
    r"\s+by\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
)


def _clause(text: str, start: int, end: int) -> Clause:
    part = text[start:end]
    seen = part if len(part) <= 2 * _WINDOW else part[:_WINDOW] + " " + part[-_WINDOW:]
    # (an act named as what was talked about, 지명을 두고 말했다, is no act of the clause)
    acts = (
        _TOPIC_OF_TALK.sub(" ", seen)
        if any(w in seen for w in ("두고", "앞둔", "대해", "대한", "관해", "관한", "따라", "따른"))
        else seen
    )
    if "전" in acts or "뒤" in acts or "후" in acts:
        acts = _ANCHOR_KO.sub(" ", acts)
    if " by " in acts:
        # (a challenge hosted by CVPR: a participle telling of a noun, no act of the clause)
        acts = _REDUCED_BY.sub(" ", acts)
    # (재가를 받았다: the approval's act, not a receipt)
    received = PASSIVE_GOT.sub(r"\1 ", acts) if "받" in acts else acts
    events = frozenset(
        name for name, pattern in _EVENTS if pattern.search(received if name == "receive" else acts)
    )
    if "hold" in events and _DEGREE_HELD.search(acts):
        events = (events - {"hold"}) | {"receive"}
    if "receive" in events and "graduate" not in events and _DEGREE.search(acts):
        # (a degree received is the programme finished: 박사 학위를 받았다, earned his PhD)
        events |= {"graduate"}
    end_object = None
    if "end" in events:
        m = _END_OBJECT_KO.search(seen) or _END_OBJECT_EN.search(seen)
        if m:
            end_object = m.group(1).strip()
    marked = _marker(seen)
    own = None
    if start and has_hangul(part[:40]):
        own = _korean_subject(part)[0]
    elif start and re.match(
        r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:was|were|is|has|had|[a-z]+ed|held|took|"
        r"became|met|said|made|gave|got|won|led|began|left|sold|bought|paid|told|spent|set|"
        r"put|came|went|saw|rose|grew|drew|wrote|brought|kept|found|lost|sent|built|ran)\b",
        part,
    ):
        own = _english_subject(part.lstrip())[0]  # "..., and Bae was sworn in on July 17"
    return Clause(
        start,
        end,
        part,
        marked or _certainty(seen, has_hangul(seen)),
        marked,
        events,
        bool(_NEGATION.search(_NOT_NEGATION.sub(" _ ", seen))),
        bool(_ONGOING.search(seen)),
        end_object,
        own,
    )


def clauses_of(text: str, values: tuple[Value, ...] = ()) -> tuple[Clause, ...]:
    """Split at connectives between predicates, never inside a value; linear in the text."""
    starts = [v.start for v in values]
    ends = [v.end for v in values]

    def inside(a: int, b: int) -> bool:
        k = bisect.bisect_left(ends, a + 1)  # the first value ending after a
        return k < len(starts) and starts[k] < b

    cuts = [0]
    for pattern in (_KO_CLAUSE_END, _EN_CLAUSE):
        for match in pattern.finditer(text):
            if inside(match.start(), match.end()):
                continue
            # A Korean connective ends a clause only after a verb (확보하기로 했으나, 했고):
            # 하고 / 고민하고 있다 joins a verb to its auxiliary, not two clauses.
            if pattern is _KO_CLAUSE_END and match.group(0) != "만큼":
                word_start = max(
                    text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())
                )
                stem = text[word_start + 1 : match.start()]
                if (
                    not stem
                    or not (
                        stem[-1] in _KO_PAST
                        or match.group(0) in ("으나", "지만", "는데", "")
                        # (배우자의 예금은 1292만 원이고, 장녀의 ...: a copula and a comma)
                        or (
                            stem[-1] == "이"
                            and match.group(0) == "고"
                            and text[match.end() : match.end() + 1] == ","
                        )
                        # (검토 중이며, 고민하고 있으며, before a comma: a clause's end)
                        or (
                            stem[-1] in "이있"
                            and match.group(0) in ("며", "으며")
                            and text[match.end() : match.end() + 1] == ","
                        )
                    )
                ):
                    continue
                if text[match.end() : match.end() + 4].lstrip().startswith(("있", "싶")):
                    continue
            cuts.append(match.end())
    # Two quotations joined by 며 (“...”며 “...”고 말했다) are two statements.
    cuts += [m.end() for m in _QUOTE_JOIN.finditer(text) if not inside(m.start(), m.end())]
    # A participle leading the sentence (Born in Seoul in May 1976, | Bae graduated ...) tells
    # a fact of its own.
    led = _EN_PARTICIPLE_LEAD.match(text) or _EN_APPOSITIVE.match(text)
    if led:
        cuts.append(led.end())
    bounds = [*sorted(set(cuts)), len(text)]
    parts = [(a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    return tuple(_clause(text, a, b) for a, b in parts) or (_clause(text, 0, len(text)),)


# --- the subject of the sentence -----------------------------------------------------------

# 에는/으로는/부터는 mark a place, a means or a time as the topic, not who acts.
_KO_SUBJECT = rx.compile(
    r"(?:은|(?<!에)(?<!에게)(?<!으로)(?<!부터)(?<!까지)(?<!보다)는|이|가|께서|측은|측이|에서는)$"
)
_KO_NOT_SUBJECT = rx.compile(r"^(?:이는|또|또한|한편|당시|이후|앞서|특히)$")


_KO_PRONOUN = rx.compile(r"^(?:그|그녀|이들|그들|이|해당 \S+)(?:은|는|이|가)$")
_EN_LEAD = rx.compile(
    r"^(?:(?:In|On|By|At|As of|Since|After|Before|During|From|Back in|Earlier|Later|Then|"
    r"According to|Within|Inside|Among|Of|For|Under|Amid|Across|Following|Despite|Ahead of|"
    r"When|While|Once|Unlike|Like|"
    # In 2023, while heading LG AI Research, Bae: a second lead after the first one's comma
    r"(?:while|when|once|after|before|since)\s+(?=[a-z])|"
    # Apart from EXAONE 3.5, no Korean model; Along with Ha, Bae: what is set beside leads
    r"Apart\s+from|Aside\s+from|Along\s+with|Together\s+with|Alongside|Besides|Beyond|"
    r"Except\s+for|Other\s+than|Excluding|Including|Compared\s+(?:with|to)|With|Without|"
    # If the ministry is upgraded, Bae plans: a condition leads, who acts follows the comma
    r"If|Unless|Although|Though|Because|Even\s+if|Even\s+though|"
    # As head of LG AI Research, Bae received: the capacity leads, who acts follows the comma
    r"As\s+(?!of\b)(?=[A-Za-z])|"
    # To beat DeepSeek R1, Bae said: a purpose leads, the speaker follows the comma
    r"To\s+(?=[a-z])|"
    # Speaking at GTC 2025 on March 18, 2025, Bae said: the speaker is after the comma
    r"(?:Speaking|Talking|Addressing|Writing|Testifying)\s+(?:at|to|in|on|before|during)|"
    # Announcing the nomination on June 23, 2025, Kang called; Having moved to SK Telecom in
    # 2011, Bae switched: a participle's phrase leads, the subject follows the comma
    r"(?:[A-Z][a-z]{2,}ing|Having\s+[a-z]+)\s+(?=[a-z])|"
    # Four months after EXAONE 3.0, Two years later,
    r"(?:[A-Z][a-z]*|\d+)\s+(?:months?|years?|weeks?|days?)\s+(?:after|later|before|earlier)|"
    # Open-sourced on August 7, 2024, EXAONE 3.0 ranked; Born in Seoul, Bae: a participle's
    # phrase leads, the subject follows the comma
    r"(?:[A-Z][a-z]*(?:-[a-z]+)*ed|Born|Raised|Known|Chosen|Given|Built|Made|Held|Sworn|Led|"
    r"Brought|Taken|Grown|Shown)\s+(?:on|in|at|by|to|from|with|as|after|for|into|under|"
    r"among|before|during|over)|"
    # A Kwangwoon-trained engineer, Bae began: a description in apposition leads
    r"An?\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,4}(?=,\s*[A-Z]))"
    r"\b(?:[^,]{0,60}?\b\d{1,2},\s*\d{4}|[^,]{0,120}),\s*)+"
)
_EN_PREPOSITIONS = frozenset(
    [
        *("in", "on", "by", "at", "since", "after", "before", "during", "from", "until"),
        *("through", "within", "among", "under", "amid"),
    ]
)
_MONTHS = frozenset(name.lower() for names in MONTH_WORDS for name in names)
_EN_PRONOUN = rx.compile(r"^(?:he|she|it|they|his|her|its|their)\b", re.IGNORECASE)


# 되다 after X이/X가: X is what the subject became (상무가 됐고), not the subject.
_BECOME = rx.compile(r"(?:됐|되었|된다|될|되어|돼|되고|되며|된\s*뒤|된\s*후)")


# A sentence that ends in an act (공개했다, 늘린다), not in a description (…원어치다, 장관이다).
_ACTION_END = rx.compile(
    r"(?:["
    + with_final("ㅆ")  # (했, 랐, 왔: any past stem)
    + r"]|[가-힣](?:한|된|는))다[.!\s]*$"
)
# Nouns a clause's verb form leads to that are no topic of their own (배경훈이 임명된 것은).
_DEPENDENT_NOUN = rx.compile(r"^(?:것|수|때|곳|점|뒤|후|중|데|바|적)(?:은|는|이|가)$")


def _adnominal(word: str) -> bool:
    """A Korean verb form before a noun (이끈, 세운, 있던, 이끄는): its last syllable ends in ㄴ."""
    last = word[-1:]
    return len(word) >= 2 and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 4


def _relative_subject(words: list[re.Match[str]], k: int) -> bool:
    """Word k (X이/X가) is the subject of a clause that describes a later topic: 배경훈이 이끈
    LG AI연구원은, 배경훈이 2020년 세운 연구원은."""
    # (dates between the subject and its verb are no words of the clause's own: 과기부가
    # 2025년 6월 30일 공개한 입장문에서 배경훈은)
    dated = sum(1 for w in words[k + 1 : k + 4] if re.search(r"\d", w.group(0)))
    for j in range(k + 1, min(k + 4 + dated, len(words) - 1)):
        verb = words[j].group(0).strip(",.")
        if (
            not _adnominal(verb)
            or verb.endswith(("관한", "대한", "위한", "통한", "인한"))
            or re.search(r"\d", verb)  # (2025년: a date, no verb)
        ):
            continue
        for head in words[j + 1 : j + 4]:
            w = head.group(0).strip(",.")
            if _DEPENDENT_NOUN.match(w):
                return False
            if re.search(r"(?:은|는)$", w) and len(w) >= 2:
                return True
            if re.search(r"(?:에서|에|의)$", w):
                # 과기정통부가 공개한 입장문에서 배경훈은: where, then the topic; 배경훈이 이끈
                # 연구원의 엑사원 3.5는: whose, then the topic
                continue
            if re.search(r"(?:을|를|로|으로|이|가)$", w):
                return False
        return False
    return False


# The last syllables of a Korean verb before the noun it describes (태어난, 받은, 둔, 맡은,
# 이끈, 옮긴): a relative clause that leads a sentence ends there.
_ADNOMINAL_END = rx.compile(
    r"(?:[한된난둔간온본준낸선진친든운룬쓴긴펼]|받은|맡은|맺은|얻은|넘은|끝낸|마친|세운|가진|거친|떠난|지낸|오른"
    # (a past told as it was then: 위원장을 맡았던, 원장이던 배경훈은)
    r"|[았었였했웠]던)$"
)
_OBJECT_END = rx.compile(r"(?:을|를|에서|에게|으로|로|에)$")
_TOPIC_END = rx.compile(r"[가-힣A-Za-z0-9)]{2,}(?:은|는|이|가)$")


# The same, set after the subject's name (Bae Kyung-hoon, born in Seoul in May 1976,
# graduated ...).
_EN_APPOSITIVE = rx.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+"
    r"(?:(?:born|raised|educated|trained|appointed|promoted|named)\s+(?:in|at|on|as|to|from)\b"
    # (Bae, who was born in Seoul in May 1976, is a graduate of …: a fact of its own)
    r"|who\s+(?:was|had|has|is)\s+[a-z]+\b)"
    r"[^,]{3,80}(?:,\s+\d{4})?,\s+(?=[a-z])"
)
_EN_PARTICIPLE_LEAD = rx.compile(
    r"(?:Born|Raised|Educated|Trained|Appointed|Promoted|Named)\s+(?:in|at|on|as|to|from)\b"
    r"[^,]{3,80},\s+(?=[A-Z])"
)


# Inside an English relative clause set off by a comma that has not closed yet (Bae, who
# joined the LG Group in 2016, …): what it names is the clause's own, not the main clause's.
INSIDE_RELATIVE_EN = rx.compile(r",[ \t]{1,3}(?i:who|whose|which)\b[^,]{0,160}$")


def relative_lead(text: str) -> int | None:
    """Where the noun starts that a Korean relative clause leading the sentence describes
    (1976년 서울에서 태어난 | 배경훈은 …, 2012년생 외동딸을 둔 | 배경훈 장관의 경우 …): the
    clause tells a fact of its own about that noun. In English, a participle that leads the
    sentence (Born in Seoul in May 1976, | Bae graduated …) is one too."""
    led = _EN_PARTICIPLE_LEAD.match(text)
    if led:
        return led.end()
    words = list(_WORD_RUN.finditer(text[:200]))
    for j in range(1, min(len(words) - 1, 9)):
        verb = words[j].group(0)
        if (
            _FIGURE_MARK.search(verb)
            or not _ADNOMINAL_END.search(verb)
            or not _OBJECT_END.search(words[j - 1].group(0))
            or verb.endswith(("관한", "대한", "위한", "통한", "인한"))
        ):
            continue
        for head in words[j + 1 : j + 4]:
            w = head.group(0).strip(",.")
            if _DEPENDENT_NOUN.match(w):
                return None
            if _TOPIC_END.search(w) or w.endswith("의"):
                return words[j + 1].start()
            if _DIGIT.search(w) or _OBJECT_END.search(w):
                break
    return None


# What ends a clause of time before the main one (한도를 묶기 18일 전인 6월 10일, 발표한 뒤에):
# its subject (국토부가) is not the sentence's.
_KO_TIME_CLAUSE_END = rx.compile(r"(?:전인|이전인|앞선|뒤인|후인|이후인|만인|전에|뒤에|후에)$")
# (대출을 받은 지 18일 뒤, 국토부는: a bare 뒤 or 후 ends one only before a comma)
_KO_TIME_CLAUSE_COMMA = rx.compile(r"(?:뒤|후|이후|전|만에|무렵),$")
# A source cited before the sentence (과기부가 공개한 입장문에 따르면): whose account, not who.
_KO_SOURCE_CLAUSE_END = rx.compile(r"(?:따르면|의하면)$")


# A cleft sentence (…라고 말한 사람은 하정우 수석이다, 5647만 원을 넣은 것은 장녀였다): who
# did it is the name the sentence ends on, not a topic before it.
_KO_CLEFT = rx.compile(
    r"[가-힣][ㄴ-ㅎ가-힣]*[가-힣]\s+(?:사람|인물|이|주체|쪽|것|곳|기관|회사|기업)(?:은|는)\s+"
    r"([^\d\s,.\"'“”‘’][^\d,.\"'“”‘’]{0,40}?)\s*(?:이었다|였다|이다|다|입니다|이었습니다|였습니다)"
    r"[.!\s]*$"
)
_EN_CLEFT = rx.compile(
    r"^It\s+(?:was|is)\s+((?:[A-Z][\w.'’-]*|the|of|and|[a-z]+)(?:\s+(?:[A-Z][\w.'’-]*|of|and|"
    r"the|[a-z]+(?:'s|’s)?)){0,6})\s+(?:who|that)\s+"
)


_CLAUSE_WORD = rx.compile(r"(?:고|며|면|서|을|를|에|로|했|였|[가-힣]다)$")


def _cleft(text: str, korean: bool) -> tuple[str, tuple[int, int]] | None:
    """The name a cleft sentence puts in focus as who did it, with its span."""
    m = (_KO_CLEFT if korean else _EN_CLEFT).search(text)
    if not m or (
        korean
        and (
            not _adnominal(text[: m.start(1)].split()[-2])
            # (a name in focus is nouns only: not 목적이었다고 설명했다)
            or len(m.group(1).split()) > 4
            or any(_CLAUSE_WORD.search(w) for w in m.group(1).split())
        )
    ):
        return None
    return m.group(1).strip(), (m.start(1), m.start(1) + len(m.group(1).strip()))


def _korean_subject(text: str) -> tuple[str | None, tuple[int, int] | None, bool]:
    cleft = _cleft(text, True)
    if cleft:
        return cleft[0], cleft[1], False
    words = list(_WORD_RUN.finditer(text[:400]))
    # A subject in a clause of time (국토부가 ... 묶기 전인 6월 10일, 배 후보자는 ...): the
    # sentence's own subject is the topic after it.
    ends = [
        k
        for k, w in enumerate(words[:12])
        if _KO_TIME_CLAUSE_END.search(w.group(0).strip(",."))
        or _KO_TIME_CLAUSE_COMMA.search(w.group(0))
        or _KO_SOURCE_CLAUSE_END.search(w.group(0).strip(",."))
    ]
    if ends and any(
        _KO_SUBJECT.search(w.group(0).strip(",.")) and w.group(0).strip(",.")[-1] in "이가"
        for w in words[: ends[0]]
    ):
        words = words[ends[0] + 1 :]
    for k, word in enumerate(words[:10]):
        w = word.group(0).strip(",.")
        if _KO_NOT_SUBJECT.match(w) or not has_hangul(w):
            continue
        if _KO_PRONOUN.match(w):
            if w[-1] in "이가" and _relative_subject(words, k):
                continue  # (그가 이끈 연구원의 엑사원은: the subject of a relative clause)
            return None, None, True
        m = _KO_SUBJECT.search(w)
        if not m or len(w) - len(m.group(0)) < 1:
            continue
        if (
            m.group(0) in ("이", "가")
            and k + 1 < len(words)
            and _BECOME.match(words[k + 1].group(0))
        ):
            continue  # 상무가 됐다: what one became, not who did it
        if m.group(0) in ("이", "가") and _relative_subject(words, k) and _ACTION_END.search(text):
            continue  # 배경훈이 이끈 LG AI연구원은: the subject of a clause on the topic
        if (
            m.group(0) in ("은", "는")
            and k + 1 < len(words)
            and _KO_SUBJECT.search(words[k + 1].group(0).strip(",."))
            and _adnominal(w)
            and k > 0
            and re.search(r"(?:을|를|로|에|에서|와|과|게)$", words[k - 1].group(0).strip(",."))
        ):
            continue  # 6억 원으로 묶은 규제는: a verb before its noun, no topic of its own
        if (
            m.group(0) in ("은", "는")
            and k > 1
            and _adnominal(words[k - 1].group(0).strip(",."))
            and re.search(r"(?:을|를|로|에|에서|와|과|게)$", words[k - 2].group(0).strip(",."))
            and not re.search(r"\d", words[k - 1].group(0))
        ):
            # 한도를 묶은 규제는 금융위원회가 발표했다: a thing a clause describes is the topic;
            # who acted is the subject after it
            agent = next(
                (
                    j
                    for j in range(k + 1, min(k + 4, len(words)))
                    if re.search(r"[가-힣A-Za-z]{2,}(?:이|가)$", words[j].group(0).strip(",."))
                    and not _BECOME.match(words[j + 1].group(0) if j + 1 < len(words) else "")
                ),
                None,
            )
            if agent is not None:
                aw = words[agent]
                stem = aw.group(0).strip(",.")[:-1]
                return stem, (aw.start(), aw.start() + len(stem)), False
        # The phrase: this word without its particle and up to 3 words before it that are not
        # dates or numbers ("LG AI연구원은", "과기정통부 장관 배경훈은", "배경훈의 장녀는").
        first = k
        dated = 0
        while first > 0 and k - first < 3 + dated:
            prev = words[first - 1].group(0)
            if (
                first > 1
                and not dated
                and _YEAR_WORD.fullmatch(prev)
                and words[first - 2].group(0).endswith("의")
                and not re.search(r"\d", words[first - 2].group(0))
            ):
                # (배경훈의 2024년 소득금액은: whose it is, before the year it is of)
                first -= 2
                dated = 1
                continue
            if (
                re.search(r"\d|[,.]$", prev)
                or prev.endswith(("에", "에서", "을", "를", "로", "따르면", "의하면"))
                or prev in _TIME_NOUNS  # (훈장을 줄 때 과기정통부는: a time, then the topic)
            ):
                break
            first -= 1
        start = words[first].start()
        end = word.start() + len(w) - len(m.group(0))
        phrase = text[start:end].strip()
        inside = _INSIDE.search(phrase) if m.group(0) == "에서는" else None
        if inside is not None:
            # (과기정통부 안에서는, 과기부 내부에서는: the body itself, within it)
            phrase = phrase[: inside.start()]
            end = start + len(phrase)
        if phrase:
            return phrase, (start, end), False
    return None, None, False


# Within a body, as a topic (과기정통부 안에서는, 내부에서는): the body is who acts.
_INSIDE = rx.compile(r"(?<=[가-힣A-Za-z0-9])\s+(?:안|내부|내)$")


# A year or a month told between a holder and its thing (배경훈의 2024년 소득).
_YEAR_WORD = rx.compile(r"(?:19|20)\d\d년(?:도|식|형)?|\d{1,2}월")

# Nouns of time that end a clause before the topic (줄 때, 수여 당시).
_TIME_NOUNS = frozenset(
    ["때", "당시", "뒤", "후", "전", "중", "이후", "이전", "무렵", "직후", "직전"]
)


# A subject that starts with a count (Some 16 LG affiliates, 62 notable models): things.
_COUNTED_SUBJECT = rx.compile(
    r"(?i:(?:some|about|around|nearly|almost|over|more than)\s+)?\d(?:[\d,.]*\d)?\s+\S"
)


# Lower-case words that open a clause and are no title before a name.
_EN_NOT_TITLE = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "about",
        "around",
        "nearly",
        "over",
        "more",
        "only",
        "both",
        "each",
        "all",
        "his",
        "her",
        "its",
        "their",
        "our",
    ]
)


# Titles a lower-case phrase before a name ends in (AI future planning secretary Ha Jung-woo).
# A title in lower case after a body's name, then a person's name (head Bae Kyung-hoon).
_TITLE_THEN_NAME = rx.compile(r"\s+([a-z]+)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_EN_TITLES = frozenset(
    [
        *("secretary", "chairman", "chairwoman", "chair", "chief", "minister", "director"),
        *("head", "president", "spokesperson", "spokesman", "adviser", "advisor", "officer"),
        *("researcher", "professor", "executive", "ceo", "lawmaker", "official", "leader"),
    ]
)


# A name and its verb inside what read as a leading phrase of time or place ("In February
# 2025 LG Uplus unveiled NEXUS, an agent AI"): the comma ends an apposition, not the phrase.
_EN_LEAD_CLAUSE = rx.compile(
    r"^(?:In|On|At|By|During|From|Back in|Within|Inside|Among|Of|For|Under|Amid|Across|"
    r"Following|Despite|Ahead of|According to|As of)\b.*?\b[A-Z][\w&.'’+-]*\s+"
    r"(?:[a-z]+ed|was|were|is|are|has|had|took|won|made|gave|became|said|says|began|left|held|"
    r"led|bought|sold|paid|built|got|rose|fell|set|put|cut|ran|grew|brought|kept)\b"
)


_EN_SUBORDINATE = rx.compile(
    r"(?i:\b(?:after|before|when|while|once|since|until|because))\s+"
    r"((?:the\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))\s+"
    r"(?:[a-z]+ed|took|was|were|had|got|made|gave|won|said|became|left)\b"
)


# A phrase of place after the lead's comma, itself ended by a comma before the subject.
_EN_PLACE_LEAD = rx.compile(r"(?i:at|in|inside|outside)\s+[^,]{3,80},\s+(?=[A-Z])")
# A noun phrase set beside the lead (Nvidia's annual developer conference, a US research
# group): a thing or event named again, not who acts.
_EN_APPOSED_LEAD = rx.compile(
    r"(?:(?:an?|the)\s+|[A-Z][\w&.-]*['’]s\s+)(?:[\w-]+\s+){0,5}(?i:conference|event|summit|forum|"
    r"ceremony|hearing|meeting|session|festival|show|expo|fair|briefing|gathering|group|"
    r"organi[sz]ation|institute|agency|company|firm|venue|building|office|center|centre),\s+"
    r"(?=[A-Z])"
)
# A verb of beginning with no object, a time or place after it: what the subject underwent.
_INTRANSITIVE_AFTER = rx.compile(
    r"(?i:\s+(?:launched|opened|began|started|debuted)\s+(?:on|in|at|with|as|,)\b)"
)
# The English words of a relative (as _RELATIVE_RX reads them too).
_KIN_EN = "daughters?|sons?|child|children|wife|husband|spouse|parents|father|mother"
# A relative after a name and its 's (Bae's father, Bae's eldest daughter): who acts.
_KIN_AFTER = rx.compile(rf"(?i:\s+(?:(?:eldest|elder|only|late)\s+)?(?:{_KIN_EN})\b)")
# A common noun of a thing after a capitalised name (the Banpo-dong apartment, the Seocho
# home, the EXAONE model family): the subject is the thing.
_THINGS = (
    r"(?:apartment|flat|home|house|property|stake|shares?|car|vehicle|fund|loan|mortgage|"
    r"budget|report|index|ranking|list|award|order|medal|ceremony|building|office|thesis|"
    r"degree|course|deduction|pension|income|holdings?|deposits?|assets?|debts?|securities|"
    r"stocks?|savings|liabilities|wealth|bitcoin)\b"
)
_THING_AFTER = rx.compile(r"\s+" + _THINGS)
# (whose, with up to two words of what kind before the thing: Bae's taxable income)
_OWNED_THING_AFTER = rx.compile(r"\s+(?:[a-z][a-z-]+\s+){0,2}?" + _THINGS)


# A body that acts, named in lower case after an article: the science ministry, the land
# ministry, the government, the presidential office.
_EN_COMMON_AGENT = rx.compile(
    r"(?i:the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:ministry|government|presidential\s+office|president|union|regulator|agency)\b"
    r"(?!\s*'s|’s)"
)


# A question's frame before what it asks of (Why did …, Did you know that …, Who would have
# guessed that …): no one who acts; the subject is after it.
_EN_QUESTION = rx.compile(
    r"^(?:(?:Why|How(?:\s+(?:come|much|many|long|often))?|When|Where|What|Which)\s+)?"
    r"(?:(?:did|does|do|is|was|were|has|had|have|could|would|can|will|should|may|might)"
    r"(?:n[’']t)?\s+)"
    r"(?:you\s+(?:know|remember|reali[sz]e|hear|notice)\s+(?:that\s+)?)?"
    r"|^Who\s+(?:would\s+have\s+|could\s+have\s+)?(?:guessed|thought|knew|imagined|expected)"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _english_subject(text: str) -> tuple[str | None, tuple[int, int] | None, bool]:
    asked = _EN_QUESTION.match(text) if text.rstrip().endswith("?") else None
    if asked and asked.end() < len(text):
        actor, span, pronoun = _english_subject(text[asked.end() :])
        if span is not None:
            span = (span[0] + asked.end(), span[1] + asked.end())
        return actor, span, pronoun
    cleft = _cleft(text, False)
    if cleft:
        return cleft[0], cleft[1], False
    lead = _EN_LEAD.match(text)
    if (
        lead
        and _EN_LEAD_CLAUSE.match(lead.group(0))
        # (18 days after Bae took out his loan, the ministry ...: a clause of time leads)
        and not _EN_SUBORDINATE.search(lead.group(0))
    ):
        lead = None
    offset = lead.end() if lead else 0
    rest = text[offset:]
    if _EN_PRONOUN.match(rest):
        told = _EN_SUBORDINATE.search(lead.group(0)) if lead else None
        if told and re.match(r"(?i:it|they|its|their)\b", rest):
            # (When the science ministry gave him the order, it cited ...: the thing the
            # clause of time names is what "it" is)
            return told.group(1), (told.start(1), told.end(1)), False
        return None, None, True
    placed = _EN_PLACE_LEAD.match(rest)
    if placed:
        # "at Naver's Gak Sejong AI data center, Bae said": a place, then who
        offset += placed.end()
        rest = text[offset:]
        if _EN_PRONOUN.match(rest):
            return None, None, True
    told = _EN_APPOSED_LEAD.match(rest) if lead or placed else None
    if told:
        # "At GTC 2025, Nvidia's annual developer conference, Bae met": the lead's
        # apposition, then who
        offset += told.end()
        rest = text[offset:]
    words = list(re.finditer(r"[\w&.'’-]+", rest[:400]))
    # "By late July 2025 Bae's daughter ...": a time phrase without a comma.
    if words and words[0].group(0).lower() in _EN_PREPOSITIONS:
        k = 1
        while (
            k < len(words)
            and (
                not _EN_PRONOUN.fullmatch(words[k].group(0))  # In 2011 he moved: he
            )
            and (
                words[k].group(0)[:1].islower()
                or words[k].group(0).isdigit()
                or words[k].group(0).lower().rstrip(".") in _MONTHS
            )
        ):
            k += 1
        if k >= len(words):
            return None, None, False
        if _EN_PRONOUN.fullmatch(words[k].group(0)):
            return None, None, True
        offset += words[k].start()
        rest = text[offset:]
        words = list(re.finditer(r"[\w&.'’-]+", rest[:400]))
    # "presidential chief of staff Ha Jung-woo described ...": a title in lower case before
    # the name: the name is who.
    named_at = next((j for j, w in enumerate(words[1:7], 1) if w.group(0)[:1].isupper()), 0)
    if (
        named_at > 1
        # (an acronym, or a word capitalised only as the sentence's first: "Science
        # minister Bae vows", a headline)
        and (
            (words[0].group(0).isupper() and len(words[0].group(0)) <= 4)
            or (words[0].start() + offset == 0 and words[0].group(0).isalpha())
        )
        and all(w.group(0).islower() for w in words[1:named_at])
        and words[named_at - 1].group(0) in _EN_TITLES
    ):
        # "AI future planning secretary Ha Jung-woo": an acronym opens a title in lower case
        words = words[1:]
    if words and words[0].group(0).islower() and words[0].group(0) not in _EN_NOT_TITLE:
        named = next((j for j, w in enumerate(words[:6]) if w.group(0)[:1].isupper()), None)
        if named is not None and all(w.group(0).isalpha() for w in words[:named]):
            offset += words[named].start()
            rest = text[offset:]
            words = list(re.finditer(r"[\w&.'’-]+", rest[:400]))
    end = 0
    for k, word in enumerate(words[:10]):
        w = word.group(0)
        article = k == 0 and w.lower() in ("the", "a", "an", "this", "that")
        owner = k == 1 and end and w.endswith(("'s", "’s"))  # The minister's daughter
        if not (
            w[:1].isupper()
            or w[:1].isdigit()
            or article
            or owner
            or (k and w in ("of", "and", "for"))
        ):
            break
        end = word.end()
        if w.endswith(("'s", "’s")):
            break  # Bae's daughter: the owner, then a common noun
    titled = _TITLE_THEN_NAME.match(rest, end) if end else None
    if titled and titled.group(1).lower() in _EN_TITLES:
        # ("LG AI Research head Bae Kyung-hoon said", "Former LG AI Research head Bae …": a
        # body's title before a name; the name is who)
        end = titled.end()
    phrase = rest[:end].strip().rstrip(",")
    if _EN_PRONOUN.match(rest[end:].lstrip(", ")):
        return None, None, True  # At GTC 2025 he said: a place, then who
    owned = phrase.lower().endswith(("'s", "’s"))
    if owned:
        phrase = phrase[:-2]
    if phrase.lower() in ("the", "a", "an", "this", "that") and offset == 0:
        agent = _EN_COMMON_AGENT.match(rest)
        if agent:
            # "The science ministry announced ...": a body named by common nouns acts
            return agent.group(0), (offset, offset + agent.end()), False
    if not re.search("[A-Za-z]", phrase) or phrase.lower() in ("the", "a", "an", "this", "that"):
        return None, None, False  # "The press conference ...": an article names no one
    thing = (_OWNED_THING_AFTER if owned else _THING_AFTER).match(rest, end)
    kin = _KIN_AFTER.match(rest, end) if owned else None
    if kin and not rest.startswith(("'s", "’s"), kin.end()):  # (not Bae's daughter's stocks)
        # "Bae's father ...": a relative of the one named acts, as 배경훈의 아버지 does
        return rest[: kin.end()].strip(), (offset, offset + kin.end()), False
    if thing and owned and phrase.lower() not in ("the", "a", "an", "this", "that"):
        # "Bae's deposits ...": whose thing, as 배경훈의 예금 is in Korean
        return rest[: thing.end()].strip(), (offset, offset + thing.end()), False
    if thing:
        # "The Banpo-dong apartment ...": a name before a common noun of a thing is no one
        # who acts
        return None, None, False
    dated = all(w.lower() in _MONTHS or w.isdigit() for w in re.findall(r"[\w]+", phrase)) and rest[
        end:
    ].lstrip().startswith((":", "–", "—", "-"))
    if dated:
        return None, None, False  # ("July 2025: appointed minister": a timeline's date)
    if _INTRANSITIVE_AFTER.match(rest, end):
        # ("LG AI Research launched on December 7": it was launched; no one who acts)
        return None, None, False
    if rest[end : end + 2].strip()[:1].islower() and (
        _COUNTED_SUBJECT.match(phrase)
        or all(
            w.lower() in _MONTHS or w.isdigit() or w.lower() in ("the", "a", "an")
            for w in re.findall(r"[\w]+", phrase)
        )
    ):
        # "Some 16 LG affiliates took part": a count of things; "The June 28 rule": a date
        # that names a thing, no one who acts
        return None, None, False
    return (phrase or None), ((offset, offset + end) if phrase else None), False


# --- names that are values: places, schools, awards, model versions ------------------------

PLACES = {
    "서울": "서울",
    "seoul": "서울",
    "부산": "부산",
    "busan": "부산",
    "pusan": "부산",
    "대구": "대구",
    "daegu": "대구",
    "인천": "인천",
    "incheon": "인천",
    "광주": "광주",
    "gwangju": "광주",
    "대전": "대전",
    "daejeon": "대전",
    "울산": "울산",
    "ulsan": "울산",
    "세종": "세종",
    "sejong": "세종",
    "수원": "수원",
    "suwon": "수원",
    "제주": "제주",
    "과천": "과천",
    "gwacheon": "과천",
    "jeju": "제주",
    "춘천": "춘천",
    "청주": "청주",
    "전주": "전주",
    "포항": "포항",
    "창원": "창원",
    "성남": "성남",
    "판교": "판교",
    "여의도": "여의도",
    "광화문": "광화문",
    "도쿄": "도쿄",
    "tokyo": "도쿄",
    "베이징": "베이징",
    "beijing": "베이징",
    "뉴욕": "뉴욕",
    "new york": "뉴욕",
    "워싱턴": "워싱턴",
    "washington": "워싱턴",
    "실리콘밸리": "실리콘밸리",
    "silicon valley": "실리콘밸리",
    "샌프란시스코": "샌프란시스코",
    "san francisco": "샌프란시스코",
    "런던": "런던",
    "london": "런던",
    "파리": "파리",
    "paris": "파리",
    # (the other cities in their romanized names too: Gak Chuncheon is not Gak Sejong)
    "chuncheon": "춘천",
    "cheongju": "청주",
    "jeonju": "전주",
    "pohang": "포항",
    "changwon": "창원",
    "seongnam": "성남",
    "pangyo": "판교",
    "yeouido": "여의도",
    "gwanghwamun": "광화문",
    **{ko: ko for ko in ("강릉", "원주", "천안", "김해", "여수", "목포", "안동", "경주")},
    **{ko: ko for ko in ("평택", "용인", "부천", "안산", "안양")},
    "gangneung": "강릉",
    "wonju": "원주",
    "cheonan": "천안",
    "gimhae": "김해",
    "yeosu": "여수",
    "mokpo": "목포",
    "andong": "안동",
    "gyeongju": "경주",
    "pyeongtaek": "평택",
    "yongin": "용인",
    "bucheon": "부천",
    "ansan": "안산",
    "anyang": "안양",
}
# Seoul's districts, a kind of their own: a sentence may name the city and another district
# (서울 중구 for the store's 서울 종로구). Written with 구 (중구, 마포구), or bare where the bare
# name is not a common word (강남, 서초, 용산, 종로), or romanized (Jongno-gu, Jung-gu).
DISTRICTS = {
    name: name
    for name in [
        "종로",
        "중",
        "용산",
        "성동",
        "광진",
        "동대문",
        "중랑",
        "성북",
        "강북",
        "도봉",
        "노원",
        "은평",
        "서대문",
        "마포",
        "양천",
        "강서",
        "구로",
        "금천",
        "영등포",
        "동작",
        "관악",
        "서초",
        "강남",
        "송파",
        "강동",
    ]
}
_DISTRICT_EN = {
    "jongno": "종로",
    "jung": "중",
    "yongsan": "용산",
    "seongdong": "성동",
    "gwangjin": "광진",
    "dongdaemun": "동대문",
    "jungnang": "중랑",
    "seongbuk": "성북",
    "gangbuk": "강북",
    "dobong": "도봉",
    "nowon": "노원",
    "eunpyeong": "은평",
    "seodaemun": "서대문",
    "mapo": "마포",
    "yangcheon": "양천",
    "gangseo": "강서",
    "guro": "구로",
    "geumcheon": "금천",
    "yeongdeungpo": "영등포",
    "dongjak": "동작",
    "gwanak": "관악",
    "seocho": "서초",
    "gangnam": "강남",
    "songpa": "송파",
    "gangdong": "강동",
}
_DISTRICT_RX = rx.compile(
    r"(?<![가-힣])(?:("
    + "|".join(sorted(DISTRICTS, key=len, reverse=True))
    + r")구|(강남|서초|용산|종로)(?![가-힣]{2}))"
    + r"|(?i:\b("
    + "|".join(sorted(_DISTRICT_EN, key=len, reverse=True))
    + r")(?:-gu\b|\s+District\b)|\b(gangnam|seocho|yongsan|jongno)\b)"
)
_PLACE_ALTS = "|".join(re.escape(k) for k in sorted(PLACES, key=len, reverse=True))
# In a sentence a place is a word of its own; in a fact's text it may sit inside a longer name
# (정부세종청사 is in 세종). Never 서울대 (a school) or 서울대신고등학교.
# Case is ignored only where it can matter: a Hangul range under IGNORECASE costs sre's
# compiler ~2 ms of start-up (it case-folds each of its 11,172 syllables), and matches
# nothing more. _LATIN is what [A-Za-z] matches ignoring case: the letters and the four
# others that fold to one of them (İ ı ſ K).
_LATIN = "A-Za-z\u0130\u0131\u017f\u212a"
_PLACE_RX = rx.compile(rf"(?<![가-힣{_LATIN}])(?i:{_PLACE_ALTS})(?![{_LATIN}])(?!대|\s?대신)")
_PLACE_LOOSE_RX = rx.compile(rf"(?<![{_LATIN}])(?i:{_PLACE_ALTS})(?![{_LATIN}])(?!대|\s?대신)")
_AWARD_RX = rx.compile(
    r"(금탑|은탑|동탑|철탑|석탑)\s*산업\s*훈장|(?i:\b(gold|silver|bronze|iron|stone)\s+tower\b"
    # (the grade romanized: the Euntap Order of Industrial Service Merit)
    r"|\b(geumtap|euntap|eun-tap|dongtap|dong-tap|cheoltap|seoktap)\b)"
)
AWARD_EN = {
    "gold": "금탑",
    "silver": "은탑",
    "bronze": "동탑",
    "iron": "철탑",
    "stone": "석탑",
    "geumtap": "금탑",
    "euntap": "은탑",
    "eun-tap": "은탑",
    "dongtap": "동탑",
    "dong-tap": "동탑",
    "cheoltap": "철탑",
    "seoktap": "석탑",
}
_PAST_STEMS = frozenset(with_final("ㅆ"))  # (했, 됐, 았: a past stem before 대 is no school)
_SCHOOL_RX = rx.compile(
    r"(?<![가-힣])([가-힣]{2,6})(?:대학교|대학(?!원)|대)(?=[\s,.)의은는이가을를에서와과]|$)(?!\s*(?:표|통령|기업|회|상|비|규모|학원))"
)
_SCHOOL_EN_RX = rx.compile(
    # (a Korean particle may follow at once: Columbia University에서)
    r"(?<![A-Za-z])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+University(?![A-Za-z])"
    # universities known by their name alone (Stanford HAI, Harvard's business school)
    r"|(?<![A-Za-z])(Stanford|Harvard|Yale|Princeton|Columbia|Berkeley|Oxford|Cambridge|MIT|KAIST|"
    r"POSTECH|Caltech|Cornell|Kwangwoon|Yonsei)(?![A-Za-z])(?!\s+(?:National\s+)?University)"
)
# Relatives: another relative is another person (his wife for his daughter).
RELATIVES = {
    "장녀": "child",
    "차녀": "child",
    "외동딸": "child",
    "딸": "child",
    "아들": "child",
    "장남": "child",
    "자녀": "child",
    "daughter": "child",
    "son": "child",
    "child": "child",
    "children": "child",
    "배우자": "spouse",
    "아내": "spouse",
    "부인": "spouse",
    "남편": "spouse",
    "wife": "spouse",
    "husband": "spouse",
    "spouse": "spouse",
    "부모": "parent",
    "아버지": "parent",
    "어머니": "parent",
    "부친": "parent",
    "모친": "parent",
    "parents": "parent",
    "father": "parent",
    "mother": "parent",
}
_RELATIVE_RX = rx.compile(
    r"(?<![가-힣])(장녀|차녀|외동딸|딸|아들|장남|자녀|배우자|아내|부인|남편|부모|아버지|어머니|부친|모친)"
    r"(?=[\s,.)은는이가을를의와과에도만]|$)"
    rf"|(?i:\b({_KIN_EN})\b)"
)
# High schools, a kind of their own: 서울 대신고등학교, 대신고를 졸업, Daeshin High School.
_HIGH_RX = rx.compile(
    r"(?<![가-힣])([가-힣]{2,4})(?:고등학교|(?<![했하되됐었았였겠])고(?=\s*(?:를|을|에서|출신|졸업)"
    # (대신고와 광운대: a high school listed with a university)
    r"|(?:와|과|및)\s*[가-힣]{2,6}대(?:학교)?(?![가-힣])))"
)
_GO_WORDS = frozenset(
    [
        "보고",
        "광고",
        "재고",
        "참고",
        "최고",
        "경고",
        "신고",
        "사고",
        "창고",
        "공고",
        "원고",
        "마고",
        "연고",
        "제고",
    ]
)
_HIGH_EN_RX = rx.compile(r"\b([A-Z][a-z]+)\s+High\s+School\b")
_NOT_SCHOOL_EN = frozenset(
    [
        "The",
        "At",
        "In",
        "From",
        "Of",
        "And",
        "For",
        "To",
        "By",
        "On",
        "With",
        "Both",
        "Then",
        "Later",
        "After",
        "Before",
        "He",
        "His",
        "Bae",
        "Minister",
    ]
)
_NOT_SCHOOL = {"최", "세", "강", "위", "시", "연", "년", "현", "전", "대", "중", "상"}
# ... and words of two syllables or more before 대 that name no school: 주담대 (a mortgage),
# 사십대 (an age), 신세대 (a generation)
_NOT_SCHOOL |= {
    "주담",
    "이십",
    "삼십",
    "사십",
    "오십",
    "육십",
    "칠십",
    "팔십",
    "구십",
    "신세",
    "전세",
    "청와",  # 청와대, the Blue House
    "초거",  # 초거대, hyperscale
    "확",  # 확대, expansion
    "극",  # 극대화
}
_MORE_MODELS = rx.compile(
    r"(?:\s*,\s*|\s*(?:와|과|및|and|or|또는)\s+|(?:에서|부터|으로|로)\s*|"
    r"\s+(?:to|after|before|than|from|into|over)\s+)(\d+\.\d+|Deep|딥)(?![\d.])"
)
# (EXAONE-3.5, EXAONE v3.5, 엑사원 ver. 3.5, 엑사원 3,5: the version however it is joined)
_MODEL_RX = rx.compile(
    r"(?:엑사원|(?i:exaone))(?:\s*[-_]\s*|\s*)(?:(?i:v|ver\.?|version)\s?)?"
    r"(?:(\d+(?:[.,]\d+)?)(?!\d|,\d)|(딥|(?i:deep)))"
)


def model_name_at(text: str, pos: int) -> str | None:
    """The model's name as `text` writes it at `pos` (엑사원 3.5, EXAONE Deep), or None."""
    m = _MODEL_RX.match(text, pos)
    return m.group() if m else None


# A version told bare later in a sentence that named the model (엑사원 3.0이 나오고 넉 달 만에
# 3.5가 출시됐다): the subject or object of its own clause, not a figure with a unit.
_BARE_VERSION = rx.compile(
    r"(?<![\d.,])(\d\.\d)(?=(?:이|가|은|는|을|를|의|도)\s|\s(?:was|came|followed|arrived)\b)"
)
# The National Assembly's committees, by their names and short names: another is another.
COMMITTEES = {
    "과학기술정보방송통신위원회": "과방위",
    "과방위": "과방위",
    "정무위원회": "정무위",
    "정무위": "정무위",
    "기획재정위원회": "기재위",
    "기재위": "기재위",
    "국토교통위원회": "국토위",
    "국토위": "국토위",
    "교육위원회": "교육위",
    "법제사법위원회": "법사위",
    "법사위": "법사위",
    "행정안전위원회": "행안위",
    "행안위": "행안위",
    "산업통상자원중소벤처기업위원회": "산자위",
    "산자위": "산자위",
    "외교통일위원회": "외통위",
    "국방위원회": "국방위",
    "보건복지위원회": "복지위",
    "환경노동위원회": "환노위",
    "문화체육관광위원회": "문체위",
    "농림축산식품해양수산위원회": "농해수위",
    "여성가족위원회": "여가위",
    "정보위원회": "정보위",
}
_COMMITTEE_RX = rx.compile("|".join(sorted(COMMITTEES, key=len, reverse=True)))
_LAB_MODEL_RX = rx.compile(r"넥서스|(?i:\bnexus\b)")


# Car models and makes, as asset declarations name them (2010년식 제네시스): another model is
# another car. Words that are also common words (모닝, 레이, Morning, Accord) are left out.
VEHICLES = {
    "그랜저": "그랜저",
    "grandeur": "그랜저",
    "제네시스": "제네시스",
    "genesis": "제네시스",
    "쏘나타": "쏘나타",
    "소나타": "쏘나타",
    "sonata": "쏘나타",
    "아반떼": "아반떼",
    "avante": "아반떼",
    "elantra": "아반떼",
    "에쿠스": "에쿠스",
    "equus": "에쿠스",
    "카니발": "카니발",
    "carnival": "카니발",
    "싼타페": "싼타페",
    "산타페": "싼타페",
    "santa fe": "싼타페",
    "투싼": "투싼",
    "tucson": "투싼",
    "팰리세이드": "팰리세이드",
    "palisade": "팰리세이드",
    "스포티지": "스포티지",
    "sportage": "스포티지",
    "쏘렌토": "쏘렌토",
    "sorento": "쏘렌토",
    "모하비": "모하비",
    "mohave": "모하비",
    "체어맨": "체어맨",
    "렉스턴": "렉스턴",
    "rexton": "렉스턴",
    "아이오닉": "아이오닉",
    "ioniq": "아이오닉",
    "벤츠": "벤츠",
    "benz": "벤츠",
    "mercedes": "벤츠",
    "bmw": "BMW",
    "아우디": "아우디",
    "audi": "아우디",
    "폭스바겐": "폭스바겐",
    "volkswagen": "폭스바겐",
    "볼보": "볼보",
    "volvo": "볼보",
    "렉서스": "렉서스",
    "lexus": "렉서스",
    "테슬라": "테슬라",
    "tesla": "테슬라",
    "포르쉐": "포르쉐",
    "porsche": "포르쉐",
    "캐딜락": "캐딜락",
    "cadillac": "캐딜락",
    "도요타": "도요타",
    "토요타": "도요타",
    "toyota": "도요타",
    "캠리": "캠리",
    "camry": "캠리",
    "프리우스": "프리우스",
    "prius": "프리우스",
    "k3": "K3",
    "k5": "K5",
    "k7": "K7",
    "k8": "K8",
    "k9": "K9",
    "g70": "G70",
    "g80": "G80",
    "g90": "G90",
    "gv70": "GV70",
    "gv80": "GV80",
    "sm5": "SM5",
    "sm6": "SM6",
    "sm7": "SM7",
    "qm6": "QM6",
}
# A car's maker before its name (a 2010 Hyundai Grandeur, 2010년식 현대 제네시스).
_MAKER = rx.compile(r"(?:hyundai|kia|genesis|현대|기아|제네시스)\s+(?=\S)", re.I)


def _after_maker(text: str, pos: int) -> int:
    m = _MAKER.match(text, pos)
    return m.end() if m and _VEHICLE_RX.match(text, m.end(), m.end() + 24) else pos


_VEHICLE_RX = rx.compile(
    rf"(?<![{_LATIN}가-힣])(?i:"
    + "|".join(
        sorted((re.escape(k).replace("\\ ", r"\s?") for k in VEHICLES), key=len, reverse=True)
    )
    + rf")(?![{_LATIN}\d])"
)

# Ministries and agencies, full and short names: another ministry is another actor or giver
# (산업통상자원부 for 과학기술정보통신부).
MINISTRIES = {
    "과학기술정보통신부": "과학기술정보통신부",
    "과기정통부": "과학기술정보통신부",
    "과기부": "과학기술정보통신부",
    "산업통상자원부": "산업통상자원부",
    "산업부": "산업통상자원부",
    "산자부": "산업통상자원부",
    "기획재정부": "기획재정부",
    "기재부": "기획재정부",
    "교육부": "교육부",
    "외교부": "외교부",
    "통일부": "통일부",
    "법무부": "법무부",
    "국방부": "국방부",
    "행정안전부": "행정안전부",
    "행안부": "행정안전부",
    "문화체육관광부": "문화체육관광부",
    "문체부": "문화체육관광부",
    "농림축산식품부": "농림축산식품부",
    "농식품부": "농림축산식품부",
    "보건복지부": "보건복지부",
    "복지부": "보건복지부",
    "환경부": "환경부",
    "기후에너지환경부": "기후에너지환경부",
    "고용노동부": "고용노동부",
    "노동부": "고용노동부",
    "여성가족부": "여성가족부",
    "여가부": "여성가족부",
    "국토교통부": "국토교통부",
    "국토부": "국토교통부",
    "해양수산부": "해양수산부",
    "해수부": "해양수산부",
    "중소벤처기업부": "중소벤처기업부",
    "중기부": "중소벤처기업부",
    "국가보훈부": "국가보훈부",
    "보훈부": "국가보훈부",
    # The agencies under them (청, 처) are bodies of the same kind in a sentence: where a fact
    # says he filed with the National Tax Service, a sentence that has him file with his own
    # ministry names another body in its place.
    "국세청": "국세청",
    "관세청": "관세청",
    "조달청": "조달청",
    "통계청": "통계청",
    "병무청": "병무청",
    "경찰청": "경찰청",
    "대검찰청": "대검찰청",
    "검찰청": "검찰청",
    "특허청": "특허청",
    "기상청": "기상청",
    "산림청": "산림청",
    "소방청": "소방청",
    "질병관리청": "질병관리청",
    "질병청": "질병관리청",
    "해양경찰청": "해양경찰청",
    "방위사업청": "방위사업청",
    "재외동포청": "재외동포청",
    "우주항공청": "우주항공청",
    "농촌진흥청": "농촌진흥청",
    "국가유산청": "국가유산청",
    "식품의약품안전처": "식품의약품안전처",
    "식약처": "식품의약품안전처",
    "인사혁신처": "인사혁신처",
    "법제처": "법제처",
}
# The ministries and the people named with a title are found from the runs of Hangul, not
# by patterns of their own: their classes of syllables cost ~3 ms to compile at every start-up.
# What they find is what these finditer would (tests/test_patterns.py):
#   (?<![가-힣])(MINISTRIES, longest first)(?![가-힣]{2,}부)
#   (?<![가-힣])([가-힣]{3})(?![가-힣]) + _TITLE_AFTER_NAME
_MINISTRY_NAMES = sorted(MINISTRIES, key=len, reverse=True)
# A person named with a title (이재명 대통령, 강훈식 대통령실 비서실장): another name with the
# same title is another person. The name is a word of three syllables.
_TITLE_AFTER_NAME = rx.compile(
    r"\s?(?:([가-힣A-Za-z]{2,8})\s)?"
    r"(대통령|비서실장|장관|차관|수석|총리|의원|위원장|대표|회장|사장|총장|교수)"
    r"(?!실|직|급|비서|단|이사)"
)


def _ministries(text: str) -> Iterator[tuple[str, int]]:
    """(name, start) of each ministry named: a word begins with the name, and the word does
    not go on to another ministry's (과기부 in 과기부산하부 is none)."""
    end = 0
    for run in hangul_runs(text):
        at = run.start()
        if at < end:
            continue
        for name in _MINISTRY_NAMES:
            if text.startswith(name, at):
                after = at + len(name)
                if "부" not in hangul_run(text, after)[2:]:
                    yield name, at
                    end = after
                    break


def _named_persons(text: str) -> Iterator[tuple[str, str, int]]:
    """(name, title, start) of each name of three syllables followed by a title."""
    end = 0
    for run in hangul_runs(text, 3):
        if run.end() - run.start() != 3 or run.start() < end:
            continue
        m = _TITLE_AFTER_NAME.match(text, run.end())
        if m is not None:
            between = m.group(1) or ""
            if (
                run.group().endswith(_ADNOMINAL_ENDINGS)
                and re.fullmatch(r"[가-힣]{3}", between)
                and not between.endswith(_NOT_NAME_ENDINGS)
            ):
                # (서울에서 태어난 배경훈 장관: the name is the word before the title, and
                # the word before it a verb's)
                yield between, m.group(2), m.start(1)
            else:
                yield run.group(), m.group(2), run.start()
            end = m.end()


# A word ending so is a particle's or a verb's, not a name (출신인, 격상된 과기부 장관).
_NOT_NAME_ENDINGS = tuple("부청실은는을를의에와과로인한던된될할서고며")
# ... and a word ending so, before a name and a title, is a verb's telling of the name (태어난
# 배경훈 장관, 거친 배경훈 장관; not 최수연 네이버 대표, a name, then the body of the title).
_ADNOMINAL_ENDINGS = tuple("난된던온낸친간긴린킨끈쓴")
_NOT_PERSON_NAMES = frozenset(["후보자", "신임", "전임", "당시", "현직", "초대", "부총리"])

# A name with a number that tells which one (KorQuAD 2.0, GTC 2025, H200, DeepSeek R1): another
# number with the same name is another thing. The name has two capitals or is one letter;
# a number with a Korean counter after it is a quantity (AI 3대 강국), not a version.
_VERSIONED_RX = rx.compile(
    r"(?<![A-Za-z\d])((?:[A-Z][a-z]*){2,}|[A-Z])[\s-]?(\d+(?:\.\d+)?)"
    r"(?!\d|\.\d|%|[대장개명원억만천조년월일세위배차호기종건곳])"
)

# A name and a code of a letter and a number (DeepSeek R1, 딥시크 V3): the code says which.
_CODED_RX = rx.compile(
    r"(?<![A-Za-z가-힣\d])((?:[A-Z][a-z]+){2,}|[가-힣]{2,4})[\s-]?([A-Za-z]\d{1,2}(?:\.\d)?)(?!\w|\.\d)"
)

# Other labs' models named by one word and a version (Llama 3.1, 젬마(Gemma)2, Qwen 2.5): as
# _VERSIONED_RX's names, another version is another model.
_MODEL_FAMILIES = {"라마": "llama", "젬마": "gemma", "큐원": "qwen", "미스트랄": "mistral"}
# Their names kinds (version-llama, …): what judge.weighing asks a supporter to vouch for.
FAMILY_KINDS = frozenset(f"version-{family}" for family in _MODEL_FAMILIES.values())
_FAMILY_RX = rx.compile(
    r"(라마|젬마|큐원|미스트랄)(?:\([A-Za-z]+\))?\s?(\d+(?:\.\d+)?)(?![\d.]*\d)"
    r"|(?<![A-Za-z])(?i:(llama|gemma|qwen|mistral))\)?\s?-?(\d+(?:\.\d+)?)(?![\d.]*\d)"
)

# 슈퍼컴 6호기: a machine's number is its name (no quantity), another number another machine.
# Fields of study (a department, a major, a degree's field): another field is another course.
FIELDS = {
    "전자공학": "전자공학",
    "electronic engineering": "전자공학",
    "electronics engineering": "전자공학",
    "electronics": "전자공학",
    "전기공학": "전기공학",
    "electrical engineering": "전기공학",
    "전자전기공학": "전자전기공학",
    "컴퓨터공학": "컴퓨터공학",
    "computer engineering": "컴퓨터공학",
    "컴퓨터과학": "컴퓨터과학",
    "전산학": "컴퓨터과학",
    "computer science": "컴퓨터과학",
    "정보통신공학": "정보통신공학",
    "기계공학": "기계공학",
    "mechanical engineering": "기계공학",
    "산업공학": "산업공학",
    "industrial engineering": "산업공학",
    "경영학": "경영학",
    "business administration": "경영학",
    # (a school of a field: 경영대학원, a business school, teaches business)
    "경영대학원": "경영학",
    "business school": "경영학",
    "mba": "경영학",
    "법학전문대학원": "법학",
    "로스쿨": "법학",
    "law school": "법학",
    "법학": "법학",
    "경제학": "경제학",
    "economics": "경제학",
    "수학": "수학",
    "mathematics": "수학",
    "물리학": "물리학",
    "physics": "물리학",
    "통계학": "통계학",
    "statistics": "통계학",
}
_FIELD_RX = rx.compile(
    rf"(?<![{_LATIN}가-힣])(?i:"
    + "|".join(sorted((re.escape(k).replace("\\ ", r"\s+") for k in FIELDS), key=len, reverse=True))
    + rf")(?![{_LATIN}])(?!학)"
)
# Stock markets: another market is another place a holding was invested (나스닥 for 뉴욕증권거래소).
MARKETS = {
    "나스닥": "나스닥",
    "nasdaq": "나스닥",
    "뉴욕증권거래소": "뉴욕증권거래소",
    "뉴욕증시": "뉴욕증권거래소",
    "new york stock exchange": "뉴욕증권거래소",
    "nyse": "뉴욕증권거래소",
    "코스피": "코스피",
    "kospi": "코스피",
    "유가증권시장": "코스피",
    "코스닥": "코스닥",
    "kosdaq": "코스닥",
    "도쿄증권거래소": "도쿄증권거래소",
    "tokyo stock exchange": "도쿄증권거래소",
    "런던증권거래소": "런던증권거래소",
    "london stock exchange": "런던증권거래소",
    "홍콩증권거래소": "홍콩증권거래소",
    "hong kong stock exchange": "홍콩증권거래소",
}
_MARKET_RX = rx.compile(
    rf"(?<![{_LATIN}])(?i:"
    + "|".join(
        sorted((re.escape(k).replace("\\ ", r"\s+") for k in MARKETS), key=len, reverse=True)
    )
    + rf")(?![{_LATIN}])"
)
_MACHINE_RX = rx.compile(r"(?<![\d.])(\d+)\s?호기(?!심)")
# AI 3대 강국: a goal's name (one of the top three powers), not a quantity said of it.
_POWERS_RX = rx.compile(
    r"(?<![\d.])(\d+)\s*대\s*강국|(?i:\btop[\s-](three|five|ten)\b[^.]{0,20}\bpowers?\b)"
)

_COMPLEX_RX = rx.compile(r"정부(서울|세종|과천|대전)청사")
# Employers a career sentence may name (the one it names must be the store's).
EMPLOYERS = {
    "lgeconomicresearchinstitute": "LG경제연구원",
    "lg유플러스": "LG유플러스",
    "lgu+": "LG유플러스",
    "lguplus": "LG유플러스",
    "lg전자": "LG전자",
    "lgelectronics": "LG전자",
    "sk텔레콤": "SK텔레콤",
    "skt": "SK텔레콤",
    "sktelecom": "SK텔레콤",
    "kt": "KT",
    "삼성전자": "삼성전자",
    "samsungelectronics": "삼성전자",
    "삼성탈레스": "삼성탈레스",
    "samsungthales": "삼성탈레스",
    # (France's Thales Group, one of Samsung Thales' two owners: not where he worked)
    "탈레스그룹": "탈레스그룹",
    "탈레스": "탈레스그룹",
    "thalesgroup": "탈레스그룹",
    "thales": "탈레스그룹",
    "한화시스템": "한화시스템",
    "hanwhasystems": "한화시스템",
    "네이버": "네이버",
    "naver": "네이버",
    "카카오": "카카오",
    "kakao": "카카오",
    "lg경제연구원": "LG경제연구원",
    "lg사이언스파크": "LG사이언스파크",
    "lgsciencepark": "LG사이언스파크",
    "lgai연구원": "LG AI연구원",
    "lgairesearch": "LG AI연구원",
    # employers the articles do not name, each another than the ones they do (LG화학 for
    # LG전자, Hanwha Aerospace for Hanwha Systems)
    "lg화학": "LG화학",
    "lgchem": "LG화학",
    "lgcns": "LG CNS",
    "한화에어로스페이스": "한화에어로스페이스",
    "hanwhaaerospace": "한화에어로스페이스",
    "삼성sds": "삼성SDS",
    "samsungsds": "삼성SDS",
    "sk하이닉스": "SK하이닉스",
    "skhynix": "SK하이닉스",
}
# How English writes each employer (an explanation's expected name).
EMPLOYERS_EN = {
    "LG경제연구원": "LG Economic Research Institute",
    "LG유플러스": "LG Uplus",
    "LG전자": "LG Electronics",
    "SK텔레콤": "SK Telecom",
    "KT": "KT",
    "삼성전자": "Samsung Electronics",
    "삼성탈레스": "Samsung Thales",
    "탈레스그룹": "Thales Group",
    "한화시스템": "Hanwha Systems",
    "네이버": "Naver",
    "카카오": "Kakao",
    "LG사이언스파크": "LG Science Park",
    "LG AI연구원": "LG AI Research",
    "LG화학": "LG Chem",
    "LG CNS": "LG CNS",
    "한화에어로스페이스": "Hanwha Aerospace",
    "삼성SDS": "Samsung SDS",
    "SK하이닉스": "SK hynix",
}
_EMPLOYER_RX = rx.compile(
    rf"(?<![{_LATIN}가-힣])(?i:LG\s?유플러스|LG\s?U\+|LG\s?Uplus|LG\s?전자|LG\s?Electronics|"
    r"SK\s?텔레콤|SK\s?Telecom|SKT|KT|삼성전자|Samsung\s?Electronics|삼성탈레스|"
    r"Samsung\s?Thales|탈레스(?:\s?그룹)?|Thales(?:\s?Group)?|한화시스템|Hanwha\s?Systems|네이버|Naver|카카오|Kakao|LG\s?경제연구원|"
    r"LG\s?Economic\s?Research\s?Institute|"
    rf"LG\s?사이언스파크|LG\s?Science\s?Park|LG\s?AI\s?연구원|LG\s?AI\s?Research|"
    r"LG\s?화학|LG\s?Chem|LG\s?CNS|한화에어로스페이스|Hanwha\s?Aerospace|삼성\s?SDS|"
    rf"Samsung\s?SDS|SK\s?하이닉스|SK\s?hynix)(?![{_LATIN}])"
)
_GIVER_RX = rx.compile(r"([가-힣A-Za-z]{2,}?)(?:으로부터|로부터|에게서)")
_GIVER_EN_RX = rx.compile(
    r"\b(?:receiv(?:ed|es)|awarded|won|got|earned|accepted)\b[^.]{0,80}?\bfrom\s+(?:the\s+)?"
    r"([A-Z][A-Za-z&'-]*(?:,?\s+(?:(?:of|and|for)(?:\s+the)?\s+)*[A-Z][A-Za-z&'-]*)*"
    # (a title in lower case names the giver too: from the prime minister)
    r"|(?:prime|vice)\s+minister|president|chief\s+of\s+staff|speaker"
    # (a ministry by its field, in lower case: from the trade ministry)
    r"|(?:[a-z]+\s+){1,2}ministry\b)"
)
# Degrees: a master's is another thing than a bachelor's, not another value of it.
_DEGREE_RX = rx.compile(
    r"석·박사|석박사|학사|석사|박사|(?i:\bbachelor|\bmaster(?:'s|’s)|\bmasters\b|\bdoctora(?:te|l)|"
    r"\bph\.?d\b|\bmba\b|\bundergraduate\b)"
)
_DEGREES = (
    ("학사", "bachelor"),
    ("bachelor", "bachelor"),
    ("undergraduate", "bachelor"),
    ("석", "master"),
    ("master", "master"),
    ("박사", "doctor"),
    ("doctora", "doctor"),
    ("ph", "doctor"),
    ("mba", "mba"),
)
# Ranks and titles a sentence gives someone: (전무) for (부사장) is another title.
_RANK_RX = rx.compile(
    r"(?<![가-힣])(상무보|상무|전무|부사장|사장|부회장|회장|차관|위원장|실장|수석)(?![가-힣])"
)


# Kinds of asset a declaration lists (stocks are securities: one kind here).
ASSETS = {
    **dict.fromkeys(["예금", "deposits", "deposit"], "예금"),
    **dict.fromkeys(["증권", "주식", "securities", "stocks", "stock", "shares"], "증권"),
    **dict.fromkeys(["채무", "부채", "debts", "debt", "liabilities"], "채무"),
    **dict.fromkeys(["비트코인", "bitcoin"], "비트코인"),
}
_ASSET_RX = rx.compile(
    r"(?<![가-힣])(?:예금|증권|주식|채무|부채|비트코인)(?=[은는이가을를과와도의으에로만]|[\s,.)·]|$)"
    r"|(?i:\b(?:deposits?|securities|stocks?|shares|debts?|liabilities|bitcoin)\b)"
)
# Hotels by their brands, Korean and English (Korea's chains and the international ones).
HOTELS = {
    **dict.fromkeys(["롯데", "lotte"], "롯데"),
    **dict.fromkeys(["신라", "shilla"], "신라"),
    **dict.fromkeys(["조선", "웨스틴조선", "josun", "chosun"], "조선"),
    **dict.fromkeys(["워커힐", "walkerhill"], "워커힐"),
    **dict.fromkeys(["하얏트", "hyatt"], "하얏트"),
    **dict.fromkeys(["힐튼", "hilton"], "힐튼"),
    **dict.fromkeys(["메리어트", "marriott"], "메리어트"),
    **dict.fromkeys(["인터컨티넨탈", "intercontinental"], "인터컨티넨탈"),
    **dict.fromkeys(["플라자", "plaza"], "플라자"),
    **dict.fromkeys(["해비치", "haevichi"], "해비치"),
    **dict.fromkeys(["켄싱턴", "kensington"], "켄싱턴"),
    **dict.fromkeys(["포시즌스", "four seasons"], "포시즌스"),
}
_HOTEL_RX = rx.compile(
    r"(?:제주|서울|부산)?\s?(롯데|신라|조선|웨스틴조선|워커힐|하얏트|힐튼|메리어트|인터컨티넨탈|플라자|해비치|켄싱턴|포시즌스)\s?호텔"
    r"|(?i:\b(Lotte|Shilla|Josun|Chosun|Walkerhill|Hyatt|Hilton|Marriott|InterContinental|Plaza|"
    r"Haevichi|Kensington|Four Seasons)\s+(?:Hotel|Jeju|Seoul|Busan)\b)"
    r"|(?i:\bHotel\s+(Lotte|Shilla))"
)

# Buildings where something was held (the hearing at the National Assembly, the inauguration
# at the Government Complex Sejong): another building is another place.
BUILDINGS_EN = {
    "국회": "the National Assembly",
    "정부세종청사": "the Government Complex Sejong",
    "정부서울청사": "the Government Complex Seoul",
    "정부과천청사": "the Government Complex Gwacheon",
    "정부대전청사": "the Government Complex Daejeon",
    "광화문우체국": "the Gwanghwamun Post Office",
    "HJ비즈니스센터": "the HJ Business Center",
    "대통령실": "the presidential office in Yongsan",
    "청와대": "the Blue House",
}
_BUILDING_RX = rx.compile(
    r"(국회)\s?의원회관|(?<![가-힣])(국회)(?!의원(?!회관))|정부(세종|서울|과천|대전)\s?청사|(광화문)\s?우체국"
    r"|(?i:\b(National Assembly)\b|\bGovernment Complex[- ](Sejong|Seoul|Gwacheon|Daejeon)\b|"
    r"\b(Sejong|Seoul|Gwacheon|Daejeon) Government Complex\b|\b(Gwanghwamun) Post Office\b)"
    r"|(HJ)\s?(?:비즈니스\s?센터|(?i:Business Cent(?:er|re)))"
    # (the old presidential residence, not the presidential office in Yongsan)
    r"|(청와대|(?i:\bBlue House\b))"
    # (the presidential office's building, by its place: not 대통령실 비서실장, a post)
    r"|((?:서울\s?)?용산\s?대통령실(?:\s?청사)?|대통령실\s?청사|(?i:\bpresidential office in Yongsan\b))"
)


def _building(m: re.Match[str]) -> str:
    """The canonical name of a building a _BUILDING_RX match names."""
    if m.group(1) or m.group(2) or m.group(5):
        return "국회"
    city = m.group(3) or m.group(6) or m.group(7)
    if city:
        return "정부" + PLACES.get(city.lower(), city) + "청사"
    if m.group(9):
        return "HJ비즈니스센터"
    if m.group(10):
        return "청와대"
    if m.group(11):
        return "대통령실"
    return "광화문우체국"


@functools.lru_cache(maxsize=1 << 14)
def names_of(text: str, *, loose: bool = False) -> tuple[tuple[str, str, int], ...]:
    """Place, school, award and model names in a text: (type, canonical, position).

    `loose` also finds places inside longer names, for a fact's own text.
    """
    if loose:
        given = _given("names", text)
        if given is not None:
            return given  # type: ignore[no-any-return]
    out: list[tuple[str, str, int]] = []
    for m in (_PLACE_LOOSE_RX if loose else _PLACE_RX).finditer(text):
        out.append(("place", PLACES[m.group(0).lower()], m.start()))
    for m in _DISTRICT_RX.finditer(text):
        ko = m.group(1) or m.group(2)
        name = ko if ko else _DISTRICT_EN[(m.group(3) or m.group(4)).lower()]
        out.append(("district", name, m.start()))
    for m in _AWARD_RX.finditer(text):
        grade = m.group(1) or AWARD_EN[(m.group(2) or m.group(3)).lower()]
        out.append(("award", grade, m.start()))
    for m in _SCHOOL_RX.finditer(text):
        if m.group(1)[-1] in _PAST_STEMS and m.group(0).endswith("대"):
            continue  # (신고했대, 받았대: what they say was done, not a school)
        if m.group(1) not in _NOT_SCHOOL and not m.group(1).endswith(("연구", "위원", "본")):
            out.append(("school", m.group(1), m.start()))
    for m in _SCHOOL_EN_RX.finditer(text):
        words = (m.group(1) or m.group(2)).split()
        skip = 0  # the words of the sentence before the name (At, The, Bae's)
        while skip < len(words) - 1 and words[skip] in _NOT_SCHOOL_EN:
            skip += 1
        at = m.start() + (text.index(words[skip], m.start()) - m.start() if skip else 0)
        out.append(("school-en", " ".join(words[skip:]).lower(), at))
    for m in _RELATIVE_RX.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        out.append(
            ("relative", RELATIVES.get(word, RELATIVES.get(word.rstrip("s"), word)), m.start())
        )
    for m in _HIGH_RX.finditer(text):
        if not m.group().endswith("고등학교") and m.group()[-2:] in _GO_WORDS:
            continue  # 사업보고를, 신문광고를: words ending in 고
        out.append(("high", m.group(1), m.start()))
    for m in _HIGH_EN_RX.finditer(text):
        out.append(("high-en", m.group(1).lower(), m.start()))
    for m in _MODEL_RX.finditer(text):
        version = (m.group(1) or "deep").replace(",", ".")
        if version[0].isdigit() and "." not in version:
            version += ".0"
        out.append(("model", version.lower(), m.start()))
        # ... and the versions listed after it (엑사원 1.0, 2.0, 3.0, 3.5, Deep)
        at = m.end()
        while (more := _MORE_MODELS.match(text, at, at + 16)) is not None:
            listed = more.group(1)
            out.append(("model", "deep" if listed in ("딥", "Deep") else listed, more.start(1)))
            at = more.end()
    if out and out[-1][0] == "model":
        seen = {pos for kind, _n, pos in out if kind == "model"}
        for m in _BARE_VERSION.finditer(text, out[-1][2]):
            named = text[: m.start(1)].rstrip().lower().endswith(("엑사원", "exaone"))
            if m.start(1) not in seen and not named:
                out.append(("model", m.group(1), m.start(1)))
    for m in _COMMITTEE_RX.finditer(text):  # the National Assembly's standing committees
        out.append(("committee", COMMITTEES[m.group(0)], m.start()))
    for m in _LAB_MODEL_RX.finditer(text):  # the lab's other AI: another model than EXAONE's
        out.append(("model", "nexus", m.start()))
    for m in _VEHICLE_RX.finditer(text):
        out.append(("vehicle", VEHICLES[re.sub(r"\s+", " ", m.group(0).lower())], m.start()))
    for m in _FIELD_RX.finditer(text):
        out.append(("field", FIELDS[re.sub(r"\s+", " ", m.group(0).lower())], m.start()))
    for m in _MARKET_RX.finditer(text):
        out.append(("market", MARKETS[re.sub(r"\s+", " ", m.group(0).lower())], m.start()))
    for m in _MACHINE_RX.finditer(text):
        out.append(("machine", m.group(1), m.start()))
    for m in _POWERS_RX.finditer(text):
        n = m.group(1) or {"three": "3", "five": "5", "ten": "10"}[m.group(2).lower()]
        out.append(("powers", n, m.start()))
    coded = set()
    for m in _CODED_RX.finditer(text):
        # (DeepSeek R1, 딥시크 V3: a model's letter and number after its maker's name)
        coded.add(m.start(2))
        out.append((f"version-{m.group(1).lower()}", m.group(2).upper(), m.start(2)))
    for m in _VERSIONED_RX.finditer(text):
        if m.start(1) in coded:
            continue
        name = m.group(1).lower()
        if len(name) == 1 and re.fullmatch(r"\d{3}", m.group(2)):
            # (H100, H200, B200, A100: a chip's letter is part of its name, one family)
            out.append(("version-chip", f"{name.upper()}{m.group(2)}", m.start(1)))
        elif name not in ("exaone", "ai"):  # EXAONE's are models; AI 2.0 is an era
            out.append((f"version-{name}", m.group(2), m.start(1)))
    families: set[tuple[str, str]] = set()
    for m in _FAMILY_RX.finditer(text):
        family = _MODEL_FAMILIES[m.group(1)] if m.group(1) else m.group(3).lower()
        version = m.group(2) or m.group(4)
        if (family, version) not in families:  # (라마(Llama)3.1: one name, written twice)
            families.add((family, version))
            out.append((f"version-{family}", version, m.start()))
    for name, at in _ministries(text):
        out.append(("ministry", MINISTRIES[name], at))
    for name, title, at in _named_persons(text):
        if name not in _NOT_PERSON_NAMES and not name.endswith(
            _NOT_NAME_ENDINGS
        ):  # 출신인 배경훈 장관: the word before a name is no name
            out.append((f"person-{title}", name, at))
    for m in _COMPLEX_RX.finditer(text):  # 정부세종청사 is in 세종, 정부서울청사 in 서울
        if not loose:
            out.append(("place", m.group(1), m.start()))
    for m in _EMPLOYER_RX.finditer(text):
        key = re.sub(r"\s", "", m.group(0).lower())
        out.append(("employer", EMPLOYERS.get(key, key), m.start()))
    for m in _GIVER_RX.finditer(text):
        out.append(("giver", m.group(1), m.start()))
    for m in _GIVER_EN_RX.finditer(text):
        # "from Kwangwoon University's graduate school": the giver is the university.
        name = re.sub(r"(?:'s|’s)$", "", m.group(1))
        out.append(("giver", re.sub(r"[\s,]", "", name.lower()), m.start(1)))
    for m in _RANK_RX.finditer(text):
        out.append(("rank", m.group(1), m.start(1)))
    for m in _ASSET_RX.finditer(text):  # what is held: 예금 for 증권 is another asset
        out.append(("asset", ASSETS[m.group(0).lower()], m.start()))
    for m in _HOTEL_RX.finditer(text):  # where it was held: 롯데호텔, not 신라호텔
        brand = next(k for k in (1, 2, 3) if m.group(k))
        name = m.group(brand).lower()
        out.append(("venue", HOTELS.get(name, name), m.start(brand)))
        # a hotel is a building too: not the National Assembly where it was held
        out.append(("building", HOTELS.get(name, name) + "호텔", m.start()))
    for m in _BUILDING_RX.finditer(text):  # where it was held: 국회, not 정부세종청사
        out.append(("building", _building(m), m.start()))
    for m in _DEGREE_RX.finditer(text):
        word = m.group().lower()
        for key, canonical in _DEGREES:
            if key in word:
                out.append(("degree", canonical, m.start()))
    # 전자공학과를 졸업했다, with no graduate school named: the first degree
    if "졸업" in text and not _GRADUATE_SCHOOL.search(text):
        for m in _DEPARTMENT_DONE.finditer(text):
            out.append(("degree", "bachelor", m.start()))
    return tuple(sorted(out, key=lambda n: n[2]))


_DEPARTMENT_DONE = rx.compile(r"(?:학과|학부)(?:를|을)?\s*졸업")
_GRADUATE_SCHOOL = rx.compile(
    r"대학원|석사|박사|석·박사|(?i:\bgraduate school\b|master|doctora|ph\.?d)"
)


# --- the whole analysis --------------------------------------------------------------------


# After a date, words that make it the date of a thing said, not of the saying: 10월 초로,
# 2030년까지, 내년부터, by 2030 (a deadline), in early October.
_CONTENT_DATE_EN = rx.compile(
    r"(?i:\b(?:said|says|told|stated|announced|added)\b[^.;]{0,120}?\b(?:would|will)\b[^.;]{0,80}$)"
)
_CONTENT_DATE = rx.compile(r"\s*(?:초|말|중순|중|께|경|까지|부터|이후|이전|안에|내)")


def _near_birth(text: str, value: Value) -> bool:
    """A birth word tells of this date: no comma between them ("born in 2012, paid ... in
    November 2021": the second date is the payment's)."""
    for m in _BIRTH_WORD.finditer(text):
        if m.group()[0] in "태출":  # Korean: the date comes first (1976년 5월 서울에서 태어났다)
            between = text[value.end : m.start()] if value.end <= m.start() else None
        else:  # English: born (in Seoul) in May 1976
            between = text[m.end() : value.start] if m.end() <= value.start else None
        if between is not None and "," not in between and len(between) <= 40:
            return True
    return False


_PRICE_AFTER = rx.compile(r"\s*(?:에|으로|로)(?![가-힣])")
_PRICE_BEFORE = rx.compile(r"(?i:\bfor\s+(?:about\s+|around\s+|some\s+)?)$")


def _price_at(text: str, value: Value) -> bool:
    """The amount is what a deal cost: 41억5천만 원에, for 4.15 billion won."""
    return bool(
        _PRICE_AFTER.match(text, value.end)
        or _PRICE_BEFORE.search(text, max(0, value.start - 16), value.start)
    )


# A date told by its distance from another event of the sentence (한도를 묶기 18일 전인 6월
# 10일, 발표한 뒤인 7월): the date of the main event, never of the other.
_BESIDE = rx.compile(
    r"(?:\d+\s*(?:일|주|개월|달|년)\s*)?(?:전인|이전인|앞선|뒤인|후인|이후인|만인)\s*$"
)


# A subject phrase that names a part of something, or a figure, not who acted: 해외 주식
# 가운데 메타는 2104만 원, Just 101,000 won of bitcoin.
NO_ACTOR = rx.compile(
    r"(?:가운데|중에서|그중|이 중)\s|^(?i:just|only|about|some|nearly|around|almost|roughly)\b|^\d"
)


# A word after a count of days that makes it a span (12일 만에, 12일 동안, 12일 뒤), and one
# before it (1년 12일, 불과 12일): otherwise a bare "N일" in a Korean sentence, before a space,
# is the day of the month (배 장관은 12일 서울 종로구 …에서).
_SPAN_AFTER_DAYS = rx.compile(
    r"(?:만|동안|간|뒤|후|전|째|이내|내|밖에|사이|이상|이하|가량|정도|쯤|넘게|남짓|씩)"
    r"(?:에|에는|에도|인|의|이|가|은|는|을|를|만에|이다|이었다|였다)?[,.]?"
)
_SPAN_BEFORE_DAYS = rx.compile(
    r"(?:\d\s*(?:년|개월|주|달)|불과|약|총|단|무려"
    # (or a month told by another date: 같은 달 18일, its month unknown without that date)
    r"|(?:같은|그|지난|다음|이듬|전|그\s이듬)\s?(?:달|해|날|월))\s*$"
)


def _bare_day(text: str, value: Value) -> bool:
    """Whether a count of days is a day of the month: a whole number up to 31 written N일,
    followed by a space (or the end) and no word of a span, and after none either."""
    amount = value.amount
    if value.unit != "day" or amount is None or value.approx or value.bound:
        return False
    if not (1 <= amount <= 31 and amount == int(amount)):
        return False
    if not value.text.endswith("일"):
        return text[: value.start].endswith("on the ")  # (Bae said on the 12th)
    after = text[value.end :]
    if after[:1] not in ("", " ", ",", "."):
        return False  # (12일간, 12일이 걸렸다, 12일째)
    word = after.lstrip(" ,").split(" ", 1)[0]
    if word and _SPAN_AFTER_DAYS.fullmatch(word):
        return False
    return not _SPAN_BEFORE_DAYS.search(text[: value.start])


def _is_difference(text: str, value: Value, clause_start: int) -> bool:
    """The figure is told as a difference between two quantities (see _DIFFERENCE_*)."""
    before = text[max(clause_start, value.start - 80) : value.start]
    if has_hangul(text[value.start : value.end + 8]):
        return bool(
            _DIFFERENCE_BEFORE_KO.search(before) and _DIFFERENCE_AFTER_KO.match(text, value.end)
        )
    return bool(_DIFFERENCE_BEFORE_EN.search(before) or _DIFFERENCE_AFTER_EN.match(text, value.end))


def analyze_sentence(text: str) -> Analysis:
    """Read one sentence: values with roles, clauses, the subject phrase, typed names."""
    return _analyze(text, day_for(text))


# A note in brackets beside the subject (배경훈(49) 장관은, 배경훈 장관(전 LG AI연구원장)은,
# Bae Kyung-hoon (49), minister, …): an aside, not part of who acts.
# (an age, a birth year, a post held before or now: not an alias or a part, which may say
# who acts: LG AI연구원(원장 …))
_ASIDE = rx.compile(
    r"\s?\((?:\d{1,3}(?:세)?|(?:19|20)\d{2}년생|(?:전|현|당시|前|現|former|then)\s[^()]{1,36})\)"
)


def _subject(text: str, korean: bool) -> tuple[str | None, tuple[int, int] | None, bool]:
    """The sentence's subject phrase, its span and whether it is a pronoun, read without the
    asides in brackets near its start (the span still indexes `text`)."""
    find = _korean_subject if korean else _english_subject
    if "(" not in text[:80]:
        return find(text)
    kept: list[int] = []  # the index in `text` of each character kept
    last = 0
    for m in _ASIDE.finditer(text, 0, 200):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text)))
    if len(kept) == len(text):
        return find(text)
    actor, span, pronoun = find("".join(text[i] for i in kept))
    if span is not None and span[1] > span[0]:
        span = (kept[span[0]], kept[span[1] - 1] + 1)
    return actor, span, pronoun


# A date told as a bound, not as the day: before 1980, 1980년 이전에, after 2010, 2010년 이후,
# no later than 2010, 늦어도 2010년에는, between 1975 and 1977 (the first after, the second
# before). "by 2030" is a deadline's own word, and 이르면 the store's bound: neither is here.
_BOUND_BEFORE_EN = rx.compile(
    r"(?i:\b(?:before|prior\s+to|earlier\s+than|sometime\s+before|"
    r"(?P<by>no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+in))\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:in|on)\s+)?$)"
)
_BOUND_AFTER_EN = rx.compile(
    r"(?i:\b(?:after|(?<!no\s)(?<!not\s)later\s+than|sometime\s+after)\s+(?:(?:in|on)\s+)?$)"
)
# (42 days after, shortly after, right before: an offset from the date, not a bound)
_OFFSET_BEFORE_EN = rx.compile(
    r"(?i:(?:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|"
    r"many)\s+(?:days?|weeks?|months?|years?|decades?)|\b(?:shortly|just|right|immediately|soon|"
    r"long|directly|only|weeks|months|years|days))\s+(?:after|before|prior\s+to)\s+"
    r"(?:(?:in|on)\s+)?$)"
)
_BETWEEN_EN = rx.compile(r"(?i:\bbetween\s+$)")
_BETWEEN_AND_EN = rx.compile(r"(?i:\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$)")
# After a date: 이전에, 전에, 보다 먼저 (before); 이후, 후에, 보다 늦게 (after). A bare 전 or
# 이전 takes a particle or ends the phrase: before a noun it is the noun's (전 세계, 전 직장,
# 이전 집); 이후 may stand alone, as an adverb (2010년 이후 옮겼다).
_BOUND_AFTER_KO = rx.compile(
    r"\s*(?:(?P<before>(?:이전|전)(?:에는|에|까지)(?![가-힣])|(?:이전|전)(?=\s*[,.]|\s*$)"
    r"|보다\s*(?:먼저|앞서|이전에|전에))"
    r"|(?P<after>이후(?:에는|에|부터|로)?(?![가-힣])|후(?:에는|에|부터|로)(?![가-힣])"
    r"|후(?=\s*[,.]|\s*$)|보다\s*(?:늦게|뒤에|나중에|이후에|후에)))"
)
# (이후 곧바로, 후 42일 만에, 이후 불과 며칠 만에: an offset from the date, not a bound)
_OFFSET_AFTER_KO = rx.compile(
    r"\s*(?:곧바로|바로|곧|직후|불과|단|\d+\s*(?:일|주|개월|달|년)|며칠|몇\s*(?:달|년|주|개월)|한\s*달|두\s*달)"
)
_AT_LATEST_KO = rx.compile(r"늦어도\s*$")
# (will secure them before 2030, a goal no later than 2030: a plan's deadline, the day itself)
_PLANNED_BY = rx.compile(
    r"(?i:\b(?:will|would|plans?|planned|aims?|aimed|goal|target|intends?|expects?|expected)\b)"
    r"|계획|목표|방침|예정|하겠|할 것"
)
# (had earned it by 2010: done by then; not had promised, planned or said it would be)
_HAD_BY_EN = rx.compile(
    r"(?i:\bhad\b(?![^.;,]*\b(?:would|will|to|promised|pledged|planned|vowed|said|expected|hoped|"
    r"aimed|intended|agreed)\b)[^.;,]{0,60}\bby\s+(?:the\s+end\s+of\s+)?$)"
)


_LAST_WORD = rx.compile(r"\S+\s+$")


def _date_bound(text: str, value: Value) -> tuple[str, tuple[int, int]] | None:
    """How the words around a date bound it, and where those words are: 'before' or 'after'
    it, 'by' it (at or before), 'since' it (at or after), 'before-or-in' or 'in-or-after' it
    (Korean 이전, 이후); None when they tell the day."""
    head_start = max(0, value.start - 40)
    head = text[head_start : value.start]

    def heading(m: re.Match[str]) -> tuple[int, int]:
        return head_start + m.start(), value.start

    def last_word() -> tuple[int, int]:
        # (had earned it by 2010, between 1970 and 1990: the last word only, 'by' or 'and')
        last = _LAST_WORD.search(head)
        return (head_start + last.start(), value.start) if last else (value.start, value.start)

    if _OFFSET_BEFORE_EN.search(head):
        return None
    if text.startswith("까지", value.end):
        return None  # (늦어도 2040년까지 상용화하겠다: a deadline, the plan's own date)
    if m := _BOUND_BEFORE_EN.search(head):
        # (will secure them before 2030: a plan's deadline, the day itself)
        if _PLANNED_BY.search(text):
            return None
        return ("by" if m.group("by") else "before"), heading(m)
    if m := _BETWEEN_EN.search(head):
        return "since", heading(m)  # (between 1976 and 1980: from the first, itself included)
    if m := _BOUND_AFTER_EN.search(head):
        return "after", heading(m)
    if m := _AT_LATEST_KO.search(head):
        return "by", heading(m)  # (늦어도 2010년에는)
    if _HAD_BY_EN.search(head):
        return "by", last_word()  # (had earned it by 2010)
    if (m := _BOUND_AFTER_KO.match(text, value.end)) and not _OFFSET_AFTER_KO.match(text, m.end()):
        # (이전, 이후: whether the date itself is in, usage leaves open; 전, 후: before, after)
        at = (m.start(), m.end())
        if m.group("before"):
            return ("before-or-in" if m.group("before").startswith("이전") else "before"), at
        return ("in-or-after" if m.group("after").startswith("이후") else "after"), at
    if _BETWEEN_AND_EN.search(head):
        return "by", last_word()  # (between 1975 and 1977: the second date is the upper bound)
    return None


# Words of telling beyond the verbs of saying (admitted, denied, 인정했다, 주장했다): a sentence
# with one tells of what someone said, on the day of the saying.
_TOLD = rx.compile(
    r"인정했|인정하|시인|부인했|부인하|주장했|주장하|반박|답변|(?i:\badmit(?:s|ted)?\b|"
    r"\backnowledg(?:e|es|ed)\b|\bden(?:y|ies|ied)\b|\bclaim(?:s|ed)\b|\binsist(?:s|ed)\b|"
    r"\bargu(?:e|es|ed)\b|\bansw(?:er|ers|ered)\b|\brepl(?:y|ies|ied)\b|\btestif(?:y|ies|ied)\b)"
)


@functools.lru_cache(maxsize=1 << 12)
def _analyze(text: str, today: str | None) -> Analysis:
    # (`today`: the day a checked text counts from, part of the key; values_of reads it)
    given = _given("analysis", text) if today is None else None
    if given is not None:
        return given  # type: ignore[no-any-return]
    values = values_of(text)
    clauses = clauses_of(text, values)
    korean = has_hangul(text)
    actor, span, pronoun = _subject(text, korean)
    if actor and NO_ACTOR.search(actor):
        actor, span = None, None  # (해외 주식 가운데 메타는, Just 101,000 won: no one who acts)
    with_roles = []
    starts = [c.start for c in clauses]
    told = any("say" in c.events for c in clauses) or bool(_TOLD.search(text))
    for value in values:
        clause = clauses[max(0, bisect.bisect_right(starts, value.start) - 1)]
        role = None
        events = clause.events
        if value.family in ("date", "birth"):
            if (
                "birth" in events
                and value.family == "date"
                and value.date is not None
                and _near_birth(text, value)
            ):
                value = _dc_replace(value, family="birth")
            elif "end" in events and "start" not in events:
                role = "end"
            elif "end" in events:
                role = _own_verb_role(text, value, values, clause) or "start-or-end"
            elif "start" in events and "graduate" in events:
                # 복무를 시작해 ... 마쳤다: a span, each date by its own verb
                role = _own_verb_role(text, value, values, clause) or "start"
            elif events & {"start", "enroll"}:
                role = "start"
            elif events & {"graduate", "receive"}:
                role = "completion"
        if value.family == "money" and events & {"buy", "sell"} and _price_at(text, value):
            role = "price"  # 41억5천만 원에 팔았다, sold for 4.15 billion won: what the deal cost
        if value.family in ("duration", "money", "count") and (
            _CHANGED_BY_EN.search(text, max(0, value.start - 60), value.start)
            or _CHANGED_BY_KO.match(text, value.end)
        ):
            role = "change"  # (shortened by about 10 years, 10년 단축: a difference, no span)
        if value.family == "date":
            role = _span_role(text, value, clause) or role
            if "say" in events and (
                _CONTENT_DATE.match(text, value.end)
                # (said the model would be completed by the end of 2025: a date inside what
                # was said, after its verb of saying and a would or will)
                or _CONTENT_DATE_EN.search(text, 0, value.start)
            ):
                # 이르면 10월 초로 예정된 ... 하겠다고 했다: the date of what was said, not
                # the day of the saying.
                events = (events - {"say"}) | {"content"}
        if value.family in ("date", "birth") and value.date is not None and value.date.year:
            bounded = _date_bound(text, value)
            if bounded is not None:
                value = _dc_replace(value, bound=bounded[0], bound_at=bounded[1])
        if value.family == "duration" and _bare_day(text, value):
            role = "day-of-month"  # 12일 서울 종로구 …에서: the 12th, not twelve days
        if value.family == "date" and _BESIDE.search(text, max(0, value.start - 12), value.start):
            value = _dc_replace(value, beside=True)
        if (
            value.family == "count"
            and value.unit is None
            and _KO_SCALE.search(value.text)
            and _MONEY_WORDS.search(clause.text)
        ):
            # (재산 37억 정도 신고했대: won left out, as people say it; not 37억 things)
            value = _dc_replace(value, family="money", unit="KRW")
        if (
            value.amount is not None
            and value.family in ("money", "count", "measure")
            and _is_difference(text, value, clause.start)
        ):
            role, value = "difference", _dc_replace(value, bound=None)
        if (
            value.bound in ("min", "max")
            and _THAN_AFTER.match(text, value.end)
            and (
                any(
                    v.unit == value.unit and clause.start <= v.start and v.end <= value.start
                    for v in values
                )
                # (예금 1억7124만 원보다: the figure of the noun right before it, not a bound)
                or _NOUN_RIGHT_BEFORE.search(text, max(clause.start, value.start - 12), value.start)
            )
        ):
            # (채무 7억4500만 원은 예금 1억7124만 원보다 많다: two figures compared, the second
            # the other thing's own, no bound)
            value = _dc_replace(value, bound=None)
        if value.bound in ("min", "max") and (
            _STRICT_AFTER.match(text, value.end)
            or _STRICT_BEFORE.search(text, max(clause.start, value.start - 25), value.start)
        ):
            # (13개가 넘는, 30억 원보다 많다, more than 13: past it, not the figure itself)
            events = events | {"strict"}
        if value.amount is not None and _EXACTLY_BEFORE.search(
            text, max(clause.start, value.start - 12), value.start
        ):
            # (정확히 37억 원, exactly 3.7 billion: no rounding of the source's figure to it)
            events = events | {"exact"}
        if value.bound in ("min", "max") and (
            _THRESHOLD_AFTER.match(text, value.end)
            or _THRESHOLD_BEFORE.search(text, max(clause.start, value.start - 80), value.start)
        ):
            # (소득이 100만 원 이하일 때, only if income is 1 million won or less: the limit a
            # rule sets, not a figure said to lie above or below it)
            events = events | {"condition"}
        if "condition" not in events and (
            _LIMIT_NAMED_BEFORE.search(text, max(clause.start, value.start - 20), value.start)
            or _LIMIT_NAMED_AFTER.match(text, value.end)
        ):
            # (대출이 한도인 6억 원을 넘었다, exceeded the 600 million won cap: the figure is
            # the limit itself, exactly; what lies beyond it is the loan, not its setter. The
            # bound stays: a figure of what is compared may meet it, 107만 over 100만)
            events = events | {"limit"}
        if told:
            value = _dc_replace(value, told=True)
        with_roles.append(_dc_replace(value, role=role, events=events) if role or events else value)
    return Analysis(
        text=text,
        values=tuple(with_roles),
        clauses=clauses,
        actor=actor,
        actor_span=span,
        names=names_of(text[:4000]),
        korean=korean,
        pronoun=pronoun,
    )


def _own_verb_role(
    text: str, value: Value, values: tuple[Value, ...], clause: Clause
) -> str | None:
    """In a clause that both starts and ends (2003년 9월 25일에 시작해 2008년 5월 2일 끝났다),
    the role of the verb that follows the date, before the next value."""
    later = [v.start for v in values if v.start > value.start]
    stop = min([clause.end, *later])
    after = text[value.end : stop]
    firsts = []
    for name in ("start", "end", "graduate"):
        m = _EVENT_RX[name].search(after)
        if m:
            firsts.append((m.start(), "end" if name == "graduate" else name))
    return min(firsts)[1] if firsts else None


_FROM_AFTER = rx.compile(
    r"\s*(?:부터|~|∼|〜|–|-\s*\d)|\s+(?:to|until|through)\s+(?:\d|[A-Z][a-z]+\.?\s+\d)"
)
# (not "not until June 2021": when it at last began)
# (a spaced en dash after words is a separator, 엑사원 3.0 공개 – 2024.8.7: not "until")
_UNTIL_BEFORE = rx.compile(
    r"(?:~|∼|〜)\s*$|(?<=[\d년월일])\s*–\s*$|(?<=\S)–$"
    r"|(?i:\b(?:to|(?<!not )until|(?<!not )till|through)\s+)$"
)
_SINCE_BEFORE = rx.compile(r"(?i:\b(?:since|from)\s+)$")


def _span_role(text: str, value: Value, clause: Clause) -> str | None:
    """The start or the end of a span: 2003년 9월부터 ... 2008년 5월까지, 2003년 3월~2006년 8월,
    from 2003 to 2008. A lone 까지 is a deadline, not an end."""
    after = text[value.end : value.end + 20]
    before = text[max(0, value.start - 12) : value.start]
    if _FROM_AFTER.match(after) or _SINCE_BEFORE.search(before):
        return "start"
    # Look near the value only: a clause may be a 100 KB run of dates.
    near = text[max(clause.start, value.start - 40) : min(clause.end, value.end + 8)]
    spanned = "부터" in near or "~" in near or _FROM_WORD.search(near)
    if _UNTIL_BEFORE.search(before) or (spanned and text.startswith("까지", value.end)):
        return "end"
    return None


__all__ = [
    "FAMILY",
    "LEVELS",
    "Analysis",
    "Clause",
    "Value",
    "analyze_sentence",
    "clauses_of",
    "names_of",
    "values_of",
]
