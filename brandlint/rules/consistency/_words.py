"""The words for people of the campaign rules, in the report's language (gettext)."""

from __future__ import annotations

from brandlint.i18n import _
from brandlint.rules.consistency.messages import COMMON, MESSAGES


def say(code: str, lang: str, key: str, **values) -> str:
    """The rule's message `key` in the report's language, filled in (`lang`, the odd
    message's language, is kept for the callers: a report speaks one language)."""
    return _(MESSAGES[code][key]).format(**values)


def common(language: str, key: str):
    value = COMMON[key]
    if isinstance(value, dict):
        return {k: _(v) for k, v in value.items()}
    return _(value)
