"""A date told as a bound (before 1980, 2010년 이후에, no later than, between … and …, had …
by), not as the day; and what a reader sees, whatever the characters: digits of other
scripts, Latin words with Cyrillic or Greek look-alikes, a version joined another way, an
HTML character reference; an amount in another currency after a Korean scale; English
`none`. adv72's findings, at the forty-fourth session."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.analysis import analyze_sentence, names_of
from factcli.text.korean import clean


@pytest.mark.parametrize(
    "claim",
    [
        "Bae was born before 1980.",
        "Bae was born between 1970 and 1990.",
        "Bae was born no later than 1980.",
        "배경훈은 1980년 이전에 태어났다.",
        "배경훈은 1980년 전에 태어났다.",
        "배경훈은 1970년 이후에 태어났다.",
        "Bae received his PhD after 2000.",
        "Bae had earned his doctorate by 2010.",
        "배경훈은 늦어도 2010년에는 박사학위를 받았다.",
        "LG AI Research was founded before 2021.",
        "Bae's daughter was born after 2010.",
        "배경훈은 2020년 이후 은탑산업훈장을 받았다.",
        "EXAONE 3.0 was released after June 2024.",
    ],
)
def test_a_bound_the_source_meets_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae was born before 1970.",
        "Bae was born after 1980.",
        "EXAONE 3.0 was released before 2024.",
        "Bae took office before July 2025.",
        "배경훈은 2024년 이후 은탑산업훈장을 받았다.",
        "배경훈은 1970년 전에 태어났다.",
    ],
)
def test_a_bound_it_misses_is_not(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_year_inside_a_korean_bound_is_left_open():
    # (2024년 이전에: whether 2024 itself is in, usage leaves open)
    value = analyze_sentence("엑사원 3.0은 2024년 이전에 공개됐다.").values[0]
    assert value.bound == "before-or-in"


def test_a_day_is_no_bound():
    for text in (
        "배경훈은 1976년 5월 태어났다.",
        "과기부는 2030년까지 GPU를 확보한다.",
        "2020년 전후",
    ):
        assert all(v.bound is None for v in analyze_sentence(text).values)


@pytest.mark.parametrize(
    "shown, read",
    [
        ("born in \u0661\u0669\u0668\u0660", "born in 1980"),  # Arabic-Indic
        ("born in \u0967\u096f\u096e\u0966", "born in 1980"),  # Devanagari
        ("born in \u00b9\u2079\u2078\u2070", "born in 1980"),  # superscripts, a run
        ("106m\u00b2", "106m\u00b2"),  # one superscript stays
        ("\u041d\u0430rvard and \u0412usan", "Harvard and Busan"),  # Cyrillic look-alikes
        (
            "\u041c\u043e\u0441\u043a\u0432\u0430",
            "\u041c\u043e\u0441\u043a\u0432\u0430",
        ),  # a Cyrillic word
        ("\uc5d1\uc0ac\uc6d0 3\u20245", "\uc5d1\uc0ac\uc6d0 3.5"),  # one dot leader
        ("\ubd80&shy;\uc0b0 &#49;980", "\ubd80\uc0b0 1980"),  # character references
        ("AT&T and &notes", "AT&T and &notes"),  # no reference without its semicolon
    ],
)
def test_what_a_reader_sees_is_read(shown, read):
    assert clean(shown) == read


@pytest.mark.parametrize(
    "text", ["EXAONE v3.5", "EXAONE-3.5", "엑사원 ver. 3.5", "엑사원 3,5는", "EXAONE 3.5"]
)
def test_a_version_joined_any_way_is_the_version(text):
    assert ("model", "3.5", 0) in names_of(text)


def test_versions_listed_stay_listed():
    assert [n for _k, n, _p in names_of("엑사원 1.0, 2.0, 3.0")] == ["1.0", "2.0", "3.0"]


@pytest.mark.parametrize(
    "claim",
    [
        "Bae was born in \u0661\u0669\u0668\u0660.",
        "Bae's s\u043en was born in 2012.",
        "배경훈은 1976년 5월 부&shy;산에서 태어났다.",
        "배경훈은 재산으로 총 36억9767만 엔을 신고했다.",
        "배경훈은 재산으로 총 36억9767만 유로를 신고했다.",
        "None of the 62 notable AI models in Stanford's AI Index Report 2025 was Korean.",
        "Stanford's AI Index Report 2025 listed no Korean AI model.",
    ],
)
def test_a_wrong_word_in_other_characters_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_same_amount_in_won_is_supported(cli):
    assert verdict(cli, "배경훈은 재산으로 총 36억9767만 원을 신고했다.")["verdict"] == "supported"


# The code reviewer's findings on the bounds and the reading of what is shown (44th session).


@pytest.mark.parametrize(
    "claim",
    [
        # (전 and 이전 before a noun are the noun's: 전 세계, 전 직장, 이전 집)
        "엑사원 3.5는 2024년 12월 전 세계에 공개됐다.",
        "배경훈은 2011년 전 직장인 삼성탈레스를 떠나 SK텔레콤으로 옮겼다.",
        # (제대로 is no discharge)
        "배경훈은 2023년 은탑산업훈장을 제대로 받았다.",
        # (a first of two, each of its own kind)
        "EXAONE Deep was Korea's first reasoning AI model, and EXAONE 4.0 was its first hybrid AI model.",
        # (the kind told by what it does, or by two words of which one is the source's)
        "엑사원 4.0은 국내 최초로 일반 모델과 추론 모델을 합친 AI 모델이다.",
        "EXAONE 4.0 is Korea's first hybrid reasoning AI model.",
        # (a tenure in years, no interval between two releases)
        "엑사원 3.5는 2024년 12월 공개됐고, 개발에 4개월이 걸렸다.",
    ],
)
def test_what_is_no_bound_or_no_other_kind_stays_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "EXAONE Deep was released 42 days after December 2024.",
        "Bae joined shortly after 2006.",
        "엑사원 딥은 2024년 12월 이후 불과 며칠 만에 공개됐다.",
        "배경훈은 늦어도 2040년까지 SMR을 상용화하겠다고 말했다.",
        "Bae had promised fines would be deferred by 2030.",
        "Bae said the government would secure 50,000 GPUs no later than 2030.",
        "배경훈은 2025년 6월 이전 집을 팔았다.",
    ],
)
def test_an_offset_a_deadline_or_a_noun_is_no_bound(text):
    assert all(v.bound is None for v in analyze_sentence(text).values if v.date is not None)


@pytest.mark.parametrize(
    "claim",
    [
        "EXAONE Deep was released 42 days after December 2024.",
        "배경훈은 늦어도 2040년까지 SMR을 상용화하겠다고 말했다.",
        "배경훈은 1976년 후에 태어났다.",
        "Bae was born after 2000.",
        "Bae was born between 1970 and 1975.",
        "배경훈은 2007년 한화시스템에서 근무했다.",
    ],
)
def test_a_bound_no_fact_of_its_own_meets_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's daughter holds none of her overseas stocks as of July 2025.",
        "Bae declared assets of 750 million won no later than June 2025.",
    ],
)
def test_none_and_no_later_than_are_no_denials(claim):
    assert not analyze_sentence(claim).clauses[0].negated


def test_a_footnote_mark_after_a_figure_is_no_figure():
    assert clean("13\u00b9\u2074개") == "13\u00b9\u2074개"


def test_a_long_latin_run_with_one_look_alike_is_read():
    text = "x" * 60000 + "\u0430"
    assert clean(text) == "x" * 60000 + "a"


@pytest.mark.parametrize(
    "claim", ["Bae was born between 1976 and 1980.", "Bae was born between 1970 and 1976."]
)
def test_between_takes_in_both_ends(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (EXAONE's first release, in 2021, is before 2024, but no release of EXAONE 3.5)
        "엑사원 3.5는 2024년 이전에 공개됐다.",
        # (his daughter's birth after 2010 is no birth of his)
        "배경훈은 2010년 이후에 태어났다.",
    ],
)
def test_a_bound_is_met_only_by_the_thing_it_tells_of(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"
