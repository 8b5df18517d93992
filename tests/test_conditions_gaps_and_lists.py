"""Conditions said away, gaps between the things named, one of a list, native counts of
languages, and a pronoun inside a relative clause (the twenty-seventh session, from adv41's
findings). Through the CLI on the bundled store."""

from __future__ import annotations

import json

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # the rule: 60 or older, income 100만 원 or less only
        "만 60세 이상 부양가족의 연간 소득이 100만 원을 넘어도 기본공제를 받을 수 있다.",
        "연간 소득이 100만 원을 넘는 부양가족만 기본공제를 받을 수 있다.",
        "만 60세 이상 부양가족은 연간 소득과 상관없이 기본공제를 받을 수 있다.",
        "만 60세 이상 부양가족은 소득과 관계없이 기본공제를 받는다.",
    ],
)
def test_a_condition_turned_round_or_said_away_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction"


@pytest.mark.parametrize(
    "claim",
    [
        "만 60세 이상 부양가족은 연간 소득이 100만 원 이하일 때만 기본공제를 받을 수 있다.",
        "연간 소득이 100만 원 이하인 만 60세 이상 부양가족만 기본공제를 받을 수 있다.",
    ],
)
def test_the_condition_as_the_source_sets_it_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # 1819만 is the deposits' own figure, and the total less the securities: never the
        # gap between the securities and the deposits (6730만)
        "장녀의 증권은 예금보다 1819만 원 많다.",
        "장녀의 예금은 증권보다 1819만 원 적다.",
    ],
)
def test_a_gap_is_between_the_two_things_named(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "장녀의 증권은 예금보다 6730만 원 많다.",
        "The daughter's securities were 67.3 million won more than her deposits.",
        # (the whole named: its gap to a part is the other part)
        "장녀의 예금과 증권 합계는 증권보다 1819만 원 많다.",
        "배경훈이 받은 대출은 규제 한도보다 1억5천만 원 많았다.",
    ],
)
def test_the_gap_between_the_things_named_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG전자는 3년간 2천여억 원을 LG AI연구원에 투자하기로 했다.",
        "LG CNS는 3년간 2천여억 원을 투자하기로 했다.",
        "LG Electronics agreed to invest over 200 billion won over three years.",
    ],
)
def test_one_of_a_list_is_not_the_list(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "actor"


def test_the_list_itself_stays_supported(cli) -> None:
    assert (
        verdict(cli, "16개 LG 계열사는 3년간 2천여억 원을 투자하기로 했다.")["verdict"]
        == "supported"
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("엑사원 2.0은 세 개 언어를 구사한다.", "contradicted"),
        ("엑사원 2.0은 열 개 언어를 구사한다.", "contradicted"),
        ("엑사원 2.0은 두 개 언어를 구사한다.", "supported"),
    ],
)
def test_a_native_count_of_languages_is_a_figure(cli, claim: str, want: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "contradicted":
        assert "2개 언어" in out["message"]


def test_a_pronoun_in_a_relative_clause_is_not_the_subject(cli, tmp_path) -> None:
    # (the model the institute he led made was picked by Stanford HAI: the pronoun, read as
    # the subject, made Stanford's pick his act)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "배경훈은 2020년 12월 LG AI연구원 초대 원장이 됐다.\n\n"
        "그가 이끈 연구원의 '엑사원 3.5'는 스탠퍼드대 HAI의 'AI 인덱스 보고서 2025'에서 "
        "한국의 유일한 주목할 만한 AI 모델로 꼽혔다.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    found = json.loads(result.stdout)
    assert [f["verdict"] for f in found if f["line"] == 3] == ["supported"], found


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # English decimals in words: 'point' was cut, three point seven billion read as seven
        ("Bae declared total assets of about three point seven billion won.", "supported"),
        ("Bae's daughter paid seven point seven six million won in gift tax.", "supported"),
        ("Bae's daughter paid seven point eight six million won in gift tax.", "contradicted"),
    ],
)
def test_a_decimal_in_english_words_is_one_figure(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # the investment purpose is the daughter's stock purchase's; the apartment was to live in
        "Bae said he bought the Seocho apartment as an investment.",
        "Bae said he bought the Seocho apartment for investment.",
    ],
)
def test_a_purpose_is_not_lent_by_another_acts_fact(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # each figure's holder is the one named before it, not the next figure's
        "배경훈의 예금 1억7124만 원은 배우자 예금 1292만 원보다 많다.",
        # a figure, a comma and a new topic: two clauses, each with its own holder
        "배경훈 본인 예금은 1억7124만 원, 배우자 예금은 1292만 원이다.",
    ],
)
def test_each_figure_keeps_its_own_holder(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_figures_given_to_each_others_holders_stay_wrong(cli) -> None:
    out = verdict(cli, "배경훈 본인 예금은 1292만 원, 배우자 예금은 1억7124만 원이다.")
    assert out["verdict"] == "misleading"
