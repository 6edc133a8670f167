"""Tone in other words, round 10: an ultimatum by a date (the reader's act with its deadline
and the loss if it is missed), a scarcity count « il en reste 2 », a sigh written into a
script, a public telling-off of someone unnamed, the customer's worry answered « non » in
its own words, a leave-taking that is no hurry, an ordinal in figures that is no first, and
a story anchored on a month or a season of a past year. FR and EN on the real models,
each with its near miss."""

from __future__ import annotations

import pytest


def _evidence(analysis, signal=None, tone=None):
    return [e for e in analysis.tone.evidence
            if (signal is None or e.signal == signal) and (tone is None or e.tone == tone)]


# -- an ultimatum by a date ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Members who have not renewed by 31 December will pay the new rate."),
    ("en", "Complete your booking within 15 min or they go to the waiting list."),
    ("fr", "Les membres qui n'auront pas signé avant vendredi 18 h passeront derrière la "
           "liste d'attente."),
    ("fr", "Confirmez vos places avant dimanche, sinon elles seront remises en vente."),
])
def test_a_loss_if_the_reader_misses_a_date_is_an_ultimatum(analyse, lang, text):
    found = _evidence(analyse(text, lang, "web"), signal="ultimatum")
    assert found and found[0].tone == "pressure"


@pytest.mark.parametrize("lang,text", [
    # the date's consequence told as a notice, help offered: no act asked by a date
    ("fr", "Après cette date, les demandes passent en liste d'attente et nous vous "
           "proposons une place dès qu'un créneau se libère."),
    ("fr", "Si vous n'avez pas de place, nous vous inscrivons sur la liste d'attente."),
    ("en", "If you don't get a seat, we'll put you on the waiting list."),
    # the reader who did act keeps what they have
    ("en", "Members who renewed by 31 December keep their current rate."),
])
def test_a_waiting_list_offered_or_a_rate_kept_is_no_ultimatum(analyse, lang, text):
    assert not _evidence(analyse(text, lang, "web"), signal="ultimatum")


# -- a count of what is left ----------------------------------------------------------------

def test_a_count_left_said_with_en_is_pressure(analyse):
    tone = analyse("Postes fixes : il en reste 2. Passez à l'accueil.", "fr", "store").tone
    assert tone.raw.get("pressure", 0.0) >= 1.2


def test_plenty_left_is_no_pressure(analyse):
    tone = analyse("Des cornets ? Il en reste plein au comptoir.", "fr", "store").tone
    assert tone.raw.get("pressure", 0.0) == 0.0


# -- a sigh, a public telling-off ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : (soupir) Encore vous. Je regarde le dossier."),
    ("en", "Agent: (sighs) You again. I'm looking at the file."),
])
def test_a_sigh_written_into_a_script_is_frustration(analyse, lang, text):
    assert analyse(text, lang, "phone_script").tone.raw.get("frustration", 0.0) >= 1.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Un soupir de soulagement : votre vélo est réparé. Je regarde le dossier."),
    ("en", "Agent: A sigh of relief: your bike is fixed. I'm looking at the file."),
])
def test_a_sigh_told_is_no_frustration(analyse, lang, text):
    assert analyse(text, lang, "phone_script").tone.raw.get("frustration", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("en", "To whoever keeps leaving cones on our windowsill: we see you."),
    ("fr", "À la personne qui a pris le déjeuner de Karim dans le frigo : on vous voit."),
])
def test_a_public_telling_off_of_someone_unnamed_is_frustration(analyse, lang, text):
    assert analyse(text, lang, "social").tone.raw.get("frustration", 0.0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    ("en", "To whoever found my scarf by the counter: thank you so much!"),
    ("fr", "À la personne qui a rapporté le portefeuille au comptoir : merci mille fois !"),
])
def test_a_word_of_thanks_to_someone_unnamed_is_no_telling_off(analyse, lang, text):
    assert analyse(text, lang, "social").tone.raw.get("frustration", 0.0) == 0.0


# -- the customer's worry answered « non » -------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Appelant : Je suis en retard d'une heure, c'est fichu, je suppose ?\n"
           "Agent : Pas du tout, ce n'est pas fichu. Je suis là jusqu'à midi."),
    ("fr", "Client : C'est peut-être une question bête, mais elle peut venir ?\n"
           "Agent : Ce n'est pas du tout une question bête. Les sorbets sont faits à part."),
    ("en", "Caller: We're stuck in traffic. We're going to miss the start, aren't we?\n"
           "Agent: No, you won't miss anything important. Park in car park B."),
    ("en", "Member: I think I've been charged twice for September.\n"
           "Agent: No, you haven't been charged twice. The first line is an authorisation."),
])
def test_the_customers_worry_denied_in_their_words_is_reassurance(analyse, lang, text):
    found = _evidence(analyse(text, lang, "phone_script"), signal="worry_denied")
    assert found and found[0].tone == "reassurance"


@pytest.mark.parametrize("lang,text", [
    # a refusal takes up the customer's words too: what was asked, not what was feared
    ("fr", "Client : Est-ce que je peux être remboursé pour la séance ?\n"
           "Agent : Non, vous ne pouvez pas être remboursé pour la séance."),
    ("en", "Caller: Can I get a refund for the show?\n"
           "Agent: No, you can't get a refund for the show."),
    # the turn's label is no word of the customer's
    ("fr", "Patient : On décale encore mon rendez-vous !\n"
           "Conseillère : Ce n'est pas la façon dont nous voulons traiter nos patients."),
    # no customer turn to answer
    ("en", "Agent: Don't hesitate, you won't miss anything if you call back tomorrow."),
])
def test_a_refusal_or_a_word_of_no_customer_is_no_worry_denied(analyse, lang, text):
    assert not _evidence(analyse(text, lang, "phone_script"), signal="worry_denied")


# -- a leave-taking, an ordinal in figures -------------------------------------------------

def test_a_leave_taking_is_no_speed_nor_hurry(analyse):
    tone = analyse("Ta carte de fidélité change le mois prochain. À très vite !", "fr",
                   "email").tone
    assert tone.raw.get("speed", 0.0) == 0.0 and tone.raw.get("pressure", 0.0) == 0.0


def test_vite_said_of_the_service_is_speed(analyse):
    tone = analyse("Ta carte de fidélité arrive très vite, dès demain.", "fr", "email").tone
    assert tone.raw.get("speed", 0.0) >= 1.0


def test_an_ordinal_in_figures_is_a_date_not_a_first(analyse):
    tone = analyse("À partir du 1er juin, ta carte de fidélité change.", "fr", "email").tone
    assert tone.raw.get("surprise", 0.0) == 0.0


def test_the_first_time_in_words_is_still_a_first(analyse):
    tone = analyse("Pour la première fois, ta carte de fidélité change de forme.", "fr",
                   "email").tone
    assert tone.raw.get("surprise", 0.0) >= 1.0


# -- a story anchored on a month or a season of a past year ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "En juillet 1991, Hélène et sa troupe tendent une bâche entre deux blocs. Les "
           "voisins apportent des chaises. Le carrier lègue son treuil."),
    ("fr", "1962, Romans. Odette pousse sa sorbetière jusqu'au marché. Son carnet est "
           "encore accroché au mur."),
    ("en", "In July 1991, Helen and her company strung a tarp between two blocks. The "
           "neighbours brought chairs. The quarryman left his winch."),
    ("en", "In the summer of 1962, Odette pushed her ice-cream churn to the market. Her "
           "notebook still hangs on the wall."),
])
def test_a_month_or_a_season_of_a_past_year_anchors_a_story(analyse, lang, text):
    assert _evidence(analyse(text, lang, "social"), signal="story_beat")


@pytest.mark.parametrize("lang,text", [
    ("fr", "En juillet 2026, la troupe joue deux fois par soir. Les portes ouvrent à 20 h."),
    ("en", "In July 2026, the company plays twice a night. Doors open at 8 pm."),
])
def test_a_month_of_the_coming_season_is_no_story(analyse, lang, text):
    assert not _evidence(analyse(text, lang, "social"), signal="story_beat")


# -- a notice of bare bans, what is not owed by the terms -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "À LIRE AVANT DE COMMANDER\nPas de dégustation.\nPas de changement de parfum une "
           "fois la boule servie.\nPas de toilettes pour la clientèle.\nMerci."),
    ("en", "READ BEFORE YOU ORDER\nNo tasting.\nNo customer toilets.\nNo card payments "
           "under €5.\nThanks."),
])
def test_a_notice_of_bare_bans_is_cold(analyse, lang, text):
    analysis = analyse(text, lang, "store")
    assert len(_evidence(analysis, signal="bans_listed")) >= 2
    assert analysis.tone.raw.get("coldness", 0.0) >= 1.6


@pytest.mark.parametrize("lang,text", [
    # what the reader is spared, a question answered: no ban
    ("fr", "Pas de rendez-vous ? Pas de problème.\nPas de frais cachés.\nPas de minimum "
           "d'achat."),
    ("en", "Open every day!\nNo booking needed.\nNo minimum spend."),
    # one line alone is a rule, not a notice of bans
    ("fr", "Bienvenue chez nous !\nPas de dégustation le samedi, on est trop nombreux."),
])
def test_what_the_reader_is_spared_or_one_rule_is_no_notice_of_bans(analyse, lang, text):
    assert not _evidence(analyse(text, lang, "store"), signal="bans_listed")


@pytest.mark.parametrize("lang,text", [
    ("en", "Order 3318 was not collected by closing time. No refund is due under our terms."),
    ("fr", "La commande 3318 n'a pas été retirée. Aucun remboursement n'est dû selon nos CGV."),
])
def test_what_is_not_owed_by_the_terms_is_cold(analyse, lang, text):
    assert analyse(text, lang, "sms").tone.raw.get("coldness", 0.0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Your order wasn't collected, so we've refunded it in full: no need to do a thing."),
    ("fr", "Votre commande n'a pas été retirée : nous vous la remboursons en entier."),
])
def test_a_refund_granted_is_not_cold(analyse, lang, text):
    assert analyse(text, lang, "sms").tone.raw.get("coldness", 0.0) < 1.0
