"""A thing made ready, timed (about fifteen misses across older blind sets, each failing on
a different path until readiness was read as a concept of its own):

- "It'll be ready in 4 days", « votre enseigne sera prête en 3 semaines », "Ready in three
  weeks." under a line naming the service: the time the brand's work on the thing ends —
  judged against the declared service that works on things named before it in the draft,
  else as the brand's own work, a service nobody declared (BL304), even where the pronoun's
  antecedent was received in a parcel ("We've received your coat… It'll be ready");
- people are no thing made ready ("Hugo says you're ready", « nous sommes prêts »), and a
  readiness told of the past or asked about is no commitment;
- a starred claim's footnote is its fine print, every sentence of it ("*For orders placed
  before 3pm… Outside those times, ready the next working day."); a Markdown bullet is no
  footnote.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cintrebois
language: fr
central_idea:
  statement: "Le bois courbé à la vapeur, à la main."
  lexicon: [bois, vapeur, main]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  chair_making: {within: 6w, terms: [chaise sur mesure, chaises sur mesure, fabrication]}
""",
    "en": """
brand: Cintrebois
language: en
central_idea:
  statement: "Wood bent by steam, by hand."
  lexicon: [wood, steam, hand]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  chair_making: {within: 6w, terms: [custom chair, custom chairs, build]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "cintrebois", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Want a chair shaped to your back?\nCustom chairs: we steam the oak to your "
           "measurements.\nReady in three weeks.", ["BL302"]),
    ("fr", "Envie d'une chaise à votre mesure ?\nChaises sur mesure : nous courbons le chêne "
           "à vos cotes.\nPrête en 15 jours, promis.", ["BL302"]),
    # at the commitment: nothing to report
    ("en", "Custom chairs: we steam the oak to your measurements.\nReady in six weeks.", []),
    ("fr", "Chaises sur mesure : nous courbons le chêne à vos cotes.\nPrête en 6 semaines.", []),
])
def test_ready_under_the_service_named_above(lint, lang, text, expected):
    assert codes(lint(lang, text)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Dear Mr Hale,\n\nThe build begins in our workshop next month.\n\nYour rocking "
           "chair will be ready for collection in 20 days.\n\nKind regards", ["BL302"]),
    ("en", "Dear Mr Hale,\n\nThe build begins in our workshop next month.\n\nYour rocking "
           "chair will be ready for collection in 8 weeks.\n\nKind regards", []),
])
def test_ready_after_the_service_named_earlier(lint, lang, text, expected):
    assert codes(lint(lang, text, "email")) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Mr Hughes,\n\nWe've received your stool for re-caning. It'll be ready in 4 "
           "days, and we'll text you when it's waiting for you.\n\nBest,\nThe workshop"),
    ("fr", "Bonjour Monsieur Hugues,\n\nNous avons bien reçu votre tabouret pour le "
           "cannage. Il sera prêt sous 4 jours, et nous vous prévenons par SMS.\n\n"
           "Bien à vous,\nL'atelier"),
])
def test_ready_on_work_nobody_declared(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    # people ready, not a thing made ready
    ("en", "Your instructor says you're ready, so we'll see you for the final lesson."),
    ("fr", "Nous sommes prêts à vous accueillir dès samedi."),
    # a readiness told of the past
    ("en", "Last spring your chair was ready in 4 days, a lucky week for the workshop."),
    # asked, not promised
    ("en", "Will it be ready in 4 days? We'll check with the workshop and tell you."),
])
def test_no_thing_made_ready_promised(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []


def test_a_footnote_is_fine_print_every_sentence_of_it(lint):
    text = ("Repair & collect — ready in 3 hours*\n\nBring your chair in the morning, take "
            "it home at lunch.\n\n*For a loose joint only, dropped off between 10am and "
            "1pm. Outside those times, ready the next working day.")
    assert codes(lint("en", text, "web")) == []


def test_a_markdown_bullet_is_no_footnote(lint):
    text = "Our workshop:\n\n* Steam-bent oak\n\n* Your loose joint glued and ready in 3 hours."
    assert codes(lint("en", text, "web")) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Questions fréquentes\n**Pour combien de personnes ?** De 2 à 8.\n**Quel délai "
           "pour une chaise sur mesure ?** Commandée le lundi, votre chaise sur mesure est "
           "prête en 10 jours."),
    ("en", "## FAQ\n**How many seats?** Two to eight.\n**How long for a custom chair?** "
           "Ordered on Monday, your custom chair is ready in 10 days."),
])
def test_bold_questions_are_no_footnotes(lint, lang, text):
    assert codes(lint(lang, text, "web")) == ["BL302"]


# Round 50's read half (heldout54: a vinegar maker, a boomerang maker), misses whose cause
# is general: a market scope the small French model cuts off as another sentence; the
# rivals named as competitors (« aucun concurrent ne fait mieux », "no competitor does it
# better"); the whole trade as whatever money can buy; the occasions an *always* runs over
# (« du premier lancer au dernier ») are no material a mechanism acts on; « nous le
# réparons », a verb whatever the small French model lemmatises it.

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Notre chaise est la plus solide du marché.", ["BL303"]),
    ("fr", "P.S. : vous tenez la chaise la plus solide, aucun concurrent ne fait mieux.",
     ["BL303"]),
    ("fr", "Aucun concurrent ne propose plus ce modèle.", []),
    ("en", "Ours is the finest chair money can buy.", ["BL303"]),
    ("en", "P.S. No competitor does it better.", ["BL303"]),
    ("en", "No competitor offers this model any more.", []),
    ("en", "Buy the best cushion your money can buy, then bring it to us.", []),
])
def test_the_market_and_the_rivals(lint, lang, text, expected):
    assert codes(lint(lang, text, "email")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Notre engagement\nUne chaise Cintrebois tient toujours, du premier jour au "
           "dernier, quel que soit le poids.", ["BL301"]),
    ("en", "A Cintrebois chair always holds, from the first day to the last.", ["BL301"]),
    # a part acting on a material: how it works, no claim
    ("fr", "Le cannage reprend toujours sa forme après chaque lavage.", []),
    ("en", "The spring always returns the seat to its position.", []),
    # one moment is no range of occasions; an occasion in a clause of its own below
    ("fr", "Le verrouillage est désormais toujours proposé au premier lancement "
           "(désactivable).", []),
    ("fr", "L'eau finit toujours par trouver le point faible d'une toiture 💧 C'est pour ça "
           "qu'on vérifie les joints à chaque visite.", []),
])
def test_occasions_are_no_material(lint, lang, text, expected):
    assert codes(lint(lang, text, "web")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Déposez-la à l'atelier, nous la réparons en 48 heures chrono.", ["BL304"]),
    ("Nos boutons et nos saisons changent, pas notre bois.", []),
])
def test_a_first_person_plural_is_a_verb(lint, text, expected):
    assert codes(lint("fr", text, "email")) == expected
