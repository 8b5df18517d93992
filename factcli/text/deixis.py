"""Words that count from the day a text is written: 올해 7월, 지난해, 지난달 7일, 이달 23일,
지난 2월, 오는 20일, last year, the 17th of last month, last July.

Such a word names a date only once that day is known: `check --as-of DAY` says the checked
text was written on DAY. Only the checked text is read so (the store's quotes count from
their own article's day, which the store's facts already give): `WRITTEN` holds the day and
the text being judged, and `day_for` answers for that text and the pieces cut from it.
Without a day, these words date nothing, as before (a month without a year agrees on the
month alone).
"""

from __future__ import annotations

from contextvars import ContextVar

from factcli.text import patterns as rx
from factcli.text.dates import MONTH_WORDS, PartialDate, _days_in

# (day of writing as ISO YYYY-MM-DD, the text judged), while a text is judged as of a day.
WRITTEN: ContextVar[tuple[str, str] | None] = ContextVar("written", default=None)


def day_for(text: str) -> str | None:
    """The day `text` was written on, if it is (part of) the text judged as of a day."""
    written = WRITTEN.get()
    if written is None or not text or text not in written[1]:
        return None
    return written[0]


_YEAR_SHIFT = {
    "올해": 0, "금년": 0, "지난해": -1, "작년": -1, "재작년": -2, "내년": 1, "명년": 1,
    "this": 0, "last": -1, "next": 1,
}  # fmt: skip
_MONTH_SHIFT = {"지난": -1, "저번": -1, "이": 0, "이번": 0, "다음": 1, "내": 1}
_EN_MONTHS = {name.lower(): n for n, names in enumerate(MONTH_WORDS, 1) for name in names}
_EN_MONTH = "|".join(sorted((m for m in _EN_MONTHS if m.isascii() and m.isalpha()), key=len)[::-1])
_DAY = r"(?:[12]\d|3[01]|[1-9])"
_MON = r"(?:1[0-2]|[1-9])"

# Korean: 올해 7월 (17일), 지난해 9월, 재작년 12월; 지난달 7일, 이달 23일, 다음 달 초;
# 지난 2월, 오는 10월 1일; 지난 7일, 오는 20일 (the day alone: this month or the one next to it).
_NOT_SPAN = r"(?!\s*(?:간|째|동안|만에|이내|이상|이하|치))"  # (지난 7일간: seven days, no date)
_KO = rx.compile(
    rf"(?<![가-힣])(?P<yw>올해|금년|지난해|작년|재작년|내년|명년)"
    rf"(?:\s*(?P<ym>{_MON})\s*월(?:\s*(?P<yd>{_DAY})\s*일)?|(?:에는|에도|에|의|도|는|엔)?(?![가-힣\d])"
    # (내년까지, 올해부터: the year, before the word of its role)
    rf"|(?=까지|부터))"
    rf"|(?<![가-힣])(?P<mw>지난|저번|이번|다음|이|내)\s?달"
    rf"(?:(?:에는|에도|에|의)?\s*(?P<md>{_DAY})\s*일{_NOT_SPAN}|(?:에는|에도|에|의|은|도)?(?![가-힣\d]))"
    rf"|(?<![가-힣])(?P<pw>지난|오는)\s*(?:(?P<pm>{_MON})\s*월(?:\s*(?P<pd>{_DAY})\s*일)?"
    rf"|(?P<pdd>{_DAY})\s*일{_NOT_SPAN})"
)
# English: this year, last year, next year (with July / in July / July 17 beside them);
# the 17th of last month, last month, this month; last July, next March.
_EN = rx.compile(
    rf"(?i:\b(?:(?P<em>{_EN_MONTH})\s+(?:(?P<emd>{_DAY})(?:st|nd|rd|th)?\s*,?\s+)?(?:of\s+)?"
    rf"(?P<eyw1>this|last|next)\s+year"
    rf"|(?P<eyw2>this|last|next)\s+year(?:\s*,)?(?:\s+in|\s+on)?\s+(?P<em2>{_EN_MONTH})"
    rf"(?:\s+(?P<emd2>{_DAY})(?:st|nd|rd|th)?)?"
    rf"|(?:(?:on\s+)?the\s+(?P<emdd>{_DAY})(?:st|nd|rd|th)\s+of\s+)?(?P<emw>this|last|next)\s+month"
    rf"|(?P<eyw3>this|last|next)\s+year"
    rf"|(?P<epw>last|next|this\s+past|this\s+coming)\s+(?P<epm>{_EN_MONTH}))\b)"
)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if month and day and day > _days_in(year, month):
        return None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _nearest(
    year: int, month: int, day: int | None, today: PartialDate, ahead: bool
) -> PartialDate | None:
    """지난 2월, last July (the latest before today) or 오는 10월, next March (the first after)."""
    now = (today.month or 1, today.day or 1)
    told = (month, day or (1 if ahead else 31))
    if ahead:
        return _date(year if told > now else year + 1, month, day)
    return _date(year if told < now else year - 1, month, day)


def _day_near(day: int, today: PartialDate, ahead: bool) -> PartialDate | None:
    """지난 7일 (this month's 7th if it has come, else last month's), 오는 20일 (the next)."""
    year, month = today.year or 0, today.month or 1
    if ahead and day < (today.day or 1):
        year, month = _shift_month(year, month, 1)
    elif not ahead and day > (today.day or 1):
        year, month = _shift_month(year, month, -1)
    return _date(year, month, day)


def _month_of(name: str | None) -> int | None:
    return _EN_MONTHS.get(name.lower()) if name else None


def counted_from(text: str, today: PartialDate) -> list[tuple[int, int, PartialDate]]:
    """Every date `text` counts from `today` (a whole day), as (start, end, date): the span
    covers the counting word and the month or day it governs (올해 7월, 지난달 7일)."""
    if today.year is None or today.month is None:
        return []
    year = today.year
    found: list[tuple[int, int, PartialDate]] = []
    for m in _KO.finditer(text):
        date: PartialDate | None
        if m.group("yw"):
            month = int(m.group("ym")) if m.group("ym") else None
            day = int(m.group("yd")) if m.group("yd") else None
            date = _date(year + _YEAR_SHIFT[m.group("yw")], month, day)
        elif m.group("mw"):
            y, mo = _shift_month(year, today.month, _MONTH_SHIFT[m.group("mw")])
            date = _date(y, mo, int(m.group("md")) if m.group("md") else None)
        elif m.group("pdd"):
            date = _day_near(int(m.group("pdd")), today, m.group("pw") == "오는")
        else:
            day = int(m.group("pd")) if m.group("pd") else None
            date = _nearest(year, int(m.group("pm")), day, today, m.group("pw") == "오는")
        if date is not None:
            found.append((m.start(), m.end(), date))
    for m in _EN.finditer(text):
        word = (m.group("eyw1") or m.group("eyw2") or m.group("eyw3") or "").lower()
        if word:
            month = _month_of(m.group("em") or m.group("em2"))
            day_text = m.group("emd") or m.group("emd2")
            date = _date(year + _YEAR_SHIFT[word], month, int(day_text) if day_text else None)
        elif m.group("emw"):
            y, mo = _shift_month(year, today.month, _YEAR_SHIFT[m.group("emw").lower()])
            date = _date(y, mo, int(m.group("emdd")) if m.group("emdd") else None)
        else:
            ahead = m.group("epw").lower().split()[-1] in ("next", "coming")
            month = _month_of(m.group("epm")) or 1
            date = _nearest(year, month, None, today, ahead)
        if date is not None:
            found.append((m.start(), m.end(), date))
    return found


def counts_from_writing(text: str) -> str | None:
    """The first word of `text` that counts from the day of writing (내년까지, last year),
    read as a date would be with a day given, or None."""
    for pattern in (_KO, _EN):
        m = pattern.search(text)
        if m is not None:
            return m.group()
    return None
