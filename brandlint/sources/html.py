"""HTML pages: visible text only (no scripts, styles or markup), nothing fetched."""

from __future__ import annotations

from html.parser import HTMLParser

from brandlint.sources.document import Document, ProseBuilder, SourceMap, suppressions

_HIDDEN = {"script", "style", "noscript", "template", "svg", "code", "pre"}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "nav", "main", "aside",
           "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
           "br", "title", "blockquote", "figcaption", "dt", "dd", "form", "button", "label",
           "option", "hr"}


class _Extractor(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.builder = ProseBuilder()
        self._hidden_depth = 0
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self._hidden_depth += 1
        if tag in _BLOCKS:
            self.builder.separate()

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self._hidden_depth:
            self._hidden_depth -= 1
        if tag in _BLOCKS:
            self.builder.separate()

    def handle_data(self, data):
        if self._hidden_depth or not data.strip():
            return
        line, column = self.getpos()
        offset = self._line_starts[line - 1] + column
        self.builder.add(data, offset)


def read_html(path: str, text: str) -> Document:
    extractor = _Extractor(text)
    extractor.feed(text)
    extractor.close()
    builder = extractor.builder
    return Document(path=path, text=builder.text, source_map=SourceMap(text, builder.segments),
                    disabled=suppressions(text))
