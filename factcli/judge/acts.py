"""Events and acts: which events a fact tells of, whether two acts agree or undo each other."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.korean import with_final

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
# ... and of a holding the source tells of (declared, held): sold, paid off or closed, where
# the source tells of no such act (Bae sold his 2010 Genesis, of the car he declared)
_DISPOSED = (("sell", "hold"), ("repay", "hold"))
# ... and of a figure, by the verb the source gives that very figure (received for paid: the
# tax she paid, where the fact also tells of the gift she received)
_FIGURE_SIDES = (*_UNDOING[:2], ("receive", "pay"), ("lend", "borrow"), ("gift", "borrow"))
# ... and told of one side alone: a gift, where the figure is the tax paid on it (the gift to
# his daughter was 776만 원: the daughter paid 776만 원 of gift tax)
_TAX_SIDES = (("gift", "pay"),)


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
    said: frozenset[str],
    stated: frozenset[str],
    pairs: tuple[tuple[str, str], ...] = _UNDOING,
    alone: tuple[tuple[str, str], ...] = (),
) -> bool:
    """The sentence tells of the undoing of what the source tells (sold, for bought); of the
    pairs `alone`, only where it tells of that side alone."""
    return any(
        x in said and x not in stated and y in stated for a, b in pairs for x, y in ((a, b), (b, a))
    ) or any(
        x in said and y not in said and x not in stated and y in stated
        for a, b in alone
        for x, y in ((a, b), (b, a))
    )


def disposed_unheld(
    store: Store, text: str, said: frozenset[str], facts: list[Fact], beside: Sequence[Fact] = ()
) -> str | None:
    """Why facts that agree with a sentence do not hold it: the sentence tells of a holding
    disposed of (sold, repaid, closed), and none of them tells of that act, only of the
    holding (Bae sold his 2010 Genesis, of the car he declared); nor does a fact `beside`
    them the sentence speaks of (her stocks sold in full, beside their figures)."""
    told = [_fact_events(f) for f in facts]
    near = [_fact_events(f) for f in beside if _names_thing(store, text, f, facts)]
    for act, held in _DISPOSED:
        if (
            act in said
            and not any(act in e for e in (*told, *near))
            and any(held in e for e in told)
        ):
            return f"the source tells of it as held, not {_DONE_WORDS[act]}"
    return None


_DONE_WORDS = {"sell": "sold", "repay": "repaid"}
# Words of the sale itself and of whose it was: no thing that was sold.
_SALE_WORDS = frozenset(["sold", "sell", "매각", "매도", "처분", "전량", "모두", "all"])


def _names_thing(store: Store, text: str, fact: Fact, holding: Sequence[Fact]) -> bool:
    """Whether the fact names a thing of the sentence (해외 주식, shares) that a fact of the
    holding names too, beside its people and the words of selling: the same holding, not
    another sold (his home)."""
    from factcli.text.terms import analyze

    def words(f: Fact) -> set[str]:
        return set(analyze(f"{f.statement} {f.statement_en or ''}"))

    told = words(fact) & {t for f in holding for t in words(f)}
    people = {
        t
        for s in store.subjects.values()
        for n in (s.name, s.name_en, *s.aliases)
        if n
        for t in analyze(n)
    }
    return any(
        t in told
        for t in analyze(text)
        if len(t) >= (3 if t.isascii() else 2)
        and not t.isdigit()
        and t not in _SALE_WORDS
        and t not in people
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


# Where a sentence joins two statements of its own (증여하고 … 샀다, 진흥이라며 … 미루겠다,
# "Born in Seoul, Bae studied …", "paid the gift tax, and then bought …"): a coordinating
# ending of a verb or the copula; in English "and" before a verb, or the comma after a
# leading participle. Not a bare comma (an apposition: "EXAONE 3.5, specialised in …"),
# nor 하면서 (at the same time) nor 뒤/전 (before, after): those tell how the two relate,
# which no one fact holds.
_JOINED = rx.compile(
    r"(?<=[가-힣])(?:하고|되고|받고|내고|맺고|하며|되며|이라며|라며|이며)(?=[\s,])"
    # (one act after another: 증여세를 낸 뒤, 납부한 다음)
    r"|(?<=["
    + with_final("ㄴ").replace("면", "")  # (낸, 한; not 면)
    + r"]\s)(?:뒤|다음|후)(?:에)?(?=[\s,])(?!\s*(?:달|날|해|주|번|분기)(?![가-힣]))"
    r"|,?\s+and\s+(?:then\s+|later\s+)?(?=[a-z]+(?:ed|ought|aid|ave|ook|ent|ame|ew|old|eld|eft|"
    r"ecame|egan|on|ade|ut|et)\b)"
)
