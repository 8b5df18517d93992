"""`dataclass`, `field` and `replace` for plain data classes, without the `dataclasses` module.

`import dataclasses` pulls in `inspect` (and with it `ast`, `dis`, `tokenize`, `copy`...), and
making each class runs a dozen `exec`s: ~10 ms of a `factcli check`'s start-up, more than half
of Python's own. This makes the same classes from the same class bodies, for the part of
`dataclasses` this package uses: fields from the annotations in order, defaults and
`field(default_factory=...)`, `__post_init__`, `frozen=True`; an `__init__` (one `exec` per
class, as fast as a dataclass's), `__repr__`, `__eq__` and (frozen) `__hash__` that work as
those of `dataclasses` do, so instances compare, hash and print as they did. Not supported: inheritance of fields,
`ClassVar`, `InitVar`, `order`, `slots`, keyword-only fields.
"""

from __future__ import annotations

import operator

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


# repr, == and hash are these functions, shared by every class; each class's own
# `_record_values` (an attrgetter: C) reads its fields as the tuple a dataclass compares and
# hashes. Only __init__ is made per class, in one `exec`: ~0.1 ms a class, where the four
# methods cost ~0.3 ms (and dataclasses several times that).
def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{name}={value!r}"
        for name, value in zip(self.__match_args__, self._record_values(self), strict=True)
    )
    return f"{self.__class__.__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return self._record_values(self) == self._record_values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self._record_values(self))


def _make(cls: type[T], frozen: bool) -> type[T]:
    if any("__match_args__" in vars(base) for base in cls.__mro__[1:-1]):
        raise TypeError(f"{cls.__name__}: fields are not inherited here")
    names = tuple(vars(cls).get("__annotations__", {}))
    scope: dict[str, Any] = {"_NO_DEFAULT": _NO_DEFAULT}
    params, lines = [], []
    for name in names:
        default = vars(cls).get(name, _NO_DEFAULT)
        if isinstance(default, _Factory):
            scope[f"_make_{name}"] = default.make
            delattr(cls, name)  # as dataclasses leaves it: no class attribute
            params.append(f"{name}=_NO_DEFAULT")
            lines.append(f"if {name} is _NO_DEFAULT: {name} = _make_{name}()")
        elif default is not _NO_DEFAULT:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
        else:
            params.append(name)
    if frozen:  # the fields go straight into __dict__, past the refusing __setattr__
        lines += ["_d = self.__dict__", *(f"_d[{name!r}] = {name}" for name in names)]
    else:
        lines += [f"self.{name} = {name}" for name in names]
    if hasattr(cls, "__post_init__"):
        lines.append("self.__post_init__()")
    body = "".join(f"  {line}\n" for line in lines) or "  pass\n"
    source = f"def __init__(self, {', '.join(params)}):\n{body}"  # from the field names
    own = vars(cls)
    if len(names) > 1:
        cls._record_values = operator.attrgetter(*names)  # type: ignore[attr-defined]
    else:  # attrgetter of one name gives the value itself, not a 1-tuple
        few = staticmethod(lambda obj: tuple(getattr(obj, n) for n in names))
        cls._record_values = few  # type: ignore[attr-defined]
    methods = {"__init__": _first_init(cls, source, scope), "__repr__": _repr, "__eq__": _eq}
    for method, function in methods.items():
        if method not in own:  # as dataclasses: a method the class writes itself stays
            setattr(cls, method, function)
    # As dataclasses: a frozen class hashes by its fields; a mutable one with __eq__ cannot.
    if "__hash__" not in own or own["__hash__"] is None:
        cls.__hash__ = _hash if frozen else None  # type: ignore[assignment]
    if frozen:
        cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign,assignment]
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    return cls


def _first_init(cls: type, source: str, scope: dict[str, Any]) -> Callable[..., None]:
    """An __init__ that makes the class's own (one `exec`) the first time an instance is
    made, puts it in its place and runs it: a class no command makes an instance of (most,
    in a claim's check) costs no `exec`."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        made: Any = vars(cls).get("__init__")
        if made is __init__:
            exec(source, scope)
            made = scope["__init__"]
            made.__qualname__ = f"{cls.__qualname__}.__init__"
            type.__setattr__(cls, "__init__", made)
        made(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


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
