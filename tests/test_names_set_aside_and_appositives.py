"""A name set aside for the one given (the twenty-eighth session): 'the Silver Tower order,
not the Gold Tower order', 'rather than …', '금탑이 아니라 은탑산업훈장을' judge the name given,
not the one set aside; an English appositive (Bae Kyung-hoon, a Kwangwoon University graduate,
became …) is a claim of its own beside the main clause; may/might tell of a possibility, no
firmer than 'considering'; only/about/copula endings (이곳뿐이다, 연말쯤이면, 재학이었다고)
leave the noun. Through the CLI, and the pure reading of words."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.terms import analyze


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Bae won the Silver Tower order, not the Gold Tower order, in 2023.", "supported"),
        ("Bae won the Gold Tower order, not the Silver Tower order, in 2023.", "contradicted"),
        ("배경훈은 2023년 금탑이 아니라 은탑산업훈장을 받았다.", "supported"),
        ("배경훈은 2023년 은탑이 아니라 금탑산업훈장을 받았다.", "contradicted"),
        (
            "Bae received the Silver Tower order in 2023 rather than the Gold Tower order.",
            "supported",
        ),
        ("Bae was born in Seoul, not Busan.", "supported"),
        ("Bae was born in Busan, not Seoul.", "contradicted"),
    ],
)
def test_a_name_set_aside_is_no_claim(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_a_denial_after_a_comma_is_kept(cli) -> None:
    claim = (
        "Bae said he moved only because it was time to, after living in his previous home "
        "for 10 years, not on any inside information."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Bae Kyung-hoon, a Kwangwoon University graduate, became science minister in July 2025.",
         "supported"),
        ("Bae Kyung-hoon, a Seoul National University graduate, became science minister in July "
         "2025.", "contradicted"),
        ("Bae Kyung-hoon, a Kwangwoon University graduate, became science minister in July 2024.",
         "contradicted"),
    ],
)  # fmt: skip
def test_an_appositive_is_judged_beside_the_main_clause(cli, claim: str, want: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if want == "contradicted":
        found = out["evidence"][0]
        assert claim[found["span"][0] : found["span"][1]] == found["found"]


@pytest.mark.parametrize(
    "claim",
    [
        "The ministry may build 200,000 GPUs by 2030; it is still weighing how to do so.",
        "The ministry may raise its GPU goal to 200,000 by 2030.",
    ],
)
def test_may_is_a_possibility(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_might_is_no_overstatement(cli) -> None:
    # (supported until the 38th session; its words now weigh 0.399 against the bar of 0.40
    # for a fact agreeing with two figures, since a fact of the same remark was curated: the
    # point here is that "might" is not read as firmer than "considering")
    out = verdict(
        cli, "The ministry might build 200,000 GPUs by 2030, but it is only considering the idea."
    )
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_a_firm_decision_is_still_overstated(cli) -> None:
    out = verdict(cli, "The ministry has decided to build 200,000 GPUs by 2030.")
    assert out["verdict"] == "misleading"
    assert out["reason"] == "certainty"


@pytest.mark.parametrize(
    ("word", "terms"),
    [
        ("이곳뿐이다", ["이곳"]),
        ("LG AI연구원뿐이다", ["lg", "ai", "연구원"]),
        ("하나뿐이었다", ["하나"]),
        ("연말쯤이면", ["연말"]),
        ("연말께", ["연말"]),
        ("재학이었다고", ["재학"]),
    ],
)
def test_only_about_and_the_copula_leave_the_noun(word: str, terms: list[str]) -> None:
    assert analyze(word) == terms


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배경훈은 LG전자에서 AI플랫폼담당 상무로 일했다.", "LG전자", "LG유플러스"),
        ("배경훈은 SK텔레콤에서 AI기술본부장을 역임했다.", "SK텔레콤", "LG유플러스"),
    ],
)
def test_a_post_at_another_employer_is_contradicted(
    cli, claim: str, found: str, expected: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["evidence"][0]["found"], out["evidence"][0]["expected"]) == (found, expected)


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 LG유플러스에서 AI플랫폼담당 상무로 일했다.",
        "배경훈은 2019년 LG전자 LG사이언스파크 AI담당 상무로 자리를 옮겼다.",
        "배경훈은 LG유플러스 AI기술본부장을 역임했다.",
    ],
)
def test_a_post_at_its_employer_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
