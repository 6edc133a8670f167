"""What a percentage measures: money off, or a share of something.

« -30 % sur tout le rayon », "20% off your first box", « 15 % de remise » sell; « les
confitures contiennent 50 % de fruits », "90% of our members renew", a score's table
(« 100% : jus »), "10% more salt than the average" measure a quantity and offer nothing;
« de 0 à 100 % », « incluse à 100 % » are a scale and a method's allocation, no absolute.
The idea's price cue and the tone's deal words read a percentage only when it sells
(`lexicons/figures.yaml`).
"""

from __future__ import annotations

import re

from brandlint.analysis import lexicons

_SIGNED = re.compile(r"[-−–]\s?$")
_BOUNDARY = re.compile(r"\n|[.!?;](?=\s|$)")  # not the point of "2.5%"


def percentage_sells(text: str, start: int, end: int, language: str) -> bool:
    """The percentage at `text[start:end]` (its sign, if any, just before `start` or
    inside the span) is money off: its line-sentence names the offer, the words after it
    say what it is taken off, or it is signed minus in a sentence that compares nothing."""
    lang = language if language in ("fr", "en") else "en"
    s_start, s_end = _sentence(text, start, end)
    sign = text.find("%", start, end)
    after = text[(sign + 1 if sign >= 0 else end):s_end]  # (a match may run on: "30% off")
    if _pattern("taken_off_after", lang).search(after[:40]):
        return True
    sentence = text[s_start:s_end]
    if _pattern("offer", lang).search(sentence):
        return True
    signed = bool(_SIGNED.search(text[max(s_start, start - 2):start])) or \
        text[start:end].lstrip()[:1] in "-−–"
    return signed and not _pattern("compares", lang).search(sentence)


def percentage_of_a_scale(text: str, start: int, end: int, language: str) -> bool:
    """The percentage at `text[start:end]` closes a range (« de 0 à 100 % », "from 0 to
    100%") or says at what share a thing is counted (« la ligne est incluse d'office à
    100 % », "weighted at 100%"): a scale or a method's allocation, which measures and
    vouches for nothing."""
    lang = language if language in ("fr", "en") else "en"
    s_start, _s_end = _sentence(text, start, end)
    before = text[s_start:start]
    if _pattern("scale_before", lang).search(before) or table_row(text, start, end):
        return True
    near = " ".join(before.split()[-5:])
    return bool(_pattern("counted_at", lang).search(near))


# a row of a table of figures: the figure opens its line and a separator (colon, tab,
# bar) hands over to the row's label — « 100 % : jus de fruits », "90% | compotes"
_ROW = re.compile(
    r"^[ \t]*[-•*]?[ \t]*\d+(?:[.,]\d+)?[ \u00a0\u202f]?%[ \t\u00a0\u202f]*(?::|\t|\|)")


def table_row(text: str, start: int, end: int) -> bool:
    """The percentage heads a row of a table of figures: it opens its line, a separator
    follows it, and the line just before or after is a row of the same shape (« Par
    défaut : / 100 % : jus de fruits / 90 % : compotes »). A value read off a table — a
    default, a threshold, a score's step — vouches for nothing, whatever it is."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _ROW.match(text[line_start:line_end]) or text.find("%", line_start) >= end:
        return False  # (the row's own figure, not a later one on the line)
    previous = text[:max(line_start - 1, 0)]
    before = previous[previous.rfind("\n") + 1:] if line_start else ""
    after_end = text.find("\n", line_end + 1)
    after = text[line_end + 1: len(text) if after_end < 0 else after_end] \
        if line_end < len(text) else ""
    return bool(_ROW.match(before) or _ROW.match(after))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around the figure, cut at line breaks (a table's row is its own)."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, end)
    return left, m.start() if m else len(text)


def _pattern(key: str, language: str) -> re.Pattern:
    return lexicons.pattern("figures", key, language)  # (compiled once, in lexicons)
