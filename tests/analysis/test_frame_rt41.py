"""(rt41) Frame slot topic on real copy's shape, FR and EN, with near misses; texts our own.

A thing of the product whose place (account, region, server…) the clause ties to another
thing's by "the same … as" / « le même … que » is topic *mechanism*: how the system is
organised, not a performance. Not when the tie is to the reader, nor when the brand holds
the clause.
"""

from __future__ import annotations

import pytest


def frame_of(analyse, text, word, lang, channel="web"):
    a = analyse(text, lang, channel)
    token = next(t for t in a.doc if t.lower_ == word)
    return a.frame(token)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Mailboxes\nMailboxes are attached to a domain. They are always on the same account "
           "as the domain.", "always"),
    ("fr", "Boîtes mail\nLes adresses hébergées sont liées aux domaines. Elles se trouvent "
           "toujours sur le même compte que le domaine.", "toujours"),
])
def test_a_place_tied_to_another_things_is_a_mechanism(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).topic == "mechanism"


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Mailboxes\nMailboxes are attached to a domain. They are always on the same account "
           "as you.", "always"),
    ("fr", "Boîtes mail\nLes adresses hébergées sont liées aux domaines. Elles se trouvent "
           "toujours sur le même compte que vous.", "toujours"),
])
def test_near_miss_a_place_tied_to_the_reader_is_no_mechanism(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).topic != "mechanism"
