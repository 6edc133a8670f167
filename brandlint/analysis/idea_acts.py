"""What a word of the idea's values does in its sentence, before the stance counts it.

An editor reading copy against a brand's idea does not count every "danger" or "not
safe" as the brand arguing fear or rejecting security. Before a word pulls for or
against the idea, three questions (data in `lexicons/values.yaml`):

- is it a **warning**: the reason or the consequence of an act the brand tells the
  reader not to do (« N'ajoutez pas cette racine… car elles ne sont pas sûres », "Don't
  do this. Doing so puts your users in danger"), or a line under a caution label
  ("Warning:", « Attention : »)? A warning serves the reader's safety: it argues for an
  idea of security, not against it;
- is it **someone else's view, reported to be refuted** ("Some operators have argued
  that they have no need for privacy. However, this is not a strong argument")? The
  view is not the brand's stance;
- does the syntax give it **another sense** than the value (« si vous n'êtes pas sûr »:
  *sure*, said of a person; « nous ne partageons jamais vos données »: disclosure, not
  togetherness)?

A denied idea quality that picks out the things lacking it ("any site not secured by
HTTPS can be used to attack other sites") is the fourth: the negation sits inside a
modifier of a noun, and the sentence argues for the idea.
"""

from __future__ import annotations

import functools
import re

from brandlint.analysis import features, lexicons

_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _language(token) -> str:
    return "fr" if token.doc.lang_ == "fr" else "en"


@functools.cache
def _cautions(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicons.load("values")["cautions"]
    return (lexicons.phrase_pattern(spec["labels"][language]),
            lexicons.phrase_pattern(spec["reasons"][language]),
            lexicons.phrase_pattern(spec["consequences"][language]),
            lexicons.phrase_pattern(spec["prohibitions"][language]))


def _stop(token) -> bool:
    return token.text in _SENTENCE_ENDS or "\n" in token.text


def _sentence(doc, index: int, reach: int = 80) -> tuple[int, int]:
    """[start, end) of the sentence around `index`, cut at end punctuation and line
    breaks; the end excludes its stop."""
    words = features.tokens(doc)
    start = index
    while start > max(0, index - reach) and not _stop(words[start - 1]):
        start -= 1
    end = index
    while end < min(len(doc), index + reach) and not _stop(words[end]):
        end += 1
    return start, end


def _previous_sentence(doc, start: int) -> tuple[int, int] | None:
    """The sentence before the one that opens at `start`, past its stop and spaces."""
    i = start - 1
    while i >= 0 and (_stop(doc[i]) or doc[i].is_space):
        i -= 1
    return _sentence(doc, i) if i >= 0 else None


def _prohibition(analysis, start: int, end: int) -> int:
    """The end of the first clause in tokens [start, end) that tells the reader not to
    do something (an order or advice to the reader, negated, or its words: « ne faites
    pas », "do not"); -1 when none."""
    doc = analysis.doc
    if start >= end:
        return -1
    found = _cautions(_language(doc[start]))[3].search(features.span_text(doc, start, end))
    if found:
        first = doc[start].idx + found.end()
        return next((t.i + 1 for t in features.tokens(doc)[start:end]
                     if t.idx + len(t.text) >= first), end)
    i = start
    words = features.tokens(doc)
    while i < end:
        token = words[i]
        if token.is_punct or token.is_space:
            i += 1
            continue
        frame = analysis.frame(token)
        if frame.holder == "customer" and frame.act in ("advice", "invitation") \
                and frame.polarity == "negated" and frame.brand_voice:
            return frame.end
        i = max(frame.end, i + 1)
    return -1


@functools.cache
def _harms_to(language: str) -> frozenset[str]:
    return frozenset(lexicons.load("values")["wards"]["harms_to"][language])


def _harm_acts(language: str) -> frozenset[str]:
    return frozenset(lexicons.load("values")["wards"]["harm_acts"][language])


def harm_act(token) -> bool:
    """The idea word is itself a harm done to the reader's data, or what such an act
    is done to: "we do not track our users" (an idea of privacy that lists *tracking*),
    "to not collect it at all", "we have never sold personal information" — denied,
    the harm is warded off and the idea kept."""
    acts = _harm_acts(_language(token))
    if token.pos_ in ("VERB", "NOUN") and token.lemma_.lower() in acts:
        return True
    current = token
    for _ in range(3):  # up a noun phrase to the verb it is the object of
        if current.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
            verb = current.head
            return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in acts
        if current.dep_ not in ("amod", "compound", "nmod", "pobj", "prep", "case") or \
                current.head is current:
            return False
        current = current.head
    return False


def harm_warded(token) -> bool:
    """The idea word only says what a denied harm would be done to: "without data leaks",
    « sans aucune analyse des données » keep the data safe. Up the noun phrase (a compound
    or a complement of « de » / "of", not past a verb) to a harm noun; or the word is the
    harmful act itself, or its object (`harm_act`)."""
    if harm_act(token):
        return True
    harms = _harms_to(_language(token))
    current = token
    for _ in range(3):
        if current.dep_ not in ("compound", "nmod", "pobj", "amod") or current.head is current:
            return False
        head = current.head
        if current.dep_ == "pobj":
            if head.lower_ not in ("of", "from") or head.head is head:
                return False
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        if head.lemma_.lower() in harms or head.lower_ in harms:
            return True
        current = head
    return False


def cautioned(analysis, token) -> bool:
    """The word gives the reason or the consequence of a prohibition put to the reader,
    or stands on a line under a caution label: a warning, not a stance."""
    doc = analysis.doc
    language = _language(token)
    labels, reasons, consequences, _prohibitions = _cautions(language)
    start, _end = _sentence(doc, token.i)
    # a caution label opening the line or the sentence ("Warning:", « Note importante : »)
    opening = features.span_text(doc, start, min(start + 4, token.i + 1))
    found = labels.match(opening.strip())
    if found and opening.strip()[found.end():].lstrip().startswith((":", "!", "—", "-")):
        return True
    # the reason of a prohibition in the same sentence: « N'ajoutez pas…, car… »
    ends = _prohibition(analysis, start, token.i)
    if ends >= 0:
        between = features.span_text(doc, ends - 1, token.i + 1)
        if reasons.search(between):
            return True
    # the consequence of a prohibition, in the sentence right after it: « Ne faites pas
    # cela. Cela mettra vos utilisateurs en danger »
    before = _previous_sentence(doc, start)
    if before is None or _prohibition(analysis, *before) < 0:
        return False
    first = features.span_text(doc, start, min(start + 3, len(doc))).strip()
    return bool(consequences.match(first))


def fit_caveat(analysis, token) -> bool:
    """The word says whom an option does not suit, in the sentence or right after the one
    that recommends it on a condition of the reader ("We recommend this setting for those
    who trust their automation. It is not for everyone.", « Nous recommandons cette
    option à ceux qui… »): advice on fit, not a stance of exclusivity."""
    doc = analysis.doc
    pattern = _fit_advice(_language(token))
    start, end = _sentence(doc, token.i)
    found = pattern.search(features.span_text(doc, start, end))
    if found and token.idx >= doc[start].idx + found.end():
        return True  # after the condition: "…for those who travel light, not for everyone"
    before = _previous_sentence(doc, start)
    return before is not None and bool(pattern.search(features.span_text(doc, *before)))


@functools.cache
def _fit_advice(language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("values")["fit_advice"][language])


@functools.cache
def _reported(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    spec = lexicons.load("values")["reported_views"]
    return (frozenset(spec["verbs"][language]), frozenset(spec["own_subjects"][language]),
            lexicons.phrase_pattern(spec["refutations"][language]))


def reported_view(analysis, token) -> bool:
    """The word belongs to a view the draft reports from others and then answers:
    under a verb of saying or thinking whose subject is not the brand ("Some server
    operators have argued that…", « Certains pensent que… »), with a refutation in the
    same sentence after it or in the next ("However, this is not a strong argument",
    « Pourtant… »)."""
    doc = analysis.doc
    verbs, own, refutations = _reported(_language(token))
    head, steps = token, 0
    verb = None
    while head.head is not head and steps < 6:
        head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs:
            verb = head
            break
    start, end = _sentence(doc, token.i)
    if verb is None:
        verb = _reporting_verb_before(doc, start, token.i, verbs)
        if verb is None:
            return False
        # the parse missed the subject: the words just before the verb say who speaks
        before = features.tokens(doc)[max(start, verb.i - 2):verb.i]
        if not before or any(t.lower_ in own for t in before) \
                or analysis.frame(verb).holder == "brand":
            return False
    else:
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if not subjects or any(s.lower_ in own for s in subjects):
            return False
        if any(analysis.frame(s).holder == "brand" for s in subjects):
            return False
    after_end = _sentence(doc, end + 1)[1] if end + 1 < len(doc) else end
    answer = features.span_text(doc, token.i, min(after_end, len(doc)))
    return bool(refutations.search(answer))


_COMPLEMENTIZERS = frozenset({"que", "qu'", "qu’", "that"})


def _reporting_verb_before(doc, start: int, index: int, verbs: frozenset[str]):
    """A verb of saying or thinking before `index` in its sentence, followed by « que » /
    "that" (where the small model hangs the view elsewhere than under the verb)."""
    words = features.tokens(doc)
    for t in words[start:index]:
        if t.lemma_.lower() in verbs and t.i + 1 < index \
                and words[t.i + 1].lower_ in _COMPLEMENTIZERS:
            return t
    return None


@functools.cache
def _senses(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                    frozenset[str], tuple[str, ...]]:
    spec = lexicons.load("values")["senses"]
    objects = [w.lower() for w in spec["of_data"]["objects"][language]]
    return (frozenset(spec["of_a_person"][language]), frozenset(spec["persons"][language]),
            frozenset(spec["of_data"]["verbs"][language]),
            frozenset(w for w in objects if " " not in w),
            tuple(w for w in objects if " " in w))


def other_sense(token) -> bool:
    """The syntax gives the word another sense than the value it names: an adjective
    said of a person (« vous n'êtes pas sûr », « sûr de vouloir »: *sure*), a verb of
    sharing whose object is someone's data (disclosing it), a verb of keeping whose
    object is the reader's account records (retaining them), a word inside a fixed phrase
    of another sense ("No problem", "on hold", "now open", "free parking"), a word of a
    quality said as a verb with an object (opening a Grant: `acts_on_a_thing`)."""
    if token.i in in_idioms(token.doc):
        return True
    of_a_person, persons, data_verbs, data_nouns, data_phrases = _senses(_language(token))
    lower = token.lower_
    if lower in of_a_person:
        if any(c.dep_.startswith("nsubj") and c.lower_ in persons for c in token.children):
            return True
        after = features.tokens(token.doc)[token.i + 1:token.i + 2]
        if after and after[0].lower_ in ("de", "d'", "d’", "que", "qu'", "qu’"):
            return True  # « sûr de vouloir », « sûr que »
        before = features.tokens(token.doc)[max(0, token.i - 4):token.i]
        return any(t.lower_ in persons for t in before) and any(
            t.lemma_.lower() in ("être", "sembler", "paraître") for t in before)
    if lower in data_verbs or token.lemma_.lower() in data_verbs:
        objects = [c for c in token.children if c.dep_ in ("obj", "dobj")]
        if any(o.lemma_.lower() in data_nouns or o.lower_ in data_nouns for o in objects):
            return True
        text = features.span_text(token.doc, token.i + 1,
                                  min(token.i + 5, len(token.doc))).lower()
        words = set(re.findall(r"[\w-]+", text))
        return bool(words & data_nouns) or any(p in text for p in data_phrases)
    return _keeps_records(token) or acts_on_a_thing(token) or in_a_compound_noun(token) \
        or counted_for_sale(token)


def counted_for_sale(token) -> bool:
    """A noun counted by a figure on a line of prices, or under one (« Colissimo, 1 à 3
    disques : 7,90 € », « Pack apéro — 29,90 € / 3 bouteilles + 1 planche »): an item of
    a price list or of a shipping table, as a count of seats is ("8 places"), not the
    thing the idea loves."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.i == 0:
        return False  # (the small French model tags « disques » after a figure ADJ)
    before = features.tokens(token.doc)[token.i - 1]
    if not (before.like_num and any(ch.isdigit() for ch in before.text)):
        return False
    text = features.doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    above = text.rfind("\n", 0, start - 1) + 1 if start > 0 else start
    return bool(_AMOUNT.search(text[above:len(text) if end < 0 else end]))


_AMOUNT = re.compile(r"\d\s?(?:[€$£]|eur\b|euros?\b)|[€$£]\s?\d", re.I)


def in_a_compound_noun(token) -> bool:
    """A bare noun after « à » completing the noun right before it names, with it, one
    thing (« boîtes à lumière », « boîte à outils », « machine à café »): an object, not
    the value its second word names. Not with a determiner (« un hommage à la lumière »)."""
    tokens = features.tokens(token.doc)
    if token.pos_ != "NOUN" or token.i < 2 or tokens[token.i - 1].lower_ != "à":
        return False
    before = tokens[token.i - 2]
    return before.pos_ == "NOUN" and token.head.i == before.i and not any(
        c.dep_ == "det" for c in token.children)


@functools.cache
def _acts(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["senses"]["acts_on_things"]
    return frozenset(spec["verbs"][language]), frozenset(spec["to_people"][language])


def acts_on_a_thing(token) -> bool:
    """A word of a quality said as a verb with an object is the act done to a thing
    ("without opening a Grant", « ouvrez le dossier »): opening an item, not openness;
    a verb that opens something to people ("open our doors to everyone", « nous ouvrons
    nos portes à chacun ») keeps the value."""
    verbs, to_people = _acts(_language(token))
    if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
        return False
    if not any(c.dep_ in ("obj", "dobj") for c in token.children):
        return False
    return not any(c.dep_ in ("prep", "obl", "obl:arg", "dative", "iobj")
                   and (c.lower_ in to_people
                        or any(g.dep_ == "case" and g.lower_ in to_people for g in c.children))
                   for c in token.children)


@functools.cache
def _ones_own(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["senses"]["of_ones_own"]
    return frozenset(spec["words"][language]), frozenset(spec["things"][language])


def kept_to_oneself(token) -> bool:
    """A word of exclusivity said of the reader's own records ("a fully private history",
    « vos données restent privées », "keep your notes private"): the privacy the product
    gives them, not a place reserved for a few. Read on the noun it qualifies, the
    subject of its copula or the object it is kept as."""
    words, things = _ones_own(_language(token))
    if token.lower_ not in words:
        return False

    def a_thing(t) -> bool:
        return t.lower_ in things or t.lemma_.lower() in things

    head = token.head
    if token.dep_ == "amod" and a_thing(head):
        return True
    if token.dep_ in ("acomp", "xcomp", "oprd", "ccomp", "attr") and head is not token:
        return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj") and a_thing(c)
                   for c in head.children)
    if token.dep_ == "ROOT":  # « vos données sont privées »: the adjective heads the copula
        return any(c.dep_.startswith("nsubj") and a_thing(c) for c in token.children)
    return False


@functools.cache
def _records(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    spec = lexicons.load("values")["senses"]["of_records"]
    return (frozenset(spec["verbs"][language]),
            tuple(w.lower() for w in spec["objects"][language]))


def _keeps_records(token) -> bool:
    """A verb of keeping whose object, in the few words after it, is the reader's
    account records ("keep your order history", « conserver vos coordonnées »):
    retaining data, not the lasting of things."""
    verbs, records = _records(_language(token))
    if token.lower_ not in verbs and token.lemma_.lower() not in verbs:
        return False
    text = features.span_text(token.doc, token.i + 1, min(token.i + 6, len(token.doc))).lower()
    return any(re.search(rf"(?<![\w'’]){re.escape(r)}(?![\w'’])", text) for r in records)


def picks_out_the_lacking(analysis, token) -> bool:
    """A denied idea quality that modifies a noun ("any site not secured by HTTPS", « un
    site non sécurisé »): it sets apart the things that lack the idea, most often to
    argue for it; it does not turn the idea down. So does a kind picked out by an
    indefinite noun and its relative clause, the denied word inside the clause ("better a
    shadow than a garment that won't last", « un cheval qui a peur n'apprend rien ») or
    said of that kind (« un fil qui chauffe derrière une cloison ne prévient pas »): how
    such things are in the world, not the brand's stance."""
    if token.i in analysis.dismissed_tokens:
        return False
    if token.dep_ in ("acl", "amod") and token.head is not token \
            and token.head.pos_ in ("NOUN", "PROPN") \
            and (token.pos_ == "ADJ" or "Part" in features.morph(token).get("VerbForm")):
        return True
    if token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("acl", "relcl", "acl:relcl") and c.i > token.i
            and "Inf" not in features.morph(c).get("VerbForm")
            and not any(t.is_punct for t in token.doc[token.i + 1:c.left_edge.i + 1])
            and not any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "à", "de", "d'", "d’")
                        for g in features.children(c))
            for c in features.children(token)):
        return True  # "there are no SMTP servers authorized to send emails for your
        # domain", « aucun serveur autorisé à envoyer »: the denial bears on the ones its
        # clause picks out, not on the idea's thing — not a purpose or a use ("no farm
        # names to remember", « personne à qui parler », « pas le temps de chouchouter »)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    relatives, indefinites = _kinds(_language(token))
    kind = _antecedent(token, relatives)
    if kind is None:  # said of the kind: its subject is an indefinite noun with a clause
        kind = next((c for c in features.children(token) if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.pos_ == "NOUN" and any(
                         _antecedent(v, relatives) is c for v in features.children(c))), None)
    return kind is not None and any(c.dep_ == "det" and c.lower_ in indefinites
                                    for c in features.children(kind))


def _antecedent(verb, relatives: frozenset[str]):
    """The noun a relative clause hangs on when `verb` is that clause's verb (its subject
    a relative pronoun before it): the parse's head, or the nearest noun before the
    pronoun where the small model attached the clause elsewhere."""
    pronoun = next((c for c in features.children(verb) if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.lower_ in relatives and c.i < verb.i), None)
    if pronoun is None:
        return None
    if verb.dep_ in ("relcl", "acl:relcl") and verb.head.pos_ == "NOUN":
        return verb.head
    before = verb.doc[pronoun.i - 1] if pronoun.i > 0 else None
    while before is not None and before.pos_ in ("ADJ", "VERB") and before.dep_ in (
            "amod", "acl") and before.i > 0:
        before = verb.doc[before.i - 1]  # « un vêtement fragilisé qui… »
    return before if before is not None and before.pos_ == "NOUN" else None


@functools.cache
def _kinds(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["kinds"]
    return frozenset(spec["relatives"][language]), frozenset(spec["indefinites"][language])


@functools.cache
def _idioms(language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("values")["senses"]["idioms"][language])


_idioms_of: tuple[object, frozenset[int]] = (None, frozenset())


def in_idioms(doc) -> frozenset[int]:
    """The tokens inside a fixed phrase where a value word has another sense (a courtesy
    formula, a phone queue, opening hours, a price: `senses.idioms`), read once per Doc
    (one slot, as `features.read_once`: the Doc being analysed)."""
    global _idioms_of
    owner, found = _idioms_of
    if owner is not doc:
        language = "fr" if doc.lang_ == "fr" else "en"
        inside: set[int] = set()
        for m in _idioms(language).finditer(features.doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
        found = frozenset(inside)
        _idioms_of = (doc, found)
    return found
