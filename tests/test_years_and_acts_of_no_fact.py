"""A year against a date the source gives without one, and an act no fact tells of (the
forty-third session's adversary, adv71)."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.dates import PartialDate


def test_dates_sharing_no_component_cannot_be_compared():
    # (2099 and March 5 of no year: nothing of them is the same)
    assert not PartialDate(2099).shares(PartialDate(None, 3, 5))
    assert PartialDate(2025).shares(PartialDate(2025, 3, 5))
    assert PartialDate(None, 3, 5).shares(PartialDate(2025, 3, 5))
    assert PartialDate(None, 3).shares(PartialDate(None, 3, 5))


@pytest.mark.parametrize(
    "claim",
    [
        # (the contract's day is 3월5일 in the quote, 2025 by the store: no other year holds)
        "Bae said he signed the apartment purchase contract in 2019.",
        "배경훈은 1980년 서초구 아파트 매매계약을 체결했다고 설명했다.",
        "Bae 1980",
        "배경훈은 2099년",
    ],
)
def test_a_year_against_a_day_without_one_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_day_without_its_year_is_still_supported(cli):
    assert verdict(cli, "배경훈은 3월 5일 아파트 매매계약을 체결했다고 설명했다.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        # (a building's completion: the store dates its sale, not its building)
        "배경훈의 서초구 아파트는 2015년에 준공됐다.",
        "The apartment was built in 2015.",
    ],
)
def test_an_act_no_fact_tells_of_is_unverified(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified"


def test_a_model_built_by_a_lab_is_developed(cli):
    claim = "EXAONE is a hyperscale language model built by LG AI Research."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the four months are EXAONE 3.0 to 3.5, the ten years his previous home)
        "배경훈은 LG유플러스에서 4개월 일했다.",
        "Bae spent four months at LG Uplus.",
        "배경훈은 LG AI연구원을 4개월간 이끌었다.",
        "Bae led LG AI Research for about four months.",
        "배경훈은 서초구 아파트를 10년 만에 팔았다.",
        "Bae lived in his Seocho apartment for ten years.",
    ],
)
def test_a_duration_of_another_span_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (spans the store does not give: no duration of another span contradicts them)
        "엑사원 3.0에서 엑사원 4.0까지는 11개월이 걸렸다.",
        "배경훈은 LG AI연구원장으로 약 4년 7개월 재직했다.",
        "Bae led LG AI Research for about four years and seven months.",
    ],
)
def test_a_duration_of_a_span_the_store_lacks_is_not_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "unverified"


@pytest.mark.parametrize(
    "claim, want",
    [
        ("엑사원 3.0에서 3.5로 가는 데 넉 달이 걸렸다.", "supported"),
        ("Bae said he had lived in his previous home for ten years.", "supported"),
        # (the span named whole: its duration said otherwise is contradicted)
        ("Bae said it took just 42 days to get from EXAONE 3.0 to EXAONE 3.5.", "contradicted"),
    ],
)
def test_a_duration_of_its_own_span_is_weighed(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (June 30 is the day of his statement, not of the gift or the tax: 2021-11)
        ("배경훈은 2025년 6월 30일 장녀에게 1억 원을 증여했다.", {"unverified", "misleading"}),
        ("배경훈은 2025년 6월 30일 증여세를 납부했다.", {"unverified", "misleading"}),
        # (the statement of that day told as such)
        (
            "배경훈은 2025년 6월 30일 입장문에서 자녀에게 1억 원을 증여했다고 설명했다.",
            {"supported"},
        ),
        (
            "In a statement on June 30, 2025, Bae said he had given his child 100 million won.",
            {"supported"},
        ),
    ],
)
def test_the_day_of_a_statement_is_not_the_day_of_what_it_tells(cli, claim, want):
    assert verdict(cli, claim)["verdict"] in want


@pytest.mark.parametrize(
    "claim",
    [
        # (what he said he would help do, told as impossible, hard or unlikely)
        "배 장관은 잠재 성장률 3% 회복이 불가능하다고 말했다.",
        "배 장관은 잠재 성장률 3% 회복은 어렵다고 말했다.",
        "Bae said it would be impossible to restore potential growth to 3%.",
        "배경훈은 연말이 되면 글로벌 상위 10위 LLM이 나올 가능성은 낮다고 말했다.",
    ],
)
def test_a_predicate_that_denies_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] in {"misleading", "contradicted", "unverified"}


def test_with_difficulty_is_no_denial():
    # (어렵게 모셔 온: brought in with difficulty, an affirmation; 어렵다고: it is hard)
    from factcli.text.analysis import analyze_sentence

    brought = analyze_sentence("강훈식 비서실장은 배경훈을 어렵게 모셔 온 인물이라고 소개했다.")
    assert not any(c.negated for c in brought.clauses)
    hard = analyze_sentence("배 장관은 잠재 성장률 3% 회복은 어렵다고 말했다.")
    assert any(c.negated for c in hard.clauses)


@pytest.mark.parametrize(
    "claim, want",
    [
        # (a native number right after the noun it counts: 딸 둘, 모델 넷, 차량 둘)
        ("배경훈은 배우자와의 사이에 2012년생 딸 둘을 뒀다.", "contradicted"),
        ("배경훈은 2010년식 제네시스 차량 둘을 신고했다.", "contradicted"),
        ("엑사원 3.5는 2024년 12월 모델 넷을 선보였다.", "contradicted"),
        ("엑사원 3.5는 2.4B, 7.8B, 32B 모델 셋으로 구성됐다.", "supported"),
    ],
)
def test_a_native_count_after_its_noun_is_weighed(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (six versions of the EXAONE family, said of one version)
        ("엑사원 3.5는 총 6가지 버전으로 나왔다.", "misleading"),
        ("EXAONE Deep has been released in six versions.", "misleading"),
        ("Six versions of EXAONE have come out to date.", "supported"),
        (
            "EXAONE 3.5, released in December 2024, came in three sizes: 2.4B, 7.8B and 32B.",
            "supported",
        ),
        # (runner-up is second place: the store has first)
        ("LG AI Research was a runner-up in the 2021 Stanford SQuAD competition.", "contradicted"),
    ],
)
def test_whose_count_and_which_place(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_runner_up_is_not_supported_against_an_overall_win(cli):
    claim = "LG AI Research finished runner-up in the CVPR continual learning challenge in 2020."
    assert verdict(cli, claim)["verdict"] != "supported"
