"""JUnit XML: one test case per document, failed when it has diagnostics."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from brandlint.reporters.escape import visible
from brandlint.reporters.summary import Summary


class JunitReporter:
    def __init__(self, stream, context: dict):
        self.stream = stream
        self.summary = Summary()
        self.cases: list[ET.Element] = []

    def add(self, result) -> None:
        self.summary.add(result)
        # every document-controlled string through visible(): XML 1.0 forbids most controls
        name = visible(result.path + (f"#{result.id}" if result.id else ""))
        case = ET.Element("testcase", name=name,
                          classname=visible(f"brandlint.{result.channel or 'none'}"))
        if result.diagnostics:
            lines = [visible(f"{d.line}:{d.column} {d.code} [{d.severity}] {d.message}"
                             + (f" (suggestion: {d.suggestion})" if d.suggestion else ""))
                     for d in result.diagnostics]
            failure = ET.SubElement(case, "failure", type="brandlint",
                                    message=f"{len(result.diagnostics)} problem(s)")
            failure.text = "\n".join(lines)
        self.cases.append(case)

    def finish(self) -> None:
        failures = sum(1 for c in self.cases if c.find("failure") is not None)
        suite = ET.Element("testsuite", name="brandlint", tests=str(len(self.cases)),
                           failures=str(failures), errors="0", skipped="0")
        suite.extend(self.cases)
        ET.indent(suite)
        self.stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
        self.stream.write(ET.tostring(suite, encoding="unicode"))
        self.stream.write("\n")
