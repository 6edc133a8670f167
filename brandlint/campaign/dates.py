"""Dates as copy writes them, French and English, resolved against the message's send
date: "24/12", "24 décembre", "Dec 24th", "dimanche", "jusqu'à minuit", "ce week-end",
"dans 3 jours", "for 48 hours". A year-less date is the first such day from a week
before the send date on; a weekday is the next one from the send date (that day
included)."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from brandlint.campaign.lexicon import pattern as lexicon_pattern
from brandlint.campaign.lexicon import table


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: dt.date | None  # None: no send date to resolve a relative date against
    text: str
    end_of_range: dt.date | None = None  # "du 20 au 24 décembre": the second date
    ends: bool = False  # read with its end word ("until the 24th"): an end date
    # how many days later the same words may also mean: a count of days from the send
    # date (« encore 10 jours », "2 days left") as the writer counts the day of sending
    # or not (1); "next Friday", « vendredi prochain », this week's or the next (7)
    also: int = 0
    # the end of a whole period (« fin septembre », "the end of March"): « avant » /
    # "before" it still means that last day
    period_end: bool = False


def parse_send_date(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        date = dt.date.fromisoformat(raw.strip()[:10])
    except ValueError:
        return None
    # a year no campaign is sent in: no arithmetic on it (year 1 minus a week overflows)
    return date if 1900 <= date.year <= 2200 else None


@functools.cache
def _patterns(language: str) -> dict:
    words = table(language)
    months = "|".join(sorted(map(re.escape, words["months"]), key=len, reverse=True))
    days = "|".join(sorted(map(re.escape, words["weekdays"]), key=len, reverse=True))
    ordinal = r"(?:er|re|e|ème|st|nd|rd|th)?"
    # before a day number, a weekday may be cut short: "Mon 15 March", « lun. 15/03 »
    prefix = (rf"(?:{days}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|lun|mer|jeu|ven|sam|dim)"
              rf"\.?")
    return {
        "range_fr": re.compile(
            rf"\bdu\s+(?:(?:{days})\s+)?(\d{{1,2}}){ordinal}(?:\s+({months})\.?)?\s+au\s+"
            rf"(?:(?:{days})\s+)?(\d{{1,2}}){ordinal}\s+({months})\.?(?:\s+(\d{{4}}))?", re.I),
        "range_en": re.compile(
            rf"\b({months})\.?\s+(\d{{1,2}}){ordinal}\s*(?:-|–|to|through|until)\s*"
            rf"(?:({months})\.?\s+)?(\d{{1,2}}){ordinal}\b", re.I),
        # "15–24 December", "From Thursday 10 to Saturday 26 July", « 10 → 26 juillet »
        "range_day_first": re.compile(
            rf"(?<![\d.,€£$])\b(?:from\s+)?(?:{prefix},?\s+)?(?:the\s+)?(\d{{1,2}}){ordinal}"
            rf"\s*(?:-|–|—|→|->|to|until|au)\s*(?:{prefix},?\s+)?"
            rf"(?:the\s+)?(\d{{1,2}}){ordinal}\s+(?:of\s+)?({months})\b\.?(?:\s+(\d{{4}}))?",
            re.I),
        # a weekday with its day of the month, the month unsaid: « lundi 22 », "Monday
        # the 22nd" is the next 22nd, not the next Monday
        "weekday_day": re.compile(
            # (the part of the day between them: "Sunday morning, the 14th")
            rf"\b{prefix}(?:\s+(?:morning|afternoon|evening|night|matin|soir|après-midi))?"
            rf",?\s+(?:the\s+)?(\d{{1,2}}){ordinal}\b"
            rf"(?!\s*(?:[/.:h]\s*\d|h\b|%|€|(?:of\s+)?(?:{months})\b))"
            # an hour, alone or opening a range: "Thursday, 4–6pm", "Friday 4pm", « jeudi,
            # 16-18 h » — the time of that weekday, not the 4th of the month
            rf"(?!\s*(?:[-–—]\s*\d{{1,2}}(?:[:.h]\d\d)?\s*)?(?:[ap]\.?m\b|h\b|heures?\b))",
            re.I),
        "iso": re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        # the end of a named month: « fin septembre », « à la fin du mois de mars »,
        # "the end of March", "end-March"
        "month_end": re.compile(
            rf"\b(?:(?:à\s+)?la\s+)?fin\s+(?:du\s+mois\s+(?:de\s+|d['’])|de\s+|d['’])?"
            rf"({months})\b\.?(?:\s+(\d{{4}}))?|"
            rf"\b(?:the\s+)?end(?:\s+of|-)\s*({months})\b\.?(?:\s+(\d{{4}}))?", re.I),
        # « jusqu'au 24 », "until the 24th": a day of the month alone, after an end word
        "day_only": re.compile(
            rf"(?:jusqu['’]au|jusqu['’]à\s+le|au|until\s+the|till\s+the|through\s+the|"
            rf"ends\s+the|by\s+the|before\s+the|on\s+the)\s+(\d{{1,2}}){ordinal}\b"
            rf"(?!\s*(?:[%€$£/:.,]\d|%|€|h\b|heures?|hours?|jours?|days?|ans?|years?|"
            rf"{months}|mois|months?|pièces?|articles?|items?|"
            # a street number: « au 12 rue Lesdiguières », "on the 4th floor"
            rf"(?:bis|ter)\b|rue|avenue|av\.|bd|boulevard|place|quai|chemin|allée|impasse|"
            rf"route|street|st\.?\b|road|rd\b|lane|floor|étage))", re.I),
        "day_month": re.compile(
            rf"(?<![\d.,€£$])\b(?:{prefix},?\s+)?(?:the\s+)?(\d{{1,2}}){ordinal}\s+(?:of\s+)?"
            rf"({months})\b\.?"
            rf"(?:\s+(\d{{4}}))?", re.I),
        "month_day": re.compile(
            rf"\b(?:{prefix},?\s+)?({months})\.?\s+(\d{{1,2}}){ordinal}\b(?:,?\s+(\d{{4}}))?",
            re.I),
        "numeric": re.compile(
            rf"(?<![\w/.,:])(?:{prefix}\s+)?(\d{{1,2}})[/.](\d{{1,2}})(?:[/.](\d{{4}}|\d{{2}}))?"
            r"(?![\w/%]|[.,]\d|\s*(?:[ap]\.?m\b\.?|h\b|heures?\b))", re.I),
        # ("dark by 5.30 pm", « à 18.30 h »: a time of day, not the 30th of May)
        "weekday": re.compile(rf"\b(next\s+)?({days})s?\b(\s+prochain)?", re.I),
        # a weekday cut short after an end word, as an SMS writes it: "till Sun", "ends
        # Thu", « jusqu'à dim. » (alone, "Sun" and « mer » are other words)
        "weekday_short": re.compile(
            r"\b(?:till|until|'til|’til|thru|through|ends|ending|by)\s+"
            r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
            r"\bjusqu['’][àa]\s+(lun|mar|mer|jeu|ven|sam|dim)\.", re.I),
        # the middle of a named month: « mi-novembre », "mid-November"
        "mid_month": re.compile(rf"\b(?:mi|mid)-?\s?({months})\b\.?", re.I),
        # a whole named month: « tout le mois de novembre », "all November", "throughout
        # November"
        "whole_month": re.compile(
            rf"\b(?:(?:pendant|durant)\s+)?tout\s+le\s+mois\s+(?:de\s+|d['’])({months})\b|"
            rf"\b(?:pendant|durant)\s+le\s+mois\s+(?:de\s+|d['’])({months})\b|"
            rf"\b(?:all(?:\s+of)?|throughout|(?:for\s+)?the\s+whole\s+of)\s+({months})\b",
            re.I),
        # a list of the offer's days, the month said once: « les mardis 2, 9, 16, 23 et
        # 30 juin », "on 12, 13 and 14 June": from the first to the last
        "day_list": re.compile(
            rf"(?<![\d.,€£$])\b(?:(?:{days})s?\s+)?(\d{{1,2}}){ordinal}"
            rf"(?:\s*,\s*\d{{1,2}}{ordinal})*\s*,?\s*(?:et|and|&)\s*(\d{{1,2}}){ordinal}\s+"
            rf"(?:of\s+)?({months})\b\.?(?:\s+(\d{{4}}))?", re.I),
        # « entre le 1er juillet et le 31 août », "between 1 April and 30 June 2027"
        "range_between": re.compile(
            rf"\b(?:entre|between)\s+(?:le\s+|the\s+)?(\d{{1,2}}){ordinal}(?:\s+(?:of\s+)?"
            rf"({months})\.?)?\s+(?:et|and)\s+(?:le\s+|the\s+)?(\d{{1,2}}){ordinal}\s+"
            rf"(?:of\s+)?({months})\.?(?:\s+(\d{{4}}))?", re.I),
        # a weekly schedule, not a date: « du lundi au samedi », "Monday to Saturday",
        # « le lundi, le jeudi et le samedi », "Mondays, Thursdays and Saturdays"
        "schedule": re.compile(
            rf"\b(?:(?:du|from)\s+)?(?:{days})s?\.?\s*(?:au|à|-|–|to|through|till|until)\s*"
            rf"(?:{days})s?\b(?!\.?\s*\d)|"
            rf"\b(?:(?:le|les|on)\s+)?(?:{days})s?(?:\s*,\s*(?:(?:le|les|on)\s+)?(?:{days})s?)*"
            rf"\s*(?:\bet\b|\band\b|&)\s*(?:(?:le|les|on)\s+)?(?:{days})s?\b(?!\.?\s*\d)"
            # ("Tuesdays 2, 9 and 16 June" names the days: see day_list)
            + (rf"|\b(?:{days})s\b(?!\s*\d)" if language == "en" else ""), re.I),
        # a phone number is no date (« au 02 98 00 41 41 »)
        "phone": re.compile(r"(?:\+\d{1,3}[\s.]?)?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){3,}"),
        "holiday": _phrases(list(words.get("holidays", {}))),
        "relative": {name: _phrases(phrases) for name, phrases in words["relative"].items()},
        "in_days": [_count(p[3:], language) for p in words["in_days"]],
        "in_hours": [_count(p[3:], language) for p in words["in_hours"]],
        "in_weeks": [_count(p[3:], language) for p in words.get("in_weeks", ())],
        "countdown": [_count(p[3:], language) for p in words.get("countdown", ())],
    }


def _count(pattern: str, language: str) -> re.Pattern:
    """A count of days or hours, in digits or in words (« encore dix jours », "two days
    left"): the lexicon's `(\\d+)` takes the language's number words too."""
    words = "|".join(sorted(map(re.escape, table(language)["number_words"]), key=len,
                            reverse=True))
    return re.compile(pattern.replace(r"(\d+)", rf"(\d+|{words})"), re.I)


def _count_value(raw: str, language: str) -> int:
    return int(raw) if raw.isdigit() else int(table(language)["number_words"][raw.lower()])


def _phrases(phrases: list[str]) -> re.Pattern:
    from brandlint.analysis.lexicons import phrase_pattern

    return phrase_pattern(phrases, not_before=r"\w-", not_after=r"\w-")


def find_dates(text: str, language: str, send: dt.date | None) -> list[DateMention]:
    # a day said in words is read as its figure, the words kept as the mention's text
    said, spans = _days_in_figures(text, language)
    if not spans:
        return _find_dates(text, language, send)
    out = []
    for d in _find_dates(said, language, send):
        # (a mention ending on the figure ends where its words do)
        end = max([e for s, e in spans if s < d.end <= e] + [d.end])
        out.append(dataclasses.replace(d, end=end, text=text[d.start:end]))
    return out


@functools.cache
def _day_word_patterns(language: str) -> tuple[list[tuple[re.Pattern, bool]], dict[str, int]]:
    """Where a number in words is a day of the month: before a month's full name (« vingt
    décembre », "the twentieth of December"), after a weekday (« samedi vingt », "Saturday
    the twentieth") or, in English, after a month ("December the twenty-first") or an end
    word and "the" ("until the twentieth"). French says the day by its cardinal (and «
    premier »), English by its ordinal. Each pattern says whether the "the" before the day
    goes with it (a month then a figure reads "December 21")."""
    words = table(language)
    ordinals = words.get("day_ordinals", {})
    values = {**words["number_words"], **ordinals}

    def alternatives(names) -> str:
        return "|".join(sorted(map(re.escape, names), key=len, reverse=True))

    if language == "fr":
        card = alternatives(words["number_words"])
        day = (rf"(?P<day>(?:{card})(?:(?:\s*-\s*|\s+et\s+|\s+)(?:{card}))*|"
               rf"{alternatives(ordinals)})")
    else:
        tens = alternatives(k for k, v in words["number_words"].items() if v in (20, 30))
        day = rf"(?P<day>(?:(?:{tens})(?:\s*-\s*|\s+))?(?:{alternatives(ordinals)}))"
    months = words["months"]
    # a month's full name, not its abbreviation (« sept », "mar" are other words too)
    full = [m for m in months if not any(o != m and o.startswith(m) for o in months)]
    if language == "en":  # "May" the month, not "may" the verb: English writes it big
        full = [w for m in full for w in (m.capitalize(), m.upper())]
    month = alternatives(full)
    weekday = alternatives(words["weekdays"])
    # after a weekday, the day ends its phrase (« samedi vingt, 19 h »), no count of a
    # noun (« samedi deux plateaux »)
    closed = r"(?=\s*(?:[,.;:!?)\n–—-]|$|à\b|at\b|inclus|included|jusqu|until|\d))"
    case = re.I if language == "fr" else 0
    patterns = [
        (re.compile(rf"(?<![\w-]){day}(?:\s+of)?\s+(?:{month})\b(?!-)", case), False),
        (re.compile(rf"\b(?:{weekday})\s+(?:the\s+)?{day}(?![\w-]){closed}", re.I),
         False)]
    if language == "en":
        patterns += [
            (re.compile(rf"\b(?:{month})\s+(?P<the>the\s+)?{day}(?![\w-])", 0), True),
            # ("before the first swim": a rank of the noun after it, no day)
            (re.compile(rf"\b(?:until|till|through|by|before|ends|ending)\s+the\s+{day}"
                        rf"(?![\w-]){closed}", re.I), False)]
    return patterns, {k.lower(): v for k, v in values.items()}


def _days_in_figures(text: str, language: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each day of the month said in words written as its figure, padded with
    spaces to the same length (every offset stays that of `text`), and where the words
    were."""
    from brandlint.campaign.numbers import spelled_value

    spans: list[tuple[int, int]] = []
    if language not in ("fr", "en"):
        return text, spans
    patterns, values = _day_word_patterns(language)
    out = text
    for regex, with_the in patterns:
        for m in regex.finditer(text):
            try:
                value = spelled_value(m["day"], values)
            except KeyError:
                continue
            if not 1 <= value <= 31:
                continue
            start, end = m.span("day")
            if with_the and m["the"]:
                start = m.start("the")
            if any(s < end and start < e for s, e in spans):
                continue
            out = out[:start] + str(value).ljust(end - start) + out[end:]
            spans.append((start, end))
    return out, spans


def _find_dates(text: str, language: str, send: dt.date | None) -> list[DateMention]:
    p = _patterns(language)
    months, weekdays = table(language)["months"], table(language)["weekdays"]
    found: list[DateMention] = []
    blocked = [(m.start(), m.end()) for key in ("phone", "schedule")
               for m in p[key].finditer(text)]
    # a least quantity of what is bought ("for 3 days or more", « 7 nuits minimum »):
    # how long the rental or the stay lasts, not how long the offer does
    blocked += [(m.start(), m.end()) for m in
                lexicon_pattern(language, "conditions", "minimum_quantity").finditer(text)]
    order = _numeric_order(p["numeric"], text)

    def free(start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end for m in found) and not any(
            s < end and start < e for s, e in blocked)

    def add(start: int, end: int, value, second=None, ends=False, also=0,
            period_end=False) -> None:
        if free(start, end):
            if second is not None and value is not None:  # the start in the end's year,
                same = _safe(second.year, value.month, value.day) or value  # or the one
                value = same if same <= second else (  # before (« du 28/12 au 3/01 »)
                    _safe(second.year - 1, value.month, value.day) or value)
            found.append(DateMention(start, end, value, text[start:end], second, ends,
                                     also, period_end))

    def month_of(name: str | None) -> int | None:
        return months.get(name.lower().rstrip(".")) if name else None

    for m in p["range_fr"].finditer(text):
        second_month = month_of(m[4])
        first = _resolve(int(m[1]), month_of(m[2]) or second_month, m[5], send)
        add(m.start(), m.end(), first, _resolve(int(m[3]), second_month, m[5], send))
    for m in p["day_list"].finditer(text):
        month = month_of(m[3])
        first, last = _resolve(int(m[1]), month, m[4], send), _resolve(int(m[2]), month,
                                                                         m[4], send)
        if first is not None and last is not None and first < last:
            add(m.start(), m.end(), first, last)
    for m in p["range_between"].finditer(text):
        second_month = month_of(m[4])
        first = _resolve(int(m[1]), month_of(m[2]) or second_month, m[5], send)
        add(m.start(), m.end(), first, _resolve(int(m[3]), second_month, m[5], send))
    for m in p["range_en"].finditer(text):
        month = month_of(m[1])
        add(m.start(), m.end(), _resolve(int(m[2]), month, None, send),
            _resolve(int(m[4]), month_of(m[3]) or month, None, send))
    for m in p["iso"].finditer(text):
        add(m.start(), m.end(), _safe(int(m[1]), int(m[2]), int(m[3])))
    for m in p["month_end"].finditer(text):
        add(m.start(), m.end(), _month_end(month_of(m[1] or m[3]), m[2] or m[4], send),
            ends=True, period_end=True)
    holidays = table(language).get("holidays", {})
    for m in p["holiday"].finditer(text):
        rule = next((r for name, r in holidays.items() if re.fullmatch(
            re.escape(name).replace("\\ ", r"\s+"), m.group(0), re.I)), None)
        if language == "en" and _names_a_noun(text, m.end(), language):
            continue  # "the Christmas rush", "Black Friday deals": the season, not the day
        add(m.start(), m.end(), _holiday(rule, send) if rule else None)
    for m in p["range_day_first"].finditer(text):
        month = month_of(m[3])
        add(m.start(), m.end(), _resolve(int(m[1]), month, m[4], send),
            _resolve(int(m[2]), month, m[4], send))
    for m in p["day_month"].finditer(text):
        add(m.start(), m.end(), _resolve(int(m[1]), month_of(m[2]), m[3], send))
    for m in p["month_day"].finditer(text):
        add(m.start(), m.end(), _resolve(int(m[2]), month_of(m[1]), m[3], send))
    for m in p["numeric"].finditer(text):
        if re.fullmatch(r"24/7|7/7|24/24|7\.7", m.group(0).strip()):
            continue  # round the clock, every day: availability, not a date
        value = _numeric(int(m[1]), int(m[2]), m[3], language, send, order)
        if value is not None or send is None:
            add(m.start(), m.end(), value)
    for m in p["day_only"].finditer(text):
        if m.end() > m.end(1) and _names_a_noun(text, m.end(), language):
            continue  # « au 6e toilettage », "on the 3rd visit": a rank of the noun after
            # it, not a day of the month (« jusqu'au 24 » has no ordinal mark)
        # "on the 23rd" names the day something happens; only an end word ends the offer
        add(m.start(1), m.end(), _day_of_month(int(m[1]), send),
            ends=not re.match(r"on\s", m.group(0), re.I))
    for m in p["weekday_day"].finditer(text):
        if "," in m.group(0) and _names_a_noun(text, m.end(), language):
            continue  # « jusqu'à dimanche, 2 tradis achetées = la 3e offerte »: after the
            # comma, the number counts the noun after it — the weekday alone is the date
            # (below); « dimanche 16 inclus » stays the 16th
        add(m.start(), m.end(), _day_of_month(int(m[1]), send))
    for m in p["whole_month"].finditer(text):
        month = month_of(m[1] or m[2] or m[3])
        last = _month_end(month, None, send)
        add(m.start(), m.end(), last and last.replace(day=1), last)
    for m in p["mid_month"].finditer(text):
        add(m.start(), m.end(), _resolve(15, month_of(m[1]), None, send))
    for m in p["weekday"].finditer(text):
        day = weekdays.get(m[2].lower())
        holiday = _holiday_named(found, text, m.end())
        if holiday is not None:
            # « dimanche de Pâques », « lundi de Pentecôte »: that weekday of the holiday's
            # week, one date with it — not the next such weekday from the send date
            value = holiday.value
            if value is not None and day is not None:  # « lundi de Pentecôte »: its Monday
                value += dt.timedelta(days=(day - value.weekday()) % 7)
            found[found.index(holiday)] = dataclasses.replace(
                holiday, start=m.start(), text=text[m.start():holiday.end], value=value)
            continue
        if day is not None:
            value = _next_weekday(send, day)
            if not (m[1] or m[3] or _THIS_BEFORE.search(text, max(0, m.start() - 8),
                                                        m.start())):
                value = _named_before(found, text, m.start(), day, value, weekdays)
            add(m.start(), m.end(), value, also=7 if m[1] or m[3] else 0)
    for m in p["weekday_short"].finditer(text):
        short = m.group(1) and 1 or 2
        day = _SHORT_DAYS[m[short][:3].lower()]
        add(m.start(short), m.end(), _next_weekday(send, day))
    for name, pattern in p["relative"].items():
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _relative(name, send))
    for pattern in p["in_weeks"]:
        for m in pattern.finditer(text):
            # « plus qu'une semaine », "one week left": seven days a week, today counted
            days = 7 * _count_value(m[1], language) - 1
            add(m.start(), m.end(), send + dt.timedelta(days=days) if send is not None
                else None, ends=True, also=1)
    for pattern, per_day in [(x, 1) for x in p["in_days"]] + [(x, 24) for x in p["in_hours"]]:
        for m in pattern.finditer(text):
            # "for 3 days", « plus que 3 jours », "2 days left", "24 hours only": how long
            # the offer lasts, today counted (3 days end 2 days on, 24 hours today);
            # « dans 3 jours » is 3 days on, and may as well say when something starts
            lasts = not re.match(r"(?:dans|in)\b", m.group(0), re.I)
            count = -(-_count_value(m[1], language) // per_day)  # hours in days, rounded up
            days = max(count - lasts, 0)
            add(m.start(), m.end(),
                send + dt.timedelta(days=days) if send is not None else None, ends=lasts,
                also=1 if lasts and per_day == 1 else 0)
    for pattern in p["countdown"]:
        for m in pattern.finditer(text):
            if _LEAD_TIME.search(text, max(0, m.start() - 20), m.start()):
                continue  # « réservez à J-7 », « dès J-10 », "at T-7 days": how long before
                # the customer's own day, a lead time (as « 7 jours avant »), no deadline
            # « J-3 pour réserver », "T-minus 3 days": the day counted down to, the
            # deadline, is that many days after sending
            count = _count_value(m[1], language)
            add(m.start(), m.end(),
                send + dt.timedelta(days=count) if send is not None else None, ends=True)
    found = _join_ranges(sorted(found, key=lambda d: d.start), text)
    return _merge_times(found, text, p["relative"]["today"], language)


# « ce dimanche », "this Sunday": the coming one, said so
_THIS_BEFORE = re.compile(r"\b(?:ce|this)\s+$", re.I)


def _named_before(found: list[DateMention], text: str, at: int, day: int,
                  value: dt.date | None, weekdays: dict[str, int]) -> dt.date | None:
    """A weekday said alone (« avant dimanche », "until Sunday") after the message has
    named that weekday with its date (« Le dimanche 30 mai, c'est la fête des mères »,
    "falls on Sunday, May 30th"): that day, which the reader has just been given, not
    the coming one. The coming one when the message names it, names two such days, or
    names the date only later or without its weekday (« la soirée du 14 mars »)."""
    if value is None:
        return value
    named = {d for f in found if f.start < at and _says_weekday(f.text, day, weekdays)
             for d in (f.value, f.end_of_range)
             if d is not None and d.weekday() == day and d >= value}
    return next(iter(named)) if len(named) == 1 else value


def _says_weekday(words: str, day: int, weekdays: dict[str, int]) -> bool:
    return any(weekdays.get(w) == day for w in re.findall(r"[^\W\d_]+", words.lower()))


# a countdown governed by a preposition counts back from the customer's day, not the send
_LEAD_TIME = re.compile(r"(?:\b(?:à|dès|jusqu['’]à|at|from|by)|\bau\s+plus\s+tard)\s*$",
                        re.I)

_SHORT_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
               "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|→|->|>|au|to|until|till|through)\s*", re.I)


_OF_HOLIDAY = re.compile(r"\s+(?:de|d['’]|of)\s*", re.I)


def open_days(text: str, language: str) -> list[tuple[int, set[int]]]:
    """The days of the week each weekly schedule names as a span (« du lundi au
    vendredi », "Monday to Friday", "on weekdays", « en semaine »), with where it is
    written: the days something can be used on."""
    return [(start, days) for start, _, days in weekly_schedules(text, language)]


def weekly_schedules(text: str, language: str) -> list[tuple[int, int, set[int]]]:
    """The weekly schedules of `open_days`, with where each starts and ends; a week
    said whole (« n'importe quel jour de la semaine », "any day of the week") is one
    too, every day."""
    weekdays = table(language)["weekdays"]
    names = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    out: list[tuple[int, int, set[int]]] = []
    for m in re.finditer(rf"\b(?:du|from)?\s*({names})s?\s*(?:au|à|-|–|to|through|till|"
                         rf"until)\s*({names})s?\b(?!\.?\s*\d)", text, re.I):
        first, last = weekdays[m[1].lower()], weekdays[m[2].lower()]
        out.append((m.start(), m.end(),
                    {(first + i) % 7 for i in range((last - first) % 7 + 1)}))
    out += [(m.start(), m.end(), set(range(5))) for m in _WEEKDAYS_ONLY.finditer(text)]
    out += [(m.start(), m.end(), set(range(7))) for m in _WHOLE_WEEK.finditer(text)]
    return sorted(out, key=lambda item: item[0])


_WEEKDAYS_ONLY = re.compile(r"\b(?:on\s+)?week-?days\b|\ben\s+semaine\b", re.I)
# a week said whole, as the days an offer holds on (not « tous les jours », "daily",
# which say a shop's opening as often as the offer's)
_WHOLE_WEEK = re.compile(r"\b(?:any|every)\s+day\s+of\s+the\s+week\b|\b7\s+days\s+a\s+week\b|"
                         r"\bn['’]importe\s+quel\s+jour(?:\s+de\s+la\s+semaine)?\b|"
                         r"\btous\s+les\s+jours\s+de\s+la\s+semaine\b|"
                         r"\b7\s*j(?:ours)?\s*(?:/|sur)\s*7\b", re.I)


def _holiday_named(found: list[DateMention], text: str, end: int) -> DateMention | None:
    """The holiday mention a weekday ending at `end` opens with « de » / "of" (« dimanche
    de Pâques »), or None."""
    link = _OF_HOLIDAY.match(text, end)
    if link is None:
        return None
    return next((f for f in found if f.start == link.end() and f.end_of_range is None), None)


def _join_ranges(found: list[DateMention], text: str) -> list[DateMention]:
    """Two dates joined by a dash, an arrow or « au » / "to" are one period, the first
    its start and the second its end: "28 Nov – 1 Dec", « 18.08 → 06.09 »,
    "Fri 28 Nov – Mon 1 Dec"."""
    out: list[DateMention] = []
    for mention in found:
        last = out[-1] if out else None
        if (last is not None and last.end_of_range is None and mention.end_of_range is None
                and last.value is not None and mention.value is not None
                and 0 < (mention.value - last.value).days <= 366
                and _RANGE_LINK.fullmatch(text[last.end:mention.start])):
            out[-1] = DateMention(last.start, mention.end, last.value,
                                  text[last.start:mention.end], mention.value)
            continue
        out.append(mention)
    return out


def _names_a_noun(text: str, end: int, language: str) -> bool:
    """The word after `end` is a content word, not a linking word, a preposition or a verb
    of the offer: an English holiday right before a noun modifies it ("the Christmas
    rush", "Christmas shopping"; French puts the holiday after the noun, « le rush de
    Noël », where it is no date either since no end word precedes it), and a number
    right before a noun counts it (« dimanche, 2 tradis achetées »)."""
    after = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[end:end + 30])
    return bool(after) and after[1].lower() not in _linking_words(language)


@functools.cache
def _linking_words(language: str) -> frozenset[str]:
    words = table(language)
    out = {w for key in ("function_words", "end", "start") for phrase in words[key]
           for w in phrase.split()}
    return frozenset(out | set(words.get("linking_words", ())))


def _merge_times(found: list[DateMention], text: str, today: re.Pattern,
                 language: str) -> list[DateMention]:
    """« dimanche minuit », "midnight Sunday", « ce soir, 24 décembre »: one date, the
    day's; the time of day only says the end is that day's end. The last day said of a
    day is that day, an end: "Tomorrow's the last day", « Demain, c'est le dernier
    jour », "last day tomorrow" (not the day the message goes out)."""
    out: list[DateMention] = []
    for mention in found:
        last = out[-1] if out else None
        # between them, a comma, a linking word, a time zone: "midnight (French time)
        # on Mon 15 March"; or a copula: "tomorrow's the last day"
        if last is not None and (re.fullmatch(
                r"[\s,]*(?:\([^()\n]{0,30}\))?[\s,]*(?:à|at|on|ce|this|le)?[\s,]*",
                text[last.end:mention.start]) or _COPULA.fullmatch(
                text[last.end:mention.start]) and (
                _is_last_day(last.text, language) or _is_last_day(mention.text, language))):
            # the day keeps what it was read with (an end word, another reading)
            named_last = _is_last_day(last.text, language) or _is_last_day(mention.text,
                                                                           language)
            if today.fullmatch(last.text):
                out[-1] = dataclasses.replace(mention, start=last.start,
                                              text=text[last.start:mention.end],
                                              ends=mention.ends or last.ends or named_last)
                continue
            if today.fullmatch(mention.text):
                out[-1] = dataclasses.replace(last, end=mention.end,
                                              text=text[last.start:mention.end],
                                              ends=mention.ends or last.ends or named_last)
                continue
        out.append(mention)
    return out


# a day said to be the last one: "tomorrow's the last day", « demain, c'est le dernier
# jour », "Sunday is the final day", « dernier jour : dimanche »
_COPULA = re.compile(r"\s*(?:['’]s|\s(?:is|will\s+be)|,?\s*c['’]est|\s(?:est|sera)|:|[,–—-])?"
                     r"\s*(?:the|le|notre|our)?\s*", re.I)


def _is_last_day(words: str, language: str) -> bool:
    return bool(_last_day(language).fullmatch(words.strip()))


@functools.cache
def _last_day(language: str) -> re.Pattern:
    return _phrases(table(language)["last_day"])


def _resolve(day: int, month: int | None, year: str | None, send: dt.date | None
             ) -> dt.date | None:
    if month is None:
        return None
    if year:
        number = int(year) + (2000 if len(year) == 2 else 0)
        return _safe(number, month, day)
    if send is None:
        return _safe(2000, month, day)  # only month and day compare without a send date
    for number in (send.year - 1, send.year, send.year + 1):
        candidate = _safe(number, month, day)
        if candidate is not None and candidate >= send - dt.timedelta(days=7):
            return candidate
    return None


def months_named(text: str, language: str, send: dt.date | None
                 ) -> list[tuple[dt.date, dt.date]]:
    """The first and last days of each month the text names alone after « en » / "in"
    (« En juin, on vous livre gratuitement », "in June"): the days of that month, which a
    language variant may give as its bounds ("All June", « du 1er au 30 juin »). Not a
    date of the offer: the month may as well say when something is delivered."""
    months = table(language)["months"]
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"\b(?:en|in)\s+({names})\b(?!\.?\s*\d)", text, re.I):
        last = _month_end(months.get(m[1].lower().rstrip(".")), None, send)
        if last is not None:
            out.append((last.replace(day=1), last))
    return out


def _month_end(month: int | None, year: str | None, send: dt.date | None
               ) -> dt.date | None:
    """The last day of a named month: of the year given, else the first one not more
    than a week past at the send date (« fin septembre » sent on 20 September: this
    September)."""
    if month is None:
        return None
    years = [int(year)] if year else (
        [send.year - 1, send.year, send.year + 1] if send is not None else [2000])
    for number in years:
        last = dt.date(number, month, calendar.monthrange(number, month)[1])
        if send is None or year or last >= send - dt.timedelta(days=7):
            return last
    return None


def _numeric_order(numeric: re.Pattern, text: str) -> str | None:
    """The order the message writes its numeric dates in, when one of them can be read
    only one way: "30/09" is day first, "12/24" month first. A message keeps one order,
    so "01/06–30/09/2027" is the 1st of June; None when nothing decides (or both do)."""
    orders = set()
    for m in numeric.finditer(text):
        if "/" not in m.group(0):
            continue  # "10.15" may be a time, « 9.90 » a price: a slash says a date
        first, second = int(m[1]), int(m[2])
        if 12 < first <= 31 and 1 <= second <= 12:
            orders.add("day")
        elif 12 < second <= 31 and 1 <= first <= 12:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def _numeric(first: int, second: int, year: str | None, language: str,
             send: dt.date | None, order: str | None = None) -> dt.date | None:
    """24/12 is day/month; 12/24 in English copy is month/day; when both read, the
    order the message's other numeric dates show (see _numeric_order), else the one
    nearest after the send date."""
    readings = [_resolve(first, second, year, send)] if second <= 12 and \
        order != "month" else []
    if language == "en" and first <= 12 and (order != "day" or second > 12):
        readings.append(_resolve(second, first, year, send))
    readings = [r for r in readings if r is not None]
    if not readings:
        return None
    if send is None or len(readings) == 1:
        return readings[0]
    return min(readings, key=lambda d: abs((d - send).days))


def _day_of_month(day: int, send: dt.date | None) -> dt.date | None:
    """« jusqu'au 24 » sent on 18 December: the 24th of that month, else of the next."""
    if send is None or not 1 <= day <= 31:
        return None
    this = _safe(send.year, send.month, day)
    if this is not None and this >= send:
        return this
    year, month = (send.year + 1, 1) if send.month == 12 else (send.year, send.month + 1)
    return _safe(year, month, day)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_weekday(send: dt.date | None, day: int) -> dt.date | None:
    if send is None:
        return None
    return send + dt.timedelta(days=(day - send.weekday()) % 7)


def _relative(name: str, send: dt.date | None) -> dt.date | None:
    if send is None:
        return None
    if name == "today":
        return send
    if name == "tomorrow":
        return send + dt.timedelta(days=1)
    if name == "weekend":
        return _next_weekday(send, 6)
    if name == "month_end":
        return send.replace(day=calendar.monthrange(send.year, send.month)[1])
    return None


def _holiday(rule: str, send: dt.date | None) -> dt.date | None:
    """A holiday's date in the year of the send date (or the next one when it has passed
    by more than a week): fixed ("12-25"), or a rule — `nov-fri-4` the fourth Friday of
    November, `+3` three days after the previous rule's day, `easter+49` —, with
    `fete-des-meres` France's last Sunday of May (first of June when it is Whit
    Sunday)."""
    if send is None:
        return None
    for year in (send.year, send.year + 1):
        day = _holiday_in(rule, year)
        if day is not None and day >= send - dt.timedelta(days=7):
            return day
    return None


def _holiday_in(rule: str, year: int) -> dt.date | None:
    rule, _, shift = rule.partition("+")
    if re.fullmatch(r"\d{2}-\d{2}", rule):
        day = _safe(year, int(rule[:2]), int(rule[3:]))
    elif rule == "easter":
        day = _easter(year)
    elif rule == "fete-des-meres":
        day = _last_weekday(year, 5, 6)
        if day == _easter(year) + dt.timedelta(days=49):
            day += dt.timedelta(days=7)
    else:
        month, weekday, nth = rule.split("-")
        month_number = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                        "oct", "nov", "dec"].index(month) + 1
        first = dt.date(year, month_number, 1)
        offset = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(weekday)
                  - first.weekday()) % 7
        day = first + dt.timedelta(days=offset + 7 * (int(nth) - 1))
    if day is not None and shift:
        day += dt.timedelta(days=int(shift))
    return day


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)
