"""How strongly a draft carries the brand's central idea (0–1). Idea words are the
profile's `lexicon` expanded to word families (weight 1), the content words of its
`statement` (0.6) and its `related` words (0.35), matched on lemmas; statement and
related words count half when no lexicon word stands beside them, and never as proper
nouns (the brand's own name). Where a word stands matters: the first sentence (subject
line, headline) counts 1.5 times, the last (call to action) 1.25 times. The score
saturates with the amount of idea in the text, rewards its share of the content words,
and is pulled down when `avoid` words (or built-in cues such as `@price`) outweigh it.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from brandlint.analysis import features, figures, idea_acts, lexicons

CORE, STATEMENT, RELATED = 1.0, 0.6, 0.35
UNSUPPORTED = 0.5  # related/statement words with no lexicon word beside them
PRICE_CUE = 0.5  # an amount or a percentage: weaker than a word such as "soldes"
FIRST, LAST = 1.5, 1.25


@dataclass(frozen=True)
class IdeaScore:
    score: float
    idea_mass: float
    avoid_mass: float
    content_words: int
    idea_tokens: tuple = field(default=(), compare=False)
    avoid_tokens: tuple = field(default=(), compare=False)
    rejected_mass: float = 0.0  # idea words the brand negates or dismisses
    core_mass: float = 0.0  # lexicon words affirmed (the idea said in its own words)
    rejected_tokens: tuple = field(default=(), compare=False)
    # the words shown for each avoid token: the whole phrase when it starts one
    avoid_labels: tuple = field(default=(), compare=False)


def score_idea(analysis) -> IdeaScore:
    vocab = analysis.vocabulary
    sentences = analysis.sentences
    first = headline(analysis.doc, sentences)
    last = sentences[-1] if len(sentences) > 1 and sentences[-1].start >= first.end else None
    idea_mass = avoid_mass = core_mass = rejected_mass = 0.0
    idea_tokens, avoid_tokens, rejected_tokens = [], [], []
    lexicon = set(analysis.profile.central_idea.lexicon)
    in_phrase: set[int] = set()
    privative: set[int] = set()  # "no surprises", « sans surprise »: the idea, denial and all
    named: set[int] = set()  # a related phrase, the product's name: « caisse de transport »
    for m in analysis.find_terms(vocab.idea_phrases):
        in_phrase.update(range(m.start, m.end))
        if m.term not in lexicon:
            named.update(range(m.start, m.end))
        elif any(t.lower_ in _DENIERS for t in analysis.doc[m.start:m.end]):
            privative.update(range(m.start, m.end))
    avoided = {m.start: m.end for m in analysis.find_terms(vocab.avoid_phrases)
               if not analysis.is_rejected(analysis.doc[m.start])
               and not any(said_not_to_be(analysis, t) for t in analysis.doc[m.start:m.end])}
    inside_avoided = {i for start, end in avoided.items() for i in range(start + 1, end)}
    labels: dict[int, str] = {}
    names = quoted_names(analysis.doc) | brand_name_tokens(analysis)
    forms = features.forms(analysis.doc)
    weight_of = _weights(vocab)
    for token in features.tokens(analysis.doc):
        if token.is_space or token.is_punct and token.text != "%":
            continue
        if token.i in avoided or token.i in inside_avoided:
            if token.i in avoided:  # "happy hour", « blanchiment express »: one pull away
                avoid_mass += FIRST if first is not None and first.start <= token.i < first.end \
                    else 1.0
                avoid_tokens.append(token)
                labels[token.i] = analysis.doc[token.i:avoided[token.i]].text
            continue
        lemma, lower = forms[token.i]
        position = 1.0
        if first is not None and first.start <= token.i < first.end:
            position = FIRST
        elif last is not None and last.start <= token.i < last.end:
            position = LAST
        weight = CORE if token.i in in_phrase else weight_of(lemma, lower, token.is_alpha)
        if weight < CORE and token.pos_ == "PROPN" or token.i in names:
            weight = 0.0  # the brand's or a product's name is not the idea (« Coffret
            # « Arbre 4 générations » » names the box, it says nothing of the idea)
        if weight and weight < CORE and _branch_named(token, analysis.language):
            weight = 0.0  # "the Salford shop closes at 5pm", « le salon de Roubaix ferme »:
            # the noun with its place's name says which branch, as a name does
        if weight and _place_in_its_hours(token, analysis.language):
            weight = 0.0  # « L'atelier sera fermé du 1er au 18 août », "The workshop will
            # be closed on Friday": the place in a notice of its hours, not the idea
        if weight and idea_acts.other_sense(token):
            weight = 0.0  # « si vous n'êtes pas sûr »: *sure*, not the idea's *safe*
        if weight and lemma in vocab.idea_privative:
            # "no judgement" says the idea "without judgement"; "judgement" alone does not
            if analysis.is_rejected(token) or analysis.is_negated(token):
                idea_mass += weight * position
                idea_tokens.append(token)
            continue
        if weight and turned_down(analysis, token) and not (
                token.i in privative and token.i not in analysis.dismissed_tokens) \
                and not idea_acts.harm_warded(token) and not asked_of_reader(analysis, token):
            # the idea's own words turned down, not the product named without (« sans
            # caisse de transport » for an idea of gentle care)
            if weight >= STATEMENT and token.i not in named and not in_a_title_name(token) \
                    and brand_rejects(analysis, token):
                # weighed where it stands, as the idea is: « Rien à apprendre » in the
                # subject line says the draft's stance
                rejected_mass += weight * position
                rejected_tokens.append(token)
        elif weight:
            idea_mass += weight * position
            core_mass += weight * position if weight == CORE else 0.0
            idea_tokens.append(token)
        elif lower in vocab.avoid or lemma in vocab.avoid and _regular_form(lemma, lower):
            if _brand_denies(analysis, token):
                continue  # "we don't sell capsules", « fini les cartons en vrac »: for the idea
            if not analysis.frame(token).brand_voice and (
                    analysis.is_negated(token) or analysis.is_rejected(token)):
                # a customer's words, denied: "They never once rushed us" says the idea
                continue
            avoid_mass += position
            avoid_tokens.append(token)
        elif "price" in vocab.avoid_cues and _is_price(token) and _sells(analysis, token):
            avoid_mass += PRICE_CUE * position
            avoid_tokens.append(token)
    if core_mass == 0:
        # Related and statement words (product nouns, the category) mostly reinforce an
        # idea the draft states in its own words; alone they count half.
        idea_mass *= UNSUPPORTED
    content = max(len(analysis.content_tokens), 1)
    presence = 1 - math.exp(-idea_mass / 1.5)
    density = min(1.0, idea_mass / content / 0.10)
    raw = 0.65 * presence + 0.35 * density
    balance = idea_mass / (idea_mass + avoid_mass) if avoid_mass else 1.0
    score = raw * (0.5 + 0.5 * balance)
    return IdeaScore(round(score, 3), round(idea_mass, 2), round(avoid_mass, 2), content,
                     tuple(idea_tokens), tuple(avoid_tokens),
                     rejected_mass=round(rejected_mass, 2), core_mass=round(core_mass, 2),
                     rejected_tokens=tuple(rejected_tokens),
                     avoid_labels=tuple(labels.get(t.i, t.text) for t in avoid_tokens))


_OPENING_QUOTES = {"«": "»", "“": "”", '"': '"'}


def _place_in_its_hours(token, language: str) -> bool:
    """A place the brand receives its customers in (`branch_places`) as the subject of its
    opening or closing (`opening_predicates`: « L'atelier sera fermé du 1er au 18 août »,
    "The workshop will be closed on Friday 3 October", "our shop reopens at 9"): a notice
    of its hours names the place, it does not say what the workshop stands for."""
    places = lexicons.words("values", "branch_places", language)
    if token.pos_ != "NOUN" or not token.dep_.startswith("nsubj") or (
            token.lemma_.lower() not in places and token.lower_ not in places):
        return False
    verbs = lexicons.words("values", "opening_predicates", language)
    head = token.head
    return head.lemma_.lower() in verbs or head.lower_ in verbs


def _branch_named(token, language: str) -> bool:
    """A place the brand receives its customers in, named by a proper noun beside it
    ("the Salford shop", « le salon de Roubaix »): a name for one branch, like the proper
    noun itself (`branch_places`; « le mariage de Lina » is no place)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicons.words(
            "values", "branch_places", language) and token.lower_ not in lexicons.words(
            "values", "branch_places", language):
        return False
    for child in features.children(token):
        if child.pos_ != "PROPN":
            continue
        if child.dep_ == "compound" and child.i == token.i - 1:
            return True
        if child.dep_ == "nmod" and child.i > token.i and any(
                c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "d’")
                for c in features.children(child)):
            return True
    return False


def brand_name_tokens(analysis) -> set[int]:
    """Tokens of the brand's full name written as the profile spells it, of two words or
    more (« Murmurine Audition » signing a practical e-mail): the name, not the idea,
    even when one of its words is a lexicon word (« audition »)."""
    brand = analysis.profile.brand.strip()
    if len(brand.split()) < 2:
        return set()
    found: set[int] = set()
    text = features.doc_text(analysis.doc)
    for m in re.finditer(rf"(?<!\w){re.escape(brand)}(?!\w)", text):
        span = analysis.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def quoted_names(doc) -> set[int]:
    """Tokens of a name in quotation marks set right after a noun or an article on its
    line (« Coffret cadeau « Arbre 4 générations » », "the “Four Generations” box"): a
    product's or an offer's name — a few words opening with a capital, no verb —, not
    a sentence or a motto quoted (« “Nous rendons à chaque famille son histoire” »)."""
    found: set[int] = set()
    tokens = features.tokens(doc)
    for t in tokens:
        closing = _OPENING_QUOTES.get(t.text)
        if closing is None or t.i == 0:
            continue
        before = tokens[t.i - 1]
        if "\n" in before.text or before.pos_ not in ("NOUN", "DET", "ADJ"):
            continue  # (the small French model tags « cadeau » of « coffret cadeau » ADJ)
        end = next((u.i for u in tokens[t.i + 1:t.i + 8] if u.text == closing
                    or "\n" in u.text), None)
        if end is None or tokens[end].text != closing or end - t.i < 2:
            continue
        inside = tokens[t.i + 1:end]
        words = [u for u in inside if u.is_alpha]
        if not words or not words[0].text[:1].isupper() or any(
                u.pos_ in ("VERB", "AUX") or u.is_punct and u.text in ".!?,"
                for u in inside):
            continue  # (a verb, even an infinitive: a motto quoted, "our motto “Give
            # every family back its story”", says the idea)
        found.update(u.i for u in inside)
    return found


def in_a_title_name(token) -> bool:
    """The word is part of a name in title case inside its sentence ("to subscribe to
    Privacy Pro", « l'offre Sérénité Plus »): a feature's or a plan's name, which
    nobody turns down with the clause around it. Not at the start of a line or a
    sentence, where any word takes a capital."""
    if not token.text[:1].isupper() or token.text.isupper() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.is_punct or before.is_space or "\n" in before.text:
        return False
    neighbours = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) else []
    if before.text[:1].isupper() and before.i > 0 and not (
            token.doc[before.i - 1].is_punct or "\n" in token.doc[before.i - 1].text):
        neighbours.append(before)
    return any(n.is_alpha and n.text[:1].isupper() and n.pos_ == "PROPN" for n in neighbours)


def headline(doc, sentences):
    """The first sentence; a subject line's label read alone by the parser (« Objet : »,
    "Subject:") is not the headline: the line it opens is."""
    if not sentences:
        return None
    first = sentences[0]
    words = [t for t in first if not (t.is_punct or t.is_space)]
    if len(sentences) > 1 and len(words) <= 2 and first.text.rstrip().endswith(":"):
        line_end = next((t.i for t in doc[sentences[1].start:sentences[1].end]
                         if "\n" in t.text), sentences[1].end)
        return doc[first.start:line_end]
    return first


def _brand_denies(analysis, token) -> bool:
    """An avoid word the brand itself negates or dismisses argues for the idea, and so
    do the words listed with it ("we don't sell capsules, pods or instant coffee")."""
    listed = token
    while listed.dep_ == "conj" and listed.head is not listed:
        listed = listed.head
    return any(analysis.is_rejected(t) or analysis.is_negated(t) or _denier_before(t)
               for t in {token, listed}) and analysis.frame(token).brand_voice \
        or said_not_to_be(analysis, token)


def said_not_to_be(analysis, token) -> bool:
    """The word names what the brand says it is not: the complement of a negated copula
    in its own voice ("Why Fricotine isn't a low-cost meal deal", « Nous ne sommes pas
    une enseigne de promos »), read on the clause's frame, so that a parse that hangs the
    complement on the next line (a headline run into the text) still denies it; not
    with a restrictor between them ("not just a deal") nor in a question ("Isn't it the
    best deal?")."""
    frame = analysis.frame(token)
    if not frame.brand_voice or frame.polarity != "negated" or frame.act == "question" \
            or not 0 <= frame.predicate <= token.i:
        return False
    doc = analysis.doc
    copulas, restrictors = _denied_attributes(analysis.vocabulary.language)
    predicate = doc[frame.predicate]
    if predicate.lemma_.lower() not in copulas and not any(
            c.dep_ == "cop" and c.lemma_.lower() in copulas for c in predicate.children):
        return False
    between = features.tokens(doc)[max(frame.start, frame.predicate - 3):token.i]
    return not any(t.lower_ in restrictors for t in between)


@functools.cache
def _denied_attributes(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["denied_attributes"]
    return frozenset(spec["copulas"][language]), frozenset(spec["restrictors"][language])


# words that deny the noun after them (« ni streaming », "no sofa"); not « plus » or
# "less", which compare as often as they deny (« plus discret »)
_DENIERS = frozenset({"pas", "jamais", "ni", "sans", "aucun", "aucune", "zéro", "fini",
                      "finis", "finie", "finies", "no", "not", "never", "without", "nor",
                      "zero"})


def _denier_before(token) -> bool:
    before = features.tokens(token.doc)[max(0, token.i - 2):token.i]
    return any(t.lower_ in _DENIERS for t in before)


def turned_down(analysis, token) -> bool:
    """The word is negated or dismissed (`is_rejected`), or the rejection reaches it: a
    word listed after a dismissed one, with nothing of its own to set it apart ("stop
    thinking about seasons, soil and watering", « plus besoin de connaître votre sol ni
    de suivre les saisons »); what a negated verb of offering names ("We don't do bubble
    wrap", "we don't offer advice"); what a verb of refusal bans ("Why we ban speaking",
    « on interdit de parler »)."""
    if analysis.is_rejected(token):
        return True
    return _listed_with_rejected(analysis, token) or _refused(analysis, token)


def _listed_with_rejected(analysis, token) -> bool:
    """A noun in a list whose first item is rejected, with no determiner or modifier of
    its own (« pas de stress, beaucoup de conseils », "no fees, real advice" set the
    second item apart); a verb joined by « ni » / "nor" / "or" to a rejected one, and its
    object."""
    if token.dep_ in ("obj", "dobj") and token.head is not token:
        verb = token.head
        if verb.dep_ == "conj" and _joined_by_denial(verb) and analysis.is_rejected(verb.head):
            return True
    current, steps = token, 0
    while current.dep_ == "conj" and current.head is not current and steps < 4:
        if current.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ in _OWN_MODIFIERS for c in current.children):
                return False
            after = current.i + 1
            if after < len(current.doc) and current.doc[after].like_num:
                return False  # « sans surprise et toiture 100 % étanche »: a figure of its
                # own, wherever the parse hangs it, sets the item apart
        elif current.pos_ in ("VERB", "AUX"):
            if not _joined_by_denial(current):
                return False
        else:
            return False
        current, steps = current.head, steps + 1
        if analysis.is_rejected(current):
            return current.pos_ == token.pos_ or current.pos_ in ("NOUN", "PROPN") \
                and token.pos_ in ("NOUN", "PROPN")
    return False


_OWN_MODIFIERS = frozenset({"det", "amod", "nummod", "poss", "nmod:poss", "quantmod"})


def _joined_by_denial(verb) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ("ni", "nor", "or") for c in verb.children)


@functools.cache
def _refusals(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["refusals"]
    return frozenset(spec["offers"][language]), frozenset(spec["bans"][language])


def _refused(analysis, token) -> bool:
    """The word hangs (directly or through one noun) after a verb of offering the brand
    negates ("We don't do bubble wrap") or a verb of refusal it affirms ("we ban
    speaking")."""
    offers, bans = _refusals(analysis.vocabulary.language)
    head, steps = token, 0
    line_start, line_end = features.line_bounds(analysis.doc, token.i)
    while head.head is not head and steps < 2:
        if head.dep_ not in ("obj", "dobj", "xcomp", "advmod", "compound", "ccomp", "pobj"):
            return False
        head, steps = head.head, steps + 1
        if not line_start <= head.i < line_end:
            return False  # the parse ran across a line break (a list's items): the
            # verb of another item (« - ne fournissez pas… ») refuses nothing of this one
        if head.pos_ not in ("VERB", "AUX") or head.i > token.i:
            continue
        lemma = head.lemma_.lower()
        denied = analysis.is_negated(head) or any(
            c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "n't", "never", "pas", "jamais",
                                                         "plus") or "n't" in c.lower_
            for c in head.children)
        if lemma in offers and denied:
            return True
        if lemma in bans and not denied:
            return True
        return False
    return False


def asked_of_reader(analysis, token) -> bool:
    """The idea's word, negated, in a question put to the reader about themselves
    ("Never knitted a scarf?", « Jamais cousu de votre vie ? »): the draft talks about the
    idea — the reader's first try — and denies nothing; not a rhetorical dismissal
    ("Why repair when you can replace?")."""
    frame = analysis.frame(token)
    return frame.act == "question" and frame.brand_voice \
        and token.i not in analysis.dismissed_tokens


def brand_rejects(analysis, token) -> bool:
    """The brand's own voice rejects the idea word: a dismissal (rhetorical questions
    included: "Why repair when you can replace?"), or a negation that is not a question
    put to the reader (« Jamais construit de fusée ? »); never the customer's words."""
    frame = analysis.frame(token)
    if not frame.brand_voice:
        return False
    if asked_of_reader(analysis, token):
        return False
    if frame.modality == "conditional" or frame.topic == "policy" or _choice_left_open(
            analysis, frame) or _readers_heading(analysis, token):
        return False  # "If the domain doesn't use our servers, …": a case, not a stance;
        # « nous ne transférons aucune donnée sans votre accord »: a commitment on the
        # reader's data; "choose whether or not to use our servers": an option
    # a warning ("not safe to use for anything but tests"), a view reported to be
    # refuted, the things that lack the idea picked out ("any site not secured")
    return not (idea_acts.cautioned(analysis, token) or idea_acts.reported_view(analysis, token)
                or idea_acts.picks_out_the_lacking(analysis, token))


def _readers_heading(analysis, token) -> bool:
    """The idea word stands in a heading said in the reader's first person singular ("Cool,
    but I don't only deploy static files", « Je ne veux pas tout déployer moi-même »): a
    page voicing its reader's objection or question before answering it, not the brand's
    stance. A heading: a short line without a closing full stop or exclamation, with text
    below it, in a draft that is no personal reply."""
    if analysis.is_personal_reply:
        return False
    start, end = features.line_bounds(analysis.doc, token.i)
    line = features.span_text(analysis.doc, start, end).strip()
    words = re.findall(r"[\w]+['’]?", line.lower())
    if not line or len(words) > 12 or line[-1] in ".!" or \
            analysis.doc[end - 1].idx + len(analysis.doc[end - 1].text) >= \
            len(analysis.text.rstrip()):
        return False
    own = _READERS_OWN[analysis.vocabulary.language]
    # (a pronoun or a possessive: "Class I" is a numeral)
    return any(t.lower_ in own and t.pos_ in ("PRON", "DET")
               for t in analysis.doc[start:end])


# The reader's own voice in a heading: the first person singular.
_READERS_OWN = {"fr": frozenset({"je", "j'", "j’", "mes", "mon", "ma", "moi"}),
                "en": frozenset({"i", "my", "me", "i'm", "i’m"})}


_OPEN_CHOICE = re.compile(r"\bwhether\s+or\s+not\b|\bor\s+not\b|\bou\s+non\b|"
                          r"\bou\s+pas\b", re.I)


def _choice_left_open(analysis, frame) -> bool:
    """The clause leaves the choice to the reader ("choose whether or not to use our
    servers", « choisissez d'utiliser ou non nos serveurs »): both ways are offered, none
    rejected."""
    return bool(_OPEN_CHOICE.search(features.span_text(analysis.doc, max(frame.start - 2, 0),
                                                       frame.end)))


_FR_ENDINGS = ("issons", "issez", "erons", "erez", "ons", "ez", "ent", "ées", "és", "ée", "é",
               "er", "ir", "re", "e", "es")


@functools.lru_cache(maxsize=16)
def _lexicon_verb_stems(core: frozenset[str]) -> frozenset[str]:
    return frozenset(verb_stem(w) for w in core if w.endswith(("er", "ir", "re"))) - {None}


@functools.lru_cache(maxsize=16)
def _long_verb_stems(core: frozenset[str]) -> tuple[str, ...]:
    """'construire' -> 'constru', 'inventer' -> 'invent': stems long enough (5+) to
    recognise a conjugated form by its beginning."""
    stems = []
    for w in core:
        for ending in ("ire", "dre", "er", "ir", "re"):
            if w.endswith(ending) and len(w) - len(ending) >= 5:
                stems.append(w[: -len(ending)])
                break
    return tuple(stems)


@functools.lru_cache(maxsize=16)
def _long_verb_stem_set(core: frozenset[str]) -> frozenset[str]:
    """The same stems, for a look-up of the 0 to 3 letters a conjugation adds to one."""
    return frozenset(_long_verb_stems(core))


@functools.lru_cache(maxsize=1 << 16)
def verb_stem(word: str) -> str | None:
    """French verb stem: 'créez', 'créer' -> 'cré'; None when too short to trust."""
    for ending in _FR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return None


_weights_of: tuple[object, object] = (None, None)


def _weights(vocab):
    """`_idea_weight` for `vocab`, answered once per (lemma, form, alphabetic) while the
    same vocabulary is in use (the same words come back draft after draft). The slot keeps
    its vocabulary alive, so the identity test cannot be fooled by a new one at the same
    address."""
    global _weights_of
    owner, weight_of = _weights_of
    if owner is not vocab:
        table: dict[tuple[str, str, bool], float] = {}

        def weight_of(lemma: str, lower: str, alpha: bool) -> float:
            key = (lemma, lower, alpha)
            found = table.get(key)
            if found is None:
                found = table[key] = _idea_weight(vocab, lemma, lower, _Alpha(alpha))
            return found

        _weights_of = (vocab, weight_of)
    return weight_of


class _Alpha:
    """What `_idea_weight` reads of a token: whether it is alphabetic."""

    __slots__ = ("is_alpha",)

    def __init__(self, alpha: bool):
        self.is_alpha = alpha


def _idea_weight(vocab, lemma: str, lower: str, token=None) -> float:
    if lemma in vocab.idea_core or lower in vocab.idea_core:
        return CORE
    # The small French model often leaves imperatives unlemmatised, even tagged as nouns
    # ("créez" -> NOUN "créez"): compare verb stems with the lexicon's verbs.
    if vocab.language == "fr" and token is not None and token.is_alpha:
        stem = verb_stem(lower) if lemma == lower else None
        if stem and stem in _lexicon_verb_stems(vocab.idea_core):
            return CORE
        # "Construis, invente" (PROPN "Construis", ADJ "invent"): a long verb stem
        # followed by a short conjugation ending
        stems = _long_verb_stem_set(vocab.idea_core)
        if any(lower[:k] in stems for k in range(max(len(lower) - 3, 0), len(lower) + 1)):
            return CORE
    if lemma in vocab.idea_statement or lower in vocab.idea_statement:
        return STATEMENT
    if lemma in vocab.idea_related or lower in vocab.idea_related:
        return RELATED
    return 0.0


def _regular_form(lemma: str, lower: str) -> bool:
    """The written word is a regular form of its lemma: "goods" names goods, but "best"
    (lemma "good") is not the avoided "goods"."""
    return lower[:3] == lemma[:3]


def _is_price(token) -> bool:
    """A currency sign or a percentage (one cue per amount, not one per token)."""
    text = token.text
    if text in ("€", "$", "£", "%"):
        return True
    return not _PRICE_SIGNS.isdisjoint(text) and any(ch.isdigit() for ch in text)


_PRICE_SIGNS = frozenset("€$£%")


def _sells(analysis, token) -> bool:
    """An amount is a price; a percentage only when it is money off (« -30 % sur tout »),
    not a share (« 50 % de fruits », "90% of our members")."""
    if "%" not in token.text:
        return True
    start = token.idx
    if token.text == "%" and token.i > 0:
        start = token.doc[token.i - 1].idx  # (the figure before a separate sign)
    return figures.percentage_sells(analysis.text, start, token.idx + len(token.text),
                                    analysis.language)
