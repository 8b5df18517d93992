"""A small process that starts bench.py's commands, so their peak memory is their own.

Linux charges a child's max RSS with the peak RSS of the process it was forked from (exec keeps
the high-water mark of the memory the child shared until then). bench.py grows with the stores
it prepares, so it starts this helper first, while small, and has it run every measurement.
Imports are kept to a minimum for the same reason.

Protocol: one JSON job per line on stdin,
    {"argv": [...], "env": {...}, "stdin": path|null, "stderr": path, "timeout": s, "keep": n}
one JSON reply per line on stdout,
    {"seconds", "max_rss_mb", "code", "out_bytes", "head" (base64), "timed_out"}.
stdout of the command is a pipe drained here; its first `keep` bytes are sent back.
"""

import base64
import json
import os
import select
import signal
import sys
import time


def run(job: dict) -> dict:
    read_end, write_end = os.pipe()
    source = os.open(job["stdin"] or os.devnull, os.O_RDONLY)
    errors = os.open(job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    actions = [
        (os.POSIX_SPAWN_DUP2, source, 0),
        (os.POSIX_SPAWN_DUP2, write_end, 1),
        (os.POSIX_SPAWN_DUP2, errors, 2),
    ]
    started = time.perf_counter()
    try:
        pid = os.posix_spawnp(job["argv"][0], job["argv"], job["env"], file_actions=actions)
    finally:
        for fd in (write_end, source, errors):
            os.close(fd)
    deadline, timed_out = started + job["timeout"], False
    head, total, keep = bytearray(), 0, job["keep"]
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 and not timed_out:
            os.kill(pid, signal.SIGKILL)
            timed_out = True
        ready, _, _ = select.select([read_end], [], [], max(left, 0) if not timed_out else None)
        if not ready:
            continue
        chunk = os.read(read_end, 1 << 16)
        if not chunk:
            break
        total += len(chunk)
        if len(head) < keep:
            head += chunk[: keep - len(head)]
    _pid, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    os.close(read_end)
    return {
        "seconds": elapsed,
        "max_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "code": os.waitstatus_to_exitcode(status),
        "out_bytes": total,
        "head": base64.b64encode(head).decode("ascii"),
        "timed_out": timed_out,
    }


def main() -> None:
    for line in sys.stdin:
        try:
            reply = run(json.loads(line))
        except OSError as exc:  # e.g. the command does not exist
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
