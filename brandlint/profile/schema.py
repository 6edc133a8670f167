"""The brand profile (SPEC §2) as validated data."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr

from brandlint.profile.availability import (
    Availability,
    OpeningHours,
    Weekdays,
    parse_days,
    parse_hours,
)
from brandlint.profile.durations import Duration, parse_duration

TONES = (
    "joy", "surprise", "reassurance", "empathy", "solution", "speed", "deal",
    "collaboration", "storytelling",
    # negative tones, for profiles that want to name what a channel must avoid
    "anger", "frustration", "disappointment", "pressure", "coldness",
)
Tone = Literal[
    "joy", "surprise", "reassurance", "empathy", "solution", "speed", "deal",
    "collaboration", "storytelling", "anger", "frustration", "disappointment",
    "pressure", "coldness",
]
BUILTIN_SERVICES = ("delivery", "refund", "response", "repair", "exchange", "callback",
                    "availability")
ADDRESSES = {"fr": ("tu", "vous"), "en": ("informal", "formal")}
SEVERITY_SETTINGS = ("error", "warning", "info", "off")

DurationField = Annotated[Duration, BeforeValidator(parse_duration)]
HoursField = Annotated[OpeningHours, BeforeValidator(parse_hours)]
DaysField = Annotated[Weekdays, BeforeValidator(parse_days)]
# French names a profile author may reach for, to suggest the portable tone name.
TONE_ALIASES = {
    "joie": "joy", "réassurance": "reassurance", "rassurer": "reassurance",
    "empathie": "empathy", "rapidité": "speed", "vitesse": "speed", "bon plan": "deal",
    "bonne affaire": "deal", "narration": "storytelling", "récit": "storytelling",
    "colère": "anger", "déception": "disappointment", "pression": "pressure",
    "urgence": "pressure", "froideur": "coldness", "écoute": "empathy",
}


def _yaml_off(value: object) -> object:
    """YAML 1.1 reads an unquoted `off` as false: `BL5: off` means off."""
    return "off" if value is False else value


Setting = Annotated[Literal["error", "warning", "info", "off"], BeforeValidator(_yaml_off)]


class _Strict(BaseModel):
    # defer_build: the validators are built on the first validation, not when this module
    # is imported; a profile restored from the cache (profile/store.py) is never validated
    # again, and building them is most of this module's import time.
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True,
                              allow_inf_nan=False, defer_build=True)


class Readability(_Strict):
    min: float | None = None
    max: float | None = None


class Channel(_Strict):
    tones: list[Tone] = Field(default_factory=list)
    max_words: int | None = Field(default=None, gt=0)
    max_chars: int | None = Field(default=None, gt=0)
    readability: Readability | None = None
    address: str | None = None
    service: bool = False
    idea: bool | Literal["required"] | None = None
    idea_min: float | None = Field(default=None, ge=0, le=1)

    @property
    def carries_idea(self) -> bool:
        """Service channels are exempt by default; every other channel carries the idea."""
        if self.idea is not None:
            return self.idea is not False
        return not self.service

    @property
    def requires_idea(self) -> bool:
        """`idea: required`: a draft without the idea is a warning, not a hint."""
        return self.idea == "required"


class CentralIdea(_Strict):
    statement: str
    lexicon: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    avoid: list[str] = Field(default_factory=list)
    min_score: float = Field(default=0.2, ge=0, le=1)


class Promise(_Strict):
    within: DurationField | None = None
    terms: list[str] = Field(default_factory=list)
    hours: HoursField | None = None
    days: DaysField | None = None

    @property
    def availability(self) -> Availability | None:
        """Opening hours and days, read at load time; every day when `days` is absent."""
        if self.hours is None:
            return None
        return Availability(self.hours, self.days) if self.days else Availability(self.hours)


class Terms(_Strict):
    prefer: dict[str, str] = Field(default_factory=dict)
    forbid: list[str] = Field(default_factory=list)


class ToneSettings(_Strict):
    """`tone:` — the brand's own words per tone, and the thresholds of the tone rules
    (`brandlint calibrate` fits them; absent, the calibrated defaults apply)."""

    lexicon: dict[Tone, list[str]] = Field(default_factory=dict)
    min_strength: float | None = Field(default=None, ge=0)
    on_target_min: float | None = Field(default=None, ge=0, le=1)
    clear_fit: float | None = Field(default=None, ge=0, le=1)
    clear_strength: float | None = Field(default=None, ge=0)
    clear_share: float | None = Field(default=None, ge=0, le=1)
    clear_coverage: float | None = Field(default=None, ge=0, le=1)
    negative_min: float | None = Field(default=None, ge=0)
    negative_share: float | None = Field(default=None, ge=0, le=1)
    cold_min: float | None = Field(default=None, ge=0)
    cold_share: float | None = Field(default=None, ge=0, le=1)
    dominated_fit: float | None = Field(default=None, ge=0, le=1)
    dominance: float | None = Field(default=None, ge=0)
    spread_fit: float | None = Field(default=None, ge=0, le=1)
    spread_dominance: float | None = Field(default=None, ge=0)
    spread_coverage: float | None = Field(default=None, ge=0, le=1)
    cold_alone_min: float | None = Field(default=None, ge=0)
    cold_alone_share: float | None = Field(default=None, ge=0, le=1)


class Profile(_Strict):
    brand: str
    language: Literal["fr", "en"]
    spacy_model: str | None = None
    address: str | None = None
    default_channel: str | None = None
    central_idea: CentralIdea
    channels: dict[str, Channel]
    promises: dict[str, Promise] = Field(default_factory=dict)
    substantiated: list[str] = Field(default_factory=list)
    terms: Terms = Field(default_factory=Terms)
    rules: dict[str, Setting] = Field(default_factory=dict)
    tone: ToneSettings = Field(default_factory=ToneSettings)

    _path: str = PrivateAttr(default="<profile>")
    _lines: dict = PrivateAttr(default_factory=dict)

    def cross_check(self) -> list[tuple[tuple, str]]:
        """Problems that span several fields, each with the path of the key at fault."""
        problems: list[tuple[tuple, str]] = []
        allowed = ADDRESSES[self.language]
        if self.address is not None and self.address not in allowed:
            problems.append((("address",), _choice("address", self.address, allowed)))
        for name, channel in self.channels.items():
            if channel.address is not None and channel.address not in allowed:
                problems.append((("channels", name, "address"),
                                 _choice("address", channel.address, allowed)))
        if self.default_channel is not None and self.default_channel not in self.channels:
            problems.append((("default_channel",), _choice(
                "channel", self.default_channel, tuple(self.channels))))
        for name, promise in self.promises.items():
            problem = _promise_problem(name, promise)
            if problem:
                problems.append((("promises", name), problem))
        return problems

    @property
    def path(self) -> str:
        return self._path

    def line_of(self, *keys: object) -> int | None:
        """Line of `keys` in the profile file, or of its nearest enclosing key."""
        for n in range(len(keys), 0, -1):
            line = self._lines.get(tuple(keys[:n]))
            if line:
                return line
        return None


def _choice(what: str, value: str, allowed: tuple[str, ...]) -> str:
    from brandlint.profile.suggest import did_you_mean

    return (f"unknown {what} `{value}`{did_you_mean(value, allowed)} "
            f"(expected one of: {', '.join(allowed)})")


def _promise_problem(name: str, promise: Promise) -> str | None:
    if name == "availability":
        if promise.hours is None and promise.within is None:
            return ("`availability` needs `hours` (e.g. \"9-19\") and optionally `days` "
                    "(e.g. \"mon-sat\")")
        return None
    if promise.hours is not None or promise.days is not None:
        return f"`hours` and `days` only apply to `availability`, not to `{name}`"
    if promise.within is None:
        return f"promise `{name}` needs `within` (e.g. `within: 72h`)"
    if name not in BUILTIN_SERVICES and not promise.terms:
        from brandlint.profile.suggest import did_you_mean

        hint = did_you_mean(name, BUILTIN_SERVICES)
        return (f"`{name}` is not a built-in service{hint}: declare the words that name it "
                f"with `terms: [...]`")
    return None
