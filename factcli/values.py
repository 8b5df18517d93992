"""The checkable quantities in a sentence: money, counts, percentages, durations, ages, sizes.

``find_quantities("GPU 5만장과 41억5천만원")`` gives 50000 GPU and 4150000000 KRW with their
spans. A number needs a unit, a counter or a scale (만 억 조, million) to count: bare numbers,
model and version names (EXAONE 4.0, GPT-4, H200) and the numbers inside dates are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from factcli.dates import find_dates
from factcli.korean import PARTICLES, nfc_map
from factcli.numerals import format_korean, parse_number

__all__ = ["KINDS", "UNITS", "Quantity", "find_quantities", "format_value"]

#: The kinds a Quantity can have.
KINDS = ("amount", "count", "percent", "duration", "age", "measure", "size")


@dataclass(frozen=True)
class Quantity:
    """One quantity found in text; start and end index the original string.

    ``value`` is exact; ``high`` is the top of a range (3~4억: value 3e8, high 4e8).
    ``bound`` is "min" (이상, at least) or "max" (이하, up to); ``approx`` marks 약, 여,
    about. The span covers a currency sign, the number and its unit, not hedge words.
    """

    value: Decimal
    unit: str | None
    kind: str
    start: int
    end: int
    text: str
    approx: bool = False
    bound: str | None = None
    high: Decimal | None = None


# Korean units (attached or after one space), longest first: (written form, unit, kind).
_KO_UNITS: tuple[tuple[str, str, str], ...] = (
    ("제곱미터", "m2", "measure"),
    ("퍼센트포인트", "%p", "percent"),
    ("퍼센트", "%", "percent"),
    ("개 언어", "language", "count"),
    ("개언어", "language", "count"),
    ("개월", "month", "duration"),
    ("개국", "country", "count"),
    ("개사", "company", "count"),
    ("종류", "item", "count"),
    ("가지", "item", "count"),
    ("달러", "USD", "amount"),
    ("원", "KRW", "amount"),
    ("장", "GPU", "count"),
    ("명", "people", "count"),
    ("개", "item", "count"),
    ("대", "item", "count"),
    ("건", "item", "count"),
    ("곳", "item", "count"),
    ("종", "item", "count"),
    ("일", "day", "duration"),
    ("주", "week", "duration"),
    ("년", "year", "duration"),
    ("세", "years", "age"),
    ("살", "years", "age"),
    ("%p", "%p", "percent"),
    ("%", "%", "percent"),
    ("㎡", "m2", "measure"),
    ("m²", "m2", "measure"),
    ("m2", "m2", "measure"),
)

# English unit words after a number: regex -> (unit, kind). Order matters (years old first).
_EN_UNITS: tuple[tuple[str, str, str], ...] = (
    (r"-?years?[- ]old", "years", "age"),
    (r"won|krw", "KRW", "amount"),
    (r"(?:us )?dollars?|usd", "USD", "amount"),
    (r"gpus?", "GPU", "count"),
    (r"people|persons?|employees?|researchers?", "people", "count"),
    (r"percentage points?", "%p", "percent"),
    (r"per ?cent", "%", "percent"),
    (r"days?", "day", "duration"),
    (r"weeks?", "week", "duration"),
    (r"months?", "month", "duration"),
    (r"years?", "year", "duration"),
    (r"square met(?:er|re)s?|sq ?m|m2", "m2", "measure"),
    (r"parameters?|params", "parameter", "size"),
    (r"companies|company|affiliates?", "company", "count"),
    (r"countries|country", "country", "count"),
    (r"models?", "model", "count"),
    (r"benchmarks?", "benchmark", "count"),
    (r"languages?", "language", "count"),
    (r"versions?", "version", "count"),
    (r"cars?", "car", "count"),
    (r"vehicles?", "vehicle", "count"),
    (r"items?", "item", "count"),
)
_EN_UNIT = re.compile(
    r"[ \t]*(?:" + "|".join(f"(?P<u{i}>{rx})" for i, (rx, _, _) in enumerate(_EN_UNITS)) + r")\b",
    re.IGNORECASE,
)

#: Every unit find_quantities can give, with its kind.
UNITS: dict[str, str] = {unit: kind for _, unit, kind in _KO_UNITS + _EN_UNITS}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_HD = r"[일이삼사오육칠팔구](?=[십백천만억조경])"  # a Hangul digit only counts before a unit
_YEO = r"(?<=[\d십백천])여(?=[만억조경])"  # 2천여억: "some 2천" of 억
# A last Hangul digit (삼십이 명) only after 십 or two numeral syllables and before a
# counter, so that 사장 (4+장) and 백사장 (100+4+장) stay words.
_HD_LAST = (
    r"(?:(?<=[일이삼사오육칠팔구십백천만억조경][십백천만억조경])|(?<=십))[일이삼사오육칠팔구]"
    r"(?=[ \t]?(?:원|명|장|개|달러|가지|%))"
)
_SCALE = r"(?:[ \t]?(?i:thousand|million|billion|trillion)\b|(?:bn|mn|[kKMBT])(?![A-Za-z0-9]))"
# Sections may be spaced only after a big unit and only when the next one ends in a big unit
# ("36억 9767만", "1조 2천억") or is digits before a counter ("10만 1000원"), so "1억 이상",
# "3억 2025년" and "H200 2천" stay apart.
_NUMERAL = re.compile(
    rf"(?:{_NUM}|{_HD}|[십백천만억조경]|{_YEO}|{_HD_LAST})+"
    rf"(?:(?<=[만억조경])[ \t](?:{_NUM}|{_HD}|[십백천]|{_YEO})*[만억조경])*"
    rf"(?:(?<=[만억조경])[ \t]{_NUM}(?=[ \t]?(?:원|명|장|개|달러)))?"  # 10만 1000원
    rf"{_SCALE}?"
)
_RANGE_SEP = re.compile(r"[ \t]*(?:~|∼|〜|-|–|—)[ \t]*|[ \t]+to[ \t]+")
_BIG = re.compile(r"[만억조경]$|(?i:thousand|million|billion|trillion|bn|mn|[kmbt])$")
_HAS_SCALE = re.compile(r"[만억조경]|(?i:thousand|million|billion|trillion)|\d(?:bn|mn|[kKMBT])$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

_TAIL = re.compile(
    r"(?:간|여|씩)?(?:가량|쯤|정도|이상|이하|미만|초과|이내|내외|남짓|안팎|째|짜리|어치)?"
    r"(?:"
    + "|".join(sorted({*PARTICLES, "인", "이고", "이나", "에"}, key=len, reverse=True))
    + ")?"
)

_APPROX_BEFORE = re.compile(
    r"(?:(?<![\uac00-\ud7a3])(?:약|대략)[ \t]*"
    r"|\b(?i:about|around|approximately|approx\.|nearly|some|roughly|almost|circa)[ \t]+"
    r"|(?<![\d\w])~[ \t]*)$"
)
_MIN_BEFORE = re.compile(
    r"(?:(?<![\uac00-\ud7a3])(?:최소|적어도)[ \t]*"
    r"|\b(?i:at least|over|more than|above|upwards of|no (?:fewer|less) than)[ \t]+)$"
)
_MAX_BEFORE = re.compile(
    r"(?:(?<![\uac00-\ud7a3])최대[ \t]*"
    r"|\b(?i:at most|under|up to|less than|fewer than|below|no more than)[ \t]+)$"
)
_APPROX_AFTER = re.compile(r"[ \t]*(?:가량|쯤|정도|내외|안팎|남짓)")
_MIN_AFTER = re.compile(r"[ \t]*(?:이상|초과|넘게|넘는|(?i:or more|or over|and above)\b)")
_MAX_AFTER = re.compile(r"[ \t]*(?:이하|미만|이내|(?i:or less|or fewer|and below)\b)")
_CURRENCY_BEFORE = re.compile(r"(?P<c>US\$|\$|₩|(?i:krw|usd))[ \t]?$")
_AGE_BEFORE = re.compile(r"\b(?i:aged?)[ \t]+$")
_PARAM_NEAR = r"(?:매개변수|파라미터|(?i:parameters?))"
_PARAM_BEFORE = re.compile(rf"{_PARAM_NEAR}[\uac00-\ud7a3]*[ \t]*$")
_PARAM_AFTER = re.compile(rf"[\uac00-\ud7a3]*[ \t]*{_PARAM_NEAR}")
# Days written as dates: 지난 7일, 오는 20일.
_DATE_WORD_BEFORE = re.compile(r"(?:지난|오는|이달|이번 달)[ \t]*$")

# Units a lone Hangul unit (만 원, 천 명) may take; 만세, 만일 and 천장 (ceiling) are words,
# though "천 장" with a space is 1,000 cards.
_WORD_UNIT_OK = {"KRW", "USD", "people"}

_WORD_NUMBERS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
_WORD_DURATION = re.compile(
    r"\b(?P<n>" + "|".join(_WORD_NUMBERS) + r")[ \t-]+(?P<u>days?|weeks?|months?|years?)"
    r"(?P<old>[ \t-]old)?\b",
    re.IGNORECASE,
)


def _unit_at(norm: str, pos: int) -> tuple[str, str, int] | None:
    """The unit right after a number: (unit, kind, end of the unit) or None."""
    gap = pos
    while gap < len(norm) and gap - pos < 1 and norm[gap] in " \t":
        gap += 1
    for written, unit, kind in _KO_UNITS:
        if norm.startswith(written, gap):
            end = gap + len(written)
            if _HANGUL.match(written[-1]):
                run = re.match(r"[\uac00-\ud7a3]*", norm[end:]).group()  # type: ignore[union-attr]
                if _TAIL.fullmatch(run) is None:
                    continue  # 4세대, 2주년, 천안: the syllable is part of another word
            elif end < len(norm) and norm[end].isalnum() and written[-1] != "%":
                continue
            return unit, kind, end
    match = _EN_UNIT.match(norm, pos)
    if match:
        index = int(next(k for k, v in match.groupdict().items() if v)[1:])
        return _EN_UNITS[index][1], _EN_UNITS[index][2], match.end()
    return None


def _tidy(value: Decimal) -> Decimal:
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def _value(raw: str) -> Decimal | None:
    try:
        return parse_number(raw.replace("여", ""))
    except ValueError:
        return None


def _read_numeral(norm: str, pos: int) -> tuple[re.Match[str], Decimal] | None:
    match = _NUMERAL.match(norm, pos)
    if not match:
        return None
    value = _value(match.group())
    if value is None:
        # "5억 3천억" or similar: fall back to the part before the first space.
        head = match.group().split()[0]
        value = _value(head)
        if value is None:
            return None
        match = _NUMERAL.match(norm, pos, pos + len(head))  # type: ignore[assignment]
        if match is None:  # pragma: no cover - head is a prefix the pattern matched
            return None
    return match, value


def _blocked_before(norm: str, start: int) -> bool:
    """Identifiers and ordinals: H200, GPT-4, Llama3.1, v2, 제37회, #3, 엑사원만."""
    if start == 0:
        return False
    prev = norm[start - 1]
    if _HANGUL.match(norm[start]):
        return bool(_HANGUL.match(prev))
    if prev.isalnum() or prev in "._#":
        return not _HANGUL.match(prev)
    if prev == "-" and start >= 2 and norm[start - 2].isalpha():
        return True
    return bool(re.search(r"제[ \t]?$", norm[max(0, start - 2) : start]))


def _scale_of(raw: str) -> Decimal:
    match = _BIG.search(raw.strip())
    return parse_number("1" + match.group()) if match else Decimal(1)


def _hedges(norm: str, start: int) -> tuple[bool, str | None, int]:
    """Approximation and bound words just before start, and where they begin."""
    approx, bound = False, None
    for _ in range(2):  # "최소 약 3천 명", "at least about 2,000"
        if match := _APPROX_BEFORE.search(norm, 0, start):
            approx, start = True, match.start()
        elif match := _MIN_BEFORE.search(norm, 0, start):
            bound, start = "min", match.start()
        elif match := _MAX_BEFORE.search(norm, 0, start):
            bound, start = "max", match.start()
    return approx, bound, start


def _read(norm: str, start: int) -> Quantity | None:
    """The quantity whose numeral starts at start, or None; spans index norm."""
    if _blocked_before(norm, start):
        return None
    first = _read_numeral(norm, start)
    if first is None:
        return None
    match, value = first
    raw, end = match.group(), match.end()
    approx = "여" in raw
    lone_hangul = len(raw) == 1 and not raw.isdigit()
    if end < len(norm) and (norm[end] == "." and norm[end + 1 : end + 2].isdigit()):
        return None  # 3.5.1: a version
    high: Decimal | None = None
    bound: str | None = None
    if end < len(norm) and norm[end] == "+":
        bound, end = "min", end + 1
    if end < len(norm) and norm[end] == "여" and not _HANGUL.match(norm[end + 1 : end + 2]):
        approx, end = True, end + 1  # 3천여 명
    elif norm.startswith("여", end) and _unit_at(norm, end + 1):
        approx, end = True, end + 1  # 10여개, 1만여명
    unit = _unit_at(norm, end)
    sep = _RANGE_SEP.match(norm, end if unit is None else unit[2])
    if sep and not _HANGUL.match(norm[sep.end() : sep.end() + 1] or "a"):
        second = _read_numeral(norm, sep.end())
        if second is not None:
            high_match, high_value = second
            second_unit = _unit_at(norm, high_match.end())
            if unit is None or (second_unit and second_unit[:2] == unit[:2]):
                if not _HAS_SCALE.search(raw):
                    value = _tidy(value * _scale_of(high_match.group()))  # 3~4억: 3억..4억
                if high_value > value:
                    high, end = high_value, high_match.end()
                    unit = second_unit
                    raw = high_match.group()  # the scale and suffix are the range's
    if unit is None and end < len(norm) and norm[end].isalpha() and not _HANGUL.match(norm[end]):
        return None  # 37th, 80GB, 5G
    unit_name: str | None
    if currency := _CURRENCY_BEFORE.search(norm, 0, start):
        symbol = currency.group("c").upper()
        unit_name, kind = ("KRW" if symbol in ("₩", "KRW") else "USD"), "amount"
        start = currency.start()
        if unit is not None:
            end = unit[2] if unit[1] == "amount" else end  # "$5 USD": one currency
    elif unit is not None:
        unit_name, kind, end = unit
    elif _AGE_BEFORE.search(norm, 0, start):
        unit_name, kind = "years", "age"  # aged 44
    elif re.search(r"\dB$", raw):
        unit_name, kind = "parameter", "size"  # 32B, 2.4B: model sizes
    elif _HAS_SCALE.search(raw):
        unit_name, kind = None, "count"  # 1억368만 alone: still comparable
    else:
        return None  # a bare number: EXAONE 4.0, 엑사원 3.0
    if (
        lone_hangul
        and unit_name not in _WORD_UNIT_OK
        and not (unit_name == "GPU" and norm[match.end() : match.end() + 1].isspace())
    ):
        return None  # 만세, 만일, 백세: one Hangul unit glued to a word is no numeral
    approx_before, bound_before, hedge_start = _hedges(norm, start)
    approx = approx or approx_before
    bound = bound or bound_before
    if unit_name == "day" and _DATE_WORD_BEFORE.search(norm, 0, start):
        return None  # 지난 7일 is a date, even without a reference to resolve it
    if unit_name in ("item", None) and (
        _PARAM_AFTER.match(norm, end) or _PARAM_BEFORE.search(norm, 0, hedge_start)
    ):
        unit_name, kind = "parameter", "size"
    tail = _after(norm, end)
    return Quantity(
        value=value,
        unit=unit_name,
        kind=kind,
        start=start,
        end=end,
        text=norm[start:end],
        approx=approx or tail[0],
        bound=bound or tail[1],
        high=high,
    )


def _after(norm: str, end: int) -> tuple[bool, str | None]:
    """Approximation and bound words after a quantity: 1년 이상, 3천 명 가량, 5 or more."""
    pos = re.match(r"(?:간|씩)?", norm[end:]).end() + end  # type: ignore[union-attr]
    approx, bound = False, None
    for _ in range(2):
        if match := _APPROX_AFTER.match(norm, pos):
            approx, pos = True, match.end()
        elif match := _MIN_AFTER.match(norm, pos):
            bound, pos = "min", match.end()
        elif match := _MAX_AFTER.match(norm, pos):
            bound, pos = "max", match.end()
    return approx, bound


def find_quantities(text: str) -> list[Quantity]:
    """Find every checkable quantity in a sentence, in order, without overlaps.

    Spans index the original text. Numbers inside dates (factcli.dates.find_dates) are
    skipped, and so are numbers with nothing that says what they count, except Korean and
    English scales alone (1억368만, 3 million), which come back as kind "count", unit None.
    Never raises.
    """
    norm, index = nfc_map(text)  # match on NFC, report spans into the caller's text
    dates = [(m.start, m.end) for m in find_dates(norm)]
    found: list[Quantity] = []
    pos = 0
    while match := _NUMERAL.search(norm, pos):
        if any(s < match.end() and match.start() < e for s, e in dates):
            pos = max(e for s, e in dates if s < match.end() and match.start() < e)
            continue
        quantity = _read(norm, match.start())
        if quantity is not None and any(s < quantity.end and quantity.start < e for s, e in dates):
            quantity = None  # a range or unit reached into a date
        if quantity is None:
            pos = match.end()
            continue
        found.append(quantity)
        pos = quantity.end
    for match in _WORD_DURATION.finditer(norm):
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        unit = match.group("u").lower().rstrip("s")
        old = bool(match.group("old"))
        found.append(
            Quantity(
                value=Decimal(_WORD_NUMBERS.index(match.group("n").lower()) + 1),
                unit="years" if old else unit,
                kind="age" if old else "duration",
                start=match.start(),
                end=match.end(),
                text=match.group(),
            )
        )
    return [
        replace(q, start=index[q.start], end=index[q.end], text=text[index[q.start] : index[q.end]])
        for q in sorted(found, key=lambda q: q.start)
    ]


_KO_SUFFIX = {
    "KRW": " 원",
    "USD": "달러",
    "GPU": "장",
    "people": "명",
    "item": "개",
    "company": "개사",
    "country": "개국",
    "language": "개 언어",
    "parameter": "개 매개변수",
    "%": "%",
    "%p": "%p",
    "day": "일",
    "week": "주",
    "month": "개월",
    "year": "년",
    "years": "세",
    "m2": "㎡",
}
# Units whose Korean form groups by 만/억 (36억9767만); the rest are written plainly.
_KO_GROUPED = {"KRW", "USD", "GPU", "people", "item", "company", "parameter", None}
_EN_PLURAL = {"people": ("person", "people"), "company": ("company", "companies")}
_EN_PLURAL["country"] = ("country", "countries")


def _plain(value: Decimal) -> str:
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def format_value(value: Decimal, unit: str | None, *, lang: str = "ko") -> str:
    """Write a quantity for a report: (3697670000, "KRW") -> "36억9767만 원" or "3,697,670,000 won".

    Korean money and counts group by 만/억 with plain digits inside a section ("41억5000만 원",
    not 41억5천만: digits are easier to compare at a glance); below 10,000 they are
    comma-grouped ("2,000장"). Other units use comma-grouped digits. English uses digits and
    the unit word ("2,000 GPUs", "30%", "1 year"). find_quantities reads every form back.
    Units outside UNITS are written after the number as given.
    """
    value = Decimal(value)
    if lang not in ("ko", "en"):
        raise ValueError(f"unknown language: {lang!r}")
    if lang == "ko" and (unit is None or unit in _KO_SUFFIX):
        number = format_korean(value) if unit in _KO_GROUPED and value >= 0 else _plain(value)
        return number + _KO_SUFFIX.get(unit or "", "")
    number = _plain(value)
    if unit is None:
        return number
    one = value == 1
    if unit == "KRW":
        return f"{number} won"
    if unit == "USD":
        return f"${number}"
    if unit in ("%", "%p"):
        return f"{number}{unit}"
    if unit == "parameter" and value >= 10**9 and (value / 10**9) * 10 % 1 == 0:
        return f"{_plain(value / 10**9)}B parameters"  # 32B parameters, 2.4B parameters
    if unit == "years":
        return f"{number} {'year' if one else 'years'} old"
    if unit == "m2":
        return f"{number} m2"
    if unit == "GPU":
        return f"{number} {'GPU' if one else 'GPUs'}"
    singular, plural = _EN_PLURAL.get(unit, (unit, f"{unit}s"))
    return f"{number} {singular if one else plural}"
