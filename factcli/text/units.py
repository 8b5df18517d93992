"""Writing quantities for people: 36억9767만 원, 3,697,670,000 won, 2,000 GPUs, 1위, 37th.

Kept apart from factcli.text.quantities (which parses) so rendering a value costs no regex compiling.
"""

from __future__ import annotations

from decimal import Decimal

from factcli.text.numerals import format_korean

__all__ = ["format_hedged", "format_value"]


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
_EN_FORMS = {
    "people": ("person", "people"),
    "company": ("company", "companies"),
    "country": ("country", "countries"),
    "GPU": ("GPU", "GPUs"),
    "years": ("year old", "years old"),
}


def _plain(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def format_value(value: Decimal, unit: str | None, *, lang: str = "ko") -> str:
    """Write a quantity for a report: (3697670000, "KRW") -> "36억9767만 원" or "3,697,670,000 won".

    Korean money and counts group by 만/억 with plain digits inside a section ("41억5000만 원",
    not 41억5천만: digits are easier to compare at a glance); below 10,000 they are
    comma-grouped ("2,000장"). Other units use comma-grouped digits. English uses digits and
    the unit word ("2,000 GPUs", "30%", "1 year", "32B parameters"). find_quantities reads
    every form back. A unit outside UNITS is written after the number, plural with "s".
    ValueError for a language other than "ko" or "en".
    """
    value = Decimal(value)
    if lang not in ("ko", "en"):
        raise ValueError(f"unknown language: {lang!r}")
    if unit in ("rank", "ordinal"):
        n = _plain(value)
        if lang == "ko":
            return f"{n}위" if unit == "rank" else f"제{n}"
        suffix = (
            "th"
            if value % 100 in (11, 12, 13)
            else {1: "st", 2: "nd", 3: "rd"}.get(int(value % 10), "th")
        )
        return f"No. {n}" if unit == "rank" else f"{n}{suffix}"
    if lang == "ko" and (unit is None or unit in _KO_SUFFIX):
        number = format_korean(value) if unit in _KO_GROUPED and value >= 0 else _plain(value)
        return number + _KO_SUFFIX.get(unit or "", "")
    number = _plain(value)
    if unit is None:
        return number
    if unit == "KRW":
        return f"{number} won"
    if unit == "USD":
        return f"${number}"
    if unit in ("%", "%p"):
        return f"{number}{unit}"
    if unit == "m2":
        return f"{number} m2"
    if unit == "parameter" and value >= 10**9 and (value / 10**9) * 10 % 1 == 0:
        return f"{_plain(value / 10**9)}B parameters"  # 32B parameters, 2.4B parameters
    singular, plural = _EN_FORMS.get(unit, (unit, f"{unit}s"))
    return f"{number} {singular if value == 1 else plural}"


def format_hedged(
    value: Decimal,
    unit: str | None,
    *,
    approx: bool = False,
    bound: str | None = None,
    lang: str = "ko",
) -> str:
    """format_value with the source's hedges: "약 2,000장", "1년 이상", "about 2,000 GPUs"."""
    text = format_value(value, unit, lang=lang)
    if bound == "min":
        text += " 이상" if lang == "ko" else " or more"
    elif bound == "max":
        text += " 이하" if lang == "ko" else " or less"
    return ("약 " if lang == "ko" else "about ") + text if approx else text
