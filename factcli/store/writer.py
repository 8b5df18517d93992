"""Append a fact to a store file (the core of `factcli add`), and write files atomically.

A store file is edited as text: the new fact is appended to the end of the file, so every
byte already there (comments, key order, quoting, blank lines) stays as it was. That needs
the file to end with its `facts:` list; anything else is refused rather than rewritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

import yaml

from factcli.errors import StoreError
from factcli.store import yamlio
from factcli.store.model import Problem, Store

__all__ = ["append_fact", "atomic_output", "fact_yaml", "new_fact_id", "slugify", "store_validator"]

Validator = Callable[[Path], list[Problem]]

# Schema order (docs/schema.md, schema.FACT_FIELDS); unknown keys follow, for validate to flag.
FIELD_ORDER = (
    "id", "subject", "kind", "statement", "statement_en", "value", "unit", "approx", "bound",
    "date", "start", "end", "deadline", "org", "tags", "sources", "note", "supersedes",
    "verified", "examples",
)  # fmt: skip
DATE_KEYS = frozenset({"date", "start", "end", "deadline", "verified"})
_STOPWORD_TEXT = (
    "a an the of to in on at for and or but with by from as into about is are was were be "
    "been has have had his her its their this that these those which who it he she they"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to a YAML reader, in any scalar style
_STR, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq"
_TOP_KEY = re.compile(r"^facts\s*:\s*(#.*)?$")


def slugify(text: str, *, fallback: str = "fact", max_words: int = 6, max_len: int = 48) -> str:
    """An ASCII id from the English words of `text` (`statement_en`, else `statement`).

    Text that is mostly Hangul (or has no English word left after stop words) gives
    `<fallback>-<8 hex of its SHA-1>`: pass the fact's kind as `fallback`. Always a valid slug.
    """
    text = unicodedata.normalize("NFC", text)
    hangul = sum(1 for c in text if "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff")
    plain = unicodedata.normalize("NFKD", re.sub(r"['’]s\b", "", text))
    plain = plain.encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _STOPWORDS]
    letters = sum(c.isalpha() for c in "".join(words))
    if not letters or hangul > letters:
        stem = re.sub(r"[^a-z0-9]+", "-", fallback.lower()).strip("-") or "fact"
        return f"{stem}-{hashlib.sha1(text.encode()).hexdigest()[:8]}"
    slug = "-".join(words[:max_words])  # then cut at a word boundary
    return slug if len(slug) <= max_len else slug[: max_len + 1].rsplit("-", 1)[0][:max_len]


def new_fact_id(store: Store | Collection[str], base: str) -> str:
    """`base` if no fact has it yet, else `base-2`, `base-3`, ... (store or a set of taken ids)."""
    taken = {f.id for f in store.facts} if isinstance(store, Store) else set(store)
    n = 1
    while (candidate := f"{base}-{n}" if n > 1 else base) in taken:
        n += 1
    return candidate


class _Quoted(str):
    """A string always written in double quotes (dates, quotes, example sentences)."""


class _Flow(list):  # type: ignore[type-arg]
    """A list written inline, `[a, b]`, as the bundled files write tags and examples."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent lists under their key (`  - doc:`), as the bundled files do.
        return super().increase_indent(flow, False)

    def process_scalar(self) -> None:
        # allow_unicode writes U+2028/U+2029 raw, and readers take them for line breaks:
        # escape every character of such a (rare) string instead.
        odd = any(c in getattr(self.event, "value", "") for c in _BREAKS)
        self.allow_unicode, keep = not odd and self.allow_unicode, self.allow_unicode
        try:
            super().process_scalar()
        finally:
            self.allow_unicode = keep


_Dumper.add_representer(_Quoted, lambda d, s: d.represent_scalar(_STR, str(s), style='"'))
_Dumper.add_representer(_Flow, lambda d, s: d.represent_sequence(_SEQ, s, flow_style=True))


def _styled(key: str, value: Any) -> Any:
    """Mark what the bundled files quote or write inline; drop None values."""
    if key in DATE_KEYS and isinstance(value, dt.date | str | int):
        return _Quoted(value.isoformat() if isinstance(value, dt.date) else value)
    if isinstance(value, str) and (key == "quote" or any(c in value for c in _BREAKS)):
        return _Quoted(value)
    if isinstance(value, dict):
        return {k: _styled(k, v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        sentences = key in ("supports", "contradicts")
        items = [_styled("quote" if sentences else "", v) for v in value]
        return _Flow(items) if sentences or key == "tags" else items
    if not isinstance(value, str | int | float | dt.date):  # a set, bytes: YAML tags, refused
        raise yaml.YAMLError(f"{key or 'a value'}: cannot write a {type(value).__name__}")
    return value


def fact_yaml(raw: dict[str, Any]) -> str:
    """One fact as a YAML list item block (`  - id: ...`, ends with a newline).

    Keys in schema order, None values dropped, dates and quotes double-quoted, Korean kept
    as is (allow_unicode), no line folding. The block is not validated here.
    """
    order = [k for k in FIELD_ORDER if k in raw] + [k for k in raw if k not in FIELD_ORDER]
    data = {"facts": [_styled("", {k: raw[k] for k in order})]}
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1e9)
    return text.split("\n", 1)[1]


def _fsync(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class UnsafeTarget(OSError):
    """A path factcli will not replace: not a regular file, or one the user may not write."""


def check_target(path: Path) -> None:
    """Raise UnsafeTarget unless `path` is absent or a regular file the user may write.

    Replacing a FIFO or a device with a regular file would break whatever uses it (as root,
    `-o /dev/null` would replace the device), and a file without write permission is one its
    owner protected: os.replace ignores both, so they are refused here. Symlinks are followed.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise UnsafeTarget(errno.EISDIR, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = "a pipe" if stat.S_ISFIFO(st.st_mode) else "a device or socket"
        raise UnsafeTarget(
            errno.EINVAL, f"not a regular file ({kind}); factcli only replaces files"
        )
    # Root passes os.access whatever the mode: a file nobody may write is still refused.
    if not os.access(path, os.W_OK) or not st.st_mode & 0o222:
        raise UnsafeTarget(errno.EACCES, "Permission denied (read-only file)")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temp file beside `path`; when the block ends without error it replaces `path`.

    Write the yielded path any way (open(), sqlite3). On success it is fsynced, given the
    old file's mode (or 0o666 & ~umask) and os.replace'd onto `path` (a symlink's target).
    Only a new or regular, writable file is replaced (check_target, before and after the
    write). On any error the temp file is removed, `path` is untouched and the error
    propagates (OSError included: callers turn it into their own message).
    """
    path = Path(os.path.realpath(path))
    check_target(path)
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)  # the only portable way to read it; restored at once
        os.umask(umask)
        mode = 0o666 & ~umask
    # A dot name keeps a leftover (power cut) out of store_files() and out of sight.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _fsync(tmp)
        os.chmod(tmp, mode)
        check_target(path)  # it may have become a FIFO or read-only while we wrote
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename is done; a failed directory sync is moot
        _fsync(path.parent, directory=True)


@contextlib.contextmanager
def store_lock(root: Path) -> Iterator[None]:
    """An exclusive lock on a whole store, held while the block runs; leaves no file behind.

    The lock is a flock on the store's directory (a one-file store: the folder holding it),
    whose inode, unlike a store file's, survives the atomic replace of every write. Every
    process that writes to the store, under any user, takes the same lock, and nothing is
    created in the store or elsewhere.
    """
    import fcntl  # Unix only; imported here so the rest of the module imports anywhere

    real = Path(os.path.realpath(root))
    folder = real if real.is_dir() else real.parent
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released when fd is closed, or the process dies
        yield
    finally:
        os.close(fd)


def _appended(old: str, block: str, name: str) -> str:
    """`old` plus the fact block at the end of its trailing `facts:` list, checked by parsing."""
    doc, problem = yamlio.parse(old, name) if old.strip() else (None, None)
    if problem or (doc is not None and not isinstance(doc, dict)):
        raise StoreError(f"cannot append to {problem or name + ': not a mapping'}")
    nl = "\r\n" if "\r\n" in old else "\n"
    lines = old.splitlines()
    new = old if not old or old.endswith(("\n", "\r")) else old + nl
    if not doc:  # empty, or only comments: start the list
        new += "facts:" + nl + block.replace("\n", nl)
    else:
        if (last := list(doc)[-1]) != "facts":
            raise StoreError(f"{name}: cannot append: `facts:` must be the last key, not {last!r}")
        line = doc.key_lines["facts"] if isinstance(doc, yamlio.LineDict) else 0
        if not (0 < line <= len(lines) and _TOP_KEY.match(lines[line - 1])):
            raise StoreError(f"{name}:{line}: cannot append: write `facts:` alone on its line")
        items = [s for s in lines[line:] if s.lstrip().startswith("- ") or s.strip() == "-"]
        indent = len(items[0]) - len(items[0].lstrip()) if items else 2
        shifted = [" " * indent + s[2:] if s.startswith("  ") else s for s in block.split("\n")]
        new += (nl if items else "") + nl.join(shifted)
    # Whatever the old text looked like, the result must be its facts plus exactly this one.
    after, problem = yamlio.parse(new, name)
    item = yamlio.parse("facts:\n" + block, name)[0]["facts"][0]
    before = (doc or {}).get("facts") or []
    if problem or not isinstance(after, dict) or after.get("facts") != [*before, item]:
        raise StoreError(f"{name}: cannot append: the result would not parse as the old facts + 1")
    return new


def append_fact(
    path: Path,
    raw: dict[str, Any],
    *,
    validate: Validator | None = None,
    lock: Path | None = None,
) -> None:
    """Append one fact (a raw mapping, as in YAML) to the `facts:` list ending the file at `path`.

    Every existing byte is kept: the block is added at the end (a missing file is created
    with `facts:`). Under store_lock(`lock`) (default: the file's folder; pass the store's
    root) the file is read, the candidate text written to a temp file in the same directory,
    and `validate(temp_path)` called if given: it may read that candidate in place of `path`
    (see `store_validator`). Problems -> StoreError with the first one, nothing changed.
    Then the temp file replaces `path` atomically (fsync, mode kept). Raises StoreError on
    any failure (unreadable or unsuitable file, OSError such as ENOSPC/EACCES/EROFS); the
    file is then byte-identical and no temp file is left.
    """
    real = Path(os.path.realpath(path))
    try:
        with store_lock(lock or real.parent):
            _append_locked(Path(path), raw, validate)
    except OSError as exc:
        raise StoreError(f"{_name(Path(path))}: cannot write: {exc.strerror or exc}") from None


def _name(path: Path) -> str:
    from factcli.store.loader import display_name

    return display_name(path)


def _append_locked(path: Path, raw: dict[str, Any], validate: Validator | None) -> None:
    """append_fact's work, for a caller that holds the store's lock."""
    name = _name(path)
    real = Path(os.path.realpath(path))
    try:
        block = fact_yaml(raw)
        check_target(real)
        data = real.read_bytes() if real.exists() else b""
        old, problem = yamlio.decode(data, name)
        if problem or old is None:
            raise StoreError(f"cannot append to {problem}")
        new = _appended(old, block, name)
        with atomic_output(real) as tmp:
            tmp.write_bytes(new.encode("utf-8"))
            problems = validate(tmp) if validate else []
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise StoreError(f"fact not added: {problems[0]}{more}")
    except OSError as exc:
        raise StoreError(f"{name}: cannot write: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:  # a value YAML cannot hold (a set, an object)
        raise StoreError(f"{name}: cannot write this fact as YAML: {exc}") from None


def store_validator(root: Path, target: Path, *, check: Validator | None = None) -> Validator:
    """A `validate` for append_fact: checks the store at `root` with `target` replaced.

    The callback builds a temporary mirror of the store (symlinks; the candidate stands in
    for `target`, which may be new) and runs `check(mirror_root)` (default: the problems of
    `store.read_store`). Problem files and messages are mapped back to the real names.
    """

    def validate(candidate: Path) -> list[Problem]:
        from factcli.store.loader import display_name, read_store, store_files

        files = store_files(root)
        real_target = os.path.realpath(target)
        if real_target not in {os.path.realpath(f) for f in files}:
            files.append(Path(target))
        base = os.path.realpath(root if root.is_dir() else root.parent)
        with tempfile.TemporaryDirectory(prefix="factcli-check-") as mirror:
            names: dict[str, str] = {}
            for file in files:
                rel = os.path.relpath(os.path.realpath(file), base)
                link = Path(mirror, Path(file).name if rel.startswith("..") else rel)
                link.parent.mkdir(parents=True, exist_ok=True)
                src = candidate if os.path.realpath(file) == real_target else file
                link.symlink_to(os.path.abspath(src))
                names[display_name(link)] = display_name(Path(file))
            mirror_root = Path(mirror) if root.is_dir() else Path(mirror, root.name)
            problems = check(mirror_root) if check else read_store(mirror_root)[1]
        out = []
        for p in problems:
            where, message = p.file, p.message
            for fake, real in sorted(names.items(), key=lambda kv: -len(kv[0])):
                where, message = where.replace(fake, real), message.replace(fake, real)
            out.append(Problem(where, p.line, message))
        return out

    return validate
