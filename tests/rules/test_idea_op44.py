"""Round 39 (op44): a letter that thanks one customer for having the brand round, or for
their own note, is written to that person, not campaign copy.

"Thank you for having us on Tuesday", « merci de nous avoir reçus mardi », "thanks for
your kind note", « merci pour votre gentil message »: the customer received the brand or
wrote to it, so the draft is a reply to one customer and the central idea is not asked
of it where the channel does not require it. A shop's thanks to any reader (« merci de
votre visite », "thank you for visiting") stays campaign copy. Firing forms and near
misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tesselle
language: fr
central_idea:
  statement: "Des murs enduits pour durer, avec le geste d'un artisan."
  lexicon: [durer, durable, solide, artisan, geste, soin, finition]
  related: [enduit, mur, chaux, chantier]
channels:
  email: {tones: [reassurance]}
rules:
  BL101: warning
""",
    "en": """
brand: Tesselle
language: en
central_idea:
  statement: "Plastered walls that last, with a craftsman's touch."
  lexicon: [last, lasting, durable, solid, craftsman, craft, care, finish]
  related: [plaster, wall, lime, site]
channels:
  email: {tones: [reassurance]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tesselle", "email")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Ferrand,\n\nMerci de nous avoir reçus mardi dans votre grange. "
           "Nous passerons jeudi prendre les mesures du salon.\n\nBien à vous,\nLéo"),
    ("fr", "Bonjour Mme Ferrand,\n\nMerci pour votre charmant message après la visite. "
           "Nous passerons jeudi prendre les mesures du salon.\n\nBien à vous,\nLéo"),
    ("en", "Dear Mrs Ferrand,\n\nThank you for having us round at the barn on Tuesday. "
           "We'll come by on Thursday to measure the lounge.\n\nBest wishes,\nLeo"),
    ("en", "Dear Mrs Ferrand,\n\nThanks for your kind note after the visit. We'll come by "
           "on Thursday to measure the lounge.\n\nBest wishes,\nLeo"),
])
def test_thanks_for_having_us_or_for_a_note_is_a_letter_to_one_customer(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Ferrand,\n\nMerci de votre visite au salon de l'habitat. Nos "
           "bureaux ferment du 1er au 15 août.\n\nBien à vous,\nLéo"),
    ("en", "Dear Mrs Ferrand,\n\nThank you for visiting our stand at the home show. Our "
           "office closes from 1 to 15 August.\n\nBest wishes,\nLeo"),
])
def test_a_thanks_any_reader_gets_is_still_campaign_copy(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL101"]


@pytest.mark.parametrize("lang,text,reply", [
    ("fr", "Merci de nous avoir accueillis samedi, c'était un plaisir.", True),
    ("fr", "Merci pour votre petit mot, il nous a touchés.", True),
    ("fr", "Merci de votre visite, à bientôt en boutique.", False),
    ("en", "Thanks so much for welcoming us on Saturday, it was a pleasure.", True),
    ("en", "Thank you for your lovely message, it made our day.", True),
    ("en", "Thank you for visiting, see you soon in the shop.", False),
    ("fr", "Merci de nous avoir envoyé vos photos de la pièce.", True),
    ("fr", "Merci pour votre passage mardi à l'atelier.", True),
    ("fr", "Merci d'avoir choisi nos enduits cette saison.", False),
    ("en", "Thanks for sending over your photos of the room.", True),
    ("en", "Thank you for coming in on Tuesday.", True),
    ("en", "Thank you for choosing our plasters this season.", False),
])
def test_the_reply_marker_reads_the_thanks(analyse, lang, text, reply):
    assert analyse(text, lang).is_personal_reply is reply
