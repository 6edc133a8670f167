"""Hard-wrapped prose: a line break inside a sentence is not a line.

Documentation and charters kept in git are often wrapped at a fixed width ("Framasoft\\n
commits itself to never practice any censorship…"): markdown renders such a break as a
space, and a reader reads one sentence. Read as a line break, it cuts the sentence in
two for every reading that works line by line (who holds a clause, a heading, a list
item, a tagline), and the parser may no longer find the subject of the verb below it.

A break is a wrap when the line before it is long (a line broken for width, not a short
line of a list, an address or a poem-like SMS), ends inside a sentence (a letter, a
digit, a comma, a closing bracket — no full stop, colon, question or exclamation mark)
and the next line goes on in lower case. The break is read as a space: the text keeps
its length, so every offset, and every position reported, stays that of the file.
"""

from __future__ import annotations

import re

# The shortest line a fixed-width wrap leaves: wrapped at 72-80 columns, a line ends
# where the next word did not fit, rarely under 55 characters.
MIN_WRAPPED = 55
_WRAP = re.compile(
    r"(?m)^(?P<line>[^\n]{" + str(MIN_WRAPPED - 1) + r",}[\w,)’'])(?P<brk>\r?\n)"
    r"(?=[ \t]*[^\W\d_])")


def join_wrapped_lines(text: str) -> str:
    """`text` with every line break that wraps a sentence read as a space (same length)."""
    if "\n" not in text:
        return text
    pieces, last = [], 0
    for m in _WRAP.finditer(text):
        start, end = m.span("brk")
        after = text[end:end + 80].lstrip(" \t")
        if not after[:1].islower():
            continue  # a new sentence, a heading, a name: a line of its own
        pieces += [text[last:start], " " * (end - start)]
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
