"""Round 47 of the negative tone (tn57), FR and EN on the real models, with the Abrilo
profiles: the brand's own negative tone that earlier rounds left unread.

- An ultimatum by a moment only minutes away: the reader's act now, or in the next few
  minutes, then « ou / sinon » / "or" and the loss ("Book in the next 15 minutes or lose
  your table", « Réservez MAINTENANT ou perdez votre table »). A time that is only a time
  ("Your table is ready now or whenever suits you") is no ultimatum.
- The reader told to stop getting in touch ("Please stop asking.", « cessez de nous
  relancer »): the brand fed up with its readers' messages. A stop that is a safety step
  ("Please stop using the kiln") is not.
- The brand's own morale flagging ("we are struggling to stay positive", « nous avons du
  mal à garder le moral »). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


# -- an ultimatum by a moment only minutes away ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Only a few kiln slots are left for Saturday. Book in the next 15 minutes or lose "
           "your slot."),
    ("en", "Glaze night is nearly full: grab your seat NOW or miss out."),
    ("fr", "Il reste quelques créneaux de four samedi. Réservez dans les 15 prochaines "
           "minutes ou perdez votre créneau."),
    ("fr", "La soirée émaillage est presque complète : réservez MAINTENANT ou ratez la "
           "soirée."),
])
def test_a_near_moment_with_a_loss_is_an_ultimatum(engines, lang, text):
    tone = reading(engines, lang, text, "shop")
    assert said(tone, "pressure", signal="ultimatum")
    assert "BL206" in warned(engines, lang, text, "shop", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Your kiln slot is confirmed for Saturday. Come now or later in the afternoon, "
           "whichever suits you."),
    ("en", "Your mugs are ready now or on Monday if you prefer."),
    ("fr", "Votre créneau de four est confirmé samedi. Passez maintenant ou plus tard dans "
           "l'après-midi, comme vous préférez."),
    ("fr", "Vos tasses sont prêtes maintenant ou lundi si vous préférez."),
])
def test_a_near_moment_with_no_loss_is_no_ultimatum(engines, lang, text):
    tone = reading(engines, lang, text, "shop")
    assert not said(tone, "pressure", signal="ultimatum")
    assert "BL206" not in warned(engines, lang, text, "shop", "BL2")


# -- the reader told to stop getting in touch ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Once again: we do not sell our glaze recipes. We have said this all week. "
           "Please stop asking."),
    ("en", "For the hundredth time, the kiln is booked until June. Stop emailing us about it."),
    ("fr", "Encore une fois : nous ne vendons pas nos recettes d'émail. Nous l'avons dit "
           "toute la semaine. Cessez de nous relancer."),
    ("fr", "Pour la centième fois, le four est réservé jusqu'en juin. Arrêtez de nous écrire "
           "à ce sujet."),
])
def test_the_reader_told_to_stop_getting_in_touch_is_frustration(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert any("stop" in w or "cessez" in w or "arrêtez" in w
               for w in said(tone, "frustration", lower=True))
    assert "BL206" in warned(engines, lang, text, "social", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Safety notice: a batch of our glaze may contain lead. Please stop using the "
           "mugs from batch 12 and send them back: we will replace them for free."),
    ("en", "Never stop asking questions at the wheel: that's how you learn!"),
    ("fr", "Avis de sécurité : un lot de notre émail peut contenir du plomb. Merci d'arrêter "
           "d'utiliser les tasses du lot 12 et de nous les renvoyer : nous les remplaçons "
           "gratuitement."),
    ("fr", "N'arrêtez jamais de poser des questions au tour : c'est comme ça qu'on apprend !"),
])
def test_a_stop_that_is_no_message_to_the_brand_is_not_frustration(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert not any("stop" in w or "arrêt" in w for w in said(tone, "frustration", lower=True))
    assert "BL206" not in warned(engines, lang, text, "social", "BL2")


# -- the brand's own morale flagging ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The kiln broke twice this month and the spring classes are cancelled. It's been "
           "a real letdown for the whole workshop, and honestly we are struggling to stay "
           "positive."),
    ("fr", "Le four a lâché deux fois ce mois-ci et les cours de printemps sont annulés. "
           "C'est une vraie déception pour tout l'atelier, et franchement nous avons du mal "
           "à garder le moral."),
])
def test_the_brands_flagging_morale_is_disappointment(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert len(said(tone, "disappointment")) >= 2
    assert "BL206" in warned(engines, lang, text, "social", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Winter evenings are long, and it's hard to stay motivated at home. Join our "
           "Thursday wheel club: tea, clay and good company!"),
    ("fr", "Les soirées d'hiver sont longues, et c'est dur de rester motivé chez soi. "
           "Rejoins notre club du jeudi : thé, argile et bonne compagnie !"),
])
def test_morale_as_the_readers_lot_is_no_negative_tone(engines, lang, text):
    assert "BL206" not in warned(engines, lang, text, "social", "BL2")


# -- a notice's bare sanction lines ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Abrilo: Membership terminated. Payment failed. Balance due €30. Pay at "
           "abrilo.co/pay."),
    ("fr", "Abrilo : Abonnement résilié. Paiement refusé. Solde dû 30 €. Réglez sur "
           "abrilo.fr/pay."),
])
def test_bare_sanction_lines_in_a_notice_read_cold(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert len(said(tone, "coldness", signal="sanction_line")) == 2
    assert "BL207" in warned(engines, lang, text, "sms", "BL2")


@pytest.mark.parametrize("lang,text", [
    # good news in the same shape
    ("en", "Abrilo: Order 2291 shipped. Glazes packed. Delivery Thursday."),
    ("fr", "Abrilo : Commande 2291 expédiée. Émaux emballés. Livraison jeudi."),
    # a cancellation said with warmth and a way forward
    ("en", "Abrilo: Class cancelled tonight, sorry! We'll move you to Friday, same time."),
    ("fr", "Abrilo : Cours annulé ce soir, désolés ! On te place vendredi, même heure."),
])
def test_good_news_or_a_warm_cancellation_has_no_sanction_line(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert not said(tone, "coldness", signal="sanction_line")
    assert "BL207" not in warned(engines, lang, text, "sms", "BL2")
