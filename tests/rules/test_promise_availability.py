"""Promise rules read the availability the profile loader normalised: French day names,
hours with minutes and hours past midnight work on every draft (issue 14: `days: lun-sam`
made every promise rule fail on every draft)."""

from __future__ import annotations

import pytest

from tests.conftest import PROFILES


def engine_for(engines, tmp_path, lang: str, hours: str, days: str):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    text = PROFILES[lang].read_text(encoding="utf-8")
    original = next(line for line in text.splitlines() if "availability:" in line)
    path = tmp_path / "profile.yaml"
    path.write_text(text.replace(original, f'  availability: {{hours: "{hours}", '
                                           f'days: "{days}"}}'), encoding="utf-8")
    profile = load_profile(path)
    return Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                  Selection.build(profile))


def diagnostics(engine, text: str):
    from brandlint.sources import Document, SourceMap

    document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                        channel="email")
    return next(iter(engine.run([document]))).diagnostics


@pytest.mark.parametrize("lang,hours,days,draft,suggestion", [
    ("fr", "9h30-19h", "lun-sam", "Notre service client vous répond 24h/24, 7j/7.",
     "du lundi au samedi, de 9 h 30 à 19 h"),
    ("fr", "9:30-19:00", "du lundi au samedi", "Notre service client vous répond 24h/24, 7j/7.",
     "du lundi au samedi, de 9 h 30 à 19 h"),
    ("en", "9am-7pm", "Mon–Fri", "Our support team is here for you 24/7.",
     "Monday to Friday, 9:00 to 19:00"),
])
def test_availability_written_as_people_write_it_is_checked(engines, tmp_path, lang, hours,
                                                            days, draft, suggestion):
    found = diagnostics(engine_for(engines, tmp_path, lang, hours, days), draft)
    assert "BL908" not in [d.code for d in found]
    (d,) = [d for d in found if d.code == "BL302"]
    assert f"{suggestion}" in d.suggestion  # quoted in the advice
    commits = "le profil s'engage sur" if lang == "fr" else "the profile commits to"
    assert f"{commits} `{hours}, {days}`" in d.message  # its own words


def test_french_days_do_not_break_delay_promises(engines, tmp_path):
    engine = engine_for(engines, tmp_path, "fr", "9h30-19h", "lun-sam")
    found = diagnostics(engine, "Votre coffret est livré en 24 h.")
    assert [d.code for d in found if d.code in ("BL302", "BL908")] == ["BL302"]


@pytest.mark.parametrize("draft,fires", [
    ("Notre service client vous répond de 20 h à 1 h.", False),
    ("Notre service client vous répond de 17 h à 1 h.", True),
    ("Notre service client vous répond de 20 h à 4 h.", True),
])
def test_hours_past_midnight(engines, tmp_path, draft, fires):
    found = diagnostics(engine_for(engines, tmp_path, "fr", "18-2", "7j/7"), draft)
    assert ("BL302" in [d.code for d in found]) is fires, draft
    assert "BL908" not in [d.code for d in found]


@pytest.mark.parametrize("draft,fires", [
    ("Notre service client vous répond de 9 h à 19 h.", True),
    ("Notre service client vous répond de 14 h à 18 h.", False),
])
def test_hours_with_a_lunch_break(engines, tmp_path, draft, fires):
    found = diagnostics(engine_for(engines, tmp_path, "fr", "9-12, 14-19", "lun-sam"), draft)
    assert ("BL302" in [d.code for d in found]) is fires, draft


# -- Sundays named every week are the days named, held to the profile's days (round 20) --
def _sunday_profiles(days: str) -> dict[str, str]:
    return {lang: f"""
brand: Dimanchette
language: {lang}
central_idea:
  statement: "Le goût du dimanche."
  lexicon: [dimanche, sunday]
channels:
  store: {{tones: [joy]}}
promises:
  availability: {{hours: "9-18", days: "{days}"}}
""" for lang in ("fr", "en")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe vous répond aussi le dimanche."),
    ("en", "Our team answers even on Sundays."),
])
def test_sundays_within_the_profiles_days_are_kept(lint_profile_texts, lang, text):
    run = lint_profile_texts(_sunday_profiles("wed-sun"), "dimanchette", "store")
    assert "BL302" not in [d.code for d in run(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe vous répond aussi le dimanche."),
    ("en", "Our team answers even on Sundays."),
])
def test_sundays_outside_the_profiles_days_fire(lint_profile_texts, lang, text):
    run = lint_profile_texts(_sunday_profiles("tue-sat"), "dimanchette-b", "store")
    assert "BL302" in [d.code for d in run(lang, text)]
