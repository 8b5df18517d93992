"""The paraphrase groups join words of one meaning only: never two certainties or two
directions, and every word is found by its own prefix."""

from __future__ import annotations

import pytest

from factcli.judge import meaning
from factcli.text import paraphrases
from factcli.text.analysis import _MARKERS


def _certainties(word: str) -> set[str]:
    return {name for name, pattern in _MARKERS if pattern.fullmatch(word) or pattern.match(word)}


@pytest.mark.parametrize("group", paraphrases.GROUPS, ids=lambda g: g[0])
def test_a_group_has_one_certainty_and_one_direction(group: tuple[str, ...]) -> None:
    kinds = {frozenset(_certainties(w)) for w in group if _certainties(w)}
    assert len(kinds) <= 1, kinds
    for one_way, other_way in meaning._AXES:
        ups = [w for w in group if one_way.search(w)]
        downs = [w for w in group if other_way.search(w)]
        assert not (ups and downs), (ups, downs)


def test_every_word_finds_its_group() -> None:
    for group in paraphrases.GROUPS:
        for word in group:
            if " " in word:
                continue  # (a phrase is looked for in a fact's text, not a sentence's word)
            found = paraphrases.group_of(word)
            assert found is not None and word in found


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 AI 기본법 과태료 부과를 적어도 1년 넘게 미루겠다고 했다.",
        "Bae said fines under the AI Basic Act would be postponed for at least one year.",
    ],
)
def test_a_deferral_in_other_words_is_supported(cli, claim: str) -> None:  # type: ignore[no-untyped-def]
    import json

    result = cli("check", claim, "-f", "json", store=None)
    assert json.loads(result.stdout)["verdict"] == "supported", result.stdout
