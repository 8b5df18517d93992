"""What `check` says about a sentence: verdicts, their evidence and findings.

Data classes (factcli.text.records; check copies them with `replace`), kept apart from
factcli.store.model so that `get` and `search` never pay for building them
(factcli.store.model re-exports them).
"""

from __future__ import annotations

from enum import StrEnum

from factcli.text.records import dataclass, field

TYPE_CHECKING = False  # not `typing` (~3 ms of `check`'s start-up); type checkers know it
if TYPE_CHECKING:
    from typing import Any


class Verdict(StrEnum):
    supported = "supported"
    contradicted = "contradicted"
    misleading = "misleading"  # the values are right, the meaning is not (see Finding.reason)
    unverified = "unverified"


# Why a sentence with the right values is misleading (README: "Verdicts").
REASONS = ("actor", "relation", "certainty", "tense", "direction", "range", "detail")


@dataclass(frozen=True)
class Evidence:
    """How one value of a claim compares with one fact."""

    fact_id: str
    relation: str  # "agree" or "conflict"
    found: str  # the claim's text for the value ("51억5천만 원")
    expected: str  # the store's value, readable ("41억5000만 원")
    start: int  # span of `found` in the sentence
    end: int
    quote: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "relation": self.relation,
            "found": self.found,
            "expected": self.expected,
            "span": [self.start, self.end],
            "quote": self.quote,
            "source": self.source,
        }


@dataclass
class Finding:
    """The verdict on one sentence, with where it is and why."""

    text: str
    verdict: Verdict
    line: int = 1
    column: int = 1
    evidence: list[Evidence] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # ids of the facts the sentence matched
    reason: str | None = None  # for `misleading`: one of REASONS
    explanation: str | None = None  # misleading: what the source says instead; unverified: why
    breaks: tuple[
        int, ...
    ] = ()  # where in `text` the draft's next lines begin (a wrapped sentence)

    @property
    def message(self) -> str:
        if self.verdict is Verdict.misleading:
            ids = ", ".join(dict.fromkeys(e.fact_id for e in self.evidence))
            return f"{self.reason}: {self.explanation} ({ids})"
        wrong = [e for e in self.evidence if e.relation == "conflict"]
        if wrong:
            # Each wrong value once, each right value once with every fact that gives it.
            parts: dict[tuple[int, str], dict[str, list[str]]] = {}
            for e in wrong:
                alts = parts.setdefault((e.start, e.found), {})
                alts.setdefault(e.expected, []).append(e.fact_id)
            return "; ".join(
                f"{found} should be "
                + " or ".join(f"{value} ({', '.join(ids)})" for value, ids in alts.items())
                for (_s, found), alts in parts.items()
            )
        if self.verdict is Verdict.supported:
            return "supported by " + ", ".join(dict.fromkeys(e.fact_id for e in self.evidence))
        # (why not, where the checker knows: the store never mentions 'X', it does not say
        # where it happened)
        return self.explanation or "no fact in the store speaks to this"

    def to_dict(self) -> dict[str, Any]:
        main = next(
            (e for e in self.evidence if e.relation in ("conflict", "misleading")), None
        ) or (self.evidence[0] if self.evidence else None)
        at = main.start if main and main.relation in ("conflict", "misleading") else 0
        line, column = self.line, self.column + at
        for row, start in enumerate(self.breaks, 1):
            if start <= at:  # (the value is on a later line of a wrapped sentence)
                line, column = self.line + row, at - start + 1
        return {
            "line": line,
            "column": column,
            "text": self.text,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "fact_id": main.fact_id if main else None,
            "expected": main.expected if main else None,
            "found": main.found if main else None,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "facts": self.facts,
        }
