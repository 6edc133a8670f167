"""BL205 tone-off-target, BL206 negative-tone, BL207 cold-tone, and BL204's reading of
imperatives and possessives, on the real models (LEGO profiles: email surprise, shop deal,
social collaboration + surprise in tu, after_sales speed + reassurance)."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity
from tests.conftest import codes


def _warnings(diagnostics, code):
    return [d for d in diagnostics if d.code == code and d.severity >= Severity.WARNING]


# -- BL205 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "social", "Soldes d'hiver : -40 % sur tout le rayon, prix cassés et code promo "
                     "HIVER pour 10 € de remise en plus."),
    ("en", "shop", "Once upon a time, a Danish carpenter made his first wooden toys in 1932. "
                   "His son, then his grandson, passed that craft down from generation to "
                   "generation."),
])
def test_draft_clearly_in_another_tone_is_off_target(lint, lang, channel, text):
    (d,) = _warnings(lint(text, lang, channel), "BL205")
    assert d.suggestion  # a rewrite direction in the draft's language


def test_off_target_message_names_targets_the_tone_read_and_its_words(lint):
    (d,) = _warnings(lint("Soldes d'hiver : -40 % sur tout le rayon, prix cassés et code "
                          "promo HIVER pour 10 € de remise en plus.", "fr", "social"), "BL205")
    assert "collaboration ou surprise" in d.message and "bonne affaire" in d.message
    assert "prix cassés" in d.message
    assert d.suggestion.startswith("invitez le lecteur")


@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "social", "Et toi, qu'est-ce que tu vas construire ce week-end ? Montre-nous ta "
                     "création en commentaire !"),
    ("en", "shop", "Save £15 on the Creator set with code BRICKS15, valid until 15 February."),
    # near-miss: a neighbouring tone (empathy beside reassurance) is not off target
    ("en", "after_sales", "We're so sorry about the broken piece and we understand your "
                          "frustration. A new one is on its way right away."),
    # near-miss: a story with a discovery on a surprise channel leans away, a hint at most
    ("fr", "web", "Depuis 1932, nos artisans ont transmis le goût de construire. Découvrez "
                  "l'histoire de la brique."),
])
def test_on_target_or_near_target_draft_is_not_warned(lint, lang, channel, text):
    assert not _warnings(lint(text, lang, channel), "BL205")


# -- BL206 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,channel,text", [
    ("fr", "web", "Dernière chance ! Plus que 2 jours, dépêchez-vous : stock limité, ne "
                  "ratez pas nos boîtes !"),
    ("en", "web", "Last chance! Only 3 left, hurry: this offer ends tonight, don't miss out!"),
    ("fr", "after_sales", "Malheureusement, ce n'est pas possible : nous ne pouvons pas faire "
                          "d'exception et la procédure est bloquée."),
    ("en", "social", "Honestly, this is outrageous: we're fed up with these shameful "
                     "practices!"),
    # an ultimatum: a sanction unless the reader acts
    ("fr", "email", "Ton compte est à découvert. Sans virement de ta part sous 48 h, ta carte "
                    "sera bloquée et tes prélèvements rejetés."),
    ("en", "after_sales", "Our records show £268 remains unpaid. Unless the full amount is "
                          "received within 48 hours, we will pass your account to a debt "
                          "collection agency."),
    # a reproach, in the brand's voice
    ("en", "after_sales", "Enough. Three tickets in two days. Chargebacks take time, full stop, "
                          "and shouting at us will not change that."),
    ("en", "email", "Honestly, we're disappointed: it's a shame you never really gave them a "
                    "chance."),
    # an ultimatum by a date, the loss in plain words; a count of what is left
    ("en", "sms", "Your seats are still in your basket. 4 left in your row. Complete within "
                  "15 min or they go to the waiting list."),
    ("fr", "store", "Postes fixes : il en reste 2. Les membres qui n'auront pas signé avant "
                    "vendredi 18 h passeront derrière la liste d'attente."),
])
def test_negative_or_pushy_brand_voice_fires(lint, lang, channel, text):
    assert "BL206" in codes(lint(text, lang, channel)), text


@pytest.mark.parametrize("lang,channel,text", [
    # the customer's feelings, named by the brand: empathy
    ("fr", "after_sales", "Nous comprenons votre déception et votre frustration : voici ce "
                          "que nous faisons pour vous."),
    ("en", "after_sales", "We understand your frustration and your disappointment: here's "
                          "what we're doing for you."),
    # quoted customer anger
    ("en", "after_sales", "You wrote: \"This is outrageous, I've been waiting an hour!\" We "
                          "hear you: your rider arrives in 5 minutes."),
    # a plain end date is not a countdown
    ("fr", "shop", "Économisez 15 € sur le coffret Creator avec le code BRIQUES15, valable "
                   "jusqu'au 15 février."),
    # a condition without a sanction, a sanction the brand lifts
    ("fr", "email", "Sans réponse de ta part, pas d'inquiétude : nous gardons ta commande "
                    "de côté jusqu'à vendredi."),
    ("en", "after_sales", "Good news: your card is no longer blocked, and unless you tell us "
                          "otherwise we'll keep the same PIN."),
    # capitals that celebrate, names in capitals
    ("fr", "social", "🎉 Dix ans aujourd'hui ! Merci, merci, MERCI à vous tous 🥳"),
    # a date's consequence told with help offered, a waiting list offered: no ultimatum
    ("fr", "web", "Les inscriptions sont ouvertes jusqu'au 12 septembre. Après cette date, "
                  "les demandes passent en liste d'attente et nous vous proposons une place "
                  "dès qu'un créneau se libère."),
    ("en", "sms", "Sold out tonight? If you don't get a seat, reply YES and we'll put you on "
                  "the waiting list."),
])
def test_customer_feelings_and_plain_dates_do_not_fire(lint, lang, channel, text):
    assert "BL206" not in codes(lint(text, lang, channel)), text


# -- BL207 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous informons que votre demande a été traitée conformément aux dispositions "
           "en vigueur. Toute réclamation ultérieure ne pourra donner lieu à un "
           "remboursement."),
    ("en", "Please be advised that your request has been processed in accordance with our "
           "policy. No further action will be taken pursuant to the terms and conditions."),
])
def test_administrative_notice_is_cold(lint, lang, text):
    assert "BL207" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    # near-miss: a passive notification with warmth
    ("fr", "Bonne nouvelle : votre remboursement a été validé, il part aujourd'hui. Nous "
           "restons à vos côtés !"),
    ("en", "Good news: your refund has been approved and goes out today. We're here for you "
           "if you need anything!"),
])
def test_warm_notice_with_a_passive_is_not_cold(lint, lang, text):
    assert "BL207" not in codes(lint(text, lang, "after_sales"))


# -- BL204 with morphology ---------------------------------------------------------------
@pytest.mark.parametrize("channel,text", [
    ("social", "Venez construire avec nous ce samedi !"),  # vous imperative on a tu channel
    ("email", "Choisis ta boîte préférée."),               # tu imperative + possessive
    ("email", "Inscris-toi à l'atelier de samedi."),         # -toi on a vous brand
])
def test_imperative_in_the_other_register_fires(lint, channel, text):
    assert "BL204" in codes(lint(text, "fr", channel)), text


@pytest.mark.parametrize("channel,text", [
    ("email", "Venez construire avec nous ce samedi !"),
    ("social", "Choisis ta boîte préférée et inscris-toi à l'atelier !"),
    ("social", "Chez nous, c'est assez simple : construis ce que tu veux."),
])
def test_imperative_in_the_right_register_does_not_fire(lint, channel, text):
    assert "BL204" not in codes(lint(text, "fr", channel)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Service client LEGO.\nNuméro de commande ?\nCommande expédiée mardi. Délai standard."
           "\nAutre chose ? Non ? Au revoir."),
    ("en", "Hello.\n\nSee the Care section of our FAQ.\n\nRegards.\nCustomer Service"),
])
def test_clipped_service_reply_is_cold(lint, lang, text):
    assert "BL207" in codes(lint(text, lang, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    # near-miss: as short, but with courtesy and care
    ("fr", "Merci pour votre appel !\nCommande expédiée mardi.\nBonne journée !"),
    ("en", "Thanks for calling!\nShipped Tuesday.\nHave a great day!"),
])
def test_short_courteous_reply_is_not_cold(lint, lang, text):
    assert "BL207" not in codes(lint(text, lang, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci de ne pas toucher au pain : nous ne le tranchons pas, inutile de demander. "
           "Aucune réclamation ne sera acceptée après le passage en caisse."),
    ("en", "Do not touch the bread: we do not slice it, so do not ask. No complaints accepted "
           "once you have left the till."),
])
def test_prohibition_notice_is_cold(lint, lang, text):
    assert "BL207" in codes(lint(text, lang, "store"))


def test_vous_to_one_reader_on_a_tu_channel_fires(lint):
    assert "BL204" in codes(lint("Et vous, qu'en pensez-vous ?", "fr", "social"))


@pytest.mark.parametrize("text", [
    "Et vous la team, vous êtes prêts pour ce week-end ?",
    "Trop bien de vous voir aussi nombreux à l'atelier !",
])
def test_vous_to_a_group_on_a_tu_channel_is_plural_not_polite(lint, text):
    assert "BL204" not in codes(lint(text, "fr", "social")), text


# a post that counts its readers speaks to a crowd: its vous is plural (round-9 hard
# negatives), read from the agreement and the count, not from a word list
@pytest.mark.parametrize("text", [
    "Vous étiez plus de 200 samedi pour les portes ouvertes 😍 Merci pour vos questions et "
    "vos sourires ! Prochaine fois : le 14 juin.",
    "Vous étiez 3 412 ce week-end à venir dire bonjour à Pépite 🥹 Elle grandit bien.",
    "Vous êtes venus nombreux hier soir, merci pour votre énergie !",
])
def test_vous_to_a_counted_crowd_on_a_tu_channel_is_plural(lint, text):
    assert "BL204" not in codes(lint(text, "fr", "social")), text


@pytest.mark.parametrize("text", [
    # one reader: the agreement is singular, a delay is no count of readers
    "Vous êtes ravie de votre boîte ? Dites-le-nous en commentaire !",
    "Vous avez 14 jours pour nous montrer votre création.",
])
def test_vous_to_one_reader_with_an_agreement_or_a_delay_still_fires(lint, text):
    assert "BL204" in codes(lint(text, "fr", "social")), text

