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


def ranks_offer(analysis, match: ClaimMatch) -> bool:
    """A superlative ranks the brand's offer when the thing it ranks is the brand, one of
    its named products or a word of its own vocabulary (idea, related words, services),
    or when it is what the clause says of the brand or its product ("Firefox is the
    fastest browser", « nos vélos sont les plus légers »). "The most pressing
    questions", "the best interests", "the best day of the year" rank something else."""
    doc = analysis.doc
    noun = _ranked_noun(doc, match)
    if noun is not None and _offer_word(analysis, noun):
        return True
    frame = analysis.frame(doc[match.start])
    if frame.holder not in ("brand", "product") or not frame.commits_brand:
        return False
    head = noun if noun is not None else doc[match.end - 1]
    return head.dep_ in ("attr", "acomp", "appos", "ROOT", "oprd") or head.i == frame.predicate


def market_by_meaning(doc, match: ClaimMatch, language: str) -> bool:
    """« le plus vendu », "the most popular", "the cheapest": a ranking against the
    market whatever is ranked."""
    words = set(lexicons.load("claims")["market_predicates"][language])
    tail = [t.lower_ for t in doc[match.end - 1: match.end + 2]]
    return any(w in words for w in tail) or any(
        w.strip(",.") in words for w in match.text.lower().split())


def _ranked_noun(doc, match: ClaimMatch):
    for t in doc[match.end: match.end + 3]:
        if t.is_punct:
            break
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    before = doc[match.start - 1] if match.start > 0 else None  # « le vélo le plus léger »
    if before is not None and before.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def _offer_word(analysis, token) -> bool:
    vocab = analysis.vocabulary
    lemma, lower = token.lemma_.lower(), token.lower_
    words = vocab.idea_core | vocab.idea_related | vocab.idea_statement
    if lemma in words or lower in words or token.i in analysis.service_words:
        return True
    if token.pos_ == "PROPN":  # the brand or one of its named products
        return True
    return lower in {part.lower() for part in analysis.profile.brand.split()}


def own_history(analysis, match: ClaimMatch) -> bool:
    """"The fastest Firefox ever", « la version la plus rapide de Firefox jamais
    réalisée »: a named product compared with its own earlier versions."""
    noun = _ranked_noun(analysis.doc, match)
    start, end = _line(analysis, analysis.doc[match.start])
    words = {t.lower_ for t in analysis.doc[start:end]}
    named = noun is not None and (noun.pos_ == "PROPN" or any(
        t.pos_ == "PROPN" for t in noun.children))
    return named and bool(words & {"ever", "jamais"})


def means_ever(token) -> bool:
    """French « jamais » with no « ne » after a comparison means "ever": « plus rapide
    que jamais », « la plus rapide jamais réalisée »."""
    if token.lower_ != "jamais":
        return False
    from brandlint.analysis.features import clause_bounds

    start, _ = clause_bounds(token.doc, token.i, "fr")
    before = [t.lower_ for t in token.doc[start:token.i]]
    if any(w in ("ne", "n'", "n’") for w in before):
        return False
    return any(w in ("plus", "moins", "mieux", "meilleur", "meilleure", "meilleurs",
                     "meilleures", "que", "qu'", "qu’") for w in before)


def numbering(doc, match: ClaimMatch) -> bool:
    """« Principe n°1 », "Step #1": a number in a list, not a ranking."""
    if not match.text.lower().startswith(("n°", "n° ", "nº", "#", "no.", "no ")):
        return False
    before = doc[match.start - 1] if match.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ not in (
        "marque", "brand", "vente", "ventes", "sales")


def about_others(analysis, match: ClaimMatch) -> bool:
    """The superlative describes someone else: "other leading browsers", or a noun
    phrase in apposition to a name that is not the brand's (« créé par Mistral, leader
    européen de l'IA »)."""
    doc = analysis.doc
    others = {"other", "others", "autres", "d'autres", "d’autres"}
    if any(t.lower_ in others for t in doc[max(0, match.start - 2): match.start]):
        return True
    brand = {part.lower() for part in analysis.profile.brand.split()}
    for t in doc[match.start: min(match.end + 3, len(doc))]:
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.lower_ not in brand:
            return True
    # "Mistral, leader européen de l'IA": the name before the comma is someone else's
    i = match.start - 1
    while i >= 0 and doc[i].lower_ in ("le", "la", "les", "l'", "l’", "the", "a", "an"):
        i -= 1
    if i >= 1 and doc[i].text == ",":
        named = doc[i - 1]
        return named.text[:1].isupper() and named.lower_ not in brand and \
            named.pos_ in ("PROPN", "NOUN") and named.i > 0
    return False


def names_the_brand(analysis, match: ClaimMatch) -> bool:
    """The superlative is said of the brand by name, whoever the clause's subject is:
    "Your trust has made Fournil Léon the leading bakery", « Calidor, le leader… »."""
    brand = {part.lower() for part in analysis.profile.brand.split()}
    doc = analysis.doc
    window = doc[max(0, match.start - 4): match.start]
    return any(t.lower_ in brand for t in window)
