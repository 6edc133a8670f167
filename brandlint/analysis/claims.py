"""Absolute words and superlatives in a draft, with the context rules need to judge them:
who the claim is about, whether it is a fixed expression, negated, hedged or quoted."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from brandlint.analysis import lexicons

SECOND_PERSON = {"vous", "tu", "you", "te", "toi", "v"}
SATISFACTION = {"satisfait", "satisfaite", "satisfaits", "déçu", "déçue", "déçus", "ravi",
                "ravie", "ravis", "content", "contente", "satisfied", "disappointed", "happy",
                "delighted", "remboursé", "remboursée", "refunded", "served", "servi", "livré",
                "livrée", "delivered"}
POSSESSIVES_OWN = {"notre", "nos", "our"}
POSSESSIVES_OTHER = {"votre", "vos", "ton", "ta", "tes", "your", "their", "leur", "leurs", "his",
                     "her", "my", "mon", "ma", "mes"}
MARKET_WORDS = ("du marché", "au monde", "de france", "d'europe", "in the world", "on the market",
                "in the uk", "in france", "world's", "mondial", "mondiale", "du monde")


@dataclass(frozen=True)
class ClaimMatch:
    start: int  # token index
    end: int
    text: str


@functools.cache
def _pattern(key: str, language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("claims")[key][language], not_before=r"\w#°")


def find(doc, key: str, language: str) -> list[ClaimMatch]:
    out = []
    for m in _pattern(key, language).finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            out.append(ClaimMatch(span.start, span.end, m.group(0)))
    return out


def in_exception(doc, match: ClaimMatch, key: str, language: str) -> bool:
    """Whether the words around the match form one of the fixed expressions (looked for
    in the line, not the parser's sentence, which copy often cuts in odd places)."""
    from brandlint.analysis.features import line_bounds

    start, end = line_bounds(doc, match.start)
    region = doc[start:min(end + 1, len(doc))]
    text = region.text.lower()
    pos = doc[match.start].idx - region.start_char
    for m in _pattern(key, language).finditer(text):
        if m.start() <= pos + len(match.text) and pos <= m.end():
            return True
    return False


def about_customer(token) -> bool:
    """'vous avez toujours été fidèle': the absolute describes the customer, not the brand.

    Not when the customer is promised something ('vous serez toujours remboursé',
    'you'll never be disappointed'): future tense, or a satisfaction/refund predicate.
    """
    verb = token.head if token.dep_ not in ("ROOT",) else token
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if subjects:
            break
        if verb.head is verb:
            break
        verb = verb.head
    if not any(s.lower_ in SECOND_PERSON for s in subjects):
        return _customer_in_past(token)
    group = [verb] + list(verb.children)
    if any("Fut" in t.morph.get("Tense") for t in group) or any(
            t.lower_ in ("will", "'ll", "wo") for t in group):
        return False
    return not any(t.lower_ in SATISFACTION for t in group)


def own_scope(analysis, token) -> bool:
    """'notre plus grand set à ce jour': compared with the brand's own range."""
    start, end = _line(analysis, token)
    text = analysis.doc[start:end].text.lower()
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text)
               for p in lexicons.load("claims")["own_scope"][analysis.language])


def _line(analysis, token) -> tuple[int, int]:
    from brandlint.analysis.features import line_bounds

    return line_bounds(analysis.doc, token.i)


OPINION_VERBS = {"croire", "penser", "aimer", "adorer", "vouloir", "rêver", "souhaiter",
                 "espérer", "believe", "think", "love", "want", "dream", "hope", "wish", "feel"}


def states_a_belief(token) -> bool:
    """'Nous avons toujours cru que…', 'We've always believed…': values, not a claim."""
    return token.head.lemma_.lower() in OPINION_VERBS


def _customer_in_past(token) -> bool:
    """Fallback where the parse hangs the absolute elsewhere: 'Tu as toujours été là'
    (a 2nd-person subject, a past tense, in the same clause)."""
    from brandlint.analysis.features import clause_bounds

    doc = token.doc
    start, end = clause_bounds(doc, token.i, "fr" if doc.lang_ == "fr" else "en")
    clause = doc[start:end]
    second = [t for t in clause if t.lower_ in SECOND_PERSON and "subj" in t.dep_]
    past = any("Past" in t.morph.get("Tense") or t.lower_ in ("été", "been") for t in clause)
    future = any("Fut" in t.morph.get("Tense") or t.lower_ in ("will", "'ll") for t in clause)
    return bool(second) and past and not future


def market_claim(sentence_text: str) -> bool:
    lowered = sentence_text.lower()
    return any(w in lowered for w in MARKET_WORDS)


def determiner_before(doc, index: int) -> str:
    """The word just before a superlative phrase, lowercased ('' at the start)."""
    return doc[index - 1].lower_ if index > 0 else ""


def advice_to_reader(token) -> bool:
    """'Ne manquez jamais une nouveauté', 'Never miss a new set': an imperative tells the
    reader what to do; it claims nothing about the brand."""
    verb = token.head
    advice = set(lexicons.load("claims")["advice_verbs"]["fr" if verb.doc.lang_ == "fr" else "en"])
    if verb.lemma_.lower() not in advice and verb.lower_ not in advice:
        return False
    if "Imp" in verb.morph.get("Mood"):
        return True
    no_subject = not any("subj" in c.dep_ for c in verb.children)
    opening = all(t.lower_ in ("ne", "n'", "n’") or t.is_punct
                  for t in verb.doc[verb.sent.start:verb.i])
    if verb.doc.lang_ == "fr":  # the small model often tags "manquez" as a participle
        return no_subject and opening and verb.lower_.endswith(("ez", "ons"))
    # English imperatives: a bare verb with no subject that opens its clause
    return (verb.tag_ == "VB" and not any("subj" in c.dep_ for c in verb.children)
            and all(t.lower_ in ("never", "always", "do", "n't", "not") or t.is_punct
                    for t in verb.doc[verb.sent.start:verb.i]))


def question_to_reader(token) -> bool:
    """'Never built a spaceship before?', 'Jamais construit de fusée ?': a question about
    the reader's experience, not a claim."""
    sent = token.sent
    if not sent.text.rstrip().endswith("?"):
        return False
    verb = token.head
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return not subjects or any(s.lower_ in SECOND_PERSON for s in subjects)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def names_its_source(line: str, language: str) -> bool:
    """The claim's line says who measured or awarded it, and when."""
    return bool(_YEAR.search(line)) and bool(_pattern("source_markers", language).search(line))
