"""What the sincerity rules share: the service-channel gate, the reply's reading and
the words for people, in the draft's language (messages.yaml)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from brandlint.analysis.lexicons import FAST_SAFE_LOADER


def on_service_channel(analysis) -> bool:
    """The sincerity rules judge replies on the channels the profile marks `service`."""
    return bool(getattr(analysis.channel, "service", False))


@functools.cache
def _messages() -> dict:
    text = resources.files(__package__).joinpath("messages.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=FAST_SAFE_LOADER)


def say(code: str, language: str, key: str, **values) -> str:
    table = _messages()[code]
    template = table.get(language, table["en"])[key]
    return template.format(**values)


def common(language: str, key: str) -> str:
    table = _messages()["common"]
    return table.get(language, table["en"])[key]


def char_span(analysis, start: int, end: int) -> tuple[int, int]:
    doc = analysis.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def quoted(analysis, start: int, end: int, limit: int = 90) -> str:
    first, last = char_span(analysis, start, end)
    text = " ".join(analysis.text[first:last].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def commitment_phrase(analysis) -> str:
    """The delay of the service the reply is about, as the profile commits to it."""
    from brandlint.profile.durations import describe_hours

    language = analysis.language
    declared = analysis.profile.promises
    for index in sorted(analysis.service_words):
        service = analysis.service_words[index]
        promise = declared.get(service)
        if promise is not None and promise.within is not None:
            return common(language, "within").format(describe_hours(promise.within.hours,
                                                                     language))
    return common(language, "commitment_default")


def cue_findings(rule, analysis, cues, **values):
    """One finding per cue of the reply (blame, doubt, condescension…), quoting its words,
    with the rule's message and sentence shape in the draft's language."""
    if not on_service_channel(analysis):
        return
    language = analysis.language
    for cue in cues(analysis.reply):
        start, end = char_span(analysis, cue.start, cue.end)
        yield rule.finding(start, end,
                           say(rule.code, language, "message",
                               words=quoted(analysis, cue.start, cue.end),
                               brand=analysis.profile.brand, **values),
                           suggestion=say(rule.code, language, "suggestion"))
