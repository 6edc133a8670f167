"""What a word of the idea's values does in its sentence (issue 7, real copy round 10:
BL103 judged wrong 17 times in 17 on letsencrypt.org pages).

- A warning — the reason or the consequence of an act the brand tells the reader not to
  do — is no argument against an idea of security (« N'ajoutez pas cette clé…, car elle
  n'est pas sûre », "Don't do this. Doing so puts your users in danger").
- Someone else's view, reported to be refuted ("Some people argue that they have no
  need for privacy. However…"), is not the brand's stance.
- A frequency is a fact ("1 account every 18 minutes"); it sells fear only beside a
  harm ("Every 39 seconds, an account is hacked").
- The syntax gives a word its sense: « si vous n'êtes pas sûr » is *sure*;
  « nous ne partageons jamais vos données » is no disclosure, not togetherness turned
  down.
- « Pourquoi » / "why" dismisses only as a direct question ("Why encrypt when nobody
  reads?"), not in a heading that explains or an indirect question.
- A denied idea quality that picks out the things lacking it ("any site not secured by
  encryption") and a constraint the brand bears or lessens (« nous prenons en charge vos
  frais de résiliation », "minimizing lock-in") argue for the idea.
- No price push without a price: urgency alone is a notice.

The profiles are written here, for a brand of this file.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
        brand: Chiffrelia
        language: fr
        address: vous
        default_channel: web
        central_idea:
          statement: "Le chiffrement pour tous, libre et ouvert, pour un Web plus sûr."
          lexicon: [chiffrement, chiffrer, sécurité, sûr, protection, confidentialité,
                    vie privée, ouvert, tous, libre, liberté]
          related: [certificat, clé, serveur, site]
        channels:
          web:    {tones: [reassurance, solution]}
          email:  {tones: [reassurance]}
    """,
    "en": """
        brand: Chiffrelia
        language: en
        address: formal
        default_channel: web
        central_idea:
          statement: "Encryption for everybody, free and open, for a safer Web."
          lexicon: [encryption, encrypt, security, secure, safe, protection, privacy,
                    open, everybody, freedom]
          related: [certificate, key, server, site]
        channels:
          web:    {tones: [reassurance, solution]}
          email:  {tones: [reassurance]}
    """,
}


@pytest.fixture(scope="module")
def lint_chiffrelia(run_analysed_profile_texts):
    return run_analysed_profile_texts(PROFILES, "chiffrelia")


def _bl103(lint, text, lang):
    result, _analysis = lint(text, lang)
    return [d for d in result.diagnostics if d.code == "BL103"]


FIRES = [
    # the idea turned down in the brand's own voice, no warning around it
    ("fr", "Pas besoin d'un réseau sûr : publiez vos clés où vous voulez, personne ne "
           "regarde."),
    ("en", "No need for privacy: post your keys wherever you like, nobody is looking."),
    # fear sold without a prohibition: the threat is out there, the brand the remedy
    ("fr", "Les menaces sont partout et le danger guette : sans notre coffre, vous êtes "
           "la prochaine victime."),
    ("en", "Threats are everywhere and danger lurks: without our vault, you are the next "
           "victim."),
    # a frequency beside a harm
    ("fr", "Un piratage toutes les 39 secondes. Et vous, vous attendez quoi ?"),
    ("en", "Every 39 seconds, an account is hacked. What are you waiting for?"),
    # a direct rhetorical question dismisses the idea's own act
    ("fr", "Pourquoi chiffrer vos échanges quand personne ne les lit ? Envoyez-les en "
           "clair."),
    ("en", "Why encrypt your messages when nobody reads them? Send them in plain text."),
]


@pytest.mark.parametrize("lang, text", FIRES)
def test_the_brand_arguing_against_the_idea_still_fires(lint_chiffrelia, lang, text):
    assert [d.code for d in _bl103(lint_chiffrelia, text, lang)] == ["BL103"]


NEAR_MISSES = [
    # a warning: the reason of a prohibition, the consequence of the act forbidden
    ("fr", "Note importante : n'ajoutez pas la clé de test à votre trousseau, car elle "
           "n'est pas auditée et n'est donc pas sûre pour autre chose que des tests."),
    ("en", "Do not add the test key to your everyday keychain, because it is not audited "
           "and is therefore not secure for anything but tests."),
    ("fr", "Certains copient la clé privée dans l'application. Ne faites pas cela. Cela "
           "mettrait vos utilisateurs en danger face aux menaces du réseau."),
    ("en", "Some apps ship the private key inside the app. Don't do this. Doing so puts "
           "your users in danger from network threats."),
    # a view reported to be refuted
    ("fr", "Certains opérateurs pensent qu'ils n'ont rien à cacher, et donc aucun besoin "
           "de confidentialité. Pourtant, ce n'est pas un argument solide : chaque site "
           "mérite le chiffrement."),
    ("en", "Some server operators have argued that they have nothing to hide, and thus no "
           "need for privacy. However, this is not a strong argument: every site deserves "
           "encryption."),
    # a frequency that counts no harm
    ("fr", "Le quota se recharge au rythme d'un compte toutes les 18 minutes, jusqu'à 10 "
           "comptes."),
    ("en", "The ability to create new accounts refills at a rate of 1 account every 18 "
           "minutes."),
    # the sense from the syntax: sure, said of the reader
    ("fr", "Si vous n'êtes pas sûr, gardez les paramètres par défaut de votre client."),
    ("fr", "Vous n'êtes pas sûr de savoir qui héberge votre DNS ? Demandez à votre "
           "hébergeur."),
    # a heading that explains, an indirect question
    ("fr", "Pourquoi tous les sites web devraient utiliser le chiffrement\nMême un site "
           "vitrine transporte des données que ses visiteurs veulent garder pour eux."),
    ("en", "Why All Websites Should Use Encryption\nEven a brochure site carries data its "
           "visitors want to keep to themselves."),
    # the things lacking the idea picked out
    ("en", "We have also learned that any site not secured by encryption can be used to "
           "attack other sites. That is why we built Chiffrelia."),
]


@pytest.mark.parametrize("lang, text", NEAR_MISSES)
def test_warnings_refuted_views_facts_and_other_senses_do_not_fire(lint_chiffrelia, lang,
                                                                   text):
    assert _bl103(lint_chiffrelia, text, lang) == []


def test_data_shared_is_disclosure_not_the_value_turned_down(lint_chiffrelia):
    _result, analysis = lint_chiffrelia(
        "Nous n'enregistrons, ne pistons et ne partageons jamais vos données.", "fr")
    assert "partageons" not in analysis.opposition.words
    _result, analysis = lint_chiffrelia(
        "We never log, track or share your browsing data.", "en")
    assert "share" not in analysis.opposition.words


def test_sharing_with_everyone_keeps_its_sense(engines):
    from brandlint.analysis.idea_acts import other_sense

    doc = engines["fr"].analyser.nlp("Nous partageons nos outils avec tous.")
    assert not other_sense(next(t for t in doc if t.lower_ == "partageons"))
    doc = engines["fr"].analyser.nlp("Un réseau sûr pour tous.")
    assert not other_sense(next(t for t in doc if t.lower_ == "sûr"))


RELIEVED = [
    ("fr", "Le devoir nous oblige : nous prenons en charge jusqu'à 10 € de vos frais de "
           "résiliation."),
    ("en", "A standard protocol makes switching from one provider to another easier by "
           "minimizing lock-in."),
]


@pytest.mark.parametrize("lang, text", RELIEVED)
def test_a_constraint_the_brand_bears_or_lessens_is_not_argued(lint_chiffrelia, lang, text):
    _result, analysis = lint_chiffrelia(text, lang)
    assert analysis.opposition.mass == 0
    assert _bl103(lint_chiffrelia, text, lang) == []


def test_a_constraint_the_brand_imposes_is_read(lint_chiffrelia):
    _result, analysis = lint_chiffrelia(
        "Engagement de 24 mois et frais de résiliation : une bonne fois pour toutes.", "fr")
    assert analysis.opposition.mass >= 1.5


def test_urgency_without_a_price_is_no_price_push(lint_chiffrelia):
    from brandlint.analysis.stance import price_push

    _result, analysis = lint_chiffrelia(
        "Your certificate EXPIRED. Renew NOW: URGENT action required TODAY, before the "
        "DEADLINE!", "en")
    assert price_push(analysis) == (0.0, ())
