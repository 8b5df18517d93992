"""English clauses read as they are meant (the nineteenth session's rules): "the following
day" tells a date, not an order; "30% of that" is a pronoun, no relative clause hiding a
"could"; a date a past participle gives a noun (the plan announced on September 7) is of a
thing done; "top priority was to" is an aim; "…, and Bae held …" is Bae's clause; a word the
next facts only say with "non-" is their opposite. Each faithful sentence beside a wrong twin,
which must not be supported. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "President Lee Jae-myung approved Bae's appointment on July 16, 2025, and Bae held "
            "his inauguration ceremony the following day at the Government Complex Sejong.",
            "President Lee Jae-myung approved Bae's appointment on July 16, 2025, and Bae held "
            "his inauguration ceremony on July 18.",
        ),
        (
            "President Lee Jae-myung approved Bae's appointment on July 16, 2025, and Bae held "
            "his inauguration ceremony on July 17.",
            "President Lee Jae-myung approved Bae's appointment on July 17, 2025, and Bae held "
            "his inauguration ceremony on July 17.",
        ),
        (
            "Bae forecast that small businesses and academia, excluding large companies, would "
            "need about 150,000 GPUs in 2030, and said the government supplying roughly 30% of "
            "that could lay the groundwork for AI transformation.",
            "Bae forecast that small businesses and academia would need about 150,000 GPUs in "
            "2030, and said the government will supply 30% of that.",
        ),
        (
            "Under the government reorganization plan announced on September 7, the science "
            "ministry is set to be elevated to deputy-prime-minister level, possibly as early "
            "as the beginning of October 2025.",
            "Under the government reorganization plan announced on September 7, the science "
            "ministry was elevated to deputy-prime-minister level at the beginning of October "
            "2025.",
        ),
        (
            "At LG AI Research's online launch event on December 7, 2020, Bae said the "
            "institute's top priority was to solve the difficult problems scattered across "
            "LG's affiliates through AI research.",
            "At LG AI Research's online launch event on December 7, 2021, Bae said the "
            "institute's top priority was to solve the difficult problems scattered across "
            "LG's affiliates through AI research.",
        ),
        (
            "Bae was nominated on June 23, 2025 and his appointment was approved on July 16, 2025.",
            "Bae was nominated on June 23, 2025 and his appointment was approved on July 17, 2025.",
        ),
        (
            "Bae said the government is planning to develop non-light-water SMRs, with "
            "commercialization expected about ten years after development.",
            "Bae said the government is planning to develop light-water SMRs, with "
            "commercialization expected about ten years after development.",
        ),
    ],
)
def test_a_clause_read_as_meant_beside_its_wrong_twin(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a clause with no value of its own, joined to one the store supports: held only
        # when one fact has nearly all its words
        ("배경훈은 2025년 7월17일 취임했으며 삼성전자 출신이다.", "misleading"),
        ("Bae was born in Seoul in May 1976, and he earned his MBA at Stanford.", "misleading"),
        ("Born in Seoul in May 1976, Bae graduated from Daesin High School in Seoul.", "supported"),
        # the next day, from the date before it
        (
            "이재명 대통령은 2025년 7월 16일 배경훈 임명안을 재가했고 배경훈은 이튿날 취임했다.",
            "supported",
        ),
        (
            "이재명 대통령은 2025년 7월 16일 배경훈 임명안을 재가했고 배경훈은 이튿날 임명장을 받았다.",
            "contradicted",
        ),
        (
            "President Lee approved Bae's appointment on July 16, 2025, and Bae was sworn in the "
            "next day.",
            "supported",
        ),
    ],
)
def test_joined_clauses_and_the_next_day(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # what was done at a speech, beside what the speech planned
        "배경훈은 취임하면서 처음부터 끝까지 인공지능(AI)을 강조했다.",
        # a pledge of an act named as a noun is of what is to come
        "배경훈은 취임식에서 슈퍼컴 6호기 확충을 약속했다.",
        "배경훈은 취임식에서 AI 안전 신뢰 기반 조성을 다짐했다.",
        # a line that is one quotation is read by its words
        '"AI 고속도로 구축을 위해 국가AI컴퓨팅센터 슈퍼컴 6호기 등 세계 수준의 AI 인프라를 '
        '조속히 확충하겠다."',
    ],
)
def test_what_a_speech_did_and_what_it_pledged(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_pledge_said_done_is_still_not_done(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "배경훈은 취임식에서 슈퍼컴 6호기를 확충했다.")
    assert (found["verdict"], found["reason"]) == ("misleading", "tense")
