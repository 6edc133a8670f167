"""Overpromise and idea on real copy, round 32 (issue 7: BL103 and BL304 read by a blind
judge; texts are ours). What the reader may do or set is neither the brand turning the
idea down nor a delay the brand keeps:

- a dismissal cue that is the reader's own option over their own thing (« vous pouvez
  dire adieu à vos cotisations à tout moment », "Yes, you can stop your contributions",
  "Can I stop my contributions?") rejects nothing in the brand's voice (BL103);
- a list of three durations or more that no delay preposition brings in ("keeps your
  files 24h or 7, 30, 60 days after upload") is a choice offered to the reader, a setting;
  « sous 24 h, 3 ou 5 jours selon l'option » stays three deadlines (BL304);
- a time in a sentence where the reader sets the product up ("You can enable plot leaders
  to refund a contribution within 30 days", « vous pouvez autoriser … ») is a setting of
  theirs, not the brand's refund delay (BL304)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Potagère
language: fr
central_idea:
  statement: "Un jardin partagé qui vit des cotisations de ses membres."
  lexicon: [cotisation, cotisations, jardin, partage, membre]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
""",
    "en": """
brand: Potagere
language: en
central_idea:
  statement: "A shared garden that lives on its members' contributions."
  lexicon: [contribution, contributions, garden, sharing, member]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "potagere32a", "web")


def codes(diagnostics, code):
    return [d.severity.name for d in diagnostics if d.code == code]


# -- BL103: the reader's option over their own thing ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Can I pause or stop my contributions?\n\nYes, you can stop your contributions "
           "or change their amount whenever you like from your account page."),
    ("fr", "Vous pouvez dire adieu à vos cotisations à tout moment depuis votre espace "
           "membre."),
])
def test_the_readers_option_over_their_own_is_no_dismissal(lint, lang, text):
    assert codes(lint(lang, text), "BL103") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Stop your contributions: the garden runs fine without them."),
    ("en", "You can stop contributions altogether: the garden runs fine without them."),
    ("fr", "Dites adieu à vos cotisations : le jardin tourne très bien sans elles."),
])
def test_the_brand_dismissing_the_idea_still_contradicts_it(lint, lang, text):
    assert codes(lint(lang, text), "BL103") == ["WARNING"]


# -- BL304: a menu of durations is a setting ---------------------------------------------
def test_a_menu_of_durations_is_no_round_the_clock_promise(lint):
    assert codes(lint("en", "Our photo delivery keeps your files 24h or 7, 30, 60 days "
                            "after upload."), "BL304") == []


def test_one_duration_on_the_service_stays_a_promise(lint):
    assert codes(lint("en", "Our photo delivery service runs 24h."), "BL304") == ["WARNING"]


def test_a_menu_of_deadlines_stays_a_promise(lint):
    assert codes(lint("fr", "Notre service de livraison vous livre sous 24 h, 3 ou 5 jours "
                            "selon l'option."), "BL304") == ["WARNING"]


@pytest.mark.parametrize("lang,text,found", [
    ("fr", "Vos photos sont effacées après 24 h, 7, 30 ou 60 jours, à votre choix.", False),
    ("fr", "Vos photos sont effacées sous 24 h.", True),
    ("en", "Your photos are removed 24h or 7, 30, 60 days after upload, as you choose.", False),
    ("en", "Your photos are removed within 24h.", True),
])
def test_a_menu_gives_no_delay_mention(analyse, lang, text, found):
    assert bool(analyse(text, lang).delay_mentions) is found


# -- BL304: the reader's setting ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "You can enable plot leaders to refund a contribution within 30 days of payment."),
    ("fr", "Vous pouvez autoriser les responsables de parcelle à rembourser une cotisation "
           "jusqu'à 30 jours après le paiement."),
])
def test_a_setting_of_the_reader_is_no_refund_delay(lint, lang, text):
    assert codes(lint(lang, text), "BL304") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Plot leaders refund a contribution within 30 days of payment."),
    ("fr", "Les responsables de parcelle remboursent une cotisation jusqu'à 30 jours après "
           "le paiement."),
])
def test_the_refund_itself_stays_a_delay(lint, lang, text):
    assert codes(lint(lang, text), "BL304") == ["WARNING"]


# -- BL301: what a licence secures, named just before the guarantee ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Il suffit de publier vos fiches de semis sous licence libre, garantissant "
           "qu'elles resteront dans le pot commun sans risque d'appropriation."),
    ("en", "Just publish your sowing notes under a free license, guaranteeing that they "
           "stay in the commons with no risk of being taken."),
    ("en", "All you need is to license your sowing notes as open source. It guarantees "
           "that they will stay in the commons."),
])
def test_what_a_licence_named_before_secures_is_no_claim(lint, lang, text):
    assert codes(lint(lang, text), "BL301") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il suffit de publier vos fiches de semis sur notre site, garantissant "
           "qu'elles resteront en ligne sans risque de perte."),
    ("en", "Just publish your sowing notes on our site, guaranteeing that they stay online "
           "with no risk of being lost."),
    ("en", "All you need is to post your sowing notes on our site. It guarantees that "
           "they will stay online."),
])
def test_what_the_brands_site_guarantees_stays_a_claim(lint, lang, text):
    assert codes(lint(lang, text), "BL301") == ["WARNING"]


# -- BL303: a crowd of others ranked ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos paiements passent par Payvia, un prestataire choisi par de nombreuses "
           "entreprises leaders en Europe."),
    ("en", "Your payments go through Payvia, a provider trusted by many leading companies "
           "worldwide."),
])
def test_many_leading_companies_are_others(lint, lang, text):
    assert codes(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Potagère, entreprise leader en Europe du jardin partagé."),
    ("en", "Potagere is trusted by gardeners as the leading shared garden network "
           "worldwide."),
    ("en", "Some of the best garden plots in town are ours."),
])
def test_the_brand_ranked_stays_a_superlative(lint, lang, text):
    assert codes(lint(lang, text), "BL303") == ["WARNING"]


# -- BL103: what the brand cannot do without is affirmed ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le jardin ne serait rien sans les cotisations de ses membres."),
    ("fr", "Le jardin ne pourrait pas fonctionner sans les cotisations de ses membres."),
    ("en", "The garden would be nothing without the contributions of its members."),
    ("en", "The garden couldn't work without the contributions of its members."),
])
def test_what_cannot_be_done_without_is_affirmed(lint, lang, text):
    assert codes(lint(lang, text), "BL103") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le jardin fonctionne très bien sans les cotisations de ses membres."),
    ("en", "The garden works just fine without the contributions of its members."),
])
def test_doing_without_the_idea_still_contradicts_it(lint, lang, text):
    assert codes(lint(lang, text), "BL103") == ["WARNING"]


def test_the_brands_own_crowd_stays_a_superlative(lint):
    assert codes(lint("en", "Our app holds several leading privacy tools we've built for "
                            "gardeners."), "BL303") == ["WARNING"]


# -- BL304: a door held open in an invitation or a courtesy ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "You're welcome to ask our gardeners questions any time."),
    ("en", "Feel free to call us any time."),
    ("fr", "Nous serons ravis de répondre à vos questions à tout moment."),
])
def test_any_time_in_an_invitation_is_courtesy(lint, lang, text):
    assert codes(lint(lang, text), "BL304") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "You can call us any time."),
    ("en", "Feel free to call us 24/7."),
    ("fr", "Nous répondons à vos questions à tout moment."),
    ("fr", "Nous serons ravis de répondre à vos questions 24h/24."),
])
def test_hours_or_a_statement_stay_an_availability(lint, lang, text):
    assert codes(lint(lang, text), "BL304") == ["WARNING"]
