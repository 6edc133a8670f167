"""Two words read as the page's subject (real check 41, rt41b).

Urgency that names a kind of matter: alwaysdata's help page on its
« Ticket urgent » read as pressure on the reader (« ouvrir un ticket urgent », « le ticket en
mode urgent »), as « tickets urgents » in another host's FAQ and « nous déclenchons une
intervention urgente » in a plumber's reply read a little so. A word of urgency that qualifies
a service matter (a ticket, a request, an intervention, a repair, a mode) names the kind of
that matter or the brand's own act; the reader is pressed by urgency said to them (« c'est
urgent », a shout in capitals, "urgent action required"). Texts our own; FR and EN on the
real models.

A failure named by its noun on a page that reports or documents it: alwaysdata's outage
post-mortem (« panne », « bug », « problème ») read as the brand's frustration, as a bike
workshop's help page on batteries (« pas forcément d'une panne », velorme-fr-014,
tone-blind8) read frustration as its dominant tone. The failure is the page's matter; the
brand's stuck voice (« malheureusement », « nous ne pouvons rien faire ») still counts, and in
a reply the failure is the case.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Nuagerie
language: fr
address: vous
central_idea:
  statement: "Héberger vos sites sans souci, avec une équipe qui répond."
  lexicon: [hébergement, serveur, équipe]
channels:
  help: {tones: [solution, reassurance]}
  web: {tones: [solution, reassurance]}
  blog: {tones: [storytelling, collaboration]}
  email: {tones: [solution, reassurance], service: true}
""",
    "en": """\
brand: Nuagerie
language: en
address: formal
central_idea:
  statement: "Host your sites without worry, with a team that answers."
  lexicon: [hosting, server, team]
channels:
  help: {tones: [solution, reassurance]}
  web: {tones: [solution, reassurance]}
  blog: {tones: [storytelling, collaboration]}
  email: {tones: [solution, reassurance], service: true}
""",
}

FEATURE = {
    "fr": ("Ticket urgent\n"
           "Un ticket urgent est traité par un technicien d'astreinte, de jour comme de nuit. "
           "Pour ouvrir un ticket urgent, choisissez le mode urgent dans le formulaire de "
           "support et décrivez la panne. Si la panne ne vient pas de notre plateforme, "
           "l'intervention urgente est facturée 80 € : le technicien vous le dira avant de "
           "commencer."),
    "en": ("Urgent ticket\n"
           "An urgent ticket is handled by an on-call engineer, day and night. To open an "
           "urgent ticket, choose the urgent mode in the support form and describe the outage. "
           "If the outage does not come from our platform, the urgent intervention is charged "
           "€80: the engineer will tell you before starting."),
}

PUSH = {
    "fr": ("C'est urgent ! Plus que 48 heures pour passer à l'offre Pro au prix actuel. "
           "Dépêchez-vous, après dimanche il sera trop tard."),
    "en": ("This is urgent! Only 48 hours left to switch to the Pro plan at today's price. "
           "Hurry, after Sunday it will be too late."),
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie", "help")


@pytest.fixture(scope="module")
def lint_web(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie", "web")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_about_the_urgent_ticket_does_not_press_the_reader(lint, lang):
    assert "BL206" not in codes(lint(lang, FEATURE[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_urgency_said_to_the_reader_still_presses(lint_web, lang):
    assert "BL206" in codes(lint_web(lang, PUSH[lang]))


@pytest.fixture(scope="module")
def analysed(run_analysed_profile_texts):
    return run_analysed_profile_texts(PROFILES, "nuagerie-reading", "help")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dès votre réponse, nous déclenchons une intervention urgente : un technicien "
           "passe demain matin."),
    ("en", "As soon as you reply, we send an urgent repair: an engineer comes by tomorrow "
           "morning."),
])
def test_the_brands_urgent_act_is_no_pressure_word(analysed, lang, text):
    _, analysis = analysed(text, lang)
    assert not any("urgent" in w.lower() for w in analysis.tone.words("pressure"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "URGENT : votre ticket attend votre réponse, répondez aujourd'hui."),
    ("en", "URGENT: your ticket is waiting for your answer, reply today."),
])
def test_a_shouted_urgent_beside_a_ticket_is_still_pressure(analysed, lang, text):
    _, analysis = analysed(text, lang)
    assert any("urgent" in w.lower() for w in analysis.tone.words("pressure"))


POSTMORTEM = {
    "fr": ("Retour sur la panne du 3 mars\n"
           "Le 3 mars, le serveur de messagerie mail2 a connu une panne de quatre heures. Le "
           "problème venait d'un bug du pilote de la carte réseau, qui a cessé de répondre "
           "sans prévenir. Ce genre de problème matériel est rare, et la panne a duré plus "
           "longtemps que prévu parce que le serveur de secours n'a pas pris le relais. Nous "
           "avons depuis remplacé la carte et testé la bascule vers le serveur de secours."),
    "en": ("Looking back at the outage of 3 March\n"
           "On 3 March, the mail2 mail server had a four-hour outage. The problem came from a "
           "bug in the network card's driver, which stopped answering without warning. This "
           "kind of hardware problem is rare, and the outage lasted longer than planned "
           "because the spare server did not take over. We have since replaced the card and "
           "tested the switch to the spare server."),
}

STUCK = {
    "fr": ("Encore un problème, encore une panne. Malheureusement, nous ne pouvons rien faire "
           "de plus : c'est impossible pour le moment, et nous ne savons pas quand ce bug "
           "sera réglé."),
    "en": ("Another problem, another outage. Unfortunately, we can't do anything more: it's "
           "impossible for now, and we don't know when this bug will be fixed."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_outage_report_names_the_failure_without_sounding_stuck(lint, lang):
    assert "BL206" not in codes(lint(lang, POSTMORTEM[lang], "blog"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_stuck_in_its_own_voice_still_sounds_frustrated(lint, lang):
    assert "BL206" in codes(lint(lang, STUCK[lang], "blog"))


@pytest.mark.parametrize("lang,text,word", [
    ("fr", POSTMORTEM["fr"], "panne"),
    ("en", POSTMORTEM["en"], "problem"),
])
def test_the_failure_a_page_reports_is_no_frustration_word(analysed, lang, text, word):
    _, analysis = analysed(text, lang, "blog")
    assert word not in [w.lower() for w in analysis.tone.words("frustration")]


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Bonjour Léa,\nLe problème de connexion vient d'une panne chez notre fournisseur. "
           "Malheureusement, nous attendons encore son retour.\nClaire", "panne"),
    ("en", "Hi Lea,\nThe login problem comes from an outage at our provider. Unfortunately, we "
           "are still waiting for them to get back to us.\nClaire", "problem"),
])
def test_in_a_reply_the_failure_is_the_case_and_still_counts(analysed, lang, text, word):
    _, analysis = analysed(text, lang, "email")
    assert word in [w.lower() for w in analysis.tone.words("frustration")]
