"""Rows -> table | json | jsonl | csv | tsv | yaml | plain, on a stream. No domain logic."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    plain = "plain"


_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0x7F: None}
_CONTROL.update(dict.fromkeys(range(128, 160)))


def clean(text: str) -> str:
    """NFC text with control characters (ANSI escapes, BEL, ...) removed, safe for a terminal."""
    import unicodedata

    return unicodedata.normalize("NFC", text).translate(_CONTROL)


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def default_format(stream: TextIO | None = None) -> Format:
    """table on a terminal, plain when piped."""
    return Format.table if is_terminal(stream or sys.stdout) else Format.plain


def console(stream: TextIO | None = None, *, width: int | None = None):  # type: ignore[no-untyped-def]
    """A rich Console that writes no colour or escapes unless the stream is a terminal."""
    from rich.console import Console

    stream = stream or sys.stdout
    terminal = is_terminal(stream)
    return Console(
        file=stream,
        force_terminal=terminal,
        no_color=not terminal or "NO_COLOR" in os.environ,
        width=width or (None if terminal else 100),
        highlight=False,
        emoji=False,
        markup=False,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def guard_formula(text: str) -> str:
    """Stop spreadsheets running a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# JSON escapes C0 controls but not DEL and C1 (U+009B is a CSI to some terminals). Outside
# strings JSON is ASCII, so escaping them everywhere keeps the same data, safe on a terminal.
_JSON_UNSAFE = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON with non-ASCII text as is and every control character escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
    return text.translate(_JSON_UNSAFE)


def write_json(data: Any, out: TextIO) -> None:
    out.write(dumps(data, indent=2) + "\n")


def write_json_array(rows: Iterable[Any], out: TextIO) -> None:
    """The same text as write_json(list(rows)), written one element at a time (large lists)."""
    first = True
    for row in rows:
        # Strings in JSON hold no raw newline, so indenting each line indents the element.
        out.write(("[\n  " if first else ",\n  ") + dumps(row, indent=2).replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str],
    out: TextIO | None = None,
    headers: dict[str, str] | None = None,
    plain: Callable[[dict[str, Any]], str] | None = None,
    title: str | None = None,
) -> None:
    """Write rows in a format. `columns` picks and orders table/csv/tsv cells; json keeps all."""
    out = out or sys.stdout
    if fmt is Format.json:
        write_json_array(rows, out)
    elif fmt is Format.jsonl:
        for row in rows:
            out.write(dumps(row) + "\n")
    elif fmt is Format.yaml:
        import yaml

        out.write(yaml.safe_dump(list(rows), allow_unicode=True, sort_keys=False, width=1000))
    elif fmt in (Format.csv, Format.tsv):
        buf = io.StringIO()
        tsv = fmt is Format.tsv
        writer = csv.writer(buf, dialect="excel-tab" if tsv else "excel", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            cells = [_cell(row.get(c)) for c in columns]
            if tsv:  # a TSV cell cannot hold a tab or newline; one row per line stays greppable
                cells = [c.replace("\t", " ").replace("\n", " ") for c in cells]
            writer.writerow([guard_formula(c) for c in cells])
        out.write(buf.getvalue())
    elif fmt is Format.plain:
        for row in rows:
            line = plain(row) if plain else "\t".join(_cell(row.get(c)) for c in columns)
            out.write(clean(line).replace("\n", " ") + "\n")
    else:
        table(rows, columns, out=out, headers=headers, title=title)


def table(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    *,
    out: TextIO,
    headers: dict[str, str] | None = None,
    title: str | None = None,
) -> None:
    """A rich table; cell text is never parsed as markup."""
    from rich.table import Table
    from rich.text import Text

    con = console(out)
    grid = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for col in columns:
        wide = col in ("statement", "statement_en", "quote", "message", "title")
        grid.add_column((headers or {}).get(col, col), overflow="fold", ratio=3 if wide else None)
    for row in rows:
        grid.add_row(*(Text(clean(_cell(row.get(c)))) for c in columns))
    con.print(grid)
