"""Markdown drafts: YAML front matter, prose only (no code, no markup), exact positions."""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from brandlint.sources.align import align_markup
from brandlint.sources.document import (
    Document,
    InputProblem,
    ProseBuilder,
    SourceMap,
    suppressions,
)

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_PROSE_CHILDREN = ("text",)
_BREAKS = ("softbreak", "hardbreak")
_md = MarkdownIt("commonmark")


def read_markdown(path: str, text: str) -> Document:
    meta, problems, body = _front_matter(text)
    builder = ProseBuilder()
    line_starts = _line_starts(body)
    for token in _md.parse(body):
        if token.type == "inline" and token.map:
            _add_inline(builder, body, line_starts, token)
            builder.separate()
    doc = Document(path=path, text=builder.text, source_map=SourceMap(text, builder.segments),
                   disabled=suppressions(text), problems=problems)
    if isinstance(meta.get("channel"), str):
        doc.channel = meta["channel"]
    if meta.get("id") is not None:
        doc.id = str(meta["id"])
    return doc


def _front_matter(text: str) -> tuple[dict, list[InputProblem], str]:
    """Return (metadata, problems, text with the front matter blanked line for line)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, [], text
    block = match.group(0)
    blanked = re.sub(r"[^\n]", " ", block) + text[match.end():]
    try:
        meta = yaml.safe_load(match["body"]) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        return {}, [InputProblem("BL906", f"front matter is not valid YAML: "
                                 f"{getattr(exc, 'problem', exc)}", line)], blanked
    if not isinstance(meta, dict):
        return {}, [InputProblem("BL906", "front matter must be a YAML mapping "
                                 "(channel: email, id: …)", 2)], blanked
    return meta, [], blanked


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    starts.append(len(text))
    return starts


def _add_inline(builder: ProseBuilder, body: str, line_starts: list[int], token) -> None:
    start_line, end_line = token.map
    cursor = line_starts[start_line]
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
