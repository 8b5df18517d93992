"""Finding: rank a store's facts against a query (search); close words (fuzzy).

Arrows: search -> query, scores, vocabulary; scores -> pruning, lanes, vocabulary;
pruning, query -> vocabulary (the Index type only); vocabulary -> fuzzy (lazily).
search assembles the list (numbers, dates, bonuses, the facts read); query reads what a
query asks besides its words; scores weighs its terms per fact (TermHits); pruning and
lanes score only the facts that can make the list; vocabulary says what a term may mean.

May import: factcli.store, factcli.text, factcli.errors. Never factcli.judge or interfaces.
"""
