"""factcli.find.fuzzy gives what rapidfuzz's process.extract with fuzz.ratio gives: the same
choices, the same scores to the bit, in the same order."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from factcli.find import fuzzy
from factcli.store.loader import load_store
from factcli.text import korean


def reference(query: str, choices: dict[str, str], cutoff: float, limit: int) -> list:
    return list(
        process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    )


def typos(word: str, rng: random.Random) -> list[str]:
    out = [word, word[1:], word[:-1], word[::-1], word + word[-1:], word[:2]]
    if len(word) > 1:
        i = rng.randrange(len(word) - 1)
        out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # two letters swapped
        out.append(word[:i] + "x" + word[i + 1 :])
    return out


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, str]:
    return dict(load_store(None).search_index.jamo_map())


@pytest.mark.parametrize("cutoff", [0, 50, 80, 86, 100])
def test_the_bundled_vocabulary_against_rapidfuzz(vocabulary, cutoff):
    rng = random.Random(cutoff)
    words = rng.sample(sorted(vocabulary), 60)
    for word in words:
        for query in typos(korean.disassemble(word), rng):
            got = fuzzy._extract(query, vocabulary, cutoff, 8)
            assert got == reference(query, vocabulary, cutoff, 8), query


def test_random_strings_and_scores_at_the_cutoff():
    """Short strings over a small alphabet: many ties, many scores exactly at a cutoff."""
    rng = random.Random(7)
    for _ in range(300):
        choices = {
            f"k{i}": "".join(rng.choice("abcㄱㅏ") for _ in range(rng.randrange(0, 9)))
            for i in range(rng.randrange(1, 40))
        }
        query = "".join(rng.choice("abcㄱㅏ") for _ in range(rng.randrange(0, 9)))
        for cutoff in (0, 40, 50, 60, 66.6, 75, 80, 86):
            for limit in (1, 3, 8, 100):
                got = fuzzy._extract(query, choices, cutoff, limit)
                assert got == reference(query, choices, cutoff, limit), (query, choices, cutoff)


def test_a_large_vocabulary_goes_to_rapidfuzz(monkeypatch):
    choices = {f"w{i}": f"word{i}" for i in range(50)}
    monkeypatch.setattr(fuzzy, "SMALL", 10)
    assert fuzzy.extract("word7", choices, score_cutoff=80, limit=3) == reference(
        "word7", choices, 80, 3
    )
    monkeypatch.setattr(fuzzy, "SMALL", 100)
    assert fuzzy.extract("word7", choices, score_cutoff=80, limit=3) == reference(
        "word7", choices, 80, 3
    )


@pytest.mark.parametrize("small", [0, 20_000])
def test_words_and_choices_as_two_lists_give_what_their_dict_gives(vocabulary, small, monkeypatch):
    # As two lists (the cache's words and their jamo, in order), to rapidfuzz or here, the
    # same choices, scores, keys and order as the dict of them; ties among many equal choices.
    monkeypatch.setattr(fuzzy, "SMALL", small)
    rng = random.Random(small)
    keys, choices = list(vocabulary), list(vocabulary.values())
    tied = [f"t{i}" for i in range(30)], ["ㄱㅏㄴ" if i % 2 else "ㄱㅏ" for i in range(30)]
    for words, jamos in ((keys, choices), tied):
        as_dict = dict(zip(words, jamos, strict=True))
        for word in rng.sample(jamos, 20):
            for query in typos(word, rng):
                for cutoff in (50, 80, 86):
                    assert fuzzy.extract_listed(
                        query, words, jamos, score_cutoff=cutoff, limit=8
                    ) == reference(query, as_dict, cutoff, 8), query
