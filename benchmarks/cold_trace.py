"""Where a cold build's time goes, process by process: a timeline of its phases.

    .venv/bin/python benchmarks/cold_trace.py STORE [--id ID] [--one] [--runs N]

Runs `factcli --store STORE get ID -f json` with a fresh cache (as bench.py's cold row does)
and reports, for the building process (M) and the second one (W, factcli.store.worker), when
each phase ran, its wall time and its CPU time, and how long each process waited: a process
whose CPU falls short of its wall time waited for the other, or for the machine (compare the
load average). `--one` builds in one process (FACTCLI_BUILD_WORKER=0).

The phases are timed by wrapping factcli's own functions in both processes: a sitecustomize
module on PYTHONPATH (both processes inherit it) wraps them at start-up when
FACTCLI_COLD_TRACE names a file to append to; each process writes its lines there at exit.
Development only; nothing of it is installed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

SITECUSTOMIZE = """
import os, sys, time
_LOG = os.environ.get("FACTCLI_COLD_TRACE")
if _LOG:
    import atexit, functools
    _T0 = float(os.environ["FACTCLI_COLD_T0"])
    _WHO = "W" if "factcli.store.worker" in sys.orig_argv else "M"
    _EVENTS = []

    def _wrap(owner, name, label):
        fn = getattr(owner, name, None)
        if fn is None:  # renamed: said in the log, which the report refuses
            _EVENTS.append(("missing:" + label, 0.0, 0.0, 0.0))
            return

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            wall, cpu = time.time(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                _EVENTS.append((label, wall - _T0, time.time() - wall, time.process_time() - cpu))

        setattr(owner, name, timed)

    from factcli.store import cache, dbcache, index, parallel, parser
    for _name in ("_parse_into", "_take_parsed", "_merge", "_take_index"):
        _wrap(cache, _name, _name.lstrip("_"))
    _wrap(parser, "_parse_file", "parse_file")
    _wrap(parser, "merge", "merge_records")
    _wrap(index, "build_index", "build_index")
    for _name in ("add_file", "index_segment", "link", "indexes", "finish", "commit"):
        _wrap(dbcache.Writer, _name, "Writer." + _name)
    _wrap(parallel.Worker, "copy", "Worker.copy")
    _wrap(parallel.Worker, "wait", "Worker.wait")
    _START = time.time() - _T0

    def _dump():
        with open(_LOG, "a", encoding="utf-8") as out:
            out.write(f"{_WHO} process {_START:.3f} {time.time() - _T0:.3f} {time.process_time():.3f}\\n")
            for label, at, wall, cpu in _EVENTS:
                out.write(f"{_WHO} {label} {at:.3f} {wall:.3f} {cpu:.3f}\\n")

    atexit.register(_dump)
"""


def middle_id(store: Path) -> str:
    """The first fact id of the store's middle file (a fact the build must reach)."""
    files = sorted(
        p for p in store.glob("*.yaml") if p.name not in ("subjects.yaml", "sources.yaml")
    )
    for line in files[len(files) // 2].read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("- id:"):
            return line.split(":", 1)[1].strip().strip("\"'")
    raise SystemExit(f"no fact id found in {files[len(files) // 2]}")


def run(
    command: list[str], store: Path, fact_id: str, *, one: bool, env: dict[str, str] | None = None
) -> list[str]:
    """Build `store`'s cache cold with `command` (factcli's argv up to its arguments); prints
    the wall and CPU times and returns the trace's lines (see report)."""
    work = Path(tempfile.mkdtemp(prefix="cold-trace-"))
    try:
        (work / "site").mkdir()
        (work / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        log = work / "trace.log"
        t0 = time.time()
        env = dict(env or os.environ, XDG_CACHE_HOME=str(work / "cache"))
        env["FACTCLI_COLD_TRACE"], env["FACTCLI_COLD_T0"] = str(log), repr(t0)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(work / "site"), env.get("PYTHONPATH")])
        )
        if one:
            env["FACTCLI_BUILD_WORKER"] = "0"
        load = os.getloadavg()[0]
        argv = [*command, "--store", str(store), "get", fact_id, "-f", "json"]
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.time() - t0
        if status:
            raise SystemExit(f"factcli exited with status {status}")
        print(
            f"wall {wall:.2f} s; CPU of both processes {usage.ru_utime:.2f} s user +"
            f" {usage.ru_stime:.2f} s system; load {load:.2f} before, {os.getloadavg()[0]:.2f} after"
        )
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        missing = [line.split()[1] for line in lines if " missing:" in line]
        if not lines or missing:
            raise SystemExit(f"no trace: functions missing {sorted(set(missing))}")
        return lines
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(lines: list[str]) -> dict[tuple[str, str], list[float]]:
    """Print the trace's processes and phases; returns (process, phase) -> [calls, wall, CPU,
    first start, last end]."""
    phases: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 1e9, 0.0])
    for line in lines:
        who, label, *numbers = line.split()
        if label == "process":
            start, end, cpu = map(float, numbers)
            name = "building process" if who == "M" else "worker"
            print(
                f"{who} {name}: {start:.2f} -> {end:.2f} s, CPU {cpu:.2f} s of {end - start:.2f} s"
            )
            continue
        at, wall, cpu = map(float, numbers)
        row = phases[(who, label)]
        row[0] += 1
        row[1] += wall
        row[2] += cpu
        row[3] = min(row[3], at)
        row[4] = max(row[4], at + wall)
    print(
        f"{'':2}{'phase (nested phases overlap)':28}{'calls':>6}{'wall s':>8}{'CPU s':>8}   from -> to"
    )
    for (who, label), (calls, wall, cpu, first, last) in sorted(
        phases.items(), key=lambda item: (item[0][0], item[1][3])
    ):
        print(f"{who} {label:28}{calls:6}{wall:8.2f}{cpu:8.2f}   {first:6.2f} -> {last:6.2f}")
    return dict(phases)


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--id", help="the fact to get (default: one of the middle file)")
    parser.add_argument("--one", action="store_true", help="build in one process")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--factcli",
        default=str(here.parent / ".venv" / "bin" / "factcli"),
        help="(default: .venv's)",
    )
    args = parser.parse_args()
    fact_id = args.id or middle_id(args.store)
    for _run in range(args.runs):
        report(run([args.factcli], args.store, fact_id, one=args.one))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"(all runs: {usage.ru_utime + usage.ru_stime:.2f} s CPU)", file=sys.stderr)


if __name__ == "__main__":
    main()
