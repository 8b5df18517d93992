"""Patterns written for a cheap start-up match what their plainer forms match."""

from __future__ import annotations

import re
import sys

import pytest

from factcli.text import analysis, dates

LATIN_ANY_CASE = re.compile("[A-Za-z]", re.IGNORECASE)


def test_latin_is_what_a_to_z_matches_ignoring_case():
    latin = re.compile(f"[{analysis._LATIN}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(latin.match(ch)) == bool(LATIN_ANY_CASE.match(ch)), hex(code)


def test_case_is_ignored_as_before_where_it_can_matter():
    """The IGNORECASE forms these patterns had, against every letter around each probe."""
    before = [
        (
            analysis._PLACE_RX,
            rf"(?<![가-힣A-Za-z])(?:{analysis._PLACE_ALTS})(?![A-Za-z])(?!대|\s?대신)",
        ),
        (
            analysis._PLACE_LOOSE_RX,
            rf"(?<![A-Za-z])(?:{analysis._PLACE_ALTS})(?![A-Za-z])(?!대|\s?대신)",
        ),
        (analysis._EMPLOYER_RX, analysis._EMPLOYER_RX.pattern.replace("(?i:", "(?:")),
    ]
    probes = [
        "서울",
        "SEOUL",
        "Seoul대",
        "new york",
        "KT",
        "kt",
        "LG U+",
        "naver",
        "WON",
        "명",
        "㎡",
    ]
    neighbours = [chr(c) for c in range(0x20, 0x250)] + list("İıſK가힣ㄱ١")
    texts = [f"{a}{p}{b}" for p in probes for a in neighbours for b in ("", " ", "a", "대", "K")]
    texts += ["배경훈은 서울에서 태어나 KT와 Naver를 거쳐 2020 GPUs를 샀다.", "3 won", "2025 Won"]
    for now, pattern in before:
        if "(?i:" in pattern:
            pattern = pattern.replace(analysis._LATIN, "A-Za-z")
        old = re.compile(pattern.replace("(?i:", "(?:"), re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in now.finditer(text)] == [
                m.span() for m in old.finditer(text)
            ], (now.pattern[:40], text)


# What dates._COUNTED was: its form now is a comparison and dates._COUNTED_WORDS.
COUNTED = re.compile(
    r"\s*(?:[\uac00-\ud7a3%㎡]|(?i:won|krw|usd|dollars?|gpus?|people|persons?|employees|"
    r"researchers|staff|workers|users|members|students|units|items|times|models|companies|"
    r"affiliates|benchmarks|languages|versions|cars|vehicles|parameters|tokens|days|weeks|"
    r"months|years|hours|minutes|seconds|percent|per\s+cent|square|sq|m2|km|kg|mw|gw)\b)"
)


def test_counted_is_what_its_pattern_matched():
    probes = ["명", "㎡", "%", "WON", "won", "Won", "wonder", "per  cent", "PerCent", "sq", "년"]
    neighbours = [chr(c) for c in range(0x20, 0x250)] + list("İıſK가힣ㄱ١\u3000\x1c\x85")
    texts = [f"{a}{p}{b}" for p in probes for a in neighbours for b in ("", " ", "a", "대")]
    texts += [f"2020{s}{p}" for p in probes for s in ("", " ", "  ", "\t", "\u3000", "\n")]
    for text in texts:
        for pos in range(min(len(text), 6) + 1):
            assert dates._counted(text, pos) == bool(COUNTED.match(text, pos)), (text, pos)
    # str.isspace() is what \s matches
    space = re.compile(r"\s")
    assert all(chr(c).isspace() == bool(space.match(chr(c))) for c in range(sys.maxunicode + 1))


# --- Hangul syllables tested by comparison instead of a compiled class ---------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcli.text import quantities, terms  # noqa: E402

# Around the edges of the syllable block, and what a term or a sentence may end with.
EDGES = st.sampled_from(
    ["\uabff", "\uac00", "가", "다", "힣", "\ud7a3", "\ud7a4", "a", "1", " ", "\n"]
)
TEXTS = st.lists(EDGES | st.characters(), max_size=6).map("".join)


@given(TEXTS, st.integers(0, 8))
def test_hangul_tests_are_what_the_classes_match(text, start):
    assert quantities._hangul_at(text) == bool(re.match("[\uac00-\ud7a3]", text))
    assert (
        quantities._hangul_run(text, start)
        == re.compile("[\uac00-\ud7a3]*").match(text, start).group()
    )
    assert terms.is_predicate(text) == bool(re.search("[가-힣]다$", text))


def test_predicates_by_example():
    assert terms.is_predicate("받았다") and terms.is_predicate("됐다\n")
    assert not terms.is_predicate("다") and not terms.is_predicate("받았다\n\n")
    assert not terms.is_predicate("ok다") and not terms.is_predicate("받았다.")


# --- a numeral pattern not compiled for a text whose only figures are in its dates -----------
from re import _constants as sre  # noqa: E402  (the parsed form is CPython's)
from re import _parser  # noqa: E402


def _zero_width(items) -> bool:
    """Lookarounds, anchors and groups of them only."""
    for op, av in items:
        if op is sre.SUBPATTERN:
            if not _zero_width(av[-1]):
                return False
        elif op is sre.BRANCH:
            if not all(_zero_width(alt) for alt in av[1]):
                return False
        elif op not in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return False
    return True


def _begins_with_one_of(items, chars: frozenset[str]) -> bool:
    """Whether every match of this parsed sequence begins with a digit or one of `chars`:
    its first item that consumes is one of them (zero-width items before it are skipped)."""
    for op, av in items:
        if _zero_width([(op, av)]):
            continue  # consumes nothing: the match begins with what follows
        if op is sre.LITERAL:
            return chr(av) in chars
        if op is sre.IN:
            return all(
                (o is sre.LITERAL and chr(a) in chars)
                or (o is sre.CATEGORY and a is sre.CATEGORY_DIGIT)
                for o, a in av
            )
        if op is sre.SUBPATTERN:
            return _begins_with_one_of(av[-1], chars)
        if op is sre.BRANCH:
            return all(_begins_with_one_of(alt, chars) for alt in av[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return av[0] >= 1 and _begins_with_one_of(av[2], chars)
        return False
    return False


def test_every_numeral_begins_with_a_digit_or_a_numeral_syllable():
    chars = quantities._NUMERAL_SYLLABLES
    assert _begins_with_one_of(list(_parser.parse(quantities._NUMERAL.pattern)), chars)
    # the proof refuses what it should
    assert not _begins_with_one_of(list(_parser.parse("\\d+|억")), frozenset("만"))
    assert not _begins_with_one_of(list(_parser.parse("(?:만)?\\d")), frozenset("만"))
    assert not _begins_with_one_of(list(_parser.parse("[가-힣]만")), frozenset("만"))
    assert _begins_with_one_of(list(_parser.parse("(?<=가)만\\d")), frozenset("만"))
    assert _begins_with_one_of(list(_parser.parse("(?:(?<=가)|(?<=나))만")), frozenset("만"))
    assert not _begins_with_one_of(list(_parser.parse("(?:(?<=가)|나)만")), frozenset("만"))
    # \d is what str.isdecimal() tells
    digit = re.compile(r"\d")
    assert all(bool(digit.match(chr(c))) == chr(c).isdecimal() for c in range(sys.maxunicode + 1))
    # a match that begins with a syllable right after another is never read
    assert quantities._blocked_before("배경훈", 1)
    assert quantities.find_quantities("배경훈은 1976년 서울에서 태어났다.") == []


_NUMERAL_PARTS = ["2025년", "7월", "23일", " ", "3", "٣", "만", "억", "천", "여", "원", "명", "이"]
_NUMERAL_PARTS += ["십", "가", "a", "배경훈", "경", "인사", "주식만", "8549만 원", "$", "개", "\n"]
NUMERAL_TEXTS = st.lists(st.sampled_from(_NUMERAL_PARTS), max_size=12).map("".join)


@settings(max_examples=500)
@given(NUMERAL_TEXTS)
def test_quantities_as_when_the_numeral_pattern_always_ran(text):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(quantities, "_numeral_may_start", lambda norm, spans: True)
        always = quantities.find_quantities(text)
    assert quantities.find_quantities(text) == always


def test_quantities_of_the_store_as_when_the_numeral_pattern_always_ran():
    from factcli.store.loader import load_store

    store = load_store()
    texts = [t for f in store.facts for t in (f.statement, f.statement_en, f.note) if t]
    texts += [
        "배경훈은 1976년 서울에서 태어났다.",
        "2025년 7월 23일 3명",
        "2025년 7월23일에 2천여억 원",
    ]
    skipped = 0
    for text in texts:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(quantities, "_numeral_may_start", lambda norm, spans: True)
            always = quantities.find_quantities(text)
        assert quantities.find_quantities(text) == always, text
        norm = quantities.nfc_map(text)[0]
        skipped += not quantities._numeral_may_start(
            norm, [(d.start, d.end) for d in dates.find_dates(norm)]
        )
    assert skipped >= 20  # the skip is taken: texts whose figures are all dates


@given(TEXTS, st.integers(1, 4))
def test_hangul_helpers_are_what_the_classes_match(text, least):
    from factcli.text import korean

    runs = f"[가-힣]{{{least},}}"
    assert korean.has_hangul(text) == bool(re.search("[가-힣]", text))
    assert korean.is_hangul(text, least) == bool(re.fullmatch(runs, text))
    assert [m.span() for m in korean.hangul_runs(text, least)] == [
        m.span() for m in re.finditer(runs, text)
    ]
    assert korean.hangul_words(text, least) == re.findall(runs, text)


@given(
    st.lists(st.sampled_from(list("격상된됐던되었하했받은시켜을가이다")), min_size=1, max_size=7)
)
def test_check_word_tests_are_what_their_patterns_match(syllables):
    from factcli.judge import wording

    word = "".join(syllables)
    done = re.fullmatch(r"([가-힣]{2,})(?:된|됐던|되었던)", word)
    assert wording._done_to(word) == (done.group(1) if done else None)
    verbal = r"[가-힣]+(?:하|했|한|할|함|해|되|됐|된|될|돼|시키|시켰|시킨|케|받|받았|받은)"
    assert any(e in word[1:] for e in wording._VERBAL) == bool(re.match(verbal, word))


# --- ministries and named people, found from the runs of Hangul -----------------------------
MINISTRY_RX = re.compile(
    r"(?<![가-힣])("
    + "|".join(sorted(analysis.MINISTRIES, key=len, reverse=True))
    + r")(?![가-힣]{2,}부)"
)
NAMED_PERSON_RX = re.compile(
    r"(?<![가-힣])([가-힣]{3})(?![가-힣])\s?(?:[가-힣A-Za-z]{2,8}\s)?"
    r"(대통령|비서실장|장관|차관|수석|총리|의원|위원장|대표|회장|사장|총장|교수)"
    r"(?!실|직|급|비서|단|이사)"
)
_NAME_WORDS = ["과기부", "과학기술정보통신부", "국토부", "교육부", "산하", "부", "배경훈", "이재명"]
_NAME_WORDS += [
    "장관",
    "비서실장",
    "대통령실",
    "대통령",
    "실",
    "이사",
    "의",
    "a",
    "LG",
    "A",
    "가나",
]
_NAME_WORDS += ["다", "1", " ", "  ", "\n"]
NAME_PARTS = st.lists(st.sampled_from(_NAME_WORDS), max_size=8).map("".join)


@given(NAME_PARTS)
def test_ministries_and_named_people_as_their_patterns_find(text):
    assert list(analysis._ministries(text)) == [
        (m.group(1), m.start()) for m in MINISTRY_RX.finditer(text)
    ]
    assert list(analysis._named_persons(text)) == [
        (m.group(1), m.group(2), m.start()) for m in NAMED_PERSON_RX.finditer(text)
    ]


def test_ministries_and_named_people_of_the_store_as_their_patterns_find():
    from factcli.store.loader import load_store

    store = load_store()
    texts = [t for f in store.facts for t in (f.statement, f.statement_en, f.note) if t]
    texts += [s.quote for f in store.facts for s in f.sources if s.quote]
    found = 0
    for text in texts:
        ministries = [(m.group(1), m.start()) for m in MINISTRY_RX.finditer(text)]
        people = [(m.group(1), m.group(2), m.start()) for m in NAMED_PERSON_RX.finditer(text)]
        assert list(analysis._ministries(text)) == ministries, text
        assert list(analysis._named_persons(text)) == people, text
        found += len(ministries) + len(people)
    assert found >= 20


def test_past_and_non_past_syllables_are_what_their_classes_match():
    past = re.compile("[았었였했됐났왔웠셨겼렸졌쳤켰텼폈혔갔섰샀뒀봤줬놨냈뤘썼랐]")
    nonpast = re.compile(
        "(?:는|[" + "".join(chr(0xAC00 + 28 * k + 4) for k in range(399)) + "])다$"
    )
    for code in range(0xAC00 - 5, 0xD7A3 + 6):
        ch = chr(code)
        assert (ch in analysis._KO_PAST) == bool(past.search(ch)), hex(code)
        for word in (ch + "다", "가" + ch + "다", ch, ch + "다다", ch + "다 "):
            assert analysis._ko_nonpast_verb(word) == bool(nonpast.search(word)), word


# --- a month without a bare day after it, refused after the match -----------------------------
DAY_PARTS = st.lists(
    st.sampled_from(
        [
            *(
                "2025",
                "년",
                "7",
                "12",
                "월",
                " ",
                "  ",
                "17",
                "3",
                "일",
                "2.4B",
                ",",
                ".",
                "a",
                "'25",
            ),
            *("가", "\u3000", "\n", "١", "123", "x"),
        ]
    ),
    max_size=10,
).map("".join)


def _months_refused_by_lookahead(pattern, text):
    lookahead = re.compile(pattern.pattern + r"(?!\s*\d{1,2}(?![\d.,A-Za-z가-힣]))")
    return [m.span() for m in lookahead.finditer(text)]


def _months_refused_afterwards(pattern, text):
    return [m.span() for m in pattern.finditer(text) if not dates._bare_day_after(text, m.end())]


@given(DAY_PARTS)
def test_a_bare_day_is_refused_as_the_lookahead_did(text):
    assert len(dates._NO_BARE_DAY) == 3  # 2025년 7월, '25년 7월, 7월
    for pattern in dates._NO_BARE_DAY:
        assert _months_refused_afterwards(pattern, text) == _months_refused_by_lookahead(
            pattern, text
        )


def test_a_bare_day_is_refused_as_the_lookahead_did_on_the_store_texts():
    from factcli.store.loader import load_store

    store = load_store()
    texts = [t for f in store.facts for t in (f.statement, f.statement_en, f.note) if t]
    texts += ["2025년 7월 17", "12월 2.4B", "7월 17일", "2025년 7월", "3월 1"]
    for text in texts:
        for pattern in dates._NO_BARE_DAY:
            assert _months_refused_afterwards(pattern, text) == _months_refused_by_lookahead(
                pattern, text
            ), text


def test_jamo_set_is_what_the_class_matched():
    jamo = re.compile("[\u1100-\u11ff\u3131-\u318e]")
    assert {chr(c) for c in range(sys.maxunicode + 1) if jamo.match(chr(c))} == terms._JAMO


# --- the word that ends a text, before an ending: the lazy patterns it replaced ---------------
LAST_WORD_FORMS = [
    (("이다", "였다", "이었다", "다"), False, ".。"),
    (("으로", "로"), True, ""),
    (("은", "는", "이", "가"), False, ""),
    (("의",), True, ""),
    (("으로", "로"), False, ""),
]
_LAST_PARTS = ["연구원", "이었다", "이다", "였다", "다", "으로", "로", "은", "는", "이", "가", "의"]
_LAST_PARTS += ["연금", "가", " ", "  ", "\n", ".", "。", "a", "1", "\u3000", "다.", "x"]
LAST_TEXTS = st.lists(st.sampled_from(_LAST_PARTS), max_size=7).map("".join)


@given(LAST_TEXTS)
def test_last_word_is_what_its_pattern_found(text):
    from factcli.text.korean import last_word

    for endings, bare, marks in LAST_WORD_FORMS:
        pattern = re.compile(
            rf"([가-힣]{{2,}}?)(?:{'|'.join(endings)}){'?' if bare else ''}"
            + (f"[{marks}]?" if marks else "")
            + r"\s*$"
        )
        m = pattern.search(text)
        assert last_word(text, endings, bare=bare, marks=marks) == (
            (m.start(), m.group(1)) if m else None
        ), (text, endings)


def test_rstrip_strips_what_backslash_s_matches():
    space = re.compile(r"\s")
    for c in range(sys.maxunicode + 1):
        assert (("a" + chr(c)).rstrip() == "a") == bool(space.match(chr(c))), hex(c)
