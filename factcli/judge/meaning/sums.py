"""Sums: a figure the sentence gives as two or three things the store holds taken together
(장녀의 메타와 마이크로소프트 주식을 합치면 2902만 원이다; her Meta and Microsoft shares
together were worth 29.02 million won). Each thing is a fact with a figure of its own; the
sentence names each of them, and their sum is its figure."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value
from factcli.text.terms import analyze

# Words that take things together (합치면, 합쳐, together, combined).
SUM_WORDS = rx.compile(
    r"합치면|합하면|합쳐|합해|더하면|더해|합계|합산|(?i:\btogether\b|\bcombined\b|\baltogether\b"
    r"|\bin\s+total\b|\bthe\s+sum\b)"
)


# At most this many facts are taken together; at most this many are tried.
_MOST_PARTS = 3
_CANDIDATES = 10


def _figure(fact: Fact) -> Decimal | None:
    value = fact.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Decimal(str(value))


def _words(fact: Fact) -> set[str]:
    texts = [fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)]
    return set(analyze(" ".join(texts)))


def summed(analysis: Analysis, facts: Sequence[Fact]) -> tuple[Value, list[Fact], Decimal] | None:
    """The sentence's figure, the facts it names taken together whose figures sum to it,
    and the sum; None where it takes nothing together or no two or three facts it names
    sum to it (a wrong sum is left to the figures of each: which ones the sentence means
    is not sure enough to name another sum)."""
    if SUM_WORDS.search(analysis.text) is None:
        return None
    mine = set(analyze(analysis.text))
    candidates = [
        f for f in facts[:_CANDIDATES] if _figure(f) is not None and f.superseded_by is None
    ]
    for value in analysis.values:
        if value.amount is None or value.family not in ("money", "count"):
            continue
        claimed = Decimal(str(value.amount))
        same_unit = [f for f in candidates if (f.unit or "") == (value.unit or f.unit or "")]
        for size in range(2, _MOST_PARTS + 1):
            for parts in itertools.combinations(same_unit, size):
                total = sum((_figure(f) or Decimal(0) for f in parts), Decimal(0))
                if total > claimed * 3 or total * 3 < claimed:
                    continue  # (not what the sentence's figure is of)
                words = [_words(f) for f in parts]
                # (each named by a word of its own: 메타, 마이크로소프트; not the total's)
                if not all(
                    (w - set().union(*(o for o in words if o is not w))) & mine for w in words
                ):
                    continue
                if total == claimed:
                    return value, list(parts), total
    return None
