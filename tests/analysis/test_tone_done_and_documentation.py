"""tone-blind17's dominant-tone confusions and round 17's real-copy false alarms read as
concepts. Each concept firing and its near miss, FR and EN where the language has it, on the
real models:

- the reader's case done this very day (« c'est remboursé ce matin », "the router was
  replaced this morning") and the case done said as the news (« C'est réparé : », "Done ✅")
  are speed: the wait is already over — not a moment told on a social post, a word said
  earlier (« je vous l'ai déjà dit tout à l'heure »), a question on the case nor a release
  note's "• Fixed:";
- the brand's sorrow with words between (« nous en sommes vraiment désolés ») is empathy, not
  the brand's act nor a passive;
- in a service reply, a request for the case's details after a dash ("Thanks for the tag –
  tell us more about what's going on") is the service at work, not collaboration;
- « il faut moins de démarches » compares an effort (no order), « il vous appartient de A ou
  de B » offers a choice (« il vous appartient de vérifier » stays cold);
- BL204: tu said in a chat's contractions (« tsais », « tkt ») and a call for the followers'
  answers (« on attend vos classements ») leave a plural vous alone."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Orvane
language: fr
address: vous
central_idea:
  statement: "Des billets simples pour tous."
  lexicon: [billet, simple]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy], address: tu}
  after_sales: {tones: [speed, solution], service: true}
  sms: {tones: [speed, solution]}
""",
    "en": """
brand: Orvane
language: en
address: informal
central_idea:
  statement: "Simple tickets for everyone."
  lexicon: [ticket, simple]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy]}
  after_sales: {tones: [speed, solution], service: true}
  sms: {tones: [speed, solution]}
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


def _weight(analysis, tone: str, signal: str | None = "any") -> float:
    return sum(e.weight for e in analysis.tone.evidence
               if e.tone == tone and (signal == "any" or e.signal == signal))


# -- the case done this very day is speed -----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Ruiz, c'est remboursé ce matin (9,90 €), vous le verrez sur votre "
           "compte d'ici quelques jours. Julie"),
    ("fr", "Orvane : votre remboursement de 148,60 € a été viré aujourd'hui sur votre compte."),
    ("en", "Dear Ms Brunet, the 2nd-floor Wi-Fi router was replaced this morning. Thank you for "
           "flagging it. Karim"),
])
def test_the_case_done_today_is_speed(analyse, lang, text):
    channel = "sms" if "Orvane :" in text else "after_sales"
    analysis = analyse(text, lang, channel)
    assert _weight(analysis, "speed", "done_today") > 0
    # (the refund's « remboursé », « d'ici » are solution's too, and outweigh it)
    assert analysis.tone.dominant == "speed" or "remboursé ce matin" in text


@pytest.mark.parametrize("lang,text,channel", [
    # a moment told on a social post, no reader's thing
    ("fr", "Ce matin, quarante-deux tasses sont sorties du four et pas une n'a de défaut.",
     "social"),
    ("en", "This morning forty-two cups came out of the kiln and not one needs a second firing.",
     "social"),
    # a word said earlier, a reproach
    ("fr", "Écoutez, je vous l'ai déjà dit tout à l'heure. C'est marqué sur le site.",
     "after_sales"),
    # news of the house in a reply
    ("en", "Dear Ms Harper, the first peonies of the season arrived this morning and the team "
           "is beaming.", "after_sales"),
    # the reader's own past, a question on the case
    ("en", "You called us this morning about the router. We will send an engineer on Friday.",
     "after_sales"),
    ("en", "Has the watch been worn since this morning? We will book a courier.", "after_sales"),
])
def test_a_past_of_today_that_is_no_case_done(analyse, lang, text, channel):
    assert _weight(analyse(text, lang, channel), "speed", "done_today") == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est réparé : la borne wifi du 2e étage a été changée, merci de nous avoir prévenus."),
    ("en", "Done ✅ Your 6-day pass is on card 01-7731-40. Head straight to the gates."),
])
def test_the_case_done_said_as_the_news_is_speed(analyse, lang, text):
    analysis = analyse(text, lang, "after_sales")
    assert any(e.tone == "speed" and e.signal is None and
               e.text.lower().startswith(("c'est réparé", "done")) for e in analysis.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce coffret est fait pour vous : trois billets, une carte et un plan du site."),
    ("en", "Release notes 5.12\n• Fixed: the basket sometimes emptied itself.\n• Changed: saved "
           "cards are removed after 13 months."),
])
def test_done_that_is_no_news_of_the_case(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert not any(e.tone == "speed" and e.signal is None and
                   e.text.lower().lstrip("• ").startswith(("c'est fait", "fixed"))
                   for e in analysis.tone.evidence)


# -- the brand's sorrow with words between ----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Ferrand, l'exemplaire dédicacé a été remis par erreur à un autre "
           "lecteur. Nous en sommes vraiment désolés."),
    ("en", "Hello Ms Ferrand, the signed copy was given to another reader by mistake. We are "
           "truly sorry."),
])
def test_the_brands_sorrow_with_words_between_is_empathy(analyse, lang, text):
    analysis = analyse(text, lang, "after_sales")
    assert _weight(analysis, "empathy") >= 1.5
    assert not any(e.signal in ("brand_act", "passive") and "désol" in e.text.lower()
                   for e in analysis.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Ferrand, nous avons renvoyé l'exemplaire dédicacé ce lundi."),
    ("en", "Hello Ms Ferrand, we have resent the signed copy on Monday."),
])
def test_an_act_is_no_sorrow(analyse, lang, text):
    assert _weight(analyse(text, lang, "after_sales"), "empathy") == 0


# -- a request for the case's details after a dash ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for the tag – without revealing your email address, tell us more about what's "
           "going on with your channel. We may be able to help you without having to DM."),
    ("fr", "Merci pour le message, dites-nous ce qui se passe avec votre compte et votre numéro "
           "de commande."),
])
def test_a_detail_request_after_a_dash_is_the_service(lint_with, analyse, lang, text):
    analysis = analyse(text, lang, "after_sales")
    assert _weight(analysis, "collaboration") < 1.0
    assert "BL205" not in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Tell us what you'll build next! Share your best photos with the community."),
    ("fr", "Dites-nous ce que vous allez construire ! Partagez vos plus belles photos."),
])
def test_an_invitation_on_social_stays_collaboration(analyse, lang, text):
    assert _weight(analyse(text, lang, "social"), "collaboration") >= 1.0


# -- documentation's modality -------------------------------------------------------------------

def test_an_effort_compared_or_a_choice_offered_is_not_cold(analyse, lint_with):
    text = ("Certificats multi-domaines\nIl vous appartient d'utiliser un certificat distinct "
            "pour chaque nom d'hôte ou de regrouper plusieurs noms sur un petit nombre de "
            "certificats. Des certificats séparés signifient qu'il faut moins de démarches pour "
            "ajouter et retirer des domaines.")
    analysis = analyse(text, "fr", "web")
    assert not any(e.tone == "coldness" and e.text.lower() == "il faut"
                   for e in analysis.tone.evidence)
    assert not any(e.tone == "coldness" and e.signal is None for e in analysis.tone.evidence)
    assert "BL207" not in _warnings(lint_with("fr", text, "web"))


def test_a_responsibility_handed_back_stays_cold(analyse):
    text = ("Il vous appartient de vérifier vos documents avant l'envoi. Il faut fournir une "
            "pièce d'identité.")
    analysis = analyse(text, "fr", "web")
    assert any(e.tone == "coldness" and e.signal is None and "appartient" in e.text.lower()
               for e in analysis.tone.evidence)
    assert any(e.signal == "impersonal" and "faut" in e.text.lower()
               for e in analysis.tone.evidence)


@pytest.mark.parametrize("text", [
    "It is necessary to provide an identity document before sending.",
])
def test_an_english_obligation_stays_cold(analyse, text):
    assert _weight(analyse(text, "en", "web"), "coldness", "impersonal") > 0


# -- BL204: tu in a chat's contractions, a call for the followers' answers ---------------------

@pytest.mark.parametrize("text", [
    "aidez-la (tsais le cm qui a rien compris)",
    "on attend vos classements sur",
    "Nous attendons vos pronos pour samedi !",
])
def test_a_plural_vous_to_the_followers_is_no_slip(lint_with, text):
    assert "BL204" not in _warnings(lint_with("fr", text, "social"))


@pytest.mark.parametrize("text", [
    "on attend votre avis sur votre nouvelle box",
    "Découvrez votre nouvel assistant dans votre espace.",
    "Montrez-nous vos pronos pour samedi !",
])
def test_one_readers_vous_stays_a_slip(lint_with, text):
    assert "BL204" in _warnings(lint_with("fr", text, "social"))


# -- "the customer" as the reader's own customers -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "If the customer has left a CNAME behind, you should contact them and remind them to "
           "delete it. This protects the customer's security and your own. Your customers will "
           "thank you."),
    ("fr", "Si le client a laissé un enregistrement, contactez-le. Vos clients vous en seront "
           "reconnaissants, et la sécurité du client en sort renforcée."),
])
def test_the_readers_own_customers_are_a_third_party(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert not any(e.tone == "coldness" and ("customer" in e.text.lower() or
                                            "client" in e.text.lower())
                   for e in analysis.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("en", "The customer must present the receipt. The customer's claim is then reviewed."),
    ("fr", "Le client doit présenter le ticket. La demande du client est ensuite examinée."),
])
def test_the_customer_meaning_the_reader_stays_cold(analyse, lang, text):
    analysis = analyse(text, lang, "web")
    assert any(e.tone == "coldness" and ("customer" in e.text.lower() or
                                        "client" in e.text.lower())
               for e in analysis.tone.evidence)
