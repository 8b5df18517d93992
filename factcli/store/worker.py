"""The second process of a large cold build (factcli.store.parallel): `python -m` this module.

It reads one line of JSON on stdin (its temporary SQLite file, and the files to read as
[segment, path, stat]: its own, then those it shares with the building process, from the
last down, each read only if it can take it first: parallel.Claims), reads them into that
file as the building process would (the same code: cache._parse_into), and says so on
stdout: "p" after each file, then "ready" (or "changed": a file changed while it was read). Then one more line: the store's subjects,
sources and their digest, to index its segments with ("i SEG" after each, then "indexed");
an empty line or the end of stdin ends it. It ignores Ctrl-C: the building process ends it.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import gc

    gc.disable()  # as cache.load: millions of small objects, none freed
    from pathlib import Path

    from factcli.store import cache, codec
    from factcli.store.dbcache import Writer
    from factcli.store.index import build_index
    from factcli.store.model import Store
    from factcli.store.parallel import Claims

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    job = json.loads(sys.stdin.buffer.readline())
    writer = Writer.create(Path(job["db"]))
    os.chmod(job["db"], 0o600)  # as the cache file (its folder is private too)
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
    line = sys.stdin.buffer.readline()
    if not line.strip():
        return 0
    message = json.loads(line)
    subjects = {s.id: s for s in codec.loads(message["subjects"])}
    sources = {s.id: s for s in codec.loads(message["sources"])}
    writer.conn.execute("BEGIN")
    for seg in sorted(fresh):  # in order: the rows are copied in the order they were written
        facts = fresh.pop(seg)[1]
        index = build_index(Store(facts=facts, subjects=subjects, sources=sources))
        writer.index_segment(seg, index, message["digest"])
        say(f"i {seg}")
    writer.conn.execute("COMMIT")
    writer.conn.close()
    say("indexed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the building process is gone
        sys.exit(1)
