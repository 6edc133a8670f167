"""What sincerity-blind25's read half (helper sinc28) taught the reading of a service reply,
in concepts that recur across brands or rounds:

- the customer's own act guessed, with what was wrong in it (« vous avez sans doute
  branché… au mauvais endroit », "you must have typed the wrong code") is blame (BL401); a
  guess with nothing wrong in it ("you've probably had our e-mail") or a feeling ("you must
  have been worried") is not;
- evidence demanded that the item arrived as the customer says or was not opened ("we'd need
  evidence that the lamp arrived broken", « une preuve que l'appareil n'a pas été ouvert »)
  is doubt (BL402); a proof of purchase is not;
- the likely cause said to be how the product was handled since delivery ("clearly down to
  how the lamp has been handled since delivery") is blame (BL401); handled in transit is
  not;
- the complaint taken note of (« nous prenons bonne note de vos remarques », "we note your
  comments", "Noted.") is a complaint named and the problem admitted (BL403, BL407); a detail
  or a wish noted ("I've noted your new address", « vous souhaitez… ») is not;
- disbelief that it could have happened (« nous avons du mal à comprendre comment … a pu »,
  "we find it hard to see how … could have") is doubt (BL402); understanding sought is not.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lampadine
language: fr
central_idea:
  statement: "Des luminaires fabriqués en France, réparables à vie."
  lexicon: [lumière, lampe, atelier, réparation]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
    "en": """
brand: Lampadine
language: en
central_idea:
  statement: "Lamps made in France, repairable for life."
  lexicon: [light, lamp, workshop, repair]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lampadine", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL401: the customer's act guessed, with its fault -----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Nora, sorry about the trouble with the dimmer. Our log shows the remote paired "
           "on Monday, so you must have typed the wrong code in the app. Our technician will "
           "call you tomorrow at 10 am."),
    ("fr", "Bonjour Madame Texier, désolés pour ce souci de variateur. Vous avez sans doute "
           "branché la lampe sur la mauvaise prise du boîtier. Notre technicien vous appelle "
           "demain à 10 h."),
    ("fr", "Bonjour, désolés pour l'ampoule grillée. Vous l'avez très probablement laissée "
           "allumée trop longtemps sans pause. Une ampoule neuve part demain."),
])
def test_customers_act_guessed_with_its_fault_fires(lint, lang, text):
    assert found(lint(lang, text, "chat"), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Nora, sorry for the wait. You've probably already had our email with the "
           "tracking link; the lamp arrives tomorrow before noon."),
    ("en", "Hi Nora, you must have been worried when the lamp went dark. We're sorry: our "
           "technician will call you tomorrow at 10 am."),
    ("fr", "Bonjour, désolés pour l'attente. Vous avez sans doute reçu notre e-mail de suivi : "
           "la lampe arrive demain avant midi."),
    ("fr", "Bonjour, désolés pour la surprise. Nos journaux montrent que vous avez bien "
           "éteint la lampe à 18 h, mais le relais a gardé le courant une heure de trop : "
           "l'erreur vient de notre côté, nous remboursons le surcoût sous 14 jours."),
])
def test_guess_with_nothing_wrong_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text, "chat"), "BL401")


# -- BL402: evidence demanded that the account is true ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Ortiz,\n\nWe are sorry to read about the shade. We'll add a small credit "
           "this time, but in future we would need clear evidence that the lamp arrived "
           "broken.\n\nKind regards,\nLampadine"),
    ("fr", "Bonjour Monsieur Ortiz,\n\nNous sommes désolés pour l'abat-jour. Avant tout "
           "échange, il nous faudra une preuve que la lampe n'a pas été ouverte par un tiers. "
           "Nous vous répondrons sous 48 h.\n\nCordialement,\nLampadine"),
])
def test_evidence_that_the_account_is_true_fires(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Ortiz,\n\nWe are sorry the shade arrived broken. To send the replacement "
           "under warranty we only need proof that you bought the lamp from us, such as the "
           "order email. It will ship within 2 days.\n\nKind regards,\nLampadine"),
    ("fr", "Bonjour Monsieur Ortiz,\n\nNous sommes désolés pour l'abat-jour cassé. Pour "
           "l'échange sous garantie, il nous faut seulement une preuve que vous avez acheté la "
           "lampe chez nous. Elle repart sous 2 jours.\n\nCordialement,\nLampadine"),
])
def test_proof_of_purchase_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL401: how it was handled since delivery -------------------------------------------------
def test_handled_since_delivery_named_as_the_cause_fires(lint):
    text = ("Dear Ms Hale,\n\nOur workshop has looked at the lamp: the base is cracked, so the "
            "fault is clearly down to how the lamp has been handled since delivery. We are "
            "sorry you are disappointed.\n\nKind regards,\nLampadine")
    assert found(lint("en", text), "BL401")


def test_handled_in_transit_does_not_fire(lint):
    text = ("Dear Ms Hale,\n\nOur workshop has looked at the lamp: the base is cracked, most "
            "likely down to how the parcel was handled in transit. We are sorry: a new lamp "
            "ships tomorrow.\n\nKind regards,\nLampadine")
    assert not found(lint("en", text), "BL401")


# -- BL403/BL407: the complaint taken note of -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Bell,\n\nWe note your comments about the flickering desk lamp. Lamps of "
           "this series are assembled by our partner workshop.\n\nRegards,\nLampadine"),
    ("en", "Noted, Mr Bell: the lamp you picked up on Friday arrived with a cracked shade. "
           "Shades of this series come from our partner workshop.\n\nRegards,\nLampadine"),
    ("fr", "Bonjour Monsieur Bell,\n\nNous prenons bonne note de vos remarques sur la lampe de "
           "bureau qui clignote. Cette série est montée par un atelier partenaire.\n\n"
           "Cordialement,\nLampadine"),
])
def test_complaint_taken_note_of_without_apology_fires(lint, lang, text):
    codes = {d.code for d in lint(lang, text)}
    assert "BL403" in codes
    if not text.startswith("Noted"):  # (there, the arrival told reads as a step)
        assert "BL407" in codes


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Bell,\n\nI've noted your new address for the delivery. The lamp leaves our "
           "workshop tomorrow.\n\nRegards,\nLampadine"),
    ("en", "Dear Mr Bell,\n\nWe note that you'd like the brass version instead. It leaves our "
           "workshop tomorrow.\n\nRegards,\nLampadine"),
    ("fr", "Bonjour Monsieur Bell,\n\nNous avons bien noté que vous souhaitez la version en "
           "laiton. Elle part de l'atelier demain.\n\nCordialement,\nLampadine"),
])
def test_detail_or_wish_noted_does_not_fire(lint, lang, text):
    codes = {d.code for d in lint(lang, text)}
    assert not codes & {"BL403", "BL407"}


# -- BL402: disbelief that it could have happened ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Hale,\n\nWe're sorry about the shade. We find it hard to see how it could "
           "have cracked in our double box, as your photo shows the box intact. We'll reply "
           "within 48 hours.\n\nRegards,\nLampadine"),
    ("fr", "Bonjour Madame Hale,\n\nDésolés pour l'abat-jour. Nous avons du mal à comprendre "
           "comment il a pu se fêler dans notre double carton, intact sur votre photo. Nous "
           "vous répondons sous 48 h.\n\nCordialement,\nLampadine"),
])
def test_disbelief_that_it_could_have_happened_fires(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Hale,\n\nWe're sorry about the shade. We'd like to understand how it "
           "cracked, so our workshop will inspect the box; we'll reply within 48 hours.\n\n"
           "Regards,\nLampadine"),
    ("fr", "Bonjour Madame Hale,\n\nDésolés pour l'abat-jour. Pour comprendre comment il s'est "
           "fêlé, notre atelier examine le carton ; nous vous répondons sous 48 h.\n\n"
           "Cordialement,\nLampadine"),
])
def test_understanding_sought_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL402")
