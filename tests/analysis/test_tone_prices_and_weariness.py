"""Round 12's misses read as concepts (tone-blind12: micro-crèches, estate agencies, a
science museum). Each concept firing and its near miss, FR and EN, on the real models:

- a markdown heading's marks (« ## Accessibilité ») are no hashtag: only a hashtag
  (#NuitDesEtoiles) invites;
- a price comparison needs a price: « 8 h 30 au lieu de 7 h 30 » is a changed time;
- a price said as a fact (a ticket's price, a flat's price and its fees) offers nothing:
  when all the deal words of a draft are amounts, bare percentages and the word for price,
  they weigh little; a reduction said in figures (« -20 000 € », "€100 off") is a deal;
- irritation in other words: the reminder counted ("told you twice"), the weary brand
  ("I can't keep going over this", « l'équipe ne peut pas passer ses journées à… »), the
  reader sent to the page ("It's literally on the homepage"), the obvious made the
  reader's fault (« les panneaux sont pourtant clairs », « il serait temps que… »), an
  impatient request (« merci de confirmer ENFIN »);
- the decision or the responsibility handed back to the reader (« relève de votre seule
  décision », "is the buyer's responsibility") is cold."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone as reading


def _tone(analyse, text, lang, channel):
    return analyse(text, lang, channel).tone


def _deal(tone):
    return tone.raw.get("deal", 0.0)


# -- markdown headings -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "## Booking online\nTime slots open 30 days ahead.\n\n## Opening hours\n"
           "Tuesday to Sunday, 9am to 6pm."),
    ("fr", "## Accessibilité\n112 manipulations sont à hauteur de fauteuil.\n\n"
           "## Horaires\nDu mardi au dimanche, de 9 h à 18 h."),
])
def test_a_markdown_heading_is_no_hashtag(analyse, lang, text):
    tone = _tone(analyse, text, lang, "web")
    assert not [e for e in tone.evidence if e.tone == "collaboration" and "#" in e.text]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tonight at the museum: the stars up close. Share your photos with #StarNight"),
    ("fr", "Ce soir au musée : les étoiles de près. Partagez vos photos avec #NuitDesEtoiles"),
])
def test_a_hashtag_still_invites(analyse, lang, text):
    tone = _tone(analyse, text, lang, "social")
    assert [e for e in tone.evidence if e.tone == "collaboration" and e.text.startswith("#")]


# -- a price comparison needs a price ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nidouce : jeudi 12, la crèche ouvrira à 8 h 30 au lieu de 7 h 30 (formation de "
           "l'équipe)."),
    ("en", "Nidouce: on Thursday the nursery opens at 9 30 instead of 7 30 (team training)."),
])
def test_a_time_instead_of_another_is_no_deal(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "sms")) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le panier découverte à 29 € au lieu de 39 € jusqu'à dimanche."),
    ("en", "The discovery box at £29 instead of £39 until Sunday."),
])
def test_a_price_instead_of_another_is_a_deal(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "sms")) >= 1.2


# -- prices as facts -----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Lightning Lab every Saturday at 2pm: make a spark with your bare hands! €7 for "
           "kids, €10 for grown-ups."),
    ("fr", "Nocturnes des étoiles tous les vendredis de juillet, télescopes fournis ! 9 € "
           "(6 € pour les moins de 18 ans)."),
    ("fr", "T2 sous les toits, poutres apparentes, tomettes d'origine. Prix : 219 000 € "
           "honoraires inclus (5 % TTC à la charge de l'acquéreur)."),
])
def test_a_price_said_as_a_fact_weighs_little(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "social")) < 0.8


@pytest.mark.parametrize("lang,text", [
    ("en", "Lightning Lab every Saturday at 2pm: €7 for kids, €10 for grown-ups, and 20% off "
           "this weekend only!"),
    ("fr", "PRIX EN BAISSE ! -20 000 € ! T2 38 m² Béziers centre, 139 000 € HAI."),
    ("en", "REFER A FAMILY — GET €100 OFF! Recommend us to a friend and save €100 on your "
           "next invoice."),
])
def test_a_price_with_an_offer_is_a_deal(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "social")) >= 2.0


# -- irritation in other words -------------------------------------------------------------

def _negative_read(analyse, text, lang, channel):
    analysis = analyse(text, lang, channel)
    return reading.negative(analysis.tone, analysis.channel.tones,
                            reading.thresholds(analysis.profile))


@pytest.mark.parametrize("lang,text", [
    ("en", "Parent: Is there any way to know where we are on the list?\nAgent: As I've already "
           "told you twice this month, there is nothing more I can do. Calling every week "
           "won't change anything."),
    ("en", "Caller: I still don't understand who has to pay for it.\nAgent: As I explained in "
           "my email, the survey is paid by the buyer. I really can't keep going over this."),
    ("en", "Caller: Is the planetarium included in the ticket?\nAgent: Like I've said, it's "
           "all on the website. It's literally on the homepage."),
    ("fr", "Bonjour,\n\nMerci pour votre message. Cela dit, les panneaux à l'entrée sont "
           "pourtant clairs, et il serait temps que certains parents prennent la peine de "
           "les lire.\n\nCordialement"),
    ("fr", "Le bonnet a été retrouvé. Je vous l'ai dit deux fois : chaque vêtement doit être "
           "marqué. L'équipe ne peut pas passer ses journées à chercher les affaires de "
           "chacun."),
])
def test_irritation_in_other_words_reads_as_frustration(analyse, lang, text):
    assert _negative_read(analyse, text, lang, "after_sales") == "frustration"


@pytest.mark.parametrize("lang,text", [
    ("en", "Parent: Is there any way to know where we are on the list?\nAgent: Of course. "
           "You are third on the list, and I'll call you as soon as a place opens."),
    ("en", "Caller: Is the planetarium included in the ticket?\nAgent: Yes, it is. The "
           "programme is on our website too."),
    ("fr", "Bonjour,\n\nMerci pour votre message. Les consignes sont claires et affichées à "
           "l'entrée ; il est temps de profiter des beaux jours !\n\nCordialement"),
    ("fr", "Le bonnet a été retrouvé, il vous attend à l'accueil. L'équipe peut aussi vous "
           "aider à marquer les vêtements."),
])
def test_the_same_facts_said_plainly_are_not_frustration(analyse, lang, text):
    tone = _tone(analyse, text, lang, "after_sales")
    assert tone.raw.get("frustration", 0.0) == 0.0


@pytest.mark.parametrize("lang,text,irritated", [
    ("fr", "Pierrelune : vous n'étiez pas au rendez-vous. Merci de confirmer ENFIN vos "
           "disponibilités.", True),
    ("fr", "Pierrelune : merci de confirmer vos disponibilités pour la visite.", False),
    ("fr", "Pierrelune : 2e relance. Merci de nous envoyer le diagnostic.", True),
    ("en", "Pierrelune: second reminder. Please send us the survey.", True),
    ("en", "Pierrelune: a reminder of your visit tomorrow at 10am.", False),
])
def test_an_impatient_request_or_a_counted_reminder_is_frustration(analyse, lang, text,
                                                                    irritated):
    tone = _tone(analyse, text, lang, "sms")
    assert (tone.raw.get("frustration", 0.0) > 0) is irritated


# -- the decision handed back --------------------------------------------------------------

@pytest.mark.parametrize("lang,text,cold", [
    ("fr", "Nous vous rappelons que la fixation du prix de vente relève de votre seule "
           "décision.", True),
    ("fr", "Nous fixerons ensemble le prix de vente, et la décision finale vous revient.",
     False),
    ("en", "The survey is the buyer's responsibility.", True),
    ("en", "We take full responsibility for the survey.", False),
])
def test_the_decision_handed_back_is_cold(analyse, lang, text, cold):
    tone = _tone(analyse, text, lang, "after_sales")
    assert (tone.raw.get("coldness", 0.0) >= 1.5) is cold


# -- the reader's own question -------------------------------------------------------------

def _asked(tone):
    return [e for e in tone.evidence if e.signal == "question_to_reader"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Venir au salon\n\nPuis-je venir sans rendez-vous ? Oui, du mardi au samedi.\n\n"
           "Mes cheveux sont fragilisés par des décolorations, que pouvez-vous faire ? Un "
           "soin profond en trois séances."),
    ("en", "Ordering your cards\n\nCan I feel the paper before ordering? Yes: we post "
           "samples free of charge.\n\nMy names are long, can you fit them? Always."),
    ("en", "## Can I call during the day?\nOf course. The team answers between naps and "
           "meals.\n\n## Do you take children under one?\nFrom ten weeks old."),
    ("fr", "## La salle Orages est-elle ouverte ?\nElle est en travaux.\n\n"
           "## Faut-il réserver ?\nNon, sauf pour les groupes."),
])
def test_the_readers_own_question_is_not_put_to_them(analyse, lang, text):
    assert not _asked(_tone(analyse, text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau au musée : la salle des Nuages. Et toi, tu sais pourquoi les nuages ne "
           "tombent pas ? Dis-le en commentaire !"),
    ("en", "New at the museum: the Cloud Room. And you, do you know why clouds don't fall? "
           "Tell us in the comments!"),
])
def test_a_question_put_to_the_reader_still_invites(analyse, lang, text):
    assert _asked(_tone(analyse, text, lang, "social"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Flavours & prices\n\nSingle scoop €2.80 · Two scoops €4.90 · Three scoops €6.50\n"
           "500 ml tub €9.90"),
    ("fr", "Parfums et prix\n\nUne boule 2,80 € · Deux boules 4,90 € · Trois boules 6,50 €\n"
           "Pot de 500 ml 9,90 €"),
    ("en", "Switch to Kalvo this month and get £50 when you move your salary over."),
    ("fr", "Passez chez Kalvo ce mois-ci et recevez 50 € en transférant votre salaire."),
    ("en", "Family pass €68: that's €24 less than four single tickets."),
])
def test_a_price_list_or_an_amount_offered_is_a_deal(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "web")) >= 1.2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ton compte est à découvert depuis 6 jours (-214,37 €). Régularise ta situation."),
    ("en", "Heads up: your Holiday pot lock ends Friday. After that you can move the £1,240 "
           "whenever you like."),
])
def test_the_readers_own_balance_is_no_deal(analyse, lang, text):
    assert _deal(_tone(analyse, text, lang, "sms")) < 0.8


@pytest.mark.parametrize("lang,text", [
    ("en", "Lightning Lab kits: €7 for the small one, €10 for the big one."),
    ("fr", "Coffrets Lightning Lab : 7 € le petit, 10 € le grand."),
])
def test_on_a_channel_that_sells_a_price_shown_is_the_offer(analyse, lang, text):
    analysis = analyse(text, lang, "shop")
    assert "deal" in analysis.channel.tones
    assert analysis.tone.raw.get("deal", 0.0) >= 1.6
