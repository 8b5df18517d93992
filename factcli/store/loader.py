"""Find, read and check a store; hand out a validated Store (from the cache when fresh)."""

from __future__ import annotations

import os
from collections.abc import Iterator

from factcli.errors import UsageError
from factcli.store.files import (  # noqa: F401  (part of this module's interface)
    STORE_ENV,
    SUFFIXES,
    bundled_store_path,
    display_name,
    resolve_store_path,
    store_files,
    store_root,
)
from factcli.store.model import KINDS, Fact, Problem, Store

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from datetime import date
    from pathlib import Path
    from typing import Any

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


def read_store(root: Path) -> tuple[Store | None, list[Problem]]:
    """Read and check every file from the YAML (factcli.store.parser.read_store)."""
    from factcli.store.parser import read_store as read

    return read(root)


def load_store(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True) -> Store:
    """The store at `path` (or the configured one), validated; raises StoreError if it is broken."""
    if use_cache:
        from factcli.store import cache

        return cache.load(store_root(path))  # a string: a cache hit does without pathlib
    from factcli.store.parser import load_fresh

    return load_fresh(resolve_store_path(path))


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


# Words of a statement telling of a thing as earlier than its source's telling (no regular
# expression: this module is on every command's start-up path).
_EARLIER_KO = ("당초", "기존", "원래")
_EARLIER_EN = ("original", "earlier", "previous", "initial")


def _told_as_earlier(fact: Fact) -> bool:
    """Whether the fact's statement says it held before its source told of it (당초 2028년까지
    …하기로 했다, the original goal): known then, whenever it began."""
    english = (fact.statement_en or "").lower()
    return any(w in fact.statement for w in _EARLIER_KO) or any(w in english for w in _EARLIER_EN)


def _source_day(fact: Fact, store: Store) -> str | None:
    """The earliest day a fact's sources were known: a source's publication date, else (a
    source that gives none) the latest date among the facts it is quoted for, which it was
    written after."""
    days = []
    for ref in fact.sources:
        source = store.sources.get(ref.doc)
        if source is None:
            continue
        days.append(source.date or _latest_told(store).get(ref.doc))
    return min((d for d in days if d), default=None)


_LATEST: list[tuple[Store, dict[str, str]]] = []  # the last store asked about, and its days


def _latest_told(store: Store) -> dict[str, str]:
    """Each undated source's latest date told by a fact quoting it (worked out once a store)."""
    if _LATEST and _LATEST[0][0] is store:
        return _LATEST[0][1]
    from factcli.text.dates import parse_iso

    undated = {sid for sid, source in store.sources.items() if not source.date}
    latest: dict[str, str] = {}
    if undated:
        for fact in store.facts:
            told = [d for d in (fact.date, fact.start, fact.end, fact.stated) if d]
            docs = [r.doc for r in fact.sources if r.doc in undated]
            for doc in docs:
                for day in told:
                    # (by the first day: 2025-07-26 is later than all one can say of "2025")
                    if (
                        doc not in latest
                        or parse_iso(day).first_day() > parse_iso(latest[doc]).first_day()
                    ):
                        latest[doc] = day
    _LATEST[:] = [(store, latest)]
    return latest


def effective_date(fact: Fact, store: Store) -> PartialDate | None:
    """From when a fact held or was known.

    A plan, forecast, allegation or any statement whose status is not "done" exists from the
    day it was stated, whatever date or deadline it speaks of (the 2030 GPU plan is known from
    2025-09-12); a done fact from its date or start. Failing those, its source's day
    (_source_day).
    """
    from factcli.text.dates import parse_iso

    when = _known_from(fact) or _source_day(fact, store)
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
    if fact.superseded_by:
        return f"superseded by {fact.superseded_by}"
    told = None if known or _told_as_earlier(fact) else _source_day(fact, store)
    if told and parse_iso(told).last_day() > day.last_day():
        return f"undated; known from its source, {told}"
    return "not in effect then"


def true_on(fact: Fact, store: Store, day: PartialDate, *, superseded_ok: bool = False) -> bool:
    """Whether a fact held (and was known) on `day`, at the precision of both.

    Begun for certain by the end of `day` (a fact of "2021" is not yet true on 2021-06-01, but
    is on 2021), not ended before `day` starts (a position's `end` is its last day), and not
    superseded by then unless `superseded_ok`. A fact with no date at all is known from its
    source (its publication, else the latest day the source tells of).
    A plan or forecast begins the day it was stated (see effective_date).
    """
    from factcli.text.dates import parse_iso

    # An undated fact is known from its source: what the store vouches for it learned from
    # the article (an original goal, a school, may well be older, but the store cannot say
    # so; on an earlier day it does not vouch for them: a 2025 apartment deal in 2014).
    known = _known_from(fact) or (None if _told_as_earlier(fact) else _source_day(fact, store))
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


def fact_filter(
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
) -> Callable[[Fact], bool]:
    """Whether a fact passes every given filter; UsageError now for a bad filter.

    Unless `include_superseded`, a superseded fact is left out (with `as_of`: one superseded
    by that day); those passing every other filter are appended to `left_out` if given.
    """
    from factcli.text.korean import nfc

    if since and until and since.first_day() > until.last_day():
        raise UsageError(f"--since {since} is after --until {until}: no day is in both")
    wanted = {nfc(t).lower() for t in tags}
    subjects = subject_ids(store, subject) if subject else None
    if subject and not subjects:
        raise UsageError(f"--subject: no subject {subject!r} (see `factcli stats`)")
    if kind and kind not in KINDS:
        raise UsageError(f"--kind: unknown kind {kind!r} (one of {', '.join(KINDS)})")

    def keep(fact: Fact) -> bool:
        if kind and fact.kind != kind:
            return False
        if wanted and not wanted <= set(fact.tags):
            return False
        if subjects is not None and fact.subject not in subjects:
            return False
        if (since or until) and not _overlaps(fact, since, until):
            return False
        if as_of and not true_on(fact, store, as_of, superseded_ok=True):
            return False
        replaced = not include_superseded and fact.superseded_by
        if replaced and (as_of is None or not true_on(fact, store, as_of)):
            if left_out is not None:
                left_out.append(fact)
            return False
        return True

    return keep


def filter_facts(store: Store, **filters: Any) -> list[Fact]:
    """The facts passing every given filter (see fact_filter), in store order."""
    keep = fact_filter(store, **filters)
    return [fact for fact in store.facts if keep(fact)]


def stream_facts(store: Store, *, by: str | None = None, **filters: Any) -> Tally:
    """filter_facts, then sort_facts(by=...) when `by` is given, one fact at a time.

    A cached store reads its facts from disk in that order and never holds them all, so a
    listing of 100,000 facts stays small; the filters are checked before anything is read.
    """
    keep = fact_filter(store, **filters)
    ordered = getattr(store.facts, "ordered", None)
    if ordered is not None:
        facts: Iterable[Fact] = ordered(by) if by else iter(store.facts)
        return Tally(fact for fact in facts if keep(fact))
    kept = [fact for fact in store.facts if keep(fact)]
    return Tally(iter(sort_facts(kept, by=by) if by else kept))


class Tally(Iterator[Fact]):
    """Facts passed through, counted: a streamed listing still knows if it was empty."""

    def __init__(self, facts: Iterator[Fact]) -> None:
        self.facts, self.count = facts, 0

    def __next__(self) -> Fact:
        fact = next(self.facts)
        self.count += 1
        return fact


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
