"""Whose figure, what it takes, now or aimed at, and dates of events set beside (the
twenty-fifth session): a relative's figure is measured against the relative's facts alone; a
sentence's "would take about 2,000 GPUs" is a need; "currently has" and "to reach" say which
of a source's two figures is meant; a date of an event named by a noun (before the June 28
curbs) is nobody's act of the sentence; a lead set beside (Apart from …, With …) is no
subject. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "want", "fact"),
    [
        # his own deposits and debts share more words, yet say nothing of his wife's
        (
            "배 장관 배우자 명의의 예금은 1929만 원으로 신고됐다.",
            "contradicted",
            "assets-spouse-deposits",
        ),
        (
            "배 장관 배우자 명의의 예금은 1292만 원으로 신고됐다.",
            "supported",
            "assets-spouse-deposits",
        ),
        # 처분한 is 매각한 said otherwise
        (
            "장녀가 처분한 해외 주식은 모두 9,549만 원어치였다.",
            "contradicted",
            "controversy-daughter-overseas-stocks-total",
        ),
        (
            "장녀가 처분한 해외 주식은 모두 8,549만 원어치였다.",
            "supported",
            "controversy-daughter-overseas-stocks-total",
        ),
        # H200 is a name that says which fact is meant; "would take" is a need
        (
            "Bae said beating DeepSeek R1 would take roughly 3,000 H200 GPUs.",
            "contradicted",
            "exaone-gpus-needed-h200",
        ),
        (
            "Speaking at GTC 2025, Bae said beating DeepSeek R1 would take roughly two thousand H200 GPUs.",
            "supported",
            "exaone-gpus-needed-h200",
        ),
    ],
)
def test_whose_figure_and_what_it_takes(cli, claim, want, fact):
    out = verdict(cli, claim)
    assert out["verdict"] == want
    assert fact in out["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the source: 현재 320억 개인 매개변수를 2100억 개 정도로 늘려야 (210 billion "now" is
        # contradicted by the figure then)
        ("Bae said EXAONE currently has 210 billion parameters.", "contradicted"),
        (
            "Bae said EXAONE would need about 2,000 H200s to reach 32 billion parameters.",
            "misleading",
        ),
        ("Bae said EXAONE currently has 32 billion parameters.", "supported"),
        ("Bae said EXAONE needs roughly 210 billion parameters to beat DeepSeek R1.", "supported"),
    ],
)
def test_a_figure_now_is_not_the_figure_aimed_at(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "misleading":
        assert out["reason"] == "relation"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae took out the mortgage loan before the Ministry of Land announced the June 28 lending cap.",
        "Bae took out the loan on June 10, 2025, and the Ministry of Land capped mortgages at "
        "600 million won on June 28, 2025.",
        "Bae received the mortgage on June 10, before the June 28 curbs.",
        "배경훈은 6월28일 대출 규제 발표 전에 주택담보대출을 받았다.",
        "Apart from EXAONE 3.5, no Korean model was among the 62 notable AI models in the AI "
        "Index Report 2025.",
        "Apart from Bae's own deposits of 171.24 million won, his wife held 12.92 million won in "
        "deposits.",
        "With 16 affiliates taking part, LG planned to invest over 200 billion won in three years.",
    ],
)
def test_another_events_date_and_a_lead_set_beside_name_no_actor(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 6월28일 대출 규제 발표 후에 주택담보대출을 받았다.",
        "Bae took out the mortgage loan after the Ministry of Land announced the June 28 lending cap.",
        "Bae received the mortgage on June 10, after the June 28 curbs.",
    ],
)
def test_the_order_of_events_set_beside_is_still_checked(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] in ("misleading", "contradicted"), out


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # one event dated, the other named by words only: whichever fact it means, the
        # store dates it on one side (the loan of June 10; the hearing of July 14)
        (
            "Bae got his mortgage loan after the June 28 lending restrictions were announced.",
            "misleading",
        ),
        ("배경훈은 6월 28일 대출 규제가 발표된 뒤 주택담보대출을 받았다.", "misleading"),
        (
            "The confirmation hearing took place after President Lee approved Bae's appointment "
            "on July 16.",
            "misleading",
        ),
        (
            "Bae got his mortgage loan before the June 28 lending restrictions were announced.",
            "supported",
        ),
        (
            "The confirmation hearing took place before President Lee approved Bae's appointment "
            "on July 16.",
            "supported",
        ),
    ],
)
def test_the_order_of_an_event_told_without_a_date(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "misleading":
        assert out["reason"] == "direction"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # in English too, what was planned told as done (the value is Korean only)
        ("The government has developed non-light-water SMRs.", "misleading"),
        ("The ministry has already made its foundation model open source.", "misleading"),
        (
            "Bae said the government is drawing up plans to develop non-light-water SMRs.",
            "supported",
        ),
        # what was done at the saying is no plan told done
        ("He stressed AI from start to finish at his inauguration.", "supported"),
    ],
)
def test_a_plan_told_done_in_english(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "misleading":
        assert out["reason"] == "tense"


@pytest.mark.parametrize(
    "claim",
    [
        'Chief of Staff Kang Hoon-sik described Bae as "an AI scholar and entrepreneur" when '
        "Bae was nominated on June 23, 2025.",
        "Bae registered his parents as dependants even though they received 9,368,310 won in "
        "pensions in 2024.",
        "Bae's daughter holds 18.19 million won in deposits, while his wife holds 12.92 million won.",
        # (a subject of two, not a clause of the wife's own)
        "The Seocho-gu apartment held by Bae and his wife is worth 4.15 billion won in total.",
        "Following the reorganization plan announced on September 7, the ministry is set to be "
        "elevated to deputy prime minister level as early as next month.",
        # the source's English says "without job titles" too; dropping them is the same
        'Since 2020, LG AI Research has used the "nim" culture without job titles.',
        'In 2020, LG AI Research introduced the "nim" culture, dropping job titles.',
    ],
)
def test_a_clause_of_its_own_subject_and_a_denial_the_source_shares(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("Bae received 9,368,310 won in pensions in 2024.", "actor"),
        (
            "In 2020 Bae established a culture where colleagues are called by their job titles "
            "at LG AI Research.",
            "direction",
        ),
    ],
)
def test_whose_it_is_and_which_way_still_count(cli, claim, reason):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", reason)


def test_figures_of_two_relatives_swapped_are_flagged(cli):
    out = verdict(
        cli,
        "Bae's daughter holds 12.92 million won in deposits, while his wife holds 18.19 million won.",
    )
    assert out["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # each figure is right of some model, not of the one the sentence names
        ("EXAONE 3.0 ranked first among 62 notable AI models.", "unverified"),
        ("엑사원 3.5 32B 모델은 13개 벤치마크에서 1위를 차지했다.", "unverified"),
        ("엑사원 딥은 42일 만에 3개 모델로 출시됐다.", "unverified"),
        ("엑사원 3.0은 13개 벤치마크에서 1위를 차지했다.", "supported"),
    ],
)
def test_figures_of_several_facts_are_of_the_model_named(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want", "expected"),
    [
        # another lab's model with another version than the source compares with
        (
            "EXAONE 3.0 ranked first on 13 benchmarks against Meta's Llama 3.1 and Google's Gemma 3.",
            "contradicted",
            "Gemma 2",
        ),
        (
            "엑사원 3.0은 메타의 라마3.1, 구글의 젬마3 등 같은 크기의 오픈소스 모델과 견줘 13개 "
            "벤치마크 점수 순위 1위에 올랐다.",
            "contradicted",
            "젬마2",
        ),
        # (the models compared are no supporting fact's: not shown, as before they were read)
        (
            "EXAONE 3.0 ranked first on 13 benchmarks against Meta's Llama 3.1 and Google's Gemma 2.",
            "unverified",
            None,
        ),
        ("EXAONE 3.0 ranked first on 13 benchmarks against Mistral 7.", "unverified", None),
        # another maker for the model
        (
            "EXAONE 3.0, released on August 7, 2024, beat Meta's Llama 3.1 and OpenAI's Gemma 2.",
            "contradicted",
            "Google",
        ),
        (
            "엑사원 3.0은 구글의 라마 3.1, 메타의 젬마 2 등과 비교해 13개 벤치마크에서 1위를 했다.",
            "contradicted",
            "메타",
        ),
        # a size other than the source's
        (
            "엑사원 3.0은 라마 3.1, 젬마 2 등 더 큰 모델과 비교해 13개 벤치마크 순위 1위에 올랐다.",
            "contradicted",
            "동일 크기",
        ),
        # a word of saying is no new thing: the date is the nomination's
        (
            "Chief of Staff Kang Hoon-sik, commenting on Bae's nomination on June 25, 2025, called "
            "him an AI scholar and entrepreneur.",
            "contradicted",
            "2025-06-23",
        ),
    ],
)
def test_versions_of_other_models_and_words_of_saying(cli, claim, want, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if expected:
        assert out["expected"] == expected


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # portfolio, selected: said otherwise, not things the store never mentions
        (
            "The Meta shares in the daughter's portfolio were worth 25.04 million won.",
            "contradicted",
        ),
        ("Stanford HAI's AI Index Report 2025 selected 72 notable AI models.", "contradicted"),
        ("Stanford HAI's AI Index Report 2025 selected 62 notable AI models.", "supported"),
        # a fraction's words are its number
        (
            "Bae owns two-thirds of the Banpo-dong apartment, with the rest in his wife's name.",
            "contradicted",
        ),
        (
            "Bae owns three-fifths of the Banpo-dong apartment, with the rest in his wife's name.",
            "supported",
        ),
    ],
)
def test_words_said_otherwise_and_fractions(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # put … at, pegged … at: an estimate, as the source's forecast is
        (
            "The minister put 2030 GPU demand from smaller firms and academia at roughly 150,000 units.",
            "supported",
        ),
        # a participle opening the sentence is a verb, not a name the source lacks
        (
            "Announcing the nomination on June 23, 2025, chief of staff Kang Hoon-sik called Bae an "
            "AI scholar and entrepreneur.",
            "supported",
        ),
        # the day said is still not the day of the act to come
        ("과기정통부는 9월 7일 부총리급 부처로 올라설 예정이다.", "misleading"),
    ],
)
def test_estimates_openers_and_the_day_said(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_a_day_with_its_own_verb_is_not_the_day_of_the_act_to_come(cli):
    # (the plan came out on September 7; the upgrade is still to come)
    out = verdict(
        cli, "9월 7일 정부조직 개편안이 나오면서 과기정통부는 부총리급 부처로 올라설 예정이다."
    )
    assert out["verdict"] not in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # spans with a bound or a hedge, against the loan (2025-06-10) and the cap (06-28)
        (
            "Bae took out a 750 million won mortgage on June 10, 2025, more than two weeks before "
            "the land ministry announced its loan curbs on June 28.",
            "supported",
        ),
        (
            "Bae took out a 750 million won mortgage on June 10, 2025, less than three weeks "
            "before the land ministry announced its loan curbs on June 28.",
            "supported",
        ),
        (
            "Bae took out a 750 million won mortgage on June 10, 2025, more than three weeks "
            "before the land ministry announced its loan curbs on June 28.",
            "contradicted",
        ),
        ("배경훈이 6월 10일 대출을 받은 지 약 3주 뒤 국토부가 규제를 발표했다.", "supported"),
        ("배경훈이 6월 10일 대출을 받은 지 약 5주 뒤 국토부가 규제를 발표했다.", "contradicted"),
        # the time since an act (받은 지): the act is the event counted from
        (
            "배경훈이 6월 10일 주택담보대출을 받은 지 18일 뒤 국토부가 대출 규제를 발표했다.",
            "supported",
        ),
        ("배경훈이 주택담보대출을 받은 지 12일 뒤 국토부가 대출 규제를 발표했다.", "contradicted"),
        (
            "국회 인사청문회가 열린 지 이틀 뒤, 이재명 대통령은 배경훈 후보자의 임명안을 재가했다.",
            "supported",
        ),
        (
            "국회 인사청문회가 열린 지 닷새 뒤, 이재명 대통령은 배경훈 후보자의 임명안을 재가했다.",
            "contradicted",
        ),
    ],
)
def test_spans_with_bounds_hedges_and_the_time_since(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a stop on the way to a post, a post of his the source dates before it
        ("배경훈은 SK텔레콤을 거쳐 2016년 LG경제연구원으로 이직했다.", "supported"),
        ("배경훈은 삼성탈레스와 SK텔레콤을 거쳐 2016년 LG경제연구원으로 이직했다.", "supported"),
        # not a name the store has of someone else
        ("배경훈은 네이버를 거쳐 2016년 LG경제연구원으로 이직했다.", "misleading"),
        # the denial the source makes, whatever follows it
        ('LG AI Research has used the "nim" culture without job titles since 2020.', "supported"),
    ],
)
def test_a_stop_on_the_way_and_a_shared_denial(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # 수여 (conferred) is the award the store tells as received
        (
            "과기부는 배경훈이 20개 기업과 글로벌 파트너십을 체결한 성과를 평가해 은탑산업훈장을 수여했다.",
            "contradicted",
        ),
        (
            "과기부는 배경훈이 15개 기업과 글로벌 파트너십을 체결한 성과를 평가해 은탑산업훈장을 수여했다.",
            "supported",
        ),
    ],
)
def test_an_award_conferred(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Bae took out a 750 million won student loan on June 10, 2025.", "contradicted"),
        ("Bae took out a 750 million won car loan on June 10, 2025.", "contradicted"),
        ("Bae took out a 750 million won mortgage loan on June 10, 2025.", "supported"),
    ],
)
def test_a_loan_of_another_kind(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    ["Exaone 3.0 ranked first on 13 benchmarks.", "EXAONE 3.0 ranked first on 13 benchmarks."],
)
def test_the_models_name_in_any_case(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a slip of one letter in a known person's Korean name is that person
        ("배경흔 장관은 1976년 5월 서울에서 태어났다.", "supported"),
        ("배겅훈 장관은 1976년 5월 서울에서 태어났다.", "supported"),
        ("배경흔 장관은 1977년 5월 서울에서 태어났다.", "contradicted"),
        # another family name is another person
        ("김경훈 장관은 1976년 5월 서울에서 태어났다.", "misleading"),
    ],
)
def test_a_name_with_a_slip_of_the_keys(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_a_relative_clause_set_off_by_commas_is_a_fact_of_its_own(cli):
    # (who was born …, is a graduate of …: the birth, and the school, each its own fact's)
    claim = "Bae, who was born in Seoul in May 1976, is a graduate of Daeshin High School in Seoul."
    assert verdict(cli, claim)["verdict"] == "supported"
    wrong = "Bae, who was born in Seoul in May 1976, is a graduate of Kyunggi High School in Seoul."
    assert verdict(cli, wrong)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a body the store never names, a long name met only by a word inside it, or a
        # ministry or agency by its ending
        ("배경훈은 2024년 9월 국가과학기술자문회의 민간위원으로 활동했다.", "unverified"),
        # (a ministry for the agency the source names, 국세청: another body in its place,
        # since the thirtieth session)
        ("배 장관은 2025년 5월 기획재정부에 부양가족 공제를 정정 신청했다.", "contradicted"),
        ("배경훈은 2024년 9월 국가인공지능위원회 민간위원으로 활동했다.", "supported"),
        ("배 장관은 2025년 5월 국세청에 부양가족 공제를 정정 신청했다.", "supported"),
        # a headline quoting a pledge by its noun (확충, 주최, 조성) tells no tense
        ('배 장관 "부총리 격상 후 과학기술 AI 장관회의 주최"', "supported"),
        ('배 장관 "누구나 AI 활용할 수 있는 환경 조성"', "supported"),
        ("배 장관은 과학기술 AI 장관회의를 주최했다.", "misleading"),
    ],
)
def test_bodies_the_store_never_names_and_pledges_by_their_noun(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI Research was launched on December 7, 2020, and Bae left it one month later.",
        "LG AI Research was launched on December 7, 2020, and Bae left it a month later.",
    ],
)
def test_a_span_from_an_event_the_store_does_not_date_is_no_other_span(cli, claim):
    # (…, and Bae left it one month later: not the four months between two models, but the
    # month it makes, January 2021, against the end of his post there, July 2025; before
    # the forty-first session read `N later` as a date, this was unverified)
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert "2025-07" in out["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # Kang's words about Bae, given to Bae
        (
            '배경훈은 "AI 학자이자 기업가로 초거대 AI 상용화를 통해 은탑 산업훈장을 받았다"고 말했다.',
            "misleading",
        ),
        ('배 장관은 "AI 3대 강국을 위해 어렵게 모신 분"이라고 말했다.', "misleading"),
        ('강훈식 비서실장은 배경훈을 "AI 학자이자 기업가"라고 말했다.', "supported"),
        ("Kang Hoon-sik said Bae was an AI scholar and entrepreneur.", "supported"),
    ],
)
def test_words_said_of_him_are_not_his(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want
    if want == "misleading":
        assert out["reason"] == "actor"


def test_a_high_school_listed_with_a_university(cli):
    wrong = verdict(
        cli, "배경훈은 1976년 서울에서 태어나 서울 대성고와 광운대 전자공학과를 나왔다."
    )
    assert wrong["verdict"] == "contradicted"
    right = verdict(
        cli, "배경훈은 1976년 서울에서 태어나 서울 대신고와 광운대 전자공학과를 나왔다."
    )
    assert right["verdict"] == "supported"


def test_a_birth_year_beside_another_figure_is_checked_against_the_birth(cli):
    wrong = "2011년생인 배경훈의 장녀는 1억 원에 달하는 예금 및 증권을 보유한 것으로 나타났다."
    assert verdict(cli, wrong)["verdict"] == "contradicted"
    right = "2012년생인 배경훈의 장녀는 1억 원에 달하는 예금 및 증권을 보유한 것으로 나타났다."
    assert verdict(cli, right)["verdict"] == "supported"
