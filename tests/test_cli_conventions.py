"""CLI conventions users bring from rg, fd, gh and jq: tested through the real entry point."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import TEST_STORE

ONE_ERROR = re.compile(r"factcli: error: [^\n]+\n")


def one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert ONE_ERROR.fullmatch(result.stderr), result.stderr
    assert "Usage:" not in result.stderr and "Try '" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


# --- global options after the command -------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "엑사원", "--store", str(TEST_STORE), "-f", "json"],
        ["search", "엑사원", f"--store={TEST_STORE}", "-f", "json", "--no-cache"],
        ["list", "--store", str(TEST_STORE), "-f", "json"],
        ["get", "bae-birth", "--store", str(TEST_STORE), "-f", "json"],
        ["check", "배경훈은 1976년 5월에 태어났다.", "--store", str(TEST_STORE), "-f", "json"],
    ],
)
def test_global_options_after_the_command(cli, argv):
    result = cli(*argv, store=None)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)


def test_store_after_the_command_wins_over_the_environment(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCLI_STORE", str(tmp_path / "nowhere"))
    assert cli("get", "bae-birth", store=None).exit_code == 2
    assert cli("get", "bae-birth", "--store", str(TEST_STORE), store=None).exit_code == 0


# --- one error style -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["search", "x", "--limt", "3"], ["no such option: --limt", "did you mean --limit"]),
        (["-n", "3", "search", "x"], ["-n goes after the command"]),
        (["serch", "x"], ["did you mean 'search'"]),
        (["nope"], ["no such command", "commands: search"]),
        (["get"], ["get: missing argument 'ID'"]),
        (["list", "--sort", "size"], ["--sort", "'date', 'id'"]),
        (["completion", "tcsh"], ["'bash', 'zsh', 'fish'"]),
        (["search", "x", "-f", "html"], ["--format"]),
        (["search", "x", "-n", "0"], ["--limit"]),
        (["stale", "--older-than", "soon"], ["not an age"]),
        (["stale", "--older-than", "3000y"], ["before the year 1"]),
        (["--color", "pink", "list"], ["--color"]),
    ],
)
def test_usage_errors_are_one_line(cli, argv, fragments):
    one_line_error(cli(*argv), *fragments)


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "\udcff\udcfe"],
        ["cite", "\udcff"],
        ["search", "\udcff"],
        ["add", "--statement", "\udcff"],
        ["check", "2025년 \udcff"],
    ],
)
def test_arguments_that_are_not_utf8_are_refused(cli, argv):
    one_line_error(cli(*argv), "not UTF-8 text", "\\xff")


def test_a_file_name_that_is_not_utf8_is_still_a_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = b"d\xff.md"
    Path(name.decode("utf-8", "surrogateescape")).write_text(
        "배경훈은 1980년에 태어났다.\n", encoding="utf-8"
    )
    result = cli("check", name.decode("utf-8", "surrogateescape"))
    assert result.exit_code == 1 and ": contradicted: " in result.stdout


def test_no_arguments_prints_help_not_an_error(cli):
    result = cli(store=None)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("Usage: factcli [OPTIONS] COMMAND")
    assert "\nCommands:\n" in result.stdout


def test_add_to_a_directory_is_a_usage_error(cli, tmp_path):
    from tests.conftest import ADD

    store = tmp_path / "s"
    import shutil

    shutil.copytree(TEST_STORE, store)
    one_line_error(cli(*ADD, "--file", "/", store=store), "--file /", "not in the store")
    one_line_error(cli(*ADD, "--file", str(tmp_path), store=store), "--file")


# --- formats, limits, JSON values ------------------------------------------------------------


def test_get_field_keeps_json_values(cli):
    assert cli("get", "assets-total", "--field", "approx").stdout == "false\n"
    assert cli("get", "assets-total", "--field", "value").stdout == "3697670000\n"
    assert cli("get", "bae-birth", "--field", "unit").stdout == "null\n"
    assert cli("get", "bae-birth", "--field", "date").stdout == "1976-05\n"
    assert isinstance(json.loads(cli("get", "bae-birth", "--field", "tags").stdout), list)


def test_get_yaml_is_one_mapping_like_json(cli):
    as_yaml = yaml.safe_load(cli("get", "assets-total", "-f", "yaml").stdout)
    as_json = json.loads(cli("get", "assets-total", "-f", "json").stdout)
    assert isinstance(as_yaml, dict) and as_yaml == as_json


@pytest.mark.parametrize("command", ["list", "timeline", "stale", "sources", "stats"])
def test_every_listing_takes_a_limit(cli, command):
    every = json.loads(cli(command, "-f", "json").stdout)
    assert len(every) > 1
    cut = json.loads(cli(command, "-n", "1", "-f", "json").stdout)
    assert cut == every[:1]
    assert json.loads(cli(command, "--limit", "2", "-f", "json").stdout) == every[:2]


def test_cite_takes_format_as_every_data_command(cli):
    as_format = cli("cite", "bae-birth", "-f", "json")
    as_style = cli("cite", "bae-birth", "--style", "json")
    assert as_format.exit_code == 0 and as_format.stdout == as_style.stdout
    assert json.loads(as_format.stdout)[0]["id"] == "bae-birth"


def test_list_sort_is_a_choice(cli):
    ids = [r["id"] for r in json.loads(cli("list", "--sort", "id", "-f", "json").stdout)]
    assert ids == sorted(ids)


def test_export_to_stdout(cli, tmp_path):
    piped = cli("export", "-f", "jsonl", "-o", "-")
    assert piped.exit_code == 0 and piped.stderr == ""
    rows = [json.loads(line) for line in piped.stdout.splitlines()]
    assert len(rows) == 8
    cli("export", "-f", "jsonl", "-o", str(tmp_path / "x.jsonl"))
    assert (tmp_path / "x.jsonl").read_text(encoding="utf-8") == piped.stdout
    assert cli("export", "-f", "json").stdout == cli("export", "-f", "json", "-o", "-").stdout


# --- colour ----------------------------------------------------------------------------------


def test_color_always_and_never(cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    always = cli("--color", "always", "list", "-f", "table")
    assert "\x1b[" in always.stdout
    after = cli("list", "-f", "table", "--color", "always")
    assert "\x1b[" in after.stdout
    never = cli("--color", "never", "list", "-f", "table")
    assert "\x1b[" not in never.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("list", "-f", "table").stdout
    assert "\x1b[" in cli("--color", "always", "list", "-f", "table").stdout


# --- narrow tables ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["search", "배경훈"],
        ["timeline"],
        ["get", "gpu-2030"],
        ["stats"],
        [
            "check",
            "배경훈은 1980년에 태어났다. 과기부는 2030년까지 GPU 30만장 구축을 검토하고 있다.",
        ],
    ],
)
def test_tables_at_60_columns_keep_ids_and_words_whole(cli, monkeypatch, argv, test_store):
    # A word cut in two shows as halves: each Hangul run shown must be a whole run of the store.
    monkeypatch.setenv("COLUMNS", "60")
    out = cli(*argv, "-f", "table").stdout
    assert "…" not in out
    from factcli.interfaces.views import display_value

    store_text = "\n".join(p.read_text(encoding="utf-8") for p in TEST_STORE.rglob("*.yaml"))
    store_text += "\n".join(display_value(f) for f in test_store.facts)
    ids = {f.id for f in test_store.facts}
    for line in out.splitlines():
        assert len(line) <= 60 or any(i in line for i in ids), line
    shown = {w.strip("│ ") for line in out.splitlines() for w in line.split()}
    listed = [i for i in ids if i in out]
    assert listed or argv == ["stats"], out
    for token in shown:  # every Hangul run shown is part of a real word, not a broken half
        whole = re.search(rf"(?<![가-힣]){re.escape(token)}(?![가-힣])", store_text)
        if re.fullmatch(r"[가-힣]+", token) and not whole:
            pytest.fail(f"{token!r} is not part of a word of the store:\n{out}")


def test_long_statements_wrap_with_an_indent(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = cli("list", "-f", "table").stdout
    assert any(line.startswith("    ") and line.strip() for line in out.splitlines()), out


# --- check: inputs ---------------------------------------------------------------------------

DRAFT = "# 초안\n\n`LG AI연구원`은 2020년에 세워졌다. 배경훈은 **1980년**에 태어났다.\n"


def test_check_reads_stdin_without_arguments_and_with_dash(cli):
    claim = "배경훈은 1980년에 태어났다.\n"
    piped = cli("check", input=claim)
    assert piped.exit_code == 1 and piped.stdout.startswith("<stdin>:1:6: contradicted")
    assert cli("check", "-", input=claim).stdout == piped.stdout
    assert cli("check", "--file", "-", input=claim).stdout == piped.stdout
    one_line_error(cli("check", input=""), "nothing on standard input")


def test_check_many_files_as_pre_commit_passes_them(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("배경훈은 1980년에 태어났다.\n", encoding="utf-8")
    Path("b.md").write_text("배경훈은 1976년 5월에 태어났다.\n", encoding="utf-8")
    Path("c.txt").write_text("배경훈은 1990년에 태어났다.\n", encoding="utf-8")
    positional = cli("check", "a.md", "b.md", "c.txt")
    with_file = cli("check", "--file", "a.md", "b.md", "c.txt")
    repeated = cli("check", "--file", "a.md", "--file", "b.md", "--file", "c.txt")
    assert positional.stdout == with_file.stdout == repeated.stdout
    names = [line.split(":")[0] for line in positional.stdout.splitlines()]
    assert names == ["a.md", "b.md", "c.txt"]
    assert positional.exit_code == 1


def test_check_arguments_that_look_like_a_missing_file_are_an_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one_line_error(cli("check", "draft.mdd.md"), "no such file")
    one_line_error(cli("check", "docs/draft"), "no such file")
    claim = cli("check", "배경훈은", "1980년에", "태어났다.")
    assert claim.stdout.startswith("<claim>:1:6: contradicted")


def test_check_report_shows_the_writers_own_text(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("d.md").write_text(DRAFT, encoding="utf-8")
    table = cli("check", "d.md", "-f", "table").stdout
    assert "`LG AI연구원`은 2020년에 세워졌다." in table
    assert "배경훈은 **1980년**에 태어났다." in table
    assert "LG AI연구원 " not in table.replace("`LG AI연구원`", "")
    rows = json.loads(cli("check", "d.md", "-f", "json").stdout)
    wrong = next(r for r in rows if r["verdict"] == "contradicted")
    start, end = wrong["evidence"][0]["span"]
    assert wrong["text"][start:end] == "1980년"
    line = DRAFT.splitlines()[2]
    assert line[wrong["column"] - 1 :].startswith("1980년")
    # The table's position is the wrong span's, as in plain and JSON.
    assert f"3:{wrong['column']}  ✗ contradicted" in table
    plain = cli("check", "d.md").stdout
    assert f"d.md:3:{wrong['column']}: contradicted" in plain


def test_check_only_problems_and_strict_github(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("d.md").write_text(
        "배경훈은 1976년 5월에 태어났다.\n\n배경훈은 2024년 올림픽에서 금메달 3개를 땄다.\n",
        encoding="utf-8",
    )
    everything = cli("check", "d.md").stdout.splitlines()
    problems = cli("check", "d.md", "--only-problems").stdout.splitlines()
    assert len(everything) == 2 and problems == everything[1:]
    assert cli("check", "d.md", "-p").exit_code == 0
    github = cli("check", "d.md", "-f", "github").stdout
    assert github.startswith("::notice file=d.md,line=3")
    strict = cli("check", "d.md", "-f", "github", "--strict")
    assert strict.stdout.startswith("::error file=d.md,line=3") and strict.exit_code == 1
    table = cli("check", "d.md", "-f", "table", "-p").stdout
    assert "✓ supported" not in table and "1 supported, 1 unverified" in table


# --- pre-commit, for real ---------------------------------------------------------------------


def _readme_hook_config() -> str:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    return re.search(r"```yaml\n(repos:\n.+?)```", readme, re.S).group(1)  # type: ignore[union-attr]


def test_pre_commit_runs_the_readmes_hook_on_every_file(tmp_path):
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed in this environment (pip install -e '.[test]')")
    repo = tmp_path / "drafts"
    repo.mkdir()
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t", "-C", str(repo)]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / ".pre-commit-config.yaml").write_text(_readme_hook_config(), encoding="utf-8")
    (repo / "one.md").write_text("배경훈은 1980년에 태어났다.\n", encoding="utf-8")
    (repo / "two.md").write_text("배경훈은 1976년 5월 서울에서 태어났다.\n", encoding="utf-8")
    (repo / "three.md").write_text("배경훈 장관은 2025년 8월 17일 취임했다.\n", encoding="utf-8")
    subprocess.run([*git, "add", "."], check=True)
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    run = subprocess.run(
        [str(pre_commit), "run", "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out  # two drafts are wrong: the hook fails
    assert "one.md:1:6: contradicted" in out
    assert "three.md:1:" in out and "contradicted" in out
    assert "two.md" not in out  # supported, and the hook shows only problems
    assert "give either" not in out and "error:" not in out
