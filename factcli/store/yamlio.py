"""Safe YAML reading with line numbers: no tags, no aliases, no duplicate keys."""

from __future__ import annotations

from typing import Any

import yaml

from factcli.store.model import Problem

try:  # libyaml is ~10x faster; the pure-Python loader gives the same results.
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader

MAX_FILE_BYTES = 32 * 1024 * 1024


class LineDict(dict):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):  # type: ignore[type-arg]
    """A list that remembers the line it starts on and the line of each item."""

    line: int = 0
    item_lines: list[int]


MAX_DEPTH = 64  # a store nests about 5 levels deep; a deeper file is junk or an attack
MAX_INT_DIGITS = 64  # beyond this an int is junk (and past 4300 digits str() raises)
_TAG = "tag:yaml.org,2002:"
_NESTED: dict[type, str] = {yaml.MappingNode: _TAG + "map", yaml.SequenceNode: _TAG + "seq"}


def _error(node: yaml.Node, message: str) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, message, node.start_mark)


class _Loader(_Base):  # type: ignore[misc,valid-type]
    depth = 0

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias reuses a node already built: refusing it defeats "billion laughs".
        if node in self.constructed_objects:
            raise _error(node, "YAML aliases (*name) are not allowed in a store")
        if node.tag != self._implicit_tag(node):  # an explicit tag: !!python/object, !!set, !!int x
            tag = node.tag.replace(_TAG, "!!", 1)
            raise _error(node, f"YAML tags such as {tag} are not allowed (safe YAML only)")
        if self.depth >= MAX_DEPTH:
            raise _error(node, f"nested more than {MAX_DEPTH} levels deep")
        self.depth += 1
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            # What a constructor cannot build is the file's problem, not a crash.
            what = repr(node.value[:40]) if isinstance(node.value, str) else "this value"
            raise _error(node, f"cannot read {what}: {exc}") from None
        finally:
            self.depth -= 1

    def _implicit_tag(self, node: yaml.Node) -> str:
        """The tag the node would have without an explicit one."""
        if isinstance(node, yaml.ScalarNode):
            return str(self.resolve(yaml.ScalarNode, node.value, (not node.style, False)))
        return _NESTED.get(type(node), "")


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be plain text", key_node.start_mark
            )
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    # Checked before int() runs: past 4300 digits it raises, and 1:2:3:... (base 60) grows fast.
    if len(node.value) > 2 * MAX_INT_DIGITS:
        raise _error(node, f"number too long ({len(node.value)} characters)")
    value: int = loader.construct_yaml_int(node)
    if abs(value) >= 10**MAX_INT_DIGITS:
        raise _error(node, f"number too large (more than {MAX_INT_DIGITS} digits)")
    return value


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    # An unquoted 2025-02-30 is not a date: keep the text, for the schema to say so by field.
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return node.value


def _construct_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    # PyYAML reads a plain `=` or `<<` as a special tag with no safe constructor: it is text.
    return str(node.value)


_Loader.add_constructor(_TAG + "map", _construct_map)
_Loader.add_constructor(_TAG + "seq", _construct_seq)
_Loader.add_constructor(_TAG + "int", _construct_int)
_Loader.add_constructor(_TAG + "timestamp", _construct_timestamp)
_Loader.add_constructor(_TAG + "value", _construct_text)
_Loader.add_constructor(_TAG + "merge", _construct_text)


def decode(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """Bytes of a store file -> text, or the problem that stops it being read."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None, Problem(
            name, 1, "file starts with a byte-order mark; save it as UTF-8 without BOM"
        )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, Problem(name, line, "binary data (NUL byte); not a YAML text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(
            name, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        )
    if "\t" not in text:  # the common case, without a look at each of 2 million lines
        return text, None
    for number, row in enumerate(text.splitlines(), 1):
        indent = row[: len(row) - len(row.lstrip(" \t"))]
        if "\t" in indent:
            return None, Problem(name, number, "tab in indentation; indent YAML with spaces")
    return text, None


def parse(text: str, name: str) -> tuple[Any, Problem | None]:
    """YAML text -> data (LineDicts and LineLists), or the problem with its line."""
    loader = _Loader(text)
    try:
        return loader.get_single_data(), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in what:
            tag = what.rsplit(" ", 1)[-1].strip("'").replace(_TAG, "!!", 1)
            what = f"YAML tags such as {tag} are not allowed (safe YAML only)"
        return None, Problem(name, line, f"YAML error: {what}")
    except yaml.reader.ReaderError as exc:  # a character YAML refuses (a raw control character)
        char = chr(exc.character) if isinstance(exc.character, int) else ""
        line = text[: text.index(char)].count("\n") + 1 if char and char in text else 0
        what = f"character U+{exc.character:04X} is not allowed" if char else exc.reason
        return None, Problem(
            name, line, f"YAML error: {what} (write it as an escape in double quotes)"
        )
    except yaml.YAMLError as exc:
        return None, Problem(name, 0, "YAML error: " + " ".join(str(exc).split()))
    except RecursionError:  # the pure-Python parser nests on the C stack; MAX_DEPTH guards the rest
        return None, Problem(name, 1, "YAML error: nested too deeply")
    finally:
        loader.dispose()
