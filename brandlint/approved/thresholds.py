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
    """A brand-wide `min_score`, and an `idea_min` for each channel with enough drafts of
    its own whose scores call for another threshold, such that at most `max_share` of
    the approved drafts fall below the threshold that applies to them.

    `channel_mins` holds each idea channel's `idea_min` from the profile (None: none); a
    channel with too few drafts to refit keeps its own.
    """
    by_channel: dict[str, list[float]] = {}
    for row in rows:
        by_channel.setdefault(row.channel, []).append(row.score)
    kept = {name for name, scores in by_channel.items()
            if len(scores) < MIN_CHANNEL_DOCUMENTS and channel_mins.get(name) is not None}
    fitted = {name: strictest_threshold(scores, max_share)
              for name, scores in by_channel.items() if len(scores) >= MIN_CHANNEL_DOCUMENTS}
    own, brand = _settle(by_channel, fitted, kept, max_share)
    channels = tuple(_channel(name, by_channel[name], current_min, channel_mins.get(name),
                              fitted[name] if name in own else brand, name in own)
                     for name in sorted(by_channel))
    return IdeaCalibration(
        max_share=max_share, current_min_score=current_min, min_score=brand,
        documents=len(rows), current_below=sum(c.current_below for c in channels),
        below=sum(c.below for c in channels), channels=channels)


def _settle(by_channel: dict[str, list[float]], fitted: dict[str, float], kept: set[str],
            max_share: float) -> tuple[set[str], float]:
    """Which channels need their own threshold, and the brand-wide one for the rest.

    A channel gets its own when the brand-wide threshold would flag more than the share
    of its drafts (its fit is lower) or is clearly laxer than its drafts allow (its fit
    is `CHANNEL_DIFFERENCE` higher). The brand-wide threshold is fitted on the drafts it
    applies to, so the share holds over all drafts; the set of own channels only grows,
    so this ends.
    """
    own: set[str] = set()
    while True:
        shared = [s for name, scores in by_channel.items() if name not in own | kept
                  for s in scores]
        everything = [s for scores in by_channel.values() for s in scores]
        brand = strictest_threshold(shared or everything, max_share)
        needed = {name for name, fit in fitted.items()
                  if fit < brand or fit >= brand + CHANNEL_DIFFERENCE - 1e-9}
        if needed <= own:
            return own, brand
        own |= needed


def _channel(name: str, scores: list[float], current_min: float, own_min: float | None,
             proposed: float, own: bool) -> ChannelCalibration:
    current = own_min if own_min is not None else current_min
    kept = own_min is not None and not own and len(scores) < MIN_CHANNEL_DOCUMENTS
    if kept:
        proposed = own_min
    drop = own_min is not None and not own and not kept
    return ChannelCalibration(name, len(scores), current, count_below(scores, current),
                              proposed, count_below(scores, proposed), own, kept, drop)
