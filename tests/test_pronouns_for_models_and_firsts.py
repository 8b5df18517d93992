"""A sentence that opens with a pronoun for a model (이 모델은, 해당 모델은, It, This model,
Its) is about the model the sentence before named; and the first of a kind is of that kind
(Korea's first reasoning model is EXAONE Deep, the first hybrid one EXAONE 4.0). adv72's
findings, at the forty-fourth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (13 benchmarks are EXAONE 3.0's, not 3.5's)
        "엑사원 3.5는 2024년 12월 공개됐다. 이 모델은 13개 벤치마크에서 1위를 차지했다.",
        "EXAONE 3.5 came out in December 2024. This model ranked first on 13 benchmarks.",
        # (the first hybrid model is 4.0, not Deep)
        "EXAONE Deep was released on March 18, 2025. It was Korea's first hybrid AI model.",
        "엑사원 딥은 2025년 3월 18일 공개됐다. 해당 모델은 국내 최초 하이브리드 AI 모델이다.",
        # (a model the sentence before acted on, named by "this model")
        "LG AI연구원은 2022년 12월 엑사원 1.0을 공개했다. 이 모델은 13개 벤치마크에서 1위를 차지했다.",
        # (within one sentence: a later clause with no subject, or with a pronoun, of the
        # model the sentence is about)
        "엑사원 3.5는 2024년 12월 공개됐고 13개 벤치마크에서 1위를 차지했다.",
        "EXAONE 3.5 was released in December 2024 and ranked first on 13 benchmarks.",
        "엑사원 딥은 2025년 3월 18일 공개됐으며 국내 최초 하이브리드 AI 모델이다.",
        "LG AI연구원은 2022년 12월 엑사원 1.0을 공개했고 이 모델은 13개 벤치마크에서 1위를 차지했다.",
    ],
)
def test_a_pronoun_takes_the_model_before_it(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.0은 2024년 8월 7일 공개됐다. 이 모델은 13개 벤치마크에서 1위를 차지했다.",
        "EXAONE Deep was released on March 18, 2025. It was Korea's first reasoning AI model.",
        "EXAONE 4.0 came out on July 15, 2025. This model is Korea's first hybrid AI model.",
        "엑사원 3.0은 2024년 8월 7일 공개됐고 13개 벤치마크에서 1위를 차지했다.",
        "EXAONE 3.0 was released on August 7, 2024 and ranked first on 13 benchmarks.",
    ],
)
def test_the_same_of_its_own_model_holds(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim, verdicts",
    [
        ("엑사원 4.0은 국내 최초 추론 AI 모델이다.", {"misleading", "contradicted"}),
        ("EXAONE 4.0 was Korea's first reasoning AI model.", {"misleading", "contradicted"}),
        ("엑사원 4.0은 국내 최초 하이브리드 AI 모델이다.", {"supported"}),
        ("EXAONE Deep is Korea's first reasoning AI model.", {"supported"}),
        ("엑사원 4.0은 일반 모델과 추론 모델을 합친 국내 최초 하이브리드 모델이다.", {"supported"}),
    ],
)
def test_the_first_of_a_kind_is_of_that_kind(cli, claim, verdicts):
    assert verdict(cli, claim)["verdict"] in verdicts


@pytest.mark.parametrize(
    "claim, verdict_",
    [
        # (the size a model's name gives is the model meant: the source lists Deep's 32B)
        ("엑사원 딥-7.8B는 에포크 AI의 주목할 만한 모델 리스트에 올랐다.", "unverified"),
        ("EXAONE Deep-2.4B made Epoch AI's notable models list.", "unverified"),
        ("엑사원 딥-32B는 에포크 AI의 주목할 만한 모델 리스트에 올랐다.", "supported"),
    ],
)
def test_a_size_in_a_models_name_is_its_own(cli, claim, verdict_):
    assert verdict(cli, claim)["verdict"] == verdict_
