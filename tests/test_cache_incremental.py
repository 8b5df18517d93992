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
