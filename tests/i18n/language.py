"""Which language a sentence of a report is in, from its function words.

The draft's own words (quoted « … », “…”, "…"), code (`…`), titles (*…*: the names
of laws) and the names of things
(brand, channel, codes) are left out: only the report's own wording is judged. A clause
is in the other language when it holds at least two function words of that language
and more of them than of the expected one."""

from __future__ import annotations

import re

FRENCH = frozenset("""
le la les un une des du de et est sont pour dans sur avec pas ne qui que ce cette ces
il elle ils nous vous votre vos leur leurs au aux mais ou sans sous par son sa ses été
être doit peut se très aussi comme quand si après avant chaque tout tous toute toutes
plutôt lui y en aucun aucune dont où ni déjà encore ici là
""".split())

ENGLISH = frozenset("""
the and is are for in with not which that this these it they we you your their but or
without under by its been be have has must can very also when if after before each
every all of to from at what who was were will does do than into there here only
already again them our
""".split())

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|`[^`]*`|‘[^’]*’|\*[^*]+\*")  # * titles
_CLAUSES = re.compile(r"[.;:!?()\n—]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSES.split(_QUOTED.sub(" ", text)) if c.strip()]


def function_words(clause: str) -> tuple[list[str], list[str]]:
    words = [w.lower().split("'")[-1].split("’")[-1] for w in _WORD.findall(clause)]
    elided = [w.lower().split("'")[0].split("’")[0] + "'" for w in _WORD.findall(clause)
              if "'" in w or "’" in w]
    french = [w for w in words if w in FRENCH] + [e for e in elided
                                                  if e in ("l'", "d'", "n'", "qu'", "s'", "c'")]
    english = [w for w in words if w in ENGLISH]
    return french, english


def foreign_clauses(text: str, language: str) -> list[str]:
    """The clauses of `text` written in the other language than `language`."""
    found = []
    for clause in clauses(text):
        french, english = function_words(clause)
        own, other = (french, english) if language == "fr" else (english, french)
        if len(other) >= 2 and len(other) > len(own):
            found.append(clause)
    return found
