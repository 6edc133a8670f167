"""Babel extractor for brandlint's catalogue (`make messages`; not used at run time).

Besides the `_()`, `N_()` and `ngettext()` calls that Babel's Python extractor finds, it
takes the words for people of every rule definition: a `Rule(...)`'s summary and its
`RuleDoc(...)`'s what, why and fix. So a new rule's doc goes into the catalogue with no
marker, and `tests/test_i18n.py` fails until it is translated.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

_RULE_FIELDS = {"Rule": {3: "summary"}, "RuleDoc": {0: "what", 1: "why", 4: "fix"}}
_KEYWORDS = {"summary", "what", "why", "fix"}


def extract(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
    tree = ast.parse(source.decode("utf-8") if isinstance(source, bytes) else source)
    constants = {t.id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                 and isinstance(node.value.value, str)
                 for t in node.targets if isinstance(t, ast.Name)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _RULE_FIELDS):
            continue
        positions = _RULE_FIELDS[node.func.id]
        values = [arg for i, arg in enumerate(node.args) if i in positions]
        values += [k.value for k in node.keywords if k.arg in _KEYWORDS]
        for value in values:
            text = _text(value, constants)
            if text:
                yield value.lineno, None, text, ["rule doc"]


def _text(node, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None
