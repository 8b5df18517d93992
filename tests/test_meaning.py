"""Verdicts rest on what a sentence means: who, which quantity, how sure, when, which way.

Through the CLI on the bundled store, in Korean and English: each reason of `misleading`,
role-aware matching, names as values, and claims of several sentences.
"""

from __future__ import annotations

import json

import pytest
from checking import verdict

from factcli.text.analysis import analyze_sentence


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # actor: the right date, another organisation
        ("LG유플러스는 2024년 8월7일 엑사원 3.0을 오픈소스로 공개했다.", "actor"),
        ("In July 2023, LG Uplus released EXAONE 2.0, which supports multimodal input.", "actor"),
        # certainty: under consideration, written as a plan
        ("과기부는 2030년까지 GPU 20만장을 확보할 계획이다.", "certainty"),
        ("The ministry plans to secure 200,000 GPUs by 2030.", "certainty"),
        # certainty: a stated will written as a result
        (
            "배경훈은 2020년 12월 LG AI연구원 출범과 함께 그룹 내 난제들을 모두 해결했다.",
            "certainty",
        ),
        # tense: scheduled (at the earliest), written as done
        ("과기부는 2025년 10월 부총리급으로 격상됐다.", "tense"),
        ("The ministry was upgraded to deputy prime minister level in October 2025.", "tense"),
        # direction: a start written as an end (where the store also knows the end, the
        # sentence is contradicted by it instead: see test_a_start_is_not_an_end)
        ("Bae stepped down as head of LG AI Research in December 2020.", "direction"),
        # relation: a model year taken for a purchase date
        ("배경훈은 2010년 제네시스 차량을 샀다.", "relation"),
        ("Bae bought a Genesis car in 2010.", "relation"),
    ],
)
def test_misleading_with_its_reason(cli, claim, reason):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out["message"]
    assert out["reason"] == reason
    assert out["fact_id"] and out["message"].startswith(f"{reason}: ")


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2024년 8월 7일 엑사원 3.0을 오픈소스로 내놓았다.",
        "LG AI Research unveiled EXAONE 2.0, with multimodal input and output, on July 19, 2023.",
        "과기부는 2030년까지 GPU 20만장을 구축하는 방안을 고민하고 있다.",
        "The ministry is considering ways to build 200,000 GPUs by 2030.",
        "Bae became head of LG AI Research in December 2020.",
        "배경훈은 2011년 SK텔레콤 미래기술원으로 옮겨 AI 연구를 했다.",
        "과태료 부과는 최소 1년 이상 유예된다.",
        "정부는 2028년까지 GPU 5만장을 확보하기로 했다.",
    ],
)
def test_faithful_sentences_stay_supported(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out["message"]
    assert out["reason"] is None


def test_a_start_is_not_an_end(cli):  # type: ignore[no-untyped-def]
    # He became LG AI Research's head in December 2020 and left the post in July 2025.
    out = verdict(cli, "배경훈은 2020년 12월 LG AI연구원장에서 물러났다.")
    assert out["verdict"] in ("contradicted", "misleading")
    assert out["verdict"] == "misleading" or "2025-07" in out["message"]
    assert (
        verdict(cli, "배경훈은 2025년 7월 LG AI연구원장에서 물러났다.")["verdict"] != "contradicted"
    )


def test_a_birth_year_is_compared_with_the_birth_not_the_title(cli):  # type: ignore[no-untyped-def]
    # The sentence names his title; the year is still his birth year.
    assert (
        verdict(cli, "과기정통부 장관 배경훈은 1976년 서울에서 태어났다.")["verdict"] == "supported"
    )
    wrong = verdict(cli, "1977년생인 배경훈 장관은 AI 전문가다.")
    assert wrong["verdict"] == "contradicted"
    assert wrong["fact_id"] == "bae-birth" and wrong["expected"].startswith("1976")


def test_an_age_is_compared_with_the_age_at_that_event(cli):  # type: ignore[no-untyped-def]
    # 49 at his appointment (born 1976-05, appointed 2025-07), 44 when he took the LG post.
    assert verdict(cli, "Bae became minister at age 49.")["verdict"] == "supported"
    wrong = verdict(cli, "Bae became minister at age 44.")
    assert wrong["verdict"] == "contradicted" and wrong["expected"].startswith("49")
    assert verdict(cli, "LG AI연구원 설립 당시 배경훈은 44세였다.")["verdict"] == "supported"


def test_a_demand_is_not_a_target(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "2030년 중소기업과 학계가 필요로 하는 GPU는 20만장으로 전망된다.")
    assert out["verdict"] == "contradicted"
    assert "15만" in out["expected"]


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배경훈은 1976년 5월 부산에서 태어났다.", "부산", "서울"),
        ("Bae was born in Busan in May 1976.", "Busan", "Seoul"),
        ("배경훈은 2023년 동탑산업훈장을 받았다.", "동탑산업훈장", "은탑산업훈장"),
        (
            "Bae graduated from Yonsei University in 2002 with a master's degree.",
            "Yonsei University",
            "Kwangwoon University",
        ),
    ],
)
def test_names_are_values(cli, claim, found, expected):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert (out["found"], out["expected"]) == (found, expected)
    assert f"{found} should be {expected}" in out["message"]


def test_every_sentence_of_a_claim_is_judged(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "배경훈은 1977년 태어났다. 재산은 46억 원이다.")
    assert out["verdict"] == "contradicted"
    found = [e["found"] for e in out["evidence"] if e["relation"] == "conflict"]
    assert found == ["1977년", "46억 원"]
    assert "1977년 should be" in out["message"] and "46억 원 should be" in out["message"]


def test_explanations_name_each_value_once(cli):  # type: ignore[no-untyped-def]
    message = verdict(cli, "Bae became minister at age 44.")["message"]
    assert message.count("49 years old") == 1


def test_misleading_fails_a_draft_like_contradicted(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "# 초안\n\n배경훈은 1976년 5월 서울에서 태어났다.\n\n"
        "과기부는 2030년까지 GPU 20만장을 확보할 계획이다.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [(r["line"], r["verdict"], r["reason"]) for r in rows] == [
        (3, "supported", None),
        (5, "misleading", "certainty"),
    ]


def test_a_pronoun_takes_the_subject_of_the_sentence_before(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "배경훈은 AI 전문가다. 그는 2025년 7월 17일 장관에 취임했다.\n\n"
        "배경훈의 장녀는 외동딸이다. 그녀는 2025년 7월 17일 장관에 취임했다.\n",
        encoding="utf-8",
    )
    rows = json.loads(cli("check", "--file", str(draft), "-f", "json", store=None).stdout)
    assert [(r["line"], r["verdict"], r["reason"]) for r in rows] == [
        (1, "supported", None),
        (3, "misleading", "actor"),
    ]


def test_each_sentence_of_a_draft_is_analysed_once(cli, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Search and check share one analysis of a sentence (text.analysis), made once."""
    from factcli.text import analysis

    lines = [f"배경훈은 {2000 + i}년 {1 + i % 12}월 취임했다." for i in range(50)]
    draft = tmp_path / "d.md"
    draft.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    seen: list[str] = []
    real = analysis.clauses_of

    def counting(text, values=()):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, values)

    analysis.forget()
    monkeypatch.setattr(analysis, "clauses_of", counting)
    assert cli("check", "--file", str(draft), "-f", "json", store=None).exit_code in (0, 1)
    for line in lines:
        assert seen.count(line) == 1, line


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("정부는 2028년까지 GPU 5만장을 확보하기로 했다.", "decided"),
        ("과기부는 GPU 20만장 구축 방안을 검토하고 있다.", "considering"),
        ("GPU 수요는 15만장으로 전망된다.", "expected"),
        ("과기부는 GPU를 확보할 계획이다.", "planned"),
        ("LG AI연구원은 엑사원 3.0을 공개했다.", "done"),
        ("The ministry is considering 200,000 GPUs.", "considering"),
        ("The ministry expects demand of 150,000 GPUs.", "expected"),
        ("LG AI Research released EXAONE 3.0.", "done"),
        # a quoted clause reported as said is read as indirect speech (…하겠다고 말했다) ...
        ("배경훈은 “연구하겠다”고 말했다.", "future"),
        ("배경훈은 연구하겠다고 말했다.", "future"),
        # ... a quoted phrase is the speaker's words, not the report's certainty
        ("그는 배경훈을 “어렵게 모신 분”이라고 말했다.", "done"),
        ("그는 “AI 고속도로 구축 계획”을 소개했다.", "done"),
    ],
)
def test_certainty_is_read_from_the_words(text, certainty):  # type: ignore[no-untyped-def]
    assert analyze_sentence(text).certainty == certainty


def test_clauses_split_at_connectives_not_auxiliaries():  # type: ignore[no-untyped-def]
    text = "배 장관은 당초 2028년까지 GPU 5만장을 확보하기로 했으나 2030년까지 20만장으로 늘리는 방안을 고민하고 있다."
    clauses = analyze_sentence(text).clauses
    assert [c.certainty for c in clauses] == ["decided", "considering"]


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # the giver and the date are the flowers'; the appointment letter came on another day
        (
            "정현석 공무원노조 과학기술정보통신지부 위원장은 2025년 7월 17일 배경훈 장관에게 "
            "임명장을 수여했다.",
            "detail",
        ),
        # another organisation's list, named as the publisher of the AI Index report
        (
            "Epoch AI's AI Index Report 2025, published on April 7, 2025, named EXAONE 3.5 "
            "the only Korean model among its 62 notable AI models.",
            "actor",  # (the report is Stanford HAI's; Epoch AI keeps a list of its own)
        ),
        # the quoted words are the chief of staff's, said the same day of another man
        (
            "하정우 AI미래기획수석은 2025년 6월 23일 배경훈 후보자를 'AI 학자이자 기업가'라고 평가했다.",
            "actor",
        ),
    ],
)
def test_a_detail_of_another_fact_is_misleading(cli, claim, reason):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out["message"]
    assert out["reason"] == reason


@pytest.mark.parametrize(
    "claim",
    [
        # the occasion is another fact that agrees (the press conference), not a foreign detail
        "배 장관은 2025년 9월12일 서울 종로구 HJ비즈니스센터 기자간담회에서 잠재 성장률 3% 회복에 "
        "기여하겠다고 밝혔다.",
        # a synonym of the fact's word (취재진) and a name the fact holds
        "배경훈은 2025년 3월 18일 GTC 2025에서 기자들을 만났다.",
        "강훈식 비서실장은 2025년 6월 23일 배경훈 후보자를 초거대 AI 상용화로 은탑산업훈장을 받은 "
        "AI 학자이자 기업가라고 소개했다.",
    ],
)
def test_words_the_facts_hold_are_not_details(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # giver and receiver the other way round (the source: 대통령으로부터 받았다)
        ("배경훈은 2025년 7월 23일 대통령실에서 이재명 대통령에게 임명장을 전달했다.", "direction"),
        # a number the source ties to another noun of the same statement (the price as the loan)
        ("배경훈은 2025년 6월 10일 41억5천만 원 규모의 주택담보대출을 받았다.", "relation"),
        # each, where the source gives one total
        ("배경훈의 장녀는 해외 주식 세 종목에 각각 8549만 원을 넣었다.", "relation"),
        (
            "Bae's daughter held 85.49 million won each in three overseas stocks on the NASDAQ.",
            "relation",
        ),
        # the day a state is reported as of, written as the day it happened
        ("배경훈의 장녀는 2025년 7월 26일 해외 주식을 전량 매각했다.", "relation"),
        # a position that ended, said to go on
        ("Bae has worked as a specialist researcher at Samsung Thales since 2003.", "tense"),
        ("배경훈은 2003년 9월 25일부터 전문연구요원으로 복무하고 있다.", "tense"),
        # without: the opposite of what he said at the hearing
        ("On July 14, 2025, Bae said he studied for his doctorate without approval.", "direction"),
    ],
)
def test_which_quantity_who_gave_and_when_it_held(cli, claim, reason):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == reason, out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 7월 23일 이재명 대통령으로부터 임명장을 받았다.",
        "배경훈은 2025년 6월 10일 7억5천만 원의 주택담보대출을 받았다.",
        "배경훈의 장녀는 2021년 11월 증여세로 776만 원을 냈다.",
        "2025년 7월 26일 기준 배경훈의 장녀는 해외 주식을 모두 판 상태였다.",
        # no longer held = had sold: not the opposite of the source
        "As of July 26, 2025, Bae's daughter no longer held any overseas stocks.",
        # two facts, one value each
        "Bae received his master's degree from Kwangwoon University in 2002 and his PhD in 2006.",
    ],
)
def test_the_same_meaning_in_other_words_is_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # words describing a noun are not what the clause asserts
        ("The ministry decided to buy the GPUs that universities need by 2030.", "decided"),
        ("정부는 2030년 대학에 필요한 GPU를 공급하기로 결정했다.", "decided"),
        ("Bae said the plan would need 200,000 GPUs.", "conditional"),
    ],
)
def test_relative_clauses_do_not_set_certainty(text, certainty):  # type: ignore[no-untyped-def]
    assert analyze_sentence(text).clauses[-1].certainty == certainty


@pytest.mark.parametrize(
    ("claim", "verdict_"),
    [
        # the day the article reported it is not the day the meeting was held
        ("배경훈 장관의 기자간담회는 2025년 9월 14일 서울에서 열렸다.", "not supported"),
        ("배경훈 장관의 기자간담회는 2025년 9월 12일 서울에서 열렸다.", "supported"),
        # said at the meeting, on the day it was held
        ("배경훈 장관은 2025년 9월 12일 기자간담회에서 AI 정책 청사진을 밝혔다.", "supported"),
    ],
)
def test_the_day_it_was_said_is_not_the_day_it_was_held(cli, claim, verdict_):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert (got == "supported") == (verdict_ == "supported"), got


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # said on a day as a plan; not done that day because another fact of the day agrees
        ("배경훈 장관은 2025년 9월 12일 과학기술 AI 장관회의를 직접 주재했다.", "misleading"),
        ("배경훈 장관은 2025년 9월 12일 과학기술 AI 장관회의를 주최하겠다고 밝혔다.", "supported"),
    ],
)
def test_a_plan_said_on_a_day_is_not_done_that_day(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the mortgage amount written as the price
        ("배경훈은 서초구 아파트를 7억5천만 원에 사들였다.", "misleading"),
        ("Bae purchased the apartment in Seocho for 750 million won.", "misleading"),
        ("배경훈은 서초구 아파트를 41억5천만 원에 매매하는 계약을 맺었다.", "supported"),
        # still held, of what the source says was sold
        ("2025년 7월 26일 기준 배경훈의 장녀는 아직도 해외 주식을 갖고 있었다.", "misleading"),
    ],
)
def test_a_price_and_a_sale(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


def test_two_clauses_each_supported_by_its_own_fact(cli):  # type: ignore[no-untyped-def]
    # the connective left on a clause ("..., but") is not a word the facts must match
    claim = (
        "According to Bae, going from EXAONE 3.0 to 3.5 took four months, "
        "but EXAONE Deep took only 42 days."
    )
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out
    assert len({e["fact_id"] for e in out["evidence"]}) == 2


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # his daughter's birth year is not his (a newcomer's trial found these supported)
        ("배경훈은 2012년에 태어났다.", False),
        ("Bae Kyung-hoon was born in 2012.", False),
        ("배경훈의 장녀는 2012년에 태어났다.", True),
        ("Bae Kyung-hoon has a daughter born in 2012.", True),
        ("배경훈은 1976년생이다.", True),
    ],
)
def test_a_birth_year_is_whose_the_sentence_says(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") == supported


def test_a_claim_of_two_sentences_places_the_wrong_value_in_the_claim(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈은 1976년 5월 태어났다. 재산은 46억 원이다."
    result = cli("check", claim, store=None)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"<claim>:1:{claim.index('46억') + 1}: contradicted"), (
        result.stdout
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A figure with nothing counted counts what the sentence counts (50,000 GPUs).
        (
            "Officials are weighing how Korea could build up 200,000 GPUs by 2030, "
            "up from the original goal of 50,000 by 2028.",
            "supported",
        ),
        (
            "Officials are weighing how Korea could build up 200,000 GPUs by 2030, "
            "up from the original goal of 60,000 by 2028.",
            "contradicted",
        ),
        # "Officials" names no one; Samsung is someone else.
        ("Officials are weighing how Korea could build up 200,000 GPUs by 2030.", "supported"),
        ("Samsung is weighing how Korea could build up 200,000 GPUs by 2030.", "misleading"),
        # A version is not a count: three EXAONE 3.5 models.
        (
            "Of the three EXAONE 3.5 models released in December 2024, the 32B one made "
            "Epoch AI's Notable AI Models list.",
            "supported",
        ),
        # The school a degree came from, written as a possessive: not another giver.
        (
            "Bae earned his master's in electronic engineering from Kwangwoon University's "
            "graduate school in 2002 and his doctorate there in 2006.",
            "supported",
        ),
        (
            "Bae received his doctorate from Yonsei University's graduate school in 2006.",
            "contradicted",
        ),
    ],
)
def test_figures_versions_and_names_read_as_meant(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A month alone is checked on its month (the upgrade is due early October at the earliest).
        (
            "배 장관은 이르면 10월 초로 예정된 부총리 격상 뒤 과학기술 AI 장관회의를 주최하겠다고 했다.",
            "supported",
        ),
        ("과기부는 이르면 11월 초 부총리급으로 격상된다.", "contradicted"),
        ("과기부는 10월 초에 부총리급으로 격상됐다.", "misleading"),
    ],
)
def test_a_month_alone_is_a_date(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Denied in the store, written as admitted: the status tells, whatever the words.
        (
            "In his June 30, 2025 statement, Bae acknowledged that he had learned of the "
            "mortgage-limit policy before it was announced.",
            "misleading",
        ),
        (
            "배경훈은 2025년 6월30일 주택담보대출 제한 정책을 사전에 알았다고 시인했다.",
            "misleading",
        ),
        (
            "On June 30, 2025, Bae said he had no prior knowledge of the mortgage-limit policy.",
            "supported",
        ),
        # A transcribed name the store glosses in Latin letters (에포크 AI(Epoch AI)) is
        # another party than the report's publisher.
        (
            "에포크 AI가 2025년 4월 7일 펴낸 보고서는 엑사원 3.5를 주목할 만한 AI 모델 62개 "
            "가운데 하나로 꼽았다.",
            "misleading",
        ),
        ("엑사원 3.5의 32B 모델은 에포크 AI의 주목할 만한 AI 모델 리스트에 올랐다.", "supported"),
        # What a "first" thing was: the first hybrid model is another model.
        (
            "EXAONE Deep, released on March 18, 2025, was Korea's first hybrid model.",
            "misleading",
        ),
        (
            "EXAONE Deep, released on March 18, 2025, was Korea's first reasoning model.",
            "supported",
        ),
        ("엑사원 딥은 2025년 3월 18일 공개된 국내 최초 하이브리드 AI 모델이다.", "misleading"),
        ("엑사원 딥은 2025년 3월 18일 공개된 국내 최초 추론 AI 모델이다.", "supported"),
    ],
)
def test_denials_names_and_kinds(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The day a plan was announced is the day of the saying, whatever the plan.
        (
            "과기부는 2025년 9월 특정 산업에 특화된 AI 모델을 개발·확산시킬 방침을 밝혔다.",
            "supported",
        ),
        (
            "과기부는 2025년 8월 특정 산업에 특화된 AI 모델을 개발·확산시킬 방침을 밝혔다.",
            "contradicted",
        ),
        # A speech given is done, though what it promised is a plan ...
        ("배경훈은 2020년 12월 7일 LG AI연구원 온라인 출범행사에서 연설했다.", "supported"),
        ("On December 7, 2020, Bae spoke at LG AI Research's online launch event.", "supported"),
        # ... and what was said stays as sure as the source says.
        (
            "배경훈은 2020년 12월 7일 LG AI연구원 출범 온라인 행사에서 AI 활용 방법을 "
            "연구했다고 말했다.",
            "misleading",
        ),
    ],
)
def test_the_saying_and_what_was_said(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A fact about his parents is not about him: neither support ...
        ("배경훈은 2024년 107만 원의 과세 대상 소득이 있었다.", "misleading"),
        ("Bae Kyung-hoon had a taxable income of 1.07 million won in 2024.", "misleading"),
        # ... nor a contradiction of what he did (대상: a prize, not 과세 대상).
        ("배경훈은 2019년 대한민국 AI 대상을 받았다.", "unverified"),
        # Said of the parents, it holds; said of him and his spouse, their apartment too.
        ("배경훈의 부모는 2024년 107만 원의 과세 대상 소득이 있었다.", "supported"),
        ("Bae's parents had 1.07 million won of taxable income in 2024.", "supported"),
        (
            "배경훈과 배우자가 지분을 나눠 가진 반포동 아파트의 합산 가액은 41억5천만 원이다.",
            "supported",
        ),
        # 총액 is the total.
        ("재산 총액은 3,696,770,000원으로 신고됐다.", "contradicted"),
        ("배경훈이 신고한 비트코인은 10만 1천 원어치다.", "supported"),
    ],
)
def test_whose_fact_it_is(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Another degree is another thing: the master's neither supports nor contradicts a
        # bachelor's.
        ("배경훈은 2002년 광운대에서 학사학위를 받았다.", "unverified"),
        ("He earned his bachelor's degree from Kwangwoon University in 2000.", "unverified"),
        ("배경훈은 2002년 광운대에서 석사학위를 받았다.", "supported"),
        ("배경훈은 2006년 광운대에서 석사학위를 받았다.", "contradicted"),
        # A promise dated by the day it was made: that day is not when the promised thing runs.
        ("국가AI컴퓨팅센터 슈퍼컴 6호기는 2026년부터 가동된다.", "unverified"),
        (
            "배경훈은 2025년 7월 18일 취임식에서 슈퍼컴 6호기 등 AI 인프라를 조속히 확충하겠다고 강조했다.",
            "contradicted",
        ),
        # ~고 했다 reports a saying; a date of what was said (10월 초로) is not the saying's.
        (
            "배경훈 장관은 2025년 6월 17일 취임사에서 누구나 AI를 활용할 수 있는 환경을 만들겠다고 했다.",
            "contradicted",
        ),
        (
            "배 장관은 이르면 10월 초로 예정된 부총리 격상 뒤 과학기술 AI 장관회의를 주최하겠다고 했다.",
            "supported",
        ),
    ],
)
def test_degrees_promises_and_reported_dates(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 하기로 한 is decided, 목표는 a goal: neither is written as done ...
        (
            "LG전자·화학·유플러스·CNS 등 16개 계열사가 참여해 3년간 2천여억 원을 투자하기로 한 프로젝트였다.",
            "supported",
        ),
        ("당초 목표는 2028년까지 GPU 5만 장 확보였다.", "supported"),
        # ... while an investment or a goal written as done still is.
        ("16개 계열사는 3년간 2천여억 원을 투자했다.", "misleading"),
        ("과기부는 2028년까지 GPU 5만장 확보 목표를 달성했다.", "misleading"),
        # A second English clause has its own subject.
        (
            "President Lee Jae-myung approved the nomination on July 16, 2025, and Bae was sworn "
            "in at the Government Complex Sejong on July 17.",
            "supported",
        ),
        (
            "President Lee Jae-myung approved the nomination on July 16, 2025, and Samsung was "
            "sworn in at the Government Complex Sejong on July 17.",
            "misleading",
        ),
        # 청문회를 앞두고 says when, not what was done.
        (
            "청문회를 앞두고 그가 2025년 6월 10일 7억5천만 원의 주택담보대출을 받아 서초구 아파트를 "
            "41억5천만 원에 사는 계약을 맺은 사실이 드러났다.",
            "supported",
        ),
    ],
)
def test_decisions_goals_clause_subjects_and_time_frames(cli, claim, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == expected


def test_a_year_spelled_with_a(cli):  # type: ignore[no-untyped-def]
    claim = "Bae said fines under the AI Basic Act would be put off for at least a year."
    out = verdict(cli, claim)
    assert out["verdict"] == "supported"
    assert out["found"] == "a year"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("재가한 날은 2025.7.16이다.", "2025.7.16"),  # a particle right after a dotted date
        ("July 16, 2025에 재가했다.", "July 16, 2025"),
        ("장녀는 메타 주식만 8549만 원어치를 갖고 있었다.", "8549만 원"),  # 만 the particle
        ("예금만 1억 원이다.", "1억 원"),
    ],
)
def test_a_figure_after_or_before_a_particle_is_read(text, found):  # type: ignore[no-untyped-def]
    assert [v.text for v in analyze_sentence(text).values] == [found]


def test_a_particle_before_a_figure_lets_it_be_checked(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "배 장관의 장녀는 메타 주식만 8549만 원어치를 갖고 있었다.")
    assert out["verdict"] == "contradicted", out["message"]
    assert "2104만" in out["message"]
    out = verdict(cli, "이재명 대통령이 배경훈 후보자의 장관 임명안을 재가한 날은 2025.7.16이다.")
    assert out["verdict"] == "supported", out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 과학기술정보통신부 장관은 1976년 5월 서울에서 태어났다.",
        "과기정통부 장관 배경훈은 1976년 5월 서울에서 태어났다.",
    ],
)
def test_a_ministry_before_a_title_names_the_person_not_the_ministry(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out["message"]


@pytest.mark.parametrize(
    ("claim", "verdict_"),
    [
        # Names are values in a sentence without a figure too.
        ("배경훈은 서울 경신고등학교를 졸업했다.", "contradicted"),
        (
            "Bae graduated from Korea University's department of electronic engineering.",
            "contradicted",
        ),
        ("배경훈은 연세대학교 전자공학과를 졸업했다.", "contradicted"),
        # A fact holding every word, of the same event, actor and certainty supports it.
        ("Bae Kyung-hoon is a graduate of Daeshin High School in Seoul.", "supported"),
        ("배경훈은 광운대학교 전자공학과를 졸업했다.", "supported"),
        ("배 장관은 부총리 격상 후 과학기술 AI 장관회의를 주최하겠다고 밝혔다.", "supported"),
        # A plan written as done is misleading without a figure as well.
        ("배 장관은 부총리 격상 후 과학기술 AI 장관회의를 주최했다.", "misleading"),
        # Anything less stays unverified: another event, a word the fact lacks, a negation.
        ("배경훈은 광운대학교 전자공학과에 입학했다.", "unverified"),
        ("배경훈은 광운대학교 전자공학과를 중퇴했다.", "unverified"),
        ("배경훈은 광운대학교 전자공학과를 졸업하지 않았다.", "unverified"),
        (
            "Bae Kyung-hoon, the finance minister, graduated from Kwangwoon University.",
            "unverified",
        ),
    ],
)
def test_a_sentence_without_a_figure_is_judged_by_its_names_and_words(cli, claim, verdict_):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == verdict_, out["message"]
    if verdict_ == "supported":
        assert out["evidence"] and out["evidence"][0]["quote"]


def test_a_wrong_title_beside_a_name_is_not_the_persons(cli):  # type: ignore[no-untyped-def]
    out = verdict(
        cli, "정현석 과학기술정보통신부 차관은 2025년 7월 17일 배경훈 장관에게 꽃다발을 건넸다."
    )
    assert out["verdict"] == "misleading", out["message"]
    assert out["reason"] == "actor"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 본인 명의 아파트 지분의 가액만 41억5천만 원이다.",
        "배 장관은 41억5천만 원짜리 반포동 아파트를 전부 본인 단독 명의로 갖고 있다.",
    ],
)
def test_a_total_written_as_one_parts_figure_is_misleading(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out["message"]
    assert out["reason"] == "relation"
    out = verdict(cli, "배경훈 본인과 배우자의 반포동 아파트 지분을 합한 가액은 41억5천만 원이다.")
    assert out["verdict"] == "supported", out["message"]


def test_a_dotted_date_does_not_end_a_korean_sentence(cli):  # type: ignore[no-untyped-def]
    from factcli.text.sentences import sentences

    assert [s.text for s in sentences("LG AI연구원은 2020. 12. 7. 출범했다.")] == [
        "LG AI연구원은 2020. 12. 7. 출범했다."
    ]
    assert verdict(cli, "LG AI연구원은 2020. 12. 7. 출범했다.")["verdict"] == "supported"


def test_what_one_became_is_not_who_did_it():  # type: ignore[no-untyped-def]
    text = "2018년 LG유플러스 AI플랫폼담당 상무가 됐고, 2019년 LG전자 LG사이언스파크 AI담당 상무로 옮겼다."
    assert analyze_sentence(text).actor is None
    assert analyze_sentence("배경훈이 원장이 됐다.").actor == "배경훈"


def test_a_saying_dated_is_not_what_the_speaker_expected(cli):  # type: ignore[no-untyped-def]
    said = (
        '강훈식 비서실장은 2025년 6월 23일 그의 장관 후보자 지명을 두고 "AI 3대 강국을 위해 '
        '어렵게 모신 분"이라고 말했다.'
    )
    assert verdict(cli, said)["verdict"] == "supported"
    # ... but what he expected, written as done, is still overstated.
    done = (
        "강훈식 비서실장은 2025년 6월 23일 배경훈이 하정우 수석과 함께 AI 기술경쟁력을 높이는 데 "
        "기여했다고 말했다."
    )
    out = verdict(cli, done)
    assert (out["verdict"], out["reason"]) == ("misleading", "certainty")


def test_a_quoted_clause_reported_as_said_keeps_its_certainty(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, '그는 "당초 2028년까지 GPU 5만장을 확보하기로 했다"고 말했다.')
    assert out["verdict"] == "supported", out["message"]
    # (the goal's fact, or that of the remark that recalls it)
    assert out["fact_id"].startswith("policy-gpu-target-2028")


def test_a_date_inside_what_was_said_is_not_the_meetings_day(cli):  # type: ignore[no-untyped-def]
    claim = (
        '서울 종로구 HJ비즈니스센터 기자간담회에서 그는 "당초 2028년까지 GPU 5만장을 '
        '확보하기로 했다"고 말했다.'
    )
    assert verdict(cli, claim)["verdict"] != "contradicted"
    # The meeting's own day is still checked.
    out = verdict(
        cli, "배 장관은 2025년 9월 20일 서울 종로구 HJ비즈니스센터에서 기자간담회를 열었다."
    )
    assert out["verdict"] == "contradicted", out["message"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a year and month before a figure that is no day
        ("엑사원 3.5는 2024년 12월 2.4B·7.8B·32B 세 가지 모델로 선보였다.",
         [("2024년 12월", "date"), ("2.4B", "count"), ("7.8B", "count"), ("32B", "count"),
          ("세 가지", "count")]),
        ("2024년 12월 3개 모델", [("2024년 12월", "date"), ("3개", "count")]),
        # a birth word tells of the date it stands by, not of every date of the sentence
        ("The minister's daughter, born in 2012, paid 7.76 million won in gift tax in November 2021.",
         [("2012", "birth"), ("7.76 million won", "money"), ("November 2021", "date")]),
        ("1976년 5월 서울 출생인 배경훈은 2025년 7월 장관이 됐다.",
         [("1976년 5월", "birth"), ("2025년 7월", "date")]),
    ],
)  # fmt: skip
def test_values_are_read_with_the_words_beside_them(text, read):  # type: ignore[no-untyped-def]
    assert [(v.text, v.family) for v in analyze_sentence(text).values] == read


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.5는 2024년 12월 2.4B·7.8B·32B 세 가지 모델로 선보였다.",
        "The minister's daughter, born in 2012, paid 7.76 million won in gift tax in November 2021.",
    ],
)
def test_sentences_read_whole_are_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_footnote_that_reports_a_source_is_not_wrong(cli, tmp_path):  # type: ignore[no-untyped-def]
    # What another source wrote is not the draft's claim: it is no error (a footnote's text is
    # read since the twenty-first session: a claim may hide there)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "배경훈은 1976년 서울에서 태어났다.[^1]\n\n[^1]: 인명록 1977년판은 1977년생이라 적었다.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    assert result.exit_code == 0, result.stdout
    rows = json.loads(result.stdout)
    assert rows[0]["line"] == 1
    assert all(row["verdict"] not in ("contradicted", "misleading") for row in rows)


def test_a_claim_in_a_footnote_is_checked_and_a_citation_is_not(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Bae was born in 1976.[^1] 배경훈은 2025년 7월 17일 취임했다.[^2]\n\n"
        "[^1]: Bae was born in Busan in May 1977.\n"
        "[^2]: 아시아투데이, 2025년 9월 14일.\n"
        "[^3]: https://www.asiatoday.co.kr/view.php?key=20250914010006789\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", "--strict", store=None)
    rows = json.loads(result.stdout)
    assert result.exit_code == 1
    assert [(row["line"], row["verdict"]) for row in rows if row["line"] > 2] == [
        (3, "contradicted")
    ]


def test_plain_check_output_is_coloured_only_when_asked(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈은 1977년 태어났다."
    plain = cli("check", claim, "-f", "plain", store=None).stdout
    assert "\x1b" not in plain and ": contradicted: " in plain
    coloured = cli("--color", "always", "check", claim, "-f", "plain", store=None).stdout
    assert "\x1b[1;31mcontradicted\x1b[0m: " in coloured
    # Only the verdict word is coloured: the rest is the plain line, byte for byte.
    assert coloured.replace("\x1b[1;31m", "").replace("\x1b[0m", "") == plain


@pytest.mark.parametrize(
    ("claim", "actor"),
    [
        ("LG유플러스는 2024년 8월7일 엑사원 3.0을 오픈소스로 공개했다.", "LG유플러스"),
        ("In 2024, LG Uplus open-sourced EXAONE 3.0 on Aug. 7.", "LG Uplus"),
    ],
)
def test_a_wrong_actor_is_pointed_at_not_the_value(cli, claim, actor):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")
    assert out["found"] == actor
    plain = cli("check", claim, "-f", "plain", store=None).stdout
    assert plain.startswith(f"<claim>:1:{claim.index(actor) + 1}: misleading: actor: ")


def test_a_stake_is_a_share(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "Bae holds a 60% stake in the Banpo-dong apartment.")["verdict"] == "supported"
    )
    out = verdict(cli, "Bae holds a 70% stake in the Banpo-dong apartment.")
    assert out["verdict"] == "contradicted" and out["expected"] == "60%"


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배 장관은 본인 명의 차량으로 2010년식 그랜저 1대를 신고했다.", "그랜저", "제네시스"),
        ("Bae declared one car in his own name, a 2010 Sonata.", "Sonata", "Genesis"),
        (
            "배경훈은 2025년 3월 한국인터넷진흥원(KISA) AI정책협력위원장을 맡았다.",
            "한국인터넷진흥원",
            "한국소프트웨어산업협회",
        ),
    ],
)
def test_another_car_or_another_bodys_post_is_contradicted(cli, claim, found, expected):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["found"], out["expected"]) == (found, expected)


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 본인 명의 차량으로 2010년식 제네시스 1대를 신고했다.",
        "배경훈은 2025년 3월 한국소프트웨어산업협회 AI정책협력위원장을 맡았다.",
        # Another body's other post in the same sentence is not the fact's post.
        "배경훈은 2016년 LG경제연구원 연구위원이 됐고, 2019년 LG사이언스파크 AI담당 상무가 됐다.",
    ],
)
def test_the_stores_car_and_body_are_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_an_acronym_the_store_never_uses_is_not_supported(cli):  # type: ignore[no-untyped-def]
    # The values agree with a position the store has, but KISA is a body it never names.
    out = verdict(cli, "배경훈은 2025년 3월 KISA AI정책협력위원장을 맡았다.")
    assert out["verdict"] == "unverified", out


def test_a_bare_year_before_a_cars_name_is_its_model_year(cli):  # type: ignore[no-untyped-def]
    claim = "Bae listed one 2010 Genesis car registered in his own name."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # exactly a figure the source gives roughly (2천여억 원)
        ("LG 계열사들은 3년간 정확히 2천억 원을 투자하기로 했다.", "range"),
        # a change said the other way than a related fact says it (상향하겠다는 방침)
        ("배 장관은 2028년까지 5만 장으로 잡았던 GPU 확보 목표를 낮추겠다고 했다.", "direction"),
        # the group the source leaves out (대기업을 제외한), written as the one meant
        ("2030년 대기업이 필요로 하는 GPU는 15만장 정도로 전망된다.", "relation"),
        (
            "Bae said the government would supply about 30% of the GPUs that large "
            "conglomerates will need in 2030.",
            "relation",
        ),
    ],
)
def test_rough_figures_directions_and_exclusions_are_kept(cli, claim, reason):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", reason), out


@pytest.mark.parametrize(
    "claim",
    [
        "LG 계열사들은 3년간 2천억 원을 투자하기로 했다.",
        "2030년 중소기업과 학계가 필요로 하는 GPU는 15만장 정도로 전망된다.",
        # an estimate: 봤다 after 으로 is 전망
        "배 장관은 대기업을 뺀 중소기업과 학계의 2030년 GPU 수요를 15만 장가량으로 봤다.",
        # took / taken: one verb
        "Bae had taken out a 750 million won mortgage.",
    ],
)
def test_faithful_paraphrases_of_these_are_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_word_the_store_never_uses_keeps_a_loose_fact_from_contradicting(cli):  # type: ignore[no-untyped-def]
    claim = "Bae's daughter made a profit of 20 million won when she sold her overseas shares."
    assert verdict(cli, claim)["verdict"] == "unverified"


@pytest.mark.parametrize(
    "claim",
    [
        "정현석 위원장이 2025년 7월 17일 취임식에서 배경훈 장관에게서 축하 꽃다발을 받았다.",
        "배 장관의 장녀가 배 장관에게 1억 원을 증여했다.",
        "Bae's daughter gave 100 million won to Bae.",
    ],
)
def test_giver_and_receiver_swapped_is_misleading(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장관은 2025년 7월 17일 취임식에서 정현석 위원장으로부터 꽃다발을 받았다.",
        "정현석 위원장이 2025년 7월 17일 취임식에서 배경훈 장관에게 축하 꽃다발을 건넸다.",
        "배 장관은 장녀에게 1억 원을 증여했다.",
        # 에게 with 받다 is from whom
        "배경훈은 2025.7.23 용산 대통령실 청사에서 이재명 대통령에게 임명장을 받았다.",
    ],
)
def test_giver_and_receiver_either_way_round_are_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # 만든 for 개발한, 내놓은 for 공개한, 강조했다 for 말했다: the same meaning in other words
        "LG 엑사원은 LG AI연구원이 만든 초거대 AI 언어 모델이다.",
        "LG AI연구원이 내놓은 넥서스는 데이터 리스크를 자동 분석하는 에이전트 AI다.",
        "배 장관은 AI 기본법의 핵심이 산업 진흥이라고 강조했다.",
        # a description: neither the sentence nor the fact tells of an event
        "하정우 AI미래기획수석은 네이버 출신이다.",
    ],
)
def test_a_paraphrase_without_a_figure_is_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "하정우 AI미래기획수석은 카카오 출신이다.",
        "배경훈은 네이버 출신이다.",
        "LG 엑사원은 네이버가 만든 초거대 AI 언어 모델이다.",
        "LG AI연구원이 내놓은 엑사원 딥은 데이터 리스크를 자동 분석하는 에이전트 AI다.",
        "배 장관은 AI 기본법의 핵심이 규제라고 강조했다.",
        "LG AI연구원에서는 직함으로 서로를 부르는 문화가 자리 잡았다.",
    ],
)
def test_a_paraphrase_with_another_detail_is_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # one part's figure (증권 8549만 원) said to be the sum of the parts
        "배 장관 장녀의 예금과 증권을 모두 합친 금액은 8549만 원이다.",
        # the total said of each part: the quote's 각각 is of the parts
        "배경훈의 장녀는 예금과 증권으로 각각 1억368만 원씩을 갖고 있다.",
    ],
)
def test_a_part_as_the_total_and_the_total_for_each_are_misleading(cli, claim):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "relation"), out


def test_the_total_as_the_total_is_supported(cli):  # type: ignore[no-untyped-def]
    claim = "배 장관 장녀의 예금과 증권을 모두 합친 금액은 1억368만 원이다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # each date of a span by the verb that follows it: 시작해 ... 끝났다 / 마쳤다
        (
            "배경훈의 전문연구요원 복무는 2003년 9월 25일에 시작해 2008년 5월 2일 끝났다.",
            "supported",
        ),
        (
            "배경훈의 전문연구요원 복무는 2003년 9월 25일에 시작해 2009년 5월 2일 끝났다.",
            "contradicted",
        ),
        (
            "배경훈은 2003년 9월 25일 전문연구요원 복무를 시작해 2008년 5월 2일에 마쳤다.",
            "supported",
        ),
        (
            "배경훈은 2003년 9월 25일 전문연구요원 복무를 시작해 2009년 5월 2일에 마쳤다.",
            "contradicted",
        ),
    ],
)
def test_each_date_of_a_span_takes_its_own_verb(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_he_after_a_sentence_about_a_model_is_not_the_model(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "엑사원 4.0은 국내 첫 하이브리드 AI 모델이다.\n"
        "He received the Silver Tower Order of Industrial Service Merit in 2023.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    rows = json.loads(result.stdout)
    assert [(r["line"], r["verdict"]) for r in rows] == [(2, "supported")], rows


def test_a_meeting_held_is_not_something_held_and_an_article_names_no_one():  # type: ignore[no-untyped-def]
    from factcli.text.analysis import analyze_sentence

    a = analyze_sentence("The press conference was held on September 12, 2025.")
    assert a.actor is None
    assert "meet" in a.clauses[0].events and "hold" not in a.clauses[0].events
    assert "hold" in analyze_sentence("Bae held 60% of the apartment.").clauses[0].events


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        # the city is the store's, the district is not
        (
            "배 장관은 2025년 9월 12일 서울 중구 프레스센터에서 기자간담회를 열었다.",
            "중구",
            "종로구",
        ),
        (
            "On September 12, 2025, Bae held a press conference in Jung-gu, Seoul.",
            "Jung-gu",
            "Jongno-gu",
        ),
    ],
)
def test_another_district_of_the_same_city_is_contradicted(cli, claim, found, expected):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert (out["verdict"], out["found"], out["expected"]) == ("contradicted", found, expected)


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 2025년 9월 12일 서울 종로구에서 기자간담회를 열었다.",
        "배 장관은 2025년 7월 23일 용산 대통령실에서 임명장을 받았다.",
        "배경훈은 서초구 반포동 아파트를 2025년 6월 취득했다.",
    ],
)
def test_the_stores_district_is_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        (
            "배경훈은 딥시크 R3 성능을 뛰어넘으려면 엑사원 매개변수를 2100억 개 정도로 늘려야 한다고 말했다.",
            "R3",
            "R1",
        ),
        (
            "배경훈은 엑사원을 키우려면 지금 한국에 도입 중인 H100 2천 장 정도가 필요하다고 말했다.",
            "H100",
            "H200",
        ),
        ("LG AI연구원은 2023년 KorQuAD 4.0에서 정상에 올랐다.", "KorQuAD 4.0", "KorQuAD 2.0"),
        ("AI 5대 강국 도약은 국민주권 정부의 제1호 공약이다.", "5대 강국", "3대 강국"),
        (
            "배경훈은 2025년 6월23일 과기정통부 장관 후보자로 지명됐고 7월 23일 윤석열 대통령으로부터 임명장을 받았다.",
            "윤석열",
            "이재명",
        ),
    ],
)
def test_a_name_with_another_number_or_another_person_is_contradicted(cli, claim, found, expected):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["found"], out["expected"]) == (found, expected)


@pytest.mark.parametrize(
    "claim",
    [
        # a version the store never names, in a list of the right ones
        "엑사원은 현재까지 엑사원 1.0, 2.0, 5.0, 3.5, Deep, 4.0 등 총 6가지 버전이 나왔다.",
        # another ministry, which the store never names
        "배경훈은 2025년 6월23일 산업통상자원부 장관 후보자로 지명됐다.",
        # another relative
        "Bae Kyung-hoon's wife holds securities worth 85.49 million won.",
        # an exact figure where the source gives one roughly, or another rough one
        "배경훈 장관은 2030년 중소기업·학계 GPU 수요의 31%를 정부가 공급하면 AI 대전환의 기반을 갖출 수 있다고 말했다.",
        "Bae said that if the government supplies about 31% of the GPUs SMEs and academia need, the foundation would be in place.",
    ],
)
def test_names_and_figures_the_store_does_not_give_are_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


def test_an_exact_figure_inside_a_rough_one_is_not_contradicted(cli):  # type: ignore[no-untyped-def]
    # 1억 원에 달하는 (roughly) and 총 1억368만 원 (exactly): the rough fact does not object
    claim = "2012년생인 배경훈의 장녀는 예금과 증권으로 총 1억368만 원을 보유한 것으로 나타났다."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_company_named_in_hangul_is_an_actor(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "엔비디아는 2025년 3월 18일 추론 AI 모델 엑사원 딥을 오픈소스로 공개했다.")
    assert (out["verdict"], out["reason"], out["found"]) == ("misleading", "actor", "엔비디아")


def test_a_year_in_a_name_is_not_a_date():  # type: ignore[no-untyped-def]
    from factcli.text.analysis import values_of

    values = values_of("He met reporters at GTC 2025 on March 18, 2025.")
    assert [v.text for v in values if v.family == "date"] == ["March 18, 2025"]


@pytest.mark.parametrize(
    ("claim", "want", "found"),
    [
        # the one joined is what is wrong, not the one left
        (
            "배경훈은 삼성탈레스를 떠나 2011년 KT 미래기술원으로 자리를 옮겼다.",
            "contradicted",
            "KT",
        ),
        (
            "배경훈은 삼성탈레스를 떠나 2011년 SK텔레콤 미래기술원으로 자리를 옮겼다.",
            "supported",
            None,
        ),
    ],
)
def test_the_employer_left_and_the_one_joined_are_compared_each_with_its_own(
    cli, claim, want, found
):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want, out
    if found:
        assert out["found"] == found


@pytest.mark.parametrize(
    "claim",
    [
        # a figure the checker cannot read (12 hours) cannot agree with anything
        "Bae's confirmation hearing on July 14, 2025 lasted more than 12 hours.",
        # a predicate the store never uses (외화예금): the values agree, the claim is new
        "배 장관 본인 명의 예금 1억7124만 원 가운데 절반은 외화예금이다.",
    ],
)
def test_an_unread_figure_or_a_new_predicate_is_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "unverified"


def test_a_year_in_a_title_and_a_slashed_date_are_not_unread_figures(cli):  # type: ignore[no-untyped-def]
    claim = "스탠퍼드대 인간중심 AI연구소는 2025년 4월 7일 AI 인덱스 보고서 2025를 펴냈다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "배경훈은 2025년 7월 17일 취임식에서 국가AI컴퓨팅센터 슈퍼컴 6호기 등 세계 수준의 AI 인프라를 신속히 확충하겠다고 말했다.",
            "supported",
        ),
        (
            "배경훈은 2025년 7월 17일 취임식에서 국가AI컴퓨팅센터 슈퍼컴 8호기 등 세계 수준의 AI 인프라를 신속히 확충하겠다고 말했다.",
            "contradicted",
        ),
    ],
)
def test_a_machines_number_is_its_name(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_versions_of_other_models_in_a_list_are_not_unread_figures(cli):  # type: ignore[no-untyped-def]
    claim = "2024년 8월 공개된 엑사원 3.0은 라마 3.1, 젬마 2 등 동일 크기 오픈소스 모델과의 비교에서 경쟁력을 입증했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the noun a figure is the predicate of is tied in the source to another figure
        ("배경훈 부모의 2024년 연금 수령액 가운데 연금은 107만 원이었다.", "936만8310원"),
        ("In 2024 the pension of Bae's parents came to 1.07 million won.", "9,368,310 won"),
        ("배경훈 본인 명의 예금은 7억4500만 원이었다.", "1억7124만 원"),
    ],
)
def test_a_figure_given_as_another_quantity_is_contradicted(cli, claim, expected):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == "contradicted"
    assert result["expected"] == expected


def test_a_figure_received_as_another_quantity_is_misleading(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "배경훈의 부모는 2024년 연금으로 107만 원을 받았다.")["verdict"] != "supported"
    )
    assert (
        verdict(cli, "배경훈 부모의 2024년 과세 대상 소득금액은 107만 원이었다.")["verdict"]
        == "supported"
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the demand only named inside a view with a condition is not a plan of supply
        ("The ministry plans to supply 150,000 GPUs to SMEs by 2030.", "misleading"),
        ("정부는 2030년까지 중소기업에 GPU 15만장을 공급하기로 했다.", "misleading"),
        # the same figure as the forecast it is: supported
        ("과기부는 2030년 중소기업·학계의 GPU 수요를 15만장 정도로 전망했다.", "supported"),
    ],
)
def test_a_figure_named_in_a_conditional_view_keeps_its_certainty(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_receiver_right_after_the_verb_is_read_in_english(cli):  # type: ignore[no-untyped-def]
    result = verdict(cli, "Bae's daughter gave him 100 million won, and he paid the gift tax.")
    assert result["verdict"] == "misleading"
    assert result["reason"] == "direction"


@pytest.mark.parametrize(
    "claim",
    [
        # the limit turned round: the source allows the deduction only at 100만 원 or less
        "소득세법상 만 60세 이상 부양가족은 소득이 100만 원을 초과해야 기본공제 대상이다.",
        "Under the Income Tax Act a dependant aged 60 or over gets the basic deduction only with an income of more than 1 million won.",
        "소득세법상 만 60세 미만 부양가족의 연간 소득이 100만 원 이하일 때만 기본공제를 허용한다.",
    ],
)
def test_a_limit_turned_round_is_misleading(cli, claim):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == "misleading"
    assert result["reason"] == "direction"


def test_a_limit_kept_is_supported(cli):  # type: ignore[no-untyped-def]
    claim = (
        "소득세법상 만 60세 이상 부양가족은 연간 소득이 100만 원을 넘지 않아야 기본공제를 받는다."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # the three fifths are his; the spouse holds the rest
        "배경훈 장관의 아내는 반포동 아파트 지분 5분의 3을 보유하고 있다.",
        "Bae's spouse owns a three-fifths stake in the Banpo-dong apartment.",
    ],
)
def test_a_figure_the_source_gives_as_anothers_is_not_the_subjects(cli, claim):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == "misleading"
    assert result["reason"] == "actor"


def test_english_fractions_in_words_are_read(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "Bae owns a three-fifths share of the Banpo-dong apartment.")["verdict"]
        == "supported"
    )
    assert (
        verdict(cli, "Bae owns a two-fifths share of the Banpo-dong apartment.")["verdict"]
        == "contradicted"
    )


def test_what_others_invest_in_is_not_the_investor(cli):  # type: ignore[no-untyped-def]
    result = verdict(cli, "LG AI연구원은 계열사 16곳에 3년 동안 2천여억 원을 투자하기로 했다.")
    assert result["verdict"] == "misleading"
    assert result["reason"] == "actor"
    # what it undergoes, or the investors named: supported
    assert (
        verdict(cli, "LG 계열사 16곳은 LG AI연구원에 3년간 2천여억 원을 투자하기로 했다.")[
            "verdict"
        ]
        == "supported"
    )


def test_a_person_the_store_never_names_keeps_a_sentence_from_supported(cli):  # type: ignore[no-untyped-def]
    claim = (
        "배경훈은 2025년 7월 24일 네이버 각 세종 데이터센터 간담회에서 김철수 네이버 사장과 만났다."
    )
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_gift_written_as_the_tax_paid_is_contradicted_by_the_tax(cli):  # type: ignore[no-untyped-def]
    # 증여세로 1억 원: the sentence makes 1억 the tax; the source gives the tax as 776만 원
    result = verdict(cli, "배경훈의 장녀는 2021년 11월 증여세로 1억 원을 냈다.")
    assert result["verdict"] == "contradicted"
    assert result["expected"].replace(" ", "").startswith("776만")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a description whose every word the fact holds, 묶은 for 합친
        ("엑사원 4.0은 일반 모델과 추론 모델을 하나로 묶은 하이브리드 AI 모델이다.", "supported"),
        # a word the fact does not hold: not vouched for
        ("엑사원 4.0은 일반 모델과 추론 모델을 하나로 묶은 경량 AI 모델이다.", "unverified"),
        # the opposite verb of a kind, the rest the fact's words: contradicted with the
        # source's word since the twenty-sixth session (분리 should be 합친)
        ("엑사원 4.0은 일반 모델과 추론 모델을 분리한 하이브리드 AI 모델이다.", "contradicted"),
    ],
)
def test_a_description_is_held_only_by_a_fact_with_all_its_words(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_native_korean_three_and_four_months(cli):  # type: ignore[no-untyped-def]
    result = verdict(cli, "배 장관은 엑사원 3.0에서 3.5를 내놓는 데 석 달이 걸렸다고 말했다.")
    assert (result["verdict"], result["found"]) == ("contradicted", "석 달")


@pytest.mark.parametrize(
    ("claim", "want", "expected"),
    [
        # the noun the figure is the predicate of picks the fact that speaks against it
        ("배경훈 장관 딸의 증여세는 677만 원이었다.", "contradicted", "776만 원"),
        ("배경훈 장관 딸의 증여세는 776만 원이었다.", "supported", "776만 원"),
        # a generic head (금액) is the amount of the word before it
        ("배경훈의 주택담보대출 금액은 7억4500만 원이었다.", "contradicted", "7억5000만 원"),
    ],
)
def test_the_noun_a_figure_measures_picks_its_fact(cli, claim, want, expected):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert (result["verdict"], result["expected"]) == (want, expected)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("마흔네 살", 44, "years"),
        ("열여섯 개 계열사", 16, "company"),
        ("스물두 명", 22, "people"),
        ("예순 살", 60, "years"),
        ("넉 달", 4, "month"),
    ],
)
def test_native_korean_numbers_before_a_counter(text, amount, unit):  # type: ignore[no-untyped-def]
    from factcli.text.analysis import analyze_sentence

    (value,) = analyze_sentence(text).values
    assert (value.amount, value.unit) == (amount, unit)


def test_an_age_in_native_korean_is_checked(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈은 LG AI연구원 초대 원장에 오를 때 마흔세 살이었다."
    result = verdict(cli, claim)
    assert (result["verdict"], result["found"]) == ("contradicted", "마흔세 살")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Bae said the heart of the AI Basic Act is promoting industry.", "supported"),
        # the fact is tagged regulation; it does not say the act is about regulating
        ("Bae said the heart of the AI Basic Act is regulating industry.", "unverified"),
        ("The name EXAONE is drawn from 'EXpert AI for EveryONE'.", "supported"),
    ],
)
def test_a_fact_vouches_for_its_words_not_its_tags(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_another_school_in_a_sentence_without_an_event_is_contradicted(cli):  # type: ignore[no-untyped-def]
    result = verdict(cli, "Bae studied electronic engineering at Korea University.")
    assert result["verdict"] == "contradicted"


def test_a_figure_compared_with_a_limit_sets_no_limit():  # type: ignore[no-untyped-def]
    from factcli.judge.meaning.bounds import _side
    from factcli.text.analysis import analyze_sentence

    def side(text: str) -> str | None:
        (value,) = [v for v in analyze_sentence(text).values if v.amount]
        return _side(text, value)

    assert side("소득금액은 기준인 100만 원을 웃돌았다.") is None  # a comparison
    assert side("소득이 100만 원을 넘어야 공제를 받는다.") == "min"  # a condition
    assert side("소득이 100만 원을 넘지 않아야 공제를 받는다.") == "max"
    assert side("income of more than 1 million won") == "min"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a company the fact does not name (the 5647만 원 went into an LG fund)
        ("배경훈 장관의 딸은 테슬라 주식에 5647만 원을 투자했다.", "not supported"),
        # an agency the source names only as whom he applied to
        ("국세청은 2025년 5월 배경훈 부모의 인적공제를 바로잡았다.", "misleading"),
        # the gift written as the tax paid: the tax fact beside it speaks
        ("배 장관의 딸은 증여세로 1억 원을 냈다.", "not supported"),
        # the lab's agent AI is NEXUS, not an EXAONE model
        (
            "LG AI연구원은 2025년 2월 데이터 리스크를 자동으로 분석하는 에이전트 AI 엑사원 3.5를 공개했다.",
            "contradicted",
        ),
    ],
)
def test_who_and_what_the_fact_names_decide(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # matched by the day it was said only: what was said must be in the fact's words;
        # what he said the core is, said otherwise, is misleading (the source's core is named)
        ("배 장관은 2025년 9월 12일 AI 기본법의 핵심이 산업 진흥에 있다고 말했다.", "supported"),
        ("배 장관은 2025년 9월 12일 AI 기본법의 핵심이 규제 강화에 있다고 말했다.", "misleading"),
        (
            "On September 12, 2025, Bae said the core of the AI Basic Act is industrial promotion.",
            "supported",
        ),
        (
            "On September 12, 2025, Bae said the core of the AI Basic Act is consumer protection.",
            "misleading",
        ),
    ],
)
def test_what_was_said_on_a_day_is_checked_by_its_words(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a post at a year the store has him in another
        ("배경훈은 과학기술정보통신부 장관이던 2023년 은탑산업훈장을 받았다.", "misleading"),
        ("배경훈은 LG AI연구원장이던 2023년 은탑산업훈장을 받았다.", "supported"),
    ],
)
def test_a_post_held_at_the_time_is_checked_against_its_dates(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_what_a_sentence_says_was_done_to_a_thing_is_a_detail_to_vouch_for(cli):  # type: ignore[no-untyped-def]
    claim = "배 장관은 2025년 9월 12일 이미 부총리급으로 격상된 과기정통부 장관으로서 기자간담회를 열었다."
    assert verdict(cli, claim)["verdict"] == "misleading"


def test_he_after_a_sentence_about_his_daughter_is_him(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "배 장관의 장녀는 2025년 7월 26일 기준 해외 주식을 모두 판 상태였다.\n\n"
        "그는 2003년 9월 25일부터 2008년 5월 2일까지 전문연구요원으로 복무했다.\n\n"
        "His daughter had sold all her overseas shares as of July 26, 2025.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "-f", "jsonl", store=None)
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["supported", "supported", "supported"], result.stdout


def test_a_clause_is_judged_by_the_names_in_it(cli):  # type: ignore[no-untyped-def]
    claim = "In March 2025 Bae said the reasoning model took just 42 days, against four months from EXAONE 3.0 to 3.5."
    assert verdict(cli, claim)["verdict"] != "contradicted"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # 1억 원에 달하는: it reaches the figure; falling short of it is false, the figure
        # being 1억368만 (a ceiling compared as one since the twentieth session: her
        # securities alone, 8549만, lie below it, as relevant, so it is not shown either way)
        ("배경훈 장녀의 예금과 증권은 1억 원에 미치지 못했다.", "not supported"),
        # what the two come to, not one of them alone
        ("배 장관 딸의 예금과 증권은 1억 원에 달했다.", "supported"),
    ],
)
def test_reaching_a_figure_and_falling_short_of_it(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the fact names Nvidia only as the owner of the conference: not who unveiled anything
        (
            "Nvidia released EXAONE Deep at its GTC 2025 developer conference on March 18, 2025.",
            "misleading",
        ),
        # a company's name before the noun it describes is no actor
        ("The Meta holding was worth 21.04 million won.", "supported"),
    ],
)
def test_a_name_the_fact_gives_only_as_an_owner_is_no_actor(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_the_speaker_of_a_fact_about_another_did_not_do_it(bundled):  # type: ignore[no-untyped-def]
    from factcli.judge.meaning.actors import _only_spoke
    from factcli.text.analysis import analyze_sentence

    store = bundled
    fact = store.get("minister-nomination-kang-remarks")
    did = analyze_sentence("강훈식은 2025년 6월 23일 과학기술정보통신부 장관 후보자로 지명됐다.")
    said = analyze_sentence("강훈식은 2025년 6월 23일 배경훈을 AI 학자이자 기업가라고 말했다.")
    assert _only_spoke(store, "kang-hoon-sik", fact, did)
    assert not _only_spoke(store, "kang-hoon-sik", fact, said)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # another standing committee of the National Assembly
        (
            "배경훈 후보자는 2025년 7월 14일 국회 기획재정위원회 인사청문회에 출석했다.",
            "contradicted",
        ),
        # an ordinal rank in words
        (
            "In 2021 LG AI Research came third in the world at Stanford's SQuAD competition.",
            "contradicted",
        ),
        ("In 2021 LG AI Research finished first in the world at Stanford's SQuAD.", "supported"),
        # one holder's share said of the total
        (
            "Bae Kyung-hoon's own stake in the Banpo-dong apartment is worth 4.15 billion won.",
            "misleading",
        ),
        # the three fifths are in his own name, not his spouse's
        ("반포동 아파트 지분 5분의 3은 배우자 명의로 등록돼 있다.", "misleading"),
        # a figure of another model says nothing of this one's (the store has no size of 3.0)
        ("EXAONE 3.0 has about 7.8 billion parameters.", "unverified"),
        # ... but the store's own date for this model does
        ("엑사원 3.5는 2024년 8월 7일 공개됐다.", "contradicted"),
    ],
)
def test_committees_ranks_holders_and_models(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_place_before_the_pronoun_is_not_the_subject(cli):  # type: ignore[no-untyped-def]
    claim = "At GTC 2025 he said moving from EXAONE 3.0 to EXAONE 3.5 had taken four months."
    assert verdict(cli, claim)["verdict"] != "misleading"


def test_a_paraphrase_in_english_of_combining(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "EXAONE 4.0 merges a general model and a reasoning model into one hybrid.")[
            "verdict"
        ]
        == "supported"
    )
    assert (
        verdict(cli, "EXAONE 4.0 separates a general model and a reasoning model.")["verdict"]
        != "supported"
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # 가격은 N원이었다: the price, which the source gives as what it was bought for
        ("배 장관 부부가 사들인 서초구 반포동 아파트의 가격은 45억5천만 원이었다.", "contradicted"),
        # 애초 for 당초, 했었다 for 했다, 오만 for 5만
        ("배 장관은 애초 2028년까지 GPU 오만 장을 확보하기로 했었다고 설명했다.", "supported"),
    ],
)
def test_a_price_and_words_of_the_same_meaning(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_model_year_after_the_maker(cli):  # type: ignore[no-untyped-def]
    result = verdict(cli, "Bae declared a 2010 Hyundai Grandeur registered in his own name.")
    assert (result["verdict"], result["found"]) == ("contradicted", "Grandeur")


def test_a_department_graduated_from_is_the_first_degree(cli):  # type: ignore[no-untyped-def]
    # the store gives no year for his first degree: the master's and doctor's years say nothing
    assert verdict(cli, "배경훈은 1998년 광운대 전자공학과를 졸업했다.")["verdict"] == "unverified"


def test_the_bundled_store_validates_with_its_examples(cli):  # type: ignore[no-untyped-def]
    # every example of the store gets the verdict it states (CI runs the same `validate`)
    result = cli("validate", store=None)
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(
    ("claim", "want", "found"),
    [
        # a school of several words: Columbia University is not Columbia Southern University
        ("Bae earned his MBA at Columbia University in 2005.", "contradicted", None),
        ("Bae earned his MBA at Columbia Southern University in 2005.", "supported", None),
        # ... and the first word alone may be the fact's school
        ("His Columbia Southern MBA ran from October 2004 to January 2005.", "supported", None),
        # another stock market is another market
        (
            "장녀의 해외 주식 8549만 원어치는 뉴욕증권거래소에 투자돼 있었다.",
            "contradicted",
            "뉴욕증권거래소",
        ),
        ("Bae's daughter held about 85 million won of Nasdaq stocks.", "supported", None),
    ],
)
def test_names_of_several_words_and_markets(cli, claim, want, found):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == want
    if found:
        assert result["found"] == found


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the day the appointment was approved is not the day the certificate was handed over
        ("President Lee handed Bae the certificate of appointment on July 16, 2025.", "misleading"),
        ("President Lee handed Bae the certificate of appointment on July 23, 2025.", "supported"),
        ("이재명 대통령은 2025년 7월 16일 배경훈 장관 임명안을 재가했다.", "supported"),
        # ... and supplying GPUs is not needing them
        ("정부는 2030년 중소기업과 학계에 GPU 15만 장을 공급한다.", "misleading"),
        # a lecture given is no gift
        (
            "He gave a lecture at the 37th 한경협 CEO Jeju Summer Forum on July 11, 2024.",
            "supported",
        ),
    ],
)
def test_an_act_is_dated_only_by_the_same_act(cli, claim, want):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == want
    if want == "misleading" and "July 16" in claim:
        assert "approved" in result["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # two facts joined in one sentence without a figure: together they hold every word
        (
            "EXAONE 2.0 was built as a bilingual model speaking Korean and English that also "
            "supports multimodal input and output.",
            "supported",
        ),
        # ... but not with a word neither holds, another actor, or a polarity turned round
        (
            "EXAONE 2.0 was built as a trilingual model speaking Korean and English that also "
            "supports multimodal input and output.",
            "unverified",
        ),
        (
            "LG Uplus built EXAONE 2.0 as a bilingual model speaking Korean and English that "
            "also supports multimodal input and output.",
            "not supported",
        ),
        (
            "EXAONE 2.0 was built as a bilingual model speaking Korean and English that does "
            "not support multimodal input and output.",
            "not supported",
        ),
        # a plan said in other words (열 for 주최할; 계획 is how sure, weighed on its own)
        ("부총리 격상 이후 배 장관은 과학기술 AI 장관회의를 열 계획이다.", "supported"),
        # planning in a title is no plan
        (
            "Ha Jung-woo, the senior presidential secretary for AI future planning, came from Naver.",
            "supported",
        ),
    ],
)
def test_a_sentence_without_figures_joining_two_facts(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a field of study is a name: another field is another course
        ("배경훈은 광운대 컴퓨터공학과를 졸업했다.", "contradicted"),
        ("Bae studied computer science at Kwangwoon University.", "not supported"),
        ("배경훈은 광운대 전자공학과를 졸업했다.", "supported"),
        # ... which a fact naming no field does not vouch for
        ("Bae earned a PhD in computer science from Kwangwoon University in 2006.", "unverified"),
        (
            "Bae earned a PhD in electronic engineering from Kwangwoon University in 2006.",
            "supported",
        ),
        # a value of another thing than the sentence's does not contradict it
        ("The 2010 Genesis Bae declared was valued at 15 million won.", "unverified"),
        ("LG AI연구원은 2022년 ECCV 경진대회에서 우승했다.", "unverified"),
        ("LG AI연구원은 2022년 CVPR 지속학습 경진대회에서 우승했다.", "contradicted"),
    ],
)
def test_fields_of_study_and_values_of_other_things(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # words the fact says otherwise count as its words (납부 for 냈다, 설명 for 해명)
        ("배경훈은 딸에게 1억 원을 증여하고 증여세를 냈다고 해명했다.", "supported"),
        # ... but a Latin paraphrase is a word of its own, not "come" inside "income"
        ("Bae's parents drew about 9.37 million won in pensions in 2024.", "supported"),
        # a fact whose own words give another of the values otherwise does not join in
        # support: 30% is of the 150,000 GPUs needed, not of the 200,000 to be built
        (
            "The government would supply about 30% of the 200,000 GPUs it plans to build by 2030.",
            "not supported",
        ),
        # the day a hearing spoke of his service is not when the service began
        ("배경훈은 2008년 5월 2일 전문연구요원 복무를 시작했다.", "misleading"),
    ],
)
def test_paraphrased_words_and_joined_values(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a short sentence without figures naming another place: its name is the point
        ("배경훈은 부산에서 태어났다.", "contradicted"),
        ("Bae was born in Busan.", "contradicted"),
        ("배경훈은 서울에서 태어났다.", "supported"),
        # a sentence without figures of two clauses: each judged by its own words
        ("배경훈은 서울에서 태어났고, 광운대 전자공학과를 졸업했다.", "supported"),
        ("배경훈은 부산에서 태어났고, 광운대 전자공학과를 졸업했다.", "contradicted"),
        ("배경훈은 서울에서 태어났고, 연세대 전자공학과를 졸업했다.", "contradicted"),
        ("배경훈은 서울에서 태어났고, LG유플러스를 창업했다.", "unverified"),
    ],
)
def test_sentences_without_figures_name_and_join(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # the date is said of 3.0 in its own clause, not of 3.5 in the next
        "2024년 8월 7일에는 '엑사원 3.0'을 오픈소스로 내놨고, 4개월 뒤 '엑사원 3.5'를 선보였다.",
        # "deposits and securities" is one object, not two clauses
        "His daughter, born in 2012, held deposits and securities worth 103.68 million won in total.",
        # 그는 after a sentence about his parents is him
        "배 장관의 부모는 2024년 936만8310원의 연금을 받았다. "
        "그는 2003년 9월 25일부터 2008년 5월 2일까지 전문연구요원으로 대체 복무를 했다.",
        # a model described by a copula (이었다) is not said to have acted; a remark dated
        # 2025 does not lend the sentence's 2025 its certainty
        "'엑사원 3.5'는 스탠퍼드대 HAI의 'AI 인덱스 보고서 2025'가 꼽은 주목할 만한 AI 모델 "
        "62개 가운데 유일한 한국 모델이었다.",
    ],
)
def test_right_draft_lines_stay_right(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_date_of_another_model_in_its_clause_is_still_wrong(cli):  # type: ignore[no-untyped-def]
    claim = "2024년 8월 9일에는 '엑사원 3.0'을 오픈소스로 내놨고, 4개월 뒤 '엑사원 3.5'를 선보였다."
    result = verdict(cli, claim)
    assert (result["verdict"], result["expected"]) == ("contradicted", "2024-08-07")


def test_a_date_of_the_event_the_fact_dates_contradicts_whatever_words_are_added(cli):  # type: ignore[no-untyped-def]
    # 공식 is a word the store never uses; the launch is still the fact's own event
    result = verdict(cli, "LG AI연구원은 2020년 12월 17일 공식 출범했다.")
    assert (result["verdict"], result["expected"]) == ("contradicted", "2020-12-07")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a clause cut from its sentence is not contradicted by a fact the sentence as a
        # whole hardly speaks of (2,000 GPUs needed for a model)
        (
            "The ministry is weighing a plan to build 200,000 GPUs by 2030, up from its earlier "
            "goal of 50,000 by 2028.",
            "not contradicted",
        ),
        # the year of the clause about SQuAD is SQuAD's, not the CVPR challenge's
        (
            "In the year it was founded, LG AI Research won the overall title at CVPR's Continual "
            "Learning challenge, and in 2021 it placed first in the world at Stanford's SQuAD.",
            "not contradicted",
        ),
        (
            "LG AI Research won the CVPR continual learning challenge in 2020, and in 2022 it "
            "placed first at Stanford's SQuAD.",
            "contradicted",
        ),
    ],
)
def test_a_value_belongs_to_its_own_clause(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "contradicted" if want == "not contradicted" else got == want


def test_a_near_miss_of_a_large_amount_is_read_as_a_slip(cli):  # type: ignore[no-untyped-def]
    # 1억7214만 for 1억7124만 (digits swapped), told apart from the daughter's 1억368만
    result = verdict(
        cli, "He reported total assets of 36억9767만 원, including deposits of 1억7214만 원."
    )
    assert (result["verdict"], result["expected"]) == ("contradicted", "1억7124만 원")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a price is of the deal the fact tells of: sold for what he bought it for is not so
        ("배경훈은 2025년 6월 서초구 아파트를 41억5천만 원에 팔았다.", "not supported"),
        ("Bae sold the Seocho apartment for 4.15 billion won.", "not supported"),
        ("배경훈은 서초구 아파트를 41억5천만 원에 샀다.", "supported"),
        ("Bae bought the Seocho apartment for 4.15 billion won.", "supported"),
        # ... while shares sold are still worth what they were worth
        (
            "2025년 7월 26일 기준 배경훈의 장녀는 8549만 원어치 해외 주식을 모두 처분한 상태였다.",
            "supported",
        ),
        # 계열사들 is no purchase (사들이다)
        ("LG 계열사들은 3년간 2천여억 원을 투자하기로 했다.", "supported"),
    ],
)
def test_a_price_is_of_its_own_deal(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert got != "supported" if want == "not supported" else got == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # two figures compared the wrong way round cannot be right, whatever the source
        (
            "The parents' taxable income of 1.07 million won stayed within the 1 million won limit.",
            "misleading",
        ),
        (
            "배 장관 부모의 과세 대상 소득금액은 107만 원으로, 공제 기준인 100만 원 이하였다.",
            "misleading",
        ),
        (
            "The parents' taxable income of 1.07 million won exceeded the 1 million won limit.",
            "supported",
        ),
        # what describes the limit (이하라는 요건) is no comparison
        (
            "배 장관 부모의 과세 대상 소득 107만 원은 연 100만 원 이하라는 부양가족 기본공제 요건을 넘었다.",
            "supported",
        ),
    ],
)
def test_figures_compared_the_wrong_way_round(cli, claim, want):  # type: ignore[no-untyped-def]
    result = verdict(cli, claim)
    assert result["verdict"] == want
    if want == "misleading":
        assert result["reason"] == "direction"


def test_a_short_latin_alias_is_a_word_of_its_own(cli):  # type: ignore[no-untyped-def]
    # HAI (Stanford HAI) is not the end of "Epoch AI"
    claim = (
        "Epoch AI, a U.S. research group, published the AI Index Report 2025 on April 7, 2025, "
        "naming 62 notable AI models."
    )
    result = verdict(cli, claim)
    assert (result["verdict"], result["reason"]) == ("misleading", "actor")


def test_a_company_naming_a_holding_is_no_actor(cli):  # type: ignore[no-untyped-def]
    result = verdict(
        cli, "The Microsoft shares held by Bae's daughter were worth 7.98 million won."
    )
    assert result["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "in the 4-billion-won range" is a range (40억 원대), as the Korean is
        ("Bae bought an apartment in the 4-billion-won range.", "supported"),
        (
            "배경훈은 고강도 대출 규제 발표 직전 주택담보대출을 받아 36억9767만 원대 아파트를 매매했다.",
            "contradicted",
        ),
        # a figure before the noun it measures (원의 주택담보대출): the loan's, not the price
        ("배경훈은 2025년 6월 10일 41억5천만 원의 주택담보대출을 받았다.", "contradicted"),
        ("배경훈은 2025년 6월 10일 7억5천만 원의 주택담보대출을 받았다.", "supported"),
    ],
)
def test_ranges_in_english_and_figures_before_their_noun(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the one a sentence says was nominated is who the fact says was, not who spoke of it
        ("강훈식은 2025년 6월23일 과학기술정보통신부 장관 후보자로 지명됐다.", "misleading"),
        (
            "Kang Hoon-sik was nominated as Minister of Science and ICT on June 23, 2025.",
            "misleading",
        ),
        ("배경훈은 2025년 6월23일 과학기술정보통신부 장관 후보자로 지명됐다.", "supported"),
        # ... and an organisation in a clause before him is not the one appointed
        (
            "LG AI연구원이 문을 연 2020년 12월 7일, 당시 마흔네 살이던 배경훈이 초대 원장으로 발탁됐다.",
            "supported",
        ),
    ],
)
def test_the_one_nominated_is_not_who_spoke_of_it(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a verb the store never uses is nothing any fact tells of
        ("배경훈은 2006년 광운대학교 대학원에서 전자공학 박사학위를 반납했다.", "unverified"),
        # ... and one the opposite of the fact's (demoted, where it says promoted) turns it round
        (
            "Bae Kyung-hoon was demoted to executive rank in LG's year-end 2018 reshuffle.",
            "misleading",
        ),
        # ... unless a supporting fact says it in other words
        (
            "배경훈은 부모 인적공제 신청이 잘못됐다고 인정하고 2025년 5월 국세청에 정정을 요청했다.",
            "supported",
        ),
        (
            "On June 10, 2025, Bae borrowed 750 million won against a home as a mortgage loan.",
            "supported",
        ),
    ],
)
def test_a_verb_the_store_never_uses(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # in whose name, in English as in Korean (명의)
        ("Bae Kyung-hoon declared one vehicle, a 2010 Genesis, in his wife's name.", "misleading"),
        (
            "Bae Kyung-hoon declared bank deposits of 171.24 million won in his wife's name.",
            "misleading",
        ),
        (
            "Bae Kyung-hoon declared bank deposits of 171.24 million won in his own name.",
            "supported",
        ),
        # two holders named: each has its own share
        (
            "Bae holds three-fifths of the Banpo-dong apartment in his own name, and his wife holds the rest.",
            "supported",
        ),
    ],
)
def test_in_whose_name_in_english(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_just_before_is_not_just_after(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈은 고강도 대출 규제 발표 직후 주택담보대출을 받아 40억 원대 아파트를 매매했다."
    result = verdict(cli, claim)
    assert (result["verdict"], result["reason"]) == ("misleading", "direction")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a gift without a figure, told from the giver's side: the same gift
        ("정현석 위원장은 취임식에서 배 장관에게 축하 꽃다발을 전달했다.", "supported"),
        ("Jung Hyun-seok handed Bae a bouquet at his inauguration.", "supported"),
        # ... and the two sides swapped
        ("배 장관은 취임식에서 정현석 위원장에게 축하 꽃다발을 전달했다.", "misleading"),
        # 배 장관 names 배경훈; 악용 is said as 악남용, 남겨 두다 as 두다
        ("배 장관은 AI 악용을 막을 최소한의 규제는 남겨 두겠다고 했다.", "supported"),
        # ... the same words with another speaker
        ("강훈식 실장은 AI 악용을 막을 최소한의 규제는 남겨 두겠다고 했다.", "unverified"),
        # a compound names a kind of its last noun (인사청문회: 청문회), 받은 is 받았다
        (
            "배 장관은 청문회에서 박사 과정 수학은 회사와 병무청의 승인을 받은 것이라고 해명했다.",
            "supported",
        ),
        # a quotation's ending ('…'라고) is no word the fact must hold
        ("강훈식 대통령실 비서실장은 배경훈을 'AI 학자이자 기업가'라고 평가했다.", "supported"),
    ],
)
def test_a_sentence_without_a_figure_in_other_words(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the subject of a clause describing the topic is not who acted (배경훈이 이끈 …은)
        ("배경훈이 이끈 LG AI연구원은 2024년 8월 엑사원 3.0을 오픈소스로 공개했다.", "supported"),
        ("배경훈이 이끈 LG유플러스는 2024년 8월 엑사원 3.0을 오픈소스로 공개했다.", "misleading"),
        # ... but a description of what he declared is still his
        (
            "배경훈 과기정통부 장관이 신고한 가상자산은 본인 명의 비트코인 10만 1천 원어치다.",
            "supported",
        ),
        # a price of 매수 is the deal's price, not the loan taken before it
        ("배경훈은 서초구 아파트를 7억5천만 원에 매수했다.", "misleading"),
        # the figure named as what it is (in pension payments) against the pension's own figure
        ("Bae's parents received 1.07 million won in pension payments in 2024.", "misleading"),
        ("Bae's parents received 9,368,310 won in pensions in 2024.", "supported"),
        # ... not for several things joined (deposits and securities)
        (
            "The eldest daughter holds 103.68 million won in deposits and securities combined.",
            "supported",
        ),
        # received, where the source says she paid
        ("배경훈의 장녀는 2021년 11월 증여세 776만 원을 환급받았다.", "misleading"),
        ("배경훈의 장녀는 2021년 11월 증여세 776만 원을 냈다.", "supported"),
    ],
)
def test_whose_act_and_which_quantity(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # entering a programme is dated by its start, not by the degree received at its end
        ("배경훈은 2003년 3월 광운대 박사과정에 들어갔다.", "supported"),
        ("배경훈은 2003년 3월 광운대 박사과정에 입학했다.", "supported"),
        ("배경훈은 2006년 8월 광운대 박사과정에 입학했다.", "misleading"),
        # a bound (over 4 billion won) is not an exact figure written for a range
        ("Bae bought an apartment worth over 4 billion won.", "supported"),
        ("Bae bought an apartment worth 4 billion won.", "misleading"),
        # a contrast with another reason leaves the clause affirmed
        (
            "Bae said he had lived in his previous home for ten years and moved because it was"
            " time, not on the strength of any information.",
            "supported",
        ),
        # a need of ten years is a time it takes, not a condition
        (
            "Bae expects new SMR technology to need roughly a decade before it is commercialised.",
            "supported",
        ),
        (
            "Bae expects new SMR technology to need roughly two decades before it is commercialised.",
            "contradicted",
        ),
        # the wife's deposits are not asked of the daughter's
        ("Bae's wife has about 12.9 million won in deposits.", "supported"),
    ],
)
def test_spans_bounds_and_contrasts(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # 검토 as a noun (검토 시간) is no thing under consideration
        (
            "배 장관은 과거 R&D 예산안 검토 시간이 부족해 적절한 예산 투입에 한계가 있었다고 지적했다.",
            "supported",
        ),
        # "had approved his studies": the approval the fact tells of, not a decision
        (
            "At his confirmation hearing, Bae said both his company and the Military Manpower"
            " Administration had approved his doctoral studies.",
            "supported",
        ),
        # "called him an AI scholar": the speaker says it; "had received" is no holding
        (
            "Chief of Staff Kang Hoon-sik called Bae an AI scholar and entrepreneur who had"
            " received the Silver Tower order for commercialising hyperscale AI.",
            "supported",
        ),
        ("Kang Hoon-sik received the Silver Tower Order.", "misleading"),
    ],
)
def test_nouns_auxiliaries_and_speakers(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_the_speaker_said_to_have_done_it_is_told_who_did(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "Kang Hoon-sik received the Silver Tower Order.")
    assert "Bae Kyung-hoon" in out["message"], out


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "the Ministry of Land" is another ministry than the one "the ministry" names
        (
            "The Ministry of Land announced on June 28, 2025 that mortgages in the capital region"
            " would be capped at 600 million won.",
            "supported",
        ),
        # his wife's share is not contradicted by his own; the figure set aside is not hers
        ("Bae's wife holds two-fifths of the Banpo-dong apartment.", "unverified"),
        ("배경훈의 배우자는 반포동 아파트 지분 5분의 2를 갖고 있다.", "unverified"),
        ("Bae holds two-fifths of the Banpo-dong apartment.", "contradicted"),
        ("Bae's wife holds three-fifths of the Banpo-dong apartment.", "misleading"),
    ],
)
def test_whose_figure_it_is(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a wish he voiced (키우고 싶다) is planned: a sentence saying it was done is not true
        # (unverified, or misleading where the English statement's words show the plan)
        ("In March 2025 Bae made EXAONE Korea's leading sovereign AI.", "not supported"),
        (
            "In March 2025 Bae said he hoped to grow EXAONE into Korea's leading sovereign AI.",
            "supported",
        ),
        # the occasion it was said at (GTC 2025, to reporters) is told by that day's other fact
        (
            "At Nvidia's GTC 2025 on March 18, 2025, Bae told Korean reporters he wanted to grow"
            " EXAONE into Korea's representative sovereign AI.",
            "supported",
        ),
    ],
)
def test_wishes_and_the_occasion_of_a_saying(cli, claim, want):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    if want == "not supported":
        assert got in ("unverified", "misleading"), got
    else:
        assert got == want


def test_his_daughters_birth_year_after_a_sentence_about_him(cli, tmp_path):  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "Bae was born in Seoul.\n"
        "His daughter, born in 2012, paid 776만 원 in gift tax in November 2021.\n"
        "His daughter, born in 2014, paid 776만 원 in gift tax in November 2021.\n",
        encoding="utf-8",
    )
    rows = json.loads(cli("check", "--file", str(draft), "-f", "json", store=None).stdout)
    verdicts = [(r["line"], r["verdict"]) for r in rows]
    assert (2, "supported") in verdicts
    assert (3, "supported") not in verdicts


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a count of a narrower set than the source's
        (
            "Stanford HAI named 62 Korean AI models as notable in its AI Index Report 2025.",
            "misleading",
        ),
        ("Stanford HAI's AI Index Report 2025 named 62 notable AI models.", "supported"),
        # a count of things as the subject names no actor
        ("Some 16 LG affiliates took part in LG AI Research.", "supported"),
        # raised, where the source says capped
        (
            "The June 28 rule raised the mortgage ceiling in the capital region to 600 million won.",
            "misleading",
        ),
        (
            "The June 28 rule capped mortgages in the capital region at 600 million won.",
            "supported",
        ),
        # a light noun of an idiom (자리를 옮겼다) is no detail taken from another fact
        ("배경훈은 2016년 LG경제연구원 연구위원으로 자리를 옮겼다.", "supported"),
    ],
)
def test_counts_caps_and_idioms(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # who said it is not known to the store: neither shown true nor wrong
        ("Bae said LG AI Research released EXAONE 3.0 on August 7, 2024.", "unverified"),
        ("배 장관은 LG AI연구원이 2024년 8월 7일 엑사원 3.0을 공개했다고 말했다.", "unverified"),
        # ... but what was said still has its own doer
        ("Bae said LG Uplus released EXAONE 3.0 on August 7, 2024.", "misleading"),
        # ... and a fact that records its speaker is not said by another
        (
            "Kang said fines under the AI Basic Act would be deferred for at least one year.",
            "misleading",
        ),
        (
            "Bae said fines under the AI Basic Act would be deferred for at least one year.",
            "supported",
        ),
    ],
)
def test_reported_speech_of_a_fact_without_a_speaker(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want", "reason"),
    [
        # two events in one sentence: the loan before the cap, each fact its own values
        (
            "배경훈은 국토부가 2025년 6월 28일 대출 규제를 발표하기 전인 6월 10일에 "
            "주택담보대출 7억5천만 원을 받았다.",
            "supported",
            None,
        ),
        # the day of a hearing he attended, or of a saying about another act, is no start
        ("Bae was appointed Minister of Science and ICT on July 14, 2025.", "contradicted", None),
        ("배경훈은 2025년 7월 14일 인사청문회에 출석했다.", "supported", None),
        # a time moved earlier where the source defers it
        (
            "배 장관은 AI 기본법 과태료 부과 시점을 최소 1년 앞당기겠다고 밝혔다.",
            "misleading",
            "direction",
        ),
        (
            "Bae said fines under the AI Basic Act would be brought forward by at least a year.",
            "misleading",
            "direction",
        ),
        # an act the source tells in a clause of its own as still to come, said to be done
        (
            "2025년 9월 7일 발표된 정부조직 개편안에 따라 과기부는 부총리급 부처로 격상됐다.",
            "misleading",
            "tense",
        ),
        (
            "Under the reorganisation plan announced on September 7, 2025, the science "
            "ministry was upgraded to deputy prime minister level.",
            "misleading",
            "tense",
        ),
        ("정부조직 개편안은 2025년 9월 7일 발표됐다.", "supported", None),
    ],
)
def test_two_events_occasions_and_pending_acts(cli, claim, want, reason):  # type: ignore[no-untyped-def]
    out = verdict(cli, claim)
    assert out["verdict"] == want
    if reason:
        assert out["reason"] == reason


def test_the_start_of_a_working_life_is_one_event(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "Bae began his career in 2006.")["verdict"] == "supported"
    wrong = verdict(
        cli, "Bae began his career at SK Telecom's future technology institute in 2011."
    )
    assert wrong["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a hotel is where it was held: another one is another place
        (
            "제37회 한경협 CEO 제주하계포럼 강연은 2024년 7월 11일 제주 신라호텔에서 열렸다.",
            "contradicted",
        ),
        (
            "제37회 한경협 CEO 제주하계포럼 강연은 2024년 7월 11일 제주 롯데호텔에서 열렸다.",
            "supported",
        ),
        # "On June 28, 2025, the Ministry of ...": the subject after a dated lead
        (
            "On June 28, 2025, the Ministry of Science and ICT capped mortgage loans in the "
            "capital area at 600 million won.",
            "misleading",
        ),
        # the day the contract was signed is not the day the loan was taken out
        ("배경훈은 2025년 3월 5일 주택담보대출을 받았다.", "misleading"),
        ("Bae took out the mortgage on March 5, 2025.", "misleading"),
        # (March 5 is only his own account, the article dating the contract after the loan:
        # told as plain fact it is misleading, as the store's own example says; told as his
        # account it is supported)
        ("배경훈은 2025년 3월 5일 아파트 매매계약을 체결했다.", "misleading"),
        ("배경훈은 2025년 3월 5일 아파트 매매계약을 체결했다고 밝혔다.", "supported"),
        ("배경훈은 2025년 6월 10일 주택담보대출을 받았다.", "supported"),
    ],
)
def test_venues_dated_leads_and_the_day_of_a_contract(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # finished: the end of a programme, not its start
        ("Bae finished his MBA at Columbia Southern University in October 2004.", "misleading"),
        ("Bae finished his MBA at Columbia Southern University in January 2005.", "supported"),
        # whose model it is
        # (a maker is a name: contradicted, with the source's maker)
        ("엑사원 3.0은 구글의 라마3.1, 메타의 젬마2와 비교해 경쟁력을 입증했다.", "contradicted"),
        (
            "EXAONE 3.0 proved competitive against Meta's Llama 3.1 and Google's Gemma 2.",
            "supported",
        ),
        # a figure given from one step to another, said of the first step alone
        (
            "배 장관은 신규 SMR 기술을 개발하는 데에만 10년 정도가 걸릴 것으로 내다봤다.",
            "misleading",
        ),
        (
            "배 장관은 신규 SMR 기술 개발 이후 상용화까지 10년 정도가 걸릴 것으로 내다봤다.",
            "supported",
        ),
    ],
)
def test_ends_owners_and_spans(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "was 44 when": an age at the event the sentence names
        ("Bae was 44 when LG picked him as the first head of LG AI Research.", "supported"),
        ("Bae was 49 when he became the first head of LG AI Research.", "contradicted"),
        # two verbs of one subject, each with its date
        (
            "Bae began his alternative service as specialized research personnel on "
            "September 25, 2003 and finished it on May 2, 2008.",
            "supported",
        ),
        (
            "Bae began his alternative service on May 2, 2008 and finished it on "
            "September 25, 2003.",
            "misleading",
        ),
    ],
)
def test_ages_when_and_two_verbs_of_one_subject(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a dated lead without a comma, then a pronoun: he, not the organisation after it
        ("In 2011 he moved to SK Telecom's future technology institute.", "supported"),
        # parts that add up to a fact's total are its parts, not other values of it
        ("장녀는 예금 1819만 원과 증권 8549만 원을 보유했다.", "supported"),
        (
            "The eldest daughter held 18.19 million won in deposits and 85.49 million won in "
            "securities, 103.68 million won altogether.",
            "supported",
        ),
    ],
)
def test_pronouns_after_a_date_and_parts_of_a_total(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the kind of asset a figure is declared as is part of the claim
        ("배경훈은 본인 명의 증권으로 1억7124만 원을 신고했다.", "contradicted"),
        ("배경훈은 본인 명의 예금으로 1억7124만 원을 신고했다.", "supported"),
        ("배 장관의 배우자는 보유 주식도 신고했다.", "unverified"),
        # an acronym in the plural the store never names (NPUs for GPUs)
        (
            "Bae said that if the government supplies about 30% of the NPUs needed by SMEs and "
            "academia in 2030, the foundation for the AI transformation would be laid.",
            "unverified",
        ),
        # a party a quote only lists among others (유플러스 among 16 affiliates) did not found it
        ("LG유플러스는 2020년에 세워졌다.", "misleading"),
    ],
)
def test_assets_acronyms_and_listed_parties(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_title_in_lower_case_before_the_speakers_name(cli):  # type: ignore[no-untyped-def]
    said = (
        "On June 23, 2025, presidential chief of staff {} described the nominee Bae Kyung-hoon "
        'as "an AI scholar and entrepreneur".'
    )
    assert verdict(cli, said.format("Kang Hoon-sik"))["verdict"] == "supported"
    wrong = verdict(cli, said.format("Ha Jung-woo"))
    assert (wrong["verdict"], wrong["reason"]) == ("misleading", "actor")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the nearer of two figures is the one that stands for the fact's amount
        ("장녀는 예금 1819만 원과 증권 9549만 원을 보유했다.", "contradicted"),
        # a sentence does not end inside a quotation (a lecture's title)
        (
            "배경훈 LG AI연구원장은 2024년 9월10일 국회 의원회관에서 '전문가 AI로 향하다. "
            "EXAONE 3.5 그리고 Chat EXAONE'을 주제로 국회 인공지능(AI) 포럼 초청 특별강연을 했다.",
            "unverified",
        ),
        (
            "배경훈 LG AI연구원장은 2024년 9월10일 국회 의원회관에서 '전문가 AI로 향하다. "
            "EXAONE 3.0 그리고 Chat EXAONE'을 주제로 국회 인공지능(AI) 포럼 초청 특별강연을 했다.",
            "supported",
        ),
    ],
)
def test_the_nearer_figure_and_quoted_titles(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # two statements joined by a verb's coordinating ending, each held by a fact
        (
            "배 장관은 AI 기본법의 핵심이 산업 진흥이라며, 과태료 부과를 적어도 1년은 미루겠다고 했다.",
            True,
        ),
        # ... and one of them not: the whole is not supported
        (
            "배 장관은 AI 기본법의 핵심이 산업 진흥이라며, 과태료 부과를 앞당기겠다고 했다.",
            False,
        ),
        (
            "배 장관은 AI 기본법의 핵심이 규제라며, 과태료 부과를 적어도 1년은 미루겠다고 했다.",
            False,
        ),
        ("Born in Seoul, Bae graduated from Kwangwoon University.", True),
        ("Born in Busan, Bae graduated from Kwangwoon University.", False),
        # how the two relate (뒤: after) is no fact's: the parts are not judged alone
        ("배경훈은 LG AI연구원장을 지낸 뒤 LG유플러스로 옮겼다.", False),
    ],
)
def test_a_sentence_joining_two_statements(cli, claim, want):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is want


@pytest.mark.parametrize(
    "claim",
    [
        # a company of the group is not the group: LG Group picked LG AI Research's head
        "LG Uplus was established in 2020.",
        # a leading phrase of time ends before the name and its verb, not at the comma
        "In February 2025 LG Uplus unveiled NEXUS, an agent AI that automatically analyses data risks.",
    ],
)
def test_a_groups_company_is_not_the_group(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "verdict_", "reason"),
    [
        # another place in a series than the source's
        (
            "LG Group picked Bae Kyung-hoon as the second head of LG AI Research in December 2020.",
            "misleading",
            "relation",
        ),
        ("배경훈은 2020년 12월 LG AI연구원 2대 원장으로 발탁됐다.", "misleading", "relation"),
        (
            "LG Group picked Bae Kyung-hoon as the first head of LG AI Research in December 2020.",
            "supported",
            None,
        ),
        ("배경훈은 2020년 12월 LG AI연구원 초대 원장으로 발탁됐다.", "supported", None),
        # the employer of a duty held is a value, named whole in the explanation
        ("배경훈은 2017년부터 LG AI연구원에서 AI 플랫폼을 담당했다.", "contradicted", None),
        ("From 2017 Bae was in charge of the AI platform at LG AI Research.", "contradicted", None),
        ("배경훈은 2017년부터 LG유플러스에서 AI 플랫폼을 담당했다.", "supported", None),
    ],
)
def test_ordinals_and_the_employer_of_a_duty(cli, claim, verdict_, reason):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert (got["verdict"], got["reason"]) == (verdict_, reason)
    if verdict_ == "contradicted":
        assert got["message"].startswith(
            ("LG AI연구원 should be LG유플러스", "LG AI Research should be LG Uplus")
        )


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # an end said for a start: dismissed, dissolved, ended
        ("배경훈은 2025년 7월 과학기술정보통신부 장관에 해임됐다.", False),
        ("배경훈은 2025년 7월 과학기술정보통신부 장관에 임명됐다.", True),
        ("Bae Kyung-hoon ended his career in 2006 as a researcher at Samsung Thales.", False),
        ("LG AI연구원은 2020년 12월7일 해체했다.", False),
        # the fact's subject received it: the sentence has them give it
        ("배경훈은 2023년 은탑산업훈장을 줬다.", False),
        ("배경훈은 2023년 은탑산업훈장을 받았다.", True),
        ("배경훈은 2025년 6월10일 7억5천만 원의 주택담보대출을 줬다.", False),
        # a giving in the passive is its subject's receiving
        ("On July 23, 2025, Bae was handed his letter of appointment by President Lee.", True),
    ],
)
def test_ends_for_starts_and_giving_for_receiving(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


@pytest.mark.parametrize(
    "claim",
    [
        # a date told by its distance from another event is the main event's date, and the
        # other event's subject (국토부가) is not the sentence's
        "배경훈은 국토교통부가 수도권 주택담보대출 한도를 6억 원으로 묶기 전인 2025년 6월 10일에 대출을 받았다.",
        "국토부가 수도권 주담대 한도를 6억 원으로 묶기 18일 전인 6월 10일, 배 후보자는 7억5천만 원의 주택담보대출을 받았다.",
    ],
)
def test_a_date_told_beside_another_event_is_not_that_events(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] not in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # a leading "Four months after X," is time, not the subject; the release is LG AI
        # Research's, the saying of it Bae's
        (
            "Four months after EXAONE 3.0, LG AI Research rolled out EXAONE 3.5 in December 2024 in 2.4B, 7.8B and 32B versions.",
            True,
        ),
        ("Four months after EXAONE 3.0, LG Uplus rolled out EXAONE 3.5 in December 2024.", False),
        ("LG AI Research brought out EXAONE 4.0 four months after EXAONE 3.0.", False),
        ("배경훈은 엑사원 3.0에서 3.5까지 4개월이 걸렸다고 말했다.", True),
        ("강훈식은 엑사원 3.0에서 3.5까지 4개월이 걸렸다고 말했다.", False),
        # X밖에 …지 않았다 is "only X": no denial
        (
            "배경훈은 엑사원 3.0에서 3.5까지는 4개월이 걸렸지만 추론 모델 엑사원 딥 공개까지는 42일밖에 걸리지 않았다고 말했다.",
            True,
        ),
        ("배경훈은 엑사원 딥 공개까지 42일이 걸리지 않았다고 말했다.", False),
    ],
)
def test_time_leads_only_x_and_who_released_what_was_said(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


def test_a_version_after_a_model_is_a_model_too(cli):  # type: ignore[no-untyped-def]
    # "EXAONE 3.5 after 3.0": both versions named; 3.5 to Deep is not 3.0 to 3.5
    wrong = "Bae said it took four months to go from EXAONE 3.5 to the reasoning model EXAONE Deep."
    assert verdict(cli, wrong)["verdict"] != "supported"
    right = (
        "At GTC 2025 on March 18, 2025, Bae said that releasing EXAONE 3.5 after 3.0 took 4 months,"
        " while the reasoning model EXAONE Deep took only 42 days."
    )
    assert verdict(cli, right)["verdict"] not in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # an award no supporting fact names, which his award's own fact names otherwise
        (
            "배경훈은 15개 기업과 글로벌 파트너십을 맺은 공로로 동탑산업훈장을 받았다.",
            "contradicted",
        ),
        (
            "Bae received the Bronze Tower Order for signing partnerships with 15 companies.",
            "contradicted",
        ),
        (
            "Bae received the Silver Tower Order for signing partnerships with 15 companies.",
            "supported",
        ),
        # 주담대 is a mortgage, not a university
        (
            "국토부의 주담대 6억 원 한도 발표는 6월 28일로, 배 장관이 대출을 받은 2025년 6월 10일보다 뒤였다.",
            "supported",
        ),
    ],
)
def test_a_name_its_own_fact_gives_otherwise(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_person_named_with_a_title_the_store_lacks_is_another_actor(cli):  # type: ignore[no-untyped-def]
    wrong = verdict(cli, "윤석열 대통령은 2025년 7월 16일 배경훈 장관 임명을 재가했다.")
    assert (wrong["verdict"], wrong["reason"]) == ("misleading", "actor")
    assert (
        verdict(cli, "이재명 대통령은 2025년 7월 16일 배경훈 장관 임명을 재가했다.")["verdict"]
        == "supported"
    )


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        # a least figure or an earliest date the source words as such, said without its bound
        ("Bae said fines under the AI Basic Act would be deferred for 1 year.", True),
        ("Bae said fines under the AI Basic Act would be deferred for at least 1 year.", False),
        ("과기부는 2025년 10월 초 부총리급으로 격상될 예정이다.", True),
        ("과기부는 이르면 2025년 10월 초 부총리급으로 격상될 예정이다.", False),
        ("배 장관은 과태료 부과를 적어도 1년은 미루겠다고 했다.", False),
        # a bound the store inferred (the contract came after the loan) is no source's bound
        (
            "On June 10, 2025, Bae borrowed 750 million won against a home as a mortgage loan.",
            False,
        ),
    ],
)
def test_a_bound_dropped(cli, claim, flagged):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert (got["verdict"], got["reason"]) == (
        ("misleading", "range") if flagged else ("supported", None)
    )


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        # what he said he would do, reported as what he said he had done
        (
            "배경훈 장관은 2025년 9월 12일 자체 파운데이션 모델을 만든 뒤 오픈소스로 공개했다고 말했다.",
            True,
        ),
        (
            "배경훈 장관은 2025년 9월 12일 자체 파운데이션 모델을 만든 뒤 오픈소스로 공개하겠다고 말했다.",
            False,
        ),
        # a done part of the saying (모신 분) beside its expected part: no tense to object to
        (
            "강훈식 비서실장은 2025년 6월 23일 배경훈을 두고 AI 3대 강국을 위해 어렵게 모신 분이라고 말했다.",
            False,
        ),
    ],
)
def test_a_plan_reported_as_said_done(cli, claim, flagged):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert (got["verdict"], got["reason"]) == (
        ("misleading", "tense") if flagged else ("supported", None)
    )


def test_a_direction_turned_without_a_figure(cli):  # type: ignore[no-untyped-def]
    wrong = verdict(cli, "과기부는 GPU 확보 목표를 기존보다 하향하겠다는 방침이다.")
    assert (wrong["verdict"], wrong["reason"]) == ("misleading", "direction")
    assert (
        verdict(cli, "과기부는 GPU 확보 목표를 기존보다 상향하겠다는 방침이다.")["verdict"]
        == "supported"
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the post is a value: another title than the fact's is contradicted
        ("배경훈은 2025년 3월 한국소프트웨어산업협회(KOSA) 회장을 맡았다.", "contradicted"),
        (
            "배경훈은 2025년 3월 한국소프트웨어산업협회(KOSA) AI정책협력위원장을 맡았다.",
            "supported",
        ),
        ("배경훈은 2016년 LG경제연구원 원장으로 이직했다.", "contradicted"),
        ("배경훈은 2017년 LG유플러스 AI기술본부 부사장을 역임했다.", "contradicted"),
        ("배경훈은 2016년 LG경제연구원 연구위원으로 이직했다.", "supported"),
        (
            "Bae became head of the National IT Industry Promotion Agency in June 2023.",
            "contradicted",
        ),
        # English titles are translations: only the top of a body is weighed
        (
            "In June 2023 Bae became a non-standing director of the National IT Industry Promotion Agency.",
            "supported",
        ),
        (
            "In 2019 Bae moved to LG Electronics' LG Science Park as the executive in charge of AI.",
            "supported",
        ),
    ],
)
def test_the_title_of_a_post(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_a_wrong_title_is_told_with_the_post_the_source_names_whole(cli):  # type: ignore[no-untyped-def]
    got = verdict(cli, "배경훈은 2025년 3월 한국소프트웨어산업협회(KOSA) 회장을 맡았다.")
    assert got["message"].startswith("회장 should be AI정책협력위원장")


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        # about 10 years (10년 정도) said as at least 10, or more than 10
        ("배 장관은 신규 SMR 상용화까지 최소 10년이 걸릴 것이라고 했다.", True),
        ("Bae said new SMR commercialization would take more than 10 years.", True),
        ("배 장관은 신규 SMR 상용화까지 10년 정도가 걸릴 것이라고 했다.", False),
        # a rough figure that is a floor (2천여억 원): "more than" holds
        (
            "LG affiliates agreed to invest more than 200 billion won over three years in LG AI Research.",
            False,
        ),
    ],
)
def test_a_rough_figure_said_as_a_bound(cli, claim, flagged):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert (got["verdict"], got["reason"]) == (
        ("misleading", "range") if flagged else ("supported", None)
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a son for the daughter, a wife for a husband: another person, whose value it is not
        ("배경훈의 장남은 2012년에 태어났다.", "contradicted"),
        ("Bae's son was born in 2012.", "contradicted"),
        ("배경훈의 장녀는 2012년에 태어났다.", "supported"),
        ("Bae's daughter was born in 2012.", "supported"),
    ],
)
def test_a_relative_of_the_other_sex_is_another_person(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # he left Samsung Thales for SK Telecom in 2011: not SK Telecom
        ("배경훈은 2011년 SK텔레콤을 떠났다.", "contradicted"),
        ("Bae left SK Telecom in 2011.", "contradicted"),
        ("배경훈은 2011년 삼성탈레스를 떠났다.", "supported"),
        ("Bae left Samsung Thales in 2011 for SK Telecom.", "supported"),
        ("배경훈은 2019년 LG사이언스파크를 떠나 LG유플러스로 옮겼다.", "contradicted"),
    ],
)
def test_the_employer_left_is_the_one_the_source_says_was_left(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want", "expected"),
    [
        # the hearing was at the National Assembly; the inauguration at the Government Complex
        (
            "배경훈 후보자의 인사청문회는 2025년 7월 14일 정부세종청사에서 열렸다.",
            "contradicted",
            "국회",
        ),
        (
            "Bae's confirmation hearing was held on July 14, 2025 at the Government Complex Sejong.",
            "contradicted",
            "the National Assembly",
        ),
        ("배경훈 후보자의 인사청문회는 2025년 7월 14일 국회에서 열렸다.", "supported", None),
        ("배경훈은 2025년 7월 17일 정부세종청사에서 취임했다.", "supported", None),
        ("배경훈은 2024년 9월 10일 국회 의원회관에서 특별강연을 했다.", "supported", None),
    ],
)
def test_the_building_an_event_was_held_in(cli, claim, want, expected):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert got["verdict"] == want
    if expected:
        assert got["evidence"][0]["expected"] == expected


def test_a_figure_given_the_quantity_a_more_relevant_fact_names_is_not_supported(cli):  # type: ignore[no-untyped-def]
    # 41억5천만 원 is the apartment's combined value; his total assets are 36억9767만 원
    for claim in (
        "배경훈의 재산 총액은 41억5천만 원이다.",
        "Bae's total assets came to 4.15 billion won.",
    ):
        assert verdict(cli, claim)["verdict"] != "supported"
    assert verdict(cli, "배경훈의 재산 총액은 36억9767만 원이다.")["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # the fact tells of the event the sentence's verb does (started, began): a little less
        # relevant is enough, the other words being the writer's own
        "Bae started his working life in 2006 as a researcher at Samsung Thales, today Hanwha Systems.",
    ],
)
def test_a_fact_telling_of_the_sentences_event_supports_on_fewer_words(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        # EXAONE 3.5 came in 2.4B, 7.8B and 32B
        ("엑사원 3.5의 가장 작은 모델은 32B이다.", True),
        ("EXAONE 3.5's largest model has 2.4 billion parameters.", True),
        ("EXAONE 3.5's largest model is 7.8B.", True),
        ("엑사원 3.5의 가장 큰 모델은 32B이다.", False),
        ("The smallest EXAONE 3.5 model has 2.4 billion parameters.", False),
    ],
)
def test_the_largest_or_smallest_of_figures_listed_together(cli, claim, flagged):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)
    assert (got["verdict"], got["reason"]) == (
        ("misleading", "relation") if flagged else ("supported", None)
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # one of a kind put for the source's other one: a language, a country, open or
        # closed, part-time or full-time, part or all
        (
            "2023년 7월19일 공개된 엑사원 2.0은 한국어와 일본어 총 2개 언어를 구사한다.",
            "contradicted",
        ),
        ("2023년 7월19일 공개된 엑사원 2.0은 한국어와 영어 총 2개 언어를 구사한다.", "supported"),
        ("LG AI연구원은 2024년 8월7일 '엑사원 3.0'을 비공개로 출시했다.", "contradicted"),
        ("LG AI연구원은 2024년 8월7일 '엑사원 3.0'을 오픈소스로 공개했다.", "supported"),
        (
            "At the July 14, 2025 hearing Bae said the company required him to attend the "
            "doctoral programme full-time.",
            "contradicted",
        ),
        (
            "At the July 14, 2025 hearing Bae said the company required him to attend the "
            "doctoral programme part-time while working.",
            "supported",
        ),
        (
            "As of July 26, 2025, Bae's daughter had sold part of her overseas stock holdings.",
            "contradicted",
        ),
        ("As of July 26, 2025, Bae's daughter had sold all of her overseas stocks.", "supported"),
        (
            "Samsung Thales, where Bae started work in 2006, was a joint venture of Samsung "
            "Electronics and Germany's Thales Group.",
            "contradicted",
        ),
        # a hotel is a building: the lecture of that day was at the National Assembly
        ("배경훈 LG AI연구원장은 2024년 9월10일 제주 롯데호텔에서 강연했다.", "contradicted"),
        ("배경훈 LG AI연구원장은 2024년 7월11일 제주 롯데호텔에서 강연했다.", "supported"),
    ],
)
def test_one_of_a_kind_put_for_the_sources_other(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # an officer's rank in English: 연구위원 is a research fellow, 전무 an executive vice
        # president; managing director and vice president both render 상무
        ("In 2016 he joined the LG Economic Research Institute as a research fellow.", "supported"),
        (
            "In June 2021 Bae was promoted to managing director (sangmu) as head of LG AI Research.",
            "contradicted",
        ),
        (
            "In June 2021 Bae was promoted to executive vice president as head of LG AI Research.",
            "supported",
        ),
        (
            "In 2018 Bae became a managing director at LG Uplus in charge of its AI platform.",
            "supported",
        ),
        # joined into one, or split apart
        (
            "EXAONE 4.0, launched on July 15, 2025, split general and reasoning functions into "
            "two separate models.",
            "contradicted",
        ),
        (
            "EXAONE 4.0, launched on July 15, 2025, combined general and reasoning models into one.",
            "supported",
        ),
        # the building of another clause's event, which has no figure of its own
        (
            "이재명 대통령은 2025년 7월 16일 임명안을 재가했고, 취임식은 이튿날 정부세종청사에서 열렸다.",
            "supported",
        ),
    ],
)
def test_ranks_and_joining_and_the_building_of_another_clause(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


def test_another_rank_on_the_day_of_a_post_is_not_supported(cli):  # type: ignore[no-untyped-def]
    claim = "In 2016 he joined the LG Economic Research Institute as an executive vice president."
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # a clause alone ("103.68 million won in all") shares a word with facts the whole
        # sentence is not about: those do not contradict a sentence the store supports
        "Bae's daughter holds 18.19 million won in deposits and 85.49 million won in "
        "securities, 103.68 million won in all.",
        "He said EXAONE would need roughly 210 billion parameters, up from 32 billion, to beat "
        "DeepSeek R1.",
    ],
)
def test_a_clause_is_not_contradicted_by_a_fact_the_sentence_is_not_about(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # one fact agrees with the figure, another holds the sentence's other words
        (
            "Bae said roughly 2,000 H200 chips, which Korea is now bringing in, would be needed "
            "to surpass DeepSeek R1.",
            True,
        ),
        (
            "배 장관은 연말이면 글로벌 상위 10위 안에 드는 LLM이 나오고, 내년에는 멀티모달 "
            "분야에서 성과가 날 것이라고 내다봤다.",
            True,
        ),
        # ... not when the figure's own part says the first fact otherwise (next year for its
        # year-end), nor when the other fact says the opposite (scrapping for keeping), nor
        # when the other fact's employer is not the sentence's (robot research was at Samsung
        # Thales), nor all for the only one
        (
            "배 장관은 내년이면 글로벌 상위 10위 안에 드는 LLM이 나오고, 연말에는 멀티모달 "
            "분야에서 성과가 날 것이라고 내다봤다.",
            False,
        ),
        (
            "Bae said a top-10 global LLM would come out next year, followed by multimodal "
            "results at year-end.",
            False,
        ),
        (
            "While scrapping all rules on AI misuse, Bae said fines under the AI Basic Act would "
            "be postponed for at least one year.",
            False,
        ),
        (
            "In 2011 Bae took charge of AI-based autonomous unmanned robot research at SK "
            "Telecom's future technology institute.",
            False,
        ),
        ("2020년부터 LG그룹 계열사 전반에 직함을 뗀 ‘님’ 문화가 자리 잡았다.", False),
    ],
)
def test_a_sentence_joining_a_figure_of_one_fact_with_the_words_of_another(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        # a figure before the noun it measures, in English, against the Korean source's noun
        (
            "On June 10, 2025 Bae took out a 4.15 billion won mortgage to buy a 750 million won "
            "apartment.",
            True,
        ),
        # raising the cap, where the source caps the loans ("the cap" is the limit, no verb)
        (
            "The land ministry on June 28, 2025 raised the cap on mortgage loans in the capital "
            "area to 600 million won.",
            True,
        ),
        (
            "On June 28, 2025 the land ministry set a cap of 600 million won on mortgage loans in "
            "the capital area.",
            False,
        ),
        # what another fact about the same model says of it: the first, the largest
        ("2025년 3월18일 공개된 엑사원 딥은 국내 두 번째 추론 AI 모델이다.", True),
        ("2025년 3월18일 공개된 엑사원 딥은 국내 최초 추론 AI 모델이다.", False),
        (
            "The smallest EXAONE 3.5 model, the 32B, was listed among Epoch AI's Notable AI Models.",
            True,
        ),
        (
            "The largest EXAONE 3.5 model, the 32B, was listed among Epoch AI's Notable AI Models.",
            False,
        ),
        (
            "In September 2024 Bae was named a civilian member of the National Assembly's AI "
            "committee.",
            True,
        ),
    ],
)
def test_nouns_directions_and_what_facts_of_the_same_model_say(cli, claim, flagged):  # type: ignore[no-untyped-def]
    got = verdict(cli, claim)["verdict"]
    assert (got in ("contradicted", "misleading")) is flagged
    assert (got == "supported") is not flagged


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "until" says when, not a thing the store never names
        ("He served as a specialist researcher until May 2, 2009.", "contradicted"),
    ],
)
def test_function_words_are_no_words_of_a_fact(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # Kang spoke of the nomination on June 23 (지명을 두고): he did not nominate anyone
        ("강훈식 비서실장은 2025년 6월 23일 배경훈을 지명했다.", False),
        ("Chief of Staff Kang Hoon-sik nominated Bae on June 23, 2025.", False),
        ("배경훈은 2025년 6월 23일 과기부 장관 후보자로 지명됐다.", True),
        ("Bae was nominated as Minister of Science and ICT on June 23, 2025.", True),
    ],
)
def test_the_day_something_was_said_is_not_the_day_of_the_act_spoken_of(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


def test_a_post_held_before_is_not_the_post_held_now(cli):  # type: ignore[no-untyped-def]
    # 출신: where he came from, not another organisation for his present post
    out = verdict(cli, "하정우 AI미래기획수석은 네이버클라우드 AI혁신센터장 출신이다.")
    assert out["verdict"] != "contradicted"


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # what a thing is made for: EXAONE Deep for reasoning (math, science, coding)
        ("엑사원 딥은 2025년 3월 18일 공개된 이미지 생성 특화 모델이다.", False),
        ("엑사원 딥은 2025년 3월 18일 공개된 추론 특화 모델이다.", True),
        ("EXAONE Deep, released on March 18, 2025, is specialised in image generation.", False),
        (
            "EXAONE Deep, released on March 18, 2025, is specialised in reasoning tasks such as "
            "math, science and coding.",
            True,
        ),
        # enough, where the source says short of it
        ("배 장관은 2025년 9월 12일 R&D 예산이 충분하다고 말했다.", False),
    ],
)
def test_what_a_thing_is_made_for_and_enough_or_short(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


@pytest.mark.parametrize(
    "claim",
    [
        # the first approved, not the last
        "배경훈은 2025년 7월 16일 새 정부 초대 장관 후보자 가운데 마지막으로 임명 재가를 받았다.",
        "Bae was the last of the new government's first minister nominees to have his "
        "appointment approved, on July 16, 2025.",
    ],
)
def test_the_last_for_the_first(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_putting_off_is_an_act_a_fact_may_tell_of(cli):  # type: ignore[no-untyped-def]
    # 유예, postponed, put off: the deferral's own fact supports on the sentence's fewer words
    out = verdict(
        cli, "Fines under the AI Basic Act will be put off for a year or more, the minister said."
    )
    assert out["verdict"] == "supported"


def test_an_upgrade_is_an_act_a_fact_may_tell_of(cli):  # type: ignore[no-untyped-def]
    claim = "배경훈 장관은 이르면 2025년 10월 초 부총리 격상 후 과학기술 AI 장관회의를 주최하겠다고 말했다."
    assert verdict(cli, claim)["verdict"] == "supported"
    # ... and said done, it is not
    assert verdict(cli, "과기부는 2025년 10월 부총리급으로 격상됐다.")["verdict"] == "misleading"


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # a deputy for the post, a member for the chair, a loan or tax of another kind
        ("LG그룹은 2020년 12월7일 당시 44세였던 배경훈을 LG AI연구원 부원장으로 발탁했다.", False),
        ("배경훈은 2025년 7월 과학기술정보통신부 차관에 임명됐다.", False),
        (
            "In September 2024 Bae chaired the Presidential Committee on National Artificial Intelligence.",
            False,
        ),
        ("배경훈은 2025년 6월10일 7억5천만 원의 신용대출을 받았다.", False),
        ("배경훈은 2025년 6월10일 7억5천만 원의 주택담보대출을 받았다.", True),
        (
            "배경훈은 2025년 7월14일 청문회에서 회사가 '풀 타임'으로 박사 과정에 재학하라고 요구했다고 말했다.",
            False,
        ),
        ("2025년 7월26일 기준 배경훈의 장녀는 보유 해외 주식의 절반을 매각했다.", False),
        ("EXAONE Deep-32B was kept proprietary when it launched on March 18, 2025.", False),
        # an upgrade named as the ground of another act (격상에 따라, with the upgrade) is none
        ("과기부는 부총리급으로 격상됐다.", False),
        # the clause of a fact a sentence without a figure retells: announced (done), before
        # the upgrade ahead (future)
        ("정부조직 개편안은 지난 7일 발표됐으며 과기부는 부총리급 격상을 앞두고 있다.", True),
    ],
)
def test_posts_kinds_and_the_clause_retold(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # what another fact of the model says, however few of the sentence's words it holds
        ("EXAONE 2.0, released on July 19, 2023, is a text-only bilingual model.", False),
        (
            "EXAONE 2.0, released on July 19, 2023, is a bilingual model that supports "
            "multimodal input.",
            True,
        ),
    ],
)
def test_what_the_store_says_of_the_model_named(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


def test_the_supporters_own_word_said_otherwise_is_no_foreign_detail(cli):  # type: ignore[no-untyped-def]
    # 확대 for the source's 늘리기: a paraphrase, not a detail of other facts
    claim = "배경훈은 2025년 3월18일 매개변수 확대에 H200 약 2천 장이 필요하다고 말했다."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_what_was_recognised(cli):  # type: ignore[no-untyped-def]
    # his SK Telecom research was in image recognition (영상인식), not speech
    wrong = (
        "In 2011 Bae conducted AI research including speech recognition and big data at SK Telecom."
    )
    right = (
        "In 2011 Bae conducted AI research including image recognition and big data at SK Telecom."
    )
    assert verdict(cli, wrong)["verdict"] == "contradicted"
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # the loan came just before the curbs (직전), as the loan's own fact says
        (
            "배경훈은 국토교통부가 2025년 6월28일 대출 규제를 발표한 직후 주택담보대출을 받았다.",
            False,
        ),
        (
            "배경훈은 국토교통부가 2025년 6월28일 대출 규제를 발표하기 직전 주택담보대출을 받았다.",
            True,
        ),
    ],
)
def test_just_after_where_a_fact_of_the_sentence_says_just_before(cli, claim, supported):  # type: ignore[no-untyped-def]
    assert (verdict(cli, claim)["verdict"] == "supported") is supported


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # 예금과 증권으로 각각 1819만 원, 8549만 원: the two figures swapped
        ("배경훈의 장녀는 예금 8549만 원과 증권 1819만 원을 갖고 있다.", "contradicted"),
        ("배경훈의 장녀는 예금 1819만 원과 증권 8549만 원을 갖고 있다.", "supported"),
    ],
)
def test_figures_given_respectively_swapped(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want
