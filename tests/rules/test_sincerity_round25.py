"""What round 25 (sincerity-blind22's misses) taught the reading of a service reply, in
concepts:

- doubt (BL402): their account hard to believe (« nous avons du mal à le croire », "we find
  that hard to believe"), not accepted as what happened ("we're unable to accept that the
  bulb was…"), set aside (« quoi que vous en disiez », "whatever you've told us"), the cause
  they name held unlikely to be the real one (« peu probable qu'elle soit réellement en
  cause », "unlikely that the bulb is really to blame"), the problem they report ruled out
  from the record (« il ne peut donc pas être perdu », "so it can't be missing");
- condescension (BL404): the point made obvious (« nous aurions pensé que c'était évident »,
  "we'd have thought that was fairly obvious"), what others of their kind work out by
  themselves (« la plupart des locataires le trouvent dès la première semaine », "most
  tenants work that one out");
- blame (BL401): "this one's down to your household" (not "down to your preference"), their
  act named as the one they were warned against (« exactement ce que le guide vous demande
  de ne pas faire », "exactly what the guide tells you not to do"), « merci d'y faire
  attention à l'avenir » read as advice for next time (not « merci d'avoir »);
- the frame: a French verb written as its lemma's future (« apparaîtra ») reads future even
  when the small model tags it past, so the refund it announces is a next step (BL408).

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round21 import HOME  # the same brand as round 21


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL402: their account not believed ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, désolés pour ce souci. Vous dites que la lampe est arrivée "
           "rayée ; nous avons pourtant du mal à le croire, car chaque lampe est contrôlée "
           "avant l'envoi."),
    ("fr", "Bonjour Paul, les rayures ne viennent pas du transport, quoi que vous en disiez. "
           "Nous restons à votre disposition."),
    ("fr", "Bonjour Léa, le transporteur a livré votre colis lundi à 10 h, il ne peut donc "
           "pas être perdu."),
    ("fr", "Bonjour Marc, cette ampoule est testée en usine : il nous paraît peu probable "
           "qu'elle soit réellement en cause dans la coupure."),
    ("en", "Hello Ms Roux, sorry about this. You say the lamp arrived scratched; we find that "
           "hard to believe, as every lamp is checked before it leaves us."),
    ("en", "Hi Paul, we're unable to accept that the bulb was faulty on arrival, as it was "
           "tested before dispatch."),
    ("en", "Hi Paul, the scratches are not from transport, whatever you've told us, so the "
           "claim is closed."),
    ("en", "Hi Lea, the carrier's scan shows your parcel was delivered on Monday at 10:00, so "
           "it can't be missing."),
    ("en", "Hi Marc, this bulb is tested at the factory, so it seems unlikely that it is "
           "really to blame for the power cut."),
])
def test_account_not_believed_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, votre colis est chez le transporteur et nous avons du mal à "
           "le joindre : nous réessayons aujourd'hui et revenons vers vous demain."),
    ("fr", "Bonjour Paul, quoi que vous choisissiez, nous prenons en charge le retour : "
           "l'étiquette part aujourd'hui."),
    ("fr", "Bonjour Léa, le transporteur n'a pas encore scanné votre colis : nous ouvrons une "
           "enquête aujourd'hui et revenons vers vous demain."),
    ("fr", "Bonjour Marc, il est peu probable que votre colis arrive avant lundi : nous vous "
           "remboursons les frais de port aujourd'hui."),
    ("en", "Hello Ms Roux, sorry about the flicker. We find that hard to fix remotely, so an "
           "engineer will visit tomorrow morning."),
    ("en", "Hi Paul, we're unable to accept returns after 30 days, but we can repair the lamp "
           "for free: the label is on its way today."),
    ("en", "Hi Paul, whatever you may have been told by the courier, your parcel is insured "
           "and we're sending a new one today."),
    ("en", "Hi Marc, it's unlikely that your parcel will arrive before Monday, so we're "
           "refunding the postage today."),
])
def test_sympathy_and_forecasts_are_not_doubt(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL404: the point made obvious, what others work out ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Sam, désolés pour la déception. Un kayak, ça mouille : nous aurions pensé "
           "que c'était évident. Nous ajoutons une tente pour se changer dès samedi."),
    ("fr", "Bonjour Sam, désolés pour la coupure. Le disjoncteur est derrière la porte : la "
           "plupart des locataires le trouvent dès la première semaine."),
    ("en", "Hi Sam, sorry the day was a let-down. A kayak gets you wet — we'd have thought that "
           "was fairly obvious. We're adding a changing tent from Saturday."),
    ("en", "Hi Sam, sorry about the power cut. The switch is behind the door — most tenants "
           "work that one out on their first day."),
])
def test_point_made_obvious_is_condescension(lint, lang, text):
    assert found(lint(lang, text), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Sam, nous pensions que c'était réglé, mais ce n'est pas le cas : désolés, "
           "nous rappelons le transporteur aujourd'hui."),
    ("fr", "Bonjour Sam, la plupart des locataires arrivent en septembre : nous passerons "
           "relever le compteur le 2."),
    ("en", "Hi Sam, we'd have thought the refund would show by now — sorry it hasn't; we're "
           "chasing the bank today."),
    ("en", "Hi Sam, most tenants work from home, so we book visits after 5 pm: yours is "
           "tomorrow at 6."),
])
def test_plain_facts_are_not_condescension(lint, lang, text):
    assert not found(lint(lang, text), "BL404")


# -- BL401: the outcome put on their household, the warned-against act, care asked ----------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Inès, désolés pour l'évier bouché. De la graisse a été versée dans le "
           "siphon, ce qui est exactement ce que le guide vous demande de ne pas faire. Nous "
           "passons demain."),
    ("fr", "Bonjour Inès, désolés pour la fuite. Le flexible est resté hors du bac. Merci d'y "
           "faire attention à l'avenir. Le joint sera changé demain."),
    ("en", "Hi Ines, sorry about the sink. The drain was blocked with fat, so this one's down "
           "to your household. We'll come back tomorrow to clear it."),
    ("en", "Hi Ines, sorry about the sink. Fat was poured down the drain, which is exactly "
           "what the care guide tells you not to do. We'll come back tomorrow."),
])
def test_fault_put_on_the_household_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Inès, c'est exactement ce que nous avions besoin de savoir : merci, le "
           "technicien passe demain."),
    ("fr", "Bonjour Inès, merci d'avoir signalé la fuite si vite. Le joint sera changé "
           "demain."),
    ("en", "Hi Ines, which colour you pick is down to your preference; both ship tomorrow."),
    ("en", "Hi Ines, that's exactly what we needed to know — thank you. The plumber comes "
           "tomorrow."),
])
def test_plain_replies_are_not_blame(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- the frame: a French future the model tags past ------------------------------------------
def test_lemma_future_is_read_future(lint):
    text = ("Bonjour Madame Roux, nous sommes désolés pour cette annulation. Votre "
            "remboursement a été lancé aujourd'hui ; il apparaîtra sur votre compte sous "
            "trois semaines.")
    assert found(lint("fr", text), "BL408")


def test_lemma_future_within_commitment_is_no_slow_step(lint):
    text = ("Bonjour Madame Roux, nous sommes désolés pour cette annulation. Votre "
            "remboursement a été lancé aujourd'hui ; il apparaîtra sur votre compte sous "
            "cinq jours.")
    assert not found(lint("fr", text), "BL408")


def test_slow_refund_in_english_is_a_slow_step(lint):
    text = ("Dear Ms Roux, we're sorry about the cancellation. Your refund was started today; "
            "it will show in your account within three weeks.")
    assert found(lint("en", text), "BL408")


@pytest.mark.parametrize("form,lemma,future", [
    ("apparaîtra", "apparaître", True), ("versera", "verser", True),
    ("finiront", "finir", True), ("versa", "verser", False), ("apparut", "apparaître", False),
])
def test_lemma_future_form(form, lemma, future):
    from types import SimpleNamespace

    from brandlint.analysis.frame import _lemma_future

    token = SimpleNamespace(lang_="fr", pos_="VERB", lemma_=lemma, lower_=form)
    assert _lemma_future(token) is future


# -- BL405: a need stated with "just" or "from you", a short unit number ---------------------
THREAD_FR = "[Votre message : « Bonjour, commande LM-4471, je suis en chambre 4B. »]\n\n"
THREAD_EN = "[Your message: \"Hi, order LM-4471, I'm in Flat 7C.\"]\n\n"


@pytest.mark.parametrize("lang,request_line", [
    ("fr", "Bonjour Kim, désolés pour la lampe. J'ai juste besoin de votre numéro de commande "
           "pour lancer l'échange."),
    ("fr", "Bonjour Jo, désolés pour la douche. Pouvez-vous nous indiquer votre numéro de "
           "chambre pour que le plombier passe ?"),
    ("en", "Hi Kim, sorry about the lamp. I just need two things from you: your order number "
           "and a photo of the damage."),
    ("en", "Hi Jo, sorry about the shower. Could you tell us your flat number so we can book "
           "the plumber?"),
])
def test_asked_again_after_the_thread_gave_it(lint, lang, request_line):
    thread = THREAD_FR if lang == "fr" else THREAD_EN
    assert found(lint(lang, thread + request_line), "BL405")
    assert not found(lint(lang, request_line), "BL405")  # nothing given before: a request


# -- BL407: what an event of the world compelled is the incident's story, not a step ---------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Vidal, nous sommes désolés que votre sortie ait été écourtée. La "
           "crue a obligé nos guides à ramener tous les groupes plus tôt ; nous savons combien "
           "c'est décevant."),
    ("en", "Dear Mrs Vidal, we're so sorry your tour was cut short. The storm meant our guides "
           "had to bring everyone back early; we know how disappointing that is."),
])
def test_compelled_past_act_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Vidal, nous sommes désolés que votre sortie ait été écourtée. La "
           "crue a obligé nos guides à ramener tous les groupes plus tôt ; nous vous "
           "remboursons la moitié du prix aujourd'hui."),
    ("en", "Dear Mrs Vidal, we're so sorry your tour was cut short. The storm meant our guides "
           "had to bring everyone back early, so we're refunding half the price today."),
])
def test_compelled_past_act_then_a_refund_is_a_next_step(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL403: a parcel that could not be delivered is a problem -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit, votre colis nous est revenu comme non distribuable : le "
           "transporteur n'a pas trouvé la boîte aux lettres. Nous l'avons réexpédié ce matin."),
    ("en", "Hello Mr Petit, your parcel came back to us as undeliverable, as the driver "
           "couldn't find the letterbox. We sent it out again this morning."),
])
def test_undeliverable_parcel_without_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit, toutes nos excuses : votre colis nous est revenu comme non "
           "distribuable. Nous l'avons réexpédié ce matin."),
    ("en", "Hello Mr Petit, we're sorry: your parcel came back to us as undeliverable. We sent "
           "it out again this morning."),
    ("en", "Hello Mr Petit, thanks for asking: if a parcel is ever undeliverable, it comes back "
           "to us and we refund you within 14 days."),
])
def test_undeliverable_with_apology_or_in_a_condition(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL406: a gift bound to a booking before a date, a product back with a gift -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe cassée : la nouvelle part demain. Et pensez-y : "
           "renouvelez votre abonnement avant le 30 avril et le deuxième mois vous est offert !"),
    ("fr", "Bonjour Jo, désolés pour le carton abîmé. Notre lampe Nova est de retour, avec "
           "une ampoule offerte ✨"),
    ("en", "Hi Jo, sorry about the broken lamp: a new one ships tomorrow. And remember: renew "
           "your plan before 30 April and you'll get a free month!"),
    ("en", "Hi Jo, sorry about the crushed box. Our Nova lamp is back, with a free bulb ✨"),
])
def test_gift_pushed_in_a_complaint_reply_is_marketing(lint, lang, text):
    assert found(lint(lang, text), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe cassée : réservez un créneau avant vendredi et "
           "le technicien passera la changer."),
    ("fr", "Bonjour Jo, désolés pour l'attente : notre service est de retour lundi et vous "
           "rappelle à 9 h."),
    ("en", "Hi Jo, sorry about the broken lamp: book a slot before Friday and our technician "
           "will swap it."),
    ("en", "Hi Jo, sorry for the wait: our team is back on Monday and will call you at 9."),
])
def test_slot_or_team_back_is_not_marketing(lint, lang, text):
    assert not found(lint(lang, text), "BL406")


# -- BL403: mould in the home is a problem ---------------------------------------------------
@pytest.mark.parametrize("lang,text,apology", [
    ("fr", "Bonjour Jo, merci de nous avoir signalé la moisissure dans la salle de bains. Le "
           "technicien passe jeudi.", False),
    ("fr", "Bonjour Jo, désolés pour la moisissure dans la salle de bains. Le technicien passe "
           "jeudi.", True),
    ("en", "Hi Jo, thanks for flagging the mould in the bathroom. Our technician comes on "
           "Thursday.", False),
    ("en", "Hi Jo, we're sorry about the mould in the bathroom. Our technician comes on "
           "Thursday.", True),
])
def test_mould_is_a_problem_to_apologise_for(lint, lang, text, apology):
    assert bool(found(lint(lang, text), "BL403")) is not apology


# -- BL408: what a relative's verb of receiving receives is its antecedent -------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe. Je lance le remboursement de la lampe, que vous "
           "recevrez sous 14 jours."),
    ("en", "Hi Jo, sorry about the lamp. I'm starting the refund for the lamp, which you'll "
           "receive within 14 days."),
])
def test_refund_received_within_its_commitment_is_no_slow_delivery(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe. Je lance le remboursement de la lampe, que vous "
           "recevrez sous 20 jours."),
    ("en", "Hi Jo, sorry about the lamp. I'm starting the refund for the lamp, which you'll "
           "receive within 20 days."),
])
def test_refund_received_later_than_its_commitment_is_slow(lint, lang, text):
    assert found(lint(lang, text), "BL408")


# -- BL408: how long a code stays valid is no batch the case waits for -----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour le retard : votre remboursement sera traité lors de notre "
           "régularisation trimestrielle."),
    ("en", "Hi Jo, sorry for the wait: your refund will be processed at the end of the "
           "quarter."),
])
def test_refund_put_off_to_a_batch_is_slow(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour le retard de votre colis ; le remboursement des frais de "
           "port est en route. Voici un code de 10 % : ROSE10, valable jusqu'à la fin du "
           "trimestre."),
    ("en", "Hi Jo, sorry your parcel was late; your refund of the postage is on its way. Here's "
           "a code for 10% off: ROSE10, valid until the end of the quarter."),
])
def test_code_valid_until_a_date_is_no_batch(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL401: the customer the agent of the harm to their own thing ----------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour les rougeurs. En appliquant le gommage chaque jour, vous "
           "avez fragilisé votre peau. Notre conseillère vous écrit demain."),
    ("en", "We're sorry about the redness. Using the scrub every day, you've weakened your "
           "skin. Our adviser will write to you tomorrow."),
])
def test_customer_harming_their_own_thing_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés : le transporteur a abîmé votre colis. Une nouvelle lampe part "
           "demain."),
    ("fr", "Nous sommes désolés : vous avez reçu un colis abîmé. Une nouvelle lampe part "
           "demain."),
    ("en", "We're sorry: the courier damaged your parcel. A new lamp leaves tomorrow."),
    ("en", "We're sorry: you've received a damaged parcel. A new lamp leaves tomorrow."),
])
def test_harm_done_by_others_is_not_blame(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL408: a service the answer brings is not the process it concludes ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe fêlée. Nous revenons vers vous sous 48 h avec un "
           "échange ou un remboursement, au choix."),
    ("en", "Hi Jo, sorry the lamp arrived cracked. We'll get back to you within 48 hours with "
           "a replacement or a refund, as you prefer."),
])
def test_answer_bringing_a_refund_is_held_to_the_response_commitment(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Jo, désolés pour la lampe fêlée. Le remboursement est lancé et nous "
           "revenons vers vous sous 5 jours pour le confirmer."),
    ("en", "Hi Jo, sorry the lamp arrived cracked. Your refund is under way and we'll get back "
           "to you within 5 days to confirm it."),
])
def test_answer_concluding_a_refund_is_held_to_the_refund_commitment(lint, lang, text):
    assert not found(lint(lang, text), "BL408")
