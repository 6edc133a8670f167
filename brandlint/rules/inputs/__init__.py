"""BL9xx: problems with the input itself. Raised by readers and the engine, not checks."""

from __future__ import annotations

from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc

_WHY = ("Nothing an input holds is silently dropped: a document brandlint could not "
        "check is reported, so that a green run means every draft was read.")

RULES = (
    Rule("BL901", "unreadable-file", Severity.ERROR, "A path could not be read.",
         RuleDoc("Reports a file or directory that does not exist or cannot be opened.", _WHY,
                 fix="Check the path and its permissions.")),
    Rule("BL902", "undecodable-text", Severity.ERROR, "A file or batch row is not UTF-8.",
         RuleDoc("Reports a document (or batch row) whose bytes are not valid UTF-8.", _WHY,
                 fix="Re-save the file as UTF-8.")),
    Rule("BL903", "bad-batch-row", Severity.ERROR,
         "A CSV/JSONL row is malformed or has no text.",
         RuleDoc("Reports a campaign-batch row that cannot be read: invalid JSON, wrong "
                 "number of CSV fields, missing `text`. The other rows are still checked.",
                 _WHY, fix="Quote CSV fields that contain commas; give every row a `text`.")),
    Rule("BL904", "unknown-channel", Severity.ERROR,
         "A document names a channel the profile does not define.",
         RuleDoc("Reports a document whose channel (front matter, row, config mapping or "
                 "--channel) is not one of the profile's `channels`.",
                 "Tone, length and idea rules depend on the channel; guessing would "
                 "judge the draft against the wrong target.",
                 fires=(Example("---\nchannel: newsletter\n---\nBonjour !"),),
                 does_not_fire=(Example("---\nchannel: email\n---\nBonjour !"),),
                 fix="Use one of the profile's channels, or add the channel to the profile.")),
    Rule("BL905", "no-channel", Severity.ERROR, "No channel could be resolved for a document.",
         RuleDoc("Reports a document with no channel in its front matter or row, no "
                 "config mapping, no --channel and no `default_channel` in the profile.",
                 "Tone, length and idea rules depend on the channel.",
                 fix="Add `channel:` front matter, a `channels:` mapping in .brandlint.yaml, "
                     "--channel, or `default_channel:` in the profile.")),
    Rule("BL906", "bad-front-matter", Severity.ERROR, "Markdown front matter is not valid YAML.",
         RuleDoc("Reports front matter that is not a YAML mapping.",
                 "The channel and id in the front matter decide how the draft is judged.",
                 fix="Write the front matter as `key: value` lines between `---` lines.")),
    Rule("BL907", "document-too-long", Severity.ERROR,
         "A document is longer than the spaCy pipeline accepts.",
         RuleDoc("Reports a document over the pipeline's `max_length` (1,000,000 characters "
                 "by default) instead of stopping the run.", _WHY,
                 fix="Split the document, or lint it as a batch (one message per row).")),
    Rule("BL908", "rule-failed", Severity.ERROR,
         "A rule failed on a document (a brandlint bug); the other rules still ran.",
         RuleDoc("Reports an internal error of one rule on one document, so that every other "
                 "rule and document is still checked. Rerun with --debug for the traceback "
                 "and report it.", _WHY, fix="Report the bug with the draft that triggers it.")),
)
