"""Finding: rank a store's facts against a query (search).

May import: factcli.store, factcli.text, factcli.errors. Never factcli.judge or interfaces.
"""
