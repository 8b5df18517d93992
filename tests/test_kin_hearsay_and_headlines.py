"""Relatives, hearsay and headline nouns (the twenty-third session): a relative named after a
person (배경훈의 아버지, Bae's father) is the store's subject for that kin (his parents), or
no one it knows (배경훈의 아들), never the person; 'in Bae's spouse's name' is a holder; a
sentence ended as hearsay (신고했대, 유예한대요) is judged as said; a figure of 억 without 원
where the clause speaks of money is won (재산 37억); a headline quote ended by a verbal noun
(“3% 회복 기여”) tells no tense. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.judge.meaning.subjects import resolve
from factcli.store.loader import load_store


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        ("배경훈의 아버지", "bae-parents"),
        ("배 장관의 부친", "bae-parents"),
        ("Bae's father", "bae-parents"),
        ("Bae's eldest daughter", "bae-daughter"),
        ("배경훈의 아들", None),  # (a son the store never names is not the daughter)
        ("Bae's deposits", "bae-kyung-hoon"),  # (a thing is whose it is)
    ],
)
def test_a_relative_is_the_kin_not_the_person(phrase, subject):
    assert resolve(load_store(None), phrase) == subject


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Bae's father received the Silver Tower Order in 2023.", "misleading"),
        ("배경훈의 아버지는 2023년 은탑산업훈장을 받았다.", "misleading"),
        (
            "The 745 million won in financial debts is registered in Bae's spouse's name.",
            "misleading",
        ),
        (
            "Bae's daughter's stocks were bought on the recommendation of a securities firm"
            " employee.",
            "supported",
        ),
        ("배 장관 재산 37억 정도 신고했대.", "supported"),
        ("배 장관 재산 47억 정도 신고했대.", "contradicted"),
        ("배경훈은 광운대를 졸업했대.", "supported"),
        ("과태료는 최소 1년은 유예한대요.", "supported"),
        ('배경훈 "잠재성장률 3% 회복 기여"', "supported"),
        ('배경훈 "잠재성장률 5% 회복 기여"', "contradicted"),
    ],
)
def test_kin_hearsay_and_headline_nouns(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
    if want == "misleading":
        assert found["reason"] == "actor"


def test_did_not_know_is_a_denial(cli):
    # (몰랐다 is 알지 못했다: the same denial the source words otherwise)
    found = verdict(cli, "배 장관은 주택담보대출 규제 발표를 사전에 전혀 몰랐다고 해명했다.")
    assert found["verdict"] == "supported"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # (76년 서울 출생: two digits a birth follows are its year, as 76년생 is)
        ("배 장관은 76년 서울 출생이다.", "supported"),
        ("배 장관은 77년 서울 출생이다.", "contradicted"),
        # (마흔넷이었다: a native number of tens said of someone, an age, without 살)
        ("LG AI연구원 초대 원장으로 뽑혔을 때 그는 마흔넷이었다.", "supported"),
    ],
)
def test_spoken_years_and_ages(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]


def test_the_car_in_a_word(cli):
    # (차: the car, as 차량 and 자동차 are)
    result = cli("search", "배경훈 차", "-f", "jsonl", store=None)
    assert result.stdout.splitlines()[0].startswith('{"id": "assets-vehicle')


def test_a_promise_in_other_words(cli):
    # (누구든 for 누구나, 여건 for 환경, 쓸 for 활용: the inauguration's promise, not the
    # security plan whose 마련 the sentence's verb shares)
    found = verdict(cli, "배경훈은 취임식에서 누구든 AI를 쓸 수 있는 여건을 마련하겠다고 다짐했다.")
    assert found["verdict"] == "supported", found["message"]
    wrong = verdict(cli, "배경훈은 과기부 장관 재직 중 은탑산업훈장을 받았다.")
    assert wrong["verdict"] == "misleading"
