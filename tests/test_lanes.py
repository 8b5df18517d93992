"""Large stores score through every fact's bound at once (find.lanes): the same answers as
the term-by-term walk and as scoring every fact, for search, relevance and whole drafts,
from the YAML (the index in memory) and from the cache (packed postings)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import gen_store
from factcli.find import lanes, scores, vocabulary
from factcli.find import search as search_module
from factcli.judge import check, relevance
from factcli.store.index import store_index
from factcli.store.loader import load_store
from factcli.text.analysis import analyze_sentence


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lanes") / "facts"
    gen_store.generate(2000, folder, seed=5, per_file=400)
    load_store(folder)  # the cache, built once
    return folder


def texts_of(store, count: int, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Statements of the store in both languages, some cut short or with a typo, and bits."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        fact = store.facts[rng.randrange(len(store.facts))]
        text = fact.statement_en if n % 2 else fact.statement
        if n % 4 == 1:
            k = rng.randrange(len(text) - 1)
            text = text[:k] + text[k + 1] + text[k] + text[k + 2 :]
        if n % 4 == 2:
            words = text.split()
            text = " ".join(words[: rng.randint(1, len(words))])
        out.append(text)
    return out


def answers(store, texts: list[str]) -> list:  # type: ignore[type-arg]
    index = store_index(store)
    out = []
    for text in texts:
        values = list(analyze_sentence(text).values)
        out.append(
            [(f.id, r, sorted(t)) for f, r, t in relevance.relevance(store, text, values, index)]
        )
        for limit in (3, 10, 40):
            out.append(
                [(m.fact.id, m.score) for m in search_module.search(store, text, limit=limit)]
            )
    return out


def walked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lanes, "LANES_MIN", 10**9)


def every_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    walked(monkeypatch)
    monkeypatch.setattr(scores, "_kth_score", lambda *_a: None)
    monkeypatch.setattr(scores, "_score_reachable", lambda *_a: None)


@pytest.mark.parametrize("common", [scores.COMMON_POSTINGS, 40])
@pytest.mark.parametrize("cached", [True, False])
def test_bounds_in_lanes_give_the_answers_of_scoring_every_fact(root, common, cached, monkeypatch):
    # With few postings called common, facts are found through the rare words only.
    monkeypatch.setattr(scores, "COMMON_POSTINGS", common)
    monkeypatch.setattr(lanes, "LANES_MIN", 1)
    texts = texts_of(load_store(root), 40, seed=common)
    fast = answers(load_store(root, use_cache=cached), texts)
    assert any(fast), "some texts find facts"
    walked(monkeypatch)
    assert answers(load_store(root, use_cache=cached), texts) == fast
    every_fact(monkeypatch)
    assert answers(load_store(root, use_cache=cached), texts) == fast


def test_a_draft_gets_the_same_findings_through_lanes(root, monkeypatch):
    monkeypatch.setattr(lanes, "LANES_MIN", 1)
    draft = "\n".join(texts_of(load_store(root), 30, seed=8))
    fast = [f.to_dict() for f in check.check_document(load_store(root), draft)]
    assert fast
    every_fact(monkeypatch)
    assert fast == [f.to_dict() for f in check.check_document(load_store(root), draft)]


def test_a_words_codes_hold_its_best_match_in_each_fact(root):
    rng = random.Random(4)
    for cached in (True, False):
        index = store_index(load_store(root, use_cache=cached))
        words = index.sorted_vocabulary()
        for _ in range(40):
            term = rng.choice(words)
            expansions = vocabulary._expand(index, term)
            held, values = lanes.codes(index, term, expansions)
            got = {i: values[k - 1] for i, k in enumerate(held) if k}
            assert got == scores._term_best(index, expansions, None), term
            assert values == sorted(set(values))


def test_a_word_of_too_many_values_is_walked_instead(root, monkeypatch):
    monkeypatch.setattr(lanes, "LANES_MIN", 1)
    store = load_store(root)
    index = store_index(store)
    words = [w for w in index.sorted_vocabulary() if w.isalpha()][:300]
    # 300 sureties: more values than a byte can code
    many = {w: 1 - k / 1000 for k, w in enumerate(words)}
    assert lanes.codes(index, "many", many) is None
    plan = [("many", 2.0, many, sum(index.df(w) for w in words))]
    assert lanes.score(index, plan, None, 0.5, 10, 0.0, None) is None


@pytest.mark.parametrize("common", [scores.COMMON_POSTINGS, 40])
def test_which_facts_hold_a_word_is_read_from_its_codes(root, common, monkeypatch):
    monkeypatch.setattr(scores, "COMMON_POSTINGS", common)
    monkeypatch.setattr(lanes, "LANES_MIN", 1)
    for cached in (True, False):
        store = load_store(root, use_cache=cached)
        index = store_index(store)
        other = store_index(load_store(root, use_cache=cached))  # no codes made: walked
        some = [*range(0, len(store.facts), 37), len(store.facts) - 1, 10**6, -1]
        for text in texts_of(store, 25, seed=6):
            terms = search_module.analyze(text)
            scores.score_terms(index, terms, {}, share=0.3, top=25)  # makes the codes
            fast = scores.TermHits(index, terms)
            slow = scores.TermHits(other, terms)
            for term in dict.fromkeys(terms):
                assert fast[term]._codes is not None, term
                assert bool(fast[term]) == bool(slow[term]), term
                assert [fast[term].get(i) for i in some] == [slow[term].get(i) for i in some]
                assert dict(fast[term]) == dict(slow[term]), term


def test_bounds_in_8_bit_lanes_give_the_answers_of_16_bit_ones(root, monkeypatch):
    # Without candidates every fact has a lane: 8 bits each when the words are few (a coarser
    # bound, more facts scored exactly), the same answers as 16-bit lanes.
    monkeypatch.setattr(lanes, "LANES_MIN", 1)
    texts = texts_of(load_store(root), 40, seed=9)
    widths = []
    constants = lanes._constants

    def spy(n: int, narrow: bool = False) -> tuple[int, int]:
        widths.append(narrow)
        return constants(n, narrow)

    monkeypatch.setattr(lanes, "_constants", spy)
    narrow = answers(load_store(root), texts)
    assert any(widths), "some texts were scored in 8-bit lanes"
    widths.clear()
    monkeypatch.setattr(lanes, "_NARROW_WORDS", 0)
    assert answers(load_store(root), texts) == narrow
    assert widths and not any(widths)
