"""A fast reader for store files that are plain data: rapidyaml (ryml) in C++, then JSON.

PyYAML builds every node in Python (~20 s for 100 MB); ryml parses and emits the same data as
JSON in C++, which `json.loads` turns into Python objects in C (~7x faster in all). PyYAML
stays the reference (factcli.store.yamlio): this path returns None, and the caller reads the
file with PyYAML, on anything where the two could differ:
- what YAML 1.1 (PyYAML) types otherwise than ryml's JSON: yes/no/on/off, ~ and Null, dates,
  octal, hex, 1_000, 1:20, .inf, -.5, keys that are not text (`1:`, `true:`); numbers are
  checked as JSON reads them (`1e3` is text to PyYAML);
- what yamlio refuses: tags (`!!str`), anchors and aliases, merge keys, duplicate keys,
  directives and several documents, numbers too long;
- syntax PyYAML refuses and ryml lets pass (`k: ]x`, `[:x]`, `: x`, `[a:, b]`, block scalar
  headers);
- characters PyYAML treats otherwise: tabs, CR and other line breaks, control characters,
  escapes other than \\" \\\\ \\n \\t in double quotes;
- a record whose line cannot be told from the text (the line of each subject, source and fact
  is part of it).
The scans look at the file's bytes once (patterns that start with a literal byte, which `re`
finds fast); a spot they find is looked at again on its line with quoted strings blanked out,
so "on 2025-07-23!" inside a quoted statement is not doubtful. The result carries the lines of
records only: the caller reads the file again with PyYAML when the schema finds any problem in
it, so every message and line comes from PyYAML (factcli.store.parser).
tests/test_fastyaml.py runs both readers on the bundled store, generated stores, tricky
snippets and random edits, and compares what they read.
"""

from __future__ import annotations

import json
import os
import re
import threading
from typing import Any

from factcli.store.yamlio import MAX_INT_DIGITS, LineDict, LineList

RECORD_KEYS = ("subjects", "sources", "facts")

# In ryml's JSON, text PyYAML types otherwise: YAML 1.1 bools and nulls, and ints and floats
# in forms JSON has not (017, 0x1F, 1_000, +1, .5, 1:20, .inf). ryml emits a plain scalar
# that is a JSON number (or true, false, null) as such, so a JSON *string* "2019" was quoted.
_JSON_NUMBER = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?"
_AMBIGUOUS = re.compile(
    r'"(?=[yYnNtTfFoO~+.0-9-])'  # what follows is tried only after a likely first character
    rf'(?:(?!{_JSON_NUMBER}")'
    r"(?:yes|Yes|YES|no|No|NO|True|TRUE|False|FALSE|on|On|ON|off|Off|OFF|~|Null|NULL"
    r"|[-+]?(?:0b[0-1_]+|0[0-7_]+|0x[0-9a-fA-F_]+|(?:0|[1-9][0-9_]*)(?::[0-5]?[0-9])*"
    r"|[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*(?:[eE][-+][0-9]+)?"
    r'|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN))"'
    # and a key PyYAML reads as a number, a bool or None (JSON keys are all text)
    rf'|(?:{_JSON_NUMBER}|true|false|null)": )'
)
# What PyYAML reads as a float (its YAML 1.1 resolver); JSON also reads 1e3 and 1.0e3.
_FLOAT = re.compile(
    r"[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
)

# Scans of the file's bytes. Each pattern starts with a literal byte (found fast) and looks
# behind it: an unquoted date (PyYAML's timestamp; quoted, it is common and safe), from its
# first dash; -.5 (ryml writes -0.5, PyYAML reads text); escapes other than \" \\ \n \t.
_DATE = re.compile(rb"-(?<=[0-9]{4}-)(?<![\"'0-9-][0-9]{4}-)[0-9]{1,2}-[0-9]{1,2}")
_MINUS_DOT = re.compile(rb"-\.[0-9]")
# A line that starts a document or ends one: one pass (two `in` tests took twice as long)
_DOCUMENT_MARK = re.compile(rb"\n(?:---|\.\.\.)")
_ESCAPE = re.compile(rb'\\[^"\\nt]')
# Characters that cannot start a plain scalar: tags, anchors, aliases, directives, reserved
# characters, explicit keys, block scalars (fine only as `|`, `|-`, `|+`); and those ryml lets
# start one where PyYAML refuses (`k: ]x`, `[:x]`, `: x`). A comma there ryml refuses itself.
_RARE = b"!&*%@`?|>"
_COMMON = (
    re.compile(rb":(?<=[ \n\[{,]:)"),
    re.compile(rb"\](?<=[ \n,]\])"),
    re.compile(rb"}(?<=[ \n,]})"),
)
# A colon right before a flow indicator inside a plain scalar (`[a:, b]`, `{a:}`): libyaml
# (PyYAML's C reader) refuses it in a flow collection, ryml reads a single-pair mapping.
_COLON_FLOW = re.compile(rb":[,\[\]{}]")
_BLOCK_HEADER = re.compile(rb"[|>][+-]? *$", re.MULTILINE)
# Where a scalar may start (its line up to it ends so): the start of a line, after "- " or
# "? " there, after ": ", or in a flow collection.
_SCALAR_START = re.compile(rb"(?:^ *(?:[-?] +)*|[:?-] +|[\[{,] *)$", re.MULTILINE)
# A quoted scalar opens at the start of a line, after ": ", "- ", "? ", or a flow [ { ,
_OPENS = r"(?:^ *|(?<=: )|(?<=- )|(?<=\? )|(?<=[\[{,])|(?<=[\[{,] ))"
_QUOTED = re.compile(_OPENS + r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')""")
_COMMENT = re.compile(r"(?:^|\s)#.*")
# A quoted scalar left open at the end of a line (searched from the quote)
_OPEN_AT_EOL = (
    re.compile(rb'"(?:(?<=^")|(?<=[ \[{,]"))(?:[^"\\\n]|\\[\s\S])*\n', re.MULTILINE),
    re.compile(rb"'(?:(?<=^')|(?<=[ \[{,]'))(?:[^'\n]|'')*\n", re.MULTILINE),
)
# Characters PyYAML refuses or reads as line breaks, and tabs (PyYAML and ryml place them
# differently), as UTF-8: C0 controls but LF, C1 controls (with NEL), LS, PS, BOM, U+FFFE/F.
_ODD_ASCII = bytes([*range(0x0A), *range(0x0B, 0x20), 0x7F])
_KEEP_ODD = bytes(b for b in range(256) if b not in _ODD_ASCII)  # translate() deletes these
_ODD_UTF8 = (
    re.compile(rb"\xc2[\x80-\x9f]"),
    re.compile(rb"\xe2\x80[\xa8\xa9]"),
    re.compile(rb"\xef\xbb\xbf"),
    re.compile(rb"\xef\xbf[\xbe\xbf]"),
)
_KEY_LINE = re.compile(r"([a-z]+)[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE)  # `facts:` alone

_stderr_lock = threading.Lock()


class FastDoc(LineDict):
    """A document read by rapidyaml: only its records' lines are known (see parse)."""


class _Doubt(Exception):
    """The fast reader cannot vouch for this file: PyYAML reads it."""


def _ryml() -> Any:
    try:
        import ryml  # type: ignore[import-untyped]
    except ImportError:  # an install without the wheel (an unsupported platform): PyYAML alone
        return None
    return ryml


def odd_bytes(data: bytes) -> bool:
    """Whether the bytes hold a character PyYAML refuses or reads otherwise than ryml."""
    if data.translate(None, _KEEP_ODD):
        return True
    # Most files hold no C1 control and no U+FEFF..U+FFFF: their lead bytes are looked for
    # first (one byte is found at memchr's speed, a pattern at the regex engine's)
    c1, line_breaks, bom, non_characters = _ODD_UTF8
    if b"\xc2" in data and c1.search(data):
        return True
    if b"\xef" in data and (bom.search(data) or non_characters.search(data)):
        return True
    return line_breaks.search(data) is not None


def doubtful(data: bytes) -> bool:
    """Whether the YAML holds anything ryml might read otherwise than PyYAML."""
    if data.startswith((b"---", b"...")) or _DOCUMENT_MARK.search(data):
        return True
    if b"\\" in data and _ESCAPE.search(data):
        return True
    if b"#" in data and _comment_in_flow(data):
        return True
    if (b"{" in data or b"[" in data) and _colon_in_flow(data):
        return True
    spots = [m.start() - 4 for m in _DATE.finditer(data)]
    spots += [m.start() for m in _MINUS_DOT.finditer(data)]
    for char in _RARE:
        at = data.find(char)
        while at >= 0:
            if char not in b"|>" or not _BLOCK_HEADER.match(data, at):
                spots.append(at)
            at = data.find(char, at + 1)
    if data[:1] in (b":", b"]", b"}"):
        spots.append(0)
    for pattern in _COMMON:
        spots += [m.start() for m in pattern.finditer(data)]
    # Only a whole scalar is typed or tagged: what starts after a word is inside plain text.
    # (A scalar starts after a space, a line break, [ { or , : the byte before is looked at
    # first, which rules out most spots, "12%" say, without the pattern.)
    spots = [
        at
        for at in spots
        if (at == 0 or data[at - 1] in b" \n[{,")
        and _SCALAR_START.search(data, data.rfind(b"\n", 0, at) + 1, at)
    ]
    # (in the middle of a scalar: not held to where a scalar starts)
    spots += [m.start() for m in _COLON_FLOW.finditer(data)]
    if not spots:
        return False
    # Lines are read one by one below: a quoted string that spans lines would mislead that.
    if any(pattern.search(data) for pattern in _OPEN_AT_EOL):
        return True
    return any(_plain_at(data, at) for at in spots)


# From a flow collection's opening to its line's end; a quoted scalar there; a colon with no
# space or flow indicator after it (`{doc:?  src}`: PyYAML refuses it in a flow collection,
# "found unexpected ':'", where ryml reads a key `doc:?  src`).
_FLOW_LINE = re.compile(rb"[\[{][^\n]*")
_QUOTED_IN_LINE = re.compile(rb"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\n]|'')*'")
_COLON_IN_FLOW = re.compile(rb":[^ \n,\[\]{}]")


def _colon_in_flow(data: bytes) -> bool:
    """Whether a plain scalar in a flow collection holds a colon followed by a character
    (`{doc:?  src, …}`); quoted scalars may (`{quote: "12:30"}`)."""
    for m in _FLOW_LINE.finditer(data):
        if b":" in m.group() and _COLON_IN_FLOW.search(_QUOTED_IN_LINE.sub(b'""', m.group())):
            return True
    return False


def _comment_in_flow(data: bytes) -> bool:
    """Whether a comment starts inside a flow collection (`{quote: 취임식 # …}`): PyYAML ends the
    line there, and the collection with it unclosed; ryml read the `#` as text."""
    # (bytes.find, not a regex: a pattern starting with a class scans a 1 MB file byte by byte)
    at = data.find(b"#", 1)
    while at >= 0:
        hashed, at = at, data.find(b"#", at + 1)
        if data[hashed - 1] not in b" \t":
            continue
        start = data.rfind(b"\n", 0, hashed) + 1
        end = data.find(b"\n", hashed)
        line = data[start : len(data) if end < 0 else end].decode("utf-8", "replace")
        where = len(data[start:hashed].decode("utf-8", "replace"))
        bare = _QUOTED.sub(lambda q: " " * len(q.group()), line)
        before = bare[:where]
        if bare[where : where + 1] == "#" and (
            before.count("{") > before.count("}") or before.count("[") > before.count("]")
        ):
            return True
    return False


def _plain_at(data: bytes, at: int) -> bool:
    """Whether the character at byte `at` may lie outside quoted strings and comments."""
    start = data.rfind(b"\n", 0, at) + 1
    end = data.find(b"\n", at)
    line = data[start : len(data) if end < 0 else end].decode("utf-8")
    where = len(data[start:at].decode("utf-8"))
    # Blank out quoted strings (every other character keeps its place), then a comment when
    # no quote is left open on the line (a quoted string may span lines).
    bare = _QUOTED.sub(lambda m: " " * len(m.group()), line)
    if '"' not in bare and "'" not in bare:
        bare = _COMMENT.sub(lambda m: " " * len(m.group()), bare)
    return not bare[where].isspace()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Doubt("duplicate key")  # PyYAML's error names the key and its line
    return out


def _float(literal: str) -> float:
    if not _FLOAT.fullmatch(literal):
        raise _Doubt("not a YAML 1.1 float")
    return float(literal)


def _int(literal: str) -> int:
    if len(literal.lstrip("-")) >= MAX_INT_DIGITS:
        raise _Doubt("number too long")
    return int(literal)


def _constant(literal: str) -> Any:
    raise _Doubt(f"{literal} is text to PyYAML")


def _emit(ryml: Any, data: bytes) -> str | None:
    """The document as JSON, or None if ryml cannot parse or emit it."""
    # ryml prints its errors on the C stderr before raising (a parse error; a tree deeper
    # than it emits): PyYAML reports them with its own message and line, so that output is
    # sent to /dev/null meanwhile.
    with _stderr_lock:
        saved = os.dup(2)
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, 2)
            finally:
                os.close(null)
            try:
                out = ryml.emit_json(ryml.parse_in_arena(data))
            except Exception:  # ryml.ExceptionParse, ExceptionVisit, whatever SWIG raises
                return None
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    return out if isinstance(out, str) else None


def parse(data: bytes, text: str) -> FastDoc | None:
    """A store file's mapping as yamlio.parse would read it, or None to read it with PyYAML.

    `data` is the file's bytes and `text` the same decoded. The records (the items of
    subjects, sources and facts) carry their line; nothing else does.
    """
    ryml = _ryml()
    if ryml is None or odd_bytes(data) or doubtful(data):
        return None
    emitted = _emit(ryml, data)
    if emitted is None or _AMBIGUOUS.search(emitted):
        return None
    try:
        doc = json.loads(
            emitted,
            object_pairs_hook=_pairs,
            parse_float=_float,
            parse_int=_int,
            parse_constant=_constant,
        )
    except (_Doubt, ValueError, RecursionError):
        return None
    if type(doc) is not dict:
        return None
    return _with_lines(doc, text)


def _with_lines(doc: dict[str, Any], text: str) -> FastDoc | None:
    """The document with the line of each record, found in the text; None if unsure."""
    out = FastDoc(doc)
    out.line, out.key_lines = 1, {}
    for key in RECORD_KEYS:
        items = doc.get(key)
        if type(items) is not list:
            continue
        lines = _item_lines(text, key, items)
        if lines is None:
            return None
        # The records stay plain dicts: the schema takes each one's line from the list.
        records = out[key] = LineList(items)
        records.item_lines, records.line = lines, lines[0]
    return out


def _item_lines(text: str, key: str, items: list[Any]) -> list[int] | None:
    """The line of each item of the block sequence under the top-level `key`."""
    starts = [0] if text.startswith(key) else []
    at = text.find(f"\n{key}")
    while at >= 0:
        starts.append(at + 1)
        at = text.find(f"\n{key}", at + 1)
    found = [m for m in (_KEY_LINE.match(text, at) for at in starts) if m and m.group(1) == key]
    if len(found) != 1 or not items:
        return None
    body = found[0].end()
    first = re.compile(r"\n( *)-[ \n]").search(text, body - 1)
    if first is None or text[body : first.start()].strip():
        return None  # a flow sequence, or something between the key and the first item
    indent = first.group(1)
    # The sequence ends at the next line that starts at the left edge with anything but a
    # dash (another top-level key); a comment or blank line does not end it.
    end_match = re.compile(r"\n[^\s#-]").search(text, first.start())
    end = end_match.start() if end_match else len(text)
    dash = re.compile(re.escape(f"\n{indent}-") + "[ \n]")
    starts = [m.start() + 1 for m in dash.finditer(text, first.start(), end + 1)]
    if len(starts) != len(items):
        return None
    lines, line, pos = [], 1, 0
    skip = len(indent) + 2
    for start, item in zip(starts, items, strict=True):
        # The item must begin on the dash's line with its first key (PyYAML's line for the
        # mapping); "-" alone on a line, or a nested sequence, is left to PyYAML.
        head = start + skip
        if type(item) is dict:
            first_key = next(iter(item), None)
            if first_key is None or not (
                text.startswith(first_key, head)
                or text.startswith(f'"{first_key}"', head)
                or text.startswith(f"'{first_key}'", head)
            ):
                return None
        elif text[head : head + 1] in ("", "\n", "-", "[", "{", "|", ">"):
            return None
        line += text.count("\n", pos, start)
        pos = start
        lines.append(line)
    return lines


def same(a: object, b: object) -> bool:
    """Whether two readings agree: equal, with the same types all the way down.

    True is not 1 and a date is not its text; a LineDict counts as a dict. For the tests and
    the fuzz target that hold this reader to PyYAML's.
    """
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(
            type(k) is type(j) and same(a[k], b[j]) for k, j in zip(a, b, strict=True)
        )
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and (a == b or (a != a and b != b))  # nan agrees with nan
