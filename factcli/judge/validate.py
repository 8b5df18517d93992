"""Lint a store: every schema problem, and facts' examples run through the checker; never prints."""

from __future__ import annotations

from pathlib import Path

from factcli.errors import StoreError
from factcli.store.model import NUMERIC_KINDS, Problem, Store


def validate_store(root: Path, *, run_examples: bool = True) -> list[Problem]:
    """Every problem of the store at `root`, in file order (empty when it is clean)."""
    from factcli.store.loader import read_store

    try:
        store, problems = read_store(root)
    except StoreError as exc:
        return [Problem(str(root), 0, str(exc).removeprefix(f"{root}: "))]
    if store is None:
        return problems
    return check_values_stated(store) + (check_examples(store) if run_examples else [])


def check_values_stated(store: Store) -> list[Problem]:
    """A typed number must be one its quote states, unless a note says how it was derived.

    Facts are sacred: a value that no source sentence gives is a slip of the curator's hand.
    """
    from decimal import Decimal

    from factcli.text.quantities import find_quantities

    problems = []
    for fact in store.facts:
        if fact.kind not in NUMERIC_KINDS or fact.note or isinstance(fact.value, bool):
            continue
        if not isinstance(fact.value, int | float):
            continue
        texts = [ref.quote for ref in fact.sources]
        stated = {q.value for text in texts for q in find_quantities(text)}
        stated |= {q.high for text in texts for q in find_quantities(text) if q.high is not None}
        if Decimal(str(fact.value)) not in stated:
            message = f"fact {fact.id!r}: value {fact.value} is not stated in its quote (add a note saying how it was derived)"
            problems.append(Problem(fact.file, fact.line, message))
    return problems


def check_examples(store: Store) -> list[Problem]:
    """Each example sentence must get the verdict its fact says.

    The checker judges dates and numbers, so an example must contain one.
    """
    from factcli.judge.check import check_text
    from factcli.judge.values import claim_values

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
