"""What a claim is before anything is weighed: a label or a sentence adverb before it (Fact
check:, Reportedly,), a figure it sets aside (`X, not Y`), a day of the week the calendar
denies (Monday, July 17, 2025), a name or a figure alone that says nothing."""

from __future__ import annotations

from collections.abc import Sequence

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.korean import strip_particle
from factcli.text.sentences import _STATES

# What a writer puts before a claim that is no part of it: a label and a colon or a dash
# (Fact check:, Key point —, 속보 —, 요약:), a sentence adverb or whose account it is
# (Reportedly, Per the profile, As reported by Asia Today,). Not a hyphen (EXAONE 3.0 - …),
# nor a label with a figure in it (Q2:, 2025:), which may be a claim's own.
# Whose account a sentence gives first, the person or body in group 1: 배 장관에 따르면,
# 과기부에 의하면; According to Kang Hoon-sik, (see actors.cited_objection).
_CITED_KO = r"((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]+?)에\s*(?:따르면|의하면)"
CITED_KO = rx.compile(r"\s*" + _CITED_KO + r"[,\s]")
CITED_EN = rx.compile(r"\s*(?i:according\s+to)\s+([^,]{2,60}?)\s*,")
_LEAD_IN = rx.compile(
    r"\s*(?:"
    r"(?:[A-Za-z][A-Za-z']*(?:\s+[A-Za-z][A-Za-z']*){0,2}|[가-힣]{1,6}(?:\s+[가-힣]{1,6})?)"
    r"\s*(?::|—|–|--)\s+"
    r"|(?i:reportedly|interestingly|notably|officially|allegedly|importantly|indeed|in fact|"
    r"actually|in short|in brief|in his own words|to be clear|for the record|"
    r"(?:per|according to|as reported by|as reported in)\s+[^,\d]{2,40}),\s+"
    # (배 장관에 따르면, 과기부에 의하면: whose account, the Korean way)
    r"|" + _CITED_KO + r",?\s+"
    r")"
)


def lead_in(text: str) -> int:
    """Where the claim starts after a label or a sentence adverb before it (0 if none)."""
    m = _LEAD_IN.match(text)
    if m is None or not text[m.end() :].strip():
        return 0
    return m.end()


# A figure set aside: ", not 4.5 billion won" after the one meant, "4.5억이 아니라" before it.
_NOT_AFTER_EN = rx.compile(r",\s*(?:and\s+)?not\s+(?:in\s+|on\s+|at\s+|by\s+)?$")
_NOT_BEFORE_KO = rx.compile(r"\s*(?:이|가)?\s*아니(?:라|고)\s*,?\s*")


def contrast_cut(analysis: Analysis) -> tuple[int, int] | None:
    """The span of a figure the sentence sets aside for another it gives (`X, not Y`; `Y가
    아니라 X`), when another figure of its kind is there: (start, end) to leave out."""
    text, values = analysis.text, analysis.values
    if "not" not in text and "아니" not in text and "rather" not in text:
        return None
    if len(values) < 2:
        return _name_set_aside(text)
    # (the first and last start of each kind of figure: is there one before, one after)
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for w in values:
        first.setdefault(w.family, w.end)
        last[w.family] = w.start
    for v in values:
        before = _NOT_AFTER_EN.search(text, max(0, v.start - 20), v.start)
        if before is not None and before.end() == v.start and first[v.family] <= before.start():
            return before.start(), v.end
        after = _NOT_BEFORE_KO.match(text, v.end)
        if after is not None and last[v.family] >= after.end():
            return v.start, after.end()
    return _name_set_aside(text)


# A name set aside for the one given beside it (the Silver Tower order, not the Gold Tower
# order, in 2023; rather than the Gold Tower order; 금탑이 아니라 은탑산업훈장을): no claim.
_NAME_ASIDE_EN = rx.compile(
    # (a name: a capital after the article; not 'not on any inside information', a denial)
    r",\s*(?:and\s+)?not\s+(?:the\s+|a\s+|an\s+|his\s+)?[A-Z][^,;.\d]{1,60}?(?=,|\.$|$)"
    r"|\s+(?:rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+)?[A-Z][^,;.\d]{1,60}?"
    r"(?=,|\.$|$)"
)
_NAME_ASIDE_KO = rx.compile(
    r"(?<![가-힣\d])[가-힣A-Za-z]{1,12}(?:이|가)\s*아니라\s+(?=[가-힣A-Za-z])"
)


def _name_set_aside(text: str) -> tuple[int, int] | None:
    """The span of a name the sentence sets aside for another it gives, if it does."""
    m = _NAME_ASIDE_EN.search(text) or _NAME_ASIDE_KO.search(text)
    return (m.start(), m.end()) if m is not None else None


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_KO = ("월", "화", "수", "목", "금", "토", "일")
_WEEKDAY = rx.compile(
    r"(?i:\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"|\(([월화수목금토일])\)|(?<![가-힣])([월화수목금토일])요일"
)


def _weekday(year: int, month: int, day: int) -> int:
    """Monday 0 to Sunday 6 (Sakamoto's method; datetime is not imported on this path)."""
    offsets = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)
    y = year - (month < 3)
    sunday_first = (y + y // 4 - y // 100 + y // 400 + offsets[month - 1] + day) % 7
    return (sunday_first - 1) % 7


def wrong_weekday(analysis: Analysis) -> str | None:
    """A day of the week the calendar denies (Monday, July 17, 2025: a Thursday): the
    sentence is false whatever the store says."""
    if _WEEKDAY.search(analysis.text) is None:
        return None
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
        actual = _weekday(when.year, when.month, when.day)
        if said != actual:
            day = (
                (_WEEKDAYS_KO[actual] + "요일") if analysis.korean else _WEEKDAYS_EN[actual].title()
            )
            named = near.group(1).title() if near.group(1) else _WEEKDAYS_KO[said] + "요일"
            return f"{v.text} was a {day}, not a {named}"
    return None


def weekday_of_fact(analysis: Analysis, facts: Sequence[Fact]) -> str | None:
    """A day of the week said without a full date (on a Monday in September 2025, 금요일에)
    that the calendar denies for the day the supporting facts give: the explanation."""
    said_at = _WEEKDAY.search(analysis.text)
    if said_at is None or any(
        v.date is not None and v.date.year and v.date.month and v.date.day for v in analysis.values
    ):
        return None  # (a full date beside it: wrong_weekday reads it)
    days = {f.date: f.id for f in facts if isinstance(f.date, str) and len(f.date) == 10}
    if len(days) != 1:
        return None
    day, fact_id = days.popitem()
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:])
    actual = _weekday(year, month, date)
    if said_at.group(1):
        said = _WEEKDAYS_EN.index(said_at.group(1).lower())
    else:
        said = _WEEKDAYS_KO.index(said_at.group(2) or said_at.group(3))
    if said == actual:
        return None
    told = (_WEEKDAYS_KO[actual] + "요일") if analysis.korean else _WEEKDAYS_EN[actual].title()
    named = said_at.group(1).title() if said_at.group(1) else _WEEKDAYS_KO[said] + "요일"
    return f"the source dates this {day}, a {told}, not a {named} ({fact_id})"


def says_nothing(store: Store, analysis: Analysis, *, fragment_ok: bool = False) -> bool:
    """The claim is a name or a figure alone, with nothing said of it. `fragment_ok`: a
    side of a sentence judged again (NEXUS, of "released after NEXUS") may be a word or
    two."""
    from factcli.judge.meaning.subjects import resolve

    bare = analysis.text.strip().rstrip(".!?。")
    for v in sorted(analysis.values, key=lambda v: -v.start):
        bare = bare[: v.start] + bare[v.end :]
    bare = bare.strip(" ,·")
    if not bare:
        return bool(analysis.values)
    who = resolve(store, bare) if len(bare.split()) <= 4 else None
    known = store.subjects.get(who) if who else None
    if known is not None and bare.lower() in {n.lower() for n in known.names}:
        return True
    # Who, and a verb that says nothing of what (Bae said. The minister did it. 배 장관은
    # 했다.): every word a name, a title, a pronoun or an empty verb.
    words = [str(w) for w in _WORD.findall(bare)]
    if not 0 < len(words) <= 6 or analysis.values:
        return False
    if len(words) <= 2 and not fragment_ok and not _STATES.search(bare):
        return True  # (ab, AI, 규제: a word or two with no verb asserts nothing)
    rest = [w for w in words if w.lower() not in _EMPTY_EN and not _EMPTY_KO.fullmatch(w)]
    if not rest:
        return True  # (He said so.)
    named = resolve(store, " ".join(rest)) or resolve(store, bare)
    known = store.subjects.get(named) if named else None
    parts = {str(p).lower() for n in known.names for p in _WORD.findall(n)} if known else set()
    return bool(parts) and all(strip_particle(w).lower() in parts for w in rest)


_WORD = rx.compile(r"[\w'’-]+")
_EMPTY_EN = frozenset(
    [
        "said",
        "says",
        "say",
        "did",
        "does",
        "do",
        "done",
        "it",
        "so",
        "that",
        "this",
        "the",
        "a",
        "an",
        "he",
        "she",
        "they",
        "was",
        "is",
        "were",
        "are",
        "has",
        "had",
        "have",
        "minister",
        "mr",
        "dr",
        "his",
        "her",
        "their",
        "him",
    ]
)
_EMPTY_KO = rx.compile(
    r"(?:그|그는|그가|그녀는|장관은|장관이|장관|장관님은|씨는|씨가)"
    r"|(?:했|말했|밝혔|그랬|그렇게\s*말했|말한|한)다"
)
