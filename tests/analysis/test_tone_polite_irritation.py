"""Off-tone drafts written without the textbook words: irritation behind polite phrasing
(the reader reminded of what was said, a favour that will not be repeated), coldness
through curt script turns and a bare salutation, guilt-tripping disappointment, scarcity
told as the reader's loss; and their near misses: a refusal that offers another way, a
technical expiry with its date, a warm script, a draft in another language. FR and EN on
the real models."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone as reading


def _tone(analyse, text, lang, channel="after_sales"):
    return analyse(text, lang, channel).tone


def _negative(tone):
    return sum(tone.raw.get(t, 0) for t in reading.NEGATIVE)


@pytest.mark.parametrize("lang,text", [
    ("en", "As mentioned on the product page, perfume should be kept away from heat. We trust "
           "this clarifies the matter."),
    ("fr", "Comme je vous l'ai dit mardi, la pièce est en rupture. On n'y peut rien : quand "
           "ça arrive, ça arrive."),
])
def test_a_reminder_of_what_was_said_reads_as_frustration(analyse, lang, text):
    tone = _tone(analyse, text, lang)
    assert tone.dominant == "frustration"
    assert reading.negative(tone, ("empathy", "solution"), reading.thresholds(
        analyse(text, lang, "after_sales").profile)) == "frustration"


@pytest.mark.parametrize("lang,text", [
    ("en", "As you asked, we have cleaned the bottom bracket and regreased it. It is ready "
           "for collection."),
    ("fr", "Comme convenu, nous avons nettoyé le boîtier de pédalier. Votre vélo est prêt."),
])
def test_a_plain_account_of_the_work_is_not_irritated(analyse, lang, text):
    assert _negative(_tone(analyse, text, lang)) < 1.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Maison Verlhac.\nCaller: Will it arrive by Saturday?\nAgent: Order number?"
           "\nCaller: VH-40712.\nAgent: Shipped. Should be. Anything else?"),
    ("fr", "Agent : Les Pions Volants, bonjour.\nClient : On peut venir à douze ?\nAgent : Non."
           "\nClient : Et demain ?\nAgent : Non plus. Autre chose ?"),
])
def test_curt_turns_in_a_script_read_cold(analyse, lang, text):
    tone = _tone(analyse, text, lang, "phone_script")
    assert tone.raw.get("coldness", 0) >= 2.0
    assert "curt_turn" in {e.signal for e in tone.evidence}


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Maison Verlhac, Hélène speaking.\nCaller: Will it arrive by Saturday?\n"
           "Agent: Let me check for you. Yes! It left yesterday and should reach you on "
           "Friday, so you're fine."),
    ("fr", "Agent : Les Pions Volants, bonjour !\nClient : On peut venir à douze ?\nAgent : Ce "
           "soir, c'est complet à douze, mais je peux vous installer demain à 19 h."),
    ("fr", "Conseiller : Gondavel, Romain. Je t'écoute.\nAppelante : J'ai tout cassé.\n"
           "Conseiller : Non, rassure-toi, tu n'as rien cassé, le disjoncteur a fait son "
           "travail."),
])
def test_a_warm_script_has_no_curt_turn(analyse, lang, text):
    tone = _tone(analyse, text, lang, "phone_script")
    assert "curt_turn" not in {e.signal for e in tone.evidence}


@pytest.mark.parametrize("lang,opening,named", [
    ("fr", "Madame,\n\n", "Bonjour Madame Lambert,\n\n"),
    ("en", "Dear Customer,\n\n", "Dear Ms Carter,\n\n"),
])
def test_a_bare_salutation_reads_cold_a_named_one_does_not(analyse, lang, opening, named):
    body = {"fr": "Votre colis part demain.", "en": "Your parcel leaves tomorrow."}[lang]
    bare = _tone(analyse, opening + body, lang)
    assert "bare_salutation" in {e.signal for e in bare.evidence}
    warm = _tone(analyse, named + body, lang)
    assert "bare_salutation" not in {e.signal for e in warm.evidence}


@pytest.mark.parametrize("lang,refusal,alternative", [
    ("en", "I am sorry to say that we cannot recreate it, and unfortunately it is not "
           "possible to refund an opened bottle.",
     " What our perfumer, Hélène, can do is compose a close reinterpretation for you."),
    ("fr", "Un flacon ouvert ne peut pas être repris, et malheureusement nous ne pouvons pas "
           "le rembourser.",
     " Je vous propose une consultation offerte dans la boutique de votre choix."),
])
def test_a_refusal_with_an_alternative_weighs_less(analyse, lang, refusal, alternative):
    bare = _tone(analyse, refusal, lang)
    offered = _tone(analyse, refusal + alternative, lang)
    assert _negative(offered) + offered.raw.get("coldness", 0) <= \
        0.5 * (_negative(bare) + bare.raw.get("coldness", 0)) + 1e-9
    assert offered.raw.get("solution", 0) > bare.raw.get("solution", 0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Eight of you signed up for Tuesday's night. Two came. We'd set out tea and "
           "biscuits for eight. Just saying 🙃"),
    ("fr", "Notre atelier de samedi n'a réuni que quatre personnes. Nous y avions mis tout "
           "notre cœur 😔 Peut-être l'année prochaine."),
])
def test_a_guilt_trip_reads_disappointed(analyse, lang, text):
    tone = _tone(analyse, text, lang, "social")
    assert tone.dominant == "disappointment"
    assert tone.raw["disappointment"] >= 2.5


@pytest.mark.parametrize("lang,text", [
    ("en", "Eight of you signed up for Tuesday's night and everyone came. We'd set out tea "
           "and biscuits for eight, and they were gone by nine!"),
    ("fr", "Notre atelier de samedi a réuni quarante personnes. Nous y avions mis tout notre "
           "cœur, et vous nous l'avez bien rendu !"),
])
def test_a_turnout_told_happily_is_not_a_guilt_trip(analyse, lang, text):
    assert _tone(analyse, text, lang, "social").raw.get("disappointment", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Service slots are vanishing by the hour. Don't leave it too late, book yours now."),
    ("en", "December weekends are basically gone. Book now, or get ready to explain to your "
           "kid why the party's at home."),
    ("fr", "Le planning d'avril est presque complet. Ceux qui attendent mai rouleront avec des "
           "freins qui couinent. À toi de voir 🤷"),
    ("fr", "Les tables partent en quelques minutes. Si tu ne réserves pas maintenant, tu "
           "risques fort de jouer chez toi."),
])
def test_scarcity_told_as_the_readers_loss_is_pressure(analyse, lang, text):
    tone = _tone(analyse, text, lang, "social")
    assert tone.dominant == "pressure" and tone.raw["pressure"] >= 2.5


@pytest.mark.parametrize("lang,text", [
    ("en", "Your version will stop working on March 14. A root certificate will expire, "
           "causing some features to stop working."),
    ("fr", "Votre version cessera de fonctionner le 14 mars. Un certificat racine expirera à "
           "cette date."),
])
def test_a_technical_expiry_is_a_notice_not_a_countdown(analyse, lang, text):
    assert _tone(analyse, text, lang, "web").raw.get("pressure", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Our spring offer expires on Sunday."),
    ("fr", "L'offre de printemps expire dimanche."),
])
def test_an_offer_that_expires_is_still_a_countdown(analyse, lang, text):
    assert _tone(analyse, text, lang, "web").raw.get("pressure", 0) >= 1.0


def test_a_reply_in_another_language_has_no_tone(analyse):
    german = ("Hi, wir erhalten die Filme so vom jeweiligen Studio. Gebe ich aber direkt als "
              "Feedback dorthin weiter. Gruß ^JS")
    assert _tone(analyse, german, "en").raw == {}
    terse = "Order number? Shipped yesterday. Standard delivery. Goodbye."
    assert _tone(analyse, terse, "en").raw.get("coldness", 0) >= 2.0
