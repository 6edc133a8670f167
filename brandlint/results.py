"""What a check gives back for one document: kept apart from the engine so that the cache
and the runner can hold results without importing the analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from brandlint.diagnostics import Diagnostic


@dataclass
class DocumentResult:
    path: str
    id: str | None
    channel: str | None
    language: str
    scores: dict = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    campaign: dict | None = None  # the message's facts, when it belongs to a campaign
