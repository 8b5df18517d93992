"""Who did it and what the words beside the right figures say (the fourteenth session's rules):
the fact that records who acted, a passive's agent, a giver named by a title, a word said the
other way by another fact, upper and lower limits, who invests in whom, what a remark says the
core is, "only in X", a group left out that the source counts in, figures compared the wrong way,
a denied act, a post before its body existed, the venue of that very day, a school joined from
another fact. Each wrong sentence beside a faithful twin, which must stay supported; and the
language that reads faithful sentences right. Through the CLI on the bundled store.
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("wrong", "want", "right"),
    [
        (
            "2025년 7월 16일 국회가 배경훈 장관 임명안을 재가했다.",
            "misleading",
            "2025년 7월 16일 이재명 대통령이 배경훈 장관 임명안을 재가했다.",
        ),
        (
            "Bae was appointed minister on July 16, 2025 by the National Assembly.",
            "misleading",
            "Bae was appointed minister on July 16, 2025 by President Lee Jae-myung.",
        ),
        (
            "Bae received his letter of appointment from the prime minister on July 23, 2025.",
            "contradicted",
            "Bae received his letter of appointment from the president on July 23, 2025.",
        ),
        (
            "Stanford HAI's AI Index Report 2025 named EXAONE 3.5 as one of several Korean models "
            "among its 62 notable AI models.",
            "misleading",
            "스탠퍼드대 HAI의 'AI 인덱스 보고서 2025'가 꼽은 주목할 만한 AI 모델 62개 가운데 한국 "
            "모델은 엑사원 3.5뿐이었다.",
        ),
        (
            "국토교통부는 2025년 6월28일 수도권 주택담보대출의 최저한도를 6억 원으로 정했다.",
            "misleading",
            "국토교통부는 2025년 6월28일 수도권 주택담보대출의 최대한도를 6억 원으로 제한했다.",
        ),
        (
            "Under the income tax law as of 2025, the basic dependent deduction is allowed only "
            "for dependents aged 60 or younger.",
            "misleading",
            "Under the income tax law as of 2025, the basic dependent deduction is allowed only "
            "for dependents aged 60 or older.",
        ),
        (
            "LG전자·화학·유플러스·CNS 등 16개 계열사는 3년간 LG AI연구원으로부터 2천여억 원을 "
            "투자받기로 했다.",
            "misleading",
            "LG전자·화학·유플러스·CNS 등 16개 계열사는 3년간 2천여억 원을 투자하기로 했다.",
        ),
        (
            "배경훈은 2025년 7월24일 네이버 '각 세종'에서 AI 고속도로 구축이 AI 3대 강국 도약의 "
            "최종 목표라고 말했다.",
            "misleading",
            "배경훈은 2025년 7월24일 네이버 '각 세종'에서 AI 고속도로 구축이 AI 3대 강국 도약의 "
            "출발점이라고 말했다.",
        ),
        (
            "배 장관은 2025년 9월 12일 정부세종청사에서 기자간담회를 열고 과학기술 AI 정책 청사진을 "
            "내놨다.",
            "contradicted",
            "배 장관은 2025년 9월 12일 HJ비즈니스센터에서 기자간담회를 열고 과학기술 AI 정책 "
            "청사진을 내놨다.",
        ),
        (
            "'엑사원 3.0'은 13개 벤치마크 가운데 코딩 영역에서만 1위를 차지했다.",
            "misleading",
            "엑사원 3.0은 코딩·수학 등 13개 벤치마크 점수 순위에서 1위를 차지했다.",
        ),
        (
            "Bae's daughter held more in deposits (18.19 million won) than in securities "
            "(85.49 million won).",
            "misleading",
            "Bae's daughter held less in deposits (18.19 million won) than in securities "
            "(85.49 million won).",
        ),
        (
            "Bae said he gave his daughter 100 million won but did not pay gift tax on it.",
            "misleading",
            "배경훈은 딸에게 1억 원을 증여하고 증여세를 냈다고 말했다.",
        ),
        (
            "배경훈은 2018년 연말 인사에서 LG AI연구원장으로 승진했다.",
            "misleading",
            "배경훈은 2018년 연말 인사에서 임원으로 승진했다.",
        ),
        (
            "배 장관은 AI 기본법 과태료 부과를 최소 1년 이상 유예하겠다면서도 AI 기본법의 핵심은 "
            "규제에 있다고 강조했다.",
            "misleading",
            "배 장관은 AI 기본법 과태료 부과를 최소 1년 이상 유예하겠다면서도 AI 기본법의 핵심은 "
            "산업 진흥에 있다고 강조했다.",
        ),
        (
            "Bae Kyung-hoon, born in May 1976, graduated from Yonsei University's department of "
            "electronic engineering.",
            "contradicted",
            "Bae Kyung-hoon, born in May 1976, graduated from Kwangwoon University's department "
            "of electronic engineering.",
        ),
        (
            "Bae switched to the LG Economic Research Institute in 2017.",
            "misleading",
            "Bae switched to the LG Economic Research Institute in 2016.",
        ),
    ],
)
def test_a_wrong_word_beside_its_faithful_twin(cli, wrong, want, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] == want
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # an age set off by "then"; the clause's own topic after a copula and a comma
        "LG picked Bae, then 44, as the first head of LG AI Research, which was set up on "
        "December 7, 2020.",
        "배우자의 예금은 1292만 원이고, 장녀의 예금과 증권은 합쳐서 1억368만 원이다.",
        # a perfect participle's phrase, an event of its own; an ordinal day; "not until"
        "Having moved to SK Telecom's Future Technology Institute in 2011, Bae switched to the "
        "LG Economic Research Institute in 2016.",
        "Bae was inaugurated on July 17th, 2025.",
        "It was not until June 2021 that Bae was promoted to executive vice president at LG AI "
        "Research.",
        # the giver giving to the receiver; a passive's subject the fact names
        "과기부는 2023년 배경훈에게 은탑산업훈장을 주면서 15개 기업과의 글로벌 파트너십 체결과 "
        "초거대 AI 상용화 성과를 높이 평가했다.",
        "LG AI Research was launched on December 7, 2020, with Bae, then 44, as its founding head.",
        # a field another fact of the subject names; two figures of a limit compared rightly
        "Born in Seoul in May 1976, Bae went on to study electronic engineering at Kwangwoon "
        "University.",
        "His parents' taxable income of 1.07 million won was more than the 1 million won limit.",
    ],
)
def test_faithful_sentences_read_right(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "wrong"),
    [
        # two figures the sentence's values contradict in another way
        ("LG picked Bae, then 45, as the first head of LG AI Research in December 2020.", "45"),
        ("배우자의 예금은 1292만 원이고, 장녀의 예금과 증권은 합쳐서 1억468만 원이다.", "1억468만"),
        ("Bae was inaugurated on July 18th, 2025.", "July 18th"),
    ],
)
def test_a_wrong_figure_in_those_shapes_is_contradicted(cli, claim, wrong):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert wrong in out["message"]


def test_another_events_date_does_not_contradict_a_verb_the_store_never_uses(cli):  # type: ignore[no-untyped-def]
    """위원장에 선출됐다: no fact tells of the election; the inauguration's date is not its."""
    claim = "정현석 위원장은 2024년 공무원노조 과학기술정보통신지부 위원장에 선출됐다."
    assert verdict(cli, claim)["verdict"] == "unverified"
