"""Start-up stays lean: which modules `get` and `search` import, measured in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from factcli.interfaces.entry import main
try:
    main({argv!r})
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write(json.dumps(sorted(sys.modules)))
"""


def modules_after(*argv: str) -> set[str]:
    code = PROBE.format(argv=list(argv))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def test_importing_the_cli_loads_no_heavy_module():
    code = "import sys, factcli.interfaces.cli; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
    )
    assert not loaded & {
        "rich",
        "rapidfuzz",
        "yaml",
        "pydantic",
        "factcli.find.search",
        "factcli.store.loader",
    }


@pytest.mark.parametrize("fmt", ["json", "plain"])
def test_get_skips_typer_yaml_rich_rapidfuzz(fmt):
    modules_after("get", "bae-birth", "-f", fmt)  # warm the cache
    loaded = modules_after("get", "bae-birth", "-f", fmt)
    assert not loaded & {
        "typer",
        "rich",
        "rapidfuzz",
        "yaml",
        "pydantic",
        "factcli.text.quantities",
        "factcli.judge.check",
    }


def test_search_skips_typer_yaml_rich_and_number_parsers_without_digits():
    modules_after("search", "배경훈", "취임", "-f", "json")
    loaded = modules_after("search", "배경훈", "취임", "-f", "json")
    assert "factcli.find.search" in loaded
    assert not loaded & {
        "typer",
        "rich",
        "yaml",
        "pydantic",
        "factcli.text.quantities",
        "factcli.text.dates",
    }


def test_other_commands_use_the_full_cli():
    loaded = modules_after("stats", "-f", "json")
    assert "typer" in loaded and "factcli.interfaces.cli" in loaded
