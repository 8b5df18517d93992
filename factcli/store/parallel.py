"""A second process for a cold build: it reads, encodes and indexes the later half of the files.

A cold build is Python work on every fact (YAML to records, the schema, the cache's JSON, the
index), file by file, on one core. A large one hands the later files, by size about half, to
`python -m factcli.store.worker`, which writes them to a temporary SQLite file of its own;
the building process reads the first files meanwhile, merges (the checks across files read
the records the worker wrote), sends it the subjects and sources to index with, and copies its
rows in (INSERT ... SELECT: SQLite copies them in C, in segment order, so the cache file is
the one a build in one process writes, row for row).

Nothing depends on it: a worker that cannot start, fails or dies is dropped, and its files
are read here as they would have been (StoreError and _Changed come from that reading). The
worker ignores Ctrl-C (the terminal sends it to both): the building process answers it and
ends the worker, whose file goes with it; a worker whose parent is gone finds its pipe
closed and ends too. Each process holds the facts of its own files only, so the two together
hold about what one process building alone holds.
"""

from __future__ import annotations

import json
import os
import select
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
# The building process's share of the bytes: it also merges, copies the worker's rows in and
# links supersession (~6% of a build at 100,000 facts): at half and half it waited for none.
OWN_SHARE = 0.47
TABLES_PARSED = ("files", "facts", "sups")
TABLES_INDEXED = ("terms", "vals", "dates")


def split(sizes: list[int]) -> int:
    """Where the worker's files begin: the later files, holding a little more than half.

    The building process keeps the first ones (it starts at once, and merges and copies
    after); 0 for no worker: a build too small for one, or $FACTCLI_BUILD_WORKER set to 0
    (1 asks for one whatever the size, as the tests do).
    """
    wanted = os.environ.get(WORKER_ENV, "")
    total = sum(sizes)
    if len(sizes) < 2 or wanted == "0" or (total < MIN_BYTES and wanted != "1"):
        return 0
    done = 0
    for at, size in enumerate(sizes):
        if done and done >= total * OWN_SHARE:
            return at
        done += size
    return len(sizes) - 1


class Worker:
    """The other process of a build, seen from the building one."""

    def __init__(self, proc: subprocess.Popen[bytes], db: Path, segs: list[int]) -> None:
        self.proc, self.db, self.segs = proc, db, segs
        self.buffer = b""
        self.lines: list[str] = []
        self.parsed = 0  # files the worker has read (for the progress bar)
        self.indexed: list[int] = []  # segments the worker has indexed (ditto)

    @classmethod
    def start(cls, folder: Path, files: Sequence[tuple[int, Path, Sequence[int]]]) -> Worker | None:
        """A worker reading `files` ((segment, path, stat) each), or None if none can start."""
        db = folder / f".tmp-{os.getpid()}-worker"  # removed with other builds' (cache.py)
        remove(db)
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "factcli.store.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
            )
        except OSError:
            return None
        worker = cls(proc, db, [seg for seg, _p, _s in files])
        job = {"db": os.fspath(db), "files": [[s, os.fspath(p), list(st)] for s, p, st in files]}
        if not worker.send(job):
            worker.close()
            return None
        return worker

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
            conn.execute("BEGIN")
            for table in tables:
                # In the order the worker wrote them: the order one process writes them in
                order = "" if table == "terms" else " ORDER BY rowid"  # (terms: by their key)
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
        """End the worker (if it still runs) and remove its file."""
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
