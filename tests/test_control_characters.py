"""What a terminal or a paste puts inside a claim (the twenty-first session): an operating
system command (a window title, a hyperlink) is left out whole, not its residue glued to the
next word; a vertical tab, a form feed or a separator parts words as a space does. A wrong
claim stays contradicted. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "\x1b]0;pwned\x07Bae was born in Seoul in May 1977.",
        "\x1b]8;;https://example.org\x1b\\Bae\x1b]8;;\x1b\\ was born in Seoul in May 1977.",
        "Bae was\x0bborn in Seoul\x0cin May 1977.",
        "Bae was born in Seoul\x1fin May 1977.",
        "\x1b(BBae was born in Seoul in May 1977.",
    ],
)
def test_control_characters_do_not_hide_a_wrong_claim(cli, claim):  # type: ignore[no-untyped-def]
    found = verdict(cli, claim)
    assert found["verdict"] == "contradicted"
    assert "\x1b" not in found["claim"] and "\x07" not in found["claim"]
