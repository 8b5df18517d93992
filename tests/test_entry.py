"""The fast path and the full CLI give the same answers for the calls the fast path takes."""

from __future__ import annotations

import pytest

from factcli.interfaces.entry import fast_path
from tests.conftest import TEST_STORE


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "bae-birth"],
        ["get", "assets-total", "-f", "json"],
        ["get", "assets-total", "--field", "value"],
        ["get", "assets-total", "--field=tags"],
        ["get", "assets-totl"],
        ["get", "assets-total", "--field", "nope"],
        ["search", "배경훈", "취임", "-f", "json"],
        ["search", "GPU", "20만장", "--limit", "1", "--format=csv"],
        ["search", "올림픽", "-n", "3"],
        ["--no-cache", "search", "엑사원"],
    ],
)
def test_same_output_both_ways(cli, argv, monkeypatch):
    assert fast_path(["--store", str(TEST_STORE), *argv]) is not None
    fast = cli(*argv)
    monkeypatch.setattr("factcli.interfaces.entry.fast_path", lambda _argv: None)
    full = cli(*argv)
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["get", "--help"],
        ["get"],
        ["get", "a", "b"],
        ["search", "x", "--kind", "date"],
        ["search", "x", "-f", "html"],
        ["search", "x", "-n", "0"],
        ["search", "x", "-n"],
        ["list"],
        ["--version"],
        [],
    ],
)
def test_anything_else_goes_to_the_full_cli(argv):
    assert fast_path(argv) is None
