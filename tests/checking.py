"""What `factcli check` says of one claim, through the CLI: shared by the tests of meaning."""

from __future__ import annotations

import json


def verdict(cli, claim: str) -> dict:  # type: ignore[no-untyped-def]
    """The JSON finding for `claim` on the bundled store; its exit code must agree with it."""
    result = cli("check", claim, "-f", "json", store=None)
    assert result.exit_code in (0, 1), result.stderr
    out = json.loads(result.stdout)
    # exit 1 exactly when the sentence is wrong (contradicted or misleading)
    assert (result.exit_code == 1) == (out["verdict"] in ("contradicted", "misleading"))
    return out


def verdict_as_of(cli, claim: str, day: str) -> dict:  # type: ignore[no-untyped-def]
    """The JSON finding for `claim` checked as of `day` (`check --as-of`)."""
    result = cli("check", claim, "--as-of", day, "-f", "json", store=None)
    assert result.exit_code in (0, 1), result.stderr
    out = json.loads(result.stdout)
    assert (result.exit_code == 1) == (out["verdict"] in ("contradicted", "misleading"))
    return out
