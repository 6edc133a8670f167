"""Durations: '72h', '3d', '2w', '10 jours', 'three days' -> hours."""

from __future__ import annotations

import fractions
import functools
import math
import re
from dataclasses import dataclass

from brandlint.analysis import lexicons
from brandlint.profile.suggest import shown as _shown

_SHORT_UNITS = {"h": 1.0, "d": 24.0, "w": 168.0, "min": 1 / 60}


@dataclass(frozen=True, order=True)
class Duration:
    hours: float
    text: str = ""

    def describe(self, language: str) -> str:
        """Human wording at the most natural unit: '72 h', '14 jours', '3 weeks'."""
        return describe_hours(self.hours, language)


def describe_hours(hours: float, language: str) -> str:
    """The most natural wording: '30 s', '45 min', '48 h', '3 jours', '3 weeks'."""
    fr = language == "fr"
    seconds = round(hours * 3600)
    if 0 < hours < 1 and seconds % 60:
        # not whole minutes: "in 30 seconds" is no "0 min"
        return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60} s"
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 72 or hours % 24:
        return f"{hours:g} h"
    days = hours / 24
    if days % 7 == 0 and days >= 21:
        return f"{days / 7:g} semaines" if fr else f"{days / 7:g} weeks"
    return f"{days:g} jours" if fr else f"{days:g} days"


@functools.lru_cache(maxsize=1)
def unit_words() -> dict[str, float]:
    table = lexicons.load("durations")
    words: dict[str, float] = {}
    for hours, names in table["units"].items():
        for name in names:
            words[str(name).lower()] = _hours(hours)
    return words


def _hours(value) -> float:
    """A unit's length in hours, written as a number or a fraction (`1/60` for a minute:
    sixty minutes make exactly one hour, not 1.0002)."""
    if isinstance(value, str) and "/" in value:
        return float(fractions.Fraction(value))
    return float(value)


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    return {str(k).lower(): float(v) for k, v in lexicons.load("durations")["numbers"].items()}


_DURATION = re.compile(r"^\s*(?P<num>\d+(?:[.,]\d+)?|[a-zà-ÿ-]+)\s*(?P<unit>[a-zà-ÿ ]+?)\s*$", re.I)


def parse_duration(value: object) -> Duration:
    """Parse a profile duration. Raises ValueError with a human message."""
    if isinstance(value, Duration):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"expected a duration such as 72h, 3d, 2w or '10 jours', "
                         f"got {_shown(value)}")
    if isinstance(value, (int, float)):
        raise ValueError(f"a duration needs a unit: write {value}h, {value}d or {value}w")
    text = value.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        raise ValueError(f"a duration needs a unit: write {text}h, {text}d or {text}w")
    match = _DURATION.match(text)
    if match:
        num, unit = match["num"].lower(), match["unit"].lower().strip()
        amount = _number(num)
        per_unit = _SHORT_UNITS.get(unit) or unit_words().get(unit)
        if amount is not None and per_unit is not None:
            return _checked(Duration(hours=amount * per_unit, text=text))
    raise ValueError(
        f"cannot read the duration {_shown(text)}: write a number and a unit, "
        "such as 72h, 3d, 2w, '48 heures', '10 jours' or '3 days'"
    )


MAX_HOURS = 10 * 8760  # ten years: beyond, it is a typo, not a service commitment


def _checked(duration: Duration) -> Duration:
    if not math.isfinite(duration.hours) or duration.hours > MAX_HOURS:
        raise ValueError(f"the duration {_shown(duration.text)} is too long to be a service "
                         "commitment: write e.g. 72h, 14d or 3w")
    return duration


def _number(word: str) -> float | None:
    """Digits or a number word; never 'nan' or 'inf', which float() would accept."""
    if word[0].isdigit():
        return float(word.replace(",", "."))
    return number_words().get(word)
