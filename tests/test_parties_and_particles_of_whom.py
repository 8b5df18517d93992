"""Who gave and who received, named with the clause's words around them, and the particles of
whom (the twenty-ninth session): `정현석 … 과기정통부지부 위원장은 취임식에서 배 장관에게
꽃다발을 건넸다` is the bouquet he received, told from the giver's side (a union branch named
after the ministry is not the ministry; 취임식에서 is not part of the receiver's name);
`대통령에게서`/`대통령으로부터` are 대통령 with a particle of whom, so a letter of appointment
received on the day the president only approved it is not supported. Through the CLI, and the
pure readings."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.judge.meaning.gifts import _gift_parties
from factcli.judge.meaning.subjects import resolve
from factcli.store.loader import load_store
from factcli.text.terms import analyze


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "정현석 공무원노조 과기정통부지부 위원장은 취임식에서 배 장관에게 꽃다발을 건넸다.",
            "supported",
        ),
        (
            "배 장관은 취임식에서 정현석 공무원노조 과기정통부지부 위원장에게 꽃다발을 건넸다.",
            "misleading",
        ),
        ("배경훈은 2025년 7월 23일 대통령에게서 임명장을 받았다.", "supported"),
        ("배경훈은 2025년 7월 23일 이재명 대통령으로부터 임명장을 받았다.", "supported"),
    ],
)
def test_gifts_told_from_either_side(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 7월 16일 대통령에게서 임명장을 받았다.",
        "배경훈은 2025년 7월 16일 대통령으로부터 임명장을 받았다.",
    ],
)
def test_a_letter_of_appointment_is_not_dated_by_the_approval(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_branch_named_after_a_body_is_another_body() -> None:
    store = load_store(None)
    assert resolve(store, "정현석 공무원노조 과기정통부지부 위원장") == "jung-hyun-seok"
    assert resolve(store, "과기정통부") == "msit"


def test_the_receiver_is_named_without_the_clause_before_it() -> None:
    text = "정현석 위원장은 취임식에서 배 장관에게 꽃다발을 건넸다."
    assert _gift_parties(text, "정현석 위원장") == [("정현석 위원장", "배 장관")]


def test_particles_of_whom_leave_the_noun() -> None:
    terms = analyze("대통령에게서 대통령으로부터 위원장한테 위원회로부터")
    assert terms == ["대통령", "대통령", "위원장", "위원회"]
