"""The tone reading on what a draft says in passing or in set words (round 22): a year a
tale runs until or is only compared to, a requirement waived, a condition that is no
suggestion, a clue given, a cause that is no ultimatum, a thing of the reader's done,
and the set phrases of a deal, a weary brand or terms closed to talk. Real models, FR
and EN, each with its near miss."""

from __future__ import annotations

import pytest


def _read(analyse, text, lang="fr", channel="email"):
    return analyse(text, lang, channel).tone


def _signals(tone, name):
    return [e for e in tone.evidence if e.signal == name]


# -- a year: the tale's start, or a comparison ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "This valley was a sheep farm until 1974, when two brothers turned it into a "
           "campsite. They dug the pond and planted the willows."),
    ("fr", "Le moulin a tourné jusqu'en 1952. Deux sœurs l'ont racheté et remis en état."),
])
def test_a_year_the_place_was_something_until_starts_a_tale(analyse, lang, text):
    tone = _read(analyse, text, lang, "web")
    assert tone.dominant == "storytelling"
    assert _signals(tone, "story_beat")


@pytest.mark.parametrize("lang,compared,told", [
    ("fr", "Ce matin, une horloge a été remontée à la main, comme en 1921.",
     "En 1921, une horloge a été remontée à la main."),
    ("en", "This morning a clock was wound by hand, just as in 1921.",
     "In 1921, a clock was wound by hand."),
])
def test_a_year_compared_to_leans_to_heritage_but_starts_no_tale(analyse, lang, compared,
                                                                 told):
    near, far = _read(analyse, compared, lang, "web"), _read(analyse, told, lang, "web")
    assert 0 < near.raw.get("storytelling", 0) < far.raw["storytelling"]


def test_was_until_is_not_as_in(analyse):
    # "(?<!as )" must not refuse "was until": the word is "as", not the end of "was"
    tone = _read(analyse, "The barn was a dairy until 1961.", "en", "web")
    assert tone.raw.get("storytelling", 0) >= 1.5


# -- a requirement waived is no door closed ------------------------------------------------

@pytest.mark.parametrize("lang,spared,closed", [
    ("en", "No membership is needed to book a lane.",
     "No further review will be granted."),
    ("fr", "Aucun rendez-vous n'est requis pour venir.",
     "Aucune prolongation ne sera accordée."),
])
def test_a_requirement_denied_is_no_door_closed(analyse, lang, spared, closed):
    assert not _signals(_read(analyse, spared, lang), "door_closed")
    assert _signals(_read(analyse, closed, lang), "door_closed")


# -- « et si … ? » proposes; « et si tu as un empêchement » sets a condition ----------------

@pytest.mark.parametrize("lang,question,condition", [
    ("fr", "Et si on partait pique-niquer au bord du lac ?",
     "Ta séance est mardi 18 h, et si tu as un empêchement, préviens-nous."),
    ("en", "What if we took the picnic down to the lake?",
     "Tell us what if anything is missing from your box."),
])
def test_et_si_is_surprise_only_as_a_question(analyse, lang, question, condition):
    assert _read(analyse, question, lang).raw.get("surprise", 0) > 0
    assert _read(analyse, condition, lang).raw.get("surprise", 0) == 0


# -- a clue given --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,clue,plain", [
    ("fr", "Quel gâteau sort du four ce matin ? Indice : il est au citron.",
     "L'indice de réparabilité de ce grille-pain est de 8 sur 10."),
    ("en", "Which cake comes out of the oven today? Hint: it has lemons.",
     "A hint of lemon runs through this cake."),
])
def test_a_clue_given_reads_as_surprise(analyse, lang, clue, plain):
    assert _read(analyse, clue, lang, "social").raw.get("surprise", 0) >= 1
    assert _read(analyse, plain, lang, "social").raw.get("surprise", 0) == 0


def test_not_telling_which_one_keeps_a_secret(analyse):
    assert _read(analyse, "We've booked a singer. We're not telling you who.", "en",
                 "social").dominant == "surprise"


# -- a cause is no ultimatum -----------------------------------------------------------------

@pytest.mark.parametrize("lang,cause,ultimatum", [
    ("fr", "La sortie kayak de samedi est annulée faute de participants.",
     "Faute de paiement sous 48 h, votre réservation sera annulée."),
    ("en", "Saturday's kayak trip is cancelled for lack of paddlers.",
     "Unless payment is received within 48 hours, your booking will be cancelled."),
])
def test_a_cancellation_for_lack_of_people_is_no_ultimatum(analyse, lang, cause, ultimatum):
    assert not _signals(_read(analyse, cause, lang), "ultimatum")
    assert _signals(_read(analyse, ultimatum, lang), "ultimatum")


# -- the brand's mood, with words between ------------------------------------------------------

@pytest.mark.parametrize("lang,text,tone", [
    ("fr", "Trois inscrits seulement : on est un peu dégoûtés.", "disappointment"),
    ("en", "Frankly, we are sick and tired of people leaving trays on the lawn.", "anger"),
    ("en", "Honestly, we're tired of people leaving trays on the lawn.", "frustration"),
    ("fr", "Franchement, ras-le-bol des plateaux laissés sur la pelouse.", "anger"),
    ("en", "We've explained the deposit twice. We're not sure how else to say it.",
     "frustration"),
    ("fr", "On vous l'a expliqué deux fois, on ne sait plus comment le dire.", "frustration"),
])
def test_the_brands_mood_with_words_between(analyse, lang, text, tone):
    assert _read(analyse, text, lang).dominant == tone


@pytest.mark.parametrize("lang,text,tone", [
    ("fr", "Tu es dégoûté du froid ? Viens au sauna.", "disappointment"),
    ("en", "Tired of queues? Book online and walk straight in.", "frustration"),
])
def test_the_readers_mood_is_not_the_brands(analyse, lang, text, tone):
    assert _read(analyse, text, lang).raw.get(tone, 0) < 1.5


# -- the reader's thing done -------------------------------------------------------------------

@pytest.mark.parametrize("lang,done,ended", [
    ("fr", "Ton nettoyage intérieur est terminé, récupère tes clés à l'accueil.",
     "La saison des vendanges est terminée."),
    ("en", "Your full valet is done: collect your keys at the desk.",
     "The grape harvest season is done."),
])
def test_the_readers_thing_done_is_speed(analyse, lang, done, ended):
    assert _read(analyse, done, lang, "sms").raw.get("speed", 0) >= 0.5
    assert _read(analyse, ended, lang, "sms").raw.get("speed", 0) == 0


# -- set phrases ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,tone", [
    ("en", "It's two-for-one on smoothies at the bar until six.", "deal"),
    ("fr", "Ce soir, c'est deux pour le prix d'un sur les crêpes.", "deal"),
    ("fr", "Tarif : 12 € par séance. Conditions non négociables.", "coldness"),
    ("en", "Rate: £12 per session. These terms are non-negotiable.", "coldness"),
])
def test_set_phrases(analyse, lang, text, tone):
    assert _read(analyse, text, lang).dominant == tone


def test_negotiable_terms_are_not_cold(analyse):
    assert _read(analyse, "Le tarif est négociable pour les groupes.").raw.get(
        "coldness", 0) == 0


@pytest.mark.parametrize("text,reassures", [
    ("No probs, your racket is safe behind the desk.", True),
    ("Probs the best racket we've ever strung.", False),
])
def test_no_probs_waves_the_worry_off(analyse, text, reassures):
    tone = _read(analyse, text, "en", "phone_script")
    assert ("no probs" in [w.lower() for w in tone.words("reassurance")]) is reassures


# -- a how-to whose steps are the page's headings ------------------------------------------

@pytest.mark.parametrize("lang,steps,one", [
    ("fr", "# Le lavage à la main\n\n## 1. Vous déposez la voiture\nSur rendez-vous.\n\n"
           "## 2. Nous lavons tout\nCarrosserie et jantes.\n\n## 3. Vous repartez\nPaiement "
           "sur place.",
     "# Le lavage à la main\n\n## 1. Le dépôt\nSur rendez-vous."),
    ("en", "# Hand wash\n\n## 1. Drop the car off\nBy appointment.\n\n## 2. We wash it\n"
           "Body and wheels.\n\n## 3. Drive away\nPay on site.",
     "# Our valet\n\n## 1. The drop-off\nBy appointment."),
])
def test_numbered_headings_are_steps_of_a_how_to(analyse, lang, steps, one):
    assert len(_signals(_read(analyse, steps, lang, "web"), "numbered_step")) == 3
    assert not _signals(_read(analyse, one, lang, "web"), "numbered_step")


# -- a few minutes said in words -------------------------------------------------------------

@pytest.mark.parametrize("lang,soon,long", [
    ("fr", "Mon collègue arrive dans deux minutes avec la clé.",
     "Mon collègue a parlé pendant deux minutes avec le client."),
    ("en", "My colleague will be there in two minutes with the key.",
     "My colleague spoke for two minutes with the client."),
])
def test_minutes_in_words_are_a_wait_said(analyse, lang, soon, long):
    assert _read(analyse, soon, lang, "phone_script").raw.get("speed", 0) >= 1
    assert _read(analyse, long, lang, "phone_script").raw.get("speed", 0) < 0.5


# -- a booking confirmed in a notice's clipped words -------------------------------------------

@pytest.mark.parametrize("lang,booked,other", [
    ("fr", "Départ confirmé samedi 9 h 20, deux joueurs.",
     "Rumeur confirmée par la mairie samedi."),
    ("en", "Your tee time is confirmed: Saturday 9:20, two players.",
     "The rumour was confirmed by the council on Saturday."),
])
def test_a_booking_confirmed_is_speed(analyse, lang, booked, other):
    def confirmed(tone):
        return [e for e in tone.evidence if e.tone == "speed" and "confirm" in e.text.lower()]
    assert confirmed(_read(analyse, booked, lang, "sms"))
    assert not confirmed(_read(analyse, other, lang, "sms"))


# -- the meeting to come said as the goodbye ---------------------------------------------------

@pytest.mark.parametrize("lang,goodbye,act", [
    ("fr", "Belle soirée, et on se retrouve au bar samedi !",
     "Nous vous envoyons le code d'accès ce soir."),
    ("en", "Have a lovely evening, and we'll see you at the bar on Saturday!",
     "We'll send you the door code tonight."),
])
def test_see_you_is_a_goodbye_not_an_act(analyse, lang, goodbye, act):
    assert _read(analyse, goodbye, lang).raw.get("solution", 0) == 0
    assert _read(analyse, act, lang).raw.get("solution", 0) > 0


@pytest.mark.parametrize("lang,text", [
    ("en", "For next year, we propose to move your wash slot to 7 am."),
    ("fr", "Pour l'an prochain, nous proposons de déplacer votre créneau à 7 h."),
])
def test_we_propose_offers_a_solution(analyse, lang, text):
    assert _read(analyse, text, lang).raw.get("solution", 0) >= 1


# -- a hook answered with advice is no question put back to the reader ----------------------

@pytest.mark.parametrize("lang,advice,call", [
    ("fr", "Tu hésites sur ta pointure ? Prends la taille au-dessus : ton pied gonfle en "
           "randonnée.",
     "Tu as une astuce ? Montre-nous ta plus belle rando !"),
    ("en", "Gonna be a hot one? Grab a hat, there's plenty of shade along the river.",
     "Do you have a favourite walk? Show us your best riverside photo!"),
])
def test_a_hook_answered_with_advice_asks_nothing_back(analyse, lang, advice, call):
    assert not _signals(_read(analyse, advice, lang, "web"), "question_to_reader")
    assert _signals(_read(analyse, call, lang, "web"), "question_to_reader")


# -- a code redeemed is a deal; a door's code is not ----------------------------------------

@pytest.mark.parametrize("lang,promo,door", [
    ("fr", "Avec le code AUTOMNE, ta deuxième nuit est à moitié prix.",
     "Réception fermée après 23 h : ton code de porte 7304 t'attend par SMS."),
    ("en", "Use code AUTUMN at checkout for a second night at half price.",
     "Reception closes at 11 pm: your door code 7304 arrives by text."),
])
def test_a_code_redeemed_is_a_deal_a_door_code_is_not(analyse, lang, promo, door):
    def coded(tone):
        return [e for e in tone.evidence if e.tone == "deal" and "code" in e.text.lower()]
    assert coded(_read(analyse, promo, lang, "sms"))
    assert not coded(_read(analyse, door, lang, "sms"))


# -- a day abbreviated before its date ---------------------------------------------------------

@pytest.mark.parametrize("lang,dated,word", [
    ("fr", "Cours confirmé sam. 4 oct. à 10 h 40, deux joueurs.",
     "Sam 4 fois champion du club, vous attend au practice."),
    ("en", "Your lesson on Sat 4 Oct is confirmed, two players.",
     "She sat 4 rows back at the club dinner."),
])
def test_an_abbreviated_day_before_its_date_is_a_time_given(analyse, lang, dated, word):
    def days(tone):
        return [e for e in _signals(tone, "time_given") if e.text.lower().startswith("sa")]
    assert days(_read(analyse, dated, lang, "sms"))
    assert not days(_read(analyse, word, lang, "sms"))
