"""Writes go only where asked: export and add targets, the store-wide lock, init, units.

Through the command line: in-process with the `cli` fixture, and in real processes
(`python -m factcli` on this checkout) for concurrency, pipes and another user.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from factcli.store.loader import load_store
from tests.conftest import ADD, TEST_STORE
from tests.test_reliability import assert_one_line_error

REPO = Path(__file__).resolve().parent.parent


def copy_store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(TEST_STORE, root)
    return root


def factcli(*args: str, **kwargs) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    """This checkout's factcli in a real process."""
    env = {**os.environ, "PYTHONPATH": str(REPO), **kwargs.pop("env", {})}
    return subprocess.Popen(
        [sys.executable, "-m", "factcli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )


def listing(root: Path) -> set[str]:
    """Every path under root, files and folders, hidden ones too."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


# --- export -o: only a new or regular file the user may write -----------------------------


def _device(tmp_path: Path) -> Path:
    """A character device to write to: a fresh null device as root, else a link to /dev/null."""
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        path.symlink_to("/dev/null")
    return path


@pytest.mark.parametrize("kind", ["fifo", "device", "read-only", "directory"])
def test_export_refuses_what_is_not_a_writable_regular_file(cli, tmp_path, kind):
    if kind == "fifo":
        target = tmp_path / "out.fifo"
        os.mkfifo(target)
    elif kind == "device":
        target = _device(tmp_path)
    elif kind == "read-only":
        target = tmp_path / "kept.json"
        target.write_text("precious\n")
        target.chmod(0o444)  # refused even as root, who could write it
    else:
        target = tmp_path / "folder"
        target.mkdir()
    before = os.stat(target)
    result = cli("export", "-f", "json", "-o", str(target))
    reason = {
        "fifo": "not a regular file (a pipe)",
        "device": "not a regular file (a device",
        "read-only": "read-only file",
        "directory": "is a directory",
    }[kind]
    assert_one_line_error(result, f"{target}: cannot write: ", reason)
    after = os.stat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )
    if kind == "read-only":
        assert target.read_text() == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_export_to_a_link_to_a_device_is_refused(cli, tmp_path):
    link = tmp_path / "out.json"
    link.symlink_to(_device(tmp_path))
    assert_one_line_error(cli("export", "-f", "csv", "-o", str(link)), "not a regular file")
    assert link.is_symlink()


def test_export_to_a_new_or_regular_file_still_works(cli, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    result = cli("export", "-f", "json", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(target.read_text())["facts"]) == len(load_store(TEST_STORE).facts)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_dash_is_stdout(cli, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    assert cli("export", "-f", fmt, "-o", str(target)).exit_code == 0
    result = cli("export", "-f", fmt, "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.encode() == target.read_bytes()
    assert not (Path.cwd() / "-").exists()
    assert result.stderr == ""  # stdout is the data: nothing said


def test_export_sqlite_to_stdout_is_a_database(tmp_path):
    argv = ["--store", str(TEST_STORE), "export", "-f", "sqlite", "-o", "-"]
    proc = subprocess.run(
        [sys.executable, "-m", "factcli", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    db = tmp_path / "piped.db"
    db.write_bytes(proc.stdout)
    import sqlite3

    count = sqlite3.connect(db).execute("SELECT count(*) FROM facts").fetchone()[0]
    assert count == len(load_store(TEST_STORE).facts)


# --- add: where a fact may go ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("{outside}", "not in the store"),
        ("/", "not in the store"),
        ("../escape.yaml", "not in the store"),
        ("notes.txt", "only .yaml and .yml files"),
        (".hidden/facts.yaml", "outside hidden folders"),
        ("sub", "is a directory"),
    ],
)
def test_add_file_outside_the_store_is_refused(cli, tmp_path, file, message):
    root = copy_store(tmp_path)
    (root / "sub").mkdir()
    outside = tmp_path / "elsewhere" / "facts.yaml"
    outside.parent.mkdir()
    before = listing(tmp_path)
    result = cli(*ADD, "--file", file.format(outside=outside), store=root)
    assert_one_line_error(result, f"--file {file.format(outside=outside)}: ", message)
    assert listing(tmp_path) == before  # nothing created, inside or outside the store


def test_add_file_by_a_path_from_the_working_directory(cli, tmp_path, monkeypatch):
    root = copy_store(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli(*ADD, "--file", "store/facts.yaml", store=Path("store"))
    assert result.exit_code == 0, result.stderr
    assert "Bae donated" in (root / "facts.yaml").read_text(encoding="utf-8")
    assert not (root / "store").exists()


def test_add_leaves_no_lock_or_temporary_file(cli, tmp_path, monkeypatch):
    root = copy_store(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = listing(tmp_path)
    assert cli(*ADD, "--id", "one", store=root).exit_code == 0
    failed = cli(*ADD, "--id", "one", store=root)  # refused: the id is taken
    assert failed.exit_code == 2
    assert listing(tmp_path) == before | {"store/added.yaml"}


def test_a_refused_duplicate_names_the_file_that_has_the_id(cli, tmp_path):
    root = copy_store(tmp_path)
    result = cli(*ADD, "--id", "bae-birth", store=root)  # to added.yaml, which does not exist
    assert_one_line_error(result, "duplicate fact id 'bae-birth'")
    assert "added.yaml" not in result.stderr
    where = result.stderr.split("(the fact at ", 1)[1].split(" has it)", 1)[0]
    path, line = where.rsplit(":", 1)
    assert (
        Path(path).is_file()
        and "id: bae-birth" in Path(path).read_text().splitlines()[int(line) - 1]
    )
    assert not (root / "added.yaml").exists()


def test_add_tag_help_says_what_it_does(cli):
    out = " ".join(cli("add", "--help", store=None).stdout.split())
    assert "--tag" in out and "A tag to file the fact under" in out
    assert "Only facts with this tag" not in out


@pytest.mark.parametrize(
    ("kind", "unit", "stored"),
    [
        ("count", "명", "people"),
        ("count", "개", "item"),
        ("count", "대", "item"),
        ("count", "건", "item"),
        ("count", "장", "GPU"),
        ("count", "people", "people"),
        ("amount", "원", "KRW"),
        ("amount", "krw", "KRW"),
    ],
)
def test_add_takes_korean_counters_as_units(cli, tmp_path, kind, unit, stored):
    root = copy_store(tmp_path)
    args = list(ADD)
    args[args.index("--kind") + 1] = kind
    args[args.index("--unit") + 1] = unit
    result = cli(*args, "--id", "counted", store=root)
    assert result.exit_code == 0, result.stderr
    assert load_store(root, use_cache=False).get("counted").unit == stored  # type: ignore[union-attr]


def test_add_an_unknown_unit_lists_what_is_allowed(cli, tmp_path):
    root = copy_store(tmp_path)
    args = list(ADD)
    args[args.index("--kind") + 1] = "count"
    args[args.index("--unit") + 1] = "마리"
    result = cli(*args, store=root)
    assert_one_line_error(result, "--unit: unit '마리'", "people", "GPU", "명", "개", "장")


# --- add and the installed package; init ------------------------------------------------------


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """factcli laid out as a wheel installs it: the package, with the store in factcli/_facts."""
    site = tmp_path / "site-packages"
    shutil.copytree(
        REPO / "factcli", site / "factcli", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(REPO / "facts", site / "factcli" / "_facts")
    return site


def run_installed(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from factcli.interfaces.entry import main; main(sys.argv[1:])"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(site)},
        timeout=60,
        check=False,
    )


def test_add_never_writes_into_an_installed_package(installed, tmp_path):
    store = installed / "factcli" / "_facts"
    before = listing(store)
    work = tmp_path / "work"
    work.mkdir()
    found = run_installed(installed, "get", "bae-birth", "--field", "date", cwd=work)
    assert (found.returncode, found.stdout) == (0, "1976-05\n"), found.stderr  # it is in use
    args = [*ADD[: ADD.index("--subject")], *ADD[ADD.index("--statement") :]]
    args[args.index("--source") + 1] = "whois-bae"
    for extra in ([], ["--file", "career.yaml"]):
        result = run_installed(installed, *args, *extra, cwd=work)
        assert result.returncode == 2 and result.stdout == "", result.stderr
        assert "installed package" in result.stderr and "factcli init DIR" in result.stderr
        assert "FACTCLI_STORE=DIR" in result.stderr and result.stderr.count("\n") == 1
    assert listing(store) == before


def test_init_makes_a_store_to_add_to(installed, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    made = run_installed(installed, "init", "mine", cwd=work)
    assert made.returncode == 0, made.stderr
    mine = work / "mine"
    assert f"FACTCLI_STORE={mine}" in made.stderr and "--store mine" in made.stderr
    facts = len(load_store(REPO / "facts", use_cache=False).facts)
    assert made.stderr.startswith(f"created a store of {facts} facts in mine")
    bundled = sorted(p.name for p in (installed / "factcli" / "_facts").glob("*.yaml"))
    assert sorted(p.name for p in mine.iterdir()) == bundled
    assert all(os.access(p, os.W_OK) for p in mine.iterdir())
    args = [*ADD[: ADD.index("--subject")], *ADD[ADD.index("--statement") :]]
    args[args.index("--source") + 1] = "whois-bae"
    args[args.index("--quote") + 1] = "5억7천만 원"
    args[args.index("--value") + 1] = "5억7천만"
    added = run_installed(installed, "--store", "mine", *args, "--id", "my-fact", cwd=work)
    assert added.returncode == 0, added.stderr
    assert added.stdout == "my-fact\n"
    assert "my-fact" in (mine / "added.yaml").read_text(encoding="utf-8")
    valid = run_installed(installed, "validate", "mine", "--no-examples", cwd=work)
    assert valid.returncode == 0, valid.stdout + valid.stderr


@pytest.mark.parametrize("kind", ["file", "non-empty"])
def test_init_refuses_a_folder_in_use(cli, tmp_path, kind):
    target = tmp_path / "taken"
    if kind == "file":
        target.write_text("x")
    else:
        target.mkdir()
        (target / "notes.md").write_text("mine")
    before = listing(tmp_path)
    assert_one_line_error(cli("init", str(target), store=None), str(target))
    assert listing(tmp_path) == before


# --- concurrency: one lock for the whole store ---------------------------------------------


def _donation(i: int, *extra: str) -> list[str]:
    return [*ADD, "--value", f"{i + 1}억", "--quote", f"{i + 1}억 원", *extra]


def test_10_concurrent_adds_of_one_derived_id_all_land_with_counters(cli, tmp_path):
    root = copy_store(tmp_path)
    before = listing(root)
    # No --id: every one derives "bae-donated-300-million-won" from the same statement,
    # and each writes to a file of its own (the duplicate check spans the store).
    procs = [
        factcli("--store", str(root), *_donation(i, "--file", f"part-{i}.yaml"), cwd=tmp_path)
        for i in range(10)
    ]
    ids = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        ids.append(out.strip())
    base = "bae-donated-300-million-won"
    assert sorted(ids) == sorted([base] + [f"{base}-{n}" for n in range(2, 11)])
    assert cli("validate", "--no-examples", store=root).exit_code == 0
    store = load_store(root, use_cache=False)
    assert sorted(f.id for f in store.facts if f.id.startswith(base)) == sorted(ids)
    assert listing(root) == before | {f"part-{i}.yaml" for i in range(10)}


def test_20_concurrent_adds_of_one_id_to_different_files_land_once(cli, tmp_path):
    root = copy_store(tmp_path)
    procs = [
        factcli(
            "--store",
            str(root),
            *_donation(i, "--id", "same", "--file", f"f{i}.yaml"),
            cwd=tmp_path,
        )
        for i in range(20)
    ]
    results = [(proc.communicate(timeout=120), proc.returncode) for proc in procs]
    landed = [i for i, ((out, _err), code) in enumerate(results) if code == 0]
    assert len(landed) == 1, results
    for (_out, err), code in results:
        assert code == 0 or (code == 2 and "duplicate fact id 'same'" in err), err
    assert cli("validate", "--no-examples", store=root).exit_code == 0
    assert [f.id for f in load_store(root, use_cache=False).facts].count("same") == 1
    assert not [p for p in root.rglob("*") if p.name.endswith((".lock", ".tmp"))]


# --- a store folder factcli cannot read --------------------------------------------------------


def _as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user, or None if none works here."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import factcli.interfaces.entry, yaml, typer"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd="/",
        timeout=60,
        check=False,
    )
    return prefix if probe.returncode == 0 else None


def test_a_subfolder_factcli_cannot_read_is_an_error():
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip(
            "running as root, and no unprivileged user can run this checkout's Python here "
            "(no setpriv, or the interpreter or checkout is private to root); "
            "test_an_unlistable_subfolder_is_an_error covers the same path in-process"
        )
    # A folder any user can reach (pytest's tmp_path is private to root).
    base = Path(tempfile.mkdtemp(prefix="factcli-unreadable-"))
    try:
        base.chmod(0o755)
        root = base / "store"
        shutil.copytree(TEST_STORE, root)
        hidden = root / "more"
        hidden.mkdir()
        (hidden / "facts.yaml").write_text("facts: []\n")
        for path in (root, *root.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
        hidden.chmod(0o000)
        env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(base / "cache")}
        for argv in (["validate"], ["list"], ["get", "bae-birth"]):
            result = subprocess.run(
                [*prefix, sys.executable, "-m", "factcli", "--store", str(root), *argv],
                capture_output=True,
                text=True,
                env=env,
                cwd="/",
                timeout=60,
                check=False,
            )
            assert result.returncode == 2, (argv, result.stdout, result.stderr)
            assert (
                result.stderr == f"factcli: error: {hidden}: cannot read store: Permission denied\n"
            )
            assert result.stdout == ""
    finally:
        hidden.chmod(0o755)
        shutil.rmtree(base)


def test_an_unlistable_subfolder_is_an_error(cli, tmp_path, monkeypatch):
    # The same failure in-process, for any user: listing the folder fails as it would
    # without permission (root reads every folder, so it is simulated here).
    root = copy_store(tmp_path)
    hidden = root / "more"
    hidden.mkdir()
    (hidden / "facts.yaml").write_text("facts: []\n")
    real_scandir = os.scandir

    def scandir(path=None):  # type: ignore[no-untyped-def]
        if path is not None and Path(os.fsdecode(path)) == hidden:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path) if path is not None else real_scandir()

    monkeypatch.setattr(os, "scandir", scandir)
    for argv in (["validate"], ["--no-cache", "list"], ["list"], ["search", "배경훈"]):
        result = cli(*argv, store=root)
        assert_one_line_error(result, f"{hidden}: cannot read store: Permission denied")


def test_add_to_a_store_folder_the_user_cannot_write_says_how_to_make_one(
    cli, tmp_path, monkeypatch
):
    root = copy_store(tmp_path)
    root.chmod(0o555)
    if os.access(root, os.W_OK):  # root writes anywhere: show it the folder as a user would
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == root else real_access(p, mode)
        )
    before = listing(root)
    try:
        result = cli(*ADD, store=root)
    finally:
        root.chmod(0o755)
    assert_one_line_error(result, "store folder is read-only", "factcli init DIR", "FACTCLI_STORE")
    assert listing(root) == before
