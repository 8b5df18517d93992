"""A draft as Markdown reads it: a sentence wrapped over lines is one sentence (placed on the
lines it spans, in the report, its JSON and the editor), and a sentence that only names
things is checked too, reported when it is wrong."""

from __future__ import annotations

import json
from pathlib import Path

from factcli.interfaces.lsp_document import check_placed
from factcli.store.model import Store
from factcli.text.sentences import sentences

WRAPPED = (
    "# 배경훈\n"
    "\n"
    "배경훈은 1976년 5월\n"
    "부산에서 태어났다. Bae took out a 750 million won\n"
    "mortgage on June 28, 2025.\n"
    "\n"
    "* 배경훈은 2023년\n"
    "  은탑산업훈장을 받았다.\n"
    "* 배경훈은 2006년 광운대에서 박사학위를 받았다.\n"
)


def test_a_paragraphs_lines_are_read_as_one_text():
    found = [(s.text, s.line, s.column, s.breaks) for s in sentences(WRAPPED)]
    assert found[0] == ("배경훈", 1, 3, ())
    assert found[1] == ("배경훈은 1976년 5월 부산에서 태어났다.", 3, 1, (14,))
    assert found[2][1:3] == (4, 12) and found[2][0].endswith("on June 28, 2025.")
    # a list item goes on on its indented line; the next item opens a block of its own
    assert found[3][:3] == ("배경훈은 2023년   은탑산업훈장을 받았다.", 7, 3)
    assert found[4][1] == 9


def test_a_wrapped_sentence_is_one_claim_with_its_value_on_its_own_line(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.md"
    draft.write_text(WRAPPED, encoding="utf-8")
    result = cli("check", str(draft), "-f", "json", store=None)
    assert result.exit_code == 1
    rows = {(r["line"], r["column"]): r for r in json.loads(result.stdout)}
    # 부산 is on line 4, column 1; June 28 (the loan was taken out on June 10) on line 5
    assert rows[(4, 1)]["verdict"] == "contradicted" and rows[(4, 1)]["found"] == "부산"
    june = next(r for r in rows.values() if r["found"] and "June 28" in r["found"])
    assert (june["line"], june["verdict"]) == (5, "contradicted")
    assert [r["verdict"] for r in rows.values() if r["line"] >= 7] == ["supported", "supported"]


def test_the_editor_underlines_the_value_on_the_line_it_is_on(bundled: Store):
    placed = check_placed(bundled, WRAPPED)
    lines = WRAPPED.splitlines()
    wrong = next(p for p in placed if "부산" in p.finding.text)
    assert (wrong.sentence.line, wrong.sentence.last) == (2, 3)  # 0-based lines
    assert lines[wrong.target.line][wrong.target.start : wrong.target.end] == "부산"


def test_a_sentence_naming_things_is_reported_when_it_is_wrong(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.md"
    draft.write_text(
        "배경훈은 AI 전문가로 알려져 있다.\n\n배경훈은 연세대 전자공학과를 졸업했다.\n",
        encoding="utf-8",
    )
    result = cli("check", str(draft), "-f", "json", store=None)
    rows = json.loads(result.stdout)
    assert [(r["line"], r["verdict"], r["found"]) for r in rows] == [(3, "contradicted", "연세대")]
    assert result.exit_code == 1
