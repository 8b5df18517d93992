"""Where a store is and which files it holds: paths only, nothing parsed."""

from __future__ import annotations

import os
from pathlib import Path

from factcli.errors import StoreError

STORE_ENV = "FACTCLI_STORE"
SUFFIXES = (".yaml", ".yml")


def bundled_store_path() -> Path:
    """The store shipped with factcli: inside the wheel, or facts/ in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "_facts"
    if any(installed.glob("*.yaml")):
        return installed
    return package.parent / "facts"


def resolve_store_path(option: str | os.PathLike[str] | None = None) -> Path:
    """--store, then $FACTCLI_STORE, then the bundled store."""
    chosen = option or os.environ.get(STORE_ENV) or None
    return Path(chosen).expanduser() if chosen else bundled_store_path()


def store_files(root: Path) -> list[Path]:
    """The YAML files of a store, in a stable order; raises StoreError if there are none."""
    try:
        if root.is_file():
            return [root]
        if not root.exists():
            raise StoreError(f"{root}: no such store (a directory of YAML files, or one YAML file)")
        if not root.is_dir():
            raise StoreError(f"{root}: not a file or directory")
        files: list[Path] = []
        seen: set[tuple[int, int]] = set()
        # os.walk skips a folder it cannot list; that would drop its facts without a word.
        for dirpath, dirnames, filenames in os.walk(root, onerror=_raise, followlinks=True):
            st = os.stat(dirpath)
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop: walk each directory once
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            files += [
                Path(dirpath, f)
                for f in sorted(filenames)
                if f.endswith(SUFFIXES) and not f.startswith(".")
            ]
    except OSError as exc:
        where = exc.filename if exc.filename and str(exc.filename) != str(root) else root
        raise StoreError(f"{where}: cannot read store: {exc.strerror or exc}") from None
    if not files:
        raise StoreError(f"{root}: empty store: no .yaml files found")
    return files


def _raise(exc: OSError) -> None:
    raise exc


def display_name(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel
