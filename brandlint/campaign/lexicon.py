"""The campaign words (facts.yaml): data, loaded once, matched as phrases."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from brandlint.analysis.lexicons import phrase_pattern


@functools.cache
def _load() -> dict:
    text = resources.files(__package__).joinpath("facts.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def table(language: str) -> dict:
    data = _load()
    return data.get(language, data["en"])


@functools.cache
def pattern(language: str, key: str, sub: str | None = None) -> re.Pattern:
    words = table(language)[key]
    if sub is not None:
        words = words[sub]
    return phrase_pattern(_with_shorthand(words, table(language).get("shorthand", {})),
                          not_before=r"\w", not_after=r"\w")


def _with_shorthand(phrases: list[str], shorthand: dict[str, list[str]]) -> list[str]:
    """The phrases, each word also read in the shorthand of SMS and short posts (« ds
    la limite des stocks », « sur la 1re commande »). Regex entries stay as written."""
    out = []
    for phrase in phrases:
        words = phrase.split(" ")
        if phrase.startswith("re:"):
            out.append(phrase)
            if _ACCENTED.search(phrase) and not re.compile(phrase[3:]).groups:
                # the same regular expression read in an SMS written without accents
                # (« etudiants », « la selection Printemps », « carte etudiante »)
                out.append("re:" + _bare_regex(phrase[3:]))
            continue
        if any(w.lower() in shorthand for w in words):
            parts = [f"(?:{'|'.join(re.escape(f) for f in (w, *shorthand[w.lower()]))})"
                     if w.lower() in shorthand else re.escape(w) for w in words]
            out.append("re:" + r"\s+".join(parts))
        else:
            out.append(phrase)
        if any(len(w) > 2 and _ACCENTED.search(w) for w in words):
            # an SMS written without accents (« Nvx abonnes », « hors avant-1eres »)
            # says the same words
            forms = [(w, *shorthand.get(w.lower(), ())) for w in words]
            parts = [f"(?:{'|'.join(re.escape(_bare(f)) for f in each)})" for each in forms]
            out.append("re:" + r"\s+".join(parts))
    return out


_ACCENTED = re.compile("[àâçéèêëîïôûùüÀÂÇÉÈÊËÎÏÔÛÙÜ]")
_BARE = str.maketrans("àâçéèêëîïôûùüÀÂÇÉÈÊËÎÏÔÛÙÜ", "aaceeeeiiouuuAACEEEEIIOUUU")


def _bare(word: str) -> str:
    return word.translate(_BARE) if len(word) > 2 else word


def _bare_regex(source: str) -> str:
    """A regular expression whose accented letters inside a word of the pattern also
    match the bare letter: « étudiante? » → « [ée]tudiante? ». A letter standing alone
    (« à ») and the ends of a class range (« [a-zà-ÿ] ») are left as written; an
    expression that captures groups is not read twice (its groups keep their numbers)."""
    tokens, i = [], 0
    while i < len(source):
        size = 2 if source[i] == "\\" else 1
        tokens.append(source[i:i + size])
        i += size
    out, depth = [], False
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n else ""
        after = tokens[n + 1] if n + 1 < len(tokens) else ""
        if token == "[" and not depth:
            depth = True
        elif token == "]" and depth:
            depth = False
        elif len(token) == 1 and _ACCENTED.match(token):
            if depth:
                if before != "-" and after != "-":
                    out.append(token + _bare(token * 3)[0])
                    continue
            elif before.isalpha() or after.isalpha():
                out.append(f"[{token}{_bare(token * 3)[0]}]")
                continue
        out.append(token)
    return "".join(out)


_ARTICLE = re.compile(r"\s*\b(?:le|la|les|l['’]|ce|cette|the|on|this|a)\s*$", re.I)


def ends_with(text: str, language: str, key: str) -> bool:
    """The words just before a figure end with one of `key`'s phrases, an article or a
    colon between them allowed (« avant le 20/12 », "ends on the 24th", "Fin : 24/12")."""
    for tail in (text.rstrip(" :"), _ARTICLE.sub("", text).rstrip(" :")):
        tail = tail[-40:]
        if tail and any(m.end() == len(tail) for m in pattern(language, key).finditer(tail)):
            return True
    return False


def starts_with(text: str, language: str, key: str) -> bool:
    head = text.lstrip()
    return any(m.start() == 0 for m in pattern(language, key).finditer(head[:40]))
