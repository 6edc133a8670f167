"""What the sincerity rules share: the service-channel gate, the reply's reading and
the words for people, in the report's language (messages.py and the catalogue)."""

from __future__ import annotations

from brandlint.i18n import _, current, shorten
from brandlint.rules.sincerity.messages import COMMON, MESSAGES


def on_service_channel(analysis) -> bool:
    """The sincerity rules judge replies on the channels the profile marks `service` —
    replies written to someone, not the system's own screens and notices."""
    return bool(getattr(analysis.channel, "service", False)) and \
        not analysis.system_message


def say(code: str, key: str, **values) -> str:
    """The rule's message `key` in the report's language, filled in."""
    return _(MESSAGES[code][key]).format(**values)


def common(key: str) -> str:
    return _(COMMON[key])


def char_span(analysis, start: int, end: int) -> tuple[int, int]:
    doc = analysis.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def quoted(analysis, start: int, end: int, limit: int = 90) -> str:
    first, last = char_span(analysis, start, end)
    return shorten(analysis.text[first:last], limit)


def commitment_phrase(analysis) -> str:
    """The delay of the service the reply is about, as the profile commits to it."""
    from brandlint.profile.durations import describe_hours

    declared = analysis.profile.promises
    for index in sorted(analysis.service_words):
        service = analysis.service_words[index]
        promise = declared.get(service)
        if promise is not None and promise.within is not None:
            return common("within").format(describe_hours(promise.within.hours, current()))
    return common("commitment_default")


def cue_findings(rule, analysis, cues, **values):
    """One finding per cue of the reply (blame, doubt, condescension…), quoting its words,
    with the rule's message and sentence shape in the report's language."""
    if not on_service_channel(analysis):
        return
    words = MESSAGES[rule.code]
    for cue in cues(analysis.reply):
        start, end = char_span(analysis, cue.start, cue.end)
        # a cue of its own kind (a definition given as to a beginner) has its own words
        key = cue.detail if cue.detail in words else "message"
        advice = f"{cue.detail}_suggestion" if f"{cue.detail}_suggestion" in words \
            else "suggestion"
        yield rule.finding(start, end,
                           say(rule.code, key,
                               words=quoted(analysis, cue.start, cue.end),
                               brand=analysis.profile.brand, **values),
                           suggestion=say(rule.code, advice, brand=analysis.profile.brand))
