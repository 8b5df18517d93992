"""A post said to be held at a time (2022년 당시 배경훈은 LG AI연구원장이었다; As of 2013, Bae
worked at SK Telecom): the time must fall inside the post's, from its start to its end.

A sentence of a state names no act, so the checker reads its date against the dates a post's
facts give (the day it was taken, the day it ended) and finds them different. A year inside
the post's span is not a different date: it is a time the post was held. This module says so
when one post's fact holds every word of the sentence and its span holds the date.
"""

from __future__ import annotations

from factcli.find.vocabulary import Index
from factcli.judge.meaning.subjects import resolve
from factcli.judge.reading import _fact_evidence
from factcli.judge.relevance import R_MIN, relevance
from factcli.judge.wording import _LOOSE, _holds, _said_terms
from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.terms import analyze

# A state, not an act: a copula after the post (원장이었다, 상무였던), working or serving
# somewhere, or "at the time".
_STATE_KO = rx.compile(
    r"(?:이었|였|이던|이었던|재직|근무|일했|일하고|몸담|고\s*있었|고\s*있던|당시|재학|다녔|다니고)"
)
# A verb of holding a post or working somewhere, in any form (이끌고, 맡고, 일하고): the
# state's, not a word a fact must hold.
_HOLDING_KO = rx.compile(r"^(?:이끌|이끈|맡|일하|일했|근무|재직|몸담|재학|다니|다녔|밟)")
_STATE_EN = rx.compile(
    r"(?i:\b(?:was|were|served|serving|worked|working|held|headed|led|chaired|ran|studying)\b)"
)
# The state's own words, which no fact needs to hold.
_STATE_WORDS = frozenset(
    analyze(
        "work worked working serve served serving held headed led chaired ran study studied "
        "studying 근무 재직 일했 몸담 복무 중 중이었다 중이던 중이었던 중인 재학 다녔다 밟고"
    )
)


# (datetime is imported by PartialDate's days only when asked: not at a check's start-up)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime

    Span = tuple[datetime.date, datetime.date | None]


def _span(fact: Fact) -> Span | None:
    """The first and last day a post's fact gives (its end, else None: still held)."""
    if not isinstance(fact.start, str):
        return None
    try:
        first = parse_iso(fact.start).first_day()
        last = parse_iso(fact.end).last_day() if isinstance(fact.end, str) else None
    except ValueError:  # (a date without a year)
        return None
    return first, last


def _meets(day: PartialDate, span: Span) -> bool:
    """Whether a date (a year, a month or a day) and the span have a day in common: a post
    left in July 2025 was held in 2025."""
    first, last = span
    return (
        day.year is not None
        and (last is None or day.first_day() <= last)
        and first <= day.last_day()
    )


def _when(fact: Fact) -> str:
    """A post's span as the source gives it: 2021-06~2025-07, 2025-07~."""
    return f"{fact.start}~{fact.end or ''}"


def held_then(
    store: Store, analysis: Analysis, found: Finding, index: Index | None = None
) -> Finding | None:
    """Where a sentence of one date says a post was held then: supported when a fact of that
    post (of the sentence's subject, holding every word of the sentence) spans the date;
    contradicted when facts of the post are found and none does; else None (the verdict
    stands)."""
    if found.verdict is Verdict.unverified:
        return None
    if len(analysis.clauses) != 1 or len(analysis.values) != 1:
        return None
    clause, value = analysis.clauses[0], analysis.values[0]
    if (
        clause.events
        or clause.negated
        or clause.marker
        or clause.certainty != "done"
        or value.family != "date"
        or value.role is not None
        or value.date is None
    ):
        return None
    text, korean = analysis.text, analysis.korean
    from factcli.judge.acts import _ONCE

    if _ONCE.search(text):
        return None  # (첫 직장은 2009년 삼성탈레스였다: the start of his working life, not a time in it)
    state = (_STATE_KO if korean else _STATE_EN).search(text)
    if state is None:
        return None
    who = resolve(store, analysis.actor) if analysis.actor else None
    if who is None:
        return None
    rest = text[: value.start] + " " + text[value.end :]
    if analysis.actor_span and analysis.actor_span[1] <= value.start:
        # (배경훈 과학기술정보통신부 장관은 …: the subject's own title names no post of then)
        rest = text[analysis.actor_span[1] : value.start] + " " + text[value.end :]
    words = [
        t
        for t in analyze(rest)
        if t not in _LOOSE
        and t not in _STATE_WORDS
        and not _HOLDING_KO.match(t)
        # (his name, not a body's: 삼성탈레스 is the word the post's fact must hold)
        and resolve(store, t) != who
    ]
    if not words:
        return None
    posts: list[tuple[Fact, Span]] = []
    seen: set[str] = set()
    # (the facts of the sentence's words, and of the post's words alone: 박사 과정에 재학
    # 중이었다 ranks the hearing's words on the programme first, the programme's span after)
    found_by = relevance(store, rest, [], index) + relevance(store, " ".join(words), [], index)
    for fact, score, _matched in found_by:
        span = _span(fact)
        if score < R_MIN or fact.subject != who or span is None or fact.id in seen:
            continue
        seen.add(fact.id)
        said = _said_terms(store, fact)
        if all(_holds(said, t) for t in words):
            posts.append((fact, span))
    if not posts:
        return None
    from factcli.judge.meaning.names import later_name_objection

    if later_name_objection(analysis, [f for f, _s in posts]) is not None:
        return None  # (한화시스템 in 2007, when it was Samsung Thales: the name is wrong then)
    # (said the way the fact's own statement dates the post's start, 2006년 …책임연구원으로
    # 일했다, the year is that start's, not a time inside the post)
    cue = state.group().lower()
    meets = [fact for fact, span in posts if _meets(value.date, span)]
    inside = [
        fact
        for fact in meets
        if cue not in ((fact.statement if korean else fact.statement_en) or "").lower()
    ]
    if inside:
        if found.verdict is Verdict.supported:
            return None
        fact = inside[0]
        statement = (fact.statement if korean else fact.statement_en) or fact.statement
        return Finding(
            text,
            Verdict.supported,
            facts=[fact.id],
            evidence=[_fact_evidence(fact, "agree", text, statement)],
        )
    if meets or found.verdict is Verdict.contradicted:
        return None  # (a time inside the post, told as its start: the verdict stands)
    fact = posts[0][0]
    held = ", ".join(_when(f) for f, _s in posts[:3])
    return Finding(
        text,
        Verdict.contradicted,
        facts=[f.id for f, _s in posts[:3]],
        explanation=f"{value.text} is outside the time the source gives for this post ({held})",
        evidence=[
            _fact_evidence(
                fact, "conflict", text[value.start : value.end], _when(fact), value.start
            )
        ],
    )


# A post told as held, by its title before a copula (과학기술정보통신부 장관이었다).
_POST_WAS_KO = rx.compile(
    r"([가-힣A-Za-z]*(?:장관|원장|위원장|상무|전무|대표|연구위원|본부장|센터장|수석|연구원))"
    r"(?:이었다|였다|이었고|였고|이었으며|였으며"
    # (in that capacity: 장관으로서, 원장 자격으로, 장관 시절)
    r"|\s*(?:으로서|로서|자격으로|신분으로|\s시절|\s재임\s*시절|\s재직\s*시절))"
)


# An English title said to be held then (Then-minister Bae, Minister Bae, then already in
# office): the title.
_POST_THEN_EN = rx.compile(
    r"(?i:\bthen[-\s]+(?:science\s+)?(minister|head|director|chief|executive)\b"
    r"|\b(minister|head|director|chief)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+then\s+"
    r"(?:already\s+)?in\s+office\b"
    # (in that capacity: as Minister of Science and ICT, as the head of LG AI Research)
    # (a head's or director's title says whose only with the body after it: minister alone)
    r"|\bas\s+(?:the\s+|a\s+|an\s+)?(?:(?:science|ict)\s+)?(minister)\b(?!\s+of\s+(?!science))"
    r")"
)
_TITLE_KO_EN = {"minister": "장관", "head": "원장", "director": "원장", "chief": "원장"}
_TITLE_KO_EN["executive"] = "상무"


def post_year_objection(store: Store, analysis: Analysis) -> str | None:
    """A post said to be held in a year (…한 2024년에 배경훈은 과학기술정보통신부 장관이었다;
    Then-minister Bae … in 2023) that the subject's facts of that post give only other years
    to (he took the post in 2025): the explanation. None where no fact gives the post, or
    one holds the year."""
    if analysis.korean:
        m = _POST_WAS_KO.search(analysis.text)
        title = m.group(1) if m else ""
    else:
        m = _POST_THEN_EN.search(analysis.text)
        title = _TITLE_KO_EN[(m.group(1) or m.group(2) or m.group(3)).lower()] if m else ""
    years = [v for v in analysis.values if v.date is not None and v.date.year]
    if m is None or len(years) != 1:
        return None
    year = years[0].date.year if years[0].date else None
    who = resolve(store, analysis.actor) if analysis.actor else None
    if year is None or who is None or len(title) < 2:
        return None
    words = [w for w in analysis.text[: m.start()].split()[-2:] if w] if analysis.korean else []
    posts = [
        f
        for f, _r, _t in relevance(store, " ".join([*words, title]), [], None)
        if f.kind == "position"
        and f.subject == who
        and isinstance(f.start, str)
        and title[-2:] in f"{f.value} {f.statement}"
        and (not title[:-2] or title[:-2] in f"{f.value} {f.statement} {f.org or ''}")
    ]
    if not posts:
        return None
    for fact in posts:
        span = _span(fact)
        if span is None:
            return None
        first, last = span
        if first.year <= year and (last is None or last.year >= year):
            return None
    fact = min(posts, key=lambda f: str(f.start))
    return f"the source gives this post from {fact.start}, not in {year} ({fact.id})"
