"""Causes of sincerity misses that recur across the blind sets (se36), as concepts of the
shared reading rather than phrases: a notice of the slot the brand has set is its next step
and says when it comes (BL408 when that is later than the commitment); a third-person
pronoun takes up a noun that can be its antecedent — never « vous » / "you" or « nous » /
"we", and in French one of its gender; a tip's label (« Conseil : ») is advice, a role
named with the word (« pharmacienne conseil : ») is not. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Calorine
language: fr
central_idea:
  statement: "Votre chauffage entretenu près de chez vous."
  lexicon: [chaudière, chauffage, entretien]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  repair: {within: 48h, terms: [dépannage, réparation]}
  refund: {within: 21d}
  caution_return: {within: 21d, terms: [caution, dépôt de garantie]}
""",
    "en": """
brand: Calorine
language: en
central_idea:
  statement: "Your heating looked after near you."
  lexicon: [boiler, heating, servicing]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  repair: {within: 48h, terms: [breakdown repair, repair]}
  refund: {within: 21d}
  deposit_return: {within: 21d, terms: [deposit]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "calorine36", "email")


@pytest.fixture(scope="module")
def analysed(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "calorine36a")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- a notice of the slot the brand has set: the step and when it comes ----------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roux,\n\nNous sommes désolés pour la panne de votre chaudière. "
           "Pour le dépannage, le prochain passage possible de nos techniciens est vendredi "
           "prochain, soit dans huit jours.\n\nLe service client Calorine"),
    ("en", "Hi Ms Hale,\n\nWe're sorry your boiler has broken down. For the repair, the next "
           "visit our engineers can offer is on the 14th, that is in nine days.\n\n"
           "Calorine Customer Care"),
])
def test_slot_notice_later_than_commitment_is_a_slow_step(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roux,\n\nNous sommes désolés pour la panne de votre chaudière. "
           "Pour le dépannage, le prochain passage possible de nos techniciens est demain, "
           "soit dans un jour.\n\nLe service client Calorine"),
    ("en", "Hi Ms Hale,\n\nWe're sorry your boiler has broken down. For the repair, the next "
           "visit our engineers can offer is tomorrow, that is in one day.\n\n"
           "Calorine Customer Care"),
])
def test_slot_notice_within_commitment_is_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nPour la visite de contrôle, nous vous proposons le jeudi "
           "20 entre 8 h et 12 h, soit dans deux semaines ; si ce créneau ne vous va pas, "
           "répondez à ce mail.\n\nLe service client Calorine"),
    ("en", "Hi Ms Hale,\n\nFor the check-up visit, the slot we can offer is Thursday the 20th, "
           "that is in two weeks; if it doesn't suit you, reply to this email.\n\n"
           "Calorine Customer Care"),
])
def test_slot_notice_is_not_held_to_the_readers_reply(lint, lang, text):
    # the reply the reader is asked for is their act, not the brand's response service
    assert "BL408" not in codes(lint(lang, text))


# -- a third-person pronoun takes up a noun that can be its antecedent ------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam,\n\nSorry for the wait on your deposit. The inspection was fine, so you'll "
           "receive the full £300 back. It will be transferred to your account within 40 "
           "days.\n\nCalorine Customer Care"),
    ("fr", "Bonjour Léa,\n\nDésolés pour l'attente concernant votre caution. L'état des lieux "
           "est bon, vous récupérez donc la totalité des 300 €. Votre remboursement est "
           "confié à notre conseillère : elle le versera sur votre compte sous 40 jours.\n\n"
           "Le service client Calorine"),
])
def test_pronoun_after_the_reader_takes_up_the_thing_slow_step_fires(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam,\n\nSorry for the wait on your deposit. The inspection was fine, so you'll "
           "receive the full £300 back. It will be transferred to your account within 14 "
           "days.\n\nCalorine Customer Care"),
    ("fr", "Bonjour Léa,\n\nDésolés pour l'attente concernant votre caution. L'état des lieux "
           "est bon, vous récupérez donc la totalité des 300 €. Votre remboursement est "
           "confié à notre conseillère : elle le versera sur votre compte sous 14 jours.\n\n"
           "Le service client Calorine"),
])
def test_pronoun_after_the_reader_within_commitment_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


def _frame_of(analysis, word):
    token = next(t for t in analysis.doc if t.lower_ == word)
    return analysis.frame(token)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "You'll get the full £300 back. It will be transferred within 14 days.",
     "transferred"),
    ("fr", "Votre dossier est confié à notre conseillère : elle vous appellera demain.",
     "appellera"),
])
def test_third_person_pronoun_does_not_take_up_the_reader(analysed, lang, text, word):
    assert _frame_of(analysed(text, lang, "email"), word).holder != "customer"


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Your neighbour called us. They said the gate was locked.", "said"),
    ("fr", "Votre voisine nous a appelés. Elle a dit que le portail était fermé.", "dit"),
])
def test_pronoun_still_takes_up_an_agreeing_subject(analysed, lang, text, word):
    # near miss: the subject before agrees (« votre voisine » / "your neighbour"): it holds
    assert _frame_of(analysed(text, lang, "email"), word).holder == \
        _frame_of(analysed(text, lang, "email"), "appelés" if lang == "fr" else "called").holder


# -- a tip's label is advice; a role named with « conseil » is not ---------------------------

def test_role_named_conseil_is_no_advice(analysed):
    analysis = analysed("Votre dossier est transmis à notre pharmacienne conseil : elle vous "
                        "répondra demain.", "fr", "email")
    assert _frame_of(analysis, "répondra").act != "advice"


@pytest.mark.parametrize("text", [
    "Conseil : laissez la chaudière éteinte jusqu'au passage du technicien.",
    "Merci pour votre message. Un conseil : laissez la chaudière éteinte.",
])
def test_tip_label_is_advice(analysed, text):
    assert _frame_of(analysed(text, "fr", "email"), "laissez").act == "advice"


# -- the notice pointed to with a stress on how plainly or how often it was told -----------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Vidal,\n\nComme le précise très clairement le guide de mise en "
           "route, la chaudière se purge avant le premier allumage. Notre technicien passe "
           "jeudi à 9 h.\n\nLe service client Calorine"),
    ("fr", "Bonjour,\n\nComme nous vous l'avons expliqué au téléphone, et à nouveau par "
           "e-mail, le voyant orange signale un manque de pression. Notre technicien passe "
           "jeudi à 9 h."),
    ("en", "Hi Tom,\n\nAs set out in the start-up guide (in bold on the first page), the "
           "boiler must be bled before first use. Our engineer will visit on Thursday at "
           "9 am."),
    ("en", "Hi Tom,\n\nAs we explained on the phone, and again by email, the orange light "
           "means the pressure is low. Our engineer will visit on Thursday at 9 am."),
])
def test_notice_stressed_is_condescension(lint, lang, text):
    assert "BL404" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Vidal,\n\nComme le précise le guide de mise en route, la chaudière "
           "se purge avant le premier allumage. Notre technicien passe jeudi à 9 h pour le "
           "faire avec vous.\n\nLe service client Calorine"),
    ("en", "Hi Tom,\n\nAs we explained on the phone, the orange light means the pressure is "
           "low. Our engineer will visit on Thursday at 9 am to top it up with you."),
])
def test_notice_pointed_to_without_stress_is_no_condescension(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text))


# -- what the customer gave, named by a relative clause of theirs, given as the cause --------

@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Jo, our engineer couldn't get into the boiler room because the door code you "
           "sent us was wrong. Please check it before the next visit."),
    ("fr", "Bonjour, notre technicien n'a pas pu entrer, car le code que vous nous avez donné "
           "était faux. Merci de le vérifier avant le prochain passage."),
])
def test_wrong_input_given_by_the_customer_as_cause_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Jo, sorry: our engineer couldn't get into the boiler room because the door "
           "code we sent you was wrong. He will come back tomorrow at 9 am."),
    ("fr", "Bonjour, désolés : notre technicien n'a pas pu entrer, car le code que nous vous "
           "avons donné était faux. Il repasse demain à 9 h."),
])
def test_wrong_input_given_by_the_brand_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))
