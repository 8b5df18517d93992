"""Claims -> verdicts: which facts a sentence speaks of, and whether its numbers and dates agree.

The rule that matters most: a sentence is `supported` only when every date and quantity in it
agrees with the store; any value that a matching fact of the same quantity contradicts makes it
`contradicted`; anything else is `unverified`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal

from factcli.find.search import Index, TermHits, score_terms
from factcli.store.index import store_index
from factcli.store.model import Evidence, Fact, Finding, Store, Verdict
from factcli.store.readings import recall
from factcli.store.readings import texts_of as readings_texts
from factcli.text import paraphrases
from factcli.text import patterns as rx
from factcli.text.analysis import (
    FAMILY,
    Analysis,
    Value,
    analyze_sentence,
    is_certainty_word,
    names_of,
    values_of,
)
from factcli.text.dates import MONTH_WORDS, PartialDate, parse_iso
from factcli.text.korean import hangul_runs, hangul_words, is_hangul, last_word, strip_particle
from factcli.text.numerals import NATIVE_TENS_PATTERN
from factcli.text.records import dataclass, field, replace
from factcli.text.sentences import Sentence, sentences
from factcli.text.terms import analyze, is_predicate
from factcli.text.units import format_hedged

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.meaning.subjects import Objection

CANDIDATES = 25  # facts weighed per sentence, the most relevant first
R_MIN = 0.30  # text relevance below which a fact is not considered at all
R_SUPPORT = 0.50  # combined relevance (text and agreeing values) a supporting fact needs
R_SUPPORT_WEAK = 0.40  # ... when the fact tells of every event the sentence's verbs tell of
R_SUPPORT_SEVERAL = 0.40  # ... when it agrees on two or more values of the claim
R_CONFLICT = 0.50  # text relevance a fact needs to contradict a claim
R_STRONG = 0.7  # a fact this relevant speaks to the sentence whatever new words it has
R_MIXED = 0.35  # ... when it also agrees with another value of the claim
R_NAME_WEAK = 0.4  # text relevance a fact agreeing on every value needs to contradict a name
DELTA = 0.15  # how far below the best text match a contradicting fact may be
SAME_WORDS_MARGIN = 0.1  # ... or this much, when it matches every word the supporter matched
MARGIN = 0.0  # a fact at least this much more relevant than a supporter, that disagrees, vetoes it
EXPLAIN = 0.05  # a value agreed by a fact this close in relevance is not a contradiction
VALUE_SHARE = 0.4  # weight of agreeing values in the combined relevance
TOLERANCE = Decimal("0.05")  # for hedged values (약, 정도, about)
ROUNDING = Decimal("0.005")  # a rounder number within 0.5% is the same number, rounded

_DURATION_DAYS = {"day": Decimal(1), "week": Decimal(7), "month": Decimal(30), "year": Decimal(365)}
_GENERIC = {None, "item"}


def claim_values(text: str) -> list[Value]:
    """The dates and quantities of a sentence, in order, with the roles its words give them.

    A date written as a birth year ("2012년생", "born in 1976") is a value of its own kind,
    compared only with the birth dates of the store; so is a model year ("2010년식").
    """
    return list(analyze_sentence(text).values)


def fact_slots(fact: Fact, birth: PartialDate | None = None) -> list[Value]:
    """The typed values of a fact: its value (with unit), its dates, each date with its role.

    With the subject's birth date, a dated event also has the age at which it happened
    (derived where both dates give the month), so "minister at 49" meets the appointment.
    """
    slots = []
    born = _is_birth(fact)
    # A date the statement itself calls a model year (2010년식) or a birth year is one.
    said = {
        (v.date.year, v.date.month): v.family
        for v in values_of(fact.statement)
        if v.family in ("birth", "model-year") and v.date is not None
    }
    events = _fact_events(fact)
    # A promise dated by the day it was made (date = stated, status planned): that day is
    # the saying's, not the day of what was promised (슈퍼컴 6호기, promised on 7/17).
    promise = (
        getattr(fact, "stated", None) == fact.date
        and getattr(fact, "status", None) in _PROMISED
        and fact.kind != "date"
    )
    for name in ("date", "start", "end", "deadline", "stated"):
        iso = getattr(fact, name, None)
        if name == "date" and promise:
            continue  # the stated slot below holds that day
        if iso:
            date = parse_iso(iso)
            own = events
            if name == "date" and date.day is not None and len(events) > 1:
                # The date's own clause says what happened that day (매매계약은 3월5일
                # 체결했고 이후 담보대출을 받았다: the signing, not the loan after it).
                own = frozenset().union(
                    *(
                        v.events
                        for v in analyze_sentence(fact.statement).values
                        if v.date is not None
                        and v.date.day == date.day
                        and v.date.month == date.month
                    )
                )
                own = own if own and own < events else events
            bound = fact.bound if fact.kind == "date" and name == "date" else None
            kind = "birth" if born and name == "date" else "date"
            kind = said.get((date.year, date.month), kind) if name == "date" else kind
            slots.append(
                Value(
                    kind,
                    iso,
                    date=date,
                    unit=name,
                    role=name,
                    bound=bound,
                    # The day a thing was said is the day of the saying, whatever was said.
                    events=events | {"say"} if name == "stated" else own,
                )
            )
            age = _age_at(birth, date) if birth and not born and name in ("date", "start") else None
            if age is not None and fact.kind != "age":
                slots.append(Value("age", str(age), amount=Decimal(age), unit="years", role=name))
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        family = FAMILY.get(fact.kind)
        if fact.kind == "target":
            family = (
                "money"
                if fact.unit in ("KRW", "USD")
                else "percent"
                if fact.unit == "%"
                else "count"
            )
        elif fact.kind == "count" and fact.unit == "parameter":
            family = "count"
        if family:
            amount = Decimal(str(fact.value))
            top = getattr(fact, "value_max", None)
            slots.append(
                Value(
                    family,
                    str(fact.value),
                    amount=amount,
                    unit=fact.unit,
                    approx=fact.approx,
                    bound=fact.bound,
                    high=Decimal(str(top)) if top is not None else None,
                )
            )
    return slots


_PROMISED = ("planned", "considering", "expected", "proposed", "decided", "conditional")


# A leading clause of its own (While keeping minimal rules, ...): a second statement.
_LEADING_CLAUSE_EN = rx.compile(
    r"(?:While|Although|Though|Whereas|Besides|Apart from|In addition to)\b[^,]{3,80},"
)


def _weak_told(analysis: Analysis, fact: Fact) -> bool:
    """The sentence's verbs tell of events, all of which the fact's verbs tell of too: then a
    fact a little less relevant may support it (its other words are the writer's own)."""
    if _JOINED.search(analysis.text) or _LEADING_CLAUSE_EN.match(analysis.text):
        return False  # (a sentence of two statements: each must be held, see _joined_judge)
    said = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    return bool(said) and said <= _fact_events(fact)


def _tells_of_it(analysis: Analysis, fact: Fact) -> bool:
    """The fact tells of an event the sentence's verbs tell of (or the sentence names none)."""
    said = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    return not said or bool(said & _fact_events(fact))


def _fact_events(fact: Fact) -> frozenset[str]:
    """What happened, by the verbs of the fact's statements."""
    return _events_of(fact.statement, fact.statement_en)


@functools.lru_cache(maxsize=1 << 12)
def _events_of(*texts: str) -> frozenset[str]:
    """_fact_events of these statements: kept, as a fact is weighed against several
    sentences and asked for its events several times each."""
    found: set[str] = set()
    for text in texts:
        if text:
            for clause in analyze_sentence(text).clauses:
                found |= clause.events
    return frozenset(found)


def _age_at(birth: PartialDate, when: PartialDate) -> int | None:
    """Full years between two dates, when the months say which side of the birthday it is."""
    if not birth.year or not when.year or not birth.month or not when.month:
        return None
    if birth.month == when.month and (not birth.day or not when.day):
        return None
    before_birthday = (when.month, when.day or 0) < (birth.month, birth.day or 0)
    return when.year - birth.year - (1 if before_birthday else 0)


def births(store: Store) -> dict[str, PartialDate]:
    """Each subject's birth date, where the store has one."""
    cached = getattr(store, "_births", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: dict[str, PartialDate] = {}
    for fact in _maybe_births(store):
        if fact.date and _is_birth(fact) and fact.subject not in out:
            try:
                out[fact.subject] = parse_iso(fact.date)
            except ValueError:
                continue
    try:  # noqa: SIM105 (not contextlib.suppress: a check does without contextlib)
        store._births = out  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return out


# Words of every fact _is_birth accepts hold one of these (its tags and statements are
# indexed as lower-case words, each a piece of the text around it).
_BIRTH_MARKS = ("태어", "born", "년생", "birth", "출생")


def _maybe_births(store: Store) -> Sequence[Fact]:
    """The facts that may be births, in store order: a superset of those _is_birth accepts.

    A cached store keeps its facts on disk: only those with a word holding a birth marker
    are read, found through the index, instead of all of them (100,000 facts take seconds).
    """
    read = getattr(store.facts, "at", None)
    if read is None:
        return store.facts
    index = store_index(store)
    positions: set[int] = set()
    for term in index.sorted_vocabulary():
        for mark in _BIRTH_MARKS:  # not any(...): a generator per word cost 3x as much
            if mark in term:
                positions.update(index.postings_of(term))
                break
    return read(sorted(positions))  # type: ignore[no-any-return]


def _is_birth(fact: Fact) -> bool:
    """A fact whose date is someone's birth (태어났다, 년생, born)."""
    text = f"{fact.statement} {fact.statement_en}".lower()
    return fact.kind == "date" and (
        "birth" in fact.tags
        or "출생" in fact.tags
        or "태어" in text
        or "born" in text
        or "년생" in text
    )


# A figure a text sets aside (본인 지분(5분의 3)을 제외한 나머지, the rest beyond his own
# three-fifths share): not what the fact gives, nor a value a claim stands in for.
_EXCLUDED_AFTER = rx.compile(r"[^.,;]{0,12}?(?:을|를)\s*(?:제외한|뺀|제외하고|빼고)")
_EXCLUDED_BEFORE = rx.compile(
    r"(?i:\b(?:beyond|apart from|other than|excluding|except)\b[^.,;]{0,40}$)"
)


def _another_persons(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """The sentence's subject is a person other than the fact's, who is not its actor
    either (Bae's wife holds two-fifths, against Bae's own three-fifths)."""
    from factcli.judge.meaning.actors import _HERS
    from factcli.judge.meaning.subjects import _is_person, _relative_of, resolve

    if not analysis.actor:
        return False
    who = _relative_of(store, analysis) or resolve(store, analysis.actor)
    if who is None or who in (fact.subject, getattr(fact, "actor", None)):
        return False

    def person(sid: str) -> bool:  # a person, or a person's relative (배경훈의 배우자)
        subject = store.subjects.get(sid)
        return _is_person(store, sid) or bool(subject and _HERS.search(" ".join(subject.aliases)))

    return person(who) and person(fact.subject)


def _excluded_values(fact: Fact) -> set[tuple[Decimal | None, str | None]]:
    out = set()
    for text in (fact.statement, fact.statement_en):
        for v in analyze_sentence(text).values if text else ():
            if _EXCLUDED_AFTER.match(text, v.end) or _EXCLUDED_BEFORE.search(text, 0, v.start):
                out.add((v.amount, v.unit))
    return out


def _text_values(fact: Fact, *, quotes: bool = True) -> list[Value]:
    """Values mentioned in a fact's statements (and quotes)."""
    out: list[Value] = []
    texts = [fact.statement, fact.statement_en, *(r.quote for r in fact.sources if quotes)]
    if isinstance(fact.value, str) and fact.kind in ("text", "position"):
        texts.append(fact.value)  # "정상 (1위)"
    for text in texts:
        out += analyze_sentence(text).values if text else ()
    # A year one text calls a model year or a birth year ("2010년식") is one in every text
    # of the fact ("a 2010 Genesis").
    special = {
        (v.date.year, v.date.month): v.family
        for v in out
        if v.family in ("birth", "model-year") and v.date is not None
    }
    if special:
        out = [
            replace(v, family=special[(v.date.year, v.date.month)])
            if v.family == "date" and v.date is not None and (v.date.year, v.date.month) in special
            else v
            for v in out
        ]
    return out


def _same_number(claim: Value, fact: Value) -> bool | None:
    """True/False when comparable, None when the two are different kinds of quantity."""
    if claim.family != fact.family or claim.amount is None or fact.amount is None:
        return None
    a, b = claim.amount, fact.amount
    if claim.family == "duration":
        if claim.unit != fact.unit:
            if claim.unit not in _DURATION_DAYS or fact.unit not in _DURATION_DAYS:
                return None
            a, b = a * _DURATION_DAYS[claim.unit], b * _DURATION_DAYS[fact.unit]
            return abs(a - b) <= b * TOLERANCE
    elif claim.family == "count":
        if claim.unit not in _GENERIC and fact.unit not in _GENERIC and claim.unit != fact.unit:
            return None
    elif claim.unit and fact.unit and claim.unit != fact.unit:
        return None
    if claim.bound == "range" and claim.high is not None:
        if fact.bound == "range" and fact.high is not None:
            return a == b and claim.high == fact.high
        return a <= b <= claim.high and not (b == claim.high and a != b)
    if fact.bound == "range" and fact.high is not None:
        return b <= a < fact.high  # an exact figure inside the source's range (meaning: range)
    if a == b:
        return True
    if claim.bound and claim.bound == fact.bound and a != b:
        return False
    diff = abs(a - b)
    if (claim.approx or fact.approx) and diff <= abs(b) * TOLERANCE:
        # "about 37억" for the source's 36억9767만: the same. An exact 31% for its 약 30%
        # neither agrees nor contradicts (the source does not say that precisely); "about 31%"
        # for its "약 30%" is another figure, unless a rounder one (약 2천억 for 2천여억).
        if not claim.approx:
            return None
        return not fact.approx or _rounder(a, b)
    return diff <= abs(b) * ROUNDING and _rounder(a, b)


def _rounder(claim: Decimal, fact: Decimal) -> bool:
    """The claim has fewer significant digits than the fact (37억 for 36억9767만)."""

    def digits(x: Decimal) -> int:
        return len(str(x.normalize()).split("E")[0].replace(".", "").replace("-", "").rstrip("0"))

    return digits(claim) < digits(fact)


def _relation(claim: Value, slot: Value, *, strict: bool = True) -> str | None:
    """agree / conflict / unknown (claim more precise than the store) / None (not comparable).

    Strictly, values compare only in the same role: a birth year with a birth date, a model
    year with a model year, a date the sentence says something ended with an end date. Not
    strictly (to find out what a misleading sentence took for what), any date with any date.
    """
    if claim.family in _DATES:
        if slot.family not in _DATES or claim.date is None or slot.date is None:
            return None
        if claim.family in ("birth", "model-year") and slot.family != claim.family:
            return None
        if strict and not _same_role(claim, slot):
            return None
        if slot.role == "stated" and claim.events and not claim.events & {"say", "release"}:
            # The day a thing was said is not the day of what the sentence says was done
            # (the press conference was held on the 12th; the article said so on the 14th).
            return None
        if not claim.date.agrees(slot.date):
            # When a thing was said agrees with a date, it never contradicts one: the date
            # in "2030년까지" is not the day of the press conference.
            said = "say" in claim.events
            if slot.role == "stated" and not said:
                return None
            if (
                claim.role == "start"
                and slot.events & {"say", "meet"}
                and not claim.events & slot.events
            ):
                return None  # a start is not the day of a hearing where it was spoken of
            return "conflict"
        return "agree" if _precision(claim.date) <= _precision(slot.date) else "unknown"
    same = _same_number(claim, slot)
    return None if same is None else ("agree" if same else "conflict")


_DATES = ("date", "birth", "model-year")


def _same_role(claim: Value, slot: Value) -> bool:
    if claim.family != slot.family and "model-year" in (claim.family, slot.family):
        return False
    if claim.family != slot.family and "birth" in (claim.family, slot.family):
        return False
    said_that_day = "say" in claim.events and slot.events & {"say", "meet"}
    if not said_that_day and not _acts_agree(claim.events, slot.events):
        return False  # (the day a thing was said is not the day of what was said to be done)
    if claim.role == "end":
        return slot.role == "end"
    if claim.role == "start":
        # (entered a programme: not the day a degree of it was received; appointed: not the
        # day of the hearing he attended)
        return slot.role != "end" and not (
            claim.events & {"enroll", "start"}
            and slot.role != "start"
            and slot.events
            and (
                slot.events <= {"receive", "graduate", "hold"}
                or (
                    # the day of a hearing, or of a saying that tells of another act
                    (
                        slot.events & {"attend", "meet"}
                        or ("say" in slot.events and slot.events - _OCCASIONS)
                    )
                    and not claim.events & slot.events
                )
            )
        )
    if claim.role == "completion":
        # (took out a loan on a day: not the day the contract was signed)
        return slot.role not in ("start",) and (
            not slot.events
            or not claim.events & _DEALINGS
            or _compatible(claim.events - {"content"}, slot.events)
        )
    if "content" in claim.events and slot.role == "date" and slot.events & {"say", "meet"}:
        # A date inside what was said (2028년까지 ... 했다고 말했다) is not the day of a
        # meeting or a saying the store dates.
        return False
    return _compatible(claim.events - {"content"}, slot.events)


# Events of an occasion: being there, speaking there.
_OCCASIONS = frozenset(["say", "meet", "attend"])
# Verbs that may tell of the same event (선임 and 출범; 졸업 and 학위를 받다).
# A thing said at a meeting was said the day it was held.
_SAME_EVENT = (
    {"start", "found", "enroll"},
    {"receive", "graduate"},
    {"release", "found"},
    _OCCASIONS,
    {"sign", "buy", "sell"},
    {"release", "meet"},  # announced at a meeting: on its day
    {"give", "receive"},
)
# Acts that only the same act (or its other side) tells of: a date of an approval is not the
# date the certificate was given, though both are of one appointment.
_OWN_ACTS = ("give", "approve", "supply")


# One of these said where the source says only the other is another event (repaid a loan it
# took out, sold what it bought), whatever other verbs they share.
_UNDOING = (("repay", "borrow"), ("sell", "buy"), ("end", "start"))
# ... and of a figure, by the verb the source gives that very figure (received for paid: the
# tax she paid, where the fact also tells of the gift she received)
_FIGURE_SIDES = (*_UNDOING[:2], ("receive", "pay"))


_ACT_WORDS = {
    "give": "given",
    "approve": "approved",
    "supply": "supplied",
    "receive": "received",
    "start": "begun",
    "end": "ended",
    "release": "released",
    "pay": "paid",
    "borrow": "borrowed",
    "repay": "repaid",
    "buy": "bought",
    "sell": "sold",
    "sign": "signed",
    "attend": "attended",
}


def _acts_agree(said: frozenset[str], stated: frozenset[str]) -> bool:
    """An act of _OWN_ACTS the sentence tells of is the fact's act too (or its other side)."""
    return all(
        any(stated & group for group in (*_SAME_EVENT, {act}) if act in group)
        for act in _OWN_ACTS
        if act in said
    )


_DEALS = frozenset(["buy", "sell"])
# Acts of money and contracts: a day of one is not the day of another (the loan, the contract)
_DEALINGS = frozenset(
    ["borrow", "repay", "buy", "sell", "sign", "pay"]
)  # a price is of the deal the fact tells of


def _undoes(
    said: frozenset[str], stated: frozenset[str], pairs: tuple[tuple[str, str], ...] = _UNDOING
) -> bool:
    """The sentence tells of the undoing of what the source tells (sold, for bought)."""
    return any(
        x in said and x not in stated and y in stated for a, b in pairs for x, y in ((a, b), (b, a))
    )


def _value_events(fact: Fact, claim: Value, events: frozenset[str]) -> frozenset[str]:
    """The events of the fact's statement that its value equal to `claim` is of (증여세로 776만
    원을 납부한: pay), when the fact tells of both sides of a pair (received a gift, paid its
    tax); else the fact's events."""
    if (
        claim.amount is None  # (a figure's own verb: dates keep the fact's events)
        or "give" in claim.events
        or not any(  # (a gift: received by one, given by another)
            x in claim.events and y not in claim.events and x in events and y in events
            for a, b in _FIGURE_SIDES
            for x, y in ((a, b), (b, a))
        )
    ):
        return events
    for value in analyze_sentence(fact.statement).values:
        same = (
            value.amount == claim.amount and value.unit == claim.unit
            if claim.amount is not None
            else value.date is not None and claim.date is not None and value.date == claim.date
        )
        if same and value.events:
            return frozenset(value.events)
    return events


def _undone_act(fact: Fact, claim: Value) -> str | None:
    """The act the source tells where the sentence tells its undoing (paid, for received)."""
    events = _fact_events(fact)
    own = _value_events(fact, claim, events)
    if own is events:
        return None
    return next(
        (
            _ACT_WORDS.get(y, y)
            for a, b in _FIGURE_SIDES
            for x, y in ((a, b), (b, a))
            if x in claim.events and x not in own and y in own
        ),
        None,
    )


def _compatible(said: frozenset[str], stated: frozenset[str]) -> bool:
    """A date of one event is not the date of another (bought in 2010 / declared in 2025)."""
    if "borrow" in said:
        said = said - {"receive"}  # (대출을 받았다: the loan taken, not a thing received)
    if _undoes(said, stated):
        return False
    if not _acts_agree(said, stated):
        return False
    if not said or not stated or said & stated or said == {"hold"}:
        return True  # "holds a PhD": having says nothing of when it came
    return any(said & group and stated & group for group in _SAME_EVENT)


# Events a life has once (the start of one's working life): told of by one fact only.
_ONCE = rx.compile(
    r"사회생활|첫\s*직장|(?i:\b(?:beg[ia]n|start(?:ed|s)?)\s+(?:his|her|their)\s+"
    r"(?:career|working life|professional life)\b|\bfirst job\b)"
)


def _tells_once(fact: Fact) -> bool:
    """The fact's texts or quotes tell of an event a life has once (_ONCE)."""
    from factcli.judge.meaning.subjects import _said_texts

    return _ONCE.search(" ".join(t for t in _said_texts(fact) if t)) is not None


def _sums_to(values: list[Value], fact: Fact) -> bool:
    """The sentence's amounts (two or more, of one unit) add up to the fact's own figure: they
    are its parts, not other values of it."""
    amounts = [v for v in values if v.amount is not None and v.family == "money"]
    if len(amounts) < 2 or not isinstance(fact.value, int | float) or isinstance(fact.value, bool):
        return False
    if len({v.unit for v in amounts}) > 1 or amounts[0].unit != fact.unit:
        return False
    return sum(v.amount for v in amounts if v.amount is not None) == Decimal(str(fact.value))


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


def _precision(date: PartialDate) -> int:
    return {"year": 1, "month": 2, "day": 3}[date.precision]


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

    def relation(claim: Value, slot: Value) -> str | None:
        if strict:
            found = other_act.get(id(claim))
            if found is None:
                found = other_act[id(claim)] = bool(
                    _undoes(claim.events, events, _UNDOING[:2])  # (a start and an end: by role)
                    # (received, where the source says its figure was paid: by its own verb)
                    or _undoes(claim.events, _value_events(fact, claim, events), _FIGURE_SIDES)
                    or (claim.role == "price" and not claim.events & _DEALS & events)
                )
            if found:
                # sold for what the source says it was bought for, or is worth: another deal
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
        stated = _text_values(fact, quotes=False)
        for i, value in enumerate(values):
            if relations[i] is None and any(relation(value, m) == "agree" for m in stated):
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
        mentioned = _text_values(fact)
        said: set[int] = set()
        for i, value in enumerate(values):
            hits = [k for k, m in enumerate(mentioned) if relation(value, m) == "agree"]
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
    weights = [specificity(v) for v in values]
    return _Reading(fact, relevance, relations, matched, terms, typed_conflict, weights)


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


# What of a value's text is its number, not a word of the sentence; each kind compiled only
# for a text that can hold it (their classes of syllables cost ~2 ms at every start-up).
_DECADE_WORD = rx.compile(r"(?i:\bdecades?\b)")  # a decade: ten years, the fact's unit
_NUMBER_WORDS = rx.Alternatives(
    r"[\d.,~\-%₩$]+",
    r"[일이삼사오육칠팔구십백천만억조]+(?=[\s원장개명년월일세]|$)",
    # 마흔두 살, 열여섯 개: the number, not a word of the sentence
    rf"(?<![가-힣])(?:{NATIVE_TENS_PATTERN})(?=\s?[살명개달장곳]|$)",
    r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion|trillion)\b",
)
_VERBISH = rx.compile(r"(?:고|지|면|게|며|서|는|은|인|던|까|다고|라고|려면|으면|어치|에게|께|측)$")


# Words that say what role a value plays, not which fact is meant: "at age 49", "became".
_ROLE_WORDS = frozenset(
    {"age", "aged", "old", "years", "became", "become", "becom", "나이", "당시", "만", "세", "살"}
)
# How near a figure is (roughly a decade): weighed with the value (approx), not as a word.
_HEDGE_WORDS = frozenset(analyze("roughly approximately about around some nearly almost"))


# English words of five letters or more that say when or how things relate, not what: never
# a thing the store fails to mention.
_FUNCTION_WORDS_EN = frozenset(
    [
        "until",
        "since",
        "after",
        "before",
        "while",
        "among",
        "about",
        "above",
        "below",
        "under",
        "within",
        "without",
        "during",
        "through",
        "across",
        "around",
        "against",
        "between",
        "whose",
        "which",
        "where",
        "there",
        "these",
        "those",
        "their",
        "would",
        "could",
        "should",
        "though",
        "although",
        "whether",
        "again",
        "already",
        "still",
    ]
)


def _is_novel_noun(term: str, index: Index) -> bool:
    """A Korean noun the store never uses (연봉, 입학), not a verb form or a particle left over;
    an English word of five letters or more it never uses (profit, salary)."""
    if re.fullmatch("[a-z]{5,}", term):
        return term not in _FUNCTION_WORDS_EN

    if not is_hangul(term, 2) or _VERBISH.search(term) or is_predicate(term):
        return False
    stem = strip_particle(term, min_stem=1)
    return stem == term or (len(stem) >= 2 and not index.has(stem))


_COPULA = ("이다", "였다", "이었다", "다")  # the predicate noun before them ends a sentence
_DIGITS = rx.compile(r"\d+(?:[.,]\d+)*")
_NOT_A_FIGURE = rx.compile(r"(?:19|20)\d\d(?![\d,.])|\d+[A-Za-z]")
_KO_VERSION = rx.compile(r"[가-힣]{2}\s\d+(?:\.\d+)?(?=\s*(?:,|등|과|와|및|\)))")
_SLASHED_DATE = rx.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")


def _unread_figures(analysis: Analysis, span: tuple[int, int] | None = None) -> list[str]:
    """Figures of the sentence (or of its `span`, a clause) that are neither a value it was
    read to hold nor part of a name (H200, 엑사원 3.5, GTC 2025)."""
    covered = [(v.start, v.end) for v in analysis.values]
    covered += [m.span() for m in _SLASHED_DATE.finditer(analysis.text)]
    named = [
        (pos, pos + 16)
        for kind, _n, pos in analysis.names
        if kind in ("model", "powers", "machine") or kind.startswith("version-")
    ]
    out = []
    for m in _DIGITS.finditer(analysis.text):
        if span is not None and not span[0] <= m.start() < span[1]:
            continue
        if any(s <= m.start() < e for s, e in covered + named):
            continue
        if _NOT_A_FIGURE.match(analysis.text, m.start(), m.start() + 12):
            continue  # a year in a title (보고서 2025), 3D, a date written 7/23/2025
        if _KO_VERSION.match(analysis.text, max(0, m.start() - 3), m.end() + 3):
            continue  # 라마 3.1, 젬마 2: a model's version in a list, not a figure
        if (
            m.start()
            and analysis.text[m.start() - 1].isalpha()
            and analysis.text[m.start() - 1].isascii()
        ):
            continue  # R1, H200: part of a name
        out.append(m.group())
    return out


# Names by their shape: an acronym (KISA, AMD), a Korean name romanized (Kim Byung-kwan).
_OCCASION_WORDS = frozenset(analyze("reporter reporters journalists press 기자 기자들 취재진"))
_PROPER_EN = rx.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w-]+")  # a capital not after a full stop
_UNKNOWN_NAME = rx.compile(
    r"(?<![A-Za-z])[A-Z]{2,6}(?=s?(?![A-Za-z]))|\b[A-Z][a-z]{1,5}\s[A-Z][a-z]+-[a-z]+\b"
)
# Kinds of name a sentence may not add unless the store names it somewhere.
# (Not schools: their names are spelt in several ways, 스탠포드 and 스탠퍼드.)
_NEVER_NAMED_KINDS = frozenset(["ministry", "vehicle", "district", "place"])


def _is_acronym(term: str, text: str) -> bool:
    """A name in capitals the store never uses (KISA, SKT): another body than the store's."""
    return bool(re.fullmatch(r"[a-z]{2,6}", term)) and bool(
        re.search(rf"(?<![A-Za-z]){term.upper()}(?![A-Za-z])", text)
    )


@dataclass
class Coverage:
    """Which facts hold each word of a sentence: tells a detail taken from another fact."""

    # term -> position -> 0-1, as if every fact were scored (made on demand)
    hits: Mapping[str, Mapping[int, float]] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)  # fact id -> position


def relevance(
    store: Store,
    text: str,
    values: list[Value],
    index: Index | None = None,
    novel: list[str] | None = None,
    skip: frozenset[str] = frozenset(),
    coverage: Coverage | None = None,
) -> list[tuple[Fact, float, frozenset[str]]]:
    """Facts the sentence speaks of, most relevant first, with a 0-1 relevance and the words matched.

    `novel`, when given, receives the sentence's content words that the store never uses;
    facts whose ids are in `skip` are left out (not true at the date asked about);
    `coverage`, which facts hold each of the sentence's words.
    """
    index = index or store_index(store)
    rest = text
    for value in sorted(values, key=lambda v: v.start, reverse=True):
        # Keep what was counted ("GPU", "parameter"): it says which fact is meant.
        # Keep the words around the number ("18 LG affiliates" -> "LG affiliates"): they say
        # which fact is meant. A birth year becomes the word for birth.
        words = (
            "출생"
            if value.family == "birth"
            else _DECADE_WORD.sub(" years ", _NUMBER_WORDS.sub(" ", rest[value.start : value.end]))
        )
        rest = rest[: value.start] + f" {words} " + rest[value.end :]
    hits: dict[str, dict[int, float]] = {}
    terms = [t for t in analyze(rest) if t not in _ROLE_WORDS]
    if values:
        terms = [t for t in terms if t not in _HEDGE_WORDS]
    unknown: list[str] = []
    # Facts below R_MIN are never weighed, nor (when none is skipped) those below the
    # CANDIDATES best: they need not be scored. Which facts hold each word (a detail taken
    # from another fact) is looked up word by word, only for the words asked about.
    top = 0 if skip else CANDIDATES
    scores, total = score_terms(index, terms, hits, unknown, share=R_MIN, top=top)
    if novel is not None:
        novel += [t for t in unknown if _is_novel_noun(t, index)]
        novel += [f"{t.upper()}" for t in unknown if _is_acronym(t, text)]
    if coverage is not None:
        coverage.hits = TermHits(index, terms)
    if not total:
        return []
    best = sorted(
        ((s / total, i) for i, s in scores.items() if s / total >= R_MIN), key=lambda p: -p[0]
    )
    # The CANDIDATES best, ties with the last of them broken by id, current facts first: the
    # ties (thousands on a large store) are ordered by their ids, and only the facts kept are
    # read whole (a cached store keeps the rest on disk).
    kept: list[tuple[float, int, bool, str]] = []
    for (score, i), (fid, superseded) in zip(
        best, _ids(store, [i for _s, i in best]), strict=False
    ):
        if len(kept) >= CANDIDATES and score < kept[-1][0]:
            break
        if fid in skip:
            continue
        if coverage is not None:
            coverage.positions[fid] = i
        kept.append((score, i, superseded, fid))
    kept.sort(key=lambda entry: (-entry[0], entry[2], entry[3]))
    del kept[CANDIDATES:]
    read = getattr(store.facts, "at", None)
    positions = [i for _s, i, _b, _f in kept]
    facts = read(positions) if read else [store.facts[i] for i in positions]
    recall(store, facts)  # what the cache has of their texts as read: each is read once
    return [
        (
            fact,
            score,
            frozenset(
                t for t, got in hits.items() if got.get(i, 0.0) >= 0.6 and not is_predicate(t)
            ),
        )
        for (score, i, _b, _f), fact in zip(kept, facts, strict=True)
    ]


def _ids(store: Store, positions: list[int]) -> Iterator[tuple[str, bool]]:
    """(id, superseded) of the facts at these positions, as asked for (a cached store reads
    their rows, checked, without decoding them)."""
    keys = getattr(store.facts, "keys_at", None)
    # 64 first (most sentences stop there), then the rest in batches of 400: thousands of
    # facts that tie (a sentence of common words) cost a few queries, not one per 64.
    for start in (0, *range(64, len(positions), 400)):
        chunk = positions[start : start + (64 if start == 0 else 400)]
        if keys is not None:
            yield from keys(chunk)
        else:
            for i in chunk:
                fact = store.facts[i]
                yield fact.id, fact.superseded_by is not None


def _display(slot: Value, korean: bool) -> str:
    if slot.family in _DATES or slot.amount is None:
        return slot.text
    lang = "ko" if korean else "en"
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
    return Evidence(
        fact_id=fact.id,
        relation=reading.relations[i] or "",
        found=values[i].text,
        expected=expected,
        start=values[i].start,
        end=values[i].end,
        quote=ref.quote if ref else "",
        source=ref.doc if ref else "",
    )


_CLAUSE_BREAK = rx.compile(r",\s+|;\s+|\s+(?:and then|then|and|while|but)\s+")


# A verb, roughly: an English verb form, or a Korean predicate's ending before a break.
_HAS_VERB = rx.compile(
    r"(?i:\b(?:\w+ed|is|was|were|are|be|been|has|had|have|held|holds?|took|takes?|made|makes?|"
    r"became|becomes?|got|gave|gives?|said|says|left|leaves|joined|began|rose|fell|led|leads|"
    r"ran|runs|went|goes|came|comes|won(?!\s*(?:in\b|,|\.|$))|bought|sold|paid|built|"
    r"expects?|plans?|needs?|spent|saw|told|stood|grew|sought|brought|kept|set|put|cut)\b)"
    r"|[가-힣](?:다|고|며|면서|어서|아서|해서|지만|는데|으나)(?=[\s,.]|$)"
)
_EDGE_CONNECTIVE = rx.compile(
    r"(?i:^\W*(?:and|but|while|then|whereas|although|though|yet|so)\b"
    r"|\b(?:and|but|while|then|whereas|yet|so)\W*$)"
)


def _clauses(text: str, values: list[Value]) -> list[tuple[int, str]]:
    """Split a sentence at commas (and 'and', 'then') outside its values, when each part has one."""
    inside = [(v.start, v.end) for v in values]
    cuts = [0]
    for match in _CLAUSE_BREAK.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in inside):
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
            and not any(before[0] <= v.start < before[0] + len(before[1]) for v in values)
        ):
            start = merged[-1][0]
            merged[-1] = (start, text[start : offset + len(part)])
        else:
            merged.append((offset, part))
    parts = merged
    with_values = [(o, p) for o, p in parts if any(o <= v.start < o + len(p) for v in values)]
    return with_values if len(with_values) >= 2 else [(0, text)]


def judge(
    store: Store,
    text: str,
    *,
    index: Index | None = None,
    skip: frozenset[str] = frozenset(),
    context: str | None = None,
) -> Finding:
    """The verdict on one sentence: on the whole, and clause by clause when it has several.

    `context` is the subject the previous sentence spoke of, for a sentence that starts
    with a pronoun (그는, he).
    """
    analysis = analyze_sentence(text)
    pieces = _pieces(text, analysis) if len(analysis.values) > MAX_VALUES else []
    if len(pieces) > 1:
        return _judge_in_pieces(store, text, pieces, index=index, skip=skip, context=context)
    whole = _judge(store, analysis, index=index, skip=skip, context=context)
    if whole.verdict in (Verdict.contradicted, Verdict.misleading):
        return whole
    if whole.explanation and whole.explanation.startswith(_ANOTHER_MODEL):
        return whole  # the sentence names a model the facts are not about: no clause is held
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
    if len(clauses) == 1:
        if whole.verdict is Verdict.unverified:
            return _joined_judge(store, analysis, whole, index=index, skip=skip, context=context)
        return whole
    parts = []
    for offset, clause in clauses:
        part = _judge(
            store, analysis, index=index, skip=skip, context=context, window=(offset, clause)
        )
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
        speaking = set(whole.facts) | {e.fact_id for e in whole.evidence}
        parts = [
            p
            for p in parts
            if p.verdict not in (Verdict.contradicted, Verdict.misleading)
            or any(e.fact_id in speaking for e in p.evidence)
        ]
    failed = _worst(text, parts, whole.facts)
    if failed is not None:
        return failed
    if whole.verdict is Verdict.supported:
        return whole
    if all(p.verdict is Verdict.supported for p in parts):
        return Finding(text, Verdict.supported, evidence=evidence, facts=whole.facts)
    return _joined_judge(store, analysis, whole, index=index, skip=skip, context=context)


# Where a sentence joins two statements of its own (증여하고 … 샀다, 진흥이라며 … 미루겠다,
# "Born in Seoul, Bae studied …", "paid the gift tax, and then bought …"): a coordinating
# ending of a verb or the copula; in English "and" before a verb, or the comma after a
# leading participle. Not a bare comma (an apposition: "EXAONE 3.5, specialised in …"),
# nor 하면서 (at the same time) nor 뒤/전 (before, after): those tell how the two relate,
# which no one fact holds.
_JOINED = rx.compile(
    r"(?<=[가-힣])(?:하고|되고|받고|내고|맺고|하며|되며|이라며|라며|이며)(?=[\s,])"
    r"|,?\s+and\s+(?:then\s+|later\s+)?(?=[a-z]+(?:ed|ought|aid|ave|ook|ent|ame|ew|old|eld|eft|"
    r"ecame|egan|on|ade|ut|et)\b)"
)
_LEADING_PARTICIPLE = rx.compile(r"^(?:Born|[A-Z][a-z]+ed)\b[^,()]{1,60},\s+")


JOINED_MAX_CHARS = 400  # a sentence longer than this is not judged statement by statement
JOINED_MAX_PARTS = 6


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
    text = analysis.text
    if len(text) > JOINED_MAX_CHARS:
        return whole  # (prose joins a few statements; a long run of them is judged in pieces)
    inside = [(v.start, v.end) for v in analysis.values]
    lead = _LEADING_PARTICIPLE.match(text)
    cuts = [0, lead.end()] if lead else [0]
    for m in _JOINED.finditer(text):
        bracketed = text.count("(", 0, m.start()) > text.count(")", 0, m.start())
        if not bracketed and not any(a < m.end() and m.start() < b for a, b in inside):
            cuts.append(m.end())
    cuts.append(len(text))
    parts = [(a, text[a:b]) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
    if not 2 <= len(parts) <= JOINED_MAX_PARTS or not all(
        _HAS_VERB.search(part) for _o, part in parts[1:]
    ):
        return whole  # a part without a verb of its own is no statement
    found: list[Finding] = []
    for offset, part in parts:
        piece = part.strip()
        said = judge(store, piece, index=index, skip=skip, context=context)
        shift = offset + len(part) - len(part.lstrip())
        if said.verdict is not Verdict.supported:
            said = _judge(
                store, analysis, index=index, skip=skip, context=context, window=(offset, part)
            )
            shift = offset
        if said.verdict is not Verdict.supported:
            return whole
        moved = [replace(e, start=e.start + shift, end=e.end + shift) for e in said.evidence]
        found.append(replace(said, evidence=moved))
        context = _subject_of(store, analyze_sentence(piece), context)
    facts = list(dict.fromkeys(f for p in found for f in p.facts))
    return Finding(
        text, Verdict.supported, evidence=[e for p in found for e in p.evidence], facts=facts
    )


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
    facts = list(dict.fromkeys(f for p in parts for f in p.facts))
    failed = _worst(text, parts, facts)
    if failed is not None:
        return failed
    if parts and all(p.verdict is Verdict.supported for p in parts):
        evidence = [e for p in parts for e in p.evidence]
        return Finding(text, Verdict.supported, evidence=evidence, facts=facts)
    return Finding(text, Verdict.unverified, facts=facts)


def _with_birth_fact(
    store: Store,
    analysis: Analysis,
    values: list[Value],
    ranked: list[tuple[Fact, float, frozenset[str]]],
    context: str | None,
) -> list[tuple[Fact, float, frozenset[str]]]:
    """A birth year said of someone is about their birth fact, however the sentence is worded
    ("1977년생인 배경훈 장관은 AI 전문가다")."""
    if not any(v.family == "birth" for v in values):
        return ranked
    who = _subject_of(store, analysis, context)
    if who is None or (not analysis.actor and not _own_birth(analysis)):
        return ranked  # (his daughter, born in 2012: her birth, not his)
    born = [f for f in _maybe_births(store) if f.subject == who and f.date and _is_birth(f)]
    if not born:
        return ranked
    had = {f.id: r for f, r, _t in ranked}
    rest = [entry for entry in ranked if entry[0].id != born[0].id]
    return [(born[0], max(had.get(born[0].id, 0.0), R_CONFLICT + 0.1), frozenset()), *rest]


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


def _clause_values(analysis: Analysis, window: tuple[int, str] | None) -> list[Value]:
    """The sentence's values, or those of one clause, with spans relative to that clause."""
    if window is None:
        return list(analysis.values)
    offset, clause = window
    inside = [v for v in analysis.values if offset <= v.start < offset + len(clause)]
    return [replace(v, start=v.start - offset, end=v.end - offset) for v in inside]


def _roles_for(fact: Fact, values: list[Value], analysis: Analysis, offset: int) -> list[Value]:
    """Settle "start or end" (X을 떠나 Y로 옮겼다): an end when the fact is about what was left."""
    if not any(v.role == "start-or-end" for v in values):
        return values
    where = " ".join(t for t in (fact.org, fact.value if isinstance(fact.value, str) else "") if t)
    out = []
    for value in values:
        if value.role == "start-or-end":
            left = analysis.clause_at(value.start + offset).end_object or ""
            words = [w for w in re.findall(r"[가-힣A-Za-z]{2,}", left) if w not in ("배경훈",)]
            about_left = bool(words) and any(w.lower() in where.lower() for w in words)
            value = replace(value, role="end" if about_left else "start")
        out.append(value)
    return out


def _judge(
    store: Store,
    analysis: Analysis,
    *,
    index: Index | None = None,
    skip: frozenset[str] = frozenset(),
    context: str | None = None,
    window: tuple[int, str] | None = None,
) -> Finding:
    """The verdict on one sentence, or on one clause of it (`window`: offset and text)."""
    text = window[1] if window else analysis.text
    offset = window[0] if window else 0
    whole_names = analysis.names
    if window:
        # A clause is judged by the names in it: the models of the next clause are another
        # fact's (42 days for the reasoning model, against four months from EXAONE 3.0 to 3.5).
        end = offset + len(text)
        analysis = replace(analysis, names=tuple(n for n in analysis.names if offset <= n[2] < end))
    values = _clause_values(analysis, window)
    korean = analysis.korean
    novel: list[str] = []
    coverage = Coverage()
    # A clause cut from a sentence keeps its connective ("..., but"): not a word to match.
    words = _EDGE_CONNECTIVE.sub(" ", text) if window else text
    ranked = relevance(store, words, values, index, novel, skip, coverage)
    finding = Finding(
        text=text, verdict=Verdict.unverified, facts=[f.id for f, _r, _t in ranked[:5]]
    )
    if not ranked:
        return finding
    if not values:
        if analysis.values:
            return finding  # a clause without a figure of a sentence with some
        if window:
            # a clause of a sentence without figures: judged as one, by its own words
            clause_own = tuple(c for c in analysis.clauses if c.start == offset)
            if not clause_own:
                return finding
            analysis = replace(analysis, clauses=clause_own)
        return _judge_wordless(store, analysis, ranked, finding, novel, coverage, context)
    birth_of = births(store)
    ranked = _with_birth_fact(store, analysis, values, ranked, context)
    from factcli.judge.meaning.names import other_degree

    ranked = [entry for entry in ranked if not other_degree(analysis, entry[0])]
    # Words a fact says otherwise (납부 for 냈다, 설명 for 해명) count as its words.
    ranked = sorted(
        ((f, _reworded(f, r, t, coverage), t) for f, r, t in ranked), key=lambda e: -e[1]
    )
    readings = [
        _read(f, _roles_for(f, values, analysis, offset), r, t, birth_of.get(f.subject))
        for f, r, t in ranked
    ]

    related = [rd.fact for rd in sorted(readings, key=lambda rd: -rd.relevance)[:8]]
    lent: set[str] = set()  # words another fact of a joined sentence holds (see 1b)

    def supported_by(chosen: list[tuple[int, _Reading]]) -> Finding:
        return Finding(
            text=text,
            verdict=Verdict.supported,
            facts=finding.facts,
            evidence=[_evidence(rd, values, i, korean) for i, rd in chosen],
        )

    def weigh_with(
        reading: _Reading, related: list[Fact] | None = None, *, actor: bool = True
    ) -> Finding:
        """The meaning of the sentence against one fact, on the values it agrees with."""
        pairs = [(i, reading) for i, r in enumerate(reading.relations) if r == "agree"]
        return _weigh_meaning(
            store,
            analysis,
            supported_by(pairs),
            pairs,
            values,
            offset,
            context,
            related,
            actor=actor,
        )

    def details(found: Finding, chosen: list[tuple[int, _Reading]]) -> Finding:
        """A name or thing of the sentence that the supporting facts lack belongs to another
        fact: if that fact agrees with the values too, the sentence joins the two and its
        meaning must hold as well (the speaker of the quoted words); if not, the sentence
        took a detail from elsewhere (임명장 of the appointment on the day of the flowers)."""
        for term, positions, named in _foreign_terms(
            store, analysis, chosen, values, offset, coverage
        ):
            if term in lent:
                continue  # held by the other fact a joined sentence tells of
            companions = []
            recall(store, [store.facts[p] for p in positions])
            for p in positions:
                fact = store.facts[p]
                companions.append(
                    _read(
                        fact,
                        _roles_for(fact, values, analysis, offset),
                        0.0,
                        frozenset(),
                        birth_of.get(fact.subject),
                    )
                )
            # A fact holding the word that agrees with a value and contradicts none is the
            # same event told from another side (the place of the press conference).
            # (Not by the day it said something: a year 2025 is not a remark of 2025-03-18.)
            agreeing = [
                c
                for c in companions
                if not c.disagrees()
                and any(
                    r == "agree" and (slot is None or slot.role != "stated" or "say" in v.events)
                    for r, slot, v in zip(c.relations, c.slots, values, strict=True)
                )
            ]
            # A name no supporter holds is another party unless a fact of it agrees (Epoch AI
            # for Stanford HAI); a thing, unless a fact of it agrees, when one says otherwise
            # (the appointment letter, on another date).
            foreign = not agreeing and (named or any(c.disagrees() for c in companions))
            if foreign:
                where = ", ".join(c.fact.id for c in companions[:2])
                found.verdict = Verdict.misleading
                found.reason = "detail"
                found.explanation = (
                    f"'{term}' is not in what the source says here; the store has it in {where}"
                )
                found.evidence = [replace(e, relation="misleading") for e in found.evidence]
                return found
            for companion in agreeing:
                other = weigh_with(companion)
                if other.verdict is not Verdict.supported:
                    return other
        return found

    def settle(chosen: list[tuple[int, _Reading]]) -> Finding:
        """`weigh`, and a sentence naming what the store never does is not supported by it."""
        found = weigh(chosen)
        unknown = [t for t in novel if t.isupper()]
        # ... or a verb the store never uses (반납했다, was demoted): what the sentence says
        # was done is nothing any fact tells of
        unknown += _novel_verbs(analysis.text[offset : offset + len(text)], novel, chosen)
        # ... an acronym or a Korean person's romanized name it never uses (AMD, Kim Byung-kwan)
        index = store_index(store)
        unknown += [
            m.group()
            for m in _UNKNOWN_NAME.finditer(analysis.text)
            if not all(index.has(t) for t in analyze(m.group()))
        ]
        # ... or a name of a typed kind (a ministry, a person with a title, a car) it never
        # names at all (산업통상자원부, 윤석열 대통령).
        from factcli.judge.meaning.subjects import resolve

        # ... or a figure the checker could not read (lasted more than 12 hours): it cannot
        # agree with anything, so the sentence is not shown true.
        unknown += _unread_figures(
            replace(analysis, names=whole_names), (offset, offset + len(text))
        )
        # ... or a predicate noun the store never uses (절반은 외화예금이다)
        predicate = last_word(analysis.text, _COPULA, marks=".。")
        if predicate and predicate[1] in novel:
            unknown.append(predicate[1])
        unknown += [
            word
            for kind, _name, pos in analysis.names
            if kind in _NEVER_NAMED_KINDS or kind.startswith("person-")
            for word in re.findall(r"[^\s,.()]+", analysis.text[pos:])[:1]
            if not all(index.has(t) for t in analyze(word)) and resolve(store, word) is None
        ]
        # ... or a field of study or a market the supporting facts do not name (a PhD in
        # computer science, on a fact that names no field: another fact names his)
        if found.verdict is Verdict.supported:
            backing = [rd.fact for _i, rd in chosen] + [
                rd.fact for rd in readings if rd.agrees_all() and rd.relevance >= R_MIN
            ]
            held = {
                name
                for fact in backing
                for t in readings_texts(fact)
                for kind, name, _p in names_of(t, loose=True)
                if kind in _DETAIL_KINDS
            }
            unknown += [
                analysis.text[pos : pos + 24].split(",")[0]
                for kind, name, pos in analysis.names
                if kind in _DETAIL_KINDS and name not in held
            ]
        # ... or says what was said on a day only by that day: then what it says must be in
        # the fact's words, as for a sentence without a figure (핵심은 규제라고 말했다, where
        # the source said 산업 진흥).
        if found.verdict is Verdict.supported and all(
            _only_the_day_said(values[i], rd.slots[i], rd.fact) for i, rd in chosen
        ):
            # (any fact of that day that agrees and holds every word will do: 지명을 두고 is
            # in the remark's own fact, not in the fact of what he expected)
            # ... or a fact that says it all and gives no value to disagree with (the office
            # picked him for his expertise: no date; June 2025 is the nomination's)
            said_by = [chosen[0][1]] + [
                rd
                for rd in readings
                if rd is not chosen[0][1]
                and (
                    (rd.agrees_all() and rd.relevance >= R_MIN)
                    or (rd.relevance >= R_STRONG and not any(rd.relations))
                )
            ]
            unheld = [_unheld_words(store, analysis, rd.fact, rd.terms, coverage) for rd in said_by]
            # (the occasion it was said at, GTC 2025, may be told by a fact of that day's
            # meeting: its words are the occasion's, not what was said)
            capitals = " ".join(m.group() for m in _PROPER_EN.finditer(analysis.text))
            proper = set(analyze(capitals)) | _OCCASION_WORDS
            if all(unheld):
                unknown += [
                    t for t in unheld[0] if t not in proper or all(t in w for w in unheld[1:])
                ]
        if found.verdict is Verdict.supported and unknown:
            # The values agree, but the sentence also speaks of a thing or a body the store
            # never names (그랜저 for its 제네시스, KISA for its KOSA): no fact vouches for it.
            return Finding(
                text=text,
                verdict=Verdict.unverified,
                facts=found.facts,
                explanation=f"the store never mentions '{unknown[0]}'",
            )
        return found

    def weigh(chosen: list[tuple[int, _Reading]]) -> Finding:
        """Values agree: supported, unless the sentence means something the facts do not.

        When one fact agrees with every value, another that does too may say it the
        sentence's way (LG AI연구원 released it, where the first fact is about the model).
        """
        first = _weigh_meaning(
            store,
            analysis,
            supported_by(chosen),
            chosen,
            values,
            offset,
            context,
            related,
        )
        if first.verdict is Verdict.supported:
            first = details(first, chosen)
            if first.verdict is not Verdict.supported:
                # Not rescued by another fact that agrees: the word is what is wrong.
                return first
        if first.verdict is Verdict.supported and len({id(rd) for _i, rd in chosen}) == 1:
            # Another fact that agrees too and matches words the first does not (부실 복무,
            # 알았다) is what those words are about: its meaning must hold as well.
            lead = chosen[0][1]
            for alt in readings:
                if (
                    alt is lead
                    or not alt.agrees_all()
                    or alt.relevance < lead.relevance - 0.15
                    or not (alt.terms - lead.terms)
                ):
                    continue
                other = weigh_with(alt, related, actor=False)
                if other.verdict is not Verdict.supported:
                    return other
        if first.verdict is not Verdict.misleading or len({id(rd) for _i, rd in chosen}) > 1:
            return first
        # Only a fact that speaks to the sentence as well (or matches all its words and more):
        # a press conference's date agrees with every fact said there.
        lead = chosen[0][1]
        for alt in sorted(readings, key=lambda rd: -rd.combined):
            if alt is lead or not alt.agrees_all() or alt.relevance < R_MIN:
                continue
            # Who did it is what tells two facts of one event apart (the model's feature, its
            # release by the lab): for an actor, a somewhat less relevant fact may answer.
            slack = 0.3 if first.reason == "actor" else 0.1
            if alt.relevance < lead.relevance - slack and not alt.terms >= lead.terms:
                continue
            if first.reason == "actor" and not _tells_of_it(analysis, alt.fact):
                continue  # another event of the day (the conference where it was unveiled)
            if (
                first.reason in ("certainty", "tense")
                and all(s is None or s.role == "stated" for s in lead.slots)
                and not alt.terms >= lead.terms
            ):
                # What was only planned on a day is not made done by another fact of that day
                # (the meeting he will chair, said at the press conference).
                continue
            other = weigh_with(alt, related)
            if other.verdict is Verdict.supported:
                return details(other, [(i, alt) for i in range(len(values))])
        return first

    def role_swap(min_relevance: float) -> Finding | None:
        """A fact that agrees with every value once roles are ignored (a start for an end)."""
        if not any(v.role or v.family in ("birth", "model-year", "date") for v in values):
            return None
        for reading in sorted(readings, key=lambda rd: -rd.combined):
            if reading.relevance < max(R_SUPPORT, min_relevance) or reading.agrees_all():
                continue
            lax = _read(
                reading.fact,
                _roles_for(reading.fact, values, analysis, offset),
                reading.relevance,
                reading.terms,
                birth_of.get(reading.fact.subject),
                strict=False,
            )
            if lax.agrees_all() and lax.combined >= R_SUPPORT:
                return _role_mismatch(finding, lax, values, korean)
        return None

    # The best match among facts that have something to compare: a fact with no date or
    # number of the claim's kind says nothing about its values.
    top = max(
        (rd.relevance for rd in readings if any(r in ("agree", "conflict") for r in rd.relations)),
        default=0.0,
    )

    born = any(v.family == "birth" for v in values)
    born_who = _subject_of(store, analysis, context) if born else None
    if born_who is not None and not _own_birth(analysis):
        # 배경훈의 장녀는 2012년생이다 is of the daughter; so is 배경훈의 배우자는 ... of the
        # spouse, when the store knows the spouse as a subject of their own.
        subject = store.subjects.get(born_who)
        if subject is None or "의 " not in subject.name:
            born_who = None
    # ... and when that person's own birth fact says another year, no other fact says theirs.
    birth_conflict = born and any(
        _is_birth(rd.fact) and rd.fact.subject == born_who and rd.typed_conflict for rd in readings
    )

    # A figure the sentence makes the predicate of a noun (증여세는 677만 원이었다) is that
    # noun's: only a fact that ties the noun to a figure of its kind speaks against it.
    measured = _measured_by(analysis, values, readings)

    def vetoed(supporter: _Reading) -> bool:
        # A birth year is someone's: only a birth fact of whom the sentence speaks of says it
        # (배경훈은 2012년에 태어났다 is not his 2012년생 daughter's birth, nor a text naming her).
        if born:
            if _is_birth(supporter.fact):
                if born_who is not None and supporter.fact.subject != born_who:
                    return True
            elif birth_conflict:
                return True
            elif (
                born_who is not None
                and any(
                    v.family == "birth" and r == "agree"
                    for v, r in zip(values, supporter.relations, strict=False)
                )
                and _birth_of(store, supporter.fact) != born_who
            ):
                # Another's birth year in a fact about someone else (2012년생 외동딸 in a
                # fact about him) says nothing of the spouse's.
                return True
        # A fact that disagrees vetoes a supporter when it matches every word the supporter
        # matched and more (예금 vs 채무), or is clearly more relevant and the supporter's
        # agreeing values are not too specific to be chance (a full date, 936만8310원).
        # A supporter that agrees on several values yields only to a fact that agrees on one.
        margin = MARGIN + 0.3 * supporter.agreement
        several = len(values) >= 2
        # The start of his working life is one event: the fact that tells of it says when,
        # not a later post's start (SK텔레콤 in 2011, where he began in 2006).
        if (
            once
            and not _tells_once(supporter.fact)
            and any(
                rd.typed_conflict and rd.relevance >= R_MIN and _tells_once(rd.fact)
                for rd in readings
            )
        ):
            return True
        for rd in readings:
            if rd is supporter or not rd.typed_conflict or rd.relevance < R_CONFLICT:
                continue
            if several and "agree" not in rd.relations:
                continue
            if any(supporter.fact.id in ids and rd.fact.id not in ids for ids in measured.values()):
                continue  # the supporter gives the sentence's noun its figure; rd another's
            if _apart(supporter, rd):
                continue  # two events of one sentence, each fact with its own values
            if _sums_to(values, rd.fact):
                continue  # the sentence lists the parts of the fact's total
            if rd.terms > supporter.terms or rd.relevance > supporter.relevance + margin:
                return True
            if (
                rd.terms >= supporter.terms
                and rd.relevance >= supporter.relevance + SAME_WORDS_MARGIN
            ):
                # Every word the supporter matched, and clearly more relevant for the rest of
                # the sentence: the figure is the supporter's, the quantity named is this
                # fact's (재산 총액 for the apartment's 41억5천만 원).
                return True
        return False

    once = _ONCE.search(analysis.text) is not None
    acts = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}

    def said_only(reading: _Reading) -> bool:
        """An act the sentence's verb tells of (지명했다) on the day a fact was only said,
        which does not tell of that act: the day Kang spoke of the nomination is not a day
        Kang nominated anyone."""
        return (
            bool(acts)
            and not acts <= _fact_events(reading.fact)
            and any(r == "agree" for r in reading.relations)
            and all(
                r != "agree" or _only_the_day_said(values[i], reading.slots[i], reading.fact)
                for i, r in enumerate(reading.relations)
            )
        )

    # 1. One fact agrees with every value, and no clearly more relevant fact disagrees.
    for reading in sorted(readings, key=lambda rd: -rd.combined):
        needed = R_SUPPORT_SEVERAL if len(values) >= 2 else R_SUPPORT
        if _weak_told(analysis, reading.fact) and not _outweighed(reading, readings):
            needed = min(needed, R_SUPPORT_WEAK)
        if reading.combined >= needed and reading.agrees_all() and not vetoed(reading):
            if said_only(reading):
                continue
            return settle([(i, reading) for i in range(len(values))])
    # 1b. One fact agrees with every value and another holds the sentence's other words: a
    # sentence joining two facts (2,000 H200s would be needed, to beat DeepSeek R1).
    joined = _joined_reading(store, analysis, readings, novel, coverage, context, vetoed)
    if joined is not None:
        lent.update(joined[2])
        found = settle([(i, joined[0]) for i in range(len(values))])
        lent.clear()
        if found.verdict is Verdict.supported:
            found.evidence.append(_fact_evidence(joined[1], "agree", text, joined[1].statement))
            return found
    # 2. A relevant fact contradicts a value that no relevant fact explains otherwise.
    supporters = [rd for rd in readings if rd.combined >= R_SUPPORT and not said_only(rd)]

    def explained(i: int, against: _Reading) -> bool:
        # Another fact, about as relevant and consistent with the whole claim, agrees with it;
        # the more specific the value (36억9767만 rather than 2023), the less relevance it needs.
        # A fact matching only some of the words the contradicting one matches (채무 vs 예금)
        # does not explain the value away.
        slack = EXPLAIN + 0.3 * specificity(values[i])
        # A fact that agrees holds more of the words of the value's own clause (in 2021 it
        # placed first at SQuAD, after a clause about CVPR): the value is that fact's.
        clause = analysis.clause_at(values[i].start + offset)
        if len(analysis.clauses) > 1:
            own = frozenset(analyze(clause.text))
            theirs = len(against.terms & own)
            if any(
                rd.relations[i] == "agree" and len(rd.terms & own) > theirs
                for rd in readings
                if rd is not against
            ):
                return True
        # A fact that agrees with the value and with another one the contradicting fact does
        # not speak to is the event the value belongs to: a sentence of two events (the loan
        # taken on 6월 10일, before the cap announced on 6월 28일) gives each fact its own.
        if any(
            rd.relations[i] == "agree" and _apart(rd, against)
            for rd in readings
            if rd is not against and rd.relevance >= R_MIN
        ):
            return True
        # And a clearly more relevant fact that agrees wins over a weaker one that does not.
        return any(
            rd.relations[i] == "agree"
            and (
                rd.relevance >= against.relevance + 0.2
                or (
                    not rd.typed_conflict
                    and rd.relevance >= against.relevance - slack
                    and not (len(values) == 1 and rd.terms < against.terms)
                )
            )
            for rd in readings
        )

    conflicts: list[Evidence] = []
    firsts: dict[int, float] = {}
    # When some fact agrees with part of the claim and contradicts the rest, that fact is what
    # the claim is about: it alone gives the evidence (not facts that merely share a word).
    mixed = [
        rd
        for rd in readings
        if rd.typed_conflict and "agree" in rd.relations and rd.relevance >= R_MIXED
    ]
    # A fact about someone of the subject's (배경훈의 부모) says nothing against the subject.
    from factcli.judge.meaning.subjects import of_theirs, owned_subject, resolve

    who = resolve(store, analysis.actor) if analysis.actor and not owned_subject(analysis) else None
    # the events the sentence's verbs tell of (saying and having tell of no event)
    events = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    for reading in mixed or readings:
        if who is not None and of_theirs(store, who, reading.fact):
            continue
        if _sums_to(values, reading.fact):
            continue  # 예금 1819만 원과 증권 8549만 원: the parts of its 1억368만 원
        agreed = sum(r == "agree" for r in reading.relations)
        ties = any(reading.fact.id in measured.get(i, ()) for i in range(len(values)))
        # (A fact whose own date or figure is of the event the sentence's verb tells of, 출범
        # for its launch, is what the sentence speaks of, whatever other words it adds.)
        eventful = reading.typed_conflict and bool(events) and events <= _fact_events(reading.fact)
        if not agreed and novel and reading.relevance < R_STRONG and not ties and not eventful:
            # The sentence speaks of something the store never mentions (연봉, 입학): a fact
            # that merely shares a name and a date kind does not contradict it.
            continue
        # A fact that agrees on one value and not another is the thing being talked about,
        # even when the wording differs ("확보할 계획" for "구축할 방안").
        needed = (
            R_MIXED
            if agreed and reading.typed_conflict
            else R_CONFLICT
            if eventful
            else max(R_CONFLICT, top - DELTA)
        )
        if window and not agreed:
            # A clause cut from its sentence has few words to tell which fact it speaks of: a
            # fact agreeing with none of its values must be clearly about it to contradict it
            # (50,000 by 2028, after 200,000 GPUs, is not the 2,000 GPUs a model needs).
            needed = max(needed, R_STRONG)
        for i, rel in enumerate(reading.relations):
            # A near miss (1억7214만 for 1억7124만) is a slip of the store's value, however worded.
            near = rel == "conflict" and _near_miss(values[i], reading.slots[i])
            if i in measured and reading.fact.id not in measured[i]:
                continue
            if rel == "conflict" and _models_apart(analysis, values[i], reading.fact):
                continue  # the value is said of another model than the fact's
            if rel == "conflict" and _another_persons(store, analysis, reading.fact):
                continue  # his wife's share is not his own share's value
            own = i in measured and rel == "conflict"  # the noun's own figure: no rival
            if reading.relevance < (R_MIN if near or own else needed):
                continue
            if rel == "conflict" and not explained(i, reading):
                # At most two readings of one value, equally relevant: "15만장 (..) or 20만장 (..)".
                same = [e for e in conflicts if e.start == values[i].start]
                if not same:
                    conflicts.append(_evidence(reading, values, i, korean))
                    firsts[i] = reading.relevance
                elif len(same) < 2 and reading.relevance >= firsts[i] - 0.05:
                    conflicts.append(_evidence(reading, values, i, korean))
    if conflicts:
        # A start said to be an end, a birth year said to be another date: the values are
        # right for the fact in another role; say so rather than give the other role's value.
        swapped = role_swap(min_relevance=max(firsts.values(), default=R_SUPPORT) - 0.05)
        if swapped is not None:
            return swapped
        stranger = _other_thing(store, analysis, [e.fact_id for e in conflicts], novel)
        if stranger is not None:
            # The sentence speaks of a thing the contradicting facts do not (the car for the
            # apartment's value; ICCV, which the store never names, for CVPR): their values
            # are not this thing's.
            finding.explanation = f"the store says nothing of '{stranger}'"
            return finding
        finding.verdict = Verdict.contradicted
        finding.evidence = sorted(conflicts, key=lambda e: e.start)
        return finding
    # 3. Several facts, each relevant, together agree with every value.
    if len(values) >= 2:
        # (not a fact whose own words give another of the values otherwise: 30% of 15만 장
        # read against "30% of the 200,000 GPUs")
        supporters = [
            rd
            for rd in readings
            if rd.partial >= R_SUPPORT
            and (rd.typed_conflict or not rd.disagrees())
            and not said_only(rd)
        ]
        # A fact that fits one value but is scored against the whole sentence reads as less
        # relevant than it is (the filing of 2024 beside its correction in 2025): once one
        # fact supports firmly, the others may be somewhat less relevant.
        if supporters and not all(
            any(rd.relations[i] == "agree" for rd in supporters) for i in range(len(values))
        ):
            supporters += [
                rd
                for rd in readings
                if R_SUPPORT_SEVERAL <= rd.partial < R_SUPPORT and not rd.disagrees()
            ]
    explained_all = all(
        any(rd.relations[i] == "agree" for rd in supporters) for i in range(len(values))
    )
    if explained_all and not any(vetoed(rd) for rd in supporters):
        options = [
            sorted(
                (rd for rd in supporters if rd.relations[i] == "agree"), key=lambda rd: -rd.partial
            )
            for i in range(len(values))
        ]
        choice = [(i, options[i][0]) for i in range(len(values))]
        found = settle(choice)
        if found.verdict is Verdict.misleading:
            # As in step 1: a fact about as relevant may be the one that says it the
            # sentence's way (the president's approval rather than "the first approved").
            slack = 0.3 if found.reason == "actor" else 0.1
            for i, ranked_here in enumerate(options):
                for alt in ranked_here[1:3]:
                    if alt.partial < ranked_here[0].partial - slack:
                        break
                    other = settle([*choice[:i], (i, alt), *choice[i + 1 :]])
                    if other.verdict is Verdict.supported:
                        return other
        return found
    # 4. No fact agrees with the values in the roles the sentence gives them, but one agrees
    # in other roles: the right numbers for another quantity (a birth year as a holding date,
    # a model year as a purchase, a start as an end).
    swapped = role_swap(min_relevance=R_SUPPORT)
    if swapped is not None:
        return swapped
    # 5. A fact a little less relevant agrees with every value but names another place,
    # school or employer in its place (떠나 ... 2011년 KT로 옮겼다, the store's SK텔레콤).
    from factcli.judge.meaning.names import name_objection

    for reading in sorted(readings, key=lambda rd: -rd.combined):
        if reading.relevance < R_NAME_WEAK or not reading.agrees_all():
            continue
        named = name_objection(analysis, reading.fact, store)
        if named is not None and not _another_model(named):
            return _named_conflict(finding, reading.fact, named, offset)
    return finding


def _own_model_conflict(
    analysis: Analysis, related: list[Fact], values: list[Value], offset: int
) -> Evidence | None:
    """A value the sentence gives its model that a fact about that model gives otherwise."""
    from factcli.text.analysis import names_of

    mine = {n for kind, n, _p in analysis.names if kind == "model"}
    for fact in related:
        theirs = {n for k, n, _p in names_of(fact.statement or "") if k == "model"}
        if not theirs or not theirs <= mine:
            continue
        reading = _read(fact, values, 1.0)
        for i, relation in enumerate(reading.relations):
            if relation == "conflict" and reading.slots[i] is not None:
                found = _evidence(reading, values, i, analysis.korean)
                return replace(found, start=found.start + offset, end=found.end + offset)
    return None


def _models_apart(analysis: Analysis, value: Value, fact: Fact) -> bool:
    """The value's clause names models, and none of them is the fact's (2024년 8월 7일에는
    엑사원 3.0을 내놨고, 4개월 뒤 3.5를: the date is 3.0's, not 3.5's)."""
    clause = analysis.clause_at(value.start)
    mine = {n for k, n, p in analysis.names if k == "model" and clause.start <= p < clause.end}
    if not mine:
        return False
    theirs = {n for k, n, _p in names_of(fact.statement or "") if k == "model"}
    return bool(theirs) and not mine & theirs


_ANOTHER_MODEL = "the store gives this of "
_ONLY = rx.compile(r"유일|(?i:\bonly\b|\bsole\b)")


def _another_model(named: Objection) -> bool:
    """A name conflict between two models (EXAONE 3.0 for 3.5): each is a thing of its own,
    and one's figures say nothing of the other's."""
    from factcli.text.analysis import names_of

    return any(kind == "model" for kind, _n, _p in names_of(named.expected))


_BORN_NOUN = rx.compile(r"년생(?:인)?\s*((?:[가-힣]+의\s)?[가-힣]+)")


def _birth_of(store: Store, fact: Fact) -> str | None:
    """Whose birth year a fact's statement gives: its subject's (배경훈은 1976년생이다), or
    the one the year describes (2012년생 외동딸: the daughter)."""
    from factcli.judge.meaning.subjects import resolve

    text = fact.statement
    if _own_birth(analyze_sentence(text)):
        return fact.subject
    m = _BORN_NOUN.search(text)
    if m:
        return resolve(store, strip_particle(m.group(1), min_stem=2))
    return None


_OTHERS_BIRTH = rx.compile(
    r"(?i:\b(?!was\b|were\b|is\b|been\b|be\b|and\b)[a-z]+\s+born\b|'s\b|’s\b|"
    r"\b(?:his|her)\s+(?:eldest\s+|elder\s+|only\s+)?(?:daughter|son|child|wife|parents)\b)|"
    r"년생\s+[가-힣]+(?<!이다)\s|의\s|(?<![가-힣])그(?:의|녀의)\s"
)


# A sentence without a figure is supported only by a fact that holds nearly all its words.
R_WORDLESS = 0.75
R_WORDLESS_ALL = 0.6  # ... when the fact holds every one of the sentence's content words
# ... and contradicted by a name only where a fact about the same event holds most of them.
R_WORDLESS_NAME = 0.5
# Certainties that say a thing has not happened (yet): a sentence saying it did is misleading.
_NOT_DONE = frozenset({"planned", "considering", "expected", "future", "conditional", "proposed"})


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


def _measured_by(
    analysis: Analysis, values: list[Value], readings: list[_Reading]
) -> dict[int, set[str]]:
    """For each value the sentence makes the predicate of a noun, the facts among `readings`
    that tie that noun to a figure of the same unit (증여세 776만 원)."""
    from factcli.judge.meaning.figures import measured_noun, ties_noun

    out: dict[int, set[str]] = {}
    for i, value in enumerate(values):
        noun = measured_noun(analysis.text, value)
        if noun is None:
            continue
        ids = {rd.fact.id for rd in readings if ties_noun(rd.fact, noun, value)}
        if ids:
            out[i] = ids
    return out


def _named_conflict(finding: Finding, fact: Fact, named: Objection, offset: int = 0) -> Finding:
    """Contradicted by a name: the fact names another place, school or organisation."""
    finding.verdict = Verdict.contradicted
    finding.evidence = [
        _fact_evidence(fact, "conflict", named.found, named.expected, named.start - offset)
    ]
    return finding


_GIFT = frozenset(["give", "receive"])
# Words of giving (전달했다, 건넸다, handed): said of a gift the fact tells as received.
_GIVING = rx.compile(r"전달|건네|건넨|건넸|주었|줬|준|hand|gave|give|present")


def _judge_wordless(
    store: Store,
    analysis: Analysis,
    ranked: list[tuple[Fact, float, frozenset[str]]],
    finding: Finding,
    novel: list[str],
    coverage: Coverage,
    context: str | None,
) -> Finding:
    """A sentence without a date or a figure, judged by its names, words and meaning.

    Contradicted: a fact about the same event names another place, school or organisation in
    its place (경기고 for 대신고). Supported only when one fact holds every content word, speaks
    of the same event, by the same actor, with the same certainty and polarity; misleading when
    such a fact tells of a plan or an expectation and the sentence says it is done. Anything
    less stays unverified: a sentence's words are weaker evidence than its figures.
    """
    from factcli.judge.meaning.actors import actor_objection
    from factcli.judge.meaning.bounds import without_objection
    from factcli.judge.meaning.certainty import clause_certainty
    from factcli.judge.meaning.directions import negated_statement, opposite_objection
    from factcli.judge.meaning.gifts import same_gift, swap_objection
    from factcli.judge.meaning.kinds import ordinal_objection, owner_objection
    from factcli.judge.meaning.names import name_objection
    from factcli.judge.meaning.subjects import Objection

    clause = analysis.clauses[0] if len(analysis.clauses) == 1 else None
    if clause is None:
        return finding  # several clauses without a figure: too loose to judge by words
    korean = analysis.korean
    events = clause.events - {"say"} or clause.events

    def same_event(fact: Fact) -> bool:
        theirs = _fact_events(fact)
        mine = events
        if mine & _GIFT and theirs & _GIFT and gift_told(fact):
            mine = (mine - _GIFT) | (theirs & _GIFT)  # the gift told from the other side
        # Or neither names one (a description: 하정우 수석은 네이버 출신이다), beside the
        # saying of what the fact reports as said.
        return mine <= theirs if mine else not theirs - {"say"}

    def gift_told(fact: Fact) -> bool:
        return same_gift(store, analysis, fact)

    # The sentence's names, and its verbs, are what a fact naming another one disagrees
    # with: they count as the fact's words here (배경훈은 부산에서 태어났다: 부산 for 서울).
    name_terms = {
        t
        for _kind, _name, pos in analysis.names
        for t in analyze(" ".join(re.findall(r"[^\s,.()]+", analysis.text[pos:])[:1]))
    }
    for fact, score, matched in ranked[:3]:
        unmatched = [t for t in coverage.hits if t not in matched]
        if unmatched and score < R_WORDLESS_NAME and same_event(fact):
            lent = [t for t in unmatched if t in name_terms or is_predicate(t)]
            if len(lent) == len(unmatched):
                score += (1 - score) * len(lent) / len(unmatched)
        # A sentence naming no event (studied at Yonsei) may still name another school.
        schooled = not events and any(kind.startswith("school") for kind, *_ in analysis.names)
        if score < R_WORDLESS_NAME or not (same_event(fact) or schooled):
            continue
        if actor_objection(store, analysis, fact, context) is not None:
            continue
        named = name_objection(analysis, fact, store)
        if named is not None and _another_model(named):
            return finding  # another model (NEXUS for EXAONE 3.0): its own, unknown here
        if named is not None:
            return _named_conflict(finding, fact, named)
    fact, score, matched = ranked[0]
    # The words naming whom the fact is about or whose act it is (배 장관 for 배경훈) are its
    # words; so are words it says otherwise (악용 for 악남용), weighed before the bar.
    matched |= _named_party(store, analysis, fact)
    score = max(score, _reworded(fact, score, matched, coverage, store))
    swapped = swap_objection(store, analysis, fact) if score >= R_WORDLESS_ALL else None
    if swapped is not None:  # 배 장관이 정현석 위원장에게 꽃다발을 건넸다: he received it
        return _wordless_misleading(finding, fact, analysis, swapped)
    # (a word the store never uses may still be a paraphrase of the fact's: 소개했다, 전달했다)
    if score < R_WORDLESS_ALL or [
        t
        for t in novel
        if t not in _LOOSE
        and not _paraphrased(t, fact)
        and not (_GIVING.match(t) and gift_told(fact))
    ]:
        return _two_facts(store, analysis, ranked, finding, novel, coverage, context) or finding
    left = [
        t
        for t in _unheld_words(store, analysis, fact, matched, coverage)
        if not (_GIVING.match(t) and gift_told(fact))
    ]
    if left:
        # a word the fact does not hold: a detail it does not vouch for, unless another
        # fact holds it (a sentence joining two facts)
        return _two_facts(store, analysis, ranked, finding, novel, coverage, context) or finding
    # Words the fact says otherwise (열 for 주최할, 계획 for its status) count as its words.
    score = _reworded(fact, score, matched, coverage, store)
    if score < R_WORDLESS and (clause.events or clause.marker):
        return finding  # an event or a plan needs more of the fact than a description
    if not same_event(fact) and (events or score < R_WORDLESS):
        # Another event than the fact's; or a description (삼성탈레스는 현재의 한화시스템이다)
        # of a fact that tells of an event, held only when the fact holds all its words.
        return finding
    statement = (fact.statement if korean else fact.statement_en) or fact.statement
    if name_objection(analysis, fact, store) or clause.negated != bool(negated_statement(fact)):
        return finding
    objection = (
        actor_objection(store, analysis, fact, context)
        or without_objection(analysis, fact)
        or owner_objection(analysis, fact)
        or ordinal_objection(analysis, fact)
        or opposite_objection(analysis, fact)
    )
    certainty = clause_certainty(fact, clause.text)
    if objection is None and certainty in _NOT_DONE and clause.certainty == "done":
        objection = Objection(
            "tense" if certainty in ("planned", "future") else "certainty",
            f"the source says this is {certainty}, not done",
        )
    marker = clause.marker
    if marker == "decided" and "approve" in events & _fact_events(fact):
        marker = None  # "had approved his studies": the act the fact tells of, not a decision
    if objection is None and marker and _sure_as(marker) != _sure_as(certainty):
        return finding  # "plans to", "is considering": another certainty than the fact's
    if objection is None and not same_event(fact) and events:
        return finding  # no event named that the fact's verbs tell of: not enough to support
    if objection is not None:
        return _wordless_misleading(finding, fact, analysis, objection)
    finding.verdict = Verdict.supported
    finding.evidence = [_fact_evidence(fact, "agree", analysis.text, statement)]
    return finding


def _wordless_misleading(
    finding: Finding, fact: Fact, analysis: Analysis, objection: Objection
) -> Finding:
    statement = (fact.statement if analysis.korean else fact.statement_en) or fact.statement
    finding.verdict = Verdict.misleading
    finding.reason = objection.reason
    finding.explanation = objection.explanation
    finding.evidence = [_fact_evidence(fact, "misleading", analysis.text, statement)]
    return finding


# Kinds of name a supporting fact must hold itself: a detail another fact may contradict.
_DETAIL_KINDS = frozenset(["field", "market"])
# Kinds of name that are what a sentence is about: a fact naming none of the kind, and not
# this name, speaks of another thing.
_THING_KINDS = frozenset(["vehicle", "model", "market", "machine"])


def _other_thing(store: Store, analysis: Analysis, ids: list[str], novel: list[str]) -> str | None:
    """A name of the sentence (a thing of _THING_KINDS, or an acronym the store never uses)
    that none of the facts it is contradicted by holds in any form."""
    from factcli.judge.meaning.subjects import _squash

    facts = [f for f in (store.get(i) for i in dict.fromkeys(ids)) if f is not None]
    if not facts:
        return None
    texts = [t for f in facts for t in readings_texts(f)]
    squashed = [_squash(t) for t in texts]
    kinds = {kind for t in texts for kind, _n, _p in names_of(t, loose=True)}
    for kind, _name, pos in analysis.names:
        word = re.match(r"[^\s,.()]+", analysis.text[pos:])
        if (
            kind in _THING_KINDS
            and kind not in kinds
            and word
            and not any(_squash(word.group()) in t for t in squashed)
        ):
            return word.group()
    for term in novel:
        if term.isupper() and not any(term.lower() in t for t in squashed):
            return term
    return None


def _named_party(store: Store, analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The words of the sentence's subject phrase when it names whom the fact is about or
    whose act it is (배 장관, Minister Bae: 배경훈); none otherwise."""
    from factcli.judge.meaning.subjects import resolve

    phrase = analysis.actor
    if not phrase or resolve(store, phrase) not in (fact.subject, getattr(fact, "actor", None)):
        return frozenset()
    return frozenset(analyze(phrase))


def _reworded(
    fact: Fact,
    score: float,
    matched: frozenset[str],
    coverage: Coverage,
    store: Store | None = None,
) -> float:
    """A fact's relevance with the sentence's words it says otherwise (paraphrases, and words
    of certainty, weighed apart) counted as matched, in proportion to the words unmatched.
    With the store: also words the fact holds in another form (받은: 받았다; 청문회:
    인사청문회) and the endings a quotation leaves (것이라고)."""
    unmatched = [t for t in coverage.hits if t not in matched]
    said = _said_terms(store, fact) if store is not None and unmatched else frozenset()
    reworded = [
        t
        for t in unmatched
        if _paraphrased(t, fact)
        or is_certainty_word(t)
        or (store is not None and (_QUOTED_ENDING.fullmatch(t) or _holds(said, t)))
    ]
    if not reworded or len(unmatched) - len(reworded) > 1:
        return score  # (words left that no fact of its says: the sentence says more)
    return score + (1 - score) * len(reworded) / len(unmatched)


# A Korean verb made of a noun (반납했다, 강등됐다, 해체한): the noun is what was done.
_KO_VERB_NOUN = rx.compile(
    r"(?<![가-힣])([가-힣]{2,})(?:했|하였|한|하고|하며|하는|하기|해|됐|되었|된|되고|되며|시켰|시킨)"
)
_EN_VERB = rx.compile(r"\b([a-z]{3,}ed)\b")


def _novel_verbs(text: str, novel: list[str], chosen: list[tuple[int, _Reading]]) -> list[str]:
    """Verbs of the sentence made of words the store never uses, and which no supporting
    fact says otherwise (a paraphrase group): 반납했다, demoted."""
    if not novel:
        return []
    words = {m.group(1) for m in _KO_VERB_NOUN.finditer(text)}
    words |= {w for m in _EN_VERB.finditer(text) for w in analyze(m.group(1))}
    facts = [rd.fact for _i, rd in chosen]
    # A verb of beginning or ending (입학했다) whose date agreed with the fact's date of that
    # side of a span: the roles already said it is the same event.
    spanned = any(
        relation == "agree" and slot is not None and slot.role in _SPAN_ROLES
        for _i, rd in chosen
        for relation, slot in zip(rd.relations, rd.slots, strict=False)
    )
    return [
        t
        for t in novel
        if t in words
        and not any(_paraphrased(t, f) for f in facts)
        and not (spanned and _SPAN_VERB.fullmatch(t))
    ]


_SPAN_ROLES = frozenset(["start", "end"])
_SPAN_VERB = rx.compile(r"입학|진학|졸업|수료|enrol+|graduat")


def _sure_as(certainty: str) -> str:
    """A bare future (주최할 것이다, will) is as sure as a plan (계획이다, plans to)."""
    return "planned" if certainty == "future" else certainty


R_JOINT = 0.4  # text relevance each of two facts joined in one sentence needs
R_JOINT_OTHER = R_MIN  # ... the fact holding the words of the sentence the other lacks
R_JOINT_LEAD = 0.4  # ... the fact agreeing with every value of the sentence


def _outweighed(reading: _Reading, readings: list[_Reading]) -> bool:
    """A fact at least as relevant as this one, and relevant enough to contradict, says
    another value: a weaker way to support (fewer words, two facts joined) must not pass over
    what would contradict the sentence."""
    floor = max(R_CONFLICT, reading.relevance)
    return any(rd is not reading and rd.typed_conflict and rd.relevance >= floor for rd in readings)


def _joined_reading(
    store: Store,
    analysis: Analysis,
    readings: list[_Reading],
    novel: list[str],
    coverage: Coverage,
    context: str | None,
    vetoed: Callable[[_Reading], bool],
) -> tuple[_Reading, Fact, frozenset[str]] | None:
    """A fact that agrees with every value, and another fact that holds the words the first
    does not: together they hold the sentence's words as one fact must for a sentence without
    a figure. The other fact gives no value against the sentence's, tells of the events the
    first does not, and objects to nothing (name, actor, polarity, certainty)."""
    from factcli.judge.meaning.actors import actor_objection
    from factcli.judge.meaning.certainty import fact_certainty
    from factcli.judge.meaning.directions import negated_statement, opposite_objection
    from factcli.judge.meaning.kinds import sibling_objection
    from factcli.judge.meaning.names import name_objection

    terms = list(coverage.hits)
    if not terms:
        return None
    ranked = sorted(readings, key=lambda rd: -rd.relevance)[:8]
    events = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    certainty = {c.certainty for c in analysis.clauses}
    for lead in sorted(readings, key=lambda rd: -rd.combined):
        if (
            not lead.agrees_all()
            or lead.relevance < R_JOINT_LEAD
            or vetoed(lead)
            or _outweighed(lead, readings)
        ):
            continue
        for other in ranked:
            if other is lead or other.relevance < R_JOINT_OTHER or any(other.relations):
                continue
            pair = (lead.fact, other.fact)
            if not other.terms - lead.terms or not lead.terms - other.terms:
                continue  # one holds every word the other does
            if not _pair_holds(terms, novel, lead.terms | other.terms, pair):
                continue
            if events and not events <= _fact_events(lead.fact) | _fact_events(other.fact):
                continue
            theirs = fact_certainty(other.fact)
            if "done" in certainty and theirs in _NOT_DONE and len(certainty) == 1:
                continue
            if _lead_clause_apart(analysis, lead):
                break  # the lead's own clause says it otherwise (내년 for its 연말)
            point = other.fact.value if isinstance(other.fact.value, str) else ""
            if point and bool(re.search("[가-힣]", point)) != analysis.korean:
                point = ""  # (the value in another language than the sentence's)
            if point and not any(t in w or w in t for t in analyze(point) for w in terms):
                continue  # the other fact's point (산업 진흥) is not what the sentence says
            if _said_not(analysis, other.fact) or _said_not(analysis, lead.fact):
                continue  # 핵심이 규제라며, where the source says 규제가 아니라 진흥
            if _names_apart(analysis, other.fact):
                continue  # the other fact's employer or place is not the sentence's
            negated = any(c.negated for c in analysis.clauses)
            if (
                name_objection(analysis, other.fact, store) is not None
                or negated != bool(negated_statement(other.fact))
                or actor_objection(store, analysis, other.fact, context) is not None
                or sibling_objection(analysis, other.fact) is not None
                or opposite_objection(analysis, other.fact) is not None
            ):
                continue
            return lead, other.fact, other.terms - lead.terms
    return None


def _lead_clause_apart(analysis: Analysis, lead: _Reading) -> bool:
    """In a sentence joining two facts, the clause of the values the first fact agrees with
    puts one of its words of a kind for another (내년이면 10위 LLM이 나오고, 연말에는
    멀티모달: the source has the LLM by the year's end)."""
    from factcli.judge.meaning.kinds import sibling_objection

    text = analysis.text
    cuts = [0, *(m.end() for m in _SEGMENT_CUT.finditer(text)), len(text)]
    for value in analysis.values:
        start = max(c for c in cuts if c <= value.start)
        end = min((c for c in cuts if c > value.start), default=len(text))
        if end - start >= len(text):
            continue
        if sibling_objection(replace(analysis, text=text[start:end]), lead.fact) is not None:
            return True
    return False


# Where a sentence joining two statements may be cut: a comma, a connective ending (나오고,
# 내고), "and" or "with" after a comma.
_SEGMENT_CUT = rx.compile(r",\s+|(?<=[가-힣])(?:고|며|면서)\s+|;\s+")


# "Not A but B" in a fact (규제가 아니라 산업 진흥, not regulation but promotion).
_NOT_BUT = rx.compile(
    r"([가-힣]{2,}?)(?:이|가)?\s*아니라|(?i:\bnot\s+(?:about\s+)?([a-z]{3,})\w*\s+but\b)"
)
_NEGATING = rx.compile(r"아니|않|없|(?i:\bnot\b|n't\b|\bno\b)")


def _said_not(analysis: Analysis, fact: Fact) -> bool:
    """The sentence says what the fact says is not so (A, where the fact says not A but B),
    without a negation of its own."""
    from factcli.judge.meaning.subjects import said_texts

    if _NEGATING.search(analysis.text):
        return False
    text = analysis.text.lower()
    for said in said_texts(fact):
        for m in _NOT_BUT.finditer(said):
            word = (m.group(1) or m.group(2) or "").lower()
            if word and word in text:
                return True
    return False


def _names_apart(analysis: Analysis, fact: Fact) -> bool:
    """The sentence names things of a kind (an employer, a place) the fact names too, and
    none of the fact's: what the fact tells is put to another (robot research, which was at
    Samsung Thales, said of SK Telecom)."""
    from factcli.judge.meaning.subjects import said_texts

    theirs: dict[str, set[str]] = {}
    for text in said_texts(fact):
        for kind, name, _pos in names_of(text, loose=True):
            theirs.setdefault(kind, set()).add(name)
    mine: dict[str, set[str]] = {}
    for kind, name, _pos in analysis.names:
        mine.setdefault(kind, set()).add(name)
    return any(kind in theirs and not names & theirs[kind] for kind, names in mine.items())


def _pair_holds(
    terms: list[str], novel: list[str], held: frozenset[str], pair: tuple[Fact, Fact]
) -> bool:
    """Two facts together hold a sentence's words as one fact must for a sentence without a
    figure: no word the store never uses that neither paraphrases, and three quarters of the
    words held, paraphrased or words of certainty."""
    if [t for t in novel if t not in _LOOSE and not any(_paraphrased(t, f) for f in pair)]:
        return False
    said = [
        t
        for t in terms
        if t in held or is_certainty_word(t) or any(_paraphrased(t, f) for f in pair)
    ]
    return len(said) >= R_WORDLESS * len(terms)


def _two_facts(
    store: Store,
    analysis: Analysis,
    ranked: list[tuple[Fact, float, frozenset[str]]],
    finding: Finding,
    novel: list[str],
    coverage: Coverage,
    context: str | None,
) -> Finding | None:
    """A sentence without a figure that joins two facts (born in Seoul, studied at
    Kwangwoon): supported when the two together hold every content word, each holds some
    the other does not, and neither objects (another name, actor, polarity or certainty)."""
    from factcli.judge.meaning.actors import actor_objection
    from factcli.judge.meaning.certainty import fact_certainty
    from factcli.judge.meaning.directions import negated_statement
    from factcli.judge.meaning.names import name_objection
    from factcli.judge.meaning.subjects import resolve

    clause = analysis.clauses[0]
    events = clause.events - {"say"}
    pool = [(f, s, m) for f, s, m in ranked[:8] if s >= R_JOINT]
    terms = list(coverage.hits)
    for (a, _sa, held_a), (b, _sb, held_b) in itertools.combinations(pool, 2):
        pair = (a, b)
        left_a = set(_unheld_words(store, analysis, a, held_a, coverage))
        left_b = set(_unheld_words(store, analysis, b, held_b, coverage))
        if not left_a or not left_b or left_a & left_b:
            continue  # one says it all (judged alone), or neither holds a word
        if any(resolve(store, word) is not None for word in left_a | left_b):
            continue  # who it is about is not lent by another fact (강훈식의 전문성)
        if not _pair_holds(terms, novel, held_a | held_b, pair):
            continue
        if events and not events <= _fact_events(a) | _fact_events(b):
            continue
        certainties = {fact_certainty(f) for f in pair}
        if clause.certainty == "done" and certainties & _NOT_DONE:
            continue
        if clause.marker and _sure_as(clause.marker) not in {_sure_as(c) for c in certainties}:
            continue
        if any(
            name_objection(analysis, f, store) is not None
            or clause.negated != bool(negated_statement(f))
            or actor_objection(store, analysis, f, context) is not None
            for f in pair
        ):
            continue
        finding.verdict = Verdict.supported
        finding.evidence = [
            _fact_evidence(
                f,
                "agree",
                analysis.text,
                (f.statement_en if not analysis.korean else None) or f.statement,
            )
            for f in pair
        ]
        return finding
    return None


_VERB_ENDING = rx.compile(r"^([가-힣]{2,}?)(?:하|했|한|할|함|해|되|됐|된|될|돼)[가-힣]*$")

_HANGUL_AT = rx.compile(r"[가-힣]").match


def _paraphrased(term: str, fact: Fact) -> bool:
    """A word the fact says in other words of the same meaning (만든: 개발한, 묶은: 합친;
    the groups: factcli/text/paraphrases.py)."""
    group = paraphrases.group_of(term)
    if group is None:
        return False
    texts = " ".join((fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)))
    texts = texts.lower()
    # (a word of one syllable only as a word of its own: 열 is in 열정 too)
    return any(
        re.search(
            rf"\b{re.escape(word)}", texts
        )  # a Latin word from its start: not "come" in "income"
        if word.isascii()
        else word in texts
        if len(word) > 1
        else re.search(rf"(?<![가-힣]){word}(?![가-힣])", texts)
        for word in group
    )


_MONTH_TERMS = frozenset(w.lower() for names in MONTH_WORDS for w in names)


def _only_the_day_said(value: Value, slot: Value | None, fact: Fact) -> bool:
    """The value agrees with the fact only as the day it was said: its `stated` slot, or a
    date of its text that is that day (the inauguration speech's 2025년 7월17일, for 2025)."""
    if slot is not None:
        return slot.role == "stated"
    stated = getattr(fact, "stated", None)
    if value.date is None or not stated or fact.start or (fact.date and fact.date != stated):
        return False
    return value.date.agrees(parse_iso(stated))


_FRAME = rx.compile(r"([가-힣]{2,})(?:을|를)\s*두고|([가-힣]{2,})에\s*(?:대해|관해|대하여)")


def _unheld_words(
    store: Store, analysis: Analysis, fact: Fact, matched: frozenset[str], coverage: Coverage
) -> list[str]:
    """The sentence's content words the fact does not say, in its words or in others of the
    same meaning: details it does not vouch for. A word the fact holds only as a tag
    (regulation, on the fact that the act is about promotion) is a topic, not something the
    fact says."""
    described = _described(store, analysis, fact, coverage)
    said = _said_terms(store, fact)
    # What it was said about (지명을 두고, 청문회에 대해) frames the saying; it is not said.
    framed = {t for m in _FRAME.finditer(analysis.text) for t in analyze(m.group(1) or m.group(2))}
    return [
        t
        for t in coverage.hits
        if t not in framed
        if not _QUOTED_ENDING.fullmatch(t)
        and t not in _MONTH_TERMS
        and not _holds(said, t)
        and not is_predicate(t)
        and t not in _LOOSE
        and t not in _TITLES
        and t not in _ROLE_WORDS
        and t not in described
        and not re.fullmatch(r"[a-z]|[가-힣]", t)
        and not _verb_of(t, fact)
        and not _paraphrased(t, fact)
        and not is_certainty_word(t)  # how sure it is: weighed on its own (marker, status)
    ]


# What a quotation or a nominalised clause leaves as a word of its own ('기업가'라고,
# 받은 것이라고): an ending, not a word a fact must hold.
_QUOTED_ENDING = rx.compile(
    r"[가-힣]?(?:이라고|라고|이라며|라며|이라는|라는|이었다|이다)|것(?:으|으로|이|이라고|이라며|이다|이었다)?"
)


def _holds(said: frozenset[str], term: str) -> bool:
    """A word of the sentence is among the fact's words, or shares its stem with one
    (promoting: promotion; 특화된: 특화)."""
    if term in said or strip_particle(term, min_stem=1) in said:
        return True
    if term.isascii() and term.endswith("d") and (term[:-1] in said or term[:-2] in said):
        return True  # sized: size
    stem = term[:2] if _HANGUL_AT(term) else term[:5]
    if len(stem) >= 2 and any(w.startswith(stem) for w in said):
        return True
    # A verb of one syllable in another form (받은: 받았다, 쓸: 쓰는 is not; 받아: 받는)
    if _one_syllable_verb(term) and any(_one_syllable_verb(w) and w[0] == term[0] for w in said):
        return True
    # A Korean compound names a kind of its last noun (인사청문회 is a 청문회, 주택담보대출
    # a 대출): the head noun is held by the compound, after a modifier of two syllables or more.
    return (
        len(term) >= 2
        and _HANGUL_AT(term) is not None
        and any(len(w) >= len(term) + 2 and w.endswith(term) for w in said)
    )


# Syllables a Korean verb's ending starts with after a stem of one syllable (받은, 받았다,
# 받아, 받는, 받고, 받을, 받겠다, 받던, 받기).
_VERB_ENDING_SYLLABLES = frozenset("은는을았었아어고며던겠기지게다")


def _one_syllable_verb(word: str) -> bool:
    return (
        len(word) >= 2
        and _HANGUL_AT(word) is not None
        and word[1] in _VERB_ENDING_SYLLABLES
        and (len(word) == 2 or is_predicate(word) or word[1] in "았었겠")
    )


def _said_terms(store: Store, fact: Fact) -> frozenset[str]:
    """The words of a fact's texts, quotes and the names of whom it is about (not its tags)."""
    texts = [fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)]
    if isinstance(fact.value, str):
        texts.append(fact.value)
    for who in (fact.subject, getattr(fact, "actor", None)):
        subject = store.subjects.get(who) if who else None
        if subject is not None:
            texts += subject.names
    return frozenset(analyze(" ".join(texts)))


def _verb_of(term: str, fact: Fact) -> bool:
    """A Korean verb form whose noun the fact's own words hold (주최하겠다고: 주최할 것)."""
    m = _VERB_ENDING.match(term)
    if m is None:
        return False
    return any(m.group(1) in text for text in (fact.statement, *(r.quote for r in fact.sources)))


def _described(store: Store, analysis: Analysis, fact: Fact, coverage: Coverage) -> frozenset[str]:
    """Words of the subject phrase that describe its subject ("Bae, the science and ICT
    minister"): those a fact about the same subject holds, when the phrase names the fact's."""
    from factcli.judge.meaning.subjects import resolve

    span = analysis.actor_span
    if not span or not analysis.actor:
        return frozenset()
    who = resolve(store, analysis.actor)
    if who is None or who != fact.subject:
        return frozenset()
    phrase = analysis.text[span[0] : span[1]]
    apposition = re.match(r"\s*,\s*([^,]{1,80}),", analysis.text[span[1] :])
    if apposition:
        phrase += " " + apposition.group(1)  # "Bae, the science and ICT minister, ..."
    found = set()
    for term in analyze(phrase):
        positions = list(itertools.islice(coverage.hits.get(term, {}), 50))
        if any(store.facts[p].subject == who for p in positions):
            found.add(term)
    return frozenset(found)


def _own_birth(analysis: Analysis) -> bool:
    """The birth the sentence states is its subject's (배경훈은 1976년생이다), not someone
    it describes (a daughter born in 2012, 2012년생 외동딸, 배경훈의 장녀)."""
    return not _OTHERS_BIRTH.search(analysis.text)


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


# Kinds of names a person has few of, each told by its own fact: an award, a school.
_SIBLING_KINDS = frozenset(["award", "school", "school-en", "high", "high-en"])


def _sibling_name(
    store: Store, analysis: Analysis, supporters: list[Fact]
) -> tuple[Fact, Objection] | None:
    """A name of a kind no supporting fact names (동탑산업훈장, beside the 15 partnerships the
    ministry praised), which a fact about the same subject names otherwise (his award was
    은탑): that fact contradicts it. The fact is found by the name's own words."""
    from factcli.judge.meaning.names import _display_name, name_objection
    from factcli.judge.meaning.subjects import _said_texts

    wanted = [(kind, n) for kind, n, _p in analysis.names if kind in _SIBLING_KINDS]
    if not wanted:
        return None
    named = {
        kind
        for fact in supporters
        for text in _said_texts(fact)
        for kind, _n, _p in names_of(text or "", loose=True)
    }
    subjects = {fact.subject for fact in supporters}
    for kind, name in wanted:
        if kind in named:
            continue  # the supporting facts name one: name_objection weighed it
        # (by its Korean name: the words the store's facts and quotes use)
        query = _display_name(kind, name, True)
        for fact, score, _terms in relevance(store, query, [])[:6]:
            if score < R_SUPPORT or fact.subject not in subjects or fact in supporters:
                continue
            objection = name_objection(analysis, fact, store)
            if objection is not None and objection.reason == "name":
                return fact, objection
    return None


def _weigh_meaning(
    store: Store,
    analysis: Analysis,
    finding: Finding,
    chosen: list[tuple[int, _Reading]],
    values: list[Value],
    offset: int,
    context: str | None,
    related: list[Fact] | None = None,
    *,
    actor: bool = True,
) -> Finding:
    """Turn a supported finding into misleading (or contradicted, by a name) where it must.

    `related`: other facts the sentence speaks of, most relevant first.
    """
    from factcli.judge.meaning.actors import (
        actor_objection,
        holder_objection,
        reference_objection,
        speaker_objection,
        unattributed,
    )
    from factcli.judge.meaning.bounds import (
        bound_objection,
        comparison_objection,
        exactness_objection,
        exclusion_objection,
        range_objection,
        without_objection,
    )
    from factcli.judge.meaning.certainty import (
        certainty_objection,
        intention_objection,
        pending_objection,
    )
    from factcli.judge.meaning.directions import (
        ongoing_objection,
        opposite_objection,
        polarity_objection,
        related_direction_objection,
    )
    from factcli.judge.meaning.figures import (
        as_of_objection,
        binding_objection,
        counted_objection,
        each_objection,
        part_objection,
        respectively_objection,
        total_objection,
    )
    from factcli.judge.meaning.gifts import swap_objection, transfer_objection
    from factcli.judge.meaning.kinds import (
        extreme_objection,
        kin_objection,
        order_objection,
        ordinal_objection,
        owner_objection,
        sibling_objection,
        span_objection,
        specialty_objection,
    )
    from factcli.judge.meaning.names import held_objection, name_objection
    from factcli.judge.meaning.subjects import fact_words

    facts = list(dict.fromkeys(rd.fact.id for _i, rd in chosen))
    by_id = {rd.fact.id: rd for _i, rd in chosen}
    objection = None
    supporters = [by_id[fid].fact for fid in facts]
    for fid in facts:
        fact = by_id[fid].fact
        named = name_objection(analysis, fact, store)
        if named is not None and not any(
            other is not fact and named.found and named.found in fact_words(store, other)
            for other in supporters
        ):
            # (a name another supporting fact holds is that fact's: EXAONE 3.0 to 3.5 took
            # four months, beside the reasoning model's 42 days)
            if _another_model(named) and not _ONLY.search(analysis.text):
                # (but "the only Korean model" names the one: another is wrong)
                # 7.8B is a size of EXAONE 3.5's: what the store says of 3.5 says nothing
                # of 3.0's size, which it does not give. What it says of the sentence's own
                # model may (its release date).
                own = _own_model_conflict(analysis, related or [], values, offset)
                if own is not None:
                    finding.verdict = Verdict.contradicted
                    finding.evidence = [own]
                    return finding
                return Finding(
                    text=finding.text,
                    verdict=Verdict.unverified,
                    facts=finding.facts,
                    explanation=f"{_ANOTHER_MODEL}{named.expected}",
                )
            return _named_conflict(finding, fact, named, offset)
    sibling = _sibling_name(store, analysis, supporters)
    if sibling is not None:
        return _named_conflict(finding, sibling[0], sibling[1], offset)
    # The facts next to a supporter: one may tie the noun the sentence makes a figure the
    # predicate of to another figure (연금 936만 원 beside 소득금액 107만 원; 증여세 776만 원
    # beside the gift of 1억 원).
    kin = [f for f in (related or [])[:6] if f.id not in by_id]
    owners = [*supporters, *(related or [])[:6]]
    for i, rd in chosen:
        value = replace(values[i], start=values[i].start + offset, end=values[i].end + offset)
        objection = (
            range_objection(values[i], rd.slots[i])
            or exactness_objection(analysis, value, rd.slots[i], rd.fact)
            or opposite_objection(analysis, rd.fact)
            or without_objection(analysis, rd.fact)
            or owner_objection(analysis, rd.fact)
            or ordinal_objection(analysis, rd.fact)
            or kin_objection(analysis, rd.fact)
            or respectively_objection(analysis, rd.fact)
            or sibling_objection(analysis, rd.fact)
            or specialty_objection(analysis, rd.fact)
            or extreme_objection(analysis, value, rd.fact)
            or span_objection(analysis, rd.fact)
            or speaker_objection(store, analysis, rd.fact)
            or comparison_objection(analysis)
            or bound_objection(analysis, value, rd.fact)
            or reference_objection(store, analysis, value, rd.fact, rd.slots[i])
            or holder_objection(store, analysis, rd.fact)
            or swap_objection(store, analysis, rd.fact)
            or certainty_objection(analysis, value, rd.fact, rd.slots[i], owners)
            or pending_objection(analysis, rd.fact)
            or polarity_objection(analysis, value, rd.fact)
            or ongoing_objection(analysis, value, rd.fact)
            or binding_objection(analysis, value, rd.fact, supporters, kin)
            or each_objection(analysis, value, rd.fact)
            or counted_objection(analysis, value, rd.fact)
            or part_objection(analysis, value, rd.fact)
            or total_objection(analysis, value, rd.fact)
            or as_of_objection(analysis, value, rd.fact)
        )
        if objection:
            break
    if objection is None:
        for fid in facts:
            objection = transfer_objection(analysis, by_id[fid].fact)
            if objection:
                break
    if objection is None and related:
        # Facts about the same model as the sentence's tell of it too: the first in Korea,
        # its largest size (국내 두 번째 for the first; the smallest of 2.4B, 7.8B and 32B).
        kin_facts = {f.id: f for f in [*related[:6], *_model_kin(store, analysis)]}
        for fact in _same_model_facts(analysis, list(kin_facts.values()), by_id):
            objection = (
                sibling_objection(analysis, fact) or specialty_objection(analysis, fact)
            ) or next(
                (
                    o
                    for i, _rd in chosen
                    if (o := extreme_objection(analysis, values[i], fact)) is not None
                ),
                None,
            )
            if objection:
                break
    if objection is None and related:
        for i, _rd in chosen:
            value = replace(values[i], start=values[i].start + offset)
            objection = intention_objection(analysis, value, supporters, related)
            if objection:
                break
    if objection is None and related:
        objection = related_direction_objection(analysis, supporters, related[:3])
    if objection is None:
        objection = order_objection(analysis, [*supporters, *(related or [])[:4]])
    if objection is None:
        objection = exclusion_objection(analysis, [*supporters, *(related or [])[:3]])
    if objection is None:
        objection = held_objection(store, analysis)
    speakers = [unattributed(store, analysis, f) for f in supporters] if actor else []
    if speakers and all(speakers):
        # X said Y, where the store knows Y but not who said it: not shown true, nor wrong
        speaker = speakers[0]
        return Finding(
            text=finding.text,
            verdict=Verdict.unverified,
            facts=finding.facts,
            explanation=f"the store does not say that {speaker} said this",
        )
    if objection is None and actor:
        first_value: dict[str, int] = {}
        for i, rd in chosen:
            first_value.setdefault(rd.fact.id, values[i].start + offset)
        for fid in facts:
            objection = actor_objection(
                store, analysis, by_id[fid].fact, context, first_value.get(fid)
            )
            if objection:
                break
    if objection is not None and objection.reason == "value":
        source = store.get(objection.fact) or chosen[0][1].fact
        return _named_conflict(finding, source, objection, offset)
    if objection is not None:
        finding.verdict = Verdict.misleading
        finding.reason = objection.reason
        finding.explanation = objection.explanation
        finding.evidence = [replace(e, relation="misleading") for e in finding.evidence]
        if objection.reason == "actor" and objection.end > objection.start and finding.evidence:
            # Who is wrong, not the value: the finding points at the actor the sentence names.
            first = finding.evidence[0]
            finding.evidence.insert(
                0,
                replace(
                    first,
                    found=objection.found,
                    expected=objection.expected,
                    start=objection.start - offset,
                    end=objection.end - offset,
                ),
            )
    return finding


MODEL_KIN_MAX = 24  # facts read for what the store says of a model the sentence names


def _model_kin(store: Store, analysis: Analysis) -> list[Fact]:
    """Facts whose words hold the version of a model the sentence names (EXAONE 2.0: its
    languages, its multimodal input), however little of the sentence's other words they hold."""
    index = store_index(store)
    positions: list[int] = []
    for kind, name, _pos in analysis.names:
        if kind == "model" and re.fullmatch(r"[\d.]+", name) and index.has(name):
            positions += list(index.postings_of(name))[:MODEL_KIN_MAX]
    read = getattr(store.facts, "at", None)
    wanted = list(dict.fromkeys(positions))[:MODEL_KIN_MAX]
    return list(read(wanted)) if read else [store.facts[p] for p in wanted]


def _same_model_facts(
    analysis: Analysis, facts: list[Fact], supporters: Mapping[str, object]
) -> list[Fact]:
    """The facts among `facts` (not the supporters) that name every model the sentence names."""
    models = {name for kind, name, _p in analysis.names if kind == "model"}
    if not models:
        return []
    out = []
    for fact in facts:
        if fact.id in supporters:
            continue
        theirs = {
            name
            for text in (fact.statement, fact.statement_en)
            if text
            for kind, name, _p in names_of(text, loose=True)
            if kind == "model"
        }
        if models <= theirs:
            out.append(fact)
    return out


# A word is a detail of other facts when the store uses it in only a few of them.
DETAIL_SHARE = 0.03
DETAIL_MIN = 6
# Words that say how or how much, not what: the paraphrase of a fact may add them freely.
_LOOSE = frozenset(
    analyze(
        """among only also still already each all every both first last new more most less least
    than about around over under nearly almost just even some such other another same own
    named called said says told according including include includes part parts total
    speaking talking addressing
    한 가운데 중 등 및 또 또한 이미 모두 각각 가장 처음 당시 최초 이후 이전 전 후 때 약
    today now currently presently 현재 지금 오늘날 두고 대해 관해 위한 위해 위하여 사실 직접 level
    즉 분야 both very through 자리 인물 세상"""
        + paraphrases.FILLERS_KO
        + paraphrases.FILLERS_EN
    )
)
# A noun followed by 하다/되다 is the verb of the sentence (평가했다, 공개된): how it is put.
# A verb's stem after a noun (발표했다, 공개된): in a word, after its first syllable.
_VERBAL = (
    *("하", "했", "한", "할", "함", "해", "되", "됐", "된", "될", "돼"),
    *("시키", "시켰", "시킨", "케", "받", "받았", "받은"),
)
_QUOTED = rx.compile("['‘“\"]([^'’”\"]+)['’”\"]")  # no backslash: its pre-test reads the marks
_FIRST_KO = rx.compile(r"(?:최초의?|유일한)\s+([가-힣]{2,})")


def _done_to(word: str) -> str | None:
    """격상된 -> 격상: a word of two or more syllables before 된, 됐던 or 되었던, if word (all
    Hangul) is one (re.fullmatch(r"([가-힣]{2,})(?:된|됐던|되었던)", word).group(1))."""
    for ending in ("된", "됐던", "되었던"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return None


# Capitalised at the start of a sentence, not names.
_OPENERS = frozenset(
    [
        "after",
        "before",
        "during",
        "since",
        "until",
        "while",
        "when",
        "although",
        "as",
        "at",
        "in",
        "on",
        "by",
        "for",
        "with",
        "from",
        "then",
        "also",
        "however",
        "last",
        "next",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "both",
        "each",
        "all",
        "some",
        "many",
        "most",
        "only",
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "korea",
        "korean",
        "south",
        "national",
        "global",
        "ai",
    ]
)
# Nouns that only carry grammar (것으로, 수 있다, 때문에).
_DEPENDENT = ("것", "수", "때문", "뿐", "데", "바")
# Titles written beside a name (배 후보자, 배경훈 장관): who, not what.
_TITLES = frozenset(
    analyze(
        "후보자 장관 원장 연구원장 위원장 대표 수석 비서실장 대통령 차관 전무 상무 부사장 교수 박사 씨"
    )
)


def _foreign_terms(
    store: Store,
    analysis: Analysis,
    chosen: list[tuple[int, _Reading]],
    values: list[Value],
    offset: int,
    coverage: Coverage,
) -> Iterator[tuple[str, list[int], bool]]:
    """Names and things in the clauses of the values that no supporting fact holds and only a
    few other facts do, with those facts' positions.

    Korean nouns (임명장), and English words written as names (Epoch, Nvidia): English common
    words are left alone, a paraphrase brings its own (report, joined). So are words the store
    never uses, verbs (평가했다), titles and words of degree.
    """
    from factcli.judge.meaning.subjects import fact_words

    mine = {coverage.positions[rd.fact.id] for _i, rd in chosen if rd.fact.id in coverage.positions}
    if not mine:
        return
    told = " ".join(fact_words(store, rd.fact) for rd in {id(rd): rd for _i, rd in chosen}.values())
    said = re.sub(r"\s+", "", told).lower()
    # Long Korean compounds of the facts, by their first two syllables (박사학위 -> 박사).
    heads = {w[:2] for w in hangul_words(told, 4)}
    spans = sorted(
        {
            (c.start, c.end)
            for c in (analysis.clause_at(values[i].start + offset) for i, _rd in chosen)
        }
    )
    limit = max(DETAIL_MIN, int(DETAIL_SHARE * len(store.facts)))
    seen: set[str] = set()
    for start, end in spans:
        clause = analysis.text[start:end]
        quoted = "".join(m.group(1) for m in _QUOTED.finditer(clause))
        words = []
        for found in hangul_runs(clause, 2):
            w = found.group()
            done = _done_to(w)
            if done:
                # 격상된 과기부: what the sentence says was done to a thing is a thing told
                words.append((done, False))
                continue
            if any(ending in w[1:] for ending in _VERBAL) or w.startswith(_DEPENDENT):
                continue
            if _TIME_FRAME.match(clause, found.end()):
                continue  # 청문회를 앞두고: when it happened, not a thing done
            # A common noun counts as the thing done or the doer (임명장을, 보고서가), or as
            # words quoted; not a word that may be a verb's ending (늘리는, 정도로). A word
            # before a Latin one may be a transcribed name (에포크 AI가): see _glossed.
            if _is_name(store, w):
                words.append((w, True))
            elif (
                (len(w) >= 3 and w[-1] in "을를이가")  # an object or a subject
                or w in quoted
                or re.match(r" [A-Z]", clause[found.end() : found.end() + 2])
            ):
                words.append((w, False))
        words += [
            (m.group(), True)
            for m in re.finditer(r"\b[A-Z][A-Za-z]+", clause)
            if m.group().lower() not in _OPENERS
            and not any(m.group().lower() in names for names in MONTH_WORDS)
        ]
        # What a "first" or "only" thing was (the first hybrid model, the first reasoning
        # one) tells it from its kin: a thing, foreign when a fact that holds the word
        # disagrees with the sentence. Other English words are left to paraphrase.
        words += [
            (w, False)
            for m in re.finditer(
                r"\b(?:first|only|largest|biggest|sole)((?:\s+[a-z-]{4,}){1,2})", clause
            )
            for w in m.group(1).split()
        ]
        words += [(m.group(1), False) for m in _FIRST_KO.finditer(clause)]
        for word, named in words:
            for term in analyze(word):
                if term in seen:
                    continue
                seen.add(term)
                got = coverage.hits.get(term)
                if (
                    not got
                    or term in _LOOSE
                    or term in _ROLE_WORDS
                    or term in _TITLES
                    or is_predicate(term)
                    or len(term) < 2
                    or any(got.get(p, 0.0) > 0 for p in mine)
                    or _said(said, heads, term, strip_particle(word, min_stem=2).lower())
                    # (the supporter's own word, said otherwise: 확대 for its 늘리기)
                    or any(_paraphrased(term, rd.fact) for _i, rd in chosen)
                ):
                    continue
                strong = sorted(p for p, w in got.items() if w >= 0.8)
                if 1 <= len(strong) <= limit:
                    yield term, strong, named or _glossed(store, word, strong)


_TIME_FRAME = rx.compile(r"\s*(?:앞두고|앞둔|앞서|직전|직후|이후|전후|무렵|당시)")


def _glossed(store: Store, word: str, positions: list[int]) -> bool:
    """A Korean word the store writes with its name in Latin letters (에포크 AI(Epoch AI),
    스탠퍼드대(Stanford)): a transcribed name, another party when no supporter holds it."""
    stem = strip_particle(word, min_stem=2)
    if not is_hangul(stem, 2):
        return False
    gloss = re.compile(re.escape(stem) + r"[가-힣]{0,2}\s*(?:[A-Za-z]+\s*)?\(\s*[A-Z]")
    return any(gloss.search(store.facts[p].statement or "") for p in positions)


@functools.cache
def _same_words() -> dict[str, tuple[str, ...]]:
    """word -> the words that mean the same (the synonym groups, not the topic words)."""
    from factcli.text.synonyms import build

    return build(topics=False)


def _said(said: str, heads: set[str], *forms: str) -> bool:
    """One of a word's forms, or a synonym of it, is in a fact's squashed text; a long Korean
    compound shares its first two syllables with one of the fact's (박사과정, 박사학위)."""
    table = _same_words()
    if any(len(f) >= 4 and is_hangul(f) and f[:2] in heads for f in forms):
        return True
    return any(
        f in said or any(re.sub(r"\s+", "", w).lower() in said for w in table.get(f, ()))
        for f in forms
        if f
    )


def _is_name(store: Store, word: str) -> bool:
    """A Korean word that names a subject of the store or reads as an organisation's name."""
    from factcli.judge.meaning.subjects import is_name

    return is_name(store, strip_particle(word, min_stem=2))


def _subject_of(store: Store, analysis: Analysis, context: str | None) -> str | None:
    """Whom the next sentence's pronoun (그는, he) refers to."""
    from factcli.judge.meaning.subjects import resolve

    if analysis.actor:
        return resolve(store, analysis.actor) or context
    return context


def check_text(store: Store, text: str, *, skip: frozenset[str] = frozenset()) -> Finding:
    """One claim (one or more sentences) -> one verdict.

    Every sentence is judged: contradicted if any is (with every wrong value of every
    sentence), else misleading if any is, else supported only if every sentence with a value
    is.
    """
    index = store_index(store)
    # Each sentence with where it starts in the claim: its evidence is placed in the claim.
    # (Lines as the sentence splitter counts them: \r, \u2028 and the like end one too.)
    starts = list(itertools.accumulate((len(x) for x in text.splitlines(keepends=True)), initial=0))
    parts = [
        (s.text, starts[min(s.line, len(starts)) - 1] + s.column - 1) for s in sentences(text)
    ] or [(text, 0)]
    findings = []
    context: str | None = None
    for part, offset in parts:
        found = judge(store, part, index=index, skip=skip, context=context)
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
    valued = [f for f in findings if claim_values(f.text)]
    if valued and all(f.verdict is Verdict.supported for f in valued):
        evidence = [e for f in valued for e in f.evidence]
        return Finding(text, Verdict.supported, evidence=evidence, facts=facts)
    return Finding(text, Verdict.unverified, facts=facts)


def check_document(
    store: Store, text: str, *, skip: frozenset[str] = frozenset()
) -> Iterator[Finding]:
    """Every sentence of a draft with something checkable, with its line and column.

    A pronoun refers to the subject of an earlier sentence of the same paragraph (a blank
    line ends a paragraph).
    """
    index = store_index(store)
    for sentence, context in document_claims(store, text):
        finding = judge(store, sentence.text, index=index, skip=skip, context=context)
        finding.line, finding.column = sentence.line, sentence.column
        yield finding


def document_claims(store: Store, text: str) -> Iterator[tuple[Sentence, str | None]]:
    """The sentences of a draft that check_document judges (those with a value), each with
    the subject a pronoun of it refers to (of the paragraph: a blank line ends one)."""
    context: str | None = None
    last_line = 0
    for sentence in sentences(text):
        if sentence.line > last_line + 1:
            context = None  # a new paragraph
        last_line = sentence.line
        analysis = analyze_sentence(sentence.text)
        if analysis.values:
            yield sentence, context
        context = _subject_of(store, analysis, context)
