"""Interfaces: the Typer CLI, the fast entry path, rendering and formats, the language server.

Parse input, call the core, render, map errors to exit codes (boundary). entry (console
script: fast path for get/search), cli (runs the Typer app), commands (get/search shared by
both), render and views (rows -> formats), report (check findings), cite, export, lsp.

The Typer app: cli -> lookups, checks, edits, integrations (the commands, each module
registering its own) -> application (the app, its root and shared options, State).
entry -> cli lazily, only off the fast path; every command module -> commands, render,
views and the core, lazily inside the commands.

May import everything below it; nothing in the core imports this package.
"""
