"""The shared analysis of one document: what every rule reads.

Built from one spaCy `Doc` and the profile; features are computed lazily, once, so a
rule set that does not need a feature does not pay for it.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

from brandlint.analysis import features, lexicons
from brandlint.analysis.vocabulary import ProfileVocabulary, Term, match_term, term_plurals
from brandlint.profile import Channel, Profile
from brandlint.sources import Document

CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN", "ADV"}
# a customer's quoted words this share of the draft's characters or more: a testimonial
TESTIMONIAL_SHARE = 0.4


# (rt40a) readers of `_result_of_readers_option`
_READERS_OWN = frozenset({"you", "your", "yours", "vous", "votre", "vos", "tu", "ton", "ta",
                          "tes"})
_BRANDS_OWN = frozenset({"our", "ours", "notre", "nos", "nôtre"})
_BRAND_PRONOUNS = frozenset({"we", "us", "nous"})
_LINK_WORDS = frozenset({"so", "which", "donc", "ainsi"})


@dataclass(frozen=True)
class TermMatch:
    term: str
    start: int  # token index
    end: int

    def char_span(self, doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


class _TermsByFirstWord(dict):
    """A term list's positions by the index keys of `DocAnalysis._token_index` that can
    start one of its matches: its first lemma, its first form and the plurals that form
    may take (`term_plurals`), for a one-word French verb its stem, and for a one-word
    French term its agreeing forms (`_AGREEMENT`)."""

    entries: list[tuple[str, Term]]
    plurals: list[tuple[frozenset[str], ...]]  # of each entry, `term_plurals`


# The endings a French adjective or participle takes to agree in gender and number with
# its noun: the term « bradé » is met as « bradés », « bradée », « bradées » (the model
# lemmatises the participle to its verb, « brader », and the entry read alone as itself).
_AGREEMENT = ("e", "s", "es")
_HAS_WORD = re.compile(r"[^\W_]")  # a letter or a figure: a word, not a dash or an emoji

_TERM_INDEXES: dict[tuple[int, str], tuple[dict, _TermsByFirstWord]] = {}


_PERSONAL_SUBJECTS = frozenset({"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous",
                                "ils", "elles"})


def _conjugated_with_its_pronoun(token) -> bool:
    """A French word the small model does not read as a verb, whose subject is a personal
    pronoun (« nous le réparons », « je vous réponds », « on le répare »): a conjugated
    verb, whatever it is tagged or lemmatised (not « nos boutons », « vos saisons »)."""
    return token.is_alpha and token.pos_ not in ("VERB", "AUX") and len(token.lower_) > 3 and \
        any(c.lower_ in _PERSONAL_SUBJECTS and "subj" in c.dep_ for c in token.children)


def _conjugation_stems(lower: str) -> set[str]:
    """The stems a conjugated form may share with its infinitive's (`verb_stem`):
    « réparons » -> « répar », « réponds » -> « répond » (« répondre »)."""
    from brandlint.analysis.idea import verb_stem

    stems = {verb_stem(lower)}
    if lower.endswith(("s", "x", "t")):
        stems.add(lower[:-1] if len(lower) > 4 else None)
    return {s for s in stems if s}


def _terms_by_first_word(terms: dict[str, Term], language: str) -> _TermsByFirstWord:
    """Built once per term list (the profile's lists live as long as its vocabulary)."""
    key = (id(terms), language)
    cached = _TERM_INDEXES.get(key)
    if cached is not None and cached[0] is terms:
        return cached[1]
    from brandlint.analysis.idea import verb_stem

    out = _TermsByFirstWord()
    out.entries = []
    out.plurals = []
    for name, term in terms.items():
        if not term:
            continue
        position = len(out.entries)
        out.entries.append((name, term))
        out.plurals.append(term_plurals(term, language))
        first_lemma, first_lower = term[0]
        keys = {first_lemma, first_lower, *out.plurals[-1][0]}
        if len(term) == 1 and language == "en":
            keys.add(first_lower + "s")  # its plural, as `match_term` reads it
        if len(term) == 1 and language == "fr" and first_lemma.endswith(("er", "ir", "re")):
            keys.add(f"stem:{verb_stem(first_lemma)}")
        if len(term) == 1 and language == "fr":
            keys.update(first_lower + ending for ending in _AGREEMENT)
        for k in keys:
            out.setdefault(k, []).append(position)
    if len(_TERM_INDEXES) > 64:
        _TERM_INDEXES.clear()
    _TERM_INDEXES[key] = (terms, out)
    return out


class DocAnalysis:
    def __init__(self, document: Document, doc, profile: Profile, channel_name: str,
                 vocabulary: ProfileVocabulary):
        self.document = document
        self.doc = doc
        self.text = features.doc_text(doc)
        self.profile = profile
        self.language = profile.language
        self.channel_name = channel_name
        self.channel: Channel = profile.channels[channel_name]
        self.vocabulary = vocabulary

    # -- words -------------------------------------------------------------------
    @functools.cached_property
    def words(self) -> list:
        return [t for t in features.tokens(self.doc) if not (t.is_punct or t.is_space)]

    @functools.cached_property
    def word_count(self) -> int:
        return len(self.words)

    @functools.cached_property
    def typed_word_count(self) -> int:
        """Words as the writer's word processor counts them, against a channel's
        `max_words`: runs between spaces that hold a letter or a figure. The parser cuts
        elisions and contractions off their word (« n'a », « Saviez-vous », "it's" are
        two tokens each), which a writer counts as one: a French draft of 143 words would
        read as 152."""
        return sum(1 for chunk in self.text.split() if _HAS_WORD.search(chunk))

    @functools.cached_property
    def char_count(self) -> int:
        return len(self.text.strip())

    @functools.cached_property
    def content_tokens(self) -> list:
        return [t for t in self.words if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha]

    def lemma(self, token) -> str:
        return token.lemma_.lower()

    @functools.cached_property
    def sentences(self) -> list:
        return [s for s in self.doc.sents if features.span_text(self.doc, s.start, s.end).strip()]

    @functools.cached_property
    def dominant_lemmas(self) -> list[tuple[str, int]]:
        counts = Counter(self.lemma(t) for t in self.content_tokens
                         if t.pos_ in ("NOUN", "PROPN", "VERB") and len(t.text) > 2)
        return counts.most_common(6)

    # -- shared features -----------------------------------------------------------
    @functools.cached_property
    def quoted_chars(self) -> list[tuple[int, int]]:
        """Quotations: between quotation marks, and lines signed by someone other than the
        brand on the line under them ("-- Matthias Stürmer, EPP city councillor")."""
        signed = [(s, e) for s, e, signature in features.attributed_ranges(self.text)
                  if not any(self.vocabulary.names_brand(w.lower())
                             for w in re.findall(r"[\w'’-]+", signature))]
        return sorted(features.quoted_ranges(self.text) + signed)

    @functools.cached_property
    def thread_quotes(self) -> list[tuple[int, int]]:
        return features.thread_quote_ranges(self.text)

    @functools.cached_property
    def reported_tokens(self) -> set[int]:
        return features.reported_token_indices(self.doc, self.language)

    @functools.cached_property
    def negated_tokens(self) -> set[int]:
        return features.negated_token_indices(self.doc, self.language)

    @functools.cached_property
    def hedge_spans(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e in features.phrase_spans(self.text, "phrases", self.language)
                if not self._denial_made_total(s, e) and not self._possibilities_named(s, e)]

    _POSSIBILITIES = re.compile(
        r"(?:\b(?:ce|tout ce)\s+qu(?:i|['’]il)\s+(?:est|serait|sera)|\bwhat(?:\s+is|['’]s|\s+would"
        r"\s+be|\s+will\s+be)|\beverything\s+that(?:\s+is|['’]s))\s+(?:\w+\s+)?$")

    def _possibilities_named(self, start: int, end: int) -> bool:
        """« on vous dit tout de suite ce qui est possible », "we'll tell you what's
        possible": *possible* in a free relative names the options the brand will tell of,
        the content of its answer — no hedge on what the sentence promises."""
        if self.text[start:end].lower() != "possible":
            return False
        return bool(self._POSSIBILITIES.search(self.text[max(0, start - 40):start].lower()))

    def _denial_made_total(self, start: int, end: int) -> bool:
        """« sans aucune perte de données possible », "no downtime possible": *possible*
        after a denied noun makes the denial total — no hedge."""
        if self.text[start:end].lower() != "possible":
            return False
        before = re.findall(r"[\w'’]+", self.text[max(0, start - 40):start].lower())[-4:]
        denials = lexicons.load("reply")["denials"][self.language]
        said = " ".join(before)
        return any(re.search(rf"(?<![\w'’]){re.escape(d)}(?![\w'’])", said) for d in denials)

    @functools.cached_property
    def terms_pointer_spans(self) -> list[tuple[int, int]]:
        return features.phrase_spans(self.text, "terms_pointers", self.language)

    def _in_paragraph(self, spans, token) -> bool:
        """A span in the token's paragraph (between blank lines)."""
        if not spans:
            return False
        start = self.text.rfind("\n\n", 0, token.idx) + 1
        end = self.text.find("\n\n", token.idx)
        end = len(self.text) if end < 0 else end
        return any(start <= s < end for s, _ in spans)

    @functools.cached_property
    def condition_spans(self) -> list[tuple[int, int]]:
        return features.phrase_spans(self.text, "conditions", self.language)

    @functools.cached_property
    def _quotes_are_the_draft(self) -> bool:
        """A script written as the agent's quoted lines: the quotes are the draft's own
        words, not someone else's (they open their own lines and cover most of the text;
        « Vous nous écrivez : « … » » stays the customer's)."""
        quoted = sum(e - s for s, e in self.quoted_chars)
        def whole_line(start: int, end: int) -> bool:
            before = self.text[:start].rstrip(" \t")
            after = self.text[end:].split("\n", 1)[0]
            return (not before or before.endswith("\n")) and not after.strip(" \t.!?…")

        own_lines = all(whole_line(s, e) for s, e in self.quoted_chars)
        size = max(len(self.text.strip()), 1)
        if len(self.quoted_chars) == 1 and quoted < 0.9 * size:
            # one quoted line among the brand's own (« Le message de Léa… « … » Merci
            # Léa ! »): a testimonial, not a script of quoted lines
            return False
        return own_lines and quoted > 0.5 * size

    @functools.cached_property
    def is_testimonial(self) -> bool:
        """The draft gives the floor to a customer: their quoted words are the bulk of it
        (“Six months ago I couldn't do a single pull-up…” Priya 💪 Who's next?), the
        brand's own words a name and a thank-you around them."""
        if not self.quoted_chars or self._quotes_are_the_draft:
            return False
        if self._author_thanked:
            return True  # a review shared and its author thanked by name, however short
        if self.text[:self.quoted_chars[0][0]].rstrip().endswith(":"):
            return False  # « Script d'accueil : « … » », "Say: '…'": lines to speak
        quoted = sum(e - s for s, e in self.quoted_chars)
        return quoted >= TESTIMONIAL_SHARE * max(len(self.text.strip()), 1)

    @functools.cached_property
    def _author_thanked(self) -> bool:
        """Outside the quotation, the brand thanks someone by name (« Merci Pierre, on
        transmet… », "Thank you Sandra for the kind words"): the quoted words are that
        customer's, shared with the readers (`addressee.thanks_by_name`)."""
        outside = list(self.text)
        for start, end in self.quoted_chars:
            outside[start:end] = " " * (end - start)
        return bool(lexicons.phrase_pattern(lexicons.load("frame")["addressee"][
            "thanks_by_name"][self.language]).search("".join(outside)))

    @functools.cached_property
    def customer_turns(self) -> list[tuple[int, int]]:
        """A call script's customer turns (« [Client : …] », "Caller: …")."""
        return features.customer_turn_ranges(self.text, self.language, self.profile.brand)

    def in_customer_turn(self, token) -> bool:
        turns = self.customer_turns
        return bool(turns) and any(s <= token.idx < e for s, e in turns)

    def is_quoted(self, token) -> bool:
        """Inside quotation marks, in speech reported from the customer, or in a script's
        customer turn (asked of most words by several readers: answered once a token)."""
        known = self._quoted.get(token.i)
        if known is None:
            known = self._quoted[token.i] = self._is_quoted(token)
        return known

    @functools.cached_property
    def _quoted(self) -> dict[int, bool]:
        return {}

    def _is_quoted(self, token) -> bool:
        if token.i in self.reported_tokens or self.in_customer_turn(token):
            return True
        if self.thread_quotes and any(s <= token.idx < e for s, e in self.thread_quotes):
            return True  # « > … »: the earlier message quoted in the thread
        if not self.quoted_chars or self._quotes_are_the_draft:
            return False
        i = bisect.bisect_right(self._quote_starts, token.idx) - 1
        inside = i >= 0 and self.quoted_chars[i][0] <= token.idx < self.quoted_chars[i][1]
        return inside and not self._agent_line(self.quoted_chars[i][0]) and not \
            self._title(self.quoted_chars[i][0])

    @functools.cached_property
    def title_names(self) -> list[tuple[int, int]]:
        """The names the brand gives in quotes to its own event, guide or operation
        (« l'opération « Note ton distrib ! » », "our talk 'Ask us anything'"), and the
        draft's first line when it says one of those names again as the page's title:
        character spans. The brand's own words, but a name: what the thing is called, not
        the brand speaking to the reader. So is the title of a work cited with its byline
        (`features.cited_titles`: « Dis-moi ce qu'il y a dans ton soda par T. Schepman,
        Terra Eco - 18/06/2012 »): the author's words."""
        names = [(s, e) for s, e in self.quoted_chars if self._title(s)]
        names += features.cited_titles(self.text)
        if not names:
            return []
        said = {_name_key(self.text[s:e]) for s, e in names}
        first = len(self.text) - len(self.text.lstrip())
        line = self.text[first:].split("\n", 1)[0]
        if _name_key(line) in said:
            names.append((first, first + len(line)))
        return names

    def in_a_title_name(self, token) -> bool:
        return any(s <= token.idx < e for s, e in self.title_names)

    def _title(self, quote_start: int) -> bool:
        """A quote that names the brand's event, guide or offer (« rencontre « Vivre
        avec… » », "our talk 'Hearing again'"): the title is the brand's own words."""
        line_start = self.text.rfind("\n", 0, quote_start) + 1
        return features.names_a_title(self.text[line_start:quote_start], self.language)

    @functools.cached_property
    def _quote_starts(self) -> list[int]:
        return [r[0] for r in self.quoted_chars]

    def _agent_line(self, quote_start: int) -> bool:
        """In a call script, quotes are what the agent says (« Dites : "…" », "End with:
        '…'"), unless the line says they are the customer's."""
        line_start = self.text.rfind("\n", 0, quote_start) + 1
        before = self.text[line_start:quote_start].lower()
        if features.customer_speaks(before, self.language):
            return False
        return "script" in self.channel_name or features.agent_speaks(before, self.language)

    def is_negated(self, token) -> bool:
        return token.i in self.negated_tokens

    @functools.cached_property
    def dismissed_tokens(self) -> set[int]:
        from brandlint.analysis.frame import dismissed_token_indices

        return dismissed_token_indices(self.doc, self.language)

    def is_rejected(self, token) -> bool:
        """The word itself is negated or dismissed (« ne crée pas », « pas de créativité »,
        « pas besoin de créer », "forget about creativity"); not a word under a negated
        verb of stopping (« ne cessez jamais d'imaginer » affirms)."""
        if token.i in self.dismissed_tokens:
            return True
        cues = ("pas", "not", "n't", "n’t", "never", "jamais", "no", "aucun", "aucune", "plus",
                "longer",  # "we no longer repair"
                "rien", "nothing")  # « qui n'ont encore rien vécu »
        return token.i in self.negated_tokens and any(
            c.lower_ in cues for c in token.children) or _in_a_denied_phrase(token)

    @functools.cached_property
    def is_personal_reply(self) -> bool:
        """A reply to one customer, not campaign copy."""
        from brandlint.analysis.frame import addresses_one_customer

        return addresses_one_customer(self.text, self.language)

    @functools.cached_property
    def is_greeting(self) -> bool:
        """The team's wishes to its readers (« Meilleurs vœux de toute l'équipe »,
        "Best of luck to everyone sitting exams this week!"), not campaign copy."""
        from brandlint.analysis.frame import opens_with_wishes

        return opens_with_wishes(self.text, self.language)

    @functools.cached_property
    def in_readers_voice(self) -> bool:
        """A message the reader sends in their own name, that the brand only drafts for them
        — a share text (« Voici mes empreintes carbone et eau ; tu connais les tiennes ? »,
        "Here's my footprint: do you know yours?"): short (`readers_voice.max_words`), in
        the first person singular (`readers_voice.writer`), with neither the brand's own
        plural (« nous », "we") nor the reader it addresses as a customer (« vous », "your
        order") in it, on a channel that replies to no one. Its register is the sender's,
        to a friend, not the brand's. Not an agent's reply (« je te rappelle demain »): that
        is on a service channel, or written to one customer — unless the writer passes the
        brand on, naming it as a thing they use and written back to no one (« l'app que
        j'utilise, Open Food Facts, qui te permet… », among an app's strings), which may run
        longer (`readers_voice.max_words_naming_brand`)."""
        spec = lexicons.load("register")["readers_voice"]
        if self.is_personal_reply or self.word_count > spec["max_words_naming_brand"]:
            return False
        if (self.channel.service or self.word_count > spec["max_words"]) and \
                not self._passes_the_brand_on:
            return False
        own = [t for t in features.tokens(self.doc) if not self.is_quoted(t)]
        words = {t.lower_ for t in own}
        writer = set(spec["writer"][self.language])
        brand_side = set(spec["brand_side"][self.language])
        return bool(words & writer) and not words & brand_side

    @functools.cached_property
    def _passes_the_brand_on(self) -> bool:
        """The writer names the brand in the third person in a sentence of their own first
        person (« l'app que j'utilise, Open Food Facts, qui… », "the app I use, Bricolab"),
        and the draft is written back to no one (no greeting, no reference to a message):
        the writer passes the brand on, as a share text does, even among a service
        channel's strings (an app's). A newsletter's button (« Je découvre ») and its
        signature (« L'équipe Roupillon ») are two lines: the brand speaking; an agent
        answering a customer speaks to them."""
        from brandlint.analysis.reply import speaks_to_someone

        name = self.profile.brand.strip()
        if not name:
            return False
        brand = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        writer = set(lexicons.load("register")["readers_voice"]["writer"][self.language])
        for sentence in re.split(r"[.!?\n]+", self.text):
            words = set(re.findall(r"\w+['’]?", sentence.lower()))
            if brand.search(sentence) and words & writer:
                return not speaks_to_someone(self)
        return False

    def _in_sentence(self, spans: list[tuple[int, int]], token) -> bool:
        """A span in the same sentence, cut at end punctuation and line breaks (the
        parser's sentences run across the line breaks of copy)."""
        start, end = features.line_bounds(self.doc, token.i)
        tokens = features.tokens(self.doc)
        first = tokens[start].idx
        last = tokens[end - 1].idx + len(tokens[end - 1].text) + 1
        return any(first <= s < last for s, _ in spans)

    def is_hedged(self, token, ignore: tuple[int, int] | None = None) -> bool:
        """A hedge in the same sentence softens the claim (except inside `ignore`, the
        claim's own words: "jusqu'à 22 h" is a closing time, not a hedge)."""
        spans = self.hedge_spans
        if ignore is not None:
            spans = [s for s in spans if not (ignore[0] <= s[0] < ignore[1])]
        return self._in_sentence(spans, token)

    def is_conditional(self, token, priced: bool = True) -> bool:
        """A visible condition: an asterisk on the claim's clause, or condition words; a
        priced option on its line too, unless `priced` is false (the option is the very
        service timed, not a faster level of one: see `promises.find_promises`)."""
        if self._in_sentence(self.condition_spans, token):
            return True
        if self._in_paragraph(self.terms_pointer_spans, token):
            return True  # "Full refund within 14 days. See terms for conditions."
        if self._result_of_advice(token) or self._result_of_readers_option(token):
            return True  # "Add us to your contacts. That way, our emails always reach you."
            # "you may charge the fees to the payee, which guarantees that…"
        if _in_footnote(self.text, token.idx):
            return True  # "*For orders placed before 3pm… Outside those times, ready the
            # next working day.": the starred claim's fine print, every sentence of it
        # an asterisk anywhere on the claim's line ("Option Express* : livrée demain")
        start, end = features.line_bounds(self.doc, token.i)
        window_end = min(end + 1, len(self.doc))
        line = features.span_text(self.doc, start, window_end)
        offset = self.doc[start].idx if start < len(self.doc) else 0
        if any(not _star_grade(line, m, self.text) and offset + m.start() not in self._emphasis
               and not _bullet(line, m) for m in _STARS.finditer(line)):
            return True
        return priced and features.paid_option(features.span_text(self.doc, start, window_end),
                                                self.language)

    @functools.cached_property
    def _emphasis(self) -> frozenset[int]:
        """Where the stars of Markdown emphasis stand (a pair around words on one line)."""
        return frozenset(i for m in _EMPHASIS.finditer(self.text)
                         for i in (*range(m.start(1), m.end(1)),
                                   *range(m.end(2), m.end(2) + len(m.group(1)))))

    def _result_of_advice(self, token) -> bool:
        """The token's sentence opens on "that way" / « ainsi » right after a sentence
        that tells the reader what to do: what it says holds once the reader does it.
        Also within one line, the clause after the order ("Name the app after us, this
        way you'll always remember where the token is used")."""
        start, end = features.line_bounds(self.doc, token.i)
        tokens = features.tokens(self.doc)
        while start < end and tokens[start].is_space:
            start += 1
        openers = lexicons.load("hedges")["result_of_advice"][self.language]

        def opens(at: int) -> bool:
            opening = features.span_text(self.doc, at, min(end, at + 6)).lower()
            return any(opening.startswith(o) and not opening[len(o):len(o) + 1].isalpha()
                       for o in openers)
        clause_start, _ = features.clause_bounds(self.doc, token.i, self.language)
        if start < clause_start < token.i and opens(clause_start):
            return any(self.frame(t).act in ("advice", "invitation") or self.frame(t).topic in (
                "advice", "customer_act") for t in tokens[start:clause_start]
                if t.pos_ in ("VERB", "AUX"))
        if not opens(start):
            return False
        before = start - 1
        while before >= 0 and (tokens[before].is_space or tokens[before].is_punct):
            before -= 1
        if before < 0:
            return False
        previous, _end = features.line_bounds(self.doc, before)
        return any(self.frame(t).act == "advice" or self.frame(t).topic in (
            "advice", "customer_act") for t in tokens[previous:before + 1]
            if t.pos_ in ("VERB", "AUX"))

    def _result_of_readers_option(self, token) -> bool:
        """(rt40a) The token's clause is tied by a result word (`hedges.result_links`: "so",
        ", which", « pour que », « ce qui ») to a clause before it in the same sentence that
        gives the reader an option or a requirement on what they set ("you have the option
        of charging the fees to the payee, which will guarantee that 100% of the balance
        goes out", "They must match the hours set in your account, so deliveries are never
        scheduled outside them"): the result holds once the reader does it. Not when the
        reader's act reaches the brand ("you can call us, so you're never alone": its
        availability) or the clause names the brand's own ("our couriers must…")."""
        table = lexicons.load("hedges")
        tokens = features.tokens(self.doc)
        clause_start, _ = features.clause_bounds(self.doc, token.i, self.language)
        line_start, _ = features.line_bounds(self.doc, token.i)
        sentence_start = max(line_start, tokens[token.i].sent.start)
        link = self._result_link(clause_start, token.i, table["result_links"][self.language])
        if link is None or link <= sentence_start:
            return False
        before = [t for t in tokens[sentence_start:link] if not (t.is_space or t.is_punct)]
        if not any(t.pos_ in ("VERB", "AUX") for t in before):
            return False
        words = {t.lower_ for t in before}
        if words & (_BRANDS_OWN | _BRAND_PRONOUNS):
            return False  # (a word of the brand's name may name the reader's thing: "the
            # balance of your Collective")
        options = lexicons.phrase_pattern(table["readers_options"][self.language])
        if not options.search(features.span_text(self.doc, sentence_start, link)):
            return False
        readers = words & _READERS_OWN
        return bool(readers) or any(self.frame(t).holder == "customer" for t in before
                                    if t.pos_ in ("VERB", "AUX"))

    def _result_link(self, clause_start: int, index: int, links: list[str]) -> int | None:
        """The token where a result word ties the clause to the one before: opening the
        clause, or just before it past a comma ("…, so deliveries…" cut after *so*)."""
        tokens = features.tokens(self.doc)
        pattern = lexicons.phrase_pattern(links)
        at = clause_start
        while at > 0 and at > clause_start - 3 and (tokens[at - 1].is_punct or
                                                    tokens[at - 1].lower_ in _LINK_WORDS):
            at -= 1  # the link word the clause bounds cut off, and its comma
        for i in range(at, min(index, clause_start) + 1):
            if tokens[i].is_punct or tokens[i].is_space or i == 0:
                continue
            if tokens[i].lower_ == "which" and tokens[i - 1].text != ",":
                continue  # "the option which…": a noun's relative, not the clause's result
            if pattern.match(features.span_text(self.doc, i, min(i + 4, len(tokens)))):
                return i
        return None

    def context(self, token) -> str:
        """The line or sentence around a token, for quoting in messages (the parser's
        sentences often run across the line breaks of copy)."""
        start, end = features.line_bounds(self.doc, token.i)
        end = min(end + 1, len(self.doc)) if end < len(self.doc) and \
            self.doc[end].text in (".", "!", "?", "…") else end
        return features.span_text(self.doc, start, end).strip()

    def clause(self, token):
        start, end = features.clause_bounds(self.doc, token.i, self.language)
        return self.doc[start:end]

    # -- profile terms -------------------------------------------------------------
    @functools.cached_property
    def _token_index(self) -> dict[str, list[int]]:
        """Lemma and lowercase form -> token indices: one pass, then lookups."""
        from brandlint.analysis.idea import verb_stem

        index: dict[str, list[int]] = {}
        for t, (lemma, lower) in zip(features.tokens(self.doc), features.forms(self.doc),
                                     strict=True):
            index.setdefault(lemma, []).append(t.i)
            if lower != lemma:
                index.setdefault(lower, []).append(t.i)
            elif self.language == "fr" and t.is_alpha:
                # unlemmatised conjugations ("réparent" left as a noun): by verb stem
                stem = verb_stem(lower)
                if stem:
                    index.setdefault(f"stem:{stem}", []).append(t.i)
            if self.language == "fr" and _conjugated_with_its_pronoun(t):
                # « nous le réparons », « je vous réponds »: the small model's noun
                # « réparon », adjective « répond » — a verb by the personal pronoun that
                # is its subject, found by its stem
                for stem in _conjugation_stems(lower):
                    index.setdefault(f"stem:{stem}", []).append(t.i)
        return index

    def find_terms(self, terms: dict[str, Term], plurals: bool = False) -> list[TermMatch]:
        """The places `terms` are said. With `plurals`, also in the plurals each word
        may be written in, whatever lemma the model gives it (`term_plurals`): for the
        names of things and services (terms, services); the idea's phrases are read
        as the model lemmatises them (a phrase of the idea's `related` words in a
        heading, « Salles de réunion », is not the idea)."""
        forms = features.forms(self.doc)
        index = self._token_index
        by_first = _terms_by_first_word(terms, self.language)
        # only the terms whose first word (or, for a French verb, stem) is in the draft,
        # in the order of `terms`
        candidates = sorted({n for key in index.keys() & by_first.keys()
                             for n in by_first[key]})
        found: list[TermMatch] = []
        for position in candidates:
            name, term = by_first.entries[position]
            written = by_first.plurals[position] if plurals else ()
            first_lemma, first_lower = term[0]
            by_lemma, by_form = index.get(first_lemma), index.get(first_lower)
            starts = set(by_lemma) if by_lemma else set()
            if by_form:
                starts.update(by_form)
            if len(term) == 1 and self.language == "en":
                starts.update(index.get(first_lower + "s", ()))  # (French: `_AGREEMENT`)
            # the first word in a plural the model lemmatises otherwise (« vantaux »)
            in_plural = {i for plural in written[:1] for form in plural
                         for i in index.get(form, ())} - starts
            for i in sorted(starts | in_plural):
                if match_term(forms, term, i, written) and not self._other_word(name, term, i):
                    found.append(TermMatch(name, i, i + len(term)))
                    starts.add(i)
            if len(term) == 1 and self.language == "fr":
                for i in self._agreeing_forms(first_lower, index):
                    if i not in starts:
                        starts.add(i)
                        found.append(TermMatch(name, i, i + 1))
            if len(term) == 1 and self.language == "fr" and first_lemma.endswith(
                    ("er", "ir", "re")):
                from brandlint.analysis.idea import verb_stem

                for i in index.get(f"stem:{verb_stem(first_lemma)}", ()):
                    if i not in starts:
                        found.append(TermMatch(name, i, i + 1))
        return sorted(found, key=lambda m: m.start)

    def _agreeing_forms(self, base: str, index: dict[str, list[int]]) -> list[int]:
        """The adjectives and participles of the draft written as `base` made to agree
        (« bradés », « bradée » for « bradé »): the same word, whatever lemma the model
        gives each. A noun's plural is its own lemma's business, and a shorter form (the
        adjective « bien » for the term « biens ») is another word."""
        tokens = features.tokens(self.doc)
        return sorted(i for ending in _AGREEMENT for i in index.get(base + ending, ())
                      if tokens[i].lower_ == base + ending and (
                          tokens[i].pos_ == "ADJ" or "Part" in tokens[i].morph.get("VerbForm")))

    def _other_word(self, name: str, term: Term, i: int) -> bool:
        """A one-noun term met by an adjective or adverb of the same lemma under another
        form: "good service", "the best", « bien » are not the terms "goods", « biens ».
        A degree form (better, best) is always the adjective; another one is read as the
        noun after a determiner, where the small model may tag a noun as an adjective
        (« un meuble » for the term « meubles »)."""
        if len(term) != 1 or name not in self.vocabulary.noun_terms:
            return False
        token = self.doc[i]
        if token.pos_ not in ("ADJ", "ADV") or token.lower_ == term[0][1]:
            return False
        if token.tag_ in ("JJR", "JJS", "RBR", "RBS") or token.morph.get("Degree"):
            return True
        return not (token.i > 0 and self.doc[token.i - 1].pos_ == "DET")

    @functools.cached_property
    def service_index(self) -> tuple[dict[int, str], dict[int, int]]:
        """Token index -> service name, and -> first token of its service phrase, for
        every service word of the draft (looked up once, read by the frame and the
        promise analysis)."""
        from brandlint.analysis.promises import service_tokens

        return service_tokens(self)

    @property
    def service_words(self) -> dict[int, str]:
        return self.service_index[0]

    @functools.cached_property
    def _frames(self):
        from brandlint.analysis.frame import FrameReader

        return FrameReader(self)

    def frame(self, token):
        """The utterance frame of the token's clause (who, about what, when, which act);
        words inside quotation marks or reported speech are the customer's."""
        frame = self._frames.at(token.i)
        if frame.speaker == "brand" and self.is_quoted(token):
            return dataclasses.replace(frame, speaker="customer")
        return frame

    def offer_ranked_first(self, token) -> bool:
        """The superlative at `token` ranks the brand or its own product as the
        predicate of a copula (« notre appli est le meilleur moyen de… »): a claim."""
        return self._frames.offer_ranked_first(token.i)

    def in_purpose(self, token) -> bool:
        """The word stands in a purpose complement of another verb ("… to ensure you get
        the best answer"): an aim, not a result asserted."""
        return self._frames.in_purpose(token.i)

    def holder_of(self, token) -> str:
        """Who a noun or pronoun is, as the frame reads a clause's holder."""
        return self._frames.holder_of(token)

    @functools.cached_property
    def delay_mentions(self) -> list:
        """Every delay or availability the text states, attached to a service or not."""
        from brandlint.analysis.promises import find_mentions

        return find_mentions(self.doc, self.language)

    @functools.cached_property
    def promises(self):
        from brandlint.analysis.promises import find_promises

        return find_promises(self)

    @functools.cached_property
    def reply(self):
        """The reading of a service reply (apology, blame, next step…): analysis/reply.py."""
        from brandlint.analysis.reply import read_reply

        return read_reply(self)

    @functools.cached_property
    def idea(self):
        from brandlint.analysis.idea import score_idea

        return score_idea(self)

    @functools.cached_property
    def opposition(self):
        """The opposite of the brand's values, affirmed in its own voice."""
        from brandlint.analysis.values import read_opposition

        return read_opposition(self)

    @functools.cached_property
    def stance(self):
        """Where the draft pulls: against the idea, or towards its values."""
        from brandlint.analysis.stance import read_stance

        return read_stance(self)

    @functools.cached_property
    def system_message(self) -> bool:
        """A screen, a notification or a titled notice that answers nobody (`reply`)."""
        from brandlint.analysis.reply import system_message

        return system_message(self)

    @functools.cached_property
    def function(self):
        """What the draft does for its reader (a reply to praise, an apology, a how-to, an
        explanation, a notification): analysis/function.py."""
        from brandlint.analysis.function import read_function

        return read_function(self)

    @functools.cached_property
    def sets_rules(self) -> bool:
        """Whether the draft is a page of rules: what is allowed and what is not, or
        guidelines the reader is asked to follow (analysis/function.py, `sets_rules`)."""
        from brandlint.analysis.function import sets_rules

        return sets_rules(self)

    @functools.cached_property
    def technical(self) -> tuple[frozenset[int], bool]:
        """The system's terms (token indices) and whether the draft is a technical page:
        documentation of how a system works (analysis/tone.py, `technical_page`)."""
        from brandlint.analysis.tone import technical_page

        return technical_page(self)

    @functools.cached_property
    def tone(self):
        """The tone reading of the draft in the brand's own voice (analysis/tone.py)."""
        from brandlint.analysis.tone import read_tone

        return read_tone(self)

    # -- readability -----------------------------------------------------------------
    @functools.cached_property
    def readability(self) -> float | None:
        """Flesch reading ease with the language's published constants (readability.py).

        Sentences and words come from spaCy; syllables from pyphen (textstat's own
        English syllable count downloads NLTK's cmudict at run time, which an offline
        CI cannot do).
        """
        if self.word_count < 5:
            return None
        from brandlint.analysis.readability import reading_ease, syllables

        alphabetic = [t.lower_ for t in self.words if t.is_alpha]
        return reading_ease(self.language, len(alphabetic) or 1, len(self.sentences),
                            sum(syllables(w, self.language) for w in alphabetic))


_DENYING = frozenset({"no", "aucun", "aucune", "zéro", "zero", "sans", "without"})
_INSIDE_PHRASE = frozenset({"compound", "nmod", "pobj", "prep", "amod", "obl", "obl:mod"})


def _in_a_denied_phrase(token) -> bool:
    """A noun inside a noun phrase the brand denies whole: "no origin cards", "no essays
    about farms", « sans fiche d'origine », « sans histoire de ferme ». Up the phrase (not
    past a verb) to a noun that carries « sans » / "no" / « aucun »; or right under
    "without" / « sans »."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    current = token
    for _ in range(4):
        if any(c.lower_ in _DENYING and c.dep_ in ("det", "case", "neg", "advmod")
               for c in current.children) or current.head.lower_ in ("without", "sans") \
                and current.dep_ in ("pobj", "obl", "nmod"):
            # the noun itself under « sans » (its `case`, where English hangs it under
            # "without"): « sans interlocuteur » is "without an interlocutor"
            if _cannot_do_without(current):
                return False  # « Framasoft ne serait rien sans sa communauté », "the garden
                # couldn't work without its members": what is indispensable, affirmed
            return current is not token or token.head.lower_ in ("without", "sans") or any(
                c.lower_ == "sans" and c.dep_ == "case" for c in token.children)
        if current.dep_ not in _INSIDE_PHRASE or current.head is current or \
                current.head.pos_ in ("VERB", "AUX") or not _specifies(current):
            return False
        current = current.head
    return False


_NOTHING = frozenset({"rien", "nothing"})
_PREDICATE_DENIALS = frozenset({"pas", "not", "n't", "n’t", "never", "jamais", "rien",
                                "nothing", "personne", "nobody", "cannot"})


def _cannot_do_without(noun) -> bool:
    """The noun under « sans » / "without" depends on a predicate that is itself denied
    (« ne serait rien sans sa communauté », « ne pourrait pas fonctionner sans le
    service », "couldn't work without its members", "nothing works without them"): two
    denials, the thing said indispensable — affirmed, not turned down. Not « sans » or
    "no" of a phrase whose predicate is affirmed (« un atelier sans jugement »)."""
    if not any(c.lower_ in ("sans", "without") for c in noun.children) and \
            noun.head.lower_ not in ("sans", "without"):
        return False
    predicate = noun.head if noun.head.lower_ in ("sans", "without") else noun
    for _step in range(4):
        if predicate.pos_ in ("VERB", "AUX") or predicate.lower_ in _NOTHING or \
                predicate.head is predicate:
            break
        predicate = predicate.head
    if predicate.lower_ in _NOTHING or predicate.pos_ not in ("VERB", "AUX"):
        return predicate.lower_ in _NOTHING
    verbs = [predicate] + ([predicate.head] if predicate.dep_ == "xcomp" else [])
    return any(c.lower_ in _PREDICATE_DENIALS for v in verbs for c in v.children)


_TOPIC_LINKS = frozenset({"about", "of", "on", "de", "d'", "d’", "du", "des", "sur"})


def _specifies(token) -> bool:
    """The word names what the phrase above it is made of or about ("origin cards",
    "essays about farms", « fiche d'origine »), not what it reaches ("no limits to your
    imagination", « sans limite à votre imagination » affirm the imagination)."""
    if token.dep_ in ("compound", "amod", "prep"):
        return token.dep_ != "prep" or token.lower_ in _TOPIC_LINKS
    if token.dep_ == "pobj":
        return token.head.lower_ in _TOPIC_LINKS
    return any(c.dep_ == "case" and c.lower_ in _TOPIC_LINKS for c in token.children)


_STARS = re.compile(r"\*+")
# A question set in Markdown emphasis ("*When do I get my confirmation?*", « **Combien de
# temps ?** »): a FAQ's question, its stars no footnote call
_EMPHASIS = re.compile(r"(\*{1,2})(?=[^\s*])([^*\n]*?\?)\1(?!\*)")
_GRADED_CODE = re.compile(r"(?<![\w*])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,6}$")
_FOOTNOTE_LINE = re.compile(r"(?m)^[ \t>-]*\*+[ \t]*\w")
# the call of a footnote, glued to what it qualifies ("ready in 3 hours*", « 24 h* »);
# not a Markdown bullet, a star at a line's start
_FOOTNOTE_CALL = re.compile(r"[^\s*]\*+(?!\w)")


_PAIRED_STARS = re.compile(r"(\*{1,2})(?=[^\s*])[^*\n]*?[^\s*]\1(?!\*)")


def _in_footnote(text: str, at: int) -> bool:
    """The offset stands on a footnote's line: a line opening on a star, under a star
    glued to a claim earlier in the text ("ready in 3 hours*"); Markdown emphasis
    ("**When?** Ready tonight.") is neither."""
    if "*" not in text:
        return False  # (read for every claim's condition: most drafts have no star)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = _PAIRED_STARS.sub("", text[line_start:line_end if line_end >= 0 else len(text)])
    return bool(_FOOTNOTE_LINE.match(line)) and bool(
        _FOOTNOTE_CALL.search(_PAIRED_STARS.sub("", text[:line_start])))


def _bullet(line: str, stars: re.Match) -> bool:
    """A Markdown list's bullet ("* Your joint glued and ready in 3 hours"): one star
    opening the line before a space (a footnote's own line is `_in_footnote`'s)."""
    return stars.group(0) == "*" and not line[:stars.start()].strip() and \
        line[stars.end():stars.end() + 1] in (" ", "\t")


def _star_grade(line: str, stars: re.Match, text: str) -> bool:
    """Stars that grade a product (« serrure A2P** », "an A2P*** cylinder"), glued to a
    code of letters and digits, in a text with no footnote: a rating, not the call of a
    condition written elsewhere."""
    return len(stars.group(0)) >= 2 and bool(_GRADED_CODE.search(line[:stars.start()])) \
        and not _FOOTNOTE_LINE.search(text)


def _name_key(text: str) -> str:
    """A name's words, lowercased, without its quotation marks and punctuation."""
    return " ".join(re.findall(r"[\w'’-]+", text.lower()))
