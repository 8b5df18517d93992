"""What a user pastes is read as it reads: decomposed Hangul (macOS), zero-width spaces, soft
hyphens, direction marks, terminal escapes and accents do not hide a wrong word; and output a
terminal cannot encode is escaped, not an internal error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from checking import verdict

WRONG = "배경훈은 1976년 5월 부산에서 태어났다."


@pytest.mark.parametrize(
    "claim",
    [
        unicodedata.normalize("NFD", WRONG),
        WRONG.replace("부산", "부\u200b산"),
        WRONG.replace("부산", "부\u00ad산"),
        WRONG.replace("부산", "\u2066부산\u2069"),
        WRONG.replace("부산", "\x1b[1m부산\x1b[0m"),
        "Bae was born in Bus\u00e1n in May 1976.",
        "Bae was born in Busa\u0301n in May 1976.",
    ],
)
def test_an_unseen_character_hides_no_wrong_word(cli, claim):  # type: ignore[no-untyped-def]
    found = verdict(cli, claim)
    assert found["verdict"] == "contradicted"
    assert found["expected"] in ("서울", "Seoul")


def test_a_draft_with_unseen_characters_is_read_as_it_reads(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# 배경훈\n\n" + unicodedata.normalize("NFD", WRONG).replace("서", "서\u200b") + "\n",
        encoding="utf-8",
    )
    result = cli("check", str(draft), "-f", "json", store=None)
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)
    assert finding["line"] == 3 and finding["verdict"] == "contradicted"


@pytest.mark.parametrize("fmt", ["json", "plain"])
def test_an_ascii_terminal_gets_escapes_not_an_internal_error(tmp_path: Path, fmt: str):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "factcli", "check", WRONG, "-f", fmt],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.isascii() and b"internal error" not in done.stderr
    if fmt == "json":
        assert json.loads(done.stdout)["expected"] == "서울"
    else:
        assert b"\\ubd80\\uc0b0" in done.stdout


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a whole claim denied, where the store says it happened
        ("배경훈은 2025년 6월 10일 주택담보대출을 받은 적이 없다.", "misleading"),
        ("이재명 대통령은 2025년 7월 16일 배경훈 임명안을 재가한 바 없다.", "misleading"),
        ("It is not true that Bae took office on July 17, 2025.", "misleading"),
        ("Bae took office on July 17, 2025 — this claim is false.", "misleading"),
        ("배경훈이 2023년 은탑산업훈장을 받았다는 보도는 거짓으로 드러났다.", "misleading"),
        # denied where the store says otherwise, or says nothing: not the store's to vouch for
        ("It is not true that Bae was born in Busan.", "unverified"),
        # a thing one has not
        ("Bae has no bank deposits.", "unverified"),
        ("배경훈은 비트코인이 없다.", "unverified"),
        # a day written with slashes, either way round
        ("Bae took office on 07/18/2025.", "contradicted"),
        ("Bae took office on 18/07/2025.", "contradicted"),
        ("Bae took office on 07/17/2025.", "supported"),
    ],
)
def test_denials_possessions_and_slashed_days(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want
