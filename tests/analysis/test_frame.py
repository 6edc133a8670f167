"""The utterance frame, slot by slot, on the real models: each case with a near-miss."""

from __future__ import annotations

import pytest


def frame_of(analyse, text, word, lang="fr", channel="email"):
    a = analyse(text, lang, channel)
    token = next(t for t in a.doc if t.lower_ == word.lower())
    return a.frame(token)


# -- holder --------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,word,holder", [
    ("fr", "Nous répondons toujours dans la journée.", "toujours", "brand"),
    ("fr", "Nos conseillers vous rappellent toujours dans l'heure.", "toujours", "service"),
    ("fr", "Nos briques ne cassent jamais.", "jamais", "product"),
    ("fr", "Vous avez toujours été fidèle à nos ateliers.", "toujours", "customer"),
    ("fr", "Depuis 2009, Mme Roy n'a jamais manqué un de nos ateliers.", "jamais",
     "third_party"),
    ("en", "We always answer the same day.", "always", "brand"),
    ("en", "Our bricks never break.", "never", "product"),
    ("en", "You have always been a builder at heart.", "always", "customer"),
    ("en", "Since 2015, Tom has always brought his kids to our workshops.", "always",
     "third_party"),
])
def test_holder_is_who_the_clause_is_about(analyse, lang, text, word, holder):
    assert frame_of(analyse, text, word, lang).holder == holder


def test_a_coordinated_clause_without_subject_keeps_the_holder_before_it(analyse):
    f = frame_of(analyse, "Nos briques ne cassent jamais et sont garanties à vie.", "garanties")
    assert f.holder == "product"


# -- topic ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,word,topic", [
    ("fr", "Nous ne partagerons jamais vos coordonnées sans votre accord.", "jamais", "policy"),
    ("fr", "Notre t-shirt est 100 % coton bio.", "%", "composition"),
    ("fr", "Nous sommes toujours ravis de vous aider.", "toujours", "courtesy"),
    ("fr", "Le meilleur moyen de nous joindre est l'application.", "meilleur", "advice"),
    ("fr", "Nous avons toujours cru que jouer fait grandir.", "toujours", "belief"),
    ("en", "We never share your details without your consent.", "never", "policy"),
    ("en", "Our packaging is 100% recycled cardboard.", "%", "composition"),
    ("en", "We're always happy to help.", "always", "courtesy"),
    ("en", "The best way to reach us is the app.", "best", "advice"),
])
def test_topic_says_what_the_clause_is_about(analyse, lang, text, word, topic):
    assert frame_of(analyse, text, word, lang).topic == topic


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Notre appli est le meilleur moyen de suivre vos gestes.", "meilleur"),
    ("fr", "LEGO est la meilleure façon de construire en famille.", "meilleure"),
    ("en", "Our app is the best way to track your steps.", "best"),
    ("en", "LEGO is the best way to build together as a family.", "best"),
])
def test_the_brands_offer_said_to_be_the_best_way_is_no_advice(analyse, lang, text, word):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.frame(token).act != "advice" and a.offer_ranked_first(token)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "La meilleure façon d'agir, c'est de commencer petit.", "meilleure"),
    ("fr", "Le vélo est le meilleur moyen de traverser la ville.", "meilleur"),
    ("en", "The best way to act is to start small.", "best"),
    ("en", "Cycling is the best way to cross the city.", "best"),
])
def test_near_miss_the_best_way_with_no_brand_holder_is_advice(analyse, lang, text, word):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.frame(token).act == "advice" and not a.offer_ranked_first(token)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Satisfait à 100 % ou remboursé.", "%"),
    ("fr", "Nous vous rappelons toujours sous une heure.", "toujours"),
    ("en", "We are 100% reliable.", "%"),
    ("en", "We always ship the same day.", "always"),
])
def test_near_miss_performance_is_not_composition_policy_or_courtesy(analyse, lang, text, word):
    f = frame_of(analyse, text, word, lang)
    assert f.topic not in ("composition", "policy", "courtesy", "advice")
    assert f.commits_brand


# -- mechanism: how a part of the product works ---------------------------------------
@pytest.mark.parametrize("lang,text,word", [
    ("fr", "La pompe bascule toujours sur la résistance d'appoint quand il gèle.", "toujours"),
    ("fr", "La semelle est toujours cousue d'un fil de lin ciré.", "toujours"),
    ("fr", "Le ballon d'eau chaude met toujours deux heures à se réchauffer.", "toujours"),
    ("en", "The thermostat always switches to eco mode after midnight.", "always"),
    ("en", "The lining, which always draws sweat away from the skin, is bamboo.", "always"),
    ("en", "The tank always needs two hours to refill after a long bath.", "always"),
])
def test_always_describing_how_a_part_works_is_a_mechanism(analyse, lang, text, word):
    f = frame_of(analyse, text, word, lang, "web")
    assert f.topic == "mechanism"
    assert not f.commits_brand


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Notre chaudière ne tombe jamais en panne.", "jamais"),  # an outcome, never
    ("fr", "Notre pompe garde toujours votre maison à 20 °C.", "toujours"),  # the reader's home
    ("fr", "Notre cafetière prépare toujours un expresso parfait.", "toujours"),  # praise
    ("fr", "Notre croûte reste toujours croustillante.", "toujours"),  # a quality
    ("en", "Our boiler always keeps your home warm.", "always"),
    ("en", "Our coffee machine always makes a perfect espresso.", "always"),
    ("en", "Our courier always delivers before noon.", "always"),  # the service
    ("en", "Our alarm always works.", "always"),  # 'work' alone: functions, no effort
])
def test_near_miss_an_outcome_quality_or_effect_on_the_reader_is_a_claim(analyse, lang, text,
                                                                          word):
    f = frame_of(analyse, text, word, lang, "web")
    assert f.topic != "mechanism"
    assert f.commits_brand and f.modality == "firm"


def test_work_with_what_it_works_at_is_effort(analyse):
    assert frame_of(analyse, "We always work hard to answer quickly.", "always", "en",
                    "web").modality == "hedged"


# -- time and aspect -----------------------------------------------------------------
@pytest.mark.parametrize("text,word,time", [
    ("Votre dossier est toujours en cours.", "toujours", "continuative"),
    ("L'offre est toujours valable jusqu'à dimanche.", "toujours", "continuative"),
    ("Votre colis est toujours livré en 24 h.", "toujours", "habitual"),
    ("Vous avez toujours été fidèle à nos ateliers.", "toujours", "past"),
    ("Votre remboursement sera versé immédiatement.", "immédiatement", "future"),
    ("Oui, votre manteau est toujours à l'atelier de retouche.", "toujours", "continuative"),
    ("Il reste toujours trois places pour l'atelier de samedi.", "toujours", "continuative"),
    ("Il est toujours chez nous, en attente de la pièce.", "toujours", "continuative"),
    ("Nos trains sont toujours à l'heure.", "toujours", "habitual"),  # a property, not a place
    ("La qualité est toujours au rendez-vous.", "toujours", "habitual"),
    ("Il restera toujours une place pour vous.", "toujours", "future"),
])
def test_french_toujours_still_versus_always(analyse, text, word, time):
    assert frame_of(analyse, text, word).time == time


@pytest.mark.parametrize("text,word,time", [
    ("Your refund will be issued immediately.", "immediately", "future"),
    ("Tom has always loved our workshops.", "always", "past"),
    ("Our team always answers within the hour.", "always", "habitual"),
])
def test_english_tense_and_aspect(analyse, text, word, time):
    assert frame_of(analyse, text, word, "en").time == time


def test_a_bare_participle_is_not_a_past_report(analyse):
    f = frame_of(analyse, "Stitched in our workshop and dispatched within 48 hours.",
                 "dispatched", "en")
    assert f.time != "past"


@pytest.mark.parametrize("lang,text,word,time", [
    # a verb conjugated with « être » in its compound past tells a past, not a passive
    ("fr", "Bonne nouvelle : votre colis est arrivé en 2 jours.", "arrivé", "past"),
    ("fr", "Le technicien est venu en deux heures.", "venu", "past"),
    ("fr", "Votre plateau est monté en chambre en 15 minutes.", "monté", "present"),
    ("fr", "Votre colis est livré en 2 jours.", "livré", "present"),  # a passive present
    ("fr", "Votre colis sera arrivé avant vendredi.", "arrivé", "future"),
    # a headline's passive on the reader's thing, tagged a finite past by the small model
    ("en", "Your sofa reupholstered in ten days.", "reupholstered", "present"),
    ("en", "Your message answered within 2 hours.", "answered", "present"),
    ("en", "Great news: your parcel arrived within 2 days.", "arrived", "past"),
])
def test_the_tense_of_a_participle_after_its_thing(analyse, lang, text, word, time):
    assert frame_of(analyse, text, word, lang).time == time


# -- speech act ----------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,word,act", [
    ("fr", "Votre livraison est prévue demain entre 8 h et 12 h.", "demain", "notice"),
    ("fr", "Votre remboursement sera versé immédiatement.", "immédiatement", "promise"),
    ("fr", "Vous auriez dû lire nos CGV.", "dû", "blame"),
    ("fr", "Ne manquez jamais une nouveauté.", "jamais", "advice"),
    ("fr", "Jamais construit de fusée ?", "jamais", "question"),
    ("fr", "Nous sommes désolés pour ce retard.", "retard", "apology"),
    ("en", "Your engineer visit is booked for Tuesday between 9 and 12.", "booked", "notice"),
    ("en", "Your refund will be issued immediately.", "immediately", "promise"),
    ("en", "You should have read the terms you agreed to.", "should", "blame"),
    ("en", "Never miss a new set.", "never", "advice"),
    ("en", "Never built a spaceship before?", "never", "question"),
    ("en", "Thank you for your patience.", "patience", "thanks"),
])
def test_speech_act(analyse, lang, text, word, act):
    assert frame_of(analyse, text, word, lang).act == act


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Votre set sera réparé en 2 jours.", "jours"),  # no booked event: a promise
    ("en", "Your set will be repaired in 2 days.", "days"),
    ("en", "Never break down again: our motor carries you.", "never"),  # not advice
])
def test_near_miss_a_notice_or_imperative_that_still_commits(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).commits_brand


# -- speaker and modality ------------------------------------------------------------
def test_quoted_customer_words_are_the_customers(analyse):
    f = frame_of(analyse, "Vous nous écrivez : « livré le jour même, toujours ».", "toujours",
                 channel="after_sales")
    assert f.speaker == "customer" and not f.commits_brand


def test_near_miss_the_brands_own_sentence_is_the_brands(analyse):
    f = frame_of(analyse, "Livré le jour même, toujours.", "toujours")
    assert f.speaker == "brand"


@pytest.mark.parametrize("lang,text,word,modality", [
    ("fr", "Nous répondons généralement sous 24 h.", "répondons", "hedged"),
    ("fr", "Si vous commandez avant midi, nous livrons demain.", "livrons", "conditional"),
    ("fr", "Nous pouvons vous répondre 24h/24.", "pouvons", "firm"),  # 'peut' is no hedge
    ("en", "We usually reply within a day.", "reply", "hedged"),
    ("en", "You may reach us 24/7.", "reach", "firm"),
])
def test_modality(analyse, lang, text, word, modality):
    assert frame_of(analyse, text, word, lang).modality == modality


# -- polarity and dismissal ----------------------------------------------------------
@pytest.mark.parametrize("lang,text,word,rejected", [
    ("fr", "Pas besoin d'imaginer quoi que ce soit.", "imaginer", True),
    ("fr", "N'oubliez pas d'imaginer la suite.", "imaginer", False),
    ("en", "No need to create anything.", "create", True),
    ("en", "Never stop creating.", "creating", False),
])
def test_dismissal_rejects_the_next_words_unless_itself_negated(analyse, lang, text, word,
                                                                rejected):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.is_rejected(token) is rejected


def test_reply_to_one_customer_versus_personalised_campaign(analyse):
    assert analyse("Bonjour, suite à votre message, votre colis est reparti.").is_personal_reply
    assert not analyse("Bonjour Camille, découvrez notre nouveau catalogue.").is_personal_reply


@pytest.mark.parametrize("lang,text,reply", [
    # the customer's own case entrusted to the brand is theirs (round 32)
    ("en", "Dear Mr Patel,\nThank you for entrusting Biscuit to us. He will be groomed by "
           "Anna.", True),
    ("en", "Dear Mr Patel,\nDiscover our new grooming packages this spring.", False),
    ("fr", "Bonjour Monsieur Patel,\nMerci de nous avoir confié Biscuit. Anna s'occupera de "
           "lui.", True),
    ("fr", "Bonjour Monsieur Patel,\nDécouvrez nos nouvelles formules de toilettage.", False),
])
def test_a_case_entrusted_is_a_reply(analyse, lang, text, reply):
    assert analyse(text, lang).is_personal_reply is reply


# -- the customer as the agent of a fault, doubt, apologies that shift it -----------
@pytest.mark.parametrize("lang,text,word,act", [
    ("fr", "Vous auriez dû vérifier l'adresse.", "dû", "blame"),
    ("fr", "Il aurait fallu nous prévenir avant 18 h.", "fallu", "blame"),
    ("fr", "Vous n'avez pas respecté la procédure de retour.", "respecté", "blame"),
    ("fr", "Comme précisé dans les CGV que vous avez acceptées, le retour est payant.",
     "cgv", "blame"),
    ("fr", "Nous sommes désolés que vous ayez mal compris nos conditions.", "désolés", "blame"),
    ("fr", "Vous prétendez ne pas avoir reçu votre colis.", "prétendez", "doubt"),
    ("fr", "Nous aurions dû vous prévenir plus tôt.", "dû", "apology"),
    ("fr", "Il aurait fallu refuser le colis.", "fallu", "blame"),  # a parcel owes no duty
    ("fr", "Il aurait fallu que nous vérifiions votre adresse.", "fallu", "apology"),
    ("fr", "Notre équipe aurait dû vous prévenir.", "dû", "apology"),
    ("en", "You failed to follow the return procedure.", "failed", "blame"),
    ("en", "You were supposed to call us before 6 pm.", "supposed", "blame"),
    ("en", "As stated in the terms you agreed to, refunds take 30 days.", "terms", "blame"),
    ("en", "You claim you never received the parcel.", "claim", "doubt"),
    ("en", "We're sorry you feel that way.", "sorry", "deflection"),
    ("en", "We should have told you sooner.", "should", "apology"),
])
def test_fault_doubt_and_ownership_acts(analyse, lang, text, word, act):
    f = frame_of(analyse, text, word, lang, "after_sales")
    assert f.act == act
    assert f.cue >= 0


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Vous auriez dû recevoir un e-mail de confirmation.", "dû"),  # expected event
    ("fr", "Vous avez dû recevoir un SMS.", "dû"),  # epistemic passé composé
    ("fr", "Ce n'est pas votre faute.", "faute"),  # denied
    ("fr", "Vous n'avez pas reçu votre colis.", "reçu"),  # not a duty
    ("fr", "Vous nous indiquez ne pas avoir reçu le colis.", "indiquez"),  # neutral report
    ("en", "You should have received a confirmation email.", "received"),
    ("en", "This is not your fault.", "fault"),
    ("en", "You didn't receive the parcel.", "receive"),
    ("en", "Under our terms, you have 14 days to change your mind.", "terms"),
    ("en", "We're sorry for the delay.", "sorry"),
])
def test_near_miss_no_blame_or_doubt(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang, "after_sales").act not in ("blame", "doubt")


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "[Client : vous auriez dû me prévenir !]\nNous sommes désolés.", "prévenir"),
    ("fr", "Cliente : vous prétendez livrer en 24 h.\nConseillère : Je comprends.", "prétendez"),
    ("en", "[Customer: you should have warned me!]\nWe're so sorry.", "warned"),
    ("en", "Caller: you claim 24-hour delivery.\nAgent: I understand.", "claim"),
])
def test_a_scripts_customer_turn_is_the_customers(analyse, lang, text, word):
    a = analyse(text, lang, "phone_script")
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.is_quoted(token)
    agent = next(t for t in a.doc if t.lower_ in ("désolés", "sorry", "comprends", "understand"))
    assert not a.is_quoted(agent)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Can you tell me your email address?", "email"),
    ("fr", "Merci de nous indiquer votre adresse e-mail.", "adresse"),
])
def test_asking_the_customer_to_say_is_not_reported_speech(analyse, lang, text, word):
    a = analyse(text, lang, "after_sales")
    assert not a.is_quoted(next(t for t in a.doc if t.lower_ == word))


def test_near_miss_what_the_customer_said_is_reported(analyse):
    a = analyse("Vous nous avez indiqué que le colis était vide.", "fr", "after_sales")
    assert a.is_quoted(next(t for t in a.doc if t.lower_ == "vide"))


# -- a first-person plural coordinated with « nous » is no order to the reader -------------
@pytest.mark.parametrize("text,word,act", [
    ("Nous sommes désolés de ce délai et comprenons votre impatience.", "comprenons",
     "apology"),
    ("Nous avons reçu votre colis et vérifions son contenu.", "vérifions", "statement"),
])
def test_a_verb_sharing_the_brands_subject_is_not_an_imperative(analyse, text, word, act):
    frame = frame_of(analyse, text, word, channel="after_sales")
    assert frame.act not in ("invitation", "advice") and frame.holder != "customer"


def test_an_imperative_after_an_imperative_stays_an_order(analyse):
    frame = frame_of(analyse, "Ouvrez le colis et vérifiez son contenu.", "vérifiez",
                     channel="after_sales")
    assert frame.act in ("invitation", "advice")


# -- the brand's offer, or the world the copy talks about ---------------------------
@pytest.mark.parametrize("lang,text,word,holder", [
    # a thing of the world, none of the brand's words: how the world goes
    ("fr", "Au large, la mer ne pardonne jamais l'approximation.", "jamais", "world"),
    ("en", "The authoritative name server never replies to those queries.", "never", "world"),
    ("fr", "Le serveur DNS distant répond toujours en moins d'une seconde.", "toujours", "world"),
    # what any brand sells or runs, a word of the brand, or what the draft makes its own
    ("en", "The app never crashes.", "never", "product"),
    ("fr", "L'abonnement est toujours sans engagement.", "toujours", "product"),
    ("fr", "Nous vendons des vélos. Le vélo ne rouille jamais.", "jamais", "product"),
    ("en", "We repair bikes. The bike never rusts.", "never", "product"),
    ("en", "The LEGO box never tears.", "never", "product"),
])
def test_a_third_person_subject_is_the_offer_only_when_it_is_the_brands(
        analyse, lang, text, word, holder):
    assert frame_of(analyse, text, word, lang).holder == holder


@pytest.mark.parametrize("lang,text,word", [
    # what the copy points at or counts, a phrase holding the brand's own, a pronoun, or a
    # clause that speaks the brand's own words is still the offer
    ("fr", "Ce set ne s'abîme jamais.", "jamais"),
    ("en", "Every set is guaranteed for life.", "guaranteed"),
    ("en", "Switching to our bricks is always risk-free.", "always"),
    ("fr", "Une fois montée, la maquette tient des décennies sans le moindre jeu.", "tient"),
])
def test_a_thing_pointed_at_or_told_in_the_brands_words_is_the_offer(analyse, lang, text,
                                                                      word):
    assert frame_of(analyse, text, word, lang).holder in ("product", "brand", "service")


# -- a negation reaches the verbs it offers as alternatives ------------------------------
@pytest.mark.parametrize("lang,text,word", [
    ("en", "The brand does not endorse or guarantee the safety of these third-party tools.",
     "guarantee"),
    ("en", "We won't sell your data or share it with advertisers, ever.", "share"),
    ("fr", "La marque ne cautionne ni ne garantit la sécurité de ces outils.", "garantit"),
])
def test_a_negation_reaches_the_verbs_it_offers_as_alternatives(analyse, lang, text, word):
    a = analyse(text, lang, "web")
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.is_negated(token) and a.frame(token).polarity == "negated"


@pytest.mark.parametrize("lang,text,word", [
    ("en", "We don't sell pods and always ship within 2 days.", "ship"),
    ("fr", "Nous ne vendons pas de capsules et livrons toujours sous 2 jours.", "livrons"),
])
def test_near_miss_and_joins_an_affirmed_verb(analyse, lang, text, word):
    a = analyse(text, lang, "web")
    token = next(t for t in a.doc if t.lower_ == word)
    assert not a.is_negated(token) and a.frame(token).polarity == "affirmed"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre matelas est tout simplement le meilleur matelas français. Point."),
    ("en", "Our mattress is simply the best French mattress. Period."),
])
def test_a_full_stop_said_aloud_negates_nothing(analyse, lang, text):
    a = analyse(text, lang, "web")
    token = next(t for t in a.doc if t.lower_ in ("meilleur", "best"))
    assert a.frame(token).polarity == "affirmed"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre matelas n'est point le meilleur matelas français, mais il est bon."),
    ("en", "Our mattress is not the best French mattress, but it is a good one."),
])
def test_near_miss_ne_point_still_negates(analyse, lang, text):
    a = analyse(text, lang, "web")
    token = next(t for t in a.doc if t.lower_ in ("meilleur", "best"))
    assert a.frame(token).polarity == "negated"


# -- a text smiley ends a sentence as a pictograph does -------------------------------------
@pytest.mark.parametrize("lang,text,word", [
    ("en", "I replied within a minute to your message :) I will meet you in DMs!", "replied"),
    ("fr", "Je vous ai répondu en une minute ;-) Je vous retrouve en message privé !",
     "répondu"),
])
def test_a_smiley_ends_the_sentence_before_it(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).time == "past"


@pytest.mark.parametrize("text", [":)", ";-)", ":D", ":-(", "<3"])
def test_text_smileys_are_read_as_such(text):
    from brandlint.analysis.features import EMOTICON
    assert EMOTICON.fullmatch(text)


@pytest.mark.parametrize("text", [":", "8)", "3)", "(D)", "x)"])
def test_near_miss_a_numbered_item_or_a_colon_is_no_smiley(text):
    from brandlint.analysis.features import EMOTICON
    assert not EMOTICON.fullmatch(text)


# -- a verb coordinated with one before its clause shares its subject ----------------------
@pytest.mark.parametrize("lang,text,word", [
    ("en", "We appreciate your patience and assure you that your set ships within 2 days.",
     "assure"),
    ("en", "We will call you back and refund the order within 2 hours.", "refund"),
    ("fr", "Nous avons bien reçu votre dossier et vous rappelons sous 24 h.", "rappelons"),
    ("fr", "Nous passerons chez vous et réparerons la machine sous 48 heures.", "réparerons"),
])
def test_a_subjectless_conjunct_shares_the_subject_of_its_verb(analyse, lang, text, word):
    f = frame_of(analyse, text, word, lang)
    assert f.holder == "brand" and f.act not in ("advice", "invitation"), f


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Sign in and choose a slot.", "choose"),
    ("en", "Open the box and check every part.", "check"),
    ("fr", "Connectez-vous et choisissez un créneau.", "choisissez"),
    ("fr", "Ouvrez le colis et vérifiez chaque pièce.", "vérifiez"),
])
def test_near_miss_a_series_of_orders_stays_advice_to_the_reader(analyse, lang, text, word):
    f = frame_of(analyse, text, word, lang)
    assert f.holder == "customer" and f.act in ("advice", "invitation"), f


@pytest.mark.parametrize("lang,text,word,time", [
    ("en", "We will call you back and refund the order within 2 hours.", "refund", "future"),
    ("en", "We have received your parcel and refunded the order.", "refunded", "past"),
    ("fr", "Nous avons reçu votre colis et remboursé la commande.", "remboursé", "past"),
    ("fr", "Nous avons bien reçu votre message et transmis votre dossier.", "transmis",
     "past"),
])
def test_a_bare_conjunct_shares_the_tense_of_its_verb(analyse, lang, text, word, time):
    """The auxiliary of the first verb carries over to a conjunct that has none ("will
    … refund", « avons … remboursé »)."""
    assert frame_of(analyse, text, word, lang).time == time


@pytest.mark.parametrize("lang,text,word", [
    ("en", "We have received your parcel and will refund it within 14 days.", "refund"),
    ("fr", "Nous avons reçu votre colis et vous rembourserons sous 10 jours.", "rembourserons"),
    ("en", "Your parcel has been shipped and arrives tomorrow.", "arrives"),
    ("fr", "Votre colis a été expédié et arrive demain.", "arrive"),
])
def test_near_miss_a_conjunct_of_another_tense_is_no_past(analyse, lang, text, word):
    """The brand's past receipt does not make its coming refund a report of the past: a
    conjugated verb carries its own tense, it shares no auxiliary."""
    assert frame_of(analyse, text, word, lang).time != "past"


# -- a delay belongs to the verb it modifies, not to every service of its clause -----------
@pytest.mark.parametrize("lang,text,service", [
    ("en", "We have received your parcel and will reply within 2 days.", "response"),
    ("en", "We will answer your message within 2 days and ship your order on Friday.",
     "response"),
    ("fr", "Nous avons bien reçu votre colis et vous répondrons sous 48 h.", "response"),
    ("fr", "Nous répondrons à votre message sous 48 h et expédierons votre commande "
           "vendredi.", "response"),
])
def test_a_delay_belongs_to_the_verb_it_modifies(analyse, lang, text, service):
    """Not compared with the delivery its clause also names (received, shipped): within
    the response's 48 h, no promise beyond a commitment (lego profiles: delivery 72 h)."""
    promises = analyse(text, lang, "email").promises
    assert [(p.service, p.exceeds) for p in promises] == [(service, False)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il sera réparé et de retour chez vous en 5 jours."),
])
def test_near_miss_a_delay_closing_a_series_holds_for_each_predicate(analyse, lang, text):
    """« réparé et de retour … en 5 jours »: the repair, before the delay with no
    complement of its own, is held to it too (repair: 3 weeks)."""
    promises = analyse(text, lang, "email").promises
    assert any(p.service == "repair" and p.exceeds for p in promises)


@pytest.mark.parametrize("lang,text", [
    ("en", "We're opening a courier trace and will refund you if the parcel is still missing "
           "in 10 days."),
    ("fr", "Nous lançons l'enquête transporteur et vous remboursons si le colis reste "
           "introuvable sous 10 jours."),
])
def test_a_delay_in_a_condition_is_no_delay_of_its_subject(analyse, lang, text):
    """"if the parcel is still missing in 10 days": when the condition holds, not a
    delivery in 10 days (a slow step against delivery's 72 h)."""
    promises = analyse(text, lang, "email").promises
    assert promises and all(p.service != "delivery" for p in promises)


@pytest.mark.parametrize("lang,text", [
    ("en", "If the parcel is still missing, we will refund you within 10 days."),
    ("fr", "Si le colis reste introuvable, nous vous remboursons sous 10 jours."),
])
def test_near_miss_a_delay_after_the_condition_is_the_services(analyse, lang, text):
    promises = analyse(text, lang, "email").promises
    assert [p.service for p in promises] == ["refund"]


# -- robustness ----------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    # a line holding only the first word of a purpose opener ("to" of "in order to",
    # « afin » of « afin de »): a clause shorter than the opener it might start
    ("en", "Your monthly payment of $50.00\nfrom\nAcme\nto\nBob Lee\n.", ),
    ("fr", "Votre paiement mensuel de 50 €\nde\nAcme\npour\nBob Lee\n.", ),
])
def test_a_clause_shorter_than_a_purpose_opener_is_read(analyse, lang, text):
    a = analyse(text, lang, "email")
    frames = [a.frame(t) for t in a.doc if not t.is_space]
    assert all(f is not None for f in frames)


# -- an entry of a dated history is the past ------------------------------------------------
@pytest.mark.parametrize("lang,text,word", [
    ("en", "What's new\nMay 2020: the app always opens on your saved map\n2018: first app",
     "always"),
    ("fr", "Nouveautés\nMai 2020 : l'appli garde un historique illimité de vos trajets\n"
           "2018 : première appli", "illimité"),
    # the second line of an entry, between two dated lines
    ("en", "May 2020: new app\nNew features: unlimited saved maps\n2018: first app", "unlimited"),
])
def test_an_entry_of_a_dated_history_is_past(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang, "web").time == "past"


@pytest.mark.parametrize("lang,text,word", [
    # a year to come is a plan; a year in passing dates nothing; after the entry's sentence
    # the line speaks of today
    ("en", "Roadmap\nMay 2031: the app always opens on your saved map\n2032: new maps", "always"),
    ("fr", "Depuis 2018, l'appli s'ouvre toujours sur votre carte.", "toujours"),
    ("en", "1952: our grandfather opens the shop. Our app always opens on your map.", "always"),
])
def test_a_plan_or_a_year_in_passing_is_not_past(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang, "web").time != "past"
