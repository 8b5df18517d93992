"""The one-pass fact reader gives the schema's own Fact, or declines and leaves it the record.

Every comparison runs schema.parse_fact and fastschema.fact on the same record: fastschema
may decline anything, but a Fact it returns is the one parse_fact builds (compared as the
cache writes it, so 1 and 1.0 differ), and it never returns one where parse_fact finds a
problem.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest

from benchmarks import gen_store
from factcli.store import codec, fastschema, schema
from factcli.store.files import display_name, store_files
from factcli.store.loader import bundled_store_path
from factcli.store.parser import document


def raw_facts(root: Path) -> list[tuple[Any, str, int, bytes]]:
    """Every fact record of a store as PyYAML reads it: (record, file, line, file bytes)."""
    out = []
    for path in store_files(root):
        data = path.read_bytes()
        name = display_name(path)
        doc, _problems = document(data, name, fast=False)
        items = doc.get("facts") if isinstance(doc, dict) else None
        for raw in items or ():
            out.append((raw, name, getattr(raw, "line", 0), data))
    return out


def agree(raw: Any, name: str, line: int, nfc: Any = schema.nfc) -> bool:
    """Whether fastschema read the record as the schema does; True when it declined."""
    got = fastschema.fact(raw, name, line, nfc)
    try:
        want, problems = schema.parse_fact(raw, name, line)
    except ValueError:  # a span with a date of no year (--07-17): the schema's to report
        assert got is None
        return True
    if got is None:
        return True
    assert not problems, (raw, problems)
    assert want is not None
    assert codec.dumps(got) == codec.dumps(want), raw
    return True


def test_the_bundled_store_reads_the_same():
    facts = raw_facts(bundled_store_path())
    read = 0
    for raw, name, line, data in facts:
        assert agree(raw, name, line, fastschema.normalizer(data))
        read += fastschema.fact(raw, name, line) is not None
    assert read >= len(facts) * 3 // 4  # the fast reader does read most of them


def test_a_generated_store_reads_the_same_and_fast(tmp_path):
    gen_store.generate(1500, tmp_path, seed=3, per_file=500)
    facts = raw_facts(tmp_path)
    read = 0
    for raw, name, line, data in facts:
        assert agree(raw, name, line, fastschema.normalizer(data))
        read += fastschema.fact(raw, name, line) is not None
    assert read >= len(facts) * 9 // 10


# Values a field may be changed to: right and wrong types, edge values, text to normalize.
ODD_VALUES: list[Any] = [
    None, "", " ", "  x  ", "x", "date", "amount", "count", "measure", "target", "text",
    "position", "percent", "KRW", "USD", "GPU", "%", "years", "month", "min", "max", "range",
    "done", "planned", "bogus", "Bad_Id", "ok-id", " ok-id ", "2025", "2025-07", "2025-07-17",
    "2025-13", "2025-02-30", " 2025-07 ", "--07-17", "１２", "\u3000x", "ㅂㄱㅎ",
    "\u1107\u1161\u1100", "e\u0301", "배경훈", 0, 1, -1, 2.5, 3.0, -0.5, float("nan"),
    float("inf"), True, False, 10**30, [], ["a"], ["a", 1], [" A "], ["Tag", "태그"], {},
    {"doc": "x"}, {"supports": ["s"]}, {"supports": []}, {"supports": [" "]},
    {"contradicts": ["c"], "misleading": ["m"]}, {"other": ["x"]},
    [{"doc": "d", "quote": "q"}], [{"doc": "d", "quote": " "}], [{"doc": "", "quote": "q"}],
    [{"doc": "d", "quote": "q", "x": 1}], [{"doc": "d"}], ["d"],
    [{"doc": "ｄ", "quote": "\u3000인용\u3000"}],
]  # fmt: skip
FIELDS = [*schema.FACT_FIELDS, "unknown"]


def test_mutated_records_read_the_same_or_are_declined():
    records = [raw for raw, _n, _l, _d in raw_facts(bundled_store_path())]
    rng = random.Random(12)
    declined = 0
    for _ in range(6000):
        raw = copy.deepcopy(rng.choice(records))
        for _change in range(rng.randint(1, 3)):
            field = rng.choice(FIELDS)
            if rng.random() < 0.2:
                raw.pop(field, None)
            else:
                raw[field] = copy.deepcopy(rng.choice(ODD_VALUES))
        assert agree(raw, "f.yaml", 3)
        declined += fastschema.fact(raw, "f.yaml", 3) is None
    assert 0 < declined < 6000  # both readers were exercised


@pytest.mark.parametrize(
    "text", ["plain", "배경훈", "１２３ ｘ", "e\u0301 and \u3000 space", "\u1107\u1161"]
)
def test_the_normalizer_for_a_files_bytes_is_the_schemas(text):
    data = f'facts:\n  - statement: "{text}"\n'.encode()
    assert fastschema.normalizer(data)(text) == schema.nfc(text)


def test_a_record_the_schema_faults_is_declined():
    raw = {
        "id": "a-fact", "subject": "bae", "kind": "count", "statement": "s", "statement_en": "e",
        "value": 3, "unit": "GPU", "tags": ["t"], "sources": [{"doc": "d", "quote": "q"}],
    }  # fmt: skip
    assert fastschema.fact(raw, "f.yaml", 1) is not None
    for field, value in [("unit", "cups"), ("value", -3), ("approx", "yes"), ("kind", "kinds")]:
        wrong = {**raw, field: value}
        assert schema.parse_fact(wrong, "f.yaml", 1)[1]
        assert fastschema.fact(wrong, "f.yaml", 1) is None
