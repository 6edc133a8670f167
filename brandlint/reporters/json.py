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
        self._head = {"brandlint": __version__, "profile": context.get("profile", {})}
        self._started = False
        self._first = True
        self._campaigns: list[dict] = []

    def _start(self) -> None:
        """The head goes out with the first document, so that an error before any
        document is checked (a missing model) leaves no half-written report."""
        if self._started:
            return
        self._started = True
        self.stream.write(no_surrogates(json.dumps(self._head, ensure_ascii=False,
                                                   indent=2)[:-2]))
        self.stream.write(',\n  "documents": [')

    def add(self, result) -> None:
        self._start()
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

    def add_campaign(self, report) -> None:
        """Per campaign: the facts of each message, the disagreements and the findings
        (each with `related_locations`), after the documents."""
        self.summary.add_campaign(report)
        self._campaigns.append(report.to_json())

    def finish(self) -> None:
        self._start()
        summary = json.dumps(self.summary.to_json(), ensure_ascii=False, indent=2)
        self.stream.write(("\n  " if not self._first else "") + "],")
        if self._campaigns:
            campaigns = no_surrogates(json.dumps(self._campaigns, ensure_ascii=False,
                                                 indent=2))
            self.stream.write("\n  \"campaigns\": " + campaigns.replace("\n", "\n  ") + ",")
        self.stream.write("\n  \"summary\": " + summary.replace("\n", "\n  ") + "\n}\n")
