"""What a claim is about beyond its words, as an editor asks before judging it (data in
`lexicons/claim_scope.yaml`):

- does the draft hold the clause at all? A reply that opens on an ellipsis continues a
  message the draft does not hold ("...guaranteed. It was changed because…"): the
  subject and the negation of the absolute were said there;
- whose words are they? A headline about the brand credited to a publication on the
  line under it ("Mozilla's new message: We're the only browser…" over "Fast
  Company") is the press's, listed by the brand;
- over what is it ranked? A uniqueness among an established class by who backs or owns
  it ("the only major browser backed by a non-profit") is a status anyone can check,
  not a performance set against the market;
- is the allowance the plan's own name? "Unlimited skips with Music Unlimited": the
  offer named for it sells that term;
- does the paragraph explain a kind of thing? "An ad blocker is software that… The
  first way blocks the server so that the ad is never shown": how such things work;
- is an alarm word the deadline of a dated event? "Update before it's too late. Your
  version will start to have problems on January 14.": a notice, not fear sold.
"""

from __future__ import annotations

import functools
import re

from brandlint.analysis import features, lexicons

_ELLIPSES = ("...", "…", "..")
_STOPS = frozenset({".", "!", "?", "…"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"})
_UNLIMITED = re.compile(r"^(?:illimité|illimitée|illimités|illimitées|unlimited)$", re.I)


_words = functools.partial(lexicons.words, "claim_scope", lower=True)  # (key, language)
_pattern = functools.partial(lexicons.pattern, "claim_scope")  # (key, language)


def continues_unseen(doc, start: int) -> bool:
    """The word at `start` heads a draft that opens on an ellipsis ("...guaranteed.",
    « …garanti. »), before any subject or stop: the clause it ends began in a message
    the draft does not hold, where its subject and any negation were said."""
    tokens = features.tokens(doc)
    i = 0
    while i < len(doc) and tokens[i].is_space:
        i += 1
    if i >= start or not tokens[i].text.startswith(_ELLIPSES):
        return False
    between = tokens[i + 1:start]
    return len(between) <= 2 and not any(
        t.text in _STOPS or "\n" in t.text or t.dep_ in _SUBJECTS or t.is_punct
        for t in between)


def plan_named_for(doc, start: int) -> bool:
    """"Listen with unlimited skips with Music Unlimited", « appels illimités avec le Pass
    Illimité »: the allowance at `start` is written into the name of an offer on its
    line (the word capitalised next to another capitalised word): that plan sells the
    term, the sentence describes it."""
    word = features.tokens(doc)[start]
    if not _UNLIMITED.match(word.text) or not word.text.islower():
        return False  # a title-cased line ("Unlimited Storage") names nothing
    line_start, line_end = features.line_bounds(doc, start)
    tokens = features.tokens(doc)
    for t in tokens[line_start:line_end]:
        if t.i == start or not _UNLIMITED.match(t.text) or not t.text[:1].isupper():
            continue
        neighbours = (tokens[t.i - 1] if t.i > line_start else None,
                      tokens[t.i + 1] if t.i + 1 < line_end else None)
        if any(n is not None and n.is_alpha and n.text[:1].isupper() for n in neighbours):
            return True  # "Music Unlimited", « Pass Illimité », "Unlimited Card"
    return False


def credited_headline(analysis, start: int) -> bool:
    """The word's line is a headline about the brand (its name in the third person, no
    closing stop) credited to a publication on the next line — a short line of
    capitalised words that are not the brand's ("Mozilla's new message: We're the only
    browser…" over "Fast Company") — in a list of such credits (two or more in the
    draft): the press's words, listed by the brand."""
    doc = analysis.doc
    tokens = features.tokens(doc)
    line_start, line_end = features.line_bounds(doc, start)
    words = [t for t in tokens[line_start:line_end] if not t.is_space]
    if not words or words[-1].text in _STOPS or line_end < len(doc) and \
            tokens[line_end].text in _STOPS:
        return False  # a sentence, not a headline
    vocab = analysis.vocabulary
    if not any(vocab.names_brand(t.lower_) for t in words):
        return False
    following = _next_line(doc, line_end)
    if following is None or not _credit(analysis, *following):
        return False
    credits, i = 0, 0
    while i < len(doc) and credits < 2:
        _first, last = features.line_bounds(doc, i)
        following = _next_line(doc, last)
        if following is not None and _credit(analysis, *following):
            credits += 1
        i = max(last, i + 1)
    return credits >= 2


def _next_line(doc, end: int) -> tuple[int, int] | None:
    """[start, end) of the next non-blank line after a line ending at `end`."""
    tokens = features.tokens(doc)
    i = end
    while i < len(doc) and (tokens[i].is_space or "\n" in tokens[i].text):
        i += 1
    return features.line_bounds(doc, i) if i < len(doc) else None


def _credit(analysis, start: int, end: int) -> bool:
    """A line that only names a source: one to four capitalised words, no verb, none of
    them the brand's ("Fast Company", "The Guardian", « Le Monde »)."""
    words = [t for t in features.tokens(analysis.doc)[start:end] if not t.is_space]
    return 0 < len(words) <= 4 and words[0].text[:1].isupper() and all(
        t.is_alpha and t.pos_ not in ("VERB", "AUX")
        and not analysis.vocabulary.names_brand(t.lower_)
        and (t.text[:1].isupper() or t.lower_ in _NAME_LINKS) for t in words)


_NAME_LINKS = frozenset({"the", "le", "la", "les", "of", "de", "du", "des"})


def status_uniqueness(doc, match, language: str) -> bool:
    """"the only major browser backed by a non-profit", « le seul navigateur majeur
    soutenu par une organisation à but non lucratif »: *only* among an established
    class (major, mainstream, « majeur », « grand ») by who backs, owns or runs it — a
    status checked against a short list of named players, not a performance."""
    if not match.text.lower().startswith(("the only", "le seul", "la seule", "les seuls",
                                          "les seules")):
        return False
    tokens = features.tokens(doc)
    _line_start, line_end = features.line_bounds(doc, match.start)
    noun = next((t for t in tokens[match.end:min(match.end + 4, line_end)]
                 if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    classes = _words("established_classes", language)
    modifiers = [t for t in tokens[match.end:min(noun.i + 2, line_end)] if t.i != noun.i]
    if not any(t.lower_ in classes for t in modifiers):
        return False
    verbs, agents = _words("status_verbs", language), _words("agents", language)
    for t in tokens[noun.i + 1:min(noun.i + 4, line_end)]:
        if t.lemma_.lower() in verbs or t.lower_ in verbs:
            after = tokens[t.i + 1] if t.i + 1 < line_end else None
            return after is not None and after.lower_ in agents
    return False


def _only_noun(doc, match):
    """The noun "the only" / « le seul » ranks, within four words on its line, or None."""
    if not match.text.lower().startswith(("the only", "le seul", "la seule", "les seuls",
                                          "les seules")):
        return None
    tokens = features.tokens(doc)
    _line_start, line_end = features.line_bounds(doc, match.start)
    at = match.end - 1 if tokens[match.end - 1].pos_ in ("NOUN", "PROPN") else match.end
    return next((t for t in tokens[at:min(at + 4, line_end)]
                 if t.pos_ in ("NOUN", "PROPN")), None)


def restricts_own_act(analysis, match) -> bool:
    """"The only time we'll use your exact location is to…", "The only personal
    information we may receive are confirmation emails", « La seule donnée que nous
    recevons est… »: *only* singles out the one case of an act of the brand's own, told
    in the relative clause under the noun — a limit the brand sets on its conduct, no
    comparison with anyone."""
    doc = analysis.doc
    noun = _only_noun(doc, match)
    if noun is None:
        return False
    own = _words("own_subjects", analysis.language)
    for clause in features.children(noun):
        if clause.dep_ in ("relcl", "acl:relcl", "acl") and any(
                g.dep_ in _SUBJECTS and (g.lower_ in own or analysis.vocabulary.names_brand(
                    g.lower_)) for g in features.children(clause)):
            return True
    # the small models often leave the relative unattached: the brand right after the noun
    # or after its relative word (« que nous », "that we", "when we")
    tokens = features.tokens(doc)
    after = [t for t in tokens[noun.i + 1:min(noun.i + 3, len(tokens))]]
    if after and after[0].lower_ in ("que", "qu'", "qu’", "où", "that", "when", "which"):
        after = after[1:]
    return bool(after) and after[0].lower_ in own and after[0].i > noun.i


def only_choice(analysis, match) -> bool:
    """"PayPal is currently the only available option", « c'est le seul moyen disponible
    pour ce don », "the only possible way to fund it": *only* with a word of being open to
    the reader (`available`) on a way to proceed (`choices`) says the reader has no
    other choice — a limit, told as one, not a rank among competitors. Not "the only
    browser available everywhere": a browser is the offer, no way to proceed."""
    doc = analysis.doc
    noun = _only_noun(doc, match)
    if noun is None:
        return False
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and \
            noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i - noun.i <= 2:
        noun = noun.head  # "the only available payment *method*"
    choices = _words("choices", analysis.language)
    tokens = features.tokens(doc)
    if noun.lower_ not in choices and noun.lemma_.lower() not in choices:
        # « le seul binaire PHP disponible »: the small French model may tag the noun
        # right after « seul » a verb, and take the name after it for the noun
        noun = next((t for t in tokens[match.end:min(match.end + 2, noun.i)]
                     if t.is_alpha and t.lower_ in choices), None)
        if noun is None:
            return False
    available = _words("available", analysis.language)
    only = next((t.i for t in tokens[match.start:match.end]
                 if t.lower_ in ("only", "seul", "seule", "seuls", "seules")), match.start)
    near = tokens[only + 1:min(noun.i + 5, len(tokens))]
    return any(t.lower_ in available for t in near if t.i != noun.i)


def own_ecosystem(analysis, match) -> bool:
    """"the only VPN compatible with DuckDuckGo App Tracking Protection", « le seul casque
    qui fonctionne avec notre appli »: the uniqueness is fitting one of the brand's own
    products — which of its products go together, a fact it sets, not a rank among
    competitors. Not "the only VPN compatible with every router": the set is open."""
    doc = analysis.doc
    noun = _only_noun(doc, match)
    if noun is None:
        return False
    _line_start, line_end = features.line_bounds(doc, match.start)
    tokens = features.tokens(doc)
    rest = features.span_text(doc, noun.i + 1, min(noun.i + 6, line_end))
    found = _pattern("compatibility", analysis.language).search(rest)
    if found is None:
        return False
    at = tokens[noun.i + 1].idx + found.end()
    following = [t for t in tokens[noun.i + 1:min(noun.i + 10, line_end)] if t.idx >= at][:2]
    own = _words("own_voice", analysis.language)
    return any(t.lower_ in own or analysis.vocabulary.names_brand(t.lower_) for t in following)


def dated_deadline(analysis, token) -> bool:
    """The alarm word closes a deadline ("before it's too late", « avant qu'il ne soit
    trop tard ») whose day the same sentence or the next one names ("…on January 14", «
    à partir du 14 janvier »): notice of a real event, not fear sold."""
    doc = analysis.doc
    language = analysis.language
    tokens = features.tokens(doc)
    start, end = _sentence(tokens, token.i)
    sentence = features.span_text(doc, start, end)
    if not _pattern("deadline_markers", language).search(sentence):
        return False
    dates = _pattern("dates", language)
    if dates.search(sentence):
        return True
    i = end
    while i < len(doc) and (tokens[i].is_space or tokens[i].text in _STOPS):
        i += 1
    if i >= len(doc):
        return False
    after_start, after_end = _sentence(tokens, i)
    return bool(dates.search(features.span_text(doc, after_start, after_end)))


def _sentence(tokens, index: int, reach: int = 60) -> tuple[int, int]:
    """[start, end) around `index`, cut at stops and line breaks."""
    def stop(t) -> bool:
        return t.text in _STOPS or "\n" in t.text

    start = index
    while start > max(0, index - reach) and not stop(tokens[start - 1]):
        start -= 1
    end = index
    while end < min(len(tokens), index + reach) and not stop(tokens[end]):
        end += 1
    return start, end


def explains_a_kind(analysis, start: int) -> bool:
    """The word's paragraph opens by defining a kind of thing ("An ad blocker is a piece
    of software that…", « Un bloqueur de publicité est un logiciel qui… ») and the
    word's sentence neither names the brand nor speaks as it: how that kind works
    ("…so that the ad is never shown"), not the brand's promise."""
    doc = analysis.doc
    text = features.doc_text(doc)
    at = features.tokens(doc)[start].idx
    first = text.rfind("\n", 0, at) + 1
    opening = text[first:at].lstrip(" \t#*•-–—")
    found = _pattern("definitions", analysis.language).match(opening)
    if not found or any(w[:1].isupper() for w in found.group(0).split()[1:]):
        return False  # "A Nimbus 3 is a tent that…": a named product, not a kind
    tokens = features.tokens(doc)
    s_start, s_end = _sentence(tokens, start)
    own = _words("own_voice", analysis.language)
    return not any(t.lower_ in own or analysis.vocabulary.names_brand(t.lower_)
                   for t in tokens[s_start:s_end])


def answers_how_things_go(analysis, start: int) -> bool:
    """The word's section stands under a question heading about the world in the third
    person ("## Can hearing come back on its own?", « ## Pourquoi le bruit abîme-t-il
    l'oreille ? ») and its sentence neither speaks as the brand, nor addresses the reader,
    nor names the brand, a service or a thing any offer is made of, nor tells what will
    happen: the answer tells how things go ("hearing loss never reverses by itself"), an
    explanation, not the brand's claim. A heading that asks about the reader or the
    brand ("Why choose us?") opens no such answer."""
    heading = _heading_above(analysis, start)
    if heading is None or not heading.rstrip().endswith("?"):
        return False
    language = analysis.language
    vocab = analysis.vocabulary
    asked = set(_words("persons_asked", language))
    if any(w in asked or vocab.names_brand(w)
           for w in re.findall(r"[\w'’-]+", heading.lower())):
        return False
    from brandlint.analysis.frame import words as frame_words

    tokens = features.tokens(analysis.doc)
    s_start, s_end = _sentence(tokens, start)
    voiced = set(_words("own_voice", language)) | asked
    generic = frame_words("holders", "offer_generic", language)
    services = analysis.service_words
    return not any(
        t.lower_ in voiced or vocab.names_brand(t.lower_) or t.i in services
        or t.lemma_.lower() in generic or t.lower_ in generic
        or "Fut" in features.morph(t).get("Tense") or t.lower_ in ("will", "'ll", "’ll")
        for t in tokens[s_start:s_end])


def _heading_above(analysis, start: int) -> str | None:
    """The heading of the word's section: the nearest line above it (up to 6 lines) that
    opens with « # » or is a short line ending on « ? » — None when the word's own line
    is that heading, or none is found."""
    text = features.doc_text(analysis.doc)
    at = features.tokens(analysis.doc)[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:].lstrip().startswith("#"):
        return None
    end = line_start - 1
    for _step in range(6):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        end = begin - 1
        if not line:
            continue
        if line.startswith("#") or line.endswith("?") and len(line.split()) <= 12:
            return line.lstrip("#").strip()
    return None


def states_a_requirement(analysis, start: int) -> bool:
    """On a technical page, the word's lines stand under a heading or a lead line that
    names them a system's requirements ("Requirements" / "We aimed to fulfill the
    following criteria." over "Encrypt folders so … data integrity is guaranteed",
    « Exigences » over « l'intégrité des données est garantie ») and its sentence does not
    speak as the brand: what the design is built to achieve, stated as an aim — not a
    promise to the reader. The same words under a product heading stay claims."""
    if not analysis.technical[1]:
        return False
    doc = analysis.doc
    text = features.doc_text(doc)
    at = features.tokens(doc)[start].idx
    words = _words("requirements", analysis.language)
    end = text.rfind("\n", 0, at)
    for _step in range(4):  # the lines above, the nearest first, up to its heading
        if end < 0:
            return False
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip().lower()
        end = line_start - 1
        if not line:
            continue
        heading = len(line.split()) <= 6 and not line.endswith((".", "!", "?"))
        lead = line.endswith(":") or re.search(r"\b(?:following|suivante?s?)\b", line)
        if (heading or lead) and any(
                re.search(rf"(?<!\w){re.escape(w)}(?!\w)", line) for w in words):
            break  # "Requirements", "We aimed to fulfill the following criteria."
        if heading:
            return False  # another heading: the section is not the requirements'
    else:
        return False
    tokens = features.tokens(doc)
    s_start, s_end = _sentence(tokens, start)
    own = _words("own_voice", analysis.language)
    return not any(t.lower_ in own for t in tokens[s_start:s_end])
