"""GitHub Actions: workflow-command annotations, most severe first (GitHub shows only ten
of each level per step, so the errors must not be drowned by notices), and a Markdown job
summary appended to `$GITHUB_STEP_SUMMARY` when the job provides one."""

from __future__ import annotations

import contextlib
from collections import Counter

from brandlint.i18n import _
from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SUMMARY_ROWS = 50


def _escape_data(text: str) -> str:
    """GitHub's own escaping for a workflow command's message (actions/toolkit)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _cell(text: str) -> str:
    return visible(text).replace("|", "\\|")


class GithubReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.summary = Summary()
        self.quiet = context.get("quiet", False)
        self.step_summary = context.get("step_summary")
        self.diagnostics: list = []

    def add(self, result) -> None:
        self.summary.add(result)
        self.diagnostics.extend(result.diagnostics)

    def finish(self) -> None:
        ordered = sorted(self.diagnostics, key=lambda d: -d.severity)  # stable: input order
        for d in ordered:
            self.stream.write(_annotation(d))
        s = self.summary
        if not self.quiet:
            self.stream.write(f"brandlint: {s.diagnostics} problem(s) in {s.documents} "
                              "document(s)\n")
        if self.step_summary:
            with contextlib.suppress(OSError):
                with open(self.step_summary, "a", encoding="utf-8") as handle:
                    handle.write(job_summary(ordered, s))


def _annotation(d) -> str:
    # document text is made visible first: a newline in a channel name must not start a
    # line of its own, even escaped; the suggestion's line break is ours
    title = f"{d.code} {d.name}" + (f" [{visible(d.id)}]" if d.id else "")
    advice = d.what_to_do
    message = visible(d.message) + ("\n" + _("Suggestion: {advice}").format(
        advice=visible(advice)) if advice else "")
    return (f"::{_COMMANDS[str(d.severity)]} file={_escape_property(visible(d.path))},"
            f"line={d.line},col={d.column},endLine={d.end_line},endColumn={d.end_column},"
            f"title={_escape_property(title)}::{_escape_data(message)}\n")


def job_summary(ordered: list, summary: Summary) -> str:
    """Counts by severity and by rule, then the most severe findings first."""
    counts = ", ".join(f"{summary.by_severity.get(s, 0)} {s}"
                       for s in ("error", "warning", "info"))
    lines = ["## brandlint", "",
             f"{summary.diagnostics} problem(s) in {summary.documents} document(s): "
             f"{counts}.", ""]
    if not ordered:
        return "\n".join(lines) + "\n"
    by_rule = Counter((d.code, d.name) for d in ordered)
    lines += ["| rule | findings |", "|---|---|"]
    lines += [f"| {code} `{name}` | {n} |" for (code, name), n in by_rule.most_common()]
    lines += ["", "| severity | where | rule | message |", "|---|---|---|---|"]
    for d in ordered[:SUMMARY_ROWS]:
        where = f"{d.path}:{d.line}:{d.column}" + (f" [{d.id}]" if d.id else "")
        lines.append(f"| {d.severity} | {_cell(where)} | {d.code} | {_cell(d.message)} |")
    if len(ordered) > SUMMARY_ROWS:
        lines.append(f"\n… and {len(ordered) - SUMMARY_ROWS} more (see the job log).")
    return "\n".join(lines) + "\n"
