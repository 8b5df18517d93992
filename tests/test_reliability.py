"""Never crash, never lose a fact: robustness of the whole tool, through its command line.

Each test runs factcli's real entry point (in-process through the `cli` fixture, or the
console script in a subprocess for signals, pipes and concurrency) and checks the exit code,
the message, and that no byte of the store changed. The loader's own unit tests live in
tests/test_store.py; here the same failures are seen as a user sees them.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from factcli.store import cache
from factcli.store.loader import load_store, read_store
from tests.conftest import ADD, BASE_SUBJECTS, TEST_STORE, fact_yaml, write_store
from tests.test_writer import deny_writes

FACTCLI = Path(sys.executable).parent / "factcli"
CLAIM = "배경훈은 2025년 7월 17일 취임했다."
ERROR_LINE = re.compile(r"factcli: error: [^\n]+\n")
WHERE = re.compile(r"(?P<file>\S+?\.ya?ml):(?P<line>[1-9]\d*): (?P<message>.+)")
# --- helpers -------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, bytes]:
    """Every regular file under root by relative path (lock files aside): the data at rest."""
    files = {}
    for dirpath, _dirs, names in os.walk(root):  # does not follow symlinks: loops are fine
        for name in names:
            path = Path(dirpath, name)
            if path.is_file() and not path.is_symlink() and not name.endswith(".lock"):
                files[str(path.relative_to(root))] = path.read_bytes()
    return files


def line_of(text: str, needle: str) -> int:
    return next(i for i, row in enumerate(text.splitlines(), 1) if needle in row)


def assert_one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2, nothing on stdout, one `factcli: error: ...` line on stderr naming the fragments."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert ERROR_LINE.fullmatch(result.stderr), result.stderr
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


def store_commands(tmp: Path) -> list[list[str]]:
    """Every command that reads the store (validate aside), with arguments that would work."""
    draft = tmp / "draft.md"
    draft.write_text(CLAIM + "\n", encoding="utf-8")
    return [
        ["search", "취임"],
        ["get", "f1"],
        ["list"],
        ["--no-cache", "list"],
        ["timeline"],
        ["check", CLAIM],
        ["check", "--file", str(draft)],
        ["cite", "f1"],
        ["sources"],
        ["stats"],
        ["stale"],
        ["export", "-f", "json", "-o", str(tmp / "out.json")],
        ADD,
    ]


def copy_store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(TEST_STORE, root)
    return root


def run_factcli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The installed console script, in a subprocess (env from the isolated test env)."""
    kwargs.setdefault("timeout", 60)
    return subprocess.run(
        [str(FACTCLI), *args], capture_output=True, text=True, check=False, **kwargs
    )


class DeadlineExceeded(BaseException):
    """Not an Exception: factcli's own `except Exception` must not turn it into an exit code."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise DeadlineExceeded in the main thread if the block runs longer than `seconds`."""

    def expire(*_: object) -> None:
        raise DeadlineExceeded(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fact_block(**fields: str) -> str:
    """One more fact for a `facts:` list (fact_yaml without its `facts:` line)."""
    return fact_yaml(**fields).removeprefix("facts:\n")


# --- bad stores ----------------------------------------------------------------------------

GOOD = BASE_SUBJECTS + fact_yaml()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"  # an image saved as .yaml


def _case(content: str | bytes, needle: str | int, message: str, **more: str):  # type: ignore[no-untyped-def]
    """A store of base.yaml plus f0.yaml (and `more` files); the problem expected in f0.yaml.

    `needle` is the expected line number, or text on that line of f0.yaml.
    """
    data = content.encode() if isinstance(content, str) else content
    line = needle if isinstance(needle, int) else line_of(data.decode(), needle)
    return (
        {"base.yaml": BASE_SUBJECTS.encode(), "f0.yaml": data}
        | {k: v.encode() for k, v in more.items()},
        f"f0.yaml:{line}: ",
        message,
    )


BROKEN = {
    # The file cannot be read as YAML text.
    "yaml-syntax": _case(b"facts: [\n", 2, "YAML error"),
    "tab-indent": _case(b"facts:\n\t- id: x\n", 2, "tab in indentation"),
    "latin-1": _case("facts: []\n# caf\xe9\n".encode("latin-1"), 2, "not UTF-8 (byte 0xe9)"),
    "utf-16": _case("facts: []\n".encode("utf-16"), 1, "binary data"),
    "bom": _case(b"\xef\xbb\xbffacts: []\n", 1, "byte-order mark"),
    "empty-file": _case(b"", 1, "empty file"),
    "blank-file": _case(b"\n   \n", 1, "empty file"),
    "only-comments": _case(b"# facts to come\n", 1, "no content"),
    "binary-junk": _case(PNG, 3, "binary data (NUL byte)"),
    "junk-no-nul": _case(b"\xff\xd8\xff\xe0JFIF", 1, "not UTF-8 (byte 0xff)"),
    "raw-escape": _case(b'facts:\n  - id: "\x1b[31m"\n', 2, "character U+001B is not allowed"),
    "two-documents": _case(b"facts: []\n---\nfacts: []\n", 2, "YAML error"),
    "duplicate-key": _case(b"facts: []\nfacts: []\n", 2, "duplicate key 'facts'"),
    "top-level-list": _case(b"- a\n- b\n", 1, "must be a mapping"),
    "unknown-top-key": _case(b"fact: []\n", 1, "unknown top-level key 'fact'"),
    "facts-not-a-list": _case(b"facts: {id: x}\n", 1, "facts: must be a list"),
    "fact-not-a-mapping": _case(b"facts:\n  - 2025\n", 2, "a fact must be a mapping"),
    "nested-200-deep": _case(b"facts: " + b"[" * 200 + b"]" * 200, 1, "nested more than"),
    "5000-digit-number": _case(
        fact_yaml(kind="amount", value="9" * 5000, unit="KRW"), "999", "number too long"
    ),
    # The schema.
    "missing-field": _case(
        fact_yaml(statement_en=None), "- id", "missing required field 'statement_en'"
    ),
    "unknown-field": _case(fact_yaml(colour="red"), "colour", "unknown field 'colour'"),
    "value-wrong-type": _case(
        fact_yaml(kind="amount", value='"lots"', unit="KRW"), "lots", "value: must be a number"
    ),
    "value-infinite": _case(
        fact_yaml(kind="count", value=".inf", unit="GPU"), ".inf", "must be a finite number"
    ),
    "subject-wrong-type": _case(
        fact_yaml(subject="[bae]"), "[bae]", "subject: must be text, not a list"
    ),
    "tags-wrong-type": _case(fact_yaml(tags="career"), "tags", "tags: must be a list of text"),
    "impossible-date": _case(
        fact_yaml(date='"2025-02-30"'), "2025-02-30", "date: not a date: '2025-02-30'"
    ),
    "impossible-date-unquoted": _case(
        fact_yaml(date="2025-02-30"), "2025-02-30", "date: not a date: '2025-02-30'"
    ),
    "month-13": _case(fact_yaml(date='"2021-13"'), "2021-13", "date: not a date: '2021-13'"),
    "end-before-start": _case(
        fact_yaml(kind="position", value="장관", start='"2025-07"', end='"2024-01"'),
        "end:",
        "ends (2024-01) before it starts (2025-07)",
    ),
    "unknown-kind": _case(fact_yaml(kind="rumour"), "rumour", "unknown kind 'rumour'"),
    "unknown-subject": _case(fact_yaml(subject="nobody"), "- id", "unknown subject 'nobody'"),
    "unknown-source": _case(
        fact_yaml(sources="[{doc: nowhere, quote: x}]"), "- id", "unknown source doc 'nowhere'"
    ),
    "empty-quote": _case(
        fact_yaml(sources='[{doc: src, quote: "  "}]'), "sources", "quote from 'src' is empty"
    ),
    "duplicate-id-across-files": _case(
        fact_yaml(), "- id", "duplicate fact id 'f1' (first at ", **{"a.yaml": fact_yaml()}
    ),
    "part-of-unknown": _case(
        "subjects:\n  - id: child\n    name: 자식\n    name_en: Child\n    part_of: nowhere\n",
        "- id: child",
        "part_of unknown subject 'nowhere'",
    ),
    # Tags that would build Python objects, or anything but plain data.
    "python-object": _case(
        b"facts: !!python/object:os.system {}\n", 1, "YAML tags such as !!python/object"
    ),
    "python-name": _case(
        b"facts:\n  - ? !!python/name:os.system\n    : 1\n", 2, "YAML tags such as !!python/name"
    ),
    "binary-tag": _case(b"facts:\n  - id: !!binary aGVsbG8=\n", 2, "YAML tags such as !!binary"),
    "set-tag": _case(b"facts: !!set {a, b}\n", 1, "YAML tags such as !!set"),
    "local-tag": _case(b"facts: !include other.yaml\n", 1, "YAML tags such as !include"),
    "alias": _case(b"facts: &x []\nsubjects: *x\n", 1, "aliases (*name) are not allowed"),
}


@pytest.fixture(params=sorted(BROKEN), ids=str)
def broken(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str, str]:
    files, where, message = BROKEN[request.param]
    root = tmp_path / "store"
    root.mkdir()
    for name, data in files.items():
        (root / name).write_bytes(data)
    return root, where, message


def test_validate_names_file_and_line_of_each_problem(cli, broken):
    root, where, message = broken
    before = snapshot(root)
    result = cli("validate", store=root)
    assert result.exit_code == 1, result
    lines = result.stdout.splitlines()
    assert lines and all(WHERE.fullmatch(row) for row in lines), lines
    assert any(where in row and message in row for row in lines), (where, message, lines)
    assert re.fullmatch(r"\d+ problems? found\n", result.stderr), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(root) == before


# Every command on every broken store would take ~500 runs: all of them for these, and for
# the rest the three ways a store is loaded (Typer with and without the cache, the fast path)
# and check.
ALL_COMMANDS_FOR = {"yaml-syntax", "latin-1", "binary-junk", "python-object", "alias",
                    "missing-field", "impossible-date", "unknown-subject", "duplicate-id-across-files",
                    "part-of-unknown"}  # fmt: skip


def test_every_command_refuses_a_broken_store_in_one_line(cli, broken, tmp_path, request):
    root, where, message = broken
    before = snapshot(root)
    commands = store_commands(tmp_path)
    if request.node.callspec.params["broken"] not in ALL_COMMANDS_FOR:
        commands = [["list"], ["--no-cache", "list"], ["search", "취임"], ["check", CLAIM]]
    for argv in commands:
        result = cli(*argv, store=root)
        assert_one_line_error(result, "invalid store: ", where, message)
    assert snapshot(root) == before
    assert not (tmp_path / "out.json").exists()


def test_a_store_path_that_does_not_exist(cli, tmp_path):
    missing = tmp_path / "nowhere"
    for argv in store_commands(tmp_path):
        assert_one_line_error(cli(*argv, store=missing), f"{missing}: no such store")
    assert not missing.exists()


def test_validate_of_a_store_that_does_not_exist_exits_2(cli, tmp_path):
    result = cli("validate", store=tmp_path / "nowhere")
    assert result.exit_code == 2 and "no such store" in result.stderr


def test_validate_of_a_store_that_does_not_exist_says_so(cli, tmp_path):
    result = cli("validate", store=tmp_path / "nowhere")
    assert result.exit_code != 0 and "no such store" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_an_empty_store_folder(cli, tmp_path):
    root = tmp_path / "empty"
    root.mkdir()
    (root / "notes.txt").write_text("not a store file\n")
    for argv in store_commands(tmp_path):
        assert_one_line_error(cli(*argv, store=root), "empty store: no .yaml files found")
    assert snapshot(root) == {"notes.txt": b"not a store file\n"}


def test_a_store_path_that_is_not_yaml(cli, tmp_path):
    text = tmp_path / "draft.md"
    text.write_text("# 초안\n배경훈은 1976년에 태어났다.\n", encoding="utf-8")
    result = cli("list", store=text)
    assert_one_line_error(result, "draft.md:1: ", "must be a mapping")


def make_unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """chmod 000; as root (where chmod stops nothing) make open() refuse it the same way."""
    path.chmod(0)
    try:
        path.read_bytes()
    except PermissionError:
        return
    real_open = builtins.open
    target = os.path.realpath(path)

    def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, str | os.PathLike) and os.path.realpath(file) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(io, "open", refusing_open)  # what Path.read_bytes() calls


def test_an_unreadable_file(cli, tmp_path, monkeypatch):
    root = write_store(tmp_path / "store", {"base.yaml": GOOD, "more.yaml": "facts: []\n"})
    before = snapshot(root)
    with monkeypatch.context() as patch:
        make_unreadable(patch, root / "more.yaml")
        for argv in store_commands(tmp_path):
            result = cli(*argv, store=root)
            assert_one_line_error(result, "more.yaml:1: cannot read: Permission denied")
        result = cli("validate", store=root)
        assert result.exit_code == 1
        assert re.search(r"more\.yaml:1: cannot read: Permission denied\n", result.stdout)
    (root / "more.yaml").chmod(0o644)
    assert snapshot(root) == before


def test_a_directory_symlink_loop_is_walked_once(cli, tmp_path):
    root = write_store(tmp_path / "store", {"base.yaml": GOOD})
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    result = cli("list", "-f", "json", store=root)
    assert result.exit_code == 0 and [r["id"] for r in json.loads(result.stdout)] == ["f1"]
    assert cli("validate", "--no-examples", store=root).exit_code == 0


@pytest.mark.parametrize("kind", ["loop", "dangling"])
def test_a_file_symlink_loop_or_dangling_link(cli, tmp_path, kind):
    root = write_store(tmp_path / "store", {"base.yaml": GOOD})
    if kind == "loop":
        (root / "a.yaml").symlink_to("b.yaml")
        (root / "b.yaml").symlink_to("a.yaml")
        reason = "Too many levels of symbolic links"
    else:
        (root / "a.yaml").symlink_to("gone.yaml")
        reason = "No such file or directory"
    for argv in (["list"], ["--no-cache", "list"], ["search", "취임"], ["check", CLAIM]):
        assert_one_line_error(cli(*argv, store=root), "a.yaml", f"cannot read: {reason}")
    result = cli("validate", store=root)
    assert result.exit_code == 1 and f"a.yaml:1: cannot read: {reason}" in result.stdout


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_store_file_that_is_a_pipe_or_a_device(tmp_path, kind):
    # In a subprocess with a timeout: a regression here blocks forever or eats all memory.
    root = write_store(tmp_path / "store", {"base.yaml": GOOD})
    if kind == "fifo":
        os.mkfifo(root / "x.yaml")
    else:
        (root / "x.yaml").symlink_to("/dev/zero")
    result = run_factcli("--store", str(root), "list", timeout=20)
    assert result.returncode == 2, result
    assert ERROR_LINE.fullmatch(result.stderr) and "x.yaml:1: not a regular file" in result.stderr
    result = run_factcli("--store", str(root), "validate", timeout=20)
    assert result.returncode == 1 and "x.yaml:1: not a regular file" in result.stdout


# --- unsafe YAML ---------------------------------------------------------------------------


def test_a_python_tag_never_runs(cli, tmp_path):
    marker = tmp_path / "pwned"
    payload = f'facts: !!python/object/apply:os.system ["touch {marker}"]\n'
    root = write_store(tmp_path / "store", {"base.yaml": GOOD, "evil.yaml": payload})
    for argv in (["list"], ["--no-cache", "list"], ["validate"], ["search", "x"]):
        result = cli(*argv, store=root)
        assert result.exit_code in (1, 2)
        assert "YAML tags such as !!python/object/apply:os.system" in result.stdout + result.stderr
    assert not marker.exists()


def measured(run: Callable[[], object]) -> tuple[object, float, int]:
    """(result, seconds, peak bytes allocated by Python) of a call."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = run()
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, time.perf_counter() - start, peak


def test_an_alias_bomb_is_refused_fast_and_small(cli, tmp_path):
    lines = ["facts: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for name, prev in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")  # 9**10 items if expanded
    root = write_store(tmp_path / "store", {"base.yaml": GOOD, "bomb.yaml": "\n".join(lines)})
    cli("list")  # imports done before measuring
    for argv in (["list"], ["validate"]):
        result, seconds, peak = measured(lambda argv=argv: cli(*argv, store=root))
        assert result.exit_code in (1, 2)  # type: ignore[attr-defined]
        assert "bomb.yaml:" in result.stdout + result.stderr  # type: ignore[attr-defined]
        assert "aliases (*name) are not allowed" in result.stdout + result.stderr  # type: ignore[attr-defined]
        assert seconds < 5 and peak < 50 * 2**20, (seconds, peak)


def test_a_50_mb_file_is_refused_without_reading_it(cli, tmp_path):
    root = write_store(tmp_path / "store", {"base.yaml": GOOD})
    with open(root / "huge.yaml", "wb") as fh:  # sparse: written in no time, 50 MB long
        fh.write(b"facts:\n")
        fh.truncate(50 * 2**20)
    cli("list")
    for argv in (["list"], ["--no-cache", "search", "x"], ["check", CLAIM]):
        result, seconds, peak = measured(lambda argv=argv: cli(*argv, store=root))
        assert_one_line_error(result, "huge.yaml:1: file too large (52.4 MB > 32 MiB); split it")
        assert seconds < 5 and peak < 50 * 2**20, (seconds, peak)
    result, seconds, peak = measured(lambda: cli("validate", store=root))
    assert result.exit_code == 1 and "huge.yaml:1: file too large" in result.stdout  # type: ignore[attr-defined]
    assert seconds < 5 and peak < 50 * 2**20, (seconds, peak)


# --- terminal safety -----------------------------------------------------------------------

# Markup rich would honour, and escape sequences a terminal would run: clear the screen, set
# the window title, a hyperlink (OSC 8), BEL, a carriage return (overwrites the line), a C1
# CSI, backspace. In YAML they are written as double-quoted escapes.
NASTY = r"[bold]굵게[/bold] [/x] [link=https://x]링크[/link] \e[2J\e]0;title\a\e]8;;https://evil\a\r\x9b1m\b끝"
NASTY_TEXT = "[bold]굵게[/bold] [/x] [link=https://x]링크[/link] \x1b[2J\x1b]0;title\x07\x1b]8;;https://evil\x07\r\x9b1m\x08끝"
LITERAL = ("[bold]굵게[/bold]", "[/x]", "[link=https://x]링크[/link]")
EVIL_STORE = f"""\
subjects:
  - id: bae
    name: "배경훈 {NASTY}"
    name_en: Bae Kyung-hoon
sources:
  - id: src
    title: "제목 {NASTY}"
facts:
  - id: evil
    subject: bae
    kind: amount
    value: 3697670000
    unit: KRW
    date: "2025"
    statement: "배경훈은 재산으로 총 36억9767만 원을 신고했다 {NASTY}"
    statement_en: "Bae declared 3,697,670,000 won {NASTY}"
    tags: [assets, "{NASTY}"]
    note: "{NASTY}"
    sources:
      - {{doc: src, quote: "총 36억9767만 원을 신고했다 {NASTY}"}}
"""
# A claim the store contradicts, so that reports show the fact's quote and the claim itself.
EVIL_CLAIM = "배경훈은 재산으로 총 51억 원을 신고했다 \x1b[2J\x07\r\x9b1m [bold]x[/bold]."
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colours and bold: what rich itself writes on a terminal
SQUASH = re.compile(r"[\s│┃┏┓┗┛━─┡┩└┘┌┐├┤┬┴┼╇╈╋╭╮╯╰]+")


@pytest.fixture
def evil_store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "evil", {"facts.yaml": EVIL_STORE})


def evil_outputs(cli, store: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.md"
    draft.write_text(EVIL_CLAIM + "\n", encoding="utf-8")
    for fmt in ("table", "plain"):
        for argv in (
            ["list"],
            ["get", "evil"],
            ["search", "재산"],
            ["timeline"],
            ["sources"],
            ["stats"],
            ["stale"],
        ):
            yield " ".join(argv) + f" -f {fmt}", cli(*argv, "-f", fmt, store=store).stdout
    for fmt in ("table", "plain", "github"):
        yield f"check -f {fmt}", cli("check", EVIL_CLAIM, "-f", fmt, store=store).stdout
        yield (
            f"check --file -f {fmt}",
            cli("check", "--file", str(draft), "-f", fmt, store=store).stdout,
        )
    for style in ("markdown", "footnote", "plain"):
        yield f"cite {style}", cli("cite", "evil", "--style", style, store=store).stdout
    yield "get --field", cli("get", "evil", "--field", "statement", store=store).stdout


def test_text_from_the_store_never_drives_the_terminal(cli, evil_store, tmp_path):
    assert cli("validate", store=evil_store).exit_code == 0
    seen = 0
    for what, out in evil_outputs(cli, evil_store, tmp_path):
        assert out, what
        for bad in ("\x1b", "\x07", "\r", "\x9b", "\x08"):
            assert bad not in out, (what, bad, out)
        seen += 1
    assert seen == 24


def test_markup_in_the_store_prints_as_written(cli, evil_store):
    for argv in (["list"], ["get", "evil"], ["search", "재산"]):
        for fmt in ("table", "plain"):
            out = SQUASH.sub("", cli(*argv, "-f", fmt, store=evil_store).stdout)
            for literal in LITERAL:
                assert SQUASH.sub("", literal) in out, (argv, fmt, literal)
    for fmt in ("table", "github"):  # plain reports give the message, not the sentence
        report = SQUASH.sub("", cli("check", EVIL_CLAIM, "-f", fmt, store=evil_store).stdout)
        assert "[bold]x[/bold]" in report, fmt
    report = SQUASH.sub("", cli("check", EVIL_CLAIM, "-f", "table", store=evil_store).stdout)
    for literal in LITERAL:  # in the quote of the fact that contradicts the claim
        assert SQUASH.sub("", literal) in report, literal


def test_on_a_terminal_only_styles_are_written(cli, evil_store, tmp_path, monkeypatch):
    monkeypatch.setattr("factcli.interfaces.render.is_terminal", lambda stream: True)
    for what, out in evil_outputs(cli, evil_store, tmp_path):
        rest = SGR.sub("", out)
        for bad in ("\x1b", "\x07", "\r", "\x9b", "\x08"):
            assert bad not in rest, (what, bad, out)


def test_json_keeps_the_exact_text_escaped(cli, evil_store):
    statement = f"배경훈은 재산으로 총 36억9767만 원을 신고했다 {NASTY_TEXT}"
    listed = cli("list", "-f", "json", store=evil_store).stdout
    assert json.loads(listed)[0]["statement"] == statement
    assert json.loads(listed)[0]["sources"][0]["quote"].endswith(NASTY_TEXT)
    one = cli("get", "evil", "-f", "json", store=evil_store).stdout
    assert json.loads(one)["note"] == NASTY_TEXT
    lines = cli("search", "재산", "-f", "jsonl", store=evil_store).stdout
    assert json.loads(lines.splitlines()[0])["statement_en"].endswith(NASTY_TEXT)
    claim = cli("check", EVIL_CLAIM, "-f", "json", store=evil_store).stdout
    # (the claim as it was read: terminal escapes and control characters are no words of it,
    # the line end is a space; Rich's markup stays literal)
    echoed = json.loads(claim)["claim"]
    assert echoed == "배경훈은 재산으로 총 51억 원을 신고했다  1m [bold]x[/bold]."
    for out in (listed, one, lines, claim):
        assert not re.search("[\x00-\x1f\x7f-\x9f]", out.replace("\n", "")), out


@pytest.mark.parametrize(
    "argv",
    [["check", "--file", "-", "-f", "jsonl"], ["cite", "evil", "--style", "json"]],
    ids=["check-jsonl", "cite-json"],
)
def test_every_json_output_escapes_c1_controls(cli, evil_store, argv):
    out = cli(
        *argv, store=evil_store, input="배경훈은 재산으로 총 51억 원을 신고했다 \x9b2J.\n"
    ).stdout
    assert out and not re.search("[\x7f-\x9f]", out), out


def test_error_messages_never_drive_the_terminal(cli, tmp_path):
    name = tmp_path / "draft\x1b[2J\x07.md"
    result = cli("check", "--file", str(name))
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\x07" not in result.stderr


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", " ", "\t\n", "\u3000"])
def test_an_empty_query_is_a_usage_error(cli, query):
    assert_one_line_error(cli("search", query), "search: empty query")
    assert_one_line_error(cli("check", query), "check: give either a claim or --file")


# 100 KB of UTF-8 each (a Hangul syllable is 3 bytes).
LONG = {
    "hangul": "가" * 34_000,
    "words": "배경훈 취임 " * 6_000,
    "digits": "1" * 100_000,
    "years": "2025 " * 20_000,
}


@pytest.mark.parametrize("query", [LONG[k] for k in sorted(LONG)], ids=sorted(LONG))
def test_a_100_kb_query(cli, query):
    with deadline(20):
        result = cli("search", query, "-f", "json")
    assert result.exit_code in (0, 1) and result.stderr == ""
    ids = {r["id"] for r in json.loads(result.stdout or "[]")}
    assert ids <= {f.id for f in load_store(TEST_STORE, use_cache=False).facts}


@pytest.mark.parametrize("kind", ["hangul", "words", "digits"])
def test_a_100_kb_claim(cli, kind):
    claim = LONG[kind]
    with deadline(20):
        result = cli("check", claim, "-f", "json")
    assert result.exit_code in (0, 1) and result.stderr == ""
    assert json.loads(result.stdout)["verdict"] in ("supported", "contradicted", "unverified")


def test_a_100_kb_claim_of_dates_is_checked_in_time(cli):
    with deadline(3):
        result = cli("check", LONG["years"], "-f", "json")
    assert result.exit_code in (0, 1)


def test_control_characters_in_a_query(cli):
    result = cli("search", "\x1b[31m배경훈\x07 취임\x00\r", "-f", "plain")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.split("\t", 1)[0] == "bae-inauguration"
    checked = cli("check", "\x1b[2J배경훈은 2025년 7월 17일\x07 취임했다.", "-f", "plain")
    assert checked.exit_code == 0 and ": supported: " in checked.stdout
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", checked.stdout)


def ids_of(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["id"] for r in json.loads(result.stdout or "[]")]


def test_nfd_hangul_finds_what_nfc_finds(cli):
    for query in ("배경훈 취임", "엑사원", "ㅂㄱㅎ", "36억9767만 원", "과기부 GPU"):
        nfd = unicodedata.normalize("NFD", query)
        assert nfd != query or query == "ㅂㄱㅎ"
        nfc_ids = ids_of(cli("search", query, "-f", "json"))
        assert nfc_ids and ids_of(cli("search", nfd, "-f", "json")) == nfc_ids, query
    for claim in (
        CLAIM,
        "배경훈 장관은 2025년 8월 17일 취임했다.",
        "과기부는 2030년까지 GPU 30만장을 확보한다.",
    ):
        nfc = json.loads(cli("check", claim, "-f", "json").stdout)
        nfd = json.loads(cli("check", unicodedata.normalize("NFD", claim), "-f", "json").stdout)
        assert (nfd["verdict"], nfd["fact_id"]) == (nfc["verdict"], nfc["fact_id"]), claim


def test_nfd_in_the_store_is_found_by_nfc_queries(cli, tmp_path):
    text = unicodedata.normalize("NFD", BASE_SUBJECTS + fact_yaml())
    root = write_store(tmp_path / "store", {"all.yaml": text})
    assert ids_of(cli("search", "배경훈 취임", "-f", "json", store=root)) == ["f1"]
    result = json.loads(cli("check", CLAIM, "-f", "json", store=root).stdout)
    assert (result["verdict"], result["fact_id"]) == ("supported", "f1")


@pytest.mark.parametrize(
    "query",
    [
        "🚀 배경훈 취임 🎉",
        "배경훈 inauguration 취임 ١٢٣ ๑๒๓",
        "Bae 배경훈 Бэ 취임 장관 👩‍🔬",
        "배경훈 취임 ﷽",
    ],
)
def test_mixed_scripts_and_emoji(cli, query):
    result = cli("search", query, "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert ids_of(result)[0] == "bae-inauguration"


def test_emoji_alone_finds_nothing_quietly(cli):
    result = cli("search", "😀🎉", "-f", "json")
    assert (result.exit_code, result.stderr) == (1, "")
    assert json.loads(result.stdout) == []
    checked = cli("check", "😀 2025년 🎉", "-f", "json")
    assert checked.exit_code == 0 and json.loads(checked.stdout)["verdict"] == "unverified"


def test_a_100_000_line_draft(cli, tmp_path):
    lines = [""] * 100_000
    for i in range(0, 100_000, 50):  # 2,000 lines of prose with no number, 96,000 blank
        lines[i] = "이 문단에는 숫자가 없다. There is nothing to check here."
    claims = {
        10: CLAIM,
        50_001: "배경훈은 1980년에 태어났다.",
        99_998: "엑사원 3.0은 2024년 8월7일 공개됐다.",
    }
    for number, claim in claims.items():
        lines[number - 1] = claim
    draft = tmp_path / "big.md"
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with deadline(30):
        result = cli("check", "--file", str(draft), "-f", "json")
    assert result.exit_code == 1 and result.stderr == ""
    found = {f["line"]: f["verdict"] for f in json.loads(result.stdout)}
    assert found == {10: "supported", 50_001: "contradicted", 99_998: "supported"}


def test_prose_without_numbers_is_judged_but_not_reported(cli, tmp_path, monkeypatch):
    # (a sentence that states something is judged, figure or not, and reported only when
    # wrong: a wrong one without a figure was never judged before; a heading states nothing)
    import factcli.judge.check

    judged: list[str] = []
    real = factcli.judge.check.judge

    def counting(store, text, **kwargs):  # type: ignore[no-untyped-def]
        judged.append(text)
        return real(store, text, **kwargs)

    monkeypatch.setattr(factcli.judge.check, "judge", counting)
    draft = tmp_path / "prose.md"
    draft.write_text(
        "# 제목 없는 글\n\n"
        + "이 문단에는 숫자가 없다. No numbers are given here.\n" * 100
        + CLAIM
        + "\n"
    )
    result = cli("check", "--file", str(draft), "-f", "plain")
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert set(judged) == {CLAIM, "이 문단에는 숫자가 없다.", "No numbers are given here."}


def test_a_1_mb_line(cli, tmp_path):
    draft = tmp_path / "long.md"
    line = CLAIM + " " + "가나다라마 " * 64_000  # 1 MB of UTF-8
    draft.write_text("# 제목\n\n" + line + "\n", encoding="utf-8")
    with deadline(30):
        result = cli("check", "--file", str(draft), "-f", "json")
    assert result.exit_code in (0, 1) and result.stderr == ""
    findings = json.loads(result.stdout)
    assert (findings[0]["line"], findings[0]["column"], findings[0]["verdict"]) == (
        3,
        1,
        "supported",
    )


@pytest.mark.parametrize(
    ("data", "line", "byte"),
    [
        (
            "# 초안\n\n배경훈은 1976년 5월 태어났다.\ncaf\xe9\n".encode("latin-1", "replace"),
            4,
            "0xe9",
        ),
        ("배경훈은 1976년 5월 태어났다.\n".encode("utf-16"), 1, "0xff"),
        ("배경훈은 2025년 7월 17일 취임했다.".encode("euc-kr"), 1, "0xb9"),
        (b"ok\n" * 5 + b"\x80\n", 6, "0x80"),
    ],
    ids=["latin-1", "utf-16", "euc-kr", "stray-byte"],
)
def test_a_draft_that_is_not_utf8(cli, tmp_path, data, line, byte):
    draft = tmp_path / "draft.md"
    draft.write_bytes(data)
    result = cli("check", "--file", str(draft))
    assert_one_line_error(result, f"{draft}:{line}: not UTF-8 text (byte {byte})")
    piped = cli("check", "--file", "-", input=data)
    assert_one_line_error(piped, f"<stdin>:{line}: not UTF-8")


def test_a_draft_in_latin_1_is_refused_not_guessed(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_bytes("Bae Kyung-hoon was born in 1980. Café.\n".encode("latin-1"))
    assert_one_line_error(cli("check", "--file", str(draft)), "draft.md:1: not UTF-8")


@pytest.mark.parametrize("bad", ["directory", "missing"])
def test_a_draft_path_that_is_no_file(cli, tmp_path, bad):
    path = tmp_path if bad == "directory" else tmp_path / "missing.md"
    message = "is a directory" if bad == "directory" else "no such file"
    assert_one_line_error(cli("check", "--file", str(path)), f"{path}: {message}")


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom-crlf", "cr-only-lines"])
def test_bom_and_line_ends_do_not_move_findings(cli, tmp_path, variant):
    text = "# 초안\n\n- " + CLAIM + "\n- 배경훈은 1980년에 태어났다.\n"
    plain = tmp_path / "plain.md"
    plain.write_text(text, encoding="utf-8")
    other = tmp_path / "other.md"
    data = text.encode()
    if "crlf" in variant:
        data = data.replace(b"\n", b"\r\n")
    if variant == "cr-only-lines":
        data = data.replace(b"\n", b"\r")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    other.write_bytes(data)

    def findings(path: Path) -> list[tuple[int, int, str]]:
        out = json.loads(cli("check", "--file", str(path), "-f", "json").stdout)
        return [(f["line"], f["column"], f["verdict"]) for f in out]

    assert findings(other) == findings(plain) == [(3, 3, "supported"), (4, 8, "contradicted")]


# --- interrupts and pipes (the real console script) ----------------------------------------


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 facts with long statements: `list` writes ~300 KB, more than a pipe holds."""
    blocks = "".join(
        fact_block(
            id=f"f{i}", statement=f"배경훈은 2025년 7월 17일 취임했다 ({i}). " + "가나다 " * 40
        )
        for i in range(600)
    )
    root = tmp_path_factory.mktemp("big") / "store"
    return write_store(root, {"base.yaml": BASE_SUBJECTS, "facts.yaml": "facts:\n" + blocks})


def piped_to_head(argv: list[str]) -> tuple[int, bytes, bytes]:
    """`factcli ARGV | head -1`: factcli's exit code and stderr, and what head printed."""
    writer = subprocess.Popen([str(FACTCLI), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE)
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.close()  # head holds the only read end: when it exits, the pipe breaks
    shown, _ = head.communicate(timeout=60)
    err = writer.stderr.read()
    writer.stderr.close()
    return writer.wait(timeout=60), shown, err


PIPED = {
    "list": ["list"],
    "list-json": ["list", "-f", "json"],
    "list-table": ["list", "-f", "table"],
    "timeline": ["timeline"],
    "search": ["search", "취임", "-n", "600"],  # the fast path, without Typer
    "search-json": ["search", "취임", "-n", "600", "-f", "json"],
}


# Typer's main() catches EPIPE itself and calls sys.exit(1) before cli.main can end quietly
# with 0; the fast path (get, search) exits 0. Plain output meets the closed pipe mid-write.
EXIT_1_ON_EPIPE = {"list", "timeline"}


@pytest.mark.parametrize("name", sorted(PIPED))
def test_a_reader_that_goes_away_is_not_an_error(big_store, name):
    code, shown, err = piped_to_head(["--store", str(big_store), *PIPED[name]])
    assert shown.count(b"\n") == 1 and shown.strip()
    assert err == b"", err.decode()
    assert code in ((0, 1) if name in EXIT_1_ON_EPIPE else (0,))


@pytest.mark.parametrize("name", sorted(EXIT_1_ON_EPIPE))
def test_a_reader_that_goes_away_exits_0(big_store, name):
    code, _shown, err = piped_to_head(["--store", str(big_store), *PIPED[name]])
    assert (code, err) == (0, b"")


@pytest.mark.parametrize("fmt", ["plain", "jsonl", "json"])
def test_a_check_whose_reader_goes_away_keeps_its_verdict(tmp_path, fmt):
    # 400 wrong lines write more than a pipe holds: the reader leaves mid-report, and the
    # exit code still says the draft fails (a pipeline with pipefail must not pass it)
    wrong = tmp_path / "wrong.md"
    wrong.write_text("배경훈은 1980년에 태어났다.\n" * 400, encoding="utf-8")
    code, shown, err = piped_to_head(["check", "--file", str(wrong), "-f", fmt])
    assert shown.strip() and err == b"", err.decode()
    assert code == 1
    right = tmp_path / "right.md"
    right.write_text("배경훈은 1976년 5월 서울에서 태어났다.\n" * 400, encoding="utf-8")
    code, _shown, err = piped_to_head(["check", "--file", str(right), "-f", fmt])
    assert (code, err) == (0, b"")


def prose_draft(lines: int) -> bytes:
    body = "이 문단에는 숫자가 없다. There is nothing to check here.\n" * lines
    return (CLAIM + "\n" + body + "배경훈은 1980년에 태어났다.\n").encode()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_quietly(tmp_path):
    # The draft comes through a pipe: once it is written, factcli is past start-up and
    # inside its command (a signal during interpreter start-up would be Python's, not ours).
    # Checking 60,000 lines takes seconds, so the signal lands mid-check.
    run_factcli("--store", str(TEST_STORE), "stats")
    proc = subprocess.Popen(
        [str(FACTCLI), "--store", str(TEST_STORE), "check", "--file", "-", "-f", "plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # A parent that ignores SIGINT (a backgrounded CI job) passes that on: a user's
        # factcli has Python's handler, so the test gives it one.
        preexec_fn=_default_sigint,
    )
    assert proc.stdin is not None
    proc.stdin.write(prose_draft(60_000))
    proc.stdin.close()
    sent = proc.poll() is None
    if sent:
        proc.send_signal(signal.SIGINT)
    proc.stdin = None  # communicate() must not flush the closed pipe
    out, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and err.strip() == b"", err.decode()
    if sent:
        assert proc.returncode == 130 and out == b""
    else:  # it finished before the signal could be sent: a complete run
        assert proc.returncode == 1 and b"contradicted" in out


def test_ctrl_c_in_the_fast_path_exits_130(tmp_path, monkeypatch):
    # In-process: the fast path (get, search) has its own guard; interrupt it mid-search.
    from factcli.interfaces import boundary, entry

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcli.find.search.search", interrupted)
    runner = entry.fast_path(["--store", str(TEST_STORE), "search", "취임"])
    assert runner is not None
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert boundary.guarded(runner) == 130
    assert err.getvalue().strip() == ""


# --- faults: the cache ---------------------------------------------------------------------


def cache_file() -> Path:
    files = list(cache.cache_dir().glob("store-*.db"))
    assert len(files) == 1, files
    return files[0]


def sql(*statements: str) -> Callable[[Path], None]:
    """A fault made with SQLite itself: the file stays a well-formed database."""

    def edit(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            for statement in statements:
                conn.execute(statement)
            conn.commit()
        finally:
            conn.close()

    return edit


def overwrite(offset: int, data: bytes) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        with open(path, "r+b") as fh:
            fh.seek(offset)
            fh.write(data)

    return edit


def damage_pages(path: Path) -> None:
    """Zero the root page of every table but `meta`: the file opens, its data is gone."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r
            for (r,) in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name != 'meta' AND rootpage > 1"
            )
        ]
    finally:
        conn.close()
    for root in roots:
        overwrite((root - 1) * page_size, bytes(page_size))(path)


def as_directory(path: Path) -> None:
    if not path.is_dir():
        path.unlink()
        path.mkdir()


CACHE_FAULTS: dict[str, Callable[[Path], None]] = {
    "header-garbage": overwrite(0, b"garbage " * 12),
    "zero-filled": lambda p: p.write_bytes(bytes(p.stat().st_size)),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "padded": lambda p: p.write_bytes(p.read_bytes() + bytes(4096)),
    "empty": lambda p: p.write_bytes(b""),
    "not-sqlite": lambda p: p.write_bytes(b"\x80\x04N." * 100),
    # Built by another factcli, or for other files: ignored even if it holds other facts.
    "other-format": sql(
        "UPDATE meta SET v = 'factcli-cache-0' WHERE k = 'format'", "DELETE FROM facts"
    ),
    "other-key": sql("UPDATE meta SET v = '0000' WHERE k = 'key'", "DELETE FROM facts"),
    "no-meta": sql("DROP TABLE meta"),
    "damaged-subjects": sql("UPDATE meta SET v = x'80' WHERE k = 'subjects'"),
    "missing": lambda p: p.unlink(),
    "folder-missing": lambda p: shutil.rmtree(p.parent),
    "a-directory": as_directory,
}
# Damage that the cheap checks at open (header, size, format, key) cannot see.
CACHE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "damaged-pages": damage_pages,
    "damaged-fact-data": sql("UPDATE facts SET data = x'80'"),
}
ANSWERS = (
    ["list", "-f", "json"],
    ["get", "bae-birth", "-f", "json"],
    ["search", "취임"],
    ["check", CLAIM],
)


def assert_same_answers(cli, fault: Callable[[Path], None]) -> None:  # type: ignore[no-untyped-def]
    expected = [cli("--no-cache", *argv) for argv in ANSWERS]
    for argv, want in zip(ANSWERS, expected, strict=True):
        assert cli("stats").exit_code == 0  # builds the cache (again)
        fault(cache_file())
        for _again in range(2):  # and a broken cache does not stay in the way
            got = cli(*argv)
            assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, ""), (
                argv
            )


@pytest.mark.parametrize("fault", sorted(CACHE_FAULTS))
def test_a_broken_cache_changes_no_answer(cli, fault):
    assert_same_answers(cli, CACHE_FAULTS[fault])


@pytest.mark.parametrize("fault", sorted(CACHE_DAMAGE))
def test_a_damaged_cache_changes_no_answer(cli, fault):
    assert_same_answers(cli, CACHE_DAMAGE[fault])


def test_a_read_only_cache_folder_changes_no_answer(cli, monkeypatch):
    expected = [cli("--no-cache", *argv) for argv in ANSWERS]
    folder = cache.cache_dir()
    folder.mkdir(parents=True)
    deny_writes(monkeypatch, folder)
    try:
        for argv, want in zip(ANSWERS, expected, strict=True):
            got = cli(*argv)
            assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, "")
        assert [p.name for p in folder.iterdir()] == []
    finally:
        folder.chmod(0o755)


def test_a_cache_home_that_is_a_file_changes_no_answer(cli, monkeypatch, tmp_path):
    expected = [cli("--no-cache", *argv) for argv in ANSWERS]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    for argv, want in zip(ANSWERS, expected, strict=True):
        got = cli(*argv)
        assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, "")
    assert blocker.read_text() == "x"


def test_a_store_edit_is_seen_at_once(cli, tmp_path):
    root = copy_store(tmp_path)
    assert cli("get", "new-fact", store=root).exit_code == 1  # cached without it
    with open(root / "facts.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n" + fact_block(id="new-fact", subject="bae"))
    assert cli("get", "new-fact", "-f", "json", store=root).exit_code == 0


# --- faults: writing -----------------------------------------------------------------------


def temp_files(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*.tmp"))


@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_add_on_a_full_disk_changes_nothing(cli, tmp_path, monkeypatch, call):
    root = copy_store(tmp_path)
    assert cli("stats", store=root).exit_code == 0  # the cache exists: no write but add's
    before = snapshot(root)

    def no_space(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, call, no_space)
        result = cli(*ADD, "--file", "facts.yaml", store=root)
    assert_one_line_error(result, "facts.yaml: cannot write: No space left on device")
    assert snapshot(root) == before and temp_files(root) == []
    assert cli("validate", "--no-examples", store=root).exit_code == 0


def test_add_to_a_file_made_read_only_mid_way(cli, tmp_path, monkeypatch):
    import factcli.store.writer

    root = copy_store(tmp_path)
    target = root / "facts.yaml"
    before = snapshot(root)
    real_fact_yaml, real_access = factcli.store.writer.fact_yaml, os.access

    def then_read_only(raw):  # type: ignore[no-untyped-def]
        # After the CLI read the store and checked the options: someone runs chmod a-w.
        target.chmod(0o444)
        if real_access(target, os.W_OK):  # root: simulate what a user would see
            monkeypatch.setattr(
                os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode)
            )
        return real_fact_yaml(raw)

    monkeypatch.setattr(factcli.store.writer, "fact_yaml", then_read_only)
    result = cli(*ADD, "--file", "facts.yaml", store=root)
    assert_one_line_error(result, "facts.yaml: cannot write: Permission denied")
    target.chmod(0o644)
    assert snapshot(root) == before and temp_files(root) == []


def test_add_to_a_folder_made_read_only_mid_way(cli, tmp_path, monkeypatch):
    import factcli.store.writer

    root = copy_store(tmp_path)
    before = snapshot(root)
    real_fact_yaml = factcli.store.writer.fact_yaml

    def then_read_only(raw):  # type: ignore[no-untyped-def]
        deny_writes(monkeypatch, root)
        return real_fact_yaml(raw)

    monkeypatch.setattr(factcli.store.writer, "fact_yaml", then_read_only)
    try:
        result = cli(*ADD, "--file", "facts.yaml", store=root)
    finally:
        root.chmod(0o755)
    assert_one_line_error(result, "facts.yaml: cannot write: Permission denied")
    assert snapshot(root) == before and temp_files(root) == []


def test_20_concurrent_adds_all_land_once(cli, tmp_path):
    root = copy_store(tmp_path)
    before = (root / "facts.yaml").read_bytes()
    old_ids = [f.id for f in load_store(root, use_cache=False).facts]
    procs = [
        subprocess.Popen(
            [
                str(FACTCLI),
                "--store",
                str(root),
                *ADD,
                "--value",
                f"{i + 1}억",
                "--quote",
                f"{i + 1}억 원",
                "--id",
                f"donation-{i}",
                "--file",
                "facts.yaml",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(20)
    ]
    for i, proc in enumerate(procs):
        out, err = proc.communicate(timeout=120)
        assert (proc.returncode, out) == (0, f"donation-{i}\n"), err
    assert (root / "facts.yaml").read_bytes().startswith(before)
    assert cli("validate", "--no-examples", store=root).exit_code == 0
    ids = ids_of(cli("list", "--all", "--sort", "id", "-f", "json", store=root))
    assert sorted(ids) == sorted(old_ids + [f"donation-{i}" for i in range(20)])
    values = {f.id: f.value for f in load_store(root, use_cache=False).facts}
    assert all(values[f"donation-{i}"] == (i + 1) * 10**8 for i in range(20))
    assert temp_files(root) == []


# --- store files edited while factcli reads them -------------------------------------------


NEW_FACT = fact_block(id="added-while-reading", subject="bae")


def edit_during_read(monkeypatch: pytest.MonkeyPatch, path: Path, during: bytes, after: bytes):  # type: ignore[no-untyped-def]
    """The first time the loader reads `path` it sees `during`; then the file holds `after`."""
    import factcli.store.parser

    real = factcli.store.parser._read_file
    reads: list[str] = []

    def reading(file: Path, seen=None):  # type: ignore[no-untyped-def]
        reads.append(file.name)
        if file == path and reads.count(path.name) == 1:
            path.write_bytes(during)
            try:
                return real(file, seen)
            finally:
                path.write_bytes(after)  # an editor finishing its save
        return real(file, seen)

    monkeypatch.setattr(factcli.store.parser, "_read_file", reading)
    return reads


def test_a_file_changed_during_the_read_is_read_again(tmp_path, monkeypatch):
    root = copy_store(tmp_path)
    path = root / "facts.yaml"
    old = path.read_bytes()
    new = old + b"\n" + NEW_FACT.encode()
    with monkeypatch.context() as patch:
        reads = edit_during_read(patch, path, old, new)
        store = load_store(root)
    assert reads.count("facts.yaml") == 2  # read again: the first read saw the old state
    fresh, problems = read_store(root)
    assert problems == [] and fresh is not None
    assert [f.id for f in store.facts] == [f.id for f in fresh.facts]
    assert store.get("added-while-reading") is not None


def test_a_half_saved_file_is_not_reported_as_broken(cli, tmp_path, monkeypatch):
    # An editor that truncates then writes: the first read catches the file half-written.
    root = copy_store(tmp_path)
    path = root / "facts.yaml"
    new = path.read_bytes() + b"\n" + NEW_FACT.encode()
    edit_during_read(monkeypatch, path, new[: len(new) // 3], new)
    result = cli("list", "-f", "json", store=root)
    assert result.exit_code == 0 and result.stderr == ""
    assert "added-while-reading" in ids_of(result)


def test_a_store_that_never_settles_is_an_error(cli, tmp_path, monkeypatch):
    import factcli.store.parser

    root = copy_store(tmp_path)
    path = root / "facts.yaml"
    real = factcli.store.parser._read_file

    def growing(file: Path, seen=None):  # type: ignore[no-untyped-def]
        result = real(file, seen)
        if file == path:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write("\n# still typing\n")
        return result

    monkeypatch.setattr(factcli.store.parser, "_read_file", growing)
    assert_one_line_error(cli("list", store=root), "the store kept changing while it was read")
