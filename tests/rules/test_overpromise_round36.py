"""Round 36: the act a label names, and kinds of things compared.

- A verbless label after the brand's word and a colon (« On gère tout : votre dossier
  transmis en 2 jours », "We take care of it: your claim filed in 2 working days") names
  the act by its participle: no verb of the brand's times it, so the act named is the
  service — held to the profile like any other act.
- Participles coordinated on the reader's thing (« vos photos retouchées et légendées en
  4 jours ») time the act the last one names, even when the small model hangs the delay
  on the thing.
- The act named on the reader's thing is its own service: a declared service's word in
  another clause of the sentence (« …, joint à votre devis ») does not claim it.
- A bare plural of the brand's world set beside another kind of it ("framed prints in the
  sun always fade faster than those in the shade", « …plus vite que ceux à l'ombre »)
  tells how kinds of things differ: no absolute claim of the brand's.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Atelier Plume
language: fr
central_idea:
  statement: "Mettre en valeur chaque souvenir de famille."
  lexicon: [souvenir, valeur, famille, mémoire]
  related: [cadre, photo, tirage, verre]
channels:
  shop: {tones: [deal], idea: false}
  store: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  devis: {within: 3d, terms: [devis]}
  encadrement: {within: 3w, terms: [encadrement]}
  visite: {within: 7d, terms: [visite en atelier]}
""",
    "en": """
brand: Atelier Plume
language: en
central_idea:
  statement: "Give every family memory its best light."
  lexicon: [memory, family, light, keepsake]
  related: [frame, print, photo, glass]
channels:
  shop: {tones: [deal], idea: false}
  store: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  quote: {within: 3d, terms: [quote]}
  framing: {within: 3w, terms: [framing]}
  visit: {within: 7d, terms: [workshop visit]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "plume", "shop")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Option restauration — 35 €\n"
           "On s'occupe de tout : votre tableau restauré en 5 jours."),
    ("en", "Restoration option — £35\n"
           "We take care of it all: your painting cleaned in 5 days."),
])
def test_an_act_labelled_after_the_brands_word_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Option restauration — 35 €\n"
           "On s'occupe de tout : votre tableau restauré avec soin."),
    ("en", "Restoration option — £35\n"
           "We take care of it all: your painting cleaned with care."),
])
def test_the_same_label_with_no_delay_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Albums de famille\nVos albums anciens restaurés et reliés en 4 jours."),
    ("en", "Family letters\nYour old letters translated and annotated in 4 days."),
])
def test_coordinated_participles_on_the_readers_thing_fire(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Albums de famille\nUn album restauré et relié en 4 jours dure moins longtemps."),
    ("en", "Family letters\nA letter translated and annotated in 4 days reads better."),
])
def test_coordinated_participles_naming_a_kind_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Option restauration — 35 €\n"
           "On s'occupe de tout : votre tableau restauré en 5 jours, exposé dans l'atelier."),
    ("en", "Restoration option — £35\n"
           "We take care of it all: your painting cleaned in 5 days, on show in the "
           "workshop."),
])
def test_a_declared_word_in_another_clause_does_not_claim_the_act_named(lint, lang, text):
    # `visite: {within: 7d, terms: [visite en atelier]}`: « atelier » is the place the
    # painting is shown, the act named is the restoration, which no commitment covers
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les cadres au soleil pâlissent toujours plus vite que ceux à l'ombre."),
    ("en", "Framed prints in the sun always fade faster than those in the shade."),
])
def test_kinds_of_the_brands_world_compared_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les cadres au soleil restent toujours impeccables."),
    ("en", "Framed prints in the sun always stay spotless."),
])
def test_a_kind_of_the_brands_world_said_alone_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Nous en parlerons lors de votre visite en atelier, réalisée sous 7 jours "
           "dans notre boutique.", None),
    ("fr", "Nous en parlerons lors de votre visite en atelier, réalisée sous 2 jours "
           "dans notre boutique.", "BL302"),
    ("en", "We will talk it over during your workshop visit, carried out within 7 days "
           "at our shop.", None),
    ("en", "We will talk it over during your workshop visit, carried out within 2 days "
           "at our shop.", "BL302"),
])
def test_an_act_named_on_a_declared_service_is_held_to_its_commitment(lint, lang, text,
                                                                       code):
    # the participle's thing is the declared visit: within its 7 days nothing is said;
    # faster than it, the visit's commitment is broken
    found = codes(lint(lang, text, "store"))
    assert (code in found) if code else found == []


# The act named on a declared service's thing takes that service's commitment only from the
# thing's own phrase, before the act and on its line: a signature the small model hangs under
# the sentence (« L'équipe Plume ») lends it no word. And an act that admits the customer's
# own (« retour accepté sous 14 jours », "returns accepted within 14 days") times a window
# given to the customer, not the brand.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nDéposez votre tableau à l'atelier : restauration complète (nettoyage, "
           "vernis, cadre) rendue en 3 jours.\n\nÀ bientôt à l'atelier,\nL'équipe Plume"),
    ("en", "Hello,\n\nDrop your painting at the workshop: full restoration (cleaning, varnish, "
           "frame) returned in 3 days.\n\nSee you soon,\nThe Plume team"),
])
def test_an_act_on_an_undeclared_thing_fires_whatever_the_signature(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous changez d'avis ? Retour accepté sous 14 jours, cadres non déballés."),
    ("en", "Changed your mind? Returns accepted within 14 days, parcels unopened."),
])
def test_a_window_given_to_the_customer_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


# The event a delay counts from (« après la livraison de votre toile ») is no service; the act
# it times is still the one the page names (its title's declared service), held to that
# service's commitment: the title is read before the mention is dropped.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Encadrement sur mesure : vos questions\n\nQuand interviennent-ils ?\nComptez une "
           "semaine après la livraison de votre toile, quelle que soit la saison."),
    ("en", "Custom framing: your questions\n\nWhen is it ready?\nAllow one week after the "
           "delivery of your canvas, whatever the season."),
])
def test_a_count_from_an_event_under_a_declared_services_title_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))
