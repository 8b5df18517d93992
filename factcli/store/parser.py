"""Read a store's files and check them: safe YAML -> records -> a validated Store.

Each file is parsed on its own (`_parse_file`); `merge` checks what spans files (unique ids,
known subjects and sources, supersession). The cache (factcli.store.cache) keeps each file's
parse and merges again when one changes; `read_store` does it all from the YAML.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from factcli.errors import StoreError
from factcli.store.files import display_name, store_files
from factcli.store.model import Fact, Problem, Source, Store, Subject

ParsedFile = tuple[str, list[tuple[str, object, int]], list[Problem]]


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


def _read_file(path: Path, seen: list[bytes] | None = None) -> tuple[object, list[Problem]]:
    """The file's YAML document and its problems; `seen` receives the bytes read (the cache)."""
    from factcli.store import yamlio

    name = display_name(path)
    try:
        data = _read_bytes(path, yamlio.MAX_FILE_BYTES)
    except OSError as exc:
        return None, [Problem(name, 1, f"cannot read: {exc.strerror or exc}")]
    except ValueError as exc:
        return None, [Problem(name, 1, str(exc))]
    if seen is not None:
        seen.append(data)
    return document(data, name)


def document(data: bytes, name: str, *, fast: bool = True) -> tuple[object, list[Problem]]:
    """A store file's bytes -> its YAML document and the problems of its shape.

    With `fast`, plain data is read by rapidyaml (factcli.store.fastyaml), anything else by
    PyYAML (factcli.store.yamlio), the reference, which alone gives the lines of problems.
    """
    from factcli.store import fastyaml, schema, yamlio

    text, problem = yamlio.decode(data, name)
    if problem:
        return None, [problem]
    assert text is not None
    if not text.strip():
        return None, [Problem(name, 1, "empty file")]
    doc: Any = fastyaml.parse(data, text) if fast else None
    if doc is None:
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


def _parse_file(path: Path, seen: list[bytes] | None = None) -> ParsedFile:
    """One file -> (display name, [(kind of record, object, line)], problems).

    `seen`, when given, receives the bytes that were parsed (the cache hashes them).
    """
    from factcli.store import fastschema, fastyaml

    name = display_name(path)
    read: list[bytes] = [] if seen is None else seen
    doc, problems = _read_file(path, read)
    # The schema's NFC, done more cheaply for text without fullwidth forms. Told from the
    # bytes when rapidyaml read them: it takes no escapes that could spell one (PyYAML does).
    fast = isinstance(doc, fastyaml.FastDoc)
    nfc = fastschema.normalizer(read[-1]) if fast else None
    records, problems = _records_of(doc, problems, name, nfc)
    if problems and fast:
        # Data read by rapidyaml knows only the lines of records: PyYAML reads the same bytes
        # again, so every problem is reported as the reference reader finds it, at its line.
        doc, problems = document(read[-1], name, fast=False)
        records, problems = _records_of(doc, problems, name)
    return name, records, problems


def _records_of(
    doc: object, problems: list[Problem], name: str, nfc: Callable[[str], str] | None = None
) -> tuple[list[tuple[str, object, int]], list[Problem]]:
    """A file's document -> its records (kind, object, line) and every problem found.

    `nfc` is schema.nfc (the default) or fastschema.normalizer's for the file's bytes.
    """
    from factcli.store import fastschema, schema

    records: list[tuple[str, object, int]] = []
    if not isinstance(doc, dict):
        return records, problems
    problems = list(problems)
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
        if key == "facts":  # most facts are read in one pass; the schema reads the others
            fast, normal = fastschema.fact, nfc or schema.nfc
            for raw, line in raws:
                fact = fast(raw, name, line, normal)
                if fact is None:
                    fact, found = schema.parse_fact(raw, name, line)
                    problems += found
                if fact is not None:
                    records.append((key, fact, line))
            continue
        for raw, line in raws:
            obj, found = parse(raw, name, line)  # type: ignore[operator]
            problems += found
            if obj is not None:
                records.append((key, obj, line))
    return records, problems


class FactHead(NamedTuple):
    """What the checks across files need of a fact (the cache keeps these, not whole facts)."""

    id: str
    subject: str
    docs: tuple[str, ...]
    supersedes: str | None
    file: str
    line: int
    actor: str | None = None
    stated: str | None = None


def head_of(fact: Fact) -> FactHead:
    return FactHead(
        fact.id,
        fact.subject,
        tuple(ref.doc for ref in fact.sources),
        fact.supersedes,
        fact.file,
        fact.line,
        fact.actor,
        fact.stated,
    )


def read_store(root: Path) -> tuple[Store | None, list[Problem]]:
    """Read and check every file; returns the store (None if any problem) and all problems."""
    parsed = [_parse_file(path) for path in store_files(root)]
    facts, subjects, sources, problems = merge(parsed)
    if problems:
        return None, problems
    links = supersession(head_of(f) for f in facts)
    for fact in facts:
        fact.superseded_by = links.get(fact.id)
    return Store(facts=facts, subjects=subjects, sources=sources, root=str(root)), []


def merge(
    parsed: Iterable[ParsedFile],
) -> tuple[list[Any], dict[str, Subject], dict[str, Source], list[Problem]]:
    """Files' records -> (facts kept, subjects, sources, every problem), checked across files.

    A fact record may be a Fact or a FactHead (the cache merges heads): both have what the
    checks across files need. Problems come in file order, then those across files.
    """
    facts: list[Any] = []
    subjects: dict[str, Subject] = {}
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    first_seen: dict[tuple[str, str], str] = {}
    tables: dict[str, dict[str, Any] | None] = {
        "subjects": subjects,
        "sources": sources,
        "facts": None,
    }
    for name, records, found in parsed:
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
                facts.append(obj)
            else:
                table[oid] = obj
    problems += _cross_check(facts, subjects, sources, first_seen)
    return facts, subjects, sources, problems


def _cross_check(
    facts: list[Any],
    subjects: dict[str, Subject],
    sources: dict[str, Source],
    first_seen: dict[tuple[str, str], str],
) -> list[Problem]:
    """The problems across files of these facts (Facts or FactHeads), in their order."""
    ids = {f.id for f in facts}
    known_source = sources.__contains__
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
        # Most facts name a known subject and known sources, and no actor or date said:
        # fact_problems has nothing to say of them (a cold build checks 100,000 of them while
        # the other process waits)
        docs = fact.docs if type(fact) is FactHead else [ref.doc for ref in fact.sources]
        if (
            fact.actor
            or fact.stated
            or fact.subject not in subjects
            or not all(map(known_source, docs))
        ):
            head = fact if type(fact) is FactHead else head_of(fact)
            problems += fact_problems(head, subjects, sources)
        if fact.supersedes and (fact.supersedes not in ids or fact.supersedes == fact.id):
            label = f"fact {fact.id!r}"
            if fact.supersedes not in ids:
                problems.append(
                    Problem(
                        fact.file,
                        fact.line,
                        f"{label}: supersedes unknown fact {fact.supersedes!r}",
                    )
                )
            if fact.supersedes == fact.id:
                problems.append(Problem(fact.file, fact.line, f"{label}: supersedes itself"))
    return problems


def fact_problems(
    fact: FactHead, subjects: dict[str, Subject], sources: dict[str, Source]
) -> list[Problem]:
    """A fact's references to subjects and sources, checked (what other files define)."""
    label, problems = f"fact {fact.id!r}", []
    if fact.subject not in subjects:
        problems.append(Problem(fact.file, fact.line, f"{label}: unknown subject {fact.subject!r}"))
    for doc in fact.docs:
        if doc not in sources:
            problems.append(Problem(fact.file, fact.line, f"{label}: unknown source doc {doc!r}"))
    return problems + _check_actor_and_stated(fact, subjects, sources)


def _check_actor_and_stated(
    fact: FactHead, subjects: dict[str, Subject], sources: dict[str, Source]
) -> list[Problem]:
    """An actor is a known subject other than the fact's own; nothing is said after it is printed."""
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
        from factcli.text.dates import parse_iso

        published = [sources[doc].date for doc in fact.docs if doc in sources]
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


def supersession(heads: Iterable[FactHead]) -> dict[str, str]:
    """fact id -> the id of the fact that supersedes it (the last one, in store order)."""
    return {h.supersedes: h.id for h in heads if h.supersedes}


def load_fresh(root: Path) -> Store:
    store, problems = read_store(root)
    if store is None:
        more = (
            f" (and {len(problems) - 1} more; run `factcli validate`)" if len(problems) > 1 else ""
        )
        raise StoreError(f"invalid store: {problems[0]}{more}")
    return store
