"""Markdown front matter, read with bounded work: a draft is data, not a trusted config.

Only `channel` and `id` are read from it, so scalars that YAML would turn into numbers
or dates stay the text the writer typed (`date: 2023-02-30` is not an error, an id of
5,000 digits is not a crash). Size, aliases and nesting are bounded so that a few
hundred bytes cannot expand into gigabytes (alias bombs) or exhaust the stack.
"""

from __future__ import annotations

import yaml

from brandlint.i18n import _

MAX_BYTES = 64 * 1024
MAX_ALIASES = 20
MAX_DEPTH = 50


class FrontMatterTooLarge(Exception):
    """The front matter exceeds one of the bounds; the message says which."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that counts aliases and nesting while composing, before any expansion."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise FrontMatterTooLarge(_("more than {n} YAML aliases (*name)").format(
                    n=MAX_ALIASES),
                                          self.peek_event().start_mark.line + 1)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise FrontMatterTooLarge(_("nested more than {n} levels deep").format(n=MAX_DEPTH),
                                          self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


for _yaml_tag in ("int", "float", "timestamp"):
    _BoundedLoader.add_constructor(f"tag:yaml.org,2002:{_yaml_tag}",
                                   yaml.SafeLoader.construct_yaml_str)


def load_front_matter(body: str) -> object:
    """The YAML value of `body`; FrontMatterTooLarge (line relative to `body`) or
    yaml.YAMLError when it cannot be read."""
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise FrontMatterTooLarge(_("{size} bytes, more than the {limit} KB brandlint "
                                    "reads").format(size=size, limit=MAX_BYTES // 1024))
    loader = _BoundedLoader(body)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
