"""Which came first: a sentence that puts two events in order against the dates the store gives.

"엑사원 2.0을 먼저 내놓은 뒤 2022년 12월 엑사원 1.0을 공개했다", "After the president approved
his appointment, Bae's hearing was held", "Bae joined SK Telecom first and moved to Samsung
Thales in 2006": each side of the order word is looked up on its own (the search index), and
when each names one dated fact the order of their dates must be the sentence's.

May import: factcli.find, factcli.store, factcli.text; judge.meaning for Objection, words of
aspect and tenure's readings of a post held or only proposed; judge.reading for evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from factcli.find.search import search
from factcli.find.vocabulary import Index
from factcli.judge.meaning.certainty import ALREADY, PENDING
from factcli.judge.meaning.subjects import Objection
from factcli.judge.meaning.tenure import nominee_only, says_post_held
from factcli.judge.reading import _fact_evidence
from factcli.store.model import Fact, Finding, Match, Store, Verdict, event_date
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence, names_of, values_of
from factcli.text.dates import PartialDate
from factcli.text.records import replace
from factcli.text.terms import analyze, is_predicate

# Korean: A-ㄴ 뒤(에)/후(에)/이후(에)/다음(에) B, A에 이어 B: A first. A기 전(에) B, A보다 먼저/앞서 B,
# A에 앞서 B: B first.
# (다음 달, 다음 날 alone: the next month or day, a time; not "after", unless after an act)
_KO_THEN = rx.compile(
    r"(?<=[가-힣])\s+(?:뒤|후|이후|직후|다음(?!\s*(?:달|날|주|해|번|차례|단계|분기|학기|세대)))"
    r"(?:에|에야|에는|인)?(?=[\s,])|에\s*이어(?=[\s,])"
    # (the month or the day after an act: 취임한 다음 달, 재가를 받은 다음 날)
    r"|(?<=[한된은던난운른간온])\s+다음(?=\s*(?:달|날|주|해))"
    # (after a name or a number too: 엑사원 4.0 이후에)
    r"|(?<=[A-Za-z0-9])\s+(?:이후|직후)(?:에|에는|인)?(?=[\s,])"
)
_KO_FIRST = rx.compile(
    r"기\s*전(?:에|인)?(?=[\s,])|기\s*전(?:이었다|이다|이었고|이었으며)(?=[\s,.]|$)"
    # (먼저였다, 앞선 일이다: the order as the clause's predicate)
    r"|보다\s*(?:먼저|앞서|앞선)(?=\s|(?:이었|였|이다|다)|[.,]|$)|에\s*앞서(?=[\s,])"
    # (이전 with its particle: 이전 집 is the previous home)
    r"|(?<=[가-힣A-Za-z0-9])\s+(?:이전(?:에|에는|인)|직전(?:에|에는|인)?)(?=[\s,])"
)
# English: After A, B; A first and then B: A first. B after A, B came after A, B followed A:
# A first. A before B, A preceded B: A first.
_EN_AFTER_LEAD = rx.compile(
    # (or a span before it: A day after …, Six days after …, The day after …)
    r"^(?i:(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)|the\s+(?:next\s+)?day)\s+)?"
    r"(?i:after)\s+([^,]{6,160}),\s*(.{6,})$"
)
# (Only once the curbs were announced did Bae take out his loan; Not until A did B: A first,
# the clause after the inverted auxiliary the later event)
_EN_ONLY_LEAD = rx.compile(
    r"^(?i:only\s{1,3}(?:after|once|when|following)|not\s{1,3}until)\s{1,3}"
    r"((?:[^,]|,(?=\s{0,2}\d{4}))(?:[^,]|,(?=\s{0,2}\d{4})){5,160}),?"
    r"\s{1,3}(?i:did)\s{1,3}(.{6,})$"
)
_EN_FIRST_THEN = rx.compile(
    # (not "was first unveiled": first, then the next)
    r"(?i:(?<!\s)\s+first,?\s+(?:and\s+then|then|and)\s+|(?<!\s),?\s+and\s+then\s+|"
    r",\s+after\s+which\s+)"
)
_EN_AFTER = rx.compile(
    r"(?i:(?<!\s)\s+(?:came\s+|was\s+|were\s+)?(?:only\s+)?(?:after|following)\s+)(?!which\b)"
    # (the following day: a date told by another, not an order of two events)
    r"(?!(?i:day|days|week|weeks|month|months|year|years|morning|afternoon|evening)\b)"
    # (after five years at SK Telecom: a length of time, not an event)
    r"(?!(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|"
    r"\d+(?:\.\d+)?)\s+(?:more\s+)?(?:day|week|month|year|decade)s?)\b)"
)
_EN_FOLLOWED = rx.compile(
    r"(?i:(?<!\s)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)\s+followed\s+)"
    r"(?!in\b|on\b|by\b|it\b|them\b|this\b|that\b|up\b|with\b)"
)
# (A was followed, four months later, by B: A first)
_EN_FOLLOWED_BY = rx.compile(
    r"(?i:(?<!\s)\s+(?:was|were|is|are|been)\s+followed\s+(?:[\w,]+\s+){0,4}?by\s+)"
)
_EN_BEFORE = rx.compile(
    r"(?i:(?<!\s)\s+(?:came\s+|was\s+|were\s+)?(?:before|preceded)\s+)"
    # (before a body one appears in front of is a place, not a time)
    r"(?!(?i:the\s+)?(?i:national\s+assembly|assembly|parliament|lawmakers|committee|reporters|"
    r"court|press|audience|cameras))"
)
_ORDER_SET_ASIDE = rx.compile(r"(?i:,\s*(?:and\s+|but\s+)?not\s+(?:before|after)\s*,)")
_NOT_ORDER_EN = rx.compile(r"(?i:\bnamed\s+after\b|\bafter\s+all\b|\blook(?:ed|s)?\s+after\b)")
_ADNOMINAL_END = rx.compile(r"[가-힣]$")
# A topic, then a subject of its own before the clause of time ends (X은 Y가 … 된 뒤).
TOPIC_THEN_SUBJECT = rx.compile(
    # (a subject of a name and its version too: 엑사원 3.0이)
    r"^\s*([가-힣A-Za-z0-9.' ]{1,20}?(?:은|는))\s+"
    r"(?=[가-힣A-Za-z0-9.]{1,12}(?:\s[A-Za-z0-9.]{1,6})?(?:이|가)\s)"
)
TOPIC_KO = rx.compile(r"^\s*([가-힣A-Za-z0-9.' ]{1,20}?(?:은|는))\s")
# (a date in a longer topic, of a dated event told before its clause: 국토부의 6월28일 대출
# 규제 발표는; the topic read by _TOPIC_BEFORE_THAN)
_DATED = rx.compile(r"\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}\s*년")
# (before 보다, the topic may carry its date and verb: 2023년 7월 19일 나온 엑사원 2.0은)
# The topic of a cleft sentence: A한 것은 | B하기 전이었다.
_CLEFT = rx.compile(r"(?<=[가-힣])\s*(?:것|때)(?:은|는|이)\s")
_TOPIC_BEFORE_THAN = rx.compile(r"^\s*([가-힣A-Za-z0-9.' ]{1,32}?(?:은|는))\s")
# A span counted from or to an event (4개월 뒤, four months after, a decade before it is
# commercialised): how long, not which came first.
_SPAN_ORDER = rx.compile(
    r"(?:\d+|[한두세네다섯]|몇)\s*(?:년|개월|달|주|일|시간)\s*(?:만에|뒤|후|이후|전|앞서)"
    r"|(?i:\b(?:decades?|years?|months?|weeks?|days?|hours?)\s+(?:before|after|later|earlier)\b)"
)
_MIN_SCORE = 80.0  # a side with no date or name of its own must match a fact this well
_MAX_NEAR = 1  # more other days than this as near the best: the side names no event
_NEAR = 3.0  # two dated facts this close in score, at other dates: the side is ambiguous
_MIN_DOMINANT = 30.0
_RIVAL_SHARE = 0.6


_when = event_date


def _key(d: PartialDate, depth: int) -> tuple[int, ...]:
    parts = (d.year or 0, d.month or 0, d.day or 0)
    return parts[:depth]


def _depth(d: PartialDate) -> int:
    return 3 if d.day else 2 if d.month else 1


def _later(a: PartialDate, b: PartialDate) -> bool:
    """a is after b at the precision both give (a year alone never orders two days in it)."""
    if a.year is None or b.year is None:
        return False
    depth = min(_depth(a), _depth(b))
    return _key(a, depth) > _key(b, depth)


def _fact_text(fact: Fact) -> str:
    return " ".join(str(t) for t in (fact.statement, fact.statement_en, fact.value) if t)


# A degree received (earning his PhD, 박사 학위를 받은): dated by the programme's end.
_DEGREE_RECEIVED = rx.compile(
    r"(?i:\b(?:earn|receiv|obtain|got|award)\w*\s+(?:his\s+|her\s+|a\s+|the\s+)?"
    r"(?:ph\.?d|doctorate|master'?s|degree)|학위를?\s*(?:받|취득))"
)


def event_of(
    store: Store,
    index: Index | None,
    side: str,
    other: frozenset[str] = frozenset(),
    not_on: PartialDate | None = None,
) -> tuple[Fact, PartialDate] | None:
    """The one dated fact a side of the order names, or None when it names none or several
    (`other`: as events_of's; `not_on`: facts of that day set aside, the other side's: a fact
    that names the hearing passed and the approval, dated at the approval, tells of it)."""
    found = [(f, w) for f, w in events_of(store, index, side, other) or [] if w != not_on]
    if not found or any(when != found[0][1] for _f, when in found[1:]):
        return None
    return found[0]


# The last word of a side (his confirmation hearing: hearing; 인사청문회), and what makes it
# a modifier of another noun in a fact's text (the hearing office, 청문회 사무실).
_HEAD_WORD = rx.compile(r"([A-Za-z]{4,}|[가-힣]{2,})\W*$")
_MODIFIED = r"[\s-]*(?:office|materials|documents|preparation|team|사무실|자료|준비)"


def _only_as_modifier(word: str, fact: Fact) -> bool:
    """Every time the fact's statements name `word`, it modifies another noun after it."""
    texts = [t for t in (fact.statement, fact.statement_en) if t]
    word = re.sub(r"(?:은|는|이|가|을|를|의|에|에서|와|과)$", "", word) if word[0] >= "가" else word
    found = [m for t in texts for m in re.finditer(re.escape(word), t, re.IGNORECASE)]
    return bool(found) and all(
        re.match(_MODIFIED, m.string[m.end() :], re.IGNORECASE) for m in found
    )


def events_of(
    store: Store, index: Index | None, side: str, other: frozenset[str] = frozenset()
) -> list[tuple[Fact, PartialDate]] | None:
    """The dated facts a side of the order names, the best first: one, or several of about
    the same score (the contract the source dates March 5, and after the June 10 loan);
    None when it names none. `other`: the facts the other side names, which this side's
    event is not (the loan taken after the June 28 curbs is not the curbs)."""
    side = side.strip(" ,.")
    if len(side) < 2:
        return None
    # (the things a side names; a person with a title names who, not which event)
    names = {(kind, name) for kind, name, _ in names_of(side) if not kind.startswith("person")}
    values = values_of(side)
    dates = [v.date for v in values if v.family == "date" and v.date is not None]
    amounts = {v.amount for v in values if v.amount is not None and v.family != "duration"}
    # (a side that tells of an end, 복무를 마친, the service had ended, is dated by the end)
    ending = any(
        c.events & {"end", "graduate"} and "start" not in c.events
        for c in analyze_sentence(side).clauses
    ) or bool(_DEGREE_RECEIVED.search(side))
    # (already, 이미: a word of aspect, none of the event the side names)
    matches = _held_not_proposed(side, search(store, ALREADY.sub(" ", side), limit=8, index=index))

    found = []
    head = _HEAD_WORD.search(side)
    for match in matches:
        if match.fact.id in other:
            continue
        if head is not None and _only_as_modifier(head.group(1), match.fact):
            continue  # (the confirmation-hearing office: a place, not the hearing)
        when = _when(match.fact, ending=ending)
        if when is None:
            continue
        fact_names = {
            (kind, name) for kind, name, _ in names_of(_fact_text(match.fact), loose=True)
        }
        named = bool(names) and names <= fact_names
        dated = any(
            d.year in (None, when.year)
            and (d.month is None or d.month == when.month)
            and (d.day is None or d.day == when.day)
            for d in dates
        )
        if (names and not named and not dated) or (dates and not dated):
            continue  # the side names another thing, or another day
        figured = isinstance(match.fact.value, int | float) and any(
            a == Decimal(str(match.fact.value)) for a in amounts
        )
        if (
            amounts
            and isinstance(match.fact.value, int | float)
            and not figured
            and any(a and 0.5 < Decimal(str(match.fact.value)) / a < 2 for a in amounts)
        ):
            continue  # (1억 원을 증여한: not the securities' 1억368만, a figure near it)
        found.append((match.score, named or dated or figured, match.fact, when))
    if not found:
        return None
    # (a fact of the year alone, 2025's asset filing "for the hearing", beside the hearing of
    # 2025-07-14 nearly as good a match: the side tells of the day's event)
    top_score = found[0][0]
    fine = [w for o, _a, _f, w in found if o >= _BAND * top_score and _depth(w) == 3]
    found = [
        f
        for f in found
        if not (
            _depth(f[3]) < 3
            and any(_key(w, _depth(f[3])) == _key(f[3], _depth(f[3])) for w in fine)
        )
    ] or found
    if _told_on(found[0][2], found[0][3]) and not _SAYING.search(side):
        # (Bae's loan: the loan, not his statement of 06-30 about it, nearly as good a match;
        # a side that names no saying tells of the event said of)
        done = [f for f in found[1:] if not _told_on(f[2], f[3]) and f[0] >= _BAND * found[0][0]]
        if done:
            found = [done[0], *(f for f in found if f is not done[0])]
    if found[0][2].bound:
        # (the contract signed after the June 10 loan, dated only "after", beside the loan of
        # that day, nearly as good a match: the side tells of the loan's day)
        exact = [f for f in found[1:] if not f[2].bound and f[0] >= _BAND * found[0][0]]
        if exact:
            found = [exact[0], *(f for f in found if f is not exact[0])]
    score, anchored, fact, when = found[0]
    rival = max((o for o, _a, _f, w in found[1:] if w != when), default=0.0)
    # Without a date or name of its own, a side must match one fact well, or match facts of
    # one day far better than any other day's (취임식: the inauguration and what was said there)
    dominant = score >= _MIN_DOMINANT and rival <= _RIVAL_SHARE * score
    if not anchored and score < _MIN_SCORE and not dominant:
        return None
    if fact.bound or fact.status in PENDING:
        return None  # (a bound, or what is planned or expected, has no day to order by)
    near = [
        (f, w)
        for other, _a, f, w in found[1:]
        if other >= score - _NEAR
        # (not a coarser date the best one falls in: 2025 beside 2025-07-14 is no other day)
        and not (_depth(w) < _depth(when) and _key(when, _depth(w)) == _key(w, _depth(w)))
        # (nor what was said of the event later, where the side names the event, not a
        # saying: 배경훈의 대출은, not his statement of 06-30 about the loan)
        and not (_told_on(f, w) and not _told_on(fact, when) and not _SAYING.search(side))
    ]
    if len({w for _f, w in near} - {when}) > _MAX_NEAR:
        return None  # (a side that facts of many days match as well names no event)
    return [(fact, when), *near]


# Words of a saying (a statement, remarks) in a side of an order.
_SAYING = rx.compile(
    r"입장|발언|말했|말한|밝혔|밝힌|해명|설명|주장|기자간담회|청문회에서|"
    r"(?i:\bsaid\b|\bsays\b|\bstatement\b|\bremarks?\b|\btold\b|\bclaimed\b)"
)


def _told_on(fact: Fact, when: PartialDate) -> bool:
    """The fact is something said, dated by the day it was said."""
    return bool(fact.stated) and str(when) == str(fact.stated)


def _held_not_proposed(side: str, matches: list[Match]) -> list[Match]:
    """A side telling of a post held (became minister) means its appointment or the taking
    of office, not the nomination: the matches without the facts of a nominee only."""
    if not says_post_held(side):
        return matches
    held = [m for m in matches if not nominee_only(m.fact)] or matches
    # (and a post before another thing of as many of its words: LG AI연구원장에 올랐다 is his
    # post there, not the lab's rising to the top of a benchmark)
    band = _BAND * held[0].score
    return sorted(held, key=lambda m: (m.score < band, m.fact.kind != "position"))


# What is left after 보다 먼저 when the order is the predicate (였다, 이다, 다.).
# (asked of the words with no space left in them: one run of spaces, one way to read it)
_PREDICATE_ONLY = rx.compile(r"(?:이었|였|이|인)?(?:다|일이다|일이었다)?[.。]?")
# The topic: the last word ending in 은 or 는 (배경훈이 받은 주택담보대출은: not 받은).
_LONG_TOPIC = rx.compile(r"^(.{1,160}\S(?:은|는))\s+(\S.{0,160})$")
# After another event, as a clause's predicate (대출은 규제 발표 뒤였다, 이후다).
_KO_AFTER_PREDICATE = rx.compile(
    r"(?<=[가-힣A-Za-z0-9])(?<!보다)\s+(?:뒤|후|이후|다음)(?:였|이었|이다|다(?=[\s.]|$)|의\s+일)"
)
_DATE_TOPIC = rx.compile(r"^(.{0,160}?\d\s*(?:일|월|년)(?:은|는))\s+(\S.{0,160})$")
_THIS_WORDS = rx.compile(r"이는|이것은|이 일은|그것은")
# A clause, then 이는 (this) and the other event, the order of the two its predicate (…공개됐는데,
# 이는 엑사원 2.0보다 먼저였다; 이는 엑사원 3.0 공개 4개월 전이었다; 이는 출범보다 앞선 일이다).
_KO_THIS = rx.compile(
    # (a point only between digits, 3.0: no sentence's end)
    r"^(?P<a>(?:[^.]|(?<=\d)\.(?=\d)){1,200}?)(?:(?:는데|고|으며|며|으나|지만)[ \t]*,?|[ \t]*,)[ \t]*"
    r"(?:이는|이것은|이 일은|그것은)[ \t]+(?P<b>(?:[^,.]|(?<=\d)\.(?=\d)){1,80}?)[ \t]*"
    r"(?:보다[ \t]*(?:(?P<first>먼저|앞서|앞선|이른|일렀|빨랐|빠른)|늦|나중|뒤)"
    r"|(?:(?:\d+|[한두세네])[ \t]*(?:년|개월|달|주|일)[ \t]*)?"
    r"(?:(?P<before>전|이전)|뒤|후|이후)(?:이었|였|이다|이며|의\s))"
)


@functools.lru_cache(maxsize=256)
def _sides(text: str) -> tuple[str, str] | None:
    """The sentence's two events, the earlier first by its words, or None. (Cached: the
    order check, the dates-against check and the weighing of each value ask it of the same
    sentence.)"""
    if _NOT_ORDER_EN.search(text):
        return None
    this = _KO_THIS.match(text.strip()) if _THIS_WORDS.search(text) else None
    if this:
        a, b = this.group("a"), this.group("b")
        return (a, b) if this.group("first") or this.group("before") else (b, a)
    # (after, not before, the cap: the order it sets aside is no side of it)
    text = _ORDER_SET_ASIDE.sub(" ", text)
    m = _EN_ONLY_LEAD.match(text.strip()) or _EN_AFTER_LEAD.match(text.strip())
    if m:
        return m.group(1), m.group(2)
    for pattern, first_is_left in (
        (_EN_FIRST_THEN, True),
        (_EN_BEFORE, True),
        (_EN_AFTER, False),
        (_EN_FOLLOWED, False),
        (_EN_FOLLOWED_BY, True),
    ):
        hits = list(pattern.finditer(text))
        if len(hits) == 1:
            left, right = text[: hits[0].start()], text[hits[0].end() :]
            return (left, right) if first_is_left else (right, left)
    after = _KO_AFTER_PREDICATE.search(text)
    if after:
        # (A는 B 뒤였다, of the last clause: B came first)
        clause = text[: after.start()].rsplit(",", 1)[-1].strip()
        lead = _DATE_TOPIC.match(clause) or _LONG_TOPIC.match(clause)
        return (lead.group(2), lead.group(1)) if lead else None
    hits = list(_KO_THEN.finditer(text))
    if len(hits) == 1:
        left, right = text[: hits[0].start()], text[hits[0].end() :]
        if not hits[0].group(0).lstrip().startswith(
            ("에", "이후", "직후")
        ) and not _ADNOMINAL_END.search(left):
            return None
        return left, right
    hits = list(_KO_FIRST.finditer(text))
    if len(hits) == 1:
        left, right = text[: hits[0].start()], text[hits[0].end() :]
        cleft = _CLEFT.search(left) if not right.strip(" .") else None
        if cleft:
            # (A한 것은 B하기 전이었다: A came first)
            return left[: cleft.start()], left[cleft.end() :]
        if hits[0].group(0).startswith("보다") and _PREDICATE_ONLY.fullmatch(
            re.sub(r"\s+", "", right)
        ):
            # (A는 B보다 먼저였다, A은 B보다 앞선다: the order is the predicate; the topic,
            # however long, came first)
            # (a day as the topic before the first 은 of a verb: 대출을 받은 6월 10일은)
            lead = _DATE_TOPIC.match(left.strip()) or _LONG_TOPIC.match(left.strip())
            return (lead.group(1), lead.group(2)) if lead else None
        topic = _TOPIC_BEFORE_THAN.match(left)
        if topic and hits[0].group(0).startswith("보다"):
            # 넥서스는 엑사원 딥보다 먼저 공개됐다: the topic is what came first
            return topic.group(1) + " " + right, left[topic.end() :]
        return right, left
    return None


Events = list[tuple[Fact, PartialDate]] | None


def _events(store: Store, index: Index | None, first: str, then: str) -> tuple[Events, Events]:
    """The dated facts each side names. A topic before the first side is what came after
    when the second side names nothing of its own (넥서스는 3월18일 엑사원 딥이 공개된 뒤에
    나왔다; 엑사원 딥은 엑사원 4.0 이후에 공개됐다)."""
    # (a side of a verb alone, 열렸다 of 청문회는 취임식 이후에 열렸다, names no event: its
    # subject is the topic before the other side)
    embedded = TOPIC_THEN_SUBJECT.match(first)
    if embedded:
        # (엑사원 4.0은 배경훈이 장관이 된 뒤인 7월 15일 공개됐다: the topic is the main
        # clause's, what came after; the clause of time has a subject of its own)
        first, then = first[embedded.end(1) :], f"{embedded.group(1)} {then}"
    early = events_of(store, index, first) if _names_any(first) else None
    late = events_of(store, index, then) if _names_any(then) else None
    topic = TOPIC_KO.match(first) if not late and not embedded else None
    if topic:
        told_early = events_of(store, index, first[topic.end() :])
        if told_early:
            early, late = told_early, events_of(store, index, topic.group(1) + " " + then)
    topic = TOPIC_KO.match(then) if not early and late and not embedded else None
    if topic:
        # (매매계약은 국토부가 규제를 발표하기 전에 체결됐다: the topic is what came first)
        told_late = events_of(store, index, then[topic.end() :])
        if told_late:
            early, late = events_of(store, index, topic.group(1) + " " + first), told_late
    topic = _TOPIC_BEFORE_THAN.match(then) if not early and late and not embedded else None
    if (
        topic
        and _DATED.search(topic.group(1))
        and (told_early := events_of(store, index, topic.group(1) + " " + first))
    ):
        # (국토부의 대출 규제 발표는 배경훈이 대출을 받기 전에 나왔다: the announcement is
        # dated; the clause after the topic is what it is said to come before)
        rest, named = then[topic.end() :], frozenset(f.id for f, _w in told_early)
        told_late = events_of(store, index, rest, named) or _all_one_side(
            store, index, rest, told_early, later=True
        )
        if told_late:
            early, late = told_early, told_late
    # One side named, the other not: the other is not the named side's event (Bae got his
    # loan after the June 28 curbs were announced: the loan, not the curbs that mention loans).
    if early and not late and _names_any(then):
        late = events_of(store, index, then, frozenset(f.id for f, _w in early))
        late = late or _all_one_side(store, index, then, early, later=True)
    elif late and not early and _names_any(first):
        early = events_of(store, index, first, frozenset(f.id for f, _w in late))
        early = early or _all_one_side(store, index, first, late, later=False)
    return early, late


def _names_any(side: str) -> bool:
    """Whether a side of the order says more than its verb (열렸다 alone names nothing; NEXUS
    alone names a model)."""
    words = side.strip(" ,.").split()
    return len(words) > 1 or (bool(words) and not is_predicate(words[0]))


_BAND = 0.85  # facts this close to a side's best match are as likely to be its event


def _all_one_side(
    store: Store, index: Index | None, side: str, named: Events, *, later: bool
) -> Events:
    """The dated facts a side that names no one event may mean (its best matches, but the
    other side's own), when every one of them falls on one side of every event the other side
    names: whichever it means, the order is the same (the hearing, the remarks before it and
    the office it was held in all came before July 16). None when they disagree."""
    if not named:
        return None
    other = {f.id for f, _w in named}
    matches = [
        m
        for m in _held_not_proposed(
            side, search(store, ALREADY.sub(" ", side).strip(" ,."), limit=8, index=index)
        )
        if m.fact.id not in other
    ]
    if not matches or matches[0].score < _MIN_DOMINANT:
        return None
    saying = any("say" in c.events for c in analyze_sentence(side).clauses)
    found = []
    for rank, match in enumerate(matches):
        if match.score < _BAND * matches[0].score:
            break
        fact = match.fact
        if not saying and getattr(fact, "stated", None) == fact.date:
            continue  # (a remark about the loan, dated by its saying, is not the loan)
        when = _when(fact)
        if rank and (when is None or when.day is None or fact.bound):
            # (a fact of a year the side shares words with, 2025's assets, or one dated only
            # after a day: not the event the side tells of, which is its best match)
            continue
        if when is None or when.day is None or fact.bound or fact.status in PENDING:
            return None  # (a side that may mean an undated or unsettled thing: no order)
        found.append((fact, when))
    if not found:
        return None
    after = all(_later(w, n) for _f, w in found for _g, n in named)
    before = all(_later(n, w) for _f, w in found for _g, n in named)
    return found if (after or before) else None


def sequence_objection(store: Store, analysis: Analysis, index: Index | None) -> Objection | None:
    """The sentence says A came before B where the store dates A after B.

    Not where a side names an event the store dates twice (a source that gives the
    contract's day as March 5 and as after the June 10 loan): see event_of."""

    if not _done(analysis):
        return None  # (what is to come, or was only said to be, has no order to check)
    sides = _sides(analysis.text)
    if sides is None or _spanned(analysis.text):
        # (a span counted from an event, 1년 뒤, is judge.intervals' to weigh: the side before
        # it may be only the span, its event blanked out once the interval was read)
        return None
    return _dated_against(*_events(store, index, *sides))


def _spanned(text: str) -> bool:
    """A span counted from an event (4개월 뒤), not an order given apart from it: 이는 … 4개월
    전이었다 puts the clause before the other event, however long between."""
    return _SPAN_ORDER.search(text) is not None and (
        _THIS_WORDS.search(text) is None or _KO_THIS.match(text.strip()) is None
    )


def _done(analysis: Analysis) -> bool:
    return all(c.certainty in ("done", "decided") for c in analysis.clauses)


# The month or the year after or before an act (취임한 다음 달, 취임하기 전 달, 이듬해, the
# following year): one step of that unit apart, not the same one.
_STEP_APART = rx.compile(
    r"(?:다음|전)\s?(?P<ko>달|해)(?![가-힣])|(?P<next>이듬해)"
    r"|(?i:\bthe\s+(?:following|next|previous)\s+(?P<en>month|year)\b)"
)


def _not_a_step_apart(text: str, early: Events, late: Events) -> Objection | None:
    """The sentence puts its events a month (a year) apart, where the store dates every
    reading of them otherwise (in the same month: 취임하기 전 달 엑사원 4.0을 공개했다)."""
    m = _STEP_APART.search(text)
    if m is None or not early or not late:
        return None
    unit = (
        "year" if (m.group("ko") == "해" or m.group("next") or m.group("en") == "year") else "month"
    )

    def steps(a: PartialDate, b: PartialDate) -> int | None:
        if a.year is None or b.year is None:
            return None
        if unit == "year":
            return b.year - a.year
        if a.month is None or b.month is None:
            return None
        return (b.year - a.year) * 12 + b.month - a.month

    apart = [steps(a_when, b_when) for _a, a_when in early for _b, b_when in late]
    if not apart or None in apart or 1 in apart:
        return None
    (a, a_when), (b, b_when) = early[0], late[0]
    return Objection(
        "direction",
        f"the source dates {a.id} ({a_when}) and {b.id} ({b_when}): not a {unit} apart",
        fact=a.id,
    )


def _dated_against(early: Events, late: Events) -> Objection | None:
    """The store dates the events the other way round from the order the sentence gives."""
    if not early or not late:
        return None
    # A fact on both sides tells of both events (the first nominee to pass the hearing and
    # be approved): dated by one of them, it orders nothing where each side has others.
    both = {f.id for f, _w in early} & {f.id for f, _w in late}
    # (not one dated only by the other event, the contract "after the June 10 loan": the
    # source dates that event twice, and no order is the store's to deny)
    if both and not any(f.bound for f, _w in (*early, *late) if f.id in both):
        early_own = [e for e in early if e[0].id not in both]
        late_own = [e for e in late if e[0].id not in both]
        if early_own and late_own:
            early, late = early_own, late_own
        elif late_own and len(early) == 1:
            late = late_own  # (the one event of the first side is not the other side's)
        elif early_own and len(late) == 1:
            early = early_own
    # Every reading of each side must put them the other way (a contract the source dates
    # twice, both times before the rule, was not signed after it).
    pairs = [(a, b) for a in early for b in late]
    if any(a[0].id == b[0].id or not _later(a[1], b[1]) for a, b in pairs):
        return None
    (a, a_when), (b, b_when) = pairs[0]
    return Objection(
        "direction",
        f"the source dates {a.id} ({a_when}) after {b.id} ({b_when}): the other order",
        fact=a.id,
    )


def _untopiced(side: str) -> str:
    """A side without the topic that leads it (배경훈 장관은 …): the teller, not the event."""
    topic = TOPIC_KO.match(side)
    return side[topic.end() :] if topic and side[topic.end() :].strip() else side


_VERB_WORD = rx.compile(r"(?:[할한될된]|것이라고|것으로|이라고|라고|[다고며])[.,]?$")


def _unverbed(side: str) -> str:
    """A side without the verbs that end it (멀티모달까지 완성할 것이라고 말했다: 멀티모달까지);
    the side itself where nothing else is left. Read on the later side only, whose words end
    the sentence; a noun ending like a verb (최고, 보고) may go with them, weighed on both
    sides alike."""
    words = side.split()
    while len(words) > 1 and _VERB_WORD.search(words[-1]):
        words.pop()
    return " ".join(words) if words else side


def _overlap(a: str, b: str, skip: frozenset[str] = frozenset()) -> int:
    return len((set(analyze(a)) & set(analyze(b))) - skip)


def _person_terms(store: Store) -> frozenset[str]:
    """The words of the names of the store's people (Bae, 배경훈): whom events are about."""
    from factcli.judge.meaning.subjects import _is_thing

    names = [
        n
        for sid, subject in store.subjects.items()
        if not _is_thing(store, sid)
        for n in (subject.name, subject.name_en or "", *subject.aliases)
    ]
    return frozenset(analyze(" ".join(names)))


_TOLD_OTHERWISE = Objection("direction", "the source tells these events in the other order")


def order_said(
    store: Store,
    analysis: Analysis,
    index: Index | None,
    facts: list[Fact],
    related: Sequence[Fact] = (),
) -> tuple[str, Objection | None]:
    """How the order the sentence puts two events in stands: "none" (it puts none),
    "shown" (the store's dates of both, or the words of a fact it rests on, give that order),
    "reversed", with why (a fact it rests on tells them the other way: 대출 규제 발표 직전
    대출을 받아 아파트를 매매, for a purchase after the announcement; or the store dates them
    the other way), or "unshown" (nothing does)."""
    sides = _sides(analysis.text)
    if sides is None or _spanned(analysis.text):
        return "none", None  # (a span counted from an event says how long: judge.intervals)
    first, then = sides
    worded = False
    unnamed = _person_terms(store)
    for fact in [*facts, *related]:
        told = _sides((fact.statement if analysis.korean else fact.statement_en) or "")
        if told is None or _other_days(first, told[0]) or _other_days(then, told[1]):
            continue  # (the loan of June 10 before the contract: not the rule of June 28)
        # (who tells, 배 장관은, is no word of either event: 멀티모달에 이어 행동모델)
        # (nor the verb that ends both, 완성할 것이라고 말했다: the things each side names)
        mine, theirs = _untopiced(first), _untopiced(told[0])
        later, their_later = _unverbed(then), _unverbed(told[1])
        # (nor whom it is about, Bae in both: the events' own words on each side)
        first_held = _overlap(mine, theirs, unnamed)
        then_held = _overlap(later, their_later, unnamed)
        straight = first_held + then_held
        crossed = _overlap(mine, their_later, unnamed) + _overlap(later, theirs, unnamed)
        if straight > crossed and first_held and then_held:
            worded = True  # (by a fact it rests on, or one beside it: the meeting to host)
            break
        if straight < crossed and fact in facts:
            return "reversed", _TOLD_OTHERWISE
    early, late = _events(store, index, first, then)
    if early and late:
        wrong = _dated_against(early, late) if _done(analysis) else None
        wrong = wrong or _not_a_step_apart(analysis.text, early, late)
        return ("reversed", wrong) if wrong else ("shown", None)
    if worded:
        return "shown", None
    # One event dated, the other one the store knows best without a day: nothing orders them
    # (the announcement of 2025-06-28, and the purchase it gives no day for).
    # (only when the dated side's own best match is the dated one: 광운대에서 전자공학을
    # 전공했다 is best the undated university fact, whatever degree dates come after it)
    dated, other = (first, then) if early else (then, first) if late else ("", "")
    if other and _undated(store, index, other) and not _undated(store, index, dated):
        return "unshown", None
    if (
        other
        and not values_of(other)
        and not values_of(dated)
        and not _undated(store, index, other)
    ):
        # (one event dated, the other none the store can find, or one of another day:
        # nothing shows the order; Bae denied any prior knowledge, after which the curbs
        # were announced)
        return "unshown", None
    return "none", None


def _other_days(side: str, told: str) -> bool:
    """A side of the sentence and a side a fact tells give days that cannot be one."""
    mine = [v.date for v in values_of(side) if v.family == "date" and v.date is not None]
    theirs = [v.date for v in values_of(told) if v.family == "date" and v.date is not None]
    return bool(mine and theirs) and not any(a.agrees(b) for a in mine for b in theirs)


def _undated(store: Store, index: Index | None, side: str) -> bool:
    """The fact a side of the order matches best has no day of its own."""
    best = search(store, side.strip(" ,."), limit=1, index=index)
    return bool(best) and best[0].score >= _MIN_DOMINANT and _when(best[0].fact) is None


_SIDE_SHARE = 0.5  # of a side's words its events must hold to be read without its verdict


def _side_held(side: str, facts: Sequence[Fact]) -> bool:
    """Whether the facts a side names hold most of its words (not its verb's)."""
    words = {t for t in analyze(side) if not is_predicate(t) and len(t) > 1}
    if not words:
        return False
    theirs = {t for f in facts for t in analyze(_fact_text(f))}
    return len(words & theirs) >= _SIDE_SHARE * len(words)


def order_held(
    store: Store,
    analysis: Analysis,
    judge_side: Callable[[str], Finding],
    index: Index | None = None,
) -> Finding | None:
    """A sentence of two events in an order and no figure (After President Lee approved his
    appointment, Bae took office; 재가한 뒤 취임했다): supported when the store supports each
    event told alone and dates every reading of the first before every reading of the other,
    misleading (direction) when it dates them the other way; None when it cannot tell, or
    when the order is what someone said (…한 뒤 체결했다고 밝혔다: his words, not the
    order of record)."""
    if analysis.values or not _done(analysis):
        return None
    if any("say" in c.events for c in analysis.clauses):
        return None
    sides = _sides(analysis.text)
    if sides is None:
        return None
    texts = [side.strip(" ,.") for side in sides]
    found = [judge_side(t) for t in texts]
    early, late = _events(store, index, *texts)
    if not early or not late:
        return None
    if not all(f.verdict is Verdict.supported for f in found):
        # (a side told as a clause of the other, 청문회를 거친 뒤, is no sentence of its own:
        # the order is still the store's to deny, where each side names its dated events)
        against = _dated_against(early, late)
        if (
            against is None
            or any(f.verdict in (Verdict.contradicted, Verdict.misleading) for f in found)
            # (each side's words held by the events it names, most of them: a side the
            # store knows nothing of, 첫 해외 출장지로 미국을 찾았다, names no event of its)
            or not all(
                _side_held(t, [f for f, _w in side])
                for t, side in zip(texts, (early, late), strict=True)
            )
        ):
            return None
        # (the evidence: each side's first event, where the sentence tells it)
        told = [
            _fact_evidence(fact, "misleading", t, str(when), max(0, analysis.text.find(t)))
            for t, side in zip(texts, (early, late), strict=True)
            for fact, when in side[:1]
        ]
        return Finding(
            analysis.text,
            Verdict.misleading,
            evidence=told,
            facts=list(dict.fromkeys(f.id for f, _w in (*early, *late))),
            reason="direction",
            explanation=against.explanation,
        )
    # each side's evidence, placed where the side is in the sentence
    evidence = [
        replace(e, start=e.start + at, end=e.end + at)
        for t, f in zip(texts, found, strict=True)
        for at in [max(0, analysis.text.find(t))]
        for e in f.evidence
    ]
    facts = list(dict.fromkeys(e.fact_id for e in evidence))
    apart = _not_a_step_apart(analysis.text, early, late)
    if apart is None and all(_later(b[1], a[1]) for a in early for b in late):
        return Finding(analysis.text, Verdict.supported, evidence=evidence, facts=facts)
    against = _dated_against(early, late) or apart
    if against is None:
        return None
    return Finding(
        analysis.text,
        Verdict.misleading,
        evidence=[replace(e, relation="misleading") for e in evidence],
        facts=facts,
        reason="direction",
        explanation=against.explanation,
    )


# Two events said to fall on one day, month or year: A와 B는 같은 날 이뤄졌다; A and B took
# place on the same day.
_SAME_TIME_KO = rx.compile(
    r"^\s*(?P<a>[^,.]{2,60}?)(?:와|과|및)\s+(?P<b>[^,.]{2,60}?)(?:은|는|이|가|모두)\s+"
    r"(?:모두\s+)?(?:같은|동일한)\s?(?P<unit>날|달|해)"
)
_SAME_TIME_EN = rx.compile(
    r"(?i:^\s*(?:both\s+)?(?P<a>[^,.]{2,60}?)\s+and\s+(?P<b>[^,.]{2,60}?)\s+"
    r"(?:\w+\s+){0,3}?(?:on|in)\s+the\s+same\s+(?P<unit>day|month|year))"
)
_PRECISION = {"날": "day", "day": "day", "달": "month", "month": "month", "해": "year",
              "year": "year"}  # fmt: skip


def same_time_said(
    store: Store, analysis: Analysis, index: Index | None
) -> tuple[str, Objection | None]:
    """How a sentence saying two events fell on one day (month, year) stands: "none" (it
    says no such thing), "shown" (the store dates both alike), "differs" (it dates them
    apart, with why), or "unshown" (it does not date both)."""
    m = (_SAME_TIME_KO if analysis.korean else _SAME_TIME_EN).search(analysis.text)
    if m is None or m.group("unit").lower() not in _PRECISION:
        return "none", None
    precision = _PRECISION[m.group("unit").lower()]
    # (each side's best dated fact, but not one that tells of both: the first nominee to
    # pass the hearing and be approved dates the approval, not the hearing)
    found_a = events_of(store, index, m.group("a")) or []
    found_b = events_of(store, index, m.group("b")) or []
    both = {f.id for f, _w in found_a} & {f.id for f, _w in found_b}
    found_a = [(f, w) for f, w in found_a if f.id not in both]
    found_b = [(f, w) for f, w in found_b if f.id not in both]
    if not found_a or not found_b:
        return "unshown", None
    (fa, wa), (fb, wb) = found_a[0], found_b[0]
    keep = {"year": 1, "month": 2, "day": 3}[precision]
    mine = [wa.year, wa.month, wa.day][:keep]
    theirs = [wb.year, wb.month, wb.day][:keep]
    if None in mine or None in theirs:
        return "unshown", None
    if mine == theirs:
        return "shown", None
    return "differs", Objection(
        "direction",
        f"the source dates {fa.id} ({wa}) and {fb.id} ({wb}): not the same {precision}",
        fact=fa.id,
    )
