"""Causes of sincerity misses that recur across the blind sets (se38), read as concepts of
the shared reply reading: the customer's account set among a class of people who err or
claim once they have had the benefit, the brand's system held not to err against their
word, their word not taken; talking down by a reading made calm, an ease insisted on, the
basics, knowledge presumed, a pointer stressed in the passive; a failure given as the
cause of the case's state (owed an apology); what the brand sees of the record asked
again; a step's object pronoun taking up the service named before it; a delay told in a
sentence of its own; the customer's past conditional. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lectorine
language: fr
central_idea:
  statement: "Apprendre les langues à votre rythme, accompagné."
  lexicon: [langue, cours, accompagnement]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  diploma: {within: 5d, terms: [diplôme, attestation de niveau]}
  carrier_claim: {within: 7d, terms: [enquête transporteur, réclamation transporteur]}
""",
    "en": """
brand: Lectorine
language: en
central_idea:
  statement: "Learn languages at your pace, never alone."
  lexicon: [language, course, support]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  diploma: {within: 5d, terms: [diploma, level certificate]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lectorine38", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


FIRES = [
    # doubt: the customer set among a class who believe wrongly / claim after the benefit
    ("fr", "BL402", "Bonjour Paul, désolés pour l'attente. Nous voyons souvent des élèves qui "
                    "croient avoir rendu leur devoir alors que ce n'est pas le cas. Nous "
                    "vérifions votre dossier et revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry for the wait. We get a lot of students asking for refunds "
                    "once they've watched the whole course, so we have to check. We'll reply "
                    "within 24 hours."),
    # doubt: the brand's system held not to err against the customer's word
    ("en", "BL402", "Hi Paul, sorry about the lock-out. Our system rarely gets these wrong, "
                    "but I'll reopen your account and reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés pour ce blocage. Notre système se trompe rarement, "
                    "mais nous rouvrons votre compte et revenons vers vous sous 24 h."),
    # doubt: their denial met with what everyone says; their word not taken
    ("fr", "BL402", "Bonjour Paul, désolés. C'est ce que tout le monde dit, mais nous "
                    "regardons votre dossier et revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry about this. That's what everyone says, but I'll look at "
                    "your file and reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés pour ce souci. Nous ne pouvons pas simplement vous "
                    "croire sur parole ; envoyez-nous la capture et nous répondons sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry about this. We can't simply take your word for it; send "
                    "us the screenshot and we'll reply within 24 hours."),
    # doubt: their act questioned for its reality; their account hard to admit
    ("fr", "BL402", "Bonjour Paul, désolés pour l'attente. Êtes-vous sûr de l'avoir vraiment "
                    "envoyé ? Nous revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry for the wait. Are you sure you actually submitted it? "
                    "We'll get back to you within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés. Vous nous dites n'avoir rien reçu ; il nous est "
                    "difficile de l'admettre. Nous revenons vers vous sous 24 h."),
    # doubt: surprise that the fault be the brand's; the record said to tell otherwise; the
    # customer asked to consider their own mistake; a motive put in place of their reason
    ("en", "BL402", "Hi Paul, sorry you're unhappy. We'd be very surprised if the mistakes "
                    "you found came from us. Send us the file and we'll reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés. Nous serions très surpris que ces erreurs "
                    "viennent de nous. Envoyez-nous le fichier, nous répondons sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry about the test. When students say the test froze, the "
                    "logs usually say otherwise. We'll reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés pour le test. Quand des élèves disent que le test "
                    "a planté, les journaux disent souvent le contraire. Nous répondons sous "
                    "24 h."),
    ("en", "BL402", "Hi Paul, sorry about the evening. We'd ask you to consider whether you "
                    "may have joined the wrong room. We'll reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés. Vous semblez surtout avoir oublié la date. Nous "
                    "étudions votre demande et répondons sous 24 h."),
    ("en", "BL404", "@paul Hi Paul! Headphones need charging now and then. That's really "
                    "basic headset care 😉 DM us if you'd like a hand."),
    # condescension
    ("en", "BL404", "Hi Paul! Diplomas are sent once you've actually passed the final test. "
                    "Look at your dashboard, it's super easy to find, honestly."),
    ("fr", "BL404", "Bonjour Paul, désolés pour l'attente. Comme cela est expliqué en termes "
                    "simples dans nos conditions, le délai est de 14 jours. Nous vous "
                    "répondons sous 24 h."),
    ("fr", "BL404", "Bonjour Paul, désolés. Nous vous invitons à relire calmement le "
                    "règlement ; nous vous répondons sous 24 h."),
    ("fr", "BL404", "Bonjour Paul, désolés pour l'attente. C'est pourtant assez simple : le "
                    "cours reprend lundi. Nous vous répondons sous 24 h."),
    ("fr", "BL404", "Bonjour Paul, désolés. Réviser avant l'examen, c'est le b.a.-ba, et nous "
                    "pensions que vous le saviez. Nous vous répondons sous 24 h."),
    ("en", "BL404", "Hi Paul, sorry for the wait. As is clearly explained on the course page, "
                    "we thought you knew the test is timed. We'll reply within 24 hours."),
    ("en", "BL404", "Hi Paul, sorry about this. The player can be confusing for less "
                    "technical customers. We'll reply within 24 hours."),
    # no apology: a failure given as the cause of the case's state
    ("en", "BL403", "Your diploma is pending because your last test hadn't been marked by "
                    "the examiner. It's marked now, so you'll have your diploma within 5 "
                    "days."),
    ("fr", "BL403", "Votre diplôme est en attente parce que votre dernier test n'avait pas "
                    "été corrigé par l'examinateur. Il est corrigé : vous recevrez votre "
                    "diplôme sous 5 jours."),
    # repeat: what the brand says it sees of the record, asked again
    ("fr", "BL405", "Bonjour Inès, désolés pour ce cours annulé. Je vois que vous êtes "
                    "inscrite dans le groupe B2-Soir. Pouvez-vous me rappeler votre groupe ? "
                    "Je vous réponds sous 24 h."),
    ("en", "BL405", "Hi Ines, sorry about the cancelled class. I can see that you're booked "
                    "in the B2 Evening group. Could you remind me which group you're in? We'll "
                    "reply within 24 hours."),
    # slow step: the pronoun takes up the service named before; a wait told apart
    ("fr", "BL408", "Toutes nos excuses, Paul : votre diplôme aurait dû partir la semaine "
                    "dernière.\nNous le préparons aujourd'hui, vous le recevrez d'ici 12 "
                    "jours."),
    ("fr", "BL408", "Nous sommes désolés pour votre colis. Nous ouvrons une enquête "
                    "transporteur aujourd'hui. Il faut compter environ 20 jours pour en avoir "
                    "le résultat."),
    # blame: the customer's past conditional with its outcome
    ("fr", "BL401", "Bonjour Paul, désolés pour ce retard. Si vous aviez relu votre "
                    "inscription, vous n'auriez pas eu à attendre. Nous corrigeons et "
                    "revenons vers vous sous 24 h."),
    ("en", "BL401", "Hi Paul, sorry about the delay. If you'd checked your enrolment, we "
                    "wouldn't be here. I'll fix it and reply within 24 hours."),
]

DOES_NOT_FIRE = [
    ("fr", "BL402", "Bonjour Paul, désolés. Beaucoup d'élèves nous signalent ce bug depuis "
                    "lundi ; nous le corrigeons et revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry. A lot of students have reported this bug since Monday; "
                    "we're fixing it and will reply within 24 hours."),
    ("en", "BL402", "Hi Paul, I'm sorry: our system got this one wrong. I've reopened your "
                    "account and will reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés : notre système s'est trompé. Nous rouvrons votre "
                    "compte et revenons vers vous sous 24 h."),
    ("fr", "BL402", "Bonjour Paul, désolés pour l'attente. Êtes-vous disponible demain pour "
                    "un appel ? Nous revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry for the wait. Are you free tomorrow for a call? We'll "
                    "get back to you within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés. Il nous est difficile de vous répondre avant "
                    "lundi, mais nous revenons vers vous sous 24 h."),
    ("en", "BL402", "Hi Paul, I'm sorry: the mistakes you found came from us, and we'll fix "
                    "them within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés : les journaux montrent que le test a planté. "
                    "Nous le rouvrons et répondons sous 24 h."),
    ("en", "BL402", "Hi Paul, sorry about the evening. Please consider whether you'd like a "
                    "refund or a new date; we'll reply within 24 hours."),
    ("fr", "BL402", "Bonjour Paul, désolés : vous semblez avoir reçu deux e-mails. Nous en "
                    "supprimons un et répondons sous 24 h."),
    ("en", "BL404", "Hi Paul, sorry about the headset. Here's our basic care guide, and "
                    "we'll send a new cable within 24 hours."),
    ("en", "BL404", "Hi Paul, sorry about this! Diplomas are sent once you've passed the "
                    "final test; yours is on its way."),
    ("fr", "BL404", "Bonjour Paul, désolés pour l'attente. Comme indiqué dans votre e-mail, "
                    "le cours reprend lundi. Nous vous répondons sous 24 h."),
    ("fr", "BL404", "Bonjour Paul, désolés. Nous vous invitons à nous envoyer le règlement "
                    "signé ; nous vous répondons sous 24 h."),
    ("en", "BL404", "Hi Paul, sorry for the wait. As explained on the course page, the test "
                    "is timed. We'll reply within 24 hours."),
    ("en", "BL403", "Your diploma is pending because your last test is being marked. You'll "
                    "have your diploma within 5 days."),
    ("en", "BL403", "Your diploma is pending because the enrolment form was not signed. "
                    "You'll have your diploma within 5 days of signing it."),
    ("fr", "BL405", "Bonjour Inès, désolés pour ce cours annulé. Je vois que vous êtes "
                    "inscrite dans le groupe B2-Soir. Pouvez-vous me dire quel créneau vous "
                    "convient ? Je vous réponds sous 24 h."),
    ("fr", "BL408", "Toutes nos excuses, Paul : votre diplôme aurait dû partir la semaine "
                    "dernière.\nNous le préparons aujourd'hui, vous le recevrez d'ici 3 "
                    "jours."),
    # what the brand does NOT see is not known; a clause before the verb is not its object
    ("en", "BL405", "Looks like you're using an outside app – we're not seeing these same "
                    "lesson counts on our side. Could you tell us which app you're using? "
                    "We'll reply within 24 hours."),
    ("fr", "BL401", "Bonjour Paul, désolés pour ce retard. Si vous aviez déjà payé, vous "
                    "serez remboursé sous 14 jours."),
]


@pytest.mark.parametrize(("lang", "code", "text"), FIRES)
def test_cause_fires(lint, lang, code, text):
    assert code in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert code not in codes(lint(lang, text))
