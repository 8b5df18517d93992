"""Posts held, taken and climbed, and what a thing is (the nineteenth session's rules): a year
the source dates an act by while he held a post (재직하던 2023년, he received an order) is not
the year he took the post; the owners of a joint venture are not where he worked; a promotion
goes up the ladder; a hybrid model is not a pure reasoning one. Each faithful sentence beside
a wrong twin, which must not be supported. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        # a year he held the post (an order received then), said to be the year he took it
        (
            "배경훈은 LG AI연구원장이던 2023년 은탑산업훈장을 받았다.",
            "배경훈은 2023년 LG AI연구원장에 올랐다.",
            "misleading",
        ),
        (
            "Bae received the Silver Tower Order in 2023 while he was head of LG AI Research.",
            "Bae became head of LG AI Research in 2023.",
            "misleading",
        ),
        # an owner of the joint venture put as the employer
        (
            "Bae began his career in 2006 at Samsung Thales, a joint venture of Samsung "
            "Electronics and Thales.",
            "Bae began his career in 2006 at Samsung Electronics' semiconductor research center.",
            "contradicted",
        ),
        (
            "배경훈은 2006년 삼성전자와 탈레스의 합작사인 삼성탈레스에서 연구원으로 일을 시작했다.",
            "배경훈은 2006년 삼성전자에서 사회생활을 시작했다.",
            "contradicted",
        ),
        # a promotion down the ladder
        (
            "배경훈은 2021년 6월 상무에서 전무로 승진했다.",
            "배경훈은 2021년 6월 전무에서 상무로 승진했다.",
            "misleading",
        ),
        (
            "In June 2021 Bae was promoted from 상무 to 전무 at LG AI Research.",
            "Bae was promoted from executive vice president (전무) down to managing director "
            "(상무) at LG AI Research in June 2021.",
            "misleading",
        ),
        # a model of two kinds in one, said to be of one kind alone
        (
            "EXAONE 4.0, released on July 15, 2025, is a hybrid model.",
            "EXAONE 4.0, released on July 15, 2025, is a pure reasoning model.",
            "contradicted",
        ),
        (
            "엑사원 4.0은 2025년 7월 15일 공개된 하이브리드 모델이다.",
            "엑사원 4.0은 2025년 7월 15일 공개된 추론 전용 모델이다.",
            "contradicted",
        ),
    ],
)
def test_a_post_or_a_kind_beside_its_wrong_twin(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert found["verdict"] == want


@pytest.mark.parametrize(
    "wrong",
    [
        # an act called off, missed or undone, on the right day
        "엑사원 3.0은 2024년 8월7일 출시가 취소됐다.",
        "배 장관은 9월12일 기자간담회를 취소했다.",
        "Bae skipped his confirmation hearing on July 14, 2025.",
        "엑사원 3.5 32B 모델은 2024년 12월 에포크 AI 리스트에서 제외됐다.",
        # the first place said to be the last
        "LG AI연구원은 2021년 스탠퍼드 SQuAD 경진대회에서 세계 꼴찌를 기록했다.",
        "엑사원 3.0은 2024년 8월7일 공개됐으며 13개 벤치마크에서 모두 최하위를 기록했다.",
        # another field of study, another count of languages, abroad for at home
        "배경훈은 2006년 광운대에서 의학 박사학위를 받았다.",
        "Bae received a master's degree in business from Kwangwoon University in 2002.",
        "엑사원 2.0은 2023년 7월19일 공개된 단일 언어 모델이다.",
        "엑사원 4.0은 2025년 7월15일 공개된 해외 최초의 하이브리드 AI 모델이다.",
        # an employer the articles do not name, for the one they do
        "Bae began his career in 2006 at Hanwha Aerospace.",
        "배경훈은 2019년 LG화학으로 자리를 옮겼다.",
    ],
)
def test_the_right_day_does_not_carry_a_wrong_word(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "이재명 대통령은 2025년 7월16일 배경훈 임명안을 재가했다.",
            "배경훈은 2025년 7월16일 이재명 대통령의 임명안을 재가했다.",
        ),
        (
            "President Lee approved Bae's appointment on July 16, 2025.",
            "Bae approved President Lee's appointment on July 16, 2025.",
        ),
    ],
)
def test_who_acted_on_whom_the_other_way_round(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert (found["verdict"], found["reason"]) == ("misleading", "actor")


def test_a_body_releasing_someones_statement_is_no_reversal(cli):  # type: ignore[no-untyped-def]
    claim = "과학기술정보통신부는 2025년 6월 30일 배경훈의 입장문을 공개했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae's daughter paid 7.76 million won in gift tax in November 2021.",
            "Bae's daughter paid 7.76 million won in inheritance tax in November 2021.",
        ),
        (
            "국토교통부는 2025년 6월28일 수도권 주택담보대출의 최대한도를 6억 원으로 제한했다.",
            "국토교통부는 2025년 6월28일 수도권 전세대출의 최대한도를 6억 원으로 제한했다.",
        ),
        (
            "배 장관은 잠재성장률 3% 회복에 기여하겠다고 말했다.",
            "배 장관은 경제 성장률 3% 회복에 기여하겠다고 말했다.",
        ),
        (
            "Bae said fines under the AI Basic Act would be deferred for at least a year.",
            "Bae said fines under the Semiconductor Act would be deferred for at least a year.",
        ),
        (
            "엑사원 3.0은 2024년 8월7일 오픈소스로 공개됐다.",
            "엑사원 3.0은 2024년 8월7일 유료로 공개됐다.",
        ),
        (
            "배경훈은 서울 대신고등학교를 나왔다.",
            "배경훈은 서울 대신중학교를 나왔다.",
        ),
    ],
)
def test_a_word_of_a_kind_for_the_sources_other(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae bought a 4.15 billion won apartment in Seocho-gu.",
            "Bae bought a 4.15 billion won officetel in Seocho-gu.",
        ),
        (
            "EXAONE 2.0, released on July 19, 2023, supports multimodal input and output.",
            "EXAONE 2.0, released on July 19, 2023, supports text only.",
        ),
    ],
)
def test_a_kind_of_home_or_of_input(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_who_runs_a_body(cli):  # type: ignore[no-untyped-def]
    right = (
        "EXAONE 3.5 32B was listed by Epoch AI, a US private research organisation, among "
        "notable AI models."
    )
    wrong = (
        "EXAONE 3.5 32B was listed by Epoch AI, a US government agency, among notable AI models."
    )
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"
