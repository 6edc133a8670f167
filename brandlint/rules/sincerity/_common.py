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


def notice_to_many(analysis) -> bool:
    """A status notice sent to many customers at once, not a reply to one: it names those
    affected as a group or an area in the third person (« une partie des abonnés de
    Cergy », « sur les communes de Cahors et Figeac », "customers in the Leeds area",
    "some users in Europe") and says the brand is at work on it (« nos équipes sont
    mobilisées », "our engineers are on it", a step or an update promised). An apology
    there is the house's style — some status pages say sorry, others thank for patience
    — so BL403 reports its absence as a hint; a reply to one customer's complaint owes
    it. Not a personal reply, nor one that speaks to a named customer."""
    if analysis.is_personal_reply:
        return False
    text, language = analysis.text, analysis.language
    return bool(_MANY_AFFECTED[language].search(text) and _AT_WORK[language].search(text))


# Those affected named as many, in the third person: a share or a count of the customers,
# or the places the trouble covers.
_MANY_AFFECTED = {
    "fr": re.compile(
        r"\b(?:une\s+partie|la\s+plupart|la\s+majorité|certains|certaines|plusieurs|"
        r"plus\s+de\s+[\d\s.,]+|[\d\s.,]{2,})\s*(?:de\s+nos\s+|des\s+|d['’]\s*)?"
        r"(?:abonnés|clients|clientes|utilisateurs|utilisatrices|usagers|foyers|assurés|"
        r"adhérents|membres|voyageurs|passagers|habitants|résidents|"
        r"départements|communes|villes|régions|quartiers)\b"
        r"|\b(?:abonnés|clients|usagers|utilisateurs|foyers|assurés|adhérents|voyageurs|"
        r"habitants|résidents)\s+(?:de|du|des|d['’]|situés|"
        r"résidant|habitant)\b"
        r"|\b(?:sur|dans)\s+(?:la|les|une\s+partie\s+de\s+la|une\s+partie\s+des)\s+"
        r"(?:commune|communes|région|régions|ville|villes|zone|zones|secteur|secteurs|"
        r"département|départements|agglomération)\s+(?:de|du|des|d['’])", re.I),
    "en": re.compile(
        r"\b(?:some|many|several|most|all|a\s+number\s+of|a\s+small\s+number\s+of|"
        r"a\s+few|thousands\s+of|hundreds\s+of|[\d,.]{2,})\s+(?:of\s+our\s+)?"
        r"(?:customers|users|subscribers|members|households|homes|passengers|policyholders|"
        r"residents|travellers|travelers)\b"
        r"|\b(?:customers|users|subscribers|members|households|homes|policyholders|"
        r"residents|passengers)\s+(?:in|across|around|"
        r"near|living\s+in|based\s+in)\b"
        r"|\b(?:in|across)\s+(?:the\s+|parts\s+of\s+(?:the\s+)?)?[A-Z][\w-]+"
        r"(?:\s+[A-Z][\w-]+)?\s+(?:area|region|areas|regions)\b"),
}
# The brand at work on it: teams on site or mobilised, investigations under way, an update
# promised.
_AT_WORK = {
    "fr": re.compile(
        r"\b(?:nos\s+|des\s+|une\s+|les\s+)?(?:équipes?|techniciens?|ingénieurs?)\s+"
        r"(?:sont|est)\s+(?:déjà\s+)?(?:mobilisée?s?|sur\s+place|à\s+pied\s+d['’]œuvre|"
        r"en\s+intervention|sur\s+le\s+coup)"
        r"|\binvestigations?\s+(?:sont|est)\s+en\s+cours"
        r"|\b(?:nous\s+)?vous\s+tiendrons\s+informée?s?"
        r"|\b(?:est|sont)\s+(?:corrigée?s?|réparée?s?|rétablie?s?|résolue?s?)\b", re.I),
    "en": re.compile(
        r"\b(?:our\s+)?(?:teams?|engineers?|technicians?)\s+(?:are|is)\s+(?:already\s+)?"
        r"(?:on\s+(?:it|site|the\s+case)|working\s+on|investigating|mobilised|mobilized)"
        r"|\b(?:we|we'll|we\s+will)\s+(?:keep\s+you\s+(?:posted|updated|informed)|"
        r"post\s+(?:an\s+)?updates?|update\s+(?:you|this))"
        r"|\b(?:has|have)\s+been\s+(?:fixed|resolved|restored)\b", re.I),
}


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
