"""What git ignores under a walked folder: asked of git itself, once per folder named on
the command line, so that `.gitignore`, `.git/info/exclude` and the user's global
excludes all count exactly as they do for `git status`.

Outside a repository, or without git, nothing is ignored: the walk is what it was.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitIgnored:
    """Ignored files and folders under `top` (paths relative to it)."""

    def __init__(self, top: Path):
        self.top = top
        self._files: set[str] = set()
        self._folders: set[str] = set()
        try:
            listed = subprocess.run(
                ["git", "-C", str(top), "ls-files", "--others", "--ignored",
                 "--exclude-standard", "--directory", "-z"],
                capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            return
        if listed.returncode != 0:  # not a repository, or git refuses it (ownership)
            return
        for raw in listed.stdout.split(b"\0"):
            if not raw:
                continue
            name = os.fsdecode(raw)
            if name.endswith("/"):
                self._folders.add(name.rstrip("/"))
            else:
                self._files.add(name)

    def __call__(self, path: Path) -> bool:
        try:
            relative = path.relative_to(self.top).as_posix()
        except ValueError:
            return False
        return relative in self._files or relative in self._folders


def no_ignored(path: Path) -> bool:
    return False
