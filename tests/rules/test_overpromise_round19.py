"""What heldout22's misses and false alarms taught the promise and claim reading (round 19).

- A fix said to hold for good (« définitivement réglé », "sorted for good", « ça ne se
  reproduira plus ») is an absolute; "a force for good" is not.
- A phone line named as a label before its hours ("English line: Monday to Friday,
  9am–6pm", « Téléphone : du lundi au vendredi ») states the service's availability.
- The brand's own act before a time of the same day (« elle vous rappelle avant midi »,
  "we'll ring you back by 5pm") is a same-day deadline; the reader's act before it
  (« Appelez-nous avant 18 h », "orders placed by 2pm") is not.
- « non » denies the word that describes a noun (« les leçons non consommées »), not the
  clause the parser hangs under it.
- A named deadline (« dans l'heure ») on an act of the brand's staff, named by trade
  ("an audiologist comes to your home within 48 hours"), is the brand's promise.
- A booking notice names a date, not a delay: "your first lesson is scheduled within 2
  weeks" promises; "lesson confirmed tomorrow 10am" informs.
- What is received names the service ("you will receive your written quote within 48
  hours" is the quote's delay, not a delivery).
- The brand's offer said as what its customers receive ("Circle members get unlimited
  meeting-room hours", « les membres bénéficient de… illimitées ») is its promise.
- The brand's founders named after « par » / "by" with a year are no source for a
  superlative; "thank you for making us the leading…" says the superlative of the brand.
- An order of priorities (« la vitesse ne passe jamais avant… », "safety always comes
  first") is a value, no absolute claim.
- From heldout23 (read after its first run was recorded): a relative day said with its
  calendar date (« demain mar. 12/11 », "tomorrow Wed 13/11") is an appointment set; "the
  same day" after a booked date is that date's day; a parcel sent today with its arrival
  said after it (« envoyé dès aujourd'hui, livré sous 72 h ») is judged by the arrival.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ormelle
language: fr
central_idea:
  statement: "Bien entendre pour garder le lien avec ceux qu'on aime."
  lexicon: [entendre, écoute, lien, proches, conversation]
channels:
  web: {tones: [reassurance, solution]}
  after_sales: {tones: [empathy, solution], service: true}
  sms: {tones: [solution], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  availability: {hours: "9-17", days: "mon-fri"}
  refund: {within: 30d}
  delivery: {within: 3d}
  quote: {within: 72h, terms: [devis, devis détaillé]}
  first_visit: {within: 3w, terms: [premier rendez-vous, première visite]}
""",
    "en": """
brand: Ormelle
language: en
central_idea:
  statement: "Hearing well to stay close to the people you love."
  lexicon: [hear, listening, close, loved ones, conversation]
channels:
  web: {tones: [reassurance, solution]}
  after_sales: {tones: [empathy, solution], service: true}
  sms: {tones: [solution], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  availability: {hours: "9-17", days: "mon-fri"}
  refund: {within: 30d}
  delivery: {within: 3d}
  quote: {within: 48h, terms: [quote, written quote]}
  first_visit: {within: 3w, terms: [first appointment, first visit]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ormelle", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Marc a changé l'embout ce matin : le sifflement est définitivement réglé."),
    ("fr", "Le serrurier a remplacé la carte du portail : c'est réglé, ça ne se reproduira plus."),
    ("en", "Marc replaced the dome this morning, so the whistling is fixed for good."),
    ("en", "We replaced the whole lock this morning: this is sorted for good."),
])
def test_a_fix_said_to_hold_forever_is_an_absolute(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Marc a changé l'embout ce matin. Si le sifflement se reproduit, appelez-nous."),
    ("en", "We are a force for good in every town we work in."),
])
def test_a_fix_without_forever_is_no_absolute(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ligne en anglais : du lundi au vendredi, 9 h–19 h."),
    ("fr", "Téléphone : du lundi au vendredi, 9 h–19 h."),
    ("en", "English line: Monday to Friday, 9am–6pm."),
    ("en", "Phone: Monday to Friday, 9am–6pm."),
])
def test_a_phone_line_before_its_hours_states_availability(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Téléphone : du lundi au vendredi, 9 h–17 h."),
    ("fr", "Notre nouvelle ligne d'appareils arrive en centre du lundi au vendredi."),
    ("en", "Phone: Monday to Friday, 9am–5pm."),
])
def test_hours_within_the_commitment_or_a_product_line_are_fine(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "We start with their routines: when they wake, what they eat, who they phone on "
           "Sundays."),
    ("fr", "Nous partons de leurs habitudes : l'heure du lever, les repas, la ligne de bus "
           "qu'ils prennent le dimanche."),
])
def test_someone_phoning_or_a_bus_line_is_no_availability(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je lui transmets vos coordonnées : elle vous rappelle avant midi, c'est promis."),
    ("fr", "Votre centre vous rappelle avant 18 h aujourd'hui avec deux créneaux."),
    ("en", "We'll call you back before noon today."),
    ("en", "Your audiologist will ring you back by 5pm."),
])
def test_the_brands_act_before_a_time_of_day_is_a_same_day_deadline(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Appelez-nous avant 18 h pour prendre rendez-vous."),
    ("en", "Call us before 6pm to book a visit."),
])
def test_the_readers_act_before_a_time_of_day_is_no_deadline(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "after_sales"))


def test_non_denies_the_describing_word_not_the_clause_under_it(lint_with):
    fires = "Les 6 séances non consommées vous seront remboursées sous 72 h sur votre compte."
    near = "Les séances non consommées vous seront remboursées sous 30 jours."
    assert "BL302" in codes(lint_with("fr", fires, "after_sales"))
    assert "BL302" not in codes(lint_with("fr", near, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un technicien intervient dans l'heure et nous vous tenons au courant ici même."),
    ("en", "Yes: an audiologist comes to your home within 48 hours."),
])
def test_a_deadline_on_the_act_of_the_brands_staff_is_a_promise(lint_with, lang, text):
    assert set(codes(lint_with(lang, text, "after_sales"))) & {"BL302", "BL304"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un technicien est passé hier et a tout remis en état dans l'heure."),
    ("en", "Yes: an audiologist came to your home last week."),
])
def test_a_past_visit_of_the_staff_is_no_promise(lint_with, lang, text):
    assert not set(codes(lint_with(lang, text, "after_sales"))) & {"BL302", "BL304"}


def test_a_booking_within_a_delay_promises_and_a_dated_one_informs(lint_with):
    assert "BL302" in codes(lint_with("en", "Sign up online and your first appointment is "
                                            "scheduled within 2 weeks."))
    assert "BL302" not in codes(lint_with("en", "Ormelle: first appointment confirmed tomorrow "
                                                "10am, Nîmes centre.", "sms"))
    assert "BL302" not in codes(lint_with("fr", "Ormelle : premier rendez-vous confirmé demain "
                                                "10 h, centre de Nîmes.", "sms"))


@pytest.mark.parametrize("lang,fine,faster", [
    ("fr", "Vous recevrez votre devis sous 72 h.", "Vous recevrez votre devis sous 24 h."),
    ("en", "You will receive your written quote within 48 hours.",
     "You will receive your written quote within 24 hours."),
])
def test_what_is_received_names_the_service(lint_with, lang, fine, faster):
    assert "BL302" not in codes(lint_with(lang, fine))
    assert "BL302" in codes(lint_with(lang, faster))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les membres du Cercle bénéficient d'heures de cabine d'écoute illimitées."),
    ("en", "Circle members also get unlimited listening-booth hours in every centre."),
    ("en", "You get unlimited listening-booth hours."),
])
def test_the_offer_said_as_what_customers_receive_is_a_promise(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les membres bénéficient d'un accès illimité aux horaires du centre."),
    ("en", "Some members got unlimited booth hours by mistake last year."),
])
def test_a_bounded_offer_or_others_story_is_no_absolute(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


def test_founders_after_par_are_no_source_but_a_jury_is(lint_with):
    founded = ("Fondé en 2016 par Hélène Carrouët et Yanis Bellec, Ormelle est le leader de "
               "l'audition dans l'Ouest.")
    awarded = ("Élu en 2024 par le jury Audition Entreprendre, Ormelle est le leader de "
               "l'audition dans l'Ouest.")
    assert "BL303" in codes(lint_with("fr", founded))
    assert "BL303" not in codes(lint_with("fr", awarded))


@pytest.mark.parametrize("lang,fires,near", [
    ("en", "Thank you for making us Occitanie's leading hearing care network!",
     "Thanks for helping us make the best hearing aids for you."),
    ("fr", "Merci de faire de nous le leader de l'audition dans l'Ouest !",
     "Merci de nous aider à trouver le meilleur appareil pour vous."),
])
def test_a_superlative_made_of_us_is_said_of_the_brand(lint_with, lang, fires, near):
    assert "BL303" in codes(lint_with(lang, fires))
    assert "BL303" not in codes(lint_with(lang, near))


@pytest.mark.parametrize("lang,value,claim", [
    ("fr", "Chez Ormelle, la vitesse ne passe jamais avant la qualité de votre écoute.",
     "Nos audioprothésistes passent toujours à l'heure."),
    ("en", "At Ormelle, your comfort always comes first.",
     "Our audiologists always come on time."),
])
def test_an_order_of_priorities_is_a_value_not_a_claim(lint_with, lang, value, claim):
    assert "BL301" not in codes(lint_with(lang, value))
    assert "BL301" in codes(lint_with(lang, claim))


# -- from heldout23's first run (the set read after its score was recorded) ------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Ormelle: your audiologist visits tomorrow Wed 13/11, 9-11am. Change: 02 98 00 00 00"),
    ("fr", "Ormelle : passage de l'audioprothésiste demain mar. 12/11 entre 8h et 10h. "
           "Annulation : 02 98 00 00 00"),
])
def test_a_day_said_with_its_calendar_date_is_an_appointment(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Ormelle: our audiologist visits you tomorrow."),
    ("fr", "Ormelle : l'audioprothésiste passe chez vous demain."),
])
def test_a_day_without_its_date_still_promises(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text, "sms"))


def test_the_same_day_as_a_booked_date_is_no_delay(lint_with):
    booked = ("We have booked your first appointment for 2 September, and we will fit your "
              "new domes the same day.")
    asked = "We will fit your new domes the same day you call."
    assert not set(codes(lint_with("en", booked, "after_sales"))) & {"BL302", "BL304"}
    assert set(codes(lint_with("en", asked, "after_sales"))) & {"BL302", "BL304"}


def test_sent_today_with_the_arrival_after_is_the_departure(lint_with):
    sent = ("Nous sommes désolés pour ce retard. Nous vous envoyons dès aujourd'hui un nouveau "
            "colis, livré sous 72 h.")
    promised = "Nous vous envoyons dès aujourd'hui un nouveau colis, livré demain."
    assert "BL302" not in codes(lint_with("fr", sent, "after_sales"))
    assert "BL302" in codes(lint_with("fr", promised, "after_sales"))
