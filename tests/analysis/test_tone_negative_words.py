"""Negative and cold tone in other words than the lexicon's first entries: the reader told
to read first, a brand weary of its readers, disappointment in them, a notice that wants
no answer or reads out a record, a refusal, a door closed from now on; a threat is no
less pushy for being cold; the customer's account said back (« vous nous écrivez que… »)
holds their grievances, not the brand's. FR and EN on the real models, with near misses."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone as reading


def _tone(analyse, text, lang, channel="after_sales"):
    return analyse(text, lang, channel).tone


@pytest.mark.parametrize("lang,text,tone", [
    ("en", "This is on the FAQ page. Please read it before commenting.", "anger"),
    ("fr", "Tout est dans la FAQ. Merci de la lire avant de nous écrire.", "anger"),
    ("en", "Honestly, it's not that hard to pick up the phone. People didn't bother.",
     "frustration"),
    ("fr", "Franchement, ce n'est pas si compliqué d'appeler. Ils n'ont pas pris la peine.",
     "frustration"),
    ("en", "We were disappointed to see that Luna missed her appointment again.",
     "disappointment"),
    ("fr", "Nous sommes déçus de constater que Luna a encore manqué son rendez-vous.",
     "disappointment"),
])
def test_negative_tone_in_other_words(analyse, lang, text, tone):
    assert _tone(analyse, text, lang).raw.get(tone, 0) >= 1.5


@pytest.mark.parametrize("lang,text", [
    ("en", "Appointment cancelled. Please do not reply to this message. Our records indicate "
           "an outstanding balance."),
    ("fr", "Rendez-vous annulé. Merci de ne pas répondre à ce message. Nos registres indiquent "
           "un solde débiteur."),
    ("en", "Late pupils will no longer be accepted in class. Your claim has been declined."),
    ("fr", "Les élèves en retard ne seront plus acceptés en cours. Votre demande est refusée."),
])
def test_a_notice_that_closes_the_door_reads_cold(analyse, lang, text):
    assert _tone(analyse, text, lang).raw.get("coldness", 0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your reply! Your refund has been sent and we look forward to seeing "
           "you again."),
    ("fr", "Merci pour votre réponse ! Votre remboursement est parti et nous avons hâte de "
           "vous revoir."),
    ("en", "Have a read of the guide whenever suits you, and tell us how it goes."),
    ("fr", "Lisez le guide quand vous le souhaitez, et dites-nous ce que vous en pensez."),
])
def test_a_warm_reply_stays_free_of_these_words(analyse, lang, text):
    tone = _tone(analyse, text, lang)
    assert sum(tone.raw.get(t, 0) for t in reading.NEGATIVE + (reading.COLD,)) < 1.0


@pytest.mark.parametrize("lang,account,own", [
    ("fr", "Vous nous écrivez que le coffret n'est toujours pas arrivé, après deux appels "
           "restés sans suite.",
     "Le coffret n'est toujours pas arrivé, et vos deux appels sont restés sans suite."),
    ("en", "You told us that the parcel is still not here and that nobody called back: "
           "unacceptable, you said.",
     "The parcel is still not here and nobody called back: unacceptable."),
])
def test_the_customers_account_said_back_holds_their_grievances(analyse, lang, account, own):
    def negative(text):
        return sum(_tone(analyse, text, lang).raw.get(t, 0) for t in reading.NEGATIVE)

    assert negative(account) == 0.0
    assert negative(own) >= 1.5


def test_a_threat_in_cold_words_is_still_negative():
    limits = {"negative_min": 2.5, "negative_share": 0.4}
    threat = reading.ToneReading({"pressure": 2.5, "coldness": 2.2, "solution": 1.1,
                                  "speed": 1.0, "deal": 0.2})
    assert reading.negative(threat, (), limits) == "pressure"
    diluted = reading.ToneReading({"pressure": 2.5, "solution": 2.2, "joy": 1.1,
                                   "speed": 1.0, "deal": 0.2})
    assert reading.negative(diluted, (), limits) is None
