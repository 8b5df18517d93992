"""factcli.text.records makes the classes `dataclasses` made, as they behaved: the same
constructor, repr, equality, hashes (sets of findings' values keep their order) and
refusals."""

from __future__ import annotations

import dataclasses

import pytest

from factcli.store.verdicts import Evidence, Finding, Verdict
from factcli.text.analysis import Analysis, Clause, Value
from factcli.text.dates import PartialDate
from factcli.text.records import dataclass, field, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class RefPoint:
    x: int
    y: int = 0
    tags: frozenset[str] = frozenset()


@dataclass
class Bag:
    name: str
    items: list[int] = field(default_factory=list)
    seen: bool = False

    def __post_init__(self) -> None:
        self.seen = True


@dataclasses.dataclass
class RefBag:
    name: str
    items: list[int] = dataclasses.field(default_factory=list)
    seen: bool = False

    def __post_init__(self) -> None:
        self.seen = True


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (Point(1), RefPoint(1)),
        (Point(1, 2, frozenset({"a"})), RefPoint(1, 2, frozenset({"a"}))),
        (Point(x=3, y=-1), RefPoint(x=3, y=-1)),
    ],
)
def test_a_frozen_class_equals_hashes_and_prints_as_a_dataclass(ours, theirs):
    assert hash(ours) == hash(theirs)
    assert repr(ours).replace("Point", "RefPoint") == repr(theirs)
    assert ours == replace(ours)
    assert ours != Point(ours.x + 1, ours.y, ours.tags)
    assert ours != theirs  # another class, as between two dataclasses
    assert Point.__match_args__ == RefPoint.__match_args__


def test_a_frozen_class_refuses_changes():
    p = Point(1)
    with pytest.raises(AttributeError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del p.x  # type: ignore[misc]
    assert p.x == 1


def test_a_mutable_class_takes_changes_runs_post_init_and_makes_defaults_anew():
    a, b = Bag("a"), Bag("b")
    a.items.append(1)
    assert b.items == [] and a.items == [1]
    assert a.seen and RefBag("a").seen
    a.name = "c"
    assert repr(a) == repr(RefBag("c", [1], True)).replace("RefBag", "Bag")
    assert a == Bag("c", [1])
    with pytest.raises(TypeError):
        hash(a)  # equal by value and mutable: unhashable, as a dataclass
    assert not hasattr(Bag, "items")  # a factory leaves no class attribute, as dataclasses


def test_constructor_errors_are_those_of_a_function():
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, nonsense=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        replace(Point(1), nonsense=2)


def test_replace_copies_with_changes_and_runs_post_init():
    p = Point(1, 2, frozenset({"a"}))
    assert replace(p, y=5) == Point(1, 5, frozenset({"a"}))
    assert p.y == 2
    with pytest.raises(ValueError, match="day out of range"):
        replace(PartialDate(2024, 2, 29), year=2025)  # validated again, as dataclasses did


def test_the_package_classes_keep_their_value_semantics():
    d = PartialDate(2025, 7)
    assert hash(d) == hash((2025, 7, None)) and d == PartialDate(2025, 7)
    assert PartialDate(2025) < d < PartialDate(2025, 7, 1)  # total_ordering on the made __eq__
    assert repr(d) == "PartialDate(year=2025, month=7, day=None)"
    v = Value("date", "2025년 7월", 0, 9, date=d)
    assert {v, replace(v)} == {v}
    clause = Clause(0, 9, "2025년 7월", "done")
    a = Analysis("2025년 7월", (v,), (clause,))
    assert a.clause_at(3) is clause and a.values[0].date is d
    e = Evidence("f", "agree", "x", "x", 0, 1)
    assert hash(e) == hash(("f", "agree", "x", "x", 0, 1, "", ""))
    f = Finding("t", Verdict.supported, evidence=[e])
    assert f.evidence == [e] and Finding("t", Verdict.supported).evidence == []


def test_inherited_fields_are_refused_rather_than_lost():
    with pytest.raises(TypeError, match="not inherited"):

        @dataclass
        class More(Point):  # type: ignore[misc]
            z: int = 0


@pytest.mark.parametrize("fields", [0, 1, 2])
def test_a_class_of_few_fields_hashes_as_a_dataclass(fields):
    names = ["a", "b"][:fields]
    ours = dataclass(frozen=True)(type("Few", (), {"__annotations__": dict.fromkeys(names, "int")}))
    theirs = dataclasses.dataclass(frozen=True)(
        type("Few", (), {"__annotations__": dict.fromkeys(names, "int")})
    )
    args = list(range(fields))
    assert hash(ours(*args)) == hash(theirs(*args))
    assert repr(ours(*args)) == repr(theirs(*args))
    assert ours(*args) == ours(*args)


def test_an_instance_is_made_by_the_class_own_init_made_at_first_use():
    """The __init__ a class is given makes its own (one exec) at the first instance: every
    instance after goes straight to it, and a subclass's instances are made by it too."""

    @dataclass
    class Point:
        x: int
        y: int = 0

    first_init = Point.__init__
    assert Point(1).y == 0
    made = Point.__init__
    assert made is not first_init and made.__qualname__.endswith("Point.__init__")
    assert Point(2, 3) == Point(2, 3) and Point.__init__ is made

    class Moved(Point):
        pass

    assert Moved(4).x == 4 and Moved.__init__ is made
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()
