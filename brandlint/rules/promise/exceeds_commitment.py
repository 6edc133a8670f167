from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.inflect import delay_phrase, keep_case
from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc

_WITHIN = {"fr": "sous {}", "en": "within {}"}


def promise_span(analysis, promise) -> tuple[int, int]:
    doc = analysis.doc
    service = promise.service_start if promise.service_start >= 0 else promise.service_token
    first = min(promise.mention.start, service)
    last = max(promise.mention.end, promise.service_token + 1)
    if last - first > 12:  # far apart: quote the delay only
        first, last = promise.mention.start, promise.mention.end
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def describe_promised(promise, language: str) -> str:
    from brandlint.profile.durations import describe_hours

    m = promise.mention
    if m.kind == "delay":
        return "at once" if m.hours == 0 else describe_hours(m.hours, language)
    parts = []
    if m.always_hours:
        parts.append("round the clock")
    elif m.opens is not None:
        parts.append(f"{m.opens:g}-{m.closes:g}")
    elif m.closes is not None:
        parts.append(f"until {m.closes:g}:00")
    if m.always_days:
        parts.append("every day")
    return ", ".join(parts)


def suggestion(analysis, promise) -> str:
    language = analysis.language
    committed = analysis.profile.promises[promise.service]
    if promise.mention.kind == "delay":
        return _WITHIN[language].format(promise.committed)
    return committed.availability.describe(language)


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    reported: set[tuple[int, str]] = set()
    for promise in analysis.promises:
        if not (promise.declared and promise.exceeds):
            continue
        # "dès demain, livraison en 24 h": one promise said twice in a line is one finding
        from brandlint.analysis.features import line_bounds

        line = line_bounds(analysis.doc, promise.mention.start)[0]
        if (line, promise.service) in reported:
            continue
        reported.add((line, promise.service))
        start, end = promise_span(analysis, promise)
        soft = promise.hedged or promise.conditional
        why = (" (hedged or under a visible condition: check the condition is really shown)"
               if soft else "")
        consequence = (f"a customer who waits longer comes back angry at the "
                       f"{analysis.profile.brand} service desk"
                       if promise.mention.kind == "delay" else
                       "a customer who comes or calls outside those hours finds nobody "
                       "there")
        advice = suggestion(analysis, promise)
        replacement, safe = _rewrite_at_commitment(analysis, promise, start, end, advice)
        yield RULE.finding(
            start, end,
            f"promises {promise.service} {describe_promised(promise, analysis.language)}; "
            f"the profile commits to {promise.committed}: {consequence}{why}",
            suggestion=advice, lowered=soft, replacement=replacement,
            fix_safe=safe and not soft)


def _rewrite_at_commitment(analysis, promise, start: int, end: int,
                           advice: str) -> tuple[str | None, bool]:
    """The quoted words with the promised delay put at the commitment ("livrées en 24
    heures" -> "livrées sous 3 jours"); safe where the delay is a prepositional phrase."""
    if promise.mention.kind != "delay":
        return None, False
    doc = analysis.doc
    first, last, safe = delay_phrase(doc, promise.mention.start, promise.mention.end)
    phrase_start = doc[first].idx
    phrase_end = doc[last - 1].idx + len(doc[last - 1].text)
    if phrase_start < start or phrase_end > end:
        return None, False
    text = analysis.text
    new = keep_case(text[phrase_start:phrase_end], advice)
    return text[start:phrase_start] + new + text[phrase_end:end], safe


RULE = Rule(
    "BL302", "promise-exceeds-commitment", Severity.ERROR,
    "A service promise is faster (or wider) than what the profile says the service keeps.",
    RuleDoc(
        what="Finds delays (\"en 24 h\", \"sous 48 heures\", \"dès demain\", \"le jour même\", "
             "\"dans l'heure\", \"immédiatement\", \"next-day\", \"within the hour\") and opening "
             "hours (\"24h/24, 7j/7\", \"24/7\", \"de 8 h à 22 h\"), attaches each to the "
             "service it is about through the dependency parse (delivery, refund, response, "
             "repair, exchange, callback, availability, or a service the profile declares "
             "with `terms:`), and fires when it promises more than the profile's `promises:`. "
             "A promise at or slower than the commitment does not fire; a hedged or "
             "conditional one is reported as info; a negated, past or quoted one is ignored.",
        why="The announced delay binds the seller (Code de la consommation L216-1; FTC 16 CFR "
            "435): a promise logistics cannot keep turns into complaints, refunds and a brand "
            "that is not believed.",
        fires=(Example("Commandez aujourd'hui, votre coffret est livré en 24 h."),
               Example("Order today and get next-day delivery on every set.", lang="en"),
               Example("Notre service client vous répond 24h/24, 7j/7.")),
        does_not_fire=(Example("Livraison offerte dès 50 €, expédition sous 5 jours."),
                       Example("Votre coffret est livré sous 3 jours."),
                       Example("Nous ne pouvons pas garantir une livraison en 24 h."),
                       Example("Every set is delivered within 3 days.", lang="en"),
                       Example("You wrote that your parcel was \"promised for the next day\".",
                               lang="en")),
        fix="Phrase the promise at the commitment (\"sous 3 jours\"), or have the service "
            "raise its commitment in the profile first.",
    ),
    check=check,
)
