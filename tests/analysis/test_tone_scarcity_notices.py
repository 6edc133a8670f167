"""Tone told in other words than emotion words, on the real models, FR and EN (tone-blind7's
concepts): scarcity and the reader left to regret it (pressure), a call to act by a
deadline in a draft that counts what is left, a notice signed by an office or refusing in
a passive nobody signs (coldness), a fact sheet or a FAQ (solution; a field's name is no
tone), a heading in capitals (no shouting). Each concept fires, and a near miss does not."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity


def _signals(analyse, text, lang, channel="email"):
    tone = analyse(text, lang, channel).tone
    return tone, {e.signal for e in tone.evidence if e.signal}


def _warned(lint, text, lang, channel, code):
    return [d for d in lint(text, lang, channel)
            if d.code == code and d.severity >= Severity.WARNING]


# -- scarcity in other words ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nLe Darjeeling de printemps est en ligne depuis ce matin : 60 boîtes, "
           "pas une de plus. Nous ne réassortirons pas.\n\nL'an dernier, beaucoup nous ont "
           "demandé s'il en restait. Il n'en restait pas.\n\nCommandez aujourd'hui."),
    ("en", "Hello,\n\nThe spring Darjeeling went live this morning. Sixty tins. We will not "
           "be restocking.\n\nLast year many of you asked whether there were any left after "
           "it had gone.\n\nOrder today."),
    ("fr", "Samedi 16 : plus que deux créneaux à Lyon. L'anniv de ta sœur c'est samedi ? "
           "Bon. À toi de voir. 👀"),
    ("en", "Summer sitting in Bordeaux: 80% booked already.\nThe rest will go this week.\n"
           "Just saying. 👀"),
])
def test_scarcity_in_other_words_is_pressure(lint, analyse, lang, text):
    tone, _ = _signals(analyse, text, lang)
    assert tone.dominant == "pressure"
    (d,) = _warned(lint, text, lang, "email", "BL206")
    assert d.suggestion


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nLe Darjeeling de printemps est en ligne depuis ce matin. Il reste "
           "disponible jusqu'au 30 avril, puis viendra la récolte d'été. À votre rythme !"),
    ("en", "Hello,\n\nThe spring Darjeeling went live this morning. It stays available until "
           "30 April, then the summer harvest takes over. Whenever suits you!"),
    ("fr", "À toi de voir quelle salle te tente : nous en avons sept, toutes à Lyon."),
    ("en", "Thanks for your call this morning: your booking for Saturday is confirmed."),
])
def test_an_end_date_or_a_choice_given_is_no_pressure(lint, analyse, lang, text):
    tone, _ = _signals(analyse, text, lang)
    assert tone.raw.get("pressure", 0) < 1.0
    assert not _warned(lint, text, lang, "email", "BL206")


@pytest.mark.parametrize("lang,scarce,plain", [
    ("fr", "Inès n'a plus que deux créneaux libres le mardi. Réserve ton créneau d'ici "
           "dimanche dans l'appli.",
     "Inès passe le mardi à 18 h. Réserve ton créneau d'ici dimanche dans l'appli."),
    ("en", "We will not be restocking the Castleton. Order today.",
     "The Castleton is back in the shop. Order today, it ships tomorrow."),
])
def test_a_deadline_call_is_urgent_only_where_the_draft_counts_what_is_left(
        analyse, lang, scarce, plain):
    _, signals = _signals(analyse, scarce, lang)
    assert "urgent_imperative" in signals
    tone, signals = _signals(analyse, plain, lang)
    assert "urgent_imperative" not in signals
    assert tone.raw.get("pressure", 0) == 0


# -- cold notices ----------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame, Monsieur,\n\nVotre déclaration de sinistre n° GB-2291 est incomplète. "
           "L'instruction du dossier débutera à réception de l'ensemble des pièces.\n\n"
           "Service sinistres Gambadou"),
    ("fr", "Les boîtes d'exposition restent fermées.\nChèques non acceptés.\nMerci de "
           "patienter derrière la ligne.\nLa Direction"),
    ("en", "Dear customer,\n\nYour claim has been reviewed.\n\nThe Claims Department"),
])
def test_a_notice_signed_by_an_office_reads_cold(analyse, lang, text):
    tone, signals = _signals(analyse, text, lang, "after_sales")
    assert "office_signature" in signals
    assert tone.dominant == "coldness"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Lemoine,\n\nVotre remboursement part aujourd'hui.\n\n"
           "Le service client"),
    ("fr", "Madame,\n\nVotre colis part demain.\n\nLéa, du service client"),
    ("en", "Dear Mr Hughes,\n\nYour replacement lock leaves today.\n\n"
           "Daniel Price, Customer Care"),
    ("en", "Hi Tom,\n\nYour walk is booked.\n\nThe Gambadou team"),
])
def test_a_person_or_a_reader_greeted_by_name_is_no_office_notice(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "after_sales")
    assert "office_signature" not in signals


@pytest.mark.parametrize("lang,text", [
    ("fr", "Après vérification, les frais vétérinaires ne peuvent pas être remboursés."),
    ("en", "In view of the above, the vet bill cannot be covered under the walk insurance."),
])
def test_a_refusal_nobody_signs_is_a_door_closed(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "after_sales")
    assert "door_closed" in signals


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les frais vétérinaires sont remboursés sous dix jours."),
    ("en", "The vet bill is covered by the walk insurance, up to €2,000."),
])
def test_a_cover_granted_is_no_door_closed(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "after_sales")
    assert "door_closed" not in signals


# -- fact sheets ----------------------------------------------------------------------
FR_SHEET = ("Darjeeling Castleton — Printemps 2025\n\nOrigine : Inde, district de Darjeeling\n"
            "Altitude : 1 500 m\nCueillette : mars 2025\nTempérature de l'eau : 85 °C\n"
            "Temps d'infusion : 3 min\nDosage : 2 g pour 20 cl\nConditionnement : boîte "
            "métal 100 g\nRéf. : DJ-CAS-25")
EN_FAQ = ("Frequently asked questions\n\nHow long is a game? 60 minutes, plus a briefing.\n"
          "How many players? 2 to 7 depending on the room.\nIs there parking? Street "
          "parking only.\nCan I change my booking? Yes, up to 48 hours before your slot.")


@pytest.mark.parametrize("lang,text", [("fr", FR_SHEET), ("en", EN_FAQ)])
def test_a_fact_sheet_or_a_faq_reads_as_solution(analyse, lang, text):
    tone, signals = _signals(analyse, text, lang, "web")
    assert "fact_line" in signals
    assert "question_to_reader" not in signals  # the brand answers each question itself
    assert tone.dominant == "solution"
    assert "storytelling" not in tone.raw  # « Origine : » names a field, it tells no story


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Phare de Kerlivio\n\nLa lumière du phare s'est éteinte en 1931. Depuis, "
           "personne n'est monté là-haut… sauf toi et ta bande ?\n\nTu as 60 minutes pour "
           "rallumer la lanterne. Des mécanismes jamais vus, et un final qu'on te laisse "
           "découvrir.\n\n• 3 à 6 joueurs\n• Dès 12 ans\n• Ouvert tous les jours\n\n"
           "Réserve ton créneau et prépare-toi à être bluffé."),
    ("en", "Ready for the challenge? Book your room now and bring your team!"),
])
def test_a_page_with_a_few_practical_lines_is_no_fact_sheet(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "web")
    assert "fact_line" not in signals


# -- a heading in capitals -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "🔍 AVIS DE DISPARITION 🔍\nLe professeur Anselme n'a plus donné signe de vie "
           "depuis mardi. Nouvelle salle à Clermont, dès le 2 mai !"),
    ("en", "BEFORE YOU GO IN\n\nDon't force anything. Talk to each other. Teams that talk, "
           "win."),
])
def test_a_heading_in_capitals_is_no_shouting(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "social")
    assert "shouting" not in signals


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre réservation n'est PAS confirmée : rappelez-nous avant midi."),
    ("en", "Your booking is NOT confirmed: call us back before noon.\n\nThanks."),
])
def test_a_word_in_capitals_in_a_sentence_is_shouting(analyse, lang, text):
    _, signals = _signals(analyse, text, lang, "after_sales")
    assert "shouting" in signals


# -- a question that tells -------------------------------------------------------------
@pytest.mark.parametrize("lang,text,told", [
    ("fr", "Bonsoir Hélène, saviez-vous qu'Augustin Bellacourt gardait une boîte de Keemun "
           "sur son bureau ? Belle soirée, la Maison", "storytelling"),
    ("en", "Did you know you can build 915 million models with six bricks?", "surprise"),
])
def test_a_question_that_tells_a_fact_is_no_question_to_the_reader(analyse, lang, text, told):
    tone, signals = _signals(analyse, text, lang, "sms")
    assert "fact_told" in signals and "question_to_reader" not in signals
    assert tone.raw.get(told, 0) > 0 and tone.raw.get("collaboration", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Et toi, tu construirais quoi avec six briques ?"),
    ("en", "What would you build with six bricks?"),
])
def test_a_question_put_to_the_reader_still_invites(analyse, lang, text):
    tone, signals = _signals(analyse, text, lang, "social")
    assert "question_to_reader" in signals and "fact_told" not in signals


# -- inflected French adjectives the small model leaves as they are --------------------------
def test_an_inflected_adjective_left_unlemmatised_keeps_its_tone(analyse):
    tone = analyse("Déçus. Vraiment. Hier soir, 14 personnes à la rencontre avec l'autrice, "
                   "qui avait fait 300 km.", "fr", "social").tone
    assert "déçus" in tone.words("disappointment")


def test_an_inflected_word_whose_stem_is_no_entry_has_no_tone(analyse):
    tone = analyse("Les roses anciennes sont en rayon.", "fr", "store").tone
    assert not any(e.text.lower() == "roses" for e in tone.evidence)


# -- a day ahead; a price comparison needs a price -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Petit contretemps, grève du transporteur : votre colis arrivera jeudi 12 au lieu "
           "de mercredi."),
    ("en", "Carrier strike: your parcel now arrives Thursday instead of Wednesday."),
])
def test_a_day_ahead_is_a_time_given_and_no_price_compared(analyse, lang, text):
    tone, signals = _signals(analyse, text, lang, "sms")
    assert "time_given" in signals
    assert tone.raw.get("deal", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le pack 10 balades : 139 € au lieu de 150 €."),
    ("en", "The 10-walk pack: £119 instead of £130."),
])
def test_a_price_against_a_price_is_a_deal(analyse, lang, text):
    tone, signals = _signals(analyse, text, lang, "shop")
    assert tone.dominant == "deal"
    assert any(e.text.lower() in ("au lieu de", "instead of") for e in tone.evidence)
    assert "time_given" not in signals


def test_a_weekday_in_a_told_past_is_no_time_given(analyse):
    _, signals = _signals(analyse, "Samedi, on a fleuri le mariage de Chloé au château.",
                          "fr", "social")
    assert "time_given" not in signals
