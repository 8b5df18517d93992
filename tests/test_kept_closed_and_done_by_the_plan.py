"""Words of what a model was released as (the twenty-first session): closed, commercial-only,
for internal use, kept private, 사내 전용, 상용 라이선스 for the source's open source; the tasks
the source names as examples of what a model is specialised in are that specialty; a planned
act the sentence says a plan has done (has already elevated, elevated the ministry) or that a
sentence without figures tells as done (has already been elevated). Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "wrong",
    [
        "EXAONE 3.0 was released on August 7, 2024 as a closed model.",
        "EXAONE 3.0 was released on August 7, 2024 as a commercial-only model.",
        "EXAONE 3.0 was released on August 7, 2024 for internal LG use only.",
        "EXAONE 3.0 was kept private when it was announced on August 7, 2024.",
        "엑사원 3.0은 2024년 8월 7일 사내 전용 모델로 공개됐다.",
        "엑사원 3.0은 2024년 8월 7일 상용 라이선스로만 공개됐다.",
    ],
)
def test_kept_closed_is_not_open_source(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] in ("contradicted", "misleading")


def test_open_source_stays_supported(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "EXAONE 3.0 was released as open source on August 7, 2024.")["verdict"]
        == "supported"
    )


def test_the_tasks_named_are_the_specialty(cli):  # type: ignore[no-untyped-def]
    right = "EXAONE Deep, released on March 18, 2025, is a reasoning model specialized in math, science and coding."
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, "엑사원 딥은 수학·과학·코딩에 특화된 모델이다.")["verdict"] == "supported"
    wrong = "EXAONE Deep, released on March 18, 2025, is a model specialized in image generation."
    assert verdict(cli, wrong)["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    "wrong",
    [
        "The government reorganization plan announced on September 7 has already elevated the "
        "science ministry to deputy prime minister level.",
        "The government reorganization plan announced on September 7 elevated the science "
        "ministry to deputy prime minister level.",
        "The science ministry has already been elevated to deputy prime minister level.",
    ],
)
def test_a_planned_upgrade_told_done(cli, wrong):  # type: ignore[no-untyped-def]
    found = verdict(cli, wrong)
    assert (found["verdict"], found["reason"]) == ("misleading", "tense")


@pytest.mark.parametrize(
    "right",
    [
        "The government reorganization plan, announced on September 7, will elevate the science "
        "ministry to deputy prime minister level.",
        "The science ministry is to be elevated to deputy prime minister level.",
        "The government announced the reorganization plan on September 7.",
    ],
)
def test_a_planned_upgrade_told_ahead(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Bae said a top-10 global LLM will definitely be released by year-end.",
            "Bae said a top-10 global LLM is expected by year-end.",
        ),
        (
            "Bae said SMR commercialization will definitely take 10 years.",
            "Bae said SMR commercialization would take about 10 years.",
        ),
        (
            "Bae said the government will certainly supply 30% of the GPUs needed in 2030.",
            "Bae said that if the government supplied about 30% of the GPUs needed in 2030, the "
            "foundation for the AI transition would be in place.",
        ),
    ],
)
def test_a_forecast_made_certain(cli, wrong, right):  # type: ignore[no-untyped-def]
    found = verdict(cli, wrong)
    assert (found["verdict"], found["reason"]) == ("misleading", "certainty")
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "wrong",
    [
        "배 장관은 2030년까지 GPU 15만장을 구축하겠다고 말했다.",
        "배 장관은 정부가 GPU 15만장을 공급하겠다고 말했다.",
        "Bae said 150,000 GPUs would be built by 2030.",
        "Bae said about 150,000 GPUs will be supplied by the government in 2030.",
    ],
)
def test_a_demand_given_as_what_is_provided(cli, wrong):  # type: ignore[no-untyped-def]
    found = verdict(cli, wrong)
    assert (found["verdict"], found["reason"]) == ("misleading", "relation")


@pytest.mark.parametrize(
    "right",
    [
        "2030년 중소기업과 학계가 필요로 하는 GPU는 15만장 정도로 전망된다.",
        # a share of the demand is what is supplied
        "배 장관은 2030년 필요 GPU의 30% 정도를 정부가 공급한다면 AI 대전환의 기반이 마련될 "
        "것으로 봤다.",
        "Bae said the government would supply about 30% of the GPUs.",
    ],
)
def test_a_demand_and_a_share_of_it(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
