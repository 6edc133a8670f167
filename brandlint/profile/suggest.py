"""'did you mean …?' hints."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(value: object, candidates: Iterable[str]) -> str:
    matches = difflib.get_close_matches(str(value), list(candidates), n=1, cutoff=0.6)
    return f" (did you mean `{matches[0]}`?)" if matches else ""
