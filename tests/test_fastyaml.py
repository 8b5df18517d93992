"""The rapidyaml fast path reads exactly what PyYAML reads, or leaves the file to PyYAML.

Every comparison runs both readers on the same bytes: the facts (and problems) of whole
stores, and the data of tricky snippets, compared with their types (True is not 1, a date is
not its text). The fast reader may decline anything; it may never differ.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from benchmarks import gen_store
from factcli.store import fastyaml, yamlio
from factcli.store.fastyaml import same
from factcli.store.files import display_name, store_files
from factcli.store.loader import bundled_store_path
from factcli.store.parser import _parse_file, _records_of, document


def reference(path: Path) -> tuple[list[Any], list[Any]]:
    """The file's records and problems as PyYAML alone reads them."""
    name = display_name(path)
    doc, problems = document(path.read_bytes(), name, fast=False)
    return _records_of(doc, problems, name)


def assert_same_store(root: Path) -> int:
    """Both readers give every file the same records and problems; returns files read fast."""
    fast = 0
    for path in store_files(root):
        data = path.read_bytes()
        if fastyaml.parse(data, data.decode("utf-8")) is not None:
            fast += 1
        _name, records, problems = _parse_file(path)
        want_records, want_problems = reference(path)
        assert records == want_records, path
        assert problems == want_problems, path
        assert [r[2] for r in records] == [r[2] for r in want_records]
    return fast


def test_the_bundled_store_reads_the_same():
    files = len(store_files(bundled_store_path()))
    fast = assert_same_store(bundled_store_path())
    # Not a comparison of PyYAML with itself: most files are read by ryml.
    assert fast >= files // 2


@pytest.mark.parametrize("seed", [1, 7])
def test_generated_stores_read_the_same_and_fast(tmp_path, seed):
    gen_store.generate(1000, tmp_path, seed=seed, per_file=250)
    fast = assert_same_store(tmp_path)
    assert fast == len(store_files(tmp_path))  # every generated file takes the fast path


# What YAML 1.1 (PyYAML) and JSON (ryml's output) type differently, what yamlio refuses,
# and what the two parsers might split or fold otherwise.
VALUES = [
    "yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF", "true", "True", "TRUE",
    "false", "False", "null", "Null", "NULL", "~", "", "2025-07-23", "2025-7-3", "2025-02-30",
    "2025-07-23 10:00:00", "2025-07-23T10:00:00Z", "2025-07-23t10:00:00.5+09:00", "1976-05",
    "2019", '"2019"', "'2025-07-23'", "1e3", "1E3", "1.0e3", "1.5e+3", "-1.5e-3", "12e03",
    "0.5e3", "1.7976931348623157e309", "1.0e+400", "017", "0o17", "0x1F", "0b101", "1_000",
    "+12", "-0", "-0.0", "0.", "1.", ".5", "-.5", "+1.5", "1:20", "12:30:45", "1:20.5",
    "007", "00", "08", "-08", ".inf", "-.inf", "+.inf", ".nan", ".NaN", "NaN", "Infinity",
    "=", "<<", "9" * 63, "9" * 64, "9" * 70, "-" + "9" * 64, "3,000", "1.2.3", "0x", "１２",
    "abc def", "a # comment", "a#b", "'it''s'", '"say \\"hi\\" \\\\ ok"', '"a\\tb"',
    '"\\x41\\u00e9"', '"\\ud83d\\ude00"', '"\\U0001F600"', '"\\N\\_\\L\\P"', '"\\0"', '"\\/"',
    '"\\e\\a"', "a\\b", "😀", "é", "e\u0301", "배경훈", "x\u00a0y", "!!str 3", "!!int '3'",
    "!foo x", "! x", "&a x", "*a", "@x", "`x", "%x", "-x", ":x", "?x", "? x", "a: b", "a:b",
    "[a, b]", "[yes, 2025-07-23, 1_0]", "{a: 1}", "{a: 1, a: 2}", "[a, [b, [c]]]", "[ ]",
    "{ }", "'multi\n  line'", '"multi\n  line\n\n  quoted"', '"esc \\\n  cont"',
    "plain\n  multi\n  line", "plain\n  2025-07-23", "|\n  line1\n  line2\n",
    ">\n  fold1\n  fold2\n\n  para\n", "|-\n  a\n", "|+\n  a\n\n", ">-\n  a\n    b\n  c\n",
    "|2\n   a\n  b\n", ">\n\n  lead\n", "|\n  # not a comment\n",
    "a:", "a:,", "a :", "x!!python/object:", "a:[b]", "a:{b}", "a:}", "'a':", "a:]",
]  # fmt: skip
KEYS = ["k", "1", "2019", "true", "yes", "null", "~", '"q"', "'s'", "<<", "? k", "[a]", "{a: 1}"]
WHOLE = [
    # (a colon inside a plain scalar of a flow mapping: PyYAML refuses it, found by fuzzing)
    "facts:\n  - id: x\n    sources:\n      - {doc:?  src, quote: q}\n",
    "facts:\n  - id: x\n    sources:\n      - {doc: src, quote: \"12:30\"}\n",
    "", "# only a comment\n", "---\nk: 1\n", "--- \nk: [1]\n", "k: 1\n---\nj: 2\n", "k: 1\n...\n",
    "%YAML 1.1\n---\nk: 1\n", "- a\n- b\n", "k: 1\nk: 2\n", "k: &a x\nj: *a\n",
    "<<: {a: 1}\n", "k:\tv\n", "k: a\tb\n", "k: a\r\nj: b\r\n", "k: a\rb\n", "k: \x85\n",
    "k: \u2028x\n", "k: \ufeffx\n", "k: \x07\n", "k: \x7f\n", "k: \uffff\n",
    "k: 1\n  bad: 2\n", "k: [a{]\n", "k: -\n", "k:\n  - \n  - b\n", "k:\n- a\n- b\n",
    "? a\n: b\n", ": x\n", "k: 1 # c\n# end\n", "k:\n  a: 1\n  b:\n",
    # a comment inside a flow collection ends the line, and the collection unclosed (fuzz)
    "k: {q: 취임식 # x}\n", "k: [a # b]\n", "k: {q: \"a # b\"}\n", "k: [a, b]  # c\n",
    "k: {q: a\t# x}\n", "k: {q: a#b # c}\n", "k: [a#b]\n", "k: {q: 'a # b' # c}\n",
]  # fmt: skip


def both(text: str) -> tuple[Any, Any]:
    """(fast data or None, PyYAML's data or its error message) for a whole file's text."""
    data = text.encode("utf-8")
    fast = fastyaml.parse(data, text)
    ref, problem = yamlio.parse(text, "t.yaml")
    return fast, (problem.message if problem else ref)


def check(text: str) -> None:
    fast, ref = both(text)
    if fast is not None:
        assert not isinstance(ref, str), f"PyYAML refuses {text!r} ({ref}), ryml read {fast!r}"
        assert same(fast, ref), f"{text!r}: ryml {fast!r} != PyYAML {ref!r}"


@pytest.mark.parametrize("value", VALUES)
def test_a_tricky_value_reads_the_same_or_falls_back(value):
    check(f"k: {value}\n")
    check(f"facts:\n  - id: x\n    value: {value}\n    tags: [{value}]\n")
    check(f"facts:\n  - id: x\n    tags:\n      - {value}\n")
    check(f"facts:\n  - id: x\n    tags: [a, {value}, b]\n")


@pytest.mark.parametrize("key", KEYS)
def test_a_tricky_key_reads_the_same_or_falls_back(key):
    check(f"{key}: v\n")
    check(f"facts:\n  - {key}: v\n    id: x\n")


@pytest.mark.parametrize("text", WHOLE)
def test_a_tricky_file_reads_the_same_or_falls_back(text):
    check(text)


def test_plain_data_is_read_fast_with_its_types():
    # Not only declining: the common shapes of a store go through ryml, typed as PyYAML types them.
    text = (
        "facts:\n  - id: a\n    value: 36\n    approx: true\n    ratio: 0.5\n    big: -12\n"
        "    date: '2025-07-23'\n    note: null\n    tags: [x, 'y', \"2019\"]\n"
        "  - id: b\n    statement: 배경훈은 2025년 7월 17일 취임했다.\n"
    )
    fast, ref = both(text)
    assert fast is not None and same(fast, ref)
    assert fast["facts"].item_lines == [2, 10]
    assert same(fast["facts"][0]["tags"], ["x", "y", "2019"])


def test_a_fact_with_a_problem_is_reported_by_pyyaml(tmp_path):
    # The fast reader knows no line but a record's: a problem sends the file to PyYAML, whose
    # line for the field is reported.
    path = tmp_path / "f.yaml"
    path.write_text(
        "facts:\n  - id: a\n    subject: s\n    kind: count\n    statement: x\n"
        "    statement_en: x\n    value: many\n    unit: GPU\n    tags: [t]\n"
        "    sources: [{doc: d, quote: q}]\n",
        encoding="utf-8",
    )
    assert fastyaml.parse(path.read_bytes(), path.read_text(encoding="utf-8")) is not None
    _name, _records, problems = _parse_file(path)
    assert [(p.line, p.message.split(":")[1].strip()) for p in problems] == [(7, "value")]
    assert (_records, problems) == reference(path)


def test_without_ryml_everything_is_read_by_pyyaml(monkeypatch, tmp_path):
    monkeypatch.setattr(fastyaml, "_ryml", lambda: None)
    gen_store.generate(200, tmp_path, seed=2, per_file=100)
    assert assert_same_store(tmp_path) == 0


def test_the_cli_answers_the_same_with_either_reader(cli, tmp_path, monkeypatch):
    # What a user sees: the cache built from ryml's reading lists the same facts, in the same
    # order, as the store read by PyYAML alone (--no-cache), and validate agrees.
    gen_store.generate(300, tmp_path, seed=6, per_file=100)
    fast = cli("list", "--sort", "id", "-f", "json", store=tmp_path)
    monkeypatch.setattr(fastyaml, "_ryml", lambda: None)
    slow = cli("--no-cache", "list", "--sort", "id", "-f", "json", store=tmp_path)
    assert fast.exit_code == slow.exit_code == 0
    assert fast.stdout == slow.stdout and len(fast.stdout) > 10_000


def test_ryml_errors_never_reach_stderr(capfd):
    assert fastyaml.parse(b"k: a: b\n", "k: a: b\n") is None
    deep = "k: " + "[" * 300 + "]" * 300 + "\n"
    assert fastyaml.parse(deep.encode(), deep) is None
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


TOKENS = [
    *VALUES[:60], "'q'", '"dq"', "#", " #c", ":", ": ", "- ", "-", "? ", "[", "]", "{", "}",
    ",", "!", "&", "*", "|", ">", "'", '"', "\\", "\n", "\n  ", "\n    ", "  ", "%", "@",
]  # fmt: skip


def test_random_edits_of_a_store_file_read_the_same_or_fall_back(tmp_path):
    # Syntax PyYAML refuses but ryml might accept, and typing the lists above miss: random
    # edits of a generated file (seeded: the same edits on every run).
    gen_store.generate(6, tmp_path, seed=4, per_file=6)
    base = next(p for p in store_files(tmp_path) if "facts" in p.name).read_text("utf-8")
    rng = random.Random(12)
    fast_reads = 0
    for _ in range(1200):
        text = base
        for _edit in range(rng.randint(1, 3)):
            at = rng.randrange(len(text))
            if rng.random() < 0.5:  # put a token at the start of a value or of a line
                colon = text.find(": ", at)
                at = colon + 2 if colon >= 0 and rng.random() < 0.6 else text.find("\n", at) + 1
            cut = rng.choice([0, 0, 1, 2, 5, 20])
            text = text[:at] + rng.choice(TOKENS) + text[at + cut :]
        check(text)
        fast_reads += fastyaml.parse(text.encode("utf-8"), text) is not None
    assert fast_reads > 100  # the edits do not all send the file to PyYAML


def test_dates_and_numbers_keep_pyyaml_types_in_the_reference():
    # The reference really types these (so the comparisons above are not vacuous).
    ref = yamlio.parse("a: 2025-07-23\nb: yes\nc: 1_000\nd: 1e3\n", "t")[0]
    assert ref == {"a": dt.date(2025, 7, 23), "b": True, "c": 1000, "d": "1e3"}
