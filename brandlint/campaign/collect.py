"""Campaigns of a run: the facts of each message (never its parse), grouped by campaign
and offer, judged by the BL6xx rules once the campaign's messages are all read, and the
campaign report (facts by message, disagreements, findings) as plain data for the
JSON and HTML reporters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brandlint.campaign.facts import Fact, MessageFacts
from brandlint.diagnostics import Diagnostic

if TYPE_CHECKING:
    from brandlint.rules.consistency._compare import CampaignFinding, Place

# The campaign rules (and the analysis they compare with) are imported when a campaign
# is judged: a run whose every file comes from the cache, with no campaign, needs none.


@dataclass
class CampaignReport:
    name: str
    messages: list[MessageFacts]
    findings: list[CampaignFinding] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_json(self) -> dict:
        """Per campaign: every message with its facts, the disagreements (which value is
        the reference, which message differs) and the diagnostics. What the HTML report
        renders as a table of facts by message."""
        return {
            "campaign": self.name,
            "messages": [_message_json(m) for m in self.messages],
            "disagreements": [_finding_json(f) for f in self.findings],
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


class CampaignCollector:
    """Keeps each campaign's message facts, in input order; `finish` judges them."""

    def __init__(self, profile, selection):
        self.profile = profile
        self.selection = selection
        self._campaigns: dict[str, list[MessageFacts]] = {}

    def add(self, result) -> None:
        data = getattr(result, "campaign", None)
        if not data:
            return
        message = MessageFacts.from_json(data)
        self._campaigns.setdefault(message.campaign, []).append(message)

    def __bool__(self) -> bool:
        return bool(self._campaigns)

    def finish(self) -> Iterator[CampaignReport]:
        for name, messages in self._campaigns.items():
            yield self.judge(name, messages)
        self._campaigns.clear()

    def judge(self, name: str, messages: list[MessageFacts]) -> CampaignReport:
        from brandlint.rules import rule_by_code
        from brandlint.rules.consistency import JUDGES
        from brandlint.rules.consistency._compare import OfferGroup

        report = CampaignReport(name, messages)
        offers: dict[str | None, list[MessageFacts]] = {}
        for m in messages:
            offers.setdefault(m.offer or None, []).append(m)
        seen: set[tuple[str, frozenset[str]]] = set()
        for offer, group_messages in offers.items():
            group = OfferGroup(name, offer, group_messages, _commitments(self.profile),
                               [m for m in messages if (m.offer or None) != offer])
            for code, judge in JUDGES.items():
                rule = rule_by_code(code)
                if rule is None or not self.selection.enabled(rule):
                    continue
                for finding in judge(group):
                    key = (finding.kind, frozenset(finding.ids()[:2]))
                    if key in seen:
                        continue
                    seen.add(key)
                    diagnostic = self.selection.apply(_diagnostic(finding, self.profile))
                    if diagnostic is not None and not _suppressed(diagnostic,
                                                                  finding.odd.message):
                        report.findings.append(finding)
                        report.diagnostics.append(diagnostic)
        return report


def _suppressed(diagnostic: Diagnostic, message: MessageFacts) -> bool:
    """The message's `noqa` or `brandlint: disable` directive covers the finding, at
    the finding's line (a campaign finding sits on the message that disagrees)."""
    from brandlint.sources.suppress import Suppression

    return any(Suppression(frozenset(codes), first, last, 0, 0, "").covers(
        diagnostic.code, diagnostic.name, diagnostic.family, diagnostic.line)
        for codes, first, last in message.suppressions)


def _commitments(profile) -> dict[str, str]:
    out = {}
    for service, promise in profile.promises.items():
        within = getattr(promise, "within", None)
        if within is not None:
            out[service] = f"{within.hours:g}h"
    return out


def _diagnostic(finding: CampaignFinding, profile) -> Diagnostic:
    from brandlint.rules import rule_by_code

    rule = rule_by_code(finding.code)
    odd = finding.odd
    message, advice = _words(finding)
    line, column, end_line, end_column, text = _where(odd)
    return Diagnostic(
        code=rule.code, name=rule.name, family=rule.family, severity=rule.severity,
        message=message, path=odd.message.path, id=odd.message.id, line=line, column=column,
        end_line=end_line, end_column=end_column, text=text, suggestion=advice,
        advice=advice,
        extra={"related": [_location(p) for p in finding.related],
               "campaign": odd.message.campaign, "kind": finding.kind})


def _where(place: Place) -> tuple[int, int, int, int, str]:
    fact = place.fact
    if fact is None:
        return place.message.line, 1, place.message.line, 1, ""
    return fact.line, fact.column, fact.end_line, fact.end_column, fact.text


def _location(place: Place) -> dict:
    line, column, end_line, end_column, text = _where(place)
    return {"path": place.message.path, "id": place.message.id, "line": line,
            "column": column, "end_line": end_line, "end_column": end_column, "text": text}


def _words(finding: CampaignFinding) -> tuple[str, str]:
    from brandlint.rules.consistency._words import common, say

    odd = finding.odd
    language = odd.message.language
    other = finding.related[0] if finding.related else None
    odd_words = odd.fact.text if odd.fact else ""
    ref_words = other.fact.text if other and other.fact else ""
    ref_id = other.message.id if other else ""
    source = common(language, finding.reference_source) if finding.reference_source in (
        "majority", "profile", "original", "first") else ""
    if finding.reference_source == "majority" and "count" in finding.values:
        source = source.format(**finding.values)
    code = finding.code
    if code == "BL605" and finding.reference is not None:
        values = {"odd": odd_words, "ref": ref_words, "ref_id": ref_id, "source": source}
        return (say(code, language, "message_value", **values),
                say(code, language, "suggestion_value", **values))
    if code == "BL605":
        return (say(code, language, "message", odd=odd_words, ref=ref_words, ref_id=ref_id),
                say(code, language, "suggestion"))
    if code == "BL606":
        return _variant_words(finding, language)
    values = {"odd": odd_words, "ref": ref_words, "ref_id": ref_id, "source": source,
              "service": common(language, "services").get(
                  finding.key.partition(":")[0], finding.key),
              "odd_date": odd.fact.value if odd.fact else "",
              "ref_date": finding.reference or ""}
    template = "message_hours" if code == "BL604" and finding.key.startswith("availability") \
        else "message"
    return say(code, language, template, **values), say(code, language, "suggestion",
                                                          **values)


def _variant_words(finding: CampaignFinding, language: str) -> tuple[str, str]:
    from brandlint.rules.consistency._words import common, say

    kinds = common(language, "kinds")
    items = [say("BL606", language, "item_missing", kind=kinds[k], words=_text(f))
             for k, f in finding.values["missing"]]
    items += [say("BL606", language, "item_extra", kind=kinds[k], words=_text(f))
              for k, f in finding.values["extra"]]
    other = finding.related[0].message
    direction = common(language, "less" if not finding.values["extra"] else "more")
    message = say("BL606", language, "message", language=finding.odd.message.language,
                  direction=direction, other_id=other.id, other_language=other.language,
                  items="; ".join(items))
    return message, say("BL606", language, "suggestion")


def _text(fact: Fact | None) -> str:
    return fact.text if fact is not None else ""


def _message_json(message: MessageFacts) -> dict:
    data = message.to_json()
    # kept for judging, not for the reader
    del data["words"], data["suppressions"], data["open_days"], data["schedule"], \
        data["figures"]
    table: dict[str, list] = {}
    for fact in message.facts:
        table.setdefault(fact.kind, []).append(
            {"key": fact.key, "value": fact.value, "text": fact.text, "line": fact.line,
             "column": fact.column})
    data["facts"] = table
    return data


def _finding_json(finding: CampaignFinding) -> dict:
    from brandlint.rules.consistency import KINDS

    return {"code": finding.code, "kind": KINDS[finding.code], "key": finding.key,
            "reference": finding.reference, "reference_source": finding.reference_source,
            "odd": {"id": finding.odd.message.id,
                    "value": finding.odd.fact.value if finding.odd.fact else None,
                    "text": finding.odd.fact.text if finding.odd.fact else None},
            "others": [{"id": p.message.id,
                        "value": p.fact.value if p.fact else None,
                        "text": p.fact.text if p.fact else None} for p in finding.related],
            "ids": finding.ids()}
