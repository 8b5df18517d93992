"""A name contradicted across statements: a sentence that joins two statements (Bae, who took
office on July 17, 2025, was born in Seoul; 배경훈은 2025년 7월17일 취임했으며, 9월12일 서울에서
기자간담회를 열었다) may be read whole against the fact of one of them, and a name of the other
(Seoul, 기자간담회) then looks like the fact's name said otherwise (Sejong, 취임식).

When every conflict the whole reading found is a name, not a figure, the sentence is judged
statement by statement: a name wrong in its own statement stays wrong; where no statement alone
is contradicted or misleading, the conflict was one statement's fact read against the other's
words, and the sentence is supported when each statement is, unverified otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from factcli.store.model import Finding, Verdict
from factcli.store.verdicts import Evidence
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.records import replace

_WRONG = (Verdict.contradicted, Verdict.misleading)
# Words by which a statement points back at what another named (같은 대학원, 그곳, there, the
# same school, it): judged alone it would lose it.
_BACK = rx.compile(
    r"같은|그곳|그\s?곳|이곳|해당|(?<![가-힣])그\s|(?i:\b(?:there|same|it|its|that|those|these)\b)"
)


def names_only(analysis: Analysis, found: Finding) -> bool:
    """Whether every conflict of a contradicted finding is a name, outside the sentence's
    figures and dates."""
    conflicts = [e for e in found.evidence if e.relation == "conflict"]
    return (
        found.verdict is Verdict.contradicted
        and bool(conflicts)
        and not any(v.start < e.end and e.start < v.end for e in conflicts for v in analysis.values)
    )


def name_crossed(
    analysis: Analysis,
    found: Finding,
    statements: list[tuple[int, int, str]],
    judge: Callable[[str, int], Finding],
) -> Finding | None:
    """The verdict on a sentence contradicted by a name only, judged as `statements` ((start,
    end, the statement as a sentence of its own), at least two, each with a figure or a verb of
    its own): a statement wrong alone gives its own verdict, placed in the sentence; None where
    the names are not the statements' or a statement points back at another. `judge(statement,
    i)` judges the i-th statement."""
    if len(statements) < 2 or not names_only(analysis, found):
        return None
    conflicts = [e for e in found.evidence if e.relation == "conflict"]
    # (the names must sit in statements: one cut across none is no crossing)
    if not all(any(a <= e.start < b for a, b, _s in statements) for e in conflicts):
        return None
    if any(_BACK.search(s) for _a, _b, s in statements[1:]):
        return (
            None  # (같은 대학원, there: a statement that leans on the one before is no claim alone)
        )
    parts = [judge(statement, i) for i, (_a, _b, statement) in enumerate(statements)]
    # (a statement with no figure of its own, cut from the sentence's date, is not shown true
    # alone: "took office at the presidential office in Yongsan" is the appointment's place)
    parts = [
        replace(p, verdict=Verdict.unverified, evidence=[])
        if p.verdict is Verdict.supported and not any(a <= v.start < b for v in analysis.values)
        else p
        for (a, b, _s), p in zip(statements, parts, strict=True)
    ]

    def placed(i: int) -> list[Evidence]:
        """The i-th statement's evidence, where its words stand in the sentence."""
        a, b, _s = statements[i]
        out = []
        for e in parts[i].evidence:
            at = analysis.text.find(e.found, a, b) if e.found else -1
            if at >= 0:
                out.append(replace(e, start=at, end=at + len(e.found)))
        return out

    for i, part in enumerate(parts):
        if part.verdict in _WRONG:
            # (wrong in its own statement: that statement's verdict, Busan for its Seoul)
            evidence = placed(i)
            if not evidence:
                return None  # (its words not found again: the whole reading stands)
            return replace(part, text=analysis.text, evidence=evidence)
    facts = list(dict.fromkeys(f for p in parts for f in p.facts[:2]))
    if all(p.verdict is Verdict.supported for p in parts):
        evidence = [e for i in range(len(parts)) for e in placed(i)]
        return Finding(analysis.text, Verdict.supported, evidence=evidence, facts=facts)
    unheld = next(
        (
            s
            for (_a, _b, s), p in zip(statements, parts, strict=True)
            if p.verdict is not Verdict.supported
        ),
        analysis.text,
    )
    return Finding(
        analysis.text,
        Verdict.unverified,
        facts=facts,
        explanation=f"the store does not hold this part of it: {unheld}",
    )
