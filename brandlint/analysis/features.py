"""Shared features of a draft that several rule families read: quoted or reported
speech, negation scope, hedges and visible conditions.

Each is computed once per document from the spaCy parse (plus clause-bounded word
windows where the small models' parse of copy is unreliable) and exposed as plain
sets of token indices or character ranges.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from brandlint.analysis import lexicons

CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ")", "!", "?", ".", "…"}
# a text smiley the tokenizer keeps whole (":)", ";-)", ":D", "<3"): it ends a sentence in
# a reply as a pictograph does ("I replied within a minute :) I will meet you in DMs")
EMOTICON = re.compile(r"(?:[:;=][-^'o]?[)(\]\[DPpO3/|*]|<3|\^_?\^)")
CLAUSE_CONJUNCTIONS = {"fr": {"mais", "et", "ou", "car", "donc", "or", "puis"},
                       "en": {"but", "and", "or", "so", "yet", "while", "whereas"}}


@functools.cache
def _phrase_regex(key: str, language: str) -> re.Pattern:
    table = lexicons.load("hedges")
    phrases = (table[key][language] if key in ("conditions", "negation", "paid_options",
                                                "terms_pointers")
               else table[language][key])
    return lexicons.phrase_pattern(phrases)


def phrase_spans(text: str, key: str, language: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _phrase_regex(key, language).finditer(text)]


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges between matching quotation marks (the marks included)."""
    ranges: list[tuple[int, int]] = []
    for pattern in _quote_patterns():
        ranges.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(ranges)


# A line signed on the line under it by a dash and a name, a role after a comma
# ("…ever in Switzerland!" over "-- Matthias Stürmer, EPP city councillor", « — Claire
# Martin, cliente depuis 2015 »): the named person's words, quoted without marks. The
# signed line does not open on a dash itself, nor does the line after the signature (a
# list of "– Free Returns" items is no quotation).
_ATTRIBUTED = re.compile(
    r"(?m)^(?![ \t]*[-–—―•*])([^\n]*\w[^\n]*)\n(?:[ \t]*\n)?[ \t]*(?:--|—|―|–)[ \t]*"
    r"[A-ZÀ-Ý][\w.'’-]+(?:[ \t]+[A-ZÀ-Ý][\w.'’-]+){1,3}[ \t]*(?:,[^\n]{1,80})?[ \t]*$"
    r"(?!\n[ \t]*(?:[-–—―•*]|\n[ \t]*[-–—―•*]))")


def attributed_ranges(text: str) -> list[tuple[int, int, str]]:
    """Lines signed on the line under them (see `_ATTRIBUTED`): the line's range and the
    signature, for the caller to leave the brand's own signature out."""
    return [(m.start(1), m.end(1), text[m.end(1):m.end()]) for m in _ATTRIBUTED.finditer(text)]


@functools.cache
def _quote_patterns() -> tuple[re.Pattern, ...]:
    """One pattern per pair of quotation marks, built once."""
    patterns = []
    for opening, closing in lexicons.load("speech")["quote_pairs"]:
        pattern = re.compile(re.escape(opening) + r"[^\n]{1,400}?" + re.escape(closing))
        if opening == closing == "\"":
            pattern = re.compile(r"(?<![\w])\"[^\"\n]{1,400}\"")
        if opening == "‘":
            pattern = re.compile(r"(?<![\w])‘[^’\n]{1,400}’(?![\w])")
        if opening == closing == "'":  # apostrophes inside words do not close the quote
            pattern = re.compile(r"(?<![\w])'(?:[^'\n]|'(?=\w)){3,400}?'(?![\w])")
        patterns.append(pattern)
    return tuple(patterns)


_THREAD_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*")


# The header of an earlier message forwarded or quoted under a reply, in a mail client's
# words: "From: David Okoro" / « De : Paul Drouet » opening a line that a "Sent:", "Date:",
# "Subject:" / « Envoyé : », « Objet : » line follows, or "On 29 Nov, Owen wrote:" /
# « Le 29 nov., Owen a écrit : ». What follows it, to the end, is that message.
_FORWARD_HEADER = re.compile(
    r"(?mi)^[ \t]*(?:from|de)[ \t]*:[^\n]+\n(?:[ \t]*(?:sent|date|to|cc|envoyé|à|le)[ \t]*:"
    r"[^\n]*\n)*[ \t]*(?:sent|date|subject|envoyé|objet|sujet)[ \t]*:[^\n]*"
    r"|^[ \t]*(?:on|le)[ \t]+[^\n]{3,80}?(?:wrote|a[ \t]+écrit)[ \t]*:[ \t]*$")


def thread_quote_ranges(text: str) -> list[tuple[int, int]]:
    """Lines of an earlier message quoted under or above a reply (« > Bonjour, je pars en
    mission… »), or an earlier message forwarded under its header ("From: … Subject: …"):
    someone else's words. A text made only of such lines is the draft."""
    ranges = [(m.start(), m.end()) for m in _THREAD_LINE.finditer(text)]
    header = _FORWARD_HEADER.search(text)
    if header is not None and text[:header.start()].strip():
        ranges = [r for r in ranges if r[1] <= header.start()] + [(header.start(), len(text))]
    own_line = any(line.strip() and not line.lstrip().startswith(">")
                   for line in text.split("\n"))
    return ranges if ranges and own_line else []


def reported_token_indices(doc, language: str) -> set[int]:
    """Tokens inside speech reported from someone else ("vous nous écrivez que …")."""
    speech = lexicons.load("speech")
    verbs = set(speech["reporting_verbs"][language])
    speakers = set(speech["speaker_pronouns"][language])
    reported: set[int] = set()
    for token in tokens(doc):
        if token.lemma_.lower() not in verbs or token.pos_ not in ("VERB", "AUX"):
            continue
        if _asks_to_say(token):
            continue  # "can you tell me your email?", « merci de nous indiquer »: a request
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        if not any(s.lower_ in speakers or s.lemma_.lower() in speakers for s in subjects):
            continue
        if _announces_own_speech(token, subjects):
            continue
        said = [c for c in token.children
                if c.dep_ in ("ccomp", "obj", "dobj", "xcomp", "parataxis") and c.i > token.i]
        if not said:
            continue
        # what was said ends with its sentence: the parse often runs on past a semicolon
        # into the brand's answer ("You say it broke; we find it hard…"), or past a colon
        # once the report has begun ("You say the app lost your booking: we're sorry", «
        # Vous nous dites que… : nous vous présentons nos excuses ») — not the colon that
        # opens it (« vous nous écrivez : « … » »)
        limit = _sentence_end(doc, token.i)
        begun = max(min(c.left_edge.i for c in said), token.i + 1)
        limit = next((t.i for t in tokens(doc)[begun + 1:limit] if t.text == ":"), limit)
        for child in said:
            reported.update(t.i for t in child.subtree if t.i < limit)
    return reported


def _announces_own_speech(verb, subjects) -> bool:
    """« On vous dira si c'est sérieux », « on vous expliquera tout » : *on* telling the
    reader, in the future, what it will say is the brand announcing its own words (the
    colloquial *on* = *nous*); nobody's speech is reported yet. « On vous a dit que… »,
    « on dit que… » stay someone else's."""
    return all(s.lower_ == "on" for s in subjects) and "Fut" in morph(verb).get("Tense") \
        and any(c.lower_ in ("vous", "te", "t'", "t’") and c.dep_ in ("obj", "iobj")
                for c in verb.children)


def _sentence_end(doc, index: int) -> int:
    for t in tokens(doc)[index + 1:]:
        if t.text in (";", ".", "!", "?", "…") or "\n" in t.text:
            return t.i
    return len(doc)


def _asks_to_say(token) -> bool:
    """A reporting verb that asks the customer to say something rather than reports what
    they said: an infinitive (« pouvez-vous nous indiquer », « merci de préciser ») or
    under a modal ("can you tell me", "could you confirm")."""
    if "Inf" in morph(token).get("VerbForm"):
        return True
    return any(c.tag_ == "MD" and c.dep_ == "aux" for c in token.children)


def negated_token_indices(doc, language: str) -> set[int]:
    """Tokens whose clause is negated: the negated head and its dependents.

    A `neg` dependency (or, for French, `advmod` pas/jamais/plus next to `ne`) negates
    its head; the head's subtree, bounded to the clause, is then out of a firm claim.
    """
    cues = lexicons.words("hedges", "negation", language)
    negated: set[int] = set()
    for token in tokens(doc):
        if not _is_negation(token, cues, language) or _litotes(doc, token, language) or \
                _waves_a_worry(doc, token, language):
            continue
        head = token.head
        if head.lower_ == "longer" and head.dep_ == "advmod":
            head = head.head  # "we no longer repair…": the verb is negated
        if token.dep_ == "det" and head.dep_.startswith("nsubj"):
            head = head.head  # "No fabric lasts forever": the predicate is negated
        # The scope never crosses the clause: "No stress: instant exchanges…"
        start, end = clause_bounds(doc, token.i, language)
        if token.lower_ == "non" and head.pos_ in ("ADJ", "VERB") and head.dep_ in ("acl", "amod"):
            # « les leçons non consommées vous seront remboursées sous 72 h »: « non »
            # denies the word that describes the noun; a clause with its own subject the
            # small parser hangs under that word is still affirmed
            negated.update(t.i for t in _without_own_clauses(head) if start <= t.i < end)
            continue
        if _contrasts(doc, head, token):
            # "…because the line holds, not because of a contract", « …, pas à cause
            # de… »: the negation sets aside what follows it, the claim before stands
            negated.update(t.i for t in head.subtree if token.i <= t.i < end)
            continue
        if start <= head.i < end or token.dep_ != "det" and not _elaborates(doc, head, token):
            negated.add(head.i)
        for t in head.subtree:
            if start <= t.i < end and (t.i >= token.i or t.head == head):
                negated.add(t.i)
        # a verbless phrase the negated verb governs after the comma goes on with it:
        # "it can't be every destination, every time"
        # (a bare noun phrase only: « …, en raison d'une panne » gives the cause, and a
        # colon opens a statement of its own: "No stress: instant exchanges")
        for c in head.children:
            if c.i >= end and c.pos_ == "NOUN" and c.dep_ in ("npadvmod", "appos") \
                    and not any(g.dep_ in ("case", "prep") for g in c.children) \
                    and not any(t.pos_ in ("VERB", "AUX", "ADP") or t.text in (
                        ".", "!", "?", ";", ":") for t in doc[end:c.i]):
                negated.update(t.i for t in c.subtree)
        for verb in alternative_conjuncts(head):  # "does not endorse or guarantee…"
            first, last = clause_bounds(doc, verb.i, language)
            negated.update(t.i for t in verb.subtree if first <= t.i < last)
        # a commitment denied reaches what it would commit to: « nous ne pouvons pas
        # promettre que rien ne bougera jamais », "we can't guarantee it will always…"
        committing = _promise_verbs(language)
        for verb in (head, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp"))):
            if verb.pos_ != "NOUN" and (verb.lemma_.lower() in committing or any(
                    verb.lower_.startswith(v[:-3]) for v in committing if len(v) > 6)):
                # (the small French model lemmatises « promettre » as « promettr »)
                negated.update(t.i for t in verb.subtree if t.i > token.i)
    return negated


def _without_own_clauses(word) -> list:
    """`word` and its dependents, less any verb with its own subject below it (and that
    verb's words): a clause of its own, which a negation of `word` does not reach."""
    out, stack = [], [word]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.pos_ in ("VERB", "AUX") and any(g.dep_.startswith("nsubj") for g in c.children):
                continue
            stack.append(c)
    return out


_COMPLEMENTISERS = frozenset({"que", "qu'", "qu’", "si", "s'", "s’", "that"})


def _waves_a_worry(doc, token, language: str) -> bool:
    """The negation opens a courtesy that waves a worry away (« Pas de souci, l'atelier
    ouvre le lundi », "No problem, we're open Mondays too"): it denies the trouble, set
    apart by its punctuation, not the clause after it."""
    words = tokens(doc)[token.i: token.i + 5]
    for phrase in lexicons.load("hedges")["waved_worries"][language]:
        size = len(phrase.replace("'", "' ").replace("’", "’ ").split())
        said = " ".join(t.lower_ for t in words[:size]).replace("' ", "'").replace("’ ", "’")
        if said.replace(" ", "") == phrase.replace(" ", "") and (
                len(words) <= size or words[size].is_punct):
            return True
    return False


def _litotes(doc, token, language: str) -> bool:
    """The negation denies a chance and so affirms the clause it introduces: « ce n'est
    pas pour rien que… », « ce n'est pas un hasard si… », "it's not for nothing that…"
    (a phrase of `hedges.litotes` right after it, then « que / si / that »)."""
    start = token.i + 1
    if token.lower_ in ("ne", "n'", "n’"):  # « n'est pas pour rien »: read after « pas »
        start = next((t.i + 1 for t in tokens(doc)[token.i + 1: token.i + 4]
                      if t.lower_ in ("pas", "point")), start)
    text = " ".join(t.lower_ for t in tokens(doc)[start: start + 5])
    if language == "en" and token.lower_ == "no" and text.startswith("wonder "):
        return True  # "No wonder it's the best trout in Europe": the clause affirmed
    for phrase in lexicons.load("hedges")["litotes"][language]:
        if text.startswith(phrase + " "):
            rest = text[len(phrase) + 1:].split()
            return bool(rest) and rest[0] in _COMPLEMENTISERS
    return False


# a negation carries over these to the verb they join ("not A or B" is neither A nor B)
ALTERNATIVES = frozenset({"or", "nor", "ou", "ni"})


def alternative_conjuncts(verb) -> list:
    """The verbs joined to `verb` by *or* / *nor* (« ou », « ni ») that have no subject and
    no auxiliary of their own: "ISRG does not endorse or guarantee…" — a negation of
    `verb` reaches them. Not after *and*: "we don't sell pods and ship fast" affirms the
    second verb."""
    found = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or any(
                d.dep_.startswith(("nsubj", "aux", "csubj")) for d in c.children):
            continue
        # the conjunction hangs on the second verb (UD) or on the first (English)
        between = [d for d in (*c.children, *verb.children)
                   if d.dep_ == "cc" and verb.i < d.i < c.i]
        if any(d.lower_ in ALTERNATIVES for d in between):
            found.append(c)
            found.extend(alternative_conjuncts(c))
    return found


def _contrasts(doc, head, token) -> bool:
    """A negation that opens a contrast after a comma or a dash (", not because of a
    contract", "comfort, not speed"), hung by the parse on the verb before it: it denies
    the alternative that follows, not that verb."""
    return head.i < token.i and token.i > 0 and doc[token.i - 1].text in (",", "—", "–")


def _elaborates(doc, head, token) -> bool:
    """A colon, semicolon or line break between the negation and a head before it: the
    negation is in the list that illustrates the claim (« est irréprochable : pas un
    tiroir qui accroche »), not on the claim."""
    if head.i >= token.i:
        return False
    return any(t.text in (":", ";") or "\n" in t.text for t in doc[head.i + 1: token.i])


@functools.cache
def _promise_verbs(language: str) -> frozenset[str]:
    return frozenset(lexicons.load("frame")["acts"]["promise_verbs"][language])


NEGATIVE_DETERMINERS = {"no", "aucun", "aucune", "nul", "nulle"}


# determiners before which « pas » / « point » is a noun (« notre pas de tir », « ce point »)
_NOUN_DETERMINERS = frozenset({"le", "un", "notre", "votre", "ce", "cet", "mon", "ton", "son",
                               "leur", "chaque", "du", "au", "premier", "dernier"})


def _is_negation(token, cues: set[str], language: str) -> bool:
    lower = token.lower_
    if token.dep_ == "neg":
        return True
    if lower in NEGATIVE_DETERMINERS and token.dep_ == "det":
        return True
    if language == "en":
        if lower == "no" and token.head.lower_ == "longer":
            return True  # "no longer"
        if lower == "n’t" and token.i > 0 and token.head.i == token.i - 1 and \
                token.head.pos_ in ("AUX", "VERB"):
            return True  # "isn’t", "don’t" typeset with a curly apostrophe: the small
            # model leaves the clitic a `punct` of the verb it negates
        return lower in ("not", "n't", "never", "cannot") and token.dep_ in ("neg", "advmod")
    # French: the parser marks `ne`/`pas` as advmod; require the `ne … pas` pair so
    # that a lone « plus » (more) is not read as negation.
    if lower in ("pas", "point", "guère", "nullement"):
        # « notre pas de tir », « le pas de porte », « un point de vente »: after a
        # determiner the word is a noun (a step, a place), no negation
        before = token.doc[token.i - 1] if token.i > 0 else None
        return not (lower in ("pas", "point") and before is not None
                    and before.lower_ in _NOUN_DETERMINERS)
    if lower in ("ne", "n'", "n’"):
        # « n'importe quel(le) / qui / quoi / où / quand » is the indefinite *any*
        following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return following != "importe"
    # « délais non garantis », « non contractuel »: non before the word it denies
    if lower == "non" and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].pos_ in ("ADJ", "VERB"):
        return True
    return False


CLAUSE_REACH = 30  # tokens either side of a word that its clause may reach
# A run of more words than this with no punctuation, line break or conjunction (the
# longest in the corpora is 34) is read as consecutive clauses of CLAUSE_REACH words
# (BL912): otherwise every word of it opens its own 60-word window, each read in full
# (1,500 nested « > » quote marks: 24 s for one reply).
MAX_CLAUSE = 100


def clause_bounds(doc, index: int, language: str, reach: int = CLAUSE_REACH
                  ) -> tuple[int, int]:
    """Token range [start, end) of the clause around `index`, cut at punctuation,
    line breaks and coordinating conjunctions. Deliberately blind to the parser's
    sentence boundaries, which the small models often misplace on copy."""
    reading = _last_reading
    if reading.doc is not doc:
        reading = read_once(doc)
    key = (index, language, reach)
    found = reading._clauses.get(key)
    if found is None:
        found = reading._clauses[key] = _clause_bounds(reading, doc, index, language, reach)
    return found


def _clause_bounds(reading: DocReading, doc, index: int, language: str, reach: int
                   ) -> tuple[int, int]:
    runs = reading.long_clauses(language)
    if runs and reach == CLAUSE_REACH:
        i = bisect.bisect_right(runs, (index, len(doc) + 1)) - 1
        if i >= 0 and runs[i][0] <= index < runs[i][1]:
            run_start, run_end = runs[i]
            start = run_start + (index - run_start) // reach * reach
            return start, min(start + reach, run_end)
    return _abbreviation_kept(reading, index,
                              reading.bounds(reading.clause_breaks(language), index, reach))


def long_clauses(doc, language: str) -> list[tuple[int, int]]:
    """The token ranges of the runs of more than MAX_CLAUSE words without a clause
    break, read in clauses of CLAUSE_REACH words."""
    return read_once(doc).long_clauses(language)


def text_sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Character range [start, end) of the sentence holding `at`, read on the text: from
    after the last « . ! ? » or line break before it to the next one (the small models
    misplace sentence boundaries on copy: « Erreur » cut off « lors de l'envoi… »)."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return start, min(stops) if stops else len(text)


def text_sentence_before(text: str, at: int) -> tuple[int, int] | None:
    """`text_sentence_bounds` of the sentence before the one holding `at`, or None when that
    one opens the text."""
    start = text_sentence_bounds(text, at)[0]
    return text_sentence_bounds(text, start - 2) if start >= 2 else None


def line_bounds(doc, index: int, reach: int = 30) -> tuple[int, int]:
    """Token range of the text line (or sentence-ending punctuation) around `index`."""
    reading = read_once(doc)
    return _abbreviation_kept(reading, index, reading.bounds(reading.line_ends(), index, reach))


def _abbreviation_kept(reading: DocReading, index: int, bounds: tuple[int, int]
                       ) -> tuple[int, int]:
    """`bounds` around `index`, ended at `index` when that word is an abbreviation ending
    its sentence (« vous les recevrez sous 48 h. L'étiquette… »): the stop it makes ends
    its own clause and line, it does not open the next one."""
    start, end = bounds
    if end > index + 1 and _abbreviation_ends(reading.words(), index):
        end = index + 1
    return start, end


def _bounds(stops: list[bool], index: int, reach: int) -> tuple[int, int]:
    """[start, end) around `index`, widened token by token until a stop or `reach`."""
    start, low = index, max(0, index - reach)
    while start > low and not stops[start - 1]:
        start -= 1
    end, high = index + 1, min(len(stops), index + reach)
    while end < high and not stops[end]:
        end += 1
    return start, end


class DocReading:
    """What the analysis asks of one Doc over and over, read once: its text (spaCy joins
    every token again on each `doc.text`) and the tokens where lines and clauses stop
    (asked around almost every word a rule looks at)."""

    __slots__ = ("doc", "text", "_words", "_line_ends", "_clause_breaks", "_long_clauses",
                 "_tokens", "_nearest_stops", "_morphs", "_forms", "_heads", "_clauses",
                 "_children")

    def __init__(self, doc):
        self.doc = doc
        self._tokens: list | None = None
        self._heads: list[int] | None = None
        self._words: list[str] | None = None
        self._line_ends: list[bool] | None = None
        self._clause_breaks: dict[str, list[bool]] = {}
        self._long_clauses: dict[str, list[tuple[int, int]]] = {}
        self._nearest_stops: dict[int, tuple[list[bool], list[int], list[int]]] = {}
        self._morphs: dict[int, Morph] = {}
        self._forms: list[tuple[str, str]] | None = None
        self._children: list[tuple] | None = None
        self._clauses: dict[tuple[int, str, int], tuple[int, int]] = {}  # clause_bounds
        # `doc.text` joins the tokens' text; joined from the listed tokens, they are made
        # once for both
        self.text = "".join(t.text_with_ws for t in self.tokens())

    def bounds(self, stops: list[bool], index: int, reach: int) -> tuple[int, int]:
        """`_bounds(stops, index, reach)` in constant time: for each token, the last stop
        before it and the first stop from it on are found once per list of stops."""
        if not 0 <= index < len(stops) or reach < 1:
            return _bounds(stops, index, reach)
        nearest = self._nearest_stops.get(id(stops))
        if nearest is None or nearest[0] is not stops:
            n = len(stops)
            before, last = [], -1
            for i in range(n):
                before.append(last)
                if stops[i]:
                    last = i
            after, following = [n] * (n + 1), n
            for i in range(n - 1, -1, -1):
                if stops[i]:
                    following = i
                after[i] = following
            nearest = self._nearest_stops[id(stops)] = (stops, before, after)
        _, before, after = nearest
        return (max(index - reach, 0, before[index] + 1),
                min(len(stops), index + reach, after[index + 1]))

    def tokens(self) -> list:
        """The Doc's tokens as a list: `doc[i]` and iterating a Doc or a slice of it make
        a new Token object each time (millions a batch); the same Token read again is
        free. They are `ReadToken`s: spaCy Tokens that keep each attribute once read, and
        whose head is the listed token."""
        if self._tokens is None:
            doc = self.doc
            made = _read_token_class(doc)
            if made is None:  # (a spaCy whose Token cannot be extended: the stock tokens)
                self._tokens = list(doc)
            else:
                self._tokens = _read_tokens(doc, made)
                self._heads = [t.__dict__["head"].i if "head" in t.__dict__ else i
                               for i, t in enumerate(self._tokens)]
        return self._tokens

    def heads(self) -> list[int]:
        """The index of each token's head (`token.head` makes a new Token each time)."""
        if self._heads is None:
            self._heads = _head_indices(self.doc)
        return self._heads

    def children(self, index: int) -> tuple:
        """The children of token `index`, in the order of the text, as `token.children`
        gives them (the tokens whose head it is, itself left out), from the Doc's list:
        `token.children` makes new Tokens at each call, and the readers ask it of every
        predicate several times."""
        if self._children is None:
            tokens = self.tokens()
            kids: list[list] = [[] for _ in tokens]
            for i, head in enumerate(self.heads()):
                if head != i:
                    kids[head].append(tokens[i])
            self._children = [tuple(k) for k in kids]
        return self._children[index]

    def forms(self) -> list[tuple[str, str]]:
        """(lowercased lemma, lowercased form) of each token, read once: spaCy decodes
        both strings again at each `lemma_` and `lower_`."""
        if self._forms is None:
            self._forms = [(t.lemma_.lower(), t.lower_) for t in self.tokens()]
        return self._forms

    def morph(self, token) -> Morph:
        found = self._morphs.get(token.i)
        if found is None:
            found = self._morphs[token.i] = Morph.read(str(token.morph))
        return found

    def words(self) -> list[str]:
        if self._words is None:
            self._words = [t.text for t in self.tokens()]
        return self._words

    def line_ends(self) -> list[bool]:
        if self._line_ends is None:
            words = self.words()
            self._line_ends = [_ends_line_text(w) or _abbreviation_ends(words, i)
                               for i, w in enumerate(words)]
        return self._line_ends

    def clause_breaks(self, language: str) -> list[bool]:
        if language not in self._clause_breaks:
            conjunctions = CLAUSE_CONJUNCTIONS[language]
            words = self.words()
            self._clause_breaks[language] = [
                _breaks_text(w, conjunctions) or _abbreviation_ends(words, i)
                for i, w in enumerate(words)]
        return self._clause_breaks[language]

    def long_clauses(self, language: str) -> list[tuple[int, int]]:
        runs = self._long_clauses.get(language)
        if runs is None:
            runs = []
            start = 0
            for i, stop in enumerate((*self.clause_breaks(language), True)):
                if stop:
                    if i - start > MAX_CLAUSE:
                        runs.append((start, i))
                    start = i + 1
            self._long_clauses[language] = runs
        return runs


def _read_tokens(doc, made) -> list:
    """The Doc's tokens as `made` (ReadToken), with what almost every reading asks of
    almost every token read at once from spaCy's arrays: the same values spaCy's Token
    gives (strings from the same string store, flags as booleans), the head as the listed
    token (a root's head stays spaCy's: a new Token at each reading, as the readers'
    `token.head is token` tests have always seen it)."""
    from spacy import attrs
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return []
    vocab, strings = doc.vocab, doc.vocab.strings
    table = doc.to_array([attrs.ORTH, attrs.LOWER, attrs.LEMMA, attrs.POS, attrs.TAG,
                          attrs.DEP, attrs.SPACY, attrs.IS_PUNCT, attrs.IS_SPACE,
                          attrs.IS_ALPHA, attrs.IS_STOP])
    heads = doc.to_array([attrs.HEAD]).astype("int64").tolist()  # (wrapped negatives)
    named: dict[int, str] = {}

    def name(key: int) -> str:
        found = named.get(key)
        if found is None:
            found = named[key] = strings[key]
        return found

    tokens = [made(vocab, doc, i) for i in range(len(doc))]
    idx = _IDX
    for i, (token, row, offset) in enumerate(zip(tokens, table.tolist(), heads,
                                                 strict=True)):
        orth, lower, lemma, pos, tag, dep, spacy_, punct, space, alpha, stop = row
        text = name(orth)
        space_after = " " if spacy_ else ""
        kept = token.__dict__
        kept.update(i=i, idx=idx(token), orth_=text, text=text,
                    text_with_ws=text + space_after, whitespace_=space_after,
                    lower_=name(lower), lemma_=name(lemma), pos_=NAMES[pos], tag_=name(tag),
                    dep_=name(dep), is_punct=bool(punct), is_space=bool(space),
                    is_alpha=bool(alpha), is_stop=bool(stop))
        if offset:
            kept["head"] = tokens[i + offset]
    return tokens


def _head_indices(doc) -> list[int]:
    """`[t.head.i for t in doc]`, read from spaCy's array of head offsets."""
    from spacy.attrs import HEAD

    if not len(doc):
        return []
    offsets = doc.to_array([HEAD]).astype("int64")  # (stored unsigned: wrapped negatives)
    return [i + offset for i, offset in enumerate(offsets.tolist())]


# What a reader asks of a token, immutable once the Doc is parsed: kept at the first
# reading (spaCy decodes a string or builds a value again at every `pos_`, `lemma_`, `text`,
# ≈ 0.5–1 µs each, and the readers ask them millions of times a batch)
_KEPT_ATTRIBUTES = (
    "text", "text_with_ws", "whitespace_", "orth", "orth_", "lower", "lower_", "norm",
    "norm_", "shape", "shape_", "prefix", "prefix_", "suffix", "suffix_", "lemma", "lemma_",
    "pos", "pos_", "tag", "tag_", "dep", "dep_", "lang", "lang_", "ent_type", "ent_type_",
    "ent_iob", "ent_iob_", "ent_id", "ent_id_", "ent_kb_id", "ent_kb_id_", "idx", "i",
    "is_alpha", "is_ascii", "is_digit", "is_lower", "is_upper", "is_title", "is_punct",
    "is_space", "is_bracket", "is_quote", "is_left_punct", "is_right_punct", "is_currency",
    "is_stop", "is_oov", "like_url", "like_num", "like_email", "is_sent_start",
    "is_sent_end", "sent_start", "n_lefts", "n_rights")


class _Kept:
    """A Token attribute read from spaCy once, then from the instance's dictionary (a
    non-data descriptor: the dictionary's entry wins once written)."""

    __slots__ = ("name", "read")

    def __init__(self, name: str, read):
        self.name, self.read = name, read

    def __get__(self, token, owner=None):
        if token is None:
            return self
        value = token.__dict__[self.name] = self.read(token, owner)
        return value


class _Stock:
    """A Token attribute read from spaCy every time, unless the instance holds its own
    (the listed head of a token that is not a root)."""

    __slots__ = ("read",)

    def __init__(self, read):
        self.read = read

    def __get__(self, token, owner=None):
        if token is None:
            return self
        return self.read(token, owner)


def _read_token_class(doc):
    """`ReadToken`: a subclass of spaCy's Token (equal, hashed and ordered as the Token
    of the same Doc and index, accepted wherever spaCy takes a Token) whose immutable
    attributes are kept once read; checked on the first Doc that has a token. None when
    this spaCy's Token cannot be extended so (the stock tokens are listed instead)."""
    global _READ_TOKEN
    if _READ_TOKEN is _UNSET and len(doc):
        _READ_TOKEN = _make_read_token(doc)
    return None if _READ_TOKEN is _UNSET else _READ_TOKEN


def _make_read_token(doc):
    try:
        from spacy.tokens import Token

        stock = Token.__dict__
        namespace = {name: _Kept(name, stock[name].__get__)
                     for name in _KEPT_ATTRIBUTES if name in stock}
        namespace["head"] = _Stock(stock["head"].__get__)
        made = type("ReadToken", (Token,), namespace)
        global _IDX
        _IDX = stock["idx"].__get__
        token, same = _read_tokens(doc, made)[0], doc[0]
        if token == same and same == token and hash(token) == hash(same) and all(
                getattr(token, name) == getattr(same, name) and
                type(getattr(token, name)) is type(getattr(same, name))
                for name in token.__dict__ if name != "head") and \
                token.head.i == same.head.i:
            return made
    except Exception:  # noqa: BLE001 — a change in spaCy's internals: the stock tokens
        pass
    return None


_UNSET = object()
_READ_TOKEN = _UNSET
_IDX = None


_last_reading = DocReading.__new__(DocReading)
_last_reading.doc = None


def read_once(doc) -> DocReading:
    """The reading of `doc`, kept for the Doc being analysed: documents are analysed one
    after another, so one slot holds it (a Doc read again after another is read anew).
    The slot keeps its Doc alive, so the identity test cannot be fooled by a new Doc at
    the same address."""
    global _last_reading
    reading = _last_reading
    if reading.doc is not doc:
        reading = _last_reading = DocReading(doc)
    return reading


def head_indices(doc) -> list[int]:
    """The index of each of the Doc's tokens' head, read once."""
    return read_once(doc).heads()


def forms(doc) -> list[tuple[str, str]]:
    """(lowercased lemma, lowercased form) of each of the Doc's tokens, read once."""
    return read_once(doc).forms()


def children(token) -> tuple:
    """`token.children` (a tuple, in the order of the text), from the Doc's tokens
    listed once."""
    reading, doc = _last_reading, token.doc
    if reading.doc is not doc:
        reading = read_once(doc)
    return reading.children(token.i)


# The reader's possessives: a thing said with one is the reader's ("your post", « vos
# collègues »).
READERS_POSSESSIVES = frozenset({"your", "votre", "vos", "ton", "ta", "tes"})


def hyphen_link(doc, i: int) -> bool:
    """Tokens `i` and `i + 2` are parts of one hyphened word the tokenizer split ("re" and
    "proof" of "re-proof"): a hyphen between them, no space on either side."""
    return i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and \
        not doc[i + 1].whitespace_


def said_as_readers(token) -> bool:
    """The word has the reader's possessive as its determiner ("your team", « votre
    réponse »)."""
    return any(c.dep_ in ("poss", "det") and c.lower_ in READERS_POSSESSIVES
               for c in children(token))


def tokens(doc) -> list:
    """The Doc's tokens, listed once per Doc (`tokens(doc)[i]` is `doc[i]`; a slice of it
    iterates as `doc[start:end]` does, without making a Span and new Tokens)."""
    return read_once(doc).tokens()


class Morph(dict):
    """A token's morphological features read once from their string (« Mood=Ind|Tense=Fut
    »): `token.morph.get(field)` builds its answer anew at each call (≈ 7 µs, asked of
    almost every word by several readers). `get(field)` answers as it does (the values,
    or an empty sequence), as a tuple."""

    __slots__ = ()

    @classmethod
    def read(cls, features: str) -> Morph:
        out = cls()
        if features:
            for feature in features.split("|"):
                field, _, values = feature.partition("=")
                out[field] = tuple(values.split(","))
        return out

    def get(self, field: str, default=()) -> tuple[str, ...]:
        return dict.get(self, field, default)


def morph(token) -> Morph:
    """`token.morph`, read once per token of the Doc being analysed."""
    reading, doc = _last_reading, token.doc
    if reading.doc is not doc:
        reading = read_once(doc)
    found = reading._morphs.get(token.i)
    if found is None:
        found = reading._morphs[token.i] = Morph.read(str(token.morph))
    return found


def span_tokens(span) -> list:
    """The tokens of a Span (a sentence), from the Doc's list made once: iterating the
    Span makes a new Token for each word at each pass."""
    return read_once(span.doc).tokens()[span.start:span.end]


def text_of(span) -> str:
    """`span.text`, cut from the Doc's text read once."""
    return span_text(span.doc, span.start, span.end)


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the Doc's text read once, without making a Span and
    its Tokens (a Span's text is its tokens' text and spaces, the last space dropped)."""
    reading = _last_reading
    if reading.doc is not doc:
        reading = read_once(doc)
    words = (reading._tokens or reading.tokens())[start:end]
    if not words:
        return ""
    return reading.text[words[0].idx:words[-1].idx + len(words[-1].text)]


SIGN_OFF_MARKS = ("-", "–", "—", "^", "*", "/", "~")


def is_sign_off(doc, start: int, end: int) -> bool:
    """The tokens start..end are only an agent's signature closing its line: one to three
    names after a sign-off mark ("… it really helps. – Sam", "^Rach", "*TAC", "-YE",
    « — Léa, service client » is longer and stays text). Who signs, nothing they do."""
    words = [t for t in doc[start:end] if not (t.is_space or t.is_punct)]
    if not words or len(words) > 3 or not all(
            t.text.lstrip("^*~/").istitle() or t.text.lstrip("^*~/").isupper() for t in words):
        return False
    _, line_end = line_bounds(doc, words[0].i)
    if any(not (t.is_space or t.is_punct) for t in doc[words[-1].i + 1:line_end]):
        return False
    first = words[0]
    if first.text.startswith(("^", "*", "~")):
        return True
    before = first.i - 1
    return before >= 0 and doc[before].text in SIGN_OFF_MARKS


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc."""
    return read_once(doc).text


def _abbreviation_ends(words: list[str], i: int) -> bool:
    """A sentence that ends on an abbreviation: the tokenizer keeps its period (« de 11 h
    à 19 h. Ne laissez jamais… », "9 a.m. to 7 p.m. Never leave…", « etc. Nous »), so
    the abbreviation ends it when a capitalised word follows. Not a title or an initial
    (« M. Martin », "Dr. Lee", "U.S. Army"), which is capitalised itself."""
    word = words[i]
    if len(word) < 2 or not word.endswith(".") or not word[0].isalpha() or word[0].isupper() \
            or i + 1 >= len(words):
        return False
    after = words[i + 1].rstrip("'’")  # « 48 h. L'étiquette »: an elided article
    return after[:1].isupper() and after.isalpha()


def _ends_line_text(text: str) -> bool:
    return "\n" in text or text in (".", "!", "?", "…") or (
        not text.isascii() and is_emoji(text)) or bool(EMOTICON.fullmatch(text))


def _breaks_text(text: str, conjunctions: set[str]) -> bool:
    """`text.lower()` is the token's `lower_` (spaCy lowercases the form the same way)."""
    return (text in CLAUSE_BREAKS or text.lower() in conjunctions or "\n" in text
            or not text.isascii() and is_emoji(text) or bool(EMOTICON.fullmatch(text)))


def is_emoji(text: str) -> bool:
    """Pictographs end a sentence in social copy ("Bristol's #1 food app 🏆 Thanks…")."""
    if text.isascii():
        return False
    return bool(text) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf")
                              or ch == "\ufe0f" for ch in text) and any(
        unicodedata.category(ch) == "So" for ch in text)


def customer_turn_ranges(text: str, language: str, brand: str = "") -> list[tuple[int, int]]:
    """Character ranges of a script's customer turns: « [Client : …] », or a line that
    opens with « Client : » / "Caller:" (to the end of that line); and, in a thread where
    the brand speaks under its own name (« Lisière: … »), every line another name opens
    ("lucy.m.w: …", "Mrs Carver: …") — the other party's turn."""
    ranges = [(m.start(), m.end()) for m in _turn_regex(language).finditer(text)]
    ranges += [(m.start(), m.end()) for m in _message_turn_regex(language).finditer(text)]
    if brand:
        ranges += _named_turns(text, language, brand)
        ranges += _headed_messages(text, language, brand)
    return sorted(set(ranges))


# A thread's message header in brackets, who then when: "[@r_okafor, 10:14]", « [Client,
# 10 h 12] », "[Your message — 14 May]", « [Réponse Hotteline, lendemain] ».
_MESSAGE_HEADER = re.compile(r"(?m)^[ \t>*_-]*\[[ \t]*(?P<label>[^\],–—\n]{1,40}?)[ \t]*"
                             r"(?:,|[–—-])[ \t]*[^\]\n]{1,30}\]")


def _headed_messages(text: str, language: str, brand: str) -> list[tuple[int, int]]:
    """A thread whose messages open on a bracketed header (« [Client, 10 h 12] Bonjour… »,
    "[@r_okafor, 10:14] @Tirelune order…", then « [Réponse Hotteline, lendemain] »): each
    message under a header that is not the brand's (its name, its handle, an agent, « la
    réponse ») is the other party's, up to the next header. Only a thread where the brand
    heads a message of its own: a lone "[Comment – Facebook]" is a title."""
    own = {brand.lower(), brand.split()[0].lower()} if brand.split() else {brand.lower()}
    agents = lexicons.words("speech", "agent_turn_labels", language, lower=True)
    replies = lexicons.words("speech", "reply_header_words", language, lower=True)
    headers = list(_MESSAGE_HEADER.finditer(text))
    brand_words = {w for name in own for w in name.split()}

    def brands(label: str) -> bool:
        label = label.strip().lower()
        words = set(re.findall(r"[\w@.'’-]+", label))
        return _brand_label(label, own, agents) in own or bool(
            words & (brand_words | agents | replies)) or label in agents
    sides = [brands(m["label"]) for m in headers]
    if not any(sides) or all(sides):
        return []
    ends = [m.start() for m in headers[1:]] + [len(text)]
    return [(m.start(), end) for m, end, own_side in zip(headers, ends, sides, strict=True)
            if not own_side]


# A chat log stamps each turn with its time ("Customer (16:20):", « Agent Pneuvia (12:44) : »,
# "Parent [09:05]:"): the stamp belongs to the label, not to what is said.
_STAMP = r"(?:[ \t]*[(\[][ \t]*\d{1,2}[:h.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*[)\]])?"
# …or opens the line with it ("[09:12] Customer: …", « 10h02 – Client : … »)
LEAD_STAMP = (r"(?:[(\[]?[ \t]*\d{1,2}[:h.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*[)\]]?"
              r"[ \t]*(?:[-–—][ \t]*)?)?")
_LABELLED_LINE = re.compile(r"(?m)^[ \t>*_\[-]*" + LEAD_STAMP +
                            r"(?P<label>@?[\w][\w.'’@ -]{0,29}?)" + _STAMP +
                            r"[ \t]*[:：](?![/\d])[^\n]*$")


def _named_turns(text: str, language: str, brand: str) -> list[tuple[int, int]]:
    own = {brand.lower(), brand.split()[0].lower()} if brand.split() else {brand.lower()}
    agents = lexicons.words("speech", "agent_turn_labels", language, lower=True)
    lines = [(m.start(), m.end(), _brand_label(m["label"].strip().lower(), own, agents))
             for m in _LABELLED_LINE.finditer(text)]
    if not any(label in own for _s, _e, label in lines) and not _agent_script(text, lines,
                                                                              agents):
        return []
    return [(start, end) for start, end, label in lines
            if label not in own and label not in agents]


def _brand_label(label: str, own: set[str], agents: set[str]) -> str:
    """A label that names the brand's side with its agent ("Dépanor agent", « Agent
    Pneuvia », "Les Petits Galets") reads as the agent's label: every word of it is the
    brand's name or an agent word."""
    words = label.split()
    brand_words = {w for name in own for w in name.split()}
    handle = re.sub(r"[\W_]", "", label[1:]) if label.startswith("@") else ""
    # the brand's service account on a social thread ("@CassetinHelp:", « @Fibrelle_Aide : »):
    # a handle that holds the brand's whole name speaks for the brand
    if handle and any(len(n) >= 4 and n in handle
                      for n in (re.sub(r"[\W_]", "", name) for name in own)):
        return next(iter(sorted(own)))
    if len(words) > 1 and label not in own and all(w in agents | brand_words for w in words) \
            and any(w in agents for w in words) and any(w in brand_words for w in words):
        return next(w for w in words if w in agents)
    return label


def _agent_script(text: str, lines: list, agents: set[str]) -> bool:
    """A script of turns where the brand's side speaks as « Agent : » / "Adviser:" and the
    other party under any name (« Vacancière : », "Parent:"): most of its lines are turns,
    and an agent's line is one of them."""
    if not any(label in agents for _s, _e, label in lines):
        return False
    if all(label in agents for _s, _e, label in lines):
        return False
    body = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and len(lines) * 2 > len(body)


@functools.cache
def _message_turn_regex(language: str) -> re.Pattern:
    """The customer's message written into the draft under a label that names it (« [Message
    du client : …] », « [2e message de la cliente : …] », "[Earlier message from the
    customer: …]", "[Customer's follow-up: …]"): their words, like « [Client : …] »."""
    table = lexicons.load("speech")
    labels = "|".join(sorted((re.escape(w) for w in table["customer_turn_labels"][language]),
                             key=len, reverse=True))
    heads = "|".join(sorted((re.escape(w) for w in table["customer_message_heads"][language]),
                            key=len, reverse=True))
    links = "|".join(re.escape(w) for w in table["customer_message_links"][language])
    return re.compile(rf"\[\s*(?:[\w'’-]+\s+)?(?:{heads})(?:\s+[\w'’-]+)?\s+(?:{links})\s*"
                      rf"(?:{labels})\s*[:：][^\]\n]*\]?"
                      rf"|\[\s*(?:{labels})['’]s\s+(?:[\w-]+\s+)?(?:{heads})\s*[:：][^\]\n]*\]?",
                      re.I)


@functools.cache
def _turn_regex(language: str) -> re.Pattern:
    labels = "|".join(sorted((re.escape(w) for w in
                              lexicons.load("speech")["customer_turn_labels"][language]),
                             key=len, reverse=True))
    return re.compile(rf"\[\s*(?:{labels})\s*[:：][^\]\n]*\]?"
                      rf"|(?m:^[ \t>*_-]*{LEAD_STAMP}(?:{labels}){_STAMP}[ \t]*[:：].*$)", re.I)


def spoken_turns(text: str, language: str) -> bool:
    """The draft is a script of spoken turns: a line opens on an agent's label
    (« Conseiller : », "Adviser:") or a customer's turn is written in (« [Client : …] »,
    "Caller: …")."""
    agents = lexicons.words("speech", "agent_turn_labels", language, lower=True)
    return any(m["label"].strip().lower() in agents for m in _LABELLED_LINE.finditer(text)) \
        or bool(_turn_regex(language).search(text))


def customer_speaks(text: str, language: str) -> bool:
    """The words before a quote name the customer as its speaker."""
    return bool(_speech_regex("customer_cues", language).search(text))


def agent_speaks(text: str, language: str) -> bool:
    """The words before a quote tell the agent what to say (« Dites : », "End with:")."""
    return bool(_speech_regex("agent_cues", language).search(text))


def cited_titles(text: str) -> list[tuple[int, int]]:
    """The titles of works cited on lines of their own with their byline (`bylines` in the
    speech lexicon: the title, « par » / "by" and the author, the outlet, a date), as
    character spans: a press review's lines."""
    return [(m.start("title"), m.end("title")) for m in _bylines().finditer(text)]


@functools.cache
def _bylines() -> re.Pattern:
    return re.compile("|".join(p[3:] for p in lexicons.load("speech")["bylines"]),
                      re.I | re.M)


def names_a_title(text: str, language: str) -> bool:
    """The words just before a quote make it a title (« la rencontre « … » », "a guide
    called '…'"): the quote names the brand's own event, guide or offer."""
    return bool(_title_regex(language).search(text[-80:]))


@functools.cache
def _title_regex(language: str) -> re.Pattern:
    words = lexicons.load("speech")
    phrases = [*words["title_nouns"][language], *words["title_namers"][language]]
    alternatives = sorted((p[3:] if p.startswith("re:") else re.escape(p) for p in phrases),
                          key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})\s*$", re.I)


@functools.cache
def _speech_regex(key: str, language: str) -> re.Pattern:
    return lexicons.phrase_pattern(lexicons.load("speech")[key][language])


# A price starts where its digits start: without the look-behind, a run of n digits not
# followed by a currency was tried from each of its n digits (n² steps: 37 s for two
# 5,000-digit numbers in one draft, found by the fuzz suite).
_PRICE = re.compile(r"(?<!\d)\d+(?:[.,]\d+)?\s*(?:€|£|\$|eur\b|euros?\b)|(?:€|£|\$)\s*\d",
                    re.I)


def paid_option(line: str, language: str) -> bool:
    """A priced option on the line: the promise is what the customer pays extra for."""
    if not _PRICE.search(line):
        return False
    return bool(_phrase_regex("paid_options", language).search(line))


def verbless_description(tokens) -> bool:
    """No auxiliary and no finite present or modal verb in these tokens ("Specialty
    coffee, always freshly ground, never stewed"): a description put as participles, not
    a clause that tells what is or was done ("…has been carried out by our teams")."""
    for t in tokens:
        if t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBP", "MD"):
            return False
        if t.lang_ == "fr" and t.pos_ == "VERB" and "Fin" in morph(t).get("VerbForm"):
            return False
    return True
