"""A claim's values against a fact's slots: the same number, the same date, a fact's own values."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from factcli.judge.acts import _fact_events, _same_role
from factcli.judge.births import _age_at, _is_birth
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import FAMILY, Value, analyze_sentence, values_of
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.records import replace

TOLERANCE = Decimal("0.05")  # for hedged values (약, 정도, about)
ROUNDING = Decimal("0.005")  # a rounder number within 0.5% is the same number, rounded
ROUNDING_ONE = Decimal("0.02")  # ... within 2%, a number of one significant digit

_DURATION_DAYS = {"day": Decimal(1), "week": Decimal(7), "month": Decimal(30), "year": Decimal(365)}
# Units counted exactly in one another (12개월 is 1년; 30 days only about a month).
_MONTHS = {"month": Decimal(1), "year": Decimal(12)}
_GENERIC = {None, "item"}


# The events of an end: what is done when a span is over (a degree received, a post left).
_ENDING = frozenset(["receive", "graduate", "end"])


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
                # (either language: 열었다 is a meeting, "held" a holding of it)
                told = [fact.statement, fact.statement_en or ""]
                own = frozenset().union(
                    *(
                        v.events
                        for text in told
                        if text
                        for v in analyze_sentence(text).values
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
                    reported=name in ("date", "stated") and said_that_day(fact),
                )
            )
            aged = birth is not None and not born and name in ("date", "start", "end")
            age = _age_at(birth, date) if birth is not None and aged else None
            # (a span's ages: at its start, of beginning it; at its end, of finishing it, a
            # degree received or a post left; a doctorate earned at 30, not at its start's 26)
            if name == "start" and getattr(fact, "end", None):
                own = (own - _ENDING) | {"start", "enroll"}
            elif name == "end":
                own = (events & _ENDING) | {"end"}
            if age is not None and fact.kind != "age":
                slots.append(
                    Value("age", str(age), amount=Decimal(age), unit="years", role=name, events=own)
                )
            elif aged and birth is not None and birth.year and date.year and fact.kind != "age":
                # (a year alone: one of two ages, before or after that year's birthday, so
                # joining LG in 2016 was at 39 or 40, not at 44)
                low = date.year - birth.year - 1
                slots.append(
                    Value(
                        "age",
                        f"{low}–{low + 1}",
                        amount=Decimal(low),
                        high=Decimal(low + 2),
                        bound="range",
                        unit="years",
                        role=name,
                        events=own,
                    )
                )
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

# What a statement reports as said (a quotation; the words before 라고, 다며; after "said"):
# what happened that day is in the rest.
_QUOTED = rx.compile(r"“[^”]*”|\"[^\"]*\"")
_REPORTED_KO = rx.compile(r"(?:다|라|이라|냐|자)(?:고|며|면서)\s")
_TOPIC_KO = rx.compile(r"\S+(?:은|는)\s")
_SETTING_KO = rx.compile(r"(?:식|회|회의|청문회|간담회|포럼|행사|기자회견|회견|자리|현장)에서\s")
_SAYING_EN = rx.compile(
    r"(?i:\b(?:said|says|told|described|denied|argued|explained|stated|claimed|admitted|"
    r"insisted|noted|added|pledged|vowed|promised|stressed|emphasi[sz]ed)\b)"
)
_SAID_THAT_DAY: dict[tuple[str, str, str, str, str], bool] = {}


def said_that_day(fact: Fact) -> bool:
    """Whether a fact is dated only by the day it was said and that day holds nothing but the
    saying: what was said (an award received before, a home sold) is not dated by it (강훈식
    비서실장은 2025년 6월23일 … 은탑 산업훈장을 받은 분이라고 말했다: no award on June 23)."""
    stated = getattr(fact, "stated", None)
    if not stated or fact.date not in (None, stated):
        return False
    # (by everything it is read from: a store edited in a long-running editor session)
    key = (fact.id, fact.statement, fact.statement_en or "", str(fact.date), str(stated))
    found = _SAID_THAT_DAY.get(key)
    if found is None:
        found = _SAID_THAT_DAY[key] = _only_said(fact)
    return found


def _only_said(fact: Fact) -> bool:
    narrated: list[str] = []
    korean = _QUOTED.sub(" ", fact.statement)
    dates = [v for v in values_of(korean) if v.date is not None]
    reported = list(_REPORTED_KO.finditer(korean))
    topic = _TOPIC_KO.match(korean)
    start = dates[0].end if dates else topic.end() if topic else None
    if start is not None and reported and reported[-1].start() > start:
        # (what was said runs from the day, the speaker or the occasion after them, to 라고:
        # 7월24일 … 간담회에서 | … 출발점이라고 말했다)
        cut = start
        for at in _SETTING_KO.finditer(korean, cut, reported[-1].start()):
            cut = at.end()
        korean = korean[:cut] + " " + korean[reported[-1].start() :]
    narrated.append(korean)
    english = fact.statement_en or ""
    if m := _SAYING_EN.search(english):
        narrated.append(english[: m.end()])
    elif english:
        narrated.append(english)
    events: set[str] = set()
    for text in narrated:
        for clause in analyze_sentence(text).clauses:
            events |= clause.events
    return "say" in events and events <= {"say"}


# A figure a text sets aside (본인 지분(5분의 3)을 제외한 나머지, the rest beyond his own
# three-fifths share): not what the fact gives, nor a value a claim stands in for.
_EXCLUDED_AFTER = rx.compile(r"[^.,;]{0,12}?(?:을|를)\s*(?:제외한|뺀|제외하고|빼고)")
_EXCLUDED_BEFORE = rx.compile(
    r"(?i:\b(?:beyond|apart from|other than|excluding|except)\b[^.,;]{0,40}$)"
)


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
            if claim.unit in _MONTHS and fact.unit in _MONTHS:
                a, b = a * _MONTHS[claim.unit], b * _MONTHS[fact.unit]
            else:
                a, b = a * _DURATION_DAYS[claim.unit], b * _DURATION_DAYS[fact.unit]
            if claim.bound not in ("min", "max") or fact.bound == "range":
                return abs(a - b) <= b * TOLERANCE
            # (두 달도 걸리지 않았다, for 42일: a ceiling in another unit, weighed below)
    elif claim.family == "count":
        if claim.unit not in _GENERIC and fact.unit not in _GENERIC and claim.unit != fact.unit:
            return None
    elif claim.unit and fact.unit and claim.unit != fact.unit:
        return None
    if "limit" in claim.events and a == b:
        return True  # (한도인 6억 원을 넘었다: the limit itself, not "6억 or more")
    if (
        claim.bound in ("min", "max")
        and "condition" not in claim.events
        and fact.bound
        in (
            None,
            "range",
        )
    ):
        # A floor or a ceiling the sentence gives (more than 3.7 billion, 40억 원에 못
        # 미친다): true where the source's figure lies beyond it, false where it does not,
        # however near (36억9767만 is not more than 37억). A range's low end for a floor,
        # its high end for a ceiling.
        high = fact.high if fact.bound == "range" and fact.high is not None else b
        if a == b and fact.bound is None:
            # (the figure itself: 3% or more for 3%, weighed as a range after; not more than
            # 13 for 13, 13개가 넘는)
            return "strict" not in claim.events or fact.approx
        # Only near it: a figure far beyond a bound is another quantity's more likely than
        # this one's (less than 1억 for the daughter's 1819만 of deposits, where the sentence
        # speaks of her deposits and securities together, 1억368만).
        # (or far short of it: 1819만 of her deposits is not what "his deposits exceed 1억"
        # is about)
        if a > 0 and not (a / 2 <= (b if claim.bound == "min" else high) <= 2 * a):
            return None
        if fact.bound == "range":
            return b >= a if claim.bound == "min" else high <= a  # (40억 원대 is over 40억)
        return b > a if claim.bound == "min" else high < a
    if claim.bound == "range" and claim.high is not None:
        if fact.bound == "range" and fact.high is not None:
            return a == b and claim.high == fact.high
        return a <= b <= claim.high and not (b == claim.high and a != b)
    if fact.bound == "range" and fact.high is not None:
        return b <= a < fact.high  # an exact figure inside the source's range (meaning: range)
    if a == b:
        return True
    if "exact" in claim.events and not fact.approx and fact.bound is None:
        return False  # (exactly 37억, where the source says 36억9767만)
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
    return (
        (diff <= abs(b) * ROUNDING and _rounder(a, b))
        or _rounds_to(a, b)
        # (one significant digit: 10만 원어치 for 10만1000 원, the way headlines round;
        # not 7억5천만 for 7억4500만, two digits, another figure)
        or (_digits(a) == 1 and _digits(b) >= 3 and diff <= abs(b) * ROUNDING_ONE)
    )


def _rounds_to(claim: Decimal, fact: Decimal) -> bool:
    """The claim is the fact rounded to the claim's significant digits, three or more (171
    million for 171.24 million, 85.5 million for 85.49 million; not 170 million, which may
    as well be another figure rounded: 7억5천만, the loan, beside 7억4500만 of debts)."""
    shown = claim.normalize()
    digits = len(str(shown).split("E")[0].replace(".", "").replace("-", "").lstrip("0").rstrip("0"))
    if digits < 3 or claim == fact or claim <= 0 or fact <= 0:
        return False
    exponent = fact.adjusted() - digits + 1
    rounded = fact.scaleb(-exponent).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(exponent)
    return rounded == claim


def _digits(x: Decimal) -> int:
    """Significant digits: 2 of 37억, 6 of 36억9767만."""
    return len(str(x.normalize()).split("E")[0].replace(".", "").replace("-", "").rstrip("0"))


def _rounder(claim: Decimal, fact: Decimal) -> bool:
    """The claim has fewer significant digits than the fact (37억 for 36억9767만)."""
    return _digits(claim) < _digits(fact)


def _relation(claim: Value, slot: Value, *, strict: bool = True) -> str | None:
    """agree / conflict / unknown (claim more precise than the store) / None (not comparable).

    Strictly, values compare only in the same role: a birth year with a birth date, a model
    year with a model year, a date the sentence says something ended with an end date. Not
    strictly (to find out what a misleading sentence took for what), any date with any date.
    """
    if claim.role == "day-of-month":
        # (12일 간담회에서: the day of a dated slot's month, the month left to the article)
        if slot.family != "date" or slot.date is None or not slot.date.day:
            return None if slot.family != "duration" else _duration(claim, slot)
        if slot.role == "stated" and "say" not in claim.events:
            return None
        return "agree" if slot.date.day == claim.amount else None
    if slot.role == "day-of-month":
        return None  # (a fact's 12일, the 12th of its month, is no span of twelve days)
    if claim.family in _DATES:
        if slot.family not in _DATES or claim.date is None or slot.date is None:
            return None
        if claim.family in ("birth", "model-year") and slot.family != claim.family:
            return None
        if strict and not _same_role(claim, slot):
            return None
        if not claim.date.shares(slot.date):
            return None  # (2019 against the source's 3월5일 of no year: nothing to compare)
        if (
            slot.reported
            and claim.events
            and not claim.told
            and not claim.events & {"say", "content"}
        ):
            # (received the order on June 23, 2025, the day Kang said he had received it: the
            # day of the saying dates nothing the sentence says was done)
            return None
        if slot.role == "stated" and claim.events and not claim.events & {"say", "release"}:
            # The day a thing was said is not the day of what the sentence says was done
            # (the press conference was held on the 12th; the article said so on the 14th).
            return None
        if (
            claim.bound in DATE_BOUNDS
            and claim.date.year
            and slot.date.year
            and slot.role != "deadline"
        ):
            # (born before 1980, 2010년 이후에 받았다: a bound the source's day meets or not;
            # the day a thing was said bounds nothing done)
            if slot.role == "stated" or ("say" in slot.events and "say" not in claim.events):
                return None  # (Kang's words of the award, on 2025-06-23: after 2024, not it)
            if claim.events and slot.events and not claim.events & slot.events - {"say"}:
                # (a bound holds for many days: only a day of the sentence's own act meets it;
                # a 2023 award is before 2040, but no commercialisation of SMRs)
                return None
            met = _within_bound(claim.bound, claim.date, slot.date)
            if met == "conflict" and not claim.events & slot.events:
                return None  # (after 2016 he worked at LG: the 2011 post elsewhere denies none)
            return met
        if not claim.date.agrees(slot.date):
            # When a thing was said agrees with a date, it never contradicts one: the date
            # in "2030년까지" is not the day of the press conference.
            said = "say" in claim.events
            if slot.role == "stated" and not said:
                return None
            if slot.role == "end" and claim.role is None and not claim.events:
                # (지냈고, served: a date of the post, not of its end; the day he left is
                # wrong only where the sentence tells of leaving)
                return None
            if (
                claim.role == "start"
                and slot.events & {"say", "meet"}
                and not claim.events & slot.events
            ):
                return None  # a start is not the day of a hearing where it was spoken of
            return "conflict"
        return "agree" if _precision(claim.date) <= _precision(slot.date) else "unknown"
    if strict and claim.role == "change" and slot.role != "change":
        return None  # (a difference the sentence gives is no figure of the thing itself)
    return _duration(claim, slot) if claim.family == "duration" else _number(claim, slot)


def _number(claim: Value, slot: Value) -> str | None:
    same = _same_number(claim, slot)
    return None if same is None else ("agree" if same else "conflict")


_duration = _number


_DATES = ("date", "birth", "model-year")
# How a date may bound a sentence's day (text.analysis._date_bound).
DATE_BOUNDS = ("before", "after", "by", "since", "before-or-in", "in-or-after")


def _within_bound(bound: str, told: PartialDate, day: PartialDate) -> str | None:
    """agree when every day the source's date may be meets the bound, conflict when none
    does, None when some do (after 2010, for a source's 2010: its months after are unknown)."""
    first, last = day.first_day(), day.last_day()
    low, high = told.first_day(), told.last_day()
    meets = {
        "before": (last < low, first >= low),
        "by": (last <= high, first > high),
        "after": (first > high, last <= high),
        "since": (first >= low, last < low),
        # (2024년 이전, 이후: whether the year itself is in, Korean usage leaves open)
        "before-or-in": (last < low, first > high),
        "in-or-after": (first > high, last < low),
    }[bound]
    return "agree" if meets[0] else "conflict" if meets[1] else None


def _sums_to(values: list[Value], fact: Fact) -> bool:
    """The sentence's amounts (two or more, of one unit) add up to the fact's own figure: they
    are its parts, not other values of it."""
    amounts = [v for v in values if v.amount is not None and v.family == "money"]
    if len(amounts) < 2 or not isinstance(fact.value, int | float) or isinstance(fact.value, bool):
        return False
    if len({v.unit for v in amounts}) > 1 or amounts[0].unit != fact.unit:
        return False
    return sum(v.amount for v in amounts if v.amount is not None) == Decimal(str(fact.value))


def _precision(date: PartialDate) -> int:
    return {"year": 1, "month": 2, "day": 3}[date.precision]
