"""Round 25's tone misses read as concepts (tone-blind23: a music school, an aquatic centre,
a craft brewery). Each concept firing and its near miss, FR and EN, on the real models:

- "Shall I…?", "Shall we…?" ask the reader; only the "shall" of terms is cold;
- an agent naming themself as they pick up (« Margaux à votre écoute ») is the greeting of
  the call, not empathy; « nous restons à votre écoute » still listens;
- a worry said to be entirely normal reassures;
- the glasses raised (🍻, 🥂) are joy, as « on trinque » is;
- "Cheers" signing off is a farewell, not joy; raised to something it still is;
- play in the water (« barboter », "splash") is joy;
- a threat for next time (« la prochaine fois, on appelle la police », "next time we're
  calling the police") is anger."""

from __future__ import annotations

import pytest

from brandlint.analysis.tone import read_tone


def _tone(analyse, text, lang, channel="email"):
    return read_tone(analyse(text, lang, channel))


def _weight(reading, tone, word):
    return sum(e.weight for e in reading.evidence if e.tone == tone and word in e.text.lower())


def test_shall_i_asks_and_is_not_cold(analyse):
    offer = _tone(analyse, "Your amp is ready. Shall I set it aside for you until Monday?", "en")
    assert _weight(offer, "coldness", "shall") == 0
    terms = _tone(analyse, "The buyer shall return the amp within 14 days of delivery.", "en")
    assert _weight(terms, "coldness", "shall") > 0


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Agent : Atelier Lumen, bonjour, Margaux à votre écoute.\n"
           "Agent : Votre lampe est prête, vous pouvez passer la chercher demain.", "écoute"),
])
def test_agent_naming_themself_is_no_empathy(analyse, lang, text, word):
    reading = _tone(analyse, text, lang, "phone_script")
    assert _weight(reading, "empathy", word) == 0


def test_staying_at_the_readers_ear_still_listens(analyse):
    reading = _tone(analyse, "Votre lampe est prête. Nous restons à votre écoute pour la suite.",
                    "fr", "phone_script")
    assert _weight(reading, "empathy", "écoute") > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des courbatures après la première séance ? "
           "C'est entièrement normal la première semaine."),
    ("en", "Sore arms after the first climb? It is entirely normal in the first week."),
])
def test_entirely_normal_reassures(analyse, lang, text):
    assert _weight(_tone(analyse, text, lang), "reassurance", "normal") > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les courbatures ne sont pas un signe normal après une séance douce : "
           "parlez-en au coach."),
    ("en", "Sore arms are not a normal sign after a gentle session: tell your coach."),
])
def test_normal_without_the_reassuring_frame_is_not_read(analyse, lang, text):
    assert _weight(_tone(analyse, text, lang), "reassurance", "normal") == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouvelle cuvée au comptoir ce soir 🥂"),
    ("en", "New cuvée at the counter tonight 🥂"),
])
def test_glasses_raised_are_joy(analyse, lang, text):
    assert _weight(_tone(analyse, text, lang, "store"), "joy", "🥂") > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouvelle cuvée au comptoir ce soir 🍷"),
    ("en", "New cuvée at the counter tonight 🍷"),
])
def test_a_glass_alone_is_no_toast(analyse, lang, text):
    assert not _tone(analyse, text, lang, "store").raw.get("joy")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quelqu'un repart encore avec nos plateaux. La prochaine fois, on appelle la police."),
    ("en", "Someone keeps taking our trays. Next time we're calling the police."),
])
def test_threat_for_next_time_is_anger(analyse, lang, text):
    assert _tone(analyse, text, lang, "social").raw.get("anger", 0) >= 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un vélo a été volé devant la boutique ; la prochaine fois, pensez à l'attacher. "
           "En cas de vol, la police est joignable au 17."),
    ("en", "A bike was stolen outside the shop; next time, remember to lock it. "
           "If it is stolen, the police can be reached on 999."),
])
def test_police_named_without_a_threat_is_no_anger(analyse, lang, text):
    assert _tone(analyse, text, lang, "social").raw.get("anger", 0) == 0


def test_cheers_signing_off_is_no_joy(analyse):
    reading = _tone(analyse, "Your order left the brewery this morning.\n\nCheers,\nSam", "en")
    assert _weight(reading, "joy", "cheers") == 0


def test_cheers_raised_to_something_is_joy(analyse):
    reading = _tone(analyse, "Ten years of brewing in the old forge. Cheers to the next ten "
                    "with all of you!", "en", "store")
    assert _weight(reading, "joy", "cheers") > 0


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Cet été, venez barboter au lac de la Forge avec les petits.", "barboter"),
    ("en", "This summer, come and splash in the Forge lake with the little ones.", "splash"),
])
def test_water_play_is_joy(analyse, lang, text, word):
    assert _weight(_tone(analyse, text, lang, "web"), "joy", word) > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lac de la Forge est ouvert de 10 h à 19 h, surveillé par deux sauveteurs."),
    ("en", "The Forge lake is open from 10 am to 7 pm, watched by two lifeguards."),
])
def test_opening_hours_of_the_water_are_no_joy(analyse, lang, text):
    assert not _tone(analyse, text, lang, "web").raw.get("joy")
