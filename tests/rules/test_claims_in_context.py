"""Claims read in their context (round 6): the hours of a place, lateness, an absolute that
denies another, a testimonial quoted among the brand's lines, orders the parser misreads,
superlatives written as headlines. Each concept fires on the claim and stays silent on
the near-miss, in French and English, on the real models (LEGO profiles: availability
9-19 Monday to Saturday, delivery within 3 days)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- the hours of a place are not the hours the service can be reached ------------------
@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "sms", "LEGO : votre set vous attend à la boutique de Lille, du mardi au "
                  "dimanche 10h-20h."),
    ("fr", "store", "Ouvert du mardi au dimanche, de 10 h à 20 h."),
    ("en", "email", "Your set is waiting at our Leeds shop, Tuesday to Sunday, 10am-8pm."),
    ("en", "store", "Open Tuesday to Sunday, 10am to 8pm."),
])
def test_a_places_opening_hours_are_not_the_service_availability(lint, lang, channel, text):
    assert "BL302" not in codes(lint(text, lang, channel))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre service client est joignable du mardi au dimanche, de 10 h à 22 h."),
    ("fr", "Notre boutique de Lille est ouverte 24h/24 et 7j/7."),  # round the clock stays
    ("en", "Call our customer service Tuesday to Sunday, 10am to 10pm."),
    ("en", "Our Leeds shop is open 24/7."),
])
def test_near_miss_the_service_hours_or_round_the_clock_still_fire(lint, lang, text):
    assert "BL302" in codes(lint(text, lang, "email"))


# -- lateness is no delay ----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis est arrivé avec un jour de retard, toutes nos excuses."),
    ("en", "We're sorry your parcel arrived a day late."),
])
def test_how_late_something_was_is_not_a_delay_promise(lint, lang, text):
    assert "BL302" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis arrive en un jour."),
    ("en", "Your parcel arrives in a day."),
])
def test_near_miss_a_delay_promised_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(text, lang, "email"))


# -- an absolute that denies another is a disclaimer -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le skate n'est jamais sans risque : portez un casque."),
    ("en", "Skating is never risk-free: wear a helmet."),
])
def test_never_risk_free_is_a_disclaimer(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos briques ne cassent jamais, garanti."),
    ("en", "Our bricks never break, guaranteed."),
])
def test_near_miss_two_absolutes_that_both_claim_fire(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


# -- a testimonial quoted among the brand's own lines ------------------------------------
def test_a_quoted_testimonial_between_the_brands_lines_is_the_customers(lint):
    text = ("Le message de Jeanne nous a touchés 🥹\n« Mes enfants construisent chaque soir. "
            "Jamais eu un seul souci avec vos boîtes. »\nMerci Jeanne !")
    assert "BL301" not in codes(lint(text, "fr", "social"))


def test_near_miss_the_brands_own_claim_beside_a_quote_fires(lint):
    text = ("Le message de Jeanne nous a touchés 🥹\n« Merci pour tout. »\nEt chez nous, "
            "nos boîtes ne s'abîment jamais.")
    assert "BL301" in codes(lint(text, "fr", "social"))


# -- orders the parser misreads --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Astuce du jour 💡 Rangez toujours les petites pièces dans le sachet fourni."),
    ("fr", "Bon à savoir : roulez sur les pistes cyclables, jamais sur les trottoirs."),
    ("en", "Always wear a helmet on the bike track 🪖 It's the rule."),
])
def test_an_order_to_the_reader_is_advice(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Astuce du jour 💡 Nos sets arrivent toujours complets."),
    ("fr", "Livraison offerte, et arrive toujours en 24 h."),
    ("fr", "Imaginez votre château : satisfaction toujours garantie."),  # a new phrase
    ("en", "Never break a brick again with our new sets."),
])
def test_near_miss_what_the_brand_promises_still_fires(lint, lang, text):
    assert codes(lint(text, lang, "social")) & {"BL301", "BL302"}


# -- superlatives as people write them -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Best building sets in the country, hands down 🏆"),
    ("en", "Nobody builds a model like we do."),
    ("fr", "Nos boîtes sont tout simplement les meilleures du département."),
    ("fr", "La boîte de construction préférée des familles françaises 🧱"),
])
def test_superlatives_without_the_textbook_shape_fire(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Best of all, the workshop is free."),
    ("en", "Best time to visit: weekday mornings in the quiet season."),
    ("fr", "Vos plus belles constructions de l'été, en photos."),
])
def test_near_miss_best_that_ranks_nothing_of_ours(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "social"))


# -- words that name no delay and make no claim -------------------------------------
@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "web", "Vous voyez quand un onglet épinglé reçoit un nouveau message instantané."),
    ("en", "web", "You can see when a pinned tab gets a new instant message."),
    ("en", "after_sales", "Please allow me just a minute to pull your order details together."),
    ("fr", "after_sales", "Accordez-moi une minute, je regarde votre commande."),
    ("en", "after_sales", "If you ever need us again, just say the word. We're always here "
                          "for you."),
])
def test_a_kind_of_message_a_pause_or_a_sign_off_is_no_promise(lint, lang, channel, text):
    assert not codes(lint(text, lang, channel)) & {"BL301", "BL302", "BL304"}


@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "email", "Votre remboursement est instantané."),
    ("en", "email", "We'll ship your set in a minute."),
    ("en", "email", "Our team is always available, day and night."),
])
def test_near_miss_immediacy_and_availability_claims_still_fire(lint, lang, channel, text):
    assert codes(lint(text, lang, channel)) & {"BL301", "BL302", "BL303", "BL304"}


# -- the brand set above every rival by a universal denied (round 7) --------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun magasin de la région ne propose autant de briques que nous."),
    ("fr", "Aucune autre marque ne vous offrira des sets aussi solides."),
    ("fr", "Les familles nous font confiance plus qu'à n'importe quelle autre marque de jouets."),
    ("fr", "Des sets comme ceux-là, vous n'en trouverez nulle part ailleurs."),
    ("en", "No other toy maker in the country builds sets as sturdy as ours."),
    ("en", "No toy shop in town stocks more bricks than we do."),
    ("en", "More families trust us with their birthdays than any other toy brand."),
    ("en", "You won't find sturdier sets from any brand in the country."),
])
def test_rivals_denied_set_the_brand_above_all(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun autre frais ne vous sera demandé à la livraison."),
    ("fr", "Aucun enfant n'est trop petit pour construire : dès 18 mois, c'est parti."),
    ("fr", "Vérifiez que personne d'autre n'a accès à votre compte."),
    ("en", "No other fees apply at checkout."),
    ("en", "Just you, the bricks, and nobody else."),
    ("en", "Please confirm that no one else has used your account."),
    # the customer's words quoted back
    ("fr", "Vous nous écrivez : « aucun magasin ne vend plus cher que vous ». Voici nos prix."),
])
def test_near_miss_a_denied_universal_without_a_comparison_with_the_brand(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


# -- a kind of thing in general is the world the copy talks about (round 7) -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Les hérissons ne dorment jamais vraiment la nuit : voici trois signes à repérer."),
    ("fr", "Les guêpes ne reviennent jamais dans un nid abandonné."),
    ("en", "Hedgehogs never really sleep through the night: three signs to look for."),
    ("en", "Wasps never go back to an empty nest."),
])
def test_a_kind_in_general_is_not_the_brands_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos briques ne cassent jamais."),
    ("fr", "Les briques LEGO ne cassent jamais."),
    ("fr", "Ce set ne s'abîme jamais."),
    ("en", "Our bricks never break."),
    ("en", "LEGO bricks never break."),
])
def test_near_miss_the_brands_own_things_still_claim(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "social"))


# -- a list item that opens on a prohibition is an instruction (round 7) ----------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Looking after your bricks:\n• wash them in lukewarm water;\n"
           "• never use a dishwasher on the sets."),
    ("fr", "Pour entretenir vos briques :\n• un lavage à l'eau tiède ;\n"
           "• ne jamais passer les sets au lave-vaisselle."),
])
def test_a_list_item_opening_on_a_prohibition_is_an_instruction(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec nos sets, jamais de pièce manquante."),
    ("en", "Why families choose us:\n• our bricks never break."),
])
def test_near_miss_never_with_no_order_still_claims(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


# -- the state the reader keeps something in (real text, round 7) -----------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Pinning a set to your wish list allows you to keep your favourite builds always "
           "at hand."),
    ("en", "Handy for keeping instructions always within reach."),
    ("fr", "Épinglez un set pour garder vos créations préférées toujours à portée de main."),
])
def test_the_state_the_reader_keeps_is_not_a_claim(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We keep your bricks always in stock."),
    ("en", "Our app keeps your builds always in sync."),
    ("fr", "Nous gardons vos données toujours chiffrées."),
])
def test_near_miss_the_brand_as_keeper_still_claims(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))
