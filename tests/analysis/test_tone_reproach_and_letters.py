"""Round 14's misses read as concepts (tone-blind14: a luxury watchmaker, a discount
electronics shop, a home-insurance mutual). Each concept firing and its near miss, FR and
EN, on the real models:

- a letter's frame is not its body: the sign-off (« Cordialement », "Kind regards") and
  the opener that thanks for writing in are left out of the sentences a tone must cover,
  so a reply of two formulas around one promotion reads as the promotion;
- "why not treat yourself?" / « pourquoi ne pas vous faire plaisir ? » proposes, it does
  not negate;
- reproach in the brand's voice: a fault named the reader's in a reply ("You entered the
  wrong address") and the reader's act that would have spared the case, in the past
  unreal (« Si vous aviez fermé vos volets…, on n'en serait pas là »), are frustration; a
  dead end (« nous ne pouvons rien faire de plus », "there is nothing further I can do")
  too;
- fear sold: the reader at the mercy of a danger and told not to wait until it is too
  late is pressure;
- a tone's sum is compared with its threshold as the number it is (0.6 + 0.7 + 0.7 is 2.0);
- nothing left for the reader to do (« vous n'avez rien à faire de votre côté », "nothing
  needs doing on your side") is reassurance;
- vouchers (« bons d'achat », "gift cards") and a reward that grows with what the reader does
  (« plus vous parrainez, plus vous gagnez ») are a deal."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone as reading

PROFILES = {
    "fr": """
brand: Orvelle
language: fr
address: vous
central_idea:
  statement: "Une mutuelle qui protège la maison de ses adhérents."
  lexicon: [protéger, maison, adhérents]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, reassurance]}
  store: {tones: [reassurance, collaboration]}
  email: {tones: [reassurance, empathy]}
  after_sales: {tones: [reassurance, solution], service: true}
  claims_phone: {tones: [empathy, reassurance, solution], service: true}
""",
    "en": """
brand: Orvelle
language: en
address: formal
central_idea:
  statement: "A mutual insurer that protects its members' homes."
  lexicon: [protect, home, members]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, reassurance]}
  store: {tones: [reassurance, collaboration]}
  email: {tones: [reassurance, empathy]}
  after_sales: {tones: [reassurance, solution], service: true}
  claims_phone: {tones: [empathy, reassurance, solution], service: true}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "orvelle", "email")


def _warnings(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


# -- a letter's frame is not its body ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Kind regards,\nOrvelle"),
    ("en", "Dear Mr Price,\nThank you for your message regarding your repair."),
    ("fr", "Cordialement,\nL'équipe Orvelle"),
    ("fr", "Bonjour Madame,\nMerci pour votre message concernant votre sinistre."),
])
def test_a_letters_formulas_are_its_frame(lang, text):
    assert reading._letter_frame(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Best wishes for your new home!"),
    ("en", "Dear Mr Price,"),
    ("en", "Thank you for your message: we have already sent a technician, who will call "
           "you this afternoon to set a time for the repair of your boiler."),
    ("fr", "Merci pour votre message, nous sommes ravis que la maison vous plaise et nous "
           "vous envoyons un technicien demain matin pour la chaudière."),
    ("fr", "Bonjour Madame,"),
])
def test_a_sentence_of_the_body_is_no_frame(lang, text):
    assert not reading._letter_frame(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Price,\nThank you for your message regarding your repair. While you wait, "
           "why not treat yourself? Our spring collection is now 20% off for existing members "
           "with the code SPRING20, and a second cover is half price this month.\nKind "
           "regards,\nOrvelle"),
    ("fr", "Bonjour Monsieur Prix,\nMerci pour votre message concernant votre réparation. "
           "En attendant, pourquoi ne pas vous faire plaisir ? Notre collection de printemps "
           "est à -20 % pour les adhérents avec le code PRINTEMPS20, et la seconde garantie "
           "est à moitié prix ce mois-ci.\nCordialement,\nOrvelle"),
])
def test_a_promotion_between_two_formulas_is_off_target(lint_with, lang, text):
    assert "BL205" in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Mr Price,\nThank you for your message regarding your repair. Your watch is "
           "in our workshop and the repair is covered by your warranty: there is nothing to "
           "pay. We will send it back to you by Friday, insured.\nKind regards,\nOrvelle"),
    ("fr", "Bonjour Monsieur Prix,\nMerci pour votre message concernant votre réparation. "
           "Votre montre est à l'atelier et la réparation est couverte par la garantie : vous "
           "n'avez rien à payer. Nous vous la renvoyons vendredi, assurée.\nCordialement,\n"
           "Orvelle"),
])
def test_a_reply_that_serves_between_two_formulas_is_on_target(lint_with, lang, text):
    assert "BL205" not in _warnings(lint_with(lang, text, "after_sales"))


# -- "why not…?" proposes -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("en", "Why not treat yourself this weekend?", "treat"),
    ("fr", "Pourquoi ne pas vous faire plaisir ce week-end ?", "plaisir"),
])
def test_why_not_proposes(analyse, lang, text, word):
    tone = analyse(text, lang, "web").tone
    assert [e for e in tone.evidence if e.text.lower() == word and e.tone == "joy"]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "This is not a treat for anyone.", "treat"),
    ("fr", "Ce n'est pas un plaisir pour nous.", "plaisir"),
])
def test_a_plain_negation_still_negates(analyse, lang, text, word):
    tone = analyse(text, lang, "web").tone
    assert not [e for e in tone.evidence if e.text.lower() == word and e.tone == "joy"]


# -- reproach ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Écoutez, Monsieur, je ne suis pas météorologue. Si vous aviez fermé "
           "vos volets comme tout le monde, on n'en serait pas là. Bon. Votre numéro de "
           "contrat ?"),
    ("en", "Advisor: Look, sir, I'm not a weather forecaster. If you had closed your "
           "shutters like everyone else, this would never have happened. Right. Your policy "
           "number?"),
])
def test_the_act_that_would_have_spared_the_case_is_reproach(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "claims_phone"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je comprends, Monsieur, c'est une nuit difficile. Si vous aviez "
           "réservé un artisan, il sera remboursé sur facture. Votre numéro de contrat ?"),
    ("en", "Advisor: I understand, sir, it has been a hard night. If you had already booked "
           "a roofer, the invoice will be refunded. Your policy number?"),
])
def test_a_hypothesis_that_informs_is_no_reproach(lint_with, lang, text):
    diagnostics = lint_with(lang, text, "claims_phone")
    assert "BL206" not in _warnings(diagnostics)


@pytest.mark.parametrize("lang,text", [
    ("en", "@jess_b We checked. You entered the wrong address. Nothing we can do, talk to "
           "the courier."),
    ("fr", "@jess_b On a vérifié. Vous avez saisi une mauvaise adresse. On ne peut rien y "
           "faire, voyez avec le transporteur."),
])
def test_a_fault_laid_at_the_readers_door_is_reproach(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "@jess_b We checked: the courier has your parcel at the depot. We've asked them to "
           "deliver it again tomorrow morning and we'll keep an eye on it."),
    ("fr", "@jess_b On a vérifié : le transporteur a votre colis au dépôt. On lui a demandé "
           "de vous le relivrer demain matin et on garde un œil dessus."),
])
def test_a_reply_that_acts_is_no_reproach(lint_with, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "The warranty is void. There is nothing further I can do."),
    ("fr", "La garantie ne s'applique pas. Je ne peux rien faire de plus."),
    ("fr", "La garantie ne s'applique pas. On ne peut rien y faire."),
])
def test_a_dead_end_is_frustration(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert [e for e in tone.evidence if e.tone == "frustration" and e.signal is None
            and any(w in e.text.lower() for w in ("rien", "nothing"))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Nothing could be easier: send it back and we do the rest."),
    ("fr", "Rien de plus simple : renvoyez-la, nous faisons le reste."),
])
def test_nothing_easier_is_no_dead_end(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert not [e for e in tone.evidence if e.tone == "frustration"]


def test_a_curt_script_that_ends_in_a_dead_end_is_cold(lint_with):
    text = ("Advisor: Reference number.\nCaller: It's T-4471.\nAdvisor: The warranty is void. "
            "The conditions are on page 12. There is nothing further I can do. Goodbye.")
    assert _warnings(lint_with("en", text, "claims_phone")) & {"BL206", "BL207"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Advisor: Could I have your reference number, please?\nCaller: It's T-4471.\n"
           "Advisor: Thank you. The warranty doesn't cover this, but what we can do is repair "
           "it at cost, and I'll send you the quote today."),
    ("fr", "Conseiller : Puis-je avoir votre numéro de contrat, s'il vous plaît ?\nClient : "
           "C'est le T-4471.\nConseiller : Merci. La garantie ne couvre pas ce cas, mais je "
           "vous propose une réparation au prix coûtant, et je vous envoie le devis "
           "aujourd'hui."),
])
def test_a_refusal_with_a_way_out_is_no_dead_end(lint_with, lang, text):
    assert not _warnings(lint_with(lang, text, "claims_phone")) & {"BL206", "BL207"}


# -- fear sold ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Sans garantie vol, vous êtes à la merci des cambrioleurs. N'attendez pas qu'il "
           "soit trop tard : souscrivez aujourd'hui."),
    ("en", "Without theft cover, you're at the mercy of burglars. Don't wait until it's too "
           "late: sign up today."),
])
def test_fear_sold_is_pressure(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Sans garantie vol, les objets volés chez vous ne sont pas remboursés. Si vous "
           "voulez l'ajouter, votre conseiller vous explique tout en agence."),
    ("en", "Without theft cover, items stolen from your home are not refunded. If you'd like "
           "to add it, your adviser can explain everything in branch."),
])
def test_a_cover_explained_calmly_is_no_pressure(lint_with, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "store"))


# -- sums against thresholds ------------------------------------------------------------------

def test_a_sum_on_its_threshold_reaches_it():
    tone = reading.ToneReading({"coldness": 0.6 + 0.7 + 0.7}, [], ())  # 1.9999999999999998
    assert reading.cold(tone, ["reassurance"], {"cold_min": 2.0, "cold_share": 0.4})


# -- the chore spared -----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Your watch is logged under repair number R-2291. Nothing needs doing on your side "
           "for now."),
    ("en", "You can download the erasure report from your account. You don't need to do "
           "anything else."),
    ("fr", "Votre montre est enregistrée sous le numéro R-2291. Vous n'avez rien à faire de "
           "votre côté pour l'instant."),
    ("fr", "Vous pouvez télécharger le rapport depuis votre compte. Vous n'avez rien d'autre à "
           "faire."),
])
def test_nothing_left_for_the_reader_to_do_reassures(analyse, lang, text):
    tone = analyse(text, lang, "email").tone
    assert [e for e in tone.evidence if e.tone == "reassurance" and e.weight >= 1.0]


@pytest.mark.parametrize("lang,text", [
    ("en", "We don't need to do anything about it: the report is already filed."),
    ("fr", "Cela n'a rien à voir avec votre contrat : le rapport est déjà classé."),
])
def test_the_brand_with_nothing_to_do_reassures_no_one(analyse, lang, text):
    tone = analyse(text, lang, "email").tone
    assert not [e for e in tone.evidence if e.tone == "reassurance"]


# -- vouchers and a reward that grows ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "🎉 Parrainez vos amis et gagnez 50 € ! Plus vous parrainez, plus vous gagnez : "
           "50 €, 100 €, 150 €... Chèques cadeaux, bons d'achat, c'est vous qui choisissez !"),
    ("en", "🎉 Refer your friends and get £50! The more you refer, the more you earn: £50, "
           "£100, £150... Gift cards, gift vouchers, you choose!"),
])
def test_a_referral_sold_as_a_deal_is_off_a_reassuring_page(lint_with, lang, text):
    assert "BL205" in _warnings(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre maison est protégée dès la signature, sans franchise sur le dégât des eaux. "
           "Un sinistre ? Nous vous rappelons sous 24 h et nous gérons tout. Pour votre "
           "fidélité, un chèque cadeau vous attend chaque année."),
    ("en", "Your home is protected from the day you sign, with no excess on water damage. A "
           "claim? We call you back within 24 hours and handle everything. And for your "
           "loyalty, a gift card is waiting for you every year."),
])
def test_a_voucher_mentioned_on_a_reassuring_page_is_on_target(lint_with, lang, text):
    assert "BL205" not in _warnings(lint_with(lang, text, "web"))
