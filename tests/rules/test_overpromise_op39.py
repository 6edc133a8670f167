"""Op39 (issue 7, blind round 34): what a delay or an absolute is said of (BL302, BL303).

- A phrase set before the act with « pour » / "for" (« Pour une porte claquée, un
  serrurier intervient sous 2 h ») names the case the act is done for: where that case is
  a service the profile declares, the delay is held to its commitment, not the generic
  call-out's.
- Hours with a phone number on their line (« Urgences 24 h/24 au 01 23 45 67 89 ») or an
  invitation to drop in (« passez quand vous voulez ») are hours the service is reached,
  even on a shop poster.
- Arranging a service is not doing it: a request made to another party (« nous demandons
  une date de pose au fabricant cette semaine »), a date confirmed for the reader ("I'll
  confirm the date by tomorrow") or a day and hour put to the reader to book ("I can
  offer Thursday at 10am") time the arranging.
- The built-in act that carries the thing of the profile's own service (« Votre carte
  cadeau arrive sous 24 h ») is how that service comes, not a second service (delivery)
  the delay is also held to.
- "That's why" / « C'est pourquoi » opening a clause hands it to what follows: "That's
  why we are the quickest…" is the brand's superlative.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Verrouline
language: fr
central_idea:
  statement: "Un chez-soi sûr, ouvert à ceux qu'on aime."
  lexicon: [sûr, sécurité, confiance, serein]
channels:
  web: {tones: [reassurance], idea: false}
  store: {tones: [reassurance], idea: false}
  email: {tones: [reassurance], idea: false}
  phone_script: {tones: [reassurance], service: true, idea: false}
promises:
  response: {within: 24h}
  availability: {hours: "8-19", days: "mon-sat"}
  intervention: {within: 48h, terms: [intervention, intervenir]}
  lockout: {within: 2h, terms: [porte claquée, portes claquées, clé perdue]}
  fitting: {within: 4w, terms: [date de pose, pose de la porte blindée]}
  delivery: {within: 72h}
  gift_card: {within: 24h, terms: [carte cadeau, cartes cadeaux]}
""",
    "en": """
brand: Verrouline
language: en
central_idea:
  statement: "A safe home, open to the people you love."
  lexicon: [safe, safety, trust, calm]
channels:
  web: {tones: [reassurance], idea: false}
  store: {tones: [reassurance], idea: false}
  email: {tones: [reassurance], idea: false}
  phone_script: {tones: [reassurance], service: true, idea: false}
promises:
  response: {within: 24h}
  availability: {hours: "8-19", days: "mon-sat"}
  intervention: {within: 48h, terms: [call-out, technician visit]}
  lockout: {within: 2h, terms: [locked-out door, lost key]}
  fitting: {within: 4w, terms: [fitting date, security door fitting]}
  delivery: {within: 72h}
  gift_card: {within: 24h, terms: [gift card, gift cards]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verrouline", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


# -- the case a fronted « pour » / "for" phrase names -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour une porte claquée, notre serrurier intervient sous 2 heures."),
    ("en", "For a locked-out door, our technician will be with you within 2 hours."),
])
def test_a_fronted_case_holds_the_delay_to_its_own_commitment(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    # the case's own commitment is still judged
    ("fr", "Pour une porte claquée, notre serrurier intervient sous 30 minutes."),
    ("en", "For a locked-out door, our technician will be with you within 30 minutes."),
    # a case the profile does not time: the call-out's commitment
    ("fr", "Pour une serrure grippée, notre serrurier intervient sous 2 heures."),
    ("en", "For a jammed lock, our technician will be with you within 2 hours."),
])
def test_near_miss_a_faster_case_or_an_untimed_one_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


# -- a phone number or a drop-in invitation beside the hours ---------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Dépannage 24 h/24, 7 j/7 au 01 23 45 67 89."),
    ("en", "Emergency locksmith 24/7 on 01632 960 123."),
    ("fr", "Atelier ouvert tous les jours, de 7 h à 22 h : passez quand vous voulez."),
    ("en", "Workshop open every day, 7am to 10pm: drop in whenever suits you."),
])
def test_hours_with_a_way_to_reach_the_service_are_a_claim(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    # (oh41: days named, not every day — every day with its hours said of the brand's
    # place is its availability, heldout38 chassepic-en-008 "Open 7am–10pm, seven days a
    # week." on a store poster is labelled an overpromise)
    ("fr", "Atelier ouvert du mardi au samedi, de 7 h à 22 h."),
    ("en", "Workshop open Tuesday to Saturday, 7am to 10pm."),
    # a long number that is no phone number
    ("fr", "Atelier ouvert du mardi au samedi, de 7 h à 22 h, 1 250 000 clés taillées."),
])
def test_near_miss_a_place_timetable_alone_stays_silent(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "store"))


# -- arranging a service is not doing it ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous demandons une date de pose au fabricant cette semaine."),
    ("en", "We will request a fitting date from the maker this week."),
    ("fr", "La pose de la porte blindée a lieu sous 4 semaines ; je vous confirme la date "
           "d'ici demain."),
    ("en", "The security door fitting takes place within 4 weeks; I will confirm the date "
           "by tomorrow."),
])
def test_a_request_or_a_date_confirmed_times_no_service(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous aurez votre date de pose cette semaine."),
    ("en", "You will have your fitting date this week."),
    # the date confirmed is the service's own word: confirming it is the service's act
    ("fr", "Nous vous confirmons la date de pose sous 24 h."),
    ("en", "We will confirm your fitting date within 24 hours."),
])
def test_near_miss_the_date_itself_given_this_week_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Conseiller] Je peux vous proposer demain matin 10 h."),
    ("en", "Agent: I can offer tomorrow at 10am."),
])
def test_a_slot_offered_at_a_clock_time_is_no_speed_promise(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Conseiller] Je peux vous proposer une intervention dès demain."),
    ("en", "Agent: I can offer you a technician visit tomorrow."),
])
def test_near_miss_a_visit_offered_for_tomorrow_is_a_promise(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "phone_script"))


# -- "that's why" hands the clause to what follows -----------------------------------------

def test_thats_why_keeps_the_brands_superlative(lint):
    assert "BL303" in codes(lint("en", "That is why we are simply the quickest way to a "
                                       "new lock in Leeds."))


def test_near_miss_thats_why_before_advice_stays_advice(lint):
    assert "BL303" not in codes(lint("en", "That's why the quickest way to reach us is "
                                           "the app."))


@pytest.mark.parametrize("lang,text,holder", [
    ("fr", "C'est pour ça que nous répondons toujours dans l'heure.", "brand"),
    ("en", "That is why we always answer within the hour.", "brand"),
])
def test_the_frame_reads_the_clause_after_a_consequence(analyse, lang, text, holder):
    a = analyse(text, lang)
    word = next(t for t in a.doc if t.lower_ in ("toujours", "always"))
    assert a.frame(word).holder == holder


# -- facts told under « Le saviez-vous ? » / "Did you know?" ----------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "LE SAVIEZ-VOUS ?\n\nUne clé perdue n'est jamais retrouvée par hasard : les "
           "trousseaux glissent sous les sièges."),
    ("en", "DID YOU KNOW?\n\nA lost key is never found by chance: key rings slip under "
           "car seats."),
])
def test_a_fact_under_a_did_you_know_heading_is_no_claim(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une clé perdue n'est jamais retrouvée par hasard."),
    ("en", "A lost key is never found by chance."),
])
def test_near_miss_the_same_words_without_the_heading_are_the_service(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text,holder", [
    ("fr", "LE SAVIEZ-VOUS ?\n\nUne clé perdue n'est jamais retrouvée par hasard.", "world"),
    ("fr", "LE SAVIEZ-VOUS ?\n\nNous ne laissons jamais un client dehors.", "brand"),
    ("en", "Did you know?\n\nA lost key is never found by chance.", "world"),
    ("en", "Did you know?\n\nWe never leave a customer outside.", "brand"),
])
def test_the_holder_under_a_did_you_know_heading(analyse, lang, text, holder):
    a = analyse(text, lang)
    word = next(t for t in a.doc if t.lower_ in ("jamais", "never"))
    assert a.frame(word).holder == holder


# -- the built-in act that carries the profile's own service's thing ---------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre achat ! Vos cartes cadeaux arrivent sous 24 h par e-mail."),
    ("en", "Thanks for your purchase! Your gift card will arrive by email within 24 hours."),
])
def test_the_thing_of_a_declared_service_sent_at_its_commitment_is_fine(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre achat ! Vos cartes cadeaux arrivent sous 2 h par e-mail."),
    ("en", "Thanks for your purchase! Your gift card will arrive by email within 2 hours."),
])
def test_near_miss_the_thing_sent_faster_than_its_commitment_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "email"))
