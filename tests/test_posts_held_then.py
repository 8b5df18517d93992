"""A post said to be held at a time, and other details a figure does not carry (the
twenty-sixth session): a year inside a post's span is a time it was held, not the day it was
taken; a year outside every fact of that post is wrong, whatever else shares the year; two
facts joined as one time (근무하며, while) must meet in time; a count told in a word (twins)
and a body named by its ending (앨런AI연구소) are details the store does not vouch for.
Through the CLI on the bundled store."""

from __future__ import annotations

import json

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "want", "fact"),
    [
        # a year inside the post's span: held then
        (
            "2022년 당시 배경훈은 LG AI연구원장이었다.",
            "supported",
            "career-lgai-director-evp-2021-06",
        ),
        ("In 2022, Bae headed LG AI Research.", "supported", "career-lgai-director-evp-2021-06"),
        ("As of 2013, Bae worked at SK Telecom.", "supported", "career-skt-ai-research"),
        ("2014년 배경훈은 SK텔레콤에서 근무했다.", "supported", "career-skt-ai-research"),
        # (a post left in July 2025 was held in 2025)
        ("2025년 배경훈은 LG AI연구원장이었다.", "supported", "career-lgai-director-evp-2021-06"),
        (
            "2007년에도 배경훈은 전문연구요원으로 복무 중이었다.",
            "supported",
            "bae-military-service",
        ),
        # outside every fact of the post: wrong, though an award of 2023 names the ministry
        ("2023년 배경훈은 과기정통부 장관이었다.", "contradicted", "career-minister-msit-2025"),
        ("In 2023 Bae was the science minister.", "contradicted", "career-minister-msit-2025"),
        (
            "2009년에도 배경훈은 전문연구요원으로 복무 중이었다.",
            "contradicted",
            "bae-military-service",
        ),
        # the rank is a word of the post: 상무 ended in June 2021
        ("2022년 배경훈은 LG AI연구원 상무였다.", "contradicted", "career-lgai-director-2021"),
    ],
)
def test_a_post_held_in_a_year(cli, claim: str, want: str, fact: str) -> None:  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    assert fact in out["facts"] + [e["fact_id"] for e in out.get("evidence", [])], out


@pytest.mark.parametrize(
    "claim",
    [
        # the service (2003-2008) and SK Telecom (2011-2016) never met
        "배경훈은 SK텔레콤에서 근무하며 전문연구요원 복무를 마쳤다.",
        "Bae said that during his alternative military service he was working at SK Telecom.",
        # twins: a count the store never gives
        "배경훈은 배우자와의 사이에 2012년생 쌍둥이 딸을 뒀다.",
        "Bae and his wife have twin daughters born in 2012.",
        # a body named only by the ending of its word, glued to Latin letters
        "엑사원 3.5 32B 모델은 앨런AI연구소의 주목할 만한 AI 모델 리스트에 등재됐다.",
        # "became" names no event: the 2018 promotion is not his becoming minister
        "EXAONE 4.0 was released after Bae became minister.",
    ],
)
def test_details_no_fact_vouches_for(cli, claim: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.5 32B 모델은 에포크 AI의 주목할 만한 AI 모델 리스트에 등재됐다.",
        "배경훈은 배우자와의 사이에 2012년생 딸을 뒀다.",
    ],
)
def test_the_same_without_the_detail(cli, claim: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_became_is_no_flag_of_a_true_order(cli) -> None:  # type: ignore[no-untyped-def]
    # (it was read as the 2018 promotion and called the true order misleading)
    for claim in (
        "EXAONE 4.0 was released before Bae became minister.",
        "Bae became minister after EXAONE 4.0 was released.",
    ):
        assert verdict(cli, claim)["verdict"] not in ("contradicted", "misleading"), claim


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 1976년 5월 서울에서 태어났다. 이는 사실이 아니다.",
        "Bae took office on July 17, 2025. That is false.",
        "배경훈은 2023년 은탑산업훈장을 받았다. 물론 거짓말이다.",
        "Claim: Bae received the Silver Tower Order in 2023. Verdict: false.",
        "Bae was born in Seoul in May 1976 — false.",
        "배경훈이 2025년 6월 10일 대출을 받았다는 것은 오해다.",
    ],
)
def test_a_denial_after_the_claim_denies_it(cli, claim: str) -> None:  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction"), out


def test_a_denial_of_a_false_claim_is_no_flag(cli) -> None:  # type: ignore[no-untyped-def]
    out = verdict(cli, "배경훈은 부산에서 태어났다. 이는 사실이 아니다.")
    assert out["verdict"] == "unverified", out
    # (and a sentence saying the claim is true is no denial)
    assert verdict(cli, "Bae took office on July 17, 2025. That is true.")["verdict"] == "supported"


def test_a_denial_in_a_draft(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "배경훈은 1976년 5월 서울에서 태어났다. 이는 사실이 아니다.\n\n"
        "배경훈은 1976년 5월 서울에서 태어났다.\n",
        encoding="utf-8",
    )
    result = cli("check", str(draft), "-f", "json", store=None)
    assert result.exit_code == 1, result.stderr
    found = {(f["line"], f["verdict"]) for f in json.loads(result.stdout)}
    assert found == {(1, "misleading"), (3, "supported")}


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 서울 서초구 소재 아파트를 41억5천만 원에 매매하는 계약을 체결했다.",
        "하정우 AI미래기획수석은 네이버 출신이다.",
    ],
)
def test_an_undated_fact_is_known_from_its_source(cli, claim: str) -> None:  # type: ignore[no-untyped-def]
    early = cli("check", claim, "-f", "json", "--as-of", "2014", store=None)
    late = cli("check", claim, "-f", "json", "--as-of", "2025-10-01", store=None)
    assert json.loads(early.stdout)["verdict"] == "unverified", early.stdout
    assert json.loads(late.stdout)["verdict"] == "supported", late.stdout


def test_get_as_of_before_an_undated_facts_source(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("get", "ha-jung-woo-from-naver", "--as-of", "2014", store=None)
    assert result.exit_code == 1
    assert "known from its source" in result.stderr


@pytest.mark.parametrize("command", ["list", "timeline"])
def test_a_limit_beyond_any_size_is_a_usage_error(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "-n", "99999999999999999999", store=None)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_window_that_ends_before_it_begins(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("list", "--since", "2025", "--until", "2020", "-f", "plain", store=None)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--since 2025 is after --until 2020" in result.stderr


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a kind of income for the source's other kind: pensions are no wages
        ("배경훈의 부모는 2024년 기준 936만8310원의 근로소득을 올렸다.", "contradicted"),
        ("Bae's parents earned wages of 9,368,310 won in 2024.", "contradicted"),
        ("배경훈의 부모는 2024년 기준 936만8310원의 연금을 받았다.", "supported"),
        # the group's own affiliates, not companies outside it (two facts joined)
        (
            "배경훈은 LG AI연구원 초대 원장에 선임되며 AI 연구로 그룹 밖 기업들의 난제를 "
            "해결하겠다고 밝혔다.",
            "unverified",
        ),
        # ... while the president's approval is the other fact's word, not the hearing's
        (
            "Bae was the first of the new government's inaugural minister nominees to clear "
            "a confirmation hearing and win presidential approval.",
            "supported",
        ),
        # time to review (검토할 시간) is a review, no plan under consideration; of two
        # facts holding the words about equally, the one the sentence tells of
        ("배 장관은 과거 R&D 예산안을 검토할 시간이 부족했다고 말했다.", "supported"),
        # a post held, told in the progressive
        ("2022년 배경훈은 LG AI연구원을 이끌고 있었다.", "supported"),
        ("2014년 당시 배경훈은 SK텔레콤 미래기술원에서 일하고 있었다.", "supported"),
        ("2014년 당시 배경훈은 LG유플러스에서 일하고 있었다.", "contradicted"),
        # the reorganisation plan was announced before the press conference
        (
            "The government reorganization plan was announced after the September 12 press "
            "conference.",
            "misleading",
        ),
    ],
)
def test_kinds_scopes_and_times(cli, claim: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # first in a ranking over 13 benchmarks, not first in each of them
        ("엑사원 3.0은 13개 벤치마크 모두에서 1위를 차지했다.", "misleading"),
        ("엑사원 3.0은 모든 벤치마크에서 1위를 차지했다.", "misleading"),
        ("EXAONE 3.0 came first in all 13 benchmarks.", "misleading"),
        ("엑사원 3.0은 13개 벤치마크 점수 순위에서 1위를 차지했다.", "supported"),
        # (모두 before a total is the total: all together)
        ("배경훈은 본인·배우자·자녀 명의로 모두 36억9767만 원의 재산을 신고했다.", "supported"),
    ],
)
def test_all_of_them_is_each_of_them(cli, claim: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # nominated that day, not minister
        ("배경훈은 2025년 6월 23일 과학기술정보통신부 장관이 됐다.", "misleading"),
        ("On June 23, 2025 Bae became science minister.", "misleading"),
        ("배경훈은 2025년 6월 23일 과학기술정보통신부 장관 후보자로 지명됐다.", "supported"),
        ("On June 23, 2025 Bae was nominated as science minister.", "supported"),
        # (the approval of the nominee beside the inauguration: the post held)
        (
            "President Lee Jae-myung approved his appointment on July 16, 2025, and he took "
            "office on July 17.",
            "supported",
        ),
    ],
)
def test_a_nominee_is_not_the_minister(cli, claim: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_nominee_is_not_the_minister_as_of_then(cli) -> None:  # type: ignore[no-untyped-def]
    claim = "배경훈은 과학기술정보통신부 장관이다."
    before = cli("check", claim, "-f", "json", "--as-of", "2025-07-01", store=None)
    after = cli("check", claim, "-f", "json", "--as-of", "2025-08-01", store=None)
    assert json.loads(before.stdout)["verdict"] != "supported", before.stdout
    assert json.loads(after.stdout)["verdict"] == "supported", after.stdout


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a gap counted from the one figure given (기준인 100만 원보다, 을 … 넘었다)
        ("배경훈 부모의 과세 대상 소득은 기준인 100만 원보다 7만 원 많았다.", "supported"),
        ("배경훈 부모의 과세 대상 소득은 기준인 100만 원을 7만 원 넘었다.", "supported"),
        (
            "배경훈 부모의 과세 대상 소득금액은 기본공제 기준 100만 원보다 7만 원 많았다.",
            "supported",
        ),
        # (another gap, and the pension the taxable income is part of: not vouched for)
        ("배경훈 부모의 과세 대상 소득은 기준인 100만 원보다 17만 원 많았다.", "unverified"),
        ("배경훈 부모의 연금은 기준인 100만 원보다 7만 원 많았다.", "unverified"),
    ],
)
def test_a_gap_from_the_figure_given(cli, claim: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a word of a kind the fact says otherwise, in a sentence without a figure
        ("삼성탈레스는 삼성전자와 독일 탈레스그룹의 합작사였다.", "contradicted"),
        ("엑사원 2.0은 한국어와 일본어를 구사하는 이중 언어 모델로 개발됐다.", "contradicted"),
        ("삼성탈레스는 삼성전자와 프랑스 탈레스그룹의 합작사였다.", "supported"),
        # one GPU model for another
        ("Bae said beating DeepSeek R1 would take about 2,000 H100 GPUs.", "contradicted"),
    ],
)
def test_a_word_of_a_kind_said_otherwise(cli, claim: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_district_for_another(cli) -> None:  # type: ignore[no-untyped-def]
    assert verdict(cli, "배경훈의 아파트는 서울 강남구에 있다.")["verdict"] == "contradicted"
    assert verdict(cli, "배경훈의 반포동 아파트는 서울 서초구에 있다.")["verdict"] == "supported"
