"""Negative tone misread on real copy (issue 9, round 31): "It is down to you to choose
whether your group is public" read as blame, a block stated with its remedy right after it
(« Ce compte ne peut pas recevoir de paiements. Pour y remédier, connectez-vous… ») read as
a dead end, and a source cited ("as explained by this video") read as the irritated "as
explained". Each concept firing and its near miss, FR and EN, on the real models:

- the responsibility put on the reader is blame; a choice left to them is not;
- a block followed by the remedy the reader can apply is an honest limit (an alternative
  offered), not a dead end;
- "as explained", « comme précisé » remind the reader of what they were told; "as explained
  by X", « comme précisé par X » cite a source."""

from __future__ import annotations

import pytest


def _negative(analysis, text: str) -> float:
    return sum(e.weight for e in analysis.tone.evidence
               if e.tone in ("anger", "frustration", "disappointment", "pressure")
               and text in e.text.lower())


def _signals(analysis, name: str) -> int:
    return sum(1 for e in analysis.tone.evidence if e.signal == name)


# -- a choice left to the reader ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("en", "The parcel sat outside your door all day, so that's really down to you.",
     "down to you"),
    ("fr", "Le colis est resté devant votre porte toute la journée : c'est à vous de "
           "surveiller vos SMS.", "à vous de"),
])
def test_the_responsibility_put_on_the_reader_is_blame(analyse, lang, text, word):
    assert _negative(analyse(text, lang, "after_sales"), word) > 0


@pytest.mark.parametrize("lang,text,word", [
    ("en", "You can create a mailing list for your club. It is down to you to choose whether "
           "your list is public or private.", "down to you"),
    ("fr", "Vous pouvez créer une liste de diffusion pour votre club. C'est à vous de choisir "
           "si votre liste est publique ou privée.", "à vous de"),
])
def test_a_choice_left_to_the_reader_is_no_blame(analyse, lang, text, word):
    assert _negative(analyse(text, lang, "after_sales"), word) == 0


# -- a block and its remedy --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "This account can't receive payments. We are unable to help with this."),
    ("fr", "Ce compte ne peut pas recevoir de paiements. Nous ne pouvons rien y faire."),
])
def test_a_block_with_no_way_out_offers_nothing(analyse, lang, text):
    assert _signals(analyse(text, lang, "after_sales"), "alternative_offered") == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "This account can't receive payments. To fix this, log in and complete the "
           "verification."),
    ("fr", "Ce compte ne peut pas recevoir de paiements. Pour y remédier, connectez-vous et "
           "terminez la vérification."),
])
def test_a_block_followed_by_its_remedy_offers_a_way(analyse, lang, text):
    assert _signals(analyse(text, lang, "after_sales"), "alternative_offered") == 1


# -- a reminder, or a source cited ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("en", "As explained, we cannot change the date of your workshop.", "as explained"),
    ("fr", "Comme précisé, nous ne pouvons pas changer la date de votre atelier.",
     "comme précisé"),
])
def test_the_reader_reminded_of_what_was_said_is_irritation(analyse, lang, text, word):
    assert _negative(analyse(text, lang, "after_sales"), word) > 0


@pytest.mark.parametrize("lang,text,word", [
    ("en", "As explained by this short film from the museum, the first bricks were made of "
           "wood.", "as explained"),
    ("fr", "Comme précisé par ce court film du musée, les premières briques étaient en bois.",
     "comme précisé"),
])
def test_a_source_cited_is_no_reminder(analyse, lang, text, word):
    assert _negative(analyse(text, lang, "web"), word) == 0


# -- a help article on a service channel ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Comment suivre votre colis ?\nOuvrez l'onglet Commandes de votre compte, puis "
           "cliquez sur le numéro de suivi. La page du transporteur s'affiche."),
    ("en", "How to track your parcel\nOpen the Orders tab of your account, then click the "
           "tracking number. The carrier's page opens."),
])
def test_a_help_article_on_a_service_channel_is_a_how_to(analyse, lang, text):
    assert analyse(text, lang, "after_sales").function.kind == "instructions"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Comment suivre votre colis ?\nBonjour Léa, merci pour votre message. Ouvrez "
           "l'onglet Commandes de votre compte, puis cliquez sur le numéro de suivi."),
    ("en", "How to track your parcel\nHi Sam, thanks for your message. Open the Orders tab "
           "of your account, then click the tracking number."),
])
def test_a_reply_under_a_how_to_title_is_a_reply(analyse, lang, text):
    assert analyse(text, lang, "after_sales").function.kind != "instructions"
