"""Search ranking: Korean-aware, typo-tolerant, number-aware (KOREAN.md's cases)."""

from __future__ import annotations

import unicodedata

import pytest

from factcli.find.search import search
from factcli.text.terms import analyze


def top_ids(store, query: str, n: int = 3) -> list[str]:
    return [m.fact.id for m in search(store, query, limit=n)]


def subjects_of(store, query: str, n: int = 3) -> list[str]:
    return [m.fact.subject for m in search(store, query, limit=n)]


@pytest.mark.parametrize(
    "query",
    [
        "ㅂㄱㅎ",
        "ᄇᄀᄒ",
        "배경흔",
        "배겅훈",
        "배경훈은",
        "Bae Kyung-hoon",
        "bae kyunghoon",
        "Kyung-hoon Bae",
    ],
)
def test_ways_of_naming_bae_find_his_facts(bundled, query):
    assert subjects_of(bundled, f"{query} 출생")[0] == "bae-kyung-hoon"
    assert top_ids(bundled, f"{query} 출생", 1) == ["bae-birth"]


def test_wrong_choseong_does_not_find_bae(bundled):
    from factcli.find.vocabulary import _expand
    from factcli.store.index import store_index

    assert "배경훈" in _expand(store_index(bundled), "ㅂㄱㅎ")
    assert "배경훈" not in _expand(store_index(bundled), "ㄱㄱㅎ")


@pytest.mark.parametrize("query", ["exaone", "EXAONE", "엑사원의"])
def test_exaone_spellings(bundled, query):
    assert subjects_of(bundled, query, 1) == ["exaone"]


def test_exaone_typo(bundled):
    assert "exaone" in subjects_of(bundled, "엑사윈")


def test_choseong_of_a_compound(bundled):
    assert top_ids(bundled, "ㅇㅌㅅㅇㅎㅈ", 1)[0].startswith("award-silver-tower")


@pytest.mark.parametrize("query", ["GPU 20만장", "GPU 200000", "GPU 200,000", "200,000 GPUs"])
def test_numbers_match_values_however_written(bundled, query):
    assert top_ids(bundled, query, 1) == ["policy-gpu-target-2030"]


def test_numbers_are_values_not_text(bundled):
    assert top_ids(bundled, "GPU 5만장", 1) == ["policy-gpu-target-2028"]


def test_a_year_matches_dates(bundled):
    assert "policy-gpu-target-2028" in top_ids(bundled, "GPU 확보 목표 2028")


def test_version_numbers_stay_words(bundled):
    assert top_ids(bundled, "엑사원 3.0 오픈소스 공개", 1) == ["exaone-3-0-release"]


def test_nfd_queries_find_the_same(bundled):
    nfc = top_ids(bundled, "은탑산업훈장")
    assert top_ids(bundled, unicodedata.normalize("NFD", "은탑산업훈장")) == nfc


def test_particles_do_not_hurt(bundled):
    assert top_ids(bundled, "배경훈은 취임", 1) == top_ids(bundled, "배경훈 취임", 1)


def test_nothing_matches_nonsense(bundled):
    assert search(bundled, "zzqx qqzz") == []
    assert search(bundled, "   ") == []


def test_results_are_best_first_and_limited(bundled):
    matches = search(bundled, "엑사원", limit=5)
    assert len(matches) == 5
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_superseded_facts_rank_below_current_ones(test_store):
    ids = [m.fact.id for m in search(test_store, "과기부 GPU")]
    assert ids.index("gpu-2030") < ids.index("gpu-2028")


def test_filters_restrict_results(test_store):
    pool = [f for f in test_store.facts if f.kind == "target"]
    assert {m.fact.id for m in search(test_store, "GPU", facts=pool)} == {"gpu-2028", "gpu-2030"}


def test_analyze_strips_particles_and_stems():
    assert analyze("배경훈은 2030년까지 appointed") == ["배경훈", "2030", "appoint"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "csv", "plain"])
@pytest.mark.parametrize("query", ["배경훈 GPU", "AI 3대 강국", "1976"])
def test_search_output_is_the_display_rows_whatever_skips_them(bundled, capsys, fmt, query):
    """The data formats build rows without the display fields; their bytes do not change."""
    from factcli.interfaces import commands, views
    from factcli.interfaces.render import Format

    commands.search(bundled, query.split(), limit=10, fmt=Format(fmt))
    shown = capsys.readouterr().out
    commands.emit_facts(
        views.match_rows(search(bundled, query, limit=10, by_meaning=True)), Format(fmt)
    )
    assert shown == capsys.readouterr().out
    assert shown.strip()


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # numbers written out in words, with no digit in the query
        ("삼십육억구천칠백육십칠만 원 재산", "assets-total"),
        ("two hundred thousand GPUs by 2030", "policy-gpu-target-2030"),
    ],
)
def test_numbers_written_in_words_are_searched_as_numbers(bundled, query, fact):
    assert top_ids(bundled, query, 1) == [fact]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("two hundred thousand GPUs", 200000),
        ("one million five hundred thousand won", 1500000),
        ("two hundred and five people", 205),
    ],
)
def test_english_numbers_in_several_words(text, amount):
    from factcli.text.analysis import analyze_sentence

    (value,) = analyze_sentence(text).values
    assert value.amount == amount


def test_two_numbers_joined_by_and_stay_two():
    from factcli.text.analysis import analyze_sentence

    assert [v.amount for v in analyze_sentence("two and three GPUs").values] == [3]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("배경훈의 딸은 몇년생", "bae-daughter-birth-year"),  # 몇년생: a birth year asked
        ("배경훈 장관이 태어난 곳", "bae-birthplace"),
        ("Bae Kyung-hoon birthplace", "bae-birthplace"),
    ],
)
def test_questions_of_birth_find_the_birth_facts(bundled, query, fact):
    assert fact in top_ids(bundled, query, 2)


def test_how_much_asks_for_an_amount(bundled):
    assert top_ids(bundled, "how much did the Banpo apartment cost", 1)[0] in (
        "assets-apartment-value",
        "controversy-apartment-purchase-price",
    )


class _Vocabulary:
    """An index as _romanized reads it: its sorted vocabulary, and room for what it keeps."""

    def __init__(self, words: list[str]) -> None:
        self.words = sorted(words)

    def sorted_vocabulary(self) -> list[str]:
        return self.words


def _romanized_reference(words: list[str], key: str) -> tuple[str, ...]:
    from factcli.find.vocabulary import romanization_key

    latin = [w for w in sorted(words) if w.isascii() and w.isalpha() and len(w) >= 3]
    return tuple(w for w in latin if romanization_key(w) == key)


def test_romanized_words_are_those_whose_key_it_is(bundled):
    from factcli.find.vocabulary import _romanized, romanization_key
    from factcli.store.index import store_index

    made = [
        "kyung", "kyeong", "gyeong", "gyung", "kyunghoon", "hoon", "hun", "bae", "pae", "yu",
        "yeo", "yeon", "ab", "abc1", "x\ny", "kyung-hoon", "Kyung", "gpu", "kpu", "가나", "ㄱ",
    ]  # fmt: skip
    for words in (made, store_index(bundled).sorted_vocabulary()):
        index = _Vocabulary(words)
        keys = {romanization_key(w) for w in words} | {"kyung", "yu", "", "a\nb", "zzz"}
        for key in sorted(keys):
            assert _romanized(index, key) == _romanized_reference(words, key), key
    assert _romanized(_Vocabulary(made), romanization_key("Kyung")) == (
        "Kyung", "gyeong", "gyung", "kyeong", "kyung",
    )  # fmt: skip


def test_a_number_spelled_is_found_where_the_pattern_finds_it():
    import random

    from factcli.find.query import _SPELLED_NUMBER, _spells_a_number

    parts = [
        "일", "이", "삼", "십", "만", "억", "원", "장", "명", "살", "관", "열", "스물", "마흔",
        "네", "다섯", " ", "hundred", "HUNDRED", "Million", "b", "i", "\u0130", "\u0131",
        "\u017f", "\u212a", "thouſand", "mıllion", "장관", "명단", "a", "1", "\n",
    ]  # fmt: skip
    rng = random.Random(4)
    pattern = _SPELLED_NUMBER.compiled
    for _ in range(20_000):
        query = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 7)))
        assert _spells_a_number(query) == (pattern.search(query) is not None), query
    assert not _spells_a_number("배경훈 장관 취임")
    assert _spells_a_number("삼십육억 원") and _spells_a_number("two Hundred thousand")


def test_synonyms_asked_one_term_at_a_time_are_those_of_the_whole_table():
    from factcli.find.vocabulary import _synonyms_of
    from factcli.text import synonyms
    from factcli.text.terms import stem

    table = synonyms.build()
    assert synonyms.words() == list(table)
    assert all(synonyms.of(word) == others for word, others in table.items())
    whole = {stem(k): tuple(stem(v) for v in vs) for k, vs in table.items()}  # as it was made
    for term in [*whole, *table, "nothing", "", "appointments", "born"]:
        assert _synonyms_of(term) == whole.get(term, ()), term


def test_a_query_naming_no_subject_is_told_by_the_index_s_aliases(bundled):
    from factcli.find.query import _subjects_named
    from factcli.store.index import store_index
    from factcli.store.loader import load_store

    for store in (bundled, load_store(None)):  # the index built, and the cache's
        index = store_index(store)
        names = [t for s in store.subjects.values() for n in s.names for t in analyze(n)]
        for term in [*names, *index.sorted_vocabulary()[::7], "nothing", ""]:
            assert _subjects_named(store, [term], index) == _subjects_named(store, [term]), term


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        # (a verb's form before a noun weighs like the verb: "받은" is no rarer clue than 석사학위)
        ("석사학위 받은 해", "bae-masters-degree"),
        ("은탑산업훈장 받은 해", "award-silver-tower-order-2023"),
        ("취임한 날", "minister-inauguration-2025-07-17"),
        # (생년, 출생연도: how people ask for a birth year)
        ("배경훈 생년", "bae-birth"),
    ],
)
def test_words_people_ask_by(bundled, query, wanted):
    assert wanted in top_ids(bundled, query, 3)


@pytest.mark.parametrize(
    ("query", "wanted", "not_first"),
    [
        ("엑사원3.5 모델 크기", "exaone-3-5", "exaone-3-0-comparison"),
        ("exaone 3.5 model sizes", "exaone-3-5", "exaone-3-0-comparison"),
    ],
)
def test_another_version_of_the_model_asked_comes_later(bundled, query, wanted, not_first):
    # (a fact of EXAONE 3.0 that shares 크기 is another model's, below 3.5's own)
    first = top_ids(bundled, query, 1)[0]
    assert first.startswith(wanted) and first != not_first


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        # (몇 개, 모델 수, how many: a count is asked; 몇 and 수 are too short to search by)
        ("스탠퍼드 AI 인덱스 주목할 만한 모델 몇 개", "exaone-ai-index-2025-notable-count"),
        ("AI 인덱스 보고서 주목할 만한 모델 수", "exaone-ai-index-2025-notable-count"),
        # (how many years: a duration, not a count)
        ("SMR commercialization how many years", "policy-smr-commercialisation-time"),
        # (출생연도 is one word: 도 is not "also" there)
        ("장녀 출생연도", "bae-daughter-birth-year"),
        # (이직 for a move said 자리를 옮겼다; 출신 for a school graduated from)
        ("SKT로 이직", "career-skt-future-tech-institute-2011"),
        ("ㅂㄱㅎ 출신 고교", "bae-high-school"),
    ],
)
def test_questions_in_more_than_one_word(bundled, query, wanted):
    assert top_ids(bundled, query, 1) == [wanted]


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("모델 몇 개", "count"),
        ("몇년도에 입사", "date"),
        ("상용화까지 몇 년", "duration"),
        ("장관 취임 때 몇 살", "age"),
        ("how many GPUs", "count"),
        ("how many years until", "duration"),
        ("how old was he", "age"),
        ("계열사 수는?", "count"),
    ],
)
def test_the_kind_a_question_asks_for(query, kind):
    from factcli.find.query import asked_kinds
    from factcli.text.terms import analyze

    assert kind in asked_kinds(query, analyze(query))


def test_nouns_ending_in_do_keep_it():
    from factcli.text.terms import analyze

    assert analyze("출생연도는 최대한도를") == ["출생연도", "최대한도"]


def test_a_day_answers_when_before_a_year():
    from factcli.find.search import _day_told

    assert _day_told("2025-07-14") > _day_told("2025-07") > _day_told("2025") == 0


def test_an_event_glued_to_its_year(bundled):
    # (GTC2025: the event and its year, as the store writes GTC 2025)
    assert top_ids(bundled, "GTC2025 발언", 1) == ["event-gtc-2025"]


def test_flowers_find_the_bouquet(cli):
    # flowers, 꽃: the words people use for the bouquet the store names 꽃다발
    result = cli(
        "search", "who gave flowers at the inauguration", "-n", "1", "-f", "json", store=None
    )
    assert "minister-inauguration-bouquet" in result.stdout


def test_a_typo_of_a_word_beats_the_shorter_word_it_begins_with(cli):  # type: ignore[no-untyped-def]
    # 인사청문희: the hearing (인사청문회), not the asset filing "for the hearing" (인사청문 자료)
    import json

    out = cli("search", "인사청문희 날짜", "-f", "json", store=None)
    assert json.loads(out.stdout)[0]["id"] == "minister-confirmation-hearing-2025-07-14"


def test_a_name_glued_to_its_year_before_a_particle(cli):  # type: ignore[no-untyped-def]
    # GTC2025에서: GTC 2025, then the particle
    import json

    out = cli("search", "GTC2025에서 한 말", "-f", "json", store=None)
    ids = [f["id"] for f in json.loads(out.stdout)[:3]]
    assert "event-gtc-2025" in ids


@pytest.mark.parametrize("query", ["16개 계열사 투자 규모", "계열사 16곳 3년간 투자액"])
def test_a_number_describing_a_noun_finds_the_fact_that_says_it_too(bundled, query):
    # (the count of 16 affiliates was first, by its value alone: the investment's text says
    # 16 as well, and holds what is asked, 투자)
    assert top_ids(bundled, query, 1) == ["lgai-investment"]


def test_a_number_asked_for_still_finds_the_fact_of_that_value(bundled):
    assert top_ids(bundled, "LG AI연구원 참여 계열사 수 16", 1) == ["lgai-affiliates-count"]
