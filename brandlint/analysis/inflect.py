"""A preferred term put in place of the words it replaces, keeping what the sentence
already agrees with: case (`Consommateurs` -> `Clients`), number (`consommateurs` ->
`clients`) and, in French, gender (`consommatrice` -> `client` would leave `une`,
`satisfaite` wrong: not safe).

`replace_agreeing` says whether the result is safe to write without a person looking: a
regular plural it is sure of, the same gender, or nothing that agrees.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_VOWEL_Y = re.compile(r"[aeiou]y$")


class Replacement(NamedTuple):
    text: str
    safe: bool


def replace_agreeing(found: str, tokens, key: str, key_morph: tuple, replacement: str,
                     replacement_morph: tuple, language: str) -> Replacement:
    """`found` (the words of the draft, `tokens` their spaCy tokens) stands for the profile
    key `key`; `*_morph` are (Gender, Number) of the key's and the replacement's heads read
    alone. Safe when the draft's words are the key itself or its regular plural, and the
    replacement brings no other gender to the words that agree with it."""
    head = _head(tokens)
    found_number = _feature(head, "Number")
    same = found.casefold() == key.casefold()
    regular_plural = not same and _is_regular_plural(found, key, language)
    safe = same or regular_plural
    plural = regular_plural or (found_number == "Plur" and replacement_morph[1] != "Plur"
                                and key_morph[1] != "Plur")
    text = replacement
    if plural and replacement_morph[1] != "Plur":
        inflected = pluralise(replacement, language)
        text, safe = (inflected, safe) if inflected else (replacement, False)
    if language == "fr":
        genders = {g for g in (key_morph[0], replacement_morph[0], _feature(head, "Gender"))
                   if g}
        if len(genders) > 1:
            safe = False
    return Replacement(keep_case(found, text), safe)


def _feature(token, name: str) -> str | None:
    if token is None:
        return None
    return (token.morph.get(name) or [None])[0]


def _is_regular_plural(found: str, key: str, language: str) -> bool:
    plural = pluralise(key, language)
    return plural is not None and plural.casefold() == found.casefold() != key.casefold()


def _head(tokens):
    tokens = list(tokens)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head == t]
    return heads[0] if heads else (tokens[0] if tokens else None)


def pluralise(word: str, language: str) -> str | None:
    """The regular plural of a one-word term, or None where the rule is not sure."""
    if " " in word.strip() or "-" in word or not word.isalpha():
        return None
    lower = word.lower()
    if language == "fr":
        if lower.endswith(("s", "x", "z")):
            return word
        if lower.endswith(("al", "ail", "au", "eu", "ou")):  # chevaux, travaux, bijoux…
            return None
        return word + "s"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and not _VOWEL_Y.search(lower):
        return word[:-1] + "ies"
    if lower.endswith(("f", "fe", "o", "man")):  # leaves, heroes, women…
        return None
    return word + "s"


@functools.lru_cache(maxsize=4096)
def plural_forms(word: str, language: str) -> frozenset[str]:
    """Every written plural a one-word noun or adjective may take, to recognise it (not to
    write it: `pluralise` gives the one plural the rule is sure of). Where the language
    hesitates, both candidates: « vitraux » and « détails » for -ail, « chevaux » and
    « festivals » for -al, "leaves" and "roofs" for -f. A word already in -s, -x, -z
    (French) is its own plural; a word that is not all letters has none."""
    lower = word.lower()
    if not lower.isalpha():
        return frozenset()
    if language == "fr":
        if lower.endswith(("s", "x", "z")):
            return frozenset()
        if lower.endswith("ail"):
            return frozenset({lower + "s", lower[:-3] + "aux"})
        if lower.endswith("al"):
            return frozenset({lower + "s", lower[:-2] + "aux"})
        if lower.endswith(("au", "eu", "ou")):  # bateaux, feux, bijoux; landaus, pneus, trous
            return frozenset({lower + "x", lower + "s"})
        return frozenset({lower + "s"})
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return frozenset({lower + "es"})
    if lower.endswith("y") and not _VOWEL_Y.search(lower):
        return frozenset({lower[:-1] + "ies"})
    if lower.endswith("fe"):
        return frozenset({lower + "s", lower[:-2] + "ves"})
    if lower.endswith("f"):
        return frozenset({lower + "s", lower[:-1] + "ves"})
    if lower.endswith("o"):
        return frozenset({lower + "s", lower + "es"})
    if lower.endswith("man"):
        return frozenset({lower + "s", lower[:-3] + "men"})
    return frozenset({lower + "s"})


def keep_case(found: str, replacement: str) -> str:
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def delay_phrase(doc, start: int, end: int) -> tuple[int, int, bool]:
    """The tokens of a promised delay to rewrite as the commitment ("en 24 heures",
    "by tomorrow", "dans l'heure"), and whether "sous 3 jours" / "within 3 days" can take
    their place as they stand: only a prepositional phrase can (its preposition included,
    even when the delay starts after it: "by | tomorrow"); "le jour même", "same-day" or
    "instantly" would need the sentence rewritten around them."""
    if start > 0 and doc[start - 1].pos_ == "ADP" and doc[start].pos_ != "ADP":
        start -= 1
    return start, end, doc[start].pos_ == "ADP"
