"""views.fact_json writes a fact as render.json_block writes its to_dict(), byte for byte,
and the listings that use it print what they printed before."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks import gen_store
from factcli.interfaces.render import json_block
from factcli.interfaces.views import fact_json
from factcli.store.loader import load_store
from factcli.store.model import Fact, SourceRef

MARGINS = ("", "  ", "    ")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("json") / "store"
    gen_store.generate(1500, root, seed=9, per_file=500)
    return root


def test_every_fact_of_two_stores(generated):
    for root in (None, generated):
        for fact in load_store(root, use_cache=False).facts:
            for margin in MARGINS:
                assert fact_json(fact, margin) == json_block(fact.to_dict(), margin), fact.id


ODD_TEXT = [
    "NUL \x00 and tab \t, CR \r, LF \n",
    'quote " backslash \\ slash /',
    "DEL \x7f, C1 \x9b[31m, bidi \u202e, zero-width \u200b, BOM \ufeff, LS \u2028",
    "tag characters \U000e0041\U000e007f, emoji 🇰🇷, hangul 배경훈",
    "percent %s %d %% and a lone brace {",
    "\ue000 0 \ue001, a template's own marks",
    "",
]

ODD_VALUES = [0, -1, 10**40, 1.5, 1e300, float("nan"), float("inf"), True, False, None, "이상"]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_text_that_must_be_escaped(bundled, text):
    fact = bundled.facts[0].replace(
        statement=text,
        note=text,
        tags=(text, "x"),
        sources=(SourceRef(text, text), SourceRef("d", text)),
        superseded_by=text,
    )
    for margin in MARGINS:
        assert fact_json(fact, margin) == json_block(fact.to_dict(), margin)


@pytest.mark.parametrize("value", ODD_VALUES)
def test_values_of_every_kind(bundled, value):
    fact = bundled.facts[0].replace(value=value, value_max=value, approx=value)
    assert fact_json(fact, "  ") == json_block(fact.to_dict(), "  ")


@pytest.mark.parametrize(
    "changes",
    [
        {"value": Decimal("1.50")},  # not a JSON scalar: json_block's way (as text)
        {"value": [1, [2, "x"]]},
        {"value": {"a": 1}},
        {"tags": ()},
        {"sources": ()},
        {"tags": tuple(f"t{i}" for i in range(40)), "sources": (SourceRef("a", "b"),) * 7},
        {"tags": (1, None)},
        {"tags": "abc"},  # a string where a tuple belongs: to_dict lists its letters
    ],
)
def test_shapes_and_values_json_block_lays_out_its_own_way(bundled, changes):
    fact = bundled.facts[0].replace(**changes)
    for margin in MARGINS:
        assert fact_json(fact, margin) == json_block(fact.to_dict(), margin)


def test_a_subclass_of_a_scalar_is_written_as_json_block_writes_it(bundled):
    class Name(str):
        pass

    fact = bundled.facts[0].replace(statement=Name("배경훈"))
    assert fact_json(fact) == json_block(fact.to_dict())


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "-f", "json"],
        ["list", "--all", "--sort", "id", "-f", "json"],
        ["list", "--kind", "amount", "-f", "json"],
        ["timeline", "--all", "-f", "json"],
        ["stale", "-f", "json"],
    ],
)
def test_listings_print_the_json_of_the_facts(cli, generated, argv):
    """The JSON of every listing is json.dumps(rows, indent=2) of the facts' to_dict(), with
    the cache as without it."""
    got = cli(*argv, store=generated)
    want = cli("--no-cache", *argv, store=generated)
    assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, want.stderr)
    rows = json.loads(got.stdout)
    assert rows
    # The generated store holds no character render escapes beyond JSON: json.dumps's text.
    assert got.stdout == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    expected = {f.id: f.to_dict() for f in load_store(generated, use_cache=False).facts}
    assert all(row == expected[row["id"]] for row in rows)


def test_export_json_is_unchanged(cli, generated, tmp_path):
    out = tmp_path / "facts.json"
    assert cli("export", "-f", "json", "-o", str(out), store=generated).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert out.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    facts = load_store(generated, use_cache=False).facts
    assert data["facts"] == [f.to_dict() for f in facts]
    assert isinstance(facts[0], Fact)
