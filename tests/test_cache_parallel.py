"""A large cold build reads its later files in a second process: the cache it writes is the
one a build in one process writes, row for row, and a worker that fails changes nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from factcli.store import cache, parallel
from tests import test_cache_incremental, test_cache_progress
from tests.test_cache_incremental import assert_exact, edit, facts_of

# The same generated store of eight files as the incremental cache's tests
generated = test_cache_incremental.generated
store = test_cache_incremental.store

TABLES = ("files", "facts", "sups", "terms", "vocab", "vals", "dates", "meta")


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Every worker started (its segments); the tests' stores are small, so one is asked for."""
    monkeypatch.setenv(parallel.WORKER_ENV, "1")
    started: list[list[int]] = []
    real = parallel.Worker.start

    def start(folder, files, *rest):  # type: ignore[no-untyped-def]
        worker = real(folder, files, *rest)
        if worker is not None:
            started.append(worker.segs)
        return worker

    monkeypatch.setattr(parallel.Worker, "start", start)
    return started


def cache_file() -> Path:
    (found,) = (Path(os.environ["XDG_CACHE_HOME"]) / "factcli").glob("*.db")
    return found


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in the file's own order (rowid, or key), but what says when."""
    conn = sqlite3.connect(path)
    try:
        out = {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
    finally:
        conn.close()
    # The files' stat and verification times, and the CRC over them, differ build by build;
    # the meta key names the code's files, which are the same.
    out["files"] = [row[:4] + row[7:8] + row[9:10] + row[11:] for row in out["files"]]
    return out


def build(cli, store: Path, tmp_path: Path, name: str) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    os.environ["XDG_CACHE_HOME"] = str(tmp_path / name)
    assert cli("stats", store=store).exit_code == 0
    return rows(cache_file())


def test_a_build_with_a_worker_writes_the_same_file(cli, store, tmp_path, workers, monkeypatch):
    with_worker = build(cli, store, tmp_path, "two")
    (segs,) = workers  # the later files of eight, in order
    assert segs[0] > 2 and segs == list(range(segs[0], 8))
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    alone = build(cli, store, tmp_path, "one")
    assert len(workers) == 1
    assert with_worker == alone
    assert not [p for p in (tmp_path / "two" / "factcli").iterdir() if "worker" in p.name]


def test_a_build_with_a_worker_answers_as_the_yaml(cli, store, workers):
    assert_exact(cli, store)
    assert workers
    # and the cache it wrote follows edits as any other
    name = "facts-0005.yaml"
    edit(store / name, facts_of(store, name)[0], "an-edited-id")
    assert_exact(cli, store)
    assert len(workers) == 1


def test_an_invalid_store_gives_the_same_problems(cli, store, workers):
    name = "facts-0006.yaml"  # read by the worker
    edit(store / name, "kind: ", "kind: nonsense-")
    want = cli("--no-cache", "stats", store=store)
    got = cli("stats", store=store)  # builds the cache: the problems are kept in it
    assert got.exit_code == want.exit_code == 2
    assert (got.stdout, got.stderr) == (want.stdout, want.stderr)
    assert "nonsense-" in got.stderr
    assert workers
    assert_exact(cli, store)


@pytest.mark.parametrize(
    "program",
    [
        "/nonexistent/python",  # cannot start
        "/bin/false",  # ends at once, having said nothing
    ],
)
def test_a_worker_that_fails_is_done_without(cli, store, tmp_path, workers, monkeypatch, program):
    monkeypatch.setattr(sys, "executable", program)
    failed = build(cli, store, tmp_path, "failed")
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert failed == build(cli, store, tmp_path, "alone")
    assert not [p for p in (tmp_path / "failed" / "factcli").iterdir() if "worker" in p.name]


def test_a_worker_that_dies_while_indexing_is_done_without(
    cli, store, tmp_path, workers, monkeypatch
):
    real = parallel.Worker.send

    def send(self, message):  # type: ignore[no-untyped-def]
        if "digest" in message:  # the worker has read its files: now it dies
            self.proc.kill()
            self.proc.wait()
        return real(self, message)

    monkeypatch.setattr(parallel.Worker, "send", send)
    died = build(cli, store, tmp_path, "died")
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert died == build(cli, store, tmp_path, "alone")


def test_a_file_changed_under_the_worker_is_read_again(cli, store, workers, monkeypatch):
    # The first worker is given a stat its file no longer has (as if the file changed between
    # the listing and its reading): it says so, and the build starts again from the listing.
    real = parallel.Worker.start
    first = {"done": False}

    def start(folder, files, *rest):  # type: ignore[no-untyped-def]
        if not first["done"]:
            first["done"] = True
            seg, path, stat = files[0]
            files = [(seg, path, (stat[0] + 1, *stat[1:])), *files[1:]]
        return real(folder, files, *rest)

    monkeypatch.setattr(parallel.Worker, "start", start)
    assert_exact(cli, store)
    assert len(workers) == 2


big_store = test_cache_progress.big_store


def test_the_progress_bar_counts_the_workers_files_too(big_store, tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), TERM="xterm", COLUMNS="100")
    env[parallel.WORKER_ENV] = "1"
    # The bar at once: with the worker, the building process may finish within DELAY.
    env["FACTCLI_PROGRESS_DELAY"] = "0"
    argv = test_cache_progress.factcli("--store", str(big_store), "stats", "-f", "json")
    code, seen = test_cache_progress.run_on_terminal(argv, env)
    assert code == 0
    text = seen.decode("utf-8", "replace")
    assert "parsing files" in text and "indexing facts" in text
    files = len(list(big_store.iterdir()))
    assert f"{files}/{files}" in text  # every file counted, the worker's too


def test_the_index_of_superseded_facts_made_before_the_rows_holds_them_all(
    cli, store, tmp_path, workers, monkeypatch
):
    """facts_sby is made with a new file's tables (dbcache._EARLY), before any row is in,
    with or without a worker: it lists every superseded fact, as a scan of the table does."""
    for name, wanted in (("two", "1"), ("one", "0")):
        monkeypatch.setenv(parallel.WORKER_ENV, wanted)
        build(cli, store, tmp_path, name)
        conn = sqlite3.connect(cache_file())
        try:
            indexed = conn.execute(
                "SELECT id, sby FROM facts INDEXED BY facts_sby WHERE sby IS NOT NULL ORDER BY id"
            ).fetchall()
            scanned = conn.execute(
                "SELECT id, sby FROM facts NOT INDEXED WHERE sby IS NOT NULL ORDER BY id"
            ).fetchall()
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        assert indexed == scanned and len(scanned) > 0
    assert len(workers) == 1


@pytest.fixture
def ahead(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The worker seen as still reading until the building process has indexed every file of
    its own ahead of the merge (as when the worker is slower); the subjects guessed, each."""
    monkeypatch.setattr(parallel.Worker, "ready", lambda self, progress=None: False)
    guessed: list[object] = []
    real = cache._likely_subjects

    def likely(paths, stats, fresh):  # type: ignore[no-untyped-def]
        guessed.append(real(paths, stats, fresh))
        return guessed[-1]

    monkeypatch.setattr(cache, "_likely_subjects", likely)
    return guessed


def test_files_indexed_ahead_of_the_merge_make_the_same_file(
    cli, store, tmp_path, workers, ahead, monkeypatch
):
    with_worker = build(cli, store, tmp_path, "two")
    assert workers and ahead and ahead[0]  # the subjects (of subjects.yaml, the worker's)
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == build(cli, store, tmp_path, "one")
    monkeypatch.setenv(parallel.WORKER_ENV, "1")
    assert_exact(cli, store)


def test_an_invalid_store_keeps_no_index_made_ahead(
    cli, store, tmp_path, workers, ahead, monkeypatch
):
    edit(store / "facts-0006.yaml", "kind: ", "kind: nonsense-")  # read by the worker

    def invalid(name: str) -> dict[str, list[tuple[object, ...]]]:
        os.environ["XDG_CACHE_HOME"] = str(tmp_path / name)
        assert cli("stats", store=store).exit_code == 2
        return rows(cache_file())

    with_worker = invalid("two")
    assert workers and ahead and ahead[0]
    assert not with_worker["terms"] and not with_worker["vals"] and not with_worker["vocab"]
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == invalid("one")


def test_files_indexed_ahead_with_other_subjects_are_indexed_again(
    cli, store, workers, monkeypatch
):
    monkeypatch.setattr(parallel.Worker, "ready", lambda self, progress=None: False)
    monkeypatch.setattr(cache, "_likely_subjects", lambda paths, stats, fresh: {})  # a wrong guess
    assert_exact(cli, store)
    assert workers


# Started in the worker (PYTHONPATH, as benchmarks/cold_trace.py does): what its writer does,
# one line a call, to a log the test reads.
WORKER_LOG = """
import os, sys
if "factcli.store.worker" in sys.orig_argv:
    from factcli.store import dbcache

    def _logged(name):
        real = getattr(dbcache.Writer, name)

        def call(self, *args, **kwargs):
            with open(os.environ["FACTCLI_TEST_WORKER_LOG"], "a", encoding="utf-8") as out:
                out.write(name + "\\n")
            return real(self, *args, **kwargs)

        setattr(dbcache.Writer, name, call)

    _logged("index_segment")
    _logged("forget_index")
"""


@pytest.fixture
def worker_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(WORKER_LOG, encoding="utf-8")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    )
    log = tmp_path / "worker.log"
    monkeypatch.setenv("FACTCLI_TEST_WORKER_LOG", str(log))
    return log


def test_the_worker_indexes_its_files_once_with_the_subjects_it_guessed(
    cli, store, tmp_path, workers, worker_log, monkeypatch
):
    """It does not wait for the merge's subjects: it guesses them (subjects.yaml is among
    its files), indexes ahead, and the guess being right, indexes nothing again."""
    with_worker = build(cli, store, tmp_path, "two")
    (segs,) = workers
    assert worker_log.read_text(encoding="utf-8").split() == ["index_segment"] * len(segs)
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == build(cli, store, tmp_path, "one")


def test_the_worker_indexes_again_after_a_wrong_guess(
    cli, store, tmp_path, workers, worker_log, monkeypatch
):
    """Subjects in a flow mapping (JSON), in the first file (the building process's), are
    not found by the worker's guess: its index made with the wrong subjects is dropped
    whole, words and all, and made again."""
    import yaml

    subjects = yaml.safe_load((store / "subjects.yaml").read_text(encoding="utf-8"))
    (store / "subjects.yaml").unlink()
    first = store / "a-subjects.yaml"
    first.write_text(json.dumps(subjects, ensure_ascii=False), encoding="utf-8")
    paths = sorted(store.iterdir())
    guess = cache._likely_subjects(paths, [cache._stat(p) for p in paths], {})
    assert guess == {}  # the guess misses them (the store has some: see below)
    with_worker = build(cli, store, tmp_path, "two")
    (segs,) = workers
    calls = worker_log.read_text(encoding="utf-8").split()
    assert calls == ["index_segment"] * len(segs) + ["forget_index"] + ["index_segment"] * len(segs)
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    alone = build(cli, store, tmp_path, "one")
    assert with_worker == alone
    assert json.loads(dict(row[:2] for row in alone["meta"])["subjects"])  # it has subjects
    monkeypatch.setenv(parallel.WORKER_ENV, "1")
    assert_exact(cli, store)


def test_the_worker_takes_its_messages_without_waiting():
    """What the building process writes comes in as it comes (take), a line at a time."""
    from factcli.store.worker import Inbox

    read, write = os.pipe()
    try:
        inbox = Inbox(read)
        os.write(write, b'{"a": 1}\n{"b"')
        inbox.take()
        assert inbox.data == b'{"a": 1}\n{"b"'
        inbox.take()  # nothing more has come: it does not wait for it
        assert inbox.line() == b'{"a": 1}\n'
        os.write(write, b": 2}\n")
        os.close(write)
        write = -1
        assert inbox.line() == b'{"b": 2}\n'
        assert inbox.line() == b"" and inbox.ended
    finally:
        os.close(read)
        if write >= 0:
            os.close(write)


def test_a_message_larger_than_the_pipe_gets_through_while_the_worker_takes_it():
    """The building process's write of a message larger than the pipe holds (a store of
    thousands of sources) ends once the worker has taken it in steps (as it does between
    files indexed ahead), not when it reads its line at the end."""
    import threading

    from factcli.store.worker import Inbox

    read, write = os.pipe()
    message = b"x" * (4 << 20) + b"\n"
    writer = threading.Thread(target=os.write, args=(write, message))
    writer.start()
    try:
        inbox = Inbox(read)
        for _step in range(1_000_000):  # (bounded: a take that took nothing would spin)
            if b"\n" in inbox.data:
                break
            inbox.take()
        assert b"\n" in inbox.data  # (else the pipe is closed below: the write fails)
        writer.join()  # the write is done, and no line was asked for
        assert inbox.line() == message
    finally:
        os.close(read)
        os.close(write)


def test_a_store_of_many_sources_makes_the_same_file(cli, store, tmp_path, workers, monkeypatch):
    """The subjects and sources the worker is sent then fill more than a pipe holds."""
    lines = ["sources:"]
    for n in range(3000):
        lines += [f"  - id: extra-source-{n:04d}", f'    title: "An extra source, number {n}"']
    (store / "more-sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("--no-cache", "stats", store=store).exit_code == 0  # a valid store
    with_worker = build(cli, store, tmp_path, "two")
    assert workers
    assert len(dict(row[:2] for row in with_worker["meta"])["sources"]) > 1 << 17
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == build(cli, store, tmp_path, "one")
