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


def test_ascii_choices_filtered_before_scoring_give_what_rapidfuzz_gives(monkeypatch):
    # Many ASCII choices (more than SMALL): the characters a choice shares with the query
    # leave out those that cannot reach the cutoff, and the rest are scored here. The same
    # choices, scores, keys and order as rapidfuzz over them all; ties, scores at a cutoff,
    # choices made of the query's characters in another order, empty ones.
    monkeypatch.setattr(fuzzy, "SMALL", 50)
    rng = random.Random(12)
    for _ in range(60):
        alphabet = rng.choice(["abcde", "semicondutr", "abcdefghijklmnopqrstuvwxyz"])
        jamos = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
            for _ in range(rng.randrange(51, 400))
        ]
        words = [f"w{i}" for i in range(len(jamos))]
        as_dict = dict(zip(words, jamos, strict=True))
        for query in [*rng.sample(jamos, 3), "semicondutcor", "budegt", "a", ""]:
            for cutoff in (0, 50, 66.6, 80, 86, 100):
                assert fuzzy.extract_listed(
                    query, words, jamos, score_cutoff=cutoff, limit=8
                ) == reference(query, as_dict, cutoff, 8), (query, cutoff)


def test_the_filter_leaves_out_only_what_cannot_reach_the_cutoff():
    rng = random.Random(3)
    choices = [
        "".join(rng.choice("abcdefg") for _ in range(rng.randrange(0, 10))) for _ in range(3000)
    ]
    for query in ("abcdefg", "gfe", "abcabcab", "xyz"):
        for cutoff in (40, 80, 86, 100):
            kept = fuzzy._reachable(query, choices, cutoff)
            assert kept is not None
            reached = [at for at, c in enumerate(choices) if fuzz.ratio(query, c) >= cutoff]
            assert set(reached) <= set(kept), (query, cutoff)
            assert kept == sorted(kept)
    assert len(fuzzy._reachable("abcdefg", choices, 86)) < len(choices) // 2  # it filters
    # What it cannot tell: a newline in a choice, a lone surrogate, no cutoff.
    assert fuzzy._reachable("ab", [*choices, "a\nb"], 80) is None
    assert fuzzy._reachable("ab", [*choices, "a\ud800"], 80) is None
    assert fuzzy._reachable("a\ud800", choices, 80) is None
    assert fuzzy._reachable("ab", choices, 0) is None


# Hangul letters and what shares their UTF-8 bytes: ㅅ ㅆ ㅄ end in the middle byte of every
# letter (E3 85 85), ㄅ (bopomofo, E3 84 85) and ㅱ (E3 85 B1) end as ㅅ and ㄱ do, Ņ (C5 85)
# too; a syllable, ASCII, an emoji (four bytes).
ALPHABETS = ["ㄱㅏㄴㅅ", "ㅅㅆㅄㅏㅗㄱ", "ㅅㄅㅱㄱŅa", "ㅎㅘㄱㅂㅗㅅ가b😀", "abcㄱㅏ"]


def test_the_filter_keeps_what_reaches_the_cutoff_in_any_script():
    rng = random.Random(5)
    for alphabet in ALPHABETS:
        choices = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10))) for _ in range(2000)
        ]
        queries = ["ㅅ", "ㅅㅏ", "ㄱㅏㄴ", "ㅎㅘㄱㅂㅗ", "ㅄㅅ", "ㄅㄅ", "Ņa", "😀ㄱ", "xyz"]
        queries += [c for c in rng.sample(choices, 6) if c][:5]
        for query in queries:
            for cutoff in (40, 80, 86, 100):
                kept = fuzzy._reachable(query, choices, cutoff)
                assert kept is not None
                reached = [at for at, c in enumerate(choices) if fuzz.ratio(query, c) >= cutoff]
                assert set(reached) <= set(kept), (alphabet, query, cutoff)
                assert kept == sorted(kept)
    jamo = [korean.disassemble(w) for w in ("확보", "반도체", "목표", "한빛", "시설", "사업")] * 500
    assert len(fuzzy._reachable("ㅎㅘㄱㅂㅗ", jamo, 80)) == 500  # it filters: 확보 alone
    assert len(fuzzy._reachable("ㅅㅣㅅㅓㄹ", jamo, 80)) == 500  # ㅅ: the middle bytes dropped


def test_a_korean_typo_among_many_words_gives_rapidfuzz_s_answer_without_it(monkeypatch):
    import sys

    vocabulary = dict(load_store(None).search_index.jamo_map())
    words, jamos = list(vocabulary), list(vocabulary.values())
    rng = random.Random(9)
    cases = [
        (query, cutoff)
        for word in rng.sample(jamos, 40)
        for query in typos(word, rng)
        for cutoff in (80, 86)
    ]
    expected = [reference(query, vocabulary, cutoff, 8) for query, cutoff in cases]
    monkeypatch.setattr(fuzzy, "SMALL", 100)
    monkeypatch.setitem(sys.modules, "rapidfuzz", None)  # an import would raise
    for (query, cutoff), want in zip(cases, expected, strict=True):
        few = fuzzy._reachable(query, jamos, cutoff)
        if few is None or len(few) > 100:
            continue  # rapidfuzz's to answer (tested above)
        got = fuzzy.extract_listed(query, words, jamos, score_cutoff=cutoff, limit=8)
        assert got == [(c, s, k) for c, s, k in want], (query, cutoff)


def test_a_typo_among_many_ascii_words_does_not_import_rapidfuzz(monkeypatch):
    import sys

    monkeypatch.setattr(fuzzy, "SMALL", 100)
    monkeypatch.setitem(sys.modules, "rapidfuzz", None)  # an import would raise
    words = [f"word{i}" for i in range(500)] + ["semiconductor", "budget"]
    got = fuzzy.extract_listed("semicondutcor", words, words, score_cutoff=80, limit=8)
    assert [choice for choice, _score, _key in got] == ["semiconductor"]


def test_a_filtered_pass_over_a_few_thousand_words_gives_the_dict_s_answer(monkeypatch):
    # More than FILTERED and up to SMALL: the filter picks the few, scored here; the answer is
    # the dict's, whose order is the lists' when no key repeats (when one does, the dict's).
    rng = random.Random(21)
    monkeypatch.setattr(fuzzy, "FILTERED", 40)
    for _ in range(40):
        alphabet = rng.choice(["abcde", "ㄱㅏㄴㅅㅆ", "abㄱㅏ"])
        jamos = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))
            for _ in range(rng.randrange(41, 300))
        ]
        words = [f"w{rng.randrange(len(jamos) * 2)}" for _ in jamos]  # keys may repeat
        as_dict = dict(zip(words, jamos, strict=True))
        for query in [*rng.sample(jamos, 3), "ㄱㅏㄴ", "abc"]:
            for cutoff in (50, 80, 86):
                got = fuzzy.extract_listed(query, words, jamos, score_cutoff=cutoff, limit=8)
                assert got == reference(query, as_dict, cutoff, 8), (query, cutoff)
