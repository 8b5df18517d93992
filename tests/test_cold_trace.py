"""benchmarks/cold_trace.py times a cold build's phases in both of its processes: it still
finds the functions it wraps (a renamed one is reported, not left out silently)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from benchmarks import cold_trace, gen_store
from factcli.store import parallel


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("trace") / "store"
    gen_store.generate(1200, root, seed=3, per_file=300)
    return root


def trace(store: Path, *, one: bool) -> dict[tuple[str, str], list[float]]:
    env = dict(os.environ)
    env[parallel.WORKER_ENV] = "0" if one else "1"  # a worker, however small the store
    command = [sys.executable, "-m", "factcli"]
    return cold_trace.report(
        cold_trace.run(command, store, cold_trace.middle_id(store), one=one, env=env)
    )


def test_both_processes_phases_are_timed(small_store, capsys):
    phases = trace(small_store, one=False)
    parsed = phases[("M", "parse_into")][0] + phases[("W", "parse_into")][0]
    assert parsed == len(list(small_store.glob("*.yaml")))
    assert phases[("W", "build_index")][0] >= 1  # the worker indexes what it read
    for label in ("merge", "Writer.link", "Writer.finish", "Worker.copy"):
        assert phases[("M", label)][0] >= 1
    out = capsys.readouterr().out
    assert "M building process" in out and "W worker" in out


def test_one_process_has_no_worker(small_store):
    phases = trace(small_store, one=True)
    assert phases[("M", "parse_into")][0] == len(list(small_store.glob("*.yaml")))
    assert not [key for key in phases if key[0] == "W"]


def test_a_function_gone_is_said(small_store, monkeypatch):
    site = cold_trace.SITECUSTOMIZE.replace('"_take_index"', '"_no_such_function"')
    monkeypatch.setattr(cold_trace, "SITECUSTOMIZE", site)
    with pytest.raises(SystemExit, match="no_such_function"):
        trace(small_store, one=True)
