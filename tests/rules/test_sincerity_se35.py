"""Read from the read half of sincerity-blind33 (a self-storage firm, an optician chain):
the customer's omission said with a contraction ("if you'd updated…") or against the
brand's reminders (« malgré nos relances »), disbelief said "we're struggling to see how",
a new offering "brand-new … open now" and a first month at half price, the customer's thing
to be repaired (a complaint answered), the notice's clarity stressed ("as clearly set out
in"), what was due said in a past tense (« était prévue mardi »: no booked event), the
case's story confirmed on a day gone by (no step), water damage admitted. The texts and the
profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rayonne
language: fr
central_idea:
  statement: "Des vélos réparés près de chez vous, vite et bien."
  lexicon: [vélo, atelier, roue, réparation]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
  repair: {within: 7d}
""",
    "en": """
brand: Rayonne
language: en
central_idea:
  statement: "Bikes repaired near you, fast and well."
  lexicon: [bike, workshop, wheel, repair]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
  repair: {within: 7d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rayonne35", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- the customer's omission, said with a contraction or against reminders ------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the mix-up with your invoice. If you'd told us about your new address, "
           "it wouldn't have gone to the old one. We'll post a copy today."),
    ("fr", "Bonjour Léa. Votre antivol a été retiré car le contrat apparaissait impayé : vos "
           "coordonnées bancaires n'avaient pas été mises à jour malgré nos trois relances."),
    ("en", "Hi Léa. Your lock was removed as the account showed unpaid: your card details "
           "weren't updated despite our three reminders."),
])
def test_the_customers_omission_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the mix-up with your invoice. If we'd checked your new address, it "
           "wouldn't have gone to the old one. We'll post a copy today."),
    ("fr", "Bonjour Léa. Malgré nos relances auprès du transporteur, votre roue n'est pas "
           "encore arrivée ; nous en sommes désolés et vous la livrons nous-mêmes demain."),
    ("en", "Hi Léa. Despite our reminders to the courier, your wheel hasn't arrived yet; we're "
           "sorry, and we'll deliver it ourselves tomorrow."),
])
def test_near_miss_the_brands_own_omission_or_reminders_to_another_is_no_blame(lint, lang,
                                                                              text):
    assert "BL401" not in codes(lint(lang, text))


# -- disbelief said "we're struggling to see how" ---------------------------------------------

def test_struggling_to_see_how_it_happened_is_doubt(lint):
    text = ("Thanks for writing, and sorry about your evening. Our log shows no visit under "
            "your name, so we're struggling to see how your bike could have been left outside. "
            "We'll call you tomorrow morning.")
    assert "BL402" in codes(lint("en", text))


def test_near_miss_struggling_to_keep_up_is_no_doubt(lint):
    text = ("Thanks for writing, and sorry about the wait. We're struggling to keep up with "
            "repairs this week; your bike will be ready on Thursday.")
    assert "BL402" not in codes(lint("en", text))


# -- a new offering open now, the first month at half price -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "So sorry about the flat tyre. We've booked your repair for Monday.\nPS: our "
           "brand-new covered bike lockers at the station are open now, with your first month "
           "half price!"),
    ("fr", "Désolés pour ce pneu crevé. Votre réparation est prévue lundi.\nPS : nos tout "
           "nouveaux abris à vélos de la gare sont ouverts, le premier mois à moitié prix !"),
])
def test_a_new_offering_pushed_in_a_reply_to_a_complaint_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for asking! Yes: our brand-new covered bike lockers at the station are open "
           "now, and you can book one from the app."),
    ("fr", "Merci pour votre question ! Oui : nos tout nouveaux abris à vélos de la gare sont "
           "ouverts, vous pouvez en réserver un dans l'application."),
])
def test_near_miss_the_offering_in_answer_to_no_complaint_is_no_marketing(lint, lang, text):
    assert "BL406" not in codes(lint(lang, text))


# -- the customer's thing to be repaired: a complaint answered ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Your rear wheel can be repaired at our Leeds workshop, ready within 5 days. While "
           "you're there, don't miss our new range of e-bikes!", ),
    ("fr", "Votre roue arrière peut être réparée à l'atelier, prête sous 5 jours. Découvrez "
           "notre nouvelle collection de vélos électriques !"),
])
def test_selling_beside_a_repair_of_the_customers_thing_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(lang, text, "chat"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your rear wheel can be trued at our Leeds workshop, ready within 5 days. While "
           "you're there, don't miss our new range of e-bikes!"),
    ("fr", "Votre roue arrière peut être révisée à l'atelier, prête sous 5 jours. Découvrez "
           "notre nouvelle collection de vélos électriques !"),
])
def test_near_miss_a_service_of_the_customers_thing_answers_no_complaint(lint, lang, text):
    assert "BL406" not in codes(lint(lang, text, "chat"))


# -- the notice's clarity stressed ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your email about the storage fee. As clearly set out in your rental "
           "terms, payment is due on the 1st. We're sorry it came as a surprise; we'll send "
           "you the direct debit form today."),
    ("fr", "Merci pour votre message sur les frais de garde. Comme clairement indiqué dans "
           "votre contrat, le paiement est dû le 1er. Désolés de la surprise ; nous vous "
           "envoyons le mandat de prélèvement aujourd'hui."),
])
def test_the_notices_clarity_stressed_talks_down(lint, lang, text):
    assert "BL404" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your email about the storage fee. Payment is due on the 1st. We're "
           "sorry it came as a surprise; we'll send you the direct debit form today."),
    ("fr", "Merci pour votre message sur les frais de garde. Le paiement est dû le 1er. "
           "Désolés de la surprise ; nous vous envoyons le mandat de prélèvement aujourd'hui."),
])
def test_near_miss_the_rule_said_plainly_is_no_condescension(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text))


# -- what was due, said in a past tense ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "I'm so sorry, Tom, your new wheels are delayed at our supplier; they were due on "
           "Tuesday. I know how annoying that is."),
    ("fr", "Je suis vraiment désolée, Tom, vos roues sont en retard chez notre fournisseur : "
           "la livraison était prévue mardi. Je comprends votre agacement."),
])
def test_what_was_due_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text, "chat"))


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm so sorry, Tom, your new wheels are delayed at our supplier; they are now due "
           "on Friday. I know how annoying that is."),
    ("fr", "Je suis vraiment désolée, Tom, vos roues sont en retard chez notre fournisseur : "
           "la livraison est désormais prévue vendredi. Je comprends votre agacement."),
])
def test_near_miss_what_is_due_now_is_a_booked_event(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text, "chat"))


# -- the case's story confirmed on a day gone by ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nVous avez raison : votre vélo a bien été rendu le 3 mai et "
           "la fiche de retrait a été signée ce jour-là. La relance n'aurait jamais dû partir. "
           "Nous en sommes sincèrement désolés.\n\nBien cordialement,\nL'atelier Rayonne"),
    ("en", "Dear Mrs Roy,\n\nYou're quite right: your bike was handed back on 3 May and "
           "the collection slip was signed that day. We're truly sorry for the reminder.\n\n"
           "Kind regards,\nRayonne"),
])
def test_the_story_confirmed_on_a_day_gone_by_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nVous avez raison : votre vélo a bien été déposé le 3 mai. "
           "Nous en sommes sincèrement désolés : votre remboursement a été émis ce matin.\n\n"
           "Bien cordialement,\nL'atelier Rayonne"),
    ("en", "Dear Mrs Roy,\n\nYou're quite right: your bike was dropped off on 3 May. We're "
           "truly sorry: your refund was issued this morning.\n\nKind regards,\nRayonne"),
])
def test_near_miss_a_remedy_done_still_moves_the_case(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text))


# -- water damage admitted --------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, merci pour les photos. L'atelier a subi des dégâts des eaux samedi et "
           "votre vélo fait partie des six touchés. Un expert vous appelle sous 3 jours."),
    ("en", "Hi, thanks for the photos. The workshop had a leak on Saturday and your bike is "
           "one of the six affected. An assessor will call you within 3 days."),
])
def test_water_damage_admitted_without_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, merci pour les photos, et toutes nos excuses : l'atelier a subi des "
           "dégâts des eaux samedi et votre vélo fait partie des six touchés. Un expert vous "
           "appelle sous 3 jours."),
    ("en", "Hi, thanks for the photos, and we're so sorry: the workshop had a leak on Saturday "
           "and your bike is one of the six affected. An assessor will call you within 3 days."),
])
def test_near_miss_water_damage_with_an_apology(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text))


# -- the trouble made the customer's patience, a mocking wink, the guide insisted on -----------

@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry the saddle feels wrong. Many of our customers simply need to give a "
           "new saddle a few weeks. We'll call you tomorrow to book a fitting."),
    ("fr", "Désolés que la selle vous gêne. Beaucoup de nos clients ont simplement besoin de "
           "quelques semaines pour s'y faire. Nous vous appelons demain pour un réglage."),
    ("fr", "Oh, désolée ! Un garde-boue, ça ne se tord pas comme ça, hein 😉 Apportez-le à "
           "l'atelier, retour sous 5 jours."),
    ("en", "Sorry to hear that. We do mention that in the storage guide. I'll have the team "
           "check your bike today."),
])
def test_the_customer_talked_down_to(lint, lang, text):
    assert "BL404" in codes(lint(lang, text, "chat"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry the saddle feels wrong. Many of our customers choose a wider model. "
           "We'll call you tomorrow to book a fitting."),
    ("fr", "Oh, désolée ! Votre garde-boue est tordu : apportez-le à l'atelier, retour sous 5 "
           "jours 😉"),
    ("en", "Sorry to hear that. We've added a note about this to the storage guide. I'll have "
           "the team check your bike today."),
])
def test_near_miss_others_choices_a_plain_wink_or_the_guide_updated(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text, "chat"))


# -- what the brand has on file, asked for again ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry the frame doesn't fit. We have your measurements from your fitting on "
           "file. Could you please send us your measurements? A mechanic will call you within "
           "24 hours."),
    ("fr", "Désolés que le cadre ne vous aille pas. Nous avons vos mesures dans votre dossier "
           "depuis l'essai. Pouvez-vous nous envoyer vos mesures ? Un mécanicien vous appelle "
           "sous 24 heures."),
])
def test_what_the_brand_has_on_file_asked_again_is_a_repeat(lint, lang, text):
    assert "BL405" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry the frame doesn't fit. We have your measurements from your fitting on "
           "file. Could you please send us a photo of the bike? A mechanic will call you within "
           "24 hours."),
    ("fr", "Désolés que le cadre ne vous aille pas. Nous avons vos mesures dans votre dossier "
           "depuis l'essai. Pouvez-vous nous envoyer une photo du vélo ? Un mécanicien vous "
           "appelle sous 24 heures."),
])
def test_near_miss_something_else_than_the_file_asked_for(lint, lang, text):
    assert "BL405" not in codes(lint(lang, text))


# -- what the customer reports held unusual, then asked how it happened ---------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Sam, thanks for your message. Our racks are built for everyday use, so a "
           "bent wheel after one week is rather unusual. Could you tell us exactly what "
           "happened? Please bring the bike to our workshop."),
    ("fr", "Bonjour Sam, merci pour votre message. Nos porte-vélos sont faits pour un usage "
           "quotidien, une roue voilée après une semaine est donc plutôt inhabituelle. "
           "Pouvez-vous nous dire ce qui s'est passé ? Apportez le vélo à l'atelier."),
])
def test_a_reported_fault_held_unusual_then_questioned_is_doubt(lint, lang, text):
    assert "BL402" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Sam, we're so sorry. A bent wheel after one week is rather unusual. Could "
           "you tell us exactly what happened? Please bring the bike to our workshop."),
    ("en", "Hello Sam, thanks for your message. A bent wheel after one week is rather "
           "unusual. Please bring the bike to our workshop and we'll true it free of charge."),
])
def test_near_miss_rarity_beside_an_apology_or_without_the_question(lint, lang, text):
    assert "BL402" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, votre alarme se déclenche la nuit pour relancer la pompe : c'est ce qui "
           "vous évite un dégât des eaux dans la cave. Rappelez-nous si elle sonne le jour."),
    ("en", "Hi, the alarm goes off at night to restart the pump: it prevents flooding in the "
           "cellar. Call us back if it goes off during the day."),
])
def test_near_miss_water_damage_a_product_prevents_is_no_admission(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text))
