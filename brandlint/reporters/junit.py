"""JUnit XML: a `testsuites` root, one test suite per input file, one test case per
document. A case fails only on findings at or above `--fail-on` (what fails the run);
the others are listed in its `system-out` and counted in its properties, so a CI view
shows as failed exactly what made the job fail."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from brandlint.diagnostics import Severity
from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary


def _line(d) -> str:
    return visible(f"{d.line}:{d.column} {d.code} [{d.severity}] {d.message}"
                   + (f" (suggestion: {d.what_to_do})" if d.what_to_do else ""))


class JunitReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.summary = Summary()
        fail_on = context.get("fail_on", "error")
        self.threshold = None if fail_on == "never" else Severity.parse(fail_on)
        self.suites: list[ET.Element] = []

    def _suite(self, path: str) -> ET.Element:
        name = visible(path)
        if not self.suites or self.suites[-1].get("name") != name:
            self.suites.append(ET.Element("testsuite", name=name))
        return self.suites[-1]

    def add(self, result) -> None:
        self.summary.add(result)
        # every document-controlled string through visible(): XML 1.0 forbids most controls
        name = visible(result.path + (f"#{result.id}" if result.id else ""))
        case = ET.SubElement(self._suite(result.path), "testcase", name=name,
                             classname=visible(f"brandlint.{result.channel or 'none'}"))
        failing = [d for d in result.diagnostics
                   if self.threshold is not None and d.severity >= self.threshold]
        others = [d for d in result.diagnostics if d not in failing]
        if failing:
            worst = max(d.severity for d in failing)
            failure = ET.SubElement(
                case, "failure", type=str(worst),
                message=f"{len(failing)} problem(s) at or above {self.threshold}: "
                        + ", ".join(dict.fromkeys(d.code for d in failing)))
            failure.text = "\n".join(_line(d) for d in failing)
        if others:
            properties = ET.SubElement(case, "properties")
            for severity in sorted({d.severity for d in others}, reverse=True):
                ET.SubElement(properties, "property", name=f"brandlint.{severity}",
                              value=str(sum(1 for d in others if d.severity == severity)))
            ET.SubElement(case, "system-out").text = "\n".join(_line(d) for d in others)

    def finish(self) -> None:
        root = ET.Element("testsuites", name="brandlint")
        total = failures = 0
        for suite in self.suites:
            cases = suite.findall("testcase")
            failed = sum(1 for c in cases if c.find("failure") is not None)
            suite.set("tests", str(len(cases)))
            suite.set("failures", str(failed))
            suite.set("errors", "0")
            suite.set("skipped", "0")
            total += len(cases)
            failures += failed
        root.set("tests", str(total))
        root.set("failures", str(failures))
        root.set("errors", "0")
        root.extend(self.suites)
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
