"""A figure compared with a thing the sentence names without its figure; a span told by a
cleft sentence (A한 것은 B한 지 18일 뒤였다); a rule's ceiling told with another figure; a
change of rank down the ladder; the order of two steps of a plan; a pledge told as a pledge
(the thirty-seventh session's adversary, adv59, and development controls)."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (the cap is less than the 7억5천만 loan: the store's figure of the thing is not found
        # with confidence, so the cap alone does not vouch for the comparison)
        "국토교통부가 정한 수도권 주담대 한도 6억 원은 배경훈이 받은 대출액보다 많다.",
        # (words the store's figure of the thing does not hold: the spouse's overseas or
        # hidden deposits)
        "배경훈 본인 예금 1억7124만 원은 배우자의 해외 예금보다 많았다.",
        "Bae's own deposits of 171.24 million won were larger than his spouse's hidden deposits.",
        # (a sum of two holdings: no one figure of the store)
        "The daughter's stake in the LG Craft AI-Powered US Large Cap Core fund, worth 56.47 "
        "million won, was larger than her Meta and Microsoft holdings combined.",
    ],
)
def test_a_figure_compared_with_a_thing_without_one_is_not_supported(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out
    assert "to compare" in out["message"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("배경훈 본인 예금 1억7124만 원은 배우자 예금보다 적었다.", "assets-spouse-deposits"),
        (
            "LG 크래프트 펀드 5647만 원어치는 메타 주식보다 적었다.",
            "controversy-daughter-stock-meta",
        ),
        (
            "The 600 million won cap was larger than the loan Bae took out.",
            "controversy-mortgage-loan",
        ),
    ],
)
def test_a_figure_compared_the_wrong_way_with_a_store_figure_is_misleading(cli, claim, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    assert expected in out["message"] and " than " in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 본인 예금 1억7124만 원은 배우자 예금보다 많았다.",
        "The 600 million won cap was smaller than the loan Bae took out.",
    ],
)
def test_a_figure_compared_the_right_way_with_a_store_figure_is_not_flagged(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_a_comparison_in_a_clause_of_its_own_is_not_the_first_figures(cli):
    # (…, and her Meta stock was worth less than her LG Qraft fund: not 171.24 million won
    # compared with the fund; the clause's Meta is still read as a detail, a known gap)
    out = verdict(
        cli,
        "Bae declared deposits of 171.24 million won in his own name, and his daughter's Meta "
        "stock was worth less than her LG Qraft fund.",
    )
    assert out["reason"] != "direction" and "is more than" not in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        "국토부가 수도권 주담대 한도를 6억 원으로 묶은 것은 배경훈이 7억5천만 원을 빌린 지 18일 뒤였다.",
        "정부조직 개편안이 발표된 건 배 장관 기자간담회 닷새 전이었다.",
        "배경훈의 취임은 엑사원 4.0 공개 이틀 뒤였다.",
    ],
)
def test_a_span_told_by_a_cleft_sentence_is_checked(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict_", "said"),
    [
        ("정부조직 개편안이 발표된 건 배 장관 기자간담회 엿새 전이었다.", "contradicted", "5일"),
        ("배경훈의 취임은 엑사원 4.0 공개 사흘 뒤였다.", "contradicted", "2일"),
        ("배경훈의 취임은 엑사원 4.0 공개 이틀 전이었다.", "misleading", "other order"),
    ],
)
def test_a_wrong_span_told_by_a_cleft_sentence_is_caught(cli, claim, verdict_, said):
    out = verdict(cli, claim)
    assert out["verdict"] == verdict_ and said in out["message"], out


def test_a_rule_ceiling_is_compared_with_the_rule_not_with_its_figure_restated(cli):
    # (the statement restates 1 million won (1,000,000 won) or less: the restated figure,
    # read without its bound, once agreed with any higher ceiling)
    out = verdict(cli, "소득세법상 부양가족 기본공제 소득 요건은 연간 소득 200만 원 이하이다.")
    assert out["verdict"] == "contradicted" and "100만 원" in out["message"], out
    ok = "소득세법상 부양가족 기본공제 소득 요건은 연간 소득 100만 원 이하이다."
    assert verdict(cli, ok)["verdict"] == "supported"


def test_a_change_of_rank_down_the_ladder_is_misleading(cli):
    out = verdict(cli, "배경훈은 2021년 6월 LG AI연구원장 전무에서 상무로 바뀌었다.")
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    up = "배경훈은 2021년 6월 LG AI연구원장 상무에서 전무로 바뀌었다."
    assert verdict(cli, up)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 행동모델에 이어 멀티모달까지 완성할 것이라고 말했다.",
        "배 장관은 내년에 행동모델에서 성과가 나오고 그 뒤 멀티모달 모델을 완성할 것이라고 말했다.",
    ],
)
def test_two_steps_of_a_plan_the_other_way_round_are_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 멀티모달에 이어 행동모델까지 완성할 것이라고 말했다.",
        # (a pledge told as one: 공약 is a plan's word)
        "배 장관은 취임식에서 AI 3대 강국 도약을 국민주권 정부의 제1호 공약이라고 언급했다.",
        # (다음 달 is next month, not "after"; 했으며 a verb joined on)
        "배 장관은 부총리 격상이 이뤄지면 과학기술 AI 장관회의를 주최하겠다고 했으며, "
        "격상은 이르면 다음 달 초로 예정돼 있다.",
        # (the clause of reason, 가능한 만큼, is not the main clause's certainty; keen: 관심)
        "Bae said the government is keen on SMRs because computing centers can only run around "
        "the clock with a stable power supply.",
        # (들여다볼: 검토할's review; 검토할 수 있는 시간 no consideration)
        "배 장관은 R&D 예산을 충분히 들여다볼 시간을 확보해 달라고 요구하고 있다고 전했다.",
    ],
)
def test_true_paraphrases_are_supported(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out


def test_another_government_for_the_sources_is_contradicted(cli):
    # (a pledge was at first caught only by chance, as a plan told done; 공약 is a plan's
    # word now, and the government is a name of a kind)
    out = verdict(cli, "배경훈 장관은 AI 3대 강국 도약이 윤석열 정부의 제1호 공약이라고 말했다.")
    assert out["verdict"] == "contradicted" and "국민주권 정부" in out["message"], out
    own = "배경훈 장관은 AI 3대 강국 도약이 국민주권 정부의 제1호 공약이라고 말했다."
    assert verdict(cli, own)["verdict"] == "supported"


def test_a_month_of_the_same_year_is_read_with_the_earlier_dates_year(cli):
    claim = (
        "Bae became chair of KOSA's AI policy committee in March 2025 and was appointed "
        "minister in July of the same year."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 AI 기본법 시행을 1년 이상 유예하겠다고 밝혔다.",
        "Bae said enforcement of the AI Basic Act would be delayed by at least a year.",
        # (the taxable part of the pensions, told as the pension income)
        "The pension income of Bae's parents in 2024 was 1.07 million won.",
        "배경훈 부모의 2024년 연금 소득은 107만 원이었다.",
    ],
)
def test_the_thing_of_a_right_figure_said_otherwise_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "relation", out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 AI 기본법 과태료 부과를 1년 이상 유예하겠다고 밝혔다.",
        "Bae's parents had taxable income of 1.07 million won in 2024.",
        "Bae said about 2,000 H200 GPUs would be needed to beat DeepSeek R1.",
        # (a degree in a field implies he studied it)
        "Born in Seoul, Bae studied electronic engineering at Kwangwoon University.",
    ],
)
def test_the_same_things_said_rightly_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (cards, not servers; the law itself, not its fines, in a sentence without a figure)
        "Bae said about 2,000 H200 servers would be needed to beat DeepSeek R1.",
        "배 장관은 AI 기본법 시행을 유예하겠다고 밝혔다.",
        # (studied, where he took a programme: no degree implied the other way)
        "Bae studied business at Stanford University.",
    ],
)
def test_a_thing_the_facts_do_not_say_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "verdict_"),
    [
        # (the years the other way round: SQuAD was 2021, KorQuAD 2.0 2023)
        (
            "LG AI연구원은 2023년 스탠퍼드 SQuAD에서 1위를 하고 2021년 KorQuAD 2.0에서 정상에 올랐다.",
            "misleading",
        ),
        (
            "LG AI연구원은 2021년 스탠퍼드 SQuAD에서 1위를 하고 2023년 KorQuAD 2.0에서 정상에 올랐다.",
            "supported",
        ),
        # (two events said to fall on one day: the hearing 07-14, the approval 07-16)
        ("배경훈의 인사청문회와 대통령의 임명 재가는 같은 날 이뤄졌다.", "misleading"),
        ("배경훈의 인사청문회와 임명 재가는 같은 달 이뤄졌다.", "supported"),
        # (his service was at Samsung Thales: not lent to SK Telecom by 기간에)
        ("배경훈은 전문연구요원 복무 기간에 SK텔레콤에서 근무했다.", "unverified"),
        # (the clause of time has its own subject: the topic is the later event's)
        ("국회 특별강연은 엑사원 3.0이 공개된 지 약 한 달 뒤에 열렸다.", "supported"),
        ("국회 특별강연은 엑사원 3.0이 공개된 지 약 석 달 뒤에 열렸다.", "contradicted"),
        # (his wife's share is the rest of his three-fifths: not his own figure)
        ("His wife owns two-fifths of the Banpo-dong apartment.", "unverified"),
    ],
)
def test_the_second_adversary_of_the_session(cli, claim, verdict_):
    out = verdict(cli, claim)
    assert out["verdict"] == verdict_, out


@pytest.mark.parametrize(
    ("claim", "verdict_", "reason"),
    [
        # (the law itself, its application, its coming into force: the fines are deferred)
        ("배 장관은 AI 기본법을 1년 이상 유예하겠다고 밝혔다.", "misleading", "relation"),
        ("배 장관은 AI 기본법 적용을 1년 이상 유예하겠다고 밝혔다.", "misleading", "relation"),
        (
            "Bae said the AI Basic Act would be postponed by at least one year.",
            "misleading",
            "relation",
        ),
        (
            "Bae said the AI Basic Act's entry into force would be deferred for at least one year.",
            "misleading",
            "relation",
        ),
        # (the whole told with another qualifier than the source's part: tax included)
        (
            "The total pensions Bae's parents received in 2024, tax included, came to 1.07 "
            "million won.",
            "misleading",
            "relation",
        ),
        ("배경훈 부모의 2024년 비과세 소득은 107만 원이었다.", "misleading", "relation"),
        # (the month after he took office: EXAONE 4.0 came out two days before it)
        ("배경훈은 장관에 취임한 다음 달 엑사원 4.0을 공개했다.", "misleading", "direction"),
        # (the years the other way round, in a list)
        (
            "LG AI연구원은 2023년 SQuAD와 2021년 KorQuAD 2.0에서 1위를 했다.",
            "misleading",
            "direction",
        ),
    ],
)
def test_the_reviews_false_sentences(cli, claim, verdict_, reason):
    out = verdict(cli, claim)
    assert out["verdict"] == verdict_ and out["reason"] == reason, out


@pytest.mark.parametrize(
    "claim",
    [
        # (a plan announced, not planned; high school gave no degree in engineering)
        "The government plans to announce a reorganisation plan.",
        "Bae studied electronic engineering at Daeshin High School.",
    ],
)
def test_the_reviews_false_sentences_are_not_supported(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out


@pytest.mark.parametrize(
    "claim",
    [
        # (전 정부 차원: government-wide, not the former government)
        "배경훈은 2025년 7월17일 취임식에서 AI 3대 강국 도약 실현을 위해 전 정부 차원에서 든든한 "
        "AI 생태계를 갖추겠다고 포부를 밝혔다.",
        # (the group counted in, named as the source does not leave it out)
        "Bae projected that small companies and academia would need about 150,000 GPUs in 2030.",
    ],
)
def test_the_reviews_true_sentences_are_not_flagged(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_a_month_apart_is_a_month_not_the_same_one(cli):
    # (EXAONE 4.0 on July 15, the inauguration on July 17: not the month before)
    out = verdict(cli, "배경훈은 장관에 취임하기 전 달 엑사원 4.0을 공개했다.")
    assert out["verdict"] == "misleading" and "not a month apart" in out["message"], out
    assert verdict(cli, "배경훈은 임명 재가를 받은 다음 날 취임했다.")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict_"),
    [
        # (the report's title year beside the day it came out: the day is what is checked)
        ("스탠퍼드대 HAI의 'AI 인덱스 보고서 2025'는 2025년 4월17일 발간됐다.", "contradicted"),
        ("The AI Index Report 2025 was published on April 7, 2025.", "supported"),
        # (alone, the title's year is the report's)
        ("Stanford HAI's AI Index 2025 listed EXAONE 3.5 as a notable model.", "supported"),
        ("The AI Index Report 2024 listed EXAONE 3.5.", "contradicted"),
    ],
)
def test_a_reports_title_year_beside_its_day(cli, claim, verdict_):
    assert verdict(cli, claim)["verdict"] == verdict_


def test_another_conference_for_the_sources_is_contradicted(cli):
    out = verdict(cli, "In 2020 LG AI Research won the ICCV continual learning challenge.")
    assert out["verdict"] == "contradicted" and "CVPR" in out["message"], out
