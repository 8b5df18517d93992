"""Rows -> table | json | jsonl | csv | tsv | yaml | plain, on a stream. No domain logic."""

from __future__ import annotations

import functools
import json
import json.encoder
import os
import re
import sys
from enum import StrEnum

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any, TextIO


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    plain = "plain"


# Characters a terminal obeys instead of showing: C0 and C1 controls and DEL (escape
# sequences, BEL, CR, backspace), bidi embeddings, overrides, isolates and marks (U+202E
# reverses what follows: "Trojan Source"), zero-width and invisible characters that hide text
# (U+200B, U+2060, U+FEFF) or ASCII smuggled in tag characters, and the Unicode line breaks.
# ZWNJ and ZWJ (U+200C, U+200D) are left alone: scripts and emoji need them to display.
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_INVISIBLE = (
    *range(0x20),
    *range(0x7F, 0xA0),
    *(0x061C, 0x200B, 0x200E, 0x200F, 0xFEFF),
    *range(0x2028, 0x202F),
    *range(0x2060, 0x206A),  # U+2065 is unassigned: escaped too, as a terminal may learn it
    *range(0xE0000, 0xE0080),
)


def _escape(c: int) -> str:
    if chr(c) in _NAMED:
        return _NAMED[chr(c)]
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}"


def _surrogates(c: int) -> str:
    high, low = divmod(c - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


_VISIBLE = {c: _escape(c) for c in _INVISIBLE}


def visible(text: str, *, keep: str = "") -> str:
    """`text` with every character a terminal would obey shown as an escape (as `ls` does).

    ESC is shown as `\\x1b`, CR as `\\r`, U+202E as `\\u202e`; characters in `keep`
    (say tab and newline in multi-line text) are left as they are.
    """
    return text.translate(_table(keep))


@functools.cache
def _table(keep: str) -> dict[int, str]:
    """The escapes for every obeyed character but those in `keep` (one table per `keep`)."""
    return {c: v for c, v in _VISIBLE.items() if chr(c) not in keep}


def clean(text: str) -> str:
    """NFC text safe for a terminal: controls, bidi and invisible characters shown as escapes.

    Tabs and newlines are kept: use `line` for text that must stay on one line.
    """
    import unicodedata

    return visible(unicodedata.normalize("NFC", text), keep="\t\n")


def line(text: str) -> str:
    """One line of NFC text safe for a terminal: as `clean`, with tab and newline as `\\t`, `\\n`.

    A value with a tab or newline in it can then never forge a column or a line.
    """
    import unicodedata

    return visible(unicodedata.normalize("NFC", text))


def tsv_field(text: str) -> str:
    """A TSV cell, exact and reversible ("linear TSV"): backslash, tab, LF, CR escaped."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def csv_field(text: str) -> str:
    """An RFC 4180 cell: quoted when it holds a comma, quote, CR or LF (a CR alone too)."""
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_line(cells: Iterable[str], *, end: str = "\n") -> str:
    return ",".join(csv_field(c) for c in cells) + end


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


# A spreadsheet trims these before it looks for a formula (OWASP, CSV injection).
_BLANKS = " \t\r\n\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"


def guard_formula(text: str) -> str:
    """Stop spreadsheets running a cell as a formula (CSV injection): prefix it with `'`.

    Guarded: a cell beginning with `=`, `+`, `-`, `@`, tab or CR, also after blanks a
    spreadsheet trims (spaces, NBSP, zero-width space, BOM).
    """
    if text[:1] in ("\t", "\r") or text.lstrip(_BLANKS)[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text


# JSON escapes C0 controls but not DEL and C1 (U+009B is a CSI to some terminals), bidi
# controls or invisible characters. Outside strings JSON is ASCII, so escaping them
# everywhere keeps the same data, safe on a terminal.
_JSON_UNSAFE = {c: f"\\u{c:04x}" for c in _INVISIBLE if 0x20 <= c < 0x10000}
_JSON_UNSAFE |= {c: _surrogates(c) for c in _INVISIBLE if c >= 0x10000}


def _char_class(codes: Iterable[int]) -> str:
    """A regex class of these code points, as ranges: listed one by one, the characters
    beyond U+FFFF keep sre from using a bitmap and it tries each in turn (30x slower)."""
    spans: list[list[int]] = []
    for c in sorted(codes):
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    return (
        "["
        + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b))) * (a != b) for a, b in spans)
        + "]"
    )


INVISIBLE = "".join(map(chr, _JSON_UNSAFE))  # what escape_invisible escapes


@functools.cache
def _unsafe() -> re.Pattern[str]:
    return re.compile(_char_class(_JSON_UNSAFE))


def _has_unsafe(text: str) -> bool:
    """Whether text holds a character escape_invisible escapes. Each of them is unprintable
    (tested), and so is none of what JSON usually holds but the line break: a text whose
    lines are all printable has none, found without compiling the class (~0.7 ms)."""
    if all(map(str.isprintable, text.split("\n"))):
        return False
    return _unsafe().search(text) is not None


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON with non-ASCII text as is and every control character escaped."""
    if indent == 2:
        return json_block(data)
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
    # translate() looks up every character (slow on Korean text): only when there is one to escape.
    return text.translate(_JSON_UNSAFE) if _has_unsafe(text) else text


def json_block(data: Any, margin: str = "") -> str:
    """dumps(data, indent=2), its lines after the first preceded by `margin` (nested in an
    array or object written around it)."""
    return escape_invisible(indented(data, margin))


def escape_invisible(text: str) -> str:
    """JSON text with the characters JSON leaves raw but a terminal may act on escaped."""
    return text.translate(_JSON_UNSAFE) if _has_unsafe(text) else text


def indented(value: Any, margin: str = "") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2, default=str), its lines after the
    first preceded by `margin`: the same text, several times faster.

    Given an indent, json.dumps gives up its C encoder for Python code that yields every
    bracket and comma on its own (most of the time `list -f json` took). Here the layout is
    built with joins and each string is escaped by the C function json uses itself; what is
    not plain JSON data (a Decimal, a dict with keys that are not text) goes to json.dumps.
    """
    if isinstance(value, str):
        return _quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = margin + "  "
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = [indented(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + margin + "]"
    if isinstance(value, dict) and all(type(k) is str for k in value):
        if not value:
            return "{}"
        pairs = [_quote(k) + ": " + indented(v, inner) for k, v in value.items()]
        return "{\n" + inner + (",\n" + inner).join(pairs) + "\n" + margin + "}"
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return text.replace("\n", "\n" + margin)


_quote = json.encoder.encode_basestring  # json's own (its C version where there is one)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def write_json(data: Any, out: TextIO) -> None:
    out.write(dumps(data, indent=2) + "\n")


def write_json_array(
    rows: Iterable[Any], out: TextIO, block: Callable[[Any, str], str] = json_block
) -> None:
    """The same text as write_json(list(rows)), written one element at a time (large lists).

    `block` writes an element as json_block does (views.fact_json writes a fact so).
    """
    first = True
    for row in rows:
        out.write(("[\n  " if first else ",\n  ") + block(row, "  "))
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

        text = yaml.safe_dump(list(rows), allow_unicode=True, sort_keys=False, width=1000)
        out.write(visible(text, keep="\n") if is_terminal(out) else text)
    elif fmt in (Format.csv, Format.tsv):
        write_cells(columns, ([_cell(row.get(c)) for c in columns] for row in rows), fmt, out)
    elif fmt is Format.plain:
        for row in rows:
            # Each value on one line and free of tabs before the row is joined: no value
            # can forge a column or a line.
            if plain:
                safe = {k: line(v) if isinstance(v, str) else v for k, v in row.items()}
                text = visible(plain(safe), keep="\t")
            else:
                text = "\t".join(line(_cell(row.get(c))) for c in columns)
            out.write(text + "\n")
    else:
        table(rows, columns, out=out, headers=headers, title=title)


# Columns of long text: they wrap (at word boundaries), the others never do.
WIDE = ("statement", "statement_en", "marked_statement", "quote", "message", "title", "value")


def write_cells(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    fmt: Format,
    out: TextIO,
    *,
    end: str = "\n",
) -> None:
    """CSV or TSV rows, one line each, every cell guarded against spreadsheet formulas.

    Piped, the data stays exact: CSV quotes a cell holding a comma, quote, CR or LF; TSV
    escapes backslash, tab, CR and LF. On a terminal, control and invisible characters are
    also shown as escapes, so a cell cannot drive the terminal.
    """
    terminal = is_terminal(out)
    if fmt is Format.tsv:

        def encode(cells: Sequence[str]) -> str:
            text = "\t".join(tsv_field(c) for c in cells) + end
            return visible(text, keep="\t" + end) if terminal else text

    else:

        def encode(cells: Sequence[str]) -> str:
            return csv_line([visible(c) for c in cells] if terminal else cells, end=end)

    out.write(encode(header))
    for cells in rows:
        out.write(encode([guard_formula(c) for c in cells]))


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
    cells = [{c: line(_cell(row.get(c))) for c in columns} for row in rows]
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
