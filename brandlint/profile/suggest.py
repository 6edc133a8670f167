"""Hints for people: 'did you mean …?', values quoted short."""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(value: object, candidates: Iterable[str]) -> str:
    import difflib  # only when there is a mistake to name

    matches = difflib.get_close_matches(str(value), list(candidates), n=1, cutoff=0.6)
    return f" (did you mean `{matches[0]}`?)" if matches else ""


def shown(value: object, limit: int = 60) -> str:
    """A value quoted in a message, cut short: a pasted paragraph must not flood it."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
