"""Every `console` block of the README runs, and prints what the README shows.

Each block is a cram-style transcript run by prysk (`$ ` runs a command in bash, `> `
continues it, other lines are its expected output, stdout and stderr together), in a fresh
empty folder, with the `factcli` of the environment running the tests. New blocks, in any
section, are picked up by themselves. README "Adding an example to this README" says how.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from prysk.test import test as run_transcript

README = Path(__file__).parent.parent / "README.md"
FENCE = re.compile(r"^```console\n(.*?)^```\n", re.S | re.M)


def console_blocks(text: str) -> list[tuple[str, str]]:
    """(name, body) of every ```console block; named after its section and order."""
    blocks = []
    for n, match in enumerate(FENCE.finditer(text), 1):
        headings = re.findall(r"^#{2,4} (.+)$", text[: match.start()], re.M)
        section = re.sub(r"\W+", "-", headings[-1].split(":")[0]).strip("-") if headings else "top"
        blocks.append((f"{n:02d}-{section}", match.group(1)))
    return blocks


BLOCKS = console_blocks(README.read_text(encoding="utf-8"))


def transcript(body: str) -> list[bytes]:
    """README lines -> prysk lines (indent 0); a bare `>` continues a command too."""
    return [(("> " if line == ">" else line) + "\n").encode() for line in body.splitlines()]


def test_the_readme_has_console_examples():
    assert len(BLOCKS) >= 8


def test_console_blocks_are_transcripts():
    for name, body in BLOCKS:
        assert body.startswith("$ "), f"{name}: a console block begins with a command"


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readme-cache")


@pytest.mark.parametrize("body", [b for _n, b in BLOCKS], ids=[n for n, _b in BLOCKS])
def test_readme_example(body: str, tmp_path: Path, shared_cache: Path, monkeypatch):
    bin_dir = Path(sys.executable).parent
    factcli = shutil.which("factcli", path=str(bin_dir))
    assert factcli, f"no factcli next to {sys.executable}: install it (pip install -e '.[test]')"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTCLI_", "PYTEST_"))}
    env.pop("NO_COLOR", None)
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(tmp_path),
        XDG_CACHE_HOME=str(shared_cache),
    )
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    _ref, _out, diff = run_transcript(transcript(body), shell="/bin/bash", indent=0, env=env)
    shown = b"".join(diff).decode("utf-8", "replace")
    assert not shown, "the README example's output differs:\n" + shown
