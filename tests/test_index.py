"""build_index: each term of a fact posted once, at the highest weight of the fields holding it.

The reference below is the index as the fields define it (index._fields, analyze per text, a
comparison per term); build_index, which analyzes a whole store's texts in one batch and
takes the weights in dict operations, must give the same index, dict order included.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from benchmarks import gen_store
from factcli.store import index
from factcli.store.loader import load_store
from factcli.store.model import Fact, SourceRef, Store
from factcli.text.terms import analyze


def reference(store: Store) -> dict[str, dict[int, float]]:
    postings: dict[str, dict[int, float]] = {}
    for i, fact in enumerate(store.facts):
        held: dict[str, float] = {}
        for weight, text in index._fields(store, fact):
            for term in analyze(text):
                if weight > held.get(term, -1.0):
                    held[term] = weight
        for term, weight in held.items():
            postings.setdefault(term, {})[i] = weight
    return postings


def assert_reference(store: Store) -> None:
    built = index.build_index(store)
    expected = reference(store)
    assert list(built.postings) == list(expected)  # the order terms come in, too
    for term, found in built.postings.items():
        assert list(found.items()) == list(expected[term].items()), term
    assert built.size == len(store.facts) == len(built.dates) == len(built.values)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Store:
    root = tmp_path_factory.mktemp("index") / "store"
    gen_store.generate(1200, root, seed=11, per_file=400)
    return load_store(root, use_cache=False)


def test_the_bundled_store_is_indexed_as_its_fields_say():
    assert_reference(load_store(None, use_cache=False))


def test_a_generated_store_is_indexed_as_its_fields_say(generated):
    assert_reference(generated)


def odd(fact: Fact, **changes: object) -> Fact:
    return fact.replace(**changes)


def test_odd_facts_are_indexed_as_their_fields_say(generated):
    facts = list(generated.facts[:40])
    sub = next(iter(generated.subjects))
    variants = [
        odd(facts[0], sources=()),
        odd(facts[1], sources=(SourceRef("d", "같은 말 같은 말"), SourceRef("d", "ㅂㄱㅎ 초성"))),
        odd(facts[2], kind="text", value="Σ 값 ΟΔΟΣ", org="한빛 ORG"),
        odd(facts[3], kind="position", value="원장 원장", org=None),
        odd(facts[4], kind="position", value=Decimal("3")),
        odd(facts[5], statement="a \x1e b", statement_en="ᄀ\u1161 c\u0301", tags=()),
        odd(facts[6], subject="no-such-subject"),
        odd(facts[7], subject=sub, tags=("원장", "gpu")),
        odd(facts[8], statement=facts[8].statement_en, statement_en=facts[8].statement),
    ]
    assert_reference(Store(facts=facts + variants, subjects=generated.subjects, sources={}))
    assert_reference(Store(facts=[], subjects=generated.subjects, sources={}))
