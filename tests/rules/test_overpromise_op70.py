"""Round 54's and 55's read halves (heldout61 bourdonnel, clapassou; heldout63 kerdugan,
roumagne; heldout64 cabestran, empennelle), first-run errors whose cause is general:

- a thing taken up by a pronoun as received (« les recevoir ») is a declared service's only
  where the draft speaks of that service's work: « anche » of « réparation d'anche », with
  no repair said anywhere, is new reeds shipped — the delivery;
- a sentence that times a declared service twice, the later time within its commitment,
  makes the earlier, shorter one a first step ("make the collapsed section safe this week,
  and the rebuild will be complete within four weeks");
- *possible* in a free relative (« on vous dit ce qui est possible », "tell you what's
  possible") names the options told, no hedge on the sentence's promise;
- "An arrow always flexes…", « Une flèche vole toujours… » with the verb misparsed: any
  one of a kind, the kind in general, not the brand's arrows;
- a verb of making timed "in two days" is a turnaround, whoever's thing it is; the brand's
  word given in everyday words ("no question", « c'est sûr et certain »);
- the parts of a hyphened verb are one word: "will re-camber the stick and return it" is
  the brand's act, not an order to the reader.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Empennes Dardelle
language: fr
central_idea:
  statement: "La flèche qui vole juste, faite pour votre arc."
  lexicon: [flèche, arc, juste]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  arrow_set: {within: 4w, terms: [flèches sur mesure, jeu sur mesure]}
  nock_repair: {within: 3w, terms: [réparation d'encoche, encoche réparée]}
  wall_repair: {within: 4w, terms: [mur effondré, effondrement, remontage]}
""",
    "en": """
brand: Dardelle Arrows
language: en
central_idea:
  statement: "The arrow that flies true, made for your bow."
  lexicon: [arrow, bow, true]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  arrow_set: {within: 4w, terms: [custom arrows, custom set]}
  nock_repair: {within: 3w, terms: [nock repair, nock repaired]}
  wall_repair: {within: 4w, terms: [collapsed wall, collapse, rebuild]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "dardelle", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("text,expected", [
    # new nocks made and shipped: the delivery's 5 days, kept
    ("Votre compétition approche ? Nous préparons vos encoches à la main et les expédions : "
     "comptez 5 jours pour les recevoir chez vous.", []),
    # the repair is said: its 3 weeks, promised in 5 days
    ("Votre encoche est fendue ? Nous la réparons à l'atelier et vous la recevez sous "
     "5 jours.", ["BL302"]),
])
def test_a_thing_received_without_its_service_work(lint, text, expected):
    assert codes(lint("fr", text, "store")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Our team will make the collapsed section safe this week, and the rebuild will be "
           "complete within four weeks.", []),
    ("fr", "Notre équipe passe sécuriser le pan effondré cette semaine, et le remontage sera "
           "terminé sous quatre semaines.", []),
    # one time only: the collapse repaired this week, against four weeks
    ("en", "Our team will repair the collapsed wall this week.", ["BL302"]),
    # the later time is no whole service within its commitment: the first is judged (one
    # finding for the service in the sentence)
    ("en", "Our team will make the collapsed section safe this week, and the rebuild will be "
           "complete within two weeks.", ["BL302"]),
])
def test_a_first_step_before_the_whole_service(lint, lang, text, expected):
    assert codes(lint(lang, text, "after_sales")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Déposez-la quand vous voulez : l'atelier vous accueille 7 jours sur 7, on regarde "
           "la fente et on vous dit tout de suite ce qui est possible.", ["BL302"]),
    ("en", "Drop it in whenever you like: the workshop welcomes you 7 days a week, we look at "
           "the crack and tell you straight away what's possible.", ["BL302"]),
])
def test_what_is_possible_is_no_hedge(lint, lang, text, expected):
    found = [d for d in lint(lang, text, "phone_script") if d.code == "BL302"]
    assert [d.code for d in found if d.severity.name == "ERROR"] == expected


def test_possible_still_hedges_a_promise(lint):
    found = [d for d in lint("fr", "Si possible, l'atelier vous accueille 7 jours sur 7.",
                             "phone_script") if d.code == "BL302"]
    assert [d.severity.name for d in found] != ["ERROR"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "An arrow always flexes around the bow as it leaves the string: that's the "
           "archer's paradox. Come and test your tuning with us.", []),
    ("fr", "Une flèche vole toujours vers la gauche ou la droite selon son spine : c'est la "
           "physique du paradoxe de l'archer. Venez tester vos réglages avec nous.", []),
    # the brand's own: its name, or its offer
    ("fr", "Une flèche Dardelle vole toujours droit.", ["BL301"]),
    ("en", "A custom set always flies true.", ["BL301"]),
])
def test_one_of_a_kind_misparsed(lint, lang, text, expected):
    assert codes(lint(lang, text, "store")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Agent: Dardelle, Ines speaking.\nCaller: My bowstring is fraying, can you replace "
           "it?\nAgent: Yes, we make new bowstrings in two days, no question.", ["BL304"]),
    ("fr", "Agent : Dardelle, bonjour.\n[Client : mon viseur est cassé, vous le réparez ?]\n"
           "Agent : Bien sûr, notre technicien vous le remet en état en deux jours, c'est sûr "
           "et certain.", ["BL304"]),
    # no word given: a hint only
    ("en", "Agent: Dardelle, Ines speaking.\nCaller: My bowstring is fraying, can you replace "
           "it?\nAgent: Yes, we make new bowstrings in two days.", []),
    # how long a lesson lasts, no making
    ("en", "Agent: Dardelle, Ines speaking.\nAgent: We teach the basics in two days, no "
           "question.", []),
])
def test_made_in_days_and_a_word_given(lint, lang, text, expected):
    assert codes(lint(lang, text, "phone_script")) == expected


@pytest.mark.parametrize("text,holder", [
    ("We have received your bow. Our bench will re-camber the stick and return it to you "
     "within 5 working days.", "product"),
    ("Please re-string the bow and return it to us within 5 days.", "customer"),
])
def test_a_hyphened_verb_keeps_its_subject(analyse, text, holder):
    analysis = analyse(text, "en", "after_sales")
    within = next(t for t in analysis.doc if t.lower_ == "within")
    assert analysis.frame(within).holder == holder


# (round 55, kerdugan, cabestran) a service named by its act done; the act a delay
# measures on the page of a declared service; a try-out is no trial period past a comma;
# the money sent back where the draft speaks of a refund.
PROFILES_MORE = {
    "fr": """
brand: Tambours Varnel
language: fr
central_idea:
  statement: "Le tambour qui sonne juste."
  lexicon: [tambour, son, juste]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 4d}
  refund: {within: 14d}
  response: {within: 48h}
  custom_drum: {within: 8w, terms: [tambour sur mesure, tambours sur mesure]}
  head_replacement: {within: 10d, terms: [changement de peau, repeaussage]}
""",
    "en": """
brand: Varnel Drums
language: en
central_idea:
  statement: "The drum that sounds true."
  lexicon: [drum, sound, true]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  refund: {within: 14d}
  response: {within: 48h}
  custom_drum: {within: 8w, terms: [custom drum, made-to-order djembe]}
  head_replacement: {within: 2w, terms: [head replacement, re-heading, reskinning]}
""",
}


@pytest.fixture(scope="module")
def lint_more(lint_profile_texts):
    return lint_profile_texts(PROFILES_MORE, "varnel", "web")


@pytest.mark.parametrize("text,expected", [
    ("We're sorry: your djembe will be re-headed within two weeks.", []),
    ("Your djembe will be re-headed within five days.", ["BL302"]),
    ("Your frame drum will be reskinned within five days.", ["BL302"]),
    # the making of the drum, not its new head
    ("Your made-to-order djembe will be ready in twelve weeks.", []),
])
def test_a_service_named_by_its_act_done(lint_more, text, expected):
    assert codes(lint_more("en", text, "after_sales")) == expected


@pytest.mark.parametrize("text,expected", [
    ("## Commander un tambour sur mesure\n\nAprès un essai au showroom, où nous écoutons "
     "votre frappe, comptez huit à dix semaines de fabrication.", []),
    ("## Commander un tambour sur mesure\n\nAprès un essai au showroom, comptez trois "
     "semaines de fabrication.", ["BL302"]),
    # a trial period, measured: the time the reader has
    ("Essai gratuit de 30 jours sur nos baguettes.", []),
])
def test_the_act_a_delay_measures_on_its_page(lint_more, text, expected):
    assert codes(lint_more("fr", text, "web")) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Hi Ms Carter,\nYour refund request is logged. The transfer is issued within 14 "
           "days and you'll automatically receive an email confirmation.", []),
    ("en", "Hi Ms Carter,\nYour refund request is logged. The transfer is issued within 3 "
           "days.", ["BL302"]),
    ("fr", "Bonjour, votre demande de remboursement est enregistrée. Le virement est émis "
           "sous 14 jours.", []),
    ("fr", "Bonjour, votre demande de remboursement est enregistrée. Le virement est émis "
           "sous 3 jours.", ["BL302"]),
])
def test_the_money_sent_is_the_refund(lint_more, lang, text, expected):
    assert codes(lint_more(lang, text, "after_sales")) == expected


# (round 56, tarvagne, cimeraie, lianor) a line opened by a noun the model tags a pronoun
# is no goal in the infinitive; durable beyond wear, said absolutely; a treatment of the
# reader's thing is no request handled; a unit whose period the tokenizer kept.
PROFILES_56 = {
    "fr": """
brand: Luges Brévanne
language: fr
central_idea:
  statement: "Partager le silence de la neige avec des pièces faites main."
  lexicon: [neige, silence, main, glisse]
channels:
  shop: {tones: [deal], idea: false}
  web: {tones: [storytelling]}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  made_to_order: {within: 6w, terms: [luge sur mesure, luges sur mesure]}
""",
    "en": """
brand: Brevanne Sledges
language: en
central_idea:
  statement: "Share the silence of snow with handmade pieces."
  lexicon: [snow, silence, handmade, ash]
channels:
  shop: {tones: [deal], idea: false}
  web: {tones: [storytelling]}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  made_to_order: {within: 8w, terms: [custom sledge, custom sledges]}
""",
}


@pytest.fixture(scope="module")
def lint_56(lint_profile_texts):
    return lint_profile_texts(PROFILES_56, "brevanne", "shop")


def warnings_of(diagnostics, prefix):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text,expected", [
    ("Luge Grand-Duc en frêne massif\nFaite main pour glisser des hivers entiers.\nPatins en "
     "acier inusables, garantis à vie.", ["BL301", "BL301"]),
    ("Luge Grand-Duc en frêne massif\nPatins en acier traités contre la rouille.", []),
    ("Le frêne n'est pas inusable : huilez-le chaque saison.", []),
])
def test_a_noun_opening_the_line_is_no_goal(lint_56, text, expected):
    assert warnings_of(lint_56("fr", text, "shop"), "BL3") == expected


@pytest.mark.parametrize("text,expected", [
    ("Merci pour votre message. Le traitement anti-mousse de votre plateforme sera effectué "
     "sous 72 heures, vous pouvez compter dessus.", ["BL304"]),
    ("Merci pour votre message. Nous traiterons vos patins sous 72 heures.", ["BL304"]),
    # the reader's request handled: the response, 72 h slower than its 48 h
    ("Merci pour votre message. Le traitement de votre demande sera effectué sous 72 "
     "heures.", []),
    ("Nettoyage de votre housse réalisé en 48 h.", ["BL304"]),
    ("Nettoyage de votre housse réalisé en 2024.", []),
])
def test_a_treatment_of_a_thing(lint_56, text, expected):
    assert warnings_of(lint_56("fr", text, "after_sales"), "BL3") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Why ash?\nSteamed ash always bends more readily than oak: its long fibres make it "
           "supple and tough.\nWe select ours in the Jura forests.", []),
    ("fr", "Pourquoi le frêne ?\nLe frêne plie mieux que le chêne une fois chauffé à la "
           "vapeur : ses fibres longues le rendent souple.", []),
    # a verb in the question: "Why bother with…?" turns it down
    ("en", "Why bother with handmade?\nOur plastic sledges are cheaper.", ["BL103"]),
])
def test_a_reason_asked_is_no_dismissal(lint_56, lang, text, expected):
    assert warnings_of(lint_56(lang, text, "web"), "BL103") == expected


# (round 56, dorlotine) the profile's own kind of a service on the line is not the topic of
# the reply the delay times: "reply about the estimate within 48 hours" is the reply's 48 h.
PROFILES_ESTIMATE = {
    "en": """
brand: Poupinel
language: en
central_idea:
  statement: "Give every cuddly companion its story back."
  lexicon: [story, mend, gentle]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 10d}
  response: {within: 48h}
  estimate: {within: 7d, terms: [estimate, estimates, quote]}
""",
    "fr": """
brand: Poupinel
language: fr
central_idea:
  statement: "Rendre son histoire à chaque doudou."
  lexicon: [histoire, réparer, doux]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 10d}
  response: {within: 48h}
  estimate: {within: 7d, terms: [estimation, estimations]}
""",
}


@pytest.fixture(scope="module")
def lint_estimate(lint_profile_texts):
    return lint_profile_texts(PROFILES_ESTIMATE, "poupinel", "after_sales")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Sorry the seam gave way. We'll redo the paw in stronger velvet and reply about the "
           "estimate within 48 hours.", []),
    ("en", "Sorry the seam gave way. We'll reply about the estimate within 48 hours.", []),
    ("en", "Sorry the seam gave way. We'll reply about the estimate within 12 hours.",
     ["BL302"]),
    # the estimate itself timed
    ("en", "Your estimate will reach you within 48 hours.", ["BL302"]),
])
def test_the_topic_of_a_reply_is_not_its_kind(lint_estimate, lang, text, expected):
    assert codes(lint_estimate(lang, text)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Merci pour votre commande d'une luge sur mesure. Elle sortira de l'atelier en deux "
           "semaines, juste à temps pour les premières descentes.", ["BL302"]),
    ("fr", "Merci pour votre commande d'une luge sur mesure. Elle sortira de l'atelier en huit "
           "semaines.", []),
    ("en", "Thanks for ordering a custom sledge. It will leave the workshop in two weeks.",
     ["BL302"]),
    ("en", "Thanks for ordering a custom sledge. It will leave the workshop in ten weeks.", []),
    # a session called a workshop lasts two hours: no making timed
    ("fr", "Notre atelier de fartage se déroule en deux heures.", []),
])
def test_a_made_thing_leaving_the_workshop(lint_56, lang, text, expected):
    assert warnings_of(lint_56(lang, text, "web"), "BL3") == expected


@pytest.mark.parametrize("text,expected", [
    ("Nous vous envoyons un kit dès demain et restons joignables sous 48 h.", []),
    ("Nous vous envoyons un kit dès demain et restons joignables sous 24 h.", ["BL302"]),
    # a thing available for a while: no answer timed
    ("Votre colis y reste disponible 10 jours, vous pouvez le retirer dès mardi.", []),
])
def test_reachable_within_is_a_response_time(lint_56, text, expected):
    assert warnings_of(lint_56("fr", text, "after_sales"), "BL3") == expected



# real text (a product said available, the reader in touch): no answer timed
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le nouveau score est disponible dès aujourd'hui sur notre application mobile."),
    ("en", "Simply connecting will lift this suspension and your sledges page will become "
           "available right away."),
    ("en", "Select \"skip log in\" and you'll be in touch in no time!"),
])
def test_available_things_and_the_reader_in_touch(lint_56, lang, text):
    assert warnings_of(lint_56(lang, text, "web"), "BL3") == []

