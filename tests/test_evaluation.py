"""`brandlint eval` and `calibrate`: figures checked against counts worked out by hand."""

from __future__ import annotations

import dataclasses
import json

import pytest

from brandlint.cli import main
from brandlint.evaluation import (
    Case,
    Outcome,
    calibrate,
    cross_validate,
    fit_threshold,
    score_outcomes,
)
from tests.conftest import PROFILES

# On sms (exempt from the idea, 160 characters) so that only the labelled families speak.
CASES = [
    {"id": "a", "channel": "sms", "text": "Des cadeaux pas chers pour Noël !",
     "expect": {"terminology": True, "overpromise": False}},          # term TP, over TN
    {"id": "b", "channel": "sms", "text": "Nos clients adorent construire.",
     "expect": {"terminology": False, "overpromise": False}},         # term TN, over TN
    {"id": "c", "channel": "sms", "text": "Votre coffret est livré en 24 h.",
     "expect": {"overpromise": True}},                                # over TP
    {"id": "d", "channel": "sms", "text": "Votre coffret est livré sous 3 jours.",
     "expect": {"overpromise": True}},                                # over FN (label wrong)
    {"id": "e", "channel": "sms", "text": "Nos briques ne cassent jamais.",
     "expect": {"overpromise": False}},                               # over FP (label wrong)
]


@pytest.fixture()
def cases_file(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n",
                    encoding="utf-8")
    return path


def test_eval_counts_match_the_hand_computed_confusion(cases_file, capsys):
    code = main(["eval", str(cases_file), "--profile", str(PROFILES["fr"]), "--format", "json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    over = report["families"]["overpromise"]
    # TP c; FN d; FP e; TN a, b  ->  P = 1/2, R = 1/2, F1 = 1/2
    assert (over["tp"], over["fp"], over["fn"], over["tn"]) == (1, 1, 1, 2)
    assert over["precision"] == 0.5 and over["recall"] == 0.5 and over["f1"] == 0.5
    assert over["misses"] == ["d"] and over["false_alarms"] == ["e"]
    term = report["families"]["terminology"]
    assert (term["tp"], term["fp"], term["fn"], term["tn"]) == (1, 0, 0, 1)
    assert set(report["families"]) == {"overpromise", "terminology"}  # only labelled ones


def test_eval_text_lists_misses_and_false_alarms_with_ids(cases_file, capsys):
    main(["eval", str(cases_file), "--profile", str(PROFILES["fr"])])
    out = capsys.readouterr().out
    assert "overpromise missed: d" in out and "overpromise false alarm: e (fired: BL301)" in out


def test_eval_rejects_an_unknown_family(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "Bonjour", "expect": {"tonne": true}}\n')
    assert main(["eval", str(path), "--profile", str(PROFILES["fr"])]) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err


def test_score_outcomes_by_hand():
    s = score_outcomes([("1", True, True), ("2", True, False), ("3", False, True),
                        ("4", False, False), ("5", True, True)])
    assert (s.tp, s.fn, s.fp, s.tn) == (2, 1, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 / 3)


def test_precision_is_undefined_when_nothing_fires():
    s = score_outcomes([("1", True, False), ("2", False, False)])
    assert s.precision is None and s.recall == 0


def _rows(pairs):
    # (id, channel, idea score, expected, fired by another idea rule)
    return [(f"c{i}", "email", score, expected, False) for i, (score, expected) in
            enumerate(pairs)]


def test_fit_threshold_separates_the_scores_and_takes_the_middle_of_the_best_range():
    rows = _rows([(0.05, True), (0.10, True), (0.30, False), (0.60, False)])
    threshold, f1 = fit_threshold(rows)
    # Any threshold in (0.10, 0.30] is perfect: grid points 0.125 … 0.30 -> middle 0.225
    assert f1 == 1.0 and threshold == pytest.approx(0.225)


def test_cross_validation_reports_held_out_f1():
    rows = _rows([(0.05, True), (0.10, True), (0.12, True), (0.30, False), (0.60, False),
                  (0.70, False), (0.08, True), (0.50, False), (0.40, False), (0.02, True)])
    f1, thresholds = cross_validate(rows)
    assert f1 == 1.0 and thresholds and all(0.1 < t <= 0.3 for t in thresholds)


def test_calibrate_proposes_profile_lines(engines):
    profile = engines["fr"].profile
    outcomes = [Outcome(Case(f"c{i}", "email", "", {"idea": expected}, i), {}, {"central_idea": s})
                for i, (s, expected) in enumerate([(0.05, True), (0.1, True), (0.3, False),
                                                   (0.6, False), (0.8, False)])]
    # a stricter profile threshold (0.35) would also flag the 0.3 negative: F1 0.8
    strict = [Outcome(o.case, o.fired, o.scores) for o in outcomes]
    stricter = dataclasses.replace(profile, central_idea=dataclasses.replace(
        profile.central_idea, min_score=0.35))
    assert calibrate(strict, stricter)["idea"]["current_f1"] == 0.8
    result = calibrate(outcomes, profile)["idea"]
    assert result["cases"] == 5 and result["fitted_f1"] == 1.0
    assert 0.1 < result["min_score"] <= 0.3
    # the default 0.2 already separates them: TP 2, FP 0, FN 0 -> F1 1
    assert result["current_f1"] == 1.0 and result["current_min_score"] == 0.2


def test_eval_prints_recall_per_kind_when_cases_carry_kinds(tmp_path, capsys):
    import json

    from brandlint.cli import main

    rows = [
        {"id": "a", "channel": "after_sales", "text": "Vous auriez dû lire nos CGV.",
         "expect": {"sincerity": True}, "kinds": ["blame"]},
        {"id": "b", "channel": "after_sales", "text": "Merci pour votre message, à bientôt.",
         "expect": {"sincerity": True}, "kinds": ["blame", "repeat"]},
        {"id": "c", "channel": "after_sales", "text": "Votre colis part demain.",
         "expect": {"sincerity": False}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    code = main(["eval", str(path), "--profile", str(PROFILES["fr"])])
    out = capsys.readouterr().out
    assert code == 0
    assert "blame                2      1   0.500" in out
    assert "repeat               1      0   0.000" in out
    main(["eval", str(path), "--profile", str(PROFILES["fr"]), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["kinds"]["blame"] == {"cases": 2, "caught": 1, "recall": 0.5,
                                        "missed": ["b"]}


def test_eval_without_kinds_prints_no_kind_table(cases_file, capsys):
    from brandlint.cli import main

    main(["eval", str(cases_file), "--profile", str(PROFILES["fr"])])
    assert "kind " not in capsys.readouterr().out


def test_eval_rejects_kinds_that_are_not_a_list(tmp_path):
    import pytest

    from brandlint.errors import BrandlintError
    from brandlint.evaluation import load_cases

    path = tmp_path / "cases.jsonl"
    path.write_text('{"text": "x", "expect": {"sincerity": true}, "kinds": "blame"}\n')
    with pytest.raises(BrandlintError, match="kinds"):
        load_cases(path)
