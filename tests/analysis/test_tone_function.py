"""What a message does, and the tone that fits it (issue 9, real copy of round 12): the
channel's target was applied whatever the message did — a thank-you for praise asked to
reassure, an apology asked to be joyful, a how-to asked to surprise —, topic words were
read as tone ("fast" in a post about a cache), and documentation and templates read cold
on weak evidence. Each concept firing and its near miss, FR and EN, on the real models:

- the message's function (`analysis/function.py`): a reply to praise, an apology, a
  how-to, an explanation, a notification — its tones are held beside the channel's;
- a word of pace said of a thing (a system, a measure) names the subject, not the voice;
- the brand's own name is no tone word;
- an explanation's, a how-to's and a notification's passives tell what happens to things;
  a template's fields and an interface's one step are no clipped reply."""

from __future__ import annotations

import pytest


def _codes(diagnostics, severity=None):
    return [d.code for d in diagnostics
            if severity is None or str(d.severity) == severity]


# -- a reply to praise -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Glad you're enjoying the new castle set! Have fun building it this weekend!"),
    ("fr", "Ravis que le château vous plaise ! Amusez-vous bien à le construire ce week-end !"),
])
def test_a_reply_to_praise_may_be_joyful(analyse, lint, lang, text):
    assert analyse(text, lang, "after_sales").function.kind == "praise_reply"
    assert "BL205" not in _codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "So sorry your parcel is late. Great news though: 30% off every castle set this "
           "week, lowest prices ever, grab the deal with code CASTLE!"),
    ("fr", "Désolés pour le retard de votre colis. Bonne affaire : -30 % sur tous les "
           "châteaux cette semaine, prix mini, profitez du code promo CHATEAU !"),
])
def test_a_complaint_reply_is_no_praise_reply(analyse, lang, text):
    assert analyse(text, lang, "after_sales").function.kind != "praise_reply"


# -- an apology --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry for the delay on the new sets, we do our very best to make quick "
           "decisions."),
    ("fr", "Nous sommes désolés pour ce retard sur les nouveaux coffrets, nous faisons de "
           "notre mieux."),
])
def test_an_apology_fits_empathy(analyse, lang, text):
    tone = analyse(text, lang, "social").tone
    assert analyse(text, lang, "social").function.kind == "apology"
    assert "empathy" in tone.purposes


@pytest.mark.parametrize("lang,text", [
    ("en", "We're not sorry at all: build bigger, build bolder, share your castles!"),
    ("fr", "Construisez plus grand et partagez vos châteaux avec nous !"),
])
def test_no_apology_no_empathy_purpose(analyse, lang, text):
    assert analyse(text, lang, "social").function.kind != "apology"


# -- a how-to and an explanation ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Here's how\n\nPut a link to your LEGO profile on your website. Then edit your "
           "profile and add the address of your page. Save your profile, that's it!"),
    ("fr", "Voici comment\n\nMettez un lien vers votre profil LEGO sur votre site. Éditez "
           "ensuite votre profil et ajoutez l'adresse de votre page. Enregistrez votre "
           "profil, c'est tout !"),
])
def test_a_how_to_page_instructs(analyse, lint, lang, text):
    assert analyse(text, lang, "web").function.kind == "instructions"
    assert "BL205" not in _codes(lint(text, lang, "web"), "warning")


@pytest.mark.parametrize("lang,text", [
    ("en", "Huge sale: 40% off everything, lowest prices of the year, free shipping and an "
           "extra £10 off with code WINTER."),
    ("fr", "Dernier jour des soldes : -40 % sur tout le rayon, prix cassés, code promo HIVER "
           "pour 10 € de remise en plus !"),
])
def test_a_sale_has_no_function_of_its_own(analyse, lint, lang, text):
    assert analyse(text, lang, "social").function.kind is None
    assert "BL205" in _codes(lint(text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "How Our Rate Limits Work\n\nLimits are calculated per request, using a token "
           "bucket algorithm. Capacity is refilled over time and is consumed by each new "
           "request."),
    ("fr", "Comment fonctionnent nos limites\n\nLes limites sont calculées par requête. La "
           "capacité est rechargée avec le temps et elle est consommée par chaque requête."),
])
def test_an_explanation_tells_what_happens_to_things(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind == "explanation"
    assert not [e for e in a.tone.evidence if e.signal == "passive"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Important notice\n\nYour request has been processed. Your file is closed and "
           "your account is suspended until payment is received."),
    ("fr", "Avis important\n\nVotre demande a été traitée. Votre dossier est clos et votre "
           "compte est suspendu jusqu'à réception du paiement."),
])
def test_a_notice_about_the_reader_stays_cold(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind is None
    assert [e for e in a.tone.evidence if e.signal == "passive"]


# -- a notification template -------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Problem:\n\nAntivirus alert on your LEGO account\n\nThe antivirus scan of a "
           "file flagged a problem.\n\nFile:\n\nSee the file's details"),
    ("fr", "Problème :\n\nAlerte antivirus sur votre compte LEGO\n\nL'analyse antivirus "
           "d'un fichier a signalé un problème.\n\nFichier :\n\nVoir les détails du fichier"),
])
def test_a_template_is_no_clipped_reply(analyse, lint, lang, text):
    a = analyse(text, lang, "after_sales")
    assert a.function.kind == "notification"
    assert not [e for e in a.tone.evidence if e.signal == "clipped_reply"]
    assert "BL207" not in _codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Order number? Shipped Tuesday. Standard delay. Goodbye."),
    ("fr", "Numéro de commande ? Commande expédiée mardi. Délai standard. Au revoir."),
])
def test_a_clipped_reply_stays_cold(analyse, lang, text):
    a = analyse(text, lang, "after_sales")
    assert a.function.kind is None
    assert [e for e in a.tone.evidence if e.signal == "clipped_reply"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Rendez-vous sur « Paramètres / Importer des éléments »"),
    ("en", "Go to “Settings / Import items”"),
])
def test_one_step_in_quotes_is_no_clipped_reply(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert not [e for e in tone.evidence if e.signal == "clipped_reply"]


# -- topic and voice ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "We could then leverage fast, concurrent signing power from our servers, and the "
           "speed was impressive."),
    ("fr", "Le moteur de rendu rapide calcule chaque page, et sa rapidité impressionne les "
           "ingénieurs."),
])
def test_pace_of_a_thing_is_the_subject(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert tone.raw.get("speed", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("en", "We'll reply quickly and your refund is fast: it's on its way today."),
    ("fr", "Nous vous répondons rapidement et la livraison est rapide : votre colis part "
           "aujourd'hui."),
])
def test_pace_of_the_brands_service_is_speed(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert tone.raw.get("speed", 0.0) >= 1.0


@pytest.fixture(scope="module")
def analyse_as(analyse_profile_texts):
    """analyse_as(brand, lang) -> run(text, channel): the shared analysis under a test
    profile of that brand (the session's pipelines)."""
    def build(brand: str, lang: str):
        address = "vous" if lang == "fr" else "informal"
        analyse = analyse_profile_texts({lang: (
            f"brand: \"{brand}\"\nlanguage: {lang}\naddress: {address}\n"
            "central_idea:\n  statement: \"Des rendez-vous simples.\"\n"
            "  lexicon: [simple]\nchannels:\n  web: {tones: [surprise]}\n")}, "brand")
        return lambda text, channel="web": analyse(text, lang, channel)

    return build


@pytest.mark.parametrize("lang,brand,text,word", [
    ("en", "Let's Encrypt", "Let’s Encrypt depends on support from a wide variety of "
     "individuals and organizations. Please consider getting involved.", "let"),
    ("fr", "Allô Vite", "Allô Vite ouvre sa nouvelle agence à Lyon.", "vite"),
])
def test_the_brands_name_is_no_tone(analyse_as, lang, brand, text, word):
    def read(name):
        return [e for e in analyse_as(name, lang)(text).tone.evidence
                if e.text.lower().startswith(word)]

    assert not read(brand)
    assert read("Certiflex")  # (the same words, under another brand's name, are read)


# -- a state expired ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Valid is easy enough. Expired, too, is pretty easy: wait until it expires, then "
           "serve it."),
    ("fr", "Valide, c'est simple. Expiré, c'est simple aussi : il suffit d'attendre."),
])
def test_a_state_expired_is_no_countdown(analyse, lang, text):
    assert analyse(text, lang, "web").tone.raw.get("pressure", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("en", "20% off every castle set with code CASTLE, expiring tonight."),
    ("fr", "Promo : -20 % sur tous les châteaux, on expire à minuit !"),
])
def test_an_offer_that_expires_counts_down(analyse, lang, text):
    assert analyse(text, lang, "web").tone.raw.get("pressure", 0.0) > 0.0
