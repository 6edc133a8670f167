"""Bounded tokenizer work per document.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free chunk one at a
time, searching the rest again each time: a chunk made only of punctuation, symbols or
emoji costs the square of its length (24,000 `!` take a minute, 12,000 `(` sixteen
seconds; 12,000 letters or mixed letters and marks take milliseconds). Past
`MAX_RUN` such characters, the rest of the run is read as spaces: the text keeps its
length, so every offset, and every position reported, stays that of the file.
"""

from __future__ import annotations

import bisect
import re

MAX_RUN = 64
# Neither a letter, a digit nor a space (`_` counts as punctuation here, as for spaCy).
_LONG_RUN = re.compile(r"(?:[^\w\s]|_){" + str(MAX_RUN + 1) + ",}")


def cap_long_runs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with every run of more than MAX_RUN punctuation/symbol characters cut to
    its first MAX_RUN, the rest blanked; and the (start, end) of each run that was cut."""
    runs = [(m.start(), m.end()) for m in _LONG_RUN.finditer(text)]
    if not runs:
        return text, []
    pieces, last = [], 0
    for start, end in runs:
        kept = start + MAX_RUN
        pieces += [text[last:kept], " " * (end - kept)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces), runs


MAX_SENTENCE = 300  # tokens; the longest in the labelled corpora is 194


def bound_sentences(doc) -> list[tuple[int, int]]:
    """Sentences longer than MAX_SENTENCE tokens read as parts of MAX_SENTENCE, by
    `doc.sents`, `token.sent` and `span.sent` alike; returns the (start, end) token
    ranges of the sentences cut. Checks look at the sentence around each match, so one
    sentence of 10,000 tokens made them quadratic (40,000 characters of claims without a
    full stop: 13 s, twice the text four times the time). Documents without such a
    sentence are left exactly as the parser made them."""
    sentences = list(doc.sents)
    long = [(s.start, s.end) for s in sentences if len(s) > MAX_SENTENCE]
    if not long:
        return []
    parts = [doc[start:min(start + MAX_SENTENCE, s.end)]
             for s in sentences for start in range(s.start, s.end, MAX_SENTENCE)]
    starts = [p.start for p in parts]

    def part_of(i: int):
        return parts[bisect.bisect_right(starts, i) - 1]

    doc.user_hooks["sents"] = lambda _doc: iter(parts)
    doc.user_token_hooks["sent"] = lambda token: part_of(token.i)
    doc.user_span_hooks["sent"] = lambda span: part_of(span.start)
    return long
