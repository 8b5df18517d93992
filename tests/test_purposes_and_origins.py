"""Why and for what, where from, and which speech: parts of a claim the figures do not vouch for.

A purpose, a reason or a topic given to an act (투자 목적으로, as an investment, for his work on
semiconductors, on her father's recommendation, with a thesis on stereo vision) must be the
supporting facts' own words, or a fact beside them must hold the whole phrase with the words
that make it a purpose and two more of the sentence's; otherwise it is misleading (relation). A body a person
is said to come from (Bae is from Naver) must be one the store has him at. A speech or a
greeting given is saying, not giving. A name of one statement of a sentence is not read against
the fact of another (Bae, who took office on July 17, 2025, was born in Seoul), and a place told
again by a word pointing back (같은 장소에서, there) is the place named before. adv80's findings
at the forty-ninth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("배경훈은 투자 목적으로 서초구 아파트를 41억5천만 원에 매매했다.", "투자"),
        ("Bae bought the 4.15 billion won apartment in Seocho-gu as an investment.", "invest"),
        ("배경훈은 2023년 반도체 개발 성과로 은탑산업훈장을 받았다.", "반도체"),
        (
            "The science ministry awarded Bae the Silver Tower Order in 2023 for his work on "
            "semiconductors.",
            "semiconductor",
        ),
        (
            "Bae's daughter bought the 85.49 million won of US stocks on her father's "
            "recommendation.",
            "father",
        ),
        (
            "Bae received his PhD from Kwangwoon University in 2006 with a thesis on disparity "
            "estimation in stereo vision.",
            "disparity",
        ),
        (
            "Bae took out the 750 million won mortgage on June 10, 2025 to buy a house for his "
            "parents.",
            "parent",
        ),
    ],
)
def test_a_purpose_no_supporting_fact_gives_is_not_supported(cli, claim: str, word: str) -> None:
    # (what it was for: misleading, relation; why or on whose word: unverified)
    out = verdict(cli, claim)
    assert out["verdict"] in ("misleading", "unverified"), out
    assert out["verdict"] == "unverified" or out["reason"] == "relation", out
    assert word in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        # (the purpose the source gives, in its words; his own account beside the price)
        "배경훈은 2023년 초거대 AI 상용화 성과로 은탑산업훈장을 받았다.",
        "배경훈은 실거주 목적으로 서초구 아파트를 41억5천만 원에 사는 계약을 맺었다고 밝혔다.",
        # (contracted to buy: what was agreed, not a purpose)
        "Bae took out a 750 million won mortgage on June 10, 2025; the Seocho-gu apartment he "
        "contracted to buy cost 4.15 billion won.",
    ],
)
def test_a_purpose_the_facts_hold_keeps_its_support(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae is from Naver.",
        "Bae, who came from Naver, was nominated on June 23, 2025.",
        "Bae, who is from Naver, took office on July 17, 2025.",
    ],
)
def test_a_body_he_never_came_from_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "relation", out


def test_a_body_another_person_came_from_is_theirs(cli) -> None:
    assert verdict(cli, "Ha Jung-woo is from Naver.")["verdict"] == "supported"


def test_the_greeting_given_keeps_its_support(cli) -> None:
    out = verdict(
        cli, "Bae gave a greeting at the National Assembly plenary session on July 23, 2025."
    )
    assert out["verdict"] == "supported", out


@pytest.mark.parametrize(
    "claim",
    [
        "Bae, who took office on July 17, 2025, held a press conference in Seoul on September 12.",
        "배경훈은 2025년 7월17일 취임했으며, 9월12일 서울에서 기자간담회를 열었다.",
        "Bae, who took office on July 17, 2025, was born in Seoul.",
    ],
)
def test_a_name_of_one_statement_is_not_read_against_anothers_fact(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "wrong", "right"),
    [
        ("Bae, who took office on July 17, 2025, was born in Busan.", "Busan", "Seoul"),
        (
            "배경훈은 2025년 7월17일 취임했으며, 9월12일 부산에서 기자간담회를 열었다.",
            "부산",
            "서울",
        ),
    ],
)
def test_a_name_wrong_in_its_own_statement_stays_wrong(
    cli, claim: str, wrong: str, right: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert f"{wrong} should be {right}" in out["message"], out


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        (
            "배경훈은 2025년 7월17일 정부세종청사에서 취임한 뒤 7월23일 같은 장소에서 임명장을 받았다.",
            "같은 장소에서",
        ),
        (
            "Bae, who was inaugurated in Sejong on July 17, received his letter of appointment "
            "there on July 23.",
            "there",
        ),
    ],
)
def test_a_place_told_again_is_the_place_named_before(cli, claim: str, word: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert out["message"].startswith(f"{word} should be"), out


def test_a_place_told_again_where_it_was_keeps_its_support(cli) -> None:
    claim = "배경훈은 2025년 7월17일 정부세종청사에서 취임식을 열었고 같은 장소에서 취임사를 했다."
    assert verdict(cli, claim)["verdict"] != "contradicted"


def test_a_body_named_inside_a_relative_clause_is_that_clauses_own(cli) -> None:
    # (the LG Group joined in 2016 is no doer of the picking in 2020, and 2016 is no year of
    # the post at a body founded in 2020)
    claim = "EXAONE 3.0, which LG AI Research released as open source in August 2024, ranked first on 13 benchmarks."
    assert verdict(cli, claim)["verdict"] == "supported"
    out = verdict(
        cli,
        "Bae, who joined the LG Group in 2016, became head of LG AI Research in December 2020.",
    )
    assert out["verdict"] not in ("contradicted", "misleading"), out


@pytest.mark.parametrize(
    "claim",
    [
        # (there: Seoul, where he was born; his MBA is from Columbia Southern)
        "Bae was born in Seoul, and he completed his MBA there.",
        # (a reason of the 2023 award, lent to the 2020 post)
        "배경훈은 초거대 AI 상용화 공로로 LG AI연구원 초대 원장에 선임됐다.",
        # (two facts of other days joined by the place one of them lends)
        "Bae met reporters at the Lotte Hotel Jeju.",
        # (a body no fact has him come from, in words two facts lend)
        "Bae is originally from Naver.",
    ],
)
def test_false_sentences_of_review49_and_adv81_are_not_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_an_agent_named_otherwise_than_the_facts_actor_is_misleading(cli) -> None:
    # ("the president" is President Lee: President Yoon Suk Yeol is another person)
    out = verdict(cli, "Bae was nominated by President Yoon Suk Yeol in June 2025.")
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    out = verdict(
        cli,
        "Assets of nearly 3.7 billion won were declared by Bae Kyeong-hun in his own, his "
        "wife's and his daughter's names.",
    )
    assert out["verdict"] == "supported", out
