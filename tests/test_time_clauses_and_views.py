"""Two dated events joined by a clause of time, and a view of what may be (the twenty-fourth
session): 2017년 상무가 된 뒤 2018년 본부장에 올랐다 is two claims, each held by its own fact,
not two years and two posts that two facts hold between them; 갖출 수 있다고 봤다 is his
view, and 정부가 대면 a condition. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.analysis import analyze_sentence, certainty_at


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # each event with its own year, as the facts have them
        ("배경훈은 2006년 박사학위를 받은 뒤 2011년 SK텔레콤으로 옮겼다.", "supported"),
        (
            "배경훈은 LG유플러스에서 2017년 AI기술본부장이 된 뒤 2018년 AI플랫폼담당 상무가 됐다.",
            "supported",
        ),
        # one year wrong: that event's fact says otherwise
        ("배경훈은 2006년 박사학위를 받은 뒤 2012년 SK텔레콤으로 옮겼다.", "contradicted"),
    ],
)
def test_events_joined_by_a_clause_of_time(cli, sentence, want):
    assert verdict(cli, sentence)["verdict"] == want


def test_two_posts_with_their_years_swapped_are_not_supported(cli):
    # each post's year is the other's: both facts exist, the sentence pairs them wrongly
    swapped = (
        "배경훈은 LG유플러스에서 2017년 AI플랫폼담당 상무가 된 뒤 2018년 AI기술본부장에 올랐다."
    )
    assert verdict(cli, swapped)["verdict"] != "supported"


def test_a_view_on_a_condition_is_as_sure_as_the_source(cli):
    view = (
        "배 장관은 2030년 중소기업·학계의 GPU 수요를 15만 장가량으로 보고, "
        "그 30% 안팎을 정부가 대면 AI 대전환 기반을 갖출 수 있다고 봤다."
    )
    assert verdict(cli, view)["verdict"] == "supported"
    # told as decided, it says more than his view
    decided = "배 장관은 2030년 중소기업·학계의 GPU 수요 15만 장 가운데 30%를 정부가 공급하기로 했다고 밝혔다."
    found = verdict(cli, decided)
    assert (found["verdict"], found["reason"]) == ("misleading", "certainty")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("2030년 AI 대전환 기반을 갖출 수 있다고 봤다.", "expected"),
        ("정부가 2030년 물량을 대면 기반을 갖출 수 있다.", "conditional"),
        # a time, not a condition: 연말이 되면
        ("연말이 되면 2025년 상위 10위 LLM이 나올 것이다.", "future"),
    ],
)
def test_certainty_words(sentence: str, want: str) -> None:
    analysis = analyze_sentence(sentence)
    value = next(v for v in analysis.values if v.date is not None)
    assert certainty_at(analysis, value) == want
