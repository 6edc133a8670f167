"""Read from the read half of sincerity-blind32 (a newspaper's subscriber desk, an
interpreting firm): what the count of a step starts from is no service of the brand's
(« sous 5 jours après votre réponse »); a thing's course that should have begun is an
expected event, no duty of the customer's ("it should have started on the 1st"). The
texts and the profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Carillon
language: fr
central_idea:
  statement: "La musique de chambre jouée près de chez vous."
  lexicon: [concert, musique, quatuor, salle]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
  recording_delivery: {within: 5d, terms: [enregistrement, fichiers audio]}
  pass_suspension: {within: 3d, terms: [suspension]}
""",
    "en": """
brand: Carillon
language: en
central_idea:
  statement: "Chamber music played near you."
  lexicon: [concert, music, quartet, hall]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 10d}
  response: {within: 24h}
  recording_delivery: {within: 5d, terms: [recording, audio files]}
  pass_suspension: {within: 3d, terms: [suspension]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "carillon34", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- the event a step's delay is counted from ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour ce délai. Les partitions annotées partent ce matin ; les pistes des "
           "solistes suivront sous 4 jours après votre réponse."),
    ("en", "Sorry for the wait. The annotated scores go out this morning; the soloists' "
           "tracks will follow within 4 days after your reply."),
])
def test_the_readers_answer_a_delay_counts_from_is_no_reply_of_the_brand(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour ce délai. Nous vous répondrons sous 4 jours."),
    ("en", "Sorry for the wait. We will reply to you within 4 days."),
    ("fr", "Pardon pour ce délai. L'enregistrement vous sera envoyé sous 9 jours après votre "
           "réponse."),
])
def test_near_miss_the_brands_own_reply_or_step_slower_than_committed(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


# -- a thing's course that should have begun ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis vraiment navrée. Je vois votre demande de pause : elle aurait dû commencer "
           "le 3. Je vous rembourse les concerts aujourd'hui."),
    ("en", "I'm really sorry. I can see your pause request, and it should have begun on the "
           "3rd. I'm refunding the concerts today."),
])
def test_a_things_course_that_should_have_begun_blames_no_one(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous auriez dû commencer la démarche plus tôt. Je vous rembourse aujourd'hui."),
    ("en", "You should have started the request earlier. I'm refunding you today."),
    ("en", "You should have started earlier. I'm refunding you today."),
])
def test_near_miss_the_customer_who_should_have_begun_is_blamed(lint, lang, text):
    assert "BL401" in codes(lint(lang, text, "phone_script"))


# -- the problem avoidable had the customer's side acted --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour le concert manqué. Si vous aviez songé à mettre votre "
           "adresse à jour, cet envoi ne serait sans doute jamais parti ailleurs. Un nouveau "
           "billet vous est envoyé aujourd'hui."),
    ("en", "We apologise for the late start. Had the stage door been unlocked by your venue "
           "staff, there would have been no delay at all. Your refund of one ticket goes out "
           "today."),
    ("fr", "Toutes nos excuses pour le retard. Si la salle avait été ouverte par vos équipes à "
           "l'heure, le concert aurait commencé à 20 h. Un billet vous est remboursé aujourd'hui."),
])
def test_a_problem_avoidable_had_the_customers_side_acted_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour le retard. Si la salle avait été ouverte par nos équipes à "
           "l'heure, le concert aurait commencé à 20 h. Un billet vous est remboursé aujourd'hui."),
    ("en", "We apologise for the late start. Had the stage door been unlocked by our staff, "
           "there would have been no delay at all. Your refund of one ticket goes out today."),
])
def test_near_miss_the_brands_own_side_that_should_have_acted_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


# -- the wait told with its word of delay ------------------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Toutes nos excuses pour ce double prélèvement. Le remboursement est demandé. "
           "Comptez un délai d'environ cinq semaines.", True),
    ("fr", "Toutes nos excuses pour ce double prélèvement. Prévoyez un délai de trois semaines "
           "pour le remboursement.", True),
    ("fr", "Toutes nos excuses pour ce double prélèvement. Prévoyez un délai de dix jours pour "
           "le remboursement.", False),
])
def test_a_wait_told_with_its_word_of_delay_is_held_to_the_commitment(lint, lang, text, fires):
    assert ("BL408" in codes(lint(lang, text))) is fires


# -- a letter's receipt acknowledged is no next step --------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Nous accusons réception de votre lettre au sujet du concert du 3 mai. Le "
           "prélèvement n'aurait effectivement pas dû être fait, et nous vous prions de nous en "
           "excuser.", True),
    ("fr", "Nous accusons réception de votre lettre et vous remboursons aujourd'hui le concert "
           "du 3 mai. Le prélèvement n'aurait effectivement pas dû être fait, et nous vous "
           "prions de nous en excuser.", False),
    ("en", "We acknowledge receipt of your letter about the 3 May concert. The charge should "
           "indeed not have been taken, and we apologise.", True),
    ("en", "We acknowledge receipt of your letter about the 3 May concert and have refunded "
           "the charge today. It should indeed not have been taken, and we apologise.", False),
])
def test_a_letters_receipt_acknowledged_moves_nothing(lint, lang, text, fires):
    assert ("BL407" in codes(lint(lang, text))) is fires


# -- a French present participle describes the noun before it ----------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Nous avons bien reçu votre lettre signalant le double prélèvement du 3 mai. Ce "
           "prélèvement a effectivement été passé par erreur, et nous vous prions de nous en "
           "excuser.", True),
    ("fr", "Nous avons bien reçu votre lettre signalant le double prélèvement du 3 mai. Ce "
           "prélèvement a effectivement été passé par erreur : nous vous remboursons aujourd'hui, "
           "en annulant le second.", False),
])
def test_a_present_participle_describing_the_letter_is_no_step(lint, lang, text, fires):
    assert ("BL407" in codes(lint(lang, text))) is fires


# -- slow steps said otherwise ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Sorry about the double charge. The refund will go through — please allow around "
           "five weeks for it to reach your card.", True),
    ("en", "Sorry about the double charge. The refund will go through — please allow about a "
           "week for it to reach your card.", False),
    ("fr", "Pardon pour ce double prélèvement. Le remboursement vous parviendra d'ici la fin du "
           "mois prochain.", True),
    ("fr", "Pardon pour ce double prélèvement. Le remboursement vous parviendra d'ici la fin de "
           "la semaine.", False),
    ("en", "Sorry about the double charge. Your refund will be paid by the end of next month.",
     True),
    ("fr", "Pardon pour ce double prélèvement. Le remboursement sera fait à la clôture de notre "
           "exercice comptable.", True),
    ("en", "Sorry about the double charge. Your refund will be paid at the close of our "
           "financial year.", True),
    ("fr", "Pardon pour ce double prélèvement. Notre exercice comptable se clôt en mars ; le "
           "remboursement part aujourd'hui.", False),
])
def test_a_step_waiting_for_next_month_or_the_books_is_slow(lint, lang, text, fires):
    assert ("BL408" in codes(lint(lang, text))) is fires


# -- another explanation put to the customer ---------------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Agent: Our system doesn't charge paused passes. Are you sure it's not your "
           "daughter's pass?", True),
    ("en", "Agent: I'm sorry about that. Are you sure it isn't cheaper to keep both passes? "
           "Either way I'm refunding March today.", False),
    ("fr", "Conseiller : Notre système ne prélève pas les abonnements en pause. Êtes-vous sûre "
           "que ce n'est pas l'abonnement de votre fille ?", True),
])
def test_another_explanation_put_to_the_customer_doubts_them(lint, lang, text, fires):
    assert ("BL402" in codes(lint(lang, text, "phone_script"))) is fires


# -- the customer's claim set among others that turned out otherwise ----------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Please accept our apologies for the missing programme. We receive a number of such "
           "claims that turn out to be programmes left at the box office. A new one is posted "
           "today.", True),
    ("en", "Please accept our apologies. A number of members reported the same gap, and it "
           "turned out our printer skipped a page. A new programme is posted today.", False),
    ("fr", "Toutes nos excuses pour le programme manquant. Nous recevons un certain nombre de "
           "réclamations de ce type, et il s'avère souvent que le programme est resté au "
           "guichet. Un nouveau vous est posté aujourd'hui.", True),
    ("fr", "Toutes nos excuses. Un certain nombre d'abonnés nous ont signalé le même manque, et "
           "il s'avère que notre imprimeur a sauté une page. Un nouveau programme vous est "
           "posté aujourd'hui.", False),
])
def test_a_claim_set_among_others_that_turned_out_otherwise_is_doubt(lint, lang, text, fires):
    assert ("BL402" in codes(lint(lang, text))) is fires


# -- the lesson from the basics, the beginners' confusion, "that's how it works" ---------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Toutes nos excuses pour la place manquante. Permettez-moi de reprendre les bases : "
           "un abonnement ne réserve pas de siège. Un billet vous est remboursé aujourd'hui.",
     True),
    ("fr", "Toutes nos excuses pour la place manquante. C'est un point que les spectateurs "
           "débutants confondent souvent. Un billet vous est remboursé aujourd'hui.", True),
    ("fr", "Toutes nos excuses pour la place manquante. Voici comment fonctionne la "
           "réservation : chaque siège est attribué à l'entrée. Un billet vous est remboursé "
           "aujourd'hui.", False),
    ("en", "Sorry about the missing seat. Let me go back to the basics: a season pass books "
           "no seat. One ticket is refunded today.", True),
    ("en", "Sorry about the missing seat. A string quartet tunes between pieces: that's just "
           "how it works! One ticket is refunded today.", True),
    ("en", "Sorry about the missing seat. Here's how it works: your seat is given at the door. "
           "One ticket is refunded today.", False),
])
def test_the_lesson_from_the_basics_talks_down(lint, lang, text, fires):
    assert ("BL404" in codes(lint(lang, text))) is fires


# -- an introductory price pushed in a reply to a complaint ------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Toutes nos excuses pour le concert annulé. Un billet vous est remboursé "
           "aujourd'hui. Et en ce moment, le pass saison est à 5 € le premier mois !", True),
    ("fr", "Toutes nos excuses pour le double prélèvement de 5 € le premier mois : il vous est "
           "remboursé aujourd'hui.", False),
    ("en", "Sorry the concert was cancelled. Your ticket is refunded today. And right now, the "
           "season pass is £5 for the first month!", True),
    ("en", "Sorry you were charged twice for the first month. The £5 is refunded today.", False),
])
def test_an_introductory_price_in_a_reply_sells(lint, lang, text, fires):
    assert ("BL406" in codes(lint(lang, text))) is fires


# -- the problem avoidable had the act the instructions ask been done ---------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Désolés pour ce violon désaccordé. Si l'étui avait été fermé chaque soir, comme le "
           "guide le demande, le bois n'aurait pas travaillé. Nous pouvons le réaccorder "
           "vendredi.", True),
    ("fr", "Désolés pour ce violon désaccordé. Si l'étui avait été fermé par notre régisseur, "
           "le bois n'aurait pas travaillé. Nous le réaccordons vendredi.", False),
    ("en", "Sorry the violin went out of tune. Had the case been closed every night, as the "
           "guide asks, the wood would not have moved. We can retune it on Friday.", True),
    ("en", "Sorry the violin went out of tune. Had the case been closed by our stage manager, "
           "the wood would not have moved. We'll retune it on Friday.", False),
])
def test_a_problem_avoidable_had_the_instructions_been_followed_is_blame(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text))) is fires
