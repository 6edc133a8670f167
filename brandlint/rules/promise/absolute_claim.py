from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from brandlint.analysis import claim_scope, claims, features, lexicons
from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.frame import NOT_CLAIMS
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc, lowered_because

# Absolutes that carry their own negation: the negation makes the claim, it does not
# withdraw it (« elle tient des décennies sans le moindre éclat »).
_NEGATIVE_ABSOLUTES = {"jamais", "never", "aucun risque", "no risk", "sans le moindre",
                       "sans la moindre", "pas la moindre", "pas le moindre",
                       "sans le moindre risque", "without the slightest", "not the slightest",
                       "without the slightest risk"}


# « plus personne n'entrera », "no one will ever get in", « ça ne se reproduira plus »,
# "it won't happen again": the negation is the claim
_NOBODY_EVER = ("plus personne", "plus jamais personne", "no one", "nobody", "no-one",
                "ne se reproduira", "n'arrivera", "n’arrivera", "won't happen", "won’t happen",
                "will not happen")


def _promise_tokens(analysis) -> set[int]:
    """Tokens already judged by the service-promise analysis (BL302/BL304), with the
    words that bound the delay ("never later than 30 days", « jamais plus de 14 jours »)."""
    taken = set()
    for p in analysis.promises:
        taken.update(range(max(p.mention.start - 3, 0), p.mention.end))
    return taken


def _guarantees_a_promise(analysis, token) -> bool:
    """'Nous garantissons une réponse sous 48 h': the service promise it guarantees is
    judged by BL302/BL304 against the commitment; no second finding here."""
    clause = analysis.clause(token)
    # a day-named deadline within the commitment proves nothing: « je vous garantis une
    # livraison avant vendredi » may be tomorrow
    return any(clause.start <= p.mention.start < clause.end + 4 for p in analysis.promises
               if p.exceeds or not p.mention.dated)


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    doc = analysis.doc
    language = analysis.language
    taken = _promise_tokens(analysis)
    flagged_end = -1  # the token after the last absolute reported
    for match in claims.find(doc, "absolutes", language):
        token = doc[match.start]
        word = match.text.lower()
        if taken & set(range(match.start, match.end)):
            continue
        if flagged_end >= 0 and match.start - flagged_end <= 1 and not any(
                t.is_punct or t.is_space for t in doc[flagged_end:match.start]):
            continue  # « toujours garantie », "always guaranteed": one claim, reported once
        if claims.in_exception(doc, match, "absolute_exceptions", language) and \
                not claims.whole_of_outcomes(doc, match, language) or \
                claims.means_ever(token) or claims.in_proper_name(doc, match) or \
                claims.in_address(doc, match):
            continue
        if claim_scope.continues_unseen(doc, match.start) or \
                claim_scope.plan_named_for(doc, match.start) or \
                claim_scope.credited_headline(analysis, match.start) or \
                claim_scope.explains_a_kind(analysis, match.start) or \
                claim_scope.answers_how_things_go(analysis, match.start) or \
                claim_scope.states_a_requirement(analysis, match.start):
            continue  # "...guaranteed." ends a clause of a message the draft does not
            # hold; "unlimited skips with Music Unlimited": the named plan's term; "An
            # ad blocker is software that… so that the ad is never shown": how it works;
            # "Requirements: … data integrity is guaranteed": what a design aims at;
            # "## Can hearing come back? / Hearing loss never reverses": how things go
        if claims.approximated(doc, match, language) or claims.attributive(token) or \
                claims.never_done_kind(token) or \
                claims.bounded_allowance(doc, match, language) or \
                claims.guarantees_a_feeling(doc, match, language) or \
                claims.measured_lifetime(doc, match) or \
                claims.living_life(doc, match, language) or \
                claims.gauge_reading(doc, match, language) or \
                claims.on_a_scale(doc, match, language) or \
                claims.excepted(doc, match, language) or \
                claims.hypothetical_share(doc, match):
            continue  # "almost unlimited", « quasi-illimitées », "your forever home",
            # "unlimited access during site hours", "screams guaranteed", "forever (or
            # until you unpin it)", "an element necessary for life", « de 0 à 100 % »
        frame = _claim_frame(analysis, match)
        if frame.holder in ("world", "customer") and claims.offer_described(doc, frame) \
                and not analysis.technical[1]:
            # "Specialty coffee, always freshly ground", « vos réglages sont illimités et
            # à vie »: the brand's offer described, the product holds the claim
            frame = dataclasses.replace(frame, holder="product")
        if frame.holder == "product" and claims.bare_kind_subject(analysis, frame) and \
                not analysis.technical[1]:
            frame = dataclasses.replace(frame, holder="world")  # "Leather never likes
            # salt water": a material in general
        if frame.holder == "world" and not claims.tells_how_the_world_goes(match, language) \
                and not analysis.technical[1]:
            # « le signal est garanti », "dinner is served on time, come what may", « zéro
            # risque »: words that only ever promise, whatever their subject — except on a
            # technical page, where a thing that is not the brand's offer is the system
            # described ("traffic sent to 127.0.0.1 is guaranteed not to leave your machine")
            frame = dataclasses.replace(frame, holder="product")
        if claims.system_at_work(analysis, token, frame):
            continue  # "it ensures keys never leave the server": on a technical page, how
            # one of the system's parts behaves
        if not frame.commits_brand:
            continue  # quoted, the customer's story, a policy, advice, courtesy, a state…
        if claims.share_of_a_group(doc, frame.predicate, language) or \
                claims.in_indirect_question(doc, match, language) or \
                claims.inside_a_condition(token, language) or \
                claims.changeable_at_will(token, language):
            continue  # "most of the people using it will never know", "find out whether
            # it is always included": an estimate about some, a question — no absolute;
            # "only when we are certain it will not happen again": a condition's content;
            # « peut être modifiée à volonté »: the reader's freedom over a setting
        antecedent = claims.relative_antecedent(token)
        if antecedent is not None and analysis.holder_of(antecedent) in (
                "customer", "third_party"):
            continue  # "accounts that always fail their requests", « des clients qui
            # paient toujours en retard »: it tells which of others' things are meant
        if claims.in_clausal_subject(token) or claims.dismissed_expectation(
                analysis, token, language):
            continue  # "Expecting them to never do that is an unreasonably high expectation"
        if claims.exclusive_guarantor(analysis, token) or claims.scheme_guarantor(
                analysis, token) or claims.secured_by_scheme(analysis, token) or \
                claims.guaranteed_by_others(analysis, token):
            continue  # "only testing your own setup can guarantee it": what alone secures
            # the outcome, not the brand — a disclaimer; "a certification that guarantees
            # environmental benefits", « sous licence libre, garantissant qu'elle restera
            # commune sans risque »: what a scheme secures by its terms; "guaranteed by
            # four independent providers": the means, another party's word
        if claims.guarantees_own_conduct(analysis, match):
            continue  # « ce soutien garantit que nous restons indépendants »: the brand's
            # character kept up by what funds it, a statement of values
        if claims.tells_a_reaction(doc, match, language) or \
                claims.sort_order(doc, match, language):
            continue  # "explaining labels always generates a lot of interest": how an
            # audience takes a topic; "lets you always see first what matters to you":
            # how a feature sorts what it shows
        if claims.prevented(token, language):
            continue  # "designed to prevent clients from getting stuck forever"
        if claims.denies_only_effort(doc, match, language):
            continue  # « sans le moindre paramétrage »: the reader's effort, not a failure
        if claims.states_a_duty(analysis, match, language):
            continue  # « La pose doit toujours être déclarée en mairie »: a rule stated
        if claims.in_past_relative(token):
            continue  # "as those we have always issued": the brand's record, described
        if claims.trade_history(analysis, token):
            continue  # "Since the 1830s … billiard tables have always been built on stone"
        if _kept_by_reader(token):
            continue  # "keep your favourite sites always open", « gardez-les toujours au sec »
        if word not in _NEGATIVE_ABSOLUTES and not word.startswith(_NOBODY_EVER) and \
                analysis.is_negated(token):
            continue
        if word in ("jamais", "never") and (_double_negation(analysis, token) or
                                            claims.denies_totality(analysis, token, language)):
            continue  # « ne protège jamais totalement »: a limit admitted
        if word not in _NEGATIVE_ABSOLUTES and _said_of_nothing(token, match):
            continue  # "Nobody can guarantee that…", « Personne ne peut garantir… »: the
            # pledge denied by its subject; "Nothing lasts forever: oak weathers", "no one
            # is always right": a limit admitted — not "nothing ever goes wrong", which
            # claims it never does
        if token.pos_ == "NOUN" and (word == "instant" or token.lemma_.lower() in (
                "garantie", "guarantee")) and not _absolute_guarantee(doc, match) and not (
                    token.dep_ == "amod" and token.head.i < token.i):
            # « vos garanties », "guarantees of origin": the cover or a certificate, not
            # a promise that nothing can go wrong — unless hung on the noun before it as
            # its adjective (« Fraîcheur garantie, de la terre à votre table »: the small
            # French model tags the participle a noun)
            continue
        if word.startswith("garant") or word.startswith("guarantee"):
            if _guarantees_a_promise(analysis, token) or claims.bounded_guarantee(doc, match) \
                    or claims.sold_service_level(doc, match, language):
                continue  # judged against the commitment, a warranty with its term, or
                # the service-level agreement a price list sells ("we can guarantee
                # turn-around times on fixes" beside "€36/user/year")
        remedy = _remedy(analysis, match)
        reason = _reason_given(analysis, match) if remedy is None else None
        soft = analysis.is_hedged(token) or analysis.is_conditional(token) or \
            frame.modality != "firm" or remedy is not None or reason is not None
        # "we always strive to…"; "risk-free with our 30-day money-back guarantee"
        flagged_end = match.end
        yield RULE.finding(
            doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1].text),
            _("absolute claim {words}: an objective claim must be substantiated, and one "
              "exception makes {brand} a brand that does not keep its word").format(
                words=quote(match.text), brand=analysis.profile.brand)
            + (_why_lowered(analysis, token, remedy, reason) if soft else ""),
            suggestion=_("qualify or bound the claim (\"in most cases\", \"for 2 years\", "
                         "\"see terms\" with the terms) or substantiate it"), lowered=soft)


def _claim_frame(analysis, match):
    """The frame the absolute is judged in. An absolute of several words that makes a
    clause of its own ("come what may", « quoi qu'il arrive », "whatever happens")
    qualifies the clause before it on its line: "Dinner is served on time, come what may"
    is the brand's promise, not an order to the reader with a *may*."""
    doc = analysis.doc
    frame = analysis.frame(doc[match.start])
    words = doc[match.start:match.end]
    if not (any(t.pos_ in ("VERB", "AUX") for t in words) and any(
            t.pos_ in ("PRON", "DET") or t.lower_ in ("whatever", "what") for t in words)) or \
            not match.start <= frame.predicate < match.end or frame.topic in NOT_CLAIMS:
        return frame  # no clause of its own ("100% fun, guaranteed", « zéro risque »), the
        # absolute in a clause of its own verb, a policy
    i = match.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and "\n" not in doc[i].text \
            and doc[i].text not in (".", "!", "?", "…"):
        i -= 1
    if i >= 0 and "\n" not in doc[i].text and doc[i].text not in (".", "!", "?", "…"):
        return analysis.frame(doc[i])
    j = match.end  # opening its line, before an order: « Quoi qu'il arrive, appelez-nous »
    while j < len(doc) and (doc[j].is_punct or doc[j].is_space) and "\n" not in doc[j].text:
        j += 1
    if j < len(doc) and _order(doc[j]):
        return dataclasses.replace(frame, act="advice")
    return frame


def _order(token) -> bool:
    """A verb that tells the reader what to do: "call us", « appelez-nous »."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return False
    if "Imp" in features.morph(token).get("Mood"):
        return True
    if token.lang_ == "fr":
        return token.lower_.endswith("ez") and len(token.text) > 4
    return token.tag_ == "VB"


_PLEDGE_VERBS = {"promettre", "garantir", "promise", "guarantee"}
# Subjects that deny their verb: no one makes the pledge.
_NOBODY = frozenset({"personne", "rien", "nobody", "nothing", "no-one"})
_CLAIM_VERBS = {"promettre", "prétendre", "dire", "affirmer", "garantir", "promise", "pretend",
                "claim", "say", "guarantee", "tell"}


def _double_negation(analysis, token) -> bool:
    """'nous ne vous promettrons jamais…', 'we'll never pretend…', 'nous ne pouvons pas
    dire qu'il ne casse jamais': what is negated is the claim itself."""
    absolutes = [m for m in claims.find(token.doc, "absolutes", analysis.language)
                 if m.start > token.i and m.text.lower() not in _NEGATIVE_ABSOLUTES]
    clause = analysis.clause(token)
    if any(m.start < min(clause.end, token.i + 5) for m in absolutes):
        return True  # "bouldering is never risk-free", « jamais sans risque », "never 100%":
        # the absolute denies another one — a disclaimer, not a claim
    head = token.head
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lemma_.lower() in (
        "que", "that")), None)
    before = token.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    if before is not None and before.lemma_.lower() in _CLAIM_VERBS and (
            before.lemma_.lower() not in _PLEDGE_VERBS or _denied(analysis, before)):
        return True  # « Personne ne peut garantir qu'un poney ne fera jamais d'écart »:
        # the clause the pledge word introduces, though the parse hangs it elsewhere
    for ancestor in (head, head.head, head.head.head):
        # "we can't promise it will never happen again"; not "we promise this repair
        # will never fail again", the pledge affirmed
        lemma = ancestor.lemma_.lower()
        if lemma in _CLAIM_VERBS and (lemma not in _PLEDGE_VERBS or _denied(analysis, ancestor)):
            return True  # (what others say or claim is left to the frame's other readings)
    return any(c.lower_ in ("pas", "not", "n't") for c in head.children if c is not token)


def _denied(analysis, verb) -> bool:
    """The pledge is not made: denied (« nous ne pouvons pas dire », "we can't promise"),
    itself or through the modal it depends on, or talked about in the infinitive
    (« Promettre que… serait mentir »)."""
    return "Fin" not in verb.morph.get("VerbForm") or analysis.is_negated(verb) or any(
        c.dep_ == "neg" or c.lower_ in ("pas", "not", "n't", "never", "jamais")
        for w in (verb, verb.head) for c in w.children)


def _said_of_nothing(token, match) -> bool:
    """The absolute qualifies a clause whose subject is nothing or no one ("Nothing
    stays sharp forever", "nobody is 100% right all the time"), or is a pledge whose
    subject is no one ("Nobody can guarantee that…", whatever tag the pledge word gets):
    the totality denied — not where that subject is the claim's own first word ("Nothing
    leaves this workshop with a single flaw" claims that every piece is flawless)."""
    verb = token
    for _step in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    heads = (verb, token) if token.lemma_.lower() in _PLEDGE_VERBS else (verb,)
    return any(c.dep_.startswith("nsubj") and c.lower_ in _NOBODY
               and not match.start <= c.i < match.end for head in heads for c in head.children)


def _absolute_guarantee(doc, match) -> bool:
    after = features.span_text(doc, match.end, match.end + 3).lower()
    return any(w in after for w in ("à vie", "totale", "absolue", "for life", "lifetime", "100"))


def _remedy(analysis, match) -> str | None:
    """"No risk" backed in its own sentence by the remedy the reader gets if unhappy (a
    money-back guarantee, a free trial): the words of that remedy, else None."""
    lexicon = lexicons.load("claims")
    language = analysis.language
    if match.text.lower() not in {w.lower() for w in lexicon["risk_words"][language]}:
        return None
    # its paragraph, not only its clause: "enjoy a 30-day money-back guarantee. No logs,
    # no hassle, no risk."
    text = features.doc_text(analysis.doc)
    at = features.tokens(analysis.doc)[match.start].idx
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    paragraph = text[start: end if end >= 0 else len(text)].lower()
    return next((r for r in lexicon["remedies"][language] if r in paragraph), None)


def _reason_given(analysis, match) -> str | None:
    """"fast, easy and risk-free, because Firefox imports your bookmarks": the sentence
    gives the reason the risk is gone, right after it — the claim comes with its
    substantiation. The words of that reason, else None."""
    lexicon = lexicons.load("claims")
    if match.text.lower() not in {w.lower() for w in lexicon["risk_words"][analysis.language]}:
        return None  # "never breaks, because…": a reason does not make *never* true; it
        # removes a risk ("risk-free, because it imports your bookmarks")
    doc = analysis.doc
    sentence = doc[match.start].sent
    markers = {w.lower() for w in lexicon["reason_markers"][analysis.language]}
    for t in doc[match.end: min(sentence.end, match.end + 4)]:
        if t.lower_ in markers and t.i + 3 < sentence.end:
            return features.span_text(doc, t.i, min(sentence.end, t.i + 6))
    return None


def _why_lowered(analysis, token, remedy: str | None = None, reason: str | None = None) -> str:
    if analysis.is_hedged(token) or analysis.is_conditional(token):
        return lowered_because(analysis.is_hedged(token), analysis.is_conditional(token))
    if remedy is not None:
        return _(" (reported one level lower: the same paragraph backs it with {remedy})").format(
            remedy=quote(remedy))
    if reason is not None:
        return _(" (reported one level lower: the sentence gives its reason, {reason}; check "
                 "that the reason covers every case)").format(reason=quote(reason))
    return _(" (reported one level lower: the brand says it tries, it does not assert)")


RULE = Rule(
    "BL301", "absolute-claim", Severity.WARNING,
    "An absolute claim (always, never, guaranteed, 100 %, unlimited, for life…) about the "
    "brand's product or service.",
    RuleDoc(
        what="Finds absolute words (« toujours », « jamais », « garanti », « 100 % », « sans "
             "faille », « illimité », « à vie », « aucun risque » / always, never, guaranteed, "
             "flawless, unlimited, lifetime, risk-free) used as claims about the brand's "
             "product or service. Not when negated, hedged (reported as info), quoted or "
             "reported from the customer, when "
             "they describe the customer (\"vous avez toujours été fidèle\"), in fixed "
             "expressions (\"toujours pas\", \"il n'est jamais trop tard\", \"garantie légale\"), "
             "or when a guarantee is backed by the profile's commitment. A value professed "
             "as a motto (« - Qualité, toujours. ») and an aside told in a tale's past "
             "(« (toujours une Intel 10Gb) ») claim nothing either.",
        why="Objective claims must be substantiated (CAP Code 3.7; *Code de la consommation* "
            "L121-2): \"never breaks\" is disproved by the first broken brick, and the "
            "after-sales desk pays for it.",
        fires=(Example("Nos briques ne cassent jamais et sont garanties à vie."),
               Example("Our bricks never break and come with a lifetime guarantee.", lang="en")),
        does_not_fire=(Example("Nous ne pouvons pas garantir une livraison avant Noël."),
                       Example("Vous avez toujours été fidèle à nos ateliers, merci !"),
                       Example("Il n'est jamais trop tard pour construire."),
                       Example("You've always been a builder at heart.", lang="en"),
                       Example("We can't guarantee delivery before Christmas.", lang="en")),
        fix="Bound the claim (duration, scope, condition shown) or substantiate it.",
    ),
    check=check,
)


_KEEP = frozenset({"keep", "leave", "garder", "laisser"})
_READER = frozenset({"you", "vous", "tu"})


def _kept_by_reader(token) -> bool:
    """The absolute qualifies the state the reader keeps something in ("allows you to
    keep your favourite sites always open", "useful for keeping calendars always at
    hand", « pour garder vos sites toujours ouverts »): the reader's arrangement, not the
    brand's guarantee. Not when the brand or its product is the keeper ("We keep your
    data always encrypted")."""
    current = token
    for _step in range(3):
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            break
        if current.head is current:
            return False
    if current.lemma_.lower() not in _KEEP and current.dep_ in (
            "ccomp", "xcomp", "oprd", "acomp", "acl") and \
            current.head.lemma_.lower() in _KEEP:
        current = current.head  # "keep [your sites always open]": the state, parsed a verb
    if current.pos_ not in ("VERB", "AUX") or current.lemma_.lower() not in _KEEP:
        return False
    if not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "oprd") for c in current.children):
        return False  # "you always leave with fitted glasses": no thing kept in a state
    subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    return all(s.lower_ in _READER for s in subjects)

