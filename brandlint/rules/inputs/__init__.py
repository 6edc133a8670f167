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
                 fires=(Example("---\nchannel: newsletter\n---\nBonjour !", file="draft.md"),
                        Example("---\nchannel: newsletter\n---\nHello!", lang="en",
                                file="draft.md")),
                 does_not_fire=(Example("---\nchannel: email\n---\nBonjour !",
                                        file="draft.md"),
                                Example("---\nchannel: email\n---\nHello!", lang="en",
                                        file="draft.md")),
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
    Rule("BL909", "not-a-regular-file", Severity.WARNING,
         "A named pipe, socket or device in a checked folder was skipped.",
         RuleDoc("Reports an entry of a checked folder that has a draft's suffix but is a "
                 "named pipe (FIFO), a socket, a device or a link to a folder. It is listed "
                 "without being opened: reading a pipe nobody writes to would block the run.",
                 _WHY, fix="Add the entry to `exclude:` in .brandlint.yaml, or name a pipe "
                           "on the command line to read it on purpose.")),
    Rule("BL910", "front-matter-too-large", Severity.ERROR,
         "Markdown front matter is too large, too nested or uses too many YAML aliases.",
         RuleDoc("Reports front matter over 64 KB, nested more than 50 levels or with more "
                 "than 20 aliases (`*name`), and reads the draft without it. A few hundred "
                 "bytes of aliases can expand into gigabytes (a YAML alias bomb).",
                 "The channel and id in the front matter decide how the draft is judged; "
                 "reading them must not exhaust the machine.",
                 fires=(Example("---\nchannel: email\na: &a [x, x, x, x, x]\n"
                                "b: [" + ", ".join(["*a"] * 21) + "]\n---\nBonjour !",
                                file="draft.md"),
                        Example("---\nchannel: email\nid: " + "[" * 60 + "]" * 60
                                + "\n---\nHello!", lang="en", file="draft.md")),
                 does_not_fire=(Example("---\nchannel: email\nid: noel\n---\nBonjour !",
                                        file="draft.md"),
                                Example("---\nchannel: email\nid: xmas\n---\nHello!",
                                        lang="en", file="draft.md")),
                 fix="Keep front matter to a few `key: value` lines (channel, id).")),
    Rule("BL911", "invalid-character", Severity.WARNING,
         "A batch row holds an unpaired surrogate escape, replaced by U+FFFD.",
         RuleDoc("Reports a JSONL row whose text carries an escape such as `\\ud800` that "
                 "encodes half of a character. The half is replaced by U+FFFD (�), the row "
                 "is checked, and positions stay those of the file.",
                 "No UTF-8 report can hold half a character: left as it is, it would break "
                 "the report for every document, not just this one.",
                 fires=(Example('{"id": "n1", "channel": "email", '
                                '"text": "Construisez \\ud800 ensemble"}', file="batch.jsonl"),
                        Example('{"id": "n1", "channel": "email", '
                                '"text": "Build \\udc00 together"}', lang="en",
                                file="batch.jsonl")),
                 does_not_fire=(Example('{"id": "n1", "channel": "email", '
                                        '"text": "Cr\\u00e9ez ensemble \\ud83d\\ude00"}',
                                        file="batch.jsonl"),
                                Example('{"id": "n1", "channel": "email", '
                                        '"text": "Build together \\ud83d\\ude00"}',
                                        lang="en", file="batch.jsonl")),
                 fix="Fix the tool that wrote the batch: it split a character in two.")),
    Rule("BL912", "bounded-analysis", Severity.INFO,
         "The analysis of a document was bounded: a long run of symbols, an endless sentence.",
         RuleDoc("Reports a document whose analysis brandlint kept within bounds: a run of "
                 "more than 64 punctuation marks, symbols or emoji with no letter, digit or "
                 "space between them (`!!!!!!…`) is read as its first 64 and spaces; a "
                 "sentence of more than 300 words is read in parts of 300; a run of more "
                 "than 100 words with no punctuation, line break or conjunction (1,500 "
                 "nested `> ` quote marks) is read as clauses of 30. Every position stays "
                 "that of the file.",
                 "Each makes the work grow far faster than the text (24,000 `!` took a "
                 "minute to tokenize; 40,000 characters of claims without a full stop, 13 "
                 "seconds to check; 1,500 nested quote marks, 24 seconds): one draft could "
                 "hold up a whole campaign.",
                 fires=(Example("Vos cadeaux arrivent" + " !" + "!" * 80,
                                file="draft.txt"),
                        Example("Your gifts are coming" + " !" + "!" * 80, lang="en",
                                file="draft.txt")),
                 does_not_fire=(Example("Vos cadeaux arrivent !!!", file="draft.txt"),
                                Example("Your gifts are coming!!!", lang="en",
                                        file="draft.txt")),
                 fix="Shorten the run (a few marks say as much); end sentences with a full "
                     "stop.")),
    Rule("BL913", "empty-batch", Severity.INFO, "A CSV or JSONL batch has no rows.",
         RuleDoc("Reports a campaign batch that is empty or holds only its header line, so "
                 "that it still appears in the report.", _WHY,
                 fires=(Example("id,channel,text\n", file="batch.csv"),
                        Example("", lang="en", file="batch.jsonl")),
                 does_not_fire=(Example("id,channel,text\nn1,email,Bonjour !\n",
                                        file="batch.csv"),
                                Example('{"id": "n1", "channel": "email", "text": "Hi!"}\n',
                                        lang="en", file="batch.jsonl")),
                 fix="Check that the export that wrote the batch did not fail.")),
    Rule("BL914", "reader-failed", Severity.ERROR,
         "Reading or analysing a document failed (a brandlint bug); the others were checked.",
         RuleDoc("Reports an internal error while reading, parsing or analysing one file or "
                 "document, so that every other document is still checked. Rerun with "
                 "--debug for the traceback and report it.", _WHY,
                 fix="Report the bug with the file that triggers it.")),
    Rule("BL915", "unused-suppression", Severity.INFO,
         "A suppression directive (or a batch row's `noqa`) silenced nothing.",
         RuleDoc("Reports a `brandlint: disable…` directive, or a `noqa` value, that "
                 "covered no finding of a rule that ran (the finding it was written for "
                 "was fixed, or moved out of its scope), or that names no rule at all "
                 "(a typo such as `BL3O1`).",
                 "Suppressions that outlive their finding pile up and later hide a real "
                 "problem written on the same line or in the same range.",
                 fires=(Example("<!-- brandlint: disable-next-line=BL301 -->\nBonjour, "
                                "construisez votre monde.", file="draft.md"),
                        Example("# brandlint: disable-next-line=BL301\nHello, build your "
                                "world.", lang="en", file="draft.txt")),
                 does_not_fire=(Example("<!-- brandlint: disable-next-line=BL301 -->\n"
                                        "Satisfaction toujours garantie.", file="draft.md"),
                                Example("# brandlint: disable-next-line=BL301\n"
                                        "Satisfaction always guaranteed.", lang="en",
                                        file="draft.txt")),
                 fix="Remove the directive (or the code it no longer needs).")),
    Rule("BL916", "legacy-encoding", Severity.INFO,
         "A CSV batch is in Windows-1252 (Excel's CSV on Windows), not UTF-8.",
         RuleDoc("Reports a CSV batch whose bytes are not UTF-8 but read as Windows-1252, "
                 "the encoding Excel writes on Windows for « CSV (séparateur : "
                 "point-virgule) »: the rows are read and checked, and the report says so "
                 "once, on the header. A UTF-8 file with one damaged row is not re-read: "
                 "that row is a BL902.",
                 "Accents read in the wrong encoding would turn « créativité » into "
                 "another word, and the idea and term rules would miss it; saying which "
                 "encoding was used lets the team check it.",
                 fires=(Example("id;canal;texte\nnoel-01;email;Créez votre fête.\n",
                                file="campagne.csv", encoding="cp1252"),
                        Example("id;channel;text\nxmas-01;email;Café and crème brûlée.\n",
                                lang="en", file="campaign.csv", encoding="cp1252")),
                 does_not_fire=(Example("id;canal;texte\nnoel-01;email;Créez votre fête.\n",
                                        file="campagne.csv"),
                                Example("id;channel;text\nxmas-01;email;Café and crème "
                                        "brûlée.\n", lang="en", file="campaign.csv")),
                 fix="Save the file as “CSV UTF-8” (Excel: Save As, CSV UTF-8).")),
)
