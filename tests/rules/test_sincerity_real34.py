"""What real copy (real check 34, the BL4 findings outside the draw pool: French app strings,
Open Collective's e-mails) taught the reading of a service reply, in concepts:

- no next step (BL407): the French polite request « merci de + infinitive » (« merci de
  recommencer votre inscription ») asks, as « veuillez » does — it is no thanks (« merci de
  nous avoir écrit », « merci de votre patience »); a question set after a no-break space
  (« … vous-même\u00a0? », French typography) is a question all the same;
- asked again (BL405): thanks for backing the brand ("thank you for your support", « merci
  pour votre don ») names no document nor detail a later request could ask for twice, and
  the nouns of a request's condition ("If you have a question about your order, …") name
  the case, not what is asked.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round33 import CYCLO  # the bike-rental profiles of round 33


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(CYCLO, "cyclonelle", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL407: a request in the words of thanks, a question after a no-break space -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Une erreur est survenue pendant l'envoi de votre réservation, merci de votre "
           "patience."),
    ("en", "An error occurred while sending your booking. Thank you for your patience."),
    ("fr", "Désolés, nous n'avons trouvé aucun atelier près de chez vous."),
    ("en", "Sorry, we found no workshop near you."),
])
def test_thanks_or_regret_alone_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une erreur est survenue pendant l'envoi de votre réservation, merci de recommencer "
           "votre réservation."),
    ("fr", "La photo de votre vélo n'a pas pu être enregistrée. Merci de la renvoyer."),
    ("en", "An error occurred while sending your booking. Please start your booking again."),
    ("fr", "Désolés, nous n'avons trouvé aucun atelier près de chez vous. Pourquoi ne pas "
           "essayer une autre ville\u00a0?"),
    ("en", "Sorry, we found no workshop near you. Why not try another town?"),
])
def test_request_in_words_of_thanks_or_question_is_a_next_step(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


def test_thanks_for_what_was_done_stays_thanks(analyse_profile_texts):
    run = analyse_profile_texts(CYCLO, "cyclonelle-acts")
    analysis = run("Merci de nous avoir écrit. Merci de renvoyer la photo.", "fr", "after_sales")
    acts = [analysis.frame(s[0]).act for s in analysis.sentences]
    assert acts[0] == "thanks" and acts[1] != "thanks"


# -- BL405: thanks for backing, a request's condition ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre don ! Il est en cours de traitement. Si vous avez une question "
           "sur ce don, merci d'écrire à notre équipe."),
    ("en", "Thank you for your support! Your donation is being processed. If you need help "
           "with this donation, please contact support."),
])
def test_thanks_for_backing_then_a_contact_asks_nothing_again(lint, lang, text):
    assert not found(lint(lang, text), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour vos photos du vélo. Pourriez-vous nous envoyer les photos du vélo ?"),
    ("en", "Thank you for the photos of the bike. Could you send us the photos of the bike?"),
])
def test_thanks_for_a_thing_then_asked_for_it_is_a_repeat(lint, lang, text):
    assert found(lint(lang, text), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour les photos du vélo. Si vous avez une question sur ces photos, appelez "
           "l'atelier."),
    ("en", "Thank you for the photos of the bike. If you have a question about the photos, "
           "please call the workshop."),
])
def test_thing_named_in_the_condition_of_a_request_is_not_asked(lint, lang, text):
    assert not found(lint(lang, text), "BL405")


# -- BL403 / BL407: a setting the reader made is no problem ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, vous avez programmé une interruption de votre abonnement du 12 au "
           "20 mai."),
    ("en", "Hi Tom, you have configured a pickup delay of 30 minutes for your rentals."),
])
def test_problem_word_set_by_the_reader_is_no_problem(lint, lang, text):
    found_codes = {d.code for d in lint(lang, text)}
    assert not found_codes & {"BL403", "BL407"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, votre abonnement a subi une interruption du 12 au 20 mai."),
    ("en", "Hi Tom, you have experienced a pickup delay of 30 minutes on your rental."),
])
def test_problem_undergone_by_the_reader_stays_one(lint, lang, text):
    assert found(lint(lang, text), "BL403")


# -- BL403: a removal from the reader's own list, confirmed --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, le vélo a bien été supprimé de vos favoris."),
    ("en", "Hi Tom, the bike has been successfully removed from your favourites."),
])
def test_removal_from_the_readers_list_confirmed_is_no_problem(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, votre location de samedi a bien été supprimée."),
    ("fr", "Bonjour Tom, votre location de samedi a été supprimée de votre planning."),
])
def test_booking_removed_without_the_readers_edit_stays_a_problem(lint, lang, text):
    assert found(lint(lang, text), "BL403")


# -- the sincerity rules judge replies: a help page written to no one is none ---------------
HELP_PAGE = {
    "fr": "Comment fonctionne la location longue durée ?\nVotre espace présente vos locations, "
          "classées en trois catégories : en cours, à venir et annulées.\nLes locations "
          "annulées par erreur peuvent être restaurées depuis le bouton « Actions ».",
    "en": "How does long-term rental work?\nYour account lists your rentals in three groups: "
          "current, upcoming and cancelled.\nRentals cancelled by mistake can be restored "
          "from the Actions button.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_page_explaining_is_not_judged_as_a_reply(lint, lang):
    assert not [d for d in lint(lang, HELP_PAGE[lang]) if d.code.startswith("BL4")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, votre location de samedi a été annulée par erreur."),
    ("en", "Hi Tom, your Saturday rental was cancelled by mistake."),
])
def test_reply_to_someone_with_the_same_problem_is_judged(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour les photos du vélo. Pour que nous puissions avancer, pourriez-vous nous "
           "renvoyer les photos du vélo ?"),
    ("en", "Thank you for the photos of the bike. If you could send us the photos of the bike "
           "again, we could move on."),
])
def test_request_put_as_a_condition_or_after_its_aim_is_still_asked(lint, lang, text):
    assert found(lint(lang, text), "BL405")
