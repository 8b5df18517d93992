"""No source file holds a control character: a pattern written with `\\b` in a string that is
not raw is a backspace, which no text holds (actors' English titles never matched so from the
twenty-eighth session to the thirty-fifth)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    p
    for folder in ("factcli", "tests", "benchmarks", "fuzz")
    for p in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in p.parts
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_there_are_sources_to_read():
    assert len(SOURCES) > 100


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_character_in_a_source(path: Path):
    text = path.read_text(encoding="utf-8")
    found = CONTROL.search(text)
    assert found is None, f"line {text.count(chr(10), 0, found.start()) + 1}: {found.group()!r}"
