"""The compiled cache of a store: where it lives, when it may be trusted, how it follows edits.

YAML stays the only source of truth. The cache is trusted only when
- its folder and file belong to the current user and nobody else can write them (as ssh
  treats its keys); otherwise it is bypassed, silently, and the YAML is read;
- it was built by this factcli (version, source files, model fields) for this store;
- every store file has the size, mtime, ctime and inode recorded when it was read, and was
  not modified within RACY_NS of that read (git's "racy" rule: a write in the same
  timestamp tick would not show in the stat). A racy or changed file is hashed (sha256): if
  its contents are what was read, it is kept, else it is parsed again.
Each file is a segment of its own: an edit re-reads that file, keeps the others' parses and
index entries, and checks what spans files again (ids, subjects, sources, supersession). An
invalid store is cached too: its problems are reported without parsing it again.
"""

from __future__ import annotations

import os
import stat as stat_mode
import time
import zlib

from factcli import __version__
from factcli.errors import StoreError
from factcli.store.model import Problem, Store

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import Any

    from factcli.store.dbcache import Reader, Writer
    from factcli.store.parallel import Worker
    from factcli.store.progress import Progress
else:
    from factcli.store.dbcache import sqlite3  # the C module alone, as dbcache imports it

# A warm command (a cache hit) works on path strings, up to _serve: importing pathlib costs
# `factcli get` ~4 ms, a quarter of Python's own start-up. Building or updating the cache
# turns them into Paths.

CACHE_ENV = "XDG_CACHE_HOME"
# Timestamps are exact to the nanosecond on ext4 and tmpfs, to 1 s on ext3 and HFS+, to 2 s
# on FAT: a file modified within this long of the time it was read is checked by content.
RACY_NS = 2_000_000_000
STALE_TEMP_S = 3600  # a temporary file this old belongs to a build that was killed

Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


class _Changed(Exception):
    """A store file changed while it was read: read again for one consistent state."""


class _Unusable(Exception):
    """The cache file cannot be used or updated: remove it and build it anew."""


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/factcli; a relative XDG_CACHE_HOME is ignored, as the spec says."""
    from pathlib import Path

    return Path(_cache_dir())


def _cache_dir() -> str:
    base = os.environ.get(CACHE_ENV, "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    from factcli.store.files import spelled_path

    return spelled_path(os.path.join(base, "factcli"))


def _private(st: os.stat_result) -> bool:
    """Owned by the current user and writable by nobody else."""
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022


def usable_dir(*, create: bool = True) -> str | None:
    """The cache folder if it can be trusted (created private if missing), else None.

    Refused, before anything is created: a folder not owned by the current user or writable
    by group or others, and one with any ancestor another user could change (not owned by
    the current user or root, or writable by group or others without the sticky bit that
    /tmp has), following every symlink on the way (a symlink owned by another user is
    refused too: in a sticky folder its owner may still point it elsewhere).
    """
    folder = _cache_dir()
    if not _safe_ancestors(folder):
        return None
    try:
        if create and not os.path.lexists(folder):
            _make_private(folder)
            if not _safe_ancestors(folder):  # changed while we created it
                return None
        st = os.stat(folder)
    except OSError:
        return None
    if not stat_mode.S_ISDIR(st.st_mode) or not _private(st):
        return None
    return folder


def _others_cannot_change(st: os.stat_result) -> bool:
    if st.st_uid not in (os.geteuid(), 0):
        return False
    return not st.st_mode & 0o022 or bool(st.st_mode & stat_mode.S_ISVTX)


def _safe_ancestors(path: str) -> bool:
    """Every existing folder above `path`, and every symlink met resolving it, is safe.

    Resolved one component at a time (as the kernel does), so each folder checked is the
    one a later component is looked up in, and a symlinked cache folder is followed to
    where it leads; the first missing component ends the walk: what follows does not exist
    yet and will be created by us.
    """
    pending = path.split("/")[::-1]
    current, hops = "/", 0
    try:
        if not _others_cannot_change(os.stat("/")):
            return False
        while pending:
            name = pending.pop()
            if name in ("", "."):
                continue
            if name == "..":
                current = os.path.dirname(current)
                continue
            step = os.path.join(current, name)
            try:
                st = os.lstat(step)
            except FileNotFoundError:
                return True
            if stat_mode.S_ISLNK(st.st_mode):
                hops += 1
                if hops > 40 or st.st_uid not in (os.geteuid(), 0):
                    return False
                target = os.readlink(step)
                if target.startswith("/"):
                    current = "/"
                pending.extend(target.split("/")[::-1])
                continue
            if not stat_mode.S_ISDIR(st.st_mode) or not _others_cannot_change(st):
                return False
            current = step
    except OSError:
        return False
    return True


def _make_private(folder: str) -> None:
    """Create folder and any missing folders above it, each readable by us alone."""
    parent = os.path.dirname(folder)
    if parent != folder and not os.path.lexists(parent):
        _make_private(parent)
    os.mkdir(folder, 0o700)


def _file_ok(path: str | Path) -> bool:
    """A regular cache file of ours that nobody else can write, and so are its WAL files."""
    for suffix in ("", "-wal", "-shm"):
        try:
            st = os.lstat(f"{path}{suffix}")
        except FileNotFoundError:
            if suffix:
                continue  # SQLite makes them as needed, with the file's owner and mode
            return False
        except OSError:
            return False
        if not stat_mode.S_ISREG(st.st_mode) or not _private(st):
            return False
    return True


def _name(root: str | Path) -> str:
    """One cache file per store: a rebuild replaces it instead of piling up files."""
    text = os.path.abspath(root).encode()
    return f"store-{zlib.crc32(text):08x}{zlib.adler32(text):08x}.db"


def _code_stamp() -> str:
    """factcli's version, its modules (name, size, mtime) and the model's fields."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    parts = [__version__]
    stack = [package]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir() and not entry.name.startswith(("_", ".")):
                    stack.append(entry.path)
                elif entry.name.endswith(".py"):
                    st = entry.stat()
                    parts.append(f"{entry.path}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(sorted(parts))


def _stat(path: str | Path) -> Stat:
    try:
        st = os.stat(path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _sha(data: bytes | None) -> str:
    import hashlib

    return "-" if data is None else hashlib.sha256(data).hexdigest()


def _racy(stat: Stat, verified_ns: int) -> bool:
    return max(stat[1], stat[2]) >= verified_ns - RACY_NS


def _content_of(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


# --- loading ---------------------------------------------------------------------------------
def load(root: str | Path) -> Store:
    """The store at root: from the cache when it can be trusted, else read (and cached)."""
    import gc

    # Reading builds millions of small objects and frees none: the cyclic collector would
    # only rescan them (about a third of the time at 100,000 facts).
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _attempt in range(3):
            try:
                return _load(root)
            except _Changed:
                continue
        raise StoreError(f"{root}: the store kept changing while it was read; try again")
    finally:
        if enabled:
            gc.enable()


def _load(root: str | Path) -> Store:
    names, stats = _listing(root)
    folder = usable_dir()
    if folder is None:
        return _fresh(root)
    db_name = os.path.join(folder, _name(root))
    key, root_key = _code_stamp(), os.path.abspath(root)
    reader = None
    if _file_ok(db_name):
        from factcli.store.dbcache import Reader

        reader = Reader.open(db_name, key=key, root=root_key)
    if reader is not None and _clean(reader, names, stats):
        return _serve(reader, names)
    from pathlib import Path  # building or updating the cache

    root, db_path = Path(root), Path(db_name)
    for _attempt in range(2):
        try:
            return _update(root, Path(folder), db_path, reader, key, root_key)
        except _Unusable:
            from factcli.store.dbcache import remove

            if reader is not None:
                reader.conn.close()
            reader = None
            remove(db_path)
    return _fresh(root)


def _listing(root: str | Path) -> tuple[list[str], list[Stat]]:
    from factcli.store.files import store_file_names

    names = store_file_names(root)  # strings: a cache hit does without pathlib
    return names, [_stat(p) for p in names]


def _fresh(root: str | Path) -> Store:
    from pathlib import Path

    from factcli.store.parser import load_fresh

    return load_fresh(Path(root))


def _clean(reader: Reader, paths: Sequence[str | Path], stats: list[Stat]) -> bool:
    """Whether every file is the one the cache was built from, known by its stat alone."""
    if len(reader.files) != len(paths):
        return False
    for row, path, stat in zip(reader.files, paths, stats, strict=True):
        if row[0] != os.path.abspath(path) or tuple(row[3:7]) != stat or _racy(stat, row[8]):
            return False
    return True


def _serve(reader: Reader, paths: Sequence[str | Path]) -> Store:
    from factcli.store.files import display_name

    names = {os.path.abspath(p): display_name(p) for p in paths}
    reader.names = {row[2]: names.get(row[0], row[0]) for row in reader.files}
    if reader.meta["valid"] == "1":
        return reader.store()
    import json

    try:
        problems = [
            Problem(names.get(file, file), line, message)
            for file, line, message in json.loads(reader.meta["problems"])
        ]
    except (ValueError, TypeError):
        problems = []
    if not problems:  # a cache that says "invalid" without saying why is not believed
        from factcli.store.dbcache import remove

        reader.conn.close()
        remove(reader.path)
        raise _Changed
    more = f" (and {len(problems) - 1} more; run `factcli validate`)" if len(problems) > 1 else ""
    raise StoreError(f"invalid store: {problems[0]}{more}")


# --- building and updating -------------------------------------------------------------------
def _clean_temps(folder: Path) -> None:
    """Remove temporary files of builds that were killed (their process is gone, or long ago)."""
    import contextlib

    now = time.time()
    for entry in os.scandir(folder):
        if not entry.name.startswith(".tmp-"):
            continue
        pid = entry.name.split("-")[1]
        try:
            alive = pid.isdigit() and int(pid) != os.getpid()
            if alive:
                os.kill(int(pid), 0)
            if now - entry.stat(follow_symlinks=False).st_mtime < STALE_TEMP_S and alive:
                continue
        except ProcessLookupError:
            pass
        except OSError:
            continue  # another user's process (EPERM): alive
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _update(
    root: Path, folder: Path, db_path: Path, reader: Reader | None, key: str, root_key: str
) -> Store:
    """Bring the cache up to date with the files, then serve it.

    One process at a time updates a store's cache (a lock beside it); readers take no lock.
    A cache that can be used is updated in place, in one SQLite transaction (WAL mode): a
    command reading it meanwhile goes on reading the state it began with, and an update that
    is killed never commits. Any other is built anew in a temporary file renamed over it.
    """
    if reader is not None:
        reader.conn.close()
    if not os.access(folder, os.W_OK):
        return _fresh(root)  # a read-only cache folder costs only speed
    from pathlib import Path

    from factcli.store.dbcache import Reader

    with _Locked(db_path) as locked:
        if not locked:
            return _fresh(root)
        # While this process waited, the files may have changed again, and another process
        # may have brought the cache up to date.
        names, stats = _listing(root)
        paths = [Path(name) for name in names]
        reader = Reader.open(db_path, key=key, root=root_key) if _file_ok(db_path) else None
        if reader is not None and _clean(reader, paths, stats):
            return _serve(reader, paths)
        if reader is None:
            return _build(root, folder, db_path, paths, stats, key, root_key)
        reader.conn.close()
        return _in_place(root, db_path, paths, stats, key, root_key)


class _Locked:
    """Hold the store's update lock (a flock, released when the process ends however it ends).

    Enters as False when the lock file cannot be used: the command then reads the YAML.
    A class, not contextlib.contextmanager: a warm command does without importing contextlib.
    """

    def __init__(self, db_path: Path) -> None:
        self.lock = db_path.with_suffix(".lock")
        self.fd = -1

    def __enter__(self) -> bool:
        import fcntl

        for _attempt in range(2):
            try:
                fd = os.open(
                    self.lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600
                )
            except OSError:
                return False
            st = os.fstat(fd)
            if stat_mode.S_ISREG(st.st_mode) and _private(st):
                break
            os.close(fd)  # not ours, or others may write it: replaced, like a cache file
            fd = -1
            try:  # noqa: SIM105  (contextlib: see the docstring)
                os.unlink(self.lock)
            except OSError:
                pass
        if fd < 0:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        return True

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _in_place(
    root: Path, db_path: Path, paths: list[Path], stats: list[Stat], key: str, root_key: str
) -> Store:
    """Update the cache file itself, in one transaction; _Unusable if it cannot be."""
    from factcli.store.dbcache import Writer

    try:
        writer = Writer.in_place(db_path)
    except (OSError, sqlite3.Error, ValueError):
        raise _Unusable from None
    try:
        rows = writer.file_rows()
    except sqlite3.Error:
        writer.abandon()
        raise _Unusable from None
    return _write(
        root,
        db_path,
        writer,
        rows,
        paths,
        stats,
        (key, root_key),
        install=lambda: writer.commit(fresh=False),
        discard=writer.abandon,  # rolled back: nothing of it was ever seen
    )


def _build(
    root: Path,
    folder: Path,
    db_path: Path,
    paths: list[Path],
    stats: list[Stat],
    key: str,
    root_key: str,
) -> Store:
    """Build the cache anew in a temporary file, then rename it over the old one."""
    from factcli.store.dbcache import Writer, remove

    tmp = folder / f".tmp-{os.getpid()}-{db_path.name}"
    try:
        _clean_temps(folder)
        remove(tmp)
        writer = Writer.create(tmp)
        os.chmod(tmp, 0o600)
    except (OSError, sqlite3.Error):
        remove(tmp)
        return _fresh(root)

    def install() -> None:
        writer.commit(fresh=True)
        # The old file's WAL files go first: left in place, the new file would take them
        # for its own. A command still reading the old file keeps its open files.
        remove(db_path)
        os.replace(tmp, db_path)

    def discard() -> None:  # nothing half-written stays
        writer.abandon()
        remove(tmp)

    return _write(
        root, db_path, writer, [], paths, stats, (key, root_key), install=install, discard=discard
    )


def _write(
    root: Path,
    db_path: Path,
    writer: Writer,
    rows: list[tuple[Any, ...]],
    paths: list[Path],
    stats: list[Stat],
    keys: tuple[str, str],
    *,
    install: Callable[[], None],
    discard: Callable[[], None],
) -> Store:
    """Apply the files' changes to `rows` (none: a new cache), install the result, serve it."""
    from factcli.store.dbcache import Reader

    progress = _progress(len(paths))
    worker = None
    roomy = False
    try:
        if not rows:  # a new cache: memory freed file by file is kept for the next (heap.py)
            from factcli.store import heap

            roomy = heap.roomy(sum(stat[0] for stat in stats))
        # A new cache of many bytes has its later files read by a second process.
        worker = _worker(rows, paths, stats, db_path.parent)
        _apply(writer, rows, paths, stats, *keys, progress, worker)
        install()
    except (_Changed, StoreError):
        discard()
        raise
    except (ValueError, TypeError, KeyError, sqlite3.DatabaseError):
        discard()
        if rows:
            raise _Unusable from None  # the file updated is damaged: start a new one
        return _fresh(root)
    except (OSError, sqlite3.Error):
        discard()
        return _fresh(root)  # a full disk: no cache, only slower
    except BaseException:  # Ctrl-C: nothing of the update stays
        discard()
        raise
    finally:
        if worker is not None:
            worker.close()
        if progress:
            progress.close()
        if roomy:
            heap.restore()
    fresh = Reader.open(db_path, key=keys[0], root=keys[1])
    if fresh is None:
        return _fresh(root)
    return _serve(fresh, paths)


def _worker(
    rows: list[tuple[Any, ...]], paths: list[Path], stats: list[Stat], folder: Path | None
) -> Worker | None:
    """A worker reading the later files of a new cache, if it is large enough to want one."""
    if rows or folder is None:
        return None
    from factcli.store import parallel

    low, high = parallel.split([stat[0] for stat in stats])
    if not high:
        return None
    # Its own files, then those it shares with this process from the last down (Claims)
    order = [*range(high, len(paths)), *range(high - 1, low - 1, -1)]
    worker = parallel.Worker.start(
        folder, [(at, paths[at], stats[at]) for at in order], list(zip(paths, stats, strict=True))
    )
    if worker is not None:
        worker.leave = int(sum(stat[0] for stat in stats) * parallel.LEAVE)
    return worker


def _apply(
    writer: Writer,
    rows: list[tuple[Any, ...]],
    paths: list[Path],
    stats: list[Stat],
    key: str,
    root_key: str,
    progress: Progress | None,
    worker: Worker | None = None,
) -> bool:
    """Re-read what changed, check across files, index, link; returns validity.

    The files of a `worker` (a new cache's later files) are read by it, and copied in.
    """
    from factcli.store import codec
    from factcli.store.dbcache import file_crc
    from factcli.store.files import display_name

    for row in rows:
        if file_crc(row) != row[10]:
            raise ValueError("files row fails its check")
    old: dict[str, tuple[Any, ...]] = {row[0]: row for row in rows}
    current = {os.path.abspath(p) for p in paths}
    dropped: list[str] = []  # the records of the segments dropped (files gone or changed)

    def drop(seg: int) -> None:
        dropped.append(writer.records(seg))
        writer.drop_segment(seg)

    for row in rows:
        if row[0] not in current:
            drop(row[2])
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]] = {}  # segment -> (records, facts)
    segs: list[int] = []
    for order, (path, stat) in enumerate(zip(paths, stats, strict=True)):
        if worker is not None and not worker.claim(order):  # a new cache: segment = order
            segs.append(order)
            continue
        abspath = os.path.abspath(path)
        row = old.get(abspath)  # type: ignore[assignment]
        if row is not None and tuple(row[3:7]) == stat and not _racy(stat, row[8]):
            if row[1] != order:
                writer.set_place(abspath, order, stat, row[8])
            segs.append(row[2])
            if progress:
                progress.parsed()
            continue
        verified_ns = time.time_ns()
        # A file read whole before (sha known) and of the same size: compare its bytes.
        same_size = row is not None and row[7] != "-" and row[3] == stat[0]
        if row is not None and same_size and _sha(_content_of(path)) == row[7]:
            # The same bytes as when it was read (a touch, a copy back, a racy stat).
            if _stat(path) != stat:
                raise _Changed
            kept_ns = verified_ns if not _racy(stat, verified_ns) else row[8]
            writer.set_place(abspath, order, stat, kept_ns)
            segs.append(row[2])
            if progress:
                progress.parsed()
            continue
        if row is not None:
            drop(row[2])
        seg = _parse_into(
            writer, path, abspath, order, stat, verified_ns, fresh, seg=None if rows else order
        )
        segs.append(seg)
        if progress:
            progress.parsed()
        if worker is not None:
            worker.poll(progress)
    if worker is not None:
        _index_ahead(writer, worker, paths, stats, fresh, progress)
    if worker is not None and not _take_parsed(writer, worker, paths, stats, fresh, progress):
        worker = None
    if not fresh and not dropped:
        return True  # only stats or places changed: what was merged still holds
    if rows and _merge_facts_only(writer, dropped, fresh, progress):
        return True
    return _merge(writer, paths, segs, fresh, key, root_key, progress, codec, display_name, worker)


def _index_ahead(
    writer: Writer,
    worker: Worker,
    paths: list[Path],
    stats: list[Stat],
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
    progress: Progress | None,
) -> None:
    """While the worker still reads its files, index ours with the subjects the store will
    most likely have (those of its files, in order, as merge keeps them).

    The building process has the merge, the copy and the checks across files to do once the
    worker is done, so it leaves it a little more to read (parallel.LEAVE) and fills the
    wait with its own files' index. Each segment is marked with the digest of the subjects
    it was indexed with: the merge indexes again only a segment whose digest is not the
    store's (a wrong guess costs the time it took, which was spent waiting), and drops them
    all if the store has problems (an invalid store has no index, as in one process).
    """
    if worker.ready(progress) or any(problems for _r, _f, problems in fresh.values()):
        return
    from factcli.store import codec
    from factcli.store.index import build_index

    subjects = _likely_subjects(paths, stats, fresh)
    if subjects is None:
        return
    digest = subjects_digest(codec.dumps(list(subjects.values())))
    for seg in sorted(fresh):
        if worker.ready(progress):
            return
        index = build_index(Store(facts=fresh[seg][1], subjects=subjects, sources={}))
        writer.index_segment(seg, index, digest)


def subjects_digest(subjects: str) -> str:
    """What a segment's index is marked with: the subjects it was made with (their JSON)."""
    return str(zlib.crc32(subjects.encode()))


def _likely_subjects(
    paths: list[Path],
    stats: list[Stat],
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
) -> dict[str, Any] | None:
    """The store's subjects as merge will find them if every file is valid: those of the
    files read here, and of the others that hold a top-level `subjects` key (looked for in
    files of at most LIKELY_BYTES, read one at a time; parsed, at most LIKELY_BYTES of them);
    None when unsure (a larger file, one that cannot be read, or too many with subjects)."""
    import re

    from factcli.store.parser import _parse_file

    key = re.compile(rb"(?:^|\n)[\"']?subjects[\"']?[ \t]*:")
    subjects: dict[str, Any] = {}
    budget = LIKELY_BYTES
    for order, path in enumerate(paths):  # a new cache: segment = order
        if order in fresh:
            records = fresh[order][0]
        else:
            if stats[order][0] > LIKELY_BYTES:
                return None
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError:
                return None
            if b"subjects" not in data or not key.search(data):
                continue
            budget -= len(data)
            if budget < 0:
                return None
            _name, records, problems = _parse_file(path)
            if problems:
                return None
        for kind, obj, _line in records:
            if kind == "subjects":
                subjects.setdefault(obj.id, obj)
    return subjects


# A worker's file larger is not read to guess the subjects, nor more than this many bytes of
# its files that hold some parsed (a store's files are ~1 MB: split at 2,000 facts)
LIKELY_BYTES = 4 << 20


def _take_parsed(
    writer: Writer,
    worker: Worker,
    paths: list[Path],
    stats: list[Stat],
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
    progress: Progress | None,
) -> bool:
    """Copy in the files the worker read; if it failed, read them here. Whether it is of use."""
    from factcli.store import parallel

    word = worker.wait("ready", progress)
    if word == "changed":
        raise _Changed
    if word == "ready" and worker.copy(writer, parallel.TABLES_PARSED):
        return True
    worker.close()
    for seg in worker.segs:  # as they would have been read without it
        path, stat = paths[seg], stats[seg]
        _parse_into(writer, path, os.path.abspath(path), seg, stat, time.time_ns(), fresh, seg=seg)
        if progress:
            progress.parsed()
    return False


def _merge_facts_only(
    writer: Writer,
    dropped: list[str],
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
    progress: Progress | None,
) -> bool:
    """The checks across files after an edit of facts only, at the cost of what changed.

    When the store was valid and the files dropped and read again hold facts only (no
    subject or source), what every other file was checked against is unchanged: only the
    new facts are checked (known subject, sources and actor; ids unique in the whole store,
    through the cache's index of ids), and supersession, kept in a table of its own, is
    checked and linked whole. Returns False, having written nothing, when the full merge
    must run instead: the store was invalid, subjects or sources changed, or a check failed
    (the full merge reports every problem, in order).
    """
    import json

    from factcli.store import codec
    from factcli.store.index import build_index
    from factcli.store.model import Source, Subject
    from factcli.store.parser import fact_problems, head_of

    meta = writer.meta()
    if meta.get("valid") != "1":
        return False
    for text in dropped:
        if any(kind != "facts" for kind, _obj, _line in json.loads(text)["records"]):
            return False
    for records, _facts, problems in fresh.values():
        if problems or any(kind != "facts" for kind, _obj, _line in records):
            return False
    subjects = {s.id: s for s in codec.loads(meta["subjects"])}
    sources = {s.id: s for s in codec.loads(meta["sources"])}
    if not all(type(s) is Subject for s in subjects.values()) or not all(
        type(s) is Source for s in sources.values()
    ):
        raise ValueError("meta holds something else")
    for _records, facts, _problems in fresh.values():
        for fact in facts:
            if fact.supersedes == fact.id or fact_problems(head_of(fact), subjects, sources):
                return False
    if writer.duplicate_ids(fresh) or writer.unknown_superseded():
        return False
    if writer.conn.execute(
        f"SELECT 1 FROM files WHERE indexed != ? AND seg NOT IN ({','.join('?' * len(fresh))})",
        (meta["digest"], *fresh),
    ).fetchone():
        return False  # a segment left unindexed: the full merge indexes it
    if progress:
        progress.indexing(sum(len(facts) for _r, facts, _p in fresh.values()))
    for seg, (_records, facts, _problems) in fresh.items():
        index = build_index(Store(facts=facts, subjects=subjects, sources=sources))
        writer.index_segment(seg, index, meta["digest"])
        if progress:
            progress.indexed(len(facts))
    writer.link({target: fid for fid, target in writer.supersession()})
    (size,) = writer.conn.execute("SELECT sum(nfacts) FROM files").fetchone()
    meta["size"] = str(size or 0)
    writer.finish(meta)
    return True


def _parse_into(
    writer: Writer,
    path: Path,
    abspath: str,
    order: int,
    stat: Stat,
    verified_ns: int,
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
    *,
    seg: int | None = None,
) -> int:
    """Parse one file and store its facts and records as a new segment (`seg`, or the next)."""
    from factcli.store.parser import _parse_file

    seen: list[bytes] = []
    name, records, problems = _parse_file(path, seen)
    if _stat(path) != stat:
        raise _Changed  # written while we read it: what we read may be half a file
    if seg is None:
        seg = writer.next_segment()
    facts = [obj for kind, obj, _line in records if kind == "facts"]
    encoded = _encode_records(records, problems, name)
    writer.add_file(
        (abspath, order, seg, *stat, _sha(seen[0] if seen else None), verified_ns, len(facts)),
        encoded,
        facts,
    )
    fresh[seg] = (records, facts, problems)
    return seg


def _encode_records(records: list[Any], problems: list[Problem], name: str) -> str:
    """What the merge needs of a file, as JSON: subjects and sources whole, facts' heads."""
    import json

    from factcli.store import codec

    out = []
    for kind, obj, line in records:
        if kind == "facts":  # its FactHead (parser.head_of), written without making one
            docs = [ref.doc for ref in obj.sources]
            head = [obj.id, obj.subject, docs, obj.supersedes, obj.line, obj.actor, obj.stated]
            out.append([kind, head, line])
        else:
            out.append([kind, codec.encode(obj), line])
    found = [[None if p.file == name else p.file, p.line, p.message] for p in problems]
    return json.dumps({"records": out, "problems": found}, ensure_ascii=False)


def _decode_records(text: str, name: str) -> tuple[list[Any], list[Problem]]:
    import json

    from factcli.store import codec
    from factcli.store.model import Source, Subject
    from factcli.store.parser import FactHead

    data = json.loads(text)
    records: list[Any] = []
    for kind, payload, line in data["records"]:
        if kind == "facts":
            fid, subject, docs, supersedes, fline, actor, stated = payload
            head = FactHead(fid, subject, tuple(docs), supersedes, name, fline, actor, stated)
            records.append((kind, head, line))
        else:
            obj = codec.decode(payload)
            if type(obj) is not {"subjects": Subject, "sources": Source}[kind]:
                raise ValueError("a file's records hold something else")
            if isinstance(obj, Source) and obj.file != name:
                obj = obj.replace(file=name)
            records.append((kind, obj, line))
    problems = [Problem(name if f is None else f, ln, m) for f, ln, m in data["problems"]]
    return records, problems


def _merge(
    writer: Writer,
    paths: list[Path],
    segs: list[int],
    fresh: dict[int, tuple[list[Any], list[Any], list[Problem]]],
    key: str,
    root_key: str,
    progress: Progress | None,
    codec: Any,
    display_name: Any,
    worker: Worker | None = None,
) -> bool:
    """Check across files, index what needs it, link supersession, write meta.

    The segments of a `worker` are indexed by it, meanwhile, and copied in after ours.
    """
    import json

    from factcli.store.index import _alias_terms, build_index
    from factcli.store.parser import merge, supersession

    parsed = []
    names = {}
    for path, seg in zip(paths, segs, strict=True):
        name = display_name(path)
        names[name] = os.path.abspath(path)
        if seg in fresh:
            parsed.append((name, fresh[seg][0], fresh[seg][2]))
        else:
            parsed.append((name, *_decode_records(writer.records(seg), name)))
    kept, subjects, sources, problems = merge(parsed)
    size = sum(len(fresh[s][1]) if s in fresh else _count(writer, s) for s in segs)
    store = Store(facts=[], subjects=subjects, sources=sources)
    meta = {
        "format": _format(),
        "key": key,
        "root": root_key,
        "schema": codec.schema(),
        "size": str(size),
        "valid": "0" if problems else "1",
        "problems": json.dumps(
            [[names.get(p.file, p.file), p.line, p.message] for p in problems], ensure_ascii=False
        ),
        "subjects": codec.dumps(list(subjects.values())),
        "sources": codec.dumps(list(sources.values())),
        "aliases": json.dumps(_alias_terms(store), ensure_ascii=False),
    }
    digest = meta["digest"] = subjects_digest(meta["subjects"])
    if not problems:
        stale = {
            seg
            for seg, indexed in writer.conn.execute("SELECT seg, indexed FROM files")
            if indexed != digest
        }
        total = sum(len(fresh[s][1]) if s in fresh else _count(writer, s) for s in stale)
        if progress:
            progress.indexing(total)
        theirs = _index_elsewhere(worker, meta) if worker is not None else set()
        for seg in segs:
            if seg not in stale or seg in theirs:
                continue
            facts = fresh[seg][1] if seg in fresh else writer.facts_of(seg)
            index = build_index(Store(facts=facts, subjects=subjects, sources=sources))
            writer.index_segment(seg, index, digest)
            if progress:
                progress.indexed(len(facts))
            if worker is not None:
                _worker_progress(writer, worker, progress)
        # Before the worker's index is taken in: while it may still be at work. (A Fact has
        # what supersession reads of a FactHead.)
        writer.link(supersession(kept))
        if theirs and not _take_index(writer, worker, digest, progress):
            for seg in sorted(theirs):  # the worker failed: indexed here, as without it
                facts = writer.facts_of(seg)
                index = build_index(Store(facts=facts, subjects=subjects, sources=sources))
                writer.index_segment(seg, index, digest)
                if progress:
                    progress.indexed(len(facts))
    else:
        _drop_ahead(writer)
    writer.finish(meta)
    return not problems


def _drop_ahead(writer: Writer) -> None:
    """An invalid store has no index: drop what was indexed ahead of the merge (a new cache)."""
    for seg in sorted(writer.indexed):
        writer.drop_index(seg)
        writer.conn.execute("UPDATE files SET indexed = '' WHERE seg = ?", (seg,))
    writer.indexed.clear()


def _index_elsewhere(worker: Worker, meta: dict[str, str]) -> set[int]:
    """Have the worker index its segments with the store's subjects and sources."""
    message = {k: meta[k] for k in ("subjects", "sources", "digest")}
    return set(worker.segs) if worker.send(message) else set()


def _worker_progress(writer: Writer, worker: Worker, progress: Progress | None) -> None:
    worker.poll(None)
    while worker.indexed:
        seg = worker.indexed.pop(0)
        if progress:
            progress.indexed(_count(writer, seg))


def _take_index(
    writer: Writer, worker: Worker | None, digest: str, progress: Progress | None
) -> bool:
    """Copy in the index of the worker's segments, once it is done; False if it failed."""
    from factcli.store import parallel

    assert worker is not None
    word = worker.wait("indexed")
    _worker_progress(writer, worker, progress)
    if word != "indexed" or not worker.copy(writer, parallel.TABLES_INDEXED):
        return False
    writer.conn.executemany(
        "UPDATE files SET indexed = ? WHERE seg = ?", ((digest, seg) for seg in worker.segs)
    )
    writer.indexed.update(worker.segs)
    return True


def _count(writer: Writer, seg: int) -> int:
    (n,) = writer.conn.execute("SELECT nfacts FROM files WHERE seg = ?", (seg,)).fetchone()
    return int(n)


def _format() -> str:
    from factcli.store.dbcache import FORMAT

    return FORMAT


def _progress(files: int) -> Progress | None:
    from factcli.store.progress import Progress

    return Progress.start(files)
