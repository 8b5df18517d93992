"""A part of a month or a year the sentence puts a date in (late June, 6월 말, Q2 2025, the
autumn of 1976, 하반기), against the day or month the source gives: the month or year agrees,
the part of it does not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.deixis import _YEAR_SHIFT

# Parts of a month, by their days: before the month's value in English (late June), after
# it in Korean (6월 말).
_PART_OF_MONTH_EN = rx.compile(
    r"(?i:\b(early|the\s+beginning\s+of|mid|the\s+middle\s+of|late|the\s+end\s+of)[\s-]+(?:of\s+)?)$"
)
_PARTICLE = r"(?:에는|에|의|은|는|엔|까지|부터|께|경|쯤|로|이|가)?(?![가-힣])"
_PART_OF_MONTH_KO = rx.compile(rf"\s*(초순|초|중순|하순|말){_PARTICLE}")
_DAYS_OF = {
    "early": (1, 10),
    "the beginning of": (1, 10),
    "초": (1, 10),
    "초순": (1, 10),
    "mid": (11, 20),
    "the middle of": (11, 20),
    "중순": (11, 20),
    "late": (21, 31),
    "the end of": (21, 31),
    "하순": (21, 31),
    "말": (21, 31),
}
# Parts of a year, by their months: quarters, halves, seasons.
_PART_OF_YEAR_EN = rx.compile(
    r"(?i:\b(?:(q[1-4])|(?:the\s+)?(first|second|third|fourth)\s+quarter\s+of|"
    r"(?:the\s+)?(first|second)\s+half\s+of|(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?)"
    r"\s*)$"
)
_PART_OF_YEAR_KO = rx.compile(
    rf"\s*(?:([1-4])분기|(상반기|하반기)|(봄|여름|가을|겨울)|(초반|초|중반|후반|연말|말)){_PARTICLE}"
)
# A year's beginning, middle or end (2025년 말, late 2025), by months wide enough that a date
# outside them is not what a writer means by the words.
_YEAR_PARTS = {
    "초": (1, 4),
    "초반": (1, 6),
    "early": (1, 4),
    "the beginning of": (1, 4),
    "the start of": (1, 4),
    "중반": (4, 9),
    "mid": (4, 9),
    "the middle of": (4, 9),
    "후반": (7, 12),
    "말": (9, 12),
    "연말": (9, 12),
    "late": (9, 12),
    "the end of": (9, 12),
}
_YEAR_PART_EN = rx.compile(
    r"(?i:\b(early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)(?:[\s-]+(?:in\s+)?))$"
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_SEASONS = {
    "spring": (3, 5),
    "봄": (3, 5),
    "summer": (6, 8),
    "여름": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "가을": (9, 11),
    # (December of the year, or its January and February: either is that year's winter)
    "winter": (12, 2),
    "겨울": (12, 2),
}


def _within(month: int, first: int, last: int) -> bool:
    """Whether a month is in first..last (winter: 12..2 runs over the year's end)."""
    return first <= month <= last if first <= last else month >= first or month <= last


def _months(analysis: Analysis, value: Value) -> tuple[int, int, str] | None:
    """The months (first, last) the words beside a year put the date in, and those words."""
    text = analysis.text
    before = _PART_OF_YEAR_EN.search(text, max(0, value.start - 32), value.start)
    if before is not None and before.end() == value.start:
        quarter = before.group(1) or before.group(2)
        if quarter:
            n = int(quarter[1]) if quarter.lower().startswith("q") else _QUARTERS[quarter.lower()]
            return 3 * n - 2, 3 * n, before.group().strip()
        if before.group(3):
            return (
                (1, 6, before.group().strip())
                if before.group(3).lower() == "first"
                else (
                    7,
                    12,
                    before.group().strip(),
                )
            )
        season = before.group(4).lower()
        return (*_SEASONS[season], before.group().strip())
    part = _YEAR_PART_EN.search(text, max(0, value.start - 24), value.start)
    if part is not None and part.end() == value.start and value.text.strip().isdigit():
        return (*_YEAR_PARTS[" ".join(part.group(1).lower().split())], part.group().strip(" -"))
    after = _PART_OF_YEAR_KO.match(text, value.end)
    if after is not None and analysis.korean:
        if after.group(1):
            n = int(after.group(1))
            return 3 * n - 2, 3 * n, f"{n}분기"
        if after.group(2):
            return (1, 6, after.group(2)) if after.group(2) == "상반기" else (7, 12, after.group(2))
        if after.group(3):
            return (*_SEASONS[after.group(3)], after.group(3))
        return (*_YEAR_PARTS[after.group(4)], after.group(4))
    return None


def _part_said(analysis: Analysis, value: Value) -> tuple[str, str] | None:
    """The scale ("month", "year") and the words of a part of it the sentence puts a date in
    (7월 말, 2025년 하반기, late 2025); None when it names none."""
    if value.date is None or value.date.day is not None:
        return None
    if value.date.month is not None:
        days = _days(analysis, value)
        return ("month", days[2]) if days else None
    months = _months(analysis, value)
    return ("year", months[2]) if months else None


def part_words(analysis: Analysis) -> set[str]:
    """The words of the parts of months and years the sentence's dates are put in (말 of 7월
    말, 하반기, late): a date's own words, which period_objection weighs."""
    from factcli.text.terms import analyze

    words: set[str] = set()
    for value in analysis.values:
        said = _part_said(analysis, value) if value.family == "date" else None
        if said is not None:
            words.update(analyze(said[1]))
            words.update(w for w in said[1].split() if w.isdigit())
    return words


def _part_in(texts: Sequence[str], words: str) -> bool:
    """Whether a text of the fact says the same part, in either language (its own 다음 달 초
    for the beginning of October, late 2025 for 2025년 말)."""
    key = " ".join(words.lower().split()).strip(" -")
    kind = next((k for k, said in _PART_KINDS.items() if key in said), None)
    if kind is None:
        return any(words in t for t in texts)
    return any(_PART_TOLD[kind].search(t) for t in texts)


def _other_part_in(texts: Sequence[str]) -> bool:
    """Whether the fact's texts give a part of a month or year at all (its 다음 달 초, where the
    sentence says 말): then the part is told otherwise, which part_of_month_objection weighs."""
    return any(p.search(t) for p in _PART_TOLD.values() for t in texts)


# The same part of a month or year, in the words either language gives it.
_PART_KINDS = {
    "early": {"초", "초순", "상순", "초반", "early", "the beginning of", "the start of"},
    "mid": {"중순", "중반", "mid", "the middle of"},
    "late": {"말", "하순", "후반", "연말", "late", "the end of"},
    "first half": {"상반기", "first", "the first half of", "first half"},
    "second half": {"하반기", "second", "the second half of", "second half"},
    "spring": {"봄", "spring", "the spring of"},
    "summer": {"여름", "summer", "the summer of"},
    "autumn": {"가을", "autumn", "fall", "the autumn of", "the fall of"},
    "winter": {"겨울", "winter", "the winter of"},
}
_PART_TOLD = {
    "early": rx.compile(
        r"(?:\d\s*(?:년|월)|달|연)\s*(?:초순|상순|초반|초)(?![가-힣]{2})|연초|올초"
        r"|(?i:\b(?:early|beginning|start)\b)"
    ),
    "mid": rx.compile(r"(?:\d\s*(?:년|월)|달)\s*(?:중순|중반)|(?i:\bmid(?:dle)?\b)"),
    "late": rx.compile(
        r"(?:\d\s*(?:년|월)|달|올해)\s*(?:하순|후반|말)(?![가-힣]{2})|연말"
        r"|(?i:\b(?:late|end)\b)"
    ),
    "first half": rx.compile(r"상반기|(?i:\bfirst\s+half\b)"),
    "second half": rx.compile(r"하반기|(?i:\bsecond\s+half\b)"),
    "spring": rx.compile(r"봄|(?i:\bspring\b)"),
    "summer": rx.compile(r"여름|(?i:\bsummer\b)"),
    "autumn": rx.compile(r"가을|(?i:\b(?:autumn|fall)\b)"),
    "winter": rx.compile(r"겨울|(?i:\bwinter\b)"),
}


def _days(analysis: Analysis, value: Value) -> tuple[int, int, str] | None:
    """The days (first, last) the words beside a month put the date in, and those words."""
    text = analysis.text
    before = _PART_OF_MONTH_EN.search(text, max(0, value.start - 24), value.start)
    if before is not None and before.end() == value.start:
        part = " ".join(before.group(1).lower().split())
        return (*_DAYS_OF[part], before.group().strip(" -"))
    after = _PART_OF_MONTH_KO.match(text, value.end)
    if after is not None:
        return (*_DAYS_OF[after.group(1)], after.group(1))
    return None


def _own_date(fact: Fact, value: Value) -> Value | None:
    """The fact's own date (or start) as a value, where it agrees with the sentence's (the
    birthplace's 1976-05, whose statement gives no date)."""
    from factcli.text.dates import parse_iso
    from factcli.text.records import replace

    for told in (fact.date, fact.start):
        if not told:
            continue
        try:
            date = parse_iso(told)
        except ValueError:
            continue
        if value.date is not None and date.agrees(value.date):
            return replace(value, text=told, date=date)
    return None


def period_objection(
    analysis: Analysis, value: Value, slot: Value | None, fact: Fact
) -> Objection | None:
    """The part of a month or a year the sentence gives (late June 2025, Q2 2025) does not hold
    the day or month the source gives (2025-06-10, 2025-03-18); where the fact's own date is
    not what agreed, a date its statement gives that agrees (born in May 1976)."""
    if value.date is None:
        return None
    if slot is None or slot.date is None:
        told = [
            v
            for v in (analyze_sentence(fact.statement).values if fact.statement else ())
            if v.date is not None and v.date.agrees(value.date) and v.date.month is not None
        ]
        slot = told[0] if told else _own_date(fact, value)
    if slot is None or slot.date is None:
        return None
    when, theirs = value.date, slot.date
    part = _part_said(analysis, value)
    if part is not None and (
        (part[0] == "month" and theirs.day is None and theirs.month is not None)
        or (part[0] == "year" and theirs.month is None)
    ):
        # (2023년 말 where the source gives 2023 alone: the sentence says more than it)
        texts = [
            t for t in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources)) if t
        ]
        if not _part_in(texts, part[1]) and not _other_part_in(texts):
            return Objection(
                "unheld",
                f"the source gives {slot.text}, not which part of it ({part[1]})",
            )
    if when.month is not None and when.day is None and theirs.day is not None:
        days = _days(analysis, value)
        if days is not None and not days[0] <= theirs.day <= days[1]:
            said = f"{value.text} {days[2]}" if analysis.korean else f"{days[2]} {value.text}"
            return Objection(
                "value",
                f"the source gives {slot.text}, not {said}",
                found=said,
                expected=slot.text,
                start=value.start,
                end=value.end,
            )
    if when.month is None and theirs.month is not None:
        months = _months(analysis, value)
        if months is not None and not _within(theirs.month, months[0], months[1]):
            said = f"{value.text} {months[2]}" if analysis.korean else f"{months[2]} {value.text}"
            return Objection(
                "value",
                f"the source gives {slot.text}, not {said}",
                found=said,
                expected=slot.text,
                start=value.start,
                end=value.end,
            )
    return None


# A supported sentence's part of a month or a year, against the words of the facts that
# support it (given to the month only: 이르면 다음 달 초 for 2025-10): the same part, or none.
# Which part of a month a date names: 10월 초, 다음 달 말, early October, the end of next month.
_PART_OF_MONTH = (
    ("early", rx.compile(r"(?:월|달)\s*(?:초순|상순)|(?:월|달)\s*초(?![가-힣])|(?:월|달)\s*초(?=[로에까경쯤]|\s)"
                         r"|(?i:\b(?:early|the\s+(?:beginning|start)\s+of)\s+(?:[A-Z][a-z]+|next\s+month|this\s+month)\b)")),
    ("mid", rx.compile(r"(?:월|달)\s*중순|(?i:\bmid-?\s*(?:[A-Z][a-z]+|next\s+month)\b|\bthe\s+middle\s+of\b)")),
    ("late", rx.compile(r"(?:월|달)\s*하순|(?:월|달)\s*말(?![가-힣])|(?:월|달)\s*말(?=[로에까경쯤]|\s)"
                        r"|(?i:\b(?:late|the\s+end\s+of)\s+(?:[A-Z][a-z]+|next\s+month|this\s+month)\b)")),
)  # fmt: skip


_PART_WORDS = {"early": ("초", "early"), "mid": ("중순", "mid-"), "late": ("말", "late")}
_PART_AFTER = rx.compile(r"\s*(?:초순|상순|중순|하순|(?:초|말)(?![가-힣]{2}))")
_PART_BEFORE = rx.compile(
    r"(?i:\b(?:early|mid-?|late|the\s+(?:beginning|start|middle|end)\s+of)\s*)$"
)


# ... and of a year: 연초, 상반기, early in the year; 연말, 하반기, year-end.
_PART_OF_YEAR = (
    ("early", rx.compile(r"(?<![가-힣])(?:연초|상반기|올초)|(?i:\bearly\s+in\s+the\s+year\b"
                         r"|\bthe\s+(?:beginning|start)\s+of\s+the\s+year\b|\bfirst\s+half\b)")),
    ("late", rx.compile(r"(?<![가-힣])(?:연말|하반기|연말께|올해\s*말)|(?i:\byear[-\s]end\b"
                        r"|\bend\s+of\s+the\s+year\b|\blate\s+in\s+the\s+year\b|\bsecond\s+half\b)")),
)  # fmt: skip


class PartTold:
    """A part of a month or a year told otherwise: which scale ("month", "year"), the
    sentence's part and the source's ("early", "mid", "late"), where the sentence says it and
    the source's words. (A plain class: typing's NamedTuple costs a check's start-up.)"""

    __slots__ = ("end", "mine", "said", "scale", "start", "theirs")

    def __init__(self, scale: str, mine: str, theirs: str, start: int, end: int, said: str):
        self.scale, self.mine, self.theirs = scale, mine, theirs
        self.start, self.end, self.said = start, end, said


def part_of_month_objection(text: str, facts_texts: Sequence[str]) -> PartTold | None:
    """A part of a month (초, 말, early, late) or of a year (연초, 연말) the supporting facts
    give otherwise."""
    for scale, parts in (("month", _PART_OF_MONTH), ("year", _PART_OF_YEAR)):
        mine = [(part, m) for part, pattern in parts if (m := pattern.search(text))]
        if len(mine) != 1:
            continue
        theirs = [(part, m) for part, p in parts for t in facts_texts if (m := p.search(t))]
        if len({part for part, _m in theirs}) == 1 and mine[0][0] != theirs[0][0]:
            (part, m), (other, said) = mine[0], theirs[0]
            return PartTold(scale, part, other, m.start(), m.end(), said.group())
    return None


def with_part(text: str, start: int, end: int, part: str, korean: bool) -> tuple[int, int, str]:
    """A date's span widened to the part-of-month word beside it (10월 말, late October), and
    the word for `part` in the sentence's language."""
    after = _PART_AFTER.match(text, end)
    before = _PART_BEFORE.search(text, max(0, start - 24), start)
    word = _PART_WORDS[part][0 if korean else 1]
    return (before.start() if before else start), (after.end() if after else end), word


# A year counted from the day words were said (내년, 올해, next year), shifted as
# text/deixis counts it.
_RELATIVE_YEAR = rx.compile(
    r"(?<![가-힣])(?P<ko>올해|금년|내년|명년|작년|지난해|재작년)"
    r"(?=(?:에는|에도|에|의|도|는|엔)?(?![가-힣]))"
    r"|(?i:\b(?P<en>this|next|last)\s+year\b)"
)


def relative_year_objection(text: str, facts: Sequence[Fact]) -> tuple[int, int, str] | None:
    """A year the sentence counts from the day its words were said (내년 연말 LLM이 나올
    것이라고 밝혔다) that is not the year of the supporting facts said that day: where it is,
    and the year the store gives. Only facts that record the day they were said (`stated`)
    and their own year (`date`); a sentence naming no such year, or a fact of that year among
    them, is no objection."""
    dated = [
        (int(f.stated[:4]), int(f.date[:4]))
        for f in facts
        if f.stated and f.date and f.stated[:4].isdigit() and f.date[:4].isdigit()
    ]
    if not dated:
        return None
    for m in _RELATIVE_YEAR.finditer(text):
        word = (m["ko"] or m["en"]).lower()
        if any(said + _YEAR_SHIFT[word] == year for said, year in dated):
            return None
        year = dated[0][1]
        return m.start(), m.end(), f"{year}년" if re.search(r"[가-힣]", text) else str(year)
    return None
