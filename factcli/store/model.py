"""The domain objects: plain dataclasses, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
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
#: How sure the source is (README "The store"); a fact without a status is done. The article's
#: own verbs decide: 고민/검토 considering, 전망/예상 expected, 계획/방침 planned, 하기로 했다 decided.
STATUSES: tuple[str, ...] = (
    "done",
    "decided",
    "planned",
    "considering",
    "expected",
    "proposed",
    "alleged",
    "denied",
    "conditional",
)
#: bound: min (at least, 이상, 이르면), max (at most, 이하), range (value up to under value_max: 40억 원대).
BOUNDS: tuple[str, ...] = ("min", "max", "range")


@dataclass(frozen=True)
class Subject:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    part_of: str | None = None  # a larger entity (a ministry is part of the government)

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
    value_max: Any = None  # the exclusive upper end when bound is "range"
    org: str | None = None
    tags: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    note: str | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    verified: str | None = None
    actor: str | None = None  # subject id of who did or said it, when not (only) the subject
    stated: str | None = None  # when it was said or reported (ISO, partial allowed)
    status: str | None = None  # one of STATUSES; None means done
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    file: str = ""
    line: int = 0

    @property
    def certainty(self) -> str:
        """The status, with its default: a fact that says nothing else is done."""
        return self.status or "done"

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
            "value_max": self.value_max,
            "actor": self.actor,
            "stated": self.stated,
            "status": self.status,
        }


@dataclass(frozen=True)
class Problem:
    """One finding of `validate`: where, and what is wrong."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else f"{self.file}: {self.message}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class Store:
    """A loaded, validated store."""

    facts: Sequence[Fact]  # a list, or the cache's lazy sequence (factcli.store.dbcache)
    subjects: dict[str, Subject]
    sources: dict[str, Source]
    root: str = ""
    _by_id: dict[str, Fact] | None = field(default=None, repr=False)
    # The search index, built on first use or read from the cache (store.index.store_index).
    search_index: Any = field(default=None, repr=False, compare=False)

    def get(self, fact_id: str) -> Fact | None:
        if self._by_id is None:
            self._by_id = {f.id: f for f in self.facts}
        return self._by_id.get(fact_id)

    def __len__(self) -> int:
        return len(self.facts)


@dataclass(frozen=True)
class Match:
    """A search hit: the fact and how well it matched (0-100)."""

    fact: Fact
    score: float


class Verdict(StrEnum):
    supported = "supported"
    contradicted = "contradicted"
    misleading = "misleading"  # the values are right, the meaning is not (see Finding.reason)
    unverified = "unverified"


# Why a sentence with the right values is misleading (README: "Verdicts").
REASONS = ("actor", "relation", "certainty", "tense", "direction", "range", "detail")


@dataclass(frozen=True)
class Evidence:
    """How one value of a claim compares with one fact."""

    fact_id: str
    relation: str  # "agree" or "conflict"
    found: str  # the claim's text for the value ("51억5천만 원")
    expected: str  # the store's value, readable ("41억5000만 원")
    start: int  # span of `found` in the sentence
    end: int
    quote: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "relation": self.relation,
            "found": self.found,
            "expected": self.expected,
            "span": [self.start, self.end],
            "quote": self.quote,
            "source": self.source,
        }


@dataclass
class Finding:
    """The verdict on one sentence, with where it is and why."""

    text: str
    verdict: Verdict
    line: int = 1
    column: int = 1
    evidence: list[Evidence] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # ids of the facts the sentence matched
    reason: str | None = None  # for `misleading`: one of REASONS
    explanation: str | None = None  # for `misleading`: what the source says instead

    @property
    def message(self) -> str:
        if self.verdict is Verdict.misleading:
            ids = ", ".join(dict.fromkeys(e.fact_id for e in self.evidence))
            return f"{self.reason}: {self.explanation} ({ids})"
        wrong = [e for e in self.evidence if e.relation == "conflict"]
        if wrong:
            # Each wrong value once, each right value once with every fact that gives it.
            parts: dict[tuple[int, str], dict[str, list[str]]] = {}
            for e in wrong:
                alts = parts.setdefault((e.start, e.found), {})
                alts.setdefault(e.expected, []).append(e.fact_id)
            return "; ".join(
                f"{found} should be "
                + " or ".join(f"{value} ({', '.join(ids)})" for value, ids in alts.items())
                for (_s, found), alts in parts.items()
            )
        if self.verdict is Verdict.supported:
            return "supported by " + ", ".join(dict.fromkeys(e.fact_id for e in self.evidence))
        return "no fact in the store speaks to this"

    def to_dict(self) -> dict[str, Any]:
        main = next(
            (e for e in self.evidence if e.relation in ("conflict", "misleading")), None
        ) or (self.evidence[0] if self.evidence else None)
        return {
            "line": self.line,
            "column": self.column
            + (main.start if main and main.relation in ("conflict", "misleading") else 0),
            "text": self.text,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "fact_id": main.fact_id if main else None,
            "expected": main.expected if main else None,
            "found": main.found if main else None,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "facts": self.facts,
        }
