"""Validated profiles kept between runs, as the results cache keeps results.

`brandlint check` reads its profile on every run, and a run whose drafts are all cached
does little else: parsing the YAML in Python, building the schema's validators (pydantic)
and validating cost about as much as the rest of that run. The store keeps the profile
`parse_profile` made, pickled, in the cache folder, under the SHA-256 of the profile's
bytes, brandlint's code (`cache.code_fingerprint`, lexicons included), the Python and
pydantic versions; the next run with the same bytes unpickles it: no YAML, no validation,
no pydantic imported (the profile's classes are plain dataclasses: schema.py).

Anything else reads the file again: other bytes (an edited profile is never stale: its
key changes), an invalid profile (never stored: its errors come from the loader, with
file and line), a missing or damaged entry. An entry is trusted only if its SHA-256 and
key read back, and the unpickler builds nothing but the profile's own classes (a folder
someone else wrote cannot run code through it); anything unexpected is a miss, never a
crash. The path the run named, which the reports show, is set on each load: it is not in
the key. One entry is kept per profile path: a new version replaces the older ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from brandlint.profile.schema import Profile

FORMAT = 1
MAX_PROFILE_BYTES = 1_000_000  # safe_yaml.MAX_BYTES: a larger file goes to the loader
MAX_ENTRY_BYTES = 2_000_000  # a profile is a few kB; its pickle is no larger
# The classes a stored profile is made of; the unpickler finds nothing else.
_ALLOWED = {
    "brandlint.profile.schema": {"Profile", "CentralIdea", "Channel", "Readability",
                                 "Promise", "Terms", "ToneSettings"},
    "brandlint.profile.durations": {"Duration"},
    "brandlint.profile.availability": {"OpeningHours", "Weekdays"},
}


def load(path: str, folder: Path | None, prepare: Callable[[Path], None] | None = None
         ) -> Profile:
    """The profile at `path`: from `folder` when it holds these bytes, else read and
    validated (`loader.load_profile`, errors and all), then kept there if `prepare` is
    given (it makes the folder before a write). `folder` None: always read."""
    if folder is None:
        return _loader().load_profile(path)
    try:
        data = _read(Path(path))
    except (OSError, ValueError):
        return _loader().load_profile(path)  # the loader says what is wrong with the file
    _digests[str(path)] = hashlib.sha256(data).hexdigest()
    key = _key(data)
    entry = folder / f"profile-{_path_key(path)}-{key[:32]}.pickle"
    profile = _restore(entry, key)
    if profile is not None:
        return profile.located(str(path))
    profile = _loader().load_bytes(data, str(path))  # the bytes the key was made from
    if prepare is not None:
        _keep(entry, key, profile, folder, prepare)
    return profile


# The SHA-256 of the bytes each profile was built from in this process: the result
# cache keys its entries on them (cache.settings_for) without reading the file again —
# and on exactly the bytes that made the profile, should the file change meanwhile.
_digests: dict[str, str] = {}


def digest(path: str) -> str | None:
    """The SHA-256 of the bytes `load` read for `path` in this process, else None."""
    return _digests.get(str(path))


def _loader():
    """The YAML loader (PyYAML, the validators): imported only when the store misses."""
    from brandlint.profile import loader

    return loader


def _read(path: Path) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read(MAX_PROFILE_BYTES + 1)
    if len(data) > MAX_PROFILE_BYTES:
        raise ValueError("too large")  # the loader refuses it, with its message
    return data


def _key(data: bytes) -> str:
    from brandlint.cache import code_fingerprint, installed_version

    digest = hashlib.sha256()
    for part in (f"profile-v{FORMAT}", sys.version, str(installed_version("pydantic")),
                 str(installed_version("pydantic-core")), code_fingerprint()):
        digest.update(part.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def _path_key(path: str) -> str:
    """The entries of one profile file share this (a new version replaces the old)."""
    try:
        resolved = str(Path(path).resolve())
    except (OSError, RuntimeError):
        resolved = str(path)
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _restore(entry: Path, key: str) -> Profile | None:
    try:
        if entry.stat().st_size > MAX_ENTRY_BYTES:
            return None
        head, _, body = entry.read_bytes().partition(b"\n")
        if head != f"{key} {hashlib.sha256(body).hexdigest()}".encode():
            return None
        profile = _restore_bytes(body)
    except Exception:  # missing, damaged, foreign or from another pydantic: read again
        return None
    return profile if type(profile) is Profile else None


def _keep(entry: Path, key: str, profile: Profile, folder: Path,
          prepare: Callable[[Path], None]) -> None:
    """Write the entry and drop this path's older ones; a failure (read-only folder,
    full disk) only means reading the YAML next time."""
    from brandlint.regexcache import write_atomically

    with contextlib.suppress(Exception):
        body = pickle.dumps(profile, protocol=pickle.HIGHEST_PROTOCOL)
        restored = _restore_bytes(body)
        if restored != profile or restored._lines != profile._lines:
            return  # a later run would not get back what the loader made
        prepare(folder)
        write_atomically(entry, f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body)
        prefix = entry.name.rsplit("-", 1)[0]
        for old in folder.glob(f"{prefix}-*.pickle"):
            if old != entry:
                old.unlink(missing_ok=True)


def _restore_bytes(body: bytes) -> object:
    return _Unpickler(io.BytesIO(body)).load()


class _Unpickler(pickle.Unpickler):
    """Builds the profile's classes and plain data, nothing else (Python's documented
    way to restrict unpickling: "Restricting Globals")."""

    def find_class(self, module: str, name: str) -> type:
        if name not in _ALLOWED.get(module, ()):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a profile")
        return super().find_class(module, name)
