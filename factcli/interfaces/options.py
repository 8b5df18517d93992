"""The Click group behind the Typer app: global options after the command, one-line errors.

Typer builds a Click group from cli.app; this module adjusts it once: `--store`, `--no-cache`
and `--color` are accepted after the command too (as rg and gh accept flags anywhere), the
help lists commands in a chosen order with summaries that are never cut, and Click's
four-line `Usage:/Try/Error:` blocks become one `factcli: error: ...` line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer
from typer._click import exceptions as click_errors
from typer._click.core import Context, Parameter
from typer._types import TyperChoice
from typer.core import TyperArgument, TyperOption
from typer.core import TyperGroup as Group

_GROUP: Group | None = None


def command_group(app: typer.Typer, order: Sequence[str], state: Any) -> Group:
    """The app's Click group, adjusted (built once per process)."""
    global _GROUP
    if _GROUP is not None:
        return _GROUP
    group = typer.main.get_command(app)
    assert isinstance(group, Group)
    for command in group.commands.values():
        for param in command.params:
            if isinstance(param, TyperArgument) and param.metavar and param.required:
                # Usage reads `factcli get ID`, not Typer's `{ID}`.
                param.make_metavar = _fixed(param.metavar)  # type: ignore[method-assign]
        command.params.extend(_global_options(state))
        command.short_help = _summary(command.help or "")
    rank = {name: n for n, name in enumerate(order)}
    ordered = sorted(group.commands.items(), key=lambda item: rank.get(item[0], len(rank)))
    group.commands = dict(ordered)
    _GROUP = group
    return group


def _fixed(metavar: str) -> Any:
    return lambda *_args, **_kwargs: metavar


def _summary(text: str) -> str:
    """The first paragraph of a command's help, whole (Click would cut it at ~45 columns)."""
    return " ".join(text.strip().split("\n\n")[0].split())


def _global_options(state: Any) -> list[Parameter]:
    """--store, --no-cache and --color on a command: they set what the root options set."""
    from factcli.interfaces.render import set_color

    def store(_ctx: Context, _param: Parameter, value: str | None) -> None:
        if value is not None:
            state.store_path = value

    def no_cache(_ctx: Context, _param: Parameter, value: bool) -> None:
        if value:
            state.use_cache = False

    def color(_ctx: Context, _param: Parameter, value: str | None) -> None:
        if value is not None:
            set_color(value)

    # Hidden from each command's help: the root help documents them once.
    hidden: dict[str, Any] = {"hidden": True, "expose_value": False}
    return [
        TyperOption(param_decls=["--store"], metavar="PATH", callback=store, **hidden),
        TyperOption(param_decls=["--no-cache"], is_flag=True, callback=no_cache, **hidden),
        TyperOption(
            param_decls=["--color"],
            type=TyperChoice(["auto", "always", "never"]),
            callback=color,
            **hidden,
        ),
    ]


def one_line_error(exc: click_errors.ClickException) -> str:
    """Click's error as `factcli: error: COMMAND: message; hint`, on one line."""
    ctx: Context | None = getattr(exc, "ctx", None)
    command = ctx.info_name if ctx is not None and ctx.parent is not None else None
    if isinstance(exc, click_errors.NoSuchOption):
        message = f"no such option: {exc.option_name}"
        if exc.possibilities:
            message += f" (did you mean {', '.join(sorted(exc.possibilities))}?)"
        message += _option_hint(exc.option_name, ctx)
    else:
        message = " ".join(exc.format_message().split())
        message = (message[:1].lower() + message[1:]).replace(". Did you mean", "; did you mean")
        if message.startswith("no such command") and "did you mean" not in message:
            message = message.rstrip(".") + _command_hint(ctx)
        message = message.replace("is not a valid int range", "is not a whole number")
        # `-n=3`: Click (and so factcli) reads a short option's value as "=3".
        short = re.search(r"for '(--[\w-]+)' / '(-\w)': '=([^']*)'", message)
        if short:
            long_name, short_name, value = short.groups()
            message = message.rstrip(".") + (f"; write {short_name} {value} or {long_name}={value}")
    message = message.rstrip(".")
    where = f"{command}: " if command else ""
    if ctx is not None and isinstance(exc, click_errors.UsageError) and ";" not in message:
        message += f" (see '{ctx.command_path} --help')"
    from factcli.interfaces.render import line

    # Click names an unknown option or an extra argument as typed (a bidi override or a
    # zero-width space in it reached the terminal): escaped here, as every error is.
    return line(f"factcli: error: {where}{message}")


def _option_hint(option: str, ctx: Context | None) -> str:
    """Where an option belongs, when it was put before the command it belongs to."""
    if ctx is None or ctx.parent is not None or not isinstance(ctx.command, Group):
        return ""
    owners = [
        name
        for name, command in ctx.command.commands.items()
        if any(option in p.opts for p in command.params if not getattr(p, "hidden", False))
    ]
    if not owners:
        return ""
    return f"; {option} goes after the command (factcli {owners[0]} ... {option})"


def _command_hint(ctx: Context | None) -> str:
    if ctx is None or not isinstance(ctx.command, Group):
        return ""
    return "; commands: " + ", ".join(ctx.command.commands)
