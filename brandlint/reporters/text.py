"""ruff-like text: `path:line:col: CODE [severity] message`, the words, the fix."""

from __future__ import annotations

import click

from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


class TextReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.colour = context.get("colour", False)
        self.verbose = context.get("verbose", False)
        self.quiet = context.get("quiet", False)  # the findings and nothing else
        self.summary = Summary()
        self.fixable: dict[str | None, int] = {}  # by applicability: safe, unsafe, None

    def _style(self, text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if self.colour else text

    def add(self, result) -> None:
        self.summary.add(result)
        if self.verbose:
            self._tone(result)
        self._write(result.diagnostics)

    def add_campaign(self, report) -> None:
        """A campaign's findings, each with the other message's line, once all its
        messages are read."""
        self.summary.add_campaign(report)
        self._write(report.diagnostics)

    def _write(self, diagnostics) -> None:
        for d in diagnostics:
            self.fixable[d.applicability] = self.fixable.get(d.applicability, 0) + 1
            where = f"{visible(d.path)}:{d.line}:{d.column}:"
            row = f" [{visible(d.id)}]" if d.id and d.path.endswith((".csv", ".jsonl")) else ""
            severity = self._style(f"[{d.severity}]", fg=_COLOURS[str(d.severity)], bold=True)
            self.stream.write(f"{self._style(where, bold=True)}{row} "
                              f"{self._style(d.code, bold=True)} {severity} "
                              f"{visible(d.message)}\n")
            if d.text:
                self.stream.write(f"    “{visible(_one_line(d.text))}”\n")
            for other in d.extra.get("related") or ():  # a campaign finding's other place
                row = f" [{visible(other['id'])}]" if other.get("id") else ""
                words = f" “{visible(_one_line(other['text']))}”" if other.get("text") else ""
                self.stream.write(f"    vs {visible(other['path'])}:{other['line']}:"
                                  f"{other['column']}:{row}{words}\n")
            if d.suggestion:
                self.stream.write(f"    suggestion: {visible(d.suggestion)}\n")

    def _tone(self, result) -> None:
        """`-v`: the tone the document reads as, each tone with its top words."""
        detail = result.scores.get("tone_detail") if result.scores else None
        if detail is None:
            return
        name = visible(result.path) + (f" [{visible(result.id)}]" if result.id else "")
        shares = result.scores.get("tone") or {}
        if not shares:
            self.stream.write(f"{name}: tone: none read ({result.channel})\n")
            return
        parts = []
        for tone, share in list(shares.items())[:4]:
            words = ", ".join(visible(w) for w in detail["words"].get(tone, [])[:4])
            parts.append(f"{tone} {share:.2f} ({words})")
        self.stream.write(f"{name}: tone on {result.channel}: {'; '.join(parts)}\n")

    def finish(self) -> None:
        s = self.summary
        if self.quiet:
            return
        safe, unsafe = self.fixable.get("safe", 0), self.fixable.get("unsafe", 0)
        if safe or unsafe:
            more = f" ({unsafe} more with --unsafe-fixes)" if unsafe else ""
            self.stream.write(f"{safe} fixable with --fix{more}; --diff shows the changes.\n")
        counts = ", ".join(f"{n} {sev}" for sev in ("error", "warning", "info")
                           if (n := s.by_severity.get(sev, 0)))
        if s.diagnostics:
            line = f"Found {s.diagnostics} problem{'s' * (s.diagnostics != 1)} ({counts}) " \
                   f"in {s.documents} document{'s' * (s.documents != 1)}."
        else:
            line = f"All clear: {s.documents} document{'s' * (s.documents != 1)} checked."
        self.stream.write(self._style(line, bold=True) + "\n")


def _one_line(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
