"""Real-text source 38 (alwaysdata's help centre and blog, judged at first run) showed
overpromise and central-idea readings that did not generalise to help pages, tutorials and
post-mortems; each concept is tested here on texts of our own, FR and EN, with near misses,
on the real models (LEGO profiles):
- « Toujours + place or means, + order » opening a tutorial step: the steps go on in the
  same place (still), no habit of the brand;
- a prohibition in the *vous* form the small model tags a pronoun (« N'utilisez jamais… »);
- the comparison's expletive « ne » (« plus compliqué qu'il ne l'a jamais été »): "ever";
- "theoretically" / « théoriquement »: what a design should give, a hedge;
- a ranked phrase identified with a name that is not the brand's ("The most popular HTTP
  server is Uvicorn"), a binary or a command that is the only one available, set phrases
  (« la meilleure volonté », "best practice")."""

from __future__ import annotations

import pytest


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


def absolutes(diagnostics):
    return [d for d in diagnostics if d.code == "BL301" and d.severity >= 2]


# -- « Toujours » opening a tutorial step -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ouvrez le fichier config.yaml et ajoutez votre clé. Toujours dans le fichier config.yaml, "
    "ajoutez ensuite le nom de votre boutique.",
    "Lancez le terminal et connectez-vous. Toujours depuis votre terminal, lancez la "
    "commande de mise à jour.",
])
def test_toujours_opening_a_step_before_an_order_is_still(lint, text):
    assert "BL301" not in codes(lint(text, "fr", "web"))


@pytest.mark.parametrize("text", [
    "Toujours à l'heure, nos coursiers livrent vos boîtes dans toute la ville.",
    "Nos boîtes sont toujours livrées complètes, sans une pièce manquante.",
])
def test_near_miss_toujours_of_a_property_or_an_act_stays_absolute(lint, text):
    assert "BL301" in codes(lint(text, "fr", "web"))


# -- a prohibition the model tags a pronoun ---------------------------------------------------
def test_a_prohibition_in_the_vous_form_is_advice(lint):
    text = "Pour lancer vos scripts, utilisez la commande brique. N'utilisez jamais l'ancienne " \
           "commande brique2."
    assert "BL301" not in codes(lint(text, "fr", "web"))


def test_near_miss_the_brand_that_never_fails_stays_absolute(lint):
    text = "Nos moteurs ne tombent jamais en panne."
    assert "BL301" in codes(lint(text, "fr", "web"))


# -- the comparison's expletive « ne » ----------------------------------------------------------
def test_jamais_after_a_comparison_and_expletive_ne_means_ever(lint):
    text = "Le monde des jouets est aujourd'hui plus compliqué qu'il ne l'a jamais été."
    assert "BL301" not in codes(lint(text, "fr", "web"))


def test_near_miss_jamais_negated_stays_absolute(lint):
    text = "Nos briques ne se cassent jamais, même après des années de jeu."
    assert "BL301" in codes(lint(text, "fr", "web"))


# -- what a design should give --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "La boîte est scellée en usine, ce qui garantit théoriquement qu'aucune pièce ne "
           "manque."),
    ("en", "The box is sealed at the factory, which theoretically guarantees that no piece is "
           "missing."),
])
def test_a_theoretical_guarantee_is_hedged(lint, lang, text):
    assert not absolutes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La boîte est scellée en usine, ce qui garantit qu'aucune pièce ne manque."),
    ("en", "The box is sealed at the factory, which guarantees that no piece is missing."),
])
def test_near_miss_a_plain_guarantee_stays_absolute(lint, lang, text):
    assert absolutes(lint(text, lang, "web"))


# -- superlatives that are not about the brand ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "To render your models, pick a 3D engine. The most popular rendering engine is "
           "Blender."),
    ("fr", "Pour vos rendus, choisissez un moteur 3D. Le moteur de rendu le plus connu est "
           "Blender."),
    ("fr", "Depuis la mise à jour, le seul binaire disponible est brique. N'utilisez plus "
           "brique-old."),
    ("fr", "Même avec la meilleure volonté du monde, une boîte ne se monte pas seule."),
    ("en", "The best practice is to sort the pieces by colour before you build."),
])
def test_a_ranking_that_is_not_the_brands_is_no_superlative(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "The most popular building toy in the world is LEGO."),
    ("fr", "Nous fabriquons les briques les plus solides du marché."),
    ("en", "We are the only toy maker in Europe that recycles every brick."),
])
def test_near_miss_the_brand_ranked_stays_a_superlative(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


# -- a guarantee bounded, or secured by others ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous garantissons des copies de vos plans de montage sur 30 jours, dans un second "
           "entrepôt."),
    ("en", "We guarantee copies of your building plans over 30 days, in a second warehouse."),
    ("en", "Our warehouse partner guarantees an average availability above 99.9% of its "
           "shelves."),
    ("fr", "L'électricité de nos ateliers est garantie par deux fournisseurs indépendants."),
    ("en", "Power in our workshops is guaranteed by two independent suppliers."),
])
def test_a_bounded_or_outside_guarantee_is_no_absolute(lint, lang, text):
    assert not absolutes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous garantissons des plans de montage toujours justes."),
    ("en", "Every set is guaranteed by our own designers to delight you."),
    ("fr", "La qualité de chaque brique est garantie par nos équipes."),
])
def test_near_miss_the_brands_own_guarantee_stays_absolute(lint, lang, text):
    assert absolutes(lint(text, lang, "web"))


# -- windows read as service promises ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Tout atelier annulé dans les 24 heures précédant la séance sera facturé."),
    ("en", "Any workshop cancelled within the 24 hours preceding the session will be charged."),
    ("fr", "Une remise vous est offerte pour tout achat effectué par votre ami dans les 3 "
           "mois suivant son inscription."),
    ("fr", "Les pièces seront envoyées automatiquement (pas nécessairement le jour même de la "
           "commande)."),
])
def test_a_window_or_a_caveat_is_no_service_promise(lint, lang, text):
    assert not codes(lint(text, lang, "web")) & {"BL302", "BL304"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toute réparation est effectuée par nos techniciens dans les 2 heures."),
    ("en", "Every repair is made by our technicians within 2 hours."),
])
def test_near_miss_the_brands_timed_act_stays_a_promise(lint, lang, text):
    assert codes(lint(text, lang, "web")) & {"BL302", "BL304"}


# -- the idea's words negated in a case, an open choice or a data commitment --------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Si votre enfant ne construit pas encore seul, commencez par nos boîtes 4+ : les "
           "pièces y sont plus grandes."),
    ("en", "If your child does not build alone yet, start with our 4+ boxes: the pieces are "
           "bigger."),
    ("en", "Choose whether or not to build the bonus model: the box holds the pieces for both."),
    ("fr", "Nous ne partageons aucune de vos créations sans votre accord."),
])
def test_a_negated_idea_word_in_a_case_a_choice_or_a_commitment_is_no_rejection(
        lint, lang, text):
    assert "BL103" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas besoin d'inventer ni de construire : la maquette arrive déjà montée."),
    ("en", "No need to invent or build anything: the model arrives fully assembled."),
])
def test_near_miss_the_brand_dismissing_the_idea_still_contradicts_it(lint, lang, text):
    assert "BL103" in codes(lint(text, lang, "web"))


# -- « toujours » / "always" stating a rule of the product ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Les commandes passées avec un code cadeau seront toujours soumises à la "
           "vérification du stock."),
    ("en", "Our rating of each design is always based on the hardest build step."),
    ("en", "In repeated cases of abuse, our team can always suspend the club account."),
    ("fr", "En cas d'abus répétés, notre équipe peut toujours suspendre le compte du club."),
])
def test_an_absolute_stating_a_rule_or_a_reserved_right_is_no_claim(lint, lang, text):
    assert not absolutes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe répare toujours une boîte cassée, quel que soit son âge."),
    ("en", "Our team can always fix a broken set, whatever its age."),
])
def test_near_miss_an_absolute_performance_stays_a_claim(lint, lang, text):
    assert absolutes(lint(text, lang, "web"))


# -- a whole counted in a scenario ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Si la panne du transporteur s'étendait, ce ne serait plus 20 % mais 100 % des "
           "clients qui seraient livrés en retard."),
    ("en", "If the carrier's outage spread, it would not be 20% but 100% of customers that "
           "would get their parcels late."),
])
def test_a_whole_counted_in_a_feared_scenario_is_no_claim(lint, lang, text):
    assert not absolutes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "100 % des clients qui commandent chez nous sont livrés à l'heure."),
    ("en", "100% of customers that order from us get their parcels on time."),
])
def test_near_miss_a_whole_counted_as_a_result_stays_a_claim(lint, lang, text):
    assert absolutes(lint(text, lang, "web"))


def test_near_miss_a_guarantee_by_the_brands_own_product_stays_absolute(lint):
    text = "Your privacy is guaranteed by self-hosting LEGO Builder on your own computer!"
    assert absolutes(lint(text, "en", "web"))
