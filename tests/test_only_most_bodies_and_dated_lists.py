"""Words of how much the store never says, bodies and people in the wrong place, and lists
of dated posts (the thirtieth session, adv47): `메타 주식만 보유했었다`, `only Bae's wife`,
`대부분`, `처음 공개됐다` are not supported where no fact says only, most or first; an agency
is a body like a ministry (`과학기술정보통신부에 정정 신청`, for 국세청); the union head given
the minister's inauguration, the parents given the son's correction; a giver in a relative
clause; a modifier noun a fact of another employer holds; 지방 for 수도권; a step said to
take what the source gives from it to the next; Korean particles after English names; a
maker in the other script; a year-post list read item by item; one clause's day not the
certainty or actor of another clause's act."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈의 장녀는 메타 주식만 보유했었다.", "unverified"),
        ("배우자만 반포동 아파트 지분을 갖고 있다.", "unverified"),
        ("Only Bae's wife holds a share of the Banpo-dong apartment.", "unverified"),
        ("배경훈은 광운대에서 석사 학위만 받았다.", "unverified"),
        ("Bae's wife owns most of the Banpo-dong apartment.", "unverified"),
        ("배경훈의 배우자가 반포동 아파트 지분의 대부분을 소유하고 있다.", "unverified"),
        ("엑사원은 2022년 12월 엑사원 1.0으로 처음 공개됐다.", "unverified"),
        # (what the source says alone or first stays supported)
        ("LG AI연구원은 2021년 초거대 AI 엑사원을 처음 공개했다.", "supported"),
        ("His only daughter was born in 2012.", "supported"),
        ("과기부는 2030년까지 GPU 이십만 장을 구축하는 방안을 고민하고 있다.", "supported"),
        (
            "EXAONE 3.5 was the only Korean model among the 62 notable AI models in Stanford"
            " HAI's AI Index Report 2025.",
            "supported",
        ),
    ],
)
def test_only_most_and_first_need_the_source_to_say_so(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "By July 26, 2025, Bae's daughter had sold some, but not all, of her overseas stocks.",
            "misleading",
        ),
        ("Bae's daughter invested all of her 85.49 million won in Meta shares.", "misleading"),
        ("배경훈의 장녀가 보유했던 해외 주식은 총 8549만 원어치다.", "supported"),
    ],
)
def test_some_of_all_and_a_part_for_the_whole(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want", "found"),
    [
        (
            "배경훈은 2025년 5월 과학기술정보통신부에 부양가족 공제 정정 신청을 했다.",
            "contradicted",
            "과학기술정보통신부",
        ),
        (
            "배경훈은 회사와 국방부에서 박사 과정 수학 승인을 받았다고 말했다.",
            "contradicted",
            "국방부",
        ),
        (
            "6월 28일 국토부 규제는 비수도권 주담대 한도를 6억 원으로 묶었다.",
            "contradicted",
            "비수도권",
        ),
        (
            "국토교통부가 6월 28일 발표한 규제는 지방 주택담보대출 한도를 6억 원으로 묶었다.",
            "contradicted",
            "지방",
        ),
        (
            "Bae는 2005년 Columbia University에서 MBA 과정을 마쳤다.",
            "contradicted",
            "Columbia University",
        ),
        (
            "Bae received the Silver Tower Order from the trade ministry in 2023.",
            "contradicted",
            "trade ministry",
        ),
        (
            "Bae, who received the Silver Tower Order from the trade ministry in 2023, led LG AI"
            " Research.",
            "contradicted",
            "trade ministry",
        ),
    ],
)
def test_another_body_place_or_school_in_its_place(cli, claim: str, want: str, found: str) -> None:
    got = verdict(cli, claim)
    assert got["verdict"] == want
    assert got["found"] == found


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 5월 국세청에 부양가족 공제 정정 신청을 했다.",
        "배경훈은 회사와 병무청에서 박사 과정 수학 승인을 받았다고 말했다.",
        "6월 28일 국토부 규제는 수도권 주담대 한도를 6억 원으로 묶었다.",
        "Bae는 2005년 Columbia Southern University에서 MBA 과정을 마쳤다.",
        "Bae received the Silver Tower Order from the science ministry in 2023.",
        "EXAONE 3.0은 Meta의 Llama 3.1, Google의 Gemma 2와 비교해 경쟁력을 입증했다.",
        "배경훈 부모의 2024년 연금 가운데 과세 대상 소득은 일부인 107만 원이었다.",
        "Bae had his confirmation hearing on July 14, 2025 and was sworn in on July 17.",
        "LG AI연구원은 2020년 12월 7일 출범했고, 16개 계열사가 참여했으며, 3년간 2천여억 원을 투자하기로 했다.",
        "배경훈은 2017년 LG유플러스 AI기술본부장, 2018년 AI플랫폼담당 상무, 2019년 LG전자 LG사이언스파크 AI담당 상무를 지냈다.",
        "배경훈은 2024년 연말정산 때 부모 공제를 잘못 신청한 것이 맞다고 인정하고, 2025년 5월 국세청에 정정을 신청했다고 밝혔다.",
    ],
)
def test_true_sentences_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("정현석 위원장은 2025년 7월17일 과학기술정보통신부 장관으로 취임했다.", "misleading"),
        ("배경훈의 부모는 2025년 5월 국세청에 부양가족 공제 정정 신청을 했다.", "misleading"),
        (
            "LG AI연구원은 2020년 12월 7일 출범했고, 3년간 2천여억 원을 투자하기로 했다.",
            "misleading",
        ),
        ("이재명 대통령은 2025년 7월 16일 임명안을 재가했다.", "supported"),
        ("President Lee Jae-myung approved Bae's appointment on July 16, 2025.", "supported"),
        (
            "배경훈 장관은 2025년 7월17일 취임식에서 정현석 위원장으로부터 꽃다발을 받았다.",
            "supported",
        ),
    ],
)
def test_whose_act_it_is(cli, claim: str, want: str) -> None:
    got = verdict(cli, claim)
    assert got["verdict"] == want
    if want == "misleading":
        assert got["reason"] == "actor"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "배경훈은 2011년 SK텔레콤 미래기술원에서 AI 기반 무인자율로봇 연구를 맡았다.",
            "misleading",
        ),
        ("2011년 배경훈이 옮긴 SK텔레콤에서 그는 무인자율로봇 연구를 책임졌다.", "misleading"),
        ("Bae said it would take about 10 years to develop a new SMR.", "misleading"),
        ("배 장관은 신규 SMR을 개발하는 데 10년 정도 걸릴 것으로 봤다.", "misleading"),
        (
            "배 장관은 신규 SMR 기술 개발 이후 상용화까지 10년 정도 걸릴 것으로 본다고 말했다.",
            "supported",
        ),
        (
            "배경훈은 2017년 LG유플러스 AI기술본부장, 2018년 AI플랫폼담당 상무를 지냈다.",
            "supported",
        ),
        (
            "배경훈은 2016년 LG유플러스 AI기술본부장, 2018년 AI플랫폼담당 상무를 지냈다.",
            "contradicted",
        ),
        (
            "Bae had his confirmation hearing on July 14, 2025 and was sworn in on July 18.",
            "contradicted",
        ),
    ],
)
def test_where_what_and_when_of_each_part(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("장녀의 메타와 마이크로소프트 주식을 합치면 2902만 원이다.", "supported"),
        (
            "The daughter's Meta and Microsoft shares together were worth 29.02 million won.",
            "supported",
        ),
        ("장녀의 메타와 마이크로소프트 주식을 합치면 3902만 원이다.", "contradicted"),
        # (a wrong year beside a right sum is not hidden by the sum)
        ("2021년 장녀의 메타와 마이크로소프트 주식을 합치면 2902만 원이었다.", "contradicted"),
        ("EXAONE Deep came out four months after EXAONE 3.0.", "contradicted"),
        ("In 2019 Bae moved to LG Electronics as head of AI at LG Science Park.", "supported"),
        ("In 2019 Bae became head of LG Science Park.", "contradicted"),
        (
            "Bae received a bouquet from union branch head Jung Hyun-seok at his inauguration.",
            "supported",
        ),
        ("Naver 출신 Ha Jung-woo는 AI미래기획수석이다.", "supported"),
        ('배 장관 "SMR 상용화까지 10년 정도"', "supported"),
        ('배 장관 "SMR 상용화까지 10년 걸렸다"', "misleading"),
        ("엑사원 3.0을 공개한 2024년에 배경훈은 LG AI연구원장이었다.", "supported"),
        (
            "배경훈이 이끈 LG AI연구원이 2023년 7월 공개한 엑사원 2.0은 멀티모달을 지원한다.",
            "supported",
        ),
        (
            "배경훈이 이끈 LG유플러스가 2023년 7월 공개한 엑사원 2.0은 멀티모달을 지원한다.",
            "misleading",
        ),
    ],
)
def test_sums_spans_titles_and_whose_words(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈은 전문연구요원으로 복무 중이다.", "misleading"),
        ("배경훈은 전문연구요원으로 복무했다.", "supported"),
        ("LG affiliates agreed to invest about two trillion won over three years.", "contradicted"),
        (
            "소득세법상 부양가족의 연간 소득이 100만 원 이하이면 나이와 관계없이 기본공제가 허용된다.",
            "misleading",
        ),
        (
            "Under the Income Tax Act, dependants with income of 1 million won or less qualify for"
            " the basic deduction regardless of age.",
            "misleading",
        ),
        ("배 장관, 재산 37억 신고…비트코인도 10만원어치", "supported"),
        ("배경훈은 비트코인 11만원어치를 신고했다.", "contradicted"),
        ("배경훈의 금융기관 채무는 7억5천만 원이다.", "contradicted"),
        (
            "배 장관이 말한 2030년 GPU 수요 15만장은 대기업을 뺀 중소기업과 학계의 수요다.",
            "supported",
        ),
    ],
)
def test_states_scales_conditions_and_roundings(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("엑사원 2.0은 한국어와 영어 두 언어만 구사하는 이중 언어 모델이다.", "supported"),
        ("배경훈은 2011년 SK텔레콤으로, 2016년 LG경제연구원으로 옮겼다.", "supported"),
        (
            "하정우 AI미래기획수석(네이버 출신)은 강훈식 비서실장이 배경훈과 함께 언급한 인물이다.",
            "supported",
        ),
        ("EXAONE 3.5 arrived four months after EXAONE 3.0.", "supported"),
    ],
)
def test_counts_routes_and_mentions_stay_supported(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_a_year_is_not_seven_months(cli) -> None:
    got = verdict(cli, "EXAONE Deep came out about a year after EXAONE 3.0.")
    assert got["verdict"] == "contradicted"
    assert got["expected"].startswith("7 months")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("엑사원 3.0을 공개한 2024년에 배경훈은 과학기술정보통신부 장관이었다.", "misleading"),
        ("엑사원 3.0을 공개한 2024년에 배경훈은 LG AI연구원장이었다.", "supported"),
        ("2022년 당시 배경훈은 LG AI연구원장이었다.", "supported"),
    ],
)
def test_a_post_held_in_a_year(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want
