"""Tone in `brandlint eval` and `calibrate`: dominant-tone accuracy, cases on several
brand profiles, thresholds fitted from labels and from approved copy (counts by hand)."""

from __future__ import annotations

import json

import pytest

from brandlint.analysis import tone
from brandlint.cli import main
from brandlint.evaluation import ToneRow, calibrate_tone, propose_tone_from_approved, tone_fires
from tests.conftest import PROFILES, ROOT

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

LIMITS = dict(tone.lexicons.load("tone")["thresholds"])


def _row(i, raw, expected, tones=("surprise",)):
    return ToneRow(f"r{i}", raw, tones, expected, False)


def test_negative_threshold_decides_on_the_raw_weights():
    row = _row(0, {"pressure": 3.0, "surprise": 1.0}, True)
    assert tone_fires(row, LIMITS)  # 3.0 >= 2.5 and 3/4 of the tone
    assert not tone_fires(row, {**LIMITS, "negative_min": 3.5})
    assert not tone_fires(_row(1, {"pressure": 3.0, "surprise": 6.0}, False), LIMITS)  # share


def test_calibration_moves_a_threshold_that_misses_labelled_drafts():
    # pressure 2.0 is labelled negative, 1.0 is not: the shipped 2.5 misses the first
    rows = [_row(0, {"pressure": 2.0}, True), _row(1, {"pressure": 1.0, "surprise": 0.5}, False),
            _row(2, {"surprise": 3.0}, False), _row(3, {"coldness": 4.0}, True)]
    result = calibrate_tone(rows, LIMITS)
    assert result["current_score"]["recall"] == 0.5
    assert result["fitted_score"] == {"precision": 1.0, "recall": 1.0, "f0.5": 1.0}
    assert 1.0 < result["fitted"]["negative_min"] <= 2.0


def test_approved_copy_sets_the_most_sensitive_threshold_within_the_share():
    # 20 approved drafts: one carries pressure 3.0, the others 0.5 of it and 2 of joy
    rows = [_row(0, {"pressure": 3.0, "joy": 1.0}, False)] + [
        _row(i, {"pressure": 0.5, "joy": 2.0}, False, ("joy",)) for i in range(1, 20)]
    result = propose_tone_from_approved(rows, LIMITS, max_share=0.05)  # 1 of 20 may be flagged
    assert result["proposed"]["negative_min"] == 1.0  # 0.5 never reaches 1.0; 3.0 is the one
    assert result["proposed_flagged"] == 1 and result["current_flagged"] == 1
    strict = propose_tone_from_approved(rows, LIMITS, max_share=0.01)  # none may be flagged
    assert strict["proposed"]["negative_min"] == 4.0 and strict["proposed_flagged"] == 0


def _write(tmp_path, cases):
    path = tmp_path / "tone.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n",
                    encoding="utf-8")
    return path


def test_eval_reports_dominant_tone_accuracy_over_several_profiles(tmp_path, capsys):
    velora = str(ROOT / "profiles" / "velora.yaml")
    path = _write(tmp_path, [
        {"id": "a", "channel": "web", "tone": "pressure", "expect": {"tone": True},
         "text": "Dernière chance ! Plus que 2 jours, dépêchez-vous."},
        {"id": "b", "channel": "social", "tone": "collaboration", "profile": velora,
         "expect": {"tone": False},
         "text": "Ta plus belle balade ? Raconte-nous en commentaire et partage ta photo !"},
        {"id": "c", "channel": "store", "tone": "storytelling", "expect": {"tone": False},
         "text": "Quelle joie de fêter ça avec vous, plein de sourires au programme !"},
    ])
    assert main(["eval", str(path), "--profile", str(PROFILES["fr"]), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    accuracy = report["dominant_tone"]
    assert (accuracy["cases"], accuracy["correct"]) == (3, 2)  # c is joy, labelled story
    assert accuracy["wrong"] == [{"id": "c", "expected": "storytelling", "read": "joy"}]
    assert report["families"]["tone"]["tp"] == 1 and report["families"]["tone"]["tn"] == 2


def test_eval_rejects_an_unknown_tone_label(tmp_path, capsys):
    path = _write(tmp_path, [{"id": "a", "text": "Bonjour", "tone": "joie",
                              "expect": {"tone": False}}])
    assert main(["eval", str(path), "--profile", str(PROFILES["fr"])]) == 2
    assert "unknown tone `joie`" in capsys.readouterr().err


def test_check_verbose_prints_the_tone_and_its_words(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("Dernière chance ! Plus que 2 jours, dépêchez-vous.", encoding="utf-8")
    main(["check", str(draft), "--profile", str(PROFILES["fr"]), "--channel", "web",
          "--no-cache", "-v"])
    out = capsys.readouterr().out
    assert "tone on web: pressure" in out and "dernière chance" in out
