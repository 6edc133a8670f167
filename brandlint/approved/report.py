"""What `calibrate --approved` says: plain words for a copywriter, JSON for tools."""

from __future__ import annotations

import textwrap

from brandlint import __version__
from brandlint.approved.candidates import METHOD, MIN_DOCUMENTS, Candidate
from brandlint.approved.collect import ApprovedRun
from brandlint.approved.register import RegisterTally
from brandlint.approved.thresholds import (
    MIN_CHANNEL_DOCUMENTS,
    ChannelCalibration,
    IdeaCalibration,
    share,
)

LOWEST = 5
WIDTH = 88


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def profile_yaml(calibration: IdeaCalibration) -> str:
    """The lines to paste into the profile (merged into the existing entries)."""
    lines = ["central_idea:", f"  min_score: {calibration.min_score}"]
    own = [c for c in calibration.channels if c.own]
    dropped = [c for c in calibration.channels if c.drop]
    if own or dropped:
        lines.append("channels:")
    lines += [f"  {c.channel}: {{idea_min: {c.proposed}}}" for c in own]
    lines += [f"  # {c.channel}: remove `idea_min: {c.current}` (the brand-wide threshold "
              "fits it)" for c in dropped]
    return "\n".join(lines)


def to_json(run: ApprovedRun, calibration: IdeaCalibration, candidates: list[Candidate],
            profile: dict, paths: list[str]) -> dict:
    c = calibration
    return {
        "brandlint": __version__, "profile": profile, "paths": paths,
        "documents": run.documents, "idea_documents": c.documents,
        "exempt": dict(sorted(run.exempt.items())),
        "skipped": [{"document": s.label, "reason": s.reason} for s in run.skipped],
        "idea": {
            "max_share": c.max_share,
            "current_min_score": c.current_min_score, "current_below": c.current_below,
            "current_share": share(c.current_below, c.documents),
            "min_score": c.min_score, "below": c.below, "share": share(c.below, c.documents),
            "channels": {ch.channel: ch.to_json() for ch in c.channels},
            "lowest": [{"document": r.label, "channel": r.channel, "score": r.score}
                       for r in _lowest(run)],
        },
        "profile_yaml": profile_yaml(c),
        "lexicon_candidates": {"method": METHOD, "min_documents": MIN_DOCUMENTS,
                               "candidates": [k.to_json() for k in candidates]},
    }


def render_text(run: ApprovedRun, calibration: IdeaCalibration, candidates: list[Candidate],
                profile_path: str) -> str:
    sections = [_intro(run, calibration), _brand_wide(calibration), _by_channel(calibration),
                _lowest_drafts(run), _paste(calibration, profile_path),
                _candidates(candidates)]
    return "\n\n".join(s for s in sections if s)


def _percent(part: int, whole: int) -> str:
    return f"{100 * share(part, whole):.1f}%"


def _flagged(part: int, whole: int) -> str:
    return f"{part} of {whole} ({_percent(part, whole)})"


def _intro(run: ApprovedRun, c: IdeaCalibration) -> str:
    lines = [f"Read {run.documents} approved drafts; {c.documents} are on channels that "
             "carry the central idea."]
    if run.exempt:
        exempt = ", ".join(f"{name} {n}" for name, n in sorted(run.exempt.items()))
        lines.append(f"Not asked for the idea, so left out: {exempt}.")
    if run.skipped:
        lines.append(f"Left out, could not be analysed ({len(run.skipped)}):")
        lines += [f"  {s.label}: {s.reason}" for s in run.skipped]
    lines.append(_wrap("Each draft gets an idea score from 0 (none of the idea) to 1; below "
                       "the threshold, brandlint warns that the idea is missing (BL101)."))
    return "\n".join(lines)


def _brand_wide(c: IdeaCalibration) -> str:
    goal = f"{100 * c.max_share:g}%"
    lines = ["Brand-wide threshold (central_idea.min_score)",
             f"  today     {c.current_min_score:.2f}: {_flagged(c.current_below, c.documents)} "
             "approved drafts would be flagged",
             f"  proposed  {c.min_score:.2f}: {_flagged(c.below, c.documents)} would be "
             f"flagged (the goal: at most {goal})"]
    if c.min_score == 0 and c.below == 0:
        lines.append(_wrap(f"At 0.00 the idea check never fires: more than {goal} of these "
                           "drafts score under 0.01. Look at the lowest drafts below: if they "
                           "are not on-brand after all, leave them out and run again, or "
                           "allow a larger share with --max-share.", "  "))
    return "\n".join(lines)


def _by_channel(c: IdeaCalibration) -> str:
    lines = ["By channel", f"  {'channel':<14}{'drafts':>6}   {'today':<18}proposed"]
    for ch in c.channels:
        lines.append(f"  {ch.channel:<14}{ch.documents:>6}   "
                     f"{_cell(ch.current, ch.current_below, ch.documents):<18}"
                     f"{_cell(ch.proposed, ch.below, ch.documents):<18}{_source(ch)}")
    return "\n".join(lines)


def _cell(threshold: float, below: int, documents: int) -> str:
    return f"{threshold:.2f}  {below} ({_percent(below, documents)})"


def _source(ch: ChannelCalibration) -> str:
    if ch.own:
        return "its own threshold"
    if ch.kept:
        return f"keeps its own (< {MIN_CHANNEL_DOCUMENTS} drafts)"
    if ch.documents < MIN_CHANNEL_DOCUMENTS:
        return f"brand-wide (< {MIN_CHANNEL_DOCUMENTS} drafts)"
    return "brand-wide (fits it)"


def _lowest(run: ApprovedRun) -> list:
    return sorted(run.rows, key=lambda r: (r.score, r.label))[:LOWEST]


def _lowest_drafts(run: ApprovedRun) -> str:
    lines = [_wrap("Lowest-scoring approved drafts (are they really on-brand? If not, leave "
                   "them out and run again; if so, their words may belong in the profile):")]
    lines += [f"  {r.score:.2f}  {r.channel:<14}{r.label}" for r in _lowest(run)]
    return "\n".join(lines)


def _paste(c: IdeaCalibration, profile_path: str) -> str:
    body = "\n".join("  " + line for line in profile_yaml(c).splitlines())
    return f"Paste into {profile_path} (merge with the keys already there):\n{body}"


def _candidates(candidates: list[Candidate]) -> str:
    if not candidates:
        return (f"Words to consider for the idea: none used in {MIN_DOCUMENTS} or more drafts "
                "that the profile does not already list.")
    lines = ["Words your approved copy uses widely that the profile does not list yet",
             "(candidates for central_idea.lexicon or related: you choose)",
             f"  {'word':<16}{'drafts':>6}  channels"]
    for k in candidates:
        lines.append(f"  {k.lemma:<16}{k.documents:>6}  {', '.join(k.channels)}")
        lines.append(_wrap(f"“{k.example}” ({k.example_from})", " " * 6))
    lines.append(_wrap("Ranked by how many drafts use the word, counted in full when it "
                       "appears on every channel and about half when on one only. Nothing "
                       "compares them with everyday language, so common words show up too: "
                       "pick the ones that say something about the brand."))
    return "\n".join(lines)


def render_register(tally: RegisterTally, max_share: float) -> str:
    """The register section: per channel, the drafts in the profile's register and in
    the other, and what to change where the other is common."""
    if not tally.channels:
        return ""
    lines = ["Register (how the drafts address the reader: the profile's `address`)",
             f"  {'channel':<14}{'drafts':>6}  {'profile':<10}{'in it':>6}{'other':>7}"]
    for name, c in sorted(tally.channels.items()):
        lines.append(f"  {name:<14}{c.drafts:>6}  {c.address:<10}{c.own:>6}{c.flagged:>7}")
    changes = tally.changes(max_share)
    if not changes:
        lines.append(_wrap("The approved copy uses the register the profile sets: nothing "
                           "to change.", "  "))
        return "\n".join(lines)
    for c in changes:
        said = f"{c.flagged} approved drafts on {c.channel} say {c.other}"
        if c.verdict(max_share) == "switch":
            lines.append(_wrap(f"{said}, {c.own} say {c.address}: the brand writes "
                               f"{c.other} there. If that is its choice, set it in the "
                               "profile:", "  "))
            lines.append(f"    channels: {{{c.channel}: {{address: {c.other}}}}}")
        else:
            lines.append(_wrap(f"{said} and {c.own} say {c.address}: either the {c.other} "
                               "ones slipped through approval, or the channel holds two "
                               "kinds of copy (announcements and replies, say) that deserve "
                               "two channels, each with its own `address`.", "  "))
        lines.append("    for example:")
        lines += [f"      {label}" for label in c.examples]
    return "\n".join(lines)
