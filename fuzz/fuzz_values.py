"""Fuzz the value readers: text -> find_dates, find_quantities, parse_number, parse_date.

The finders never raise and their spans point into the text; the parsers raise only
ValueError.

    pip install atheris
    python fuzz/fuzz_values.py -max_total_time=60 [CORPUS_DIR ...]
"""

from __future__ import annotations

import contextlib
import datetime
import sys

import atheris

with atheris.instrument_imports():
    from factcli.text import korean, numerals  # noqa: F401 (instrumented for the code they hold)
    from factcli.text.dates import find_dates, parse_date
    from factcli.text.numerals import parse_number
    from factcli.text.quantities import find_quantities

REFERENCE = datetime.date(2025, 9, 14)


def spans_ok(text: str, found: list) -> None:  # type: ignore[type-arg]
    last = 0
    for item in found:
        if (
            not (last <= item.start <= item.end <= len(text))
            or text[item.start : item.end] != item.text
        ):
            raise AssertionError(f"bad span {item!r} in {text!r}")
        last = item.end


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    use_reference = fdp.ConsumeBool()
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    spans_ok(text, find_dates(text, reference=REFERENCE if use_reference else None))
    spans_ok(text, find_quantities(text))
    for parser in (parse_number, parse_date):
        with contextlib.suppress(ValueError):
            parser(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
