"""The domain objects: plain dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = (
    "date",
    "amount",
    "count",
    "measure",
    "target",
    "percent",
    "duration",
    "age",
    "position",
    "text",
)
NUMERIC_KINDS = frozenset({"amount", "count", "measure", "target", "percent", "duration", "age"})
DATE_FIELDS: tuple[str, ...] = ("date", "start", "end", "deadline")
MONEY_UNITS = frozenset({"KRW", "USD"})
DURATION_UNITS = frozenset({"day", "week", "month", "year"})


@dataclass(frozen=True)
class Subject:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.name_en, *self.aliases)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    note: str | None = None
    file: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "date": self.date,
            "url": self.url,
            "note": self.note,
        }


@dataclass(frozen=True)
class SourceRef:
    doc: str
    quote: str


@dataclass
class Fact:
    id: str
    subject: str
    kind: str
    statement: str
    statement_en: str
    value: Any = None
    unit: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    deadline: str | None = None
    approx: bool = False
    bound: str | None = None
    org: str | None = None
    tags: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    note: str | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    verified: str | None = None
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    file: str = ""
    line: int = 0

    @property
    def when(self) -> str | None:
        """The date a timeline sorts this fact by: date, else start, else deadline."""
        return self.date or self.start or self.deadline

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (README: "JSON output")."""
        return {
            "id": self.id,
            "subject": self.subject,
            "kind": self.kind,
            "statement": self.statement,
            "statement_en": self.statement_en,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "bound": self.bound,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "deadline": self.deadline,
            "org": self.org,
            "tags": list(self.tags),
            "sources": [{"doc": s.doc, "quote": s.quote} for s in self.sources],
            "note": self.note,
            "supersedes": self.supersedes,
            "superseded_by": self.superseded_by,
            "verified": self.verified,
        }


@dataclass(frozen=True)
class Problem:
    """One finding of `validate`: where, and what is wrong."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class Store:
    """A loaded, validated store."""

    facts: list[Fact]
    subjects: dict[str, Subject]
    sources: dict[str, Source]
    root: str = ""
    _by_id: dict[str, Fact] = field(default_factory=dict, repr=False)
    # The search index, built on first use and cached with the store (search.store_index).
    search_index: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id = {f.id: f for f in self.facts}

    def get(self, fact_id: str) -> Fact | None:
        return self._by_id.get(fact_id)

    def __len__(self) -> int:
        return len(self.facts)

    def subject_of(self, fact: Fact) -> Subject | None:
        return self.subjects.get(fact.subject)


@dataclass(frozen=True)
class Match:
    """A search hit: the fact and how well it matched (0-100)."""

    fact: Fact
    score: float
