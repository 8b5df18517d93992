"""Tests for factcli.text.dates: partial dates, parsing one date, finding dates in sentences."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.text.dates import DateMention, PartialDate, find_dates, parse_date, parse_iso

REF = datetime.date(2025, 7, 20)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def found(text: str, **kwargs: datetime.date) -> list[tuple[str, str]]:
    """(iso, matched text) for each date found, with a check that spans index text."""
    mentions = find_dates(text, **kwargs)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.date.iso, m.text) for m in mentions]


class TestPartialDate:
    @pytest.mark.parametrize(
        ("date", "iso", "precision"),
        [
            (PartialDate(2023), "2023", "year"),
            (PartialDate(1976, 5), "1976-05", "month"),
            (PartialDate(2025, 7, 17), "2025-07-17", "day"),
            (PartialDate(None, 7, 17), "--07-17", "day"),
            (PartialDate(None, 7), "--07", "month"),
            (PartialDate(987), "0987", "year"),
        ],
    )
    def test_iso_and_precision(self, date: PartialDate, iso: str, precision: str) -> None:
        assert date.iso == iso
        assert str(date) == iso
        assert date.precision == precision

    @pytest.mark.parametrize(
        "args",
        [
            (2025, 2, 29),
            (2023, 2, 29),
            (2100, 2, 29),
            (2025, 4, 31),
            (2025, 13),
            (2025, 0),
            (2025, 1, 0),
            (2025, None, 5),
            (None, None),
            (None, 2, 30),
            (0,),
            (10000,),
        ],
    )
    def test_invalid(self, args: tuple[int | None, ...]) -> None:
        with pytest.raises(ValueError):
            PartialDate(*args)

    def test_leap_years(self) -> None:
        assert PartialDate(2024, 2, 29).iso == "2024-02-29"
        assert PartialDate(2000, 2, 29).iso == "2000-02-29"
        assert PartialDate(None, 2, 29).iso == "--02-29"

    def test_ranges(self) -> None:
        assert PartialDate(2023).first_day() == datetime.date(2023, 1, 1)
        assert PartialDate(2023).last_day() == datetime.date(2023, 12, 31)
        assert PartialDate(2024, 2).last_day() == datetime.date(2024, 2, 29)
        assert PartialDate(2025, 2).last_day() == datetime.date(2025, 2, 28)
        assert PartialDate(2025, 7, 17).first_day() == datetime.date(2025, 7, 17)
        assert PartialDate(2025, 7, 17).last_day() == datetime.date(2025, 7, 17)

    def test_range_needs_year(self) -> None:
        with pytest.raises(ValueError):
            PartialDate(None, 7, 17).first_day()
        with pytest.raises(ValueError):
            PartialDate(None, 7).last_day()

    @pytest.mark.parametrize(
        ("a", "b", "agree"),
        [
            ("2025-07", "2025-07-17", True),
            ("2025", "2025-07-17", True),
            ("2025-07-17", "2025-07-17", True),
            ("2025-08", "2025-07-17", False),
            ("2024", "2025-07-17", False),
            ("2025-07-16", "2025-07-17", False),
            ("--07-17", "2025-07-17", True),
            ("--07-17", "2024-07-17", True),
            ("--07-18", "2025-07-17", False),
            ("--07", "2025-07-17", True),
            ("--07", "2025", True),
        ],
    )
    def test_agrees(self, a: str, b: str, agree: bool) -> None:
        assert parse_iso(a).agrees(parse_iso(b)) is agree
        assert parse_iso(b).agrees(parse_iso(a)) is agree

    def test_ordering_handles_missing_parts(self) -> None:
        dates = [
            PartialDate(2025, 1, 1),
            PartialDate(2025, 1),
            PartialDate(2025),
            PartialDate(2024),
        ]
        assert sorted(dates) == [
            PartialDate(2024),
            PartialDate(2025),
            PartialDate(2025, 1),
            PartialDate(2025, 1, 1),
        ]
        assert PartialDate(None, 12, 31) < PartialDate(1, 1, 1)
        assert PartialDate(2025) <= PartialDate(2025)
        assert PartialDate(2026) > PartialDate(2025, 12, 31)

    def test_frozen_and_hashable(self) -> None:
        date = PartialDate(2025, 7)
        assert {date, PartialDate(2025, 7)} == {date}
        with pytest.raises(AttributeError):
            date.year = 2024  # type: ignore[misc]


class TestParseIso:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2025", PartialDate(2025)),
            ("2025-07", PartialDate(2025, 7)),
            ("2025-07-17", PartialDate(2025, 7, 17)),
            (" 2025-07-17 ", PartialDate(2025, 7, 17)),
            ("--07-17", PartialDate(None, 7, 17)),
            (2025, PartialDate(2025)),
            (datetime.date(2025, 7, 17), PartialDate(2025, 7, 17)),
            (datetime.datetime(2025, 7, 17, 9, 30), PartialDate(2025, 7, 17)),
        ],
    )
    def test_parses(self, value: str | int | datetime.date, expected: PartialDate) -> None:
        assert parse_iso(value) == expected

    @pytest.mark.parametrize(
        "value",
        ["2025-02-30", "2021-13", "2021-00", "garbage", "", "25", "2025-7", "2025/07/17", True, 0],
    )
    def test_rejects(self, value: str | int) -> None:
        with pytest.raises(ValueError):
            parse_iso(value)

    @settings(max_examples=200)
    @given(st.dates())
    def test_round_trip(self, date: datetime.date) -> None:
        assert parse_iso(parse_iso(date).iso) == parse_iso(date)
        assert parse_iso(date).first_day() == date


class TestKoreanMdCases:
    """Every date case listed in shared/KOREAN.md."""

    @pytest.mark.parametrize(
        ("text", "iso", "precision"),
        [
            ("2025년 7월16일", "2025-07-16", "day"),
            ("2025. 09. 14.", "2025-09-14", "day"),
            ("2025.9.14", "2025-09-14", "day"),
            ("2024년 12월", "2024-12", "month"),
            ("1976년 5월", "1976-05", "month"),
        ],
    )
    def test_dates(self, text: str, iso: str, precision: str) -> None:
        (mention,) = find_dates(text)
        assert (mention.date.iso, mention.date.precision, mention.text) == (iso, precision, text)
        assert parse_date(text).iso == iso

    def test_year_until_and_count(self) -> None:
        from factcli.text.quantities import find_quantities

        text = "2030년까지 20만장"
        assert [(m.date.iso, m.date.precision) for m in find_dates(text)] == [("2030", "year")]
        assert [(q.value, q.unit) for q in find_quantities(text)] == [(200000, "GPU")]


class TestFindDatesKorean:
    @pytest.mark.parametrize(
        ("text", "iso", "matched"),
        [
            ("2025년 7월 17일", "2025-07-17", "2025년 7월 17일"),
            ("2025년 7월16일", "2025-07-16", "2025년 7월16일"),
            ("2025년 7월17일", "2025-07-17", "2025년 7월17일"),
            ("2025년7월17일", "2025-07-17", "2025년7월17일"),
            ("2024년 12월", "2024-12", "2024년 12월"),
            ("1976년 5월", "1976-05", "1976년 5월"),
            ("2025년 7월", "2025-07", "2025년 7월"),
            ("2023년", "2023", "2023년"),
            ("2023년에는", "2023", "2023년"),
            ("2030년까지", "2030", "2030년"),
            ("2025. 09. 14.", "2025-09-14", "2025. 09. 14."),
            ("2025.9.14", "2025-09-14", "2025.9.14"),
            ("2025.09.14", "2025-09-14", "2025.09.14"),
            ("2025/07/24", "2025-07-24", "2025/07/24"),
            ("2025-07-17", "2025-07-17", "2025-07-17"),
            ("2025-07", "2025-07", "2025-07"),
            ("3월18일", "--03-18", "3월18일"),
            ("7월 16일", "--07-16", "7월 16일"),
            ("２０２５년 ７월", "2025-07", "２０２５년 ７월"),
        ],
    )
    def test_forms(self, text: str, iso: str, matched: str) -> None:
        assert found(f"발표: {text} 기준") == [(iso, matched)]

    def test_year_and_count_are_apart(self) -> None:
        assert found("2030년까지 20만장") == [("2030", "2030년")]

    def test_year_before_a_word_starting_with_dae(self) -> None:
        # 1990년대 is a decade, but 2030년 대기업 is the year 2030.
        assert found("2030년 대기업을 제외한") == [("2030", "2030년")]
        assert found("2010년식 제네시스") == [("2010", "2010년")]

    def test_several_in_order(self) -> None:
        text = "2023년 12월 출시, 2024년 8월 7일 공개, 2025.9.14 발표"
        assert [iso for iso, _ in found(text)] == ["2023-12", "2024-08-07", "2025-09-14"]

    @pytest.mark.parametrize(
        "text",
        ["10년", "3년간", "999년", "1990년대", "2025년간", "5만장", "지난 7일", "12일", "3.14"],
    )
    def test_not_dates(self, text: str) -> None:
        assert found(text) == []

    @pytest.mark.parametrize(
        "text",
        ["2025-02-30", "2025년 2월 30일", "2025.13.1", "2021-13", "2월 30일", "2023년 13월"],
    )
    def test_impossible_dates_give_nothing(self, text: str) -> None:
        assert found(text) == []

    def test_month_day_takes_reference_year(self) -> None:
        assert found("7월 16일", reference=REF) == [("2025-07-16", "7월 16일")]


class TestFindDatesEnglish:
    @pytest.mark.parametrize(
        ("text", "iso", "matched"),
        [
            ("July 17, 2025", "2025-07-17", "July 17, 2025"),
            ("17 July 2025", "2025-07-17", "17 July 2025"),
            ("Jul. 17, 2025", "2025-07-17", "Jul. 17, 2025"),
            ("Jul 17 2025", "2025-07-17", "Jul 17 2025"),
            ("July 17th, 2025", "2025-07-17", "July 17th, 2025"),
            ("May 1976", "1976-05", "May 1976"),
            ("December 7, 2020", "2020-12-07", "December 7, 2020"),
            ("Sept. 3, 2024", "2024-09-03", "Sept. 3, 2024"),
            ("March 18", "--03-18", "March 18"),
        ],
    )
    def test_forms(self, text: str, iso: str, matched: str) -> None:
        assert found(f"On {text} the lab said") == [(iso, matched)]

    @pytest.mark.parametrize(
        ("text", "years"),
        [
            ("in 2023", ["2023"]),
            ("by 2030 the plan", ["2030"]),
            ("from 1999 to 2001.", ["1999", "2001"]),
            ("2020-2025", ["2020", "2025"]),
            ("(2024)", ["2024"]),
        ],
    )
    def test_bare_years(self, text: str, years: list[str]) -> None:
        assert [iso for iso, _ in found(text)] == years

    @pytest.mark.parametrize(
        "text",
        [
            "2,000 GPUs",
            "2000 GPUs",
            "2024 people",
            "$2025",
            "₩2000",
            "H200",
            "GPT-2020",
            "2025.5",
            "12025",
            "1800",
            "2100",
            "2000명",
            "2023%",
        ],
    )
    def test_not_years(self, text: str) -> None:
        assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이르면 10월 초로 예정된", [("--10", "10월")]),
        ("12월에 공개했다", [("--12", "12월")]),
        ("in early October", [("--10", "October")]),
        ("By July, he had left", [("--07", "July")]),
        ("mid-July", [("--07", "July")]),
        ("3개월 뒤", []),
        ("October was busy", []),  # a month alone only after in/by/until/since/early/late/mid
    ],
)
def test_a_month_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_lower_case_may_is_a_verb() -> None:
    assert found("prices may 2025 rise") == [("2025", "2025")]


class TestRelativeDays:
    def test_need_reference(self) -> None:
        assert found("지난 7일 발표했다") == []

    def test_past_day_this_month(self) -> None:
        assert found("지난 7일 발표했다", reference=REF) == [("2025-07-07", "지난 7일")]
        assert found("12일 발표", reference=REF) == [("2025-07-12", "12일")]

    def test_day_after_reference_is_last_month(self) -> None:
        assert found("25일 발표", reference=REF) == [("2025-06-25", "25일")]
        january = datetime.date(2025, 1, 3)
        assert found("지난 28일", reference=january) == [("2024-12-28", "지난 28일")]

    def test_coming_day_stays_in_month(self) -> None:
        assert found("오는 25일", reference=REF) == [("2025-07-25", "오는 25일")]

    def test_durations_are_not_days(self) -> None:
        assert found("12일간", reference=REF) == []
        assert found("3일째", reference=REF) == []
        assert found("42일", reference=REF) == []

    def test_impossible_day_skipped(self) -> None:
        assert found("31일", reference=datetime.date(2025, 7, 1)) == []  # June has 30 days


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025", PartialDate(2025)),
            ("2025-07-17", PartialDate(2025, 7, 17)),
            ("2025년 7월 17일", PartialDate(2025, 7, 17)),
            ("2024년 12월", PartialDate(2024, 12)),
            ("2030년까지", PartialDate(2030)),
            ("2025.9.14", PartialDate(2025, 9, 14)),
            ("2025. 09. 14.", PartialDate(2025, 9, 14)),
            ("July 17, 2025", PartialDate(2025, 7, 17)),
            ("May 1976", PartialDate(1976, 5)),
            ("7월 16일", PartialDate(None, 7, 16)),
            ("  2023  ", PartialDate(2023)),
        ],
    )
    def test_parses(self, text: str, expected: PartialDate) -> None:
        assert parse_date(text) == expected

    @pytest.mark.parametrize(
        "text", ["", "garbage", "2025-02-30", "2021-13", "10년", "2025년 7월 그리고 8월", "in 2023"]
    )
    def test_rejects(self, text: str) -> None:
        with pytest.raises(ValueError):
            parse_date(text)


def _written(date: datetime.date) -> list[str]:
    y, m, d = date.year, date.month, date.day
    month = MONTHS[m - 1]
    return [
        f"{y}년 {m}월 {d}일",
        f"{y}년 {m}월{d}일",
        f"{y}년{m}월{d}일",
        f"{y}. {m:02d}. {d:02d}.",
        f"{y}.{m}.{d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{month} {d}, {y}",
        f"{month[:3]}. {d}, {y}",
        f"{d} {month} {y}",
        date.isoformat(),
    ]


@settings(max_examples=200)
@given(st.dates(min_value=datetime.date(1000, 1, 1)), st.sampled_from(["", "그는 ", "On "]))
def test_every_form_is_found_with_its_span(date: datetime.date, prefix: str) -> None:
    for form in _written(date):
        text = f"{prefix}{form} 발표했다"
        mentions = find_dates(text)
        assert mentions == [
            DateMention(
                PartialDate(date.year, date.month, date.day),
                len(prefix),
                len(prefix) + len(form),
                form,
            )
        ], form
        assert parse_date(form) == PartialDate(date.year, date.month, date.day)


@settings(max_examples=200)
@given(st.integers(min_value=1000, max_value=9999), st.integers(min_value=1, max_value=12))
def test_month_forms(year: int, month: int) -> None:
    for form in (f"{year}년 {month}월", f"{year}-{month:02d}", f"{MONTHS[month - 1]} {year}"):
        assert [(m.date, m.text) for m in find_dates(f"({form})")] == [
            (PartialDate(year, month), form)
        ]


@settings(max_examples=200)
@given(st.text(), st.dates())
def test_never_raises(text: str, reference: datetime.date) -> None:
    for mentions in (find_dates(text), find_dates(text, reference=reference)):
        last = 0
        for m in mentions:
            assert last <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
            last = m.end


# Text without a digit skips the date and special-quantity patterns (one scan for a 1 MB
# line instead of a dozen): the answers must be those of the full scan, for any text.
_PIECES = st.sampled_from(
    ["가나다", "일이삼", "월", "일", "년", " ", ".", ",", "-", "/", "May ", "July ", "th ", "제", "호",
     "위", "분의", "No. ", "place", "²", "①", "七", "٣", "３", "7", "2025", "지난 ", "오는 ",
     "in ", "by ", "early ", "mid-", "October"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_digit_shortcut_gives_the_full_scans_answers(text):
    from factcli.text import dates, quantities

    fast = (find_dates(text, reference=REF), quantities.find_quantities(text))
    real = dates.HAS_DIGIT
    dates.HAS_DIGIT = quantities.HAS_DIGIT = lambda _text: True  # type: ignore[assignment]
    try:
        full = (find_dates(text, reference=REF), quantities.find_quantities(text))
    finally:
        dates.HAS_DIGIT = quantities.HAS_DIGIT = real
    assert fast == full
