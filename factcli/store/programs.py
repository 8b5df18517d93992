"""The compiled regular expressions a command made, kept by the cache file for the next one.

CPython compiles a regular expression in Python (~0.5 ms for a class of Hangul syllables),
and a `check` compiles dozens of text.patterns' patterns (a draft at 100,000 facts ~250):
a tenth of a claim's time. What the compiler makes (the program `_sre` runs) depends only on
the source, the flags and the interpreter, so the cache file keeps the programs by
interpreter, in one row (a few hundred KB, read whole when the first pattern is compiled),
and text.patterns makes each pattern from its program. A program is kept only when it
makes the very pattern re.compile made (patterns.made_programs); a row that fails its
check, or a program that does not load, and the source is compiled as before.

Written like the readings (store.readings): after a command, in one short transaction,
only into the cache file the store was read from and only while it is keyed by this code.
"""

from __future__ import annotations

import functools
import sys
import zlib

from factcli.store.dbcache import sqlite3, write_keyed
from factcli.text import patterns

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any

    from factcli.store.model import Store
    from factcli.text.patterns import Program

CREATE = (
    "CREATE TABLE IF NOT EXISTS programs(tag TEXT PRIMARY KEY, data BLOB NOT NULL,"
    " crc INTEGER NOT NULL) WITHOUT ROWID"
)


def _tag() -> str:
    """The interpreter the programs are for: its build, and the form of _sre's programs."""
    import _sre

    return f"{sys.version}|{sys.platform}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


def attach(store: Store) -> None:
    """Offer text.patterns the programs the store's cache file keeps (read when first asked)."""
    db = getattr(store, "db", None)
    if db is not None and not patterns.programs_read():
        patterns.use_programs(functools.partial(_load, db))


def _load(db: Any) -> dict[tuple[str, int], Program] | None:
    try:
        rows = db.conn.execute("SELECT data, crc FROM programs WHERE tag = ?", (_tag(),)).fetchall()
    except sqlite3.Error:
        return None  # no such table: nothing kept yet
    if len(rows) != 1:
        return None
    data, check = rows[0]
    if type(data) is not bytes or zlib.crc32(data) != check:
        return None
    return _decoded(data, {})  # (each pre-test offered to text.patterns as its entry is read)


def encoded(programs: dict[tuple[str, int], Program]) -> bytes:
    """Programs as the row keeps them: the length of a JSON header (4 bytes), the header (for
    each program its source, flags and groups, the length of its code, and the pattern's
    pre-test: its words, English words and whether a Latin letter does, or null), then the
    codes. Data only: nothing read back can do more than fail its checks (no pickle, no
    marshal)."""
    import json

    header = []
    codes = []
    for (source, flags), (final, code, groups, groupindex, indexgroup) in programs.items():
        needs = patterns.pretest_to_keep(source, flags)
        pretest = None if needs is None else [sorted(needs[0]), sorted(needs[1]), needs[2]]
        header.append(
            [source, flags, final, len(code), groups, groupindex, list(indexgroup), pretest]
        )
        codes.append(code)
    head = json.dumps(header).encode()
    return len(head).to_bytes(4, "little") + head + b"".join(codes)


def _decoded(
    data: bytes, pretests: dict[tuple[str, int], Any] | None = None
) -> dict[tuple[str, int], Program] | None:
    """encoded's programs; None when the data is not that, whole (a JSON list of entries of
    eight, whose codes' lengths add up to the rest). Each entry is checked, and made a
    program, when first asked for (_Kept): a check asks for ~80 of several hundred. Their
    pre-tests go into `pretests` as they are (None for a source that tells none)."""
    import json

    try:
        size = int.from_bytes(data[:4], "little")
        header = json.loads(data[4 : 4 + size])
        at = 4 + size
        out = _Kept(data, pretests)
        raw = out.raw
        for entry in header:
            source, flags, length = entry[0], entry[1], entry[3]
            if len(entry) != 8 or type(length) is not int or length < 0 or length % 4:
                return None
            raw[(source, flags)] = (at, entry)
            at += length
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):  # not lists of eight
        return None
    if at != len(data):
        return None
    return out


class _Kept(dict):  # type: ignore[type-arg]
    """Programs by (source, flags), each made from its entry of the row when first asked for
    (get, [], items); an entry that fails its check is no program (compiled from its
    source instead)."""

    def __init__(self, data: bytes, pretests: dict[tuple[str, int], Any] | None) -> None:
        super().__init__()
        self.data, self.pretests = data, pretests
        self.raw: dict[Any, tuple[int, list[Any]]] = {}

    def _made(self, key: Any) -> Program | None:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)  # type: ignore[no-any-return]
        found = self.raw.pop(key, None)
        if found is None:
            return None
        at, entry = found
        made = _entry(self.data, at, entry)
        if made is None:
            return None
        program, needs = made
        dict.__setitem__(self, key, program)
        if self.pretests is not None:
            self.pretests[key] = needs
            patterns.note_pretests({key: needs})
        return program

    def pretest_of(self, key: Any) -> tuple[bool, Any]:
        """Whether the row keeps a program for key, and its pre-test (None: the source tells
        none), read without making the program: most patterns a check asks about cannot
        match its text, and are never made."""
        if dict.__contains__(self, key):
            return True, (self.pretests or {}).get(key)
        found = self.raw.get(key) if type(key) is tuple else None
        if found is None:
            return False, None
        needs = _needs(found[1][7])
        return (False, None) if needs is _BAD else (True, needs)

    def get(self, key: Any, default: Any = None) -> Any:
        made = self._made(key) if type(key) is tuple else None
        return default if made is None else made

    def __getitem__(self, key: Any) -> Program:
        made = self._made(key)
        if made is None:
            raise KeyError(key)
        return made

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return dict.__len__(self) + len(self.raw)

    def __iter__(self) -> Any:
        return iter([k for k, _v in self.items()])

    def keys(self) -> Any:
        return [k for k, _v in self.items()]

    def items(self) -> Any:
        for key in list(self.raw):
            self._made(key)
        return dict.items(self)

    def values(self) -> Any:
        return [v for _k, v in self.items()]


def _entry(data: bytes, at: int, entry: list[Any]) -> tuple[Program, Any] | None:
    """A program and its pre-test from an entry of the row, if it passes its check."""
    source, flags, final, length, groups, groupindex, indexgroup, pretest = entry
    if not (
        type(source) is str
        and type(flags) is int
        and type(final) is int
        and type(groups) is int
        and type(groupindex) is dict
        and type(indexgroup) is list
        # (most patterns name no group: no generator made for them)
        and (not groupindex or all(type(k) is str for k in groupindex))
        and (not groupindex or all(type(v) is int for v in groupindex.values()))
        and (
            indexgroup.count(None) == len(indexgroup)  # (in C: no group named)
            or all(g is None or type(g) is str for g in indexgroup)
        )
    ):
        return None
    needs = _needs(pretest)
    if needs is _BAD:
        return None
    program = (final, data[at : at + length], groups, groupindex, tuple(indexgroup))
    return program, needs


_BAD = object()  # a pre-test that fails its check


def _needs(pretest: Any) -> Any:
    """An entry's pre-test as text.patterns reads it (words, English words, Latin), None
    where the source tells none, _BAD where it is not that."""
    if pretest is None:
        return None
    if type(pretest) is not list or len(pretest) != 3:
        return _BAD
    words, english, latin = pretest
    if not (
        type(words) is list
        and type(english) is list
        and type(latin) is bool
        and all(type(w) is str and w for w in words)
        and all(type(w) is str and w for w in english)
    ):
        return _BAD
    return (frozenset(words), frozenset(english), latin)


def keep(store: Store) -> None:
    """Write to the cache the programs of the patterns compiled here from their sources (and
    those a forked copy sent: add_sent), beside the ones it keeps."""
    made = patterns.made_programs()
    made.update(_SENT)
    _SENT.clear()
    db = getattr(store, "db", None)
    if db is None or not made:
        return
    kept = patterns.kept_programs()
    if all(key in kept for key in made):
        return
    kept.update(made)
    _write(db, encoded(kept))
    # This process's own next check (a test, a script) reads the cache as it began: it
    # gets them from here.
    patterns.use_programs(kept)


_SENT: dict[tuple[str, int], Program] = {}  # made by a forked copy, for `keep`


def made_hex() -> str:
    """The programs made here since the last call, as text (a forked copy sends them)."""
    return encoded(patterns.made_programs()).hex()


def add_sent(text: Any) -> None:
    """The programs a forked copy sent (made_hex), for `keep`; none from anything else."""
    if type(text) is not str:
        return
    try:
        data = bytes.fromhex(text)
    except ValueError:
        return
    sent = _decoded(data)
    _SENT.update(sent.items() if sent is not None else ())


def _write(db: Any, data: bytes) -> None:
    insert = "INSERT OR REPLACE INTO programs VALUES (?, ?, ?)"
    write_keyed(db, CREATE, insert, [(_tag(), data, zlib.crc32(data))])
