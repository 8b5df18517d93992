"""The source articles' own sentences are true: the checker must never flag one.

Every sentence of the two articles the store is built from that holds a date or a figure is
checked as a claim (factcli.judge.check): none may come back contradicted or misleading (a
false alarm on the source itself), and most must come back supported (the rest may be
unverified: a quotation box, a sentence joining more facts than the checker can tell
apart). A sentence a writer copies from the source is the plainest faithful claim there is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.judge.check import check_text
from factcli.text.analysis import analyze_sentence
from factcli.text.sentences import sentences

SEEDS = Path(__file__).parent / "data" / "seeds"
# The share of them supported when this test was written was 81 of 95; a floor below it.
MIN_SUPPORTED = 0.80


def _claims() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in sentences(path.read_text(encoding="utf-8")):
            text = sentence.text.strip()
            if len(text) >= 15 and analyze_sentence(text).values:
                out.append(text)
    return out


CLAIMS = _claims()


def test_there_are_source_sentences_to_check() -> None:
    assert len(CLAIMS) >= 80


@pytest.mark.parametrize("claim", CLAIMS, ids=range(len(CLAIMS)))
def test_no_source_sentence_is_flagged(bundled, claim):  # type: ignore[no-untyped-def]
    finding = check_text(bundled, claim)
    assert finding.verdict.value not in ("contradicted", "misleading"), finding.message


def test_most_source_sentences_are_supported(bundled):  # type: ignore[no-untyped-def]
    supported = sum(check_text(bundled, c).verdict.value == "supported" for c in CLAIMS)
    assert supported / len(CLAIMS) >= MIN_SUPPORTED, f"{supported} of {len(CLAIMS)}"
