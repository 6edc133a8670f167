"""JSON per SPEC §4: summary, then every input document in input order."""

from __future__ import annotations

import json

from brandlint import __version__
from brandlint.reporters.summary import Summary


class JsonReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.context = context
        self.summary = Summary()
        self.documents: list[dict] = []

    def add(self, result) -> None:
        self.summary.add(result)
        self.documents.append({
            "path": result.path, "id": result.id, "channel": result.channel,
            "language": result.language, "scores": result.scores,
            "diagnostics": [d.to_json() for d in result.diagnostics],
        })

    def finish(self) -> None:
        payload = {
            "brandlint": __version__,
            "profile": self.context.get("profile", {}),
            "summary": self.summary.to_json(),
            "documents": self.documents,
        }
        json.dump(payload, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
