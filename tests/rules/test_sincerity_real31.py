"""What a service message does not admit (issue 8, real-copy judges of rounds 30–31): a
problem word owes an apology only when the brand's message says it happened. Not

- what an *if* clause supposes, down to the clause it believes or joins ("If you …
  believe this was a mistake, contact us", "If you are still expecting the funds but they
  have not yet arrived, …");
- what a verb of prevention keeps from happening ("To prevent you from being charged
  twice, we skip…", « Pour éviter que vous soyez débité deux fois… »);
- the reader's own part of a procedure not given yet: a proof, an amount, a field (« il
  manque un justificatif de domicile », "The donation amount is missing", "Failed to top
  up because the amount was not set") — not an image URL the system sets itself;
- an act done as the reader wanted (« retiré avec succès de votre historique »,
  "successfully removed") — not « la ligne a bien été supprimée ce matin », a bus
  cancelled, confirmed;
- a delay that is the time allowed (the French « délai » in English: "The maximum delay
  is 2 days").

And an invitation that asks for the matter itself ("please don't hesitate to tweet us
about it", « n'hésitez pas à nous en dire plus ») is a next step, where "feel free to
reach out if you need anything" stays courtesy; "Please note that your pass will be charged
on the 1st of each month" is a notice, no advice for next time.

The texts are our own; the categories come from real app strings, mails and care replies
(Open Collective, Liberapay, Démarches simplifiées, Tournesol, twcs)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pédalo
language: fr
central_idea:
  statement: "Des vélos partagés simples et fiables."
  lexicon: [vélo, station, trajet]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  email: {tones: [solution, reassurance], service: true}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  refund: {within: 7d}
""",
    "en": """
brand: Pedalo
language: en
central_idea:
  statement: "Shared bikes that are simple and reliable."
  lexicon: [bike, station, ride]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  email: {tones: [solution, reassurance], service: true}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  refund: {within: 7d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalo31", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text,channel", [
    ("en", "Hello,\nYour membership request has been declined.\nIf you have questions or "
           "believe this was a mistake, write to help@pedalo.example.", "email"),
    ("en", "Please confirm the transfer below. If you are still expecting the money but it "
           "has not yet arrived, there is nothing to do.", "email"),
    ("fr", "Bonjour,\nVotre demande d'abonnement a été refusée.\nSi vous pensez qu'il s'agit "
           "d'une erreur, écrivez à aide@pedalo.example.", "email"),
    ("en", "Your monthly pass renews on the 1st. To prevent you from being charged twice in "
           "one week, we will skip the payment of next month.", "email"),
    ("fr", "Votre abonnement se renouvelle le 1er. Pour éviter que vous soyez débité deux fois "
           "la même semaine, nous sautons le prélèvement du mois prochain.", "email"),
    ("en", "The top-up amount is missing.", "app"),
    ("fr", "Il manque le montant de la recharge.", "app"),
    ("fr", "Votre dossier de tarif solidaire a été refusé. Motif :\nil manque un justificatif "
           "de domicile. Vous pouvez le déposer depuis votre espace.", "email"),
    ("en", "Failed to top up because the amount was not set.", "app"),
    ("fr", "Trajet retiré avec succès de votre historique.", "app"),
    ("en", "The ride was successfully removed from your history.", "app"),
    ("en", "Your file is pending. The maximum delay is 2 days, and you can extend it below.",
     "app"),
])
def test_what_the_message_does_not_say_happened_admits_nothing(lint, lang, text, channel):
    assert not codes(lint(lang, text, channel)) & {"BL403", "BL407"}


@pytest.mark.parametrize("lang,text,channel", [
    ("en", "Hello,\nYour membership request was declined by mistake.", "email"),
    ("en", "We charged you twice this week.", "email"),
    ("fr", "Nous vous avons débité deux fois cette semaine.", "email"),
    ("en", "One bike lock is missing from your parcel.", "app"),
    ("fr", "Il manque un antivol dans votre colis.", "app"),
    ("fr", "Votre trajet a été supprimé de votre historique.", "app"),
    ("fr", "Bonjour, la ligne 4 a bien été supprimée ce matin, faute de conducteur. Le service "
           "reprend demain à 6 h 35.", "email"),
    ("en", "Your refund is pending because of a delay on our side.", "app"),
    ("en", "Failed to edit the photo because the photo URL was not set.", "app"),
])
def test_the_problem_that_happened_still_owes_an_apology(lint, lang, text, channel):
    assert "BL403" in codes(lint(lang, text, channel))


@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry to hear you're disappointed. If we can be of any assistance, please "
           "don't hesitate to tweet us about it."),
    ("fr", "Désolés que vous soyez déçu. N'hésitez pas à nous en dire plus en message privé."),
])
def test_an_invitation_to_tell_the_matter_is_a_next_step(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry to hear you're disappointed. Feel free to reach out if you need "
           "anything."),
    ("fr", "Désolés que vous soyez déçu. N'hésitez pas à revenir vers nous si besoin."),
])
def test_courtesy_alone_is_still_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Your bike was returned late. In future, we suggest you check the return time "
           "before you set off.", True),
    ("fr", "Votre vélo a été rendu en retard. À l'avenir, nous vous conseillons de vérifier "
           "l'heure de retour avant de partir.", True),
])
def test_advice_for_next_time_after_a_problem_blames(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text, "after_sales"))) is fires


# -- concepts read from the dev half of sincerity-blind30 (texts our own) ----------------
@pytest.mark.parametrize("lang,text", [
    # an offer in a later turn of the agent, after the customer's question had its answer
    ("fr", "[Client : Encore un vélo sans selle, on fait comment ?]\nPédalo : Bonjour, toutes nos "
           "excuses : la station Gare sera réapprovisionnée ce soir et le trajet vous est "
           "remboursé.\nPédalo : Au passage, notre pass été est ouvert, avec -20 % avant le 30 !"),
    ("en", "Rider: Third broken bike this week?? Not impressed.\nPedalo: Hi Sam. Yes, Gare "
           "station is being restocked tonight. We hear you on the broken bikes: the ride will "
           "come off your bill.\nPedalo: While you're here, our summer pass is open, with 20% off "
           "before 30 June!"),
])
def test_an_offer_after_the_answer_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : Vous avez une formule moins chère ?]\nPédalo : Oui, le pass étudiant, avec "
           "-20 % sur l'abonnement !"),
    ("en", "[Customer: Do you have anything cheaper?]\nPedalo: Yes, the student pass, with 20% "
           "off the monthly plan!"),
])
def test_an_offer_answering_the_question_is_no_push(lint, lang, text):
    assert "BL406" not in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Bonjour,\nDésolés pour ce souci. À moins que vous ne puissiez nous prouver que vous "
           "n'êtes pas à l'origine du second trajet, nous ne pouvons rien rembourser. Réponse "
           "sous 24 h.", "BL402"),
    ("en", "Hi,\nSorry about this. Unless you can prove to us that you didn't take the second "
           "ride, we can't refund it. We'll reply within 24 hours.", "BL402"),
    ("fr", "[Client : Toujours pas de remboursement !]\nPédalo : Bonjour. Comme indiqué en gras "
           "dans votre e-mail de confirmation, le remboursement part sous 7 jours ouvrés. Il "
           "arrivera jeudi.", "BL404"),
    ("en", "[Customer: Still no refund!]\nPedalo: Hi. As stated in bold on your confirmation "
           "email, refunds leave within 7 working days. It will arrive on Thursday.", "BL404"),
    ("en", "Hi Ellie, we're sorry the lock jammed. As we explain to every new member, locks stick "
           "in the cold, so there's honestly no need to get worked up about it. Our team will "
           "call you today.", "BL404"),
    ("fr", "Bonjour Élise, désolés pour l'antivol bloqué. Comme nous l'expliquons à chaque "
           "nouvel abonné, les antivols accrochent par temps froid : inutile de vous énerver. "
           "Notre équipe vous appelle aujourd'hui.", "BL404"),
])
def test_doubt_and_condescension_in_other_words(lint, lang, text, code):
    assert code in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nDésolés pour ce souci. Pour votre sécurité, merci de nous prouver que vous "
           "êtes titulaire du compte. Réponse sous 24 h."),
    ("en", "Hi,\nSorry about this. For security, please prove that you are the account holder. "
           "We'll reply within 24 hours."),
    ("en", "Hi Ellie, we're sorry the lock jammed, and no worries: our team will call you today "
           "to swap it."),
    ("fr", "Bonjour Élise, désolés pour l'antivol bloqué, pas d'inquiétude : notre équipe vous "
           "appelle aujourd'hui pour l'échanger."),
    ("en", "[Customer: Where is my refund?]\nPedalo: Hi. As shown in your confirmation email, "
           "refunds leave within 7 working days: yours left on Monday and arrives Thursday."),
])
def test_a_security_check_or_a_soothed_worry_is_neither(lint, lang, text):
    assert not codes(lint(lang, text, "after_sales")) & {"BL402", "BL404"}


@pytest.mark.parametrize("lang,text", [
    # a customer named by their role in the sector: their turn is theirs
    ("fr", "[Parent : On vient d'apprendre que la garderie ferme vendredi ?! On fait comment ?]\n"
           "Pédalo : Bonjour. Oui, la garderie vélo sera fermée ce vendredi à la suite d'une "
           "panne de chauffage. Nous sommes vraiment désolés de vous prévenir si tard."),
    ("en", "Hi Sam, the bike garage will be closed on Monday because of a leak. We're really "
           "sorry for the short notice."),
])
def test_the_disruption_announced_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour. Oui, la garderie vélo sera fermée ce vendredi à la suite d'une panne de "
           "chauffage. Nous sommes désolés : vos enfants seront accueillis à la station Gare, et "
           "la journée sera déduite de votre facture."),
    ("en", "Hi Sam, the bike garage will be closed on Monday because of a leak. We're sorry: your "
           "bike can stay at Gare station, and Monday comes off your bill."),
])
def test_the_disruption_with_what_happens_next(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Hi Mr Hughes, sorry for the hassle. Our courier came at 10:12 but nobody was at "
           "reception. Please make sure someone is there during office hours; it avoids exactly "
           "this kind of problem. We've booked a new delivery for tomorrow 9-12.", True),
    ("fr", "Bonjour, désolés pour ce contretemps. Notre livreur est passé à 10 h 12 mais personne "
           "n'était à l'accueil. Merci de veiller à ce que quelqu'un soit présent : cela évite "
           "exactement ce genre de souci. Nouvelle livraison demain entre 9 h et 12 h.", True),
    ("en", "Hi Mr Hughes, sorry for the hassle. Our courier came at 10:12 and could not get in. "
           "We've booked a new delivery for tomorrow 9-12; it avoids waiting for the depot.",
     False),
])
def test_the_advice_told_as_the_problem_avoided_blames(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text, "after_sales"))) is fires


# -- an abbreviation that ends its sentence before an elided article ---------------------
SPLIT_PROFILE = {"fr": PROFILES["fr"].replace(
    "  refund: {within: 7d}",
    "  refund: {within: 7d}\n  return_label: {within: 24h, terms: [étiquette de retour]}"),
    "en": PROFILES["en"].replace(
    "  refund: {within: 7d}",
    "  refund: {within: 7d}\n  return_label: {within: 24h, terms: [return label]}")}


@pytest.fixture(scope="module")
def lint_split(lint_profile_texts):
    return lint_profile_texts(SPLIT_PROFILE, "pedalo31b", "after_sales")


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Bonjour, toutes nos excuses. Le bon antivol est parti ce matin, vous le recevrez "
           "sous 48 h. L'étiquette de retour est jointe à cet e-mail.", False),
    ("fr", "Bonjour, toutes nos excuses. Le bon antivol est parti ce matin. L'étiquette de "
           "retour vous arrivera sous 48 h.", True),
    ("en", "Hi, our apologies. The right lock left this morning and reaches you within 48 hrs. "
           "The return label is attached to this email.", False),
    ("en", "Hi, our apologies. The right lock left this morning. The return label will reach "
           "you within 48 hrs.", True),
])
def test_a_delay_belongs_to_its_own_sentence(lint_split, lang, text, fires):
    assert ("BL408" in codes(lint_split(lang, text))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Dear Mr Moreau,\n\nWe have spoken to the team about the bruise you noticed. None of "
           "them saw anything happen, and riders quite often come in with bruises from home "
           "without their parents noticing.\n\nPedalo", True),
    ("fr", "Bonjour Monsieur Morel,\n\nNous avons interrogé l'équipe au sujet du bleu que vous "
           "avez remarqué. Personne n'a rien vu, et les enfants arrivent souvent avec des bleus "
           "sans que les parents s'en aperçoivent.\n\nPédalo", True),
    ("en", "Dear Mr Moreau,\n\nWe're sorry about the bruise you noticed. Our team did not see "
           "it happen; our manager will call you today to go through the day with you.\n\n"
           "Pedalo", False),
    ("fr", "Bonjour Monsieur Morel,\n\nDésolés pour ce bleu. L'équipe ne l'a pas vu se "
           "produire ; notre responsable vous appelle aujourd'hui pour reprendre la journée "
           "avec vous.\n\nPédalo", False),
])
def test_what_their_kind_fails_to_notice_doubts_the_account(lint, lang, text, fires):
    assert ("BL402" in codes(lint(lang, text, "after_sales"))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Dear Sam,\nThank you for joining. Please note that your pass will be charged on the "
           "1st of each month.", False),
    ("fr", "Bonjour Sam,\nMerci pour votre adhésion. Veuillez noter que votre pass sera prélevé "
           "le 1er de chaque mois.", False),
    ("en", "Dear Sam,\nYour meter reading was late again. Please send it on the 1st of each "
           "month.", True),
    ("fr", "Bonjour Sam,\nVotre relevé est encore arrivé en retard. Merci de l'envoyer le 1er de "
           "chaque mois.", True),
])
def test_a_notice_of_the_brands_schedule_advises_nothing(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text, "email"))) is fires
