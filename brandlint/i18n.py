"""Words for people, in the report's language: gettext catalogues under brandlint/locale.

Messages are written in English in the code (the msgids) and translated through the
catalogue of the report's language (`brandlint/locale/fr/LC_MESSAGES/brandlint.po`,
compiled to `.mo` by `make messages`). A rule adds a message with one call:

    from brandlint.i18n import _
    yield RULE.finding(start, end, _("“{words}” is …").format(words=quote(text)))

Text that is shown later (rule docs, names in tables) is marked with `N_()` where it is
defined and translated with `_()` where it is shown.

The report's language is one value for a whole run: `--lang`, else `BRANDLINT_LANG`,
else the profile's language. It travels in a context variable set by the check run and by
the engine around each document, so rules do not take it as an argument.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext
import os
import re
from collections.abc import Iterator
from pathlib import Path

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"  # the language of the msgids
DOMAIN = "brandlint"
LOCALE_DIR = Path(__file__).parent / "locale"

_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "brandlint_report_language", default=None)


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[language])


def current() -> str:
    """The language of the report being written ("en" outside any run)."""
    return _language.get() or SOURCE_LANGUAGE


def _(message: str) -> str:
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; `_()` translates it where it
    is shown."""
    return message


@contextlib.contextmanager
def use(language: str | None) -> Iterator[str]:
    """Write in `language` inside the block (None keeps the language already in force)."""
    if language is None:
        yield current()
        return
    token = _language.set(normalise(language))
    try:
        yield current()
    finally:
        _language.reset(token)


def normalise(language: str) -> str:
    """"fr_FR.UTF-8", "FR", "fr-CA" -> "fr"; anything unsupported -> English."""
    code = re.split(r"[_.@-]", language.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def report_language(flag: str | None, profile_language: str | None) -> str:
    """`--lang`, else BRANDLINT_LANG, else the profile's language, else the locale."""
    for value in (flag, os.environ.get("BRANDLINT_LANG")):
        if value:
            return normalise(value)
    if profile_language:
        return normalise(profile_language)
    return locale_language()


def locale_language() -> str:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), for commands that
    have no profile to go by."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise(value)
    return SOURCE_LANGUAGE


def number(value: int) -> str:
    """24,000 in English, 24 000 in French (a narrow no-break space)."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if current() == "fr" else text


# -- quoting the draft's words --------------------------------------------------------------

_URL = re.compile(r"\b(?:https?://|www\.)([^\s/]+)\S*", re.IGNORECASE)


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most `limit` characters, cut between words (never inside one), and
    web addresses reduced to their host ("https://lego.com/fr/x?y" -> "lego.com/…")."""
    flat = " ".join(text.split())
    flat = _URL.sub(lambda m: m.group(1) + ("/…" if len(m.group(0)) > len(m.group(1)) + 8
                                            else ""), flat)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if not flat[limit - 1].isspace() and " " in cut:  # inside a word: back to its start
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def quote(text: str, limit: int = 80) -> str:
    """The draft's words in the quotation marks of the report's language."""
    words = shorten(text, limit)
    return f"« {words} »" if current() == "fr" else f"“{words}”"


def join_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _(" or ") + items[-1]
