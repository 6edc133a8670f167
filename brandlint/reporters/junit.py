"""JUnit XML: a `testsuites` root, one test suite per input file, one test case per
document. A case fails only on findings at or above `--fail-on` (what fails the run);
the others are listed in its `system-out` and counted in its properties, so a CI view
shows as failed exactly what made the job fail.

The test cases go to a spill file as documents are checked (a suite's head needs its
totals, known only at the end) and are copied into the report when it is finished."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from brandlint.diagnostics import Severity
from brandlint.reporters.escape import visible
from brandlint.reporters.spill import Spill
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
        self.suites: list[ET.Element] = []  # heads only: name, then counts at the end
        self._counts: list[list[int]] = []  # [cases, failed] of each suite
        self._spill = Spill()

    def _suite(self, path: str) -> int:
        name = visible(path)
        if not self.suites or self.suites[-1].get("name") != name:
            if self.suites:
                self._spill.end_section()
            self.suites.append(ET.Element("testsuite", name=name))
            self._counts.append([0, 0])
        return len(self.suites) - 1

    def add(self, result) -> None:
        self.summary.add(result)
        # every document-controlled string through visible(): XML 1.0 forbids most controls
        name = visible(result.path + (f"#{result.id}" if result.id else ""))
        suite = self._suite(result.path)
        case = ET.Element("testcase", name=name,
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
        counts = self._counts[suite]
        ET.indent(case, level=2)  # as ET.indent lays out the whole tree
        self._spill.write(("\n    " if counts[0] else "") + ET.tostring(case, encoding="unicode"))
        counts[0] += 1
        counts[1] += bool(failing)

    def finish(self) -> None:
        """The tree with one placeholder case a suite, laid out by ET.indent; each
        placeholder then replaced by that suite's cases, copied from the spill."""
        root = ET.Element("testsuites", name="brandlint")
        for number, (suite, (cases, failed)) in enumerate(
                zip(self.suites, self._counts, strict=True)):
            suite.set("tests", str(cases))
            suite.set("failures", str(failed))
            suite.set("errors", "0")
            suite.set("skipped", "0")
            ET.SubElement(suite, "testcase", name=_place(number))
        root.set("tests", str(sum(c for c, _ in self._counts)))
        root.set("failures", str(sum(f for _, f in self._counts)))
        root.set("errors", "0")
        root.extend(self.suites)
        ET.indent(root)
        if self.suites:
            self._spill.end_section()
        text = ET.tostring(root, encoding="unicode")
        self.stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
        for number in range(len(self.suites)):
            before, text = text.split(f'<testcase name="{_place(number)}" />', 1)
            self.stream.write(before)
            self._spill.copy(number, self.stream)
        self.stream.write(text)
        self.stream.write("\n")
        self._spill.close()


def _place(number: int) -> str:
    return f"brandlint-suite-{number}-cases"
