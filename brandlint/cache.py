"""Results cache: unchanged drafts are not analysed again (ruff's habit).

One entry per source file, keyed by brandlint's version, the profile's bytes, the
spaCy model, the rule selection, the channel settings and the file's path and bytes.
A run where every file is cached never loads spaCy. Batches larger than
`MAX_CACHED_BYTES` are streamed and not cached, so that they never sit in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from brandlint import __version__
from brandlint.diagnostics import Diagnostic, Severity
from brandlint.engine import DocumentResult

MAX_CACHED_BYTES = 2_000_000
CACHE_DIR = ".brandlint_cache"


class ResultCache:
    def __init__(self, root: Path, settings: dict):
        self.folder = root / CACHE_DIR / "v1"
        blob = json.dumps({"version": __version__, "code": _code_fingerprint(), **settings},
                          sort_keys=True, default=str)
        self._settings = hashlib.sha256(blob.encode()).hexdigest()

    def key(self, path: Path) -> str | None:
        if not path.is_file():  # a pipe (`<(cmd)`) read here would be empty for the reader
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if len(data) > MAX_CACHED_BYTES:
            return None
        digest = hashlib.sha256()
        digest.update(self._settings.encode())
        digest.update(os.fsencode(path.as_posix()))  # a file name need not be UTF-8
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> list[DocumentResult] | None:
        try:
            entries = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return [_result(e) for e in entries]

    def put(self, key: str, results: list[DocumentResult]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{key}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps([_entry(r) for r in results], ensure_ascii=False),
                           encoding="utf-8")
            tmp.replace(self.folder / f"{key}.json")
        except (OSError, ValueError):
            pass  # a read-only tree, or a lone surrogate no UTF-8 file holds: no cache


def _code_fingerprint() -> str:
    """brandlint's own modules and lexicons: an edited rule or lexicon invalidates the cache
    even before the version changes (development installs)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".yaml"):
            stat = file.stat()
            digest.update(f"{file.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}"
                          .encode())
    return digest.hexdigest()


def _entry(result: DocumentResult) -> dict:
    return {"path": result.path, "id": result.id, "channel": result.channel,
            "language": result.language, "scores": result.scores,
            "diagnostics": [{**d.to_json(), "family": d.family} for d in result.diagnostics]}


def _result(entry: dict) -> DocumentResult:
    diagnostics = []
    for d in entry["diagnostics"]:
        d = dict(d)
        d["severity"] = Severity.parse(d["severity"])
        diagnostics.append(Diagnostic(**d))
    return DocumentResult(entry["path"], entry["id"], entry["channel"], entry["language"],
                          entry["scores"], diagnostics)


def settings_for(profile_path: str, model: str, severities: dict, config, channel_flag) -> dict:
    try:
        profile_bytes = Path(profile_path).read_bytes()
    except OSError:
        profile_bytes = b""
    return {"profile": hashlib.sha256(profile_bytes).hexdigest(), "model": model,
            "rules": {code: int(sev) for code, sev in severities.items()},
            "channels": config.channels, "channel_flag": channel_flag}
