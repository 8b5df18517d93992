"""Which kind of gathering, deal, capacity or body a sentence names, beside right figures;
a start told with the year a degree was received; and words that name nothing of their own
(a connective pointing back, a possessive's apostrophe, a verb before a name and a title).
From the thirty-ninth session's adversary (adv64) and development controls."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        (
            "배경훈은 2025년 7월 14일 국회 과학기술정보방송통신위원회 국정감사에 출석했다.",
            "국정감사",
            "인사청문회",
        ),
        (
            "배 장관은 9월 12일 서울 종로구 HJ비즈니스센터에서 열린 국정감사에서 AI 정책 "
            "청사진을 발표했다.",
            "국정감사",
            "기자간담회",
        ),
        (
            "배경훈은 2025년 7월 24일 네이버 '각 세종' AI 데이터센터 기공식에 참석했다.",
            "기공식",
            "간담회",
        ),
        ("배경훈은 2025년 3월18일 GTC 2025 현장에서 외신 기자들과 만났다.", "외신", "국내 취재진"),
        ("배경훈은 서초구 아파트를 41억5천만 원에 전세 계약했다.", "전세", "매매"),
        ("배경훈은 서초구 아파트를 41억5천만 원에 경매로 낙찰받았다.", "경매", "매매"),
        (
            "배경훈은 2024년 9월 국무총리 직속 국가인공지능위원회 민간위원으로 활동했다.",
            "국무총리 직속",
            "대통령직속",
        ),
        ("배경훈은 2025년 7월 14일 국회 인사청문회에 증인으로 출석했다.", "증인", "후보자"),
    ],
)
def test_another_kind_of_the_same_thing_is_contradicted(cli, claim, found, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert out["found"].startswith(found) and out["expected"] == expected, out


@pytest.mark.parametrize(
    "claim",
    [
        # (the same kind, in another of its words: 청문회 for 인사청문회, 기자회견 for the
        # 기자간담회 the English calls a press conference, 국내 기자 for 국내 취재진)
        "배경훈은 2025년 7월 14일 국회 청문회에 출석했다.",
        "배경훈은 2025년 7월 14일 국회 인사청문회에 후보자로 출석했다.",
        "배 장관은 9월 12일 기자회견에서 AI 정책 청사진을 발표했다.",
        "Bae held a press conference at the HJ Business Center in Jongno on September 12.",
        "배경훈은 2025년 3월18일 GTC 2025 현장에서 국내 기자들과 만났다.",
        "배경훈은 서초구 아파트를 41억5천만 원에 매매 계약했다.",
    ],
)
def test_the_same_kind_in_other_words_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2006년 광운대에서 전자공학 박사과정을 시작했다.",
        "배경훈은 2002년 광운대 대학원에서 전자공학 석사과정을 시작했다.",
    ],
)
def test_a_course_begun_in_the_year_its_degree_was_received_is_not_supported(cli, claim):
    # (the thesis's fact tells the year again without a verb, "(Kwangwoon University,
    # 2006)": still the year of the degree, not of any act)
    assert verdict(cli, claim)["verdict"] in ("misleading", "contradicted")


def test_the_thesis_of_its_year_is_supported(cli):
    claim = (
        "Bae's 2006 doctoral thesis was on a multiview acquisition system and video codec "
        "for realistic 3D information devices."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the parameter count named before its figures: not the GPUs counted after them)
        "Bae said beating DeepSeek R1 would mean raising the parameter count from 32 billion "
        "to about 210 billion, which would take roughly 2,000 H200s.",
        # (an apostrophe is no quotation mark: Nvidia's … EXAONE's quotes nothing)
        "Speaking at Nvidia's GTC 2025, Bae said beating DeepSeek R1 across the board would "
        "mean raising EXAONE's parameters from 32 billion to about 210 billion, which would "
        "need roughly 2,000 H200 chips.",
        # (그러려면, to do that: a connective pointing back, no word of its own)
        "딥시크 R1을 완전히 앞서려면 지금 320억 개인 매개변수를 약 2,100억 개로 키워야 하고, "
        "그러려면 국내에 들여오고 있는 H200이 2천 장가량 필요하다고 배경훈은 설명했다.",
        # (a verb's word before a name and its title is not the name: 태어난 배경훈 장관)
        "1976년 5월 서울에서 태어난 배경훈 장관은 대신고와 광운대 전자공학과를 졸업했다.",
        # (직접 and 이뤄지면 say nothing of their own, in a sentence without figures)
        "부총리 격상이 이뤄지면 배 장관은 과학기술 AI 장관회의를 직접 주최할 계획이다.",
        # (the overseas stocks' total, whatever the Meta stock among them was worth)
        "장녀의 해외 주식은 8549만 원어치였다.",
        "배경훈 장녀가 갖고 있던 해외 주식 규모는 8549만 원이다.",
    ],
)
def test_words_that_name_nothing_of_their_own_leave_it_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "wanted"),
    [
        ("부총리 격상이 이뤄지면 배 장관은 과학기술 AI 장관회의를 직접 주최했다.", None),
        ("1976년 5월 부산에서 태어난 배경훈 장관은 대신고를 졸업했다.", "contradicted"),
        ("장녀의 메타 주식은 8549만 원어치였다.", "contradicted"),
        # (a press conference where he gave a lecture: its day is another act's)
        ("배경훈은 2024년 9월 10일 국회 의원회관에서 기자회견을 열었다.", None),
        # (a name, then the body of the title: 최수연 is the one named, and unknown here)
        (
            "배 장관은 2025년 7월 24일 네이버 '각 세종' 간담회에서 최수연 네이버 대표를 만났다.",
            None,
        ),
    ],
)
def test_their_false_forms_are_not_supported(cli, claim, wanted):
    out = verdict(cli, claim)
    assert out["verdict"] != "supported", out
    if wanted:
        assert out["verdict"] == wanted, out


def test_a_post_left_where_the_source_has_him_promoted_in_it_is_misleading(cli):
    out = verdict(cli, "배경훈은 2021년 6월 LG AI연구원장에서 물러났다.")
    assert out["verdict"] == "misleading" and out["reason"] == "relation", out
    assert "career-lgai-director-evp-2021-06" in out["message"]
    # (his promotion in the post that month, and the rank he held it at until then, hold)
    assert verdict(cli, "배경훈은 2021년 6월 LG AI연구원장(전무)으로 승진했다.")["verdict"] == (
        "supported"
    )


def test_a_loan_said_to_be_taken_in_anothers_name_is_misleading(cli):
    out = verdict(cli, "배경훈은 2025년 6월 10일 7억5천만 원의 주택담보대출을 장녀 명의로 받았다.")
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    for claim in (
        "배경훈은 2025년 6월 10일 7억5천만 원의 주택담보대출을 본인 명의로 받았다.",
        # (several holders listed: the declaration's own words)
        "배경훈 장관이 본인·배우자·자녀 명의로 신고한 재산은 모두 36억 9,767만 원이다.",
    ):
        assert verdict(cli, claim)["verdict"] == "supported", claim


def test_a_rule_said_to_reach_some_places_only_is_contradicted(cli):
    out = verdict(
        cli,
        "국토교통부는 2025년 6월28일 수도권 일부 지역에 한해 주택담보대출 최대한도를 6억 원으로 "
        "제한했다.",
    )
    assert out["verdict"] == "contradicted" and out["expected"] == "일괄", out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 연말까지 멀티모달 모델을 완성하겠다고 말했다.",
        '배 장관은 "연말까지 행동모델을 완성하겠다"고 밝혔다.',
    ],
)
def test_a_time_word_is_not_lent_by_a_fact_of_another_event(cli, claim):
    # (the roadmap's fact names no year-end; the 2018 year-end reshuffle's fact does)
    out = verdict(cli, claim)
    assert out["verdict"] != "supported", out
    assert "career-lg-uplus-executive-promotion-2018" not in out["message"]


def test_the_spouses_part_is_not_contradicted_by_his_own(cli):
    out = verdict(cli, "반포동 아파트의 나머지 5분의 2 지분은 배우자 명의로 돼 있다.")
    assert out["verdict"] == "unverified", out
    assert "assets-apartment-share" in out["message"] and "no figure" in out["message"]
    # (his own part said wrongly is still wrong)
    out = verdict(cli, "배경훈은 반포동 아파트 지분 5분의 2를 보유했다.")
    assert out["verdict"] == "contradicted", out


@pytest.mark.parametrize(
    "claim",
    [
        # (the total of deposits and securities, said of one of them: not the whole the
        # source names before its figure, but one of a list)
        "배경훈의 장녀가 보유한 예금은 1억368만 원이다.",
        "배경훈의 장녀가 보유한 증권은 1억368만 원이다.",
        "배경훈의 장녀는 증권으로 1억368만 원을 보유했다.",
    ],
)
def test_a_sum_said_of_one_of_its_parts_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_the_same_reach_in_other_words_is_supported(cli):
    claim = (
        "On June 28, 2025, the land ministry announced a blanket cap of 600 million won on "
        "mortgage loans in the capital region."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "described"),
    [
        ("강훈식 비서실장은 2025년 6월 23일 배경훈을 네이버 출신이라고 소개했다.", "네이버 출신"),
        ("강훈식 실장은 2025년 6월23일 배경훈을 AI미래기획수석으로 소개했다.", "AI미래기획수석"),
    ],
)
def test_a_description_of_another_person_is_misleading(cli, claim, described):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    assert f"{described} of 하정우" in out["message"]


def test_the_description_of_its_own_person_is_supported(cli):
    claim = (
        "강훈식 비서실장은 2025년 6월 23일 하정우 AI미래기획수석과 함께 배경훈이 AI "
        "기술경쟁력을 높이는 데 기여할 것으로 기대한다고 말했다."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "배경훈은 2020년 12월7일 오프라인 출범행사에서 LG AI연구원의 최우선 과제를 밝혔다.",
            "온라인",
        ),
        ("The LG AI Research launch event on December 7, 2020 was held in person.", "online"),
    ],
)
def test_a_kind_of_gathering_told_by_a_fact_of_the_same_day_is_weighed(cli, claim, expected):
    # (the fact of the priority announced there does not say the event was online; the
    # launch event's fact, of the same day, does)
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted" and out["expected"] == expected, out
    same = "배경훈은 2020년 12월 7일 온라인 출범행사에서 AI 원천기술을 확보하겠다고 말했다."
    assert verdict(cli, same)["verdict"] == "supported"


@pytest.mark.parametrize("doer", ["민간", "중소기업"])
def test_another_doer_of_the_sources_act_is_misleading(cli, doer):
    claim = f"배 장관은 필요 GPU의 약 30%를 {doer}이 공급하면 AI 대전환 기반을 갖출 수 있다고 봤다."
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    assert "정부" in out["message"]


def test_the_sources_own_doer_is_supported(cli):
    claim = "배 장관은 필요 GPU의 약 30%를 정부가 공급하면 AI 대전환 기반을 갖출 수 있다고 봤다."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_description_said_of_its_own_person_as_subject_is_supported(cli):
    assert verdict(cli, "하정우 AI미래기획수석은 네이버 출신이다.")["verdict"] == "supported"
    out = verdict(cli, "배경훈은 네이버 출신이다.")
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out


def test_a_figure_told_as_a_change_is_not_the_things_own(cli):
    out = verdict(cli, "Bae said SMR commercialization would be shortened by about 10 years.")
    assert out["verdict"] == "misleading" and out["reason"] == "relation", out
    assert verdict(cli, "Bae said SMR commercialization would take about 10 years.")["verdict"] == (
        "supported"
    )


def test_a_gathering_passed_before_is_no_kind_of_the_sentences_occasion(cli):
    # (the first approved nominee's fact names the hearing he cleared, not where he was
    # sworn in)
    claim = (
        "이재명 대통령은 2025년 7월 16일 배경훈 장관 후보자 임명안을 재가했고, 배 장관은 다음 날 "
        "정부세종청사에서 취임식을 가졌다."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_purpose_of_a_gathering_the_source_does_not_give_is_misleading(cli):
    claim = (
        "Bae held a press conference at the HJ Business Center in Jongno on September 12 to "
        "announce his resignation."
    )
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and "resignation" in out["message"], out
    claim = (
        "Bae held a press conference at the HJ Business Center in Jongno on September 12 to "
        "unveil his science and AI policy blueprint."
    )
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_kind_no_supporting_fact_calls_the_thing_is_not_supported(cli):
    out = verdict(cli, "넥서스는 LG AI연구원이 2025년 2월 공개한 추론 특화 언어 모델이다.")
    assert out["verdict"] == "unverified" and "'모델'" in out["message"], out
    assert verdict(cli, "넥서스는 LG AI연구원이 2025년 2월 공개한 에이전트 AI이다.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    ("claim", "wanted"),
    [
        ("배 장관은 연말쯤 세계 10위권에 드는 LLM이 나올 것으로 내다봤다.", "supported"),
        ("배 장관은 연말쯤 세계 20위권에 드는 LLM이 나올 것으로 내다봤다.", "contradicted"),
        # (빠르면 is 이르면: at the earliest)
        (
            "배 장관은 빠르면 다음 달 초로 잡힌 부총리 격상 뒤 과학기술 AI 장관회의를 열겠다고 했다.",
            "supported",
        ),
        ("과기부는 빠르면 다음 달 초 부총리급으로 격상됐다.", "misleading"),
    ],
)
def test_a_rank_within_the_top_and_the_earliest_day(cli, claim, wanted):
    assert verdict(cli, claim)["verdict"] == wanted


@pytest.mark.parametrize(
    ("claim", "owner"),
    [
        ("엑사원은 메타의 AI 모델이다.", "LG"),
        ("라마 3.1은 LG의 AI 모델이다.", "메타"),
        ("EXAONE is Meta's AI model.", "LG"),
        ("Bae held an on-site meeting at LG's data center Gak Sejong on July 24, 2025.", "Naver"),
        (
            "배경훈은 2025년 7월24일 LG의 AI 데이터센터 '각 세종'에서 현장 간담회를 열었다.",
            "네이버",
        ),
    ],
)
def test_a_thing_given_to_another_owner_is_misleading(cli, claim, owner):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    assert f"as {owner}'s" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "LG의 엑사원은 메타의 라마 3.1과 비교됐다.",
        "배경훈은 2025년 3월 엔비디아의 GTC 2025에서 엑사원을 소개했다.",
        "배경훈은 2025년 7월 24일 네이버의 AI 데이터센터 '각 세종'에서 현장 간담회를 가졌다.",
    ],
)
def test_things_with_their_own_owners_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the review's true sentences: reporters at the press meeting, a list of holders,
        # hedges and common nouns as no other doer, the rank named with its end)
        "배 장관은 9월 12일 기자들에게 과학기술 AI 정책 청사진을 발표했다.",
        "배경훈은 2025년 3월18일 GTC 2025 현장에서 취재진과 만났다.",
        "LG AI연구원에는 16개 회사가 참여했다.",
        "배경훈은 엑사원 매개변수를 늘리려면 H200 2천 장 가량이 필요하다고 말했다.",
        "Bae was head of LG AI Research with the rank of vice president until June 2021.",
        "배 장관은 12일 서울 종로구 HJ비즈니스센터 간담회에서 과기부가 잠재 성장률 3% 회복에 "
        "기여하도록 하겠다고 했다.",
        # (a Korean single quotation before its particle is still a quotation)
        "배경훈 장관은 '언어모델(LLM)-멀티모달(LMM)-행동모델(LAM)으로 이어질 AI 모델 개발 "
        "계획'을 공개했다.",
    ],
)
def test_the_reviews_true_sentences_stay_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "wanted"),
    [
        ("7월24일 현장 기자회견에서 배경훈은 각 세종이 출발점이라고 말했다.", "contradicted"),
        ("배경훈은 2025년 6월10일, 장녀 명의로 7억5천만 원의 주택담보대출을 받았다.", "misleading"),
        (
            "네이버 출신 배경훈이 하정우 수석과 함께 AI 기술경쟁력을 높이는 데 기여할 것으로 "
            "강훈식 비서실장은 2025년 6월 23일 기대했다.",
            "misleading",
        ),
        # (the spouse's deposits said wrongly stay contradicted: not another holder's part)
        ("배경훈은 배우자 명의로 예금 2억 원을 신고했다.", "contradicted"),
    ],
)
def test_the_reviews_false_sentences_are_caught(cli, claim, wanted):
    assert verdict(cli, claim)["verdict"] == wanted


def test_a_ministers_title_given_to_another_person_is_misleading(cli):
    out = verdict(cli, "정현석은 과학기술정보통신부 장관이다.")
    assert out["verdict"] == "misleading" and out["reason"] == "actor", out
    assert "of 배경훈" in out["message"]
    assert verdict(cli, "배경훈은 과학기술정보통신부 장관이다.")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "wanted"),
    [
        # (증권 alone, right before the sum of deposits and securities: one of its parts)
        ("배경훈의 장녀는 증권 1억368만 원을 보유했다.", "misleading"),
        ("배경훈의 장녀는 예금과 증권 1억368만 원을 보유했다.", "supported"),
        ("배경훈의 장녀는 증권 8549만 원을 보유했다.", "supported"),
    ],
)
def test_a_part_named_right_before_a_sum(cli, claim, wanted):
    assert verdict(cli, claim)["verdict"] == wanted


@pytest.mark.parametrize(
    ("claim", "wanted"),
    [
        # (the words the contract's fact lends are ones its quote denies: 알기에는 불가한)
        ("배경훈은 정책을 사전에 알고 이사했다.", "unverified"),
        ("배경훈은 정책을 사전에 알 수 있는 시점이었다고 설명했다.", "unverified"),
        # (몰랐다 denies as 알지 못했다 does)
        ("배 장관은 주택담보대출 규제 발표를 사전에 전혀 몰랐다고 해명했다.", "supported"),
    ],
)
def test_words_a_fact_denies_are_not_lent(cli, claim, wanted):
    assert verdict(cli, claim)["verdict"] == wanted


@pytest.mark.parametrize(
    "claim", ["삼성탈레스는 현재 SK텔레콤이다.", "Samsung Thales is now SK Telecom."]
)
def test_another_name_now_is_weighed_against_any_fact_that_gives_it(cli, claim):
    # (the fact most like the sentence lists both employers; the joint venture's fact says
    # what Samsung Thales is now)
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and "is now" in out["message"], out
    assert (
        verdict(
            cli, claim.replace("SK텔레콤", "한화시스템").replace("SK Telecom", "Hanwha Systems")
        )["verdict"]
        == "supported"
    )
