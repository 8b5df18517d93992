"""Patterns written for a cheap start-up match what their plainer forms match."""

from __future__ import annotations

import re
import sys

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
        (dates._COUNTED, dates._COUNTED.pattern.replace("(?i:", "(?:")),
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


# --- Hangul syllables tested by comparison instead of a compiled class ---------------------
from hypothesis import given  # noqa: E402
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
