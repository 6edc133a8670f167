"""se46 (sincerity-blind41 read half, pooled with the misses of sincerity-blind30…40): FR
and EN, a firing case and a near miss each, on the real models (LEGO profiles, service
channels):

- a new offering of the brand's told as news in a reply to a complaint is a push: arrived
  or put online past its name or contents (« notre nouveau coffret « Nuit d'hiver »
  (bougies, thé) est arrivé », "our new Winter Pantry box has just landed"), or asked
  about as news (« saviez-vous que notre nouvelle carte… », "did you know we now
  offer…") — not a new member of staff or system that arrived (« notre nouveau livreur est
  arrivé à 19 h », "our new courier arrived at 7pm");
- a kind of thing taught to the customer: set at the head of its sentence and taken up by
  « ça » / « ce » in the present with an indefinite article (« une notice, ça se lit page
  par page »), or after a lesson announced (« je vais vous expliquer : le carton, ça
  protège… », "let me explain: a baseplate sits under…") — not the case itself (« votre
  colis… », "let me explain: your parcel…"), not a definite thing without the lesson
  announced (« le colis, c'est le transporteur qui l'a abîmé »), nor the case judged or
  shrugged (« une boîte écrasée, c'est pénible », « un retard, ça arrive »);
- a rule of use laid on the customer's side right after the harm, anchored to a moment of
  the use (« c'est un point qu'il faut penser à vérifier au moment du déballage », "boxes
  need to be stored flat at all times") is blame — not a step of the remedy (« il faut
  nous renvoyer la boîte avant le 30 », "the box needs to be returned before the end of the
  month"), nor what the brand must do ("we need to check the box first"), nor the
  service's calendar deadline (« avant le jeudi minuit », "before Thursday midnight");
- disbelief at the customer's account past the brand's adverbs or a long subject (« nous
  avons cependant du mal à croire que le sachet numéro 3 de la boîte ait été vide »,
  "we're honestly not sure how the box could have been empty"), their affirmed act found
  surprising (« il est pourtant étonnant que vous découvriez… ») — not what failed to reach
  them (« il est étonnant que vous n'ayez pas reçu notre e-mail », "it's strange that you
  never received our email");
- the customer's point conceded (« Vous avez raison de nous le signaler », "you're quite
  right to raise it") is no next step; a step said after it still is one;
- harm done where the thing was in the brand's hands (« écrasée chez nous », « inversés à
  l'expédition », "crushed in transit by our courier") is a problem admitted — not a
  delivery done by its hands ("dropped off by our courier");
- the customer's ignorance presumed (« quand on ne connaît pas grand-chose aux
  maquettes », "model kits aren't something everyone knows much about") talks down — not
  the brand's unclear instructions owned;
- the outcome put down to the customer ("that one's on you", "this one's on your side",
  "was down to you", "reflects your own sign-off", « reposait sur vous », « correspond à
  votre propre validation ») is blame — not the fault owned ("that one's on us") nor a
  choice left to them ("the choice is down to you", « le choix vous revient »);
- what the parcel contained in place of what was ordered (« contenait … au lieu de… »,
  "contained … rather than…") is a problem admitted — not the right content told.
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- a new offering told as news -------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : nous vous en envoyons une "
           "autre demain. Et bonne nouvelle, notre nouveau coffret « Nuit d'hiver » (bougies, "
           "thé, puzzle de 500 pièces) est arrivé, à découvrir sur le site !"),
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : nous vous en envoyons une "
           "autre demain. Au fait, saviez-vous que notre nouvelle carte Club vous fait gagner "
           "des points à chaque achat ?"),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: a new one goes out "
           "tomorrow. PS: our new Winter Pantry box has just landed, with hot chocolate "
           "and a puzzle!"),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: a new one goes out "
           "tomorrow. Did you know we now offer gift wrapping with every order?"),
])
def test_a_new_offering_told_as_news_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : notre nouveau livreur est "
           "arrivé à 19 h et l'a posée sous la pluie. Nous vous en envoyons une autre "
           "demain."),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: our new courier arrived "
           "at 7pm and left it in the rain. A new one goes out tomorrow."),
])
def test_a_new_member_of_staff_arrived_is_no_marketing(lint, lang, text):
    assert "BL406" not in codes(lint(text, lang, "after_sales"))


# -- a kind of thing taught ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour, je suis désolé pour ce souci. Une notice, ça se lit page par "
           "page, dans l'ordre. Je vous envoie la pièce manquante demain."),
    ("fr", "Agent : Bonjour. Je vais vous expliquer : le carton, ça protège les briques "
           "pendant le transport. Je vous envoie la pièce manquante demain."),
    ("en", "Agent: Hello. Let me explain: a baseplate sits under the bricks and holds them "
           "together. I'll send the missing piece tomorrow."),
])
def test_a_kind_of_thing_taught_is_condescending(lint, lang, text):
    assert "BL404" in codes(lint(text, lang, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour, je suis désolé pour ce souci. Le colis, c'est le transporteur "
           "qui l'a abîmé. Je vous envoie la pièce manquante demain."),
    ("fr", "Agent : Bonjour. Je vais vous expliquer : votre colis est resté au dépôt de "
           "Lyon. Je vous envoie la pièce manquante demain."),
    ("en", "Agent: Hello. Let me explain: your parcel is still at the depot in Leeds. "
           "I'll send the missing piece tomorrow."),
    ("fr", "Agent : Bonjour, je suis vraiment désolé. Une boîte écrasée à la livraison, "
           "c'est pénible, je le comprends. Je vous envoie une nouvelle boîte demain."),
    ("fr", "Agent : Bonjour, je suis vraiment désolé. Un retard, ça arrive, mais pas trois "
           "semaines. Je vous envoie une nouvelle boîte demain."),
])
def test_the_case_explained_is_not_condescending(lint, lang, text):
    assert "BL404" not in codes(lint(text, lang, "phone_script"))


# -- a rule of use recalled after the harm ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous sommes désolés que les briques soient arrivées rayées. "
           "C'est un point qu'il faut penser à vérifier au moment du déballage. Nous vous "
           "envoyons un nouveau sachet demain.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nSorry the box arrived crushed. Boxes need to be stored flat at all "
           "times. A new set goes out tomorrow.\n\nCustomer Service"),
])
def test_a_rule_of_use_recalled_after_the_harm_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous sommes désolés que les briques soient arrivées rayées. "
           "Il faut nous renvoyer la boîte avant le 30 : un nouveau sachet partira dès sa "
           "réception.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nSorry the box arrived crushed. The box needs to be returned before "
           "the end of the month, and a new set goes out as soon as it reaches us."
           "\n\nCustomer Service"),
    ("en", "Hi Tom,\n\nSorry the box arrived crushed. We need to check the box first, so "
           "a courier will collect it tomorrow.\n\nCustomer Service"),
    ("fr", "Bonjour Madame,\n\nNous sommes désolés que la boîte soit partie pendant vos "
           "vacances. Les pauses doivent être demandées avant le jeudi minuit ; la vôtre est "
           "bien active dès cette semaine.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nSorry the box went out while you were away. Pauses need to be "
           "requested before Thursday midnight; yours is now active from this week."
           "\n\nCustomer Service"),
])
def test_a_step_of_the_remedy_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(text, lang, "after_sales"))


# -- disbelief at the customer's account -----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous avons cependant du mal à croire que le sachet numéro 3 "
           "de la boîte ait été vide, puisque chaque boîte est pesée avant son départ."
           "\n\nLe service clients"),
    ("fr", "Bonjour Madame,\n\nIl est pourtant étonnant que vous découvriez ce défaut "
           "seulement maintenant, trois mois après l'achat.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nWe're honestly not sure how the box could have been empty, as "
           "every box is weighed before it leaves.\n\nCustomer Service"),
])
def test_disbelief_at_the_account_is_doubt(lint, lang, text):
    assert "BL402" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nIl est étonnant que vous n'ayez pas reçu notre e-mail : "
           "nous vous le renvoyons aujourd'hui.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nIt's strange that you never received our email: we're sending it "
           "again today.\n\nCustomer Service"),
])
def test_what_failed_to_reach_them_is_no_doubt(lint, lang, text):
    assert "BL402" not in codes(lint(text, lang, "after_sales"))


# -- the customer's point conceded -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous sommes désolés que la boîte soit arrivée incomplète. "
           "Vous avez raison de nous le signaler.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nWe're sorry the box arrived with pieces missing. You're quite right "
           "to raise it.\n\nCustomer Service"),
])
def test_the_point_conceded_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous sommes désolés que la boîte soit arrivée incomplète. "
           "Vous avez raison de nous le signaler : nous vous envoyons la pièce manquante "
           "aujourd'hui."
           "\n\nLe service clients"),
    ("en", "Hi Tom,\n\nWe're sorry the box arrived with pieces missing. You're quite right "
           "to raise it, and the missing bag goes out tomorrow.\n\nCustomer Service"),
])
def test_a_step_after_the_point_conceded_counts(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))


# -- harm done in the brand's hands -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nNous avons comparé les photos : la boîte a été écrasée chez "
           "nous, lors d'un rangement. Nous vous en envoyons une nouvelle demain.\n\nLe "
           "service clients"),
    ("fr", "Bonjour Madame,\n\nLes deux sachets ont été inversés à l'expédition. Nous vous "
           "envoyons le bon sachet demain.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nWe've checked your photos. The box was crushed in transit by our "
           "courier. A new set goes out tomorrow.\n\nCustomer Service"),
])
def test_harm_in_the_brands_hands_is_an_admitted_problem(lint, lang, text):
    assert "BL403" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nVotre colis a été déposé par notre livreur mardi à 10 h, "
           "comme prévu. Nous restons à votre disposition.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nThe parcel was dropped off at your door by our courier on Tuesday "
           "at 10am, as planned. Let us know if there's anything else.\n\nCustomer Service"),
])
def test_a_delivery_by_the_brands_hands_is_no_problem(lint, lang, text):
    assert "BL403" not in codes(lint(text, lang, "after_sales"))


# -- the customer's ignorance presumed --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour. Je comprends, ce n'est pas évident quand on ne connaît pas "
           "grand-chose aux maquettes. Je vous envoie la notice complète aujourd'hui."),
    ("en", "Agent: Hello. I appreciate model kits aren't something everyone knows much "
           "about. I'll email you the full instructions today."),
])
def test_ignorance_presumed_is_condescending(lint, lang, text):
    assert "BL404" in codes(lint(text, lang, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour. Je comprends, la notice n'est pas évidente : c'est à nous de la "
           "rendre plus claire. Je vous envoie la version complète aujourd'hui."),
    ("en", "Agent: Hello. I appreciate our instructions aren't as clear as they should be. "
           "I'll email you the full version today."),
])
def test_unclear_instructions_owned_are_not_condescending(lint, lang, text):
    assert "BL404" not in codes(lint(text, lang, "phone_script"))


# -- the outcome put down to the customer ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nDésolés pour ce souci. Nous avons vérifié : l'emplacement de "
           "la vitrine correspond à votre propre validation du plan. Nous pouvons la déplacer "
           "sous 10 jours.\n\nLe service clients"),
    ("fr", "Bonjour Madame,\n\nDésolés pour ce souci. Le rangement des pièces pendant la fête "
           "reposait sur vous. Nous vous envoyons les pièces manquantes sous 5 jours."
           "\n\nLe service clients"),
    ("en", "Hi Tom,\n\nSorry about this. The box was left open in your garden for a week, so "
           "that one's on you, I'm afraid. We can send spare pieces within 5 days."
           "\n\nCustomer Service"),
    ("en", "Hi Tom,\n\nSorry about this. The display went where the plan you approved "
           "showed it, so the position reflects your own sign-off. We can move it within 10 "
           "days.\n\nCustomer Service"),
])
def test_the_outcome_put_down_to_the_customer_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nDésolés pour ce souci : c'est notre erreur. Le choix de la "
           "nouvelle couleur vous revient, et nous l'envoyons sous 5 jours.\n\nLe service "
           "clients"),
    ("en", "Hi Tom,\n\nSorry about this: that one's on us. The choice of the new colour is "
           "down to you, and we'll send it within 5 days.\n\nCustomer Service"),
])
def test_the_fault_owned_and_a_choice_left_are_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(text, lang, "after_sales"))


# -- the wrong content admitted ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nVotre colis du 3 mai contenait effectivement la boîte Ferme "
           "au lieu de la boîte Château commandée. Un avoir de 30 € a été crédité sur votre "
           "compte.\n\nLe service clients"),
    ("en", "Hi Tom,\n\nYour parcel of 3 May contained the Farm set rather than the Castle set "
           "you ordered. A £30 credit has been added to your account.\n\nCustomer Service"),
])
def test_the_wrong_content_told_is_an_admitted_problem(lint, lang, text):
    assert "BL403" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame,\n\nVotre colis du 3 mai contenait bien la boîte Château "
           "commandée, avec sa notice. Nous restons à votre disposition.\n\nLe service "
           "clients"),
    ("en", "Hi Tom,\n\nYour parcel of 3 May contained the Castle set you ordered, with its "
           "instructions. Let us know if you need anything else.\n\nCustomer Service"),
])
def test_the_right_content_told_is_no_problem(lint, lang, text):
    assert "BL403" not in codes(lint(text, lang, "after_sales"))
