from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.inflect import delay_phrase, keep_case
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import N_, _, current, quote
from brandlint.rules.base import Example, Rule, RuleDoc, lowered_because

_WITHIN = {"fr": "sous {}", "en": "within {}"}  # draft text: in the draft's language

SERVICES = {"delivery": N_("delivery"), "refund": N_("refund"), "response": N_("response"),
            "repair": N_("repair"), "exchange": N_("exchange"), "callback": N_("callback"),
            "availability": N_("availability")}


def service_name(service: str) -> str:
    """A built-in service in the report's language; a profile's own key as written."""
    return _(SERVICES[service]) if service in SERVICES else service.replace("_", " ")


def promise_span(analysis, promise) -> tuple[int, int]:
    doc = analysis.doc
    service = promise.service_start if promise.service_start >= 0 else promise.service_token
    first = min(promise.mention.start, service)
    last = max(promise.mention.end, promise.service_token + 1)
    if last - first > 12:  # far apart: quote the delay only
        first, last = promise.mention.start, promise.mention.end
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def describe_promised(promise) -> str:
    """What the draft promises, in the report's language: "in 24 h", "round the clock"."""
    from brandlint.profile.durations import describe_hours

    m = promise.mention
    if m.kind == "delay":
        if m.lead:
            return _("with {} notice").format(describe_hours(m.hours, current()))
        if m.hours == 0:
            return _("at once")
        if not m.counted and not any(ch.isdigit() for ch in m.text):
            # « en quelques heures », "the same day": a span without a figure is said in
            # the draft's words, not as the figure it was read as ("in 4 h")
            return quote(m.text)
        if m.floor and m.floor < m.hours:
            return quote(m.text)  # "within 3 working days": not 100.8 h, the draft's words
        return _("in {}").format(describe_hours(m.hours, current()))
    parts = []
    if m.always_hours:
        parts.append(_("round the clock"))
    elif m.opens is not None and m.closes is not None:
        parts.append(f"{m.opens:g}-{m.closes:g}")
    elif m.opens is not None:
        parts.append(_("from {}:00").format(f"{m.opens:g}"))
    elif m.closes is not None:
        parts.append(_("until {}:00").format(f"{m.closes:g}"))
    if m.always_days:
        parts.append(_("every day"))
    elif m.days:
        from brandlint.profile.availability import Weekdays
        parts.append(Weekdays(m.days).describe(current()))
    return ", ".join(parts)


def committed_wording(analysis, promise) -> str:
    """What the profile commits to for the promise's service, in the report's language."""
    from brandlint.profile.durations import describe_hours

    committed = analysis.profile.promises[promise.service]
    if promise.mention.kind == "delay":
        return describe_hours(committed.within.hours, current())
    return f"`{committed.availability.as_written()}`"  # the profile's own words, quoted


def draft_wording(analysis, promise) -> str:
    """The commitment as the draft would say it (its language: it goes into the text)."""
    from brandlint.profile.durations import describe_hours

    committed = analysis.profile.promises[promise.service]
    if promise.mention.kind == "delay":
        return _WITHIN[analysis.language].format(
            describe_hours(committed.within.hours, analysis.language))
    return committed.availability.describe(analysis.language)


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
        why = lowered_because(promise.hedged, promise.conditional) if soft else ""
        consequence = (_("a customer who waits longer comes back angry at the {brand} "
                         "service desk").format(brand=analysis.profile.brand)
                       if promise.mention.kind == "delay" else
                       _("a customer who comes or calls outside those hours finds nobody "
                         "there"))
        wording = draft_wording(analysis, promise)
        replacement, safe = _rewrite_at_commitment(analysis, promise, start, end, wording)
        yield RULE.finding(
            start, end,
            _("promises {service} {promised}; the profile commits to {committed}: "
              "{consequence}").format(service=service_name(promise.service),
                                      promised=describe_promised(promise),
                                      committed=committed_wording(analysis, promise),
                                      consequence=consequence) + why,
            suggestion=_("promise what the service keeps: {words}").format(
                words=quote(wording)),
            lowered=soft, replacement=replacement, fix_safe=safe and not soft)


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
        why="The announced delay binds the seller (*Code de la consommation* L216-1; FTC 16 CFR "
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
                               lang="en"),
                       Example("Votre colis est confié à Colissimo, qui annonce une livraison "
                               "sous 24 h."),
                       Example("Your parcel is with DPD, who expect to deliver it within 24 "
                               "hours.", lang="en")),
        fix="Phrase the promise at the commitment (\"sous 3 jours\"), or have the service "
            "raise its commitment in the profile first.",
    ),
    check=check,
)
