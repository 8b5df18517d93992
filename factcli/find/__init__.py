"""Finding: rank a store's facts against a query (search); close words (fuzzy).

May import: factcli.store, factcli.text, factcli.errors. Never factcli.judge or interfaces.
"""
