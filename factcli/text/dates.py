"""Dates as writers give them, kept at the precision they were given: 2024년 12월 is 2024-12.

No date library: dateparser invents a day for "2024년 12월" and costs ~100 ms to import.
Relative days (지난 7일) resolve only against an explicit reference date.
"""

from __future__ import annotations

import functools
import re
import sys

from factcli.text import patterns as rx
from factcli.text.korean import nfc, nfc_map
from factcli.text.records import dataclass

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    import datetime

__all__ = ["DateMention", "PartialDate", "find_dates", "parse_date", "parse_iso"]


def _days_in(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1], without importing calendar and locale (~2 ms
    of a check's start-up)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day; the year may be unknown.

    Construction validates the calendar (2025-02-29 raises ValueError; --02-29 is allowed).
    Ordering puts a missing component first, so 2025 < 2025-01 < 2025-01-01; the dataclass
    ``order=True`` is not used because it would compare None with int and raise.
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is None and self.month is None:
            raise ValueError("a date needs a year or a month")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            # An unknown year may be a leap year: --02-29 is a real day.
            leap_or_year = 2000 if self.year is None else self.year
            if not 1 <= self.day <= _days_in(leap_or_year, self.month):
                raise ValueError(f"day out of range: {self.iso}")

    def _key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    @property
    def iso(self) -> str:
        """ISO 8601 at this precision: "2023", "1976-05", "2025-07-17", "--07-17"."""
        head = "-" if self.year is None else f"{self.year:04d}"
        if self.month is None:
            return head
        text = f"{head}-{self.month:02d}"
        return text if self.day is None else f"{text}-{self.day:02d}"

    @property
    def precision(self) -> str:
        """ "year", "month" or "day": the smallest component given."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def first_day(self) -> datetime.date:
        """First day of the range this date covers; ValueError when the year is unknown."""
        import datetime  # only for dates asked about (--as-of): ~1 ms of start-up otherwise

        if self.year is None:
            raise ValueError(f"no year in {self.iso}")
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        """Last day of the range this date covers; ValueError when the year is unknown."""
        import datetime

        if self.year is None:
            raise ValueError(f"no year in {self.iso}")
        month = self.month or 12
        return datetime.date(self.year, month, self.day or _days_in(self.year, month))

    def agrees(self, other: PartialDate) -> bool:
        """True when both dates agree on every component that both of them give.

        2025-07 agrees with 2025-07-17 and with 2025; 2025-08 does not agree with 2025-07-17.
        A date without a year agrees on month and day alone.
        """
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a is None or b is None or a == b for a, b in pairs)

    def shares(self, other: PartialDate) -> bool:
        """Whether both dates give one component at least (2099 and March 5 of no year give
        none in common: they cannot be compared)."""
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return any(a is not None and b is not None for a, b in pairs)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class DateMention:
    """A date found in text; start and end index the original string (text[start:end])."""

    date: PartialDate
    start: int
    end: int
    text: str


_ISO = rx.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?")


def parse_iso(value: str | int | datetime.date) -> PartialDate:
    """Read "2025", "2025-07", "2025-07-17", "--07-17", an int year or a datetime.date.

    Raises ValueError for anything else and for impossible dates ("2025-02-30", "2021-13").
    A datetime.datetime gives its date.
    """
    # A date object comes only from a program that imported datetime: not imported for it.
    dates = sys.modules.get("datetime") or sys.modules.get("_datetime")
    if dates is not None and isinstance(value, dates.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int):
        return PartialDate(value)
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a date: {value!r}")
    year, month, day, bare_month, bare_day = (int(g) if g else None for g in match.groups())
    if year is None:
        return PartialDate(None, bare_month, bare_day)
    return PartialDate(year, month, day)


# Each month's English names, the full one first.
MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
MONTH_NAMES: tuple[str, ...] = tuple(names[0] for names in MONTH_WORDS)
_MONTHS = {name: number for number, names in enumerate(MONTH_WORDS, start=1) for name in names}
# Capitalized only: lower-case "may" and "march" are usually verbs.
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<y>\d{4})"
_M = r"(?P<m>\d{1,2})"
_D = r"(?P<d>\d{1,2})"
_ORD = r"(?:st|nd|rd|th)?"
# A number is whole when no digit, decimal point or grouping comma touches it.
_START = r"(?<![\d.,])"
_END = r"(?![\d]|[.,]\d)"
# A figure ends where no digit or Latin letter follows; a Korean particle may (2025.7.16이다,
# July 16, 2025에), which `\b` would refuse: Hangul counts as a word character.
_LATIN_END = r"(?![\dA-Za-z])"
# After N년 these make it a duration or a decade, not a year: 1000년간, 1990년대.
_NOT_YEAR = r"(?!간|대|\s*동안)"

_AFTER_WORDS = "|".join(
    rf"(?<=\b(?i:{w})[ -])"
    for w in ("in", "by", "until", "since", "early", "late", "mid", "end of")
)
# Tried together; overlapping candidates are resolved leftmost, then longest.
_PATTERNS: tuple[tuple[str, rx.Pattern], ...] = tuple(
    (kind, rx.compile(pattern))
    for kind, pattern in (
        ("ymd", rf"{_START}{_Y}\s*년\s*{_M}\s*월\s*{_D}\s*일"),
        # Not before a day without 일 (2025년 7월 17), but before a figure (12월 2.4B): see
        # _NO_BARE_DAY.
        ("ym", rf"{_START}{_Y}\s*년\s*{_M}\s*월"),
        ("y", rf"{_START}{_Y}\s*년{_NOT_YEAR}"),
        ("md", rf"{_START}{_M}\s*월\s*{_D}\s*일{_NOT_YEAR}"),
        ("ymd", rf"{_START}{_Y}\.\s*{_M}\.\s*{_D}{_LATIN_END}\.?{_END}"),
        ("ymd", rf"{_START}{_Y}/{_M}/{_D}{_END}"),
        # 07/18/2025, 18/07/2025: the order a day over 12 tells; else month first (as in
        # the United States, where the form is most written)
        ("slash", rf"{_START}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_Y}{_END}"),
        # (a year of two digits after an apostrophe, as the press writes it: '25.9.12,
        # '25년 7월 14일, '76년 5월)
        ("sy", rf"['’‘](?P<yy>\d{{2}})\.\s*{_M}\.\s*{_D}{_LATIN_END}\.?{_END}"),
        ("sy", rf"['’‘](?P<yy>\d{{2}})\s*년\s*{_M}\s*월\s*{_D}\s*일"),
        ("sym", rf"['’‘](?P<yy>\d{{2}})\s*년\s*{_M}\s*월"),
        ("syy", rf"['’‘](?P<yy>\d{{2}})\s*년{_NOT_YEAR}"),
        # ('74 in English, as the press writes a year; not ‘20만장’, a quote's figure)
        ("syy", r"(?<![\w'’‘])['’‘](?P<yy>\d{2})(?![\w%]|[.,]\d)"),
        # (25년 7월 17일, 25년 7월: two digits before a month are a year, not a span of
        # years, which would count its months in 개월)
        ("sy", r"(?<![\d.,'’‘])(?P<yy>\d{2})\s*년\s*" + _M + r"\s*월\s*" + _D + r"\s*일"),
        ("sym", r"(?<![\d.,'’‘])(?P<yy>\d{2})\s*년\s*" + _M + r"\s*월(?!\s*\d)"),
        # (74년생, 12년식: two digits before 생 or 식 are a year, not a span of years)
        ("syy", r"(?<![\d.,'’‘])(?P<yy>\d{2})\s*년(?=생|식)"),
        # (76년 서울 출생, 76년에 태어난: two digits a birth follows are its year)
        (
            "syy",
            r"(?<![\d.,'’‘])(?P<yy>\d{2})\s*년(?:에|도)?(?=\s+(?:[가-힣]+\s+){0,2}?(?:출생|태어|생(?:이|으로)))",
        ),
        ("ymd", rf"{_START}{_Y}-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_END}"),
        ("ym", rf"{_START}{_Y}-(?P<m>\d{{2}})(?![\d-])"),
        ("ymd", rf"\b{_MONTH}\s+{_D}{_ORD},?\s+{_Y}{_LATIN_END}"),
        ("ymd", rf"\b{_D}{_ORD}\s+(?:of\s+)?{_MONTH},?\s+{_Y}{_LATIN_END}"),
        ("ym", rf"\b{_MONTH},?\s+{_Y}{_LATIN_END}"),
        ("md", rf"\b{_MONTH}\s+{_D}{_ORD}\b(?!,?\s*\d)"),
        # (6.28 대책, 6·27 부동산 대책: a measure named by its month and day, as the press
        # names them)
        (
            "md",
            r"(?<![\d.,·])(?P<m>1[0-2]|[1-9])[.·](?P<d>3[01]|[12]\d|0?[1-9])"
            r"(?=\s*(?:부동산\s*|대출\s*)?(?:대책|조치|규제|선언|합의|개편안)(?![가-힣]*\d))",
        ),
        # A month alone (10월 초, in early October): said of this year or the next, so it
        # is checked on the month only.
        ("m", rf"{_START}{_M}\s*월"),
        ("m", rf"(?:{_AFTER_WORDS}){_MONTH}(?!\s*\d|\w)"),
    )
)

# The patterns that end in 월 and take no day without 일 after them: what the lookahead
# (?!\s*\d{1,2}(?![\d.,A-Za-z가-힣])) refused, told by _bare_day_after (its class of syllables
# costs ~0.5 ms to compile in each, at every start-up). Each of these matches ends in one
# place for its start, and no other match starts inside it: refusing it afterwards is the same.
_NO_BARE_DAY = frozenset(p for kind, p in _PATTERNS if p.pattern.endswith("\\s*월"))


def _bare_day_after(text: str, end: int) -> bool:
    """A day of one or two digits after text[:end] and spaces, not part of a figure or word."""
    while end < len(text) and text[end].isspace():
        end += 1
    if not text[end : end + 1].isdecimal():
        return False
    two = text[end + 1 : end + 2].isdecimal()
    after = text[end + 2 : end + 3] if two else text[end + 1 : end + 2]
    return not (
        after.isdecimal()
        or after in (".", ",")
        or (after.isascii() and after.isalpha())
        or "가" <= after <= "힣"
    )


# Words and signs after or before a bare 4-digit number that make it a quantity, not a year:
# after spaces, a Hangul syllable, % or ㎡ (told by comparison: a class of syllables costs
# ~0.5 ms to compile at every start-up), or one of these words in any case.
_COUNTED_WORDS = rx.compile(
    r"(?i:won|krw|usd|dollars?|gpus?|people|persons?|employees|"
    r"researchers|staff|workers|users|members|students|units|items|times|models|companies|"
    r"affiliates|benchmarks|languages|versions|cars|vehicles|parameters|tokens|days|weeks|"
    r"months|years|hours|minutes|seconds|percent|per\s+cent|square|sq|m2|km|kg|mw|gw)\b"
)


def _counted(text: str, pos: int) -> bool:
    r"""Whether a counter, unit or sign follows text[:pos] (what
    re.match(r"\s*(?:[가-힣%㎡]|(?i:won|...)\b)", text[pos:]) tells)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    after = text[pos : pos + 1]
    if after and ("가" <= after <= "힣" or after in "%㎡"):
        return True
    counted = _COUNTED_WORDS.match(text, pos)
    # (the 2030 GPU target, 2030 GPU demand: a year naming a goal of GPUs, not 2,030 GPUs)
    return counted is not None and not _OF_A_YEAR.match(text, counted.end())


_OF_A_YEAR = rx.compile(
    r"\s+(?i:targets?|goals?|plans?|demand|budgets?|deadlines?|roadmaps?|pledges?|projections?"
    r"|forecasts?|requirements?|needs|strategy|ambitions?)\b"
)


# Not after a letter-hyphen either (GPT-2020 is a name), but "2020-2025" holds two years.
_BARE_YEAR = rx.compile(
    r"(?<![\w.,$₩€£¥#])(?<![^\W\d_]-)(?P<y>(?:19|20)\d{2})(?![\w]|[.,]\d|[-/.]\d{1,2}\b)"
)
_CURRENCY_BEFORE = rx.compile(r"(?:[$₩€£¥]|krw|usd|us\$)\s*$", re.IGNORECASE)

# Korean days counted back from the reference: 지난 7일, 오는 20일, or a bare 12일.
_RELATIVE_DAY = rx.compile(
    r"(?:(?P<word>지난|오는|이달|이번\s*달)\s*)?(?<![\d.,])(?P<d>\d{1,2})\s*일"
    r"(?!\s*(?:간|째|동안|만에|이내|이상|이하|치|분))"
)

_AFTER_MONTH = rx.compile(r"월\s*$")
# Every date pattern above needs a digit: text without one (a long line of prose) is
# answered by one scan instead of a dozen (a 1 MB line took seconds).
HAS_DIGIT = rx.compile(r"\d").search


def _ends_before(pattern: rx.Pattern, text: str, pos: int) -> re.Match[str] | None:
    # Words before a number are short; searching the whole prefix made long texts quadratic.
    return pattern.search(text, max(0, pos - 40), pos)


def _date_from(kind: str, match: re.Match[str], reference: datetime.date | None) -> PartialDate:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"]] if groups.get("mon") else int(groups.get("m") or 0)
    if kind == "y":
        return PartialDate(int(groups["y"]))
    if kind == "ym":
        return PartialDate(int(groups["y"]), month)
    if kind == "m":
        return PartialDate(reference.year if reference else None, month)
    if kind == "md":
        return PartialDate(reference.year if reference else None, month, int(groups["d"]))
    if kind == "slash":
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (b, a) if a > 12 >= b else (a, b)
        return PartialDate(int(groups["y"]), month, day)
    if kind in ("sy", "sym", "syy"):
        # (the century the two digits are nearest today's in: '25 is 2025, '76 is 1976)
        two = int(groups["yy"])
        year = (
            2000 + two if two <= (reference.year if reference else 2030) % 100 + 5 else 1900 + two
        )
        if kind == "syy":
            return PartialDate(year)
        return PartialDate(year, month, int(groups["d"]) if kind == "sy" else None)
    return PartialDate(int(groups["y"]), month, int(groups["d"]))


def _relative(match: re.Match[str], reference: datetime.date) -> PartialDate:
    day = int(match.group("d"))
    year, month = reference.year, reference.month
    if day > reference.day and match.group("word") != "오는":
        # "12일" written on the 5th means the 12th of last month; "오는 12일" is ahead.
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return PartialDate(year, month, day)


def find_dates(text: str, *, reference: datetime.date | None = None) -> list[DateMention]:
    """Find every date in a sentence, in order, without overlaps (leftmost, then longest).

    Spans index the original text. Impossible dates are skipped, never raised. A bare
    number+년 below 1000 is a duration, not a date; a bare 4-digit year (1900-2099) counts
    unless a counter, unit or currency sign makes it a quantity. Month-day dates get the
    reference's year (or none); bare Korean days (12일, 지난 7일) need a reference.
    """
    norm, index = nfc_map(text)  # match on NFC, report spans into the caller's text
    # Text without a digit (a long line of prose) is scanned for a month alone only.
    patterns = _PATTERNS if HAS_DIGIT(norm) else _PATTERNS[-1:]
    # An impossible date (2025-02-30) stays a candidate with date None, so that it shadows
    # the shorter matches inside it (the bare year 2025) and then yields nothing.
    candidates: list[tuple[int, int, PartialDate | None]] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(norm):
            if kind in ("y", "ym", "ymd") and int(match.group("y")) < 1000:
                continue
            if pattern in _NO_BARE_DAY and _bare_day_after(norm, match.end()):
                continue
            try:
                date: PartialDate | None = _date_from(kind, match, reference)
            except ValueError:
                date = None
            candidates.append((match.start(), match.end(), date))
    for match in _BARE_YEAR.finditer(norm):
        if _counted(norm, match.end()) or _ends_before(_CURRENCY_BEFORE, norm, match.start()):
            continue
        candidates.append((match.start(), match.end(), PartialDate(int(match.group("y")))))
    if reference is not None:
        for match in _RELATIVE_DAY.finditer(norm):
            if _ends_before(_AFTER_MONTH, norm, match.start()):
                continue  # "2월 30일" was rejected as a month-day; it is no bare day either
            try:
                date = _relative(match, reference)
            except ValueError:
                date = None
            candidates.append((match.start(), match.end(), date))
    mentions: list[DateMention] = []
    last_end = 0
    for start, end, date in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start >= last_end:
            if date is not None:
                first, last = index[start], index[end]
                mentions.append(DateMention(date, first, last, text[first:last]))
            last_end = end
    return mentions


def parse_date(text: str) -> PartialDate:
    """Read one date written any way find_dates knows, or as ISO; ValueError otherwise.

    The whole text must be the date (surrounding spaces and a Korean particle after 년/월/일
    are fine: "2030년까지"), or ISO 8601's basic form (20250717). Month-day forms without a
    year give year None.
    """
    stripped = nfc(text).strip()
    try:
        return parse_iso(stripped)
    except ValueError:
        pass
    if len(stripped) == 8 and stripped.isascii() and stripped.isdigit():
        # (20250717: ISO 8601's basic form, as scripts and file names write a day)
        return parse_iso(f"{stripped[:4]}-{stripped[4:6]}-{stripped[6:]}")
    mentions = find_dates(stripped)
    if len(mentions) == 1 and mentions[0].start == 0:
        rest = stripped[mentions[0].end :]
        if not rest or (rest.isalpha() and all("\uac00" <= c <= "\ud7a3" for c in rest)):
            return mentions[0].date
    raise ValueError(f"not a date: {text!r}")
