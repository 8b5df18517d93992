"""What a claim is before anything is weighed: a figure it sets aside (`X, not Y`), a day of
the week the calendar denies (Monday, July 17, 2025), a name or a figure alone that says
nothing."""

from __future__ import annotations

import datetime

from factcli.store.model import Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence

# A figure set aside: ", not 4.5 billion won" after the one meant, "4.5억이 아니라" before it.
_NOT_AFTER_EN = rx.compile(r",\s*(?:and\s+)?not\s+(?:in\s+|on\s+|at\s+|by\s+)?$")
_NOT_BEFORE_KO = rx.compile(r"\s*(?:이|가)?\s*아니(?:라|고)\s*,?\s*")


def contrast_cut(text: str) -> tuple[int, int] | None:
    """The span of a figure the sentence sets aside for another it gives (`X, not Y`; `Y가
    아니라 X`), when another figure of its kind is there: (start, end) to leave out."""
    analysis = analyze_sentence(text)
    values = analysis.values
    if len(values) < 2:
        return None
    for v in values:
        kin = [w for w in values if w is not v and w.family == v.family]
        if not kin:
            continue
        before = _NOT_AFTER_EN.search(text, max(0, v.start - 20), v.start)
        if (
            before is not None
            and before.end() == v.start
            and any(w.end <= before.start() for w in kin)
        ):
            end = v.end
            while end < len(text) and text[end] in " ":
                end += 1
            return before.start(), v.end
        after = _NOT_BEFORE_KO.match(text, v.end)
        if after is not None and any(w.start >= after.end() for w in kin):
            return v.start, after.end()
    return None


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_KO = ("월", "화", "수", "목", "금", "토", "일")
_WEEKDAY = rx.compile(
    r"(?i:\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"|\(([월화수목금토일])\)|(?<![가-힣])([월화수목금토일])요일"
)


def wrong_weekday(analysis: Analysis) -> str | None:
    """A day of the week the calendar denies (Monday, July 17, 2025: a Thursday): the
    sentence is false whatever the store says."""
    for v in analysis.values:
        when = v.date
        if when is None or not (when.year and when.month and when.day):
            continue
        near = _WEEKDAY.search(
            analysis.text, max(0, v.start - 14), min(len(analysis.text), v.end + 10)
        )
        if near is None:
            continue
        if near.group(1):
            said = _WEEKDAYS_EN.index(near.group(1).lower())
        else:
            said = _WEEKDAYS_KO.index(near.group(2) or near.group(3))
        actual = datetime.date(when.year, when.month, when.day).weekday()
        if said != actual:
            day = (
                (_WEEKDAYS_KO[actual] + "요일") if analysis.korean else _WEEKDAYS_EN[actual].title()
            )
            named = near.group(1).title() if near.group(1) else _WEEKDAYS_KO[said] + "요일"
            return f"{v.text} was a {day}, not a {named}"
    return None


def says_nothing(store: Store, analysis: Analysis) -> bool:
    """The claim is a name or a figure alone, with nothing said of it."""
    from factcli.judge.meaning.subjects import resolve

    bare = analysis.text.strip().rstrip(".!?。")
    for v in sorted(analysis.values, key=lambda v: -v.start):
        bare = bare[: v.start] + bare[v.end :]
    bare = bare.strip(" ,·")
    if not bare:
        return bool(analysis.values)
    who = resolve(store, bare) if len(bare.split()) <= 4 else None
    known = store.subjects.get(who) if who else None
    return known is not None and bare.lower() in {n.lower() for n in known.names}
