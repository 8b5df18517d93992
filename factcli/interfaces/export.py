"""Write a whole store to one file (json, jsonl, csv or sqlite), atomically.

The SQLite export is a plain database (Datasette opens it as is): tables `facts`, `subjects`,
`sources`, `fact_sources` and `fact_tags` with foreign keys, and `facts_fts`, an FTS5 table
(id, statement, statement_en, tags, quotes) with `tokenize='trigram'` so that Korean
substrings match without word splitting:

    SELECT id, statement FROM facts_fts WHERE facts_fts MATCH '엑사원';

The trigram tokenizer indexes three-character sequences, so a MATCH term shorter than three
characters matches nothing: most Korean words are two syllables (`장관`, `배우`). LIKE on
`facts_fts` does not help either (SQLite 3.40 misses short non-ASCII LIKE patterns on a
trigram table). For such words scan the plain tables instead:

    SELECT id, statement FROM facts WHERE instr(statement, '장관') > 0;

`facts_fts` keeps its own copy of the text, and its rowid is the rowid of the same fact in
`facts`. Datasette searches it at /<db>/facts_fts?_search=...; for a search box on `facts`
itself, give Datasette the metadata {"tables": {"facts": {"fts_table": "facts_fts"}}}.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from factcli.errors import FactcliError, UsageError
from factcli.interfaces.render import Format, dumps, is_terminal, json_block, write_cells
from factcli.store.model import Fact, Store
from factcli.store.writer import atomic_output

__all__ = ["CSV_COLUMNS", "FORMATS", "ExportError", "export_store"]

CSV_COLUMNS = (
    "id", "subject", "kind", "statement", "statement_en", "value", "unit", "approx", "bound",
    "date", "start", "end", "deadline", "tags", "sources", "superseded_by",
)  # fmt: skip
FACT_COLUMNS = (
    "rowid", "id", "subject", "kind", "statement", "statement_en", "value", "unit", "approx",
    "bound", "date", "start", "end", "deadline", "org", "tags", "note", "supersedes",
    "superseded_by", "verified",
)  # fmt: skip

SCHEMA = """
CREATE TABLE subjects (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT NOT NULL,
    aliases TEXT,  -- JSON list
    description TEXT
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, author TEXT, date TEXT,
    url TEXT, note TEXT
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES subjects(id),
    kind TEXT NOT NULL, statement TEXT NOT NULL, statement_en TEXT NOT NULL,
    value,  -- no type: a number stays a number, a text value stays text
    unit TEXT, approx INTEGER NOT NULL, bound TEXT,
    date TEXT, start TEXT, "end" TEXT, deadline TEXT, org TEXT,
    tags TEXT,  -- JSON list; one row per tag in fact_tags
    note TEXT,
    supersedes TEXT REFERENCES facts(id),
    superseded_by TEXT REFERENCES facts(id),
    verified TEXT
);
CREATE TABLE fact_sources (
    fact_id TEXT NOT NULL REFERENCES facts(id),
    doc TEXT NOT NULL REFERENCES sources(id),
    quote TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (fact_id, position)
);
CREATE TABLE fact_tags (
    fact_id TEXT NOT NULL REFERENCES facts(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (fact_id, tag)
);
CREATE INDEX facts_kind ON facts(kind);
CREATE INDEX facts_subject ON facts(subject);
CREATE INDEX facts_date ON facts(date);
CREATE INDEX fact_sources_doc ON fact_sources(doc);
CREATE INDEX fact_tags_tag ON fact_tags(tag);
CREATE VIRTUAL TABLE facts_fts USING fts5(
    id UNINDEXED, statement, statement_en, tags, quotes, tokenize='trigram'
);
"""


class ExportError(FactcliError):
    """The export file cannot be written."""


def _subject_dict(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "name": s.name,
            "name_en": s.name_en,
            "aliases": list(s.aliases),
            "description": s.description,
        }
        for s in store.subjects.values()
    ]


def _write_json(store: Store, out: TextIO) -> None:
    # The text of dumps(data, indent=2), with the facts written one at a time (a store of
    # 100,000 facts is never held in memory twice).
    from factcli.interfaces.views import fact_json

    dump = json_block
    out.write('{\n  "facts": [')
    first = True
    for fact in store.facts:
        out.write(("\n    " if first else ",\n    ") + fact_json(fact, "    "))
        first = False
    out.write("]" if first else "\n  ]")
    out.write(',\n  "subjects": ' + dump(_subject_dict(store), "  "))
    sources = [s.to_dict() for s in store.sources.values()]
    out.write(',\n  "sources": ' + dump(sources, "  ") + "\n}\n")


def _write_jsonl(store: Store, out: TextIO) -> None:
    for fact in store.facts:
        out.write(dumps(fact.to_dict()) + "\n")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_row(fact: Fact) -> list[str]:
    row = fact.to_dict()
    row["tags"] = "; ".join(fact.tags)
    row["sources"] = " | ".join(f"{s.doc}: {s.quote}" for s in fact.sources)
    return [_csv_cell(row[c]) for c in CSV_COLUMNS]


def _write_csv(store: Store, out: TextIO) -> None:
    # UTF-8 without BOM, RFC 4180 line ends; every cell guarded against formula injection,
    # a cell holding a CR or LF always quoted.
    write_cells(CSV_COLUMNS, (_csv_row(f) for f in store.facts), Format.csv, out, end="\r\n")


def _fact_row(rowid: int, fact: Fact) -> tuple[Any, ...]:
    row = fact.to_dict() | {"rowid": rowid}
    row["approx"] = int(fact.approx)
    row["tags"] = json.dumps(list(fact.tags), ensure_ascii=False)
    value = row["value"]
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        row["value"] = str(value)  # past SQLite's 64-bit INTEGER: exact digits, as text
    return tuple(row[c] for c in FACT_COLUMNS)


def _fill(db: Any, store: Store) -> None:
    subjects = [
        (s.id, s.name, s.name_en, json.dumps(list(s.aliases), ensure_ascii=False), s.description)
        for s in store.subjects.values()
    ]
    db.executemany("INSERT INTO subjects VALUES (?, ?, ?, ?, ?)", subjects)
    sources = [tuple(s.to_dict().values()) for s in store.sources.values()]
    db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)", sources)
    marks = ", ".join("?" * len(FACT_COLUMNS))
    names = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
    # Generators, not lists: each pass streams the facts (a cached store reads them from disk).
    rows = (_fact_row(i, f) for i, f in enumerate(store.facts, 1))
    db.executemany(f"INSERT INTO facts ({names}) VALUES ({marks})", rows)
    db.executemany(
        "INSERT INTO fact_sources VALUES (?, ?, ?, ?)",
        ((f.id, s.doc, s.quote, i) for f in store.facts for i, s in enumerate(f.sources, 1)),
    )
    db.executemany(
        "INSERT OR IGNORE INTO fact_tags VALUES (?, ?)",
        ((f.id, t) for f in store.facts for t in f.tags),
    )
    db.executemany(
        "INSERT INTO facts_fts(rowid, id, statement, statement_en, tags, quotes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                i,
                f.id,
                f.statement,
                f.statement_en,
                " ".join(f.tags),
                "\n".join(s.quote for s in f.sources),
            )
            for i, f in enumerate(store.facts, 1)
        ),
    )


def _write_sqlite(store: Store, path: Path) -> None:
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    try:
        # A fresh file that is thrown away on failure needs no journal; atomic_output fsyncs it.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(SCHEMA)
        db.execute("BEGIN")
        _fill(db, store)
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # a validated store cannot get here; a hand-built Store can
            table, rowid, parent, _ = broken[0]
            raise ExportError(
                f"store is inconsistent: {table} row {rowid} refers to a missing {parent}"
            )
        db.execute("INSERT INTO facts_fts(facts_fts) VALUES ('optimize')")
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write the database: {exc}") from None
    finally:
        db.close()


_TEXT_WRITERS: dict[str, Callable[[Store, TextIO], None]] = {
    "json": _write_json,
    "jsonl": _write_jsonl,
    "csv": _write_csv,
}
FORMATS = (*_TEXT_WRITERS, "sqlite")
STDOUT = "-"


def _write(store: Store, fmt: str, path: Path) -> None:
    if fmt == "sqlite":
        _write_sqlite(store, path)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        _TEXT_WRITERS[fmt](store, out)


def _to_stdout(store: Store, fmt: str) -> None:
    """`-o -`: text formats straight to stdout; a database through a temporary file."""
    if fmt != "sqlite":
        _TEXT_WRITERS[fmt](store, sys.stdout)
        return
    if is_terminal(sys.stdout):
        raise ExportError(
            "a SQLite database is binary: redirect it (-o - > facts.db) or use -o FILE"
        )
    with tempfile.TemporaryDirectory(prefix="factcli-export-") as folder:
        path = Path(folder, "export.db")
        _write_sqlite(store, path)
        sys.stdout.flush()
        with open(path, "rb") as db:
            shutil.copyfileobj(db, sys.stdout.buffer)
        sys.stdout.buffer.flush()


def export_store(store: Store, fmt: str, out_path: Path) -> int:
    """Write every fact of `store` to `out_path` as json, jsonl, csv or sqlite; returns the count.

    json holds {"facts", "subjects", "sources"}; jsonl one fact per line (Fact.to_dict());
    csv one row per fact (CSV_COLUMNS); sqlite a database (see the module docstring).
    `out_path` "-" is standard output. Only a new or regular file the user may write is
    written (never a FIFO, a device or a read-only file); it is replaced atomically: on failure the old file (if any) is untouched and no
    temp file is left. Raises UsageError for an unknown format, ExportError (a FactcliError)
    when the file cannot be written.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if str(out_path) == STDOUT:
        _to_stdout(store, fmt)
        return len(store.facts)
    out_path = Path(out_path)
    parent = out_path.parent
    if not parent.is_dir():
        raise ExportError(f"{out_path}: cannot write: no such directory {str(parent)!r}")
    try:
        with atomic_output(out_path) as tmp:
            _write(store, fmt, tmp)
    except ExportError as exc:
        raise ExportError(f"{out_path}: {exc}") from None
    except OSError as exc:
        raise ExportError(f"{out_path}: cannot write: {exc.strerror or exc}") from None
    return len(store.facts)
