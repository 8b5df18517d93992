"""Properties over any input: the loader, search, the checker and the value parsers never crash.

Examples are derandomized (the same on every run) and few enough for the file to run in
seconds; `fuzz/` holds atheris targets for longer, coverage-guided runs of the same code.
"""

from __future__ import annotations

import itertools
import json
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcli.errors import StoreError
from factcli.find.search import search
from factcli.judge.check import check_text
from factcli.store.loader import load_store, read_store
from factcli.store.model import Problem, Store, Verdict
from factcli.text.dates import PartialDate, find_dates
from factcli.text.numerals import parse_number
from factcli.text.quantities import find_quantities
from tests.conftest import BASE_SUBJECTS, TEST_STORE, fact_yaml

SETTINGS = settings(
    max_examples=150,
    deadline=None,  # one slow example on a busy machine is not a failure
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces of store files, good and bad, for text that looks enough like YAML to get past the
# parser now and then: keys, indentation, flow and block syntax, tags, anchors, odd scalars.
YAML_PIECES = [
    "facts:", "subjects:", "sources:", "\n", "\n  ", "\n    ", "- ", "  - ", "id: f1",
    "id: ", "subject: bae", "kind: ", "date", "amount", "count", "value: ", "unit: KRW",
    "date: ", '"2025-07-17"', "2025-02-30", '"2021-13"', "1976-05", "statement: 배경훈은",
    "statement_en: Bae", "tags: [career]", "tags: ", "sources: [{doc: src, quote: 취임}]",
    "doc: src", "quote: ", "start: ", "end: ", "deadline: ", "examples: ", "supports: ",
    "[", "]", "{", "}", ", ", ": ", ":", "? ", "&a ", "*a", "!!python/object:os.system ",
    "!!binary ", "!!set ", "!foo ", "!!str ", "<<: ", "=", "'", '"', "#", "---", "...", "|",
    ">", "\t", "\\e", "\\x9b", ".inf", ".nan", "1e5", "0x1F", "1_000", "190:20:30", "~",
    "null", "yes", "36억9767만", "20만장", "😀", "\u2028", "\x85", "\ufeff", "\x1b",
]  # fmt: skip
yamlish = st.lists(st.sampled_from(YAML_PIECES) | st.text(max_size=8), max_size=40).map("".join)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """A store folder whose fuzz.yaml each example overwrites (hypothesis runs many per test)."""
    with tempfile.TemporaryDirectory(prefix="factcli-props-") as tmp:
        root = Path(tmp, "store")
        root.mkdir()
        (root / "base.yaml").write_text(BASE_SUBJECTS + fact_yaml(), encoding="utf-8")
        yield root


def check_loader(root: Path, data: bytes) -> None:
    (root / "fuzz.yaml").write_bytes(data)
    try:
        store, problems = read_store(root)
    except StoreError:
        return
    assert (store is None) == bool(problems)
    for problem in problems:
        assert isinstance(problem, Problem) and problem.line >= 0
        assert "\n" not in str(problem), str(problem)  # one `file:line: message` per problem
    if store is not None:
        assert store.get("f1") is not None


@SETTINGS
@given(yamlish)
def test_loader_on_yaml_like_text(scratch, text):
    check_loader(scratch, text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.binary(max_size=400))
def test_loader_on_any_bytes(scratch, data):
    check_loader(scratch, data)


@SETTINGS
@given(st.dictionaries(st.sampled_from(sorted(["value", "date", "start", "end", "deadline",
                                              "kind", "unit", "tags", "sources", "approx",
                                              "bound", "id", "subject", "examples"])),
                       st.sampled_from(YAML_PIECES[12:]) | st.text(max_size=12), max_size=4))  # fmt: skip
def test_loader_on_facts_with_odd_fields(scratch, fields):
    text = fact_yaml(**{k: json.dumps(v, ensure_ascii=False) for k, v in fields.items()})
    check_loader(scratch, text.encode("utf-8", "surrogatepass"))


@pytest.fixture(scope="module")
def stores() -> list[Store]:
    """The test store as read from YAML and as read back from its cache."""
    with tempfile.TemporaryDirectory(prefix="factcli-cache-") as tmp:
        mp = pytest.MonkeyPatch()
        mp.setenv("XDG_CACHE_HOME", tmp)
        try:
            load_store(TEST_STORE)  # writes the cache
            cached = load_store(TEST_STORE)
            fresh = load_store(TEST_STORE, use_cache=False)
            ids = [f.id for f in cached.facts]  # read everything while the file is there
        finally:
            mp.undo()
    assert ids == [f.id for f in fresh.facts]
    return [fresh, cached]


texts = st.text(max_size=80) | yamlish | st.sampled_from(["배경훈 취임", "ㅂㄱㅎ", "GPU 20만장"])


@SETTINGS
@given(texts, st.integers(min_value=1, max_value=20))
def test_search_returns_facts_of_the_store(stores, query, limit):
    fresh = stores[0]
    known = {f.id for f in fresh.facts}
    matches = search(fresh, query, limit=limit)
    assert len(matches) <= limit
    assert {m.fact.id for m in matches} <= known
    assert all(m.score >= 0 for m in matches)  # <= 100: see the next test
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)


def test_search_scores_stay_within_0_to_100(stores):
    for query in ("배경훈", "배경훈 취임", "엑사원"):
        assert all(0 <= m.score <= 100 for m in search(stores[0], query)), query


claims = texts | st.lists(
    st.sampled_from(["배경훈은", "2025년", "7월", "17일", "취임했다", "GPU", "30만장", "1976년",
                     "36억9767만 원", "약", "이상", "born in", "1980", "%", ".", ", ", " "]),
    max_size=12,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(claims)
def test_check_text_gives_a_verdict(stores, text):
    for store in stores:
        finding = check_text(store, text)
        assert isinstance(finding.verdict, Verdict)
        known = {f.id for f in store.facts}
        assert set(finding.facts) <= known
        row = finding.to_dict()
        assert row["fact_id"] is None or row["fact_id"] in known
        json.dumps(row, ensure_ascii=False)


numeralish = st.text(
    alphabet="0123456789,.０１２３일이삼사오육칠팔구십백천만억조경년월일생세개명장원달러%약여 -~",
    max_size=30,
)


@SETTINGS
@given(st.text(max_size=60) | numeralish)
def test_find_dates_spans_point_into_the_text(text):
    last = 0
    for mention in find_dates(text):
        assert last <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert isinstance(mention.date, PartialDate)
        last = mention.end


@SETTINGS
@given(st.text(max_size=60) | numeralish)
def test_find_quantities_spans_point_into_the_text(text):
    last = 0
    for quantity in find_quantities(text):
        assert last <= quantity.start <= quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        assert isinstance(quantity.value, Decimal)
        last = quantity.end


@SETTINGS
@given(st.text(max_size=30) | numeralish)
def test_parse_number_raises_only_value_error(text):
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert isinstance(value, Decimal) and value.is_finite()


@pytest.mark.parametrize(
    "text", ["It cost 30 USD 5 years ago.", "가격은 30 USD 5년 전", "$30 USD 5"]
)
def test_find_quantities_never_overlap(text):
    found = find_quantities(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found)), found


JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_DATA, st.sampled_from(["", "  ", "    "]))
def test_indented_json_is_the_text_json_writes(value, margin):
    """render.indented lays out JSON itself (json's indent=2 encoder is pure Python): the
    listings stay byte for byte what json.dumps(indent=2) gives."""
    import json

    from factcli.interfaces.render import indented

    want = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    assert indented(value, margin) == want.replace("\n", "\n" + margin)
