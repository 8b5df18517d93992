"""The reading of a sentence against one fact: which value matches which slot, the evidence."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from factcli.judge.acts import (
    _ACT_WORDS,
    _DEALINGS,
    _DEALS,
    _FIGURE_SIDES,
    _TAX_SIDES,
    _UNDOING,
    _acts_agree,
    _compatible,
    _fact_events,
    _undoes,
    _undone_act,
    _value_events,
)
from factcli.judge.meaning.names import fact_models
from factcli.judge.meaning.subjects import resolve
from factcli.judge.relevance import VALUE_SHARE
from factcli.judge.values import (
    _DATES,
    _GENERIC,
    DATE_BOUNDS,
    _excluded_values,
    _precision,
    _relation,
    _text_values,
    fact_slots,
    said_that_day,
)
from factcli.store.model import Evidence, Fact, Finding, Store, Verdict, event_date
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, names_of
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.records import dataclass, field, replace
from factcli.text.units import format_hedged

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.meaning.subjects import Objection


def _apart(mine: _Reading, other: _Reading) -> bool:
    """Two facts tell of two events of one sentence: `mine` agrees with every value `other`
    contradicts, and with one `other` does not speak to (the loan of 6월 10일 and the cap
    announced on 6월 28일, in one sentence)."""
    return all(
        m == "agree"
        for m, o in zip(mine.relations, other.relations, strict=True)
        if o == "conflict"
    ) and any(
        m == "agree" and o is None for m, o in zip(mine.relations, other.relations, strict=True)
    )


def _limit_met(value: Value, mention: Value) -> bool:
    """A limit the sentence names is met in a fact's text by itself, or, when the store
    gives that limit (weighing._known_limits), by the figure compared to it: not by the
    7억5천만 loan a text gives, for 한도인 7억 원을 넘었다, a cap the store never gives."""
    return (
        "limit" not in value.events
        or "limit-known" in value.events
        or mention.amount == value.amount
    )


@dataclass
class _Reading:
    """How one fact reads a claim's values."""

    fact: Fact
    relevance: float  # text only, 0-1
    relations: list[str | None]
    slots: list[Value | None]
    terms: frozenset[str] = frozenset()  # the sentence's words this fact matched
    typed_conflict: bool = False  # a conflict with the fact's own value or dates

    def agrees_all(self) -> bool:
        return all(r == "agree" for r in self.relations)

    weights: list[float] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        """How much the agreeing values say: a full date or 936만8310 more than a year or 3."""
        hits = [w for w, r in zip(self.weights, self.relations, strict=True) if r == "agree"]
        return sum(hits) / max(1, len(self.relations))

    @property
    def combined(self) -> float:
        return (1 - VALUE_SHARE) * self.relevance + VALUE_SHARE * self.agreement

    @property
    def partial(self) -> float:
        """`combined` over the values this fact speaks to: one fact of several that together
        support a sentence (the master's year, the doctorate's) is not diluted by the rest."""
        hits = [w for w, r in zip(self.weights, self.relations, strict=True) if r == "agree"]
        if not hits or "conflict" in self.relations:
            return self.combined
        return (1 - VALUE_SHARE) * self.relevance + VALUE_SHARE * sum(hits) / len(hits)

    def disagrees(self) -> bool:
        return "conflict" in self.relations


# A written statement a fact's day is the day of (2025년 6월30일 낸 입장문에서): what it
# tells happened before.
_WRITTEN_STATEMENT = rx.compile(r"입장문|보도자료|해명자료|(?i:\bstatement\b)")


def _with_its_year(slots: list[Value]) -> Callable[[Value], Value]:
    """A date the fact's statement gives without its year (매매계약은 3월5일 체결했고),
    given the year of the fact's own date of that month and day (2025-03-05): not a day of
    any year, which 2019년 3월 5일 would agree with."""

    def dated(m: Value) -> Value:
        if m.date is None or m.date.year is not None or m.date.month is None:
            return m
        for slot in slots:
            d = slot.date
            if d is not None and d.year and (d.month, d.day) == (m.date.month, m.date.day):
                return replace(m, date=d)
        return m

    return dated


def _read(
    fact: Fact,
    values: list[Value],
    relevance: float,
    terms: frozenset[str] = frozenset(),
    birth: PartialDate | None = None,
    *,
    strict: bool = True,
) -> _Reading:
    slots = fact_slots(fact, birth)
    events = _fact_events(fact)
    # Whether a value of the sentence tells of another act than the fact's, whatever the
    # slot: worked out once a value (by its id: the values live as long as this call), not
    # once a pair of value and slot (~14 pairs a fact at 100,000 facts).
    other_act: dict[int, bool] = {}
    dated = any(v.date is not None and v.date.month for v in values)

    def relation(claim: Value, slot: Value) -> str | None:
        if strict:
            found = other_act.get(id(claim))
            if found is None:
                found = other_act[id(claim)] = bool(
                    _undoes(claim.events, events, _UNDOING[:2])  # (a start and an end: by role)
                    # (received, where the source says its figure was paid: by its own verb)
                    or _undoes(
                        claim.events, _value_events(fact, claim, events), _FIGURE_SIDES, _TAX_SIDES
                    )
                    or (claim.role == "price" and not claim.events & _DEALS & events)
                )
            if found:
                # sold for what the source says it was bought for, or is worth: another deal
                return None
            if (
                slot.family == "age"
                and slot.role in ("date", "start", "end")
                and not claim.events & (slot.events or events) - {"say"}
                and (claim.events or not dated)
            ):
                # an age the store works out for one act is not another act's (an age told
                # of a day, 2025년 9월 12일 49세였다, is of whatever the store dates that day)
                return None
        return _relation(claim, slot, strict=strict)

    used: set[int] = set()
    relations: list[str | None] = [None] * len(values)
    matched: list[Value | None] = [None] * len(values)
    # Agreements first, so a slot one value agrees with is not held against another value.
    # A slot that agrees outright is preferred to one the claim is only more precise than
    # (2025년 9월: the day it was said, 2025-09-12, before the year of the event, 2025).
    for wanted in ("agree", "unknown"):
        for i, value in enumerate(values):
            if relations[i] is not None:
                continue
            for j, slot in enumerate(slots):
                if j not in used and relation(value, slot) == wanted:
                    used.add(j)
                    relations[i], matched[i] = wanted, slot
                    break
    # What the fact's own statement says counts next: a total's statement names its parts.
    # (Its quote may name the values of neighbouring facts: those count only further down.)
    if None in relations:
        # (the fact's own figure told again, 1 million won (1,000,000 won) or less, is as
        # bounded as the fact: not "1,000,000 won" alone, which any higher ceiling holds)
        own = fact.value if isinstance(fact.value, int | float) else None
        bound = fact.bound
        stated_on = getattr(fact, "stated", None)
        said_on = parse_iso(stated_on) if stated_on else None
        stated = [
            replace(m, bound=bound)
            if bound in ("min", "max")
            and m.bound is None
            and own is not None
            and m.amount == own
            and m.unit == fact.unit
            # (2025년 6월30일 낸 입장문에서: the day of the statement, not of what it tells)
            else replace(m, role="stated", events=m.events | {"say"})
            if said_on is not None
            and m.date == said_on
            and not getattr(fact, "date", None)
            and _WRITTEN_STATEMENT.search(fact.statement or "")
            else m
            for m in map(_with_its_year(slots), _text_values(fact, quotes=False))
        ]
        stated = _as_said(fact, stated)
        # (the fact's own date told again without a verb, "(Kwangwoon University, 2006)":
        # to a start or an end, the date of the fact's act, not a bare year any act may have)
        slotted = [
            next(
                (
                    replace(m, role=slot.role, events=slot.events)
                    for slot in slots
                    if slot.date is not None and slot.date == m.date and slot.events
                ),
                m,
            )
            if m.date is not None and not m.events and m.role is None
            else m
            for m in stated
        ]
        for i, value in enumerate(values):
            # (not where the value's own verbs include the act: 박사학위를 받은 … 입사했다, one
            # clause of both acts to the analysis)
            told = (
                [m if value.events & t.events else t for m, t in zip(stated, slotted, strict=True)]
                if value.role in ("start", "end")
                else stated
            )
            if relations[i] is None and any(
                relation(value, m) == "agree" and _limit_met(value, m) for m in told
            ):
                relations[i] = "agree"
    for i, value in enumerate(values):
        if relations[i] is not None or value.beside:
            continue  # (a date told beside another event is not that event's date)
        for j, slot in enumerate(slots):
            if j not in used and relation(value, slot) == "conflict":
                # Of two figures that both disagree with an amount, the nearer is the one
                # that stands for it (예금 1819만 원과 증권 9549만 원: 9549만 for 8549만).
                rival = _nearer(values, relations, i, slot, relation)
                if rival is not None:
                    continue  # left to the rival, later in the sentence
                used.add(j)
                relations[i], matched[i] = "conflict", slot
                break
    typed_conflict = "conflict" in relations
    if None in relations:
        typed = {slot.family for slot in slots}
        mentioned = _as_said(fact, _text_values(fact))
        said: set[int] = set()
        for i, value in enumerate(values):
            if relations[i] is None and _typed_otherwise(value, slots, relation):
                continue  # (the fact's own slot of this very value is of another act)
            if value.bound and any(slot.family == value.family for slot in slots):
                # (a floor or a ceiling is read against the fact's own figure: not met by a
                # figure its quote gives of another thing, 채무 7억4500만 beside 예금)
                continue
            hits = [
                k
                for k, m in enumerate(mentioned)
                if relation(value, m) == "agree" and _limit_met(value, m)
            ]
            if hits and relations[i] in (None, "agree"):
                relations[i] = "agree"
                said.update(hits)
        excluded: set[tuple[Decimal | None, str | None]] | None = None
        for i, value in enumerate(values):
            if (
                relations[i] is not None
                or value.family in typed | {"date", "birth"}
                or (value.unit in _GENERIC and value.family not in _DATES)
            ):
                continue
            # The fact's text names other values of this kind; if just one is left unexplained,
            # the claim's value stands where it should ("41억5천만" -> "51억5천만").
            if excluded is None:
                excluded = _excluded_values(fact)
            rest = [
                m
                for k, m in enumerate(mentioned)
                if k not in said
                and relation(value, m) is not None
                and (m.amount, m.unit) not in excluded
            ]
            if (
                rest
                and len({m.amount for m in rest}) == 1
                and relation(value, rest[0]) == "conflict"
            ):
                relations[i], matched[i] = "conflict", rest[0]
    # A date told by an earlier one (같은 날, 같은 달, the following year) dates another
    # event than that one's: a fact dated on the earlier one tells of that event, not of this.
    for i, value in enumerate(values):
        if value.anchor is not None and relations[i] == "agree" and _dated_on(slots, value.anchor):
            relations[i], matched[i] = None, None
    weights = [specificity(v) for v in values]
    return _Reading(fact, relevance, relations, matched, terms, typed_conflict, weights)


def _typed_otherwise(
    value: Value, slots: list[Value], relation: Callable[[Value, Value], str | None]
) -> bool:
    """A slot of the fact's own holds this very value (2023) and tells of another act than the
    sentence's (the year an order was received, said to be the year a post was taken): its
    quote's mention of the same value is that act's too, though the quote's verb is not read
    (받기도 했다)."""
    return value.date is not None and any(
        slot.family == value.family
        and slot.date is not None
        and slot.date == value.date
        and relation(value, slot) is None
        for slot in slots
    )


def _dated_on(slots: list[Value], day: PartialDate) -> bool:
    """Whether a slot of the fact's own dates its event on `day`, as precisely (a fact of that
    year alone may tell of another event of the year); not the day it was said."""
    return any(
        slot.family == "date"
        and slot.role != "stated"
        and slot.date is not None
        and day.agrees(slot.date)
        and _precision(slot.date) >= _precision(day)
        for slot in slots
    )


def _nearer(
    values: list[Value],
    relations: list[str | None],
    i: int,
    slot: Value,
    relation: Callable[[Value, Value], str | None],
) -> int | None:
    """A later figure of the sentence, unmatched as yet, that disagrees with the slot's amount
    too and is nearer to it than figure i (by ratio); None when i is the nearest."""
    mine, theirs = values[i].amount, slot.amount
    if mine is None or theirs is None or mine <= 0 or theirs <= 0:
        return None

    def far(amount: Decimal) -> Decimal:
        ratio = amount / theirs
        return ratio if ratio >= 1 else 1 / ratio

    for k in range(i + 1, len(values)):
        other = values[k].amount
        if (
            relations[k] is None
            and other is not None
            and other > 0
            and far(other) < far(mine)
            and relation(values[k], slot) == "conflict"
        ):
            return k
    return None


def _near_miss(claim: Value, slot: Value | None) -> bool:
    """Digits swapped or one digit off: 1억7214만 for 1억7124만, 2,401만 for 2,104만."""
    if slot is None or claim.amount is None or slot.amount is None or claim.amount == slot.amount:
        return False
    # (written out: 1억7214만 normalizes to 1.7214E+8)
    a, b = f"{claim.amount.normalize():f}", f"{slot.amount.normalize():f}"
    if len(a) != len(b) or len(a.rstrip("0")) < 3 or len(b.rstrip("0")) < 3:
        return False
    return sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b, strict=True)) == 1


def specificity(value: Value) -> float:
    """How unlikely a value is to agree by chance: 1 for 2025-07-17 or 936만8310, less for 2023 or 5만."""
    if value.date is not None:
        return {"day": 1.0, "month": 0.6, "year": 0.35}[value.date.precision] + (
            0.2 if value.family == "birth" else 0
        )
    if value.amount is None:
        return 0.3
    digits = len(
        str(value.amount.normalize()).split("E")[0].replace(".", "").lstrip("0").rstrip("0")
    )
    return 1.0 if digits >= 3 else 0.6 if digits == 2 else 0.4


def _display(slot: Value, korean: bool) -> str:
    if slot.family in _DATES or slot.amount is None:
        return slot.text
    lang = "ko" if korean else "en"
    if slot.bound == "range" and slot.high is not None and slot.family == "age":
        # (an age of a year alone, one of two: 39세 또는 40세, 39 or 40 years old)
        low = format_hedged(slot.amount, slot.unit, lang=lang).split()[0].rstrip("세")
        last = format_hedged(slot.high - 1, slot.unit, lang=lang)
        return f"{low}세 또는 {last}" if korean else f"{low} or {last}"
    if slot.bound == "range" and slot.high is not None:
        low = format_hedged(slot.amount, slot.unit, lang=lang)
        high = format_hedged(slot.high, slot.unit, lang=lang)
        return f"{low}~{high}" if korean else f"between {low} and {high}"
    return format_hedged(slot.amount, slot.unit, approx=slot.approx, bound=slot.bound, lang=lang)


def _evidence(reading: _Reading, values: list[Value], i: int, korean: bool) -> Evidence:
    fact = reading.fact
    ref = fact.sources[0] if fact.sources else None
    slot = reading.slots[i]
    expected = _display(slot, korean) if slot else values[i].text
    found = values[i].text
    if "strict" in values[i].events and values[i].bound in ("min", "max"):
        # (more than 13, where the source says 13: not "13 should be 13")
        more = values[i].bound == "min"
        if korean:
            found = f"{found} {'초과' if more else '미만'}"
        else:
            found = f"{'more' if more else 'less'} than {found}"
    return Evidence(
        fact_id=fact.id,
        relation=reading.relations[i] or "",
        found=found,
        expected=expected,
        start=values[i].start,
        end=values[i].end,
        quote=ref.quote if ref else "",
        source=ref.doc if ref else "",
    )


def _fact_evidence(fact: Fact, relation: str, found: str, expected: str, at: int = 0) -> Evidence:
    """How the sentence's text at `at` compares with a fact, with the fact's first quote."""
    return Evidence(
        fact_id=fact.id,
        relation=relation,
        found=found,
        expected=expected,
        start=at,
        end=at + len(found),
        quote=fact.sources[0].quote if fact.sources else "",
        source=fact.sources[0].doc if fact.sources else "",
    )


def _named_conflict(finding: Finding, fact: Fact, named: Objection, offset: int = 0) -> Finding:
    """Contradicted by a name: the fact names another place, school or organisation."""
    finding.verdict = Verdict.contradicted
    finding.evidence = [
        _fact_evidence(fact, "conflict", named.found, named.expected, named.start - offset)
    ]
    return finding


def _role_mismatch(finding: Finding, lax: _Reading, values: list[Value], korean: bool) -> Finding:
    """Misleading: values that agree with a fact only when taken as another quantity."""
    moved = []
    turned = False  # a start taken for an end, or the like: the direction is wrong
    for i, value in enumerate(values):
        slot = lax.slots[i]
        undone = _undone_act(lax.fact, value) if slot is not None else None
        if undone is not None:
            turned = True  # received, where the source says paid
            moved.append(
                f"{value.text} is when it was {undone} in the source"
                if value.date is not None
                else f"{value.text} was {undone}, in the source"
            )
        elif slot is not None and not _acts_agree(value.events, slot.events):
            theirs = sorted(slot.events & set(_ACT_WORDS)) or ["another act"]
            moved.append(
                f"{value.text} is when it was {_ACT_WORDS.get(theirs[0], theirs[0])} in the source"
            )
        elif (
            slot is not None
            and value.events & _DEALINGS
            and slot.events
            and not _compatible(value.events - {"content"}, slot.events)
        ):
            # (the day the contract was signed, said to be the day the loan was taken out)
            own = sorted(slot.events & {"sign", "attend", *_DEALINGS}) or ["another act"]
            moved.append(
                f"{value.text} is when it was {_ACT_WORDS.get(own[0], own[0])} in the source"
            )
        elif (
            value.role in _ROLES
            and slot is not None
            and slot.role in _ROLES
            and _ROLES[slot.role] != _ROLES[value.role]
        ):
            turned = True
            moved.append(
                f"{value.text} is when it {_ROLES[slot.role]}, not when it {_ROLES[value.role]}"
            )
        elif slot is not None and slot.family != value.family:
            moved.append(f"{value.text} is a {_KINDS.get(slot.family, slot.family)} in the source")
        elif slot is None:
            moved.append(f"{value.text} is another quantity in the source")
    finding.verdict = Verdict.misleading
    finding.reason = "direction" if turned else "relation"
    finding.explanation = "; ".join(moved) or "the values belong to another quantity"
    finding.evidence = [
        replace(_evidence(lax, values, i, korean), relation="misleading")
        for i in range(len(values))
    ]
    return finding


_ROLES = {"start": "began", "date": "began", "end": "ended", "completion": "ended"}
_KINDS = {"birth": "birth year", "model-year": "model year", "date": "date"}


def _subject_of(store: Store, analysis: Analysis, context: str | None) -> str | None:
    """Whom the next sentence's pronoun (그는, he) refers to."""
    if analysis.actor:
        return resolve(store, analysis.actor) or context
    return context


def _as_said(fact: Fact, told: list[Value]) -> list[Value]:
    """A fact's values with its day of saying marked where that day holds only the saying
    (values.said_that_day): told again in its texts, it is still no day of what was said."""
    stated_on = getattr(fact, "stated", None)
    if not stated_on or not said_that_day(fact):
        return told
    said_on = parse_iso(stated_on)
    return [
        replace(m, reported=True)
        if m.date is not None and m.date.year == said_on.year and said_on.agrees(m.date)
        else m
        for m in told
    ]


def settle_date_bounds(
    store: Store, analysis: Analysis, values: list[Value], readings: list[_Reading]
) -> None:
    """Where a reading's relations are settled across readings, after each is read alone.

    A date's bound (before, 이후) is met by many days: only facts of whom the sentence
    speaks of meet or deny it (Bae was born after 2000: not his daughter's birth in 2012),
    and a fact less relevant than the one it most speaks of denies nothing (엑사원 3.5는
    2024년 12월 이전에 공개됐다: the release's own month leaves it open, and the index report's
    April 2025 says nothing of it)."""
    who = resolve(store, analysis.actor) if analysis.actor else None
    for i, value in enumerate(values):
        if value.bound not in DATE_BOUNDS:
            continue
        # (whose birth: his, not his daughter's; what is done, a plan or a release, may be
        # told of a body he speaks for, whose facts are not his)
        # (of the model the sentence names: EXAONE's first release in 2021 is before 2024,
        # but says nothing of EXAONE 3.5's)
        models = {n for k, n, _p in analysis.names if k == "model"}
        kin = {n for k, n, _p in analysis.names if k == "relative"}
        own = [
            rd
            for rd in readings
            if (value.family != "birth" or _same_born(rd.fact, who, kin))
            and (not models or models & fact_models(rd.fact))
        ]
        for rd in readings:
            if rd not in own:
                rd.relations[i] = None
        top = max((rd.relevance for rd in own), default=0.0)
        # (a fact of the bound's own period, about as relevant: the sentence may be of it, and
        # the bound leaves it open; none of the others denies it then)
        open_one = value.date is not None and any(
            (day := event_date(rd.fact)) is not None
            and value.date.agrees(day)
            and rd.relevance >= top - 0.2
            for rd in own
        )
        for rd in own:
            if rd.relations[i] == "conflict" and (open_one or rd.relevance < top - 0.05):
                rd.relations[i] = None


def _same_born(fact: Fact, who: str | None, kin: set[str]) -> bool:
    """A fact of the birth the sentence tells of: of its subject, and of the relative it names
    or of none (his daughter's birth in 2012 is no birth of his)."""
    theirs = {n for k, n, _p in names_of(fact.statement) if k == "relative"}
    return (who is None or fact.subject == who) and theirs == kin
