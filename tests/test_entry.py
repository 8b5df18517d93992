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


# --- the fast path and the Typer CLI parse argv the same way (issue 11) ---------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TOKENS = [
    "get",
    "search",
    "bae-birth",
    "assets-total",
    "취임",
    "엑사원",
    "x",
    "",
    " ",
    "-",
    "--",
    "-n",
    "-n3",
    "-n=3",
    "--limit",
    "--limit=2",
    "--limit=",
    "--limit= 2",
    "3",
    " 2",
    "0",
    "²",
    "⁵",
    "③",
    "٣",
    "1_0",
    "+2",
    "-f",
    "-fjson",
    "-f=json",
    "--format",
    "--format=csv",
    "json",
    "yaml",
    "plain",
    "JSON",
    "--field",
    "--field=value",
    "value",
    "approx",
    "tags",
    "--no-cache",
    "--no-cache=1",
    "--color",
    "--color=never",
    "always",
    "never",
    "pink",
    "--store",
    f"--store={TEST_STORE}",
    str(TEST_STORE),
    "--kind",
    "-h",
    "--help",
]


def both_ways(cli, monkeypatch, argv):  # type: ignore[no-untyped-def]
    fast = cli(*argv, store=None)
    with monkeypatch.context() as m:
        m.setattr("factcli.interfaces.entry.fast_path", lambda _argv: None)
        full = cli(*argv, store=None)
    return fast, full


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "-n", "²"],
        ["search", "x", "-n", "⁵"],
        ["search", "x", "--limit=③"],
        ["search", "취임", "-n=3"],
        ["search", "취임", "-n3", "-f=json"],
        ["search", "취임", "-f=json"],
        ["search", "취임", "--limit=", "2"],
        ["search", "취임", "--limit= 2", "-f", "json"],
        ["search", "취임", "-n", " 2", "-f", "json"],
        ["search", "--", "-n", "3"],
        ["get", "bae-birth", "--field="],
        ["get", "bae-birth", "--store", str(TEST_STORE), "--no-cache", "-f", "json"],
        ["search", "취임", "--color", "never", "-n", "1"],
    ],
)
def test_tricky_argv_same_both_ways(cli, monkeypatch, argv):
    argv = ["--store", str(TEST_STORE), *argv]
    fast, full = both_ways(cli, monkeypatch, argv)
    assert "Traceback" not in fast.stderr and "internal error" not in fast.stderr
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


OPTIONS = ["-n", "--limit", "-f", "--format", "--field", "--store", "--color", "--no-cache"]
VALUES = ["3", " 2", "", "0", "-1", "²", "⁵", "③", "٣", "+2", "1_0", "=3", "json", "=json",
          "yaml", "csv", "JSON", "value", "approx", "never", "always", str(TEST_STORE)]  # fmt: skip


@st.composite
def option(draw: st.DrawFn) -> list[str]:
    """An option with a value, written any way Click reads: `-n 3`, `-n3`, `--limit=3`..."""
    name = draw(st.sampled_from(OPTIONS))
    value = draw(st.sampled_from(VALUES))
    form = draw(st.sampled_from(["apart", "joined", "equals", "bare"]))
    if form == "bare":
        return [name]
    if form == "apart":
        return [name, value]
    if form == "joined" and not name.startswith("--"):
        return [name + value]
    return [f"{name}={value}"]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(["get", "search"]),
    parts=st.lists(
        st.one_of(option(), st.lists(st.sampled_from(TOKENS), min_size=1, max_size=1)),
        max_size=4,
    ),
    lead=st.lists(st.sampled_from(["--no-cache", "--color", "never", "--store"]), max_size=2),
)
def test_generated_argv_same_both_ways(cli, monkeypatch, command, parts, lead):
    word = ["bae-birth"] if command == "get" else ["취임"]
    argv = ["--store", str(TEST_STORE), *lead, command, *word, *(t for p in parts for t in p)]
    fast, full = both_ways(cli, monkeypatch, argv)
    assert "Traceback" not in fast.stderr and "internal error" not in fast.stderr
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)
