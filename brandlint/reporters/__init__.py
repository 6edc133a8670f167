"""Output formats. One module each; all take results one by one, then finish."""

from __future__ import annotations

import enum


class OutputFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


def make_reporter(fmt: str, stream, context: dict):
    from brandlint.reporters.json import JsonReporter
    from brandlint.reporters.text import TextReporter

    reporters = {OutputFormat.TEXT: TextReporter, OutputFormat.JSON: JsonReporter}
    return reporters[OutputFormat(fmt)](stream, context)
