"""Round 49's held-out half of the tone reading (tn61), FR and EN on the real models, with
the Abrilo profiles (its SMS channel aims at speed, 160 characters; social at joy and
collaboration): the dominant tone of a bare notice.

- A message of a short channel that aims at speed, with no negative or cold word and less
  positive tone than one full cue (a pick-up notice, a room change, a recall's one-line
  instruction), is named speed: the reader names the quickness of the notice itself, not
  its one weak word (« remboursement », "pleased", a "!").
- Near misses: the same words on a channel that does not aim at speed (social), a notice
  that refuses replies (coldness), and an SMS that tells a story in full cues keep what
  they say. The rules read the raw evidence: no finding changes.
- The brand's own weariness: beginning to have had enough (« on commence à en avoir
  vraiment marre »), a word of candour before the subject (« Franchement, on commence à
  saturer »), the brand at the end of its tether (« on est un peu à bout », "we're at the
  end of our tether") is frustration, and BL206's. Near misses: the reader at the end of
  their tether (« vous êtes à bout »), a climb told (« à bout de souffle », "a long
  climb at the end of the day"), tiring with no candour (« on commence à fatiguer »).
- The reader's conduct called disrespect by the brand (« c'est irrespectueux », « quel
  manque de respect », "it's disrespectful") is anger. Near misses: the reader's own word
  quoted back (« vous parlez d'un manque de respect », "you called it 'disrespectful'"),
  respect in another sense (« dans le respect des règles », "with respect to your order").
  Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


BARE_NOTICES = [
    ("en", "Abrilo: your glazed bowls are on shelf 3 by the door. Pick-up code 5521."),
    ("en", "Abrilo: kiln 2 is out of use. Full refund for your class at the desk."),
    ("fr", "Abrilo : vos bols émaillés sont sur l'étagère 3 près de la porte. Code "
           "de retrait 5521."),
    ("fr", "Abrilo : four 2 hors service. Remboursement de votre cours à l'accueil."),
]


@pytest.mark.parametrize("lang,text", BARE_NOTICES)
def test_a_bare_notice_on_a_speed_channel_reads_as_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.positive_strength < 1.0
    assert tone.dominant == "speed"
    assert not warned(engines, lang, text, "sms", "BL2")


@pytest.mark.parametrize("lang,text", BARE_NOTICES)
def test_the_same_notice_on_a_channel_not_aimed_at_speed_is_not_named_speed(engines, lang,
                                                                             text):
    assert reading(engines, lang, text, "social").dominant != "speed"


@pytest.mark.parametrize("lang,text", [
    ("en", "Workshop 12/03 cancelled. Fee kept under the terms. Don't reply to this number."),
    ("fr", "Commande 4471 annulée. Acompte conservé, voir CGV. Ne pas répondre."),
])
def test_a_notice_with_a_cold_word_keeps_its_coldness(engines, lang, text):
    assert reading(engines, lang, text, "sms").dominant == "coldness"


@pytest.mark.parametrize("lang,text", [
    ("en", "Abrilo: in 1987 our founder fired her very first bowl in a garden kiln. "
           "That bowl is on our shelf today."),
    ("fr", "Abrilo : en 1987, notre fondatrice a cuit son tout premier bol dans un four de "
           "jardin. Ce bol est toujours sur notre étagère."),
])
def test_an_sms_that_tells_a_story_in_full_cues_keeps_it(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.positive_strength >= 1.0
    assert tone.dominant != "speed"


# -- the brand's own weariness ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Salut à tous,\n\nOn va être honnêtes : on commence à en avoir vraiment marre. "
           "Chaque lundi, on retrouve des tabourets cassés dans l'atelier et des émaux "
           "renversés sur le sol. Alors oui, on est un peu à bout.\n\nL'équipe Abrilo"),
    ("fr", "Franchement, on commence à saturer 😤 Encore un message ce matin pour dire que nos "
           "bols « se cassent tout seuls ». Vous les avez lavés au lave-vaisselle, au moins ?"),
    ("en", "Hi all,\n\nWe'll be honest: we're at the end of our tether. Every Monday we find "
           "broken stools in the studio and glaze spilt on the floor. We've said it before."
           "\n\nThe Abrilo team"),
])
def test_the_brand_at_the_end_of_its_tether_is_frustrated(engines, lang, text):
    channel = "email" if "\n" in text else "social"
    tone = reading(engines, lang, text, channel)
    words = " ".join(said(tone, "frustration", lower=True))
    assert any(w in words for w in ("à bout", "en avoir vraiment marre", "saturer", "tether"))
    assert tone.dominant == "frustration"
    assert "BL206" in warned(engines, lang, text, channel, "BL2")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Ravel,\n\nVous nous écrivez que vous êtes à bout après trois "
           "commandes perdues : nous le comprenons. Votre service est recuit aujourd'hui et "
           "part demain.\n\nL'équipe Abrilo"),
    ("fr", "Bonjour à tous,\n\nSamedi, on a grimpé jusqu'au four à bois du village, à bout "
           "de souffle mais ravis. On commence à fatiguer, mais quelle belle cuisson !"
           "\n\nL'équipe Abrilo"),
    ("en", "Hi Mrs Ravel,\n\nYou wrote that you are at the end of your tether after three "
           "lost orders: we understand. Your set is fired again today and leaves tomorrow."
           "\n\nThe Abrilo team"),
    ("en", "Hi all,\n\nOn Saturday we climbed up to the village wood kiln, out of breath "
           "and at the end of a long day, but what a firing!\n\nThe Abrilo team"),
])
def test_the_readers_tether_or_a_climb_is_not_the_brands_weariness(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert not said(tone, "frustration")
    assert "BL206" not in warned(engines, lang, text, "email", "BL2")


# -- disrespect named by the brand ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "À la personne qui a laissé ses pots de barbotine ouverts dans l'atelier tout le "
           "week-end : c'est irrespectueux envers les autres membres. Tout était sec lundi. "
           "La prochaine fois, on supprime l'accès. 😡"),
    ("fr", "Encore trois tours de potier rendus sales ce matin. Sérieux, quel manque de "
           "respect 😡 Les règles sont affichées à l'entrée."),
    ("en", "Subject: The wheels\n\nHi everyone,\n\nThree wheels were left caked in clay "
           "again this weekend. It's disrespectful to everyone who books after you. Next "
           "time, the studio key goes back to the office. We've said it before.\n\nAbrilo"),
])
def test_disrespect_named_by_the_brand_is_anger(engines, lang, text):
    channel = "email" if text.startswith("Subject") else "social"
    tone = reading(engines, lang, text, channel)
    words = " ".join(said(tone, "anger", lower=True))
    assert any(w in words for w in ("irrespectueux", "manque de respect", "disrespectful"))
    assert "BL206" in warned(engines, lang, text, channel, "BL2")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour M. Faure,\n\nVous parlez d'un « manque de respect » après trois "
           "relances sans réponse, et vous avez raison. Votre four est réparé ce matin et "
           "livré jeudi.\n\nL'équipe Abrilo"),
    ("fr", "Bonjour,\n\nLes cours ont lieu dans le respect des règles de sécurité de "
           "l'atelier : tablier, cheveux attachés, pas de bijoux. À jeudi !\n\nL'équipe "
           "Abrilo"),
    ("en", "Dear Mr Faure,\n\nYou called it 'disrespectful' to wait three weeks for an "
           "answer, and you are right. Your kiln was repaired this morning and ships on "
           "Thursday.\n\nThe Abrilo team"),
    ("en", "Hi,\n\nWith respect to your order, the glazes are in stock and your box ships "
           "on Thursday. See you soon!\n\nThe Abrilo team"),
])
def test_the_readers_word_or_respect_in_another_sense_is_no_anger(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert not said(tone, "anger")
    assert "BL206" not in warned(engines, lang, text, "email", "BL2")
