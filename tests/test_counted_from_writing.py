"""Words that count from the day of writing (내년까지, 올해, next year) checked without
`--as-of`: read from the day the source said it and from today, never ignored (the
thirty-fourth session's adversary, adv53: 내년까지 GPU 20만 장 was supported by the 2030
plan). Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict, verdict_as_of

from factcli.text.dates import parse_iso
from factcli.text.deixis import counted_from, counts_from_writing


@pytest.mark.parametrize(
    "claim",
    [
        "과기부는 내년까지 GPU 20만 장을 구축하는 방안을 고민하고 있다.",
        "The ministry is weighing ways to build 200,000 GPUs by next year.",
    ],
)
def test_a_year_counted_from_the_sources_day_that_is_not_the_facts_is_contradicted(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert out["expected"] == "2030" and out["found"] in ("내년", "next year")


@pytest.mark.parametrize(
    "claim",
    [
        # (reported speech: 내년 counts from the day he said it, 2025-09-12)
        "배 장관은 연말에 글로벌 상위 10위 안에 드는 LLM이 나오고, 내년에는 멀티모달 분야 성과가"
        " 나올 것이라고 전망했다.",
        "Bae said an LLM ranked in the global top 10 is expected by the end of the year, with"
        " multimodal results to follow next year.",
    ],
)
def test_the_sources_own_relative_year_reported_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_relative_year_no_day_can_count_stays_unverified_until_the_day_is_given(cli):
    # The inauguration's source gives no day of its own: 올해 is not counted from a guess.
    claim = "배경훈은 올해 7월 17일 장관에 취임했다."
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified"
    assert "--as-of" in out["message"]
    assert verdict_as_of(cli, claim, "2025-09-14")["verdict"] == "supported"
    assert verdict_as_of(cli, claim, "2026-09-14")["verdict"] == "contradicted"


def test_a_year_before_its_word_of_role_is_read_as_a_date():
    day = parse_iso("2025-09-14")
    assert counts_from_writing("과기부는 내년까지 GPU 20만 장을") == "내년"
    assert [str(d) for _a, _b, d in counted_from("내년까지 20만 장", day)] == ["2026"]
    assert [str(d) for _a, _b, d in counted_from("올해부터 시행", day)] == ["2025"]
    assert counts_from_writing("배경훈은 2025년 7월 17일 취임했다.") is None


def test_a_relative_year_is_not_counted_from_today_when_the_source_gives_no_day(cli):
    # (true if written in 2026, false if written in 2025: no guess of the writer's day)
    claim = "배경훈은 지난해 6월 7억5천만 원의 주택담보대출을 받았다."
    assert verdict(cli, claim)["verdict"] == "unverified"
    assert verdict_as_of(cli, claim, "2026-12-05")["verdict"] == "supported"
    assert verdict_as_of(cli, claim, "2025-09-14")["verdict"] == "contradicted"
