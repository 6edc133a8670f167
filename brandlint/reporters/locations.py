"""What CI systems need to place a finding: a URI for its file, relative to the checkout
and percent-encoded (spaces, accents, `<stdin>`), and a fingerprint that follows the
finding rather than its line."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from brandlint.reporters.escape import no_surrogates

SRCROOT = "%SRCROOT%"


def fingerprint(code: str, path: str, row: str | None, text: str, occurrence: int) -> str:
    """Rule, document, quoted words and which occurrence of them: not the line, so that
    an edit above a finding does not make it look new (as the baseline matches)."""
    words = " ".join(text.split()).casefold()
    blob = "\0".join((code, path, row or "", words, str(occurrence)))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def artifact_location(path: str, base: Path) -> dict:
    """`{"uri": …, "uriBaseId": "%SRCROOT%"}` for a file under `base`; an absolute
    `file:` URI for one outside it."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = Path(os.path.relpath(candidate, base))
        except ValueError:
            return {"uri": Path(no_surrogates(path)).as_uri()}
        if candidate.parts[:1] == ("..",):
            return {"uri": Path(no_surrogates(path)).as_uri()}
    relative = PurePosixPath(candidate.as_posix()).as_posix()
    relative = relative[2:] if relative.startswith("./") else relative
    return {"uri": quote(no_surrogates(relative), safe="/"), "uriBaseId": SRCROOT}


def base_uri(base: Path) -> str:
    uri = base.resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"
