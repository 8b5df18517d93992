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

from factcli.store.dbcache import connect, sqlite3
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
WRITE_WAIT = 0.2  # seconds a command waits for the cache's write lock before giving up


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
    return _decoded(data)


def _decoded(data: bytes) -> dict[tuple[str, int], Program] | None:
    import marshal

    try:
        found = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if type(found) is not dict:
        return None
    return {
        key: program
        for key, program in found.items()
        if type(key) is tuple and len(key) == 2 and type(program) is tuple and len(program) == 5
    }


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
    import marshal

    kept.update(made)
    _write(db, marshal.dumps(kept))
    # This process's own next check (a test, a script) reads the cache as it began: it
    # gets them from here.
    patterns.use_programs(kept)


_SENT: dict[tuple[str, int], Program] = {}  # made by a forked copy, for `keep`


def made_hex() -> str:
    """The programs made here since the last call, as text (a forked copy sends them)."""
    import marshal

    return marshal.dumps(patterns.made_programs()).hex()


def add_sent(text: Any) -> None:
    """The programs a forked copy sent (made_hex), for `keep`; none from anything else."""
    if type(text) is not str:
        return
    try:
        data = bytes.fromhex(text)
    except ValueError:
        return
    _SENT.update(_decoded(data) or {})


def _write(db: Any, data: bytes) -> None:
    try:
        conn, _inode = connect(db.path, write=True, timeout=WRITE_WAIT)
    except (OSError, ValueError, sqlite3.Error):
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        # Only into a file keyed by this code, for this store (see store.readings).
        meta = dict(conn.execute("SELECT k, v FROM meta WHERE k IN ('key', 'root')").fetchall())
        if meta.get("key") != db.meta["key"] or meta.get("root") != db.meta["root"]:
            conn.execute("ROLLBACK")
            return
        conn.execute(CREATE)
        conn.execute(
            "INSERT OR REPLACE INTO programs VALUES (?, ?, ?)", (_tag(), data, zlib.crc32(data))
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # as store.readings does
    except sqlite3.Error:
        try:  # noqa: SIM105  (not contextlib: a warm command does without it)
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
    finally:
        conn.close()
