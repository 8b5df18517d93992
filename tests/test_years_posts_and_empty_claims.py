"""Two-digit years, posts told in the present tense, and claims that say nothing (the
twenty-second session, from adv32): 74년생, '74 and 12년식 are years (1974, 2012), not a
figure to match against 7억4500만; 'Bae heads LG AI Research' and '배경훈은 LG
AI연구원장이다' say a post he left is held now (misleading, tense) while 'first head',
'지냈다' and his post now stay supported; 'Bae said.', 'He said so.' and '배 장관은 했다.'
say nothing (unverified); a wrong value denied (not born in 1978) is no error; electronics
engineering is electronic engineering. Through the CLI on the bundled store."""

from __future__ import annotations

import json

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("배 장관은 76년생이다.", "배 장관은 74년생이다."),
        ("Bae was born in '76.", "Bae was born in '74."),
        ("배경훈은 10년식 제네시스를 보유하고 있다.", "배경훈은 12년식 제네시스를 보유하고 있다."),
        ("배경훈 장녀는 12년생이다.", "배경훈 장녀는 14년생이다."),
    ],
)
def test_two_digit_years(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_a_quoted_figure_is_no_year(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "과기정통부는 2030년까지 GPU ‘20만장’ 구축 방안을 고민하고 있다.")
    assert found["verdict"] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Bae heads LG AI Research.",
        "배경훈은 LG AI연구원장이다.",
        "배경훈은 KOSA AI정책협력위원장이다.",
    ],
)
def test_a_post_he_left_told_as_held(cli, text):  # type: ignore[no-untyped-def]
    out = verdict(cli, text)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense")


def test_the_last_post_there_ends_it(cli):  # type: ignore[no-untyped-def]
    # (his 상무 post ended in 2021-06 when he became 전무 there: his time there in 2025-07)
    assert "ended in 2025-07" in verdict(cli, "Bae heads LG AI Research.")["message"]


@pytest.mark.parametrize(
    "text",
    [
        "배경훈은 과기정통부 장관이다.",
        "배경훈은 LG AI연구원 초대 원장이다.",
        "배경훈은 LG AI연구원장을 지냈다.",
        "Bae was the head of LG AI Research.",
        "배경훈은 LG AI연구원장을 맡고 있던 2021년 6월 전무로 올라섰다.",
        "배경훈 장녀가 갖고 있던 메타 주식은 2104만 원어치였다.",
    ],
)
def test_posts_told_rightly(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] == "supported"


@pytest.mark.parametrize(
    "text",
    ["Bae.", "Bae said.", "Bae did it.", "He said so.", "The minister said so.", "배 장관은 했다."],
)
def test_a_claim_that_says_nothing(cli, text):  # type: ignore[no-untyped-def]
    out = verdict(cli, text)
    assert out["verdict"] == "unverified"
    assert "says nothing" in out["message"]


def test_a_name_and_a_verb_of_its_own_says_something(cli):  # type: ignore[no-untyped-def]
    assert "says nothing" not in verdict(cli, "Bae resigned.")["message"]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Bae was not born in 1978.", "1976-05"),
        ("배경훈은 1978년에 태어나지 않았다.", "1976-05"),
        ("Bae did not take office on July 16, 2025.", "2025-07-17"),
    ],
)
def test_a_wrong_value_denied_is_no_error(cli, text, given):  # type: ignore[no-untyped-def]
    # (what it denies is not so: not wrong, and not supported either)
    out = verdict(cli, text)
    assert out["verdict"] == "unverified"
    assert given in out["message"]


def test_the_value_a_sentence_asserts_beside_a_denied_one(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "Bae was born in 1978, not 1976.")["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Bae has a PhD in electronics engineering.",
        "Bae earned a master's degree in electronics engineering from Kwangwoon University in"
        " 2002.",
    ],
)
def test_one_field_two_spellings(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] == "supported"


@pytest.mark.parametrize("text", ["ab", "AI", "규제", "배경훈 취임"])
def test_a_word_or_two_says_nothing(cli, text):  # type: ignore[no-untyped-def]
    out = verdict(cli, text)
    assert out["verdict"] == "unverified"
    assert "says nothing" in out["message"]


def test_a_side_of_an_order_may_be_a_word(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "EXAONE Deep was released after NEXUS.")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("day", "want"),
    [("2021-01-01", "supported"), ("2024-06-01", "supported"), ("2026-01-01", "misleading")],
)
def test_a_post_held_as_of_a_day(cli, day, want):  # type: ignore[no-untyped-def]
    # (head of LG AI Research from 2020-12 to 2025-07: held in 2021 and 2024, not in 2026)
    result = cli(
        "check", "Bae is the head of LG AI Research.", "--as-of", day, "-f", "json", store=None
    )
    assert json.loads(result.stdout)["verdict"] == want
    # (and the day does not stay: the next check is of today)
    assert verdict(cli, "Bae is the head of LG AI Research.")["verdict"] == "misleading"


@pytest.mark.parametrize(
    "text",
    [
        "배경훈은 은탑산업훈장을 받았다.",
        "배경훈은 한때 LG유플러스 AI플랫폼담당 상무로 일했다.",
    ],
)
def test_true_lines_another_fact_holds(cli, text):  # type: ignore[no-untyped-def]
    # (the award's own fact beside who conferred it; his post of 2018 beside his 2017 one)
    assert verdict(cli, text)["verdict"] not in ("contradicted", "misleading")


def test_a_figure_for_the_quantity_a_fact_far_more_relevant_names(cli):  # type: ignore[no-untyped-def]
    # (the apartment's 41억5천만 원 is not his declared total)
    out = verdict(cli, "배경훈은 본인과 배우자, 자녀 명의 재산으로 총 41억5천만 원을 신고했다.")
    assert out["verdict"] != "supported"
