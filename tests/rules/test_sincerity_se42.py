"""Causes of sincerity misses and a false alarm read as concepts of the shared reading
(se42). Doubt — the brand's evidence wanting is doubt when found, not when only supposed
with the benefit of the doubt after it; disbelief at how it happened as told; the
customer's word conceded then set aside; another cause put against their account as a
question of certainty. Blame — what they gave named before "which meant"; their claim
made harder to pursue after the notice pointed to; the staff's report of the brand's
thing mishandled with no agent named. No apology — the impersonal « il
manque » is no one's report. No next step — a feeling said of their ordeal is not the
brand's act; a day told in the past dates what happened. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Voilerie Ombrelle
language: fr
central_idea:
  statement: "Des voiles d'ombrage cousues pour durer plusieurs étés."
  lexicon: [voile, ombrage, toile, mât]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 6d}
  response: {within: 24h}
  refund: {within: 14d}
  deposit_return: {within: 10d, terms: [caution, dépôt de garantie]}
""",
    "en": """
brand: Ombrelle Sails
language: en
central_idea:
  statement: "Shade sails sewn to last many summers."
  lexicon: [sail, shade, canvas, mast]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 6d}
  response: {within: 24h}
  refund: {within: 14d}
  deposit_return: {within: 10d, terms: [deposit]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ombrelle42", "email")


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# (lang, code, text, words the finding quotes: the part of the reply that is wrong)
FIRES = [
    # doubt: the brand's evidence wanting, found and held against them
    ("fr", "BL402", "Madame, nous regrettons ce désaccord. Vos photos ne permettent pas "
                    "d'établir que l'accroc était là à la pose. Votre dépôt de garantie reste "
                    "retenu ; nous vous appelons demain.", "ne permettent pas"),
    ("en", "BL402", "Dear Ms Lark, we're sorry about this disagreement. There is no evidence "
                    "that the snag was there at fitting, so your deposit stays withheld. We "
                    "will call you tomorrow.", "no evidence that"),
    # doubt: disbelief at how it happened as they tell it
    ("en", "BL402", "Hi Tom, sorry the sail came down. Our shackles are load-tested, so we'd "
                    "struggle to see how one snapped by itself. A fitter will call you "
                    "tomorrow.", "struggle to see how"),
    ("fr", "BL402", "Bonjour Tom, désolés pour la chute de la voile. Nos manilles sont "
                    "testées ; il nous semble cependant peu probable qu'une manille ait cédé "
                    "toute seule. Un poseur vous appelle demain.", "peu probable"),
    # doubt: their word conceded, then set aside
    ("fr", "BL402", "Madame, désolés pour ces taches. Elles viennent d'un nettoyant "
                    "inadapté, même si vous nous affirmez n'avoir utilisé que de l'eau. Nous "
                    "vous appelons demain.", "même si vous nous affirmez"),
    ("en", "BL402", "Dear Ms Lark, sorry about the stains. They come from an unsuitable "
                    "cleaner, even though you insist you only used water. We will call you "
                    "tomorrow.", "even though you insist"),
    # doubt: another cause put against their account, as a question of certainty
    ("en", "BL402", "Hi Tom, sorry the canvas tore. Was it really the seam that gave way and "
                    "not a branch rubbing against it? We'll send a fitter tomorrow.",
                    "really the seam"),
    ("fr", "BL402", "Bonjour Tom, désolés pour cette déchirure. Est-ce bien la couture qui a "
                    "lâché et non une branche qui frottait ? Un poseur passe demain.",
                    "bien la couture"),
    # blame: what they gave, before the consequence it meant
    ("en", "BL401", "Dear Mr Finch, we apologise for the wasted visit. The measurements you "
                    "sent us did not include the wall height, which meant the fitters brought "
                    "the wrong mast. They return on Friday.", "measurements you sent us"),
    ("fr", "BL401", "Monsieur, toutes nos excuses pour ce déplacement inutile. Les mesures "
                    "que vous nous avez envoyées ne mentionnaient pas la hauteur du mur, ce qui "
                    "a obligé l'équipe à repartir. Elle revient vendredi.",
                    "mesures que vous nous avez envoyées"),
    # blame: the notice pointed to, their claim made harder
    ("en", "BL401", "Dear Mr Finch, thank you for your photos. As stated in our care guide, "
                    "wind damage must be reported within two days; as this was not done, your "
                    "claim is much harder for us to process. We will still send a new sail "
                    "within 6 days.", "As stated in our care guide"),
    # blame: the staff's report of the brand's thing mishandled, no agent named
    ("fr", "BL401", "Bonjour Léa, désolés pour cette voile tombée. D'après notre poseur, le "
                    "tendeur avait été desserré pour ranger la table : sans lui, la voile ne "
                    "tient pas. Nous vous écrivons en privé.", "avait été"),
    ("en", "BL401", "Hi Lea, so sorry the sail came down. According to our fitter, the mast "
                    "had been moved to make room for the barbecue: it can't hold the sail "
                    "there. We'll message you privately.", "According to our fitter"),
    # no apology: « il manque », the brand's own shortfall
    ("fr", "BL403", "Bonjour Monsieur, nous avons bien reçu votre message : il manque les "
                    "deux tendeurs de votre voile Alizé. Ils partent de l'atelier sous 6 jours.",
                    "manque"),
    # no next step: a feeling said of their ordeal is no act
    ("en", "BL407", "Dear Mr Finch, we are very sorry our fitters arrived late and left before "
                    "the sail was tensioned. We understand how frustrating it is to lose an "
                    "afternoon and still be left without shade.", "late"),
    # no next step: a day told in the past dates what happened
    ("en", "BL407", "Hi Ana, so sorry your sail arrived late! Friday was mayhem at the depot "
                    "and we know that's no excuse. Hope the garden party still went well!",
                    "late"),
]

DOES_NOT_FIRE = [
    # the finding only supposed, the outcome in their favour
    ("fr", "BL402", "Madame, nous sommes désolés pour cette retenue. Si notre constat ne "
                    "permet pas d'établir un dommage, votre dépôt de garantie vous sera rendu "
                    "sous 10 jours."),
    ("en", "BL402", "Dear Ms Lark, we're sorry about the deduction. If there is no evidence "
                    "that the snag happened during the hire, your deposit will be returned "
                    "within 10 days."),
    # a forecast held unlikely: no account doubted
    ("en", "BL402", "Hi Tom, sorry the sail is late. We struggle to see how it will reach you "
                    "before Friday, so a fitter will bring it on Saturday."),
    # their word taken as the start of the check
    ("fr", "BL402", "Madame, désolés pour ces taches. Vous nous indiquez n'avoir utilisé que "
                    "de l'eau : nous reprenons la voile et vous appelons demain."),
    ("en", "BL402", "Dear Ms Lark, sorry about the stains. You tell us you only used water, so "
                    "we'll take the sail back and call you tomorrow."),
    # a statement of the cause found, no question put to them
    ("en", "BL402", "Hi Tom, sorry the canvas tore. It was the seam that gave way and not a "
                    "branch: our fault. We'll send a fitter tomorrow."),
    # what they gave, then the brand's own act
    ("en", "BL401", "Dear Mr Finch, thank you. The measurements you sent us show a wall of "
                    "2.4 m, which is why we are making a longer mast. It leaves on Friday."),
    # the notice cited to inform, no claim made harder
    ("en", "BL401", "Dear Mr Finch, as stated in our care guide, the sail can stay up in winds "
                    "up to 60 km/h. Your new sail leaves on Friday."),
    # no next step: the ordeal understood, then the remedy
    ("en", "BL407", "Dear Mr Finch, we are very sorry our fitters arrived late. We understand "
                    "how frustrating it is to lose an afternoon; they will come back on "
                    "Saturday morning to tension the sail."),
    # a day named for the step to come
    ("en", "BL407", "Hi Ana, so sorry your sail arrived late! Friday is when our fitter comes "
                    "to put it up, between 9 and 11."),
    # the agent named, on the brand's side
    ("en", "BL401", "Hi Lea, so sorry the sail came down. According to our fitter, the mast "
                    "had been moved by our crew during the fitting. We'll bring a new mast "
                    "tomorrow."),
    ("fr", "BL401", "Bonjour Léa, désolés pour cette voile tombée. D'après notre poseur, le "
                    "mât avait été déplacé par notre équipe lors de la pose. Un nouveau mât "
                    "arrive demain."),
    # no apology: « il reste », an offer, no shortfall
    ("fr", "BL403", "Bonjour Monsieur, il reste deux voiles Alizé en stock : la vôtre part de "
                    "l'atelier demain."),
]


@pytest.mark.parametrize(("lang", "code", "text", "words"), FIRES)
def test_concept_fires_on_the_part_at_fault(lint, lang, code, text, words):
    found = findings(lint(lang, text), code)
    assert found
    assert any(words.lower() in (d.text + d.message).lower() for d in found)


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert not findings(lint(lang, text), code)
