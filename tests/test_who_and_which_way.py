"""Who holds a title, who founded or appointed whom, whose questions were answered, which
way a gap or a holding goes, and figures said to lie past a bound: the fortieth session's
adversaries (adv65, adv66) and development controls."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (a title the source gives another person: the union branch head, the minister)
        "배경훈은 공무원노조 과학기술정보통신지부 위원장이다.",
        "Jung Hyun-seok is the Minister of Science and ICT.",
        "Bae is the head of the public servants' union branch.",
        "Bae is the senior secretary for AI future planning.",
        # (where the source says another came from: 네이버 출신 is 하정우's)
        "배경훈은 네이버 AI연구원장 출신이다.",
    ],
)
def test_a_title_or_a_background_of_another_person_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out


@pytest.mark.parametrize(
    "claim",
    [
        "정현석은 공무원노조 과학기술정보통신지부 위원장이다.",
        "Bae Kyung-hoon is the Minister of Science and ICT.",
        "Ha Jung-woo is the senior secretary for AI future planning.",
        "하정우 수석은 네이버 출신이다.",
        # (the post given to the object, not a description of the subject)
        "이재명 대통령은 2025년 7월 배경훈을 과학기술정보통신부 장관에 임명했다.",
    ],
)
def test_the_title_of_its_own_holder_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배 장관은 9월12일 기자간담회에서 국회의원들의 질의에 답변했다.", "국회의원", "기자"),
        (
            "Bae answered reporters' questions at his confirmation hearing on July 14, 2025.",
            "reporters",
            "lawmakers",
        ),
    ],
)
def test_whose_questions_were_answered_at_which_event(cli, claim, found, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["found"], out["expected"]) == (found, expected), out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 9월 12일 기자간담회에서 기자들의 질문에 답했다.",
        "Bae answered lawmakers' questions at his confirmation hearing on July 14, 2025.",
    ],
)
def test_the_questioners_the_source_names_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2020년 12월 7일 LG AI연구원을 설립했다.",
        "Bae Kyung-hoon founded LG AI Research on December 7, 2020.",
        "배경훈은 2011년 SK텔레콤 미래기술원을 세웠다.",
        # (he was the one appointed)
        "배경훈은 2025년 7월 과학기술정보통신부 장관을 임명했다.",
        "Bae appointed the Minister of Science and ICT in July 2025.",
    ],
)
def test_founding_or_appointing_said_of_the_one_founded_or_appointed_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 채무는 예금보다 5억7376만 원 적다.",
        "Bae's debts were 573.76 million won smaller than his deposits.",
        "The spouse's deposits exceeded the daughter's deposits by 5.27 million won.",
        "부모의 과세 대상 소득금액은 기준보다 7만 원 적었다.",
    ],
)
def test_a_gap_told_the_other_way_round_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 채무는 예금보다 5억7376만 원 많다.",
        "The daughter's deposits exceeded the spouse's deposits by 5.27 million won.",
        "부모의 과세 대상 소득금액은 기준보다 7만 원 많았다.",
    ],
)
def test_a_gap_the_right_way_round_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.0은 13개가 넘는 벤치마크에서 1위를 했다.",
        "EXAONE 3.0 ranked first in more than 13 benchmarks.",
        "배경훈은 서초구 아파트를 41억5천만 원보다 비싸게 샀다.",
    ],
)
def test_past_the_very_figure_is_contradicted(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    # (never the same value twice: "more than 13 ... should be 13")
    assert out["found"] != out["expected"] and ("초과" in out["found"] or "than" in out["found"])


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 신고 재산은 30억 원보다 많다.",
        "배경훈의 채무는 8억 원보다 적다.",
        "AI 인덱스 보고서 2025의 주목할 만한 AI 모델은 60개보다 많다.",
        "장녀의 증여세는 1천만 원보다 적었다.",
        # (two figures compared: the second is the other thing's own, no bound)
        "배경훈 본인 명의 채무 7억4500만 원은 본인 명의 예금 1억7124만 원보다 많다.",
    ],
)
def test_a_figure_past_a_bound_the_source_meets_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae sold his 2010 Genesis car.",
        "배경훈은 7억4500만 원의 채무를 모두 갚았다.",
        "배경훈은 1억7124만 원의 예금을 해지했다.",
        "배경훈은 10만1000원어치 비트코인을 보유하고 있지 않다.",
    ],
)
def test_a_holding_the_source_declares_said_to_be_gone_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 장녀는 2025년 7월26일 현재 해외 주식을 하나도 보유하고 있지 않다.",
        "장녀가 매각한 해외 주식은 총 팔천오백사십구만 원어치였다.",
        "배경훈의 장녀는 2025년 7월 26일까지 해외 주식 8549만 원어치를 모두 매각했다.",
    ],
)
def test_what_the_source_says_was_sold_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (the figure a change starts from is not what is weighed)
        ("과기부는 GPU 확보 목표를 5만장에서 20만장으로 늘리는 방안을 고민하고 있다.", "supported"),
        (
            "The ministry is considering raising its GPU target from 50,000 to 200,000.",
            "supported",
        ),
        # (his account, told as his: the words inside it are no plan carried out)
        ("배경훈은 박사 과정을 파트타임으로 다녔다고 해명했다.", "supported"),
        # (the occasion, not what was said at it)
        ("LG AI Research's launch event on December 7, 2020 was held online.", "supported"),
        # (a measure named by its day, as the press names them)
        ("국토부는 6.28 대책에서 수도권 주담대 최대한도를 일괄 6억원으로 제한했다.", "supported"),
        (
            "국토부는 6.27 대책에서 수도권 주담대 최대한도를 일괄 6억원으로 제한했다.",
            "contradicted",
        ),
        # (the holders listed together, not one of them)
        (
            "배경훈은 본인·배우자·자녀 명의로 모두 36억9767만 원의 재산을 신고했는데, 본인 "
            "예금은 1억7124만 원이었다.",
            "supported",
        ),
        ("배경훈의 배우자 명의 아파트 지분 가액은 41억5천만 원이다.", "misleading"),
        (
            "Bae's deposits stood at 171.24 million won and his debts at 745 million won.",
            "supported",
        ),
        ("Bae's daughter's deposits and securities totaled 103.68 million won.", "supported"),
        ("Bae's wife's share of the apartment is three-fifths.", "misleading"),
        # (his own three-fifths, said of his wife, where the English names him by name)
        ("배 장관 부인이 반포동 아파트 지분의 5분의 3을 갖고 있다.", "misleading"),
        ("배경훈 장관은 9월 12일 서울 종로구에서 부총리로 취임했다.", "misleading"),
    ],
)
def test_which_quantity_whose_and_what_was_done(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # (a product of one maker said to be released by another)
        "메타는 2024년 8월 7일 엑사원 3.0을 공개했다.",
        "Nvidia released EXAONE Deep on March 18, 2025.",
        # (where he came from, that no fact of his career or schooling names)
        "카이스트 출신 배경훈은 2025년 7월 17일 취임했다.",
        "네이버 출신 배경훈은 2025년 7월 과기부 장관에 임명됐다.",
        # (hosting what the source has another host, or none: won at, spoke at)
        "LG AI연구원은 2021년 스탠퍼드 SQuAD 경진대회를 주최했다.",
        "Bae hosted the 37th FKI CEO Jeju Summer Forum on July 11, 2024.",
    ],
)
def test_the_wrong_maker_host_or_background_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2024년 8월 7일 엑사원 3.0을 공개했다.",
        "광운대 출신 배경훈은 2025년 7월 17일 취임했다.",
        "LG 출신 배경훈은 2025년 7월 17일 취임했다.",
        "한경협은 2024년 7월 11일 제37회 CEO 제주하계포럼을 개최했다.",
    ],
)
def test_the_right_maker_host_or_background_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (원대: from the figure up to one step of its last digit that is not zero)
        ("배경훈은 7억 원대 주택담보대출을 받았다.", "supported"),
        ("배우자 예금은 1천만 원대다.", "supported"),
        ("배경훈의 재산은 37억 원대다.", "contradicted"),
        ("장녀의 마이크로소프트 주식은 800만 원대였다.", "contradicted"),
        ("배경훈은 40억 원대 아파트를 매매했다.", "supported"),
        # (여: past the figure, short of the next step of its last digit that is not zero)
        ("배경훈 부모의 과세 대상 소득은 100여만 원이다.", "supported"),
        ("LG 계열사들은 3년간 2천여억 원을 투자하기로 했다.", "supported"),
    ],
)
def test_a_range_of_a_figure_s_last_digit(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (a minister's post taken by the subject, not given to an object)
        ("정현석은 과학기술정보통신부 장관으로 일했다.", "misleading"),
        # (the base's own figure before 보다: no bound, and the gap the right way round)
        ("배경훈의 채무는 예금 1억7124만 원보다 5억7376만 원 많다.", "supported"),
        ("배경훈의 예금은 채무 7억4500만 원보다 5억7376만 원 적다.", "supported"),
        # (a total is more than its part)
        ("장녀의 예금과 증권 합계는 증권보다 1819만 원 많다.", "supported"),
        # (the same kind of questioner in another word)
        ("Bae answered employees' questions at his inauguration on July 17, 2025.", "supported"),
        (
            "Bae took journalists' questions at the press conference on September 12, 2025.",
            "supported",
        ),
        # (a person listed with a relative: the two holders the source's total is of)
        ("배경훈과 배우자 명의 아파트 지분 가액은 41억5천만 원이다.", "supported"),
        # (a plan of his to host, told as done: the tense, not who)
        ("Bae hosted a science-and-AI ministers' meeting on September 12, 2025.", "misleading"),
    ],
)
def test_review_cases_of_the_fortieth_session(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want
