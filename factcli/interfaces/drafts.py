"""A draft's findings, on two cores when it pays: every other sentence judged by a copy of
this process.

A sentence at 100,000 facts costs ~20 ms to judge, and each is judged on its own (the
subject a pronoun refers to comes from the sentences before, read without judging them):
a forked copy of the process, which has the store open and the draft's sentences read,
judges every other one while this process judges the rest. The copy opens the cache file
again (a connection is never used across a fork) and works only if it sees the same cache
as this process; it sends back its findings and the readings of facts' texts it made (for
`keep`), as JSON. Anything amiss with it (no fork, another cache, an error, a copy killed)
and this process judges its sentences too: the findings are the same either way, in the
same order (tests/test_drafts.py). Only while a second core is free (the load average
below the cores less half of one): on a busy machine two processes only take turns.
FACTCLI_CHECK_WORKER=0 never forks, =1 always does.
"""

from __future__ import annotations

import json
import os

TYPE_CHECKING = False  # not `typing`; type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from factcli.store.model import Finding, Store
    from factcli.text.sentences import Sentence

LARGE = 20_000  # facts: below this a sentence is judged in a few ms, not worth a fork
LEAST = 8  # sentences judged, at least
BUSY = 0.5  # a core's worth: fork only while the load is below the cores less this
_ENV = "FACTCLI_CHECK_WORKER"
# The cache's files as a process reads them (their records left out: ~300 KB each).
_FILES = (
    "SELECT path, ord, seg, size, mtime_ns, ctime_ns, ino, sha, verified_ns, nfacts, crc, rcrc"
    " FROM files ORDER BY seg"
)


def findings(store: Store, text: str, *, skip: frozenset[str] = frozenset()) -> Iterator[Finding]:
    """check_document(store, text, skip=skip): the same findings, in order."""
    from factcli.judge.check import check_document, document_claims

    wanted = os.environ.get(_ENV)
    if wanted == "0" or not hasattr(os, "fork") or getattr(store, "db", None) is None:
        return check_document(store, text, skip=skip)
    if wanted != "1" and (len(store.facts) < LARGE or not _free_core()):
        return check_document(store, text, skip=skip)
    claims = list(document_claims(store, text))
    if wanted != "1" and len(claims) < LEAST:
        return check_document(store, text, skip=skip)
    from factcli.judge.check import reported

    return (f for f in _judged(store, claims, skip) if reported(f))


def _free_core() -> bool:
    """Whether a second core is likely idle: two cores or more for this process, and a load
    (this process's own included) below one core's worth less than those. On a busy
    machine the copy would only take turns with this process (a 50-line draft at 100,000
    facts took ~40% longer at load 4 on two cores), so there it is not made."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load < cores - BUSY


def _judge_all(
    store: Store, claims: list[tuple[Sentence, str | None]], skip: frozenset[str]
) -> list[Finding]:
    from factcli.judge.check import judge_in_draft
    from factcli.store.index import store_index

    index = store_index(store)
    out = []
    for sentence, context in claims:
        finding = judge_in_draft(store, sentence.text, context, index=index, skip=skip)
        finding.line, finding.column = sentence.line, sentence.column
        finding.breaks = sentence.breaks
        out.append(finding)
    return out


def _judged(
    store: Store, claims: list[tuple[Sentence, str | None]], skip: frozenset[str]
) -> list[Finding]:
    """Every claim judged, the odd ones by a forked copy when it can."""
    from factcli.judge.births import births
    from factcli.store.index import store_index

    mine, theirs = claims[0::2], claims[1::2]
    index = store_index(store)
    # Read before the fork, once for both: the words of the store (its fuzzy and compound
    # matches read them).
    vocabulary = getattr(index, "sorted_vocabulary", None)
    if vocabulary is not None:
        vocabulary()
    births(store)  # and whose birth dates it holds
    files = _files(store)
    try:
        read, write = os.pipe()
    except OSError:
        return _judge_all(store, claims, skip)
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return _judge_all(store, claims, skip)
    if pid == 0:  # the copy: never returns
        os.close(read)
        _copy(store, theirs, skip, files, write)
    os.close(write)
    found_mine = _judge_all(store, mine, skip)
    with os.fdopen(read, "rb") as pipe:
        sent = pipe.read()
    os.waitpid(pid, 0)
    found_theirs = _decoded(store, sent, len(theirs))
    if found_theirs is None:
        found_theirs = _judge_all(store, theirs, skip)
    out: list[Finding] = []
    for k, finding in enumerate(found_mine):
        out.append(finding)
        if k < len(found_theirs):
            out.append(found_theirs[k])
    return out


def _files(store: Store) -> Any:
    """What the cache's files and meta are, as this process reads them (in its read
    transaction): the copy must see the same."""
    db = store.db  # type: ignore[attr-defined]
    return [dict(db.meta), db.rows(_FILES)]


def _copy(
    store: Store,
    claims: list[tuple[Sentence, str | None]],
    skip: frozenset[str],
    files: Any,
    write: int,
) -> None:
    """The forked copy: judge the claims on a connection of its own, send them, exit."""
    code = 1
    try:
        import _signal

        # A Ctrl-C reaches both processes: this one ends quietly (the first one says it).
        if _signal.getsignal(_signal.SIGINT) is not _signal.SIG_IGN:
            _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
        from factcli.store import programs, readings
        from factcli.store.dbcache import connect
        from factcli.text import patterns

        patterns.forget_made()  # this process's parent keeps what it compiled
        db = store.db  # type: ignore[attr-defined]
        conn, _inode = connect(db.path)
        conn.execute("BEGIN")  # one read transaction, as the reader keeps
        meta = {k: v for k, v, _c in conn.execute("SELECT k, v, crc FROM meta")}
        db.conn = conn  # the inherited connection is this process's parent's: never used
        if [meta, db.rows(_FILES)] != files:
            raise ValueError("another cache")
        judged = _judge_all(store, claims, skip)
        data = {
            "findings": [_encoded(f) for f in judged],
            "kept": readings.made_rows(store),
            "programs": programs.made_hex(),
        }
        body = json.dumps(data, ensure_ascii=False).encode()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(body)
        code = 0
    except BaseException:  # anything: the parent judges these claims itself
        code = 1
    finally:
        os._exit(code)


def _encoded(f: Finding) -> list[Any]:
    evidence = [
        [e.fact_id, e.relation, e.found, e.expected, e.start, e.end, e.quote, e.source]
        for e in f.evidence
    ]
    return [
        f.text,
        f.verdict.value,
        f.line,
        f.column,
        evidence,
        f.facts,
        f.reason,
        f.explanation,
        list(f.breaks),
    ]


def _decoded(store: Store, sent: bytes, count: int) -> list[Finding] | None:
    """The copy's findings (and the readings it made, handed to `keep`); None if it sent
    none whole."""
    from factcli.store import programs, readings
    from factcli.store.model import Evidence, Finding, Verdict

    try:
        data = json.loads(sent)
        out = []
        for (
            text,
            verdict,
            line,
            column,
            evidence,
            facts,
            reason,
            explanation,
            breaks,
        ) in data["findings"]:
            out.append(
                Finding(
                    text,
                    Verdict(verdict),
                    line,
                    column,
                    [Evidence(*e) for e in evidence],
                    list(facts),
                    reason,
                    explanation,
                    tuple(int(b) for b in breaks),
                )
            )
        if len(out) != count:
            return None
        readings.add_made_rows(store, data["kept"])
        programs.add_sent(data.get("programs"))
    except (ValueError, TypeError, KeyError):
        return None
    return out
