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


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(cli, command):
    result = cli(command, "--help", store=None)
    assert result.exit_code == 0, result.stderr
    assert "Example: factcli " in result.stdout
    assert re.search(rf"factcli {command}\b", result.stdout)


def test_top_level_help(cli):
    result = cli("--help", store=None)
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_readme_mentions_every_command_and_exit_code():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"factcli {command}" in readme, command
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 130 |"):
        assert code in readme
