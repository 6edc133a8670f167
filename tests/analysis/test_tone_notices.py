"""The tone reading of a short notice whose news is a time (round 26): the reassuring
aside beside the time ("no action needed", « pas d'inquiétude si… ») serves the notice,
which a careful reader names speed; a notice's participle with a time still ahead ("class
moved to 6pm", "hall closed tomorrow") is no told past. Real models, FR and EN, each with
its near miss."""

from __future__ import annotations

import pytest


def _read(analyse, text, lang="fr", channel="sms"):
    return analyse(text, lang, channel).tone


def _signals(tone, name):
    return [e for e in tone.evidence if e.signal == name]


# -- a short notice of a time: the aside serves the notice ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Atelier poterie : ta séance de jeudi passe à 18 h 15, même salle. Rien à faire "
           "de ton côté."),
    ("fr", "Ferme Bellerive : retrait de votre panier vendredi à 17 h. Pas d'inquiétude si "
           "vous êtes en retard, on vous attend."),
    ("en", "Harbour Yoga: your Thursday class is now at 6:30pm, same studio. Nothing to do on "
           "your side."),
    ("en", "Greenleaf Farm: your veg box arrives Friday before noon. No need to worry if "
           "you're out, we leave it in the shade."),
])
def test_a_short_notice_of_a_time_reads_as_speed(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.dominant == "speed"
    assert _signals(tone, "notice_aside")
    assert tone.raw.get("reassurance", 0) > 0  # the aside is still said


@pytest.mark.parametrize("lang,text", [
    # no time given: the reassurance is the news
    ("fr", "Atelier poterie : pas d'inquiétude, ton acompte reste valable et rien n'est "
           "perdu."),
    ("en", "Harbour Yoga: no need to worry, your pass stays valid and nothing is lost."),
])
def test_reassurance_without_a_time_stays_reassurance(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.dominant == "reassurance"
    assert not _signals(tone, "notice_aside")


@pytest.mark.parametrize("lang,text", [
    # opening hours are no news
    ("fr", "Ici, on vous écoute sans rendez-vous, du lundi au samedi. Pas de frais, pas de "
           "dossier à remplir."),
    ("en", "Drop in without an appointment, Monday to Saturday. No fees, no forms to fill "
           "in."),
])
def test_opening_hours_make_no_notice(analyse, lang, text):
    tone = _read(analyse, text, lang, "web")
    assert not _signals(tone, "notice_aside")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Bien sûr, je vous rappelle demain à 9 h. Pas d'inquiétude."),
    ("en", "Adviser: Of course, I'll call you back tomorrow at 9am. No need to worry."),
])
def test_a_spoken_turn_with_a_time_is_no_notice(analyse, lang, text):
    assert not _signals(_read(analyse, text, lang, "phone_script"), "notice_aside")


def test_a_long_letter_with_a_time_is_no_notice(analyse):
    text = ("Bonjour Madame Roux,\n\nNous avons bien reçu votre dossier et tout est en ordre. "
            "Votre conseiller a relu chaque pièce avec attention, et rien ne manque : vous "
            "n'avez rien à faire de votre côté. Nous vous appelons jeudi à 10 h pour "
            "faire le point ensemble, et d'ici là, pas d'inquiétude.\n\nBien à vous,\nLa "
            "coopérative")
    tone = _read(analyse, text, "fr", "email")
    assert not _signals(tone, "notice_aside")


# -- a notice's participle with a time ahead is no told past -------------------------------

@pytest.mark.parametrize("lang,text,time", [
    ("en", "Harbour Yoga: Wed stretch class moved to 6pm this week.", "6pm"),
    ("en", "Lido: learner pool closed tomorrow 9am-1pm for cleaning.", "tomorrow"),
])
def test_a_notice_participle_with_a_time_ahead_gives_the_time(analyse, lang, text, time):
    tone = _read(analyse, text, lang)
    assert any(e.text == time for e in _signals(tone, "time_given"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Last Wednesday the stretch class moved to the big hall and everyone stayed "
           "late."),
    ("en", "The pool closed at 6pm on Sunday and we drained it for cleaning."),
])
def test_a_told_past_still_gives_no_time(analyse, lang, text):
    assert not _signals(_read(analyse, text, lang, "social"), "time_given")


def test_a_french_session_moved_to_a_day_gives_the_time(analyse):
    tone = _read(analyse, "Atelier : la séance a été reportée à mercredi 18 h.", "fr")
    assert _signals(tone, "time_given")


def test_a_french_told_past_gives_no_time(analyse):
    tone = _read(analyse, "Mardi, la séance a été reportée et nous avons tous chanté.", "fr",
                 "social")
    assert not _signals(tone, "time_given")


# -- a short notice on the reader's own case is named by its news (round 27) -------------

@pytest.mark.parametrize("lang,text", [
    # a date ahead, with a price and a code beside it
    ("fr", "Librairie Verveine : ton avoir de 12 € est prêt ! À utiliser en boutique jusqu'au "
           "14 octobre. Code : VERVE12"),
    # a validity kept and a date: the reassurance serves the notice
    ("fr", "Garage Loubet : votre estimation est prête (180 €). Elle reste valable "
           "jusqu'au 2 mai. Répondez OUI pour valider."),
    ("en", "Harbour Yoga: your 5-class card runs out on 18 March. Top it up at the studio "
           "desk or online."),
    ("en", "Loubet Garage: your quote is ready (£180). It remains valid until 2 May. Reply YES "
           "to book the work."),
])
def test_a_short_notice_on_the_readers_case_reads_as_speed(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert _signals(tone, "notice_news")
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang,text", [
    # an invitation to all, no case of the reader's: the event's day is no notice
    # (a *vous* imperative: the small French model reads « Viens » as a noun)
    ("fr", "Vendredi à la guinguette : concert de swing, crêpes et lampions. Venez avec vos "
           "amis, premier set à 19 h !"),
    ("en", "Friday at the boathouse: swing band, crêpes and lanterns. Doors at 7, bring your "
           "friends!"),
    # a date that names the reader's letter, not a time ahead
    ("en", "Mr Hale,\n\nYour letter dated 4 March refers. Deposits are not returned for "
           "cancellations made by the guest.\n\nBookings Office"),
    ("fr", "Monsieur Hale,\n\nVotre courrier daté du 4 mars a bien été lu. Les acomptes ne "
           "sont pas rendus en cas d'annulation par le client.\n\nService réservations"),
    # a threat with a deadline is read for the threat
    ("fr", "À la personne partie lundi sans régler sa coupe : on a ton numéro et ta photo. "
           "On est furieux. Tu as 48 h pour repasser payer, sinon plainte."),
])
def test_no_notice_news_without_the_readers_case(analyse, lang, text):
    channel = "sms" if len(text) < 160 else "email"
    tone = _read(analyse, text, lang, channel)
    assert not _signals(tone, "notice_news")
