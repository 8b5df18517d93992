"""The cache's codec: a fact of the usual shape is read without the object hook, to the very
value the hooked parser gives; anything else is left to that parser, which refuses what it
always refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from benchmarks import gen_store
from factcli.store import codec
from factcli.store.loader import load_store
from factcli.store.model import Fact, SourceRef

ERRORS = (ValueError, TypeError, RecursionError)


def outcome(read: Callable[[Any], Any], text: Any) -> Any:
    try:
        return read(text)
    except ERRORS as exc:
        return type(exc)


def shape(value: Any) -> Any:
    """The value with the type of every part: a tuple read as a list must not pass."""
    if isinstance(value, Fact | SourceRef):
        return (type(value), [shape(getattr(value, n)) for n in value._fields])
    if isinstance(value, tuple | list):
        return (type(value), [shape(v) for v in value])
    if isinstance(value, dict):
        return (type(value), [(shape(k), shape(v)) for k, v in value.items()])
    return (type(value), value)


def assert_same(text: Any) -> None:
    fast, hooked = outcome(codec.loads, text), outcome(codec.hooked_loads, text)
    assert shape(fast) == shape(hooked), text


@pytest.fixture(scope="module")
def every_fact(tmp_path_factory: pytest.TempPathFactory) -> list[Fact]:
    root = tmp_path_factory.mktemp("codec") / "store"
    gen_store.generate(1500, root, seed=5, per_file=500)
    return [*load_store(None, use_cache=False).facts, *load_store(root, use_cache=False).facts]


def test_every_fact_takes_the_fast_path_to_the_same_value(every_fact):
    for fact in every_fact:
        text = codec.dumps(fact)
        assert codec._plain_fact(text) is not None, fact.id
        assert_same(text)
        assert codec.loads(text) == fact


def base(fact: Fact) -> dict[str, Any]:
    return json.loads(codec.dumps(fact))


def v_at(name: str) -> int:
    return Fact._fields.index(name)


def setv(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        obj["v"][v_at(name)] = value

    return change


MUTATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "decimal value": setv("value", {"$n": "1.50"}),
    "list value": setv("value", [1, [2, 3]]),
    "nested tag list": setv("tags", ["a", ["b"]]),
    "tagged list tags": setv("tags", {"$l": ["a"]}),
    "unknown tag": setv("note", {"$x": 1}),
    "a subject as a note": setv("note", {"$c": "Subject", "v": ["a", "b", "c", [], None, None]}),
    "source of three": setv("sources", [{"$c": "SourceRef", "v": ["d", "q", "x"]}]),
    "source with an extra key": setv("sources", [{"$c": "SourceRef", "v": ["d", "q"], "x": 1}]),
    "source of another class": setv("sources", [{"$c": "Problem", "v": ["f", 1, "m"]}]),
    "source holding a list": setv("sources", [{"$c": "SourceRef", "v": ["d", ["q"]]}]),
    "source as a list": setv("sources", [["d", "q"]]),
    "examples with a list key": setv("examples", {"$d": [[["k"], ["a"]]]}),
    "examples of a scalar": setv("examples", {"$d": [["k", "a"]]}),
    "examples of a triple": setv("examples", {"$d": [["k", ["a"], 1]]}),
    "examples with an extra key": setv("examples", {"$d": [], "x": 1}),
    "examples as a class": setv("examples", {"$c": "SourceRef", "v": ["d", "q"]}),
    "examples empty": setv("examples", {"$d": []}),
    "examples repeated key": setv("examples", {"$d": [["k", ["a"]], ["k", ["b"]]]}),
    "a huge int value": setv("value", 10**40),
    "a short fact": lambda o: o["v"].pop(),
    "a long fact": lambda o: o["v"].append(None),
    "another class": lambda o: o.__setitem__("$c", "Subject"),
    "an extra key": lambda o: o.__setitem__("x", 1),
    "v not a list": lambda o: o.__setitem__("v", {"$l": []}),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_any_other_shape_reads_as_the_hooked_parser_reads_it(every_fact, name):
    obj = base(every_fact[0])
    MUTATIONS[name](obj)
    assert_same(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))


@pytest.mark.parametrize(
    "text",
    [
        '{"$c":"Fact","v":[',
        '{"$c":"Fact","v":[]} ',
        '{"$c":"Fact","v":[]}x',
        '{"$c":"Fact","v":[NaN]}',
        '{"$c":"Fact","v":[' + "[" * 100_000 + "]" * 100_000 + "]}",
        '{"$c":"Fact","v":[],"$c":"Fact"}',
    ],
)
def test_broken_or_odd_text_reads_as_the_hooked_parser_reads_it(text):
    assert_same(text)


def test_a_fact_with_duplicate_keys_reads_as_the_hooked_parser_reads_it(every_fact):
    text = codec.dumps(every_fact[0])
    assert_same(text[:-1] + ',"$c":"Subject"}')
    assert_same(text[:-1] + ',"v":[]}')


def test_bytes_and_other_values_are_read_as_before(every_fact):
    text = codec.dumps(every_fact[0])
    assert codec.loads(text.encode()) == every_fact[0]
    for value in ([1, [2]], {"$n": "3"}, {"$l": [1]}, "x", 3):
        assert_same(codec.dumps(value) if not isinstance(value, dict) else json.dumps(value))
    assert codec.loads('{"$n":"1.50"}') == Decimal("1.50")


def test_the_fast_path_builds_only_model_classes():
    """Data only: whatever a row says, only Fact and SourceRef come out of the fast path."""
    text = json.dumps({"$c": "Fact", "v": [None] * len(Fact._fields)})
    obj = json.loads(text)
    obj["v"][v_at("sources")] = [{"$c": "SourceRef", "v": ["d", "q"]}]
    obj["v"][v_at("tags")] = []
    obj["v"][v_at("examples")] = {"$d": []}
    fact = codec._plain_fact(json.dumps(obj, separators=(",", ":")))
    assert type(fact) is Fact and all(type(s) is SourceRef for s in fact.sources)


def test_dumps_writes_what_json_writes(every_fact):
    reference = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    for value in [*every_fact[:300], 'text \x00 \u2028 "', 3, None, [1, (2, "x")], Decimal("1.5")]:
        assert codec.dumps(value) == reference.encode(codec.encode(value))


def generic(value: Any) -> str:
    """dumps without its Fact fast path: what every value was written as before it."""
    return codec._write(codec.encode(value))


def outcome_of(write: Callable[[Any], str], value: Any) -> Any:
    try:
        return write(value)
    except ERRORS as exc:
        return type(exc)


def test_a_fact_is_written_as_encode_writes_it(every_fact):
    for fact in every_fact:
        assert codec._fact_data(fact) is not None, fact.id
        assert codec.dumps(fact) == generic(fact)


ODD_FACTS: dict[str, dict[str, Any]] = {
    "a Decimal value": {"value": Decimal("1.50")},
    "a float value": {"value": 2.5},
    "a NaN value": {"value": float("nan")},
    "an infinite value": {"value": float("-inf")},
    "a huge int": {"value": 10**40},
    "a bool value": {"value": True},
    "a list value": {"value": [1, (2, "x")]},
    "a tuple value": {"value": ("a", "b")},
    "a Decimal value_max": {"value_max": Decimal("3")},
    "tags of a number": {"tags": ("a", 1)},
    "tags a list": {"tags": ["a"]},
    "no tags": {"tags": ()},
    "no sources": {"sources": ()},
    "a source of numbers": {"sources": (SourceRef("d", 3),)},  # type: ignore[arg-type]
    "a source as a tuple": {"sources": (("d", "q"),)},
    "sources a list": {"sources": [SourceRef("d", "q")]},
    "examples empty": {"examples": {}},
    "examples of a list": {"examples": {"supports": ["a"]}},
    "examples of a number": {"examples": {"supports": ("a", 2)}},
    "examples with a tuple key": {"examples": {("k",): ("a",)}},
    "examples a list": {"examples": [("supports", ("a",))]},
    "a note of text with NUL and quotes": {"note": 'x \x00 " \u2028 \\'},
    "a line of float": {"line": 1.0},
    "an object as a note": {"note": object()},
}


@pytest.mark.parametrize("name", list(ODD_FACTS))
def test_a_fact_of_another_shape_is_written_or_refused_as_encode_does(every_fact, name):
    fact = every_fact[0].replace(**ODD_FACTS[name])
    assert outcome_of(codec.dumps, fact) == outcome_of(generic, fact)


def test_peek_reads_what_loads_reads_from_a_fact_s_start():
    from factcli.store.loader import load_store

    for fact in load_store(None, use_cache=False).facts:
        text = codec.dumps(fact)
        assert codec.peek(text) == (fact.id, fact.subject, fact.kind, fact.statement)
    fact = load_store(None, use_cache=False).facts[0]
    text = codec.dumps(fact)
    for other in ('{"$c":"Source","v":["a","b","c","d",1]}', text[:40], "[1]", "", text[1:]):
        assert codec.peek(other) is None
    # a statement with escapes and quotes reads back as loads reads it
    said = 'a "quoted", \\ \u00e9 one\n'
    old = json.dumps(fact.statement, ensure_ascii=False)
    odd = text.replace(old, json.dumps(said, ensure_ascii=True), 1)
    assert odd != text
    assert codec.peek(odd)[3] == codec.loads(odd).statement == said
