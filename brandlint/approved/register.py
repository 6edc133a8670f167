"""The register the brand's approved copy really uses on each channel.

A profile's `address` is a guess until it meets the brand's copy: a telecom operator
that answers its customers in *tu* may announce its offers in *vous*. When approved
drafts of a channel keep getting BL204 (the register the profile does not set), the
profile, not the copy, is the likelier mistake. For each channel this counts the drafts
BL204 flags and the drafts that address the reader in the profile's register, and says
what to change:

- the other register dominates (at least twice as many drafts as the profile's): set
  the channel's `address` to it, if that is the brand's choice;
- both are common: the channel holds two kinds of copy (announcements and replies), or
  the flagged ones slipped through approval — look at the drafts named;
- BL204 fires on at most `max_share` of the channel's drafts: nothing to change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brandlint.rules.tone.register import OTHER_REGISTER, addresses_in

MIN_ADDRESSED = 5  # fewer drafts that address the reader say nothing about a channel
EXAMPLES = 3
DOMINANT = 2  # the other register is the channel's own from twice the profile's count


@dataclass
class ChannelRegister:
    channel: str
    address: str  # what the profile sets for the channel
    drafts: int = 0
    own: int = 0  # drafts that address the reader in the profile's register, unflagged
    flagged: int = 0  # drafts BL204 flags: the other register
    examples: list[str] = field(default_factory=list)

    @property
    def other(self) -> str:
        return OTHER_REGISTER[self.address]

    def verdict(self, max_share: float) -> str:
        """`keep`, `switch` (set the other register) or `mixed` (two kinds of copy)."""
        if self.own + self.flagged < MIN_ADDRESSED or self.flagged <= max_share * self.drafts:
            return "keep"
        return "switch" if self.flagged >= DOMINANT * max(self.own, 1) else "mixed"

    def to_json(self, max_share: float) -> dict:
        return {"address": self.address, "drafts": self.drafts, "own": self.own,
                "flagged": self.flagged, "verdict": self.verdict(max_share),
                "examples": list(self.examples)}


class RegisterTally:
    def __init__(self) -> None:
        self.channels: dict[str, ChannelRegister] = {}

    def add(self, analysis, result, where: str) -> None:
        address = analysis.channel.address or analysis.profile.address
        if address is None:
            return
        tally = self.channels.setdefault(result.channel,
                                         ChannelRegister(result.channel, address))
        tally.drafts += 1
        if any(d.code == "BL204" for d in result.diagnostics):
            tally.flagged += 1
            if len(tally.examples) < EXAMPLES:
                tally.examples.append(where)
        elif addresses_in(analysis, address):
            tally.own += 1

    def to_json(self, max_share: float) -> dict:
        return {name: c.to_json(max_share) for name, c in sorted(self.channels.items())}

    def changes(self, max_share: float) -> list[ChannelRegister]:
        return [c for _, c in sorted(self.channels.items()) if c.verdict(max_share) != "keep"]
