"""Service promises in a draft: which delay (or opening hours) is promised for which
service, read from the parse, then compared with the profile's commitments.

A delay is a number and a unit after a delay preposition ("en 24 h", "within 2 days"),
a named delay ("dès demain", "le jour même", "next-day", "instantly"), or a bare number
and unit tightly bound to a service word ("livraison 24h"). It is attached to the
service whose word governs it in the dependency tree (the head chain, and the subjects
and objects of the verbs on it); where the small models' parse of copy fails, to the
nearest service word of the same clause; in a short verbless headline, of the sentence.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from dataclasses import dataclass

from brandlint.analysis import claims, features, lexicons
from brandlint.analysis.features import children as kids
from brandlint.analysis.frame import counterfactual
from brandlint.profile import BUILTIN_SERVICES
from brandlint.profile.durations import number_words, unit_words

# Digits may touch their unit ("24h"); a number word needs a space ("deux jours"), so
# that "and" is not read as "an" + "d".
_NUMBER = r"(?:\d+(?:[.,]\d+)?\s*|(?:{words})\s+)"
_HOURS_RANGE_FR = re.compile(
    r"\b(?:de|dès)\s+(\d{1,2})\s*h(?:\s*\d{2})?\s*(?:à|-|–|jusqu'à)\s*(\d{1,2})\s*h(?:\d{2})?",
    re.I)
_HOURS_RANGE_BARE = re.compile(r"\b(\d{1,2})\s*h(?:\d{2})?\s*[-–]\s*(\d{1,2})\s*h\b", re.I)
_AMPM = r"(a\.?\s?m\.?|p\.?\s?m\.?)"
_HOURS_RANGE_EN = re.compile(
    r"\b(?:from\s+)?(\d{1,2})(?:[:.]\d{2})?\s*" + _AMPM + r"?\s*(?:to|-|–|until|till)\s*"
    r"(\d{1,2})(?:[:.]\d{2})?\s*" + _AMPM, re.I)
# open until midnight: « de 6 h à minuit », "from 6am to midnight"
_TO_MIDNIGHT_FR = re.compile(
    r"\b(?:de|dès)\s+(\d{1,2})\s*h(?:\s*\d{2})?\s*(?:à|-|–|jusqu'à|jusqu’à)\s*minuit\b", re.I)
_TO_MIDNIGHT_EN = re.compile(
    r"\b(?:from\s+)?(\d{1,2})(?:[:.]\d{2})?\s*" + _AMPM + r"\s*(?:to|-|–|until|till)\s*"
    r"midnight\b", re.I)
# a window of hours right after "anytime" / « à tout moment »: not round the clock
_WINDOW_AFTER = re.compile(r"[ \t,]*(?:between|from|entre|de)\s+\d", re.I)
# a day number after a weekday: the weekday names a date (« dimanche 31 mai »)
_DAY_NUMBER_AFTER = re.compile(
    r"[ \t,]*(?:the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\b(?![:h.]\d)"
    r"(?!\s*(?:[-–]|to\b|till\b|until\b|à\b|am\b|pm\b|[ap]\.m|h\b))", re.I)
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|lunchtime)\b", re.I)
# "jusqu'à 22 h", "until 10 p.m.": a closing time (read only next to an availability word)
_UNTIL_FR = re.compile(r"\bjusqu['’]à\s+(\d{1,2})\s*h(?:\s*\d{2})?\b", re.I)
_UNTIL_EN = re.compile(r"\b(?:until|till|to)\s+(\d{1,2})(?::\d{2})?\s*" + _AMPM, re.I)
# « dès 7 h », "from 7 am": an opening time (read only next to an availability word)
_FROM_FR = re.compile(r"\b(?:dès|à\s+partir\s+de)\s+(\d{1,2})\s*h(?:\s*\d{2})?\b", re.I)
_FROM_EN = re.compile(r"\bfrom\s+(\d{1,2})(?::\d{2})?\s*" + _AMPM, re.I)
SUBJECT_OBJECT = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl:arg",
                  "obl:agent", "appos", "nmod"}
WORKING_DAY = 33.6  # hours: a working day with its share of the weekend (durations.yaml)
# a deadline named by today itself (« le jour même », "the same day", "today"): within
# one day, an upper bound — not faster than a one-day commitment (a clock time of today,
# « avant 18 h », is counted in hours)
SAME_DAY = 24.0
MAX_YEARS_HOURS = 8760  # a year or more is a warranty or an age, not a delay


@dataclass(frozen=True)
class Mention:
    """A delay or an availability claim: token span, value and how it was read."""

    start: int  # token index
    end: int
    text: str
    kind: str  # "delay" | "availability"
    hours: float | None = None  # delays: promised hours
    always_hours: bool = False  # availability: round the clock
    always_days: bool = False  # availability: every day
    days: frozenset[int] = frozenset()  # availability: weekly days named (0 = Monday)
    opens: float | None = None  # availability: hours range promised
    closes: float | None = None
    bare: bool = False  # number + unit with no preposition: needs a tight attachment
    dated: bool = False  # a deadline named by the day: `hours` is an upper bound only
    floor: float = 0.0  # a day-named deadline: the earliest it can come (hours)
    counted_from: bool = False  # « 10 minutes après la course »: from an event, no preposition
    same_day: bool = False  # « le jour même », "the same day": within one day (SAME_DAY)
    counted: bool = False  # a number of units after a delay's preposition: « sous 10 jours »
    # « deux fois par jour », "twice a day": how often, `hours` the time between two
    periodic: bool = False
    # « du mardi au samedi », "Tuesday to Saturday": the days read as a range, kept
    # only when it merges with the hours it bounds
    ranged: bool = False
    # « réservez jusqu'à 10 jours avant », "book at least 3 weeks in advance": the notice
    # the reader gives, `hours` the lead time the brand says it needs
    lead: bool = False


@dataclass(frozen=True)
class Promise:
    mention: Mention
    service: str
    service_token: int  # the word the delay attached to
    declared: bool
    exceeds: bool
    committed: str | None
    hedged: bool
    conditional: bool
    service_start: int = -1  # first token of the service phrase ("Service client")
    inferred: bool = False  # the service is the brand's act itself, named by no term


@functools.cache
def _count_and_units() -> tuple[str, str]:
    """The patterns of a count (« 10 », « deux », "three") and of a unit (« jours »,
    "weeks"), longest first, as delays and booking notices are written."""
    numbers = "|".join(sorted((re.escape(w) for w in number_words()), key=len, reverse=True))
    units = "|".join(sorted((re.escape(u) for u in unit_words()), key=len, reverse=True))
    return _NUMBER.format(words=numbers), units


@functools.cache
def _tables(language: str) -> dict:
    table = lexicons.load("promises")[language]
    number, units = _count_and_units()
    preps = "|".join(sorted((re.escape(p) for p in table["delay_prepositions"]),
                            key=len, reverse=True))
    numeric = re.compile(
        rf"(?<![\w/])(?:(?P<prep>{preps})(?:\s+|(?<=['’]))(?:les\s+|the\s+|a\s+|un\s+|une\s+)?)?"
        rf"(?P<num>{number})(?:(?:à|a|to|or|ou|-|–)\s*(?P<upper>{number}))?(?:(?:bonnes?|good|full|longues?|prochaine?s?|single|seule?)\s+)?(?P<unit>{units})(?:(?<=[hH])(?P<mins>[0-5]\d))?(?![\w/])"
        rf"(?:\s*(?P<tail>chrono|flat|max|maximum|top|seulement|only|tops|plus\s+tard|later|from\s+(?:now|today)|(?:après|after)(?=\s+(?:la|le|les|l['’]|votre|vos|ton|ta|tes|notre|nos|the|your|our|each|chaque)\b)))?",
        re.I)
    dated = {**table.get("dated_deadlines", {}), **_relative_deadlines(table),
             **table.get("reader_moments", {})}
    named = {**table["named_delays"], **dated}
    avail = table["availability"]
    always_hours = _phrases(avail["always_hours"])
    always_days = _phrases(avail["always_days"])
    weekly = {k.lower(): frozenset(v) for k, v in avail["weekly_days"].items()}
    return {"numeric": numeric,
            "named": lexicons.phrase_pattern(named, not_before=r"\w-", not_after=r"\w-"),
            "named_hours": {k.lower(): float(v) for k, v in named.items()},
            "dated": {k.lower() for k in dated},
            "same_day": {k.lower() for k in table.get("same_day", ())},
            "same_afternoon": {k.lower() for k in table.get("same_afternoon", ())},
            "same_afternoon_hours": float(table.get("same_afternoon_hours", SAME_DAY)),
            "morning_starts": lexicons.phrase_pattern(
                table.get("morning_starts", ()), not_before=r"\w-", not_after=r"\w-"),
            "reader_moments": {k.lower() for k in table.get("reader_moments", ())},
            "floors": {k.lower(): float(v) for k, v in table.get("dated_floors", {}).items()},
            "clock": {c.lower() for c in table["clock_markers"]},
            "set_for": {c.lower() for c in table.get("set_for", ())},
            "always_hours": always_hours, "always_days": always_days,
            "weekly": _phrases(list(weekly)), "weekly_days": weekly,
            "future_today": lexicons.phrase_pattern(table["future_today"],
                                                    not_before=r"\w-", not_after=r"\w-"),
            "start_points": re.compile(r"(?<![\w'’])(?:" + "|".join(
                re.escape(w) for w in table.get("delay_start_points", ())) + r")\s*$", re.I),
            "opening": re.compile(r"\b(?:" + "|".join(
                re.escape(w) for w in table["opening_words"]) + r")\b", re.I),
            "delay_before": re.compile(rf"(?<![\w'’])(?:{preps})\s*$", re.I),
            "closed_before": re.compile(r"(?<![\w'’])(?:" + "|".join(
                re.escape(w) for w in table["closed_words"]) + r")\s+(?:on\s+)?$", re.I),
            "day_names": table["day_names"]}


def _future_clause(doc, index: int, language: str) -> bool:
    """The clause of `index` speaks of what will happen: a future tense, or *will*."""
    start, end = features.clause_bounds(doc, index, language)

    def future(t) -> bool:
        return "Fut" in features.morph(t).get("Tense") or \
            t.lower_ in ("will", "'ll", "’ll", "shall") and t.pos_ in ("AUX", "VERB")

    if any(future(t) for t in features.tokens(doc)[start:end]):
        return True
    def shares_future(verb) -> bool:
        # (« sera complété et envoyé » : the small French model reads the passive's
        # *sera* as a copula)
        return future(verb) or any(future(c) for c in kids(verb)
                                   if c.dep_.startswith(("aux", "cop")))

    # "it will be repaired and ready by 5pm today": a predicate coordinated with a
    # future one shares its *will*; so does the participle a future verb has done ("we'll
    # have your claim completed and sent today", "we'll get it fixed today")
    node = doc[index]
    for _ in range(4):
        if node.dep_ == "conj":
            if any(c.dep_.startswith(("nsubj", "aux", "cop", "expl")) for c in kids(node)):
                return False  # "…and it is ready today": a clause with its own tense
            if shares_future(node.head):
                return True
            node = node.head
            if not _done_by_its_governor(node):
                return False
            continue
        if _done_by_its_governor(node):
            return shares_future(node.head)
        if node.head is node:
            break
        node = node.head
    return False


def _done_by_its_governor(token) -> bool:
    """A bare participle complement of a verb ("have [your claim completed]", "get [it
    fixed]"): the act its governor has done, in its governor's tense."""
    return token.dep_ in ("ccomp", "xcomp", "oprd") and token.tag_ == "VBN" and not any(
        c.dep_.startswith(("aux", "cop")) for c in kids(token))


def _relative_deadlines(table: dict) -> dict[str, float]:
    """Every bound word before every anchor of the days ahead (« d'ici demain soir »,
    "before the end of the day"), and the anchors that stand alone, as dated deadlines."""
    spec = table.get("relative_deadlines") or {}
    out = {f"{bound} {anchor}": hours for anchor, hours in spec.get("anchors", {}).items()
           for bound in spec.get("bounds", ())}
    out.update(spec.get("alone", {}))
    return out


def _phrases(phrases: list[str]) -> re.Pattern:
    return lexicons.phrase_pattern(phrases, not_before=r"\w/", not_after=r"\w/")


def find_mentions(doc, language: str) -> list[Mention]:
    tables = _tables(language)
    text = features.doc_text(doc)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, **values) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        if values.get("kind") == "delay" and _LATENESS.match(text, end):
            return  # "arrived a day late", « deux jours de retard »: how late, not a delay
        if values.get("kind") == "delay" and _not_a_delay(text, start, end, language):
            return
        if values.get("bare") and _a_length(text, start, language):
            return  # « un bilan d'une heure », "a test lasts an hour": how long, not how soon
        if values.get("kind") == "delay" and not any(c.isdigit() for c in text[start:end]) \
                and _times_the_readers_act(text, start, language):
            return  # "Order tonight", « Commandez aujourd'hui »: when the reader acts
        if values.get("kind") == "delay" and (_a_distance(text, start, end, language)
                                              or _a_validity(text, start, language)):
            return  # « à 10 minutes de chez vous », "valid 12 months": where, how long
        if _in_a_menu(text, start, end, tables["delay_before"]):
            return  # "remove them after 24h or 7, 30, 60 days", « 7, 30 ou 90 jours »: a
            # choice of durations offered to the reader (a setting), no service delay
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        taken.append((start, end))
        mentions.append(Mention(span.start, span.end, text[start:end], **values))

    for start, end, hours in _overnight_intervals(text):
        # "order by 9pm tonight, collect from 7am tomorrow": ten hours, not a day
        add(start, end, kind="delay", hours=hours, dated=True)
    for start, end, hours in _weekday_intervals(text, language):
        # « commandez avant jeudi, livré samedi »: two days, counted from the reader's day
        add(start, end, kind="delay", hours=hours, dated=True)
    for m in tables["always_hours"].finditer(text):
        if _WINDOW_AFTER.match(text, m.end()):
            continue  # "anytime between 10 and 5": any time within those hours
        if tables["delay_before"].search(text, max(0, m.start() - 25), m.start()):
            continue  # "will arrive by email within 24h": a delay, not round the clock
        add(m.start(), m.end(), kind="availability", always_hours=True)
    for m in tables["always_days"].finditer(text):
        if _DAY_NUMBER_AFTER.match(text, m.end()):
            continue  # « le dimanche 31 mai », "on Sunday 31 May": one date, not every week
        if language == "en" and m.group(0).lower().endswith("day") and \
                _PART_OF_DAY_AFTER.match(text, m.end()):
            continue  # "collect on Sunday morning": one occasion ("on Sunday mornings": weekly)
        add(m.start(), m.end(), kind="availability", always_days=True)
    for m in tables["weekly"].finditer(text):
        if _DAY_NUMBER_AFTER.match(text, m.end()):
            continue  # « le samedi 8 mai »: one date, not every week
        named = tables["weekly_days"][re.sub(r"\s+", " ", m.group(0).lower())]
        if tables["closed_before"].search(text, max(0, m.start() - 20), m.start()):
            # « Fermé le dimanche », "Closed on Sundays": the day off, no day open; the
            # mention keeps its place beside the hours it qualifies, where a campaign reads
            # the days kept (« équipe fermée le dimanche »: every other one)
            named = frozenset()
        # « l'agence répond aussi le samedi », "open on Saturdays": the days named, every week
        add(m.start(), m.end(), kind="availability", days=named)
    for start, end, days in _weekly_ranges(text, language):
        add(start, end, kind="availability", days=days, ranged=True)
    for start, end, hours in _frequencies(text, language):
        add(start, end, kind="delay", hours=hours, periodic=True)
    for pattern in (_HOURS_RANGE_FR, _HOURS_RANGE_BARE) if language == "fr" else (_HOURS_RANGE_EN,):
        for m in pattern.finditer(text):
            opens, closes = _hours_range(m, language)
            if opens is not None:
                add(m.start(), m.end(), kind="availability", opens=opens, closes=closes)
    for m in (_TO_MIDNIGHT_FR if language == "fr" else _TO_MIDNIGHT_EN).finditer(text):
        opens = float(m.group(1))
        if language == "en":
            opens = opens % 12 + (12 if m.group(2).lower().startswith("p") else 0)
        add(m.start(), m.end(), kind="availability", opens=opens, closes=24.0)
    for m in (_UNTIL_FR if language == "fr" else _UNTIL_EN).finditer(text):
        closes = float(m.group(1))
        if language == "en":
            closes = closes % 12 + (12 if m.group(2).lower().startswith("p") else 0)
        add(m.start(), m.end(), kind="availability", closes=closes)
    today = _today(text, language)
    for m in (_FROM_FR if language == "fr" else _FROM_EN).finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not tables["opening"].search(text, max(line_start, m.start() - 40), m.start()):
            continue  # « le chauffeur repartira dès 6 h »: a moment, no opening time
        opens = float(m.group(1))
        if language == "en":
            opens = opens % 12 + (12 if m.group(2).lower().startswith("p") else 0)
        add(m.start(), m.end(), kind="availability", opens=opens)
    days_named: list[tuple[int, int]] = []  # named days (« le lendemain », "tomorrow")
    for m in tables["named"].finditer(text):
        days_named.append((m.start(), m.end()))
        key = m.group(0).lower()
        if key in tables["dated"] and _OF_AN_EVENT.match(text, m.end()):
            continue  # « le matin même de la livraison », "the same morning as the party"
        if key in tables["dated"] and _EVENTS_EVE_BEFORE.search(text, max(0, m.start() - 40),
                                                                m.start()):
            continue  # « notre équipe arrive la veille ou le matin même »: of the event
        ahead = _days_ahead(key, today, language)
        hours = tables["named_hours"][key] if ahead is None else ahead
        if key in tables["same_afternoon"] and _morning_named_before(text, m.start(), tables):
            hours = tables["same_afternoon_hours"]  # "order by 9 am … the same afternoon"
        add(m.start(), m.end(), kind="delay", hours=hours, dated=key in tables["dated"],
            floor=tables["floors"].get(key, 0.0), same_day=key in tables["same_day"])
    for m in _weekday_after(language).finditer(text):
        days_named.append((m.start("day"), m.end("day")))
        if _DAY_NUMBER_AFTER.match(text, m.end()):
            continue  # « prêt jeudi 12 juin »: a date, however far
        # « votre buffet est prêt jeudi », "ready Friday": that day at the latest
        ahead = _days_ahead(m["day"].lower(), today, language)
        add(m.start("day"), m.end("day"), kind="delay",
            hours=_A_WEEK if ahead is None else ahead, dated=True)
    for m in _SAME_DAY_CUT_OFF.finditer(text):
        clock = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        if clock[0] and _clock_hour(*clock) is None:
            continue  # « d'ici 48 heures »: no hour of a day, a delay (read below)
        if any(end <= m.start() and _BESIDE.fullmatch(text, end, m.start()) or
               start >= m.end() and _BESIDE.fullmatch(text, m.end(), start)
               for start, end in days_named):
            continue  # « livré le lendemain avant 18 h », "before noon the next day": that
            # day's hour, not the same day's
        if _cut_off_of_readers_act(doc, m.start(), language):
            continue  # « commandes passées avant midi », "call us before 6pm": the reader's
        # « elle vous rappelle avant midi », "we'll call you back by 5pm today": the
        # brand's own act before a time of the same day — a few hours, faster than a day
        add(m.start(), m.end(), kind="delay", hours=12.0, dated=True)
    for m in tables["future_today"].finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and _future_clause(doc, span.start, language) and \
                not _start_of_a_delay(text, m.start(), tables):
            # "the money will be back with you today": today, said of what will happen
            add(m.start(), m.end(), kind="delay", hours=SAME_DAY, dated=True)
    for m in tables["numeric"].finditer(text):
        hours = _numeric_hours(m)
        if hours is None or hours >= MAX_YEARS_HOURS:
            continue
        if m["mins"] and not m["prep"]:
            continue  # « 9h30 » alone is a time of day; « en 1h30 » is a delay
        if not m["prep"] and _is_clock_time(text, m, tables["clock"] | tables["set_for"]):
            continue  # « samedi 8h », « arrivée prévue 8h »: a time of day
        # (a delay's own preposition after "and" is no second hour of a range: « du mardi
        # au samedi, et sous 48 h par e-mail » is a delay, « entre 9 h et 18 h » hours)
        if m["prep"] and m["unit"].lower() in ("h",) and _is_clock_time(
                text, m, tables["clock"] - _RANGE_JOINERS):
            continue
        if _LEAD_TIME.match(text, m.end()) and not (
                m["prep"] and m["prep"].lower() in lexicons.words("promises", language,
                                                                 "wait_told")):
            continue  # « arrivée conseillée 15 min avant », "arrive 10 minutes early"
        # working days: the longest reading (with the weekend) judges a promise faster
        # than a commitment, the shortest (none) a step slower than one (BL408)
        floor = hours * 24 / unit_words()[m["unit"].lower()] \
            if unit_words().get(m["unit"].lower()) == WORKING_DAY else 0.0
        add(m.start(), m.end(), kind="delay", hours=hours, bare=not m["prep"] and not m["tail"],
            floor=floor, counted_from=not m["prep"] and bool(m["tail"])
            and m["tail"].lower() in _FROM_AN_EVENT,
            counted=bool(m["prep"]) and not _A_PERIOD.match(m["prep"]))
    merged = merge_availability(merge_moments(sorted(mentions, key=lambda m: m.start)))
    # a range of days is a timetable only with its hours (« du lundi au samedi, 9 h-19 h »);
    # alone it may be the days of anything (« livraison du lundi au vendredi », a course)
    return [m for m in merged if not (m.ranged and m.opens is None and m.closes is None
                                      and not m.always_hours and not m.always_days)]


def _start_of_a_delay(text: str, start: int, tables: dict) -> bool:
    """« sera fabriqué en 5 semaines à compter d'aujourd'hui », "ready in 10 days starting
    today": today is the day the delay before it is counted from, not a deadline of its
    own. (Not "paused from today": no delay before it, today is when it takes effect.)"""
    before = text[max(0, start - 60): start]
    marker = tables["start_points"].search(before)
    if marker is None:
        return False
    delays = list(tables["numeric"].finditer(before, 0, marker.start()))
    return bool(delays) and not before[delays[-1].end(): marker.start()].strip(" ,")


_FROM_AN_EVENT = frozenset({"après", "after"})
# what may stand between a named day and its hour: « le lendemain, avant 18 h », "before
# noon the next day"
_BESIDE = re.compile(r"[\s,]*(?:(?:the|le|la|l['’])\s*)?", re.I)
# a period the work goes on over ("over the next couple of months", « au cours des
# prochains mois »): no deadline counted out, however firm the figure
_A_PERIOD = re.compile(r"(?:over|during|throughout|au\s+cours|pendant|durant)\b", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_A_WEEK = 168.0
_NEXT = re.compile(r"\b(?:prochain|prochaine|next)\b", re.I)


def _day_names(language: str) -> dict[str, int]:
    names = lexicons.load("promises")[language]["day_names"]
    return {name.lower(): _WEEKDAYS.index(code) for name, code in names.items()}


@functools.cache
def _weekly_range_pattern(language: str) -> re.Pattern:
    joiners = lexicons.load("promises")[language]["weekly_range_joiners"]
    days = "|".join(_day_names(language))
    joined = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<first>{days})\s*(?:{joined})\s*(?P<last>{days})(?![\w-])",
                      re.I)


def _weekly_ranges(text: str, language: str):
    """(start, end, days) of each range of weekdays (« du lundi au samedi », "Monday to
    Saturday"): every day from the first to the last, across the week's end if need be
    (« du mardi au dimanche »), each week."""
    names = _day_names(language)
    for m in _weekly_range_pattern(language).finditer(text):
        first, last = names[m["first"].lower()], names[m["last"].lower()]
        days = frozenset((first + step) % 7 for step in range((last - first) % 7 + 1))
        yield m.start(), m.end(), days


@functools.cache
def _weekday_after(language: str) -> re.Pattern:
    table = lexicons.load("promises")[language]
    words = "|".join(re.escape(w) for w in table.get("weekday_deadline_after", ()))
    days = "|".join(_day_names(language))
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<day>{days})\b(?!-)", re.I)


@functools.cache
def _frequency_pattern(language: str) -> re.Pattern:
    table = lexicons.load("promises")[language]["frequency"]
    counts = "|".join(re.escape(w) for w in sorted(table["counts"], key=len, reverse=True))
    units = "|".join(re.escape(w) for w in sorted(table["per"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?P<count>{counts}|\d{{1,2}}\s+(?:fois|times))\s+"
                      rf"(?P<per>{units})(?![\w'’])", re.I)


def _frequencies(text: str, language: str):
    """(start, end, hours between two) of each frequency (« deux fois par jour »,
    "twice a day"): what a service sends or does over and over, at most that far apart."""
    table = lexicons.load("promises")[language]["frequency"]
    counts = {k.lower(): float(v) for k, v in table["counts"].items()}
    per = {k.lower(): float(v) for k, v in table["per"].items()}
    for m in _frequency_pattern(language).finditer(text):
        count = m["count"].lower()
        n = counts.get(count) or float(count.split()[0])
        yield m.start(), m.end(), per[re.sub(r"\s+", " ", m["per"].lower())] / n


def _today(text: str, language: str) -> int | None:
    """The weekday the draft says it is (0 = Monday): « nous sommes mardi », "it's
    Wednesday today", or a day and how far it is (« jeudi, c'est dans deux jours »)."""
    table = lexicons.load("promises")[language]
    days = _day_names(language)
    day = "(?P<day>" + "|".join(days) + ")"
    for template in table.get("today_is", ()):
        m = re.search(template.replace("{day}", day), text, re.I)
        if m:
            return days[m["day"].lower()]
    numbers = number_words()
    number = "(?P<n>\\d{1,2}|" + "|".join(re.escape(w) for w in numbers) + ")"
    for template in table.get("day_in", ()):
        m = re.search(template.replace("{day}", day).replace("{n}", number), text, re.I)
        if m:
            n = m["n"].lower()
            ahead = int(n) if n.isdigit() else int(numbers[n])
            return (days[m["day"].lower()] - ahead) % 7
    return None


def _days_ahead(words: str, today: int | None, language: str) -> float | None:
    """Hours to the day a deadline names (« d'ici jeudi », "by Saturday") when the
    draft says which day it is today; None otherwise, or for "next Friday" (this
    week's or the next?)."""
    if today is None or _NEXT.search(words):
        return None
    for name, day in _day_names(language).items():
        if re.search(rf"\b{name}\b", words):
            return 24.0 * ((day - today) % 7 or 7)
    return None


_CLOCK = r"(\d{1,2})(?:[:h.](\d{2}))?\s*(h\b|heures?\b|a\.?m\.?|p\.?m\.?)"
_MORNING_CLOCK = re.compile(r"\b(?:by|before|avant|d['’]ici)\s+" + _CLOCK, re.I)


def _morning_named_before(text: str, start: int, tables: dict) -> bool:
    """A morning named before `start` on its line (« commandez avant 10 h », "ring us
    before lunch", "write to us this morning"): the moment a same-day afternoon is
    counted from, so that afternoon is half a day away at most, not a whole day."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if tables["morning_starts"].search(line):
        return True
    for m in _MORNING_CLOCK.finditer(line):
        hour = _clock_hour(*m.group(1, 2, 3))
        if hour is not None and hour < 12:
            return True
    return False
_CUT_OFF = re.compile(r"(?:\b(?:by|before|avant|d['’]ici|jusqu['’]à)\s+" + _CLOCK + r")"
                      r"|\b(tonight|this evening|ce soir)\b", re.I)
_NEXT_MORNING = re.compile(
    r"\b(?:from|dès|à partir de|at|à)\s+" + _CLOCK + r"\s+(?:the\s+next\s+day|tomorrow|"
    r"le\s+lendemain|demain)\b|\b(?:tomorrow|demain|le\s+lendemain|the\s+next\s+day)"
    r"(?:\s+(?:morning|matin))?\s*,?\s+(?:from|dès|à partir de|at|à)\s+" + _CLOCK, re.I)
_EVENING = 20.0  # "tonight" with no hour: an order placed in the evening


def _overnight_intervals(text: str) -> list[tuple[int, int, float]]:
    """A next-day moment with its hour, after a cut-off that evening on the same line
    ("order by 9pm tonight and collect it from 7am tomorrow", « réservez ce soir, votre
    box vous attend dès 7h demain »): the hours between the two, not a whole day."""
    out = []
    for end in _NEXT_MORNING.finditer(text):
        line_start = text.rfind("\n", 0, end.start()) + 1
        cuts = list(_CUT_OFF.finditer(text, line_start, end.start()))
        if not cuts:
            continue
        cut = cuts[-1]  # the cut-off nearest the next-day moment
        start_hour = _EVENING if cut.group(4) else _clock_hour(*cut.group(1, 2, 3))
        groups = end.groups()
        end_hour = _clock_hour(*groups[0:3]) if groups[0] else _clock_hour(*groups[3:6])
        if start_hour is None or end_hour is None or start_hour < 12:
            continue
        hours = 24 - start_hour + end_hour
        if 0 < hours < 24:
            out.append((end.start(), end.end(), hours))
    return out


_CLAUSE_BREAK = re.compile(r"[.!?:;\n•]")


def _readers_act_day(text: str, start: int, language: str) -> bool:
    """A day the reader acts on: the clause orders the reader to act by or on it
    (« Commandez avant jeudi », "Drop your shoes on Monday") or opens on the reader's
    act done (« Commandée avant jeudi », « déposés le lundi », "Booked by Friday")."""
    if _READERS_CUT_OFF.search(text, max(0, start - 30), start):
        return True
    clause = _CLAUSE_BREAK.split(text[max(0, start - 80):start])[-1]
    words = [w.split("-")[0] for w in re.findall(r"[\w'’-]+", clause.lower())]
    if not words:
        return False
    acts = lexicons.words("frame", "acts", "customer_acts", language)
    if language == "fr":  # any « -ez » verb orders the reader (« Apportez-la jeudi »)
        not_verbs = lexicons.words("promises", language, "not_imperatives")
        for before, word in zip(["", *words], words, strict=False):
            if word.endswith("ez") and word not in not_verbs and not any(
                    q in word for q in "'’") and (
                    before not in ("vous", "nous") or word[:-2] + "er" in acts):
                return True  # not « vous recevrez lundi », « vous nous l'aviez demandé »
        stem = words[0].rstrip("s").rstrip("e")
        return stem.endswith("é") and stem[:-1] + "er" in acts
    word = words[1] if words[0] in ("please", "just", "simply") and len(words) > 1 \
        else words[0]  # "Just order by Friday", not "Just to explain what happened on…"
    if word in acts:
        return True
    return word.endswith("ed") and any(word[:-cut] in acts for cut in (1, 2, 3))


def _reader_acts_again(between: str, language: str) -> bool:
    """Between two days, a new order to the reader ("Call us Monday, or drop by on
    Tuesday", « passez jeudi ou appelez-nous vendredi ») or the reader's own purpose
    ("Order by Saturday to collect on Sunday", « pour retirer dimanche »): both days are
    the reader's plan, not the day the brand's work is done."""
    acts = lexicons.words("frame", "acts", "customer_acts", language)
    for piece in re.split(r"[.!?:;\n•,]|\b(?:and|or|then|et|ou|puis)\b", between.lower()):
        words = re.findall(r"[\w'’-]+", piece)
        if not words:
            continue
        if any(w in ("to", "pour") and nxt not in ("the", "your", "you", "le", "la", "les",
                                                    "vous", "votre", "vos")
               for w, nxt in zip(words, words[1:], strict=False)):
            return True
        word = words[0].split("-")[0]
        if word in acts or (language == "fr" and word.endswith("ez")
                            and word[:-2] + "er" in acts):
            return True
    return False


@functools.cache
def _day_pair_patterns(language: str) -> tuple:
    table = lexicons.load("promises")[language]

    def before(words: list[str]) -> re.Pattern:
        alts = "|".join(re.escape(w) for w in words)
        return re.compile(rf"(?<![\w'’])(?:{alts})\s+(?:le\s+|the\s+)?$", re.I)

    day = re.compile(r"(?<![\w-])(" + "|".join(_day_names(language)) + r")(?![\w-])", re.I)
    nexts = "|".join(re.escape(w) for w in table["day_pair_next"])
    return (day, frozenset(w.lower() for w in table["day_pair_joiners"]),
            before(table["day_pair_range_before"]), before(table["day_pair_not_before"]),
            re.compile(rf"\s*(?:{nexts})\b", re.I), re.compile(rf"(?:{nexts})\s+$", re.I))


def _weekday_intervals(text: str, language: str) -> list[tuple[int, int, float]]:
    """The day the reader acts on, then on the same line the day the brand's work is
    done: « Commandez avant mercredi : votre matelas est chez vous le samedi suivant »,
    "Drop your shoes on Monday and pick them up resoled on Thursday" — the days between
    (three), not a week at most. A range, a list, an opening or a closing is no delay."""
    day, joiners, range_before, not_before, nexts, next_before = _day_pair_patterns(language)
    days = _day_names(language)
    out = []
    line_start = 0
    for line in text.split("\n"):
        found = [m for m in day.finditer(line)
                 if not _DAY_NUMBER_AFTER.match(line, m.end())
                 and not line[m.end():m.end() + 1].lower() == "s"]
        for first, second in zip(found, found[1:], strict=False):
            between = re.findall(r"[\w'’]+|[^\w\s]", line[first.end():second.start()].lower())
            if not between or all(w in joiners for w in between):
                continue  # « du lundi au samedi », "Tuesday and Thursday": a range, a list
            if range_before.search(line, 0, first.start()) or \
                    not_before.search(line, 0, second.start()):
                continue
            if not _readers_act_day(text, line_start + first.start(), language) or \
                    _reader_acts_again(line[first.end():second.start()], language):
                continue
            ahead = (days[second.group(1).lower()] - days[first.group(1).lower()]) % 7
            if nexts.match(line, second.end()) or next_before.search(line[:second.start()]):
                ahead = ahead or 7
            if ahead:
                out.append((line_start + second.start(), line_start + second.end(),
                            24.0 * ahead))
        line_start += len(line) + 1
    return out


def _clock_hour(hour: str, minutes: str | None, unit: str) -> float | None:
    value = float(hour) + (float(minutes) / 60 if minutes else 0.0)
    lowered = unit.lower().replace(".", "")
    if lowered == "pm" and value < 12:
        value += 12
    elif lowered == "am" and value == 12:
        value = 0.0
    return value if value <= 24 else None


def merge_moments(mentions: list[Mention]) -> list[Mention]:
    """« livré demain dans la journée », "tomorrow in the morning": a part of the day
    right after a named day is the moment of that day, one deadline, the later one."""
    merged: list[Mention] = []
    for m in mentions:
        last = merged[-1] if merged else None
        if last and last.kind == m.kind == "delay" and m.start == last.end \
                and last.hours is not None and m.hours is not None \
                and not any(ch.isdigit() for ch in last.text + m.text):
            keep = last if last.hours >= m.hours else m
            merged[-1] = Mention(last.start, m.end, f"{last.text} {m.text}", "delay",
                                 hours=keep.hours, dated=last.dated or m.dated,
                                 floor=max(last.floor, m.floor), same_day=keep.same_day)
        else:
            merged.append(m)
    return merged


_OF_AN_EVENT = re.compile(r"\s+(?:de|d'|d’|du|des|as|of)(?:\s|(?<=['’]))", re.I)
# « la veille ou le matin même », "the day before or the same morning": a day counted back
# from the reader's event makes the day it is set beside that event's too
_EVENTS_EVE_BEFORE = re.compile(r"\b(?:la\s+veille|l['’]avant-veille|the\s+(?:day|night|evening)"
                                r"\s+before)\s*,?\s+(?:ou|et|or|and)\s+$", re.I)
_APPROXIMATE = re.compile(r"\b(?:environ|about|around|approximately|roughly)\b", re.I)
# (not "within a day's time", "at two days' notice": the time counted still)
_GENITIVE_AFTER = re.compile(r"['’]s(?!\w)(?!\s+(?:time|notice)\b)", re.I)


# three durations or more joined by commas, "or", « ou »: a choice of settings
# ("24h or 7, 30, 60 days", « 7, 30 ou 90 jours »); two ("in 24 or 48 hours") stay a delay
_MENU = re.compile(r"\d+\s*[^\W\d]{0,8}(?:\s*(?:,|\bor\b|\bou\b)\s*\d+\s*[^\W\d]{0,8}){2,}",
                   re.I)


def _in_a_menu(text: str, start: int, end: int, delay_before: re.Pattern) -> bool:
    """The time figure is one of a list of three durations or more on its line ("after
    the first download, 24h or 7, 30, 60 days after they go online", « conservés 7, 30 ou
    90 jours »): the durations the reader picks from, a setting — not how soon the brand
    serves. Not a list a delay's preposition brings in (« livré sous 24 h, 3 ou 5 jours
    selon l'option », "within 2, 3 or 5 days"): every option is a deadline the brand keeps."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    for m in _MENU.finditer(line):
        first, last = m.start() + line_start, m.end() + line_start
        if first < end and start < last:
            return not delay_before.search(text, max(line_start, first - 25), first)
    return False


def _not_a_delay(text: str, start: int, end: int, language: str) -> bool:
    """« un message instantané », "instant messaging": immediacy naming a kind of thing;
    "allow me just a minute", « accordez-moi une minute »: a pause in a live exchange."""
    if _GENITIVE_AFTER.match(text, end):
        return True  # "tonight's party photos", "today's specials": whose thing, not when
    table = lexicons.load("promises")[language]
    words = re.findall(r"[\w'’-]+", text[max(0, start - 30):start].lower())
    after = re.findall(r"[\w'’-]+", text[end:end + 20].lower())
    kinds = set(table["instant_kinds"])
    said = text[start:end].lower()
    if ("instant" in said) and (words[-1:] and words[-1] in kinds or after[:1] and
                                after[0] in kinds):
        return True
    if _names_a_feature(text, start, end) or _listed_kind(text, start, table):
        return True  # "the Map Instant Answer", "features such as news and instant answers"
    before = " ".join(words[-5:])
    if any(p in before for p in table["pauses"]):
        return True
    if _together(said, before, table):
        return True  # "we'll deliver everything at once": one delivery, not a quick one
    # "displayed immediately below the name", « juste en dessous du titre »: a place
    ahead = " ".join(after[:3])
    return not re.search(r"\d", said) and any(
        ahead == p or ahead.startswith(p + " ") for p in table["position_after"])


def _together(said: str, before: str, table) -> bool:
    """"Order from several shops and we'll deliver everything at once", "switch all at
    once": "at once" right after a whole (everything, all, both, the lot) says the whole
    comes in one go — together — not how soon. "We'll deliver it at once" and "everything
    is shipped at once" (the whole is the verb's subject, the immediacy its manner) stay
    immediacy. (French says « en une fois », « d'un coup », no word of delay: the list is
    English only.)"""
    if said.strip().lower() != "at once":
        return False
    return any(before == t or before.endswith(" " + t) for t in table.get("together_totals", ()))


_TITLE_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*")


def _names_a_feature(text: str, start: int, end: int) -> bool:
    """The immediacy word is a word of a name in title case inside its sentence ("navigate
    Instant Answer tabs", "From the Map Instant Answer", « ouvrez la Réponse Instantanée »):
    a feature's or a product's name, which promises no delay. Not at the start of a line or
    a sentence, where any word takes a capital ("Instant refund on every return")."""
    said = text[start:end]
    if not said[:1].isupper() or said.isupper():
        return False
    before = text[max(0, start - 3):start]
    if not before.strip(" ") or before.rstrip(" ")[-1:] in ".!?:\n\"“«•-–—*#(":
        return False
    ahead = _TITLE_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    # a capitalised word before counts when a word in small letters comes before it ("the
    # Map Instant Answer"), not a verb opening the sentence ("Get Instant refunds")
    behind = re.search(r"\b[a-zà-ÿ][\w'’-]* ([A-ZÀ-Ý][a-zà-ÿ'’-]+) $",
                       text[max(0, start - 40):start])
    return ahead is not None or behind is not None


def _listed_kind(text: str, start: int, table) -> bool:
    """The immediacy word qualifies a member of a list brought in by "including", "such
    as", « y compris », « notamment » ("search features including image, video, news,
    instant answers and more"): a kind of thing among kinds, not how soon it comes."""
    sentence = re.split(r"[.!?\n]", text[max(0, start - 80):start])[-1].lower()
    lead = lexicons.phrase_pattern(table["kind_lists"]).search(sentence)
    if lead is None:
        return False
    listed = sentence[lead.end():]
    # a list of nouns: no verb of the brand's between ("including when we refund you instantly")
    return len(re.findall(r"[\w'’-]+", listed)) <= 6 and not re.search(
        r"\b(?:we|you|nous|vous|is|are|will|est|sont|sera)\b", listed)


_LENGTH_BEFORE = re.compile(
    r"(?:(?P<noun>[\w'’-]+)\s+)?(?:de|des|d['’]|of|dure|durent|durera|duraient|durait|"
    r"last|lasts|lasted|lasting)\s*$", re.I)
def _a_length(text: str, start: int, language: str) -> bool:
    """A bare number of hours or days after « de » / "of" or a verb of lasting: the
    length of a session or of what is counted (« un bilan auditif d'une heure », « le
    remboursement des 3 jours non utilisés », "a hearing test lasts an hour"), not how
    soon the service comes — unless the noun before is a wait (« un délai de 3 jours »,
    "a turnaround time of 2 days")."""
    m = _LENGTH_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = (m.group("noun") or "").lower()
    return noun not in lexicons.words("promises", language, "wait_nouns")


_DISTANCE_LEADS = ("just", "only", "seulement", "à peine", "à", "a", "à seulement")
_SKIPPED_AFTER_FROM = {"the", "your", "our", "a", "la", "le", "les", "l", "votre", "vos",
                       "notre", "nos", "ma", "mon", "sa", "son", "chez"}


def _a_distance(text: str, start: int, end: int, language: str) -> bool:
    """A duration that says how far a place is (« une équipe à 10 minutes de chez vous »,
    « à 5 min à pied de la gare », "a team 10 minutes from your home", "5 minutes' walk
    from the beach"), not how soon: no delay preposition before it (or "just", « à »), and
    after it, perhaps a way of going, then « de » / "from" and a place — not the event a
    delay counts from (« 48 h de la commande », "48 hours from your order")."""
    table = lexicons.load("promises")[language]
    said = text[start:end].lower()
    lead = re.match(r"\D*", said).group(0).strip()
    if lead and lead not in _DISTANCE_LEADS:
        return False
    rest = text[end:end + 60].lower().lstrip("'’ ")
    for way in sorted(table["distance_after"], key=len, reverse=True):
        if rest.startswith(way + " ") or rest.startswith(way + ","):
            rest = rest[len(way):].lstrip(" ,")
            break
    if rest.startswith("away"):
        rest = rest[4:].lstrip()
    words = re.findall(r"[\w-]+|['’]", rest)
    if not words or not any(rest.startswith(f) and (f.endswith(("'", "’")) or
                                                    rest[len(f):len(f) + 1] == " ")
                            for f in table["distance_from"]):
        return False
    events = set(table["distance_events"])
    content = [w for w in words[1:] if w not in _SKIPPED_AFTER_FROM and w not in ("'", "’")]
    return bool(content) and content[0] not in events


_ORDER_BEFORE = re.compile(r"(?:^|[.!?:;\n•–—]\s*|\b(?:and|et|then|puis)\s+)([\w'’-]+)\s*$")


_SAME_DAY_CUT_OFF = re.compile(
    r"\b(?:avant|d['’]ici|before|by)\s+(?:(?:midi|noon|" + _CLOCK + r")\s*"
    r"(?:aujourd['’]hui|today|ce\s+soir|tonight|this\s+(?:afternoon|evening))"
    r"|midi|noon|" + _CLOCK +
    r"(?=\s*(?:[,.;:!?—–]|$|c['’]est\s+promis|(?:as\s+)?promised)))", re.I)
_READERS_CUT_OFF = re.compile(
    r"\b(?:pass[ée]e?s?|reçue?s?|effectu[ée]e?s?|valid[ée]e?s?|enregistr[ée]e?s?|placed|"
    r"received|made|submitted|booked|réservée?s?|commandée?s?|ordered)\s*$", re.I)


def _cut_off_of_readers_act(doc, start: int, language: str) -> bool:
    """A time of day the reader must act by: the clause before it orders the reader
    (« Appelez-nous avant 18 h », "Order before noon") or names the reader's act
    done before it (« les commandes passées avant midi », "orders placed by 2pm")."""
    text = doc.text
    if _READERS_CUT_OFF.search(text, max(0, start - 30), start):
        return True
    clause = re.split(r"[.!?:;\n•]", text[max(0, start - 80):start])[-1]
    acts = lexicons.words("frame", "acts", "customer_acts", language)
    if language == "fr":
        acts |= lexicons.words("frame", "acts", "customer_modals", language)
        span = doc.char_span(start - len(clause), start, alignment_mode="contract")
        return span is not None and any(_readers_own_verb(tok, acts) for tok in span)
    words = re.findall(r"[\w'’-]+", clause.lower())
    return bool(words) and (words[0] in acts or words[0] in ("please", "just", "simply"))


def _readers_own_verb(tok, acts) -> bool:
    """A French verb in the second person plural that is the reader's own act: an order
    (« Appelez-nous », « Passez en boutique ») or, said of « vous », one of `acts`, the
    reader's acts and modals (« si vous commandez », « vous pouvez nous écrire »).
    « chez », « assez », « rendez-vous » are no verbs; « vous recevrez », « vous serez
    rappelé » say what the brand does for the reader, not the reader's act."""
    if not tok.lower_.split("-")[0].endswith("ez") or tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head if tok.dep_.startswith("aux") else tok
    said_of_vous = any(c.dep_.startswith("nsubj") and c.lower_ == "vous"
                       for c in (*tok.children, *verb.children))
    return not said_of_vous or tok.lemma_ in acts


def _times_the_readers_act(text: str, start: int, language: str) -> bool:
    """A named moment right after an order to the reader that opens its clause ("Order
    tonight, done.", « Commandez ce soir », "Book today"): when the reader acts, not how
    soon the service comes — the arrival, if any, is named after it ("…, delivered
    tomorrow")."""
    m = _ORDER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    acts = lexicons.words("frame", "acts", "customer_acts", language)
    if language == "fr":
        return word.endswith("ez") and word[:-2] + "er" in acts
    return word in acts


def _a_validity(text: str, start: int, language: str) -> bool:
    """« bons cadeaux valables 12 mois », "vouchers valid 12 months", "valid for a year":
    how long a right or a document stays good, not how soon a service comes."""
    before = " ".join(re.findall(r"[\w'’-]+", text[max(0, start - 30):start].lower())[-3:])
    return any(re.search(rf"(?<![\w'’-]){re.escape(v)}(?:\s+(?:pendant|durant|for))?"
                         rf"(?:\s+(?:de|d['’]))?\s*$", before)
               for v in lexicons.load("promises")[language]["validity"])


_LATENESS = re.compile(r"\s*(?:late\b|later than\b|behind\b|overdue\b|de retard\b|en retard\b|"
                       r"trop tard\b)", re.I)
_LEAD_TIME = re.compile(r"\s*(?:avant\b|à l'avance|à l’avance|plus tôt|en avance|before\b|"
                        r"beforehand|in advance|early\b|earlier\b|ahead\b)", re.I)


def _numeric_hours(m: re.Match) -> float | None:
    # a range (« 6 à 8 semaines », "2-3 days") promises its upper bound
    hours = _amount_hours(m["upper"] or m["num"], m["unit"])
    if hours is None:
        return None
    minutes = int(m["mins"]) / 60 if m["mins"] else 0.0  # « en 1h30 »
    return hours + minutes


def _amount_hours(number: str, unit: str) -> float | None:
    """A count and its unit as written (« 10 », « deux » ; « jours », "weeks"), in hours."""
    raw = number.strip().lower().replace(",", ".")
    try:
        amount = float(raw)
    except ValueError:
        amount = number_words().get(raw)
    per_unit = unit_words().get(unit.lower())
    if amount is None or per_unit is None:
        return None
    return amount * per_unit


_RANGE_JOINERS = frozenset({"et", "and"})


def _is_clock_time(text: str, m: re.Match, markers: set[str]) -> bool:
    """'à 10 h', 'dès 10 h', '10h30', 'at 10am': a time of day, not a delay."""
    if m["unit"].lower() not in ("h", "heure", "heures", "hour", "hours", "am", "pm"):
        return False
    after = text[m.end(): m.end() + 3]
    if re.match(r"\d{2}", after) or re.match(r"\s*/\s*\d", after):
        return True  # 10h30, 24h/24
    before = text[max(0, m.start() - 20): m.start()].lower().split()
    return bool(before) and before[-1] in markers


def _hours_range(m: re.Match, language: str) -> tuple[float | None, float | None]:
    try:
        if language == "fr":
            return float(m.group(1)), float(m.group(2))
        opens, open_half, closes, close_half = m.group(1), m.group(2), m.group(3), m.group(4)
        o = float(opens) % 12 + (12 if open_half and open_half.lower().startswith("p") else 0)
        c = float(closes) % 12 + (12 if close_half.lower().startswith("p") else 0)
        return o, c
    except (TypeError, ValueError):
        return None, None


# -- attachment ------------------------------------------------------------------------


# the send verb of a piece of information (« je vous envoie la référence par SMS »): it
# takes the delay said of it, and promises no service the profile covers
INFORMATION = "information sent"


def service_tokens(analysis) -> tuple[dict[int, str], dict[int, int]]:
    """For every service word in the draft: token index -> service name, and token
    index -> first token of its service phrase ("Service" for "client")."""
    names: dict[int, str] = {}
    starts: dict[int, int] = {}
    declared = analysis.profile.promises

    def specificity(match) -> tuple[int, int]:
        # the longer phrase wins a word two terms share (« retrait en magasin » over
        # « retrait »); then the profile's own service over a built-in one
        name = match.term.split("#", 1)[0]
        own = name in declared and name not in BUILTIN_SERVICES
        return (-(match.end - match.start), 0 if own else 1)

    matches = analysis.find_terms(analysis.vocabulary.service_terms, plurals=True)
    doc = analysis.doc
    for match in sorted(matches, key=specificity):
        name = match.term.split("#", 1)[0]
        if match.end - match.start == 1 and _auxiliary(doc[match.start]):
            continue  # « un avoir » (a credit note) is a service; « nous avons », "you have" not
        if name == "availability" and match.end - match.start == 1 and \
                (doc[match.start].lower_ in _LINE_WORDS
                 or doc[match.start].lemma_.lower() in _LINE_WORDS) \
                and not _a_line_label(doc, match.start):
            continue  # "Phone: Monday to Friday", « Ligne en anglais : … » name the line;
            # "who they phone on Sundays", « la ligne de bus » do not
        if name == "availability" and match.end - match.start == 1 and \
                _describes_a_thing(doc[match.start]):
            continue  # "open source software", "an open format": a kind of
            # thing the word describes, not the brand open to the reader
        if name == "availability" and match.end - match.start == 1 and (
                _readers_people(doc[match.start], analysis.language)
                or _one_exchange(analysis, match.start)):
            continue  # "lets your team connect any time": the reader's people; "a chat
            # can be had in the sidebar at any time": one exchange the product allows
        if match.end - match.start == 1 and machine_made(doc[match.start], analysis.language):
            continue  # "AI-assisted responses always link to their sources": the
            # product's output, which no one of the service writes
        for i in range(match.start, match.end):
            if i not in names:
                names[i], starts[i] = name, match.start
    for name, thing, participle in _terms_said_as_a_clause(analysis):
        # « votre consigne vous sera remboursée » for the term « consigne remboursée »:
        # the declared service, not the built-in refund its verb alone would name
        for i in (thing, participle):
            if names.get(i) in (None, *BUILTIN_SERVICES):
                names[i], starts[i] = name, min(thing, participle)
    for i in _items_given_back(analysis, names, starts):
        # the reader's thing given back: the repair done, where the profile declares one
        if "repair" in declared:
            names[i] = "repair"
        else:
            del names[i], starts[i]
    for i in [i for i, name in names.items() if name == "response"
              and _treats_a_thing(analysis, doc[i])]:
        del names[i], starts[i]  # « le traitement anti-mousse de votre plateforme »: a
        # treatment of the reader's thing, a work nobody declared, not a request handled
    for i in _calls_to_reader(analysis.doc, analysis.language):
        if i not in names:
            names[i], starts[i] = "callback", i
    for i, name in _phrasal_service_verbs(analysis):
        if i not in names:
            names[i], starts[i] = name, i
    for i in [i for i, name in names.items() if name == "delivery"
              and _a_person_attends(doc[i])]:
        del names[i], starts[i]  # "I'll be with you in a minute": the speaker attends
    for i in [i for i, name in names.items() if name == "delivery"
              and _a_visitor_comes(doc[i], analysis.language)]:
        # « un technicien sera chez vous dans l'heure »: the trade's visit, the declared
        # service the brand's visits are (its terms name a visit), else no delivery
        visit = _visit_service(analysis)
        if visit is not None:
            names[i] = visit
        else:
            del names[i], starts[i]
    counted = {m.start for m in analysis.delay_mentions if m.kind == "delay" and m.counted}
    for i in [i for i, name in names.items() if name == "delivery"
              and (be := _with_you(doc[i])) is not None
              and ("delivery" not in declared
                   or not any(be.i + 3 <= k <= be.i + 4 for k in counted))]:
        del names[i], starts[i]  # "the transfer will be with you by Sunday" where the
        # profile ships nothing: the thing that comes is another service's; "they'll be
        # with you before 1 pm", "it will be with you tonight": a reply's next step on the
        # case, said by the moment. A span counted out right after ("your jars will be
        # with you within 8 days") is the delivery's level.
    own = {i for i, name in names.items()
           if name in declared and name not in BUILTIN_SERVICES}
    for i in [i for i, name in names.items() if name == "delivery"
              and (_sends_information(doc[i], analysis.language)
                   or _information_arrives(doc[i], analysis.language))
              and not _sends_own_service(doc[i], own)]:
        names[i] = INFORMATION  # holds its delay, promises nothing the profile covers
    calls = [i for i, name in names.items() if name == "callback"]
    for i in [i for i in calls if _reminds(doc, max(j for j in calls if starts[j] == starts[i]))]:
        del names[i], starts[i]
    return names, starts


def _same_participle(token, lemma: str, lower: str) -> bool:
    """`token` is the term's participle, whatever agreement it takes (« remboursées » for
    « remboursée », "refunded" for "refunded")."""
    if token.lemma_.lower() == lemma or token.lower_ == lower:
        return True
    return token.lower_.rstrip("s").rstrip("e") == lower.rstrip("s").rstrip("e")


def _terms_said_as_a_clause(analysis) -> list[tuple[str, int, int]]:
    """A declared service's term of a noun and its participle (« consigne remboursée »,
    "kegs delivered", « bagage livré ») said as a clause: the noun is the subject of the
    participle's verb, words between them (« votre consigne vous sera remboursée »,
    "your deposit will be refunded"). Each as (service, noun index, participle index)."""
    declared = analysis.profile.promises
    doc = analysis.doc
    found = []
    for name, terms in analysis.vocabulary.services.items():
        if name not in declared or name in BUILTIN_SERVICES:
            continue
        for term in terms:
            # « reporter votre vol » said « le vol est reporté »: the act on the thing,
            # the thing its subject — its content words, either way round
            words = [w for w in term if not doc.vocab[w[1]].is_stop] if len(term) == 3 \
                else list(term)
            if len(words) != 2:
                continue
            for (noun_lemma, noun_lower), (verb_lemma, verb_lower) in (words, words[::-1]):
                for token in doc:
                    if token.pos_ not in ("VERB", "ADJ") or \
                            not _same_participle(token, verb_lemma, verb_lower):
                        continue
                    found += [(name, c.i, token.i) for c in kids(token)
                              if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                              and c.i < token.i
                              and (c.lemma_.lower() == noun_lemma or c.lower_ == noun_lower)]
    return found


def _readers_people(token, language: str) -> bool:
    """A word of people said with the reader's possessive ("your team", « vos
    collègues »; lexicon `readers_people`) whom the product lets act ("Talk lets your team
    connect any time", « permet à votre équipe de se connecter à tout moment »; the
    verbs of `enabling`): the product's users, whom no hours of the brand's concern — not
    "your local team will never ask for your password", the brand's people assigned to
    the reader, nor "your adviser"."""
    table = lexicons.load("promises")[language]
    people = set(table["readers_people"])
    if not (token.lower_ in people or token.lemma_.lower() in people) or \
            not features.said_as_readers(token):
        return False
    enabling = set(table["enabling"])
    head = token.head
    heads = (head, head.head) if token.dep_.startswith("nsubj") else (head,)
    return any(h.lemma_.lower() in enabling and h.pos_ in ("VERB", "AUX") for h in heads)



def _one_exchange(analysis, index: int) -> bool:
    """A means of contact with an indefinite article ("a real-time chat can be had in
    the sidebar", « un appel vidéo peut être lancé » — lexicon `exchange_kinds`) and no
    one of the brand on its sentence (we, us, our, the brand's name): one exchange the
    product lets its users have, not the line the brand keeps open ("chat with us",
    "a chat with our advisers" stay the brand's)."""
    doc = analysis.doc
    token = doc[index]
    kinds = lexicons.words("promises", analysis.language, "exchange_kinds")
    if token.lower_ not in kinds and token.lemma_.lower() not in kinds:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "un", "une") for c in kids(token)):
        return False
    brand = analysis.vocabulary.brand_words
    ours = {"we", "us", "our", "ours", "nous", "notre", "nos"}
    return not any(t.lower_ in ours or t.lower_ in brand for t in token.sent)


def machine_made(token, language: str) -> bool:
    """A service word a machine makes: qualified, in its own noun phrase, by a word of
    `machine_made` ("AI-assisted responses", "automatic replies", « les réponses générées
    par l'IA », « réponse automatique »)."""
    made = lexicons.words("promises", "machine_made", language)
    doc = token.doc
    around = [t for t in token.subtree if t.i != token.i and abs(t.i - token.i) <= 4 and
              t.dep_ in ("amod", "compound", "acl", "nmod", "obl:agent", "advmod", "obl",
                         "npadvmod", "pobj", "agent", "obl:mod")]
    around += [doc[j] for j in range(max(0, token.i - 3), token.i)
               if doc[j].head.i == token.i or doc[j].head.head.i == token.i]
    for t in around:
        parts = {t.lower_, t.lemma_.lower(), *t.lower_.split("-")}
        if parts & made or t.lower_.replace("‑", "-") in made:
            return True
    # "the calculator gives you an instant rough estimate", « le simulateur affiche votre
    # devis »: what a tool of the brand's site puts out, the tool the subject of its verb
    tools = lexicons.words("promises", "machine_tools", language)
    verb = token.head if token.dep_ in ("obj", "dobj", "iobj", "dative") else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in tools for c in verb.children)


def _describes_a_thing(token) -> bool:
    """An adjective of availability set before the noun it qualifies ("open source",
    "open standards", "an open format"): it names a kind of thing, it does not say the
    service is open or reachable."""
    return token.pos_ == "ADJ" and token.dep_ in ("amod", "compound") and \
        token.head.i == token.i + 1 and token.head.pos_ in ("NOUN", "PROPN")


_LINE_WORDS = frozenset({"line", "phone", "telephone", "ligne", "téléphone"})


def _treats_a_thing(analysis, token) -> bool:
    """« Le traitement anti-mousse de votre plateforme », « traiter vos poutres »: *traiter /
    traitement* of a thing (its complement a noun that is no case handled — a request, a
    file, an order: `handled_cases`), or of a kind (« anti-mousse », « fongicide »), is a
    treatment worked on a thing, not the handling of the reader's request (« le traitement
    de votre demande », « votre dossier est traité »)."""
    table = lexicons.load("promises")[analysis.language]
    acts, cases = table.get("treating", ()), table.get("handled_cases", ())
    if token.lemma_.lower() not in acts and token.lower_ not in acts:
        return False
    for c in kids(token):
        if c.dep_ == "amod" and token.pos_ == "NOUN" and c.i == token.i + 1 and \
                c.lower_.startswith(("anti", "hydro", "fongi", "insecti")):
            return True  # the kind of treatment
        if c.dep_ in ("nmod", "obj", "dobj") and c.pos_ in ("NOUN", "ADJ", "PROPN") and \
                c.lemma_.lower() not in cases and c.lower_ not in cases and \
                features.said_as_readers(c):
            return True  # the reader's thing treated
    return False


def _items_given_back(analysis, names: dict[int, str], starts: dict[int, int]) -> list[int]:
    """The words of refund phrases built on a verb of giving back (« vous est rendu »)
    with no money named on their line: the item is given back (« il vous sera rendu
    sous 7 jours » of a repaired device, « votre ordinateur vous est rendu le soir
    même »), nothing is refunded."""
    words = lexicons.load("promises")[analysis.language]
    give_back, money = set(words["give_back"]), set(words["money_words"])
    tokens = features.tokens(analysis.doc)
    out = []
    phrases = {starts[i] for i, name in names.items() if name == "refund"}
    for start in phrases:
        phrase = [i for i, s in starts.items() if s == start]
        if not any(tokens[i].lemma_.lower() in give_back for i in phrase):
            continue
        line_start, line_end = features.line_bounds(analysis.doc, start)
        if not any(t.lower_ in money or t.lemma_.lower() in money
                   for t in tokens[line_start:line_end]):
            out += phrase
    return out


def _a_line_label(doc, index: int) -> bool:
    """A phone line named as the label of its hours: the noun, then a colon within a
    few words on its line ("English line:", « Téléphone : », « Ligne en anglais : »)."""
    if doc[index].pos_ in ("VERB", "AUX"):
        return False
    for t in doc[index + 1:index + 5]:
        if "\n" in t.text:
            return False
        if t.text == ":":
            return True
    return False


def _phrasal_service_verbs(analysis) -> list[tuple[int, str]]:
    """A declared service named by its noun and said as the verb it was made from: the
    `vehicle_handover` of "we'll hand it over within 10 days", a pickup "picked up" — a
    verb whose lemma and particle spell a word of the service's terms (« handover » =
    hand + over)."""
    words = _service_words_spelt(analysis.vocabulary, analysis.profile)
    if not words:
        return []
    tokens = features.tokens(analysis.doc)
    heads = features.head_indices(analysis.doc)
    found = []  # (verb, particle, service), read from the particles: they are few
    for particle in tokens:
        if particle.dep_ in ("prt", "compound:prt") and heads[particle.i] != particle.i:
            t = tokens[heads[particle.i]]
            if t.pos_ in ("VERB", "AUX"):
                joined = t.lemma_.lower() + particle.lower_
                if joined in words:
                    found.append((t.i, particle.i, words[joined]))
    return [(verb, service) for verb, _particle, service in sorted(found)]


_spelt: list = [None, None, {}]  # the vocabulary and profile last asked, and their words


def _service_words_spelt(vocabulary, profile) -> dict[str, str]:
    """The words of the declared services' terms a phrasal verb may spell, once per
    vocabulary and profile (the same for every draft of a run)."""
    if _spelt[0] is not vocabulary or _spelt[1] is not profile:
        words: dict[str, str] = {}
        for service, terms in vocabulary.services.items():
            if service not in profile.promises:
                continue
            for term in terms:
                for _, word in term:
                    if word.isalpha() and len(word) > 5:
                        words.setdefault(word, service)
        _spelt[:] = [vocabulary, profile, words]
    return _spelt[2]


def _sends_information(token, language: str) -> bool:
    """« je vous envoie la référence par SMS », "I'll email you the form": a send verb
    whose object is a piece of information, or that goes by message, sends no goods —
    it is no delivery. So is a notice (« un e-mail de confirmation vous est envoyé »,
    "you'll receive an instant confirmation email": `topics.notice_nouns`) sent as the
    passive's subject, or received by the reader."""
    table = lexicons.load("promises")[language].get("information_sent") or {}
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in table.get("receiving", ()) or lemma in table.get("verbs", ()):
        notices = _notice_nouns(language)
        sent = "nsubj:pass", "nsubjpass", *(("obj", "dobj") if lemma in table.get(
            "receiving", ()) else ())
        if any(c.dep_ in sent and c.lemma_.lower() in notices for c in kids(token)):
            return True
    if lemma not in table.get("verbs", ()):
        return False
    items = set(table.get("items", ()))
    if any((c.dep_ in ("obj", "dobj") or _partitive_object(c)) and c.lemma_.lower() in items
           for c in kids(token)):
        return True
    following = " ".join(t.lower_ for t in token.doc[token.i + 1:token.i + 9])
    return any(f" {way} " in f" {following} " for way in table.get("by", ()))


def _partitive_object(token) -> bool:
    """« Nous vous envoyons des photos demain »: the small French model tags the plural
    article « des » a preposition and makes its noun an oblique — the verb's object all
    the same."""
    return token.dep_ == "obl:arg" and any(
        c.dep_ == "case" and c.lower_ in ("des", "du", "de", "d'", "d’") for c in kids(token))


@functools.cache
def _notice_nouns(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("frame")["topics"]["notice_nouns"][language])


def _the_reader_does_it(analysis, index: int) -> bool:
    """The service word is a verb the reader is the subject of ("you can set up a card",
    « vous installez l'application »), not one of receiving ("you'll get it tomorrow" is
    the brand's delivery seen from home): the reader's own act."""
    token = analysis.doc[index]
    if token.dep_ in ("prt", "compound:prt") and token.head.i != token.i:
        token = token.head  # "set up": the particle of a phrasal verb
    if token.pos_ != "VERB" or token.lemma_.lower() in _RECEIVING:
        return False
    node = token
    for _ in range(2):  # "you can set up": the subject may hang on the modal's verb
        if any(c.dep_ in ("nsubj:pass", "nsubjpass", "auxpass", "aux:pass") for c in kids(node)):
            return False  # "you'll be seen the same day": done to the reader
        line_start = features.line_bounds(analysis.doc, node.i)[0]
        subjects = [c for c in kids(node) if c.dep_ == "nsubj" and c.i >= line_start]
        # (a heading above, "Payment methods for Gift Cards", is no subject of the line)
        if subjects and node.dep_ in ("ccomp", "xcomp", "oprd") and \
                node.head.lemma_.lower() in ("get", "have", "make", "faire"):
            return False  # "I'll get you fixed up today": the brand has it done to the reader
        if subjects:  # (« votre conseiller vous rappelle », « nous … vous le renvoyons »:
            # the small French model may take the object clitic for a subject — the verb's
            # person says whose act it is)
            persons = [p for t in (node, *(c for c in kids(node) if c.dep_.startswith("aux")))
                       for p in features.morph(t).get("Person")]
            return all(s.lower_ in _READER for s in subjects) and (
                not persons or "2" in persons)
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _a_person_attends(token) -> bool:
    """A word of "be with you" whose subject is a person's pronoun ("I'll be with you in
    a minute", "she will be with you shortly"): someone attends to the reader, nothing is
    delivered; a thing's ("your jars will be with you within 8 days", "it will…") is."""
    be = _with_you(token)
    if be is None:
        return False
    node, subjects = be, []
    for _ in range(3):  # "we commit to being with you": the subject of the verb above
        subjects = [c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or node.head.i == node.i:
            break
        node = node.head
    return any(s.pos_ == "PRON" and s.lower_ in ("i", "we", "he", "she", "someone",
                                                 "somebody") or s.ent_type_ == "PERSON"
               for s in subjects)


def _with_you(token):
    """The "be" of "be with you" that `token` is a word of, else None."""
    words = token.doc[max(0, token.i - 2):token.i + 3]
    be = next((t for t in words if t.lemma_.lower() == "be" and t.i + 2 < len(t.doc)
               and t.doc[t.i + 1].lower_ == "with" and t.doc[t.i + 2].lower_ == "you"), None)
    return be if be is not None and be.i <= token.i <= be.i + 2 else None


def _a_visitor_comes(token, language: str) -> bool:
    """A word of a delivery's place (« chez vous », "at your door") said of one of the
    trades that come to work at the reader's home (`visitors`: « un technicien sera chez
    vous », "an engineer will be at your door"): the subject of the clause the place
    belongs to."""
    if token.pos_ in ("VERB", "AUX"):
        return False
    visitors = set(lexicons.load("promises")[language].get("visitors", ()))
    node = token
    for _ in range(4):
        subjects = [c for c in kids(node) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if subjects:
            return any(s.lemma_.lower() in visitors or s.lower_ in visitors for s in subjects)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _visit_service(analysis) -> str | None:
    """The one service of the profile's own whose terms name a visit (an `occasions` word
    of `acts_named`: « intervention », « déplacement », "call-out"): the brand's visits.
    None when no service, or several, do: which visit is meant is not said."""
    occasions = set(lexicons.load("promises")["acts_named"][analysis.language]["occasions"])
    found = [name for name, terms in analysis.vocabulary.services.items()
             if name in analysis.profile.promises and name not in BUILTIN_SERVICES
             and any(lemma in occasions or lower in occasions
                     for term in terms for lemma, lower in term)]
    return found[0] if len(found) == 1 else None


def _information_arrives(token, language: str) -> bool:
    """« un e-mail de confirmation arrive dans votre boîte mail », "a confirmation email
    will be in your inbox": the place of delivery said of a notice (the subject of the
    verb the place hangs on) — a message, no goods delivered."""
    if token.pos_ in ("VERB", "AUX"):
        return False
    items = _notice_nouns(language)
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.lemma_.lower() in items
               for c in kids(verb))


def times_a_message(analysis, mention: Mention, index: int,
                    services: dict[int, str]) -> bool:
    """The delay's own verb has a notice for its subject (« un accusé de réception vous
    parvient immédiatement », "an automatic confirmation email arrives instantly;
    we then reply…"): it times that message, not the service of another verb the parse
    hangs that verb on (`index`, the service found) — and said at once, it is system
    behaviour, no service level (a counted time on the message's own verb, « ce courriel
    arrive en 10 minutes », still is one). Not a notice that carries a service's
    deliverable ("an email with your quote arrives within the hour")."""
    verb = analysis.doc[mention.start:mention.end].root.head
    if verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or mention.start <= verb.i < mention.end:
        return False
    notices = _notice_nouns(analysis.language)
    for subject in kids(verb):
        if subject.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or not (
                subject.lemma_.lower() in notices or subject.lower_ in notices):
            continue
        carried = {services.get(t.i) for t in subject.subtree} - {None, INFORMATION, "delivery"}
        if carried:
            return False
        at_once = mention.hours == 0 and not mention.counted
        return at_once or index not in {t.i for t in verb.subtree}
    return False


def done_in_the_call(analysis, mention: Mention) -> bool:
    """In a call (a script, or a draft with the customer's turns), the agent's own act
    done at once while the customer is on the line (« je regarde ça tout de suite », « je
    vous réponds immédiatement », "I have it here, I'll answer your question right away";
    lexicon `live_call.acts`): the call going on, no response time. Not a later contact:
    a callback, another person's act ("our vet will answer right away"), a delay
    counted ("within the hour"), a message by another channel said in the sentence ("I'll
    reply by email right away", `live_call.elsewhere`)."""
    if mention.hours != 0 or mention.counted or not (
            analysis.customer_turns or "script" in analysis.channel_name):
        return False
    table = lexicons.load("promises")[analysis.language]["live_call"]
    verb = analysis.doc[mention.start:mention.end].root.head
    if verb.pos_ not in ("VERB", "AUX") or mention.start <= verb.i < mention.end or not (
            verb.lemma_.lower() in table["acts"] or verb.lower_ in table["acts"]):
        return False
    if not any(c.dep_ in ("nsubj", "expl:subj") and c.lower_ in _SPEAKING_AGENT
               for c in kids(verb)):
        return False
    sentence = analysis.doc[mention.start].sent.text.lower()
    return not any(re.search(rf"(?<!\w){re.escape(way)}(?!\w)", sentence)
                   for way in table["elsewhere"])


# the agent speaking in the first person singular (« je », "I")
_SPEAKING_AGENT = frozenset({"i", "je", "j'", "j’"})


def _sends_own_service(token, own: set[int]) -> bool:
    """« votre devis vous sera envoyé par e-mail dans 30 minutes »: what is sent is the
    deliverable of a service the profile declares (the quote), which the delay is about."""
    nodes = [token] + ([token.head] if token.dep_ in ("xcomp", "acl", "advcl") else [])
    # (the small French model may hang « votre devis détaillé vous sera envoyé » on the
    # adjective, the verb its complement)
    return any(d.i in own for node in nodes for c in kids(node)
               if c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass")
               for d in c.subtree)


def _reminds(doc, index: int) -> bool:
    """« je vous rappelle que la révision est prévue demain »: the verb of calling back with
    a that-clause reminds the reader of something, it calls no one (not « je vous rappelle
    dès que… »)."""
    tokens = features.tokens(doc)
    following = tokens[index + 1].lower_ if index + 1 < len(tokens) else ""
    return following in ("que", "qu'", "qu’")


_AUXILIARY_LEMMAS = frozenset({"avoir", "être", "have", "be"})


def _auxiliary(token) -> bool:
    """A conjugated form of the verbs of tense and voice (« nous avons », « vous avez des
    menus », "we have"): it names no service, even when a profile's term is spelt like
    their infinitive (« avoir », a credit note — which the small model often tags a verb,
    so the bare form stays a service word)."""
    return token.lemma_.lower() in _AUXILIARY_LEMMAS and \
        token.lower_ not in _AUXILIARY_LEMMAS


_READER_OBJECTS = {"vous", "te", "t'", "t’", "you"}


def _calls_to_reader(doc, language: str) -> list[int]:
    """The verbs by which the brand phones the reader: a callback in other words ("Ben
    will phone you", "we'll give you a ring", « Théo vous appelle », « on vous passe un
    coup de fil »). Not the reader calling (« vous nous appelez », "call us")."""
    table = lexicons.load("promises")["reader_calls"][language]
    verbs, give, nouns = set(table["verbs"]), set(table["give"]), set(table["nouns"])
    tokens = features.tokens(doc)
    out = []
    for t in tokens:
        if _contacts_by_phone(tokens, t, table, language):
            out.append(t.i)
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma not in verbs and lemma not in give:
            continue
        if language == "fr":
            # the clitic object stands right before the verb; a verb in the second
            # person has the reader as its subject
            reader = t.i > 0 and tokens[t.i - 1].lower_ in _READER_OBJECTS
            second = "2" in features.morph(t).get("Person") or t.lower_.endswith("ez")
            if not reader or second:
                continue
        elif not any(c.lower_ == "you" and c.dep_ in ("dobj", "dative", "iobj", "obj")
                     for c in kids(t)):
            continue
        if lemma in give and not any(c.lemma_.lower() in nouns and c.dep_ in ("obj", "dobj")
                                     for c in kids(t)):
            continue
        out.append(t.i)
    return out


def _contacts_by_phone(tokens, t, table: dict, language: str) -> bool:
    """A verb of contacting the reader with the phone as its means (« un conseiller
    prendra contact avec vous par téléphone », "our team will contact you by phone", "get
    in touch with you by phone"): a contact verb, or a contact noun after a verb that
    takes it (« prendre », "get … in"); the reader its object (the clitic « vous » before
    the verb, « avec vous » / "you" / "with you" after it); the means within the few
    words after it, on the same line. Not the reader contacting the brand (a verb in the
    second person, « vous nous contactez », "get in touch with us")."""
    lemma = t.lemma_.lower()
    if lemma in table["contact_nouns"] or t.lower_ in table["contact_nouns"]:
        takers = [w for w in tokens[max(t.i - 3, 0):t.i] if w.lower_ in table["contact_takers"]
                  or w.lemma_.lower() in table["contact_takers"]]
        if not takers:
            return False
        verb = takers[-1]
    elif lemma in table["contact"] or t.lower_ in table["contact"]:
        verb = t
    else:
        return False
    after = list(tokens[t.i + 1:t.i + 9])
    cut = next((k for k, w in enumerate(after) if "\n" in w.text or w.text in ".;?!"), None)
    after = after[:cut] if cut is not None else after
    words = [w.lower_ for w in after]
    if language == "fr":
        if "2" in features.morph(verb).get("Person") or verb.lower_.endswith("ez"):
            return False
        reader = verb.i > 0 and tokens[verb.i - 1].lower_ in _READER_OBJECTS or \
            "avec vous" in " ".join(words[:3])
    else:
        reader = "you" in words[:3]
    text = " ".join(words)
    return reader and any(phone in text for phone in table["by_phone"])


def _answer_about(analysis, index: int, services: dict[int, str]) -> int | None:
    """The service at `index` is what another service word of the clause is about (« vous
    répondons sur le remboursement », "get back to you about the refund", « une réponse
    concernant votre échange »), or what an answer carries ("reply with a diagnosis"): the
    index of that word, whose service the delay times."""
    doc = analysis.doc
    token = doc[index]
    table = lexicons.load("promises")[analysis.language]
    kept = [t for t in doc[max(0, index - 4):index]
            if t.dep_ not in ("det", "poss", "nmod:poss", "amod") and not t.is_punct]
    text = " ".join(t.lower_ for t in kept[-3:])

    def ends(preps) -> bool:
        return any(text == p or text.endswith(" " + p) for p in preps)

    if ends(table["topic_prepositions"]):
        head = token.head
        if head.pos_ == "ADP" and head.i != head.head.i:
            head = head.head  # "about the refund": the preposition hangs on the verb
        if head.i != index and head.i in services and services[head.i] != services[index]:
            return head.i
        return None
    if ends(table.get("content_prepositions", ())):
        head = token.head
        if head.pos_ == "ADP" and head.i != head.head.i:
            head = head.head  # "reply with a diagnosis": what the answer carries
        if head.i != index and services.get(head.i) == "response" != services[index]:
            return head.i
        return None
    if ends(table.get("purpose_prepositions", ())) and len(kept) >= 2:
        # "our quotation for tuning", « notre devis pour l'accordage »: the noun right
        # before the preposition, a thing of another service, is what the delay times
        thing = kept[-2]
        if thing.pos_ == "NOUN" and thing.i in services and \
                services[thing.i] != services[index] and \
                services[thing.i] not in BUILTIN_SERVICES:
            return thing.i
    return None


def _aside_of(doc, index: int) -> tuple[int, int] | None:
    """The parenthesis the token stands in on its line, as (open, close) token indices;
    None outside any. A delay outside an aside does not time the service named inside it
    ("…review the document (the owner receives a notification when a comment is made)
    or just edit it right away": the edit is right away, not the notification)."""
    start, end = features.line_bounds(doc, index, reach=80)
    tokens = features.tokens(doc)
    opened = None
    for t in tokens[start:end]:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            if opened < index < t.i:
                return opened, t.i
            opened = None
    return None


def attach(analysis, mention: Mention, services: dict[int, str]) -> tuple[str, int] | None:
    doc = analysis.doc
    span = doc[mention.start:mention.end]
    inside = set(range(mention.start, mention.end))
    if mention.text.lower() in _tables(analysis.language)["reader_moments"]:
        # « à la minute où vous arrivez »: the reader's act the moment names is no service
        inside |= set(range(mention.end, _clause_of(analysis, mention.end - 1)[1]))
    wanted = _wanted(mention)
    if mention.kind == "availability" and analysis.frame(doc[mention.start]).holder == \
            "third_party":
        return None  # « la communauté y répond aussi le week-end »: other people's hours
    if mention.kind == "delay" and mention.start > 0:
        before = doc[mention.start - 1]
        if before.pos_ == "ADJ" and services.get(before.i) == "availability" and \
                mention.text.lower().startswith(_DEADLINE_WORDS) and \
                analysis.frame(before).holder == "brand":
            # « et restons joignables sous 48 h », "we stay reachable within 48 hours":
            # how soon the brand can be reached, its answer — whatever verb the parse
            # hangs the delay on (not a thing of the offer: « il est disponible dès
            # aujourd'hui », « votre colis y reste disponible 10 jours »)
            return "response", before.i
    verb = span.root.head
    if verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # "depend on every day"
    if _readers_system(analysis, verb):
        return None  # "your local ACME server can immediately receive requests"
    if _readers_setting(analysis, mention):
        return None  # "You can enable admins to refund contributions for up to 30 days"
    if _courteous_any_time(analysis, mention):
        return None  # "you're welcome to ask us questions any time": courtesy
    if mention.kind == "availability" and verb.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i not in inside
            for c in kids(verb)) and _someone_elses_act(analysis, verb):
        return None  # "a piece of the Internet that millions depend on every day"

    # a place said to the brand in the customer's words (« c'est toujours comme ça chez
    # vous ! »: *your* shop) is no delivery the agent's own line could time
    own_voice = not analysis.is_quoted(doc[mention.start])

    aside = _aside_of(doc, mention.start)

    def ok(i: int) -> bool:
        return i in services and i not in inside and wanted(services[i]) and not (
            mention.kind == "availability" and _someone_elses_act(analysis, doc[i])) and \
            not _sent_by_another(analysis, doc[i]) and \
            not (own_voice and _the_brand_addressed(analysis, i)) and \
            _aside_of(doc, i) == aside and not _timed_by_another(analysis, mention, i)

    root = span.root
    start, end = _clause(analysis, mention)
    declared = analysis.profile.promises

    def rank(i: int) -> int:
        # the profile's own services first (« votre devis vous arrive dans la journée »
        # is the quote, not the built-in delivery its verb names), then the declared
        # built-ins, the undeclared built-ins, generic services last
        if services[i] in declared:
            return 1 if services[i] in BUILTIN_SERVICES else 0
        return 2 if services[i] in BUILTIN_SERVICES else 3

    in_clause = _nearest(range(start, end), mention, ok, rank)
    first = _first_conjunct(analysis, start, end) if in_clause is None else None
    if first is not None:
        # the conjunct names no service of its own: the first one's
        in_clause = _nearest(range(first, start), mention, ok, rank)
        start = first if in_clause is not None else start
    by_head = head_services(analysis, mention)
    governed = _nearest([i for i in by_head if start <= i < end], mention, ok,
                        lambda i: (rank(i), by_head[i]))
    if governed is not None:
        # the service the delay's own head is about, not the nearest of the clause:
        # "we'll confirm your booking within 24 hours and deliver on Friday"
        in_clause = governed
    if in_clause is not None:
        # "Your diagnosis and quote will be ready within 48 hours": nouns coordinated as
        # one subject are timed together; the profile's own service comes first
        word = doc[in_clause]
        conjuncts = [c for c in kids(word) if c.dep_ == "conj"] + (
            [word.head] if word.dep_ == "conj" and word.head.i != word.i else [])
        # (verbs joined are two acts: « vous rappelle sous 48 h, et je vous envoie… »)
        joined = [] if word.pos_ in ("VERB", "AUX") else [
            t.i for t in conjuncts if t.pos_ not in ("VERB", "AUX") and ok(t.i)]
        if not joined and word.pos_ == "NOUN" and word.i >= 2 and \
                doc[word.i - 1].lower_ in ("et", "and", "&") and ok(word.i - 2):
            joined = [word.i - 2]  # « livraison et installation comprises dans les 3
            # semaines »: two nouns joined by the words, wherever the parse hangs them
        if joined and min(rank(i) for i in joined) < rank(in_clause):
            in_clause = min(joined, key=rank)
    topic = None
    if in_clause is not None:
        answered = _answer_about(analysis, in_clause, services)
        if answered is not None and ok(answered):
            topic, in_clause = in_clause, answered  # « nous vous répondons sur le
            # remboursement sous 48 h »:
            # the answer is timed, the refund is only its topic
    if in_clause is not None and rank(in_clause) == 1 and mention.kind == "delay":
        # a FAQ answer whose verb names a built-in (« elle arrive… ») is about the
        # profile's own service its question names (« la confirmation de réservation »)
        asked = _asked_in_question_before(analysis, mention, ok)
        if asked is not None and asked[0] not in BUILTIN_SERVICES:
            return asked
    if in_clause is not None and rank(in_clause) == 1 and mention.kind == "delay":
        # "when you book a collection, a rider is at your door within two hours": coming
        # to the reader's door is the booked service's own visit, not a delivery
        booked = _booked_in_when_clause(analysis, mention, in_clause, ok, rank)
        if booked is not None:
            return services[booked], booked
    if in_clause is not None and rank(in_clause) == 1 and mention.kind == "delay":
        # « Votre envoi postal est bien arrivé. Votre téléphone repart réparé dès demain »
        # for `mail_in: {terms: [réparation par courrier, envoi postal]}`: the line names
        # the profile's own kind of the repair the verb says; that kind is the service
        kind = _own_kind_on_line(analysis, mention, services[in_clause], ok)
        if kind is not None and kind != topic and \
                _answer_about(analysis, kind, services) != in_clause:
            # ("reply about the estimate within 48 hours": the estimate is the reply's
            # topic, not the kind of reply timed)
            return services[kind], kind
    if in_clause is not None and services[in_clause] == "response" and \
            mention.kind == "delay" and _pronoun_subject(doc, start, end) and start > 1:
        # « Pause demandée pour le 7 avril. Elle sera prise en compte sous 24 h »: the
        # handling of the thing the pronoun stands for, a service the profile declares,
        # is that service's own act

        line_start, _ = features.line_bounds(doc, max(start - 2, 0))
        own = _nearest(range(line_start, start - 1), mention,
                       lambda i: ok(i) and rank(i) == 0 and services[i] not in BUILTIN_SERVICES)
        if own is not None:
            return services[own], own
    if in_clause is not None and rank(in_clause) <= 1:
        return services[in_clause], in_clause
    if in_clause is not None:
        # « Ton attestation est en cours d'édition : tu la recevras d'ici 10 jours »:
        # an undeclared verb of the clause (recevoir) carries a service the profile
        # names earlier in the sentence, which the pronoun stands for

        line_start, _ = features.line_bounds(doc, mention.start)
        own = _nearest(range(line_start, start), mention,
                       lambda i: ok(i) and rank(i) == 0 and services[i] not in BUILTIN_SERVICES)
        if own is not None and any(t.pos_ == "PRON" and t.dep_ in ("obj", "dobj", "nsubj",
                                                                    "nsubj:pass", "iobj")
                                   for t in features.tokens(doc)[start:end]):
            return services[own], own
    by_parse = _by_parse(root, inside, ok)
    if by_parse is not None and any(
            "\n\n" in t.text for t in features.tokens(doc)[min(by_parse, mention.start):
                                                                  max(by_parse, mention.end)]):
        by_parse = None  # a sign-off line (« À ce soir pour sa sortie ») is not the body's
    # The parse is preferred, but not across a clause break when the clause itself names
    # a service: the small models often hang a delay on the wrong conjunct.
    if by_parse is not None and (in_clause is None or start <= by_parse < end):
        return services[by_parse], by_parse
    if in_clause is not None:
        return services[in_clause], in_clause
    refers = _pronoun_subject(doc, start, end) and not _receiver_of_named_thing(
        doc, start, end) or _received_by_reader(doc, start, end)
    if refers and start > 1:
        # "Commandez votre gâteau personnalisé, il sera prêt en 24 h": "il" is the cake
        before, _ = _clause_of(analysis, start - 2)
        nearest = _nearest(range(before, start - 1), mention, ok)
        if nearest is None:  # the antecedent may stand in the sentence before

            previous, _ = features.line_bounds(doc, max(before - 2, 0))
            nearest = _nearest(range(previous, start - 1), mention, ok)
        if nearest is not None:
            return services[nearest], nearest
    if start > 0 and doc[start - 1].text == ":":
        # "Réparation express : votre set vous revient en 48 h": the headline before the
        # colon names the service the rest of the line details.
        before, _ = _clause_of(analysis, start - 2) if start > 1 else (0, 0)
        nearest = _nearest(range(before, start - 1), mention, ok)
        if nearest is not None:
            return services[nearest], nearest
    asked = _asked_in_turn_before(analysis, mention, ok) if refers else None
    if asked is not None:
        return services[asked], asked
    turn = _customer_turn_before(analysis, mention) if refers else None
    if turn is not None and mention.kind == "delay" and not mention.bare:
        # « [Client : Et mon sac, oublié dans le car ?] — Il vous sera renvoyé demain »
        # for `lost_property: {terms: [objet oublié]}`: the pronoun stands for the item
        # of the declared service the caller's turn names by its own words
        found = _declared_in(analysis, _line_tokens(analysis, *turn), ok)
        if found is not None:
            return found
    if not mention.bare and mention.kind == "delay":
        asked = _asked_in_question_before(analysis, mention, ok)
        if asked is not None:
            return asked
    if mention.bare:
        return None
    # 3. a short verbless headline ("Livraison express : 24 h chrono"), or availability

    start, end = features.line_bounds(doc, mention.start)
    line = doc[start:end]
    verbs = [t for t in line if t.pos_ in ("VERB", "AUX") and t.i not in inside]
    if len(line) <= 12 and not verbs or mention.kind == "availability":
        nearest = _nearest(range(start, end), mention, ok)
        if nearest is not None:
            return services[nearest], nearest
    frame = analysis.frame(doc[mention.start])
    if mention.kind == "availability" and frame.holder in ("brand", "service", "customer") \
            and (_reachable(analysis, frame) or any(
                frame.start <= i < frame.end and not _someone_elses_act(analysis, doc[i])
                for i in services)):
        # the brand itself is the one to reach or the service it performs at those hours:
        # "Questions? We're here 24/7.", "DM us 24/7", "Miamo now delivers round the
        # clock" (not "we use browsers every day")
        return "availability", mention.start
    if mention.kind == "availability" and _reached_in_sentence(analysis, mention):
        # the hours stand apart, after a comma, from the words that say the brand is
        # reached: "one of our vets is on the line day and night", « il y a toujours un
        # vétérinaire qui décroche, jour et nuit », "someone picks up whenever you call"
        return "availability", mention.start
    return None


def _courteous_any_time(analysis, mention: Mention) -> bool:
    """A time left open without hours (lexicon `vague_any_time`: "any time", « à tout
    moment ») in an invitation or a courtesy of the brand's ("you're welcome to ask us
    questions any time", « n'hésitez pas à nous écrire à tout moment »): the door held
    open, no hours the brand commits to; nor when the reader writes or sends it to us
    ("Send us a photo any time"). "You can call us any time" (a statement) and "feel free
    to call us 24/7" (hours named) still do."""
    if mention.kind != "availability":
        return False
    vague = lexicons.words("promises", "vague_any_time", analysis.language, lower=True)
    if " ".join(mention.text.lower().split()) not in vague:
        return False
    frame = analysis.frame(analysis.doc[mention.start])
    if frame.holder == "customer" and analysis.doc[frame.predicate].lemma_.lower() in \
            lexicons.words("promises", "writing_to_us", analysis.language):
        return True  # "Send us a photo any time": the reader's letter, no one to reach
    return frame.act == "invitation" or frame.topic == "courtesy"


def _readers_setting(analysis, mention: Mention) -> bool:
    """Before the time in its sentence, the reader sets the product up (a verb of
    `reader_settings` whose subject is the reader: "You can enable Collective admins to
    refund contributions for up to 30 days", « vous pouvez autoriser vos membres à
    rembourser jusqu'à 30 jours après »): the time is a setting of theirs, not a delay
    the brand keeps."""
    doc = analysis.doc
    settings = lexicons.words("promises", "reader_settings", analysis.language)
    sentence = doc[mention.start].sent
    for t in features.tokens(doc)[sentence.start:mention.start]:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in settings:
            continue
        subjects = [c for c in kids(t) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not subjects and t.dep_ in ("xcomp", "conj"):
            subjects = [c for c in kids(t.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(s.lower_ in _READER for s in subjects):
            return True
    return False


def _own_kind_on_line(analysis, mention: Mention, builtin: str, ok) -> int | None:
    """A service the profile declares of its own, named before the mention on its line,
    one of whose terms names the built-in service `builtin` ("mail-in repair", « réparation
    par courrier » of repair): the kind of that service the line is about."""
    declared = analysis.profile.promises
    words = {w.lower() for w in lexicons.load("services")[analysis.language].get(builtin, ())}
    kinds = {name for name, promise in declared.items()
             if name not in BUILTIN_SERVICES and any(
                 set(re.findall(r"[\w'’-]+", term.lower())) & words
                 for term in promise.terms)}
    if not kinds:
        return None
    services, _ = analysis.service_index
    char = analysis.doc[mention.start].idx
    line_start = analysis.text.rfind("\n", 0, char) + 1  # the text line, not the sentence
    found = [i for i in _line_tokens(analysis, line_start, char)
             if i in services and services[i] in kinds and ok(i)]
    if not found or any(found[-1] < m.start < mention.start
                        for m in analysis.delay_mentions):
        return None  # « réparation par courrier en 5 jours. En boutique, … en 1 h »: that
        # kind has its own delay, the next one is another's
    return found[-1]


def _contact_words(language: str, means: bool = True) -> tuple[frozenset[str], list[str]]:
    """Single words and phrases that say the brand is reached (reachable predicates, and
    the means of contact unless `means` is false: « les lignes de tram » are no phone
    line)."""
    table = lexicons.load("promises")
    words = [*table["reachable"][language], *(table[language]["contact_means"] if means else ())]
    return (frozenset(w.lower() for w in words if " " not in w),
            [w.lower() for w in words if " " in w])


def _reached_in_sentence(analysis, mention: Mention) -> bool:
    """The sentence of the hours says the brand is reached: a reachable predicate or a
    means of contact in it (the line, bounded by its punctuation)."""

    singles, phrases = _contact_words(analysis.language, means=False)
    start, end = features.line_bounds(analysis.doc, mention.start)
    tokens = [t for t in features.tokens(analysis.doc)[start:end]
              if not mention.start <= t.i < mention.end and _may_say_reached(analysis, t)]
    if any(t.lemma_.lower() in singles or t.lower_ in singles for t in tokens):
        return True
    said = " " + " ".join(t.lower_ for t in tokens) + " "
    if any(f" {p} " in said for p in phrases):
        return True
    # the reader reaching us by a means of contact (« vous nous appelez, à n'importe
    # quelle heure »), a verb: not « les lignes de tram »
    means, _ = _contact_words(analysis.language)
    return any(t.lower_ in ("nous", "us") for t in tokens) and any(
        t.pos_ == "VERB" and (t.lemma_.lower() in means or t.lower_ in means) for t in tokens)


def _may_say_reached(analysis, token) -> bool:
    """A word of the line that can say the brand is reached: not *help* before the verb it
    helps along, not someone else's act."""
    return not _helps_do(token) and not _someone_elses_act(analysis, token) and \
        not _describes_a_thing(token)


def _helps_do(token) -> bool:
    """"staff who help make clear what we do", « qui aident à faire vivre le projet »:
    *help* before the verb it helps along contributes to an act; it says nobody is there
    to help the reader."""
    if token.lemma_.lower() not in ("help", "aider"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in ("vous", "te", "t'", "t’"):
        return False  # « on vous aide à choisir »: the reader is helped
    if any(c.dep_ in ("obj", "dobj", "iobj") for c in kids(token)):
        return False  # "we help customers choose": someone is helped
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and
               token.i < c.i <= token.i + 3 for c in kids(token))


def _reader_reaches_brand(analysis, frame) -> bool:
    """The reader's act is to reach the brand (« vous pouvez nous appeler à n'importe
    quelle heure », "call us any time"): the brand's availability, though the frame
    reads the reader's act."""
    if not frame.brand_voice or frame.act in ("notice", "question") or frame.time == "past":
        return False
    if frame.holder != "customer":
        return False
    singles, _ = _contact_words(analysis.language)
    clause = features.tokens(analysis.doc)[frame.start:frame.end]
    predicate = analysis.doc[frame.predicate]
    verbs = [predicate, *(c for c in kids(predicate) if c.dep_ in ("xcomp", "ccomp"))]
    return any(v.lemma_.lower() in singles or v.lower_ in singles for v in verbs) and any(
        t.lower_ in ("nous", "us") for t in clause)


def _asked_in_turn_before(analysis, mention: Mention, ok) -> int | None:
    """In a call script, the agent's answer is about what the caller just asked: « Et je
    récupère l'acompte quand ? — Il part aujourd'hui : d'ici la fin de la semaine c'est
    sur votre compte », "can I pause it? — it kicks in straight away". The service the
    customer's turn right before names, when the agent's clause names none and its
    subject is a pronoun standing for it (not « je regarde tout de suite »)."""
    turn = _customer_turn_before(analysis, mention)
    if turn is None:
        return None
    start, end = turn
    inside = [t.i for t in features.tokens(analysis.doc) if start <= t.idx < end and ok(t.i)]
    return inside[-1] if inside else None


def _customer_turn_before(analysis, mention: Mention) -> tuple[int, int] | None:
    """The customer's turn the agent's line of the mention answers (its characters)."""
    return _turn_answered_at(analysis, analysis.doc[mention.start].idx)


def _turn_answered_at(analysis, char: int) -> tuple[int, int] | None:
    """The customer's turn the agent's line at `char` answers (its characters): the last
    turn before it, with no other line between; None inside a turn."""
    turns = analysis.customer_turns
    if not turns:
        return None
    if any(s <= char < e for s, e in turns):
        return None  # the customer's own words
    before = [(s, e) for s, e in turns if e <= char]
    if not before:
        return None
    start, end = before[-1]
    if analysis.text[end:char].count("\n") > 1:
        return None  # not the answer to that turn: another line came between
    return start, end


_QUESTION_MARKS = re.compile(r"[\s*_#>]+$")
# a question on how long the service takes: its answer is about the page's own service
_TIME_QUESTION = re.compile(r"\b(?:how long|how soon|how quickly|how fast|combien de temps|"
                            r"en combien de|sous combien de|dans combien de|quel délai)\b", re.I)


# a question a FAQ answers opens on a question word, an auxiliary or an inverted verb
# (« reçoit-on », « faut-il »), after its markup and numbering
_ASKS = re.compile(
    r"[\s*_#>\d.)-]*(?:q\s*:\s*)?(?:(?:how|when|what|where|which|who|why|do|does|did|can|could|"
    r"will|would|is|are|should|may|shall|have|has|quand|combien|comment|où|que|qu['’]|quel|"
    r"quelle|quels|quelles|pourquoi|est-ce|et si|and if|what if)\b|\w+-(?:t-)?(?:on|il|elle|ils|"
    r"elles|je|vous|nous|tu)\b)", re.I)


def _line_tokens(analysis, start_char: int, end_char: int) -> range:
    tokens = [t.i for t in features.tokens(analysis.doc) if start_char <= t.idx < end_char]
    return range(tokens[0], tokens[-1] + 1) if tokens else range(0)


def _asked_in_question_before(analysis, mention: Mention, ok) -> tuple[str, int] | None:
    """In a FAQ, an answer is about what its question asks (« *Quand reçoit-on la
    confirmation ?* Elle arrive … à la minute où vous payez », "**How long does it
    take?** … before you've finished your shopping"): the service the question line right
    before names — a service word, or the item of a declared service; when the question
    only asks *how long*, the service the page's title names by its terms ("## Screen
    repairs")."""
    text = analysis.text
    char = analysis.doc[mention.start].idx
    line_start = text.rfind("\n", 0, char) + 1
    asked = text.rfind("?", line_start, char)
    if asked >= 0:
        # « *Question ?* Réponse » on one line: the answer runs from the mark to the delay
        if re.search(r"[.!]\s", text[asked + 1:char]):
            return None
        question_start = max(text.rfind(m, line_start, asked) for m in (". ", "? ", "! ", "\n"))
        question_start = line_start if question_start < line_start else question_start + 1
        question_end = asked + 1
    else:
        previous_end = line_start - 1
        if previous_end <= 0:
            return None
        question_start = text.rfind("\n", 0, previous_end) + 1
        question_end = previous_end
    question = _QUESTION_MARKS.sub("", text[question_start:question_end]).rstrip()
    if not question.endswith("?") or not (_ASKS.match(question)
                                          or _TIME_QUESTION.search(question)
                                          or _refers_back(analysis, question_start,
                                                          question_end)):
        return None  # "Need a quick fix?", « Vos roulettes grincent ? »: a teaser, no FAQ
        # (« Sous quel délai ? » asks how long)
    found = _declared_in(analysis, _line_tokens(analysis, question_start, question_end), ok)
    if found is not None:
        return found
    if _refers_back(analysis, question_start, question_end):
        # « Et ce sera long ? », "When will I get it?": a follow-up asking when, whose
        # thing is a pronoun, goes on with the service the exchange before it names
        found = _named_in_exchange_before(analysis, question_start, ok)
        if found is not None:
            return found
    elif not _TIME_QUESTION.search(question):
        return None
    # « Puis-je poser une question au vétérinaire ? Oui… Sous quel délai ? »: a follow-up
    # that only asks how long goes on with the question just before it
    earlier_end = text.rfind("?", max(0, question_start - 300), question_start)
    if earlier_end >= 0:
        earlier_start = text.rfind("\n", 0, earlier_end) + 1
        earlier = _QUESTION_MARKS.sub("", text[earlier_start:earlier_end + 1]).strip()
        if _ASKS.match(earlier):
            found = _declared_in(analysis, _line_tokens(analysis, earlier_start,
                                                        earlier_end + 1), ok)
            if found is not None:
                return found
    title_end = text.find("\n")
    title = text[:title_end if title_end > 0 else len(text)]
    if question_start == 0 or len(title.split()) > 12:
        return None
    return _declared_in(analysis, _line_tokens(analysis, 0, len(title)), ok, items=False)


# a question on when the thing comes, or whether it takes long (« ce sera long ? »,
# "will it take long?"): with a pronoun for its thing, it follows up the exchange before
_WHEN_QUESTION = re.compile(r"\b(?:when|quand|how long|how soon|combien de temps|"
                            r"(?:sera|être|prendre|prend|prendra) long(?:temps)?|"
                            r"take long|be long)\b", re.I)
_BACK_PRONOUNS = frozenset({"it", "they", "them", "le", "la", "les", "l'", "l’", "ce", "ça",
                            "cela", "il", "elle", "ils", "elles", "-il", "-elle", "-t-il",
                            "-t-elle", "-ils", "-elles"})


def _refers_back(analysis, start_char: int, end_char: int) -> bool:
    """The question asks when (or how long) of a thing it names by a pronoun only
    (« Quand vais-je le recevoir ? », "Will it take long?")."""
    if not _WHEN_QUESTION.search(analysis.text, start_char, end_char):
        return False
    return any(analysis.doc[i].lower_ in _BACK_PRONOUNS and analysis.doc[i].pos_ == "PRON"
               for i in _line_tokens(analysis, start_char, end_char))


def _named_in_exchange_before(analysis, question_start: int, ok) -> tuple[str, int] | None:
    """The declared service the two lines of text right before a question name (the
    answer and the question it answered, the agent's turn and the caller's): the thing a
    follow-up question's pronoun stands for. Its own terms only, the nearest first."""
    text = analysis.text
    lines: list[tuple[int, int]] = []
    end = question_start - 1
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append((start, end))
        end = start - 1
    for start, end in lines:
        found = _declared_in(analysis, _line_tokens(analysis, start, end), ok, items=False)
        if found is not None:
            return found
    return None


def _declared_in(analysis, indices: range, ok, items: bool = True) -> tuple[str, int] | None:
    """A declared service named in these tokens: by one of its terms, or (`items`) by a
    word of its own multi-word terms (the item it is about)."""
    services, _ = analysis.service_index
    declared = analysis.profile.promises
    named = [i for i in indices if ok(i) and services[i] in declared]
    if named:
        return services[named[-1]], named[-1]
    if not items:
        return None
    table = analysis.vocabulary.own_service_words
    for i in indices:
        t = analysis.doc[i]
        if t.pos_ in _CONTENT_POS and not t.is_stop:
            name = table.get(t.lemma_.lower()) or table.get(t.lower_)
            if name is not None and name in declared:
                return name, i
    return None


def _reachable(analysis, frame) -> bool:
    """The clause says the brand can be reached: a predicate of presence or answer
    (here, online, open, answer, « être là », « répondre »), or the reader told to
    contact "us" ("DM us", « appelez-nous »). Not the reader's or someone else's own act
    ("how you support the project")."""
    doc = analysis.doc
    words = lexicons.words("promises", "reachable",
        "fr" if doc.lang_ == "fr" else "en")
    clause = doc[frame.start:frame.end]
    if any((t.lemma_.lower() in words or t.lower_ in words)
           and not _someone_elses_act(analysis, t) and not _describes_a_thing(t)
           for t in clause):
        return True
    return frame.holder == "customer" and any(t.lower_ in ("us", "nous") for t in clause)


_PRONOUNS = {"il", "elle", "ils", "elles", "it", "they", "celui-ci", "celle-ci"}


# demonstratives that take up what was just said (« c'est sur votre compte », "that's more")
DEMONSTRATIVES = frozenset({"c'", "c’", "ce", "ça", "cela", "that", "this"})
_OBJECT_PRONOUNS = {"it", "them", "le", "la", "les", "l'", "l’"}
_READER = {"you", "vous", "tu"}


_SENDERS = {"we", "nous"}
_FR_FUTURE_ENDINGS = ("erons", "irons", "drons", "rrons", "trons", "erez", "irez", "eront",
                      "iront", "dront", "rront")


def _received_by_reader(doc, start: int, end: int) -> bool:
    """The reader gets *it*: "you'll see it in two days", « vous l'aurez demain »; or the
    brand hands *it* over: "we'll send it to you", « nous vous l'adresserons »: the pronoun
    stands for a thing named before."""
    tokens = features.tokens(doc)[start:end]
    # the brand hands it over in the future ("we'll send it to you", « nous vous
    # l'enverrons »), not a habit described ("when we receive an email, we forward it to
    # you": how the product works)
    sends = any(t.lower_ in _SENDERS and "subj" in t.dep_ for t in tokens) and any(
        t.lower_ in ("will", "'ll", "’ll", "shall") or "Fut" in features.morph(t).get("Tense")
        # (the small French model tags « l'enverrons » a noun: the ending tells the future)
        or t.lower_.endswith(_FR_FUTURE_ENDINGS) for t in tokens)
    return (sends or any(t.lower_ in _READER and "subj" in t.dep_ for t in tokens)) and any(
        t.lower_ in _OBJECT_PRONOUNS and (t.pos_ == "PRON" or _after_clitic(t))
        for t in tokens)


def _after_clitic(token) -> bool:
    """« vous l'adresserons », « nous la renvoyons »: right after an object clitic, *l'*,
    *le*, *la*, *les* is a pronoun whatever the small model tags it (no article follows a
    clitic)."""
    return token.lang_ == "fr" and token.i > 0 and \
        token.doc[token.i - 1].lower_ in _CLITICS and token.doc[token.i - 1].pos_ == "PRON"


def _readers_act_told(analysis, word) -> bool:
    """The word is the predicate of a clause that tells the reader to do something
    (« répondez à ce message », "just reply here"), not a receiving verb (« recevez-le »)."""
    told = analysis.frame(word)
    return told.holder == "customer" and told.act in ("invitation", "advice") and \
        word.i == told.predicate and _verb_form(word) and \
        word.lemma_.lower() not in _RECEIVING | _BRANDS_OWN_ACTS


def _handling_of_antecedent(analysis, mention: Mention, index: int, other: int,
                            services: dict[int, str]) -> bool:
    """The handling word (« prise en compte », "dealt with": the built-in response) of a
    clause whose pronoun subject stands for the service found before it (« Pause
    demandée… Elle sera prise en compte sous 24 h »): that service's own act, not a
    reply the delay is held to as well."""
    start, end = _clause(analysis, mention)
    return services.get(other) == "response" and index < start <= other < end and \
        _pronoun_subject(analysis.doc, start, end)


def _pronoun_subject(doc, start: int, end: int) -> bool:
    """A personal pronoun as subject; or a demonstrative before a form of *être* / *be*
    (« c'est sur votre compte », "that's with you"), whatever the parser hangs it on."""
    tokens = features.tokens(doc)
    return any(t.lower_ in _PRONOUNS and "subj" in t.dep_
               or t.lower_ in DEMONSTRATIVES and t.i + 1 < len(tokens)
               and tokens[t.i + 1].lemma_.lower() in ("être", "be")
               for t in tokens[start:end])


def _receiver_of_named_thing(doc, start: int, end: int) -> bool:
    """The pronoun subject gets a thing its clause names (« afin qu'ils obtiennent
    immédiatement le résultat », "so that they get the score instantly"): the pronoun is
    who receives — the reader's users, a tool's callers —, not an item of a service named
    before; what they get, named, is no service either (else the clause would hold one)."""
    for t in features.tokens(doc)[start:end]:
        if t.lower_ not in _PRONOUNS or "subj" not in t.dep_:
            continue
        verb = t.head
        if verb.lemma_.lower() in _RECEIVING and any(
                c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in kids(verb)):
            return True
    return False


def _by_parse(root, inside: set[int], ok) -> int | None:
    """What governs the delay, and the subjects/objects of the verbs on that chain."""
    node, steps = root, 0
    while node.head is not node and steps < 4:
        node = node.head
        steps += 1
        if ok(node.i):
            return node.i
        for child in kids(node):
            if child.dep_ in SUBJECT_OBJECT and ok(child.i):
                return child.i
            for grandchild in kids(child):  # "la livraison de votre commande"
                if child.dep_ in SUBJECT_OBJECT and grandchild.dep_ in ("nmod", "compound") \
                        and ok(grandchild.i):
                    return grandchild.i
    for child in root.subtree:
        if child.i not in inside and ok(child.i):
            return child.i
    return None


# -- what a delay is about: the word it modifies in the parse ---------------------------

_COMPLEMENT_CLAUSES = frozenset({"xcomp", "ccomp"})
_OWN_COMPLEMENTS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "prep", "iobj",
                              "dative", "nmod", "advcl"})


def delay_head(analysis, mention: Mention):
    """The word a delay modifies in the parse: the verb it depends on (« vous rappelons
    sous 24 h », "confirm your booking within 24 hours"), or the noun of a verbless
    phrase (« livraison en 24 h »); None when the parse hangs it on nothing outside it,
    or on a condition (« … si le colis reste introuvable sous 10 jours », "if the parcel
    is still missing in 10 days"): that is when the condition holds, no service's delay."""
    doc = analysis.doc
    node = doc[mention.start:mention.end].root
    if node.head.i == node.i and node.text.endswith(".") and mention.start > 0:
        # « réalisé en 48 h. »: the unit and its period made one token the model reads as
        # a sentence of its own; the delay times the act right before it
        before = doc[mention.start - 1]
        if before.pos_ in ("VERB", "AUX") and "\n" not in before.text:
            return None if _in_a_condition(before) else before
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if not mention.start <= node.i < mention.end and node.pos_ not in ("ADP", "SCONJ"):
            if node.pos_ in ("NOUN", "PROPN") and any(
                    c.lower_ in ("après", "after") and c.dep_ in ("case", "prep")
                    and mention.start <= c.i < mention.end for c in node.children):
                continue  # « remis 48 heures après le mariage »: the small model may hang
                # the delay on the event it is counted from; the act timed is above it
            return None if _in_a_condition(node) else node
    return None


def _in_a_condition(word) -> bool:
    """The word is the predicate of a condition, or completes one (« reste
    introuvable », "is still missing")."""
    from brandlint.analysis.frame import CONDITION_MARKS

    verbs = [word, word.head] if word.dep_ in ("xcomp", "acomp", "attr", "cop") else [word]
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
               for verb in verbs for c in kids(verb))


def _window_words(analysis, key: str) -> list[str]:
    return [w.lower() for w in lexicons.load("promises")[analysis.language][key]]


def _before_an_event(analysis, mention: Mention) -> bool:
    """The span is counted back from an event named after it (« dans les 24 heures
    précédant l'intervention », "within the 24 hours preceding the visit", lexicon
    `before_event`): a cut-off before that event, not how soon the brand acts."""
    doc = analysis.doc
    words = _window_words(analysis, "before_event")
    after = features.span_text(doc, mention.end, min(mention.end + 4, len(doc))).lower()
    word = next((w for w in words if after == w or after.startswith(w + " ")), None)
    if word is None:
        return False
    at = mention.end + len(word.split())
    if word in ("avant", "before", "prior") and at < len(doc) and doc[at].lower_ == "to":
        at += 1  # "prior to the visit"
    # an event, not an hour of the day (« livré en 24 h avant 13 h », "before noon")
    return at >= len(doc) or not (doc[at].like_num or doc[at].lower_ in (
        "midi", "minuit", "noon", "midnight", "h", "am", "pm"))


def _done_by_reader(analysis, index: int) -> bool:
    """The timed act has its agent named, the reader or the reader's own (« règlement
    effectué par votre filleul dans les 6 mois », "any payment made by your referee
    within 6 months", lexicon `reader_agents`): the window the customer is given."""
    doc = analysis.doc
    agents = set(_window_words(analysis, "reader_agents"))
    for j in range(index + 1, min(index + 3, len(doc))):
        if doc[j].lower_ in ("par", "by"):
            return j + 1 < len(doc) and doc[j + 1].lower_ in agents
    return False


def _denied_right_before(analysis, mention: Mention) -> bool:
    """A caveat denies the time right before it (« pas nécessairement le jour même »,
    "not necessarily the same day", lexicon `denied_before`)."""
    doc = analysis.doc
    before = features.span_text(doc, max(mention.start - 3, 0), mention.start).lower()
    return any(before.rstrip().endswith(w) for w in _window_words(analysis, "denied_before"))


def _times_a_condition(analysis, mention: Mention, service_index: int,
                       services: dict[int, str]) -> bool:
    """The delay hangs on the verb of a condition (« si vous l'éteignez tout de suite »,
    "if they're switched off straight away") while the service stands outside it and
    the condition is not on the service's own act."""
    doc = analysis.doc
    node = doc[mention.start]
    for _ in range(3):  # (the small French model tags « remettez » a noun: its mark tells)
        if node.pos_ in ("VERB", "AUX") or _in_a_condition(node) or node.head.i == node.i:
            break
        node = node.head
    if not _in_a_condition(node):
        return False
    inside = range(node.left_edge.i, node.right_edge.i + 1)
    sentence = node.sent
    if any(i not in inside and sentence.start <= i < sentence.end
           and doc[i].pos_ in ("VERB", "AUX") for i in services):
        return False  # « vous remboursons si le colis reste introuvable sous 10 jours »: the
        # condition of the brand's own act says when it comes (a step's timing)
    return service_index not in inside


def the_event_counted_from(analysis, mention: Mention, index: int) -> bool:
    """The service word stands in the phrase after the delay's « après » / "after" (« 3
    mois après le traitement »): the event the time is counted from."""
    doc = analysis.doc
    near = doc[mention.start:min(len(doc), mention.end + 2)]
    between = next((t for t in near if t.lower_ in ("entre", "between")), None)
    if between is not None:
        # "allow a week between your order and the round", « comptez une semaine entre
        # la commande et la tournée »: the span starts at the first event, the second ends it
        upto = next((t.i for t in doc[between.i + 1:min(len(doc), between.i + 8)]
                     if t.lower_ in ("et", "and")), None)
        if upto is not None and between.i < index < upto and \
                not any(t.is_punct for t in doc[between.i + 1:index]):
            return True
    after = next((t for t in near if t.lower_ in ("après", "after")), None)
    if after is None or not after.i < index <= after.i + 5:
        return False
    return not any(t.is_punct for t in doc[after.i + 1:index])


def head_services(analysis, mention: Mention) -> dict[int, int]:
    """The service words a delay belongs to by the parse: its head, the service phrase
    the head is part of (« vous rappeler »), the head's subject and object (and the noun
    these are of: « la livraison de votre commande »), the verb it completes ("have it
    fixed"), and the verbs coordinated before it that have no complement of their own,
    so that the delay closes their series too ("fixed and back with you in 3 days", « il
    sera réparé et de retour chez vous en 5 jours »). Not a verb coordinated after it
    ("confirm your booking within 24 hours and deliver on Friday"), nor one with its
    own object ("we have received your file and will call you back within 24 hours").
    Each service word with its order: 0 for a verb's own word ("refund the order": a
    refund), 1 for its subject or object. Empty when the parse gives no head."""
    head = delay_head(analysis, mention)
    if head is None:
        return {}
    services, starts = analysis.service_index
    heads = [head, *(c for c in kids(head) if c.dep_ in _COMPLEMENT_CLAUSES
                     and not mention.start <= c.i < mention.end)]
    heads += _series_before(heads, mention)
    found: dict[int, int] = {}
    for word in heads:
        found.setdefault(word.i, 0)
        if word.i in starts:  # the rest of the service phrase ("call you back")
            for i, first in starts.items():
                if first == starts[word.i]:
                    found.setdefault(i, 0)
        for child in kids(word):
            if child.dep_ in SUBJECT_OBJECT:
                for i in (child.i, *(g.i for g in kids(child)
                                     if g.dep_ in ("nmod", "compound"))):
                    found.setdefault(i, 1)
        for i in _described_by_participle(word):
            found.setdefault(i, 1)
    inside = range(mention.start, mention.end)
    return {i: order for i, order in sorted(found.items())
            if i in services and i not in inside}


def _described_by_participle(word) -> list[int]:
    """The noun phrase a participle describes, which is what it acts on as a passive's
    subject would be (« votre livre photo livré en 5 jours », "your prints delivered in 3
    days"): the noun, the noun it completes, and their own complements."""
    if word.dep_ not in ("amod", "acl") or word.head.i == word.i or word.head.pos_ not in (
            "NOUN", "PROPN") or "Part" not in features.morph(word).get("VerbForm"):
        return []
    noun = word.head
    nouns = [noun]
    if noun.dep_ in ("nmod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(noun.head)  # « livre photo »: the head of the name
    return [i for n in nouns for i in (n.i, *(g.i for g in kids(n)
                                               if g.dep_ in ("nmod", "compound")))]


def _series_before(heads: list, mention: Mention) -> list:
    """The verbs or predicates coordinated with `heads` before the delay, with no object
    or complement of their own: the delay ends their series and holds for them too."""
    out = []
    for word in heads:
        node = word
        while node.dep_ == "conj" and node.head.i != node.i and node.head.i < node.i:
            node = node.head
            if node.i < mention.start and not any(
                    c.dep_ in _OWN_COMPLEMENTS and node.i < c.i < word.i for c in kids(node)):
                out.append(node)
        out += [c for c in kids(word) if c.dep_ == "conj" and c.i < mention.start
                and c.i < word.i and not any(d.dep_ in _OWN_COMPLEMENTS for d in kids(c))]
    return out


def _wanted(mention: Mention):
    if mention.kind == "availability":
        return lambda service: service == "availability"
    return lambda service: service != "availability"


def _clause(analysis, mention: Mention) -> tuple[int, int]:

    start, _ = features.clause_bounds(analysis.doc, mention.start, analysis.language)
    _, end = features.clause_bounds(analysis.doc, mention.end - 1, analysis.language)
    return start, end


def _first_conjunct(analysis, start: int, end: int) -> int | None:
    """« livraison offerte et garantie en 40 min », "delivery free and guaranteed in 40
    min": a verbless conjunct qualifies what the verbless first one names — where that
    first conjunct starts (None when a verb of either has a tense of its own: "was
    repaired and ready by 5pm")."""
    doc = analysis.doc
    if start < 2 or doc[start - 1].pos_ != "CCONJ":
        return None
    first = features.clause_bounds(doc, start - 2, analysis.language)[0]
    if any(t.pos_ == "AUX" or t.pos_ == "VERB" and _finite(t) for t in doc[first:end]):
        return None
    return first


def _finite(token) -> bool:
    """A verb with a tense or a mood of its own (not a participle or an infinitive)."""
    return features.morph(token).get("VerbForm", ("Fin",))[0] == "Fin" and token.tag_ not in (
        "VBN", "VBG", "VB")


def _booked_in_when_clause(analysis, mention: Mention, found: int, ok, rank) -> int | None:
    """The profile's own service the reader books or asks for in a *when* clause of the
    delay's verb (« quand vous réservez un enlèvement, un coursier est à votre porte en
    2 h », "once you book a pick-up, …"), when the delay's clause names a built-in only
    by a place at the reader's (« à votre porte », "at your door"): the visit is that
    service's. A built-in named by its own verb or noun ("is delivered") keeps it."""
    doc = analysis.doc
    if not _place_phrase(analysis, found):
        return None
    marks = lexicons.words("promises", analysis.language, "when_marks")
    start, _ = _clause(analysis, mention)
    sentence = doc[mention.start].sent.start
    tokens = features.tokens(doc)
    # read on the words, not the parse: the small French model roots the main clause
    # inside the *when* clause (« quand vous réservez …, un coursier est … »)
    for i in range(start - 1, sentence - 1, -1):
        if tokens[i].lower_ in marks and tokens[i].pos_ in ("SCONJ", "ADV", "ADP"):
            return _nearest(range(i + 1, start), mention, lambda j: ok(j) and rank(j) == 0)
    return None


def _the_brand_addressed(analysis, index: int) -> bool:
    """A service phrase in the second person in a customer's turn (« chez vous », "your
    delivery"): in the customer's mouth *you* is the brand, not the reader. (A
    determiner of the first person, "my delivery", names what the customer waits for.)"""
    if not analysis.in_customer_turn(analysis.doc[index]):
        return False
    starts = analysis.service_index[1]
    start = starts.get(index, index)
    last = max([index, *(j for j, s in starts.items() if s == start)])
    # with its determiner: "your delivery", « vos livraisons »
    phrase = features.tokens(analysis.doc)[max(start - 1, 0):last + 1]
    return any(t.lower_ in _SECOND_PERSON for t in phrase)


_SECOND_PERSON = frozenset({"vous", "votre", "vos", "you", "your", "yours"})


def _place_phrase(analysis, index: int) -> bool:
    """The service word stands in a phrase of place (« à votre porte », "at your door"):
    it says where someone comes, not which service comes."""
    return analysis.doc[analysis.service_index[1].get(index, index)].pos_ == "ADP"


def _nearest(indices, mention: Mention, ok, rank=lambda i: 0) -> int | None:
    candidates = [i for i in indices if ok(i)]
    if not candidates:
        return None
    return min(candidates, key=lambda i: (rank(i), min(abs(i - mention.start),
                                                       abs(i - (mention.end - 1)))))


def bare_is_bound(mention: Mention, service_index: int) -> bool:
    """A bare 'number + unit' counts only right next to its service word."""
    return abs(service_index - mention.start) <= 2 or abs(service_index - mention.end) <= 1


# -- comparison ------------------------------------------------------------------------


def compare(profile, service: str, mention: Mention) -> tuple[bool, bool, str | None]:
    """(declared, exceeds, committed wording) for a mention attached to `service`."""
    from brandlint.profile.durations import describe_hours

    promise = profile.promises.get(service)
    if promise is None:
        return False, False, None
    if mention.kind == "delay":
        if promise.within is None:
            return True, False, None
        committed = describe_hours(promise.within.hours, profile.language)
        return True, mention.hours < promise.within.hours - 1e-9, committed
    available = promise.availability  # read at load time: never re-parse profile strings
    if available is None:
        return True, False, None
    hours = available.hours
    exceeds = ((mention.always_hours and not hours.round_the_clock)
               or (mention.always_days and not available.days.every_day)
               or bool(mention.days - available.days.days)
               or (mention.opens is not None and not hours.is_open_at(mention.opens * 60))
               or (mention.closes is not None and not hours.is_open_at(mention.closes * 60))
               or (mention.opens is not None and mention.closes is not None
                   and not hours.is_open_between(mention.opens * 60, mention.closes * 60)))
    return True, exceeds, available.as_written()


def is_past(token) -> bool:
    """A report of what happened ('a été livré', 'was delivered') is not a promise."""
    auxiliaries = [c for c in kids(token) if c.dep_.startswith("aux")]
    words = [token, *auxiliaries]
    if any("Fut" in features.morph(c).get("Tense") for c in words):
        return False
    if any(c.lower_ in ("été", "been", "eu") for c in auxiliaries):
        return True
    if any("Past" in features.morph(c).get("Tense") and "Fin" in features.morph(c).get("VerbForm")
           for c in auxiliaries):
        return True
    # A finite past verb only with its own subject: the small models tag many bare
    # participles ("… and dispatched within 48 hours") as finite past.
    return ("Past" in features.morph(token).get("Tense")
            and "Fin" in features.morph(token).get("VerbForm")
            and any(c.dep_.startswith("nsubj") for c in kids(token)))


def coordinated_services(analysis, index: int, services: dict[int, str],
                         mentions: list[Mention]) -> list[int]:
    """Service predicates coordinated with the one a delay attached to, that carry no
    delay of their own: 'il sera réparé et de retour chez vous en 5 jours'."""
    doc = analysis.doc
    nodes, node = set(), doc[index]
    for _ in range(3):
        nodes.add(node)
        if node.dep_ == "conj":
            nodes.add(node.head)
        nodes.update(c for c in kids(node) if c.dep_ == "conj")
        if node.head is node:
            break
        node = node.head
    out = []
    for n in sorted(nodes, key=lambda t: t.i):
        if n.i not in services or n.i == index or services[n.i] == services[index]:
            continue
        if n.pos_ not in ("VERB", "AUX", "ADJ"):
            continue  # a predicate ("réparé"), not an object ("le transporteur")
        if n.i > index and any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                               for c in kids(n)):
            continue  # a clause of its own after it: « …prête sous 48 h, et on vous envoie un SMS »
        start, end = _clause_of(analysis, n.i)
        if any(start <= m.start < end for m in mentions):
            continue
        out.append(n.i)
    return out


def _clause_of(analysis, index: int) -> tuple[int, int]:

    return features.clause_bounds(analysis.doc, index, analysis.language)


def _reported_as_done(analysis, service_token) -> bool:
    """'votre colis a été livré en 24 h': the service word, or the verb of its clause it
    is the subject or object of, is in the past."""
    if service_token.pos_ in ("VERB", "AUX"):
        return is_past(service_token)
    if service_token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"):
        start, end = _clause_of(analysis, service_token.i)
        return start <= service_token.head.i < end and is_past(service_token.head)
    return False


def merge_availability(mentions: list[Mention]) -> list[Mention]:
    """'24h/24, 7j/7' is one claim: merge availability mentions two tokens apart."""
    merged: list[Mention] = []
    for m in mentions:
        last = merged[-1] if merged else None
        if last and last.kind == m.kind == "availability" and m.start - last.end <= 2:
            merged[-1] = Mention(last.start, m.end, f"{last.text}, {m.text}", "availability",
                                 always_hours=last.always_hours or m.always_hours,
                                 always_days=last.always_days or m.always_days,
                                 days=last.days | m.days,
                                 opens=last.opens if last.opens is not None else m.opens,
                                 closes=last.closes if last.closes is not None else m.closes,
                                 ranged=last.ranged or m.ranged)
        else:
            merged.append(m)
    return merged


_DEADLINES = ("within", "under", "no later than", "sous", "d'ici", "d’ici", "dans les",
              "au plus tard", "en moins de", "in less than")


def _own_action(analysis, mention: Mention) -> tuple[str, int] | None:
    """A deadline on an act of the brand's own that names no known service ("our glass
    partner will replace it within 24 hours", « nos équipes le remettent en état sous
    24 h »): the service is the act itself. Only deadlines (within, sous) and named
    immediacy count; "in 45 minutes" may be a journey's length."""
    if mention.kind != "delay" or mention.bare:
        return None
    lowered = mention.text.lower()
    # « dans l'heure », « dans la journée »: a named deadline; "in 45 minutes", « en
    # quelques minutes »: maybe a journey's or an act's length
    named = not any(ch.isdigit() for ch in lowered) and not lowered.startswith(
        ("en ", "in ")) and (not lowered.startswith("dans ")
                             or lowered in _tables(analysis.language)["named_hours"])
    frame = analysis.frame(analysis.doc[mention.start])
    predicate = analysis.doc[frame.predicate]
    capped = _capped(analysis, mention)
    collected = _readers_collection(analysis, mention)
    if collected is not None and (capped or lowered.startswith(("in ", "en ", "dans "))):
        # « déposez-le le matin, récupérez-le 2 heures plus tard », "back in your hands in
        # 15 minutes": when the reader has it back is when the brand's work is done
        return collected
    # "in 20 minutes" is how long the brand's act takes when its result is the reader's
    # ("get fitted in 20 minutes"), not a journey's length
    result = _result_for_reader(analysis, mention, predicate) \
        if frame.holder == "customer" else None
    if not (named or capped or lowered.startswith(_DEADLINES) or result is not None
            or _turnaround(analysis, mention, frame, predicate)):
        return None
    if result is not None and frame.time != "past" and \
            frame.act in ("statement", "invitation", "promise"):
        return result.lemma_.lower(), result.i
    if frame.holder not in ("brand", "service") or predicate.pos_ != "VERB" or \
            frame.act not in ("promise", "statement") or predicate.i in range(
                mention.start, mention.end):
        return None
    if _sends_information(predicate, analysis.language):
        return None  # "I'll text you a time slot this afternoon": a message, no service
    named = predicate
    if predicate.lemma_.lower() in _LIGHT_VERBS:
        # « nous avons la possibilité de … garantir une reprise d'activité en moins de trente
        # minutes »: *avoir* names no act; the word the time hangs on does
        head = delay_head(analysis, mention)
        if head is not None and head.i != predicate.i and head.pos_ in ("VERB", "NOUN"):
            named = head
            table = lexicons.load("promises")["acts_named"][analysis.language]
            named = next((c for c in head.children if c.dep_ in ("obj", "dobj")
                          and _action_noun(c, table) is not None), named)  # (« reprise »)
    return "-".join(part.lemma_.lower() for part in _hyphened(named)), predicate.i


_LIGHT_VERBS = frozenset({"avoir", "être", "have", "be"})


def _turnaround(analysis, mention: Mention, frame, predicate) -> bool:
    """« Nous remplaçons votre manche en 72 heures », "we repaint your shutters in 3
    days": *en / in* and a day or more on the brand's own act on the reader's thing
    (`_readers_thing`) time how soon the reader has it back, not how long an act lasts
    while someone watches (a journey, a session are minutes or hours); not said of a
    past."""
    if not mention.text.lower().startswith(("en ", "in ")) or (mention.hours or 0) < 24 \
            or frame.time == "past":
        return False
    making = lexicons.load("promises")[analysis.language]["making"]
    # "we make new bowstrings in two days", « nous fabriquons vos flèches en 10 jours »: a
    # thing made takes days, how soon it is ready — whoever's it is said to be
    made = predicate.lemma_.lower() in making or predicate.lower_ in making
    return any(c.dep_ in ("obj", "dobj") and (made and c.pos_ in ("NOUN", "PROPN")
                                             or _readers_thing(c))
               for part in _hyphened(predicate) for c in part.children)


def _hyphened(token) -> list:
    """The parts of the hyphened word `token` begins ("re-proof", "re-string": the small
    model splits them and hangs the object on the last part), `token` alone otherwise."""
    doc, parts, i = token.doc, [token], token.i
    while i + 2 < len(doc) and features.hyphen_link(doc, i) and doc[i + 2].is_alpha:
        parts.append(doc[i + 2])
        i += 2
    return parts


def a_visit(analysis, promise: Promise) -> bool:
    """The act timed is the brand's people coming to the reader (« un technicien passe
    chez vous sous 48 h », « notre gréeur passera au ponton », "our plant doctor visits
    your home"): a verb of `visits.acts` said of the brand or its service."""
    token = analysis.doc[promise.service_token]
    acts = lexicons.load("promises")["visits"]["acts"][analysis.language]
    frame = analysis.frame(token)
    return (token.lemma_.lower() in acts or token.lower_ in acts) and \
        frame.holder in ("brand", "service")


def may_keep(analysis, promise: Promise, name: str) -> bool:
    """Whether the commitment of the profile's service `name` may be the one an act read
    with no service word falls under: any may, but a visit is no reply, callback, refund or
    opening hours (`visits.never_at_the_door`) — « passe chez vous sous 48 h » beside
    `callback: 48h` is a service level nobody declared."""
    visits = lexicons.load("promises")["visits"]
    if name in visits["never_at_the_door"] and a_visit(analysis, promise):
        return False
    return not (name in visits["never_on_the_thing"] and _works_on_it(analysis, promise))


def _works_on_it(analysis, promise: Promise) -> bool:
    """The act timed works on a thing of the reader's — its object the reader's thing or a
    pronoun standing for it ("our team will repaint it on site within 5 days", « nous la
    ré-imperméabilisons sous 5 jours ») — and carries nothing to them (not "bring it",
    « vous le renvoyer »): no delivery, reply, callback or refund does that work."""
    verb = analysis.doc[promise.service_token]
    if verb.pos_ != "VERB" or promise.service in analysis.profile.promises:
        return False
    carrying = lexicons.words("promises", analysis.language, "carrying_acts")
    arranging = lexicons.words("promises", analysis.language, "arranging_acts")
    if verb.lemma_.lower() in carrying or verb.lemma_.lower() in arranging:
        return False  # (« nous confirmons votre place sous 72 heures »: a reply in other
        # words, on a booking, no work on a thing)
    things = lexicons.words("promises", analysis.language, "thing_pronouns")
    doc = analysis.doc
    if verb.lang_ == "fr" and verb.i > 0 and doc[verb.i - 1].lower_ in things and \
            doc[verb.i - 1].head.i == verb.i:
        return True  # « notre équipe la repeindra »: the clitic right before its verb,
        # whatever the small model tags it (a determiner)
    return any(c.dep_ in ("obj", "dobj") and (_readers_thing(c) or c.lower_ in things)
               for part in _hyphened(verb) for c in part.children)


def vague_horizon(analysis, mention: Mention) -> bool:
    """A named delay that counts nothing out (« nous vous appelons dans les prochains
    jours », "in the next few days"): a horizon the reader can wait on, no firm deadline."""
    if mention.counted or mention.kind != "delay" or not mention.hours or mention.hours < 24:
        return False  # ("en quelques heures", "within a few hours": a speed still)
    words = lexicons.words("promises", analysis.language, "vague_horizon")
    return any(w.lower() in words for w in re.findall(r"\w+", mention.text))


def pledged(analysis, mention: Mention) -> bool:
    """The brand gives its word on the time, right after it in the same sentence and set
    apart from the timed clause (« …sous 24 heures, c'est certain », « …sous 24 heures,
    sans faute, et déduit de… », "…by Wednesday, promise", "…in two days, you have my
    word") — `pledges`."""
    doc = analysis.doc
    _, line_end = features.line_bounds(doc, mention.start)
    after = features.span_text(doc, mention.end, line_end)
    after = re.split(r"[.!?]", after, maxsplit=1)[0].lower().replace("’", "'")
    pledges = lexicons.load("promises")["pledges"][analysis.language]
    return any(re.search(r"(?:^|[,;:—–-])\s*(?:et\s+|and\s+)?" + re.escape(p)
                         + r"\s*(?:$|[,;—–-])", after) for p in pledges)


def _pledged_act(analysis, mention: Mention) -> tuple[str, int] | None:
    """A time the brand gives its word on, right after it in the same sentence (« elle
    vous revient repassée en 24 heures, c'est promis », "it comes back stitched in two
    days, you have my word"): the pledge makes the time a commitment, whatever the
    preposition ("in", « en ») and whoever does the work (a partner, an errand service
    the parse reads as a noun); the act it times is the service. In the brand's voice,
    not past, not a question or a notice, not the reader's own act."""
    if mention.kind != "delay" or mention.bare or not pledged(analysis, mention):
        return None
    doc = analysis.doc
    frame = analysis.frame(doc[mention.start])
    if not frame.brand_voice or frame.time == "past" or frame.holder == "customer" \
            or frame.act in ("question", "notice"):
        return None
    predicate = doc[frame.predicate]
    if predicate.i in range(mention.start, mention.end) or predicate.pos_ not in (
            "VERB", "NOUN", "AUX") or _sends_information(predicate, analysis.language):
        return None
    return predicate.lemma_.lower(), predicate.i


def _act_named(analysis, mention: Mention) -> tuple[str, int] | None:
    """A service said by the act itself, timed firmly, with no service word: an action
    noun on the reader's thing (« Correction de vos copies blanches en 24 heures »,
    « Désembouage de vos radiateurs fait en 48 h chrono »), or a participle saying what is
    done to a thing ("Keys copied in 3 minutes while you wait", « vos clés copiées en 3
    minutes », "personalised cake made within 24 hours") — the act named is the service,
    the profile says nothing of it. A length ("en 3 minutes") counts only on the reader's
    own thing or while the reader waits for it: a product's speed on a thing in general
    ("floors cleaned in 10 minutes") is no service. In the brand's voice, not past, not a
    question, and not an act the reader does (« réservation en 2 minutes »)."""
    if mention.kind != "delay" or mention.bare:
        return None
    doc = analysis.doc
    frame = analysis.frame(doc[mention.start])
    if not frame.brand_voice or frame.time == "past" or frame.act in ("question", "notice") \
            or frame.holder == "third_party" or frame.holder in ("brand", "service") \
            and doc[frame.predicate].pos_ in ("VERB", "AUX"):
        return None  # (the brand's own verbs are _own_action's; a verbless label after
        # the brand's word — « On s'occupe de tout : votre dossier traité en 8 jours » —
        # names the act by its participle, no verb of the brand's times it)
    word = delay_head(analysis, mention)
    if word is None:
        return None
    table = lexicons.load("promises")["acts_named"][analysis.language]
    start, end = features.line_bounds(doc, mention.start)
    line = " " + re.sub(r"\s+", " ", features.span_text(doc, start, end).lower()) + " "
    waiting = any(re.search(rf" {re.escape(w)}(?![\w'’-])", line) for w in table["waiting"])
    act = _service_label(word, table, served=waiting) or _act_participle(word, table) or \
        _act_before_its_state(word, table)
    if act is None and word.pos_ in ("NOUN", "PROPN") and word.dep_ in ("pobj", "obl", "nmod") \
            and word.head.pos_ == "ADP" and word.head.dep_ in ("agent", "prep", "case"):
        # "get them marked by a subject specialist within 24 hours": the small model
        # hangs the delay on the agent; the act is the participle the agent does
        act = _act_participle(word.head.head, table)
    if act is None and word.pos_ in ("NOUN", "PROPN") and word.i < mention.start:
        # « Vos actes traduits et commentés en 5 jours »: the small model hangs the delay
        # on the thing, not on the participles that say what is done to it
        act = _participle_on(word, mention, table)
    if act is None:
        return None
    lowered = mention.text.lower()
    # « remis en 48 heures après le mariage », "delivered in 3 weeks after your session":
    # a time counted from the reader's event is when the work is due — a deadline
    deadline = lowered.startswith(_DEADLINES) or _capped(analysis, mention) or \
        lowered.endswith((" après", " after"))
    thing = act if act.pos_ == "NOUN" else _participle_thing(act)
    if act.pos_ != "NOUN" and (thing is not None and _kind_described(thing, act)
                               or _finite_verb_after(analysis, mention)):
        return None  # "Leather tanned within 30 days is softer": which leather is meant
    readers = thing is not None and _readers_thing(thing if act.pos_ != "NOUN" else act)
    # « Ménage de fin de bail réalisé en 24 h »: an act said done — its own turnaround
    act_done = act.pos_ != "NOUN" and thing is not None and \
        _action_noun(thing, table) is not None
    if not (deadline or readers or waiting or act_done):
        return None
    if act.pos_ != "NOUN":
        node = thing
        for _ in range(2):  # « Désembouage de vos radiateurs fait en 48 h »: the noun
            # of the act the thing completes names the service better than « fait »
            if node is None or _action_noun(node, table) is not None:
                break
            node = node.head if node.dep_ in ("nmod", "pobj") and node.head.i != node.i \
                else None
            if node is not None and node.pos_ == "ADP":
                node = node.head
        if node is not None and _action_noun(node, table) is not None:
            act = node
    return (act.lower_ if _opening_gerund(act) else act.lemma_.lower()), act.i


def _declared_in_line_above(analysis, mention: Mention, services: dict[int, str],
                            named: bool = True) -> tuple[str, int] | None:
    """The line right above names a service the profile declares ("Duo Gift Card — £45"
    over "Emailed within 2 hours, valid for 12 months"): a product sheet's title, whose
    service the act below performs — judged against its commitment. Only for an act
    named by the words (`named`) or done by the brand (the caller), and only the line
    right above."""
    if named and _act_named(analysis, mention) is None:
        return None
    doc, text = analysis.doc, analysis.text
    above = _line_above(text, doc[mention.start].idx)
    if above is None:
        return None
    above_start, above_end = above
    title = text[above_start:above_end].strip()
    if not title or title.endswith((".", "!", "?", "…")):
        return None  # a blank line, or a sentence of a paragraph: no title over the act
    declared = [(name, j) for j, name in sorted(services.items())
                if above_start <= doc[j].idx < above_end and name in analysis.profile.promises
                and name not in BUILTIN_SERVICES]
    return declared[0] if len({name for name, _ in declared}) == 1 else None


_THING_OF = frozenset({"de", "du", "des", "d'", "d’", "of"})


def _money_of_a_refund(analysis, mention: Mention, index: int,
                       services: dict[int, str]) -> tuple[str, int] | None:
    """"Your refund request is logged. The transfer is issued within 14 days", « votre
    demande de remboursement est enregistrée. Le virement est émis sous 14 jours »: the
    money the brand sends (`money_sent`, the subject or object of the act timed), in a draft
    that speaks of the reader's refund, is that refund — judged against its commitment,
    not an act nobody declared."""
    if mention.kind != "delay" or not any(name == "refund" for name in services.values()):
        return None
    doc = analysis.doc
    words = lexicons.load("promises")[analysis.language]["money_sent"]
    act = doc[index]
    for t in (act, *(c for c in kids(act) if c.dep_ in (
            "nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"))):
        if t.pos_ == "NOUN" and (t.lemma_.lower() in words or t.lower_ in words):
            return "refund", t.i
    return None


def _sheet_title_service(analysis, mention: Mention, index: int,
                         services: dict[int, str]) -> tuple[str, int] | None:
    """"Gift voucher: 40-minute tour, €349 … Sent by email within 24 hours", « Bon cadeau
    — 229 € … Envoi par e-mail sous 24 h »: a label that opens with the act and names no
    thing of its own leaves the thing to the sheet it is on — the declared service the
    document's title names by its terms (one only, a title and not a sentence), judged
    against its commitment rather than as a service the profile does not declare."""
    doc, text = analysis.doc, analysis.text
    act = doc[index]
    start, _ = features.line_bounds(doc, index)
    # « comptez huit à dix semaines de fabrication », "allow ten weeks of making": the act
    # the delay measures, with no thing of its own, is the page's too
    measured = act.pos_ == "NOUN" and index == mention.end + 1 and \
        doc[mention.end].lower_ in _THING_OF
    if not measured and any(not (t.is_punct or t.is_space) for t in doc[start:index]):
        return None  # the act does not open its label: a thing may come before it
    if act.pos_ in ("NOUN", "PROPN"):
        if index + 1 < len(doc) and doc[index + 1].lower_ in _THING_OF:
            return None  # « Envoi de votre commande… »: its own thing
    elif _participle_thing(act) is not None or any(
            c.dep_ in ("obj", "dobj") for c in kids(act)):
        return None
    body = text.lstrip()
    title_start = len(text) - len(body)
    title_end = text.find("\n", title_start)
    if title_end < 0 or doc[index].idx < title_end:
        return None  # a one-line draft, or the act on the title's own line
    title = text[title_start:title_end].strip().lstrip("#").strip()
    if not title or title.endswith((".", "!", "?", "…")) or len(title.split()) > 12:
        return None
    declared = {services[j] for j in services if title_start <= doc[j].idx < title_end
                and services[j] in analysis.profile.promises
                and services[j] not in BUILTIN_SERVICES}
    if len(declared) != 1:
        return None
    name = declared.pop()
    return name, next(j for j in sorted(services) if services[j] == name
                      and title_start <= doc[j].idx < title_end)


def _action_noun(word, table: dict):
    """The word, or the noun it is the participle of, as an action noun (ending as the
    lexicon's `endings` do) that is not the reader's own act; None otherwise."""
    lemma = word.lemma_.lower()
    if _opening_gerund(word):
        lemma = word.lower_
    elif word.pos_ != "NOUN":
        return None
    if len(lemma) < 6 or lemma in table["readers_acts"] or word.lower_ in table["readers_acts"]:
        return None
    return word if lemma.endswith(tuple(table["endings"])) else None


def _opening_gerund(word) -> bool:
    """"Polishing and re-patination done in 30 minutes", "Cleaning done while you wait":
    an English -ing word opening its line before the participle that says it is done is
    the label's action noun, though the small model tags it a verb or an auxiliary."""
    return word.lang_ == "en" and word.lower_.endswith("ing") and word.is_alpha and \
        word.pos_ in ("VERB", "AUX") and word.lower_ not in ("being", "having", "getting") \
        and word.i == features.line_bounds(word.doc, word.i)[0] and (
            word.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass", "csubj")
            and word.head.i > word.i and word.head.tag_ == "VBN"
            or any(c.dep_ in ("conj", "acl") and c.tag_ == "VBN" for c in kids(word)))


def _service_label(word, table: dict, served: bool = False):
    """A service listed by its action noun: bare (no article or possessive of its own),
    opening its sentence or its line, with the reader's thing as its complement
    (« Correction de vos copies blanches en 24 heures », « Désembouage de vos radiateurs »,
    "Marking of your papers"), or — where the line says it is done while the reader waits
    (`served`: « Vidage et filetage sur place en 5 minutes chrono » on a shop's sheet) —
    with none; the delay hangs on the noun or on that complement. Not « Le voyage de vos
    rêves en 3 jours », « votre stage en 3 jours »: no label of work done on a thing; nor
    a cap on the reader's own stay ("Loading bay parking: 15 minutes maximum")."""
    for noun in (word, word.head.head if word.head.pos_ == "ADP" else word.head):
        if _action_noun(noun, table) is None:
            continue
        if any(c.dep_ in ("det", "poss", "nmod:poss") for c in kids(noun)):
            return None
        # (its own modifiers — "Strap fitting and bracelet sizing" — are the label's words)
        line_start, _ = features.line_bounds(noun.doc, noun.i)
        before = [t for t in noun.doc[max(noun.sent.start, line_start):noun.left_edge.i]
                  if not (t.is_punct or t.is_space or t.text.strip("#*_") == "")]
        if before:
            return None
        patients = [c for c in kids(noun) if c.dep_ in ("nmod", "prep", "pobj")]
        if served or any(_readers_thing(p) for p in patients):
            return noun
        return None
    return None


def _act_participle(word, table: dict):
    """A past participle with no auxiliary of the perfect and no subject of its own
    doing (« copiées », "made"): what is done to a thing, said of the thing; not an act
    the reader does (« réservé », "booked")."""
    if word.lemma_.lower() in table["readers_acts"]:
        return None
    from brandlint.analysis.frame import FrameReader

    morph = features.morph(word)
    participle = word.tag_ == "VBN" or "Part" in morph.get("VerbForm") and \
        "Pres" not in morph.get("Tense") or FrameReader._headline_passive(word)
    # ("Keys copied in 3 minutes": the small model reads a past tense, the label's
    # passive all the same)
    if not participle or word.pos_ not in ("VERB", "ADJ"):
        return None
    if any(c.dep_.startswith("aux") and c.lemma_.lower() in _ALLOWING for c in kids(word)):
        return None  # "products can be returned within 30 days": what the reader may do
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in kids(word))
    if "Fut" in morph.get("Tense") or word.lower_.endswith(_NOT_A_PARTICIPLE) and not passive:
        return None  # « un technicien interviendra sous 48 h », read as a participle (but
        # « sera fait », « sera refait »: a passive's participle, whatever its ending)
    if word.lemma_.lower() in table.get("benefits", ()):
        return None  # « un contrôle est offert dans les trois mois »: a benefit's window
    thing = _participle_thing(word)
    if thing is not None and any(c.lower_ in claims.POSSESSIVES_OWN for c in kids(thing)):
        return None  # « notre lager brassée en 4 jours »: how the brand's product is made
    if thing is not None and thing.pos_ in ("NOUN", "PROPN") and _the_brands_people(
            None, thing, word.lang_):
        return None  # the brand's people act (_own_action's), nothing is done to them
    if any(c.dep_.startswith("aux") and c.lemma_.lower() in ("avoir", "have")
           for c in kids(word)) or any(c.dep_ in ("nsubj", "csubj") and c.lower_ in (
               "we", "nous", "i", "je", "you", "vous") for c in kids(word)):
        return None
    return word


def _thing_of_act_named(analysis, index: int, services: dict[int, str]):
    """The declared service the act named is done to: its thing's phrase holds a service
    word (« votre bilan auditif, réalisé sous 7 jours » for `hearing_test: {terms: [bilan
    auditif]}`) — that service, not the act's verb, is timed."""
    act = analysis.doc[index]
    thing = _participle_thing(act) if act.pos_ != "NOUN" else act
    if thing is None:
        # « …lors de votre bilan auditif, réalisé sous 7 jours »: the small model hangs
        # the participle set after a comma elsewhere; the phrase right before is its thing
        k = act.i - 1
        while k >= 0 and analysis.doc[k].text == ",":
            k -= 1
        before = [t for t in analysis.doc[max(k - 2, 0):k + 1] if not t.is_punct]
        return next(((services[t.i], t.i) for t in reversed(before) if t.i in services
                     and services[t.i] in analysis.profile.promises
                     and services[t.i] != "availability"), None)  # (« sans rendez-vous,
        # faite en 10 minutes »: walk-in hours are no thing the act is done to)
    own = {t.i for t in act.subtree} - {thing.i}
    # the thing's own phrase, before the act and on its line: a parse that hangs a
    # signature (« L'équipe Brocquet ») under the sentence's period lends it no word
    lo = thing.i
    while lo > 0 and "\n" not in analysis.doc[lo - 1].text_with_ws:
        lo -= 1
    for t in thing.subtree:
        if lo <= t.i < act.i and t.i not in own and t.i in services and \
                services[t.i] in analysis.profile.promises:
            return services[t.i], t.i
    return None


def _act_before_its_state(word, table: dict):
    """"Underfloor heating installed and running within 48 hours", « elle est installée
    et active sous 24 heures »: the delay hangs on a state (an adjective, a present
    participle — or the small model's finite verb with nothing of its own: no subject, no
    object) coordinated after a participle; the state is the act's result, and the
    participle before it the act the delay times. Not a second act said done (« traduits
    et commentés »: _act_participle's)."""
    if word.dep_ != "conj" or word.head.i == word.i or word.head.i > word.i or \
            word.pos_ not in ("ADJ", "VERB") or _act_participle(word, table) is not None \
            or any(c.dep_.startswith("nsubj") or c.dep_ in ("obj", "dobj")
                   for c in kids(word)):
        return None
    return _act_participle(word.head, table)


def _participle_on(thing, mention: Mention, table: dict):
    """The participle nearest before the delay among those modifying the thing (and the
    participles coordinated with them): « vos actes traduits et commentés en 5 jours »."""
    found = []
    for c in kids(thing):
        if c.dep_ in ("acl", "amod") and thing.i < c.i < mention.start:
            found += [c] + [d for d in c.subtree if d.dep_ == "conj" and d.i < mention.start]
    for word in sorted(found, key=lambda w: -w.i):
        if _act_participle(word, table) is not None:
            return word
    return None


def _participle_thing(participle):
    """The noun the participle says is done: the one it modifies (« vos clés copiées »),
    or its subject ("Keys copied…", "your papers are marked")."""
    if participle.dep_ in ("acl", "amod") and (participle.head.pos_ in ("NOUN", "PROPN")
                                               or _opening_gerund(participle.head)):
        return participle.head
    for c in kids(participle):
        if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.pos_ in ("NOUN", "PROPN",
                                                                          "PRON"):
            return c
        if _opening_gerund(c):
            return c  # ("Polishing … done": the small model's auxiliary or verb subject)
    first = participle
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in (
            "VERB", "ADJ"):
        first = first.head  # « vos actes traduits et commentés »: the first one's thing
    if first is not participle and first.dep_ in ("acl", "amod") and \
            first.head.pos_ in ("NOUN", "PROPN"):
        return first.head
    if first is not participle and _opening_gerund(first):
        return first  # ("Polishing and oiling done…": the participle its conjunct)
    return None


_LABEL_COLONS = frozenset({":", "—", "–"})


def _kind_described(thing, participle) -> bool:
    """The participle narrows a noun that is the subject or object of another, finite
    verb ("Leather tanned within 30 days is softer", « un cuir tanné en 30 jours reste
    souple »): it says which thing is meant, it does not announce the act done."""
    verb = thing.head
    if thing.dep_ not in SUBJECT_OBJECT or verb.i in (participle.i, thing.i):
        return False
    low, high = sorted((verb.i, thing.i))
    if any(t.text in _LABEL_COLONS for t in thing.doc[low:high]):
        return False  # « On s'occupe de tout : votre dossier traité en 8 jours »: the
        # small model hangs the label after a colon on the verb before it; no verb of
        # its own clause narrows the thing
    return verb.pos_ in ("VERB", "AUX", "ADJ") and (
        "Fin" in features.morph(verb).get("VerbForm") or any(
            c.dep_ == "cop" for c in kids(verb)))


def _finite_verb_after(analysis, mention: Mention) -> bool:
    """A finite verb follows the delay in its stretch of words, before any punctuation or
    conjunction (« Un entraînement réalisé en 20 minutes suffit »): the participle phrase
    is the subject of that verb, whatever the parse says, not a label of its own."""
    for t in features.tokens(analysis.doc)[mention.end:mention.end + 4]:
        if t.is_punct or t.is_space or t.pos_ in ("SCONJ", "CCONJ"):
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in features.morph(t).get("VerbForm"):
            return True
    return False


def _readers_thing(word) -> bool:
    """The word's phrase holds the reader's possessive: « vos clés », « désembouage de
    vos radiateurs », "your papers"; or it is a pronoun standing for them ("get them
    marked", after "send your papers")."""
    if word.pos_ == "PRON":
        return word.lower_ in ("them", "it", "les", "la", "le")
    return any(t.lower_ in features.READERS_POSSESSIVES for t in word.subtree)


def _capped(analysis, mention: Mention) -> bool:
    """The time ends on a word that makes it a cap on the brand's work ("in 20 minutes
    flat", « en 10 minutes chrono ») or counts it from the reader's step (« 2 heures plus
    tard »), not a length."""
    lowered = re.sub(r"\s+", " ", mention.text.lower())
    tails = lexicons.load("promises")[analysis.language].get("deadline_tails", ())
    return any(lowered.endswith(" " + tail) for tail in tails)


def stopwatch_timed(analysis, mention: Mention) -> bool:
    """The time is put on the clock (« récupérés en 24 h chrono », "fitted in 20 minutes
    flat": `stopwatch_tails`): a speed the copy boasts of, as firm as a pledge."""
    lowered = re.sub(r"\s+", " ", mention.text.lower())
    tails = lexicons.load("promises")[analysis.language].get("stopwatch_tails", ())
    return any(lowered.endswith(" " + tail) for tail in tails)


@functools.cache
def _collection_pattern(language: str) -> re.Pattern:
    words = lexicons.load("promises")[language].get("readers_collection", ())
    return lexicons.phrase_pattern(words, not_before=r"\w-", not_after=r"\w")


def _readers_collection(analysis, mention: Mention) -> tuple[str, int] | None:
    """Words of the reader collecting, or having back, what the brand worked on, in the
    delay's clause right before it (« récupérez-le 2 heures plus tard », "back in your
    hands in 15 minutes"): the phrase, as the brand's inferred act, and its first token.
    Not in a question, nor said of a past."""
    doc = analysis.doc
    start, _ = _clause(analysis, mention)
    begin = doc[start].idx
    found = None
    for m in _collection_pattern(analysis.language).finditer(
            analysis.text, begin, doc[mention.start].idx):
        found = m
    if found is None:
        return None
    span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
    if span is None or not len(span):
        return None
    frame = analysis.frame(span[0])
    if frame.time == "past" or frame.act == "question":
        return None
    return found.group(0).lower(), span.start


_READY = frozenset({"prêt", "prête", "prêts", "prêtes", "ready", "done"})


def _result_for_reader(analysis, mention: Mention, predicate):
    """The brand's act seen as its result in the reader's hands, with the time it takes:
    "leave with your pet chipped in under 15 minutes", "get fitted in 20 minutes flat",
    « ton vélo gravé en moins d'une heure », « votre ordonnance est prête d'ici ce soir ».
    A participle with no agent of its own (not "you have fitted", not the reader's own
    perfect), or a word of readiness."""
    for word in (analysis.doc[mention.start].head, predicate):
        if word.i in range(mention.start, mention.end):
            continue
        if word.lower_ in _READY:
            return word
        morph = features.morph(word)
        participle = "Part" in morph.get("VerbForm") and "Pres" not in morph.get("Tense") \
            and word.pos_ in ("VERB", "ADJ")
        if participle and not any(c.dep_.startswith("aux") and c.lemma_.lower() in (
                "avoir", "have") for c in kids(word)) and not any(
                c.dep_ in ("nsubj", "agent", "obl:agent") for c in kids(word)):
            return word
    return None


_MADE_READY = frozenset({"prêt", "prête", "prêts", "prêtes", "ready"})
# who may be ready without being a thing made ready ("you're ready", « nous sommes prêts »)
_PEOPLE = frozenset({"you", "we", "i", "vous", "nous", "je", "j'", "j’", "tu", "on"})


def _made_ready(analysis, mention: Mention):
    """The delay times a thing made ready: a word of readiness it depends on, or the
    copula's complement it hangs on ("Your harpsichord will be ready for collection in 20
    weeks", "It'll be ready in 4 days", « votre enseigne sera prête en 3 semaines »,
    « Prêt en 15 jours, promis. ») — said of a thing, not of people ("Hugo says you're
    ready", « nous sommes prêts »), in the brand's voice, not past nor asked. The word;
    None otherwise."""
    if mention.kind != "delay" or mention.bare:
        return None
    head = delay_head(analysis, mention)
    if head is None:
        return None
    word = head if head.lower_ in _MADE_READY else next(
        (c for c in kids(head) if c.lower_ in _MADE_READY and c.dep_ in ("acomp", "attr", "xcomp")
         and head.lemma_.lower() in ("be", "être")), None)
    if word is None and head.pos_ == "VERB" and head.head.lower_ in _MADE_READY and \
            head.dep_ in ("xcomp", "acl", "advcl") and head.head.i < head.i:
        word = head.head  # "Ready to ride in four weeks": the time hangs on what the
        # thing will be ready for
    if word is None:
        # « Elle sortira de l'atelier en deux semaines », "it leaves the workshop in two
        # weeks": the thing made, ready to go (the small model may hang the time on the
        # place)
        leaving = head.head if head.pos_ == "NOUN" and head.head.i != head.i else head
        if _leaves_the_workshop(analysis, leaving):
            word = leaving
    if word is None:
        line_start, _ = features.line_bounds(analysis.doc, mention.start)
        first = analysis.doc[line_start]
        if first.lower_ in _MADE_READY and first.i < mention.start and not any(
                t.pos_ in ("VERB", "AUX") and "Fin" in features.morph(t).get("VerbForm")
                for t in analysis.doc[line_start:mention.start]):
            word = first  # « Prête à glisser quatre semaines après notre rendez-vous. »: a
            # verbless line opened by the readiness, whatever the parse hangs on it
    if word is None:
        return None
    if word.i + 1 < len(analysis.doc) and not word.whitespace_ and \
            analysis.doc[word.i + 1].text in ("-", "‑"):
        return None  # "Ready-made lasagne": a kind of goods, nothing made ready
    holder = word if any("subj" in c.dep_ for c in kids(word)) else head
    if any("subj" in c.dep_ and c.lower_ in _PEOPLE for c in kids(holder)) or \
            word.dep_ in ("obj", "xcomp", "acomp", "attr") and features.line_bounds(
                analysis.doc, word.head.i) == features.line_bounds(analysis.doc, word.i) \
            and any("subj" in c.dep_ and c.lower_ in _PEOPLE for c in kids(word.head)):
        return None  # (« vous serez prêt à surfer »: the reader ready; not a verb the parse
        # hangs the next line's « Prête en 15 jours » on)
    acts = lexicons.words("frame", "acts", "customer_acts", analysis.language)
    joined = [c for c in kids(word) if c.dep_ == "conj"] + (
        [word.head] if word.dep_ == "conj" and word.head.i != word.i else [])
    if any(t.lemma_.lower() in acts for t in joined):
        return None  # « votre visite réservée et prête en 2 minutes »: ready once the
        # reader's own act is done, no work of the brand's
    frame = analysis.frame(word)
    if not frame.brand_voice or frame.time == "past" or frame.act == "question":
        return None
    return word


def _leaves_the_workshop(analysis, verb) -> bool:
    """A verb of leaving (`leaving_work.verbs`) whose place is where things are made
    (`leaving_work.places`: « sortir de l'atelier », "leave the workshop")."""
    language = analysis.language
    verbs = lexicons.words("promises", language, "leaving_work", "verbs")
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return False
    places = lexicons.words("promises", language, "leaving_work", "places")
    return any(t.lemma_.lower() in places or t.lower_ in places
               for c in kids(verb) for t in c.subtree if t.pos_ == "NOUN")


def _readied_by_declared(analysis, mention: Mention,
                         services: dict[int, str]) -> tuple[str, int] | None:
    """The declared service that works on things (`_works_on_a_thing`) named nearest
    before a thing made ready, in the draft and not in the customer's words ("Custom
    boomerangs: we carve the wing to your grip." over "Ready in three weeks.", "The build
    begins next month… Your harpsichord will be ready in 20 weeks"): the work that ends
    when the thing is ready."""
    doc = analysis.doc
    for i in sorted((i for i in services if i < mention.start), reverse=True):
        if _works_on_a_thing(analysis.profile, services[i]) and not analysis.is_quoted(doc[i]):
            return services[i], i
    return None


def _period_given(analysis, mention: Mention) -> bool:
    """A delay that measures a guarantee, a trial or a cooling-off window ("30-day
    money-back guarantee", « garantie de remboursement de 30 jours », "a 100-night
    trial"): the time the reader has, not how fast the brand acts. Not with a delay
    preposition (« remboursé sous 30 jours »)."""
    lowered = mention.text.lower()
    if lowered.startswith(("sous", "within", "in ", "en ", "dans", "d'ici", "d’ici", "under")):
        return False
    if lowered in _tables(analysis.language)["named_hours"]:
        return False  # a moment (« un cours d'essai dès demain »), not a period's length
    if lowered in _day_names(analysis.language):
        return False  # a day (« rendu le mercredi, garanti »), not a period's length
    nouns = lexicons.words("promises", analysis.language, "period_nouns")
    doc = analysis.doc
    # the words around the length in its own phrase: not past a comma (« Après un essai au
    # showroom, comptez trois semaines de fabrication »: a try-out, then the making)
    left = mention.start
    while left > max(0, mention.start - 4) and not doc[left - 1].is_punct:
        left -= 1
    right = mention.end
    while right < min(len(doc), mention.end + 3) and not doc[right].is_punct:
        right += 1
    window = features.span_text(doc, left, right).lower()
    return any(n in window for n in nouns)


_PURPOSE = frozenset({"to", "pour", "afin"})
_DEADLINE_WORDS = ("sous", "within", "in ", "en ", "dans", "d'ici", "d’ici", "under", "by ")


def _time_granted(analysis, mention: Mention) -> bool:
    """The delay is time a party is given to act, and that party is not the brand:
    "the claimant has 10 days to respond", "allow 48 hours for the seller to respond",
    « le vendeur dispose de 10 jours pour répondre », « laissez 48 h au vendeur pour
    répondre », "you have 14 days to send it back". The delay is the object of a verb of
    having or granting, an infinitive says what is to be done in it, and whoever does it
    — the subject of *have*, the *for X* / « à X » of *allow* — is another party or the
    reader. "Allow 3 days for delivery" (no one named to act) and "we have 48 hours to
    reply" (the brand) stay the service's delay."""
    doc = analysis.doc
    table = lexicons.load("promises")[analysis.language]
    having = set(table["having"])
    granting = having | set(table["granting"])
    span = doc[mention.start:mention.end]
    # the length itself ("48 hours"), and the verb that gives it — outside the mention or,
    # for a mention that reads "allow 48 hours", inside
    unit = next((t for t in span if t.pos_ == "NOUN"), span.root)
    verb = next((t for t in span if t.lemma_.lower() in granting and t.i < unit.i), None)
    if verb is None:
        # the length is what is had or given ("has 10 days", « dispose de 10 jours »), not
        # a deadline on the act ("will give you a ring within the hour")
        if unit.dep_ not in ("dobj", "obj", "obl:arg") or mention.text.lower().startswith(
                _DEADLINE_WORDS):
            return False
        verb = unit.head
        if verb.i == unit.i or verb.lemma_.lower() not in granting:
            return False
    # the act the time is for: a verb after the delay, in the granting verb's phrase,
    # with *to / pour* before it ("10 days to respond", "48 hours for the seller to
    # respond", « 10 jours pour répondre »)
    tokens = features.tokens(doc)
    _, line_end = features.line_bounds(doc, mention.start)
    phrase = {t.i for t in verb.subtree}
    acts = [t for t in tokens[unit.i + 1: min(line_end, unit.i + 9)]
            if t.pos_ in ("VERB", "AUX") and t.i in phrase
            and any(u.lower_ in _PURPOSE for u in tokens[unit.i + 1: t.i])]
    if not acts:
        return False
    act = acts[0]
    if verb.lemma_.lower() in having:
        # "the claimant has 10 days", « le vendeur dispose de 10 jours »: its subject
        parties = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubj:pass")]
    else:
        # "allow 48 hours for the seller to respond", « laissez 48 h au vendeur pour
        # répondre », « nous vous laissons 14 jours pour… »: who is given the time
        parties = [c for c in kids(act) if c.dep_ in ("nsubj", "nsubj:pass")] + [
            c for c in kids(verb) if c.dep_ in ("iobj", "dative") or c.dep_ in (
                "obl", "obl:arg") and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux")
                                          for g in kids(c))]
    parties = [p for p in parties if p.i != unit.i]
    if not parties:
        return False
    return analysis.holder_of(parties[0]) not in ("brand", "service")


_READER_WORDS = frozenset({"you", "your", "vous", "votre", "vos", "te", "ton", "ta", "tes"})
_AGENT_WORDS = frozenset({"we", "us", "our", "nous", "notre", "nos", "on"})


def _effort_of_an_act(analysis, mention: Mention) -> bool:
    """A bare length followed by the act it is spent on, in the infinitive and with no one
    named to do it ("a little time: 10 minutes to install and discover the site", « il
    suffit de 5 minutes pour découvrir le site »): the effort the act asks of whoever
    does it — the reader, a volunteer —, not a time the brand's service keeps. Not when
    the brand is named as the one who takes the time ("it takes us 2 days to ship"), when
    the length is granted ("allow 3 days to…", left to `_time_granted`), nor when the act
    is done to the reader or their thing ("24 hours to answer you", « 48 h pour traiter
    votre demande »): that is the service's act."""
    if not mention.bare:
        return False
    doc = analysis.doc
    table = lexicons.load("promises")[analysis.language]
    granting = set(table["having"]) | set(table["granting"])
    tokens = features.tokens(doc)
    line_start, line_end = features.line_bounds(doc, mention.start)
    j = mention.end
    if j >= line_end or tokens[j].lower_ not in _PURPOSE:
        return False
    j += 1
    while j < line_end and tokens[j].lower_ in ("de", "d'", "d’", "que"):
        j += 1  # « afin de »
    if j >= line_end:
        return False
    act = tokens[j]
    if act.pos_ not in ("VERB", "AUX") or "Fin" in features.morph(act).get("VerbForm") or \
            act.tag_ in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_.startswith("nsubj") for c in act.children):
        return False
    before = tokens[max(line_start, mention.start - 6): mention.start]
    if any(t.lower_ in _AGENT_WORDS or analysis.vocabulary.names_brand(t.lower_)
           for t in before):
        return False  # "it takes us 2 days to…", « il nous faut 2 jours pour… »
    span = doc[mention.start:mention.end]
    unit = next((t for t in span if t.pos_ == "NOUN"), span.root)
    if unit.head.lemma_.lower() in granting or any(
            t.lemma_.lower() in granting for t in tokens[max(line_start, mention.start - 2):
                                                         mention.start]):
        return False  # "allow 3 days to…", "you have 14 days to…": `_time_granted`'s
    done_to = [t for t in act.subtree if t.i > act.i] + [
        t for c in act.children if c.dep_ == "conj" for t in c.subtree]
    return not any(t.lower_ in _READER_WORDS for t in done_to)


def _readers_right(analysis, frame) -> bool:
    """The reader acts on their own account at any time (unsubscribe, delete their data,
    cancel): a right the brand grants, not hours its service keeps."""
    if frame.holder != "customer":
        return False
    rights = lexicons.words("promises", analysis.language, "reader_rights")
    predicate = analysis.doc[frame.predicate]
    verbs = [predicate, *(c for c in kids(predicate) if c.dep_ in ("xcomp", "ccomp"))]
    return any(v.lemma_.lower() in rights or v.lower_ in rights for v in verbs)


def _qualifies_a_thing(analysis, mention: Mention, services: dict[int, str]) -> bool:
    """Hours written as a modifier of a noun that is neither a service nor a way to reach
    the brand ("the critical 24/7 nature of the work", "a 24/7 news cycle", « le rythme
    24h/24 de la salle de marché »): they describe that noun. "24/7 support", « une
    assistance 7j/7 », "round-the-clock care" qualify what the reader is offered."""

    doc = analysis.doc
    words = doc[mention.start:mention.end]
    present, _ = _contact_words(analysis.language, means=False)
    start, end = features.line_bounds(doc, mention.start)
    if any((t.lower_ in present or t.lemma_.lower() in present)
           and _may_say_reached(analysis, t) for t in doc[start:end]):
        return False  # « une voiture toujours disponible au coin de votre rue, 365 jours
        # par an »: the clause says what is there to be had; the hours are its availability
    roots = [t for t in words if not mention.start <= t.head.i < mention.end]
    if len(roots) != 1 or roots[0].dep_ not in ("nummod", "amod", "compound", "nmod"):
        return False
    noun = roots[0].head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in services:
        return False
    if _the_brands_people(analysis, noun):
        return False  # « un technicien chez vous 24h/24 », "Robinel 24/7": the brand, or
        # the people it sends, offered round the clock — no thing described
    singles, phrases = _contact_words(analysis.language)
    if noun.lower_ in singles or noun.lemma_.lower() in singles:
        return False
    if noun.lower_ in lexicons.load("promises")[analysis.language]["place_doors"]:
        return False  # "opens the doors 24/7": the way into the brand's place
    around = " ".join(t.lower_ for t in doc[max(0, noun.i - 2): noun.i + 3])
    return not any(p in around for p in phrases) and not any(
        c.dep_ in ("compound",) and (c.lower_ in singles or c.i in services)
        for c in kids(noun))


def _the_brands_people(analysis, noun, language: str = "") -> bool:
    """The brand's own name (with an analysis to know it), or one of the people it sends
    (frame lexicon, `holders.staff`: « technicien », "engineer")."""
    staff = lexicons.words("frame", "holders", "staff", language or analysis.language,
                           lower=True)
    return analysis is not None and analysis.vocabulary.names_brand(noun.lower_) or \
        noun.lower_ in staff or noun.lemma_.lower() in staff


_ALLOWING = frozenset({"can", "may", "could", "might", "pouvoir"})
# endings no French or English past participle has (the small French model tags
# « interviendra », « passera » as participles)
_NOT_A_PARTICIPLE = ("ra", "rai", "ras", "rons", "rez", "ront", "ait", "aient", "ons", "ez")



def _readers_system(analysis, verb) -> bool:
    """On a technical page, a verb whose subject is a thing of the reader's that is not
    the brand's offer ("your local ACME server can immediately receive requests", « votre
    serveur de test reçoit aussitôt les requêtes »): the reader's own system at work,
    documented — no service the brand performs."""
    if verb.pos_ not in ("VERB", "AUX") or not analysis.technical[1]:
        return False
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # « peut recevoir »
    subjects = [c for h in heads for c in h.children
                if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    subject = subjects[0]
    return any(c.lower_ in features.READERS_POSSESSIVES for c in subject.children) and \
        analysis.holder_of(subject) == "customer"


def _someone_elses_act(analysis, token) -> bool:
    """A service word used as the verb of someone other than the brand — "how you
    support the project", "the people supporting our work", « les membres qui nous
    soutiennent »: their act, not the service the brand offers on that line."""
    if token.pos_ in ("NOUN", "PROPN") or token.pos_ == "ADV" and token.head.pos_ == "VERB":
        # a service noun inside that act ("supporting the work of repair") is theirs too,
        # and an adverb of the act ("millions of people choose us to browse online")
        head = token
        for _ in range(5):
            if head.head.i == head.i:
                return False
            head = head.head
            if head.pos_ == "VERB":
                return _someone_elses_act(analysis, head)
        return False
    if token.pos_ != "VERB" or not token.is_alpha:
        return False  # (a bullet "✔" the small model tags a verb is nobody's act)
    if _reaches_the_brand(analysis, token) or any(
            _reaches_the_brand(analysis, c) for c in kids(token)
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
        return False  # « vous nous appelez », "you can reach our team": the brand is reached
    subjects = [_counted(c) for c in kids(token) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                and not (c.like_num and _counted(c) is c or c.ent_type_ in ("DATE", "TIME"))
                and not _clitic_object(c, token)]
    if not subjects:
        inherited = _controlling_subject(token)
        if inherited is not None and inherited.lower_ not in _INDEFINITE and \
                analysis.holder_of(inherited) in ("customer", "third_party", "world", "generic"):
            return True  # "millions of people choose us to search and browse online":
            # the verb it completes or goes on with has the subject of the act
    if not subjects and token.dep_ in ("acl", "amod") and token.lemma_.lower() in (
            "ouvrir", "open") and _nobody_elses(token.head):
        return False  # « Parcours ouverts jusqu'à 22 h »: what the brand keeps open, said
        # in the state the participle gives its noun
    if not subjects:
        # a participle or gerund hung on a noun ("funders supporting the work") or on a
        # clause ("supporting the work matters"): whose act it is goes unsaid
        return token.dep_ in ("acl", "csubj", "pcomp", "advcl") or token.tag_ == "VBG"
    if subjects[0].lower_ in _INDEFINITE:
        return False  # "someone picks up whenever you call": one of the brand's people
    if _access_means(analysis, subjects[0]):
        return False  # "your member card opens the doors": the brand's means of access
    if _the_brands_place(analysis, subjects[0]):
        return False  # « le dépôt est désormais ouvert le samedi », "the showroom opens on
        # Sundays": the place the brand receives its readers in opens, no one else's act
    if _reciprocal(analysis, token):
        return True  # "freelancers who help each other every day": among themselves
    return analysis.holder_of(subjects[0]) in ("customer", "third_party", "world", "generic")


def _sent_by_another(analysis, word) -> bool:
    """The service noun is described by what someone other than the brand did to it
    (« l'argent envoyé par un donateur », "the money sent by a patron", "the parcel
    posted by the seller"): that party's payment or parcel on its way, how the money
    moves — not the brand's refund or delivery."""
    if word.dep_ in ("det", "case") and word.head.i != word.i:
        word = word.head  # a service phrase matched from its article (« l'argent »)
    if word.pos_ == "VERB" and word.dep_ == "acl":
        participles = [word]  # the participle itself: « envoyé par un donateur »
    elif word.pos_ in ("NOUN", "PROPN"):
        participles = [c for c in kids(word) if c.dep_ == "acl" and c.pos_ == "VERB"]
    else:
        return False
    for participle in participles:
        for c in kids(participle):
            agent = c if c.dep_ == "obl:agent" else next(
                (g for g in kids(c) if g.dep_ == "pobj"), None) if c.dep_ == "agent" else None
            if agent is not None and analysis.holder_of(agent) not in ("brand", "service"):
                return True
    return False


def _controlling_subject(verb):
    """The subject a verb without its own shares with the verb it completes or is
    coordinated with ("people choose us [to search] and [browse]"), up three steps; None
    when there is none."""
    for _step in range(3):
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i or \
                verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
        subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubj:pass",
                                                            "nsubjpass")), None)
        if subject is not None:
            return _counted(subject)
    return None


def _counted(subject):
    """What a number subject counts ("millions of people choose…", « des milliers de
    clients nous rejoignent »): the people or things after its « de » / "of", else the
    subject itself (a bare figure, "24/7", is no one)."""
    if not subject.like_num:
        return subject
    for prep in kids(subject):
        if prep.lower_ in ("of", "de", "d'", "d’"):
            noun = next((g for g in kids(prep) if g.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
        if prep.dep_ in ("nmod", "obl") and prep.pos_ in ("NOUN", "PROPN"):
            return prep  # (the French parse hangs « de clients » on the number directly)
    return subject


def _access_means(analysis, subject) -> bool:
    """The subject is a badge, fob or member card the brand issues ("your member card",
    « votre badge »): it acts for the brand, whoever holds it."""
    words = lexicons.load("promises")[analysis.language]
    phrase = [t for t in subject.subtree if not t.is_punct]
    said = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    return subject.lower_ in words["self_access"] or _names_self_access(
        said, " " + " ".join(t.lower_ for t in phrase) + " ", words) and \
        subject.pos_ in ("NOUN", "PROPN")


def _the_brands_place(analysis, subject) -> bool:
    """The subject is a place of the kind a brand receives its readers in (`places`: the
    shop, the depot, the showroom), named bare — not someone's (« votre magasin », "your
    local shop"), nor a named place of another (« le marché de Lalbenque », "Borough
    Market")."""
    words = lexicons.load("promises")[analysis.language]["places"]
    if subject.pos_ != "NOUN" or (subject.lemma_.lower() not in words
                                  and subject.lower_ not in words):
        return False
    return _nobody_elses(subject)


def _nobody_elses(noun) -> bool:
    """A noun named bare: not someone's (« votre magasin », "your local shop"), nor a named
    thing of another (« le marché de Lalbenque », "Borough Market")."""
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and not noun.ent_type_
                                    and noun.is_title):
        return False  # (« 🌲✨ Parcours ouverts »: a common noun capitalised after emoji)
    return not any(
        c.lower_ in _THE_READERS_WORDS or c.pos_ == "PROPN" and c.dep_ in (
            "nmod", "compound", "appos", "flat:name") for c in noun.subtree if c is not noun)


_THE_READERS_WORDS = frozenset({"your", "votre", "vos", "ton", "ta", "tes", "their", "leur",
                                "leurs", "his", "her", "son", "sa", "ses"})


def _reciprocal(analysis, verb) -> bool:
    """The verb's object is reciprocal ("help each other", « s'aident les uns les
    autres »): an act among its subjects."""
    words = lexicons.load("promises")[analysis.language]["reciprocals"]
    after = " " + " ".join(t.lower_ for t in features.tokens(analysis.doc)[
        verb.i + 1:verb.i + 5]) + " "
    return any(after.startswith(f" {w} ") for w in words)


_INDEFINITE = frozenset({"someone", "somebody", "quelqu'un", "quelqu’un", "on"})


def _clitic_object(pronoun, verb) -> bool:
    """« Nos salles vous accueillent »: the small French model makes *vous* the subject of
    a verb that does not agree with it (a third person) — it is the object clitic."""
    return verb.lang_ == "fr" and pronoun.lower_ in ("vous", "nous", "te", "me") and \
        not verb.lower_.endswith(("ez", "ons", "es"))  # (« vous êtes », « nous sommes »)


def _reaches_the_brand(analysis, verb) -> bool:
    """The verb's object is the brand, its people or its service: "reach our team",
    « nous joindre », "call us"."""
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("nous", "us"):
        return True
    objects = [c for c in kids(verb) if c.dep_ in ("obj", "dobj", "iobj", "dative")]
    objects += [g for c in kids(verb) if c.dep_ in ("prep", "obl", "obl:arg")
                for g in [c, *kids(c)] if g.pos_ in ("NOUN", "PRON", "PROPN")]
    return any(o.lower_ in ("nous", "us") or analysis.holder_of(o) in ("brand", "service")
               for o in objects)


def _what_is_done(analysis, mention: Mention) -> bool:
    """The hours qualify a verb in a free relative — "what we're doing every day", « ce
    que nous faisons chaque jour », "all we do, day and night": they name the work, as a
    noun would, not a time the reader can reach anyone."""
    verb = analysis.doc[mention.start]
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.lower_ in ("what", "whatever") and c.dep_ in ("dobj", "obj", "nsubj")
           for c in kids(verb)):
        return True
    return verb.dep_ in ("relcl", "acl:relcl") and verb.head.lower_ in (
        "ce", "tout", "all", "everything") and any(
        c.lower_ in ("que", "qu'", "qu’", "that") or c.dep_ in ("obj", "dobj")
        for c in kids(verb) if c.i < verb.i)


def _comes_in(analysis, mention: Mention) -> bool:
    """The hours time what comes in to the brand — "the emails we receive every day",
    « les messages que nous recevons chaque jour », "requests that come in every day",
    « les demandes qui nous parviennent tous les jours »: a count of what it is sent,
    not a time it is there for the reader (« nous vous répondons tous les jours » is)."""
    verb = analysis.doc[mention.start]
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    incoming = lexicons.load("promises")[analysis.language]["incoming"]
    lemma = verb.lemma_.lower()
    subjects = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    # on its way to nobody but the brand: not the reader's parcel (« vos colis arrivent
    # chez vous tous les jours »), not "we get back to you every day"
    said = [t for c in kids(verb) if c.i not in range(mention.start, mention.end)
            and c.i != subject.i for t in c.subtree]
    if any(t.lower_ in _READER_WORDS for t in said):
        return False
    if lemma in incoming["receiving"]:
        # the brand receives: "we", « nous », its name (not "you receive our news"), with
        # no particle making it another act ("get back", "get through")
        return not any(c.dep_ in ("prt", "compound:prt") for c in kids(verb)) and (
            subject.lower_ in _SENDERS or analysis.holder_of(subject) == "brand")
    if lemma not in incoming["arriving"] or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    # the thing that comes in, not the brand's people
    if subject.pos_ == "PRON":
        # « qui arrivent », "that come in": the relative's noun
        subject = _relative_antecedent(analysis, verb) if verb.dep_ in (
            "relcl", "acl:relcl") else None
        if subject is None:
            return False
    return analysis.holder_of(subject) not in ("brand", "service", "customer") and not \
        _the_brands_people(analysis, subject)


def _a_refusal(analysis, mention: Mention, frame, governing) -> bool:
    """The timed act turns something down — rejected, refused, declined, « rejeté »,
    « refusé »: how soon a request is refused is no service delivered to the reader."""
    refusals = lexicons.words("promises", "refusals", analysis.language)
    verbs = [governing, analysis.doc[mention.start].head]
    if frame.predicate >= 0:
        verbs.append(analysis.doc[frame.predicate])
    return any(v.lemma_.lower() in refusals or v.lower_ in refusals for v in verbs)


def _place_hours(analysis, mention: Mention) -> bool:
    """Bounded opening hours of a place the reader walks into — named on the line (« la
    boutique de Lyon, du mardi au samedi 10h-19h », "Open Tuesday to Saturday" on a store
    poster) — are that place's hours, not the hours the service can be reached; unless the
    line names a way to reach the service (« service client joignable de 8 h à 22 h »).
    Round the clock stays a claim (« magasin ouvert 24h/24 »), and so do every day or
    weekly days said alone (« magasin ouvert 7j/7 », « aussi le dimanche »), and every day
    with its hours unless an annex's (« le café est ouvert tous les jours de 13 h à 22 h »
    is the café's timetable); one bound said alone (« ouvert dès 7 h », "open until 8 pm")
    is a claim of how early or late, not a timetable; so are hours said as the reader
    welcomed (« nos boutiques vous accueillent de 8 h à 22 h ») or announced as new
    (« désormais », "during June")."""
    if mention.always_hours or (mention.always_days or mention.days) and mention.opens is None:
        return False  # (days named alone, « ouvert aussi le dimanche », stay a claim too)
    if (mention.always_days or _WHOLE_WEEK.search(mention.text)) and \
            _every_day_of_the_brands_place(analysis, mention):
        return False  # (« du lundi au dimanche », "Monday to Sunday": every day too)
    if (mention.opens is None) != (mention.closes is None) and _opened_on_line(
            analysis, mention):
        return False  # one bound said alone ("open until 8 pm", « ouvert dès 7 h »): how
        # early or late the place can be reached, a claim, not its timetable ("kids
        # welcome until 8pm" is a house rule)
    if _reader_welcomed(analysis, mention) or _hours_announced_as_new(analysis, mention):
        return False

    start, end = features.line_bounds(analysis.doc, mention.start)
    words = lexicons.load("promises")[analysis.language]
    line = " " + " ".join(t.lower_ for t in features.tokens(analysis.doc)[start:end]) + " "
    # (and as written: the small models split "walk-in" in three)
    written = " " + re.sub(r"[\s,.;:!?]+", " ", features.span_text(
        analysis.doc, start, end).lower()) + " "
    if any(f" {w} " in line or f" {w} " in written for w in words["contact_means"]) or \
            _number_to_call(analysis, mention) is not None:
        return False
    return analysis.channel_name == "store" or any(f" {w} " in line or f" {w} " in written
                                                   for w in words["places"])


_WHOLE_WEEK = re.compile(r"\b(?:lundi|lun|monday|mon)\.?\s*(?:au|à|-|–|to|through|thru)\s*"
                         r"(?:dimanche|dim|sunday|sun)\b", re.I)


def _every_day_of_the_brands_place(analysis, mention: Mention) -> bool:
    """Every day with its hours said of the place where the brand receives its readers
    (« la boutique est ouverte tous les jours, de 9 h à 19 h », "Open 7am-10pm, seven days
    a week" on a store poster): the week the reader can come in, what `availability`
    declares — unless the line names an annex that serves something else, whose
    timetable it is (« le café est ouvert tous les jours de 13 h à 22 h », "the bar")."""
    return not lexicons.pattern("promises", analysis.language, "annex_places").search(
        _line_text(analysis, mention))


def _reader_welcomed(analysis, mention: Mention) -> bool:
    """The place's hours said as the reader being welcomed there (« nos boutiques vous
    accueillent 7j/7 de 8 h à 22 h », "our shop welcomes you until 10pm"): someone is there
    to receive them at those hours — what `availability` declares, not a posted timetable.
    Read on the mention's line, like a means of contact, and on the line it continues
    (« L'ATELIER-BOUTIQUE VOUS ACCUEILLE » over « du lundi au dimanche, de 9 h à 20 h. »:
    one sentence broken in two lines)."""
    return bool(lexicons.pattern("promises", analysis.language, "place_welcome").search(
        _continued_line(analysis, mention) + " " + _line_text(analysis, mention)))


def _continued_line(analysis, mention: Mention) -> str:
    """The line above the mention's, when the mention's line goes on with its sentence:
    it opens in lower case and the line above ends with no stop. "" otherwise."""
    text = analysis.text
    at = analysis.doc[mention.start].idx
    above = _line_above(text, at)
    if above is None or not text[text.rfind("\n", 0, at) + 1:].lstrip(" \t")[:1].islower():
        return ""
    line = text[above[0]:above[1]].strip()
    return "" if not line or line.endswith((".", "!", "?", "…", ":")) else line


def _line_above(text: str, at: int) -> tuple[int, int] | None:
    """Where the text line right above the one holding character `at` starts and ends
    (its trailing blanks left out); None on the first line. The text line, not the
    sentence: features.line_bounds stops at a full stop."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return None
    above_end = len(text[:line_start].rstrip(" \t\r"))
    return text.rfind("\n", 0, above_end) + 1, above_end


def _hours_announced_as_new(analysis, mention: Mention) -> bool:
    """The place's hours announced as a change (« désormais », "now open", « cet été »,
    "during June", « à partir du 1er juin »): the brand tells its readers when it now opens
    its door to them — a commitment judged against `availability`, where a standing
    timetable (« Boutique ouverte du mardi au samedi, 10 h – 19 h ») is the place's own.
    Read in the mention's sentence, within its line: "Book now!" before a timetable
    announces nothing."""
    sentence = analysis.doc[mention.start].sent
    start, end = features.line_bounds(analysis.doc, mention.start)
    return bool(lexicons.pattern("promises", analysis.language, "hours_changed").search(
        features.span_text(analysis.doc, max(start, sentence.start), min(end, sentence.end))))


def _opened_on_line(analysis, mention: Mention) -> bool:
    """An opening word (open, « ouvert ») on the mention's line."""
    return bool(_tables(analysis.language)["opening"].search(_line_text(analysis, mention)))


def _line_text(analysis, mention: Mention) -> str:
    """The text of the line the mention starts on (where a place's hours are read)."""
    return features.span_text(analysis.doc, *features.line_bounds(analysis.doc, mention.start))


_ITEM_ROLES = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "ROOT"})


@functools.cache
def _given_back_pattern(language: str) -> re.Pattern:
    words = lexicons.load("promises")[language].get("things_given_back", ())
    return lexicons.phrase_pattern(words, not_before=r"\w-", not_after=r"\w")


def _works_on_a_thing(profile, name: str) -> bool:
    """A declared service that works on the reader's own thing — a repair, or a service
    the brand declares itself (a sail wash, an alteration); the other built-in services
    carry, answer, refund or are reachable, and work on nothing of the reader's."""
    return name in profile.promises and (name == "repair" or name not in BUILTIN_SERVICES)


def _worked_on_given_back(analysis, mention: Mention,
                          services: dict[int, str]) -> tuple[str, int] | None:
    """The reader's thing given back to them, timed (« on le recoud et vous le rendons en
    72 heures », "we'll have it repaired and back in your hands within 10 days", "our
    workshop will have them back to you in a week" after "do you repair them?"): the
    time is when the work done on the thing ends, so it is the delay of the declared
    service that works on it (`_works_on_a_thing`) — the one named in the sentence,
    nearest before the delay first; else the only one the draft names, named before it
    (the request or the subject line the reply answers). Not a delivery
    (« have it »), nor a reply ("back to you"), nor a refund (money named on the line)."""
    if mention.kind != "delay" or mention.bare:
        return None
    doc = analysis.doc
    line_start, line_end = features.line_bounds(doc, mention.start)
    sentence = doc[mention.start].sent
    start, end = max(sentence.start, line_start), min(sentence.end, line_end)
    found = [m.end() for m in _given_back_pattern(analysis.language).finditer(
        analysis.text, doc[start].idx, doc[mention.start].idx)]
    found += _a_thing_back(analysis, start, mention.start)
    if not found:
        return None
    if any(other.kind == "delay" and max(found) <= doc[other.start].idx
           and other.start < mention.start for other in analysis.delay_mentions):
        return None  # another time stands between: the give-back is that one's
    money = set(lexicons.load("promises")[analysis.language]["money_words"])
    if any(t.lower_ in money or t.lemma_.lower() in money or t.text[:1] in "£$€"
           or services.get(t.i) == "refund" for t in doc[line_start:line_end]):
        return None  # « votre argent vous est rendu », "we're refunding the full £190. It
        # will be back on your card": a refund
    worked = {i: name for i, name in services.items()
              if _works_on_a_thing(analysis.profile, name)
              and not mention.start <= i < mention.end}
    before = [i for i in worked if start <= i < mention.start]
    if before:
        return worked[max(before)], max(before)
    after = [i for i in worked if mention.end <= i < end]
    if after:
        return worked[min(after)], min(after)
    earlier = [i for i in worked if i < mention.start]
    if earlier and len(set(worked.values())) == 1:
        # the only such service of the draft, named before ("Subject: Your repair", "do
        # you repair them?"): the thing's work the exchange is about
        return worked[max(earlier)], max(earlier)
    return None


def _a_thing_back(analysis, start: int, stop: int) -> list[int]:
    """Where a thing — a noun subject, not a person — is said to come back to the reader
    ("your board will be back with you", « votre planche sera de retour chez vous »,
    « elle vous reviendra »): what the reader owned, worked on and given back. Ends of
    "back", « retour », « reviendra »; none where a person comes back ("I'll be back with
    you shortly": a reply)."""
    doc, out = analysis.doc, []
    for t in doc[start:stop]:
        word = t.lower_
        if not (word == "back" or word == "retour" and t.i > 0 and doc[t.i - 1].lower_ == "de"
                or t.lemma_.lower() == "revenir"):
            continue
        subjects = [c for c in doc[start:t.i] if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[-1]
        if subject.pos_ == "NOUN" and not _the_brands_people(analysis, subject) and \
                subject.lower_ not in _PEOPLE and subject.lemma_.lower() not in _PEOPLE or \
                subject.lower_ in ("it", "il", "elle"):
            out.append(t.idx + len(t.text))
    return out


def _declared_item_words(analysis) -> dict[str, str]:
    """The words of the declared services' own multi-word terms (« lunettes » of
    « lunettes prêtes »), lemma and form -> that service."""
    declared = analysis.profile.promises
    nouns: dict[str, str] = {}
    for name, terms in analysis.vocabulary.services.items():
        if name not in declared or name in BUILTIN_SERVICES:
            continue
        for term in terms:
            if len(term) > 1:
                for lemma, lower in term:
                    nouns.setdefault(lemma, name)
                    nouns.setdefault(lower, name)
    return nouns


def _kind_of_declared_item(analysis, index: int) -> tuple[str, int] | None:
    """A generic service word qualifying a noun that is a declared service's item (« une
    voile sur mesure » where `new_sail: {terms: [voile neuve]}`, "a made-to-measure sail"):
    that service, not an undeclared "made to measure"."""
    word = analysis.doc[index]
    items = _declared_item_words(analysis)
    for noun in (word.head, word.head.head):
        if noun.pos_ in ("NOUN", "PROPN") and noun.i != word.i:
            name = items.get(noun.lemma_.lower()) or items.get(noun.lower_)
            if name is not None:
                return name, noun.i
    return None


def _item_of_declared_service(analysis, mention: Mention) -> tuple[str, int] | None:
    """A noun of the clause that is a word of a declared service's own multi-word term
    (« lunettes » of « lunettes prêtes », "glasses" of "glasses ready"): the item that
    service is about."""
    nouns = _declared_item_words(analysis)
    start, end = _clause(analysis, mention)
    candidates = list(features.tokens(analysis.doc)[start:end]) + _shared_subjects(
        analysis, mention)
    for t in candidates:
        # the thing delivered or made ready: a subject, an object or a verbless headline
        # ("Same-hour glasses!"), not a circumstance ("try it on the spot with your bike")
        if t.pos_ == "NOUN" and not mention.start <= t.i < mention.end and t.dep_ in _ITEM_ROLES:
            name = nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)
            if name is not None:
                return name, t.i
    return None


def _made_item_delivered(analysis, mention: Mention, service: str, services: dict[int, str],
                         index: int | None = None) -> tuple[str, int] | None:
    """A delivery delay whose delivered thing is the item of a service the profile
    declares with its own terms (« vos flèches sur mesure … elles vous seront expédiées
    sous 8 jours », "your wedding dress has arrived… It'll be ready within 10 days"): the
    item is made or worked to order, and cannot reach the reader before that service's
    commitment — it is that service's delay, not the carrier's. The item is a subject
    the profile's terms name whole, or the antecedent of a pronoun subject so named. Not
    where another delay of the sentence times a leg of its own (« fabriquées en 12 jours,
    puis livrées en 3 jours »). The delivery's verb the small model reads as the head noun
    of its subject ("your bespoke yurt ships in eight weeks": `index`, the service word)
    has that subject among its compounds."""
    if service != "delivery" or mention.kind != "delay" or mention.bare:
        return None
    start, end = features.line_bounds(analysis.doc, mention.start)
    if any(other.kind == "delay" and other.start != mention.start
           and start <= other.start < end for other in analysis.delay_mentions):
        return None
    # (a repair is work on the thing too: "your genoa repair will be done and posted back")
    own = {name for name in analysis.profile.promises
           if _works_on_a_thing(analysis.profile, name)}
    if _work_said_done(analysis, mention):
        return None
    clause_start, clause_end = _clause(analysis, mention)
    before = {t.i for t in _noun_before_auxiliaries(analysis, mention)}
    verb = None if index is None else analysis.doc[index]
    if verb is not None and verb.pos_ == "NOUN":
        before |= {c.i for c in kids(verb) if c.dep_ == "compound" and c.i < verb.i}
    for t in list(features.tokens(analysis.doc)[clause_start:clause_end]) + _chain_subjects(
            analysis, mention) + [analysis.doc[i] for i in before]:
        subject = "subj" in t.dep_ or t.i in before
        if subject and services.get(t.i) in own:
            return services[t.i], t.i  # (the small model may tag the noun a verb)
        if subject and t.pos_ in ("NOUN", "PROPN"):
            named = _named_by_its_term(t, services, own)
            if named is not None:
                return named
    return _pronoun_item(analysis, mention, services, own)


def _noun_before_auxiliaries(analysis, mention: Mention) -> list:
    """"…and your new mainsail will be cut, finished and delivered in four weeks": the noun
    right before the auxiliaries of the verb chain the delay's verb belongs to — its
    subject, where the small model hangs it elsewhere (on "Easter", as a conjunct)."""
    node = delay_head(analysis, mention)
    for _ in range(3):
        if node is None or node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node is None or node.pos_ not in ("VERB", "AUX"):
        return []
    first = min((c.i for c in kids(node) if c.dep_.startswith("aux") and c.i < node.i),
                default=0)
    if first == 0:
        return []  # no auxiliary before the verb, or nothing before the auxiliaries
    noun = analysis.doc[first - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or "subj" in noun.dep_ and noun.head.i == node.i:
        return []  # (already the verb's subject: the clause reads it)
    return [noun]


def _named_by_its_term(noun, services: dict[int, str], own: set[str]) -> tuple[str, int] | None:
    """« Votre pendentif sur mesure est façonné… et livré en 15 jours », "your made-to-order
    pendant": the subject noun the profile's term qualifies, right after it or among its
    own modifiers before it — the item of that service, though the small model hangs the
    term on the verb."""
    doc = noun.doc
    after = noun.i + 1
    if after < len(doc) and services.get(after) in own and services.get(noun.i) is None:
        return services[after], after
    for c in kids(noun):
        if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") and services.get(c.i) in own:
            return services[c.i], c.i
    return None


def _work_said_done(analysis, mention: Mention) -> bool:
    """« La restauration du cadre est terminée. Il vous sera livré sous 5 jours », "Your
    framing is finished and packed. It will be delivered within 7 days": the work is said
    done before the delay, in its sentence or the one before it in the paragraph — what is
    left is the delivery, timed by the delivery's own commitment."""
    doc = analysis.doc
    words = lexicons.words("promises", analysis.language, "work_done")
    sentence = doc[mention.start].sent
    paragraph = analysis.text.rfind("\n\n", 0, doc[mention.start].idx)
    previous = [s for s in doc.sents if s.end <= sentence.start and s.end_char > paragraph]
    start = previous[-1].start if previous else sentence.start
    while start < mention.start and doc[start].idx < paragraph:
        start += 1  # (a salutation the parse runs into the first sentence)
    timed = {a.i for a in doc[mention.start].ancestors}

    def done(t) -> bool:
        links = [c for c in kids(t) if c.dep_.startswith(("cop", "aux"))]
        # "will be ready", « sera prête »: still to come
        return bool(links) and not any(_future_link(c) for c in links)

    sent = lexicons.words("promises", analysis.language, "sent_off")
    return any((t.lower_ in words or t.lemma_.lower() in words)
               and t.pos_ in ("ADJ", "VERB", "AUX") and t.i not in timed and done(t)
               and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("à", "to", "for", "pour"))
               or t.lemma_.lower() in sent and t.pos_ == "VERB" and _perfect(t)
               for t in doc[start:mention.start])  # ("ready to be made": not done yet;
    # "your wedding bottles have shipped and will arrive within 10 days", « vos bouteilles
    # sont parties et arriveront sous 10 jours »: sent off already, the work is behind them)


def _future_link(token) -> bool:
    """An auxiliary or copula of what is still to come: a future tense, or *will*."""
    return "Fut" in features.morph(token).get("Tense") or token.lower_ in ("will", "'ll", "’ll")


def _perfect(verb) -> bool:
    """A verb in the perfect or the simple past ("have shipped", « ont été expédiées », « sont
    parties », "shipped yesterday"), not a participle of what is still to come."""
    links = [c for c in kids(verb) if c.dep_.startswith("aux")]
    if any(_future_link(c) or c.lower_ == "be" for c in links):
        return False
    if links:  # the perfect's auxiliary, not the passive's (« vous est envoyé sous 48 h »:
        # a present passive, what is done each time)
        return any(c.lemma_.lower() in ("have", "avoir") or c.dep_ == "aux:tense"
                   for c in links)
    return verb.tag_ == "VBD"


def _chain_subjects(analysis, mention: Mention) -> list:
    """« votre coloris sur mesure est teint, séché et expédié en 8 jours »: the subject of
    the verb the delay's verb is chained to (coordinated, or a participle after it) with
    none of its own."""
    node = delay_head(analysis, mention)
    for _ in range(3):
        if node is None or any(c.dep_.startswith("nsubj") for c in kids(node)):
            break
        if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
            return []
        node = node.head
    return [] if node is None else [c for c in kids(node) if c.dep_.startswith("nsubj")]


def _pronoun_item(analysis, mention: Mention, services: dict[int, str],
                  own: set[str]) -> tuple[str, int] | None:
    """The pronoun subject of the delay's clause (« elles », "it") stands for the last
    subject before it in its paragraph, else for the headline noun of the draft's title
    line: when that noun is the item of a declared service, that service."""
    doc = analysis.doc
    tokens = features.tokens(doc)
    start, end = _clause(analysis, mention)
    if not any(t.lower_ in _PRONOUNS and "subj" in t.dep_ for t in tokens[start:end]):
        return None
    paragraph = analysis.text.rfind("\n\n", 0, doc[start].idx)
    title_end = features.line_bounds(doc, 0)[1]
    subjects = [t for t in tokens[:start] if t.idx > paragraph and "subj" in t.dep_]
    if not subjects and paragraph > 0:
        subjects = [t for t in tokens[:title_end] if t.pos_ == "NOUN" and t.dep_ == "ROOT"]
    # (the item named whole, as the profile's terms say it: « vos flèches » alone, "your
    # box", may be any stock item)
    if not subjects:
        return None
    last = subjects[-1]
    return (services[last.i], last.i) if services.get(last.i) in own else None


def _shared_subjects(analysis, mention: Mention) -> list:
    """« toute vulnérabilité signalée est corrigée et publiée sous 48 heures »: the verb
    the delay hangs on, coordinated after another with no subject of its own, shares that
    verb's subject — the item the service is about, outside the delay's clause."""
    head = delay_head(analysis, mention)
    if head is None or head.pos_ not in ("VERB", "AUX", "ADJ") or any(
            c.dep_ in SUBJECT_OBJECT and c.dep_.startswith("nsubj") for c in kids(head)):
        return []
    node, steps = head, 0
    while node.dep_ == "conj" and node.head.i != node.i and steps < 3 and \
            node.head.pos_ in ("VERB", "AUX", "ADJ"):
        node, steps = node.head, steps + 1
    if node is head:
        # the parse may hang both verbs elsewhere: the verb just before « et » / "and"
        cc = next((c for c in kids(head) if c.dep_ == "cc" and c.i < head.i), None)
        if cc is None or cc.i < 1:
            return []
        before = analysis.doc[cc.i - 1]
        if before.pos_ not in ("VERB", "ADJ"):
            return []
        node = before
    return [c for c in kids(node) if c.dep_.startswith("nsubj")]


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _declared_by_own_words(analysis, mention: Mention,
                           sentence: bool = True) -> tuple[str, int] | None:
    """A service the profile declares under its own name, said in the draft's own words:
    a content word of one of its terms in the mention's clause, else in its sentence
    (« notre serrurier passera cet après-midi remplacer le cylindre » for `lock_change:
    {terms: [remplacement du cylindre]}`; "Order by 6pm, collect the next day" for
    `preorder: {terms: [online order]}`). The nearest such word wins. With no service
    named at all, only the clause counts (`sentence` false): "the first lesson is free,
    and you'll be playing within half an hour" is no lesson delay. A word in the clause of
    another delay of the sentence is that delay's service ("an assessor will contact you
    this week, and our compensation offer will reach you within 21 days": the week is no
    compensation's)."""

    table = analysis.vocabulary.own_service_words
    if not table:
        return None
    tokens = features.tokens(analysis.doc)
    brand = analysis.vocabulary.brand_words  # « carte Lanterne »: no service word
    reaches = [_clause(analysis, mention)]
    if sentence:
        reaches.append(features.line_bounds(analysis.doc, mention.start))
    own_start, own_end = reaches[0]
    # a clause of its own, with its verb (« ce soir, le chauffeur sera chez vous en moins
    # d'une heure »: a time set before the clause it qualifies is timed with it)
    verb_of_its_own = any(t.pos_ in ("VERB", "AUX") and not mention.start <= t.i < mention.end
                          for t in tokens[own_start:own_end])
    timed_apart = [_clause(analysis, other) for other in analysis.delay_mentions
                   if verb_of_its_own and other.kind == "delay" and other.start != mention.start]
    for start, end in reaches:
        found = [(t, name) for t in tokens[start:end]
                 if not mention.start <= t.i < mention.end and t.pos_ in _CONTENT_POS
                 and (own_start <= t.i < own_end
                      or not any(low <= t.i < high for low, high in timed_apart))
                 and not t.is_stop and t.lower_ not in brand
                 and (name := _own_word(t, table, analysis.language)) is not None
                 and _wanted(mention)(name)  # (« sans rendez-vous, faite en 10 minutes »:
                 # the walk-in hours time no act)
                 and not _act_without_its_thing(analysis, t)]
        if found:
            word, name = min(found, key=lambda f: min(abs(f[0].i - mention.start),
                                                      abs(f[0].i - (mention.end - 1))))
            return name, word.i
    return None


def _own_word(token, table: dict[str, str], language: str) -> str | None:
    """The declared service a word names: one of its terms' words, or (a verb) the act
    whose noun is that word ("connected" for `installation: {terms: [connection]}`,
    « réparé » for « réparation »)."""
    key = _own_key(token, table, language)
    return None if key is None else table[key]


def _own_key(token, table: dict[str, str], language: str) -> str | None:
    """The word of a declared service's terms `token` is (`_own_word`)."""
    for key in (token.lemma_.lower(), token.lower_):
        if key in table:
            return key
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    for cut, add in lexicons.load("promises")[language].get("act_nouns", ()):
        if lemma.endswith(cut) and len(lemma) - len(cut) > 3:
            key = lemma[:len(lemma) - len(cut)] + add
            if key in table:
                return key
    return None


def _term_partners(analysis, token) -> tuple[frozenset[str], ...]:
    """The other words of each of the profile's own service terms the word belongs to
    (`own_service_partners`: "technical" for "visit", « réparation » for « anche »); none
    where no term holds it, or where it is a term on its own."""
    key = _own_key(token, analysis.vocabulary.own_service_words, analysis.language)
    partners = analysis.vocabulary.own_service_partners.get(key, ())
    return () if any(not words for words in partners) else partners


def _act_without_its_thing(analysis, token) -> bool:
    """A verb that is only one word of its service's terms, the act they pair with a thing
    or a kind ("visit" of "technical visit", "opened" of "account opened", « installer »
    of « installer votre chaudière »), with none of those words anywhere in the draft,
    said as an act any service of the brand performs: a visit (`visits.acts`: "an
    engineer will visit within 72 hours" after a fault logged, « tu peux passer le
    chercher » for « on passe récupérer »), or the act done on a thing of its own ("we
    have opened case 20931", « installera une pièce neuve »). Not where the draft names
    the thing or kind (a title "Piano tuning", a later "each tuning visit": "your tuner
    visits within 48 hours" is the tuning visit), not the service's own act on what it is
    about, taken up by a pronoun ("collect it three hours later" for "click and
    collect"), nor its thing (« cylindre » of « remplacement du cylindre » names it)."""
    if token.pos_ != "VERB":
        return False
    partners = _term_partners(analysis, token)
    if not partners:
        return False  # (no term pairs it, or a term of its own: `drilling: {terms: [forer]}`)
    said = {form for t in features.tokens(analysis.doc) if t.i != token.i
            for form in (t.lemma_.lower(), t.lower_)}
    if any(words & said for words in partners):
        return False
    visits = lexicons.load("promises")["visits"]["acts"][analysis.language]
    # an object named, whatever tag the small model gives a reference ("LC-20931"); a
    # pronoun takes up the thing the service is about
    return token.lemma_.lower() in visits or token.lower_ in visits or any(
        c.dep_ in ("obj", "dobj") and c.pos_ != "PRON" for c in kids(token))


def _under_a_negated_verb(analysis, token) -> bool:
    """The delay is what a negated verb, or the verb it governs, says (« je ne peux pas
    vous promettre demain », "I can't promise it for tomorrow")."""
    start, _ = features.clause_bounds(analysis.doc, token.i, analysis.language)
    before = features.tokens(analysis.doc)[start:token.i]
    committing = features._promise_verbs(analysis.language)
    if any(analysis.is_negated(t) for t in before) and any(
            t.lemma_.lower() in committing or any(t.lower_.startswith(v[:-3])
                                                  for v in committing if len(v) > 6)
            for t in before if t.pos_ in ("VERB", "AUX")):
        return True  # the parse hangs the denied promise elsewhere: its clause says it
    node, climbed = token.head, False
    for _ in range(2):
        if node.pos_ not in ("VERB", "AUX") or node is token:
            return False
        if analysis.is_negated(node) and not (climbed and _denied_subject_only(node)):
            return True
        if node.dep_ not in ("xcomp", "ccomp") or node.head is node:
            return False
        if _a_clause_of_its_own(node):
            return False
        node, climbed = node.head, True
    return False


def _a_clause_of_its_own(clause) -> bool:
    """A complement clause with its own subject, set off by a comma after the verb the
    parse hangs it on ("Don't worry, an engineer will be with you within 48 hours",
    « Ne vous inquiétez pas, un technicien passe sous 48 h »): a sentence of its own, out
    of that verb's negation — unlike "I can't promise it will be there tomorrow"."""
    head = clause.head
    if head.i > clause.i or not any(c.dep_.startswith("nsubj") for c in kids(clause)):
        return False
    first = min(t.i for t in clause.subtree)
    return any(t.text in (",", ";", ":", "—", "–") for t in clause.doc[head.i + 1:first])


def _denied_subject_only(verb) -> bool:
    """"…, no questions asked": the verb the parse hangs the promise on is negated only
    through its subject's determiner — the questions are denied, not what it governs."""
    return any(c.dep_.startswith("nsubj") and any(
        d.dep_ == "det" and d.lower_ in ("no", "aucun", "aucune") for d in kids(c))
        for c in kids(verb)) and not any(
        c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "n't", "never", "pas", "jamais",
                                                     "ne", "n'", "n’")
        for c in kids(verb))


def _frame_qualified(analysis, mention: Mention):
    """The frame of the clause the mention qualifies. Its own: but hours said as an
    absolute participle after a comma ("our fitters answer on chat, weekends included",
    « ouvert du lundi au samedi, dimanche compris ») have their verb in the mention
    itself, read as a past report; they qualify the clause before them on the line."""
    doc = analysis.doc
    frame = analysis.frame(doc[mention.start])
    if mention.ranged and not frame.binds_service:
        # « Call us Tuesday to Sunday, 10am to 10pm »: the small model hangs the days on
        # the reader's verb; the hours they bound say whose clause it is
        last = next((t for t in reversed(doc[mention.start:mention.end]) if not t.is_punct),
                    doc[mention.start])
        hours = analysis.frame(last)
        if hours.binds_service:
            return hours
    if mention.kind != "availability" or frame.binds_service \
            or not mention.start <= frame.predicate < mention.end or mention.start == 0 \
            or doc[mention.start - 1].text not in (",", "—", "–"):
        return frame
    before = frame.start - 1
    while before >= 0 and doc[before].is_punct and "\n" not in doc[before].text_with_ws:
        before -= 1
    if before < 0 or "\n" in doc[before].text_with_ws or before >= mention.start:
        return frame
    return analysis.frame(doc[before])


_EVERY = re.compile(r"(?<![\w'’])(?:every|each|toutes\s+les|tous\s+les|chaque)\s*$", re.I)
_FOR_A_WHILE = re.compile(r"(?<![\w'’])(?:for|pendant|durant)\s*$", re.I)
_RELATIVES = frozenset({"qui", "who", "which", "that"})
_OWN = frozenset({"notre", "nos", "our", "mon", "ma", "mes", "my"})
# object clitics the small French model reads as subjects (« le fabricant nous annonce »)
_CLITICS = frozenset({"nous", "vous", "me", "te", "lui", "leur"})


def _reported_by_another(analysis, mention: Mention) -> bool:
    """The delay is what another party announces, reported by the brand (« confiée à
    Colissimo, qui annonce une livraison sous 48 h », « le fabricant nous annonce trois
    semaines de fabrication », "the manufacturer now quotes us three weeks"): a verb of
    announcing before the delay in its sentence, whose speaker — the noun before it, or
    the antecedent of a relative *qui / who* — is a carrier, a maker, a registrar or an
    organisation by name, not the brand, its staff or a person."""

    table = lexicons.load("promises")[analysis.language]
    verbs = set(table["announcing"])
    start, _ = features.line_bounds(analysis.doc, mention.start)
    tokens = features.tokens(analysis.doc)
    mistagged = _present_forms(verbs, analysis.language)
    for verb in reversed(tokens[start:mention.start]):
        if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in verbs or verb.lower_ in verbs) \
                or verb.pos_ == "NOUN" and verb.lower_ in mistagged and verb.i > start and \
                tokens[verb.i - 1].pos_ in ("NOUN", "PROPN"):
            # (« le transporteur annonce une livraison demain »: the small French model
            # reads the verb right after its subject as a second noun)
            if _own_subject_between(analysis, verb.i, mention.start):
                return False  # "Hugo says you're ready, so we'll get you a slot within
                # 3 weeks": the brand speaks again in a clause of its own
            return _another_party(analysis, _speaker_before(tokens, verb.i, start),
                                  set(table["third_parties"]))
    return False


def _received_service(analysis, index: int, services: dict[int, str]):
    """A verb of receiving whose object names another declared service (« vous recevrez
    votre devis sous 48 h », "you'll get your refund"): that service, with its word."""
    verb = analysis.doc[index]
    if verb.dep_ in ("dobj", "obj") and verb.head.lemma_.lower() in _RECEIVING and \
            services.get(index) in analysis.profile.promises:
        return services[index], index  # attached to the thing received already
    if verb.lemma_.lower() not in _RECEIVING or services.get(index) is None:
        return None
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj") and c.i in services and services[c.i] != services[index] \
                and services[c.i] in analysis.profile.promises:
            return services[c.i], c.i
    taken_up = _pronoun_received(analysis, verb, services[index])
    if taken_up is not None:
        return taken_up
    antecedent = _relative_antecedent(analysis, verb)
    if antecedent is not None:
        # « le remboursement de la crème, que vous recevrez sous 14 jours », "the refund for
        # the cream, which you'll get within 14 days": the relative's antecedent is what is
        # received — the noun it hangs on, or the noun that one completes
        for noun in (antecedent, antecedent.head if antecedent.dep_ in ("nmod", "pobj")
                     else None, antecedent.head.head if antecedent.dep_ == "pobj" else None):
            if noun is not None and noun.i in services and services[noun.i] != services[index] \
                    and services[noun.i] in analysis.profile.promises:
                return services[noun.i], noun.i
    return None


def _pronoun_received(analysis, verb, own: str) -> tuple[str, int] | None:
    """« [Client : Et le devis ?] Agent : Vous le recevez sous cinq jours », "Your quote?
    You'll get it within five days": the pronoun received takes up the thing just named —
    the caller's turn right before the line, else the sentence before in the paragraph.
    When that names another declared service (or its item), that service is received."""
    if any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") for c in kids(verb)):
        return None
    if not any(c.lower_ in _OBJECT_PRONOUNS and c.pos_ == "PRON" for c in kids(verb)):
        return None
    services, _ = analysis.service_index
    declared = analysis.profile.promises

    def ok(i):
        return services.get(i) not in (None, own, "availability")

    text, char = analysis.text, verb.idx
    turn = _turn_answered_at(analysis, char)
    if turn is not None:
        span = _line_tokens(analysis, *turn)
    else:
        sentence = verb.sent
        paragraph = text.rfind("\n\n", 0, char)
        previous = [s for s in analysis.doc.sents if s.end <= sentence.start
                    and s.start_char > paragraph]
        if not previous:
            return None
        span = range(previous[-1].start, previous[-1].end)
    found = _declared_in(analysis, span, ok)
    if found is None or found[0] == own or found[0] not in declared:
        return None
    if found[1] not in services and _thing_without_its_act(analysis, analysis.doc[found[1]]):
        return None  # « Nous préparons vos anches … comptez 5 jours pour les recevoir »
        # where the service is « réparation d'anche »: new reeds, shipped, not repaired
    return found


def _thing_without_its_act(analysis, token) -> bool:
    """A noun that is only one word of its service's terms, the thing they pair with an
    act (« anche » of « réparation d'anche », "board" of "board repair"), with none of
    those words anywhere in the draft: the thing itself, not that service's work on it.
    The counterpart of `_act_without_its_thing`."""
    partners = _term_partners(analysis, token)
    if not partners:
        return False
    said = {form for t in features.tokens(analysis.doc) if t.i != token.i and t.is_alpha
            for form in (t.lemma_.lower(), t.lower_)}
    # of one family, whatever the form (« réparons » for « réparation », "repaired")
    return not any(_same_family(word, form) for words in partners for word in words
                   for form in said)


def _same_family(a: str, b: str) -> bool:
    """Two words that open on the same five letters or more, the shorter's stem (« répar »
    of « réparation » and « réparons »)."""
    return a == b or len(os.path.commonprefix([a, b])) >= 5


def _relative_antecedent(analysis, verb):
    """The noun a relative clause's verb takes up: its head when the parse says so, else
    the noun right before its relative pronoun (« …de la lampe, que vous recevrez », where
    the small model hangs the clause on the main verb)."""
    if verb.dep_ in ("relcl", "acl:relcl"):
        return verb.head
    relative = next((c for c in kids(verb) if c.i < verb.i
                     and c.lower_ in ("que", "qu'", "qu’", "which")), None)
    if relative is None or relative.i < 1:
        return None
    before = analysis.doc[relative.i - 1]
    if before.text == "," and relative.i >= 2:
        before = analysis.doc[relative.i - 2]
    return before if before.pos_ == "NOUN" else None


def _own_subject_between(analysis, first: int, last: int) -> bool:
    """The brand's own « nous » / "we" is a subject between two words."""
    from brandlint.analysis.frame import words as frame_words  # frame imports promises

    pronouns = frame_words("holders", "brand_pronouns", analysis.language)
    # after a link that opens a clause of its own ("…, so we'll", « …, donc nous »), not
    # the reported clause itself ("the test centre says we'll get a slot")
    links = {",", ";", "so", "and", "then", "but", "donc", "alors", "et", "puis", "mais"}
    words = analysis.doc[first + 1:last]
    return any(t.lower_ in pronouns and t.dep_.startswith("nsubj")
               and any(w.lower_ in links for w in words if w.i < t.i) for t in words)


@functools.cache
def _present_forms_cached(verbs: frozenset, language: str) -> frozenset:
    if language == "fr":
        return frozenset(f for v in verbs if v.endswith("er") for f in (v[:-2] + "e",
                                                                       v[:-2] + "ent"))
    return frozenset(v + ("es" if v.endswith(("s", "sh", "ch")) else "s") for v in verbs)


def _present_forms(verbs: set[str], language: str) -> frozenset:
    """The third-person present of the verbs (« annonce », « indiquent », "quotes")."""
    return _present_forms_cached(frozenset(verbs), language)


def _speaker_before(tokens, index: int, start: int):
    """The noun that says the verb at `index`: the nearest noun or name before it, over
    adverbs and object clitics (« nous annonce »), or the antecedent of a relative."""
    i = index - 1
    while i >= start:
        t = tokens[i]
        if t.lower_ in _RELATIVES and t.pos_ == "PRON":
            i -= 1
            while i >= start and tokens[i].is_punct:
                i -= 1
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        clitic = t.lower_ in _CLITICS and i > start and tokens[i - 1].pos_ in ("NOUN", "PROPN")
        if t.pos_ in ("ADV", "PART") or clitic or t.pos_ == "PRON" and "subj" not in t.dep_ \
                and t.lower_ not in ("we", "i", "je", "on"):
            i -= 1
            continue
        return None
    return None


def _another_party(analysis, speaker, third_parties: set[str]) -> bool:
    if speaker is None:
        return False
    tokens = features.tokens(analysis.doc)
    phrase = [speaker]
    i = speaker.i - 1
    while i >= 0 and tokens[i].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "PRON"):
        phrase.append(tokens[i])
        i -= 1
    if any(t.lower_ in _OWN for t in phrase):
        return False  # « notre transporteur »: the brand's own means
    if any(analysis.vocabulary.names_brand(t.lower_) for t in phrase):
        return False
    if any(t.lemma_.lower() in third_parties or t.lower_ in third_parties for t in phrase):
        return True
    return speaker.pos_ == "PROPN" and speaker.ent_type_ not in ("PER", "PERSON")


def _length_of_an_act(analysis, mention: Mention) -> bool:
    """« nous vous expliquons l'installation en 5 minutes », "a class in 45 minutes":
    *en / in* and a figure measure how long telling, showing or a session lasts, not how
    soon the service acts. Not a deadline (*sous, within, d'ici*)."""
    lowered = mention.text.lower()
    if not lowered.startswith(("en ", "in ")) or not any(ch.isdigit() for ch in lowered) \
            and not re.search(r"\b(?:une?|an?|one|two|three|five|ten|deux|trois|cinq|dix)\b",
                              lowered):
        return False
    lasting = lexicons.words("promises", analysis.language, "lasting_acts")
    node = analysis.doc[mention.start]
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in lasting or node.lower_ in lasting:
            # (« elle sortira de l'atelier en deux semaines »: the workshop left, no session)
            return not _leaves_the_workshop(analysis, node.head)
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
    return False


def _length_of_a_hold(analysis, mention: Mention, index: int) -> bool:
    """« Nous gardons les tables trente minutes après l'heure prévue », "we hold your table
    for fifteen minutes past your slot": the time on a verb of keeping (`holding_acts`)
    measures how long the brand holds a thing, not how soon it acts. Not keeping the
    reader in a state ("we'll keep you posted within 24 hours": an update, timed)."""
    holding = lexicons.words("promises", analysis.language, "holding_acts")
    head = delay_head(analysis, mention)
    verbs = [analysis.doc[index], head]
    if head is not None and head.dep_ in ("acl", "amod") and head.head.dep_ in (
            "obj", "dobj") and head.head.pos_ in ("NOUN", "PROPN"):
        verbs.append(head.head.head)  # « conservons votre table réservée 20 minutes
        # après »: the time hangs on the state of the thing kept
    for verb in verbs:
        if verb is None or verb.pos_ not in ("VERB", "AUX") or \
                verb.lemma_.lower() not in holding:
            continue
        if any(c.dep_ in ("xcomp", "oprd", "ccomp") and c.pos_ in ("VERB", "ADJ")
               for c in kids(verb)):
            continue  # "keep you informed": the reader kept posted
        return True
    return False


def _far_faster(profile, service: str, mention: Mention, exceeds: bool) -> bool:
    """Three times the approximate delay is still faster than the commitment: no
    approximation brings the promise back within it ("about an hour" against five days;
    not "around two weeks" against 30 days)."""
    promise = profile.promises.get(service)
    if not exceeds or promise is None or promise.within is None or mention.hours is None:
        return False
    return mention.hours * 3 < promise.within.hours


def _hedged(analysis, mention: Mention, service_index: int) -> bool:
    """A hedge in the sentence softens the promise, unless it only qualifies another
    thing (« avec le volume estimé », "the estimated weight"): a participle or adjective
    on a noun that is neither the service nor the delay."""
    doc = analysis.doc
    first = doc[mention.start]
    if claims.share_of_a_group(doc, analysis.frame(first).predicate, analysis.language):
        return True  # "most boxes arrive within two days", « certains colis arrivent… »:
        # what holds for a share of them is an estimate, not the service's commitment
    own = (first.idx, _end_char(analysis, mention))
    if not analysis.is_hedged(first, ignore=own):
        return False

    start, end = features.line_bounds(doc, mention.start)
    low, high = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) + 1
    spans = [(s, e) for s, e in analysis.hedge_spans
             if low <= s < high and not own[0] <= s < own[1]]
    return any(not _qualifies_another_noun(doc, s, e, mention, service_index)
               and not _qualifies_a_manner(doc, s, mention, start, end) for s, e in spans)


def _availability_ceiling(analysis, mention: Mention) -> bool:
    """Hours said as the most a plan gives ("Email support: up to 24/7", « Assistance :
    jusqu'à 24 h/24 »): a ceiling over tiers or options, not the hours every customer
    gets. Only availability, and only an extent of hours: "up to 5 days" bounds a delay and
    « jusqu'à 19 h » says when the door closes — both are the promise."""
    if mention.kind != "availability":
        return False
    doc = analysis.doc
    words = lexicons.load("promises")["availability_ceiling"][analysis.language]
    start = max(mention.start - 3, 0)
    before = features.span_text(doc, start, mention.start).lower()
    inside = features.span_text(doc, mention.start, mention.end).lower()
    if not _ROUND_THE_CLOCK.search(inside):
        return False  # « ouvert jusqu'à 19 h », "open up to 7 pm": a closing time, not a
        # ceiling over plans — only an extent of hours ("up to 24/7") can be one
    return any(before.rstrip().endswith(w) or inside.startswith(w) for w in words)


_ROUND_THE_CLOCK = re.compile(
    r"24\s*/\s*7|24\s*h?\s*/\s*24|7\s*j?\s*/\s*7|24\s*(?:hours|heures)|round[- ]the[- ]clock|"
    r"around[- ]the[- ]clock|7\s*days\s*a\s*week|7\s*jours\s*sur\s*7")


_WITHOUT = frozenset({"sans", "without"})


def _qualifies_a_manner(doc, start_char: int, mention: Mention, line_start: int,
                        line_end: int) -> bool:
    """The hedge softens what comes with the act, after the delay (« interviennent dès le
    lendemain, sans abîmer le coffre dans la plupart des cas », "come out the next day,
    usually without damaging the safe"), not the delay: it stands in, or right before,
    a *sans / without* phrase that follows the delay."""
    tokens = features.tokens(doc)
    hedge = next((t for t in tokens[line_start:line_end] if t.idx >= start_char), None)
    if hedge is None:
        return False
    for t in tokens[mention.end:line_end]:
        if t.lower_ in _WITHOUT:
            return t.i <= hedge.i or hedge.i == t.i - 1
    return False


def _qualifies_another_noun(doc, start: int, end: int, mention: Mention,
                            service_index: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    head = word.head
    if "Part" not in features.morph(word).get("VerbForm") and word.tag_ != "VBN":
        return False  # a quantifier ("most claims", « la plupart ») hedges the promise itself
    delay_nouns = lexicons.words("promises", doc.lang_ if doc.lang_ in ("fr", "en")
                                                else "en", "delay_nouns")
    return word.dep_ in ("amod", "acl") and head.pos_ == "NOUN" and \
        head.i != service_index and not mention.start <= head.i < mention.end and \
        head.lemma_.lower() not in delay_nouns and head.lower_ not in delay_nouns


def _a_feeling(analysis, frame, index: int) -> bool:
    """The delay measures how soon the reader feels something (« vous sentir chez vous
    tout de suite », "feel at home straight away"): a verb of feeling governs the clause
    or the service words, not an act of the service."""
    feelings = lexicons.words("promises", analysis.language, "feelings")
    doc = analysis.doc
    return any(w.lemma_.lower() in feelings for w in (doc[frame.predicate], doc[index].head))


# A reply or a call reaches the reader the moment it leaves: its departure is the service.
_SENT_IS_RECEIVED = frozenset({"response", "callback", "availability"})


def _arrival_after(analysis, mention: Mention, services: dict[int, str]) -> bool:
    """Another delay later in the departure's sentence, attached to a service: the time
    the thing that left reaches the reader."""

    _start, end = features.line_bounds(analysis.doc, mention.start)
    return any(mention.end <= other.start < end and other.kind == "delay"
               and attach(analysis, other, services) is not None
               for other in analysis.delay_mentions)


_SENDING = frozenset({"envoyer", "expédier", "poster", "send", "ship", "dispatch", "post"})
_SAME = re.compile(r"\b(?:même|same)\b", re.I)
_A_DATE = re.compile(
    r"\b\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\b\d{1,2}[/.]\d{1,2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b", re.I)


def _prepared(analysis, mention: Mention) -> bool:
    """The mention's clause is about getting the parcel ready (« nous préparons les colis
    le lendemain », "orders are packed the same day"): a step before the delivery."""
    return _clause_says(analysis, mention, "preparations", ("VERB", "NOUN"))


def _clause_says(analysis, mention: Mention, key: str, tags: tuple[str, ...]) -> bool:
    """A word of the promise lexicon's list `key` (lemma or form, tagged one of `tags`)
    in the mention's clause."""
    words = lexicons.words("promises", analysis.language, key)
    return any((t.lemma_.lower() in words or t.lower_ in words) and t.pos_ in tags
               for t in _clause_around(analysis, mention))


def _sent(analysis, mention: Mention) -> bool:
    """The mention's clause is about sending (« nous vous envoyons dès aujourd'hui un
    colis », "we're sending a new box today"), in any of the verb's forms."""
    # (the small French model tags « envoyons » a noun with the lemma « envoyon »)
    return any(t.lemma_.lower() in _SENDING or t.lower_ in _SENDING
               or t.lower_.startswith(("envoy", "expédi")) and t.pos_ in ("VERB", "NOUN")
               for t in _clause_around(analysis, mention))


def _clause_around(analysis, mention: Mention) -> list:
    """The words of the mention's clause, the mention's own left out."""
    start, end = _clause(analysis, mention)
    return [t for t in features.tokens(analysis.doc)[start:end]
            if not mention.start <= t.i < mention.end]


def _same_day_as_a_date(analysis, mention: Mention) -> bool:
    """"The same day", « le jour même » after a calendar date in its sentence ("booked
    for 2 September … the same day", « le 12/11 … le jour même »): that date's day, a
    booked event's, not a delay counted from the reader's request."""

    if not _SAME.search(mention.text):
        return False
    start, _end = features.line_bounds(analysis.doc, mention.start)
    return bool(_A_DATE.search(analysis.text, analysis.doc[start].idx,
                               analysis.doc[mention.start].idx))


def _a_departure(analysis, mention: Mention) -> bool:
    """The parcel leaving the brand (« le colis part sous 24 à 48 h », "it leaves us within
    one to two working days"): one step before the delivery, whose delay is longer; the
    departure is not the time the reader waits. The verb of the mention's clause, in any
    form the small models tag (« part » read as a noun)."""
    return _clause_says(analysis, mention, "departures", ("VERB", "NOUN", "AUX"))


def _made_fresh(analysis, mention: Mention, frame) -> bool:
    """« on cuisine le matin même ce qu'on sert le soir », "cooked that same morning":
    the same moment as the thing is served or sold, on an act of making — how fresh it
    is, not how soon the service acts for the reader."""
    lowered = mention.text.lower()
    if not re.search(r"\b(?:même|same|very)\b", lowered):
        return False
    from brandlint.analysis.frame import _verb_of

    making = frozenset(lexicons.load("promises")[analysis.language]["making"])
    doc = analysis.doc
    return any(_verb_of(w, making, analysis.language)
               for w in (doc[frame.predicate], doc[mention.start].head))


def _self_access(analysis, mention: Mention, index: int) -> bool:
    """Hours of a place, machine or online tool the reader opens on their own, with their
    badge, fob, code or key (« le ponton est accessible 24 h/24 avec votre badge », "the
    gate works round the clock with your fob", « notre agenda en ligne est ouvert
    24h/24 »): access nobody staffs, not the service's availability. Read in the mention's
    clause, or in the clause of the word of hours it hangs on ("book any time, our online
    calendar is open 24/7") when its own says nothing of either; a means of contact
    keeps it a claim (« Assistance de 7 h à 22 h, ou signalement dans l'appli à toute
    heure »: the clause of the mention decides)."""
    own = _clause_self_access(analysis, *_clause(analysis, mention))
    if own is not False:
        return bool(own)
    hung = features.clause_bounds(analysis.doc, index, analysis.language)
    return _clause_self_access(analysis, *hung) is True


def _clause_self_access(analysis, start: int, end: int) -> bool | None:
    """True where the clause names a means the reader uses alone, None where it names a
    means of contact (someone to reach), else False."""
    words = lexicons.load("promises")[analysis.language]
    clause = features.tokens(analysis.doc)[start:end]
    said = {t.lower_ for t in clause} | {t.lemma_.lower() for t in clause}
    line = " " + " ".join(t.lower_ for t in clause) + " "
    # the tool's own words are no means of contact (« agenda en ligne »: not a phone line)
    lowered = [t.lower_ for t in clause]
    covered = set()
    for phrase in (w.split() for w in words["self_access"] if " " in w):
        for i in range(len(lowered) - len(phrase) + 1):
            if lowered[i:i + len(phrase)] == phrase:
                covered.update(range(i, i + len(phrase)))
    rest = [t for i, t in enumerate(clause) if i not in covered]
    if ({t.lower_ for t in rest} | {t.lemma_.lower() for t in rest}) & set(
            words["contact_means"]):
        return None
    if said & set(words["opening_words"]) and said & set(words["place_doors"]):
        return None  # « votre badge vous ouvre les portes 24 h/24 »: the place is open
    return _names_self_access(said, line, words)


def _names_self_access(said: set[str], line: str, words) -> bool:
    return any((w in said) if " " not in w else (f" {w} " in line)
               for w in words["self_access"])


def _clause_services(analysis, mention: Mention, services: dict[int, str],
                     index: int) -> list[int]:
    """The other declared services named in the mention's clause: one delay may bind
    several ("our workshop will have it fixed and back with you in 3 days")."""
    start, end = _clause(analysis, mention)
    declared = analysis.profile.promises
    doc = analysis.doc
    return [i for i in range(start, end) if i in services and i != index
            and services[i] in declared and services[i] != services[index]
            and services[i] != "availability" and not _a_means(doc[i])]


def _shared_services(analysis, mention: Mention, index: int,
                     services: dict[int, str]) -> list[int]:
    """The other declared services the delay holds for: those its head governs (one
    delay may bind several, « il sera réparé et de retour chez vous en 5 jours »); when
    the parse gives the delay no head, the services of its clause and the predicates
    coordinated with its service."""
    declared = analysis.profile.promises
    doc = analysis.doc
    head = delay_head(analysis, mention)
    if head is None:
        return coordinated_services(analysis, index, services, analysis.delay_mentions) + \
            _clause_services(analysis, mention, services, index)
    # Across a clause break, only the predicates whose series the delay closes, and
    # only when the head stands in the delay's own clause: a head the parse finds
    # beyond the break (« nous avons contacté le transporteur et
    # revenons vers vous sous 48 heures », the delay hung on « transporteur »), or a
    # subject or object there ("Reply CALL and our team will ring you back": the
    # reader's reply is no subject of the callback) is the small model's guess.
    start, end = _clause(analysis, mention)
    crossed = not start <= head.i < end
    return [i for i, order in head_services(analysis, mention).items() if i != index
            and (start <= i < end or order == 0 and not crossed)
            and services[i] in declared and services[i] != services[index]
            and services[i] != "availability" and not _a_means(doc[i])] + [
        i for i in _coordinated_subjects(doc[index]) if i in services
        and services[i] in declared and services[i] not in (services[index], "availability")]


def _coordinated_subjects(verb) -> list[int]:
    """The words of the subjects coordinated before the service's verb, and the nouns
    they are of (« votre certificat de parrainage et le premier pot arrivent chez vous »,
    "your adoption certificate and first jar arrive"): what arrives, each with its own
    commitment; only where the subject is coordinated. The verb is the service word's
    own, or the one its phrase hangs on (« chez vous » of « arrivent »)."""
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    out = []
    def determined(word) -> bool:  # "your card", « le premier pot »; not "Reply CALL"
        return word.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("det", "poss", "nmod:poss") for c in kids(word))

    for subject in kids(verb):
        if not subject.dep_.startswith("nsubj"):
            continue
        conjuncts = [c for c in kids(subject) if c.dep_ == "conj"]
        if not conjuncts or not all(map(determined, (subject, *conjuncts))):
            continue
        for word in (subject, *conjuncts):
            out += [word.i, *(g.i for g in kids(word) if g.dep_ in ("nmod", "compound"))]
    return out


_MEANS = frozenset({"par", "by", "via"})


def _a_means(token) -> bool:
    """« restitué par virement », "returned by bank transfer": how the service is done,
    not a second service."""
    return any(c.dep_ == "case" and c.lower_ in _MEANS for c in kids(token)) or (
        token.i > 0 and token.doc[token.i - 1].lower_ in _MEANS)


def _verbless(analysis, mention: Mention) -> bool:
    start, end = _clause(analysis, mention)
    return not any(t.pos_ in ("VERB", "AUX") for t in features.tokens(analysis.doc)[start:end]
                   if not mention.start <= t.i < mention.end)


def _end_char(analysis, mention: Mention) -> int:
    last = analysis.doc[mention.end - 1]
    return last.idx + len(last.text)


def _verb_form(token) -> bool:
    """A verb, whatever the small French model tags it (« Échangez » as a noun), not a
    noun it took for an imperative (« livraison dès demain »), nor a noun its preposition
    marks as one (« vos chopes coulées sur commande seront prêtes », the small model's
    "commande" a verb: a verb takes no case marker)."""
    if any(c.dep_ == "case" for c in kids(token)):
        return False
    return token.pos_ in ("VERB", "AUX") or "Imp" in features.morph(token).get("Mood") or \
        token.lower_.endswith(("ez", "ons")) and token.is_alpha


_RECEIVING = frozenset({"recevoir", "obtenir", "récupérer", "toucher", "avoir", "receive",
                        "get", "have", "obtain", "collect"})


# acts only the brand performs: the small models read a verbless "Refund to your card
# within the day" as an order to the reader, who cannot refund or deliver to themselves
_BRANDS_OWN_ACTS = frozenset({"refund", "rembourser", "deliver", "livrer"})


def _under_hours_heading(analysis, mention: Mention) -> tuple[str, int] | None:
    """Hours listed right under a heading that names them ("## Opening hours" over
    "Tuesday to Saturday, 10am–7pm", « Horaires d'ouverture » over « du mardi au samedi,
    10 h–19 h »): the place's opening hours, the heading as their service word. The
    heading is its own line and says nothing else; the hours open the line below."""
    if mention.opens is None and mention.closes is None and not mention.days:
        return None
    doc = analysis.doc
    line_start, _ = features.line_bounds(doc, mention.start)
    words = [t for t in doc[line_start:mention.start] if not (t.is_punct or t.is_space)]
    if len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # the hours open their line (after at most the days they keep)
    i = line_start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    heading_start, heading_end = features.line_bounds(doc, i)
    heading = re.sub(r"\s+", " ", features.span_text(doc, heading_start, heading_end)
                     .strip(" \t\n#*:_").lower())
    headings = lexicons.load("promises")[analysis.language].get("hours_headings", ())
    if heading not in headings:
        return None
    first = next(t for t in doc[heading_start:heading_end]
                 if not (t.is_punct or t.is_space or t.text.strip("#") == ""))
    return "availability", first.i


_CLOCK_AFTER = re.compile(r"\s*(?:matin|après-midi|soir|morning|afternoon|evening)?\s*"
                          r"(?:à|at|vers|around)?\s*\d{1,2}(?:\s*h\b|\s*[ap]\.?m\b|[:.]\d\d)",
                          re.I)


def _times_the_arranging(analysis, mention: Mention, service: str | None = None) -> bool:
    """« Nous demandons une date d'examen cette semaine », "I'll confirm the date by
    tomorrow": the delay hangs on a verb that arranges the service — a request made to
    another party, a date fixed for the reader (the verb's object a date or a slot that
    is no service's word), or a day and hour put to the reader to book — so it times the
    arranging, not the service itself (« nous confirmerons votre réservation sous 24 h »
    is the booking's own act, and so is « nous vous confirmons la nouvelle date » for
    `rebooking: {terms: [nouvelle date]}`: both keep their reading)."""
    head = delay_head(analysis, mention)
    for _ in range(2):  # « … pour vous cette semaine »: hung on the verb's complement
        if head is None or head.pos_ == "VERB" or head.head.i == head.i:
            break
        head = head.head
    if head is None or head.pos_ != "VERB":
        return False
    table = lexicons.load("promises")[analysis.language].get("arranging") or {}
    lemma = head.lemma_.lower()
    if lemma in table.get("requests", ()):
        return True
    if lemma in table.get("slot_offers", ()) and _CLOCK_AFTER.match(
            analysis.text, analysis.doc[mention.end - 1].idx + len(analysis.doc[mention.end - 1])):
        return True  # « je peux vous proposer demain 9 h », "I can offer tomorrow at 9am"
    services = analysis.service_index[0]
    return lemma in table.get("fixing", ()) and any(
        c.dep_ in ("obj", "dobj") and c.lemma_.lower() in table.get("dates", ())
        and c.i not in services for c in kids(head)) or _a_call_set_to_fix_a_date(
            analysis, mention, table) and not _later_than_committed(analysis, mention, service)


def _later_than_committed(analysis, mention: Mention, service: str | None) -> bool:
    """The call comes later than the commitment of the service it is held to (« un
    technicien vous rappellera en début de semaine prochaine pour convenir d'un nouveau
    créneau » where the profile promises a callback within 4 h): a call set to fix a date
    promises no speed, but one slower than the brand's word is still a slow step (BL408)."""
    promise = analysis.profile.promises.get(service) if service else None
    within = getattr(promise, "within", None)
    return within is not None and mention.hours is not None and \
        mention.hours > within.hours + 1e-9


def _a_call_set_to_fix_a_date(analysis, mention: Mention, table) -> bool:
    """« Nous vous appelons demain pour fixer le créneau », "we'll ring you tomorrow to
    agree on a time": a contact set for a day (a day named, not a counted delay nor a
    time within the day) whose purpose, said right after it, fixes a date or a slot
    (`purposes`, then a verb of `fixing`, then a word of `dates`): the call arranges the
    service already timed — the day it comes is the arranging's, no callback speed. A
    callback counted (« dans l'heure pour fixer le créneau ») or set within the day
    ("before lunch to arrange a visit") is still a speed promised."""
    if mention.counted or mention.bare or mention.same_day or mention.hours is None or \
            mention.hours < 24:
        return False
    doc = analysis.doc
    end = doc[mention.start].sent.end
    window = features.tokens(doc)[mention.end:min(mention.end + 7, end)]
    purposes = set(table.get("purposes", ()))
    fixing, dates = set(table.get("fixing", ())), set(table.get("dates", ()))
    for k, t in enumerate(window):
        if t.lower_ in (";", ".", "!", "?"):
            return False
        if t.lower_ not in purposes or k + 1 >= len(window):
            continue
        verb = window[k + 1]
        if verb.lower_ in fixing or verb.lemma_.lower() in fixing:
            after = features.tokens(doc)[verb.i + 1:min(verb.i + 5, end)]
            return any(w.lower_ in dates or w.lemma_.lower() in dates for w in after)
    return False


def _step_after_a_refusal(analysis, mention: Mention) -> bool:
    """« Je ne peux pas vous garantir une publication avant vendredi… Je demande à Yanis de
    vous envoyer le montage ce soir », "I can't promise the frame will be repaired by
    Saturday… I'll check with the workshop this afternoon": on a service channel, the
    brand has declined a firm commitment in its own voice (a verb of
    `refused_commitments`, negated, said before the delay); the time points it then names
    (« ce soir », « dès demain », "this afternoon": no counted delay, no immediacy, no
    "same day") are the next steps it takes on this case, not a service level it holds
    itself to. A counted delay after the refusal (« vous aurez une réponse dans deux
    heures ») still promises one."""
    if not analysis.channel.service or mention.counted or mention.bare or mention.same_day \
            or mention.periodic or mention.counted_from or not mention.hours:
        return False
    verbs = lexicons.load("promises")[analysis.language]["refused_commitments"]
    for token in analysis.doc[:mention.start]:
        lemma = token.lemma_.lower()
        # (the small French model lemmatises « promettre » as « promettr »)
        if token.pos_ in ("VERB", "AUX") and (lemma in verbs or any(
                lemma.startswith(v[:-2]) for v in verbs if len(v) > 6)) and \
                analysis.is_negated(token) and not analysis.in_customer_turn(token) and \
                not analysis.is_quoted(token) and analysis.frame(token).speaker == "brand":
            return True
    return False


def _carries_the_thing(analysis, other: int, index: int, services: dict[int, str]) -> bool:
    """« Votre bon cadeau arrive sous 24 h », "your e-tickets will be sent within 48
    hours" for `gift_voucher: {terms: [bon cadeau]}`: the built-in act (a delivery, a
    sending) whose subject or object is the thing of the profile's own service is how that
    service comes to the reader, not a second service the delay also times."""
    if services[other] not in BUILTIN_SERVICES:
        return False
    doc = analysis.doc
    top = other  # the word of the phrase the others hang on ("be" of "be with you")
    for _ in range(3):
        head = doc[top].head.i
        if head == top or services.get(head) != services[other]:
            break
        top = head
    # ("your samples will be with you in 3 days": the thing the subject of the verb that
    # brings it, or the two words side by side under one verb)
    return any(doc[index].head.i == o or doc[o].head.i == index for o in (other, top)) or (
        "subj" in doc[index].dep_ and doc[index].head.i == doc[top].head.i != doc[index].i)


def _case_it_is_for(analysis, mention: Mention, services: dict[int, str]) -> tuple[str, int] | None:
    """« Pour un nid de guêpes, un technicien intervient dans les 24 heures », "For a wasp
    nest, our technician will be with you within 24 hours": a phrase set before the act
    with « pour » / "for" names the case the act is done for; where that case is a service
    the profile declares with its own commitment, the act's time is that service's, not
    the generic visit's. Only a fronted phrase (set off by a comma before the verb the
    delay hangs on), so "we come for the nest removal within 48 hours" keeps its reading."""
    head = delay_head(analysis, mention)
    if head is None:
        return None
    doc = analysis.doc
    scopes = lexicons.load("promises")[analysis.language].get("case_scopes", ())
    for word in doc[max(head.i - 25, 0):min(head.i, mention.start)]:
        if word.lower_ not in scopes:
            continue
        noun = word.head if word.dep_ == "case" else next(
            (c for c in kids(word) if c.dep_ == "pobj"), None)
        verb = noun.head if noun is not None and word.dep_ == "case" else word.head
        if noun is None or verb.i != head.i or noun.i > head.i:
            continue
        phrase = range(noun.left_edge.i, noun.right_edge.i + 1)
        if not any(t.text == "," for t in doc[noun.i + 1:head.i]):
            continue
        named = [(services[i], i) for i in phrase if i in services
                 and services[i] in analysis.profile.promises
                 and services[i] not in BUILTIN_SERVICES]
        if len({name for name, _ in named}) == 1:
            return named[0]
    return None


_PHONE_NUMBER = re.compile(r"(?<![\w/])\+?\(?\d[\d .\-()]{7,}\d(?![\w/])")


def _brands_own_round_the_clock(analysis, mention: Mention) -> tuple[str, int] | None:
    """"We fly round the clock", « nous intervenons 24 h/24 », "someone is at the desk
    24/7": hours named whole (`clock_named`: 24 of them, day and night) said of the
    brand's own act, or of its staff on duty, in its own voice, are its availability even
    where no service word is named. Dropped when the clause is someone else's (a third
    party's, the product's: "the app works 24/7"), told of the past, negated, or not a
    statement or a promise (a question, advice); and for the looser words of always
    (« en continu », "anytime"), which as often say how an act runs as when it is open."""
    if not mention.always_hours:
        return None
    table = lexicons.load("promises")[analysis.language]["availability"]
    lowered = mention.text.lower()
    if not any(phrase.lower() in lowered for phrase in table.get("clock_named", ())):
        return None
    frame = analysis.frame(analysis.doc[mention.start])
    predicate = analysis.doc[frame.predicate]
    staff = table.get("staff_indefinites", ())
    # the subject, or the words that open the clause up to its verb (the French model
    # splits « quelqu'un » and garbles its parse)
    opening = features.span_text(analysis.doc, frame.start, predicate.i).strip().lower()
    on_duty = opening in staff or any(
        t.dep_.startswith("nsubj") and t.lower_ in staff for t in predicate.children)
    if frame.speaker != "brand" or not (frame.holder in ("brand", "service") or on_duty) or \
            frame.time == "past" or frame.polarity != "affirmed" or \
            frame.act not in ("promise", "statement"):
        return None
    return "availability", frame.predicate


def _number_to_call(analysis, mention: Mention) -> int | None:
    """« Urgences 24 h/24, 7 j/7 au 02 47 00 00 00 », "Emergencies 24/7 on 01632 960 000":
    a phone number on the hours' line is the way to reach the service at those hours
    (nine digits or more, as a phone number has; not a date, an amount or a time). The
    index of the number's first token, or None."""

    doc = analysis.doc
    start, end = features.line_bounds(doc, mention.start)
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    for found in _PHONE_NUMBER.finditer(analysis.text, first, last):
        if 9 <= sum(ch.isdigit() for ch in found.group()) <= 15:
            return next((t.i for t in doc[start:end] if t.idx >= found.start()), None)
    return None


_OWNER_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "notre", "nos", "votre", "vos",
                                 "son", "sa", "ses", "leur", "leurs", "un", "une", "the", "our",
                                 "your", "its", "their", "a", "an"})
_HOLIDAYS = frozenset({"holiday", "holidays", "day", "days", "jour", "jours", "férié", "fériés"})


def hours_run_by_another(analysis, mention: Mention) -> bool:
    """Opening hours said, on their sentence, of a service another party runs: its owner
    or provider named (`third_parties`, `hours_operators`: "our insurer's assistance
    line, open 24/7", « l'assistance de notre assureur, joignable 24h/24 », "provided by
    our insurer's partner", « assurée par notre partenaire »), or a public service (« ce
    service national fonctionne 24h/24 »). The brand points the reader to someone
    else's line: those hours are theirs to keep, not its service's."""
    if mention.kind != "availability":
        return False
    table = lexicons.load("promises")[analysis.language]
    owners = {w.lower() for w in (*table["third_parties"], *table["hours_operators"])}
    ties = {w.lower() for w in table["hours_owner_ties"]}
    public = {w.lower() for w in table["public_services"]}
    tokens = features.tokens(analysis.doc)
    start, end = features.line_bounds(analysis.doc, mention.start)
    for t in tokens[start:end]:
        if mention.start <= t.i < mention.end:
            continue
        if t.lower_ in public and t.pos_ == "ADJ" and t.dep_ == "amod" and \
                t.head.pos_ == "NOUN" and t.head.lower_ not in _HOLIDAYS:
            return True  # « ce service national », "the national gas emergency line"
        if t.lower_ not in owners and t.lemma_.lower() not in owners:
            continue
        if t.i + 1 < len(tokens) and tokens[t.i + 1].lower_ in ("'s", "’s"):
            return True  # "our insurer's assistance line"
        i = t.i - 1
        while i >= start and t.i - i <= 2 and tokens[i].lower_ in _OWNER_DETERMINERS:
            i -= 1
        if i >= start and tokens[i].lower_ in ties:
            return True  # « de notre assureur », « par notre partenaire », "by our partner"
    return False


def _window_given(analysis, mention: Mention, index: int) -> bool:
    """The delay times an act that admits the customer's own (« retour accepté sous 14
    jours », "returns accepted within 30 days in their original packaging"): a window
    the customer is given. The act is the service word, or the verb the delay hangs on —
    a noun after it (« dans l'emballage d'origine ») is not what is timed."""
    acts = lexicons.load("promises")[analysis.language]["window_acts"]
    words = analysis.doc[mention.start:mention.end]
    governors = {t.head for t in words if not mention.start <= t.head.i < mention.end}
    return analysis.doc[index].lemma_.lower() in acts or any(
        g.pos_ in ("VERB", "ADJ") and (g.lemma_.lower() in acts or g.lower_ in acts)
        for g in governors)


def _in_a_name(analysis, mention: Mention) -> bool:
    """The time word opens a name in title case that the draft uses as a name — the same
    words capitalised again inside a sentence ("Instant Answers" as a heading, then "look
    for the Instant Answer above the results"): a feature's or an offer's name, not a
    time the brand holds itself to. Only a time said in one word ("instant"), and only for
    a service the profile declares no time for (`find_promises`)."""
    doc = analysis.doc
    if mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    first, second = doc[mention.start], doc[mention.end]

    def titled(t) -> bool:
        return t.is_alpha and t.text[:1].isupper() and not t.is_upper

    if not (titled(first) and titled(second)):
        return False
    for t in features.tokens(doc)[:-1]:
        if t.i == first.i or t.is_sent_start or t.i == 0 or \
                "\n" in doc[t.i - 1].text_with_ws or not titled(t):
            continue
        after = doc[t.i + 1]
        if t.lower_ == first.lower_ and titled(after) and \
                _singular(after.lower_) == _singular(second.lower_):
            return True  # (singular or plural: the model may take either for a name)
    return False


def _singular(word: str) -> str:
    """An English noun's singular, by its ending ("replies" -> "reply", "answers")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def find_promises(analysis) -> list[Promise]:
    services, phrase_starts = analysis.service_index
    promises = []
    for mention in analysis.delay_mentions:
        attached, named_act = attach(analysis, mention, services), False
        own = None if attached is not None else _own_action(analysis, mention)
        if attached is None and not mention.bare and not _item_of_declared_service(
                analysis, mention) and not (mention.kind == "delay" and _declared_by_own_words(
                    analysis, mention, sentence=False)):
            # no service word, and no declared service's item or word either: the act
            # named ("Keys copied in 3 minutes") is the service
            # — where the brand's own act is not read already: that one is held to the
            # fastest commitment ("get fitted for your costume within 5 days")
            attached = _declared_in_line_above(analysis, mention, services)
            if attached is None and own is None:
                attached = _act_named(analysis, mention)
                named_act = attached is not None
                attached = attached or _pledged_act(analysis, mention)
        inferred = attached is None
        if attached is not None:
            own = None
        if own is not None and own[0] not in analysis.profile.promises:
            # "## Emergency plumbing\n…our engineers reach you within 3 hours": the act
            # the title's declared service performs
            titled = _declared_in_line_above(analysis, mention, services, named=False)
            if titled is not None:
                own, inferred = titled, False
        attached = attached or own or (
            None if mention.bare else _item_of_declared_service(analysis, mention))
        # "Same-hour glasses", « vos lunettes montées en 1 h »: the item of a declared service
        if attached is None and not mention.bare and mention.kind == "delay":
            attached = _declared_by_own_words(analysis, mention, sentence=False)
        given_back = _worked_on_given_back(analysis, mention, services)
        if given_back is not None and (attached is None or not _works_on_a_thing(
                analysis.profile, attached[0]) or attached[1] not in services
                and given_back[1] in services):
            attached, inferred = given_back, False  # the thing given back after the work
            # (the work the draft names, not a declared item the thing's noun is a word of:
            # "Repairs need the resin to cure, so your board will be back with you…")
        ready, from_ready = _made_ready(analysis, mention), False
        if ready is not None:
            # "It'll be ready in 4 days", « votre enseigne sera prête en 3 semaines »,
            # "Ready in three weeks.": the time the brand's work on the thing ends — the
            # declared service that works on things, named before it in the draft, or the
            # work itself, a service nobody declared (not the parcel the pronoun's
            # antecedent was received in: "We've received your coat… It'll be ready")
            clause_start, clause_end = _clause(analysis, mention)
            elsewhere = attached is not None and attached[0] in BUILTIN_SERVICES and not \
                clause_start <= attached[1] < clause_end
            if attached is None or elsewhere or attached[0] not in BUILTIN_SERVICES and \
                    attached[0] not in analysis.profile.promises:
                readied = _readied_by_declared(analysis, mention, services)
                if readied is not None:
                    attached, inferred, from_ready = readied, False, True
                elif attached is None or elsewhere:
                    attached, inferred = (ready.lemma_.lower(), ready.i), True
        if attached is None and mention.kind == "availability":
            attached = _under_hours_heading(analysis, mention)
        if attached is None and mention.kind == "availability":
            attached = _brands_own_round_the_clock(analysis, mention)
        if attached is None and mention.kind == "availability":
            number = _number_to_call(analysis, mention)
            attached = None if number is None else ("availability", number)
        if attached is None:
            continue
        service, index = attached
        if service not in analysis.profile.promises and _in_a_name(analysis, mention):
            continue  # "Instant Answers": a feature's name, where the profile holds the
            # brand to no time for it ("Instant Delivery" against a declared delivery
            # time stays judged)
        if hours_run_by_another(analysis, mention):
            continue  # "our insurer's assistance line, open 24/7": another party's hours
        if mention.kind == "delay" and service in analysis.profile.promises and all(
                services.get(i) == service for i in range(mention.start, mention.end)):
            continue  # "engraving while you wait", a term the profile itself gives the
            # service: its name, the time it takes is the commitment the profile states
        if mention.kind == "delay" and service not in analysis.profile.promises and \
                _the_reader_does_it(analysis, index):
            continue  # "you can set up a credit card in a few minutes", « vous pouvez
            # installer l'application en 5 minutes »: the reader's own act, its effort
        case = _case_it_is_for(analysis, mention, services)
        if case is not None and case[0] != service:
            service, index = case  # the generic act the verb names is not timed apart
        if service not in analysis.profile.promises and _window_given(analysis, mention, index):
            continue  # « retour accepté sous 14 jours »: a window given to the customer
        received = _received_service(analysis, index, services)
        if received is not None:
            service, index = received  # "you will receive your written quote within 48
            # hours": the quote is what comes, not a delivery
        made = _made_item_delivered(analysis, mention, service, services, index)
        if made is not None:
            service, index = made  # « vos flèches sur mesure … elles sont chez vous en 5
            # jours »: the item is made to order, its own commitment holds
        if service == INFORMATION or mention.kind == "delay" and times_a_message(
                analysis, mention, index, services):
            continue  # « je vous envoie la référence par SMS tout de suite »: a message;
            # "an automatic confirmation email arrives instantly; we then reply…": the
            # message is timed, not the reply the parse hangs it on
        if mention.bare and not bare_is_bound(mention, index):
            continue
        if mention.counted_from and not from_ready and index not in head_services(
                analysis, mention) and not \
                _clause(analysis, mention)[0] <= index < _clause(analysis, mention)[1]:
            continue  # « les œufs éclosent 10 jours après la ponte : le second passage… »:
            # a time counted from an event holds for the service of its own clause only
        if mention.counted_from and the_event_counted_from(analysis, mention, index):
            continue  # « expirera 3 mois après le traitement du dossier », "results go up
            # 30 minutes after the final": the service named after « après » is the event
            # the time is counted from, not the act it times — after a delay's preposition
            # too (« suivront sous 5 jours après votre réponse », "within 3 days after your
            # reply": the reader's answer starts the count, it is no reply of the brand's)
        if service not in analysis.profile.promises:
            # « Vos lunettes arrivent chez vous sous 10 jours » where the profile declares
            # no delivery but `glasses_ready: {terms: [lunettes prêtes]}`: the item the
            # declared service is about, named in the clause, brings its commitment;
            # else a word of a declared service's own terms in the clause or sentence
            # — the act named on the reader's thing (« votre arrêté obtenu en 8 jours,
            # affiché sur le chantier ») is its own service: a declared service's word
            # in another clause of the sentence does not claim it
            service, index = _item_of_declared_service(analysis, mention) or (
                _kind_of_declared_item(analysis, index)) or (
                _thing_of_act_named(analysis, index, services) if named_act else None) or (
                None if mention.bare else _declared_by_own_words(
                    analysis, mention, sentence=not named_act)) or (
                None if mention.bare or mention.kind != "delay" else _asked_in_question_before(
                    analysis, mention, lambda i: i in services
                    and services[i] != "availability")) or (
                None if mention.bare or mention.kind != "delay" else _sheet_title_service(
                    analysis, mention, index, services)) or (
                _money_of_a_refund(analysis, mention, index, services)) or (service, index)
        if the_event_counted_from(analysis, mention, index):
            continue  # after a delay's preposition too (the act the page names, « Plantation
            # à domicile » over « Comptez une semaine après la signature de votre devis »,
            # claimed first)
        first = analysis.doc[mention.start]
        governing = analysis.doc[index]
        if analysis.is_negated(first) or analysis.is_negated(governing) \
                or _under_a_negated_verb(analysis, first) \
                or _verbless(analysis, mention) and _reported_as_done(analysis, governing):
            continue
        if mention.kind == "delay" and counterfactual(governing, analysis.language):
            continue  # « ce que vous auriez reçu cette semaine », "what you would have
            # received this week": what would have happened, no time held to
        if mention.kind == "delay" and (_before_an_event(analysis, mention) or _done_by_reader(
                analysis, index) or _denied_right_before(analysis, mention)):
            continue  # « annulée dans les 24 heures précédant l'intervention »: a cut-off;
            # « effectué par votre filleul dans les 6 mois »: the customer's window; « pas
            # nécessairement le jour même »: a caveat
        if mention.kind == "delay" and _times_a_condition(analysis, mention, index, services):
            continue  # "they come back to life if they're switched off straight away": when
            # the condition is met, not how soon the service acts
        frame = _frame_qualified(analysis, mention)
        if mention.kind == "delay" and _times_the_arranging(analysis, mention, service):
            continue  # "we'll request a test date this week": the request is timed
        if mention.kind == "delay" and _step_after_a_refusal(analysis, mention):
            continue  # "I can't guarantee publishing before Friday… I'll ask Yanis to send
            # you the edit tonight": a next step after a declined commitment
        if mention.kind == "delay" and _reported_by_another(analysis, mention):
            continue  # « Colissimo annonce une livraison sous 48 h »: the carrier's word
        if not frame.binds_service and not (
                mention.kind == "availability" and _reader_reaches_brand(analysis, frame)):
            continue  # quoted, a booked event, a question, the customer's story
        if mention.kind == "delay" and done_in_the_call(analysis, mention):
            continue  # "I have it here, I'll answer your question right away", « je
            # regarde ça tout de suite »: the agent's act on the line, the call going on
        if mention.kind == "delay" and _a_feeling(analysis, frame, index):
            continue  # « pour vous sentir chez vous tout de suite »: how the reader feels
        if mention.kind == "delay" and _length_of_an_act(analysis, mention):
            continue  # « on vous explique l'installation en 5 minutes »: how long it lasts
        if mention.kind == "delay" and _length_of_a_hold(analysis, mention, index):
            continue  # « nous gardons la table trente minutes après l'heure »: a hold
        if mention.kind == "delay" and mention.bare and _FOR_A_WHILE.search(
                analysis.text, 0, analysis.doc[mention.start].idx):
            continue  # "caches responses for 60 seconds", « pendant 60 secondes »: how long
            # a state lasts, no service's deadline (a window's length stays a mention)
        if mention.kind == "delay" and _EVERY.search(
                analysis.text, 0, analysis.doc[mention.start].idx):
            continue  # "1 order every 36 seconds", « toutes les 36 secondes »: how often,
            # a period, no deadline
        if mention.periodic and service not in analysis.profile.promises:
            continue  # « on publie deux fois par semaine »: how often, and no commitment
            # of the profile's is a period to hold it to (« des photos deux fois par jour »
            # against `photo_update: {within: 24h}` is)
        if mention.kind == "delay" and _a_departure(analysis, mention) and (
                service == "delivery" or service not in _SENT_IS_RECEIVED
                and _arrival_after(analysis, mention, services)):
            continue  # « le colis part sous 48 h », "it leaves us within two days": the
            # dispatch of what travels; « la bouteille de remplacement part cette semaine et
            # vous arrivera sous 10 jours »: the arrival said after it is what is judged
        if mention.kind == "delay" and service == "delivery" and (
                _sent(analysis, mention) or _prepared(analysis, mention)) and \
                _arrival_after(analysis, mention, services):
            continue  # « nous vous envoyons dès aujourd'hui un colis, livré sous 72 h »:
            # when it is sent; the arrival said after it is what the reader waits for
        if mention.kind == "delay" and _same_day_as_a_date(analysis, mention):
            continue  # "booked for 2 September, and we will fit a guard the same day"
        if mention.kind == "delay" and _made_fresh(analysis, mention, frame):
            continue  # « cuisiné le matin même »: how fresh, not how fast
        if mention.kind == "delay" and _period_given(analysis, mention):
            continue  # "our 30-day money-back guarantee": time the reader has to ask
        if mention.kind == "delay" and _time_granted(analysis, mention):
            continue  # "the claimant has 10 days to respond": time another party is given
        if mention.kind == "delay" and _effort_of_an_act(analysis, mention):
            continue  # "a little time (10 minutes to install and discover the site)",
            # « 5 minutes pour découvrir le site »: the effort the act asks of whoever
            # does it, the reader — not the brand's service time
        if mention.kind == "availability" and _readers_right(analysis, frame):
            continue  # "you may ask us to delete it at any time": the reader's right
        if mention.kind == "availability" and _place_hours(analysis, mention):
            continue  # « Boutique ouverte du mardi au samedi, 10 h – 19 h »: the shop's hours
        if mention.kind == "availability" and _qualifies_a_thing(analysis, mention, services):
            continue  # "the 24/7 nature of the work", « le rythme 24h/24 de la salle de
            # marché »: the hours describe that noun, nobody is offered to be reached
        if mention.kind == "availability" and _comes_in(analysis, mention):
            continue  # "the emails we receive every day", « les demandes qui arrivent tous
            # les jours »: what the brand receives, counted; no service offered at those hours
        if mention.kind == "availability" and _what_is_done(analysis, mention):
            continue  # "what we're doing every day", « ce que nous faisons tous les jours »:
            # the brand's work named, nobody offered to be reached
        if mention.kind == "delay" and _a_refusal(analysis, mention, frame, governing):
            continue  # "requests for that hostname will be rejected immediately": how soon
            # something is turned down, no service delivered
        if mention.kind == "availability" and _self_access(analysis, mention, index):
            continue  # "the pontoon gate works round the clock with your fob": no one to reach
        if frame.holder == "customer" and frame.act in ("invitation", "advice") \
                and index == frame.predicate and _verb_form(governing) \
                and governing.lemma_.lower() not in _RECEIVING | _BRANDS_OWN_ACTS:
            # the reader is told to do it: "swap it next week", « échangez-le d'ici
            # lundi »; but « recevez-le demain » is the brand's delivery, seen from home
            continue
        if frame.modality == "conditional" and _readers_act_told(analysis, governing):
            continue  # « si la courbe reste plate demain, répondez à ce message », "if it's
            # still flat tomorrow, just reply here": the time is the condition's, and the
            # act it leads to is the reader's, told to them — no service of the brand's
        if service == "callback" and service not in analysis.profile.promises and \
                "response" in analysis.profile.promises and _calls_back(analysis.doc[index]):
            service = "response"  # « on vous rappelle sous 48 h » where the profile holds
            # the brand to a response time and says nothing of callbacks: a reply by phone
            # (a call with a task of its own, « nous vous appelons demain pour valider le
            # dessin », stays a callback nobody declared)
        declared, exceeds, committed = compare(analysis.profile, service, mention)
        if not exceeds and index in services and received is None and case is None:
            # "il sera réparé et de retour chez vous en 5 jours": both count
            others = [i for i in _shared_services(analysis, mention, index, services)
                      if _answer_about(analysis, i, services) != index
                      and not the_event_counted_from(analysis, mention, i)
                      and not _handling_of_antecedent(analysis, mention, index, i,
                                                      services)
                      and not _readers_act_told(analysis, analysis.doc[i])
                      and not _timed_by_another(analysis, mention, i)]  # the topic
            # of the answer is not served in that delay, nor is the event the time is
            # counted from (« dossier d'aide sous 10 jours après l'audit »: the audit),
            # nor the reader's own act ("just reply here and we'll call you within…")
            if service not in BUILTIN_SERVICES:
                # « à votre porte » beside the profile's own service: where it comes
                others = [i for i in others if not _place_phrase(analysis, i)
                          and not _carries_the_thing(analysis, i, index, services)]
            for other in others:
                result = compare(analysis.profile, services[other], mention)
                if result[1]:
                    service, index = services[other], other
                    declared, exceeds, committed = result
                    break
        hedged = _hedged(analysis, mention, index) or _availability_ceiling(
            analysis, mention) or mention.kind == "delay" and bool(
            _APPROXIMATE.search(mention.text)) and not _far_faster(
                analysis.profile, service, mention, exceeds)
        # « dans environ 3 jours », "in about 2 days": approximate, not firm; but "in about
        # an hour" against five days is firmly faster, whatever the approximation
        # « à la minute où vous payez », "the moment your payment goes through": the
        # moment's own clause is no condition on the promise; the service's clause may be
        moment = mention.text.lower() in _tables(analysis.language)["reader_moments"]
        # a priced option ("Express (+£6): next-day delivery") buys a faster level of a
        # declared service, whose commitment holds without it; a service the profile does
        # not declare, sold as the option (« Option vidéo (+39 €) : le film vous est envoyé
        # sous 48 h »), has no level but that one: the price is no condition on it
        conditional = analysis.is_conditional(
            governing if moment else first, priced=service in analysis.profile.promises)
        if exceeds and mention.kind == "delay":
            occasion = _occasion_before(analysis, mention, promises)
            if occasion is not None:
                # "a home visit within 5 days … she can adjust your aids on the spot": the
                # act is done at that visit, as soon as the visit comes
                exceeds = compare(analysis.profile, service, dataclasses.replace(
                    mention, hours=occasion.mention.hours, dated=occasion.mention.dated))[1]
        promises.append(Promise(mention, service, index, declared, exceeds, committed,
                                hedged, conditional,
                                phrase_starts.get(index, index), inferred))
    promises = _first_steps(analysis, promises)
    return promises + _booking_lead_times(analysis, services, promises)


def _first_steps(analysis, promises: list[Promise]) -> list[Promise]:
    """"Our team will make the collapsed section safe this week, and the rebuild will be
    complete within four weeks", « on passe sécuriser le pan effondré cette semaine, et le
    remontage sera terminé sous quatre semaines »: where one sentence times a declared
    service twice, the later time within its commitment and longer, the earlier, shorter
    time is a first step of it — the whole service is given the time the profile holds it
    to, nothing is promised faster."""
    declared = analysis.profile.promises
    out = []
    for p in promises:
        if p.exceeds and p.mention.kind == "delay" and p.service in declared and \
                p.service not in BUILTIN_SERVICES and p.mention.hours is not None:
            sentence = analysis.doc[p.mention.start].sent
            whole = [q for q in promises if q is not p and q.service == p.service
                     and q.mention.kind == "delay" and not q.exceeds and not q.hedged
                     and q.mention.hours is not None and q.mention.hours > p.mention.hours
                     and q.mention.start > p.mention.end
                     and analysis.doc[q.mention.start].sent.start == sentence.start]
            if whole:
                p = dataclasses.replace(p, exceeds=False)
        out.append(p)
    return out


@functools.cache
def _booking_lead_pattern(language: str) -> re.Pattern:
    """"Book as late as two weeks before", « Réservez jusqu'à 10 jours avant la date »,
    "book at least 3 weeks in advance": the latest the reader may book, or the notice
    they must give — the lead time the brand needs, said by the brand."""
    table = lexicons.load("promises")[language]["booking_lead"]
    number, units = _count_and_units()
    verbs = "|".join(re.escape(v) for v in table["verbs"])
    late = "|".join(re.escape(w) for w in sorted(table["latest"], key=len, reverse=True))
    least = "|".join(re.escape(w) for w in sorted(table["at_least"], key=len, reverse=True))
    before = "|".join(re.escape(w) for w in sorted(table["before"], key=len, reverse=True))
    ahead = "|".join(re.escape(w) for w in sorted(table["ahead"], key=len, reverse=True))

    def amount(tag: str) -> str:  # (each alternative names its own groups)
        return rf"(?P<num{tag}>{number})(?P<unit{tag}>{units})(?![\w/])"

    return re.compile(
        rf"\b(?:{verbs})\w*\b[^.\n;!?:—–]{{0,60}}?\b(?:"
        rf"(?:{late})\s+{amount('')}\s+(?:{before})\b"
        rf"|(?:{least})\s+{amount('2')}\s+"
        rf"(?:{before}|{ahead})(?![\w'’]))", re.I)


def _booking_lead_times(analysis, services: dict[int, str],
                        promises: list[Promise]) -> list[Promise]:
    """The lead time a brand's copy gives the reader for booking one of its declared
    services ("Every bespoke display… Book as late as two weeks before", « Réservez
    jusqu'à 8 jours avant votre événement »): the brand says it needs no more notice than
    that, judged against the commitment of the service the draft names before it — a
    service the profile declares with its own terms, never a built-in one (a booking is
    not a delivery). In the brand's voice, not negated, not hedged; the conditions the
    draft attaches still hold."""
    doc, text = analysis.doc, analysis.text
    own = {i: name for i, name in services.items()
           if name in analysis.profile.promises and name not in BUILTIN_SERVICES}
    if not own:
        return []
    out = []
    for m in _booking_lead_pattern(analysis.language).finditer(text):
        num, unit = ("num", "unit") if m["num"] else ("num2", "unit2")
        hours = _amount_hours(m[num], m[unit])
        if hours is None:
            continue
        span = doc.char_span(m.start(num), m.end(), alignment_mode="expand")
        verb = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is None or verb is None:
            continue
        if any(p.mention.start < span.end and span.start < p.mention.end for p in promises):
            continue
        frame = analysis.frame(verb[0])
        if not frame.brand_voice or frame.time == "past" or frame.act == "question" or \
                analysis.is_negated(verb[0]):
            continue
        before = [i for i in own if i < span.start]  # (the verb may be the term itself)
        if not before:
            continue
        index = max(before)
        mention = Mention(verb.start, span.end, text[m.start():m.end()], "delay",
                          hours=hours, counted=True, lead=True)
        declared, exceeds, committed = compare(analysis.profile, own[index], mention)
        out.append(Promise(mention, own[index], index, declared, exceeds, committed,
                           _hedged(analysis, mention, index),
                           analysis.is_conditional(verb[0], priced=True), verb.start))
    return out


def _calls_back(token) -> bool:
    """The call answers the reader (« on vous rappelle », "we'll call you back", "ring you
    back"), with no task of its own set after it (« … pour valider le dessin », "to approve
    the drawing")."""
    back = token.lemma_.lower() == "rappeler" or token.lang_ == "en" and any(
        c.lower_ == "back" for c in token.children) or token.lower_ in ("callback",
                                                                          "call-back")
    return back and not any(c.dep_ in ("advcl", "xcomp") and any(
        m.lower_ in ("pour", "to", "afin") for m in c.children) for c in token.children)


def _timed_by_another(analysis, mention: Mention, index: int) -> bool:
    """The service word is measured by another delay of its own (« Comptez 12 semaines de
    fabrication …, livraison et installation comprises dans les 3 semaines qui suivent »,
    "allow 14 weeks for the making"): that delay times it, this one times another act. Two
    legs of one service ("the transfer goes out tonight and it'll be in your account
    tomorrow") stay that service's."""
    doc = analysis.doc
    for other in analysis.delay_mentions:
        if other is mention or other.kind != "delay" or not other.end <= index <= other.end + 2:
            continue
        between = [t.lower_ for t in doc[other.end:index]]
        if between and all(w in _MEASURED_BY for w in between):
            return True
    return False


_MEASURED_BY = frozenset({"de", "d'", "d’", "of", "for", "the", "la", "le", "l'", "l’"})


def _occasion_before(analysis, mention: Mention, promises: list[Promise]) -> Promise | None:
    """An act done "on the spot" (« sur place », "while you wait") at an occasion the
    draft has just timed — a visit, an appointment (« une visite à domicile sous 10 jours
    … elle règle vos appareils sur place ») —: the promise of that occasion, whose delay
    is the act's too; None when the immediacy stands alone ("repairs done on the spot")."""
    table = lexicons.load("promises")["acts_named"][analysis.language]
    if mention.text.lower() not in {w.lower() for w in table["waiting"]}:
        return None
    doc = analysis.doc
    sentences = list(doc.sents)
    here = next((k for k, s in enumerate(sentences) if s.start <= mention.start < s.end), None)
    if here is None:
        return None
    reach = sentences[max(0, here - 3)].start
    occasions = set(table["occasions"])
    for promise in reversed(promises):
        earlier = promise.mention
        if earlier.kind != "delay" or earlier.start >= mention.start or \
                earlier.start < reach or earlier.hours is None or promise.exceeds:
            continue
        start, end = features.clause_bounds(doc, earlier.start, analysis.language)
        if any(t.lemma_.lower() in occasions or t.lower_ in occasions
               for t in doc[min(start, promise.service_token):max(end, promise.service_token + 1)]):
            return promise
    return None
