"""Lint a store: every schema problem, and facts' examples run through the checker; never prints."""

from __future__ import annotations

from pathlib import Path

from factcli.errors import StoreError
from factcli.model import Problem, Store


def validate_store(root: Path, *, run_examples: bool = True) -> list[Problem]:
    """Every problem of the store at `root`, in file order (empty when it is clean)."""
    from factcli.store import read_store

    try:
        store, problems = read_store(root)
    except StoreError as exc:
        return [Problem(str(root), 0, str(exc).removeprefix(f"{root}: "))]
    if store is None:
        return problems
    return check_examples(store) if run_examples else []


def check_examples(store: Store) -> list[Problem]:
    """Each example sentence must get the verdict its fact says.

    The checker judges dates and numbers, so an example must contain one.
    """
    from factcli.check import check_text, claim_values

    problems = []
    for fact in store.facts:
        for key, want in (("supports", "supported"), ("contradicts", "contradicted")):
            for sentence in fact.examples.get(key, ()):
                if not claim_values(sentence):
                    message = (
                        f"fact {fact.id!r}: example {sentence!r} has no date or number to check"
                    )
                    problems.append(Problem(fact.file, fact.line, message))
                    continue
                result = check_text(store, sentence)
                if result.verdict != want:
                    problems.append(
                        Problem(
                            fact.file,
                            fact.line,
                            f"fact {fact.id!r}: example {sentence!r} should be {want}, checker says {result.verdict.value}",
                        )
                    )
    return problems
