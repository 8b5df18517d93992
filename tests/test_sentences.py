"""Markdown drafts -> sentences with line and column."""

from __future__ import annotations

from factcli.text.sentences import sentences


def test_markup_keeps_columns():
    line = "- **배경훈**은 [2025년](http://x) 취임했다."
    (s,) = sentences(line)
    assert s.line == 1
    assert line[s.column - 1 :].startswith("배경훈")
    assert "http" not in s.text


def test_dates_with_dots_do_not_split():
    (s,) = sentences("승인 : 2025. 09. 14. 12:00")
    assert s.text == "승인 : 2025. 09. 14. 12:00"


def test_decimals_and_abbreviations_do_not_split():
    assert len(sentences("It cost 7.5 billion won on Dec. 7, 2020. Then more.")) == 2


def test_code_blocks_and_indented_code_are_skipped():
    text = "앞 문장.\n```python\nx = 2030\n```\n~~~\ny\n~~~\n    code 2025\n뒤 문장."
    assert [s.line for s in sentences(text)] == [1, 9]


def test_headings_lists_and_quotes():
    text = "# 제목 2025\n> 인용 2024\n1. 첫째 2023"
    assert [(s.line, s.text) for s in sentences(text)] == [
        (1, "제목 2025"),
        (2, "인용 2024"),
        (3, "첫째 2023"),
    ]


def test_an_initialism_ends_no_sentence_that_goes_on_in_lower_case():
    text = "Epoch AI, a U.S. research group, keeps a list. Bae studied in the U.S. In 2005 he left."
    assert [s.text for s in sentences(text)] == [
        "Epoch AI, a U.S. research group, keeps a list.",
        "Bae studied in the U.S.",
        "In 2005 he left.",
    ]
