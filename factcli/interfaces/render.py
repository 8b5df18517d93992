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


COLOR = "auto"  # --color: auto (a terminal without NO_COLOR), always or never


def set_color(choice: str) -> None:
    """--color auto|always|never, for every console made after."""
    global COLOR
    COLOR = choice


def wants_color(stream: TextIO) -> bool:
    """Colour on this stream? `--color always` wins over NO_COLOR, as in rg and gh."""
    if COLOR != "auto":
        return COLOR == "always"
    return is_terminal(stream) and not os.environ.get("NO_COLOR")


def width_of(stream: TextIO) -> int:
    """The terminal's width; piped, $COLUMNS or 100."""
    import shutil

    if is_terminal(stream):
        return shutil.get_terminal_size().columns
    try:
        return max(20, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 100


def console(stream: TextIO | None = None, *, width: int | None = None):  # type: ignore[no-untyped-def]
    """A rich Console that writes no colour or escapes unless asked (terminal or --color)."""
    from rich.console import Console

    stream = stream or sys.stdout
    color = wants_color(stream)
    con = Console(
        file=stream,
        # never: no escapes at all; NO_COLOR on a terminal: bold and underline, no colours.
        force_terminal=color or (COLOR == "auto" and is_terminal(stream)),
        no_color=not color,
        width=width or width_of(stream),
        highlight=False,
        emoji=False,
        markup=False,
    )
    con.on_broken_pipe = _reader_left  # type: ignore[method-assign]
    return con


def _reader_left() -> None:
    """Rich would exit 1 when the reader leaves (`factcli list -f table | head -1`); let the
    boundary end quietly instead, as for every other format."""
    raise BrokenPipeError


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


# Columns of long text: they wrap (at word boundaries), the others never do.
WIDE = ("statement", "statement_en", "marked_statement", "quote", "message", "title", "value")


def table(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    *,
    out: TextIO,
    headers: dict[str, str] | None = None,
    title: str | None = None,
) -> None:
    """A rich table; cell text is never parsed as markup.

    Ids and other short cells are never broken or cut: when they leave the wide columns
    (statements) too little room, each row becomes a record instead, the short cells on one
    line and the text below it, wrapped at word boundaries with an indent.
    """
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    con = console(out)
    rows = list(rows)
    cells = [{c: clean(_cell(row.get(c))) for c in columns} for row in rows]
    names = {c: (headers or {}).get(c, c) for c in columns}
    wide = [c for c in columns if c in WIDE]
    narrow = [c for c in columns if c not in wide]
    need = sum(max([cell_len(names[c])] + [cell_len(r[c]) for r in cells]) + 3 for c in narrow)
    room = 24 if narrow != list(columns) else 0  # what the wide columns need at least
    if need + room > con.width:
        records(cells, narrow, wide, con)
        return
    grid = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for col in columns:
        long = col in wide
        grid.add_column(names[col], overflow="fold", ratio=3 if long else None, no_wrap=not long)
    for row in cells:
        grid.add_row(*(Text(row[c]) for c in columns))
    con.print(grid)


def records(
    cells: list[dict[str, str]], head: Sequence[str], body: Sequence[str], con: Any
) -> None:
    """Rows as records for narrow terminals: short cells on a line, long text indented below."""
    from rich.padding import Padding
    from rich.text import Text

    for row in cells:
        line = Text()
        for n, col in enumerate(c for c in head if row[c]):
            line.append(("  " if n else "") + row[col], style="bold" if n == 0 else "")
        con.print(line, overflow="ignore", crop=False, soft_wrap=True)
        for col in body:
            if row[col]:
                con.print(Padding(Text(row[col]), (0, 0, 0, 4)))
