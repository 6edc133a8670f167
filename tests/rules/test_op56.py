"""op56 (overpromise false alarms in service replies).

On a service channel, once the brand has declined a firm commitment in its own voice
(« je ne peux pas vous garantir… », "I can't promise…", « nous ne pouvons pas nous
engager sur… »), the time points it then names for the case (« ce soir », « dès demain »,
"this afternoon") are the next steps it takes, not a service level: no BL302. Without the
refusal the same time point fires, and so does a counted delay after it (« dans deux
heures », "within two hours").

A call set for a day whose purpose is fixing a date or a slot (« nous vous appelons demain
pour fixer le créneau », "we'll ring you tomorrow to agree on a time") arranges the service:
no callback speed. Counted (« dans l'heure pour fixer le créneau ») or set within the day
("this evening to agree on a time"), or with no such purpose, it still fires.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lumenfil
language: fr
central_idea:
  statement: "Des abat-jour cousus main, réparés plutôt que jetés."
  lexicon: [abat-jour, cousu, main, réparer]
channels:
  reply: {tones: [reassurance, empathy], service: true}
promises:
  response: {within: 48h}
  repair: {within: 10d}
  callback: {within: 48h}
""",
    "en": """
brand: Lumenfil
language: en
central_idea:
  statement: "Hand-sewn lampshades, mended rather than thrown away."
  lexicon: [lampshade, sewn, hand, mend]
channels:
  reply: {tones: [reassurance, empathy], service: true}
promises:
  response: {within: 48h}
  repair: {within: 10d}
  callback: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lumenfil", "reply")


def codes(diagnostics, prefix="BL302"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Lenoir,\n\nJe ne peux pas vous garantir que la réparation sera "
           "finie avant samedi, le tissu vient d'Italie. Je demande à Coline de vous "
           "réparer l'abat-jour du salon dès demain pour que vous l'ayez au moins celui-là."),
    ("fr", "Bonjour,\n\nNous ne pouvons pas nous engager sur une date plus proche pour la "
           "réparation. Jules répare la monture ce soir et vous la dépose en boutique."),
    ("en", "Dear Mrs Lenoir,\n\nI can't guarantee the repair will be finished before "
           "Saturday, as the fabric comes from Italy. I'll ask Coline to repair the lounge "
           "shade tomorrow so that you have that one at least."),
    ("en", "Hello,\n\nWe can't promise an earlier date for the repair. Jules will repair the "
           "frame this evening and drop it at the shop."),
])
def test_time_point_after_a_declined_commitment_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    # the same next step, no commitment declined before it
    ("fr", "Bonjour Madame Lenoir,\n\nLe tissu vient d'Italie. Je demande à Coline de vous "
           "réparer l'abat-jour du salon dès demain pour que vous l'ayez au moins celui-là."),
    # a counted delay after the refusal still promises one
    ("fr", "Bonjour,\n\nNous ne pouvons pas nous engager sur une date plus proche pour la "
           "livraison. En revanche, la réparation de la monture sera faite dans deux heures."),
    ("en", "Dear Mrs Lenoir,\n\nThe fabric comes from Italy. I'll ask Coline to repair the "
           "lounge shade tomorrow so that you have that one at least."),
    ("en", "Hello,\n\nWe can't promise an earlier date for the delivery. The frame repair, "
           "though, will be done within two hours."),
])
def test_without_a_refusal_or_with_a_counted_delay_it_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nVotre abat-jour sera réparé sous 10 jours ; Margot vous appelle "
           "demain pour fixer l'heure du dépôt."),
    ("fr", "Bonjour,\n\nLa réparation se fera sous 10 jours. Nous vous téléphonerons "
           "demain pour convenir d'un créneau."),
    ("en", "Hello,\n\nYour shade will be mended within 10 days; Margot will phone you "
           "tomorrow to agree on a time for the drop-off."),
    ("en", "Hello,\n\nThe repair takes up to 10 days. We'll call you back tomorrow to set a date."),
])
def test_a_call_set_for_a_day_to_fix_a_date_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nVotre abat-jour sera réparé sous 10 jours ; Margot vous appelle "
           "dans l'heure pour fixer l'heure du dépôt."),
    ("fr", "Bonjour,\n\nLa réparation se fera sous 10 jours. Nous vous téléphonerons "
           "demain."),
    ("en", "Hello,\n\nYour shade will be mended within 10 days; Margot will phone you "
           "this evening to agree on a time for the drop-off."),
    ("en", "Hello,\n\nThe repair takes up to 10 days. We'll call you back tomorrow."),
])
def test_a_callback_counted_same_day_or_without_that_purpose_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))
