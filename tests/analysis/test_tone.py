"""The tone reading (analysis/tone.py) on the real models, FR and EN: lexicon words,
negation, intensifiers, urgency, coldness, and whose words they are."""

from __future__ import annotations

import pytest


def _read(analyse, text, lang="fr", channel="email"):
    return analyse(text, lang, channel).tone


@pytest.mark.parametrize("lang,text,tone", [
    ("fr", "Quelle joie de fêter ça avec vous, plein de sourires au programme !", "joy"),
    ("fr", "Découvrez notre boîte secrète : une surprise inattendue vous attend.", "surprise"),
    ("fr", "Dernière chance ! Plus que 2 jours, dépêchez-vous.", "pressure"),
    ("fr", "Nous vous informons que votre demande a été traitée conformément aux "
           "dispositions en vigueur.", "coldness"),
    ("en", "What a joy to celebrate with you: smiles and fun for everyone!", "joy"),
    ("en", "Last chance! Only 3 left, hurry: the offer ends tonight.", "pressure"),
    ("en", "Please be advised that your request has been processed in accordance with "
           "our policy.", "coldness"),
    ("en", "What are you building this weekend? Show us in the comments!", "collaboration"),
])
def test_dominant_tone(analyse, lang, text, tone):
    assert _read(analyse, text, lang).dominant == tone


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne sommes pas ravis de ce retard."),
    ("en", "We are not happy with how this went."),
])
def test_negated_joy_reads_as_disappointment(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.raw.get("joy", 0) == 0 and tone.raw.get("disappointment", 0) > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas de stress : nous nous occupons de tout."),
    ("en", "No worries at all, we'll take care of it."),
])
def test_negated_worry_is_reassurance_not_frustration(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.dominant == "reassurance"
    assert not any(tone.raw.get(t, 0) for t in ("frustration", "anger", "pressure"))


@pytest.mark.parametrize("lang,plain,strong", [
    ("fr", "Nous sommes ravis de vous accueillir.",
     "Nous sommes vraiment ravis de vous accueillir."),
    ("en", "We are delighted to welcome you.", "We are really delighted to welcome you."),
])
def test_intensifier_strengthens_the_word(analyse, lang, plain, strong):
    assert _read(analyse, strong, lang).raw["joy"] > _read(analyse, plain, lang).raw["joy"]


def test_downtoner_softens_the_word(analyse):
    plain = _read(analyse, "This update is disappointing.", "en").raw["disappointment"]
    soft = _read(analyse, "This update is a bit disappointing.", "en").raw["disappointment"]
    assert soft < plain


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous nous écrivez : « C'est inadmissible, je suis furieux ! » Nous comprenons."),
    ("en", "You wrote: \"This is outrageous, I'm furious!\" We understand."),
])
def test_quoted_customer_anger_is_not_the_brands_tone(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.raw.get("anger", 0) == 0
    assert tone.dominant == "empathy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous comprenons votre déception et votre frustration."),
    ("en", "We understand your frustration and your disappointment."),
])
def test_customer_feeling_named_is_empathy(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert tone.raw.get("frustration", 0) == tone.raw.get("disappointment", 0) == 0
    assert tone.dominant == "empathy"


def test_countdown_pattern_is_pressure(analyse):
    tone = _read(analyse, "J-3 avant la fin : plus que 48 heures !")
    assert tone.dominant == "pressure"
    assert any("plus que 48 heures" in w or "j-3" in w for w in tone.words("pressure"))


def test_plain_end_date_is_not_pressure(analyse):
    tone = _read(analyse, "Offre valable jusqu'au 31 janvier sur toute la gamme.")
    assert tone.raw.get("pressure", 0) == 0


def test_passive_administrative_phrasing_adds_coldness(analyse):
    tone = _read(analyse, "Il est rappelé que les dossiers incomplets ne seront pas traités "
                          "et que toute demande doit être dûment justifiée.")
    assert tone.dominant == "coldness"
    assert tone.raw["coldness"] >= 2


def test_warm_notice_is_not_cold(analyse):
    tone = _read(analyse, "Bonne nouvelle : votre vélo est réparé, il vous attend !")
    assert tone.raw.get("coldness", 0) == 0


def test_profile_extends_a_tone_lexicon(tmp_path):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import parse_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap
    from tests.conftest import PROFILES

    text = PROFILES["fr"].read_text(encoding="utf-8") + \
        "tone:\n  lexicon:\n    joy: [briquette@2]\n"
    profile = parse_profile(text)
    engine = Engine(profile, Analyser(profile), Selection.build(profile))
    draft = "Une briquette pour chacun."
    doc = Document(path="d.txt", text=draft, source_map=SourceMap(draft), channel="store")
    result = next(iter(engine.run([doc])))
    assert result.scores["tone_detail"]["raw"].get("joy") == 2
    assert "briquette" in result.scores["tone_detail"]["words"]["joy"]


def test_profile_with_an_unknown_tone_in_its_lexicon_is_refused():
    from brandlint.errors import ProfileError
    from brandlint.profile import parse_profile
    from tests.conftest import PROFILES

    text = PROFILES["fr"].read_text(encoding="utf-8") + "tone:\n  lexicon:\n    joie: [fête]\n"
    with pytest.raises(ProfileError) as err:
        parse_profile(text)
    assert "did you mean `joy`" in str(err.value)
