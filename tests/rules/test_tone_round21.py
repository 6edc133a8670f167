"""Negative tone said without the usual words, on the real models, FR and EN (tone-blind20's
concepts): the brand fed up, asked the same question fifty times, making its job harder
(frustration); a season that let it down and is hard to swallow, not sure it is worth it
(disappointment); not enough for everyone, the reader told not to think and that they would
regret it (pressure); what the reader loses in the file's adjectives, the case closed by
the rule (coldness). Each fires, and a near miss does not."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity


def _warned(lint, text, lang, channel, code):
    return [d for d in lint(text, lang, channel)
            if d.code == code and d.severity >= Severity.WARNING]


# -- the brand fed up --------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "AUX CLIENTS DU MAGASIN\n\nNous en avons assez de retrouver des boîtes ouvertes "
           "au fond des rayons. Ce n'est pas à nous de remettre les pièces dans les sachets. "
           "On nous le demande vingt fois par jour : non, on ne reprend pas les boîtes "
           "ouvertes."),
    ("en", "Hi everyone,\n\nWe've said it before: every week we ask you to close the gate "
           "behind you, and every week it's left open. It makes our job so much harder. We "
           "are asked twenty times a day where the key is. It hangs by the door."),
])
def test_the_brand_fed_up_is_frustration(lint, analyse, lang, text):
    assert analyse(text, lang, "store").tone.dominant == "frustration"
    (d,) = _warned(lint, text, lang, "store", "BL206")
    assert d.suggestion


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas de panique : nous en avons assez pour tout le monde, trois cents boîtes "
           "vous attendent au magasin ce samedi !"),
    ("en", "We've said it before and we'll happily say it again: thank you for ten "
           "wonderful years at the shop!"),
])
def test_plenty_and_thanks_repeated_are_no_frustration(lint, lang, text):
    assert not _warned(lint, text, lang, "store", "BL206")


# -- the brand let down ------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nLe concours de printemps nous a franchement déçus : des mois de "
           "préparation, et il a rassemblé à peine douze participants. C'est dur à avaler. "
           "Pas sûr que ça vaille la peine de recommencer."),
    ("en", "Hello,\n\nA bit gutted, honestly. The spring contest drew barely a dozen people "
           "after months of work. Hard to swallow. Not sure it's worth running it again."),
])
def test_a_season_that_let_the_brand_down_is_disappointment(lint, analyse, lang, text):
    assert analyse(text, lang, "email").tone.dominant == "disappointment"
    assert _warned(lint, text, lang, "email", "BL206")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nLe concours de printemps ne nous a pas déçus : cent vingt "
           "participants et des créations magnifiques !"),
    ("en", "Hello,\n\nNot sure it's for you? Come and try a free building session on "
           "Saturday and see for yourself!"),
])
def test_a_contest_that_did_not_disappoint_is_no_disappointment(lint, analyse, lang, text):
    assert analyse(text, lang, "email").tone.raw.get("disappointment", 0) == 0
    assert not _warned(lint, text, lang, "email", "BL206")


# -- not enough for everyone, don't think ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Les coffrets de Noël sont en ligne, et il n'y en aura pas pour tout le monde. "
           "Ne réfléchissez pas trop : vous le regretteriez."),
    ("en", "The Christmas sets are online, and there won't be enough for everyone. Don't "
           "overthink it: you'd regret it."),
])
def test_not_enough_for_everyone_is_pressure(lint, analyse, lang, text):
    assert analyse(text, lang, "shop").tone.dominant == "pressure"
    assert _warned(lint, text, lang, "shop", "BL206")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les coffrets de Noël sont en ligne, et il y en aura pour tout le monde : "
           "prenez le temps de choisir."),
    ("en", "The Christmas sets are online, and there'll be plenty for everyone: take your "
           "time to choose."),
])
def test_plenty_for_everyone_is_no_pressure(lint, analyse, lang, text):
    assert analyse(text, lang, "shop").tone.raw.get("pressure", 0) == 0


# -- what the reader loses, the case closed by the rule ----------------------------------
@pytest.mark.parametrize("lang,text,channel", [
    ("fr", "Absence non justifiée à l'atelier du 14/05. Place perdue, non reportable, non "
           "remboursable.", "sms"),
    ("en", "Missed session of 14/05. Place lost: non-refundable, non-transferable, "
           "non-reschedulable.", "sms"),
    ("fr", "Demande d'échange reçue.\n\nLes échanges se font sous 30 jours avec le ticket. "
           "Votre ticket date de deux mois. Votre demande est donc close.", "after_sales"),
    ("en", "Exchange request received.\n\nExchanges must be made within 30 days with the "
           "receipt. Your receipt is two months old. The request is therefore closed.",
     "after_sales"),
])
def test_losses_in_the_files_words_are_cold(lint, analyse, lang, text, channel):
    assert analyse(text, lang, channel).tone.dominant == "coldness"
    assert _warned(lint, text, lang, channel, "BL207")


@pytest.mark.parametrize("lang,text,channel", [
    ("fr", "Bonjour Léa ! Bonne nouvelle : ta place de samedi est réservée, on a hâte de te "
           "voir. (Billet non remboursable.)", "sms"),
    ("en", "Hi Leo! Good news: your Saturday place is booked and we can't wait to see you. "
           "(Ticket non-refundable.)", "sms"),
    ("fr", "Bonjour Madame Roux,\n\nMerci pour votre message : votre demande d'échange est "
           "bien reçue, nous vous envoyons l'étiquette retour aujourd'hui.", "after_sales"),
    ("en", "Hello Ms Roux,\n\nThanks for your message: your exchange request is in, and "
           "we're sending you the return label today.", "after_sales"),
])
def test_a_warm_notice_with_its_terms_is_not_cold(lint, lang, text, channel):
    assert not _warned(lint, text, lang, channel, "BL207")


# -- the wait removed in so many words ----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "## Commandez votre boîte\n\nDeux clics et c'est réglé. Confirmation aussitôt, "
           "pas d'attente : votre boîte part le jour même, en quelques secondes c'est fait.\n\n"
           "→ Commander"),
    ("en", "## Order your set\n\nThree clicks and you're done. Confirmation in seconds, no "
           "waiting time: your set ships the same day, instantly booked.\n\n→ Order"),
])
def test_a_page_told_as_no_wait_reads_as_speed(lint, analyse, lang, text):
    assert analyse(text, lang, "web").tone.dominant == "speed"
    assert _warned(lint, text, lang, "web", "BL205")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pendant l'attente du grand jour, découvrez l'histoire de nos briques, nées dans "
           "un atelier de menuisier en 1932."),
    ("en", "While you wait for the big day, discover the story of our bricks, born in a "
           "carpenter's workshop in 1932."),
])
def test_a_wait_told_in_a_story_is_no_speed(analyse, lang, text):
    assert analyse(text, lang, "web").tone.raw.get("speed", 0) == 0
