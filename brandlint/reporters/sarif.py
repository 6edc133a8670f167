"""SARIF 2.1.0, for GitHub code scanning and other CI dashboards."""

from __future__ import annotations

import json

from brandlint import __version__
from brandlint.reporters.escape import no_surrogates
from brandlint.rules import all_rules

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


class SarifReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.results: list[dict] = []

    def add(self, result) -> None:
        for d in result.diagnostics:
            message = d.message + (f" Suggestion: {d.suggestion}" if d.suggestion else "")
            entry = {
                "ruleId": d.code,
                "level": _LEVELS[str(d.severity)],
                "message": {"text": message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": d.path},
                    "region": {"startLine": d.line, "startColumn": d.column,
                               "endLine": d.end_line, "endColumn": d.end_column},
                }}],
            }
            if d.id:
                entry["properties"] = {"id": d.id}
            self.results.append(entry)

    def finish(self) -> None:
        rules = [{"id": r.code, "name": r.name,
                  "shortDescription": {"text": r.summary},
                  "fullDescription": {"text": r.doc.what},
                  "help": {"text": f"{r.doc.why} {r.doc.fix}".strip()},
                  "defaultConfiguration": {"level": _LEVELS[str(r.severity)]},
                  "properties": {"family": r.family}} for r in all_rules()]
        payload = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "brandlint", "version": __version__,
                                          "informationUri": "https://example.invalid/brandlint",
                                          "rules": rules}},
                      "results": self.results}],
        }
        self.stream.write(no_surrogates(json.dumps(payload, ensure_ascii=False, indent=2)))
        self.stream.write("\n")
