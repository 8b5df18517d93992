"""Safe YAML reading with line numbers: no tags, no aliases, no duplicate keys."""

from __future__ import annotations

from typing import Any

import yaml

from factcli.model import Problem

try:  # libyaml is ~10x faster; the pure-Python loader gives the same results.
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader

MAX_FILE_BYTES = 32 * 1024 * 1024


class LineDict(dict):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class _Loader(_Base):  # type: ignore[misc,valid-type]
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias reuses a node already built: refusing it defeats "billion laughs".
        if node in self.constructed_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed in a store", node.start_mark
            )
        return super().construct_object(node, deep=deep)


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


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> list[Any]:
    return [loader.construct_object(child, deep=True) for child in node.value]


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def decode(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """Bytes of a store file -> text, or the problem that stops it being read."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None, Problem(name, 1, "file starts with a byte-order mark; save it as UTF-8 without BOM")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, Problem(name, line, "binary data (NUL byte); not a YAML text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(name, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
    for number, row in enumerate(text.splitlines(), 1):
        indent = row[: len(row) - len(row.lstrip(" \t"))]
        if "\t" in indent:
            return None, Problem(name, number, "tab in indentation; indent YAML with spaces")
    return text, None


def parse(text: str, name: str) -> tuple[Any, Problem | None]:
    """YAML text -> data (LineDicts and lists), or the problem with its line."""
    loader = _Loader(text)
    try:
        return loader.get_single_data(), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in what:
            what = "YAML tags such as !!python/object are not allowed (safe YAML only)"
        return None, Problem(name, line, f"YAML error: {what}")
    except yaml.YAMLError as exc:
        return None, Problem(name, 0, f"YAML error: {exc}")
    finally:
        loader.dispose()
