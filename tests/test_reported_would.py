""" "Would" after a verb of saying is "will", reported (Bae said the model would be
open-sourced): a plan told as the source tells it, not a condition; "would" of a condition
stays one (if …, beating … would mean, which would need). Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.analysis import reported_would


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said the homegrown foundation model would be open-sourced.",
        "Bae said he would host a science and AI ministers' meeting once the ministry is raised"
        " to deputy-prime-minister level.",
    ],
)
def test_a_plan_reported_with_would_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Bae said the homegrown foundation model would be open-sourced.", True),
        ("Bae told reporters that fines would be deferred by at least a year.", True),
        ("If the ministry is upgraded, Bae would host a meeting.", False),
        ("Bae said that if the state supplied 30%, Korea would have a base.", False),
        ("Bae said beating DeepSeek R1 would mean growing EXAONE to 210 billion.", False),
        ("Bae said the model would need roughly 2,000 H200 chips.", False),
    ],
)
def test_would_after_a_verb_of_saying_is_told_apart_from_a_condition(text, reported):
    assert reported_would(text) is reported


def test_a_conditional_view_reported_with_would_stays_supported(cli):
    # (the source: if the government supplies about 30%, the groundwork can be laid; a
    # reported "would" may tell that condition)
    assert (
        verdict(cli, "Bae said the government would supply about 30% of the GPUs.")["verdict"]
        == "supported"
    )
