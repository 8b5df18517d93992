"""A post or a programme said to be held at a time (배경훈은 2007년 삼성탈레스에 재직 중이었다,
2005년 박사 과정에 재학 중이었다, In 2014 Bae worked at SK Telecom): the time falls inside the
span the store gives, whatever body the sentence names. adv71's true sentences flagged, at the
forty-fourth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (a body's name, not his, is the word the post's fact must hold)
        "배경훈은 2007년 삼성탈레스에 재직 중이었다.",
        "배경훈은 2004년 삼성탈레스에서 근무했다.",
        "배경훈은 2014년 SK텔레콤에서 일했다.",
        "In 2014 Bae worked at SK Telecom.",
        # (a programme attended: its span, found by the programme's own words)
        "배경훈은 2005년 박사 과정에 재학 중이었다.",
        "배경훈은 2004년 박사 과정을 밟고 있었다.",
    ],
)
def test_a_time_inside_the_span_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2001년 삼성탈레스에 재직 중이었다.",
        "In 2019 Bae worked at SK Telecom.",
        "배경훈은 2009년 박사 과정에 재학 중이었다.",
    ],
)
def test_a_time_outside_it_is_not(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_the_subjects_own_title_is_no_post_of_then(cli):
    # (the title he holds now, before the year he worked at SK Telecom)
    claim = "배경훈 과학기술정보통신부 장관은 2014년 SK텔레콤에서 근무했다."
    assert verdict(cli, claim)["verdict"] == "supported"
