"""Sentences whose figures are right and whose meaning is turned round: a non-standing post
called standing, a demotion for a promotion, still held for sold, the whole for a share, a
noun the source affirms denied, figures given to two nouns swapped, another venue, the
other order of two events or of a listed roadmap. Each beside a faithful twin, which must
stay supported. Through the CLI on the bundled store (judge.meaning.directions, kinds,
figures; judge.sequence; judge.weighing).
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("wrong", "want", "right"),
    [
        (
            "In June 2023 Bae became a standing, full-time director of the National IT Industry "
            "Promotion Agency.",
            "misleading",
            "In June 2023 Bae became a non-standing director of the National IT Industry "
            "Promotion Agency.",
        ),
        (
            "In September 2024 Bae was appointed a government-side member of the Presidential "
            "Committee on National AI.",
            "misleading",
            "In September 2024 Bae became a private-sector member of the presidential National "
            "AI Committee.",
        ),
        (
            "배경훈은 2021년 6월 LG AI연구원장(전무)에서 상무로 직급이 낮아졌다.",
            "misleading",
            "배경훈은 2021년 6월 LG AI연구원장(전무)으로 승진했다.",
        ),
        (
            "배경훈의 장녀는 2025년 7월26일 현재 해외 주식을 그대로 보유하고 있다.",
            "misleading",
            "배경훈의 장녀는 2025년 7월26일 기준 해외 주식을 모두 매각했다.",
        ),
        (
            "배경훈은 서초구 반포동 아파트(전용 106㎡)의 지분 전부를 본인 명의로 갖고 있다.",
            "misleading",
            "배경훈은 서초구 반포동 아파트(전용 106㎡)의 5분의 3 지분을 본인 명의로 갖고 있다.",
        ),
        (
            "Bae said on March 18, 2025 that EXAONE's faster development cycle came from buying "
            "outside data-generation and evaluation platforms.",
            "misleading",
            "Bae said on March 18, 2025 that building data-generation and evaluation platforms "
            "in-house sped up EXAONE's development.",
        ),
        (
            "Bae said on June 30, 2025 that he had lived in his previous home for 10 years and "
            "bought the Seocho apartment as an investment.",
            "misleading",
            "Bae said on June 30, 2025 that he had lived in his previous home for 10 years and "
            "bought the Seocho apartment to live in.",
        ),
        (
            "LG AI연구원은 2024년 8월7일 '엑사원 3.0'을 오픈소스가 아닌 비공개 모델로 내놨다.",
            "misleading",
            "LG AI연구원은 2024년 8월7일 '엑사원 3.0'을 비공개가 아닌 오픈소스로 내놨다.",
        ),
        (
            "배경훈은 본인 명의 예금 7억4500만 원과 금융기관 채무 1억7124만 원을 신고했다.",
            "contradicted",
            "배경훈은 본인 명의 예금 1억7124만 원과 금융기관 채무 7억4500만 원을 신고했다.",
        ),
        (
            "배경훈 장관은 2025년 9월12일 정부세종청사에서 '과학기술 AI 정책 청사진' "
            "기자간담회를 열었다.",
            "contradicted",
            "배경훈 장관은 2025년 9월12일 서울 종로구 HJ 비즈니스센터에서 기자간담회를 열었다.",
        ),
        (
            "Bae held the press conference on AI policy at the Government Complex Sejong on "
            "September 12, 2025.",
            "contradicted",
            "Bae held the press conference on AI policy at the HJ Business Center in Seoul on "
            "September 12, 2025.",
        ),
        (
            "배경훈의 서초구 아파트 매매계약은 국토부가 2025년 6월28일 대출 규제를 발표한 "
            "이후에 체결됐다.",
            "misleading",
            "배경훈의 서초구 아파트 매매계약은 국토부가 2025년 6월28일 대출 규제를 발표하기 "
            "전에 체결됐다.",
        ),
        (
            "배 장관이 9월12일 공개한 AI 모델 로드맵은 행동모델(LAM)에서 출발해 멀티모달(LMM), "
            "언어모델(LLM) 순으로 이어진다.",
            "misleading",
            "배 장관이 9월12일 공개한 AI 모델 로드맵은 언어모델(LLM)에서 출발해 멀티모달(LMM), "
            "행동모델(LAM) 순으로 이어진다.",
        ),
        (
            "스탠퍼드 AI 인덱스 보고서 2025에는 한국 AI 모델 62개가 주목할 만한 모델로 선정됐다.",
            "misleading",
            "스탠퍼드 AI 인덱스 보고서 2025에는 AI 모델 62개가 주목할 만한 모델로 선정됐다.",
        ),
        (
            "The 200,000-GPU plan would triple the original target of 50,000 GPUs.",
            "misleading",
            "The 200,000-GPU plan would quadruple the original target of 50,000 GPUs.",
        ),
        (
            "EXAONE 3.5 came in two sizes, 7.8B and 32B.",
            "contradicted",
            "EXAONE 3.5 came in three sizes: 2.4B, 7.8B and 32B.",
        ),
        (
            "Of his daughter's 85.49 million won in foreign stocks, 21.04 million won was "
            "invested in Microsoft.",
            "contradicted",
            "Of his daughter's 85.49 million won in foreign stocks, 21.04 million won was "
            "invested in Meta.",
        ),
        (
            "The December 7, 2020 launch event for LG AI Research was held in person.",
            "contradicted",
            "The December 7, 2020 launch event for LG AI Research was held online.",
        ),
        (
            "배경훈은 2011년 SK텔레콤에서 삼성탈레스로 자리를 옮겼다.",
            "contradicted",
            "배경훈은 2011년 삼성탈레스에서 SK텔레콤으로 자리를 옮겼다.",
        ),
        (
            # (a route since the twenty-seventh session: the move to Samsung Thales, whose
            # post 2011 ended)
            "In 2011 Bae moved from SK Telecom to Samsung Thales.",
            "misleading",
            "In 2011 Bae moved to SK Telecom's Future Technology Institute.",
        ),
        (
            "In June 2021, Bae was moved down from executive vice president to managing "
            "director at LG AI Research.",
            "misleading",
            "In June 2021 Bae was promoted to executive vice president as head of LG AI Research.",
        ),
        (
            "LG AI연구원은 2025년 7월15일 국내 최초 추론 AI 모델인 '엑사원 4.0'을 공개했다.",
            "misleading",
            "LG AI연구원은 2025년 7월15일 국내 최초 하이브리드 AI 모델인 '엑사원 4.0'을 공개했다.",
        ),
        (
            "On July 15, 2025 LG AI Research released EXAONE 4.0, Korea's first reasoning AI "
            "model.",
            "misleading",
            "On March 18, 2025 LG AI Research released EXAONE Deep, Korea's first reasoning AI "
            "model.",
        ),
        (
            "On September 12 Bae unveiled a roadmap running from action models to multimodal "
            "models to language models.",
            "misleading",
            "On September 12 Bae unveiled a roadmap running from language models to multimodal "
            "models to action models.",
        ),
    ],
)
def test_turned_round_beside_its_faithful_twin(cli, wrong, want, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] == want
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # a body passing on a person's statement does not speak his words
        "과기부가 2025년 6월 30일 공개한 입장문에서 배경훈은 주택담보대출 제한 정책 발표를 "
        "미리 알지 못했다고 해명했다.",
        # 각각 speaks of the figures after it, up to their total; not of the spouse's before
        "배우자는 예금으로 1292만 원을 보유하고 있으며 장녀는 예금과 증권으로 각각 1819만 원, "
        "8549만 원 총 1억368만 원을 갖고 있다.",
        # how sure the goal was is the clause of the goal's, not the wondering about it
        "배 장관은 정부가 당초 2028년까지 GPU 5만 장을 확보하기로 했던 목표가 충분한지 "
        "고민했다고 말했다.",
        # a wish is a plan ("wants the ministry to help")
        "The minister said he wants the ministry to help restore Korea's potential growth rate "
        "to 3%.",
        # what he said would come ("and that fines would be deferred") is a plan reported
        "Bae said the core of the AI Basic Act is industrial promotion and that fines would be "
        "deferred for at least a year.",
        # what he said on a day that something would come (said on September 12 that ...)
        "Bae said on September 12 that an LLM ranking in the global top 10 would come out by "
        "the end of the year.",
        # the medal's English name in full
        "On June 23, 2025, Chief of Staff Kang Hoon-sik described Bae as an AI scholar and "
        "entrepreneur who had received the Silver Tower Order of Industrial Service Merit.",
        # a count after a comma starts a phrase of its own: no count of open-source benchmarks
        "2024년 8월 7일: 엑사원 3.0 오픈소스 공개, 13개 벤치마크 1위",
        # two moves of two years: each move's destination is its own fact's
        "2016년 LG경제연구원 연구위원으로 이직했고, 2019년 LG사이언스파크 AI담당 상무가 됐다.",
        # a list of figures is one clause, not a clause per figure
        "In December 2024, LG AI Research released three EXAONE 3.5 models with 2.4B, 7.8B and "
        "32B parameters.",
        # a clause of its own whose date the rest of the sentence's facts would contradict
        "엑사원 3.5는 2024년 12월 출시됐고, 스탠퍼드 HAI가 꼽은 주목할 만한 AI 모델 62개 중 "
        "유일한 한국 모델이었다.",
        # how sure a value is, told in the relative clause it stands in ("agreed to invest")
        "LG picked the then 44-year-old Bae to head its new AI institute, a project into which "
        "16 affiliates agreed to invest more than 200 billion won over three years.",
        # a plan the speaker's quoted words call a plan (예정이라고), not said to be done
        '배 장관은 "연말이 되면 글로벌 상위 10위 안에 드는 LLM이 나올 예정"이라고 말했다.',
        # the occasion a remark was made at, named by a fact of that very day
        "2025년 7월 17일 정부세종청사 취임식에서 배 장관은 국가AI컴퓨팅센터 슈퍼컴 6호기를 "
        "비롯한 세계 수준의 AI 인프라를 서둘러 늘리겠다고 약속했다.",
        # a clause that leans on the one before it ("of which") is judged with its words
        "Bae's parents drew about 9.37 million won in pensions in 2024, of which 1.07 million "
        "won was taxable.",
    ],
)
def test_sentences_read_by_their_parts(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_each_said_of_a_total_stays_wrong(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈의 장녀는 예금과 증권으로 각각 1억368만 원씩을 갖고 있다."
    assert verdict(cli, claim)["verdict"] == "misleading"


def test_anothers_origin_is_not_his(cli):  # type: ignore[no-untyped-def]
    # the fact names Naver as Ha Jung-woo's origin ((네이버 출신의) 하정우, formerly of Naver):
    # it says nothing against Bae's own background
    for claim in (
        "배경훈 장관은 LG AI연구원 초대 원장 출신이다.",
        "Minister Bae is a former head of LG AI Research.",
    ):
        assert verdict(cli, claim)["verdict"] != "contradicted"


def test_an_occasion_no_fact_of_the_day_names_is_not_vouched_for(cli):  # type: ignore[no-untyped-def]
    claim = (
        "2025년 7월 17일 국회 취임식에서 배 장관은 국가AI컴퓨팅센터 슈퍼컴 6호기를 비롯한 "
        "세계 수준의 AI 인프라를 서둘러 늘리겠다고 약속했다."
    )
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_remark_put_on_another_occasion_stays_wrong(cli):  # type: ignore[no-untyped-def]
    # "At his inauguration" is no statement of its own: the date is the remark's, and wrong
    claim = (
        "At his July 17, 2025 inauguration, Bae said the ministry would help restore Korea's "
        "potential growth rate to 3%."
    )
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_a_model_is_not_vouched_for_by_another_models_facts(cli):  # type: ignore[no-untyped-def]
    # December 2024 is EXAONE 3.5's release: it says nothing of EXAONE Deep-32B
    claim = "엑사원 딥-32B는 2024년 12월 공개된 엑사원 3.5의 일부다."
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # a name no fact of the remark holds is no occasion because a fact of that day names it
        "At the December 7, 2020 launch event, Bae Kyung-hoon explained that through LG Uplus LG "
        "would secure core AI technology, tackle harder problems and seek new business "
        "opportunities through AI.",
        # the clause's date is the subject model's, whatever model another fact of it names
        "EXAONE 3.5, released on March 18, 2025, includes a 32B (32 billion parameters) model.",
    ],
)
def test_a_detail_of_another_fact_is_not_vouched_for(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_goal_only_considered_is_no_decided_goal(cli):  # type: ignore[no-untyped-def]
    claim = "배 장관은 2030년까지 GPU 20만 장을 확보하기로 했던 목표가 충분한지 고민했다고 말했다."
    assert verdict(cli, claim)["verdict"] == "misleading"
