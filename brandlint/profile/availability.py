"""Opening hours and days of a profile's `availability`, read once at load time.

`hours: "9h30-19h"` and `days: "lun-sam"` become an `OpeningHours` (minutes after
midnight) and a `Weekdays` (a set of weekday numbers, 0 = Monday); rules only ask them
questions and never read the strings again. Accepted wordings live in
`analysis/lexicons/weekdays.yaml`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from brandlint.analysis import lexicons
from brandlint.profile.suggest import did_you_mean
from brandlint.profile.suggest import shown as _shown

DAY_MINUTES = 24 * 60
HOURS_EXAMPLES = '"9-19", "9h30-19h", "9:30-19:00", "9am-7pm", "18-2" (past midnight) or "24h/24"'
DAYS_EXAMPLES = ('"mon-sat", "lun-sam", "du lundi au samedi", "Mon, Wed, Fri", "sat-tue" '
                 'or "7j/7"')


@dataclass(frozen=True)
class OpeningHours:
    """Open from `opens` to `closes`, in minutes after midnight; `closes` is past 1440
    when the service closes after midnight, and `closes - opens` is 1440 round the clock.
    `breaks` are the closed stretches inside that window ("9-12, 14-19": 12:00-14:00)."""

    opens: int
    closes: int
    text: str = ""
    breaks: tuple[tuple[int, int], ...] = ()

    @property
    def round_the_clock(self) -> bool:
        return self.closes - self.opens >= DAY_MINUTES and not self.breaks

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The open stretches, in order: ((540, 720), (840, 1140)) for "9-12, 14-19"."""
        edges = [self.opens, *(t for pause in self.breaks for t in pause), self.closes]
        return tuple(zip(edges[::2], edges[1::2], strict=True))

    def is_open_at(self, minute: float) -> bool:
        """Whether a time of day (minutes after midnight, 1440 for midnight at the end of
        the day) falls inside the opening hours, opening and closing times included."""
        if self.round_the_clock:
            return True
        return any(opens <= t <= closes for t in (minute, minute + DAY_MINUTES)
                   for opens, closes in self.spans)

    def is_open_between(self, start: float, end: float) -> bool:
        """Whether the service stays open from `start` to `end` (minutes after midnight;
        an `end` before `start` is after midnight) without closing in between."""
        if self.round_the_clock:
            return True
        if end <= start:
            end += DAY_MINUTES
        return any(opens <= start + shift and end + shift <= closes
                   for shift in (0, DAY_MINUTES) for opens, closes in self.spans)

    def describe(self, language: str) -> str:
        words = _wording(language)
        if self.round_the_clock:
            return words["round_the_clock"]
        return f" {words['list_and']} ".join(
            words["hours"].format(opens=_clock(opens, language), closes=_clock(closes, language))
            for opens, closes in self.spans)


@dataclass(frozen=True)
class Weekdays:
    """The days the service is open: weekday numbers, 0 = Monday."""

    days: frozenset[int]
    text: str = ""

    @property
    def every_day(self) -> bool:
        return len(self.days) == 7

    def describe(self, language: str) -> str:
        words = _wording(language)
        names = words["days"]
        if self.every_day:
            return words["every_day"]
        first = _run_start(self.days)
        if first is not None and len(self.days) >= 3:
            last = (first + len(self.days) - 1) % 7
            return words["range"].format(first=names[first], last=names[last])
        listed = [names[d] for d in sorted(self.days)]
        if len(listed) == 1:
            return listed[0]
        return f"{', '.join(listed[:-1])} {words['list_and']} {listed[-1]}"


EVERY_DAY = Weekdays(frozenset(range(7)), "every day")


@dataclass(frozen=True)
class Availability:
    """When the service can really be reached: hours on some days."""

    hours: OpeningHours
    days: Weekdays = EVERY_DAY

    def describe(self, language: str) -> str:
        """'du lundi au samedi, de 9 h à 19 h', 'Monday to Saturday, 9:00 to 19:00'."""
        return f"{self.days.describe(language)}, {self.hours.describe(language)}"

    def as_written(self) -> str:
        """The profile's own words ('9h30-19h, lun-sam'), for messages that quote it."""
        return f"{self.hours.text}, {self.days.text}"


# -- reading ---------------------------------------------------------------------------


def parse_hours(value: object) -> OpeningHours:
    """Read `hours:`. Raises ValueError saying what works."""
    if isinstance(value, OpeningHours):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected opening hours such as {HOURS_EXAMPLES}, got {_shown(value)}")
    text = _tables()["clock_words"].sub(_clock_word, _normalise(value))
    if text in _tables()["round_the_clock"]:
        return OpeningHours(0, DAY_MINUTES, value)
    spans = _ordered([_span(part, value) for part in _tables()["hours_split"].split(text)],
                     value)
    gaps = zip(spans, spans[1:], strict=False)
    breaks = tuple((closes, opens) for (_, closes), (opens, _) in gaps if opens > closes)
    return OpeningHours(spans[0][0], spans[-1][1], value, breaks)


def _span(part: str, value: str) -> tuple[int, int]:
    match = _tables()["hours"].match(part.strip())
    if not match:
        raise ValueError(f"cannot read the opening hours {_shown(value)}: write them as "
                         f"{HOURS_EXAMPLES}, or with a break \"9-12, 14-19\"")
    opens = _minutes(match, "o", value)
    closes = _minutes(match, "c", value)
    if opens == DAY_MINUTES:
        opens = 0
    if closes == opens:
        if opens == 0:
            return 0, DAY_MINUTES
        raise ValueError(f"the opening hours {_shown(value)} open and close at the same time: "
                         f"write a range such as \"9-19\", or \"24h/24\" for round the clock")
    if closes < opens:  # "18-2": closes after midnight
        closes += DAY_MINUTES
    return opens, closes


def _ordered(spans: list[tuple[int, int]], value: str) -> list[tuple[int, int]]:
    """Later ranges follow earlier ones (past midnight if need be) without overlapping,
    and the whole fits in one day."""
    ordered = [spans[0]]
    for opens, closes in spans[1:]:
        if opens < ordered[-1][1]:
            opens, closes = opens + DAY_MINUTES, closes + DAY_MINUTES
        if opens < ordered[-1][1] or closes - ordered[0][0] > DAY_MINUTES:
            raise ValueError(f"the opening hours {_shown(value)} overlap or span more than a day: "
                             f"write the ranges in order, e.g. \"9-12, 14-19\"")
        ordered.append((opens, closes))
    return ordered


def parse_days(value: object) -> Weekdays:
    """Read `days:`. Raises ValueError saying what works."""
    if isinstance(value, Weekdays):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected days such as {DAYS_EXAMPLES}, got {_shown(value)}")
    text = _tables()["trailing"].sub("", _normalise(value))
    days: set[int] = set()
    items = [i for i in _tables()["list_split"].split(text) if i.strip()]
    if not items:
        raise ValueError(f"no days in {_shown(value)}: write them as {DAYS_EXAMPLES}")
    for item in items:
        days |= _read_day_item(item.strip(), value)
    return Weekdays(frozenset(days), value)


def _read_day_item(item: str, value: str) -> set[int]:
    tables = _tables()
    if item in tables["sets"]:
        return set(tables["sets"][item])
    item = tables["lead"].sub("", item)
    if item in tables["sets"]:
        return set(tables["sets"][item])
    match = tables["days_range"].match(item)
    if match:
        return _day_range(_day(match["first"], value), _day(match["last"], value))
    return {_day(item, value)}


def _day(word: str, value: str) -> int:
    names = _tables()["names"]
    word = word.strip().rstrip(".")
    if word in names:
        return names[word]
    hint = did_you_mean(word, [n for n in names if len(n) > 2])
    raise ValueError(f"cannot read the days {_shown(value)}: `{word}` is not a day{hint}; write "
                     f"them as {DAYS_EXAMPLES}")


def _day_range(first: int, last: int) -> set[int]:
    """Inclusive, across the end of the week when `last` comes before `first`."""
    return {(first + step) % 7 for step in range((last - first) % 7 + 1)}


def _minutes(match: re.Match, side: str, value: str) -> int:
    hour = int(match[f"{side}h"])
    minute = int(match[f"{side}m"] or 0)
    half = match[f"{side}half"]
    if minute > 59:
        raise ValueError(f"the opening hours {_shown(value)} have {minute} minutes: minutes go "
                         f"from 00 to 59 (write e.g. \"9h30-19h\")")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"the opening hours {_shown(value)} have {hour}{half}m: am/pm hours "
                             f"go from 1 to 12 (write e.g. \"9am-7pm\" or \"9-19\")")
        hour = hour % 12 + (12 if half == "p" else 0)
    elif hour > 24 or (hour == 24 and minute):
        raise ValueError(f"the opening hours {_shown(value)} have the hour {hour}: hours of the "
                         "day go from 0 to 24 (write e.g. \"9-19\", or \"18-2\" for past "
                         "midnight)")
    return hour * 60 + minute


def _clock_word(match: re.Match) -> str:
    return str(lexicons.load("weekdays")["clock_words"][match.group(0)])


def _normalise(value: str) -> str:
    text = value.strip().lower().replace("’", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # en/em dashes, minus sign
    return re.sub(r"\s+", " ", text)


def _clock(minutes: int, language: str) -> str:
    hour, minute = divmod(minutes % DAY_MINUTES if minutes != DAY_MINUTES else minutes, 60)
    if language == "fr":
        return f"{hour} h {minute:02d}" if minute else f"{hour} h"
    return f"{hour}:{minute:02d}"


def _run_start(days: frozenset[int]) -> int | None:
    """First day of the one unbroken run (across the week's end) the days form, if any."""
    starts = [d for d in days if (d - 1) % 7 not in days]
    return starts[0] if len(starts) == 1 else None


def _wording(language: str) -> dict:
    describe = lexicons.load("weekdays")["describe"]
    return describe.get(language, describe["en"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _between(words: list[str]) -> str:
    """Separators: a sign may touch its neighbours ("lun-sam"), a word needs spaces."""
    signs = [w for w in words if not w.isalpha() and "'" not in w]
    spelled = [w for w in words if w not in signs]
    return rf"\s*(?:{_alternation(signs)})\s*|\s+(?:{_alternation(spelled)})\s+"


@functools.cache
def _tables() -> dict:
    table = lexicons.load("weekdays")
    names = {str(name).lower(): int(day) for day, words in table["names"].items()
             for name in words}
    sets = {str(phrase).lower(): tuple(int(d) for d in str(digits))
            for digits, phrases in table["sets"].items() for phrase in phrases}
    time = (r"(?P<{0}h>\d{{1,2}})\s*(?:(?:h|:|\.)\s*(?P<{0}m>\d{{2}})?)?"
            r"\s*(?:(?P<{0}half>[ap])\.?\s?m\.?)?")
    hours = (rf"^(?:(?:{_alternation(table['hours_lead_words'])})\s+)?{time.format('o')}\s*"
             rf"(?:{_alternation(table['hours_range_words'])})\s*{time.format('c')}$")
    day = r"[a-zàâçéèêëîïôûùüÿœ]+\.?"
    return {
        "names": names,
        "sets": sets,
        "round_the_clock": {str(p).lower() for p in table["round_the_clock"]},
        "hours": re.compile(hours),
        "hours_split": re.compile(_between(table["hours_list_words"])),
        "clock_words": re.compile(rf"\b(?:{_alternation(list(table['clock_words']))})\b"),
        "trailing": re.compile(rf"\s+(?:{_alternation(table['trailing_words'])})$"),
        "list_split": re.compile(_between(table["list_words"])),
        "lead": re.compile(rf"^(?:{_alternation(table['lead_words'])})\s+"),
        "days_range": re.compile(
            rf"^(?P<first>{day})(?:{_between(table['range_words'])})"
            rf"(?:(?:{_alternation(table['lead_words'])})\s+)?(?P<last>{day})$"),
    }
