"""What the cache keeps of facts' texts as read (text.readings): a fact is read once, not by
every command that weighs it.

`check` reads each candidate fact's statements and quotes (values with their roles, clauses,
events): ~1 ms a text, most of a sentence's cost. Reading a text depends only on the text and
on factcli's code, which the cache file is keyed by (a change of code rebuilds it): so the
readings are kept by text, in a table of the cache file that `keep` creates and fills after a
command, with the readings it made, and that `recall` offers to text.analysis before the
facts are weighed. Nothing else changes: a reading missing, damaged or refused is made again.

The same rules as the rest of the cache (dbcache): rows are data (JSON of plain values, read
back by text.readings, which checks every type) with a CRC each, checked as they are read;
they are written only to the cache file the store was read from (which passed the folder's
and the file's checks), in one short transaction, and only while the file is still keyed by
this code (a file rebuilt meanwhile by another factcli is left alone). A row that fails its
check is ignored (and written again); a write that cannot take the lock at once is skipped.
"""

from __future__ import annotations

import functools

from factcli.store.dbcache import crc, sqlite3, write_keyed
from factcli.text import analysis, readings

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from factcli.store.model import Fact, Store

CREATE = (
    "CREATE TABLE IF NOT EXISTS readings(text TEXT NOT NULL, kind TEXT NOT NULL,"
    " data TEXT NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY(text, kind)) WITHOUT ROWID"
)
BATCH = 400  # texts asked for in one query (SQLite allows 32,766 parameters; keep them few)
ASKED_MAX = 1 << 16  # texts remembered as asked for; past it, forgotten


class _Kept:
    """A store's readings: the texts asked for, and which readings the cache had."""

    def __init__(self) -> None:
        self.asked: dict[str, None] = {}
        self.found: set[tuple[str, str]] = set()
        self.off = False  # the cache has no readings table (yet) or cannot be read
        self.sent: list[tuple[str, str, str, int]] = []  # made by a forked copy (drafts)


def texts_of(fact: Fact) -> list[str]:
    """The texts of a fact that judging reads: statements, quotes, a text value, the org."""
    texts = [fact.statement, fact.statement_en, *(r.quote for r in fact.sources)]
    if isinstance(fact.value, str):
        texts.append(fact.value)
    if fact.org:
        texts.append(fact.org)
    return list(dict.fromkeys(t for t in texts if t))


def _state(store: Store) -> _Kept | None:
    if getattr(store, "db", None) is None:
        return None  # not read from the cache: nothing to recall, nowhere to keep
    state: _Kept | None = getattr(store, "_readings", None)
    if state is None:
        state = _Kept()
        try:
            store._readings = state  # type: ignore[attr-defined]
        except AttributeError:
            return None
    return state


def _decoded(state: _Kept, kind: str, text: str, data: str) -> Any:
    try:
        return readings.decode(kind, text, data)
    except ValueError:
        state.found.discard((kind, text))  # refused: read here, and written right by `keep`
        return None


def recall(store: Store, facts: Iterable[Fact]) -> None:
    """Offer text.analysis the readings the cache has of these facts' texts (read lazily)."""
    state = _state(store)
    if state is None:
        return
    if len(state.asked) > ASKED_MAX:  # a long-lived process (the language server)
        state.asked.clear()
        state.found.clear()
    new = [t for f in facts for t in texts_of(f) if t not in state.asked]
    state.asked.update(dict.fromkeys(new))  # kept by `keep` once read, whatever the cache has
    if not new or state.off:
        return
    conn = store.db.conn  # type: ignore[attr-defined]
    for start in range(0, len(new), BATCH):
        chunk = new[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        try:
            rows = conn.execute(
                f"SELECT text, kind, data, crc FROM readings WHERE text IN ({marks})", chunk
            ).fetchall()
        except sqlite3.Error:
            state.off = True  # no such table: nothing kept yet
            return
        for text, kind, data, check in rows:
            if (
                type(text) is str
                and type(data) is str
                and kind in readings.KINDS
                and crc(text, kind, data) == check
            ):
                state.found.add((kind, text))
                analysis.give(kind, text, functools.partial(_decoded, state, kind, text, data))


def _reading(kind: str, text: str) -> Any:
    if kind == "analysis":
        return analysis.analyze_sentence(text)
    if kind == "values":
        return analysis.values_of(text)
    return analysis.names_of(text, loose=True)


def keep(store: Store) -> None:
    """Write to the cache the readings this process made of the facts' texts it recalled
    (and those a forked copy of it made: add_made_rows)."""
    state = _state(store)
    if state is None:
        return
    rows = made_rows(store)
    if state.sent:
        made = {(text, kind) for text, kind, _d, _c in rows}
        rows += [r for r in state.sent if (r[1], r[0]) not in state.found | made]
        state.sent = []
    if rows:
        _write(store.db, rows)  # type: ignore[attr-defined]
        state.found.update((kind, text) for text, kind, _d, _c in rows)


def made_rows(store: Store) -> list[tuple[str, str, str, int]]:
    """The rows `keep` would write: the readings this process made of the texts it recalled
    that the cache did not have."""
    state = _state(store)
    if state is None:
        return []
    rows = []
    for text in state.asked:
        for kind in readings.KINDS:
            if (kind, text) not in state.found and analysis.made(kind, text):
                try:
                    data = readings.encode(kind, text, _reading(kind, text))
                except ValueError:
                    continue
                rows.append((text, kind, data, crc(text, kind, data)))
    return rows


def add_made_rows(store: Store, rows: Any) -> None:
    """Readings a forked copy of this process made (its made_rows, sent as JSON), for `keep`
    to write with this process's own; a row that is not one, or fails its check, is left."""
    state = _state(store)
    if state is None or type(rows) is not list:
        return
    for row in rows:
        if type(row) is not list or len(row) != 4:
            continue
        text, kind, data, check = row
        if (
            type(text) is str
            and type(data) is str
            and kind in readings.KINDS
            and type(check) is int
            and crc(text, kind, data) == check
        ):
            state.sent.append((text, kind, data, check))


def _write(db: Any, rows: list[tuple[str, str, str, int]]) -> None:
    write_keyed(db, CREATE, "INSERT OR REPLACE INTO readings VALUES (?, ?, ?, ?)", rows)
