"""Plain-text drafts: the whole file is prose, except `brandlint: disable=` lines."""

from __future__ import annotations

import re

from brandlint.sources.document import Document, SourceMap, suppressions

_DIRECTIVE_LINE = re.compile(r"^[ \t]*brandlint:[ \t]*disable\S*[^\n]*$", re.M)


def read_text(path: str, text: str) -> Document:
    # Blank the directive lines instead of cutting them so offsets stay identical.
    prose = _DIRECTIVE_LINE.sub(lambda m: " " * len(m.group(0)), text)
    return Document(path=path, text=prose, source_map=SourceMap(text),
                    disabled=suppressions(text))
