"""`brandlint eval` and `brandlint calibrate`: brandlint measured on labelled drafts."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from brandlint.diagnostics import Severity
from brandlint.errors import BrandlintError
from brandlint.rules.base import FAMILIES
from brandlint.sources import Document, SourceMap

SCORED_FAMILIES = ("idea", "tone", "overpromise", "sincerity", "terminology")


@dataclass(frozen=True)
class Case:
    id: str
    channel: str | None
    text: str
    expect: dict[str, bool]
    line: int
    kinds: tuple[str, ...] = ()  # optional: which kinds of problem the draft has


@dataclass
class Outcome:
    case: Case
    fired: dict[str, list[str]]  # family -> codes at or above the threshold
    scores: dict


def load_cases(path: str | Path) -> list[Case]:
    cases, seen = [], set()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BrandlintError(f"{path}: cannot read the labelled set: {exc}") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise BrandlintError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or not isinstance(record.get("expect"), dict):
            raise BrandlintError(f"{path}:{number}: a case needs `text` (string) and "
                                 "`expect` (object of family: true/false)")
        unknown = set(record["expect"]) - set(SCORED_FAMILIES)
        if unknown:
            raise BrandlintError(f"{path}:{number}: unknown family in `expect`: "
                                 f"{', '.join(sorted(unknown))} (families: "
                                 f"{', '.join(SCORED_FAMILIES)})")
        kinds = record.get("kinds", [])
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise BrandlintError(f"{path}:{number}: `kinds` must be a list of names")
        case_id = str(record.get("id", f"line-{number}"))
        if case_id in seen:
            raise BrandlintError(f"{path}:{number}: duplicate id `{case_id}`")
        seen.add(case_id)
        cases.append(Case(case_id, record.get("channel"), record["text"],
                          {k: bool(v) for k, v in record["expect"].items()}, number,
                          tuple(kinds)))
    return cases


def run_cases(engine, cases: list[Case], path: str,
              min_severity: Severity = Severity.WARNING) -> list[Outcome]:
    documents = (Document(path=path, text=c.text, id=c.id, channel=c.channel,
                          source_map=SourceMap(c.text, base_line=c.line - 1)) for c in cases)
    outcomes = []
    for case, result in zip(cases, engine.run(documents), strict=True):
        fired: dict[str, list[str]] = {}
        for d in result.diagnostics:
            if d.severity >= min_severity and d.family in SCORED_FAMILIES:
                fired.setdefault(d.family, []).append(d.code)
            elif d.family == "input":
                raise BrandlintError(f"{path}:{case.line}: case `{case.id}`: {d.message}")
        outcomes.append(Outcome(case, fired, result.scores))
    return outcomes


@dataclass
class FamilyScore:
    family: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def to_json(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": _round(self.precision), "recall": _round(self.recall),
                "f1": _round(self.f1), "misses": self.misses,
                "false_alarms": self.false_alarms}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def score_outcomes(outcomes: Iterable[tuple[str, bool, bool]]) -> FamilyScore:
    """(id, expected, predicted) triples -> confusion counts for one family."""
    score = FamilyScore("")
    for case_id, expected, predicted in outcomes:
        if expected and predicted:
            score.tp += 1
        elif expected:
            score.fn += 1
            score.misses.append(case_id)
        elif predicted:
            score.fp += 1
            score.false_alarms.append(case_id)
        else:
            score.tn += 1
    return score


def evaluate(outcomes: list[Outcome]) -> dict[str, FamilyScore]:
    scores = {}
    for family in SCORED_FAMILIES:
        triples = [(o.case.id, o.case.expect[family], family in o.fired)
                   for o in outcomes if family in o.case.expect]
        if triples:
            score = score_outcomes(triples)
            score.family = family
            scores[family] = score
    return scores


@dataclass
class KindScore:
    """Recall on the cases labelled with one kind of problem: a case is caught when a
    family it expects to fire does."""

    kind: str
    cases: int = 0
    caught: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.caught / self.cases if self.cases else None

    def to_json(self) -> dict:
        return {"cases": self.cases, "caught": self.caught, "recall": _round(self.recall),
                "missed": self.missed}


def evaluate_kinds(outcomes: list[Outcome]) -> dict[str, KindScore]:
    scores: dict[str, KindScore] = {}
    for o in outcomes:
        expected = [f for f, v in o.case.expect.items() if v]
        caught = any(f in o.fired for f in expected)
        for kind in o.case.kinds:
            score = scores.setdefault(kind, KindScore(kind))
            score.cases += 1
            if caught:
                score.caught += 1
            else:
                score.missed.append(o.case.id)
    return dict(sorted(scores.items()))


def render_kinds(kinds: dict[str, KindScore]) -> str:
    if not kinds:
        return ""
    lines = ["", "", f"{'kind':<16} {'cases':>5} {'caught':>6} {'recall':>7}"]
    for kind, k in kinds.items():
        lines.append(f"{kind:<16} {k.cases:>5} {k.caught:>6} {_fmt(k.recall):>7}")
    return "\n".join(lines)


def family_has_rules(family: str) -> bool:
    from brandlint.rules import all_rules

    return any(r.family == family and r.check is not None for r in all_rules())


def render_text(scores: dict[str, FamilyScore], outcomes: list[Outcome], path: str) -> str:
    by_id = {o.case.id: o for o in outcomes}
    lines = [f"{path}: {len(outcomes)} cases",
             f"{'family':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} "
             f"{'precision':>9} {'recall':>7} {'f1':>6}"]
    for family, s in scores.items():
        note = "" if family_has_rules(family) else "   (no rules for this family yet)"
        lines.append(f"{family:<12} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.tn:>4} "
                     f"{_fmt(s.precision):>9} {_fmt(s.recall):>7} {_fmt(s.f1):>6}{note}")
    for family, s in scores.items():
        if not family_has_rules(family):
            continue
        for label, ids in (("missed", s.misses), ("false alarm", s.false_alarms)):
            for case_id in ids:
                codes = ",".join(by_id[case_id].fired.get(family, [])) or "-"
                lines.append(f"  {family} {label}: {case_id} (fired: {codes})")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# -- calibration -------------------------------------------------------------------

GRID = tuple(round(0.05 + 0.025 * i, 3) for i in range(37))  # 0.05 … 0.95


def _idea_cases(outcomes: list[Outcome], carries_idea: set[str]
                ) -> list[tuple[str, str, float, bool, bool]]:
    """(id, channel, score, expected, fired by another idea rule) on idea channels."""
    rows = []
    for o in outcomes:
        if "idea" in o.case.expect and "central_idea" in o.scores \
                and o.case.channel in carries_idea:
            other = any(c != "BL101" for c in o.fired.get("idea", []))
            rows.append((o.case.id, o.case.channel, o.scores["central_idea"],
                         o.case.expect["idea"], other))
    return rows


def fit_threshold(rows) -> tuple[float, float]:
    """Threshold maximising F1; among equally good ones, the middle of the range
    (the margin is largest on both sides there)."""
    f1s = [(score_outcomes((r[0], r[3], r[2] < t or r[4]) for r in rows).f1 or 0.0, t)
           for t in GRID]
    best = max(f1 for f1, _ in f1s)
    ties = [t for f1, t in f1s if f1 >= best - 1e-9]
    return ties[len(ties) // 2], best


def _fold(case_id: str, k: int) -> int:
    return int(hashlib.sha1(case_id.encode()).hexdigest(), 16) % k


def cross_validate(rows, k: int = 5) -> tuple[float, list[float]]:
    predictions = []
    thresholds = []
    for fold in range(k):
        train = [r for r in rows if _fold(r[0], k) != fold]
        test = [r for r in rows if _fold(r[0], k) == fold]
        if not train or not test:
            continue
        t, _ = fit_threshold(train)
        thresholds.append(t)
        predictions += [(r[0], r[3], r[2] < t or r[4]) for r in test]
    return (score_outcomes(predictions).f1 or 0.0), thresholds


def calibrate(outcomes: list[Outcome], profile) -> dict:
    current = profile.central_idea.min_score
    rows = _idea_cases(outcomes, {n for n, c in profile.channels.items() if c.carries_idea})
    if not rows or not any(r[3] for r in rows) or all(r[3] for r in rows):
        return {"idea": None, "reason": "the set needs idea cases labelled true and false "
                                        "on channels that carry the idea"}
    current_f1 = score_outcomes((r[0], r[3], r[2] < current or r[4]) for r in rows).f1 or 0.0
    threshold, fitted = fit_threshold(rows)
    cv_f1, fold_thresholds = cross_validate(rows)
    per_channel = {}
    for channel in sorted({r[1] for r in rows}):
        subset = [r for r in rows if r[1] == channel]
        if len(subset) >= 8 and any(r[3] for r in subset) and not all(r[3] for r in subset):
            t, f1 = fit_threshold(subset)
            if abs(t - threshold) >= 0.05:
                per_channel[channel] = {"idea_min": t, "f1": round(f1, 3), "cases": len(subset)}
    return {"idea": {"cases": len(rows), "current_min_score": current,
                     "current_f1": round(current_f1, 3), "min_score": threshold,
                     "fitted_f1": round(fitted, 3), "cross_validated_f1": round(cv_f1, 3),
                     "fold_thresholds": fold_thresholds, "channels": per_channel}}


def render_calibration(result: dict) -> str:
    idea = result.get("idea")
    if not idea:
        return f"idea: nothing to calibrate ({result.get('reason')})"
    lines = [f"idea threshold over {idea['cases']} cases:",
             f"  current min_score {idea['current_min_score']:.3f}: F1 {idea['current_f1']:.3f}",
             f"  fitted  min_score {idea['min_score']:.3f}: F1 {idea['fitted_f1']:.3f} "
             f"(on the cases it was fitted on)",
             f"  5-fold cross-validated F1 {idea['cross_validated_f1']:.3f} "
             f"(fold thresholds: {', '.join(f'{t:.3f}' for t in idea['fold_thresholds'])})",
             "", "Profile lines to paste:", "central_idea:",
             f"  min_score: {idea['min_score']}"]
    if idea["channels"]:
        lines.append("channels:   # merge into the existing channel entries")
        for name, fit in idea["channels"].items():
            lines.append(f"  {name}: {{idea_min: {fit['idea_min']}}}   "
                         f"# F1 {fit['f1']:.3f} on {fit['cases']} cases")
    lines.append("")
    lines.append("tone: no tone score in this release; nothing to calibrate.")
    return "\n".join(lines)


__all__ = ["FAMILIES", "Case", "calibrate", "evaluate", "evaluate_kinds", "load_cases",
           "render_kinds", "run_cases"]
