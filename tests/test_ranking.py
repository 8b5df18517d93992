"""Search and check read only what can make their lists: the shortcuts change no answer.

Each shortcut (scoring only the facts that can reach the threshold or the best 25, ids of
tied facts read without decoding them, births found through the index, postings looked up
packed) is compared with the whole computation it replaces, on the bundled store and on a
generated one, from the YAML and from the cache.
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from benchmarks import gen_store
from factcli.errors import CacheDamaged
from factcli.find import scores, vocabulary
from factcli.find import search as search_module
from factcli.judge import births, check, relevance
from factcli.store import cache, dbcache
from factcli.store.dbcache import CachedStore
from factcli.store.index import store_index
from factcli.store.loader import bundled_store_path, load_store
from factcli.text import korean
from factcli.text.analysis import analyze_sentence
from factcli.text.dates import parse_iso


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "facts"
    gen_store.generate(2000, root, seed=11, per_file=250)
    return root


def stores(root: Path | None) -> list:  # type: ignore[type-arg]
    """The store from its YAML and from its cache (built by the first load)."""
    plain = load_store(root, use_cache=False)
    load_store(root, use_cache=True)
    warm = load_store(root, use_cache=True)
    assert isinstance(warm, CachedStore)
    return [plain, warm]


def claims(store, count: int, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Statements of the store, some with a word dropped or two letters swapped."""
    rng = random.Random(seed)
    facts = [store.facts[i] for i in rng.sample(range(len(store.facts)), count)]
    out = []
    for n, fact in enumerate(facts):
        text = fact.statement if n % 2 else fact.statement_en
        words = text.split()
        if n % 3 == 1 and len(words) > 3:
            del words[rng.randrange(len(words))]
        text = " ".join(words)
        if n % 5 == 2 and len(text) > 6:
            k = rng.randrange(len(text) - 1)
            text = text[:k] + text[k + 1] + text[k] + text[k + 2 :]
        out.append(text)
    return out


def whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Score every fact, as before the shortcuts."""
    monkeypatch.setattr(scores, "_kth_score", lambda *_a: None)
    monkeypatch.setattr(scores, "_score_reachable", lambda *_a: None)
    monkeypatch.setattr(relevance, "_ids", _ids_by_reading)


def _ids_by_reading(store, positions):  # type: ignore[no-untyped-def]
    for i in positions:
        fact = store.facts[i]
        yield fact.id, fact.superseded_by is not None


def answers(store, texts: list[str]) -> list:  # type: ignore[type-arg]
    index = store_index(store)
    out = []
    for text in texts:
        values = list(analyze_sentence(text).values)
        ranked = relevance.relevance(store, text, values, index)
        out.append([(f.id, r, sorted(t)) for f, r, t in ranked])
        out.append([(m.fact.id, m.score) for m in search_module.search(store, text, limit=15)])
        out.append([(m.fact.id, m.score) for m in search_module.search(store, text[:25])])
    return out


@pytest.mark.parametrize(
    ("which", "common"),
    [
        ("bundled", scores.COMMON_POSTINGS),
        ("generated", scores.COMMON_POSTINGS),
        # Facts found through the rare words only: a few facts looked up in common words
        # (their packed postings read by bisection), the first facts of each word sampled.
        ("generated", 40),
    ],
)
def test_scoring_only_what_can_make_the_list_changes_nothing(which, common, generated, monkeypatch):
    monkeypatch.setattr(scores, "COMMON_POSTINGS", common)
    root = bundled_store_path() if which == "bundled" else generated
    plain, warm = stores(root)
    texts = claims(plain, 40, seed=3)
    fast = answers(plain, texts)
    assert answers(warm, texts) == fast
    whole(monkeypatch)
    for store in stores(root):  # a new index: nothing remembered from the fast runs
        assert answers(store, texts) == fast


def test_a_draft_gets_the_same_findings_as_with_every_fact_scored(generated, monkeypatch):
    plain, warm = stores(generated)
    draft = "\n".join(claims(plain, 30, seed=5))
    fast = [f.to_dict() for f in check.check_document(warm, draft)]
    assert fast == [f.to_dict() for f in check.check_document(plain, draft)]
    whole(monkeypatch)
    assert fast == [f.to_dict() for f in check.check_document(load_store(generated), draft)]


def test_births_are_found_through_the_index():
    plain, warm = stores(None)
    by_reading = {}
    for fact in plain.facts:  # what births() did: every fact read
        if fact.date and births._is_birth(fact) and fact.subject not in by_reading:
            by_reading[fact.subject] = parse_iso(fact.date)
    assert by_reading, "the bundled store has a birth"
    for store in (plain, warm):
        assert births.births(store) == by_reading
    marked = {f.id for f in warm.facts if births._is_birth(f)}
    assert marked <= {f.id for f in births._maybe_births(warm)}


def test_packed_lookups_agree_with_unpacked_postings(generated):
    rng = random.Random(7)
    for store in stores(generated):
        index = store_index(store)
        words = index.sorted_vocabulary()
        for term in rng.sample(words, 60):
            positions = [*rng.sample(range(len(store.facts)), 300), len(store.facts) - 1, 0]
            looked = index.weights_at(term, positions)
            full = index.postings_of(term)
            assert looked == {i: full[i] for i in positions if i in full}, term
            assert index.df(term) == len(full)


def test_postings_decoded_without_a_dict_agree_with_unpacked_postings(generated):
    # pairs and weights_among read the packed postings (unless the dict is made already):
    # a fresh index, then the same questions once postings_of has unpacked them.
    store = load_store(generated)
    index = store_index(store)
    rng = random.Random(8)
    for term in rng.sample(index.sorted_vocabulary(), 60):
        among = {*rng.sample(range(len(store.facts)), 300), 0, len(store.facts) - 1}
        positions, weights = index.pairs(term)
        found = index.weights_among(term, among)
        full = index.postings_of(term)
        assert positions == list(full) and list(weights) == list(full.values()), term
        assert {i: found[i] for i in among if i in found} == {
            i: full[i] for i in among if i in full
        }
        again, their = index.pairs(term)
        assert (again, list(their)) == (positions, list(weights)), term


def test_the_vocabulary_read_whole_or_scanned_gives_the_same_answers(generated):
    _plain, warm = stores(generated)
    index = store_index(warm)
    # Read from the texts the build kept (vocab_text), not from a scan of the vocabulary.
    assert index.db.text_cells("vocab_crc", 1) is not None
    read = (index.sorted_vocabulary(), index.jamo_map(), list(index.initials_items()))
    texts = [*claims(warm, 20, seed=13), "ㅎㅂㅂㄷㅊ", "Hanbit Semicondutcor budegt", "배겅훈"]
    fast = answers(warm, texts)
    db = cache.cache_dir() / cache._name(generated)
    warm.db.conn.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE vocab_text SET v = v || 'x'")  # each text fails its CRC now
    conn.commit()
    conn.close()
    reader = dbcache.Reader.open(db, key=cache._code_stamp(), root=os.path.abspath(generated))
    assert reader is not None
    store = reader.store()
    scanned = store_index(store)
    assert scanned.db.text_cells("vocab_crc", 1) is None
    assert (scanned.sorted_vocabulary(), scanned.jamo_map(), list(scanned.initials_items())) == read
    assert answers(store, texts) == fast


def test_words_containing_a_term_are_those_a_scan_finds(generated):
    index = store_index(load_store(generated))
    words = index.sorted_vocabulary()
    rng = random.Random(2)
    for word in rng.sample(words, 80):
        start = rng.randrange(len(word))
        term = word[start : start + rng.randint(1, 4)]
        assert vocabulary._containing(index, words, term) == [w for w in words if term in w]


def test_words_containing_a_term_are_found_whatever_the_vocabulary_mixes():
    # Words that begin in ASCII are searched apart from the others, and skipped when they
    # cannot hold the term: words of both scripts, either way round, or of one only.
    class Index:
        pass

    mixed = sorted(["gpu서버", "ai", "ai연구원", "서버", "연구원ai", "엑사원3", "exaone", "x1"])
    mixed += ["연구", "b2b플랫폼", "플랫폼", "a\u00e9b", "\u00e9cole"]
    mixed.sort()
    kinds = [
        mixed,
        [w for w in mixed if w.isascii()],
        [w for w in mixed if not w.isascii()],
        [w for w in mixed if w.isascii() or not any(c.isascii() for c in w)],
        [],
    ]
    terms = [
        "ai",
        "서버",
        "연구",
        "원",
        "x",
        "3",
        "gpu서",
        "b2b",
        "zz",
        "플랫",
        "\u00e9",
        "a\u00e9",
    ]
    for words in kinds:
        index = Index()
        for term in terms:
            found = vocabulary._containing(index, words, term)
            assert found == [w for w in words if term in w], (words, term)


def test_ids_of_tied_facts_are_read_checked(generated):
    _plain, warm = stores(generated)
    positions = [5, 0, 1999, 700]
    assert warm.facts.keys_at(positions) == [
        (f.id, f.superseded_by is not None) for f in load_store(generated).facts.at(positions)
    ]
    db = cache.cache_dir() / cache._name(generated)
    warm.db.conn.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE facts SET data = replace(data, '\"', '''') WHERE rowid = 1")
    conn.commit()
    conn.close()
    damaged = dbcache.Reader.open(db, key=cache._code_stamp(), root=os.path.abspath(generated))
    assert damaged is not None
    with pytest.raises(CacheDamaged):
        damaged.store().facts.keys_at([0])


@pytest.mark.parametrize("common", [scores.COMMON_POSTINGS, 40])
def test_word_coverage_made_on_demand_is_what_scoring_every_fact_gives(
    common, generated, monkeypatch
):
    # With few postings called common, facts are found through the rare words only, and
    # the common words' coverage is that of those facts: TermHits must agree there too.
    monkeypatch.setattr(scores, "COMMON_POSTINGS", common)
    for store in stores(generated):
        index = store_index(store)
        for text in claims(store, 25, seed=9):
            terms = search_module.analyze(text)
            every: dict[str, dict[int, float]] = {}
            scores.score_terms(index, terms, every)
            # Asked fact by fact and whether any fact holds it, before it is made whole.
            fresh = scores.TermHits(index, terms)
            for term, got in every.items():
                some = [*list(got)[:10], *range(0, len(store.facts), 97), 10**6]
                assert bool(fresh[term]) == bool(got), term
                assert [fresh[term].get(i) for i in some] == [got.get(i) for i in some], term
            lazy = scores.TermHits(index, terms)
            assert {t: dict(lazy[t]) for t in reversed(terms)} == every, text
            assert lazy.get("no-such-word-here") is None
            assert dict(lazy) == every


def test_a_fuzzy_pass_of_an_ascii_term_reads_only_ascii_words_and_finds_the_same(
    generated, monkeypatch
):
    # A generated store's words are ASCII or hold no ASCII character: an ASCII typo is
    # matched against the ASCII words alone, each its own jamo, with what every word gives.
    index = store_index(load_store(generated))
    words = index.sorted_vocabulary()
    ascii_words = vocabulary._ascii_words(index)
    assert ascii_words is not None and ascii_words == [w for w in words if w.isascii()]
    assert all(korean.disassemble(w) == w for w in ascii_words)
    rng = random.Random(5)
    terms = []
    for word in rng.sample(ascii_words, 60) + rng.sample(words, 20):
        k = rng.randrange(len(word))
        terms.append(word[:k] + word[k + 1 :] + "x")  # a letter dropped, one added
    terms += ["semicondutcor", "budegt", "hanbti", "ＢＵＤＧＥＴ".lower()]

    def passes(idx) -> list[list[tuple[str, float]]]:  # type: ignore[no-untyped-def]
        out = []
        for term in terms:
            found: list[tuple[str, float]] = []
            vocabulary._fuzzy(idx, term, lambda t, s, got=found: got.append((t, s)))
            out.append(found)
        return out

    short = passes(index)
    assert any(short)
    monkeypatch.setattr(vocabulary, "_ascii_words", lambda _index: None)
    assert passes(store_index(load_store(generated))) == short


def test_words_that_mix_scripts_keep_the_fuzzy_pass_over_every_word():
    class Index:
        def __init__(self, words: list[str]) -> None:
            self.words = sorted(words)

        def sorted_vocabulary(self) -> list[str]:
            return self.words

    assert vocabulary._ascii_words(Index(["gpu", "서버", "ai"])) == ["ai", "gpu"]
    for words in (["gpu서버", "ai"], ["서버ai", "ai"], ["ai", "서버", "\u212a"], ["ai", "ｇｐｕ"]):
        assert vocabulary._ascii_words(Index(words)) is None, words


def test_tied_facts_read_whole_only_when_they_can_make_the_list(generated, monkeypatch):
    # Queries of a few common words, a typo, words asking for a kind of value, a year: many
    # facts tie. From the cache, a fact past the first batch is made whole only if its
    # id, subject, kind and statement let it reach the list: the same list as from the YAML.
    plain, warm = stores(generated)
    rng = random.Random(8)
    queries = [
        "hanbit semi budget",
        "Hanbit Semicondutcor budegt",
        "한빛반도체 얼마",
        "budget 2018",
    ]
    queries += [" ".join(t.split()[:2]) for t in claims(plain, 30, seed=5)]
    queries += [f"{q} {rng.choice(['언제', 'how much', '2020년'])}" for q in queries[4:14]]
    made: list[int] = []
    real = dbcache.Reader.decoded

    def decoded(self, *args):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(self, *args)

    monkeypatch.setattr(dbcache.Reader, "decoded", decoded)
    read: list[int] = []
    real_rows = dbcache.LazyFacts.rows_at

    def rows_at(self, positions):  # type: ignore[no-untyped-def]
        read.extend(positions)
        return real_rows(self, positions)

    monkeypatch.setattr(dbcache.LazyFacts, "rows_at", rows_at)
    for query in queries:
        for limit in (1, 3, 10):
            expected = [
                (m.fact.id, m.score) for m in search_module.search(plain, query, limit=limit)
            ]
            got = [(m.fact.id, m.score) for m in search_module.search(warm, query, limit=limit)]
            assert got == expected, (query, limit)
    assert read and len(made) < len(read)  # rows read past the first batch, fewer made whole
