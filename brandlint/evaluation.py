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
TONE_LABELS = ("joy", "surprise", "reassurance", "empathy", "solution", "speed", "deal",
               "collaboration", "storytelling", "anger", "frustration", "disappointment",
               "pressure", "coldness", "neutral")


@dataclass(frozen=True)
class Case:
    id: str
    channel: str | None
    text: str
    expect: dict[str, bool]
    line: int
    profile: str | None = None  # a case may name its own brand profile (several brands)
    tone: str | None = None     # the tone the draft reads as (dominant-tone accuracy)
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
        tone = record.get("tone")
        if tone is not None and tone not in TONE_LABELS:
            from brandlint.profile.suggest import did_you_mean

            raise BrandlintError(f"{path}:{number}: unknown tone `{tone}`"
                                 f"{did_you_mean(str(tone), TONE_LABELS)}")
        profile = record.get("profile")
        cases.append(Case(case_id, record.get("channel"), record["text"],
                          {k: bool(v) for k, v in record["expect"].items()}, number,
                          _profile_path(profile, path) if profile else None, tone,
                          tuple(kinds)))
    return cases


def _profile_path(name: str, cases_path: str | Path) -> str:
    """A case's `profile`, relative to the working directory or else to the set's folder
    and its parents (corpora/eval/x.jsonl naming profiles/verel.yaml)."""
    if Path(name).exists():
        return name
    for folder in Path(cases_path).resolve().parents:
        if (folder / name).exists():
            return str(folder / name)
    raise BrandlintError(f"{cases_path}: profile `{name}` named by a case not found")


def run_cases(engine, cases: list[Case], path: str,
              min_severity: Severity = Severity.WARNING, engine_for=None) -> list[Outcome]:
    """Outcomes in the order of `cases`; cases that name another profile run on the
    engine `engine_for(profile)` gives (the default engine when it is None)."""
    groups: dict[str | None, list[Case]] = {}
    for case in cases:
        groups.setdefault(case.profile if engine_for else None, []).append(case)
    by_id: dict[str, Outcome] = {}
    for profile, group in groups.items():
        runner = engine if profile is None else engine_for(profile)
        for outcome in _run_group(runner, group, path, min_severity):
            by_id[outcome.case.id] = outcome
    return [by_id[c.id] for c in cases]


def _run_group(engine, cases: list[Case], path: str, min_severity: Severity) -> list[Outcome]:
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


def predicted_tone(outcome: Outcome) -> str:
    detail = outcome.scores.get("tone_detail") or {}
    return detail.get("dominant") or "neutral"


def tone_accuracy(outcomes: list[Outcome]) -> dict | None:
    """Dominant-tone accuracy over the cases labelled with a top-level `tone`."""
    labelled = [o for o in outcomes if o.case.tone]
    if not labelled:
        return None
    wrong = [(o.case.id, o.case.tone, predicted_tone(o)) for o in labelled
             if predicted_tone(o) != o.case.tone]
    return {"cases": len(labelled), "correct": len(labelled) - len(wrong),
            "accuracy": round((len(labelled) - len(wrong)) / len(labelled), 3),
            "wrong": [{"id": i, "expected": e, "read": r} for i, e, r in wrong]}
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
    accuracy = tone_accuracy(outcomes)
    if accuracy:
        lines.append(f"dominant tone: {accuracy['correct']}/{accuracy['cases']} right "
                     f"(accuracy {accuracy['accuracy']:.3f})")
    for family, s in scores.items():
        if not family_has_rules(family):
            continue
        for label, ids in (("missed", s.misses), ("false alarm", s.false_alarms)):
            for case_id in ids:
                codes = ",".join(by_id[case_id].fired.get(family, [])) or "-"
                lines.append(f"  {family} {label}: {case_id} (fired: {codes})")
    for wrong in (accuracy or {}).get("wrong", []):
        lines.append(f"  tone read: {wrong['id']} (labelled {wrong['expected']}, "
                     f"read {wrong['read']})")
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
    return "\n".join(lines)


__all__ = ["FAMILIES", "Case", "calibrate", "evaluate", "load_cases", "run_cases"]


# -- tone calibration ----------------------------------------------------------------------

TONE_RULES = ("BL205", "BL206", "BL207")
TONE_GRIDS = {
    "clear_fit": (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3),
    "clear_strength": (2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0),
    "clear_share": (0.5, 0.6, 0.7, 0.8, 0.9),
    "clear_coverage": (0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.0),  # strictest first
    "negative_min": (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0),
    "negative_share": (0.2, 0.3, 0.4, 0.5, 0.6),
    "cold_min": (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0),
    "cold_share": (0.2, 0.3, 0.35, 0.4, 0.5, 0.6),
}
# the second gates, fitted by `scripts/tone/pick_thresholds.py --grid --keys …` only (the
# F0.5 ascent of `calibrate` keeps the grids above): strictest first
TONE_GATE_GRIDS = {
    "dominated_fit": (0.10, 0.15, 0.2, 0.25, 0.3),
    "dominance": (8.0, 6.0, 5.0, 4.0, 3.0),
    "spread_fit": (0.0, 0.15, 0.2, 0.25, 0.3),
    "spread_dominance": (8.0, 6.0, 5.0, 4.0, 3.0),
    "spread_coverage": (1.0, 0.7, 0.6, 0.5, 0.4, 0.3, 0.0),
    "cold_alone_min": (99.0, 1.5, 1.2, 1.0, 0.8),
    "cold_alone_share": (1.0, 0.9, 0.8, 0.7, 0.6),
}


@dataclass(frozen=True)
class ToneRow:
    id: str
    raw: dict
    tones: tuple[str, ...]  # the channel's target tones
    expected: bool
    other: bool  # another tone rule (length, readability, register) fired
    coverage: dict | None = None  # each tone's spread over the draft's sentences
    idea: dict | None = None  # each tone's weight said in the brand's idea words
    purposes: tuple = ()  # the tones the page's headings name as its job
    service: bool = False  # a service channel's reading (a neighbour serves beside a target)


def tone_rows(outcomes: list[Outcome], channel_tones) -> list[ToneRow]:
    """`channel_tones(case)` gives the case's channel's tones (its own profile's)."""
    rows = []
    for o in outcomes:
        detail = o.scores.get("tone_detail")
        if "tone" not in o.case.expect or detail is None:
            continue
        other = any(c not in TONE_RULES for c in o.fired.get("tone", []))
        rows.append(ToneRow(o.case.id, detail["raw"], tuple(channel_tones(o.case)),
                            o.case.expect["tone"], other, detail.get("coverage"),
                            detail.get("idea", {}), tuple(detail.get("purposes", ())),
                            bool(detail.get("service", False))))
    return rows


def tone_fires(row: ToneRow, limits: dict) -> bool:
    from brandlint.analysis import tone

    reading = tone.ToneReading(dict(row.raw), spread=row.coverage, idea=row.idea,
                               purposes=tuple(row.purposes), service=row.service)
    _, clear = tone.off_target(reading, row.tones, limits)
    return row.other or clear or tone.negative(reading, row.tones, limits) is not None \
        or tone.cold(reading, row.tones, limits)


def f_beta(score: FamilyScore, beta: float = 0.5) -> float:
    """F0.5: precision weighs twice as much as recall (precision before recall)."""
    p, r = score.precision or 0.0, score.recall or 0.0
    return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0


def _tone_score(rows: list[ToneRow], limits: dict) -> FamilyScore:
    return score_outcomes((r.id, r.expected, tone_fires(r, limits)) for r in rows)


def fit_tone(rows: list[ToneRow], start: dict, passes: int = 3) -> tuple[dict, float]:
    """Coordinate ascent of F0.5 over the tone thresholds, each on its grid; among equal
    values, the middle of the tied range."""
    limits = dict(start)
    best = f_beta(_tone_score(rows, limits))
    for _ in range(passes):
        changed = False
        for key, grid in TONE_GRIDS.items():
            scored = [(f_beta(_tone_score(rows, {**limits, key: v})), v) for v in grid]
            top = max(f for f, _ in scored)
            ties = [v for f, v in scored if f >= top - 1e-9]
            choice = ties[len(ties) // 2]
            if choice != limits[key] and top >= best - 1e-9:
                limits[key], best, changed = choice, top, True
        if not changed:
            break
    return limits, best


def calibrate_tone(rows: list[ToneRow], current: dict, k: int = 5) -> dict | None:
    if not rows or not any(r.expected for r in rows) or all(r.expected for r in rows):
        return None
    fitted, _ = fit_tone(rows, current)
    predictions = []
    for fold in range(k):
        train = [r for r in rows if _fold(r.id, k) != fold]
        test = [r for r in rows if _fold(r.id, k) == fold]
        if train and test:
            limits, _ = fit_tone(train, current)
            predictions += [(r.id, r.expected, tone_fires(r, limits)) for r in test]
    now, then, cv = _tone_score(rows, current), _tone_score(rows, fitted), \
        score_outcomes(predictions)
    return {"cases": len(rows), "current": {k: current[k] for k in TONE_GRIDS},
            "current_score": _pr(now), "fitted": {k: fitted[k] for k in TONE_GRIDS},
            "fitted_score": _pr(then), "cross_validated": _pr(cv)}


def _pr(score: FamilyScore) -> dict:
    return {"precision": _round(score.precision), "recall": _round(score.recall),
            "f0.5": _round(f_beta(score))}


def render_tone_calibration(result: dict | None) -> str:
    if not result:
        return ("tone: nothing to calibrate (the set needs tone cases labelled true and "
                "false)")
    def pr(s: dict) -> str:
        return f"P {_fmt(s['precision'])} R {_fmt(s['recall'])} F0.5 {_fmt(s['f0.5'])}"
    lines = [f"tone thresholds over {result['cases']} cases (F0.5: precision first):",
             f"  current: {pr(result['current_score'])}",
             f"  fitted:  {pr(result['fitted_score'])} (on the cases it was fitted on)",
             f"  5-fold cross-validated: {pr(result['cross_validated'])}",
             "", "Profile lines to paste:", "tone:"]
    lines += [f"  {k}: {v}" for k, v in result["fitted"].items()]
    return "\n".join(lines)


def propose_tone_from_approved(rows: list[ToneRow], current: dict, max_share: float) -> dict:
    """Approved copy should read on target, neither negative nor cold: for each sensitivity
    threshold, the most sensitive value on its grid under which at most `max_share` of the
    approved drafts would get a tone warning (BL205 clear, BL206, BL207)."""
    limits = dict(current)

    def flagged(values: dict) -> int:
        return sum(tone_fires(r, values) for r in rows)

    allowed = int(max_share * len(rows))
    for key in ("negative_min", "cold_min", "clear_strength"):
        for value in TONE_GRIDS[key]:  # most sensitive first
            if flagged({**limits, key: value}) <= allowed:
                limits[key] = value
                break
        else:
            limits[key] = TONE_GRIDS[key][-1]
    return {"drafts": len(rows), "max_share": max_share,
            "current": {k: current[k] for k in ("negative_min", "cold_min", "clear_strength")},
            "current_flagged": flagged(current),
            "proposed": {k: limits[k] for k in ("negative_min", "cold_min", "clear_strength")},
            "proposed_flagged": flagged(limits)}


def render_tone_approved(result: dict) -> str:
    n = result["drafts"]
    if not n:
        return ""
    def pct(k: int) -> str:
        return f"{k} of {n} ({100 * k / n:.1f}%)"
    lines = ["Tone thresholds (approved copy should read on target, neither negative nor cold)",
             f"  today     {result['current']}: {pct(result['current_flagged'])} would get a "
             "tone warning",
             f"  proposed  {result['proposed']}: {pct(result['proposed_flagged'])} "
             f"(the goal: at most {100 * result['max_share']:g}%)",
             "Paste into the profile:", "  tone:"]
    lines += [f"    {k}: {v}" for k, v in result["proposed"].items()]
    return "\n".join(lines)
__all__ = ["FAMILIES", "Case", "calibrate", "evaluate", "evaluate_kinds", "load_cases",
           "render_kinds", "run_cases"]
