"""What the sincerity rules share: the service-channel gate, the reply's reading and
the words for people, in the report's language (messages.py and the catalogue)."""

from __future__ import annotations

import re

from brandlint.analysis.features import text_sentence_bounds
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


_FAILURES = frozenset({"error", "errors", "failed", "failure", "fail", "erreur", "erreurs",
                       "échec", "échoué", "échouée", "échoués", "échouées", "wrong",
                       "problème", "souci", "incident"})


def interface_error(analysis, problem) -> bool:
    """An interface's own error string, written back to no one ("An error has occurred.
    Please try again later.", « Une erreur est survenue lors du chargement des résultats. »):
    by the convention of interface copy an apology is optional there — what the reader needs
    is a way forward: BL403 reports the missing apology as a hint, BL407 the missing way
    forward as a warning worded for a screen. Not a reply to someone, nor a longer message,
    nor another problem than an error or a failure (a delay, a lost parcel)."""
    from brandlint.analysis.reply import speaks_to_someone

    if speaks_to_someone(analysis):  # (a script's customer turns included)
        return False
    problem_words = analysis.doc[problem.start:problem.end]
    if not any(t.lower_ in _FAILURES for t in problem_words):
        return False
    words = [t for t in analysis.doc if t.is_alpha]
    # the sentence read on the text, from its start (the parser may cut « Erreur » off
    # « lors de l'envoi… » as a sentence of its own)
    start, end = text_sentence_bounds(analysis.text, problem_words[0].idx)
    return len(words) <= 30 and bool(_OCCURRED.search(analysis.text[start:end].strip()))


# The interface's own error said as such: "An error (has) occurred", "Something went
# wrong", "Failed to…", « Une erreur / un problème est survenu(e) / s'est produit(e) »,
# « Échec de… » — not "an error in your order",
# « une erreur s'est glissée dans votre commande » (a fault in their order, owed an apology).
# (also "there was an error sending your code", « il y a eu une erreur lors de… »; the
# error as the string's own label, "Error trying to send…", « Erreur lors de l'envoi… »
# — not "Error: we shipped the wrong size", a fault told; a form's check, « Il y a des
# erreurs ou des informations manquantes »)
_OCCURRED = re.compile(r"\b(?:errors?\s+(?:has\s+|have\s+)?(?:occurred|happened)|"
                       r"there\s+(?:was|has\s+been|were|is|are)\s+(?:an?\s+)?(?:unexpected\s+)?errors?|"
                       r"il\s+y\s+a\s+(?:eu\s+)?(?:une|des)\s+(?:erreurs?|problèmes?)|"
                       r"^\W*(?:errors?|erreurs?)\s+(?:trying\s+to|while|when|during|"
                       r"lors\s+d[eu'’]|pendant\s+l|en\s+\w+ant\b)|"
                       r"erreurs?\s+(?:est|sont)\s+survenues?|erreurs?\s+s['’]\s*est\s+produite|"
                       r"(?:something|it)\s+(?:has\s+)?(?:went|gone)\s+wrong|"
                       r"(?:problème|souci|incident)\s+(?:technique\s+)?(?:est\s+survenu|"
                       r"s['’]\s*est\s+produit)|"
                       r"^\W*(?:failed\s+to|échec\s+d[eu'’]))", re.I)
