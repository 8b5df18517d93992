"""The bundled store against its sources: facts are sacred."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.text.dates import find_dates, parse_iso
from factcli.text.korean import nfc

SEEDS = Path(__file__).parent / "data" / "seeds"


def _seed(doc: str) -> str:
    return nfc((SEEDS / f"{doc}.txt").read_text(encoding="utf-8"))


def test_every_source_has_its_text_here(bundled):
    for source in bundled.sources:
        assert (SEEDS / f"{source}.txt").is_file(), source


def test_every_quote_is_verbatim(bundled):
    missing = [
        (fact.id, ref.quote)
        for fact in bundled.facts
        for ref in fact.sources
        if " ".join(ref.quote.split()) not in " ".join(_seed(ref.doc).split())
    ]
    assert missing == []


def test_numeric_values_match_their_quotes(bundled):
    """A typed value must be a number its quote states (a few are derived: their note says how)."""
    from factcli.judge.validate import check_values_stated

    assert check_values_stated(bundled) == []


def _context(doc: str, quote: str, before: int = 2) -> str:
    """The paragraph holding a quote and the `before` paragraphs ahead of it."""
    paragraphs = [p for p in _seed(doc).split("\n") if p.strip()]
    squeezed = " ".join(quote.split())
    for i, para in enumerate(paragraphs):
        if squeezed in " ".join(para.split()):
            return "\n".join(paragraphs[max(0, i - before) : i + 1])
    return quote


def _published(store, doc: str):  # type: ignore[no-untyped-def]
    date = store.sources[doc].date
    return parse_iso(date).first_day() if date else None


def test_dates_are_stated_near_their_quotes(bundled):
    """A fact's date is stated in its quote or the paragraphs leading to it, or its note says how."""
    wrong = []
    for fact in bundled.facts:
        if not fact.date or fact.note:
            continue
        want = parse_iso(fact.date)
        mentioned = [
            m.date
            for ref in fact.sources
            for m in find_dates(
                _context(ref.doc, ref.quote), reference=_published(bundled, ref.doc)
            )
        ]
        if not any(d.year == want.year and d.agrees(want) for d in mentioned if d.year):
            wrong.append((fact.id, fact.date))
    assert wrong == []


@pytest.mark.parametrize(
    ("fact_id", "value"),
    [
        ("assets-total", 3697670000),
        ("policy-gpu-target-2028", 50000),
        ("policy-gpu-target-2030", 200000),
    ],
)
def test_key_values(bundled, fact_id, value):
    assert bundled.get(fact_id).value == value


def test_disagreements_are_recorded_both_ways(bundled):
    """Where the article contradicts itself, both facts exist and each note names the other."""
    a, b = bundled.get("apartment-contract-mar-5"), bundled.get("apartment-contract-after-loan")
    assert a and b and a.note and b.note
    assert b.id in a.note and a.id in b.note


# What the facts mean (issue 10): who, how sure, when said, which quantity.

# The article's own verbs decide a status: a fact's quote (or the paragraph holding it) says so.
STATUS_WORDS = {
    "considering": ("고민", "검토"),
    "expected": ("전망", "예상", "것으로 보고", "예정", "할 것", "될 것", "기대"),
    "planned": ("방침", "계획", "겠", "할 것", "예정", "고자", "싶다"),
    "decided": ("하기로",),
    "conditional": ("하면", "라면", "위해서는"),
    "alleged": ("의혹", "지적"),
    "denied": (
        "해명",
        "부인",
        "아니",
        "알지 못했",
        "승인",
        "요구한 것은",
        "문제는 없다",
        "3월5일 체결",
    ),
    "proposed": ("건의", "요구"),
}


def test_every_status_is_one_the_article_words_give(bundled):
    wrong = []
    for fact in bundled.facts:
        if fact.status is None:
            continue
        words = STATUS_WORDS[fact.status]
        texts = [_context(ref.doc, ref.quote, before=0) for ref in fact.sources]
        if not any(w in text for w in words for text in texts):
            wrong.append((fact.id, fact.status))
    assert wrong == []


def test_policy_facts_say_when_they_were_stated(bundled):
    """Every fact from the press-conference article has a `stated` date, or a note saying why not."""
    missing = [
        f.id
        for f in bundled.facts
        if any(r.doc == "asiatoday-2025-09-14" for r in f.sources)
        and not f.stated
        and "stated" not in (f.note or "")
    ]
    assert missing == []
    said = [f for f in bundled.facts if f.actor == "bae-kyung-hoon" and f.stated]
    assert sum(f.stated == "2025-09-12" for f in said) >= 20


def test_the_gpu_figures_keep_the_speakers_certainty_and_replace_nothing(bundled):
    plan, goal = bundled.get("policy-gpu-target-2030"), bundled.get("policy-gpu-target-2028")
    assert (plan.status, plan.stated, plan.supersedes) == ("considering", "2025-09-12", None)
    assert goal.status == "decided" and goal.superseded_by is None
    assert "고민" in plan.sources[0].quote and "firmer" in plan.note
    share = bundled.get("policy-gpu-government-share")
    assert share.status == "conditional"
    assert not any("제시했다" in s or "공급하기로" in s for s in share.examples.get("supports", ()))
    assert any("공급하기로" in s for s in share.examples["misleading"])
    assert [f.id for f in bundled.facts if f.supersedes] == []


def test_the_deputy_pm_upgrade_is_scheduled_at_the_earliest_for_october(bundled):
    fact = bundled.get("msit-deputy-pm-upgrade-timing")
    assert (fact.date, fact.bound, fact.status) == ("2025-10", "min", "planned")
    assert "이르면" in fact.sources[0].quote


def test_a_range_is_a_range(bundled):
    fact = bundled.get("controversy-apartment-price-range")
    assert (fact.bound, fact.value, fact.value_max) == ("range", 4000000000, 5000000000)
    assert "40억 원대" in fact.sources[0].quote


def test_actors_are_who_did_or_said_it(bundled):
    assert bundled.get("exaone-3-0-release").actor == "lg-ai-research"
    nomination = bundled.get("minister-nomination-2025-06-23")
    assert (
        nomination.actor == "lee-jae-myung" and "강훈식" not in nomination.statement.split("은")[0]
    )
    assert bundled.get("minister-nomination-kang-remarks").actor == "kang-hoon-sik"
    assert bundled.get("lgai-investment").actor == "lg-group"
    assert "16개" in bundled.get("lgai-investment").statement
    for fact in bundled.facts:
        assert fact.actor is None or fact.actor in bundled.subjects


def test_rules_of_the_law_are_not_facts_about_his_parents(bundled):
    for fid in ("parents-deduction-rule-age", "parents-deduction-rule-income"):
        assert bundled.get(fid).subject == "income-tax-act"


def test_a_model_year_is_not_a_date(bundled):
    car = bundled.get("assets-vehicle-model-year")
    assert car.kind == "text" and car.value == "2010년식 제네시스"
    assert (car.date, car.start, car.when) == (None, None, None)
    assert not any(f.when == "2010" for f in bundled.facts)


def test_his_past_positions_end(bundled):
    """Only the current post is open; every derived end says so in its note."""
    open_posts = [
        f.id
        for f in bundled.facts
        if f.kind == "position" and f.subject == "bae-kyung-hoon" and not f.end
    ]
    assert open_posts == ["career-minister-msit-2025"]
    for f in bundled.facts:
        if f.kind == "position" and f.end and f.subject == "bae-kyung-hoon":
            stated = any(f.end[:4] in ref.quote for ref in f.sources)
            assert stated or "end derived" in (f.note or ""), f.id
            if f.start:
                assert parse_iso(f.end).last_day() >= parse_iso(f.start).first_day(), f.id


def test_the_facts_the_review_found_missing_are_there(bundled):
    for fid in (
        "ha-jung-woo-ai-future-secretary",
        "ha-jung-woo-from-naver",
        "minister-inauguration-bouquet",
        "minister-inauguration-staff-questions",
        "controversy-hearing-office-remarks-2025-06-30",
        "controversy-sold-previous-home",
        "controversy-no-prior-information-denied",
        "policy-foundation-model-open-source-purpose",
        "rnd-budget-cut-yoon-government",
        "samsung-thales-joint-venture",
        "policy-smr-aims",
        "industry-requests-ai-investment",
    ):
        assert bundled.get(fid) is not None, fid
    assert bundled.get("minister-inauguration-bouquet").actor == "jung-hyun-seok"
    assert bundled.get("controversy-no-prior-information-denied").status == "denied"


def test_the_daughters_securities_note_the_sale(bundled):
    for fid in ("assets-daughter-securities", "assets-daughter-total"):
        assert "controversy-daughter-stocks-sold" in bundled.get(fid).note
