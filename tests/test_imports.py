"""Start-up stays lean: which modules `get` and `search` import, measured in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

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


@pytest.mark.parametrize("fmt", ["json", "plain", "github"])
def test_checking_one_claim_skips_typer_yaml_and_rich(fmt):
    claim = "배경훈은 1980년에 태어났다."
    modules_after("check", claim, "-f", fmt)  # warm the cache
    loaded = modules_after("check", claim, "-f", fmt)
    assert "factcli.judge.check" in loaded
    assert not loaded & {"typer", "rich", "yaml", "factcli.interfaces.cli"}


@pytest.mark.parametrize("how", [[], ["--file"]])
def test_checking_a_draft_file_skips_typer_yaml_and_rich(tmp_path, how):
    draft = tmp_path / "draft.md"
    draft.write_text("배경훈은 1980년에 태어났다.\n\n재산은 46억 원이다.\n", encoding="utf-8")
    modules_after("check", *how, str(draft), "-f", "json")  # warm the cache
    loaded = modules_after("check", *how, str(draft), "-f", "json")
    assert "factcli.judge.check" in loaded
    assert not loaded & {"typer", "rich", "yaml", "factcli.interfaces.cli"}


def test_checking_stdin_or_a_missing_draft_uses_the_full_cli(tmp_path):
    assert "factcli.interfaces.cli" in modules_after("check", "-", "-f", "json")
    missing = str(tmp_path / "missing.md")
    assert "factcli.interfaces.cli" in modules_after("check", "--file", missing, "-f", "json")


def test_other_commands_use_the_full_cli():
    loaded = modules_after("stats", "-f", "json")
    assert "typer" in loaded and "factcli.interfaces.cli" in loaded


# --- the exact import set of a warm `get` and `search` (issue 12: start-up) ----------------
# Measured without the editable install's import hook (`python -S`, the checkout and the
# dependencies on sys.path by hand): that hook imports pathlib and more into every process,
# which would hide the very modules these tests keep out.
LEAN_PROBE = """
import sys
sys.path[:0] = [{root!r}]
sys.path.append({purelib!r})
before = set(sys.modules)
from factcli.interfaces.entry import main
try:
    main({argv!r})
except SystemExit:
    pass
sys.stdout.flush()
added = sorted(set(sys.modules) - before)
import json
sys.stderr.write(json.dumps(added))
"""
ROOT = str(Path(__file__).resolve().parent.parent)

# What a warm `get` of the bundled store needs of factcli, and nothing more: no text
# analysis, no index, no YAML parser, no check classes.
GET_MODULES = {
    "factcli",
    "factcli.errors",
    "factcli.interfaces",
    "factcli.interfaces.boundary",
    "factcli.interfaces.commands",
    "factcli.interfaces.entry",
    "factcli.interfaces.render",
    "factcli.interfaces.views",
    "factcli.store",
    "factcli.store.cache",
    "factcli.store.codec",
    "factcli.store.dbcache",
    "factcli.store.files",
    "factcli.store.loader",
    "factcli.store.model",
}
# Standard modules that cost start-up milliseconds and that get and search do without:
# typing (~5 ms), dataclasses with inspect, ast and dis (~10 ms), pathlib with urllib.parse
# and ipaddress (~4 ms), sqlite3's dbapi2 with datetime (~2-3 ms), signal's enums.
HEAVY_STDLIB = {
    "typing",
    "dataclasses",
    "inspect",
    "ast",
    "dis",
    "pathlib",
    "urllib.parse",
    "ipaddress",
    "sqlite3",
    "sqlite3.dbapi2",
    "datetime",
    "signal",
    "shutil",
    "hashlib",
}
# Plain and table output show a value as a reader writes it (36억9767만 원): the units; the
# Hangul module's patterns are text.patterns' (compiled only when used).
SHOWN_VALUES = {
    "factcli.text",
    "factcli.text.units",
    "factcli.text.numerals",
    "factcli.text.korean",
    "factcli.text.patterns",
}


def lean_modules_after(*argv: str) -> set[str]:
    modules_after(*argv)  # warm the cache (a cold build may import anything)
    code = LEAN_PROBE.format(root=ROOT, purelib=sysconfig.get_paths()["purelib"], argv=list(argv))
    proc = subprocess.run(
        [sys.executable, "-S", "-c", code], capture_output=True, text=True, check=False
    )
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("fmt", ["json", "plain"])
def test_a_warm_get_imports_only_what_it_needs(fmt):
    loaded = lean_modules_after("get", "bae-birth", "-f", fmt)
    expected = GET_MODULES | (SHOWN_VALUES if fmt == "plain" else set())
    assert {m for m in loaded if m.startswith("factcli")} == expected
    assert not loaded & (HEAVY_STDLIB | {"contextlib"}), sorted(loaded & HEAVY_STDLIB)
    if fmt == "json":
        assert "decimal" not in loaded  # the JSON contract is the store's values, as they are


def test_a_warm_search_imports_no_heavy_stdlib_module():
    loaded = lean_modules_after("search", "배경훈", "취임", "-f", "json")
    assert "factcli.find.search" in loaded
    assert not loaded & (HEAVY_STDLIB | {"contextlib"}), sorted(loaded & HEAVY_STDLIB)
    assert not {m for m in loaded if m.startswith("factcli")} & {
        "factcli.store.parser",
        "factcli.store.verdicts",
        "factcli.judge.check",
        "factcli.text.analysis",
        # JSON has no display fields: no value is formatted, so no number module loads.
        "factcli.text.units",
        "factcli.text.numerals",
    }


def test_a_typo_search_on_a_small_store_does_without_rapidfuzz():
    """rapidfuzz's import costs ~20 ms, more than the fuzzy pass over a small vocabulary."""
    modules_after("search", "Exoane", "paramters", "-f", "json")
    loaded = modules_after("search", "Exoane", "paramters", "-f", "json")
    assert "factcli.find.fuzzy" in loaded
    assert not {m for m in loaded if m.split(".")[0] == "rapidfuzz"}


@pytest.mark.parametrize("fmt", ["json", "plain"])
def test_a_warm_check_of_one_claim_imports_no_heavy_stdlib_module(fmt):
    """The check classes (Value, Finding, ...) are made without `dataclasses` and its
    `inspect`; a claim's check needs no typing, pathlib or sqlite3 wrapper either."""
    loaded = lean_modules_after("check", "배경훈은 1980년에 태어났다.", "-f", fmt)
    assert "factcli.judge.check" in loaded
    assert not loaded & HEAVY_STDLIB, sorted(loaded & HEAVY_STDLIB)


def test_a_whole_json_listing_skips_typer_and_rich():
    """`list -f json` of a whole store takes the fast path (Typer's import is ~0.1 s)."""
    modules_after("list", "-f", "json")  # warm the cache
    loaded = modules_after("list", "-f", "json")
    assert "factcli.interfaces.bulk" in loaded
    assert not loaded & {"typer", "rich", "yaml", "factcli.interfaces.cli"}
    assert "typer" in modules_after("list", "-f", "json", "--tag", "assets")  # a filter: full CLI
