from __future__ import annotations

import re
from collections.abc import Iterator

from brandlint.analysis import claim_scope, claims, features
from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.frame import words as frame_words
from brandlint.analysis.promises import DEMONSTRATIVES
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc, lowered_because

_OPEN = ("le plus", "la plus", "les plus", "the most", "le meilleur", "la meilleure",
         "les meilleurs", "les meilleures", "the best", "le seul", "la seule", "the only")


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    doc = analysis.doc
    language = analysis.language
    for match in claims.find(doc, "superlatives", language) + _market_superlatives(analysis):
        token = doc[match.start]
        phrase = match.text.lower()
        if phrase == "leading" and (_leads_someone(token) or _a_position(token)):
            continue  # "we're leading a group ride", "leading others": the verb
        sentence = token.sent
        if _substantiated(analysis, match) or claims.in_address(doc, match):
            continue
        if claim_scope.credited_headline(analysis, match.start) or \
                claim_scope.status_uniqueness(doc, match, language) or \
                claim_scope.restricts_own_act(analysis, match) or \
                claim_scope.only_choice(analysis, match) or \
                claim_scope.own_ecosystem(analysis, match):
            continue  # a press headline listed with its source; "the only major browser
            # backed by a non-profit": a status among named players, not a performance;
            # "the only time we use your location": a limit on the brand's own act; "the
            # only VPN that works with our tracker blocker": which of its products fit;
            # "currently the only available option": the reader's one choice, a limit
        if claims.bounded_by_the_possible(doc, match, language):
            continue  # "the best score possible", « le plus simple possible »: the best
            # that can be had, no competitor set below
        if claims.copula_not_possessive(doc, match) or claims.ranks_people(doc, match) or \
                claims.ranks_the_natural_world(analysis, match):
            continue  # "it's most likely…", "the region's most gifted children", "the
            # largest glacier in the Alps": the world ranked, not the brand's offer
        if claims.own_scope(analysis, token) or claims.own_history(analysis, match):
            continue
        if claims.in_exception(doc, match, "superlative_exceptions", language):
            continue
        frame = analysis.frame(token)
        answered = _answered_by_brand(analysis, token, frame)
        worldwide = claims.market_claim(_on_its_line(doc, sentence, token.i)) or \
            claims.market_by_meaning(
            doc, match, language)
        if analysis.is_negated(token) or not (
                frame.commits_brand or frame.brand_voice and (claims.names_the_brand(
                    analysis, match) or frame.act == "advice" and worldwide) or answered
                or (claims.endorsed_report(doc, match, language) or frame.brand_voice
                    and (frame.act == "statement" and claims.verbless_ranking(doc, match)
                         or claims.welcomed_to(doc, match, language)))
                and (worldwide or claims.place_scope(doc, match, language))
                or frame.brand_voice and frame.act == "statement"
                and (claims.ranks_brand_in_place(analysis, match, language)
                     or claims.ranks_a_party(analysis, match, language))):
            continue  # quoted, advice ("the best way to reach us"), a question, a story…
            # — advice set against the whole market ("the fastest way on the planet to
            # go from hello to a conversation") still ranks the brand's offer; a verbless
            # ranking against a market or a place names the brand's offer by its rank,
            # and so does the place a greeting welcomes the reader to ("Welcome to the
            # finest milliner in France"); so does a ranking against a place over the
            # brand's offer or said of "we", whatever verb carries it (« vous allez
            # découvrir la meilleure table d'hôtes de la Drôme »)
        if _readers_scope(doc, match):
            continue  # « la plus grande part de votre consommation », "in homes like yours"
        if claims.in_indirect_question(doc, match, language):
            continue  # "we'll suggest which servers near you will ensure the fastest…":
            # asked or left to the reader's choice, not asserted
        before = claims.determiner_before(doc, match.start)
        market = worldwide or claims.place_scope(doc, match, language)
        if before in claims.POSSESSIVES_OTHER and not market:
            continue  # "votre meilleur ami", "your best build"
        if (before in claims.POSSESSIVES_OWN or claims.owned_by_brand(analysis, match)) and \
                not (market and claims.ranks_offer(analysis, match)):
            continue  # "our most popular questions", « nos plus beaux souvenirs »: ours
            # against ours ("our best-selling set" still ranks the offer on the market)
        if not market and claims.occasion_scope(doc, match, language):
            continue  # "the fastest lap of the day": the best of an occasion, told
        if not market and claims.scale_ends(doc, match):
            continue  # « du vert pour les plus sains au rouge pour les moins sains »: the
            # two ends of a scale explained, not the offer ranked
        if claims.ranks_importance(doc, match, language) and claims.ranked_noun(
                doc, match) is not None and not claims.ranks_offer(analysis, match):
            continue  # « les compétences les plus importantes » beside « notre communauté
            # mondiale »: what matters most, ranked wherever — the offer is not ranked
        if not market and (claims.ranked_in_possessor(doc, match, language)
                           or claims.ranks_importance(doc, match, language)
                           or claims.ranks_importance(doc, match, language,
                                                      "recency_adjectives")):
            continue  # "the team's favourite", "ISRG's most critical asset": a thing
            # ranked among its owner's own, or by what matters most or came last — not
            # the offer against its competitors
        if phrase in _OPEN and not market and not (_about_brand(doc, match, language) or
                                                   analysis.offer_ranked_first(token)):
            continue  # (« Firefox est le meilleur moyen… »: the small French model may tag
            # the ranked noun an adjective; the copula says what is ranked)
        if _ARTICLE.match(phrase) and not market and not answered and \
                not claims.ranks_offer(analysis, match):
            continue  # "the most pressing questions", "the best interests", "the best day"
        if not (claims.market_claim(_on_its_line(doc, sentence, token.i)) or
                claims.place_scope(doc, match, language)) and \
                claims.ranks_items_by_use(doc, match, language):
            continue  # "the download of the most popular products", « les démarches les
            # plus courantes »: the product's items, or the reader's, sorted by use — no
            # competitor in view ("popular" alone sets no market)
        if claims.numbering(doc, match) or claims.top_list(doc, match) or \
                claims.catalogue_pick(doc, match, language,
                                      analysis.vocabulary.brand_words) or \
                claims.ranks_others_things(doc, match, language):
            continue  # « Principe n°1 », "Step #1", "the 50 best-selling titles", "browse
            # the top-rated themes", "the most popular projects belonging to our users"
        if claims.about_others(analysis, match):
            continue  # "other leading browsers", « Mistral, leader européen de l'IA »
        if phrase in ("le plus", "la plus", "les plus", "the most") and (
                not _adjective_after(doc, match) or _readers_or_plain(doc, match)):
            continue
        yield _finding(analysis, match, market)
    yield from _rival_denials(analysis)
    yield from _against_everyone(analysis)


def _on_its_line(doc, sentence, index: int) -> str:
    """The superlative's sentence cut at the line breaks around it: the parser runs a
    list's items into one sentence, and a market word on the next item (« objectif
    mondial ») does not set this one against the market. Widened to the punctuation that
    ends it: the small French model may end a sentence before its complement (« Notre
    boomerang est le plus précis | du marché. »)."""
    line_start, line_end = features.line_bounds(doc, index, reach=60)
    start, end = min(sentence.start, line_start), max(sentence.end, line_end)
    for t in doc[sentence.start:index]:
        if "\n" in t.text:
            start = t.i + 1
    for t in doc[index:sentence.end]:
        if "\n" in t.text:
            end = t.i
            break
    return features.span_text(doc, start, end)


def _answered_by_brand(analysis, token, frame) -> bool:
    """"The best sound in Exeter? It's at Lanterne.": a question the brand answers
    with its own name in the next sentence is a claim put as a teaser, not a question
    to the reader."""
    if frame.act != "question" or not frame.brand_voice:
        return False
    sentence = token.sent
    if not sentence.text.rstrip().endswith("?") or sentence.end >= len(analysis.doc):
        return False
    answer = [t for t in analysis.doc[sentence.end].sent if not t.is_space]
    brand = analysis.vocabulary.brand_words
    if not answer:
        return False
    # the answer says where or who it is: "It's at Lanterne", « C'est chez nous »,
    # "Lanterne.", not "Here are five ideas from our team"
    opening = " ".join(t.lower_ for t in answer[:3])
    if not (answer[0].lower_ in brand or opening.startswith((
            "it 's", "it ’s", "it is", "that 's", "that ’s", "c'", "c’", "ce sont", "chez",
            "at ", "ici"))):
        return False
    return any(t.lower_ in brand for t in answer[:6]) or any(
        t.lower_ in ("chez", "at") and t.i + 1 < len(analysis.doc)
        and analysis.doc[t.i + 1].lower_ in ("nous", "us", "ours") for t in answer[:6])


def _leads_someone(token) -> bool:
    """"leading" as the verb: it has an object ("leading a group ride"), or the small
    model hangs it on the people it leads as a modifier ("working together in groups,
    and leading others"), which no market claim ranks."""
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in ("to", "into", "towards", "toward"):
        return True  # "…more efficient, leading to faster page loads": what it results in
    head = token.head
    people = frame_words("holders", "others", "en") | frame_words("holders", "people", "en")
    return head.i == token.i + 1 and (head.lower_ in people or head.lemma_.lower() in people) \
        and not any(c.dep_ == "det" for c in head.children)


def _a_position(token) -> bool:
    """"a leading zero byte", "the leading 1 bit": "leading" before a figure is first in
    a sequence of digits or bits — a position, nobody led."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.like_num


def _rival_denials(analysis) -> Iterator[Finding]:
    """« Aucun réseau ne recharge plus vite que le nôtre », "no other resort looks after
    first-timers like we do": the rivals are the subject, the claim is the brand's. Read
    in the brand's own voice (not quoted, not the customer's turn, not a question)."""
    doc = analysis.doc
    for match in claims.find(doc, "rival_denials", analysis.language):
        token = doc[match.start]
        if _substantiated(analysis, match):
            continue
        frame = analysis.frame(token)
        if not frame.brand_voice or analysis.is_quoted(token) or frame.act == "question":
            continue
        yield _finding(analysis, match, True)


def _against_everyone(analysis) -> Iterator[Finding]:
    """A comparison with everyone at all: « nos chauffeurs vous déposent plus vite que
    quiconque », "our drivers get you there faster than anyone else" — the brand, its
    people, service or product as the holder (not the reader: "you know your home better
    than anyone"); and "nobody keeps a home warmer than Robinel", « personne ne … mieux
    que Robinel »: the rivals denied, the brand named right after. In the brand's own
    voice, not quoted, not a question, not negated."""
    doc = analysis.doc
    brand = analysis.vocabulary.brand_words
    seen = set()
    for match in claims.find(doc, "rivals_then_name", analysis.language):
        if match.end >= len(doc) or doc[match.end].lower_ not in brand:
            continue
        frame = analysis.frame(doc[match.start])
        if _substantiated(analysis, match) or not frame.brand_voice or \
                analysis.is_quoted(doc[match.start]) or frame.act == "question":
            continue
        seen.add(match.start)
        yield _finding(analysis, match, True)
    for match in claims.find(doc, "against_everyone", analysis.language):
        token = doc[match.start]
        frame = analysis.frame(token)
        if match.start in seen or _substantiated(analysis, match) or not frame.brand_voice \
                or analysis.is_quoted(token) or frame.act == "question" \
                or frame.holder not in ("brand", "service", "product") \
                or frame.time == "past" or analysis.is_negated(token):
            continue
        yield _finding(analysis, match, True)


def _substantiated(analysis, match) -> bool:
    """The claim is listed under `substantiated:` or names its source on its line."""
    token = analysis.doc[match.start]
    context = analysis.context(token)
    ranked = claims.ranked_noun(analysis.doc, match)
    sources = claims.ranking_sources(analysis.vocabulary.substantiated, analysis.language,
                                     ranked.lemma_.lower() if ranked is not None else "")
    return claims.cites_substantiated(token.sent.text + " " + context, sources) or \
        claims.names_its_source(context, analysis.language) or _takes_up_a_sourced_figure(
            analysis, token) or _footnoted(analysis, match) or \
        claims.measured_count(analysis.doc, match, analysis.language)


def _footnoted(analysis, match) -> bool:
    """The claim's sentence carries a footnote reference ("…on an entirely open source
    stack [^3]."), or restates a claim of the same draft that does: the same superlative
    on the same things ("the only fully open source stack" in the lead, footnoted in the
    body) — the copy gives its source once."""
    doc = analysis.doc

    def footnoted(start) -> bool:  # the parser may cut the sentence at "[": its line too
        there = doc[start].sent
        return claims.footnoted(features.span_text(doc, there.start, there.end) + " "
                                + analysis.context(doc[start]))

    if footnoted(match.start):
        return True
    phrase = match.text.lower()
    line = features.line_bounds(doc, match.start)
    mine = _content_lemmas(doc, line, match)
    for other in claims.find(doc, "superlatives", analysis.language):
        there = features.line_bounds(doc, other.start)
        if other.text.lower() != phrase or there == line:
            continue
        if footnoted(other.start) and len(mine & _content_lemmas(doc, there, other)) >= 3:
            return True
    return False


def _content_lemmas(doc, bounds: tuple[int, int], match) -> set[str]:
    """The words a line says its claim with, the superlative's own left out."""
    return {t.lemma_.lower() for t in doc[bounds[0]:bounds[1]]
            if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.is_stop and t.is_alpha
            and not match.start <= t.i < match.end}


def _takes_up_a_sourced_figure(analysis, token) -> bool:
    """"According to Firefox Telemetry, 29% of transactions use ninety-day certificates.
    That's more than any other lifetime.": a demonstrative opening the claim's sentence
    takes up the figure of the sentence before, which names its source."""
    doc = analysis.doc
    start, _ = features.line_bounds(doc, token.i)
    words = [t for t in doc[start:token.i] if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ not in DEMONSTRATIVES:
        return False
    before = start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    if before < 0:
        return False
    first, last = features.line_bounds(doc, before)
    text = features.span_text(doc, first, last + 1)
    return any(t.like_num for t in doc[first:last + 1]) and \
        claims.names_its_source(text, analysis.language)


def _finding(analysis, match, market: bool) -> Finding:
    doc = analysis.doc
    token = doc[match.start]
    soft = analysis.is_hedged(token) or analysis.is_conditional(token) or \
        _one_of(doc, match) or _aim(analysis, token)
    return RULE.finding(
        doc[match.start].idx, _end_of_phrase(doc, match),
        (_("unsupported superlative {words}: it reads as a comparison with every "
           "competitor on the market, which {brand} must be able to prove") if market else
         _("unsupported superlative {words}: it reads as a comparison with every "
           "competitor, which {brand} must be able to prove")).format(
            words=quote(match.text), brand=analysis.profile.brand)
        + (_why_lowered(analysis, doc, match, token) if soft else ""),
        suggestion=_("say what makes it stand out instead (a fact, a figure with its "
                     "source), or list the proven claim under `substantiated:` in the "
                     "profile"),
        lowered=soft)


def _aim(analysis, token) -> bool:
    """The superlative stands in a purpose clause (« Pour rendre l'import le plus facile,
    nous avons… »), or in a purpose complement of its verb ("direct access to our engineers
    to ensure you get the best answer"): what the brand sets out to achieve, not a rank
    it asserts."""
    return analysis.frame(token).modality == "aim" or analysis.in_purpose(token)


def _why_lowered(analysis, doc, match, token) -> str:
    if _one_of(doc, match) and not (analysis.is_hedged(token) or analysis.is_conditional(token)):
        return _(" (reported one level lower: “one of the best” claims less than “the "
                 "best”)")
    if _aim(analysis, token) and not (analysis.is_hedged(token) or
                                      analysis.is_conditional(token)):
        return _(" (reported one level lower: the brand says it tries, it does not assert)")
    return lowered_because(analysis.is_hedged(token), analysis.is_conditional(token))


def _market_superlatives(analysis) -> list:
    """English '-est' superlatives ('the lightest e-bike on the market') when the sentence
    compares with the market or the world; the listed ones are found by the lexicon."""
    if analysis.language != "en":
        return []
    doc = analysis.doc
    found = []
    for t in features.tokens(doc):
        if t.tag_ != "JJS" or not t.i or doc[t.i - 1].lower_ != "the":
            continue
        match = claims.ClaimMatch(t.i - 1, t.i + 1, features.span_text(doc, t.i - 1, t.i + 1))
        if claims.market_claim(analysis.context(t)) or claims.place_scope(doc, match, "en"):
            found.append(match)
    known = {m.start for m in claims.find(doc, "superlatives", "en")}
    return [m for m in found if m.start not in known]


def _readers_scope(doc, match) -> bool:
    """The comparison runs over the reader's own things, not over competitors — on the
    superlative's own line: a headline ends there ("NANTES' BEST MOVERS" above "Your
    belongings wrapped…")."""
    _start, line_end = features.line_bounds(doc, match.start)
    for t in features.tokens(doc)[match.end: min(match.end + 7, line_end)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in ("votre", "vos", "your", "yours", "ton", "ta", "tes", "ta"):
            return True
        if t.lower_ in ("for", "pour") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in (
                "you", "vous", "toi"):
            return True  # "the best browser for you", « le meilleur choix pour vous »
    return False


_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|au|aux|du|des)\b", re.I)  # (à le, de les…)


def _adjective_after(doc, match) -> bool:
    """"le plus" + an adjective; the small French model tags some as nouns (« les plus
    solides du marché »), so any content word that is not a noun with its own article."""
    nxt = doc[match.end] if match.end < len(doc) else None
    if nxt is None or not nxt.is_alpha:
        return False
    if nxt.pos_ in ("ADJ", "ADV", "VERB"):
        return True
    return nxt.pos_ == "NOUN" and not any(
        c.dep_ == "det" and not match.start <= c.i < match.end for c in nxt.children)


_PLAIN_ADJECTIVES = {"proche", "proches", "près", "ancien", "ancienne", "anciens", "anciennes",
                     "récent", "récente", "récents", "récentes", "jeune", "jeunes", "âgé", "âgée",
                     "tôt", "tard", "vite", "souvent", "nearby", "recent", "common", "often"}


def _readers_or_plain(doc, match) -> bool:
    """'la boutique la plus proche', 'votre pièce la plus ancienne': a plain description
    or something of the reader's, not a comparison with competitors."""
    nxt = doc[match.end] if match.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _PLAIN_ADJECTIVES:
        return True
    noun = doc[match.start - 1] if match.start > 0 else None
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "det" and c.lower_ in claims.POSSESSIVES_OTHER for c in noun.children)
    return False


def _about_brand(doc, match, language: str) -> bool:
    """An open superlative ("le meilleur", "the best") counts when it qualifies a thing
    (a noun follows, or it is the predicate of the brand or its product), not a person."""
    window = doc[match.end: match.end + 3]
    if any(t.pos_ in ("NOUN", "PROPN") for t in window):
        return not any(t.lower_ in ("ami", "amie", "amis", "friend", "friends", "vœux", "voeux",
                                    "wishes", "regards", "moment", "moments", "souvenir")
                       for t in window)
    return any(t.lower_ in ("jamais", "ever", "yet", "du", "au", "in", "on") for t in window)


def _one_of(doc, match) -> bool:
    # « l'un des navigateurs les plus populaires »: the noun may stand between
    before = features.span_text(doc, max(0, match.start - 6), match.start).lower()
    return "l'un des" in before or "l’un des" in before or "one of" in before or \
           "l'une des" in before or "l’une des" in before or \
           "parmi" in before or "among" in before


def _end_of_phrase(doc, match) -> int:
    end = match.end
    if end < len(doc) and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
        end += 1
    last = doc[end - 1]
    return last.idx + len(last.text)


RULE = Rule(
    "BL303", "unsupported-superlative", Severity.WARNING,
    "A superlative or market claim (le meilleur, n°1, leader, the best, #1, best-selling) "
    "the profile does not list as substantiated.",
    RuleDoc(
        what="Finds superlatives and market claims about the brand or its products and fires "
             "unless the profile lists the claim under `substantiated:`. Polite formulas "
             "(« meilleurs vœux », \"best regards\"), superlatives about the reader (« votre "
             "meilleur ami », \"your best build\") and adverbial uses (« le plus tôt possible ») "
             "do not fire; \"l'un des meilleurs\" / \"one of the best\" is reported as info.",
        why="\"The best\", \"n°1\", \"leading\" read as comparisons with every competitor; "
            "advertising rules (CAP 3.33 ff., ASA rulings) expect the evidence before the "
            "claim.",
        fires=(Example("Le meilleur jouet du monde est enfin en magasin."),
               Example("The UK's #1 building toy is back in store.", lang="en")),
        does_not_fire=(Example("Toute l'équipe vous adresse ses meilleurs vœux."),
                       Example("Répondez-nous le plus tôt possible."),
                       Example("Best wishes from the whole team!", lang="en")),
        fix="State the fact behind the claim, with its source, or list it as substantiated.",
    ),
    check=check,
)
