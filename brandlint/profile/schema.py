"""The brand profile (SPEC §2) as validated data.

The classes are frozen dataclasses that pydantic validates (`validate`, through a
TypeAdapter built on the first validation): importing this module imports no pydantic,
so a run whose profile comes back from the cache (profile/store.py) never pays for it.
The annotations name pydantic's markers (`Field` constraints, `BeforeValidator`) as
text; `_adapter` puts those names in this module's namespace before pydantic reads them.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from brandlint.profile.availability import (
    Availability,
    OpeningHours,
    Weekdays,
    parse_days,
    parse_hours,
)
from brandlint.profile.durations import Duration, parse_duration

if TYPE_CHECKING:
    from pydantic import Field

    DurationField = Duration
    HoursField = OpeningHours
    DaysField = Weekdays
    Setting = str

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


# Read by pydantic for every class below: unknown keys are errors, no NaN or infinity.
_CONFIG = {"extra": "forbid", "arbitrary_types_allowed": True, "allow_inf_nan": False}
_strict = dataclasses.dataclass(frozen=True, kw_only=True)
_list = functools.partial(dataclasses.field, default_factory=list)
_dict = functools.partial(dataclasses.field, default_factory=dict)


@_strict
class Readability:
    __pydantic_config__ = _CONFIG
    min: float | None = None
    max: float | None = None


@_strict
class Channel:
    __pydantic_config__ = _CONFIG
    tones: list[Tone] = _list()
    max_words: Annotated[int | None, Field(gt=0)] = None
    max_chars: Annotated[int | None, Field(gt=0)] = None
    readability: Readability | None = None
    address: str | None = None
    service: bool = False
    idea: bool | Literal["required"] | None = None
    idea_min: Annotated[float | None, Field(ge=0, le=1)] = None

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


@_strict
class CentralIdea:
    __pydantic_config__ = _CONFIG
    statement: str
    lexicon: list[str] = _list()
    related: list[str] = _list()
    avoid: list[str] = _list()
    min_score: Annotated[float, Field(ge=0, le=1)] = 0.2


@_strict
class Promise:
    __pydantic_config__ = _CONFIG
    within: DurationField | None = None
    terms: list[str] = _list()
    hours: HoursField | None = None
    days: DaysField | None = None

    @property
    def availability(self) -> Availability | None:
        """Opening hours and days, read at load time; every day when `days` is absent."""
        if self.hours is None:
            return None
        return Availability(self.hours, self.days) if self.days else Availability(self.hours)


@_strict
class Terms:
    __pydantic_config__ = _CONFIG
    prefer: dict[str, str] = _dict()
    forbid: list[str] = _list()


@_strict
class ToneSettings:
    """`tone:` — the brand's own words per tone, and the thresholds of the tone rules
    (`brandlint calibrate` fits them; absent, the calibrated defaults apply)."""

    __pydantic_config__ = _CONFIG

    lexicon: dict[Tone, list[str]] = _dict()
    min_strength: Annotated[float | None, Field(ge=0)] = None
    on_target_min: Annotated[float | None, Field(ge=0, le=1)] = None
    clear_fit: Annotated[float | None, Field(ge=0, le=1)] = None
    clear_strength: Annotated[float | None, Field(ge=0)] = None
    clear_share: Annotated[float | None, Field(ge=0, le=1)] = None
    clear_coverage: Annotated[float | None, Field(ge=0, le=1)] = None
    negative_min: Annotated[float | None, Field(ge=0)] = None
    negative_share: Annotated[float | None, Field(ge=0, le=1)] = None
    cold_min: Annotated[float | None, Field(ge=0)] = None
    cold_share: Annotated[float | None, Field(ge=0, le=1)] = None
    dominated_fit: Annotated[float | None, Field(ge=0, le=1)] = None
    dominance: Annotated[float | None, Field(ge=0)] = None
    spread_fit: Annotated[float | None, Field(ge=0, le=1)] = None
    spread_dominance: Annotated[float | None, Field(ge=0)] = None
    spread_coverage: Annotated[float | None, Field(ge=0, le=1)] = None
    cold_alone_min: Annotated[float | None, Field(ge=0)] = None
    cold_alone_share: Annotated[float | None, Field(ge=0, le=1)] = None


@_strict
class Profile:
    __pydantic_config__ = _CONFIG
    brand: str
    language: Literal["fr", "en"]
    spacy_model: str | None = None
    address: str | None = None
    default_channel: str | None = None
    central_idea: CentralIdea
    channels: dict[str, Channel]
    promises: dict[str, Promise] = _dict()
    substantiated: list[str] = _list()
    terms: Terms = dataclasses.field(default_factory=Terms)
    rules: dict[str, Setting] = _dict()
    tone: ToneSettings = dataclasses.field(default_factory=ToneSettings)

    # Where the profile was read, and the line of each key (`located`): not fields, so
    # neither validated nor compared (the same file read twice gives equal profiles).
    _path: ClassVar[str] = "<profile>"
    _lines: ClassVar[dict] = {}

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

    def located(self, path: str, lines: dict | None = None) -> Profile:
        """This profile, as read from `path` with the line of each key (the loader and
        the store set them; the profile is otherwise frozen)."""
        object.__setattr__(self, "_path", path)
        if lines is not None:
            object.__setattr__(self, "_lines", lines)
        return self

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


def as_data(profile: Profile) -> dict:
    """The profile as plain data, without the keys left empty (`brandlint profile
    check` prints it)."""
    return _adapter().dump_python(profile, mode="python", exclude_none=True)


def validate(data: object) -> Profile:
    """A Profile from the YAML's data; raises pydantic's ValidationError."""
    return _adapter().validate_python(data)


@functools.cache
def _adapter():
    """pydantic's validator of a Profile, built once per process, on first use. The
    annotations above name these markers: they enter this module's namespace first."""
    from pydantic import BeforeValidator, Field, TypeAdapter

    globals().update(
        Field=Field,
        DurationField=Annotated[Duration, BeforeValidator(parse_duration)],
        HoursField=Annotated[OpeningHours, BeforeValidator(parse_hours)],
        DaysField=Annotated[Weekdays, BeforeValidator(parse_days)],
        Setting=Annotated[Literal["error", "warning", "info", "off"],
                          BeforeValidator(_yaml_off)])
    return TypeAdapter(Profile)
