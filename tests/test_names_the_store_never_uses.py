"""A name the store never uses, written as a name inside an English sentence (the
twenty-second session, from adv32): 'Gartner's Notable AI Models', 'McKinsey's', 'a
Chinese research group' keep a sentence from `supported`; a day of the week and a grade of
the order romanized (the Euntap Order, 은탑) are no such names. Through the CLI on the
bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "text",
    [
        "EXAONE 3.5's 32B model was listed among Gartner's Notable AI Models.",
        "EXAONE 3.5's 32B model was listed among McKinsey's Notable AI Models.",
        "The 32B model of EXAONE 3.5 was listed by Epoch AI, a Chinese research group.",
    ],
)
def test_a_name_it_never_uses(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] != "supported"


@pytest.mark.parametrize(
    "text",
    [
        "EXAONE 3.5's 32B model was listed among Epoch AI's Notable AI Models.",
        "Bae's inauguration was held on Thursday, July 17, 2025.",
        "Bae received the Euntap Order of Industrial Service Merit in 2023.",
    ],
)
def test_names_it_knows(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] == "supported"


def test_a_romanized_grade_is_a_grade(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "Bae received the Dongtap Order of Industrial Service Merit in 2023.")
    assert out["verdict"] == "contradicted"
