"""The utterance frame: who says what to whom, about what, when, and what the clause does.

A copy editor does not flag the word *jamais*; they flag the brand promising that its
service will never fail. Before a rule judges a word, it asks the frame of the word's
clause (see ../shared/FRAME.md):

- `speaker`: brand (the draft's own voice) | customer (quoted or reported) ;
- `holder`: brand | service | product | customer | third_party | generic ;
- `topic`: service | product | policy | composition | mechanism (how a part of the product
  works: "the panel always switches to its backup battery") | story | courtesy | belief |
  advice | customer_act (what the reader does: order, book, send) | definition (a thing
  given its name: "the most widely used benchmark is called Speedometer") ;
- `time`: past | present | future | continuative (« toujours » = still) | habitual ;
- `modality`: firm | hedged | conditional | aim (a purpose clause: « pour rendre… », "to
  ensure…") | counterfactual (« nous n'aurions jamais pensé ») ; `polarity`: affirmed | negated ;
- `act`: promise | notice | apology | thanks | greeting | blame | doubt | deflection |
  advice | question | invitation | statement. *blame* is the customer as the agent of a
  fault (« vous auriez dû », "you failed to follow", « votre erreur », the terms "you
  agreed to" held against them, « désolés que vous ayez mal compris »); *doubt* treats
  the customer's account as a claim (« vous prétendez », "allegedly"); *deflection* is
  an apology for the customer's perception ("sorry you feel that way"); the brand's own
  past obligation (« nous aurions dû ») owns the fault and is an *apology*. `cue` is the
  token that made the act, so that a rule can tell whether those words are the brand's.

Clauses are the punctuation- and conjunction-bounded windows of `features.clause_bounds`
(the small models misplace sentence boundaries on copy); inside a clause the parse gives
the predicate, its subject, tense, mood and person. A clause with no subject of its own
takes the holder of the clause before it on the same line ("Nos briques ne cassent
jamais et sont garanties à vie"). Frames are computed lazily, once per clause.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from brandlint.analysis import claims, features, lexicons, values
from brandlint.analysis.features import children as kids
from brandlint.analysis.features import clause_bounds, line_bounds, verbless_description

BRAND_SIDE = frozenset({"brand", "service", "product"})
# a thing in the third person: the brand's offer ("product"), or the world the copy talks
# about ("world"); the overpromise rules tell them apart, the rest reads both alike
THINGS = frozenset({"product", "world"})
# the law named as what makes the brand act ("by law we always check ID", « de par la
# loi », « la loi nous oblige à »)
_BY_LAW = re.compile(r"(?<![\w'’])(?:by law|required by law|as the law requires|the law "
                     r"requires|de par la loi|la loi (?:nous )?(?:oblige|impose)|comme l'exige "
                     r"la loi|comme l’exige la loi|obligation légale)(?![\w'’])", re.I)
# billing verbs among the policy verbs: when and what the brand charges is its own rule
_BILLING = frozenset({"charge", "bill", "debit", "facturer", "prélever", "débiter"})
# the words that range a complement over occasions or conditions (« du premier lancer au
# dernier », "from the first throw to the last", « à chaque fois », "every time", « quel
# que soit le vent », "whatever the weather")
_OCCASIONS = frozenset({"chaque", "quel", "quelle", "quels", "quelles", "every", "each",
                        "whatever", "whichever"})
_FIRSTS = frozenset({"premier", "première", "premiers", "premières", "first"})
_LASTS = frozenset({"dernier", "dernière", "derniers", "dernières", "last"})
NOT_CLAIMS = frozenset({"policy", "composition", "mechanism", "story", "courtesy", "belief",
                        "values", "advice", "definition", "law"})
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")
NEGATION_CUES = frozenset({"pas", "not", "n't", "n’t", "point", "guère"})
# the conjunctions that make a clause a condition (« si », "if", "unless")
# Determiners that quantify the noun of an absolute phrase ("no questions asked")
_QUANTIFIERS = frozenset({"no", "all", "every", "aucun", "aucune", "tous", "toutes"})
CONDITION_MARKS = frozenset({"si", "s'", "s’", "if", "unless", "provided"})


# the word of `policy_objects` that stands for the reader's data found in other words
_DATA_WORD = {"fr": "données", "en": "data"}
_NEGATION_INSIDE = re.compile(r"\b(?:ne|n['’]|pas|not|\w+n['’]t)\b", re.I)


def _passive(verb) -> bool:
    """A verb in the passive voice: its subject underwent the act."""
    return "Pass" in features.morph(verb).get("Voice") or any(
        c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in kids(verb))


def evidential(predicate, subject) -> bool:
    """An impersonal verb of appearance that introduces what the speaker finds: "it
    looks like…", "it seems (that)…", "it appears…", « il semble que… », « il paraît
    que… » — the subject is the empty *it* / *il* and a clause or "like" follows. The
    frame reads it as a statement; a reply reads it as no next step."""
    if subject is None or subject.lower_ not in ("it", "il"):
        return False
    if predicate.lemma_.lower() not in ("look", "seem", "appear", "sound", "sembler",
                                        "paraître", "paraitre"):
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "advcl", "prep", "mark") or c.lower_ in (
        "like", "as", "que", "qu'", "qu’") for c in predicate.children)


def _relative_subject(predicate) -> bool:
    """The clause's subject is a relative pronoun ("the budget section, which is always
    visible", « … qui est toujours visible »): it stands for the thing named before it."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("which", "that", "qui")
               for c in kids(predicate))
SATISFACTION = frozenset({
    "satisfait", "satisfaite", "satisfaits", "déçu", "déçue", "déçus", "ravi", "ravie", "ravis",
    "content", "contente", "satisfied", "disappointed", "happy", "delighted", "remboursé",
    "remboursée", "refunded", "served", "servi", "livré", "livrée", "delivered", "covered",
    "couvert", "couverte", "protégé", "protégée", "protected", "charged", "facturé",
    # the reader's things safe in the brand's care: "your belongings are risk-free",
    # « vos affaires sont en sécurité »
    "safe", "secure", "insured", "sécurité", "abri", "assuré", "assurée", "assurés"})


# A delay in an aside (« (livraison en 24 h) », "(ships within 2 days)"): the service's,
# whatever the time of the clause around it (`FrameReader._told_around`).
_ASIDE_DELAY = re.compile(r"\d+\s*(?:h|heures?|min|minutes?|jours?|j|semaines?|mois|hours?|"
                          r"days?|weeks?|months?)\b", re.I)


@dataclass(frozen=True)
class Frame:
    start: int  # token range of the clause
    end: int
    speaker: str
    holder: str
    topic: str
    time: str
    modality: str  # firm | hedged | conditional | aim (a purpose clause) | counterfactual
    polarity: str
    act: str
    predicate: int = -1  # token index of the clause's predicate
    cue: int = -1  # token index of the word that made the act (blame, doubt, apology)
    # what a scenario supposes: an *if* clause whose consequence is in the conditional
    # mood ("if … the issue is resolved 5 minutes later, we would have to…")
    supposed: bool = False

    @property
    def brand_voice(self) -> bool:
        return self.speaker == "brand"

    @property
    def commits_brand(self) -> bool:
        """The brand, in its own voice, commits its service or product to something
        that has yet to be kept: what the overpromise rules judge."""
        if not self.brand_voice or self.topic in NOT_CLAIMS:
            return False
        if self.act in ("question", "advice", "notice", "thanks", "greeting", "apology"):
            return False
        if self.time in ("past", "continuative") or self.modality == "counterfactual":
            return False  # « nous n'aurions jamais pensé »: what did not happen
        if self.holder == "third_party" and self.time != "future" and not (
                self.time in ("habitual", "present") and self.act == "promise"):
            return False  # others and the world in general: "Rats never really sleep";
            # « les publicités ne reviendront jamais » foretells the brand's result
        if self.holder == "world":
            # "the sea never forgives", "the name server never replies": how the world
            # goes; what will become of it may still be the brand's result
            return self.time == "future"
        if self.holder in ("customer", "third_party"):
            # "vous serez toujours remboursé", "Never break down again"
            return self.act in ("promise", "invitation")
        return True

    @property
    def binds_service(self) -> bool:
        """A delay or opening hours the brand's service is held to: not a notice of a
        booked event, a question, the customer's story, a policy or a past report."""
        return (self.brand_voice and self.act not in ("notice", "question")
                and self.topic not in ("story", "policy", "customer_act")
                and self.time != "past" and not self.supposed)


_FR_COMPARATIVES = frozenset({"plus", "moins", "aussi", "autant", "mieux", "pire", "meilleur",
                              "meilleurs", "meilleure", "meilleures"})


def _machine_made(token, language: str) -> bool:
    from brandlint.analysis.promises import machine_made  # (promises reads the frame)

    return machine_made(token, language)


class _DatedLine(NamedTuple):
    """A text line of the draft and the entry of a dated history it may hold."""
    first: int  # its first character
    entry_end: int  # the end of the sentence its date leads (the line's end if none)
    line_end: int
    dated: bool  # led by a year, or a month and a year, and a colon or a dash
    past: bool  # … a year before this one


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


# the clitics that may stand before an infinitive (« vous donner », « s'y rendre »)
_INFINITIVE_CLITICS = frozenset({"me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "le",
                                 "la", "l'", "l’", "les", "lui", "leur", "nous", "vous", "y",
                                 "en", "it", "them", "you", "us"})


@functools.cache
def _message_parties(language: str) -> frozenset[str]:
    """The words that put a party of the message in a clause: the reader's pronouns and
    possessives, the brand's (« vous », "your", « nous », "our")."""
    return _words("holders", "customer_pronouns", language) | _words(
        "holders", "customer_possessives", language) | _words(
        "holders", "brand_pronouns", language) | claims.POSSESSIVES_OWN


@functools.cache
def _words(section: str, key: str, language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("frame")[section][key][language])


@functools.cache
def _system_nouns(language: str) -> frozenset[str]:
    """The nouns of a system documented on a technical page (tone lexicon,
    `technical.system_nouns`): "certificate", « serveur »."""
    return frozenset(str(w).lower() for w in lexicons.load("tone")["technical"]["system_nouns"][
        language])


@functools.cache
def _binding_stems(language: str) -> tuple[str, ...]:
    """The stems of the long binding verbs (« imposer » → « impos »), which a misparsed
    form still starts with."""
    return tuple(sorted(v[:-2] for v in _words("topics", "binding_verbs", language)
                        if v.endswith(("er", "ir", "re")) and len(v) > 6))


def words(section: str, key: str, language: str) -> frozenset[str]:
    """A word list of the frame's lexicon (lowercased), for rules that ask the same
    question as the frame ("is this a person?")."""
    return _words(section, key, language)


@functools.cache
def courtesy_word(token, language: str) -> bool:
    """A predicate of courtesy or empathy, alone or with the preposition the lexicon gives
    it (« nous tenons à », not « elle tient des décennies »)."""
    courtesy = _words("topics", "courtesy_predicates", language)
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma not in _words("topics", "courtesy_nouns", language):
        return False  # "unbeatable value", "skin care": a thing named, not a courtesy
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return lemma in courtesy or token.lower_ in courtesy or f"{lemma} {following}" in courtesy


@functools.cache
def _phrases(section: str, key: str, language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("frame")[section][key][language])


def _future_form(predicate) -> bool:
    """The verb itself is in the future (« reviendront », "will come back"), whatever
    habit an absolute adds to the clause's time."""
    if "Fut" in features.morph(predicate).get("Tense") or any(
            c.lower_ in ("will", "'ll", "’ll", "shall") for c in kids(predicate)
            if c.dep_.startswith("aux")):
        return True
    # the small French model reads some futures as presents (« reviendront »): the
    # third-person endings of the future, which no present shares
    return predicate.pos_ in ("VERB", "AUX") and len(predicate.text) > 5 and \
        predicate.lower_.endswith(("ront", "rai", "ra")) and \
        "Past" not in features.morph(predicate).get("Tense")


_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


def _lemma_future(token) -> bool:
    """A French verb written as its lemma's future (« apparaîtra » of *apparaître*,
    « versera » of *verser*), which the small model sometimes tags as a simple past: the
    infinitive (without the final *e* of *-re*) and a future ending. No simple past shares
    it (« versa », « apparut »)."""
    if token.lang_ != "fr" or token.pos_ not in ("VERB", "AUX"):
        return False
    lemma, form = token.lemma_.lower(), token.lower_
    if lemma.endswith("re"):
        stem = lemma[:-1]
    elif lemma.endswith(("er", "ir")):
        stem = lemma
    else:
        return False
    return len(stem) > 3 and form.startswith(stem) and form[len(stem):] in _FUTURE_ENDINGS


def _verb_of(token, verbs: frozenset[str], language: str) -> bool:
    """The token is one of `verbs` by its lemma, or, where the small model lemmatises a
    mistagged word badly (« empêche » → « empêche »), by its French -er stem."""
    lemma = token.lemma_.lower()
    if lemma in verbs or token.lower_ in verbs:
        return True
    if language != "fr" or not token.is_alpha or token.pos_ in ("DET", "ADP", "PRON"):
        return False
    return _by_er_stem(token.lower_, verbs)


@functools.lru_cache(maxsize=65536)
def _by_er_stem(lower: str, verbs: frozenset[str]) -> bool:
    """`lower` (unaccented) starts with the stem of one of the -er `verbs` and is at most
    three letters longer (asked of most words of every clause: answered once a form)."""
    form = _unaccent(lower)
    return any(form.startswith(stem) and len(form) - size <= 3
               for stem, size in _er_stems(verbs))


@functools.lru_cache(maxsize=256)
def _er_stems(verbs: frozenset[str]) -> tuple[tuple[str, int], ...]:
    return tuple((_unaccent(v[:-2]), len(v)) for v in verbs
                 if v.endswith("er") and len(v) > 5)


def _named_in(token, words: frozenset[str]) -> bool:
    """The token, as written or by its lemma (lowercased), is one of `words`."""
    return token.lower_ in words or token.lemma_.lower() in words


def _unaccent(word: str) -> str:
    return word.translate(_ACCENTS)


_ACCENTS = str.maketrans("éèêëàâîïôûùç", "eeeeaaiiouuc")


# The subject of a relative or complement clause is not its host clause's subject:
# "never reuse a box that still has an old label", "let a sourdough loaf cool".
_EMBEDDED = frozenset({"relcl", "acl:relcl", "acl", "ccomp"})
# "with every part explained", « avec chaque pièce expliquée »: a noun and its participle
# after a preposition the small model takes for a subordinator, no clause
_ABSOLUTE_MARKS = frozenset({"with", "without", "avec", "sans"})
# the dependencies of an adverbial of time or manner on its verb
_ADVERBIAL_DETERMINERS = frozenset({"chaque", "each", "every", "tous", "toutes", "all"})
_ADVERBIAL_DEPS = frozenset({"obl", "obl:mod", "obl:tmod", "advmod", "npadvmod", "nmod:tmod",
                             "prep"})


class FrameReader:
    """Frames of one analysed document, computed on demand and kept."""

    def __init__(self, analysis):
        self.analysis = analysis
        self.doc = analysis.doc
        self.tokens = features.tokens(self.doc)  # self.tokens[i] is self.doc[i], made once
        self.language = analysis.language
        self._cache: dict[tuple[int, int], Frame] = {}
        # every clause read once per depth: a clause asks the one before for its holder
        # and its act, and that one the one before it (a thread of « > » quote marks made
        # that exponential in the depth, about a minute for one reply)
        self._read_cache: dict[tuple[int, int, int], Frame] = {}
        self._paragraph_token: dict[int, int] = {}

    def at(self, index: int) -> Frame:
        start, end = clause_bounds(self.doc, index, self.language)
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = self._read(start, end, depth=0)
        return self._cache[key]

    def offer_ranked_first(self, index: int) -> bool:
        """The word at `index` ranks first what the brand, or a product of its own, IS
        (« le nouveau Firefox est le meilleur moyen de naviguer », "our app is the best
        way to…"): said of its offer, a claim — not the reader's best way (advice)."""
        frame = self.at(index)
        predicate = self.tokens[frame.predicate]
        subject = self._subject(predicate, frame.start, frame.end)
        return self._offer_ranked_as_the_way(predicate, subject) and \
            not any(w.i == index for w in subject.subtree)

    def in_purpose(self, index: int) -> bool:
        """The word at `index` stands in a purpose complement hung on another verb ("We
        give you direct access to our engineers *to ensure you get the best answer*",
        « … *afin que chaque fiche soit la plus lisible* »): what the brand sets out to
        achieve, even when the clause reading it opens on the main verb."""
        line_start, line_end = line_bounds(self.doc, index)
        for verb in self.tokens[index].ancestors:
            if not line_start <= verb.i < line_end:
                break  # the parse runs a list's lines together: the purpose of another
                # line ("Data Request app to allow users to…") is not this one's
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in (
                    "advcl", "xcomp", "acl", "ccomp", "advcl:cleft"):
                continue
            tokens = [t for t in verb.subtree if not (t.is_space or t.is_punct)]
            if tokens and line_start <= tokens[0].i < verb.i and self._purpose(tokens):
                return True
        return False

    # -- the clause ------------------------------------------------------------------
    def _read(self, start: int, end: int, depth: int) -> Frame:
        key = (start, end, depth)
        if key not in self._read_cache:
            self._read_cache[key] = self._read_clause(start, end, depth)
        return self._read_cache[key]

    def _read_clause(self, start: int, end: int, depth: int) -> Frame:
        tokens = [t for t in self.tokens[start:end] if not (t.is_space or t.is_punct)]
        if not tokens:
            tokens = list(self.tokens[start:end])
        rest = self._after_consequence_opener(tokens)
        # (rt40a) the words after the opener are the clause: a word there hung on the
        # opener's copula is their root (« C'est la raison pour laquelle nous n'effectuons
        # jamais… », the verb tagged a noun), and the opener's « c' » no subject of theirs
        own_start = rest[0].i if rest and rest is not tokens else start
        predicate = self._predicate(rest, own_start, end)
        own_subject = self._subject(predicate, own_start, end)
        subject = own_subject if own_subject is not None else self._conjunct_subject(
            predicate, start, end)
        # « Par précaution, ne restez jamais… », "For your safety, never leave…": an order
        # after a fronted adverbial is still an order — it opens the rest of the clause
        order = self._after_fronted_adverbial(tokens, start, end)
        imperative = subject is None and (self._imperative(predicate, order) or self._next_order(
            predicate, order, start, depth)) or self._order_opens(order, subject) or \
            self._prohibition_opens(order, subject)
        holder = self._holder(subject, imperative, start, end, depth)
        # a finite past needs a subject of its own: the small models tag a bare participle
        # after « et » / "and" a past ("packed and dispatched within 48 hours")
        time = self._time(predicate, own_subject, tokens)
        if self._verbless(start, end) and depth < 3 and not (
                time == "continuative" and self._fronted_still(tokens[0])):
            time = self._time_of_modified(tokens, start, end, depth) or time
            if self._told_around(start, end, depth):
                time = "past"  # « … a pu récupérer une carte (toujours une Intel) : »: an
                # aside in a tale is told in the tale's time
        act, cue = self._act(predicate, subject, holder, time, imperative, tokens, start,
                             end)
        if act == "statement" and subject is None and self._verbless(start, end):
            # "Try a Velora for 30 days, risk-free": the elliptical phrase goes on with
            # the act of the clause before it
            act = self._previous_act(start, depth) or act
            if act == "invitation" and self._order_continued(tokens, start):
                act = "advice"  # « roulez sur les pistes, jamais sur les trottoirs »: the
                # absolute bends the order before it
        if act in ("statement", "promise") and own_subject is None and \
                self._under_an_order(predicate):
            # « assurez-vous de vous informer…, et d'utiliser un analyseur sans risque »,
            # "make sure to use a parser that never…": the infinitive is what the reader
            # is told to do, the order goes on
            holder, act = "customer", "advice"
        topic = self._topic(predicate, holder, time, act, tokens, start, end)
        tail = self._noun_coordination_tail(predicate, subject, start, end, depth)
        if tail is not None:
            # "you're welcome back for cuddles and meadow zoomies any time", « nous vous
            # offrons un café et un biscuit » : the « and » joined two nouns, not two
            # clauses — the second noun reads with the clause of the first
            holder, topic, time, act = tail.holder, tail.topic, tail.time, tail.act
        answered = self._answered_question(start, end)
        if answered is not None:
            # « Non. Jamais. » under « Est-ce que vous revendez mes données ? »: the
            # answer is the question's clause, said with the answer's absolute
            root, q_start, q_end = answered
            holder = self._holder(self._subject(root, q_start, q_end), False, q_start, q_end,
                                  depth + 1)
            topic = self._topic(root, holder, time, act, [*self.tokens[q_start:q_end], *tokens],
                                q_start, q_end)
        return Frame(start, end, self._speaker(tokens), holder, topic, time,
                     self._modality(predicate, tokens), self._polarity(predicate, tokens), act,
                     predicate.i, cue, self._supposed(predicate, tokens))

    def _answered_question(self, start: int, end: int):
        """The clause is a short answer (« Non. Jamais. », "No. Never.", "Always.") right
        under a question on the line before: the question's predicate and token range,
        else None."""
        answers = _words("acts", "answer_words", self.language)
        words = [t for t in self.tokens[start:end] if not (t.is_punct or t.is_space)]
        if not words or any(t.lower_ not in answers for t in words):
            return None
        i = start - 1
        while i >= 0 and (self.tokens[i].is_space or self.tokens[i].lower_ in answers
                          or self.tokens[i].text in (".", ",", "!", "…")):
            if "\n" in self.tokens[i].text and self.tokens[i].text.count("\n") > 1:
                return None  # a blank line between: no answer to that question
            i -= 1
        if i < 0 or self.tokens[i].text != "?":
            return None
        q_start = i
        while q_start > 0 and "\n" not in self.tokens[q_start - 1].text and \
                self.tokens[q_start - 1].text not in (".", "!", "?"):
            q_start -= 1
        verbs = [t for t in self.tokens[q_start:i] if t.pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        root = next((t for t in verbs if t.dep_ == "ROOT"), verbs[0])
        return root, q_start, i

    def _after_consequence_opener(self, tokens) -> list:
        """The clause's words after a consequence opening it (« C'est pourquoi », "That's
        why"), whose copula predicates nothing: "That's why we are the fastest way to…" is
        the brand's claim; all of them when none opens it, or when no verb follows."""
        if not tokens:
            return tokens
        text = self.doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        found = _phrases("acts", "consequence_openers", self.language).match(text)
        if found is None:
            return tokens
        rest = [t for t in tokens if t.idx >= tokens[0].idx + found.end()]
        return rest if any(t.pos_ in ("VERB", "AUX") or self._has_pronoun_subject(t)
                           for t in rest) else tokens

    @staticmethod
    def _has_pronoun_subject(token) -> bool:
        """A word with a personal pronoun for subject is a finite verb, whatever its tag:
        the small French model tags unknown forms as nouns (« nous n'effectuons »)."""
        return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.i < token.i
                   for c in kids(token))

    def _predicate(self, tokens, start: int, end: int):
        """The clause's own root: the word whose head lies outside the clause, a verb
        preferred among several (copy's headlines often have none)."""
        heads = features.head_indices(self.doc)
        roots = [t for t in tokens if not start <= heads[t.i] < end or heads[t.i] == t.i]
        for t in roots:
            if t.pos_ in ("VERB", "AUX", "ADJ"):
                main = self._before_an_absolute_phrase(t, start)
                return main if main is not None else t
        # « Par précaution, ne restez jamais… »: a fronted phrase with its preposition is
        # an adverbial, not the clause's predicate, when the parse offers another root
        clausal = [t for t in roots if not (t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" and c.i < t.i for c in kids(t)))]
        if clausal and len(clausal) < len(roots):
            return clausal[0]
        if roots and (roots[0].pos_ == "ADV" or self._is_negation_particle(roots[0])):
            # « Jamais nous n'enregistrons… »: the small model may root a fronted adverb,
            # or the elided « n' », over the verb; neither predicates when a verb stands
            # by — the word after « ne / n' » is one, whatever its tag (past clitics)
            verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")
                         and not self._is_negation_particle(t)), None) or next(
                (t for t in tokens if t.i > 0 and self._is_negation_particle(
                    self.tokens[t.i - 1]) and t.is_alpha and t.pos_ != "PRON"), None)
            if verb is not None:
                return verb
        if roots:
            return roots[0]
        return next((t for t in tokens if t.pos_ in ("VERB", "AUX")), tokens[0])

    def _before_an_absolute_phrase(self, participle, start: int):
        """"We will refund you within 24 hours, no questions asked", "delivered Friday,
        all taxes included": the parse roots the sentence on the participle of the phrase
        after the comma; the clause's predicate is the verb before it."""
        if any(c.dep_.startswith("aux") for c in kids(participle)):
            return None
        comma = next((i for i in range(participle.i - 1, start - 1, -1)
                      if self.tokens[i].text == ","), None)
        if comma is None:
            return None
        if "Part" not in features.morph(participle).get("VerbForm"):
            # the small model tags "asked" a finite past: the phrase is still absolute when
            # its noun, after the comma, is quantified ("no questions", "all taxes")
            if "Past" not in features.morph(participle).get("Tense") or not any(
                    c.dep_ in SUBJECT_DEPS and c.i > comma and any(
                        d.dep_ == "det" and d.lower_ in _QUANTIFIERS for d in kids(c))
                    for c in kids(participle)):
                return None
        return next((c for c in kids(participle)
                     if c.dep_ in ("ccomp", "advcl", "parataxis", "conj") and start <= c.i < comma
                     and c.pos_ in ("VERB", "AUX")), None)

    def _is_negation_particle(self, token) -> bool:
        return token.lower_ in _words("holders", "negation_particles", self.language)

    @staticmethod
    def _predicate_words(predicate) -> list:
        """The predicate with its auxiliaries, copula and complements ('are happy',
        'sommes ravis')."""
        return [predicate, *(c for c in kids(predicate) if c.dep_.startswith("aux")
                             or c.dep_ in ("cop", "acomp", "attr", "xcomp", "oprd"))]

    def _subject(self, predicate, start: int, end: int):
        if self.language == "fr" and "Inf" in features.morph(predicate).get("VerbForm"):
            # a French infinitive has no subject of its own (the small model makes
            # « rien » one in « sans jamais rien y changer »): the verb it hangs on has
            controller = self._controller(predicate)
            if controller is not None:
                return controller
        heads = [predicate]
        if predicate.dep_ in ("xcomp", "conj", "ccomp", "advcl") and \
                start <= predicate.head.i < end:
            heads.append(predicate.head)
        for head in heads:
            for child in kids(head):
                if child.dep_ in SUBJECT_DEPS and start <= child.i < end and \
                        not self._no_subject(child):
                    return child
        shared = self._coordinated_subject(predicate, start, end)
        if shared is not None:
            return shared
        if predicate.pos_ == "PRON" and predicate.i == heads[0].i and predicate.i == start \
                and self._is_anaphor(predicate):
            return predicate  # « Ils vendangent… »: the small model missed the verb it
            # does not know and rooted the clause on its subject pronoun
        # copula clauses hang the subject on the predicate noun or adjective; not the
        # subject of a subordinate clause (« … si le bruit revient »)
        for t in self.tokens[start:end]:
            if t.dep_ in SUBJECT_DEPS and not self._no_subject(t) and \
                    start <= t.head.i < end and not any(
                    c.dep_ == "mark" for c in kids(t.head)) and \
                    t.head.dep_ not in _EMBEDDED:
                return t
        return self._subject_cut_off(predicate, start, end)

    def _subject_cut_off(self, predicate, start: int, end: int):
        """"## Why dive with us / The sea is never the same": the small model parses a
        heading and the line under it as one sentence and hangs the line's first noun on
        a word of the heading. A noun opening the clause, before its finite verb, whose
        head lies on a line above, is the verb's subject."""
        if predicate.pos_ not in ("VERB", "AUX") or \
                "Fin" not in features.morph(predicate).get("VerbForm"):
            return None
        line_start, _ = line_bounds(self.doc, predicate.i)
        for t in self.tokens[max(start, line_start):predicate.i]:
            if t.pos_ in ("NOUN", "PROPN") and t.head.i < line_start and \
                    "\n" in self.doc.text[t.head.idx:t.idx]:
                return t
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                return None  # (only the noun phrase that opens the line)
        return None

    @staticmethod
    def _coordinated_subject(predicate, start: int, end: int):
        """« Marc et Sylvie Peyraud ont repris le domaine », "Anna and her team answer":
        the conjunction cuts the clause inside a coordinated subject; the conjunct on
        this side of it, whose head is the predicate's subject before the clause, is
        this clause's subject too."""
        for child in kids(predicate):
            if child.dep_ in SUBJECT_DEPS and child.i < start:
                for conjunct in kids(child):
                    if conjunct.dep_ == "conj" and start <= conjunct.i < end and \
                            conjunct.i < predicate.i:
                        return conjunct
        return None

    _CLITIC_PERSON = {"nous": "1", "vous": "2"}

    def _no_subject(self, token) -> bool:
        """A word the parser made a subject that cannot be one: a negation particle (the
        small French model tags the elided « n’ » of « n’entrez jamais… » a pronoun), or
        a French clitic « nous » / « vous » before a finite verb of another person — the
        verb's object (« et vous rappelons sous 24 h », « et vous le renvoyons en 48 h »:
        *we* call *you* back, object clitics between them or not)."""
        if token.lower_ in _words("holders", "negation_particles", self.language):
            return True
        person = self._CLITIC_PERSON.get(token.lower_) if self.language == "fr" else None
        if person is None:
            return False
        verb = token.head
        verb_person = features.morph(verb).get("Person")
        clitics = _words("holders", "object_clitics", self.language)
        between = self.tokens[token.i + 1:verb.i] if verb.i > token.i else None
        if between is None or len(between) > 2 or not all(
                t.lower_ in clitics for t in between):
            return False
        if between and not verb.lower_.endswith(self._OTHER_PERSON_ENDING[token.lower_]):
            return False  # (past object clitics, the verb's own ending must say the other
            # person: the small model tags « vous y indiquerez » a first person)
        return verb.pos_ in ("VERB", "AUX") and "Fin" in features.morph(verb).get(
            "VerbForm") and bool(verb_person) and person not in verb_person

    # the ending of a verb whose subject is the other person than the clitic's
    _OTHER_PERSON_ENDING = {"vous": ("ons",), "nous": ("ez",)}

    def _conjunct_subject(self, predicate, start: int, end: int):
        """A verb coordinated with one before its clause, with no subject of its own,
        shares that verb's subject: "We appreciate your patience and assure you that…",
        « Nous avons bien reçu votre dossier et vous rappelons sous 24 h » — the brand
        assures and calls back, nobody is told to. "Sign in and choose a slot" has no
        subject to share: still an order. Within the line: a list's items do not share
        their subjects."""
        first = self._first_conjunct(predicate)
        if first is None or start <= first.i < end or \
                first.i < line_bounds(self.doc, predicate.i)[0]:
            return None  # not another item of a list, on a line of its own
        nearest = self._nearest_conjunct_subject(predicate, start, first)
        if nearest is not None:
            return nearest
        return next((c for c in kids(first) if c.dep_ in SUBJECT_DEPS
                     and not self._no_subject(c)), None)

    def _nearest_conjunct_subject(self, predicate, start: int, first):
        """"Send us the file and we'll print and apply the labels": the series opens on an
        order, but the verb right before this one has a subject of its own (*we*), and
        this one goes on with it — the nearest subject up the series, not the first
        verb's lack of one, is whose act it is (« Déposez vos bocaux et nous les lavons
        et vous les rendons »)."""
        node, steps = predicate, 0
        while node.dep_ == "conj" and node.head.i != node.i and steps < 4 and node is not first:
            node, steps = node.head, steps + 1
            if start <= node.i or node.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in kids(node) if c.dep_ in SUBJECT_DEPS
                            and not self._no_subject(c)), None)
            if subject is not None:
                return subject
        return None

    def _first_conjunct(self, predicate):
        """The first verb of the series a subjectless conjunct belongs to ("does not
        endorse or guarantee": *endorse*), or None."""
        if predicate.dep_ != "conj" or predicate.head.i == predicate.i or \
                predicate.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ in SUBJECT_DEPS and not self._no_subject(c)
                    for c in kids(predicate)):
            return None
        node, steps = predicate, 0
        while node.dep_ == "conj" and node.head.i != node.i and steps < 4:
            node, steps = node.head, steps + 1
            if self._mistagged_item(node):
                node = node.head  # "we back up, clear out and optimise": "clear" tagged
                # an adjective hung on the verb before the comma is that list's item
        if node.pos_ in ("NOUN", "ADJ", "PROPN") and any(c.dep_ == "cop" for c in kids(node)):
            return node  # « nos produits sont d'une fraîcheur parfaite et ne connaissent
            # jamais… »: the first verb is a copula, its clause rooted on the noun
        return node if node.pos_ in ("VERB", "AUX") else None

    def _mistagged_item(self, token) -> bool:
        """A middle item of a list of acts the tagger read as an adjective or noun hung
        on the verb before it, right after a comma ("back up, clear out and …")."""
        return token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("advcl", "conj", "dep") and \
            token.head.pos_ in ("VERB", "AUX") and token.head.i < token.i and \
            token.i > 0 and self.tokens[token.i - 1].text == "," and \
            any(c.dep_ in ("cc", "conj") or c.dep_ == "prt" for c in kids(token))

    def _shared_auxiliaries(self, predicate) -> list:
        """The auxiliaries a bare conjunct shares with the verb it is coordinated with
        ("we will call you back and refund the order": *will* refund; « nous avons reçu
        votre colis et remboursé la commande »); none when it has its own, nor for a
        conjugated form, which carries its own tense (« a été expédié et arrive demain »,
        "has shipped and arrives tomorrow")."""
        form = features.morph(predicate).get("VerbForm")
        bare = ("Part" in form or "Inf" in form) if self.language == "fr" else \
            predicate.tag_ in ("VB", "VBP", "VBN", "VBD", "VBG")
        if not bare or any(c.dep_.startswith("aux") for c in kids(predicate)):
            return []
        first = self._first_conjunct(predicate)
        return [] if first is None else [c for c in kids(first) if c.dep_.startswith("aux")]

    @staticmethod
    def _controller(predicate):
        """An infinitive or gerund with no subject of its own takes the subject of the
        verb it hangs on: « Nos clients occupent le même box, sans jamais rien y
        changer » — the clients change nothing; "we pack twice to always protect it"."""
        form = features.morph(predicate).get("VerbForm")
        if predicate.pos_ not in ("VERB", "AUX") or not ("Inf" in form or "Ger" in form or
                                                           predicate.tag_ == "VBG"):
            return None
        if predicate.head.i == predicate.i and any(c.dep_ == "mark" for c in kids(predicate)):
            # the small model leaves « sans jamais rien y changer » a sentence of its own:
            # the subject closest before it on its line
            start = line_bounds(predicate.doc, predicate.i)[0]
            return next((t for t in reversed(predicate.doc[start:predicate.i])
                         if t.dep_ in SUBJECT_DEPS and t.head.i != predicate.i
                         and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if predicate.dep_ not in ("xcomp", "advcl", "acl", "obl", "obl:arg", "ccomp",
                                  "pcomp", "prep", "conj") or predicate.head.i == predicate.i:
            return None
        head = predicate.head
        if head.pos_ == "ADP":  # "without ever changing": the preposition's verb
            head = head.head
        return next((c for c in kids(head) if c.dep_ in SUBJECT_DEPS), None)

    def _after_fronted_adverbial(self, tokens, start: int, end: int) -> list:
        """The clause's words after a fronted phrase led by a preposition and closed by a
        comma (« Par précaution, », « Pour votre sécurité, », "For your safety,"), or all of
        them when it opens otherwise."""
        if len(tokens) < 3 or tokens[0].pos_ != "ADP":
            return tokens
        for t in self.tokens[start:min(end, start + 6)]:
            if t.text == ",":
                rest = [w for w in tokens if w.i > t.i]
                return rest or tokens
            if t.pos_ in ("VERB", "AUX") or t.lower_ in ("ne", "n'", "n’", "never"):
                break
        return tokens

    def _imperative(self, predicate, tokens) -> bool:
        """A verb addressed to the reader with no subject: "Pop it in the bag", « Ne
        mets jamais ton pull au sèche-linge », « Passez nous voir »."""
        lead = [t for t in tokens if any(c.isalnum() for c in t.text)][:2]
        if lead and lead[0].lower_ in ("never", "don't", "do", "ne", "n'", "n’") and \
                lead[0].i + 1 < len(self.doc) and (
                    self.tokens[lead[0].i + 1].pos_ != "PRON"
                    or self._vous_form(self.tokens[lead[0].i + 1])) \
                and not self._described_by_participle(self.tokens[lead[0].i + 1]):
            return True  # a prohibition opening its clause (a list item's too): "Never
            # tumble-dry linen", "• never use a pressure washer"
        first = tokens[0].lower_
        if self.language == "fr" and first.endswith("ez") and len(first) >= 6 and \
                first != "assez" and tokens[0].pos_ != "PROPN" and tokens[0].is_alpha:
            return True  # « Débranchez toujours… » (the small model tags it a preposition)
        if predicate.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
            return False
        if "Imp" in features.morph(predicate).get("Mood"):
            return True
        if self.language == "en":
            helpers = [c for c in kids(predicate) if c.dep_ in ("aux", "auxpass")]
            after_to = predicate.i and self.tokens[predicate.i - 1].lower_ == "to"
            if predicate.pos_ == "NOUN":
                return self._softened_bare_noun(predicate, tokens)
            if predicate.tag_ == "VB" and self._a_state(predicate):
                return False  # "Open 7 days a week": the place's state, nobody ordered
            if predicate.tag_ == "VB":
                return not helpers and not after_to
            # "Wear it this weekend, swap it next week": the tagger reads the second
            # imperative of a series as a present tense; with no subject, opening its
            # clause, it is still an order to the reader
            # ("Immediately reply to notifications", "Easily share a folder": a feature
            # list's line opening on an adverb of the verb is an order too)
            return predicate.tag_ == "VBP" and not helpers and all(
                t.lower_ in ("and", "then", "just", "simply", "now", "so", "or")
                or self._manner_of(t, predicate) for t in tokens if t.i < predicate.i)
        # the small French model tags many imperatives as nouns or participles
        if "2" in features.morph(predicate).get("Person"):
            return True
        opens = tokens[0].i == predicate.i or all(
            t.lower_ in ("ne", "n'", "n’", "jamais", "toujours", "et", "puis")
            for t in tokens if t.i < predicate.i)
        if predicate.lower_.endswith(("ez", "ons")) and predicate.lower_ != "nous":
            return opens and not self._shares_a_subject(predicate)
        opens = (tokens[0].i == predicate.i or all(
            t.lower_ in ("ne", "n'", "n’", "jamais", "toujours") for t in tokens
            if t.i < predicate.i)) and not (  # not after « et »: « …, et arrive en 48 h »
            tokens[0].i > 0 and self.tokens[tokens[0].i - 1].pos_ == "CCONJ")
        # a finite verb opening its clause with no subject is an order in French
        # (« tombe en boule », « échauffe-toi »): the model reads a *tu* imperative as a
        # present tense or a noun
        form = features.morph(predicate).get("VerbForm")
        return opens and predicate.pos_ == "VERB" and "Inf" not in form and "Part" not in form \
            and predicate.is_alpha and predicate.lower_.endswith(("e", "s", "x", "ds"))

    def _vous_form(self, token) -> bool:
        """A French verb in its *vous* form the small model tagged a pronoun after « n' »
        (« N'utilisez jamais… »): its ending tells it, not a pronoun (« ne vous… »)."""
        return self.language == "fr" and token.is_alpha and len(token.text) >= 5 and \
            token.lower_.endswith("ez")

    def _softened_bare_noun(self, predicate, tokens) -> bool:
        """"If it doesn't suit, just reply and we'll…", "Simply call us": the small English
        model tags a bare verb after the softeners of an order (*just*, *simply*,
        *please*) as a noun. A singular clause head with no determiner, adjective or
        subject, whose sentence has only those softeners before it (after a leading
        clause it governs: "If…, just reply"), is the order they soften — "just a reply
        away" keeps its article, "No fuss, just results" its list, and stay nouns."""
        if predicate.tag_ != "NN" or any(
                c.dep_ in ("det", "poss", "amod", "compound", "nummod") or
                c.dep_ in SUBJECT_DEPS for c in kids(predicate)):
            return False  # "no fuss, just results": a plural or a noun phrase stays one
        softeners = ("just", "simply", "please", "kindly")
        words = [t for t in self.tokens[predicate.sent.start:predicate.i]
                 if t.dep_ != "punct" and not self._in_leading_clause(t, predicate)]
        return bool(words) and all(t.lower_ in softeners and t.head.i == predicate.i
                                   for t in words)

    @staticmethod
    def _in_leading_clause(token, predicate) -> bool:
        """The token belongs to a clause the predicate governs ("If that time doesn't
        work, …")."""
        node = token
        for _ in range(8):
            if node.i == predicate.i or node.head.i == node.i:
                return False
            if node.head.i == predicate.i:
                return node.dep_ == "advcl"
            node = node.head
        return False

    @staticmethod
    def _manner_of(token, predicate) -> bool:
        """An adverb of the verb itself ("immediately", "easily"), not a negation nor a
        word that could be its subject."""
        return token.tag_ == "RB" and token.dep_ == "advmod" and token.head.i == predicate.i \
            and token.lower_ not in ("not", "n't", "never")

    def _under_an_order(self, predicate) -> bool:
        """An infinitive that a verb addressed to the reader governs, through coordinated
        infinitives (« assurez-vous de vous informer…, et d'utiliser… », "make sure to
        back up and to never share…"): part of that order."""
        form = features.morph(predicate).get("VerbForm")
        if predicate.pos_ not in ("VERB", "AUX") or not (
                "Inf" in form or self.language == "en" and predicate.tag_ == "VB"
                and predicate.i > 0 and self.tokens[predicate.i - 1].lower_ == "to"):
            return False
        node = predicate
        for _ in range(4):
            if node.head.i == node.i or node.dep_ not in (
                    "conj", "xcomp", "ccomp", "obl", "obl:arg", "advcl", "acl", "prep", "pcomp"):
                return False
            node = node.head
            ez = self.language == "fr" and node.lower_.endswith("ez") and node.is_alpha
            # the English model gives a bare imperative VerbForm=Inf too ("To upgrade
            # safely, always update first"): a bare verb, not after "to", is the order
            bare_en = self.language == "en" and node.tag_ == "VB" and not (
                node.i and self.tokens[node.i - 1].lower_ == "to")
            if node.pos_ not in ("VERB", "AUX") and not ez or \
                    "Inf" in features.morph(node).get("VerbForm") and not bare_en:
                continue  # (the small French model tags « Assurez » a proper noun)
            # "Our bench will re-camber the stick and return it": the parts of a hyphened
            # verb are one word, whose subject and auxiliary hang on its first part
            parts = [self._hyphen_start(node), node]
            if any(c.dep_ in SUBJECT_DEPS and not self._no_subject(c)
                   and not c.text.startswith("-") for part in parts for c in part.children):
                return False  # « nous vous conseillons de… »: someone's own verb (not the
                # clitic of « assurez-vous », which the small model makes a subject)
            return "Imp" in features.morph(node).get("Mood") or ez or (
                self.language == "en" and node.tag_ == "VB" and not any(
                    c.dep_ in ("aux", "auxpass") for part in parts for c in part.children))
        return False

    def _hyphen_start(self, token):
        """The first part of the hyphened word `token` ends ("re-camber": *re*), the
        token itself otherwise."""
        i = token.i
        while i >= 2 and features.hyphen_link(self.doc, i - 2) and self.tokens[i - 2].is_alpha:
            i -= 2
        return self.tokens[i]

    _AFTER_ORDER = frozenset({"toujours", "jamais", "les", "le", "la", "l'", "l’", "vos", "votre",
                              "bien", "-nous", "-le", "-la", "-les", "-vous", "tout", "un",
                              "une", "des", "ce", "cette", "ces"})

    def _described_by_participle(self, token) -> bool:
        """"Specialty coffee, always freshly ground, never stewed": a participle after
        *never* in a sentence with no subject at all describes the thing, it orders
        nothing (an order takes the bare verb)."""
        return token.tag_ in ("VBN", "VBD") and verbless_description(token.sent)

    def _a_state(self, predicate) -> bool:
        """"Open 7 days a week", "Open every evening until 8 pm": a verb that is also the
        state of a place, with no object, says how the place stands, not what to do
        ("Open an account in minutes" keeps its object and stays an order)."""
        if predicate.lemma_.lower() not in _words("acts", "states_not_orders", self.language):
            return False
        return not any(c.dep_ in ("dobj", "obj", "prt", "dative") for c in kids(predicate))

    def _order_opens(self, tokens, subject) -> bool:
        """« Astuce du jeudi 💡 Rangez toujours les pièces… »: a *vous* imperative opening
        its clause (or right after a headline's emoji), before whatever the parser took for
        a subject in a garbled parse, tagged a name for its capital."""
        if self.language != "fr":
            return False
        symbols = [i for i, t in enumerate(tokens[:6]) if not any(c.isalnum() for c in t.text)]
        first = symbols[-1] + 1 if symbols else 0
        if first + 1 >= len(tokens):
            return False
        opener, after = tokens[first], tokens[first + 1]
        return opener.is_alpha and len(opener.text) >= 6 and opener.lower_.endswith("ez") \
            and after.lower_ in self._AFTER_ORDER and (subject is None or subject.i > opener.i)

    def _prohibition_opens(self, tokens, subject) -> bool:
        """A list item or clause that opens on a prohibition (« • ne jamais percer le
        dormant », "• never use a pressure washer on the seals"), before whatever the
        parser took for its subject: an instruction to the reader."""
        lead = [t for t in tokens if any(c.isalnum() for c in t.text)][:3]
        if len(lead) < 2 or subject is not None and any(c.isalnum() for c in subject.text) \
                and line_bounds(self.doc, lead[0].i)[0] <= subject.i < lead[0].i:
            return False  # a subject of its own line before it (one on the headline
            # above, « Quelques gestes : », is the garbled parse of a list)
        first, second = lead[0].lower_, lead[1].lower_
        if first == "never" or first == "ne" and second == "jamais":
            verb = lead[1] if first == "never" else (lead[2] if len(lead) > 2 else None)
            return verb is not None and verb.pos_ in ("VERB", "AUX") and (
                verb.tag_ == "VB" or "Inf" in features.morph(verb).get("VerbForm"))
        return False

    def _order_continued(self, tokens, start: int) -> bool:
        """« roulez sur les pistes, jamais sur les trottoirs », "keep it dry, never in the
        sun": after a comma, an absolute and a complement like the order's own go on with
        it. Not a new phrase after a colon (« Imaginez votre château : satisfaction
        toujours garantie » is the brand's guarantee)."""
        absolutes = {"jamais", "never", "toujours", "always"}
        if not tokens or tokens[0].lower_ not in absolutes or start == 0 or \
                self.tokens[start - 1].text != ",":
            return False
        rest = tokens[1:]
        return bool(rest) and rest[0].pos_ == "ADP"

    def _next_order(self, predicate, tokens, start: int, depth: int) -> bool:
        """A verb opening its clause with no subject, after an order on the same line, is
        the next order of the series (« échauffe-toi, tombe en boule, et regarde toujours
        sous toi »): the small French model reads a *tu* imperative as a present tense."""
        form = features.morph(predicate).get("VerbForm")
        if predicate.pos_ != "VERB" or "Part" in form or "Inf" in form or "Ger" in form or \
                predicate.tag_ in ("VBG", "VBN", "VBD", "VBZ") or not all(
                t.lower_ in ("et", "puis", "and", "then", "ne", "n'", "n’", "jamais", "toujours",
                             "always", "never") for t in tokens if t.i < predicate.i):
            return False
        before = self._previous(start, depth, skip_conjunctions=True)
        return before is not None and before.holder == "customer" and before.act in (
            "invitation", "advice")

    @staticmethod
    def _shares_a_subject(predicate) -> bool:
        """« Nous sommes désolés et comprenons votre impatience »: a verb coordinated with
        a clause whose subject is « nous » or « vous » shares that subject; it is not an
        order to the reader (« et vérifiez » after « Ouvrez le colis » has none)."""
        node, steps = predicate, 0
        while node.dep_ == "conj" and node.head.i != node.i and steps < 4:
            node, steps = node.head, steps + 1
            if any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("nous", "vous", "on")
                   for c in kids(node)):
                return True
        # the small model often hangs the verb on a noun (« reçu votre colis et vérifions »):
        # « et » right before it, and « nous » subject earlier in the sentence
        before = [t for t in predicate.sent if t.i < predicate.i]
        return len(before) > 1 and before[-1].lower_ in ("et", "puis") and any(
            t.lower_ == "nous" and t.dep_ in SUBJECT_DEPS for t in before) and \
            predicate.lower_.endswith("ons")

    # -- slots -----------------------------------------------------------------------
    def _speaker(self, tokens) -> str:
        quoted = sum(1 for t in tokens if self.analysis.is_quoted(t))
        return "customer" if quoted * 2 > len(tokens) else "brand"

    def _holder(self, subject, imperative: bool, start: int, end: int, depth: int) -> str:
        if imperative:
            return "customer"  # the reader is told to do something
        if subject is None and self._describes(start, end):
            # "… avec Calidor, le leader français du chauffage": the noun it describes
            return self._classify(self._described(start, end))
        if subject is None or self._is_anaphor(subject) and not self._existential(subject):
            if subject is not None:
                start = self._past_fronted_adjunct(start)
            inherited = self._previous_holder(start, depth, subject)
            if inherited is None and (subject is not None or self._lone_adverb(start, end)):
                # a pronoun, or an adverb said alone after a sentence ("And power gets
                # abused. Always.", « Nos conseillers rappellent. Toujours. »): the
                # sentence before holds it
                inherited = self._antecedent_before(start, depth, subject)
            if inherited is not None:
                return inherited
            if subject is None:
                return self._holder_of_words(start, end)
            return "generic"  # "It's the best day of the year": nothing to refer back to
        topic = self._dislocated(subject)
        return self._classify(topic if topic is not None else subject)

    def _past_fronted_adjunct(self, start: int) -> int:
        """Where the pronoun's sentence starts when only a verbless phrase stands before
        its clause ("With their brilliant patterns and separation of concerns, they…",
        « Grâce à leurs motifs, ils… »): that phrase belongs to the pronoun's own
        sentence, so the antecedent is in the sentence before it, not in the phrase (rt43)."""
        first = self.tokens[start].sent.start
        opener = self.tokens[first]  # (« Grâce à » may be tagged a noun: its dep says "case")
        if first >= start or not (opener.pos_ == "ADP" or opener.dep_ == "case") or any(
                t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in self.tokens[first:start]):
            return start
        return first

    @staticmethod
    def _existential(subject) -> bool:
        """The « il » of « il y a (eu) »: a dummy subject that refers back to no one (« Il y a
        eu un problème de camionnette jeudi » is a fact of the world, not the agent's)."""
        return subject.dep_ == "expl:subj" and any(
            c.dep_.startswith("expl") and c.lower_ == "y" for c in kids(subject.head)) or \
            FrameReader._impersonal_il(subject)

    @staticmethod
    def _impersonal_il(subject) -> bool:
        """The « il » of an impersonal verb (« il manque deux équerres », « il faut »,
        « il reste »): a dummy subject, whatever the parse tags it — it takes up no one
        before it (« votre signalement : il manque… » is not the report missing) (se42)."""
        return subject.lower_ == "il" and subject.head.i > subject.i and \
            (subject.head.lemma_.lower() in _words("holders", "impersonal_verbs", "fr") or
             subject.head.lower_ in _words("holders", "impersonal_verbs", "fr"))

    def _dislocated(self, subject):
        """« Rayonnette, c'est l'atelier le plus fiable », "Velora, it's the lightest":
        the pronoun takes up the noun set before the comma, which holds the clause."""
        if subject.lower_ not in ("c'", "c’", "ce", "ça", "cela", "it") or subject.i < 2 or \
                self.tokens[subject.i - 1].text != ",":
            return None
        before = self.tokens[subject.i - 2]
        # the brand or what it owns (« notre atelier, c'est… »); « le vélo, c'est le plus
        # beau des sports » is about cycling, not about the brand
        return before if self._is_brand_name(before) or self._possessive(before) == "own" \
            else None

    def _describes(self, start: int, end: int) -> bool:
        """A noun phrase in apposition to a noun of the clause before."""
        return self._described(start, end) is not None

    def _described(self, start: int, end: int):
        if any(t.pos_ == "AUX" or t.dep_ in SUBJECT_DEPS for t in self.tokens[start:end]):
            return None
        line_start, _ = line_bounds(self.doc, start)
        for t in self.tokens[start:end]:
            # (a line of its own describes nothing above it: the parse hangs a headline on
            # the line before as an apposition — "60% off your first box\nBritain's…")
            if t.dep_ == "appos" and not start <= t.head.i < end and t.head.pos_ in (
                    "NOUN", "PROPN") and t.head.i >= line_start:
                return t.head
        # the parse often misses it: "Calidor, le leader français…" — a comma, then a
        # phrase opening with an article (the small models tag « leader » as a verb)
        articles = {"le", "la", "les", "l'", "l’", "un", "une", "the", "a", "an"}
        if start >= 2 and self.tokens[start - 1].text == "," and \
                self.tokens[start].lower_ in articles and (
                    self.tokens[start - 2].pos_ in ("NOUN", "PROPN")
                    or self._is_brand_name(self.tokens[start - 2])):
            return self.tokens[start - 2]
        return None

    def _is_anaphor(self, token) -> bool:
        return token.lower_ in _words("holders", "anaphors", self.language)

    def _previous(self, start: int, depth: int, skip_conjunctions: bool) -> Frame | None:
        """The frame of the clause before, on the same line."""
        line_start, _ = line_bounds(self.doc, start)
        i = start - 1
        while i >= line_start and (self.tokens[i].is_punct or self.tokens[i].is_space
                                   or skip_conjunctions and self.tokens[i].pos_ == "CCONJ"):
            i -= 1
        if i < line_start or depth > 3:
            return None
        before_start, before_end = clause_bounds(self.doc, i, self.language)
        return self._read(before_start, before_end, depth + 1)

    def _previous_holder(self, start: int, depth: int, pronoun=None) -> str | None:
        """The holder of the clause before (coordination, pronouns). A verbless phrase
        opening with a preposition (« …, à Rully. Ils vendangent… ») completes the
        clause before it: the holder is that clause's."""
        before = self._previous(start, depth, skip_conjunctions=True)
        if before is None:
            return None
        completed, ran_out = self._past_complement_tails(before, depth)
        return None if ran_out else self._taken_up(pronoun, completed)

    def _taken_up(self, pronoun, before: Frame) -> str:
        """What a third-person pronoun takes up in the clause before: its subject's
        holder, unless that subject cannot be the pronoun's antecedent — a first- or
        second-person pronoun (« nous », "you": the speaker and the reader are never
        « elle » or "it"), or in French a noun of the other gender (« Votre dossier est
        transmis à notre pharmacienne : elle vous enverra son avis »: « elle » is the
        pharmacist, not the file). Then the nearest noun before it in that clause that
        agrees holds the pronoun's clause ("you'll get the full £450 back. It will be
        paid within 30 days": the money, not the reader); with none, the subject's."""
        if pronoun is None or before.predicate < 0:
            return before.holder
        subject = self._subject(self.tokens[before.predicate], before.start, before.end)
        if subject is not None and self._plural_for_it(pronoun, subject) and before.holder in (
                "customer", "third_party"):
            return "generic"  # "Parents can relax: it's 100% safe": "it" is the outing
            # talked of, not the people of the clause before
        if subject is None or self._agrees(pronoun, subject):
            return before.holder
        for t in reversed(self.tokens[before.start:before.end]):
            # (an amount is a thing too: "you'll get the full £450 back. It will be paid…")
            if (t.pos_ in ("NOUN", "PROPN") or t.pos_ == "NUM" and t.dep_ in (
                    "obj", "dobj")) and t.i != subject.i and self._agrees(pronoun, t):
                return self._classify(t)
        return before.holder

    def _agrees(self, pronoun, noun) -> bool:
        """Whether `noun` can be the antecedent of the third-person `pronoun`."""
        persons = _words("holders", "brand_pronouns", self.language) | _words(
            "holders", "customer_pronouns", self.language)
        if noun.lower_ in persons:
            return False
        if self.language != "fr" or noun.pos_ not in ("NOUN", "PROPN"):
            return True
        wanted = features.morph(pronoun).get("Gender") or (
            ("Fem",) if pronoun.lower_.startswith("elle") else ("Masc",)
            if pronoun.lower_ in ("il", "ils") else ())
        found = features.morph(noun).get("Gender")
        return not (wanted and found) or bool(set(wanted) & set(found))

    def _plural_for_it(self, pronoun, noun) -> bool:
        """English "it" never takes up a plural noun ("Parents can relax: it's safe")."""
        return self.language == "en" and pronoun.lower_ == "it" and noun.tag_ in ("NNS", "NNPS")

    def _antecedent_before(self, start: int, depth: int, pronoun=None) -> str | None:
        """A pronoun opening a sentence refers to the subject of the sentence before it in
        the same paragraph (« Marc et Sylvie ont repris le domaine. Ils vendangent… »,
        "Our advisers are trained in-house. They call back…"), not across a blank line."""
        i = start - 1
        while i >= 0 and (self.tokens[i].is_punct or self.tokens[i].is_space):
            if "\n" in self.tokens[i].text or "\n" in self.tokens[i].whitespace_:
                return None
            i -= 1
        if i < 0 or depth > 2 or "\n" in self.tokens[i].whitespace_:
            return None
        before = self._read(*clause_bounds(self.doc, i, self.language), depth + 1)
        return self._taken_up(pronoun, self._past_complement_tails(before, depth)[0])

    def _past_complement_tails(self, before: Frame, depth: int) -> tuple[Frame, bool]:
        """`before`, or the clause a verbless prepositional tail completes (« …, à Rully »):
        the last clause reached, and whether a tail opened its line (none before it)."""
        while depth < 3 and self._complement_tail(before):
            depth += 1
            previous = self._previous(before.start, depth, skip_conjunctions=True)
            if previous is None:
                return before, True
            before = previous
        return before, False

    def _complement_tail(self, frame: Frame) -> bool:
        words = [t for t in self.tokens[frame.start:frame.end]
                 if not (t.is_punct or t.is_space)]
        return bool(words) and words[0].pos_ == "ADP" and not any(
            t.pos_ in ("VERB", "AUX") for t in words)

    def _noun_coordination_tail(self, predicate, subject, start: int, end: int,
                                depth: int) -> Frame | None:
        """The clause is no clause of its own but the second noun of a coordination
        whose first noun stands in the clause before, on the same line (« des câlins *et
        des balades* », "cuddles *and walks*"): the frame of that clause, else None."""
        if subject is not None or depth >= 3 or not self._verbless(start, end):
            return None
        if predicate.dep_ != "conj" or predicate.pos_ not in ("NOUN", "PROPN") or \
                predicate.head.pos_ not in ("NOUN", "PROPN") or predicate.head.i >= start:
            return None
        if predicate.lower_ in _words("acts", "apology", self.language) or \
                predicate.lemma_.lower() in _words("acts", "apology", self.language):
            return None  # « Merci pour votre message, et désolés pour le bruit »: the
            # small model tags « désolés » a noun — an apology of its own
        if line_bounds(self.doc, start)[0] > predicate.head.i:
            return None
        if not any(t.dep_ == "cc" for t in self.doc[predicate.head.i + 1:predicate.i]) or any(
                t.text in (".", "!", "?", "…") for t in self.doc[predicate.head.i:start]):
            return None  # no « et » / "and" joins them, or a sentence ended between them:
            # a parse's reach, no coordination (« Votre carte est active, désolés pour ce
            # moment » — an apology of its own)
        before = self._previous(start, depth, skip_conjunctions=True)
        if before is None or not before.start <= predicate.head.i < before.end:
            return None
        return before

    def _previous_act(self, start: int, depth: int) -> str | None:
        before = self._previous(start, depth, skip_conjunctions=False)
        return before.act if before is not None else None

    _BEFORE_GREETING = frozenset({"bien", "très", "tres", "et", "and", "so", "oh", "hi",
                                  "hello", "many", "warm", "kind", "with"})

    def _opens_with_greeting(self, start: int, tokens, text: str) -> bool:
        """A greeting or sign-off opens its clause (« Chère Madame », "Bien cordialement",
        "and have a nice day"); « la moins chère » or "the dearest" is no salutation."""
        m = _phrases("acts", "greeting", self.language).search(text)
        if m is None:
            return False
        offset = self.tokens[start].idx
        return all(t.lower_ in self._BEFORE_GREETING for t in tokens
                   if t.idx - offset < m.start())

    def _time_of_modified(self, tokens, start: int, end: int, depth: int) -> str | None:
        """A verbless adverbial cut off by commas before its verb (« et, chaque fois,
        nous avons noué des contacts », "Every time, we have learnt…") is read in the
        time of the clause it modifies: the verb the parse hangs it on, later on its
        line. None when the words hang on nothing after them."""
        _, line_end = line_bounds(self.doc, start)
        roots = [t for t in tokens if not start <= t.head.i < end]
        if len(roots) != 1:
            return None
        root = roots[0]
        head = root.head
        if not end <= head.i < line_end or head.pos_ not in ("VERB", "AUX") or \
                root.dep_ not in _ADVERBIAL_DEPS or not self._adverbial_form(root):
            return None
        if "Fin" not in features.morph(head).get("VerbForm") and not any(
                c.dep_.startswith("aux") for c in kids(head)) or any(
                c.dep_ == "mark" and c.lower_ in _ABSOLUTE_MARKS for c in kids(head)):
            return None  # "Within 2 hours of the visit, by email, with every part
            # explained": a participle, or a phrase in "with" the small model reads as a
            # clause, has no time of its own to give
        there = clause_bounds(self.doc, head.i, self.language)
        return self._read(there[0], there[1], depth + 1).time

    def _told_around(self, start: int, end: int, depth: int) -> bool:
        """The verbless clause is an aside in brackets (« (toujours une Intel 10Gb) »,
        "(still the same model)") inside a clause told in the past: it adds to what that
        clause tells and is read in its time."""
        if start == 0 or self.tokens[start - 1].text != "(" or end >= len(self.tokens) or \
                self.tokens[end].text != ")" and not (
                    end + 1 < len(self.tokens) and self.tokens[end + 1].text == ")"):
            return False
        outer = start - 2
        if outer < 0 or _ASIDE_DELAY.search(features.span_text(self.doc, start, end)):
            return False  # « (livraison en 24 h) »: a delay in an aside is the service's
        there = clause_bounds(self.doc, outer, self.language)
        return self._read(there[0], min(there[1], start - 1), depth + 1).time == "past"

    @staticmethod
    def _adverbial_form(token) -> bool:
        """An adverb, a prepositional phrase (« sans exception », "without exception") or
        a quantified noun of time (« chaque fois », "every time") — not a bare noun the
        small model hangs on the next verb ("Refunds within the hour, no questions
        asked")."""
        if token.pos_ in ("ADV", "ADP"):
            return True
        return any(c.dep_ == "case" or c.lower_ in _ADVERBIAL_DETERMINERS
                   for c in kids(token))

    def _lone_adverb(self, start: int, end: int) -> bool:
        """The clause is one adverb and its punctuation: an ellipsis of the sentence
        before ("Always.", « Jamais. »)."""
        words = [t for t in self.tokens[start:end] if not (t.is_punct or t.is_space)]
        return len(words) == 1 and words[0].pos_ == "ADV"

    def _verbless(self, start: int, end: int) -> bool:
        return not any(t.pos_ in ("VERB", "AUX") for t in self.tokens[start:end])

    def _holder_of_words(self, start: int, end: int) -> str:
        """A verbless headline: the service it names, else the product — or the reader,
        when it says a person's state of knowledge (« Toujours au courant, jamais en
        retard », "Always in the know": `person_states`), which only a person can be in."""
        services = self.analysis.service_words
        if any(start <= i < end for i in services):
            return "service"
        if _phrases("holders", "person_states", self.language).search(
                features.span_text(self.doc, start, end)):
            return "customer"
        if self._in_trivia(start) and not any(
                self._possessive(t) == "own" or self._is_brand_name(t)
                for t in self.tokens[start:end]):
            return "world"  # « Le saviez-vous ? Le hérisson hiberne… et cherche toujours
            # un abri » with the verbs mistagged: the fact told has no subject to read, it
            # is still the world's, unless the brand or its own things are in it
        if self._one_of_a_kind_unparsed(start, end):
            return "third_party"
        return "product"

    def _runs_it(self, noun) -> bool:
        """A noun naming what any brand runs (`offer_generic`: an order, a quote, a
        battery) or one of the profile's service words: the brand's, never a kind in
        general."""
        generic = _words("holders", "offer_generic", self.language)
        return noun.lemma_.lower() in generic or noun.lower_ in generic or \
            noun.i in self.analysis.service_words

    def _one_of_a_kind_unparsed(self, start: int, end: int) -> bool:
        """`_one_of_a_kind` where the small model found no subject: a clause that opens on
        the indefinite article and a noun, then (after one adverb at most) a verb of the
        present — "An arrow always flexes…" (tagged VBZ, parsed as a relative), « Une flèche
        vole toujours… » (the verb tagged a noun, but a frequency adverb right after it
        marks it finite: French puts *toujours / jamais* right after the conjugated verb).
        Any one of a kind, so the kind in general — unless it is a word of the brand's
        offer that names something it runs, or a party of the message is in the clause."""
        tokens, language = self.tokens, self.language
        if end - start < 4 or tokens[start].lower_ not in ("un", "une", "a", "an"):
            return False
        noun = tokens[start + 1]
        if noun.pos_ not in ("NOUN", "ADJ") or not noun.is_alpha:
            return False
        verb = tokens[start + 2]
        frequency = _words("holders", "frequency_adverbs", language)
        if language == "en":
            after = tokens[start + 3] if verb.pos_ == "ADV" else verb
            finite = after.tag_ == "VBZ"
        else:
            finite = verb.is_alpha and verb.pos_ != "ADP" and (
                tokens[start + 3].lower_ in frequency or verb.pos_ in ("VERB", "AUX")
                and "Pres" in features.morph(verb).get("Tense"))
        if not finite:
            return False
        if self._runs_it(noun):
            return False
        parties = _message_parties(language)
        clause_end = next((t.i for t in tokens[start:end] if t.text in (":", ";", "—", "–")),
                          end)
        return not any(t.lower_ in parties or self._is_brand_name(t)
                       or t.lower_ in ("will", "'ll", "would")
                       for t in tokens[start:clause_end])

    def holder_of(self, token) -> str:
        """Who a noun or pronoun is, read as the frame reads a subject (brand, service,
        product, customer, third_party, generic, world): for rules that meet a party
        elsewhere than as a clause's subject ("time for *the seller* to respond")."""
        return self._classify(token)

    def _classify(self, subject) -> str:
        language = self.language
        lower, lemma = subject.lower_, subject.lemma_.lower()
        if lemma in _words("holders", "quantity_heads", language):
            counted = self._counted_noun(subject)
            if counted is not None:
                return self._classify(counted)  # « la plupart des clientes »: the clients
        if lower in _words("holders", "brand_pronouns", language) or \
                lower in _words("holders", "brand_possessive_pronouns", language):
            return "brand"
        if lower in _words("holders", "customer_pronouns", language):
            return "customer"
        if lower in _words("holders", "impersonal", language) or lower == "il" and \
                subject.dep_ == "expl:subj" or self._impersonal_il(subject):
            return "generic"
        if self._is_brand_name(subject):
            return "brand"
        if self._other_party(subject):
            return "third_party"  # "Google runs…", « Facebook pourra toujours… »
        if self._is_person(subject) or any(
                c.lower_ in _words("holders", "others", language) for c in kids(subject)):
            return "third_party"  # « certaines entreprises », "other browsers"
        if subject.pos_ == "PROPN" and self._in_a_story(subject):
            return "third_party"
        if self._illustrated_by_names(subject):
            return "third_party"  # "the reactive frameworks, like React or Svelte": a kind
            # shown by other makers' named things, not the brand's offer (rt43)
        possessive = self._possessive(subject)
        if possessive != "own" and self._in_trivia(subject.i):
            return "world"  # « Le saviez-vous ? » over « Un nid de frelons n'est jamais
            # réutilisé »: a fact of the world told, not the brand's service
        if subject.i in self.analysis.service_words:
            return "service"
        staff = lemma in _words("holders", "staff", language)
        if possessive == "own":
            return "service" if staff else "product"
        if possessive == "other":
            # « votre tram », "your parcel": the brand's offer in the customer's hands
            if self._offer_noun(subject):
                return "product"
            # « votre banque », "your employer": a party of the reader's, acting on its own
            return "third_party" if lemma in _words("holders", "institutions", language) \
                else "customer"
        if staff:
            return "service"
        if subject.pos_ in ("NOUN", "PROPN") and _machine_made(subject, language):
            return "product"  # "automatic replies", « les réponses automatiques »: the
            # product's output, which no one of the service writes
        if self._kind_in_general(subject) or self._one_of_a_kind(subject):
            return "third_party"  # « Les rats ne dorment jamais », "Wasps never nest twice"
        # the brand's offer, or the world the copy talks about ("the sea never forgives",
        # "the authoritative name server never replies")
        return "product" if self._offer_subject(subject) else "world"

    def _illustrated_by_names(self, subject) -> bool:
        """A common noun followed, in its own phrase, by named examples that are not the
        brand's ("the reactive frontend frameworks, like React, Vue.js, or Svelte",
        « les frameworks réactifs, comme React ou Svelte »): the noun names a kind in the
        world, shown by other makers' products. Read on the words (lexicon
        `holders.example_markers`): the small French model hangs « comme X » on the verb.
        A name of the brand's own among the examples keeps it the brand's offer."""
        if subject.pos_ != "NOUN" or self._possessive(subject) == "own" or any(
                self._is_brand_name(c) for c in kids(subject) if c.i < subject.i):
            return False  # "our tools, like…", "Mozilla products like Firefox": the brand's
        _, line_end = line_bounds(self.doc, subject.i)
        i = subject.i + 1
        while i < line_end and i <= subject.i + 3 and (
                self.tokens[i].pos_ == "ADJ" or self.tokens[i].text == ","):
            i += 1  # « les frameworks réactifs, comme… »
        rest = features.span_text(self.doc, i, min(i + 3, line_end)).lower()
        marker = _phrases("holders", "example_markers", self.language).match(rest)
        if marker is None:
            return False
        names, j = [], i
        while j < line_end and self.tokens[j].idx - self.tokens[i].idx < marker.end():
            j += 1
        for t in self.tokens[j:min(j + 8, line_end)]:
            if t.text in (",",) or t.lower_ in ("or", "and", "ou", "et"):
                continue
            if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")):
                break
            names.append(t)
        return bool(names) and not any(self._is_brand_name(t) for t in names)

    def _counted_noun(self, head):
        """The noun a noun of quantity counts, right after its « de » / "of" (« la plupart
        des clientes », "the majority of parents"), read from the words: the small French
        model may make both nouns subjects."""
        window = self.tokens[head.i + 1:min(head.i + 4, len(self.doc))]
        if not window or window[0].lower_ not in ("de", "des", "d'", "d’", "du", "of"):
            return None
        return next((t for t in window[1:] if t.pos_ in ("NOUN", "PROPN")), None)

    def _in_trivia(self, index: int) -> bool:
        """The token stands in the paragraph right under a heading of facts to know (a
        line that is only « Le saviez-vous ? », "DID YOU KNOW?"; lexicon
        `holders.trivia_headings`), the heading's own first paragraph."""
        headings = self._trivia_lines
        if not headings:
            return False
        char = self.tokens[index].idx
        text = self.doc.text
        for end in headings:
            if end <= char and "\n\n" not in text[end:char].strip(" \t\n").replace(
                    "\r", "") and text[end:char].count("\n") <= 3:
                return True
        return False

    @functools.cached_property
    def _trivia_lines(self) -> tuple[int, ...]:
        """The end of each line that is a heading of facts to know, or of the heading
        that opens a line and is set off from the fact told after it (« Le saviez-vous ?
        Le hérisson… », "Fun fact 🔧 Water…")."""
        found = []
        pattern = _phrases("holders", "trivia_headings", self.language)
        offset = 0
        for line in self.doc.text.split("\n"):
            bare = line.strip(" \t#*_:!?🦔💡").strip()
            if bare and pattern.fullmatch(bare.lower()):
                found.append(offset + len(line))
            else:
                opened = self._trivia_opener(line)
                if opened is not None:
                    found.append(offset + opened)
            offset += len(line) + 1
        return tuple(found)

    def _trivia_opener(self, line: str) -> int | None:
        """Where the fact starts on a line opened by a heading of facts (lexicon
        `holders.trivia_openers`) that its own « ? », a colon or an emoji sets off: the
        words after it are the fact. "Did you know the commute is short?" asks one."""
        lead = len(line) - len(line.lstrip(" \t#*_"))
        while lead < len(line) and not line[lead].isalnum():
            lead += 1  # an emoji or a bullet before the heading
        found = _phrases("holders", "trivia_openers", self.language).match(line.lower(), lead)
        if found is None:
            return None
        rest = line[found.end():]
        after = rest.lstrip(" \t\u00a0\u202f")
        if not after or after[0].isalnum() or after[0] in ",;'’\"":
            return None
        return found.end()

    def _other_party(self, subject) -> bool:
        """The subject names someone the document sets apart from the brand (a rival it
        compares itself with, what its product guards the reader against), and the
        brand does not claim it as its own (« nos… », "our…")."""
        others = self.other_parties
        if not others or self._possessive(subject) == "own":
            return False
        return _named_in(subject, others)

    @functools.cached_property
    def other_parties(self) -> frozenset[str]:
        """Who the document sets apart from the brand, read once per document: the names
        after a contrast ("faster than Chrome", "Firefox vs Google Chrome", « contrairement
        à Google ») and what a verb of guarding holds off ("block ads", « empêche Facebook
        de… », "protects you from trackers", « protège vos données contre les pirates »).
        Lowercased forms and lemmas; never the brand's name or its own words. What it
        holds off in the future is still the brand's result ("pests will never come
        back"), unless it merely can ("Facebook can still show you ads")."""
        return self.rivals | self.held_off

    @functools.cached_property
    def rivals(self) -> frozenset[str]:
        """The names after a contrast: "faster than Chrome", "Firefox vs Google Chrome"."""
        doc, language = self.doc, self.language
        found: set[str] = set()
        for m in _phrases("holders", "contrast_markers", language).finditer(
                features.doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            i = span.end
            while i < len(doc) and self.tokens[i].pos_ == "DET":
                i += 1
            while i < len(doc) and self.tokens[i].pos_ == "PROPN":
                found.add(self.tokens[i].lower_)
                i += 1
        return self._not_own(found)

    @functools.cached_property
    def held_off(self) -> frozenset[str]:
        """What a verb of guarding holds off: "block ads", « empêche Facebook de… »,
        "protects you from trackers", « protège vos données contre les pirates »."""
        language = self.language
        found: set[str] = set()
        guards = _words("holders", "guard_verbs", language)
        guards_from = _words("holders", "guard_from", language)
        away = {"from", "against"} if language == "en" else {"de", "d'", "d’", "contre"}
        for t in self.tokens:
            # by the word, not the tag: the small French model reads « Empêche » opening a
            # headline as a noun and « protège » as an adjective
            if _verb_of(t, guards, language):
                found.add(self._held_off(t.i + 1, 5))
            elif _verb_of(t, guards_from, language):
                after = next((u.i for u in self.tokens[t.i + 1: t.i + 9]
                              if u.lower_ in away or u.is_punct), None)
                if after is not None and self.tokens[after].lower_ in away:
                    found.add(self._held_off(after + 1, 4))
        return self._not_own(found)

    def _not_own(self, found: set[str]) -> frozenset[str]:
        vocab = self.analysis.vocabulary
        own = vocab.idea_core | vocab.idea_related
        return frozenset(w for w in found if w and w not in own
                         and not vocab.names_brand(w))

    def _held_off(self, start: int, reach: int) -> str:
        """What a guard verb holds off: the first noun or name within `reach` words (past
        articles, quantities, an "-ing" verb: "stop seeing too many ads"), as a lemma, a
        name as written; nothing when the reader or a pronoun comes first (« vous
        empêcher de… ») or the sentence ends."""
        for u in self.tokens[start: start + reach]:
            if u.is_punct or u.pos_ == "PRON" or u.lower_ in ("vos", "votre", "your", "yours",
                                                              "nos", "notre", "our"):
                return ""
            if u.pos_ == "PROPN":
                return u.lower_
            if u.pos_ == "NOUN":
                return u.lemma_.lower()
        return ""

    def _kind_in_general(self, subject) -> bool:
        """A plural noun with no determiner or the definite article, that is none of the
        brand's words nor bears its name: a kind of thing in general (« Les rats… »,
        "Rats never sleep"), the world the copy talks about, not what the brand sells."""
        if subject.pos_ != "NOUN" or "Plur" not in features.morph(subject).get("Number"):
            return False
        if subject.head.lower_ in ("with", "avec") or any(
                c.dep_ == "case" and c.lower_ == "avec" for c in kids(subject)):
            return False  # "a weekly clean with eco-certified products": the means a
            # clause uses, what it brings along — not a kind of thing in general
        head = subject.head
        if any("Past" in features.morph(t).get("Tense")
               or "Part" in features.morph(t).get("VerbForm")
               or "Fut" in features.morph(t).get("Tense") or t.lower_ in ("will", "'ll")
               for t in [head, *kids(head)] if t.dep_ in ("aux", "aux:pass", "aux:tense",
                                                              "auxpass", "ROOT") or t is head):
            return False  # what happened to some, or will: an event, not a kind in general
        for child in kids(subject):
            # French « les » is generic as often as not; English "the" points at a thing
            if child.dep_ in ("det", "poss", "nmod:poss") and child.lower_ != "les":
                return False
            if child.dep_ in ("compound", "nmod", "flat", "flat:name", "appos") and (
                    self._is_brand_name(child) or child.pos_ == "PROPN"):
                return False
        vocab = self.analysis.vocabulary
        lemma = subject.lemma_.lower()
        offer = self._offer_noun(subject) and not (
            lemma not in vocab.idea_core and subject.lower_ not in vocab.idea_core
            and self._kinds_compared(subject))
        return not (offer or lemma in vocab.avoid or subject.i in self.analysis.service_words)

    def _one_of_a_kind(self, subject) -> bool:
        """A singular noun under the indefinite article in a clause of the present, that
        bears no name, is nothing the brand runs (`offer_generic`: an order, a quote, a
        battery) and names no party of the message (the reader, « nous »): any one of a
        kind, so the kind in general (« Un érable du Japon perd toujours ses feuilles en
        automne », « Un arc n'est jamais armé en direction d'une personne », "A horse never
        vomits") — how the world or a rule of the craft is, not what the brand's own does.
        Not « Une Ferlange ne s'arrête jamais » (its name), « Un vélo vous attend,
        toujours » (the reader), « Une erreur de ce genre n'arrivera plus jamais » (a
        future: a pledge)."""
        if subject.pos_ != "NOUN" or "Sing" not in features.morph(subject).get("Number") \
                or not subject.dep_.startswith("nsubj"):
            return False  # not "The result: a crust that is always crisp", "a car always
            # available": a noun described, no subject of a clause of its own
        if not any(c.dep_ == "det" and c.lower_ in ("un", "une", "a", "an") and c.i < subject.i
                   for c in kids(subject)) or any(
                c.lower_ in ("seul", "seule", "single", "only") for c in kids(subject)):
            return False  # « Une seule couche suffit »: one counted, not any one
        language = self.language
        if self._runs_it(subject):
            return False
        if any(t.i != subject.i and (self._is_brand_name(t) or t.pos_ == "PROPN" and
                                     t.text[:1].isupper() and t.ent_type_ in ("ORG", "PER"))
               or t.lower_ in ("notre", "nos", "our", "ours") for t in subject.subtree):
            return False
        head = subject.head
        if head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            return False
        verbs = [head, *(c for c in kids(head) if c.dep_ in (
            "aux", "aux:pass", "aux:tense", "auxpass", "cop"))]
        if any("Past" in features.morph(t).get("Tense") and "Part" not in features.morph(
                t).get("VerbForm") or "Fut" in features.morph(t).get("Tense")
               or "Cnd" in features.morph(t).get("Mood") or t.lower_ in ("will", "'ll", "would")
               for t in verbs):
            return False  # what happened, or will: an event or a pledge, not a kind
        if not any("Pres" in features.morph(t).get("Tense") for t in verbs):
            return False  # no verb of the present (a participle told alone, a line
            # without a verb the parser hung on a word): no general truth said
        finite = [t for t in verbs if "Fin" in features.morph(t).get("VerbForm")]
        if any(t.tag_ == "VBP" or "Plur" in features.morph(t).get("Number") for t in finite[:1]):
            return False  # "a car always available round the corner": a verb that does
            # not agree with one thing is the parser's guess on a line without a verb
        start, end = clause_bounds(self.doc, head.i, language)
        parties = _message_parties(language)
        return not any(t.lower_ in parties or self._is_brand_name(t)
                       for t in self.tokens[start:end])  # « chez nous », "you", « Un pneu
        # Roue Libre » however parsed: a party of the message is in it, the kind is theirs

    def _kinds_compared(self, subject) -> bool:
        """The clause sets the subject beside another kind of the same thing ("shaded
        walls always stay damper than sunny ones", « les murs au nord restent toujours
        plus humides que ceux au sud »): a word of the brand's world (`related`), but
        said of kinds of it in general — how they differ, not what the brand offers."""
        head = subject.head
        marker = "than" if self.language == "en" else "que"
        others = _words("holders", "other_kinds", self.language)
        after = self.tokens[head.i + 1:min(head.i + 12, len(self.tokens))]
        for k, t in enumerate(after):
            if t.is_punct and t.text not in ("'", "’"):
                return False
            if t.lower_ == marker and k + 1 < len(after):
                if self.language == "fr" and not any(
                        u.lower_ in _FR_COMPARATIVES for u in after[:k]):
                    return False  # « ne sont que ceux… »: no comparison
                rest = [u for u in after[k + 1:k + 4] if u.pos_ != "ADJ"]
                two = " ".join(u.lower_ for u in rest[:2])
                return bool(rest) and (rest[0].lower_ in others or two in others)
        return False

    def _is_brand_name(self, token) -> bool:
        return self.analysis.vocabulary.names_brand(token.lower_)

    def _is_person(self, token) -> bool:
        language = self.language
        if token.ent_type_ == "PER" or token.ent_type_ == "PERSON":
            return True
        if token.lemma_.lower() in _words("holders", "people", language) or \
                token.lower_ in _words("holders", "people", language):
            return True
        return token.lower_ in _words("holders", "titles", language) or any(
            c.lower_ in _words("holders", "titles", language) for c in kids(token))

    def _offer_noun(self, token) -> bool:
        vocab = self.analysis.vocabulary
        words = vocab.idea_core | vocab.idea_related
        return token.lemma_.lower() in words or token.lower_ in words

    def _offer_subject(self, subject) -> bool:
        """A subject that is the brand's offer: one of its words (idea, related, terms), a
        thing any brand sells or runs (an app, a plan, an order), a named product, one of
        its words in a compound ("the repair kit", "the LEGO box"), a noun the draft
        itself makes the brand's (`own_nouns`), a thing the copy points at or counts
        ("this set", « chaque boîte », "every box": what it shows), a phrase that holds the
        brand's own ("switching to our bricks"), or a pronoun ("nothing", « rien »). Only
        a plain noun phrase of none of these is the world ("the sea", "the name
        server")."""
        if subject.pos_ == "PROPN" and subject.text[:1].isupper():
            return True  # a name (the small models also tag « la mer » a proper noun)
        if subject.pos_ in ("NOUN", "PROPN", "ADJ") and self._thing_of_nature(subject):
            return False  # « la mer n'est jamais la même », even where the idea names
            # the sea: the brand shows it, it does not make or sell it
        if self._offer_noun(subject):
            return True
        if subject.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return True  # a pronoun, a verb or a clause as subject: read as before
        lemma, lower = subject.lemma_.lower(), subject.lower_
        generic = _words("holders", "offer_generic", self.language)
        if lemma in generic or lower in generic or lemma in self.own_nouns:
            return True
        pointed = _words("holders", "pointed", self.language)
        if any(c.lower_ in pointed for c in kids(subject) if c.i < subject.i):
            return True
        if any(t.lower_ in ("notre", "nos", "our", "ours") or self._is_brand_name(t)
               for t in subject.subtree if t.i != subject.i):
            return True
        if any(c.dep_ in ("compound", "nmod", "flat", "flat:name", "amod") and
               self._offer_noun(c) for c in kids(subject)):
            return True  # "the repair kit" (its name: the subtree above already)
        # the clause speaks the brand's own words around it (« une fois montée, la
        # maquette tient des décennies sans le moindre jeu »): what it is about is its offer
        start, end = clause_bounds(self.doc, subject.i, self.language)
        return any(self._offer_noun(t) for t in self.tokens[start:end] if t.i != subject.i)

    def _thing_of_nature(self, subject) -> bool:
        """A thing of nature or geography (claims lexicon, `nature_kinds`: the sea, a
        river, a reef) that the clause does not make the brand's (« notre lac », "this
        reef", "Abyssaline's calanque"): the world the brand takes its customers to, not
        its offer — even when the central idea names it ("discover the sea")."""
        if self._animals_in_general(subject):
            return True
        compound = " ".join([c.lower_ for c in kids(subject)
                             if c.dep_ == "compound" and c.i < subject.i] + [subject.lower_])
        if subject.lemma_.lower() not in claims.nature_words(self.language) and \
                subject.lower_ not in claims.nature_words(self.language) and \
                compound not in lexicons.words("claims", "nature_kinds", self.language,
                                               lower=True):  # ("UV light")
            return False
        pointed = _words("holders", "pointed", self.language)
        return not any(t.lower_ in ("notre", "nos", "our", "ours") or t.lower_ in pointed
                       or self._is_brand_name(t) for t in subject.subtree if t.i != subject.i)

    def _animals_in_general(self, subject) -> bool:
        """A kind of animal said in general (claims lexicon, `living_kinds`: « les abeilles
        ne butinent jamais sous la pluie », "double-coated dogs always lose their
        undercoat"): nature, when the clause holds nothing of the brand's or the reader's
        (not « nos abeilles », "your dog", "dogs always leave our salon calm") and the
        subject is plural or generic, not one animal pointed at."""
        kinds = lexicons.words("claims", "living_kinds", self.language, lower=True)
        if subject.lower_ not in kinds and subject.lemma_.lower() not in kinds:
            return False
        if "Sing" in subject.morph.get("Number") and not any(
                c.lower_ in ("the", "le", "la", "l'", "l’") for c in kids(subject)):
            return False  # "a dog", « un chien », "Max the dog": one animal
        start, end = clause_bounds(self.doc, subject.i, self.language)
        mine = {"notre", "nos", "our", "ours", "us", "nous", "votre", "vos", "your", "yours",
                "ton", "ta", "tes", "tu", "you", "vous", "we"}
        pointed = _words("holders", "pointed", self.language)
        return not any(t.lower_ in mine or self._is_brand_name(t)
                       or t.i < subject.i and t.lower_ in pointed
                       for t in self.tokens[start:end])

    @functools.cached_property
    def own_nouns(self) -> frozenset[str]:
        """The nouns the draft makes the brand's, read once per document: its terms, what
        it says is its own (« nos paniers », "our baskets"), what bears its name ("LEGO
        bricks", « les paniers Cabasso »), what it makes, sells or offers (« nous livrons
        des paniers », "we repair bikes"). Lemmas."""
        vocab = self.analysis.vocabulary
        found: set[str] = set()
        for term in (*vocab.forbid.values(), *(t for t, _ in vocab.prefer.values())):
            found.update(lemma for lemma, _ in term)
        for t in self.tokens:
            if t.pos_ != "NOUN":
                continue
            if self._possessive(t) == "own" or any(
                    c.dep_ in ("compound", "nmod", "flat", "flat:name", "appos")
                    and self._is_brand_name(c) for c in kids(t)):
                found.add(t.lemma_.lower())
            elif t.dep_ in ("obj", "dobj", "xcomp") and t.head.pos_ == "VERB" and any(
                    c.dep_ in SUBJECT_DEPS and (
                        c.lower_ in _words("holders", "brand_pronouns", self.language)
                        or self._is_brand_name(c)) for c in kids(t.head)):
                found.add(t.lemma_.lower())
        return frozenset(found)

    def _in_a_story(self, token) -> bool:
        """A named subject in a story: a date anchor on the line ("Depuis 2009, Léa…") or
        a third-person possessive in the clause ("Tom brings his kids")."""
        start, end = line_bounds(self.doc, token.i)
        if _phrases("topics", "story_anchors", self.language).search(
                features.span_text(self.doc, start, end)):
            return True
        third = {"his", "her", "their", "son", "sa", "ses", "leur", "leurs"}
        c_start, c_end = clause_bounds(self.doc, token.i, self.language)
        return any(t.lower_ in third for t in self.tokens[c_start:c_end])

    @staticmethod
    def _possessive(token) -> str | None:
        for child in kids(token):
            if child.lower_ in claims.POSSESSIVES_OWN:
                return "own"
            if child.lower_ in ("votre", "vos", "your", "ton", "ta", "tes"):
                return "other"
        return None

    def _time(self, predicate, subject, tokens) -> str:
        if self._continuative(tokens) or self._ongoing_activity(tokens):
            return "continuative"
        group = self._predicate_words(predicate) + self._shared_auxiliaries(predicate)
        words = {t.lower_ for t in tokens} | {t.lower_ for t in group}
        if words & _words("aspect", "future_markers", self.language) or any(
                "Fut" in features.morph(t).get("Tense") or _lemma_future(t) for t in group):
            return "future"
        # "There was a problem with the van": the existential's dummy subject is one too;
        # so is the day right before a copula, which the small model hangs elsewhere
        # ("Saturday was chaos on the ring road" — se42)
        if self._past(predicate, group, subject is not None or any(
                c.dep_ == "expl" and c.lower_ == "there" for c in kids(predicate)) or
                self._day_as_subject(predicate)):
            if self._continuing(group, tokens):
                return "present"  # "has been the #1 since 1987": true now
            return "past"
        if self._in_dated_past_entry((predicate if predicate is not None else tokens[0]).idx
                                     if tokens else -1):
            return "past"  # "June 2019: new apps, unlimited history": what was released
            # then, a record of the past, not what the brand holds itself to today
        if words & {"toujours", "jamais", "always", "never", "forever"}:
            return "habitual"
        return "present"

    # a line led by a month and a year, or a year, and a colon or a dash ("June 2019:",
    # « Juin 2019 : », "2012 –"): an entry of a release history or a timeline
    _DATE_LED = re.compile(
        r"^\W{0,3}(?:(?:[^\W\d_]{3,9}\.?|\d{1,2}(?:er)?\s+[^\W\d_]{3,9}\.?)\s+)?"
        r"((?:19|20)\d\d)\s*[:–—-]\s")

    @functools.cached_property
    def _dated_lines(self) -> list[_DatedLine]:
        """Each text line, with the entry a date leads on it: the sentence the date leads
        ("1952: our grandfather opens the factory. We've never…": what follows is said
        today)."""
        text = features.doc_text(self.doc)
        months = _words("aspect", "month_names", self.language)
        this_year = datetime.date.today().year
        lines, at = [], 0
        for line in text.split("\n"):
            found = self._DATE_LED.match(line)
            dated = past = False
            entry_end = len(line)
            if found:
                lead = line[:found.start(1)].strip(" \t-•*").lower()
                month = lead.split()[-1].rstrip(".") if lead else ""
                dated = not lead or month in months
                past = dated and int(found.group(1)) < this_year
                stop = _SENTENCE_STOP.search(line, found.end())
                entry_end = stop.end() if stop else len(line)
            lines.append(_DatedLine(at, at + entry_end, at + len(line), dated, past))
            at += len(line) + 1
        return lines

    def _in_dated_past_entry(self, char: int) -> bool:
        """The text at `char` belongs to an entry of a dated history in the past: the
        sentence a past year leads on its line, or a line set between two dated lines
        after a past one (the second line of an entry: "New features: …") — never copy
        that merely mentions a year."""
        lines = self._dated_lines
        if not any(line.past for line in lines):
            return False
        for n, line in enumerate(lines):
            if not line.first <= char <= line.line_end:
                continue
            if line.dated:
                return line.past and char <= line.entry_end
            return 0 < n < len(lines) - 1 and lines[n - 1].dated and lines[n + 1].dated and \
                any(before.past for before in lines[:n])
        return False

    def _ongoing_activity(self, tokens) -> bool:
        """"We're always looking to improve", "Always evolving", « toujours en train
        de… »: an activity going on, not an outcome guaranteed each time."""
        for t in tokens:
            if t.lower_ not in ("always", "toujours") or t.i + 1 >= len(self.doc):
                continue
            after = self.tokens[t.i + 1]
            if after.tag_ == "VBG" or t.head.tag_ == "VBG" and t.head.i > t.i:
                return True
            if after.lower_ == "en" and t.i + 2 < len(self.doc) and \
                    self.tokens[t.i + 2].lower_ == "train":
                return True
        return False

    def _continuative(self, tokens) -> bool:
        """« Votre dossier est toujours en cours », « l'offre est toujours valable »:
        *toujours* before an ongoing or pending state means still; before a property
        (« toujours à l'heure », « toujours couvert ») or an action (« toujours livré »)
        it means always."""
        if self.language != "fr":
            return False
        ongoing = _words("aspect", "ongoing_states", "fr")
        bounded = _phrases("aspect", "bounded_now", "fr").search(
            features.span_text(self.doc, tokens[0].i, tokens[-1].i + 1)) if tokens else None
        for t in tokens:
            if t.lower_ != "toujours" or t.i + 1 >= len(self.doc):
                continue
            if bounded:
                return True  # « toujours visible jusqu'au 20 avril », « toujours … cette
                # semaine »: a time frame that ends is not "always"
            if self._fronted_still(t) or self._still_aside(t):
                return True  # « Toujours via SSH, ajoutez le script »: the same place;
                # « pour vous proposer, toujours à travers une solution unique, une offre »
            if self._kept_unchanged(t.i) and not any(
                    any(c.isdigit() for c in w.text) or w.pos_ == "NUM" for w in tokens):
                return True  # « l'architecture n'est pas différente. On exploite toujours
                # HTTP/TCP »: what a sentence says did not change is what still holds
            after = self._after_heading_colon(t.i)
            if t.i and self.tokens[t.i - 1].lower_ in ("c'est", "c’est", "est") and \
                    after.pos_ == "DET" and after.lower_ not in ("le", "la", "les", "l'"):
                return True  # « c'est toujours notre préféré »: still
            if after.lower_ in ("pas", "plus"):
                return True
            if any(w.lower_ in _words("aspect", "concessives", "fr") for w in tokens):
                return True  # « séance toujours maintenue malgré les travaux »: despite
                # what might have stopped it, still — a concession reads *still*
            if after.lower_ in ("chez", "dans", "au", "aux", "sur", "à") and t.i and \
                    self.tokens[t.i - 1].lemma_.lower() in ("être", "rester") and not any(
                        w.lower_ in ("nous", "on", "je", "j'", "j’")
                        for w in self.tokens[max(t.i - 4, 0):t.i]) and not self._property_place(
                        t.i + 1):
                return True  # « il est toujours chez nous », « votre vélo est toujours à
                # l'atelier »: where a thing still is, not the brand "always" there
            if t.i > 1 and self.tokens[t.i - 1].lower_ == "reste" and \
                    self.tokens[t.i - 2].lower_ == "il":
                return True  # « il reste toujours quelques places »: some are still left
                # (« il restera toujours une place »: always)
            if after.lower_ in ("ce", "cet", "cette", "ces") and (
                    t.head.lemma_.lower() in _words("aspect", "pending_verbs", "fr") or t.i and
                    self.tokens[t.i - 1].lemma_.lower() in _words("aspect", "pending_verbs",
                                                                  "fr")):
                return True  # « nous recherchons toujours ce produit »: one search goes on
            if after.lower_ in _words("aspect", "partitives", "fr"):
                return True  # « toujours des travaux », « vous rencontrez toujours des
                # difficultés », « toujours quelques correctifs »: still (some), not every
                # time; « Et toujours : des bugs réparés », a list's heading, the same
            if after.lower_ in ongoing and "Part" in features.morph(after).get("VerbForm"):
                return True  # « toujours déconnectée », « toujours bloqué »: a state, still
            if self._inherited(t.i, tokens):
                return True  # « de 1874, a toujours son parquet d'origine »: still
            if self._option_left_to_reader(t, after, tokens):
                return True
            if after.pos_ == "ADJ" and (self._conceded(after.i) or self._across_a_change(t.i)):
                return True  # « batterie à 71 %, toujours utilisable mais à changer »: a
                # state granted before a *but* is what still holds; « notre nouvelle page,
                # plus claire et toujours didactique »: what a change kept
            if after.lower_ in ("été", "eu") or "Part" in features.morph(after).get("VerbForm"):
                continue  # « a toujours été », « est toujours livré »: not a state
            if self._in_condition(t.i):
                return True  # « si vous avez toujours besoin d'aide », « si votre demande est
                # toujours d'actualité »: a condition on what still holds, not a habit
            if t.i and self.tokens[t.i - 1].lower_ == "pour":
                continue
            if after.pos_ == "DET" and after.i + 1 < len(self.doc):
                after = self.tokens[after.i + 1]  # « toujours la possibilité de »: its noun
            complement = [after, t.head, *(c for c in kids(t.head)
                                           if c.dep_ in ("obl", "obl:mod", "xcomp"))]
            if any(w.lower_ in ongoing or w.lemma_.lower() in ongoing for w in complement[:2]):
                return True
            if after.lower_ == "en" and t.i + 2 < len(self.doc) and \
                    self.tokens[t.i + 2].lower_ in ongoing:
                return True
        return False

    def _fronted_still(self, word) -> bool:
        """« Toujours dans le fichier config.json, ajoutez… », « Toujours depuis votre
        terminal, lancez… »: *toujours* opening its sentence before a place or a means, a
        comma, then an order to the reader — the steps go on in the same place (still),
        no habit of the brand. Not a property (« Toujours à l'heure, nos livreurs… »)."""
        if self.language != "fr" or word.lower_ != "toujours":
            return False
        start, end = line_bounds(self.doc, word.i)
        opens = word.i in (start, word.sent.start) or self.tokens[word.i - 1].text in (
            ".", "!", "?", ":", "…")  # (the small model may not cut the sentence there)
        if not opens or word.i + 2 >= end:
            return False
        if self.tokens[word.i + 1].pos_ != "ADP" or self._property_place(word.i + 1):
            return False
        comma = next((w for w in self.tokens[word.i + 2:min(end, word.i + 12)]
                      if w.text == ","), None)
        if comma is None or comma.i + 1 >= end:
            return False
        order = self.tokens[comma.i + 1]
        return order.is_alpha and ("Imp" in features.morph(order).get("Mood") or (
            len(order.text) >= 5 and order.lower_.endswith("ez")))

    def _still_aside(self, word) -> bool:
        """« pour vous proposer, toujours à travers une solution unique, une offre… »,
        « les tournées passeront le soir, toujours en vélo-cargo, pour… »: *toujours* set
        between commas before a means or a route (lexicon `aspect.means_markers`) — the
        way things are done stays the same (still), an aside, no habit vouched for. Not a
        property (« toujours à l'heure »), nor a delay (« , toujours en moins de 2 h, »)."""
        if self.language != "fr" or word.lower_ != "toujours" or word.i == 0 or \
                self.tokens[word.i - 1].text != ",":
            return False
        start, end = line_bounds(self.doc, word.i)
        if word.i + 2 >= end or self._property_place(word.i + 1):
            return False
        closing = next((w for w in self.tokens[word.i + 2:min(end, word.i + 10)]
                        if w.text == "," or w.is_sent_end or w.text in (".", ";", ":")), None)
        if closing is None or closing.text != ",":
            return False
        aside = self.tokens[word.i + 1:closing.i]
        if any(any(c.isdigit() for c in w.text) or w.pos_ in ("VERB", "AUX", "NUM")
               for w in aside):  # (« une » is like_num in French: an article here)
            return False
        return bool(_phrases("aspect", "means_markers", "fr").match(
            features.span_text(self.doc, word.i + 1, closing.i).lower()))

    def _kept_unchanged(self, index: int) -> bool:
        """The sentence of the word at `index`, or the sentence or heading just before
        it, says what did not change (« l'architecture n'est pas différente », « ce qui n'a
        pas changé », « on utilise juste un autre protocole »; lexicon
        `aspect.sameness_markers`): *toujours* there says what still holds, no habit.
        (The caller keeps a clause with a figure a claim: « rien ne change : nous livrons
        toujours en 24 h » still promises the delay.)"""
        sentence = self.tokens[index].sent
        start = sentence.start
        if start > 0:
            start = self.tokens[start - 1].sent.start
        return bool(_phrases("aspect", "sameness_markers", self.language).search(
            features.span_text(self.doc, start, sentence.end).lower()))

    def _option_left_to_reader(self, word, after, tokens) -> bool:
        """« Vous pourrez toujours recréer une organisation », « vous pouvez toujours
        réordonner les sections »: *toujours* between the reader's « pouvoir » and their
        own act says the option is still open (or a fallback), not that the brand does
        anything always. Not when the act reaches or relies on the brand (« vous pouvez
        toujours nous appeler », « vous pourrez toujours compter sur notre équipe »): the
        brand's availability and reliability are claims."""
        if word.i == 0 or "Inf" not in features.morph(after).get("VerbForm"):
            return False
        modal = self.tokens[word.i - 1]
        if modal.lemma_.lower() != "pouvoir" or not modal.lower_.startswith(("pouv", "pourr",
                                                                            "peux", "peut")):
            return False
        subject = next((c for c in kids(modal) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ not in ("vous", "tu"):
            return False
        if after.lemma_.lower() in _words("aspect", "relied_on_acts", "fr"):
            return False
        return not any(w.lower_.lstrip("-") == "nous" or w.lower_ in claims.POSSESSIVES_OWN
                       for w in tokens if w.i > word.i)

    def _after_heading_colon(self, index: int):
        """The word after « toujours », past a colon that makes it a list's heading (« Et
        toujours : des bugs réparés »): the heading reads on into what it introduces."""
        j = index + 1
        if j + 1 < len(self.doc) and self.tokens[j].text == ":":
            j += 1
            while j + 1 < len(self.doc) and self.tokens[j].is_space:
                j += 1
        return self.tokens[j]

    def _across_a_change(self, index: int) -> bool:
        """The sentence of the word at `index`, on its line, announces a change (« voilà
        notre nouvelle page d'accueil », « une refonte »): what it says « toujours » of is
        what the change kept."""
        sentence = self.tokens[index].sent
        start, end = line_bounds(self.doc, index, reach=60)
        start, end = max(start, sentence.start), min(end, sentence.end)
        markers = _words("aspect", "change_markers", self.language)
        return any(w.lower_ in markers or w.lemma_.lower() in markers
                   for w in self.tokens[start:end] if w.i != index)

    def _in_condition(self, index: int) -> bool:
        """The word stands in a condition opened by « si » just before it, on a verb in
        the present (« si vous avez toujours besoin de nous », « si le problème est toujours
        présent »): the condition asks whether something still holds."""
        before = self.tokens[max(self.tokens[index].sent.start, index - 8):index]
        opener = next((w for w in reversed(before) if w.lower_ in ("si", "s'", "s’")), None)
        if opener is None:
            return False
        between = self.tokens[opener.i + 1:index]
        if any(w.is_punct for w in between):
            return False  # « si vous voulez éviter cela, vérifiez toujours… »: a habit
        verbs = [w for w in between if w.pos_ in ("VERB", "AUX")]
        return bool(verbs) and all("Pres" in features.morph(v).get("Tense") for v in verbs)

    def _inherited(self, index: int, tokens) -> bool:
        """« Cette maison de 1874 a toujours son parquet d'origine », « Créée en 2009, la
        Dalle est toujours gérée par ses fondateurs »: after *toujours*, what the place keeps
        from its beginnings, with a date or a founding on the line — the house's story
        (*still*), not a performance promised each time."""
        heritage = _words("aspect", "heritage", self.language)
        after = [w for w in tokens if w.i > index]
        if not any(w.lower_ in heritage or w.lemma_.lower() in heritage for w in after):
            return False
        start, end = line_bounds(self.doc, index)
        return bool(_phrases("aspect", "heritage_anchors", self.language).search(
            features.span_text(self.doc, start, end)))

    def _conceded(self, index: int) -> bool:
        """« mais » follows the word at `index` (a comma between at most)."""
        j = index + 1
        if j < len(self.doc) and self.tokens[j].text == ",":
            j += 1
        return j < len(self.doc) and self.tokens[j].lower_ == "mais"

    def _property_place(self, index: int) -> bool:
        """The place after « toujours à / au » is a property (« à l'heure », « au top »,
        « à votre écoute »), not where a thing still is (« à l'atelier »)."""
        properties = _words("aspect", "property_places", "fr")
        for t in self.tokens[index + 1:min(index + 4, len(self.doc))]:
            if t.pos_ == "PRON":
                return False  # « toujours chez nous »: a place
            if t.pos_ in ("NOUN", "PROPN", "ADJ", "ADV"):
                return t.lower_ in properties or t.lemma_.lower() in properties
        return True  # nothing that names a place: keep "always"

    def _continuing(self, group, tokens) -> bool:
        """A present perfect anchored in a start date runs up to now: "has been the #1
        since 1987" (not « a été livré », a finished event)."""
        perfect = any(c.lemma_.lower() in ("have", "avoir")
                      and "Pres" in features.morph(c).get("Tense")
                      for c in group[1:])
        # (the date anchors its own clause: "Pewter has been worked since the Bronze Age,
        # and Lyon has always had its pewtersmiths" tells a past of the second clause)
        own = [*tokens, *(group[0].subtree if group else ())]
        anchored = any(t.lower_ in ("since", "depuis") for t in own)
        return perfect and anchored and self.language == "en"

    def _day_as_subject(self, predicate) -> bool:
        """A day named right before the copula ("Saturday was chaos", « samedi a été
        infernal »): what the clause tells of that day."""
        if predicate is None or predicate.i == 0 or predicate.lemma_.lower() not in (
                "be", "être"):
            return False
        before = self.doc[predicate.i - 1]
        if before.lower_ in ("a", "avait") and predicate.i > 1:
            before = self.doc[predicate.i - 2]
        return before.lower_ in _words("aspect", "day_names", self.language)

    @staticmethod
    def _past(predicate, group, has_subject: bool) -> bool:
        """A compound past, or a finite past with its own subject: the small models tag
        many bare participles ("… and dispatched within 48 hours") as finite past."""
        if any(c.lower_ in ("été", "been", "eu") for c in group[1:]):
            return True
        if "Part" in features.morph(predicate).get("VerbForm") and any(
                c.lemma_.lower() == "être" and c.dep_.startswith("aux") for c in group[1:]):
            # a participle with « être »: a compound past, not a passive present, for a verb
            # of motion or change that takes « être » (« votre colis est arrivé en 2 jours »)
            # and for a pronominal verb (se61: « votre contrat s'est terminé le 31 mars »)
            if predicate.lemma_.lower() in _words("aspect", "etre_verbs", "fr") and not any(
                    "Fut" in features.morph(c).get("Tense") for c in group[1:]):
                return True
            if any(c.lower_ in ("se", "s'", "s’") for c in kids(predicate)):
                return True
        # (a past form after "have" is its participle, whatever the tagger says: "we
        # have received your parcel and refunded it", the auxiliary shared)
        if any(c.lemma_.lower() in ("avoir", "have") and c.dep_.startswith("aux")
               for c in group[1:]) and ("Part" in features.morph(predicate).get("VerbForm")
                                        or predicate.tag_ in ("VBN", "VBD")):
            return True
        finite_past = predicate.tag_ == "VBD" or any(
            "Past" in features.morph(c).get("Tense") and "Fin" in features.morph(c).get("VerbForm")
            for c in group)
        if finite_past and predicate.tag_ == "VBD" and len(group) == 1 and \
                FrameReader._headline_passive(predicate):
            return False  # "Booking confirmed within 24 hours": a label's passive, no past
        return finite_past and has_subject

    @staticmethod
    def _headline_passive(predicate) -> bool:
        """"Booking confirmed within 24 hours", "Order repaired in 48 hours": a bare noun
        (no article, no possessive) before a past form with no object, then a delay — the
        passive of a label or bullet, not a past event; and with no delay where the verb
        states what holds (`aspect.label_states`: "Freshness guaranteed")."""
        children = kids(predicate)
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or any(c.dep_ in ("dobj", "obj", "aux", "auxpass")
                                     for c in children):
            return False
        subject = subjects[0]
        if subject.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "det" or c.dep_ == "poss" and c.lower_ != "your"
                for c in kids(subject)):
            return False
        if any(c.dep_ == "poss" for c in kids(subject)) and (
                predicate.lemma_.lower() in _words("aspect", "happenings", "en")
                or subject.ent_type_ == "PERSON"):
            return False  # "Your loft insulated in a day", "your sofa reupholstered in
            # ten days": the reader's thing, an act done to it; "your parcel arrived
            # within 2 days", "your tetras died in two days": what happened to it
        if any(t.lower_ in ("last", "ago", "yesterday", "earlier") for t in predicate.sent):
            return False  # "… within 3 days last spring": a time gone by, a past event
        if predicate.lemma_.lower() in _words("aspect", "label_states", "en") and \
                not any(c.dep_ == "poss" for c in kids(subject)):
            return True  # "Freshness guaranteed", "Satisfaction assured": what holds
        doc = predicate.doc
        k = predicate.i + 1
        # its destination first ("Ashes returned to you within 3 days", "delivered back
        # to your door in 48 hours"): a few words of a phrase of place or recipient
        delays = ("within", "in", "under")
        while k < min(predicate.i + 6, len(doc)) and doc[k].lower_ not in delays \
                and doc[k].dep_ in ("prep", "pobj", "dative", "advmod", "prt", "poss", "det",
                                    "compound") and not doc[k].like_num:
            k += 1
        following = doc[k:k + 3]
        return len(following) >= 2 and following[0].lower_ in delays and \
            any(t.like_num or t.lower_ in ("one", "two", "three", "a", "an") for t in following[1:])

    def _act(self, predicate, subject, holder: str, time: str, imperative: bool, tokens,
             start: int, end: int) -> tuple[str, int]:
        """The clause's speech act, and the token that made it (-1 when none stands out)."""
        language = self.language
        lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        line_start, line_end = line_bounds(self.doc, start)
        text = features.span_text(self.doc, start, end).lower()
        if self._ends_with_question(line_end):
            # "are you sure nobody at home took it in?": a question can doubt
            doubt = self._doubt(predicate, subject, tokens, start, end, time)
            return ("doubt", doubt) if doubt >= 0 else ("question", -1)
        apology = _words("acts", "apology", language)
        if lemmas & apology:
            cue = next(t.i for t in tokens if t.lemma_.lower() in apology or t.lower_ in apology)
            return self._apology_or_shift(start, end), cue
        doubt = self._doubt(predicate, subject, tokens, start, end, time)
        if doubt >= 0:  # before thanks: « merci de prouver ce que vous avancez »
            return "doubt", doubt
        if lemmas & _words("acts", "thanks", language):
            asked = self._thanks_that_asks(tokens)
            if asked is not None:  # « merci de recommencer »: a request, like « veuillez »
                return ("advice" if self._tells_reader(asked, tokens) else "invitation"), -1
            return "thanks", -1
        if len(tokens) <= 6 and self._opens_with_greeting(start, tokens, text):
            return "greeting", -1
        duty = self._counterfactual_duty(tokens, start, end)
        if duty is not None:
            owner, cue = duty
            if owner == "brand" or holder == "brand" and owner != "customer":
                return "apology", cue  # « nous aurions dû vous prévenir »: owning the fault
            if holder in ("customer", "generic") or owner == "customer":
                return "blame", cue
        sufficed = self._counterfactual_sufficiency(start, end)
        if sufficed is not None:
            owner, cue = sufficed
            return ("apology" if owner == "brand" else "blame"), cue
        blame = self._fault_of_customer(predicate, subject, holder, time, tokens, start, end)
        if blame >= 0:
            return "blame", blame
        line_text = features.span_text(self.doc, line_start, line_end)
        if _phrases("topics", "advice_phrases", language).search(line_text) and \
                not self._offer_ranked_as_the_way(predicate, subject):
            return "advice", -1
        if subject is not None and self._best_is(subject, predicate):
            return "advice", -1  # "the best setting for frosty nights is Eco mode"
        if imperative:
            return ("advice" if self._tells_reader(predicate, tokens) else "invitation"), -1
        booked = _words("acts", "booked", language)
        words = self._predicate_words(predicate)
        if predicate.pos_ in ("NOUN", "PROPN"):
            # a verbless notice: "lesson confirmed tomorrow 10am", « séance confirmée… »
            # (its own words only: "your fitting is booked, liners ready in 20 minutes"
            # may hang the first clause's "booked" on "liners")
            words += [c for c in kids(predicate) if c.dep_ in ("acl", "amod")
                      and start <= c.i < end]
        if any(w.lower_ in booked or w.lemma_.lower() in booked
               for w in words) and self._names_a_time(start, end):
            return "notice", -1
        if _phrases("acts", "appointment", language).search(
                features.span_text(self.doc, start, end)):
            return "notice", -1  # « votre cours commence ce soir à 19 h »
        if self._switched_for_a_day(predicate, subject, holder, start, end):
            return "notice", -1  # "it's shut off tonight for the promotion, back on tomorrow"
        if self._reminder(line_start) or _phrases("acts", "time_slot", language).search(
                features.span_text(self.doc, line_start, line_end)) and \
                self._names_a_day(line_start, line_end):
            # « Rappel : votre séance ce soir 20h30 », "your crew arrives tomorrow
            # between 8:00 and 8:30": an appointment already set, not a speed promise
            return "notice", -1
        if self._live_arrival(time, start, line_end):
            return "notice", -1
        if self._dated_day(line_start):
            # "your sweep visits tomorrow Wed 13/11, 9-11am", « passage du ramoneur demain
            # mar. 12/11 »: the day said with its calendar date is an appointment set
            return "notice", -1
        if lemmas & _words("acts", "promise_verbs", language):
            return "promise", -1
        if holder == "customer" and (time == "future" or lemmas & SATISFACTION or
                                     self._risk_free(start, end) or time == "habitual"
                                     and (self._readers_thing(subject) or self._by_the_brand(
                                         line_start, end) and not self._merely_can(predicate))):
            return "promise", -1  # "your sets always arrive complete", « avec Traversine,
            # vous arrivez toujours à l'heure »: the brand's work, said of the customer
        if evidential(predicate, subject):
            return "statement", -1  # "it looks like a rating ended up on your profile", « il
            # semble que le virement soit bloqué »: what the brand finds, no commitment
        if holder in BRAND_SIDE and time in ("future", "habitual") or \
                holder == "world" and time == "future":
            return "promise", -1  # what the world will do may be the brand's result
        if holder == "third_party" and _future_form(predicate) and subject is not None and \
                _named_in(subject, self.held_off) and not self._merely_can(predicate):
            return "promise", -1  # « les nuisibles ne reviendront jamais »: the result
        if self._offer_received(predicate, subject, holder, time):
            return "promise", -1
        return "statement", -1

    def _offer_received(self, predicate, subject, holder: str, time: str) -> bool:
        """"You get unlimited meeting-room hours", "Circle members also get…", « les
        adhérents bénéficient de… »: the brand's offer said as what its customers
        receive, in the present of a rule — the brand's promise, whoever the subject."""
        if predicate is None or time not in ("present", "habitual"):
            return False
        receiving = _words("acts", "offer_receiving", self.language)
        if predicate.lemma_.lower() not in receiving and predicate.lower_ not in receiving:
            return False
        if holder == "customer":
            return True
        # the brand's own customers as a class ("members", « les abonnés »), not some
        # of them ("some members got…") nor one person's story
        return holder == "third_party" and subject is not None and subject.lemma_.lower() in \
            _words("holders", "patrons", self.language) and not any(
                c.lower_ in _words("holders", "others", self.language) for c in kids(subject))

    _COUNTDOWN = re.compile(
        r"\b(?:dans|in)\s+(?:(?:environ|about|around|approx\.?)\s+)?\d{1,2}\s*(?:min|minutes?|mn)\b"
        r"|\b\d{1,2}\s*(?:min|minutes?|mins)\s+(?:away|de\s+chez\s+vous)\b", re.I)

    _ON_THE_WAY = re.compile(r"\b(?:arriv\w*|en\s+route|on\s+(?:the|his|her|their)\s+way"
                             r"|away|sera\s+(?:là|chez\s+vous)|will\s+be\s+(?:there|with\s+you))\b",
                             re.I)

    def _live_arrival(self, time: str, start: int, line_end: int) -> bool:
        """« Votre livreur Mehdi arrive dans 10 min », "your driver is 5 minutes away":
        the reader's own courier counting down an order under way — news of an event
        in progress, not a speed the brand promises to everyone (« nos livreurs arrivent
        en 10 min »)."""
        if time not in ("present", "future"):
            return False
        # the line's text first: it rules out almost every clause, which the token walk
        # below (run for each clause of the draft) would not
        text = features.span_text(self.doc, start, line_end)
        if not (self._COUNTDOWN.search(text) and self._ON_THE_WAY.search(text)):
            return False
        staff = _words("holders", "staff", self.language)
        # by the words: the small French model parses « Votre livreur Mehdi arrive » as
        # a name with two determiners
        tokens = self.tokens[start: line_end]
        return any(a.lower_ in ("votre", "ton", "your") and (
            b.lemma_.lower() in staff or b.lower_ in staff)
            for a, b in zip(tokens, tokens[1:], strict=False))

    def _readers_thing(self, subject) -> bool:
        """The subject is something of the reader's, not the reader: "your sets", « vos
        boîtes » — what the brand delivers, repairs or keeps for them ("your kids", « vos
        enfants » are people, whose doings are theirs)."""
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        if self._possessive(subject) != "other":
            return False
        people = _words("holders", "people", self.language)
        return subject.lemma_.lower() not in people and subject.lower_ not in people

    def _by_the_brand(self, start: int, end: int) -> bool:
        """The clause names the brand as the means of what happens to the reader: « avec
        Traversine », « grâce à nous », "with us", "thanks to Lunetin"."""
        brand = self.analysis.vocabulary.brand_words
        tokens = self.tokens[start:end]
        for a, b in zip(tokens, tokens[1:], strict=False):
            if a.lower_ in ("avec", "with", "chez", "grâce", "thanks") or \
                    a.lower_ == "à" and a.i > 0 and self.tokens[a.i - 1].lower_ == "grâce" or \
                    a.lower_ == "to" and a.i > 0 and self.tokens[a.i - 1].lower_ == "thanks":
                if b.lower_ in brand or b.lower_ in ("nous", "us"):
                    return True
        return False

    def _risk_free(self, start: int, end: int) -> bool:
        """The clause says the reader runs no risk ("your belongings are risk-free",
        « vos affaires sont sans risque »): the brand's care, promised."""
        risks = lexicons.load("claims")["risk_words"][self.language]
        return bool(lexicons.phrase_pattern(risks).search(
            features.span_text(self.doc, start, end)))

    def _merely_can(self, predicate) -> bool:
        """"can / may / pourra": what someone is able to do, no outcome foretold."""
        can = {"can", "could", "may", "might", "pouvoir"}
        return predicate.lemma_.lower() in can or any(
            c.lemma_.lower() in can for c in kids(predicate) if c.dep_.startswith("aux"))

    def _switched_for_a_day(self, predicate, subject, holder: str, start: int,
                            end: int) -> bool:
        """The brand's own thing switched off or back on, on one day or night it names
        ("it's shut off tonight for our annual promotion, but it'll be turned back on
        tomorrow", « la borne est coupée ce soir, rallumée demain »): a notice of a
        one-off change, not a service's speed. Not the reader's thing (« votre ligne est
        coupée demain » is theirs to be told, and the repair may be promised)."""
        if predicate is None or holder == "customer" or self._readers_thing(subject):
            return False
        switched = _words("acts", "switched", self.language)
        if predicate.lemma_.lower() not in switched and predicate.lower_ not in switched:
            return False
        return self._names_a_day(start, end) or bool(_phrases("acts", "tonight", self.language)
                                                     .search(features.span_text(self.doc,
                                                                                start, end)))

    def _names_a_day(self, start: int, end: int) -> bool:
        """One day, not a weekly pattern: « demain », « mardi 14 mai », "on Tuesday"."""
        days = {"demain", "aujourd'hui", "aujourd’hui", "tomorrow", "today", "lundi", "mardi",
                "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"}
        tokens = self.tokens[start:end]
        if any(t.lower_ in ("jours", "days", "sur", "a") and t.i + 1 < len(self.doc)
               and self.tokens[t.i + 1].lower_ in ("7", "sur", "week", "semaine")
               for t in tokens):
            return False  # « 7 jours sur 7 », "7 days a week": opening hours
        return any(t.lower_ in days or t.ent_type_ == "DATE" and any(c.isdigit() for c in t.text)
                   for t in tokens)

    def _paragraph_char(self, line_start: int) -> int:
        """Where the text line (up to the previous line break) of a sentence begins: the
        parser's lines also end at sentence punctuation, a headline reaches further."""
        return features.doc_text(self.doc).rfind("\n", 0, self.tokens[line_start].idx) + 1

    def _reminder(self, line_start: int) -> bool:
        """The message opens as a reminder (« Babelune : rappel, … », "Reminder: …")."""
        para = self._paragraph_char(line_start)
        head = features.doc_text(self.doc)[para:para + 40].lower()
        return bool(_phrases("acts", "reminder", self.language).search(head))

    def _more_than(self, token) -> bool:
        """« plus de 15 minutes », « plus que… »: a comparison of quantity."""
        return token.lower_ == "plus" and token.i + 1 < len(self.doc) and \
            self.tokens[token.i + 1].lower_ in ("de", "d'", "d’", "que", "qu'", "qu’")

    def _tells_reader(self, predicate, tokens) -> bool:
        """Advice: "Never tumble-dry linen", « N'hésitez jamais », "Never miss a set" —
        an imperative the absolute bends, about the reader's own act. Not an outcome
        promised to the reader ("Never break down again", « Ne tombez plus jamais en
        panne »)."""
        advice = _words("topics", "advice_verbs", self.language)
        verb = predicate.lemma_.lower()
        if verb in advice or predicate.lower_ in advice:
            return True
        words = {t.lower_ for t in tokens}
        if not words & {"never", "always", "jamais", "toujours"}:
            return False
        outcomes = _words("acts", "outcome_verbs", self.language)
        # "again" on the order itself (« ne tombez plus jamais… »), not inside a clause
        # of its own (« ne réutilisez jamais un carton qui porte encore une étiquette »)
        # — « jamais plus de 15 minutes » is a limit (more than), not *again*
        again = any(t.lower_ in ("again", "encore", "plus") and not self._more_than(t) and (
            t.head.i == predicate.i or t.i > 0 and self.tokens[t.i - 1].lower_ in (
                "jamais", "never") or t.i + 1 < len(self.doc) and self.tokens[
                t.i + 1].lower_ in ("jamais", "never")) for t in tokens)
        # "Always wear a helmet", « ne perdez jamais le ticket »: an outcome verb with an
        # object of its own is the reader's act; alone ("never break down") their fate
        acted_on = any(c.dep_ in ("obj", "dobj") for c in kids(predicate))
        # « ne partez jamais sans eau », "never leave without a map": what the reader
        # takes along is their own conduct, not a fate spared them
        without = any(t.lower_ in ("sans", "without") for t in tokens if t.i > predicate.i)
        return (verb not in outcomes or acted_on or without) and not again

    def _offer_ranked_as_the_way(self, predicate, subject) -> bool:
        """« Le nouveau Firefox est le meilleur moyen de naviguer », "Our app is the
        easiest way to track your steps": the brand, or a product of its own, is what the
        copula says IS the best way — a ranking of its offer, not advice to the reader
        (« la meilleure façon d'agir, c'est de… », "the best way to reach us is the app":
        the way is the subject, the reader is told which to take)."""
        if subject is None or predicate.i < subject.i:
            return False
        if predicate.lemma_.lower() in ("be", "être"):
            complements = [c for c in kids(predicate) if c.dep_ in ("attr", "xcomp")]
        elif any(c.dep_ == "cop" for c in kids(predicate)):
            complements = [predicate]
        else:
            return False
        if not any(self._ranks_best(w) for c in complements for w in c.subtree) or \
                any(self._ranks_best(w) for w in subject.subtree):
            return False
        held = self._dislocated(subject)
        held = subject if held is None else held
        if self._an_act(held):
            return False  # "Testing the upcoming releases is the best way to…", « Tester
            # les versions à venir est le meilleur moyen de… »: the reader's act is ranked
            # among the ways to a goal — advice, even with the brand's name in its object
        return self._classify(held) == "brand" or self._classify(held) == "product" and (
            self._launched(held) or self._possessive(held) == "own" or any(
                self._is_brand_name(t) for t in held.subtree))

    def _an_act(self, subject) -> bool:
        """The subject is something the reader does — a gerund or an infinitive
        ("Testing the releases…", « Tester les versions… ») — not the brand or a thing it
        offers; an act of taking the offer up ("Using Firefox is the best way to…",
        `adopting_verbs`) still ranks the offer."""
        if not claims.an_act(subject):
            return False
        adopting = _words("topics", "adopting_verbs", self.language)
        return subject.lemma_.lower() not in adopting and subject.lower_ not in adopting

    def _launched(self, name) -> bool:
        """A name the copy presents as new (« le nouveau Firefox », "the new Velora"):
        the brand's launch, its own product — not a tool it points to ("Slack is the
        best way to talk with other contributors")."""
        markers = _words("aspect", "change_markers", self.language)
        named = name.pos_ == "PROPN" or name.text[:1].isupper() and not name.is_sent_start \
            or any(
            c.pos_ == "PROPN" and c.dep_ in ("compound", "flat", "flat:name", "nmod")
            for c in kids(name))  # "the new Velora app"
        return named and any(c.lower_ in markers for c in kids(name))

    @staticmethod
    def _ranks_best(word) -> bool:
        """"best", « meilleur », "easiest": a word that ranks something first."""
        return word.tag_ == "JJS" or word.lower_ in (
            "best", "meilleur", "meilleure", "meilleurs", "meilleures")

    def _best_is(self, subject, predicate) -> bool:
        """A superlative subject of a copula picks one option for the reader ("the best
        way to reach us is the app", « le meilleur réglage, c'est le mode Éco »)."""
        if predicate.lemma_.lower() in ("be", "être"):
            complements = [c for c in kids(predicate) if c.dep_ in ("attr", "xcomp", "ccomp")]
        elif any(c.dep_ == "cop" for c in kids(predicate)):
            complements = [predicate]
        else:
            return False
        if not any(c.pos_ in ("NOUN", "PROPN", "VERB", "PRON") and not any(
                g.dep_ == "case" for g in kids(c)) for c in complements):
            return False  # « … est enfin en magasin », "is back": where it is, not a pick
        best = {"best", "meilleur", "meilleure", "meilleurs", "meilleures", "mieux"}
        phrase = self.doc[subject.left_edge.i: subject.right_edge.i + 1]
        if claims.market_claim(phrase.text):
            return False  # « le meilleur jouet du monde »: a comparison with everyone
        return any(w.tag_ == "JJS" or w.lower_ in best for w in phrase)

    def _thanks_that_asks(self, tokens):
        """The verb a thanks asks for, when it asks: « merci de recommencer votre
        inscription », « merci de les modifier » — the word of thanks over a present
        infinitive is the French polite request (« veuillez… »), thanks for an act to come.
        Not thanks for what was done (« merci de nous avoir écrit »: a perfect infinitive,
        its auxiliary under it), nor for a thing (« merci de votre patience »); "thanks for
        sending it" is a gerund, gratitude. None when the thanks asks nothing."""
        thanks = _words("acts", "thanks", self.language)
        for word in tokens:
            if word.lemma_.lower() not in thanks and word.lower_ not in thanks:
                continue
            for verb in kids(word):
                if verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") and \
                        not any(c.dep_.startswith("aux") for c in kids(verb)) and \
                        not self._perfect_infinitive(verb) and \
                        any(c.dep_ in ("mark", "case") and c.lower_ in ("de", "d'", "d’")
                            for c in kids(verb)):
                    return verb
        return None

    def _perfect_infinitive(self, verb) -> bool:
        """« de nous l'avoir signalé »: the infinitive is the auxiliary of a perfect
        infinitive, the participle after it (the small model makes « avoir » the verb and
        « signalé » its noun object) — an act done, thanked for, not one asked for."""
        if verb.lemma_.lower() not in _words("acts", "perfect_auxiliaries", self.language):
            return False
        after = verb.i + 1
        while after < len(self.doc) and self.tokens[after].pos_ == "ADV":
            after += 1  # « de nous avoir déjà prévenus »
        return after < len(self.doc) and claims.participle_form(self.tokens[after])

    def _ends_with_question(self, line_end: int) -> bool:
        i = min(line_end, len(self.doc)) - 1
        while i >= 0 and self.tokens[i].is_space:
            i -= 1
        # the mark after the spaces of the line: French sets « ? » after a no-break space
        # (« vous-même\u00a0? »), a token of its own that ends no line
        k = i + 1
        while k < len(self.doc) and self.tokens[k].is_space and "\n" not in self.tokens[k].text:
            k += 1
        if k < len(self.doc) and self.tokens[k].text == "?":
            return True
        return i >= 0 and self.tokens[i].text.endswith("?")

    # -- the customer as the agent of a fault ------------------------------------------
    def _counterfactual_duty(self, tokens, start: int, end: int) -> tuple[str, int] | None:
        """A past modal of obligation on an act (« vous auriez dû lire », "you should have
        read", « il aurait fallu nous prévenir »): (whose duty it was, the modal's token).
        Read from the morphology (a past participle of devoir/falloir under a conditional
        auxiliary; should/ought + have + participle), not from strings; an expected event
        ("you should have received an email", « vous auriez dû recevoir ») is no duty;
        the epistemic passé composé (« vous avez dû recevoir ») is not conditional."""
        language = self.language
        expected = _words("acts", "expected_events", language)
        for t in tokens:
            verb = self._obligated_verb(t, language)
            if verb is None:
                continue
            if verb.lemma_.lower() in expected or verb.lower_ in expected:
                return None
            if _passive(verb):
                # « la caution aurait dû être libérée », "you should not have been made
                # to feel that way": the subject underwent the act; the one who owed it
                # is whoever acts for the brand
                return "brand", t.i
            owner = self._duty_owner(t, verb, start, end)
            if owner == "customer" and self._course_of_a_thing(t, verb):
                return None  # "it should have started on the 1st": the suspension's start
            return owner, t.i
        return None

    def _course_of_a_thing(self, modal, verb) -> bool:
        """The obligated verb tells when a thing's course began or ended (`course_events`,
        no object: « elle aurait dû commencer le 1er », "it should have started on the
        1st"), its subject a thing or an anaphoric pronoun — not a person who can owe
        (« vous », a name, the staff): an expected event of the service, nobody's duty."""
        events = _words("acts", "course_events", self.language)
        if verb.lemma_.lower() not in events and verb.lower_ not in events or \
                modal.lemma_.lower() in ("falloir", "fallu") or modal.lower_ == "fallu":
            return False  # « il aurait fallu commencer plus tôt »: the impersonal, a duty
        children = kids(verb)
        if any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") and not _a_date(c)
               for c in children):
            return False  # "you should have started the procedure": an act on something
            # (« commencer le 1er »: the small French model makes the date an object)
        subjects = [c for c in (*children, *kids(modal)) if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return False
        subject = subjects[0]
        things = ("it", "il", "elle", "ça", "cela", "ce", "this", "that")
        return subject.lower_ in things or not self._can_owe(subject)

    def _counterfactual_sufficiency(self, start: int, end: int) -> tuple[str, int] | None:
        """What would have been enough, or would have prevented the problem, in the past
        conditional (« un simple appel d'un proche aurait suffi », "lagging would most
        likely have prevented this"): a reproach of an act that was not done — (whose act
        it was, the cue's token). The brand's when its clause names the brand (« un appel
        de notre part », "a call from us", "if we had…"): an admission; otherwise the
        customer's side. Denied (« rien n'aurait suffi », "nothing would have prevented
        it") it reproaches nothing."""
        text = features.span_text(self.doc, start, end)
        m = _phrases("acts", "sufficiency_counterfactuals", self.language).search(text)
        if m is None:
            return None
        span = self.doc.char_span(self.tokens[start].idx + m.start(),
                                  self.tokens[start].idx + m.end(), alignment_mode="expand")
        cue = span.start if span is not None else start
        words = {t.lower_ for t in self.tokens[start:end]}
        if words & {"rien", "nothing", "not", "n't", "pas", "never", "jamais"}:
            return None
        # the brand as a body, not the agent's "I" ("I think a call would have been enough")
        ours = {"nous", "notre", "nos", "we", "us", "our", "ours"}
        brand = words & ours or any(self._is_brand_name(t) for t in self.tokens[start:end])
        return ("brand" if brand else "customer"), cue

    def _obligated_verb(self, t, language: str):
        modals = _words("acts", "blame_modals", language)
        if t.lower_ in _words("acts", "duty_participles", language) and any(
                c.lemma_.lower() in ("be", "être") and "Past" in features.morph(c).get("Tense")
                or c.lower_ in ("étiez", "était", "étais")
                for c in [*kids(t), *self.tokens[max(t.i - 2, 0):t.i]]):
            # "you were supposed to call", « vous étiez censé nous prévenir »
            verbs = [c for c in kids(t) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
            return verbs[0] if verbs else None
        if language == "en":
            if t.lower_ not in modals:
                return None
            head = t.head
            has_have = any(c.lower_ == "have" and c.dep_ == "aux" for c in kids(head))
            return head if has_have and head.tag_ == "VBN" else None
        if t.lower_ in _words("acts", "past_duty_imperfects", language) and \
                self._customer_acted_before(t):
            # the infinitive, even tagged as a noun (« il fallait le vérifier »: obj)
            verbs = [c for c in kids(t) if c.dep_ in ("xcomp", "ccomp", "csubj", "obj")
                     and (c.pos_ in ("VERB", "AUX") or c.lower_.endswith(("er", "ir", "re")))]
            if not verbs and t.head.i > t.i and t.head.pos_ == "VERB":
                verbs = [t.head]  # the parse may hang « fallait » on its infinitive
            if not verbs or any(w.lower_ in _words("holders", "customer_pronouns", language)
                                for w in self.tokens[t.i + 1:verbs[0].i]):
                return None  # « il fallait vous prévenir »: an act owed to the reader
            return verbs[0]
        if t.lemma_.lower() not in modals or "Part" not in features.morph(t).get("VerbForm") \
                and t.lower_ not in _words("acts", "modal_participles", language):
            return None
        conditional = _words("acts", "conditional_auxiliaries", "fr")
        helpers = [c for c in kids(t) if c.dep_.startswith("aux")]
        before = [self.tokens[i] for i in range(max(t.i - 3, 0), t.i)]
        if not any(h.lower_ in conditional or "Cnd" in features.morph(h).get("Mood")
                   for h in [*helpers, *before]):
            return None
        verbs = [c for c in kids(t) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        return verbs[0] if verbs else self._verb_past_clitics(t) or t

    _CLITICS = frozenset({"vous", "nous", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’",
                          "lui", "leur", "le", "la", "l'", "l’", "les", "y", "en"})

    def _verb_past_clitics(self, modal):
        """The infinitive a modal governs, past the clitic pronouns between them (« aurait
        dû vous être livré », « aurait dû nous le dire »), when the small model hangs it on
        a clitic: the verb, or its participle after « être » (a passive). None otherwise."""
        i = modal.i + 1
        while i < len(self.tokens) and self.tokens[i].lower_ in self._CLITICS:
            i += 1
        if i == modal.i + 1 or i >= len(self.tokens):
            return None  # no clitic in between: the parse has not slipped there
        verb = self.tokens[i]
        if verb.lemma_.lower() == "être" and i + 1 < len(self.tokens) and \
                "Part" in features.morph(self.tokens[i + 1]).get("VerbForm"):
            return self.tokens[i + 1]
        return verb if "Inf" in features.morph(verb).get("VerbForm") else None

    def _customer_acted_before(self, t, reach: int = 30) -> bool:
        """The reader is the subject of a verb in the words before `t` (« vous avez
        commandé du 10x15 … il fallait le vérifier »): the duty follows their own act."""
        pronouns = _words("holders", "customer_pronouns", self.language)
        return any(w.lower_ in pronouns and w.dep_ in SUBJECT_DEPS
                   for w in self.tokens[max(t.i - reach, 0):t.i])

    def _duty_owner(self, modal, verb, start: int, end: int) -> str:
        """Whose duty: the subject of the modal or of the obligated verb; with the
        impersonal « il aurait fallu », the subject of the verb (« que nous
        vérifiions ») or, when it has none, the reader."""
        auxiliaries = [self.tokens[i] for i in range(max(modal.i - 3, start), modal.i)
                       if self.tokens[i].head.i == modal.i or self.tokens[i].dep_.startswith("aux")]
        for head in (modal, modal.head, verb, *auxiliaries):
            for c in kids(head):
                if c.dep_ not in SUBJECT_DEPS:
                    continue
                c = self._antecedent(c, head)  # "roses that should never have left our shop"
                if start <= c.i < end and not (
                        self._is_anaphor(c) or c.lower_ in ("il", "it")):
                    if not self._can_owe(c):
                        if self._brands_thing_failed(modal, c):
                            return "brand"
                        continue  # a thing owes no duty (the parse makes « le colis »
                        # the subject of « il aurait fallu refuser le colis »)
                    kind = self._duty_kind(c)
                    if kind != "generic":
                        return "brand" if kind in BRAND_SIDE else kind
        # a conjunct without a subject shares its first conjunct's, even before the
        # clause ("Hassan got held up and should have let you know": Hassan's duty)
        for conjunct in (modal.head, verb):
            if conjunct.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in kids(conjunct)):
                continue
            for c in kids(conjunct.head):
                if c.dep_ in SUBJECT_DEPS and self._can_owe(c) and not (
                        self._is_anaphor(c) or c.lower_ in ("il", "it")):
                    kind = self._duty_kind(c)
                    if kind != "generic":
                        return "brand" if kind in BRAND_SIDE else kind
        return "customer"

    def _antecedent(self, subject, verb):
        """A relative pronoun subject stands for the noun its clause qualifies ("roses that
        should never have left our shop", « le colis qui aurait dû partir »): that noun —
        unless the reader gave or chose it ("the address you gave, which should have…"):
        then the pronoun, as before. Any other subject is itself."""
        if subject.lower_ not in ("which", "that", "who", "qui") or \
                verb.dep_ not in ("relcl", "acl:relcl") or \
                verb.head.pos_ not in ("NOUN", "PROPN"):
            return subject
        noun = verb.head
        readers = _words("holders", "customer_pronouns", self.language)
        if any(c.dep_ in ("relcl", "acl:relcl") and c.i != verb.i and any(
                s.dep_ in SUBJECT_DEPS and s.lower_ in readers for s in kids(c))
               for c in kids(noun)):
            return subject
        return noun

    def _brands_thing_failed(self, modal, thing) -> bool:
        """« l'alerte SMS aurait dû partir », "the confirmation should have gone out": what
        the brand sends or runs should have happened and did not — like the passive
        (« la caution aurait dû être libérée »), the duty is whoever acts for the brand.
        Not the impersonal « il aurait fallu » (its subject is the parse's slip), nor the
        reader's own thing (« votre dossier aurait dû arriver complet »)."""
        return modal.lemma_.lower() not in ("falloir", "fallu") and \
            self._possessive(thing) != "other" and not any(
                c.lower_ in ("il", "it") and c.dep_ in SUBJECT_DEPS for c in kids(modal))

    def _can_owe(self, token) -> bool:
        """Someone who can owe a duty: a pronoun, the brand, its staff, a person."""
        staff = _words("holders", "staff", self.language)
        # a first name owes duties (« Chloé aurait dû », "Hassan should have"): the
        # pipeline runs no entity recogniser, so a proper noun stands for a person
        return token.pos_ in ("PRON", "PROPN") or self._is_brand_name(token) or \
            token.lemma_.lower() in staff or self._is_person(token)

    def _duty_kind(self, subject) -> str:
        """Who owes the duty, for `_duty_owner`: a proper noun that is not the brand is a
        person, someone else than the brand and the customer."""
        kind = self._classify(subject)
        if subject.pos_ == "PROPN" and kind == "product":
            return "third_party"
        return kind

    def _fault_of_customer(self, predicate, subject, holder: str, time: str, tokens,
                           start: int, end: int) -> int:
        """The customer named as the one at fault: a duty they failed (« vous n'avez pas
        respecté », "you failed to follow"), a fault of theirs (« votre erreur », "you
        entered the wrong address"), or the terms they accepted held against them
        (« les CGV que vous avez acceptées », "the terms you agreed to"). The token, or -1."""
        language = self.language
        m = _phrases("acts", "blame_phrases", language).search(
            features.span_text(self.doc, start, end))
        if m and (self._polarity(predicate, tokens) == "affirmed" or _NEGATION_INSIDE.search(
                m.group(0))):  # « ne lâche pas tout seul » carries its own negation
            span = self.doc.char_span(self.tokens[start].idx + m.start(),
                                      self.tokens[start].idx + m.end(), alignment_mode="expand")
            return span.start if span is not None else predicate.i
        contract = self._contract_accepted(start, end, time)
        if contract >= 0:
            return contract
        if holder != "customer" or time != "past" or subject is None or _passive(predicate):
            return -1  # « vous n'avez pas été prévenu »: the customer underwent it
        duties = _words("acts", "duty_verbs", language)
        omissions = _words("acts", "omission_verbs", language)
        verb = predicate.lemma_.lower()
        # the negation of the customer's own act, not of what they reported ("you
        # mentioned the parcel never arrived" is their account, not their omission)
        negated = any(t.lower_ in ("pas", "not", "n't", "point", "guère", "never", "jamais")
                      and (t.head.i == predicate.i or t.head.pos_ == "AUX"
                           and t.head.head.i == predicate.i) for t in tokens)
        if negated and verb in duties and not self._message_content(subject, verb):
            return predicate.i  # « vous n'avez pas respecté la procédure »
        if verb in omissions and any(c.lemma_.lower() in duties for c in kids(predicate)
                                     if c.dep_ in ("xcomp", "ccomp", "obj", "dobj")):
            return predicate.i  # "you failed to follow", « vous avez omis de joindre »
        return -1

    def _message_content(self, subject, verb: str) -> bool:
        """The subject is what the customer wrote to us (« votre message », "your email",
        "your form"), not the customer, and the verb says what it holds: what it did not
        include is its content told — the reply asks for the piece missing ("your message
        didn't include them"), no duty of theirs reproached (« vous n'avez pas joint la
        facture » keeps the person as agent; « votre demande ne respectait pas le délai »
        a rule they missed)."""
        messages = _words("acts", "written_messages", self.language)
        return verb in _words("acts", "content_verbs", self.language) and (
            subject.lemma_.lower() in messages or subject.lower_ in messages)

    def _contract_accepted(self, start: int, end: int, time: str) -> int:
        """Terms the customer is said to have accepted, held against them (« les CGV que
        vous avez acceptées », « les CGV acceptées lors de votre commande »). Not a class
        of contracts an offer sets apart by a cutoff date (`_offer_cutoff`)."""
        language = self.language
        nouns = _words("acts", "contract_nouns", language)
        accepting = _words("acts", "accepting_verbs", language)
        customer = _words("holders", "customer_pronouns", language)
        for t in self.tokens[start:end]:
            if t.lemma_.lower() not in nouns and t.lower_ not in nouns:
                continue
            for c in kids(t):
                if c.dep_ not in ("acl:relcl", "relcl", "acl", "amod") or (
                        c.lemma_.lower() not in accepting and c.lower_ not in accepting):
                    continue
                if self._offer_cutoff(t, c, time):
                    continue
                if any(g.dep_ in SUBJECT_DEPS and g.lower_ in customer for g in kids(c)):
                    return t.i  # « les CGV que vous avez acceptées »
                if ("Part" in features.morph(c).get("VerbForm") or c.pos_ == "ADJ"
                        or c.tag_ == "VBN") \
                        and not any(
                        g.dep_ in SUBJECT_DEPS for g in kids(c)):
                    return t.i  # « les CGV acceptées lors de votre commande »
            return -1
        return -1

    def _offer_cutoff(self, noun, accepting, time: str) -> bool:
        """« les contrats signés avant le 31 août bénéficient de 10 % de réduction »,
        "20% off all new contracts signed before 31 August": contracts set apart by a
        cutoff date (`cutoff_markers` before a day or a month) in a clause that tells
        nothing past — the condition of an offer, a class any reader may join, not terms
        this customer accepted. The reader's own contract (« votre contrat signé avant le 1er
        mars… ») and a clause the frame reads as past ("the terms accepted before 1 March
        said…") stay theirs."""
        if time == "past" or self._possessive(noun) == "other":
            return False
        cutoffs = _words("acts", "cutoff_markers", self.language)
        months = _words("aspect", "month_names", self.language)

        def dated(phrase) -> bool:
            return any(t.lower_ in months or _DAY_OF_MONTH.match(t.text) for t in phrase.subtree)

        for t in accepting.subtree:
            if t.lower_ not in cutoffs or t.i == noun.i:
                continue
            # EN: the preposition heads its date ("before → August", "by" read as an
            # agent too); FR: the date heads its case marker (« 31 → avant »)
            phrase = t.head if t.dep_ in ("case", "mark", "fixed") else t
            if phrase.i != accepting.i and dated(phrase):
                return True
        return False

    def _doubt(self, predicate, subject, tokens, start: int, end: int, time: str) -> int:
        """The customer's account treated as a claim: « vous prétendez », "you claim",
        « soi-disant », "allegedly", « selon vos dires ». The token, or -1."""
        language = self.language
        doubt_verbs = _words("acts", "doubt_verbs", language)
        customer = _words("holders", "customer_pronouns", language)
        for t in tokens:
            if t.lemma_.lower() in doubt_verbs and t.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in customer for c in kids(t)):
                return t.i
        claimed = self._account_named_a_claim(predicate, tokens)
        if claimed >= 0:
            return claimed
        text = features.span_text(self.doc, start, end)
        m = _phrases("acts", "doubt_phrases", language).search(text)
        if m is None:
            m = _phrases("acts", "evidence_wanting", language).search(text)
            if m and self._finding_supposed(text[:m.start()], start, end):
                m = None  # « si le constat ne permet pas d'établir un dommage, la caution
                # vous sera rendue »: the brand's finding supposed, the benefit of the doubt
        if m and _phrases("acts", "term_glosses", language).match(
                features.doc_text(self.doc), self.tokens[start].idx + m.start()):
            m = None  # "so-called societal services (public services and…)": a term named
            # and glossed at once, no account doubted
        if m and self._opinion_asked(m.group(0), tokens, time):
            m = None  # "move the handle to the video that should be recommended according
            # to you": the reader's judgement asked for, not their account doubted
        if m and self._confirms_a_choice(m.group(0), start):
            m = None  # "If you refuse it, the payment will be refunded. Are you sure?": the
            # prompt before the reader's own act, no account of theirs doubted
        if m and not (self._polarity(predicate, tokens) == "negated" and any(
                t.lemma_.lower() in ("douter", "doubt", "croire", "believe") for t in tokens)
                and self._negation_before(tokens, self.tokens[start].idx + m.end())) \
                and not self._opens_recourse(m.group(0), start):
            span = self.doc.char_span(self.tokens[start].idx + m.start(),
                                      self.tokens[start].idx + m.end(), alignment_mode="expand")
            return span.start if span is not None else predicate.i
        return -1

    def _negation_before(self, tokens, char_end: int) -> bool:
        """A negation cue stands before `char_end` (the doubt's words): it denies the
        doubt (« nous ne doutons pas », "we have no reason to doubt"). A negation only in
        the clause doubted, after the words of doubt (« nous avons du mal à croire qu'il ne
        soit pas arrivé »), is the customer's account, not a denial of the doubt (se64)."""
        particles = _words("holders", "negation_particles", self.language)
        return any(t.idx < char_end and (t.lower_ in NEGATION_CUES or t.lower_ in particles
                                         or t.lower_ in ("no", "aucun", "aucune"))
                   for t in tokens)

    def _account_named_a_claim(self, predicate, tokens) -> int:
        """The customer's account named by the noun of a verb of claiming, theirs by its
        possessive (« nous ne pouvons que prendre note de vos affirmations », « vérifier
        vos dires », "we have noted your assertions"): the nominal « vous affirmez » — doubt.
        Not a doubt denied (« nous ne mettons pas en doute vos affirmations »). The noun's
        token, or -1."""
        claims = _words("acts", "claim_nouns", self.language)
        owned = _words("holders", "customer_possessives", self.language)
        doubting = _words("acts", "doubt_words", self.language)
        for t in tokens:
            if t.lower_ not in claims or t.i == 0:
                continue
            if self.doc[t.i - 1].lower_ in owned or any(
                    c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in owned
                    for c in kids(t)):
                if self._polarity(predicate, tokens) == "negated" and any(
                        w.lemma_.lower() in doubting or w.lower_ in doubting for w in tokens):
                    return -1
                return t.i
        return -1

    _SUPPOSED = re.compile(r"(?:^|\W)(?:si|s['’]|if|unless|à\s+moins\s+qu['’e])\s*\w*"
                           r"[\w\s'’-]*$", re.I)
    _WITHHELD = frozenset({"pas", "not", "n't", "cannot", "can't", "unable", "aucun", "aucune",
                           "no", "rien", "nothing", "impossible", "dû", "due", "payable",
                           "retenue", "retenu", "conservée", "conservé", "withheld", "kept",
                           "refusée", "refusé", "refused", "declined"})

    def _finding_supposed(self, before: str, start: int, end: int) -> bool:
        """The brand's evidence wanting (`evidence_wanting`) only supposed, in a condition
        of its own clause, and what follows on the line grants rather than withholds
        (« si le constat ne permet pas d'établir un dommage, la caution vous sera
        restituée », "if there is no evidence that the tear happened during the hire, we
        will return your deposit"): the benefit of the doubt, no account doubted. A
        refusal after it (« …, nous ne pourrons pas vous rembourser ») keeps the doubt."""
        if not self._SUPPOSED.search(before):
            return False
        _line_start, line_end = line_bounds(self.doc, start)
        return not any(t.lower_ in self._WITHHELD for t in self.tokens[end:line_end])

    def _opinion_asked(self, matched: str, tokens, time: str) -> bool:
        """The reader's view (`opinion_attributions`: "according to you", « selon vous »)
        put on a judgement or a preference (`judgement_words`: what should be recommended,
        what is best, what they prefer) in a clause that tells nothing past: the copy asks
        their opinion. Doubting good faith is about the customer's account of facts — what
        they received, did or were told ("according to you, the parcel never arrived"),
        and a past duty ("according to you, we should have called") is such an account."""
        attributions = _words("acts", "opinion_attributions", self.language)
        if " ".join(matched.lower().split()) not in attributions or time == "past":
            return False
        if any(counterfactual(t, self.language) for t in tokens):
            return False
        judgements = _words("acts", "judgement_words", self.language)
        return any(t.lemma_.lower() in judgements or t.lower_ in judgements for t in tokens)

    _BARE_SURE = re.compile(r"^(?:are\s+you|êtes-vous|etes-vous|es-tu|vous\s+êtes)\s+"
                            r"(?:really\s+|absolutely\s+|quite\s+|bien\s+|vraiment\s+)?"
                            r"(?:sure|certain|sûre?s?|certaine?s?)\s*\??$", re.I)
    _READERS_CHOICE = re.compile(r"\b(?:if\s+you|once\s+you|si\s+vous|une\s+fois\s+que\s+vous|"
                                 r"do\s+you\s+(?:really\s+)?want|voulez-vous|souhaitez-vous)\b",
                                 re.I)

    def _confirms_a_choice(self, matched: str, start: int) -> bool:
        """A bare "Are you sure?" / « Êtes-vous sûr ? » after the consequence of an act
        the reader is about to take, on its line or the one before ("If you refuse it, the
        payment will be refunded. Are you sure?", « Si vous supprimez ce compte, … Êtes-vous
        sûr ? »): a confirmation prompt. Not after the customer's account ("I never got it."
        — "Are you sure?") nor in a script's reply to it."""
        if not self._BARE_SURE.match(matched.strip()):
            return False
        if self.analysis.customer_turns:
            return False
        line_start, _ = line_bounds(self.doc, start)
        previous = line_bounds(self.doc, max(line_start - 1, 0))[0]
        before = features.span_text(self.doc, previous, start)
        return bool(self._READERS_CHOICE.search(before))

    _BELIEF_CONDITION = re.compile(
        r"^(?:if\s+you\s+(?:believe|think|feel|consider)|si\s+vous\s+(?:pensez|estimez|"
        r"croyez|considérez))\b", re.I)
    _POSSIBILITY = re.compile(r"\b(?:(?:you|vous)\s+(?:may|can|could|pouvez|pourrez|pourriez)"
                              r"|(?:you|vous)\s+(?:have|avez)\s+(?:the\s+(?:right|option|possibility)|le\s+droit|"
                              r"la\s+possibilité|l['’]option))\b",
                              re.I)

    def _opens_recourse(self, matched: str, start: int) -> bool:
        """A condition of belief that opens the reader's recourse on its line (« si vous
        pensez que… , vous pouvez contester », "if you believe…, you may dispute the
        claim"): a right and its procedure. Not when the belief is stressed ("if you
        really believe") nor when the line asks for proof."""
        stress = _words("acts", "belief_stress", self.language)
        if not self._BELIEF_CONDITION.match(matched.strip()) or any(
                w.lower() in stress for w in re.findall(r"\w+", matched)):
            return False
        line_start, line_end = line_bounds(self.doc, start)
        rest = features.span_text(self.doc, start, line_end)
        after = rest[rest.lower().find(matched.lower()) + len(matched):]
        mistaken = _phrases("acts", "mistake_beliefs", self.language).match(after.lstrip())
        if mistaken is not None:
            # « si vous pensez que c'est une erreur, vous pouvez nous contacter », "if you
            # think this is a mistake, contact us": the brand's own decision may be wrong,
            # and the reader is offered the way to say so — recourse, no doubt of them
            offer = after.lstrip()[mistaken.end():]
            if self._POSSIBILITY.search(offer) or \
                    _phrases("acts", "contact_offers", self.language).search(offer):
                return True
        possible = self._POSSIBILITY.search(after)
        if possible is None:
            return False
        tail = after[possible.end(): possible.end() + 60].lower()
        return any(re.match(r"\s*(?:\w+\s+)?" + re.escape(v) + r"\w*\b", tail)
                   for v in _words("acts", "recourse_verbs", self.language))

    def _apology_or_shift(self, start: int, end: int) -> str:
        """An apology, unless what it regrets is the customer's own fault (« désolés que
        vous ayez mal compris »: blame) or perception ("sorry you feel that way":
        deflection)."""
        language = self.language
        line_start, line_end = line_bounds(self.doc, start)
        text = features.span_text(self.doc, start, max(end, min(line_end, end + 12)))
        if _phrases("acts", "misperception", language).search(text):
            return "blame"
        if _phrases("acts", "deflection", language).search(text):
            return "deflection"
        return "apology"

    _DATED_DAY = re.compile(
        r"\b(?:demain|aujourd['’]hui|ce\s+(?:matin|soir)|tomorrow|today|tonight)\b[\s,]+"
        r"(?:[^\W\d]{2,9}\.?\s+)?\d{1,2}[/.]\d{1,2}\b", re.I)

    def _dated_day(self, line_start: int) -> bool:
        """A relative day followed by its calendar date on the same line of text
        (« demain mar. 12/11 », "tomorrow Wed 13/11"), which the parser may cut at the
        abbreviation's dot: read on the text line."""
        text = features.doc_text(self.doc)
        last = text.find("\n", self.tokens[line_start].idx)
        return bool(self._DATED_DAY.search(text, self._paragraph_char(line_start),
                                           last if last >= 0 else len(text)))

    def _names_a_time(self, start: int, end: int) -> bool:
        """A booked event carries its date or slot (« demain entre 8 h et 12 h »)."""
        delay_prepositions = {"sous", "en", "dans", "within", "in", "under", "d'ici", "d’ici"}
        in_delay = False
        bounds = {"moins", "de", "d'", "d’", "less", "than", "just", "only", "même", "pas"}
        for t in self.tokens[start:min(end + 8, len(self.doc))]:
            before = t.i - 1
            while before > t.i - 4 and before >= 0 and self.tokens[before].lower_ in bounds:
                before -= 1  # « en moins d'une heure », "in less than a day": its bound
            if t.like_num and before >= 0 and self.tokens[before].lower_ in delay_prepositions:
                in_delay = True
                continue  # « sous 48 h », "within 2 days": a delay, not a booked slot
            if in_delay and (t.ent_type_ in ("DATE", "TIME") or t.pos_ == "NOUN"):
                in_delay = False
                continue  # its unit ("weeks", « jours »), which the model tags a date
            in_delay = False
            if t.ent_type_ == "ORDINAL" or t.like_num and t.pos_ == "ADJ":
                continue  # "your first lesson", « la première séance »: a rank, no time
            if t.like_num or t.ent_type_ in ("DATE", "TIME") or t.lower_ in (
                    "demain", "aujourd'hui", "tomorrow", "today", "lundi", "mardi", "mercredi",
                    "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
                    "wednesday", "thursday", "friday", "saturday", "sunday", "matin",
                    "après-midi", "morning", "afternoon", "soir", "evening"):
                return True
        return False

    def _topic(self, predicate, holder: str, time: str, act: str, tokens, start: int,
               end: int) -> str:
        language = self.language
        line_start, line_end = line_bounds(self.doc, start)
        clause_text = features.span_text(self.doc, start, end)
        lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        # « Jamais nous n'enregistrons, ne suivons ni ne partageons les données »: verbs
        # coordinated past the comma share the object that says what the clause is about
        lemmas |= {d.lemma_.lower() for c in kids(predicate)
                   if c.dep_ == "conj" and c.i >= end for d in c.subtree}
        if act == "advice":
            return "advice"
        if self._bound_by_authority(predicate) or _BY_LAW.search(
                features.span_text(self.doc, line_start, line_end)):
            return "law"  # « la réglementation impose toujours le casque »; "by law we
            # always check ID", « la loi nous oblige à… »: what the law makes the brand do
        if holder == "customer" and self._customer_acts(predicate):
            return "customer_act"  # « Commandez avant midi », "Order today"
        if self._required_of_reader(predicate):
            return "customer_act"  # "Receipts must be uploaded within 30 days", « les
            # justificatifs doivent être envoyés sous 30 jours »: what the reader must do
        if self._policy(lemmas, clause_text, holder, predicate, tokens) or self._policy_headline(
                line_start, start):
            return "policy"
        if holder != "customer" and self._price_policy(predicate, start, end):
            return "policy"  # "Foot measuring is free, always", "never a fee for…"
        if self._composition(tokens) or _phrases("topics", "defaults", language).search(
                features.span_text(self.doc, line_start, line_end)):
            return "composition"  # a fact of how the product is made or set up
        if self._mechanism(predicate, holder, tokens, start, end) or self._system_state(
                predicate, holder, tokens) or self._layout(predicate, end) or \
                self._setting_follows(predicate, tokens) or self._placed_with(holder, tokens):
            return "mechanism"
        if self._naming(predicate) or self._names_in_clause(tokens):
            return "definition"
        if holder in ("customer", "third_party") and time == "past":
            return "story"
        line_text = features.span_text(self.doc, line_start, line_end)
        if holder in ("customer", "third_party") and _phrases(
                "topics", "story_anchors", language).search(line_text):
            return "story"
        if holder in ("brand", "customer") and (predicate.lemma_.lower() in _words(
                "topics", "belief_verbs", language) or self._knows_that(predicate)):
            return "belief"
        if holder in ("customer", "third_party") and time == "future" and \
                predicate.lemma_.lower() in _words("topics", "memory_verbs", language):
            return "belief"  # « vous ne l'oublierez jamais », "they'll always remember":
            # foretold; not "And remember, you can reach us…", a reminder
        if self._values(predicate, start, end) or self._idea_pledge(start):
            return "values"
        words = self._predicate_words(predicate)
        if predicate.lemma_.lower() in ("rester", "être", "demeurer", "stay", "remain", "be"):
            # « nous restons toujours à votre disposition »: where the brand stays; « nous
            # serons toujours ravis de vous lire »: the small French model makes the future
            # of *être* a verb and its attribute an object (a copula has none)
            words += [c for c in kids(predicate) if c.dep_.startswith("obl")
                      or c.dep_ in ("prep", "obj")]
        if holder in ("brand", "service", "customer", "generic", *THINGS) and any(
                courtesy_word(w, language) for w in words) and (
                holder not in (*THINGS, "generic") or self._impersonal_courtesy(tokens)):
            return "courtesy"
        if any(start <= i < end for i in self.analysis.service_words):
            return "service"
        return "product"

    def _reach(self, predicate, start: int, elided: bool = False) -> int:
        """Where a clause's words start for a reading of what it is about: a clause
        reduced to an adverb or a mark (", always,", "— always"), or to a verb left out,
        reads from the start of its line."""
        if elided or predicate.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
            return line_bounds(self.doc, start)[0]
        return start

    def _price_policy(self, predicate, start: int, end: int) -> bool:
        """An absolute on what the reader pays: "is free, always", "there is never a
        fee", « aucuns frais, jamais », « toujours offerte », "now and forever free",
        « gratuit pour toujours » — a price the brand sets.
        Not a compound's "-free" ("risk-free", "hassle-free"): that is no price."""
        start = self._reach(predicate, start)  # ", always," standing alone
        tokens = self.tokens[start:end]
        text = features.span_text(self.doc, start, end).lower()
        if not any(t.lower_ in ("toujours", "jamais", "always", "never", "forever")
                   for t in tokens) and "every time" not in text and \
                "chaque fois" not in text and "pour toujours" not in text:
            return False  # (« à chaque fois », "every time": the same price each time)
        prices = _words("topics", "price_words", self.language)
        return any((t.lower_ in prices or t.lemma_.lower() in prices) and t.pos_ in (
            "ADJ", "NOUN", "ADV", "VERB") and not (t.i > 0 and self.tokens[t.i - 1].text in (
                "-", "‑", "–")) and "-" not in t.text for t in tokens)

    def _values(self, predicate, start: int, end: int) -> bool:
        """The clause states what the brand stands for or puts first: a value noun of
        ours as the predicate ("that's always been our thing", « la transparence a
        toujours été notre priorité »), or the reader ranked first ("we put you first —
        always", « nous vous faisons toujours passer en priorité »). A clause reduced to
        its adverb after a dash ("— always"), or to an auxiliary whose verb is left out
        ("— and always have"), reads the rest of its line."""
        language = self.language
        elided = predicate.lemma_.lower() in ("have", "do", "be", "will") and not any(
            c.dep_ in ("dobj", "obj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd")
            for c in kids(predicate))  # "— and always have": what they put first
        said = self._named_after_absolute(start, end)  # (the clause's own words)
        start = self._reach(predicate, start, elided)
        nouns = _words("topics", "value_nouns", language)
        for word in [*self._predicate_words(predicate), *said]:
            if word.pos_ in ("NOUN", "PROPN") and (word.lemma_.lower() in nouns or
                                                  word.lower_ in nouns) and \
                    self._possessive(word) == "own":
                return True
        text = features.span_text(self.doc, start, end)
        if not _phrases("topics", "reader_first", language).search(text):
            return False
        ranking = _words("topics", "ranking_verbs", language)
        if not any(t.lemma_.lower() in ranking for t in self.tokens[start:end]
                   if t.pos_ in ("VERB", "AUX")):
            return False  # « nous traitons votre dossier en priorité »: a service, first
        reader = {"you", "vous", "te", "t'", "t’", "toi"}
        return any(t.lower_ in reader and t.dep_ not in SUBJECT_DEPS or t.dep_ in (
            "dobj", "obj") and any(c.lower_ in features.READERS_POSSESSIVES
                                   for c in t.subtree if c.i < t.i)
            for t in self.tokens[start:end])  # "put you first", "put your privacy first"

    def _named_after_absolute(self, start: int, end: int) -> list:
        """In a clause with no verb, the words right after its absolute ("…, always our
        priority", « toujours notre priorité »): what the verbless clause says it is."""
        if not self._verbless(start, end):
            return []
        found = []
        for t in self.tokens[start:end]:
            if t.lower_ in ("always", "toujours", "forever"):
                found.extend(self.tokens[t.i + 1:min(t.i + 3, end)])
        return found

    def _knows_that(self, predicate) -> bool:
        """"We've always known that we would never…", « nous savons depuis toujours
        que… »: a verb of knowing with a clause of its own says what the brand holds
        true — a belief, what it admits or expects, not a performance. Not « nous savons
        toujours trouver une solution »: knowing how, with an infinitive, is a skill."""
        if predicate.lemma_.lower() not in _words("topics", "knowledge_verbs", self.language):
            return False
        return any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in kids(c))
                   for c in kids(predicate))

    def _idea_pledge(self, start: int) -> bool:
        """« Indépendant, toujours », "Independent, always": a line with no verb that
        pairs a word of the brand's central idea — a value (analysis/lexicons/values.yaml),
        not a performance — with an absolute. The brand says what it stands for as a
        pledge; no service level or product property is claimed ("Fast, always" is a
        performance, no value; "Fiable, toujours" is judged)."""
        line_start, line_end = line_bounds(self.doc, start)
        words = [t for t in self.tokens[line_start:line_end] if t.is_alpha]
        if not words or len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        absolutes = {"toujours", "always", "forever", "jamais", "never", "pour", "et", "and"}
        content = [t for t in words if t.lower_ not in absolutes]
        if not content or len(content) == len(words):
            return False
        core = self.analysis.vocabulary.idea_core
        value_words = frozenset().union(*(a.idea_words for a in values.axes(self.language)))
        performance = _words("topics", "performance_adjectives", self.language)
        return all({t.lemma_.lower(), t.lower_} & core and {t.lemma_.lower(), t.lower_}
                   & value_words and t.lower_ not in performance for t in content)

    def _naming(self, predicate) -> bool:
        """The clause gives a thing its name: "… is called Speedometer", « se nomme
        Speedometer », « s'appelle », "is known as": it says what the thing is called,
        whatever words describe it, and claims nothing of the brand's."""
        if predicate.lemma_.lower() not in _words("topics", "naming_verbs", self.language):
            return False
        children = list(kids(predicate))
        if self.language == "en":
            return any(c.dep_ in ("auxpass", "aux:pass") for c in children) and any(
                c.dep_ in ("oprd", "attr", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
                for c in children)
        return any(c.lower_ in ("se", "s'", "s’") for c in children)

    def _names_in_clause(self, tokens) -> bool:
        """The same, where the small model makes the subject noun the clause's root:
        « se nomme » / « s'appelle », "is called" / "is named" standing in the clause,
        a name in capitals after it."""
        naming = _words("topics", "naming_verbs", self.language)
        for t in tokens:
            if t.i == 0 or t.i + 1 >= len(self.doc) or not _verb_of(t, naming, self.language):
                continue
            before, after = self.tokens[t.i - 1], self.tokens[t.i + 1]
            reflexive = before.lower_ in ("se", "s'", "s’")
            passive = before.lower_ in ("is", "are", "was", "'s", "’s") and t.tag_ == "VBN"
            if (reflexive or passive) and after.text[:1].isupper():
                return True
        return False

    @staticmethod
    def _impersonal_courtesy(tokens) -> bool:
        """"It's always a pleasure to help", "always good to hear from you": a feeling
        about the contact itself, with no product named as subject."""
        return not any(t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") for t in tokens)

    def _required_of_reader(self, predicate) -> bool:
        """A passive of one of the reader's acts under a modal of obligation, with no
        agent ("Receipts must be uploaded within 30 days", « les justificatifs doivent
        être envoyés sous 30 jours »): a requirement the reader has to meet, not what the
        brand does. Not "your order must be delivered" (not the reader's act), nor "must
        be sent by our team" (the brand's)."""
        acts = _words("acts", "customer_acts", self.language)
        obliged = {"must", "should", "shall"}
        verbs = [predicate]
        if predicate.lemma_.lower() == "devoir":
            verbs = [c for c in kids(predicate) if c.dep_ == "xcomp"]
            obliged = set()
        for verb in verbs:
            if verb.lemma_.lower() not in acts and verb.lower_ not in acts:
                continue
            kids_of = list(kids(verb))
            if not any(c.dep_ in ("auxpass", "aux:pass") for c in kids_of):
                continue
            if any(c.dep_ in ("agent", "obl:agent") for c in kids_of):
                continue
            if not obliged or any(c.dep_ == "aux" and c.lower_ in obliged for c in kids_of):
                return True
        return False

    def _customer_acts(self, predicate) -> bool:
        """The reader, told or said to act (« Commandez », "you order"), not their
        parcel (« vos briques arrivent »)."""
        acts = _words("acts", "customer_acts", self.language)
        verbs = [predicate, *(c for c in kids(predicate) if c.dep_ == "xcomp"
                              and c.i > predicate.i)]
        if not any(v.lemma_.lower() in acts or v.lower_ in acts for v in verbs):
            return False  # "you would have to cancel…", « il vous suffit d'annuler »
        subjects = [c for c in kids(predicate) if c.dep_ in SUBJECT_DEPS] or \
            self._conjunct_subjects(predicate)  # ("your data … and is never sent": the data)
        return all(s.pos_ == "PRON" for s in subjects)

    def _policy(self, lemmas, clause_text: str, holder: str, predicate=None,
                tokens=()) -> bool:
        language = self.language
        if predicate is not None:
            lemmas = lemmas | self._readers_data(predicate, tokens)
        if _phrases("topics", "consent", language).search(clause_text):
            return True
        if predicate is not None and self._readers_prerogative(predicate):
            return True  # "that decision is always yours", « le dernier mot vous revient »
        if predicate is not None and self._retention(predicate, tokens):
            return True  # « le dossier sera supprimé 3 mois après le traitement », "we
            # then delete the logs within 72 hours": how long the brand keeps what it holds
        if predicate is not None and (holder == "brand" or holder == "service" and any(
                c.dep_ in SUBJECT_DEPS and self._own_staff(c)
                for c in kids(predicate)) and self._acts_on_something(predicate)) and \
                self._refrains(predicate, {t.lower_ for t in tokens} or lemmas):
            return True  # "we never sell your data"; "our workshop has never put a piece
            # through varnish": the brand's own team or place, the same conduct — an act
            # on something ("our line never sleeps" is availability, no practice)
        if lemmas & {"jamais", "never", "toujours", "always"} and tokens and _phrases(
                "topics", "rule_words", language).search(features.span_text(
                    self.doc, *line_bounds(self.doc, tokens[0].i))):
            return True  # « Le gilet est obligatoire sur l'eau, pour tout le monde,
            # toujours »: a house rule, which the brand sets
        if predicate is not None and holder in ("brand", "service") and \
                self._applies_rules(predicate):
            return True  # "we will always default to the host's refund policy"
        if predicate is not None and self._informs_reader(predicate, lemmas):
            return True  # "you will always be notified before we debit your account"
        if predicate is not None and self._validity(predicate, lemmas, clause_text):
            return True  # "Your points never expire", « valable à vie »: a programme's terms
        objects = _words("topics", "policy_objects", language)
        if lemmas & {"jamais", "never"} and any(
                t.dep_ in SUBJECT_DEPS and (t.lemma_.lower() in objects or t.lower_ in objects
                                            or self._readers_datum(t))
                for t in (*tokens, *self._conjunct_subjects(predicate))):
            return True  # « Ton adresse ne sort jamais de chez nous »: the data's fate,
            # the reader's as much as the brand's — also said by a verb coordinated with
            # no subject of its own ("Your data is stored on secure servers and is never
            # shared with third parties")
        if holder != "customer" and lemmas & {"jamais", "never"} and predicate.pos_ not in (
                "VERB", "AUX") and any(t.lemma_.lower() in objects or t.lower_ in objects
                                       for t in tokens):
            return True  # « Jamais de plateforme à l'autre bout du monde », "Never a bot"
        verbs = lemmas & _words("topics", "policy_verbs", language)
        if lemmas & {"jamais", "never"} and verbs & _BILLING:
            return True  # "You are never charged before you accept it", « Rien n'est jamais
            # débité avant votre accord »: when the brand bills, a rule it sets, whoever
            # the clause's subject is
        if lemmas & {"jamais", "never"}:  # "never sends your location": where data goes
            verbs = verbs | (lemmas & _words("topics", "data_flow_verbs", language))
        if not verbs or holder not in ("brand", "service", *THINGS):
            return False
        if holder in THINGS and not lemmas & {"jamais", "never"}:
            return False  # "Firefox will never sell you out": a product that refrains
        # a data word only as where a thing goes ("sent to the email you gave us", « envoyé
        # à l'adresse indiquée ») is the address of a delivery, not the data the brand
        # handles: the clause is about what it sends (heldout33)
        destinations = {w for t in tokens if self._destination(t) for w in t.subtree}
        if destinations:
            kept = [t for t in tokens if t not in destinations]
            lemmas = lemmas - {w.lemma_.lower() for w in destinations} - {
                w.lower_ for w in destinations} | {t.lemma_.lower() for t in kept} | {
                t.lower_ for t in kept}
            clause_text = " ".join(t.text for t in kept)
        lowered = clause_text.lower()
        if lemmas & _words("topics", "policy_objects", language) or any(
                " " in o and o in lowered for o in _words("topics", "policy_objects", language)):
            return True
        # the reader as what the brand would sell or track: "never sell you out",
        # « ne vous pistera jamais »
        return bool(verbs & _words("topics", "reader_policy_verbs", language)) and bool(
            lemmas & {"you", "vous", "te", "toi"})

    def _applies_rules(self, predicate) -> bool:
        """The brand's verb takes a written rule as its complement (`policy_documents`):
        "we will always default to the host's refund policy", « nous suivons toujours la
        charte de l'hébergeur » — which rules the brand applies, a policy it sets, not a
        performance. Not the rule as the subject ("our policy guarantees…")."""
        documents = _words("topics", "policy_documents", self.language)
        for c in kids(predicate):
            if c.dep_ in ("prep", "case"):
                c = next((g for g in kids(c) if g.dep_ in ("pobj", "obj")), c)
            elif c.dep_ not in ("obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj"):
                continue
            phrase = " ".join(t.lower_ for t in c.subtree)
            if c.lemma_.lower() in documents or c.lower_ in documents or any(
                    " " in d and d in phrase for d in documents):
                return True
        return False

    def _informs_reader(self, predicate, lemmas) -> bool:
        """An absolute on the brand telling the reader something: "you will always be
        notified when we prepare a debit", "we'll always warn you first", « vous serez
        toujours prévenu », « nous vous informerons toujours » — the reader as the one
        told (the passive's subject or the verb's object). How it tells them is the
        brand's own practice, kept by itself; how soon is judged as a delay elsewhere."""
        if not lemmas & {"toujours", "always", "jamais", "never"}:
            return False
        informing = _words("topics", "informing_verbs", self.language)
        # « vous serez toujours prévenu »: the small French model makes « serez » the
        # predicate and the participle its complement, the subject staying on « serez »
        verbs = [predicate, *(c for c in kids(predicate) if c.dep_ == "xcomp")]
        reader = {"you", "vous", "te", "t'", "t’", "tu"}
        if any(v.lemma_.lower() in informing for v in verbs):
            return any(c.lower_ in reader and c.dep_ in (*SUBJECT_DEPS, "obj", "dobj", "iobj")
                       for v in verbs for c in kids(v))
        return any(self._sends_notice(v, reader) for v in verbs)

    def _sends_notice(self, verb, reader) -> bool:
        """"We will always send you emails about significant changes", "you'll always get
        a reminder", « nous vous adresserons toujours un courriel »: a verb of sending
        (`sending_verbs`) whose object is a notice (`notice_nouns`) and whose recipient is
        the reader (the object pronoun, "to you", or the subject of *receive*)."""
        if verb.lemma_.lower() not in _words("topics", "sending_verbs", self.language):
            return False
        notices = _words("topics", "notice_nouns", self.language)
        if not any(c.dep_ in ("obj", "dobj") and (c.lower_ in notices or c.lemma_.lower()
                                                  in notices) for c in kids(verb)):
            return False
        return any(c.lower_ in reader and c.dep_ in (
            *SUBJECT_DEPS, "iobj", "dative", "obj", "obl:arg") or c.dep_ == "prep" and any(
                g.lower_ in reader for g in kids(c)) for c in kids(verb))

    def _readers_datum(self, token) -> bool:
        """A thing of the reader's that is data once the reader owns it ("your location",
        "your searches", "your search terms", « votre position », « vos recherches »):
        "our location" is a shop, "your location" is where the reader is."""
        data = _words("topics", "readers_data", self.language)
        if not (token.lemma_.lower() in data or token.lower_ in data):
            return False
        return self._possessive(token) == "other" or any(
            self._possessive(c) == "other" for c in kids(token.head)
            if c.dep_ == "compound" and token.dep_ == "compound")

    def _destination(self, token) -> bool:
        """`token` is the reader's contact point (`topics.contact_points`) as where a thing
        is sent: the object of "to" / « à » / « vers » under a verb ("sent instantly to the
        email you gave us", « livré à l'adresse indiquée »). A third party there (« jamais
        transférée à un prestataire ») is the data's fate, the policy."""
        if token.dep_ not in ("pobj", "obl", "obl:arg", "obl:mod", "nmod"):
            return False
        case = next((c for c in token.children if c.dep_ == "case"), None)
        marker = case if case is not None else (token.head if token.head.dep_ == "prep"
                                                else None)
        if marker is None or marker.lower_ not in ("to", "à", "au", "aux", "vers", "into"):
            return False
        verb = marker.head if marker.dep_ == "prep" else token.head
        contacts = _words("topics", "contact_points", self.language)
        return verb.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in contacts or
                                                  token.lower_ in contacts)

    def _conjunct_subjects(self, predicate) -> list:
        """The subjects of the first verb a subjectless coordinated verb hangs on
        (`_first_conjunct`): "This data is stored on your device and never shared"."""
        if predicate is None or predicate.pos_ not in ("VERB", "AUX"):
            return []
        first = self._first_conjunct(predicate)
        return [] if first is None else [c for c in kids(first) if c.dep_ in SUBJECT_DEPS]

    def _readers_data(self, predicate, tokens) -> set[str]:
        """The data words a clause is about ("policy_objects"), read from the reader's things
        it names, and, for a verb coordinated with one before it and no subject of its own,
        from that verb's subject ("This data is stored on your device and never shared"):
        what the brand does with the reader's data is its policy."""
        data = _DATA_WORD[self.language]  # one of `policy_objects`
        found = {data} if any(self._readers_datum(t) and not any(
            self._destination(a) for a in (t, *t.ancestors) if a.i != predicate.i)
            for t in tokens) else set()
        objects = _words("topics", "policy_objects", self.language)
        for c in self._conjunct_subjects(predicate):
            if c.lemma_.lower() in objects or c.lower_ in objects or self._readers_datum(c):
                found.add(c.lemma_.lower() if c.lemma_.lower() in objects else data)
        return found

    def _retention(self, predicate, tokens) -> bool:
        """How long the brand keeps what it holds, and when it removes it: a verb of
        keeping, removing or expiring (`retention_verbs`) whose thing is one of the
        policy objects (« vos données sont conservées 3 ans », "we delete the recordings
        after 30 days", « le dossier sera supprimé automatiquement le 15 mars »), or a
        thing's own expiry (« Expirera le 15 mars ») — a retention policy, never a
        service level or a slip the brand owns."""
        verbs = _words("topics", "retention_verbs", self.language)
        words = self._predicate_words(predicate)
        if not any(w.lemma_.lower() in verbs or w.lower_ in verbs for w in words):
            return False
        services = self.analysis.service_words
        declared = self.analysis.vocabulary.own_service_words
        if any(t.i in services for t in (*tokens, *words)) or any(
                w.lower_ in declared or w.lemma_.lower() in declared for w in words):
            return False  # "your account will be erased within the hour" where the profile
            # declares account deletion (« supprimer votre compte »): a service the reader
            # asked for, held to its delay
        expiring = _words("topics", "expiry_verbs", self.language)
        if any(w.lemma_.lower() in expiring or w.lower_ in expiring for w in words) and not any(
                c.dep_ in SUBJECT_DEPS for c in kids(predicate)):
            return True  # « Expirera le 15 mars »: a status line's own expiry (not "our
            # batteries never expire": a product's life, judged on its subject below)
        keeping = _words("topics", "keeping_verbs", self.language)
        kept = [w for w in words if w.lemma_.lower() in keeping or w.lower_ in keeping]
        if any(t.i > k.i and (t.pos_ == "ADJ" or "Part" in features.morph(t).get("VerbForm"))
               for k in kept for t in tokens):
            return False  # « Nous gardons vos données toujours chiffrées », "we keep your
            # files encrypted": the state the brand keeps them in, a claim
        if any(c.dep_ in ("nsubj", "expl:subj") and c.lower_ in ("vous", "you", "tu")
               for c in kids(predicate)):
            return False  # « vous pouvez supprimer vos données »: the reader's own act
        objects = _words("topics", "policy_objects", self.language)
        things = list(tokens)
        verb = predicate
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        # « conservées 3 ans, puis supprimées »: a verb coordinated with no subject of its
        # own is said of the first verb's thing
        things += [c for c in kids(verb) if c.dep_ in (*SUBJECT_DEPS, "obj", "dobj")]
        if verb.dep_ in ("relcl", "acl:relcl"):
            # "confirmation emails, which we … then delete": the relative clause's thing
            # is the noun phrase it hangs on
            things += [verb.head, *(c for c in kids(verb.head) if c.dep_ == "compound")]
        return any(t.lemma_.lower() in objects or t.lower_ in objects
                   or self._readers_datum(t) for t in things)

    def _validity(self, predicate, lemmas, clause_text: str) -> bool:
        """An absolute on how long a granted right lasts: "Your points never expire",
        "vouchers are valid for life", « vos avoirs restent valables à vie »."""
        lowered = clause_text.lower()
        if not (lemmas & {"jamais", "never", "toujours", "always", "forever"} or any(
                w in lowered for w in ("à vie", "for life", "à durée illimitée"))):
            return False
        validity = _words("topics", "validity_predicates", self.language)
        if not any(w.lemma_.lower() in validity or w.lower_ in validity
                   for w in self._predicate_words(predicate)):
            return False
        rights = _words("topics", "granted_rights", self.language)
        return any(c.dep_ in SUBJECT_DEPS and (c.lemma_.lower() in rights or c.lower_ in rights
                                               or " ".join(t.lower_ for t in c.subtree) in rights)
                   for c in kids(predicate))

    def _readers_prerogative(self, predicate) -> bool:
        """The clause hands something to the reader as theirs — a decision, a choice, the
        last word: "is always yours", « est toujours la vôtre », « vous appartient »,
        « vous revient ». The brand cedes a right it controls; nothing to perform."""
        words = self._predicate_words(predicate)
        own = _words("topics", "readers_own", self.language)
        if any(w.lower_ in own for w in words) or any(
                c.lower_ in own for w in words for c in kids(w)
                if c.dep_ in ("attr", "acomp", "nsubj:pass", "obj", "det", "nmod:poss")):
            return True
        if predicate.lemma_.lower() not in _words("topics", "belongs_to", self.language):
            return False
        rights = _words("topics", "readers_rights", self.language)
        if not any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in rights
                   for c in kids(predicate)):
            return False  # « elle vous revient réparée »: a thing coming back, no right
        if self.language == "fr":  # « vous appartient », « vous revient » — not « revient
            # vers vous », the brand getting back to the reader
            return any(c.lower_ in ("vous", "te", "t'", "t’") and c.i < predicate.i
                       for c in kids(predicate))
        return any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
            g.lower_ == "you" for g in kids(c)) for c in kids(predicate))

    def _policy_headline(self, line_start: int, start: int) -> bool:
        """The line opens with a headline naming a charter or the customer's data
        ("Our code of conduct:", « Protection de vos données : »): what follows on the
        line is that policy, whoever the clause's subject is (« nos équipiers ne fument
        jamais », "it is never sold")."""
        para = self._paragraph_char(line_start)
        first = self._paragraph_token.get(para)
        if first is None:  # the paragraph's first token, found once per paragraph
            first = line_start
            while first > 0 and self.tokens[first - 1].idx >= para:
                first -= 1
            self._paragraph_token[para] = first
        line_start = first
        colon = next((t.i for t in self.tokens[line_start:min(start, line_start + 9)]
                      if t.text == ":"), None)
        if colon is None or colon - line_start > 8:
            return False
        return bool(_phrases("topics", "policy_headlines", self.language).search(
            features.span_text(self.doc, line_start, colon)))

    def _own_staff(self, subject) -> bool:
        """« notre atelier », "our team"; and the brand's people assigned to the reader
        ("your local team", « votre conseiller »): the brand's own staff either way."""
        owner = self._possessive(subject)
        if owner == "own":
            return True
        staff = _words("holders", "staff", self.language)
        return owner == "other" and (subject.lemma_.lower() in staff or subject.lower_ in staff)

    def _acts_on_something(self, predicate) -> bool:
        """The verb has an object, direct or, for a thing asked or taken, after its
        preposition ("ask for your password", « vous demander votre code »)."""
        if any(c.dep_ in ("obj", "dobj") for c in kids(predicate)):
            return True
        objects = _words("topics", "policy_objects", self.language)
        return any(c.dep_ in ("prep", "obl", "obl:arg") and any(
            g.lower_ in objects or g.lemma_.lower() in objects for g in c.subtree)
            for c in kids(predicate))

    def _refrains(self, predicate, lemmas) -> bool:
        """"We never sell your data", « Abriel ne vous demandera jamais vos codes »: the
        brand undertakes never to do an act of its own — conduct it fully controls. Not
        an outcome it cannot control ("we never miss a delivery", « jamais en retard »).
        The *never* is the clause's own: "our helpline answers 24/7, so you're never left
        waiting" is availability, the *never* belongs to the clause after it."""
        if not lemmas & {"jamais", "never"} or predicate.pos_ not in ("VERB", "NOUN", "PROPN"):
            return False  # (the small French model tags unknown future forms as nouns)
        if any(self._in_embedded_clause(t, predicate) for t in predicate.subtree
               if t.lower_ in ("jamais", "never")):
            return False  # "We can assure you this will never happen again": the *never*
            # is the outcome's, said in a clause of its own subject, not the brand's conduct
        outcomes = _words("acts", "outcome_verbs", self.language)
        return predicate.lemma_.lower() not in outcomes and predicate.lower_ not in outcomes

    def _bound_by_authority(self, predicate) -> bool:
        """The clause says what an authority requires or grants: its subject is the law
        (« la réglementation impose toujours le port du casque »), or the clause hangs
        under a binding verb of the law's ("EU rules say beef must always be labelled",
        « la loi vous accorde deux ans… et le vendeur doit toujours l'honorer »). The
        brand's own rules (« notre règlement ») are its policy, read elsewhere."""
        language = self.language
        authorities = _words("topics", "authorities", language)
        binding = _words("topics", "binding_verbs", language)

        def authority(token) -> bool:
            if self._possessive(token) == "own":
                return False
            phrase = " ".join(t.lower_ for t in token.subtree)
            tail = " ".join(t.lower_ for t in token.subtree if t.i >= token.i)
            return bool({token.lower_, token.lemma_.lower(), tail} & authorities) or any(
                phrase.endswith(a) for a in authorities if " " in a)

        node, steps = predicate, 0
        while steps < 4:
            subjects = [c for c in kids(node) if c.dep_ in SUBJECT_DEPS]
            if any(authority(c) for c in subjects) and (
                    node.i == predicate.i or node.lemma_.lower() in binding):
                return True
            if node.head.i == node.i or node.dep_ not in (
                    "ccomp", "xcomp", "conj", "advcl", "csubj"):
                break
            node, steps = node.head, steps + 1
        # the small French model reads « la réglementation impose » as a noun and an
        # adjective: the authority, then a form of a binding verb right after it
        stems = _binding_stems(language)
        return any(t.pos_ == "NOUN" and t.i <= predicate.i and t.i + 1 < len(self.doc)
                   and self.tokens[t.i + 1].lower_.startswith(stems) and authority(t)
                   for t in predicate.sent)

    @staticmethod
    def _in_embedded_clause(token, predicate) -> bool:
        """*token* stands in a clause that has its own subject below *predicate* ("we
        assure you [this will never happen]")."""
        head = token.head
        while head.i != predicate.i and head.head.i != head.i:
            if any(c.dep_ in SUBJECT_DEPS for c in kids(head)):
                return True
            head = head.head
        return False

    def _mechanism(self, predicate, holder: str, tokens, start: int, end: int) -> bool:
        """"The panel always switches to its backup battery in a power cut", « le latex
        reprend toujours sa forme », "the tanks always need 3 hours to heat up", « le col
        est toujours doublé d'un biais »: *always* says how a part of the product works —
        an action on itself or on a material, described like a spec sheet. Not an
        outcome (« ne tombe jamais en panne », "always arrives hot"), a quality ("always
        crisp"), the service ("the courier always comes by"), or an effect on the reader's
        world ("always keeps your home at 20 °C")."""
        words = {t.lower_ for t in tokens}
        if not words & {"always", "toujours"} or words & {"never", "jamais"}:
            return False
        relative = _relative_subject(predicate)
        if holder not in THINGS and not relative and not (
                holder in ("brand", "generic") and self._acts_on_system(predicate)):
            return False
        if predicate.pos_ not in ("VERB", "ADJ") or any(start <= i < end
                                                        for i in self.analysis.service_words):
            return False
        lemma = predicate.lemma_.lower()
        if lemma in _words("acts", "outcome_verbs", self.language) or lemma in _words(
                "acts", "effort_verbs", self.language) or predicate.lower_ in _words(
                "topics", "performance_adjectives", self.language):
            return False
        judged = _words("topics", "performance_adjectives", self.language) | _words(
            "topics", "praise_adjectives", self.language)
        measures = _words("topics", "measure_superlatives", self.language)
        if any(t.lower_ in judged or t.tag_ in ("JJS", "RBS") and t.lower_ not in measures
               for t in tokens):
            return False  # "always makes the best espresso"; "rounds to the nearest 5 g"
            # picks by a measure, no praise
        reader = {"you", "vous", "te", "t'", "toi", "your", "yours", "votre", "vos", "ton",
                  "ta", "tes"}
        complements = []
        for c in kids(predicate):
            if c.dep_ in ("obj", "dobj", "iobj", "dative"):
                if c.lower_ in reader or any(g.lower_ in reader for g in kids(c)):
                    return False  # acting on the reader or what is theirs
                complements.append(c)
            elif c.dep_ in ("obl", "obl:arg", "obl:agent", "obl:mod", "agent", "prep",
                            "xcomp", "advcl") and not self._over_occasions(c):
                complements.append(c)
        return any(c.pos_ in ("NOUN", "PROPN", "NUM", "ADP", "VERB", "PRON")
                   for c in complements)

    def _over_occasions(self, complement) -> bool:
        """The complement ranges the *always* over occasions or conditions (« du premier
        lancer au dernier », "from the first throw to the last", « à chaque fois », "every
        time", « quel que soit le vent »): no part or material the product acts on. A
        single moment (« au premier lancement ») stays one."""
        def own_phrase(t) -> bool:  # not inside a clause of its own below the complement
            node = t
            while node.i != complement.i:  # (t is in the complement's subtree)
                node = node.head
                if node.i != complement.i and node.pos_ in ("VERB", "AUX"):
                    return False
            return True

        words = {t.lower_ for t in complement.subtree if own_phrase(t)}
        return bool(words & _OCCASIONS) or bool(words & _FIRSTS) and bool(words & _LASTS)

    def _layout(self, predicate, end: int) -> bool:
        """"Your bio is always displayed immediately below your name", « le total est
        toujours affiché en haut de la page »: a verb of display followed in its clause by
        a place on the page (`page_places`, past an adverb) says how the interface is laid
        out — not how soon or how well anything is done ("always displayed in under a
        second" names no place)."""
        skipped = ("ADV",)
        if predicate.lemma_.lower() not in _words("topics", "display_verbs", self.language):
            # "Search is always available from the primary navigation": where a feature is
            # reached, said with a place on the page
            reach = _words("topics", "reach_adjectives", self.language)
            predicate = next((c for c in kids(predicate) if c.dep_ in ("acomp", "attr")
                              and c.lower_ in reach), predicate if predicate.lower_ in reach
                             else None)
            if predicate is None:
                return False
            skipped = ("ADV", "ADJ")  # "from the primary navigation"
        rest = " ".join(t.lower_ for t in self.tokens[predicate.i + 1:min(end, predicate.i + 6)]
                        if t.pos_ not in skipped)
        return any(rest == p or rest.startswith(p + " ") or f" {p} " in f" {rest} "
                   for p in _words("topics", "page_places", self.language))

    def _system_state(self, predicate, holder: str, tokens) -> bool:
        """"DuckDuckGo Search is always encrypted", "searches from this address always have
        safe search set to strict", "mapping the domain will guarantee that safe search is
        enabled", « la connexion est toujours chiffrée »: the state a setting or a process
        puts the product in (`system_states`) — how it is set up, a fact of configuration
        anyone can check, not a performance. Not a thing done to the reader's order or an
        outcome ("always delivered", "always checked by hand": no setting)."""
        relative = _relative_subject(predicate)
        if holder not in (*THINGS, "service", "brand") and not relative:
            return False  # (a relative's subject is the thing named before it: "the
            # budget section, which is always visible")
        verbs = {predicate.lemma_.lower(), *(c.lemma_.lower() for c in kids(predicate)
                                             if c.dep_.startswith("aux"))}
        if holder == "brand" and verbs & _words("topics", "data_flow_verbs", self.language):
            # « Nous gardons vos données toujours chiffrées »: the brand keeping the thing
            # in that state, an act it claims to keep up, not the product's configuration
            return False
        states = _words("topics", "system_states", self.language)
        if (holder in THINGS or relative) and not {t.lower_ for t in tokens} & {
                "never", "jamais"}:
            # (shown always, not "never displayed on your page": what a blocker achieves)
            states = states | _words("topics", "display_states", self.language)
        group = {predicate.i, *(c.i for c in kids(predicate) if c.dep_ in (
            "acomp", "oprd", "xcomp", "ccomp", "conj", "attr", "dobj", "obj"))}
        for t in tokens:
            pair = f"{t.lower_} {self.tokens[t.i + 1].lower_}" if t.i + 1 < len(self.doc) else ""
            if not (t.lower_ in states or pair in states) or t.pos_ not in ("VERB", "ADJ", "AUX"):
                continue  # (a word that is also a noun, "set", counts with its preposition:
                # "set to strict", not "our best-selling set")
            if t.i in group or t.head.i in group:
                return True
        return False

    def _setting_follows(self, predicate, tokens) -> bool:
        """"The currency of your event will always be the same currency as the
        Collective", « la langue des e-mails est toujours celle de votre compte »: the
        clause's subject is a setting (`setting_nouns`) and the clause ties its value to
        another's (`setting_ties`) — a rule of configuration, not a performance. "Our
        coffee always tastes the same" names no setting."""
        settings = _words("topics", "setting_nouns", self.language)
        ties = _words("topics", "setting_ties", self.language)
        subjects = [c for c in kids(predicate) if c.dep_ in SUBJECT_DEPS]
        if not any(s.lemma_.lower() in settings or s.lower_ in settings for s in subjects):
            return False
        return any(t.lower_ in ties or t.lemma_.lower() in ties for t in tokens
                   if t.i != predicate.i or t.pos_ == "VERB")

    def _placed_with(self, holder: str, tokens) -> bool:
        """(rt41) "Snapshots are always stored in the same region as the volume they
        belong to", "They are always on the same account as the domain", « les
        sauvegardes sont toujours dans la même région que le volume »: a thing of the
        product whose place (`placement_nouns`: account, region, server…) the clause
        ties to another thing's by "the same … as" — how the system is organised, a rule
        a documentation page states, not a performance. Not when the tie is to the
        reader ("the same account as you"), and not for the brand or its staff ("our
        team is always in the same building as your servers": a service)."""
        if holder not in THINGS:
            return False
        places = _words("topics", "placement_nouns", self.language)
        ties = _words("topics", "setting_ties", self.language)
        comparisons = {"as", "que", "qu'", "qu’"}
        reader = {"you", "vous", "toi", "te", "your", "votre", "vos", "ton", "ta", "tes"}
        for t in tokens:
            if not (t.lower_ in places or t.lemma_.lower() in places) or t.pos_ != "NOUN":
                continue
            if not any(c.lower_ in ties for c in kids(t)) and not (
                    t.i and self.tokens[t.i - 1].lower_ in ties):
                continue
            after = [w for w in tokens if t.i < w.i <= t.i + 2]
            compared = next((w for w in after if w.lower_ in comparisons), None)
            if compared is None:
                continue
            rest = self.tokens[compared.i + 1:min(compared.i + 4, len(self.doc))]
            if not any(w.lower_ in reader for w in rest):
                return True
        return False

    def _acts_on_system(self, predicate) -> bool:
        """« Let's Encrypt préfèrera toujours les adresses IPv6 », "they always incorporate
        new entries before returning an SCT": the verb's complements name a system's
        terms (identifiers, acronyms used as names: tone.technical_page) — the brand, or
        its servers, described at work like a spec, not a service to the reader."""
        terms, page = self.analysis.technical
        system = _system_nouns(self.language) if page else frozenset()
        return any(
            g.i in terms or g.pos_ == "NOUN" and g.lemma_.lower() in system
            for c in kids(predicate) if c.dep_ in (
                "obj", "dobj", "obl", "obl:arg", "obl:mod", "prep", "advcl", "nmod")
            for g in c.subtree)

    def _composition(self, tokens) -> bool:
        """« 100 % coton », "100% recycled packaging", « fabriqué à 100 % en France »:
        a fact of what the product is made of, not a performance claim."""
        language = self.language
        performance = _words("topics", "performance_adjectives", language)
        markers = _words("topics", "composition_markers", language)
        for t in self.tokens[tokens[0].i: tokens[-1].i + 1]:
            if t.text != "%" and not t.text.endswith("%"):
                continue
            following = self.tokens[t.i + 1] if t.i + 1 < len(self.doc) else None
            if following is None or following.lower_ in performance:
                continue
            if following.lower_ in ("de", "des", "du", "of", "the"):
                continue  # "100 % des clients": a statistic, judged elsewhere
            if following.lower_ in ("en", "in") and t.i + 2 < len(self.doc) and \
                    self.tokens[t.i + 2].pos_ in ("NOUN", "PROPN"):
                return True  # « 100 % en ligne », "100% in France": how or where it is made
            if following.pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and following.is_alpha:
                return True
            if any(w.lower_ in markers for w in tokens):
                return True
        return False

    def _modality(self, predicate, tokens) -> str:
        first = tokens[0]
        conditions = CONDITION_MARKS
        # the condition may stand in a clause of its own before the comma
        clauses = [c for c in kids(predicate) if c.dep_ in ("advcl", "csubj")]
        if self.analysis.is_conditional(first) or any(
                t.dep_ == "mark" and t.lower_ in conditions
                for t in [*tokens, *(g for c in clauses for g in kids(c))]):
            return "conditional"
        if self._in_a_scenario(predicate) or self._inside_a_condition(predicate):
            return "conditional"
        if self.analysis.is_hedged(first) or self._effort(predicate) or any(
                self._effort(c) for c in kids(predicate)
                if c.dep_ in ("ccomp", "xcomp") and c in tokens):
            # "This is why we always try to…", « c'est pourquoi nous essayons toujours
            # de… »: the effort stands in the clause a copula introduces
            return "hedged"
        if self._purpose(tokens) or self._goal_line(tokens):
            return "aim"
        if any(t.pos_ in ("VERB", "AUX", "ADJ") and counterfactual(t, self.language, True)
               for t in tokens):
            return "counterfactual"
        return "firm"

    def _purpose(self, tokens) -> bool:
        """The clause opens with a purpose marker and its verb (« Pour rendre l'import le
        plus facile », « afin que chaque fiche reste lisible », "To ensure we achieve the
        greatest possible good", "in order to guarantee…"): an aim the brand states, not
        a result it asserts. « pour les produits les plus sains », "to you within the
        hour": a preposition before a noun, no purpose."""
        openers = _words("modality", "purpose_openers", self.language)
        if self._purpose_list_item(tokens, openers):
            return True
        lowers = [t.lower_ for t in tokens[:4]]
        size = next((n for n in (3, 2, 1)
                     if n <= len(lowers) and " ".join(lowers[:n]) in openers), 0)
        if not size:
            return False
        finite = lowers[size - 1] in ("que", "qu'", "qu’", "that")
        for t in tokens[size:size + 4]:
            if t.pos_ in ("VERB", "AUX"):
                if size == 1 and not finite and t.dep_ not in ("advcl", "ROOT"):
                    return False  # "commits itself to never practise censorship, and to
                    # never answer…": a bare *to* may be the complement of a pledge
                return finite or "Inf" in features.morph(t).get("VerbForm") or t.tag_ == "VB"
            if not finite and t.pos_ not in ("ADV", "PRON", "PART"):
                return False  # « pour les produits… », "to you": a noun comes first
        return False

    def _goal_line(self, tokens) -> bool:
        """A French line that opens on an infinitive and gives the clause no subject of
        its own (« Rendre tout facile à déployer sans risque de casser quelque chose »,
        « Garder chaque fiche toujours à jour »): a goal on a roadmap or a step to take,
        said in the infinitive — an aim, not a result asserted. (English has no such
        form: its bare verb is an order, read as advice.)"""
        if self.language != "fr" or not tokens:
            return False
        line_start, _end = line_bounds(self.doc, tokens[0].i)
        while line_start < tokens[0].i and self.tokens[line_start].is_space:
            line_start += 1
        if not self._opens_with_infinitive(line_start):
            return False
        if any(t.dep_ in SUBJECT_DEPS and t.pos_ in ("PRON", "NOUN", "PROPN") for t in tokens):
            return False
        # no finite verb in its sentence: « Passer à Firefox, c'est rapide et sans risque »
        # makes the infinitive the subject of a claim (read up to the full stop, not
        # into an aside in brackets, where the small model finds verbs in nouns)
        for t in self.tokens[line_start:_end]:
            if t.text in (".", "!", "?", "(", "…"):
                break
            if t.pos_ in ("VERB", "AUX") and "Fin" in features.morph(t).get("VerbForm"):
                return False
        return True

    def _purpose_list_item(self, tokens, openers) -> bool:
        """The clause opens a line with an infinitive, in a list whose heading ends on a
        purpose opener and a colon (« … afin de : / valoriser le résultat / toujours vous
        donner des idées », "… in order to: / keep…"): each item is an aim of the heading."""
        if not tokens:
            return False
        line_start, _end = line_bounds(self.doc, tokens[0].i)
        if tokens[0].i != line_start or not self._opens_with_infinitive(line_start):
            return False
        text = features.doc_text(self.doc)
        at = self.tokens[line_start].idx
        for _step in range(8):  # the items above, up to the heading
            previous_end = text.rfind("\n", 0, at)
            if previous_end < 0:
                return False
            previous_start = text.rfind("\n", 0, previous_end) + 1
            line = text[previous_start:previous_end].strip()
            if line.endswith(":"):
                heading = " ".join(line[:-1].lower().split())
                return any(heading.endswith(" " + o) or heading == o for o in openers)
            if not line or not self._opens_with_infinitive(
                    self._token_at(previous_start)):
                return False
            at = previous_start
        return False

    def _token_at(self, char: int) -> int:
        """The index of the first token at or after character `char`."""
        return next((t.i for t in self.tokens if t.idx >= char), len(self.doc) - 1)

    def _opens_with_infinitive(self, start: int) -> bool:
        """The line at token `start` opens on an infinitive, past adverbs and clitics
        (« valoriser… », « toujours vous donner… », "keep…")."""
        for t in self.tokens[start:start + 4]:
            if t.is_space or t.is_punct or t.pos_ in ("ADV", "PART") or \
                    t.pos_ == "PRON" and t.lower_ in _INFINITIVE_CLITICS:
                continue  # (« Patins en acier… »: a noun the model tags a pronoun opens
                # the line, not a clitic of the infinitive « acier » it misreads)
            return t.pos_ in ("VERB", "AUX") and (
                "Inf" in features.morph(t).get("VerbForm") or t.tag_ == "VB")
        return False

    def _in_a_scenario(self, predicate) -> bool:
        """A clause that depends on a verb in the conditional mood, with an *if* before
        it in the sentence — « Si cette personne était soumise à une attaque, l'attaquant
        répondrait…, pour que votre site n'ait jamais la possibilité de répondre », "if
        the key leaked, an attacker would… so that you never notice": a scenario told to
        explain, nothing the brand commits to."""
        verb = predicate
        for _ in range(4):
            if verb.head.i == verb.i:
                return False
            verb = verb.head
            if self._conditional_mood(verb):
                sentence = verb.sent
                return any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS
                           for t in self.tokens[sentence.start:verb.i])
        return False

    def _supposed(self, predicate, tokens) -> bool:
        """The clause is what a scenario supposes: an *if* clause, or a verb joined to one,
        in a sentence whose main verb is in the conditional mood — "If we switch after 30
        minutes, but the issue is resolved 5 minutes later, we would have to switch back",
        « Si la panne était réparée en 5 minutes, nous devrions tout refaire » —, or the
        check such a walk-through tells ("the domain would be looked up to see if it can
        be upgraded immediately"). Reasoned about: nobody is served by it. Not a
        guarantee, whose consequence is firm ("if it isn't there within 48 hours, we
        refund you"), nor the reader's polite wish, whose own verb is in the conditional
        ("if you'd like us to call back within the hour"), nor a clause that is itself
        the conditional consequence ("we would check within 24 hours if…")."""
        condition = predicate
        for _ in range(3):
            if self._marked_condition(condition):
                break
            if condition.dep_ not in ("conj", "ccomp", "xcomp") or \
                    condition.head.i == condition.i:
                condition = None
                break
            condition = condition.head
        else:
            condition = None
        if condition is None:  # "to see if it can be…": the *if* verb inside the clause
            condition = next((t for t in tokens if t.i != predicate.i and t.pos_ in (
                "VERB", "AUX") and self._marked_condition(t)), None)
        if condition is None or self._conditional_mood(condition) or \
                self._conditional_mood(predicate):
            return False
        # the consequence, anywhere in the sentence: the small French model often hangs it
        # under the condition (« …, mais que la chaudière était réparée…, nous devrions »).
        # On the line only (the parser may run a sentence over a paragraph break), and in
        # French with the conditional's endings: the small model tags some futures
        # (« vous trouverez ») conditional
        sentence = predicate.sent
        start, end = line_bounds(self.doc, predicate.i)
        return any(self._conditional_mood(t) and (
            self.language != "fr" or t.lower_.endswith(("rais", "rait", "rions", "riez",
                                                         "raient")))
            for t in sentence if start <= t.i < end and t.i not in (predicate.i, condition.i))

    @staticmethod
    def _marked_condition(verb) -> bool:
        return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids(verb))

    @staticmethod
    def _inside_a_condition(predicate) -> bool:
        """The clause is part of an *if* clause: the thing believed in it ("If you … believe
        this was a mistake, contact…", « Si vous pensez qu'il s'agit d'une erreur… ») or a
        second verb joined to it ("If you are still expecting the funds but they have not
        yet arrived, …"). What the condition supposes is not stated. Up the chain of
        complements and conjuncts only: the main clause an *if* clause hangs from stays
        what it is."""
        verb = predicate
        for _ in range(3):
            if verb.dep_ not in ("conj", "ccomp", "xcomp") or verb.head.i == verb.i:
                return False
            verb = verb.head
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids(verb)):
                return True
        return False

    @staticmethod
    def _conditional_mood(verb) -> bool:
        """« répondrait », "would answer" (the small French model often tags the
        conditional as an indicative: its endings say it)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if "Cnd" in features.morph(verb).get("Mood") or any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in kids(verb)):
            return True
        return verb.lang_ == "fr" and verb.lower_.endswith(("rait", "raient")) and \
            len(verb.text) > 6 and not verb.lemma_.lower().endswith(("aître", "aitre"))

    def _effort(self, predicate) -> bool:
        """"We always strive to…", « nous travaillons à… »: effort, not result. A verb
        of effort that could also mean *function* (work, travailler) is effort only with
        what it works at ("work to improve", "work hard"), not alone ("the alarm always
        works")."""
        lemma = predicate.lemma_.lower()
        if lemma not in _words("acts", "effort_verbs", self.language):
            return False
        if lemma not in ("work", "travailler"):
            return True
        return any(c.dep_ not in (*SUBJECT_DEPS, "aux", "punct", "neg", "cc", "conj")
                   and c.lower_ not in ("always", "toujours", "never", "jamais")
                   for c in kids(predicate))

    @staticmethod
    def _negates_predicate(determiner, predicate) -> bool:
        """« aucun frais n'est facturé », "we charge no fees", "No fees, ever": the noun
        the determiner denies is the predicate, its subject or its object. "we'll replace
        it within 24 hours, no questions asked", « propagée instantanément, sans aucune
        perte »: what the phrase beside the promise denies is not the promise."""
        noun = determiner.head
        return noun.i == predicate.i or determiner.i == predicate.i or (
            noun.head.i == predicate.i and (noun.dep_ in SUBJECT_DEPS or noun.dep_ in (
                "obj", "dobj", "iobj", "attr", "oprd")))

    def _polarity(self, predicate, tokens) -> str:
        """Negated by a cue other than the absolute itself (« ne … pas », "not", "no"),
        or by the negation of the verb it is an alternative to ("does not endorse or
        guarantee": neither)."""
        lowers = {t.lower_ for t in tokens}
        ne = bool(lowers & _words("holders", "negation_particles", self.language))
        for t in tokens:
            if t.lower_ == "point" and not ne:
                continue  # « le meilleur matelas français. Point. »: a full stop said
                # aloud, no « ne … point »
            if t.lower_ in NEGATION_CUES or (
                    t.lower_ in ("no", "aucun", "aucune") and t.dep_ == "det"
                    and self._negates_predicate(t, predicate)):
                return "negated"
        if ne and "ni" in lowers:
            return "negated"  # « ne cautionne ni ne garantit »
        first = self._first_conjunct(predicate)
        if first is not None and any(c.lower_ in NEGATION_CUES for c in kids(first)) and \
                any(v.i == predicate.i for v in features.alternative_conjuncts(first)):
            return "negated"
        return "affirmed"


def counterfactual(token, language: str, have_only: bool = False) -> bool:
    """`token` is the participle of a compound past in the conditional (« ce que vous
    auriez reçu », "what you would have received"): what would have happened and did
    not. Its auxiliaries stand right before it, past an adverb or a pronoun."""
    participle = "Part" in features.morph(token).get("VerbForm") or token.tag_ == "VBN"
    if not participle and token.pos_ != "ADJ":
        return False
    words, i = [], token.i - 1
    while i >= 0 and len(words) < 2:
        t = token.doc[i]
        if t.is_punct or "\n" in t.text:
            break
        if t.pos_ not in ("ADV", "PRON", "PART"):
            words.insert(0, t.lower_)
        i -= 1
    auxiliaries = _words("aspect", "counterfactual_auxiliaries", language)
    if have_only or not participle:  # « nous n'aurions jamais ouvert », the participle
        # tagged an adjective: after a form of *avoir* it can be nothing else; after
        # *être* it may be a present (« nous serions ravis », « il serait livré demain »)
        auxiliaries = {a for a in auxiliaries if language == "en" or a in _words(
            "acts", "conditional_auxiliaries", language)}
    return bool(words) and (words[-1] in auxiliaries or " ".join(words) in auxiliaries)


def dismissed_token_indices(doc, language: str, reach: int = 4) -> set[int]:
    """Words a dismissal rejects: the few words after « pas besoin de », « oubliez »,
    "no need to", "forget about", up to the next punctuation; the few words before
    "… are overrated", « … ? Démodés. »."""
    dismissed: set[int] = _dismissed_before(doc, language, reach) | _denied_acts(doc, language)
    asked = _words("polarity", "dismissal_asked", language)
    stopping = _words("polarity", "stopping_verbs", language)
    kept: set[int] = set()  # verbs of stopping that a dismissal turns down
    for m in _phrases("polarity", "dismissal", language).finditer(features.doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _negated_cue(doc, span.start) or span.start in kept or \
                _under_negated_verb(doc[span.start]):
            continue  # "never stop creating", « n'oubliez pas d'imaginer », "your kids
            # never have to stop building", "no need to stop your sites": affirmed
        if _readers_option(doc, span.start, language) and _readers_own(doc, span.end, language):
            continue  # "Yes, you can stop your donations at any time": what the reader
            # may do with what is theirs, not the brand turning it down ("you can forget
            # they exist" still dismisses)
        if m.group(0).lower() in asked and (not _asks_directly(doc, span.start) or
                                            _readers_own_question(doc, span.start, language)
                                            or _reason_asked(doc, span.start)):
            continue  # "Why All Websites Should Use HTTPS", "that's why we built it";
            # "Why does my bill still show…?": the reader asks; "Why ash?" over the
            # answer: the reason for a choice, asked to be told
        for t in features.tokens(doc)[span.end: min(span.end + reach, len(doc))]:
            if t.is_punct or "\n" in t.text:
                break
            dismissed.add(t.i)
            if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in stopping or
                                               t.lower_ in stopping):
                kept.add(t.i)  # « inutile d'arrêter vos sites », "no need to stop your
                break  # databases": the stopping is turned down, what it would stop is kept
    return dismissed


def _under_negated_verb(word) -> bool:
    """A verb of dismissal or stopping that a negated verb governs ("You do not need to
    stop your sites", "your kids never have to stop building"): the negation, read on
    the parse a few words back, turns the dismissal down, so what follows is affirmed."""
    if word.pos_ != "VERB":
        return False  # (« pas besoin de » carries its own negation: a dismissal)
    current, steps = word, 0
    while current.dep_ == "xcomp" and current.head is not current and steps < 2:
        current, steps = current.head, steps + 1
        if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in kids(current)):
            return True
    return False


_OPTION_REACH = 3


def _readers_option(doc, start: int, language: str) -> bool:
    """The cue at `start` is the reader's own option: it follows, within its clause and
    past at most three words, a modal of possibility whose subject is the reader (« vous
    pouvez arrêter vos dons », "you can stop your donations", "Can I modify or stop my
    donations?", lexicon `polarity.reader_options`). What the reader may do is told, not
    dismissed by the brand."""
    words = features.tokens(doc)
    i, between = start - 1, 0
    while i >= 0 and between <= _OPTION_REACH:
        t = words[i]
        if "\n" in t.text or t.is_punct and t.text not in ("-", "'", "’"):
            break
        i -= 1
        between += 1
    first = words[i + 1].idx if i + 1 < start else words[start].idx
    before = features.doc_text(doc)[first: words[start].idx]
    pattern = _phrases("polarity", "reader_options", language)
    return any(len(before[m.end():].split()) <= _OPTION_REACH for m in pattern.finditer(before))


def _readers_own(doc, at: int, language: str) -> bool:
    """The words the cue reaches open on the reader's possessive, past a preposition
    (« vos dons », « adieu à vos cotisations », "your donations", "forget about my
    plan"; lexicon `polarity.readers_possessives`)."""
    words = features.tokens(doc)
    while at < len(doc) and words[at].pos_ == "ADP":
        at += 1
    return at < len(doc) and words[at].lower_ in _words(
        "polarity", "readers_possessives", language)


def _readers_own_question(doc, start: int, language: str) -> bool:
    """The question opened at `start` speaks in the first person singular ("Why does my
    card still show…?", « Pourquoi mon compte est-il bloqué ? »): the reader's own,
    which a help article answers — no rhetorical dismissal in the brand's voice."""
    own = _words("polarity", "askers_own", language)
    for t in features.tokens(doc)[start + 1:]:
        if t.text in (".", "!", "?", "…") or "\n" in t.text:
            return False
        if t.lower_ in own:
            return True
    return False


def _reason_asked(doc, start: int) -> bool:
    """« Pourquoi le frêne ? », "Why ash?": a question with no verb, a line of its own
    (a heading) with more text after it — the reason for a choice, which the lines below
    give, not a rhetorical "Why bother?" / "Why pay more?" (verbs) turning it down."""
    words = features.tokens(doc)
    line_start, _ = features.line_bounds(doc, start)
    if any(not (t.is_punct or t.is_space) for t in words[line_start:start]):
        return False
    rest = []
    for t in words[start + 1:]:
        if "\n" in t.text:
            break
        rest.append(t)
    if not rest or rest[-1].text != "?" or any(
            t.pos_ in ("VERB", "AUX") or t.tag_ in ("VB", "VBP", "VBZ") for t in rest):
        return False
    return any(t.is_alpha for t in words[rest[-1].i + 1:])


def _asks_directly(doc, start: int) -> bool:
    """The word at `start` opens a direct question: nothing of its clause before it (a
    line, sentence or clause break, or a conjunction) and a question mark where its
    sentence ends."""
    words = features.tokens(doc)
    if start > 0:
        before = words[start - 1]
        if not (before.is_punct or "\n" in before.text or before.is_space
                or before.pos_ == "CCONJ" or features.is_emoji(before.text)):
            return False
    for t in words[start + 1:]:
        if "\n" in t.text:
            return False
        if t.text in (".", "!", "?", "…"):
            return t.text == "?"
    return False


_ADJECTIVE_DENIALS = frozenset({"nothing", "rien de", "plus rien de"})


def _denied_acts(doc, language: str) -> set[int]:
    """The one word whose act the draft says the reader does without: the verb right
    after « rien à », « sans », "nothing to", "without" (past an adverb: « sans jamais
    parler », "without ever asking"; past a pronoun: « sans nous appeler »), or the
    quality right after "nothing" / « rien de » ("nothing local about it"). Not what
    follows that word (« rien à voir avec l'atelier » turns down no workshop), and not
    under a negated cue ("not without asking")."""
    denied: set[int] = set()
    words = features.tokens(doc)
    for m in _phrases("polarity", "act_denial", language).finditer(features.doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _negated_cue(doc, span.start):
            continue
        quality = m.group(0).lower() in _ADJECTIVE_DENIALS
        i = span.end
        while i < len(doc) and i < span.end + 2 and (
                words[i].pos_ == "ADV" or words[i].pos_ == "PRON" and not quality):
            i += 1
        if i >= len(doc):
            continue
        word = words[i]
        if word.pos_ == ("ADJ" if quality else "VERB"):
            denied.add(word.i)
    return denied


def _dismissed_before(doc, language: str, reach: int) -> set[int]:
    dismissed: set[int] = set()
    for m in _phrases("polarity", "dismissal_after", language).finditer(features.doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _negated_cue(doc, span.start):
            continue
        if len(span) == 1 and span[0].dep_ == "amod" and span[0].pos_ == "ADJ":
            continue  # « sans traitement inutile », "a pointless trip": the adjective
            # qualifies its own noun, it dismisses nothing said before it
        i, taken = span.start - 1, 0
        while i >= 0 and taken < reach + 2:
            t = doc[i]
            if "\n" in t.text or t.text in (".", "!", ";") or features.is_emoji(t.text):
                break
            if not t.is_punct and t.pos_ not in ("AUX",):
                dismissed.add(t.i)
                taken += 1
            i -= 1
    return dismissed


_NEGATORS = {"never", "not", "n't", "don't", "dont", "jamais", "ne", "n'", "n’", "pas"}


def _negated_cue(doc, start: int) -> bool:
    """A dismissal that is itself negated affirms what follows ("never stop creating",
    "why not create…", « pourquoi ne pas imaginer… »)."""
    before = {t.lower_ for t in features.tokens(doc)[max(0, start - 2):start]}
    after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    return bool(before & _NEGATORS) or after in ("pas", "not", "ne", "n'", "n’")


def addresses_one_customer(text: str, language: str) -> bool:
    """A reply to one customer: a greeting with a name, or a reference to their own
    message, order or call."""
    return bool(_phrases("addressee", "reply_markers", language).search(text))


def opens_with_wishes(text: str, language: str) -> bool:
    """The draft opens on the team's wishes to its readers (its first line, or the
    subject line: « Meilleurs vœux de toute l'équipe ! », "Best of luck to everyone
    filing this week!"): a courtesy message (`addressee.greetings`)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    first = _SUBJECT_LABEL.sub("", first.strip().lstrip("#*>-•📢🎉🎄✨ ").strip())
    return _phrases("addressee", "greetings", language).match(first) is not None


_SUBJECT_LABEL = re.compile(r"^(?:subject|objet)\s*:\s*", re.I)


# a day of the month, alone or with its month in figures (« le 31 », "15th", « 30/06 »)
_DAY_OF_MONTH = re.compile(r"^(?:\d{1,2}(?:er|st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$",
                           re.I)


_ORDINAL_DATE = re.compile(r"^\d{1,2}(?:er|re|e|ème|st|nd|rd|th)?$", re.I)


def _a_date(token) -> bool:
    """An object that is a day of the month (« le 1er », « le 15 »), as the small French
    model parses it: a date, not the thing acted on."""
    return any(t.like_num or _ORDINAL_DATE.match(t.text) for t in token.subtree
               if t.pos_ != "DET")
