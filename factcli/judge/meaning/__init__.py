"""Whether a sentence whose values a fact agrees with also means what the fact means.

The numbers can be right and the sentence still false: another actor did it, the source only
considers what the sentence calls decided, a scheduled thing is written as done, a start is
written as an end, a range as an exact figure, a place or an award grade is another. Each test
here compares the sentence's analysis (text.analysis) with one fact and says what is wrong.

Modules, one kind of objection each, all above `subjects` (who a phrase names, a fact's texts,
the Objection record): actors, roles (who acted on whom), gifts, certainty, tenure (a post
ended or a holding sold, said to hold now), periods (late June, Q2, 하반기; 10월 말 for the
source's 초, 연초 for 연말), directions, bounds, kinds, names, figures, quantifiers (모두, 만,
several against the source's words; a cause no fact gives), posts (a title at another
employer), voice (who founded, appointed or hosted).
Each imports only subjects; none imports another. This package imports nothing itself.

May import: factcli.store, factcli.text.
Never factcli.judge.check or anything above it.
"""
