"""The search index's data: plain containers, cheap to import and to unpickle from the cache."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

# A date in the index: (year, month or 0, day or 0).
DateKey = tuple[int, int, int]


@dataclass
class SearchIndex:
    """Inverted index over a store's facts (by position); built by factcli.search.build_index."""

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
