"""Plain-text drafts: the whole file is prose, except `brandlint:` directives (whole
lines, `#`-commented or not, and trailing `# brandlint: …` comments)."""

from __future__ import annotations

from brandlint.sources.document import Document, SourceMap
from brandlint.sources.suppress import TEXT_DIRECTIVE, find_suppressions


def read_text(path: str, text: str) -> Document:
    # Blank the directives instead of cutting them so offsets stay identical.
    prose = TEXT_DIRECTIVE.sub(lambda m: " " * len(m.group(0)), text)
    return Document(path=path, text=prose, source_map=SourceMap(text),
                    suppressions=find_suppressions(text))
