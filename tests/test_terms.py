"""analyze_all: a cache build's batch of texts analyzed at once, to what analyze gives each."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcli.text import terms
from factcli.text.terms import analyze, analyze_all

ODD = [
    "",
    "   ",
    "국가인공지능위원회는 2014년 6월 10일 6646만 원을 집행했다.",
    "According to a press release, the Committee spent 66.46 million won.",
    "ㅂㄱㅎ 배경훈",  # 초성, compatibility jamo
    "ᄇᄀᄒ 검색",  # 초성, conjoining jamo
    "ᄀ\u1161 가",  # conjoining jamo NFC composes
    "ΟΔΟΣ ΟΔΟΣ.",  # a final sigma: lower() looks at what follows
    "Σ",
    "e\u0301 cafe\u0301",  # a combining mark, composed by NFC
    "\u0301 starts with a mark",
    "３６ＧＢ　ＡＢＣ",  # fullwidth forms and the ideographic space
    "tab\tand\nnewline",
    "a \x1e separator inside",
    "\x1e",
    "İstanbul ǅemal",  # lower() that changes the length
    "배경훈이 LG AI연구원장이 됐다",
]


def test_odd_texts_are_analyzed_as_one_by_one():
    assert analyze_all(ODD) == [analyze(t) for t in ODD]
    for text in ODD:  # alone, and beside others
        assert analyze_all([text]) == [analyze(text)]
        assert analyze_all(["가나", text, "x"]) == [analyze("가나"), analyze(text), analyze("x")]
    assert analyze_all([]) == []


def test_repeated_texts_are_answered_in_their_places():
    found = analyze_all(["배경훈 원장", "x", "배경훈 원장"])
    assert found == [analyze("배경훈 원장"), ["x"], analyze("배경훈 원장")]


def test_ascii_and_other_texts_mixed_keep_their_order():
    texts = [
        "Bae Kyung-hoon",
        "배경훈 원장",
        "ID 3",
        "Σ x",
        "gpu 1,000",
        "ㅂㄱㅎ",
        "Bae Kyung-hoon",
    ]
    assert analyze_all(texts) == [analyze(t) for t in texts]


def test_the_word_memo_cleared_midway_changes_nothing():
    terms._WORD_TERMS.clear()
    texts = [f"단어{i}는 word{i}s" for i in range(300)]
    assert analyze_all(texts) == [analyze(t) for t in texts]


ALPHABET = st.sampled_from(
    list("가나다 는을ㄱㅂᄀ\u1161\u11a8abcΣσς İ\u0301\u0308 ３Ａ\u3000\x1e\x1f\n.,-'")
)


@given(st.lists(st.text(ALPHABET, max_size=12), max_size=8))
def test_any_texts_are_analyzed_as_one_by_one(texts):
    assert analyze_all(texts) == [analyze(t) for t in texts]


@given(
    st.lists(
        st.sampled_from(
            ["했", "났", "었", "가", "고", "으며", "며", "지만", "는데", "나", "\n", "다", "a"]
        ),
        max_size=6,
    ).map("".join)
)
def test_a_verb_joined_to_the_next_clause_is_asked_only_where_it_can_be(token):
    from factcli.text import korean

    pattern = terms._CONNECTIVE.compiled
    if len(token) < 3 or not pattern.search(token):
        expected = token
    else:
        expected = korean.strip_particle(pattern.sub("다", token))
    assert terms._finite.__wrapped__(token) == expected


def test_a_noun_of_an_act_is_its_verb() -> None:
    # (under consideration: the ministry considering; the nomination: he was nominated)
    assert analyze("consideration") == analyze("considering") == ["consider"]
    assert analyze("nomination") == analyze("nominated")
    assert analyze("confirmation") == analyze("confirmed")
    assert analyze("commercialization") == analyze("commercializing")
    # (not a word that only ends so: the nation, the foundation model is not founded)
    assert analyze("nation") == ["nation"]
    assert analyze("foundation") != analyze("founded")
