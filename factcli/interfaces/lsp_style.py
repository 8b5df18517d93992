"""The store's value written the way the writer wrote theirs: for the editor's quick fix.

`51억5천만 원` corrected to 4,150,000,000 won reads `41억5천만 원`, `4.15 billion won` stays
English, `June 2022` becomes `June 2021`, `2025년 7월 25일` becomes `2025년 7월 15일`. Only
the number (or the date's parts) changes; the writer's unit words, spacing and hedges stay.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcli.text.dates import MONTH_NAMES, PartialDate, find_dates, parse_iso
from factcli.text.numerals import BIG_UNITS, ENGLISH_SCALES, SPELLED, hangul_numeral, parse_number
from factcli.text.quantities import find_quantities

_MONTHS = MONTH_NAMES
_HANGUL = re.compile("[가-힣]")
_CURRENCY = re.compile(r"[₩$€£¥]?\s*")


def rewrite(found: str, expected: str) -> str | None:
    """`expected` (a value as the checker reports it) written like `found`; None if unsure."""
    dates = find_dates(found)
    if dates and dates[0].date is not None:
        try:
            new = parse_iso(expected)
        except ValueError:
            new = None
        if new is not None:
            return rewrite_date(found, dates[0].date, new)
    return rewrite_quantity(found, expected)


# --- dates ---------------------------------------------------------------------------------


def rewrite_date(found: str, old: PartialDate, new: PartialDate) -> str:
    """The date `new`, at the writer's precision (never more than the store knows), in their form."""
    fields = {"year": new.year, "month": new.month, "day": new.day}
    wanted = [name for name in ("year", "month", "day") if getattr(old, name) is not None]
    if any(fields[name] is None for name in wanted):
        return _fresh_date(found, new)  # the writer was more precise than the store: say less
    roles = _date_roles(found)
    if roles is None or sorted(role for role, _m in roles) != sorted(wanted):
        return _fresh_date(found, new)
    # 2025.09.14 pads month and day to two digits; 2025.9.14 does not.
    padded = any(m.group().startswith("0") for role, m in roles if role != "year")
    out, last = [], 0
    for role, match in roles:
        token = match.group()
        value = fields[role]
        assert value is not None  # checked above
        if token[0].isdigit():
            text = str(value).zfill(2) if padded and role != "year" else str(value)
        else:
            name, short = _MONTHS[value - 1], token.rstrip(".")
            # Abbreviated as the writer did (Dec. 7, Sept 3); May has no abbreviation.
            text = name[: len(short)] + token[len(short) :] if len(short) < len(name) else name
        out += [found[last : match.start()], text]
        last = match.end()
    return "".join([*out, found[last:]])


_TOKEN = re.compile(r"\d+|[A-Z][a-z]+\.?")


def _date_roles(found: str) -> list[tuple[str, re.Match[str]]] | None:
    """Which token of a written date is its year, month and day."""
    tokens = []
    for match in _TOKEN.finditer(found):
        token = match.group()
        if token[0].isdigit() or token.rstrip(".")[:3] in {m[:3] for m in _MONTHS}:
            tokens.append(match)
    named = any(not t.group()[0].isdigit() for t in tokens)
    roles: list[tuple[str, re.Match[str]]] = []
    order = iter(("month", "day"))
    for match in tokens:
        token = match.group()
        after = found[match.end() : match.end() + 3].lstrip()
        if not token[0].isdigit():
            roles.append(("month", match))
        elif after.startswith("년") or (len(token) == 4 and not after.startswith(("월", "일"))):
            roles.append(("year", match))
        elif after.startswith("월"):
            roles.append(("month", match))
        elif after.startswith("일") or named:
            roles.append(("day", match))
        else:
            role = next(order, None)
            if role is None:
                return None
            roles.append((role, match))
    return roles


def _fresh_date(found: str, date: PartialDate) -> str:
    if _HANGUL.search(found):
        parts = [f"{date.year}년"] if date.year else []
        parts += [f"{date.month}월"] if date.month else []
        parts += [f"{date.day}일"] if date.day else []
        return " ".join(parts)
    if re.search("[A-Z][a-z]", found) and date.month:
        month = _MONTHS[date.month - 1]
        if date.day:
            return f"{month} {date.day}, {date.year}" if date.year else f"{month} {date.day}"
        return f"{month} {date.year}" if date.year else month
    return date.iso


# --- quantities ----------------------------------------------------------------------------


def rewrite_quantity(found: str, expected: str) -> str | None:
    """The number of `expected` in the notation of `found`, keeping the writer's unit words."""
    old_q, new_q = find_quantities(found), find_quantities(expected)
    if not new_q:
        return None
    new = new_q[0]
    bare = expected[new.start : new.end]  # the value without the store's hedges (약, 이상)
    if not old_q or old_q[0].unit != new.unit:
        return bare
    split = _split(found)
    if split is None:
        return bare
    before, numeral, after = split
    try:
        if parse_number(numeral) != old_q[0].value:
            return bare
    except ValueError:
        return bare
    return before + write_like(numeral, new.value) + after


def _split(found: str) -> tuple[str, str, str] | None:
    """(currency sign, numeral, unit words) of a written quantity."""
    sign = _CURRENCY.match(found)
    start = sign.end() if sign else 0
    for end in range(len(found), start, -1):
        piece = found[start:end]
        if piece[-1].isspace():
            continue
        try:
            parse_number(piece)
        except ValueError:
            continue
        return found[:start], piece, found[end:]
    spelled = re.match(r"[A-Za-z-]+|[가-힣]+", found[start:])
    if spelled and spelled.group().lower() in SPELLED:
        end = start + spelled.end()
        return found[:start], found[start:end], found[end:]
    return None


_ENGLISH = re.compile(r"^(?P<num>[\d.,]+)(?P<sep>[\s-]?)(?P<scale>[A-Za-z]+)$")


def write_like(numeral: str, value: Decimal) -> str:
    """`value` written in the notation of `numeral`: 41억5천만, 4.15 billion, 200,000, 32B."""
    if numeral.lower() in SPELLED:
        return _spelled_like(numeral, value)
    english = _ENGLISH.match(numeral)
    if english and english.group("scale").lower() in ENGLISH_SCALES:
        return _english_like(english, value)
    if re.search("[만억조경천백십]", numeral) and value == value.to_integral_value() and value >= 0:
        return _korean_like(numeral, value)
    return _digits(value, commas="," in numeral or abs(parse_number(numeral)) < 1000)


def _digits(value: Decimal, *, commas: bool) -> str:
    text = f"{value:,f}" if commas else f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _spelled_like(numeral: str, value: Decimal) -> str:
    names = {n: w for w, n in SPELLED.items() if w.isascii() == numeral.isascii()}
    word = names.get(int(value)) if value == value.to_integral_value() else None
    if word is None:
        return _digits(value, commas=True)
    return word.capitalize() if numeral[:1].isupper() else word


def _english_like(match: re.Match[str], value: Decimal) -> str:
    scale = match.group("scale")
    sep = match.group("sep")
    letters = len(scale) <= 2
    size = ENGLISH_SCALES[scale.lower()]
    choices = [
        size,
        *sorted(
            {v for k, v in ENGLISH_SCALES.items() if (len(k) <= 2) == letters and v != size},
            reverse=True,
        ),
    ]
    for unit in choices:
        amount = value / unit
        if amount >= 1 and amount == amount.quantize(Decimal("0.001")):
            word = next(
                (k for k, v in ENGLISH_SCALES.items() if v == unit and (len(k) <= 2) == letters),
                scale,
            )
            if unit == size:
                word = scale
            elif letters and scale.isupper():
                word = word.upper()
            return f"{_digits(amount, commas=True)}{sep}{word}"
    return _digits(value, commas=True)


def _korean_like(numeral: str, value: Decimal) -> str:
    if not re.search(r"\d", numeral):
        return hangul_numeral(int(value))
    decimal = re.search(r"\d\.\d+\s*([만억조경])", numeral)
    if decimal:  # 7.5억: the same big unit, with decimals if they are few
        unit = BIG_UNITS[decimal.group(1)]
        amount = value / unit
        if amount >= 1 and amount == amount.quantize(Decimal("0.01")):
            return f"{_digits(amount, commas=False)}{decimal.group(1)}"
    small = bool(re.search("[천백십]", numeral))
    spaced = bool(re.search(r"[만억조경]\s+\S", numeral))
    commas = "," in numeral
    number = int(value)
    parts = []
    for name, unit in sorted(BIG_UNITS.items(), key=lambda kv: -kv[1]):
        section, number = divmod(number, unit)
        if section:
            parts.append(_section(section, small=small, commas=commas) + name)
    if number or not parts:
        parts.append(_section(number, small=small, commas=commas or not parts))
    return (" " if spaced else "").join(parts)


def _section(n: int, *, small: bool, commas: bool) -> str:
    """One four-digit section: 5천, 2천5백 when the writer used 천/백, else digits."""
    if small and n and n % 100 == 0:
        thousands, hundreds = divmod(n // 100, 10)
        return (f"{thousands}천" if thousands else "") + (f"{hundreds}백" if hundreds else "")
    return f"{n:,}" if commas else str(n)
