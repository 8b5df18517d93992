"""The commands other programs start: a shell's completion script, an editor's language
server."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from factcli.errors import ExitCode
from factcli.interfaces.application import State, app


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@app.command()
def completion(
    shell: Annotated[Shell, typer.Argument(metavar="SHELL", help="bash, zsh or fish.")],
) -> int:
    """Print a shell completion script (ids complete for get and cite).

    It prints the script; where it goes is yours to choose (it does not guess your shell).

    \b
    Examples:
      factcli completion bash > ~/.local/share/bash-completion/completions/factcli
      factcli completion zsh > "${fpath[1]}/_factcli"
      factcli completion fish > ~/.config/fish/completions/factcli.fish
    """
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    completion_init()
    script = get_completion_script(
        prog_name="factcli", complete_var="_FACTCLI_COMPLETE", shell=shell.value
    )
    sys.stdout.write(script + "\n")
    return ExitCode.OK


@app.command()
def lsp(
    stdio: Annotated[
        bool, typer.Option("--stdio", help="Talk over stdin/stdout (the default).")
    ] = False,
) -> int:
    """Run the language server for editors: diagnostics, hover, quick fixes, completion.

    Started by the editor, not by hand: the README's "In the editor" has the config snippets.

    Example: factcli lsp
    """
    from factcli.interfaces.lsp import serve  # pygls is imported by this command only

    return serve(State.store_path, State.use_cache)
