"""GitHub Actions workflow commands: one annotation per diagnostic."""

from __future__ import annotations

from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    """GitHub's own escaping for a workflow command's message (actions/toolkit)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.summary = Summary()

    def add(self, result) -> None:
        self.summary.add(result)
        for d in result.diagnostics:
            # document text is made visible first: a newline in a channel name must not
            # start a line of its own, even escaped; the suggestion's line break is ours
            title = f"{d.code} {d.name}" + (f" [{visible(d.id)}]" if d.id else "")
            message = visible(d.message) + (f"\nSuggestion: {visible(d.suggestion)}"
                                            if d.suggestion else "")
            self.stream.write(
                f"::{_COMMANDS[str(d.severity)]} file={_escape_property(visible(d.path))},"
                f"line={d.line},"
                f"col={d.column},endLine={d.end_line},endColumn={d.end_column},"
                f"title={_escape_property(title)}::{_escape_data(message)}\n")

    def finish(self) -> None:
        s = self.summary
        self.stream.write(f"brandlint: {s.diagnostics} problem(s) in {s.documents} document(s)\n")
