"""Baseline: adopt brandlint on a back catalogue without fixing everything first.

`--write-baseline FILE` records today's findings; `--baseline FILE` then reports (and fails
on) only findings that are not in it. A finding is matched on its rule, its document (the
file, relative to the baseline's folder, and the batch row's id) and the words it quotes,
never on its line: an edit elsewhere in the draft moves lines but does not bring an old
finding back, while the same words flagged once more in the same document are new.
Entries of the documents checked that no longer match anything are stale (fixed).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from brandlint import __version__
from brandlint.diagnostics import Diagnostic
from brandlint.errors import BrandlintError
from brandlint.output import atomic_output

FORMAT = 1
Key = tuple[str, str, str, str]  # code, document path, row id, quoted words


def _document(path: str, folder: Path) -> str:
    if path in ("-", "<stdin>") or path.startswith("<"):
        return path
    try:
        return Path(os.path.relpath(os.path.realpath(path), folder)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(path).as_posix()


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Baseline:
    path: Path
    remaining: Counter = field(default_factory=Counter)
    seen_documents: set[tuple[str, str]] = field(default_factory=set)

    @property
    def folder(self) -> Path:
        return Path(os.path.realpath(self.path)).parent

    def key(self, d: Diagnostic) -> Key:
        return (d.code, _document(d.path, self.folder), d.id or "", _words(d.text))

    @classmethod
    def load(cls, path: str) -> Baseline:
        baseline = cls(Path(path))
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["findings"]
            for entry in entries:
                key = (str(entry["code"]), str(entry["path"]), str(entry.get("id") or ""),
                       _words(str(entry.get("text") or "")))
                baseline.remaining[key] += int(entry.get("count", 1))
        except OSError as exc:
            raise BrandlintError(f"--baseline {path}: cannot read it ({exc.strerror or exc}); "
                                 "write one with --write-baseline") from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BrandlintError(f"--baseline {path}: not a brandlint baseline (write one "
                                 "with --write-baseline)") from None
        return baseline

    def new_findings(self, path: str, row_id: str | None,
                     diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics of one document that the baseline does not hold."""
        self.seen_documents.add((_document(path, self.folder), row_id or ""))
        out = []
        for d in diagnostics:
            key = self.key(d)
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                out.append(d)
        return out

    def stale(self) -> list[Key]:
        """Entries of the documents checked in this run that matched nothing."""
        return sorted(k for k, n in self.remaining.items()
                      if n > 0 and k[1:3] in self.seen_documents for _ in range(n))


class BaselineWriter:
    def __init__(self, path: str):
        self.path = path
        self.folder = Path(os.path.realpath(path)).parent
        self.counts: Counter = Counter()

    def add(self, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            self.counts[(d.code, _document(d.path, self.folder), d.id or "",
                         " ".join(d.text.split()))] += 1

    def write(self) -> int:
        findings = [{"code": code, "path": path, "id": row or None, "text": text,
                     **({"count": n} if n > 1 else {})}
                    for (code, path, row, text), n in sorted(self.counts.items())]
        with atomic_output(self.path) as stream:
            json.dump({"brandlint_baseline": FORMAT, "brandlint": __version__,
                       "findings": findings}, stream, ensure_ascii=False, indent=1)
            stream.write("\n")
        return sum(self.counts.values())
