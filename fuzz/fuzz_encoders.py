"""Fuzz the output encoders: any text -> CSV, TSV, plain, terminal, JSON and GitHub annotations.

Whatever a store or a draft holds, the encoders must keep their promises (README,
"Reliability"):

- CSV: a row of any cells parses back (csv module) to exactly those cells, guarded ones with
  their `'`; a guarded cell never starts, after blanks, with a formula character.
- TSV: a cell holds no tab, CR or LF, and unescapes to the exact text.
- plain (`line`) and terminal (`visible`, `clean`): nothing a terminal obeys is left (C0/C1
  controls, DEL, bidi controls, zero-width characters); `clean` keeps only tab and newline.
- JSON (`dumps`): loads back to the same text, and holds none of those characters raw.
- GitHub: one finding is exactly one workflow command line, whose properties split into
  file, line, col and title, whatever the file name and the sentence hold.

    pip install atheris
    python fuzz/fuzz_encoders.py -max_total_time=60 [CORPUS_DIR ...]
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys

import atheris

with atheris.instrument_imports():
    from factcli.interfaces import render, report
    from factcli.store.model import Evidence, Finding, Verdict

OBEYED = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\U000e0000-\U000e007f]"
)
TSV_NAMES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
FORMULA = ("=", "+", "-", "@")


def check_csv(cells: list[str]) -> None:
    guarded = [render.guard_formula(c) for c in cells]
    text = render.csv_line(guarded)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows != [guarded]:
        raise AssertionError(f"CSV round trip: {guarded!r} -> {text!r} -> {rows!r}")
    for cell in guarded:
        risky = cell[:1] in ("\t", "\r") or cell.lstrip(render._BLANKS)[:1] in FORMULA
        if risky and not cell.startswith("'"):
            raise AssertionError(f"unguarded formula cell {cell!r}")


def check_tsv(cell: str) -> None:
    field = render.tsv_field(cell)
    if any(c in field for c in "\t\r\n"):
        raise AssertionError(f"TSV cell holds a separator: {field!r}")
    back = re.sub(r"\\(.)", lambda m: TSV_NAMES[m.group(1)], field)
    if back != cell:
        raise AssertionError(f"TSV round trip: {cell!r} -> {field!r} -> {back!r}")


def check_terminal(text: str) -> None:
    for shown in (render.line(text), render.visible(text)):
        if OBEYED.search(shown):
            raise AssertionError(f"obeyed character left in {shown!r}")
    if OBEYED.search(render.clean(text).replace("\t", "").replace("\n", "")):
        raise AssertionError(f"clean left an obeyed character in {text!r}")


def check_json(text: str) -> None:
    for indent in (None, 2):
        out = render.dumps({"k": text, "l": [text]}, indent=indent)
        if OBEYED.search(out.replace("\n", "")):
            raise AssertionError(f"raw character in JSON {out!r}")
        if json.loads(out) != {"k": text, "l": [text]}:
            raise AssertionError(f"JSON round trip of {text!r}")


def check_github(name: str, text: str, found: str, contradicted: bool) -> None:
    evidence = [Evidence("fact-id", "conflict", found, "41억 원", 0, len(found))]
    finding = Finding(
        text=text,
        verdict=Verdict.contradicted if contradicted else Verdict.unverified,
        evidence=evidence if contradicted else [],
    )
    lines = report.github_lines([finding], name)
    # A tab is harmless to the runner and to a terminal: it may stay.
    if len(lines) != 1 or OBEYED.search(lines[0].replace("\t", "")):
        raise AssertionError(f"not one clean line: {lines!r}")
    command, _, rest = lines[0].partition(" ")
    if command not in ("::error", "::notice"):
        raise AssertionError(f"wrong command {lines[0]!r}")
    props = rest.split("::", 1)[0]
    keys = [p.split("=", 1)[0] for p in props.split(",")]
    if keys != ["file", "line", "col", "title"]:
        raise AssertionError(f"forged properties {keys!r} in {lines[0]!r}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    contradicted = fdp.ConsumeBool()
    count = fdp.ConsumeIntInRange(1, 4)
    cells = [fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 64)) for _ in range(count)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    check_csv([*cells, text])
    for cell in (*cells, text):
        check_tsv(cell)
        check_terminal(cell)
        check_json(cell)
    check_github(cells[0], text, cells[-1] or "51억 원", contradicted)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
