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

import textwrap
from dataclasses import dataclass, field

MIN_ADDRESSED = 5  # fewer drafts that address the reader say nothing about a channel
EXAMPLES = 3
DOMINANT = 2  # the other register is the channel's own from twice the profile's count

_OTHER = {"tu": "vous", "vous": "tu", "formal": "informal", "informal": "formal"}


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
        return _OTHER[self.address]

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
        from brandlint.rules.tone.register import addresses_in

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


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, 88, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def render_text(tally: RegisterTally, max_share: float) -> str:
    if not tally.channels:
        return ""
    lines = ["Register (how the drafts address the reader: the profile's `address`)",
             f"  {'channel':<14}{'drafts':>6}  {'profile':<10}{'in it':>6}{'other':>7}"]
    for name, c in sorted(tally.channels.items()):
        lines.append(f"  {name:<14}{c.drafts:>6}  {c.address:<10}{c.own:>6}{c.flagged:>7}")
    changes = tally.changes(max_share)
    if not changes:
        lines.append(_wrap("The approved copy uses the register the profile sets: nothing "
                           "to change."))
        return "\n".join(lines)
    for c in changes:
        said = f"{c.flagged} approved drafts on {c.channel} say {c.other}"
        if c.verdict(max_share) == "switch":
            lines.append(_wrap(f"{said}, {c.own} say {c.address}: the brand writes "
                               f"{c.other} there. If that is its choice, set it in the "
                               "profile:"))
            lines.append(f"    channels: {{{c.channel}: {{address: {c.other}}}}}")
        else:
            lines.append(_wrap(f"{said} and {c.own} say {c.address}: either the {c.other} "
                               "ones slipped through approval, or the channel holds two "
                               "kinds of copy (announcements and replies, say) that deserve "
                               "two channels, each with its own `address`."))
        lines.append("    for example:")
        lines += [f"      {label}" for label in c.examples]
    return "\n".join(lines)
