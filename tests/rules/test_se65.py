"""Round 49's sincerity concepts (se65), each on the real models, FR and EN, with its near
misses:

- the act behind the failure done against the brand's instructions or warning (« posée
  … malgré les consignes de la notice », "despite the warning in the assembly guide"):
  BL401 — not when another party defied them (« malgré nos consignes, le livreur… »);
- the signature block after the closing words (« Cordialement,\\nRéparez SAV », "Yours
  sincerely,\\nRestore after-sales") is nobody's next step, even when the model reads a
  verb there: BL407 still fires — not a sentence written after the closing words;
- a weekday right after a problem word says when it happened (« tombé en panne lundi »),
  it is no noun the word qualifies: the problem stands, BL403 without an apology — not a
  problem word that does qualify a noun (« le voyant défaut moteur »);
- the fact the customer tells said unproven by the brand (« rien ne nous permet d'affirmer
  que cette rayure existait… », "nothing allows us to say that the scratch was there…"):
  BL402 — not a forecast said unsure (« … que les lames arriveront avant lundi »);
- how the thing went, in the past conditional ("that's not how it should have gone",
  « ce n'est pas ainsi que cela aurait dû se dérouler »): an admission, no BL401 — a
  person's duty missed (« vous auriez dû nous appeler », "you should have gone to the
  counter first") still is;
- someone or something held up, in the past passive (« notre ébéniste a été retenu sur un
  autre chantier », "it was held up at our depot"): the cause of the wait, no next step —
  BL407 fires; a hold to come (« sera retenu en agence jusqu'à vendredi ») is a step;
- a sum counted wrong, « a été compté sur douze mois au lieu de dix » (as "was calculated
  … instead of"): a problem, BL403 without an apology — not a count as agreed."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# -- the instructions defied ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nNous sommes désolés d'apprendre que la vasque de votre "
           "meuble s'est fendue.\n\nD'après vos photos, la vasque a été posée sur un caisson "
           "non fixé au mur, malgré les consignes de la notice de montage.\n\nUn technicien "
           "passera lundi à 10 h pour voir ce qui peut être fait."),
    ("en", "Dear Mr Hart,\n\nWe're sorry to hear the glass door of your cabinet has cracked."
           "\n\nFrom your photos, the door was lifted off its hinges while open, despite the "
           "warning in the assembly guide.\n\nA technician will call on Monday at 10 am to see "
           "what can be done."),
])
def test_failure_done_despite_the_instructions_is_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nNous sommes désolés d'apprendre que le colis a été "
           "abîmé.\n\nMalgré nos consignes, le livreur l'a laissé sous la pluie devant votre "
           "porte.\n\nUn nouveau colis part lundi."),
    ("en", "Dear Mr Hart,\n\nWe're sorry to hear your parcel arrived damaged.\n\nDespite our "
           "instructions, the courier left it out in the rain by your door.\n\nA new parcel "
           "ships on Monday."),
])
def test_instructions_defied_by_another_party_are_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the signature block -------------------------------------------------------------------
_OWNED = {
    "fr": "Madame,\n\nVous avez raison : nous aurions dû vous prévenir avant que la réparation "
          "dépasse le devis de 90 €. Veuillez accepter nos excuses.\n\nCordialement,\n",
    "en": "Dear Mrs Hale,\n\nYou are right: we should have warned you before the cleaning went "
          "£90 over the estimate. Please accept our apologies.\n\nYours sincerely,\n",
}


@pytest.mark.parametrize("lang,signature", [("fr", "Réparez SAV"),
                                            ("en", "Restore after-sales")])
def test_signature_after_the_closing_words_is_no_next_step(lint, lang, signature):
    assert "BL407" in sincerity(lint, _OWNED[lang] + signature, lang)


@pytest.mark.parametrize("lang,after", [
    ("fr", "Nous vous rappelons lundi à 10 h pour corriger la facture."),
    ("en", "We will call you on Monday at 10 am to correct the invoice."),
])
def test_sentence_after_the_closing_words_is_still_a_step(lint, lang, after):
    assert "BL407" not in sincerity(lint, _OWNED[lang] + after, lang)


@pytest.mark.parametrize("lang,after", [
    ("fr", "Réparez SAV\nPS : nous vous remboursons les 90 € aujourd'hui"),
    ("en", "Restore after-sales\nP.S. we refund the £90 today"),
])
def test_postscript_after_the_signature_is_still_a_step(lint, lang, after):
    assert "BL407" not in sincerity(lint, _OWNED[lang] + after, lang)


# -- a weekday after a problem word --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, le four est tombé en panne lundi. Votre conseiller vous rappelle "
           "demain matin."),
    ("en", "Hi Marc, the lift had a breakdown Saturday. Your adviser will call you tomorrow "
           "at 10 am."),
])
def test_problem_word_before_its_day_is_admitted(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, le voyant défaut moteur s'allume mardi lors du contrôle, c'est "
           "normal. Votre conseiller vous rappelle demain matin."),
    ("en", "Hi Marc, the boiler went into fault mode Saturday. Your adviser will call you "
           "tomorrow at 10 am."),
])
def test_problem_word_qualifying_a_noun_is_no_problem(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


# -- the fact they tell said unproven ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Lenoir,\n\nNous sommes désolés d'apprendre que votre parquet "
           "présente une rayure.\n\nRien ne nous permet d'affirmer que cette rayure existait "
           "à la fin du chantier : la réception a été signée sans réserve.\n\nUn technicien "
           "passera mardi à 14 h."),
    ("en", "Dear Mrs Lenoir,\n\nWe're sorry to hear your floor has a scratch.\n\nNothing "
           "allows us to say that the scratch was there when our team left: the handover sheet "
           "was signed without comment.\n\nA technician will visit on Tuesday at 2 pm."),
])
def test_their_account_said_unproven_is_doubt(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Lenoir,\n\nNous sommes désolés pour le retard de vos lames de "
           "parquet.\n\nRien ne nous permet d'affirmer que les lames arriveront avant lundi : "
           "le fournisseur ne nous a pas encore répondu.\n\nUn conseiller vous appellera "
           "mardi à 14 h."),
    ("en", "Dear Mrs Lenoir,\n\nWe're sorry your floorboards are late.\n\nNothing allows "
           "us to say that the boards will arrive before Monday: the supplier has not replied "
           "yet.\n\nAn adviser will call you on Tuesday at 2 pm."),
])
def test_forecast_said_unsure_is_no_doubt(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- how it should have gone -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy, je suis vraiment désolée. Ce n'est pas ainsi que cela aurait "
           "dû se dérouler. Notre technicien passe demain à 9 h."),
    ("en", "Hi Mrs Roy, I'm really sorry. That's not how it should have gone. Our technician "
           "will come tomorrow at 9 am."),
])
def test_how_it_should_have_gone_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy, je suis vraiment désolée. Vous auriez dû nous appeler avant "
           "de couper le courant. Notre technicien passe demain à 9 h."),
    ("en", "Hi Mrs Roy, I'm really sorry. You should have gone to the counter first. Our "
           "technician will come tomorrow at 9 am."),
])
def test_persons_duty_missed_is_still_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


# -- held up -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nToutes nos excuses : la pose prévue mardi n'a pas eu lieu. Notre "
           "ébéniste a été retenu sur un autre chantier bien plus longtemps que prévu.\n\n"
           "Bien à vous,\nLe service client"),
    ("en", "Dear Mrs Hale,\n\nWe're so sorry your order arrived late. It was held up at our "
           "Leeds depot for three days.\n\nKind regards,\nCustomer care"),
])
def test_held_up_in_the_past_is_no_next_step(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nToutes nos excuses pour ce contretemps. Votre colis sera retenu en "
           "agence jusqu'à vendredi, prêt à être retiré.\n\nBien à vous,\nLe service client"),
    ("en", "Dear Mrs Hale,\n\nWe're so sorry for the mix-up. Your parcel will be held at our "
           "Leeds depot until Friday, ready for you to collect.\n\nKind regards,\nCustomer "
           "care"),
])
def test_hold_to_come_is_a_step(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)


# -- counted instead of --------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, après vérification, votre abonnement a bien été compté sur douze mois au "
           "lieu de dix. La facture corrigée vous sera envoyée sous 5 jours."),
    ("en", "Hello, having checked, your subscription was calculated over twelve months instead "
           "of ten. The corrected invoice will be sent within 5 days."),
])
def test_sum_counted_instead_of_another_is_a_problem(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, après vérification, votre abonnement a bien été compté sur douze mois, "
           "comme prévu au contrat. Le détail vous sera envoyé sous 5 jours."),
    ("en", "Hello, having checked, your subscription was calculated over twelve months, as set "
           "in your contract. The details will be sent within 5 days."),
])
def test_sum_counted_as_agreed_is_no_problem(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)
