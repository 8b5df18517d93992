"""Language: Korean and English text as pure functions, with no store.

korean (NFC, jamo, 초성, particles), numerals, dates, deixis (올해 7월, 지난달 7일, last year:
dated from the day of writing), quantities (values with units), units
(writing values back), sentences (Markdown -> sentences with positions), terms (words -> search
terms), synonyms, and analysis (a sentence -> what it says: names, predicate, values with roles,
certainty, tense; made once and shared by search, check and the language server).

May import: the standard library and factcli.errors. Never factcli.store, find, judge or
interfaces.
"""
