"""What round 13 (heldout18) taught the superlative reading: a negation that denies a
chance affirms what follows (« ce n'est pas pour rien que… », "it's not for nothing
that…"); a place's genitive ranks against everyone there ("Nantes' best movers"); a
hyphenated superlative keeps its place scope ("the best-stocked nursery in Brittany"); a
headline's scope ends with its line. Each concept fires in its true form and stays silent
in its near miss, in French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lunetin
language: fr
central_idea:
  statement: "Bien voir, conseillé par des opticiens qui prennent le temps."
  lexicon: [voir, conseil, temps, écoute]
channels:
  email: {tones: [reassurance]}
  social: {tones: [joy]}
  store: {tones: [reassurance]}
""",
    "en": """
brand: Lunetin
language: en
central_idea:
  statement: "Seeing well, advised by opticians who take their time."
  lexicon: [see, advice, time, listen]
channels:
  email: {tones: [reassurance]}
  social: {tones: [joy]}
  store: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lunetin", "social")


def superlatives(diagnostics) -> list[str]:
    return [d.text for d in diagnostics if d.code == "BL303"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce n'est pas pour rien qu'on est les opticiens les plus attentionnés de Lyon."),
    ("fr", "Ce n'est pas un hasard si nous sommes les opticiens les plus rapides de Lyon."),
    ("en", "It's not for nothing that we are the fastest opticians in Lyon."),
    ("en", "Lyon's best opticians, two streets from the station."),
    ("en", "Simply the best-stocked optician in Brittany."),
    ("en", "LYON'S BEST OPTICIANS\nYour eyes tested with time and care."),
])
def test_the_superlative_is_claimed(lint_with, lang, text):
    assert superlatives(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne sommes pas les opticiens les plus rapides de Lyon, mais les plus attentifs."),
    ("fr", "Ce n'est pas pour rien, ce rendez-vous : on prend le temps."),
    ("en", "We're not the fastest opticians in Lyon, and we don't try to be."),
    ("en", "Our opticians' best tip: rest your eyes every hour."),
    ("en", "The best-kept secret of our team: patience."),
    ("en", "The best frames for your face are the ones you forget you wear."),
])
def test_the_superlative_is_denied_or_not_a_ranking(lint_with, lang, text):
    assert not superlatives(lint_with(lang, text))


def absolutes(diagnostics) -> list[str]:
    return [d.text for d in diagnostics if d.code == "BL301"]


# Absolutes in other words: proof against any intrusion, an effect with no delay, nobody
# ever again (the negation is the claim); and the brand as the means of what always
# happens to the reader (« avec Lunetin, vous repartez toujours… »).
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos nouvelles serrures sont inviolables."),
    ("fr", "Soyez tranquille : avec cette serrure, plus personne n'entrera chez vous."),
    ("fr", "Nos gouttes apportent un soulagement immédiat aux yeux fatigués."),
    ("fr", "Avec Lunetin, vous repartez toujours avec des lunettes parfaitement ajustées."),
    ("en", "SECURITY LOCKS\nBreak-in proof.\nFitted by a craftsman who explains every step."),
    ("en", "With this lock, no one will ever get in."),
    ("en", "Our new coating gives instant relief to tired eyes."),
    ("en", "With Lunetin, you always leave with perfectly fitted glasses."),
])
def test_the_absolute_in_other_words_is_claimed(lint_with, lang, text):
    assert absolutes(lint_with(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une serrure n'est jamais inviolable : c'est pourquoi nous conseillons une alarme."),
    ("fr", "Il n'y a plus personne à la boutique après 19 h : rappelez-nous demain."),
    ("fr", "Avec nous, vous pouvez toujours changer de monture dans le mois."),
    ("fr", "Vous avez toujours aimé les montures rondes ? Venez essayer la nouvelle collection."),
    ("en", "No one can ever be sure a lock won't be forced, so we fit an alarm too."),
    ("en", "Drops may give instant relief; see a doctor if it lasts."),
    ("en", "With us you can always change your frame within the month."),
    ("en", "Our door viewers are waterproof."),
])
def test_the_absolute_in_other_words_near_miss(lint_with, lang, text):
    assert not absolutes(lint_with(lang, text, "email"))


def with_promises(lines: str) -> dict[str, str]:
    """The test's profiles with a `promises:` block."""
    return {lang: text.replace("channels:", f"promises:\n{lines}\nchannels:")
            for lang, text in PROFILES.items()}


@pytest.fixture(scope="module")
def lint_promising(lint_profile_texts):
    """lint_promising(name, promises) -> run(lang, text, channel): built once per name."""
    built = {}

    def get(name: str, lines: str):
        if name not in built:
            built[name] = lint_profile_texts(with_promises(lines), f"lunetin-{name}", "email")
        return built[name]

    return get


HOURS = '  availability: {hours: "8-20", days: "mon-sat"}'


# Hours said in other words: open until midnight, the brand "there" round the clock.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos conseillers sont disponibles de 6 h à minuit, tous les jours."),
    ("en", "Our advisers are on hand from 6am to midnight, every day."),
    ("en", "Locked out at 3am? We're there 24/7. Call 04 72 10 48 26."),
])
def test_hours_beyond_the_commitment(lint_promising, lang, text):
    assert "BL302" in {d.code for d in lint_promising("hours", HOURS)(lang, text, "social")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos conseillers sont disponibles de 8 h à 20 h, du lundi au samedi."),
    ("fr", "Le car de nuit part de Lyon de 22 h à minuit selon les jours."),
    ("en", "The night coach leaves at 10pm and arrives at 6am."),
    ("en", "There is a key safe by the door: your spare key is there whenever you need it."),
])
def test_hours_within_the_commitment_or_no_hours(lint_promising, lang, text):
    assert "BL302" not in {d.code for d in lint_promising("hours", HOURS)(lang, text, "social")}


RESPONSE = "  response: {within: 24h}"


# Working hours are a unit of their own: forty make a calendar week, so "4 working hours"
# beats a 24-hour commitment and "6 working hours" may not.
@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Un opticien Lunetin vous répond sous 4 heures ouvrées.", True),
    ("fr", "Un opticien Lunetin vous répond sous 2 jours ouvrés.", False),
    ("en", "A Lunetin optician will answer within 4 working hours.", True),
    ("en", "A Lunetin optician will answer within 8 business hours.", False),
    ("en", "Our opticians answer the phone during business hours.", False),
])
def test_working_hours(lint_promising, lang, text, fires):
    assert ("BL302" in {d.code for d in lint_promising("response", RESPONSE)(lang, text)}) \
        is fires


REPLAY = "  replay: {within: 24h, terms: [replay]}"


# The reader's own booking given a day and a clock time is a notice of when it is; a
# speed promise in the next clause of the same line is still read.
@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Lunetin : votre cours commence ce soir à 19 h, salle 4. Code de la porte : 4471B.",
     False),
    ("fr", "Votre cours commence ce soir à 19 h, et votre replay est disponible dans l'heure.",
     True),
    ("en", "Lunetin: your class starts tonight at 7pm, room 4. Door code 4471B.", False),
    ("en", "Your class starts tonight at 7pm, and your replay is online within the hour.",
     True),
])
def test_a_booking_with_its_day_and_hour_is_a_notice(lint_promising, lang, text, fires):
    assert ("BL302" in {d.code for d in lint_promising("replay", REPLAY)(lang, text)}) is fires
