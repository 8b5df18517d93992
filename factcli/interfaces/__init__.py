"""Interfaces: the Typer CLI, the fast entry path, rendering and formats, the language server.

Parse input, call the core, render, map errors to exit codes (boundary). entry (console
script: fast path for get/search), cli (Typer app), commands (get/search shared by both),
render and views (rows -> formats), report (check findings), cite, export, lsp.

May import everything below it; nothing in the core imports this package.
"""
