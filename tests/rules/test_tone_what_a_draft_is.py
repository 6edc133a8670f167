"""The tone reader on real copy (issue 9), on the real models, FR and EN, a firing case and
a near miss each: what a draft IS (a legal notice, a screen's strings, a page explaining why
a thing happens) and a word's sense in its context (the side of an exchange, the economy, a
form's step, a passive that names who acts, a limit given with the reader's way, the
reader's own cancelling)."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def _said(tone, name: str, text: str) -> bool:
    return any(e.tone == name and text.lower() in e.text.lower() for e in tone.evidence)


def _signals(tone, signal: str) -> list:
    return [e for e in tone.evidence if e.signal == signal]


# -- a word in another sense -------------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("en", "Our blocker stops third-party trackers, and 1st-party cookies expire after a "
           "week.", "party"),
    ("fr", "Notre association vit de l'économie du don : chaque mois, des milliers de "
           "personnes la soutiennent.", "économie"),
])
def test_a_word_in_another_sense_carries_no_tone(analyse, lang, text, word):
    tone = analyse(text, lang, "web").tone
    assert not any(word in e.text.lower() for e in tone.evidence)


@pytest.mark.parametrize("lang,text,tone_name,word", [
    ("en", "Come to our summer party on the roof: music, lemonade and games!", "joy", "party"),
    ("fr", "Faites des économies : le deuxième atelier est à moitié prix.", "deal", "économies"),
])
def test_the_word_in_its_own_sense_keeps_its_tone(analyse, lang, text, tone_name, word):
    assert _said(analyse(text, lang, "web").tone, tone_name, word)


# -- a legal notice ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Weather data\n© 2024 Nimbula Ltd. All rights reserved. The forecasts contained "
           "herein are provided for informational purposes only and are not warranted to be "
           "accurate. They may not be copied except as expressly authorised by Nimbula."),
    ("fr", "Données météo\n© 2024 Nimbula. Tous droits réservés. Les prévisions fournies "
           "ici le sont à titre informatif et ne constituent pas un conseil. Nimbula ne "
           "saurait être tenue responsable d'une erreur de prévision."),
])
def test_a_legal_notice_has_no_brand_tone_to_judge(analyse, lint, lang, text):
    analysis = analyse(text, lang, "web")
    assert analysis.function.kind == "legal_notice"
    assert analysis.tone.raw == {}
    assert not [c for c in codes(lint(text, lang, "web")) if c.startswith("BL20")
                and c in ("BL205", "BL206", "BL207")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Our spring workshop is back: bring your old bikes and we will fix them together "
           "on Saturday morning.\n© 2024 Rouevive. All rights reserved."),
    ("fr", "Notre atelier de printemps revient : apportez vos vieux vélos, on les répare "
           "ensemble samedi matin.\n© 2024 Rouevive. Tous droits réservés."),
])
def test_a_copyright_line_under_brand_copy_is_no_legal_notice(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert analysis.function.kind != "legal_notice"
    assert analysis.tone.raw


# -- a screen's strings ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre photo de profil a été supprimée.\nPhoto de profil\nLégende (optionnelle)\n"
           "Réessayer\nEnregistrer"),
    ("en", "Your profile picture was removed.\nProfile picture\nCaption (optional)\nRetry\n"
           "Save changes"),
])
def test_a_screens_strings_are_an_interface(analyse, lang, text):
    analysis = analyse(text, lang, "after_sales")
    assert analysis.function.kind == "interface"
    assert not _signals(analysis.tone, "clipped_reply")
    assert not _signals(analysis.tone, "passive")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveautés de la semaine\nDes couleurs pour l'été\nTout est en boutique !"),
    ("en", "New this week\nColours for the summer\nAll in store now!"),
])
def test_a_posts_short_lines_are_no_interface(analyse, lang, text):
    assert analyse(text, lang, "social").function.kind != "interface"


# -- a form's step, a request on the reader's own wish -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Veuillez saisir votre nom et votre IBAN :"),
    ("fr", "Veuillez contacter le support si vous souhaitez fermer votre compte."),
    ("en", "Kindly select a payment method:"),
    ("en", "Kindly contact support if you'd like to close your account."),
])
def test_a_forms_step_or_a_request_on_the_readers_wish_is_not_cold(analyse, lang, text):
    assert not any(e.tone == "coldness" for e in analyse(text, lang, "web").tone.evidence)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Veuillez conserver votre numéro de dossier.", "veuillez"),
    ("en", "Kindly note that no refunds are given after thirty days.", "kindly"),
])
def test_a_polite_order_stays_cold(analyse, lang, text, word):
    assert _said(analyse(text, lang, "web").tone, "coldness", word)


# -- a page that explains why a thing happens -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Why hasn't my refund arrived yet?\nRefunds are sent to the card that was used "
           "and are usually processed within five days."),
    ("fr", "Pourquoi mon remboursement n'est-il pas encore arrivé ?\nLes remboursements sont "
           "versés sur la carte utilisée et sont traités sous cinq jours en général."),
])
def test_a_title_asking_why_a_thing_happens_explains(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert analysis.function.kind == "explanation"
    assert not _signals(analysis.tone, "passive")


@pytest.mark.parametrize("lang,text", [
    ("en", "Why choose Rouevive?\nBecause your old bike deserves a second life."),
    ("fr", "Pourquoi choisir Rouevive ?\nParce que votre vieux vélo mérite une seconde vie."),
])
def test_a_why_that_pitches_is_no_explanation(analyse, lang, text):
    assert analyse(text, lang, "web").function.kind != "explanation"


# -- a passive that names who acts ------------------------------------------------------

@pytest.mark.parametrize("lang,text,named", [
    ("en", "Ad clicks are managed by the partner's ad network.", True),
    ("en", "Your ad clicks are managed for accounting purposes.", False),
    ("en", "Your searches cannot be tied back to you, either by us or by our partners.", True),
    ("en", "Your form must be signed by Friday.", False),
    ("fr", "Le changement doit être approuvé par les autres membres de l'équipe.", True),
    ("fr", "Le changement doit être approuvé avant vendredi.", False),
])
def test_a_passive_that_names_who_acts_is_not_impersonal(analyse, lang, text, named):
    passives = _signals(analyse(text, lang, "web").tone, "passive")
    assert (not passives) is named


# -- a limit given with the reader's way, on a page that answers their question ----------

@pytest.mark.parametrize("lang,text,way", [
    ("en", "Can you remove my old posts from other sites?\nWe cannot remove posts from "
           "social networks, unfortunately. You can ask each site to delete them.", True),
    ("en", "Can you remove my old posts from other sites?\nWe cannot remove posts from "
           "social networks, unfortunately. Those sites decide alone.", False),
    ("fr", "Pouvez-vous supprimer mes anciens messages sur d'autres sites ?\nNous ne pouvons "
           "pas supprimer les messages des réseaux sociaux, malheureusement. Vous pouvez "
           "demander à chaque site de les effacer.", True),
    ("fr", "Pouvez-vous supprimer mes anciens messages sur d'autres sites ?\nNous ne pouvons "
           "pas supprimer les messages des réseaux sociaux, malheureusement. Ces sites "
           "décident seuls.", False),
])
def test_a_limit_answered_with_the_readers_way_weighs_half(analyse, lang, text, way):
    tone = analyse(text, lang, "web").tone
    weights = [e.weight for e in tone.evidence if e.tone == "frustration"]
    assert weights
    assert (max(weights) <= 0.61) is way


# -- the reader's own cancelling is no sanction -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "If you don't want the newsletter any more, click here to cancel it."),
    ("fr", "Si vous ne souhaitez plus recevoir la lettre, cliquez ici pour l'annuler."),
])
def test_the_readers_own_cancelling_is_no_ultimatum(analyse, lang, text):
    assert not _signals(analyse(text, lang, "web").tone, "ultimatum")


@pytest.mark.parametrize("lang,text", [
    ("en", "If you don't pay by Friday, we will cancel your membership."),
    ("fr", "Si vous ne payez pas avant vendredi, nous annulerons votre adhésion."),
])
def test_a_sanction_on_the_reader_is_an_ultimatum(analyse, lang, text):
    assert _signals(analyse(text, lang, "web").tone, "ultimatum")
