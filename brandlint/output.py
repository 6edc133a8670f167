"""`--output FILE`: never a user's draft, and never half written.

The report is written to a temporary file in the same folder, then renamed over FILE:
a crash or Ctrl-C leaves the previous report as it was. FILE may not be one of the
inputs; where a folder being checked would pick FILE up, the walk leaves it out, and a
file already there is overwritten only if it is a brandlint report.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from brandlint.errors import BrandlintError
from brandlint.sources import STDIN, would_walk

# How each format's report begins or ends (text and github: their summary line).
_REPORT_HEADS = (re.compile(r'\{\s*"brandlint": "'), re.compile(r'\{\s*"\$schema": "[^"]*sarif'),
                 re.compile(r'<\?xml[^>]*>\s*<testsuites? name="brandlint"'),
                 re.compile(r'\[\s*(\]|\{\s*"type": "issue")'),
                 re.compile(r'<!DOCTYPE html>\s*<html[^>]*>\s*<head>(?:\s*<meta [^>]*>){0,3}'
                            r'\s*<meta name="generator" content="brandlint '))
_REPORT_TAILS = (re.compile(r"(All clear: \d+ documents? checked|Found \d+ problems? \(.*\) "
                            r"in \d+ documents?)\.\s*\Z"),
                 re.compile(r"(Rien à signaler : \d+ documents? vérifiés?|\d+ problèmes? \(.*\) "
                            r"dans \d+ documents?)\.\s*\Z"),  # a French report
                 re.compile(r"brandlint: \d+ problem\(s\) in \d+ document\(s\)\s*\Z"))


def check_output(output: str, paths: Iterable[str], exclude: Iterable[str] = (),
                 root: Path | None = None) -> None:
    """BrandlintError (exit 2) when writing `output` would overwrite an input."""
    target = os.path.realpath(output)
    exclude = tuple(exclude)
    for raw in paths:
        if raw == STDIN:
            continue
        if os.path.realpath(raw) == target:
            raise BrandlintError(f"--output {output} is one of the files to check: writing "
                                 "the report there would destroy it; write it elsewhere")
        if (os.path.isdir(raw) and would_walk(Path(output), Path(raw), exclude, root)
                and os.path.isfile(target) and not _is_report(target)):
            raise BrandlintError(f"--output {output} is one of the drafts in {raw}: writing "
                                 "the report there would destroy it; write it elsewhere, or "
                                 "with a suffix brandlint does not read (.json, .log)")


def _is_report(path: str) -> bool:
    """Whether the file is a report an earlier run wrote (its first or last bytes)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512).decode("utf-8", "replace")
            handle.seek(max(os.fstat(handle.fileno()).st_size - 512, 0))
            tail = handle.read().decode("utf-8", "replace")
    except OSError:
        return False
    return (any(p.match(head) for p in _REPORT_HEADS)
            or any(p.search(tail) for p in _REPORT_TAILS))


@contextlib.contextmanager
def atomic_output(output: str) -> Iterator[TextIO]:
    """A stream whose content replaces `output` only when the block ends normally."""
    target = Path(os.path.realpath(output))
    if target.exists() and not target.is_file():  # /dev/stdout, a pipe: cannot be renamed over
        with open(target, "w", encoding="utf-8") as stream:
            yield stream
        return
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".tmp")
    except OSError as exc:
        raise BrandlintError(f"cannot write the report to {output}: "
                             f"{exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(target: Path) -> int:
    """The existing report's permissions, else what `open()` would have given it."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: str, data: bytes) -> None:
    """Replace the file at `path` (through a symbolic link: its target) with `data`, keeping
    its permissions; readers see the old bytes or the new ones, never a half."""
    target = Path(os.path.realpath(path))
    mode = _mode_for(target)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                     suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
