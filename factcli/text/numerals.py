"""Numbers written the many ways writers do: 3,697,670,000, 36억9767만, 삼십육억, 4.15 billion.

Arithmetic is exact (Decimal): ``parse_number("3.5억") == Decimal(350000000)``. This module
reads one numeral expression; finding numerals in a sentence is ``factcli.text.quantities``' job.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from factcli.text.korean import nfc

__all__ = [
    "BIG_UNITS",
    "ENGLISH_SCALES",
    "HANGUL_DIGITS",
    "SMALL_UNITS",
    "SPELLED",
    "format_korean",
    "hangul_numeral",
    "parse_number",
    "spelled_number",
]

#: Native Sino-Korean digits as written in pure-Hangul numerals (삼십육억).
HANGUL_DIGITS = {c: i for i, c in enumerate("영일이삼사오육칠팔구")}
#: Units that multiply inside one four-digit section.
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
#: Units that close a section; each must be smaller than the one before it.
BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
#: English scale words and the suffixes writers attach (32B, 5K, 3M, 1.2T).
ENGLISH_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "t": 10**12,
}

#: Number words that writers spell out before a counter: English (sixteen affiliates) and
#: native Korean (한 명, 세 가지). Native forms are the ones used before a counter (한, not 하나).
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_TEENS += ["eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NATIVE = ["한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
SPELLED: dict[str, int] = {
    **{word: i for i, word in enumerate(_ONES)},
    **{word: i + 10 for i, word in enumerate(_TEENS)},
    **{word: (i + 2) * 10 for i, word in enumerate(_TENS)},
    **{word: i + 1 for i, word in enumerate(_NATIVE)},
    "스무": 20,
    # 석 달, 넉 달: three and four before a few counters (달, 장, 섬)
    "석": 3,
    "넉": 4,
}
# Native tens, alone (마흔 살) and with a one after them (열여섯 개, 마흔네 살, 스물두 명).
_NATIVE_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60}
_NATIVE_TENS |= {"일흔": 70, "여든": 80, "아흔": 90}
#: The native numbers above as one compact pattern (a list of all 90 of them costs ~3 ms to
#: compile at every start-up): tens with an optional one, or a one alone.
# (the ones as said alone after tens too, without a counter: 마흔넷이었다, 스물둘)
NATIVE_TENS_PATTERN = (
    "(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)"
    "(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|한|두|세|네)?|스무"
)
NATIVE_PATTERN = (
    "(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)"
    "(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|한|두|세|네)?"
    "|스무|다섯|여섯|일곱|여덟|아홉|한|두|세|네|석|넉"
)
SPELLED |= {tens: value for tens, value in _NATIVE_TENS.items() if tens != "스물"}
SPELLED |= {
    tens + one: value + SPELLED[one] for tens, value in _NATIVE_TENS.items() for one in _NATIVE[:9]
}
SPELLED |= {
    tens + one: value + n
    for tens, value in _NATIVE_TENS.items()
    for one, n in (("하나", 1), ("둘", 2), ("셋", 3), ("넷", 4))
}


# Compiled when first needed: a Korean claim never reads a spelled English compound, and a
# figure in digits never a Korean numeral (each compile is ~0.3 ms of a check's start-up).
@functools.cache
def _spelled_compound() -> re.Pattern[str]:
    return re.compile(rf"({'|'.join(_TENS)})-(\w+)")


# Plain digits, or digits grouped by commas in threes; an optional decimal part.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


# Compiled when first needed (~0.6 ms): a claim whose figures are all dates reads none.
@functools.cache
def _english() -> re.Pattern[str]:
    return re.compile(
        rf"({_DIGITS})(?:\s*|-(?=[a-z]{{4}}))(thousand|million|billion|trillion|bn|mn|[kmbt])?",
        re.IGNORECASE,
    )


#: The longest numeral read, in characters. Writers' longest are ~30 ("3,697,670,000원",
#: "삼십육억구천칠백육십칠만"); a run of 100,000 digits is no quantity, and reading it as one
#: would cost quadratic time and overflow Decimal's exponent (10**999999).
MAX_NUMERAL = 100


@functools.cache
def _korean_token() -> re.Pattern[str]:
    return re.compile(rf"{_DIGITS}|[{''.join(HANGUL_DIGITS)}십백천만억조경]")


def _decimal(digits: str) -> Decimal:
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regexes only pass digits here
        raise ValueError(f"not a number: {digits!r}") from None


def _tidy(value: Decimal) -> Decimal:
    # 3.5 * 10**8 is Decimal("350000000.0"): equal, but reports should show 350000000.
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def parse_number(text: str) -> Decimal:
    """Parse one numeral expression to an exact Decimal.

    Accepts digits (``3,697,670,000``, ``7.5``, fullwidth ``３６``), Korean units mixed with
    digits or pure Hangul (``36억 9767만``, ``2천5백만``, ``0.5만``, ``삼십육억구천칠백육십칠만``)
    and English scales (``4.15 billion``, ``32B``, ``5K``). Raises ValueError for anything
    else, including units out of order or repeated (``5만3억``, ``2천천``, ``만만``), and
    numerals longer than MAX_NUMERAL characters.
    Signs, currency and counters are not part of a numeral: strip them first. Integral
    results carry no exponent or trailing zeros (``Decimal("350000000")``).
    """
    if len(text) > MAX_NUMERAL * 4:  # before nfc(): bounded work for any input
        raise ValueError(f"not a number: longer than {MAX_NUMERAL} characters")
    cleaned = nfc(text).strip()
    if not cleaned:
        raise ValueError("not a number: empty text")
    if len(cleaned) > MAX_NUMERAL:
        raise ValueError(f"not a number: longer than {MAX_NUMERAL} characters")
    english = _english().fullmatch(cleaned)
    if english:
        value = _decimal(english.group(1))
        scale = english.group(2)
        return _tidy(value * ENGLISH_SCALES[scale.lower()] if scale else value)
    return _tidy(_parse_korean(cleaned))


def spelled_number(word: str) -> int:
    """Read one spelled-out number: "sixteen", "Twenty-five", "한", "다섯"; ValueError otherwise.

    English goes up to ninety-nine; Korean native numerals to 아흔아홉 (the forms used
    before a counter: 스무, 마흔네).
    """
    word = word.strip().lower()
    if word in SPELLED:
        return SPELLED[word]
    compound = _spelled_compound().fullmatch(word)
    if compound and 0 < SPELLED.get(compound.group(2), 10) < 10:
        return SPELLED[compound.group(1)] + SPELLED[compound.group(2)]
    raise ValueError(f"not a spelled number: {word!r}")


def _parse_korean(text: str) -> Decimal:
    total = Decimal(0)
    section = Decimal(0)  # value of the section being built, before its big unit
    pending: Decimal | None = None  # a number waiting for its unit
    last_small = 10**5  # the smallest small unit so far in this section
    last_big = 10**17
    seen_any = False
    pos = 0
    while pos < len(text):
        if text[pos].isspace() and last_big < 10**17 and pending is None and section == 0:
            # Spaces may follow a big unit ("36억 9767만", "1조 2천억"), nowhere else.
            pos += 1
            continue
        match = _korean_token().match(text, pos)
        if not match:
            raise ValueError(f"not a number: {text!r}")
        token = match.group()
        pos = match.end()
        if token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            if unit >= last_small:
                raise ValueError(f"units out of order in {text!r}")
            section += (1 if pending is None else pending) * unit
            pending, last_small = None, unit
        elif token in BIG_UNITS:
            unit = BIG_UNITS[token]
            if unit >= last_big:
                raise ValueError(f"units out of order in {text!r}")
            if pending is None and section == 0:
                if seen_any:  # "1억만": a big unit with nothing to multiply
                    raise ValueError(f"unit without a number in {text!r}")
                pending = Decimal(1)  # "만 원", "억": an implied one
            total += (section + (pending or 0)) * unit
            section, pending = Decimal(0), None
            last_small, last_big = 10**5, unit
        else:
            if pending is not None:
                raise ValueError(f"two numbers in a row in {text!r}")
            pending = Decimal(HANGUL_DIGITS[token]) if token in HANGUL_DIGITS else _decimal(token)
        seen_any = True
    return total + section + (pending or 0)


def format_korean(value: Decimal | int, *, spaced: bool = False) -> str:
    """Write a non-negative integer the way Korean news does: 3697670000 -> "36억9767만".

    Each four-digit section is plain digits before its unit; empty sections are skipped
    (100000000 -> "1억"); below 10,000 the number is comma-grouped ("2,000"). ``spaced``
    puts a space between sections ("36억 9767만"). Non-integers are written comma-grouped
    with their decimals ("1,234.5"). Parses back with parse_number.
    """
    value = Decimal(value)
    if value != value.to_integral_value():
        return f"{value:,}"
    number = int(value)
    if number < 10**4:
        return f"{number:,}"
    parts = []
    for name, unit in sorted(BIG_UNITS.items(), key=lambda kv: -kv[1]):
        section, number = divmod(number, unit)
        if section:
            parts.append(f"{section}{name}")
    if number:
        parts.append(str(number))
    return (" " if spaced else "").join(parts)


def hangul_numeral(value: int) -> str:
    """Write a non-negative integer in pure Hangul: 3697670000 -> "삼십육억구천칠백육십칠만".

    The digit one is left out before 십 백 천 (십, 백, 천) as writers do, and kept before the
    big units (일만, 일억). Zero is "영". Below 10^20 only.
    """
    if value < 0 or value >= 10**20:
        raise ValueError(f"out of range for a Hangul numeral: {value}")
    if value == 0:
        return "영"
    digits = "영일이삼사오육칠팔구"
    out = []
    for name, unit in [*sorted(BIG_UNITS.items(), key=lambda kv: -kv[1]), ("", 1)]:
        section, value = divmod(value, unit)
        if not section:
            continue
        words = []
        for small_name, small in (("천", 1000), ("백", 100), ("십", 10), ("", 1)):
            digit, section = divmod(section, small)
            if digit:
                words.append(("" if digit == 1 and small > 1 else digits[digit]) + small_name)
        out.append("".join(words) + name)
    return "".join(out)
