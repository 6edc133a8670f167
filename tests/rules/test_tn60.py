"""Round 49 of the tone reading (tn60), FR and EN on the real models, with the Abrilo
profiles: coldness and the brand's own negative tone that earlier rounds left unread.

- The reader refused an answer: a notice that wants no reply, the brand, its staff or its
  number that will not answer, take or discuss the reader's questions (« Ne pas
  répondre. », "Staff will not answer questions about delivery", "No phone enquiries.")
  is coldness. A way to the brand offered (« Pour toute question, répondez à ce SMS »,
  "Our staff will gladly answer questions") is not.
- A repeat told back and counted (« Comme nous vous l'avons déjà indiqué à deux
  reprises », "As we have already explained twice") is two cues of frustration, the
  told-back repeat read at its own weight. A count that is no repeat to the reader (« le
  cours a été déplacé à deux reprises ») is none.
- The brand that will not tolerate something, whatever it names ("we will not tolerate
  abuse of this kind"), is angry, as in French. A thing that does not tolerate heat is
  not. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


# -- the reader refused an answer ------------------------------------------------------------

@pytest.mark.parametrize("lang,text,channel", [
    ("en", "Workshop 12/03 cancelled. Fee kept under the terms. Don't reply to this number.",
     "sms"),
    ("en", "Order 481 cancelled. This number does not accept replies.", "sms"),
    ("en", "KILN ROOM: MEMBERS ONLY.\nDo not touch the pieces on the racks.\nStaff will not "
           "answer questions about firing dates.", "shop"),
    ("en", "Mrs Pratt,\n\nYour membership has been suspended for non-payment. We will not "
           "discuss the matter by telephone. No phone enquiries.\n\nAbrilo Office", "email"),
    ("fr", "Commande 4471 annulée. Acompte conservé, voir CGV. Ne pas répondre.", "sms"),
    ("fr", "Commande 481 annulée. Ce numéro ne reçoit pas les réponses.", "sms"),
    ("fr", "SALLE DES FOURS : RÉSERVÉE AUX MEMBRES.\nMerci de ne pas toucher les pièces."
           "\nLe personnel ne répond pas aux questions sur les cuissons.", "shop"),
    ("fr", "Madame,\n\nVotre adhésion est suspendue pour défaut de paiement. Nous ne "
           "discuterons pas de ce dossier par téléphone. Aucune réclamation par téléphone."
           "\n\nLe secrétariat Abrilo", "email"),
])
def test_the_reader_refused_an_answer_is_cold(engines, lang, text, channel):
    tone = reading(engines, lang, text, channel)
    words = " ".join(said(tone, "coldness", lower=True))
    assert any(w in words for w in ("reply", "replies", "answer", "discuss", "enquiries",
                                    "répondre", "réponses", "répond", "discuterons",
                                    "téléphone"))
    assert "BL207" in warned(engines, lang, text, channel, "BL2")


@pytest.mark.parametrize("lang,text,channel", [
    ("en", "Workshop moved to 19/03, same time. Any questions? Just reply to this text.",
     "sms"),
    ("en", "Our staff will gladly answer questions about firing dates at the counter.", "shop"),
    ("en", "Book online in two clicks: no phone enquiries needed, your slot is confirmed at "
           "once.", "email"),
    ("fr", "Atelier déplacé au 19/03, même heure. Une question ? Répondez à ce SMS.", "sms"),
    ("fr", "Le personnel répond volontiers aux questions sur les cuissons, au comptoir.",
     "shop"),
    ("fr", "Réservez en ligne en deux clics : vous n'avez pas besoin d'appeler, votre "
           "créneau est confirmé tout de suite.", "email"),
])
def test_a_way_to_the_brand_offered_is_not_cold(engines, lang, text, channel):
    tone = reading(engines, lang, text, channel)
    words = " ".join(said(tone, "coldness", lower=True))
    assert not any(w in words for w in ("reply", "answer", "enquiries", "répondez",
                                        "répond"))
    assert "BL207" not in warned(engines, lang, text, channel, "BL2")


# -- a repeat told back and counted ----------------------------------------------------------

@pytest.mark.parametrize("lang,text,count", [
    ("en", "Hello Mr Dunn,\n\nAs we have already explained twice, the glaze colour was on the "
           "quote you signed. We consider the matter settled.\n\nThe Abrilo team", "twice"),
    ("fr", "Bonjour Monsieur Dunand,\n\nComme nous vous l'avons déjà indiqué à deux reprises, "
           "la couleur de l'émail figurait sur le devis signé. Nous considérons ce point comme "
           "réglé.\n\nL'équipe Abrilo", "à deux reprises"),
])
def test_a_repeat_told_back_and_counted_is_two_cues_of_frustration(engines, lang, text, count):
    tone = reading(engines, lang, text, "after_sales")
    words = said(tone, "frustration", lower=True)
    assert count in words and len(words) >= 2
    assert "BL206" in warned(engines, lang, text, "after_sales", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Mr Dunn,\n\nThe class was moved twice because of the storms, so we have "
           "added a free session on Saturday.\n\nThe Abrilo team"),
    ("fr", "Bonjour Monsieur Dunand,\n\nLe cours a été déplacé à deux reprises à cause des "
           "orages : nous ajoutons donc une séance offerte samedi.\n\nL'équipe Abrilo"),
])
def test_a_count_that_is_no_repeat_to_the_reader_is_no_frustration(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert not said(tone, "frustration")
    assert "BL206" not in warned(engines, lang, text, "after_sales", "BL2")


# -- the brand will not tolerate it ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Hale,\n\nYour message calling our potters 'lazy' is unacceptable. We will "
           "not tolerate abuse of this kind towards our team.\n\nAbrilo"),
    ("fr", "Monsieur,\n\nVotre message traitant nos potiers de « fainéants » est "
           "inacceptable. Nous ne tolérerons pas ce genre de propos envers notre équipe."
           "\n\nAbrilo"),
])
def test_the_brand_that_will_not_tolerate_it_is_angry(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert any("tolerate" in w or "tolérerons" in w for w in said(tone, "anger", lower=True))
    assert "BL206" in warned(engines, lang, text, "after_sales", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Mr Hale,\n\nThis stoneware glaze will not tolerate a second firing, so we "
           "have made you a new bowl, sent today.\n\nThe Abrilo team"),
    ("fr", "Bonjour Monsieur,\n\nCet émail ne tolère pas une seconde cuisson : nous vous "
           "refaisons donc un bol, parti aujourd'hui.\n\nL'équipe Abrilo"),
])
def test_a_thing_that_does_not_tolerate_heat_is_no_anger(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert not said(tone, "anger")
    assert "BL206" not in warned(engines, lang, text, "after_sales", "BL2")
