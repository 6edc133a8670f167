"""A campaign report a person looks at: one self-contained HTML file (`--format html`),
no external script, font or image. A summary, charts of findings per family and per
channel, the central-idea score per channel, the tone of each channel against its
targets, then every message with its findings highlighted in place, filterable by
channel and severity. Rendered from a Jinja2 template in the report's language."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from pathlib import Path

from brandlint import __version__
from brandlint.i18n import N_, _, current, ngettext
from brandlint.reporters.summary import Summary

SEVERITIES = ("error", "warning", "info")
SEVERITY_NAMES = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
IDEA_BINS = 5  # the score distribution: 0–0.2, …, 0.8–1


class HtmlReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.profile = context.get("profile", {})
        self.targets: dict[str, list[str]] = context.get("tones", {})
        self.summary = Summary()
        self.results: list = []
        self.campaigns: list[dict] = []

    def add(self, result) -> None:
        self.summary.add(result)
        self.results.append(result)

    def add_campaign(self, report) -> None:
        """A campaign: its table of facts by message, disagreements highlighted, and its
        findings (BL6xx) below it."""
        self.summary.add_campaign(report)
        self.campaigns.append(campaign_table(report))

    def finish(self) -> None:
        self.stream.write(render(self.results, self.summary, self.profile, self.targets,
                                 self.campaigns))


# the columns of a campaign's table: the kinds of facts, in the report's language
FACT_COLUMNS = (("price", N_("Figures")), ("date", N_("Dates")), ("code", N_("Codes")),
                ("promise", N_("Promises")), ("condition", N_("Conditions")),
                ("gift", N_("Free items")))


def campaign_table(report) -> dict:
    """One row per message, one cell per kind of fact: the words as written, each
    marked `odd` where that message disagrees with the campaign and `reference` where
    it holds the value the odd one is compared with."""
    data = report.to_json()
    marks: dict[tuple[str, str], str] = {}
    for d in data["disagreements"]:
        kinds = _kinds_of(d)
        for kind in kinds:
            marks[(d["odd"]["id"], kind)] = "odd"
            for other in d["others"]:
                marks.setdefault((other["id"], kind), "reference")
    rows = []
    for m in data["messages"]:
        cells = []
        for kind, _label in FACT_COLUMNS:
            facts = m["facts"].get(kind, [])
            words = list(dict.fromkeys(f["text"] for f in facts if f["text"]))
            cells.append({"kind": kind, "words": words, "mark": marks.get((m["id"], kind))})
        rows.append({"id": m["id"], "channel": m["channel"] or "—", "language": m["language"],
                     "variant_of": m["variant_of"], "offer": m["offer"], "cells": cells})
    findings = [{"code": d.code, "name": d.name, "severity": str(d.severity), "id": d.id,
                 "message": d.message, "advice": d.what_to_do} for d in report.diagnostics]
    return {"name": data["campaign"], "rows": rows, "findings": findings}


def _kinds_of(disagreement: dict) -> list[str]:
    """The columns a disagreement lights: its kind, or for a language variant (BL606)
    every column, as what differs may be any fact."""
    kind = disagreement["kind"]
    if kind == "variant":
        return [k for k, _label in FACT_COLUMNS]
    return [kind]


def render(results: list, summary: Summary, profile: dict, targets: dict,
           campaigns: list[dict] | None = None) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    from brandlint.rules.tone.words import tone_name
    from brandlint.terminal import FAMILY_NAMES

    env = Environment(loader=PackageLoader("brandlint", "templates"),
                      autoescape=select_autoescape(["html", "j2"]),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(_, ngettext, newstyle=True)
    texts = _texts(results)
    messages = [_message(r, texts.get((r.path, r.id))) for r in results]
    by_family = Counter(d.family for r in results for d in r.diagnostics)
    by_channel = Counter(r.channel or "—" for r in results for _d in r.diagnostics)
    channels = sorted({r.channel or "—" for r in results})
    template = env.get_template("report.html.j2")
    return template.render(
        lang=current(), version=__version__, profile=profile, summary=summary,
        severities=SEVERITIES, severity_name=lambda s: _(SEVERITY_NAMES[s]),
        families=_bars({_(FAMILY_NAMES.get(f, f)): n for f, n in by_family.items()}),
        channels_chart=_bars(dict(by_channel)), channels=channels, messages=messages,
        idea=_idea_distribution(results), tone=_tone_by_channel(results, targets, tone_name),
        campaigns=campaigns or [], fact_columns=[(k, _(label)) for k, label in FACT_COLUMNS])


def _bars(counts: dict) -> list[dict]:
    top = max(counts.values(), default=0) or 1
    return [{"label": label, "count": n, "share": round(100 * n / top, 1)}
            for label, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _idea_distribution(results) -> list[dict]:
    scores = defaultdict(list)
    for r in results:
        score = (r.scores or {}).get("central_idea")
        if score is not None:
            scores[r.channel or "—"].append(score)
    out = []
    for channel, values in sorted(scores.items()):
        bins = [0] * IDEA_BINS
        for v in values:
            bins[min(int(v * IDEA_BINS), IDEA_BINS - 1)] += 1
        top = max(bins) or 1
        out.append({"channel": channel, "count": len(values),
                    "mean": sum(values) / len(values),
                    "bins": [{"low": i / IDEA_BINS, "high": (i + 1) / IDEA_BINS, "count": n,
                              "share": round(100 * n / top, 1)} for i, n in enumerate(bins)]})
    return out


def _tone_by_channel(results, targets: dict, tone_name) -> list[dict]:
    shares: dict[str, Counter] = defaultdict(Counter)
    counts: Counter = Counter()
    for r in results:
        tone = (r.scores or {}).get("tone")
        if tone is None:
            continue
        counts[r.channel or "—"] += 1
        shares[r.channel or "—"].update(tone)
    out = []
    for channel in sorted(shares):
        wanted = targets.get(channel, [])
        mean = {t: v / counts[channel] for t, v in shares[channel].items()}
        rows = sorted(mean.items(), key=lambda item: -item[1])[:5]
        out.append({"channel": channel, "targets": [tone_name(t) for t in wanted],
                    "on_target": round(100 * sum(mean.get(t, 0.0) for t in wanted)),
                    "rows": [{"tone": tone_name(t), "share": round(100 * v),
                              "target": t in wanted} for t, v in rows]})
    return out


def _texts(results) -> dict:
    """The text of each document, read again from its file (stdin cannot be)."""
    from brandlint.sources import read_input

    texts: dict = {}
    for path in dict.fromkeys(r.path for r in results):
        if not Path(path).is_file():
            continue
        try:
            for document in read_input(Path(path)):
                texts[(document.path, document.id)] = document
        except OSError:
            continue
    return texts


def _message(result, document) -> dict:
    severities = sorted({str(d.severity) for d in result.diagnostics},
                        key=SEVERITIES.index)
    findings = [{"number": i + 1, "code": d.code, "name": d.name, "severity": str(d.severity),
                 "message": d.message, "advice": d.what_to_do, "line": d.line,
                 "column": d.column, "text": d.text}
                for i, d in enumerate(result.diagnostics)]
    return {"path": result.path, "id": result.id, "channel": result.channel or "—",
            "severities": severities, "findings": findings,
            "worst": severities[0] if severities else "clean",
            "idea": (result.scores or {}).get("central_idea"),
            "body": _highlighted(document, result.diagnostics)}


def _highlighted(document, diagnostics) -> str | None:
    """The document's text as HTML, each finding's words in a numbered <mark>."""
    if document is None or not document.text:
        return None
    text = document.text
    offsets = {}
    for i in range(len(text) + 1):
        offsets.setdefault(document.source_map.position(i), i)
    spans = []
    for number, d in enumerate(diagnostics, start=1):
        start = offsets.get((d.line, d.column))
        end = offsets.get((d.end_line, d.end_column))
        if start is None or end is None or end <= start:
            continue
        spans.append((start, end, number, str(d.severity)))
    out, at = [], 0
    # where findings overlap, the most severe (then the longest) carries the mark
    ranked = sorted(spans, key=lambda s: (s[0], SEVERITIES.index(s[3]), s[0] - s[1]))
    for start, end, number, severity in ranked:
        if start < at:  # overlapping findings: the first one carries the mark
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="sev-{severity}">'
                   f'{html.escape(text[start:end])}<sup>{number}</sup></mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)
