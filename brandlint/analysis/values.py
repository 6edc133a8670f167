"""Value axes: what a brand's central idea stands for, and copy that argues the opposite.

A central idea is built on a value (durability, simplicity, peace of mind, taking
one's time…). Copy can work against it without a single word of the profile's
`avoid` list: a fashion brand that stands for keeping clothes writes « portez-les une
fois et passez au look suivant »; an insurer that stands for peace of mind sells with
burglars and flames. `lexicons/values.yaml` holds, per value, the words that carry it
and the words of its opposite; the profile's idea picks the values it stands on, and
the analysis reads the opposite's cues that the brand affirms in its own voice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from brandlint.analysis import claim_scope, features, idea_acts, lexicons

WEAK = 0.5  # a "~" cue: argues the opposite only in company


@dataclass(frozen=True)
class Axis:
    name: str
    label: str
    idea_words: frozenset[str]
    idea_phrases: tuple[str, ...]
    against_words: dict[str, float]
    against_phrases: re.Pattern | None
    weak_phrases: re.Pattern | None = None  # "~" phrases: half weight, only in company
    # figures that argue the opposite only beside a harm in their sentence (a frequency:
    # "every 90 seconds" sells fear of burglaries, not of "1 account every 18 minutes")
    figures: re.Pattern | None = None
    harms: frozenset[str] = frozenset()
    # nouns that show the value rather than name it (the living world for nature: "the
    # swifts at dusk"); they never make the axis active and argue nothing against
    evokes: frozenset[str] = frozenset()
    evoking_phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Opposition:
    """The opposite of the brand's values, affirmed by the brand in a draft."""

    mass: float = 0.0
    tokens: tuple = field(default=(), compare=False)
    labels: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the axes, for words in another language than the draft's
    words: tuple[str, ...] = ()  # the words of each cue, as written (a phrase whole)
    covered: frozenset[int] = frozenset()  # token indices inside the cues' phrases
    # a full cue of the opposite pole written as a phrase ("strong smell", « sans qu'aucun
    # échange »): it says its stance by itself, where a single word ("rush", « peur »)
    # depends on its sense (the September rush, the customer's fear); not weak cues in
    # company, not the idea's own words turned down
    full_phrase: bool = False


def label(name: str, language: str) -> str:
    """What the value axis `name` stands for, in words for people of `language`."""
    return lexicons.load("values")["axes"][name]["label"][language]


@functools.cache
def axes(language: str) -> tuple[Axis, ...]:
    out = []
    for name, spec in lexicons.load("values")["axes"].items():
        idea = [w.lower() for w in spec["idea"][language]]
        words: dict[str, float] = {}
        phrases: list[str] = []
        weak: list[str] = []
        for entry in spec["against"][language]:
            weight = WEAK if entry.startswith("~") else 1.0
            entry = entry.lstrip("~")
            # a hyphenated word is split by the tokenizer ("mass-produced"): a phrase
            if entry.startswith("re:") or any(c in entry for c in " '’-"):
                (weak if weight < 1.0 else phrases).append(
                    entry if entry.startswith("re:") else entry.lower())
            else:
                words[entry.lower()] = weight
        figures = spec.get("figures", {}).get(language, [])
        out.append(Axis(
            name, spec["label"][language],
            frozenset(w for w in idea if " " not in w and "'" not in w),
            tuple(w for w in idea if " " in w or "'" in w),
            words, lexicons.phrase_pattern(phrases) if phrases else None,
            lexicons.phrase_pattern(weak) if weak else None,
            lexicons.phrase_pattern(figures) if figures else None,
            frozenset(w.lower() for w in spec.get("harms", {}).get(language, [])),
            *_evocations(spec.get("evokes", {}).get(language, []))))
    return tuple(out)


def _evocations(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    # a hyphenated word is a phrase: the tokenizer splits some (« grands-parents ») and
    # keeps others whole (« petits-enfants »)
    words = [w.lower() for w in entries]
    return (frozenset(w for w in words if " " not in w),
            tuple(w for w in words if " " in w or "-" in w))


def active_axes(language: str, idea_words: frozenset[str], statement: str,
                lexicon_text: str, avoid: frozenset[str]) -> tuple[str, ...]:
    """The values the profile's idea stands on: an axis whose idea pole shares a word
    with the lexicon (word families included), or two with the statement; or whose
    opposite pole shares a word with `avoid`. A word of two senses (`other_senses`)
    counts only when the idea's other words do not point to its other sense."""
    statement, lexicon_text = statement.lower(), lexicon_text.lower()
    company = idea_words | _words(statement) | _words(lexicon_text)
    other = {w for w, markers in lexicons.load("values")["other_senses"][language].items()
             if company & set(markers)}  # « clarté » beside « lumière »: the light
    active = []
    for axis in axes(language):
        in_lexicon = len(axis.idea_words & idea_words - other) + sum(
            p in lexicon_text for p in axis.idea_phrases)
        in_statement = len(axis.idea_words & _words(statement) - other) + sum(
            p in statement for p in axis.idea_phrases)
        if in_lexicon or in_statement >= 2 or avoid & set(axis.against_words):
            active.append(axis.name)
    return tuple(active)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w-]+", text.lower()))


def read_opposition(analysis) -> Opposition:
    """Cues of the opposite of the brand's values that the brand itself affirms: not a
    quoted or reported customer, not negated or dismissed (« fini le jetable », "no
    more paperwork" argue for the idea), not a word the profile's idea uses itself."""
    vocab = analysis.vocabulary
    names = set(vocab.value_axes)
    if not names:
        return Opposition()
    doc = analysis.doc
    own = vocab.idea_core | vocab.idea_statement
    rejected = {t.i for t in analysis.idea.rejected_tokens}  # counted by the idea score
    taken: set[int] = set(rejected)
    seen: set[str] = set()  # a cue counts once: a repeated word is not a second argument
    mass, tokens, labels = 0.0, [], []
    written: dict[int, str] = {}
    covered: set[int] = set()
    matched: list[Axis] = []
    found_by_axis: list[tuple[Axis, float, bool, list]] = []
    full_phrase = False
    for axis in axes(vocab.language):
        if axis.name not in names:
            continue
        found, full, first = 0.0, False, len(tokens)
        for pattern, weight in ((axis.against_phrases, 1.0), (axis.weak_phrases, WEAK),
                                (axis.figures, 1.0)):
            if pattern is None:
                continue
            for m in pattern.finditer(features.doc_text(doc)):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or taken & set(range(span.start, span.end)):
                    continue
                head = span[0]
                if not _brand_affirms(analysis, head, phrase=True):
                    continue
                if pattern is axis.figures and not _names_a_harm(analysis, axis, head):
                    continue  # "1 account every 18 minutes": a rate, not a threat
                if axis.harms and remedied(analysis, head):
                    continue
                taken.update(range(span.start, span.end))
                covered.update(range(span.start, span.end))
                key = m.group(0).lower()
                found += 0.0 if key in seen else weight
                full = full or weight >= 1.0
                full_phrase = full_phrase or weight >= 1.0
                seen.add(key)
                tokens.append(head)
                written[head.i] = m.group(0)
        for token in features.tokens(doc):
            if token.i in taken or not token.is_alpha:
                continue
            lemma, lower = token.lemma_.lower(), token.lower_
            if (lemma in axis.idea_words or lower in axis.idea_words) and token.i not in rejected \
                    and not idea_acts.other_sense(token) and not _a_name(token):
                # the value itself, turned down by the brand: « pourquoi garder… »,
                # "no time for polishing", « oubliez la chaleur d'une maison »
                if _brand_rejects(analysis, token):
                    taken.add(token.i)
                    found += 0.0 if lemma in seen else 1.0
                    full = True
                    # dismissed by a clause ("Why talk to anyone?", « Inutile de
                    # parler… »): a phrase that says its stance, not a word's sense
                    full_phrase = full_phrase or token.i in analysis.dismissed_tokens
                    seen.add(lemma)
                    tokens.append(token)
                continue
            weight = axis.against_words.get(lemma) or axis.against_words.get(lower)
            if not weight or lemma in own or lower in own:
                continue
            if idea_acts.kept_to_oneself(token):
                continue  # "a fully private history": privacy, not the happy few
            if axis.harms and remedied(analysis, token):
                continue  # "if you become a victim…, we assign you an advisor"
            if not _brand_affirms(analysis, token, phrase=False):
                continue
            taken.add(token.i)
            found += 0.0 if lemma in seen else weight
            full = full or weight >= 1.0
            seen.add(lemma)
            tokens.append(token)
        if found:
            found_by_axis.append((axis, found, full, tokens[first:]))
    # a weak cue argues only in company ("settings", « rapide » alone argue nothing): of a
    # full cue of any value, or of another weak cue of its own
    any_full = any(full for _axis, _found, full, _tokens in found_by_axis)
    tokens = []
    for axis, found, full, axis_tokens in found_by_axis:
        if not (full or any_full or found >= 1.0):
            continue
        mass += found
        labels.append(axis.label)
        matched.append(axis)
        tokens.extend(axis_tokens)
    tokens.sort(key=lambda t: t.i)
    return Opposition(round(mass, 2), tuple(tokens), tuple(labels),
                      tuple(a.name for a in matched),
                      tuple(written.get(t.i, t.text) for t in tokens), frozenset(covered),
                      full_phrase and bool(matched))


def _names_a_harm(analysis, axis: Axis, token) -> bool:
    """The sentence of a figure names what recurs as a harm: a full cue of the axis
    (« un cambriolage toutes les 90 secondes ») or one of its `harms` ("a home is
    burgled")."""
    start, end = features.line_bounds(analysis.doc, token.i)
    text = " " + features.span_text(analysis.doc, start, end).lower() + " "
    for t in features.tokens(analysis.doc)[start:end]:
        lemma, lower = t.lemma_.lower(), t.lower_
        if lower in axis.harms or lemma in axis.harms or (
                axis.against_words.get(lower) or axis.against_words.get(lemma) or 0) >= 1.0:
            return True
    return any(" " in h and f" {h} " in text for h in axis.harms)


def _a_name(token) -> bool:
    """The word is part of a name ("No Open Food Facts account is required", "Privacy
    Pro"): nobody turns a value down by naming the brand or a plan without it."""
    from brandlint.analysis.idea import in_a_title_name

    return in_a_title_name(token)


def _brand_rejects(analysis, token) -> bool:
    """The brand turns the word down in its own voice, as the idea score reads rejected
    idea words (a quoted word is never the brand's voice: the frame says so)."""
    from brandlint.analysis.idea import brand_rejects, turned_down

    return turned_down(analysis, token) and brand_rejects(analysis, token)


def _brand_affirms(analysis, token, phrase: bool) -> bool:
    frame = analysis.frame(token)
    if not frame.brand_voice or analysis.is_quoted(token):
        return False
    if _asked(token) and token.lower_ not in _RHETORICAL and not _suggested(token):
        # the reader's situation put as a hook ("Working alone with nobody to talk to?"):
        # what the brand answers says where it stands, not the question; a cue that is
        # itself a rhetorical question ("Why settle for…?") or a question that suggests
        # it ("Time for something new?", « Et si c'était le moment de changer ? ») is the
        # brand's own claim
        return False
    if warded_off(token) or set_aside(token):
        return False
    if idea_acts.cautioned(analysis, token) or idea_acts.reported_view(analysis, token) or \
            idea_acts.fit_caveat(analysis, token) or \
            claim_scope.dated_deadline(analysis, token):
        return False  # « Ne faites pas cela. Cela mettra vos utilisateurs en danger »
    if phrase:
        # the phrase carries its own negation (« pas de surprise », "no one to talk
        # to"): only a dismissal or negation before it turns it round
        return token.i not in analysis.dismissed_tokens and not negated_before(token)
    return (not analysis.is_rejected(token) and not analysis.is_negated(token)
            and not negated_before(token))


_RHETORICAL = frozenset({"why", "pourquoi"})
_CLAUSE_ENDS = frozenset({".", "!", "\n", "?"})
_CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–"})


@functools.cache
def _suggestions(language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("values")["suggestions"][language])


def _suggested(token) -> bool:
    """The question the word belongs to puts a suggestion, not the reader's situation:
    it opens (since the last sentence end) on « et si », « pourquoi ne pas », "why not",
    "time for", "how about"."""
    doc = token.doc
    language = "fr" if doc.lang_ == "fr" else "en"
    start = token.i
    words = features.tokens(doc)
    while start > 0:
        text = words[start - 1].text
        if text.strip() in _CLAUSE_ENDS or "\n" in text:
            break
        start -= 1
    opening = features.span_text(doc, start, min(token.i + 3, len(doc)))
    return bool(_suggestions(language).search(opening))


def _asked(token) -> bool:
    """The word belongs to a question put to the reader: its clause runs to a question
    mark with no break on the way ("Working alone with nobody to talk to?"); a brag
    tagged on after a comma (« tout le canal en temps record, qui dit mieux ? ») is
    still the brand's statement."""
    for t in features.tokens(token.doc)[token.i + 1:]:
        text = t.text.strip() or ("\n" if "\n" in t.text else "")
        if text in _CLAUSE_BREAKS:
            return False
        if text in _CLAUSE_ENDS or "\n" in t.text:
            return text == "?"
    return False


@functools.cache
def _remedies(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["remedies"]
    return frozenset(spec["conditions"][language]), frozenset(spec["sufferers"][language])


def remedied(analysis, token) -> bool:
    """The danger is the condition of the brand's remedy: the cue stands in a clause
    opened by « si », "if" that hangs on a main clause in the brand's voice, neither a
    question nor negated, whose subject is not the reader ("If you become a victim of
    identity theft, Iris will assign you an advisor", « Si vous êtes victime d'un vol,
    notre équipe vous attribue un conseiller »). "If a burglar gets in, you lose
    everything" and "If a burglar breaks in tonight, will you be ready?" sell the fear."""
    conditions, sufferers = _remedies("fr" if token.doc.lang_ == "fr" else "en")
    clause, steps = token, 0
    while not any(c.dep_ == "mark" and c.lower_ in conditions for c in clause.children):
        if clause.head is clause or steps >= 4:
            return False
        clause, steps = clause.head, steps + 1
    main = clause.head
    if clause.dep_ != "advcl" or main is clause or main.pos_ not in ("VERB", "AUX"):
        return False
    frame = analysis.frame(main)
    if frame.act == "question" or frame.polarity == "negated" or not frame.brand_voice:
        return False
    return not any(c.dep_.startswith("nsubj") and c.lower_ in sufferers
                   for c in main.children)


@functools.cache
def _set_aside(language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("values")["set_aside"][language])


def set_aside(token) -> bool:
    """The cue stands in a clause that names what the brand does not do, set against
    what it does: it opens on « plutôt que », « au lieu de », "rather than", "instead of"
    since the last break ("your case manager guides you, rather than contacting them on
    your behalf")."""
    doc = token.doc
    language = "fr" if doc.lang_ == "fr" else "en"
    opens = token.i
    for t in reversed(features.tokens(doc)[max(0, token.i - 12):token.i]):
        if t.text in _CLAUSE_BREAKS or t.text in _CLAUSE_ENDS or "\n" in t.text:
            break
        opens = t.i
    return bool(_set_aside(language).search(features.span_text(doc, opens, token.i)))


@functools.cache
def _wards(language: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = lexicons.load("values")["wards"]
    return frozenset(spec["before"][language]), frozenset(spec["verbs"][language])


@functools.cache
def _ward_phrases(language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("values")["wards"]["phrases"][language])


def warded_off(token) -> bool:
    """The cue names what the brand guards against, not what it argues for:
    "burglar-proof", « anti-effraction », "safe against break-ins", « résiste à une
    tentative d'effraction »: a ward just before it, "-proof" just after it, or a verb of
    warding off that governs it."""
    doc = token.doc
    language = "fr" if doc.lang_ == "fr" else "en"
    before_words, verbs = _wards(language)
    after = [t.lower_ for t in features.tokens(doc)[token.i + 1:token.i + 3]]
    if after[:2] in (["-", "proof"], ["-", "resistant"]) or after[:1] in (["-proof"], ["proof"]):
        return True
    before = features.tokens(doc)[max(0, token.i - 3):token.i]
    if any(t.lower_ in before_words or t.lower_.startswith("anti-") for t in before):
        return True
    head, steps = token, 0
    while head.head is not head and steps < 4:
        head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "ADJ") and head.lemma_.lower() in verbs:
            return True
        if head.pos_ == "VERB":
            break  # the nearest verb is not a ward: it says the cue
    # where the small model misparses the verb (« résiste » read as an adjective), the
    # clause before the cue: a form of a warding verb since the last break
    stems = _ward_stems(language)
    opens = token.i
    for t in reversed(features.tokens(doc)[max(0, token.i - 12):token.i]):
        if t.text in _CLAUSE_BREAKS or t.text in _CLAUSE_ENDS:
            break
        opens = t.i
        word = t.lower_.replace("è", "é")
        if t.lemma_.lower() in verbs or any(word.startswith(stem) for stem in stems):
            return True
    # a phrase of bearing it for the reader (« prend en charge vos frais de résiliation »)
    return bool(_ward_phrases(language).search(features.span_text(doc, opens, token.i)))


@functools.cache
def _ward_stems(language: str) -> tuple[str, ...]:
    """French warding verbs by their stem (« résist- », « protég- »), 5 letters or more."""
    if language != "fr":
        return ()
    _before, verbs = _wards(language)
    return tuple(v[:-2].replace("è", "é") for v in verbs
                 if v.endswith(("er", "ir", "re")) and len(v) - 2 >= 5)


_NEGATORS = frozenset({"pas", "jamais", "plus", "ni", "sans", "rien", "aucun", "aucune",
                       "zéro", "fini", "finis", "finie", "finies", "not", "never", "no",
                       "n't", "without", "nor", "nothing", "zero", "less"})


def negated_before(token) -> bool:
    doc = token.doc
    return any(t.lower_ in _NEGATORS for t in features.tokens(doc)[max(0, token.i - 2):token.i])
