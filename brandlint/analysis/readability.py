"""Flesch reading ease with the published constants of each language, syllables from
pyphen's hyphenation dictionaries (offline, no NLTK download).

- English: Flesch (1948), 206.835 − 1.015 × words/sentence − 84.6 × syllables/word.
- French: Kandel & Moles (1958), 207 − 1.015 × words/sentence − 73.6 × syllables/word.

These are the constants textstat applies for `en` and `fr`; brandlint computes the score
itself so that no release of a third-party package can change its scores or break its
import (textstat 0.7.4 had no module brandlint read its constants from).
"""

from __future__ import annotations

import functools
import math
from typing import NamedTuple


class Flesch(NamedTuple):
    base: float
    sentence_length: float
    syllables_per_word: float


FLESCH = {
    "en": Flesch(206.835, 1.015, 84.6),
    "fr": Flesch(207.0, 1.015, 73.6),
}


def reading_ease(language: str, words: int, sentences: int, syllables: int) -> float | None:
    """The score, rounded to one decimal; None when it cannot be computed."""
    constants = FLESCH.get(language)
    if constants is None or words <= 0:
        return None
    score = (constants.base - constants.sentence_length * words / max(sentences, 1)
             - constants.syllables_per_word * syllables / words)
    return round(score, 1) if math.isfinite(score) else None


@functools.lru_cache(maxsize=8)
def _dictionary(language: str):
    from pyphen import Pyphen

    return Pyphen(lang=language)


@functools.lru_cache(maxsize=65536)
def syllables(word: str, language: str) -> int:
    """Hyphenation points + 1: pyphen's positions, as textstat counts them."""
    return len(_dictionary(language).positions(word)) + 1
