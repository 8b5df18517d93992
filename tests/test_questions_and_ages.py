"""Questions, conditions and ages told of a day (the twenty-fourth session): a question's
frame (Why did …, Did you know …, Who would have guessed that …) and a leading condition (If
…, Bae plans) name no one who acts; a question asking agreement (…하지 않았나?, Didn't he …?)
affirms; an age on a day is worked out from the birth; a fact's 12일 (the 12th) is no span of
twelve days. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.analysis import analyze_sentence


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Why did Bae take out a 750 million won mortgage on June 10, 2025?", "Bae"),
        (
            "Did you know Bae's daughter paid 7.76 million won in gift tax in November 2021?",
            "Bae's daughter",
        ),
        ("Who would have guessed that EXAONE 3.0 ranked first on 13 benchmarks?", "EXAONE 3.0"),
        ("If the ministry is upgraded next month, Bae plans to host a meeting.", "Bae"),
    ],
)
def test_a_question_or_condition_names_no_one_who_acts(sentence, who):
    assert analyze_sentence(sentence).actor == who


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Why did Bae take out a 750 million won mortgage on June 10, 2025?", "supported"),
        (
            "Did you know Bae's daughter paid 7.76 million won in gift tax in November 2021?",
            "supported",
        ),
        # the question's figure is still checked
        ("Why did Bae take out a 950 million won mortgage on June 10, 2025?", "contradicted"),
        # a question asking agreement affirms what it asks
        (
            "배 장관은 기자간담회에서 과태료 부과를 최소 1년 이상 유예하겠다고 하지 않았나?",
            "supported",
        ),
        ("Didn't Bae take office on July 17, 2025?", "supported"),
        # a plain denial stays one
        ("배 장관은 과태료 부과를 유예하지 않았다.", "unverified"),
    ],
)
def test_questions(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want


@pytest.mark.parametrize(
    ("sentence", "want", "message"),
    [
        ("배경훈은 2025년 9월 12일 49세였다.", "supported", "bae-birth"),
        ("배경훈은 2025년 9월 12일 47세였다.", "contradicted", "47세 should be 49세"),
        # May 2025, his birth month: 48 or 49, the store cannot say which
        ("배경훈은 2025년 5월 49세였다.", "unverified", "does not say whether"),
        ("배경훈은 2025년 5월 47세였다.", "contradicted", "48세 또는 49세"),
        # a daughter born in 2012: 12 or 13 in July 2025
        ("배경훈의 장녀는 2025년 7월 15세였다.", "contradicted", "12세 또는 13세"),
        ("Bae was 49 on September 12, 2025.", "supported", "bae-birth"),
        ("Bae was 47 on September 12, 2025.", "contradicted", "49 years old"),
        # an age at an act the store dates: the act's fact, in either language's words
        ("Bae was 49 when he held the September 12, 2025 press conference.", "supported", ""),
        ("Bae was 48 when he held the September 12, 2025 press conference.", "contradicted", "49"),
    ],
)
def test_an_age_on_a_day(cli, sentence, want, message):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
    assert message in found["message"]


def test_a_day_of_the_month_is_no_span_of_days(cli):
    # the press conference's fact quotes 12일 (the 12th): 57 days later is not "12 days"
    found = verdict(
        cli,
        "Bae took office on July 17, 2025, and held a press conference at the HJ Business "
        "Center on September 12, 2025, 57 days later.",
    )
    assert "12 days" not in found["message"]
    assert found["verdict"] != "contradicted"


@pytest.mark.parametrize(
    ("day", "sentence"),
    [
        # a birth not yet known, and a fact without a date of its own that mentions it
        ("1970-01-01", "배경훈은 1976년 5월 서울에서 태어났다."),
        ("2000-01-01", "배경훈의 장녀는 2012년생이다."),
        ("1970-01-01", "Bae's daughter was born in 2012."),
        ("2025-07-01", "배경훈은 2025년 7월 17일 취임했다."),
    ],
)
def test_as_of_a_day_before_what_the_sentence_dates(cli, day, sentence):
    result = cli("check", "--as-of", day, sentence, "-f", "json", store=None)
    assert result.exit_code == 0
    assert '"verdict": "unverified"' in result.stdout


@pytest.mark.parametrize(
    ("day", "sentence"),
    [
        ("2025-07-20", "배경훈은 2025년 7월 17일 취임했다."),
        ("2020-01-01", "배경훈은 1976년 5월 서울에서 태어났다."),
        # a deadline to come is no act told as done
        ("2025-10-01", "과기부는 2030년까지 GPU 20만장 구축 방안을 고민하고 있다."),
    ],
)
def test_as_of_a_day_after(cli, day, sentence):
    result = cli("check", "--as-of", day, sentence, "-f", "json", store=None)
    assert '"verdict": "supported"' in result.stdout


def test_an_age_at_an_act_is_the_acts_not_the_days(cli):
    # the act names the wrong body: its fact says so, not the birth
    found = verdict(
        cli,
        "Bae Kyung-hoon was 44 years old when he was picked as the first head of LG Economic "
        "Research Institute in December 2020.",
    )
    assert found["verdict"] == "contradicted"
    assert "LG AI Research" in found["message"]


def test_a_date_told_from_another_is_as_sure_as_its_own_clause(cli):
    # 발표됐으며 (done), then 부총리 격상을 앞두고 있다 (to come): 9월 7일 is the first's
    assert (
        verdict(cli, "정부조직 개편안은 기자간담회 닷새 전인 9월 7일 발표됐다.")["verdict"]
        == "supported"
    )
    found = verdict(cli, "과기부는 2025년 9월 7일 부총리급으로 격상됐다.")
    assert (found["verdict"], found["reason"]) == ("misleading", "tense")


def test_only_one_of_a_class_is_not_one_of_a_list(cli):
    # "only X among Y" names the one of its class; "only in coding" picks one of a list
    found = verdict(
        cli, "Only EXAONE 3.5 among Korean models made Stanford's list of 62 notable AI models."
    )
    assert found["verdict"] == "supported"
    found = verdict(cli, "EXAONE 3.0 ranked first only in coding.")
    assert (found["verdict"], found["reason"]) == ("misleading", "relation")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the release is the relative clause's head's (the institute), not the subject's
        (
            "배경훈은 2024년 8월 7일 엑사원 3.0을 오픈소스로 공개한 LG AI연구원을 이끌었다.",
            "supported",
        ),
        ("배경훈은 2024년 8월 7일 엑사원 3.0을 오픈소스로 공개했다.", "misleading"),
    ],
)
def test_a_relative_clause_has_its_head_for_actor(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause's subject before 이끈 is not the sentence's: the model is, and 꼽혔다 is
        # told of it in the passive
        "배경훈이 이끈 연구원의 '엑사원 3.5'는 스탠퍼드대 HAI의 'AI 인덱스 보고서 2025'에서 "
        "한국의 유일한 주목할 만한 AI 모델로 꼽혔다.",
    ],
)
def test_a_relative_clause_subject_and_a_passive(cli, sentence):
    assert verdict(cli, sentence)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a view told as a cleft: read as the one whose view it is said it
        (
            "새로 개발한 SMR이 상용화되기까지는 대략 10년쯤 걸린다는 게 배 장관의 관측이다.",
            "supported",
        ),
        (
            "새로 개발한 SMR이 상용화되기까지는 대략 20년쯤 걸린다는 게 배 장관의 관측이다.",
            "unverified",
        ),
    ],
)
def test_a_view_told_as_a_cleft(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want
    if want == "supported":
        assert "policy-smr-commercialisation-time" in found["message"]
