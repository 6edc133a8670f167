"""JSON per SPEC §4, streamed: each document is written as soon as it is checked, so a
200,000-row batch never sits in memory; the summary closes the object (JSON readers do
not depend on key order)."""

from __future__ import annotations

import json

from brandlint import __version__
from brandlint.reporters.escape import no_surrogates
from brandlint.reporters.summary import Summary


class JsonReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.summary = Summary()
        head = {"brandlint": __version__, "profile": context.get("profile", {})}
        self.stream.write(no_surrogates(json.dumps(head, ensure_ascii=False, indent=2)[:-2]))
        self.stream.write(',\n  "documents": [')
        self._first = True

    def add(self, result) -> None:
        self.summary.add(result)
        document = {
            "path": result.path, "id": result.id, "channel": result.channel,
            "language": result.language, "scores": result.scores,
            "diagnostics": [d.to_json() for d in result.diagnostics],
        }
        text = no_surrogates(json.dumps(document, ensure_ascii=False, indent=2)
                             ).replace("\n", "\n    ")
        self.stream.write(("\n    " if self._first else ",\n    ") + text)
        self._first = False

    def finish(self) -> None:
        summary = json.dumps(self.summary.to_json(), ensure_ascii=False, indent=2)
        self.stream.write(("\n  " if not self._first else "") + "],\n  \"summary\": "
                          + summary.replace("\n", "\n  ") + "\n}\n")
