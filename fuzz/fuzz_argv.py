"""Fuzz the fast path's argv parser (factcli.interfaces.entry): any argv, no exception.

`parse` returns a call or None (the full CLI then decides); it never raises, and what it
accepts is a valid call: a known format, a limit Click would accept, one id for `get`.
`check_argv` raises only UsageError.

    pip install atheris
    python fuzz/fuzz_argv.py -max_total_time=60 [CORPUS_DIR ...]
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from factcli.errors import UsageError
    from factcli.interfaces.entry import FORMATS, check_argv, parse

WORDS = ["get", "search", "-n", "--limit", "-f", "--format", "--field", "--store", "--no-cache",
         "--color", "--", "-", "json", "3", "=", "x"]  # fmt: skip


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    argv: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, 8)):
        if fdp.ConsumeBool():
            argv.append(WORDS[fdp.ConsumeIntInRange(0, len(WORDS) - 1)])
        else:
            raw = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 12))
            argv.append(raw.decode("utf-8", "surrogateescape"))  # as Python hands over argv
    call = parse(argv)
    if call is not None:
        assert call.command in ("get", "search")
        assert call.values.get("format", "json") in FORMATS
        if "limit" in call.values:
            assert int(call.values["limit"]) >= 1
        assert call.words and (call.command != "get" or len(call.words) == 1)
    with contextlib.suppress(UsageError):
        check_argv(argv)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
