"""Time between two events: "엿새 만에", "18 days before", "a week after" against the dates the
store gives each event.

"배경훈이 주택담보대출을 받은 지 18일 뒤, 국토부는 한도를 6억 원으로 묶었다": the store holds
no "18 days"; it holds the loan (2025-06-10) and the cap (2025-06-28). Each side of the span is
looked up on its own (as for the order of events, judge.sequence); when each names one dated
fact, the span the sentence gives is checked against the two dates.

May import: factcli.find, factcli.store, factcli.text; judge.sequence, judge.acts,
judge.wording.
"""

from __future__ import annotations

from decimal import Decimal

from factcli.find.vocabulary import Index
from factcli.judge.acts import _fact_events
from factcli.judge.sequence import TOPIC_KO, TOPIC_THEN_SUBJECT, event_of, events_of
from factcli.judge.wording import _KO_VERB_NOUN
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.dates import PartialDate
from factcli.text.korean import with_final
from factcli.text.records import dataclass

# A copula ending a cleft sentence (뒤였다, 전이었다, 만이다, 뒤였고), after the span's word.
_COPULA = r"(?:이었|였|이)(?:다|고|으며|며|습니다)(?![가-힣])"
# After a span: which way it runs from the event it is counted from.
_AFTER = rx.compile(
    r"\s*(?:만에|만인|뒤(?:에|인)?|후(?:에|인)?|늦게|늦은|(?i:after|later))(?![가-힣])"
    # (a cleft's predicate: …것은 대출을 받은 지 18일 뒤였다, 취임 엿새 만이다)
    r"|\s*(?:만|뒤|후)(?=" + _COPULA + r")"
    r"|(?:(?<=다음 날)|(?<=다음날)|(?<=이튿날))\s*(?:인|에)?(?![가-힣])"
    r"|(?i:(?<=next day)|(?<=following day))"
)
_BEFORE = rx.compile(
    r"\s*전(?=" + _COPULA + r")|"
    r"\s*(?:전(?:에|인)?|앞서|앞선|먼저|빨리|일찍|(?i:before|earlier))(?![가-힣])|(?<=전날)\s*(?:인|에)?(?![가-힣])"
)
_LEAD_COMMA = rx.compile(r",\s*")
_COPULA_ONLY = rx.compile(_COPULA)
# The topic of a cleft: A한 것은, A된 건, A한 때는 (the first such; what follows is the rest).
_CLEFT_TOPIC = rx.compile(r"(?<=[가-힣])\s+(?:것은|것이|건|때는)\s")
# The time since an act (받은 지, 취임한 지): the clause before it is the event counted from.
_SINCE_KO = rx.compile(
    r"(?<=[" + with_final("ㄴ") + r"])\s*지(?:\s+(?:약|대략|거의|무려|불과|고작))?$"
)
_AND_CLAUSE = rx.compile(r",?\s+and\s+(?!.*,?\s+and\s)")
_UNITS = {"day": 1, "week": 7}
# A verb on a side of a span (공개, released): the side tells of an act, not a thing alone.
_HAS_ACT = rx.compile(
    r"(?:했|됐|한|된|하고|되고|공개|출시|취임|발표|열리|열린|열렸|열고|열어)"
    r"|(?i:\b\w+ed\b|\bcame\b|\bwent\b|\btook\b)"
)
# Nouns that name an event itself (a hearing, a ceremony, a meeting): dated by their own day.
_EVENT_NOUN = rx.compile(
    r"청문회|취임식|간담회|회의|포럼|행사|기념식|시상식|(?i:\b(?:hearing|inauguration|ceremony|"
    r"conference|forum|meeting|event|summit)s?\b)"
)
# Words of an act, Korean and English, for a thing named alone (EXAONE 3.0: its release).
_ACT_WORDS = {
    "release": ("공개", "released"),
    "start": ("취임", "took office"),
    "found": ("출범", "launched"),
}
_AND_END = rx.compile(r",?\s+(?i:and|then|but)\s*,?$")


@dataclass(frozen=True)
class Interval:
    """What the store makes of a span the sentence gives: agree or conflict, and the facts."""

    value: Value
    relation: str  # "agree", "conflict" or "reversed" (the events run the other way)
    amount: Decimal  # the span the two dates make, in `unit` (the sentence's, or days)
    unit: str
    facts: tuple[Fact, Fact]  # the fact of the event the span counts from, the other's
    when: PartialDate  # the date of the event the span leads to, as the store gives it
    origin: tuple[Value, ...] = ()  # the values told of the event it counts from (its date)
    origin_span: tuple[int, int] = (0, 0)  # where the sentence tells of that event
    # The event counted from found by the other side's act, its thing named alone (four
    # months after EXAONE 3.0): it says a span is wrong; what agrees is left to the facts.
    borrowed: bool = False
    # Where a date is known only to the month: the most the span may be (`amount` the fewest)
    high: Decimal | None = None


def _event_told(store: Store, index: Index | None, side: str) -> tuple[Fact, PartialDate] | None:
    """event_of, or the dated fact of the side's own verb (취임했다) where the best match of
    its words is another event on a word they share (세종에서 취임했다: not 네이버 각 세종)."""
    side = _SINCE_KO.sub("", side)  # (받은 지: the act, not the word of time since)
    found = event_of(store, index, side)
    # (the verb nouns of the side: 취임 of 취임했다)
    verbs = [m.group(1) for m in _KO_VERB_NOUN.finditer(side)]
    if found is None or not verbs or any(v in (found[0].statement or "") for v in verbs):
        return found
    # (only where the best match tells of none of the side's acts: it is another event)
    acts = frozenset().union(*(c.events for c in analyze_sentence(side).clauses)) - {"say"}
    if not acts or acts & _fact_events(found[0]):
        return found
    told = [
        (fact, when)
        for fact, when in events_of(store, index, side) or []
        if any(v in (fact.statement or "") for v in verbs)
    ]
    if not told:
        from factcli.find.search import search
        from factcli.store.model import event_date

        told = [
            (m.fact, when)
            for m in search(store, side, limit=8, index=index)
            if any(v in (m.fact.statement or "") for v in verbs)
            and (when := event_date(m.fact)) is not None
        ]
    return told[0] if len({str(w) for _f, w in told}) == 1 else found


def counted_from(text: str, at: int) -> bool:
    """Whether the words at `at`, after a duration, count it from another event (a month
    later, 18일 뒤, 넉 달 만에, two days before)."""
    return bool(_AFTER.match(text, at) or _BEFORE.match(text, at))


_FOLLOWED_PASSIVE = rx.compile(r"(?i:\b(?:was|were|is|are|been)\s{1,3}(?:\w+\s{1,3})?followed$)")


def _sides(text: str, value: Value, after: bool) -> tuple[str, str] | None:
    """(the event the span counts from, the event it leads to), as text, or None.

    Korean names the origin first (대출을 받은 지 18일 뒤 국토부는 ...; 취임식 엿새 만에
    임명장을); English after the word (six days after his inauguration), the other event
    before the span or, when the span leads the sentence, after the comma."""
    word = (_AFTER if after else _BEFORE).match(text, value.end)
    if word is None:
        return None
    before_span, after_word = text[: value.start].strip(" ,"), text[word.end() :].strip(" ,.")
    if _is_korean(text[max(0, value.start - 12) : word.end()]):
        if not (before_span and after_word):
            return None
        if _COPULA_ONLY.fullmatch(after_word):
            # (a cleft: 국토부가 한도를 묶은 것은 그가 대출을 받은 지 18일 뒤였다; 개편안이
            # 발표된 건 간담회 닷새 전이었다: the topic is the event the span leads to or
            # from, the rest the event it counts from)
            cleft = _CLEFT_TOPIC.search(before_span)
            topic = None if cleft else TOPIC_KO.match(before_span)
            if cleft is not None:
                told, rest = before_span[: cleft.start()], before_span[cleft.end() :]
            elif topic is not None:
                told, rest = topic.group(1)[:-1], before_span[topic.end() :]
            else:
                return None
            return (rest.strip(), told.strip()) if rest.strip() and told.strip() else None
        # (…출석했고, 16일 재가를 받았으며, 이튿날 취임식을 가졌다: the span counts from the
        # clause right before it, not the sentence's first)
        last = before_span.rsplit(",", 1)
        if len(last) == 2 and TOPIC_KO.fullmatch(last[1].strip() + " "):
            # (…재가됐고, 그는 다음 날 취임했다: the topic after the comma is the later
            # event's; the clause before the comma, its own topic and all, is counted from)
            return last[0].strip(), f"{last[1].strip()} {after_word}"
        if len(last) == 2 and len(last[1].strip()) >= 4:
            head, before_span = last[0].strip(), last[1].strip()
            if not _CLAUSE_ENDED.search(head):
                # (엑사원 4.0은 2025년 7월 15일, 임명 재가 하루 전에 공개됐다: no clause ends
                # before the comma; its topic and date are the later event's)
                after_word = f"{head} {after_word}"
        if _SINCE_KO.search(before_span):
            # (대출을 받은 지 18일 뒤: the time since the act the clause tells, whole; its 받은
            # is no topic; the 지 stays the side's, blanked with it, and is not searched)
            embedded = TOPIC_THEN_SUBJECT.match(before_span)
            if embedded:
                # (국회 특별강연은 엑사원 3.0이 공개된 지 한 달 뒤에 열렸다: the clause of time
                # has a subject of its own; the topic is the later event's)
                return before_span[embedded.end(1) :], f"{embedded.group(1)} {after_word}"
            return before_span, after_word
        topic = TOPIC_KO.match(before_span)
        if topic and before_span[topic.end() :].strip():
            # 엑사원 4.0은 임명 재가 하루 전인 7월 15일 공개됐다: the topic is what the later
            # clause tells of; the span counts from the rest
            return before_span[topic.end() :], f"{topic.group(1)} {after_word}"
        return before_span, after_word
    comma = _LEAD_COMMA.search(after_word)
    adverb = word.group().strip().lower() in ("later", "earlier")
    passive = _FOLLOWED_PASSIVE.search(before_span) if adverb else None
    if passive is not None and after_word.lower().startswith("by "):
        # (EXAONE 3.0 was followed four months later by EXAONE 3.5: counted from the first)
        return before_span[: passive.start()], after_word[3:]
    if adverb and before_span and after_word and _AND_END.search(before_span):
        # (released 3.0 in August 2024 and, four months later, released 3.5: "later" tells
        # of the clause after it, counted from the one before "and")
        return _AND_END.sub("", before_span), after_word
    if adverb and before_span and after_word:
        # (approved it on July 16, and he was sworn in a day later at …: "later" tells of the
        # clause it ends, counted from the one before ", and")
        cut = _AND_CLAUSE.search(before_span)
        if cut is not None:
            return before_span[: cut.start()], f"{before_span[cut.end() :]} {after_word}"
    if before_span and not after_word.strip() and value.text.lower().startswith("the "):
        # (…on July 16, and Bae was sworn in the next day: the clause before ", and" is the
        # event counted from, the one the span ends is the other)
        cut = _AND_CLAUSE.search(before_span)
        if cut is None:
            return None
        return before_span[: cut.start()], before_span[cut.end() :]
    if before_span:
        if not after_word:
            return None
        if comma is None:
            return after_word, before_span
        # On June 28, 18 days after Bae took out his loan, the ministry capped ...: the
        # origin up to the comma, the event on both sides of the phrase
        return after_word[: comma.start()], f"{before_span} {after_word[comma.end() :]}"
    if comma is None:
        return None
    return after_word[: comma.start()], after_word[comma.end() :]


def _of(value: Value, fact: Fact, when: PartialDate) -> bool:
    """The value is the fact's own: its date, or its figure."""
    if value.date is not None:
        return value.date.agrees(when)
    return (
        value.amount is not None
        and isinstance(fact.value, int | float)
        and value.amount == Decimal(str(fact.value))
    )


def _is_korean(text: str) -> bool:
    return any("가" <= ch <= "힣" for ch in text)


def _days(a: PartialDate, b: PartialDate) -> int | None:
    import datetime  # (only a sentence with a span of days needs it)

    if None in (a.year, a.month, a.day, b.year, b.month, b.day):
        return None
    assert a.year and a.month and a.day and b.year and b.month and b.day
    return (datetime.date(b.year, b.month, b.day) - datetime.date(a.year, a.month, a.day)).days


def _span(value: Value, a: PartialDate, b: PartialDate) -> tuple[Decimal, str] | None:
    """The span from a to b in the value's unit, or None when the dates are not that precise."""
    unit = value.unit or ""
    if unit in _UNITS:
        days = _days(a, b)
        if days is None or days % _UNITS[unit]:
            return None if days is None else (Decimal(days), "day")
        return Decimal(days // _UNITS[unit]), unit
    if unit == "month" and None not in (a.year, a.month, b.year, b.month):
        assert a.year and a.month and b.year and b.month
        return Decimal((b.year - a.year) * 12 + b.month - a.month), "month"
    if unit == "year" and a.year and b.year:
        return Decimal(b.year - a.year), "year"
    return None


# A Korean clause's end (했고, 받았으며, 했으나, 했다): what comes before a comma is a clause.
_CLAUSE_ENDED = rx.compile(r"(?:[고며서다]|으나|지만|는데)$")
_TOPIC_END = rx.compile(r"(?:은|는|이|가)\s*$")


def _day_range(value: Value, a: PartialDate, b: PartialDate) -> tuple[Decimal, Decimal] | None:
    """The fewest and the most of the value's unit (days, weeks) from a to b where one of
    them is known only to the month (2024년 12월 to 2025-03-18: 77 to 107 days); None
    where either is not known to the month, or the unit is not one of days."""
    import calendar  # (only a sentence with a span of days needs them: kept off the start)
    import datetime

    unit = _UNITS.get(value.unit or "")
    if unit is None or not (a.year and a.month and b.year and b.month):
        return None

    def ends(d: PartialDate) -> tuple[datetime.date, datetime.date]:
        assert d.year and d.month  # (both asked above)
        last = calendar.monthrange(d.year, d.month)[1]
        return (
            datetime.date(d.year, d.month, d.day or 1),
            datetime.date(d.year, d.month, d.day or last),
        )

    (a_first, a_last), (b_first, b_last) = ends(a), ends(b)
    return (
        Decimal((b_first - a_last).days) / unit,
        Decimal((b_last - a_first).days) / unit,
    )


def _years_relation(value: Value, a: PartialDate, b: PartialDate, after: bool) -> str | None:
    """Years between two dates known to the month, counted as writers do: whole years passed
    or the nearest (4년 7개월 is 4년 or 5년 만에, not 6년; about 6 years is not 4 years 7
    months). None where the dates or the value are not of that kind."""
    if value.unit != "year" or value.bound or value.amount is None:
        return None
    if not after:
        a, b = b, a
    if None in (a.year, a.month, b.year, b.month):
        return None
    assert a.year and a.month and b.year and b.month
    months = (b.year - a.year) * 12 + b.month - a.month
    if months <= 0:
        return None
    years = Decimal(months) / 12
    claimed = value.amount
    if value.approx:
        # (약 5년 for 4 years 7 months, the nearest; not about a year for seven months)
        near = abs(years - claimed) <= max(Decimal("0.25"), claimed / 10)
        if months < 24:
            near = abs(months - 12 * claimed) <= 3
        nearest = claimed >= 2 and abs(years - claimed) <= Decimal("0.5")
        return "agree" if near or nearest else "conflict"
    if months < 24:
        # (a span of months: a year is twelve of them, give or take a season, not seven)
        return "agree" if abs(months - 12 * claimed) <= 3 else "conflict"
    whole = Decimal(months // 12)
    return "agree" if claimed in (whole, whole + 1) else "conflict"


_APPROX_SHARE = Decimal("0.25")  # how far "about two weeks" may be from the dates' span


def _bounded_relation(value: Value, amount: Decimal, unit: str) -> str | None:
    """A span told with a bound or a hedge (more than two weeks, about four months) against
    the span the dates make: agree when it holds, conflict when it does not; None when the
    units cannot be set side by side."""
    assert value.amount is not None
    mine, theirs = value.amount, amount
    if unit != value.unit:
        if unit != "day" or value.unit not in _UNITS:
            return None
        mine = value.amount * _UNITS[value.unit or "day"]  # (both in days)
    if value.bound == "min":
        return "agree" if theirs >= mine else "conflict"
    if value.bound == "max":
        return "agree" if theirs <= mine else "conflict"
    return "agree" if abs(theirs - mine) <= _APPROX_SHARE * mine else "conflict"


def interval_of(
    store: Store, analysis: Analysis, value: Value, index: Index | None
) -> Interval | None:
    """What the store's dates make of a span between two events the sentence names."""
    if (
        value.family != "duration"
        or value.amount is None
        or value.bound not in (None, "min", "max")
    ):
        return None
    text = analysis.text
    for after in (True, False):
        borrowed = False
        sides = _sides(text, value, after)
        if sides is None:
            continue
        origin, event = (_event_told(store, index, side) for side in sides)
        # (both events named by the sentence itself, not found for a side that names none)
        # (and the side counted from no bare topic: 엑사원 딥은 42일 만에 … 출시됐다 tells of
        # Deep's own time, from a start it does not name)
        told_both = origin is not None and event is not None and not _TOPIC_END.search(sides[0])
        # (one side named, the other not: the other is not the named side's event, the cap
        # that mentions loans beside the loan taken)
        if origin is not None and event is None:
            event = event_of(store, index, _SINCE_KO.sub("", sides[1]), frozenset({origin[0].id}))
        elif event is not None and origin is None:
            origin = event_of(store, index, _SINCE_KO.sub("", sides[0]), frozenset({event[0].id}))
            if origin is None:
                # (배경훈의 인사청문회 이틀 뒤 … 재가했다: not the fact of the approval's day)
                origin = event_of(
                    store, index, _SINCE_KO.sub("", sides[0]), frozenset({event[0].id}), event[1]
                )
            borrowed = origin is None
            if (
                origin is None
                and not _HAS_ACT.search(sides[0])
                # (an event named by its noun, 인사청문회: its own day, not the other side's act)
                and not _EVENT_NOUN.search(sides[0])
            ):
                # (a thing named alone, seven months after EXAONE 3.0: its own event of the
                # other side's kind, its release)
                acts = _fact_events(event[0]) - {"say"}
                word = next((_ACT_WORDS[a] for a in sorted(acts) if a in _ACT_WORDS), None)
                if word is not None:
                    asked = f"{sides[0]} {word[0] if analysis.korean else word[1]}"
                    origin = event_of(store, index, asked, frozenset({event[0].id}))
        if origin is None or event is None or origin[0].id == event[0].id:
            return None
        (o, o_when), (e, e_when) = origin, event
        span = _span(value, o_when, e_when) if after else _span(value, e_when, o_when)
        high = None
        if span is None:
            # (a date known to the month: the span lies between two counts, and a figure
            # outside them is wrong however the days fall: 42일, for 77 to 107 days)
            between = (
                _day_range(value, o_when, e_when) if after else _day_range(value, e_when, o_when)
            )
            if between is None or not told_both or value.bound or value.approx:
                return None
            low, high = between
            if low <= value.amount <= high:
                return None
            span = (low, value.unit or "day")
        amount, unit = span
        if amount == 0:
            return None
        # (엑사원 3.5는 3.0보다 4개월 앞서: the store dates them the other way round)
        relation = (
            ("reversed" if high < 0 else "conflict")
            if high is not None
            else "reversed"
            if amount < 0
            else _years_relation(value, o_when, e_when, after)
            or (
                _bounded_relation(value, amount, unit)
                if value.bound or value.approx
                else "agree"
                if unit == value.unit and amount == value.amount
                else "conflict"
            )
        )
        if relation is None:
            return None
        at = text.find(sides[0])
        told = tuple(
            v
            for v in analysis.values
            if v is not value and at <= v.start < at + len(sides[0]) and _of(v, o, o_when)
        )
        return Interval(
            value,
            relation,
            amount,
            unit,
            (o, e),
            e_when,
            told,
            (at, at + len(sides[0])),
            borrowed,
            high,
        )
    return None
