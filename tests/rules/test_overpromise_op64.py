"""Round 48's held-out half (heldout52: a pewtersmith, a mosaic workshop), read after its
end figures; first-run errors whose cause is general:

- a noun its preposition marks as one is no verb, whatever the small model tags it
  (« vos chopes coulées sur commande seront prêtes en 10 jours »: "commande" read as an
  order to the reader);
- an English -ing word opening a label before the participle that says it is done is the
  label's action noun ("Polishing and re-patination done in 30 minutes at the counter"),
  though the small model tags it an auxiliary;
- the rivals denied "this level of work" / « ce niveau de travail »: the brand set above
  every competitor;
- the reader's memory foretold (« vous ne l'oublierez jamais », "You'll never forget that
  day") is their inner life, no performance; and « vous n'attendrez jamais » is a wait,
  not an expectation dismissed;
- a start date anchors its own clause only ("… worked since the Bronze Age, and Lyon has
  always had its pewtersmiths": the second clause is a past told);
- the immediacy in a term the profile gives the service ("engraving while you wait") names
  it; its time is the commitment.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Coutellerie Fildaubrac
language: fr
central_idea:
  statement: "Un couteau pour toute une vie."
  lexicon: [couteau, lame, vie]
channels:
  web: {tones: [storytelling], idea: false}
  social: {tones: [joy], idea: false}
  store: {tones: [joy], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  email: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "tue-sat"}
  forge: {within: 5w, terms: [sur commande, forgé sur commande, forgée sur commande, fabrication]}
  affutage_minute:
    within: 1h
    terms: [affûtage minute, affûté sur place, affûtage pendant que vous attendez]
""",
    "en": """
brand: Fildaubrac Cutlery
language: en
central_idea:
  statement: "A knife for a lifetime."
  lexicon: [knife, blade, lifetime]
channels:
  web: {tones: [storytelling], idea: false}
  social: {tones: [joy], idea: false}
  store: {tones: [joy], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  email: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "tue-sat"}
  forge: {within: 5w, terms: [made to order, forged to order, bespoke]}
  quick_sharpening: {within: 1h, terms: [sharpening while you wait, sharpened on the spot]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "fildaubrac", "social")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Bonne nouvelle : vos couteaux forgés sur commande seront prêts en 10 jours, "
           "bien avant votre mariage.", ["BL302"]),
    ("fr", "Bonne nouvelle : vos chopes coulées sur commande seront prêtes en 10 jours.",
     ["BL302"]),
    # at the commitment: nothing to report
    ("fr", "Bonne nouvelle : vos couteaux forgés sur commande seront prêts en 5 semaines.",
     []),
])
def test_a_noun_marked_by_its_preposition_is_no_order(lint, lang, text, expected):
    assert codes(lint(lang, text, "email")) == expected


@pytest.mark.parametrize("text", [
    "Polishing and oiling done in 20 minutes at the counter.",
    "Cleaning and pressing done in 2 hours.",
    # the small model reads the participle as the gerund's clause here (gorlay-en-007)
    "REVIVE YOUR KNIVES\nBlades, handles, old heirlooms: our cutlers forged them, we know how "
    "to care for them.\nPolishing and re-oiling done in 20 minutes at the counter.\nAsk the "
    "cutler for advice.",
])
def test_an_opening_gerund_names_the_act_done(lint, text):
    assert codes(lint("en", text, "store")) == ["BL304"]


@pytest.mark.parametrize("text", [
    "Having finished in 20 minutes, we closed the shop early.",
    "Booking done in 2 minutes.",
])
def test_no_act_of_the_brands_in_an_auxiliary_or_the_readers_act(lint, text):
    assert codes(lint("en", text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun autre atelier en France ne fait ce niveau de travail."),
    ("fr", "Personne d'autre ne propose une telle finesse de lame."),
    ("en", "No other workshop in France does this level of work."),
    ("en", "No one else does what we do."),
])
def test_rivals_denied_this_level_fire(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL303"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun autre frais ne vous sera demandé pour ce niveau de service."),
    ("en", "No other fees apply at this level of service."),
    ("en", "Nobody else does this for you: we handle the paperwork."),
])
def test_no_rival_denied(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce jour-là, vous ne l'oublierez jamais. Votre couteau non plus 🔪 Prénoms, date : "
           "on grave à la main ce que vous voulez y laisser."),
    ("fr", "Vos invités s'en souviendront toujours."),
    ("en", "You'll never forget that day. Neither will your knife."),
    ("en", "Your guests will always remember this evening."),
])
def test_the_readers_memory_is_no_claim(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec nous, vous n'attendrez jamais au comptoir."),
    ("en", "With us, you'll never wait at the counter."),
    ("en", "We never forget a customer's birthday."),
])
def test_the_readers_wait_or_the_brands_memory_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]


def test_a_reminder_is_no_memory_foretold(lint):
    # "remember" said to the reader reminds them of the hours (abriel-en-023)
    assert "BL301" in codes(lint("en", "And remember, whatever happens this weekend, you can "
                                       "reach an adviser day and night, 365 days a year.",
                                 "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Knives have been forged here since the Middle Ages, and Thiers has always had "
           "its cutlers."),
    ("en", "Thiers has always had its cutlers."),
])
def test_a_start_date_anchors_its_own_clause(lint, lang, text):
    assert codes(lint(lang, text)) == []


def test_a_clause_anchored_in_its_start_date_runs_up_to_now(lint):
    assert "BL301" in codes(lint("en", "Since 1987, our knives have always been delivered on "
                                       "time."))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Fildaubrac, Inès speaking.\nCaller: Someone said you sharpen a knife in "
           "five minutes?\nAgent: For sharpening while you wait, please allow an hour, as "
           "every blade is done by hand."),
    ("en", "Sharpening while you wait: allow an hour."),
    ("fr", "Affûtage pendant que vous attendez : comptez une heure."),
])
def test_the_services_own_term_names_it(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Sharpening while you wait, done in 5 minutes."),
    ("fr", "Affûtage pendant que vous attendez, prêt en 10 minutes."),
])
def test_a_faster_time_given_with_the_term_fires(lint, lang, text):
    assert codes(lint(lang, text, "store")) == ["BL302"]
