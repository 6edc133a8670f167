"""What round 18 (sincerity-blind17 as a development set, and real customer-care copy judged
by hand) taught the reading of a service reply: the customer likened to others who claim
falsely is doubt; what a message the customer sent carries is given; the agent's signature,
a wish for comfort and the customer's feelings passed on move nothing; a thing handed back
marked, a booking system's double booking, the wrong model fitted are admitted problems; a
problem heard in the customer's account ("it sounds like a GPU error") or a kind of fault a
trade deals with admits nothing; a courtesy apology that opens the answer to a question owes
no next step; a report about a service sent tomorrow is no step of that service. Each concept
fires in its true form and stays silent in its near miss, in French and English, on the real
models. The texts are our own, of the same shapes as the ones read."""

from __future__ import annotations

import pytest

REPAIR = {
    "fr": """
brand: Pelvane
language: fr
central_idea:
  statement: "Vos appareils réparés près de chez vous, sans mauvaise surprise."
  lexicon: [réparation, atelier, appareil, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social_care: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  diagnostic: {within: 1h, terms: [diagnostic]}
  repair: {within: 5d, terms: [réparation]}
""",
    "en": """
brand: Pelvane
language: en
central_idea:
  statement: "Your devices repaired near you, with no bad surprise."
  lexicon: [repair, workshop, device, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social_care: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  diagnostic: {within: 1h, terms: [diagnostic]}
  repair: {within: 5d, terms: [repair]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(REPAIR, "pelvane", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL402: the customer likened to others who claim falsely ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour cette panne. Nous devons rester prudents : beaucoup de "
           "clients signalent une casse après coup pour éviter les frais. Déposez l'appareil "
           "en boutique, le diagnostic se fait en 1 h."),
    ("fr", "Désolés pour ce souci. Ce type de réclamation arrive souvent quelques jours après "
           "une chute. Déposez l'appareil en boutique, le diagnostic se fait en 1 h."),
    ("fr", "Conseiller : Depuis lundi, vraiment ? Parce que souvent les gens nous disent ça "
           "pour passer plus vite. Je vous mets un rendez-vous jeudi à 10 h."),
    ("en", "Sorry to hear that. Before we go further: in our experience, \"it just stopped "
           "working\" usually means it took a knock. Bring it in for a free diagnostic."),
    ("en", "Sorry about that. We get a lot of calls where it turns out the device was just "
           "switched off. I'll book you a repair slot for Thursday at 10:00."),
    ("en", "Sorry about the screen. Many customers report a fault after the fact to avoid the "
           "excess. Bring it in and we'll run a diagnostic within the hour."),
])
def test_likened_to_others_who_claim_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    # many customers reporting the same fault, a backlog, what most people find easier
    ("fr", "Nous sommes désolés pour cette panne. Beaucoup de clients nous signalent le même "
           "problème depuis la mise à jour : nous vous rappelons demain à 10 h."),
    ("fr", "Désolés pour l'attente. Ce type de panne arrive souvent après une coupure de "
           "courant : déposez l'appareil, le diagnostic se fait en 1 h."),
    ("en", "Sorry about the fault. Many customers have reported the same issue since the "
           "update, so we've escalated it and will call you back tomorrow at 10:00."),
    ("en", "Sorry for the wait. A lot of customers find it easier to book online to avoid the "
           "queue; I've booked your repair for Thursday at 10:00."),
    ("en", "Sorry for the trouble. If the screen says \"pending\", it usually means the "
           "payment was still processing. We'll check it today."),
])
def test_near_miss_others_without_a_hidden_truth(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL405: what the customer's message carries is given -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Ward,\n\nThank you for your reply with the serial number and the photo of "
           "your repair receipt.\n\nTo open your claim, please send us the serial number of "
           "the device and a copy of your receipt. We will handle your claim within 5 "
           "days."),
    ("fr", "@lea_m Merci pour la photo du ticket de dépôt n° PV-44120 et pour le modèle "
           "(Galaxy S21) ! Pour retrouver votre dossier, pouvez-vous nous envoyer en MP le "
           "numéro de votre ticket de dépôt et le modèle de l'appareil ?"),
])
def test_what_a_message_carried_asked_again(lint, lang, text):
    assert found(lint(lang, text, "social_care"), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for your reply with the serial number. Could you also send a photo of "
           "your repair receipt?"),
    ("fr", "Merci pour la photo du ticket de dépôt. Pouvez-vous aussi nous envoyer une photo "
           "de la facture ?"),
])
def test_near_miss_something_else_asked(lint, lang, text):
    assert not found(lint(lang, text, "social_care"), "BL405")


# -- BL407: a signature, a wish, feelings passed on move nothing -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "@kim We're really sorry the new battery drains so fast, we understand why you're "
           "fed up. Thanks for flagging it with us, it really helps. – Sam"),
    ("en", "Caller: The technician never came.\nAgent: I'm really sorry, that's not "
           "acceptable. I'll make sure the team knows how you feel about it. Do stay warm."),
    ("fr", "Nous sommes sincèrement désolés : votre tablette vous a été rendue avec une rayure "
           "sur la coque qui n'y était pas au dépôt.\n\nMerci de votre confiance, et encore "
           "toutes nos excuses."),
    ("fr", "Je suis vraiment désolé, ce n'est pas acceptable. Je fais remonter votre "
           "mécontentement à l'équipe. Restez bien au chaud."),
])
def test_nothing_moves_the_case(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "@kim We're really sorry the new battery drains so fast. We'll replace it free of "
           "charge: bring it in on Thursday. – Sam"),
    ("en", "I'm really sorry, that's not acceptable. I'll make sure the team knows, and a "
           "technician will call you today before 5 pm. Do stay warm."),
    ("fr", "Nous sommes sincèrement désolés : votre tablette vous a été rendue avec une rayure. "
           "Nous remplaçons la coque gratuitement, elle sera prête jeudi."),
])
def test_near_miss_a_step_after_the_courtesy(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL403: admitted problems said as facts ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Yes, our booking system double-booked your slot and the technician had left. Your "
           "repair is now set for Monday 11:00."),
    ("en", "We acknowledge that the part fitted on 3 March was the wrong model for your "
           "device. The correct part will be fitted within 5 days."),
    ("fr", "Effectivement, la pièce posée le 3 mars était le mauvais modèle. La bonne pièce "
           "sera posée sous 5 jours."),
    ("fr", "Votre tablette vous a été rendue avec une rayure sur la coque. Nous remplaçons la "
           "coque jeudi."),
])
def test_a_fault_said_as_a_fact_needs_an_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    # « intervenir » alone says the problem happened; only « intervenir sur » is a trade
    ("fr", "Lors des travaux, une coupure non annoncée est intervenue le 12 mars de 9 h à "
           "16 h. Le réseau a été remis en service en fin d'après-midi."),
])
def test_a_problem_that_happened_is_admitted(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    # the fault owned or apologised for; a problem heard in their account; a trade's field
    ("en", "Sorry, our booking system double-booked your slot. Your repair is now set for "
           "Monday 11:00."),
    ("en", "That doesn't sound like a bug, it sounds like a graphics card error! Mind if we "
           "help fix it? Which model of card have you got?"),
    ("fr", "Toutes nos excuses : la pièce posée le 3 mars était le mauvais modèle. La bonne "
           "pièce sera posée sous 5 jours."),
    ("en", "The code you entered was the wrong one. Please try again with the code in your "
           "email."),
    ("fr", "Le modèle que vous avez choisi était le mauvais modèle pour votre appareil : "
           "choisissez la référence B dans la liste."),
    ("fr", "Sortez de la maison et appelez le numéro d'urgence gaz : ce sont eux qui "
           "interviennent sur les fuites, à toute heure. Rappelez-nous ensuite."),
    ("en", "Leave the house and call the gas emergency line: they deal with leaks at any "
           "hour. Call us back afterwards."),
])
def test_near_miss_owned_heard_or_a_trade(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL407: a courtesy apology that opens an answer owes no next step -----------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "My apologies. If that flight never showed up in your search, that would mean it "
           "was full."),
    ("fr", "Toutes nos excuses. Si ce créneau n'apparaissait pas, c'est parce qu'il était "
           "déjà complet."),
])
def test_an_answer_resolves(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "My apologies for the delay. That would mean your repair was held up at the "
           "workshop."),
    ("fr", "Toutes nos excuses pour ce retard. C'est parce que la pièce n'était pas arrivée."),
])
def test_near_miss_an_explanation_of_an_admitted_problem(lint, lang, text):
    assert found(lint(lang, text), "BL407")


# -- BL408: a report about a service is not that service's step ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour cette panne. Nous vous envoyons demain le rapport de diagnostic à "
           "transmettre à votre assurance."),
    ("en", "Sorry about the fault. We'll email you the diagnostic report tomorrow for your "
           "insurer."),
])
def test_a_report_sent_is_not_the_service(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour cette panne. Le diagnostic sera fait demain."),
    ("en", "Sorry about the fault. We'll run the diagnostic tomorrow."),
])
def test_near_miss_the_service_itself_tomorrow(lint, lang, text):
    assert found(lint(lang, text), "BL408")


# -- the lexicon: a key written twice silently replaces the first (YAML keeps the last) ------
def test_reply_lexicon_keys_are_unique():
    import re
    from pathlib import Path

    import brandlint.analysis.lexicons as lexicons

    text = (Path(lexicons.__file__).parent / "reply.yaml").read_text(encoding="utf-8")
    keys = re.findall(r"^([A-Za-z_][\w-]*):", text, re.M)
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
