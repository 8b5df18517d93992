"""Start-up of two factcli installs side by side: the same commands, in random order.

    python benchmarks/ab.py --rounds 40 BEFORE_VENV AFTER_VENV

Each venv must hold factcli (installed with a plain `pip install`, as users get it) and its
dependencies. Every round runs each command once with each install, in a new random order,
so neither install is favoured by its place in the round (a busy machine slows the runs
that follow a heavy one); each install's ratio is taken against its own `python -c pass`.
Warm caches (one per install under a temporary XDG_CACHE_HOME), JSON to /dev/null, on the
bundled store; the commands are bench.py's bundled start-up rows.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

CLAIM = (
    "배경훈은 국회에 제출된 인사청문 자료에서 2025년 기준 자신과 배우자, 자녀 명의 재산으로 "
    "총 36억9767만 원을 신고했다."
)
COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "get ID": ["get", "parents-deduction-filing-year-end", "-f", "json"],
    "search ko": ["search", "배경훈 장관 취임", "-f", "json"],
    "search typo": ["search", "Exoane paramters", "-f", "json"],
    "check one claim": ["check", CLAIM, "-f", "json"],
}


def argv_of(venv: Path, name: str) -> list[str]:
    if name == "python -c pass":
        return [str(venv / "bin/python"), *COMMANDS[name]]
    return [str(venv / "bin/factcli"), *COMMANDS[name]]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=30)
    p.add_argument("venvs", nargs=2, type=Path, metavar="VENV")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="factcli-ab-"))
    runs = []
    for n, venv in enumerate(args.venvs):
        env = dict(os.environ, XDG_CACHE_HOME=str(work / f"cache-{n}"))
        env.pop("FACTCLI_STORE", None)
        runs += [(name, n, argv_of(venv, name), env) for name in COMMANDS]
    times: dict[tuple[str, int], list[float]] = {(name, n): [] for name, n, _a, _e in runs}
    for _name, _n, argv, env in runs:  # warm-up: builds each install's cache
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _round in range(args.rounds):
        for name, n, argv, env in random.sample(runs, len(runs)):
            started = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            times[(name, n)].append((time.perf_counter() - started) * 1000)
    floor = [statistics.median(times[("python -c pass", n)]) for n in range(2)]
    print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds; median ms (ratio), min")
    for name in COMMANDS:
        cells = []
        for n, venv in enumerate(args.venvs):
            ms = times[(name, n)]
            med = statistics.median(ms)
            cells.append(f"{venv.name}: {med:6.1f} ({med / floor[n]:4.1f}x) min {min(ms):6.1f}")
        print(f"{name:16} " + "   ".join(cells))


if __name__ == "__main__":
    main()
