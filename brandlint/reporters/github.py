"""GitHub Actions workflow commands: one annotation per diagnostic."""

from __future__ import annotations

from brandlint.reporters.summary import Summary

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
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
            title = f"{d.code} {d.name}" + (f" [{d.id}]" if d.id else "")
            message = d.message + (f"\nSuggestion: {d.suggestion}" if d.suggestion else "")
            self.stream.write(
                f"::{_COMMANDS[str(d.severity)]} file={_escape_property(d.path)},line={d.line},"
                f"col={d.column},endLine={d.end_line},endColumn={d.end_column},"
                f"title={_escape_property(title)}::{_escape_data(message)}\n")

    def finish(self) -> None:
        s = self.summary
        self.stream.write(f"brandlint: {s.diagnostics} problem(s) in {s.documents} document(s)\n")
