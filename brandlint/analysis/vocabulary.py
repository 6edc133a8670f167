"""The profile's words, analysed once per run by the same pipeline as the drafts.

Rules match drafts against these lemma sequences; they never call spaCy themselves.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from brandlint.analysis import lexicons, values
from brandlint.analysis.inflect import plural_forms
from brandlint.profile import BUILTIN_SERVICES, Profile

Term = tuple[tuple[str, str], ...]  # ((lemma, lowercase form), …)


@dataclass(frozen=True)
class ProfileVocabulary:
    language: str
    idea_core: frozenset[str]
    idea_phrases: dict[str, Term]
    idea_related: frozenset[str]
    idea_statement: frozenset[str]
    avoid: frozenset[str]
    avoid_cues: frozenset[str]
    forbid: dict[str, Term]
    prefer: dict[str, tuple[Term, str]]
    services: dict[str, tuple[Term, ...]]
    substantiated: tuple[str, ...]
    # idea words the statement says by refusing them ("without judgement"): negated in a
    # draft they carry the idea, affirmed they do not
    idea_privative: frozenset[str] = frozenset()
    # multi-word `avoid` entries ("happy hour", « blanchiment express »), matched as phrases
    avoid_phrases: dict[str, Term] = field(default_factory=dict)
    value_axes: tuple[str, ...] = ()  # the values the idea stands on (analysis/values.py)
    # (Gender, Number) of the head of each `prefer` key and value, for fixes that agree
    prefer_morph: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # the services the profile declares under its own names (`quote: {terms: [devis]}`)
    own_services: tuple[str, ...] = ()
    # the `forbid` and `prefer` entries that are one noun: an adjective or adverb that
    # shares their lemma is another word ("good", "best" are not "goods")
    noun_terms: frozenset[str] = frozenset()
    # the brand's name, lowercased, and the words that name it on their own (« Lanterne »
    # of « Cinéma Lanterne »): not its function words (« la », « à », "the", "of"),
    # which would make every article the brand
    brand_name: str = ""
    brand_words: frozenset[str] = frozenset()

    def names_brand(self, word: str) -> bool:
        """The word (lowercased) is the brand's name or a word that names it."""
        return word in self.brand_words or bool(word) and word == self.brand_name

    @functools.cached_property
    def own_service_words(self) -> dict[str, str]:
        """The content words of the profile's own services' terms (« cylindre » of
        « remplacement du cylindre », "order" of "online order"), each to its service;
        a word two of them share names neither."""
        owners: dict[str, set[str]] = {}
        for name in self.own_services:
            for term in self.services.get(name, ()):
                for lemma, lower in term:
                    for word in {lemma, lower}:
                        if len(word) > 3 and word.isalpha():
                            owners.setdefault(word, set()).add(name)
        return {word: next(iter(names)) for word, names in owners.items()
                if len(names) == 1}

    @functools.cached_property
    def own_service_partners(self) -> dict[str, tuple[frozenset[str], ...]]:
        """For each word of `own_service_words`, the other content words of each term of
        its service it belongs to ("technical" for "visit" of "technical visit"; an empty
        set where the word is a term on its own): the thing or kind that term pairs the
        word with."""
        stop = _stop_words(self.language)
        out: dict[str, list[frozenset[str]]] = {}
        for word, name in self.own_service_words.items():
            for term in self.services.get(name, ()):
                if not any(word in pair for pair in term):
                    continue
                out.setdefault(word, []).append(frozenset(
                    form for pair in term if word not in pair for form in pair
                    if form.isalpha() and form not in stop))
        return {word: tuple(partners) for word, partners in out.items()}

    @functools.cached_property
    def service_terms(self) -> dict[str, Term]:
        """Every service word as one term table ("delivery#3" -> term), in profile order."""
        return {f"{name}#{i}": term for name, terms in self.services.items()
                for i, term in enumerate(terms)}


def _done_forms(terms: list[str]) -> list[str]:
    """A profile's own service named by its act done: "re-heading" is said "your drum will be
    re-headed" (lemma *head*, where the term's noun reads *heading*), "reskinning" as
    "reskinned" — each term whose last word is an -ing noun, in its participle. The
    consonant doubled before -ing stays doubled ("shipping", "shipped")."""
    out = []
    for term in terms:
        head, _, last = term.rpartition(" ")
        stem = last[:-3]
        if last.endswith("ing") and len(stem) >= 4 and stem[-1] not in "aeiouy":
            done = f"{head} {stem}ed".strip()
            if done not in terms:
                out.append(done)
    return out


def build_vocabulary(profile: Profile, analyser) -> ProfileVocabulary:
    """Analyse the profile's words with the analyser's pipeline, once per run."""
    language = profile.language
    idea = profile.central_idea
    avoid_words = [a for a in idea.avoid if not a.startswith("@")]
    builtin_services = lexicons.load("services")[language]
    service_words: dict[str, list[str]] = {}
    for name, promise in profile.promises.items():
        words = list(promise.terms)
        if name in BUILTIN_SERVICES:
            words += builtin_services.get(name, [])
        elif language == "en":
            words += _done_forms(words)
        service_words[name] = words
    for name in BUILTIN_SERVICES:  # undeclared built-ins are still recognised
        service_words.setdefault(name, list(builtin_services.get(name, [])))
    declared_words = {w.lower() for words in service_words.values() for w in words}
    generic = []  # other services the brand may perform
    for w in lexicons.load("promises")["generic_services"][language]:
        if w.lower() in service_words:
            # the profile declares it under that very name (`installation: {terms: [pose]}`):
            # the word is one more term of the declared service, never a rival service
            # of the same name that would replace its terms
            service_words[w.lower()].append(w)
        elif w.lower() not in declared_words:
            generic.append(w)
    everything = (idea.lexicon + idea.related + [idea.statement] + avoid_words
                  + profile.terms.forbid + list(profile.terms.prefer)
                  + [w for words in service_words.values() for w in words] + generic)
    analysed = analyser.lemmatise_terms(everything)
    # the words the brand flags (off-idea, banned, replaced) are matched as written and in
    # their inflections, never through a lemma the model guessed for the bare word: the
    # avoided « remise » (discount) is not « remis » (handed over), the banned
    # "processed" not "our process"
    flagged = analysed.copy()
    for word in analyser.misread_verbs(avoid_words + profile.terms.forbid
                                       + list(profile.terms.prefer)):
        flagged[word] = tuple((lower, lower) for _lemma, lower in analysed[word])

    def lemmas(words: list[str], readings=analysed) -> frozenset[str]:
        """Single-word entries; multi-word ones are matched as phrases."""
        out: set[str] = set()
        for w in words:
            term = readings.get(w, ())
            if len(term) == 1:
                out.update(term[0])
        return frozenset(out)

    core = _expand_families(lemmas(idea.lexicon), language)
    said = analyser.content_lemmas(idea.statement, negated=False)
    privative = analyser.content_lemmas(idea.statement) - said  # "without judgement"
    statement = said - core
    avoid = _expand_families(lemmas(avoid_words, flagged), language) - core
    lexicon_words = frozenset(w.lower() for w in idea.lexicon) | core
    return ProfileVocabulary(
        language=language,
        idea_core=core,
        idea_phrases={w: analysed[w] for w in idea.lexicon + idea.related
                      if len(analysed.get(w, ())) > 1},
        idea_related=_expand_families(lemmas(idea.related), language) - core,
        idea_statement=statement,
        avoid=avoid,
        avoid_cues=frozenset(a[1:] for a in idea.avoid if a.startswith("@")),
        avoid_phrases={w: analysed[w] for w in avoid_words if len(analysed.get(w, ())) > 1},
        forbid={t: flagged[t] for t in profile.terms.forbid if flagged.get(t)},
        prefer={t: (flagged[t], r) for t, r in profile.terms.prefer.items() if flagged.get(t)},
        services={**{name: tuple(analysed[w] for w in words if analysed.get(w))
                     for name, words in service_words.items()},
                  # "-ing" service nouns match as written: "wrapping", not "wrapped"
                  **{w: (_form_only(w) if w.lower().endswith("ing") else analysed[w],)
                     for w in generic if analysed.get(w)}},
        substantiated=tuple(s.lower() for s in profile.substantiated),
        idea_privative=privative,
        value_axes=values.active_axes(language, lexicon_words, idea.statement,
                                      " ".join(idea.lexicon),
                                      avoid | {a.lower() for a in avoid_words}),
        own_services=tuple(name for name in profile.promises if name not in BUILTIN_SERVICES),
        prefer_morph=analyser.head_morph([*profile.terms.prefer,
                                          *profile.terms.prefer.values()]),
        noun_terms=analyser.noun_words([*profile.terms.forbid, *profile.terms.prefer]),
        brand_name=profile.brand.lower(),
        brand_words=frozenset(w for w in profile.brand.lower().split()
                              if len(w) > 2 and not analyser.nlp.vocab[w].is_stop),
    )


def _form_only(word: str) -> Term:
    return tuple(("\0", part) for part in word.lower().split())


def _expand_families(lemmas: frozenset[str], language: str) -> frozenset[str]:
    """Add every member of a word family one of `lemmas` belongs to."""
    out = set(lemmas)
    for family in lexicons.load("families")[language]:
        members = set(family)
        if members & lemmas:
            out |= members
    return frozenset(out)


def term_plurals(term: Term, language: str) -> tuple[frozenset[str], ...]:
    """The plurals each word of `term` may be written in, whatever lemma the model gives
    them (« vitraux » is « vitral » to the small French model, « voile » of « voile
    standard » read alone is « voil »): in French every content word of the phrase, noun
    and adjective agreeing (« voiles standards », « faux vitraux »); in English the last,
    the head ("standard sails"); never a function word (« de » is not « des »)."""
    stop = _stop_words(language)
    last = len(term) - 1
    return tuple(frozenset() if lower in stop or (language != "fr" and offset != last)
                 else plural_forms(lower, language)
                 for offset, (_lemma, lower) in enumerate(term))


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    import spacy

    return frozenset(spacy.util.get_lang_class(language).Defaults.stop_words)


def match_term(forms: list[tuple[str, str]], term: Term, start: int,
               plurals: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether `term` matches at `start` (on lemma or on form) the Doc's (lowercased
    lemma, lowercased form) pairs (`features.forms`); `plurals` (`term_plurals`) are the
    written plurals each of its words may take."""
    if start + len(term) > len(forms):
        return False
    last = len(term) - 1
    for offset, (lemma, lower) in enumerate(term):
        token_lemma, token_lower = forms[start + offset]
        if token_lemma != lemma and token_lower != lower and not (
                offset == last and token_lower == lower + "s") and not (
                plurals and token_lower in plurals[offset]):
            # (the term's last word in its plural -s, whatever lemma the model gives it:
            # "hippies" is "hippy" to the small English model, "hippie" to the profile)
            return False
    return True
