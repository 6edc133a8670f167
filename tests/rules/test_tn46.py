"""tn46: the brand's own exasperation, and a script's speaker label, each seen in several
brands of the tone sets.

- A turn of the brand opened on « Écoutez, » / "Look," is its patience run out before the
  answer: frustration, weak alone (1.0). Only the brand's turn: the customer who opens so
  is the customer.
- The disbelief in one word, a question of its own (« Sérieusement ?! », "Seriously??"), is
  anger, as "Are you serious?" is; « Sérieusement, … » is an adverb, no question.
- The same question had N times (« j'ai eu cette question vingt fois », "I've had this
  question twenty times") is the brand counting its readers' repeats, as « on nous le
  demande cinquante fois »: frustration.
- A script line's speaker label that the parser cut off its turn (« Agent : ») is no
  sentence of the brand's: a tone's spread is counted over the turns' sentences.

La Grimacerie profiles (phone_script aims at reassurance and solution; social at joy and
collaboration). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import analysed, profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("grimacerie")


# -- a turn opened on "Look," -------------------------------------------------------------------

OPENED_ON_LOOK = {
    "fr": "Agent : Grimacerie, bonjour.\n[Client : Bonjour, la cabine arrive à quelle heure "
          "samedi ?]\nAgent : Écoutez, c'est dans le mail de confirmation. Dix-sept heures.",
    "en": "Agent: Grimacerie, hello.\nCaller: Hi, what time does the booth arrive on "
          "Saturday?\nAgent: Look, it's in the confirmation email. Five pm.",
}

CUSTOMER_OPENS_ON_LOOK = {
    "fr": "Agent : Grimacerie, bonjour.\n[Client : Écoutez, la cabine arrive à quelle heure "
          "samedi ?]\nAgent : Dix-sept heures, et on vous envoie un SMS en partant.",
    "en": "Agent: Grimacerie, hello.\nCaller: Look, what time does the booth arrive on "
          "Saturday?\nAgent: Five pm, and we'll text you when the van leaves.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brands_turn_opened_on_look_is_frustration(engines, lang):
    words = said(reading(engines, lang, OPENED_ON_LOOK[lang], "phone_script"), "frustration",
                 lower=True)
    assert any(w.strip() in ("écoutez", "look") for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_customer_opening_on_look_is_not_the_brand(engines, lang):
    tone = reading(engines, lang, CUSTOMER_OPENS_ON_LOOK[lang], "phone_script")
    assert not said(tone, "frustration")


# -- "Seriously?" -------------------------------------------------------------------------------

SERIOUSLY_ASKED = {
    "fr": "Trois accessoires de la malle retrouvés dans le parking après la soirée. "
          "Sérieusement ? On les range dans la malle, merci.",
    "en": "Three props from the trunk found in the car park after the party. Seriously? They "
          "go back in the trunk, thanks.",
}

SERIOUSLY_SAID = {
    "fr": "Sérieusement, c'était la soirée la plus drôle de l'année : merci à tous les "
          "invités !",
    "en": "Seriously, that was the funniest party of the year: thank you to every guest!",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_seriously_asked_on_its_own_is_anger(engines, lang):
    words = said(reading(engines, lang, SERIOUSLY_ASKED[lang], "social"), "anger", lower=True)
    assert any(w.startswith(("sérieusement", "seriously")) for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_seriously_as_an_adverb_is_no_anger(engines, lang):
    assert not said(reading(engines, lang, SERIOUSLY_SAID[lang], "social"), "anger")


# -- the same question had N times ------------------------------------------------------------

QUESTION_COUNTED = {
    "fr": "Agent : J'ai eu cette question trente fois aujourd'hui. La cabine se branche sur "
          "une prise normale.",
    "en": "Agent: I've had this question thirty times today. The booth plugs into a normal "
          "socket.",
}

BOOTH_COUNTED = {
    "fr": "Agent : Nous avons eu cette cabine à trente mariages cet été. Elle se branche sur "
          "une prise normale.",
    "en": "Agent: We've had this booth at thirty weddings this summer. It plugs into a "
          "normal socket.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_question_had_n_times_is_frustration(engines, lang):
    words = said(reading(engines, lang, QUESTION_COUNTED[lang], "phone_script"),
                 "frustration", lower=True)
    assert any("trente fois" in w or "thirty times" in w for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_thing_had_at_n_events_is_no_repeat(engines, lang):
    assert not said(reading(engines, lang, BOOTH_COUNTED[lang], "phone_script"), "frustration")


# -- a speaker label cut off its turn -----------------------------------------------------------

SCRIPT = {
    "fr": "Agent : La Grimacerie, bonsoir !\n[Client : Bonsoir, on peut ajouter des "
          "accessoires ?]\nAgent : Bien sûr. La malle de déguisements est à 30 € de plus.",
    "en": "Agent: La Grimacerie, good evening!\nCaller: Evening, can we add props?\n"
          "Agent: Of course. The dressing-up trunk is €30 extra.",
}

LABELLED_NOTE = {
    "fr": "Note : la malle de déguisements part avec la cabine. Elle est à 30 € de plus.",
    "en": "Note: the dressing-up trunk travels with the booth. It is €30 extra.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_speaker_label_is_no_sentence_of_the_brand(engines, lang):
    analysis = analysed(engines, lang, SCRIPT[lang], "phone_script")
    text = analysis.text
    if lang == "fr":  # (the French parser cuts « Agent : » off its turn; the English one
        # keeps "Agent:" with it, and the English case only holds the reading steady)
        assert any(text[s.start_char:s.end_char].strip() == "Agent :" for s in analysis.sentences)
    own = [text[lo:hi].strip() for lo, hi in analysis.tone.sentences]
    assert own and all(s.rstrip(" :：") not in ("Agent",) for s in own)
    # the turns' sentences are still counted
    assert any("30" in s for s in own)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_with_its_words_stays_a_sentence(engines, lang):
    analysis = analysed(engines, lang, LABELLED_NOTE[lang], "web")
    text = analysis.text
    own = [text[lo:hi].strip() for lo, hi in analysis.tone.sentences]
    assert any(s.startswith("Note") for s in own)


# -- a list's items, each a line the reader reads as one ---------------------------------------

LISTED_PRICES = {
    "fr": "## Formules de juin\nLa cabine pour votre mariage, tout compris :\n- Soirée : 390 € "
          "(au lieu de 450 €)\n- Week-end : 590 € (au lieu de 690 €)\n- Option livre d'or : "
          "40 €\nLivraison incluse.",
    "en": "## June packages\nThe booth for your wedding, all in:\n- Evening: £390 (was £450)\n"
          "- Weekend: £590 (was £690)\n- Guest book option: £40\nDelivery included.",
}

MINUS_AT_A_LINES_START = {
    "fr": "Offre de juin pour les mariages :\n-20 % sur la cabine du samedi soir, livraison "
          "comprise.",
    "en": "June offer for weddings:\n-20% on the Saturday night booth, delivery included.",
}


def _own(engines, lang, text, channel):
    analysis = analysed(engines, lang, text, channel)
    return [analysis.text[lo:hi].strip() for lo, hi in analysis.tone.sentences]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_item_of_a_list_is_a_sentence_of_its_own(engines, lang):
    own = _own(engines, lang, LISTED_PRICES[lang], "web")
    items = [s for s in own if s.startswith("- ")]
    assert len(items) == 3
    assert not any("\n- " in s for s in own)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_minus_sign_opening_a_line_is_no_item(engines, lang):
    own = _own(engines, lang, MINUS_AT_A_LINES_START[lang], "web")
    assert any("\n-20" in s for s in own)
