"""A gift and the tax paid on it, a name given to (…에게), and what a later sentence of a
draft says (thirty-second session; an adversary's false `supported`, adv49).

Through the CLI, on the bundled store. A wrong reading is never `supported`; the true forms
stay supported.
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (776만 원 is the gift tax his daughter paid; the gift itself was 1억 원)
        "The gift to his daughter was 7.76 million won.",
        "배 장관이 장녀에게 증여한 금액은 776만 원이었다.",
        "Bae gifted his daughter 7.76 million won.",
    ],
)
def test_the_tax_paid_on_a_gift_is_not_the_gift(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert out["fact_id"] == "controversy-gift-to-daughter"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 장녀는 2021년 11월 증여세 776만 원을 납부했다.",
        "Bae's daughter paid 7.76 million won in gift tax in November 2021.",
        "장녀가 낸 증여세는 776만 원이다.",
        "2021년 11월에 증여세로 776만 원이 납부됐다던데요, 배 장관이 딸한테 1억 원을 증여해서요.",
    ],
)
def test_the_gift_tax_told_as_it_is_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_name_given_to_is_not_whom_a_phrase_is_about() -> None:
    from factcli.judge.meaning.subjects import resolve
    from factcli.store.loader import load_store

    store = load_store(None)
    assert resolve(store, "배 장관이 장녀에게 증여한 금액") == "bae-kyung-hoon"
    assert resolve(store, "배경훈이 장녀한테 준 돈") == "bae-kyung-hoon"
    assert resolve(store, "장녀가 받은 돈") == "bae-daughter"


@pytest.mark.parametrize(
    "claim",
    [
        # (a Korean sentence naming no subject is the last sentence's subject's)
        "하정우 AI미래기획수석은 네이버 출신이다. 2023년 은탑산업훈장을 받았다.",
        "정현석 위원장은 2025년 7월17일 취임식에서 꽃다발을 건넸다. 2025년 7월23일 임명장을 받았다.",
        "이재명 대통령은 2025년 7월16일 임명안을 재가했다. 2025년 7월14일 인사청문회에 출석했다.",
        # (He after a sentence about Ha: Ha, the store's own person never named before)
        "Ha Jung-woo came from Naver. He received the Silver Tower Order in 2023.",
    ],
)
def test_a_later_sentence_without_a_subject_speaks_of_the_last_one(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")


def test_a_person_named_in_passing_makes_a_later_sentence_only_possibly_true(cli) -> None:
    out = verdict(
        cli,
        "강훈식 비서실장은 2025년 6월23일 배경훈 지명에 대해 말했다. 2025년 7월17일 장관으로 취임했다.",
    )
    assert out["verdict"] == "unverified"
    assert "배경훈" in out["message"] and "강훈식" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 광운대를 졸업했다. 2023년 은탑산업훈장을 받았다.",
        "배경훈은 1976년 5월 서울에서 태어났다. 2025년 7월 17일 장관으로 취임했다.",
        # (a copula describes what was last spoken of: the model released, not the releaser)
        "LG AI연구원은 2025년 7월15일 엑사원 4.0을 공개했다. 국내 최초로 일반 모델과 추론 모델을"
        " 합친 하이브리드 모델이다.",
    ],
)
def test_a_later_sentence_of_the_same_subject_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's policy blueprint press conference took place on a Monday in September 2025.",
        "국토교통부는 금요일에 수도권 주담대 한도 6억 원 규제를 발표했다.",
        "LG AI연구원은 2024년 8월 어느 토요일에 엑사원 3.0을 공개했다.",
    ],
)
def test_a_weekday_without_a_full_date_is_read_against_the_facts_day(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert "not a" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's policy blueprint press conference took place on a Friday in September 2025.",
        "국토교통부는 토요일에 수도권 주담대 한도 6억 원 규제를 발표했다.",
        "LG AI연구원은 2024년 8월 어느 수요일에 엑사원 3.0을 공개했다.",
    ],
)
def test_the_right_weekday_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI Research postponed the release of EXAONE 3.0 on August 7, 2024.",
        "LG AI연구원은 2023년 7월19일 엑사원 2.0 공개를 연기했다.",
        "배 장관은 2025년 9월12일 HJ 비즈니스센터에서 기자간담회를 취소했다.",
        "LG AI Research lost the CVPR continual learning challenge in its founding year, 2020.",
        "Bae turned down the post of civilian member of the National AI Committee in September"
        " 2024.",
    ],
)
def test_an_act_told_as_done_is_not_called_off_or_lost(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction")


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 AI 기본법 과태료 부과를 최소 1년 이상 미루겠다고 밝혔다.",
        "LG AI Research released EXAONE 3.0 on August 7, 2024.",
    ],
)
def test_a_deferral_the_source_tells_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_denied_postponement_is_not_flagged(cli) -> None:
    out = verdict(
        cli, "LG AI Research did not postpone the release of EXAONE 3.0 on August 7, 2024."
    )
    assert out["verdict"] in ("supported", "unverified")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2025년 7월17일 취임식에서 배경훈은 기자들의 질문에 답했다.", "직원"),
        ("At his July 17, 2025 inauguration, Bae answered questions from reporters.", "staff"),
        (
            "배경훈은 2025년 7월23일 용산 대통령실에서 이재명 대통령으로부터 훈장을 받았다.",
            "임명장",
        ),
        (
            "On July 17, 2025, Bae received a congratulatory plaque from union branch head Jung Hyun-seok.",
            "bouquet",
        ),
        (
            "배경훈은 2024년 9월10일 국회 본회의장에서 국회 AI 포럼 초청 특별강연을 했다.",
            "의원회관",
        ),
        (
            "배경훈은 2025년 6월30일 저녁 광화문 우체국 인사청문회 사무실로 출근하며 기자들을 만났다.",
            "오전",
        ),
        ("배경훈은 2025년 6월30일 퇴근길에 기자들과 만났다.", "출근"),
        (
            "배경훈은 2003년 9월25일부터 2008년 5월2일까지 산업기능요원으로 대체 복무를 했다.",
            "전문연구요원",
        ),
        (
            "배경훈은 2024년 9월10일 국회 의원회관에서 국회 AI 포럼 초청 특별강연을 들었다.",
            "강연을 했",
        ),
        ("2025년 7월17일 취임식 사진에서 배경훈 장관은 직원들에게 질문하고 있다.", "답"),
    ],
)
def test_one_of_a_set_said_for_the_one_the_source_gives(cli, claim: str, expected: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert expected in out["expected"]


@pytest.mark.parametrize(
    "claim",
    [
        "2025년 7월17일 취임식에서 배경훈은 직원들의 질문에 답했다.",
        "배경훈은 2024년 9월10일 국회 의원회관에서 국회 AI 포럼 초청 특별강연을 했다.",
        "배경훈은 2025년 6월30일 오전 광화문 우체국 인사청문회 사무실로 출근하며 기자들을 만났다.",
        "배경훈은 2003년 9월25일부터 2008년 5월2일까지 전문연구요원으로 대체 복무를 했다.",
        "On July 14, 2025, Bae answered lawmakers' questions at the confirmation hearing.",
    ],
)
def test_the_member_the_source_gives_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (what a later sentence naming no subject says is of the model the last one spoke of)
        "엑사원 3.5는 2024년 12월 공개됐다. 국내 최초 추론 AI 모델이다.",
        "LG AI연구원은 2025년 2월 넥서스를 공개했다. 국내 최초 추론 AI 모델이다.",
        "엑사원 2.0은 2023년 7월19일 공개됐다. 13개 벤치마크에서 1위를 차지했다.",
        # (a later sentence that says what the store never says leaves the whole unverified)
        "배 장관은 2025년 9월 12일 기자간담회를 열었다. AI 기본법의 핵심은 규제 강화에 있다고 말했다.",
    ],
)
def test_a_later_sentence_of_another_model_is_not_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.0은 2024년 8월 7일 공개됐다. 13개 벤치마크 점수 순위에서 1위를 차지했다.",
        "Did Bae take office on July 17, 2025? Yes, he did.",
    ],
)
def test_a_later_sentence_of_the_same_model_or_a_bare_answer_stays_supported(
    cli, claim: str
) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_draft_carries_the_model_to_a_later_sentence(cli, tmp_path) -> None:
    import json

    draft = tmp_path / "draft.md"
    draft.write_text(
        "# 엑사원\n\n엑사원 2.0은 2023년 7월19일 공개됐다. 13개 벤치마크에서 1위를 차지했다.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    found = [f for f in json.loads(result.stdout) if f["line"] == 3]
    assert [f["verdict"] for f in found] == ["supported", "unverified"]


@pytest.mark.parametrize(
    "claim",
    [
        # (months counted in years: 12개월 is 1년, 120개월 10년)
        "배 장관은 AI 기본법 과태료 부과를 최소 12개월 이상 유예하겠다고 말했다.",
        "Bae said fines under the AI Basic Act would be deferred for at least twelve months.",
        "배 장관은 SMR 상용화까지 약 120개월이 걸릴 것으로 본다고 말했다.",
        # (a birth year in apposition: (b. 1976))
        "Bae Kyung-hoon (b. 1976) received the Silver Tower Order in 2023.",
        # (no longer held, where the source says she sold them; not imposed at once, deferred)
        "배경훈의 장녀는 2025년 7월26일 기준 해외 주식을 더 이상 보유하지 않았다.",
        "배 장관은 AI 기본법 과태료를 곧바로 부과하지 않고 최소 1년 이상 유예하겠다고 했다.",
        # (the hearing, not the hearing office: a span counted from 2025-07-14)
        "Bae took office three days after his confirmation hearing.",
        "Bae's appointment was approved two days after his confirmation hearing.",
    ],
)
def test_true_sentences_of_units_appositions_negations_and_anchors(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 AI 기본법 과태료 부과를 최소 6개월 이상 유예하겠다고 말했다.",
        "Bae Kyung-hoon (b. 1977) received the Silver Tower Order in 2023.",
        "Bae took office ten days after his confirmation hearing.",
        "배경훈의 장녀는 2025년 7월26일 기준 해외 주식을 보유하지 않았다.",
    ],
)
def test_their_wrong_forms_are_still_flagged(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] in ("contradicted", "misleading")


def test_a_decision_denied_is_not_overstated_but_one_the_source_has_is() -> None:
    from factcli.judge.check import check_text
    from factcli.store.loader import load_store

    store = load_store(None)
    pending = check_text(store, "과기부는 2030년 GPU 20만장 구축을 아직 확정하지 않았다.")
    assert pending.verdict.value not in ("contradicted", "misleading")
    adopted = check_text(store, "과기부는 2028년까지 GPU 5만장 확보를 아직 확정하지 않았다.")
    assert (adopted.verdict.value, adopted.reason) == ("misleading", "certainty")


@pytest.mark.parametrize(
    "claim",
    [
        "In September 2024 Bae became a civilian member of the presidential National Artificial"
        " Intelligence Committee.",
        "Bae became a civilian member of the National AI Committee under the president in"
        " September 2024.",
        "EXAONE 4.0, which LG AI Research unveiled on July 15, 2025, combines general and"
        " reasoning models into one hybrid model.",
    ],
)
def test_spelt_out_names_titles_and_relative_clauses_are_not_flagged(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] in ("supported", "unverified")


def test_a_doer_named_as_the_one_acted_on_is_still_misleading(cli) -> None:
    out = verdict(cli, "Bae approved President Lee's appointment on July 16, 2025.")
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")


def test_an_order_set_aside_is_no_side_and_a_correction_is_not_an_added_claim(cli) -> None:
    after = verdict(cli, "The mortgage loan was taken out after, not before, the June 28 cap.")
    assert (after["verdict"], after["reason"]) == ("misleading", "direction")
    before = "The mortgage loan was taken out before, not after, the June 28 cap."
    assert verdict(cli, before)["verdict"] == "supported"
    added = verdict(cli, "배경훈은 2025년 5월 국세청에 부모 인적공제를 추가 신청했다.")
    assert (added["verdict"], added["expected"]) == ("contradicted", "정정")


@pytest.mark.parametrize(
    "claim",
    [
        # (a second lead after the first one's comma: the subject follows it)
        "In 2023, while heading LG AI Research, Bae received the Silver Tower Order of Industrial"
        " Service Merit from the science ministry.",
        # (holders listed, and a total: not one holder's figure)
        "The minister's declared assets, held in his own, his wife's and his daughter's names,"
        " totalled 3,697,670,000 won.",
    ],
)
def test_a_second_lead_and_holders_listed_with_a_total(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_judgement_the_source_only_weighs_is_not_supported(cli) -> None:
    # (the store holds his remark that he wondered whether the goal was enough: the sentence
    # answers what the source only asks; it was unverified before that fact was curated)
    out = verdict(cli, "배 장관은 2028년까지 GPU 5만 장이라는 당초 목표가 충분하다고 말했다.")
    assert out["verdict"] in ("unverified", "misleading") and "충분" in out["message"], out
    out = verdict(cli, "Bae said the original goal of 50,000 GPUs by 2028 was enough.")
    assert out["verdict"] == "misleading" and "enough" in out["message"], out
    # (a doubt, 충분한지 고민했다, and a judgement the source makes, stay supported)
    doubt = "배 장관은 정부가 당초 2028년까지 GPU 5만 장을 확보하기로 했던 목표가 충분한지 고민했다고 말했다."
    assert verdict(cli, doubt)["verdict"] == "supported"
    short = "배 장관은 과거 R&D 예산안을 검토하는 시간이 부족했다고 말했다."
    assert verdict(cli, short)["verdict"] == "supported"


def test_a_code_the_store_never_gives_for_the_one_it_does(cli) -> None:
    wrong = verdict(cli, "배경훈은 딥시크 R2를 넘어서려면 H200 2천 장가량이 필요하다고 말했다.")
    assert (wrong["verdict"], wrong["expected"]) == ("contradicted", "R1")
    right = "배경훈은 딥시크 R1을 넘어서려면 H200 2천 장가량이 필요하다고 말했다."
    assert verdict(cli, right)["verdict"] == "supported"


def test_the_giver_said_to_receive_is_misleading(cli) -> None:
    for claim in (
        "과기부는 2023년 은탑산업훈장을 받았다.",
        "The science ministry received the Silver Tower Order in 2023.",
    ):
        out = verdict(cli, claim)
        assert (out["verdict"], out["reason"]) == ("misleading", "actor"), claim
    for claim in (
        "배 장관은 2025년 7월 17일 정현석 위원장으로부터 축하 꽃다발을 받았다.",
        "The science ministry awarded Bae the Silver Tower Order in 2023.",
    ):
        assert verdict(cli, claim)["verdict"] == "supported", claim


def test_adequate_where_the_source_says_it_fell_short(cli) -> None:
    out = verdict(cli, "배 장관은 과거 R&D 예산 투입이 적절했다고 말했다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "direction")
    assert verdict(cli, "배 장관은 과거 R&D 예산 투입에 한계가 있었다고 말했다.")["verdict"] == (
        "supported"
    )
