"""Overpromise and idea rules read the utterance frame: each concept with a case that
fires and a near-miss that must not, in French and English, on the real models."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne revendrons jamais vos données à des annonceurs."),  # conduct policy
    ("en", "We will never sell your browsing history."),
    ("fr", "Conseil d'entretien : ne mettez jamais votre pull au sèche-linge."),  # advice
    ("en", "Care tip: never tumble-dry your wool jumper."),
    ("fr", "Votre dossier est toujours en cours d'examen."),  # continuative
    ("fr", "Depuis 2012, Mme Caron n'a jamais manqué un de nos ateliers."),  # story
    ("en", "Since 2015, Tom has always brought his kids to our workshops."),
    ("fr", "Notre t-shirt est 100 % coton biologique."),  # composition
    ("en", "Our packaging is 100% recycled cardboard."),
    ("en", "We always strive to make every visit a good one."),  # effort: at most a hint
    ("fr", "Certaines entreprises trouvent toujours de nouveaux moyens de vous pister."),
    ("fr", "Si vous rencontrez toujours des difficultés, écrivez-nous."),  # still
    ("fr", "Depuis toujours, nous défendons le jeu libre."),  # heritage
    ("en", "We're always looking for new ways to make building easier."),  # an activity
    ("en", "Always-on safety: by default, the app hides your child's name."),  # a setting
    # conduct the brand or its product fully controls, the reader as its object
    ("en", "Our app is a fast companion that will never sell you out."),
    ("fr", "Nous protégeons toujours votre vie privée."),
    ("fr", "Notre charte chez vous : nos équipes ne fument jamais dans les logements."),
    ("en", "Your data: it is never sold or passed on to third parties."),
    ("fr", "Rappel : votre atelier commence demain à 14 h, boutique de Lyon."),  # reminder
    ("en", "Try the LEGO Builder Unlimited pass free for 30 days."),  # a product's name
    ("fr", "Découvrez le Pass Illimité LEGO en magasin."),
])
def test_absolute_words_that_commit_nothing_do_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos briques ne cassent jamais."),
    ("en", "Our bricks never break."),
    ("fr", "Avec nous, vous êtes toujours couvert, quoi qu'il arrive."),
    ("en", "Never break down again: our motor carries you through every journey."),
    ("fr", "Nos livraisons sont toujours à l'heure."),  # a property, not an ongoing state
    ("en", "Our app will never crash."),  # an outcome, not conduct
    ("en", "Our builder app gives you unlimited storage for your models."),  # not a name
    ("fr", "Notre application vous offre un stockage illimité pour vos créations."),
    ("fr", "Votre colis est toujours protégé."),
])
def test_absolute_claims_on_the_brands_performance_fire(lint, lang, text):
    assert "BL301" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "This page answers the most pressing questions about your account."),
    ("en", "Our FAQ answers the most pressing LEGO-related questions."),  # the head noun
    ("en", "It's the best day of the year for a picnic!"),
    ("en", "Download the fastest LEGO Builder app ever."),  # own product, own history
    ("fr", "Téléchargez la version la plus rapide de l'appli LEGO jamais réalisée."),
    ("en", "Voted Best Toy 2025 by the Toy Retailers Association (jury of 40 shops)."),
    ("fr", "Principe n°1 : chaque enfant construit à son rythme."),
    ("fr", "Chaque semaine, les astuces les plus pratiques de nos lecteurs."),  # noun first
    ("en", "The best setting for rainy days is the indoor kit."),  # picks for the reader
    ("fr", "Comparez nos sets aux autres marques leaders du jouet."),  # others
    ("fr", "Un assistant créé par Mistral, leader européen de l'intelligence artificielle."),
])
def test_superlatives_that_rank_nothing_of_the_brand_do_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "LEGO sets are the best toys for creative kids."),
    ("fr", "Le set le plus vendu de l'année est de retour."),
    ("en", "Voted best toy of the year by parents everywhere."),
    ("fr", "Les briques LEGO sont les plus solides du marché."),
    ("fr", "Offrez-vous LEGO, le leader mondial du jeu de construction."),  # apposition
])
def test_superlatives_that_rank_the_brands_offer_fire(lint, lang, text):
    assert "BL303" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Votre remboursement a été validé et vous est versé instantanément.", "BL302"),
    ("en", "Your refund has been approved and will land in your account immediately.",
     "BL302"),
    ("en", "Questions? Our advisers are online 24/7.", "BL302"),
    ("fr", "Une question ? Notre ligne conseil est ouverte 7j/7.", "BL302"),
    ("en", "DM us 24/7, our advisers are online.", "BL302"),
    # deadlines named by the day, and money coming back named without "refund"
    ("en", "Your set is going to the workshop today; we'll bring it back repaired by Friday.",
     "BL302"),
    ("fr", "Le trop-perçu vous sera remboursé avant la fin de la semaine.", "BL302"),
    ("en", "The £31.99 will be back on your card within 24 hours.", "BL302"),
    ("fr", "Les 31,99 € seront recrédités sur votre carte sous 48 heures.", "BL302"),
])
def test_promises_in_notifications_and_brand_availability_fire(lint, lang, text, code):
    assert code in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre livraison est prévue demain entre 8 h et 12 h."),  # booked slot
    ("en", "Your delivery is booked for Tuesday between 9 and 12."),
    ("en", "Choose Express at checkout (£6) for next-day delivery."),  # paid option
    ("fr", "Option Express à 6 € : livraison le lendemain."),
    ("en", "To qualify for a refund, cancel within 24 hours of booking."),  # customer's act
    ("en", "For a full refund you would have to cancel within 24 hours."),
    ("en", "We use our own app every day to plan new sets."),  # not the brand being reached
    ("fr", "Nous utilisons nos propres briques tous les jours."),
    ("en", "Wear it this weekend, swap it next week."),  # the reader's own act
    ("fr", "Échangez-le d'ici lundi dans votre boutique."),
])
def test_notices_paid_options_and_customer_deadlines_are_not_speed_promises(lint, lang, text):
    assert "BL302" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pourquoi imaginer ? Tout est prêt, il suffit de poser la boîte sur l'étagère."),
    ("en", "Why create anything? Everything comes ready-made."),
])
def test_rhetorical_dismissal_of_the_idea_is_a_contradiction(lint, lang, text):
    assert "BL103" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ne cessez jamais d'imaginer : chaque boîte est un départ."),
    ("en", "Never stop creating: every box is a beginning."),
    ("en", "Why not create your own castle this weekend?"),
    ("fr", "Pourquoi ne pas imaginer votre propre château ce week-end ?"),
])
def test_near_miss_affirming_the_idea_is_not_a_contradiction(lint, lang, text):
    assert "BL103" not in codes(lint(text, lang, "web"))


def test_idea_absence_is_a_hint_unless_the_channel_requires_it(lint):
    # the bundled LEGO profile raises BL101 to a warning (its labelled sets expect it);
    # absence stays below that for a reply to one customer
    reply = "Bonjour, suite à votre message, votre colis est reparti ce matin."
    assert "BL101" not in codes(lint(reply, "fr", "email"), at_least=1)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je vous garantis que votre colis sera livré avant vendredi."),
    ("en", "I guarantee your parcel will be delivered by Friday."),
])
def test_a_day_named_deadline_does_not_bound_a_guarantee(lint, lang, text):
    """'by Friday' may be tomorrow: it proves no promise within a 3-day commitment, so
    the guarantee is still an absolute claim."""
    found = codes(lint(text, lang, "after_sales"))
    assert "BL301" in found and "BL302" not in found


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Au large, la mer ne pardonne jamais l'approximation.", False),
    ("en", "The authoritative name server never replies to those queries.", False),
    ("en", "Traffic to that address never leaves your machine.", False),
    # words that only ever promise, whatever their subject
    ("fr", "Où que vous soyez en France, le signal est garanti.", True),
    ("en", "Dinner is served bang on time, come what may.", True),
    ("fr", "Nos boîtes ne se déchirent jamais.", True),
    ("en", "The app never crashes.", True),
    ("fr", "Nous vendons des vélos. Le vélo ne rouille jamais.", True),
])
def test_an_absolute_said_of_the_world_is_no_claim_of_the_brand(lint, lang, text, fires):
    assert ("BL301" in codes(lint(text, lang))) is fires


@pytest.mark.parametrize("lang,text,code,fires", [
    # a sentence that ends on an abbreviation's period: the order after it is its own
    ("fr", "Boutique ouverte de 10 h à 19 h. Ne laissez jamais les enfants seuls au rayon "
           "bricolage.", "BL301", False),
    ("en", "Open from 9 a.m. to 7 p.m. Never leave children alone in the store.", "BL301",
     False),
    ("fr", "Boutique ouverte de 10 h à 19 h. Nos briques ne cassent jamais.", "BL301", True),
    # what the reader takes along is their own conduct, not a fate spared them
    ("fr", "Vérifiez la météo et ne partez jamais sans eau.", "BL301", False),
    ("en", "Check the forecast and never leave without water.", "BL301", False),
    ("en", "Never break down again.", "BL301", True),
    # a gauge read, not a degree vouched for
    ("fr", "Batterie chargée à 100 % : votre robot est prêt à jouer.", "BL301", False),
    ("en", "Battery at 100%: your robot is ready to play.", "BL301", False),
    ("en", "Our bricks are 100% safe.", "BL301", True),
    # the reader's own courier counting down, not a speed promised to everyone
    ("fr", "Votre livreur Mehdi arrive dans 10 min avec votre colis.", "BL302", False),
    ("en", "Your driver Sam is 10 minutes away with your parcel.", "BL302", False),
    ("fr", "Nos livreurs vous livrent en 10 min.", "BL302", True),
    # a noun is no courtesy ("unbeatable value"); an impersonal courtesy is
    ("en", "Unbeatable value: the best bricks on the market.", "BL303", True),
    ("en", "It's always a pleasure to help you build.", "BL301", False),
    ("fr", "C'est toujours un plaisir de vous aider.", "BL301", False),
    ("fr", "C'est toujours le prix le plus bas du marché.", "BL301", True),
])
def test_clauses_read_as_their_words_say(lint, lang, text, code, fires):
    assert (code in codes(lint(text, lang), at_least=1)) is fires


def test_a_callback_counted_down_is_still_a_promise(lint):
    # not an arrival under way: the speed of the callback is the service's promise
    assert "BL302" in codes(lint("Votre conseiller vous rappelle dans 10 min, promis.", "fr"),
                            at_least=1) or "BL304" in codes(
        lint("Votre conseiller vous rappelle dans 10 min, promis.", "fr"), at_least=1)


@pytest.mark.parametrize("lang,text,fires", [
    # reaching the service is its availability, whatever modal grants it
    ("en", "Our advisers can be reached 24/7 on the app.", True),
    ("en", "You can reach our team 24/7.", True),
    ("fr", "Vous pouvez nous joindre 24 h/24, 7 j/7.", True),
    ("fr", "Vous pouvez nous joindre du lundi au samedi, de 9 h à 19 h.", False),
    ("en", "You can reach our team Monday to Saturday, 9am to 7pm.", False),
])
def test_reaching_the_service_round_the_clock_is_an_availability_promise(lint, lang, text,
                                                                          fires):
    assert ("BL302" in codes(lint(text, lang), at_least=1)) is fires


@pytest.mark.parametrize("text,fires", [
    # the elided negation with a typographic apostrophe is no subject: still an order
    ("n’entrez jamais votre mot de passe sans vérifier l’adresse.", False),
    ("N’utilisez jamais de nettoyant abrasif sur vos briques.", False),
    ("Nos briques ne cassent jamais, c’est promis.", True),
])
def test_an_elided_negation_is_never_a_subject(lint, text, fires):
    assert ("BL301" in codes(lint(text, "fr"), at_least=1)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    # a superlative that ranks groups of others who chose the brand ranks no offer
    ("en", "Leading organisations and institutions trust LEGO to teach with play.", False),
    ("fr", "Les plus grandes universités nous font confiance pour leurs ateliers.", False),
    # the brand or its offer ranked still claims
    ("en", "LEGO is the leading toy brand for creative play.", True),
    ("fr", "LEGO est la marque de jouets la plus aimée du monde.", True),
])
def test_a_superlative_of_groups_who_chose_the_brand_ranks_no_offer(lint, lang, text, fires):
    assert ("BL303" in codes(lint(text, lang), at_least=1)) is fires
