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
