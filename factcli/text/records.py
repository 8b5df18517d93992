"""`dataclass`, `field` and `replace` for plain data classes, without the `dataclasses` module.

`import dataclasses` pulls in `inspect` (and with it `ast`, `dis`, `tokenize`, `copy`...), and
making each class runs a dozen `exec`s: ~10 ms of a `factcli check`'s start-up, more than half
of Python's own. This makes the same classes from the same class bodies, for the part of
`dataclasses` this package uses: fields from the annotations in order, defaults and
`field(default_factory=...)`, `__post_init__`, `frozen=True`; an `__init__`, `__repr__`,
`__eq__` and (frozen) `__hash__` made as `dataclasses` makes them (one `exec` per class), so
instances compare, hash and print as they did. Not supported: inheritance of fields,
`ClassVar`, `InitVar`, `order`, `slots`, keyword-only fields.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    T = TypeVar("T")
else:

    def dataclass_transform(**_options: object) -> object:
        return lambda function: function


__all__ = ["dataclass", "field", "replace"]


class _Factory:
    """A field's default made anew for each instance (`field(default_factory=list)`)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], Any]) -> Any:
    """A field whose default is `default_factory()`, called for each instance."""
    return _Factory(default_factory)


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise AttributeError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise AttributeError(f"cannot delete field {name!r}")


_NO_DEFAULT = object()


def _make(cls: type[T], frozen: bool) -> type[T]:
    if any("__match_args__" in vars(base) for base in cls.__mro__[1:-1]):
        raise TypeError(f"{cls.__name__}: fields are not inherited here")
    names = tuple(vars(cls).get("__annotations__", {}))
    scope: dict[str, Any] = {"_NO_DEFAULT": _NO_DEFAULT}
    params, body = [], []
    for name in names:
        default = vars(cls).get(name, _NO_DEFAULT)
        if isinstance(default, _Factory):
            scope[f"_make_{name}"] = default.make
            delattr(cls, name)  # as dataclasses leaves it: no class attribute
            params.append(f"{name}=_NO_DEFAULT")
            body.append(f"  if {name} is _NO_DEFAULT: {name} = _make_{name}()")
        elif default is not _NO_DEFAULT:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
        else:
            params.append(name)
    # A frozen instance's fields go straight into its __dict__, past the refusing __setattr__.
    store = "  _d = self.__dict__\n" if frozen else ""
    store += "".join(
        f"  _d[{name!r}] = {name}\n" if frozen else f"  self.{name} = {name}\n" for name in names
    )
    post = "  self.__post_init__()\n" if hasattr(cls, "__post_init__") else ""
    values = "".join(f"self.{name}," for name in names)
    others = "".join(f"other.{name}," for name in names)
    shown = ", ".join(f"{name}={{self.{name}!r}}" for name in names)
    source = (
        f"def __init__(self, {', '.join(params)}):\n"
        + "".join(line + "\n" for line in body)
        + (store + post or "  pass\n")
        + f"def __repr__(self):\n  return f'{{self.__class__.__qualname__}}({shown})'\n"
        + "def __eq__(self, other):\n"
        + "  if other.__class__ is self.__class__:\n"
        + f"    return ({values}) == ({others})\n"
        + "  return NotImplemented\n"
        + f"def __hash__(self):\n  return hash(({values}))\n"
    )
    exec(source, scope)  # a source made above from the class's own field names
    own = vars(cls)
    for method in ("__init__", "__repr__", "__eq__"):
        if method not in own:  # as dataclasses: a method the class writes itself stays
            scope[method].__qualname__ = f"{cls.__qualname__}.{method}"
            setattr(cls, method, scope[method])
    # As dataclasses: a frozen class hashes by its fields; a mutable one with __eq__ cannot.
    if "__hash__" not in own or own["__hash__"] is None:
        cls.__hash__ = scope["__hash__"] if frozen else None  # type: ignore[assignment]
    if frozen:
        cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign,assignment]
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    return cls


@dataclass_transform(field_specifiers=(field,))
def dataclass(cls: type[T] | None = None, /, *, frozen: bool = False) -> Any:
    """`@dataclass` or `@dataclass(frozen=True)`, as `dataclasses.dataclass` makes them."""
    if cls is None:
        return lambda c: _make(c, frozen)
    return _make(cls, frozen)


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of a data class instance with some fields changed (`dataclasses.replace`)."""
    for name in obj.__match_args__:  # type: ignore[attr-defined]
        if name not in changes:
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)
