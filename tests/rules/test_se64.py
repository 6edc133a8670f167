"""Round 48's sincerity concepts (se64), each on the real models, FR and EN, with its near
misses:

- the refund told in any form of its verb (« nous vous remboursons », "I've refunded")
  excuses an amount per head on its line: BL406 stays silent;
- a charge doubled in any tense with its object between ("the invoice charges the lid
  twice", « la facture facture le support deux fois »): a problem, BL403 without an apology;
- the problem traced by the brand to the customer's own (« ce retard tient surtout à
  votre groupe », "the problem lies with the measurements taken at your shop"): BL401;
- disbelief with words between (« nous avons donc un peu de mal à croire »), and a
  negation in the clause doubted that does not deny the doubt: BL402."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# -- a refund per head is no price offered -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, toutes nos excuses pour l'annulation de la visite. Nous vous "
           "remboursons 12 € par personne ; le virement partira sous 10 jours."),
    ("en", "Hi Paul, so sorry the tasting was cancelled. I've refunded €12 per person to "
           "your card today; it will show within 10 days."),
])
def test_refund_per_head_is_not_marketing(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, toutes nos excuses pour l'annulation de la visite. Une nouvelle "
           "visite guidée est à 12 € par personne, réservez vite !"),
    ("en", "Hi Paul, so sorry the tasting was cancelled. Our new wine walk is just €12 per "
           "person, book now!"),
])
def test_price_per_head_without_refund_is_still_marketing(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang)


# -- a charge doubled, its object between ----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, oui, la facture 88 facture le support mural deux fois. Une facture "
           "corrigée vous sera envoyée sous 5 jours."),
    ("en", "Hello, yes, invoice 88 charges the wall bracket twice. A corrected invoice will "
           "be sent within 5 days."),
])
def test_charge_doubled_with_its_object_is_a_problem(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous pouvons facturer la cotisation annuelle en deux fois si cela vous "
           "arrange ; dites-nous simplement quand."),
    ("en", "Hello, the maintenance plan is billed to your card twice a year, in March and "
           "September."),
])
def test_charge_in_two_instalments_or_twice_a_year_is_no_problem(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


# -- the problem traced to the customer's own ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame, nous sommes désolés pour l'attente de dimanche. Ce retard tient "
           "surtout à votre équipe, arrivée sans les badges demandés. Nous vous remboursons "
           "20 € sous 14 jours."),
    ("en", "Dear Mr Lowe, we are sorry the curtains do not fit. The problem therefore lies "
           "with the measurements taken at your shop. We will remake them within 10 days."),
])
def test_problem_traced_to_the_customers_own_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # another party of theirs, not them
    ("fr", "Bonjour Madame, nous sommes désolés pour ce retard de remboursement. Le retard "
           "vient de votre banque, qui a bloqué le virement. Nous le relançons aujourd'hui."),
    ("en", "Dear Mr Lowe, we are sorry your refund is late. The delay came from your bank, "
           "which held the transfer. We have sent it again today."),
    # the brand's own side
    ("en", "Dear Mr Lowe, we are sorry the curtains do not fit. The problem lies with the "
           "measurements taken by our fitter. We will remake them within 10 days."),
    # denied
    ("fr", "Bonjour Madame, nous sommes désolés pour ce retard. Le retard ne vient pas de "
           "votre équipe : notre minibus est tombé en panne. Nous vous remboursons 20 €."),
])
def test_problem_traced_elsewhere_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- disbelief, words between, the doubted clause negated ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour ce contretemps. Nous avons donc un peu de mal à "
           "croire que le colis ne soit toujours pas arrivé. Nous vous répondrons sous 48 h."),
    ("en", "Hi, sorry about this. We find it hard to believe the parcel hasn't reached you "
           "yet. We'll reply within 48 hours."),
])
def test_disbelief_of_a_negated_account_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour ce contretemps. Nous ne doutons pas que le "
           "colis ne soit pas arrivé. Nous vous répondrons sous 48 h."),
    ("en", "Hi, sorry about this. We don't doubt that the parcel hasn't reached you. We'll "
           "reply within 48 hours."),
])
def test_doubt_denied_before_a_negated_account_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- the point set as one the customer surely grasps ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour la sortie annulée. Sans neige, comme vous le comprendrez "
           "aisément, les chiens ne peuvent pas tirer le traîneau. Nous vous proposons une "
           "autre date sous 3 jours."),
    ("en", "Hi, sorry the outing was cancelled. Without snow, as I'm sure you can appreciate, "
           "the dogs can't pull the sled. We'll offer you another date within 3 days."),
])
def test_point_set_as_surely_grasped_fires(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour la sortie annulée. Comme vous l'imaginez, toute l'équipe "
           "était déçue elle aussi. Nous vous proposons une autre date sous 3 jours."),
    ("en", "Hi, sorry the outing was cancelled. As you can imagine, the whole team was "
           "disappointed too. We'll offer you another date within 3 days."),
])
def test_sympathy_as_you_can_imagine_does_not_fire(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# -- the suspected event asked to be sure it did not happen --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour ce souci. Une prothèse ne se déforme pas seule en une "
           "semaine. Êtes-vous vraiment sûr qu'elle n'est pas tombée ? Nous la refaisons sous "
           "10 jours si besoin."),
    ("en", "Hi, sorry about the trouble. Frames don't usually bend on their own in a week. "
           "Are you quite sure this hasn't happened? We'll remake them within 10 days if so."),
])
def test_suspected_event_asked_sure_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour ce souci. Souhaitez-vous vraiment annuler la commande ? "
           "Nous la remboursons sous 10 jours."),
    ("en", "Hi, sorry about the trouble. Are you sure it isn't cheaper to keep both plans? "
           "We'll switch you within 10 days if you like."),
])
def test_choice_or_advice_question_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- others of any kind said not to know it -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour votre inquiétude. Je vais vous expliquer une chose que "
           "beaucoup de randonneurs ignorent : un chien de traîneau dort dehors. Notre musher "
           "vous rappelle demain avant midi."),
    ("en", "Hi, sorry you were worried. Many of our riders don't realise that sled dogs "
           "sleep outside by choice. Our musher will call you tomorrow before noon."),
])
def test_others_of_any_kind_said_not_to_know_fires(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour votre inquiétude. Beaucoup de randonneurs nous ont posé la "
           "même question cet hiver. Notre musher vous rappelle demain avant midi."),
    ("en", "Hi, sorry you were worried. Many of our riders don't mind the cold at all. Our "
           "musher will call you tomorrow before noon."),
])
def test_others_of_any_kind_otherwise_does_not_fire(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# -- the count of their disputes held against them --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Docteur, veuillez excuser notre délai. C'est la troisième contestation ce mois-ci "
           "de votre cabinet. Si une erreur est confirmée, un avoir suivra sous 5 jours."),
    ("en", "Dear Dr Vidal, sorry for the slow reply. This is the third dispute this quarter "
           "from your practice. If an error is confirmed, a credit note will follow within 5 "
           "days."),
])
def test_count_of_disputes_held_against_them_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Docteur, veuillez excuser notre délai. Votre contestation a bien été enregistrée "
           "le troisième jour du mois. Un avoir suivra sous 5 jours."),
    ("en", "Dear Dr Vidal, sorry for the slow reply. Your dispute was logged on the third of "
           "May. A credit note will follow within 5 days."),
])
def test_dispute_merely_logged_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- their act or omission set against what the notice asked ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour l'attente de samedi. Deux d'entre vous sont arrivés sans "
           "casque, alors que la convocation le demandait clairement. Nous vous remboursons "
           "10 € sous 14 jours."),
    ("en", "Hi Tom, sorry the bill was a surprise. Our booking form asks customers to choose "
           "a callback option, and you didn't, so the team went ahead. Rachel will call you "
           "tomorrow."),
])
def test_omission_against_the_notice_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour l'attente de samedi. Si la convocation le demandait, nous "
           "aurions dû prévoir des casques de prêt. Nous vous remboursons 10 € sous 14 jours."),
    ("en", "Hi Tom, sorry the bill was a surprise. Our booking form asks customers to choose "
           "a callback option, and you did, so the team should have called. Rachel will call "
           "you tomorrow."),
])
def test_notice_without_their_omission_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
