"""BL204: the register set by the profile (vous for LEGO FR, tu on social; informal EN)."""

from __future__ import annotations

import pytest

from tests.conftest import codes


@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "email", "Découvre tes nouvelles briques et montre-nous ta création !"),
    ("fr", "social", "Montrez-nous vos créations en commentaire !"),
    ("en", "email", "Dear Sir or Madam, please find enclosed your building guide."),
    ("en", "email", "We kindly ask you to return the set in its original packaging."),
    # a corporate announcement on an informal brand
    ("en", "social", "We are delighted to inform our valued guests that the Annecy store "
                     "will open late all summer. Reservations may be made via our website."),
    ("en", "social", "Dear members of our community, LEGO House is pleased to announce the "
                     "reopening of its workshop. We look forward to welcoming you."),
])
def test_wrong_register_fires(lint, lang, channel, text):
    assert "BL204" in codes(lint(text, lang, channel)), text


@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "email", "Découvrez vos nouvelles briques et montrez-nous votre création !"),
    ("fr", "email", "Je vous tiens au courant dès que votre colis part."),
    ("fr", "email", "Le ton de nos ateliers : joyeux et créatif."),
    ("fr", "email", "Votre fils nous a écrit : « tu es le meilleur magasin du monde » !"),
    ("fr", "social", "Montre-nous ce que tu as construit ce week-end !"),
    # a tu draft's vous is the reader with their group, or the audience: plural
    ("fr", "social", "Tu as raison d'être fâché : le cadenas est resté bloqué et il vous a "
                     "volé la fin de la partie. Je t'offre une nouvelle partie."),
    ("fr", "social", "Samedi, on a fleuri le mariage de Chloé et Yasmine. Merci à vous deux "
                     "pour votre confiance. Et toi, tu te maries quand ?"),
    ("en", "email", "Hi Sam, here's your building guide. Have fun!"),
    ("en", "social", "We're so happy to say our Annecy store is open late all summer. "
                     "Book on the website and come say hi!"),
    ("en", "social", "Pleased to see so many of you at the workshop reopening: we can't wait "
                     "to welcome you back!"),
])
def test_right_register_does_not_fire(lint, lang, channel, text):
    assert "BL204" not in codes(lint(text, lang, channel)), text


def test_message_names_the_expected_register_and_the_slips(lint):
    (d,) = [d for d in lint("Découvre tes briques, montre ta ville !") if d.code == "BL204"]
    assert "vouvoie" in d.message and "tes" in d.message and d.text == "tes"
