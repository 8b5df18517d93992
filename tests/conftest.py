"""Shared fixtures: a small frozen store, an isolated environment, the CLI runner."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

DATA = Path(__file__).parent / "data"
TEST_STORE = DATA / "store"


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads the user's store, cache or colour settings."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FACTCLI_STORE", raising=False)
    monkeypatch.delenv("FACTCLI_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    # Nor the compiled patterns an earlier test's cache kept (store.programs): each test
    # compiles and pre-tests as a first command does, unless it reads a cache itself.
    from factcli.text import patterns

    monkeypatch.setattr(patterns, "_PROGRAMS", [])


@pytest.fixture(scope="session")
def test_store():  # type: ignore[no-untyped-def]
    from factcli.store.loader import load_store

    return load_store(TEST_STORE, use_cache=False)


@pytest.fixture(scope="session")
def bundled():  # type: ignore[no-untyped-def]
    from factcli.store.loader import bundled_store_path, load_store

    return load_store(bundled_store_path(), use_cache=False)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run factcli in-process through its real entry point; stdout and stderr apart."""
    from factcli.interfaces.entry import main

    def run(
        *args: str, input: str | bytes | None = None, store: Path | None = TEST_STORE
    ) -> Result:
        argv = (["--store", str(store)] if store else []) + list(args)
        with CliRunner().isolation(input=input) as (out, err, _mixed):
            try:
                main(argv)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            sys.stdout.flush()
            sys.stderr.flush()
            return Result(code, out.getvalue().decode(), err.getvalue().decode())

    return run


def write_store(root: Path, files: dict[str, str]) -> Path:
    """A store of the given files (name -> YAML text) under root."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


BASE_SUBJECTS = """\
subjects:
  - id: bae
    name: 배경훈
    name_en: Bae Kyung-hoon
sources:
  - id: src
    title: A source
"""


def fact_yaml(**fields: str) -> str:
    """One fact as YAML, with defaults for every required field."""
    base = {
        "id": "f1",
        "subject": "bae",
        "kind": "date",
        "date": '"2025-07-17"',
        "statement": "배경훈은 2025년 7월 17일 취임했다.",
        "statement_en": "Bae took office on July 17, 2025.",
        "tags": "[career]",
        "sources": "[{doc: src, quote: 취임했다}]",
    }
    base.update(fields)
    body = "\n".join(f"    {k}: {v}" for k, v in base.items() if v is not None)
    return "facts:\n  - " + body.lstrip() + "\n"


# A valid `factcli add` for the test store (tests add --file and break one option or another).
ADD = [
    "add",
    "--kind",
    "amount",
    "--value",
    "3억",
    "--unit",
    "KRW",
    "--subject",
    "bae",
    "--statement",
    "배경훈은 3억 원을 기부했다.",
    "--statement-en",
    "Bae donated 300 million won.",
    "--source",
    "src",
    "--quote",
    "3억 원",
    "--tag",
    "test",
    "--date",
    "2025-08",
]
