"""SARIF 2.1.0, for GitHub code scanning and other CI dashboards.

- URIs relative to the working directory (`uriBaseId: %SRCROOT%`, resolved through
  `originalUriBaseIds`), percent-encoded; files outside it as absolute `file:` URIs.
- Columns are Unicode code points (`columnKind`), as every brandlint position is: an emoji
  before a word counts one column.
- `partialFingerprints` follow the rule, document and quoted words, not the line.
- Each rule carries its help (what, why, fix, examples) in text and Markdown; a finding
  with a replacement carries it as a SARIF fix.
- Results are written to a spill file as documents are checked and copied into the
  report at the end: memory does not grow with the batch.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from brandlint import __version__, homepage
from brandlint.i18n import _
from brandlint.reporters.escape import no_surrogates
from brandlint.reporters.locations import SRCROOT, artifact_location, base_uri, fingerprint
from brandlint.reporters.spill import Spill
from brandlint.rules import all_rules

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "brandlintFinding/v1"


class SarifReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.base = Path(context.get("base") or Path.cwd())
        self._spill = Spill()
        self._results = 0
        self._rules = {r.code: i for i, r in enumerate(all_rules())}
        self._seen: Counter = Counter()

    def add(self, result) -> None:
        for d in result.diagnostics:
            key = (d.code, d.path, d.id, " ".join(d.text.split()).casefold())
            self._seen[key] += 1
            message = d.message + (" " + _("Suggestion: {advice}").format(advice=d.what_to_do)
                                   if d.what_to_do else "")
            location = artifact_location(d.path, self.base)
            region = {"startLine": d.line, "startColumn": d.column,
                      "endLine": d.end_line, "endColumn": max(d.end_column, d.column)}
            entry: dict = {
                "ruleId": d.code,
                "ruleIndex": self._rules[d.code],
                "level": _LEVELS[str(d.severity)],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": location,
                                                    "region": region}}],
                "partialFingerprints": {
                    FINGERPRINT: fingerprint(d.code, d.path, d.id, d.text, self._seen[key])},
            }
            if d.replacement is not None:
                entry["fixes"] = [{
                    "description": {"text": f"Replace with “{d.replacement}” "
                                            f"({d.applicability} fix)"},
                    "artifactChanges": [{"artifactLocation": location, "replacements": [
                        {"deletedRegion": region,
                         "insertedContent": {"text": d.replacement}}]}]}]
            if d.id:
                entry["properties"] = {"id": d.id}
            related = d.extra.get("related") or ()
            if related:  # a campaign finding (BL6xx): the message(s) it disagrees with
                entry["relatedLocations"] = [_related(i, r, self.base)
                                             for i, r in enumerate(related, start=1)]
            text = no_surrogates(json.dumps(entry, ensure_ascii=False, indent=2))
            self._spill.write((_BETWEEN if self._results else "")
                              + text.replace("\n", _BETWEEN[1:]))
            self._results += 1

    def add_campaign(self, report) -> None:
        self.add(report)

    def finish(self) -> None:
        driver: dict = {"name": "brandlint", "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(r) for r in all_rules()]}
        site = homepage()
        if site:
            driver["informationUri"] = site
        payload = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{"tool": {"driver": driver},
                      "originalUriBaseIds": {SRCROOT: {"uri": base_uri(self.base)}},
                      "columnKind": "unicodeCodePoints",
                      "results": [_PLACE] if self._results else []}],
        }
        text = no_surrogates(json.dumps(payload, ensure_ascii=False, indent=2))
        head, _, tail = text.partition(json.dumps(_PLACE))
        self.stream.write(head)
        if self._results:
            self._spill.end_section()
            self._spill.copy(0, self.stream)
        self.stream.write(tail)
        self.stream.write("\n")
        self._spill.close()


# where the results go in the report, and what separates two of them: json.dumps(indent=2)
# puts a result of runs[0].results eight spaces in
_PLACE = "\0brandlint-results\0"
_BETWEEN = ",\n" + " " * 8


def _related(index: int, other: dict, base: Path) -> dict:
    region = {"startLine": other["line"], "startColumn": other["column"],
              "endLine": other["end_line"],
              "endColumn": max(other["end_column"], other["column"])}
    words = f"“{other['text']}”" if other.get("text") else ""
    name = f"[{other['id']}] " if other.get("id") else ""
    return {"id": index,
            "physicalLocation": {"artifactLocation": artifact_location(other["path"], base),
                                 "region": region},
            "message": {"text": f"{name}{words}".strip() or other["path"]}}


def _rule(rule) -> dict:
    doc = rule.doc
    what, why, fix = _(doc.what), _(doc.why), _(doc.fix) if doc.fix else ""
    text = " ".join(part for part in (what, why, fix) if part)
    markdown = [f"**{rule.code} {rule.name}** ({rule.family})", "", "## " + _("What it does"),
                what, "", "## " + _("Why it matters"), why]
    for title, examples in ((_("Fires"), doc.fires), (_("Does not fire"), doc.does_not_fire)):
        if examples:
            markdown += ["", f"## {title}"]
            markdown += [f"- ({e.lang}) {_one_line(e.text)}" for e in examples]
    if fix:
        markdown += ["", "## " + _("Fix"), fix]
    out = {"id": rule.code, "name": rule.name,
           "shortDescription": {"text": _(rule.summary)},
           "fullDescription": {"text": what},
           "help": {"text": text, "markdown": "\n".join(markdown)},
           "defaultConfiguration": {"level": _LEVELS[str(rule.severity)]},
           "properties": {"family": rule.family, "tags": [rule.family]}}
    site = homepage()
    if site:
        out["helpUri"] = f"{site.rstrip('/')}#{rule.code.lower()}"
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())
