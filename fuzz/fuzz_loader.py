"""Fuzz the store loader: bytes -> yamlio.decode -> yamlio.parse -> schema records -> facts.

A store file of any bytes must give problems (`file:line: message`, one line each) or
records, never an exception; a record that parses must render as JSON and as a row. The fast
reader (fastyaml, rapidyaml) must decline it or read exactly what PyYAML reads, types and all.

    pip install atheris
    python fuzz/fuzz_loader.py -max_total_time=60 [-dict=fuzz/yaml.dict] [CORPUS_DIR ...]
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from factcli.interfaces import views
    from factcli.store import fastyaml, schema, yamlio
    from factcli.store.model import Fact, Problem
    from factcli.store.parser import _records
    from factcli.text import dates, korean, units  # noqa: F401

NAME = "fuzz.yaml"
PARSERS = (
    ("subjects", schema.parse_subject),
    ("sources", schema.parse_source),
    ("facts", schema.parse_fact),
)


def check(problem: Problem) -> None:
    if not isinstance(problem, Problem) or problem.line < 0 or "\n" in str(problem):
        raise AssertionError(f"bad problem: {problem!r}")


def test_one_input(data: bytes) -> None:
    text, problem = yamlio.decode(data, NAME)
    if problem is not None:
        check(problem)
        return
    assert text is not None
    doc, problem = yamlio.parse(text, NAME)
    fast = fastyaml.parse(data, text) if text.strip() else None
    if fast is not None and (problem is not None or not fastyaml.same(fast, doc)):
        raise AssertionError(f"rapidyaml read {fast!r}, PyYAML {problem or doc!r}")
    if problem is not None:
        check(problem)
        return
    if not isinstance(doc, dict):
        return
    for key, parse in PARSERS:
        try:
            records = _records(doc, key, NAME)
        except ValueError:  # "facts: must be a list", reported by the loader as a problem
            continue
        for raw, line in records:
            obj, problems = parse(raw, NAME, line)
            for found in problems:
                check(found)
            if isinstance(obj, Fact):
                json.dumps(obj.to_dict(), ensure_ascii=False)
                views.fact_row(obj)  # the display value: numbers formatted, dates parsed
                views.display_value(obj, lang="en")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
