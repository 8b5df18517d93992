"""Look-ups weigh a word as rare as what it means (thirty-first session).

A query word the store holds once (재산, 곳) no longer outweighs the query's other words when
its synonyms are common (재산: assets) or when it only asks where (곳). Through the CLI.
"""

from __future__ import annotations

import json

import pytest


def _first(cli, query: str) -> str:
    out = cli("search", query, "--limit", "1", "--format", "json", store=None)
    assert out.exit_code == 0, out.stderr
    return json.loads(out.stdout)[0]["id"]


@pytest.mark.parametrize(
    ("query", "want"),
    [
        # (재산 is in the total's text only; 장녀 and 총액 say whose total)
        ("장녀 재산 총액", "assets-daughter-total"),
    ],
)
def test_a_rare_wording_does_not_outweigh_the_rest(cli, query: str, want: str) -> None:
    assert _first(cli, query) == want


@pytest.mark.parametrize(
    "query", ["배겅훈 장관 태어난 곳", "배경훈 태어난 곳", "배경훈 어디서 태어났나"]
)
def test_where_words_ask_and_do_not_match(cli, query: str) -> None:
    # (곳 asks where: no word of the answer; the fact of the one place that says 곳 is not it)
    assert _first(cli, query) in ("bae-birth", "bae-birthplace")


def test_the_checker_keeps_its_own_weights(bundled) -> None:
    """Only search weighs by meaning: the checker's relevance bars were set on a word's own
    rarity, and score_terms keeps it unless asked."""
    from factcli.find.scores import _weight
    from factcli.find.vocabulary import FuzzyBudget, _expand
    from factcli.store.index import store_index

    index = store_index(bundled)
    expansions = _expand(index, "재산", FuzzyBudget())
    own = _weight(index, "재산", expansions)
    meant = _weight(index, "재산", expansions, by_meaning=True)
    assert own == index.idf("재산")
    assert meant < own


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("엑사원 딥 공개일", "exaone-deep-release"),
        ("ㅇㅅㅇ ㄷ 공개일", "exaone-deep-release"),
        ("배경훈 취임일", "minister-inauguration-2025-07-17"),
    ],
)
def test_a_day_named_by_its_event(cli, query: str, want: str) -> None:
    # (공개일: the release, and its day asked, as 공개 날짜 asks it)
    assert _first(cli, query) == want


def test_the_checkers_own_searches_keep_their_weights(cli) -> None:
    """The checker finds an event's day by search (임명장을 받은 다음 날: the appointment's
    day); weighed by meaning, 임명장 counted less and another fact's day was found."""
    from checking import verdict

    claim = "배경훈은 임명장을 받은 다음 날 네이버 각 세종 현장 간담회에서 발언했다."
    assert verdict(cli, claim)["verdict"] == "supported"
