"""Tests for factcli.text.numerals: one numeral expression -> exact Decimal."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.text.numerals import format_korean, hangul_numeral, parse_number, spelled_number

big_ints = st.integers(min_value=0, max_value=10**16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KOREAN.md cases
        ("36억9767만", 3697670000),
        ("36억 9767만", 3697670000),
        ("41억5천만", 4150000000),
        ("7억5천만", 750000000),
        ("1억368만", 103680000),
        ("5만", 50000),
        ("2천", 2000),
        ("2천5백만", 25000000),
        ("320억", 32000000000),
        ("3.5억", 350000000),
        ("0.5만", 5000),
        ("1,234만", 12340000),
        ("3,697,670,000", 3697670000),
        ("３６억", 3600000000),
        ("1조 2천억", 1200000000000),
        ("삼십육억구천칠백육십칠만", 3697670000),
        ("천만", 10000000),
        # more forms
        ("10만1000", 101000),
        ("10만 1000", 101000),
        ("7.5", Decimal("7.5")),
        ("0", 0),
        ("007", 7),
        ("1,000", 1000),
        ("1,234.5", Decimal("1234.5")),
        ("만", 10000),
        ("억", 100000000),
        ("일억", 100000000),
        ("십", 10),
        ("백", 100),
        ("천", 1000),
        ("천백", 1100),
        ("오천", 5000),
        ("이", 2),
        ("영", 0),
        ("이천이십오", 2025),
        ("5천5백", 5500),
        ("5천3", 5003),
        ("1조", 10**12),
        ("1경", 10**16),
        ("2조 3000억 5000만", 2300050000000),
        ("1.5천", 1500),
        (" 36억 ", 3600000000),
        ("３，０００", 3000),
        # English scales
        ("4.15 billion", 4150000000),
        ("750 million", 750000000),
        ("200 thousand", 200000),
        ("1.2 trillion", 1200000000000),
        ("4.15billion", 4150000000),
        ("4.15 Billion", 4150000000),
        ("32B", 32000000000),
        ("2.4B", 2400000000),
        ("7.8B", 7800000000),
        ("5K", 5000),
        ("5k", 5000),
        ("3M", 3000000),
        ("1.2T", 1200000000000),
        ("3bn", 3000000000),
        ("1,500 million", 1500000000),
        ("4-billion", 4000000000),
    ],
)
def test_parses(text: str, expected: int | Decimal) -> None:
    value = parse_number(text)
    assert value == expected
    assert isinstance(value, Decimal)


def test_exact_decimal_arithmetic() -> None:
    # Float would give 350000000.00000006 or similar; the repr shows no exponent either.
    assert repr(parse_number("3.5억")) == "Decimal('350000000')"
    assert repr(parse_number("2.4B")) == "Decimal('2400000000')"
    assert repr(parse_number("7.50")) == "Decimal('7.5')"
    assert parse_number("0.1억") + parse_number("0.2억") == parse_number("0.3억")


@pytest.mark.parametrize(
    "text",
    [
        "5만3억",
        "2천천",
        "만만",
        "억억",
        "백천",
        "1억만",
        "",
        "   ",
        "abc",
        "3 4",
        "200 2천",
        "1,23",
        "3.5.1",
        "5만장",
        "36억 원",
        "-5",
        "4.15 gazillion",
        "천안",
        "GPT-4",
        "3..5",
        "1e5",
        "3-4",
        "3-k",
        "sixteen",
    ],
)
def test_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_error_message_is_short() -> None:
    with pytest.raises(ValueError, match="out of order"):
        parse_number("5만3억")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (2000, "2,000"),
        (9999, "9,999"),
        (10000, "1만"),
        (3697670000, "36억9767만"),
        (4150000000, "41억5000만"),
        (100000000, "1억"),
        (100000001, "1억1"),
        (1200000000000, "1조2000억"),
        (10**16, "1경"),
        (Decimal("1234.5"), "1,234.5"),
    ],
)
def test_format_korean(value: int | Decimal, expected: str) -> None:
    assert format_korean(value) == expected


def test_format_korean_spaced() -> None:
    assert format_korean(3697670000, spaced=True) == "36억 9767만"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "영"),
        (10, "십"),
        (2025, "이천이십오"),
        (10000, "일만"),
        (3697670000, "삼십육억구천칠백육십칠만"),
        (100010001, "일억일만일"),
    ],
)
def test_hangul_numeral(value: int, expected: str) -> None:
    assert hangul_numeral(value) == expected


def test_hangul_numeral_range() -> None:
    with pytest.raises(ValueError):
        hangul_numeral(-1)


# Round trips: every way a writer puts an integer parses back to it.


@settings(max_examples=200)
@given(big_ints)
def test_round_trip_integers(value: int) -> None:
    forms = [
        str(value),
        f"{value:,}",
        format_korean(value),
        format_korean(value, spaced=True),
        hangul_numeral(value),
    ]
    for form in forms:
        assert parse_number(form) == value, form


@settings(max_examples=200)
@given(big_ints)
def test_round_trip_mixed_commas(value: int) -> None:
    # Writers comma-group the digits inside a section too: 1,234만 5,678.
    parts = []
    rest = value
    for name, unit in (("경", 10**16), ("조", 10**12), ("억", 10**8), ("만", 10**4)):
        section, rest = divmod(rest, unit)
        if section:
            parts.append(f"{section:,}{name}")
    if rest or not parts:
        parts.append(f"{rest:,}")
    assert parse_number(" ".join(parts)) == value


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]),
)
def test_round_trip_english_scale(units: int, scale: tuple[str, int]) -> None:
    word, size = scale
    # "4.15 billion": the decimal form that is exact for this value.
    number = Decimal(units) / 100
    assert parse_number(f"{number} {word}") == number * size
    assert parse_number(f"{units:,} {word}") == units * size


@settings(max_examples=200)
@given(st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False))
def test_round_trip_decimals(value: Decimal) -> None:
    assert parse_number(f"{value:f}") == value
    assert parse_number(f"{value:f}만") == value * 10**4
    assert parse_number(f"{value:,f}억") == value * 10**8


@settings(max_examples=200)
@given(st.text(max_size=20))
def test_only_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zero", 0),
        ("one", 1),
        ("Sixteen", 16),
        ("nineteen", 19),
        ("twenty", 20),
        ("twenty-five", 25),
        ("Ninety-Nine", 99),
        ("한", 1),
        ("두", 2),
        ("세", 3),
        ("다섯", 5),
        ("열", 10),
        ("스무", 20),
    ],
)
def test_spelled_number(word: str, value: int) -> None:
    assert spelled_number(word) == value


@pytest.mark.parametrize(
    "word", ["", "hundred", "twenty-ten", "twenty-zero", "하나", "3", "one two"]
)
def test_spelled_number_rejects(word: str) -> None:
    with pytest.raises(ValueError):
        spelled_number(word)
