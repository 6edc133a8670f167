"""HTML pages: visible text only (no scripts, styles or markup), nothing fetched."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from brandlint.sources.document import Document, ProseBuilder, SourceMap
from brandlint.sources.suppress import find_suppressions

_HIDDEN = {"script", "style", "noscript", "template", "svg", "code", "pre"}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "nav", "main", "aside",
           "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
           "br", "title", "blockquote", "figcaption", "dt", "dd", "form", "button", "label",
           "option", "hr"}


class _Extractor(HTMLParser):
    def __init__(self, text: str):
        # Character references are decoded one by one (handle_*ref) so that each
        # decoded character keeps its own position in the file.
        super().__init__(convert_charrefs=False)
        self.builder = ProseBuilder()
        self._hidden_depth = 0
        self._after_reference = False
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self._hidden_depth += 1
        if tag in _BLOCKS:
            self.builder.separate()
        self._after_reference = False

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self._hidden_depth:
            self._hidden_depth -= 1
        if tag in _BLOCKS:
            self.builder.separate()

    def handle_data(self, data):
        if self._hidden_depth or not data.strip() and not self._after_reference:
            return
        self._after_reference = False
        self.builder.add(data, self._offset())

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")

    def _reference(self, raw: str) -> None:
        if not self._hidden_depth:
            self.builder.add(html.unescape(raw), self._offset())
            self._after_reference = True  # "Caf&eacute; &amp; jouets": keep the spaces

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![` not followed by a known keyword: skipped up to the next `>` as browsers
        do with a bogus comment (the standard library raises AssertionError)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column


def read_html(path: str, text: str) -> Document:
    extractor = _Extractor(text)
    extractor.feed(text)
    extractor.close()
    builder = extractor.builder
    return Document(path=path, text=builder.text, source_map=SourceMap(text, builder.segments),
                    suppressions=find_suppressions(text))
