"""tonefeatures.py OUT.jsonl SET... : every tone-labelled draft's tone reading, one JSON a line.

For fitting and checking the dominant-tone weights (scripts/dev/fitdominant.py): per draft
the set, id, labelled tone, the rule's dominant, and per tone the reading's heard weight,
share, coverage and variety, with the channel's targets and service flag."""
import json
import sys
from pathlib import Path

import functools

import brandlint.analysis.pipeline as P
import brandlint.analysis.tone as T
from brandlint.api import Checker
from brandlint.evaluation import load_cases

P.load_pipeline = functools.cache(P.load_pipeline)  # the models once, not once a brand
captured = []
_read = T.read_tone


def _capture(analysis):
    reading = _read(analysis)
    captured.append(reading)
    return reading


T.read_tone = _capture
checkers: dict[str, Checker] = {}


def checker(profile: str) -> Checker:
    if profile not in checkers:
        checkers.clear()  # one brand's engine at a time
        checkers[profile] = Checker(profile)
    return checkers[profile]


def profile_for(path: Path, case) -> str:
    if case.profile:
        return case.profile
    slug, lang = path.stem.rsplit("-", 1)
    return f"profiles/{slug}.yaml" if lang == "fr" else f"profiles/{slug}-en.yaml"


def opening(r) -> dict[str, float]:
    """Each tone's weight in the brand's first sentence (what the draft opens on)."""
    if not r.sentences:
        return {}
    lo, hi = r.sentences[0]
    first: dict[str, float] = {}
    for e in r.evidence:
        if lo <= e.start < hi and e.weight > 0:
            first[e.tone] = first.get(e.tone, 0.0) + e.weight
    return first


def main() -> None:
    out = open(sys.argv[1], "w")
    files = []
    for arg in map(Path, sys.argv[2:]):
        files += [arg] if arg.suffix == ".jsonl" else sorted(arg.glob("*.jsonl"))
    for path in files:
        setname = path.parent.name if path.parent.name != "eval" else path.stem
        for case in load_cases(path):
            if not case.tone:
                continue
            captured.clear()
            list(checker(profile_for(path, case)).check_texts([case.text], channel=case.channel))
            if not captured:
                continue
            r = captured[-1]
            tones = sorted(set(r.raw) | set(T.POSITIVE))
            row = {"set": setname, "file": path.name, "id": case.id, "tone": case.tone,
                   "rule": r.dominant, "targets": list(r.targets), "service": r.service,
                   "short": r.short_channel, "case_reply": r.case_reply, "words": r.word_count,
                   "sign_off": r.sign_off, "event_time": r.event_time,
                   "upset_answered": r.upset_answered, "upset_comfort": r.upset_comfort,
                   "fix_time": r.fix_time, "moment_time": r.moment_time,
                   "moment_beats": r.moment_beats, "raw": r.raw,
                   "coverage": {t: r.coverage(t) for t in r.raw},
                   "variety": {t: r.variety(t) or 0 for t in r.raw},
                   "warm": r.positive_strength, "first": opening(r), "sentences": len(r.sentences)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        print(path, flush=True)


main()
