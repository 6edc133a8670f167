"""Stance: where a draft pulls, in the brand's own voice, towards the central idea or
against it.

An editor does not weigh every word of the idea alike. "Nine locks before noon, who can
beat that?" names the canal (a word of the idea's topic) while it sells the race against
the idea of taking one's time; « on s'occupe de tout, vous n'avez plus rien à décider »
names the decision while it takes it away from the family. So the stance sets apart:

- what pulls *against* the idea, each word once: the profile's `avoid` words the brand
  affirms, the opposite of a value the idea stands on (`values.py`), the idea's own
  words turned down, and a pure price push (the offer's amounts, cuts and urgency, from
  the tone reading) when the idea is not itself about price;
- what carries the idea's *values*: lexicon words that say a value (a verb, an adjective,
  an adverb, or a word of a value axis the idea stands on: « prendre le temps »,
  « lentement », "decide together"), as opposed to the topic's nouns (« écluse »,
  "locks", « salle »), which a draft arguing the opposite names as readily as one that
  carries the idea.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from brandlint.analysis import features, idea_acts, lexicons, values
from brandlint.analysis.idea import FIRST
from brandlint.analysis.idea import headline as idea_headline

VALUE_POS = frozenset({"VERB", "ADJ", "ADV"})
# a price push counts as one pull against the idea when the offer speaks this loud:
# deal and pressure evidence of the tone reading (a discount and its urgency, « -40 %
# … dépêchez-vous », "50% off … everything must go"), and as one and a half when it
# speaks twice as loud (two cuts and a rush: the whole draft is the sale)
PRICE_PUSH = 3.0
# of which the offer itself (a cut, a price, « soldes », "deal") says at least this much
DEAL_NEEDED = 1.0
# the message functions of a form (`function.py`): a template's fields (« Adresse de
# facturation », "Number of seats", "VAT ID") or a screen's strings sell nothing
FORMS = frozenset({"notification", "interface"})


@dataclass(frozen=True)
class Stance:
    against: float = 0.0  # avoid + opposite value + rejected idea words + price push
    value_for: float = 0.0  # affirmed idea words that say a value, not the topic
    tokens: tuple = field(default=(), compare=False)  # the words that pull against, in order
    words: tuple[str, ...] = ()  # the same, as written (a phrase whole)
    price_push: float = 0.0  # 1.0 or 1.5 when the draft is a price push, else 0
    price_words: tuple[str, ...] = ()
    # words of the values the idea stands on (values.yaml, the idea's pole) that the
    # brand affirms, lexicon or not: « du verger voisin » says local roots, "pause your
    # pass" one's own pace: the idea in other words
    axis_for: float = 0.0
    # lexicon words affirmed that no cue of the opposite takes away: « choisissent pour
    # vous » names the choice only to take it
    core_kept: int = 0
    # the idea's values shown rather than named: distinct nouns of what an active value
    # evokes (values.yaml `evokes`: « le héron », "the swifts at dusk" for nature), in
    # the brand's own voice
    evoked: int = 0
    # the idea's values said as a whole phrase of their pole in the brand's own voice
    # ("sleep soundly", « le temps qu'il faut »): a phrase says its value by itself,
    # as a full phrase of the opposite says its stance (values.Opposition.full_phrase)
    value_phrases: int = 0
    # a person's story told over time (values.yaml `stories`): the idea shown by what it
    # did for someone the draft names again and again
    story: bool = False


@functools.lru_cache(maxsize=32)
def _value_words(language: str, names: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for axis in values.axes(language):
        if axis.name in names:
            words |= axis.idea_words
    return frozenset(words)


def read_stance(analysis) -> Stance:
    vocab = analysis.vocabulary
    idea = analysis.idea
    opposition = analysis.opposition
    value_words = _value_words(vocab.language, vocab.value_axes)
    value_for = 0.0
    lexicon = set(analysis.profile.central_idea.lexicon)
    in_phrase = {m.start for m in analysis.find_terms(vocab.idea_phrases) if m.term in lexicon}
    # the verb a cue hangs on: "choose the treatment on your behalf" takes the choice away
    # (through the object it hangs on: "choose [the treatment] on your behalf")
    governing = {t.head.i for t in opposition.tokens if t.head is not t} | {
        t.head.head.i for t in opposition.tokens if t.head.pos_ == "NOUN"}
    core_kept = 0
    for token in idea.idea_tokens:
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.i in opposition.covered or token.i in governing:
            continue  # « décident pour vous », "every decision": the idea's word, taken away
        if token.i in in_phrase:
            value_for += 1.0  # « prendre le temps », "own pace": a phrase says a value
            core_kept += 1
            continue
        if lemma not in vocab.idea_core and lower not in vocab.idea_core:
            continue  # statement and related words: the topic, not the value
        core_kept += 1
        if lemma in value_words or lower in value_words or token.pos_ in VALUE_POS:
            value_for += 1.0
    pulls: dict[int, tuple[object, str]] = {}
    for token, label in zip(idea.avoid_tokens, idea.avoid_labels or
                            tuple(t.text for t in idea.avoid_tokens), strict=True):
        pulls.setdefault(token.i, (token, label))
    for token, label in zip(opposition.tokens, opposition.words or
                            tuple(t.text for t in opposition.tokens), strict=True):
        pulls.setdefault(token.i, (token, label))
    for token in idea.rejected_tokens:
        pulls.setdefault(token.i, (token, token.text))
    push, price_words = price_push(analysis)
    against = (idea.avoid_mass + opposition.mass - _double_counted(idea, opposition)
               + idea.rejected_mass + push)
    ordered = sorted(pulls.values(), key=lambda pair: pair[0].i)
    axis_for, phrases = _axis_for(analysis, value_words, opposition)
    return Stance(round(against, 2), value_for, tuple(t for t, _w in ordered),
                  tuple(w for _t, w in ordered), push, price_words,
                  axis_for, core_kept, _evoked(analysis), phrases, _story(analysis))


def _story(analysis) -> bool:
    """Someone the draft names at least twice (a proper noun of a person, not the
    brand's own name), and a time before the change told in the brand's voice (« L'an
    dernier, Lou ne mangeait rien de vert… Depuis, c'est lui qui ouvre le panier »,
    "Three months ago he sat on the mat and watched"): a person's story, an example of
    what the idea does. A call script's turns are no story."""
    if analysis.customer_turns:
        return False
    spec = lexicons.load("values")["stories"]["before"][analysis.vocabulary.language]
    if not lexicons.phrase_pattern(spec).search(analysis.text):
        return False
    names: dict[str, int] = {}
    acting: set[str] = set()  # a person acts: the name is a verb's subject at least once
    for token in features.tokens(analysis.doc):
        if token.pos_ != "PROPN" or not token.is_title or len(token.text) < 3 \
                or analysis.vocabulary.names_brand(token.lower_) or analysis.is_quoted(token):
            continue
        names[token.text] = names.get(token.text, 0) + 1
        if token.dep_ in ("nsubj", "nsubj:pass"):
            acting.add(token.text)
    first = analysis.text.strip().split("\n", 1)[0]  # or named in the headline
    return any(count >= 2 and (name in acting or re.search(rf"\b{re.escape(name)}\b", first))
               for name, count in names.items())


def _evoked(analysis) -> int:
    """How many distinct things the draft shows of the values the idea stands on: nouns
    (and phrases) of the active axes' `evokes`, in the brand's own voice, not negated,
    not quoted; a proper noun is a name ("Cabin Kingfisher"), not the living thing."""
    words, phrases = _evocations(analysis.vocabulary.language, analysis.vocabulary.value_axes)
    if not words and not phrases:
        return 0
    seen: set[str] = set()

    def said(token) -> bool:
        return not (analysis.is_negated(token) or analysis.is_rejected(token)
                    or analysis.is_quoted(token) or not analysis.frame(token).brand_voice)

    inside: set[int] = set()  # a phrase's tokens are not counted again as words
    if phrases:
        for m in phrases[0].finditer(analysis.text):
            span = analysis.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span[0].pos_ != "PROPN" and said(span[0]):
                seen.add(m.group(0).lower())
                inside.update(range(span.start, span.end))
    for token in features.tokens(analysis.doc):
        if token.pos_ != "NOUN" or not token.is_alpha or token.i in inside:
            continue
        lemma, lower = token.lemma_.lower(), token.lower_
        key = lemma if lemma in words else lower if lower in words else None
        if key is not None and said(token):
            seen.add(key)
    return len(seen)


@functools.lru_cache(maxsize=32)
def _evocations(language: str, names: tuple[str, ...]) -> tuple[frozenset[str], tuple]:
    words: set[str] = set()
    phrases: set[str] = set()
    for axis in values.axes(language):
        if axis.name in names:
            words |= axis.evokes
            phrases.update(axis.evoking_phrases)
    return frozenset(words), ((lexicons.phrase_pattern(sorted(phrases)),) if phrases else ())


def _axis_for(analysis, value_words: frozenset[str], opposition) -> tuple[float, int]:
    """Idea-pole words and phrases of the active value axes in the brand's own voice,
    each lemma or phrase once, not negated, not inside a cue of the opposite ("walks
    you through the steps" says an idea of explained care); weighed where they stand,
    as the idea's own words are: 1.5 in the headline (« tartes du verger voisin » as the
    post's one line), 1 elsewhere, so that one word in a job's list of duties
    ("welcoming patients") says less than one in the line that sells. With it, how many
    distinct phrases of the pole were said."""
    if not value_words:
        return 0.0, 0
    headline = idea_headline(analysis.doc, analysis.sentences)
    if headline is not None:  # its first line: a title the parser ran into the next lines
        headline = analysis.doc[headline.start:next(
            (t.i for t in headline if "\n" in t.text and t.i > headline.start), headline.end)]
    seen: dict[str, float] = {}

    def weigh(key: str, token) -> None:
        weight = FIRST if headline is not None and headline.start <= token.i < headline.end \
            else 1.0
        seen[key] = max(seen.get(key, 0.0), weight)

    for phrase in _value_phrases(analysis.vocabulary.language, analysis.vocabulary.value_axes):
        for m in phrase.finditer(analysis.text):
            span = analysis.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span[0].i in opposition.covered:
                continue
            head = span[0]
            if analysis.is_negated(head) or analysis.is_rejected(head) \
                    or analysis.is_quoted(head) or not analysis.frame(head).brand_voice:
                continue
            weigh(m.group(0).lower(), head)
    phrases = len(seen)
    for token in features.tokens(analysis.doc):
        if not token.is_alpha or token.pos_ == "PROPN" or token.i in opposition.covered:
            continue
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma not in value_words and lower not in value_words or idea_acts.other_sense(token):
            continue
        if analysis.is_negated(token) or analysis.is_rejected(token) \
                or analysis.is_quoted(token) or not analysis.frame(token).brand_voice:
            continue
        weigh(lemma, token)
    return sum(seen.values()), phrases


@functools.lru_cache(maxsize=32)
def _value_phrases(language: str, names: tuple[str, ...]) -> tuple:
    phrases = sorted({p for axis in values.axes(language) if axis.name in names
                      for p in axis.idea_phrases})
    return (lexicons.phrase_pattern(phrases),) if phrases else ()


def _double_counted(idea, opposition) -> float:
    """An avoid word that is also a cue of the opposite value ("fastest", « express »)
    is one pull, not two."""
    avoid = {t.i for t in idea.avoid_tokens}
    return sum(0.5 for t in opposition.tokens if t.i in avoid)


def price_push(analysis) -> tuple[float, tuple[str, ...]]:
    """1.0 (1.5) when the draft sells on price and urgency: the tone reading's deal and
    pressure evidence reaches PRICE_PUSH (twice PRICE_PUSH). Not for an idea that is
    itself about price (the affordability value) or a profile that already lists
    `@price` in `avoid`, nor for a form (`FORMS`)."""
    vocab = analysis.vocabulary
    if "price" in vocab.avoid_cues or _about_price(vocab.language, vocab.idea_core
                                                    | vocab.idea_statement):
        return 0.0, ()
    if analysis.function.kind in FORMS:
        # an order form's fields or a screen's strings: its prices, options and
        # discounts are the terms the reader fills in, not a pitch
        return 0.0, ()
    tone = analysis.tone
    loud = tone.raw.get("deal", 0.0) + tone.raw.get("pressure", 0.0)
    if loud < PRICE_PUSH or tone.raw.get("deal", 0.0) < DEAL_NEEDED:
        # no sale without a price: urgency alone (a certificate "expired", a security
        # fix "urgent", acronyms read as shouting) is a notice, not a price push
        return 0.0, ()
    words = tuple(dict.fromkeys(tone.words("deal", 3) + tone.words("pressure", 2)))
    return (1.5 if loud >= 2 * PRICE_PUSH else 1.0), words


def _about_price(language: str, idea_words: frozenset[str]) -> bool:
    axis = next(a for a in values.axes(language) if a.name == "affordability")
    return bool(axis.idea_words & idea_words)
