"""Causes of sincerity misses and false alarms read as concepts of the shared reading
(se43). Slow step — a quarterly charge explained is no run the case waits for; the house
rule's window said of things in general is no step; the case named by its thing (« la
réparation de votre vélo ») holds a ranged delay to its service. No apology — the wrong
thing handed over (« n'est pas le modèle prévu », "wasn't the one you chose") after a
confirmation. Repeat — a date in the brand's offer condition is no value the reader
gave. Doubt — a question that doubts the reality of their report or of their check by an
adverb of reality. Condescension — "I'll try to make this simple". No next step — a
clause of time whose subject is the reader is their circumstance, no act of the brand's.
Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rayonne Cycles
language: fr
central_idea:
  statement: "Des vélos réparés pour rouler tous les jours."
  lexicon: [vélo, roue, atelier, rouler]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
    "en": """
brand: Rayonne Cycles
language: en
central_idea:
  statement: "Bikes repaired to ride every day."
  lexicon: [bike, wheel, workshop, ride]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rayonne43", "email")


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# (lang, code, text, words the finding quotes: the part of the reply that is wrong)
FIRES = [
    # slow step: the refund put off to a quarterly run
    ("en", "BL408", "Hi Ana, sorry for the double charge. Your refund will be made at our "
                    "quarterly reconciliation.", "quarterly reconciliation"),
    ("fr", "BL408", "Bonjour Ana, désolés pour ce double débit. Votre remboursement sera fait "
                    "lors de notre régularisation trimestrielle.", "régularisation trimestrielle"),
    # slow step: the window offered for this case, the reader's thing named
    ("en", "BL408", "Hi Tom, sorry the answer at the counter was curt. We can refund your pump "
                    "within 30 days.", "within 30 days"),
    ("fr", "BL408", "Bonjour Tom, désolés pour cet accueil. Nous pouvons vous rembourser sous "
                    "30 jours.", "sous 30 jours"),
    # slow step: the case named by its thing, a range beyond the commitment
    ("fr", "BL408", "Bonjour Madame Roy,\n\nNous sommes désolés que la réparation de votre vélo "
                    "prenne autant de temps.\n\nLa pièce doit être commandée : votre vélo "
                    "devrait être prêt d'ici 3 à 4 semaines.", "3 à 4 semaines"),
    ("en", "BL408", "Dear Ms Roy,\n\nWe're sorry the repair on your bike is taking so long."
                    "\n\nThe part has to be ordered: your bike should be ready in 3 to 4 weeks.",
                    "3 to 4 weeks"),
    # repeat: the date is theirs, then asked again
    ("en", "BL405", "Hi Hamza, your booking starts on 3 September. Please send us your dates "
                    "so we can prepare the bike.", "your dates"),
    # doubt: the reality of their check questioned
    ("en", "BL402", "Hi Ana, sorry about the brakes. Have you actually checked that the cable "
                    "is attached? A mechanic can see you tomorrow at 10.", "actually checked"),
    ("fr", "BL402", "Bonjour Ana, désolés pour les freins. Avez-vous réellement vérifié que le "
                    "câble est fixé ? Un mécanicien vous reçoit demain à 10 h.",
                    "réellement vérifié"),
    ("en", "BL402", "Sorry about that. And are you sure it's actually the wrong tyre? They look "
                    "alike. Bring it in on Thursday.", "actually the wrong"),
    # no apology: the wrong thing handed over, admitted after a confirmation
    ("fr", "BL403", "Effectivement, la selle montée n'est pas le modèle prévu pour votre "
                    "vélo. La bonne selle sera posée jeudi.", "modèle prévu"),
    ("en", "BL403", "You're right, the saddle in your order wasn't the one you chose. The "
                    "right one will be fitted on Thursday.", "the one you chose"),
    # condescension: the explanation announced as brought down to their level
    ("en", "BL404", "Hi Greg. I'll try to make this simple: used pumps can't be refunded. You "
                    "can still exchange it in store until 30 May.", "make this simple"),
    ("fr", "BL404", "Bonjour Greg. Je vais essayer de faire simple : une pompe utilisée n'est "
                    "pas remboursable. Vous pouvez l'échanger en boutique jusqu'au 30 mai.",
                    "faire simple"),
    # no next step: the reader's circumstance is no act
    ("en", "BL407", "So sorry, Ana — a week without your bike when you ride it to work every "
                    "day is really hard. Thanks so much for bearing with us!", "So sorry"),
    ("fr", "BL407", "Vraiment désolés, Ana : une semaine sans votre vélo quand vous roulez "
                    "avec chaque jour pour aller travailler, c'est dur. Merci beaucoup pour "
                    "votre patience !", "désolés"),
]

DOES_NOT_FIRE = [
    # a quarterly charge explained, no run waited for
    ("en", "BL408", "Hi Lukas, sorry the statement was confusing. The second debit of €40 is "
                    "the quarterly maintenance plan in your contract, so I'm afraid we can't "
                    "refund it. Our adviser will call you back within 24 hours."),
    ("fr", "BL408", "Bonjour Lukas, désolés pour ce relevé peu clair. Le second débit de 40 € "
                    "est le forfait trimestriel d'entretien de votre contrat : nous ne pouvons "
                    "pas le rembourser. Un conseiller vous rappelle sous 24 h."),
    # the house rule's window said of things in general
    ("en", "BL408", "Dear Mr Brook, sorry the answer at the counter was curt. We can refund "
                    "accessories within 30 days when they're unused; your pump has been "
                    "fitted, so I'm afraid we can't. Bring it in if it's faulty and we'll "
                    "repair it within 10 days."),
    ("fr", "BL408", "Monsieur Brook, pardon pour cet accueil. Le remboursement est possible "
                    "sous 30 jours pour un accessoire non utilisé : votre pompe a été montée. "
                    "Si elle est défectueuse, nous la réparons sous 10 jours."),
    # a range within the commitment of the case named by its thing
    ("fr", "BL408", "Bonjour Madame Roy,\n\nNous sommes désolés que la réparation de votre vélo "
                    "prenne autant de temps.\n\nLa pièce arrive : votre vélo devrait être prêt "
                    "d'ici 3 à 5 jours."),
    ("en", "BL408", "Dear Ms Roy,\n\nWe're sorry the repair on your bike is taking so long."
                    "\n\nThe part is on its way: your bike should be ready in 3 to 5 days."),
    # repeat: the offer's deadline is no date they gave
    ("en", "BL405", "Hey Priya! Yes, we still have bikes for hire in January. If you book "
                    "before 30 November the first week is 10% off. Drop us a DM with your "
                    "dates and we'll hold one for you."),
    ("fr", "BL405", "Bonjour Priya ! Oui, il nous reste des vélos en location. Si vous réservez "
                    "avant le 15 mai, la première semaine est offerte. Envoyez-nous vos dates "
                    "en MP et on vous en garde un."),
    # doubt: a plain question for a fact, no reality doubted
    ("en", "BL402", "Hi Ana, sorry about the brakes. Have you been able to check whether the "
                    "cable is attached? A mechanic can see you tomorrow at 10."),
    ("fr", "BL402", "Bonjour Ana, désolés pour les freins. Avez-vous pu vérifier si le câble "
                    "est fixé ? Un mécanicien vous reçoit demain à 10 h."),
    # no apology: the wrong thing admitted and apologised for; the plan said, nothing wrong
    ("fr", "BL403", "Effectivement, la selle montée n'est pas le modèle prévu pour votre vélo, "
                    "et nous en sommes désolés. La bonne selle sera posée jeudi."),
    ("en", "BL403", "You're right, the saddle in your order wasn't the one you chose, and "
                    "we're sorry. The right one will be fitted on Thursday."),
    ("fr", "BL403", "Effectivement, la révision prévue pour votre vélo est jeudi à 10 h."),
    # condescension: a simple thing done, no lesson announced
    ("en", "BL404", "Sorry about the wait, Greg. We'll make simple repairs while you wait on "
                    "Saturday morning."),
    ("fr", "BL404", "Désolés pour l'attente, Greg. Nous faisons les réparations simples "
                    "pendant que vous attendez, samedi matin."),
    # no next step: the clause of time names when the brand acts
    ("en", "BL407", "So sorry, Ana. When you bring the bike in on Friday, we'll fit the new "
                    "wheel while you wait."),
    ("fr", "BL407", "Vraiment désolés, Ana. Quand vous passerez vendredi, nous poserons la "
                    "nouvelle roue pendant que vous attendez."),
]


@pytest.mark.parametrize(("lang", "code", "text", "words"), FIRES)
def test_concept_fires_on_the_part_at_fault(lint, lang, code, text, words):
    found = findings(lint(lang, text), code)
    assert found
    assert any(words.lower() in (d.text + d.message).lower() for d in found)


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert not findings(lint(lang, text), code)


def test_on_it_is_a_status_only_as_someone_at_work(lint):
    """'rely on it' is no status: the finding names no step of the reply's."""
    found = findings(lint("en", "So sorry, Ana — we know you rely on it for work. Parts are "
                                "hard to find everywhere at the moment. Thanks for bearing "
                                "with us!"), "BL407")
    assert found and not any("on it" in d.message for d in found)
