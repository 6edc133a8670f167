"""Round 38 of the tone reading (tn41), FR and EN on the real models, with the Abriel
profiles (an insurer: sms aims at speed, email at reassurance and storytelling,
after_sales at reassurance, solution and speed, phone_script at reassurance, empathy and
solution): the one sent for the reader already waiting at the meeting point; the brand
that will not tolerate it again; the repeat in a tu-brand's « on », and the same exchange
not gone over again; a chore the brand refuses is no burden lifted; the pivot to a sale and
the shop held out; a teaser's date is no notice; a role given a name is a story's
character; the reader's party spared every step. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import code_names as codes
from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- the one sent for the reader, already there ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Abriel : votre dépanneur Marc vous attend devant la station, camion blanc. Bonne "
           "route !"),
    ("en", "Abriel: Marc, your recovery driver, is waiting at the entrance of the station, "
           "white truck. Safe travels!"),
])
def test_someone_waiting_for_the_reader_at_the_meeting_point_reads_as_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert said(tone, "speed")
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un cadeau vous attend à l'accueil de l'agence."),
    ("en", "A small gift is waiting for you with our team."),
])
def test_a_thing_in_store_for_the_reader_is_no_arrival(engines, lang, text):
    assert not said(reading(engines, lang, text, "sms"), "speed")


# -- the brand that will not tolerate it again ----------------------------------------------

TOLERATE = {
    "fr": "Bonjour Monsieur Noël,\n\nVotre véhicule de prêt est prêt à l'agence de Vannes. "
          "La dernière fois, il nous a été rendu rayé et plein de sable. Nous ne le "
          "tolérerons pas une deuxième fois, c'est clair ?\n\nL'équipe Abriel",
    "en": "Dear Mr Noel,\n\nYour courtesy car is ready at our Vannes branch. Last time it came "
          "back scratched and full of sand. We will not tolerate that a second time, is that "
          "clear?\n\nThe Abriel team",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_refusing_to_tolerate_it_again_is_anger(engines, lang):
    tone = reading(engines, lang, TOLERATE[lang], "email")
    assert said(tone, "anger")
    assert "BL206" in codes(engines, lang, TOLERATE[lang], "email")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les chèques ne sont plus acceptés depuis janvier ; le virement reste possible."),
    ("en", "We no longer accept cheques since January; a bank transfer is still fine."),
])
def test_a_means_of_payment_no_longer_taken_is_no_anger(engines, lang, text):
    assert not said(reading(engines, lang, text, "email"), "anger")


# -- the repeat, and the same exchange not gone over again ----------------------------------

REPEAT = {
    "fr": "Salut Léo,\n\nMerci pour les photos. Comme on te l'a déjà expliqué, le contrat ne "
          "couvre pas le vélo hors du garage. On ne va pas refaire cette discussion une "
          "troisième fois : envoie le constat signé et on étudie le reste.\n\nAbriel",
    "en": "Hi Leo,\n\nThanks for the photos. As we explained, the policy does not cover the "
          "bike outside the garage. We're not going over this a third time: send the signed "
          "report and we'll look at the rest.\n\nAbriel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_exchange_refused_again_is_frustration(engines, lang):
    tone = reading(engines, lang, REPEAT[lang], "after_sales")
    assert said(tone, "frustration")
    assert tone.dominant == "frustration"


def test_a_chore_the_brand_refuses_is_no_burden_lifted(engines):
    text = "On ne va pas refaire le dossier une troisième fois."
    assert not said(reading(engines, "fr", text, "after_sales"), "reassurance", "burden_lifted")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous n'aurez rien à refaire : le dossier suit son cours."),
    ("en", "You won't have to redo anything: the file carries on."),
])
def test_a_chore_spared_to_the_reader_is_still_reassurance(engines, lang, text):
    assert said(reading(engines, lang, text, "after_sales"), "reassurance")


@pytest.mark.parametrize("lang,text", [
    ("fr", "On va refaire le point ensemble demain matin."),
    ("en", "We are going over the details with you again tomorrow morning."),
])
def test_going_over_it_again_with_the_reader_is_no_frustration(engines, lang, text):
    assert not said(reading(engines, lang, text, "after_sales"), "frustration")


# -- the pivot to a sale, and the shop held out ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre attestation est en pièce jointe. Et tant que vous êtes là : -15 % sur "
           "l'assurance vélo avec le code VELO15, et jetez un œil à notre boutique !"),
    ("en", "Your certificate is attached. While you're here: 15% off bike cover with code "
           "BIKE15, and browse our shop for more!"),
])
def test_a_sale_pitched_into_a_reply_reads_as_a_deal(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert len(said(tone, "deal")) >= 3
    assert tone.dominant == "deal"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tant que le dossier est ouvert, vous pouvez ajouter des pièces."),
    ("en", "While you wait for the assessor, keep the receipts of any repair."),
])
def test_a_time_of_the_case_is_no_sale(engines, lang, text):
    assert not said(reading(engines, lang, text, "after_sales"), "deal")


# -- a teaser's date is no notice -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Quelque chose de grand arrive le 3 avril pour votre contrat… Restez à l'écoute."),
    ("en", "Something big is coming to your policy on 3 April… Stay tuned."),
])
def test_a_teasers_date_is_no_notice(engines, lang, text):
    assert not said(reading(engines, lang, text, "sms"), "speed", "notice_news")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre attestation arrive le 3 avril par courrier."),
    ("en", "Your certificate arrives on 3 April by post."),
])
def test_the_readers_case_given_a_date_is_still_a_notice(engines, lang, text):
    assert said(reading(engines, lang, text, "sms"), "speed", "notice_news")


# -- a role given a name is a story's character ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "L'expert, Yann, a traversé la ville sous la neige pour voir la toiture de Mme "
           "Le Goff."),
    ("en", "The assessor, Yann, crossed the town in the snow to see Mrs Le Goff's roof."),
])
def test_a_named_role_telling_past_acts_is_storytelling(engines, lang, text):
    assert said(reading(engines, lang, text, "email"), "storytelling", "past_narrative")


def test_an_unnamed_role_in_the_past_is_no_character(engines):
    text = "L'expert a validé le devis."
    assert not said(reading(engines, "fr", text, "email"), "storytelling", "past_narrative")


# -- the reader's party spared every step ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le dépanneur viendra chercher la voiture ; vos parents n'ont rien à faire."),
    ("en", "The recovery driver will collect the car; there is nothing they need to do."),
])
def test_the_readers_party_spared_every_step_is_reassurance(engines, lang, text):
    assert said(reading(engines, lang, text, "phone_script"), "reassurance")


def test_something_left_to_do_is_no_step_spared(engines):
    text = "There is one thing they need to do: sign the form."
    assert not said(reading(engines, "en", text, "phone_script"), "reassurance")


# -- "cheers for" is thanks; the ring of a celebration ---------------------------------------

def test_cheers_for_something_is_thanks_not_a_toast(engines):
    text = "Cheers for the photos, the claim is logged."
    assert "cheers" not in said(reading(engines, "en", text, "email"), "joy", lower=True)


def test_cheers_raised_is_still_a_toast(engines):
    assert said(reading(engines, "en", "Ten years of Abriel tonight. Cheers!", "social"), "joy")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous vous mariez en juin ? 💍 Pensez à assurer les alliances."),
    ("en", "Getting married in June? 💍 Remember to cover the rings."),
])
def test_the_wedding_ring_emoji_is_joy(engines, lang, text):
    assert "💍" in said(reading(engines, lang, text, "social"), "joy")


# -- the newcomer of the moment --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau ce mois-ci : l'assurance trottinette, en ligne en cinq minutes."),
    ("en", "New this month: scooter cover, online in five minutes."),
])
def test_the_newcomer_of_the_month_is_surprise(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert any(len(w.split()) >= 3 for w in said(tone, "surprise"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce mois-ci, les bureaux ferment à 17 h le vendredi."),
    ("en", "This month, our offices close at 5pm on Fridays."),
])
def test_a_month_named_is_no_newcomer(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "surprise")


# -- the thing asked said feasible, the details gone through with the reader -----------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Assurer vos trois camionnettes sur un seul contrat, c'est tout à fait faisable. "
           "Je serais ravie de revoir les garanties avec vous."),
    ("en", "Covering your three vans on one policy is totally doable. I would be glad to go "
           "through the cover with you."),
])
def test_a_request_said_feasible_and_gone_through_reads_as_solution(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert len(said(tone, "solution")) >= 2
    assert tone.dominant == "solution"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons passé une belle soirée avec vous."),
    ("en", "We went through a lovely evening with you."),
])
def test_time_spent_with_the_reader_is_no_solution(engines, lang, text):
    words = said(reading(engines, lang, text, "web"), "solution", lower=True)
    assert not any("avec vous" in w or "with you" in w for w in words)
