from __future__ import annotations

from collections import Counter

from brandlint.diagnostics import Severity


class Summary:
    def __init__(self) -> None:
        self.documents = 0
        self.campaigns = 0
        self.by_severity: Counter = Counter()

    def add_campaign(self, report) -> None:
        """A campaign's own findings (BL6xx) count; its messages were counted as
        documents already."""
        self.campaigns += 1
        self.by_severity.update(str(d.severity) for d in report.diagnostics)

    def add(self, result) -> None:
        self.documents += 1
        self.by_severity.update(str(d.severity) for d in result.diagnostics)

    @property
    def diagnostics(self) -> int:
        return sum(self.by_severity.values())

    def to_json(self) -> dict:
        out = {"documents": self.documents, "diagnostics": self.diagnostics,
               "by_severity": {str(s): self.by_severity.get(str(s), 0)
                               for s in sorted(Severity, reverse=True)}}
        if self.campaigns:
            out["campaigns"] = self.campaigns
        return out
