"""What heldout15–29's misses taught the promise reading (round 31): a delay said by two
days of the week.

- The day the reader acts on (« Commandez avant mardi », « déposés le lundi », "Drop it
  in on Tuesday", "Booked by Monday") then, on the same line, the day the brand's work
  is done (« …chez vous jeudi », "…ready on Friday"): the days between are the delay
  promised, not a week at most.
- Near misses: a range or a list of days (« du lundi au samedi », "Tuesday and
  Thursday"), two days the reader acts on ("call us Monday or drop by Tuesday"), a day
  the reader does not act on (« vous recevrez la pièce lundi »), an opening (« à partir
  de jeudi »), and a delay at or slower than the commitment.
- A superlative heading a phrase with no verb of its own — after a colon or a dash —
  against a market or a place (« Vingt ans de métier : le meilleur atelier de Bretagne »,
  "Loved by 3,000 families — the friendliest laundry in Yorkshire") names the brand's
  offer by its rank, whoever the parse takes for the holder. Near misses: a plural
  (a list of others), a question, no market or place.
- "Never" under a pledge the brand affirms (« nous vous promettons qu'elle ne lâchera plus
  jamais », "we promise this repair will never fail again") is the absolute claim; the
  pledge denied ("we don't promise it will never fail again") withdraws it.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tissaline
language: fr
central_idea:
  statement: "Des rideaux et du linge de maison soignés comme chez soi."
  lexicon: [rideau, linge, maison, soin]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance], idea: false}
  sms: {tones: [reassurance], idea: false}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-sat"}
  cleaning: {within: 6d, terms: [nettoyage, rideaux nettoyés, linge nettoyé]}
""",
    "en": """
brand: Tissaline
language: en
central_idea:
  statement: "Curtains and household linen cared for as if at home."
  lexicon: [curtain, linen, home, care]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance], idea: false}
  sms: {tones: [reassurance], idea: false}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-sat"}
  cleaning: {within: 6d, terms: [cleaning, cleaned curtains, cleaned linen]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tissaline", "email")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour les fêtes : commandez vos nappes avant mardi minuit, elles sont livrées "
           "chez vous jeudi."),
    ("fr", "Nouveau : déposés le lundi, vos rideaux vous sont livrés propres le mercredi."),
    ("en", "Holiday tip: order your tablecloths before midnight on Tuesday and they will "
           "be delivered to your door on Thursday."),
    ("en", "Booked by Monday, your cleaning is done on Wednesday."),
])
def test_a_delay_from_the_readers_day_to_the_brands_day_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    # a range, a list, the reader's two days, a day the reader does not act on
    ("fr", "Livraison du lundi au samedi, partout en ville, sous 5 jours."),
    ("fr", "Appelez-nous lundi ou passez mardi : on regarde vos rideaux ensemble."),
    ("fr", "Vous recevrez les anneaux lundi et nos livreurs passent jeudi."),
    ("en", "Deliveries run Tuesday and Thursday across the city, within 5 days."),
    ("en", "Call us on Monday, or drop by on Tuesday, and we'll look at your curtains."),
    # the reader's own plan (a purpose), a past request, a meeting (« rendez-vous »)
    ("fr", "Commandez avant samedi midi pour retirer vos nappes dimanche matin."),
    ("en", "Order by noon on Saturday to collect your tablecloths on Sunday morning."),
    ("fr", "Comme vous nous l'aviez demandé mardi, vos nappes vous sont livrées jeudi."),
    ("fr", "Votre rendez-vous de mardi est confirmé ; vos rideaux sont livrés jeudi."),
    # an opening, and a delay at or slower than the commitment
    ("fr", "Commandez dès lundi : les livraisons reprennent à partir de jeudi."),
    ("fr", "Commandez avant lundi midi : vos nappes sont livrées chez vous le samedi."),
    ("en", "Order before noon on Monday and your tablecloths are delivered on Saturday."),
])
def test_ranges_lists_and_days_at_the_commitment_do_not_fire(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vingt ans de métier et des milliers de rideaux : le meilleur atelier de "
           "Bretagne."),
    ("en", "Loved by 3,000 families — the friendliest laundry in Yorkshire."),
])
def test_a_verbless_ranking_against_a_place_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vingt ans de métier : les plus belles maisons de Bretagne nous confient leurs "
           "rideaux."),
    ("fr", "Vingt ans de métier : le meilleur souvenir de notre équipe."),
    ("en", "Twenty years on: the friendliest laundry in Yorkshire?"),
    ("en", "Twenty years on — the finest laundries of Yorkshire, and ours among them."),
])
def test_plural_question_or_no_market_ranking_does_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous promettons que cette réparation ne lâchera plus jamais."),
    ("en", "We promise this repair will never fail again."),
])
def test_never_under_an_affirmed_pledge_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne vous promettons pas que cette réparation ne lâchera plus jamais."),
    ("en", "We don't promise this repair will never fail again."),
])
def test_never_under_a_denied_pledge_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text, "web"))
