"""A name the store never uses, written as a name inside an English sentence (the
twenty-second session, from adv32): 'Gartner's Notable AI Models', 'McKinsey's', 'a
Chinese research group' keep a sentence from `supported`; a day of the week and a grade of
the order romanized (the Euntap Order, 은탑) are no such names. Through the CLI on the
bundled store. Also: a chip named by its letter (B200 for H200); one of a few where the source
says the only one; "scale … up to" is no ceiling."""

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


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae said about 2,000 H200 GPUs would be needed.",
            "Bae said about 2,000 B200 GPUs would be needed.",
        ),
        (
            "배경훈은 H200 2천 장 정도가 필요하다고 말했다.",
            "배경훈은 B200 2천 장 정도가 필요하다고 말했다.",
        ),
    ],
)
def test_a_chip_is_named_by_its_letter_too(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert out["verdict"] == "contradicted"
    assert out["evidence"][0]["expected"] == "H200"


@pytest.mark.parametrize(
    "text",
    [
        "스탠퍼드대 HAI는 엑사원 3.5를 한국의 두 모델 가운데 하나로 꼽았다.",
        "Stanford HAI's AI Index 2025 listed EXAONE 3.5 among its 62 notable AI models,"
        " alongside two other Korean models.",
    ],
)
def test_one_of_a_few_where_the_source_says_the_only_one(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] != "supported"


@pytest.mark.parametrize(
    "text",
    [
        "스탠퍼드대 HAI는 엑사원 3.5를 주목할 만한 AI 모델 62개 가운데 하나로 꼽았다.",
        "Stanford HAI's AI Index 2025 listed EXAONE 3.5 as the only Korean model among its 62"
        " notable AI models.",
        # (scale up to: where it goes, not at most)
        "Bae said about 2,000 H200 chips would be needed to scale EXAONE up to roughly 210"
        " billion parameters.",
    ],
)
def test_true_lines_beside_them(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] == "supported"


def test_the_largest_where_no_fact_says_which(cli):  # type: ignore[no-untyped-def]
    # (the store gives her three holdings in three facts; joined, none says which is the
    # largest. With a figure, "largest holding was Meta, worth 21.04 million won", it is still
    # supported: a known gap, in the README)
    assert verdict(cli, "Bae's daughter's largest holding was Microsoft.")["verdict"] != (
        "supported"
    )


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae took office at a ceremony in Sejong.",
            "Bae took office at a ceremony at the Yongsan presidential office.",
        ),
    ],
)
def test_where_one_event_happened_is_not_anothers(cli, right, wrong):  # type: ignore[no-untyped-def]
    # (his letter of appointment was handed over in Yongsan; he took office in Sejong)
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"
