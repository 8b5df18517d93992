"""True sentences an adversary saw flagged (adv48, thirty-first session), and the year a
remark counts from. Through the CLI, on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (a future quoted as said: what he said will be, not a thing told done)
        "배 장관은 “과태료 부과는 최소 1년 이상 유예할 것”이라고 말했다.",
        "배 장관은 “내년에는 멀티모달 분야에서 성과가 나올 것”이라고 말했다.",
        "배경훈은 “LG AI연구원 출범을 통해 AI 원천기술을 확보하고자 한다”고 설명했다.",
        # (a figure inside a purpose: what the means is for)
        "배 장관은 잠재 성장률 3% 회복에 기여하기 위한 수단으로 AI를 꼽았다.",
        # (가까이, 거의: near a figure, as 약 is)
        "배경훈의 장녀는 증여세로 800만 원 가까이 냈다.",
        "배경훈의 장녀는 증여세로 거의 800만 원을 냈다.",
        # (모두 before a count: the whole counted, not "all" against "the only one")
        "엑사원 3.5는 모두 3개 모델로 구성됐다.",
        # (only before a time: as late as then, not one thing alone)
        "Bae's daughter was born only in 2012.",
        "Although Bae took out his mortgage on June 10, 2025, the land ministry announced"
        " its loan cap only on June 28, 2025.",
        # (a post before the name: the person, not the body)
        "배 전 LG AI연구원장은 2025년 7월 17일 과기정통부 장관으로 취임했다.",
        "Former LG AI Research head Bae Kyung-hoon was sworn in as science minister on"
        " July 17, 2025.",
    ],
)
def test_true_sentences_are_not_flagged(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 장녀는 증여세로 900만 원 가까이 냈다.",
        "배경훈의 장녀는 증여세로 거의 600만 원을 냈다.",
    ],
)
def test_a_near_figure_far_off_is_still_wrong(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        (
            "배 장관은 12일 “내년 연말 글로벌 상위 10위 안에 드는 LLM이 나올 것”이라고 밝혔다.",
            "내년",
            "2025년",
        ),
        (
            "Bae said an LLM in the global top 10 would come out by the end of next year.",
            "next year",
            "2025",
        ),
    ],
)
def test_a_year_counted_from_the_day_of_the_remark(
    cli, claim: str, found: str, expected: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert out["found"] == found
    assert out["expected"] == expected


def test_next_year_of_another_thing_the_sentence_names() -> None:
    """내년 of the multimodal results, beside the LLM of the year's end: no objection."""
    from factcli.judge.meaning.periods import relative_year_objection
    from factcli.store.loader import bundled_store_path, load_store

    store = load_store(bundled_store_path(), use_cache=False)
    llm, multimodal = store.get("policy-top10-llm-2025"), store.get("policy-multimodal-2026")
    assert llm is not None and multimodal is not None
    text = "배 장관은 연말에 LLM이 나오고, 내년에는 멀티모달 분야 성과가 나올 것이라고 전망했다."
    assert relative_year_objection(text, [llm]) is not None
    assert relative_year_objection(text, [llm, multimodal]) is None


@pytest.mark.parametrize(
    "claim",
    [
        # (a concession up to its comma is as sure as its own words: the goal had been set)
        "Although the ministry had originally aimed for 50,000 GPUs by 2028, it is now"
        " considering 200,000 by 2030.",
        # (a cause leading the sentence is no name lent from another fact)
        "Because of the government reorganization plan announced on September 7, 2025, the"
        " ministry is set to be upgraded to deputy prime minister level.",
    ],
)
def test_a_concession_or_a_cause_before_the_clause(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
