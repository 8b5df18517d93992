"""What a source only asks, said as an answer; a goal whose worth is weighed; the end of a
thing told with the date of another thing its fact tells of; steps put in another order; a
compound that is not its first word; a maker's name before its product (the thirty-eighth
session's adversary, adv62, and development controls)."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 2028년까지 GPU 5만 장이라는 당초 목표가 충분한지 고민했다고 털어놨다.",
        "배 장관은 2028년까지 5만 장으로 잡았던 기존 GPU 확보 목표가 충분한지 고민했다고 말했다.",
        "Bae said he had wondered whether 50,000 GPUs by 2028 would be enough.",
        "Bae said the government had originally planned to secure 50,000 GPUs by 2028 but had "
        "wondered whether that would be enough.",
    ],
)
def test_a_goal_whose_worth_was_weighed_is_supported(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out
    assert "policy-gpu-target-2028" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said 50,000 GPUs by 2028 would be enough.",
        "Bae said the original goal of 50,000 GPUs by 2028 was enough.",
    ],
)
def test_an_answer_to_what_the_source_only_asks_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "certainty", out
    assert "only asks whether" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # (the goal is decided: weighing the goal itself, not its worth, is another certainty)
        "과기부는 2028년까지 GPU 5만장 확보를 고민하고 있다.",
        "The ministry is considering securing 50,000 GPUs by 2028.",
    ],
)
def test_a_decided_goal_told_as_weighed_stays_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "certainty", out


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("배경훈의 전문연구요원 복무는 2006년 8월에 끝났다.", "2008-05-02"),
        ("Bae's alternative service ended in August 2006.", "2008-05-02"),
        ("배경훈의 전문연구요원 복무는 2003년 3월 시작됐다.", "2003-09-25"),
        ("Bae's alternative service began in March 2003.", "2003-09-25"),
    ],
)
def test_the_end_of_a_thing_is_read_against_that_things_own_fact(cli, claim, expected):
    # (March 2003 - August 2006 is the doctorate told by a fact of his service's years)
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert expected in out["message"] and "bae-military-service" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 전문연구요원 복무는 2008년 5월에 끝났다.",
        "배경훈의 광운대 박사과정은 2006년 8월에 끝났다.",
        "During his alternative service, Bae finished his doctorate in August 2006.",
        "전문연구요원으로 복무하던 배경훈은 2006년 8월 광운대 박사과정을 마쳤다.",
    ],
)
def test_the_end_of_the_thing_its_fact_tells_of_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_steps_put_in_another_order_are_misleading(cli):
    out = verdict(
        cli,
        "배 장관이 공개한 AI 모델 개발 로드맵은 '멀티모달(LMM)-언어모델(LLM)-행동모델(LAM)' 순서다.",
    )
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    assert "언어모델(LLM) - 멀티모달(LMM)" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관이 공개한 AI 모델 개발 로드맵은 '언어모델(LLM)-멀티모달(LMM)-행동모델(LAM)' 순서다.",
        # (from start to finish is no list of steps)
        "The minister stressed AI from start to finish at his inauguration.",
    ],
)
def test_steps_in_the_sources_order_or_no_steps_are_not_flagged(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_compound_of_a_paraphrased_word_is_another_thing(cli):
    # (자율주행차, a self-driving car, is not 자율, the autonomy of the robots he researched)
    out = verdict(cli, "배경훈은 삼성탈레스 종합연구소에서 AI 기반 자율주행차 연구를 책임졌다.")
    assert out["verdict"] != "supported", out
    ok = verdict(cli, "배경훈은 삼성탈레스에서 AI 기반 무인자율로봇 연구를 책임졌다.")
    assert ok["verdict"] == "supported", ok


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said around 2,000 Nvidia H200 graphics chips would be needed to scale up the model.",
        "배경훈은 매개변수 확대를 위해 엔비디아 H200 그래픽처리장치 2천 장 정도가 필요하다고 말했다.",
    ],
)
def test_a_makers_name_before_its_product_is_no_detail(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        ("Bae said around 2,000 Nvidia H100 chips would be needed to scale up the model.", "H100"),
    ],
)
def test_another_product_of_the_maker_is_contradicted(cli, claim, found):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted" and found in out["message"], out


def test_a_forecast_of_what_some_will_need_is_no_condition(cli):
    # (SMEs will need: a demand; has decided to supply: a decision the source does not give)
    out = verdict(
        cli,
        "Bae announced the government has decided to supply 30% of the GPUs SMEs and academia "
        "will need in 2030.",
    )
    assert out["verdict"] == "misleading" and out["reason"] == "certainty", out


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # (재가를 받았다: the appointment approved, told in the passive, not a thing received)
        (
            "배경훈은 새 정부 초대 장관 후보자 가운데 처음으로 인사청문회를 통과하고 대통령 "
            "임명 재가를 받았다.",
            "minister-first-approved-nominee",
        ),
        # (5647만 원 규모: the size of a holding, no word of its own)
        (
            "장녀가 보유했던 'LG 크래프트 AI-파워드 US 라지캡 코어'는 5647만 원 규모였다.",
            "controversy-daughter-stock-lg-craft",
        ),
        # (높일 것으로: 높이는 데, another form of the verb)
        (
            "강훈식 실장은 배경훈이 네이버 출신 하정우 AI미래기획수석과 함께 AI 기술경쟁력을 "
            "높일 것으로 기대했다.",
            "minister-nomination-kang-expects-ha",
        ),
    ],
)
def test_korean_forms_of_the_sources_words_are_supported(cli, claim, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "supported" and expected in out["message"], out


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        (
            "배경훈은 새 정부 초대 장관 후보자 가운데 두 번째로 인사청문회를 통과하고 대통령 임명 "
            "재가를 받았다.",
            "두 번째",
            "처음",
        ),
        (
            "강훈식 실장은 배경훈이 카카오 출신 하정우 AI미래기획수석과 함께 AI 기술경쟁력을 높일 "
            "것으로 기대했다.",
            "카카오",
            "네이버",
        ),
        # (the date agrees with the letter's fact, handed at the presidential office: the place
        # is what is wrong, not the day the approval's fact gives)
        ("배경훈은 2025년 7월23일 정부세종청사에서 임명장을 받았다.", "정부세종청사", "대통령실"),
    ],
)
def test_the_wrong_word_is_the_one_named(cli, claim, found, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert f"{found} should be {expected}" in out["message"], out


@pytest.mark.parametrize(
    ("claim", "cause"),
    [
        (
            "Bae was promoted to executive in the 2018 year-end reshuffle for leading the "
            "development of EXAONE.",
            "for leading",
        ),
        ("배경훈은 엑사원 개발을 이끈 공로로 2018년 연말 인사에서 상무로 승진했다.", "공로로"),
    ],
)
def test_what_a_promotion_was_for_needs_a_fact_that_gives_it(cli, claim, cause):
    # (the source gives the promotion, not why: EXAONE came after it)
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified" and cause in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        "Bae received the Silver Tower Order of Industrial Service Merit in 2023 for "
        "commercialising hyperscale AI.",
        "배경훈은 초거대 AI 상용화 공로로 2023년 은탑산업훈장을 받았다.",
    ],
)
def test_what_an_honour_was_for_is_supported_where_the_source_gives_it(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_two_posts_told_in_the_other_order_are_misleading(cli):
    # (the source: LG사이언스파크 AI담당 상무로 재직하다 AI연구원장을 맡았다)
    out = verdict(
        cli, "배경훈은 LG전자에서 AI연구원장으로 재직하다 LG사이언스파크 AI담당 상무를 맡았다."
    )
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    assert "LG사이언스파크 AI담당 상무 - AI연구원장" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 LG전자에서 LG사이언스파크 AI담당 상무로 재직하다 AI연구원장을 맡았다.",
        # (the route's first stop is the employer of the post named: LG사이언스파크's)
        "배경훈은 LG사이언스파크 AI담당 상무를 거쳐 LG AI연구원장을 맡았다.",
        "배경훈은 LG전자 LG사이언스파크 AI담당 상무를 거쳐 LG AI연구원장을 맡았다.",
        # (facts tied at the top: the post's own before an award's that names it)
        "배경훈은 LG AI연구원장을 맡았다.",
    ],
)
def test_two_posts_in_the_sources_order_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_route_the_other_way_round_is_misleading(cli):
    out = verdict(cli, "배경훈은 LG AI연구원장을 거쳐 LG사이언스파크 AI담당 상무를 맡았다.")
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out


def test_his_own_act_to_come_given_to_another_office_is_misleading(cli):
    out = verdict(
        cli,
        "Bae said the Prime Minister will host the science, technology and AI ministers' "
        "meeting after the elevation.",
    )
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    assert "the Prime Minister" in out["message"]
    ok = verdict(
        cli,
        "Bae said he will host the science, technology and AI ministers' meeting after the "
        "elevation.",
    )
    assert ok["verdict"] == "supported", ok


def test_while_employed_is_no_clause_of_its_own(cli):
    # (its one word judged alone read as a thing done, against the company's demand)
    out = verdict(
        cli,
        "Bae said the company required him to study for the doctorate part-time while employed.",
    )
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_the_day_of_a_remark_is_no_certainty_of_what_was_said(cli):
    # (털어놨다 is a saying: the day is the remark's; 2030 and 20만장 tell how sure)
    out = verdict(
        cli,
        "배 장관은 9월 12일 간담회에서 2030년까지 GPU 20만장을 구축하는 방안을 고민하고 "
        "있다고 털어놨다.",
    )
    assert out["verdict"] == "supported", out


@pytest.mark.parametrize(
    "claim",
    [
        # (the day of the remark alone: what was said is still weighed, 확정 no word of it)
        "배 장관은 9월 12일 AI 기본법 과태료 부과를 유예하기로 확정했다고 말했다.",
        "배 장관은 9월 12일 부총리 격상 후 과학기술 AI 장관회의를 주최하기로 확정했다고 밝혔다.",
    ],
)
def test_a_decision_told_on_the_day_of_a_remark_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the reviewer's false sentences on the session's first change)
        "Bae said 50,000 GPUs by 2028 would be sufficient.",
        "Bae said the original goal of 50,000 GPUs by 2028 was adequate.",
        "배 장관은 2028년까지 GPU 5만 장이라는 당초 목표가 과도한지 고민했다고 말했다.",
        "배 장관은 2028년까지 GPU 5만 장이라는 당초 목표가 충분하며 추가 검토는 없다고 말했다.",
        "Bae said that if anything, the original goal of 50,000 GPUs by 2028 was enough.",
        "In September 2025 the ministry decided to secure 50,000 GPUs by 2028.",
        "과기부는 당초 2028년까지 엔비디아 GPU 5만장을 확보하기로 했다.",
        "The ministry's original goal was to secure 50,000 Nvidia GPUs by 2028.",
        "배경훈은 삼성탈레스에서 AI 기반 자율자동차 연구를 책임졌다.",
        "배경훈은 삼성탈레스에서 AI 기반 자율보행차 연구를 책임졌다.",
        "배경훈은 LG전자에서 AI연구원장으로 재직하던 중 LG사이언스파크 AI담당 상무를 맡았다.",
        "On September 12, 2025, Bae said the Prime Minister would host the science, technology "
        "and AI ministers' meeting after the elevation.",
    ],
)
def test_false_sentences_near_this_sessions_rules_are_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae recalled that the original target was 50,000 GPUs by 2028, but he questioned "
        "whether that scale would be enough.",
        "Chief of Staff Kang Hoon-sik described Bae as an AI scholar and entrepreneur who had "
        "received the Silver Tower Order of Industrial Service Merit for commercialising "
        "hyperscale AI.",
    ],
)
def test_true_sentences_near_this_sessions_rules_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"
