"""A large new cache is built with glibc's malloc keeping freed memory (factcli.store.heap),
and its defaults are back once the build is done; nothing else touches them."""

from __future__ import annotations

import platform
import sys

import pytest

from factcli.store import heap
from tests.test_cache_incremental import edit, facts_of, generated, store  # noqa: F401

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """What mallopt is asked, in order (none of it reaches glibc)."""
    asked: list[tuple[int, int]] = []

    def mallopt(param: int, value: int) -> int:
        asked.append((param, value))
        return 1

    monkeypatch.setattr(heap, "_MALLOPT", [mallopt])
    return asked


def test_roomy_sets_every_knob_and_restore_puts_the_defaults_back(calls):
    assert heap.roomy(heap.MIN_BYTES)
    assert calls == list(heap.ROOMY.items())
    calls.clear()
    heap.restore()
    assert calls == list(heap.DEFAULTS.items())


def test_a_small_build_leaves_malloc_alone(calls):
    assert not heap.roomy(heap.MIN_BYTES - 1)
    assert calls == []


def test_without_mallopt_nothing_is_done(monkeypatch):
    monkeypatch.setattr(heap, "_MALLOPT", [None])
    assert not heap.roomy(heap.MIN_BYTES)
    heap.restore()  # and no error


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_glibc_takes_the_values():
    """mallopt says 0 for a value it refuses (M_MXFAST above its maximum): every value set,
    and every default put back, is taken."""
    mallopt = heap._find_mallopt()
    assert mallopt is not None
    try:
        assert all(mallopt(param, value) == 1 for param, value in heap.ROOMY.items())
        assert mallopt(1, 1 << 20) == 0  # M_MXFAST: refused, and said so
    finally:
        assert all(mallopt(param, value) == 1 for param, value in heap.DEFAULTS.items())


def test_a_new_cache_is_built_roomy_and_an_update_is_not(cli, store, calls, monkeypatch):  # noqa: F811
    monkeypatch.setattr(heap, "MIN_BYTES", 1)  # the test's store is small
    assert cli("stats", store=store).exit_code == 0  # a new cache: set, then put back
    assert calls == [*heap.ROOMY.items(), *heap.DEFAULTS.items()]
    calls.clear()
    assert cli("stats", store=store).exit_code == 0  # warm
    name = "facts-0002.yaml"
    edit(store / name, facts_of(store, name)[0], "an-edited-id")
    assert cli("stats", store=store).exit_code == 0  # updated in place
    assert calls == []


def test_a_failed_build_puts_the_defaults_back_too(cli, store, calls, monkeypatch):  # noqa: F811
    from factcli.store import cache

    monkeypatch.setattr(heap, "MIN_BYTES", 1)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(cache, "_apply", broken)
    with pytest.raises(KeyboardInterrupt):
        cache.load(store)
    assert calls == [*heap.ROOMY.items(), *heap.DEFAULTS.items()]
