"""The fast path and the full CLI give the same answers for the calls the fast path takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.interfaces.entry import fast_path
from tests.conftest import TEST_STORE

DRAFT = str(Path(__file__).parent / "data" / "draft-tiny.md")  # a small draft, three claims


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "bae-birth"],
        ["get", "assets-total", "-f", "json"],
        ["get", "assets-total", "--field", "value"],
        ["get", "assets-total", "--field=tags"],
        ["get", "assets-totl"],
        ["get", "assets-total", "--field", "nope"],
        ["search", "배경훈", "취임", "-f", "json"],
        ["search", "GPU", "20만장", "--limit", "1", "--format=csv"],
        ["search", "올림픽", "-n", "3"],
        ["--no-cache", "search", "엑사원"],
        ["check", "배경훈은 1976년 5월 서울에서 태어났다."],
        ["check", "배경훈은", "1980년에", "태어났다.", "-f", "json"],
        ["check", "정부는 2030년까지 GPU 30만장을 확보할 계획이다.", "--format=jsonl"],
        ["check", "LG AI연구원은 엑사원을 공개했다.", "-f", "github"],
        ["check", "배경훈은 서울대를 졸업했다.", "-f", "table"],
        ["--no-cache", "check", "배경훈 장관은 2025년 7월 17일 취임했다.", "-fplain"],
        ["check", "--", "배경훈은 1976년 5월 서울에서 태어났다."],
        ["list", "-f", "json"],
        ["list", "--format=json", "--sort", "id"],
        ["list", "-fjson", "--sort=date", "--color", "never"],
        ["--no-cache", "list", "-f", "json"],
        ["check", "--file", DRAFT],
        ["check", DRAFT, "-f", "json"],
        ["check", "--file", DRAFT, "--file", DRAFT, "-f", "jsonl"],
        ["check", "--file", DRAFT, DRAFT, "--format=github"],
        ["check", f"--file={DRAFT}", "-f", "table"],
        ["--no-cache", "check", DRAFT, "-fplain"],
        ["check", "--", DRAFT],
    ],
)
def test_same_output_both_ways(cli, argv, monkeypatch):
    assert fast_path(["--store", str(TEST_STORE), *argv]) is not None
    fast = cli(*argv)
    monkeypatch.setattr("factcli.interfaces.entry.fast_path", lambda _argv: None)
    full = cli(*argv)
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "--help"],
        ["get"],
        ["get", "a", "b"],
        ["search", "x", "--kind", "date"],
        ["search", "x", "-f", "html"],
        ["search", "x", "-n", "0"],
        ["search", "x", "-n"],
        ["check"],
        ["check", "   "],
        ["check", "draft.md"],
        ["check", "notes/a", "b.txt"],
        ["check", "-"],
        ["check", "x", "--strict"],
        ["check", "x", "-p"],
        ["check", "x", "--file", "a.md"],
        ["check", "--file", "a.md"],
        ["check", "--file", DRAFT, "-"],
        ["check", "--file", DRAFT, "x"],
        ["check", "--file", str(Path(DRAFT).parent)],
        ["check", "--file", DRAFT, "--strict"],
        ["check", "--file"],
        ["check", "x", "-f", "csv"],
        ["check", "x", "--as-of", "2025-01-01"],
        ["list"],
        ["list", "-f", "plain"],
        ["list", "-f", "JSON"],
        ["list", "-f", "json", "--all"],
        ["list", "-f", "json", "-n", "3"],
        ["list", "-f", "json", "--tag", "assets"],
        ["list", "-f", "json", "--sort", "Date"],
        ["list", "x", "-f", "json"],
        ["--version"],
        [],
    ],
)
def test_anything_else_goes_to_the_full_cli(argv):
    assert fast_path(argv) is None


# --- the fast path and the Typer CLI parse argv the same way (issue 11) ---------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TOKENS = [
    "get",
    "search",
    "check",
    "배경훈은 1976년 5월 서울에서 태어났다.",
    "draft.md",
    "a/b",
    "bae-birth",
    "assets-total",
    "취임",
    "엑사원",
    "x",
    "",
    " ",
    "-",
    "--",
    "-n",
    "-n3",
    "-n=3",
    "--limit",
    "--limit=2",
    "--limit=",
    "--limit= 2",
    "3",
    " 2",
    "0",
    "²",
    "⁵",
    "③",
    "٣",
    "1_0",
    "+2",
    "-f",
    "-fjson",
    "-f=json",
    "--format",
    "--format=csv",
    "json",
    "yaml",
    "plain",
    "github",
    "jsonl",
    "JSON",
    "--field",
    "--field=value",
    "value",
    "approx",
    "tags",
    "--no-cache",
    "--no-cache=1",
    "--color",
    "--color=never",
    "always",
    "never",
    "pink",
    "--store",
    f"--store={TEST_STORE}",
    str(TEST_STORE),
    "--kind",
    "--sort",
    "--sort=id",
    "date",
    "--all",
    "-h",
    "--help",
    "--file",
    f"--file={DRAFT}",
    DRAFT,
]


def both_ways(cli, monkeypatch, argv):  # type: ignore[no-untyped-def]
    fast = cli(*argv, store=None)
    with monkeypatch.context() as m:
        m.setattr("factcli.interfaces.entry.fast_path", lambda _argv: None)
        full = cli(*argv, store=None)
    return fast, full


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "-n", "²"],
        ["search", "x", "-n", "⁵"],
        ["search", "x", "--limit=③"],
        ["search", "취임", "-n=3"],
        ["search", "취임", "-n3", "-f=json"],
        ["search", "취임", "-f=json"],
        ["search", "취임", "--limit=", "2"],
        ["search", "취임", "--limit= 2", "-f", "json"],
        ["search", "취임", "-n", " 2", "-f", "json"],
        ["search", "--", "-n", "3"],
        ["get", "bae-birth", "--field="],
        ["get", "bae-birth", "--store", str(TEST_STORE), "--no-cache", "-f", "json"],
        ["search", "취임", "--color", "never", "-n", "1"],
        ["check", "배경훈은 1980년에 태어났다.", "-f=json"],
        ["check", "배경훈은 1980년에 태어났다.", "--format="],
        ["check", "배경훈은 1980년에 태어났다.", "-f", "yaml"],
        ["check", "x", "-"],
        ["check", "", "  "],
        ["check", "draft.md", "배경훈은 1980년에 태어났다."],
        ["check", str(TEST_STORE)],
        ["check", "배경훈은 1980년에 태어났다.", "--store", str(TEST_STORE), "-f", "json"],
        # A draft's name as given, however it is spelled; what is not a regular file is the
        # full CLI's to refuse, with the same words.
        ["check", "--file", DRAFT.replace("/data/", "/data//"), "-f", "json"],
        ["check", "--file", DRAFT.replace("/data/", "/data/./"), "-f", "plain"],
        ["check", "--file", DRAFT + "/"],
        ["check", "--file", DRAFT + "/."],
        ["check", "--file", ""],
        ["check", "--file", str(Path(DRAFT).parent), "-f", "json"],
        ["check", DRAFT, "missing.md"],
    ],
)
def test_tricky_argv_same_both_ways(cli, monkeypatch, argv):
    argv = ["--store", str(TEST_STORE), *argv]
    fast, full = both_ways(cli, monkeypatch, argv)
    assert "Traceback" not in fast.stderr and "internal error" not in fast.stderr
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


OPTIONS = ["-n", "--limit", "-f", "--format", "--field", "--store", "--color", "--no-cache",
           "--sort", "--file"]  # fmt: skip
VALUES = ["3", " 2", "", "0", "-1", "²", "⁵", "③", "٣", "+2", "1_0", "=3", "json", "=json",
          "yaml", "csv", "JSON", "github", "jsonl", "value", "approx", "never", "always",
          "date", "id", "Date",
    str(TEST_STORE), DRAFT]  # fmt: skip


@st.composite
def option(draw: st.DrawFn) -> list[str]:
    """An option with a value, written any way Click reads: `-n 3`, `-n3`, `--limit=3`..."""
    name = draw(st.sampled_from(OPTIONS))
    value = draw(st.sampled_from(VALUES))
    form = draw(st.sampled_from(["apart", "joined", "equals", "bare"]))
    if form == "bare":
        return [name]
    if form == "apart":
        return [name, value]
    if form == "joined" and not name.startswith("--"):
        return [name + value]
    return [f"{name}={value}"]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(["get", "search", "check", "list"]),
    parts=st.lists(
        st.one_of(option(), st.lists(st.sampled_from(TOKENS), min_size=1, max_size=1)),
        max_size=4,
    ),
    lead=st.lists(st.sampled_from(["--no-cache", "--color", "never", "--store"]), max_size=2),
)
def test_generated_argv_same_both_ways(cli, monkeypatch, command, parts, lead):
    word = {"get": ["bae-birth"], "search": ["취임"], "check": ["배경훈은", "1980년에"], "list": []}
    word = word[command]
    argv = ["--store", str(TEST_STORE), *lead, command, *word, *(t for p in parts for t in p)]
    fast, full = both_ways(cli, monkeypatch, argv)
    assert "Traceback" not in fast.stderr and "internal error" not in fast.stderr
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


# The program (console.main) ends a command of the fast path at once (boundary.end), where
# entry.main alone exits through the interpreter: the same output, codes and exit hooks.
_ENDED = r"""
import atexit, sys
atexit.register(lambda: sys.stderr.write("atexit ran\n"))
from factcli.interfaces.{module} import main
sys.argv = ["factcli", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "bae-birth", "-f", "json"],
        ["get", "assets-totl"],
        ["search", "배경훈", "취임", "-f", "json"],
        ["search", "zzzqxq"],
        ["check", "배경훈은 1980년에 태어났다.", "-f", "json"],
        ["list", "-f", "json"],
        ["stats"],  # not the fast path: the interpreter's exit, from both
    ],
)
def test_the_program_ends_a_fast_command_as_the_interpreter_would(argv, tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).parent.parent
    env = dict(os.environ, PYTHONPATH=str(root), XDG_CACHE_HOME=str(tmp_path))
    env.pop("FACTCLI_DEBUG", None)
    store = ["--store", str(TEST_STORE)]
    done = {
        module: subprocess.run(
            [sys.executable, "-c", _ENDED.replace("{module}", module), *store, *argv],
            capture_output=True,
            env=env,
            timeout=120,
        )
        for module in ("entry", "console")
    }
    assert done["console"].stdout == done["entry"].stdout
    assert done["console"].stderr == done["entry"].stderr
    assert done["console"].stderr.endswith(b"atexit ran\n")
    assert done["console"].returncode == done["entry"].returncode
