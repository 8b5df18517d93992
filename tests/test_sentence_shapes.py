"""Shapes of a reporter's sentence the checker reads whole (the fifteenth session's rules):
a Korean relative clause that leads the sentence (1976년 서울에서 태어난 배경훈은 ...), a
present attributive describing a name (2천여억 원이 투입되는 LG AI연구원), the actor's own act
in the sentence's words (높이 샀다, cited, for 높게 평가했다), "it" after a clause of time
naming the actor, a whole and then its part (연금 … 가운데 과세 소득은), a first job, a name
described as another thing is (NEXUS, a reasoning model), the steps of a roadmap (LLM, then
multimodal), together or alone, what a remark says the priority was, what an act was for, an allegation answered (의혹을 해명했다) put in order
against the store's dates, an occasion the store holds on
another day, the last for the first, a denial of what
he admitted, a research done at another employer, a thing
named before its noun as no actor (the Banpo-dong apartment), a place before the speaker. Each faithful sentence beside a wrong twin, which must not be supported.
Through the CLI on the bundled store.
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        (
            "1976년 서울에서 태어난 배경훈은 2025년 7월 17일 과기정통부 장관에 취임했다.",
            "1976년 대구에서 태어난 배경훈은 2025년 7월 17일 과기정통부 장관에 취임했다.",
            "contradicted",
        ),
        (
            "2006년 광운대에서 박사학위를 받은 배경훈은 2006년 삼성탈레스에 입사했다.",
            "2006년 광운대에서 박사학위를 받은 배경훈은 2009년 삼성탈레스에 입사했다.",
            "contradicted",
        ),
        (
            "2012년생 외동딸을 둔 배경훈은 2025년 7월 장관이 됐다.",
            "2012년생 외동딸을 둔 배경훈은 2024년 7월 장관이 됐다.",
            "contradicted",
        ),
        (
            "3년간 2천여억 원이 투입되는 'LG AI연구원'의 초대 원장에 배경훈이 발탁됐다.",
            "5년간 2천여억 원이 투입되는 'LG AI연구원'의 초대 원장에 배경훈이 발탁됐다.",
            "unverified",
        ),
        (
            "2023년 은탑산업훈장 수여 당시 과기정통부는 15개 기업과의 글로벌 파트너십 성과를 "
            "높이 샀다.",
            "2023년 은탑산업훈장 수여 당시 과기정통부는 15개 기업과 글로벌 파트너십을 체결했다.",
            "misleading",
        ),
        (
            "When the science ministry conferred the Silver Tower Order on Bae in 2023, it cited "
            "his global partnerships with 15 companies.",
            "When the science ministry conferred the Silver Tower Order on Bae in 2023, it signed "
            "global partnerships with 15 companies.",
            "misleading",
        ),
        (
            "NEXUS, which LG AI Research unveiled in February 2025, is an agent AI that analyses "
            "data risks automatically.",
            "NEXUS, which LG AI Research unveiled in February 2025, is a reasoning model "
            "specialised in science and coding.",
            "misleading",
        ),
        (
            "배경훈의 부모가 2024년 받은 연금 936만8310원 가운데 과세 대상 소득은 107만 원이었다.",
            "배경훈의 부모가 2024년 받은 연금 936만8310원 가운데 과세 대상 소득은 170만 원이었다.",
            "contradicted",
        ),
        (
            "배경훈의 첫 직장은 2006년 삼성전자와 프랑스 탈레스그룹이 합작한 삼성탈레스였다.",
            "배경훈의 첫 직장은 2009년 삼성전자와 프랑스 탈레스그룹이 합작한 삼성탈레스였다.",
            "contradicted",
        ),
        (
            "배경훈 장관은 올해 말이면 글로벌 상위 10위 안에 드는 LLM이 나올 것이라고 했다.",
            "배경훈 장관은 올해 말이면 글로벌 상위 10위 안에 드는 멀티모달 모델이 나올 것이라고 했다.",
            "contradicted",
        ),
        (
            "Bae expects an LLM in the global top 10 by the end of 2025.",
            "Bae expects a multimodal model in the global top 10 by the end of 2025.",
            "contradicted",
        ),
        (
            "At the July 24, 2025 field meeting, Bae said bold seed investment by the public and "
            "private sectors working together was important.",
            "At the July 24, 2025 field meeting, Bae said bold seed investment by the private "
            "sector alone was important.",
            "misleading",
        ),
        (
            "On December 7, 2020, Bae said LG AI Research's top priority was solving the hard "
            "problems of LG affiliates through AI research.",
            "On December 7, 2020, Bae said LG AI Research's top priority was licensing its AI "
            "models to outside firms.",
            "misleading",
        ),
        (
            "배경훈은 2025년 6월 30일 자녀에게 1억 원을 증여한 것은 자녀의 미래를 위한 투자 "
            "목적이었다고 설명했다.",
            "배경훈은 2025년 6월 30일 자녀에게 1억 원을 증여한 것은 절세 목적이었다고 설명했다.",
            "misleading",
        ),
        (
            "Bae said he gave his child 100 million won in order to invest for the child's future.",
            "Bae said he gave his child 100 million won in order to cut his own income taxes.",
            "misleading",
        ),
        (
            "The 16 LG affiliates agreed to invest about 200 billion won over three years in "
            "securing global talent and AI research and development.",
            "The 16 LG affiliates agreed to spend about 200 billion won over three years buying "
            "overseas chip makers.",
            "misleading",
        ),
        (
            "2025년 7월14일 국회 인사청문회에서 부실복무 의혹을 해명한 배경훈은 이틀 뒤 임명 재가를 "
            "받았다.",
            "2025년 7월16일 임명 재가를 받은 배경훈은 그 뒤에 열린 국회 인사청문회에서 부실복무 "
            "의혹을 해명했다.",
            "misleading",
        ),
        (
            "배경훈은 2025년 6월 30일 청문회 준비 사무실로 출근하며 '이전에 10년을 거주하고 이사할 "
            "때가 돼서 이사한 것'이라고 말했다.",
            "배경훈은 2025년 6월 30일 국회 인사청문회 답변에서 '이전에 10년을 거주하고 이사할 "
            "때가 돼서 이사한 것'이라고 말했다.",
            "misleading",
        ),
        (
            "새 정부 초대 장관 후보자 가운데 2025년 7월 청문회를 통과하고 대통령 재가까지 받은 것은 "
            "배경훈이 처음이다.",
            "새 정부 초대 장관 후보자 가운데 2025년 7월 청문회를 통과하고 대통령 재가까지 받은 것은 "
            "배경훈이 가장 늦게였다.",
            "misleading",
        ),
        (
            "배경훈은 2024년 연말정산을 잘못 신청한 것은 맞다며 2025년 5월 국세청에 정정 신청했다.",
            "배경훈은 2025년 5월 국세청에 정정을 신청했지만 연말정산을 잘못 신청한 건 아니라고 "
            "주장했다.",
            "misleading",
        ),
        (
            "Epoch AI, a US private research organisation, listed EXAONE 3.5 32B among its Notable "
            "AI Models.",
            "Epoch AI, a U.S. government research agency, listed EXAONE 3.5 32B among its Notable "
            "AI Models.",
            "misleading",
        ),
        (
            "The Banpo-dong apartment, three-fifths of which is in Bae's name and the rest in his "
            "spouse's, is worth 4.15 billion won in total.",
            "The Banpo-dong apartment, worth 4.15 billion won in total, is registered entirely in "
            "Bae's own name.",
            "misleading",
        ),
        (
            "On July 24, 2025, at Naver's Gak Sejong AI data center, Bae said building the AI "
            "highway was the starting point for Korea to become a top-three AI power.",
            "On July 24, 2025, at Naver's Gak Sejong AI data center, Bae said building the AI "
            "highway was the final goal for Korea to become a top-three AI power.",
            "misleading",
        ),
    ],
)
def test_a_faithful_shape_beside_its_wrong_twin(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # a measure said to be taken, in an attributive clause: not made done by its shape
        "정부는 AI 기본법 과태료를 1년 넘게 유예하는 조치를 이미 시행했다.",
        # the union head who gave flowers did not make the minister's speech
        "정현석 지부장은 2025년 7월 17일 취임식에서 AI 생태계를 갖추겠다고 말했다.",
        # two facts joined do not make the core of the act what one of them says it is not
        "배 장관은 AI 기본법의 핵심이 산업 진흥보다 규제에 있다고 강조했다.",
        # what was done at one employer, joined to another's name by a second fact
        "배경훈은 SK텔레콤에서 AI 기반 무인자율로봇 연구를 책임졌다.",
    ],
)
def test_what_the_shapes_do_not_excuse(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"
