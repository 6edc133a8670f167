"""tn45: two readings of the dominant tone, each seen in several brands of the tone sets.

- A message headed by its sender's tag — the brand's name and a colon, as a text message is
  headed (« Tisonnel : … », "Tisonnel: …") — is sent to the reader: a date ahead it gives is
  the news of their case (signal `notice_news`, speed), possessive or not. A heading that
  names a season or a service is no sender, a message that states a price is an offer, and a
  surprise waiting for the reader (« une surprise vous attend samedi ») withholds its news.
- A fact revealed by a question that asks nothing (« Saviez-vous que… ? », "Did you know…?")
  is the post's reveal: it weighs as a word that says surprise on its own (1.0), not half;
  the question runs to its mark even when the French parser cuts « Saviez-vous | que… ? ».

Tisonnel profiles (sms aims at speed and reassurance; social at reassurance and
collaboration). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("tisonnel")


# -- the sender's tag ---------------------------------------------------------------------------

TAGGED_NOTICE = {
    "fr": "Tisonnel : les visites d'entretien des poêles à granulés sont à réserver jusqu'au "
          "12 octobre. Réponds VISITE ou appelle l'accueil.",
    "en": "Tisonnel: pellet stove servicing visits can be booked until 12 October. Reply "
          "VISIT or ring the office.",
}

HEADED_NOTICE = {
    "fr": "Entretien des poêles : les visites sont à réserver jusqu'au 12 octobre. Réponds "
          "VISITE ou appelle l'accueil.",
    "en": "Stove servicing: visits can be booked until 12 October. Reply VISIT or ring the "
          "office.",
}

TAGGED_OFFER = {
    "fr": "Tisonnel : -10 % sur l'entretien des poêles à granulés jusqu'au 12 octobre. "
          "Réponds VISITE.",
    "en": "Tisonnel: 10% off pellet stove servicing until 12 October. Reply VISIT.",
}


TAGGED_TEASER = {
    "fr": "Tisonnel : une surprise vous attend au salon du poêle samedi. On ne dit rien de plus !",
    "en": "Tisonnel: a surprise awaits you at the stove show on Saturday. Not a word more!",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_date_ahead_under_the_senders_tag_is_the_readers_news(engines, lang):
    tone = reading(engines, lang, TAGGED_NOTICE[lang], "sms")
    assert said(tone, "speed", "notice_news")
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_before_the_colon_is_no_sender(engines, lang):
    tone = reading(engines, lang, HEADED_NOTICE[lang], "sms")
    assert not said(tone, "speed", "notice_news")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_tagged_teaser_withholds_its_news(engines, lang):
    tone = reading(engines, lang, TAGGED_TEASER[lang], "sms")
    assert not said(tone, "speed", "notice_news")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_tagged_message_with_a_price_is_an_offer_not_news(engines, lang):
    tone = reading(engines, lang, TAGGED_OFFER[lang], "sms")
    assert not said(tone, "speed", "notice_news")


# -- the fact revealed --------------------------------------------------------------------------

FACT_REVEALED = {
    "fr": "Saviez-vous que la suie d'un seul hiver peut peser plus de deux kilos dans un "
          "conduit ? Nos ramoneurs la pèsent à chaque visite. #ramonage",
    "en": "Did you know that one winter of soot can weigh over two kilos in a flue? Our "
          "sweeps weigh it at every visit. #chimney",
}

QUESTION_ASKED = {
    "fr": "Savez-vous déjà quel jour nous passerons chez vous ? Répondez en commentaire "
          "avec votre commune. #ramonage",
    "en": "Do you already know which day we will come round? Tell us your village in the "
          "comments. #chimney",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_fact_revealed_by_a_question_weighs_as_a_surprise_word(engines, lang):
    tone = reading(engines, lang, FACT_REVEALED[lang], "social")
    assert sum(e.weight for e in tone.evidence if e.signal == "fact_told") == pytest.approx(1.0)
    assert tone.dominant == "surprise"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_question_put_to_the_reader_reveals_nothing(engines, lang):
    tone = reading(engines, lang, QUESTION_ASKED[lang], "social")
    assert not said(tone, "surprise", "fact_told")


# -- a sale pitched into a call: the pivot and the typeset minus --------------------------------

PIVOT = {
    "fr": "Agent : C'est noté pour le ramonage de jeudi. Et tant que je vous ai : nos "
          "détecteurs de monoxyde sont à −20 % ce mois-ci.",
    "en": "Agent: That's booked for Thursday's sweep. And since I have you: −20% on our "
          "carbon monoxide alarms this month.",
}

NO_PIVOT = {
    "fr": "Agent : Puisque je vous ai écrit hier, je vous confirme le ramonage de jeudi. "
          "Le conduit mesure 60-80 cm de long.",
    "en": "Agent: As I have you down for Thursday, I'll confirm the sweep now. The flue "
          "draws at 60-80% of its rated draught, - 100% checked; the soot fell from 5 to 4 "
          "mm, i.e. -20%.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pivot_to_a_discount_in_a_call_is_a_deal(engines, lang):
    words = said(reading(engines, lang, PIVOT[lang], "phone_script"), "deal", lower=True)
    assert any("−20" in w for w in words)
    assert any(w.startswith(("tant que", "since i")) for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_past_tense_or_a_range_is_no_pitch(engines, lang):
    words = said(reading(engines, lang, NO_PIVOT[lang], "phone_script"), "deal", lower=True)
    assert not any(w.startswith(("-", "−", "puisque", "as i")) for w in words)
