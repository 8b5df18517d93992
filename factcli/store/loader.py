"""Find, read and check a store; hand out a validated Store (from the cache when fresh)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcli.errors import StoreError, UsageError
from factcli.store.files import (  # noqa: F401  (part of this module's interface)
    STORE_ENV,
    SUFFIXES,
    bundled_store_path,
    display_name,
    resolve_store_path,
    store_files,
)
from factcli.store.model import KINDS, Fact, Problem, Source, Store, Subject

if TYPE_CHECKING:
    from factcli.text.dates import PartialDate

# The YAML parser, the schema and the date parser load only when the YAML is read: a warm
# cache hit needs none of them (see factcli.store.cache).

__all__ = [
    "Store",
    "bundled_store_path",
    "load_store",
    "read_store",
    "resolve_store_path",
    "store_files",
]


def _read_bytes(path: Path, limit: int) -> bytes:
    """A regular file's bytes; ValueError (the message) if it is not one or is over `limit`."""
    if not stat.S_ISREG(path.stat().st_mode):  # before open(): opening a FIFO blocks
        raise ValueError("not a regular file (a device, pipe or socket)")
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size <= limit:
            data = fh.read(limit + 1)  # at most: the file may grow after the stat
            size = len(data)
    if size > limit:
        raise ValueError(f"file too large ({size / 1e6:.1f} MB > {limit // 2**20} MiB); split it")
    return data


def _read_file(path: Path) -> tuple[object, list[Problem]]:
    from factcli.store import schema, yamlio

    name = display_name(path)
    try:
        data = _read_bytes(path, yamlio.MAX_FILE_BYTES)
    except OSError as exc:
        return None, [Problem(name, 1, f"cannot read: {exc.strerror or exc}")]
    except ValueError as exc:
        return None, [Problem(name, 1, str(exc))]
    text, problem = yamlio.decode(data, name)
    if problem:
        return None, [problem]
    assert text is not None
    if not text.strip():
        return None, [Problem(name, 1, "empty file")]
    doc, problem = yamlio.parse(text, name)
    if problem:
        return None, [problem]
    if doc is None:
        return None, [Problem(name, 1, "no content (only comments)")]
    if not isinstance(doc, dict):
        return None, [
            Problem(name, 1, "the file must be a mapping with subjects:, sources: or facts:")
        ]
    problems = []
    for key in doc:
        if key not in schema.TOP_KEYS:
            line = doc.key_lines.get(key, 1) if isinstance(doc, yamlio.LineDict) else 1
            problems.append(
                Problem(
                    name, line, f"unknown top-level key {key!r} (use subjects:, sources:, facts:)"
                )
            )
    return doc, problems


def _records(doc: dict, key: str, name: str) -> Iterable[tuple[object, int]]:
    from factcli.store import yamlio

    items = doc.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        line = doc.key_lines.get(key, 1) if isinstance(doc, yamlio.LineDict) else 1
        raise ValueError(f"{name}:{line}: {key}: must be a list")
    # A scalar item keeps no line of its own: the list knows where each item starts.
    lines = getattr(items, "item_lines", None) or [getattr(items, "line", 0)] * len(items)
    return [
        (item, getattr(item, "line", 0) or line) for item, line in zip(items, lines, strict=False)
    ]


ParsedFile = tuple[str, list[tuple[str, object, int]], list[Problem]]


def _parse_file(path: Path) -> ParsedFile:
    """One file -> (display name, [(kind of record, object, line)], problems); picklable."""
    from factcli.store import schema

    name = display_name(path)
    doc, problems = _read_file(path)
    records: list[tuple[str, object, int]] = []
    if not isinstance(doc, dict):
        return name, records, problems
    for key, parse in (
        ("subjects", schema.parse_subject),
        ("sources", schema.parse_source),
        ("facts", schema.parse_fact),
    ):
        try:
            raws = _records(doc, key, name)
        except ValueError as exc:
            file, where, message = str(exc).split(":", 2)
            problems.append(Problem(file, int(where), message.strip()))
            continue
        for raw, line in raws:
            obj, found = parse(raw, name, line)  # type: ignore[operator]
            problems += found
            if obj is not None:
                records.append((key, obj, line))
    return name, records, problems


def read_store(root: Path) -> tuple[Store | None, list[Problem]]:
    """Read and check every file; returns the store (None if any problem) and all problems."""
    facts: list[Fact] = []
    subjects: dict[str, Subject] = {}
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    first_seen: dict[tuple[str, str], str] = {}
    tables: dict[str, dict[str, Any] | None] = {
        "subjects": subjects,
        "sources": sources,
        "facts": None,
    }
    for name, records, found in map(_parse_file, store_files(root)):
        problems += found
        for key, obj, line in records:
            oid = obj.id  # type: ignore[attr-defined]
            where = f"{name}:{line}"
            previous = first_seen.setdefault((key, oid), where)
            if previous != where:
                problems.append(
                    Problem(name, line, f"duplicate {key[:-1]} id {oid!r} (first at {previous})")
                )
                continue
            table = tables[key]
            if table is None:
                facts.append(obj)  # type: ignore[arg-type]
            else:
                table[oid] = obj
    problems += _cross_check(facts, subjects, sources, first_seen)
    if problems:
        return None, problems
    _link_supersession(facts)
    return Store(facts=facts, subjects=subjects, sources=sources, root=str(root)), []


def _cross_check(
    facts: list[Fact],
    subjects: dict[str, Subject],
    sources: dict[str, Source],
    first_seen: dict[tuple[str, str], str],
) -> list[Problem]:
    ids = {f.id for f in facts}
    problems = []
    for subject in subjects.values():
        if subject.part_of and subject.part_of not in subjects:
            file, _, line = first_seen.get(("subjects", subject.id), ":0").rpartition(":")
            problems.append(
                Problem(
                    file,
                    int(line),
                    f"subject {subject.id!r}: part_of unknown subject {subject.part_of!r}",
                )
            )
    for fact in facts:
        label = f"fact {fact.id!r}"
        if fact.subject not in subjects:
            problems.append(
                Problem(fact.file, fact.line, f"{label}: unknown subject {fact.subject!r}")
            )
        for ref in fact.sources:
            if ref.doc not in sources:
                problems.append(
                    Problem(fact.file, fact.line, f"{label}: unknown source doc {ref.doc!r}")
                )
        problems += _check_actor_and_stated(fact, subjects, sources)
        if fact.supersedes and fact.supersedes not in ids:
            problems.append(
                Problem(
                    fact.file, fact.line, f"{label}: supersedes unknown fact {fact.supersedes!r}"
                )
            )
        if fact.supersedes == fact.id:
            problems.append(Problem(fact.file, fact.line, f"{label}: supersedes itself"))
    return problems


def _check_actor_and_stated(
    fact: Fact, subjects: dict[str, Subject], sources: dict[str, Source]
) -> list[Problem]:
    """An actor is a known subject other than the fact's own; nothing is said after it is printed."""
    from factcli.text.dates import parse_iso

    label, problems = f"fact {fact.id!r}", []
    if fact.actor and fact.actor not in subjects:
        problems.append(
            Problem(fact.file, fact.line, f"{label}: actor: unknown subject {fact.actor!r}")
        )
    elif fact.actor and fact.actor == fact.subject:
        problems.append(
            Problem(fact.file, fact.line, f"{label}: actor: same as the subject; leave it out")
        )
    if fact.stated:
        published = [sources[r.doc].date for r in fact.sources if r.doc in sources]
        latest = max((d for d in published if d), default=None)
        every_dated = all(published)
        if (
            latest
            and every_dated
            and parse_iso(fact.stated).first_day() > parse_iso(latest).last_day()
        ):
            message = (
                f"{label}: stated: {fact.stated} is after its sources were published ({latest})"
            )
            problems.append(Problem(fact.file, fact.line, message))
    return problems


def _link_supersession(facts: list[Fact]) -> None:
    by_id = {f.id: f for f in facts}
    for fact in facts:
        if fact.supersedes:
            by_id[fact.supersedes].superseded_by = fact.id


def load_store(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True) -> Store:
    """The store at `path` (or the configured one), validated; raises StoreError if it is broken."""
    root = resolve_store_path(path)
    if use_cache:
        from factcli.store import cache

        return cache.load(root, read_store)
    return _load_fresh(root)


def _load_fresh(root: Path) -> Store:
    store, problems = read_store(root)
    if store is None:
        more = (
            f" (and {len(problems) - 1} more; run `factcli validate`)" if len(problems) > 1 else ""
        )
        raise StoreError(f"invalid store: {problems[0]}{more}")
    return store


def _overlaps(fact: Fact, since: PartialDate | None, until: PartialDate | None) -> bool:
    """Whether a fact falls in the window: a span overlaps it, a point lies wholly inside it.

    A fact dated only "2025" is not inside the window 2025-07-17..2025-07-17: it may be any day
    of that year. A position held from 2021 to 2025 overlaps it.
    """
    from factcli.text.dates import parse_iso

    when = fact.when
    if not when:
        return False
    first = parse_iso(when).first_day()
    last = parse_iso(fact.end or when).last_day()
    if fact.start or fact.end:  # a span
        if since and last < since.first_day():
            return False
        return not (until and first > until.last_day())
    if since and first < since.first_day():
        return False
    return not (until and last > until.last_day())


def _known_from(fact: Fact) -> str | None:
    """The fact's own date it holds from: stated for a plan or claim, else its date or start."""
    if fact.certainty == "done":
        return fact.date or fact.start or fact.stated
    return fact.stated or fact.date or fact.start


def effective_date(fact: Fact, store: Store) -> PartialDate | None:
    """From when a fact held or was known.

    A plan, forecast, allegation or any statement whose status is not "done" exists from the
    day it was stated, whatever date or deadline it speaks of (the 2030 GPU plan is known from
    2025-09-12); a done fact from its date or start. Failing those, its source's publication.
    """
    from factcli.text.dates import parse_iso

    when = _known_from(fact)
    if not when:
        dated = [store.sources[r.doc].date for r in fact.sources if r.doc in store.sources]
        when = min((d for d in dated if d), default=None)
    return parse_iso(when) if when else None


def why_not_on(fact: Fact, store: Store, day: PartialDate) -> str | None:
    """Why a fact did not hold on `day` ("not stated until 2025-09-12", "ended 2016"); None if it did."""
    from factcli.text.dates import parse_iso

    if true_on(fact, store, day):
        return None
    if (
        fact.certainty != "done"
        and fact.stated
        and parse_iso(fact.stated).last_day() > day.last_day()
    ):
        return f"{fact.certainty}, not stated until {fact.stated}"
    known = fact.date or fact.start
    if known and parse_iso(known).last_day() > day.last_day():
        return f"not yet: {known}"
    if fact.end and parse_iso(fact.end).last_day() < day.first_day():
        return f"ended {fact.end}"
    return f"superseded by {fact.superseded_by}" if fact.superseded_by else "not in effect then"


def true_on(fact: Fact, store: Store, day: PartialDate, *, superseded_ok: bool = False) -> bool:
    """Whether a fact held (and was known) on `day`, at the precision of both.

    Begun for certain by the end of `day` (a fact of "2021" is not yet true on 2021-06-01, but
    is on 2021), not ended before `day` starts (a position's `end` is its last day), and not
    superseded by then unless `superseded_ok`. A fact with no date at all is taken as true.
    A plan or forecast begins the day it was stated (see effective_date).
    """
    from factcli.text.dates import parse_iso

    # Not the source's publication date: an undated fact (an original goal, a school) may well
    # be older than the article that mentions it.
    known = _known_from(fact)
    begun = parse_iso(known) if known else None
    if begun and begun.last_day() > day.last_day():
        return False
    if fact.end and parse_iso(fact.end).last_day() < day.first_day():
        return False
    newer = store.get(fact.superseded_by) if fact.superseded_by and not superseded_ok else None
    if newer:
        replaced = effective_date(newer, store)
        if replaced is None or replaced.last_day() <= day.last_day():
            return False
    return True


def subject_ids(store: Store, wanted: str) -> set[str]:
    """Subject ids whose id, name or alias equals `wanted` (case- and space-insensitive)."""
    from factcli.text.korean import nfc

    key = "".join(nfc(wanted).lower().split())
    return {
        s.id
        for s in store.subjects.values()
        if key in {"".join(n.lower().split()) for n in (s.id, *s.names)}
    }


def filter_facts(
    store: Store,
    *,
    kind: str | None = None,
    tags: Iterable[str] = (),
    subject: str | None = None,
    since: PartialDate | None = None,
    until: PartialDate | None = None,
    as_of: PartialDate | None = None,
    include_superseded: bool = True,
    left_out: list[Fact] | None = None,
) -> list[Fact]:
    """The facts passing every given filter, in store order.

    Unless `include_superseded`, a superseded fact is left out (with `as_of`: one superseded
    by that day); those passing every other filter are appended to `left_out` if given.
    """
    from factcli.text.korean import nfc

    tags = {nfc(t).lower() for t in tags}
    subjects = subject_ids(store, subject) if subject else None
    if subject and not subjects:
        raise UsageError(f"--subject: no subject {subject!r} (see `factcli stats`)")
    if kind and kind not in KINDS:
        raise UsageError(f"--kind: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    out = []
    for fact in store.facts:
        if kind and fact.kind != kind:
            continue
        if tags and not tags <= set(fact.tags):
            continue
        if subjects is not None and fact.subject not in subjects:
            continue
        if (since or until) and not _overlaps(fact, since, until):
            continue
        if as_of and not true_on(fact, store, as_of, superseded_ok=True):
            continue
        replaced = not include_superseded and fact.superseded_by
        if replaced and (as_of is None or not true_on(fact, store, as_of)):
            if left_out is not None:
                left_out.append(fact)
            continue
        out.append(fact)
    return out


def stale_facts(store: Store, before: date) -> list[Fact]:
    """Facts never verified, or last verified before `before`, oldest first."""
    from factcli.text.dates import parse_iso

    old = [f for f in store.facts if not f.verified or parse_iso(f.verified).last_day() < before]
    return sorted(old, key=lambda f: (f.verified or "", f.id))


def sort_facts(facts: list[Fact], *, by: str = "date") -> list[Fact]:
    """By date (undated last, current before superseded), by when (strictly by date) or by id."""
    if by == "id":
        return sorted(facts, key=lambda f: f.id)
    if by == "when":
        return sorted(facts, key=lambda f: (f.when or "9999", f.id))

    def key(f: Fact) -> tuple[bool, str, str]:
        return (f.superseded_by is not None, f.when or "9999", f.id)

    return sorted(facts, key=key)
