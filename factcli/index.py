"""The search index's data and the questions search asks of it; cheap to import.

Two implementations answer the same questions: SearchIndex holds everything in memory (built
by factcli.search.build_index), and factcli.dbcache.DbIndex reads a compiled cache on disk,
loading only what a query touches.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

# A date in the index: (year, month or 0, day or 0).
DateKey = tuple[int, int, int]


def date_agrees(wanted: DateKey, key: DateKey) -> bool:
    """Both dates agree on every part both give (2025-07 and 2025-07-17 do)."""
    return all(not a or not b or a == b for a, b in zip(wanted, key, strict=True))


@dataclass
class SearchIndex:
    """Inverted index over a store's facts (by position), in memory."""

    postings: dict[str, dict[int, float]] = field(default_factory=dict)
    jamo: dict[str, str] = field(default_factory=dict)
    initials: dict[str, str] = field(default_factory=dict)
    dates: list[tuple[DateKey, ...]] = field(default_factory=list)
    values: list[Decimal | None] = field(default_factory=list)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    size: int = 0

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ())) or 1
        return math.log(1 + self.size / df)

    def has(self, term: str) -> bool:
        return term in self.postings

    def postings_of(self, term: str) -> dict[int, float]:
        return self.postings.get(term, {})

    def sorted_vocabulary(self) -> list[str]:
        cached = self.__dict__.get("_sorted")
        if cached is None or len(cached) != len(self.postings):
            cached = self.__dict__["_sorted"] = sorted(self.postings)
        return cached

    def jamo_map(self) -> dict[str, str]:
        return self.jamo

    def initials_items(self) -> Iterable[tuple[str, str]]:
        return self.initials.items()

    def aliases_of(self, term: str) -> tuple[str, ...]:
        return self.aliases.get(term, ())

    def positions_with_value(self, value: Decimal) -> list[int]:
        return [i for i, v in enumerate(self.values) if v is not None and v == value]

    def positions_with_date(self, wanted: DateKey) -> list[int]:
        return [i for i, keys in enumerate(self.dates) if any(date_agrees(wanted, k) for k in keys)]
