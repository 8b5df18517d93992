"""Judging: claims against facts -> verdicts with reasons (check); a store's lint (validate).

May import: factcli.find, factcli.store, factcli.text, factcli.errors. Never factcli.interfaces.
"""
