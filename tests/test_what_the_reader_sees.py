"""A draft is checked as its reader sees it: a front matter's title, a figure set in code type,
text a right-to-left override shows reversed, a part hidden behind a figure no one can read;
and `--as-of` in ISO 8601's basic form. The forty-fourth session's attacker findings (adv71),
with the service ended and the tenure told in days that came with them."""

from __future__ import annotations

import json

import pytest
from checking import verdict

from factcli.interfaces.lsp_document import paragraphs
from factcli.text.korean import clean
from factcli.text.sentences import sentences


def _draft(cli, tmp_path, text: str) -> tuple[int, list[dict]]:  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    result = cli("check", "--file", str(path), "-f", "json", store=None)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _lines(findings: list[dict], verdict_: str) -> set[int]:
    return {f["line"] for f in findings if f["verdict"] == verdict_}


FRONT = '---\ntitle: "배경훈은 1980년 서울에서 태어났다"\ndate: 2025-09-14\ntags: [ai, 1980]\n---\n'


def test_front_matter_title_is_read_and_its_other_fields_are_not(cli, tmp_path):
    code, found = _draft(cli, tmp_path, FRONT + "\n배경훈은 1976년 5월 서울에서 태어났다.\n")
    assert code == 1
    # (the title is shown to readers: its wrong year is found, on its own line)
    assert _lines(found, "contradicted") == {2}
    # (the date and the tags are metadata: no finding of theirs)
    assert not [f for f in found if f["line"] in (3, 4)]
    assert _lines(found, "supported") == {7}


def test_front_matter_is_only_at_the_start_and_only_when_closed():
    # (TOML's +++, a blank line inside, a summary field)
    toml = sentences("+++\n\nsummary = '배경훈은 1980년에 태어났다'\n+++\n본문이다.\n")
    assert [(s.text, s.line) for s in toml] == [("배경훈은 1980년에 태어났다", 3), ("본문이다.", 5)]
    # (no closing line: a rule and prose, read as always)
    open_only = sentences("---\ntitle: 배경훈은 1980년에 태어났다\n")
    assert [s.line for s in open_only] == [1] and "title:" in open_only[0].text
    # (a rule later in the draft opens no front matter)
    later = sentences("본문이다.\n\n---\ntitle: 배경훈은 1980년에 태어났다\n---\n")
    assert any("title:" in s.text for s in later)


def test_the_editor_reads_a_front_matter_as_one_paragraph():
    lines = "---\n\ntitle: 배경훈은 1980년에 태어났다\n---\n본문이다.\n".splitlines(keepends=True)
    found = paragraphs(lines)
    assert [(p.first, p.text.count("\n")) for p in found] == [(0, 4), (4, 1)]


def test_a_figure_in_code_type_is_read_and_code_is_not(cli, tmp_path):
    text = (
        "배경훈은 `1980년`에 태어났다.\n\n`factcli check 1980`을 실행한다.\n\n"
        "과기부는 `2028년`까지 GPU `5만 장`을 확보하기로 했다.\n"
    )
    code, found = _draft(cli, tmp_path, text)
    assert code == 1
    assert _lines(found, "contradicted") == {1}
    assert not [f for f in found if f["line"] == 3]
    assert _lines(found, "supported") == {5}


def test_text_a_right_to_left_override_reverses_is_read_as_shown(cli):
    # (seen as 1976: the year the reader sees is right)
    assert clean("배경훈은 \u202e6791\u202c년") == "배경훈은 1976년"
    # (seen as 6791, though the bytes say 1976: not supported)
    shown_wrong = verdict(cli, "배경훈은 \u202e1976\u202c년 5월 서울에서 태어났다")
    assert shown_wrong["verdict"] == "contradicted"
    # (an override to the line's end, with no pop)
    assert clean("a \u202e0891\nb") == "a 1980\nb"


def test_a_figure_no_one_can_read_hides_no_wrong_statement_beside_it(cli):
    huge = "1" * 130
    wrong = verdict(cli, f"배경훈은 1980년에 태어났고 그의 재산은 {huge}원이다.")
    assert wrong["verdict"] == "contradicted"
    assert "1976" in wrong["message"]
    # (the right year beside it: the figure still leaves the sentence unshown true)
    right = verdict(cli, f"배경훈은 1976년에 태어났고 그의 재산은 {huge}원이다.")
    assert right["verdict"] == "unverified"


@pytest.mark.parametrize("day", ["20250717", "2025-07-17", "2025/07/17", "2025년 7월 17일"])
def test_as_of_takes_the_basic_form_as_the_extended(cli, day):
    result = cli("list", "--as-of", day, "--format", "json", store=None)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == len(
        json.loads(cli("list", "--as-of", "2025-07-17", "--format", "json", store=None).stdout)
    )


@pytest.mark.parametrize("day", ["20251345", "2025071", "202507170"])
def test_as_of_rejects_eight_digits_that_are_no_day(cli, day):
    result = cli("list", "--as-of", day, store=None)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "not a date" in result.stderr


@pytest.mark.parametrize(
    "claim, verdicts",
    [
        # (the service's end, in the words of a service finished)
        ("Bae completed his alternative military service in May 2008.", {"supported"}),
        # (its start told as its end)
        (
            "Bae finished his alternative military service on September 25, 2003.",
            {"contradicted", "misleading"},
        ),
        # (days of his tenure: not the four months between two releases)
        ("배경훈은 LG AI연구원장을 42일간 맡았다.", {"unverified", "contradicted"}),
    ],
)
def test_a_service_ended_and_a_tenure_in_days(cli, claim, verdicts):
    out = verdict(cli, claim)
    assert out["verdict"] in verdicts
    assert "4개월" not in out["message"]


@pytest.mark.parametrize(
    "text",
    [
        # (prose between two rules is prose, not a front matter)
        "---\n배경훈은 1980년 부산에서 태어났다.\n---\n",
        "---\n\n배경훈은 1980년 부산에서 태어났다.\n\n---\n",
    ],
)
def test_prose_between_rules_is_checked(cli, tmp_path, text):
    code, found = _draft(cli, tmp_path, text)
    assert code == 1 and _lines(found, "contradicted")


def test_a_block_value_of_a_front_matter_is_read():
    found = sentences("---\ntitle: >\n  배경훈은 1980년에\n  태어났다\nlayout: post\n---\n")
    assert [(s.text, s.line) for s in found] == [("배경훈은 1980년에 태어났다", 3)]


def test_a_lecture_is_no_release_and_a_venue_is_not_lent(cli):
    # (the lecture's title named EXAONE 3.0; the Lotte Hotel Jeju was the 2024 forum's)
    for claim in (
        "EXAONE 3.0 was released on September 10, 2024.",
        "배경훈은 제주 롯데호텔에서 은탑산업훈장을 받았다.",
    ):
        assert verdict(cli, claim)["verdict"] != "supported"
    lecture = "배경훈은 2024년 9월 10일 국회 의원회관에서 특별강연을 했다."
    assert verdict(cli, lecture)["verdict"] == "supported"


def test_a_service_ended_is_not_an_mba_ended(cli):
    # (the overlap fact's months are the MBA's, not the service's; a Korean sentence naming
    # none of the MBA's words is not dated by them)
    assert verdict(cli, "배경훈은 2005년 1월 전문연구요원 복무를 마쳤다.")["verdict"] != "supported"
    assert verdict(cli, "배경훈은 2008년 5월 전문연구요원 복무를 마쳤다.")["verdict"] == "supported"


def test_the_editor_reads_as_the_cli_and_underlines_the_written_text():
    from factcli.interfaces.lsp_document import check_placed
    from factcli.store.loader import load_store

    store = load_store(None, use_cache=False)
    for text, shown in (
        # (a Cyrillic В in Busan; a soft hyphen written as a reference; a zero-width space)
        ("Bae was born in \u0412usan in 1976.\n", "\u0412usan"),
        ("배경훈은 1976년 5월 부&shy;산에서 태어났다.\n", "부&shy;산"),
        ("a\u200b b 배경훈은 1980년에 태어났다.\n", "1980년"),
    ):
        placed = check_placed(store, text)
        assert [p.finding.verdict.value for p in placed] == ["contradicted"]
        target = placed[0].target
        assert text.splitlines()[target.line][target.start : target.end] == shown
