"""Passive agents, periods and posts not yet held (the twenty-third session): 'taken out by
Bae's wife', 'announced by the science ministry' name who acted, against the fact's subject
when it is the one who acts (not for what is done to someone: handed, awarded by); 'over two
years' is a period, not more than two years; as of a day before a post began ('배경훈은
과학기술정보통신부 장관이다' as of 2020) the post is misleading (tense); a loan's figure
is not contradicted by the apartment's price range beside it. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("A 750 million won mortgage was taken out by Bae's wife on June 10, 2025.", "misleading"),
        ("A 750 million won mortgage was taken out by Bae on June 10, 2025.", "supported"),
        ("The lending cap was announced by the science ministry on June 28, 2025.", "misleading"),
        ("The lending cap was announced by the land ministry on June 28, 2025.", "supported"),
        (
            "Bae was handed his letter of appointment by President Lee at the presidential office"
            " in Yongsan on 23 July 2025.",
            "supported",
        ),
        ("LG planned to invest 200 billion won over two years.", "contradicted"),
        ("LG planned to invest 200 billion won over three years.", "supported"),
    ],
)
def test_passive_agents_and_periods(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]


@pytest.mark.parametrize(
    ("day", "sentence", "want"),
    [
        ("2020-01-01", "배경훈은 과학기술정보통신부 장관이다.", "misleading"),
        ("2020-01-01", "Bae Kyung-hoon is the Minister of Science and ICT.", "misleading"),
        ("2025-08-01", "Bae Kyung-hoon is the Minister of Science and ICT.", "supported"),
    ],
)
def test_a_post_not_yet_held(cli, day, sentence, want):
    result = cli("check", "--as-of", day, sentence, "-f", "json", store=None)
    import json

    found = json.loads(result.stdout)
    assert found["verdict"] == want, found["message"]
    if want == "misleading":
        assert found["reason"] == "tense" and "began in 2025-07" in found["message"]


def test_a_loan_is_not_the_apartment_s_price_range(cli):
    found = verdict(cli, "대출 규제 발표 전에 배 장관은 주담대 7억5천만 원을 받았다.")
    assert found["verdict"] != "contradicted", found["message"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # (appointed is not nominated: the June 23 nomination does not date the appointment)
        ("배경훈은 2025년 6월 과학기술정보통신부 장관에 임명됐다.", "contradicted"),
        ("Bae was nominated as Minister of Science and ICT in June 2025.", "supported"),
        ("Bae was appointed Minister of Science and ICT in July 2025.", "supported"),
        # (~다고 했죠: what he said, in its own tense)
        ("과태료는 최소 1년은 유예한다고 했죠.", "supported"),
        ("배 장관은 과태료 부과를 최소 1년 이상 유예했다고 했다.", "misleading"),
    ],
)
def test_stages_of_a_post_and_what_he_said(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]


def test_appointed_in_the_month_of_the_nomination_is_not_supported(cli):
    found = verdict(cli, "Bae was appointed Minister of Science and ICT in June 2025.")
    assert found["verdict"] != "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # (the place in a series a fact beside the supporting one tells: the first head)
        ("Bae was named the second head of LG AI Research in December 2020.", "misleading"),
        ("Bae was named the first head of LG AI Research in December 2020.", "supported"),
        # (a clause without a figure denying what the source affirms: 공개되지는 않았다)
        ("엑사원 3.0은 2024년 8월 7일 공개됐지만 오픈소스로 공개되지는 않았다.", "misleading"),
        ("엑사원 3.0은 2024년 8월 7일 오픈소스로 공개됐다.", "supported"),
    ],
)
def test_places_in_a_series_and_a_clause_denied(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # (the largest of items the store files as facts of their own: her LG KRAFT fund)
        ("Her largest holding was Meta, worth 21.04 million won.", "misleading"),
        ("장녀의 해외 주식 가운데 가장 큰 것은 메타 2104만 원이었다.", "misleading"),
        ("Her smallest holding was Microsoft, worth 7.98 million won.", "supported"),
        ("Her smallest holding was Meta, worth 21.04 million won.", "misleading"),
    ],
)
def test_the_largest_of_items_filed_apart(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]


def test_a_clause_of_time_in_the_passive_has_no_actor_of_the_sentence(cli):
    found = verdict(
        cli,
        "Bae's 750 million won mortgage was taken out on June 10, 2025, before the June 28"
        " lending cap was announced.",
    )
    assert found["verdict"] == "supported", found["message"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # (a model's languages are all the source lists: one more is not in it)
        ("2023년 7월 19일 공개된 엑사원 2.0은 한국어와 영어, 중국어를 구사한다.", "misleading"),
        (
            "EXAONE 2.0, released on July 19, 2023, speaks Korean, English and Japanese.",
            "misleading",
        ),
        ("2023년 7월 19일 공개된 엑사원 2.0은 한국어와 영어를 구사한다.", "supported"),
        ("EXAONE 2.0, released on July 19, 2023, speaks Korean and English.", "supported"),
    ],
)
def test_a_language_added_to_the_list(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
