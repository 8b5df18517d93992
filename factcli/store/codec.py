"""Model objects <-> JSON, generically and data only: what the cache stores instead of pickles.

Any class of factcli.store.model is written as its class name and its init fields' values
in declaration order, so a field added to Fact passes through the cache without being listed
here. Reading builds only those classes, from plain JSON values: nothing read can run code.
`schema()` names every class's fields; the cache stores it and is rebuilt when it differs.
"""

from __future__ import annotations

import json
import operator

from factcli.store import model

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any

# class name -> (class, names of its init fields), built on first use
_CLASSES: dict[str, tuple[type, tuple[str, ...]]] = {}


def _classes() -> dict[str, tuple[type, tuple[str, ...]]]:
    if not _CLASSES:
        for name, cls in vars(model).items():
            if isinstance(cls, type) and issubclass(cls, model.Record) and cls is not model.Record:
                _CLASSES[name] = (cls, cls._fields)
    return _CLASSES


def schema() -> str:
    """The field lists of the model's classes: a cache written for others is not read."""
    return json.dumps({name: names for name, (_cls, names) in sorted(_classes().items())})


_PLAIN = frozenset({str, int, bool, type(None)})
_GETTERS: dict[type, tuple[str, Any]] = {}  # a model class -> (its name, a getter of its fields)


def encode(value: Any) -> Any:
    """A model object (or plain value) -> JSON-able data; TypeError for anything else.

    Tuples are JSON arrays; lists, dicts, Decimals and model objects are tagged objects.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    cached = _GETTERS.get(kind)
    if cached is not None:  # a model object: its fields read at once, plain values kept as is
        return {
            "$c": cached[0],
            "v": [v if type(v) in _PLAIN else encode(v) for v in cached[1](value)],
        }
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise TypeError("a non-finite float")
        return value
    if kind is tuple:
        return [encode(v) for v in value]
    if kind is list:
        return {"$l": [encode(v) for v in value]}
    name = kind.__name__
    if kind is dict:
        return {"$d": [[encode(k), encode(v)] for k, v in value.items()]}
    if name == "Decimal" and kind.__module__ == "decimal":
        return {"$n": str(value)}
    known = _classes().get(name)
    if known is None or known[0] is not kind:
        raise TypeError(f"cannot store a {name} in the cache")
    names = known[1]
    # attrgetter of several names returns a tuple (of one, the value alone)
    getter = (
        operator.attrgetter(*names)
        if len(names) > 1
        else lambda obj: tuple(getattr(obj, n) for n in names)
    )
    _GETTERS[kind] = (name, getter)
    return encode(value)


class _List(list):  # type: ignore[type-arg]
    """A list read back (a tagged "$l"): kept a list, where plain JSON arrays become tuples."""


def _tuple(items: list[Any]) -> tuple[Any, ...]:
    return tuple(_tuple(v) if type(v) is list else v for v in items)


def _hook(obj: dict[str, Any]) -> Any:
    """json.loads calls this for every object, innermost first: the tags become values."""
    if "$c" in obj:
        known = _classes().get(obj["$c"])
        values = obj.get("v")
        if known is None or type(values) is not list or len(values) != len(known[1]):
            raise ValueError("not a cached model object")
        return known[0](*[_tuple(v) if type(v) is list else v for v in values])
    if "$l" in obj:
        return _List(_tuple(v) if type(v) is list else v for v in obj["$l"])
    if "$d" in obj:
        return {
            (_tuple(k) if type(k) is list else k): (_tuple(v) if type(v) is list else v)
            for k, v in obj["$d"]
        }
    if "$n" in obj:
        from decimal import Decimal

        return Decimal(obj["$n"])
    raise ValueError("not cached data")


def decode(data: Any) -> Any:
    """The inverse of encode, for data already parsed (see loads)."""
    return loads(json.dumps(data))


# One encoder for every call: json.dumps with options builds a new one each time (100,000
# times in a cache build).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    return _ENCODER.encode(encode(value))


def loads(text: str | bytes) -> Any:
    """The value `dumps` wrote; ValueError (json.JSONDecodeError is one) or TypeError if not.

    The tags are undone by an object hook while json parses (in C), arrays become tuples.
    """
    value = json.loads(text, object_hook=_hook)
    return _tuple(value) if type(value) is list else value
