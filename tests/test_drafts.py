"""A draft judged on two cores (factcli.interfaces.drafts) says what one process says: the
same findings in the same order, the same report, the readings of both processes kept; and a
copy that fails, or sees another cache, leaves its sentences to the first process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcli.interfaces import drafts
from factcli.judge.check import check_document
from factcli.store import readings
from factcli.store.loader import load_store
from tests.test_readings import db_file

EVAL = Path(__file__).parent / "data" / "eval"
DRAFTS = sorted(EVAL.glob("draft-*.md")) + sorted(EVAL.glob("*-meaning.md"))
# Sentences with pronouns, paragraphs, a sentence with no value: contexts cross the halves.
PRONOUNS = (
    "배경훈은 1976년 5월 서울에서 태어났다. 그는 2025년 7월 17일 장관에 취임했다.\n"
    "그는 2023년 은탑산업훈장을 받았다. 정부는 2030년까지 GPU 20만장을 구축할 계획이다.\n\n"
    "그는 1980년에 태어났다. 배경훈은 광운대를 졸업했다.\n"
    "He was born in 1977. The government plans to secure 50,000 GPUs by 2028.\n"
)


def _two(store, text):  # type: ignore[no-untyped-def]
    """(one process's findings, two processes' findings) of a text."""
    return list(check_document(store, text)), list(drafts.findings(store, text))


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_two_processes_find_what_one_finds(path: Path, monkeypatch):
    monkeypatch.setenv("FACTCLI_CHECK_WORKER", "1")
    store = load_store(None)
    one, two = _two(store, path.read_text(encoding="utf-8"))
    assert len(one) >= 2
    assert two == one


def test_contexts_carry_across_the_halves(monkeypatch):
    monkeypatch.setenv("FACTCLI_CHECK_WORKER", "1")
    store = load_store(None)
    one, two = _two(store, PRONOUNS)
    assert len(one) >= 6 and two == one
    assert [(f.line, f.column) for f in two] == [(f.line, f.column) for f in one]


def test_the_report_is_the_same_either_way(cli, tmp_path, monkeypatch):
    draft = tmp_path / "draft.md"
    draft.write_text(PRONOUNS + (EVAL / "draft-dev.md").read_text(encoding="utf-8"))
    runs = {}
    for worker in ("0", "1", "0"):
        monkeypatch.setenv("FACTCLI_CHECK_WORKER", worker)
        for fmt in ("json", "plain", "github"):
            result = cli("check", "--file", str(draft), "-f", fmt, store=None)
            assert result.exit_code == 1
            runs.setdefault(fmt, set()).add(result.stdout)
    assert all(len(outputs) == 1 for outputs in runs.values())


def test_a_copy_that_fails_leaves_its_sentences_to_this_process(monkeypatch):
    monkeypatch.setenv("FACTCLI_CHECK_WORKER", "1")
    store = load_store(None)
    forks = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("no connection for the copy")

    # In the copy (a fork of this process) the connection cannot be opened: it sends
    # nothing, and this process judges every sentence.
    monkeypatch.setattr("factcli.store.dbcache.connect", broken)
    one, two = _two(store, PRONOUNS)
    assert forks and two == one


def test_a_copy_that_sees_another_cache_judges_nothing(monkeypatch):
    monkeypatch.setenv("FACTCLI_CHECK_WORKER", "1")
    store = load_store(None)
    sent = []
    real = drafts._decoded

    def decoded(store, data, count):  # type: ignore[no-untyped-def]
        sent.append(data)
        return real(store, data, count)

    monkeypatch.setattr(drafts, "_decoded", decoded)
    monkeypatch.setattr(drafts, "_files", lambda store: ["not", "the cache"])
    one, two = _two(store, PRONOUNS)
    assert two == one and sent == [b""]


def test_no_fork_below_a_large_store_or_a_few_sentences(monkeypatch):
    monkeypatch.delenv("FACTCLI_CHECK_WORKER", raising=False)
    store = load_store(None)  # 210 facts
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked"))
    assert list(drafts.findings(store, PRONOUNS)) == list(check_document(store, PRONOUNS))
    monkeypatch.setenv("FACTCLI_CHECK_WORKER", "0")
    monkeypatch.setattr(drafts, "LARGE", 10)
    assert list(drafts.findings(store, PRONOUNS)) == list(check_document(store, PRONOUNS))
    monkeypatch.delenv("FACTCLI_CHECK_WORKER")
    monkeypatch.setattr(drafts, "LEAST", 100)
    assert list(drafts.findings(store, PRONOUNS)) == list(check_document(store, PRONOUNS))


def test_the_readings_the_copy_made_are_kept(tmp_path, monkeypatch):
    # With no readings kept yet, a draft checked by two processes keeps what one keeps (each
    # check a new process, as a command is).
    draft = tmp_path / "draft.md"
    draft.write_text((EVAL / "draft-dev.md").read_text(encoding="utf-8") + PRONOUNS)
    kept = {}
    for worker in ("0", "1"):
        if db_file().exists():
            conn = sqlite3.connect(db_file())
            conn.execute("DROP TABLE IF EXISTS readings")
            conn.commit()
            conn.close()
        env = dict(os.environ, FACTCLI_CHECK_WORKER=worker)
        done = subprocess.run(
            [sys.executable, "-m", "factcli", "check", "--file", str(draft), "-f", "json"],
            env=env,
            capture_output=True,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        conn = sqlite3.connect(db_file())
        kept[worker] = set(conn.execute("SELECT text, kind, data, crc FROM readings"))
        conn.close()
    assert len(kept["0"]) > 40
    assert kept["1"] == kept["0"]


def test_rows_sent_that_are_not_readings_are_left(monkeypatch):
    store = load_store(None)
    text = "배경훈은 1976년 5월 서울에서 태어났다."
    good = [text, "values", "[]", 0]
    good[3] = __import__("factcli.store.dbcache", fromlist=["crc"]).crc(*good[:3])
    readings.add_made_rows(
        store,
        [good, [text, "values", "[]", 1], [text, "pickle", "[]", 0], ["a", "b"], "x"],
    )
    assert readings._state(store).sent == [tuple(good)]
    readings.add_made_rows(store, {"not": "a list"})
    assert readings._state(store).sent == [tuple(good)]


def test_a_fork_only_while_a_second_core_is_free(monkeypatch):
    monkeypatch.delenv("FACTCLI_CHECK_WORKER", raising=False)
    monkeypatch.setattr(drafts, "LARGE", 10)  # the bundled store counts as large
    monkeypatch.setattr(drafts, "LEAST", 2)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    store = load_store(None)
    forks = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    expected = list(check_document(store, PRONOUNS))
    for load, forked in ((3.9, False), (1.6, False), (1.2, True), (0.1, True)):
        forks.clear()
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert list(drafts.findings(store, PRONOUNS)) == expected
        assert bool(forks) is forked, load
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    forks.clear()
    assert list(drafts.findings(store, PRONOUNS)) == expected
    assert not forks  # one core
