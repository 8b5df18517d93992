"""A headline's quoted words read as what the named person said, and that reading known again.

check.py rewrites `배 장관 "SMR 상용화까지 10년 정도"` as `배 장관은  SMR 상용화까지 10년 정도
라고 말했다.` so that the general rules of reported speech weigh it; certainty.py asks
`quoted_words` whether a sentence is such a rewrite. The rewrite's form is made and read here
only.
"""

from __future__ import annotations

from factcli.text import patterns as rx
from factcli.text.korean import final_of

_QUOTE_MARKS = rx.compile(r"[\"“”‘’']")
_SAID = "라고 말했다."
# The rewrite of a quote without a verb of its own (its marks now spaces): the words.
_QUOTED = rx.compile(r"(?:은|는)\s\s(.+?)\s라고 말했다\.$")


def copula(word: str) -> str:
    """이 after a closed syllable (고민 중이라고), nothing after an open one (것이라고 aside)."""
    return "이" if final_of(word) else ""


def as_said(who: str, quote: str, written: str) -> tuple[str, int]:
    """`who`'s `quote` (`written`: everything after the name, marks included) as a sentence
    of what they said; with the length of the topic particle added after the name."""
    quote = quote.rstrip(" .")
    ending = "고 말했다." if quote.endswith("다") else f"{copula(quote)}{_SAID}"
    # (whose words: the topic, 배 장관은, so that who said it is weighed)
    topic = "은" if copula(who) else "는"
    # (its quotation marks as spaces: the words are the reported content, as sure as they
    # say; the positions stay)
    words = _QUOTE_MARKS.sub(" ", written.rstrip(" ."))
    return f"{who}{topic}{words}{ending}", len(topic)


def quoted_words(text: str) -> str | None:
    """The quoted words without a verb, if `text` is as_said's rewrite of them."""
    m = _QUOTED.search(text)
    return None if m is None else m.group(1)
