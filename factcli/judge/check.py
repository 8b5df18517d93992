"""Claims -> verdicts: which facts a sentence speaks of, and whether its numbers and dates agree.

The rule that matters most: a sentence is `supported` only when every date and quantity in it
agrees with the store; any value that a matching fact of the same quantity contradicts makes it
`contradicted`; anything else is `unverified`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from factcli.find.vocabulary import Index
from factcli.judge.acts import _JOINED
from factcli.judge.crossed import names_only
from factcli.judge.denials import denied_claim
from factcli.judge.details import denial_unheld
from factcli.judge.framing import (
    contrast_cut,
    lead_in,
    says_nothing,
    weekday_of_fact,
    wrong_weekday,
)
from factcli.judge.meaning.actors import with_topic
from factcli.judge.meaning.certainty import ACCOUNT_ONLY, tells_account
from factcli.judge.meaning.headlines import as_said
from factcli.judge.objections import _ANOTHER_MODEL
from factcli.judge.reading import _fact_evidence, _named_conflict, _subject_of
from factcli.judge.relevance import _unread_figures
from factcli.judge.routes import Route, route_of
from factcli.judge.values import claim_values
from factcli.judge.weighing import _judge, _misled
from factcli.store.index import store_index
from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import (
    Analysis,
    Value,
    analyze_sentence,
    model_name_at,
    relative_lead,
)
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.deixis import counts_from_writing
from factcli.text.korean import final_of, is_hangul, strip_particle, with_final
from factcli.text.records import replace
from factcli.text.sentences import _STATES, Sentence, sentences

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.intervals import Interval
    from factcli.judge.meaning.subjects import Objection
    from factcli.store.model import Evidence

_CLAUSE_BREAK = rx.compile(
    r",\s+|;\s+|(?<!\s)\s+(?:and then|then|and|while|but)\s+"
    # (규제를 내놓은 6월 28일보다 앞선 6월 10일에, 묶기 전인 6월 10일에: an event told to date
    # another, each clause its own fact's)
    r"|(?<=보다)\s+(?=앞선|앞서|늦은)|(?<=전인|뒤인|후인)\s+"
    # (연금 936만8310원 가운데 | 과세 소득은 107만 원: a whole, then the part of it)
    r"|(?<=[0-9원장개명])\s(?:가운데|중에서)\s+"
)


# A verb, roughly: an English verb form, or a Korean predicate's ending before a break.
_HAS_VERB = rx.compile(
    r"(?i:\b(?:\w+ed|is|was|were|are|be|been|has|had|have|held|holds?|took|takes?|made|makes?|"
    r"became|becomes?|got|gave|gives?|said|says|left|leaves|joined|began|rose|fell|led|leads|"
    r"ran|runs|went|goes|came|comes|won(?!\s*(?:in\b|,|\.|$))|bought|sold|paid|built|"
    r"expects?|plans?|needs?|spent|saw|told|stood|grew|sought|brought|kept|set|put|cut)\b)"
    r"|[가-힣](?:다|고|며|면서|어서|아서|해서|지만|는데|으나)(?=[\s,.]|$)"
    # (an act before the next one: 증여세를 낸 뒤)
    r"|[가-힣]\s(?:뒤|다음|후)(?:에)?\s*,?\s*$"
)


def _clauses(text: str, values: list[Value]) -> list[tuple[int, str]]:
    """Split a sentence at commas (and 'and', 'then') outside its values, when each part has one."""
    inside = [(v.start, v.end) for v in values]
    cuts = [0]
    lead = relative_lead(text)
    if lead is not None:
        cuts += [lead, lead]  # (a relative clause that leads: 1976년 서울에서 태어난 | 배경훈은)
    for match in _CLAUSE_BREAK.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in inside):
            continue
        if lead is not None and match.start() < lead:
            continue
        cuts += [match.start(), match.end()]
    cuts.append(len(text))
    parts = [(cuts[i], text[cuts[i] : cuts[i + 1]]) for i in range(0, len(cuts), 2)]
    # A part without a verb after one without a value is no clause of its own (held
    # deposits and securities worth 103.68 million won): the two stay one.
    merged: list[tuple[int, str]] = []
    for offset, part in parts:
        before = merged[-1] if merged else None
        if (
            before is not None
            and not _HAS_VERB.search(part)
            and (
                not any(before[0] <= v.start < before[0] + len(before[1]) for v in values)
                # (or an item of a list of figures: 2.4B, 7.8B and 32B parameters)
                or _only_figures(part, offset, values)
            )
        ):
            start = merged[-1][0]
            merged[-1] = (start, text[start : offset + len(part)])
        else:
            merged.append((offset, part))
    # A few words without a verb set off before a clause are that clause's (..., and, at 44,
    # was picked in December 2020: the age of the picking).
    parts = []
    carried: int | None = None  # where such words began
    for i, (offset, part) in enumerate(merged):
        start = offset if carried is None else carried
        if 0 < i < len(merged) - 1 and not _HAS_VERB.search(part) and len(part.split()) <= 3:
            carried = start
            continue
        carried = None
        parts.append((start, text[start : offset + len(part)]))
    with_values = with_values = [
        (o, p) for o, p in parts if any(o <= v.start < o + len(p) for v in values)
    ]
    return with_values if len(with_values) >= 2 else [(0, text)]


def _leaned_on(analysis: Analysis, offset: int) -> str:
    """The words a clause at `offset` leans on: the sentence's subject and the few words just
    before the clause (the noun an apposition or a relative clause describes), without
    their figures, which are other clauses' values."""
    before = _DIGITS.sub(" ", analysis.text[:offset]).split()[-LEANED_WORDS:]
    return " ".join(before)


LEANED_WORDS = 5


def _only_figures(part: str, offset: int, values: list[Value]) -> bool:
    """A part that is nothing but figures (7.8B, 32B parameters): an item of a list."""
    rest = part
    for v in sorted(values, key=lambda v: -v.start):
        if offset <= v.start < offset + len(part):
            a, b = v.start - offset, v.end - offset
            rest = rest[:a] + " " + rest[b:]
    return rest != part and not _LIST_LEFTOVER.sub("", rest)


_LIST_LEFTOVER = rx.compile(r"[\s,.;:()]|\b(?:and|or)\b|및|또는")
_DIGITS = rx.compile(r"[\d.,]+")


def _spans(store: Store, analysis: Analysis, index: Index | None) -> list[Interval]:
    """The spans between two events the sentence gives that the store's dates settle."""
    if not any(v.family == "duration" for v in analysis.values):
        return []
    from factcli.judge.intervals import interval_of

    found = (interval_of(store, analysis, v, index) for v in analysis.values)
    return [span for span in found if span is not None]


def _span_conflict(text: str, span: Interval, korean: bool) -> Finding:
    """Contradicted: the two events' dates are another span apart."""
    origin, event = span.facts
    early, late = (origin, event) if (origin.date or "") <= (event.date or "") else (event, origin)
    amount, unit = span.amount, span.unit
    a, b = parse_iso(str(early.date or early.start)), parse_iso(str(late.date or late.start))
    if unit == "year" and None not in (a.year, a.month, b.year, b.month):
        # (a year told for seven months: the months, not the years' difference, 1)
        months = (b.year or 0) * 12 + (b.month or 0) - (a.year or 0) * 12 - (a.month or 0)
        if months % 12:
            amount, unit = Decimal(months), "month"
    if span.high is not None:
        # (between two counts, a date known to the month: 77~107일, 11~15.3주)
        low, high = (_plain(x) for x in (amount, span.high))
        expected = f"{low}~{high}{_UNIT_KO[unit]}" if korean else f"{low} to {high} {unit}s"
    else:
        expected = (
            f"{amount}{_UNIT_KO[unit]}" if korean else f"{amount} {unit}{'s' * (amount != 1)}"
        )
    expected += f" ({early.date or early.start} → {late.date or late.start})"
    value = span.value
    return Finding(
        text=text,
        verdict=Verdict.contradicted,
        facts=[early.id, late.id],
        evidence=[_fact_evidence(late, "conflict", value.text, expected, value.start)],
    )


def _plain(x: Decimal) -> str:
    """A count as a reader writes it: whole, or to one decimal place (15.3)."""
    return f"{x.quantize(Decimal('0.1')).normalize():f}"


def _span_reversed(text: str, span: Interval) -> Finding:
    """Misleading (direction): the span is said to run the other way round (A came four
    months before B, where the store dates A four months after B)."""
    origin, event = span.facts
    value = span.value
    first, then = (origin, event) if (origin.date or "") <= (event.date or "") else (event, origin)
    explanation = (
        f"the source dates {then.id} ({then.date or then.start}) after {first.id} "
        f"({first.date or first.start}): the other order"
    )
    return Finding(
        text=text,
        verdict=Verdict.misleading,
        facts=[origin.id, event.id],
        evidence=[_fact_evidence(event, "misleading", value.text, str(span.when), value.start)],
        reason="direction",
        explanation=explanation,
    )


_UNIT_KO = {"day": "일", "week": "주", "month": "개월", "year": "년"}


def _without_origins(analysis: Analysis, spans: list[Interval]) -> Analysis:
    """The sentence with what it tells of the events spans count from blanked out, each span
    standing as the date it gives the later event (엿새 만에: 2025-07-23)."""
    text = analysis.text
    for settled in spans:
        a, b = settled.origin_span
        text = text[:a] + " " * (b - a) + text[b:]  # (same length: positions hold)
    first = analyze_sentence(text)
    at = {s.value.start: s for s in spans}
    told = {v.date for v in first.values if v.family in ("date", "birth") and v.start not in at}
    for settled in spans:
        if settled.when in told:
            # (재가 다음 날인 7월 17일: the day is told, and the span agrees with it)
            a, b = settled.value.start, settled.value.end
            text = text[:a] + " " * (b - a) + text[b:]
    blank = analyze_sentence(text) if text != first.text else first
    # What the rest of the sentence names stays named: a name read from the blanked words
    # (3.5가 a version of the 엑사원 named in the origin) is still the sentence's.
    cut = [s.origin_span for s in spans]
    kept = [n for n in analysis.names if not any(a <= n[2] < b for a, b in cut)]
    if set(kept) - set(blank.names):
        names = sorted(set(blank.names) | set(kept), key=lambda n: n[2])
        blank = replace(blank, names=tuple(names))
    values = []
    for v in blank.values:
        span = at.get(v.start)
        if span is not None:
            clause = blank.clause_at(v.start)
            v = replace(v, family="date", date=span.when, amount=None, unit=None, role=None)
            v = replace(v, events=clause.events)
        values.append(v)
    return replace(blank, values=tuple(values))


def _with_spans(text: str, found: Finding, spans: list[Interval]) -> Finding:
    """A finding on the sentence with spans settled, given back to the sentence as written."""
    found.text = text
    if found.verdict is Verdict.supported:
        for span in spans:
            origin = span.facts[0]
            for value in span.origin:
                found.evidence.append(
                    _fact_evidence(origin, "agree", value.text, str(origin.date), value.start)
                )
            found.facts = list(dict.fromkeys([*found.facts, *(f.id for f in span.facts)]))
    return found


# A sentence ended as hearsay (했대, 받았대요, 한대, 된대요): the plain ending (했다, 한다),
# one character or two replaced at the end, so every figure before keeps its place.
_HEARSAY_END = rx.compile(r"(?<=[" + with_final("ㅆ") + r"한된는])대요?(?=[.!?…\s\"'”’]*$)")
# A view told as a cleft (…걸린다는 게 배 장관의 관측이다: Bae sees that …): the one whose view
# it is, and what the view is, read as he said it.
_VIEW_CLEFT = rx.compile(
    r"^(?P<what>.+?)(?:다는|라는)\s*(?:게|것이)\s*(?P<who>[^\s]+(?:\s+[^\s]+)?)의\s*"
    r"(?P<kind>관측|전망|예상|판단|분석|생각|설명|입장|주장)(?:이다|이었다|이다\.|였다)[.!\s]*$"
)
_VIEW_VERB = {"관측": "봤다", "전망": "봤다", "예상": "봤다", "판단": "봤다", "분석": "봤다",
              "생각": "봤다", "설명": "설명했다", "입장": "밝혔다", "주장": "주장했다"}  # fmt: skip


def _after_the_day(analysis: Analysis) -> str | None:
    """Checked as of a day (--as-of), a sentence telling as done what it dates after that day
    (배경훈의 장녀는 2012년생이다, as of 2000): nothing known then can hold it, whatever fact
    tells of it now (a fact without a date of its own is taken as true on any day)."""
    from factcli.judge.meaning.tenure import AS_OF
    from factcli.text.analysis import certainty_at
    from factcli.text.dates import parse_iso

    now = AS_OF.get()
    if now is None:
        return None
    day = parse_iso(now)
    for value in analysis.values:
        if (
            value.date is not None
            and value.date.year is not None  # (7월 alone: no day to place after it)
            and value.family in ("date", "birth")
            and value.date.first_day() > day.last_day()
            and certainty_at(analysis, value) == "done"
        ):
            return f"as of {now}, {value.text} had not yet come"
    return None


_MONTHS_OF = {"year": 12, "month": 1}


def _span_told(analysis: Analysis) -> tuple[str | None, Value | None]:
    """A sentence giving a span's first and last month and how long it lasted (from March
    2003 to August 2006, about four and a half years): the length is the span's, whatever the
    store says of either end. Told otherwise, the sentence is wrong by its own dates (the
    explanation); told alike, the length is said (the value), and the rest is to judge."""
    values = analysis.values
    starts = [v for v in values if v.role == "start" and v.date and v.date.month]
    ends = [v for v in values if v.role == "end" and v.date and v.date.month]
    lengths = [
        v
        for v in values
        if v.family == "duration"
        and v.unit in _MONTHS_OF
        and v.amount
        and not v.high
        and v.role != "difference"
    ]
    if len(starts) != 1 or len(ends) != 1 or len(lengths) != 1:
        return None, None
    first, last, told = starts[0].date, ends[0].date, lengths[0]
    if first is None or last is None or told.amount is None:
        return None, None
    if first.year is None and last.year is None:  # (3월부터 8월까지: within one year)
        first, last = (
            PartialDate(2000, first.month, first.day),
            PartialDate(2000, last.month, last.day),
        )
    elif first.year is None or last.year is None:
        return None, None
    a, b = first.first_day(), last.first_day()
    months = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day < a.day and first.day and last.day:
        months -= 1  # (not a whole month yet)
    said = told.amount * _MONTHS_OF[told.unit or "month"]
    slack = max(Decimal(1), said / 10) if told.approx else Decimal(1)
    if (told.bound == "min" and months >= said) or (told.bound == "max" and months <= said):
        return None, told
    if abs(months - said) <= slack:
        return None, told
    years, rest = divmod(months, 12)
    shown = (
        (f"{years}년 {rest}개월" if rest else f"{years}년")
        if analysis.korean
        else (f"{years} years and {rest} months" if rest else f"{years} years")
    )
    return f"{told.text} should be {shown} (from {starts[0].text} to {ends[0].text})", None


def judge(
    store: Store,
    text: str,
    *,
    index: Index | None = None,
    skip: frozenset[str] = frozenset(),
    context: str | None = None,
    swapping: bool = False,
    routes: bool = True,
    apposed: bool = True,
    paired: bool = True,
    leads: bool = True,
) -> Finding:
    """The verdict on one sentence: on the whole, and clause by clause when it has several.

    `context` is the subject the previous sentence spoke of, for a sentence that starts
    with a pronoun (그는, he); `routes`: whether a move told as a route is read as one (not
    again in the sentence told of its second employer); `paired`: whether a sentence pairing
    two lists respectively is read pair by pair (not again for each pair); `leads`: whether a
    label or an attribution before the claim is set aside (not again when it tells whose
    account the claim is).
    """
    from factcli.judge.meaning.tenure import AS_OF
    from factcli.text.deixis import WRITTEN
    from factcli.text.respective import (
        dated_list_readings,
        gapped_readings,
        respective_readings,
    )

    readings = (
        (respective_readings(text) or gapped_readings(text) or dated_list_readings(text))
        if paired
        else None
    )
    if readings:
        return _respective(store, text, readings, index=index, skip=skip, context=context)

    now = AS_OF.get()
    token = WRITTEN.set((now, text)) if now is not None else None
    # (checked as of a day: the sentence's 올해 7월, 지난달 7일, last year count from it)
    try:
        found = _judged(store, text, index, skip, context, swapping, routes, apposed, leads)
    finally:
        if token is not None:
            WRITTEN.reset(token)
    if found.verdict is not Verdict.supported:
        found = _summed(store, found)
    if found.verdict is Verdict.supported and paired:
        found = _picked(store, found, index=index, skip=skip, context=context)
    if found.verdict is Verdict.supported:
        found = _read_further(store, found)
    word = counts_from_writing(text) if found.verdict is Verdict.supported and now is None else None
    if word:
        # (내년까지, last year: read from the source's day)
        from factcli.judge.written import read_from_source_day

        found = read_from_source_day(
            store,
            found,
            word,
            lambda: _judged(store, text, index, skip, context, swapping, routes, apposed, leads),
        )
    return found


def _summed(store: Store, found: Finding) -> Finding:
    """Things the sentence takes together (메타와 마이크로소프트 주식을 합치면 2902만 원):
    supported by the facts of each where their figures sum to its figure."""
    from factcli.judge.meaning.sums import SUM_WORDS, summed
    from factcli.text.units import format_value

    if SUM_WORDS.search(found.text) is None:
        return found
    analysis = analyze_sentence(found.text)
    if len(analysis.values) != 1:
        return found  # (another figure or date beside the sum is judged as it was: 2021년 …)
    taken = summed(analysis, [f for f in map(store.get, found.facts) if f is not None])
    if taken is None:
        return found
    value, parts, total = taken
    shown = format_value(total, parts[0].unit, lang="ko" if analysis.korean else "en")
    evidence = [_fact_evidence(f, "agree", value.text, shown, value.start) for f in parts]
    return Finding(found.text, Verdict.supported, evidence=evidence, facts=found.facts)


def _picked(
    store: Store,
    found: Finding,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A supported sentence that picks one of a list it gives (3개 모델 가운데 … 것은 7.8B
    모델이다): supported only if what it says of the one picked is, without the list."""
    from factcli.text.respective import cleft_reading, selection_reading

    reduced = selection_reading(found.text) or cleft_reading(found.text)
    if reduced is None:
        return found
    alone = judge(store, reduced, index=index, skip=skip, context=context, paired=False)
    if alone.verdict is Verdict.supported:
        return found
    if alone.verdict in (Verdict.contradicted, Verdict.misleading):
        return replace(alone, text=found.text, evidence=_placed_in(found.text, alone))
    return Finding(
        found.text,
        Verdict.unverified,
        facts=found.facts,
        explanation="the store gives the list, not which of it the sentence picks",
    )


# Words in Chinese characters (Hanja: 釜山, 延世大學校), but a date's 年 月 日 after its figure.
_HANJA = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HANJA_UNIT = rx.compile(r"(?<=\d)\s*[年月日]")


# A minus before an amount (-36억, 마이너스 36억, minus 3.7 billion), not a range's dash (1-2)
_NEGATIVE_FIGURE = rx.compile(r"(?:(?<![\d\w.])[-−–]|마이너스\s*|(?i:\bminus\s+|\bnegative\s+))")
_AMOUNTS = frozenset(["money", "count", "percent", "measure"])


def _read_further(store: Store, found: Finding) -> Finding:
    """A supported sentence read once more against the facts that support it, for what their
    values do not show: how much in words (모두, 만, several: misleading), a plan told as done
    on its day (misleading), a cause no fact gives (unverified), a post at another employer
    and a part of a month or a year said otherwise (contradicted); a weekday the calendar
    denies, one of a set for the source's other (contradicted), an act called off
    (misleading), a judgement no fact makes (unverified)."""
    from factcli.judge.meaning.agents import passive_agent_objection
    from factcli.judge.meaning.alternatives import alternative_objection, code_objection
    from factcli.judge.meaning.comparisons import limit_objection, unnamed_limit_objection
    from factcli.judge.meaning.directions import (
        judgement_unheld,
        lacked_objection,
        none_held_objection,
        undone_objection,
    )
    from factcli.judge.meaning.kinds import model_kind_unheld, version_place_objection
    from factcli.judge.meaning.names import giver_elsewhere
    from factcli.judge.meaning.periods import (
        part_of_month_objection,
        relative_year_objection,
        with_part,
    )
    from factcli.judge.meaning.places import place_unheld
    from factcli.judge.meaning.posts import post_employer_objection
    from factcli.judge.meaning.quantifiers import (
        cause_unheld,
        part_told_elsewhere,
        quantity_unheld,
        quantity_word_objection,
        waived_condition,
    )
    from factcli.store.readings import texts_of

    hanja = _HANJA.search(_HANJA_UNIT.sub("", found.text))
    if hanja is not None:
        # (1976年 5月 釜山에서 出生했다: a name in Chinese characters may be another place;
        # the checker reads Hangul and Latin letters only)
        return Finding(
            found.text,
            Verdict.unverified,
            facts=found.facts,
            explanation=f"the checker does not read words in Chinese characters ('{hanja.group()}')",
        )
    facts = [f for f in map(store.get, dict.fromkeys(e.fact_id for e in found.evidence)) if f]
    analysis = analyze_sentence(found.text)
    texts = [t for f in facts for t in texts_of(f)]
    weekday = weekday_of_fact(analysis, facts)
    if weekday is not None:
        # (on a Monday in September 2025: the press conference of 2025-09-12, a Friday)
        return Finding(found.text, Verdict.contradicted, facts=found.facts, explanation=weekday)
    negative = _NEGATIVE_FIGURE.search(found.text)
    if negative is not None and any(
        v.family in _AMOUNTS and v.start == negative.end() for v in analysis.values
    ):
        # (마이너스 36억9767만 원의 재산, -36억9767만 원: the source's figure is no loss)
        return Finding(
            found.text,
            Verdict.contradicted,
            facts=found.facts,
            explanation=f"the source gives no negative figure ('{negative.group().strip()}')",
        )
    none_held = none_held_objection(store, analysis)
    if none_held is not None:
        # (배경훈은 채무가 전혀 없다: he declared 7억4500만 원 of debts)
        return _misled(found, "direction", *none_held)
    # (the facts the sentence speaks of, beside its supporters: the day's other facts; not
    # the store's, which a large store would read whole for a sentence)
    near_facts = [f for f in map(store.get, found.facts[:12]) if f is not None]
    told = _told_otherwise_that_day(analysis, facts, near_facts)
    if told is not None:
        # (인사청문회에서 박사 과정을 풀타임으로 다녔다고 말했다: that day he said 파트 타임)
        return _named_conflict(Finding(found.text, Verdict.contradicted, facts=found.facts), *told)
    lacked = lacked_objection(analysis, facts)
    if lacked is not None:
        # (증여세 없이 처리했다: he paid the gift tax)
        return _misled(found, "direction", lacked)
    undone = undone_objection(found.text, texts)
    if undone is not None:
        # (LG AI Research postponed the release of EXAONE 3.0 on August 7, 2024)
        return _misled(found, "direction", undone)
    judged = judgement_unheld(found.text, texts)
    if judged is not None:
        # (당초 목표가 충분하다고 말했다: the goal's fact says nothing of its being enough)
        return Finding(found.text, Verdict.unverified, facts=found.facts, explanation=judged)
    other = alternative_objection(found.text, facts, analysis.korean) or code_objection(
        store, found.text, facts
    )
    if other is not None and found.evidence:
        # (기자들의 질문에 답했다: the source's askers are the ministry's staff)
        return _conflict_at(found, *other)
    # (each fact by its own words: one that says all of them, beside one that says nothing
    # of how much)
    compared = limit_objection(store, analysis)
    if compared is not None:
        # (주담대는 한도 6억 원보다 적었다: the cap's fact gives 6억; the loan was 7억5천만)
        return _misled(found, "direction", compared)
    unnamed = unnamed_limit_objection(
        analysis, [f for f in map(store.get, found.facts[:6]) if f is not None]
    )
    if unnamed is not None:
        # (below the legal limit, where the rule the sentence speaks of gives one it exceeds)
        return _misled(found, "direction", unnamed)
    agent = passive_agent_objection(store, found.text, facts)
    if agent is not None and agent.reason == "actor":
        return _misled(found, "actor", agent.explanation)
    if agent is not None:
        # (was awarded to Bae by the trade ministry: no supporting fact says by whom)
        return Finding(
            found.text, Verdict.unverified, facts=found.facts, explanation=agent.explanation
        )
    where = place_unheld(store, analysis, facts or near_facts[:1], near_facts)
    if where is not None and found.evidence:
        start, end, theirs, giver = where
        if theirs is not None and giver is not None:
            # (9월 12일 서울 용산에서 기자간담회: the source holds it in 종로구)
            return _conflict_at(found, start, end, theirs, giver.id)
        return Finding(
            found.text,
            Verdict.unverified,
            facts=found.facts,
            explanation=f"the store does not say it was at '{found.text[start:end]}'",
        )
    placed = version_place_objection(store, analysis)
    if placed is not None:
        # (엑사원의 세 번째 버전인 엑사원 3.5: the fourth of the store's numbered versions)
        return _misled(found, placed.reason, placed.explanation)
    much = next((m for f in facts if (m := quantity_word_objection(found.text, texts_of(f)))), None)
    if much is None:
        # (일부 매각, sold part of: the figure's fact gives the stocks, another their sale, 전량)
        related = [f for f in map(store.get, found.facts[:4]) if f and f not in facts]
        much = part_told_elsewhere(analysis, related)
    if much is not None:
        return _misled(found, "relation", much)
    waived = waived_condition(found.text, texts)
    if waived is not None:
        # (소득이 100만 원 이하이면 나이와 관계없이 공제된다: the rule asks 60 or older too)
        return _misled(found, "relation", waived)
    planned = _plan_on_its_day(store, found, facts)
    if planned is not None:
        return planned
    # (how much: the words of the facts it speaks of most, beside those of its figures)
    near = [t for f in map(store.get, found.facts[:3]) if f and f not in facts for t in texts_of(f)]
    cause = cause_unheld(found.text, texts, near) or quantity_unheld(found.text, texts, near)
    if cause is not None:
        # (부모는 소득이 100만 원을 넘었기 때문에 경로우대를 받았다: two facts, no link)
        return Finding(found.text, Verdict.unverified, facts=found.facts, explanation=cause)
    related = [f for f in map(store.get, found.facts[:4]) if f is not None]
    given = giver_elsewhere(store, analysis, facts, related)
    if given is not None:
        # (Bae, who received the order from the trade ministry, led LG AI Research)
        return _named_conflict(Finding(found.text, Verdict.unverified, facts=found.facts), *given)
    from factcli.judge.held import post_year_objection

    year_post = post_year_objection(store, analysis)
    if year_post is not None:
        # (엑사원 3.0을 공개한 2024년에 배경훈은 과학기술정보통신부 장관이었다: from 2025)
        return _misled(found, "tense", year_post)
    posted = post_employer_objection(store, analysis)
    if posted is not None:
        # (AI플랫폼담당 상무 at LG전자: the store's post of that title is LG유플러스's)
        return _post_elsewhere(found, *posted)
    # (the facts it speaks of, beside its supporters: 내년 of the multimodal results, in a
    # sentence the LLM's fact supports)
    shifted = relative_year_objection(found.text, [*facts, *_named_beside(store, found, facts)])
    if shifted is not None and found.evidence:
        # (내년 연말 for the end of the year the words were said in, 2025)
        return _conflict_at(found, *shifted)
    # (10월 말 for the source's 10월 초: a wrong date, the part of the month its value)
    parts = part_of_month_objection(found.text, texts)
    if parts is None:
        kind_said = model_kind_unheld(store, analysis)
        if kind_said is not None:
            # (엑사원 딥은 … 공개된 하이브리드 모델이다: the hybrid is 엑사원 4.0)
            return Finding(found.text, Verdict.unverified, facts=found.facts, explanation=kind_said)
        return found
    if parts.scale == "year" and found.evidence:
        # (2018년 연초 for the source's 연말 인사: the part's words, side by side)
        return _conflict_at(found, parts.start, parts.end, parts.said)
    korean = analysis.korean
    evidence = []
    for e in found.evidence:
        start, end, word = with_part(found.text, e.start, e.end, parts.theirs, korean)
        evidence.append(
            replace(
                e,
                relation="conflict",
                start=start,
                end=end,
                found=found.text[start:end],
                expected=e.expected
                and (f"{e.expected} {word}" if korean else f"{word} {e.expected}"),
            )
        )
    return Finding(found.text, Verdict.contradicted, evidence=evidence, facts=found.facts)


def _told_otherwise_that_day(
    analysis: Analysis, facts: list[Fact], related: list[Fact]
) -> tuple[Fact, Objection] | None:
    """What a sentence says was said on a day, a word of a kind (풀타임) where a fact of what
    was said that day, among the `related` ones it speaks of, gives the other word of that
    kind (파트 타임): (that fact, why)."""
    from factcli.judge.meaning.kinds import sibling_objection
    from factcli.judge.meaning.places import of_days

    if not any("say" in c.events for c in analysis.clauses):
        return None
    from factcli.store.readings import texts_of
    from factcli.text.terms import analyze

    days = {str(f.date) for f in facts if f.date and len(str(f.date)) == 10}
    if not days:
        return None
    said = {w for w in analyze(analysis.text) if not any(ch.isdigit() for ch in w)}
    mine = {f.id for f in facts}
    for fact in of_days(related, days):
        if fact.id in mine or str(fact.date) not in days:
            continue
        # (a fact of that day about the same thing: three of the sentence's words, 박사 과정을
        # 인사청문회에서; not any remark of the day, 기자들에게 of the day's other words)
        if len(said & set(analyze(" ".join(texts_of(fact))))) < 3:
            continue
        kind = sibling_objection(analysis, fact)
        if kind is not None and kind.expected:
            return fact, kind
    return None


def _conflict_at(
    found: Finding, start: int, end: int, expected: str, fact_id: str | None = None
) -> Finding:
    """The sentence contradicted at one span of its words, by its first evidence's fact (or
    the evidence of `fact_id`)."""
    told = replace(
        next((e for e in found.evidence if e.fact_id == fact_id), found.evidence[0]),
        relation="conflict",
        start=start,
        end=end,
        found=found.text[start:end],
        expected=expected,
    )
    return Finding(found.text, Verdict.contradicted, evidence=[told], facts=found.facts)


def _plan_on_its_day(store: Store, found: Finding, facts: list[Fact]) -> Finding | None:
    """A plan told as done on the day it was announced (Bae hosted the ministers' meeting on
    September 12, 2025, the day he said he would host one): a fact not yet done, stated that
    day, that holds far more of the sentence's words than the supporting facts do, makes the
    sentence misleading (tense), whatever fact of that day shares its date."""
    from factcli.judge.pairs import _NOT_DONE
    from factcli.store.readings import texts_of
    from factcli.text.analysis import certainty_at
    from factcli.text.terms import analyze

    analysis = analyze_sentence(found.text)
    days = [
        v
        for v in analysis.values
        if v.family == "date" and v.date is not None and v.date.day is not None
    ]
    if len(days) != 1 or certainty_at(analysis, days[0]) != "done":
        return None
    day = days[0]
    words = set(analyze(found.text[: day.start] + " " + found.text[day.end :]))
    if len(words) < 4:
        return None

    def held(fact: Fact) -> int:
        return len(words & {w for t in texts_of(fact) for w in analyze(t)})

    backing = max((held(f) for f in facts), default=0)
    for fact in _holding_most(store, words, (3 * len(words) + 3) // 4):
        stated = getattr(fact, "stated", None)
        if (
            getattr(fact, "status", None) in _NOT_DONE
            and stated
            and day.date is not None
            and str(stated) == day.date.iso
            and fact.id not in {f.id for f in facts}
            and held(fact) >= max(backing + 2, (3 * len(words) + 3) // 4)
        ):
            return Finding(
                found.text,
                Verdict.misleading,
                evidence=[_fact_evidence(fact, "misleading", day.text, str(stated), day.start)],
                facts=[fact.id, *found.facts],
                reason="tense",
                explanation=f"the source tells this as a plan stated on {stated}, not as done",
            )
    return None


def _holding_most(store: Store, words: set[str], least: int) -> Iterable[Fact]:
    """The facts that may hold `least` of `words` or more: every fact of a store in memory;
    from the cache, those holding one of the rarest words a fact with so many must hold (of
    n words it lacks n - least at most), read by position instead of the whole store."""
    read = getattr(store.facts, "at", None)
    if read is None:
        return store.facts
    index = store_index(store)
    ranked = sorted(words, key=lambda w: (index.df(w), w))
    rarest, others = ranked[: len(words) - least + 1], ranked[len(words) - least + 1 :]
    # How many of the words each fact holds, counted through the index before any fact is
    # read: the rarest words' postings first, then the others' among those, dropping a fact
    # that can no longer reach `least` (at 100,000 facts the rarest are still in thousands).
    held: dict[int, int] = {}
    for word in rarest:
        for p in index.postings_of(word):
            held[p] = held.get(p, 0) + 1
    for i, word in enumerate(others):
        held = {p: n for p, n in held.items() if n + len(others) - i >= least}
        for p in index.weights_at(word, held):
            held[p] += 1
    return read(sorted(p for p, n in held.items() if n >= least))  # type: ignore[no-any-return]


def _post_elsewhere(found: Finding, mine: str, theirs: str, fact: Fact) -> Finding:
    """Contradicted: the post the sentence names by its title is at another employer."""
    from factcli.judge.meaning.subjects import Objection

    text = found.text
    at = next((k for k in (text.find(mine), text.lower().find(mine.lower())) if k >= 0), 0)
    word = strip_particle(text[at:].split()[0]) if text[at:].split() else mine
    named = Objection("name", "", found=word, expected=theirs, start=at, end=at + len(word))
    return _named_conflict(Finding(text, Verdict.unverified, facts=found.facts), fact, named)


def _judged(
    store: Store,
    text: str,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
    swapping: bool,
    routes: bool,
    apposed: bool,
    leads: bool = True,
) -> Finding:
    """judge's work, the day of writing set."""
    reported = _as_reported(store, text)
    if reported is not None:
        # (a headline's quote, 배 장관 "…하겠다", Bae: fines to be deferred: what the named
        # person said, judged as reported speech; the evidence kept to the headline's words)
        said, at, shift = reported
        found = judge(store, said, index=index, skip=skip, context=context)
        size = len(text)

        def back(pos: int) -> int:
            return min(size, pos - shift if pos >= at + shift else min(pos, at))

        kept = [
            replace(
                e, start=back(e.start), end=back(e.end), found=text[back(e.start) : back(e.end)]
            )
            for e in found.evidence
            if back(e.start) < size
        ]
        return replace(found, text=text, evidence=kept)
    view = _VIEW_CLEFT.match(text)
    if view is not None:
        said = f"{view['who']}은 {view['what']}다고 {_VIEW_VERB[view['kind']]}."
        found = judge(store, said, index=index, skip=skip, context=context)
        # (the evidence placed on the same words in the sentence as written)
        placed = []
        for e in found.evidence:
            at = text.find(e.found) if e.found else -1
            at = at if at >= 0 else 0
            placed.append(replace(e, start=at, end=at + (len(e.found) if e.found in text else 0)))
        return replace(found, text=text, evidence=placed)
    plain = _HEARSAY_END.sub("다", text)
    if plain != text:
        # (신고했대, 유예한대요: what people say was done, told as hearsay; judged as said)
        return replace(judge(store, plain, index=index, skip=skip, context=context), text=text)
    start = lead_in(text) if leads else 0
    if (
        start
        and (
            _HAS_VERB.search(text, start)
            # (a headline's words: AI to help Korea regain 3% growth; not a dateline's figures)
            or sum(1 for w in text[start:].split() if any(c.isalpha() for c in w)) >= 3
        )
    ):
        # (Fact check: …, Reportedly, …: what the writer says of the claim is not the claim)
        found = judge(store, text[start:], index=index, skip=skip, context=context)
        if (found.explanation or "").startswith(ACCOUNT_ONLY) and tells_account(text, start):
            # (According to his statement, …: the lead tells the claim as his account)
            return judge(
                store,
                text,
                index=index,
                skip=skip,
                context=context,
                swapping=swapping,
                routes=routes,
                apposed=apposed,
                leads=False,
            )
        shifted = [replace(e, start=e.start + start, end=e.end + start) for e in found.evidence]
        cited = _cited_otherwise(store, text, found) if found.verdict is Verdict.supported else None
        return cited or replace(found, text=text, evidence=shifted)
    analysis = analyze_sentence(text)
    if not swapping:
        from factcli.judge.anaphora import carried_back, place_carried

        # (…정부세종청사에서 취임한 뒤 7월23일 같은 장소에서 임명장을 받았다; born in Seoul, and
        # he completed his MBA there: the sentence means the place named before)
        carried = place_carried(analysis)
        if carried is not None:
            again = judge(store, carried[0], index=index, skip=skip, context=context)
            return carried_back(again, text, carried[1:])
    route = route_of(analysis) if routes else None
    if route is not None:
        # (LG경제연구원을 거쳐 LG유플러스로, from SK Telecom to …: two posts in order, not two
        # values of one)
        return _routed(store, analysis, route, index=index, skip=skip, context=context)
    appositive = _APPOSITIVE_EN.match(text) if apposed else None
    if appositive is not None:
        return _with_appositive(store, text, appositive, index=index, skip=skip, context=context)
    cut = contrast_cut(analysis)
    if cut is not None:
        # (… cost 4.15 billion won, not 4.5 billion won; 4.5억이 아니라 41억5천만 원: the
        # figure set aside is no claim; the rest is judged, its evidence placed in the whole)
        a, b = cut
        found = judge(store, text[:a] + text[b:], index=index, skip=skip, context=context)

        def after(pos: int, *, end: bool = False) -> int:
            return pos if pos < a or (end and pos == a) else pos + (b - a)

        moved = [
            replace(
                e,
                start=after(e.start),
                end=after(e.end, end=True),
                found=text[after(e.start) : after(e.end, end=True)],
            )
            for e in found.evidence
        ]
        return replace(found, text=text, evidence=moved)
    denied = denied_claim(text)
    if denied is not None:
        return _denial(store, text, denied, index=index, skip=skip, context=context)
    weekday = wrong_weekday(analysis)
    if weekday is not None:
        return Finding(text, Verdict.contradicted, explanation=weekday)
    ahead = _after_the_day(analysis)
    if ahead is not None:
        return Finding(text, Verdict.unverified, explanation=ahead)
    lasted, length = _span_told(analysis)
    if lasted is not None:
        return Finding(text, Verdict.contradicted, explanation=lasted)
    if length is not None:
        # (the length agrees with the span the sentence gives: the rest is judged without it,
        # blanked in place so the evidence keeps its columns)
        unsaid = text[: length.start] + " " * (length.end - length.start) + text[length.end :]
        return replace(
            judge(store, unsaid, index=index, skip=skip, context=context, swapping=swapping),
            text=text,
        )
    if says_nothing(store, analysis, fragment_ok=swapping):
        # (배경훈, EXAONE, 41억5천만 원: a name or a figure alone claims nothing)
        return Finding(
            text, Verdict.unverified, explanation="the claim names something but says nothing of it"
        )
    pieces = _pieces(text, analysis) if len(analysis.values) > MAX_VALUES else []
    if len(pieces) > 1:
        return _judge_in_pieces(store, text, pieces, index=index, skip=skip, context=context)
    spans = _spans(store, analysis, index)
    wrong = next((s for s in spans if s.relation == "conflict"), None)
    if wrong is not None:
        return _span_conflict(text, wrong, analysis.korean)
    turned = next((s for s in spans if s.relation == "reversed"), None)
    if turned is not None:
        return _span_reversed(text, turned)
    if spans:
        # A span the two events' dates settle (엿새 만에, 18 days before): the sentence is
        # judged without what it tells of the event the span counts from, the span standing
        # as the date it gives the other event.
        # (whole: the clause before the span is the other event's, told already)
        blank = _without_origins(analysis, spans)
        found = _judge(store, blank, index=index, skip=skip, context=context)
        if found.verdict is Verdict.supported or not any(s.borrowed for s in spans):
            return _with_spans(text, found, spans)
        # (a span counted from a thing named alone that the rest does not settle: the
        # sentence as written, EXAONE 3.5 four months after EXAONE 3.0, a fact of its own)

    def as_sentence(told: str) -> Finding:
        # (a part of the sentence, or a statement made of one, judged as a sentence: the
        # sentence with its gaps or its share blanked, a phrase set aside, …)
        return judge(store, told, index=index, skip=skip, context=context, swapping=swapping)

    def once_more(told: str) -> Finding:
        # (a side of the order, the sentence with another name or without its period: judged
        # once more, without the checks that would judge it again)
        return judge(store, told, index=index, skip=skip, context=context, swapping=True)

    if not swapping and not analysis.korean and "day" in text:
        same = _same_day_said(analysis)
        if same is not None:
            # (…on March 18, 2025, the same day Bae spoke at GTC 2025: the sentence up to the
            # day, then what else it says happened on it)
            main = as_sentence(text[: same[0].start()] + ".")
            main.text = text
            if main.verdict is not Verdict.supported:
                return main
            return _same_day_held(
                store, analysis, main, same, index=index, skip=skip, context=context
            )
    worked_out = None
    differs = any(v.role == "difference" for v in analysis.values)
    if differs or any(v.family == "percent" for v in analysis.values):
        from factcli.judge.differences import judge_difference
        from factcli.judge.products import judge_product

        worked_out = (
            judge_difference(store, analysis, as_sentence, index, skip)
            if differs
            else judge_product(store, analysis, as_sentence, index, skip)
        )
    if worked_out is not None:
        return worked_out
    found = _judge_sentence(store, text, analysis, index=index, skip=skip, context=context)
    found = _order_shown(store, analysis, found, index)
    if not swapping and names_only(analysis, found):
        # (a name of one statement read against the fact of another: each judged alone)
        crossed = _name_crossed(store, analysis, found, index=index, skip=skip, context=context)
        if crossed is not None:
            return crossed
    if not swapping:
        from factcli.judge.held import held_then

        # (a post said to be held in a year inside its span: not the day it was taken)
        held = held_then(store, analysis, found, index)
        if held is not None:
            return held
    if found.verdict is Verdict.supported and not swapping:
        found = _each_statement_held(
            store, analysis, found, index=index, skip=skip, context=context
        )
    if found.verdict is Verdict.supported and not swapping and not analysis.korean:
        from factcli.judge.asides import person_phrase_objection

        found = person_phrase_objection(analysis, found, as_sentence) or found
    if found.verdict is Verdict.supported:
        from factcli.judge.members import range_of_members

        found = range_of_members(store, analysis, found) or found
    if not swapping and (
        found.verdict is Verdict.supported
        or (found.verdict is Verdict.misleading and found.reason == "detail")
    ):
        # (a detail found missing may be the period itself: said plainly, it is the time)
        from factcli.judge.during import during_objection

        outside = during_objection(store, analysis, once_more)
        if outside is not None:
            return Finding(
                text,
                Verdict.misleading,
                reason=outside.reason,
                facts=found.facts,
                explanation=outside.explanation,
                evidence=[replace(e, relation="misleading") for e in found.evidence],
            )
    if found.verdict is Verdict.unverified and not swapping:
        from factcli.judge.asides import aside_held
        from factcli.judge.sequence import order_held
        from factcli.judge.swapped import name_swapped

        return (
            order_held(store, analysis, once_more, index)
            or name_swapped(store, analysis, found, once_more)
            or aside_held(store, analysis, found, as_sentence)
            or found
        )
    return _denied_otherwise(analysis, found)


# A date told again by what else happened on it (on March 18, 2025, the same day Bae spoke at
# GTC 2025): the clause after it is a claim of that day.
_SAME_DAY_EN = rx.compile(
    r",[ \t]{0,2}(?i:(?:on[ \t]+)?the[ \t]+(?:very[ \t]+)?(?:same[ \t]+)?day)[ \t]+"
    r"(?i:(?:that|when|on[ \t]+which)[ \t]+)?(?P<what>[A-Z][^;]{4,200}?)[ \t]*[.!]?[ \t]*$"
)


def _same_day_said(analysis: Analysis) -> tuple[re.Match[str], Value] | None:
    """Where the sentence dates a second event by the first's day, and that day."""
    m = _SAME_DAY_EN.search(analysis.text)
    if m is None:
        return None
    day = next(
        (
            v
            for v in reversed(analysis.values)
            if v.family == "date" and v.date is not None and v.date.day and v.end <= m.start()
        ),
        None,
    )
    return (m, day) if day is not None else None


def _same_day_held(
    store: Store,
    analysis: Analysis,
    found: Finding,
    same: tuple[re.Match[str], Value],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A supported sentence that dates a second event by the first's day (…, the same day Bae
    spoke at GTC 2025) holds only where the store has that event on that day too: told
    otherwise, the sentence is wrong where that claim is; not found, unverified."""
    m, day = same
    what = m.group("what").strip()
    told = f"{what} on {day.text}."
    said = judge(store, told, index=index, skip=skip, context=context, swapping=True)
    if said.verdict is Verdict.supported:
        found.facts = list(dict.fromkeys([*found.facts, *said.facts]))
        return found
    if said.verdict in (Verdict.contradicted, Verdict.misleading):
        return Finding(
            analysis.text,
            Verdict.misleading,
            reason="relation",
            facts=found.facts + said.facts,
            evidence=[replace(e, relation="misleading") for e in found.evidence],
            explanation=f"the store does not date '{what}' on {day.text}",
        )
    return _part_unheld(analysis, found, what)


def _cited_otherwise(store: Store, text: str, found: Finding) -> Finding | None:
    """A claim the store supports, led by whose account it is (According to Kang Hoon-sik,
    …) where the facts that hold it have another who said or did it: misleading, actor."""
    from factcli.judge.meaning.actors import cited_objection, unknown_citer

    analysis = analyze_sentence(text)
    unknown = unknown_citer(store, analysis)
    if unknown is not None:
        # (김민수 교수에 따르면 …: a person the store never names, whose account it cannot vouch
        # for)
        return Finding(
            text,
            Verdict.unverified,
            facts=found.facts,
            explanation=f"the store never mentions '{unknown}'",
        )
    backing = dict.fromkeys(e.fact_id for e in found.evidence) or found.facts[:1]
    for fact in (f for f in map(store.get, backing) if f is not None):
        wrong = cited_objection(store, analysis, fact)
        if wrong is not None:
            statement = (fact.statement if analysis.korean else fact.statement_en) or ""
            return Finding(
                text,
                Verdict.misleading,
                evidence=[
                    _fact_evidence(fact, "misleading", wrong.found or "", statement, wrong.start)
                ],
                facts=found.facts,
                reason=wrong.reason,
                explanation=wrong.explanation,
            )
    return None


def _routed(
    store: Store,
    analysis: Analysis,
    route: Route,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A move told as a route: the move judged as told of the second employer, then the
    order of the two against the days the store dates his posts at each."""
    from factcli.judge.meaning.subjects import resolve
    from factcli.judge.routes import route_objection, told_of_second

    text = analysis.text
    who = resolve(store, analysis.actor) if analysis.actor else context
    route.who = who
    told, back = told_of_second(text, route)
    # (the move told of the second employer, once: a text of many routes is not cut again)
    found = judge(store, told, index=index, skip=skip, context=context, routes=False)
    placed = [
        replace(e, start=back(e.start), end=back(e.end), found=text[back(e.start) : back(e.end)])
        for e in found.evidence
    ]
    found = replace(found, text=text, evidence=placed)
    if found.verdict in (Verdict.contradicted, Verdict.misleading):
        return found  # (a wrong year of the move, or its end for its start, stays the finding)
    wrong, known = route_objection(store, route)
    if wrong is not None:
        return Finding(
            text,
            Verdict.misleading,
            evidence=[replace(e, relation="misleading") for e in placed],
            facts=list(dict.fromkeys([wrong.fact, *found.facts])),
            reason=wrong.reason,
            explanation=wrong.explanation,
        )
    if found.verdict is Verdict.supported and not known:
        return Finding(
            text,
            Verdict.unverified,
            facts=found.facts,
            explanation="the store does not date a post at both, so the order of the move is "
            "not shown",
        )
    return found


# The value is what is denied: English 'not'/'never' before it in its clause, with no comma
# between ("born in 1978, not 1976" denies 1976, not 1978); Korean, a denied last predicate
# after it (1978년에 태어나지 않았다), not '1976년이 아닌 1978년'.
_NOT_BEFORE_EN = rx.compile(r"(?i:\b(?:not|never)\b|n't\b)[^,;]*$")
_DENIED_END_KO = rx.compile(r"^[^,;]*(?:지\s*(?:않|못)[가-힣]*|아니)다[.!\s]*$")


def _denies(analysis: Analysis, at: int) -> bool:
    clause = analysis.clause_at(at)
    if not clause.negated:
        return False
    text = analysis.text
    if analysis.korean:
        return _DENIED_END_KO.search(text[at:]) is not None
    return _NOT_BEFORE_EN.search(text[clause.start : at]) is not None


def _denied_otherwise(analysis: Analysis, found: Finding) -> Finding:
    """A sentence that denies a value the store gives otherwise (Bae was not born in 1978;
    1978년에 태어나지 않았다) is not wrong for that value: what it denies is not so. Not
    supported either (what it does say, the store does not tell): unverified, with the
    store's value."""
    if found.verdict is not Verdict.contradicted:
        return found
    wrong = [e for e in found.evidence if e.relation == "conflict"]
    if not wrong or not all(_denies(analysis, e.start) for e in wrong):
        return found
    given = "; ".join(f"the source gives {e.expected} ({e.fact_id})" for e in wrong)
    return Finding(
        found.text,
        Verdict.unverified,
        facts=found.facts,
        explanation=f"the sentence denies {wrong[0].found}; {given}",
    )


def _denial(
    store: Store,
    text: str,
    claim: str,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A sentence denying `claim` whole (denials.py): misleading where the store supports the
    claim, else unverified (the store keeps what happened, not what did not)."""
    found = judge(store, claim, index=index, skip=skip, context=context)
    head = claim.rstrip(".")[:20]
    shift = max(0, text.find(head)) if head else 0
    size = len(text)
    if found.verdict is Verdict.supported:
        return Finding(
            text,
            Verdict.misleading,
            evidence=[
                replace(
                    e,
                    relation="misleading",
                    start=min(size, e.start + shift),
                    end=min(size, e.end + shift),
                )
                for e in found.evidence
            ],
            facts=found.facts,
            reason="direction",
            explanation="the sentence denies what the source says happened",
        )
    why = "the store keeps what happened, not what did not"
    if found.verdict is Verdict.contradicted:
        why = f"{why}; of what is denied, it says: {found.message}"
    return Finding(text, Verdict.unverified, facts=found.facts, explanation=why)


# A headline that gives a person's words in quotes and no verb of saying: 배 장관 "…하겠다".
_HEADLINE_QUOTE = rx.compile(
    r"^\s*((?:[가-힣]{1,4})(?:\s+[가-힣]{1,10}){0,2})\s*[\"“‘']([^\"”’']{4,})[\"”’']\s*\.?\s*$"
)


def _named_beside(store: Store, found: Finding, facts: list[Fact]) -> list[Fact]:
    """Facts the sentence speaks of beside its supporters that it names by their own words,
    words none of the supporters have (멀티모달 of the multimodal results, beside the LLM's
    fact)."""
    from factcli.store.readings import texts_of
    from factcli.text.terms import analyze

    mine = set(analyze(found.text))
    theirs = {t for f in facts for x in texts_of(f) for t in analyze(x)}
    out = []
    for fact in map(store.get, found.facts[:6]):
        if fact is None or fact in facts:
            continue
        own = set(analyze(f"{fact.value} {fact.statement_en or ''}")) - theirs
        if own & mine:
            out.append(fact)
    return out


def _as_reported(store: Store, text: str) -> tuple[str, int, int] | None:
    """A headline's words as reported speech (배 장관 "…하겠다" -> 배 장관 "…하겠다"고
    말했다.; Bae: fines to be deferred -> Bae said fines to be deferred), when whose words
    they are names a person or body the store knows. With where the text was changed and by
    how many characters, to put positions back."""
    colon = _HEADLINE_COLON_EN.match(text)
    m = _HEADLINE_QUOTE.match(text) if colon is None else None
    if colon is None and m is None:
        return None
    from factcli.judge.meaning.subjects import resolve

    if colon is not None and resolve(store, colon.group(1)) is not None:
        words = text[colon.end() :]
        # (a headline's "X to do Y", no verb of its own: what the speaker looks ahead to, AI
        # to help Korea regain 3% growth; not "to be" of a plan told, fines to be deferred)
        ahead = _HEADLINE_TO.match(words) is not None and not _HAS_VERB.search(words)
        verb = " expects " if ahead else " said "
        return (
            f"{colon.group(1)}{verb}{words}",
            colon.end(),
            len(verb) - len(text[colon.end(1) : colon.end()]),
        )
    if m is None or resolve(store, m.group(1)) is None:
        return None
    said, topic = as_said(m.group(1), m.group(2), text[m.end(1) :])
    return said, m.end(1), topic


_HEADLINE_TO = rx.compile(r"(?:[\w'’%.-]+\s+){1,5}?to\s+(?!be\b)[a-z]+")


# An English headline's speaker before a colon: "Bae: fines to be deferred at least a year".
_HEADLINE_COLON_EN = rx.compile(
    r"^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=[a-zA-Z])"
)


def _order_shown(store: Store, analysis: Analysis, found: Finding, index: Index | None) -> Finding:
    """Supported only if the order the sentence puts its events in is shown too; a sentence
    nothing else settles is misleading where the store dates its two events the other way
    (the cap of June 28 announced before the loan of June 10)."""
    if found.verdict is Verdict.unverified and not found.explanation and found.facts:
        from factcli.judge.sequence import sequence_objection

        turned = sequence_objection(store, analysis, index or store_index(store))
        told = store.get(turned.fact) if turned is not None else None
        if turned is not None and told is not None:
            evidence = [_fact_evidence(told, "misleading", "", str(told.date or ""))]
            return _out_of_order(found.text, evidence, found.facts, turned)
        return found
    if found.verdict is not Verdict.supported:
        return found
    from factcli.judge.sequence import order_said

    ids = list(dict.fromkeys(e.fact_id for e in found.evidence)) or found.facts[:1]
    facts = [f for i in ids if (f := store.get(i)) is not None]
    related = [f for i in found.facts[:3] if i not in ids and (f := store.get(i)) is not None]
    said, wrong = order_said(store, analysis, index or store_index(store), facts, related)
    if wrong is not None:
        return _out_of_order(found.text, found.evidence, found.facts, wrong)
    # (two events said to fall on one day: A와 B는 같은 날 이뤄졌다)
    from factcli.judge.sequence import same_time_said

    when, apart = same_time_said(store, analysis, index or store_index(store))
    if apart is not None:
        return _out_of_order(found.text, found.evidence, found.facts, apart)
    if when == "unshown":
        return Finding(
            found.text,
            Verdict.unverified,
            facts=found.facts,
            explanation="the store does not date both events, so that they fell together is "
            "not shown",
        )
    if said == "unshown":
        return Finding(
            found.text,
            Verdict.unverified,
            facts=found.facts,
            explanation="the store does not date both events, so their order is not shown",
        )
    return found


def _out_of_order(
    text: str, evidence: list[Evidence], facts: list[str], wrong: Objection
) -> Finding:
    """Each value holds; the order the sentence puts its events in does not."""
    return Finding(
        text,
        Verdict.misleading,
        evidence=[replace(e, relation="misleading") for e in evidence],
        facts=facts,
        reason=wrong.reason,
        explanation=wrong.explanation,
    )


def _judge_sentence(
    store: Store,
    text: str,
    analysis: Analysis,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """One sentence of at most a few values: whole, then clause by clause."""
    whole = _judge(store, analysis, index=index, skip=skip, context=context)
    if whole.verdict is Verdict.supported:
        # (and the facts the sentence speaks most of: the filing he admitted was wrong)
        denied = denial_unheld(
            store, analysis, [e.fact_id for e in whole.evidence] + whole.facts[:2]
        )
        if denied is not None:
            # (…gave his daughter 100 million won but did not pay gift tax on it: a clause
            # without a figure denies what the backing facts say was done, or what none says)
            verdict, reason, explanation = denied
            return Finding(
                text,
                verdict,
                evidence=[replace(e, relation="misleading") for e in whole.evidence]
                if verdict is Verdict.misleading
                else [],
                facts=whole.facts,
                reason=reason,
                explanation=explanation,
            )
    values = list(analysis.values)
    clauses = [
        (c.start, c.text)
        for c in analysis.clauses
        if any(c.start <= v.start < c.end for v in values)
    ]
    if not values:
        # a sentence without figures, of several clauses: each clause by its own words
        clauses = [(c.start, c.text) for c in analysis.clauses]
    elif len(clauses) < 2:
        clauses = _clauses(text, values)
    if whole.verdict is Verdict.misleading or (
        whole.verdict is Verdict.contradicted
        and not _own_clauses_hold(store, analysis, whole, clauses, index, skip, context)
    ):
        return whole
    if whole.explanation and whole.explanation.startswith(_ANOTHER_MODEL):
        return whole  # the sentence names a model the facts are not about: no clause is held
    if len(clauses) == 1:
        if whole.verdict is Verdict.unverified:
            return _joined_judge(store, analysis, whole, index=index, skip=skip, context=context)
        return whole
    parts = []
    for offset, clause in clauses:
        part = _judge(
            store, analysis, index=index, skip=skip, context=context, window=(offset, clause)
        )
        if part.verdict is Verdict.unverified:
            # A clause that leans on the words around it (a venture backed by 16 affiliates;
            # of which 1.07 million won was taxable): what it speaks of is named there. Its
            # own values are still all that is judged, and only a fact that supports them
            # holds: words lent to a clause contradict nothing.
            # (first the few words just before it, then the other clauses whole)
            others = " ".join(_DIGITS.sub(" ", c) for o, c in clauses if o != offset)
            for leaning in (_leaned_on(analysis, offset), others):
                retry = _judge(
                    store,
                    analysis,
                    index=index,
                    skip=skip,
                    context=context,
                    window=(offset, clause),
                    leaning=leaning,
                )
                if retry.verdict is Verdict.supported:
                    part = retry
                    break
        part.evidence = [
            replace(e, start=e.start + offset, end=e.end + offset) for e in part.evidence
        ]
        parts.append(part)
    evidence = [e for p in parts for e in p.evidence]
    if whole.verdict is Verdict.supported:
        # A clause alone has few words, and a fact sharing one of them reads as relevant to
        # it: against a sentence the store supports whole, only a fact that speaks to the
        # whole sentence contradicts a clause of it (103.68 million won in all, after the
        # deposits and securities it sums, is not the parents' income limit).
        speaking = set(whole.facts[:2]) | {e.fact_id for e in whole.evidence}
        # (and a value the whole reading agreed with, with a fact of its own, is not wrong
        # for a rounder figure the clause alone matches: 예금 1819만 원 beside 증권 8549만 원
        # is not the "about 100 million won" of both)
        agreed = {e.start for e in whole.evidence if e.relation == "agree"}
        parts = [
            p
            for p in parts
            if p.verdict not in (Verdict.contradicted, Verdict.misleading)
            or (
                any(e.fact_id in speaking for e in p.evidence)
                and not all(
                    e.start in agreed and _approximate(store, e.fact_id)
                    for e in p.evidence
                    if e.relation == "conflict"
                )
            )
        ]
    failed = _worst(text, parts, whole.facts)
    if failed is not None:
        return failed
    if whole.verdict is Verdict.supported:
        return whole
    if all(p.verdict is Verdict.supported for p in parts):
        from factcli.judge.meaning.names import name_objection
        from factcli.judge.reading import _named_conflict
        from factcli.judge.sequence import sequence_objection

        order = sequence_objection(store, analysis, index or store_index(store))
        if order is not None:
            return _out_of_order(text, evidence, whole.facts, order)
        # (a name in a part without a figure, not judged with the clauses that have one:
        # "…in 2002 and his PhD in 2006, both from Seoul National University")
        loose = tuple(
            n for n in analysis.names if not any(o <= n[2] < o + len(c) for o, c in clauses)
        )
        left = replace(analysis, names=loose)
        for fact_id in dict.fromkeys(e.fact_id for e in evidence) if loose else ():
            fact = store.get(fact_id)
            named = name_objection(left, fact, store) if fact is not None else None
            if fact is not None and named is not None:
                return _named_conflict(
                    Finding(text, Verdict.unverified, facts=whole.facts), fact, named
                )
        return Finding(text, Verdict.supported, evidence=evidence, facts=whole.facts)
    return _joined_judge(store, analysis, whole, index=index, skip=skip, context=context)


def _own_clauses_hold(
    store: Store,
    analysis: Analysis,
    whole: Finding,
    clauses: list[tuple[int, str]],
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> bool:
    """Whether each value the whole sentence's reading contradicts is held by a fact of its
    own clause, judged alone (엑사원 3.5는 2024년 12월 출시됐고, ...: December 2024 is the
    release's, not the date of the report the rest of the sentence speaks of). Then the
    sentence is judged clause by clause instead."""
    if len(clauses) < 2:
        return False
    conflicts = [e for e in whole.evidence if e.relation == "conflict"]
    if not conflicts:
        return False
    if not all(any(v.start <= e.start < v.end for v in analysis.values) for e in conflicts):
        return False  # (a name the whole contradicts, text-only for multimodal: no clause's value)
    for e in conflicts:
        own = next(((o, c) for o, c in clauses if o <= e.start < o + len(c)), None)
        if own is None or not _HAS_VERB.search(own[1]):
            return False  # (a phrase of time, "At his July 17 inauguration", is no statement)
        alone = _judge(store, analysis, index=index, skip=skip, context=context, window=own)
        if alone.verdict is not Verdict.supported or e.fact_id in alone.facts[:1]:
            return False
    return True


def _approximate(store: Store, fact_id: str) -> bool:
    fact = store.get(fact_id)
    return fact is not None and bool(fact.approx)


_LEADING_PARTICIPLE = rx.compile(r"^(?:Born|[A-Z][a-z]+ed)\b[^,()]{1,60},\s+")


# More places where prose joins two statements, tried only when the sentence is judged
# statement by statement (_joined_judge), each part with a verb of its own: a past verb's
# coordinating ending (맡았고, 올랐으며, 세웠고), 'A에 이어 B' (after A, B), and in English
# ', and' or '; ' before a clause (…the CVPR title, and in 2021 it topped SQuAD).
_JOINED_MORE = rx.compile(
    r"(?<=["
    + with_final("ㅆ")  # (했, 됐, 았, 었, 였: ㅆ below)
    + r"])(?:고|으며)(?=[\s,])"
    r"|(?<=[가-힣])(?:였고|였으며|이었고|이었으며)(?=[\s,])"
    # (시작해 …, 옮겨 …: one act, then the next; not 올해, 지난해, 이듬해, the year)
    r"|(?<![올난듬그한매첫새이])(?<=[가-힣]{2})해(?=\s)(?!\s*(?:주|준|줬|줄|놓|두|둔|온|왔|가|간|갔|보|봤|야))"
    r"|(?<=[가-힣])(?:에|데)\s*이어(?:서)?(?=[\s,])"
    r"|,\s+and\s+|;\s+"
)
_ORDERED_CUT = rx.compile(r"이어")
# (joins that set no two claims side by side: what was said, 라며; one act after another)
_TIME_WORDS = r"\s*(?:뒤|다음|후)"  # (낸 뒤, 한 다음: one act after another)
_NOT_COORDINATE = rx.compile(r"(?:이라며|라며|하며|되며)|" + _TIME_WORDS)
# (a part told from the one before: 이튿날, the next day, the same year, there)
_TOLD_FROM_BEFORE = rx.compile(
    r"이튿날|다음\s*날|같은\s*해|같은\s*달|그\s*해|그해|이듬해|당시|그곳|(?i:\b(?:next|following|same)\s+"
    r"(?:day|month|year|week)\b|\bthere\b|\bthat\s+year\b|\bthen\b)"
)
# (a verb going on or wished, 검토하고 있다, 하고 싶다: one predicate, not two)
_GOING_ON = rx.compile(r"\s*(?:있|싶|말았|계시)")


JOINED_MAX_CHARS = 400  # a sentence longer than this is not judged statement by statement
JOINED_MAX_PARTS = 6


def _dated_apart(analysis: Analysis, cut: int, resume: int) -> bool:
    """A clause of time (된 뒤, 한 다음) with a date of its own on either side: two events,
    each dated by its own words, each a claim the store must hold (2017년 상무가 된 뒤 2018년
    본부장에 올랐다: the two posts' years swapped are not held by the two facts together)."""
    if not _TIME_CLAUSE.match(analysis.text, cut):
        return False
    dated = [v for v in analysis.values if v.date is not None]
    return any(v.end <= cut for v in dated) and any(v.start >= resume for v in dated)


_TIME_CLAUSE = rx.compile(_TIME_WORDS)
# (a part ending in its clause of time: 받은 뒤 is no word of what was received)
_TIME_TAIL = rx.compile(r"(?<=[가-힣])\s+(?:뒤|다음|후)(?:에|에는)?[\s,]*$")


def _piece(part: str) -> str:
    """A part cut from a sentence as a sentence of its own: without the clause of time it
    ends in when it is dated by its own figures (배경훈은 2006년 박사학위를 받은 뒤 -> …받은;
    not 증여세를 낸 뒤 of his words, which the account of them tells whole)."""
    piece = part.strip(" ,;")
    return _TIME_TAIL.sub("", piece) if _DIGIT.search(piece) else piece


_DIGIT = rx.compile(r"\d")


def _statement_parts(
    analysis: Analysis, *, coordinate: bool = False, sequential: bool = False
) -> tuple[list[tuple[int, str]], bool, dict[int, int]] | None:
    """The statements a sentence joins (하고, 했고, 에 이어, ', and' before a clause), each
    with where it starts; whether one is said to follow the other (에 이어); and the cuts
    after 'A에 이어' with where 이어 starts. None when it joins none.

    `coordinate`: only statements set side by side, each a claim of its own (했고, 하며,
    ', and he …'); not a clause of time (낸 뒤), of what was said (…라며), a leading
    participle (Born in Seoul, …) or a verb going on (검토하고 있다). `sequential`: cut after
    시작해 too (one act leading to the next)."""
    text = analysis.text
    inside = [(v.start, v.end) for v in analysis.values]
    lead = _LEADING_PARTICIPLE.match(text) if not coordinate else None
    cuts = [0, lead.end()] if lead else [0]
    for m in _JOINED.finditer(text):
        if coordinate and (
            (_NOT_COORDINATE.match(m.group(0)) and not _dated_apart(analysis, m.start(), m.end()))
            or _GOING_ON.match(text, m.end())
        ):
            continue
        bracketed = text.count("(", 0, m.start()) > text.count(")", 0, m.start())
        if not bracketed and not any(a < m.end() and m.start() < b for a, b in inside):
            cuts.append(m.end())
    # (the looser joins only where the part they begin has a verb of its own: "A, B, and C"
    # is a list, not two statements)
    ordered = False
    shared: dict[int, int] = {}  # a cut after 'A에 이어' -> where 이어 starts
    for m in _JOINED_MORE.finditer(text):
        bracketed = text.count("(", 0, m.start()) > text.count(")", 0, m.start())
        if bracketed or any(a < m.end() and m.start() < b for a, b in inside):
            continue
        if m.group(0) == "해" and (coordinate or not sequential):
            continue  # (증여해 …, 시작해 …: one act leading to the next, cut only if asked)
        if coordinate and (_ORDERED_CUT.search(m.group(0)) or _GOING_ON.match(text, m.end())):
            continue
        nxt = min((c for c in cuts if c > m.end()), default=len(text))
        nxt = min(nxt, *(n.start() for n in _JOINED_MORE.finditer(text, m.end())), len(text))
        after = _ORDERED_CUT.search(m.group(0)) is not None  # (1위에 이어: no verb before)
        verbal = after or m.group(0) == "해"  # (1위에 이어: no verb before; 시작해: its own)
        if _HAS_VERB.search(text[m.end() : nxt]) and (verbal or _HAS_VERB.search(text[: m.end()])):
            cuts.append(m.end())
            ordered = ordered or after
            if after:
                shared[m.end()] = m.start()
    cuts = [*sorted(set(cuts)), len(text)]
    parts = [(a, text[a:b]) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
    if not 2 <= len(parts) <= JOINED_MAX_PARTS or not all(
        _HAS_VERB.search(part) for _o, part in parts[1:]
    ):
        return None  # a part without a verb of its own is no statement
    return parts, ordered, shared


def _name_crossed(
    store: Store,
    analysis: Analysis,
    found: Finding,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding | None:
    """A sentence contradicted by a name only, judged statement by statement (judge.crossed):
    a relative clause or phrase set off by commas and the rest (English), or the statements
    the sentence joins (했으며, 한 뒤)."""
    if len(analysis.text) > JOINED_MAX_CHARS:
        return None
    from factcli.judge.asides import statements_apart
    from factcli.judge.crossed import name_crossed

    statements: list[tuple[int, int, str]] = []
    if not analysis.korean:
        # (a phrase with a verb of its own: not "worth 85.49 million won", which tells of the
        # rest's own thing)
        statements = statements_apart(analysis)
        if statements and not _HAS_VERB.search(analysis.text[statements[0][0] : statements[0][1]]):
            statements = []
    if not statements:
        split = _statement_parts(analysis)
        if split is not None:
            statements = [(offset, offset + len(part), _piece(part)) for offset, part in split[0]]
    if len(statements) < 2:
        return None

    # (only a fact dated by a statement other than the name's: the inauguration's July 17 for
    # the Seoul of "was born in Seoul"; not the school a birth date was joined to)
    def home(at: int) -> int | None:
        """The narrowest statement holding a place of the sentence (a phrase set aside lies
        inside the rest's span)."""
        holding = [(b - a, i) for i, (a, b, _s) in enumerate(statements) if a <= at < b]
        return min(holding)[1] if holding else None

    for e in found.evidence:
        if e.relation != "conflict":
            continue
        fact = store.get(e.fact_id)
        day = str(getattr(fact, "date", None) or "") if fact is not None else ""
        own = home(e.start)
        if (
            own is None
            or not day
            or not any(
                v.date is not None
                and v.date.iso
                and day.startswith(v.date.iso)
                and home(v.start) != own
                for v in analysis.values
            )
        ):
            return None
    subject = _subject_of(store, analyze_sentence(statements[0][2]), context)

    def judged(statement: str, i: int) -> Finding:
        return judge(
            store,
            statement,
            index=index,
            skip=skip,
            context=context if i == 0 else subject,
            swapping=True,
        )

    crossed = name_crossed(analysis, found, statements, judged)
    if crossed is not None and crossed.verdict is Verdict.supported:
        from factcli.judge.sequence import sequence_objection

        # (…을 지낸 뒤 2019년 …로 옮겼다: each held alone, the order the sentence gives must be too)
        if sequence_objection(store, analysis, index or store_index(store)) is not None:
            return None
    return crossed


def _part_unheld(analysis: Analysis, found: Finding, piece: str) -> Finding:
    """Unverified: a statement of the sentence (`piece`) the store does not hold."""
    return Finding(
        analysis.text,
        Verdict.unverified,
        facts=found.facts,
        explanation=f"the store does not hold this part of it: {piece}",
    )


def _each_statement_held(
    store: Store,
    analysis: Analysis,
    found: Finding,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A supported sentence that joins statements is supported only when each of them is
    held too (…on August 7, 2024, and Bae later joined Samsung: the first half is the
    store's, the second is not). One the store does not hold leaves it unverified."""
    if len(analysis.text) > JOINED_MAX_CHARS:
        return found
    if _REPORTED_END.search(analysis.text) or any("say" in c.events for c in analysis.clauses):
        # (what someone said, whole: its parts are his words, not facts; but an act of his
        # own, dated, set before what he said, is one claim, and what he said another:
        # 2025년 7월17일 취임했고 취임식에서 … 폐지하겠다고 말했다)
        return _said_after_act(store, analysis, found, index=index, skip=skip, context=context)
    split = _statement_parts(analysis, coordinate=True)
    if split is None:
        return found
    parts = split[0]  # (no 'A에 이어' among statements set side by side)
    for offset, part in parts:
        piece = _model_carried(analysis, offset, _thing_named(analysis, offset, _piece(part)))
        if not piece:
            return _part_unheld(analysis, found, _piece(part))
        if _TOLD_FROM_BEFORE.search(piece):
            continue  # (what it is told from is in another part: judged whole already)
        said = judge(store, piece, index=index, skip=skip, context=context, swapping=True)
        if said.verdict is Verdict.misleading and said.reason == "detail":
            continue  # (a word a part alone seems to lack, which the whole was held with)
        if said.verdict is not Verdict.supported and piece != _piece(part):
            # (the model its pronoun or its missing subject stands for put in: in the whole
            # sentence's window the clause names no model, and any model's fact holds it)
            return _part_unheld(analysis, found, piece)
        said, _shift = _in_its_window(
            store, analysis, said, offset, part, index=index, skip=skip, context=context
        )
        if said.verdict is not Verdict.supported:
            return _part_unheld(analysis, found, piece)
        context = _subject_of(store, analyze_sentence(piece), context)
    return found


# A statement about the thing the one before named (…엑사원 3.0을 공개했으며 이는 …; and it
# was …): the pronoun stands for the model.
_THING_PRONOUN_KO = rx.compile(r"(?:이는|이것은|그것은|이 모델은|해당 모델은)\s+")
_THING_PRONOUN_EN = rx.compile(
    r"(?:and\s+|which\s+)?(?i:it|this|this model|the model)\s+(?=(?:was|is|became|had|has)\b)"
)


def _thing_named(analysis: Analysis, offset: int, piece: str) -> str:
    """A statement that begins with a pronoun for a thing, with the model named last before it
    put in its place (이는 국내 최초의 하이브리드 모델이었다 -> 엑사원 3.0은 …): judged alone,
    the pronoun would let any model's fact hold it. Empty where the statement names a model
    of its own beside the pronoun's."""
    pronoun = (_THING_PRONOUN_KO if analysis.korean else _THING_PRONOUN_EN).match(piece)
    if pronoun is None:
        return piece
    models = [(pos, ver) for kind, ver, pos in analysis.names if kind == "model" and pos < offset]
    if not models:
        return piece
    if any(kind == "model" and pos >= offset for kind, _v, pos in analysis.names):
        # (이는 엑사원 딥과 함께 …: the model before and one of its own, together; no fact
        # tells of the two as one: no statement the store can hold)
        return ""
    pos, version = models[-1]
    named = re.match(rf"\S+\s*{re.escape(version)}", analysis.text[pos:])
    if named is None:
        return piece
    name = named.group()
    if analysis.korean:
        # (the topic particle as the name is read: 엑사원 3.5는 (오), 3.0은 (영), 딥은)
        spoken = {"0": 1, "1": 1, "3": 1, "6": 1, "7": 1, "8": 1}
        last = name[-1]
        final = (
            spoken.get(last, 0) if last.isdigit() else (final_of(last) if is_hangul(last) else 1)
        )
        name += "은" if final else "는"
    return f"{name} {piece[pronoun.end() :]}"


def _model_carried(analysis: Analysis, offset: int, piece: str) -> str:
    """A later statement naming no subject of its own, of a sentence whose subject is a model,
    with the model's name put before it (엑사원 3.5는 … 공개됐고 13개 벤치마크에서 1위를
    차지했다 -> 엑사원 3.5는 13개 벤치마크에서 …; EXAONE 3.5 was released … and ranked
    first …): judged alone, any model's fact would hold it."""
    span = analysis.actor_span
    models = [p for kind, _n, p in analysis.names if kind == "model"]
    if (
        not piece
        or offset == 0
        or not span
        or len(models) != 1
        or not span[0] <= models[0] < span[1]
        or offset <= models[0]
    ):
        return piece
    now = analyze_sentence(piece)
    if now.actor or any(c.subject for c in now.clauses) or now.names:
        return piece
    name = model_name_at(analysis.text, models[0])
    if not name:
        return piece
    if not analysis.korean:
        return f"{name} {piece}"
    return f"{with_topic(name)} {piece}"


# The verb of saying, and a verb quoted (냈다고, 뿐이라고, 하겠다고): no noun of what was said.
_SAYING = rx.compile(r"^(?:말|밝|해명|설명|강조|언급|전했|전한|답|주장)")
_QUOTED_VERB = rx.compile(r"(?:다|라|자|냐)고$|[었았했겠]|^것|[은는던인긴간한된]$")


def _said_after_act(
    store: Store,
    analysis: Analysis,
    found: Finding,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A sentence of an act with a figure of its own, then, as a statement of its own without
    one, what was said: what was said must be held too (see _each_statement_held)."""
    split = _statement_parts(analysis, coordinate=True)
    if split is None:
        return found
    parts = split[0]
    (_offset, said_part), acts = parts[-1], parts[:-1]
    said = analyze_sentence(_piece(said_part))
    if said.values or not any("say" in c.events for c in said.clauses):
        return found
    for _start, part in acts:
        own = analyze_sentence(_piece(part))
        if not own.values or any("say" in c.events for c in own.clauses):
            return found  # (its parts may be what was said, whole)
    from factcli.store.readings import texts_of
    from factcli.text.terms import analyze, is_predicate

    # (what was said, where the facts that hold the sentence hold its words, is theirs: the
    # parts of one account, 증여하고 … 냈다고 해명했다, each his words)
    ids = dict.fromkeys([*(e.fact_id for e in found.evidence), *found.facts[:3]])
    backing = [f for f in map(store.get, ids) if f is not None]
    theirs = "".join(x for f in backing for x in texts_of(f)).replace(" ", "").lower()
    theirs += "".join(p for _s, p in acts).replace(" ", "").lower()
    # (a noun of what was said that none of them has, by its first syllables: 기본법, 폐지;
    # not 냈다고 for the facts' 냈다, nor the verb of saying)
    left = [
        t
        for t in analyze(said_part)
        if len(t) >= 2
        and t[:2] not in theirs
        and not t.isdigit()
        and not is_predicate(t)
        and not _SAYING.search(t)
        and not _QUOTED_VERB.search(t)
    ]
    if len(left) < 2:
        return found
    subject = _subject_of(store, analyze_sentence(_piece(acts[0][1])), context)
    alone = judge(store, _piece(said_part), index=index, skip=skip, context=subject)
    if alone.verdict is Verdict.supported:
        return found
    return _part_unheld(analysis, found, _piece(said_part))


def _dated_alike(store: Store, analysis: Analysis, alone: Finding, offset: int, part: str) -> bool:
    """The dates the whole sentence gives a part told from another (같은 달 23일) agree with
    the facts that hold the part alone."""
    from factcli.store.model import event_date

    told = [
        v.date
        for v in analysis.values
        if v.date is not None and offset <= v.start < offset + len(part)
    ]
    dates = [d for fid in alone.facts if (f := store.get(fid)) and (d := event_date(f))]
    return all(any(d.agrees(have) for have in dates) for d in told)


def _in_its_window(
    store: Store,
    analysis: Analysis,
    alone: Finding,
    offset: int,
    part: str,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> tuple[Finding, int]:
    """A statement judged as a sentence of its own, or, when that does not hold, as a clause
    of the whole sentence; with how far its evidence is to be moved into the sentence. A
    statement dated only from another (같은 달 엑사원 3.5도 내놨다) holds only in its window:
    alone, its date is lost."""
    if alone.verdict is Verdict.supported and (
        not _TOLD_FROM_BEFORE.search(part)
        or analyze_sentence(part.strip()).values
        or _dated_alike(store, analysis, alone, offset, part)
    ):
        return alone, offset + len(part) - len(part.lstrip())
    return (
        _judge(store, analysis, index=index, skip=skip, context=context, window=(offset, part)),
        offset,
    )


def _joined_judge(
    store: Store,
    analysis: Analysis,
    whole: Finding,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """An unverified sentence that joins statements, each held by the store on its own:
    supported, when every part is (as a sentence of its own, with the subject the parts
    before named, or as a clause of the whole). Anything less leaves it as it was."""
    if len(analysis.text) > JOINED_MAX_CHARS:
        return whole  # (prose joins a few statements; a long run of them is judged in pieces)
    tried = None
    for sequential in (False, True):  # (시작해 … 옮겼다: cut there only if nothing else holds)
        split = _statement_parts(analysis, sequential=sequential)
        if split is None or split == tried:
            continue  # a part without a verb of its own is no statement
        tried = split
        found = _joined_once(store, analysis, whole, split, index=index, skip=skip, context=context)
        if found is not whole:
            return found
    return whole


def _joined_once(
    store: Store,
    analysis: Analysis,
    whole: Finding,
    split: tuple[list[tuple[int, str]], bool, dict[int, int]],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """_joined_judge with the sentence cut one way."""
    text = analysis.text
    parts, ordered, shared = split
    found: list[Finding] = []
    wrong: list[Finding] = []
    unread = False  # (a part with a figure the checker cannot read)
    reported = bool(_REPORTED_END.search(text))
    for offset, part in parts:
        piece = _piece(part)
        end = offset + len(part)
        if end in shared:
            # (A에 이어 B에도 올랐다: A shares the sentence's verb)
            verb = text.rstrip().rsplit(None, 1)[-1]
            piece = (text[offset : shared[end]].strip() + " " + verb).strip()
        said = judge(store, piece, index=index, skip=skip, context=context)
        shift = offset + len(part) - len(part.lstrip())
        # (a value the store gives otherwise; not a detail a statement cut from its sentence
        # seems to lack: 사업 발굴을 주도해, told of the post before it)
        if said.verdict is Verdict.contradicted and not reported:
            # (a statement of its own the store contradicts: the sentence is wrong, when
            # every other statement of it holds; see below)
            moved = [replace(e, start=e.start + shift, end=e.end + shift) for e in said.evidence]
            wrong.append(replace(said, evidence=moved))
            context = _subject_of(store, analyze_sentence(piece), context)
            continue
        said, shift = _in_its_window(
            store, analysis, said, offset, part, index=index, skip=skip, context=context
        )
        if said.verdict is not Verdict.supported and _unread_figures(analyze_sentence(piece)):
            # (…재산은 <a figure of 120 digits>원이다: a part no fact can hold, whose figure the
            # checker cannot read; it leaves the sentence unshown true, and hides no wrong
            # statement beside it)
            unread = True
            continue
        if said.verdict is not Verdict.supported:
            return whole
        if reported and not any(_in_words(store, e.fact_id) for e in said.evidence):
            # (…받은 뒤에 계약을 체결했다고 입장문에서 밝혔다: what the article tells is not
            # what he said; every part of his words must be a fact of someone's words)
            return whole
        moved = [replace(e, start=e.start + shift, end=e.end + shift) for e in said.evidence]
        found.append(replace(said, evidence=moved))
        context = _subject_of(store, analyze_sentence(piece), context)
    if wrong:
        # One statement wrong, each other one held: the sentence is wrong (맡았고, 같은 해 8월
        # 장관에 임명됐다). Not when nothing else holds: a statement cut from its sentence
        # may lack what the rest told of it.
        if not (found or unread) or len(wrong) > 1:
            return whole
        failed = _worst(text, wrong, whole.facts or wrong[0].facts)
        return failed if failed is not None else whole
    if unread:
        return whole
    facts = list(dict.fromkeys(f for p in found for f in p.facts))
    evidence = [e for p in found for e in p.evidence]
    from factcli.judge.meaning.gifts import deal_lent

    backing = dict.fromkeys(e.fact_id for e in evidence)
    if deal_lent(text, [f for f in map(store.get, backing) if f is not None]):
        return whole  # (추천을 받아 아파트를 매수했다: the advice was for the stocks bought)
    if len(found) == 2 and not _at_one_time_told(store, text, found):
        # (SK텔레콤에서 근무하며 전문연구요원으로 병역을 이행했다: each true, not at one time)
        return whole
    if ordered:  # (A에 이어 B: A came first)
        from factcli.judge.sequence import sequence_objection

        order = sequence_objection(store, analysis, index or store_index(store))
        if order is not None:
            return _out_of_order(text, evidence, facts, order)
    return Finding(text, Verdict.supported, evidence=evidence, facts=facts)


def _at_one_time_told(store: Store, text: str, found: list[Finding]) -> bool:
    """Two statements the sentence joins as one time (…하며, …하면서, while): the store
    dates the facts that hold them, and their times meet. True where no time is joined."""
    from factcli.judge.pairs import _WHILE, _at_one_time

    if not _WHILE.search(text):
        return True
    heads = [store.get(p.evidence[0].fact_id) if p.evidence else None for p in found]
    first, second = heads
    return first is not None and second is not None and _at_one_time((first, second))


# A sentence that reports what someone said, whole: …다고 입장문에서 밝혔다, …고 해명했다.
_REPORTED_END = rx.compile(
    r"(?:다|라)고\s+(?:[^\s]+\s+){0,2}?(?:밝혔|말했|해명했|설명했|주장했|전했)[가-힣]*[.\s]*$"
)


def _in_words(store: Store, fact_id: str) -> bool:
    """Whether a fact is of someone's words (it has a speaker or the day it was said)."""
    fact = store.get(fact_id)
    return fact is not None and bool(getattr(fact, "stated", None) or getattr(fact, "actor", None))


# A sentence is judged whole and clause by clause, and what each agreeing value means is
# weighed against the whole sentence: the work grows with the square of its values. Past
# MAX_VALUES (no prose has them: a table pasted as one line, a run of claims joined by 했고),
# a sentence is judged in pieces of PIECE_VALUES values, cut where a clause starts, each
# piece as a sentence of its own: a 1 MB line costs what its pieces cost, not minutes.
MAX_VALUES = 32
PIECE_VALUES = 16


def _pieces(text: str, analysis: Analysis) -> list[tuple[int, int]]:
    """Spans of at most PIECE_VALUES values each (more only where values overlap), cut at the
    start of a clause, else at the space before a value."""
    starts = [c.start for c in analysis.clauses]
    cuts, count, last_end = [0], 0, 0
    for value in analysis.values:
        if count >= PIECE_VALUES and value.start >= last_end:
            k = bisect.bisect_right(starts, value.start) - 1
            cut = starts[k] if k >= 0 and starts[k] >= last_end else -1
            if cut <= cuts[-1]:
                cut = text.rfind(" ", last_end, value.start) + 1 or value.start
            if cut > cuts[-1]:
                cuts.append(cut)
                count = 0
        count += 1
        last_end = max(last_end, value.end)
    cuts.append(len(text))
    return list(itertools.pairwise(cuts))


def _judge_in_pieces(
    store: Store,
    text: str,
    pieces: list[tuple[int, int]],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A sentence of many values, judged piece by piece as check_text judges sentences: a
    piece's pronoun-less clauses refer to whom the pieces before spoke of. A piece said
    again (a claim repeated) is judged once."""
    parts: list[Finding] = []
    judged: dict[tuple[str, str | None], Finding] = {}
    for start, end in pieces:
        piece = text[start:end]
        offset = start + len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        key = (piece, context)
        if key not in judged:
            judged[key] = judge(store, piece, index=index, skip=skip, context=context)
        found = replace(
            judged[key],
            evidence=[
                replace(e, start=e.start + offset, end=e.end + offset) for e in judged[key].evidence
            ],
        )
        if analyze_sentence(piece).values:
            parts.append(found)
        context = _subject_of(store, analyze_sentence(piece), context)
    settled, facts = _settled(text, parts)
    return settled or Finding(text, Verdict.unverified, facts=facts)


# A noun phrase set beside the subject between commas (Bae Kyung-hoon, a Kwangwoon
# University graduate, became …): a claim of its own about the subject, not a part of the
# main clause's event.
_APPOSITIVE_EN = rx.compile(
    r"(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}),\s+"
    r"(?P<what>(?:a|an|the|former|a\s+former)\s[^,;()\d]{3,80}?),\s+(?=[a-z])"
)


def _with_appositive(
    store: Store,
    text: str,
    m: re.Match[str],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """The main clause and the appositive, each judged: supported only if both are; the
    sentence read whole where that is supported and neither part is wrong, or where the parts
    say nothing (Epoch AI, a US private research group, put …: the group told of aside)."""
    whole = judge(store, text, index=index, skip=skip, context=context, apposed=False)
    split = _apposed_parts(store, text, m, index=index, skip=skip, context=context)
    if split.verdict in (Verdict.contradicted, Verdict.misleading):
        return split
    if whole.verdict is Verdict.supported or split.verdict is not Verdict.supported:
        return whole
    return split


def _apposed_parts(
    store: Store,
    text: str,
    m: re.Match[str],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    who = m.group("who")
    main = judge(store, f"{who} {text[m.end() :]}", index=index, skip=skip, context=context)
    aside = judge(store, f"{who} is {m.group('what')}.", index=index, skip=skip, context=context)

    def placed(found: Finding, cut: int, at: int) -> list[Evidence]:
        # (a position past the subject in the judged text, put back where the words are)
        def back(pos: int) -> int:
            return pos if pos < len(who) else min(len(text), max(0, pos - cut + at))

        return [replace(e, start=back(e.start), end=back(e.end)) for e in found.evidence]

    parts = [
        replace(main, text=text, evidence=placed(main, len(who) + 1, m.end())),
        replace(aside, text=text, evidence=placed(aside, len(who) + 4, m.start("what"))),
    ]
    settled, facts = _settled(text, parts)
    if settled is not None:
        return settled
    unsure = next(p for p in parts if p.verdict is not Verdict.supported)
    return Finding(text, Verdict.unverified, facts=facts, explanation=unsure.explanation)


def _respective(
    store: Store,
    text: str,
    readings: list[str],
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A sentence pairing two lists respectively, judged pair by pair: wrong if a pair is
    (the second date given to the first model), supported only if every pair is; unverified
    pairs leave the sentence read whole, where that finds it wrong."""

    def ask(part: str) -> Finding:
        return judge(store, part, index=index, skip=skip, context=context, paired=False)

    parts = [replace(f, text=text, evidence=_placed_in(text, f)) for f in map(ask, readings)]
    settled, facts = _settled(text, parts)
    if settled is not None:
        return settled
    whole = judge(store, text, index=index, skip=skip, context=context, paired=False)
    if whole.verdict in (Verdict.contradicted, Verdict.misleading):
        return whole
    unsure = next(p for p in parts if p.verdict is not Verdict.supported)
    return Finding(text, Verdict.unverified, facts=facts, explanation=unsure.explanation)


def _placed_in(text: str, found: Finding) -> list[Evidence]:
    """The evidence of a reading of `text` (a pair of a list, the sentence without its list),
    each value where `text` has it; a date given its list's year, where the text has it
    without; at the start where the text has it nowhere (a name the reading put in)."""
    out = []
    for e in found.evidence:
        at = text.find(e.found)
        length = len(e.found)
        if at < 0:
            bare = re.sub(r"^\d{4}\s*년\s*", "", e.found)
            at = text.find(bare) if bare != e.found else -1
            length = len(bare)
        if at < 0:
            word = e.found.split()[0] if e.found.split() else ""
            at = text.find(word) if word else -1
            length = len(word)
        start = max(at, 0)
        out.append(replace(e, start=start, end=start + (length if at >= 0 else 0)))
    return out


def _settled(text: str, parts: list[Finding]) -> tuple[Finding | None, list[str]]:
    """One finding for a text from its parts where they settle it (one wrong: the worst;
    each supported: supported with every part's evidence), else None; and the parts' facts."""
    facts = list(dict.fromkeys(f for p in parts for f in p.facts))
    failed = _worst(text, parts, facts)
    if failed is not None:
        return failed, facts
    if parts and all(p.verdict is Verdict.supported for p in parts):
        evidence = [e for p in parts for e in p.evidence]
        return Finding(text, Verdict.supported, evidence=evidence, facts=facts), facts
    return None, facts


def _worst(text: str, parts: list[Finding], facts: list[str]) -> Finding | None:
    """One finding for a text whose parts (clauses, sentences) failed: contradicted before
    misleading, with the evidence and explanations of every part that failed so."""
    for bad in (Verdict.contradicted, Verdict.misleading):
        wrong = [p for p in parts if p.verdict is bad]
        if wrong:
            return Finding(
                text,
                bad,
                evidence=[e for p in wrong for e in p.evidence],
                facts=facts,
                reason=wrong[0].reason,
                explanation="; ".join(dict.fromkeys(p.explanation for p in wrong if p.explanation))
                or None,
            )
    return None


def check_text(store: Store, text: str, *, skip: frozenset[str] = frozenset()) -> Finding:
    """One claim (one or more sentences) -> one verdict.

    Every sentence is judged: contradicted if any is (with every wrong value of every
    sentence), else misleading if any is, else supported only if every sentence that says
    something (a value, a name, two words of content) is.
    """
    index = store_index(store)
    # Each sentence with where it starts in the claim: its evidence is placed in the claim.
    # (Lines as the sentence splitter counts them: \r, \u2028 and the like end one too.)
    starts = list(itertools.accumulate((len(x) for x in text.splitlines(keepends=True)), initial=0))
    parts = [
        (s.text, starts[min(s.line, len(starts)) - 1] + s.column - 1) for s in sentences(text)
    ] or [(text, 0)]
    parts = _with_denials(text, parts)
    findings = []
    context: str | None = None
    named: Counter[str] = Counter()
    spoken: frozenset[str] = frozenset()  # the people the sentences before named
    before: Analysis | None = None
    for part, offset in parts:

        def judged(
            told: str,
            before: Analysis | None = before,
            context: str | None = context,
            spoken: frozenset[str] = spoken,
        ) -> Finding:
            found = _judged_on(
                store, told, before, index=index, skip=skip, context=_of_sentence(context)
            )
            return _main_person_meant(
                store, told, found, context, _most(named), index, skip, spoken | set(named)
            )

        found = _on_squeezed(part, judged)
        before = analyze_sentence(_squeezed(part)[0])
        spoken |= _people_in(store, part)
        if context:
            named[context] += 1
        if len(parts) > 1:
            found.evidence = [
                replace(e, start=e.start + offset, end=e.end + offset) for e in found.evidence
            ]
        findings.append(found)
        context = _subject_of(store, analyze_sentence(part), context)
    if len(findings) == 1:
        return findings[0]
    facts = [f for finding in findings for f in finding.facts]
    failed = _worst(text, findings, facts)
    if failed is not None:
        return failed
    # (a sentence that names things is a claim too: "… He earned his MBA at Stanford.",
    # which the store does not vouch for, leaves the whole unverified)
    # (every sentence that says something: a later one that adds what the store never says,
    # 국내 최초 추론 AI 모델이다, leaves the whole unverified; not a bare answer, Yes, he did)
    valued = [f for f in findings if _says_something(f.text)]
    if valued and all(f.verdict is Verdict.supported for f in valued):
        evidence = [e for f in valued for e in f.evidence]
        return Finding(text, Verdict.supported, evidence=evidence, facts=facts)
    why = "; ".join(dict.fromkeys(f.explanation for f in findings if f.explanation)) or None
    return Finding(text, Verdict.unverified, facts=facts, explanation=why)


def _judged_on(
    store: Store,
    text: str,
    before: Analysis | None,
    *,
    index: Index | None,
    skip: frozenset[str],
    context: str | None,
) -> Finding:
    """A sentence judged with the model the sentence before spoke of, where it names no
    subject (엑사원 3.5는 … 공개됐다. 국내 최초 추론 AI 모델이다.: of 엑사원 3.5), or opens
    with a pronoun for it (이 모델은, It)."""
    from factcli.judge.meaning.actors import carried_pronoun, carried_topic

    now = analyze_sentence(text)
    cut = 0  # (the pronoun the model's name stands for: 이 모델은, It)
    carried = carried_pronoun(before, now) if before is not None else None
    if carried is not None:
        lead, cut = carried
    else:
        topic = carried_topic(before, now) if before is not None else None
        if topic is None:
            return judge(store, text, index=index, skip=skip, context=context)
        lead = f"{topic} "
    shift = len(lead) - cut
    found = judge(store, f"{lead}{text[cut:]}", index=index, skip=skip, context=context)
    moved = []
    for e in found.evidence:
        start = max(0, e.start - shift)
        moved.append(replace(e, start=start, end=max(start, e.end - shift)))
    return replace(found, text=text, evidence=moved)


def _says_something(text: str) -> bool:
    """A sentence with a figure, a name, or two words of content (not Yes, he did.)."""
    from factcli.text.terms import analyze, is_predicate

    if claim_values(text) or analyze_sentence(text).names:
        return True
    return sum(not is_predicate(t) for t in analyze(text)) >= 2


def _denials_joined(found: Iterable[Sentence]) -> Iterator[Sentence]:
    """A draft's sentences, one that only denies the sentence before it on its line joined
    to that one (as _with_denials)."""
    from factcli.judge.denials import bare_denial

    last: Sentence | None = None
    for sentence in found:
        if (
            last is not None
            and not last.breaks
            and sentence.line == last.line
            and bare_denial(sentence.text)
        ):
            gap = max(1, sentence.column - last.column - len(last.text))
            last = replace(last, text=f"{last.text}{' ' * gap}{sentence.text}")
            continue
        if last is not None:
            yield last
        last = sentence
    if last is not None:
        yield last


def _with_denials(text: str, parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The claim's sentences, one that only denies the one before (이는 사실이 아니다. That is
    false.) joined to it: the two are one denial (denials.py), not a claim and a remark."""
    from factcli.judge.denials import bare_denial

    joined: list[tuple[str, int]] = []
    for part, offset in parts:
        if joined and bare_denial(part):
            _before, at = joined.pop()
            joined.append((text[at : offset + len(part)], at))
        else:
            joined.append((part, offset))
    return joined


# A sentence that begins with "he" (그는, 그가, He, His): the pronoun re-read below.
_HE = rx.compile(r"\s*(?:[-*•]\s*)?(?:그(?:는|가|의|를|에게)(?=\s)|(?i:he|his|him)\b)")


class Context(str):
    """The subject a pronoun of a draft's sentence refers to (the last sentence's), with the
    one its paragraph spoke of most before it (`main`), for a pronoun meant as that one, and
    the people its paragraph named before it (`spoken`)."""

    main: str | None = None
    spoken: frozenset[str] = frozenset()
    before: str | None = None  # the sentence before, of the same paragraph
    sentence = True  # the subject of a sentence before (not of a piece of the same one)


def _of_sentence(context: str | None) -> str | None:
    """The last sentence's subject, marked as a sentence's (a claim's sentences)."""
    return Context(context) if context is not None else None


def _people_in(store: Store, text: str) -> frozenset[str]:
    """The people of the store a text names (배 장관 임명안: Bae)."""
    from factcli.judge.meaning.subjects import _is_person, _name_table, _squash

    squashed = _squash(text)
    return frozenset(
        sid
        for name, sid in _name_table(store)
        if len(name) >= 2 and name in squashed and _is_person(store, sid)
    )


def _most(named: Counter[str]) -> str | None:
    return named.most_common(1)[0][0] if named else None


def judge_in_draft(
    store: Store,
    text: str,
    context: str | None,
    *,
    index: Index | None = None,
    skip: frozenset[str] = frozenset(),
) -> Finding:
    """A draft's sentence judged with its context (document_claims), the pronoun read as the
    paragraph's main subject where the last sentence's makes it misleading."""
    said_before = getattr(context, "before", None)
    before = analyze_sentence(_squeezed(said_before)[0]) if said_before else None
    main = getattr(context, "main", None)
    spoken: frozenset[str] = getattr(context, "spoken", frozenset())

    def judged(told: str) -> Finding:
        found = _judged_on(store, told, before, index=index, skip=skip, context=context)
        return _main_person_meant(store, told, found, context, main, index, skip, spoken)

    return _on_squeezed(text, judged)


# A run of two or more blanks inside a line (not a line's end): read as one space.
_BLANKS = rx.compile(r"[^\S\r\n]{2,}")


def _squeezed(text: str) -> tuple[str, list[int]]:
    """The sentence with each run of blanks read as one space, and where each of its
    characters stands in the sentence as written (one more, for its end). Patterns meet a run
    of 20,000 spaces once here, not once in each of a few hundred patterns (tens of seconds)."""
    if not _BLANKS.search(text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _BLANKS.finditer(text):
        out.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        out.append(" ")
        where.append(m.start())
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(out), where


def _on_squeezed(text: str, judged: Callable[[str], Finding]) -> Finding:
    """`judged` on the sentence with its runs of blanks read as one space (_squeezed), its
    evidence placed back in the sentence as written."""
    told, where = _squeezed(text)
    found = judged(told)
    if told == text:
        return found
    moved = [
        replace(
            e,
            start=where[min(e.start, len(told))],
            end=where[min(e.end, len(told))] if e.end > e.start else where[min(e.start, len(told))],
        )
        for e in found.evidence
    ]
    return replace(found, text=text, evidence=moved)


def _main_person_meant(
    store: Store,
    text: str,
    found: Finding,
    context: str | None,
    main: str | None,
    index: Index | None,
    skip: frozenset[str],
    spoken: frozenset[str] = frozenset(),
) -> Finding:
    """A pronoun (or a Korean sentence naming no subject) read as the last sentence's subject
    that makes the sentence misleading (이재명 대통령은 … 재가했다. 그는 … 취임식에서 …):
    read as the one the paragraph speaks of most, or the person the store is about when the
    text named them before (`spoken`), when that holds. Not a contradicted one: a figure wrong
    for both readings, or for the last subject, stays wrong."""
    from factcli.judge.meaning.actors import unnamed_subject

    if found.verdict is not Verdict.misleading or not context:
        return found
    if not _HE.match(text) and not unnamed_subject(analyze_sentence(text)):
        return found  # (그녀, she: the store does not say who is a woman; not re-read)
    # (the store's own person only where the text spoke of them before: not after "Ha
    # Jung-woo came from Naver.", where "He" is Ha)
    central = _central_person(store)
    for meant in dict.fromkeys((main, central if central in spoken else None)):
        if meant and meant != context:
            again = judge(store, text, index=index, skip=skip, context=_of_sentence(meant))
            if again.verdict is Verdict.supported and meant == main:
                return again
            if again.verdict is Verdict.supported:
                # (강훈식 … 배경훈 지명에 대해 말했다. 7월 17일 장관으로 취임했다: true only
                # if the subject is the one named in passing, not the last sentence's)
                return Finding(
                    text,
                    Verdict.unverified,
                    facts=again.facts,
                    explanation=f"true only if its subject is {_name_of(store, meant, text)},"
                    f" not {_name_of(store, context, text)}",
                )
    return found


def _name_of(store: Store, sid: str, text: str) -> str:
    """A subject's name in the language of the text."""
    subject = store.subjects.get(sid)
    if subject is None:
        return sid
    korean = analyze_sentence(text).korean
    return (subject.name if korean else subject.name_en) or subject.name or sid


def _central_person(store: Store) -> str | None:
    """The person the store is about: the first person its subjects list (the bundled
    store's subjects begin with Bae Kyung-hoon), if any."""
    from factcli.judge.meaning.subjects import _is_person

    return next((sid for sid in store.subjects if _is_person(store, sid)), None)


def check_document(
    store: Store, text: str, *, skip: frozenset[str] = frozenset()
) -> Iterator[Finding]:
    """Every sentence of a draft with something checkable, with its line and column.

    A pronoun refers to the subject of an earlier sentence of the same paragraph (a blank
    line ends a paragraph).
    """
    index = store_index(store)
    for sentence, context in document_claims(store, text):
        finding = judge_in_draft(store, sentence.text, context, index=index, skip=skip)
        finding.line, finding.column = sentence.line, sentence.column
        finding.breaks = sentence.breaks
        if reported(finding):
            yield finding


def reported(finding: Finding) -> bool:
    """Whether a draft's report shows the finding: every one on a sentence with a value; on
    one that only names things (배경훈은 연세대를 졸업했다), only a wrong one (most sentences
    of a draft name something, and "unverified" on each would bury the report)."""
    return finding.verdict in (Verdict.contradicted, Verdict.misleading) or bool(
        analyze_sentence(finding.text).values
    )


def document_claims(store: Store, text: str) -> Iterator[tuple[Sentence, str | None]]:
    """The sentences of a draft that check_document judges (those with a value, or naming a
    place, school, employer or the like), each with the subject a pronoun of it refers to
    (of the paragraph: a blank line ends one)."""
    context: str | None = None
    named: Counter[str] = Counter()  # whom the paragraph's sentences spoke of, so far
    spoken: frozenset[str] = frozenset()  # the people the draft named so far (headings too)
    said_before: str | None = None
    last_line = 0
    for sentence in _denials_joined(sentences(text)):
        if sentence.line > last_line + 1:
            context = None  # a new paragraph
            named.clear()
            said_before = None
        last_line = sentence.line
        analysis = analyze_sentence(sentence.text)
        if analysis.values or analysis.names or _STATES.search(sentence.text):
            if context is None:
                yield sentence, None
            else:
                told = Context(context)
                told.main = _most(named)
                told.spoken = spoken | set(named)
                told.before = said_before
                yield sentence, told
        spoken |= _people_in(store, sentence.text)
        said_before = sentence.text
        context = _subject_of(store, analysis, context)
        if context:
            named[context] += 1
