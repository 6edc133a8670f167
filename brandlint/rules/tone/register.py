from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from brandlint.analysis import features, lexicons
from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import quote
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.tone import words as say

# the register that is not the one set (BL204 looks for it; calibrate --approved counts it)
OTHER_REGISTER = {"tu": "vous", "vous": "tu", "formal": "informal", "informal": "formal"}


@functools.cache
def _phrases(language: str, register: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("register")[language][register],
                                   not_before=r"\w'’")


def _markers(analysis, register: str) -> list[tuple[int, int]]:
    """Character spans of words of `register`, outside quoted or reported speech."""
    found = []
    if analysis.language == "fr":
        words = lexicons.words("register", "fr", register)
        groups: dict[int, bool] = {}  # by line bounds: the line speaks to a group
        # a draft that counts its readers (« Vous étiez plus de 200 samedi », « vous êtes
        # venus nombreux ») speaks to a crowd: each of its vous is plural
        crowd = register == "vous" and _counts_its_readers(analysis)
        owned = register == "vous" and any(t.lower_ in ("votre", "vos", "vôtre", "vôtres")
                                           and not analysis.is_quoted(t)
                                           for t in features.tokens(analysis.doc))
        for t in features.tokens(analysis.doc):
            lower = t.lower_
            # "le ton de la marque" is a noun, not a possessive
            if lower == "ton" and t.pos_ == "NOUN":
                continue
            # the word first: asking whether it is quoted or spoken to a group is dearer
            if not (lower.lstrip("-") in words or imperative_register(analysis, t) == register):
                continue
            if analysis.is_quoted(t) or analysis.in_a_title_name(t) or register == "vous" and (
                    crowd or _to_a_group(analysis, t, groups) or
                    not owned and _banter_to_followers(analysis, t)):
                continue
            found.append((t.idx, t.idx + len(t.text)))
        return found
    for m in _phrases("en", register).finditer(analysis.text):
        if _inside_a_name(analysis.text, m.start(), m.end()):
            continue
        span = analysis.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not analysis.is_quoted(span[0]) and \
                not analysis.in_a_title_name(span[0]) and not _people_talked_about(span):
            found.append((m.start(), m.end()))
    return found


def addresses_in(analysis, register: str) -> bool:
    """Whether the draft addresses its reader in `register` (tu, vous, formal,
    informal) somewhere outside quoted words: `calibrate --approved` counts the drafts
    that use the profile's register."""
    return bool(_markers(analysis, register))


def _people_talked_about(span) -> bool:
    """A noun of address (`address_nouns`: guys, mate) under a determiner or an article
    ("we are the good guys", "a mate of mine"): people the draft talks about, nobody
    hailed."""
    if len(span) != 1 or span[0].lower_ not in lexicons.words("register", "en",
                                                              "address_nouns"):
        return False
    noun = span[0]
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("you", "your")
               for c in noun.children)


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """The match is a piece of a name written with dots or slashes ("Img.ur", "ur.example",
    "u/someone"), glued to its neighbours: not a word said to the reader."""
    glue = "./@"
    before = start >= 2 and text[start - 1] in glue and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in glue and text[end + 1].isalnum()
    return before or after


_NOT_VERBS = {"chez", "assez", "nez", "rez"}


@functools.cache
def _announcement() -> re.Pattern:
    """An announcement's stock formula (`announcement` in the register lexicon)."""
    return re.compile("|".join(re.escape(p) for p in
                               lexicons.load("register")["announcement"]["en"]), re.I)


@functools.cache
def _group_address() -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("register")["group_address"]["fr"])


def _to_a_group(analysis, token, lines: dict[int, bool]) -> bool:
    """A vous on a line that speaks to a group (« Et vous la team ? ») is plural. `lines`
    keeps the answer by line, for the other words of the same line."""
    start, end = features.line_bounds(analysis.doc, token.i)
    key = start * (len(analysis.doc) + 1) + end
    if key not in lines:
        lines[key] = bool(_group_address().search(features.span_text(analysis.doc, start, end)))
    return lines[key]


def _banter_to_followers(analysis, token) -> bool:
    """A vous in a broadcast's banter is said to all its followers (« vous les
    reconnaissez ? nous aussi… ou presque », « arrêtez de dire la wi-fi ? », « le mec qui a
    inventé le wi-fi vous me le branchez celui-là »): a question put to the crowd in the
    spoken register (subject before verb, no « -vous » inversion), or a line in the spoken
    register (`colloquial`). Read only in a broadcast (not a reply nor
    a service channel) that gives the reader nothing of their own — the caller
    checks that no votre / vos is said (« un studio pro dans votre poche » is one reader's
    pocket), and a pitch (« découvrez notre freebox… elle risque de vous faire rougir ») is
    neither a question nor banter."""
    if analysis.channel.service or analysis.is_personal_reply:
        return False
    sentence = features.text_of(token.sent).rstrip()
    if sentence.endswith("?") and not _INVERTED.search(sentence):
        return True  # (« qu'en pensez-vous ? » inverts: the written, polite question)
    start, end = features.line_bounds(analysis.doc, token.i)
    return bool(_colloquial().search(features.span_text(analysis.doc, start, end)))


_INVERTED = re.compile(r"\w-vous\b", re.I)


@functools.cache
def _colloquial() -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("register")["colloquial"]["fr"])


# the verb between a subject vous and what it is said to be (« vous étiez », « vous avez été »)
_COPULA = {"êtes", "étiez", "serez", "seriez", "avez", "aviez", "été", "fûtes"}
_COUNT_LEAD = {"plus", "près", "presque", "environ", "de", "d'", "d’", "des", "déjà", "bien"}


def _counts_its_readers(analysis) -> bool:
    """Whether the draft says its readers are many: a subject vous said to be a number
    (« Vous étiez 3 412 ce week-end », « vous avez été des centaines ») or given a plural
    agreement (« vous êtes venus nombreux », « vous êtes nombreuses à… »): the polite vous
    of one reader agrees in the singular (« vous êtes ravie »), so the morphology tells."""
    count_words = lexicons.words("register", "crowd_counts", "fr")
    tokens = features.tokens(analysis.doc)
    for t in tokens:
        if t.lower_ != "vous" or not t.dep_.startswith("nsubj") or analysis.is_quoted(t):
            continue
        at = t.i + 1
        while at < len(tokens) and tokens[at].lower_ in _COPULA:
            at += 1
        if at == t.i + 1 or at >= len(tokens) or tokens[at - 1].lower_ in ("avez", "aviez"):
            continue  # no « êtes / étiez / avez été » right after the vous (« vous avez 14
            # jours » is a delay, not a count of readers)
        while at < len(tokens) and tokens[at].lower_ in _COUNT_LEAD:
            at += 1
        said = tokens[at] if at < len(tokens) else None
        if said is None:
            continue
        morph = features.morph(said)
        if said.like_num or said.lower_ in count_words or (
                said.pos_ in ("ADJ", "VERB", "NOUN") and "Plur" in morph.get("Number")
                and ("Part" in morph.get("VerbForm") or said.pos_ != "VERB")):
            return True
    return False


_CLITICS = {"-toi", "-moi", "-nous", "-le", "-la", "-les", "-lui", "-leur", "-en", "-y"}


def imperative_register(analysis, token) -> str | None:
    """The register of a French imperative, read from its morphology: « Découvrez » (2nd
    plural, -ez) is vous; « Inscris-toi », « Montre-nous » (a singular imperative, or a
    verb with a hyphenated pronoun after it) tu. The small model tags many imperatives as
    nouns: a word opening its clause then counts by its -ez ending. Participles and
    third persons (« réunis », « il arrive ») are never imperatives."""
    if not token.is_alpha or token.lower_ in _NOT_VERBS or \
            token.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
        return None
    morph = features.morph(token)
    if "Part" in morph.get("VerbForm") or "3" in morph.get("Person") \
            or "1" in morph.get("Person"):
        return None  # « Qui sommes-nous ? »: the brand's own verb, inverted in a question
    lower = token.lower_
    after = analysis.doc[token.i + 1].lower_ if token.i + 1 < len(analysis.doc) else ""
    if lower.endswith("ez") and len(lower) > 4 or lower in ("dites", "faites"):
        start, _ = features.clause_bounds(analysis.doc, token.i, analysis.language)
        opening = all(t.lower_ in ("ne", "n'", "n’", "et", "puis", "alors")
                      for t in features.tokens(analysis.doc)[start:token.i])
        return "vous" if opening or after in _CLITICS or "Imp" in morph.get("Mood") else None
    if lower.endswith("ons"):
        return None  # « Découvrons »: the brand and the reader together
    if after in _CLITICS or "Imp" in morph.get("Mood") and "Sing" in morph.get("Number"):
        return "tu"
    return None


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    expected = analysis.channel.address or analysis.profile.address
    if expected is None:
        return
    wrong = OTHER_REGISTER[expected]
    if analysis.language == "en" and expected == "informal":
        wrong = "formal"
    slips = _markers(analysis, wrong)
    if wrong == "formal" and all(_announcement().fullmatch(analysis.text[s:e])
                                 for s, e in slips):
        # "ISRG … is pleased to announce our collaboration": an announcement's formula,
        # said of the house to the public, with no formal word to the reader beside it
        return
    if not slips or analysis.in_readers_voice:
        return  # (a share text the reader sends a friend: their register, not the brand's)
    if wrong == "formal" and analysis.sets_rules:
        # "The community kindly requests that you comply with the following guidelines":
        # a page of rules asks in the genre's formal words, not the brand turning stiff
        return
    if wrong == "vous" and _markers(analysis, "tu"):
        # « Tu as raison d'être fâché : elle vous a volé la fin de l'aventure », « Et toi,
        # tu te maries quand ? Merci à vous deux » — a draft that says tu to its reader
        # says vous to the reader and their group, or to the audience: plural, not polite
        return
    start, end = slips[0]
    words = ", ".join(quote(w, 30) for w in dict.fromkeys(
        analysis.text[s:e].lower() for s, e in slips))
    yield RULE.finding(
        start, end,
        say.register(analysis.profile.brand, expected, wrong,
                     analysis.channel_name if analysis.channel.address else None, words,
                     len(slips)),
        suggestion=say.rewrite(expected))


RULE = Rule(
    "BL204", "register-mismatch", Severity.WARNING,
    "The draft addresses the reader in the wrong register (tu/vous, formal/informal).",
    RuleDoc(
        what="Compares how the draft addresses the reader with the channel's `address` "
             "(else the profile's): in French the tu/vous pronouns and possessives; in "
             "English set phrases of the other register (\"hey guys\", \"gonna\" where the "
             "brand is formal; \"Dear Sir or Madam\", \"kindly\", \"please find enclosed\" "
             "where it is informal; a page of rules asks in the genre's formal words, \"kindly "
             "requests that you comply\"). Quoted and reported words are left alone, and so is "
             "a French vous in a draft that says tu to its reader (the reader and their "
             "group, or the audience: plural, not polite).",
        why="The register is part of the brand's voice on each channel: a tu on a vous "
            "brand, or a stiff letter on a friendly one, breaks the relationship the "
            "brand has chosen.",
        fires=(Example("Découvre tes nouvelles briques et montre-nous ta création !"),
               Example("Dear Sir or Madam, please find enclosed your building guide.",
                       lang="en")),
        does_not_fire=(Example("Découvrez vos nouvelles briques et montrez-nous votre "
                               "création !"),
                       Example("Hi Sam, here's your building guide. Have fun!", lang="en"),
                       Example("Montre-nous ce que tu as construit !", channel="social")),
        fix="Rewrite the draft in the register the profile sets for the channel.",
    ),
    check=check,
)
