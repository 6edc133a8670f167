"""Causes of sincerity misses and a false alarm read as concepts of the shared reply
reading (se41): who is the agent of the fault — what the customer's own message did not
contain is its content told, not a duty they failed; the cause put in what they gave us,
after a link of cause; their thing guessed unready. Whose account is doubted — their
denial held hard to believe, their complaint set beside a motive "trusted" unrelated.
Talking down — the earlier message pointed to, the explanation hoped "now clear", the
reader made a layman, the trade lectured. A receipt acknowledged is no next step; the
new range to "discover" is selling. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tournesel
language: fr
central_idea:
  statement: "Des céramiques tournées à la main, pour la table de tous les jours."
  lexicon: [céramique, bol, assiette, atelier]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 24h}
  refund: {within: 14d}
""",
    "en": """
brand: Tournesel
language: en
central_idea:
  statement: "Hand-thrown ceramics for the everyday table."
  lexicon: [ceramic, bowl, plate, studio]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 24h}
  refund: {within: 14d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tournesel41", "email")


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# (lang, code, text, words the finding quotes: the part of the reply that is wrong)
FIRES = [
    # blame: the cause put in what the customer gave us, after a link of cause
    ("en", "BL401", "Dear Mr Ode, we apologise for the wrong glaze on your plates. It stems "
                    "mainly from the faded colour chart you sent us. New plates will reach "
                    "you within 5 days.", "faded colour chart"),
    ("fr", "BL401", "Bonjour Monsieur Ode, nous sommes désolés pour l'émail de vos assiettes. "
                    "Ce défaut s'explique surtout par la validation tardive de vos maquettes. "
                    "De nouvelles assiettes vous parviendront sous 5 jours.", "tardive"),
    # blame: the customer's own thing guessed unready, no check made
    ("fr", "BL401", "Bonjour Madame, nous sommes navrés que votre bol se soit fendu. Votre "
                    "four n'était manifestement pas adapté à la cuisson du grès. Nous vous "
                    "remboursons sous 14 jours.", "manifestement pas adapté"),
    ("en", "BL401", "Hello Ms Vale, we're sorry your bowl cracked. Your oven was clearly not "
                    "suitable for stoneware. We will refund you within 14 days.",
                    "clearly not suitable"),
    # doubt: their denial held hard to believe
    ("fr", "BL402", "Madame, nous regrettons cet écart de prix. Nous avons pourtant peine à "
                    "croire que vous n'ayez rien reçu de notre part. Une facture corrigée vous "
                    "parviendra sous 5 jours.", "peine à croire"),
    ("en", "BL402", "Dear Ms Vale, we're sorry about the price gap. We struggle to believe you "
                    "never received our updated quote. A corrected invoice will follow within "
                    "5 days.", "struggle to believe"),
    # doubt: the complaint set beside a motive, a coincidence "trusted"
    ("fr", "BL402", "Madame, nous sommes désolés que votre commande soit partie chez un autre "
                    "client. Votre réclamation suit de peu notre relance pour impayé ; nous "
                    "voulons croire que les deux n'ont aucun lien. Nous vous écrivons sous "
                    "24 heures.", "aucun lien"),
    ("en", "BL402", "Dear Ms Vale, we're sorry your order went to another client. Your "
                    "complaint follows our payment reminder closely; we're sure the two are "
                    "unrelated. We will write to you within 24 hours.", "unrelated"),
    # condescension: the earlier message pointed to, the explanation hoped "now clear"
    ("en", "BL404", "Dear Mr Ode, as explained in our previous email, glazes vary from one "
                    "firing to the next. We trust this is now clear. A partial refund will "
                    "reach you within 14 days.", "previous email"),
    ("fr", "BL404", "Monsieur, comme expliqué dans notre précédent message, l'émail varie "
                    "d'une cuisson à l'autre. Nous espérons que c'est désormais clair. Un "
                    "remboursement partiel vous parviendra sous 14 jours.", "précédent message"),
    # condescension: the reader made a layman, the trade lectured
    ("fr", "BL404", "Monsieur, le tournage est un art exigeant qu'un profane ne sait pas "
                    "toujours juger. Nous reprenons toutefois vos deux bols sous 5 jours.",
                    "profane"),
    ("en", "BL404", "Dear Mr Ode, sorry your set is late. Hand-throwing is not simply a "
                    "matter of pressing clay into a mould. Your set leaves the studio "
                    "tomorrow.", "simply a matter of"),
    # no next step: a receipt acknowledged, dated by the customer's story, moves nothing
    ("fr", "BL407", "Bonjour Monsieur,\n\nNous avons bien reçu vos photos du plat livré "
                    "mardi, dont le bord est ébréché. Nous en sommes vraiment navrés.\n\n"
                    "Bien cordialement,\nInès", "navrés"),
    ("en", "BL407", "Hello Mr Ode,\n\nWe received your photos of the dish delivered on "
                    "Tuesday, with its rim chipped. We are truly sorry.\n\nBest wishes,\nInes",
                    "sorry"),
    # marketing: the new range to discover, in the infinitive
    ("fr", "BL406", "Toutes nos excuses pour ce plat ébréché ! Un plat neuf part sous 5 "
                    "jours. Et c'est le moment de découvrir notre nouvelle gamme de bols "
                    "émaillés !", "découvrir notre nouvelle gamme"),
]

DOES_NOT_FIRE = [
    # what the customer's message did not include, asked for: no duty reproached
    ("en", "BL401", "Sorry your bowl arrived chipped. Could you send us a photo of it? Your "
                    "email didn't include one. A new bowl will be on its way within 5 days."),
    ("fr", "BL401", "Désolés pour ce bol ébréché. Pourriez-vous nous envoyer une photo ? "
                    "Votre message ne mentionnait pas votre numéro de commande. Un bol neuf "
                    "part sous 5 jours."),
    # the cause is the brand's own
    ("en", "BL401", "Dear Mr Ode, we apologise for the wrong glaze on your plates. It stems "
                    "mainly from a mix-up in our studio. New plates will reach you within 5 "
                    "days."),
    ("fr", "BL401", "Bonjour Monsieur Ode, nous sommes désolés pour l'émail de vos assiettes. "
                    "Ce défaut s'explique surtout par une erreur de notre atelier. De nouvelles "
                    "assiettes vous parviendront sous 5 jours."),
    # a state told, no guess: the brand's own parcel not ready
    ("en", "BL401", "Hello Ms Vale, we're sorry your bowl is late. Your parcel was not ready "
                    "on Monday because of our kiln. It leaves today."),
    ("fr", "BL401", "Bonjour Madame, nous sommes navrés du retard. Votre colis n'était pas "
                    "prêt lundi à cause de notre four. Il part aujourd'hui."),
    # their words taken up as the start of the check
    ("fr", "BL402", "Madame, nous regrettons cet écart de prix. Vous nous indiquez n'avoir "
                    "rien reçu : nous vous renvoyons notre devis aujourd'hui."),
    ("en", "BL402", "Dear Ms Vale, we're sorry about the price gap. You mention you never "
                    "received our updated quote: we're sending it again today."),
    # a hope about the remedy, no motive set beside the complaint
    ("fr", "BL402", "Madame, nous sommes désolés que votre commande soit partie chez un autre "
                    "client. Nous voulons croire que cette erreur restera unique : nous vous "
                    "écrivons sous 24 heures."),
    ("en", "BL402", "Dear Ms Vale, we're sorry your order went to another client. We trust the "
                    "two bowls are now safely with you. We will write to you within 24 hours."),
    # a first explanation, and a hope it helps: no reminder, no "now clear"
    ("en", "BL404", "Dear Mr Ode, glazes vary from one firing to the next. We hope this "
                    "helps. A partial refund will reach you within 14 days."),
    ("fr", "BL404", "Monsieur, l'émail varie d'une cuisson à l'autre. Nous espérons que cela "
                    "vous aide. Un remboursement partiel vous parviendra sous 14 jours."),
    # a guide written for beginners, no reader judged unable
    ("fr", "BL404", "Monsieur, notre guide d'entretien est écrit pour les profanes : vous le "
                    "trouverez joint. Nous reprenons vos deux bols sous 5 jours."),
    ("en", "BL404", "Dear Mr Ode, our care guide is written for the layperson; it is attached. "
                    "We will take both bowls back within 5 days."),
    # the receipt, then the remedy
    ("fr", "BL407", "Bonjour Monsieur,\n\nNous avons bien reçu vos photos du plat livré mardi, "
                    "dont le bord est ébréché. Nous en sommes navrés : un plat neuf part "
                    "demain.\n\nBien cordialement,\nInès"),
    ("en", "BL407", "Hello Mr Ode,\n\nWe received your photos of the dish delivered on "
                    "Tuesday, with its rim chipped. We are truly sorry; a new dish leaves "
                    "tomorrow.\n\nBest wishes,\nInes"),
]


@pytest.mark.parametrize(("lang", "code", "text", "words"), FIRES)
def test_concept_fires_on_the_part_at_fault(lint, lang, code, text, words):
    found = findings(lint(lang, text), code)
    assert found
    assert any(words.lower() in (d.text + d.message).lower() for d in found)


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert not findings(lint(lang, text), code)
