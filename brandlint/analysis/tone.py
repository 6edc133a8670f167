"""The tone reading: how a draft sounds, over SPEC §2's tone vocabulary.

Words come from brandlint's own lexicon (`lexicons/tone.yaml`, lemmas and phrases with
weights, per tone and language), extended by the profile's `tone.lexicon`; spaCy's
parse adds what words alone do not say:

- negation scope: « pas ravis » reads as disappointment, « pas de stress » as
  reassurance (each tone says what it becomes when negated);
- intensifiers and downtoners on the word or its head (« vraiment ravis », "a bit
  late");
- questions put to the reader (collaboration), imperatives next to urgency words
  (pressure), exclamations and emoji (joy, surprise);
- passive and impersonal administrative phrasing, and a draft that addresses no one
  (coldness); the brand's own future acts (solution); a third person's past (story);
- a system's terms: a word with a technical sense named with one ("the ACME challenge")
  is that term, and a technical page is documentation, whose capitals, passives and
  tones are its subject's (`technical` in the lexicon).

The utterance frame decides whose words they are: quoted or reported customer words
are not the brand's tone, and a feeling the customer holds (« votre frustration »,
"you're disappointed") is not the brand being negative — naming it is empathy.

Computed once per document, lazily (`DocAnalysis.tone`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from brandlint.analysis import features, figures, function, lexicons
from brandlint.analysis.features import children as kids

POSITIVE = ("joy", "surprise", "reassurance", "empathy", "solution", "speed", "deal",
            "collaboration", "storytelling")
NEGATIVE = ("anger", "frustration", "disappointment", "pressure")
COLD = "coldness"
ALL_TONES = POSITIVE + NEGATIVE + (COLD,)
FEELINGS = frozenset({"anger", "frustration", "disappointment"})
# a bulleted or numbered item that opens on its label (« - Sécurité : », "1. Low
# Maintenance:")
_BULLET_LABEL = re.compile(r"^[ \t]*(?:[•▪·*–—-]|\d{1,2}[.)])[ \t]*"
                           r"([A-ZÀ-Ý][^:?!.\n]{0,40}?)[ \t]?:[ \t]+\S", re.M)
# a yes/no question to the customer about what they did or have, in a service reply
_DIAGNOSIS = {
    "en": re.compile(r"(?:^|[,;:.!]\s*)(?:and\s+)?(?:did|do|does|have|has|are|were|is|was)\s+"
                     r"you(?:r\s+\w+)?\s+[^?]*\?\s*$"
                     # (real39) what the customer has or runs, since when the trouble lasts:
                     # "Which iPhone do you have?", "What version of iOS are you running?",
                     # "How long has this been happening?" — not "What would you like…?"
                     r"|^\s*(?:which|what|how\s+long|since\s+when|when\s+did)\b"
                     r"(?![^?]*\b(?:would|could|will|should|like|love|think|prefer)\b)"
                     r"[^?]*\b(?:you|your|this|it)\b[^?]*\?\s*$", re.I),
    "fr": re.compile(r"(?:^|[,;:.!]\s*)(?:et\s+)?(?:\w+-(?:vous|tu)|est-ce\s+que\s+(?:vous|tu))"
                     r"\s+[^?]*\?\s*$"
                     r"|^\s*(?:quel(?:le)?s?|depuis\s+quand|depuis\s+combien\s+de\s+temps)\b"
                     r"(?![^?]*\b(?:aimeriez|voudriez|voulez|pensez|préférez|aimerais|"
                     r"voudrais|veux|penses|préfères)\b)"
                     r"[^?]*\b(?:vous|tu|votre|ton|ta|vos|tes|cela|ça|le\s+problème)\b"
                     r"[^?]*\?\s*$", re.I)}
# a French future's ending (« serez », « partira », « verrons »: `_Reader._future`)
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# the brand's acts that fix a problem (`_Reader._fix_told`)
_FIX_VERBS = frozenset({"patch", "fix", "solve", "resolve", "address", "change", "replace",
                        "rebuild", "redesign", "rewrite", "improve", "introduce", "correct",
                        "overhaul", "corriger", "réparer", "résoudre", "remplacer", "changer",
                        "améliorer", "revoir", "refondre", "introduire", "reconstruire",
                        "réécrire"})
# a verb of telling opening a clause after a dash, a comma or a colon, said to the reader:
# an imperative, whatever the parse made of it (`_Reader._detail_requests`)
_ASK_AFTER_BREAK = {
    "en": re.compile(r"(?:^|[–—,;:]\s*)(?:please\s+)?(?:tell|send|dm|share|confirm|give)\s+us\b",
                     re.I),
    "fr": re.compile(r"(?:^|[–—,;:]\s*)(?:dites|dis|envoyez|envoie|indiquez|indique|précisez|"
                     r"précise)-(?:nous|moi)\b", re.I)}
# the tones of what a draft does for a worry it names (`_Reader._worry_addressed`)
_SERVING_A_WORRY = frozenset({"reassurance", "solution", "speed", "empathy"})
_FREE = re.compile(r"\b(?:free|gratuite?s?)\b", re.I)  # a cost waived (`_word`)
_WHICH = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
# (the small model tags a verb as a preposition now and then: the words, not the tags)
_PREPOSITIONS = frozenset({"dans", "par", "pour", "sur", "sous", "avec", "sans", "selon",
                           "vers", "chez", "entre", "parmi", "contre", "après", "avant",
                           "à", "de", "malgré", "devant", "derrière", "grâce"})
# a word whose weight is under WEAK_CUE carries a tone only a little: said more than
# WEAK_REPEATS times, it names the draft's subject (`_Reader._topic_word`)
WEAK_CUE = 1.0
WEAK_REPEATS = 2
_NEGATION_BEFORE = {
    "fr": {"sans", "pas", "aucun", "aucune", "zéro", "jamais", "ni", "nul", "nulle"},
    "en": {"no", "not", "without", "never", "zero", "n't", "nor"},
}
# a suggestion put as a question ("why not treat yourself?", « pourquoi ne pas essayer ? »):
# what follows is proposed, not negated
_SUGGESTION = re.compile(r"\bwhy\s+not\b|\bpourquoi\s+(?:ne\s+|n['’]\s*)?pas\b", re.I)
# « depuis », "since" a few words before a story's anchor, in its clause (no punctuation
# between): the start of a lasting state
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:[^\W\d_][\w'’-]*\s+){0,4}$", re.I)
_ORDINAL_FIGURE = re.compile(r"\d+(?:er|re|ère|e|ème|eme|st|nd|rd|th)", re.I)
_NEGATION_WORDS = {"ne", "n'", "n’", "pas", "sans", "jamais", "not", "n't", "no", "never",
                   "without", "aucun", "aucune", "don't", "won't", "can't", "cannot"}
_SECOND_PERSON = {
    "fr": {"vous", "votre", "vos", "tu", "te", "t'", "t’", "toi", "ton", "ta", "tes"},
    "en": {"you", "your", "yours", "you're", "you'll", "you've", "u"},
}
_FIRST_PERSON = {"fr": {"nous", "notre", "nos", "je", "j'", "j’", "on", "me", "m'", "moi"},
                 "en": {"we", "our", "us", "i", "we're", "we'll", "we've", "i'm", "me"}}
# the reader speaking of themself in a FAQ's question (« Puis-je… ? », "Can I…?")
_READER_OWN = {"fr": {"je", "j'", "j’", "mes", "mon", "ma"},
               "en": {"i", "my"}}
# A bare amount of money ("€850", « 42,50 € »), as the deal lexicon's patterns match it.
_AMOUNT = re.compile(r"^\s*[£$€]?\s?\d[\d\s.,]*\s?[£$€]?\s*$")
_PERCENT = re.compile(r"^\s*\d+(?:[.,]\d+)?\s?%\s*$")  # a bare share, no "-" nor "off"
_FIGURE = re.compile(r"[£$€]\s?\d|\d\s?(?:[£$€%]|euros?\b|dollars?\b)", re.I)  # an amount, a share
# a list item: a line opening on a bullet or a number (the line break before it included)
_LIST_ITEM = re.compile(r"(?m)(?<=\n)[ \t]*(?:[•▪·*–—-]|\d{1,2}[.)])[ \t]+(?=\S)")
# a script line's speaker label alone (« Agent : », "Desk:", « [Conseillère] : »)
_SPEAKER_LABEL = re.compile(r"[ \t>*_\[-]*[^\W\d_][\w.'’ -]{0,29}?\]?[ \t]*[:：]")
# A message's sender tag: its first words, up to a colon (« Loupiotes : », "Gavelot: ").
_SENDER_TAG = re.compile(r"\s*([^\W\d_][^:\n]{0,60}?)\s?:\s")
# Words in capitals that are names, not a raised voice.
_ACRONYM_SAFE = {"stop", "info", "infos", "faq", "promo", "code", "sale", "new", "free",
                 "bonus", "cgv", "sncf", "iban", "rgpd", "gdpr", "date", "note", "vip"}


@dataclass(frozen=True)
class Evidence:
    """One contribution to one tone: a word, a phrase or a signal of the parse."""

    tone: str
    weight: float
    start: int  # character span in the draft
    end: int
    text: str
    signal: str | None = None  # None for a lexicon word; else the signal's name
    idea: bool = False  # a word of the brand's central idea


@dataclass
class ToneReading:
    raw: dict[str, float]
    evidence: list[Evidence] = field(default_factory=list)
    # the brand's own sentences (character spans), over which a tone's spread is read
    sentences: tuple[tuple[int, int], ...] = ()
    # a tone's spread replayed from a report (`tone_detail.coverage`), when the reading
    # itself is not at hand
    spread: dict[str, float] | None = None
    # the part of each tone said in the words of the brand's central idea (replayed from
    # `tone_detail.idea`, else read from the evidence)
    idea: dict[str, float] | None = None
    # the tones a page's title or headings name as its job (`page_purposes`: a volunteer
    # page invites, a how-to instructs), held beside the channel's target
    purposes: tuple[str, ...] = ()
    # read on a service channel: its targets say what a reply does for the case, and a
    # neighbouring tone serves only beside them (`fit`)
    service: bool = False
    # the draft's word count (`density`); 0 for a reading replayed from a report
    word_count: int = 0
    # the channel's target tones: what the writer aimed at, which a reader names first
    # when the draft's evidence is close (`dominant`)
    targets: tuple[str, ...] = ()
    # the channel counts its messages in characters (`max_chars`: an SMS, a push, a post):
    # its messages are short by design, so a short draft there is the whole message, not a
    # section of a page (`_strong_enough`)
    short_channel: bool = False
    # read on a service channel in a reply with a case to serve (a complaint answered, or a
    # case named, were it only the subject of the customer's message): the reply owes the
    # case its act, and a sale or a story told instead is off target (`_pitched_instead`)
    case_reply: bool = False
    # the collaboration of a joyful post's closing call that puts nothing at stake: the
    # post's sign-off, heard at `sign_off_weight` when the dominant tone is named
    # (`_Reader.closing_call`); the rules read it whole in `raw`
    sign_off: float = 0.0
    # the speed of the times an invitation names on a channel that serves no case: when the
    # event happens and the reader comes (`_Reader.event_times`), not how soon something is
    # done for them; not heard when the dominant tone is named (the rules read it in `raw`)
    event_time: float = 0.0
    # the speed of a short notice whose news is the reader's plan upset (a visit cancelled,
    # a session put off) and that waves the worry away (`_Reader.upsets_answered`): its
    # times are those of the upset plan, and the notice is its comfort; not heard when the
    # dominant tone is named, and the share its worry waved gave to the notice's speed
    # (`notice_aside`) is heard as reassurance again (the rules read `raw`)
    upset_answered: float = 0.0
    upset_comfort: float = 0.0
    # the speed said where a service reply sends the fix of a mishap the brand owns (a
    # replacement on its way, a refund issued: `_Reader.fixes_sent`): its times are the
    # fix's, heard as the solution the reply brings when the dominant tone is named (the
    # rules read `raw`)
    fix_time: float = 0.0
    # a day told in its moments (`_Reader.told_moments`: « 5 h 30 : le café est encore
    # chaud… 7 h : les poches apparaissent », a logbook's « Lundi, … Mardi, … »): the speed
    # of the times that open them, heard as the tale's when the dominant tone is named
    # (`moment_time`), and the moments themselves heard as its beats (`moment_beats`); the
    # rules read `raw`, where the times are still speed
    moment_time: float = 0.0
    moment_beats: float = 0.0

    def idea_weight(self, tone: str) -> float:
        if self.idea is not None:
            return self.idea.get(tone, 0.0)
        return sum(e.weight for e in self.evidence if e.tone == tone and e.idea)

    def beyond_idea(self) -> ToneReading:
        """The reading without the words of the brand's central idea: what the channel's
        tone is judged on. Saying the idea (« créativité », "privacy") on a channel that
        carries it is the brand's job there, whatever tone its words lean to."""
        idea = {t: self.idea_weight(t) for t in self.raw}
        if not any(idea.values()):
            return self
        raw = {t: w - idea[t] for t, w in self.raw.items() if w - idea[t] > 1e-9}
        return ToneReading(raw, [e for e in self.evidence if not e.idea], self.sentences,
                           self.spread, {}, self.purposes, self.service, self.word_count,
                           self.targets, self.short_channel, self.case_reply, self.sign_off,
                           self.event_time, self.upset_answered, self.upset_comfort,
                           self.fix_time, self.moment_time, self.moment_beats)

    @property
    def strength(self) -> float:
        return sum(self.raw.values())

    @property
    def positive_strength(self) -> float:
        return sum(self.raw.get(t, 0.0) for t in POSITIVE)

    def shares(self) -> dict[str, float]:
        total = self.strength
        if total <= 0:
            return {}
        ranked = sorted(((t, w / total) for t, w in self.raw.items() if w > 0),
                        key=lambda kv: -kv[1])
        return dict(ranked)

    def share(self, tones) -> float:
        total = self.strength
        return sum(self.raw.get(t, 0.0) for t in tones) / total if total > 0 else 0.0

    def positive_share(self, tones) -> float:
        total = self.positive_strength
        return sum(self.raw.get(t, 0.0) for t in tones) / total if total > 0 else 0.0

    def fit(self, targets) -> float:
        """Share of the positive tone evidence on the targets; a neighbouring tone (empathy
        beside reassurance, joy beside surprise) counts half. In a service reply, only
        beside a target the reply also says, not instead of it: the targets of a service
        channel are what a reply does for the case, and a reply of pure reassurance or
        sympathy, with no act and no date, serves neither solution nor speed (« votre
        dossier est entre de bonnes mains », "we are thinking of you")."""
        own = self.positive_share(targets)
        if self.service and own <= 0:
            return 0.0
        near = {n for t in targets for n in _settings()["neighbours"].get(t, ())} - set(targets)
        return own + 0.5 * self.positive_share(near)

    def coverage(self, tone: str) -> float:
        """The share of the brand's own sentences that carry evidence of `tone`: a tone
        the whole draft speaks in, or one section's few words. A draft of one sentence
        is covered by any evidence; a reading without sentences counts as covered."""
        if self.spread is not None:
            return self.spread.get(tone, 1.0)  # (a report written before the spread was read)
        return self.coverage_of([tone])

    def coverage_of(self, tones) -> float:
        """The share of the brand's own sentences that carry evidence of any of `tones`."""
        if self.spread is not None:
            return max((self.spread.get(t, 1.0) for t in tones), default=0.0)
        if not self.sentences:
            return 1.0 if any(self.raw.get(t, 0.0) > 0 for t in tones) else 0.0
        starts = [e.start for e in self.evidence if e.tone in tones and e.weight > 0]
        carried = sum(1 for lo, hi in self.sentences if any(lo <= c < hi for c in starts))
        return carried / len(self.sentences)

    def density(self, tone: str) -> float | None:
        """The weight of `tone` per hundred words of the draft (None for a reading replayed
        from a report, which keeps no word count): a long page that touches a tone with
        one weak word here and there does not speak in it. (Words, not sentences: how a
        parser cuts a list of steps into sentences varies from one language to the other.)"""
        return self.density_of([tone])

    def density_of(self, tones) -> float | None:
        """The weight of `tones` together per hundred words of the draft."""
        if self.spread is not None or self.word_count <= 0:
            return None
        return 100 * sum(self.raw.get(t, 0.0) for t in tones) / self.word_count

    def variety(self, tone: str) -> int | None:
        """How many different cues say `tone`: each word or phrase once, however often
        repeated, and each signal of the parse where it is (a question put to the reader, a
        numbered step: the draft's manner, sentence after sentence, not a word naming its
        subject); None for a reading replayed from a report, which keeps no evidence. A
        draft that speaks in a tone says it in several ways (prices, savings, a code,
        "instead of"); one or two words, repeated or not ("Discounts … a discount", "join …
        together", « en 3 clics … en 2 minutes »), name what a section is about."""
        return self.variety_of([tone])

    def variety_of(self, tones) -> int | None:
        """How many different cues say any of `tones`."""
        if not self.evidence:
            return None
        return len({(e.signal, e.start) if e.signal else e.text.lower()
                    for e in self.evidence if e.tone in tones and e.weight > 0})

    @property
    def dominant(self) -> str | None:
        """The tone a careful reader names first: the heaviest, except coldness. Coldness
        is how a draft is said more than what it does — a formal letter that moves a
        booking, « nous vous prions de… » before a fix — and a reader names it first only
        when it outweighs all the warm tones together (`dominant_cold_over_warm` times):
        a draft that says nothing warm is cold, one that mostly does something for the
        reader in stiff words reads as what it does. Between close tones, the reader names
        the one the channel aims at: a target tone is named first unless another outweighs
        it `dominant_target_lean` times (a phone reply that apologises and says what
        happens next reads as the solution the line is for, not as the sympathy around it;
        a sale on a storytelling channel, several times heavier than its one anecdote,
        still reads as the deal — and that draft is BL205's). Anger leans the same way,
        less (`dominant_anger_lean`): a brand fed up that also sends the reader elsewhere
        reads as angry. On a service channel that does not aim at empathy, sympathy counts
        a share only (`dominant_service_sympathy`): « nous sommes désolés… remboursé
        aujourd'hui » reads as the refund. A short message on a channel for quick
        notices that says next to nothing in tone words reads as the quick notice it is
        (`_a_bare_notice`). (The rules read `raw`, not this.)"""
        if self._a_bare_notice():
            return "speed"
        heard = dict(self.raw)
        if self.sign_off > 0 and "collaboration" in heard and \
                ("joy" in self.targets or "collaboration" not in self.targets):
            # a joyful post's sign-off is how it ends, not what it is (`closing_call`) —
            # unless the channel aims at the call and not at the joy: the writer's aim
            # names the close tones then, as below
            heard["collaboration"] -= self.sign_off * (1 - _settings()["sign_off_weight"])
        if self.event_time > 0 and "speed" in heard:
            heard["speed"] -= self.event_time  # (an event's time: `event_time`)
        if self.upset_answered > 0 and "speed" in heard:
            # (a plan upset, comforted: `upset_answered`)
            heard["speed"] -= self.upset_answered
            heard["reassurance"] = heard.get("reassurance", 0.0) + self.upset_comfort
        if self.fix_time > 0 and "speed" in heard:
            # (a mishap's fix sent: `fix_time`)
            heard["speed"] -= self.fix_time
            heard["solution"] = heard.get("solution", 0.0) + self.fix_time
        if self.moment_beats > 0:
            # (a day told in its moments: `moment_time`, `moment_beats`)
            heard["speed"] = heard.get("speed", 0.0) - self.moment_time
            heard["storytelling"] = heard.get("storytelling", 0.0) + self.moment_time + \
                self.moment_beats
        live = sorted(((w, t) for t, w in heard.items() if w > 0), reverse=True)
        warm = self.positive_strength
        lean = _settings()["dominant_target_lean"]
        # the heat is heard before the weariness (`dominant_anger_lean`)
        leans = {t: lean for t in self.targets} | {"anger": _settings()["dominant_anger_lean"]}
        if self.service and "empathy" not in self.targets:
            # the apology is the courtesy around the reply's act (`dominant_service_sympathy`)
            leans["empathy"] = _settings()["dominant_service_sympathy"]
        named = [(w * leans.get(t, 1.0), t) for w, t in live
                 if t != COLD or warm <= 0
                 or _reaches(w, _settings()["dominant_cold_over_warm"] * warm)]
        return max(named)[1] if named else None

    def _a_bare_notice(self) -> bool:
        """A message of a short channel that aims at speed (an SMS, a push: `max_chars`),
        with no negative or cold word and less positive tone than one full cue
        (`dominant_bare_notice`): « Salle Loire prête, 2e étage », "Your bike is ready for
        collection", a recall's one-line instruction. The reader names the quickness of
        the notice itself, which no word says, and not the one weak word it holds
        (« remboursement », "pleased", a "!")."""
        if not (self.short_channel and "speed" in self.targets):
            return False
        if any(self.raw.get(t, 0.0) > 0 for t in NEGATIVE + (COLD,)):
            return False
        return self.positive_strength < _settings()["dominant_bare_notice"]

    def dominant_among(self, tones) -> str | None:
        live = [(self.raw.get(t, 0.0), t) for t in tones if self.raw.get(t, 0.0) > 0]
        return max(live)[1] if live else None

    def words(self, tone: str, limit: int = 6) -> list[str]:
        """The words and signals behind a tone, strongest first, each once."""
        weights: dict[str, float] = defaultdict(float)
        for e in self.evidence:
            if e.tone == tone:
                weights[e.text.lower() if e.signal is None else e.text] += e.weight
        return [w for w, _ in sorted(weights.items(), key=lambda kv: -kv[1])][:limit]

    def to_json(self) -> dict:
        return {"strength": round(self.strength, 2), "dominant": self.dominant,
                "raw": {t: round(w, 2) for t, w in self.raw.items() if w > 0},
                "words": {t: self.words(t) for t in self.shares()},
                "coverage": {t: round(self.coverage(t), 3) for t in self.shares()},
                "idea": {t: round(self.idea_weight(t), 2) for t in self.shares()
                         if self.idea_weight(t) > 0},
                "purposes": list(self.purposes), "service": self.service,
                "sentences": len(self.sentences)}


# -- the lexicon -------------------------------------------------------------------------

@dataclass(frozen=True)
class ToneLexicon:
    words: dict[str, tuple[tuple[str, float], ...]]  # lemma or form -> (tone, weight)…
    phrases: tuple[tuple[re.Pattern, str, float], ...]  # "re:" entries, by tone and weight
    literal: lexicons.LiteralAlternation | re.Pattern | None  # every other phrase, as one
    literal_tones: dict[str, tuple[tuple[str, float], ...]]  # phrase -> (tone, weight)…
    when_negated: dict[str, str]
    verb_stems: dict[str, tuple[tuple[str, float], ...]]  # French verbs, by stem

    def lookup(self, token, language: str) -> tuple[tuple[str, float], ...]:
        found = self.words.get(token.lower_) or self.words.get(token.lemma_.lower())
        if not found and language == "fr" and token.is_alpha and \
                token.lemma_.lower() == token.lower_ and token.pos_ in ("ADJ", "PROPN", "NOUN"):
            # « Déçus. » read as a name, « ravies » left as it is: the small model leaves some
            # inflected adjectives unlemmatised; their masculine singular is the entry
            for ending in ("es", "s", "e"):
                if token.lower_.endswith(ending) and len(token.lower_) > len(ending) + 3:
                    found = self.words.get(token.lower_[:-len(ending)])
                    if found:
                        break
        if found or language != "fr" or not token.is_alpha or token.is_stop or \
                token.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") or \
                token.lemma_.lower() != token.lower_:
            return found or ()
        # the small French model leaves many imperatives unlemmatised (« Découvrez »
        # -> NOUN « découvrez »): compare verb stems — not for a noun with its determiner
        # (« pour tout usage » is no form of « usager », nor a verb at all)
        if any(c.dep_ in ("det", "det:poss") for c in kids(token)):
            return ()
        from brandlint.analysis.idea import verb_stem

        stem = verb_stem(token.lower_)
        return self.verb_stems.get(stem, ()) if stem else ()


def _runs_into_a_noun(span) -> bool:
    """The set phrase goes on into a longer noun phrase: its last word is the adjective
    of the noun right after it (« par la présente » is the formula *hereby*; « par la
    présente charte » names the charter, "in the present case" no formula either). Only
    for phrases of two words or more; a single word is read on its own, hyphenated or not
    ("brand-new routes", "same-day delivery": the compound is the adjective itself)."""
    if len(span) < 2 or not any(t.whitespace_ for t in span[:-1]):
        return False
    last = span[-1]
    doc = last.doc
    if last.i + 1 >= len(doc):
        return False
    after = doc[last.i + 1]
    return last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i == after.i \
        and after.pos_ == "NOUN"


def _entry(raw: str) -> tuple[str, float]:
    text, _, weight = str(raw).rpartition("@")
    if not text:
        return str(raw), 1.0
    try:
        return text, float(weight)
    except ValueError:
        return str(raw), 1.0


def _is_phrase(text: str) -> bool:
    return text.startswith("re:") or not text.isalpha()


@functools.cache
def tone_lexicon(language: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
                 ) -> ToneLexicon:
    """The shipped lexicon for `language`, plus a profile's `tone.lexicon` entries."""
    table = lexicons.load("tone")["tones"]
    words: dict[str, dict[str, float]] = defaultdict(dict)
    grouped: dict[tuple[str, float], list[str]] = defaultdict(list)
    entries = [(tone, raw) for tone, spec in table.items() for raw in spec.get(language, [])]
    entries += [(tone, raw) for tone, added in extra for raw in added]
    for tone, raw in entries:
        text, weight = _entry(raw)
        if weight <= 0:
            continue
        if _is_phrase(text):
            grouped[(tone, weight)].append(text)
        else:
            key = text.lower()
            words[key][tone] = max(weight, words[key].get(tone, 0.0))
    literal: dict[str, dict[str, float]] = defaultdict(dict)
    regexes: dict[tuple[str, float], list[str]] = defaultdict(list)
    for (tone, weight), texts in grouped.items():
        for text in texts:
            if text.startswith("re:"):
                regexes[(tone, weight)].append(text)
            else:
                key = _phrase_key(text)
                literal[key][tone] = max(weight, literal[key].get(tone, 0.0))
    phrases = tuple((lexicons.phrase_pattern(texts), tone, weight)
                    for (tone, weight), texts in regexes.items())
    pattern = lexicons.literal_alternation(sorted(literal)) if literal else None
    negated = {t: spec["when_negated"] for t, spec in table.items() if spec.get("when_negated")}
    for tone in NEGATIVE + ("coldness",):
        negated.setdefault(tone, "reassurance" if tone != "coldness" else "")
    from brandlint.analysis.idea import verb_stem

    stems = {}
    if language == "fr":
        for word, tones in words.items():
            stem = verb_stem(word) if word.endswith(("er", "ir", "re")) else None
            if stem:
                stems[stem] = tuple(tones.items())
    return ToneLexicon({k: tuple(v.items()) for k, v in words.items()}, phrases, pattern,
                       {k: tuple(v.items()) for k, v in literal.items()}, negated, stems)


@functools.cache
def _courtesy(language: str) -> re.Pattern:
    """Courtesy formulas of a reply (built once, not once a draft)."""
    return lexicons.phrase_pattern(_settings()["courtesy"][language])


@functools.cache
def _name_pattern(name: str) -> re.Pattern:
    """The brand's name as written in a draft, apostrophes either way ("Let’s Encrypt")."""
    words = [re.escape(w).replace("'", "['’]") for w in name.replace("’", "'").split()]
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I)


@functools.cache
def _farewells(language: str) -> re.Pattern:
    """Leave-takings (« à très vite », "see you soon"), built once a language."""
    return lexicons.phrase_pattern(_settings()["farewells"][language])


def _phrase_key(text: str) -> str:
    return text.lower().replace("’", "'")


@functools.cache
def _settings() -> dict:
    return lexicons.load("tone")


def _modifiers(language: str, key: str) -> frozenset[str]:
    return frozenset(_settings()[key][language])


# -- reading a document ------------------------------------------------------------------

class _Reader:
    def __init__(self, analysis, lexicon: ToneLexicon):
        self.a = analysis
        self.doc = analysis.doc
        self.tokens = features.tokens(self.doc)  # self.tokens[i] is self.doc[i], made once
        self.language = analysis.language
        self.lexicon = lexicon
        self.evidence: list[Evidence] = []
        self.signal_totals: dict[tuple[str, str], float] = defaultdict(float)
        self.signals = _settings()["signals"]
        self.sign_off = 0.0  # (`closing_call`)
        self.event_time = 0.0  # (`event_times`)
        self.upset_answered = self.upset_comfort = 0.0  # (`upsets_answered`)
        self.fix_time = 0.0  # (`fixes_sent`)
        self.moment_time = self.moment_beats = 0.0  # (`told_moments`)
        self.covered: set[int] = set()  # tokens inside a lexicon phrase
        self.weak_said: dict[tuple[str, str], int] = defaultdict(int)  # `_topic_word`
        self._named_acronyms: frozenset[str] | None = None  # `_acronyms`
        self._fixed: bool | None = None  # `_fix_told`
        # lines of a fact sheet or FAQ (`_fact_lines`), and the sentences that call the
        # reader to act by a deadline in a draft that counts what is left
        self.fact_lines: list[tuple[int, int, int | None]] = []
        self.deadline_calls: list[tuple[int, int]] = []
        self.detail_requests = self._detail_requests()  # spans asking for the case's facts
        self._accounts: list[tuple[int, int]] | None = None  # the customer's account said back
        # from a story's anchor to the end of its paragraph
        self._stories: list[tuple[int, int]] | None = None
        # the brand's central idea in its own words (« créativité », "privacy"): on a channel
        # that carries the idea, saying it is the brand's job there, not a tone of the channel
        self.idea_words = {t.i for t in analysis.idea.idea_tokens} \
            if analysis.channel.carries_idea else set()
        # the same words on any channel name what the brand is about (`_word`)
        self.subject_words = {t.i for t in analysis.idea.idea_tokens}
        # the terms of a technical page (`technical` in the lexicon), and whether the
        # draft is one: documentation of how a system works (`DocAnalysis.technical`)
        self.terms, self.technical = analysis.technical
        self._named_with_terms: set[str] | None = None  # words in a noun phrase with a term
        self._headings: list[tuple[int, int]] | None = None  # `headings`
        self._speaks_to_reader: bool | None = None  # `_a_party`
        self._duty_bearer: bool | None = None  # `_others_duty`

    # whose words ----------------------------------------------------------------------
    def _customer_words(self, token) -> bool:
        """Quoted or reported: the frame's speaker slot, read straight from the speech
        marks (computing the whole frame of every clause would triple the cost)."""
        return self.a.is_quoted(token)

    def _a_party(self, start: int, end: int) -> bool:
        """The words at `start:end` name a party of the service by its role (`parties` in
        the lexicon: « l'usager », « le demandeur », "the applicant", "the customer") in a
        draft that speaks to its own reader (« vous », "you" in the brand's words): the
        reader is addressed, and the role names someone the draft tells them about — an
        administrator's public (« vos usagers »), a shop's customers, the applicant of a
        procedure the reader handles or follows. A notice that never speaks to its reader
        and calls them « l'usager » still holds them at arm's length."""
        if not _word_pattern("parties", self.language).fullmatch(self.a.text[start:end]):
            return False
        if self._speaks_to_reader is None:
            second = _SECOND_PERSON[self.language]
            self._speaks_to_reader = any(t.lower_ in second and not self._customer_words(t)
                                         for t in self.a.words)
        return self._speaks_to_reader

    def _others_duty(self, token) -> bool:
        """The clause at `token` is held by a third party or the world (the frame's holder:
        "Companies must…", « les sites doivent… », "the data must be documented" after
        them), in a draft that names those a law binds as a subject (`duty_bearers`:
        companies, websites, hosts — not the reader's own kind), is no reply and does not
        speak to its reader in that sentence: a duty or a ban on others, reported (a law's
        summary, an industry's rules), not the brand's administration of its reader."""
        if self.a.channel.service or self.a.is_personal_reply:
            return False
        if self.a.frame(token).holder not in ("third_party", "world"):
            return False
        if self._duty_bearer is None:
            bearers = _word_set("duty_bearers", self.language)
            self._duty_bearer = any(
                t.dep_.startswith("nsubj") and (t.lemma_.lower() in bearers or
                                                t.lower_ in bearers) and
                self.a.frame(t).holder in ("third_party", "world") for t in self.a.words)
        if not self._duty_bearer:
            return False  # (« les assurés doivent déclarer… »: the brand's rule for its own)
        second = _SECOND_PERSON[self.language]
        sentence = token.sent
        return not any(t.lower_ in second and not self._customer_words(t) for t in sentence)

    @functools.cached_property
    def documents(self) -> bool:
        """The draft documents how a thing works or what a rule asks of it: a technical
        page, or a section of a help centre, a guide or an article — a page (no reply, on
        no service channel) of `documentation.min_words` words at least that opens on its
        heading over the body ("Idle time", « Limitation du périmètre de traitement »,
        "Personal data"). What the system does and what a law or a setting requires are
        that page's subject, told in their usual wording (« l'application sera arrêtée »,
        "it is required to inform the people involved"); the reader's own dealings with
        the brand said there (their request refused, a service act withheld) stay cold
        (`spec_wording`)."""
        return self.technical or (
            not (self.a.channel.service or self.a.is_personal_reply)
            and self.a.word_count >= _settings()["documentation"]["min_words"]
            and function.heading(self.a.text) is not None)

    def _for_now(self, start: int, end: int) -> bool:
        """A refusal in the words at `start:end` (a negation in them: "will not be
        processed", « ne sera pas pris en charge ») said of a state that lasts for now
        (`_bounded`)."""
        words = re.findall(r"[\w'’]+", self.a.text[start:end].lower())
        return any(w in _NEGATION_WORDS for w in words) and self._bounded(start)

    def _bounded(self, at: int) -> bool:
        """The sentence at `at` says its state lasts for now or until something ends it
        (`for_now` in the lexicon: "temporarily", "until the account is verified",
        « temporairement », « jusqu'à ce que »): a door closed for now, with what opens
        it, not for good."""
        lo, hi = features.text_sentence_bounds(self.a.text, at)
        return bool(_word_pattern("for_now", self.language).search(self.a.text[lo:hi]))

    def _customer_feeling(self, token) -> bool:
        """« votre frustration », « vous êtes déçu », "if you're disappointed": the
        customer holds the feeling."""
        if any(c.lower_ in features.READERS_POSSESSIVES for c in kids(token)):
            return True
        if token.pos_ == "NOUN":
            # « vous parlez d'exaspération et de colère », "you called it anger"
            head = token.head.head if token.dep_ == "conj" else token.head
            if head.pos_ == "ADP":
                head = head.head
            return head.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") and c.lower_ in _SECOND_PERSON[self.language]
                for c in kids(head))
        if token.pos_ in ("ADJ", "VERB", "AUX") or token.tag_ in ("VBN", "JJ"):
            # the reader as the one the feeling is done to ("it annoyed you", « ça vous a
            # agacé ») or left in ("the forms left you frustrated"): theirs — when the word
            # itself names a feeling (« nous vous avons expliqué à trois reprises » tells the
            # reader something, in the brand's exasperation)
            moved = [token] + ([token.head] if token.dep_ in ("oprd", "xcomp") else [])
            # … not the brand doing it ("We're sorry to disappoint you", « nous sommes désolés
            # de vous décevoir »): its own regret at a refusal, a dead end's tone
            node, doers = token, []
            for _ in range(3):  # the first subject up from the word: whoever does it
                doers = [c for c in kids(node) if c.dep_.startswith("nsubj")]
                if doers or node.head.i == node.i:
                    break
                node = node.head
            brand_does = any(c.lower_ in _FIRST_PERSON[self.language] for c in doers)
            if not brand_does and \
                    any(tone in FEELINGS for tone, _ in self.lexicon.lookup(token, self.language)) \
                    and any(c.dep_ in ("dobj", "obj") and
                            c.lower_ in _SECOND_PERSON[self.language]
                            for m in moved for c in kids(m)):
                return True
            subjects = [c for c in kids(token) if c.dep_.startswith("nsubj")]
            if token.dep_ in ("acomp", "xcomp", "ccomp") and token.head.i != token.i:
                subjects += [c for c in kids(token.head) if c.dep_.startswith("nsubj")]
            if subjects:
                return any(s.lower_ in _SECOND_PERSON[self.language] for s in subjects)
            frame = self.a.frame(token)
            if self._order_to_reader(frame):
                return False
            return frame.holder == "customer"
        return False

    # the verbs of a state an order may still name ("don't get upset", « ne te sens pas
    # coupable »): the reader's feeling, not the brand's order
    _STATE_VERBS = frozenset({"be", "get", "feel", "become", "être", "sentir", "devenir"})

    def _order_to_reader(self, frame) -> bool:
        """The clause is the brand's order to the reader on an act ("don't bother coming
        again", « ne remets plus les pieds ici »): who is told off holds no feeling there,
        the brand's voice does. An order to feel or be ("don't be upset") names theirs."""
        if frame.act not in ("invitation", "advice") or frame.predicate < 0:
            return False
        predicate = self.doc[frame.predicate]
        return predicate.pos_ == "VERB" and predicate.lemma_.lower() not in self._STATE_VERBS

    def _sentence_before(self, start: int) -> str:
        """The text of the sentence of `start`, up to it (read on the text: the parser
        cuts some sentences at a colon or a quote)."""
        return re.split(r"[.!?\n]", self.a.text[max(0, start - 160):start])[-1]

    def _feeling_acknowledged(self, start: int) -> bool:
        """The feeling at `start` is the one the brand says it knows the customer has
        (`feeling_acknowledged`: "We know how disappointing it is when…", « On sait à quel
        point c'est frustrant »): the customer's feeling named, with sympathy. Read on the
        text of the sentence before the word."""
        before = re.split(r"[.!?\n]", self.a.text[max(0, start - 80):start])[-1]
        return bool(before) and bool(
            _word_pattern("feeling_acknowledged", self.language).search(before))

    def _case_thing_state(self, token, start: int, end: int) -> bool:
        """In a reply, a word of being stuck (`thing_states`: stuck, held up, « bloqué »,
        « coincé ») said of a thing of the case — its subject a noun, not a person
        (« ton colis est bloqué au centre de tri », "your parcel is stuck at the depot"):
        the case's state, told as a fact before the fix, not the brand stuck."""
        if not (self.a.channel.service or self.a.is_personal_reply) or \
                end - start != len(token.text) or \
                token.lower_ not in _word_set("thing_states", self.language) and \
                token.lemma_.lower() not in _word_set("thing_states", self.language):
            return False
        holders = [token, token.head] if token.dep_ in ("acomp", "xcomp", "amod") else [token]
        subjects = [c for h in holders for c in kids(h) if c.dep_.startswith("nsubj")]
        if token.dep_ == "amod":
            subjects.append(token.head)
        if subjects:  # (a greeting is sometimes taken for a second subject: « Bonjour, »)
            return any(s.pos_ == "NOUN" for s in subjects) and \
                not any(s.pos_ == "PRON" for s in subjects)
        # (the small French model reads « ton colis » as an object and an adjective: the
        # noun phrase and its copula just before the word, on the text)
        before = re.split(r"[.!?:;,\n]", self.a.text[max(0, start - 60):start])[-1]
        return bool(_THING_IS.search(before))

    def _in_customer_account(self, start: int) -> bool:
        """The customer's account said back by the brand: the rest of a sentence opened by
        « vous nous écrivez que », "you told us that" is the customer's story, its
        grievances theirs (naming it is empathy)."""
        if self._accounts is None:
            pattern = _word_pattern("customer_account", self.language)
            text = self.a.text
            self._accounts = []
            for m in pattern.finditer(text):
                # to the end of the sentence on the text (the parser cuts at « quotes »)
                stop = re.compile(r"[.!?](?=\s|$)|\n").search(text, m.end())
                self._accounts.append((m.end(), stop.end() if stop else len(text)))
        return any(lo <= start < hi for lo, hi in self._accounts)

    def _apology_object(self, start: int) -> bool:
        """The word at `start` names what the brand apologises for, right after its
        apology (`apology_objects`: "Sorry about the hassle", « toutes nos excuses pour ce
        contretemps »): the case's trouble, owned by the apology, not a frustration of the
        brand's voice. Read on the text of the sentence before it."""
        before = re.split(r"[.!?\n]", self.a.text[max(0, start - 80):start])[-1]
        return bool(before) and not self._customer_words_at(start) and bool(
            _word_pattern("apology_objects", self.language).search(before))

    def _in_a_story(self, start: int) -> bool:
        """The draft tells a story here: `start` lies between a story's anchor in the
        brand's words (a dated moment of the past, a tale's opening: « Tout commence en
        1991 », "1987.", "Once upon a time") and the end of its paragraph."""
        if self._stories is None:
            text = self.a.text
            self._stories = []
            for m in _word_pattern("story_anchors", self.language).finditer(text):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or not len(span) or self._customer_words(span[0]):
                    continue
                if _SINCE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                    # « depuis notre lancement en 2015 », "since our launch in 2015": the
                    # start of a lasting state, as « depuis 2015 » is, opens no tale
                    continue
                paragraph_end = re.compile(r"\n[ \t]*\n").search(text, m.end())
                self._stories.append((m.start(), paragraph_end.start() if paragraph_end
                                      else len(text)))
        return any(lo <= start < hi for lo, hi in self._stories)

    def _past_problem(self, token) -> bool:
        """A problem told in the past of others, on a page (not a reply): "Subscribers were
        frequently hitting rate limits, leaving them unable to request certificates", « Les
        abonnés se retrouvaient bloqués… ». The page tells what went wrong before the fix;
        the brand is not stuck. A sentence whose subject is the brand or the reader (« nous
        ne pouvions pas », "you were unable to") stays theirs."""
        if self.a.channel.service or self.a.is_personal_reply or not self._fix_told():
            return False
        if not self._told_in_past_on_line(token):
            return False
        people = _SECOND_PERSON[self.language] | _FIRST_PERSON[self.language]
        return not any(t.dep_.startswith("nsubj") and t.lower_ in people for t in token.sent)

    def _fix_told(self) -> bool:
        """The page tells what the brand did about it, in the past ("In early 2022, we
        patched the limit", « nous avons corrigé la limite »): a problem told before its
        fix. A brand that vents at someone ("someone just didn't bother to cancel") tells
        no fix of its own."""
        if self._fixed is None:
            we = {"we", "nous", "i", "je", "j'", "j’"}
            self._fixed = any(
                t.lower_ in we and t.dep_.startswith("nsubj") and not self._customer_words(t)
                and t.head.lemma_.lower() in _FIX_VERBS
                and _told_in_past([t.head] + [c for c in kids(t.head)
                                              if c.dep_.startswith("aux")])
                for t in features.tokens(self.doc))
        return self._fixed

    def _detail_requests(self) -> list[tuple[int, int]]:
        """In a service reply, the brand's sentences that ask the customer for the facts of
        their case: a question or an imperative addressed to them, with a verb of telling
        (tell, send, confirm; préciser, envoyer, indiquer) and a fact of the case (order
        number, account, what's happening; numéro de commande, que se passe-t-il), or a
        question about the case itself. "Can you tell us more about what's happening?",
        « Pouvez-vous nous indiquer votre numéro de commande ? », "DM us your order number".
        Not an invitation to co-create (« Dites-nous ce que vous allez construire ! » on
        social is one)."""
        if not self.a.channel.service:
            return []
        verbs, case, opinion = _detail_words(self.language)
        second = _SECOND_PERSON[self.language]
        out = []
        for sentence in self.a.sentences:
            words = [t for t in features.span_tokens(sentence) if t.is_alpha]
            if not words or self._customer_words(words[0]):
                continue
            asks = features.text_of(sentence).rstrip().endswith("?") or any(
                self._imperative(t) or "Imp" in features.morph(t).get("Mood") for t in words)
            addressed = any(t.lower_ in second or "2" in features.morph(t).get("Person")
                            for t in words) \
                or any(self._imperative(t) for t in words)
            if not (asks and addressed):
                continue
            facts = list(case.finditer(features.text_of(sentence)))
            if opinion.search(features.text_of(sentence)):
                continue  # "What do you think of the new app?" asks for a view, not a fact
            telling = any(t.lemma_.lower() in verbs or t.lower_ in verbs for t in words)
            question = features.text_of(sentence).rstrip().endswith("?")
            question_about_case = question and any(" " in m.group().strip() for m in facts)
            # a yes/no question on what the customer did or has ("did you block any words?",
            # « avez-vous redémarré la box ? »): the diagnosis of the case
            diagnosis = question and _DIAGNOSIS[self.language].search(
                features.text_of(sentence))
            if telling and (facts or question) or question_about_case or diagnosis:
                out.append((sentence.start_char, sentence.end_char))
        # a verb of telling after a dash or a comma, said to the reader, that the parse reads
        # as no imperative or cuts off its sentence ("Thanks for the tag – tell us more about
        # what's going on", « Merci, dites-nous ce qui se passe avec votre compte »): read on
        # the text, up to the end of its sentence
        text = self.a.text
        for m in _ASK_AFTER_BREAK[self.language].finditer(text):
            stops = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
            end = min(stops) + 1 if stops else len(text)
            clause = text[m.start():end]
            if case.search(clause) and not opinion.search(clause) and \
                    not self._customer_words_at(m.start()):
                out.append((m.start(), end))
        return out

    # modifiers ------------------------------------------------------------------------
    def _negated(self, token, tone: str) -> bool:
        """The word itself is negated (« pas de stress », "no worries", « sans souci »), or,
        for a positive tone, the predicate it heads (« nous ne sommes pas ravis »). A
        negative adverb under a negated verb stays what it is ("Unfortunately we
        cannot…")."""
        if not any(c.isalpha() for c in token.text):
            # an emoji is said beside the words, not inside their clause: "No worries 😎",
            # « Pas de souci 😎 » negate the worry, not the grin
            return False
        cues = _NEGATION_BEFORE[self.language]
        start, _ = features.clause_bounds(self.doc, token.i, self.language)
        if _SUGGESTION.search(features.span_text(self.doc, max(start, token.i - 5), token.i)):
            return False  # "why not treat yourself?", « pourquoi ne pas vous faire plaisir ? »
        window = self.doc[max(start, token.i - 3): token.i]
        if any(t.lower_ in cues for t in window) or any(
                c.dep_ == "neg" for c in kids(token)):
            return True
        return tone in POSITIVE and token.pos_ != "ADV" and self.a.is_negated(token)

    def _scale(self, token) -> float:
        intensifiers = _modifiers(self.language, "intensifiers")
        downtoners = _modifiers(self.language, "downtoners")
        near = [c for c in kids(token) if c.dep_ in ("advmod", "amod")]
        if token.i:
            near.append(self.tokens[token.i - 1])
        before2 = features.span_text(self.doc, max(0, token.i - 2), token.i).lower()
        if any(t.lower_ in downtoners for t in near) or before2 in downtoners:
            return _settings()["soften"]
        if any(t.lower_ in intensifiers for t in near):
            return _settings()["boost"]
        return 1.0

    def _add(self, tone: str, weight: float, start: int, end: int, signal: str | None = None,
             label: str | None = None):
        if not tone or weight <= 0:
            return
        if tone == "collaboration" and any(lo <= start < hi for lo, hi in self.detail_requests):
            return  # "Can you tell us more about what's happening?": the service at work
        if tone == "collaboration" and self.detail_requests and \
                "collaboration" not in self.a.channel.tones:
            # "Let's team up on this. How long has this been happening? Which iPhone do you
            # have?": in a reply that asks for the case's facts, working on it together and
            # the questions around them are the diagnosis — the service solving, not an
            # invitation to co-create
            tone = "solution"
        if signal is not None:
            spec = self.signals[signal]
            cap = spec.get("cap")
            key = (signal, tone)
            if cap is not None:
                weight = min(weight, cap - self.signal_totals[key])
                if weight <= 0:
                    return
            self.signal_totals[key] += weight
        text = label if label is not None else self.a.text[start:end]
        span = self.doc.char_span(start, end, alignment_mode="expand") or ()
        idea = signal is None and any(t.i in self.idea_words for t in span)
        self.evidence.append(Evidence(tone, weight, start, end, text, signal, idea))

    def _signal(self, name: str, start: int, end: int, label: str | None = None,
                scale: float = 1.0, tone: str | None = None):
        """The signal's weights, or its weight given to `tone` instead."""
        for told, weight in self.signals[name].items():
            if told != "cap":
                self._add(tone or told, weight * scale, start, end, signal=name, label=label)

    # words and phrases ----------------------------------------------------------------
    def read_lexicon(self) -> None:
        covered = self.covered
        self.fact_lines = self._fact_lines()
        for _start, _end, label_end in self.fact_lines:
            if label_end is not None:
                # « Prix : 24,50 € », "Origin: India": a field's name is no tone
                label = self.doc.char_span(_start, label_end, alignment_mode="expand")
                if label is not None:
                    covered.update(range(label.start, label.end))
        # a bullet's label names its point, no tone ("- Stability and Compliance: We target
        # 99% uptime", « • Sécurité : … »), whatever the line's length; a step that opens on
        # its verb (« 1. Choisissez une famille : … ») is an instruction, no label
        for m in _BULLET_LABEL.finditer(self.a.text):
            if len(m.group(1).split()) <= 4:
                label = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if label is not None and not any(t.pos_ in ("VERB", "AUX") or
                                                 self._imperative(t) for t in label):
                    covered.update(range(label.start, label.end))
        # « À très vite », "See you soon": a leave-taking on any channel, not a time the
        # reader gains nor a hurry; in a reply, "happy to help", "let us know", « n'hésitez
        # pas » are courtesy too, not joy or an invitation to co-create
        # the brand's own name is a name, no tone ("Let's Encrypt" is no « Let's… »)
        for m in _name_pattern(self.a.profile.brand).finditer(self.a.text):
            if m.start() and self.a.text[m.start() - 1] in "#@":
                continue  # (a hashtag or a handle is read as one)
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
        # a tone word in another sense, told by the words around it ("3rd-party cookies",
        # "express or implied", « l'économie du don », "the privacy policy"): no tone
        for m in _word_pattern("other_senses", self.language).finditer(self.a.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
        # the rules of another party ("subject to other sites' policies", « leurs propres
        # règles »): a disclosure about someone else, not the brand's administration
        for m in _word_pattern("others_rules", self.language).finditer(self.a.text):
            if not self._brands_own_rules(m.start(), m.end()):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    covered.update(range(span.start, span.end))
        formulas = [_farewells(self.language)]
        if self.a.channel.service:
            formulas.append(_courtesy(self.language))
        for pattern in formulas:
            for m in pattern.finditer(self.a.text):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    covered.update(range(span.start, span.end))
        for start, end, tone, weight in self._phrase_matches():
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span) or any(i in covered for i in
                                                    range(span.start, span.end)):
                continue
            first = span[0]
            covered.update(range(span.start, span.end))
            if self._customer_words(first) or self._term_sense(span) or \
                    _runs_into_a_noun(span):
                continue
            if tone == "collaboration" and any(_someone_else_joins(t) for t in span):
                continue
            if tone == "deal" and "%" in self.a.text[start:end] and not \
                    figures.percentage_sells(self.a.text, start, end, self.language):
                continue  # « contiennent 50 % de fruits », "90% of members": a share, no offer
            text = self.a.text[start:end].lower()
            has_negation = any(w in _NEGATION_WORDS for w in re.findall(r"[\w'’]+", text))
            # a figure is a fact, not a feeling a negation turns over: « n'est pas couvert
            # (article 8.2 des CGV) » still cites the clause
            figure = any(c.isdigit() for c in text)
            # a set phrase of three words or more is negated only by the word just before
            # it ("will not stay the same"): "at no charge on this occasion" does not
            # negate "on this occasion"
            set_phrase = len(re.findall(r"[\w'’]+", text)) >= 3
            negatable = not (has_negation or figure)
            if negatable and set_phrase:
                before = self.tokens[first.i - 1] if first.i else None
                negatable = False
                if before is not None and before.lower_ in _NEGATION_WORDS:
                    tone, weight = self.lexicon.when_negated.get(tone, ""), weight * 0.5
            self._word(first, tone, weight, start, end, negatable=negatable,
                       scale=self._scale(first))
        for token in features.tokens(self.doc):
            if token.i in covered or token.is_punct or token.is_space or self._in_a_name(token):
                continue
            if _ORDINAL_FIGURE.fullmatch(token.text):
                continue  # « le 1er juin », "the 1st floor": a date or a rank, not a first
            matches = self.lexicon.lookup(token, self.language)
            if not matches or self._customer_words(token) or self._term_sense(token) or \
                    self._polite_request(token, matches) or _someone_else_joins(token):
                continue
            for tone, weight in matches:
                self._word(token, tone, weight, token.idx, token.idx + len(token.text),
                           negatable=True, scale=self._scale(token))
        self._prices_as_facts()
        self._offer_documented()

    def _brands_own_rules(self, start: int, end: int) -> bool:
        """The rules at `start:end` are the brand's after all: its name owns them
        ("Velia's terms", « les conditions de Velia »), or the word before says so ("our
        Partner's terms" is no one's but the brand's offer: « nos », "our")."""
        if _name_pattern(self.a.profile.brand).search(self.a.text[start:end]):
            return True
        before = re.findall(r"[\w'’]+", self.a.text[max(0, start - 20):start].lower())
        return bool(before) and before[-1] in _FIRST_PERSON[self.language]

    def _prices_as_facts(self) -> None:
        """A price said as a fact: when all the draft reads as a deal is one or two bare
        amounts or percentages and the word for price (« 9 € (6 € pour les moins de 18
        ans) », "a flat at €412,000", « Prix : 219 000 € honoraires inclus (5 % TTC) »), it
        tells what a thing costs and offers nothing — no reduction, no promotion, nothing
        free, no list of prices — and those words weigh `price_as_fact` of their weight. Not
        on a channel that sells (deal among its tones): there the price shown is the offer."""
        if "deal" in self.a.channel.tones:
            return  # (on a channel that sells, « Le coffret à 245 € » is the offer it shows)
        deal = [e for e in self.evidence if e.tone == "deal" and e.signal is None]
        if not deal or not all(self._price_fact(e.text) for e in deal):
            return
        figures = sum(1 for e in deal if _AMOUNT.match(e.text) or _PERCENT.match(e.text))
        if figures > _settings()["price_facts_max"]:
            return  # « Boule 2,80 € · Deux boules 4,90 € · Pot 9,90 € »: a price list sells
        factor = _settings()["price_as_fact"]
        self.evidence = [dataclasses.replace(e, weight=e.weight * factor)
                         if e.tone == "deal" and e.signal is None else e
                         for e in self.evidence]

    def _offer_documented(self) -> None:
        """An offer named by its noun (`offer_nouns`: « remise », « tarif », "discount",
        "pricing", "sales") on a page that documents a thing (`documents`: a section under
        its own heading, no reply, on no service channel), on a channel that sells nothing
        (no deal among its tones), is the matter the section explains — a students'
        discount programme, a price grid under "Pricing" —, not the brand pushing a deal,
        and weighs nothing. Unless the page pushes it in its own words: a strong deal cue
        (`offer_pitch_weight` at least: « -20 % », "save up to €162", « bonne affaire »,
        "special offer", "instead of") or a word of pressure (« ne la ratez pas », "don't
        miss", "ends tonight") makes the page a pitch, and its nouns count."""
        if "deal" in self.a.channel.tones or not self.documents:
            return
        nouns = _word_set("offer_nouns", self.language)
        named = [e for e in self.evidence if e.tone == "deal" and e.signal is None
                 and e.text.strip().lower() in nouns and self._a_noun_at(e.start, e.end)]
        if not named:
            return
        pitch = _settings()["offer_pitch_weight"]
        if any(e.tone == "pressure" or e.tone == "deal" and e not in named
               and e.weight >= pitch - 1e-9 for e in self.evidence):
            return
        self.evidence = [e for e in self.evidence if e not in named]

    def _a_noun_at(self, start: int, end: int) -> bool:
        """The words at `start:end` are one noun ("Talk offers unlimited calls" is a verb)."""
        span = self.doc.char_span(start, end)
        return span is not None and len(span) == 1 and span[0].pos_ in ("NOUN", "PROPN")

    def _price_fact(self, text: str) -> bool:
        return bool(_AMOUNT.match(text) or _PERCENT.match(text)) or \
            text.strip().lower() in _word_set("price_words", self.language)

    def _term_sense(self, span) -> bool:
        """A word with a technical sense (`technical.senses`: challenge, client, request,
        issued, expired, trust, « ensemble », « défi », →) used as a system's term: on a
        technical page, or anywhere in a noun phrase with a term ("the http-01 ACME
        challenge", « les clients ACME »). « Relevez le défi ! », "we trust you'll love it"
        keep their tone."""
        tokens = [span] if hasattr(span, "lower_") else list(span)
        senses = _technical_words("senses", self.language)
        text = " ".join(t.lower_ for t in tokens)
        if text not in senses and not any(t.lemma_.lower() in senses for t in tokens):
            return False
        if self.technical or self.a.function.kind == "explanation":
            return True  # (a page explaining how a thing works names it in its terms)
        # one sense a draft: once named with a term, the word is the term everywhere in it
        # ("the ACME challenge … the challenge response")
        if self._named_with_terms is None:
            self._named_with_terms = {
                n.lemma_.lower() for i in self.terms for n in _name_neighbours(self.tokens[i])}
        return any(t.lemma_.lower() in self._named_with_terms for t in tokens)

    def _polite_request(self, token, matches) -> bool:
        """« Si vous connaissez un client ACME…, veuillez soumettre… », "If you'd like a
        copy, kindly let us know", « Veuillez contacter le support si vous souhaitez… »: a
        polite request made on the reader's own case (a condition before or after it) is
        courtesy, no coldness; so is the standard wording of a form's step (« Veuillez
        saisir votre IBAN », "Kindly select a payment method": `form_steps`), the reader's
        move on the screen, not an office's order (not in a reply to one customer), and so
        is a step of what a page documents (« RCE : Veuillez exécuter uniquement du code
        inoffensif », "Kindly run the check before you upload": `documents`), the
        procedure's polite instruction, written to no one's case."""
        if not any(t == COLD for t, _ in matches) or \
                token.lower_ not in _word_set("polite_requests", self.language):
            return False
        if self.documents:
            return True
        # the sentence read on the text: the parser cuts « Si vous…, veuillez… » in two
        text = self.a.text
        prefix = re.split(r"[.!?\n]", text[:token.idx])[-1]
        if _word_pattern("reader_conditions", self.language).search(prefix):
            return True
        rest = re.split(r"[.!?\n]", text[token.idx + len(token.text):])[0]
        step = re.match(r"\W*([^\W\d_]+)", rest)
        if step is not None and not self.a.is_personal_reply and \
                step.group(1).lower() in _word_set("form_steps", self.language):
            return True  # (in a reply to one customer, « veuillez patienter » is the office's)
        return bool(_word_pattern("reader_conditions_after", self.language).search(rest))

    def _in_a_name(self, token) -> bool:
        """"Rapid Release", "Happy Meal": a capitalised word inside a name, not a tone; and
        one of a list of names ("the Kotlin and Swift apps", "Flutter, Kotlin Android and
        Swift iOS"), coordinated with a name (English only: the small French model tags
        many sentence-opening verbs as proper nouns)."""
        if self.language != "en" or not token.text[:1].isupper() or token.i == 0 or \
                self.tokens[token.i - 1].is_sent_start:
            return False
        # "Kotlin and Swift": a capitalised word coordinated with a name is a name among
        # names, whatever its tag (the small model makes "Swift" an adjective there)
        names = [token.head] if token.dep_ == "conj" else []
        names += [c for c in kids(token) if c.dep_ == "conj"]
        if token.pos_ == "PROPN":
            names += [self.tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(self.doc)]
        return any(n.pos_ == "PROPN" and n.text[:1].isupper() for n in names)

    def _phrase_matches(self) -> list[tuple[int, int, str, float]]:
        text = self.a.text
        found = [(m.start(), m.end(), tone, weight)
                 for pattern, tone, weight in self.lexicon.phrases
                 for m in pattern.finditer(text) if m.end() > m.start()]
        if self.lexicon.literal is not None:
            for m in self.lexicon.literal.finditer(text.replace("’", "'")):
                for tone, weight in self.lexicon.literal_tones.get(_phrase_key(m.group()), ()):
                    found.append((m.start(), m.end(), tone, weight))
        # of two entries that read the same words as one tone, the heavier (« comme nous
        # vous l'avons déjà indiqué » is a told-back repeat at 2, not the softer 1.5 of the
        # general « comme nous vous l'avons indiqué »: tn60)
        heaviest: dict[tuple[int, int, str], float] = {}
        for lo, hi, tone, weight in found:
            heaviest[(lo, hi, tone)] = max(weight, heaviest.get((lo, hi, tone), weight))
        found = [(lo, hi, tone, weight) for (lo, hi, tone), weight in heaviest.items()]
        # longest first; a phrase overlapping a longer one of the same tone ("we're
        # unable" / "unable to") or lying inside a longer one of another tone is dropped
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        kept: list[tuple[int, int, str, float]] = []
        for f in found:
            if any(k[0] < f[1] and f[0] < k[1] and k[2] == f[2] or
                   k[0] <= f[0] and f[1] <= k[1] and k[1] - k[0] > f[1] - f[0] for k in kept):
                continue
            kept.append(f)
        return kept

    def _word(self, token, tone: str, weight: float, start: int, end: int, negatable: bool,
              scale: float) -> None:
        if tone in NEGATIVE and self._in_customer_account(start):
            return  # « vous nous écrivez que … toujours pas arrivé, sans suite »: their account
        if tone in FEELINGS and self._apology_object(start):
            return  # "Sorry about the hassle", « désolés pour ce contretemps »: the case's trouble
        if tone in ("solution", "speed") and self._in_a_story(start) and \
                self._third_person_past(token):
            # "when Paul opened the workshop in 2014, he fixed every bike by hand": the act of
            # a character of the tale (its past_narrative), not the brand's for the reader
            return
        if tone == "speed" and self._in_a_story(start) and \
                _word_pattern("times", self.language).fullmatch(self.a.text[start:end]):
            return  # "It all started in 1996 … Today that car sleeps in the hall": the tale's now
        if tone == COLD and end - start == len(token.text) and token.i in self.subject_words:
            # « dossier » on a platform whose central idea is to file and follow one's
            # « dossiers »: the thing the brand is about, named by its own word, no register
            return
        if tone == COLD and self._for_now(start, end):
            # "This account is temporarily suspended, donations to it will not be processed",
            # "paused, and will not be processed until the Collective is unfrozen": a state
            # that lasts for now, with what ends it — no door closed for good
            return
        if tone == COLD and self._others_duty(token):
            # "Companies must collect as little data as possible", « les hébergeurs doivent
            # conserver… »: a duty the law or a rule puts on a third party, reported — not
            # the brand's office speaking to its reader
            return
        if tone == COLD and self._a_party(start, end):
            # « l'usager », "the applicant" in a page that says « vous » to its reader: a
            # party of the service the draft tells its reader about (their public, the other
            # side of a procedure), not the reader held at arm's length
            return
        if tone == COLD and self.a.sets_rules and _word_pattern(
                "rule_statements", self.language).fullmatch(self.a.text[start:end]):
            # "Selling. Thanking patrons is allowed, but rewarding them is forbidden." on a
            # page of rules: stating the rule plainly is the page's job, no office's coldness
            return
        if tone == COLD and self._on_a_heading(start):
            # a page's heading names its section ("FAQs", « Conditions générales », "What is
            # our refund policy?"): the reader's question or the section's label, not the
            # brand's register — that is read in the body below it
            return
        if tone in FEELINGS and (self._customer_feeling(token) or
                                 self._feeling_acknowledged(start)):
            self._signal("customer_feeling_named", start, end)
            return
        if tone == "frustration" and self._case_thing_state(token, start, end):
            return  # "your parcel is stuck at the depot", « ton colis est bloqué »: the case's
        if tone == "pressure" and self._fact_expires(token):
            return  # "A root certificate will expire on March 14": a notice, not a countdown
        if tone == "reassurance" and (self.a.channel.service or self.a.is_personal_reply) \
                and _MISHAP_OFFER.match(self._sentence_before(start)):
            # "If anything's wrong when it arrives, reply here and we'll sort it", « Si
            # quelque chose cloche, réponds-nous, on s'en occupe »: help offered for a
            # mishap that may not come, the reply's closing courtesy, not its answer
            weight *= _settings()["mishap_offer_weight"]
        if tone == "speed" and _FALLBACK_CONDITION.search(
                re.split(r"[.!?\n]", self.a.text[max(0, start - 80):start])[-1]):
            # "If it has not arrived in ten minutes, call us back", « si tu n'as rien reçu
            # d'ici ce soir, écris-nous »: the time sets when the fallback applies, the
            # sentence gives a way out, not a speed
            return
        if tone == "speed" and end - start == len(token.text) and self._pace_of_a_thing(token):
            return  # "fast, concurrent signing", "the speed was impressive": the subject
        if tone == "pressure" and end - start == len(token.text) and \
                token.lower_ in _word_set("matter_urgency", self.language) and \
                token.dep_ == "amod" and not token.text.isupper() and \
                self._pace_of_a_thing(token):
            # "an increasingly urgent problem", « les problèmes urgents »: how pressing a
            # matter is, its subject ("this is urgent", « c'est urgent » press the reader)
            return
        if tone == "pressure" and end - start == len(token.text) and self._urgent_kind(token):
            return  # « ouvrir un ticket urgent », "we send an urgent repair": a kind of matter
        if tone == "frustration" and end - start == len(token.text) and \
                self._failure_documented(token):
            return  # « la panne du 21 octobre », "a bug in the kernel driver": the page's matter
        if tone == "collaboration" and end - start == len(token.text) and (
                token.dep_ == "compound" if self.language == "en" else
                token.dep_ == "nmod" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN"
                and token.head.i < token.i):
            return  # "comment settings", « les réglages des commentaires »: a feature's name
        if tone == "collaboration" and token.lower_ in _WHICH and token.i and \
                self.tokens[token.i - 1].lower_ in _PREPOSITIONS:
            return  # « une tenue dans laquelle tu te sens bien »: a relative, no choice asked
        if tone == "frustration" and (self._past_problem(token)
                                      or self.a.function.kind == "release_notes"):
            return  # "Subscribers were hitting limits, leaving them unable to…": told, fixed
            # (in release notes, the bugs named are the ones fixed: « c'est aussi réparé ! »)
        if weight < WEAK_CUE and self._topic_word(token, tone, start, end):
            return  # "new" eight times in a post about new certificates: its subject
        if negatable and self._negated(token, tone):
            tone = self.lexicon.when_negated.get(tone, "")
            weight *= 0.5
        if tone == "deal" and "deal" not in self.a.channel.tones and _waived_cost(
                token, self.a.text[start:end].lower(), self.language):
            # « le report est gratuit », "she can come by, free of charge" on a channel that
            # sells nothing: a cost the reader is spared, not a bargain
            tone = "reassurance"
        if tone == "reassurance" and "deal" in self.a.channel.tones and \
                _FREE.search(self.a.text[start:end]):
            # « annulation gratuite », "free cancellation" in an offer: part of the deal
            tone = "deal"
        if tone == "deal" and self._gift_figure(token, start, end):
            return  # « un don de 100 € vous reviendra à 34 € après défiscalisation »: tax, no deal
        if tone == "deal" and _AMOUNT.match(self.a.text[start:end]) and (
                self.a.channel.service or self.a.is_personal_reply):
            # in a reply, « 245 € remboursés », "€850 remains at your charge" is the
            # case's figure, not a price put forward: it leans to deal only a little
            weight *= 0.25
        self._add(tone, weight * scale, start, end)

    def _gift_figure(self, token, start: int, end: int) -> bool:
        """An amount or a share said of a gift or of tax (`gift_figures`): its sentence
        speaks of a donation, a tax relief or a receipt for one and of no purchase
        (`gift_purchase`) — « un don de 100 € vous reviendra à 34 € après
        défiscalisation », "90% of our income comes from donations". The figure informs the
        donor; it is no bargain. « -20 % sur votre achat, et 1 € reversé en don » sells."""
        if not _FIGURE.search(self.a.text[start:end]):
            return False  # (a figure, bare or in its phrase: « 34 € », "only $17")
        sentence = token.sent.text
        return bool(_word_pattern("gift_figures", self.language).search(sentence)) and \
            not _word_pattern("gift_purchase", self.language).search(sentence)

    def _topic_word(self, token, tone: str, start: int, end: int) -> bool:
        """A weak cue (a word that carries a tone only a little: "new", "request",
        "covered", "trust", « offert ») said again and again names what the draft is about,
        not a tone it takes: its first `WEAK_REPEATS` sayings count, the others do not
        ("New Intermediate Certificates … 10 new key pairs … the new public keys", « la
        requête … chaque requête »). A strong word repeated still counts each time."""
        key = (tone, token.lemma_.lower() if end - start == len(token.text)
               else self.a.text[start:end].lower())
        self.weak_said[key] += 1
        return self.weak_said[key] > WEAK_REPEATS

    def _pace_of_a_thing(self, token) -> bool:
        """A word of pace (or of a matter's urgency, `matter_urgency`: "an urgent problem")
        said of a thing the draft is about — a system, a program, a
        measure (« un moteur de rendu rapide », "fast, concurrent signing power", "faster
        page loads", "the speed was impressive", "Redis … very quickly regenerated") — names
        its subject, not the brand's voice: speed is the brand serving the reader without a
        wait (« nous vous répondons rapidement », "fast delivery", "get set up quickly").
        The thing is the noun the word qualifies, the subject it is said of, or the subject
        of the verb it modifies; it is none of the brand, the reader or a person, no
        service of the brand (delivery, reply, refund…) and no thing of the reader's."""
        if token.pos_ == "NOUN":
            if token.lemma_.lower() not in _word_set("pace_nouns", self.language) and \
                    token.lower_ not in _word_set("pace_nouns", self.language):
                return False  # « aujourd'hui », "today", « en direct »: a time, no pace
            thing = token  # "speed", « rapidité »: the property named
        elif token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
            thing = token.head
        elif self._before_a_noun(token) is not None:
            thing = self._before_a_noun(token)  # "fast, concurrent signing power"
        elif token.pos_ == "ADV" and token.head.pos_ in ("VERB", "AUX", "ADJ"):
            verb = token.head
            subjects = [c for c in kids(verb) if c.dep_.startswith("nsubj")]
            if not subjects or any(c.dep_ in ("aux:pass", "auxpass") or
                                   c.dep_.endswith(":pass") for c in kids(verb)):
                # "Get set up quickly": the reader's act; "a copy has already been sent":
                # the brand's, told in the passive
                return False
            thing = subjects[0]
        elif token.pos_ == "ADJ":
            subjects = [c for c in kids(token) if c.dep_.startswith("nsubj")] or [
                c for c in kids(token.head) if c.dep_.startswith("nsubj")
                and token.dep_ in ("acomp", "xcomp", "attr")]
            if not subjects:
                return False
            thing = subjects[0]
        else:
            return False
        people = _SECOND_PERSON[self.language] | _FIRST_PERSON[self.language] | {
            "il", "elle", "ils", "elles", "he", "she", "they", "who", "qui", "on"}
        services = self.a.service_words
        brand = {w.lower() for w in re.findall(r"[\w’'-]+", self.a.profile.brand)}
        phrase = [thing] + [c for c in kids(thing)
                            if c.dep_ in ("compound", "amod", "nmod", "poss", "det", "det:poss",
                                          "flat", "flat:name", "case")] + \
            [g for c in kids(thing) if c.dep_ in ("prep", "nmod")
             for g in kids(c) if g.dep_ == "pobj"]
        for w in phrase:
            if w.lower_ in people or w.lower_ in features.READERS_POSSESSIVES or \
                    w.i in services or w.lower_ in brand or w.ent_type_ == "PERSON":
                return False
        return True

    def _urgent_kind(self, token) -> bool:
        """A word of urgency (`matter_urgency`) that qualifies a service matter
        (`urgent_kinds`: a ticket, a request, an intervention, a repair, a mode) names the
        kind of that matter — a support feature (« Ticket urgent », « ouvrir le ticket en
        mode urgent », "an urgent ticket"), the brand's own act (« nous déclenchons une
        intervention urgente », "we send an urgent repair") —, no hurry put on the reader
        ("this is urgent", « URGENT : plus que 2 places », "urgent action required" press
        them). The matter is the noun the word qualifies in the parse, or the noun right
        beside it (the small models read « Ticket urgent » as a verb, « mode urgent » as an
        adverb); a word in capitals is a shout, whatever it qualifies."""
        if token.lower_ not in _word_set("matter_urgency", self.language) or \
                token.text.isupper():
            return False
        kinds = _word_set("urgent_kinds", self.language)
        nouns = [token.head] if token.dep_ == "amod" else []
        nouns += [self.tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(self.doc)]
        return any(n.pos_ in ("NOUN", "PROPN") and n.i != token.i and
                   (n.lower_ in kinds or n.lemma_.lower() in kinds) for n in nouns)

    def _failure_documented(self, token) -> bool:
        """A failure named by its noun (`failure_nouns`: « panne », « bug », « problème »,
        "outage", "bug", "problem") on a page that documents or reports a thing
        (`documents`: a section under its own heading, no reply, on no service channel) is
        the matter the page is about — the outage a post-mortem tells, the trouble a help
        section explains —, not the brand sounding stuck: that is said in its own voice
        (« malheureusement », « impossible », "we can't"), which still counts. In a reply
        (« votre problème », "the issue you reported") the failure is the case, read as
        such."""
        if token.pos_ not in ("NOUN", "PROPN") or not self.documents:
            return False
        nouns = _word_set("failure_nouns", self.language)
        return token.lower_ in nouns or token.lemma_.lower() in nouns

    def _before_a_noun(self, token):
        """The noun an adjective or adverb of pace stands before, whatever the parse made
        of it ("leverage fast, concurrent signing power": the small model hangs "fast" on
        the verb): the next words, past commas, « et »/"and" and other adjectives, are a
        noun phrase's."""
        if token.pos_ not in ("ADJ", "ADV"):
            return None
        doc = self.doc
        j = token.i + 1
        while j < len(doc) and (doc[j].text == "," or doc[j].pos_ in ("ADJ", "CCONJ")) and \
                j - token.i <= 4:
            if doc[j].pos_ == "ADJ" and doc[j].dep_ == "amod" and \
                    doc[j].head.pos_ in ("NOUN", "PROPN"):
                return doc[j].head
            j += 1
        if j < len(doc) and j > token.i + 1 and doc[j].pos_ in ("NOUN", "PROPN"):
            noun = doc[j]
            while noun.dep_ == "compound" and noun.head.i > noun.i:
                noun = noun.head
            return noun
        return None

    @functools.cached_property
    def _offer_words(self) -> bool:
        return any(any(t == "deal" for t, _ in self.lexicon.lookup(w, self.language))
                   for w in features.tokens(self.doc) if w.is_alpha) or any(
            tone == "deal" for _s, _e, tone, _w in self._phrase_matches())

    def _offers_something(self) -> bool:
        """The draft puts an offer forward: a word or a phrase the lexicon reads as a deal."""
        return self._offer_words

    def _fact_expires(self, token) -> bool:
        """A thing that expires which is no offer (« un certificat racine expirera », "your
        password expires"): a fact with its date, not a countdown on a deal. An offer, a
        code, a voucher — a word the lexicon reads as a deal — keeps the countdown, and so
        does no subject at all ("Expires Sunday!") in a draft that offers something; in a
        draft that offers nothing, "Expired, too, is pretty easy" tells a state."""
        if not token.lower_.startswith("expir"):
            return False
        subjects = [c for c in kids(token) if c.dep_.startswith("nsubj")]
        if not subjects and token.dep_ != "conj" and token.head.pos_ == "NOUN":
            subjects = [token.head]  # "an expired certificate", « le certificat expiré »
        elif token.dep_ == "conj" and not subjects:
            subjects = [c for c in kids(token.head) if c.dep_.startswith("nsubj")]
        if not subjects:
            return not self._offers_something()
        return not any(any(t == "deal" for t, _ in self.lexicon.lookup(s, self.language))
                       or s.lower_ in _SECOND_PERSON[self.language] for s in subjects)

    # signals of the parse ---------------------------------------------------------------
    def read_signals(self) -> None:
        doc, language = self.doc, self.language
        exclamations = [t for t in features.tokens(doc)
                        if "!" in t.text and not self.a.is_quoted(t)]
        for t in exclamations:
            self._signal("exclamation", t.idx, t.idx + len(t.text))
        for m in re.finditer(r"!{3,}|!\s?!\s?!", self.a.text):
            self._signal("many_exclamations", m.start(), m.end())
        pressure_lines = {features.line_bounds(doc, i)[0] for i in self._tokens_of("pressure")}
        self.deadline_calls = self._deadline_calls()
        self.told_until = -1  # the end of a fact told by a question (`_told_question`)
        for sentence in self.a.sentences:
            self._sentence_signals(sentence, pressure_lines)
        for t in features.tokens(doc):
            if t.dep_ in ("aux:pass", "auxpass") and not self._customer_words(t) and \
                    not self.lexicon.lookup(t.head, language) and t.head.i not in self.covered \
                    and not self._thing_passive(t.head) and not _agent_named(t.head) \
                    and not self._others_duty(t.head) and not self._in_a_condition(t.head):
                # (« nous sommes ravis » is joy, "please be advised" already counted)
                self._signal("passive", t.head.idx, t.head.idx + len(t.head.text))
            elif self._impersonal(t):
                self._signal("impersonal", t.idx, t.head.idx + len(t.head.text))
            elif self._brand_future(t):
                self._signal("brand_future_act", t.idx, t.idx + len(t.text))
            elif self._third_person_past(t):
                self._signal("past_narrative", t.idx, t.idx + len(t.text))
        self._office_signature()
        self._no_address()
        self._clipped_reply()
        self._sanction_lines()
        self._ultimatums()
        self._shouting()
        self._lifted_burdens()
        self._safety_nets()
        self._doors_closed()
        self._story_beats()
        self._talked_down()
        self._reproaches()
        self._curt_turns()
        self._bare_salutation()
        self._worries_denied()
        self._kept_informed()
        self._bans_listed()
        self._effort_told_back()
        self._times_given()
        self._brand_acts()
        self._instructions()
        for start, end, _label_end in self.fact_lines:
            if any(e.signal is None and e.tone in POSITIVE and start <= e.start < end
                   for e in self.evidence):
                continue  # "Down jackets: up to 50% off": a price list's line is the deal's
            self._signal("fact_line", start, end)
        self._worry_addressed()

    def _story_beats(self) -> None:
        """Storytelling as a tale told: after a story's anchor (a dated moment of the past,
        « Il était une fois », "1987."), each sentence of the paragraph that states, in the
        brand's voice, without addressing the reader, is a beat of the story, whatever its
        tense (« Sa femme Martine tient la caisse », "Didier mends jackets at night": the
        historical present). Read on sentences, not on verbs: the small models often take
        a present-tense verb after a name for a noun ("Didier mends" -> NOUN NOUN)."""
        second = _SECOND_PERSON[self.language]
        for sentence in self.a.sentences:
            words = [t for t in features.span_tokens(sentence) if t.is_alpha or t.like_num]
            if not words or self._customer_words(words[0]) or _signature(sentence) or \
                    not (self._in_a_story(words[-1].idx) or self._in_a_story(words[0].idx)):
                continue  # (a sentence the parser ran over the paragraph's end opens in it)
            text = features.text_of(sentence).rstrip()
            if text.endswith("?") or any(t.lower_ in second or self._imperative(t)
                                         for t in words):
                continue  # a question or a word to the reader steps out of the tale
            self._signal("story_beat", sentence.start_char, sentence.end_char,
                         label="(…)")

    def _times_given(self) -> None:
        """Speed as a time: a clock time or the day itself in the brand's words (« prête
        dès 14 h », « part demain à 9h », "held until 14:50", "before 7pm today")."""
        pattern = _word_pattern("times", self.language)
        # a deadline in a countdown is pressure's, not a time the reader gains; the time of
        # a word of comfort ("Be gentle with yourself tonight", « Repose-toi ce soir ») is a
        # wish's, not a service's
        pressure_lines = {features.line_bounds(self.doc, i)[0] for i in self._tokens_of("pressure")}
        comfort = [(e.start, e.end) for e in self.evidence
                   if e.tone == "empathy" and e.signal is None and e.weight >= 1.0]
        comforted = {s for s in self.a.sentences
                     if any(s.start_char <= lo < s.end_char for lo, _ in comfort)}
        found = list(pattern.finditer(self.a.text))
        times = [(m.start(), m.end()) for m in found]
        # a day ahead (« jeudi 12 », "Thurs", « le 30/06 ») beside the clock times and days
        ends = _word_pattern("end_dates", self.language)
        days = [m for m in _word_pattern("days", self.language).finditer(self.a.text)
                if not any(lo < m.end() and m.start() < hi for lo, hi in times)
                # « valable jusqu'à dimanche », "ends Sunday": an offer's end, not a wait
                and not ends.search(self.a.text[max(0, m.start() - 20):m.start()])
                # « Samedi, on a fleuri… »: the parser cuts the day off its told past
                and not (self._told_in_past_text(m.start()) and not self._time_ahead(m.start()))
                and not self._recurring_day(m.start(), m.end())]
        recent = _word_pattern("recent_times", self.language)
        for m in sorted(found + days, key=lambda m: m.start()):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span) and recent.fullmatch(m.group()) and \
                    self._done_today(span):
                # the reader's case done this very day (« remboursé ce matin », "the router
                # was replaced this morning"): the wait is already over — or, in a reply
                # that waves the reader's worry away, the mishap fixed (`_mishap_answered`)
                self._signal("fix_done_today" if self._mishap_answered() else "done_today",
                             m.start(), m.end())
                continue
            if span is None or not len(span) or self._customer_words(span[0]) or \
                    any(i in self.covered for i in range(span.start, span.end)) or \
                    features.line_bounds(self.doc, span.start)[0] in pressure_lines or \
                    any(lo <= m.start() < hi for lo, hi in self.deadline_calls) or \
                    (self._told_in_past_on_line(span[0]) and not self._time_ahead(m.start())) or \
                    self._in_a_story(m.start()) or \
                    any(s.start_char <= m.start() < s.end_char for s in comforted):
                continue  # (« le 12 mars à 7h12, il a sonné », « Aujourd'hui, la Renault 5
                # dort dans le hall » after « Tout commence en 1991 » tell a story)
            # a clock time alone may be opening hours ("9:00–19:30"); the day itself is
            # always the reader's near future
            clock = any(c.isdigit() for c in m.group()) or m in days
            self._signal("time_given", m.start(), m.end(), scale=0.5 if clock else 1.0)

    def _mishap_answered(self) -> bool:
        """The draft waves a worry of the reader's away in the brand's words (« Pas
        d'inquiétude pour votre certificat égaré », "There is no need to worry about the
        crack in your glass"): a reply to a mishap, whose act done this very day is the
        fix the reader reads, not the speed of a plain notice (« ton colis est parti ce
        matin »)."""
        waved = _word_pattern("worry_waved", self.language)
        return any(e.tone == "reassurance" and e.signal is None and e.weight > 0
                   and waved.match(e.text) for e in self.evidence)

    def _recurring_day(self, start: int, end: int) -> bool:
        """A weekday that recurs (`recurring_days`): « nos cours du samedi », « ouvert le
        dimanche », "every Monday", "Saturday mornings" — when a thing is held, week after
        week, not a day ahead; a day followed by its date (« le samedi 12 ») is one day."""
        text, table = self.a.text, _settings()["recurring_days"]
        after = text[end:end + 30]
        if re.match(r"\s+\d", after) or not text[start:end].isalpha():
            return False
        before = re.findall(r"[\w'’]+", text[max(0, start - 12):start].lower())
        if before and before[-1] in table["before"][self.language]:
            return True
        following = re.match(r"\s+([\w'’]+)", after)
        return following is not None and \
            following.group(1).lower() in table["after"][self.language]

    def _done_today(self, span) -> bool:
        """A time of this very day (« ce matin », "today") in a told past or a state an act
        left (« c'est remboursé ce matin ») that is the
        reader's case done: a reply or a notice to the reader (a service channel, a personal
        reply, or the reader's thing named: « votre remboursement », "your order"), the
        brand's act or a passive on the reader's thing, not a story or a customer's words
        ("Ce matin, 42 tasses sont sorties du four" on a social post tells a moment)."""
        token = span[0]
        if self._customer_words(token) or self._in_a_story(token.idx):
            return False
        verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        # told in the past, or a state the act left (« c'est remboursé ce matin »)
        if verb is None or not (self._told_in_past_on_line(token) or (
                "Part" in features.morph(verb).get("VerbForm")
                and "Past" in features.morph(verb).get("Tense"))):
            return False
        sentence = token.sent
        if sentence.text.rstrip().endswith("?"):
            return False  # ("has it been worn since this morning?" asks, tells nothing done)
        lowered = {t.lower_ for t in sentence}
        readers = features.READERS_POSSESSIVES | {"vous", "you", "te", "t'", "t’", "tu"}
        if not (self.a.channel.service or self.a.is_personal_reply or lowered & readers):
            return False
        # an act done (« viré », "replaced"), not a word said (« je vous l'ai déjà dit tout à
        # l'heure » is a reproach)
        if verb.lemma_.lower() in _word_set("not_acts", self.language):
            return False
        # the brand's act (we/I), a thing done (a passive, « c'est remboursé ») or the
        # reader's thing ("your pillow left the warehouse today"): not the reader's own past
        # (« vous avez appelé ce matin ») nor news of the house ("the first peonies of the
        # season arrived this morning")
        subjects = [t for t in verb.children if t.dep_.startswith("nsubj")]
        if any(t.lower_ in {"vous", "you", "tu"} for t in subjects):
            return False
        return any(t.dep_ in ("nsubj:pass", "nsubjpass") or t.lower_ in _FIRST_PERSON[
            self.language] for t in subjects) or any(
            t.dep_ in ("aux:pass", "auxpass") for t in verb.children) or bool(
            lowered & features.READERS_POSSESSIVES)

    def _told_in_past_on_line(self, token) -> bool:
        """The token's sentence tells the past, on the token's own line: the small parser
        runs a heading into the body below it ("Job 552: engineer booked\n\nDear Mr Osei,\n
        Your engineer will visit tomorrow"), and the heading's past is not the visit's."""
        text = self.a.text
        lo = text.rfind("\n", 0, token.idx) + 1
        hi = text.find("\n", token.idx)
        hi = len(text) if hi < 0 else hi
        return _told_in_past([t for t in token.sent if lo <= t.idx < hi])

    def _time_ahead(self, at: int) -> bool:
        """The sentence holding `at`, read on the text, names a time still ahead
        (« demain », "next week") or a booked time moved to another ("lesson moved to
        5pm", "rescheduled to Friday"): a notice's participle, not a told past, whatever
        tense the small model gives it ("pool closed tomorrow 8am-12pm" tags "closed" VBD)."""
        start, end = features.text_sentence_bounds(self.a.text, at)
        return bool(_word_pattern("ahead_times", self.language).search(
            self.a.text[start:end]))

    def _told_in_past_text(self, at: int) -> bool:
        """The text's sentence holding `at` tells the past (read on the text: the parser
        may leave a day alone in its own sentence)."""
        start, end = features.text_sentence_bounds(self.a.text, at)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and _told_in_past(span)

    def _brand_acts(self) -> None:
        """Solution as the brand's concrete act on the case: we/I as the subject of an
        act, not of a feeling or a state (« je la garde au comptoir », "we replaced the
        pads", « nous vous remettons un devis »; not « nous comprenons », "we love")."""
        if not (self.a.channel.service or self.a.is_personal_reply):
            return  # a case exists only in a reply
        not_acts = _word_set("not_acts", self.language)
        first = {"nous", "je", "j'", "j’", "on", "we", "i"}
        for t in features.tokens(self.doc):
            if t.pos_ != "VERB" or t.lemma_.lower() in not_acts or t.i in self.covered or \
                    self._customer_words(t) or self.a.is_negated(t) or \
                    self.lexicon.lookup(t, self.language) or self._brand_future(t):
                continue
            subject = next((c for c in kids(t) if c.dep_ == "nsubj" and (
                c.lower_ in first and _agrees(c, t) or self._brands_staff(c))), None)
            if subject is None:
                continue
            lo, hi = min(subject.idx, t.idx), t.idx + len(t.text)
            if subject.lower_ not in first:
                lo = max(lo, subject.idx + len(subject.text))  # (the trade's name is no act)
            if any(e.tone == "solution" and e.start < hi and lo < e.end for e in self.evidence):
                continue  # one clause, one act: "we will call" already reads as solution
            self._signal("brand_act", t.idx, t.idx + len(t.text))

    def _brands_staff(self, subject) -> bool:
        """The brand's own people or desk by their trade ("our technician", « notre
        conseiller », "our driver"): what they do on the case, the brand does."""
        return subject.pos_ == "NOUN" and \
            subject.lemma_.lower() in _frame_words("holders", "staff", self.language) and \
            any(c.lower_ in _OWN_POSSESSIVES for c in kids(subject)) and \
            self.a.holder_of(subject) == "service"

    def _instructions(self) -> None:
        """Solution as a how-to: a numbered step or a practical imperative opening a
        sentence (« Coupe l'eau au compteur », "Open Card > Unfreeze"); an imperative that
        says a tone itself (« Découvrez », "Hurry") is that tone's. A how-to is a sequence:
        one imperative alone ("Come and see") is not."""
        steps: list[tuple[int, int, str | None]] = []
        # (a step may be a page's heading: "## 1. You drop the car off")
        for m in re.finditer(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(\d{1,2}[.)])[ \t]+\S", self.a.text):
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is not None and len(span) and not self._customer_words(span[0]):
                steps.append((m.start(1), m.end(1), m.group(1)))
        numbered = {start for start, _, _ in steps}
        for sentence in self.a.sentences:
            words = [t for t in features.span_tokens(sentence) if not (t.is_punct or t.is_space)]
            if not words or self._customer_words(words[0]) or any(
                    sentence.start_char <= n < sentence.end_char for n in numbered):
                continue
            if features.text_of(sentence).rstrip().endswith("?"):
                continue  # "Know someone who'd love it?", « Envie d'essayer ? »: asked, no step
            head = next((t for t in words[:3] if t.pos_ in ("VERB", "AUX")), None)
            if head is not None and _call_to_action(self.a.text, head.idx):
                continue  # "Go to Monitor", « Découvrir l'offre »: a button, not a step
            if head is None or not (self._imperative(head) or
                                    "Imp" in features.morph(head).get("Mood")) or \
                    self.lexicon.lookup(head, self.language) or head.i in self.covered:
                continue
            steps.append((head.idx, head.idx + len(head.text), None))
        if len(steps) >= 2:
            for start, end, label in steps:
                # a numbered step is a procedure's own structure: it weighs more than an
                # imperative that may open a sentence of any kind
                self._signal("numbered_step" if label else "instruction", start, end,
                             label=label)

    def _deadline_calls(self) -> list[tuple[int, int]]:
        """In a draft that counts what is left (pressure words: « plus que deux créneaux »,
        "We will not be restocking"), the sentences that call the reader to act by a near
        date (« Commandez aujourd'hui. », « réserve ton créneau d'ici dimanche », "Order
        today."): the countdown's deadline, not a time the reader gains. Each gets the
        signal `urgent_imperative` on its verb; their character spans are returned. Read on
        the text's sentences: the small French model cuts « Réserve ton créneau » apart."""
        if sum(e.weight for e in self.evidence if e.tone == "pressure") < 1.0:
            return []
        pattern = _word_pattern("deadlines", self.language)
        second = _SECOND_PERSON[self.language]
        out = []
        for m in re.finditer(r"[^.!?…\n]+[.!?…]*", self.a.text):
            if not pattern.search(m.group()):
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            words = [t for t in span if t.is_alpha] if span is not None else []
            if not words or self._customer_words(words[0]):
                continue
            # a call to the reader: an imperative, or a verb with the reader in the sentence
            # (the small French model reads « réserve ton créneau » as a subjunctive)
            verb = next((t for t in words if self._imperative(t) or
                         "Imp" in features.morph(t).get("Mood")), None)
            addressed = any(t.lower_ in second for t in words)
            # … unless the sentence's main verb has a subject other than the reader: "We look
            # forward to you joining us tomorrow", « nous vous attendons demain » is the brand
            # telling, not a call
            tops = [t for t in words if t.head is t or not span.start <= t.head.i < span.end]
            told = any(c.dep_.startswith("nsubj") and c.lower_ not in second
                       for t in tops for c in kids(t))
            if verb is None and addressed and not told:
                verb = next((t for t in words if t.pos_ == "VERB"), None)
            if verb is None and (addressed or len(words) <= 6) and words[0].pos_ not in (
                    "DET", "PRON", "NUM", "ADP", "ADV") and not any(
                    t.dep_.startswith(("nsubj", "expl")) for t in span):
                # "Order today.", « Réserve ton créneau d'ici dimanche »: a call with no
                # subject, whose verb the small models take for a noun
                verb = words[0]
            if verb is not None:
                out.append((m.start(), m.end()))
                self._signal("urgent_imperative", verb.idx, verb.idx + len(verb.text))
        return out

    def _office_signature(self) -> None:
        """Coldness as a notice signed by an office: the draft's last line names a
        department, not a person or a team (« La Direction », « Service sinistres
        Gambadou », "Gambadou Claims", "The Management"). « L'équipe », "The team", a first
        name are people."""
        text = self.a.text.rstrip()
        start = text.rfind("\n") + 1
        if start <= 0:
            return  # (one line: no signature)
        line = text[start:].strip()
        offset = start + text[start:].find(line)
        name = re.sub(r"^[-—–\s]+", "", line).rstrip(" .").lower()
        if not name or len(name.split()) > 6 or name[-1] in "!?:" or _greets_by_name(text):
            return  # (« Bonjour Monsieur Diallo … Le service client »: the usual sign-off)
        name = re.sub(r"^(?:la|le|les|l['’]|the)\s*", "", name)
        offices = _word_set("office_words", self.language)
        if not any(name == o or name.startswith((o + " ", o + ",")) or
                   name.endswith(" " + o) and "," not in name for o in offices):
            # ("Daniel Price, Customer Care": a person signs)
            return
        span = self.doc.char_span(offset, offset + len(line), alignment_mode="expand")
        if span is None or not len(span) or self._customer_words(span[0]):
            return
        self._signal("office_signature", offset, offset + len(line))

    def _fact_lines(self) -> list[tuple[int, int, int | None]]:
        """Solution as a fact sheet or a FAQ: lines that give a field and its value
        (« Durée : 60 min », "Lead time: 10 working days"), a bullet without a verb ("•
        Invoices payable at 30 days") or a question the brand answers on the same line
        ("How long is a game? 60 minutes."). Three such lines make a sheet; fewer are a
        page's detail. (start, end, end of the field's name or None) of each line."""
        text = self.a.text
        lines, at = [], 0
        for raw in text.split("\n"):
            lines.append((at, at + len(raw), raw))
            at += len(raw) + 1
        found: list[tuple[int, int, int | None]] = []
        if any(self._customer_words(t) for t in features.tokens(self.doc) if t.is_alpha):
            return found  # a dialogue: « Agent : Oui, tout à fait. » is a turn, not a field
        field = re.compile(r"^\s*(?:[•▪·*–—-]\s*)?([A-ZÀ-Ý][^:?!.\n]{0,40}?)\s?:\s*\S")
        bullet = re.compile(r"^\s*[•▪·*–—-]\s+\S")
        answered = re.compile(r"^\s*[^?\n]{3,100}\?\s+\S")
        for lo, hi, raw in lines:
            line = raw.strip()
            if not line or len(line.split()) > 16:
                continue
            span = self.doc.char_span(lo, hi, alignment_mode="expand")
            if span is None or not len(span) or self._customer_words(span[0]):
                continue
            m = field.match(raw)
            if m and len(m.group(1).split()) <= 4:
                value = self.doc.char_span(lo + m.end() - 1, hi, alignment_mode="expand")
                if value is not None and not _finite(value):
                    found.append((lo, hi, lo + m.end(1)))
                continue
            if bullet.match(raw) and not _finite(span):
                found.append((lo, hi, None))
            elif answered.match(raw) and not raw.rstrip().endswith("?"):
                found.append((lo, hi, None))
        filled = sum(1 for _, _, raw in lines if raw.strip())
        # the sheet is the draft's body, not a page's three practical bullets
        return found if len(found) >= 3 and len(found) >= 0.5 * filled else []

    def _lifted_burdens(self) -> None:
        """Reassurance as a state promised safe: a cost, risk or chore for the reader
        that the brand's clause denies (« pas de frais cachés », « vous n'avez pas à
        gérer les papiers », « rien ne sera déduit », "nobody will ask you for cash",
        "nothing to pay", "it isn't charged"). A sentence that sets a condition on the
        reader (« si vous ne payez pas… », "unless…") is no promise."""
        burdens, negative_subjects = _burden_words(self.language)
        conditions, _ = _ultimatum_words(self.language)
        for t in features.tokens(self.doc):
            if t.i in self.covered or not t.is_alpha or not (
                    t.lower_ in burdens or t.lemma_.lower() in burdens) or \
                    self._customer_words(t):
                continue
            if conditions.search(features.text_of(t.sent)):
                continue
            if self._in_a_condition(t):
                continue
            if self._burden_denied(t, negative_subjects) and not self._chore_refused(t):
                self._signal("burden_lifted", t.idx, t.idx + len(t.text))

    def _safety_nets(self) -> None:
        """Reassurance as a safety net held out: should anything go wrong, the brand is
        there (`safety_nets`: « si le moindre souci survient, je vous rappelle », "if
        anything comes up, just ring us", "should anything be missing, reply here"): the
        brand (we, our team) or a word to it (call, reply, tell) in the sentence. The
        reader is not left alone with a trouble still to come — once a draft. Not in the
        customer's words or a question ("And if something goes wrong?"), nor in an
        ultimatum's condition."""
        conditions, _ = _ultimatum_words(self.language)
        help_verbs = _word_set("safety_net_help", self.language)
        for m in _word_pattern("safety_nets", self.language).finditer(self.a.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or self._customer_words(span[0]):
                continue
            sentence = span[0].sent
            if sentence.text.rstrip().endswith("?") or \
                    conditions.search(features.text_of(sentence)):
                continue
            if not any(t.lower_ in _FIRST_PERSON[self.language] or
                       t.lemma_.lower() in help_verbs for t in sentence):
                continue  # "if something slips through, you've got 30 days": a right, no one there
            self._signal("safety_net", m.start(), m.end())
            return

    def _chore_refused(self, token) -> bool:
        """A chore (`chores`) the brand says it will not do itself: « on ne va pas refaire
        le même échange », "we're not redoing it" refuse the reader something; a chore
        spared is the reader's (« vous n'aurez rien à refaire »)."""
        if token.lemma_.lower() not in _word_set("chores", self.language) and \
                token.lower_ not in _word_set("chores", self.language):
            return False
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])
        return any(c.dep_.startswith("nsubj") and c.lower_ in _FIRST_PERSON[self.language]
                   for v in heads for c in kids(v))

    def _doors_closed(self) -> None:
        """Coldness as a door closed on the reader: an act for them denied for good, in
        the passive, with a negative subject (« aucune prolongation ne sera accordée »,
        « aucun échange ne pourra être effectué », "no further review will be carried
        out"). Denying a cost or a chore is the opposite, reassurance (« rien ne sera
        déduit », "nothing is thrown away"), and so is denying a requirement: "no
        membership is needed", « aucun rendez-vous n'est requis » spare the reader a step
        (`spared`)."""
        burdens, negative_subjects = _burden_words(self.language)
        burdens = burdens | _word_set("spared", self.language)
        granted = _word_set("granted_acts", self.language)
        negative_determiners = {"aucun", "aucune", "no", "nul", "nulle"}
        if self.a.function.kind == "interface":
            return  # "No payment instruments are attached": a screen's status line, its wording
        self._bare_refusals()
        for t in features.tokens(self.doc):
            if t.pos_ != "VERB" or self._customer_words(t) or \
                    t.lemma_.lower() in burdens or t.lower_ in burdens:
                continue
            if not any(c.dep_ in ("aux:pass", "auxpass") for c in kids(t)):
                continue
            holders = [t, t.head] if t.dep_ == "xcomp" else [t]  # « ne pourra être effectué »
            if (t.lemma_.lower() in granted or t.lower_ in granted) and \
                    any(self.a.is_negated(h) for h in holders) and not any(
                        c.dep_ in ("agent", "obl:agent") for c in kids(t)):
                # "the vet bill cannot be covered", « ne peut être remboursé »: a refusal
                # nobody signs (unless it lasts only for now: `_for_now`)
                if not self._bounded(t.idx):
                    self._signal("door_closed", t.idx, t.idx + len(t.text))
                continue
            if self._on_record(holders):
                continue  # "no tax has been collected": what was (not) done, a record
            if self._in_a_condition(t):
                continue  # "If no card is provided, …", « si aucun justificatif n'est
                # fourni, … »: the case in which the rest applies, no door closed
            for subject in (c for h in holders for c in kids(h) if c.dep_.startswith("nsubj")):
                denied = any((d.lower_ in negative_subjects or d.lower_ in negative_determiners)
                             and not _number_sign(d) for d in subject.subtree)
                if denied and subject.lemma_.lower() not in burdens and \
                        subject.lower_ not in burdens and not self._bounded(t.idx):
                    self._signal("door_closed", t.idx, t.idx + len(t.text))
                    break

    def _in_a_condition(self, token) -> bool:
        """`token` is in a clause of condition, after its « si » / "if" / "unless" ("If no
        maximum size is specified, …", « s'il n'est pas fourni, … »): the clause sets
        the case the rest of the sentence applies to — it denies, refuses nor orders
        anything itself."""
        start, _ = features.clause_bounds(self.doc, token.i, self.language)
        return any(w.lower_ in ("si", "s'", "s’", "if", "unless")
                   for w in features.tokens(self.doc)[start:token.i])

    def spec_wording(self) -> None:
        """On a technical page — documentation of how a system works — a requirement in
        the impersonal or the passive (« chaque variable doit être séparée », « il faut
        exécuter python », "it is required to set a password", "DSA keys are not accepted")
        is the system's specification in its usual wording, not an office's coldness to the
        reader: read as none. Unless its sentence speaks of the reader or their own things
        (« votre demande doit être signée ») or withholds an act of service from them
        (« aucun remboursement n'est effectué », `granted_nouns`, `service_acts`)."""
        if not self.documents:
            return
        wording = _word_pattern("spec_wording", self.language)
        served = _word_set("granted_nouns", self.language) | \
            _word_set("service_acts", self.language)
        second = _SECOND_PERSON[self.language]

        def of_the_reader(start: int) -> bool:
            """The requirement's clause names the reader, their things or a service act."""
            span = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None:
                return True
            lo, hi = features.clause_bounds(self.doc, span.start, self.language)
            # (on a page that is no technical one, the reader's case named there too: « aucune
            # réponse ne sera apportée aux demandes incomplètes »)
            return any(t.lower_ in second or t.lemma_.lower() in served or t.lower_ in served
                       or not self.technical and self._a_dealing(t)
                       for t in self.doc[lo:hi])

        kept = []
        for e in self.evidence:
            spec = e.tone == COLD and (
                e.signal in ("impersonal", "door_closed") or
                e.signal is None and wording.fullmatch(e.text.lower().strip()) is not None)
            if not spec or of_the_reader(e.start):
                kept.append(e)
        self.evidence[:] = kept

    def _bare_refusals(self) -> None:
        """A door closed in a sentence of its own, with no verb: the act for the reader
        named by its noun and refused (« Aucun remboursement. », « Pas d'échange. », "No
        refund.", "No extensions."). A refusal with its reason or its terms around it
        (« sans ordonnance, pas de remboursement », "after that, no refund") states a rule
        in its sentence; a question asks."""
        nouns = _word_set("granted_nouns", self.language)
        bans = _word_pattern("bans", self.language)
        for m in re.finditer(r"[^.!?…\n:;]+", self.a.text):
            piece = m.group()
            body = piece.strip()
            opening = bans.match(body)
            if opening is None or self.a.text[m.end():m.end() + 1] == "?":
                continue
            rest = re.findall(r"[^\W\d_][\w'’-]*", body[opening.end():])
            if not rest or len(rest) > 2 or rest[0].lower() not in nouns and \
                    (len(rest) < 2 or rest[1].lower() not in nouns):
                continue
            start = m.start() + piece.find(body)
            if self._customer_words_at(start):
                continue
            self._signal("door_closed", start, start + len(body))

    @staticmethod
    def _on_record(holders) -> bool:
        """The passive tells what was or has been (not) done — a perfect or a past (« aucun
        impôt n'a été prélevé », "no tax has been collected", "no goods were to be
        provided"): a receipt's or a file's record of the case, no door closed on an act
        still to come (« ne sera accordée », "will be carried out", "cannot be")."""
        auxes = [c for h in holders for c in kids(h) if c.dep_.startswith("aux")]
        return any(c.lemma_.lower() in ("have", "avoir") or
                   "Past" in features.morph(c).get("Tense") and
                   c.lemma_.lower() not in ("pouvoir", "devoir", "can", "could", "may",
                                            "might", "must", "should", "would", "will")
                   for c in auxes)

    def _burden_denied(self, token, negative_subjects: frozenset[str]) -> bool:
        doc = self.doc
        start, _ = features.clause_bounds(doc, token.i, self.language)
        before = [t for t in features.tokens(doc)[max(start, token.i - 3): token.i]]
        determiners = {"sans", "aucun", "aucune", "zéro", "nul", "nulle", "no", "without",
                       "zero", "nothing", "rien"}
        words = [t.lower_ for t in before]
        if any(w in determiners for w in words):
            return True  # « sans frais », « aucun frais », "no fee", "nothing to pay"
        if token.pos_ in ("NOUN", "ADJ") and len(words) >= 2 and words[-2:] in (
                ["pas", "de"], ["pas", "d'"], ["pas", "d’"]) or \
                token.pos_ in ("NOUN",) and len(words) >= 3 and words[-3] == "pas" and \
                words[-2] in ("de", "d'", "d’"):
            return True  # « pas de frais », « pas de mauvaise surprise »
        if token.pos_ in ("VERB", "AUX") and words[-2:] in (["pas", "à"], ["rien", "à"]):
            return True  # « vous n'avez pas à gérer », « rien à payer »
        if " ".join(words[-3:]).endswith(("no need to", "pas besoin de", "pas besoin d'")):
            return True
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        if verb.pos_ == "ADP":
            verb = verb.head  # "ask you for cash"
        if verb.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") and (c.lower_ in negative_subjects or any(
                    d.lower_ in ("aucun", "aucune", "no", "nul", "nulle") for d in kids(c)))
                for c in kids(verb)):
            return True  # "nobody will ask you for cash", « aucune intervention ne démarre »
        if token.pos_ in ("VERB", "AUX") or token.tag_ == "VBN":
            if self.a.is_negated(token):
                return True  # « il n'est pas facturé », "we won't charge you"
            head = token.head
            return token.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in (
                "have", "need", "avoir", "devoir", "falloir") and self.a.is_negated(head)
        return False

    def _ultimatums(self) -> None:
        """A sanction unless the reader acts, in the brand's own sentence: « Sans virement
        de ta part sous 48 h, ta carte sera bloquée », "Unless the full amount is received
        within 48 hours, we will pass your account to a debt collection agency"."""
        conditions, sanctions = _ultimatum_words(self.language)
        deadlines, losses = _deadline_ultimatum_words(self.language)
        for sentence in self.a.sentences:
            words = [t for t in features.span_tokens(sentence) if t.is_alpha]
            text = features.text_of(sentence)
            if not words or self._customer_words(words[0]):
                continue
            by_deadline = deadlines.search(text)
            if not (by_deadline or conditions.search(text)):
                continue
            hit = next(((t.idx, t.idx + len(t.text)) for t in words
                        if (t.lemma_.lower() in sanctions or t.lower_ in sanctions)
                        and not self._customer_words(t) and not self.a.is_negated(t)
                        and not self._readers_own_act(t) and not self._feature_purpose(t)),
                       None)
            if hit is None and by_deadline:
                # what the reader loses by missing the date, in plain words (« passeront
                # derrière la liste d'attente », "will pay the new rate", "or they go to
                # the waiting list"): only with the deadline, since a waiting list offered
                # to the reader who found no seat is help
                loss = losses.search(text, by_deadline.start())
                if loss is not None:
                    hit = (sentence.start_char + loss.start(), sentence.start_char + loss.end())
            if hit is not None:
                self._signal("ultimatum", *hit)

    def _feature_purpose(self, token) -> bool:
        """What a feature is for, not a sanction on the reader: the word is the purpose of
        what the product does, an infinitive after « pour » / "to" ("Can be combined with
        our access control to block file types unless they are encrypted", « Se combine
        avec le contrôle d'accès pour bloquer les envois à défaut de chiffrement »), in a
        sentence that names no reader (« … pour bloquer votre carte » is theirs)."""
        if token.dep_ != "advcl" or not any(
                c.dep_ in ("aux", "mark") and c.lower_ in ("to", "pour", "afin")
                for c in kids(token)):
            return False
        second = _SECOND_PERSON[self.language]
        return not any(t.lower_ in second for t in token.sent)

    def _readers_own_act(self, token) -> bool:
        """The reader's own act, not a sanction on them: a verb whose subject is the reader
        ("If you choose to cancel…", « si vous décidez de résilier… »), or the purpose of a
        step they take ("click here to cancel", « cliquez ici pour annuler »)."""
        suffered = {w.lower() for w in _settings()["ultimatum"]["suffered"][self.language]}
        if token.lemma_.lower() in suffered or token.lower_ in suffered:
            return False  # "you will lose your seat": the reader is its subject, not its actor
        before = re.split(r"[.;!?\n]", self.a.text[:token.idx])[-1]
        if _step_purposes(self.language).search(before):
            return True  # (read on the text: the parse of « cliquez ici pour l'annuler » fails)
        second = _SECOND_PERSON[self.language]
        verb, steps = token, 0
        while steps < 3:
            if any(c.dep_.startswith("nsubj") and c.lower_ in second for c in kids(verb)):
                return True
            if verb is not token and self._imperative(verb):
                return True
            if verb.dep_ not in ("xcomp", "advcl", "acl", "ccomp", "conj") or verb.head is verb:
                return False
            verb, steps = verb.head, steps + 1
        return False

    def _shouting(self) -> None:
        """A word in capitals (« n'est PAS confirmé », "URGENT") outside joy and surprise
        (« Merci, merci, MERCI 🥳 » celebrates): the draft raises its voice."""
        if self.technical:
            return  # ACME, OCSP, "MUST NOT", « RECOMMANDÉ »: a page's terms and keywords
        cheerful = {e.start for e in self.evidence if e.tone in ("joy", "surprise")}
        for sentence in self.a.sentences:
            lo, hi = sentence.start_char, sentence.end_char
            if any(lo <= c < hi for c in cheerful):
                continue
            for t in features.span_tokens(sentence):
                if not t.text.isupper() or _title_line(self.a.text, t.idx) or \
                        self._a_name(t) or self._keyword_to_send(t):
                    continue  # (« AVIS DE DISPARITION », "BEFORE YOU GO IN": a heading)
                word = t.is_alpha and len(t.text) >= 4 and t.lower_ not in _ACRONYM_SAFE \
                    and any(c in "AEIOUYÀÂÉÈÊËÎÏÔÛÙ" for c in t.text) \
                    and not self._customer_words(t)
                if word or t.lower_ in ("pas", "not", "no", "now"):
                    self._signal("shouting", t.idx, t.idx + len(t.text))

    def _keyword_to_send(self, token) -> bool:
        """A word in capitals the reader is asked to send back ("Reply MOVE", "Text STOP",
        « Répondez DEPLACER », « répondez OUI ou NON »): the keyword a text service reads,
        written as it must be typed, not a raised voice. It follows a verb of `keyword_verbs`,
        with only quotes, "with", "or" or other keywords between; a word of the moment
        ("Reply NOW", « Répondez MAINTENANT ») is a shout."""
        if token.lower_ in _settings()["keyword_verbs"]["moment"]:
            return False
        verbs = _word_set_in("keyword_verbs", "verbs", self.language)
        links = {"with", "or", "avec", "ou", ":", "«", "»", '"', "“", "”", "'", "‘", "’"}
        for before in reversed(self.tokens[max(token.i - 4, 0):token.i]):
            if before.lower_ in verbs:
                return True
            if not (before.lower_ in links or before.text.isupper() and before.is_alpha):
                return False
        return False

    def _a_name(self, token) -> bool:
        """A word in capitals that names a thing, not a raised voice: a term ("ACME", « la
        racine (STAGING) ») bound into a noun phrase with a noun ("the ACME protocol", « le
        client ACME »), or an acronym the draft uses as a name (`_acronyms`)."""
        return token.i in self.terms or token.text in self._acronyms() or \
            token.text in self._terms_written() or self._capitals_named(token)

    def _terms_written(self) -> frozenset[str]:
        """The words in capitals the draft binds into a noun phrase somewhere (`terms`: "the
        DMARC validation", « la validation DMARC »): a name there is a name wherever it
        stands in the draft (« ne validera pas DMARC »)."""
        return frozenset(self.tokens[i].text for i in self.terms
                         if self.tokens[i].text.isupper())

    def _capitals_named(self, token) -> bool:
        """A run of words in capitals after a determiner ("the ENVELOPE FROM and HEADER
        FROM", « le champ HEADER FROM »), two words at least or joined by a slash, none of
        them a tone word: a field's or a protocol's name written as the standard spells it,
        not a raised voice ("the LAST CHANCE" says pressure in its own words)."""
        def capital(t) -> bool:
            return t.is_alpha and t.text.isupper() and len(t.text) > 1

        lo = token.i
        while lo > 0 and (capital(self.tokens[lo - 1]) or self.tokens[lo - 1].text == "/"):
            lo -= 1
        hi = token.i + 1
        while hi < len(self.tokens) and (capital(self.tokens[hi]) or
                                         self.tokens[hi].text == "/"):
            hi += 1
        run = self.tokens[lo:hi]
        words = [t for t in run if capital(t)]
        if len(run) < 2 or lo == 0 or any(self.lexicon.lookup(t, self.language)
                                          for t in words):
            return False
        before = self.tokens[lo - 1]
        if before.pos_ == "DET" or before.pos_ == "NOUN" and lo > 1 and \
                self.tokens[lo - 2].pos_ == "DET":
            return True  # (« le champ RETURN PATH », "the header REPLY TO")
        # the second of two names ("the ENVELOPE FROM and HEADER FROM")
        return before.pos_ == "CCONJ" and lo > 1 and capital(self.tokens[lo - 2]) and \
            self._capitals_named(self.tokens[lo - 2])

    def _acronyms(self) -> frozenset[str]:
        """The acronyms the draft uses as names, wherever they stand: one spelled out
        beside its letters in brackets ("The Generic Cell Rate Algorithm (GCRA)",
        "ISRG (Internet Security Research Group)"), one that owns something ("ISRG's
        asset") or one that takes the article of a name (« l'ISRG », « de l'ACME »). A word
        shouted in capitals ("NOW", « PAS ») is none of these."""
        if self._named_acronyms is None:
            tokens = features.tokens(self.doc)
            found = set()
            for t in tokens:
                if not (t.is_alpha and len(t.text) >= 2 and t.text.isupper()):
                    continue
                before = tokens[t.i - 1].text if t.i else ""
                after = tokens[t.i + 1].text if t.i + 1 < len(tokens) else ""
                if before == "(" and after == ")" or after == "(" or \
                        after.lower() in ("'s", "’s") or before.lower() in ("l'", "l’"):
                    found.add(t.text)
            self._named_acronyms = frozenset(found)
        return self._named_acronyms

    def _talked_down(self) -> None:
        """Irritation behind polite words, as the reply's reading finds it: the customer
        talked down to (« comme je vous l'ai déjà dit », "as clearly stated on our site",
        a thing defined to them as to a beginner) is the brand sounding fed up
        (frustration), whatever its courtesy."""
        if not self.a.channel.service:
            return
        for cue in self.a.reply.condescension:
            start = self.tokens[cue.start].idx
            end = self.tokens[cue.end - 1].idx + len(self.tokens[cue.end - 1].text)
            if any(e.tone in NEGATIVE and e.start < end and start < e.end for e in self.evidence):
                continue  # (the tone lexicon already read those words)
            self._signal("talked_down", start, end)

    def _reproaches(self) -> None:
        """Reproach in the brand's voice, however polite its words: the case laid at the
        reader's door — a fault named theirs, as the frame reads it in a reply ("You
        entered the wrong address", « vous avez mal saisi votre adresse »), or the reader's
        act that would have spared it, in the past unreal (« Si vous aviez fermé vos
        volets…, on n'en serait pas là », "If you had read the guide, this would never
        have happened"), or respect asked of them for the brand's people or their work
        (« merci de respecter le travail de l'équipe », "show a little more respect"):
        frustration. A fault the brand owns, advice for next time, a hypothesis put to the
        reader and rules to respect are not reproaches."""
        found = []
        if self.a.channel.service or self.a.is_personal_reply:
            for cue in self.a.reply.blame:
                if cue.detail:
                    continue  # (a product fault denied, advice for next time: the reply's)
                start = self.tokens[cue.start].idx
                end = self.tokens[cue.end - 1].idx + len(self.tokens[cue.end - 1].text)
                found.append((start, end))
        for key in ("reproach_counterfactuals", "respect_owed"):
            for m in _word_pattern(key, self.language).finditer(self.a.text):
                found.append((m.start(), m.end()))
        for start, end in found:
            if self._customer_words_at(start):
                continue
            self._signal("reproach", start, end)

    def _curt_turns(self) -> None:
        """Coldness as curt turns in a call script: the agent's sentences of one or two
        words, with no warmth, courtesy or exclamation (« Non. », « Non plus. », « Voilà.
        Autre chose ? », "Order number?", "Should be."), and every sentence of a turn made
        of three clipped ones or more ("That's not an emergency. We're closed. Call back
        in the morning."), and a few bare words that send the caller away to read it for
        themself ("Check the website.", « Tout est sur le site. »). Only in a script, where the
        customer's turns are there to be answered, and only on a line that names its
        speaker: a letter that quotes the customer has no turns, and its sign-off (« Bien
        cordialement, », "Kind regards,") or signature is the letter's frame."""
        if not self.a.channel.service or not any(self._customer_words(t) for t in self.doc
                                                  if t.is_alpha):
            return
        courtesy = _courtesy(self.language)
        sent_away = _word_pattern("sent_away", self.language)
        second = _SECOND_PERSON[self.language]
        warm = [e.start for e in self.evidence if e.tone in POSITIVE and e.signal is None]
        # (a clipped turn's warmth, as a clipped reply's: what the agent does or how soon
        # is no warmth — « Rappelez lundi. » tells the caller to call back)
        kind = [e.start for e in self.evidence if e.tone in POSITIVE and e.signal is None
                and e.tone not in ("speed", "solution", "deal")]
        text, at = self.a.text, 0
        # read on the text's lines and sentences: the parser runs turns together
        for line in text.split("\n"):
            label = re.match(r"\s*[^\W\d][^:\n]{0,30}:", line)
            body = at + (label.end() if label else 0)
            at += len(line) + 1
            if label is None:
                continue
            # (a point inside a figure, "8.30 am", « 23.80 € », ends no sentence)
            pieces = [(body + m.start(), body + m.end(), m.group().strip())
                      for m in re.finditer(r"(?:[^.!?…]|[.!?…](?![\s.!?…]|$))+[.!?…]*",
                                           text[body:at - 1])
                      if re.search(r"[^\W\d_]", m.group())]
            # a turn of clipped sentences only, three or more of a few words each, with no
            # question, courtesy nor warmth ("That's not an emergency. We're closed. Call
            # back in the morning."): the whole turn is curt, not only its shortest bits
            clipped = len(pieces) >= 3 and all(
                len(re.findall(r"[^\W\d_][\w'’-]*", piece)) <= 5 and
                not re.search(r"[!?]", piece) and not courtesy.search(piece) and
                not any(lo <= c < hi for c in kind) for lo, hi, piece in pieces)
            # (a turn that says no to the caller with no warmth anywhere in it: « On ne se
            # déplace pas pour ça. », "We don't do that." — not "I'm sorry, we can't let
            # dogs in")
            turn_warm = any(body <= c < at for c in kind)
            for lo, hi, piece in pieces:
                words = re.findall(r"[^\W\d_][\w'’-]*", piece)
                # (the caller sent away, in a few bare words: to read it for themself ("Check
                # the website.", « Tout est sur le site. »), to someone else ("Contact your
                # insurer.", « Voyez avec votre assurance. ») or to another day)
                away = len(words) <= 6 and bool(sent_away.search(piece))
                refused = not turn_warm and len(words) <= 10 and self._refused_act(lo, hi)
                if not words or len(words) > (5 if clipped or away else 2) and not refused or \
                        "!" in piece or courtesy.search(piece) or \
                        self._customer_words_at(lo + text[lo:hi].find(words[0])) or \
                        any(lo <= c < hi for c in (kind if clipped else warm)):
                    continue
                if words[0].lower() in _TITLES or not (away or refused) and any(
                        w.lower() in second or w.lower()[:2] in ("t'", "t’")
                        for w in words):
                    continue  # (« Bonjour. », "Hello?" greet; « Je t'écoute. » attends)
                if all(w[:1].isupper() for w in words) and len(words) == 2:
                    continue  # « Gondavel, Romain. »: the agent names themself
                self._signal("curt_turn", lo, hi, label=piece)

    def _refused_act(self, start: int, end: int) -> bool:
        """The sentence at `start:end` is the brand saying no to an act of its own, now or as
        its rule: a negated verb whose subject is the brand's « nous » / « on » / "we", not in
        the past (« On ne se déplace pas pour une branche », "We don't come out for
        branches", « Nous ne prenons pas de liste d'attente »). Not a cost or a chore the
        reader is spared ("we don't charge for that", « on ne facture pas le déplacement »),
        a question, a condition, nor what was (not) done (« on n'a pas reçu »)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or "?" in self.a.text[start:end]:
            return False
        burdens, _ = _burden_words(self.language)
        # (a chore denied to the brand's own doing is its refusal: « on ne se déplace pas »)
        spared = burdens - _word_set("chores", self.language) | \
            _word_set("spared", self.language)
        brand = {"we", "nous", "on"}
        for verb in span:
            if verb.pos_ not in ("VERB", "AUX") or not self.a.is_negated(verb) or \
                    self._in_a_condition(verb):
                continue
            kids_ = list(kids(verb))
            # the verb and what it acts on, through a preposition ("charge for the visit")
            acted = [verb, *kids_, *(g for c in kids_ if c.pos_ == "ADP" for g in kids(c))]
            if any(t.lemma_.lower() in spared or t.lower_ in spared for t in acted
                   if t is verb or t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")):
                continue  # "we don't charge for that", « pas besoin de … »: a burden spared
            if not any(c.dep_.startswith("nsubj") and c.lower_ in brand for c in kids_):
                continue
            tenses = [features.morph(x).get("Tense") for x in [verb, *kids_]
                      if x is verb or x.dep_.startswith("aux")]
            if any("Past" in (tense or "") for tense in tenses) and verb.tag_ != "VBP" or \
                    any(c.dep_.startswith("aux") and c.lemma_.lower() in ("have", "avoir")
                        for c in kids_):
                continue
            return True
        return False

    def _worry_addressed(self) -> None:
        """Reassurance as the draft's purpose: a title, a subject or an opening line that
        names a risk or a worry of the reader (« Prévention de la noyade », "Pool safety",
        « Est-ce que ça fait mal ? », "Worried about your paintwork?", "Subject: The
        heatwave forecast") says what the draft is for — to calm that worry. A careful
        reader names it so, whatever it then sets out to that end (rules, steps, hours,
        acts): those serve the reader's safety (signal `worry_topic`, once a draft, when
        the draft goes on to serve it). The
        opening is the draft's first line, short (at most `worry_topic_words` words), in
        the brand's own voice: a quoted customer's fear is the customer's story."""
        text = self.a.text
        if features.spoken_turns(text, self.language):
            return  # (a script's turns are a conversation: a worry asked about is no title)
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line.split()) > _settings()["worry_topic_words"]:
            # a post of one paragraph opens on its first sentence ("Worried about renting a
            # wheelchair for the first time? Here is how it works…")
            first = re.match(r"[^.!?]*[.!?]", line)
            line = first.group() if first else line
        if not line.strip() or len(line.split()) > _settings()["worry_topic_words"] or \
                line.lstrip()[:1] in "«[“\"" or self._customer_words_at(start):
            return
        m = _word_pattern("worry_topics", self.language).search(line)
        # the draft then serves it (a rule, a step, an hour, an act, a word of comfort): a
        # sign titled "safety rules" that tells the founder's story calms no worry
        if m is not None and any(e.tone in _SERVING_A_WORRY and e.weight > 0 and
                                 e.start >= start + m.end() for e in self.evidence):
            self._signal("worry_topic", start + m.start(), start + m.end())

    def _worries_denied(self) -> None:
        """Reassurance as the customer's worry answered « non »: in a call script, the
        agent's negated clause takes up a word of the customer's turn just before (« c'est
        fichu, je suppose ? » → « ce n'est pas fichu », "we're going to miss it" → "you
        won't miss anything", "I've been charged twice" → "you haven't been charged
        twice"). Not a refusal: a negated ability or permission (« vous ne pouvez pas »,
        "you can't") or a clause the tone reads as negative denies what was asked, not what
        was feared."""
        if not self.a.channel.service:
            return
        said: set[str] = set()
        at = 0
        for line in self.a.text.split("\n"):
            lo, hi = at, at + len(line)
            at = hi + 1
            label = re.match(r"\s*[^\W\d][^:\n]{0,30}:", line)
            if label is None:
                continue
            # the turn's words, without its label (« Patient : », "Caller:")
            span = self.doc.char_span(lo + label.end(), hi, alignment_mode="expand")
            words = [t for t in span if t.is_alpha] if span is not None else []
            if not words:
                continue
            if self._customer_words(words[-1]):
                said = {t.lemma_.lower() for t in words if _content_word(t)}
                continue
            for t in words:
                if t.lemma_.lower() not in said or not _content_word(t) or \
                        self._customer_words(t):
                    continue
                verb = t if self.a.is_negated(t) else t.head
                sent = t.sent
                near = [verb, *kids(verb), *self.doc[max(sent.start, t.i - 6):t.i]]
                if not (self.a.is_negated(verb) or _negated_in_clause(t)) or \
                        any(w.lemma_.lower() in _ABILITY for w in near) or any(
                        e.tone in NEGATIVE or e.tone == COLD for e in self.evidence
                        if sent.start_char <= e.start < sent.end_char and e.signal is None):
                    continue
                self._signal("worry_denied", t.idx, t.idx + len(t.text))
                break
            said = set()

    def _kept_informed(self) -> None:
        """Reassurance as the reader kept informed: the brand (we/I) will call, text or
        write to them when the news comes (« je vous rappelle dès que je sais si le cours
        a lieu », "we'll call you back as soon as we know", "I'll let you know once it's
        in"). The reader will not be left waiting without a word; the call itself is the
        brand's act and reads so beside it. Only in a reply: a page that says "we text
        you when it's ready" tells how things go, of no one's case. Not a reminder
        (« nous vous rappelons que… »), a past call ("we called you when…"), nor a thing
        sent (« je vous envoie la notice dès réception »): only a message, on news to
        come (`kept_informed`)."""
        if not (self.a.channel.service or self.a.is_personal_reply):
            return  # ("we text you when it's ready" on a counter notice: how it goes, no case)
        table = _settings()["kept_informed"]
        verbs = _kept_informed_words("verbs", self.language)
        messages = _kept_informed_words("messages", self.language)
        news = _word_pattern_in("kept_informed", "news", self.language)
        first = _FIRST_PERSON[self.language] - {"our", "notre", "nos", "me", "m'", "moi"}
        second = _SECOND_PERSON[self.language]
        text = self.a.text
        for t in self.tokens:
            if t.pos_ != "VERB" or t.lemma_.lower() not in verbs or self._customer_words(t) \
                    or self.a.is_negated(t) or _told_in_past([t]):
                continue
            children = kids(t)
            if not any(c.dep_.startswith("nsubj") and c.lower_ in first for c in children):
                continue
            # ("let you know": the reader is the subject of its "know")
            heard = [*children] + [g for c in children if c.lemma_.lower() == "know"
                                   for g in kids(c)]
            reader = [c for c in heard if c.lower_ in second or c.dep_ in ("dobj", "obj") and
                      any(d.lower_ in ("every", "each", "all", "chaque", "toutes", "tous")
                          for d in kids(c))]
            if not reader:
                continue
            if t.lemma_.lower() in ("envoyer", "send", "drop") and not any(
                    c.dep_ in ("obj", "dobj") and c.lemma_.lower() in messages for c in children):
                continue  # a thing sent, not a word
            if t.lemma_.lower() == "let" and not any(c.lemma_.lower() == "know" for c in children):
                continue
            after = text[t.idx + len(t.text):min(t.sent.end_char, t.idx + len(t.text) +
                                                     table["news_reach"])]
            if re.match(r"\s*(?:que|qu['’]|that)\b", after, re.I) or not news.search(after):
                continue  # « nous vous rappelons que… »: a reminder
            self._signal("kept_informed", t.idx, t.idx + len(t.text))

    def _bans_listed(self) -> None:
        """Coldness as a notice of bare bans: two lines or more that each forbid a thing
        with no verb, no reason and no way round (« Pas de dégustation. », « Pas de
        toilettes pour la clientèle. », "No tasting.", "No card payments under €5.", « Vélos
        sales refusés. », "Pets not allowed."). A
        question (« Pas de rendez-vous ? ») or a line that spares the reader something
        (« Pas de frais cachés », "No booking needed": a tone of its own) is no ban."""
        opening = _word_pattern("bans", self.language)
        closing = _word_pattern("ban_endings", self.language)
        spared = _word_set("spared", self.language) | _burden_words(self.language)[0]
        found = []
        at = 0
        for line in self.a.text.split("\n"):
            lo = at
            at += len(line) + 1
            body = line.strip().lstrip("-•*· ").strip()
            start = lo + line.find(body) if body else lo
            m = opening.match(body)
            # (or a thing and its refusal, « Vélos sales refusés. », "Muddy boots refused.",
            # whose participle the parser may read as a verb in the past)
            refused = None if m or len(body.split()) < 2 else closing.search(body)
            if not (m or refused) or "?" in body or "!" in body or len(body.split()) > 12:
                continue
            span = self.doc.char_span(start, start + (refused.start() if refused else len(body)),
                                      alignment_mode="expand")
            if span is None or _finite(span) or self._customer_words(span[0]) or \
                    any(t.lemma_.lower() in spared or t.lower_ in spared for t in span) or any(
                    e.tone in POSITIVE and e.tone != "deal" and start <= e.start < at
                    for e in self.evidence):
                continue
            found.append((start, start + len(body)))
        if len(found) >= 2:
            for lo, hi in found:
                self._signal("bans_listed", lo, hi)

    def _bare_salutation(self) -> None:
        """Coldness as a reply that opens on a bare title (« Madame, », "Dear Customer,",
        "Dear Sir or Madam,"): a letter to a file, not to the person who wrote."""
        if not self.a.channel.service:
            return
        text = self.a.text
        first = text.strip().split("\n", 1)[0].strip()
        words = re.findall(r"[\w’'-]+", first.lower())
        if not words or len(words) > 5 or not first.endswith(","):
            return
        generic = _word_set("generic_addressees", self.language)
        if all(w in _GREETINGS for w in words):
            return  # « Bonjour, », "Hello,": a greeting, courtesy that frames a letter
        if all(w in _TITLES or w in generic or w in ("ou", "or", "et", "and") for w in words):
            start = text.find(first)
            self._signal("bare_salutation", start, start + len(first))

    def _effort_told_back(self) -> None:
        """Disappointment as effort told back to the reader: in a draft already
        disappointed, the brand's pluperfect (« nous y avions mis tout notre cœur », "we'd
        set out tea for eight") lays its wasted effort at the reader's door. Not in a
        story the draft tells, nor in a reply (the case's past)."""
        if self.a.channel.service or self.a.is_personal_reply or sum(
                e.weight for e in self.evidence if e.tone == "disappointment") < 0.8:
            return
        # read on the text: the small models take « avions » for planes and "we'd" for
        # "we would"
        for m in _word_pattern("effort_told_back", self.language).finditer(self.a.text):
            if self._customer_words_at(m.start()) or self._in_a_story(m.start()):
                continue
            self._signal("effort_told_back", m.start(), m.end())

    def matter_closed(self) -> None:
        """« Point. », "Period." as a sentence of its own closes a matter: a refusal, a rule or
        a sanction said just before it (« Pas de remboursement. Point. », "If this continues,
        we'll close the room. Period."). After a sentence that refuses nothing and carries no
        negative tone ("Git push. Period.", « Un clic. Point. »), it is the emphasis of a
        slogan — how simple a thing is — not anger: read as none."""
        text, cues = self.a.text, _NEGATION_BEFORE[self.language]
        kept = []
        for e in self.evidence:
            if e.tone != "anger" or e.text.strip().lower() not in _FULL_STOPS:
                kept.append(e)
                continue
            before = features.text_sentence_before(text, e.start)
            if before is None:
                continue
            lo, hi = before
            span = self.doc.char_span(lo, hi, alignment_mode="expand")
            matter = any(o is not e and lo <= o.start < hi and o.weight > 0 and
                         (o.tone in NEGATIVE or o.tone == COLD) for o in self.evidence) or \
                span is not None and any(t.lower_ in cues or t.dep_ == "neg" for t in span)
            if matter:
                kept.append(e)
        self.evidence[:] = kept

    def notice_asides(self) -> None:
        """A short notice whose news is a time (« cours déplacé à mercredi 16 h 30 », "pool
        closed tomorrow 8am-12pm"): a careful reader names it by its news, given on time
        and to the point, and the reassuring aside beside it ("no action needed", « pas
        d'inquiétude si… », "open as usual") serves the notice: half its weight is the
        notice's speed (signal `notice_aside`). Opening hours (« du lundi au samedi ») are
        no news, and a script's spoken turns are a conversation, not a notice. An aside is
        one sentence beside the news: reassurance said over several sentences, or in the
        news's own (« vos billets restent valables demain »), is what the draft says."""
        hours = _word_pattern("hours_ranges", self.language)
        news = [e for e in self.evidence if e.signal == "time_given" and not any(
            m.start() <= e.start < m.end() for m in hours.finditer(self.a.text))]
        if not news or len(self.a.text.split()) > _settings()["notice_words"] or \
                features.spoken_turns(self.a.text, self.language):
            return
        def sentence(at: int) -> int | None:
            return next((s.start_char for s in self.a.sentences
                         if s.start_char <= at < s.end_char), None)
        # (a worry the title names is the draft's purpose, no aside: `_worry_addressed`)
        asides = [e for e in self.evidence if e.tone == "reassurance" and e.weight > 0
                  and e.signal != "worry_topic"]
        held = {sentence(e.start) for e in asides}
        if len(held) > 1 or held & {sentence(e.start) for e in news}:
            return  # reassurance over several sentences, or the news's own, is the draft's
        share = self.signals["notice_aside"]["speed"]
        for i, e in enumerate(list(self.evidence)):
            if e in asides:
                self.evidence[i] = dataclasses.replace(e, weight=e.weight * (1 - share))
                self._signal("notice_aside", e.start, e.end, label="(…)", scale=e.weight)

    def welcome_asides(self) -> None:
        """A worry waved away (« pas d'inquiétude », "no worries") on the reader's first time
        (« Première fois ? Pas d'inquiétude », "No worries if you've never tied a knot")
        welcomes a newcomer to the thing the draft invites them to: there is no mishap to
        answer, and the aside serves the welcome — a share of its weight is joy (signal
        `newcomer_welcome`). The ground is read in the formula's sentence and in a
        question just before it; a worry waved over a mishap (« Carte perdue ? Pas de
        panique », "Parcel late? No stress") keeps its reassurance, and a script's turns
        answer a caller's worry, not a newcomer's. The reader's doubt about coming to an
        outing (`outing_doubts`: the weather, a child too young or too restless, a
        character that looks frightening) is such a ground too: nothing has gone wrong."""
        if features.spoken_turns(self.a.text, self.language):
            return
        waved = _word_pattern("worry_waved", self.language)
        newcomer = _word_pattern("newcomer", self.language)
        doubt = _word_pattern("outing_doubts", self.language)
        sentences = list(self.a.sentences)
        for i, e in enumerate(list(self.evidence)):
            if e.tone != "reassurance" or e.signal is not None or e.weight <= 0 or \
                    not waved.match(e.text):
                continue
            at = next((k for k, s in enumerate(sentences)
                       if s.start_char <= e.start < s.end_char), None)
            if at is None:
                continue
            grounds = [features.text_of(sentences[at])]
            if at and features.text_of(sentences[at - 1]).rstrip().endswith("?"):
                grounds.append(features.text_of(sentences[at - 1]))
            if not any(newcomer.search(g) or doubt.search(g) for g in grounds):
                continue
            share = self.signals["newcomer_welcome"]["joy"]
            self.evidence[i] = dataclasses.replace(e, weight=e.weight * (1 - share))
            self._signal("newcomer_welcome", e.start, e.end, label="(…)", scale=e.weight)

    def offer_news(self) -> None:
        """In a reply with a case to serve (`_case_reply`), good news that announces an offer
        (« Bonne nouvelle : profitez de -15 % … », "Big news: … take 30% off the second one
        with code BLOOM30") is the offer's hook: the paragraph that follows the words
        (`good_news`) pushes a discount in the brand's own words (a deal cue of
        `offer_pitch_weight` at least), and the customer who wrote about their case hears a
        sale announced, not the brand's joy — the words' weight goes to deal (signal
        `offer_news`). Good news of the reader's case (« Bonne nouvelle : votre colis est
        parti ») keeps its joy, and so does a newsletter's cheer at its own offer ("Good
        news: 25% off every box", labelled on a joy channel as cheerful)."""
        if not _case_reply(self.a):
            return
        good = _word_pattern("good_news", self.language)
        pitch = _settings()["offer_pitch_weight"]
        hooks = []
        for e in self.evidence:
            if e.tone != "joy" or e.signal is not None or e.weight <= 0 or \
                    not good.fullmatch(e.text):
                continue
            end = self.a.text.find("\n\n", e.end)
            end = len(self.a.text) if end < 0 else end
            if any(d.tone == "deal" and d.weight >= pitch - 1e-9 and e.end <= d.start < end
                   for d in self.evidence):
                hooks.append(e)
        if not hooks:
            return
        self.evidence = [e for e in self.evidence if not any(e is h for h in hooks)]
        for e in hooks:
            self._signal("offer_news", e.start, e.end, label=e.text, scale=e.weight)

    def notice_news(self) -> None:
        """A short notice is named by its news: a text of at most `notice_words` words on
        the reader's own case (`_readers_case`: « votre devis », "your pass") that gives a
        time or a date ahead (« retrait vendredi 17 h », "your pass runs out on 30 April",
        « votre bon est prêt, valable jusqu'au 30 septembre ») reads as given on time and to
        the point — speed, once for the draft (signal `notice_news`), whatever courtesy,
        aside or price goes with it. (A speed word alone, « viens vite », is no news.)
        Opening hours are no news, a script's turns are a conversation, and a date told
        in the past, in a story or of a letter ("your email dated 3 June") is no time
        ahead; a draft that scolds or threatens is read for that."""
        if len(self.a.text.split()) > _settings()["notice_words"] or \
                features.spoken_turns(self.a.text, self.language) or \
                not self._readers_case() or \
                sum(e.weight for e in self.evidence if e.tone in NEGATIVE) >= 1.0:
            return  # (a notice that scolds or threatens is said for that: « T'as 48 h… »)
        hours = [(m.start(), m.end())
                 for m in _word_pattern("hours_ranges", self.language).finditer(self.a.text)]
        dated = _word_pattern("dated", self.language)
        news = [(e.start, e.end) for e in self.evidence if e.signal == "time_given"]
        news += [(m.start(), m.end())
                 for m in _word_pattern("dates", self.language).finditer(self.a.text)
                 if not self._customer_words_at(m.start()) and not self._in_a_story(m.start())
                 and not dated.search(self.a.text[max(0, m.start() - 20):m.start()])]
        teasers = [(self.a.text.rfind("\n", 0, m.start()) + 1, m.end()) for m in
                   _word_pattern("teaser_subjects", self.language).finditer(self.a.text)]
        news = [n for n in news if not any(lo <= n[0] < hi for lo, hi in hours)
                and not self._told_in_past_text(n[0])
                and not any(lo <= n[0] < self._line_end(hi) for lo, hi in teasers)]
        if news:
            start, end = min(news)
            self._signal("notice_news", start, end, label="(…)")

    def _line_end(self, at: int) -> int:
        end = self.a.text.find("\n", at)
        return len(self.a.text) if end < 0 else end

    def _readers_case(self) -> bool:
        """The draft speaks of the reader's own thing (« votre devis », « ton bon », "your
        pass"): a second-person possessive in the brand's words, in a sentence with no
        imperative (« viens avec tes potes », "bring your crew" invite, they notify
        nothing). A message headed by its sender's tag (`_sender_tagged`) is sent to the
        reader: what it notifies is their case, possessive or not."""
        if self._sender_tagged():
            return True
        for sentence in self.a.sentences:
            tokens = list(features.span_tokens(sentence))
            if any(self._imperative(t) for t in tokens):
                continue
            if any(t.lower_ in features.READERS_POSSESSIVES and not self._customer_words(t)
                   and self.a.frame(t).act not in ("invitation", "advice") for t in tokens):
                return True
        return False

    def _sender_tagged(self) -> bool:
        """The draft opens on its sender's tag: the brand's name, or words of it, and a
        colon, as a text message or a notification is headed (« Loupiotes : inscriptions
        jusqu'au 5 janvier », « Hôtel des ventes Gavelot : … », "Argilou: …" for Atelier
        Argilou). Such a message goes to the reader's own phone: what it notifies is
        theirs. A heading that names a thing sold or a season (« Carte cadeau : … »,
        "Autumn sweeping: …", "Hot desk at Quaterne: …") is a post's title, not a sender,
        and a message that states a price or a discount (« Rutilo : -5 € sur le lavage
        jusqu'au 14 avril ») is an offer sent to every customer, not news of their case."""
        tag = _SENDER_TAG.match(self.a.text)
        if tag is None or _FIGURE.search(self.a.text):
            return False
        words = re.findall(r"[^\W\d_]+", tag.group(1).lower().replace("’", "'"))
        name = set(re.findall(r"[^\W\d_]+", self.a.profile.brand.lower().replace("’", "'")))
        return bool(words) and len(words) <= 5 and all(w in name for w in words)

    def soften_refusals(self) -> None:
        """A refusal that offers another way (« je vous propose… », "What our perfumer can
        do is…", "instead") is an honest limit, not a dead end: in a reply, the frustration,
        disappointment and coldness said before the alternative weigh `refusal_softened` of
        their weight, and the alternative reads as solution."""
        if not (self.a.channel.service or self.a.is_personal_reply):
            self._limits_answered()
            return
        offers = [m for m in _word_pattern("alternatives", self.language).finditer(self.a.text)
                  if not self._customer_words_at(m.start())]
        if not offers:
            if self._help_article():
                self._limits_answered()  # (a help centre's page, written back to no one)
            return
        last = offers[-1].start()
        factor = _settings()["refusal_softened"]
        self.evidence = [
            dataclasses.replace(e, weight=e.weight * factor)
            if e.tone in ("frustration", "disappointment", COLD) and e.start < last else e
            for e in self.evidence]
        for m in offers:
            self._signal("alternative_offered", m.start(), m.end())

    def _limits_answered(self) -> None:
        """A page that answers the reader's question (its title asks it: "Are there sites my
        data won't be removed from?", « Puis-je changer de moyen de paiement ? », or says
        the reader's trouble in their own words: « Je ne peux pas faire une demande car je
        n'ai pas de SIRET », "I can't sign in") and says what the brand cannot do there,
        giving the reader a way too (« vous pouvez… », "you can review the list",
        "instead", or a step to take: « contactez le service », "ask your admin"): an
        honest limit with its fix, not the brand stuck — its frustration and
        disappointment weigh `refusal_softened`, wherever the way is said (a page is read
        whole, not in a reply's order)."""
        title = self.a.text.lstrip().partition("\n")[0].strip()
        if len(title.split()) > 20 or not (title.endswith("?") or self._readers_trouble(title)):
            return
        ways = [m for m in _word_pattern("alternatives", self.language).finditer(self.a.text)]
        ways += list(_word_pattern("reader_ways", self.language).finditer(self.a.text))
        if not ways and not any(self._imperative(t) and not self._customer_words(t)
                                for t in self.tokens if t.idx > len(title)):
            return
        factor = _settings()["refusal_softened"]
        self.evidence = [
            dataclasses.replace(e, weight=e.weight * factor)
            if e.tone in ("frustration", "disappointment") else e for e in self.evidence]

    def _help_article(self) -> bool:
        """A page of a service channel's help centre, written back to no one (no personal
        reply, no greeting nor reference to the reader's message)."""
        from brandlint.analysis.reply import speaks_to_someone

        return not self.a.is_personal_reply and not speaks_to_someone(self.a)

    def _readers_trouble(self, title: str) -> bool:
        """A help page's title in the reader's own voice: the first person singular
        (« Je ne reçois pas d'e-mail », "I can't sign in"), on a page that is no reply —
        a FAQ's question said without its question mark."""
        words = re.findall(r"[\w]+['’]?", title.lower())
        return any(w in _READER_OWN[self.language] for w in words)

    def assents(self) -> None:
        """« Pas de souci, je regarde », "No worries, gonna sort ya out": in a reply, a
        "no worries" that opens a turn or a sentence says yes to the customer's request —
        the courtesy before the act, not a fear calmed. It weighs `assent_weight` of its
        reassurance; said after the opening (« ce n'est rien, aucun souci pour la suite »)
        it keeps it."""
        if not (self.a.channel.service or self.a.is_personal_reply):
            return
        assent = _word_pattern("assents", self.language)
        text = self.a.text
        factor = _settings()["assent_weight"]
        out = []
        for e in self.evidence:
            if e.tone == "reassurance" and e.signal is None and assent.fullmatch(e.text):
                opening = re.split(r"[.!?:\n]", text[max(0, e.start - 40):e.start])[-1]
                if len(re.findall(r"\w+", opening)) <= 2:
                    e = dataclasses.replace(e, weight=e.weight * factor)
            out.append(e)
        self.evidence = out

    def closing_call(self) -> None:
        """A post that closes on a call to answer (« Tu viens avec qui ? Tague ton équipage
        👇 », "drop your best pic below", its hashtags) ends as posts end: the call is the
        channel's habit, said once, not the tone of what the post told before it. The
        collaboration of that closing run — from the last sentence that calls on the reader
        to the end, with its short fragments (« basilic ? amande ? 👇 ») — weighs at most
        `closing_call_cap`. A draft that is all call (a vote, a name to find, a panel to
        join said from its first sentence) keeps its weight."""
        sentences = [s for s in self.a.sentences
                     if any(t.is_alpha or not t.is_punct for t in s if not t.is_space)]
        if len(sentences) < 2:
            return
        collab = [e for e in self.evidence if e.tone == "collaboration" and e.weight > 0]

        def calls(sentence) -> bool:
            return any(sentence.start_char <= e.start < sentence.end_char for e in collab)

        def fragment(sentence) -> bool:
            return sum(1 for t in sentence if t.is_alpha and not t.text.startswith("#")
                       and not (t.i and self.tokens[t.i - 1].text == "#")) <= 4
        start = None
        for sentence in reversed(sentences):
            if calls(sentence):
                start = sentence.start_char
            elif not fragment(sentence):
                break
        if start is None or start <= sentences[0].start_char:
            return
        tail = [e for e in collab if e.start >= start]
        said = sum(e.weight for e in tail)
        cap = _settings()["closing_call_cap"]
        self.sign_off = min(said, cap) if self._signs_off(start) else 0.0
        if said <= cap:
            return
        factor = cap / said
        tail_ids = {id(e) for e in tail}
        self.evidence = [dataclasses.replace(e, weight=e.weight * factor)
                         if id(e) in tail_ids else e for e in self.evidence]

    def event_times(self) -> None:
        """An event's time: on a channel that aims at the reader's joy and not at speed (a
        post, a sign, a page), the times a draft names (« On t'attend dès 18 h », "Come and
        watch on Saturday at 2 pm", "7–11pm") say when the show, the party or the opening
        happens — the reader comes —, not how soon something is done for the reader: a
        careful reader names the post by its joy. A notice of the reader's own case on such a
        channel (`notice_news`) is read the same way there: its news is the event. A draft
        with no cheer in it (no joy, no surprise) is a notice or a pitch, and its times keep
        their speed (« le centre ferme à 20 h ce soir », "Order by 2pm, out by 4"). A speed
        of its own (« prête en 10 minutes », "shorn in ten minutes each") keeps its weight;
        the times' weight is kept in `raw` for the rules and left out when the dominant tone
        is named (`ToneReading.event_time`)."""
        tones = self.a.channel.tones
        if self.a.channel.service or self.a.is_personal_reply or "joy" not in tones or \
                "speed" in tones or features.spoken_turns(self.a.text, self.language):
            return
        if not any(e.tone in ("joy", "surprise") and e.weight > 0 for e in self.evidence):
            return  # no cheer: a plain notice ("the centre closes at 20:00 tonight"), a
            # delivery pitch ("Order by 2pm, out the door by 4") says its times for speed
        self.event_time = self._times_said(("time_given", "notice_news"))

    def _times_said(self, signals: tuple[str, ...], spans=None) -> float:
        """The weight of speed the draft's times carry: evidence of one of `signals`, or a
        bare time word (lexicon `times`); with `spans`, only inside those character spans."""
        times = _word_pattern("times", self.language)
        return sum(
            e.weight for e in self.evidence
            if e.tone == "speed" and e.weight > 0
            and (spans is None or any(lo <= e.start < hi for lo, hi in spans))
            and (e.signal in signals or e.signal is None and times.fullmatch(e.text)))

    def upsets_answered(self) -> None:
        """A short notice whose news is the reader's plan upset (`plan_upsets`: « visite de
        21 h annulée », "Palm House shut", « petit retard », "New delivery date: Tuesday")
        and that waves the worry away outright in the brand's words (« Pas d'inquiétude, ton
        billet reste valable », "No need to worry: your voucher will be emailed") is read by
        a careful reader as the comfort it gives: the times it names are those of the upset
        plan or of its way out, not news given on time. The speed of its news and of its
        aside (`notice_news`, `notice_aside`) is kept in `raw` for the rules and left out
        when the dominant tone is named (`ToneReading.upset_answered`), and the aside's
        share is heard as the reassurance it is (`upset_comfort`). A worry waved under
        an « if » (« pas d'inquiétude si vous êtes en retard », "no worries if you're late")
        is an aside to a plain notice, and an upset said in a condition or in the customer's
        words is none."""
        notice = [e for e in self.evidence
                  if e.signal in ("notice_news", "notice_aside") and e.tone == "speed"]
        if not notice or self.event_time > 0:
            return  # (an event's times are already left out: `event_times`)
        waved = _word_pattern("worry_waved", self.language)
        text = self.a.text
        if not any(e.tone == "reassurance" and e.signal is None and e.weight > 0
                   and waved.match(e.text)
                   and not re.match(r"\s*(?:si\b|s['’]|if\b)", text[e.end:], re.I)
                   for e in self.evidence):
            return
        upset = False
        for m in _word_pattern("plan_upsets", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not len(span) or self._customer_words(span[0]) or \
                    self._in_a_condition(span[0]):
                continue
            upset = True
            break
        if upset:
            self.upset_answered = sum(e.weight for e in notice if e.weight > 0)
            self.upset_comfort = sum(e.weight for e in notice
                                     if e.signal == "notice_aside" and e.weight > 0)

    def fixes_sent(self) -> None:
        """A service reply to a mishap the brand owns — its apology or its fault named in
        its own words (`mishap_owned`: « désolés », « erreur de notre part », "so sorry",
        "mix-up on our end") or the reader's worry waved away (`_mishap_answered`) — that
        sends the fix (`fixes_sent`: « un nouvel exemplaire part aujourd'hui », « nous vous
        remboursons », "a replacement is on its way", "New one's going out today") is read
        by a careful reader as the fix it brings: the times said in the sentence that sends
        it (a day, a date, « aujourd'hui », "Thursday") are the fix's, not news given on
        time. Their speed is kept in `raw` for the rules and heard as solution when the
        dominant tone is named (`ToneReading.fix_time`). A pace the reply claims ("asap",
        « en express ») is still speed, and so is a fix done this very day (`done_today`:
        « remboursé ce matin », the wait over). A notice the brand sends unasked owns no
        mishap; an apology or a fix in the customer's words is none; an upset plan
        comforted or an event's times are already read (`upsets_answered`,
        `event_times`)."""
        if not self.a.channel.service or self.upset_answered > 0 or self.event_time > 0:
            return
        text = self.a.text
        if not (self._mishap_answered() or any(
                not self._customer_words_at(m.start())
                for m in _word_pattern("mishap_owned", self.language).finditer(text))):
            return
        fixes = [m.start() for m in _word_pattern("fixes_sent", self.language).finditer(text)
                 if not self._customer_words_at(m.start())]
        done = [e.start for e in self.evidence if e.signal == "done_today"]
        spans = [(lo, hi) for lo, hi in self.own_sentences()
                 if any(lo <= f < hi for f in fixes) and not any(lo <= d < hi for d in done)]
        self.fix_time = self._times_said(("time_given", "notice_news", "notice_aside"), spans)

    def told_moments(self) -> None:
        """A day told in its moments: sentences that open on a moment of a day or a week
        (`told_moments`: « 5 h 30 : », « À 17 h 40, », « Lundi, », « Le soir, », « Une heure
        plus tard, », "At 21:30,", "By evening,") and tell what happens then, in the present
        or the past (« 7 h : les poches apparaissent », « Samedi matin, les Marchal ont rendu
        les clés », "Last Tuesday, he came into the shop"). A logbook, a day on the barge, a
        wedding told hour by hour: a careful reader names the tale, and its hours are the
        tale's, not a time the reader gains. A draft tells its day when `told_moment_min`
        moments at least tell with a verb; a moment said in the future, as an order or a
        question (a programme, « À 19 h, vous serez accueillis », "At 9, meet us at the
        gate") makes the draft a plan for the reader, which tells no tale; a moment whose
        subject is the reader (« Lundi, vous recevez… ») is the reader's plan, no beat of
        it. Not on a service channel, where a day is the case's. The speed of the times in
        the moments is kept in `raw` for the rules and heard as storytelling when the
        dominant tone is named (`ToneReading.moment_time`), each moment as a beat
        (`told_moment_weight`, up to `told_moment_cap` together: `moment_beats`)."""
        if self.a.channel.service:
            return
        settings, text = _settings(), self.a.text
        pattern = _word_pattern("told_moments", self.language)
        openings = {0} | {m.end() for m in re.finditer(r"\n|[.!?…](?:\s+|(?=[«“\"]))", text)}
        tag = _SENDER_TAG.match(text)
        if tag:  # « La Grimacerie : il y a 10 ans, … »: the message opens after its sender
            openings.add(tag.end())
        units: list[tuple[int, int, bool]] = []  # (start, end, told with a verb)
        for at in sorted(openings):
            lead = re.match(r"[ \t#>*•▪·\-–—«“\"]*", text[at:])
            start = at + lead.end()
            m = pattern.match(text, start)
            if m is None or self._customer_words_at(start):
                continue
            stop = re.compile(r"[.!?…](?=\s|$)|\n").search(text, m.end())
            end = stop.end() if stop else len(text)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tokens = features.span_tokens(span)
            if text[start:end].rstrip().endswith("?") or \
                    any(self._imperative(t) or self._future(t) for t in tokens):
                return  # a plan for the reader, a programme: no tale told
            if any(t.dep_.startswith("nsubj") and t.lower_ in _SECOND_PERSON[self.language]
                   for t in tokens):
                continue  # the reader's own day (« Lundi, vous recevez… »)
            units.append((start, end, any(self._telling_verb(t) for t in tokens)))
        beaten = {e.start for e in self.evidence if e.signal == "story_beat"}
        if sum(1 for *_, told in units if told) >= settings["told_moment_min"]:
            fresh = sum(1 for lo, hi, _ in units if not any(lo <= b < hi for b in beaten))
            self.moment_beats = fresh * settings["told_moment_weight"]
            self.moment_time = self._times_said(("time_given",),
                                                [(lo, hi) for lo, hi, _ in units])
        acts = self._outing_told(beaten) + self._makings_told(beaten)
        self.moment_beats = min(settings["told_moment_cap"],
                                self.moment_beats + acts * settings["told_moment_weight"])

    def _makings_told(self, beaten: set[int]) -> int:
        """The brand's sentences that tell a making with its time (`making_times`: « nos
        cuves fermentent douze jours », "we let it ferment for six weeks instead of four"):
        a verb of slow making and how long it takes, said as a fact — not to the reader
        (« laissez reposer deux jours »), not as a question, not in the future, not inside
        a story's beat already counted. How many such sentences."""
        if self.a.is_personal_reply:
            return 0
        verbs = _word_set_in("making_times", "verbs", self.language)
        durations = _word_pattern_in("making_times", "durations", self.language)
        second = _SECOND_PERSON[self.language]
        counted = 0
        for sentence in self.a.sentences:
            tokens = features.span_tokens(sentence)
            words = [t for t in tokens if t.is_alpha]
            if not words or self._customer_words(words[0]) or \
                    any(sentence.start_char <= b < sentence.end_char for b in beaten):
                continue
            text = features.text_of(sentence)
            # (the reader looked for in the sentence read on the text too: the parser cuts
            # « Pour ton kit, | laisse fermenter trois semaines »)
            lo, hi = features.text_sentence_bounds(self.a.text, sentence.start_char)
            said_to = set(re.findall(r"[\w'’]+", self.a.text[lo:hi].lower())) & second
            if text.rstrip().endswith("?") or not durations.search(text) or said_to or any(
                    t.lower_ in second or self._imperative(t) or self._future(t)
                    for t in tokens):
                continue
            if any(t.lemma_.lower() in verbs or t.lower_ in verbs for t in tokens
                   if t.pos_ in ("VERB", "AUX", "NOUN")):
                counted += 1
        return counted

    def _outing_told(self, beaten: set[int]) -> int:
        """An outing told as it goes: a sentence that chains at least `told_moment_min` acts
        of « on » / « nous » / "we" in the present (« On largue les amarres, on passe la
        première écluse », « On s'arrête au Somail, on déjeune à l'ombre, on repart »,
        "We cast off, we drift past the mill"), not said to the reader (the verb's object is
        not « vous » / "you": « on vous rappelle, on vous rembourse » is a reply's acts),
        nor on a day ahead (« Samedi, on ouvre à 10 h, on lance la tombola » is a plan):
        the day told, whose acts are the tale's. Returns how many such acts the draft's
        chained sentences hold, outside the sentences already a story's beats; none when
        a sentence of the draft speaks as an order, a question or in the future, or when a
        heading of the draft says it tells how the service works (a `page_purposes` entry of
        solution: "## How it works", « ## Comment ça marche »), whose acts (« on passe,
        on évalue », "we come and look") are the service's steps."""
        if self.a.is_personal_reply:
            return 0
        titles = [line.strip("#*_ \t") for line in self.a.text.splitlines()
                  if line.lstrip().startswith("#")]
        if any(pattern.search(title) for tones, pattern in _purpose_patterns(self.language)
               if "solution" in tones for title in titles):
            return 0
        second = _SECOND_PERSON[self.language]
        we = {"on", "nous"} if self.language == "fr" else {"we"}
        ahead = (_word_pattern("ahead_times", self.language), _word_pattern("days", self.language),
                 _word_pattern("times", self.language))
        counted = 0
        for sentence in self.a.sentences:
            tokens = features.span_tokens(sentence)
            words = [t for t in tokens if t.is_alpha]
            if not words or self._customer_words(words[0]):
                continue
            text = features.text_of(sentence)
            if text.rstrip().endswith("?") or any(self._imperative(t) or self._future(t)
                                                  for t in tokens):
                return 0
            if any(p.search(text) for p in ahead) or \
                    any(sentence.start_char <= b < sentence.end_char for b in beaten):
                continue
            acts = {t.head.i for t in tokens
                    if t.lower_ in we and t.dep_.startswith("nsubj") and t.head.i != t.i
                    # (a verb after « on » the small model tags now and then as a noun:
                    # « On largue les amarres »)
                    and (self._telling_verb(t.head) or t.head.pos_ in ("NOUN", "ADJ")
                         and not any(c.dep_ == "cop" for c in kids(t.head)))
                    and "Past" not in features.morph(t.head).get("Tense")
                    and not any(c.lower_ in second for c in kids(t.head))}
            if len(acts) >= _settings()["told_moment_min"]:
                counted += len(acts)
        return counted

    def _future(self, token) -> bool:
        """The token says the future: a French future tense (« serez »; the small model tags
        « allume » so now and then: its ending too), an English modal of the future ("will",
        "'ll", "shall") or "going to" before a verb."""
        if self.language != "en":
            return "Fut" in features.morph(token).get("Tense") and \
                bool(_FUTURE_ENDING.search(token.lower_))
        return token.lower_ in ("will", "'ll", "’ll", "shall") and token.dep_ == "aux" or \
            token.lower_ == "going" and token.i + 1 < len(self.doc) and \
            self.doc[token.i + 1].lower_ == "to" and token.dep_ != "ROOT"

    def _telling_verb(self, token) -> bool:
        """A verb that tells what happens or happened, in the indicative: « les poches
        apparaissent », « ont rendu », « glissait », "he came", "the sun drops"."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if self.language == "en":
            return token.tag_ in ("VBZ", "VBP", "VBD") or token.tag_ == "VBN" and any(
                c.dep_.startswith("aux") for c in kids(token))
        form = features.morph(token)
        return "Fin" in form.get("VerbForm") and "Ind" in (form.get("Mood") or ("Ind",)) \
            and bool(set(form.get("Tense")) & {"Pres", "Past", "Imp"}) or \
            "Part" in form.get("VerbForm") and any(c.dep_ == "aux:tense" for c in kids(token)) \
            or token.pos_ == "VERB" and "Inf" not in form.get("VerbForm") and any(
                c.dep_.startswith("nsubj") for c in kids(token))  # (« le ciel vire », tagged Part)

    def _signs_off(self, start: int) -> bool:
        """The closing call that starts at `start` signs a joyful post off: the body
        before it is joyful (joy and surprise of at least `sign_off_body_joy`: news, a
        celebration, thanks) and the draft puts nothing at stake in the reader's answer
        (`call_stakes`: no vote, draw, name or ideas asked for, nothing the brand does with
        the answers). « Vous étiez 600 samedi 🤩 Merci ! … Et toi, tu reviens quand ? » is
        the night's joy; « Aidez-nous à trouver son nom » is the call's."""
        cheer = sum(e.weight for e in self.evidence
                    if e.tone in ("joy", "surprise") and e.weight > 0 and e.start < start)
        return cheer >= _settings()["sign_off_body_joy"] and \
            not _word_pattern("call_stakes", self.language).search(self.a.text)

    def act_details(self) -> None:
        """One act a sentence: a sentence that tells the brand's act (« notre technicien
        passera remplacer la pièce : la réparation est faite sur place », "Our technician
        will replace the faulty part, so the repair is done in one visit") is heard as
        solution once, in its strongest word; its other solution words name the act's
        details (the technician, the part, the repair) and weigh `act_detail_weight` of
        their weight, so a long account of one act does not outweigh what the draft is
        for (the worry it calms, the sorrow it says). A speed word said in such a sentence
        is the act's timing and weighs `speed_in_act` of its weight."""
        spans = self.own_sentences()
        groups: dict[int | None, list[int]] = defaultdict(list)
        for i, e in enumerate(self.evidence):
            if e.tone == "solution" and e.signal is None and e.weight > 0:
                at = next((n for n, (lo, hi) in enumerate(spans) if lo <= e.start < hi), None)
                groups[at].append(i)
        factor = _settings()["act_detail_weight"]
        details: set[int] = set()
        for found in groups.values():
            found.sort(key=lambda i: -self.evidence[i].weight)
            details.update(found[1:])
        # a speed word in the sentence of an act is the act's timing (« nous vous renvoyons
        # la pièce dès demain »), heard less than a draft that says its speed for itself
        acts = {n for n, (lo, hi) in enumerate(spans) for e in self.evidence
                if e.tone == "solution" and e.weight > 0 and lo <= e.start < hi}
        timing = _settings()["speed_in_act"]
        scaled = []
        for i, e in enumerate(self.evidence):
            if i in details:
                e = dataclasses.replace(e, weight=e.weight * factor)
            elif e.tone == "speed" and e.signal is None and any(
                    spans[n][0] <= e.start < spans[n][1] for n in acts):
                e = dataclasses.replace(e, weight=e.weight * timing)
            scaled.append(e)
        self.evidence = scaled

    def _customer_words_at(self, at: int) -> bool:
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._customer_words(span[0])

    def _clipped_reply(self) -> None:
        """« Numéro de commande ? Commande expédiée mardi. Délai standard. Au revoir. »,
        "Hello. See the Care section of our FAQ. Regards.": on a service channel, a short
        reply of bare fragments, with no exclamation, courtesy or warmth, reads cold.
        Signatures ("-Becky", "^KL") and links are not fragments."""
        a = self.a
        if not a.channel.service or a.word_count > 40 or "!" in a.text or a.function.describes:
            return  # (a template's fields or an interface's step are no reply)
        warm = sum(e.weight for e in self.evidence
                   if e.tone in POSITIVE and e.tone not in ("speed", "solution", "deal"))
        courtesy = _courtesy(self.language)
        if warm >= 0.5 or courtesy.search(a.text) or \
                _word_pattern("polite_markers", self.language).search(a.text):
            return
        # a line of its own with no closing punctuation is a label — a subject line, a
        # table's caption or column, a heading, a signature (« Montant de don », "Income
        # type"): the layout of a template or a screen, not a fragment said to someone
        sentences = [s for s in a.sentences if not _signature(s) and not self._label_line(s)]
        words = [sum(1 for t in features.span_tokens(s) if t.is_alpha) for s in sentences]
        if len(sentences) < 3 or sum(words) > 6 * len(sentences):
            return
        # the fragments are read on the text too: the parser cuts a name in « » (« Rendez-
        # vous sur « Paramètres / Importer des éléments » ») into three
        if len([p for p in re.split(r"[.!?…]+(?=\s|$)|\n", a.text)
                if re.search(r"[^\W\d_]", p)]) < 3:
            return
        verbless = [s for s in sentences
                    if _status_line(s) or not any(
                        t.pos_ in ("VERB", "AUX")
                        and "Part" not in features.morph(t).get("VerbForm") for t in s)]
        if len(verbless) >= 0.6 * len(sentences):
            self._signal("clipped_reply", verbless[0].start_char, verbless[0].end_char,
                         label="(…)")

    def _sanction_lines(self) -> None:
        """A notice the brand sends unasked (an SMS, an e-mail, an app's message, not a
        service reply: `_clipped_reply` reads those) that states what befell the reader's
        thing in bare lines, a noun and an adverse past form with nothing around it:
        "Subscription terminated. Payment failed.", "Order 2291 cancelled. Deposit kept",
        « Commande 2291 annulée. Acompte conservé. ». Each line is a sanction told like a
        log entry, with no one speaking. Not in a draft with warmth, courtesy or a polite
        word ("Class cancelled tonight, sorry! We'll move you to Friday"), nor a status
        that is good news ("Order 2291 shipped.")."""
        a = self.a
        if a.channel.service or a.function.describes or a.function.kind == "interface":
            return
        warm = sum(e.weight for e in self.evidence
                   if e.tone in POSITIVE and e.tone not in ("speed", "solution", "deal"))
        if warm >= 0.5 or _courtesy(self.language).search(a.text) or \
                _word_pattern("polite_markers", self.language).search(a.text):
            return
        adverse = _word_set("sanction_lines", self.language)
        for m in re.finditer(r"[^.!?…\n;]+", a.text):
            piece = m.group()
            body = _SENDER_TAG.sub("", piece, count=1) if _SENDER_TAG.match(piece) else piece
            words = re.findall(r"[^\W\d_][\w'’-]*", body)
            if not 2 <= len(words) <= 4 or words[-1].lower() not in adverse or \
                    not re.search(r"[\w'’-]\s*$", body):
                continue  # (the adverse form ends the line: "Booking cancelled as requested")
            start = m.start() + piece.find(body.strip())
            span = self.doc.char_span(start, m.end(), alignment_mode="expand")
            if span is None or self._customer_words_at(start) or any(
                    t.pos_ in ("DET", "PRON", "AUX", "ADP") or t.dep_ == "det" for t in span):
                continue  # ("Your order was cancelled", "We cancelled": a sentence said)
            self._signal("sanction_line", start, start + len(body.strip()))

    def _label_line(self, sentence) -> bool:
        """The sentence is made of whole lines, each with no closing punctuation (the
        parser may join a subject line and a heading below it into one sentence)."""
        text = self.a.text
        lo, hi = sentence.start_char, sentence.end_char
        hi = lo + len(text[lo:hi].rstrip())
        line_start = text.rfind("\n", 0, lo) + 1
        line_end = text.find("\n", hi)
        line_end = len(text) if line_end < 0 else line_end
        lines = [line.strip() for line in text[lo:hi].split("\n") if line.strip()]
        return bool(lines) and not text[line_start:lo].strip() and \
            not text[hi:line_end].strip() and all(line[-1] not in ".!?…" for line in lines)

    def page_purposes(self) -> tuple[str, ...]:
        """The tones a page's headings name as its job (`page_purposes` in the lexicon):
        « Devenir bénévole », "Here's how it works:", "Privacy principles", "Download
        Firefox". A heading is a short line without closing punctuation (a colon or a
        question mark may close it), no step or bullet, with text below it. Only a page of
        sections (three headings at least) has a purpose of its own: a social post titled
        "How to set a limit:" chose its content, and a reply has none — or one section of
        a page that documents a thing (`documents`), under its heading."""
        if self.a.channel.service or self.a.is_personal_reply:
            return ()
        if self.technical:
            # documentation of how a system works does that job on any channel: its tones
            # are its subject's (a fast cache, a trusted root), not a voice off target
            return POSITIVE
        headings = [self.a.text[lo:hi].strip().replace("’", "'") for lo, hi in self.headings()]
        if not headings and self.documents:
            # one section of a help centre, a guide or an article under its own heading
            # (`documents`: "Pricing", « Vos données en sécurité »): the heading names what
            # the section is about, and its tones are that subject's
            headings = [function.heading(self.a.text)[1].replace("’", "'")]
        if not headings:
            return ()  # a post or a letter with a title is no page of sections
        found: list[str] = []
        for tones, pattern in _purpose_patterns(self.language):
            if any(pattern.search(h) for h in headings):
                found += [t for t in tones if t not in found]
        return tuple(found)

    def headings(self) -> list[tuple[int, int]]:
        """The heading lines of a page of sections (character spans): short lines without
        closing punctuation (a colon or a question mark may close one), no step or bullet,
        with text below them — three at least, else none (a post or a letter with a title is
        no page of sections). Never in a reply."""
        if self._headings is None:
            self._headings = []
            if not (self.a.channel.service or self.a.is_personal_reply):
                at, lines = 0, self.a.text.split("\n")
                found = []
                for i, raw in enumerate(lines):
                    line = raw.strip()
                    below = any(rest.strip() for rest in lines[i + 1:])
                    if line and below and len(line.split()) <= 12 and \
                            line[-1] not in ".!;,…" and \
                            not re.match(r"(?:\d{1,2}[.)]|[•▪·*–—-])\s", line):
                        found.append((at, at + len(raw)))
                    at += len(raw) + 1
                if len(found) >= 3:
                    self._headings = found
        return self._headings

    def _on_a_heading(self, start: int) -> bool:
        return any(lo <= start < hi for lo, hi in self.headings())

    def own_sentences(self) -> tuple[tuple[int, int], ...]:
        """The brand's own sentences with words in them (a quoted customer's, a
        signature, a bare link, a script's speaker label the parser cut off its turn
        — « Agent : » — are not), as character spans."""
        out = []
        for sentence in self.a.sentences:
            words = [t for t in features.span_tokens(sentence) if t.is_alpha]
            if words and not self._customer_words(words[0]) and not _signature(sentence) \
                    and not self._speaker_label(sentence.start_char, sentence.end_char) \
                    and not _letter_frame(features.span_text(self.doc, sentence.start,
                                                             sentence.end), self.language) \
                    and not self._address_line(sentence.start_char, sentence.end_char):
                out.extend(self._list_items(sentence.start_char, sentence.end_char))
        return tuple(out)

    def _list_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentence cut before each item of a list it runs over: the parser runs a
        heading and the bullet lines under it together (« ## Offre d'hiver\n- Chambre :
        84 € (au lieu de 105 €)\n- … »), and each item is a line the reader reads as one."""
        text = self.a.text
        cuts = [m.start() for m in _LIST_ITEM.finditer(text, start, end) if m.start() > start]
        bounds = [start] + cuts + [end]
        return [(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)
                if re.search(r"[^\W\d_]", text[lo:hi])]

    def _speaker_label(self, start: int, end: int) -> bool:
        """The sentence is only the label that opens a line of a script (« Agent : »,
        "Desk:"), which the parser cut off the turn it names: who speaks, no sentence
        the draft's tone is said in."""
        text = self.a.text
        line_lo = text.rfind("\n", 0, start) + 1
        return bool(_SPEAKER_LABEL.fullmatch(text[line_lo:end].rstrip()))

    _TEAM_WORDS = frozenset({"équipe", "team", "crew", "staff"})

    def _address_line(self, start: int, end: int) -> bool:
        """The sentence is (part of) a line of the letter's address around its body: the
        greeting that opens it on the reader's title or name (« Bonjour Madame Perrin, »,
        "Hi Sam,") or the signature that closes it (« L'équipe Revers Doré », "Nadia",
        "The RD crew"), a few words the parser may cut in two. Who writes to whom: no
        sentence the draft's tone is said in (« Madame, » still reads cold: this is only
        what a tone's spread is counted over)."""
        text = self.a.text
        chunk = text[start:end]
        lo = start + len(chunk) - len(chunk.lstrip())
        hi = start + len(chunk.rstrip())
        line_lo, line_hi = text.rfind("\n", 0, lo) + 1, text.find("\n", hi)
        line_hi = len(text) if line_hi < 0 else line_hi
        if hi <= lo or "\n" in text[lo:hi]:
            return False
        line = text[line_lo:line_hi].strip()
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        words = re.findall(r"[^\W\d_][\w'’.-]*", line)
        if len(lines) < 2 or not words or len(words) > 6:
            return False
        if line == lines[0]:
            return line.endswith(",") and words[0].lower() in _TITLES
        if line != lines[-1] or line[-1] in "!?:;,":
            return False
        name = re.sub(r"^[-—–\s]+", "", line).rstrip(" .")
        bare = [re.sub(r"^(?:l|the)['’]?", "", w.lower()) for w in name.split()]
        return bool(_name_pattern(self.a.profile.brand).search(name)) or \
            any(w in self._TEAM_WORDS for w in bare[:1] + bare[-1:]) or \
            (len(words) <= 3 and all(w[:1].isupper() for w in words))

    def _tokens_of(self, tone: str) -> list[int]:
        out = []
        for e in self.evidence:
            if e.tone == tone:
                span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
                if span is not None and len(span):
                    out.append(span.start)
        return out

    def _sentence_signals(self, sentence, pressure_lines: set[int]) -> None:
        words = [t for t in features.span_tokens(sentence) if not (t.is_punct or t.is_space)]
        if not words or self._customer_words(words[0]):
            return
        text = features.text_of(sentence).rstrip()
        second = _SECOND_PERSON[self.language]
        elliptic = _word_pattern("elliptic_questions", self.language)
        addressed = any(t.lower_ in second or "2" in features.morph(t).get("Person")
                        for t in words) or text.endswith("?") and bool(  # "Got a route?"
            elliptic.search(self.a.text[words[0].idx:sentence.end_char]))
        faq = any(lo <= sentence.start_char < hi for lo, hi, _ in self.fact_lines)
        told = self._told_question(sentence, text)
        if told is not None:
            # « Saviez-vous qu'Augustin gardait… ? », "Did you know the first minifigure had
            # no nose?": the question tells a fact, it asks for no answer
            # a past of someone else told so is an anecdote (storytelling), else a surprise
            after, end = told
            self.told_until = end
            self._signal("fact_told", sentence.start_char, end, label="?",
                         tone="storytelling" if _told_in_past(after, imperfect=True) else None)
        elif sentence.start_char < self.told_until:
            pass  # the rest of a told fact the parser cut off: « que vos panneaux… ? »
        elif text.endswith("?") and addressed and not faq and \
                not self._readers_question(sentence, words) and \
                not self._hook_answered(sentence):
            self._signal("question_to_reader", sentence.start_char, sentence.end_char,
                         label="?")
        line_start = features.line_bounds(self.doc, words[0].i)[0]
        if line_start in pressure_lines and any(self._imperative(t) for t in words) and \
                not any(lo <= sentence.start_char < hi for lo, hi in self.deadline_calls):
            verb = next(t for t in words if self._imperative(t))
            self._signal("urgent_imperative", verb.idx, verb.idx + len(verb.text))

    def _told_question(self, sentence, text: str):
        """A question that tells a fact (`telling_questions`: « Saviez-vous que… ? », "Did
        you know…?"): the tokens after its opening words and the end of the question, or
        None. The question runs to its question mark even when the parser cuts it after
        its opening words (« Saviez-vous | que la suie… ? »): it opens the sentence then,
        and no full stop comes before the mark."""
        telling = _word_pattern("telling_questions", self.language).search(text)
        if telling is None:
            return None
        end = sentence.end_char
        if not text.endswith("?"):
            if text[:telling.start()].strip(" ,-–—") or \
                    not re.match(r"[^.!?\n]*\?", self.a.text[sentence.start_char:]):
                return None
            end = sentence.start_char + re.match(r"[^.!?\n]*\?",
                                                 self.a.text[sentence.start_char:]).end()
        after = [t for t in features.tokens(self.doc)
                 if sentence.start_char + telling.end() <= t.idx < end]
        return after, end

    def _readers_question(self, sentence, words) -> bool:
        """A question in the reader's own voice, as a FAQ asks it (« Puis-je venir sans
        rendez-vous ? », "Can I feel the paper before ordering?", « Mes cheveux sont
        fragilisés, que pouvez-vous faire ? »), or on a heading's line (« ## La salle
        est-elle ouverte ? », "**Do you cut children's hair?**"): the page answers the
        reader, it puts no question back to them. The *you* in it is the brand."""
        if self.a.channel.service or self.a.is_personal_reply:
            return False  # (a reply's « Je peux vous rappeler demain ? » asks the customer)
        line_start = self.a.text.rfind("\n", 0, sentence.start_char) + 1
        if re.match(r"[ \t]*(?:#{1,6}\s|\*\*|__)", self.a.text[line_start:]):
            return True
        own = _READER_OWN[self.language]
        return any(t.lower_.lstrip("-") in own for t in words
                   if t.dep_.startswith("nsubj") or t.dep_ in ("poss", "det", "det:poss")
                   or t.lower_.startswith("-"))

    def _hook_answered(self, sentence) -> bool:
        """A question opening the draft or a paragraph that the brand answers itself in
        the next sentence, a statement or the news it teased, exclaimed (« Votre enfant a 15
        ans ? Il peut commencer la conduite accompagnée. », "Nervous before your test? That
        is completely normal.", « Vous l'attendiez ? Le modèle bleu est enfin arrivé ! »):
        a hook that leads into the brand's answer, not a question put back to the reader
        (« Et toi ? Montre-nous ta création ! », "Your turn?" close or invite). The next
        sentence is read on the text: the parser cuts « Inscris-toi » into three."""
        text = self.a.text
        before = text[:sentence.start_char]
        if before.strip() and re.search(r"(?:\n[ \t]*\n|^[^\n]*\n)[ \t]*$", before) is None:
            return False  # (mid-paragraph; a title line above counts as the paragraph's top)
        stop = re.compile(r"[.!?…](?=\s|$)|\n").search(text, sentence.end_char + 1)
        if stop is None or text[stop.start()] not in ".!":
            return False  # the draft ends, or goes on with a question or a line
        answer = self.doc.char_span(sentence.end_char, stop.end(), alignment_mode="expand")
        words = [t for t in answer if t.is_alpha] if answer is not None else []
        if not words or self._customer_words(words[0]):
            return False
        if re.search(r"\w-(?:nous|moi|toi)\b", answer.text, re.I):
            return False  # « Réponds-nous en commentaire ! »: a call, whatever the tags say
        # the answer states, or advises (« Tu hésites ? Prends le premier balcon. »,
        # "Gonna be a hot one? Grab a hat"): nothing asked back for the brand, no call to
        # show, tell or join it
        brand = {"nous", "moi", "me", "us", "we"}
        return not any(t.lower_.lstrip("-") in brand or
                       self.lexicon.lookup(t, self.language) and any(
                           tone == "collaboration" for tone, _ in
                           self.lexicon.lookup(t, self.language)) for t in words)

    def _imperative(self, token) -> bool:
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if "Imp" in features.morph(token).get("Mood"):
            return True
        if self.language == "en":
            return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(
                c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in kids(token))
        return False

    def _thing_passive(self, verb) -> bool:
        """On a technical page, and in a draft that explains, instructs or notifies
        (`DocAnalysis.function`), a passive tells what happens to a thing ("all
        authorizations must be validated", « une autorisation est générée », "Limits are
        calculated per request"), not an office's notice to the reader: only one about the
        reader or their own things stays cold — except on a screen, whose status lines
        ("Your profile was updated", « Votre adresse est vérifiée ») are its standard
        wording."""
        if not (self.technical or self.a.function.describes):
            if not self.documents or self._readers_dealings(verb):
                return self._described_state(verb)
            return True
        if self.a.function.kind == "interface":
            return True  # "Your profile was updated": a screen's status line, its standard wording
        return not self._readers_passive(verb)

    def _readers_dealings(self, verb) -> bool:
        """The passive's subject is the reader, one of their things or their case with the
        brand (`case_words` of the function lexicon: « toute demande … sera rejetée »,
        "refunds are not issued"): the reader's dealings, not the working of a thing."""
        if self._readers_passive(verb):
            return True
        return any(self._a_dealing(s) for s in kids(verb) if s.dep_.startswith("nsubj"))

    def _a_dealing(self, token) -> bool:
        """The word names a case of the reader's with the brand (`case_words` of the
        function lexicon: an order, a request, a refund…) or one of its after-sale acts
        (`readers_dealings`: a return, an exchange, a delivery, « remboursé »)."""
        return any(p.fullmatch(token.text) or p.fullmatch(token.lemma_) for p in (
            function.case_words(self.language), _word_pattern("readers_dealings",
                                                              self.language)))

    def _readers_passive(self, verb) -> bool:
        """The passive's subject is the reader or one of their own things ("you are
        redirected", « votre dossier est clos »)."""
        second = _SECOND_PERSON[self.language]
        subjects = [c for c in kids(verb) if c.dep_.startswith("nsubj")]
        return any(s.lower_ in second or any(c.lower_ in second for c in kids(s))
                   for s in subjects)

    def _described_state(self, verb) -> bool:
        """A passive in the plain present, affirmed, said of things and not of the reader
        nor their case, outside a reply: it tells how a thing is made or works (« Liberapay
        est basé en France », "ultra-processed foods are derived from…", "bonuses are
        awarded to products…", "all requests are trimmed"), the subject's own vocabulary
        in an explanation. A procedure's notice tells an event on the reader's case (« a été
        refusé », "has been processed"), what will be done (« sera supprimé ») or a rule
        (« ne sont pas acceptés »): those stay cold, and so does every passive of a reply."""
        if self.a.is_personal_reply:
            return False
        auxes = [c for c in kids(verb) if c.dep_.startswith("aux")]
        if not auxes or any(c.dep_ not in ("aux:pass", "auxpass") or
                            "Pres" not in features.morph(c).get("Tense") for c in auxes):
            return False  # (a perfect, a future, a modal: an event or an act to come)
        if self.a.is_negated(verb) or self._readers_passive(verb):
            return False
        # (a subject the small parse lost, « …et les pneus sont gonflés », is a thing's)
        subjects = [c for c in kids(verb) if c.dep_.startswith("nsubj")]
        return not any(self._customer_words(s) or s.lower_ in _FIRST_PERSON[self.language]
                       for s in subjects)

    def _impersonal(self, token) -> bool:
        """« il convient de », « il faut », « il vous appartient de », "it is required that":
        an empty subject on a verb of obligation (set formulas with « il est … » are in the
        lexicon; a parse-only reading would take « il vous attend », the bike, for one)."""
        if self.language == "fr":
            head = token.head
            after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
            if head.lemma_ == "falloir" and after is not None and \
                    after.lower_ in ("moins", "plus", "autant"):
                return False  # « il faut moins de démarches »: an effort compared, no order
            if head.lemma_ == "appartenir" and not any(
                    "Inf" in features.morph(c).get("VerbForm") for c in kids(head)):
                return False  # « il appartient à une catégorie »: a class, no duty handed
            return token.lower_ == "il" and token.dep_.startswith(("nsubj", "expl")) and \
                head.lemma_ in ("convenir", "falloir", "appartenir", "importer")
        return token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_ == "be" \
            and any(c.dep_ == "acomp" and c.lower_ in ("necessary", "mandatory", "essential",
                                                     "advisable", "imperative")
                    for c in kids(token.head))

    def _brand_future(self, token) -> bool:
        """« nous vous renverrons », « je vous rappellerai »: the brand's next act."""
        if self.language != "fr" or "Fut" not in features.morph(token).get("Tense"):
            return False
        subjects = [c for c in kids(token) if c.dep_.startswith("nsubj")]
        return any(s.lower_ in ("nous", "je", "j'", "on") for s in subjects) and \
            not self._customer_words(token)

    def _third_person_past(self, token) -> bool:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ROOT", "conj"):
            return False
        tense = features.morph(token).get("Tense")
        if token.tag_ != "VBD" and not (self.language == "fr" and (
                "Past" in tense and any(c.dep_ == "aux:tense" for c in kids(token)) or
                "Imp" in tense and "Fin" in features.morph(token).get("VerbForm"))):
            return False  # (« il a traversé », « elle s'asseyait »)
        if self._since_before(token.idx):
            return False  # « Depuis 2015, Let's Encrypt a offert… »: a lasting state, no tale
        subjects = [c for c in kids(token) if c.dep_.startswith("nsubj")]
        people = {"il", "elle", "ils", "elles", "he", "she", "they"}
        if not self.a.channel.service:
            # "I started Gondavel in 2015", « nous avons vidé l'atelier » — in a reply, a
            # past act of the brand is the case's, not a story
            people |= {"i", "we", "je", "j'", "j’", "nous"}
        characters = _word_set("story_characters", self.language)
        # a character is named, or a role given a name (« Le chauffeur, Olivier, a déjà
        # repéré… », "Our driver, James, put on…")
        return any(s.pos_ == "PROPN" or s.lower_ in people or
                   s.pos_ == "NOUN" and (s.lemma_.lower() in characters or any(
                       c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids(s)))
                   for s in subjects)

    def _since_before(self, at: int) -> bool:
        """« depuis », "since" earlier in the sentence of `at` (read on the text: the small
        models cut « Let's Encrypt » in two): a lasting state told from its start."""
        text = self.a.text
        start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
        return bool(re.search(r"\b(?:depuis|since)\b", text[start:at], re.I))

    def _no_address(self) -> None:
        cold = sum(e.weight for e in self.evidence if e.tone == COLD)
        if cold <= 0 or self.a.word_count < 25:
            return
        people = _SECOND_PERSON[self.language] | _FIRST_PERSON[self.language]
        if not any(t.lower_ in people for t in self.a.words):
            self._signal("no_address", 0, min(len(self.a.text), 40), label="(—)")


# a negated ability or permission is a refusal, not a worry denied
_ABILITY = frozenset({"can", "could", "may", "able", "allow", "pouvoir", "permettre",
                      "autoriser", "vouloir", "want"})
# verbs too common to echo a worry (« être », "have", « faire »)
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "être", "avoir", "faire", "aller",
                          "pouvoir", "vouloir", "can", "will", "would", "dire", "say"})


_OWN_POSSESSIVES = frozenset({"our", "notre", "nos"})


@functools.cache
def _frame_words(section: str, key: str, language: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicons.load("frame")[section][key][language])


@functools.cache
def _day_names() -> frozenset[str]:
    return frozenset(str(n).lower() for names in lexicons.load("weekdays")["names"].values()
                     for n in names)


def _a_time(token) -> bool:
    """"by Friday", "by 5pm", "by the end of the month": a deadline, not an agent."""
    return token.ent_type_ in ("DATE", "TIME") or token.like_num or \
        token.lower_ in _day_names() or token.lower_ in ("end", "time", "deadline", "date")


def _agent_named(verb) -> bool:
    """A passive that names who acts ("ad clicks are managed by Microsoft's ad network",
    « le changement a été approuvé par les autres membres »): it hides no one, it is no
    office's impersonal voice."""
    return any(c.dep_ in ("agent", "obl:agent") and any(kids(c)) or
               # (the small English model hangs "…, either by us or our partners" on as a
               # plain prep; "by Friday" is a date, no one)
               c.dep_ == "prep" and c.lower_ == "by" and any(
                   g.dep_ == "pobj" and not _a_time(g) for g in kids(c)) or
               # (the small French model hangs « par les membres » on as a plain obl)
               c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par"
                                                for g in kids(c))
               for c in kids(verb))


_JOINING = frozenset({"join", "rejoindre"})
# the subjects of a joining that are the reader, the brand, or whoever reads it ("who
# joins us": the reader among others)
_JOINERS = frozenset({"you", "we", "who", "that", "everyone", "anyone", "vous", "tu", "nous",
                      "on", "qui", "chacun", "tous", "toutes"})
_THIRD_PERSONS = frozenset({"he", "she", "they", "il", "elle", "ils", "elles"})


def _someone_else_joins(token) -> bool:
    """A verb of joining whose subject is a third party, named ("Keiko Arnaud will join
    us for one evening", « Inès nous rejoint pour l'été », "an artist we admire joins us"):
    news of a guest or a newcomer, not the reader invited to take part."""
    if token.lemma_.lower() not in _JOINING or token.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in kids(token) if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.lower_ == "nous" and not _agrees(subject, token):
        return True  # « Inès nous rejoint »: « nous » is the one joined (`_agrees`)
    return subject is not None and subject.lower_ not in _JOINERS and (
        subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in _THIRD_PERSONS)


def _agrees(subject, verb) -> bool:
    """« nous » agrees with its verb's finite form: « chaque histoire nous touche » has
    « nous » before a verb in the third person, its object, not its subject (the small
    French model takes the clitic for the subject). Only « nous », whose verb form (« -ons
    », « avons », « sommes ») is never a third person's: « je reste » is the form of « il
    reste » too, and the tagger may give it the third person. A form with no person ("we
    replaced", an infinitive) agrees."""
    if subject.lower_ != "nous":
        return True
    finite = next((c for c in kids(verb) if c.dep_.startswith("aux") and
                   features.morph(c).get("Person")), verb)
    person = features.morph(finite).get("Person")
    return not person or "1" in person or finite.lower_.endswith("ons")


def _negated_in_clause(token, reach: int = 6) -> bool:
    """A negation cue among the few words before `token` in its clause (« ce n'est pas du
    tout une question bête », whose parse the small model loses)."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 1 - reach), -1):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ in _NEGATION_WORDS:
            return True
    return False


def _content_word(token) -> bool:
    return token.pos_ in ("NOUN", "VERB", "ADJ") and len(token.text) > 2 and \
        token.lemma_.lower() not in _LIGHT_VERBS and not token.is_stop


def _call_to_action(text: str, at: int) -> bool:
    """A button or link label on a page ("Go to Monitor", "Add Facebook Container",
    « Mettre à jour votre navigateur »): the line holding `at` is of a few words, with no
    closing punctuation. A page lists them side by side; they are no how-to (the parser's
    sentences run across such lines, so the line is read on the text)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(line) and len(line.split()) <= 5 and line[-1] not in ".!?:;…" and \
        not line[:1].isdigit()


def _finite(span) -> bool:
    """The span holds a conjugated verb (« sont retenus », "is kept"), not a field's value."""
    return any(t.pos_ in ("VERB", "AUX") and (
        "Fin" in features.morph(t).get("VerbForm") or t.tag_ in ("VBZ", "VBP", "VBD", "MD"))
        for t in span)


_TITLES = {"madame", "monsieur", "mesdames", "messieurs", "mademoiselle", "sir", "madam",
           "mr", "mrs", "ms", "miss", "dr", "dear", "cher", "chère", "chers", "chères", "bonjour",
           "bonsoir", "hello", "hi", "hey", "salut", "good", "morning", "afternoon", "evening"}


# Greetings (« Bonjour, », "Hello,", "Good morning,"): courtesy that opens a letter to
# anyone, not a title that addresses a file (« Madame, », "Dear Customer,").
_GREETINGS = frozenset({"bonjour", "bonsoir", "hello", "hi", "hey", "salut", "good", "morning",
                        "afternoon", "evening"})


def _number_sign(token) -> bool:
    """"no." before a figure is the number sign (« file no. 3 »), no negation."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "no." or token.lower_ == "no" and nxt is not None and (
        nxt.text == "." or nxt.like_num)


def _greets_by_name(text: str) -> bool:
    """The draft opens on a greeting that names the reader (« Bonjour Monsieur Diallo »,
    "Dear Mr Okafor", "Hi Chloe"), not « Madame, Monsieur » or "Dear valued customers"."""
    first = text.strip().split("\n", 1)[0]
    words = re.findall(r"[\w’'-]+", first)
    if not words or len(words) > 6 or words[0].lower() not in _TITLES:
        return False
    return any(w[:1].isupper() and w.lower() not in _TITLES for w in words[1:])


def _title_line(text: str, at: int) -> bool:
    """The line holding `at` is a heading in capitals (« AVIS DE DISPARITION », "BEFORE YOU
    GO IN"): every letter upper case, a few words, no closing « ! », text below it."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if end < 0 or not text[end:].strip():
        return False  # the closing line (« JE VALIDE MAINTENANT ») is a call, not a title
    line = text[start:end].strip()
    letters = [c for c in line if c.isalpha()]
    # (the figures and dashes of a date do not make it longer: « MUR OUEST — FERMÉ DU
    # LUNDI 4 AU MERCREDI 6 » is a poster's title of seven words)
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and \
        len(words) <= 8 and not line.endswith("!")


def _status_line(sentence) -> bool:
    """A status said as a label's passive, a bare noun and its past form ("Ticket closed.",
    "Claim rejected.", « Dossier clos. »): no verb said to anyone, whatever the tagger
    makes of the form."""
    words = [t for t in sentence if t.is_alpha]
    if not 2 <= len(words) <= 4 or words[0].pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("AUX", "DET", "PRON") for t in sentence):
        return False
    verbs = [t for t in words if t.pos_ == "VERB"]
    return bool(verbs) and all(t.tag_ in ("VBD", "VBN") or "Part" in features.morph(t).get(
        "VerbForm") for t in verbs)


# a sentence that opens on a mishap that may come (`_Reader._word`)
_MISHAP_OFFER = re.compile(r"\s*(?:if|si|s['’])\s+(?:(?:quoi\s+que\s+ce\s+soit|quelque\s+chose|"
                           r"anything|something|there(?:['’]s|\s+is)\s+(?:any|a)\s+\w+)\b)",
                           re.I)
# a condition that something has not happened, open up to a word (`_Reader._word`)
_FALLBACK_CONDITION = re.compile(r"\b(?:if|unless|si|s['’])\b[^,;:]*\b(?:not|n['’]t|never|"
                                 r"pas|jamais|rien|toujours\s+pas)\b[^,;:]*$", re.I)


# a determiner and a noun, then the copula, just before a word (`_case_thing_state`)
_THING_IS = re.compile(r"\b(?:ton|ta|tes|votre|vos|le|la|les|son|sa|ses|ce|cette|the|your|this|its)"
                       r"\s+[^\W\d_]+\s+(?:est|sont|reste|restent|a\s+été|ont\s+été|is|are|was|"
                       r"were|has\s+been|have\s+been|remains|got)\s+(?:toujours\s+|encore\s+|"
                       r"still\s+)?$", re.I)


def _signature(sentence) -> bool:
    """An agent's signature or a bare link closing a reply ("-Becky", "^KL", "*ACJ",
    "[url]")."""
    if len(sentence) > 3:
        return False
    text = features.span_text(sentence.doc, sentence.start, sentence.end).strip()
    return text.startswith(("-", "^", "*", "[", "http")) or not any(
        t.is_alpha for t in features.span_tokens(sentence))


@functools.cache
def _letter_frame_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    table = _settings()["letter_frame"]
    sign_offs = lexicons.phrase_pattern(table["sign_offs"][language])
    thanks = lexicons.phrase_pattern(table["thanks_openers"][language])
    return (re.compile(rf"\s*(?:{sign_offs.pattern})\s*(?:[,.!]|\n|$)", re.I),
            re.compile(rf"\s*(?:{thanks.pattern})", re.I))


def _letter_frame(text: str, language: str) -> bool:
    """A sentence of a letter's frame, not its body: the sign-off (« Cordialement, »,
    "Kind regards,\nTempérane") or the opener that thanks for writing in ("Dear Mr Price,\n
    Thank you for your message regarding your repair."), a few words long. A greeting
    alone is left to the reading (« Madame, » is its own signal)."""
    first, _, rest = text.strip().partition("\n")
    words = re.findall(r"[\w’'-]+", first)
    if rest.strip() and words and len(words) <= 6 and words[0].lower() in _TITLES:
        text = rest  # "Dear Mr Price," above the sentence
    if len(re.findall(r"[^\W\d_]+", text)) > _settings()["letter_frame_words"]:
        return False
    sign_off, thanks = _letter_frame_patterns(language)
    return bool(sign_off.match(text) or thanks.match(text))


@functools.cache
def _ultimatum_words(language: str) -> tuple[re.Pattern, frozenset[str]]:
    """The conditions (a pattern) and sanctions (words) of an ultimatum, once a language."""
    table = _settings()["ultimatum"]
    return (lexicons.phrase_pattern(table["conditions"][language]),
            frozenset(w.lower() for w in table["sanctions"][language]))


@functools.cache
def _step_purposes(language: str) -> re.Pattern:
    """A step on the screen right before its purpose ("click here to …"), once a language."""
    return lexicons.phrase_pattern(_settings()["ultimatum"]["step_purposes"][language])


@functools.cache
def _deadline_ultimatum_words(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The deadline conditions (the reader's act by a date, or else) and the losses that
    follow them, as patterns, once a language."""
    table = _settings()["ultimatum"]
    return (lexicons.phrase_pattern(table["deadline_conditions"][language]),
            lexicons.phrase_pattern(table["losses"][language]))


def _told_in_past(sentence, imperfect: bool = False) -> bool:
    """The sentence (or tokens) tells the past ("at 5:40am the phone rang, our founder
    drove out"); with `imperfect`, also a French imperfect with its subject (« Augustin
    gardait une boîte sur son bureau »: not any verb the small model tags so, « retrait
    possible » is one)."""
    for t in sentence:
        if t.tag_ == "VBD" and t.pos_ in ("VERB", "AUX"):
            return True
        if t.pos_ == "VERB" and "Past" in features.morph(t).get("Tense") and (
                "Fin" in features.morph(t).get("VerbForm")
                or any(c.dep_ == "aux:tense" for c in kids(t))):
            return True  # « il ouvrit », « il a ouvert »
        if imperfect and t.pos_ == "VERB" and "Imp" in features.morph(t).get("Tense") and \
                "Fin" in features.morph(t).get("VerbForm") and any(
                    c.dep_.startswith("nsubj") for c in kids(t)):
            return True  # « il gardait »
    return False


@functools.cache
def _detail_words(language: str) -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """The verbs of telling, the case's facts and the words that ask for an opinion
    instead, of a request for details, once a language."""
    table = _settings()["detail_request"]
    return (frozenset(w.lower() for w in table["verbs"][language]),
            lexicons.phrase_pattern(table["case"][language]),
            lexicons.phrase_pattern(table["opinion"][language]))


@functools.cache
def _purpose_patterns(language: str) -> tuple[tuple[tuple[str, ...], re.Pattern], ...]:
    """Each page purpose's tones and the pattern of its heading words, once a language."""
    return tuple((tuple(entry["tones"]), lexicons.phrase_pattern(entry[language]))
                 for entry in _settings()["page_purposes"])


@functools.cache
def _kept_informed_words(key: str, language: str) -> frozenset[str]:
    """`kept_informed.verbs` or `kept_informed.messages`, once a language."""
    return frozenset(w.lower() for w in _settings()["kept_informed"][key][language])


@functools.cache
def _word_pattern_in(table: str, key: str, language: str) -> re.Pattern:
    """A phrase pattern of one of a settings table's lists, once a language."""
    return lexicons.phrase_pattern(_settings()[table][key][language])


@functools.cache
def _word_set_in(table: str, key: str, language: str) -> frozenset[str]:
    """A word set of one of a settings table's lists, once a language."""
    return frozenset(w.lower() for w in _settings()[table][key][language])


@functools.cache
def _word_pattern(key: str, language: str) -> re.Pattern:
    return lexicons.phrase_pattern(_settings()[key][language])


@functools.cache
def _waived_cost(token, text: str, language: str) -> bool:
    """« sans frais », "free of charge", or a free said of the case (« le report est
    gratuit », "it's free"): a cost waived. A free thing put forward (« 2 mois offerts »,
    "free shuttle") is not: the word must be a set phrase or a predicate."""
    if text not in _word_set("waived_costs", language):
        return False
    if " " in text:
        return True
    return token.dep_ in ("acomp", "attr") or any(c.dep_ == "cop" for c in kids(token))


# the dependencies that bind a word into a noun phrase's name ("ACME challenge", « client
# ACME », « racine (STAGING) »)
_NAME_DEPS = frozenset({"compound", "nmod", "appos", "flat", "flat:name", "amod", "nummod"})
# a figure with a unit, a time or an ordinal (« 13h45 », "7pm", "1970s", « 2e »): no term
_MEASURE = re.compile(r"\d+(?:[.,:h]\d+)?(?:am|pm|h|s|er|re|e|ème|st|nd|rd|th|min|km|kg|g|"
                      r"ml|cl|l|cm|mm|m|x|k|go|gb|mo|mb|€|£|\$|%)?", re.I)


def _name_neighbours(token, beside: bool = True) -> list:
    """The words bound with `token` into one noun phrase's name (and, with `beside`, a
    noun right next to it)."""
    def bound(word, dep: str) -> bool:
        # (the small French model hangs « client ACME »'s name on as an xcomp or an acl)
        return dep in _NAME_DEPS or dep in ("xcomp", "acl") and word.pos_ in ("NOUN", "PROPN")

    doc = token.doc
    # a noun right next to it, whatever the parse made of the pair ("ACME challenge", « votre
    # client ACME ne prend pas… », parsed as a clause of its own)
    next_to = [doc[i] for i in (token.i - 1, token.i + 1)
               if beside and 0 <= i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN")]
    return [c for c in kids(token) if bound(token, c.dep_)] + \
        ([token.head] if bound(token.head, token.dep_) else []) + next_to


def _technical_term(token) -> bool:
    """A system's term: an identifier (http-01, data/clients.json, renewalInfo, ACMEv2,
    X1) or an acronym used as a name (ACME, OCSP, « CAA »). A figure with its unit or a
    time (« 13h45 », "7pm") is none, nor a word shouted in capitals."""
    shape = _term_shape(token.text)
    if shape != "acronym":
        return shape
    # an acronym ("OCSP", "CRLs", « CAA ») used as a name: bound into a noun phrase with
    # a noun in small letters ("OCSP responses", « l'enregistrement CAA »); a word shouted
    # alone ("HURRY", « URGENT ») is not
    if token.is_stop:
        return False
    if token.dep_ == "amod" and not (token.doc.lang_ == "fr" and token.head.i == token.i - 1
                                     and len(token.text) <= 4):
        # (the small French model tags « adresse IP », « clé API » amod: right after its
        # noun, a short acronym is its name, not a shouted adjective)
        return False
    # (or, whatever the parse, right after its noun in French, « le client ACME », and right
    # before it in English, "OCSP responses")
    at = token.i + (-1 if token.doc.lang_ == "fr" else 1)
    noun = token.doc[at] if 0 <= at < len(token.doc) else None
    return any(n.pos_ in ("NOUN", "PROPN") and not n.text.isupper()
               for n in _name_neighbours(token, beside=False) + ([noun] if noun else []))


# a sentence of its own that closes a matter (`_Reader.matter_closed`)
_FULL_STOPS = frozenset({"point", "period"})
_MENU_PATH = re.compile(r"\b[^\W\d_][\w'’-]*(?:\s>\s[^\W\d_][\w'’-]*)+")


def technical_page(analysis) -> tuple[frozenset[int], bool]:
    """The system's terms of the draft (token indices) and whether it is a technical page —
    documentation of how a system works, told in its terms (`technical` in the lexicon).
    Read once per document by `DocAnalysis.technical`; the tone reading and the claim rules
    ask it (on such a page a thing that is not the brand's offer is the system described)."""
    tokens = features.tokens(analysis.doc)
    terms = frozenset(t.i for t in tokens if _technical_term(t))
    spec = _settings()["technical"]
    system = _technical_words("system_nouns", analysis.language)
    # a path through the screens (« Web > Sites > Modifier », "Account > Billing") is one
    # of the system's names too: a help page walks the reader through its menus
    paths = set(_MENU_PATH.findall(analysis.text))
    vocabulary = {tokens[i].text for i in terms} | paths | {
        t.lemma_.lower() for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in system}
    return terms, analysis.word_count >= spec["min_words"] and bool(terms or paths) and \
        len(vocabulary) >= spec["min_terms"]


@functools.lru_cache(maxsize=65536)
def _term_shape(text: str) -> bool | str:
    """What a word's letters alone say of it as a system's term (asked of every word of
    every draft, answered once per written form): True (an identifier), False (no
    term), or "acronym" (a term if used as a name, which the parse decides)."""
    if not any(c.isalpha() for c in text) or _MEASURE.fullmatch(text):
        return False
    if any(c.isdigit() for c in text):
        return True
    if re.search(r"[A-Za-z][._/][A-Za-z]", text) or re.match(r"[a-z]+[A-Z]", text):
        return True
    return "acronym" if re.fullmatch(r"[A-Z]{2,}s?", text) else False


@functools.cache
def _technical_words(key: str, language: str) -> frozenset[str]:
    """`technical.senses` or `technical.system_nouns`, once a language."""
    return frozenset(str(w).lower() for w in _settings()["technical"][key][language])


@functools.cache
def _word_set(key: str, language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _settings()[key][language])


@functools.cache
def _burden_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The reader's costs, risks and chores (`burdens`), and the negative pronouns that
    deny a clause (`negative_subjects`), once a language."""
    settings = _settings()
    return (frozenset(w.lower() for w in settings["burdens"][language]),
            frozenset(w.lower() for w in settings["negative_subjects"][language]))


def _in_another_language(analysis) -> bool:
    """The draft is written in a language brandlint does not read (`foreign_function_words`
    make a fifth of its words, three at least): its tone cannot be read in the profile's."""
    foreign = _word_set_flat("foreign_function_words")
    words = [t for t in features.tokens(analysis.doc) if t.is_alpha]
    hits = sum(1 for t in words if t.lower_ in foreign and not t.is_stop)
    return hits >= 3 and hits >= 0.2 * len(words)


@functools.cache
def _word_set_flat(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _settings()[key])


def read_tone(analysis) -> ToneReading:
    extra = tuple(sorted((tone, tuple(words)) for tone, words in
                         analysis.profile.tone.lexicon.items()))
    reader = _Reader(analysis, tone_lexicon(analysis.language, extra))
    if _in_another_language(analysis) or not analysis.function.reads_tone:
        # (a draft in a language brandlint does not read, or a legal notice: no brand's
        # tone to read)
        return ToneReading({}, [], reader.own_sentences(), service=analysis.channel.service)
    reader.read_lexicon()
    reader.read_signals()
    reader.spec_wording()
    reader.matter_closed()
    reader.notice_asides()
    reader.welcome_asides()
    reader.offer_news()
    reader.notice_news()
    reader.soften_refusals()
    reader.assents()
    reader.closing_call()
    reader.act_details()
    reader.event_times()
    reader.upsets_answered()
    reader.fixes_sent()
    reader.told_moments()
    raw: dict[str, float] = defaultdict(float)
    for e in reader.evidence:
        raw[e.tone] += e.weight
    # what the draft does (a reply to praise, an apology, a how-to…) fits its own tones,
    # held beside the channel's target as a page's headings are
    purposes = reader.page_purposes()
    purposes += tuple(t for t in analysis.function.tones if t not in purposes)
    return ToneReading(dict(raw), reader.evidence, reader.own_sentences(), purposes=purposes,
                       service=analysis.channel.service, word_count=analysis.word_count,
                       targets=tuple(t for t in analysis.channel.tones if t in POSITIVE),
                       short_channel=analysis.channel.max_chars is not None,
                       case_reply=_case_reply(analysis), sign_off=reader.sign_off,
                       event_time=reader.event_time, upset_answered=reader.upset_answered,
                       upset_comfort=reader.upset_comfort, fix_time=reader.fix_time,
                       moment_time=reader.moment_time, moment_beats=reader.moment_beats)


def _case_reply(analysis) -> bool:
    """A reply on a service channel with a case to serve: it answers a complaint, or names
    a case in answer to the reader's message (« au sujet du coffret arrivé abîmé », "your
    message about your room"). Not a notice the brand sends unasked — an order confirmed
    with a « Bravo », a gift card announced —, which names an order or a card but answers
    nobody."""
    return analysis.channel.service and (analysis.reply.answers_a_complaint or (
        function.names_a_case(analysis) and _answers_readers_message(analysis)))


# a salutation to one person, by title or name (« Bonjour Monsieur Vasseur », « Salut Jade »,
# "Dear Mr Ellis", "Hi Claire!"), not to everyone (« Bonjour à tous », "Hello everyone")
_NAMED_SALUTATION = {
    "fr": re.compile(r"^(?i:bonjour|bonsoir|salut|coucou|chère|cher)\s+(?:(?i:monsieur|madame|"
                     r"mademoiselle|mme|mlle|m\.)|[A-ZÉÈÀÇ][\w'’-]+)"),
    "en": re.compile(r"^(?i:dear|hi|hello|hey)\s+(?:(?i:mr|mrs|ms|miss|dr|mx)\b|"
                     r"(?!All\b|Everyone\b|There\b|Team\b|Friends\b|Folks\b)[A-Z][\w'’-]+)"),
}


def _answers_readers_message(analysis) -> bool:
    """The reader is answered: a call with their turns in it, a reply written to one
    customer (« Bonjour Monsieur Vasseur », "Dear Mr Ellis"), or their message named as
    theirs (« votre message », "your feedback", `acts.written_messages` of the frame's
    lexicon), not in quoted words."""
    from brandlint.analysis.frame import words as frame_words

    if analysis.customer_turns or analysis.is_personal_reply:
        return True
    first = next((line.strip() for line in analysis.text.splitlines() if line.strip()), "")
    if _NAMED_SALUTATION[analysis.language].match(first):
        return True
    messages = frame_words("acts", "written_messages", analysis.language)
    return any((t.lower_ in messages or t.lemma_.lower() in messages)
               and features.said_as_readers(t) and not analysis.is_quoted(t)
               for t in analysis.doc)


# -- thresholds and words for people ---------------------------------------------------------

THRESHOLD_KEYS = ("min_strength", "on_target_min", "clear_fit", "clear_strength", "clear_share",
                  "clear_coverage", "negative_min", "negative_share", "cold_min", "cold_share",
                  "dominated_fit", "dominance", "spread_fit", "spread_dominance",
                  "spread_coverage", "cold_alone_min", "cold_alone_share")


def thresholds(profile) -> dict[str, float]:
    """The shipped thresholds, overridden by the profile's `tone:` keys."""
    values = dict(_settings()["thresholds"])
    for key in THRESHOLD_KEYS:
        override = getattr(profile.tone, key)
        if override is not None:
            values[key] = override
    return values


# -- the decisions the rules make (one place, also replayed by `brandlint calibrate`) -----

def off_target(tone: ToneReading, targets, limits: dict) -> tuple[str | None, bool]:
    """The tone a draft reads as instead of its targets, and whether it clearly misses
    them (a warning) or only leans away (a hint); (None, False) when on target."""
    targets = [t for t in targets if t in POSITIVE]
    tone = tone.beyond_idea()
    if not targets or tone.positive_strength < limits["min_strength"]:
        return None, False
    # a page whose title says what it is for (a volunteer page, a how-to) does that job in
    # its own tone as well as the channel's
    targets = targets + [t for t in tone.purposes if t in POSITIVE and t not in targets]
    fit = tone.fit(targets)
    if fit >= limits["on_target_min"]:
        return None, False
    read = tone.dominant_among([t for t in POSITIVE if t not in targets])
    if read is None:
        return None, False
    pitched = _pitched_instead(tone, targets, fit, limits)
    if pitched:
        return pitched, True
    share = tone.positive_share([read])
    # the targets hold next to nothing, or the other tone outweighs them many times over
    # (88 % deal against 6 % joy: the page is a price list, not a discovery)
    dominated = fit <= limits["clear_fit"] or fit <= limits.get("dominated_fit", 0.0) and \
        share >= limits.get("dominance", float("inf")) * fit or \
        _spread_over(tone, read, fit, share, limits)
    clear = (dominated and _strong_enough(tone, share, limits)
             and _reaches(share, limits["clear_share"])
             # the whole draft reads so, not a few words of one section of it
             and _reaches(tone.coverage(read), limits.get("clear_coverage", 0.0))
             # … and says it with some weight, not one generic word ("easy", "new", "we
             # will") in a sentence here and there of a long page
             and _dense_enough(tone, read, limits)
             # … in several words of it, not one or two that name the section's subject
             # ("Discounts", "Join our partner program", « en 3 clics »)
             and _varied_enough(tone, read, limits))
    return read, clear


def _pitched_instead(tone: ToneReading, targets, fit: float, limits: dict) -> str | None:
    """In a reply with a case to serve (`ToneReading.case_reply`), a sale or a story told
    instead of the case's act: the tones of a pitch (`reply_pitch_tones`: deal, storytelling,
    surprise, joy — a discount offered, a new product to discover, the founder's story,
    « Bonne nouvelle ! ») together hold `pitch_share` of the reply's positive tone, outweigh
    its targets `pitch_dominance` times, run through the reply (`clear_coverage` of its
    sentences, `pitch_density` per hundred words) in several cues (`clear_variety`), and the
    reply carries `clear_strength`. One tone alone may hold less than half of it (a code,
    « Découvrez » and « idéal pour les fêtes » are deal, surprise and joy): it is the pitch
    that stands where the reply's act should be. Returns the pitch's heaviest tone,
    or None. (Shipped only: a reading replayed from a report keeps no case.)"""
    if not tone.case_reply:
        return None
    near = {n for t in targets for n in _settings()["neighbours"].get(t, ())}
    pitch = [t for t in _settings()["reply_pitch_tones"] if t not in targets and t not in near]
    share = tone.positive_share(pitch)
    density = tone.density_of(pitch)
    variety = tone.variety_of(pitch)
    if not (_reaches(tone.positive_strength, limits["clear_strength"])
            and _reaches(share, limits.get("pitch_share", float("inf")))
            and share >= limits.get("pitch_dominance", float("inf")) * fit
            and _reaches(tone.coverage_of(pitch), limits.get("clear_coverage", 0.0))
            and density is not None and _reaches(density, limits.get("pitch_density", 0.0))
            and variety is not None and variety >= limits.get("clear_variety", 0)):
        return None
    return tone.dominant_among(pitch)


def _strong_enough(tone: ToneReading, share: float, limits: dict) -> bool:
    """The draft carries `clear_strength` of positive tone — or, in a message of a few lines
    on a channel of short messages (an SMS, a push, a post: the channel counts characters;
    `short_words` words at most) that reads as nothing but the other tone (`short_share` of
    its positive tone at least), `short_strength`: a founder story told in thirty words is
    all the SMS says, with fewer cues than a page has room for; a short notice whose times
    sit beside what stays open (60 % speed) is no such message, nor is a short section of a
    web or help page (one part of the page, under its heading) or a reply's friendly
    sign-off. A reading replayed from a report, with no word count, is held to
    `clear_strength`."""
    needed = limits["clear_strength"]
    if tone.short_channel and 0 < tone.word_count <= limits.get("short_words", 0) and \
            _reaches(share, limits.get("short_share", float("inf"))):
        needed = min(needed, limits.get("short_strength", needed))
    return _reaches(tone.positive_strength, needed)


def _dense_enough(tone: ToneReading, read: str, limits: dict,
                  key: str = "clear_density") -> bool:
    """`read` weighs `limits[key]` per hundred words of the draft at least (a reading
    replayed from a report, with no word count, is not held to it)."""
    density = tone.density(read)
    return density is None or _reaches(density, limits.get(key, 0.0))


def _varied_enough(tone: ToneReading, read: str, limits: dict) -> bool:
    """`read` is said by `clear_variety` different cues at least (a reading replayed from a
    report, with no evidence, is not held to it)."""
    variety = tone.variety(read)
    needed = limits.get("clear_variety", 0)
    if 0 < tone.word_count <= limits.get("variety_words", 0):
        # a message of a line or two has no sections to name: two cues are its whole voice
        # ("Rough week? We see you. Be gentle with yourself tonight")
        needed = min(needed, 2)
    return variety is None or variety >= needed


def _spread_over(tone: ToneReading, read: str, fit: float, share: float, limits: dict) -> bool:
    """The targets hold a little more (a pushed offer in a reply that also thanks, a founder
    story on a shop page with one price), but the other tone outweighs them several times
    over and is said in most of the brand's sentences: a long page whose one section reads
    so is not caught (its tone covers a third of the page)."""
    return fit <= limits.get("spread_fit", 0.0) and \
        share >= limits.get("spread_dominance", float("inf")) * fit and \
        tone.coverage(read) >= limits.get("spread_coverage", 1.0)


def negative(tone: ToneReading, allowed, limits: dict) -> str | None:
    """The negative tone (anger, frustration, disappointment, pressure) the brand's own
    voice carries, or None."""
    tones = [t for t in NEGATIVE if t not in allowed]
    mass = sum(tone.raw.get(t, 0.0) for t in tones)
    # a threat in administrative words (« nos registres indiquent… sans paiement sous 48 h »)
    # is no less pushy for being cold: coldness does not dilute the negative share
    warm = tone.strength - (tone.raw.get(COLD, 0.0) if COLD not in allowed else 0.0)
    if not _reaches(mass, limits["negative_min"]) or warm <= 0 or \
            not _reaches(mass / warm, limits["negative_share"]):
        return None
    return tone.dominant_among(tones)


def cold(tone: ToneReading, allowed, limits: dict) -> bool:
    if COLD in allowed:
        return False
    weight, share = tone.raw.get(COLD, 0.0), tone.share([COLD])
    # a short reply that reads as nothing but the file's words (a rule quoted, "Kind
    # regards") is cold with less evidence than a long one
    if _reaches(weight, limits.get("cold_alone_min", float("inf"))) and \
            _reaches(share, limits.get("cold_alone_share", float("inf"))):
        return True
    # … and the draft speaks so, not a long page (a help article to "you") whose few
    # sentences state a rule or a status in the passive: coldness weighs `cold_density` per
    # hundred words at least, as an off-target tone weighs `clear_density`
    return _reaches(weight, limits["cold_min"]) and _reaches(share, limits["cold_share"]) \
        and _dense_enough(tone, COLD, limits, "cold_density")


def _reaches(value: float, limit: float) -> bool:
    """`value >= limit` for sums of weights: 0.6 + 0.7 + 0.7 is 1.9999999999999998 in
    floating point, and « 2.0 of coldness » reaches a threshold of 2.0."""
    return value >= limit - 1e-9
