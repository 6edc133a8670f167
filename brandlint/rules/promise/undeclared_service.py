from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.promises import may_keep, pledged, stopwatch_timed, vague_horizon
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.promise.exceeds_commitment import (
    describe_promised,
    promise_span,
    service_name,
)


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    fastest = _fastest(analysis)
    for promise in analysis.promises:
        if promise.declared or promise.hedged or promise.conditional:
            continue
        if vague_horizon(analysis, promise.mention) and not pledged(analysis, promise.mention):
            continue  # « dans les prochains jours »: a horizon, no firm delay to confirm
        start, end = promise_span(analysis, promise)
        if promise.inferred:
            message, suggestion, lowered = _inferred(analysis, promise, fastest)
            yield RULE.finding(start, end, message, suggestion=suggestion, lowered=lowered)
            continue
        yield RULE.finding(
            start, end,
            _("promises {service} {promised}, but the profile declares no commitment for "
              "it: the service owner must confirm it can be kept").format(
                service=service_name(promise.service), promised=describe_promised(promise)),
            suggestion=_("add `{key}: {{within: …}}` to the profile's `promises` once the "
                         "service confirms it, or drop the delay").format(key=promise.service))


RULE = Rule(
    "BL304", "promise-on-undeclared-service", Severity.WARNING,
    "A firm delay is promised for a service the profile says nothing about.",
    RuleDoc(
        what="Fires when a delay or opening hours attach to a service (built-in such as "
             "callback, or one a brand performs such as assembly, engraving, gift wrapping) "
             "that has no entry in the profile's `promises`.",
        why="Nobody has checked that the service can keep it; copy should not create "
            "commitments the operations team has never made.",
        fires=(Example("Montage de votre table de jeu en 2 heures, directement chez vous."),
               Example("Gift wrapping done in 10 minutes at the till.", lang="en")),
        does_not_fire=(Example("L'atelier dure 2 heures, dès 6 ans."),
                       Example("A 2-hour workshop for ages 6 and up.", lang="en"),
                       Example("Le fabricant nous annonce trois semaines de fabrication."),
                       Example("We'll explain the assembly in five minutes.", lang="en")),
        fix="Declare the service and its real delay in the profile, or remove the delay.",
    ),
    check=check,
)


def _inferred(analysis, promise, fastest) -> tuple[str, str, bool]:
    """What to say of a deadline on an act of the brand's own that no service term names,
    and whether only as a hint: faster than every commitment of the profile; counted out
    at a time none of them gives (« nous installons votre four sous 10 jours », "within
    five working days": a service level the brand sets on its own); given the brand's word
    (« sous 24 heures, sans faute », "by Wednesday, promise": a commitment nobody has
    confirmed), or timed on the clock (« en 24 h chrono », "in 20 minutes flat": a speed
    boasted of); else a hint — the act may belong to a declared service the words do not
    show (at a commitment's very time, "we'll suggest a tutor within 48 hours" where
    matching is 48 h, that service in other words)."""
    names = {"promised": describe_promised(promise), "brand": analysis.profile.brand,
             "service": quote(promise.service)}
    suggestion = _("name the service whose commitment covers this deadline, or "
                   "declare it in the profile's `promises`")
    if _faster_than(fastest, promise):
        return _("a firm deadline ({promised}) on what {brand} does ({service}), faster "
                 "than every commitment of the profile (the fastest is {fastest}): no "
                 "declared service covers it, and the one it belongs to would be broken").format(
                    fastest=fastest.describe(analysis.language), **names), suggestion, False
    if promise.mention.counted and not _a_commitment_of(analysis, promise):
        return _("a firm deadline in figures ({promised}) on what {brand} does ({service}), "
                 "and no service of the profile is named beside it: a service level nobody "
                 "has confirmed the team can keep").format(**names), suggestion, False
    if pledged(analysis, promise.mention):
        return _("a firm deadline ({promised}) on what {brand} does ({service}), and the "
                 "copy gives its word on it, but no service of the profile is named beside "
                 "it: a commitment nobody has confirmed the team can keep").format(**names), \
            _("name the service whose commitment covers this deadline, or "
              "declare it in the profile's `promises`; or drop the pledge"), False
    if stopwatch_timed(analysis, promise.mention):
        return _("a firm deadline ({promised}) on what {brand} does ({service}), timed on "
                 "the clock, but no service of the profile is named beside it: a speed "
                 "nobody has confirmed the team can keep").format(**names), suggestion, False
    return _("a firm deadline ({promised}) on what {brand} does ({service}), and no "
             "service of the profile is named beside it: check which commitment covers "
             "it; reported one level lower because the service is inferred from the "
             "verb").format(**names), suggestion, True


def _fastest(analysis):
    """The profile's fastest delay commitment (None without any)."""
    delays = [p.within for p in analysis.profile.promises.values() if p.within is not None]
    return min(delays, key=lambda d: d.hours) if delays else None


def _faster_than(fastest, promise) -> bool:
    """A deadline on the brand's own act that even its fastest commitment (`fastest`,
    None without any) could not keep ("get fitted in 20 minutes flat" where the quickest
    promise is a 24 h callback): not a hint any more, whichever service it belongs to."""
    hours = promise.mention.hours
    # named immediacy on an act in the conversation (« je vous prépare le bon tout de
    # suite », « à porter tout de suite ») is no service level: it stays a hint
    if fastest is None or not hours:
        return False
    # a same-day deadline (« le jour même ») at a one-day fastest commitment: a day that
    # commitment may end after the same day has, nothing shows it keeps this one
    return hours < fastest.hours or promise.mention.same_day and hours <= fastest.hours


def _a_commitment_of(analysis, promise) -> bool:
    """The deadline is one the profile commits to for some service (the same hours) the
    act may fall under (a visit is no reply: `may_keep`)."""
    hours = promise.mention.hours
    return hours is not None and any(
        p.within is not None and abs(p.within.hours - hours) < 1e-6
        and may_keep(analysis, promise, name)
        for name, p in analysis.profile.promises.items())
