"""Idea thresholds from approved copy: the strictest threshold that still lets at most
`max_share` of the approved drafts fall below it (and so fire the idea-missing rule)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

MIN_DOCUMENTS = 10  # fewer approved drafts than this say nothing about a threshold
MIN_CHANNEL_DOCUMENTS = 20  # a channel gets its own `idea_min` from this many drafts on
CHANNEL_DIFFERENCE = 0.05  # ... and only when it differs this much from the brand-wide one


@dataclass(frozen=True)
class IdeaRow:
    """One approved draft on a channel that carries the idea."""

    label: str  # path, or path#id for a batch row
    channel: str
    score: float


@dataclass(frozen=True)
class ChannelCalibration:
    channel: str
    documents: int
    current: float
    current_below: int
    proposed: float
    below: int
    own: bool  # True: a proposed channel `idea_min`; False: the brand-wide threshold
    kept: bool = False  # True: the profile's own `idea_min`, kept (too few drafts to refit)
    drop: bool = False  # True: the profile's own `idea_min` should go (the brand-wide fits)

    def to_json(self) -> dict:
        return {"documents": self.documents, "current_threshold": self.current,
                "current_below": self.current_below,
                "current_share": share(self.current_below, self.documents),
                "proposed_threshold": self.proposed, "below": self.below,
                "share": share(self.below, self.documents),
                "source": self.source}

    @property
    def source(self) -> str:
        """Where the proposed threshold comes from, for people and tools."""
        return "channel" if self.own else "kept" if self.kept else "brand"


@dataclass(frozen=True)
class IdeaCalibration:
    max_share: float
    current_min_score: float
    min_score: float
    documents: int
    current_below: int
    below: int
    channels: tuple[ChannelCalibration, ...] = field(default=())

    @property
    def channel_minimums(self) -> dict[str, float]:
        return {c.channel: c.proposed for c in self.channels if c.own}


def share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def strictest_threshold(scores: Sequence[float], max_share: float) -> float:
    """The highest threshold (floored to 0.01) with at most `max_share` of `scores`
    strictly below it.

    With the scores sorted, k = ⌊max_share·n⌋ drafts may fall below: the (k+1)-th lowest
    score is the highest threshold that lets no more than k through, since a draft at the
    threshold passes (the rule fires on `score < threshold`).

    >>> strictest_threshold([0.1, 0.5, 0.9, 0.95], 0.25)   # k = 1 -> 2nd lowest
    0.5
    >>> strictest_threshold([0.0, 0.0, 0.7, 0.8], 0.25)    # ties: both zeros fall below
    0.0
    """
    ordered = sorted(scores)
    allowed = math.floor(max_share * len(ordered) + 1e-9)
    return math.floor(ordered[allowed] * 100 + 1e-9) / 100


def count_below(scores: Sequence[float], threshold: float) -> int:
    return sum(1 for s in scores if s < threshold)


def propose(rows: Sequence[IdeaRow], current_min: float, channel_mins: dict[str, float | None],
            max_share: float) -> IdeaCalibration:
    """Brand-wide `min_score` over every draft, a channel `idea_min` where a channel has
    enough drafts of its own and needs a threshold of its own.

    `channel_mins` holds each idea channel's `idea_min` from the profile (None: none).
    """
    scores = [r.score for r in rows]
    brand = strictest_threshold(scores, max_share)
    channels = tuple(_channel(name, [r.score for r in rows if r.channel == name], current_min,
                              channel_mins.get(name), brand, max_share)
                     for name in sorted({r.channel for r in rows}))
    now = [_threshold_for(r, current_min, channel_mins) for r in rows]
    return IdeaCalibration(
        max_share=max_share, current_min_score=current_min, min_score=brand,
        documents=len(rows),
        current_below=sum(1 for r, t in zip(rows, now, strict=True) if r.score < t),
        below=sum(c.below for c in channels), channels=channels)


def _threshold_for(row: IdeaRow, brand: float, channel_mins: dict[str, float | None]) -> float:
    own = channel_mins.get(row.channel)
    return own if own is not None else brand


def _channel(name: str, scores: list[float], current_min: float, own_min: float | None,
             brand: float, max_share: float) -> ChannelCalibration:
    current = own_min if own_min is not None else current_min
    proposed, own, kept = brand, False, False
    if len(scores) >= MIN_CHANNEL_DOCUMENTS:
        fitted = strictest_threshold(scores, max_share)
        if abs(fitted - brand) >= CHANNEL_DIFFERENCE - 1e-9:
            proposed, own = fitted, True
    elif own_min is not None:
        proposed, kept = own_min, True
    drop = own_min is not None and not own and not kept
    return ChannelCalibration(name, len(scores), current, count_below(scores, current),
                              proposed, count_below(scores, proposed), own, kept, drop)
