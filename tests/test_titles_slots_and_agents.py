"""Titles beside names, words in a slot the source fills otherwise, how much of an act, and a
Korean passive's agent (thirty-first session; an adversary's false `supported`, adv48).

Through the CLI, on the bundled store. A wrong word is never `supported`; the true forms stay
supported.
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "과학기술정보통신부 차관 배경훈 씨는 1976년 5월 서울에서 태어났다.",
        "배경훈 국무총리는 1976년 5월 서울에서 태어났다.",
        "강훈식 국무총리는 2025년 6월 23일 배경훈을 AI 학자이자 기업가라고 평했다.",
        "강훈식 AI미래기획수석은 2025년 6월 23일 배경훈을 AI 학자이자 기업가라고 평했다.",
        "이재명 국무총리는 2025년 7월 16일 배경훈에 대한 장관 임명안을 재가했다.",
        "Vice Minister Bae was born in Seoul in 1976.",
        "Prime Minister Kang described Bae as an AI scholar on June 23, 2025.",
    ],
)
def test_a_title_the_store_never_gives_the_person(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading"
    assert out["reason"] in ("relation", "actor")


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장관은 1976년 서울에서 태어났다.",
        "Minister Bae Kyung-hoon was born in Seoul in 1976.",
        "이재명 대통령은 2025년 7월 16일 배경훈 장관 임명안을 재가했다.",
        "President Lee approved Bae's appointment on July 16, 2025.",
        "강훈식 비서실장은 2025년 6월 23일 배경훈을 AI 학자이자 기업가라고 평했다.",
        "배 장관은 2025년 7월 23일 국회 본회의에서 인사말을 했다.",
        "배경훈은 초거대 AI를 상용화한 성과로 2023년 은탑산업훈장을 받았다.",
        "Bae received the Silver Tower Order in 2023 for commercializing hyperscale AI.",
        "배 장관은 신규 SMR 기술 개발 이후 상용화까지 10년 정도 걸릴 것으로 본다고 말했다.",
        "장녀가 매각한 해외 주식은 총 팔천오백사십구만 원어치였다.",
        "엑사원 3.0은 2024년 8월 7일 LG AI연구원에 의해 오픈소스로 공개됐다.",
    ],
)
def test_the_true_forms_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("배 장관은 2025년 7월 23일 국무회의에서 인사말을 했다.", "국무회의"),
        ("배경훈은 반도체 설계를 상용화한 성과로 2023년 은탑산업훈장을 받았다.", "설계"),
        (
            "배 장관은 신규 SMR 기술 개발 이후 인허가까지 10년 정도 걸릴 것으로 본다고 말했다.",
            "인허가",
        ),
        ("Bae gave a greeting at a cabinet meeting on July 23, 2025.", "cabinet"),
        (
            "Bae received the Silver Tower Order in 2023 for commercializing semiconductor design.",
            "semiconductor",
        ),
    ],
)
def test_a_word_in_the_slot_the_source_fills_otherwise(cli, claim: str, word: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified"
    assert word in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장녀, 해외 주식 8549만 원어치 일부 매각.",
        "배경훈의 장녀는 8549만 원어치 해외 주식 가운데 일부를 팔았다.",
        "Bae's daughter sold part of her 85.49 million won in overseas stocks.",
    ],
)
def test_part_of_what_the_source_says_was_sold_whole(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading"
    assert "controversy-daughter-stocks-sold" in out["message"]


def test_a_korean_passive_by_another_body(cli) -> None:
    out = verdict(cli, "엑사원 3.0은 2024년 8월 7일 LG전자에 의해 오픈소스로 공개됐다.")
    assert out["verdict"] == "unverified"
    assert "LG전자" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "Then-Minister Bae received the Silver Tower Order of Industrial Service Merit in 2023.",
        "Science Minister Bae, then already in office, spoke at the Jeju summer forum on"
        " July 11, 2024.",
    ],
)
def test_a_post_said_held_then_in_english(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading"
    assert "career-minister-msit-2025" in out["message"]


def test_a_bodys_title_then_a_family_name_is_the_person(cli) -> None:
    # (LG AI Research head Bae: Bae, not the body, whom the order was not conferred by)
    claim = "LG AI Research head Bae received the Silver Tower Order in 2023."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_word_of_another_long_name_is_that_names(cli) -> None:
    # (Economic of the Korea Economic Association, not of the LG Economic Research Institute)
    claim = (
        "LG AI Research head Bae Kyung-hoon gave a lecture at the Korea Economic Association's"
        " CEO Jeju summer forum on July 11, 2024."
    )
    assert verdict(cli, claim)["verdict"] == "supported"
    # (a name of two words keeps its first word: Stanford, of Stanford University)
    wrong = (
        "Epoch AI, which put the EXAONE 3.5 32B model on its Notable AI Models list, is a"
        " research institute of Stanford University."
    )
    assert verdict(cli, wrong)["verdict"] == "misleading"


@pytest.mark.parametrize(
    "claim", ["Bae became minister in July 2024.", "Bae became minister only in July 2024."]
)
def test_a_date_of_another_act_does_not_support(cli, claim: str) -> None:
    # (the forum of July 2024 tells of a lecture; the post's fact, of becoming minister,
    # says July 2025)
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "LG Uplus CEO Bae Kyung-hoon gave a lecture at the Korea Economic Association's CEO"
            " Jeju summer forum on July 11, 2024.",
            "misleading",
        ),
        ("EXAONE Deep: released March 18, 2025, as a closed commercial model.", "contradicted"),
    ],
)
def test_a_ceo_he_never_was_and_a_closed_commercial_model(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_what_another_act_finds_wrong_still_stands(cli) -> None:
    # (the date-of-another-act rule keeps only a `supported` from such a fact: a detail it
    # finds wrong is still reported)
    claim = "배 장관은 2025년 9월 12일 이미 부총리급으로 격상된 과기정통부 장관으로서 기자간담회를 열었다."
    assert verdict(cli, claim)["verdict"] == "misleading"
