"""What the seventeenth real-copy judgement taught the promise and claim reading: hours
written as a modifier describe the noun they modify ("the 24/7 nature of the work"), not
a service the reader can reach; *help* before the verb it helps along ("staff who help
make clear what we do every day") is no one there to help the reader; how soon a request
is turned down ("rejected immediately") is no service delivered; the brand named in the
sentence before a superlative does not make the next sentence's superlative its own; and
"the leading role we played" is an idiom, not a market claim. Each concept fires in its
true form and stays silent in its near miss, in French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lumane
language: fr
central_idea:
  statement: "Des appareils réparés près de chez vous, pour qu'ils durent."
  lexicon: [réparer, durer, atelier, technicien, expliquer]
channels:
  web: {tones: [reassurance, solution]}
promises:
  repair: {within: 48h}
""",
    "en": """
brand: Lumane
language: en
central_idea:
  statement: "Devices repaired near you, so they last."
  lexicon: [repair, last, workshop, technician, explain]
channels:
  web: {tones: [reassurance, solution]}
promises:
  repair: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lumane", "web")


def codes(diagnostics, prefix):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- hours describe the noun they modify ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question ? Notre assistance est joignable 24h/24."),
    ("fr", "Profitez d'une assistance 24h/24 pour votre appareil."),
    ("en", "We offer 24/7 support for every device we repair."),
    ("en", "Questions? Our team is here 24/7."),
    # hours after a comma, in a line that says the thing is there to be had
    ("fr", "Rejoignez vos voisins : un appareil de prêt toujours disponible au coin de votre "
           "rue, 365 jours par an."),
    ("en", "Join your neighbours: a loan device always available round the corner, 365 days "
           "a year."),
    # « vous » before a verb in the third person is its object, not someone else acting
    ("fr", "Nos ateliers vous accueillent sept jours sur sept, de jour comme de nuit."),
    ("en", "Our workshops welcome you seven days a week, day and night."),
    # a bullet the small model tags as a verb is nobody else's act
    ("en", "✔ On-site diagnosis\n✔ Secured bait stations\n✔ Open 24/7, Sundays and bank "
           "holidays included"),
    ("fr", "✔ Diagnostic sur place\n✔ Postes d'appâtage sécurisés\n✔ Ouvert 24h/24, "
           "dimanches et jours fériés compris"),
])
def test_round_the_clock_service_is_a_promise(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text), "BL304")


@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est le rythme 24h/24 de la salle serveurs qui rend ce métier si exigeant."),
    ("en", "It's the critical 24/7 nature of the work that makes this job so demanding."),
])
def test_hours_that_describe_a_thing_are_no_promise(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL30")


# -- help before the verb it helps along ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos conseillers sont là pour vous aider, tous les jours."),
    ("en", "Our advisers are there to help, every day."),
])
def test_someone_there_to_help_every_day_is_availability(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text), "BL304")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci aux équipes qui aident à faire connaître ce que nous faisons tous les jours."),
    ("en", "Thanks to our staff who help make clear what we're doing every day."),
])
def test_helping_an_act_along_is_no_availability(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL30")


# -- how soon a request is turned down -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande est expédiée immédiatement."),
    ("en", "Your order is shipped immediately."),
])
def test_a_delivery_at_once_is_a_promise(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text), "BL304")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Après trois échecs, toute nouvelle demande de commande de ce compte est rejetée "
           "immédiatement."),
    ("en", "After three failures, any new order requests from that account will be rejected "
           "immediately."),
])
def test_a_request_turned_down_at_once_is_no_promise(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL30")


# -- the brand named in the sentence before ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumane, les meilleures réparations de Lyon."),
    ("en", "Lumane, the best repairs in Leeds."),
])
def test_a_superlative_said_of_the_brand_by_name_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text), "BL303")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre serveur peut répondre autrement que celui de Lumane. Les meilleures API DNS "
           "vous indiquent si la mise à jour est propagée."),
    ("en", "Your server may answer differently from Lumane. The best DNS APIs tell you when "
           "the update has spread."),
])
def test_the_brand_named_in_the_sentence_before_does_not_own_the_superlative(
        lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL303")


# -- an idiom of prominence ---------------------------------------------------------------
def test_a_leading_market_position_fires(lint_with):
    assert "BL303" in codes(lint_with("en", "Lumane is the leading repair network in the UK."),
                            "BL303")


def test_the_leading_role_played_is_an_idiom(lint_with):
    assert not codes(lint_with("en", "We can't claim all the credit, but we're proud of the "
                                     "leading role we played."), "BL303")


# -- a scenario told to explain -----------------------------------------------------------
def absolute_warnings(diagnostics):
    return [d for d in diagnostics if d.code == "BL301" and d.severity.name == "WARNING"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec Lumane, votre appareil ne tombe jamais en panne."),
    ("en", "With Lumane, your device never breaks down."),
])
def test_a_firm_never_on_the_brands_result_fires(lint_with, lang, text):
    assert absolute_warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si cette personne était soumise à une attaque, l'attaquant répondrait sur le port "
           "80, pour que votre site n'ait jamais la possibilité de répondre."),
    ("en", "If the key leaked, an attacker would answer on port 80, so that your site never "
           "gets the chance to respond."),
])
def test_an_absolute_inside_an_if_scenario_is_no_firm_claim(lint_with, lang, text):
    assert not absolute_warnings(lint_with(lang, text))


# -- a contribution to the result ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Chaque pièce posée par nos ateliers est d'origine, c'est garanti."),
    ("en", "Our workshops guarantee that every part is genuine."),
])
def test_guaranteeing_the_result_fires(lint_with, lang, text):
    assert absolute_warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les fabricants publient leurs schémas, ce qui aide à garantir que chaque pièce est "
           "d'origine."),
    ("en", "Manufacturers publish their schematics as a means to help guarantee that every "
           "part is genuine."),
])
def test_helping_to_guarantee_is_no_firm_claim(lint_with, lang, text):
    assert not absolute_warnings(lint_with(lang, text))


# -- lifetime named beside another property ------------------------------------------------
def test_a_lifetime_warranty_fires(lint_with):
    assert absolute_warnings(lint_with("en", "Every repair comes with a lifetime warranty."))


def test_lifetime_beside_another_property_is_a_dimension(lint_with):
    assert not absolute_warnings(lint_with(
        "en", "Controlling Scope and Lifetime\nThe new method also introduces scope controls."))


# -- a service word as someone else's verb -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe vous accompagne tous les jours, de 8 h à 20 h."),
    ("en", "Our team supports you 24/7."),
])
def test_the_brand_supporting_the_reader_round_the_clock_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text), "BL304")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Racontez-nous comment vous soutenez ce petit bout d'Internet dont des millions de "
           "gens dépendent tous les jours."),
    ("en", "Tell us how you support one small piece of the Internet that millions of people "
           "depend on every day."),
    ("en", "Supporting the work of repair matters to the lives of millions of people every "
           "day."),
])
def test_the_reader_or_others_supporting_something_is_no_availability(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL30")


# -- what a verb of prevention keeps from happening ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre pare-feu bloque les attaques pour toujours."),
    ("en", "Our firewall stops attacks forever."),
])
def test_an_absolute_on_the_brands_own_act_fires(lint_with, lang, text):
    assert absolute_warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cette limite sert à éviter que votre appareil reste bloqué pour toujours dans une "
           "boucle."),
    ("en", "This limit is designed to prevent clients from getting stuck forever in a loop of "
           "failed validations."),
])
def test_the_feared_state_a_limit_prevents_is_no_claim(lint_with, lang, text):
    assert not absolute_warnings(lint_with(lang, text))


# -- a period is no deadline ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande est livrée en 36 heures."),
    ("en", "Your order ships in 36 hours."),
])
def test_a_delivery_deadline_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text), "BL304")


@pytest.mark.parametrize("lang,text", [
    ("fr", "La capacité de créer des commandes se recharge d'une commande toutes les 36 "
           "secondes."),
    ("en", "The ability to create new orders refills at a rate of 1 order every 36 seconds."),
])
def test_how_often_something_happens_is_no_deadline(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL30")


# -- the maker in the agent's slot ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumane, leader européen de la réparation."),
    ("en", "Lumane, the leading repair network in Europe."),
])
def test_the_brand_as_market_leader_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text), "BL303")


@pytest.mark.parametrize("lang,text", [
    # the export lost the partner's name; the slot still says who it is
    ("fr", "Votre nouvel assistant, créé par , leader européen de l'intelligence artificielle."),
    ("en", "Your new assistant, built by , the leading AI lab in Europe."),
])
def test_a_superlative_on_the_maker_in_the_agents_slot_is_someone_elses(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL303")


# -- the negation goes on after the comma --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Partout, à chaque fois."),
    ("en", "Every destination, every time."),
])
def test_every_time_as_a_slogan_fires(lint_with, lang, text):
    assert absolute_warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce n'est pas possible partout, à chaque fois, mais nous apprécions votre fidélité."),
    ("en", "Due to demand, it can't be every destination, every time, but we still appreciate "
           "your loyalty."),
])
def test_a_phrase_after_a_negated_verb_shares_the_negation(lint_with, lang, text):
    assert not absolute_warnings(lint_with(lang, text))


# -- a proposition weighed, not asserted ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre appareil ne tombera jamais en panne."),
    ("en", "Your device will never break down."),
])
def test_the_absolute_asserted_fires(lint_with, lang, text):
    assert absolute_warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Promettre que votre appareil ne tombera jamais en panne serait mentir."),
    ("en", "Expecting users to never make a mistake is an unreasonably high expectation."),
])
def test_an_absolute_in_a_clausal_subject_is_weighed_not_asserted(lint_with, lang, text):
    assert not absolute_warnings(lint_with(lang, text))


# -- lifetime before a noun that is no lasting benefit -------------------------------------
@pytest.mark.parametrize("text", [
    "Every plan comes with a lifetime coverage guarantee.",
    "P.S. Every subscription now comes with a lifetime battery warranty.",  # the phrase's head
])
def test_a_lifetime_benefit_fires(lint_with, text):
    assert absolute_warnings(lint_with("en", text))


def test_lifetime_before_a_measured_noun_is_a_length(lint_with):
    assert not absolute_warnings(lint_with(
        "en", "- Brittleness to lifetime changes: the static 30-day threshold is not resilient."))


# -- a conjecture beside a hedged rank ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumane est le plus grand réseau de réparation de France."),
    ("en", "Lumane is the largest repair network in the world."),
])
def test_a_firm_market_rank_fires(lint_with, lang, text):
    assert [d for d in lint_with(lang, text) if d.code == "BL303" and
            d.severity.name == "WARNING"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes l'un des plus grands réseaux de France (sinon le plus grand)."),
    ("en", "We're now one of the largest repair networks in the world (if not the largest)."),
])
def test_if_not_the_largest_beside_one_of_is_a_conjecture(lint_with, lang, text):
    assert not [d for d in lint_with(lang, text) if d.code == "BL303" and
                d.severity.name == "WARNING"]


# -- a comparison that takes up a sourced figure --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "29 % des foyers nous choisissent. C'est plus que toute autre enseigne du pays."),
    ("en", "29% of our customers pick it. That's more than any other plan on the market."),
])
def test_a_comparison_with_no_source_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text), "BL303")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon l'Insee, 29 % des foyers réparent leurs appareils. C'est plus que toute autre "
           "région du pays."),
    ("en", "According to Firefox Telemetry, 29% of TLS transactions use ninety-day "
           "certificates. That's more than any other lifetime."),
])
def test_a_comparison_that_takes_up_a_sourced_figure_is_substantiated(lint_with, lang, text):
    assert not codes(lint_with(lang, text), "BL303")
