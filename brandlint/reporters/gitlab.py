"""GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array of issues,
each with a description, the check's name, a severity GitLab knows, a location and a
fingerprint that stays the same while the finding does (GitLab compares fingerprints
between the merge request and its target branch to show what is new)."""

from __future__ import annotations

import json
from collections import Counter

from brandlint.reporters.escape import no_surrogates
from brandlint.reporters.locations import fingerprint

_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


class GitlabReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.issues: list[dict] = []
        self._seen: Counter = Counter()

    def add(self, result) -> None:
        for d in result.diagnostics:
            key = (d.code, d.path, d.id, " ".join(d.text.split()).casefold())
            self._seen[key] += 1
            description = f"{d.code} {d.message}" + (f" [{d.id}]" if d.id else "")
            if d.what_to_do:
                description += f" ({d.what_to_do})"
            self.issues.append({
                "type": "issue",
                "check_name": f"{d.code} {d.name}",
                "description": description,
                "categories": ["Style"],
                "severity": _SEVERITIES[str(d.severity)],
                "fingerprint": fingerprint(d.code, d.path, d.id, d.text, self._seen[key]),
                "location": {"path": d.path,
                             "positions": {"begin": {"line": d.line, "column": d.column},
                                           "end": {"line": d.end_line,
                                                   "column": d.end_column}}},
            })

    def finish(self) -> None:
        self.stream.write(no_surrogates(json.dumps(self.issues, ensure_ascii=False, indent=2)))
        self.stream.write("\n")
