"""One engine run over approved copy: idea scores and candidate words, nothing kept of
the drafts themselves (a large batch streams through)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from brandlint.approved.candidates import CandidateCounter, draft_lemmas, known_words
from brandlint.approved.register import RegisterTally
from brandlint.approved.thresholds import IdeaRow
from brandlint.errors import BrandlintError
from brandlint.sources import Document


@dataclass(frozen=True)
class Skipped:
    label: str
    reason: str


@dataclass
class ApprovedRun:
    documents: int = 0
    rows: list[IdeaRow] = field(default_factory=list)
    exempt: Counter = field(default_factory=Counter)  # channel -> drafts not asked for the idea
    skipped: list[Skipped] = field(default_factory=list)
    candidates: CandidateCounter = field(default_factory=CandidateCounter)
    tone_rows: list = field(default_factory=list)  # every analysed draft, any channel
    registers: RegisterTally = field(default_factory=RegisterTally)  # any channel


def label(path: str, id: str | None) -> str:
    """How a person finds the draft again: the file, and the row id inside a batch."""
    return f"{path}#{id}" if id and not path.endswith((".md", ".markdown")) else path


def collect(engine, documents: Iterable[Document]) -> ApprovedRun:
    run = ApprovedRun()
    known = profile_words(engine)
    for result, analysis in engine.run_analysed(documents):
        run.documents += 1
        where = label(result.path, result.id)
        if analysis is not None and "tone_detail" in result.scores:
            from brandlint.evaluation import ToneRow

            detail = result.scores["tone_detail"]
            run.tone_rows.append(ToneRow(where, detail["raw"], tuple(analysis.channel.tones),
                                         False, False, detail.get("coverage"),
                                         detail.get("idea", {}), tuple(detail.get("purposes", ())),
                                         analysis.channel.service))
        if analysis is not None:
            run.registers.add(analysis, result, where)
        if analysis is None or "central_idea" not in result.scores:
            run.skipped.append(Skipped(where, _reason(result)))
        elif not analysis.channel.carries_idea:
            run.exempt[result.channel] += 1
        else:
            run.rows.append(IdeaRow(where, result.channel, result.scores["central_idea"]))
            counted = [t.i for t in analysis.idea.idea_tokens + analysis.idea.avoid_tokens]
            run.candidates.add(where, result.channel, draft_lemmas(analysis.doc, known, counted))
    return run


def profile_words(engine) -> frozenset[str]:
    idea = engine.profile.central_idea
    words = idea.lexicon + idea.related + [a for a in idea.avoid if not a.startswith("@")]
    return known_words(engine.analyser.lemmatise_terms(words))


def _reason(result) -> str:
    problems = [f"{d.code} {d.message}" for d in result.diagnostics if d.family == "input"]
    return "; ".join(problems) or "not analysed"


def require_enough(run: ApprovedRun, exempt_channels: list[str], minimum: int) -> None:
    """Exit 2 with what to do when the approved copy cannot fix a threshold."""
    if not run.rows:
        read = f"{run.documents} document" + ("" if run.documents == 1 else "s")
        raise BrandlintError(
            f"none of the {read} read is on a channel that carries the central idea "
            f"(exempt: {', '.join(exempt_channels) or 'none'}; unreadable: "
            f"{len(run.skipped)}): give drafts of the brand's campaign channels, with "
            "`channel:` front matter, a `channel` column, --channel, or the profile's "
            "`default_channel`")
    if len(run.rows) < minimum:
        raise BrandlintError(
            f"only {len(run.rows)} approved draft(s) on channels that carry the idea; "
            f"calibrating needs at least {minimum}: add more approved copy")
