"""Ctrl-C at any phase of a run exits 130 without a traceback (README "Exit codes").

The signal is sent by the child itself at a chosen moment (when a given module is first
imported, or at exit), so each phase is tested every time, with no timing luck.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_STORE

ROOT = Path(__file__).parent.parent

# Runs factcli as its console script does, after arranging a SIGINT at one moment.
CHILD = r"""
import os, signal, sys, atexit
when = sys.argv[1]
if when == "exit":
    atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))
else:
    class Trap:
        def find_spec(self, name, path=None, target=None):
            if name == when:
                sys.meta_path.remove(self)
                os.kill(os.getpid(), signal.SIGINT)
            return None
    sys.meta_path.insert(0, Trap())
from factcli.interfaces.entry import main
sys.argv = ["factcli", *sys.argv[2:]]
sys.exit(main())
"""


def _default_sigint() -> None:
    # A parent that ignores SIGINT (a backgrounded CI job) passes that on to its children;
    # a user's factcli starts with Python's handler, so the test gives it that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_interrupted(when: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FACTCLI_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", CHILD, when, "--store", str(TEST_STORE), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=_default_sigint,
    )


@pytest.mark.parametrize(
    ("when", "argv"),
    [
        ("factcli.interfaces.boundary", ["search", "취임"]),  # start-up, before the command
        ("factcli.interfaces.cli", ["list"]),  # importing Typer, before the command
        ("factcli.store.loader", ["search", "취임"]),  # inside the command (fast path)
        ("factcli.store.loader", ["list"]),  # inside the command (Typer)
        ("factcli.judge.check", ["check", "배경훈은 1980년에 태어났다."]),
        ("exit", ["get", "bae-birth"]),  # after the command, on the way out
    ],
)
def test_ctrl_c_at_any_phase_exits_130_without_a_traceback(when, argv):
    done = run_interrupted(when, *argv)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip() == "", done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)


def test_an_ignored_sigint_stays_ignored():
    """Started with SIGINT ignored (`factcli ... &` in a script), factcli keeps ignoring it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "factcli.store.loader", "--store", str(TEST_STORE), "stats"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    assert done.returncode == 0 and "total" in done.stdout, done.stderr
