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
