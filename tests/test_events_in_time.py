"""Events against each other in time: which came first, how long between, when a remark was made.

Through the CLI on the bundled store (judge.sequence, judge.intervals, judge.remarks).
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        # EXAONE 1.0 came in December 2022, 2.0 on 2023-07-19
        ("LG AI연구원은 엑사원 2.0을 먼저 내놓은 뒤 2022년 12월 엑사원 1.0을 공개했다.", False),
        ("LG AI연구원은 엑사원 1.0을 먼저 내놓은 뒤 2023년 7월 엑사원 2.0을 공개했다.", True),
        ("EXAONE 2.0 came out before EXAONE 1.0, which followed in December 2022.", False),
        # the hearing (2025-07-14) came before the approval (2025-07-16)
        ("배경훈은 2025년 7월16일 임명 재가를 받은 뒤 국회 인사청문회에 출석했다.", False),
        (
            "Bae's confirmation hearing on July 14 came after the president approved his appointment.",
            False,
        ),
        ("배경훈은 2025년 7월14일 국회 인사청문회를 거친 뒤 7월16일 임명 재가를 받았다.", True),
        # Samsung Thales (2006), then SK Telecom (2011)
        ("Bae joined SK Telecom first and moved to Samsung Thales in 2006.", False),
        # NEXUS (2025-02) came before EXAONE Deep (2025-03-18)
        (
            "LG AI연구원은 엑사원 딥을 먼저 내놓은 뒤 2025년 2월 에이전트 AI '넥서스'를 공개했다.",
            False,
        ),
        # "followed it with": the first named came first
        (
            "LG AI Research released EXAONE 3.0 as open source on August 7, 2024, and followed "
            "it with EXAONE 3.5 four months later.",
            True,
        ),
    ],
)
def test_the_order_of_two_events(cli, claim, right):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    if right:
        assert out["verdict"] not in ("contradicted", "misleading"), out["message"]
    else:
        assert out["verdict"] != "supported", out["message"]
        assert out["verdict"] != "misleading" or out["reason"] == "direction"


@pytest.mark.parametrize(
    ("claim", "want", "expected"),
    [
        # inauguration 2025-07-17, letter of appointment 2025-07-23: six days
        (
            "Bae received his letter of appointment six days after his inauguration.",
            "supported",
            "",
        ),
        (
            "Bae received his letter of appointment nine days after his inauguration.",
            "contradicted",
            "6 days",
        ),
        ("배 장관, 취임식 엿새 만에 용산 대통령실서 임명장 받아", "supported", ""),
        (
            "Six days after his July 17 inauguration in Sejong, Bae was handed his letter of "
            "appointment by President Lee at the Yongsan presidential office.",
            "supported",
            "",
        ),
        # the loan (2025-06-10), the cap (2025-06-28): 18 days
        (
            "배경훈이 7억5000만 원의 주택담보대출을 받은 지 18일 뒤, 국토부는 수도권 주담대 한도를 "
            "6억 원으로 묶었다.",
            "supported",
            "",
        ),
        (
            "배경훈이 7억5000만 원의 주택담보대출을 받은 지 12일 뒤, 국토부는 수도권 주담대 한도를 "
            "6억 원으로 묶었다.",
            "contradicted",
            "18일",
        ),
        (
            "Bae took out a 750 million won mortgage 10 days before the government capped such "
            "loans at 600 million won.",
            "contradicted",
            "18 days",
        ),
    ],
)
def test_the_time_between_two_events(cli, claim, want, expected):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out["message"]
    if expected:
        assert expected in out["message"]


def test_a_remark_dated_by_the_occasion_of_another(cli):  # type: ignore[no-untyped-def]
    # He said he knew nothing of the lending rule on 2025-06-30, not at the hearing
    out = verdict(
        cli,
        "At his July 14, 2025 confirmation hearing, Bae said he had known nothing in advance "
        "about the mortgage restriction.",
    )
    assert out["verdict"] == "contradicted", out["message"]
    assert "2025-06-30" in out["message"]
    # ... and what he did say at the hearing stands
    out = verdict(
        cli,
        "At his July 14, 2025 confirmation hearing, Bae said he had received approval from his "
        "company and the Military Manpower Administration for his doctorate.",
    )
    assert out["verdict"] not in ("contradicted", "misleading"), out["message"]


def test_a_scheduled_act_told_as_done_beside_another_fact(cli):  # type: ignore[no-untyped-def]
    out = verdict(
        cli,
        "By the September 12 press briefing, the science ministry had already been upgraded to "
        "deputy-prime-minister rank under the reorganisation plan announced on September 7.",
    )
    assert out["verdict"] == "misleading" and out["reason"] == "tense", out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # a participle's phrase or a description leads; the subject follows the comma
        "Open-sourced on August 7, 2024, EXAONE 3.0 ranked first on 13 benchmarks.",
        "Born in Seoul, Bae earned a doctorate from Kwangwoon University.",
    ],
)
def test_a_leading_phrase_is_no_actor(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_korean_remark_at_a_named_occasion(cli):  # type: ignore[no-untyped-def]
    # the occasion's words (엔비디아 GTC 2025에서) are the occasion fact's, not the remark's
    out = verdict(
        cli,
        "배경훈은 2025년 3월 엔비디아 GTC 2025에서 엑사원을 한국을 대표하는 소버린 AI로 키우고 싶다고 했다.",
    )
    assert out["verdict"] == "supported", out["message"]
    # ... and what was said must still be the remark's
    out = verdict(cli, "배경훈 장관은 2025년 9월 12일 AI 기본법의 핵심은 규제라고 말했다.")
    assert out["verdict"] != "supported", out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # the inauguration (2025-07-17) came after the approval (2025-07-16)
        "배경훈은 취임식을 먼저 치른 뒤 2025년 7월16일 대통령의 임명 재가를 받았다.",
        "Bae's inauguration ceremony took place before President Lee approved his appointment on "
        "July 16, 2025.",
    ],
)
def test_an_event_a_side_names_by_its_day(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_pledge_put_on_another_occasion(cli):  # type: ignore[no-untyped-def]
    wrong = (
        "At the Naver Gak Sejong data center on July 24, 2025, Bae pledged to quickly expand "
        "world-class AI infrastructure such as the national AI computing center's sixth supercomputer."
    )
    out = verdict(cli, wrong)
    assert out["verdict"] == "contradicted" and "2025-07-17" in out["message"], out["message"]
    right = (
        "On July 17, 2025, at his inauguration, Bae vowed to swiftly expand world-class AI "
        "infrastructure including the sixth supercomputer of the national AI computing centre."
    )
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # a condition (30% supplied by the government, if...), a goal (50,000 by 2028)
        "Bae said the government already supplies about 30 percent of the GPUs needed by SMEs and academia.",
        "Bae said the 50,000 GPUs originally planned for 2028 had already been secured.",
    ],
)
def test_already_done_where_the_source_tells_of_a_goal_or_a_condition(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "tense", out["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # approval 2025-07-16; inauguration 2025-07-17; EXAONE 4.0 2025-07-15
        (
            "배경훈은 임명 재가 다음 날인 2025년 7월17일 정부세종청사에서 취임식을 가졌다.",
            "supported",
        ),
        ("엑사원 4.0은 배경훈 장관 임명 재가 하루 전인 2025년 7월15일 공개됐다.", "supported"),
        ("엑사원 4.0은 배경훈 장관 임명 재가 이틀 전인 2025년 7월15일 공개됐다.", "contradicted"),
        (
            "On June 28, 2025, 18 days after Bae took out his loan, the Land Ministry capped "
            "capital-region mortgages at 600 million won.",
            "supported",
        ),
    ],
)
def test_the_next_day_and_the_day_before(cli, claim, want):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장관은 1976년 5월 서울 태생이다.",
        "Bae owns three-fifths of a 106-square-meter apartment in Banpo-dong, with the rest in "
        "his spouse's name.",
        "EXAONE has been released in six versions: 1.0, 2.0, 3.0, 3.5, Deep and 4.0.",
    ],
)
def test_faithful_wordings(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the cap (6억, 2025-06-28) told to date the loan (2025-06-10): each clause its fact's
        (
            "배경훈은 국토교통부가 수도권 주택담보대출 한도를 6억 원으로 묶기 전인 2025년 6월 10일에 대출을 받았다.",
            "supported",
        ),
        (
            "배경훈은 국토부가 수도권 주담대 한도를 6억 원으로 묶는 규제를 내놓은 2025년 6월 28일보다 앞선 "
            "6월 10일에 7억5천만 원의 주택담보대출을 받았다.",
            "supported",
        ),
        # ... the loan told as after the cap: each clause holds, the order does not
        (
            "배경훈은 국토교통부가 수도권 주택담보대출 한도를 6억 원으로 묶은 뒤인 2025년 6월 10일에 대출을 받았다.",
            "misleading",
        ),
    ],
)
def test_an_event_told_to_date_another(cli, claim, want):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out["message"]


def test_plans_told_at_an_occasion_are_a_done_telling(cli):  # type: ignore[no-untyped-def]
    # 엑사원의 향후 계획을 밝혔다 (the GTC meeting): what he said there took place
    out = verdict(
        cli,
        "Speaking at Nvidia's GTC 2025 on March 18, 2025, Bae said moving from EXAONE 3.0 to 3.5 "
        "took four months but EXAONE Deep took just 42 days.",
    )
    assert out["verdict"] == "supported", out["message"]


def test_after_which_keeps_the_order_written(cli):  # type: ignore[no-untyped-def]
    # the hearing (2025-07-14), after which the approval (2025-07-16): true as written
    right = (
        "Bae attended his confirmation hearing on July 14, 2025, after which the president "
        "approved his appointment."
    )
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2021년 스탠퍼드 SQuAD 경진대회에서 역대 최고 점수로 세계 1위를 기록했다.",
        "EXAONE 3.5 ranked highest among the 62 notable AI models in Stanford HAI's AI Index Report 2025.",
    ],
)
def test_a_record_no_fact_tells(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"
