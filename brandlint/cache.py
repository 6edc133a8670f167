"""Results cache: unchanged drafts are not analysed again (ruff's habit).

One entry per source file. Its key covers everything the results depend on:
brandlint's version and code, the spaCy version, the model's name and version (read from
the installed package, so a fully cached run never loads the model), the profile's
bytes, the rule selection, the channel settings, and for the file itself its resolved
path, the path as typed (the report shows it), the channel the configuration gives it,
and its bytes.

An entry is trusted only if it reads back exactly as written: the expected shape and
types, the key it was stored under, the path it was asked for, at least one document,
and a SHA-256 over all of it. Anything else is a miss (the file is analysed again),
never a crash or a missing document. The hash catches truncated, corrupted and
hand-edited entries; it is not a defence against someone who can write the cache
folder and recompute it.

Entries are written to a temporary file and renamed, so concurrent runs and interrupts
never leave a half-written entry. Batches larger than `MAX_CACHED_BYTES` are streamed
and not cached, so that they never sit in memory.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from brandlint import __version__
from brandlint.diagnostics import Diagnostic, Severity
from brandlint.regexcache import write_atomically as _write_atomically
from brandlint.results import DocumentResult

MAX_CACHED_BYTES = 2_000_000
MAX_ENTRIES = 20_000  # past this, the least recently used entries go (to 80 %)
MAX_TOTAL_BYTES = 512_000_000
MAX_AGE_SECONDS = 30 * 24 * 3600  # an entry no run has read for a month is pruned
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by brandlint.\n"
                "# For information about cache directory tags, see:\n"
                "#\thttps://bford.info/cachedir/\n")
MAX_ENTRY_BYTES = 64_000_000  # an entry larger than this was not written by brandlint
CACHE_DIR = ".brandlint_cache"
FORMAT = 4
_STR = (str,)
_OPTIONAL_STR = (str, type(None))
_DIAGNOSTIC_FIELDS = {
    "code": _STR, "name": _STR, "family": _STR, "severity": _STR, "message": _STR,
    "path": _STR, "line": (int,), "column": (int,), "end_line": (int,),
    "end_column": (int,), "text": _STR, "suggestion": _OPTIONAL_STR, "id": _OPTIONAL_STR,
    "replacement": _OPTIONAL_STR, "advice": _OPTIONAL_STR, "applicability": _OPTIONAL_STR,
}
_RESULT_FIELDS = {"path": _STR, "id": _OPTIONAL_STR, "channel": _OPTIONAL_STR,
                  "language": _STR, "scores": (dict,), "diagnostics": (list,),
                  "campaign": (dict, type(None))}


def cache_folder(config_path: Path | None) -> Path | None:
    """Next to the configuration found; without one, the user's cache folder (None when
    there is no home folder to put it in)."""
    if config_path is not None:
        return config_path.resolve().parent / CACHE_DIR
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and Path(base).is_absolute():
        return Path(base) / "brandlint"
    try:
        return Path.home() / ".cache" / "brandlint"
    except (RuntimeError, KeyError):
        return None


def mark_cache_folder(root: Path) -> None:
    """Create `root` with its `.gitignore` and `CACHEDIR.TAG` if they are missing."""
    root.mkdir(parents=True, exist_ok=True)
    ignore = root / ".gitignore"
    if not ignore.exists():  # keep the cache out of version control, as ruff does
        _write_atomically(ignore, "# created by brandlint\n*\n")
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():  # backup tools (tar --exclude-caches, borg, restic) skip it
        _write_atomically(tag, CACHEDIR_TAG)


class ResultCache:
    def __init__(self, folder: Path, settings: dict,
                 channel_for: Callable[[str], str | None] = lambda path: None):
        self.root = folder
        self.folder = folder / f"v{FORMAT}"
        self.written = False  # this run stored something: prune() then looks
        self.channel_for = channel_for
        blob = json.dumps({"version": __version__, "code": code_fingerprint(), **settings},
                          sort_keys=True, default=str)
        self._settings = hashlib.sha256(blob.encode()).hexdigest()

    def key(self, path: Path) -> str | None:
        if not path.is_file():  # a pipe (`<(cmd)`) read here would be empty for the reader
            return None
        try:
            if path.stat().st_size > MAX_CACHED_BYTES:
                return None
            data = path.read_bytes()
            resolved = path.resolve()
        except (OSError, RuntimeError):  # unreadable, or a symlink loop
            return None
        if len(data) > MAX_CACHED_BYTES:
            return None
        digest = hashlib.sha256()
        for part in (self._settings, str(resolved), path.as_posix(),
                     str(self.channel_for(path.as_posix()))):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, path: Path | None = None) -> list[DocumentResult] | None:
        """The results stored under `key` (for `path`), or None for anything unexpected."""
        stored = self.folder / f"{key}.json"
        try:
            if stored.stat().st_size > MAX_ENTRY_BYTES:
                return None
            entry = json.loads(stored.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        results = _payload(entry, key)
        if results is None:
            return None
        expected = path.as_posix() if path is not None else None
        try:
            parsed = [_result(r, expected) for r in results]
        except (KeyError, TypeError, ValueError):
            return None
        try:
            os.utime(stored)  # recently used: pruning keeps it
        except OSError:
            pass
        return parsed

    def put(self, key: str, results: list[DocumentResult]) -> None:
        if not results:
            return  # an entry always holds at least one document
        payload = [_entry(r) for r in results]
        entry = {"format": FORMAT, "key": key, "sha256": _digest(key, payload),
                 "results": payload}
        try:
            self._prepare()
            _write_atomically(self.folder / f"{key}.json",
                              json.dumps(entry, ensure_ascii=False))
        except (OSError, ValueError):
            pass  # a read-only tree, or a lone surrogate no UTF-8 file holds: no cache

    def _prepare(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        mark_cache_folder(self.root)
        self.written = True

    def prune(self, now: float | None = None) -> int:
        """Keep the cache bounded, after a run that wrote to it: entries of older formats,
        entries no run has read for `MAX_AGE_SECONDS`, then the least recently used past
        `MAX_ENTRIES` or `MAX_TOTAL_BYTES`. Returns how many files were removed."""
        if not self.written:
            return 0
        import shutil
        import time

        removed = 0
        for old in self.root.glob("v*"):
            if old.is_dir() and old != self.folder and old.name[1:].isdigit():
                shutil.rmtree(old, ignore_errors=True)
                removed += 1
        entries = []
        try:
            with os.scandir(self.folder) as listing:
                for entry in listing:
                    if entry.name.endswith(".json") and entry.is_file(follow_symlinks=False):
                        info = entry.stat(follow_symlinks=False)
                        entries.append((info.st_mtime, info.st_size, entry.path))
        except OSError:
            return removed
        entries.sort()
        limit = (now if now is not None else time.time()) - MAX_AGE_SECONDS
        total = sum(size for _, size, _ in entries)
        count = len(entries)
        over = count > MAX_ENTRIES or total > MAX_TOTAL_BYTES
        for mtime, size, path in entries:
            if mtime >= limit and not over:
                break
            with contextlib.suppress(OSError):
                os.unlink(path)
                removed += 1
            count -= 1
            total -= size
            over = over and (count > MAX_ENTRIES * 0.8 or total > MAX_TOTAL_BYTES * 0.8)
        return removed


def _digest(key: str, payload: list) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{key}\0{canonical}".encode("utf-8", "surrogatepass")).hexdigest()


def _payload(entry: object, key: str) -> list | None:
    if not isinstance(entry, dict) or set(entry) != {"format", "key", "sha256", "results"}:
        return None
    results = entry["results"]
    if entry["format"] != FORMAT or entry["key"] != key or not isinstance(results, list):
        return None
    if not results or entry["sha256"] != _digest(key, results):
        return None
    return results


@functools.cache
def code_fingerprint() -> str:
    """`_code_fingerprint()`, once per process (the code a process runs does not change
    under it): the results cache and the profile store (profile/store.py) both key on it."""
    return _code_fingerprint()


def _code_fingerprint() -> str:
    """brandlint's own modules and lexicons, by content: an edited rule or lexicon
    invalidates the cache even before the version changes (development installs), while
    the same code installed again (a fresh CI checkout, pre-commit's new environment,
    where every mtime differs) still finds its results. About 0.5 MB hashed: a few ms
    (os.walk, not Path.rglob: half the time, on every cache hit)."""
    package = os.path.dirname(os.path.realpath(__file__))
    files = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        relative = Path(folder).relative_to(package).parts
        files += [(*relative, name) for name in names if name.endswith((".py", ".yaml"))]
    digest = hashlib.sha256()
    for parts in sorted(files):  # the order of the paths' parts, as sorting Paths gives
        digest.update("/".join(parts).encode() + b"\0")
        with open(os.path.join(package, *parts), "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()


def _entry(result: DocumentResult) -> dict:
    return {"path": result.path, "id": result.id, "channel": result.channel,
            "language": result.language, "scores": result.scores,
            "diagnostics": [{**d.to_json(), "family": d.family} for d in result.diagnostics],
            "campaign": result.campaign}


def _result(entry: object, expected_path: str | None) -> DocumentResult:
    """A stored result, checked field by field. Raises ValueError on anything unexpected."""
    _check_fields(entry, _RESULT_FIELDS)
    if expected_path is not None and entry["path"] != expected_path:
        raise ValueError("entry for another path")
    if not _valid_scores(entry["scores"]):
        raise ValueError("scores")
    diagnostics = []
    for d in entry["diagnostics"]:
        _check_fields(d, _DIAGNOSTIC_FIELDS)
        diagnostics.append(Diagnostic(**{**d, "severity": Severity.parse(d["severity"])}))
    campaign = entry["campaign"]
    if campaign is not None:
        from brandlint.campaign.facts import MessageFacts

        MessageFacts.from_json(campaign)  # raises on a shape brandlint did not write
    return DocumentResult(entry["path"], entry["id"], entry["channel"], entry["language"],
                          entry["scores"], diagnostics, campaign)


def _check_fields(value: object, fields: dict[str, tuple[type, ...]]) -> None:
    if not isinstance(value, dict) or set(value) != set(fields):
        raise ValueError("unexpected shape")
    for name, types in fields.items():
        if isinstance(value[name], bool) or not isinstance(value[name], types):
            raise ValueError(f"unexpected type for {name}")


def _valid_scores(scores: dict) -> bool:
    def number(v: object) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def numbers(v: object) -> bool:
        return isinstance(v, dict) and all(isinstance(k, str) and number(x) for k, x in v.items())

    def tone_detail(v: object) -> bool:  # the words behind each tone (engine.scores)
        return isinstance(v, dict) and set(v) == {"strength", "dominant", "raw", "words",
                                                  "coverage", "idea", "purposes",
                                                  "sentences", "service"} and \
            isinstance(v["purposes"], list) and all(isinstance(x, str) for x in v["purposes"]) \
            and isinstance(v["service"], bool) and \
            number(v["strength"]) and (v["dominant"] is None or isinstance(v["dominant"], str)) \
            and numbers(v["raw"]) and numbers(v["coverage"]) and numbers(v["idea"]) and \
            number(v["sentences"]) and isinstance(v["words"], dict) and all(
                isinstance(k, str) and isinstance(w, list) and all(isinstance(x, str) for x in w)
                for k, w in v["words"].items())

    return all(isinstance(k, str) and (number(v) or numbers(v) or (
        k == "tone_detail" and tone_detail(v))) for k, v in scores.items())


def model_version(name: str) -> str:
    """The installed version of a spaCy pipeline, without loading it: the package's
    metadata, or the meta.json of a pipeline given as a folder."""
    folder = Path(name)
    if folder.is_dir():
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            return f"{meta.get('name')}-{meta.get('version')}"
        except (OSError, ValueError, AttributeError):
            return "unknown"
    for candidate in (name, name.replace("_", "-")):
        found = installed_version(candidate)
        if found is not None:
            return found
    return "unknown"


def _installed(package: str) -> str:
    return installed_version(package) or "unknown"


def installed_version(package: str) -> str | None:
    """`importlib.metadata.version(package)`, None when it is not installed. The
    `Version:` of the first `<package>-<version>.dist-info` on sys.path is read
    directly: importing importlib.metadata (its email parser, zipfile…) would cost a
    cache hit a tenth of its time. Anything else (egg-info, zipped paths, no such
    folder) asks importlib.metadata."""
    wanted = _dist_name(package)
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                infos = sorted(e.name for e in listing if e.name.endswith(".dist-info"))
        except OSError:  # not a folder (a zip), or gone
            continue
        for info in infos:
            if _dist_name(info.removesuffix(".dist-info").split("-", 1)[0]) == wanted:
                version = _metadata_version(Path(entry or ".") / info / "METADATA")
                if version is not None:
                    return version
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _dist_name(name: str) -> str:
    """PEP 503's normalised name, as the folder names of dist-info write it."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _metadata_version(path: Path) -> str | None:
    """The `Version:` field of a METADATA file's header (before its first blank line)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    break
                field, _, value = line.partition(":")
                if field.strip().lower() == "version":
                    return value.strip()
    except (OSError, UnicodeDecodeError):
        return None
    return None


def settings_for(profile_path: str, model: str, severities: dict, config, channel_flag,
                 campaign: tuple = (), profile_digest: str | None = None) -> dict:
    """What a cached result depends on. `profile_digest`: the SHA-256 of the profile's
    bytes as the run read them (profile/store.py); without it the file is read here."""
    if profile_digest is None:
        try:
            profile_bytes = Path(profile_path).read_bytes()
        except OSError:
            profile_bytes = b""
        profile_digest = hashlib.sha256(profile_bytes).hexdigest()
    return {"profile": profile_digest, "model": model,
            "model_version": model_version(model), "spacy": _installed("spacy"),
            "rules": {code: int(sev) for code, sev in severities.items()},
            "channels": config.channels, "channel_flag": channel_flag,
            **({"campaign": list(campaign)} if campaign else {})}
