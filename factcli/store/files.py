"""Where a store is and which files it holds: paths only, nothing parsed."""

from __future__ import annotations

import errno
import os
import stat

from factcli.errors import StoreError

TYPE_CHECKING = False  # not `typing`: type checkers know this name
if TYPE_CHECKING:
    from pathlib import Path

STORE_ENV = "FACTCLI_STORE"
SUFFIXES = (".yaml", ".yml")
# What pathlib's exists()/is_file()/is_dir() read as "not there" instead of raising.
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)

# The warm path (a cache hit) works on path strings: importing pathlib costs `factcli get`
# ~4 ms, a quarter of Python's own start-up. The functions that return Path objects are
# for everything else, and spell paths the same way.


def bundled_store_path() -> Path:
    """The store shipped with factcli: inside the wheel, or facts/ in a source checkout."""
    from pathlib import Path

    return Path(_bundled())


def _bundled() -> str:
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    installed = os.path.join(package, "_facts")
    try:
        if any(name.endswith(".yaml") for name in os.listdir(installed)):
            return installed
    except OSError:
        pass
    return os.path.join(os.path.dirname(package), "facts")


def resolve_store_path(option: str | os.PathLike[str] | None = None) -> Path:
    """--store, then $FACTCLI_STORE, then the bundled store."""
    from pathlib import Path

    return Path(store_root(option))


def store_root(option: str | os.PathLike[str] | None = None) -> str:
    """resolve_store_path as a string, spelled as pathlib spells it."""
    chosen = option or os.environ.get(STORE_ENV) or None
    return spelled_path(os.path.expanduser(os.fspath(chosen))) if chosen else _bundled()


def spelled_path(path: str) -> str:
    """`path` as str(Path(path)) writes it: no empty or `.` parts, no trailing slash."""
    if os.sep != "/":  # pathlib's Windows rules (drives, both slashes) are its own
        from pathlib import Path

        return str(Path(path))
    if path.startswith("//") and not path.startswith("///"):
        lead = "//"  # POSIX leaves the meaning of exactly two leading slashes open: kept
    else:
        lead = "/" if path.startswith("/") else ""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return lead + "/".join(parts) or "."


def store_files(root: str | os.PathLike[str]) -> list[Path]:
    """The YAML files of a store, in a stable order; raises StoreError if there are none."""
    from pathlib import Path

    return [Path(name) for name in store_file_names(root)]


def store_file_names(root: str | os.PathLike[str]) -> list[str]:
    """store_files as strings."""
    root = spelled_path(os.fspath(root))
    try:
        try:
            mode: int | None = os.stat(root).st_mode
        except OSError as exc:
            if exc.errno not in _MISSING:
                raise
            mode = None
        if mode is not None and stat.S_ISREG(mode):
            return [root]
        if mode is None:
            raise StoreError(f"{root}: no such store (a directory of YAML files, or one YAML file)")
        if not stat.S_ISDIR(mode):
            raise StoreError(f"{root}: not a file or directory")
        files: list[str] = []
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
                os.path.join(dirpath, f)
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


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as the user would type it: relative to the working directory when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def discard(path: str | os.PathLike[str]) -> None:
    """Remove a file if it is there (Path.unlink(missing_ok=True), without pathlib)."""
    import contextlib

    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
