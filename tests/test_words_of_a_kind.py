"""Words of a kind put for the source's (in-laws for parents, Asia's only for Korea's only,
another committee), a denial of what the source affirms, a pledge that is no deed.

Through the CLI on the bundled store (judge.meaning.kinds, judge.meaning.directions).
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "배경훈은 2024년 종합소득신고에서 장인·장모를 부양가족으로 올려 공제를 받았다.",
            "배경훈은 2024년 종합소득신고에서 부모를 부양가족으로 올려 공제를 받았다.",
        ),
        (
            "엑사원 3.5는 스탠퍼드 AI 인덱스 2025의 주목할 모델 62개 중 아시아 유일 모델이었다.",
            "엑사원 3.5는 스탠퍼드 AI 인덱스 2025의 주목할 모델 62개 중 한국의 유일한 모델이었다.",
        ),
        (
            "EXAONE 3.5 was the only Asian model among the 62 notable AI models in Stanford's "
            "AI Index 2025.",
            "EXAONE 3.5 was the only Korean model among the 62 notable AI models in Stanford's "
            "AI Index 2025.",
        ),
        (
            "Bae's confirmation hearing on July 14, 2025 was held by the National Assembly's "
            "Education Committee.",
            "Bae's confirmation hearing on July 14, 2025 was held by the National Assembly's "
            "Science, ICT, Broadcasting and Communications Committee.",
        ),
        (
            "Bae's younger daughter, born in 2012, had sold all her overseas stocks by July 26, 2025.",
            "Bae's eldest daughter, born in 2012, had sold all her overseas stocks by July 26, 2025.",
        ),
        (
            "EXAONE Deep, released March 18, 2025, was not made open source.",
            "EXAONE Deep was released as open source on March 18, 2025.",
        ),
    ],
)
def test_another_word_of_the_kind_is_caught_and_the_right_one_stands(cli, wrong, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] in ("contradicted", "misleading")
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_pledge_is_told_as_a_decision_not_a_deed(cli):  # type: ignore[no-untyped-def]
    out = verdict(
        cli,
        "Sixteen LG affiliates joined the LG AI Research project, pledging over 200 billion won "
        "across three years.",
    )
    assert out["verdict"] == "supported", out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # the one fact that speaks to the figure, in the writer's own words
        "He expects a newly developed SMR to take around a decade to reach commercial use.",
        "배 장관은 과기정통부가 잠재성장률을 3%로 되돌리는 데 기여하도록 하겠다고 말했다.",
    ],
)
def test_the_only_fact_that_speaks_to_the_figure_supports_a_paraphrase(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # expected by the end of 2025, told as done: the figure is the fact's own value's
        "Korea has already produced an LLM that ranks among the global top 10.",
        # LG AI Research alone, told of the whole group (a neighbouring fact says so)
        "2020년부터 LG그룹 계열사 전반에 직함을 뗀 ‘님’ 문화가 자리 잡았다.",
    ],
)
def test_a_paraphrase_that_changes_the_meaning_is_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


def test_who_acted_after_a_topic_a_clause_describes(cli):  # type: ignore[no-untyped-def]
    # 규제는 (the rule, described by the clause before it) is the topic; who announced it
    # is the subject after it
    wrong = (
        "2025년 6월28일 수도권 주택담보대출 한도를 6억 원으로 묶은 규제는 금융위원회가 발표했다."
    )
    out = verdict(cli, wrong)
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out["message"]
    right = "수도권 주담대 한도를 6억 원으로 묶은 규제는 국토교통부가 2025년 6월 28일 발표했다."
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "배 장관은 9월12일 LLM-LMM-LAM으로 이어지는 자체 AI 모델 개발을 모두 완료했다고 발표했다.",
            "misleading",
        ),
        (
            "On September 12, Bae said Korea had completed its LLM-LMM-LAM model roadmap.",
            "misleading",
        ),
        (
            "배 장관은 9월12일 LLM-LMM-LAM으로 이어지는 자체 AI 모델 개발 로드맵을 공개했다.",
            "supported",
        ),
    ],
)
def test_a_roadmap_is_not_its_completion(cli, claim, want):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out["message"]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Bae chaired the AI policy committee of the Korea Artificial Intelligence Industry "
            "Association from March 2025.",
            "Bae chaired the AI policy committee of the Korea Software Industry Association from "
            "March 2025.",
        ),
        (
            "배경훈은 2025년 3월 한국인공지능산업협회 AI정책협력위원장을 맡았다.",
            "배경훈은 2025년 3월 한국소프트웨어산업협회 AI정책협력위원장을 맡았다.",
        ),
    ],
)
def test_another_body_of_the_same_head_noun(cli, wrong, right):  # type: ignore[no-untyped-def]
    out = verdict(cli, wrong)
    assert out["verdict"] == "contradicted", out["message"]
    assert "Software" in out["message"] or "소프트웨어" in out["message"]
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # the youngest, Korea's first, the only one: the facts say none of it
        "배경훈은 2018년 연말 인사에서 LG그룹 최연소 임원으로 승진했다.",
        "엑사원 2.0은 2023년 7월19일 공개된 국내 최초의 멀티모달 AI 모델이다.",
        "Bae was the only nominee of the new government to pass a National Assembly confirmation hearing.",
    ],
)
def test_a_superlative_no_fact_makes_is_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "EXAONE 3.5 was the only Korean model among the 62 notable AI models in Stanford HAI's "
        "AI Index Report 2025.",
        "Bae was the first of the new government's inaugural minister nominees to clear a "
        "confirmation hearing and win presidential approval on July 16, 2025.",
    ],
)
def test_a_superlative_a_fact_makes_stands(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # what came out is the subject of 나왔다
        "엑사원 3.0 공개 4개월 뒤인 2024년 12월 엑사원 3.5가 2.4B, 7.8B, 32B 세 가지 모델로 나왔다.",
        # the ministry published the statement; in it, Bae (the topic after 입장문에서) explained
        "과기정통부가 2025년 6월30일 공개한 입장문에서 배경훈은 서초구 아파트 매매계약을 3월5일 체결했다고 설명했다.",
        # a clause of time leads (18 days after Bae took out his loan); the ministry acted
        "On June 28, 2025, 18 days after Bae took out his loan, the Land Ministry capped "
        "capital-region mortgages at 600 million won.",
    ],
)
def test_the_actor_after_a_leading_clause(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out["message"]


def test_words_put_in_another_mouth(cli):  # type: ignore[no-untyped-def]
    wrong = (
        "The Military Manpower Administration said on July 14, 2025 that Bae had studied "
        "part-time for his PhD with its approval."
    )
    out = verdict(cli, wrong)
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out["message"]
    right = (
        "Bae said on July 14, 2025 that his company and the Military Manpower Administration "
        "had approved his doctoral studies."
    )
    assert verdict(cli, right)["verdict"] != "misleading"


def test_a_clause_is_not_wrong_for_a_rounder_figure_of_both(cli):  # type: ignore[no-untyped-def]
    # 8549만 and 1819만 are her securities and deposits; "about 100 million won" is both
    out = verdict(cli, "장녀는 증권 8549만 원, 예금 1819만 원을 보유했다.")
    assert out["verdict"] == "supported", out["message"]
    out = verdict(cli, "Bae earned his master's degree in 2006 and his doctorate in 2002.")
    assert out["verdict"] != "supported", out["message"]
