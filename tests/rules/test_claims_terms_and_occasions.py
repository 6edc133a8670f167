"""Claims read on the round-10 blind set (heldout15) and real copy: the terms of a
programme the brand sets (how long points last, a house rule, what a subscription's
price buys), a feeling "guaranteed", a counted chart of best-sellers, the brand's own
team refraining from a practice, « toujours » granted before a *mais*. And what the
analysis missed: every occasion and flawlessness said in other words, safety
intensified, "nothing … comes close", « ce qui se boit de mieux », advice set against
the whole planet, a negation in the list that illustrates a claim. Each concept has its
near-miss, in French and English, on the real models (LEGO profiles)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- the terms of a programme ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your points never expire, and diagnosis is always free."),
    ("en", "Your vouchers are valid for life."),
    ("fr", "Vos points n'expirent jamais, et le diagnostic reste toujours gratuit."),
    ("fr", "Vos avoirs restent valables à vie."),
])
def test_how_long_a_granted_right_lasts_is_a_term_not_a_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our batteries never expire."),
    ("fr", "Nos piles n'expirent jamais."),
])
def test_near_miss_a_product_that_never_expires_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Build Club Premium – €19.90/month\n\n• 4 workshops a month\n"
           "• Unlimited model downloads\n• Unlimited builder chat"),
    ("fr", "Votre Pass est actif ! Pour 14,90 € par mois, les ateliers libres sont illimités "
           "dans nos 12 magasins."),
])
def test_an_allowance_a_subscription_price_buys_is_its_terms(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Build Club Premium\n\n• Unlimited model downloads\n• Unlimited builder chat"),
    ("fr", "Votre Pass est actif ! Les ateliers libres sont illimités dans nos 12 magasins."),
])
def test_near_miss_unlimited_with_no_price_or_bound_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "SÉCURITÉ\nLe casque est obligatoire sur le mur, pour tout le monde, toujours."),
    ("en", "SAFETY\nGoggles are mandatory in the workshop, always, staff included."),
])
def test_a_house_rule_for_everyone_is_not_a_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos briques sont toujours solides."),
    ("en", "Our bricks are always rock solid."),
])
def test_near_miss_a_quality_always_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "store"))


# -- figures of speech and charts -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Giant marble run: 12 metres of track, screams guaranteed 🎢"),
    ("fr", "Atelier du mercredi : fous rires garantis !"),
])
def test_a_feeling_guaranteed_is_a_figure_of_speech(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Perfect results guaranteed with every set."),
    ("fr", "Chaque boîte est conçue pour durer. Résultat garanti."),
])
def test_near_miss_a_result_guaranteed_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "THIS WEEK\nThe 20 best-selling sets in the country, in rank order."),
    ("fr", "CETTE SEMAINE\nLes 20 boîtes les plus vendues en France, classées par rang."),
])
def test_a_counted_chart_of_best_sellers_is_not_a_rank_of_the_brand(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "store"))


@pytest.mark.parametrize("lang,text", [
    ("en", "The best toy shop in the country."),
    ("fr", "La boutique de jouets la plus complète de France."),
])
def test_near_miss_the_brand_ranked_in_the_country_is_a_claim(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "store"))


# -- the brand's own team refrains; « toujours » before « mais » ----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Since 2009 our workshop has never put a set through a solvent bath."),
    ("fr", "Depuis 2009, notre atelier n'a jamais passé une boîte au solvant."),
])
def test_our_team_refraining_from_a_practice_is_conduct(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our workshop never misses a deadline."),
    ("fr", "Notre atelier ne rate jamais un délai."),
])
def test_near_miss_our_team_never_failing_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


def test_toujours_granted_before_mais_means_still(lint):
    text = "Diagnostic terminé : boîte complète à 90 %, toujours jouable mais à compléter."
    assert "BL301" not in codes(lint(text, "fr", "sms"))


def test_near_miss_toujours_with_no_mais_is_always(lint):
    assert "BL301" in codes(lint("Nos boîtes sont toujours complètes.", "fr", "sms"))


# -- what the analysis missed ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Our club finds the right set for every child, every time."),
    ("en", "Finish the course and you will build with confidence in every situation."),
    ("fr", "Chez nous, des ateliers réussis à chaque fois 😌"),
    ("fr", "Avec nos 10 ateliers, tu seras à l'aise dans chaque situation."),
])
def test_every_occasion_in_other_words_is_an_absolute(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Every time you build a set, you earn points."),
    ("fr", "À chaque fois que vous construisez un modèle, vous cumulez des points."),
])
def test_near_miss_every_time_opening_a_time_clause_is_no_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Nothing leaves this workshop with a single flaw."),
    ("en", "Step inside: totally safe, even for the youngest builders."),
    ("fr", "Chaque boîte qui quitte cet atelier est irréprochable : pas une pièce qui manque."),
    ("fr", "Un atelier totalement sans danger pour les plus petits."),
])
def test_flawless_and_safe_beyond_doubt_in_other_words_are_absolutes(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "store"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Is it totally safe? Our staff will walk you through the rules."),
    ("fr", "Votre dossier était irréprochable, merci !"),
])
def test_near_miss_a_question_or_the_readers_file_is_no_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "store"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our castle set won gold in 2025 🥇 but let's be real, nothing built in France "
           "comes close."),
    ("fr", "Une médaille, c'est bien. Mais le château, c'est juste ce qui se construit de "
           "mieux dans toute la région 🏰"),
    ("en", "The fastest way on the planet to go from a pile of bricks to a castle."),
])
def test_superlatives_in_other_words_and_advice_against_the_planet_fire(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Nothing comes close to the feeling of finishing your first castle."),
    ("en", "The fastest way to reach us is the chat."),
])
def test_near_miss_a_feeling_nothing_matches_and_routing_advice_stay_silent(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "social"))


# -- real copy (round 10 judges): a measured lifetime, "leading to", advice verbs ----------
@pytest.mark.parametrize("lang,text", [
    ("en", "Renewal starts 30 days before the end of the 90-day lifetime."),
    ("en", "The new client now offers shorter-lifetime certificates."),
])
def test_a_lifetime_measured_is_a_length_not_a_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Every set comes with a lifetime warranty."),
    ("en", "Our bricks last a lifetime."),
])
def test_near_miss_a_lifetime_promised_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


def test_leading_to_a_result_is_the_verb(lint):
    text = "By dropping the extra box, we're making our sets lighter, leading to faster deliveries."
    assert "BL303" not in codes(lint(text, "en", "web"))


def test_near_miss_the_leading_brand_is_a_claim(lint):
    assert "BL303" in codes(lint("LEGO, the leading toy brand in the UK.", "en", "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We strongly recommend always keeping the instructions with the set."),
    ("fr", "Note : nous recommandons de toujours garder la notice avec la boîte."),
])
def test_the_brand_recommending_is_advice(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We always keep a spare part for you."),
    ("fr", "Nous gardons toujours une pièce de rechange pour vous."),
])
def test_near_miss_the_brand_keeping_is_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


# -- near-misses found on the development sets (golden diff of this change) ---------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Need a set at midnight? Our order line never sleeps — call any time."),
    ("fr", "Besoin d'une boîte à minuit ? Notre ligne ne dort jamais, appelez à toute heure."),
    ("fr", "LEGO, c'est désormais le magasin 3D le plus complet de France."),
])
def test_availability_of_our_team_and_a_glued_count_still_claim(lint, lang, text):
    got = codes(lint(text, lang, "store"))
    assert "BL301" in got or "BL303" in got


@pytest.mark.parametrize("lang,text", [
    ("en", "First sets? Ask about our starter boxes: big bricks, and a free fitting every time."),
    ("en", "Every time something gave way, Tom brought it to one of our workshops."),
    ("en", "Don't worry, the white film is only bloom. It's completely safe to eat."),
    ("fr", "Trois annulations, et à chaque fois sans prévenir… Je suis sincèrement désolée."),
    ("fr", "Papa mérite ce qu'il y a de mieux : offrez-lui une boîte dimanche !"),
])
def test_a_price_each_time_a_story_a_fact_an_admission_and_a_compliment(lint, lang, text):
    got = codes(lint(text, lang, "store"))
    assert "BL301" not in got and "BL303" not in got
