"""The incremental cache is exact: after any change to the files, every command answers as
`--no-cache` does, and only the files that changed are parsed again."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import factcli.store.parser
from benchmarks import gen_store
from factcli.store import cache

COMMANDS = (
    ["list", "-f", "json"],
    ["list", "--sort", "id", "-f", "jsonl"],
    ["list", "--as-of", "2024-06", "-f", "json"],
    ["timeline", "-f", "json"],
    ["timeline", "-f", "plain"],
    ["stats", "-f", "json"],
    ["sources", "-f", "json"],
    ["search", "한빛반도체 GPU 확보 목표", "-f", "json"],
    ["search", "Hanbit Semicondutcor budegt", "-f", "json"],
    ["search", "2030", "-f", "json"],
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gen") / "store"
    gen_store.generate(600, root, seed=3, per_file=100)
    return root


@pytest.fixture
def store(generated: Path, tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(generated, root)
    return root


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files parsed from YAML, in order."""
    seen: list[str] = []
    real = factcli.store.parser._parse_file

    def counting(path: Path, data=None):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        return real(path, data)

    monkeypatch.setattr(factcli.store.parser, "_parse_file", counting)
    return seen


def facts_of(root: Path, name: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip()
        for line in (root / name).read_text(encoding="utf-8").splitlines()
        if line.startswith("  - id:")
    ]


def some_ids(cli, root: Path) -> list[str]:  # type: ignore[no-untyped-def]
    listed = cli("--no-cache", "list", "--sort", "id", "-f", "json", store=root)
    if listed.exit_code:
        return []  # an invalid store: every command gives the same error
    rows = json.loads(listed.stdout)
    return [rows[0]["id"], rows[len(rows) // 2]["id"], rows[-1]["id"]]


def assert_exact(cli, root: Path) -> None:  # type: ignore[no-untyped-def]
    """Every command, with the cache, gives what the YAML gives."""
    ids = some_ids(cli, root)
    commands = [*COMMANDS, *(["get", i, "-f", "json"] for i in ids), ["get", "no-such-id"]]
    if ids:
        claim = json.loads(cli("--no-cache", "get", ids[1], "-f", "json", store=root).stdout)
        commands.append(["check", claim["statement"], "-f", "json"])
    for argv in commands:
        want = cli("--no-cache", *argv, store=root)
        got = cli(*argv, store=root)
        assert (got.exit_code, got.stdout, got.stderr) == (
            want.exit_code,
            want.stdout,
            want.stderr,
        ), argv


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_re_reads_only_that_file(cli, store, parses):
    cli("stats", store=store)
    assert len(parses) == 8  # subjects, sources and six files of facts
    parses.clear()
    first = facts_of(store, "facts-0003.yaml")[0]
    edit(store / "facts-0003.yaml", f"id: {first}", f"id: {first}-edited")
    got = cli("get", f"{first}-edited", "-f", "json", store=store)
    assert got.exit_code == 0 and parses == ["facts-0003.yaml"]
    assert_exact(cli, store)
    parses.clear()
    for argv in COMMANDS:
        cli(*argv, store=store)
    assert parses == []  # the cache was used, not the YAML


def test_adding_editing_renaming_and_deleting_files(cli, store):
    cli("stats", store=store)
    # add: a new file of facts (new ids), in the middle of the store's order
    text = (store / "facts-0002.yaml").read_text(encoding="utf-8")
    (store / "facts-0002b.yaml").write_text(
        text.replace("  - id: ", "  - id: copy-"), encoding="utf-8"
    )
    assert_exact(cli, store)
    text_5 = (store / "facts-0005.yaml").read_text(encoding="utf-8")
    # edit: a value changed
    edit(store / "facts-0004.yaml", "value: ", "value: 1")
    assert_exact(cli, store)
    # rename: same content, another place in the order
    os.rename(store / "facts-0001.yaml", store / "facts-9999.yaml")
    assert_exact(cli, store)
    # delete: facts of other files supersede some of its facts, so the store turns invalid
    (store / "facts-0005.yaml").unlink()
    assert_exact(cli, store)
    assert cli("stats", store=store).exit_code == 2
    (store / "facts-0005.yaml").write_text(text_5, encoding="utf-8")
    assert_exact(cli, store)
    (store / "facts-0002b.yaml").unlink()
    assert_exact(cli, store)
    assert cli("stats", store=store).exit_code == 0
    # an edit keeping the size and the mtime
    path = store / "facts-0006.yaml"
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    at = text.index("value: ") + len("value: ")
    digit = text[at]
    assert digit.isdigit()
    path.write_text(text[:at] + str((int(digit) + 1) % 10) + text[at + 1 :], encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    assert_exact(cli, store)


def test_checks_across_files_stay_exact(cli, store, generated):
    cli("stats", store=store)
    one = facts_of(store, "facts-0001.yaml")[0]
    two = facts_of(store, "facts-0006.yaml")[-1]
    # a duplicate id in another file: the store is refused, with the same message
    text = (store / "facts-0006.yaml").read_text(encoding="utf-8")
    (store / "facts-0006.yaml").write_text(text.replace(f"id: {two}", f"id: {one}"), "utf-8")
    assert_exact(cli, store)
    assert cli("stats", store=store).exit_code == 2
    (store / "facts-0006.yaml").write_text(text, encoding="utf-8")
    assert_exact(cli, store)
    # a fact in one file supersedes one in another; then the link goes away again
    edit(store / "facts-0006.yaml", f"id: {two}\n", f"id: {two}\n    supersedes: {one}\n")
    assert_exact(cli, store)
    got = json.loads(cli("get", one, "-f", "json", store=store).stdout)
    assert got["superseded_by"] == two
    (store / "facts-0006.yaml").write_text(text, encoding="utf-8")
    assert_exact(cli, store)
    # an unknown source, then a subject renamed in subjects.yaml (every file is indexed again)
    edit(store / "facts-0002.yaml", "doc: ", "doc: nope-")
    assert_exact(cli, store)
    assert cli("stats", store=store).exit_code == 2
    shutil.copy(generated / "facts-0002.yaml", store / "facts-0002.yaml")
    edit(store / "subjects.yaml", "name: ", "name: 새")
    assert_exact(cli, store)


# --- an edit of facts only: checked at the cost of what changed, still exact ---------------
def _block(text: str, fid: str) -> str:
    """The lines of one fact in a file of facts."""
    start = text.index(f"  - id: {fid}\n")
    end = text.find("  - id: ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def _field(block: str, name: str) -> str | None:
    for line in block.splitlines():
        if line.startswith(f"    {name}: "):
            return line.split(": ", 1)[1].strip()
    return None


def _in_block(text: str, fid: str, change) -> str:  # type: ignore[no-untyped-def]
    block = _block(text, fid)
    return text.replace(block, change(block))


# Each case rewrites facts-0003.yaml: (its text, its ids, a fact of facts-0005.yaml) -> text.
# Before it, facts-0005's first fact supersedes the second fact here, and the third fact
# here supersedes facts-0005's second.
FACTS_ONLY_EDITS = {
    "a duplicate id within the file": lambda t, ids, o: t.replace(
        f"id: {ids[1]}\n", f"id: {ids[0]}\n", 1
    ),
    "an unknown subject": lambda t, ids, o: _in_block(
        t, ids[1], lambda b: b.replace("subject: ", "subject: nobody-", 1)
    ),
    "an unknown actor": lambda t, ids, o: _in_block(t, ids[1], lambda b: b + "    actor: x\n"),
    "the actor is the subject": lambda t, ids, o: _in_block(
        t, ids[1], lambda b: b + f"    actor: {_field(b, 'subject')}\n"
    ),
    "stated after its sources": lambda t, ids, o: _in_block(
        t, ids[1], lambda b: b + '    stated: "2999"\n'
    ),
    "supersedes itself": lambda t, ids, o: _in_block(
        t, ids[4], lambda b: b + f"    supersedes: {ids[4]}\n"
    ),
    "supersedes an unknown fact": lambda t, ids, o: _in_block(
        t, ids[4], lambda b: b + "    supersedes: no-such-fact\n"
    ),
    "supersedes a fact of another file": lambda t, ids, o: _in_block(
        t, ids[4], lambda b: b + f"    supersedes: {o}\n"
    ),
    "a fact superseded from another file is renamed": lambda t, ids, o: t.replace(
        f"id: {ids[1]}\n", f"id: {ids[1]}-renamed\n", 1
    ),
    "a fact superseding one in another file is removed": lambda t, ids, o: t.replace(
        _block(t, ids[2]), ""
    ),
    "a statement is changed": lambda t, ids, o: _in_block(
        t, ids[3], lambda b: b.replace("statement: ", "statement: 새 ", 1)
    ),
}


@pytest.mark.parametrize("case", sorted(FACTS_ONLY_EDITS))
def test_an_edit_of_facts_only_is_checked_exactly(cli, store, case):
    here, there = facts_of(store, "facts-0003.yaml"), facts_of(store, "facts-0005.yaml")
    edit(
        store / "facts-0005.yaml",
        f"id: {there[0]}\n",
        f"id: {there[0]}\n    supersedes: {here[1]}\n",
    )
    path = store / "facts-0003.yaml"
    text = path.read_text(encoding="utf-8")
    text = _in_block(text, here[2], lambda b: b + f"    supersedes: {there[1]}\n")
    path.write_text(text, encoding="utf-8")
    assert cli("stats", store=store).exit_code == 0
    assert_exact(cli, store)
    path.write_text(FACTS_ONLY_EDITS[case](text, here, there[0]), encoding="utf-8")
    assert_exact(cli, store)


def test_an_edit_of_facts_only_reads_no_other_file(cli, store, monkeypatch):
    """What the checks across files need of the other files comes from the cache's indexes,
    not from decoding every file's records again (that took ~0.5 s at 100,000 facts)."""
    cli("stats", store=store)
    decoded: list[str] = []
    real = cache._decode_records
    monkeypatch.setattr(
        cache, "_decode_records", lambda text, name: decoded.append(name) or real(text, name)
    )
    edit(store / "facts-0004.yaml", "value: ", "value: 1")
    assert cli("stats", store=store).exit_code == 0
    assert decoded == []
    assert_exact(cli, store)
    edit(store / "subjects.yaml", "name: ", "name: 새")  # every file is merged and indexed again
    assert cli("stats", store=store).exit_code == 0
    assert len(decoded) == 7


# --- in place: a reader keeps its state; a killed update leaves the cache as it was --------
KILLED_UPDATE = """
import os, signal, sys
from factcli.store import dbcache
from factcli.store.loader import load_store

real_in_place, real_finish = dbcache.Writer.in_place, dbcache.Writer.finish

def in_place(path):
    global wal
    wal = str(path) + "-wal"
    writer = real_in_place(path)
    writer.conn.execute("PRAGMA cache_size = 1")  # pages go to the WAL as they change
    return writer

def finish(self, meta):
    real_finish(self, meta)
    print(os.path.getsize(wal), flush=True)  # written, not committed
    os.kill(os.getpid(), signal.SIGKILL)

dbcache.Writer.in_place = staticmethod(in_place)
dbcache.Writer.finish = finish
load_store(sys.argv[1])
"""


def test_a_killed_update_leaves_the_cache_usable(cli, store, parses):
    import subprocess
    import sys

    cli("stats", store=store)
    parses.clear()
    edit(store / "facts-0004.yaml", "value: ", "value: 7")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_UPDATE, str(store)], capture_output=True, text=True
    )
    assert killed.returncode == -9, killed.stderr
    assert int(killed.stdout) > 0  # the update had written pages to the WAL when it died
    assert cli("stats", store=store).exit_code == 0
    # The old cache was used and brought up to date: only the edited file was read again.
    assert parses == ["facts-0004.yaml"]
    assert_exact(cli, store)


def test_a_reader_keeps_its_state_while_the_cache_is_updated(cli, store):
    import subprocess
    import sys

    from factcli.store.loader import load_store

    before = json.loads(cli("list", "--all", "--sort", "id", "-f", "json", store=store).stdout)
    reader = load_store(store)
    listing = reader.facts.ordered("id")  # type: ignore[attr-defined]
    first = [next(listing).id for _ in range(5)]
    changed = before[len(before) // 2]
    (path,) = [p for p in store.glob("facts-*.yaml") if changed["id"] in facts_of(store, p.name)]
    edit(path, changed["statement"], "바뀐 문장")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcli",
            "--store",
            str(store),
            "get",
            changed["id"],
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
    )
    assert json.loads(done.stdout)["statement"] == "바뀐 문장"  # the cache was updated
    rest = [f.id for f in listing]
    assert first + rest == [r["id"] for r in before]  # whole, as it was when it began
    assert reader.get(changed["id"]).statement == changed["statement"]
    assert load_store(store).get(changed["id"]).statement == "바뀐 문장"
