"""YAML for profiles and configuration, read defensively.

- Bounded: a file-size cap, a cap on aliases, on nesting and on the size of the
  document once aliases are expanded, so that an alias bomb fails at once instead of
  eating memory; an alias that contains itself is refused.
- Strict: duplicate keys and control characters (raw or escaped) are errors with a line.
- Literal: plain scalars stay the text written (`hours: 9-19`, `statement: 2024-01-01`,
  `forbid: [no, off]`); the schema converts numbers and booleans where it wants them,
  so YAML 1.1's guesses never turn words into booleans, dates or sexagesimal numbers.
  Only `null`/`~`/empty and the merge key `<<` keep their YAML meaning.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

MAX_BYTES = 1_000_000
MAX_ALIASES = 200
MAX_DEPTH = 50
MAX_NODES = 200_000
_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"
# C0 and C1 controls except tab and line breaks, DEL, and the bidirectional controls
# that can make a value read differently from what it holds.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
                      "\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class YamlProblem(Exception):
    """A problem with a line (1-based) when one is known."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _LiteralLoader(yaml.SafeLoader):
    """SafeLoader that counts aliases and nesting while composing and resolves plain
    scalars to strings (except null and the merge key)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag in (_NULL, _MERGE)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str):
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise YamlProblem(mark.line + 1, f"more than {MAX_ALIASES} YAML aliases "
                                  "(*name): write the values out instead")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise YamlProblem(mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def read_capped(path: Path, limit: int = MAX_BYTES) -> str:
    """The file's text, refusing files over `limit` bytes before reading them whole.
    Raises OSError, UnicodeDecodeError or YamlProblem."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise YamlProblem(None, f"the file is larger than {limit // 1000} kB: a profile or "
                          "configuration is a few kB; is this the right file?")
    return data.decode("utf-8-sig")  # a leading byte-order mark (Notepad) is not content


def load(text: str) -> tuple[object, yaml.Node | None]:
    """(data, root node) of a YAML document. Raises YamlProblem."""
    _reject_control_characters(text)
    loader = None
    try:
        loader = _LiteralLoader(text)  # its reader refuses what YAML cannot hold
        node = loader.get_single_node()
        if node is None:
            return None, None
        _check_tree(node)
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # at the end of the file PyYAML points at the empty line after the last newline
        last = max(len(text.splitlines()), 1)
        raise YamlProblem(min(mark.line + 1, last) if mark else None,
                          f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, f"invalid YAML: {exc}") from None
    except (ValueError, TypeError, OverflowError, AttributeError) as exc:
        # explicit tags: !!int abc, !!timestamp abc (PyYAML raises AttributeError there)
        raise YamlProblem(None, f"invalid YAML value: {exc} (remove the `!!` tag and write "
                          "the value as text)") from None
    except RecursionError:
        raise YamlProblem(None, f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        if loader is not None:
            loader.dispose()


def key_lines(node: yaml.Node | None) -> dict[tuple, int]:
    """Line (1-based) of every key path: ("promises", "refund") -> 14, ("forbid", 0) -> 20."""
    lines: dict[tuple, int] = {}
    if node is not None:
        _index_lines(node, (), lines)
    return lines


def _index_lines(node: yaml.Node, prefix: tuple, lines: dict[tuple, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*prefix, key_node.value)
            lines[key] = key_node.start_mark.line + 1
            _index_lines(value_node, key, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            key = (*prefix, i)
            lines[key] = item.start_mark.line + 1
            _index_lines(item, key, lines)


def _reject_control_characters(text: str) -> None:
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise YamlProblem(line, f"control character {_name(match.group())} in the file: "
                          "delete it (retype the line if you cannot see it)")


def _name(char: str) -> str:
    return f"U+{ord(char):04X}" + (f" ({unicodedata.name(char)})"
                                   if unicodedata.name(char, "") else "")


def _check_tree(root: yaml.Node) -> None:
    """Duplicate keys, escaped control characters, self-containing aliases and the
    expanded size, each node visited once however often aliases repeat it."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise YamlProblem(node.start_mark.line + 1,
                              "a YAML alias refers to the value that contains it")
        in_progress.add(key)
        total = 1 + sum(size(child) for child in _children(node))
        in_progress.discard(key)
        if total > MAX_NODES:
            raise YamlProblem(node.start_mark.line + 1, f"the YAML expands to more than "
                              f"{MAX_NODES:,} values (aliases repeated inside aliases?)")
        sizes[key] = total
        return total

    size(root)
    _check_nodes(root, set())


def _check_nodes(node: yaml.Node, seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        match = _CONTROL.search(node.value)
        if match:
            raise YamlProblem(node.start_mark.line + 1, f"control character "
                              f"{_name(match.group())} in {node.value[:40]!r}: delete it")
    if isinstance(node, yaml.MappingNode):
        _check_duplicates(node)
    for child in _children(node):
        _check_nodes(child, seen)


def _check_duplicates(node: yaml.MappingNode) -> None:
    first_line: dict[str, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
            continue
        line = key_node.start_mark.line + 1
        if key_node.value in first_line:
            raise YamlProblem(line, f"duplicate key `{key_node.value}` (first at line "
                              f"{first_line[key_node.value]}): keep one of them")
        first_line[key_node.value] = line


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []
