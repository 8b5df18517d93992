"""The paraphrase groups join words of one meaning only: never two certainties or two
directions, and every word is found by its own prefix."""

from __future__ import annotations

import pytest

from factcli.judge.meaning import directions
from factcli.text import paraphrases
from factcli.text.analysis import _MARKERS


def _certainties(word: str) -> set[str]:
    return {name for name, pattern in _MARKERS if pattern.fullmatch(word) or pattern.match(word)}


@pytest.mark.parametrize("group", paraphrases.GROUPS, ids=lambda g: g[0])
def test_a_group_has_one_certainty_and_one_direction(group: tuple[str, ...]) -> None:
    kinds = {frozenset(_certainties(w)) for w in group if _certainties(w)}
    assert len(kinds) <= 1, kinds
    for one_way, other_way in directions._AXES:
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


def _joined(word: str, other: str) -> bool:
    group = paraphrases.group_of(word)
    return group is not None and any(other.startswith(p) for p in group)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("들어갔다", "진학"),
        ("enrolled", "입학"),
        ("pursued", "재학"),
        ("구사하는", "다루는"),
        ("진행했다", "수행"),
        ("conducted", "수행"),
        ("convened", "개최"),
        ("projected", "전망"),
        ("풀렸다", "공개"),
        ("stance", "입장"),
        ("threshold", "요건"),
        ("처분했다", "매각"),
        ("이수했다", "수료"),
        ("내비쳤다", "드러냈"),
        ("증명했다", "입증"),
        ("blueprint", "청사진"),
    ],
)
def test_a_paraphrase_of_the_articles_finds_the_sources_word(word: str, other: str) -> None:
    assert _joined(word, other)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("입학했다", "졸업"),
        ("convened", "attend"),
        ("처분했다", "매입"),
        ("기대했다", "결정"),
        ("부족하다", "충분"),
        ("단축", "유예"),
        ("영입했다", "이직"),
        ("presented", "제시"),
        ("attended", "재학"),
    ],
)
def test_a_word_of_another_role_or_direction_is_not_joined(word: str, other: str) -> None:
    assert not _joined(word, other)


@pytest.mark.parametrize(
    ("word", "not_with"),
    [
        ("award", "know"),  # a prefix 'awar' once joined award to aware
        ("wondered", "우승"),  # won, the victory
        ("holdings", "개최"),  # hold, the meeting
        ("priority", "사전"),  # prior, beforehand
        ("citizen", "평가"),  # cit, cited
    ],
)
def test_a_short_prefix_does_not_join_another_word(word: str, not_with: str) -> None:
    group = paraphrases.group_of(word) or ()
    assert not_with not in group
