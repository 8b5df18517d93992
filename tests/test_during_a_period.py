"""An act told as done while a post or a period held (the twenty-fourth session): 장관 재직
중이던 2023년, while serving as minister, 복무 기간에 석사학위를 받았다. The act's date must fall
inside the period the store gives the post or service; outside it, the sentence is
misleading (relation), whatever fact holds the act alone. Through the CLI on the bundled
store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # the 2023 award came as head of LG AI Research; the ministry from July 2025
        ("배경훈은 장관 재직 중이던 2023년 은탑산업훈장을 받았다.", "장관"),
        (
            "Bae received the Silver Tower Order of Industrial Service Merit in 2023 while "
            "serving as Minister of Science and ICT.",
            "Minister of Science and ICT",
        ),
        (
            "In 2023, as minister, Bae received the Silver Tower Order of Industrial Service Merit.",
            "minister",
        ),
        # the master's degree (2002) came before the service (from September 2003)
        ("배경훈은 석사학위까지 전문연구요원 복무 기간에 받았다.", "전문연구요원"),
        ("배경훈은 전문연구요원 복무 중에 석사학위를 받았다.", "전문연구요원"),
    ],
)
def test_an_act_outside_the_period(cli, sentence, period):
    found = verdict(cli, sentence)
    assert (found["verdict"], found["reason"]) == ("misleading", "relation"), found["message"]
    assert f"'{period}'" in found["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "배경훈은 LG AI연구원장 재직 중이던 2023년 은탑산업훈장을 받았다.",
        "Bae received the Silver Tower Order in 2023 while serving as head of LG AI Research.",
        # a doctorate from 2003 to 2006 overlaps the service: inside, not outside
        "Bae earned his doctorate in 2006 during his alternative military service.",
    ],
)
def test_an_act_inside_the_period(cli, sentence):
    assert verdict(cli, sentence)["verdict"] == "supported"


def test_a_ratio_no_fact_states_is_not_supported_by_the_two_figures(cli):
    # debts of 7억4500만 against deposits of 1억7124만: 4.35 times, not more than five
    found = verdict(cli, "배경훈의 금융기관 채무는 본인 예금의 5배가 넘는다.")
    assert found["verdict"] != "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the length a sentence gives its own span is checked against that span
        (
            "Bae's doctoral program, from March 2003 to August 2006, lasted about four and a half years.",
            "contradicted",
        ),
        ("배경훈은 2003년 9월25일부터 2008년 5월2일까지 5년 7개월 동안 복무했다.", "contradicted"),
        # told alike, the rest of the sentence is judged as usual
        (
            "Bae's doctoral program, from March 2003 to August 2006, lasted about three and a half years.",
            "supported",
        ),
        ("배경훈은 2003년 9월25일부터 2008년 5월2일까지 4년 7개월여 동안 복무했다.", "supported"),
    ],
)
def test_a_span_and_its_length(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
    if want == "contradicted":
        assert "should be" in found["message"] and "from " in found["message"]


@pytest.mark.parametrize(
    ("sentence", "want", "message"),
    [
        # the deposits alone, not what deposits and securities come to together (about 1억)
        (
            "배경훈의 장녀는 예금 1819만 원을 보유하고 있다.",
            "supported",
            "assets-daughter-deposits",
        ),
        ("배경훈의 장녀는 예금 1500만 원을 보유하고 있다.", "contradicted", "1819만 원"),
        # the spouse's deposits said to be the daughter's
        ("배경훈의 장녀는 예금 1292만 원을 보유하고 있다.", "contradicted", "배우자"),
    ],
)
def test_a_figure_of_the_noun_before_it(cli, sentence, want, message):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
    assert message in found["message"]


def test_named_as_a_post_is_no_time_in_it(cli):
    # "nominated as Minister" names the post he was nominated to, not a time he held it
    assert (
        verdict(cli, "Bae was nominated as Minister of Science and ICT on June 23, 2025.")[
            "verdict"
        ]
        == "supported"
    )


def test_two_figures_a_fact_gives_each_of_its_own_thing(cli):
    # 예금과 금융기관 채무는 각각 1억7124만 원, 7억4500만 원: both things the fact's own words
    right = "본인 명의로 예금 1억7124만 원과 금융기관 빚 7억4500만 원이 신고됐다."
    assert verdict(cli, right)["verdict"] == "supported"
    swapped = "본인 명의로 예금 7억4500만 원과 금융기관 빚 1억7124만 원이 신고됐다."
    assert verdict(cli, swapped)["verdict"] == "contradicted"
    # (another model's sizes are still another model's)
    other = (
        "In December 2024 LG AI Research released EXAONE 3.0 in three sizes: 2.4B, 7.8B and 32B."
    )
    assert verdict(cli, other)["verdict"] != "supported"


@pytest.mark.parametrize(
    "sentence",
    [
        # the speech's ecosystem was "for the AI top-three leap": the quote names it too
        "배경훈은 장관 취임식에서 AI 3대 강국 도약을 강조했다.",
        '강훈식 비서실장은 배경훈을 "AI 3대 강국을 위해 어렵게 모신 분"이라고 말했다.',
    ],
)
def test_a_thing_the_facts_quote_names_too(cli, sentence):
    assert verdict(cli, sentence)["verdict"] == "supported"


def test_a_post_named_by_its_bodys_short_name(cli):
    found = verdict(cli, "배경훈은 과기부 장관 재직 중 은탑산업훈장을 받았다.")
    assert (found["verdict"], found["reason"]) == ("misleading", "relation")
    # a head's post he never held is not the research he did there
    assert verdict(cli, "배경훈은 SK텔레콤 미래기술원장을 지냈다.")["verdict"] != "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a time of the post that opens the sentence
        (
            "Already serving as science minister, Bae told reporters at GTC 2025 on March 18, "
            "2025 that EXAONE Deep took only 42 days to release.",
            "misleading",
        ),
        # the cap a rule sets is the figure after 최대 in a sentence of the rule
        ("'수도권 주담대 최대 8억'…국토부, 6월 28일 대출 규제 발표", "contradicted"),
        ("'수도권 주담대 최대 6억'…국토부, 6월 28일 대출 규제 발표", "supported"),
        # 역임 with a year: the year he took the post, as the source tells it
        ("배경훈은 2017년 LG유플러스 AI기술본부장을 역임했다.", "supported"),
        # the income, not the rule's limit of it
        (
            "In 2024, Bae's parents collected 9,368,310 won in pensions, of which only 1.07 "
            "million won was taxable.",
            "supported",
        ),
    ],
)
def test_posts_caps_and_rules(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want


def test_a_post_ended_year_told_with_yeokim_is_not_supported(cli):
    assert verdict(cli, "2019년 그는 LG유플러스 AI기술본부장을 역임했다.")["verdict"] != "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # "A and, N later, B": counted from A
        (
            "LG AI Research released EXAONE 3.0 in August 2024 and, four months later, released EXAONE 3.5.",
            "supported",
        ),
        (
            "LG AI Research released EXAONE 3.0 in August 2024 and, five months later, released EXAONE 3.5.",
            "contradicted",
        ),
        (
            "LG AI Research released EXAONE 3.5 in December 2024 and, four months later, released EXAONE 3.0.",
            "misleading",
        ),
        # a long clause of time before the subject
        (
            "Two days after the land ministry announced its 600 million won ceiling on "
            "metropolitan-area mortgages, the science ministry released a statement from Bae.",
            "supported",
        ),
        # "X aside" leaves X out, as the source does
        (
            "Bae projected that, large conglomerates aside, small and mid-sized firms and academia "
            "would need around 150,000 GPUs in 2030.",
            "supported",
        ),
    ],
)
def test_spans_leads_and_exclusions(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a year of two digits before a month (25년 7월 17일): 2025
        ("25년 7월 17일, 배 장관 취임식이 정부세종청사에서 열렸다.", "supported"),
        # 과방위, the committee's short name, is no thing the store never names
        ("국회 과방위의 배경훈 장관 인사청문회는 2025년 7월 15일에 열렸다.", "contradicted"),
        # 국내 최초 (first in the country) is no place in a series of versions...
        (
            "엑사원은 지금까지 모두 여섯 가지 버전이 나왔는데, 그중 마지막 여섯 번째가 "
            "25년 7월 15일 공개된 하이브리드 모델 4.0이다.",
            "unverified",
        ),
        # ... but the last in the country, where the source says the first, is wrong
        ("엑사원 4.0은 2025년 7월 15일 공개된 국내 마지막 하이브리드 모델이다.", "contradicted"),
    ],
)
def test_short_years_short_names_and_scoped_firsts(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want
