"""The second process of a large cold build (factcli.store.parallel): `python -m` this module.

It reads one line of JSON on stdin (its temporary SQLite file, the files to read as
[segment, path, stat]: its own, then those it shares with the building process, from the
last down, each read only if it can take it first: parallel.Claims; and every file of the
store as [path, stat]), reads them into that file as the building process would (the same
code: cache._parse_into), and says so on stdout: "p" after each file, then "ready" (or
"changed": a file changed while it was read). Then it indexes them ahead with the subjects
the store most likely has (cache._likely_subjects, from every file) while the building
process copies its rows and merges, and reads one more line: the store's subjects, sources
and their digest. If the subjects are those it guessed, its index stands; else it indexes
its segments again with them. "i SEG" after each segment, then "indexed". An empty line or
the end of stdin ends it. It ignores Ctrl-C: the building process ends it.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

PARSE_CACHE_KIB = 4 << 10  # SQLite's page cache while the worker reads its files

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import gc

    gc.disable()  # as cache.load: millions of small objects, none freed
    from pathlib import Path

    from factcli.store import cache, codec, heap
    from factcli.store.dbcache import BUILD_CACHE_KIB, Writer
    from factcli.store.index import build_index
    from factcli.store.model import Store
    from factcli.store.parallel import Claims

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    inbox = Inbox(sys.stdin.fileno())
    job = json.loads(inbox.line())
    heap.roomy()  # only large builds have a worker (but the tests'): memory kept for reuse
    writer = Writer.create(Path(job["db"]))
    os.chmod(job["db"], 0o600)  # as the cache file (its folder is private too)
    # Its files' rows are appended, pages written out as they fill: a small page cache does,
    # and this process's memory peaks as it finishes reading (~30 MB less at 100,000 facts).
    # The index, whose words go in among the others', has the cache a build has.
    writer.conn.execute(f"PRAGMA cache_size=-{PARSE_CACHE_KIB}")
    fresh: dict[int, tuple[list, list, list]] = {}  # type: ignore[type-arg]
    low, high = job["shared"]
    claims = Claims.open(job["claims"]) if job["claims"] else None
    try:
        for seg, name, stat in job["files"]:
            if low <= seg < high and (claims is None or not claims.take(seg, last=True)):
                break  # the building process has read it, and those before it
            path = Path(name)
            cache._parse_into(
                writer, path, os.path.abspath(path), seg, tuple(stat), time.time_ns(), fresh,
                seg=seg,
            )  # fmt: skip
            say("p")
    except cache._Changed:
        say("changed")
        return 0
    writer.conn.execute("COMMIT")
    say("ready")
    # While the building process copies those rows in and merges, index them ahead with the
    # subjects the store most likely has (as it does its own: cache._index_ahead): it sends
    # the store's, and a guess that was right leaves nothing to do but say so.
    # The building process reads this file meanwhile (it copies the rows just committed):
    # pages are not spilled to it before the end of this transaction, which needs the
    # exclusive lock; it ends only once the building process has sent the subjects, after
    # its copy.
    writer.conn.execute("PRAGMA cache_spill=OFF")
    writer.conn.execute(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
    writer.conn.execute("BEGIN")
    segs = sorted(fresh)
    guess = _index_ahead(writer, job["all"], fresh, inbox)
    line = inbox.line()
    if not line.strip():
        return 0
    message = json.loads(line)
    if message["subjects"] == guess:
        for seg in segs:
            say(f"i {seg}")
    else:
        if guess is not None:  # a wrong guess: none of it stays, its words neither
            writer.forget_index()
        subjects = {s.id: s for s in codec.loads(message["subjects"])}
        sources = {s.id: s for s in codec.loads(message["sources"])}
        for seg in segs:  # in order: the rows are copied in the order they were written
            # (the facts indexed ahead were let go: read back from this process's file)
            facts = fresh.pop(seg)[1] if seg in fresh else writer.facts_of(seg)
            index = build_index(Store(facts=facts, subjects=subjects, sources=sources))
            writer.index_segment(seg, index, message["digest"])
            say(f"i {seg}")
    writer.conn.execute("COMMIT")
    writer.conn.close()
    say("indexed")
    return 0


class Inbox:
    """What the building process writes to this process's stdin, read from the descriptor
    itself (no buffered reader reading ahead).

    Its message with the store's subjects may be larger than the pipe holds (a store of
    thousands of sources): `take` collects what has come while this process indexes ahead,
    so the building process, writing it, is never kept waiting for the end of that.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.data = b""
        self.ended = False

    def take(self) -> None:
        """Whatever has arrived, without waiting."""
        import select

        while not self.ended and select.select([self.fd], [], [], 0)[0]:
            self._read()

    def line(self) -> bytes:
        """The next line (waiting for it); what is left, perhaps nothing, at the end."""
        while b"\n" not in self.data and not self.ended:
            self._read()
        line, newline, self.data = self.data.partition(b"\n")
        return line + newline

    def _read(self) -> None:
        chunk = os.read(self.fd, 1 << 16)
        self.data += chunk
        self.ended = not chunk


def _index_ahead(
    writer: Any, files: list[list[Any]], fresh: dict[int, Any], inbox: Inbox | None = None
) -> str | None:
    """Index this process's files with the subjects the store most likely has, if it can
    guess them (cache._likely_subjects: every file of the store, [path, stat] each, in
    order); those subjects as the merge writes them (meta's JSON), or None if nothing was
    indexed. The facts of each file indexed are let go (taken out of `fresh`): what this
    process holds goes down as it indexes, instead of staying at its peak until the end."""
    from pathlib import Path

    from factcli.store import cache, codec
    from factcli.store.index import build_index
    from factcli.store.model import Store

    if not files or not fresh or any(problems for _r, _f, problems in fresh.values()):
        return None  # an invalid store has no index
    subjects = cache._likely_subjects(
        [Path(path) for path, _stat in files], [tuple(stat) for _path, stat in files], fresh
    )
    if subjects is None:
        return None
    text = codec.dumps(list(subjects.values()))
    digest = cache.subjects_digest(text)
    for seg in sorted(fresh):
        facts = fresh.pop(seg)[1]
        index = build_index(Store(facts=facts, subjects=subjects, sources={}))
        writer.index_segment(seg, index, digest)
        if inbox is not None:
            inbox.take()
    return text


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the building process is gone
        sys.exit(1)
