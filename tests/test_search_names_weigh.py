"""In a look-up, a word naming one of the store's subjects (장녀, the daughter) weighs twice
its rarity: whose thing is asked matters more than how it is worded (장녀 예금 보유액 found
the spouse's deposits first, by 보유). Through the CLI."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("장녀 예금 보유액", "assets-daughter-deposits"),
        ("장녀 증여세 납부", "controversy-gift-tax"),
        ("배우자 예금", "assets-spouse-deposits"),
    ],
)
def test_the_subject_a_query_names_leads_its_look_up(cli, query, first):
    result = cli("search", query, "-n", "3", "-f", "json", store=None)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == first
