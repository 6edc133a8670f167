"""What a text does, read from its body (issue 9): a reference text that tells how a value
is computed or what a classification's classes hold explains, it notifies no one; a
roadmap in the brand's own "we must", addressed to no reader, states the brand's duties,
no rule imposed on anyone; a name in a list of names ("Kotlin and Swift") is no tone; a
noun with its determiner (« pour tout usage ») is no mis-lemmatised verb. Real models, FR
and EN, each with its near miss."""

from __future__ import annotations

import pytest


def _cold(tone):
    return [e.text.lower() for e in tone.evidence if e.tone == "coldness" and e.weight > 0]


# -- a reference text --------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Calcul de l'indice de fraîcheur\nL'indice est calculé chaque matin à partir de "
           "trois mesures. La température du frigo est relevée à 6 h, puis un coefficient est "
           "appliqué selon la saison. Au-dessus du seuil de 8 °C, les produits sont retirés "
           "de la vente et les points du lot sont divisés par deux."),
    ("en", "How the freshness index is set\nThe index is calculated every morning from three "
           "readings. The fridge temperature is recorded at 6 am, then a seasonal coefficient "
           "is applied. Above the 8 °C threshold, the products are taken off sale and the "
           "batch's points are halved."),
])
def test_a_formula_told_in_passives_is_an_explanation_not_a_cold_notice(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind == "explanation"
    assert not any(e.signal == "passive" for e in a.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Catégorie 2. Graines germées\nLes graines germées, comme la luzerne ou le radis, "
           "sont obtenues à partir des graines de la catégorie 1 trempées puis rincées. "
           "Elles sont consommées crues, ou ajoutées aux plats de la catégorie 3."),
    ("en", "Class 2. Sprouted seeds\nSprouted seeds, such as alfalfa or radish, are obtained "
           "from Class 1 seeds that are soaked and rinsed. They are eaten raw, or added to "
           "Class 3 dishes."),
])
def test_a_class_defined_by_the_classes_around_it_is_an_explanation(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind == "explanation"
    assert not any(e.signal == "passive" for e in a.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    # the method's words in a reply about the reader's case: a notice, read as such
    ("fr", "Bonjour,\n\nNous vous informons que votre indemnité a été calculée selon le "
           "barème en vigueur. Le seuil de prise en charge n'étant pas atteint, votre "
           "demande est classée. Aucun recours n'est possible."),
    ("en", "Hello,\n\nPlease be advised that your compensation has been calculated according "
           "to the applicable scale. As the threshold was not reached, your claim is closed. "
           "No further action will be taken."),
])
def test_a_reply_that_applies_a_scale_to_the_readers_case_stays_cold(analyse, lang, text):
    a = analyse(text, lang, "after_sales")
    assert a.function.kind != "explanation"
    assert a.tone.raw.get("coldness", 0.0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    # one word of method is a mention, not a reference text; a package or a product's
    # recipe is the offer's sense of « formule », "formula"
    ("fr", "Nos formules\nFormule Découverte : deux séances, le matériel est fourni. Formule "
           "Saison : dix séances, le tarif est calculé au prorata. Chaque séance est suivie "
           "d'un goûter."),
    ("en", "Our packages\nDiscovery formula: two sessions, materials provided. Season formula: "
           "ten sessions, the fee is calculated pro rata. Every session is followed by a "
           "snack."),
])
def test_a_single_word_of_method_makes_no_reference_text(analyse, lang, text):
    assert analyse(text, lang, "web").function.kind is None


# -- the brand's own duties ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Objectifs 2027\nNous devons ouvrir deux nouveaux ateliers cette année. Les "
           "plannings doivent être prêts avant mars, et des stages pourront être organisés "
           "avec les écoles du quartier. Il est important que nous formions trois animateurs."),
    ("en", "Goals for 2027\nWe need to open two new workshops this year. The schedules must "
           "be ready by March, and courses could be organised with the local schools. It is "
           "important that we train three instructors."),
])
def test_a_roadmap_in_the_brands_we_must_is_a_programme_not_a_rule(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind == "programme"
    assert not any(e.signal == "passive" for e in a.tone.evidence)


@pytest.mark.parametrize("lang,text", [
    # the reader addressed: what must be done may be theirs
    ("fr", "Inscriptions 2027\nNous devons recevoir votre dossier avant mars. Les pièces "
           "doivent être envoyées avant la fin du mois et seront vérifiées sous huit jours."),
    ("en", "Enrolment 2027\nWe need to receive your file by March. The documents must be sent "
           "before the end of the month and will be checked within a week."),
])
def test_duties_beside_the_reader_addressed_make_no_programme(analyse, lang, text):
    a = analyse(text, lang, "web")
    assert a.function.kind != "programme"
    assert any(e.signal == "passive" for e in a.tone.evidence)


# -- names and nouns ----------------------------------------------------------------------

def test_a_name_in_a_list_of_names_carries_no_tone(analyse):
    text = ("Our mobile apps\nThe code of our apps is public. We maintain the Kotlin and "
            "Swift versions, and help is welcome.")
    tone = analyse(text, "en", "web").tone
    assert "swift" not in [e.text.lower() for e in tone.evidence if e.tone == "speed"]


def test_a_swift_reply_keeps_its_speed(analyse):
    text = "Thanks for writing in. Expect a swift reply from our team, and a fix by Friday."
    tone = analyse(text, "en", "after_sales").tone
    assert "swift" in [e.text.lower() for e in tone.evidence if e.tone == "speed"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos données\nLa base est publiée chaque nuit et peut être réutilisée pour tout "
           "usage, y compris commercial."),
    ("en", "Our data\nThe database is published every night and can be reused for any use, "
           "commercial included."),
])
def test_any_use_granted_is_no_cold_word(analyse, lang, text):
    assert "usage" not in _cold(analyse(text, lang, "web").tone)


def test_the_user_named_so_stays_cold(analyse):
    text = ("Madame,\n\nL'usager est tenu de présenter sa carte. Il est rappelé que "
            "l'usager doit se conformer au règlement.")
    assert any("usager" in w for w in _cold(analyse(text, "fr", "after_sales").tone))
