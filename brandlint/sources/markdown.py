"""Markdown drafts: YAML front matter, prose only (no code, no markup), exact positions."""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from brandlint.i18n import _
from brandlint.sources.align import align_markup
from brandlint.sources.batch import campaign_meta
from brandlint.sources.document import (
    Document,
    InputProblem,
    ProseBuilder,
    SourceMap,
)
from brandlint.sources.frontmatter import FrontMatterTooLarge, load_front_matter
from brandlint.sources.suppress import find_suppressions

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_PROSE_CHILDREN = ("text",)
_BREAKS = ("softbreak", "hardbreak")
_md = MarkdownIt("commonmark").enable("table")
_CELL_CLOSE = ("td_close", "th_close")
_CELL_OPEN = ("td_open", "th_open")
_LINE_BREAK = re.compile(r"\r\n?|\n")


def read_markdown(path: str, text: str) -> Document:
    meta, problems, body = _front_matter(text)
    builder = ProseBuilder()
    line_starts = _line_starts(body)
    tokens = _md.parse(body)
    row_cursor: tuple[list, int] | None = None
    for i, token in enumerate(tokens):
        if token.type != "inline" or not token.map:
            continue
        # cells of one table row share a line: search each after the previous one
        start = row_cursor[1] if row_cursor and row_cursor[0] == token.map else None
        end = _add_inline(builder, body, line_starts, token, start)
        row_cursor = (token.map, end)
        next_cell = (i + 2 < len(tokens) and tokens[i + 1].type in _CELL_CLOSE
                     and tokens[i + 2].type in _CELL_OPEN)
        # a row reads as one line ("Livraison, en 24 h"); everything else as a paragraph
        builder.separate(", " if next_cell else "\n\n")
    doc = Document(path=path, text=builder.text, source_map=SourceMap(text, builder.segments),
                   suppressions=find_suppressions(text), problems=problems)
    if isinstance(meta.get("channel"), str):
        doc.channel = meta["channel"]
    _set_id(doc, meta.get("id"))
    doc.meta = campaign_meta(meta)
    return doc


def _set_id(doc: Document, value: object) -> None:
    if value is None:
        return
    if isinstance(value, (list, dict)):  # str() of a list could be any size
        doc.problems.append(InputProblem("BL906", _("front matter `id:` must be one value "
                                           "(text or a number), not a list or mapping"), 2))
        return
    doc.id = str(value)


def _front_matter(text: str) -> tuple[dict, list[InputProblem], str]:
    """Return (metadata, problems, text with the front matter blanked line for line)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, [], text
    block = match.group(0)
    blanked = re.sub(r"[^\n]", " ", block) + text[match.end():]
    try:
        meta = load_front_matter(match["body"]) or {}
    except FrontMatterTooLarge as exc:
        return {}, [InputProblem("BL910", _("front matter not read: {reason}").format(
            reason=exc), exc.line + 1)], blanked
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        return {}, [InputProblem("BL906", _("front matter is not valid YAML: {reason}").format(
            reason=getattr(exc, "problem", exc)), line)], blanked
    if not isinstance(meta, dict):
        return {}, [InputProblem("BL906", _("front matter must be a YAML mapping "
                                   "(channel: email, id: …)"), 2)], blanked
    return meta, [], blanked


def _line_starts(text: str) -> list[int]:
    """Offsets where lines start, counting line breaks as markdown-it does (CR LF, LF,
    and a lone CR as old Mac files have) so that its line numbers index this list."""
    starts = [0]
    starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
    starts.append(len(text))
    return starts


def _add_inline(builder: ProseBuilder, body: str, line_starts: list[int], token,
                start: int | None = None) -> int:
    """Add the prose of one inline token; returns the offset after its last piece."""
    start_line, end_line = token.map
    cursor = line_starts[start_line] if start is None else start
    limit = line_starts[min(end_line, len(line_starts) - 1)]
    for child in token.children or ():
        if child.type in _BREAKS:
            builder.add("\n" if child.type == "softbreak" else "\n", cursor)
        elif child.type in _PROSE_CHILDREN and child.content:
            cursor = _add_aligned(builder, body, child.content, cursor, limit)
        elif child.type == "code_inline":
            # Code is not prose; step over it so later text is searched after it.
            found = body.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
    return cursor


def _add_aligned(builder: ProseBuilder, body: str, content: str, cursor: int,
                 limit: int) -> int:
    """Add `content` mapped character by character (escapes, entities); new cursor."""
    found = body.find(content, cursor, limit)
    if found >= 0:
        builder.add(content, found)
        return found + len(content)
    segments = align_markup(content, body, cursor, limit)
    if not segments:
        builder.add(content, cursor)
        return cursor
    bounds = [s[0] for s in segments[1:]] + [len(content)]
    for (start, raw), end in zip(segments, bounds, strict=True):
        builder.add(content[start:end], raw)
    last_start, last_raw = segments[-1]
    return last_raw + (len(content) - last_start)
