"""Round 37 of the tone reading (tn40), FR and EN on the real models, with the Abriel
profiles (an insurer: web aims at reassurance and solution, phone_script at reassurance,
empathy and solution, after_sales at reassurance, solution and speed, social at
collaboration and empathy): the customer's feeling acknowledged with the news as its
subject or done to them; an emoji beside a negation; the reader's plan left out of the
trouble; a one-paragraph post opening on a worry; the brand's staff doing its acts; news
opened by "here's what we can tell you"; the repeat reproached as frustration, and asking
again told futile; a price held against others'; an offer good only for the moment; a
tale opened with no date; a thing on its way to the reader, not a stop on
the way; a telling done to the reader is no feeling of theirs. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import code_names as codes
from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- the customer's feeling acknowledged, or done to them ------------------------------------

BAD_NEWS = {
    "fr": "Chère Madame Vidal,\n\nL'assureur du conducteur adverse nous a fait savoir qu'il "
          "refusait, pour l'instant, de prendre en charge la réparation. Nous savons combien "
          "cette réponse est décevante après un mois d'attente.\n\nNous avons déjà préparé la "
          "contestation ; il vous reste seulement à la signer lors de la visite de notre "
          "expert, jeudi. D'ici là, votre véhicule de remplacement reste à votre disposition, "
          "sans frais.\n\nBien cordialement,\nLéa Morel, service sinistres",
    "en": "Dear Mr Grant,\n\nThe other driver's insurer has told us it refuses, for now, to pay "
          "for the repair. We know how disappointing this answer is after a month of "
          "waiting.\n\nWe have already prepared the appeal; you only need to sign it when our "
          "assessor visits on Thursday. Until then, your courtesy car stays with you, free "
          "of charge.\n\nKind regards,\nLea Morel, Claims",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bad_news_whose_disappointment_is_acknowledged_is_not_negative(engines, lang):
    tone = reading(engines, lang, BAD_NEWS[lang], "after_sales")
    assert said(tone, "empathy", "customer_feeling_named")
    assert "BL206" not in codes(engines, lang, BAD_NEWS[lang], "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cette réponse est décevante. Nous ne la signerons pas."),
    ("en", "This answer is disappointing. We will not sign it."),
])
def test_the_brands_own_disappointment_stays_disappointment(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert said(tone, "disappointment")
    assert not said(tone, "empathy", "customer_feeling_named")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous savons que ces formulaires vous ont agacé l'an dernier."),
    ("en", "We know the claim forms left you frustrated last year."),
])
def test_a_feeling_done_to_the_reader_is_theirs(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert said(tone, "empathy", "customer_feeling_named")
    assert not said(tone, "frustration")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos messages nous ont agacés."),
    ("en", "Your comments frustrated us."),
])
def test_a_feeling_done_to_the_brand_is_its_own(engines, lang, text):
    assert said(reading(engines, lang, text, "email"), "frustration")


# -- an emoji beside a negation ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Moins de 18 ans ? Pas de souci 😎 notre offre jeune conducteur est faite pour toi."),
    ("en", "Under 25? No worries 😎 our young driver cover is made for you."),
])
def test_an_emoji_after_a_negation_keeps_its_tone(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert "😎" in said(tone, "joy")
    assert not said(tone, "disappointment")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas de fête cette année pour l'agence."),
    ("en", "No party at the branch this year."),
])
def test_a_word_after_a_negation_is_still_negated(engines, lang, text):
    assert not said(reading(engines, lang, text, "social"), "joy")


# -- the reader's plan left out of the trouble -------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le prélèvement en double est annulé. Votre contrat n'est pas concerné par cette "
           "erreur."),
    ("en", "The double payment is being cancelled. Your policy is not affected in any way."),
])
def test_the_readers_plan_left_out_of_the_trouble_is_reassurance(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert said(tone, "reassurance")
    assert tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le prélèvement en double est annulé. Votre contrat est concerné par cette erreur."),
    ("en", "The double payment is being cancelled. Your policy is affected by the error."),
])
def test_the_readers_plan_caught_in_the_trouble_is_no_reassurance(engines, lang, text):
    assert not said(reading(engines, lang, text, "after_sales"), "reassurance")


# -- a one-paragraph post opening on a worry ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Inquiet pour votre premier sinistre ? Voici comment ça se passe chez nous. Vous "
           "appelez, un conseiller vous écoute, puis un expert passe chez vous dans la semaine "
           "et vous explique chaque étape. #Abriel"),
    ("en", "Worried about your first claim? Here is how it works with us. You call, an adviser "
           "listens, then an assessor visits your home within the week and explains every "
           "step. #Abriel"),
])
def test_a_post_opening_on_the_readers_worry_reads_as_reassurance(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert said(tone, "reassurance", "worry_topic")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici comment un sinistre se passe chez nous. Inquiet ? Vous appelez, un conseiller "
           "vous écoute, puis un expert passe chez vous dans la semaine. #Abriel"),
    ("en", "Here is how a claim works with us. Worried? You call, an adviser listens, then an "
           "assessor visits your home within the week. #Abriel"),
])
def test_a_worry_named_after_the_opening_is_no_purpose(engines, lang, text):
    assert not said(reading(engines, lang, text, "social"), "reassurance", "worry_topic")


# -- the brand's staff doing its acts ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nNotre expert examinera la toiture chez vous mardi.\n\n"
           "Cordialement"),
    ("en", "Dear Mr Hale,\n\nOur surveyor will inspect the roof at your home on Tuesday.\n\n"
           "Kind regards"),
])
def test_the_brands_staff_act_for_the_brand(engines, lang, text):
    assert said(reading(engines, lang, text, "after_sales"), "solution", "brand_act")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nVotre expert examinera la toiture chez vous mardi.\n\n"
           "Cordialement"),
    ("en", "Dear Mr Hale,\n\nYour neighbour's surveyor will inspect the roof on Tuesday.\n\n"
           "Kind regards"),
])
def test_someone_elses_expert_does_no_act_of_the_brand(engines, lang, text):
    assert not said(reading(engines, lang, text, "after_sales"), "solution", "brand_act")


# -- news opened by "here's what we can tell you" ----------------------------------------------

@pytest.mark.parametrize("lang,text,opening", [
    ("fr", "Voici ce que nous pouvons vous dire : la nouvelle agence ouvre en mai.",
     "Voici ce que"),
    ("en", "Here's what we can tell you: the new branch opens in May.", "Here's what"),
])
def test_news_opened_by_what_we_can_tell_is_no_fix(engines, lang, text, opening):
    assert not any(w.startswith(opening) for w in said(reading(engines, lang, text, "email"),
                                                       "solution"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici ce que nous allons faire : un expert passe demain."),
    ("en", "Here's what we will do: an assessor visits tomorrow."),
])
def test_what_we_will_do_is_still_a_fix(engines, lang, text):
    assert said(reading(engines, lang, text, "email"), "solution")


# -- the repeat reproached, asking again told futile -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Client : Et pour le pare-brise ?\nConseiller : Comme je vous l'ai déjà dit deux "
           "fois, le pare-brise n'est pas couvert. Reposer la question ne changera rien."),
    ("en", "Caller: And the windscreen?\nAgent: As I have already explained twice, the "
           "windscreen is not covered. Asking the same question again will not change the "
           "answer."),
])
def test_the_repeat_reproached_reads_as_frustration(engines, lang, text):
    tone = reading(engines, lang, text, "phone_script")
    assert tone.dominant == "frustration"
    assert not said(tone, "anger")
    assert "BL206" in codes(engines, lang, text, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Client : Et pour le pare-brise ?\nConseiller : Comme indiqué dans votre contrat, le "
           "pare-brise est couvert. Demander un nouveau devis ne changera pas votre prime."),
    ("en", "Caller: And the windscreen?\nAgent: As stated in your policy, the windscreen is "
           "covered. Asking for a new quote will not change your premium."),
])
def test_a_plain_reference_and_a_quote_are_no_reproach(engines, lang, text):
    tone = reading(engines, lang, text, "phone_script")
    assert not said(tone, "frustration") and not said(tone, "anger")


# -- a price held against others' --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "## Tarifs d'hiver\nComparez nos tarifs avec ceux de n'importe quel assureur : vous "
           "ne trouverez pas moins cher."),
    ("en", "## Winter pricing\nCompare our prices with any other insurer: you will not find "
           "better value."),
])
def test_a_price_held_against_others_is_a_deal(engines, lang, text):
    assert len(said(reading(engines, lang, text, "web"), "deal")) >= 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous ne trouverez plus le formulaire papier en agence : il est en ligne."),
    ("en", "You will not find the paper form at the branch any more: it is online."),
])
def test_a_thing_not_found_is_no_deal(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "deal")


# -- an offer good only for the moment ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Client : Je voudrais réfléchir.\nConseiller : Ce tarif n'est valable que pendant "
           "notre appel. Si vous raccrochez, vous ne le reverrez pas."),
    ("en", "Caller: I'd like to think about it.\nAgent: This price is only valid while we are "
           "on the phone. If you hang up, it is gone, and you will never see it again."),
])
def test_an_offer_good_only_for_the_call_is_pressure(engines, lang, text):
    assert "BL206" in codes(engines, lang, text, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Client : Je voudrais réfléchir.\nConseiller : Bien sûr. Ce devis est valable un "
           "mois, prenez le temps qu'il vous faut."),
    ("en", "Caller: I'd like to think about it.\nAgent: Of course. If your slot is gone, ask "
           "at the desk and we will find another one."),
])
def test_an_offer_that_waits_is_no_pressure(engines, lang, text):
    assert not said(reading(engines, lang, text, "phone_script"), "pressure")


# -- a tale opened with no date ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Il y a bien longtemps, deux marins rêvaient d'une assurance qui tienne parole."),
    ("en", "Long ago, two sailors dreamed of an insurer that kept its word."),
])
def test_a_tale_opened_long_ago_is_storytelling(engines, lang, text):
    assert len(said(reading(engines, lang, text, "email"), "storytelling")) >= 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons ouvert notre agence il n'y a pas si longtemps, au printemps."),
    ("en", "We opened the branch not so long ago, in the spring."),
])
def test_a_recent_opening_is_no_tale(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert not any("long" in w.lower() for w in said(tone, "storytelling"))
    assert not said(tone, "storytelling", "story_beat")


# -- a thing on the way to the reader, not a stop on the way -----------------------------------

@pytest.mark.parametrize("text", [
    "Good news: your replacement card is already on the way.",
    "Help is on the way to you: an assessor will call within the hour.",
])
def test_a_thing_on_its_way_to_the_reader_is_speed(engines, text):
    assert said(reading(engines, "en", text, "after_sales"), "speed")


@pytest.mark.parametrize("text", [
    "Last spring Ruth drove to the coast and stopped for tea on the way.",
    "Pick up a leaflet at the branch on the way out.",
])
def test_a_stop_on_the_way_is_no_speed(engines, text):
    assert not said(reading(engines, "en", text, "social"), "speed")


# -- a telling done to the reader --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame, nous vous avons déjà expliqué à trois reprises que le délai est de 48 heures. "
           "Ce n'est pas compliqué."),
    ("en", "Madam, we have explained to you three times already that the notice is 48 hours. "
           "It is not complicated."),
])
def test_a_telling_done_to_the_reader_is_no_feeling_of_theirs(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert said(tone, "frustration")
    assert not said(tone, "empathy", "customer_feeling_named")
