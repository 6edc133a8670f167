"""Which columns of a campaign batch hold the text, the id and the channel: the usual
header names, or the ones the CLI's --*-column flags name for the run. Apart from the
batch reader (sources/batch.py) so that a run whose files all come from the cache sets
them without importing the readers."""

from __future__ import annotations

import contextlib
import contextvars
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Header names as teams write them (compared without case or accents); `--text-column`,
# `--id-column` and `--channel-column` name others.
COLUMN_NAMES = {
    "text": ("text", "texte", "message", "contenu", "content", "body", "corps", "copy"),
    "id": ("id", "identifiant", "ref", "reference", "code"),
    "channel": ("channel", "canal", "support"),
    "noqa": ("noqa",),
}


@dataclass(frozen=True)
class Columns:
    """Which header names hold the text, the id and the channel (None: the usual names)."""

    text: str | None = None
    id: str | None = None
    channel: str | None = None

    def names(self, role: str) -> tuple[str, ...]:
        chosen = getattr(self, role, None)
        return (_plain(chosen),) if chosen else COLUMN_NAMES[role]


_columns: contextvars.ContextVar[Columns | None] = contextvars.ContextVar(
    "brandlint_batch_columns", default=None)


def _chosen() -> Columns:
    return _columns.get() or Columns()


@contextlib.contextmanager
def use_columns(columns: Columns) -> Iterator[None]:
    """Read the batches of a run with these column names (the CLI's --*-column flags)."""
    token = _columns.set(columns)
    try:
        yield
    finally:
        _columns.reset(token)


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
