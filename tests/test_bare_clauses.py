"""A clause with no value of its own, told in words the store never uses (the twenty-first
session): joined to clauses the store supports (…태어났고 아들 둘을 뒀다; …was sworn in and
announced his resignation; …, which the land ministry later forgave), it is a statement no
fact tells of, and the sentence is not supported. Words the store says otherwise (chosen for
picked, in error for wrongly, a broker for a securities firm) are its words. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "wrong",
    [
        "배경훈은 1976년 5월 서울에서 태어났고 아들 둘을 뒀다.",
        "On July 17, 2025, Bae was sworn in and announced his resignation.",
        "Bae took out a 750 million won mortgage loan on June 10, 2025, which the land ministry "
        "later forgave.",
        "Bae was born in May 1976 and is the Minister of Trade.",
        "LG AI연구원은 2020년 12월 7일 출범했으며 삼성과 공동으로 설립됐다.",
    ],
)
def test_a_bare_clause_no_fact_tells_of(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    "right",
    [
        "LG AI Research was launched on December 7, 2020, and Bae was chosen as its first director.",
        "Bae admitted the dependant deduction was claimed in error and said he filed a correction "
        "with the National Tax Service in May 2025.",
        "Bae said he gave his child 100 million won, paid the gift tax, and then bought shares on "
        "a broker's advice.",
        "배 장관은 AI 기술의 악용·남용을 막을 최소한의 규제는 두겠지만 과태료 부과는 최소 1년 "
        "이상 유예하겠다고 밝혔다.",
    ],
)
def test_a_bare_clause_in_other_words_of_a_fact(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
