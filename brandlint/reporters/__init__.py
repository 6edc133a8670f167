"""Output formats. One module each; all take results one by one, then finish."""

from __future__ import annotations

import enum


class OutputFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    GITLAB = "gitlab"
    HTML = "html"


FORMATS = [f.value for f in OutputFormat]


def make_reporter(fmt: str, stream, context: dict):
    from brandlint.reporters.github import GithubReporter
    from brandlint.reporters.gitlab import GitlabReporter
    from brandlint.reporters.html import HtmlReporter
    from brandlint.reporters.json import JsonReporter
    from brandlint.reporters.junit import JunitReporter
    from brandlint.reporters.sarif import SarifReporter
    from brandlint.reporters.text import TextReporter

    reporters = {OutputFormat.TEXT: TextReporter, OutputFormat.JSON: JsonReporter,
                 OutputFormat.SARIF: SarifReporter, OutputFormat.GITHUB: GithubReporter,
                 OutputFormat.JUNIT: JunitReporter, OutputFormat.GITLAB: GitlabReporter,
                 OutputFormat.HTML: HtmlReporter}
    return reporters[OutputFormat(fmt)](stream, context)
