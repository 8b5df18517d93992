"""The store: domain model, schema, YAML reading with lines, the compiled cache, writing, index.

model (facts, subjects, sources: plain classes), verdicts (what `check` says, loaded only by
it), files (where a store is), yamlio (safe YAML with line marks), schema (records -> facts),
loader (a validated Store, from the cache when fresh), cache and dbcache (the SQLite cache),
index (the inverted index kept with the store), writer (`add`: append a fact atomically),
readings and programs (facts' texts as read, and compiled patterns, kept by the cache).

May import: factcli.text and factcli.errors. Never factcli.find, judge or interfaces.
"""
