"""Round 51's read half (heldout55 barbetfrise, brehaut; heldout56 azulmira, hautaile),
first-run errors whose cause is general:

- « je vous réponds sous 48 h »: a verb by the personal pronoun that is its subject,
  whatever the small French model tags it (an adjective « répond »);
- the thing of a declared service that works on things, then sent ("your genoa repair will
  be done and posted back within 10 days", "your new mainsail will be cut, finished and
  delivered in four weeks" where the model hangs the noun elsewhere): that service's time;
- the thing of the profile's own service brought to the reader ("your samples will be with
  you in 3 days"): that service's arrival, not a second delivery;
- the living world ranked (« l'animal le plus rapide du monde », "the fastest animal on
  Earth") is nature, not the offer; a rank outside a place ("the finest zellige outside
  Morocco") and « au plus grand parc de rapaces d'Occitanie » set the offer against a
  market; offshoring is a policy, "offshore cruisers" are sailors;
- walk-in hours (« sans rendez-vous ») time no act said beside them.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Voilerie Kerbrat
language: fr
central_idea:
  statement: "La voile coupée pour votre bateau."
  lexicon: [voile, bateau, coupe]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 72h}
  repair: {within: 3w}
  availability: {hours: "9-18", days: "mon-sat"}
  new_sail: {within: 8w, terms: [voile neuve, voiles neuves, grand-voile neuve]}
  samples: {within: 3d, terms: [échantillon, échantillons]}
""",
    "en": """
brand: Kerbrat Sails
language: en
central_idea:
  statement: "Sails cut for your boat."
  lexicon: [sail, boat, cut]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  repair: {within: 3w}
  availability: {hours: "9-18", days: "mon-sat"}
  new_sail: {within: 8w, terms: [new sail, new sails, new mainsail]}
  samples: {within: 3d, terms: [sample, samples]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "kerbrat", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("text,expected", [
    ("Agent : Je transmets votre demande à notre maître voilier et je vous réponds par "
     "e-mail sous 48 h.", ["BL302"]),
    ("Agent : Je vous réponds sous 72 h.", []),
])
def test_a_verb_by_its_pronoun(lint, text, expected):
    assert codes(lint("fr", text, "phone_script")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kerbrat Sails: your genoa repair will be done and posted back within 10 days.",
     ["BL302"]),
    ("Kerbrat Sails: your genoa repair will be done and posted back within 4 weeks.", []),
    ("Order before Easter and your new mainsail will be cut, finished and delivered in four "
     "weeks.", ["BL302"]),
    ("Your new mainsail will be delivered in ten weeks.", []),
])
def test_the_thing_worked_on_then_sent(lint, text, expected):
    assert codes(lint("en", text, "sms")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Your samples will be with you in 3 days.", []),
    ("Your samples will be with you in 2 days.", ["BL302"]),
])
def test_the_own_services_thing_brought(lint, text, expected):
    assert codes(lint("en", text, "email")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Fun fact: in a dive, the peregrine falcon tops 300 km/h, the fastest animal on "
           "Earth.", []),
    ("fr", "Le saviez-vous ? En piqué, le faucon pèlerin dépasse les 300 km/h : c'est "
           "l'animal le plus rapide du monde.", []),
    ("en", "The finest sails outside Brittany, cut in Lorient.", ["BL303"]),
    ("fr", "Venez les voir au plus grand atelier de voiles de Bretagne.", ["BL303"]),
    ("fr", "Nous vous répondons au plus tard sous 3 jours.", []),
    ("en", "We're the leading sailmaker for offshore cruisers.", ["BL303"]),
    ("en", "Never an offshore call centre: the same faces pick up the phone.", []),
])
def test_what_is_ranked_and_against_whom(lint, lang, text, expected):
    assert codes(lint(lang, text, "web")) == expected


@pytest.mark.parametrize("question,expected", [
    ("Cousez-vous les œillets seuls ?", ["BL304"]),  # an act nobody declared
    ("Réparez-vous les housses seules ?", ["BL302"]),  # the repair the question asks for
])
def test_walk_in_hours_time_no_act(lint, question, expected):
    text = (f"## Questions fréquentes\n**{question}**\nOui, sans rendez-vous, faite en 10 "
            "minutes chrono garanties.")
    assert codes(lint("fr", text, "web")) == expected


@pytest.mark.parametrize("delay,expected", [
    ("trois semaines", ["BL302"]),
    ("dix à douze semaines", []),  # slower than the new sail's 8 weeks: nothing to report
])
def test_a_generic_kind_of_a_declared_item(lint, delay, expected):
    # « voile sur mesure »: the profile's new sail, not an undeclared made-to-measure service
    text = (f"## Le temps d'une voile sur mesure\nEntre la prise de cotes à bord et la "
            f"première navigation, comptez {delay}.")
    assert codes(lint("fr", text, "web")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "UV light always breaks down sailcloth left in the sun.", []),
    ("fr", "Le soleil abîme toujours une toile laissée dehors : c'est de la chimie.", []),
    # the brand's own thing stays its claim
    ("en", "Our UV strip always protects your sail.", ["BL301"]),
])
def test_the_elements_are_nature(lint, lang, text, expected):
    assert codes(lint(lang, text, "web")) == expected


# Older blind sets' misses of the same family: a superlative read as denied or as nobody's.

@pytest.mark.parametrize("lang,text,expected", [
    # « pas » after a determiner is a noun (a shooting line, a step), no negation
    ("fr", "Notre pas de tir est le plus moderne de France.", ["BL303"]),
    ("fr", "Ce n'est pas le plus moderne de France, mais il est à nous.", []),
    # "No wonder" affirms what follows
    ("en", "Morning at the loft. No wonder it's the best sail loft in Europe.", ["BL303"]),
    ("en", "No loft is ever the best in Europe at everything.", []),
    # "ours" is the brand's
    ("en", "You are in good hands: ours is the finest sail loft in France.", ["BL303"]),
    ("en", "Best-tasting picnic in Europe, hands down.", ["BL303"]),
    ("en", "Try our best-tasting recipes at home.", []),
])
def test_a_superlative_read_as_denied_or_nobodys(lint, lang, text, expected):
    assert codes(lint(lang, text, "web")) == expected


# Round 52's read half (heldout57, heldout58): hard negatives a copywriter would never flag.

@pytest.mark.parametrize("lang,text,expected", [
    # when the brand bills is a rule it sets, whoever the clause's subject is
    ("en", "Kerbrat Sails: your quote is online. You are never charged before you accept it.",
     []),
    ("fr", "Kerbrat : votre devis est en ligne. Rien n'est jamais débité avant votre accord "
           "écrit.", []),
    ("en", "Our sails never lose their shape.", ["BL301"]),
    # what the law makes the brand do
    ("en", "By law we always check ID for alcohol collections. Please bring yours.", []),
    ("fr", "De par la loi, nous vérifions toujours une pièce d'identité au retrait.", []),
    ("en", "We always check every seam by hand.", ["BL301"]),
    # kinds of animals in general are the living world; the brand's or the reader's are not
    ("en", "Bees never hurry, and neither do we. The new batch goes into the cask today.", []),
    ("fr", "Les abeilles ne butinent jamais sous la pluie : ce printemps humide nous a donné "
           "peu de miel.", []),
    ("en", "Our bees never fall ill.", ["BL301"]),
    ("en", "Your dog always leaves calm.", ["BL301"]),
])
def test_rules_laws_and_the_living_world(lint, lang, text, expected):
    assert codes(lint(lang, text, "sms")) == expected
