"""A long cache build shows a progress bar on stderr when it is a terminal, and only then."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import gen_store


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Big enough that a cold build takes well over the one second before a bar shows.
    root = tmp_path_factory.mktemp("big") / "store"
    gen_store.generate(6000, root, seed=5, per_file=500)
    return root


def factcli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "factcli", *argv]


def run_on_terminal(argv: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    """Run with stderr (and stdin) on a pseudo-terminal; stdout to a pipe."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        argv, stdin=follower, stdout=subprocess.PIPE, stderr=follower, env=env, close_fds=True
    )
    os.close(follower)
    seen = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        seen += chunk
    assert proc.stdout is not None
    proc.stdout.read()
    os.close(leader)
    return proc.wait(), seen


def test_a_long_cold_build_shows_a_bar_on_a_terminal(big_store, tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), TERM="xterm", COLUMNS="100")
    env["FACTCLI_PROGRESS_DELAY"] = "0"  # "long" by the setting, not by the machine's speed
    code, seen = run_on_terminal(factcli("--store", str(big_store), "stats", "-f", "json"), env)
    assert code == 0
    text = seen.decode("utf-8", "replace")
    assert "parsing files" in text and "indexing facts" in text
    # Warm: nothing to build, nothing shown.
    del env["FACTCLI_PROGRESS_DELAY"]
    code, seen = run_on_terminal(factcli("--store", str(big_store), "stats", "-f", "json"), env)
    assert code == 0 and seen == b""


def test_no_bar_when_stderr_is_not_a_terminal(big_store, tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    proc = subprocess.run(
        factcli("--store", str(big_store), "stats", "-f", "json"),
        capture_output=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0 and proc.stderr == b""


def test_no_bar_before_the_delay(monkeypatch):
    from factcli.store import progress

    monkeypatch.setenv("FACTCLI_PROGRESS_DELAY", "3600")
    bar = progress.Progress(3)
    bar.parsed()
    assert bar.bar is None  # within the delay: nothing drawn, rich not loaded for it
    monkeypatch.setenv("FACTCLI_PROGRESS_DELAY", "not a number")
    assert progress.Progress.delay() == progress.DELAY
