"""Round 15's tone misses read as concepts (tone-blind15: a porcelain house, an end-of-series
bedding shop, a stairlift installer). Each concept firing and its near miss, FR and EN, on
the real models:

- a threat in the brand's voice is anger: a last warning, the offender told they are known,
  exposure promised (« Dernier avertissement avant de tout signaler », "we know exactly who
  you are", "or we will make it public");
- a reply that files the case instead of answering it is cold: the request noted, the case
  in process with the department concerned, nothing more known, only in writing, the times
  in the order form's article (« je ne dispose pas d'autre information », "I note your
  request", "Processing times apply");
- a reproach counted in other words (« déjà indiqué à deux reprises », "on two occasions")
  and the reader's call-out judged needless (« cette troisième intervention n'était pas
  nécessaire ») are frustration;
- the brand's own hope dashed ("we had so hoped", « nous avions tant espéré », "we have had
  to accept", "a bitter end") is disappointment;
- guilt sold (« vous ne vous le pardonneriez pas », "on your conscience") and a harm
  foretold if the reader waits (« Si vous attendez, … », "If you wait, …") are pressure;
- in a service reply, a neighbouring tone serves only beside a target the reply also
  says: a reply of pure reassurance or sympathy misses an after-sales channel that wants
  solution and speed;
- a sale pitched into a service call (« pendant que je vous ai », "while I have you", « vous
  appelez au bon moment », « à moitié prix ») is a deal;
- time saved at the till (« sans file d'attente », "skip the queue") is speed;
- a teaser's "we cannot wait for you to discover" is surprise, not a "we cannot" of a
  refusal."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lisière
language: fr
address: vous
central_idea:
  statement: "Une maison qui rend l'escalier à ceux qui vivent chez eux."
  lexicon: [escalier, maison, autonomie]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy]}
  newsletter: {tones: [reassurance, joy]}
  letter: {tones: [reassurance, solution]}
  salon: {tones: [storytelling, joy]}
  after_sales: {tones: [speed, solution], service: true}
  phone_script: {tones: [reassurance, empathy, solution], service: true}
""",
    "en": """
brand: Lisière
language: en
address: formal
central_idea:
  statement: "A house that gives the stairs back to people who live at home."
  lexicon: [stairs, home, independence]
channels:
  web: {tones: [reassurance, solution]}
  social: {tones: [collaboration, joy]}
  newsletter: {tones: [reassurance, joy]}
  letter: {tones: [reassurance, solution]}
  salon: {tones: [storytelling, joy]}
  after_sales: {tones: [speed, solution], service: true}
  phone_script: {tones: [reassurance, empathy, solution], service: true}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lisiere", "web")


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    """analyse(text, lang, channel) -> the shared DocAnalysis under this module's profiles."""
    return analyse_profile_texts(PROFILES, "lisiere")


def _warnings(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


def _tone_words(analysis, tone: str) -> list[str]:
    return [e.text.lower() for e in analysis.tone.evidence if e.tone == tone]


# -- a threat -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Des comptes créés hier copient le même faux avis sous nos posts. On sait très bien "
           "d'où ça vient. Dernier avertissement avant de tout signaler."),
    ("en", "To the account posting the same fake review under our posts: we know exactly who "
           "you are. Stop now, or we will make it public."),
])
def test_a_threat_is_anger(lint_with, lang, text):
    diagnostics = lint_with(lang, text, "social")
    assert "BL206" in _warnings(diagnostics)
    assert any("anger" in d.message or "colère" in d.message for d in diagnostics
               if d.code == "BL206")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des avis en double sont apparus sous nos posts : nous les avons signalés à la "
           "plateforme. Vérifiez votre commande avant de signaler un problème, et merci à "
           "celles et ceux qui nous ont prévenus !"),
    ("en", "Some duplicate reviews appeared under our posts: we have reported them to the "
           "platform. We know exactly how annoying that is, and thank you to everyone who "
           "flagged them!"),
])
def test_moderation_said_plainly_is_no_threat(lint_with, analyse, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "social"))
    assert not _tone_words(analyse(text, lang, "social"), "anger")


# -- a reply that files the case ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "[Cliente : Personne n'est venu pour l'installation.]\nConseiller : Je vois votre "
           "dossier. Il est en cours de traitement. Je ne dispose pas d'autre information. "
           "Les délais figurent à l'article 6 du bon de commande. Vous serez contactée par le "
           "service concerné."),
    ("en", "[Caller: The platter arrived chipped.]\nAdviser: I note your request. Claims are "
           "handled exclusively in writing via the online form. Processing times apply."),
])
def test_a_reply_that_files_the_case_is_cold(lint_with, lang, text):
    assert "BL207" in _warnings(lint_with(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Cliente : Personne n'est venu pour l'installation.]\nConseiller : Je suis désolé, "
           "madame. J'appelle le planning tout de suite et je vous rappelle avant midi avec "
           "une date : votre commande est en cours de préparation chez nous."),
    ("en", "[Caller: The platter arrived chipped.]\nAdviser: I'm so sorry, before a wedding "
           "too. I'll send a replacement today by courier, and you can keep the chipped one; "
           "no form to fill in."),
])
def test_a_reply_that_takes_the_case_is_not_cold(lint_with, lang, text):
    assert "BL207" not in _warnings(lint_with(lang, text, "phone_script"))


# -- a reproach counted, a call-out judged needless ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Vidal,\nNous vous avons déjà indiqué à deux reprises que le siège "
           "doit rester à sa station. Merci de relire la notice avant de solliciter à nouveau "
           "le service technique : cette troisième intervention n'était pas nécessaire."),
    ("en", "Dear Mr Vidal,\nWe have explained this to you on two occasions: the seat must stay "
           "at its station. Please read the manual again before contacting the technical "
           "team: this third visit was not necessary."),
])
def test_a_reproach_counted_is_frustration(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Vidal,\nNous vous avons indiqué les deux créneaux possibles. "
           "Aucune intervention n'est nécessaire de votre part : le technicien passe demain "
           "à 9 h."),
    ("en", "Dear Mr Vidal,\nWe have sent you the two possible slots. No visit is necessary "
           "on your side: the engineer comes tomorrow at 9 am."),
])
def test_slots_given_are_no_reproach(lint_with, analyse, lang, text):
    assert "BL206" not in _warnings(lint_with(lang, text, "after_sales"))
    assert not _tone_words(analyse(text, lang, "after_sales"), "frustration")


# -- the brand's hope dashed ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Le service Azur\n\nNous avions tant espéré vous présenter le service Azur "
           "ce printemps. Après trois cuissons, l'émail a fendu, et nous avons dû nous résoudre "
           "à le repousser. C'est le cœur lourd que nous vous l'écrivons."),
    ("en", "Subject: The Azure service\n\nWe had so hoped to show you the Azure service this "
           "spring. After three firings the glaze cracked, and we have had to accept that it "
           "will not be ready. It is a bitter end to two years of work."),
])
def test_the_brands_hope_dashed_is_disappointment(lint_with, analyse, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "newsletter"))
    assert analyse(text, lang, "newsletter").tone.dominant == "disappointment"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Le service Azur\n\nLe service Azur arrive ce printemps ! Après trois "
           "cuissons, l'émail est parfait, et nous sommes ravis de vous le présenter."),
    ("en", "Subject: The Azure service\n\nThe Azure service arrives this spring! After three "
           "firings the glaze is perfect, and we are delighted to show it to you."),
])
def test_a_launch_told_gladly_is_no_disappointment(analyse, lang, text):
    assert not _tone_words(analyse(text, lang, "newsletter"), "disappointment")


# -- guilt sold, a harm foretold if the reader waits ----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : Je voudrais réfléchir.]\nConseiller : Je comprends, mais je vous conseille "
           "de signer aujourd'hui. Si vous attendez, votre mère pourrait rester bloquée en bas "
           "tout l'hiver, et ça, vous ne vous le pardonneriez pas."),
    ("en", "[Caller: I'd like to think it over.]\nAdviser: I understand, but I'd advise signing "
           "today. If you wait, your mother could be stuck downstairs all winter, and you "
           "wouldn't want that on your conscience, would you?"),
])
def test_guilt_and_waiting_as_harm_are_pressure(lint_with, lang, text):
    assert "BL206" in _warnings(lint_with(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si vous attendez un colis de notre part, suivez-le ici. Prenez le temps qu'il vous "
           "faut pour réfléchir : le devis reste valable trois mois."),
    ("en", "If you wait a few seconds, the seat returns to its station by itself. Take all the "
           "time you need to decide: the quote stays valid for three months."),
])
def test_waiting_without_harm_is_no_pressure(analyse, lang, text):
    assert not _tone_words(analyse(text, lang, "phone_script"), "pressure")


# -- a sale pitched into a service call ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : Je voudrais des renseignements.]\nConseiller : Vous appelez au bon "
           "moment : la pose est offerte ce mois-ci et le modèle tournant est à -15 %. Si vous "
           "ajoutez deux barres d'appui, la deuxième est à moitié prix, avec un financement sur "
           "24 mois à 0 %. Je vous réserve le tarif de mars ?"),
    ("en", "[Caller: I'd like four more plates.]\nAdviser: Of course. While I have you, may I "
           "mention that clients currently enjoy 15% off the full service? The platter comes at "
           "half price and we can spread it over three interest-free payments. Shall I put the "
           "full setting through?"),
])
def test_an_upsell_in_a_service_call_is_off_target(lint_with, lang, text):
    assert "BL205" in _warnings(lint_with(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : Mon siège est en panne.]\nConseiller : Je comprends, c'est pénible. "
           "L'intervention est couverte par la garantie, donc gratuite pour vous. Je vous "
           "envoie un technicien demain matin et je vous rappelle ce soir pour confirmer."),
    ("en", "[Caller: My seat has stopped.]\nAdviser: I understand, that's worrying. The repair "
           "is covered by your warranty, so there's nothing to pay. I'll send an engineer "
           "tomorrow morning and call you tonight to confirm."),
])
def test_a_free_repair_in_a_service_call_is_on_target(lint_with, lang, text):
    assert "BL205" not in _warnings(lint_with(lang, text, "phone_script"))


# -- time saved at the till ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("fr", "EXPRESS\nVos achats emballés en 3 minutes.\nCaisse sans file d'attente.\nRetrait "
           "des commandes web : 2 minutes au comptoir.", ("sans file d'attente",)),
    ("en", "EXPRESS\nYour purchases wrapped in 3 minutes.\nSkip the queue at the till.\nWeb "
           "orders collected in 2 minutes at the counter.", ("skip the queue",)),
])
def test_time_saved_at_the_till_is_speed(lint_with, analyse, lang, text, words):
    assert set(words) <= set(_tone_words(analyse(text, lang, "salon"), "speed"))
    assert "BL205" in _warnings(lint_with(lang, text, "salon"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Devant le salon, on fait souvent la queue : c'est l'occasion de regarder les "
           "pièces de l'atelier."),
    ("en", "On Saturdays the queue gets long outside the salon: a chance to look at the "
           "workshop's pieces."),
])
def test_a_queue_told_is_no_speed(analyse, lang, text):
    assert not _tone_words(analyse(text, lang, "salon"), "speed")


# -- a teaser's eagerness -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Guess what? From 1 April your service plan changes, and we cannot wait for you to "
           "discover it!"),
    ("fr", "Devinez quoi ? Au 1er avril votre contrat change, et nous avons hâte de vous faire "
           "découvrir tout ce qui arrive !"),
])
def test_a_teasers_eagerness_is_surprise_not_refusal(analyse, lang, text):
    analysis = analyse(text, lang, "letter")
    assert not _tone_words(analysis, "frustration")
    assert analysis.tone.dominant == "surprise"


@pytest.mark.parametrize("lang,text", [
    ("en", "We cannot wait any longer for the part: we cannot repair the seat this month."),
    ("fr", "Nous ne pouvons pas attendre la pièce plus longtemps : nous ne pouvons pas réparer "
           "le siège ce mois-ci."),
])
def test_a_wait_refused_stays_frustration(analyse, lang, text):
    analysis = analyse(text, lang, "letter")
    assert _tone_words(analysis, "frustration")
    assert not _tone_words(analysis, "joy") and not _tone_words(analysis, "surprise")


# -- a service reply that only soothes ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Chère Madame Girard,\n\nVotre message nous a profondément touchés. Nous imaginons "
           "sans peine ce que représente un siège qui ne fonctionne plus. Sachez que nous "
           "pensons à vous et que votre situation compte beaucoup pour toute l'équipe.\n\nNous "
           "restons de tout cœur à vos côtés.\n\nL'équipe Lisière"),
    ("en", "Dear Mrs Girard,\n\nYour seat is covered by our ten-year warranty, and thousands "
           "of families trust us every year. Rest assured, you are in good hands. We are by "
           "your side.\n\nKind regards,\nThe Lisière team"),
])
def test_a_service_reply_that_only_soothes_misses_its_acts(lint_with, lang, text):
    assert "BL205" in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chère Madame Girard,\n\nNous imaginons sans peine ce que représente un siège qui "
           "ne fonctionne plus, et nous pensons à vous. Un technicien passe demain entre 8 h et "
           "10 h pour remplacer la carte moteur.\n\nL'équipe Lisière"),
    ("en", "Dear Mrs Girard,\n\nWe can only imagine what a seat that no longer works means, "
           "and we are thinking of you. An engineer will replace the motor board tomorrow "
           "between 8 and 10 am.\n\nThe Lisière team"),
])
def test_sympathy_beside_the_act_is_on_target(lint_with, lang, text):
    assert "BL205" not in _warnings(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("service,fit", [(True, 0.0), (False, 0.5)])
def test_a_neighbour_serves_beside_its_target_in_a_reply(service, fit):
    from brandlint.analysis import tone as reading

    soothing = reading.ToneReading({"reassurance": 3.9}, service=service)
    assert soothing.fit(["speed", "solution"]) == pytest.approx(fit)
    acting = reading.ToneReading({"reassurance": 2.0, "solution": 2.0}, service=service)
    assert acting.fit(["speed", "solution"]) == pytest.approx(0.75)


# -- the worry waved off in the spoken register --------------------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("fr", "Conseiller : Ah mince, t'inquiète, ça arrive ! Tu me donnes ton numéro et je "
           "regarde ça.", ("t'inquiète",)),
    ("en", "Adviser: Oh, that's rough! Right, don't stress, give me your policy number and "
           "I'll get a plumber round.", ("don't stress",)),
])
def test_a_worry_waved_off_is_reassurance(analyse, lang, text, words):
    analysis = analyse(text, lang, "phone_script")
    assert set(words) <= set(_tone_words(analysis, "reassurance"))
    assert analysis.tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Tu t'inquiètes pour la facture ? Je te l'envoie ce soir."),
    ("en", "Adviser: Stress tests show the seat holds 140 kg; I'll send you the report."),
])
def test_a_worry_named_is_not_waved_off(analyse, lang, text):
    assert not _tone_words(analyse(text, lang, "phone_script"), "reassurance")


# -- a heading's past is not the body's --------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Intervention n° 24-8812 : technicien réservé\n\nBonjour Madame Perrin,\nKarim, votre "
           "technicien, passera demain entre 8 h et 10 h.", "demain"),
    ("en", "Job PAL-55210: engineer booked\n\nDear Mr Osei,\nYour engineer, Tom, will visit "
           "tomorrow between 8 and 10 am.", "tomorrow"),
])
def test_a_time_below_a_past_heading_is_speed(analyse, lang, text, word):
    assert word in [w.lower() for w in _tone_words(analyse(text, lang, "after_sales"), "speed")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Perrin,\nKarim est passé hier à 9 h et a remplacé la carte."),
    ("en", "Dear Mr Osei,\nTom visited yesterday at 9 am and replaced the strip."),
])
def test_a_time_told_in_the_past_on_its_line_is_no_speed(analyse, lang, text):
    assert not _tone_words(analyse(text, lang, "after_sales"), "speed")
