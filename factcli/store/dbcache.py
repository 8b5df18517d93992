"""The compiled cache of a store as an SQLite file: facts by position and id, the index by term.

A warm `get` reads one row and `search` reads the postings of its words, so neither loads the
whole store: what a call costs depends on what it asks, not on how many facts there are.
The file is written whole to a temporary name and renamed into place; one that fails a check
(schema, key, size, SQLite's own errors) is treated as missing.
"""

from __future__ import annotations

import marshal
import os
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, overload

from factcli.errors import CacheDamaged
from factcli.store.index import DateKey, SearchIndex, date_agrees
from factcli.store.model import Fact, Store

FORMAT = "factcli-cache-3"

_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v BLOB);
CREATE TABLE facts(pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data BLOB NOT NULL);
CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER, postings BLOB, jamo TEXT, initials TEXT) WITHOUT ROWID;
CREATE TABLE vals(value TEXT NOT NULL, pos INTEGER NOT NULL);
CREATE TABLE dates(y INTEGER NOT NULL, m INTEGER NOT NULL, d INTEGER NOT NULL, pos INTEGER NOT NULL);
"""
_INDEXES = "CREATE INDEX vals_value ON vals(value); CREATE INDEX dates_y ON dates(y);"


def _number_key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def write(path: Path, key: str, store: Store, index: SearchIndex, *, content: str = "") -> None:
    """Write the cache file for `store` atomically; raises OSError or sqlite3.Error on failure."""
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            conn.executemany(
                "INSERT INTO facts VALUES (?, ?, ?)",
                (
                    (i, f.id, pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
                    for i, f in enumerate(store.facts)
                ),
            )
            conn.executemany(
                "INSERT INTO terms VALUES (?, ?, ?, ?, ?)",
                (
                    (t, len(p), marshal.dumps(p), index.jamo.get(t, t), index.initials.get(t, ""))
                    for t, p in index.postings.items()
                ),
            )
            conn.executemany(
                "INSERT INTO vals VALUES (?, ?)",
                ((_number_key(v), i) for i, v in enumerate(index.values) if v is not None),
            )
            conn.executemany(
                "INSERT INTO dates VALUES (?, ?, ?, ?)",
                ((y, m, d, i) for i, keys in enumerate(index.dates) for (y, m, d) in keys),
            )
            conn.executescript(_INDEXES)
            meta = {
                "format": FORMAT,
                "key": key,
                "content": content,
                "size": len(store.facts),
                "root": store.root,
                "subjects": pickle.dumps(store.subjects),
                "sources": pickle.dumps(store.sources),
                "aliases": pickle.dumps(index.aliases),
            }
            conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def open_store(path: Path, key: str) -> Store | None:
    """The cached store if the file is whole and was built for `key`, else None."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return None
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        page_size, page_count = (
            conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count")
        )
        if page_size * page_count != size:  # truncated or padded
            conn.close()
            return None
        meta = dict(conn.execute("SELECT k, v FROM meta"))
        if meta.get("format") != FORMAT or meta.get("key") != key:
            conn.close()
            return None
        subjects, sources = pickle.loads(meta["subjects"]), pickle.loads(meta["sources"])
        aliases = pickle.loads(meta["aliases"])
    except (
        OSError,
        sqlite3.Error,
        pickle.UnpicklingError,
        EOFError,
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
    ):
        return None
    db = _Db(conn, path)
    facts = LazyFacts(db, int(meta["size"]))
    store = CachedStore(facts=facts, subjects=subjects, sources=sources, root=str(meta["root"]))
    store.db = db
    store.search_index = DbIndex(db, int(meta["size"]), aliases)
    return store


class _Db:
    """The open cache file; a read that fails removes the file and raises CacheDamaged."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path

    def damaged(self, exc: BaseException) -> CacheDamaged:
        self.conn.close()
        self.path.unlink(missing_ok=True)  # the next read rebuilds it from the YAML
        return CacheDamaged(
            f"the store's cache was damaged ({exc}) and has been removed; run again"
        )

    def rows(self, sql: str, args: Iterable[Any] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, tuple(args)).fetchall()
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def unpickle(self, data: bytes) -> Any:
        try:
            return pickle.loads(data)
        except Exception as exc:  # bad bytes: any unpickling error
            raise self.damaged(exc) from None

    def unmarshal(self, data: bytes) -> Any:
        try:
            return marshal.loads(data)
        except Exception as exc:
            raise self.damaged(exc) from None


class LazyFacts(Sequence[Fact]):
    """The facts of a cached store, read from disk when asked for."""

    def __init__(self, db: _Db, size: int) -> None:
        self.db, self.size = db, size
        self.loaded: dict[int, Fact] = {}
        self.everything: list[Fact] | None = None

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, pos: int) -> Fact: ...
    @overload
    def __getitem__(self, pos: slice) -> Sequence[Fact]: ...
    def __getitem__(self, pos: int | slice) -> Fact | Sequence[Fact]:
        if isinstance(pos, slice):
            return list(self)[pos]
        if self.everything is not None:
            return self.everything[pos]
        if pos < 0:
            pos += self.size
        if pos not in self.loaded:
            rows = self.db.rows("SELECT data FROM facts WHERE pos = ?", (pos,))
            if not rows:
                raise IndexError(pos)
            self.loaded[pos] = self.db.unpickle(rows[0][0])
        return self.loaded[pos]

    def __iter__(self) -> Iterator[Fact]:
        if self.everything is None:
            rows = self.db.rows("SELECT data FROM facts ORDER BY pos")
            self.everything = [self.db.unpickle(data) for (data,) in rows]
        return iter(self.everything)


class CachedStore(Store):
    """A Store whose facts stay on disk until asked for."""

    db: _Db

    def get(self, fact_id: str) -> Fact | None:
        rows = self.db.rows("SELECT data FROM facts WHERE id = ?", (fact_id,))
        return self.db.unpickle(rows[0][0]) if rows else None


class DbIndex:
    """SearchIndex's questions, answered from the cache file."""

    def __init__(self, db: _Db, size: int, aliases: dict[str, tuple[str, ...]]) -> None:
        self.db, self.size, self.aliases = db, size, aliases
        self._df: dict[str, int | None] = {}
        self._postings: dict[str, dict[int, float]] = {}
        self._vocabulary: list[str] | None = None
        self._jamo: dict[str, str] | None = None

    def _load(self, term: str) -> None:
        rows = self.db.rows("SELECT df, postings FROM terms WHERE term = ?", (term,))
        self._df[term] = rows[0][0] if rows else None
        self._postings[term] = self.db.unmarshal(rows[0][1]) if rows else {}

    def has(self, term: str) -> bool:
        if term not in self._df:
            self._load(term)
        return self._df[term] is not None

    def idf(self, term: str) -> float:
        import math

        df = self._df.get(term) if self.has(term) else None
        return math.log(1 + self.size / (df or 1))

    def postings_of(self, term: str) -> dict[int, float]:
        if term not in self._postings:
            self._load(term)
        return self._postings[term]

    def sorted_vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            rows = self.db.rows("SELECT term FROM terms ORDER BY term")
            self._vocabulary = sorted(t for (t,) in rows)  # Python's order, whatever SQLite's
        return self._vocabulary

    def jamo_map(self) -> dict[str, str]:
        if self._jamo is None:
            self._jamo = dict(self.db.rows("SELECT term, jamo FROM terms"))
        return self._jamo

    def initials_items(self) -> Iterable[tuple[str, str]]:
        return self.db.rows("SELECT term, initials FROM terms WHERE initials != ''")

    def aliases_of(self, term: str) -> tuple[str, ...]:
        return self.aliases.get(term, ())

    def positions_with_value(self, value: Decimal) -> list[int]:
        return [
            p
            for (p,) in self.db.rows("SELECT pos FROM vals WHERE value = ?", (_number_key(value),))
        ]

    def positions_with_value_between(self, low: Decimal, high: Decimal) -> list[int]:
        rows = self.db.rows(
            "SELECT pos FROM vals WHERE CAST(value AS REAL) BETWEEN ? AND ?",
            (float(low) * (1 - 1e-12), float(high) * (1 + 1e-12)),
        )
        return sorted(p for (p,) in rows)

    def positions_with_date(self, wanted: DateKey) -> list[int]:
        rows = (
            self.db.rows("SELECT y, m, d, pos FROM dates WHERE y = ?", (wanted[0],))
            if wanted[0]
            else self.db.rows("SELECT y, m, d, pos FROM dates WHERE m = ?", (wanted[1],))
        )
        return sorted({pos for y, m, d, pos in rows if date_agrees(wanted, (y, m, d))})
