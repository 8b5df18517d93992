"""`factcli add` and `factcli init` on a store: where a new fact may go, its id, its unit.

The bytes are written by factcli.store.writer; this module decides what is allowed: never
into the store shipped inside an installed package (an upgrade would drop the fact), only
into a `.yaml` file the store's loader reads, and with the id chosen and checked under the
store-wide lock, so concurrent `add`s never land one id twice.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcli.errors import StoreError, UsageError
from factcli.store.files import SUFFIXES, bundled_store_path, display_name, store_files
from factcli.store.model import DURATION_UNITS, MONEY_UNITS, Problem
from factcli.store.writer import _append_locked, new_fact_id, store_lock, store_validator

__all__ = ["add_fact", "add_target", "canonical_unit", "init_store", "installed_store"]

DEFAULT_FILE = "added.yaml"


def _count_units() -> frozenset[str]:
    from factcli.store.schema import COUNT_UNITS

    return COUNT_UNITS


def _units_of(kind: str) -> frozenset[str] | None:
    """The units schema.py accepts for a kind (None: any unit, or none)."""
    table = {
        "amount": MONEY_UNITS,
        "percent": frozenset({"%"}),
        "duration": DURATION_UNITS,
        "age": frozenset({"years"}),
        "count": _count_units(),
    }
    return table.get(kind)


def _korean_units() -> dict[str, str]:
    """Korean counters and unit words as writers use them -> the store's unit (개 -> item).

    The same table the checker reads claims with, so an added fact and a claim about it
    agree on units (`GPU 2천 장` in a draft is 2000 GPU).
    """
    from factcli.text.quantities import _KO_UNITS

    return {written: unit for written, unit, _kind in _KO_UNITS if " " not in written}


def canonical_unit(kind: str, unit: str | None) -> str | None:
    """`unit` as the store writes it for facts of `kind`: Korean counters mapped (명 -> people).

    Raises UsageError naming every accepted unit (and Korean counter) when it has none.
    """
    if unit is None:
        return None
    unit = unit.strip()
    allowed = _units_of(kind)
    korean = _korean_units()
    mapped = korean.get(unit, unit)
    if allowed is None or mapped in allowed:
        return mapped
    lower = {u.lower(): u for u in allowed}
    if mapped.lower() in lower:  # krw, gpu, People
        return lower[mapped.lower()]
    counters = sorted(k for k, v in korean.items() if v in allowed)
    more = f" (or in Korean: {', '.join(counters)})" if counters else ""
    raise UsageError(
        f"--unit: unit {unit!r} is not one for kind {kind!r}; use one of "
        f"{', '.join(sorted(allowed))}{more}"
    )


def installed_store(root: Path) -> bool:
    """Whether `root` is the store shipped inside an installed factcli (site-packages)."""
    package_store = Path(__file__).resolve().parent.parent / "_facts"
    real = Path(os.path.realpath(root))
    return real == package_store or package_store in real.parents


def _init_hint() -> str:
    return "make a store of your own: `factcli init DIR`, then use it with FACTCLI_STORE=DIR (or --store DIR)"


def _inside(path: Path, root: Path) -> bool:
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return rel != ".." and not rel.startswith(".." + os.sep) and rel != "."


def add_target(root: Path, file: Path | None = None) -> Path:
    """The store file a new fact goes to; UsageError or StoreError if it may not go there.

    `file` is relative to the store folder (`--file career.yaml`), or a path to a file in
    it from the working directory (`--file facts/career.yaml`). It must be a `.yaml` file
    the loader reads (no hidden folder on the way), inside the store; default `added.yaml`.
    """
    root = Path(root)
    if installed_store(root):
        raise StoreError(
            f"{display_name(root)}: the bundled store is part of the installed package (an "
            f"upgrade replaces it), so `add` does not write there; {_init_hint()}"
        )
    if root.is_file():
        if file is None or os.path.realpath(file) == os.path.realpath(root):
            return root
        raise UsageError(
            f"--file {file}: the store is the one file {display_name(root)}; facts are added to it"
        )
    if not root.is_dir():
        raise StoreError(f"{display_name(root)}: no such store; {_init_hint()}")
    if not os.access(root, os.W_OK):
        raise StoreError(f"{display_name(root)}: store folder is read-only; {_init_hint()}")
    if file is None:
        return root / DEFAULT_FILE
    here = Path(file)
    target = here if here.is_absolute() or (here.exists() and _inside(here, root)) else root / here
    if not _inside(target, root):
        raise UsageError(
            f"--file {file}: not in the store {display_name(root)} (a fact there would never "
            f"be read); name a .yaml file of the store, e.g. --file {DEFAULT_FILE}"
        )
    rel = Path(os.path.relpath(os.path.abspath(target), os.path.abspath(root)))
    if target.is_dir():
        raise UsageError(f"--file {file}: is a directory; name a .yaml file in it")
    if rel.suffix not in SUFFIXES or any(part.startswith(".") for part in rel.parts):
        raise UsageError(
            f"--file {file}: the store reads only .yaml and .yml files outside hidden folders; "
            f"name one such as --file {DEFAULT_FILE}"
        )
    return target


def add_fact(
    root: Path,
    target: Path,
    raw: dict[str, Any],
    *,
    id_base: str | None = None,
    check: Callable[[Path], list[Problem]] | None = None,
) -> str:
    """Append `raw` to `target` (see add_target) under the store-wide lock; returns its id.

    Under the lock the store is read afresh: the id is derived there (`id_base`, then
    `-2`, `-3`, ... when `raw` has none), a given id already taken is refused naming the
    fact that has it, and `check(mirror_root)` (default: the loader's problems) validates
    the whole store with the fact added before the file is replaced.
    """
    from factcli.store.loader import read_store

    root = Path(root)
    try:
        with store_lock(root):
            current, problems = read_store(root)
            if current is None:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise StoreError(f"fact not added: the store has problems: {problems[0]}{more}")
            if not raw.get("id"):
                raw = {"id": new_fact_id(current, id_base or "fact")} | {
                    k: v for k, v in raw.items() if k != "id"
                }
            taken = current.get(raw["id"])
            if taken is not None:
                raise StoreError(
                    f"fact not added: duplicate fact id {raw['id']!r} (the fact at "
                    f"{taken.file}:{taken.line} has it); give another with --id"
                )
            _append_locked(target, raw, store_validator(root, target, check=check))
    except OSError as exc:
        raise StoreError(
            f"{display_name(root)}: cannot lock the store: {exc.strerror or exc}"
        ) from None
    return str(raw["id"])


def init_store(dest: Path, source: Path | None = None) -> tuple[int, str]:
    """Copy the bundled store (or `source`) into `dest`, a new or empty folder.

    Returns (number of facts, a shell line that points factcli at it). Files are created
    anew (never over an existing one) and are the user's own, writable by them.
    """
    source = Path(source or bundled_store_path())
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise UsageError(f"{dest}: exists and is not a folder; name a new or empty folder")
    if dest.is_dir() and any(dest.iterdir()):
        raise UsageError(f"{dest}: folder is not empty; name a new or empty folder")
    files = store_files(source)
    base = source if source.is_dir() else source.parent
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for file in files:
            out = dest / os.path.relpath(file, base)
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(out, "xb") as fh:  # x: never over a file that appeared meanwhile
                fh.write(file.read_bytes())
    except OSError as exc:
        raise StoreError(f"{dest}: cannot create the store: {exc.strerror or exc}") from None
    from factcli.store.loader import read_store

    copied, _problems = read_store(dest)
    count = len(copied.facts) if copied else 0
    return count, f"export FACTCLI_STORE={shlex.quote(os.path.abspath(dest))}"
