"""Which files the paths on the command line name, in a stable order, without ever
opening anything that is not a regular file (a FIFO would block the run for ever).

Whatever cannot be listed or read becomes a BL9xx document in its place: a walk never
drops an entry silently and never stops on one.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from brandlint.i18n import _
from brandlint.sources.document import Document, InputProblem
from brandlint.sources.gitignore import GitIgnored, no_ignored

LINTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".csv", ".jsonl"}
STDIN = "-"


def iter_inputs(paths: Iterable[str], exclude: Iterable[str] = (),
                root: Path | None = None, skip: Iterable[str] = (),
                force_exclude: bool = False, gitignore: bool = False
                ) -> Iterator[Path | str | Document]:
    """What `paths` name, in a stable order: files (directories recursed), `-` for
    standard input, or a BL9xx document for a path that cannot be linted.

    `exclude` globs match the path as given, its name, or the path relative to `root`
    (the folder of the configuration that declared them); with `force_exclude` they drop
    files named on the command line too (a pre-commit hook names every staged file).
    With `gitignore`, a folder walk leaves out what git ignores. Files whose real path is in
    `skip` (the report being written) are left out, and a file named twice (directly
    and inside a folder) is read once, where it first appears.
    """
    exclude = tuple(exclude)
    seen = {os.path.realpath(s) for s in skip}
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        for item in _given(raw, exclude, root, force_exclude, gitignore):
            if isinstance(item, Path):
                real = os.path.realpath(item)
                if real in seen:
                    continue
                seen.add(real)
            yield item


def would_walk(file: Path, folder: Path, exclude: Iterable[str] = (),
               root: Path | None = None) -> bool:
    """Whether a walk of `folder` picks up `file`, whether or not it exists yet."""
    try:
        inside = Path(os.path.realpath(file)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    exclude = tuple(exclude)
    walked = folder
    for part in inside.parts[:-1]:
        walked = walked / part
        if part.startswith(".") or excluded(walked, exclude, root):
            return False
    return _lintable(walked / inside.name, exclude, root)


def _given(raw: str, exclude: tuple[str, ...], root: Path | None, force_exclude: bool = False,
           gitignore: bool = False) -> Iterator[Path | Document]:
    path = Path(raw)
    if force_exclude and excluded(path, exclude, root):
        return
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        yield Document.broken(raw, _unreachable(path, exc))
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, exclude, root, GitIgnored(path) if gitignore else no_ignored)
    elif stat.S_ISREG(mode) or stat.S_ISFIFO(mode):  # a named pipe asked for: `<(cmd)`
        yield path
    else:
        yield Document.broken(raw, _not_a_file(mode))


def _walk(top: Path, exclude: tuple[str, ...], root: Path | None,
          ignored: Callable[[Path], bool] = no_ignored) -> Iterator[Path | Document]:
    """Files of a folder by name, then its subfolders by name, depth first (a stack, not
    recursion, so that depth is not bounded by Python's stack)."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield Document.broken(folder.as_posix(), InputProblem(
                "BL901", _("cannot read the folder ({reason}), so the drafts inside are not "
                           "checked: fix its permissions or add it to `exclude:`").format(
                    reason=exc.strerror or exc)))
            continue
        subfolders = []
        for entry in entries:
            path = Path(folder, entry.name)
            if _is_real_folder(entry):
                if (not entry.name.startswith(".") and not excluded(path, exclude, root)
                        and not ignored(path)):
                    subfolders.append(path)
            elif _lintable(path, exclude, root) and not ignored(path):
                yield _entry(path, entry)
        stack.extend(reversed(subfolders))


def _is_real_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _lintable(path: Path, exclude: tuple[str, ...], root: Path | None) -> bool:
    return path.suffix.lower() in LINTED_SUFFIXES and not excluded(path, exclude, root)


def _entry(path: Path, entry: os.DirEntry) -> Path | Document:
    """A walked file, or the BL9xx saying why it is not read; never opened here."""
    try:
        mode = entry.stat().st_mode  # follows a symbolic link to what it points at
    except OSError as exc:
        return Document.broken(path.as_posix(), _unreachable(path, exc))
    if stat.S_ISREG(mode):
        return path
    if stat.S_ISDIR(mode):  # a link to a folder named like a draft: links are not followed
        return Document.broken(path.as_posix(), InputProblem(
            "BL909", _("a symbolic link to a folder: links to folders are not followed; "
                       "name the folder itself to check it")))
    return Document.broken(path.as_posix(), _not_a_file(mode))


def _unreachable(path: Path, exc: OSError) -> InputProblem:
    if exc.errno == errno.ELOOP:
        reason = _("a symbolic link that loops (it points, maybe through others, back to "
                   "itself): fix or remove the link")
    elif exc.errno == errno.ENOENT and path.is_symlink():
        reason = _("a symbolic link to a file that does not exist: fix or remove the link")
    elif exc.errno == errno.ENOENT:
        reason = _("no such file or directory")
    else:
        reason = _("cannot read the file: {reason}").format(reason=exc.strerror or exc)
    return InputProblem("BL901", reason)


def _not_a_file(mode: int) -> InputProblem:
    kind = (_("a named pipe (FIFO)") if stat.S_ISFIFO(mode) else
            _("a socket") if stat.S_ISSOCK(mode) else
            _("a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
            _("not a regular file"))
    return InputProblem("BL909", _("{kind}, not a draft: skipped without opening it").format(
        kind=kind))


def excluded(path: Path, patterns: tuple[str, ...], root: Path | None = None) -> bool:
    candidates = {path.as_posix()}
    if root is not None:
        try:
            real_root = os.path.realpath(root)
            candidates.add(Path(os.path.realpath(path)).relative_to(real_root).as_posix())
        except ValueError:
            pass
    return any(fnmatch.fnmatch(c, p) or fnmatch.fnmatch(path.name, p)
               or fnmatch.fnmatch(c, f"*/{p}") for p in patterns for c in candidates)
