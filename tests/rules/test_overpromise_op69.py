"""Round 53's read half (heldout59 bigorne, roseliere; heldout60 gerbedor, kerfeutre),
first-run errors whose cause is general:

- « d'ici 48 heures »: no hour of a day (a clock time is 24 at most), a delay — it was read
  as "by 48 o'clock" the same day and held against a 48 h commitment as half a day;
- a passive's participle whatever its ending (« sera fait », « sera refait »: -ait is no
  imperfect after « sera »), so the act it completes is read (« le démoussage de votre toit
  sera fait sous 5 jours »: an undeclared service);
- the delivery verb the small model reads as the head noun of its subject ("your bespoke
  yurt ships in eight weeks"): the made item is its compound, its own service's time holds;
- a hyphened verb the tokenizer splits ("re-proof your old cover in 3 working days"): its
  object hangs on the last part, and the act is named whole in the report;
- a count in working days is reported in the draft's words, not as 100.8 h;
- a shop's week from Monday to Sunday is every day (« du lundi au dimanche, 9 h – 22 h »),
  which the profile's `availability` declares, as « tous les jours » already was.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Yourtes Kerfeutre
language: fr
central_idea:
  statement: "La yourte qui rend la nuit dehors simple."
  lexicon: [yourte, nuit, dehors]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  sms: {tones: [speed], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  yurt_build: {within: 14w, terms: [yourte sur mesure, yourtes sur mesure]}
""",
    "en": """
brand: Kerfeutre Yurts
language: en
central_idea:
  statement: "The yurt that makes a night outdoors simple."
  lexicon: [yurt, night, outdoors]
channels:
  store: {tones: [joy], idea: false}
  web: {tones: [storytelling], idea: false}
  shop: {tones: [deal], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  availability: {hours: "10-17", days: "mon-sat"}
  yurt_build: {within: 16w, terms: [bespoke yurt, bespoke yurts]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "kerfeutre", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("text,expected", [
    ("Nous vous envoyons une étiquette de retour aujourd'hui ; nous vous répondrons sur la "
     "date de retour d'ici 48 heures.", []),
    ("Nous vous répondrons sur la date de retour d'ici 24 heures.", ["BL302"]),
    # a time of the day: a few hours, faster than the 48 h a callback is held to here
    ("Nous vous rappelons d'ici 18 h.", ["BL302"]),
])
def test_a_clock_hour_is_a_time_of_day(lint, text, expected):
    assert codes(lint("fr", text, "after_sales")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Le démoussage de votre toit sera fait sous 5 jours, sans frais.", ["BL304"]),
    ("Le démoussage de votre toit a été fait en 5 jours l'an dernier.", []),
])
def test_a_passive_participle_ending_in_ait(lint, text, expected):
    assert codes(lint("fr", text, "after_sales")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Order by Friday and your bespoke yurt ships in eight weeks.", ["BL302"]),
    ("Your bespoke yurt ships in 20 weeks.", []),
    ("Your spare cover ships in 3 days.", ["BL302"]),  # a delivery: 3 days against 7
])
def test_the_made_item_of_a_misread_verb(lint, text, expected):
    assert codes(lint("en", text, "web")) == expected


def test_the_made_item_shipped_in_french(lint):
    assert codes(lint("fr", "Commandez avant vendredi : votre yourte sur mesure est expédiée "
                            "en huit semaines.", "web")) == ["BL302"]
    assert codes(lint("fr", "Votre yourte sur mesure est expédiée en seize semaines.",
                      "web")) == []


def test_a_hyphened_act_on_the_readers_thing(lint):
    found = [d for d in lint("en", "Felt liner for 5-7 m yurts\nWe'll also re-proof your old "
                                   "cover in 3 working days — just add it to your basket.",
                             "shop") if d.code == "BL304"]
    assert [d.severity.name for d in found] == ["WARNING"]
    assert "re-proof" in found[0].message and "3 working days" in found[0].message
    assert "100.8" not in found[0].message
    assert codes(lint("en", "We re-proofed your old cover in 3 days last year.", "shop")) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "BOUTIQUE KERFEUTRE\nOuvert du lundi au dimanche, 9 h – 22 h.", ["BL302"]),
    ("fr", "BOUTIQUE KERFEUTRE\nOuvert du mardi au samedi, 10 h – 18 h.", []),
    ("en", "KERFEUTRE SHOP\nOpen Monday to Sunday, 9am–10pm.", ["BL302"]),
    ("en", "Our café is open Monday to Sunday, 9am–10pm.", []),  # an annex's timetable
    # the days of two sentences are no week from Monday to Sunday
    ("fr", "Le showroom est ouvert du mardi au samedi, de 10 h à 18 h. Le dimanche, le "
           "répondeur prend vos messages.", []),
])
def test_monday_to_sunday_is_every_day(lint, lang, text, expected):
    assert codes(lint(lang, text, "store")) == expected


# Real copy, draw 55 (judged wrong): a superlative after a contracted article ranks what
# the sentence is about (« s'attaquer aux plus gros gestes de réduction »: the reader's own
# actions), and importance ranks what matters wherever it is said (« les compétences les
# plus importantes » beside « notre communauté mondiale »); the offer ranked still fires.
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le mode autonome permet de s'attaquer aux plus gros gestes de réduction.", []),
    ("fr", "Des nouvelles de notre communauté mondiale qui enseigne les compétences les plus "
           "importantes aujourd'hui.", []),
    ("fr", "Nous sommes l'atelier de yourtes le plus important au monde.", ["BL303"]),
    ("fr", "Nos yourtes sont les plus solides au monde.", ["BL303"]),
    ("en", "News from our worldwide community, which teaches the most important skills "
           "today: reading, writing and taking part in the digital world.", []),
    ("en", "Ours is the most important yurt workshop in the world.", ["BL303"]),
])
def test_what_a_superlative_ranks(lint, lang, text, expected):
    assert codes(lint(lang, text, "web")) == expected


def test_a_light_verb_names_no_act(lint):
    # « nous avons la possibilité de … garantir une reprise en moins de trente minutes »:
    # the report names the act the time hangs on, not *avoir* / *have*
    found = [d for d in lint("en", "If needed, we have the option to switch your data to a "
                                   "spare machine to guarantee a recovery within thirty "
                                   "minutes.", "web") if d.code == "BL304"]
    assert found and "“recovery”" in found[0].message and "“have”" not in found[0].message


EVENTS = {
    "fr": """
brand: Gerbe d'Or Artifices
language: fr
central_idea:
  statement: "Un ciel de lumière pour vos fêtes."
  lexicon: [ciel, lumière, fête]
channels:
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
promises:
  response: {within: 48h}
  display_booking: {within: 8w, terms: [feu d'artifice sur mesure, spectacle pyrotechnique]}
  ride_booking: {within: 3w, terms: [location du carrousel, réserver]}
""",
    "en": """
brand: Gerbe d'Or Fireworks
language: en
central_idea:
  statement: "A sky of light for your celebrations."
  lexicon: [sky, light, celebration]
channels:
  web: {tones: [storytelling], idea: false}
  email: {tones: [storytelling], idea: false}
promises:
  response: {within: 48h}
  delivery: {within: 5d}
  display_booking: {within: 10w, terms: [bespoke display, firework display]}
""",
}


@pytest.fixture(scope="module")
def lint_events(lint_profile_texts):
    return lint_profile_texts(EVENTS, "gerbedor", "web")


# The notice a booking is given is the lead time the brand says it needs: "book as late
# as two weeks before" a bespoke display promised in ten weeks is faster than the brand
# can keep; the least notice asked at or over the commitment, how early one may book, a
# refusal, and a built-in service (a delivery is no booking) stay quiet.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Every bespoke display is choreographed to music. Book as late as two weeks "
           "before — we'll handle the rest.", ["BL302"]),
    ("en", "Every bespoke display is choreographed to music. Book at least 3 weeks in "
           "advance.", ["BL302"]),
    ("en", "Every bespoke display is choreographed to music. Book at least 12 weeks in "
           "advance.", []),
    ("en", "Every bespoke display is choreographed to music. Book up to 12 months in "
           "advance.", []),
    ("en", "Every bespoke display is choreographed to music. You can't book less than 10 "
           "weeks before.", []),
    ("en", "Your parcel is delivered to your door. Order as late as two days before.", []),
    ("fr", "Chaque feu d'artifice sur mesure est composé en musique. Réservez jusqu'à 10 "
           "jours avant la date : nous nous occupons de tout.", ["BL302"]),
    ("fr", "Notre carrousel de 1926 fait tourner les petits comme les grands. Réservez "
           "jusqu'à 8 jours avant votre événement.", ["BL302"]),
    ("fr", "Chaque feu d'artifice sur mesure est unique : réservez au moins 8 semaines à "
           "l'avance.", []),
    ("fr", "Chaque feu d'artifice sur mesure est unique : réservez jusqu'à un an à "
           "l'avance.", []),
])
def test_the_notice_a_booking_is_given(lint_events, lang, text, expected):
    assert codes(lint_events(lang, text, "web")) == expected


def test_the_notice_is_said_as_notice(lint_events):
    found = [d for d in lint_events("en", "Every bespoke display is choreographed to music. "
                                          "Book as late as two weeks before.", "web")
             if d.code == "BL302"]
    assert "notice" in found[0].message and found[0].text.startswith("Book")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "We're the UK's leading wedding fireworks company.", ["BL303"]),
    ("en", "Pyroflash? They're the UK's leading fireworks supplier, and we buy from them.",
     []),
    ("en", "IONOS is the leading European hosting company.", []),
])
def test_the_brands_pronoun_is_no_other_name(lint_events, lang, text, expected):
    assert codes(lint_events(lang, text, "email")) == expected


BOARDS = {
    "fr": """
brand: Dérivague
language: fr
central_idea:
  statement: "La planche qui colle à votre surf."
  lexicon: [planche, surf, vague]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  repair: {within: 10d}
  custom_board: {within: 8w, terms: [planche sur mesure, planches sur mesure]}
""",
    "en": """
brand: Dérivague Surfboards
language: en
central_idea:
  statement: "The board that fits the way you surf."
  lexicon: [board, surf, wave]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
  repair: {within: 2w}
  custom_board: {within: 10w, terms: [custom board, custom boards]}
""",
}


@pytest.fixture(scope="module")
def lint_boards(lint_profile_texts):
    return lint_profile_texts(BOARDS, "derivague", "after_sales")


# A thing said to come back to the reader was theirs, worked on: the work the draft names
# (a repair) is timed, not the made-to-order item the thing's noun is a word of; a person
# coming back is a reply, not a thing given back.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Repairs need the resin to cure properly, so your board will be back with you "
           "within two weeks.", []),
    ("en", "Repairs need the resin to cure properly, so your board will be back with you "
           "within a week.", ["BL302"]),
    ("en", "Your custom board will be with you within two weeks.", ["BL302"]),
    ("en", "Repairs take a while. I'll be back with you within a week.", []),  # a person:
    # no thing given back, so no repair timed (the reply's 48 h is not broken either)
    ("fr", "Une réparation prend du temps, la résine doit sécher : votre planche vous "
           "reviendra sous 5 jours.", ["BL302"]),
    ("fr", "Une réparation prend du temps, la résine doit sécher : votre planche sera de "
           "retour chez vous sous deux semaines.", []),
])
def test_a_thing_back_with_the_reader(lint_boards, lang, text, expected):
    # (money back on a card is a refund: see test_money_back_is_a_refund)
    assert codes(lint_boards(lang, text, "after_sales")) == expected


MEAD = {
    "fr": """
brand: Hydromels Gaudrion
language: fr
central_idea:
  statement: "Le miel de nos ruches, en bouteille."
  lexicon: [miel, ruche, hydromel]
channels:
  sms: {tones: [speed], idea: false}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  wedding_bottles: {within: 4w, terms: [bouteilles de mariage, bouteille de mariage]}
""",
    "en": """
brand: Gaudrion Meadery
language: en
central_idea:
  statement: "The honey of our hives, bottled."
  lexicon: [honey, hive, mead]
channels:
  sms: {tones: [speed], idea: false}
promises:
  delivery: {within: 10d}
  response: {within: 72h}
  wedding_bottles: {within: 6w, terms: [wedding bottles, wedding bottle]}
""",
}


@pytest.fixture(scope="module")
def lint_mead(lint_profile_texts):
    return lint_profile_texts(MEAD, "gaudrion", "sms")


# A made item sent off already ("have shipped", « ont été expédiées ») has its work behind
# it: the arrival is the carrier's, judged against the delivery commitment, not the made
# item's weeks; still to be sent, the made item's own time holds.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Gaudrion: your wedding bottles have shipped and will arrive within 10 days.", []),
    ("en", "Gaudrion: your wedding bottles have shipped and will arrive within 5 days.",
     ["BL302"]),
    ("en", "Your wedding bottles will be labelled, shipped and delivered within 10 days.",
     ["BL302"]),
    ("fr", "Gaudrion : vos bouteilles de mariage sont parties et arriveront sous 10 jours.",
     []),
    ("fr", "Gaudrion : vos bouteilles de mariage ont été expédiées et arriveront sous 3 "
           "jours.", ["BL302"]),
    ("fr", "Gaudrion : vos bouteilles de mariage seront expédiées et livrées sous 10 jours.",
     ["BL302"]),
    # a present passive is what is done each time, not a thing already sent
    ("fr", "Vos bouteilles de mariage vous sont envoyées sous 10 jours.", ["BL302"]),
])
def test_a_made_item_sent_off_already(lint_mead, lang, text, expected):
    assert codes(lint_mead(lang, text, "sms")) == expected


FORGE = {
    "fr": """
brand: Forge de la Bigorne
language: fr
central_idea:
  statement: "Le fer forgé qui dure."
  lexicon: [fer, forge, main]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 4d}
  response: {within: 48h}
  made_to_order: {within: 10w, terms: [fabrication sur mesure]}
""",
    "en": """
brand: Bigorne Forge
language: en
central_idea:
  statement: "Wrought iron that lasts."
  lexicon: [iron, forge, hand]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  made_to_order: {within: 12w, terms: [made to order]}
""",
}


@pytest.fixture(scope="module")
def lint_forge(lint_profile_texts):
    return lint_profile_texts(FORGE, "bigorne", "after_sales")


# Work on the reader's thing ("repaint it on site") at a time that happens to be the
# delivery's commitment is no delivery in other words: a service level nobody declared
# (a warning); an act that carries the thing to the reader may be the delivery (a hint).
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "We are sorry the finish on your gate has flaked. Our team will repaint it on "
           "site within 5 days, at no cost to you.", ["BL304"]),
    ("en", "We are sorry for the delay. We'll bring it to you within 5 days.", []),
    ("fr", "Nous sommes désolés pour la peinture de votre portail. Notre équipe la repeindra "
           "sur place sous 4 jours.", ["BL304"]),
    ("fr", "Nous sommes désolés pour ce retard. Nous vous la rapportons sous 4 jours.", []),
])
def test_work_on_the_readers_thing_is_no_delivery(lint_forge, lang, text, expected):
    assert codes(lint_forge(lang, text, "after_sales")) == expected


# A day counted back from the reader's event (« la veille », "the day before") makes the
# day set beside it that event's too: « arrive la veille ou le matin même » is a schedule,
# not a same-day promise; the same day alone still is one.
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Montage sur place\n\nNotre équipe arrive la veille ou le matin même. Le montage "
           "demande en général six à huit heures.", []),
    ("fr", "Livraison le jour même.", ["BL304"]),
    ("en", "On-site set-up\n\nOur crew arrives the day before or the same morning.", []),
    ("en", "Order by 10am, delivered the same day.", ["BL302"]),
])
def test_a_day_of_the_readers_event(lint_events, lang, text, expected):
    assert codes(lint_events(lang, text, "web")) == expected


# A rank that names a company set against a market or a place is the brand's, whoever
# holds the clause and whatever its tense ("As the UK's leading … company, we have…",
# « entre les mains du n°1 … en France »); a supplier or carrier so ranked is someone else.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "As the UK's leading fireworks display company, we have brought magic to over "
           "3,000 celebrations.", ["BL303"]),
    ("en", "We hired our trucks from the UK's leading van hire company.", []),
    ("en", "Your rockets travel with Haulex, the UK's leading haulage company.", []),
    ("fr", "Vous êtes entre les mains du n°1 du feu d'artifice en France.", ["BL303"]),
    ("fr", "Votre colis part avec Transpyro, n°1 du transport en Europe.", []),
])
def test_a_rank_that_names_a_party(lint_events, lang, text, expected):
    assert codes(lint_events(lang, text, "email")) == expected


# A verbless line opened by the readiness (« Prête à glisser quatre semaines après notre
# rendez-vous », "Ready to ride four weeks after our meeting") times the made item the page
# is about, counted from the meeting; the reader ready to surf is no thing made ready.
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Votre planche sur mesure\n\nJoan dessine la ligne et pose le rail.\n\nPrête à "
           "glisser quatre semaines après notre rendez-vous.", ["BL302"]),
    ("fr", "Votre planche sur mesure\n\nJoan dessine la ligne.\n\nPrête à glisser dix "
           "semaines après notre rendez-vous.", []),
    ("fr", "Vous serez prêt à surfer deux jours après notre cours.", []),
    ("en", "Your custom board\n\nJoan draws the line.\n\nReady to ride four weeks after our "
           "meeting.", ["BL302"]),
    ("en", "Your custom board\n\nJoan draws the line.\n\nReady to ride twelve weeks after "
           "our meeting.", []),
])
def test_ready_counted_from_our_meeting(lint_boards, lang, text, expected):
    assert codes(lint_boards(lang, text, "web")) == expected


# An estimate is a quote by another name (« devis » in French): a firm time on it is a
# service level nobody declared; the word in its other sense times nothing.
@pytest.mark.parametrize("text,expected", [
    ("We're sorry the chime is still out of sync. Send us a short video and you will have a "
     "revised estimate by tonight.", ["BL304"]),
    ("Our estimate is that the clock dates from 1870.", []),
])
def test_an_estimate_is_a_quote(lint_forge, text, expected):
    assert codes(lint_forge("en", text, "after_sales")) == expected


# Near misses a check run on older sets caught: "Ready-made" names a kind of goods, nothing
# made ready; confirming a booking is a reply in other words, not work on the reader's
# thing (it stays a hint at a reply's time); what a tool of the site puts out ("the
# calculator gives you an instant estimate") is the tool's, not a service's.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Stock your freezer! Ready-made lasagne, frozen curries: reheat in 4 minutes and "
           "you're done.", []),
    ("en", "Book any time, and we confirm your place within 48 hours.", []),
    ("fr", "La réservation en ligne est ouverte 24h/24 ; nous confirmons votre place sous "
           "48 heures.", []),
    ("en", "Energy savings calculator\nEnter your floor area and the calculator gives you an "
           "instant rough estimate of your savings.", []),
    ("fr", "Simulateur d'économies\nIndiquez votre surface : le simulateur vous donne un devis "
           "immédiat.", []),
])
def test_near_misses_of_older_sets(lint_forge, lang, text, expected):
    assert codes(lint_forge(lang, text, "after_sales")) == expected


PARK = {
    "fr": """
brand: Éclaboussade
language: fr
central_idea:
  statement: "Le jeu dans l'eau, entre amis."
  lexicon: [eau, jeu, amis]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  refund: {within: 21d}
  weather_rebooking: {within: 7d, terms: [nouvelle date]}
""",
    "en": """
brand: Eclaboussade
language: en
central_idea:
  statement: "Play in the water, with friends."
  lexicon: [water, play, friends]
channels:
  after_sales: {tones: [reassurance, solution], service: true}
promises:
  refund: {within: 21d}
  weather_rebooking: {within: 7d, terms: [rebook, rebooking]}
""",
}


@pytest.fixture(scope="module")
def lint_park(lint_profile_texts):
    return lint_profile_texts(PARK, "eclaboussade", "after_sales")


def test_money_back_is_a_refund(lint_park):
    # "It will be back on your card" after « we're refunding the full £190 »: money given
    # back is the refund's time (14 days against 21), not the rebooking the line names
    text = ("As you'd rather not rebook, we're refunding the full £190. It will be back on "
            "your card within 14 days.")
    assert codes(lint_park("en", text, "after_sales")) == ["BL302"]


TABLES = {
    "fr": """
brand: Billards Carambolin
language: fr
central_idea:
  statement: "La table qui traverse les générations."
  lexicon: [table, génération, bois]
channels:
  shop: {tones: [deal], idea: false}
promises:
  delivery: {within: 3w}
  response: {within: 48h}
  table_making: {within: 12w, terms: [fabrication, table sur mesure]}
""",
    "en": """
brand: Carambolin Billiards
language: en
central_idea:
  statement: "The table that outlasts generations."
  lexicon: [table, generation, wood]
channels:
  shop: {tones: [deal], idea: false}
promises:
  delivery: {within: 3w}
  response: {within: 48h}
  table_making: {within: 14w, terms: [making, made-to-order table]}
""",
}


@pytest.fixture(scope="module")
def lint_tables(lint_profile_texts):
    return lint_profile_texts(TABLES, "carambolin", "shop")


# Each delay times its own act: a service word another delay of the sentence stands
# nearer is that delay's (« 12 semaines de fabrication »), and two nouns joined by « et »
# are timed together, the declared one first (« livraison et installation … dans les 3
# semaines »: the delivery's three weeks, at its commitment).
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Comptez 12 semaines de fabrication à l'atelier, livraison et installation "
           "comprises dans les 3 semaines qui suivent.", []),
    ("fr", "Comptez 12 semaines de fabrication à l'atelier, livraison et installation "
           "comprises dans les 10 jours qui suivent.", ["BL302"]),
    ("fr", "Comptez 8 semaines de fabrication à l'atelier, livraison comprise dans les 3 "
           "semaines qui suivent.", ["BL302"]),
    ("en", "Allow 14 weeks for the making in our workshop, with delivery and installation "
           "included in the 3 weeks that follow.", []),
    ("en", "Allow 14 weeks for the making in our workshop, with delivery and installation "
           "included in the 10 days that follow.", ["BL302"]),
])
def test_each_delay_times_its_own_act(lint_tables, lang, text, expected):
    assert codes(lint_tables(lang, text, "shop")) == expected


# A trade's history told: an absolute in the perfect, from a time long before anyone in the
# trade now, said of a kind of goods in general ("Since the 1830s … serious billiard tables
# have always been built on stone"); the brand's own record or the present still fire.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Since the 1830s, when slate replaced timber beds, serious billiard tables have "
           "always been built on stone: it is flat, heavy and does not warp.", []),
    ("en", "Since the 1830s, billiard tables have always stayed perfectly flat.", []),
    ("en", "Since the 1830s our tables have always stayed perfectly flat.", ["BL301"]),
    ("en", "Our billiard tables always stay perfectly flat.", ["BL301"]),
    ("fr", "Depuis les années 1830, les billards ont toujours été construits sur ardoise : "
           "elle est plane et ne bouge pas.", []),
    ("fr", "Les billards sont toujours construits sur ardoise.", ["BL301"]),
])
def test_a_trades_history(lint_tables, lang, text, expected):
    found = [d.code for d in lint_tables(lang, text, "shop") if d.code == "BL301"
             and d.severity.name != "INFO"]
    assert found == expected


# A call back where the profile declares a response time and no callback is a reply by
# phone: at the response's time it is fine, faster it fires; a call with a task of its own
# ("to approve the drawing") stays a callback nobody declared.
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Agent : Si vous laissez un message, on vous rappelle sous 48 h.", []),
    ("en", "Agent: Leave a message and we'll call you back within two working days.", []),
    ("fr", "Agent : Je vous rappelle dans l'heure.", ["BL302"]),
    ("en", "Agent: I'll call you back within the hour.", ["BL302"]),
    ("en", "Your engraving request is logged. We will call you within 2 days to approve the "
           "drawing.", ["BL304"]),
])
def test_a_call_back_is_a_reply_by_phone(lint_forge, lang, text, expected):
    assert codes(lint_forge(lang, text, "after_sales")) == expected
