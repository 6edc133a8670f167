"""tn48: a sale or a story told in a reply with a case to serve is off target (BL205), and
good news that announces an offer is the offer's hook (deal, not joy).

On a service channel, a reply that answers a complaint or names a case owes the case its
act. When it pitches instead — a discount, a new product to discover, « Bonne nouvelle ! »,
the founder's story — the tones of that pitch (deal, storytelling, surprise, joy) are read
together: no one of them need hold half of the reply, it is the pitch that stands where the
act should be (`tone._pitched_instead`): « Découvrez », « -20 % » and « soirées
douillettes » are surprise, deal and joy, none of them half the reply, so the ordinary gate
only hinted. The same offer mentioned after the case is dealt with (a visit
booked, the fee waived) is no such reply.

Tisonnel profiles (after_sales aims at solution and speed). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import codes, profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("tisonnel")


PITCH_INSTEAD = {
    "fr": "Bonjour Madame Leroy,\n\nMerci pour votre message au sujet du conduit mal ramoné.\n\n"
          "Bonne nouvelle : découvrez notre nouveau poêle à bois « Braise », à -20 % jusqu'à "
          "dimanche avec le code BRAISE20 ! Idéal pour des soirées douillettes en famille.\n\n"
          "À très bientôt,\nL'équipe Tisonnel",
    "en": "Dear Mrs Leroy,\n\nThank you for your message about the badly swept flue.\n\n"
          "Great news: discover our new Ember wood stove, now 20% off until Sunday with code "
          "EMBER20! Perfect for cosy family evenings.\n\nSee you soon,\nThe Tisonnel team",
}

CASE_SERVED = {
    "fr": "Bonjour Madame Leroy,\n\nMerci pour votre message au sujet du conduit mal ramoné. "
          "Notre ramoneur repasse jeudi à 9 h pour le reprendre entièrement, sans frais, et "
          "vous laissera le certificat signé sur place. Si le créneau ne vous convient pas, "
          "répondez à ce message et nous le déplaçons.\n\nPar ailleurs, notre poêle « Braise » "
          "est à -20 % jusqu'à dimanche.\n\nBien à vous,\nL'équipe Tisonnel",
    "en": "Dear Mrs Leroy,\n\nThank you for your message about the badly swept flue. Our sweep "
          "will come back on Thursday at 9 am to redo it in full, free of charge, and will "
          "leave the signed certificate with you. If that slot doesn't suit you, reply to this "
          "message and we'll move it.\n\nAlso, our Ember stove is 20% off until Sunday.\n\n"
          "Kind regards,\nThe Tisonnel team",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pitch_in_place_of_the_cases_act_is_a_clear_miss(engines, lang):
    assert ("BL205", "warning") in codes(engines, lang, PITCH_INSTEAD[lang], "after_sales")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_reply_with_a_case_is_read_as_one(engines, lang):
    assert reading(engines, lang, PITCH_INSTEAD[lang], "after_sales").case_reply


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_offer_after_the_case_is_served_is_no_warning(engines, lang):
    assert ("BL205", "warning") not in codes(engines, lang, CASE_SERVED[lang], "after_sales")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_pitch_on_a_channel_that_serves_no_case_is_left_to_the_usual_gate(engines,
                                                                                   lang):
    # (social is no service channel: no case to serve, the ordinary BL205 gate decides)
    assert not reading(engines, lang, PITCH_INSTEAD[lang], "social").case_reply


# -- good news that announces an offer ---------------------------------------------------------
#
# « Bonne nouvelle : » / "Great news:" whose paragraph pushes a discount is the offer's hook,
# and weighs as deal (signal `offer_news`); good news of the reader's case keeps its joy.

OFFER_NEWS = {
    "fr": "Bonjour Madame Leroy,\n\nMerci pour votre message au sujet de votre commande de "
          "bûches arrivée humide.\n\nBonne nouvelle : tous nos poêles sont à -20 % jusqu'à "
          "dimanche avec le code BRAISE20.\n\nBien à vous,\nTisonnel",
    "en": "Dear Mrs Leroy,\n\nThank you for your message about your order of logs that "
          "arrived damp.\n\nGood news: every stove in our range is 20% off until Sunday with "
          "code EMBER20.\n\nKind regards,\nTisonnel",
}

CASE_NEWS = {
    "fr": "Bonjour Madame Leroy,\n\nMerci pour votre message au sujet de votre commande de "
          "bûches arrivée humide.\n\nBonne nouvelle : un nouveau stère de bûches sèches part "
          "demain à 9 h, sans frais, et le livreur reprendra l'ancien.\n\nBien à vous,\n"
          "Tisonnel",
    "en": "Dear Mrs Leroy,\n\nThank you for your message about your order of logs that "
          "arrived damp.\n\nGood news: a new load of dry logs leaves tomorrow at 9 am, free of "
          "charge, and the driver will take the damp ones away.\n\nKind regards,\nTisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_good_news_that_announces_a_discount_weighs_as_deal(engines, lang):
    tone = reading(engines, lang, OFFER_NEWS[lang], "after_sales")
    assert said(tone, "deal", "offer_news")
    assert not said(tone, "joy")
    assert tone.dominant == "deal"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_good_news_of_the_readers_case_keeps_its_joy(engines, lang):
    tone = reading(engines, lang, CASE_NEWS[lang], "after_sales")
    assert tone.case_reply
    assert not said(tone, "deal", "offer_news")
    assert said(tone, "joy", lower=True)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_newsletters_good_news_of_its_offer_keeps_its_joy(engines, lang):
    # (an e-mail to all customers serves no case: its cheer at its own offer is joy)
    tone = reading(engines, lang, OFFER_NEWS[lang], "email")
    assert not said(tone, "deal", "offer_news")
