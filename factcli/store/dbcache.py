"""The compiled cache of a store as an SQLite file, read lazily and verified as it is read.

Layout: one segment per store file (its facts and their index entries, by position within the
file), so an edit to one file rewrites that file's rows only. A fact's position in the store is
its segment's offset (the files before it, in store order) plus its position in the file.

Everything is data: facts are JSON (factcli.store.codec), postings are arrays of integers.
Every row carries a CRC32 of its contents, checked when the row is read, so a flipped byte
is found where it is read instead of served; whole-table reads (the vocabulary) are checked
against a CRC kept in `meta`. A check that fails raises CacheDamaged after removing the file
(the command runs again from the YAML). `Reader.open` checks the file's own invariants (row
counts, meta types, the format and the key) and returns None for a file that fails them.

The file is in WAL mode: an update changes it in place, in one transaction, while readers go
on reading. A reader holds one read transaction for its whole life, so every query it makes
sees the same state, whatever commits meanwhile; a killed update never committed, and SQLite
drops its pages on the next open.
"""

from __future__ import annotations

import json
import os
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress
from operator import itemgetter

from factcli.errors import CacheDamaged
from factcli.store import codec
from factcli.store.model import Fact, Source, Store, Subject

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    import sqlite3
else:
    try:  # the C module alone: sqlite3's dbapi2 adds datetime adapters the cache never uses,
        import _sqlite3 as sqlite3  # and importing them costs every start-up ~2-3 ms
    except ImportError:  # another Python: the public module
        import sqlite3
if TYPE_CHECKING:  # the index code loads only for a search or a build, not for `get`
    from decimal import Decimal
    from pathlib import Path
    from typing import Any, overload

    from factcli.store.index import DateKey, SearchIndex

    # (seg, id, superseded_by, shape, flat, data or None): a row a JSON listing writes
    Listed = tuple[int, str, str | None, int | None, bytes | None, bytes | None]

FORMAT = "factcli-cache-8"
BUILD_CACHE_KIB = 32 << 10  # SQLite's page cache while a new cache file is written

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT NOT NULL, crc INTEGER NOT NULL);
CREATE TABLE files(
    path TEXT PRIMARY KEY, ord INTEGER NOT NULL, seg INTEGER NOT NULL UNIQUE,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    ino INTEGER NOT NULL, sha TEXT NOT NULL, verified_ns INTEGER NOT NULL,
    nfacts INTEGER NOT NULL, crc INTEGER NOT NULL,
    records TEXT NOT NULL, rcrc INTEGER NOT NULL, indexed TEXT NOT NULL
);
-- shape, flat: what a JSON listing writes of the fact (store.listing), NULL when it has no
-- such form; fcrc checks them with id and wkey, so a listing reads no data.
CREATE TABLE facts(
    seg INTEGER NOT NULL, local INTEGER NOT NULL, id TEXT NOT NULL, wkey TEXT NOT NULL,
    shape INTEGER, flat BLOB, fcrc INTEGER NOT NULL,
    data TEXT NOT NULL, crc INTEGER NOT NULL, sby TEXT, scrc INTEGER NOT NULL,
    PRIMARY KEY(seg, local)
);
CREATE INDEX facts_id ON facts(id);
CREATE INDEX facts_sby ON facts(sby, id) WHERE sby IS NOT NULL;
CREATE TABLE terms(
    term TEXT NOT NULL, seg INTEGER NOT NULL, postings BLOB NOT NULL, crc INTEGER NOT NULL,
    PRIMARY KEY(term, seg)
) WITHOUT ROWID;
-- The *_seg indexes: an edit drops one file's rows without a scan of the table.
CREATE INDEX terms_seg ON terms(seg);
-- Who supersedes whom, apart from the facts: an edit checks and links it whole.
CREATE TABLE sups(
    seg INTEGER NOT NULL, local INTEGER NOT NULL, id TEXT NOT NULL, target TEXT NOT NULL,
    crc INTEGER NOT NULL, PRIMARY KEY(seg, local)
);
CREATE TABLE vocab(term TEXT PRIMARY KEY, jamo TEXT NOT NULL, initials TEXT NOT NULL) WITHOUT ROWID;
-- The texts whose CRCs meta keeps (vocab_crc, jamo_crc, initials_crc), whole: a search reads
-- one row of each instead of scanning the vocabulary (40,000 words at 100,000 facts).
CREATE TABLE vocab_text(k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE vals(value TEXT NOT NULL, seg INTEGER NOT NULL, local INTEGER NOT NULL, crc INTEGER NOT NULL);
CREATE INDEX vals_value ON vals(value);
CREATE INDEX vals_seg ON vals(seg);
CREATE TABLE dates(
    y INTEGER NOT NULL, m INTEGER NOT NULL, d INTEGER NOT NULL,
    seg INTEGER NOT NULL, local INTEGER NOT NULL, crc INTEGER NOT NULL
);
CREATE INDEX dates_y ON dates(y);
CREATE INDEX dates_seg ON dates(seg);
"""
META_KEYS = (
    "format", "key", "root", "schema", "size", "valid", "problems", "subjects", "sources",
    "aliases", "digest", "nterms", "nvals", "ndates", "vocab_crc", "jamo_crc", "initials_crc",
)  # fmt: skip
VOCAB_KEYS = ("nterms", "vocab_crc", "jamo_crc", "initials_crc")
FILE_COLUMNS = "path, ord, seg, size, mtime_ns, ctime_ns, ino, sha, verified_ns, nfacts, crc"


def crc(*parts: object) -> int:
    """CRC32 of the parts as text: what every row keeps of itself."""
    text = "\x1f".join([p if type(p) is str else "" if p is None else str(p) for p in parts])
    return zlib.crc32(text.encode())


def flat_crc(fid: str, wkey: str, shape: int, flat: bytes) -> int:
    """What a fact row keeps of its listing's form (store.listing), with its keys."""
    return zlib.crc32(flat, zlib.crc32(f"{fid}\x1f{wkey}\x1f{shape}\x1f".encode()))


def file_crc(row: Sequence[Any]) -> int:
    return crc(*row[:10])


def number_key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def when_key(fact: Fact) -> str:
    return fact.when or "9999"


# --- postings: data only, two arrays ------------------------------------------------------
# Each weight that packs into one byte (weight * 20, exactly), with its byte: what pack_postings
# tests of every weight, looked up once each instead.
_WEIGHT_BYTES = {k / 20: k for k in range(256) if (k / 20) * 20 == int((k / 20) * 20) == k}


def pack_postings(postings: dict[int, float]) -> bytes:
    positions = array("I", postings).tobytes()
    try:
        return b"b" + positions + bytes(map(_WEIGHT_BYTES.__getitem__, postings.values()))
    except KeyError:  # a weight that is not a twentieth: kept whole
        return b"d" + positions + array("d", postings.values()).tobytes()


_BYTE_WEIGHTS = tuple(k / 20 for k in range(256))  # a weight kept in one byte, as k / 20


def postings_count(blob: bytes) -> int:
    """How many facts a postings blob holds; ValueError if it is not one."""
    kind, size = blob[:1], len(blob) - 1
    width = 5 if kind == b"b" else 12  # bytes per entry: position and weight
    if kind not in (b"b", b"d") or size % width:
        raise ValueError("bad postings")
    return size // width


def unpack_postings(blob: bytes, base: int) -> Iterator[tuple[int, float]]:
    count = postings_count(blob)
    body = blob[1:]
    positions = array("I")
    positions.frombytes(body[: 4 * count])
    # map and zip run in C: a common word's postings (thousands) cost no Python loop.
    if blob[:1] == b"b":
        weights: Iterable[float] = map(_BYTE_WEIGHTS.__getitem__, body[4 * count :])
    else:
        doubles = array("d")
        doubles.frombytes(body[4 * count :])
        weights = doubles
    shifted: Iterable[int] = map(base.__add__, positions) if base else positions
    return zip(shifted, weights, strict=True)


# --- opening --------------------------------------------------------------------------------
SIDECARS = ("-wal", "-shm")  # SQLite's files beside a database in WAL mode


def connect(
    path: str | Path, *, write: bool = False, timeout: float = 5.0
) -> tuple[sqlite3.Connection, int]:
    """The cache file at `path` (never created: one removed meanwhile is an error), its inode.

    Read-only, a connection leaves the WAL files in place when it closes (the last
    read-write one checkpoints and removes them): the next command finds them made, which
    saves it most of a millisecond.
    """
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise ValueError("not an SQLite file")
        inode = os.fstat(fh.fileno()).st_ino
    uri = os.fspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    conn = sqlite3.connect(
        f"file:{uri}?mode={'rw' if write else 'ro'}", uri=True, isolation_level=None,
        check_same_thread=False,
        timeout=timeout,
    )  # fmt: skip
    return conn, inode


def same_file(path: str | Path, inode: int) -> bool:
    """Whether `path` is still the file opened, once a transaction has opened its WAL files.

    A rebuild removes the old file's WAL files, then renames a new file over the path: a
    connection that opened the old file, then the new one's WAL files, would mix the two.
    """
    try:
        return os.stat(path).st_ino == inode
    except OSError:
        return False


def wal_size(path: str | Path) -> int:
    try:
        return os.stat(f"{path}-wal").st_size
    except FileNotFoundError:
        return 0


def remove(path: str | Path) -> None:
    """Remove a cache file with its WAL files (left behind, they would join the next file)."""
    for suffix in ("", *SIDECARS):
        # os and try, not pathlib or contextlib: a warm command imports neither (~4 ms).
        try:  # noqa: SIM105
            os.unlink(f"{os.fspath(path)}{suffix}")
        except FileNotFoundError:
            pass


# --- reading ------------------------------------------------------------------------------
class Layout:
    """Segments in store order: where each begins among the store's positions."""

    def __init__(self, rows: list[tuple[int, int, str]]) -> None:  # (seg, nfacts, path)
        self.segs = [seg for seg, _n, _p in rows]
        self.paths = {seg: path for seg, _n, path in rows}
        self.starts: list[int] = []
        self.offset: dict[int, int] = {}
        total = 0
        for seg, count, _path in rows:
            self.starts.append(total)
            self.offset[seg] = total
            total += count
        self.counts = {seg: n for seg, n, _p in rows}
        self.size = total

    def locate(self, pos: int) -> tuple[int, int]:
        at = bisect_right(self.starts, pos) - 1
        # Empty segments share a start: the last of them with this start holds the position.
        seg = self.segs[at]
        return seg, pos - self.starts[at]


class Reader:
    """An open cache file whose meta, files and invariants have been checked."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path, meta: dict[str, str]) -> None:
        self.conn, self.path, self.meta = conn, path, meta
        self.files: list[tuple[Any, ...]] = []
        self.layout = Layout([])
        self.names: dict[int, str] = {}  # segment -> the file's name as the user writes it

    def __del__(self) -> None:
        # A connection sits in a reference cycle with its statement cache: left to the
        # collector, it would hold its read transaction (and keep the WAL from being copied
        # back) until a collection happens to run.
        # A finaliser must not raise. Not contextlib.suppress: `get` does without contextlib.
        try:  # noqa: SIM105
            self.conn.close()
        except Exception:
            pass

    @classmethod
    def open(cls, path: str | Path, *, key: str, root: str) -> Reader | None:
        """The cache at `path` if it is whole, for this key and root, and keeps its invariants."""
        conn = None
        try:
            conn, inode = connect(path)
            # The first read starts the one read transaction this reader keeps.
            conn.execute("BEGIN")
            page_size, page_count = (
                conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count")
            )
            meta = {}
            for k, v, check in conn.execute("SELECT k, v, crc FROM meta"):
                if not isinstance(k, str) or not isinstance(v, str) or crc(k, v) != check:
                    raise ValueError("meta row fails its check")
                meta[k] = v
            if not same_file(path, inode):
                raise ValueError("replaced while it was opened")
            # Padded, or truncated: a checkpoint leaves the file exactly as long as its pages,
            # and it is shorter only while some of them are still in the WAL.
            expected, size = page_size * page_count, os.stat(path).st_size
            if size > expected or (size < expected and not wal_size(path)):
                raise ValueError("the file's size disagrees with its pages")
            if any(k not in meta for k in META_KEYS) or meta["format"] != FORMAT:
                raise ValueError("another format")
            if meta["key"] != key or meta["root"] != root or meta["schema"] != codec.schema():
                raise ValueError("another key")
            reader = cls(conn, path, meta)
            reader.load_files()
            reader.check_invariants()
            return reader
        except (OSError, sqlite3.Error, ValueError, TypeError, KeyError):
            if conn is not None:
                conn.close()
            return None

    def load_files(self) -> None:
        rows = self.conn.execute(f"SELECT {FILE_COLUMNS} FROM files ORDER BY ord").fetchall()
        for row in rows:
            if file_crc(row) != row[10]:
                raise ValueError("files row fails its check")
        if [row[1] for row in rows] != list(range(len(rows))):
            raise ValueError("files out of order")
        self.files = rows
        self.layout = Layout([(row[2], row[9], row[0]) for row in rows])

    def check_invariants(self) -> None:
        size = int(self.meta["size"])
        if size != self.layout.size or self.meta["valid"] not in ("0", "1"):
            raise ValueError("sizes disagree")
        (count,) = self.conn.execute("SELECT count(*) FROM facts").fetchone()
        if count != size:
            raise ValueError("facts missing")
        nterms = int(self.meta["nterms"])
        (vocab,) = self.conn.execute("SELECT count(*) FROM vocab").fetchone()
        if vocab != nterms:
            raise ValueError("terms missing")
        if nterms and not self.conn.execute("SELECT 1 FROM terms LIMIT 1").fetchone():
            raise ValueError("postings missing")
        for table in ("vals", "dates"):  # small tables: counted whole (a few ms at 100,000)
            (rows,) = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            if rows != int(self.meta["n" + table]):
                raise ValueError(f"{table} missing")

    # -- reads that check what they read; a failed check removes the file -------------------
    def damaged(self, exc: BaseException) -> CacheDamaged:
        self.conn.close()
        remove(self.path)  # the next read rebuilds it from the YAML
        return CacheDamaged(
            f"the store's cache was damaged ({exc}) and has been removed; run again"
        )

    def rows(self, sql: str, args: Iterable[Any] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, tuple(args)).fetchall()
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None

    def cursor(self, sql: str, args: Iterable[Any] = ()) -> Iterator[Any]:
        try:
            cur = self.conn.execute(sql, tuple(args))
        except sqlite3.Error as exc:
            raise self.damaged(exc) from None
        while True:
            try:
                rows = cur.fetchmany(256)
            except sqlite3.Error as exc:
                raise self.damaged(exc) from None
            if not rows:
                return
            yield from rows

    def fact(
        self, seg: int, fid: str, wkey: str, data: str, check: int, sby: str | None, scheck: int
    ) -> Fact:
        """A fact row -> Fact, after its checks."""
        try:
            # crc() of three strings, spelled out (a listing checks 100,000 rows); crc(None)
            # is 0, the CRC of nothing.
            if type(fid) is str and type(wkey) is str and type(data) is str:
                whole = zlib.crc32(f"{fid}\x1f{wkey}\x1f{data}".encode())
            else:
                whole = crc(fid, wkey, data)
            if whole != check or (scheck != 0 if sby is None else crc(sby) != scheck):
                raise ValueError("a fact row fails its check")
        except (ValueError, TypeError, RecursionError) as exc:
            raise self.damaged(exc) from None
        return self.decoded(seg, fid, data, sby)

    def decoded(self, seg: int, fid: str, data: str | bytes, sby: str | None) -> Fact:
        """A checked fact row (see checked_rows: its data as UTF-8 bytes, or text) -> Fact."""
        try:
            fact = codec.loads(data.decode() if type(data) is bytes else data)
            if type(fact) is not Fact or fact.id != fid:
                raise ValueError("a fact row holds something else")
        except (ValueError, TypeError, RecursionError) as exc:
            raise self.damaged(exc) from None
        fact.superseded_by = sby
        fact.file = self.names.get(seg, fact.file)
        return fact

    def checked_rows(self, rows: list[Any]) -> list[tuple[int, str, bytes, str | None]]:
        """(seg, id, wkey, data as UTF-8 bytes, crc, sby, scrc) rows -> (seg, id, data, sby),
        every row checked, its data left in UTF-8 (see decoded).

        Data read as bytes (CAST AS BLOB) is checked as it comes, and decoded once, as much
        of it as is read: read as text, a listing of 100,000 facts decoded it from UTF-8 and
        encoded it back for its CRC (a tenth of `list -f json`).
        """
        out = []
        crc32 = zlib.crc32
        try:
            for seg, fid, wkey, raw, check, sby, scheck in rows:
                if type(fid) is str and type(wkey) is str and type(raw) is bytes:
                    whole = crc32(raw, crc32(f"{fid}\x1f{wkey}\x1f".encode()))
                else:  # not what the cache writes: the text's check, which then fails
                    whole = crc(fid, wkey, raw)
                if whole != check or (scheck != 0 if sby is None else crc(sby) != scheck):
                    raise ValueError("a fact row fails its check")
                out.append((seg, fid, raw, sby))
        except (ValueError, TypeError) as exc:
            raise self.damaged(exc) from None
        return out

    def listed_rows(self, rows: list[Any]) -> list[Listed]:
        """(seg, id, wkey, sby, scrc, shape, flat, fcrc, data as UTF-8 bytes or None, crc)
        rows -> (seg, id, sby, shape, flat, data), every row checked: its form (store.listing)
        with its keys, and its data where it was read (a fact without that form, or
        superseded: see LISTED)."""
        out = []
        crc32 = zlib.crc32
        try:
            for seg, fid, wkey, sby, scheck, shape, flat, fcheck, raw, check in rows:
                if scheck != 0 if sby is None else crc(sby) != scheck:
                    raise ValueError("a fact row fails its check")
                if type(fid) is not str or type(wkey) is not str:
                    raise ValueError("a fact row holds something else")
                # flat_crc, spelled out (100,000 rows)
                if flat is not None and (
                    type(flat) is not bytes
                    or type(shape) is not int
                    or crc32(flat, crc32(f"{fid}\x1f{wkey}\x1f{shape}\x1f".encode())) != fcheck
                ):
                    raise ValueError("a fact row fails its check")
                if raw is not None and (
                    type(raw) is not bytes
                    or crc32(raw, crc32(f"{fid}\x1f{wkey}\x1f".encode())) != check
                ):
                    raise ValueError("a fact row fails its check")
                if raw is None and (flat is None or sby is not None):
                    raise ValueError("a fact row lacks its data")
                out.append((seg, fid, sby, shape, flat, raw))
        except (ValueError, TypeError) as exc:
            raise self.damaged(exc) from None
        return out

    def postings(self, term: str) -> tuple[int, dict[int, float]]:
        """(how many facts hold the term, position -> weight), over every segment in order."""
        df, parts = self.posting_parts(term)
        return df, self.unpack(parts)

    def posting_parts(self, term: str) -> tuple[int, list[tuple[int, bytes]]]:
        """(how many facts hold the term, its checked postings blobs by segment offset).

        Counting needs no unpacking: `has` and `idf` of a word in 5,000 facts stay cheap.
        """
        rows = self.rows("SELECT seg, postings, crc FROM terms WHERE term = ?", (term,))
        if not rows and self.rows("SELECT 1 FROM vocab WHERE term = ?", (term,)):
            # The vocabulary (checked whole when read) knows the word: its postings are lost.
            raise self.damaged(LookupError(f"the postings of a word are missing ({term!r})"))
        return self.checked_parts(term, rows)

    def checked_parts(
        self, term: str, rows: Iterable[tuple[int, bytes, int]]
    ) -> tuple[int, list[tuple[int, bytes]]]:
        """posting_parts of a term's (seg, postings, crc) rows, each checked."""
        try:
            parts = []
            df = 0
            crc32 = zlib.crc32
            offset = self.layout.offset
            # crc(term, seg), spelled out (a draft at 100,000 facts checks ~40,000 rows): the
            # term's part once, each row's segment number run on from it.
            head = crc32(f"{term}\x1f".encode())
            for seg, blob, check in rows:
                key = crc32(b"%d" % seg, head) if type(seg) is int else crc(term, seg)
                if crc32(blob, key) != check:
                    raise ValueError("a postings row fails its check")
                # postings_count, inline
                size = len(blob) - 1
                kind = blob[:1]
                if kind == b"b" and not size % 5:
                    df += size // 5
                elif kind == b"d" and not size % 12:
                    df += size // 12
                else:
                    raise ValueError("bad postings")
                parts.append((offset[seg], blob))
        except (ValueError, KeyError, TypeError) as exc:
            raise self.damaged(exc) from None
        parts.sort(key=lambda part: part[0])
        return df, parts

    def posting_parts_of(self, terms: list[str]) -> dict[str, tuple[int, list[tuple[int, bytes]]]]:
        """posting_parts of several terms, read in a few queries (a prefix's hundreds of
        words cost one query each otherwise); a term no row holds is left out (posting_parts
        tells a word without postings from a lost one)."""
        found: dict[str, list[tuple[int, bytes, int]]] = {}
        for start in range(0, len(terms), _BATCH):
            chunk = terms[start : start + _BATCH]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT term, seg, postings, crc FROM terms WHERE term IN ({marks})"
            for term, seg, blob, check in self.rows(sql, chunk):
                found.setdefault(term, []).append((seg, blob, check))
        return {term: self.checked_parts(term, rows) for term, rows in found.items()}

    def sorted_parts(self, parts: list[tuple[int, bytes]]) -> Any:
        """[(base, positions within the segment, weights)] for bisection, or False when a
        segment's positions are not in ascending order."""
        out: list[Any] = []
        try:
            for base, blob in parts:
                count = postings_count(blob)
                positions = array("I")
                positions.frombytes(blob[1 : 1 + 4 * count])
                if sorted(positions) != positions.tolist():
                    return False
                raw = blob[1 + 4 * count :]  # a byte each (k / 20), or doubles
                weights: Sequence[Any] = raw if blob[:1] == b"b" else array("d", raw)
                if count:
                    out.append((base, positions, weights, blob[:1] == b"b"))
        except ValueError as exc:
            raise self.damaged(exc) from None
        return out

    def unpack(self, parts: list[tuple[int, bytes]]) -> dict[int, float]:
        """Position -> weight from checked blobs, in store order."""
        out: dict[int, float] = {}
        try:
            for base, blob in parts:
                out.update(unpack_postings(blob, base))
        except ValueError as exc:
            raise self.damaged(exc) from None
        return out

    def positions(self, rows: Iterable[Sequence[Any]]) -> list[int]:
        """(…, seg, local, crc) rows of vals or dates -> positions, checked."""
        out = []
        try:
            for row in rows:
                *head, seg, local, check = row
                if crc(*head, seg, local) != check:
                    raise ValueError("an index row fails its check")
                out.append(self.layout.offset[seg] + local)
        except (ValueError, KeyError) as exc:
            raise self.damaged(exc) from None
        return sorted(out)

    def confirm_miss(self, sql: str, key: object) -> None:
        """A lookup that found nothing through an index, checked against the table itself.

        A flipped byte in an index must not make a fact vanish; only misses pay for the scan.
        """
        if self.rows(sql, (key,)):
            raise self.damaged(LookupError("an index misses a row its table holds"))

    def whole(self, sql: str, key: str) -> list[Any]:
        """Every row of a vocabulary query, checked against the CRC kept in meta."""
        rows = self.rows(sql)
        text = "\n".join(map("\t".join, rows))  # in C: 40,000 words at 100,000 facts
        if str(zlib.crc32(text.encode())) != self.meta[key]:
            raise self.damaged(ValueError(f"the vocabulary fails its check ({key})"))
        return rows

    def text_cells(self, key: str, width: int) -> list[str] | None:
        """The cells of the vocabulary text whose CRC meta keeps under `key` (see joined),
        read as one row of vocab_text: None when it is missing or is not that text."""
        rows = self.rows("SELECT v FROM vocab_text WHERE k = ?", (key,))
        if len(rows) != 1 or type(rows[0][0]) is not str:
            return None
        text = rows[0][0]
        if str(zlib.crc32(text.encode())) != self.meta[key]:
            return None
        cells = text.replace("\n", "\t").split("\t") if text else []
        return cells if len(cells) % width == 0 else None

    def joined(self, columns: str, key: str, width: int) -> list[str] | None:
        """whole()'s rows of the vocabulary, as one list of their cells (`width` a row), read
        as one text joined by SQLite: the text whole() checks, made in C (40,000 rows of a
        100,000-fact store cost a search ~20 ms as Python tuples). None when it is not that
        text (a word holding a tab or a newline, an SQLite that joins in another order):
        whole() then reads the rows, and judges."""
        (text,) = self.rows(
            # A table WITHOUT ROWID is scanned in the order of its key (the CRC tells if not)
            f"SELECT group_concat({columns}, char(10)) FROM vocab"
        )[0]
        text = text or ""
        if type(text) is not str or str(zlib.crc32(text.encode())) != self.meta[key]:
            return None
        cells = text.replace("\n", "\t").split("\t") if text else []
        return cells if len(cells) == width * int(self.meta["nterms"]) else None

    def store(self) -> CachedStore:
        meta = self.meta
        try:
            subjects = codec.loads(meta["subjects"])
            sources = codec.loads(meta["sources"])
            aliases = json.loads(meta["aliases"])
            if not all(type(s) is Subject for s in subjects) or not all(
                type(s) is Source for s in sources
            ):
                raise ValueError("meta holds something else")
            # A name -> its alias terms: anything else would fail later, on every run.
            alias_terms = {k: tuple(v) for k, v in aliases.items()}
        except (ValueError, TypeError, AttributeError, RecursionError) as exc:
            raise self.damaged(exc) from None
        size = self.layout.size
        store = CachedStore(
            facts=LazyFacts(self, size),
            subjects={s.id: s for s in subjects},
            sources={s.id: s for s in sources},
            root=meta["root"],
        )
        store.db = self
        store.search_index = DbIndex(self, size, alias_terms)
        return store


FACT_ROW = "seg, id, wkey, data, crc, sby, scrc"
FACT_BYTES = FACT_ROW.replace("data", "CAST(data AS BLOB)")  # see Reader.checked_rows
KEPT_KEYS = 50_000  # (id, superseded) of facts LazyFacts.keys_at keeps, at most
# Rows fetched at once by rowid (an IN list is sorted, then read in file order): larger
# batches read the file in longer runs; 2,000 facts are ~2 MB.
ORDERED_BATCH = 2000
GOT_MAX = 10_000  # facts (and misses) CachedStore.get keeps by id, at most
KEEP_WHOLE = 20_000  # facts: a store this small is kept in memory once read whole


class LazyFacts(Sequence[Fact]):
    """The facts of a cached store, read from disk when asked for; iterating streams them."""

    def __init__(self, db: Reader, size: int) -> None:
        self.db, self.size = db, size
        self.loaded: dict[int, Fact] = {}
        # (id, superseded) of facts keys_at read but did not decode: a draft's sentences of
        # common words rank some of the same thousands of ties.
        self.keys: dict[int, tuple[str, bool]] = {}
        # A small store is kept once read whole (`stats` walks it several times); a large one
        # is read again on each pass, so memory stays bounded whatever its size.
        self.everything: list[Fact] | None = None

    def __len__(self) -> int:
        return self.size

    if TYPE_CHECKING:  # typing.overload is not imported at run time

        @overload
        def __getitem__(self, pos: int) -> Fact: ...
        @overload
        def __getitem__(self, pos: slice) -> Sequence[Fact]: ...

    def __getitem__(self, pos: int | slice) -> Fact | Sequence[Fact]:
        if isinstance(pos, slice):
            return [self[i] for i in range(*pos.indices(self.size))]
        if pos < 0:
            pos += self.size
        if not 0 <= pos < self.size:
            raise IndexError(pos)
        if pos not in self.loaded:
            seg, local = self.db.layout.locate(pos)
            rows = self.db.rows(
                f"SELECT local, {FACT_ROW} FROM facts WHERE seg = ? AND local = ?", (seg, local)
            )
            if not rows or rows[0][:2] != (local, seg):
                raise self.db.damaged(LookupError(f"no fact at position {pos}"))
            self.loaded[pos] = self.db.fact(*rows[0][1:])
        return self.loaded[pos]

    def at(self, positions: Iterable[int]) -> list[Fact]:
        """The facts at these positions, in that order, read in a few queries."""
        wanted = list(positions)
        missing = sorted({p for p in wanted if p not in self.loaded})
        for start in range(0, len(missing), 400):
            chunk = missing[start : start + 400]
            keys = [self.db.layout.locate(p) for p in chunk if 0 <= p < self.size]
            if len(keys) != len(chunk):
                raise IndexError(chunk)
            where = " OR ".join("(seg = ? AND local = ?)" for _ in keys)
            args = [x for key in keys for x in key]
            found = {}
            for row in self.db.rows(f"SELECT local, {FACT_ROW} FROM facts WHERE {where}", args):
                found[(row[1], row[0])] = self.db.fact(*row[1:])
            for pos, key in zip(chunk, keys, strict=True):
                if key not in found:
                    raise self.db.damaged(LookupError(f"no fact at position {pos}"))
                self.loaded[pos] = found[key]
        return [self.loaded[p] for p in wanted]

    def rows_at(self, positions: list[int]) -> list[tuple[int, str, bytes, str | None]]:
        """The checked rows (seg, id, data as UTF-8, superseded_by) of the facts at these
        positions, in that order, not decoded: Reader.decoded makes each a Fact."""
        places = [self.db.layout.locate(p) for p in positions if 0 <= p < self.size]
        if len(places) != len(positions):
            raise IndexError(positions)
        found: dict[tuple[int, int], tuple[int, str, bytes, str | None]] = {}
        for start in range(0, len(places), 400):
            chunk = places[start : start + 400]
            where = " OR ".join("(seg = ? AND local = ?)" for _ in chunk)
            args = [x for place in chunk for x in place]
            rows = self.db.rows(f"SELECT local, {FACT_BYTES} FROM facts WHERE {where}", args)
            checked = self.db.checked_rows([row[1:] for row in rows])
            found.update(((row[1], row[0]), got) for row, got in zip(rows, checked, strict=True))
        out = []
        for pos, place in zip(positions, places, strict=True):
            if place not in found:
                raise self.db.damaged(LookupError(f"no fact at position {pos}"))
            out.append(found[place])
        return out

    def keys_at(self, positions: Iterable[int]) -> list[tuple[str, bool]]:
        """(id, superseded or not) of the facts at these positions: their rows are checked
        but not decoded (ranking thousands of facts that tie reads only these), read in a
        few queries."""
        wanted = list(positions)
        for pos in wanted:
            if pos not in self.loaded and not 0 <= pos < self.size:
                raise IndexError(pos)
        keys = self.keys
        if len(keys) > KEPT_KEYS:
            keys.clear()  # bounded: ~100 bytes each
        missing = sorted({p for p in wanted if p not in self.loaded and p not in keys})
        for start in range(0, len(missing), 400):
            chunk = missing[start : start + 400]
            places = [self.db.layout.locate(p) for p in chunk]
            where = " OR ".join("(seg = ? AND local = ?)" for _ in places)
            args = [x for place in places for x in place]
            rows = self.db.rows(f"SELECT local, {FACT_BYTES} FROM facts WHERE {where}", args)
            checked = self.db.checked_rows([row[1:] for row in rows])
            found = {
                (seg, row[0]): (fid, sby is not None)
                for row, (seg, fid, _raw, sby) in zip(rows, checked, strict=True)
            }
            for pos, place in zip(chunk, places, strict=True):
                if place not in found:
                    raise self.db.damaged(LookupError(f"no fact at position {pos}"))
                keys[pos] = found[place]
        out = []
        for pos in wanted:
            fact = self.loaded.get(pos)
            out.append(keys[pos] if fact is None else (fact.id, fact.superseded_by is not None))
        return out

    def __iter__(self) -> Iterator[Fact]:
        """Every fact in store order, one at a time (a listing never holds them all)."""
        if self.everything is not None:
            return iter(self.everything)
        if self.size <= KEEP_WHOLE:
            self.everything = list(self._read())
            return iter(self.everything)
        return self._read()

    def _read(self) -> Iterator[Fact]:
        for seg in self.db.layout.segs:
            expected = 0
            for row in self.db.cursor(
                f"SELECT local, {FACT_ROW} FROM facts WHERE seg = ? ORDER BY local", (seg,)
            ):
                if row[0] != expected:
                    raise self.db.damaged(LookupError(f"a fact is missing in segment {seg}"))
                expected += 1
                yield self.db.fact(*row[1:])
            if expected != self.db.layout.counts[seg]:
                raise self.db.damaged(LookupError(f"facts are missing in segment {seg}"))

    def ordered(self, by: str) -> Iterator[Fact]:
        """Every fact sorted like loader.sort_facts(by=...), streamed: keys sorted, rows fetched.

        Rows are fetched by rowid in batches (an IN list of rowids is a direct lookup each).
        SQLite sorts the keys (in C, a third of the time of Python's tuples): text compares
        as its UTF-8 bytes, which is the order of code points, Python's; ties go by rowid as
        Python's tuples had them. Every row fetched is then checked, its keys with it.
        """
        for batch in self.ordered_rows(by):
            yield from [self.db.decoded(*row) for row in batch]

    def ordered_rows(self, by: str) -> Iterator[list[tuple[int, str, bytes, str | None]]]:
        """ordered()'s facts as checked rows (seg, id, data, superseded_by), a batch at a time,
        not decoded: a JSON listing writes most of them without building a Fact.

        The whole batch is checked before any of it is given: a damaged row makes the command
        run again from the YAML, and a store of up to a batch of facts then prints once.
        """
        for batch in self._batches(by, FACT_BYTES):
            yield self.db.checked_rows(batch)

    def listed(self, by: str) -> Iterator[list[Listed]]:
        """ordered_rows()'s facts as a JSON listing writes them: (seg, id, sby, shape, flat,
        data) each, checked (Reader.listed_rows); data only where flat cannot serve (None, or
        superseded), so a listing of current facts reads and checks their forms alone."""
        for batch in self._batches(by, LISTED):
            yield self.db.listed_rows(batch)

    def _batches(self, by: str, columns: str) -> Iterator[list[Any]]:
        """These columns of every fact's row, sorted like loader.sort_facts(by=...), a batch
        at a time (see ordered)."""
        order = _ORDERS.get(by, _ORDERS["date"])
        keys = self.db.rows(f"SELECT rowid, seg, local FROM facts ORDER BY {order}, rowid")
        if len(keys) != self.size:
            raise self.db.damaged(LookupError("facts are missing"))
        for start in range(0, len(keys), ORDERED_BATCH):
            batch = keys[start : start + ORDERED_BATCH]
            marks = ",".join("?" * len(batch))
            found = {
                row[0]: row
                for row in self.db.rows(
                    f"SELECT rowid, local, {columns} FROM facts WHERE rowid IN ({marks})",
                    [k[0] for k in batch],
                )
            }
            rows = []
            for rowid, seg, local in batch:
                row = found.get(rowid)
                if row is None or row[1:3] != (local, seg):
                    raise self.db.damaged(LookupError("a fact row moved or vanished"))
                rows.append(row[2:])
            yield rows


# A JSON listing's columns (Reader.listed_rows): the data only of a fact without its form or
# a superseded one (whose superseded_by the form leaves null); SQLite reads no other's.
LISTED = (
    "seg, id, wkey, sby, scrc, shape, flat, fcrc,"
    " CASE WHEN flat IS NULL OR sby IS NOT NULL THEN CAST(data AS BLOB) END, crc"
)
# loader.sort_facts's keys: superseded after current, undated ("9999") last, then the id.
# Columns a row's checks cover (crc: id, wkey; scrc: sby), checked as each row is fetched.
_ORDERS = {"id": "id", "when": "wkey, id", "date": "sby IS NOT NULL, wkey, id"}


class CachedStore(Store):
    """A Store whose facts stay on disk until asked for."""

    db: Reader

    def get(self, fact_id: str) -> Fact | None:
        # Asked again and again while one sentence is judged (the facts it weighs, the words
        # of a note that may be ids): each id is read once, and a miss scanned for once.
        got: dict[str, Fact | None] | None = self.__dict__.get("_got")
        if got is None or len(got) > GOT_MAX:
            got = self.__dict__["_got"] = {}
        if fact_id in got:
            return got[fact_id]
        rows = self.db.rows(f"SELECT {FACT_ROW} FROM facts WHERE id = ?", (fact_id,))
        if rows:
            if rows[0][1] != fact_id:  # the index led to another row
                raise self.db.damaged(LookupError("the id index points to another fact"))
            fact = got[fact_id] = self.db.fact(*rows[0])
            return fact
        self.db.confirm_miss("SELECT 1 FROM facts NOT INDEXED WHERE id = ? LIMIT 1", fact_id)
        got[fact_id] = None
        return None

    def ids(self) -> list[str]:
        """The id column alone (from its index): no row is decoded. Not checked: whoever
        shows one reads its fact through get, which is."""
        ids = [row[0] for row in self.db.rows("SELECT id FROM facts")]
        if len(ids) != len(self.facts):
            raise self.db.damaged(LookupError("facts are missing"))
        return ids


UNPACKED = 400_000  # postings entries kept unpacked (~30 MB)
_BATCH = 400  # terms asked for in one query (SQLite allows 32,766 parameters; keep them few)


class DbIndex:
    """SearchIndex's questions, answered from the cache file."""

    def __init__(self, db: Reader, size: int, aliases: dict[str, tuple[str, ...]]) -> None:
        self.db, self.size, self.aliases = db, size, aliases
        self._df: dict[str, int] = {}
        self._parts: dict[str, list[tuple[int, bytes]]] = {}  # read and checked, not unpacked
        self._sorted: dict[str, Any] = {}  # term -> Reader.sorted_parts
        self._postings: dict[str, dict[int, float]] = {}  # unpacked, least recently used first
        self._held = 0  # entries in _postings
        self._vocabulary: list[str] | None = None
        self._terms: list[str] | None = None
        self._jamo: dict[str, str] | None = None
        self._jamo_listed: tuple[list[str], list[str]] | None = None

    def _load(self, term: str) -> None:
        self._df[term], self._parts[term] = self.db.posting_parts(term)

    def preload(self, terms: Iterable[str]) -> None:
        """Read the postings of these terms (packed, as `df` reads them) in a few queries."""
        wanted = [t for t in dict.fromkeys(terms) if t not in self._df]
        if len(wanted) < 2:
            return
        for term, (df, parts) in self.db.posting_parts_of(wanted).items():
            self._df[term], self._parts[term] = df, parts

    def has(self, term: str) -> bool:
        if term not in self._df:
            self._load(term)
        return self._df[term] > 0

    def idf(self, term: str) -> float:
        import math

        df = self._df.get(term) if self.has(term) else None
        return math.log(1 + self.size / (df or 1))

    def df(self, term: str) -> int:
        """How many facts hold the term (the postings stay packed)."""
        if term not in self._df:
            self._load(term)
        return self._df[term]

    def postings_of(self, term: str) -> dict[int, float]:
        found = self._postings.pop(term, None)
        if found is not None:
            # Last used goes last: a draft's common words ("according", "announced"), asked
            # again sentence after sentence, stay unpacked while one-off words are dropped.
            self._postings[term] = found
        else:
            if term not in self._df:
                self._load(term)
            found = self._postings[term] = self.db.unpack(self._parts[term])
            self._held += len(found)
            # Unpacked postings cost ~70 bytes a fact, packed 5: a draft's words at 100,000
            # facts would hold hundreds of MB. The least recently used are dropped (unpacked
            # again if asked).
            while self._held > UNPACKED and len(self._postings) > 1:
                oldest = next(iter(self._postings))
                self._held -= len(self._postings.pop(oldest))
        return found

    def positions_in_order(self, term: str) -> Iterator[int]:
        """The positions of the facts holding the term, segment by segment as stored (in
        store order as the cache writes them), read from its packed postings: who holds a
        word, without unpacking its weights into a dict (a word of 40,000 facts at 100,000)."""
        found = self._postings.get(term)
        if found is not None:
            yield from found
            return
        for base, positions, _blob, _count in self._packed(term):
            yield from map(base.__add__, positions) if base else positions

    def _packed(self, term: str) -> Iterator[tuple[int, array[int], bytes, int]]:
        """Each stored segment of the term's postings: its base, its positions unpacked in C,
        the packed blob and how many facts it holds (the weights follow the positions)."""
        if term not in self._df:
            self._load(term)
        for base, blob in self._parts[term]:
            try:
                count = postings_count(blob)
            except ValueError as exc:
                raise self.db.damaged(exc) from None
            positions = array("I")
            positions.frombytes(blob[1 : 1 + 4 * count])
            yield base, positions, blob, count

    def _segments(self, term: str) -> Iterator[tuple[list[int], Iterable[float]]]:
        """Each segment's positions (in the store) of the facts holding the term, and their
        weights, decoded from its packed postings in C."""
        for base, positions, blob, count in self._packed(term):
            raw = blob[1 + 4 * count :]
            weights: Iterable[float]
            if blob[:1] == b"b":
                weights = map(_BYTE_WEIGHTS.__getitem__, raw)
            else:
                weights = array("d")
                weights.frombytes(raw)
            yield list(map(base.__add__, positions)) if base else positions.tolist(), weights

    def segments(self, term: str) -> list[tuple[int, array[int], Sequence[Any], Any]]:
        """Each stored segment of the term's postings, in store order: its base, the positions
        in it (in C), their weights as stored, and the table that turns a stored weight into
        the weight (None: they are the weights). What a caller writing every holder at once
        needs, with nothing made per fact.

        One loop, no generator: a draft at 100,000 facts in 100 files reads ~50,000 segments.
        Each blob's size and kind were checked as it was read (checked_parts)."""
        if term not in self._df:
            self._load(term)
        out: list[tuple[int, array[int], Sequence[Any], Any]] = []
        append = out.append
        for base, blob in self._parts[term]:
            positions = array("I")
            if blob[:1] == b"b":  # a position and a byte each: k for k / 20
                cut = 1 + 4 * ((len(blob) - 1) // 5)
                positions.frombytes(blob[1:cut])
                append((base, positions, blob[cut:], _BYTE_WEIGHTS))
            else:  # a position and a double each
                cut = 1 + 4 * ((len(blob) - 1) // 12)
                positions.frombytes(blob[1:cut])
                doubles = array("d")
                doubles.frombytes(blob[cut:])
                append((base, positions, doubles, None))
        return out

    def pairs(self, term: str) -> tuple[list[int], Iterable[float]]:
        """postings_of's positions and weights, in its order, as two lists made in C: a walk
        over every fact holding a word needs no dict of them (and keeps none)."""
        found = self._postings.get(term)
        if found is not None:
            return list(found), found.values()
        positions: list[int] = []
        weights: list[float] = []
        for held, their in self._segments(term):
            positions += held
            weights += their
        return positions, weights

    def weights_among(self, term: str, among: set[int] | frozenset[int]) -> Mapping[int, float]:
        """The term's weight for (at least) the facts of `among` that hold it: its packed
        postings filtered in C, instead of unpacked whole into a dict (a word in 40,000
        facts looked up at the 4,000 still in the running)."""
        found = self._postings.get(term)
        if found is not None:
            return found
        out: dict[int, float] = {}
        for held, their in self._segments(term):
            mask = list(map(among.__contains__, held))
            out.update(zip(compress(held, mask), compress(their, mask), strict=True))
        return out

    def weights_at(self, term: str, positions: Iterable[int]) -> dict[int, float]:
        """The term's weight for those of these facts that hold it, found by bisection in its
        packed postings: a few facts looked up in a word of 100,000 unpack nothing."""
        if term in self._postings:
            found = self._postings[term]
            return {i: found[i] for i in positions if i in found}
        if term not in self._df:
            self._load(term)
        arrays = self._sorted.get(term)
        if arrays is None:
            arrays = self._sorted[term] = self.db.sorted_parts(self._parts[term])
        if arrays is False:  # not in order (not as the cache writes them): unpack them
            found = self.postings_of(term)
            return {i: found[i] for i in positions if i in found}
        out: dict[int, float] = {}
        bases = [base for base, _p, _w, _b in arrays]
        for i in positions:
            k = bisect_right(bases, i) - 1
            if k < 0:
                continue
            base, locals_, weights, in_bytes = arrays[k]
            at = bisect_left(locals_, i - base)
            if at < len(locals_) and locals_[at] == i - base:
                out[i] = _BYTE_WEIGHTS[weights[at]] if in_bytes else weights[at]
        return out

    def sorted_vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            words = self.db.text_cells("vocab_crc", 1)
            if words is not None and len(words) != int(self.db.meta["nterms"]):
                words = None
            if words is None:
                words = self.db.joined("term", "vocab_crc", 1)
            if words is None:
                rows = self.db.whole("SELECT term FROM vocab ORDER BY term", "vocab_crc")
                words = list(map(itemgetter(0), rows))
            self._terms = words  # in SQLite's order, checked: the jamo's rows follow it
            # Python's order, whatever SQLite's (the same for UTF-8: sorting costs little)
            self._vocabulary = sorted(words)
        return self._vocabulary

    def jamo_lists(self) -> tuple[list[str], list[str]]:
        """jamo_map's words and their jamo, in its order, as two lists (no dict to make)."""
        if self._jamo is None and self._jamo_listed is None:
            cells = self.db.text_cells("jamo_crc", 2)
            if cells is not None and len(cells) == 2 * int(self.db.meta["nterms"]):
                self._jamo_listed = (cells[0::2], cells[1::2])
        if self._jamo_listed is None:
            jamo = self.jamo_map()
            self._jamo_listed = (list(jamo), list(jamo.values()))
        return self._jamo_listed

    def jamo_map(self) -> dict[str, str]:
        if self._jamo is None and self._jamo_listed is not None:
            self._jamo = dict(zip(*self._jamo_listed, strict=True))
        if self._jamo is None:
            cells = self.db.text_cells("jamo_crc", 2)
            if cells is not None and len(cells) == 2 * int(self.db.meta["nterms"]):
                self._jamo = dict(zip(cells[0::2], cells[1::2], strict=True))
        if self._jamo is None:
            self._jamo = self._jamo_of_terms()
        if self._jamo is None:
            parts = self.db.joined("term || char(9) || jamo", "jamo_crc", 2)
            if parts is not None:
                self._jamo = dict(zip(parts[0::2], parts[1::2], strict=True))
            else:
                self._jamo = dict(
                    self.db.whole("SELECT term, jamo FROM vocab ORDER BY term", "jamo_crc")
                )
        return self._jamo

    def _jamo_of_terms(self) -> dict[str, str] | None:
        """The jamo column alone, joined by SQLite, beside the words already read: half the
        text to read and split. Checked against its CRC as the rows would be; None when it
        cannot be (words not read yet, a newline in a jamo)."""
        terms = self._terms
        if terms is None:
            return None
        (text,) = self.db.rows(
            "SELECT group_concat(jamo, char(10)) FROM vocab"  # in joined()'s order
        )[0]
        if type(text) not in (str, type(None)):
            return None
        jamos = text.split("\n") if text else []
        if len(jamos) != len(terms):
            return None
        lines = "\n".join(map("\t".join, zip(terms, jamos, strict=True)))  # whole()'s text
        if str(zlib.crc32(lines.encode())) != self.db.meta["jamo_crc"]:
            return None
        return dict(zip(terms, jamos, strict=True))

    def initials_items(self) -> Iterable[tuple[str, str]]:
        cells = self.db.text_cells("initials_crc", 2)
        if cells is not None:
            return list(zip(cells[0::2], cells[1::2], strict=True))
        return self.db.whole(
            "SELECT term, initials FROM vocab WHERE initials != '' ORDER BY term", "initials_crc"
        )

    def aliases_of(self, term: str) -> tuple[str, ...]:
        return self.aliases.get(term, ())

    def positions_with_value(self, value: Decimal) -> list[int]:
        key = number_key(value)
        found = self.db.positions(
            self.db.rows("SELECT value, seg, local, crc FROM vals WHERE value = ?", (key,))
        )
        if not found:
            self.db.confirm_miss("SELECT 1 FROM vals NOT INDEXED WHERE value = ? LIMIT 1", key)
        return found

    def positions_with_value_between(self, low: Decimal, high: Decimal) -> list[int]:
        rows = self.db.rows(
            "SELECT value, seg, local, crc FROM vals WHERE CAST(value AS REAL) BETWEEN ? AND ?",
            (float(low) * (1 - 1e-12), float(high) * (1 + 1e-12)),
        )
        return self.db.positions(rows)

    def positions_with_date(self, wanted: DateKey) -> list[int]:
        # A date without a year (7월 17일) is looked up by its month, and agrees with dates
        # that give no month (2020), as SearchIndex.positions_with_date finds.
        if wanted[0]:
            where, key = "y = ?", wanted[0]
        elif wanted[1]:
            where, key = "m IN (?, 0)", wanted[1]
        else:
            where, key = "d IN (?, 0)", wanted[2]
        rows = self.db.rows(f"SELECT y, m, d, seg, local, crc FROM dates WHERE {where}", (key,))
        if not rows:
            self.db.confirm_miss(f"SELECT 1 FROM dates NOT INDEXED WHERE {where} LIMIT 1", key)
        from factcli.store.index import date_agrees

        matching = [r for r in rows if date_agrees(wanted, (r[0], r[1], r[2]))]
        return sorted(set(self.db.positions(matching)))


def _statements(script: str) -> list[str]:
    """SCHEMA's statements, without its comments."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


# Made with a new file's tables, not after its rows: an index only superseded facts enter
# (sby is set by `link`, after every row is in), so no row enters it before then, and made
# afterwards it would read the whole facts table (~260 MB at 100,000 facts) to find none.
_EARLY = ("CREATE INDEX facts_sby ",)


def _tables_only(script: str) -> str:
    """The tables of a new file, with the indexes no row enters as it is written (_EARLY)."""
    made = [s for s in _statements(script) if not _deferred(s)]
    return ";\n".join(made) + ";"


def _indexes_only(script: str) -> list[str]:
    """The indexes of a new file made once its rows are in (Writer.indexes)."""
    return [s for s in _statements(script) if _deferred(s)]


def _deferred(statement: str) -> bool:
    return statement.startswith("CREATE INDEX") and not statement.startswith(_EARLY)


# --- writing --------------------------------------------------------------------------------
class Writer:
    """Changes to a cache file, inside one transaction (the caller commits)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.vocab: set[str] = set()  # words this writer has put in the vocabulary
        self.gone: set[str] = set()  # words whose postings were dropped: pruned at `finish`
        self.vocab_changed = False  # a word was added to the vocabulary
        self.deferred = False  # a new file whose tables' indexes are not all made yet
        self.made: set[str] = set()  # the tables whose indexes are made (of a new file)
        self.indexed: set[int] = set()  # segments this writer has indexed

    def indexes(self, tables: tuple[str, ...] | None = None) -> None:
        """Make the tables' indexes left out of a new file, before anything reads through them.

        `tables`: only those tables' (the facts', whose rows are all in before the index's).
        """
        if not self.deferred:
            return
        for statement in _indexes_only(SCHEMA):
            table = statement.split(" ON ", 1)[1].split("(", 1)[0].strip()
            if table not in self.made and (tables is None or table in tables):
                self.conn.execute(statement)
        self.made.update(tables or ())
        if tables is None:
            self.deferred = False

    @classmethod
    def create(cls, path: Path) -> Writer:
        """A writer on a new temporary file, renamed over the cache once committed."""
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # No journal: a temporary file that fails half-way is thrown away, not rolled back.
        # A larger page cache than SQLite's 2 MB: the terms table takes each file's words in
        # key order among all the others', and with the default cache most of those inserts
        # wrote a page out and read another in (a fifth of writing the index).
        conn.executescript(
            f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{BUILD_CACHE_KIB};"
        )
        # The tables now, their indexes once the rows are in (`indexes`): an index made
        # from all its rows at once is written in order, instead of a row at a time.
        conn.executescript(_tables_only(SCHEMA))
        conn.execute("BEGIN")
        writer = cls(conn)
        writer.deferred = True
        return writer

    @classmethod
    def in_place(cls, path: Path) -> Writer:
        """A writer on the cache file itself; readers see nothing of it until it commits."""
        conn, inode = connect(path, write=True, timeout=60.0)
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                raise ValueError("not a WAL file")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            if not same_file(path, inode):
                raise ValueError("replaced while it was opened")
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    def commit(self, *, fresh: bool) -> None:
        """Commit; a new file turns to WAL mode, an updated one is checkpointed.

        The checkpoint copies the pages from the WAL into the file now, so that the next
        command does not read them through the WAL (or copy them when it closes). PASSIVE:
        a reader still on the state before (an editor's language server) is not waited for.
        """
        self.conn.execute("COMMIT")
        if fresh:
            self.conn.execute("PRAGMA journal_mode=WAL")
        else:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.conn.close()

    def abandon(self) -> None:
        """Roll back (an update in place) and close; nothing of the transaction stays."""
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def meta(self) -> dict[str, str]:
        out = {}
        for k, v, check in self.conn.execute("SELECT k, v, crc FROM meta"):
            if crc(k, v) != check:
                raise ValueError("meta row fails its check")
            out[k] = v
        return out

    def file_rows(self) -> list[tuple[Any, ...]]:
        return self.conn.execute(f"SELECT {FILE_COLUMNS} FROM files ORDER BY ord").fetchall()

    def next_segment(self) -> int:
        (top,) = self.conn.execute("SELECT max(seg) FROM files").fetchone()
        return 0 if top is None else top + 1

    def drop_segment(self, seg: int) -> None:
        self.drop_index(seg)
        for table in ("files", "facts", "sups"):
            self.conn.execute(f"DELETE FROM {table} WHERE seg = ?", (seg,))

    def drop_index(self, seg: int) -> None:
        self.gone.update(
            t for (t,) in self.conn.execute("SELECT term FROM terms WHERE seg = ?", (seg,))
        )
        for table in ("terms", "vals", "dates"):
            self.conn.execute(f"DELETE FROM {table} WHERE seg = ?", (seg,))

    def forget_index(self) -> None:
        """Drop every index row and word this writer wrote (a worker's file, indexed with the
        wrong subjects): it is then as before any segment was indexed."""
        for table in ("terms", "vals", "dates", "vocab"):
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute("UPDATE files SET indexed = ''")
        self.vocab.clear()
        self.indexed.clear()
        self.gone.clear()

    def add_file(self, row: tuple[Any, ...], records: str, facts: Sequence[Any]) -> None:
        """A file's row (FILE_COLUMNS but crc) and its facts, not yet indexed."""
        self.conn.execute(
            f"INSERT INTO files({FILE_COLUMNS}, records, rcrc, indexed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            (*row, file_crc(row), records, crc(records)),
        )
        from factcli.store.listing import shown

        seg, none = row[2], crc(None)
        rows: list[tuple[Any, ...]] = []
        crc32, dumps = zlib.crc32, codec.dumps
        for local, fact in enumerate(facts):
            fid, data, wkey = fact.id, dumps(fact), fact.when or "9999"  # (when_key)
            # crc(fid, wkey, data) spelled out, for texts: a build computes it for every fact
            if type(fid) is str and type(wkey) is str:
                check = crc32(data.encode(), crc32(f"{fid}\x1f{wkey}\x1f".encode()))
                form = shown(fact)
            else:
                check, form = crc(fid, wkey, data), None
            if form is None:
                rows.append((seg, local, fid, wkey, None, None, 0, data, check, none))
            else:
                flat, shape = form
                fcheck = flat_crc(fid, wkey, shape, flat)
                rows.append((seg, local, fid, wkey, shape, flat, fcheck, data, check, none))
        self.conn.executemany(
            "INSERT INTO facts(seg, local, id, wkey, shape, flat, fcrc, data, crc, sby, scrc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            rows,
        )
        self.conn.executemany(
            "INSERT INTO sups VALUES (?, ?, ?, ?, ?)",
            (
                (seg, local, f.id, f.supersedes, crc(seg, local, f.id, f.supersedes))
                for local, f in enumerate(facts)
                if f.supersedes
            ),
        )

    def set_place(
        self, path: str, order: int, stat: tuple[int, int, int, int], verified_ns: int
    ) -> None:
        """A file kept as it was: its order among the files, and when it was last verified."""
        row = list(
            self.conn.execute(
                f"SELECT {FILE_COLUMNS} FROM files WHERE path = ?", (path,)
            ).fetchone()
        )
        row[1], (row[3], row[4], row[5], row[6]), row[8] = order, stat, verified_ns
        self.conn.execute(
            "UPDATE files SET ord = ?, size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?,"
            " verified_ns = ?, crc = ? WHERE path = ?",
            (order, *stat, verified_ns, file_crc(row), path),
        )

    def records(self, seg: int) -> str:
        records, check = self.conn.execute(
            "SELECT records, rcrc FROM files WHERE seg = ?", (seg,)
        ).fetchone()
        if crc(records) != check:
            raise ValueError("a file's records fail their check")
        return str(records)

    def facts_of(self, seg: int) -> list[Fact]:
        out = []
        for fid, wkey, data, check in self.conn.execute(
            "SELECT id, wkey, data, crc FROM facts WHERE seg = ? ORDER BY local", (seg,)
        ):
            if crc(fid, wkey, data) != check:
                raise ValueError("a fact row fails its check")
            out.append(codec.loads(data))
        return out

    def index_segment(self, seg: int, index: SearchIndex, digest: str) -> None:
        if not self.deferred or seg in self.indexed:
            self.drop_index(seg)  # (a new file holds no index rows of a segment not indexed yet)
        self.indexed.add(seg)
        # crc(t, seg), spelled out: it is computed for millions of rows in a build. In the
        # table's key order: each insert then goes down next to the one before.
        self.conn.executemany(
            "INSERT INTO terms VALUES (?, ?, ?, ?)",
            (
                (t, seg, blob, zlib.crc32(blob, zlib.crc32(f"{t}\x1f{seg}".encode())))
                for t, p in sorted(index.postings.items())
                for blob in (pack_postings(p),)
            ),
        )
        # Only words this writer has not put in the vocabulary yet (files share most of them)
        known = self.vocab
        new = [t for t in index.postings if t not in known]
        known.update(new)
        added = self.conn.executemany(
            "INSERT OR IGNORE INTO vocab VALUES (?, ?, ?)",
            ((t, index.jamo.get(t, t), index.initials.get(t, "")) for t in new),
        ).rowcount
        self.vocab_changed = self.vocab_changed or added > 0
        vals = []
        for local, value in enumerate(index.values):
            if value is not None:
                key = number_key(value)  # (text: crc(key, seg, local) spelled out, as below)
                vals.append((key, seg, local, zlib.crc32(f"{key}\x1f{seg}\x1f{local}".encode())))
        self.conn.executemany("INSERT INTO vals VALUES (?, ?, ?, ?)", vals)
        self.conn.executemany(
            "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)",
            (
                (y, m, d, seg, local, zlib.crc32(f"{y}\x1f{m}\x1f{d}\x1f{seg}\x1f{local}".encode()))
                for local, keys in enumerate(index.dates)
                for (y, m, d) in keys
            ),
        )
        self.conn.execute("UPDATE files SET indexed = ? WHERE seg = ?", (digest, seg))

    def supersession(self) -> list[tuple[str, str]]:
        """(fact id, the id it supersedes) of every fact that supersedes one, in store order."""
        out = []
        for seg, local, fid, target, check in self.conn.execute(
            "SELECT s.seg, s.local, s.id, s.target, s.crc FROM sups s"
            " JOIN files f ON f.seg = s.seg ORDER BY f.ord, s.local"
        ):
            if crc(seg, local, fid, target) != check:
                raise ValueError("a supersession row fails its check")
            out.append((fid, target))
        return out

    def unknown_superseded(self) -> bool:
        """Whether some fact supersedes an id no fact has."""
        return bool(
            self.conn.execute(
                "SELECT 1 FROM sups WHERE NOT EXISTS"
                " (SELECT 1 FROM facts WHERE facts.id = sups.target) LIMIT 1"
            ).fetchone()
        )

    def duplicate_ids(self, segs: Iterable[int]) -> bool:
        """Whether a fact of these segments shares its id with another fact."""
        return any(
            self.conn.execute(
                "SELECT 1 FROM facts a JOIN facts b ON b.id = a.id"
                " AND (b.seg != a.seg OR b.local != a.local) WHERE a.seg = ? LIMIT 1",
                (seg,),
            ).fetchone()
            for seg in segs
        )

    def link(self, links: dict[str, str]) -> None:
        """Set each fact's superseded_by (kept beside its data: it depends on other files)."""
        self.indexes(("facts",))
        # Through the partial index: a scan of the table would read every fact's data.
        current = dict(
            self.conn.execute(
                "SELECT id, sby FROM facts INDEXED BY facts_sby WHERE sby IS NOT NULL"
            )
        )
        changes: list[tuple[str | None, int, str]] = [
            (by, crc(by), fid) for fid, by in links.items() if current.get(fid) != by
        ]
        changes += [(None, crc(None), fid) for fid in current if fid not in links]
        self.conn.executemany("UPDATE facts SET sby = ?, scrc = ? WHERE id = ?", changes)

    def finish(self, meta: dict[str, str]) -> None:
        """Drop words no fact holds any more, then write meta with the vocabulary's CRCs."""
        self.indexes()
        pruned = self.conn.executemany(
            "DELETE FROM vocab WHERE term = ? AND NOT EXISTS (SELECT 1 FROM terms WHERE term = ?)",
            ((t, t) for t in self.gone),
        ).rowcount
        self.gone.clear()
        for table in ("vals", "dates"):
            meta["n" + table] = str(
                self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            )
        if not self.vocab_changed and pruned <= 0 and all(k in meta for k in VOCAB_KEYS):
            self._write_meta(meta)  # the same words: their checksums hold (a whole pass costs)
            return
        rows = self.conn.execute("SELECT term, jamo, initials FROM vocab ORDER BY term").fetchall()
        meta["nterms"] = str(len(rows))
        texts = {
            "vocab_crc": "\n".join(t for t, _j, _i in rows),
            "jamo_crc": "\n".join(f"{t}\t{j}" for t, j, _i in rows),
            "initials_crc": "\n".join(f"{t}\t{i}" for t, _j, i in rows if i),
        }
        for key, text in texts.items():
            meta[key] = str(zlib.crc32(text.encode()))
        self.conn.execute("DELETE FROM vocab_text")
        self.conn.executemany("INSERT INTO vocab_text VALUES (?, ?)", texts.items())
        self._write_meta(meta)

    def _write_meta(self, meta: dict[str, str]) -> None:
        self.conn.execute("DELETE FROM meta")
        self.conn.executemany(
            "INSERT INTO meta VALUES (?, ?, ?)", ((k, v, crc(k, v)) for k, v in meta.items())
        )


WRITE_WAIT = 0.2  # seconds a command waits for the cache's write lock before giving up
WAL_LIMIT = 1 << 20  # bytes the WAL file keeps when a write starts it again (SQLite's pragma)


def write_keyed(db: Any, create: str, insert: str, rows: list[tuple[Any, ...]]) -> None:
    """Rows a command made (readings, compiled patterns) into the cache file the store was read
    from, in one short transaction, only while the file is still keyed by this code and this
    store (not one rebuilt meanwhile by another factcli); a write that cannot take the lock at
    once, or fails, is skipped.

    The store's own read transaction ends first (a command writes when it is done reading):
    while any reader holds one, a checkpoint cannot copy the pages after it, and each
    command's rows would go on the end of the WAL, which grew by a few hundred KB a claim
    (25 MB after 80 claims). So the checkpoint after the commit copies them all into the file,
    the next write starts the WAL again from its beginning, and its file is cut back to
    WAL_LIMIT then."""
    try:  # noqa: SIM105  (not contextlib: a warm command does without it)
        db.conn.commit()  # (a read transaction: nothing to commit; it ends)
    except sqlite3.Error:
        pass
    try:
        conn, _inode = connect(db.path, write=True, timeout=WRITE_WAIT)
    except (OSError, ValueError, sqlite3.Error):
        return
    try:
        conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
        conn.execute("BEGIN IMMEDIATE")
        meta = dict(conn.execute("SELECT k, v FROM meta WHERE k IN ('key', 'root')").fetchall())
        if meta.get("key") != db.meta["key"] or meta.get("root") != db.meta["root"]:
            conn.execute("ROLLBACK")
            return
        conn.execute(create)
        conn.executemany(insert, rows)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        try:  # noqa: SIM105  (not contextlib: a warm command does without it)
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
    finally:
        conn.close()
