"""A sentence that denies a whole claim: "It is not true that X", "X — this is false",
"X다는 것은 사실이 아니다", "X한 적이 없다", "X한 바 없다". Its claim X is judged as said;
where the store supports X, the denial says the store's fact the other way (misleading,
direction); anything else leaves the denial unverified: the store keeps what happened, not
what did not."""

from __future__ import annotations

import re

from factcli.text import patterns as rx

_NOT_TRUE_THAT_EN = rx.compile(
    r"^\s*+(?i:it\s+(?:is|was|'s)\s+(?:not\s+true|untrue|false|not\s+the\s+case|incorrect|wrong)"
    r"\s+that)\s+(.+?)\s*$"
)
_THIS_IS_FALSE_EN = rx.compile(
    r"^\s*+(.+?)(?<!\s)\s*(?:(?<![-—–,;:])[-—–,;:]+|\.)\s*(?i:(?:this|that|which|the|such)\s+(?:claim|report|story)?\s*"
    r"(?:is|was|has\s+been)\s+(?:false|untrue|not\s+true|wrong|a\s+myth|debunked))\s*[.!]?\s*$"
)
# Critics falsely claim that …, Some reports wrongly said …
_FALSELY_EN = rx.compile(
    r"^\s*+(?:(?:some|many|several|the|a\s+few)\s+)?(?i:critics|reports|media|rumou?rs|opponents"
    r"|lawmakers|others|people|articles|posts|outlets|observers|commentators|some)\s+"
    r"(?:(?:have|had)\s+)?(?i:falsely|wrongly|mistakenly|erroneously|incorrectly)\s+"
    r"(?i:claim(?:s|ed)?|sa(?:y|ys|id)|report(?:s|ed)?|allege(?:s|d)?|state(?:s|d)?|assert(?:s|ed)?)"
    r"\s+(?i:that\s+)?(.+?)\s*$"
)
# …다고 잘못 알려졌다 / …다는 허위 주장
_FALSELY_KO = rx.compile(
    r"^\s*+(.+?다)(?:고|는)\s*(?:잘못\s*(?:알려졌다|보도됐다|주장했다|전해졌다)|허위\s*주장(?:이다|을\s*했다)?"
    r"|거짓\s*주장(?:이다|을\s*했다)?)\s*\.?\s*$"
)
# 배경훈이 부산에서 태어났다는 것은 사실이 아니다 / …받았다는 보도는 거짓으로 드러났다
_NOT_TRUE_KO = rx.compile(
    r"^\s*+(.+?(?:다|였다|이었다))(?:는|고\s*하는)\s*(?:것은|것도|건|말은|주장은|보도는|얘기는|소문은|설은)\s*"
    r"(?:사실이\s*아니(?:다|었다)|사실과\s*다르다|거짓(?:이다|이었다|으로\s*드러났다|말이다)?|"
    r"틀렸다|사실무근(?:이다)?|오보(?:다|였다)?|오해(?:다|였다))\s*\.?\s*$"
)
# A sentence of its own that denies the one before: 이는 사실이 아니다. That is false.
# Verdict: false. (물론 거짓말이다; Not true.)
_BARE_DENIAL = (
    r"(?:(?:물론|하지만|그러나|그런데|but|however|of\s+course)\s*,?\s*)?"
    r"(?:(?:(?:이는|이건|이것은|그것은|그건|이\s*말은|위\s*(?:내용|문장|주장)은)\s*)?"
    r"(?:사실이\s*아니(?:다|었다)|사실과\s*다르다|거짓(?:말)?이다|틀렸다|오보다|오해다|사실무근이다|아님)"
    r"|(?i:(?:(?:that|this|it|which)(?:'s|\s+is|\s+was)\s+)?(?:false|not\s+true|untrue|incorrect|wrong)"
    r"|(?:verdict|rating)\s*:\s*(?:false|untrue|wrong))"
    r"|(?:판정|결론)\s*:\s*(?:거짓|사실\s*아님))"
)
_DENIED_BEFORE = rx.compile(rf"^\s*+(.+?[.!?。])\s+{_BARE_DENIAL}\s*[.!]?\s*$")
# … — false. (a dash, then the denial; a run of dashes or spaces is entered at its first
# character only: a sentence of 40,000 dashes was quadratic, ~40 s)
_DASH_DENIED = rx.compile(rf"^\s*+(.+?)(?<!\s)\s*(?<![—–])[—–]+\s*{_BARE_DENIAL}\s*[.!]?\s*$")
_BARE = rx.compile(rf"^\s*{_BARE_DENIAL}\s*[.!]?\s*$")


def bare_denial(text: str) -> bool:
    """Whether a sentence only denies the one before it (이는 사실이 아니다. That is false.)."""
    return bool(_BARE.match(text))


# …출석한 적이 없다 / …재가한 바 없다: never did
_NEVER_KO = rx.compile(
    r"^\s*+(.+?)(?<!\s)\s+([가-힣]+)\s*(?:적|바)(?:이|가|은|는|도)?\s*(?:전혀\s*|한\s*번도\s*)?"
    r"없(?:다|었다|습니다|어요)\s*\.?\s*$"
)
# The attributive past of a verb before 적/바, and its plain past (받은 -> 받았다).
_PAST_OF = (
    ("한", "했다"),
    ("된", "됐다"),
    ("받은", "받았다"),
    ("본", "봤다"),
    ("낸", "냈다"),
    ("간", "갔다"),
    ("온", "왔다"),
    ("산", "샀다"),
    ("판", "팔았다"),
    ("쓴", "썼다"),
    ("든", "들었다"),
    ("만든", "만들었다"),
    ("연", "열었다"),
    ("준", "줬다"),
    ("둔", "뒀다"),
    ("맡은", "맡았다"),
    ("올린", "올렸다"),
    ("빌린", "빌렸다"),
    ("밝힌", "밝혔다"),
    ("있은", "있었다"),
)


def denied_claim(text: str) -> str | None:
    """The claim a sentence denies whole, as an affirmative sentence; None for any other."""
    for pattern in (_DENIED_BEFORE, _DASH_DENIED):
        m = pattern.match(text)
        if m:
            inner = re.sub(r"^(?i:claim|주장)\s*:\s*", "", m.group(1).strip())
            return inner if inner[-1:] in ".!?。" else f"{inner}."
    for pattern in (_NOT_TRUE_THAT_EN, _THIS_IS_FALSE_EN, _FALSELY_EN):
        m = pattern.match(text)
        if m:
            inner = m.group(1).strip().rstrip(".")
            return f"{inner[:1].upper()}{inner[1:]}." if inner else None
    if "잘못" in text or "허위" in text or "거짓" in text:
        m = _FALSELY_KO.match(text)
        if m:
            return m.group(1).strip() + "."
    if any(w in text for w in ("아니", "거짓", "틀렸", "사실", "오보", "오해")):
        m = _NOT_TRUE_KO.match(text)
        if m:
            return m.group(1).strip() + "."
    if "없" in text:
        m = _NEVER_KO.match(text)
        if m:
            verb = m.group(2)
            for attributive, past in _PAST_OF:
                if verb.endswith(attributive):
                    return f"{m.group(1)} {verb[: -len(attributive)]}{past}."
    return None
