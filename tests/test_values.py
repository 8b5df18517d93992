"""Tests for factcli.text.quantities: the checkable quantities in a sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.text.analysis import values_of
from factcli.text.numerals import format_korean, hangul_numeral
from factcli.text.quantities import KINDS, UNITS, Quantity, find_quantities, format_value


def one(text: str) -> Quantity:
    """The single quantity in text, with a check that its span indexes text."""
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def values(text: str) -> list[tuple[Decimal, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


class TestKoreanMdCases:
    """Every number case listed in shared/KOREAN.md."""

    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("36억9767만 원", 3697670000, "KRW"),
            ("36억 9767만 원", 3697670000, "KRW"),
            ("41억5천만원", 4150000000, "KRW"),
            ("7억5천만", 750000000, None),
            ("1억368만", 103680000, None),
            ("5만장", 50000, "GPU"),
            ("2천 장", 2000, "GPU"),
            ("2천5백만", 25000000, None),
            ("320억 개인", 32000000000, "item"),
            ("3.5억", 350000000, None),
            ("0.5만", 5000, None),
            ("1,234만", 12340000, None),
            ("3,697,670,000원", 3697670000, "KRW"),
            ("３６억", 3600000000, None),
            ("1조 2천억", 1200000000000, None),
            ("삼십육억구천칠백육십칠만 원", 3697670000, "KRW"),
            ("천만 원", 10000000, "KRW"),
        ],
    )
    def test_numbers(self, text: str, value: int, unit: str | None) -> None:
        q = one(text)
        assert (q.value, q.unit) == (value, unit)
        assert q.text == text.removesuffix("인")  # 개인: the copula is no part of the count

    def test_exact(self) -> None:
        assert repr(one("3.5억 원").value) == "Decimal('350000000')"

    def test_h200_is_no_count(self) -> None:
        assert values("H200 2천 장") == [(2000, "GPU")]

    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("10만 1천 원어치", 101000, "KRW"),
            ("10만 1천5백 원", 101500, "KRW"),
            ("GPU 5만 3천 장", 53000, "GPU"),
            ("1억 368만 원", 103680000, "KRW"),
        ],
    )
    def test_spaced_groups(self, text: str, value: int, unit: str) -> None:
        assert values(text) == [(value, unit)]

    @pytest.mark.parametrize("text", ["EXAONE 3.5 models", "Llama 3.1 models", "엑사원 3.5 모델"])
    def test_a_version_is_no_count(self, text: str) -> None:
        assert find_quantities(text) == []

    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("for at least a year", 1, "year"),
            ("within a month", 1, "month"),
        ],
    )
    def test_a_or_an_as_one(self, text: str, value: int, unit: str) -> None:
        assert values(text) == [(value, unit)]

    @pytest.mark.parametrize("text", ["a year later", "an apple", "a GPU"])
    def test_a_alone_is_no_count(self, text: str) -> None:
        assert find_quantities(text) == []

    def test_a_currency_code_is_no_name(self) -> None:
        assert values("USD 2.5 million") == [(2500000, "USD")]

    @pytest.mark.parametrize("text", ["EXAONE 4.0", "GPT-4", "천안", "이 사업", "일부"])
    def test_no_quantity(self, text: str) -> None:
        assert find_quantities(text) == []

    def test_approximate_people(self) -> None:
        q = one("3천여 명")
        assert (q.value, q.unit, q.kind, q.approx) == (3000, "people", "count", True)

    def test_range(self) -> None:
        q = one("3~4억")
        assert (q.value, q.high) == (300000000, 400000000)

    def test_approximate_money(self) -> None:
        q = one("2천여억 원")
        assert (q.value, q.unit, q.approx) == (200000000000, "KRW", True)

    def test_year_and_count_are_apart(self) -> None:
        assert values("2030년까지 20만장") == [(200000, "GPU")]

    def test_rejected_numerals(self) -> None:
        assert find_quantities("5만3억 원") == []
        assert find_quantities("2천천 명") == []


class TestMoney:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("7.5억 원", 750000000, "KRW"),
            ("10만1000원", 101000, "KRW"),
            ("4,150,000,000원", 4150000000, "KRW"),
            ("4.15 billion won", 4150000000, "KRW"),
            ("750 million won", 750000000, "KRW"),
            ("₩4.15 billion", 4150000000, "KRW"),
            ("KRW 5,000", 5000, "KRW"),
            ("5,000 KRW", 5000, "KRW"),
            ("만 원", 10000, "KRW"),
            ("$1.2 billion", 1200000000, "USD"),
            ("US$5", 5, "USD"),
            ("USD 5 million", 5000000, "USD"),
            ("5 million dollars", 5000000, "USD"),
            ("100만 달러", 1000000, "USD"),
            ("$32B", 32000000000, "USD"),
            ("$5 USD", 5, "USD"),
        ],
    )
    def test_forms(self, text: str, value: int, unit: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (value, unit, "amount")
        assert q.text == text

    def test_particles_after_won(self) -> None:
        assert values("5만 원짜리와 41억5천만원을") == [(50000, "KRW"), (4150000000, "KRW")]


class TestCounts:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("GPU 5만장", 50000, "GPU"),
            ("5만 장", 50000, "GPU"),
            ("200,000 GPUs", 200000, "GPU"),
            ("1 GPU", 1, "GPU"),
            ("5K GPUs", 5000, "GPU"),
            ("3명", 3, "people"),
            ("총3명이", 3, "people"),
            ("천 명", 1000, "people"),
            ("300 researchers", 300, "people"),
            ("12 employees", 12, "people"),
            ("5 people", 5, "people"),
            ("1 person", 1, "people"),
            ("2100억 개", 210000000000, "item"),
            ("5가지", 5, "item"),
            ("3대", 3, "item"),
            ("7건", 7, "item"),
            ("4곳", 4, "item"),
            ("2종", 2, "item"),
            ("3개사", 3, "company"),
            ("10개국", 10, "country"),
            ("5개 언어", 5, "language"),
            ("5 affiliates", 5, "company"),
            ("3 companies", 3, "company"),
            ("12 benchmarks", 12, "benchmark"),
            ("4 models", 4, "model"),
            ("2 versions", 2, "version"),
            ("6 languages", 6, "language"),
            ("100 cars", 100, "vehicle"),
            ("7 vehicles", 7, "vehicle"),
        ],
    )
    def test_forms(self, text: str, value: int, unit: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (value, unit, "count")

    def test_scale_alone_is_a_count(self) -> None:
        for text in ("1억368만", "10만1000", "3 million", "3M"):
            q = one(text)
            assert (q.unit, q.kind) == (None, "count")


class TestSpelledAndSpacedCounts:
    @pytest.mark.parametrize(
        ("text", "value", "unit", "matched"),
        [
            ("Sixteen LG affiliates took part", 16, "company", "Sixteen LG affiliates"),
            ("16 LG affiliates joined", 16, "company", "16 LG affiliates"),
            ("named 62 notable AI models", 62, "model", "62 notable AI models"),
            ("about 2,000 H200 GPUs", 2000, "GPU", "2,000 H200 GPUs"),
            ("two languages", 2, "language", "two languages"),
            ("six versions of EXAONE", 6, "version", "six versions"),
            ("one vehicle", 1, "vehicle", "one vehicle"),
            ("twenty-five people", 25, "people", "twenty-five people"),
            ("four months", 4, "month", "four months"),
            ("딸 한 명이다", 1, "people", "한 명"),
            ("세 가지 크기", 3, "model", "세 가지"),  # (sizes: models, as in English)
            ("두 달 만에", 2, "month", "두 달"),
            ("열 곳", 10, "item", "열 곳"),
        ],
    )
    def test_forms(self, text: str, value: int, unit: str, matched: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.text) == (value, unit, matched)

    @pytest.mark.parametrize(
        "text",
        [
            "one of the models",
            "EXAONE 4.0 outperformed models",
            "EXAONE 3.5 AI models",
            "한국",
            "한 번",
            "네, 맞습니다",
            "the two of them",
        ],
    )
    def test_not_counts(self, text: str) -> None:
        assert find_quantities(text) == []

    def test_hyphenated_scale(self) -> None:
        q = one("an apartment in the 4-billion-won range")
        assert (q.value, q.unit, q.text) == (4000000000, "KRW", "4-billion-won")


class TestKoreanCounterNouns:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("LG전자 등 16개 계열사가 참여했다", 16, "company"),
            ("13개 벤치마크에서", 13, "benchmark"),
            ("3개 모델을 선보였다", 3, "model"),
            ("총 6가지 버전이 나왔다", 6, "version"),
            ("차량 1대를 신고했다", 1, "vehicle"),
            ("15개 기업과", 15, "company"),
            ("62개이며", 62, "item"),
        ],
    )
    def test_named(self, text: str, value: int, unit: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (value, unit, "count")

    def test_top_n_and_age_groups_are_no_counts(self) -> None:
        assert find_quantities("AI 3대 강국 도약") == []
        assert find_quantities("20대 남성") == []

    def test_won_range_word(self) -> None:
        q = one("40억 원대 아파트")
        assert (q.value, q.unit, q.approx) == (4000000000, "KRW", True)

    @pytest.mark.parametrize(
        "text", ["8549만 원어치다", "107만 원이었던", "5만 원짜리", "3명이라고", "42일밖에"]
    )
    def test_word_endings_after_units(self, text: str) -> None:
        assert len(find_quantities(text)) == 1


class TestDayOfMonth:
    @pytest.mark.parametrize(
        "text",
        [
            "12일 서울 종로구에서 열린",
            "12일(현지시간)",
            "지난 7일",
            "오는 20일 발표",
            "12일에 발표",
        ],
    )
    def test_news_days_are_not_durations(self, text: str) -> None:
        assert find_quantities(text) == []

    @pytest.mark.parametrize(
        "text", ["12일 동안", "3일 후", "42일이 소요", "7일.", "5일간", "3일 만에", "약 7일 걸렸다"]
    )
    def test_durations(self, text: str) -> None:
        assert one(text).unit == "day"


class TestSizes:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("32B parameters", 32000000000),
            ("32 billion parameters", 32000000000),
            ("2.4B", 2400000000),
            ("7.8B 모델", 7800000000),
            ("32B", 32000000000),
            ("EXAONE 4.0 32B", 32000000000),
            ("320억 개인 매개변수", 32000000000),
            ("320억 개의 매개변수", 32000000000),
            ("매개변수 320억 개", 32000000000),
            ("매개변수는 약 320억 개", 32000000000),
            ("Qwen2.5-72B", 72000000000),
        ],
    )
    def test_parameters(self, text: str, value: int) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (value, "parameter", "size")


class TestPercentMeasure:
    @pytest.mark.parametrize(
        "text", ["30%", "30 %", "30퍼센트", "30 percent", "30 per cent", "３０％"]
    )
    def test_percent(self, text: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (30, "%", "percent")

    def test_percentage_points(self) -> None:
        assert (one("3.5%p 상승").value, one("3.5%p 상승").unit) == (Decimal("3.5"), "%p")
        assert one("3 percentage points").unit == "%p"

    @pytest.mark.parametrize(
        "text", ["106㎡", "106 m2", "106m2", "106 m²", "106 square meters", "전용 106㎡다"]
    )
    def test_area(self, text: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (106, "m2", "measure")


class TestDurationsAndAges:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("42일", 42, "day"),
            ("42 days", 42, "day"),
            ("1 day", 1, "day"),
            ("4개월", 4, "month"),
            ("four months", 4, "month"),
            ("Twelve years", 12, "year"),
            ("10년", 10, "year"),
            ("3년간", 3, "year"),
            ("10 years", 10, "year"),
            ("2주", 2, "week"),
            ("3 weeks", 3, "week"),
            ("1.5년", Decimal("1.5"), "year"),
            ("42일밖에", 42, "day"),
            ("1년 만에", 1, "year"),
            ("3달", 3, "month"),
        ],
    )
    def test_durations(self, text: str, value: int, unit: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (value, unit, "duration")

    @pytest.mark.parametrize(
        "text", ["44세", "44살", "aged 44", "age 44", "44 years old", "44-year-old", "만 44세"]
    )
    def test_ages(self, text: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.kind) == (44, "years", "age")

    def test_word_age(self) -> None:
        q = one("a four-year-old model")
        assert (q.value, q.kind) == (4, "age")

    def test_date_years_are_not_durations(self) -> None:
        assert find_quantities("2023년에 출시") == []
        assert find_quantities("1990년대") == []


class TestHedges:
    @pytest.mark.parametrize(
        "text",
        [
            "약 3천 명",
            "약3천 명",
            "3천여 명",
            "3천 명 정도",
            "3천 명가량",
            "3천 명쯤",
            "대략 3천 명",
            "about 3,000 people",
            "around 3,000 people",
            "approximately 3,000 people",
            "nearly 3,000 people",
            "some 3,000 people",
            "roughly 3,000 people",
        ],
    )
    def test_approx(self, text: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.approx) == (3000, "people", True)

    def test_not_approx(self) -> None:
        assert one("3천 명").approx is False
        assert one("3천 명").bound is None

    @pytest.mark.parametrize(
        ("text", "bound"),
        [
            ("1년 이상", "min"),
            ("1년이상", "min"),
            ("최소 1년", "min"),
            ("at least 1 year", "min"),
            ("over 1 year", "min"),
            ("more than 1 year", "min"),
            ("1 year or more", "min"),
            ("1년 이하", "max"),
            ("1년 미만", "max"),
            ("1년 이내", "max"),
            ("최대 1년", "max"),
            ("at most 1 year", "max"),
            ("under 1 year", "max"),
            ("up to 1 year", "max"),
        ],
    )
    def test_bounds(self, text: str, bound: str) -> None:
        q = one(text)
        assert (q.value, q.unit, q.bound) == (1, "year", bound)

    def test_age_bound(self) -> None:
        q = one("만 60세 이상")
        assert (q.value, q.kind, q.bound, q.text) == (60, "age", "min", "60세")

    def test_plus(self) -> None:
        q = one("5,000+ GPUs")
        assert (q.value, q.unit, q.bound) == (5000, "GPU", "min")

    def test_hedge_words_outside_span(self) -> None:
        q = one("about 2,000 GPUs")
        assert (q.text, q.approx) == ("2,000 GPUs", True)


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "low", "high", "unit"),
        [
            ("3~4억", 300000000, 400000000, None),
            ("3억~4억 원", 300000000, 400000000, "KRW"),
            ("3억 원~4억 원", 300000000, 400000000, "KRW"),
            ("3-4 billion won", 3000000000, 4000000000, "KRW"),
            ("30~40만 명", 300000, 400000, "people"),
            ("3천~4천억 원", 300000000000, 400000000000, "KRW"),
            ("5~10%", 5, 10, "%"),
            ("1-2 days", 1, 2, "day"),
        ],
    )
    def test_ranges(self, text: str, low: int, high: int, unit: str | None) -> None:
        q = one(text)
        assert (q.value, q.high, q.unit) == (low, high, unit)
        assert q.text == text

    def test_descending_is_no_range(self) -> None:
        assert one("5-3%").high is None


class TestRanksOrdinalsFractions:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("제37회 포럼", Decimal(37), "ordinal"),
            ("the 37th forum", Decimal(37), "ordinal"),
            ("제1호 공약", Decimal(1), "ordinal"),
            ("세계 1위를 기록했다", Decimal(1), "rank"),
            ("finished 2nd place", Decimal(2), "rank"),
            ("No. 1 in the world", Decimal(1), "rank"),
            ("아파트 지분의 5분의 3을", Decimal(60), "%"),
            ("a 2/5 share of it", Decimal(40), "%"),
        ],
    )
    def test_found(self, text: str, value: Decimal, unit: str) -> None:
        found = find_quantities(text)
        assert [(q.value, q.unit) for q in found] == [(value, unit)]

    def test_a_machine_number_is_not_an_ordinal(self) -> None:
        assert find_quantities("슈퍼컴 6호기") == []

    def test_formats(self) -> None:
        assert format_value(Decimal(1), "rank") == "1위"
        assert format_value(Decimal(2), "rank", lang="en") == "No. 2"
        assert format_value(Decimal(37), "ordinal", lang="en") == "37th"
        assert format_value(Decimal(22), "ordinal", lang="en") == "22nd"


class TestNotQuantities:
    @pytest.mark.parametrize(
        "text",
        [
            "EXAONE 4.0",
            "엑사원 3.5",
            "엑사원 3.0",
            "GPT-4",
            "H200",
            "Llama3.1",
            "Gemma2",
            "80GB",
            "5G",
            "3.5.1 버전",
            "4세대",
            "2주년",
            "만세",
            "만일",
            "엑사원만",
            "조원들",
            "사장",
            "백사장",
            "천장",
            "십장",
            "일원",
            "under 30",
            "이천에서",
            "010-1234-5678",
            "2025-07-17",
            "지난 7일",
            "7월 16일",
            "",
        ],
    )
    def test_nothing(self, text: str) -> None:
        assert find_quantities(text) == []


def test_sentence() -> None:
    text = (
        "LG AI연구원은 2025년 7월 15일 EXAONE 4.0 32B를 공개했고, 정부는 2030년까지 GPU 20만장과 "
        "약 3천여 명의 인력에 1조 2천억 원을 투입한다. 매출은 30% 늘었다."
    )
    found = find_quantities(text)
    assert [(q.value, q.unit, q.kind) for q in found] == [
        (32000000000, "parameter", "size"),
        (200000, "GPU", "count"),
        (3000, "people", "count"),
        (1200000000000, "KRW", "amount"),
        (30, "%", "percent"),
    ]
    assert found[2].approx
    for q in found:
        assert text[q.start : q.end] == q.text


def test_spans_index_nfd_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "배경훈 원장은 44세")
    q = one(text)
    assert (q.value, q.kind) == (44, "age")


def test_vocabulary() -> None:
    assert set(UNITS.values()) <= set(KINDS)
    for unit in ("KRW", "USD", "GPU", "people", "item", "parameter", "%", "day", "years", "m2"):
        assert unit in UNITS


class TestFormatValue:
    @pytest.mark.parametrize(
        ("value", "unit", "ko", "en"),
        [
            (3697670000, "KRW", "36억9767만 원", "3,697,670,000 won"),
            (4150000000, "KRW", "41억5000만 원", "4,150,000,000 won"),
            (5000, "KRW", "5,000 원", "5,000 won"),
            (12345, "USD", "1만2345달러", "$12,345"),
            (2000, "GPU", "2,000장", "2,000 GPUs"),
            (1, "GPU", "1장", "1 GPU"),
            (3000, "people", "3,000명", "3,000 people"),
            (1, "people", "1명", "1 person"),
            (30, "%", "30%", "30%"),
            (Decimal("7.5"), "%", "7.5%", "7.5%"),
            (42, "day", "42일", "42 days"),
            (1, "year", "1년", "1 year"),
            (4, "month", "4개월", "4 months"),
            (2, "week", "2주", "2 weeks"),
            (44, "years", "44세", "44 years old"),
            (106, "m2", "106㎡", "106 m2"),
            (32000000000, "parameter", "320억개 매개변수", "32B parameters"),
            (3, "company", "3개사", "3 companies"),
            (10, "country", "10개국", "10 countries"),
            (5, "item", "5개", "5 items"),
            (103680000, None, "1억368만", "103,680,000"),
            (7, "model", "7 models", "7 models"),
        ],
    )
    def test_forms(self, value: int, unit: str | None, ko: str, en: str) -> None:
        assert format_value(Decimal(value), unit) == ko
        assert format_value(Decimal(value), unit, lang="en") == en

    def test_unknown_language(self) -> None:
        with pytest.raises(ValueError):
            format_value(Decimal(1), "KRW", lang="fr")


ROUND_TRIP_UNITS = [
    "KRW",
    "USD",
    "GPU",
    "people",
    "item",
    "company",
    "country",
    "language",
    "parameter",
    "%",
    "%p",
    "day",
    "week",
    "month",
    "year",
    "years",
    "m2",
    "model",
    "benchmark",
]


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**16) | st.decimals(0, 10**6, places=2),
    st.sampled_from(ROUND_TRIP_UNITS),
    st.sampled_from(["ko", "en"]),
)
def test_format_round_trip(value: int | Decimal, unit: str, lang: str) -> None:
    text = format_value(Decimal(value), unit, lang=lang)
    found = find_quantities(f"발표: {text}.")
    assert [(q.value, q.unit) for q in found] == [(value, unit)], text


@settings(max_examples=200)
@given(st.integers(min_value=10**4, max_value=10**16))
def test_format_round_trip_bare_scale(value: int) -> None:
    assert values(format_value(Decimal(value), None)) == [(value, None)]


@settings(max_examples=200)
@given(
    st.integers(min_value=1, max_value=10**16),
    st.sampled_from(
        [("원", "KRW"), ("장", "GPU"), (" 원", "KRW"), (" 장", "GPU"), ("명", "people")]
    ),
)
def test_written_forms_round_trip(value: int, suffix: tuple[str, str]) -> None:
    written, unit = suffix
    forms = {f"{value:,}", format_korean(value), format_korean(value, spaced=True)}
    # Short pure-Hangul numbers are words first: 일원 (a member), 천장 (ceiling), 만일 (if),
    # 백사장 (a beach); the finder leaves them alone.
    if len(hangul_numeral(value)) >= 3:
        forms.add(hangul_numeral(value))
    if value >= 10**4:
        forms.add(str(value))
    for form in forms:
        text = f"그는 {form}{written}을 확보했다"
        q = one(text)
        assert (q.value, q.unit, q.text) == (value, unit, form + written), text


@settings(max_examples=200)
@given(
    st.integers(min_value=1, max_value=10**4),
    st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]),
)
def test_english_scale_round_trip(units: int, scale: tuple[str, int]) -> None:
    word, size = scale
    number = Decimal(units) / 100
    q = one(f"It cost {number} {word} won.")
    assert (q.value, q.unit) == (number * size, "KRW")


@settings(max_examples=200)
@given(st.text())
def test_never_raises(text: str) -> None:
    last = 0
    for q in find_quantities(text):
        assert last <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in KINDS
        last = q.end


_PIECES = [
    *"0123456789 ,.~-+%$₩()/:B",
    *"년월일억만천백십조원명장개여약세살주대이삼사오육칠팔구한두",
    *[" billion", " million", " GPUs", " won", "July ", "2025", "지난 ", "제", "H200", "이상"],
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_never_raises_on_number_soup(text: str) -> None:
    last = 0
    for q in find_quantities(text):
        assert last <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.high is None or q.high > q.value
        last = q.end


def test_decades_in_words_are_years():
    from factcli.text.quantities import find_quantities

    found = [
        (q.text, q.value, q.unit, q.approx) for q in find_quantities("it takes around a decade")
    ]
    assert found == [("a decade", 10, "year", True)]
    assert [q.value for q in find_quantities("two decades later")] == [20]
    assert find_quantities("the decade that followed") == []


@pytest.mark.parametrize(
    "text", ["about 2,000 H200s", "2,000 H200 chips", "2,000 H200 GPUs", "2,000 GPUs"]
)
def test_gpus_named_by_their_model_are_counted_as_gpus(text):  # type: ignore[no-untyped-def]
    (value,) = values_of(text)
    assert (value.amount, value.unit) == (Decimal("2000"), "GPU")


def test_a_gpu_model_without_a_count_is_no_value():  # type: ignore[no-untyped-def]
    assert values_of("the H200 is fast") == ()


def test_half_in_words_is_a_share_of_fifty_percent():  # type: ignore[no-untyped-def]
    found = [(q.text, q.value, q.unit, q.approx) for q in find_quantities("about half of them")]
    assert found == [("half", 50, "%", True)]
    assert [(q.value, q.unit) for q in find_quantities("해외 주식의 절반을 팔았다")] == [(50, "%")]
    # (a span of years and a half, not a share: see test_a_span_in_years_and_months_...)
    assert [(q.value, q.unit) for q in find_quantities("three and a half years later")] == [
        (42, "month")
    ]
    assert all(q.unit != "%" for q in find_quantities("절반기"))


def test_percentage_points_written_with_a_percent_sign():  # type: ignore[no-untyped-def]
    assert values("3%포인트") == [(Decimal(3), "%p")]
    assert values("3%p") == [(Decimal(3), "%p")]
    assert values("3%") == [(Decimal(3), "%")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # just past a figure: a tenth beyond it at most
        ("재산은 37억 원을 조금 넘는다", 3_700_000_000, 4_070_000_000),
        ("재산은 37억 원을 약간 웃돈다", 3_700_000_000, 4_070_000_000),
        ("assets slightly above 3.7 billion won", 3_700_000_000, 4_070_000_000),
        # just short of one: a tenth below it
        ("재산은 37억 원에 조금 못 미친다", 3_330_000_000, 3_700_000_000),
        ("assets just under 3.7 billion won", 3_330_000_000, 3_700_000_000),
    ],
)
def test_just_past_a_figure_is_a_near_range(text, low, high):
    (q,) = [q for q in find_quantities(text) if q.unit == "KRW"]
    assert (q.value, q.high, q.bound) == (low, high, None)


def test_past_a_figure_without_slightly_is_a_floor():
    (q,) = [q for q in find_quantities("재산은 37억 원을 웃돈다") if q.unit == "KRW"]
    assert (q.value, q.high, q.bound) == (3_700_000_000, None, "min")


@pytest.mark.parametrize(
    ("text", "amount", "bound"),
    [
        ("채무는 예금의 5배가 넘는다", 5, "min"),
        ("debts more than five times his deposits", 5, "min"),
        ("3배 빨라졌다", 3, None),
    ],
)
def test_a_ratio_is_a_figure(text, amount, bound):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.bound) == (amount, "times", bound)


def test_a_name_starting_like_a_ratio_is_no_figure():
    assert find_quantities("2025년 7월 17일 배경훈 장관은") == [] or all(
        q.unit != "times" for q in find_quantities("2025년 7월 17일 배경훈 장관은")
    )


@pytest.mark.parametrize(
    ("text", "months", "approx", "bound"),
    [
        ("4년 7개월여 동안", 55, True, None),
        ("4년 반가량", 54, True, None),
        ("2년 반 만에", 30, False, None),
        ("4 years and 7 months", 55, False, None),
        ("about three and a half years", 42, True, None),
        ("more than four and a half years", 54, False, "min"),
    ],
)
def test_a_span_in_years_and_months_is_one_duration(text, months, approx, bound):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.approx, q.bound) == (months, "month", approx, bound)
