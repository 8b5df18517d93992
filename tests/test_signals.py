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
from factcli.interfaces.console import main
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


# --- pip's launcher: Ctrl-C from the moment it imports factcli ------------------------------
# What pip (distlib) writes for `[project.scripts]`; the test writes it for the entry point
# pyproject.toml names, so it follows any change there without a reinstall.
PIP_LAUNCHER = """#!{python}
# -*- coding: utf-8 -*-
import re
import sys
from {module} import {func}
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit({func}())
"""
# The modules imported before factcli's handler is set: the packages above the console
# module, and the module itself (it imports only what Python has loaded).
BEFORE_HANDLER = {"factcli", "factcli.interfaces", "factcli.interfaces.console"}


@pytest.fixture(scope="module")
def launcher(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    module, func = project["project"]["scripts"]["factcli"].split(":")
    path = tmp_path_factory.mktemp("bin") / "factcli"
    path.write_text(PIP_LAUNCHER.format(python=sys.executable, module=module, func=func))
    return path


# Records, for each module imported, whether factcli's handler was already set.
RECORDER = r"""
import _signal, sys
seen = []
class Recorder:
    def find_spec(self, name, path=None, target=None):
        quiet = getattr(_signal.getsignal(_signal.SIGINT), "factcli_quiet", False)
        seen.append((name, quiet))
        return None
sys.meta_path.insert(0, Recorder())
import atexit, json
atexit.register(lambda: sys.stderr.write(json.dumps(seen)))
import runpy
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_the_launcher_sets_the_handler_before_importing_anything_of_its_own(launcher):
    import json

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    argv = [str(launcher), "--store", str(TEST_STORE), "get", "bae-birth"]
    done = subprocess.run(
        [sys.executable, "-c", RECORDER, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=_default_sigint,
    )
    seen = json.loads(done.stderr.strip().splitlines()[-1])
    names = [name for name, _quiet in seen]
    first = names.index("factcli")  # the launcher's `from factcli... import main`
    handled = next(i for i, (_name, quiet) in enumerate(seen) if quiet)
    assert first < handled
    assert set(names[first:handled]) <= BEFORE_HANDLER, names[first:handled]
    # (then gc, built in, to turn the collector off; then the entry point)
    assert next(n for n in names[handled:] if n != "gc") == "factcli.interfaces.entry"


@pytest.mark.parametrize(
    "when",
    ["factcli.interfaces.entry", "factcli.interfaces.boundary", "factcli.store.loader", "exit"],
)
def test_ctrl_c_once_the_launcher_imported_factcli_exits_130_quietly(launcher, when):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FACTCLI_DEBUG", None)
    code = CHILD.split("from factcli.interfaces.console import main")[0] + (
        "import runpy\nsys.argv = sys.argv[2:]\nrunpy.run_path(sys.argv[0], run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, when, str(launcher), "--store", str(TEST_STORE), "get",
         "bae-birth"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=_default_sigint,
    )  # fmt: skip
    assert done.stderr.strip() == "", done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)


def _traceback_from(err: str, launcher: Path) -> str | None:
    """Where a traceback printed on stderr comes from; None if there is none."""
    import re

    if "Traceback" not in err and "KeyboardInterrupt" not in err:
        return None
    frames = re.findall(r'File "([^"]+)", line (\d+), in ', err)
    package = ROOT / "factcli"
    mine = [f for f, _line in frames if Path(f).is_relative_to(package)]
    if mine:
        names = {".".join(Path(f).relative_to(ROOT).with_suffix("").parts) for f in mine}
        names = {n.removesuffix(".__init__") for n in names}
        return "before the handler" if names <= BEFORE_HANDLER else "factcli"
    if any(Path(f) == launcher and line != "0" for f, line in frames):
        return "the launcher's `import re`"
    return "Python's start-up"


def test_ctrl_c_at_a_spread_of_moments_never_prints_a_traceback_of_factcli(launcher):
    """SIGINT at moments spread over a whole run of the launcher (not aimed at any phase).

    A traceback may come only from before factcli's first line: Python starting (site), the
    launcher's `import re`, or the packages above the console module; never from factcli
    once its handler is set. The phases themselves are tested one by one above.
    """
    import contextlib
    import time

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FACTCLI_DEBUG", None)
    argv = [str(launcher), "--store", str(TEST_STORE), "get", "bae-birth", "-f", "json"]
    launched = [sys.executable, *argv]
    started = time.perf_counter()
    subprocess.run(launched, capture_output=True, env=env, check=True, timeout=120)
    whole = time.perf_counter() - started
    tries = 30
    for i in range(tries):
        proc = subprocess.Popen(
            launched,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            preexec_fn=_default_sigint,
        )
        moment = time.perf_counter() + whole * i / tries
        while time.perf_counter() < moment:  # a spread of moments, not a wait for a phase
            pass
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
        text = err.decode(errors="replace")
        assert _traceback_from(text, launcher) != "factcli", text
        if _traceback_from(text, launcher) is None:
            assert proc.returncode in (0, 130, -signal.SIGINT), (proc.returncode, text)
            assert text.strip() == "", text


def test_ctrl_c_while_the_arguments_are_read_exits_130_not_2(monkeypatch, capsys):
    """The arguments are read (check_argv) inside the boundary before the command: a Ctrl-C
    there is an interrupt (130), not a refusal of the arguments (2). Found by the spread of
    moments above, once, in CI."""
    from factcli.interfaces import entry

    def interrupted(_argv: list[str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(entry, "check_argv", interrupted)
    with pytest.raises(SystemExit) as ended:
        entry.main(["get", "bae-birth"])
    assert ended.value.code == 130
    assert capsys.readouterr().err == "\n"


def test_arguments_that_are_not_text_still_exit_2(capsys):
    from factcli.interfaces import entry

    with pytest.raises(SystemExit) as ended:
        entry.main(["search", "\udcff"])
    assert ended.value.code == 2
    assert "not UTF-8 text" in capsys.readouterr().err
