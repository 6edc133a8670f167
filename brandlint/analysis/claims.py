"""Absolute words and superlatives in a draft, with the context rules need to judge them:
who the claim is about, whether it is a fixed expression, negated, hedged or quoted."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from brandlint.analysis import features, figures, lexicons

POSSESSIVES_OWN = {"notre", "nos", "our"}
POSSESSIVES_OTHER = {"votre", "vos", "ton", "ta", "tes", "your", "their", "leur", "leurs", "his",
                     "her", "my", "mon", "ma", "mes"}
MARKET_WORDS = ("du marché", "au monde", "de france", "d'europe", "in the world", "on the market",
                "in the uk", "in france", "world's", "mondial", "mondiale", "du monde",
                "on the planet", "on earth", "sur la planète", "sur terre", "in the country",
                "in the whole country", "de tout le pays", "du pays",
                # (round 39) whatever the reader could find elsewhere, and the whole trade
                # named as one (« le meilleur poivre que vous trouverez en France, toutes
                # maisons confondues », as "the best pepper you'll find anywhere" is read
                # by `against_everyone`); not a delivery area (« livré partout en France »)
                "que vous trouverez", "qu'on trouve en france", "que l'on trouve en france",
                "toutes maisons confondues", "toutes marques confondues",
                "tous concurrents confondus",
                # (round 50) the whole trade as whatever can be bought ("the finest vinegar
                # money can buy", « le meilleur que l'argent puisse acheter »)
                "money can buy", "que l'argent puisse acheter", "que l'argent peut acheter",
                "que l’argent puisse acheter", "que l’argent peut acheter")


@dataclass(frozen=True)
class ClaimMatch:
    start: int  # token index
    end: int
    text: str


_pattern = functools.partial(lexicons.pattern, "claims", not_before=r"\w#°")  # (key, language)


def find(doc, key: str, language: str) -> list[ClaimMatch]:
    out = []
    for m in _pattern(key, language).finditer(features.doc_text(doc)):
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


def own_scope(analysis, token) -> bool:
    """'notre plus grand set à ce jour': compared with the brand's own range."""
    start, end = _line(analysis, token)
    text = features.span_text(analysis.doc, start, end).lower()
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text)
               for p in lexicons.load("claims")["own_scope"][analysis.language])


def _line(analysis, token) -> tuple[int, int]:
    from brandlint.analysis.features import line_bounds

    return line_bounds(analysis.doc, token.i)


def market_claim(sentence_text: str) -> bool:
    lowered = sentence_text.lower()
    return any(w in lowered for w in MARKET_WORDS)


def determiner_before(doc, index: int) -> str:
    """The word just before a superlative phrase, lowercased ('' at the start)."""
    return doc[index - 1].lower_ if index > 0 else ""




_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def in_proper_name(doc, match: ClaimMatch) -> bool:
    """The absolute word is part of a product's or an offer's name ("Amazon Music
    Unlimited", « le Pass Illimité Ciné »): capitalised inside its sentence, next to
    another capitalised word of the name. The name is not a claim."""
    token = doc[match.start]
    if token.is_upper or not token.is_alpha:
        return False
    if _priced_title(doc, token):
        return True  # "Unlimited Pass — £119/month", « Pass Illimité — 129 €/mois »
    if token.is_sent_start:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[match.end] if match.end < len(doc) else None

    def name_word(t) -> bool:
        return t is not None and t.is_alpha and t.text[:1].isupper() and not t.is_sent_start \
            and not t.is_upper or t is not None and t.pos_ == "PROPN" and not t.is_sent_start

    if not token.text[:1].isupper():
        # French names keep the adjective in lower case after a capitalised head with its
        # article: « le Pass illimité », « votre Carte illimitée »
        head_before = doc[token.i - 2] if token.i > 1 else None
        return name_word(before) and head_before is not None and head_before.pos_ == "DET"
    return name_word(before) or name_word(after)


_PRICE = re.compile(r"(?:[€£$]\s?\d|\d(?:[.,]\d+)?\s?(?:€|£|\$|eur\b|euros?\b))", re.I)
_NAME_ENDS = frozenset({"—", "–", "-", ":", "|", "(", ",", "·", "•"})


def _priced_title(doc, token) -> bool:
    """The word is inside a name in title case that opens its line and is followed by a
    price on that line — an offer or product with its price, "Unlimited Pass — £119/month",
    « Pass Illimité — 129 €/mois »: the name of the offer, not a claim about it."""
    start, end = features.line_bounds(doc, token.i)
    words = []
    for t in doc[start:end]:
        if t.is_space:
            continue
        if t.text in _NAME_ENDS or t.like_num or t.text in "€£$":
            break
        words.append(t)
    if not 2 <= len(words) <= 5 or token not in words:
        return False
    if not all(w.is_alpha and w.text[:1].isupper() and not w.is_upper or w.lower_ in (
            "de", "du", "des", "à", "the", "of", "for") for w in words):
        return False
    rest = features.span_text(doc, words[-1].i + 1, end)
    return bool(_PRICE.search(rest))


def ranking_sources(sources: tuple[str, ...], language: str, ranked: str = "") -> tuple[str, ...]:
    """The sources that can back a rank: not the certifications and labels, which prove a
    property ("EU Ecolabel", "A+ indoor air emission class") and no place on a market —
    unless the rank is the label's own grade (« A+, la meilleure classe »)."""
    table = lexicons.load("claims")
    labels = {w.lower() for w in table["label_sources"][language]}
    ranks = {w.lower() for w in table["ranking_sources"][language]}

    def words(source: str) -> set[str]:
        lowered = source.lower()
        return set(re.findall(r"[\w+#.°]+", lowered)) | {p for p in labels | ranks
                                                          if " " in p and p in lowered}
    kept = []
    for source in sources:
        said = words(source)
        if said & ranks or not said & labels or ranked and ranked in said:
            kept.append(source)
    return tuple(kept)


def cites_substantiated(text: str, sources: tuple[str, ...]) -> bool:
    """The text names one of the profile's `substantiated` sources, as copy really
    quotes them: apostrophes and spacing aside, and shortened ("Baromètre 2025 …,
    institut Qualimétrie" for the profile's longer title): most of the source's
    distinctive words, its year included when it has one."""
    text = _normal(text)
    for source in sources:
        source = _normal(source)
        if source in text:
            return True
        words = {w for w in re.findall(r"\w+", source) if len(w) >= 4 or w.isdigit()}
        years = {w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)}
        found = {w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)}
        if len(words) >= 3 and len(found) >= 0.6 * len(words) and years <= found:
            return True
    return False


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def names_its_source(line: str, language: str) -> bool:
    """The claim's line says who measured or awarded it, and when — or reports it in
    the words of a named authority (« selon la HAS », "according to BSAVA guidance"):
    the claim is that body's, quoted, not the brand's own ranking."""
    if _pattern("attributions", language).search(line):
        return True
    if not _YEAR.search(line):
        return False
    # « Fondé en 2016 par Hélène Carrouët », "founded by two brothers in 1987": the
    # brand's makers and its year, not who measured or awarded the claim
    makers = lexicons.words("claims", "authorship_words", language)
    return any(not makers & _words_before(line, m.start(), 3)
               for m in _pattern("source_markers", language).finditer(line))


def _words_before(text: str, at: int, count: int) -> set[str]:
    """The last `count` words before `at` ("Fondé en 2016 par": « fondé », « en », « 2016 »)."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", text[:at])[-count:]}


def ranks_people(doc, match: ClaimMatch) -> bool:
    """The superlative ranks people or groups who are neither the brand nor its staff —
    "the region's most gifted children", « les élèves les plus motivés », "leading
    organisations": a description of them, no comparison of the brand with its
    competitors."""
    from brandlint.analysis import frame  # the frame's word lists; frame imports claims
    noun = ranked_noun(doc, match)
    if noun is None or match.start <= noun.i < match.end:
        return False  # « préférée des familles »: the people judge, the thing is ranked
    people = frame.words("holders", "people", _language_of(doc))
    # or groups of others: "Leading organisations and institutions trust Mastodon", « les
    # plus grandes universités nous font confiance » — who chose the brand, not its rank
    groups = lexicons.words("claims", "ranked_groups", _language_of(doc))
    if (noun.lemma_.lower() in groups or noun.lower_ in groups) and not any(
            c.lower_ in ("our", "nos", "notre") for c in noun.children):
        return True
    return noun.lemma_.lower() in people or noun.lower_ in people


def bounded_by_the_possible(doc, match: ClaimMatch, language: str) -> bool:
    """The superlative's scope is the possible, not the market: "the best score
    possible", "the greatest possible good", « le plus simple possible », « la meilleure
    note possible » — the best that can be had, set against no competitor. *possible*
    right after the superlative, or after the noun it ranks, in the same noun phrase."""
    words = lexicons.words("claims", "scope_of_the_possible", language)
    noun = ranked_noun(doc, match)
    last = max(match.end - 1, noun.i if noun is not None and noun.i >= match.start else -1)
    _, line_end = features.line_bounds(doc, match.start)
    for t in features.tokens(doc)[match.end: min(last + 5, line_end)]:
        if t.lower_ in words:
            return True
        if t.i > last and t.pos_ not in ("ADJ", "ADV", "CCONJ"):
            return False  # « le plus facile et rapide possible »: the adjectives ranked
    return False


def _language_of(doc) -> str:
    return "fr" if doc.lang_ == "fr" else "en"


def copula_not_possessive(doc, match: ClaimMatch) -> bool:
    """"It's most likely the Wi-Fi link", "that's best done in store": the *'s* before
    the word is the verb *is*, not the possessive of "Britain's best"."""
    i = match.start - 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s") or match.text.lower().startswith("the "):
        return False  # "it's the most reliable shop": the article makes it a superlative
    return doc[i].pos_ == "AUX" or doc[i - 1].lower_ in (
        "it", "that", "this", "there", "here", "what", "he", "she", "who", "where")


def in_address(doc, match: ClaimMatch) -> bool:
    """The word belongs to a web or e-mail address ("lanterne.co.uk/unlimited"), not to
    the copy around it: the token is an address, or the word is glued to one."""
    if any(t.like_url or t.like_email for t in doc[match.start: match.end]):
        return True
    if match.start == 0:
        return False
    before = doc[match.start - 1]
    return not before.whitespace_ and (before.like_url or before.like_email or (
        before.text.endswith(("/", "@")) and "." in before.text))


def ranks_offer(analysis, match: ClaimMatch) -> bool:
    """A superlative ranks the brand's offer when the thing it ranks is the brand, one of
    its named products or a word of its own vocabulary (idea, related words, services),
    or when it is what the clause says of the brand or its product ("Firefox is the
    fastest browser", « nos vélos sont les plus légers »). "The most pressing
    questions", "the best interests", "the best day of the year" rank something else."""
    doc = analysis.doc
    noun = ranked_noun(doc, match)
    if noun is not None and any(_offer_word(analysis, t) for t in (
            noun, *(c for c in noun.children if c.dep_ == "compound"))):
        return True  # "the best building toy": the brand's category in a compound
    frame = analysis.frame(doc[match.start])
    if frame.holder not in ("brand", "product") or not frame.commits_brand:
        return False
    head = noun if noun is not None else doc[match.end - 1]
    return head.dep_ in ("attr", "acomp", "appos", "ROOT", "oprd") or head.i == frame.predicate


_NOMINAL_RANKS = frozenset({"n°1", "n° 1", "nº1", "numéro 1", "numéro un", "no 1", "no.1",
                            "#1", "number one", "leader", "leaders"})


def ranks_a_party(analysis, match: ClaimMatch, language: str) -> bool:
    """A rank that names a party set against a market or a place (« entre les mains du
    n°1 de la restauration en France », "As the UK's leading fairground-ride hire company,
    we have…"): a company ranked — said in the brand's copy of someone it does not name
    apart (`about_others` reads the partners and rivals), it is the brand, whoever holds
    the clause and whatever its tense."""
    doc = analysis.doc
    if not (market_claim(features.span_text(doc, *features.line_bounds(doc, match.start)))
            or place_scope(doc, match, language) or _place_owns(doc, match, language)):
        return False
    noun = ranked_noun(doc, match)
    if match.text.lower() in _NOMINAL_RANKS:
        return _preposition_of(doc[match.start]) not in _SOURCES  # (not a supplier's)
    companies = lexicons.words("claims", "organisation_nouns", language)
    return noun is not None and (noun.lower_ in companies or noun.lemma_.lower() in companies) \
        and _preposition_of(noun) in ("as", "comme", "en")  # "As the UK's leading … company,
    # we", « en tant que premier fabricant… »: the role the brand speaks in


_SOURCES = frozenset({"from", "with", "by", "via", "avec", "par", "auprès", "chez"})


def _preposition_of(noun) -> str:
    """The preposition a noun phrase is the object of (its case child in the French parse,
    its head in the English one), lowercased; '' when none."""
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    if case is not None:
        return case.lower_
    if noun.dep_ == "pobj" and noun.head.pos_ == "ADP":
        return noun.head.lower_
    return ""


def _place_owns(doc, match: ClaimMatch, language: str) -> bool:
    """"the UK's leading…", "Europe's largest…", "the country's leading…": a place before
    *'s* — a place entity or an area noun — sets the rank against everyone in it."""
    i = match.start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s"):
        return False
    owner = doc[i - 1]
    areas = lexicons.words("claims", "area_nouns", language, lower=True)
    return owner.ent_type_ in ("GPE", "LOC") or owner.lower_ in areas


def ranks_brand_in_place(analysis, match: ClaimMatch, language: str) -> bool:
    """« la meilleure table d'hôtes de toute la Drôme », "we are the best fitters in
    France": a superlative set against everyone in a place, over the brand's offer or
    said of the brand itself through the copula — the brand ranked against its local
    competitors, whatever verb carries the phrase (« vous allez découvrir… »). A rank
    by sales or price (« le roman le plus vendu en France », "the most expensive spice
    in the world") is a fact about a kind of goods, read by the market words instead."""
    if not place_scope(analysis.doc, match, language) or \
            market_by_meaning(analysis.doc, match, language):
        return False
    return ranks_offer(analysis, match) or _said_of_us(analysis, match, language)


def _said_of_us(analysis, match: ClaimMatch, language: str) -> bool:
    """The ranked noun is what a copula says of the brand's own pronoun ("we are the
    best fitters", « nous sommes la meilleure boutique »)."""
    doc = analysis.doc
    noun = ranked_noun(doc, match)
    head = noun if noun is not None else doc[match.end - 1]
    verb = head.head
    if head.dep_ not in ("attr", "obj", "acomp", "oprd") or \
            verb.lemma_.lower() not in ("be", "être"):
        return False
    from brandlint.analysis.frame import words as frame_words  # frame reads claims
    pronouns = frame_words("holders", "brand_pronouns", language)
    return any(c.dep_.startswith("nsubj") and c.lower_ in pronouns for c in verb.children)


def market_by_meaning(doc, match: ClaimMatch, language: str) -> bool:
    """« le plus vendu », "the most popular", "the cheapest": a ranking against the
    market whatever is ranked."""
    words = lexicons.words("claims", "market_predicates", language)
    tail = [t.lower_ for t in features.tokens(doc)[match.end - 1: match.end + 2]]
    return any(w in words for w in tail) or any(
        w.strip(",.") in words for w in match.text.lower().split())


def occasion_scope(doc, match: ClaimMatch, language: str) -> bool:
    """The superlative's scope is an occasion ("the fastest lap of the day", « le plus
    beau but de la saison »): the best within that day or season — a result told, not
    the offer ranked against its competitors."""
    noun = ranked_noun(doc, match)
    start = max(match.end, noun.i + 1) if noun is not None else match.end
    occasions = lexicons.words("claims", "occasion_nouns", language)
    _, line_end = features.line_bounds(doc, match.start)
    while start < line_end and doc[start].pos_ == "ADJ":
        start += 1  # « le tour le plus rapide de la journée »: past the adjective
    tokens = features.tokens(doc)[start:min(start + 4, line_end)]
    if not tokens or tokens[0].lower_ not in ("of", "de", "du", "d'", "d’"):
        return False
    for t in tokens[1:]:
        if t.lower_ in occasions or t.lemma_.lower() in occasions:
            return True
        if t.pos_ not in ("DET",) and t.lower_ not in ("la", "l'", "l’", "the", "this", "that"):
            return False
    return False


def ranked_noun(doc, match: ClaimMatch):
    """The noun a superlative ranks ("the best *class*", « le vélo le plus léger »), or None."""
    before = doc[match.start - 1] if match.start > 0 else None
    if match.text.lower().startswith(("le plus", "la plus", "les plus", "le moins", "la moins",
                                      "les moins")) and before is not None and \
            before.pos_ in ("NOUN", "PROPN"):
        return before  # « les applications les plus sympas »: the noun comes first
    # the parse may tie a title to the next line ("No.1 healthy bricks\nA+ … class"):
    # what is ranked stays on the superlative's line
    _, line_end = features.line_bounds(doc, match.start)
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and after.dep_ == "amod" and after.head.pos_ in ("NOUN", "PROPN") \
            and after.head.i < line_end:
        if match.start <= after.head.i < match.end and after.pos_ == "ADJ" and \
                after.is_alpha:
            return after  # « les meilleurs explorateurs »: the small French model may tag
            # the superlative a noun and the noun after it its adjective
        return after.head  # "the most pressing … questions": what the adjective qualifies
    for t in features.tokens(doc)[match.end: min(match.end + 3, line_end)]:
        if t.is_punct or t.lower_ in _PLACE_PREPOSITIONS or t.lower_ == "of":
            break  # « les meilleurs du département »: the scope, not what is ranked
        if t.pos_ in ("NOUN", "PROPN"):
            # "the most pressing Firefox-related questions": the head, not a modifier
            while t.dep_ in ("compound", "amod", "npadvmod", "nmod", "poss") and \
                    t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i < line_end:
                t = t.head
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


_SINCE_LONG_AGO = re.compile(
    r"\b(?:since|ever\s+since|depuis)\s+(?:the\s+|les\s+années\s+|le\s+|l['’])?"
    r"(?:1[0-8]\d\ds?|[xvi]+e\s+siècle|\d{1,2}(?:st|nd|rd|th)\s+century|antiquity|"
    r"l['’]?antiquité|la\s+nuit\s+des\s+temps|time\s+immemorial)\b", re.I)


def trade_history(analysis, token) -> bool:
    """"Since the 1830s, when slate replaced timber beds, serious billiard tables have
    always been built on stone", « depuis le XIXe siècle, les billards ont toujours été
    construits sur ardoise »: an absolute in the perfect, from a time long before anyone now
    in the trade, said of a kind of goods in general (no "our", no "we") — the trade's
    history told, no claim the brand could break."""
    doc = analysis.doc
    sentence = token.sent
    if not _SINCE_LONG_AGO.search(sentence.text):
        return False
    verb = token.head if token.head.pos_ in ("VERB", "AUX") else token
    links = [c for c in verb.children if c.dep_.startswith("aux")]
    if not any(c.lemma_.lower() in ("have", "avoir") or c.dep_ == "aux:tense" for c in links):
        return False
    subjects = [c for c in verb.children if "subj" in c.dep_]
    if not subjects:
        return False
    subject = subjects[0]
    own = {"we", "us", "i", "our", "ours"} if token.lang_ == "en" else {
        "nous", "je", "on", "notre", "nos"}
    return subject.pos_ == "NOUN" and not any(
        t.lower_ in own or t.text[:1].isupper() and analysis.vocabulary.names_brand(t.lower_)
        for t in subject.subtree) \
        and not any(t.lower_ in own for t in doc[sentence.start:sentence.end])


def own_history(analysis, match: ClaimMatch) -> bool:
    """"The fastest Firefox ever", « la version la plus rapide de Firefox jamais
    réalisée »: a named product compared with its own earlier versions."""
    noun = ranked_noun(analysis.doc, match)
    start, end = _line(analysis, analysis.doc[match.start])
    words = {t.lower_ for t in features.tokens(analysis.doc)[start:end]}
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
    negation = next((n for n in range(len(before) - 1, -1, -1)
                     if before[n] in ("ne", "n'", "n’")), None)
    if negation is not None and not _expletive_ne(before, negation):
        return False  # (« plus compliquée qu'il ne l'a jamais été »: the « ne » after the
        # comparison's « que » negates nothing, jamais is still "ever")
    return any(w in ("plus", "moins", "mieux", "meilleur", "meilleure", "meilleurs",
                     "meilleures", "que", "qu'", "qu’") for w in before)


_COMPARING = ("plus", "moins", "mieux", "meilleur", "meilleure", "meilleurs", "meilleures",
              "pire", "autant", "aussi")


def _expletive_ne(before: list[str], negation: int) -> bool:
    """The « ne » at `negation` follows a comparison's « que » within two words (« plus
    compliquée qu'il ne l'a jamais été », « mieux que nous ne l'avions jamais fait »): it
    negates nothing."""
    lead = before[max(negation - 2, 0):negation]
    at = next((n for n in range(negation - 1, max(negation - 3, -1), -1)
               if before[n] in ("que", "qu'", "qu’")), None)
    return bool(lead) and at is not None and any(w in _COMPARING for w in before[:at])


_PLACE_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "in", "on", "across", "throughout",
                       "around", "en", "dans", "outside", "beyond"}
# those after which a bare name is a place (« du Var », "in Lyon"): not a bare « de », where
# a name is as often a product (« la version la plus rapide de Firefox »), nor "on"
_NAME_IS_A_PLACE = _PLACE_PREPOSITIONS - {"de", "d'", "d’", "on"}


_PHRASE_BREAKS = frozenset({":", "—", "–", ";"})
_SUBORDINATE = frozenset({"relcl", "acl", "acl:relcl", "advcl", "ccomp", "csubj"})


def verbless_ranking(doc, match: ClaimMatch) -> bool:
    """The superlative heads a phrase with no verb of its own — a headline, or a name
    set after a colon or a dash ("Trusted by 18,000 developers — the leading cloud in
    France", « 98 % de réussite : le meilleur taux de la région »): the copy names its
    offer by its rank, whoever the parse takes for the holder. A verb inside a relative
    clause ("the healthiest food money can buy") is not the phrase's own. A plural
    ranks a set of others ("the best cafés in Lille: our guide"), not the brand."""
    noun = ranked_noun(doc, match)
    if noun is not None and "Plur" in noun.morph.get("Number"):
        return False
    sent = doc[match.start].sent
    start = max([t.i + 1 for t in doc[sent.start:match.start] if t.text in _PHRASE_BREAKS],
                default=sent.start)
    end = next((t.i for t in doc[match.end:sent.end] if t.text in _PHRASE_BREAKS), sent.end)
    for t in doc[start:end]:
        if t.pos_ not in ("VERB", "AUX") or "Fin" not in t.morph.get("VerbForm"):
            continue
        chain = [t, *[a for a in t.ancestors if start <= a.i < end]]
        if not any(a.dep_ in _SUBORDINATE for a in chain):
            return False
    return True


def welcomed_to(doc, match: ClaimMatch, language: str) -> bool:
    """The superlative names the place a greeting welcomes the reader to, right after
    the greeting on its line ("Welcome to the best dive centre on the Riviera", «
    Bienvenue chez la meilleure modiste de France »): the brand's own place, ranked."""
    start, _end = features.line_bounds(doc, match.start)
    before = features.span_text(doc, start, match.start).lower().strip()
    openers = lexicons.load("claims")["welcome_openers"][language]
    return any(before == w or before.endswith((" " + w, "!" + w)) for w in openers)


def place_scope(doc, match: ClaimMatch, language: str) -> bool:
    """The superlative ranks against everyone in a place: « le plus fiable de toute la
    métropole », "the simplest insurance in the country", « la moins chère de Lyon »."""
    areas = lexicons.words("claims", "area_nouns", language, lower=True)
    ranked = ranked_noun(doc, match)
    if ranked is not None and (ranked.lower_ in areas or ranked.lemma_.lower() in areas):
        return False  # « le plus beau coin de la ville »: a place ranked, not the brand
    after = _past_compound(doc, match.end)
    end = min(after + 8, len(doc))
    for t in doc[after:end]:
        if t.i == after and t.tag_ == "VBG":
            continue  # "the best glamping in…", "the finest dining in…": after the
            # superlative an -ing form is the thing ranked, whatever the tagger says
        if t.is_punct or "\n" in t.text or t.pos_ in ("VERB", "AUX") and t.dep_ != "fixed":
            return False  # (« école de ski »: a noun the parse fixed into a locution)
        if t.lower_ in areas:
            return False  # the place itself is ranked (the tagger may miss the noun)
        if t.lower_ not in _PLACE_PREPOSITIONS:
            continue
        for w in doc[t.i + 1: min(t.i + 4, len(doc))]:
            if w.is_punct:
                break
            if w.lower_ in areas or _named_place(doc, t, w):
                return True
    return False


@functools.cache
def nature_words(language: str) -> frozenset[str]:
    """The one-word things of nature and geography (`nature_kinds`: « mer », "reef"), for
    reading a subject as the world rather than the offer."""
    return frozenset(w for w in lexicons.words("claims", "nature_kinds", language, lower=True)
                     if " " not in w)


def ranks_the_natural_world(analysis, match: ClaimMatch) -> bool:
    """« Le Vatnajökull est la plus grande calotte glaciaire d'Islande », "the only
    glacier in the Ariège", "heating is the largest single source of energy consumption":
    what is ranked is a thing of nature or geography (claims lexicon, `nature_kinds`), or
    a contributor to a physical quantity (`contributor_nouns` of `physical_quantities`)
    — the world the copy tells about, not the brand or its offer (not when the clause
    holds the brand's own: « notre refuge, le plus haut sommet… »)."""
    doc, language = analysis.doc, analysis.language
    words = _ranked_words(doc, match)
    if not words:
        return False
    head = next((i for i, t in enumerate(words) if t.pos_ == "ADP" and i), len(words))
    text = " ".join(t.lower_ for t in words[:head])  # "the best view of the lake": a view
    nature = lexicons.pattern("claims", "nature_kinds", language)
    quantity = lexicons.pattern("claims", "physical_quantities", language)
    contributors = lexicons.words("claims", "contributor_nouns", language, lower=True)
    first = next((i for i, t in enumerate(words)
                  if t.lower_ in contributors or t.lemma_.lower() in contributors), None)
    ranked = nature.search(text) or first is not None and quantity.search(
        " ".join(t.lower_ for t in words[first + 1:first + 5]))
    if not ranked:
        return False
    frame = analysis.frame(doc[match.start])
    if frame.holder in ("brand", "service"):
        return False
    return not any(t.lower_ in POSSESSIVES_OWN or analysis.vocabulary.names_brand(t.lower_)
                   for t in features.tokens(doc)[frame.start:frame.end])


def _ranked_words(doc, match: ClaimMatch) -> list:
    """The words a superlative ranks: the noun before a French « le plus » and the few
    words after the phrase, across a line break (a title cut into lines: "Iceland's
    largest / ice cap"), up to punctuation or a verb."""
    found = []
    noun = ranked_noun(doc, match)
    if noun is not None and noun.i < match.start:
        found.append(noun)
    for t in features.tokens(doc)[match.end:min(match.end + 10, len(doc))]:
        if t.is_space:
            continue
        if t.is_punct or t.pos_ in ("VERB", "AUX") or len(found) >= 8:
            break
        found.append(t)
    return found


def _past_compound(doc, end: int) -> int:
    """The token after a superlative's hyphenated compound ("the best-stocked", « le
    mieux-disant »): its tail belongs to the superlative, not to what follows."""
    while end + 1 < len(doc) and doc[end].text in ("-", "‑") and \
            not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return end


def _named_place(doc, preposition, word) -> bool:
    """A place by its name after the superlative (the pipeline runs no entity
    recogniser): "in Lyon", « de l'Anjou », « en Bretagne ». After a bare « de » a name is
    as often the brand's own product (« la version la plus rapide de Firefox »): a region
    takes its article there, a product does not."""
    if not word.text[:1].isupper() or not word.is_alpha or word.is_sent_start:
        return False
    if word.pos_ == "NOUN" and preposition.lower_ in ("du", "des") and \
            word.i == preposition.i + 1 and not word.text.isupper():
        return True  # « des Aravis », « du Vercors »: the small French model tags a
        # place name it does not know a noun; the article is in the preposition
    if word.pos_ != "PROPN":
        return False
    if preposition.lower_ in _NAME_IS_A_PLACE:
        return True  # « du Var », « des Vosges »: the article is in the preposition
    before = doc[word.i - 1] if word.i > 0 else None
    return before is not None and before.lower_ in ("l'", "l’", "la", "le", "les") and \
        preposition.lower_ in ("de", "d'", "d’", "des")


_TERM = re.compile(
    r"(?<!\w)(?:\d+|un|une|deux|trois|cinq|dix|one|two|three|five|ten)\s*-?\s*"
    r"(?:ans?|années?|mois|years?|months?|yrs?)(?!\w)", re.I)


def bounded_guarantee(doc, match: ClaimMatch) -> bool:
    """« garantis 5 ans », "guaranteed for 5 years", "a 2-year guarantee": a guarantee with
    its term is a warranty the brand sets, not a claim that nothing can go wrong."""
    from brandlint.analysis.features import clause_bounds

    start, end = clause_bounds(doc, match.start, _language_of(doc))
    before = features.span_text(doc, max(start, match.start - 3), match.start)
    after = features.span_text(doc, match.end, min(end, match.end + 5))
    if _TERM.search(after) or _TERM.search(before):
        return True
    # « des sauvegardes glissantes sur 30 jours », "an availability in excess of 99.9 %":
    # what is guaranteed comes with its span or its measured level — bounded, as the
    # rule's own advice asks, not a claim that nothing can go wrong
    further = features.span_text(doc, match.end, min(end, match.end + 10))
    return bool(_SPAN.search(further)) or any(
        float(level.replace(",", ".")) < 100 for level in _LEVEL.findall(further))


_SPAN = re.compile(
    r"(?<!\w)(?:sur|pendant|durant|for|over|during)\s+(?:les\s+|the\s+)?(?:\d+|sept|quinze|"
    r"trente|seven|fourteen|thirty)\s*-?\s*(?:jours?|semaines?|days?|weeks?)(?!\w)", re.I)
_LEVEL = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*%")


def approximated(doc, match: ClaimMatch, language: str) -> bool:
    """"almost unlimited", « quasi-illimitées », "nearly always": the absolute is brought
    short of itself, which says there is a limit — no absolute claim."""
    token = doc[match.start]
    words = [w.lower() for w in lexicons.load("claims")["approximators"][language]]
    if any(token.lower_.startswith(w + "-") for w in words):
        return True
    i = match.start - 1
    if i >= 0 and doc[i].text in ("-", "‑"):
        i -= 1
    before = " ".join(t.lower_ for t in doc[max(0, i - 2): i + 1])
    return any(before == w or before.endswith(" " + w) for w in words)


def denies_totality(analysis, token, language: str) -> bool:
    """« ne protège jamais totalement », « ne va jamais à tout le monde », "never fully
    cool", "never suits everyone": *never* with a whole (`denied_totality`) among the
    next words of its clause says the benefit stops short of that whole — a limit
    admitted, not an absolute claim."""
    end = min(analysis.clause(token).end, token.i + 6)
    if end <= token.i + 1:
        return False
    after = features.span_text(token.doc, token.i + 1, end)
    words = lexicons.load("claims")["denied_totality"][language]
    return lexicons.phrase_pattern(words).search(after) is not None


_UNLIMITED = re.compile(r"^(?:illimité|illimitée|illimités|illimitées|unlimited)$", re.I)


def bounded_allowance(doc, match: ClaimMatch, language: str) -> bool:
    """"Unlimited access to your unit during site hours", « une connexion illimitée pour
    cinq de vos appareils maximum »: the allowance comes with its bound in its sentence —
    the terms of an offer, not a claim without limit."""
    if not _UNLIMITED.match(match.text):
        return False
    start, end = features.line_bounds(doc, match.start)
    sentence = features.span_text(doc, start, end)
    bounds = lexicons.phrase_pattern(lexicons.load("claims")["allowance_bounds"][language])
    if bounds.search(sentence) or _limits_told_around(doc, start, language):
        return True
    return _subscription_priced(doc, start, language)


def _limits_told_around(doc, line_start: int, language: str) -> bool:
    """The line, or the last non-blank line before it (a table row's caption), says where
    the limits come from ("Limits imposed by either the purchased plan or your own
    infrastructure" over "Unlimited storage and amount of files"); or, under a heading
    (a line with no stop), the first line of what it heads ("Unlimited everything" over
    "Nextcloud has no limits other than the size of your file storage system")."""
    told = lexicons.phrase_pattern(lexicons.load("claims")["limits_told"][language])
    text = features.doc_text(doc)
    at = features.tokens(doc)[line_start].idx if line_start < len(doc) else len(text)
    end = text.find("\n", at)
    current = text[at: end if end >= 0 else len(text)]
    above = [line for line in text[:at].split("\n") if line.strip()]
    below = [line for line in text[at + len(current):].split("\n") if line.strip()]
    heading = not current.rstrip().endswith((".", "!", "?", "…", ":", ";", ","))
    return bool(told.search(current) or above and told.search(above[-1])
                or heading and below and told.search(below[0]))


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "qui", "que", "qu'", "qu’",
                                "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def relative_antecedent(token):
    """The noun a relative clause holding `token` describes ("accounts that always fail
    their requests", « les comptes qui échouent toujours »), or None: the verb the word
    modifies is a relative clause opened by a relative pronoun."""
    verb = token.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(2):  # « qui tente de protéger coûte que coûte »: the infinitive's
        # absolute belongs to the relative clause whose verb governs it
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    pronoun = next((c for c in verb.children if c.i < verb.i
                    and c.lower_ in _RELATIVE_PRONOUNS), None)
    if verb.dep_ not in ("relcl", "acl:relcl") or verb.head.i == verb.i or pronoun is None:
        return None
    before = token.doc[pronoun.i - 1] if pronoun.i else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and before.i != verb.head.i:
        return before  # « ce qu'il se passe au Venezuela qui tente… »: the relative pronoun
        # follows what it stands for, wherever the parse hangs its clause
    return verb.head


def excepted(doc, match: ClaimMatch, language: str) -> bool:
    """"Your pinned tab lives on forever (or until you unpin it)", « garanti à vie, sauf
    casse », "always on, unless you pause it": the phrase right after the absolute —
    past brackets, a comma, a dash and *or* / *ou* — opens on an exception, which bounds
    it as a visible condition does."""
    tokens = features.tokens(doc)
    _, line_end = features.line_bounds(doc, match.start)
    separators = ("(", ",", "—", "–", "-")
    # right after it, or after the rest of its phrase (« garantie à vie, sauf casse »)
    opens = [match.end] + [i for i in range(match.end + 1, min(line_end, match.end + 4))
                           if tokens[i].text in separators][:1]
    for i in opens:
        while i < line_end and (tokens[i].text in separators or
                                tokens[i].lower_ in ("or", "ou")) and i < match.end + 6:
            i += 1
        after = features.span_text(doc, i, min(line_end, i + 4)).lower()
        if any(after == w or after.startswith(w + " ") or w.endswith(("'", "’")) and
               after.startswith(w) for w in _exceptions_after(language)):
            return True
    return False


@functools.cache
def _exceptions_after(language: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicons.load("claims")["exceptions_after"][language])


def guarantees_a_feeling(doc, match: ClaimMatch, language: str) -> bool:
    """« Fous rires garantis », "screams guaranteed", "guaranteed giggles": the guarantee
    is of the reader's feeling, next to the word — a figure of speech, not a performance."""
    if not match.text.lower().startswith(("garant", "guarantee")):
        return False
    feelings = lexicons.words("claims", "feelings", language, lower=True)
    words = [t for t in features.tokens(doc)[max(0, match.start - 4): match.end + 3]
             if not t.is_punct and not t.is_space]
    at = next((k for k, t in enumerate(words) if t.i == match.start), None)
    if at is None:
        return False
    before = [w.lower_ for w in words[max(0, at - 3): at]]
    after = [w.lower_ for w in words[at + 1:]]
    phrases = {" ".join(before[k:]) for k in range(len(before))} | {
        " ".join(after[:k]) for k in range(1, len(after) + 1)}
    return bool(phrases & feelings) or any(
        w.endswith("s") and w[:-1] in feelings for w in (before[-1:] + after[:1]))


def _subscription_priced(doc, line_start: int, language: str) -> bool:
    """The line, or the heading of the list it belongs to, prices a subscription per
    period: the unlimited allowance is what that price buys ("Premium – €39.90/month"
    over "• Unlimited conversation clubs"; « Pour 24,90 € par mois, … illimités »)."""
    prices = lexicons.phrase_pattern(lexicons.load("claims")["subscription_prices"][language])
    lines = features.doc_text(doc)[:features.tokens(doc)[line_start].idx].split("\n") \
        if line_start < len(doc) else []
    current = features.span_text(doc, line_start, features.line_bounds(doc, line_start)[1])
    if prices.search(current):
        return True
    for line in reversed(lines):  # up the list, to its heading
        stripped = line.strip()
        if not stripped:
            continue  # a blank line between the heading and its list
        if prices.search(stripped):
            return True
        if not stripped.startswith(("•", "-", "–", "*", "·", "✓", "✔")):
            return False  # the heading without a price, or prose: no subscription
    return False


_PERFECT = frozenset({"have", "has", "had", "'ve", "’ve", "avoir", "être"})


def in_past_relative(token) -> bool:
    """"certificates that look exactly the same as those we have always issued",
    « identiques à ceux que nous avons toujours émis »: the absolute qualifies the verb
    of a relative clause, or of a comparison ("like you always did"), in the past or the
    perfect — a record, described, whatever the sentence around it says of the future."""
    head = token.head
    compared = head.dep_ in ("advcl", "advmod", "obl") and any(
        c.dep_ == "mark" and c.lower_ in ("like", "as", "comme") for c in head.children)
    # "work like you always did", « comme vous l'avez toujours fait »: the habit a
    # comparison points to, in the past — a record, not a claim
    relative = head.dep_ in ("relcl", "acl:relcl") or head.dep_ == "acl" and any(
        c.lower_ in _RELATIVE_PRONOUNS and c.i < head.i for c in head.children)
    # (« un magasin que vous n'avez jamais visité »: the small French model may hang the
    # relative clause on its auxiliary as a plain *acl*, the pronoun its marker)
    if not relative and not compared or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.tag_ == "VBD":
        return True
    if head.lemma_.lower() in _PERFECT and head.pos_ == "AUX" and _participle_after(token):
        return True  # the auxiliary heads the clause, the participle after the absolute
    perfect = any(c.dep_.startswith("aux") and (
        c.lemma_.lower() in _PERFECT or c.lower_ in _HAD_CONTRACTED and head.tag_ == "VBN")
                  for c in head.children)
    # ("a game they'd never heard of": *'d* before a past participle is *had*, whatever
    # the small model reads — *would* takes the bare verb)
    return perfect and ("Past" in features.morph(head).get("Tense") or head.tag_ == "VBN")


_HAD_CONTRACTED = frozenset({"'d", "’d"})


_RELATIVE_PRONOUNS = frozenset({"que", "qu'", "qu’", "qui", "dont", "où", "that", "which",
                                "who", "whom"})


def _participle_after(token) -> bool:
    """The word after the absolute is a past participle (« n'avez jamais visité »)."""
    if token.i + 1 >= len(token.doc):
        return False
    return participle_form(token.doc[token.i + 1])


def participle_form(token) -> bool:
    """A past participle, by its morphology or, for the small model's mis-tags (« l'avoir
    signalé » read as a noun), by a French participle ending."""
    if "Part" in features.morph(token).get("VerbForm") or token.tag_ == "VBN":
        return True
    return token.lang_ == "fr" and token.is_alpha and token.lower_.endswith(
        ("é", "ée", "és", "ées"))


def living_life(doc, match: ClaimMatch, language: str) -> bool:
    """"Carbon is an element necessary for life on Earth", "water, essential for life":
    *for life* after what living things need (claims lexicon, `life_needs`) is life
    itself, not a lifetime ("guaranteed for life", "members for life")."""
    if match.text.lower() not in ("for life", "à vie"):
        return False
    needs = lexicons.words("claims", "life_needs", language, lower=True)
    before = [t for t in doc[max(match.start - 3, 0):match.start] if not t.is_punct]
    return bool(before) and (before[-1].lower_ in needs or before[-1].lemma_.lower() in needs)


def measured_lifetime(doc, match: ClaimMatch) -> bool:
    """"The end of the 90-day lifetime", "shorter-lifetime certificates": *lifetime* as
    the length a thing lasts, measured — not "lifetime warranty" nor "lasts a lifetime"."""
    if match.text.lower() != "lifetime":
        return False
    token = doc[match.start]
    before = doc[token.i - 1] if token.i else None
    if before is not None and (before.text in ("-", "‑") or before.tag_ == "JJR"):
        return True  # "shorter-lifetime", "longer lifetime"
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # whose lifetime it is, or how long: "its lifetime", "certificate lifetime (docs)",
    # "Order Lifetime", "90-day lifetimes" — a length measured, even before a noun
    if any(c.dep_ in ("det", "poss", "compound", "nummod", "amod") and c.lower_ not in (
            "a", "an") and c.i < token.i for c in token.children):
        return True
    # as a modifier, it promises only a benefit that lasts ("lifetime warranty", "lifetime
    # access", "Lifetime performance"); "lifetime changes", "lifetime extension" measure
    benefits = lexicons.words("claims", "lifetime_benefits")
    # the nouns after it, up to the phrase's head ("a lifetime battery warranty")
    following = []
    for t in doc[token.i + 1: token.i + 4]:
        if t.pos_ not in ("NOUN", "PROPN"):
            break
        following.append(t)
    if following and not any(t.lemma_.lower() in benefits or t.lower_ in benefits
                             for t in following):
        return True  # "lifetime changes", "lifetime extension": a length, measured
    # a property named beside another: "Controlling Scope and Lifetime", "lifetime and
    # renewal" — a dimension of the thing, not an unending promise
    if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") or any(
            c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        return True
    return False  # "lifetime warranty", "Lifetime performance", "lasts a lifetime"


_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")


_WHOLE = re.compile(r"^100\s*(?:%|pour\s*cent|percent|per\s+cent)$", re.I)
_OF = frozenset({"de", "des", "du", "d'", "d’", "of"})


def whole_of_outcomes(doc, match: ClaimMatch, language: str) -> bool:
    """« 100 % de nos stagiaires progressent », "100% of teams escape in time", « en
    ligne 100 % du temps »: all of the people served, of the time or of the troubles
    dealt with (claims lexicon, `outcome_wholes`) — an absolute about results, as
    "every pupil" is; not the composition of the brand's own things (« 100 % de nos
    bénéfices », "100% of our cotton"), which the fixed expressions keep apart."""
    if not _WHOLE.match(match.text.strip()):
        return False
    tokens = features.tokens(doc)
    i = match.end
    if i >= len(doc) or tokens[i].lower_ not in _OF:
        return False
    wholes = lexicons.words("claims", "outcome_wholes", language)
    if _stopped_by_the_offer(doc, match, language):
        start, end = features.line_bounds(doc, match.start)
        return not names_its_source(features.span_text(doc, start, end), language)
    for t in tokens[i + 1:i + 5]:
        if t.is_punct or t.is_space:
            return False
        if t.lower_ in wholes or t.lemma_.lower() in wholes:
            start, end = features.line_bounds(doc, match.start)
            # a record with its source and year on the line ("says our 2024 survey")
            return not names_its_source(features.span_text(doc, start, end), language)
        if t.pos_ in ("NOUN", "PROPN"):
            return False  # the noun counted is another ("100 % des bénéfices")
    return False


def _stopped_by_the_offer(doc, match: ClaimMatch, language: str) -> bool:
    """« un verre qui bloque 100 % des UV », "our treatment removes 100% of smells": the
    whole of what the offer blocks, filters or removes — an efficacy claim (claims
    lexicon, `efficacy_verbs`), not a composition (« 100 % des bénéfices reversés »)."""
    verbs = lexicons.words("claims", "efficacy_verbs", language)
    for t in doc[match.start:match.end]:
        head = t.head
        for _ in range(3):
            if head.lemma_.lower() in verbs or head.lower_ in verbs:
                return head.i < match.start
            if head.head.i == head.i:
                break
            head = head.head
    before = [t for t in features.tokens(doc)[max(0, match.start - 3):match.start]
              if not t.is_punct]
    return bool(before) and (before[-1].lemma_.lower() in verbs or before[-1].lower_ in verbs)


_WOULD = frozenset({"would", "could", "might"})


def hypothetical_share(doc, match: ClaimMatch) -> bool:
    """"100% of requests that would fail", « 100 % des requêtes qui seraient en échec »:
    the whole counted is told by a relative clause in the conditional — a scenario the
    copy fears or weighs, not a result it claims."""
    if not _WHOLE.match(match.text.strip()):
        return False
    tokens = features.tokens(doc)
    _start, end = features.line_bounds(doc, match.start)
    relative = next((t for t in tokens[match.end:min(match.end + 6, end)]
                     if t.lower_ in ("qui", "que", "qu'", "qu’", "that", "which")), None)
    if relative is None:
        return False
    for t in tokens[relative.i + 1:min(relative.i + 4, end)]:
        if t.lower_ in _WOULD or "Cnd" in features.morph(t).get("Mood"):
            return True
    return False


def share_of_a_group(doc, predicate: int, language: str) -> bool:
    """"Most of the people using those websites will never know its name", « la plupart
    des clients n'appellent jamais », "many riders never notice": the clause's subject
    is a share of a group, not all of it — what always or never happens to some is an
    estimate, bounded by its own words, not an absolute."""
    if predicate < 0:
        return False
    shares = lexicons.words("claims", "group_shares", language)
    for subject in (c for c in features.children(doc[predicate]) if c.dep_ in _SUBJECTS):
        if subject.lower_ in shares or subject.lemma_.lower() in shares:
            return True  # "Most of the people", « la plupart des clients »
        if any(c.dep_ in ("det", "amod", "advmod", "nummod", "quantmod", "nmod") and (
                c.lower_ in shares or c.lemma_.lower() in shares) and c.i < subject.i
               for c in features.children(subject)):
            return True  # "many riders", « certains clients », « beaucoup de clients »
    return False


def in_indirect_question(doc, match: ClaimMatch, language: str) -> bool:
    """"We'll suggest which servers near you will ensure the fastest connection", "find
    out whether our plan is the cheapest for you", « découvrez quelle formule est la plus
    adaptée »: the claim sits in a question put as the object of a verb (which one,
    whether) — it is asked or left to the reader's choice, not asserted. "Why" and "how"
    questions are not: "see why we are the fastest" takes the claim for granted."""
    words = lexicons.words("claims", "indirect_question_words", language)
    sentence_start = doc[match.start].sent.start
    line_start, _ = features.line_bounds(doc, match.start)
    tokens = features.tokens(doc)
    for i in range(match.start - 1, max(sentence_start, line_start, match.start - 12) - 1, -1):
        t = tokens[i]
        if t.text in (":", ";", "—", "(", ")") or t.lower_ in ("and", "but", "et", "mais"):
            return False
        if t.lower_ in words:
            before = tokens[i - 1] if i > 0 else None
            # a verb just before opens the question it governs: "suggest which",
            # "find out whether", « découvrez quelle »; not a relative "the box which…"
            while before is not None and before.i > sentence_start and before.pos_ in (
                    "ADP", "PART") and before.lower_ in ("out", "up"):
                before = tokens[before.i - 1]
            return before is not None and before.pos_ in ("VERB", "AUX") and \
                before.i >= sentence_start
    return False


_CAN = frozenset({"can", "could", "may", "pouvoir"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})


def changeable_at_will(token, language: str) -> bool:
    """The absolute says how freely a thing may be changed — « la démarche peut être
    modifiée à volonté », "your delivery slot can always be changed in the app": a verb
    of changing (`changing_verbs`) under *can* / « pouvoir », in the passive (or with
    the reader as its subject, « vous pouvez la modifier à volonté »). The reader's
    freedom over what they set up, like "you can always change it"; not the brand's
    performance ("your bike can always be repaired the same day" is no change of a
    setting)."""
    verbs = lexicons.words("claims", "changing_verbs", language)
    verb = token.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs:
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    modal = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CAN else None
    if modal is None and not any(c.dep_ == "aux" and c.lemma_.lower() in _CAN
                                 for c in verb.children):
        return False
    if any(c.dep_ in ("agent", "obl:agent") for c in verb.children):
        return False  # "can always be changed by our team within the hour": the brand's act
    holders = [c for w in (verb, modal) if w is not None for c in w.children
               if c.dep_ in ("nsubj", *_PASSIVE_SUBJECTS)]
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children) or any(
        c.dep_ in _PASSIVE_SUBJECTS for c in holders)
    return passive or bool(holders) and all(c.lower_ in ("you", "vous", "tu") for c in holders)


def inside_a_condition(token, language: str) -> bool:
    """The absolute stands inside a clause that a condition or a time opens, hung on the
    verb it conditions — "we will only consider reinstatement when we are certain that
    the abuse will not happen again", "if a parcel never arrives, we refund it", « quand
    un colis n'arrive jamais, écrivez-nous »: what is supposed or waited for, not
    asserted. The clause it conditions ("when you call, we always answer") is judged
    as usual."""
    openers = lexicons.words("claims", "condition_openers", language)
    node = token
    for _ in range(6):
        # (the small French model may make the clause a root or a complement: its
        # « quand » / « lorsque » still marks it)
        if any(c.lower_ in openers and c.i < token.i and (
                c.dep_ == "mark" or c.dep_ == "advmod" and node.dep_ == "advcl")
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def tells_how_the_world_goes(match: ClaimMatch, language: str) -> bool:
    """An absolute that may describe the world rather than promise ("never", « jamais »):
    said of a thing that is not the brand's, it claims nothing. « Garanti », "come what
    may", « zéro risque » promise whatever their subject."""
    return match.text.lower() in lexicons.words("claims", "world_absolutes", language)


def gauge_reading(doc, match: ClaimMatch, language: str) -> bool:
    """« Batterie chargée à 100 % », "Battery at 100%", "tank 100% full": a gauge read —
    the level a measured thing has reached (a battery, a charge, a tank, a booking
    rate) —, not a degree the brand vouches for (« satisfait à 100 % », "100% safe")."""
    if not match.text.replace(" ", "").startswith("100"):
        return False
    gauges = lexicons.words("claims", "gauges", language)
    tokens = features.tokens(doc)
    line_start, _ = features.line_bounds(doc, match.start)
    before = [t for t in tokens[max(line_start, match.start - 4): match.start]
              if not t.is_punct]
    after = tokens[match.end: match.end + 2]
    return any(t.lemma_.lower() in gauges or t.lower_ in gauges for t in (*before, *after))


def on_a_scale(doc, match: ClaimMatch, language: str) -> bool:
    """« une part, de 0 à 100 %, de l'empreinte », « incluse d'office à 100 % », "from 0
    to 100%": the percentage closes a range or is the share a method counts a thing at
    (`figures.percentage_of_a_scale`), not a degree vouched for (« satisfait à 100 % »)."""
    if not match.text.replace(" ", "").startswith("100"):
        return False
    tokens = features.tokens(doc)
    start = tokens[match.start].idx
    end = tokens[match.end - 1].idx + len(tokens[match.end - 1].text)
    return figures.percentage_of_a_scale(features.doc_text(doc), start, end, language)


def attributive(token) -> bool:
    """"your forever browser", "our forever home": *forever* modifying the noun after it
    is a figure of speech, not a claim that something lasts."""
    if token.lower_ != "forever":
        return False
    head = token.head
    if head.i > token.i and (head.pos_ in ("NOUN", "PROPN") or any(
            c.dep_ in ("det", "poss") for c in head.children)):
        return True
    # the small model loses the noun of a stacked modifier list ("your default, go-to,
    # forever browser" tags *browser* a verb, or hangs *forever* on "go-to"): the word
    # right after is read as a noun — a noun or name, or a "verb" with no subject or
    # auxiliary of its own — and a possessive, an article, an adjective or the list's
    # comma comes before
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    listed = before.text in (",", "-") or before.pos_ in ("DET",) or before.tag_ == "PRP$"
    noun = after.pos_ in ("NOUN", "PROPN") or after.pos_ == "VERB" and token.head == after \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in after.children)
    return listed and noun


def never_done_kind(token) -> bool:
    """« une chaudière jamais entretenue », « un vélo jamais révisé », "a never-serviced
    boiler": *never* folded into a participle that describes a noun — the kind of thing
    meant (one that was never serviced), not a claim that something never happens."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.i == 0:
        return False
    after, before = doc[token.i + 1], doc[token.i - 1]
    if token.lower_ == "never":
        # "a never-serviced boiler": the hyphenated modifier before its noun
        participle = doc[token.i + 2]
        return after.text == "-" and participle.tag_ in ("VBN", "JJ", "VBD") and (
            participle.dep_ == "amod" or token.i + 3 < len(doc)
            and doc[token.i + 3].pos_ in ("NOUN", "PROPN"))
    if token.lower_ != "jamais" or "Part" not in features.morph(after).get("VerbForm"):
        return False
    if before.pos_ not in ("NOUN", "ADJ") or not any(
            t.pos_ == "DET" for t in doc[max(token.sent.start, token.i - 3):token.i - 1]):
        return False  # « les salles ne sont jamais fermées »: a clause's own verb
    return not any(t.lower_ in ("ne", "n'", "n’") for t in doc[token.sent.start:token.i])


def bare_kind_subject(analysis, frame) -> bool:
    """"Leather never likes salt water", "Wood always swells in the rain": an English
    bare singular noun as the subject of a present clause names a material or a kind in
    general — how the world goes, not the brand's offer — unless it is one of the words
    any offer is made of ("delivery", "service"), the central idea's own word, a word the
    draft makes the brand's, or a service of the profile."""
    if frame.predicate < 0:
        return False
    doc = analysis.doc
    predicate = doc[frame.predicate]
    if analysis.language == "fr":
        subject = _generic_definite_subject(predicate)
        if subject is None:
            return False
    elif analysis.language != "en" or predicate.tag_ not in ("VBZ", "VBP"):
        return False
    else:
        subjects = [c for c in features.children(predicate) if c.dep_ in _SUBJECTS]
        if len(subjects) != 1:
            return False
        subject = subjects[0]
        if subject.pos_ != "NOUN" or subject.tag_ != "NN" or any(
                c.dep_ in ("det", "poss", "compound", "nmod", "amod", "nummod", "prep")
                for c in features.children(subject)):
            return False
    lemma = subject.lemma_.lower()
    vocab = analysis.vocabulary
    from brandlint.analysis.frame import words as frame_words

    generic = frame_words("holders", "offer_generic", "en")
    return not (lemma in generic or subject.lower_ in generic or lemma in vocab.idea_core
                or subject.lower_ in vocab.idea_core or subject.i in analysis.service_words
                or lemma in analysis._frames.own_nouns or vocab.names_brand(subject.lower_))


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue")


def _generic_definite_subject(predicate):
    """French says a kind in general with the definite singular (« Le soleil finit toujours
    par jaunir le papier », « L'humidité gondole toujours un tirage », « Le bois travaille
    toujours »): the one subject of a present-tense predicate, « le / la / l' » and nothing
    else on it (no possessive, no complement, no adjective that would single one out)."""
    if predicate.pos_ == "NOUN" and predicate.dep_ in ("ROOT", "nsubj"):
        # the small model makes the subject the root and hangs the verb on it
        # (« Le soleil ← finit toujours par jaunir »)
        verbs = [c for c in features.children(predicate) if c.dep_ == "acl"
                 and c.pos_ == "VERB" and c.i == predicate.i + 1]
        if len(verbs) != 1 or "Past" in verbs[0].morph.get("Tense") and \
                verbs[0].lower_.endswith(_PARTICIPLE_ENDINGS):
            return None  # (« finit » read as a participle is still the finite verb;
            # « le cadre livré » is a participle)
        subject, verb = predicate, verbs[0]
    else:
        if "Pres" not in predicate.morph.get("Tense") or \
                predicate.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        subjects = [c for c in features.children(predicate) if c.dep_ in _SUBJECTS]
        if len(subjects) != 1:
            return None
        subject, verb = subjects[0], predicate
    if subject.pos_ != "NOUN" or "Sing" not in subject.morph.get("Number"):
        return None
    kids_ = [c for c in features.children(subject) if c.i < verb.i]  # (what follows
    # the verb is its phrase, whatever the parse hangs it on)
    dets = [c for c in kids_ if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in ("le", "la", "l'", "l’") or any(
            c.dep_ not in ("det", "punct") for c in kids_):
        return None
    return subject


def owned_by_brand(analysis, match: ClaimMatch) -> bool:
    """The superlative ranks a noun the brand possesses — "our", « notre », or the brand
    by name ("Mozilla's largest celebration"): the brand against its own events or
    range, not against competitors."""
    doc = analysis.doc
    brand = {part.lower() for part in analysis.profile.brand.split()}
    last = doc[match.end - 1]
    noun = last.head if last.head.pos_ in ("NOUN", "PROPN") else None
    owners = [c for c in noun.children if c.dep_ in ("poss", "nmod:poss")] if noun is not None \
        else []
    if any(c.lower_ in POSSESSIVES_OWN or c.lower_ in brand for c in owners):
        return True
    # the parse may miss it: "<Brand>'s" just before the phrase
    i = match.start - 1
    return i >= 1 and doc[i].lower_ in ("'s", "’s") and doc[i - 1].lower_ in brand


_GENITIVE = frozenset({"'s", "’s"})
# third-person possessives that point back at a named owner: "its best feature", « sa
# plus belle saison » (the reader's and others' are POSSESSIVES_OTHER)
_POSSESSIVES_THIRD = frozenset({"its", "son", "sa", "ses"})


def ranked_in_possessor(doc, match: ClaimMatch, language: str) -> bool:
    """The superlative ranks a thing among its possessor's own — "the team's favourite",
    "the foundation's most critical asset", "its best feature", « ses plus belles
    allées »: an owner's priorities or range, no comparison of the brand with its
    competitors. A place as owner ("Britain's best bakery", "the city's best pizza")
    ranks a market, and so may any name."""
    noun = ranked_noun(doc, match)
    if noun is not None and not match.start <= noun.i < match.end and any(
            c.lower_ in _POSSESSIVES_THIRD for c in noun.children if c.i < noun.i):
        return True  # « ses infrastructures les plus critiques »
    i = match.start - 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in _POSSESSIVES_THIRD:
        return True
    if before.lower_ not in _GENITIVE or i < 1 or before.pos_ == "AUX":
        return False  # ("it's the best": the verb, see copula_not_possessive)
    owner = doc[i - 1]
    areas = lexicons.words("claims", "area_nouns", language, lower=True)
    # a common noun as written: a name before *'s* is as often a place ("Lyon's best",
    # "France's No.1") as an owner, and the small model's entities and tags miss most
    return owner.pos_ == "NOUN" and owner.text.islower() and owner.ent_type_ not in (
        "GPE", "LOC", "NORP") and owner.lower_ not in areas and owner.lemma_.lower() not in areas


def ranks_importance(doc, match: ClaimMatch, language: str,
                     kind: str = "importance_adjectives") -> bool:
    """"the most critical asset", "the most significant demand of disk I/O", « les
    questions les plus urgentes »: a superlative of importance says what matters most —
    a priority, a need, a risk — not that the offer beats its competitors. With
    `kind="recency_adjectives"`, a superlative of recency ("the most recent version",
    « la version la plus récente »): which came last, no rank either."""
    words = lexicons.words("claims", kind, language)
    tokens = features.tokens(doc)
    following = tokens[match.end] if match.end < len(doc) else None
    inside = [t.lower_ for t in tokens[match.start:match.end]]
    if any(w in words for w in inside) or following is not None and following.lower_ in words:
        return True
    if kind != "importance_adjectives":
        return False
    # "the highest priority at hospitals", « la plus grande priorité »: the noun ranked is
    # a priority — what matters most to someone, whatever the adjective
    noun = ranked_noun(doc, match)
    nouns = lexicons.words("claims", "importance_nouns", language)
    return noun is not None and (noun.lower_ in nouns or noun.lemma_.lower() in nouns)


_TOWARDS_TOP = {"plus", "most", "meilleur", "meilleure", "meilleurs", "meilleures", "best"}
_TOWARDS_BOTTOM = {"moins", "least", "pire", "pires", "worst"}
_RANGE_OPENERS = {"du", "de", "des", "d'", "d’", "entre", "allant", "from", "between",
                  "ranging"}
_RANGE_CLOSERS = {"au", "aux", "à", "jusqu'", "jusqu’", "jusqu'au", "to", "through"}


def scale_ends(doc, match: ClaimMatch) -> bool:
    """The superlative names one end of a scale whose other end the sentence names too,
    in a range (« du vert (A) pour les produits les plus sains au rouge (E) pour les
    moins sains », "from the healthiest (A) to the least healthy (E)"): a scale
    explained, its steps ranked against each other — not the offer against competitors.
    Two ends in one direction (« les plus légers et les moins chers ») are two claims."""
    words = {t.lower_ for t in doc[match.start:match.end]}
    if any(t.tag_ == "JJS" for t in doc[match.start:match.end]):
        words.add("most")  # "the healthiest": the top end
    if words & _TOWARDS_TOP:
        other = _TOWARDS_BOTTOM
    elif words & _TOWARDS_BOTTOM:
        other = _TOWARDS_TOP
    else:
        return False
    sentence = doc[match.start].sent
    line_start, line_end = features.line_bounds(doc, match.start)
    start, end = max(sentence.start, line_start), min(sentence.end, line_end)
    for t in doc[start:end]:
        if t.lower_ not in other or t.i in range(match.start, match.end) or not t.i or \
                doc[t.i - 1].lower_ not in ("le", "la", "les", "l'", "l’", "the"):
            continue
        first, last = sorted((match.start, t.i))
        between = {w.lower_ for w in doc[first:last]}
        opened = {w.lower_ for w in doc[start:first]} & _RANGE_OPENERS
        if between & _RANGE_CLOSERS and opened or between & {"et", "and"} and \
                opened & {"entre", "between"}:
            return True
    return False


def top_list(doc, match: ClaimMatch) -> bool:
    """"The 50 best-selling titles in the country this week", « les 10 meilleures ventes »:
    a counted list of ranked items (a chart, a selection), not the brand set above its
    competitors. A count of one is a rank ("the 1 best shop")."""
    noun = ranked_noun(doc, match)
    if noun is None or not ("Plur" in features.morph(noun).get("Number") or noun.tag_ == "NNS"):
        return False  # a list ranks things in the plural (not « le réseau 5G le plus… »)
    before = doc[match.start - 1] if match.start > 0 else None
    counts = [before] if before is not None else []
    counts += [c for c in noun.children if c.dep_ == "nummod"]
    return any(count.like_num and count.whitespace_ and count.text not in (
        "1", "un", "une", "one") for count in counts)


def _plural(noun) -> bool:
    return "Plur" in features.morph(noun).get("Number") or noun.tag_ == "NNS"


def catalogue_pick(doc, match: ClaimMatch, language: str,
                   own_names: frozenset[str] = frozenset()) -> bool:
    """"Browse the top-rated, trending themes", « les applications les plus sympas du
    Marketplace »: a superlative that sorts the items of a catalogue (a store, a
    marketplace, a gallery of add-ons, a platform) for the reader to pick from — others'
    things ranked among themselves, not the brand's offer set above its competitors. Told
    by a verb of browsing over the ranked things, or a catalogue named as their scope —
    the brand's own name too (`own_names`: "the best short videos on Tournesol", « les
    vidéos les plus vues de Pédalune TV »): the things it holds, ranked in its range."""
    noun = ranked_noun(doc, match)
    sentence = doc[match.start].sent
    if noun is None:  # "the top-rated, trending and most recommended themes": labels
        # listed before the noun they sort
        noun = next((t for t in features.tokens(doc)[match.end: min(match.end + 8,
                                                                     sentence.end)]
                     if t.pos_ == "NOUN"), None)  # (the small French model reads « parcourez les
        # thèmes » as an oblique: any direct dependent of the verb of browsing)
    if noun is None or not _plural(noun):
        return False  # a catalogue lists things (not « la box la plus puissante »)
    words = lexicons.load("claims")["catalogues"]
    browse = {w.lower() for w in words["browse_verbs"][language]}
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if any(t.dep_ in ("obj", "dobj", "obl", "obl:mod") and t.head.lemma_.lower() in browse
           for t in (head, *doc[match.start:match.end])):
        return True
    catalogues = {w.lower() for w in words["nouns"][language]}
    _, line_end = features.line_bounds(doc, match.start)
    after = features.tokens(doc)[match.end: min(match.end + 6, line_end)]
    # the catalogue as the scope of the ranked things ("… of the Store", « … du
    # Marketplace »), not the thing ranked (« le meilleur magasin de jouets »)
    if any((t.lower_ in catalogues or t.lemma_.lower() in catalogues) and t.i != noun.i
           and t.pos_ in ("NOUN", "PROPN") and any(
               p.lower_ in _SCOPE_PREPOSITIONS for p in doc[max(match.end, t.i - 3):t.i])
           for t in after):
        return True
    # the brand's name as the scope of the noun itself ("the best short videos on
    # Tournesol"), not as a predicate ("the best cargo bikes are on Pedalune": a claim)
    def scopes_noun(name) -> bool:
        if name.dep_ == "compound":
            name = name.head  # (the parse may run the name into the next line's)
        return name.head.lower_ in _SCOPE_PREPOSITIONS and name.head.head.i == noun.i or \
            name.head.i == noun.i and any(c.lower_ in _SCOPE_PREPOSITIONS for c in name.children)

    return any(t.lower_ in own_names and t.i != noun.i and scopes_noun(t) for t in after)


def ranks_others_things(doc, match: ClaimMatch, language: str) -> bool:
    """"The most popular repositories belonging to our users", « les dépôts les plus
    populaires qui appartiennent à nos utilisateurs », "the most popular project linked
    to an account": the ranked things are tied, by a verb of belonging, to their owners —
    the brand's users or members (`owners`) — and sorted among themselves; the brand's
    offer is set above no competitor. Not "the only network owned by its members" nor
    "Ternel is the most popular network owned by its members": said of a subject, the
    superlative ranks it."""
    if re.search(r"\b(?:only|seule?s?)\b", match.text.lower()):
        return False  # "the only network owned by its members": the brand's uniqueness
    noun = ranked_noun(doc, match)
    if noun is None or noun.dep_ == "attr" or any(c.dep_ == "cop" for c in noun.children):
        return False  # « Ternel est le réseau le plus populaire… »: said of a subject
    lexicon = lexicons.load("claims")
    verbs = {w.lower() for w in lexicon["belonging_verbs"][language]}
    owners = {w.lower() for w in lexicon["owners"][language]}
    line_start, line_end = features.line_bounds(doc, match.start)
    for verb in noun.children:
        if verb.dep_ not in ("acl", "acl:relcl", "relcl") or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "pas", "ne", "n'", "n’")
               for c in verb.children):
            continue  # "the only network not owned by billionaires": a status, told
        for owner in verb.subtree:
            if line_start <= owner.i < line_end and owner.pos_ in ("NOUN", "PROPN") and \
                    owner.i != noun.i and (owner.lemma_.lower() in owners or
                                           owner.lower_ in owners):
                return True
    return False


_SCOPE_PREPOSITIONS = frozenset({"du", "de", "des", "d'", "d’", "sur", "dans", "of", "in", "on",
                                 "from", "at"})


def measured_count(doc, match: ClaimMatch, language: str) -> bool:
    """"The largest authority in the world in terms of certificates issued", « le premier
    réseau en nombre d'abonnés »: the ranking names the count it is read on — a figure
    anyone can check, stated with its measure, not a judgement of quality ("the best
    box in terms of quality" names no count)."""
    sentence = doc[match.start].sent
    end = min(sentence.end, match.end + 14)
    text = features.span_text(doc, match.end, end)
    found = _pattern("count_measures", language).search(text)
    if found is None:
        return False
    at = doc[match.end].idx + found.end()
    following = [t for t in features.tokens(doc)[match.end:end] if t.idx >= at and t.is_alpha]
    return bool(following) and following[0].pos_ == "NOUN" and _plural(following[0])


def footnoted(text: str) -> bool:
    """A footnote reference ("[^3]", "[2]") on the claim's line: the copy points to its
    source."""
    return bool(_FOOTNOTE.search(text))


# bracketed only: a superscript figure is as often a unit ("1 800 m²") as a note
_FOOTNOTE = re.compile(r"\[\^\w+\]|\[\d{1,2}\]")


def numbering(doc, match: ClaimMatch) -> bool:
    """« Principe n°1 », "Step #1": a number in a list, not a ranking."""
    if not match.text.lower().startswith(("n°", "n° ", "nº", "#", "no.", "no ")):
        return False
    before = doc[match.start - 1] if match.start > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    # an item of a list or series ("Step #1", « Principe n°1 »), not a trade ranked
    # against its market (« le déménageur n°1 », "the #1 app")
    return before.lemma_.lower() in _LIST_ITEMS or before.lower_ in _LIST_ITEMS


_LIST_ITEMS = frozenset({
    "étape", "principe", "conseil", "astuce", "règle", "chapitre", "épisode", "question",
    "leçon", "partie", "point", "tome", "volume", "saison", "exercice", "semaine", "jour",
    "numéro", "article", "section", "niveau", "module", "séance", "atelier", "défi", "mission",
    "objectif", "priorité", "commandement", "secret", "ingrédient", "option", "modèle",
    "step", "principle", "tip", "rule", "chapter", "episode", "lesson", "part", "item",
    "season", "exercise", "week", "day", "issue", "level", "session", "challenge", "goal",
    "priority", "ingredient", "model", "track", "no", "number"})


def about_others(analysis, match: ClaimMatch) -> bool:
    """The superlative describes someone else: "other leading browsers", or a noun
    phrase in apposition to a name that is not the brand's (« créé par Mistral, leader
    européen de l'IA »)."""
    doc = analysis.doc
    others = {"other", "others", "autres", "d'autres", "d’autres"}
    if any(t.lower_ in others for t in features.tokens(doc)[max(0, match.start - 2): match.start]):
        return True
    if _a_multitude(doc, match) or _counted_group(doc, match):
        return True  # "a provider trusted by many leading companies", "the largest
        # number of globally leading companies"
    if _partner_phrase(analysis, match):
        return True
    brand = {part.lower() for part in analysis.profile.brand.split()}
    line_start, _ = features.line_bounds(doc, match.start)
    for t in features.tokens(doc)[match.start: min(match.end + 3, len(doc))]:
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.lower_ not in brand \
                and t.head.i >= line_start and not _a_code(t.head):
            return True  # (a title on the line above, "SPRING OFFER", names nobody: the
            # parse hangs the next line on it as an apposition)
    if ranks_a_third_party(analysis, match) or _named_rival(analysis, match, line_start) \
            or _identified_as_other(analysis, match):
        return True
    # "Mistral, leader européen de l'IA": the name before the comma is someone else's
    i = match.start - 1
    while i >= 0 and doc[i].lower_ in ("le", "la", "les", "l'", "l’", "the", "a", "an"):
        i -= 1
    if i >= 1 and doc[i].text == ",":
        named = doc[i - 1]
        if named.lower_ in ("par", "by"):
            return True  # « créé par <partenaire>, leader européen de l'IA »: the maker
            # is in the agent's slot, whoever it is (even when an export lost the name)
        return named.text[:1].isupper() and named.lower_ not in brand and \
            named.pos_ in ("PROPN", "NOUN") and named.i > 0 and not _a_code(named)
    return False


def _a_code(token) -> bool:
    """A discount or reference code ("with code SKY20, the cheapest…", « code ÉTÉ15 »):
    capitals and digits in one word, a string to type — nobody the superlative describes."""
    text = token.text
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text) and \
        not any(ch.islower() for ch in text)


def _identified_as_other(analysis, match: ClaimMatch) -> bool:
    """The ranked phrase is the subject of a copula whose predicate is a name that is not
    the brand's ("The most popular HTTP server is Uvicorn", « Le serveur HTTP le plus
    connu est Uvicorn »): the copy says which outside thing holds the rank — help
    pointing to a tool —, not that the brand does. "The fastest host is <brand>" names
    the brand and stays a claim."""
    doc = analysis.doc
    noun = ranked_noun(doc, match)
    if match.end < len(doc) and doc[match.end].dep_ in ("acl", "amod") and \
            doc[match.end].head.i < match.start:
        noun = doc[match.end].head  # « le moteur de rendu le plus connu »: what « connu »
        # qualifies, whatever the tag of the words between
    steps = 0
    while noun is not None and noun.dep_ in ("compound", "nmod", "flat", "flat:name") and \
            noun.head.pos_ in ("NOUN", "PROPN") and abs(noun.head.i - noun.i) <= 2 and \
            steps < 2:
        noun, steps = noun.head, steps + 1  # « le serveur HTTP le plus connu »: serveur
    if noun is None or noun.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    verb = noun.head
    if any(c.dep_ == "cop" for c in verb.children):
        named = verb
    elif verb.lemma_.lower() in ("be", "être"):
        named = next((c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")), None)
    else:
        return False
    if named is None or named.i < noun.i or not named.text[:1].isupper() or \
            not named.text[:1].isalpha():
        return False
    held = [named, *(c for c in named.children if c.dep_ in ("compound", "flat", "flat:name"))]
    return not any(w.lower_ in POSSESSIVES_OWN or analysis.vocabulary.names_brand(w.lower_)
                   for w in held)


def _named_rival(analysis, match: ClaimMatch, line_start: int) -> bool:
    """The ranked noun is given a name after a comma that is not the brand's, while the
    same line names the brand apart ("Compare the most popular cloud EFSS, Microsoft
    OneDrive, with … Nextcloud", « Face au plus gros acteur du secteur, Bigbank,
    Lumio… »): the superlative says who the brand measures itself against, it ranks that
    rival, not the brand. A name given with no brand beside it may be the brand's own
    product ("the fastest browser, Firefox") and is left to the rule."""
    doc = analysis.doc
    _, line_end = features.line_bounds(doc, match.start)
    name = _name_set_after(doc, match, line_end)
    if not name or any(analysis.vocabulary.names_brand(t.lower_) for t in name):
        return False
    named = {t.i for t in name}
    return any(analysis.vocabulary.names_brand(t.lower_) for t in doc[line_start:line_end]
               if t.i not in named and not match.start <= t.i < match.end)


def _name_set_after(doc, match: ClaimMatch, line_end: int) -> list:
    """The capitalised name set after the ranked phrase between commas ("the most popular
    cloud EFSS, Microsoft OneDrive, with…", « le service le plus connu, Velomax, avec… »),
    read on the words: the small French model hangs such a name anywhere. Empty when the
    phrase runs on to anything but a comma and a name."""
    comma = _comma_past_phrase(doc, match.end, line_end, 1)
    if comma is None:
        return []
    name = []
    for t in doc[comma + 1:min(comma + 5, line_end)]:
        if t.text in (",", ".", ";", ":", "!", "?") or t.is_space:
            break
        if not (t.text[:1].isupper() and t.is_alpha):
            return []
        name.append(t)
    return name if 0 < len(name) <= 3 else []


_PHRASE_POS = ("NOUN", "PROPN", "ADJ", "VERB", "ADP", "DET", "NUM", "PUNCT")


def _comma_past_phrase(doc, start: int, bound: int, step: int):
    """The comma that closes a noun phrase, walking from `start` one word at a time in
    the direction `step` (1: forwards to `bound`, -1: backwards to `bound`) over at most
    seven of the phrase's words (nouns, names, adjectives, determiners, numbers,
    prepositions, a participle): the index of the comma, or None when anything else
    comes first or the line ends. Shared by the name set after a ranked phrase and the
    name a phrase is set after."""
    i = start
    for _ in range(7):
        if (i >= bound) if step > 0 else (i <= bound):
            return None
        t = doc[i]
        if t.text == ",":
            return i
        if t.pos_ not in _PHRASE_POS or t.is_space:
            return None
        i += step
    return None


def _a_multitude(doc, match: ClaimMatch) -> bool:
    """The superlative ranks a crowd named as the agent of what the copy tells ("a
    provider trusted by many leading companies", « choisi par de nombreuses entreprises
    leaders »): "by" / « par » and a quantifier of a crowd (lexicon `multitudes`) right
    before it, past nothing but the group's nouns — the others who use or trust
    something, a group the brand is not. Not the brand's own crowd ("several leading
    privacy technologies we've developed")."""
    crowd = lexicons.words("claims", "multitudes", _language_of(doc))
    words = features.tokens(doc)
    i = match.start - 1
    while i >= max(0, match.start - 3):
        t = words[i]
        if t.lower_ in crowd:
            j = i - 1
            if j >= 0 and words[j].lower_ in ("de", "d'", "d’", "des"):
                j -= 1
            return j >= 0 and words[j].lower_ in ("by", "par")
        if t.pos_ not in ("NOUN", "ADJ") or t.is_punct:
            return False
        i -= 1
    return False


def _counted_group(doc, match: ClaimMatch) -> bool:
    """The superlative ranks the members of a group that a noun of count measures ("the
    region with the largest number of globally leading companies", « la région qui
    compte le plus grand nombre d'entreprises leaders »; lexicon `group_counts`): a
    plural noun after "of" / « de » of that count — a statistic about others, the
    brand not among them."""
    noun = ranked_noun(doc, match)
    if noun is None or "Plur" not in features.morph(noun).get("Number", ()):
        return False
    counts = lexicons.words("claims", "group_counts", _language_of(doc))
    head = noun.head
    if head.lower_ in ("of", "de", "d'", "d’", "des") and head.i != noun.i:
        head = head.head
    elif any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "des") for c in noun.children):
        pass  # the French parse hangs « de » on the noun: its head is the count
    else:
        return False
    return head.lemma_.lower() in counts or head.lower_ in counts


def ranks_a_third_party(analysis, match: ClaimMatch) -> bool:
    """The superlative is said — as the predicate of a copula or in a noun phrase set
    after a comma — of someone who is not the brand: a named company, when what is ranked
    is a company ("IONOS is the leading European provider of…", `organisation_nouns`) or
    when the name then acts on the brand (« Open Classrooms, la plateforme n°1 en France,
    utilise Open Food Facts »); or a commons of the world (« L'Internet ouvert est la
    ressource la plus puissante jamais vue », `world_commons`). The brand's own products
    are never its providers, and do not use the brand."""
    doc = analysis.doc
    language = analysis.language
    noun = ranked_noun(doc, match)
    line_start, line_end = features.line_bounds(doc, match.start)
    if _said_of_commons(analysis, match, line_start):
        return True
    held = _copula_subject(noun) if noun is not None else None
    apposed = held is None
    if held is None:
        held = _apposed_name(doc, min(match.start, noun.i) if noun is not None and
                             noun.i >= line_start else match.start, line_start)
    if held is None or not _named_other(analysis, held):
        return False
    companies = lexicons.words("claims", "organisation_nouns", language)
    if noun is not None and (noun.lemma_.lower() in companies or noun.lower_ in companies):
        return True
    # (a company is never the brand's product, even "our partner X"; a name that acts
    # on the brand must not be the brand's own: « notre appli X, …, utilise … »)
    return apposed and not any(t.lower_ in POSSESSIVES_OWN for t in held.subtree) and \
        _acts_on_the_brand(analysis, match.end, line_end)


def _copula_subject(noun):
    """The subject a noun is the predicate of ("IONOS is the leading provider", « X est le
    premier hébergeur », « … et le fournisseur n°1 »: a conjunct shares it), or None."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in ("be", "être"):
        verb = noun.head
    elif any(c.dep_ == "cop" for c in noun.children):
        verb = noun
    else:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _apposed_name(doc, start: int, line_start: int):
    """The name a noun phrase is set after, behind a comma (« Open Classrooms, la
    plateforme MOOC n°1 en France, … »): read on the words, the small models hang such a
    phrase anywhere. None when the phrase does not follow a comma."""
    comma = _comma_past_phrase(doc, start - 1, line_start, -1)
    if comma is None:
        return None
    named = doc[comma - 1]  # (a name the model does not know may get any tag)
    return named if named.text[:1].isupper() and named.is_alpha else None


_BRANDS_PRONOUNS = frozenset({"we", "us", "i", "nous", "je", "on"})


def _named_other(analysis, held) -> bool:
    """A name that is not the brand's nor one the brand owns (« notre… », "our…")."""
    vocab = analysis.vocabulary
    if held.pos_ == "PRON" and held.lower_ in _BRANDS_PRONOUNS:
        return False  # "We're the UK's leading…": the brand's pronoun is no other's name
    if held.pos_ != "PROPN" and not held.text[:1].isupper():
        # "our partner Hostello is…": the noun's name set beside it
        held = next((c for c in held.children if c.dep_ in ("appos", "flat", "flat:name")
                     and c.pos_ == "PROPN"), None)
        if held is None:
            return False
    name = [held, *(c for c in held.children if c.dep_ in ("compound", "flat", "flat:name"))]
    return not any(vocab.names_brand(t.lower_) for t in name)


def _acts_on_the_brand(analysis, after: int, line_end: int) -> bool:
    """After the phrase set off by commas, the verb of the named one takes the brand as
    its object (« …, utilise Open Food Facts pour… », "…, runs Nextcloud for…")."""
    doc = analysis.doc
    close = next((t.i for t in doc[after:line_end] if t.text == ","), None)
    if close is None:
        return False
    verb = next((t for t in doc[close + 1:min(close + 4, line_end)]
                 if t.pos_ in ("VERB", "AUX")), None)
    if verb is None and close + 1 < line_end:
        first = doc[close + 1]  # the small French model may tag « utilise » a noun: a
        # lowercase word of content right after the comma stands for the verb
        if first.is_alpha and first.is_lower and first.pos_ in ("NOUN", "ADJ", "VERB"):
            verb = first
    if verb is None:
        return False
    return any(analysis.vocabulary.names_brand(t.lower_)
               for t in doc[verb.i + 1:min(verb.i + 4, line_end)])


def _said_of_commons(analysis, match: ClaimMatch, line_start: int) -> bool:
    """The noun before the copula that leads to the superlative, on its line, is a
    commons of the world (« L'Internet ouvert et mondial est la ressource … la plus
    puissante »; the small French model may leave such a sentence without a subject):
    read back from the copula over the adjectives that qualify it."""
    doc = analysis.doc
    copula = next((t for t in reversed(doc[line_start:match.start])
                   if t.lemma_.lower() in ("be", "être") and t.pos_ in ("AUX", "VERB")), None)
    if copula is None or any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in t.children)
            for t in doc[copula.i + 1:match.start]):
        return False  # another clause with its own subject stands between
    i = copula.i - 1
    while i >= line_start and doc[i].pos_ in ("ADJ", "CCONJ", "ADV"):
        i -= 1  # "The open and global Internet is", « Le Web ouvert et mondial est »
    if i < line_start or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    subject = doc[i]
    commons = lexicons.words("claims", "world_commons", analysis.language)
    owner = doc[i - 1] if i > line_start else None
    return (subject.lower_ in commons or subject.lemma_.lower() in commons) and not (
        owner is not None and owner.lower_ in POSSESSIVES_OWN)


def ranks_items_by_use(doc, match: ClaimMatch, language: str) -> bool:
    """"Starting the download of the most popular products", « les démarches les plus
    courantes »: a superlative of use or frequency (`use_frequency_adjectives`) over
    things in the plural sorts the items of the product or of the reader's world — which
    ones are met most — not the offer against its competitors. Not said of a subject
    ("our apps are the most popular"), and not the one offer it ranks in the singular
    ("the most popular self-hosted platform")."""
    if re.search(r"\b(?:only|seule?s?)\b", match.text.lower()):
        return False
    before = features.span_text(doc, max(0, match.start - 6), match.start).lower()
    if re.search(r"\b(?:one of|among|l['’]une? des|parmi)\b", before):
        return False  # "Nextcloud is one of the most popular platforms": a subject set
        # among its peers on the market, however the plural reads
    words = lexicons.words("claims", "use_frequency_adjectives", language)
    ranking = features.tokens(doc)[match.start: min(match.end + 1, len(doc))]
    if not any(t.lower_ in words for t in ranking):
        return False
    noun = ranked_noun(doc, match)
    if noun is None or not _plural(noun) or noun.dep_ in ("attr", "oprd") or any(
            c.dep_ in ("cop", "nsubj") for c in noun.children):
        return False
    return not any(c.lower_ in POSSESSIVES_OWN for c in noun.children)


def _partner_phrase(analysis, match: ClaimMatch) -> bool:
    """"Together with Europe's largest hosting provider we bring you…", « en partenariat
    avec le premier hébergeur européen »: the superlative stands in the noun phrase a
    partner opener (`partner_openers`) brings in, three words at most before it — the
    partner ranked, not the brand."""
    doc = analysis.doc
    line_start, _ = features.line_bounds(doc, match.start)
    before = features.span_text(doc, max(line_start, match.start - 8), match.start)
    openers = list(lexicons.pattern("claims", "partner_openers", analysis.language).finditer(
        before))
    if not openers:
        return False
    found = openers[-1]
    between = re.findall(r"[\w'’-]+", before[found.end():])
    return len(between) <= 3 and not any(w.lower() in analysis.vocabulary.brand_words
                                         for w in between)


def names_the_brand(analysis, match: ClaimMatch) -> bool:
    """The superlative is said of the brand by name, whoever the clause's subject is:
    "Your trust has made Fournil Léon the leading bakery", « Calidor, le leader… »."""
    brand = {part.lower() for part in analysis.profile.brand.split()}
    doc = analysis.doc
    # in its own sentence: "…than Let's Encrypt's. The best DNS APIs give you…" names
    # the brand in the sentence before, and ranks someone else's APIs
    start, _ = _line(analysis, doc[match.start])
    window = doc[max(start, match.start - 4): match.start]
    # not the brand in the object of an act set as the subject ("Testing upcoming
    # Nextcloud releases is the best way…"): the act is ranked, not the brand
    return any(t.lower_ in brand and not _in_an_act(t) for t in window) or \
        _made_us(doc, match, start) or _chosen_by_reader(doc, match, start) or \
        _apposed_to_brand(doc, match, start, brand)


def _apposed_to_brand(doc, match: ClaimMatch, line_start: int, brand: set[str]) -> bool:
    """« Sorbelle, la pharmacie en ligne n°1 en France », "Robinel, the region's No. 1
    boiler firm": the superlative closes a noun phrase set after a comma right behind the
    brand's name — the brand named, however long the phrase before the superlative. Read
    on the words (the small models hang such a phrase anywhere, the name included)."""
    i = match.start - 1
    for _ in range(6):
        if i <= line_start:
            return False
        t = doc[i]
        if t.text == ",":
            return any(w.lower_ in brand for w in doc[max(line_start, i - 2):i])
        if t.lower_ in brand or t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "PART") or \
                t.is_space:
            return False
        i -= 1
    return False


_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")


def offer_described(doc, frame) -> bool:
    """The clause describes the brand's offer (topic product) with no other holder: a
    verbless description ("Specialty coffee, always freshly ground"), or the offer as the
    reader has it (« vos réglages sont illimités et à vie », "your coffee is always
    fresh") — the reader owns it, the brand provides it: the product holds the claim."""
    if frame.topic != "product" or frame.predicate < 0:
        return False
    predicate = doc[frame.predicate]
    if frame.holder == "world":
        # only a verbless description: a participle with no subject ("always freshly
        # ground"), not a clause of its own ("the sea never forgives")
        sentence = predicate.sent
        return not any(c.dep_ in _SUBJECTS for c in features.children(predicate)) and \
            features.verbless_description(sentence) and any(
                t.tag_ == "VBN" or "Part" in features.morph(t).get("VerbForm")
                for t in sentence)  # (« la conduite de nuit, toujours à votre rythme »:
        # no participle, no description of how the offer is made)
        # ("…has been carried out by our teams — never subcontracted" tells what was
        # done, not what the offer is)
    if frame.holder != "customer":
        return False
    if frame.time in ("past", "continuative") or any(
            tense in ("Past", "Imp") for t in (predicate, *features.children(predicate))
            if "Fin" in features.morph(t).get("VerbForm")
            for tense in features.morph(t).get("Tense")):
        return False  # « votre dossier était irréprochable »: a report, no offer
    subjects = [c for c in features.children(predicate) if c.dep_ in _SUBJECTS]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and any(p.lower_ in features.READERS_POSSESSIVES and p.dep_ in (
            "poss", "det", "nmod:poss") for p in features.children(c)) for c in subjects)


def endorsed_report(doc, match: ClaimMatch, language: str) -> bool:
    """"You'll soon see why people call it the friendliest space in town", « vous verrez
    pourquoi on dit que c'est le coworking le plus convivial de France »: a report of
    what is said, under *why*, is taken for granted — the brand asserts it."""
    words = lexicons.load("claims")["endorsed_reports"]
    why, say = set(words["why"][language]), set(words["say"][language])
    sentence_start = doc[match.start].sent.start
    line_start, _ = features.line_bounds(doc, match.start)
    window = features.tokens(doc)[max(sentence_start, line_start, match.start - 10):match.start]
    for t in window:
        if t.lower_ in why:
            return any(w.lemma_.lower() in say or w.lower_ in say
                       for w in window if t.i < w.i <= t.i + 3)
    return False


def _chosen_by_reader(doc, match: ClaimMatch, line_start: int) -> bool:
    """"You've picked Bristol's fastest courier", « Vous avez choisi la meilleure école de
    ski des Aravis »: the superlative stands in the object of a verb by which the reader
    (*you*, *vous*) chose — in the brand's voice, what the reader chose is the brand."""
    language = _language_of(doc)
    verbs = lexicons.words("claims", "choosing_verbs", language)
    staying = lexicons.words("claims", "staying_with", "verbs", language)
    token = doc[match.start]
    for verb in doc[max(line_start, match.start - 4): match.start]:
        if (verb.lemma_.lower() in staying or verb.lower_ in staying) and \
                verb.pos_ in ("VERB", "AUX") and _stays_with(doc, verb, token, language):
            return True
        if not (verb.lemma_.lower() in verbs or verb.lower_ in verbs) or \
                verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        helpers = [c for c in verb.children if c.dep_.startswith("aux")]
        reader = any(c.lower_ in ("you", "vous") for c in subjects) or any(
            h.i > 0 and doc[h.i - 1].lower_ in ("you", "vous") for h in helpers)
        # the superlative inside the verb's object ("picked [the best ski school]")
        node, inside = token, False
        for _ in range(4):
            if node.head.i == verb.i and node.dep_ in ("dobj", "obj"):
                inside = True
                break
            if node.head.i == node.i:
                break
            node = node.head
        if reader and inside:
            return True
    return False


def _stays_with(doc, verb, token, language: str) -> bool:
    """« Vous restez chez le n°1 de l'entretien », "you stay with the No. 1": the reader,
    subject of a verb of staying, and the superlative in the company it stays with,
    brought in by « chez » / "with" right before its phrase."""
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("you", "vous")
               for c in verb.children):
        return False
    cases = lexicons.words("claims", "staying_with", "cases", language)
    between = [t for t in doc[verb.i + 1:token.i] if not t.is_space]
    return 0 < len(between) <= 3 and between[0].lower_ in cases and all(
        t.pos_ in ("DET", "ADP", "ADV") for t in between)


def _made_us(doc, match: ClaimMatch, line_start: int) -> bool:
    """"Thank you for making us Occitanie's leading network", « vous nous avez élus
    meilleure boulangerie », « faire de nous le leader »: a verb that makes or names
    someone something, with the brand's own « nous » / "us" as the one it makes — the
    superlative is said of the brand, in a thank-you or not."""
    language = _language_of(doc)
    verbs = lexicons.words("claims", "naming_verbs", language)
    window = doc[max(line_start, match.start - 6): match.start]
    naming = [t.i for t in window if t.lemma_.lower() in verbs or t.lower_ in verbs]
    us = [t.i for t in window if t.lower_ in ("us", "nous")]
    if not naming or not us:
        return False
    # English puts "us" after the verb ("make us", not "help us make the best app")
    return language == "fr" or any(v < u for v in naming for u in us)


def states_a_duty(analysis, match: ClaimMatch, language: str) -> bool:
    """The absolute times what a modal of obligation requires (« La pose d'un monument
    doit toujours être déclarée en mairie », "children must always be supervised", "a
    septic tank must never discharge into a ditch"): a rule stated — the law's, a
    standard's, the site's — which the brand does not claim to perform. Not when the
    brand is the one bound ("we must always answer within the hour", « nous devons
    toujours… »: its own undertaking, judged as such)."""
    modals = lexicons.words("claims", "duty_modals", language)
    own = lexicons.words("claims", "duty_own_subjects", language)
    token = analysis.doc[match.start]
    verb = token.head
    duty = None
    if verb.lemma_.lower() in modals or verb.lower_ in modals:
        duty = verb  # « doit toujours être… » with the adverb on the modal
    else:
        duty = next((c for c in features.children(verb) if c.dep_.startswith("aux")
                     and (c.lemma_.lower() in modals or c.lower_ in modals)), None)
        if duty is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in modals:
            duty = verb.head  # « doit … être déclarée »: the participle under the modal
    if duty is None or duty.pos_ not in ("VERB", "AUX") or \
            match.start <= duty.i < match.end or verb.i < match.end and match.start <= verb.i:
        return False  # (« sans faille »: the noun, not *falloir*)
    bearers = [duty, verb, verb.head if verb.dep_ == "xcomp" else verb]
    subjects = [c for b in bearers for c in features.children(b) if "subj" in c.dep_]
    return not any(s.lower_ in own or analysis.vocabulary.names_brand(s.lower_)
                   for s in subjects)


def denies_only_effort(doc, match: ClaimMatch, language: str) -> bool:
    """« sans le moindre paramétrage », "without the slightest setup": what is denied is the
    reader's own effort (`effort_nouns`) — how easy a thing is to use, not a promise that
    nothing goes wrong (« sans le moindre retard », "without the slightest scratch")."""
    words = match.text.lower().split()
    if not words or words[-1] not in ("moindre", "slightest", "any"):
        return False
    nouns = lexicons.words("claims", "effort_nouns", language)
    after = [t for t in features.tokens(doc)[match.end:match.end + 2] if not t.is_punct]
    return bool(after) and (after[0].lemma_.lower() in nouns or after[0].lower_ in nouns)


def prevented(token, language: str) -> bool:
    """The absolute belongs to what a verb of prevention keeps from happening — "designed
    to prevent clients from getting stuck forever", « pour éviter que la page reste
    bloquée pour toujours »: the feared state, not a promise."""
    verbs = lexicons.words("claims", "prevention_verbs", language)
    # (on the verb itself, "stops attacks forever", it is its own)
    return _governing_verb(token, verbs, beyond_own=True) is not None


def _governing_verb(token, verbs: set[str], beyond_own: bool = False):
    """The verb of `verbs` whose phrase after it holds `token`, five steps up the parse
    at most, or None; with `beyond_own`, not the verb `token` itself modifies."""
    child, head = token, token.head
    for _ in range(5):
        if head.i == child.i:
            return None
        if head.lemma_.lower() in verbs and child.i > head.i and not (
                beyond_own and child.i == token.i):
            return head
        child, head = head, head.head
    return None


def dismissed_expectation(analysis, token, language: str) -> bool:
    """The absolute belongs to what a verb of expecting expects, and that expectation is
    dismissed — an adjective judges it unreasonable (« il est déraisonnable de s'attendre
    à ce qu'ils ne le fassent jamais », "it is unreasonable to expect that they will never
    do it") or it is denied ("nobody can expect a device to never break down", « on ne
    peut pas s'attendre à… »): a proposition discussed, not the brand's claim."""
    head = _governing_verb(token, lexicons.words("claims", "expectation_verbs", language))
    if head is None or token.head.i == head.i and token.dep_ == "advmod":
        return False  # « vous n'attendrez jamais au comptoir »: the absolute times the
        # verb itself (here a wait), it is not inside what someone expects
    governor = head.head
    dismissals = lexicons.words("claims", "expectation_dismissals", language)
    judges = [governor] + [c for c in governor.children if c.dep_ in ("acomp", "attr")]
    judged = any(j.pos_ == "ADJ" and j.lemma_.lower() in dismissals or
                 j.lower_ in dismissals for j in judges)
    nobody = {"nobody", "no one", "no-one", "personne", "nul"}
    return judged or analysis.is_negated(head) or any(
        c.lower_ in nobody for c in (*head.children, *governor.children)
        if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"))


def in_clausal_subject(token) -> bool:
    """The absolute sits in a clause that is itself the subject — "Expecting them to
    never do that is an unreasonably high expectation", « Promettre qu'il ne pleuvra
    jamais serait mentir »: a proposition weighed, not asserted."""
    node = token
    for _ in range(6):
        if node.dep_ in ("csubj", "csubjpass", "csubj:pass"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def an_act(token) -> bool:
    """A verb form standing for an act — a gerund or an infinitive ("Testing the
    releases", « Tester les versions »), or a noun with a direct object, which the small
    English model makes of a gerund opening a sentence ("Testing … releases")."""
    form = features.morph(token).get("VerbForm")
    if token.tag_ == "VBG" or token.pos_ == "VERB" and (
            "Inf" in form or "Ger" in form or token.tag_ == "VB"):
        return True
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    # "Testing upcoming releases…" read as a noun: a bare "-ing" word, with no article,
    # owner or name before it ("Nextcloud Hosting", "the testing" are things)
    # (on its own line: the parse may hang a heading above on it)
    line_start, _ = features.line_bounds(token.doc, token.i)
    return token.lower_.endswith("ing") and len(token) > 5 and not any(
        line_start <= c.i < token.i and (c.dep_ in ("det", "poss", "compound")
                                         or c.pos_ == "PROPN")
        for c in token.children)


def _in_an_act(token) -> bool:
    """The word stands in an act set as the clause's subject ("Testing upcoming
    Nextcloud releases is…"): the act's object, not what the clause is about — unless
    the act takes the offer up ("Running your own Nextcloud server is…",
    `adopting_verbs`)."""
    from brandlint.analysis import frame  # the frame's word lists; frame imports claims
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("csubj", "csubjpass", "csubj:pass") or node.dep_ in (
                "nsubj", "nsubj:pass") and an_act(node):
            adopting = frame.words("topics", "adopting_verbs", _language_of(token.doc))
            return node.i != token.i and node.lemma_.lower() not in adopting and \
                node.lower_ not in adopting
        node = node.head
    return False


_EXCLUSIVE = frozenset({"only", "seul", "seule", "seuls", "seules", "seulement", "uniquement"})


def exclusive_guarantor(analysis, token) -> bool:
    """"Only testing your own setup can guarantee it works for you", « Seul un test sur
    votre propre téléphone garantit… »: the guarantee's subject is set apart by *only*
    and is the reader's own doing, not the brand's — the copy says what alone can secure
    the outcome, and that the brand does not; a disclaimer. "Only Velora guarantees…",
    "only a real enterprise solution guarantees your success" are the brand's claims."""
    if token.lemma_.lower() not in ("garantir", "guarantee", "assurer", "ensure") and \
            not token.lower_.startswith(("garanti", "guarantee")):
        return False  # (the small French model may tag « garantit » an adjective)
    verbs = [token] + ([token.head] if token.dep_ in ("xcomp", "ccomp") else [])
    subjects = [c for v in verbs for c in v.children
                if c.dep_ in ("nsubj", "csubj", "nsubj:pass", "csubjpass")]
    if token.dep_ in ("amod", "acl") and token.head.i < token.i:
        subjects.append(token.head)  # « Seul un test … garantit »: the small French model
        # may hang the verb on its subject as an adjective
    for subject in subjects:
        words = list(subject.subtree)
        if not any(w.lower_ in _EXCLUSIVE for w in words[:3]):
            continue
        own = POSSESSIVES_OWN | {"we", "us", "nous"}
        return any(w.lower_ in _READERS_OWN for w in words) and not any(
            w.lower_ in own or analysis.vocabulary.names_brand(w.lower_) for w in words)
    return False


def scheme_guarantor(analysis, token) -> bool:
    """The guarantee's subject is an authority or a scheme others award or every user is
    bound by (frame `authorities`: a law, a label, a certification, a licence), not
    the brand's own — "a label or a certification that guarantees environmental
    benefits", « un label qui garantit des bénéfices environnementaux », "the free
    licence guarantees your work stays in the commons": what the scheme secures by its
    terms, not a performance the brand promises. "Our label guarantees…" is the
    brand's. The scheme may be named just before the guarantee instead: a participle
    with no subject hung on a phrase that names it (« placer sa participation sous
    licence libre, garantissant qu'elle… »), a neuter pronoun after a sentence that
    names it ("…license your contribution as open source. It guarantees that…")."""
    from brandlint.analysis import frame  # the frame's word lists; frame imports claims
    if token.lemma_.lower() not in ("garantir", "guarantee") and \
            not token.lower_.startswith(("garanti", "guarantee")):
        return False
    schemes = frame.words("topics", "authorities", _language_of(token.doc))
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if token.dep_ in ("relcl", "acl:relcl") and any(
            s.lower_ in ("that", "which", "qui") for s in subjects):
        antecedent = token.head  # the noun the relative pronoun stands for, and the
        # first noun it is coordinated with ("a label or a certification that…")
        subjects = [antecedent] + ([antecedent.head] if antecedent.dep_ == "conj" else [])
    own = POSSESSIVES_OWN | {"we", "us", "nous"}

    def scheme(w) -> bool:
        return w.lemma_.lower() in schemes or w.lower_ in schemes

    def brands(words) -> bool:
        return any(w.lower_ in own or analysis.vocabulary.names_brand(w.lower_) for w in words)

    if any(scheme(s) and not brands(w for w in s.subtree if w.i < s.i) for s in subjects):
        return True
    named_before = _scheme_named_before(token, subjects)
    return named_before is not None and any(scheme(w) for w in named_before) and \
        not brands(named_before)


_NEUTER_SUBJECTS = frozenset({"it", "this", "that", "cela", "ceci", "ça", "ce"})


def _scheme_named_before(token, subjects) -> list | None:
    """The words that stand for the guarantee's subject when it names none of its own:
    the phrase a subjectless participle hangs on, up to the participle (« placer sa
    participation sous licence libre, garantissant… »), or the sentence before a
    neuter pronoun subject ("…license your contribution as open source. It guarantees
    that…"). None otherwise."""
    doc = token.doc
    if not subjects and token.dep_ in ("acl", "advcl") and token.head.i < token.i and \
            ("Part" in features.morph(token).get("VerbForm") or token.tag_ == "VBG"):
        return [w for w in token.head.subtree if w.i < token.i]
    if len(subjects) == 1 and subjects[0].lower_ in _NEUTER_SUBJECTS and \
            subjects[0].i == token.sent.start:
        sentence = token.sent
        if sentence.start == 0:
            return None
        before = doc[sentence.start - 1].sent
        if "\n\n" in doc[before.start:sentence.start].text:
            return None  # another paragraph
        return list(before)
    return None


_AGENT_MARKS = frozenset({"par", "by"})
_OWN_AGENTS = frozenset({"nous", "us", "we", "moi", "me"})


def guaranteed_by_others(analysis, token) -> bool:
    """A passive guarantee whose agent is named and is not the brand (« notre accès à
    Internet est garanti par quatre fournisseurs indépendants », "is guaranteed by four
    independent providers"): the copy says by what means or by whom the thing is secured
    — the means stated, another party's word —, not that the brand vouches for it alone.
    "Guaranteed by our craftsmen", « garanti par <marque> » stay the brand's."""
    if not token.lower_.startswith(("garanti", "guaranteed", "assuré", "ensured")):
        return False
    doc = token.doc
    _line_start, line_end = features.line_bounds(doc, token.i)
    j = token.i + 1
    if j < line_end and doc[j].pos_ == "ADV":
        j += 1
    if j >= line_end or doc[j].lower_ not in _AGENT_MARKS:
        return False
    agent = []
    for t in doc[j + 1:min(j + 7, line_end)]:
        if t.text in (",", ".", "!", "?", ";", ":", "(", ")") or \
                t.pos_ in ("SCONJ", "CCONJ") and agent:
            break  # (a hyphen goes on: "by self-hosting <brand>" names the brand's product)
        agent.append(t)
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in agent):
        return False
    return not any(t.lower_ in POSSESSIVES_OWN | _OWN_AGENTS or
                   analysis.vocabulary.names_brand(t.lower_) for t in agent)


def secured_by_scheme(analysis, token) -> bool:
    """The absolute stands in what a scheme guarantees (« sous licence libre, garantissant
    qu'elle sera mise dans le pot commun sans risque d'appropriation »): the scheme's
    terms, not the brand's promise (`scheme_guarantor` of the guarantee it depends on)."""
    current = token
    for _step in range(8):
        if current.head is current:
            return False
        current = current.head
        if current.lemma_.lower() in ("garantir", "guarantee") or \
                current.lower_.startswith(("garanti", "guarantee")):
            return scheme_guarantor(analysis, current)
    return False


# the reader and the reader's own: what alone secures the outcome is the reader's doing
_READERS_OWN = frozenset({"you", "your", "yours", "vous", "votre", "vos", "ton", "ta", "tes",
                          "toi"})


# the brand's own conduct kept up by what sustains it: « … garantit que nous restons
# indépendants », "…ensures that we remain accountable"
_STAYING = frozenset({"rester", "demeurer", "remain", "stay"})
_PLEDGERS = frozenset({"we", "i", "nous", "je", "j'", "j’", "on"})


def guarantees_own_conduct(analysis, match: ClaimMatch) -> bool:
    """A guarantee whose content is the brand staying what it is (« Ce soutien garantit
    que nous restons indépendants », "this funding guarantees that we remain
    accountable to our users"), given by something that is not the brand speaking (a
    funding model, a statute): a statement of values — how the brand keeps its own
    character —, not a promise on the offer anyone could test. "We guarantee that we
    stay…" (the brand's pledge) and a guarantee on the reader's thing stay claims."""
    doc = analysis.doc
    word = match.text.lower()
    if not word.startswith(("garant", "guarantee")):
        return False
    tokens = features.tokens(doc)
    line_start, line_end = features.line_bounds(doc, match.start)
    before = [t for t in tokens[max(line_start, match.start - 3): match.start]
              if not t.is_punct]
    if any(t.lower_ in _PLEDGERS for t in before):
        return False  # "we guarantee…": the brand's own pledge
    i = match.end
    if i < line_end and tokens[i].lower_ in ("que", "qu'", "qu’", "that"):
        i += 1
    if i + 1 >= line_end or tokens[i].lower_ not in ("nous", "we"):
        return False
    verb = tokens[i + 1]
    if verb.lemma_.lower() not in _STAYING and not verb.lower_.startswith(
            ("rest", "demeur", "remain", "stay")):
        return False
    return any(t.pos_ == "ADJ" for t in tokens[i + 2: min(line_end, i + 4)])


_THE_READERS = frozenset({"your", "yours", "votre", "vos", "ton", "ta", "tes"})


def system_at_work(analysis, token, frame) -> bool:
    """On a technical page, the absolute's own clause has one of the system's parts for
    subject (tone lexicon `technical.system_nouns`: a key, a certificate, a request) —
    "server-side encryption ensures keys never leave the server", « les clés ne quittent
    jamais le serveur »: how the system works, told as documentation, even when the
    clause depends on what the brand's software ensures. Not the reader's or the brand's
    own part ("your keys never leave your device", "our servers never…"), nor a service
    level (the frame's topic: "the API is always available")."""
    if not analysis.technical[1] or frame.topic == "service":
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    predicate = token.doc[frame.predicate]
    if not subjects and predicate.pos_ == "NOUN" and predicate.i < verb.i:
        subjects = [predicate]  # « les clés ne quittent jamais… »: the small French model
        # may make the subject the clause's head and the verb an auxiliary
    if not subjects and frame.start <= predicate.i < verb.i:
        # the clause's first noun before its verb, none between them (« La variable
        # d'environnement PATH contiendra désormais toujours… », parsed as a name heading
        # the clause and the verb as its copula): the subject, by the clause's window
        before = [t for t in token.doc[frame.start:verb.i] if not t.is_punct]
        nouns = [t for t in before if t.pos_ == "NOUN"]
        if nouns and not any(t.pos_ in ("VERB", "AUX") for t in before):
            subjects = [nouns[0]]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    system = lexicons.words("tone", "technical", "system_nouns", analysis.language,
                            lower=True)
    if subject.lemma_.lower() not in system and subject.lower_ not in system:
        return False
    owners = POSSESSIVES_OWN | _THE_READERS
    return not any(w.lower_ in owners or analysis.vocabulary.names_brand(w.lower_)
                   for w in subject.subtree)


def sold_service_level(doc, match: ClaimMatch, language: str) -> bool:
    """"We can guarantee turn-around times on fixes" on a page that prices a subscription
    per seat or per period (« 36 €/utilisateur/an »): the guarantee's object is a service
    measure named without its value — the terms of the service-level agreement on sale,
    which the contract sets. The guarantee is the product sold, not a claim that nothing
    can go wrong. Not with a value given ("guaranteed response within 2 hours": judged as a
    promise), nor off a price list."""
    if not match.text.lower().startswith(("garant", "guarantee")):
        return False
    table = lexicons.load("claims")
    measures = lexicons.phrase_pattern(table["service_measures"][language])
    tokens = features.tokens(doc)
    after = [t for t in tokens[match.end: match.end + 6] if not t.is_space]
    while after and (after[0].pos_ == "DET" or after[0].lower_ in (
            "de", "d'", "d’", "des", "les", "du", "the")):
        after = after[1:]
    if not after or after[0].sent != tokens[match.start].sent:
        return False
    following = features.span_text(doc, after[0].i, min(after[0].i + 5, len(doc))).lower()
    found = measures.match(following)
    if found is None:
        return False
    sentence = tokens[match.start].sent
    line_start, line_end = features.line_bounds(doc, match.start)
    if any(t.like_num for t in tokens[max(sentence.start, line_start):
                                      min(sentence.end, line_end)]):
        return False  # a value given: a promise, judged against the commitment
    prices = lexicons.phrase_pattern(table["subscription_prices"][language]
                                     + table["seat_prices"][language])
    return bool(prices.search(features.doc_text(doc)))


def _adverb_window(doc, match: ClaimMatch, before: int, after: int) -> list:
    """The words of the absolute adverb's line around it (the adverb left out), within
    its sentence: `before` words before it, `after` words after it."""
    tokens = features.tokens(doc)
    start, end = features.line_bounds(doc, match.start)
    sentence = tokens[match.start].sent
    low = max(start, sentence.start, match.start - before)
    high = min(end, sentence.end, match.end + after)
    return [t for t in tokens[low:high] if not match.start <= t.i < match.end
            and not t.is_space]


def tells_a_reaction(doc, match: ClaimMatch, language: str) -> bool:
    """"Explaining how to read labels always generates a lot of interest", « en parler
    suscite toujours beaucoup d'intérêt »: the absolute adverb times how an audience
    takes a topic — an observation of others' reactions, told as the brand has met them,
    not a performance it owes."""
    if tokens_pos(doc, match) != "ADV":
        return False
    window = "".join(t.text_with_ws for t in _adverb_window(doc, match, 2, 8))
    reactions = lexicons.phrase_pattern(lexicons.load("claims")["reactions"][language])
    return bool(reactions.search(window))


def sort_order(doc, match: ClaimMatch, language: str) -> bool:
    """"Allows you to always see first what matters most to you", "your favourites are
    always shown first", « vos favoris apparaissent toujours en premier »: the absolute
    adverb, a verb of showing or seeing and a word of rank beside it tell how a feature
    sorts what it shows — a design, not a performance."""
    if tokens_pos(doc, match) != "ADV":
        return False
    table = lexicons.load("claims")
    verbs = {w.lower() for w in table["sort_verbs"][language]}
    window = _adverb_window(doc, match, 3, 4)
    if not any(t.lower_ in verbs for t in window):
        return False
    after = " ".join(t.text for t in window if t.i > match.start).lower()
    ranks = lexicons.phrase_pattern(table["sort_ranks"][language])
    return bool(ranks.search(after))


def tokens_pos(doc, match: ClaimMatch) -> str:
    """The part of speech of a one-word absolute ("" for a phrase)."""
    return features.tokens(doc)[match.start].pos_ if match.end - match.start == 1 else ""
