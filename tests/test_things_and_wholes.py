"""Which quantity a figure is: a count or a sum said to be of a thing its supporting facts never
name, where the store uses that noun of other things (GPU 20만 장 written as 데이터센터 20만
곳), and a part's figure written as the whole (장녀의 재산은 증권 8549만 원이 전부다, where
the source gives her deposits and securities together as 1억368만 원): the thirty-fifth
session's adversary, adv55, and a probe of figures with paraphrased nouns. Through the CLI,
with unit tests of the readings they rest on."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.judge.meaning.figures import thing_nouns
from factcli.text.analysis import analyze_sentence
from factcli.text.quantities import find_quantities


@pytest.mark.parametrize(
    "claim",
    [
        "과기부는 2030년까지 AI 데이터센터 20만 곳을 구축하는 방안을 검토하고 있다.",
        "The science ministry is considering building 200,000 AI data centres by 2030.",
    ],
)
def test_a_figure_of_another_thing_the_store_names_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "relation"
    assert "is of" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "과기부는 2030년까지 GPU 20만 장을 확보하는 방안을 고민하고 있다.",
        "과기부는 2030년까지 그래픽처리장치 20만 장을 확보하는 방안을 고민하고 있다.",
        "The ministry is considering securing 200,000 graphics chips by 2030.",
        # (the head of a phrase: savings deposits are deposits)
        "The minister has about 171 million won in savings deposits under his name.",
        # (shares, by a fact that gives the figure beside the supporting one: her stocks)
        "Of the daughter's 85.49 million won in shares, 21.04 million won was in Meta.",
        "장녀의 예금 보유액은 1819만 원이다.",
        "배경훈의 재산 신고액은 36억9767만 원이다.",
    ],
)
def test_a_figure_of_its_own_thing_or_a_paraphrase_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장녀의 재산은 증권 8549만 원이 전부다.",
        "배경훈 가족의 재산은 배경훈 본인 예금 1억7124만 원이 전부다.",
        "배경훈 장녀의 해외 주식은 메타 2104만 원이 전부였다.",
        "배경훈 장녀가 보유한 재산은 예금 1819만 원뿐이다.",
        "배경훈이 신고한 재산은 비트코인 10만1000원뿐이다.",
        "배경훈 장녀의 총 재산은 8549만 원이다.",
        "Bae's daughter's total holdings were 85.49 million won.",
        "The daughter's deposits and securities totalled 85.49 million won.",
    ],
)
def test_a_part_written_as_the_whole_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "relation"


@pytest.mark.parametrize(
    "claim",
    [
        "장녀가 보유했던 해외 주식은 총 8549만 원어치였다.",
        "배경훈의 재산은 총 36억9767만 원이다.",
        "장녀의 재산은 예금과 증권을 합쳐 1억368만 원이다.",
        "Bae's total assets came to 3.7 billion won.",
        # (a kind of holdings, by the words before the head: not all she held)
        "Her overseas stock holdings totaled 85.49 million won.",
        # (모두 is the last figure's: the parts before it are parts, said so)
        "배 장관 장녀가 갖고 있던 해외 주식은 메타 2104만 원, 마이크로소프트 798만 원 등 "
        "모두 8549만 원어치였던 것으로 알려졌다.",
    ],
)
def test_a_whole_said_of_its_own_total_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_total_compared_is_not_said_to_be_a_part(cli):
    out = verdict(
        cli, "배경훈 아파트의 총 가액 41억5천만 원은 그가 신고한 재산 총액 36억9767만 원보다 많다."
    )
    assert out.get("reason") != "relation"


def test_only_one_place_is_a_word_of_one_alone_not_a_count(cli):
    assert [q.value for q in find_quantities("LG AI연구원 두 곳이다")] == [2]
    assert find_quantities("LG AI연구원 한 곳뿐이다") == []
    out = verdict(cli, "LG그룹에서 '님 문화'가 안착한 곳은 LG AI연구원 한 곳뿐이다.")
    assert out["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("과기부는 서버 20만 대를 확보한다.", ["서버"]),
        ("장녀는 1억368만 원어치 채권을 보유했다.", ["채권"]),
        ("The ministry wants 200,000 servers.", ["servers"]),
        ("His daughter held 103.68 million won in bonds.", ["bonds"]),
        # (not a noun: a verb's form, a hedge, a time word, a verb after an English count)
        ("장녀가 가진 1억368만 원 가운데 예금이 1819만 원이다.", []),
        ("LG는 3년 동안 약 2천억 원을 투자했다.", []),
        ("The ministry said 200,000 needed by 2030 would be bought.", []),
    ],
)
def test_the_nouns_a_figure_is_said_to_be_of(text, nouns):
    first = next(v for v in analyze_sentence(text).values if v.amount is not None)
    assert [n.lstrip("+") for n in thing_nouns(text, first)] == nouns


@pytest.mark.parametrize(
    "claim",
    [
        # (the gift tax is the daughter's, 776만 원: the store's English gives it with the
        # figure again in brackets, 7.76 million won (7,760,000 won) in gift tax)
        "Bae's daughter paid 100 million won in gift tax.",
        "The gift tax paid by Bae's daughter was 100 million won.",
        # (past a hedge between the topic and its figure: 해외 주식은 총 …)
        "배경훈의 장녀가 보유했던 해외 주식은 총 1억368만 원어치였다.",
    ],
)
def test_a_figure_of_another_quantity_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] in ("misleading", "contradicted")


@pytest.mark.parametrize(
    "claim",
    [
        "The gift tax paid by Bae's daughter was 7.76 million won.",
        "Bae said he gave his daughter 100 million won and paid the gift tax.",
        # (이사할 때가 돼서: it was time to move, told as done; not an intent)
        "배경훈은 이전 집에서 10년을 거주하고 이사할 때가 돼서 이사했다고 말했다.",
    ],
)
def test_a_figure_of_its_own_quantity_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_state_told_as_of_the_day_it_was_said_is_not_the_day_of_the_act(cli):
    out = verdict(cli, "2025년 9월14일 기사 시점에 과기부는 부총리급 격상을 앞두고 있었다.")
    assert out["verdict"] not in ("misleading", "contradicted")
    # (without a word of a state told as of that day: the day the source said it)
    out = verdict(cli, "정부조직 개편안은 2025년 9월 14일 발표됐다.")
    assert out["verdict"] != "supported"


def test_a_model_told_of_before_it_came_out_is_misleading(cli):
    # (EXAONE 4.0 came out on 2025-07-15: at GTC on 2025-03-18 it was not there to present)
    out = verdict(cli, "배경훈은 2025년 3월18일 엔비디아 GTC 2025에서 '엑사원 4.0'을 발표했다.")
    assert out["verdict"] == "misleading" and "exaone-4-0-release" in out["message"]
    # (the model he spoke of there, EXAONE Deep, came out that very day)
    out = verdict(cli, "배경훈은 2025년 3월18일 엔비디아 GTC 2025에서 엑사원 딥을 소개했다.")
    assert out["verdict"] not in ("misleading", "contradicted")


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (who acted on whose advice: Bae bought on a securities-firm employee's recommendation)
        (
            "A securities firm employee bought the stocks on the recommendation of Bae's daughter.",
            "misleading",
        ),
        ("증권사 직원이 배경훈의 추천을 받아 주식을 매수했다.", "misleading"),
        ("Bae bought the stocks on the recommendation of a securities firm employee.", "supported"),
        ("배경훈은 증권사 직원의 추천을 받아 주식을 매수했다고 설명했다.", "supported"),
    ],
)
def test_who_acted_on_whose_advice(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (his own account, the article's narration dating the contract after the loan)
        ("배경훈은 2025년 3월5일 서초구 아파트 매매계약을 체결했다.", "misleading"),
        ("Bae signed the apartment purchase contract on March 5, 2025.", "misleading"),
        ("Bae had no advance knowledge of the mortgage restriction policy.", "misleading"),
        # (told as his account: said, according to his statement)
        ("Bae said he signed the apartment purchase contract on March 5, 2025.", "supported"),
        ("According to his statement, the sale contract was signed on March 5.", "supported"),
        # (the source tells it plainly too: the doctorate taken during his service)
        ("배경훈은 전문연구요원으로 복무하는 동안 박사 과정을 밟았다.", "supported"),
        # (where he spoke, not what he said: done)
        (
            "배경훈은 2025년 6월30일 오전 광화문 우체국에 마련된 인사청문회 사무실로 출근했다.",
            "supported",
        ),
    ],
)
def test_a_partys_own_account_told_as_plain_fact(cli, claim, want):
    out = verdict(cli, claim)
    assert out["verdict"] == want
    if want == "misleading":
        assert out["reason"] == "certainty" and "own account" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # (a plan told done: its value named whole, or a verb of the plan's own chain)
        "과기부는 국민 누구나 사용할 수 있는 '모두의 AI'를 실현했다.",
        "배경훈 장관은 자체 파운데이션 모델을 오픈소스화했다.",
    ],
)
def test_a_plan_told_done_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "tense"


@pytest.mark.parametrize(
    "claim",
    [
        "과기부는 국민 누구나 사용할 수 있는 '모두의 AI'를 실현하겠다는 방침이다.",
        # (a verb of a chain told done: 강조하며 … 구상을 내놨다)
        "배경훈은 취임하면서 처음부터 끝까지 인공지능(AI)을 강조했다.",
    ],
)
def test_a_plan_told_as_one_or_a_deed_done_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (his inaugural address is the inauguration's: 2025-07-17, not GTC's 2025-03-18)
        "취임사에서 배경훈은 엑사원 딥 공개까지 불과 42일이 걸렸다고 말했다.",
        "In his inaugural speech Bae said EXAONE Deep had taken only 42 days to release.",
        "취임식 연설에서 배경훈은 딥시크 R1을 뛰어넘으려면 매개변수를 2100억 개로 늘려야 한다고 말했다.",
    ],
)
def test_a_remark_put_in_the_inaugural_speech_of_another_day(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and "2025-07-17" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # (a comparison, or a ratio, no fact makes: the source compares it with models of the
        # same size)
        "엑사원 3.0은 라마 3.1보다 두 배 큰 모델로 비교됐다.",
        "엑사원 3.0은 라마 3.1보다 큰 모델이다.",
    ],
)
def test_a_comparison_no_fact_makes_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (직함을 뗀 '님' 문화: doing away with titles is the same way round)
        "LG AI연구원은 2020년 직함을 없애고 '님' 문화를 도입했다.",
        "In 2020, LG AI Research did away with job titles.",
    ],
)
def test_titles_done_away_with_are_the_source_s_way_round(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_post_at_another_employer_is_no_start_taken_for_an_end(cli):
    # (the LG Science Park post ended in 2020: not the LG AI Research post begun then)
    out = verdict(cli, "배경훈은 2020년부터 LG AI연구원장을 지냈다.")
    assert "science-park" not in out.get("message", "")


def test_an_active_relative_with_no_object_has_its_head_for_object(cli):
    # (설립한 LG AI연구원의: what LG Group founded, not who founded it; 엑사원 3.0을 공개한
    # LG AI연구원을: who released it)
    out = verdict(
        cli, "LG그룹은 2020년 12월 7일 설립한 LG AI연구원의 초대 원장으로 배경훈을 발탁했다."
    )
    assert out["verdict"] == "supported"
    out = verdict(cli, "배경훈은 2024년 8월 7일 엑사원 3.0을 공개한 LG AI연구원을 이끌었다.")
    assert out["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (who told whom: Bae told reporters at GTC 2025)
        (
            "GTC 2025 현장에서 국내 취재진이 배경훈에게 엑사원 딥 공개까지 42일이 걸렸다고 설명했다.",
            "misleading",
        ),
        ("At GTC 2025, reporters told Bae that EXAONE Deep took 42 days.", "misleading"),
        ("At GTC 2025, Bae told reporters that EXAONE Deep took 42 days.", "supported"),
        # (자녀에게 … 증여하고: the one given to, not the one told)
        ("배경훈은 자녀에게 1억 원을 증여한 후 증여세를 납부했다고 설명했다.", "supported"),
    ],
)
def test_who_told_whom(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # (a date without its year: never a crash, whatever the verdict)
        "배경훈은 3월 18일 GTC에서 엑사원 4.0을 소개했다.",
        # (함께 is no one told; 50세 배우자 is no ratio)
        "배경훈 장관은 함께 일하는 직원들에게 AI 강국을 강조했다.",
        "50세 배우자 적금은 1292만 원이다.",
    ],
)
def test_odd_shapes_get_a_verdict(cli, claim):
    assert verdict(cli, claim)["verdict"] in (
        "supported",
        "unverified",
        "misleading",
        "contradicted",
    )


def test_the_reviewed_readings(cli):
    from factcli.judge.meaning.roles import _ADVISED_KO, _TELLING_KO, _TOLD_KO

    # (직원으로부터: the adviser is 직원, not 직원으)
    m = _ADVISED_KO.search("배경훈은 증권사 직원으로부터 추천을 받아 주식을 샀다.")
    assert m is not None and m.group(1) == "직원"
    assert _TELLING_KO.search("엑사원 딥은 42일이 걸렸다고 밝혔다.") is not None
    assert _TOLD_KO.search("함께 일하는 직원들에게 말했다").group(1) == "직원"
