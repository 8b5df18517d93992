"""A compiled cache of a store, keyed by its files' paths, sizes and mtimes.

YAML stays the only source of truth: a cache that is missing, stale, corrupt, truncated or
from another factcli version is ignored and rebuilt; an unwritable cache folder only costs speed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from factcli import __version__
from factcli.errors import StoreError
from factcli.store.model import Problem, Store

SCHEMA_VERSION = 3
CACHE_ENV = "XDG_CACHE_HOME"

Reader = Callable[[Path], tuple[Store | None, list[Problem]]]


def cache_dir() -> Path:
    base = os.environ.get(CACHE_ENV) or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcli"


def fingerprint(root: Path) -> list[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every file of the store, in order."""
    from factcli.store.files import store_files

    out = []
    for path in store_files(root):
        try:
            st = path.stat()
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None
        out.append((str(path.resolve()), st.st_size, st.st_mtime_ns))
    return out


def _code_stamp() -> list[tuple[str, int, int]]:
    """factcli's own modules (name, size, mtime): an edited checkout never reads an old cache."""
    package = Path(__file__).resolve().parent.parent
    stamps = []
    for path in sorted(package.rglob("*.py")):
        st = path.stat()
        stamps.append((str(path.relative_to(package)), st.st_size, st.st_mtime_ns))
    return stamps


def _key(root: Path, prints: list[tuple[str, int, int]]) -> str:
    text = repr((__version__, SCHEMA_VERSION, _code_stamp(), str(root.resolve()), prints))
    return hashlib.sha256(text.encode()).hexdigest()


def _path_for(root: Path) -> Path:
    """One cache file per store: a rebuild replaces the last one instead of piling up."""
    name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24]
    return cache_dir() / f"store-{name}.db"


def _read(path: Path, key: str) -> Store | None:
    if not path.exists():
        return None
    from factcli.store import dbcache

    return dbcache.open_store(path, key)


def _content_hash(prints: list[tuple[str, int, int]]) -> str:
    """sha256 over the files' contents: recorded in the cache, for inspection and audits."""
    digest = hashlib.sha256()
    for path, _size, _mtime in prints:
        with open(path, "rb") as fh:
            digest.update(hashlib.sha256(fh.read()).digest())
    return digest.hexdigest()


def _write(path: Path, key: str, store: Store, prints: list[tuple[str, int, int]]) -> None:
    import sqlite3

    from factcli.store import dbcache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        dbcache.write(path, key, store, store.search_index, content=_content_hash(prints))
    except (OSError, sqlite3.Error):
        return  # no cache, only slower


def load(root: Path, reader: Reader) -> Store:
    """The store at root, from the cache when its files are unchanged, else read and cached."""
    import gc

    # Reading builds millions of small objects and frees none: the cyclic collector would
    # only rescan them (about a third of the time at 100,000 facts).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(root, reader)
    finally:
        if enabled:
            gc.enable()


def _load(root: Path, reader: Reader) -> Store:
    for _attempt in range(3):
        prints = fingerprint(root)
        key = _key(root, prints)
        path = _path_for(root)
        cached = _read(path, key)
        if cached is not None:
            return cached
        store, problems = reader(root)
        if fingerprint(root) != prints:
            # A file changed while we read it (an editor saving): what we read may mix two
            # states, or catch a half-written file. Read again for one consistent state.
            continue
        if store is None:
            more = (
                f" (and {len(problems) - 1} more; run `factcli validate`)"
                if len(problems) > 1
                else ""
            )
            raise StoreError(f"invalid store: {problems[0]}{more}")
        from factcli.store.index import store_index  # only a rebuild pays for the index code

        store_index(store)
        _write(path, key, store, prints)
        return store
    raise StoreError(f"{root}: the store kept changing while it was read; try again")
