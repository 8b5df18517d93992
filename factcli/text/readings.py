"""Readings of a text (analysis.analyze_sentence, values_of, names_of) as plain JSON data, and back.

What the cache keeps of a fact's texts, so that a fact is read once rather than by every
command that weighs it. Data only: lists, strings, numbers, booleans and null, written from
the readings' fields; reading builds only Value, Clause, Analysis, PartialDate, Decimal and
frozensets of strings, checking every type on the way, and raises ValueError for anything
else. A reading read back equals the one written (`decode(encode(x)) == x`).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from factcli.text.analysis import Analysis, Clause, Value
from factcli.text.dates import PartialDate

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any

KINDS = ("analysis", "values", "names")


def encode(what: str, text: str, reading: Any) -> str:
    """The reading of `text` (one of KINDS) as JSON text."""
    if what == "analysis":
        data: Any = _analysis(reading, text)
    elif what == "values":
        data = [_value(v) for v in reading]
    elif what == "names":
        data = [list(n) for n in reading]
    else:
        raise ValueError(f"not a kind of reading: {what!r}")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode(what: str, text: str, data: str) -> Any:
    """The reading of `text` kept as `data`; ValueError when it is not one."""
    try:
        raw = json.loads(data)
        if what == "analysis":
            return _to_analysis(raw, text)
        if what == "values":
            return tuple(_to_value(v) for v in _list(raw))
        if what == "names":
            return tuple(_to_name(n) for n in _list(raw))
    except (TypeError, KeyError, IndexError, RecursionError, InvalidOperation) as exc:
        raise ValueError(f"not a reading: {exc}") from None
    raise ValueError(f"not a kind of reading: {what!r}")


# --- writing ----------------------------------------------------------------------------------
def _date(d: PartialDate | None) -> Any:
    return None if d is None else [d.year, d.month, d.day]


def _number(n: Decimal | None) -> str | None:
    return None if n is None else str(n)


def _value(v: Value) -> list[Any]:
    return [
        v.family,
        v.text,
        v.start,
        v.end,
        _date(v.date),
        _number(v.amount),
        v.unit,
        v.approx,
        v.bound,
        _number(v.high),
        v.role,
        sorted(v.events),
        v.beside,
        _date(v.anchor),
        list(v.bound_at) if v.bound_at is not None else None,
        v.reported,
        v.told,
    ]


def _clause(c: Clause, text: str) -> list[Any]:
    # A clause's text is its span of the sentence: kept once, as the key.
    if text[c.start : c.end] != c.text:
        raise ValueError("a clause that is not a span of its sentence")
    return [
        c.start,
        c.end,
        c.certainty,
        c.marker,
        sorted(c.events),
        c.negated,
        c.ongoing,
        c.end_object,
        c.subject,
    ]


def _analysis(a: Analysis, text: str) -> list[Any]:
    if a.text != text:
        raise ValueError("the analysis of another text")
    return [
        [_value(v) for v in a.values],
        [_clause(c, text) for c in a.clauses],
        a.actor,
        list(a.actor_span) if a.actor_span is not None else None,
        [list(n) for n in a.names],
        a.korean,
        a.pronoun,
    ]


# --- reading: every field's type is checked -----------------------------------------------------
def _list(x: Any, size: int | None = None) -> list[Any]:
    if type(x) is not list or (size is not None and len(x) != size):
        raise TypeError("not a list of the right size")
    return x


def _str(x: Any) -> str:
    if type(x) is not str:
        raise TypeError("not a string")
    return x


def _opt_str(x: Any) -> str | None:
    return None if x is None else _str(x)


def _int(x: Any) -> int:
    if type(x) is not int:
        raise TypeError("not an integer")
    return x


def _opt_int(x: Any) -> int | None:
    return None if x is None else _int(x)


def _bool(x: Any) -> bool:
    if type(x) is not bool:
        raise TypeError("not a boolean")
    return x


def _words(x: Any) -> frozenset[str]:
    if type(x) is not list:
        raise TypeError("not a list")
    if not x:
        return frozenset()
    if not all(type(w) is str for w in x):
        raise TypeError("not a string")
    return frozenset(x)


def _to_number(x: Any) -> Decimal | None:
    return None if x is None else Decimal(_str(x))


def _to_date(x: Any) -> PartialDate | None:
    if x is None:
        return None
    y, m, d = _list(x, 3)
    return PartialDate(_opt_int(y), _opt_int(m), _opt_int(d))  # checks the calendar


# The checks of a value's and a clause's fields are spelled out, in one test each: a draft at
# 100,000 facts reads ~5,000 values, and a call per field was most of the time.


def _to_value(x: Any) -> Value:
    if type(x) is not list or len(x) != 17:
        raise TypeError("not a list of the right size")
    f, t, s, e, date, amount, unit, approx, bound, high, role, events, beside = x[:13]
    anchor, bound_at, reported, told = x[13:]
    if (
        type(f) is not str
        or type(t) is not str
        or type(s) is not int
        or type(e) is not int
        or type(approx) is not bool
        or type(beside) is not bool
        or type(reported) is not bool
        or type(told) is not bool
        or (unit is not None and type(unit) is not str)
        or (bound is not None and type(bound) is not str)
        or (role is not None and type(role) is not str)
    ):
        raise TypeError("a value's field of another type")
    return Value(
        f,
        t,
        s,
        e,
        date=None if date is None else _to_date(date),
        amount=None if amount is None else _to_number(amount),
        unit=unit,
        approx=approx,
        bound=bound,
        high=None if high is None else _to_number(high),
        role=role,
        events=_words(events),
        beside=beside,
        anchor=None if anchor is None else _to_date(anchor),
        bound_at=None if bound_at is None else _to_span(bound_at),
        reported=reported,
        told=told,
    )


def _to_span(x: Any) -> tuple[int, int]:
    a, b = _list(x, 2)
    if type(a) is not int or type(b) is not int:
        raise TypeError("a span of another type")
    return a, b


def _to_clause(x: Any, text: str) -> Clause:
    if type(x) is not list or len(x) != 9:
        raise TypeError("not a list of the right size")
    start, end, certainty, marker, events, negated, ongoing, end_object, subject = x
    if (
        type(start) is not int
        or type(end) is not int
        or type(certainty) is not str
        or (marker is not None and type(marker) is not str)
        or type(negated) is not bool
        or type(ongoing) is not bool
        or (end_object is not None and type(end_object) is not str)
        or (subject is not None and type(subject) is not str)
    ):
        raise TypeError("a clause's field of another type")
    if not 0 <= start <= end <= len(text):
        raise TypeError("a clause outside its sentence")
    return Clause(
        start,
        end,
        text[start:end],
        certainty,
        marker,
        _words(events),
        negated,
        ongoing,
        end_object,
        subject,
    )


def _to_name(x: Any) -> tuple[str, str, int]:
    kind, name, pos = _list(x, 3)
    return (_str(kind), _str(name), _int(pos))


def _to_analysis(x: Any, text: str) -> Analysis:
    values, clauses, actor, span, names, korean, pronoun = _list(x, 7)
    if span is not None:
        a, b = _list(span, 2)
        span = (_int(a), _int(b))
    return Analysis(
        text=text,
        values=tuple(_to_value(v) for v in _list(values)),
        clauses=tuple(_to_clause(c, text) for c in _list(clauses)),
        actor=_opt_str(actor),
        actor_span=span,
        names=tuple(_to_name(n) for n in _list(names)),
        korean=_bool(korean),
        pronoun=_bool(pronoun),
    )
