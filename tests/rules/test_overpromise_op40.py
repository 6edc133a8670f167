"""Op40 (issue 7, blind round 35): who speaks, what is sent, what a delay is counted from.

- « On vous dira… » / « on vous expliquera… »: *on* telling the reader, in the future,
  what it will say is the brand announcing its own words — nobody's speech is reported
  (« on vous a dit que… » stays someone else's).
- A confirmation e-mail sent or received at once ("you'll receive an instant confirmation
  email", « un e-mail de confirmation vous est envoyé immédiatement ») is a message, no
  delivery of goods; the reader's inbox is where a delivery by e-mail lands ("your files
  will be in your inbox within 48 hours"), unless what lands is such a message.
- The event a delay is counted from (« sous 10 jours après l'audit ») is not a second
  service the delay is held to; a participle timed from the reader's event (« remis en
  48 heures après le mariage ») is the act due by then, whatever the small parse hangs
  the delay on.
- "in a single day", « en une seule journée » is a delay of one day.
- The handling (« prise en compte ») of what a pronoun subject stands for, a service the
  profile declares (« Pause demandée… Elle sera prise en compte sous 24 h »), is that
  service's own act, not a reply held to the response time as well.
- The reader's own act, told to them (« répondez à ce message », "just reply here"), is no
  service: neither timed by a condition's day (« si le problème persiste demain,
  répondez… ») nor held to the delay of the brand's act that follows it.
- A trade that comes to work at the reader's home (« un technicien sera chez vous… »,
  "an engineer will be at your door…") makes a visit, held to the profile's own service
  whose terms name a visit (« déplacement », "call-out"), not a delivery; the people who
  deliver still deliver.
- A quantifier said alone, its noun said before ("Most arrive in three days", « la plupart
  arrivent en trois jours »), hedges the delay; so does a guess at the time ("within two
  weeks, most likely tomorrow", « sous deux semaines, et selon toute vraisemblance dès
  demain »).
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Grainelle
language: fr
central_idea:
  statement: "Garder vos photos vivantes, d'une génération à l'autre."
  lexicon: [souvenir, mémoire, génération, vivant]
channels:
  web: {tones: [storytelling], idea: false}
  store: {tones: [joy], idea: false}
  shop: {tones: [deal], idea: false}
  email: {tones: [storytelling], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  album: {within: 6w, terms: [album, albums, livre photo]}
  scans: {within: 2w, terms: [numérisation, scans, fichiers numérisés]}
  survey: {within: 3w, terms: [audit, bilan technique]}
  paperwork: {within: 10d, terms: [dossier de subvention, montage du dossier]}
  hold: {within: 24h, terms: [pause, mise en pause]}
  visit: {within: 2d, terms: [déplacement, séance à domicile]}
terms:
  forbid: [arnaque]
""",
    "en": """
brand: Grainelle
language: en
central_idea:
  statement: "Keep your photographs alive, from one generation to the next."
  lexicon: [memory, memories, generation, alive]
channels:
  web: {tones: [storytelling], idea: false}
  store: {tones: [joy], idea: false}
  shop: {tones: [deal], idea: false}
  email: {tones: [storytelling], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  album: {within: 6w, terms: [album, albums, photo book]}
  scans: {within: 2w, terms: [scanning, scans, scanned files]}
  survey: {within: 3w, terms: [survey, technical assessment]}
  paperwork: {within: 10d, terms: [grant file, grant paperwork]}
  hold: {within: 24h, terms: [pause, account pause]}
  visit: {within: 2d, terms: [call-out, home session]}
terms:
  forbid: [rip-off]
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "grainelle", "email")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


# -- « on vous dira… »: the brand's own words to come -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Un vendeur insiste au téléphone ? Appelez-nous, on vous dira si c'est une "
           "arnaque."),
    ("en", "A salesman keeps calling? Ring us and we'll tell you if it's a rip-off."),
])
def test_the_brand_announcing_what_it_will_say_is_its_own_voice(lint, lang, text):
    assert "BL501" in codes(lint(lang, text), "BL5")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un vendeur insiste au téléphone ? On vous a dit que c'était une arnaque ?"),
    ("en", "You say the salesman told you it was a rip-off."),
])
def test_near_miss_what_someone_said_stays_reported(lint, lang, text):
    assert "BL501" not in codes(lint(lang, text), "BL5")


# -- a confirmation message is no delivery ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Payez en ligne : un e-mail de confirmation vous est envoyé immédiatement."),
    ("en", "Pay online and you'll receive an instant confirmation email."),
    ("fr", "Un e-mail de confirmation arrive dans votre boîte mail sous 5 minutes."),
    ("en", "A confirmation email will be in your inbox within minutes."),
])
def test_a_confirmation_sent_at_once_promises_no_service(lint, lang, text):
    assert codes(lint(lang, text, "shop")) == []


@pytest.mark.parametrize("lang,text,code", [
    # the profile's own deliverable, sent at once: held to its commitment
    ("fr", "Vos fichiers numérisés vous sont envoyés immédiatement.", "BL302"),
    ("en", "You'll receive your album within a week.", "BL302"),
    # work delivered by e-mail, in the reader's inbox: a delivery the profile never declared
    ("fr", "Vos tirages retouchés seront dans votre boîte mail sous 48 heures.", "BL304"),
    ("en", "The retouched prints will be in your inbox within 48 hours.", "BL304"),
])
def test_near_miss_the_work_itself_sent_or_in_the_inbox_fires(lint, lang, text, code):
    assert code in codes(lint(lang, text, "email"))


# -- the event a delay is counted from ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Prochaines étapes :\n1. Audit sous 3 semaines.\n2. Montage du dossier de "
           "subvention sous 10 jours après l'audit."),
    ("en", "Next steps:\n1. Survey within 3 weeks.\n2. Grant paperwork within 10 days "
           "after the survey."),
])
def test_the_event_counted_from_is_not_held_to_the_delay(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Prochaines étapes :\n1. Audit sous 3 semaines.\n2. Montage du dossier de "
           "subvention sous 5 jours après l'audit."),
    ("en", "Next steps:\n1. Survey within 3 weeks.\n2. Grant paperwork within 5 days "
           "after the survey."),
])
def test_near_miss_the_timed_service_itself_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "NOUVEAU\nUn petit film de votre journée, monté sur vos musiques.\nRemis en "
           "48 heures après le mariage, sur clé USB."),
])
def test_a_participle_timed_from_the_readers_event_is_a_deadline(lint, lang, text):
    assert "BL304" in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "NOUVEAU\nUn petit film de votre journée, monté sur vos musiques.\nProjeté "
           "pendant le repas, sur grand écran."),
    ("en", "NEW\nA short film of your day, cut to your songs.\nShown during dinner, on a "
           "big screen."),
])
def test_near_miss_the_same_participle_untimed_stays_silent(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


# -- "a single day" ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,hours", [
    ("fr", "Votre album imprimé en une seule journée.", 24.0),
    ("en", "Your album printed in a single day.", 24.0),
])
def test_a_single_day_is_a_delay_of_one_day(analyse_profile_texts, lang, text, hours):
    run = analyse_profile_texts(PROFILES, "grainelle-single")
    mentions = run(text, lang, "web").delay_mentions
    assert [m.hours for m in mentions] == [hours]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre album livré en une seule fois, sans frais."),
    ("en", "Your album delivered in a single box, at no cost."),
])
def test_near_miss_a_single_thing_is_no_delay(analyse_profile_texts, lang, text):
    run = analyse_profile_texts(PROFILES, "grainelle-single")
    assert run(text, lang, "web").delay_mentions == []


# -- the handling of what the pronoun stands for -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Grainelle : pause de votre abonnement demandée pour la semaine du 7 avril. Elle "
           "sera prise en compte sous 24 h."),
    ("en", "Grainelle: pause requested for the week of 7 April. It will get a reply within "
           "24 hours."),
])
def test_the_handling_of_the_antecedent_is_held_to_its_own_service(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Grainelle : pause de votre abonnement demandée pour la semaine du 7 avril. Elle "
           "sera prise en compte sous 2 h."),
    ("en", "Grainelle: pause requested for the week of 7 April. It will get a reply within "
           "2 hours."),
])
def test_near_miss_faster_than_the_antecedents_service_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


# -- a quantifier said alone hedges ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre commande d'albums. La plupart arrivent en trois semaines."),
    ("en", "Thanks for ordering albums. Most arrive in three weeks."),
])
def test_a_bare_most_hedges_the_delay(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre commande d'albums. Ils arrivent en trois semaines."),
    ("en", "Thanks for ordering albums. They arrive in three weeks."),
])
def test_near_miss_every_one_said_to_arrive_fires(lint, lang, text):
    assert codes(lint(lang, text)) != []  # (a delivery the profile does not declare)


# -- the reader's own act, told to them ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Si le souci persiste demain, répondez simplement à ce message et un technicien "
           "vous rappelle sous 24 h."),
    ("en", "If it's still the same tomorrow, just reply here and an engineer will call you "
           "within 24 hours."),
])
def test_the_readers_reply_is_not_timed(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si le souci persiste demain, répondez simplement à ce message et un technicien "
           "vous rappelle sous 2 h."),
    ("en", "If it's still the same tomorrow, just reply here and an engineer will call you "
           "within 2 hours."),
    ("fr", "Si le souci persiste, nous vous répondrons sous 2 heures."),
    ("en", "If it's still the same, we will reply within 2 hours."),
])
def test_near_miss_the_brands_own_faster_act_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


# -- a trade at the reader's door is a visit ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Un technicien sera chez vous sous 48 h."),
    ("en", "A technician will be at your door within 48 hours."),
])
def test_a_technician_at_the_door_is_held_to_the_visit(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Un technicien sera chez vous sous 4 heures.", "BL302"),
    ("en", "A technician will be at your door within 4 hours.",
     "BL302"),
    # who delivers still delivers: a delivery the profile does not declare
    ("fr", "Notre livreur sera chez vous sous 48 h avec vos tirages.", "BL304"),
    ("en", "Our courier will be at your door within 48 hours with your prints.", "BL304"),
])
def test_near_miss_a_faster_visit_or_a_courier_still_fires(lint, lang, text, code):
    assert code in codes(lint(lang, text))


# -- a guess at the time ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos scans vous seront envoyés sous deux semaines, et selon toute vraisemblance "
           "dès demain."),
    ("en", "Your scans will be sent within two weeks, and most likely by tomorrow."),
])
def test_a_guess_beside_the_commitment_is_hedged(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos scans vous seront envoyés sous deux semaines, et même dès demain."),
    ("en", "Your scans will be sent within two weeks, and even by tomorrow."),
])
def test_near_miss_a_certainty_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))
