"""Brand profiles: schema, loading, precise errors."""

from brandlint.profile.availability import Availability, OpeningHours, Weekdays
from brandlint.profile.durations import Duration, parse_duration
from brandlint.profile.loader import load_profile, parse_profile
from brandlint.profile.schema import BUILTIN_SERVICES, TONES, Channel, Profile

__all__ = ["BUILTIN_SERVICES", "TONES", "Availability", "Channel", "Duration", "OpeningHours",
           "Profile", "Weekdays", "load_profile", "parse_duration", "parse_profile"]
