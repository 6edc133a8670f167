"""ruff-like text: `path:line:col: CODE [severity] message`, the words, the fix."""

from __future__ import annotations

import click

from brandlint.i18n import N_, _, ngettext, quote
from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
SEVERITY_NAMES = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


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
            severity = self._style(f"[{_(SEVERITY_NAMES[str(d.severity)])}]",
                                   fg=_COLOURS[str(d.severity)], bold=True)
            self.stream.write(f"{self._style(where, bold=True)}{row} "
                              f"{self._style(d.code, bold=True)} {severity} "
                              f"{visible(d.message)}\n")
            if d.text:
                self.stream.write(f"    {quote(visible(d.text), 100)}\n")
            for other in d.extra.get("related") or ():  # a campaign finding's other place
                row = f" [{visible(other['id'])}]" if other.get("id") else ""
                words = f" {quote(visible(other['text']), 100)}" if other.get("text") else ""
                self.stream.write(f"    vs {visible(other['path'])}:{other['line']}:"
                                  f"{other['column']}:{row}{words}\n")
            if d.suggestion:
                self.stream.write("    " + _("suggestion: {advice}").format(
                    advice=visible(d.suggestion)) + "\n")

    def _tone(self, result) -> None:
        """`-v`: the tone the document reads as, each tone with its top words."""
        detail = result.scores.get("tone_detail") if result.scores else None
        if detail is None:
            return
        name = visible(result.path) + (f" [{visible(result.id)}]" if result.id else "")
        shares = result.scores.get("tone") or {}
        if not shares:
            self.stream.write(_("{name}: tone: none read ({channel})").format(
                name=name, channel=result.channel) + "\n")
            return
        parts = []
        for tone, share in list(shares.items())[:4]:
            words = ", ".join(visible(w) for w in detail["words"].get(tone, [])[:4])
            parts.append(f"{tone_name(tone)} {share:.2f} ({words})")
        self.stream.write(_("{name}: tone on {channel}: {tones}").format(
            name=name, channel=result.channel, tones="; ".join(parts)) + "\n")

    def finish(self) -> None:
        s = self.summary
        if self.quiet:
            return
        safe, unsafe = self.fixable.get("safe", 0), self.fixable.get("unsafe", 0)
        if safe or unsafe:
            more = _(" ({n} more with --unsafe-fixes)").format(n=unsafe) if unsafe else ""
            self.stream.write(_("{n} fixable with --fix{more}; --diff shows the changes."
                                ).format(n=safe, more=more) + "\n")
        self.stream.write(self._style(summary_line(s), bold=True) + "\n")


def severity_counts(by_severity) -> str:
    """"1 error, 4 warnings" in the report's language."""
    words = {"error": lambda n: ngettext("{n} error", "{n} errors", n),
             "warning": lambda n: ngettext("{n} warning", "{n} warnings", n),
             "info": lambda n: ngettext("{n} info", "{n} infos", n)}
    return ", ".join(words[sev](n).format(n=n) for sev in ("error", "warning", "info")
                     if (n := by_severity.get(sev, 0)))


def summary_line(s) -> str:
    documents = ngettext("{n} document", "{n} documents", s.documents).format(n=s.documents)
    if s.diagnostics:
        return ngettext("Found {n} problem ({counts}) in {documents}.",
                        "Found {n} problems ({counts}) in {documents}.", s.diagnostics).format(
            n=s.diagnostics, counts=severity_counts(s.by_severity), documents=documents)
    return ngettext("All clear: {n} document checked.", "All clear: {n} documents checked.",
                    s.documents).format(n=s.documents)


def tone_name(tone: str) -> str:
    from brandlint.rules.tone.words import tone_name as name

    return name(tone)

