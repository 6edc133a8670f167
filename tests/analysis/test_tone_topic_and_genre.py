"""Round 16's real-copy false alarms and tone-blind16's misses read as concepts. Each
concept firing and its near miss, FR and EN, on the real models:

- a weak cue said again and again names the draft's subject ("new" eight times in a post
  about new certificates), not a tone: only its first two sayings count;
- an acronym the draft uses as a name (spelled out in brackets, owning something, « l'ISRG »)
  is no raised voice;
- a problem told in the past of others on a page that tells the brand's fix ("Subscribers
  were hitting limits, leaving them unable to… we patched") is not the brand's frustration;
- a bullet's label ("- Stability and Compliance: …") names its point, no tone;
- a FAQ's question on what a thing is or how long it lasts (« Quelle est la durée de vie… ? »,
  "How long are certificates valid?") opens an explanation;
- in a service reply, a yes/no question on what the customer did ("did you block any
  words?") is the diagnosis, not collaboration; a feature named with a collaboration word
  ("comment settings") neither; « dans laquelle » is a relative, no choice asked;
- the case laid at the reader's door in so many words ("that's on you", « c'est de votre
  faute »), the reader let down (« on vous a laissés tomber », "we let you down"), the terms
  pointed to as the whole answer (« C'est dans les conditions. », "It's in the terms.");
- the close of a sale in a service call ("Shall I add it?", « Je t'inscris à laquelle ? »)
  and its pivot ("Quick one before you go") are a deal;
- BL204: an announcement's stock formula ("X is pleased to announce") with no formal word
  to the reader, and a vous in a broadcast's banter to its followers (a question to the
  crowd, the spoken register), are no register slip."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Orvane
language: fr
address: vous
central_idea:
  statement: "Des certificats pour tous, sans effort."
  lexicon: [certificat, sécurité]
channels:
  blog: {tones: [storytelling, collaboration]}
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy], address: tu}
  after_sales: {tones: [speed, solution], service: true}
  front_desk: {tones: [reassurance, empathy, solution], service: true, address: tu}
  offers: {tones: [deal, joy]}
""",
    "en": """
brand: Orvane
language: en
address: informal
central_idea:
  statement: "Certificates for everyone, with no effort."
  lexicon: [certificate, security]
channels:
  blog: {tones: [storytelling, collaboration]}
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy]}
  after_sales: {tones: [speed, solution], service: true}
  front_desk: {tones: [reassurance, empathy, solution], service: true}
  offers: {tones: [deal, joy]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "orvane", "web")


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    """analyse(text, lang, channel) -> the shared DocAnalysis under this module's profiles."""
    return analyse_profile_texts(PROFILES, "orvane")


def _warnings(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


def _codes(diagnostics) -> set[str]:
    return {d.code for d in diagnostics}


def _weight(analysis, tone: str, signal: str | None = "any") -> float:
    return sum(e.weight for e in analysis.tone.evidence
               if e.tone == tone and (signal == "any" or e.signal == signal))


# -- a weak cue repeated names the subject ----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveaux certificats intermédiaires\n\nLe 13 mars, Orvane a créé dix nouvelles clés "
           "et émis quinze nouveaux certificats. Ces nouveaux certificats donnent des chaînes "
           "plus courtes. Nos nouveaux certificats ressemblent beaucoup aux anciens ; le nouveau "
           "lot remplace celui de 2020."),
    ("en", "New Intermediate Certificates\n\nOn March 13, Orvane generated ten new key pairs and "
           "issued fifteen new certificates. These new certificates give smaller chains. Our new "
           "batch is very similar to the old one, and the new keys replace the ones from 2020. "
           "The new chain ships next month."),
])
def test_a_weak_cue_repeated_names_the_subject(lint_with, analyse, lang, text):
    analysis = analyse(text, lang, "blog")
    words = [e for e in analysis.tone.evidence if e.tone == "surprise" and e.signal is None]
    assert len(words) <= 3  # (« nouveau » and « nouvelle » are two words in French)
    assert "BL205" not in _warnings(lint_with(lang, text, "blog"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Surprise ! Un secret bien gardé, une révélation inattendue, une nouveauté incroyable "
           "et étonnante : personne ne l'a vue venir !"),
    ("en", "Surprise! A well-kept secret, an unexpected reveal, an astonishing and incredible "
           "twist: nobody saw it coming!"),
])
def test_strong_words_still_make_a_tone(lint_with, lang, text):
    assert "BL205" in _warnings(lint_with(lang, text, "web"))


# -- an acronym used as a name is no shouting -------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Groupe de recherche sur la sécurité (GRSI) publie son rapport. Le GRSI tient à la "
           "confiance de ses abonnés, et l'GRSI le redit chaque année."),
    ("en", "The Internet Security Research Group (ISRG) publishes its report. ISRG's most "
           "critical asset is trust, and ISRG says so every year."),
])
def test_an_acronym_named_is_no_shouting(analyse, lang, text):
    assert _weight(analyse(text, lang, "blog"), "pressure", "shouting") == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les inscriptions ferment ce soir. Ce n'est PAS une blague, réservez MAINTENANT."),
    ("en", "Bookings close tonight. This is NOT a drill, book NOW."),
])
def test_a_word_in_capitals_still_shouts(analyse, lang, text):
    assert _weight(analyse(text, lang, "blog"), "pressure", "shouting") > 0


# -- a past problem of others, told on a page ----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Les fenêtres glissantes\n\nCette approche a causé beaucoup de frustration et des "
           "retards : les abonnés ont été bloqués pendant des jours, impossible de renouveler. "
           "En 2022, nous avons corrigé la limite."),
    ("en", "Sliding Windows Got Frustrating\n\nSubscribers were frequently hitting rate limits, "
           "leaving them unable to request certificates for days. This approach caused "
           "unnecessary frustration and delays. In 2022, we patched the limit."),
])
def test_a_past_problem_told_is_not_the_brands_frustration(lint_with, analyse, lang, text):
    assert _weight(analyse(text, lang, "blog"), "frustration") < 1.0
    assert "BL206" not in _warnings(lint_with(lang, text, "blog"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Malheureusement, nous ne pouvons pas vous aider : c'est impossible, et nous sommes "
           "bloqués nous aussi. Frustration totale."),
    ("en", "Unfortunately we're unable to help you with this. It's impossible, and we are stuck "
           "too. Total frustration."),
])
def test_the_brands_own_dead_end_stays_frustration(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "blog"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Franchement, on en a marre. 37 rendez-vous manqués cette semaine, parce que "
           "quelqu'un n'a pas pris la peine d'annuler. Ce n'est pourtant pas si compliqué de "
           "décrocher son téléphone."),
    ("en", "Honestly, we're fed up. 37 missed appointments this week. That's 37 people who "
           "couldn't get a slot because someone just didn't bother to cancel. It's not that "
           "hard to pick up the phone."),
])
def test_venting_at_someone_tells_no_fix(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "social"))


# -- a bullet's label names its point -----------------------------------------------------------

def test_a_bullet_label_is_no_tone(analyse):
    text = ("Objectives\n"
            "- Scale: we issue over a million certificates a day, and want our log to take them.\n"
            "- Stability and Compliance: we target 99% uptime, with no outage over 24 hours.\n"
            "- Low Maintenance: staff time is expensive, we keep the upkeep small.")
    assert [e.text for e in analyse(text, "en", "blog").tone.evidence
            if e.tone == "coldness" and e.text.lower() == "compliance"] == []


def test_compliance_in_a_sentence_stays_cold(analyse):
    text = "Your account was suspended in compliance with our policy. Compliance is mandatory."
    assert any(e.text.lower() == "compliance" for e in analyse(text, "en", "blog").tone.evidence
               if e.tone == "coldness")


def test_a_french_bullet_label_is_no_tone(analyse):
    text = ("Objectifs\n"
            "- Conformité réglementaire : nous visons 99 % de disponibilité chaque mois.\n"
            "- Échelle : nous délivrons un million de certificats par jour.")
    assert not any(e.text.lower().startswith("réglementaire")
                   for e in analyse(text, "fr", "blog").tone.evidence if e.tone == "coldness")


# -- a FAQ's question opens an explanation -------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Quelle est la durée de vie des certificats Orvane ? Pour combien de temps sont-ils "
           "valides ?\nNos certificats sont valides pendant 90 jours. Il n'est pas possible "
           "d'ajuster cela, et il n'y a aucune exception. Nous vous recommandons de les "
           "renouveler tous les 60 jours."),
    ("en", "How long are Orvane certificates valid?\nOur certificates are valid for 90 days. "
           "It is not possible to change that. We recommend renewing them every 60 days."),
])
def test_a_faq_question_opens_an_explanation(lint_with, analyse, lang, text):
    assert analyse(text, lang, "web").function.kind == "explanation"
    assert "BL207" not in _warnings(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pourquoi choisir Orvane ?\nParce que nos certificats sont gratuits et automatiques."),
    ("en", "Why choose Orvane?\nBecause our certificates are free and automatic."),
])
def test_a_sales_hook_is_no_explanation(analyse, lang, text):
    assert analyse(text, lang, "web").function.kind is None


# -- the diagnosis of a case, a feature's name, a relative ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour l'identification, avez-vous bloqué des mots ou des liens précis ? Si oui, "
           "regardez ici les réglages des commentaires : [url]"),
    ("en", "Thanks for the tag, did you block any specific words or links? If yes, check here "
           "to learn about comment settings: [url] If you're referring to something else, let "
           "us know."),
])
def test_a_diagnostic_question_is_no_collaboration(lint_with, analyse, lang, text):
    assert _weight(analyse(text, lang, "after_sales"), "collaboration") < 1.0
    assert "BL205" not in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tu as construit quoi ce week-end ? Partage ta création en commentaire et tague un "
           "ami !"),
    ("en", "What did you build this weekend? Share it in the comments and tag a friend!"),
])
def test_an_invitation_to_comment_stays_collaboration(analyse, lang, text):
    assert _weight(analyse(text, lang, "social"), "collaboration") >= 2.0


def test_a_relative_which_is_no_choice(analyse):
    relative = analyse("Viens dans une tenue dans laquelle tu te sens bien.", "fr", "social")
    asked = analyse("Tu rêves d'une nuit face à la mer ? Viens découvrir nos nouvelles "
                    "chambres. Tu nous dis laquelle tu préfères ?", "fr", "social")
    assert not any(e.text.lower() == "laquelle" for e in relative.tone.evidence)
    assert any(e.text.lower() == "laquelle" for e in asked.tone.evidence)


# -- negative tone in so many words --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Accueil — retard\n\nAccueil : Écoute, si tu arrives vingt minutes en retard, c'est "
           "de ta faute. On ne va pas retenir le cours pour une personne. La prochaine fois, "
           "pars plus tôt. C'est toujours pareil avec toi."),
    ("en", "Desk — late arrival\n\nDesk: Look, if you turn up twenty minutes late, that's on "
           "you. We're not going to hold the class for one person. Next time leave earlier, "
           "honestly. It's the same every week with you."),
])
def test_the_case_laid_on_the_reader_is_frustration(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "front_desk"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Accueil — retard\n\nAccueil : Pas de souci, c'est de notre faute, le planning était "
           "faux. Installe-toi au fond, on t'a gardé un tapis."),
    ("en", "Desk — late arrival\n\nDesk: No worries, that's on us, the timetable was wrong. "
           "Take the mat at the back, we kept one for you."),
])
def test_a_fault_owned_is_no_reproach(lint_with, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "front_desk"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : On vous a laissés tomber\n\nLe vélo cargo ne sortira pas ce printemps : le "
           "cadre a raté son dernier test. On y croyait vraiment. Nous vous avons déçus, et "
           "nous n'avons pas encore de nouvelle date."),
    ("en", "Subject: We're gutted\n\nThe cargo bike won't ship this spring: the frame failed "
           "its last test. We really thought this was the one. We let you down, and we let "
           "ourselves down. We don't have a new date yet."),
])
def test_the_reader_let_down_is_disappointment(lint_with, lang, text):
    diagnostics = lint_with(lang, text, "blog")
    assert "BL206" in _warnings(diagnostics)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le vélo cargo sortira ce printemps comme prévu : le cadre a passé son dernier test. "
           "On y a cru, et on avait raison : rendez-vous en avril !"),
    ("en", "The cargo bike ships this spring as planned: the frame passed its last test. We "
           "thought it could be done, and it was. See you in April!"),
])
def test_a_hope_met_is_no_disappointment(lint_with, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "blog"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Appel SAV — moteur\n\n[Client : Mon moteur ne marche plus, c'est sous garantie ?]\n"
           "Conseiller : La garantie ne couvre pas ça. C'est dans les conditions.\n"
           "[Client : Et je fais quoi ?]\nConseiller : Un devis, si vous voulez. Autre chose ?"),
    ("en", "Support call — motor\n\n[Customer: My motor stopped working, is it under warranty?]\n"
           "Agent: The warranty doesn't cover that. It's in the terms.\n"
           "[Customer: So what do I do?]\nAgent: A quote, if you want. Anything else?"),
])
def test_the_terms_as_the_whole_answer_are_cold(lint_with, lang, text):
    assert "BL207" in _warnings(lint_with(lang, text, "front_desk"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je comprends, c'est frustrant. La garantie couvre le moteur : je vous "
           "envoie un technicien demain matin et je vous rappelle après son passage."),
    ("en", "Agent: I understand, that's frustrating. The warranty covers the motor: I'll send "
           "a technician tomorrow morning and call you back after the visit."),
])
def test_a_covered_repair_is_not_cold(lint_with, lang, text):
    assert "BL207" not in _warnings(lint_with(lang, text, "front_desk"))


# -- the close and the pivot of a sale ------------------------------------------------------------

@pytest.mark.parametrize("lang,text,phrase", [
    ("fr", "Je t'inscris à laquelle ?", "je t'inscris à laquelle"),
    ("en", "Quick one before you go: our Care plan is 30% off. Shall I add it?", "shall i add it"),
])
def test_the_close_of_a_sale_is_a_deal(analyse, lang, text, phrase):
    deal = [e.text.lower() for e in analyse(text, lang, "front_desk").tone.evidence
            if e.tone == "deal"]
    assert any(phrase.startswith(w) or w.startswith(phrase[:10]) for w in deal)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je te rappelle demain à 10 h ?"),
    ("en", "Shall I call you back tomorrow at 10?"),
])
def test_an_offer_to_help_is_no_deal(analyse, lang, text):
    assert _weight(analyse(text, lang, "front_desk"), "deal") == 0


# -- BL204: an announcement's formula, banter to the followers ------------------------------------

def test_an_announcement_formula_alone_is_no_register_slip(lint_with):
    text = ("Orvane and the Open Web Fund to Collaborate\n\nThe Orvane Group, the non-profit "
            "behind Orvane, is pleased to announce our collaboration with the Open Web Fund. "
            "The Fund will provide administrative support, so our staff can focus on our "
            "mission.")
    assert "BL204" not in _codes(lint_with("en", text, "blog"))


def test_an_announcement_to_the_reader_is_formal(lint_with):
    text = ("Dear members of our community, the Orvane Group is pleased to announce the "
            "reopening of its office. We look forward to welcoming you on 4 March.")
    assert "BL204" in _codes(lint_with("en", text, "blog"))


@pytest.mark.parametrize("text", [
    "vous les reconnaissez ? nous aussi… ou presque.",
    "arrêtez de dire la wi-fi ?",
    "le mec qui a inventé le wi-fi vous me le branchez celui-là",
])
def test_a_vous_in_banter_to_followers_is_no_slip(lint_with, text):
    assert "BL204" not in _codes(lint_with("fr", text, "social"))


@pytest.mark.parametrize("text", [
    "iphone 16 pro. un studio pro dans votre poche. bientôt dans votre boutique.",
    "découvrez notre box édition limitée : attention, elle risque de vous faire rougir",
    "Vous avez reçu votre nouvelle box ?",
    "Et vous, qu'en pensez-vous ?",
])
def test_a_vous_to_one_reader_stays_a_slip(lint_with, text):
    assert "BL204" in _codes(lint_with("fr", text, "social"))


# -- comfort for a hard time, a secret kept in other words -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Semaine difficile ? Sois douce avec toi ce soir, repose-toi 💛"),
    ("en", "Rough week? We see you. Be gentle with yourself tonight 💛"),
])
def test_comfort_is_empathy_and_its_time_no_speed(analyse, lang, text):
    analysis = analyse(text, lang, "social")
    assert _weight(analysis, "empathy") >= 2.0
    assert _weight(analysis, "speed", "time_given") == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ton cours de ce soir est confirmé : rendez-vous à 19 h au studio."),
    ("en", "Your class tonight is confirmed: see you at 7pm at the studio."),
])
def test_a_time_given_without_comfort_stays_speed(analyse, lang, text):
    assert _weight(analyse(text, lang, "social"), "speed", "time_given") > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chut…\n\nLe 14 mars, quelque chose de nouveau va rouler dans nos rues. Nous ne "
           "pouvons encore rien montrer. Un indice ? Il a trois roues. Vous n'allez pas le "
           "croire."),
    ("en", "Something's coming\n\nVersion 5.0 hides a secret. We're not saying where. A hint? "
           "It has three wheels. No spoilers."),
])
def test_a_secret_kept_in_other_words_is_surprise(lint_with, lang, text):
    diagnostics = lint_with(lang, text, "web")
    assert "BL205" in _warnings(diagnostics)
    assert any("surprise" in d.message for d in diagnostics if d.code == "BL205")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne pouvons pas montrer votre dossier par téléphone : il vous attend dans votre "
           "espace client, avec la facture et le suivi du vélo."),
    ("en", "We can't show your file by phone: it's waiting for you in your account, with the "
           "invoice and the repair tracking."),
])
def test_a_plain_refusal_to_show_is_no_teaser(analyse, lang, text):
    assert _weight(analyse(text, lang, "web"), "surprise") < 1.0


# -- a commitment kept for the reader --------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce que nous ne ferons jamais\n\nTe peser. Te comparer aux autres. Et personne ne te "
           "regardera si tu restes allongée tout le cours."),
    ("en", "Booking confirmed\n\nArrival: Friday from 3 pm. Free cancellation until 48 hours "
           "before arrival. Nobody will rush you at checkout."),
])
def test_a_commitment_kept_is_reassurance(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert analysis.tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Personne ne vous a prévenue du retard, et nous nous en excusons."),
    ("en", "Cancellation is charged in full less than 48 hours before arrival."),
])
def test_no_commitment_no_reassurance(analyse, lang, text):
    assert _weight(analyse(text, lang, "web"), "reassurance") < 1.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois nuits pour le prix de deux, annulation gratuite jusqu'à 7 jours avant."),
    ("en", "Three nights for the price of two, free cancellation up to 7 days before."),
])
def test_a_waived_cost_in_an_offer_is_part_of_the_deal(analyse, lang, text):
    offer = analyse(text, lang, "offers")
    assert _weight(offer, "reassurance") == 0 and _weight(offer, "deal") >= 1.5
