"""What a sentence reports as said, in which order it puts two events, and of which kind its
figure or event is: the thirty-sixth session's adversary, adv57. A wish or a plan reported as said to be done (엑사원을 키워냈다고
말했다, where he said he wants to grow it); two events put the other way round from the days
the store gives them, each side a clause of the other (임명 재가를 받은 뒤 청문회를 거쳤다);
an act lent by one fact to the place another names, where a third says where it was; a
figure said to be of debts or supercomputers, a cap on prices for one on loans, money deposited
for money borrowed, an event in person for one online (a probe of figures with paraphrased
nouns, the thirty-fifth session)."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 엑사원을 한국 대표 소버린 AI로 키워냈다고 말했다.",
        "배 장관은 자체 파운데이션 모델을 오픈소스로 공개했다고 밝혔다.",
        # (already, in a sentence without a figure)
        "배 장관은 자체 파운데이션 모델을 이미 오픈소스로 공개했다고 밝혔다.",
    ],
)
def test_a_plan_reported_as_said_to_be_done_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "tense", out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 엑사원을 한국 대표 소버린 AI로 키우고 싶다고 말했다.",
        # (a decision told in the past, 하기로 했었다고: how sure, not a deed said done)
        "배 장관은 애초 2028년까지 GPU 오만 장을 확보하기로 했었다고 설명했다.",
    ],
)
def test_a_plan_reported_as_a_plan_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 장관 임명 재가 이후에 국회 인사청문회를 거쳤다.",
        "배경훈은 임명 재가를 받은 뒤 국회 인사청문회를 거쳤다.",
        "Bae's confirmation hearing was held after the president approved his appointment.",
    ],
)
def test_two_events_the_other_way_round_are_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    assert "2025-07-16" in out["message"] and "2025-07-14" in out["message"]


def test_an_order_with_a_side_the_store_does_not_know_is_not_judged(cli):
    # (취임 후: the trip abroad names no event of the store's; no order to deny)
    assert (
        verdict(cli, "배 장관은 취임 후 첫 해외 출장지로 미국을 찾았다.")["verdict"] == "unverified"
    )


def test_an_act_lent_to_a_place_another_fact_does_not_give_it_is_not_supported(cli):
    # (his alternative service was at Samsung Thales; he worked at SK Telecom later)
    assert (
        verdict(cli, "배경훈은 SK텔레콤에서 전문연구요원으로 복무했다.")["verdict"] != "supported"
    )
    assert (
        verdict(cli, "배경훈은 삼성탈레스에서 전문연구요원으로 복무했다.")["verdict"] == "supported"
    )


def test_a_mention_of_a_pledge_is_told_done_not_the_pledge(cli):
    # (he mentioned the leap to a top-three AI power as pledge No. 1: the mention is done)
    claim = "취임식에서 배경훈은 AI 3대 강국 도약을 국민주권 정부의 제1호 공약으로 언급했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # (the figure of his assets said to be of his debts; the GPU plan's of supercomputers)
        ("배경훈이 인사청문 자료에 신고한 부채 총액은 36억9767만 원이다.", "relation"),
        ("Bae reported total liabilities of 3.69767 billion won.", "relation"),
        ("과기부는 당초 2028년까지 슈퍼컴퓨터 5만 대를 확보하기로 했다.", "relation"),
        # (a cap on home prices for the cap on mortgage loans)
        ("국토교통부는 수도권 아파트 매매가격 상한을 6억 원으로 제한했다.", "relation"),
        (
            "The Land Ministry capped apartment sale prices in the capital region at 600 million won.",
            "relation",
        ),
        # (money deposited, where he borrowed it)
        ("Bae deposited 750 million won in a bank on June 10, 2025.", "direction"),
    ],
)
def test_a_figure_or_an_event_of_another_kind_is_misleading(cli, claim, reason):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == reason, out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈이 신고한 재산 총액은 36억9767만 원이다.",
        "Bae reported total assets of 3.69767 billion won.",
        "국토교통부는 수도권 주담대 한도를 6억 원으로 제한했다.",
        "The land ministry capped mortgage loans in the capital region at 600 million won.",
        "Bae borrowed 750 million won on June 10, 2025.",
    ],
)
def test_a_figure_or_an_event_of_its_own_kind_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (first in Korea, said to be first in the world; one fact's "first unveiled" lent)
        "엑사원 딥은 세계 최초 추론 AI 모델이다.",
        "엑사원 3.0은 세계 최초의 오픈소스 초거대 AI 모델이다.",
    ],
)
def test_first_in_the_world_where_the_source_says_first_in_korea_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (became minister: approved on July 16, took office on July 17; not the nomination of
        # June 23, which came before the release of July 15)
        (
            "EXAONE 4.0 was released on July 15, 2025, after Bae had already become minister.",
            "misleading",
        ),
        ("엑사원 4.0은 배경훈이 장관이 된 뒤인 2025년 7월 15일 공개됐다.", "misleading"),
        (
            "EXAONE 4.0 was released on July 15, 2025, shortly before Bae became minister.",
            "supported",
        ),
        ("엑사원 4.0은 배경훈이 장관이 되기 전인 2025년 7월 15일 공개됐다.", "supported"),
        ("Bae became minister after EXAONE 4.0 was released.", "supported"),
    ],
)
def test_becoming_minister_is_ordered_by_the_appointment_not_the_nomination(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "misleading":
        assert out["reason"] == "direction"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (adv58: the announcement of June 28 came after the loan of June 10)
        ("국토부의 6월28일 대출 규제 발표는 배경훈이 대출을 받기 전에 나왔다.", "misleading"),
        ("국토부의 6월28일 대출 규제 발표는 배경훈이 대출을 받은 뒤에 나왔다.", "supported"),
        # (a span counted from an event is the interval's to weigh, not an order of its own)
        ("엑사원 2.0 공개 약 1년 뒤 엑사원 3.0이 공개됐다.", "supported"),
        # (the upgrade to deputy prime minister level is the ministry's, no title of his)
        ("배경훈은 부총리 격상 후 과학기술 AI 장관회의를 주최하겠다고 말했다.", "supported"),
        # (appointed, by the fact of the first nominee whose appointment was approved)
        ("배경훈은 LG그룹에 합류한 지 약 9년 만에 장관에 임명됐다.", "supported"),
    ],
)
def test_adv58_orders_spans_and_posts(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배경훈은 SK텔레콤에서 전문연구요원으로 복무했다.", "SK텔레콤", "삼성탈레스기술연구소"),
        ("배경훈은 LG전자에서 AI플랫폼담당 상무로 일했다.", "LG전자", "LG유플러스"),
    ],
)
def test_an_act_a_third_fact_places_elsewhere_is_contradicted_with_its_place(
    cli, claim, found, expected
):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["found"], out["expected"]) == (found, expected)


def test_an_order_against_an_event_the_source_dates_twice_is_not_denied(cli):
    # (the contract: March 5 in his account, after the June 10 loan in the article's)
    claim = "배경훈 장관은 2025년 6월10일 주택담보대출을 받은 뒤 서초구 아파트 매매계약을 체결했다."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_model_told_of_in_a_year_before_it_came_out_is_misleading(cli):
    # (a year alone, 2023, against a release of 2025-07-15: the year tells it)
    claim = (
        "In 2023 Bae received the Silver Tower Order of Industrial Service Merit for EXAONE 4.0."
    )
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and "2025-07-15" in out["message"], out


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (he applied for the correction himself; no notice from the tax office)
        ("배경훈은 2025년 5월 국세청으로부터 인적공제를 정정하라는 통보를 받았다.", "misleading"),
        (
            "Bae was ordered by the National Tax Service in May 2025 to correct the deduction.",
            "misleading",
        ),
        ("배경훈은 2025년 5월 국세청에 인적공제 정정을 신청했다.", "supported"),
        ("Bae filed a correction with the National Tax Service in May 2025.", "supported"),
    ],
)
def test_told_to_by_another_where_he_applied_himself(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_hyperscale_is_no_university():
    from factcli.text.analysis import names_of

    assert names_of("LG AI연구원은 2021년 초거대 AI 엑사원을 최초로 공개했다.") == (
        ("employer", "LG AI연구원", 0),
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (the review of the session's diff: a saying reported, an act told on the way, a wish
        # in the past, already said; a mention of an achievement; world-class; a cap on loans)
        ("배경훈은 엑사원을 한국 대표 소버린 AI로 키우고 싶다고 강조했다고 전해졌다.", "supported"),
        (
            "배경훈은 LG AI연구원이 엑사원을 개발했다며 엑사원을 한국 대표 소버린 AI로 키우고 싶다고 말했다.",
            "supported",
        ),
        ("Bae said he had hoped to grow EXAONE into Korea's flagship sovereign AI.", "supported"),
        ("배경훈은 이미 엑사원을 한국 대표 소버린 AI로 키우고 싶다고 말했다.", "supported"),
        ("배 장관은 2030년까지 GPU 20만장을 구축한 성과를 언급했다.", "unverified"),
        (
            "LG AI연구원은 2024년 8월 7일 세계 최고 수준의 엑사원 3.0을 오픈소스로 공개했다.",
            "supported",
        ),
        (
            "The ministry set a 600 million won cap on loans regardless of prices in the capital region.",
            "supported",
        ),
        ("부채의 총액은 36억9767만 원이다.", "misleading"),
    ],
)
def test_the_reviews_cases(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_an_order_judged_without_its_sides_names_its_events(cli):
    out = verdict(cli, "배경훈은 박사학위를 받은 뒤 석사학위를 받았다.")
    assert out["verdict"] == "misleading" and out["fact_id"], out
    assert "()" not in out["message"]


def test_said_words_are_read_from_the_start_in_linear_time():
    import time

    from factcli.judge.remarks import said_words

    assert said_words("배경훈은 엑사원을 키우고 싶다고 말했다.") == "엑사원을 키우고 싶"
    started = time.perf_counter()
    assert said_words("가" * 40_000 + " 공개했다") is None
    assert time.perf_counter() - started < 5.0  # (~15 s when searched from every place)


def test_an_event_in_person_where_the_source_says_online_is_contradicted(cli):
    out = verdict(
        cli, "LG AI연구원 출범행사는 2020년 12월7일 LG사이언스파크에서 대면 행사로 열렸다."
    )
    assert out["verdict"] == "contradicted" and out["expected"] == "온라인", out
    assert (
        verdict(cli, "LG AI연구원은 2020년 12월7일 비대면 출범행사를 열었다.")["verdict"]
        == "supported"
    )
