"""The cache cannot run code or lie: what it trusts and what it refuses, through the CLI.

Each test plants or damages a cache the way an attacker or an unlucky disk would, then asks
factcli and compares with `--no-cache`: the YAML is the truth.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcli.store import cache, dbcache
from factcli.store.files import bundled_store_path
from tests.conftest import TEST_STORE

PACKAGE = Path(__file__).resolve().parent.parent / "factcli"
GPU_ID = "policy-gpu-target-2030"
GPU_CLAIM = "정부는 2030년까지 GPU 20만장을 구축할 계획이다."
QUESTIONS = (
    ["get", GPU_ID, "-f", "json"],
    ["search", "GPU 20만장", "-f", "json"],
    ["check", GPU_CLAIM, "-f", "json"],
    ["check", "정부는 2030년까지 GPU 30만장을 구축할 계획이다.", "-f", "json"],
    ["list", "--tag", "gpu", "-f", "json"],
)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def answers(cli, *extra: str, store: Path | None = None) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    out = []
    for argv in QUESTIONS:
        result = cli(*extra, *argv, store=store)
        assert "internal error" not in result.stderr and "Traceback" not in result.stderr
        out.append((result.exit_code, result.stdout))
    return out


def db_file(root: Path | None = None) -> Path:
    return cache.cache_dir() / cache._name(root or bundled_store_path())


def tamper(path: Path, fact_id: str, old: str, new: str) -> None:
    """Rewrite a fact row with its checksum recomputed: a lie only ownership can refuse."""
    conn = sqlite3.connect(path)
    try:
        fid, wkey, data = conn.execute(
            "SELECT id, wkey, data FROM facts WHERE id = ?", (fact_id,)
        ).fetchone()
        assert old in data
        data = data.replace(old, new)
        conn.execute(
            "UPDATE facts SET data = ?, crc = ? WHERE id = ?",
            (data, dbcache.crc(fid, wkey, data), fid),
        )
        conn.commit()
    finally:
        conn.close()


def test_no_module_can_unpickle_or_unmarshal():
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not {"pickle", "marshal", "shelve", "dill"} & set(names), path


def test_a_tampered_cache_of_our_own_is_believed():
    """The control for the tests below: a lie with a right checksum in a private cache is
    served (only its owner could have written it), so refusing it elsewhere is what counts."""
    from factcli.store.loader import load_store

    load_store()
    tamper(db_file(), GPU_ID, "200000", "300000")
    assert load_store().get(GPU_ID).value == 300000


def test_a_lying_cache_writable_by_others_is_not_read(cli):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    tamper(db_file(), GPU_ID, "200000", "300000")
    db_file().chmod(0o666)
    assert answers(cli, store=None) == expected
    assert not db_file().stat().st_mode & 0o022  # replaced by a private one


def test_a_cache_folder_writable_by_others_is_bypassed(cli):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    tamper(db_file(), GPU_ID, "200000", "300000")
    before = db_file().read_bytes()
    cache.cache_dir().chmod(0o777)
    assert answers(cli, store=None) == expected
    assert db_file().read_bytes() == before  # not used, and not written either


def test_a_relative_cache_home_is_ignored(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relcache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cli("get", "bae-birth").exit_code == 0
    assert not (tmp_path / "relcache").exists()
    assert list((tmp_path / "home" / ".cache" / "factcli").glob("store-*.db"))


@pytest.mark.skipif(not IS_ROOT, reason="giving a file to another user needs root (chown)")
def test_a_lying_cache_owned_by_another_user_is_not_read(cli):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    tamper(db_file(), GPU_ID, "200000", "300000")
    os.chown(db_file(), 65534, 65534)
    assert answers(cli, store=None) == expected
    assert db_file().stat().st_uid == os.geteuid()  # our folder: rebuilt as ours


@pytest.mark.skipif(not IS_ROOT, reason="giving a folder to another user needs root (chown)")
def test_a_cache_folder_owned_by_another_user_is_bypassed(cli):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    tamper(db_file(), GPU_ID, "200000", "300000")
    os.chown(cache.cache_dir(), 65534, 65534)
    assert answers(cli, store=None) == expected


def cache_files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757])
def test_a_cache_home_below_a_folder_others_can_write_is_bypassed(cli, tmp_path, monkeypatch, mode):
    """Not only the parent: any ancestor others can write (here two levels up) could be
    used to swap the folders below it, so nothing is created or read under it."""
    shared = tmp_path / "x"
    shared.mkdir()
    shared.chmod(mode)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared / "deep" / "er"))
    expected = answers(cli, "--no-cache", store=None)
    assert answers(cli, store=None) == expected
    assert not (shared / "deep").exists()  # checked before anything was created


def test_a_cache_home_below_a_sticky_shared_folder_is_used(cli, tmp_path, monkeypatch):
    """The control: a sticky folder (as /tmp is) lets others add entries but not swap ours,
    and the folders factcli creates below it are private."""
    shared = tmp_path / "x"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared / "deep" / "er"))
    assert cli("get", "bae-birth", store=None).exit_code == 0
    assert list((shared / "deep" / "er" / "factcli").glob("store-*.db"))
    for folder in (shared / "deep", shared / "deep" / "er", shared / "deep" / "er" / "factcli"):
        assert folder.stat().st_mode & 0o777 == 0o700


def test_a_symlinked_cache_home_is_checked_where_it_leads(cli, tmp_path, monkeypatch):
    """A link from a private folder into one others can write is followed, and refused."""
    shared = tmp_path / "shared"
    (shared / "cache").mkdir(parents=True)
    shared.chmod(0o777)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "cache").symlink_to(shared / "cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    expected = answers(cli, "--no-cache", store=None)
    assert answers(cli, store=None) == expected
    assert cache_files_under(shared) == []
    shared.chmod(0o755)  # the control: the same link into a safe folder is used
    assert cli("get", "bae-birth", store=None).exit_code == 0
    assert list((shared / "cache" / "factcli").glob("store-*.db"))


@pytest.mark.skipif(not IS_ROOT, reason="giving a folder to another user needs root (chown)")
def test_a_cache_home_below_a_folder_of_another_user_is_bypassed(cli, tmp_path, monkeypatch):
    """The reported case: XDG_CACHE_HOME=/tmp/x/deep/er with /tmp/x another user's."""
    shared = tmp_path / "x"
    shared.mkdir(mode=0o755)
    os.chown(shared, 65534, 65534)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared / "deep" / "er"))
    expected = answers(cli, "--no-cache", store=None)
    assert answers(cli, store=None) == expected
    assert not (shared / "deep").exists()
    # A lying cache below it, even in a folder of ours that only we can write, is not
    # read: that user could have put it there by swapping "deep".
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "mine"))
    cli("stats", store=None)
    tamper(db_file(), GPU_ID, "200000", "300000")
    (shared / "deep").mkdir(mode=0o700)
    (tmp_path / "mine").rename(shared / "deep" / "er")
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared / "deep" / "er"))
    assert answers(cli, store=None) == expected


PLANT = r"""
import os, pickle, sqlite3, sys
folder, name, marker = sys.argv[1:4]
os.makedirs(folder, exist_ok=True)

class Payload:
    def __reduce__(self):
        return (os.system, (f"id > {marker}",))

evil = pickle.dumps(Payload())
conn = sqlite3.connect(os.path.join(folder, name))
conn.executescript(
    "CREATE TABLE meta(k TEXT PRIMARY KEY, v BLOB);"
    "CREATE TABLE facts(pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data BLOB NOT NULL);"
)
for k, v in [("format", "factcli-cache-3"), ("key", "x"), ("size", 1), ("root", "x"),
             ("subjects", evil), ("sources", evil), ("aliases", evil)]:
    conn.execute("INSERT INTO meta VALUES (?, ?)", (k, v))
conn.execute("INSERT INTO facts VALUES (0, 'bae-birth', ?)", (evil,))
conn.commit()
conn.close()
"""


def plant(folder: Path, marker: Path, *, user: list[str]) -> None:
    """An old-format cache whose every blob is a pickle that runs `id > marker`."""
    name = cache._name(bundled_store_path())
    subprocess.run(
        [*user, sys.executable, "-c", PLANT, str(folder), name, str(marker)],
        check=True,
        capture_output=True,
    )


def test_a_planted_pickle_runs_no_code(cli, tmp_path):
    marker = tmp_path / "pwned"
    plant(cache.cache_dir(), marker, user=[])
    result = cli("get", "bae-birth", "-f", "json", store=None)
    assert result.exit_code == 0 and json.loads(result.stdout)["date"] == "1976-05"
    assert not marker.exists()
    assert answers(cli, store=None) == answers(cli, "--no-cache", store=None)


@pytest.mark.skipif(not IS_ROOT, reason="running as another user needs root (setpriv)")
@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) is missing")
def test_a_cache_planted_by_another_user_in_a_shared_folder_is_refused(cli, monkeypatch):
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="factcli-shared-"))
    try:
        shared.chmod(0o1777)  # a shared cache home, like /tmp
        marker = shared / "pwned"
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        plant(shared / "factcli", marker, user=nobody)
        assert (shared / "factcli").stat().st_uid == 65534
        monkeypatch.setenv("XDG_CACHE_HOME", str(shared))
        expected = answers(cli, "--no-cache", store=None)
        assert answers(cli, store=None) == expected
        assert not marker.exists()
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def occurrences(data: bytes, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


@pytest.mark.parametrize("needle", ["20만장", "200000", GPU_ID])
def test_a_flipped_byte_gives_no_wrong_answer(cli, needle):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    clean = db_file().read_bytes()
    spots = occurrences(clean, needle.encode())
    assert spots, needle
    for at in spots:  # every copy of it in the file: rows, index entries, the vocabulary
        damaged = bytearray(clean)
        damaged[at] ^= 0x01  # 2 -> 3, 0 -> 1, p -> q
        db_file().write_bytes(bytes(damaged))
        assert answers(cli, store=None) == expected, at
        cli("stats", store=None)  # rebuilt if it was removed


def set_meta(path: Path, key: str, value: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "UPDATE meta SET v = ?, crc = ? WHERE k = ?", (value, dbcache.crc(key, value), key)
        )
        conn.commit()
    finally:
        conn.close()


def run_sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


DAMAGE = {
    "emptied-facts": lambda p: run_sql(p, "DELETE FROM facts"),
    "one-fact-gone": lambda p: run_sql(p, "DELETE FROM facts WHERE id = 'bae-birth'"),
    "emptied-terms": lambda p: run_sql(p, "DELETE FROM terms"),
    "emptied-vocab": lambda p: run_sql(p, "DELETE FROM vocab"),
    "wrong-size": lambda p: set_meta(p, "size", "999"),
    "size-not-a-number": lambda p: set_meta(p, "size", "many"),
    "valid-not-a-flag": lambda p: set_meta(p, "valid", "yes"),
    "subjects-not-subjects": lambda p: set_meta(p, "subjects", '[{"$c": "Problem", "v": []}]'),
    # JSON of the wrong shape: an internal error on every run before it was checked on open.
    "aliases-null": lambda p: set_meta(p, "aliases", "null"),
    "aliases-not-lists": lambda p: set_meta(p, "aliases", '{"배경훈": 3}'),
    "emptied-files": lambda p: run_sql(p, "DELETE FROM files"),
    "no-vals": lambda p: run_sql(p, "DELETE FROM vals"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_but_valid_sqlite_file_is_rebuilt(cli, damage):
    expected = answers(cli, "--no-cache", store=None)
    cli("stats", store=None)
    DAMAGE[damage](db_file())
    for _run in range(2):
        assert answers(cli, store=None) == expected
    conn = sqlite3.connect(db_file())
    try:  # whole again: the next run reads it
        (count,) = conn.execute("SELECT count(*) FROM facts").fetchone()
    finally:
        conn.close()
    assert count == len(json.loads(cli("--no-cache", "list", "-f", "json", store=None).stdout))


def test_temporary_files_of_a_killed_build_are_cleaned(cli):
    folder = cache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = folder / f".tmp-{dead.pid}-store-0.db"
    left.write_bytes(b"half a cache")
    old = folder / ".tmp-1-store-1.db"  # a live pid, but from an hour ago
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    busy = folder / ".tmp-1-store-2.db"  # a build under way in another process
    busy.write_bytes(b"y")
    assert cli("stats").exit_code == 0
    assert not left.exists() and not old.exists() and busy.exists()


def copy_store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(TEST_STORE, root)
    return root


def test_an_edit_keeping_size_and_mtime_is_seen(cli, tmp_path):
    root = copy_store(tmp_path)
    path = root / "facts.yaml"
    assert cli("get", "assets-total", "--field", "value", store=root).stdout == "3697670000\n"
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 3697670000", "value: 3697670009"), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # `touch -d` back to the old time
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    got = cli("get", "assets-total", "--field", "value", store=root)
    assert got.stdout == "3697670009\n"
    assert (
        got.stdout
        == cli("--no-cache", "get", "assets-total", "--field", "value", store=root).stdout
    )


@pytest.mark.parametrize("age_s", [0, 3600])
def test_a_file_written_as_the_cache_was_built_is_checked_by_content(
    cli, tmp_path, monkeypatch, age_s
):
    """git's racy rule: on a file system whose timestamps are coarse, a write in the same tick
    as the build leaves the stat unchanged. Such a file is compared by content; an old one
    (written long before the build) is trusted by its stat."""
    root = copy_store(tmp_path)
    path = root / "facts.yaml"
    past = time.time_ns() - age_s * 10**9
    os.utime(path, ns=(past, past))
    real = cache._stat
    frozen: list[cache.Stat] = []

    def coarse(p: Path) -> cache.Stat:
        # A file system whose ctime is the mtime (utime cannot set it back) and whose stat,
        # after the edit below, looks exactly as it did when the cache was built.
        size, mtime, _ctime, ino = real(p)
        return frozen[0] if frozen and Path(p) == path else (size, mtime, mtime, ino)

    monkeypatch.setattr(cache, "_stat", coarse)
    assert cli("get", "assets-total", "--field", "value", store=root).stdout == "3697670000\n"
    frozen.append(coarse(path))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 3697670000", "value: 3697670009"), encoding="utf-8")
    got = cli("get", "assets-total", "--field", "value", store=root).stdout
    if age_s == 0:
        assert got == "3697670009\n"  # racy: its content was compared
    else:
        assert got == "3697670000\n"  # not racy: the stat is trusted (what the rule allows)


def test_an_invalid_store_is_not_parsed_again(cli, tmp_path, monkeypatch):
    import factcli.store.parser

    root = copy_store(tmp_path)
    with open(root / "facts.yaml", "a", encoding="utf-8") as fh:
        fh.write("  - id: broken\n    kind: date\n")
    first = cli("list", store=root)
    assert first.exit_code == 2 and "invalid store" in first.stderr
    calls: list[Path] = []
    real = factcli.store.parser._parse_file
    monkeypatch.setattr(
        factcli.store.parser, "_parse_file", lambda p, seen=None: calls.append(p) or real(p, seen)
    )
    again = cli("list", store=root)
    assert (again.exit_code, again.stderr) == (first.exit_code, first.stderr)
    assert calls == []
    assert again.stderr == cli("--no-cache", "list", store=root).stderr


def test_the_did_you_mean_hint_reads_ids_not_facts(cli, tmp_path, monkeypatch):
    """A missing id's hint decoded every fact of the store to read its id (2.4-6.9 s at
    100,000 facts); it reads the id column, and decodes only the facts it names."""
    from benchmarks import gen_store
    from factcli.store import codec
    from factcli.store.model import Fact

    root = tmp_path / "store"
    gen_store.generate(2000, root, seed=11, per_file=500)
    assert cli("stats", store=root).exit_code == 0  # the cache is built
    wanted = sorted(json.loads(cli("list", "-f", "json", store=root).stdout), key=len)[-1]["id"]
    decoded = []
    real_loads = codec.loads

    def counting(data):  # type: ignore[no-untyped-def]
        value = real_loads(data)
        if isinstance(value, Fact):
            decoded.append(value.id)
        return value

    monkeypatch.setattr(codec, "loads", counting)
    typo = wanted[:5] + wanted[6:]  # one letter dropped
    result = cli("get", typo, store=root)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"factcli: error: no fact with id {typo!r}; did you mean ")
    assert wanted in result.stderr.split("did you mean ", 1)[1]
    assert 1 <= len(decoded) <= 3  # the suggestions, checked; not the 2,000 facts


def test_a_damaged_id_is_not_suggested(cli):
    """An id flipped in the cache (checksum not fixed) is not offered as a suggestion: the
    suggestions are read back through their checked rows, and the damage sends the command
    to the YAML."""
    expected = cli("--no-cache", "get", "bae-brith", store=None)
    assert "did you mean bae-birth" in expected.stderr
    cli("stats", store=None)
    conn = sqlite3.connect(db_file())
    conn.execute("UPDATE facts SET id = 'bae-brith-' WHERE id = 'bae-birth'")
    conn.commit()
    conn.close()
    result = cli("get", "bae-brith", store=None)
    assert (result.exit_code, result.stdout, result.stderr) == (
        expected.exit_code,
        expected.stdout,
        expected.stderr,
    )
