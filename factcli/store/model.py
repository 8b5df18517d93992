"""The domain objects: plain classes, no I/O.

Hand-written classes with __slots__, not dataclasses: `factcli get` imports this module on
every call, and `dataclasses` (with `inspect`) plus building ten dataclasses cost ~17 ms, more
than Python's own start-up. `Record` gives them what the dataclasses gave: a repr, equality
and (for the immutable ones) hashing by value, and `_fields` (the init arguments in order,
which factcli.store.codec writes to the cache). What `check` returns (Verdict, Evidence,
Finding) is in factcli.store.verdicts, loaded only when asked for.
"""

from __future__ import annotations

# Not `from typing import ...` (~5 ms at start-up); type checkers know this name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, Self

    from factcli.store.verdicts import REASONS, Evidence, Finding, Verdict
    from factcli.text.dates import PartialDate

__all__ = [
    "BOUNDS", "DATE_FIELDS", "DURATION_UNITS", "KINDS", "MONEY_UNITS", "NUMERIC_KINDS",
    "REASONS", "STATUSES", "Evidence", "Fact", "Finding", "Match", "Problem", "Record",
    "Source", "SourceRef", "Store", "Subject", "Verdict", "event_date",
]  # fmt: skip

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


class Record:
    """Base of the model's classes: repr, equality and hashing from `_fields`."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:  # immutable by convention, as the frozen dataclasses were
        return hash(self._values())

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (what `dataclasses.replace` did)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)


class Subject(Record):
    __slots__ = _fields = ("id", "name", "name_en", "aliases", "description", "part_of")
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    description: str | None
    part_of: str | None  # a larger entity (a ministry is part of the government)

    def __init__(
        self,
        id: str,
        name: str,
        name_en: str,
        aliases: tuple[str, ...] = (),
        description: str | None = None,
        part_of: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.name_en = name_en
        self.aliases = aliases
        self.description = description
        self.part_of = part_of

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.name_en, *self.aliases)


class Source(Record):
    __slots__ = _fields = (
        "id", "title", "publisher", "author", "date", "url", "note", "file", "line",
    )  # fmt: skip
    id: str
    title: str
    publisher: str | None
    author: str | None
    date: str | None
    url: str | None
    note: str | None
    file: str
    line: int

    def __init__(
        self,
        id: str,
        title: str,
        publisher: str | None = None,
        author: str | None = None,
        date: str | None = None,
        url: str | None = None,
        note: str | None = None,
        file: str = "",
        line: int = 0,
    ) -> None:
        self.id = id
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.url = url
        self.note = note
        self.file = file
        self.line = line

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


class SourceRef(Record):
    __slots__ = _fields = ("doc", "quote")
    doc: str
    quote: str

    def __init__(self, doc: str, quote: str) -> None:
        self.doc = doc
        self.quote = quote


class Fact(Record):
    __slots__ = _fields = (
        "id", "subject", "kind", "statement", "statement_en", "value", "unit", "date",
        "start", "end", "deadline", "approx", "bound", "value_max", "org", "tags", "sources",
        "note", "supersedes", "superseded_by", "verified", "actor", "stated", "status",
        "examples", "file", "line",
    )  # fmt: skip
    __hash__ = None  # type: ignore[assignment]  # changed after it is built (superseded_by)
    id: str
    subject: str
    kind: str
    statement: str
    statement_en: str
    value: Any
    unit: str | None
    date: str | None
    start: str | None
    end: str | None
    deadline: str | None
    approx: bool
    bound: str | None
    value_max: Any  # the exclusive upper end when bound is "range"
    org: str | None
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    note: str | None
    supersedes: str | None
    superseded_by: str | None
    verified: str | None
    actor: str | None  # subject id of who did or said it, when not (only) the subject
    stated: str | None  # when it was said or reported (ISO, partial allowed)
    status: str | None  # one of STATUSES; None means done
    examples: dict[str, tuple[str, ...]]
    file: str
    line: int

    def __init__(
        self,
        id: str,
        subject: str,
        kind: str,
        statement: str,
        statement_en: str,
        value: Any = None,
        unit: str | None = None,
        date: str | None = None,
        start: str | None = None,
        end: str | None = None,
        deadline: str | None = None,
        approx: bool = False,
        bound: str | None = None,
        value_max: Any = None,
        org: str | None = None,
        tags: tuple[str, ...] = (),
        sources: tuple[SourceRef, ...] = (),
        note: str | None = None,
        supersedes: str | None = None,
        superseded_by: str | None = None,
        verified: str | None = None,
        actor: str | None = None,
        stated: str | None = None,
        status: str | None = None,
        examples: dict[str, tuple[str, ...]] | None = None,
        file: str = "",
        line: int = 0,
    ) -> None:
        self.id = id
        self.subject = subject
        self.kind = kind
        self.statement = statement
        self.statement_en = statement_en
        self.value = value
        self.unit = unit
        self.date = date
        self.start = start
        self.end = end
        self.deadline = deadline
        self.approx = approx
        self.bound = bound
        self.value_max = value_max
        self.org = org
        self.tags = tags
        self.sources = sources
        self.note = note
        self.supersedes = supersedes
        self.superseded_by = superseded_by
        self.verified = verified
        self.actor = actor
        self.stated = stated
        self.status = status
        self.examples = {} if examples is None else examples
        self.file = file
        self.line = line

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


class Problem(Record):
    """One finding of `validate`: where, and what is wrong."""

    __slots__ = _fields = ("file", "line", "message")
    file: str
    line: int
    message: str

    def __init__(self, file: str, line: int, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else f"{self.file}: {self.message}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


class Store(Record):
    """A loaded, validated store.

    No __slots__: the cache and the checker keep what they compute about a store on it.
    """

    _fields = ("facts", "subjects", "sources", "root", "_by_id", "search_index")
    __hash__ = None  # type: ignore[assignment]

    def __init__(
        self,
        facts: Sequence[Fact],  # a list, or the cache's lazy sequence (factcli.store.dbcache)
        subjects: dict[str, Subject],
        sources: dict[str, Source],
        root: str = "",
        _by_id: dict[str, Fact] | None = None,
        # The search index, built on first use or read from the cache (store.index.store_index).
        search_index: Any = None,
    ) -> None:
        self.facts = facts
        self.subjects = subjects
        self.sources = sources
        self.root = root
        self._by_id = _by_id
        self.search_index = search_index

    def __repr__(self) -> str:  # the lookup table and the index are not worth showing
        return (
            f"{type(self).__name__}(facts={self.facts!r}, subjects={self.subjects!r}, "
            f"sources={self.sources!r}, root={self.root!r})"
        )

    def _values(self) -> tuple[Any, ...]:  # equal stores: the index does not count
        return (self.facts, self.subjects, self.sources, self.root, self._by_id)

    def get(self, fact_id: str) -> Fact | None:
        if self._by_id is None:
            self._by_id = {f.id: f for f in self.facts}
        return self._by_id.get(fact_id)

    def ids(self) -> list[str]:
        """Every fact's id, in no promised order (the cache reads them without the facts)."""
        return [f.id for f in self.facts]

    def __len__(self) -> int:
        return len(self.facts)


class Match(Record):
    """A search hit: the fact and how well it matched (0-100)."""

    __slots__ = _fields = ("fact", "score")
    fact: Fact
    score: float

    def __init__(self, fact: Fact, score: float) -> None:
        self.fact = fact
        self.score = score


def event_date(fact: Fact, *, ending: bool = False) -> PartialDate | None:
    """When a fact's event happened: its date, else its start (a post taken), else its value
    when that is a date; its end first, for `ending`, where it has one."""
    from factcli.text.dates import parse_iso

    first = (fact.end,) if ending else ()
    for raw in (*first, fact.date, fact.start, fact.value if fact.kind == "date" else None):
        if isinstance(raw, str):
            try:
                return parse_iso(raw)
            except ValueError:
                continue
    return None


def __getattr__(name: str) -> Any:
    # What `check` returns is built on first use: dataclasses cost `get` ~10 ms to import.
    if name in ("Verdict", "REASONS", "Evidence", "Finding"):
        from factcli.store import verdicts

        return getattr(verdicts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
