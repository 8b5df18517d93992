"""Model objects <-> JSON, generically and data only: what the cache stores instead of pickles.

Any class of factcli.store.model is written as its class name and its init fields' values
in declaration order, so a field added to Fact passes through the cache without being listed
here. Reading builds only those classes, from plain JSON values: nothing read can run code.
`schema()` names every class's fields; the cache stores it and is rebuilt when it differs.
"""

from __future__ import annotations

import json
import json.encoder
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


def fields_of(name: str) -> tuple[str, ...]:
    """The fields of a model class, in the order its cached values are written."""
    return _classes()[name][1]


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
        # A fact's tags and its examples' sentences: plain values, copied in C (a cache build
        # encodes ~10 such tuples a fact)
        return list(value) if _PLAIN.issuperset(map(type, value)) else [encode(v) for v in value]
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


def _writer() -> Any:
    """_ENCODER.encode, without the C encoder it makes anew on each call (a tenth of a cache
    build's encoding). No check for cycles: encode() returns fresh trees of plain data."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without json's C module
        return _ENCODER.encode

    def refuse(value: object) -> Any:
        return _ENCODER.default(value)  # raises TypeError, as json does

    once = make(None, refuse, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(once(value, 0))


_write = _writer()


def dumps(value: Any) -> str:
    if type(value) is model.Fact:  # a cache build writes 100,000 of them
        data = _fact_data(value)
        if data is not None:
            return _write(data)
    return _write(encode(value))


_FACT_PARTS: list[Any] = []  # Fact's getter, where its tags, sources, examples are


def _fact_data(fact: Any) -> Any:
    """encode(fact) for a Fact of the usual shape, in fewer steps; None for any other.

    The usual shape: plain scalars (a float finite), its tags strings, its sources
    SourceRefs of two strings, its examples a dict of strings to tuples of strings.
    tests/test_codec.py holds it to encode() on every fact of the test stores and odd ones.
    """
    if not _FACT_PARTS:
        names = _classes()["Fact"][1]
        _FACT_PARTS.extend(
            [operator.attrgetter(*names), names.index("tags"), names.index("sources")]
        )
        _FACT_PARTS.append(names.index("examples"))
        encode(model.SourceRef("", ""))  # its getter, as encode keeps it
    get, at_tags, at_sources, at_examples = _FACT_PARTS
    values = list(get(fact))
    tags, sources, examples = values[at_tags], values[at_sources], values[at_examples]
    values[at_tags] = values[at_sources] = values[at_examples] = None
    if not _PLAIN.issuperset(map(type, values)):
        for value in values:  # a float is written as encode() writes it: finite only
            if type(value) is float:
                if value != value or value in (_INF, -_INF):
                    return None
            elif type(value) not in _PLAIN:
                return None
    if type(tags) is not tuple or not _STR.issuperset(map(type, tags)):
        return None
    if type(sources) is not tuple or type(examples) is not dict:
        return None
    refs = []
    for ref in sources:
        if type(ref) is not model.SourceRef:
            return None
        doc, quote = ref.doc, ref.quote
        if type(doc) is not str or type(quote) is not str:
            return None
        refs.append({"$c": "SourceRef", "v": [doc, quote]})
    pairs = []
    for key, said in examples.items():
        if type(key) is not str or type(said) is not tuple or not _STR.issuperset(map(type, said)):
            return None
        pairs.append([key, list(said)])
    values[at_tags], values[at_sources] = list(tags), refs
    values[at_examples] = {"$d": pairs}
    return {"$c": "Fact", "v": values}


_STR = frozenset({str})
_INF = float("inf")


# Made once: json.loads with an object_hook builds a new decoder on every call.
_HOOKED = json.JSONDecoder(object_hook=_hook)
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # plain values, no hook
_FACT_START = '{"$c":"Fact","v":['


def loads(text: str | bytes) -> Any:
    """The value `dumps` wrote; ValueError (json.JSONDecodeError is one) or TypeError if not.

    The tags are undone by an object hook while json parses (in C), arrays become tuples.
    A fact of the usual shape is read faster (see _plain_fact), to the same value.
    """
    if type(text) is str and text.startswith(_FACT_START):
        fact = _plain_fact(text)
        if fact is not None:
            return fact
    return hooked_loads(text)


def hooked_loads(text: str | bytes) -> Any:
    """loads, every value through the object hook: what the fast path must equal."""
    # bytes: json.loads finds their encoding
    value = _HOOKED.decode(text) if type(text) is str else json.loads(text, object_hook=_hook)
    return _tuple(value) if type(value) is list else value


def _plain_fact(text: str) -> Any:
    """A Fact of the usual shape, parsed without the object hook (a third of the cost of
    reading a fact): scalars, its tags a list of scalars, its sources SourceRefs of two
    scalars, its examples a dict of lists of scalars. None for anything else, which the
    hooked parser then reads (or refuses) as before; what it returns, that parser gives."""
    try:
        obj, end = _SCAN(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) or type(obj) is not dict or len(obj) != 2 or obj.get("$c") != "Fact":
        return None
    if not _FACT_SHAPE:
        _FACT_SHAPE.extend(_fact_shape())
    cls, size, at_tags, at_sources, at_examples, ref_cls, ref_size = _FACT_SHAPE
    values = obj.get("v")
    if type(values) is not list or len(values) != size:
        return None
    tags, sources, examples = values[at_tags], values[at_sources], values[at_examples]
    values[at_tags] = values[at_sources] = values[at_examples] = None
    scalars = _SCALARS.issuperset
    if not scalars(map(type, values)) or type(tags) is not list or not scalars(map(type, tags)):
        return None
    if type(sources) is not list or type(examples) is not dict or len(examples) != 1:
        return None
    refs = []
    for ref in sources:
        if type(ref) is not dict or len(ref) != 2 or ref.get("$c") != "SourceRef":
            return None
        parts = ref.get("v")
        if type(parts) is not list or len(parts) != ref_size or not scalars(map(type, parts)):
            return None
        refs.append(ref_cls(*parts))
    pairs = examples.get("$d")
    if type(pairs) is not list:
        return None
    said = {}
    for pair in pairs:
        if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
            return None
        if type(pair[1]) is not list or not scalars(map(type, pair[1])):
            return None
        said[pair[0]] = tuple(pair[1])
    values[at_tags], values[at_sources], values[at_examples] = tuple(tags), tuple(refs), said
    return cls(*values)


_FACT_SHAPE: list[Any] = []  # Fact, its size, where its tags, sources, examples are; SourceRef
_LEAD = ("id", "subject", "kind", "statement")  # a Fact's first fields, as dumps writes them


def peek(text: str) -> tuple[str, str, str, str] | None:
    """(id, subject, kind, statement) of a fact `dumps` wrote, read from the start of its
    text without decoding the rest (a search weighs thousands of facts that tie by these);
    None when the text does not begin as such a fact's does. What it gives, loads gives."""
    if not text.startswith(_FACT_START) or _classes()["Fact"][1][:4] != _LEAD:
        return None
    at = len(_FACT_START)
    found = []
    try:
        for _ in _LEAD:
            value, at = _SCAN(text, at)
            if type(value) is not str or text[at : at + 1] != ",":
                return None
            found.append(value)
            at += 1
    except (StopIteration, ValueError, RecursionError):
        return None
    return found[0], found[1], found[2], found[3]


def _fact_shape() -> list[Any]:
    cls, names = _classes()["Fact"]
    ref_cls, ref_names = _classes()["SourceRef"]
    at = names.index
    return [cls, len(names), at("tags"), at("sources"), at("examples"), ref_cls, len(ref_names)]


_SCALARS = frozenset({str, int, float, bool, type(None)})
