"""Real text at the merge of op42 (which reads « au meilleur », « aux meilleur(e)s » as
superlatives): Let's Encrypt's « conforme à toutes les exigences et aux meilleures pratiques
qui régissent l'ICP Web » became an unsubstantiated superlative (BL303). "Best practices" is
a trade's set phrase in every article, not the offer ranked against its competitors. Near
miss: « aux meilleurs prix » ranks the offer. Texts our own, on the real French model."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Certilo
language: fr
address: vous
central_idea:
  statement: "Des certificats simples pour chaque site."
  lexicon: [certificat, site, chiffrement]
channels:
  web: {tones: [solution, reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "certilo", "web")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


def test_best_practices_after_aux_are_a_set_phrase(lint):
    text = ("Nous choisissons le profil de votre certificat et vérifions qu'il est conforme à "
            "toutes les exigences et aux meilleures pratiques du secteur.")
    assert "BL303" not in codes(lint("fr", text))


def test_near_miss_the_best_prices_rank_the_offer(lint):
    text = "Des certificats aux meilleurs prix du marché, pour tous vos sites."
    assert "BL303" in codes(lint("fr", text))
