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


_REPORTERS = {  # each format's module and class, imported only when that format is asked
    OutputFormat.TEXT: ("text", "TextReporter"), OutputFormat.JSON: ("json", "JsonReporter"),
    OutputFormat.SARIF: ("sarif", "SarifReporter"),
    OutputFormat.GITHUB: ("github", "GithubReporter"),
    OutputFormat.JUNIT: ("junit", "JunitReporter"),
    OutputFormat.GITLAB: ("gitlab", "GitlabReporter"), OutputFormat.HTML: ("html", "HtmlReporter"),
}


def make_reporter(fmt: str, stream, context: dict):
    import importlib

    module, name = _REPORTERS[OutputFormat(fmt)]
    reporter = getattr(importlib.import_module(f"brandlint.reporters.{module}"), name)
    return reporter(stream, context)


def add_campaign(reporter, report) -> None:
    """A campaign's findings (BL6xx) to a reporter. Reporters that show campaigns on
    their own (JSON: the facts table; SARIF: related locations; text: both lines) have
    `add_campaign`; the others list the findings like a document's, without counting a
    document."""
    if hasattr(reporter, "add_campaign"):
        reporter.add_campaign(report)
        return
    if not report.diagnostics:
        return
    summary = getattr(reporter, "summary", None)
    documents = summary.documents if summary is not None else None
    reporter.add(_CampaignFindings(report.diagnostics))
    if summary is not None:
        summary.documents = documents


class _CampaignFindings:
    """A campaign's findings in the shape of a document result, for reporters that only
    take those (GitHub annotations, GitLab, JUnit)."""

    def __init__(self, diagnostics):
        self.diagnostics = diagnostics
        first = diagnostics[0] if diagnostics else None
        self.path = first.path if first else ""
        self.id = first.id if first else None
        self.channel = None
        self.language = ""
        self.scores: dict = {}
        self.campaign = None
