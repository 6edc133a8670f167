"""The terminal: whether to colour, the progress of a batch, the closing summary on
stderr, and Markdown rendered for `explain` (through rich).

Colour follows the usual conventions: `NO_COLOR` (any value) turns every escape code
off, `FORCE_COLOR` turns colour on where the output is not a terminal, `TERM=dumb` is a
terminal that understands none; otherwise colour where the stream is a terminal.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter

from brandlint.i18n import N_, _, ngettext

FAMILY_NAMES = {"idea": N_("central idea"), "tone": N_("tone"),
                "overpromise": N_("overpromise"), "sincerity": N_("sincerity"),
                "terminology": N_("terminology"), "campaign": N_("campaign"),
                "input": N_("input")}


def colour_wanted(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def interactive(stream) -> bool:
    """A terminal a person watches (progress bars, live updates): not for `TERM=dumb`."""
    return _isatty(stream) and os.environ.get("TERM") != "dumb"


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(stream):
    from rich.console import Console

    colour = colour_wanted(stream)
    return Console(file=stream, force_terminal=colour, no_color=not colour, highlight=False,
                   emoji=False, markup=False, soft_wrap=False,
                   color_system="auto" if colour else None)


def print_markdown(markdown: str, raw: bool = False, stream=None) -> None:
    """Markdown rendered on a terminal that takes colour; the source itself elsewhere
    (a pipe, a file, NO_COLOR), where it reads as it is."""
    stream = stream or sys.stdout
    if raw or not colour_wanted(stream):
        stream.write(markdown + "\n")
        return
    from rich.markdown import Markdown

    console(stream).print(Markdown(markdown))


class Progress:
    """A progress line on stderr while a batch is checked, only on a terminal: documents
    done, the rate, and the file being read. Cleared when the run ends."""

    def __init__(self, stream=None, enabled: bool = True, every: float = 0.1):
        self.stream = stream or sys.stderr
        self.enabled = enabled and interactive(self.stream)
        self.done = 0
        self.started = time.monotonic()
        self._shown = 0.0
        self._every = every
        self._progress = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(bar_width=None, pulse_style="cyan"),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                console=console(self.stream), transient=True, refresh_per_second=8)
            self._task = self._progress.add_task(self._label(), total=None, rate="")
            self._progress.start()
        return self

    def advance(self, path: str = "") -> None:
        self.done += 1
        if self._progress is None:
            return
        now = time.monotonic()
        if now - self._shown < self._every:
            return
        self._shown = now
        rate = self.done / max(now - self.started, 1e-6)
        self._progress.update(self._task, description=self._label(),
                              rate=_("{rate:.0f}/s").format(rate=rate))

    def _label(self) -> str:
        return ngettext("{n} document checked", "{n} documents checked", self.done).format(
            n=self.done)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, results, summary: RunSummary | None = None):
        """The results, unchanged, counted as they pass (the summary sees each after the
        report has taken it: baseline and fixes applied)."""
        with self:
            previous = None
            for result in results:
                if previous is not None and summary is not None:
                    summary.add(previous)
                yield result
                previous = result
                self.advance(result.path)
            if previous is not None and summary is not None:
                summary.add(previous)


class RunSummary:
    """Counts per severity and family, and the time, for the closing line on stderr."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.documents = 0
        self.by_severity: Counter = Counter()
        self.by_family: Counter = Counter()

    def add(self, result) -> None:
        self.documents += 1
        self.add_findings(result.diagnostics)

    def add_findings(self, diagnostics) -> None:
        """Findings outside any one document's result: a campaign's (BL6xx)."""
        for d in diagnostics:
            self.by_severity[str(d.severity)] += 1
            self.by_family[d.family] += 1

    def render(self, output: str | None) -> str:
        from brandlint.reporters.text import severity_counts

        total = sum(self.by_severity.values())
        seconds = time.monotonic() - self.started
        documents = ngettext("{n} document", "{n} documents", self.documents).format(
            n=self.documents)
        if total:
            found = ngettext("{n} problem ({counts})", "{n} problems ({counts})", total).format(
                n=total, counts=severity_counts(self.by_severity))
            families = ", ".join(f"{_(FAMILY_NAMES.get(f, f))} {n}"
                                 for f, n in self.by_family.most_common())
            line = _("brandlint: {documents}, {found}; by family: {families}; {seconds:.1f} s"
                     ).format(documents=documents, found=found, families=families,
                              seconds=seconds)
        else:
            line = _("brandlint: {documents}, no problem; {seconds:.1f} s").format(
                documents=documents, seconds=seconds)
        if output:
            line += _("; report written to {path}").format(path=output)
        return line
