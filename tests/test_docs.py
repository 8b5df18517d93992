"""Every command has help with an example; the README's commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcli.interfaces.cli import app

COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_all_commands_are_registered():
    assert set(COMMANDS) >= {
        "search",
        "get",
        "list",
        "validate",
        "check",
        "timeline",
        "cite",
        "sources",
        "stats",
        "stale",
        "add",
        "export",
        "completion",
    }


def examples(doc: str) -> list[str]:
    """The examples a command's docstring gives (`Example: ...` lines, or an `Examples:` block)."""
    found, block = [], False
    for line in doc.splitlines():
        text = line.strip()
        if text.startswith("Example:"):
            found.append(text.removeprefix("Example:").strip())
        elif text == "Examples:":
            block = True
        elif block and "factcli " in text:
            found.append(text)
        elif block and text and text != "\b":
            block = False
    return found


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_examples_one_per_line(cli, command):
    doc = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    wanted = examples(doc.callback.__doc__ or "")
    assert any(re.match(rf"(.*\| )?factcli {command}\b", e) for e in wanted), wanted
    result = cli(command, "--help", store=None)
    assert result.exit_code == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    for example in wanted:  # each example whole on one line: never wrapped, never joined
        assert any(line.endswith(example) for line in lines), (example, result.stdout)


@pytest.mark.parametrize("command", ["search", "get", "cite", "completion", "check", "validate"])
def test_usage_has_real_placeholders(cli, command):
    usage = cli(command, "--help", store=None).stdout.splitlines()[0]
    wanted = {
        "search": "QUERY...",
        "get": "ID",
        "cite": "ID...",
        "completion": "SHELL",
        "check": "[CLAIM... | FILE...]",
        "validate": "[PATH]",
    }[command]
    assert usage == f"Usage: factcli {command} [OPTIONS] {wanted}"


def test_top_level_help_lists_every_command_with_whole_summaries(cli):
    result = cli("--help", store=None)
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:\n", 1)[1]
    names = [
        line.split()[0] for line in listed.splitlines() if line.startswith("  ") and line[2] != " "
    ]
    assert set(names) == set(COMMANDS)
    assert names.index("check") < 3  # among the main commands, after search and get
    assert "..." not in listed  # summaries are never cut
    for option in ("--store PATH", "--no-cache", "--color"):
        assert option in result.stdout


def test_ci_runs_the_readmes_test_command():
    """.ci/run runs exactly the README's second command (the one that runs the tests)."""
    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", section)
    assert len(commands) == 2, commands
    install, test = commands
    assert "pip install ." in install and "[test]" not in install and "[dev]" not in install
    assert "pytest" in test
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_readme_and_benchmarks_name_no_folder_of_this_machine():
    root = Path(__file__).parent.parent
    texts = [root / "README.md", *sorted((root / "benchmarks").glob("*"))]
    absolute = re.compile(r"(?<![\w.~])/(?:work|root|home|tmp|opt|Users|var/folders)/")
    for path in texts:
        if path.is_file():
            found = absolute.findall(path.read_text(encoding="utf-8", errors="replace"))
            assert not found, f"{path.name} names an absolute folder: {found}"


def test_readme_mentions_every_command_and_exit_code():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"factcli {command}" in readme, command
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 130 |"):
        assert code in readme
