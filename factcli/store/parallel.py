"""A second process for a cold build: it reads, encodes and indexes the later half of the files.

A cold build is Python work on every fact (YAML to records, the schema, the cache's JSON, the
index), file by file, on one core. A large one hands the later files to
`python -m factcli.store.worker`, which writes them to a temporary SQLite file of its own;
the building process reads the first files meanwhile, merges (the checks across files read
the records the worker wrote), sends it the subjects and sources to index with (it has
indexed its files ahead with those it guessed, and does again only if they differ), and
copies its rows in (INSERT ... SELECT: SQLite copies them in C, in segment order, so the
cache file is the one a build in one process writes, row for row).

Who reads the files in the middle is settled as they go (Claims): the building process takes
them from the first, the worker from the last, until they meet, so that neither waits for
the other however busy the machine (the worker starts later, and either may be slowed by
other work). The index of a file is built by the process that read it, so both halves of
the indexing come out even too.

Nothing depends on it: a worker that cannot start, fails or dies is dropped, and its files
are read here as they would have been (StoreError and _Changed come from that reading). The
worker ignores Ctrl-C (the terminal sends it to both): the building process answers it and
ends the worker, whose file goes with it; a worker whose parent is gone finds its pipe
closed and ends too. Each process holds the facts of its own files only, so the two together
hold about what one process building alone holds.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import struct
import subprocess
import sys

from factcli.store.dbcache import remove, sqlite3

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from factcli.store.dbcache import Writer
    from factcli.store.progress import Progress

# Below this many bytes to read, a second process costs more (~0.2 s to start it and import
# the parser) than it saves; at 100,000 facts (~100 MB) the build takes ~10 s less.
MIN_BYTES = 16 << 20
WORKER_ENV = "FACTCLI_BUILD_WORKER"
# The files from SHARED[0] to SHARED[1] of the bytes go to whichever process gets to them
# first; the building process always reads those before, the worker those after.
SHARED = (0.3, 0.7)
# The building process leaves the worker this share of the bytes more than it would read
# first come, first served: it has the copy of the worker's rows, the merge and the checks
# across files to do (~0.6 s of the ~13 s of CPU at 100,000 facts) while the worker only
# indexes its files (ahead: worker._index_ahead), and fills its own wait by indexing its own
# files ahead (cache._index_ahead). Half of that work, moved to the worker, evens them out.
LEAVE = 0.07
TABLES_PARSED = ("files", "facts", "sups")
TABLES_INDEXED = ("terms", "vals", "dates")


def split(sizes: list[int]) -> tuple[int, int]:
    """(low, high): the building process reads files [0, low), the worker [high, n), and
    either the files between (Claims). (0, 0) for no worker: a build too small for one, or
    $FACTCLI_BUILD_WORKER set to 0 (1 asks for one whatever the size, as the tests do).
    """
    wanted = os.environ.get(WORKER_ENV, "")
    total = sum(sizes)
    if len(sizes) < 2 or wanted == "0" or (total < MIN_BYTES and wanted != "1"):
        return 0, 0
    low, high = (_at(sizes, total * share) for share in SHARED)
    return low, max(low, high)


def _at(sizes: list[int], bytes_before: float) -> int:
    """The first file after at least this many bytes, leaving one file at either end."""
    done = 0
    for at, size in enumerate(sizes):
        if done and done >= bytes_before:
            return at
        done += size
    return len(sizes) - 1


class Claims:
    """Who reads the files shared by the two processes: a file of two numbers, under a lock.

    The next file the building process would read and the next the worker would (it goes
    from the last down); a file is taken by moving one's number past it, and the two never
    cross. The file is private, as the cache folder it lies in.
    """

    FORMAT = struct.Struct("<ii")

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def create(cls, path: Path, low: int, high: int) -> Claims | None:
        """Files [low, high) to share (the building process's next, the worker's next)."""
        remove(path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except OSError:
            return None
        claims = cls(fd)
        if not claims._write(low, high - 1):
            claims.close()
            return None
        return claims

    @classmethod
    def open(cls, path: str) -> Claims | None:
        try:
            return cls(os.open(path, os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC))
        except OSError:
            return None

    def _read(self) -> tuple[int, int]:
        first, last = self.FORMAT.unpack(os.pread(self.fd, self.FORMAT.size, 0))
        return first, last

    def _write(self, first: int, last: int) -> bool:
        try:
            return os.pwrite(self.fd, self.FORMAT.pack(first, last), 0) == self.FORMAT.size
        except OSError:
            return False

    def take(self, order: int, *, last: bool) -> bool:
        """Take file `order` for the worker (`last`) or the building process, if it is free."""
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
            try:
                first, final = self._read()
                if first > final or order != (final if last else first):
                    return False
                return self._write(first, final - 1) if last else self._write(first + 1, final)
            finally:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        except (OSError, struct.error):
            return False

    def close(self) -> None:
        try:  # noqa: SIM105
            os.close(self.fd)
        except OSError:
            pass


# Through each table's own key (the worker's file has no other index): no sort
_ORDER = {
    "files": " ORDER BY seg",
    "facts": " ORDER BY seg, local",
    "sups": " ORDER BY seg, local",
    "terms": "",
}


class Worker:
    """The other process of a build, seen from the building one."""

    def __init__(self, proc: subprocess.Popen[bytes], db: Path, segs: list[int]) -> None:
        self.proc, self.db = proc, db
        # The files the worker reads: its own to begin with, and once the building process
        # finds one taken (claim), every one from there on; the same list, changed in place.
        self.segs = segs
        self.buffer = b""
        self.lines: list[str] = []
        self.parsed = 0  # files the worker has read (for the progress bar)
        self.indexed: list[int] = []  # segments the worker has indexed (ditto)
        self.claims: Claims | None = None
        self.shared = (0, 0)  # the files either process may read, [low, high)
        self.end = 0  # the number of files: the worker's run to the last
        self.stopped = False  # the building process has read all it will
        self.sizes: dict[int, int] = {}  # the shared files' sizes
        self.leave = 0  # bytes of the shared files the building process leaves to the worker

    @classmethod
    def start(
        cls,
        folder: Path,
        files: Sequence[tuple[int, Path, Sequence[int]]],
        every: Sequence[tuple[Path, Sequence[int]]] = (),
    ) -> Worker | None:
        """A worker reading `files` ((segment, path, stat) each), or None if none can start.

        Its own files come first, in order, up to the last file of the store; then the files
        it shares with the building process (Claims), from the last down, which it reads
        while they are free. `every`: all the store's files (path, stat), in order, where it
        looks for the subjects to index ahead with (none given: it waits for the store's).
        """
        db = folder / f".tmp-{os.getpid()}-worker"  # removed with other builds' (cache.py)
        remove(db)
        segs = [seg for seg, _p, _s in files]
        if not segs:
            return None
        own = [segs[0]]
        while len(own) < len(segs) and segs[len(own)] == own[-1] + 1:
            own.append(segs[len(own)])
        shared = (min(segs), own[0])
        claims = None
        if shared[0] < shared[1]:
            claims = Claims.create(folder / f".tmp-{os.getpid()}-claims", *shared)
            if claims is None:
                return None
        try:
            proc = subprocess.Popen(
                # -P: not the current folder first on sys.path, where `-m` would put it (a
                # `factcli` folder there, another version or a planted one, is not run)
                [sys.executable, "-P", "-m", "factcli.store.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
            )
        except OSError:
            if claims is not None:
                claims.close()
                remove(folder / f".tmp-{os.getpid()}-claims")
            return None
        worker = cls(proc, db, own)
        worker.claims, worker.shared, worker.end = claims, shared, own[-1] + 1
        worker.sizes = {seg: stat[0] for seg, _p, stat in files if seg < shared[1]}
        job = {
            "db": os.fspath(db),
            "files": [[s, os.fspath(p), list(st)] for s, p, st in files],
            "all": [[os.fspath(p), list(st)] for p, st in every],
            "shared": list(shared),
            "claims": os.fspath(folder / f".tmp-{os.getpid()}-claims") if claims else None,
        }
        if not worker.send(job):
            worker.close()
            return None
        return worker

    def claim(self, order: int) -> bool:
        """Whether the building process reads file `order`; if not, the worker reads it and
        every later one (segs says which)."""
        if self.stopped:
            return False
        low, high = self.shared
        if order < low:
            return True
        if (
            order < high
            and self.claims is not None
            and not self._leaves(order)
            and self.claims.take(order, last=False)
        ):
            return True
        self.stopped = True
        self.segs[:] = range(order, self.end)
        return False

    def _leaves(self, order: int) -> bool:
        """Whether the shared files from `order` on, not yet taken, are few enough to leave."""
        if not self.leave or self.claims is None:
            return False
        try:
            _first, last = self.claims._read()
        except (OSError, struct.error):
            return False
        return sum(self.sizes.get(seg, 0) for seg in range(order, last + 1)) <= self.leave

    def ready(self, progress: Progress | None = None) -> bool:
        """Whether the worker has said it is done reading (or has ended): no waiting. Shows
        its files read, as poll."""
        before = self.parsed
        alive = self._read(block=False)
        if progress:
            for _ in range(self.parsed - before):
                progress.parsed()
        return not alive or bool(self.lines)

    def send(self, message: Mapping[str, object]) -> bool:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps(message).encode() + b"\n")
            self.proc.stdin.flush()
        except (OSError, ValueError):
            return False
        return True

    def _read(self, *, block: bool) -> bool:
        """Read what the worker wrote (waiting for a line if `block`); False at its end."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while True:
            ready, _w, _x = select.select([fd], [], [], None if block else 0)
            if not ready:
                return True
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return False
            self.buffer += chunk
            *done, self.buffer = self.buffer.split(b"\n")
            for line in done:
                self._note(line.decode())
            if done or not block:
                return True

    def _note(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "p":
            self.parsed += 1
        elif kind == "i":
            self.indexed.append(int(rest))
        else:
            self.lines.append(line)

    def poll(self, progress: Progress | None) -> None:
        """Take what the worker has said so far, without waiting; show its files read."""
        before = self.parsed
        self._read(block=False)
        if progress:
            for _ in range(self.parsed - before):
                progress.parsed()

    def wait(self, want: str, progress: Progress | None = None) -> str | None:
        """The worker's next word ("ready", "changed", "indexed"), or None if it ended."""
        while not self.lines:
            before = self.parsed
            alive = self._read(block=True)
            if progress:
                for _ in range(self.parsed - before):
                    progress.parsed()
            if not alive:
                return None
        word = self.lines.pop(0)
        return word if word in (want, "changed") else None

    def copy(self, writer: Writer, tables: tuple[str, ...]) -> bool:
        """Copy the worker's rows of these tables into the cache being built; False if not."""
        conn = writer.conn
        if not os.path.isfile(self.db):  # (ATTACH would make an empty one)
            return False
        # ATTACH and DETACH are refused inside a transaction. The file being built is new and
        # read by nobody before it is renamed into place: committing part of it changes nothing.
        conn.execute("COMMIT")
        try:
            conn.execute("ATTACH DATABASE ? AS worker", (os.fspath(self.db),))
        except sqlite3.Error:
            conn.execute("BEGIN")
            return False
        try:
            if tables == TABLES_PARSED:  # the files it read must be those the building one left
                read = {seg for (seg,) in conn.execute("SELECT seg FROM worker.files")}
                if read != set(self.segs):
                    return False
            conn.execute("BEGIN")
            for table in tables:
                # In the order one process writes them in: by segment (the worker read the
                # shared files from the last down), then as written (terms: by their key)
                order = _ORDER.get(table, " ORDER BY rowid")
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM worker.{table}{order}")
            if "terms" in tables:
                added = conn.execute(
                    "INSERT OR IGNORE INTO main.vocab SELECT * FROM worker.vocab"
                ).rowcount
                writer.vocab_changed = writer.vocab_changed or added > 0
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:  # a failed copy: the caller throws the file away
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE worker")
            conn.execute("BEGIN")
        return True

    def close(self) -> None:
        """End the worker (if it still runs) and remove its files."""
        if self.claims is not None:
            self.claims.close()
            self.claims = None
            remove(self.db.with_name(self.db.name.replace("-worker", "-claims")))
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:  # noqa: SIM105
                    stream.close()
                except OSError:
                    pass
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        remove(self.db)
