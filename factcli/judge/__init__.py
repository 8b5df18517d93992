"""Judging: claims against facts -> verdicts with reasons (check); a store's lint (validate).

May import: factcli.find, factcli.store, factcli.text, factcli.errors. Never factcli.interfaces.

Inside, each module imports only those below it (lazy imports included):

    check        entry points: check_text, check_document, judge (sentences, clauses, pieces)
    framing      what a claim is before it is weighed: a figure set aside (X, not Y), a day
                 of the week the calendar denies, a name or a figure alone
    swapped      a name put for the store's: the sentence judged again with the fact's name
                 in its place (check passes its judge in)
    asides       a phrase set off by commas beside an English claim (who …, a name taken
                 from …), held as a statement of its own (check passes its judge in)
    crossed      a sentence contradicted by a name only, judged statement by statement
                 (check passes its judge in)
    anaphora     a place told again (같은 장소에서, there): the place named before put in
    members      a range told of a list a fact's quote gives (7.8B to 32B): the list's ends
    products     a figure worked out as a share of another (15만 장의 30%인 4만 5천 장)
    intervals    the time between two events (엿새 만에, 18 days before) against their dates
    weighing     the weighing of candidate facts for one sentence (_judge)
    wordless     a sentence without a date or a figure, judged by names and words
    objections   a reading whose values agree, objected to: meaning's tests in order, models
    remarks      whose words a sentence reports, and on which day (imports find.search)
    sequence     which of two events came first, by their dates (imports find.search); a
                 sentence of two events in an order, each judged alone (order_held)
    pairs        joined readings of two facts in one sentence
    wording      which of a sentence's words a fact holds, paraphrased, or lacks
    reading      one sentence read against one fact: values to slots, evidence
    relevance    how relevant a fact is to a sentence; the thresholds that use it
    values       a claim's values against a fact's slots (same number, same date)
    births, acts births and ages; events and acts (at the bottom, importing no sibling)
    meaning/     whether a sentence also means what the fact means: one kind of objection a
                 module (actors, roles, gifts, certainty, tenure, periods, directions, bounds,
                 kinds, names, figures)
                 above meaning.subjects; imported inside functions by the modules above,
                 acts and births included, and importing none of them
    validate     a store's lint; imports check, values
"""
