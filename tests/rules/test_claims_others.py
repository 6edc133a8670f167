"""Claims about someone else (round 8, from real copy judged by hand): a rival the draft
compares itself with, what the product guards the reader against, a thing given its
name, "leading" people, *forever* as a noun's modifier, a named authority's words, an
address, people ranked, « toujours » with a concession, the reader's prerogative. Each
concept stays silent on the claim that is not the brand's, and the near-miss — the
brand's own claim in the same words — still fires, in French and English, on the real
models (LEGO profiles)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- a rival named in a comparison holds its own clauses -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "LEGO vs MegaBricks: what changes for your kids.\n\nMegaBricks runs the world's "
           "largest toy advertising network, and its sets are part of that."),
    ("en", "Unlike Playmobil, our sets come with free building ideas. Playmobil always "
           "ships its figures pre-assembled."),
    ("fr", "LEGO face à MegaBricks : ce qui change pour vos enfants.\n\nMegaBricks possède "
           "le plus grand réseau publicitaire du monde."),
    ("fr", "Contrairement à Playmobil, nos boîtes contiennent des idées de construction. "
           "Playmobil livre toujours ses figurines déjà montées."),
])
def test_a_rival_named_in_a_comparison_is_not_the_brand(lint, lang, text):
    assert not codes(lint(text, lang, "web")) & {"BL301", "BL303"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Unlike Playmobil, our sets always arrive complete."),
    ("en", "LEGO vs MegaBricks\n\nLEGO is the best building toy in the world."),
    ("fr", "Contrairement à Playmobil, nos boîtes arrivent toujours complètes."),
    ("fr", "LEGO face à MegaBricks\n\nLEGO est le meilleur jouet de construction du monde."),
])
def test_near_miss_the_brands_own_side_of_the_comparison_still_fires(lint, lang, text):
    assert codes(lint(text, lang, "web")) & {"BL301", "BL303"}


# -- what the product guards the reader against --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Our app filter can block ads in kids' games. When the filter blocks the signal "
           "from the ad server, the ad never shows up on the screen."),
    ("fr", "Notre contrôle parental empêche Vidéoland de suivre vos enfants. Vidéoland "
           "pourra toujours afficher ses publicités sur son propre site."),
])
def test_what_the_product_holds_off_is_not_the_brand(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our app filter blocks ads in kids' games, and ads will never come back."),
    ("fr", "Notre contrôle parental bloque les publicités : les publicités ne reviendront "
           "jamais."),
])
def test_near_miss_what_it_holds_off_will_never_return_is_the_brands_result(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


# -- a thing given its name ----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "How do we test our bricks? The most widely used toy safety standard in Europe "
           "is called EN 71."),
    ("fr", "Comment testons-nous nos briques ? La norme de sécurité des jouets la plus "
           "utilisée en Europe se nomme EN 71."),
])
def test_a_thing_given_its_name_claims_nothing(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our new set is the most popular toy in Europe and it is called City Fire."),
    ("fr", "Notre nouveau coffret est le jouet le plus vendu d'Europe et il s'appelle "
           "City Fire."),
])
def test_near_miss_the_brands_own_superlative_beside_a_name_fires(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


# -- "leading" people ----------------------------------------------------------------------
def test_leading_people_is_the_verb(lint):
    text = ("Our builders' club is about kids acting as a team, sharing ideas and leading "
            "others.")
    assert "BL303" not in codes(lint(text, "en", "web"))


def test_near_miss_the_leading_brand_fires(lint):
    assert "BL303" in codes(lint("LEGO is the leading toy brand in Europe.", "en", "web"))


# -- forever as a noun's modifier ----------------------------------------------------------
def test_forever_before_a_noun_is_a_figure_of_speech(lint):
    text = "Make LEGO your kids' default, go-to, forever toy box this Christmas."
    assert "BL301" not in codes(lint(text, "en", "web"))


def test_near_miss_forever_as_an_adverb_fires(lint):
    assert "BL301" in codes(lint("Our bricks stay bright forever.", "en", "web"))


# -- the words of a named authority, an address, people ranked, "it's" -----------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "No toy is 100% safe, but supervised play is still the most reliable protection "
           "against accidents, according to RoSPA guidance."),
    ("fr", "Aucun jouet n'est sûr à 100 %, mais le jeu accompagné reste la protection la "
           "plus efficace contre les accidents, selon la Commission de sécurité."),
])
def test_a_claim_in_a_named_authoritys_words_is_sourced(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our bricks are the most reliable toy for small hands, according to our designers."),
    ("fr", "Nos briques sont les jouets les plus solides du marché, selon nous."),
])
def test_near_miss_the_brands_own_voice_is_no_authority(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


def test_a_word_inside_a_web_address_is_not_copy(lint):
    text = "Your LEGO Club card is live. Full terms at lego.com/unlimited."
    assert "BL301" not in codes(lint(text, "en", "email"))


def test_near_miss_the_same_word_in_the_copy_fires(lint):
    text = "We offer unlimited replacement parts to every member. Details at lego.com/club."
    assert "BL301" in codes(lint(text, "en", "email"))


def test_a_lower_case_adjective_of_a_french_offer_name_is_the_name(lint):
    text = ("Avec le Pass illimité (21,90 €/mois, engagement 12 mois), construisez autant "
            "que vous le souhaitez dans nos ateliers, hors événements.")
    assert "BL301" not in codes(lint(text, "fr", "email"))


def test_near_miss_unlimited_as_the_brands_claim_fires(lint):
    text = "Avec nous, la créativité de vos enfants est sans limite et l'aide est illimitée."
    assert "BL301" in codes(lint(text, "fr", "email"))


@pytest.mark.parametrize("text", [
    "It's most likely the battery pack: please send us a photo.",
    "A week-long club designed to single out the region's most gifted young children.",
])
def test_its_and_ranked_people_are_no_market_claim(lint, text):
    assert "BL303" not in codes(lint(text, "en", "email"))


@pytest.mark.parametrize("text", [
    "Britain's most loved building toy is back in store.",
    "LEGO: the region's most trusted toy shop.",
])
def test_near_miss_the_possessive_ranking_the_brand_fires(lint, text):
    assert "BL303" in codes(lint(text, "en", "email"))


# -- « toujours » with a concession reads *still* ---------------------------------------------
def test_toujours_with_a_concession_is_still(lint):
    text = "LEGO : atelier de 18h toujours maintenu malgré les travaux rue Nationale."
    assert "BL301" not in codes(lint(text, "fr", "sms"))


def test_near_miss_toujours_without_a_concession_fires(lint):
    assert "BL301" in codes(lint("LEGO : nos ateliers sont toujours maintenus.", "fr", "sms"))


# -- the reader's prerogative -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We never change a set without asking you first; that decision is always yours."),
    ("fr", "Nous ne changeons jamais une boîte sans vous demander : la décision vous "
           "appartient toujours."),
])
def test_the_readers_prerogative_is_a_policy(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our replacement parts are always in stock."),
    ("fr", "Nos pièces de rechange ne manquent jamais."),
])
def test_near_miss_a_service_level_stays_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "after_sales"))


# -- rivals denied in other words, results made certain -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "No toy shop in the county has more building sets under one roof."),
    ("en", "That's why no other toy maker in the country comes close on durability."),
    ("en", "Nobody gets more play out of a brick than we do."),
    ("en", "You simply won't find a better-made brick in any toy shop in Britain."),
    ("en", "You won't find a toy shop anywhere in Yorkshire that looks after young builders "
           "the way our staff do."),
    ("en", "Our new bricks are simply the brightest you'll find anywhere."),
    ("fr", "Aucun magasin de jouets de Bretagne n'offre un tel choix de boîtes."),
    ("fr", "Aucun fabricant de la région ne prend soin des petits bâtisseurs comme nous."),
    ("fr", "Nos briques sont moulées en France, et aucun autre fabricant ne peut en dire "
           "autant."),
    ("fr", "Nos boîtes créatives : rien de mieux sur le marché pour les petites mains."),
    ("fr", "Boutique la mieux équipée de Bretagne : ateliers, tables de jeu, espace famille."),
])
def test_rivals_denied_in_other_words_are_superlatives(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "No customer has more than two workshop bookings at once."),
    ("en", "You won't find hidden fees anywhere on your bill."),
    ("en", "No other fees apply."),
    ("fr", "Aucun client de la région ne paie plus de 20 € de frais de port."),
    ("fr", "Aucun frais de dossier ne vous sera demandé."),
])
def test_near_miss_limits_and_denied_fees_are_no_rival_claims(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Every child who followed our building club earned the Junior Builder badge. Sign "
           "up and that badge is in the bag."),
    ("fr", "Avec le club LEGO, le diplôme de bâtisseur est assuré : inscrivez-vous avant le 30 "
           "septembre."),
    ("fr", "Les progrès de vos enfants, on s'en porte garants !"),
])
def test_a_result_made_certain_in_other_words_is_absolute(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your place in the building club is confirmed: see you on Saturday."),
    ("fr", "La livraison est assurée par nos coursiers partenaires."),
    ("fr", "Votre place à l'atelier est assurée jusqu'à samedi midi."),
])
def test_near_miss_a_confirmed_booking_or_a_carrier_is_no_certainty_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "email"))


# -- a superlative put as a question the brand answers with its name -------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The best building toy in Leeds? It's at LEGO, Briggate, from Saturday."),
    ("fr", "Le plus grand choix de briques de Lyon ? C'est chez nous, rue de la République."),
])
def test_a_superlative_question_answered_by_the_brand_is_a_claim(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Looking for the best gift for a 7-year-old? Here are five ideas from the LEGO "
           "team."),
    ("fr", "Le meilleur cadeau pour un enfant de 7 ans ? Voici les idées de l'équipe LEGO."),
])
def test_near_miss_a_question_answered_with_ideas_stays_a_question(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "social"))


# -- "no risk" backed in its paragraph or by its reason; a data policy with fronted *jamais* --
@pytest.mark.parametrize("lang,text", [
    ("en", "Try LEGO Club today and enjoy a 30-day money-back guarantee. No fees, no hassle, "
           "no risk."),
    ("en", "Switching to LEGO Club is quick and risk-free, because your saved builds move "
           "across with you."),
    ("fr", "Essayez le club LEGO et profitez d'une garantie de remboursement de 30 jours. "
           "Aucun frais, aucun souci, aucun risque."),
])
def test_no_risk_backed_in_its_paragraph_or_by_its_reason_is_lower(lint, lang, text):
    found = [d for d in lint(text, lang, "web") if d.code == "BL301"]
    assert found and all(d.severity < 2 for d in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Our bricks never break, because they are made of ABS."),
    ("fr", "Nos briques ne cassent jamais, car elles sont moulées en ABS."),
    ("en", "No fees, no hassle, no risk."),
])
def test_near_miss_a_reason_does_not_make_never_true(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


def test_a_fronted_jamais_over_coordinated_data_verbs_is_a_policy(lint):
    text = ("Jamais nous n'enregistrons, ne suivons ni ne partageons les données de vos "
            "enfants.")
    assert "BL301" not in codes(lint(text, "fr", "web"))
