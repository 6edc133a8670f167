"""Channel limits: characters and words."""

from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, ngettext
from brandlint.rules.base import Example, Rule, RuleDoc


def _whole(analysis) -> tuple[int, int]:
    text = analysis.text
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())


def _opening(text: str, start: int, end: int, width: int = 40) -> int:
    """The end of the draft's first words, at most `width` characters, never mid-word."""
    if end - start <= width:
        return end
    cut = text.rfind(" ", start, start + width + 1)
    if cut <= start:  # one long word: quote it whole
        cut = text.find(" ", start + width)
        return end if cut < 0 else cut
    return start + len(text[start:cut].rstrip(" ,;:"))


def check_chars(analysis: DocAnalysis) -> Iterator[Finding]:
    limit = analysis.channel.max_chars
    if limit and analysis.char_count > limit:
        start, end = _whole(analysis)
        over = analysis.char_count - limit
        yield CHARS.finding(
            start, _opening(analysis.text, start, end),
            _("{count} characters on {channel}, whose limit is {limit} ({over} over): the "
              "message will be cut or rejected").format(
                count=analysis.char_count, channel=analysis.channel_name, limit=limit,
                over=over),
            suggestion=ngettext("cut {n} character", "cut {n} characters", over).format(
                n=over))


def check_words(analysis: DocAnalysis) -> Iterator[Finding]:
    limit = analysis.channel.max_words
    count = analysis.typed_word_count
    if limit and count > limit:
        start, end = _whole(analysis)
        yield WORDS.finding(
            start, _opening(analysis.text, start, end),
            _("{count} words on {channel}, whose limit is {limit}: readers skim long copy and "
              "miss the point").format(count=count,
                                       channel=analysis.channel_name, limit=limit),
            suggestion=ngettext("cut about {n} word", "cut about {n} words",
                                count - limit).format(
                n=count - limit))


CHARS = Rule(
    "BL201", "channel-too-many-chars", Severity.ERROR,
    "The draft is longer than the channel's `max_chars`.",
    RuleDoc(
        what="Counts the characters of the draft's prose against the channel's `max_chars` "
             "(SMS: 160; a social post: 280).",
        why="Past the limit an SMS is split and billed twice, a post is cut mid-sentence.",
        fires=(Example("Votre atelier créatif vous attend samedi ! " * 5, channel="sms"),
               Example("Your creative workshop is waiting for you on Saturday! " * 4,
                       lang="en", channel="sms")),
        does_not_fire=(Example("Votre atelier créatif vous attend samedi à 10 h !",
                               channel="sms"),
                       Example("Your creative workshop starts Saturday at 10.", lang="en",
                               channel="sms")),
        fix="Shorten the draft below the limit.",
    ),
    check=check_chars,
)

WORDS = Rule(
    "BL202", "channel-too-many-words", Severity.WARNING,
    "The draft has more words than the channel's `max_words`.",
    RuleDoc(
        what="Counts words as a word processor does (runs between spaces that hold a "
             "letter or a figure: « n'a », « Saviez-vous », \"it's\" are one word each) "
             "against the channel's `max_words`.",
        why="Each channel has an attention budget; an email read on a phone loses its "
            "reader after a couple of screens.",
        fires=(Example("Imaginez, construisez et partagez vos créations. " * 40),
               Example("Imagine, build and share what you create. " * 40, lang="en")),
        does_not_fire=(Example("Imaginez, construisez et partagez vos créations."),
                       Example("Imagine, build and share what you create.", lang="en")),
        fix="Cut to the essential; link to the rest.",
    ),
    check=check_words,
)
