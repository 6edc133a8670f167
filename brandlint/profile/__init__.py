"""Brand profiles: schema, loading, precise errors.

The names below are imported on first use (PEP 562): a run whose profile comes back
from the cache (brandlint/profile/store.py) never imports the YAML loader, and
`brandlint.profile.safe_yaml` does not pull in the schema.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_WHERE = {
    "Availability": "availability", "OpeningHours": "availability", "Weekdays": "availability",
    "Duration": "durations", "parse_duration": "durations",
    "load_profile": "loader", "parse_profile": "loader",
    "BUILTIN_SERVICES": "schema", "TONES": "schema", "Channel": "schema", "Profile": "schema",
}

__all__ = ["BUILTIN_SERVICES", "TONES", "Availability", "Channel", "Duration", "OpeningHours",
           "Profile", "Weekdays", "load_profile", "parse_duration", "parse_profile"]

if TYPE_CHECKING:
    from brandlint.profile.availability import Availability, OpeningHours, Weekdays
    from brandlint.profile.durations import Duration, parse_duration
    from brandlint.profile.loader import load_profile, parse_profile
    from brandlint.profile.schema import BUILTIN_SERVICES, TONES, Channel, Profile


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
