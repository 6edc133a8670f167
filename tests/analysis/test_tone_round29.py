"""The tone reading of round 29 (lexicon): the reader kept informed (« je vous rappelle
dès que j'en sais plus », "we'll ring you as soon as we hear") and someone already at
work on their case are reassurance; what the reader thought overturned (« croyez-le ou
non », "don't let the name fool you"), a mind blown (🤯) and a newcomer shown ("Meet
Juniper") are surprise; a safeguard told in a passive (« désinfectés », "sterilised") is
the standard kept, not an office's coldness. Real models, FR and EN, each with its near
miss."""

from __future__ import annotations

import pytest


def _words(tone, name):
    return [e.text.lower() for e in tone.evidence if e.tone == name and e.weight > 0]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Client : Mon cours de ce soir est annulé ?\nConseillère : Je suis désolée, le "
           "gymnase est privé de courant. Notre électricien travaille dessus en ce moment, et "
           "je vous rappelle dès que je sais si le cours peut avoir lieu."),
    ("en", "Caller: Is tonight's class off?\nAgent: I'm sorry, the gym has lost power. Our "
           "electrician is working on it now, and I'll ring you back as soon as I know "
           "whether the class can go ahead."),
])
def test_a_caller_kept_informed_while_it_is_fixed_is_reassured(analyse, lang, text):
    tone = analyse(text, lang, "phone_script").tone
    assert [e for e in tone.evidence if e.signal == "kept_informed"]
    assert tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit,\n\nVotre lampe est à l'atelier. On te prévient quand "
           "elle est prête, et nous vous envoyons un SMS dès que le devis est fait."),
    ("en", "Hi Sam,\n\nYour lamp is at the workshop. I'll let you know once the quote is "
           "ready, and we'll send you a text when it is done."),
])
def test_the_brand_calling_when_the_news_comes_keeps_the_reader_informed(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert len([e for e in tone.evidence if e.signal == "kept_informed"]) == 2
    # the call is also the brand's act
    assert tone.raw.get("solution", 0.0) > 0


@pytest.mark.parametrize("lang,text", [
    # the brand's call reminds the reader of a rule, lies in the past, or sends a thing:
    # nobody is kept informed of news to come
    ("fr", "Bonjour Madame Roux,\n\nNous vous rappelons que la cotisation est due dès "
           "réception de la facture. Nous vous avons appelée quand elle est partie, et je vous "
           "envoie la notice dès réception du paiement."),
    ("en", "Dear Ms Roux,\n\nWe called you on Monday when the invoice was issued, and we "
           "will send you the manual once the payment arrives."),
])
def test_a_reminder_a_past_call_or_a_thing_sent_keeps_no_one_informed(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert not [e for e in tone.evidence if e.signal == "kept_informed"]
    assert tone.raw.get("reassurance", 0.0) == 0.0


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Croyez-le ou non, ce petit pot de basilic a donné trois kilos de feuilles cet "
           "été. 🤯 Et chez vous, quel record ?", "croyez-le ou non"),
    ("fr", "Tu pensais connaître le parcours par cœur ? Cette nuit, on a tout changé de "
           "place. Viens voir et dis-nous ce que tu en penses !", "tu pensais connaître"),
    ("en", "Don't let the grey label fool you: this is the sunniest jam we have ever made. "
           "What would you spread it on?", "don't let the grey label fool you"),
    ("en", "Meet Juniper 🌿 our new sourdough, with toasted seeds and a crackling crust. "
           "Which loaf should she sit next to?", "meet"),
])
def test_an_expectation_overturned_or_a_newcomer_shown_is_surprise(analyse, lang, text, word):
    tone = analyse(text, lang, "social").tone
    assert word in _words(tone, "surprise")
    assert tone.dominant == "surprise"


@pytest.mark.parametrize("lang,text,word", [
    # an invitation to meet, what the reader thinks asked for: no reveal
    ("fr", "Tu penses quoi de notre parcours ? Dis-nous tout en commentaire !", "tu penses"),
    ("en", "Meet us at the Saturday market and tell us which jam you'd like next!", "meet"),
])
def test_an_invitation_or_an_opinion_asked_is_no_reveal(analyse, lang, text, word):
    tone = analyse(text, lang, "social").tone
    assert not any(word in w for w in _words(tone, "surprise"))
    assert tone.dominant != "surprise"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Hygiène\nLes instruments sont stérilisés après chaque soin et les fauteuils sont "
           "désinfectés entre deux clients."),
    ("en", "Hygiene\nEvery instrument is sterilised after each treatment and the chairs are "
           "disinfected between clients."),
])
def test_a_safeguard_told_in_the_passive_is_reassurance(analyse, lang, text):
    tone = analyse(text, lang, "store").tone
    assert tone.dominant == "reassurance"
    assert tone.raw.get("coldness", 0.0) < tone.raw["reassurance"]


@pytest.mark.parametrize("lang,text", [
    # a passive of the office's decision, no safeguard: still cold
    ("fr", "Les demandes de remboursement sont examinées par le service compétent et les "
           "dossiers incomplets sont classés sans suite."),
    ("en", "Refund requests are examined by the relevant department and incomplete files "
           "are closed without further notice."),
])
def test_an_office_passive_stays_cold(analyse, lang, text):
    tone = analyse(text, lang, "store").tone
    assert tone.raw.get("reassurance", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre premier soin chez nous\nLa praticienne vous explique chaque geste avant de "
           "le faire, et rien n'est facturé sans votre accord. Commencez quand vous êtes "
           "prête."),
    ("en", "Your first treatment with us\nThe therapist explains each step before she takes "
           "it, and nothing is charged without your approval. Start whenever you feel ready."),
])
def test_the_readers_say_kept_is_reassurance(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    # the reader's own pass asked for, no consent of theirs: no reassurance
    ("fr", "Accès au vestiaire\nVous ne pouvez pas entrer sans votre badge."),
    ("en", "Changing rooms\nYou cannot come in without your badge."),
])
def test_a_thing_required_is_no_consent_kept(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert tone.raw.get("reassurance", 0.0) == 0.0
