"""The reading of a service reply: what a customer-care lead checks before it goes out.

Built on the utterance frame (who speaks, who holds the clause, which act): a service
reply should own the problem it admits, never put the fault on the customer or doubt
them, not talk down, not ask again for what the customer gave, not sell, and say what
happens next within the service's commitment. Everything here is read in the brand's
own words: quoted or reported customer words and a script's customer turns
(« [Client : …] ») are the customer's and never count against the brand — but what the
customer gave there (an order number) is known to the reply.

`read_reply(analysis)` returns the cues the sincerity rules (BL4xx) judge; it is
computed once per document, lazily (`DocAnalysis.reply`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from brandlint.analysis import claims, features, lexicons
from brandlint.analysis.claims import POSSESSIVES_OWN
from brandlint.analysis.features import children as kids
from brandlint.analysis.features import clause_bounds, line_bounds
from brandlint.analysis.frame import BRAND_SIDE, SUBJECT_DEPS, THINGS, _passive, evidential
from brandlint.analysis.frame import words as frame_words
from brandlint.analysis.promises import done_in_the_call, the_event_counted_from
from brandlint.profile import BUILTIN_SERVICES
from brandlint.profile.durations import unit_words


@dataclass(frozen=True)
class Cue:
    """A stretch of the reply (token range) and what it is."""

    start: int
    end: int
    kind: str
    detail: str = ""


@dataclass(frozen=True)
class BatchedStep:
    """A step put off to a periodic batch (« traitement trimestriel », "monthly payment
    run"), longer than the commitment of the service it is about."""

    start: int
    end: int
    service: str
    period_hours: float
    committed_hours: float
    # batch: a periodic run; absence: someone's return; range: a delay given as a range;
    # dated: a day counted from the reply's send moment
    kind: str = "batch"


@dataclass
class ServiceReply:
    blame: list[Cue] = field(default_factory=list)
    doubt: list[Cue] = field(default_factory=list)
    problems: list[Cue] = field(default_factory=list)  # problems the brand admits
    # problems from outside the brand (the network, the customer's device) or put in doubt
    # as faults (« si cela est considéré comme une erreur »): no apology owed, a next step is
    outside_problems: list[Cue] = field(default_factory=list)
    reported_problems: list[Cue] = field(default_factory=list)  # the customer's account
    apologies: list[Cue] = field(default_factory=list)  # apologies and ownership
    shifted_apologies: list[Cue] = field(default_factory=list)  # blame or deflection
    condescension: list[Cue] = field(default_factory=list)
    repeats: list[Cue] = field(default_factory=list)  # asks again for what is known
    marketing: list[Cue] = field(default_factory=list)
    next_steps: list[Cue] = field(default_factory=list)
    # undated hand-offs and "as soon as possible": a step in words only (« transmis à
    # notre atelier », "we've escalated your query", "we'll look into it")
    vague_steps: list[Cue] = field(default_factory=list)
    fragment: bool = False  # one message of a thread ("1/2"): absences are not judged
    # the apology opens an explanation that answers the customer's question, and no problem
    # is admitted or named ("My apologies. If that flight never showed up on your search,
    # that would mean it was full"): the answer resolves, no next step is owed (round 18)
    answered: bool = False
    limitation: Cue | None = None  # a limitation outside the brand's control, explained
    sympathy_only: bool = False  # every apology regrets a feeling or a loss, no fault
    slow_steps: list = field(default_factory=list)  # promises slower than committed
    batched_steps: list[BatchedStep] = field(default_factory=list)  # put off to a batch
    complaint_markers: list[Cue] = field(default_factory=list)

    @property
    def owns_the_fault(self) -> bool:
        """The brand owns the fault: one of its apologies is of the `ownership` kind."""
        return any(c.kind == "ownership" for c in self.apologies)

    @property
    def answers_a_complaint(self) -> bool:
        return bool(self.problems or self.apologies or self.shifted_apologies
                    or self.complaint_markers or self.blame or self.reported_problems
                    or self.outside_problems)


# An identifier asked for by its noun: « numéro de contrat », "account number", "postcode";
# (se55) with another particular of the same thing before its noun (« le numéro et la date de
# la facture », "the number and date of the invoice"), or the things asked with their numbers
# ("a screenshot of the two orders with their numbers", « les commandes avec leur numéro »).
_IDENTIFIER_FR = re.compile(
    r"\b(?:numéro|n°|référence|code)\s+(?:de\s+(?:votre\s+|la\s+|l['’]\s*)?|du\s+|d['’]\s*)?"
    r"(?P<noun>[^\W\d]{4,})"
    r"|\b(?P<noun2>code\s+postal)"
    r"|\b(?:numéro|n°|référence)\s+(?:et|ou|ainsi\s+que)\s+(?:la\s+|le\s+|l['’]\s*|les\s+)"
    r"[^\W\d]+\s+(?:de\s+(?:votre\s+|vos\s+|la\s+|l['’]\s*|les\s+)?|du\s+|des\s+|d['’]\s*)"
    r"(?P<noun3>[^\W\d]{4,})"
    r"|\b(?P<noun4>[^\W\d]{4,})\s+avec\s+(?:leurs?|son|sa|ses)\s+(?:numéros?|références?)\b",
    re.I)
_IDENTIFIER_EN = re.compile(r"\b(?P<noun>[^\W\d]{4,})\s+(?:number|no\.|reference|id)\b"
                            r"|\b(?P<noun2>postcode|zip\s+code)"
                            r"|\b(?:number|reference)\s+(?:and\s+(?:the\s+)?[^\W\d]+\s+)?of\s+"
                            r"(?:the|your)\s+(?:two\s+|both\s+|\d+\s+)?(?P<noun3>[^\W\d]{4,})"
                            r"|\b(?P<noun4>[^\W\d]{4,})\s+with\s+(?:their|its)\s+"
                            r"(?:[^\W\d]+\s+)?(?:numbers?|references?|ids?)\b",
                            re.I)
# What a number right after a noun is when it counts or measures (« machine 3 fois »,
# "room 2 hours"), not when it names the thing ("machine 12").
_NOT_A_QUANTITY = (r"(?!\s*(?:%|€|\$|£|h\b|heures?|hours?|jours?|days?|min\b|minutes?|semaines?|"
                   r"weeks?|mois|months?|ans?\b|years?|fois|times|euros?|x\b))")
# A clock time (« à 18 h », « 14h30 », "by 6 pm", "at 10:30"): the clause says when.
_CLOCK = re.compile(r"(?<![\d,.])(?:[01]?\d|2[0-3])\s?"
                    r"(?:h(?:\s?[0-5]\d)?|[:.][0-5]\d\s?(?:[ap]\.?m\.?)?"
                    r"|\s?[ap]\.?m\.?)(?![\w%])", re.I)
# A delay (« sous 5 jours », "within 2 hours"): the clause says when.
_DELAY = re.compile(r"\b(?:sous|dans|en|d['’]ici|within|in)\s+"
                    r"(?:\d+|un|une|deux|trois|one|two|three)\s*(?:h|heures?|jours?(?:\s+ouvrés)?|j|semaines?|minutes?|min|hours?|days?|"
                    r"working\s+days?|weeks?|mins?)\b", re.I)
# An e-mail's subject line: « Objet : … », "Subject: Re: …", "RE: …".
_SUBJECT_LINE = re.compile(r"\s*(?:subject|objet|sujet|re|tr|fwd?)\s*:", re.I)
# A turn's label opening its line: "@CassetinHelp:", « Conseiller : », "Agent (12:44):".
_LABEL = re.compile(r"[ \t>*_-]*" + features.LEAD_STAMP +
                    r"@?[\w][\w.'’@ -]{0,29}?[ \t]*(?:[(\[][^)\]\n]{0,12}[)\]])?"
                    r"[ \t]*[:：]")
# A turn of the other party in a script: « [Client : …] », "[Customer: …]".
_TURN = re.compile(r"\[[^\]:\n]{2,24}:\s*([^\]]*)\]")

# The modals of a polite request put as a condition ("if you could send us…", « si vous
# pouviez nous renvoyer… »): the request itself, not its condition.
POLITE_MODALS = frozenset({"could", "can", "would", "will", "pouviez", "pourriez", "pouvez",
                           "voulez", "voudriez", "vouliez"})

# The opening of a notice: "Please note that…", "please be aware", « veuillez noter que »,
# « merci de noter que » — the brand informs, the *please* asks nothing.
_NOTICE_FORMULA = re.compile(r"\b(?:please\s+(?:note|be\s+(?:aware|advised))|kindly\s+note|"
                             r"(?:veuillez|merci\s+de)\s+(?:bien\s+)?noter)\b", re.I)

# A duty handed over in the present for an act to come: "It is your responsibility to…",
# "it's up to you to…", « il est de votre responsabilité de… », « c'est à vous de… », « il
# vous appartient de… » (not « il vous appartenait de vérifier »: a duty that was).
_DUTY_NOW = re.compile(r"\b(?:(?:it\s+is|it['’]s)\s+(?:your\s+(?:responsibility|job)|up\s+to\s+you)"
                       r"\s+to|il\s+est\s+de\s+(?:votre|ta)\s+responsabilité\s+d['’e]|"
                       r"c['’]est\s+à\s+(?:vous|toi)\s+d['’e]|il\s+vous\s+(?:appartient|incombe|"
                       r"revient)\s+d['’e])", re.I)

# A negative question on the customer's reading: a reproach, not a question.
_REPROACHED_READING = re.compile(r"(?:didn['’]t|did\s+not)\s+you\s+read"
                                 r"|(?:vous\s+n['’]avez\s+pas|n['’]avez-vous\s+pas)\s+lu", re.I)

# "could you tell me what time you sent it", « pouvez-vous nous dire quand vous l'avez
# envoyé » : a question about the customer's act, not words saying they gave it already
_ASKED_ABOUT_THE_ACT = re.compile(
    r"\b(?:what(?:\s+time|\s+day|\s+date)?|when|where|how|which|whether|if|quand|où|"
    r"comment|si|à\s+quelle\s+heure|quel\s+jour)\s+(?:\w+\s+){0,2}$", re.I)


# A postscript after the signature (« PS : votre colis part lundi », "P.S. Your refund is on
# its way"): text of its own, not the signature block.
_POSTSCRIPT = re.compile(r"(?:p\.?\s?s\.?|n\.?\s?b\.?)(?:\s|:|$)", re.I)


_OPENERS = frozenset(".!?…:;«\"“(-–—•*")


def _a_name(word) -> bool:
    """The word is a name (a product, a place): capitalised inside its sentence — « votre
    add-on Redis » is no form of « redire ». Not a word that opens a sentence, a line, a
    quote or a list item (« Redonnez-nous votre numéro », which the model tags a name)."""
    if not word.text[:1].isupper() or word.i == 0 or word.is_sent_start:
        return False
    before = word.nbor(-1)
    return not before.is_space and before.text not in _OPENERS


# Verbs by which a reader is asked for time ("allow 45 days", « patienter », « compter »):
# what is asked is patience, the brand's delay (`_deadline_required`).
_PATIENCE = frozenset({"allow", "wait", "expect", "patienter", "attendre", "compter",
                       "prévoir"})

_OTHERS_POSSESSIVES = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})


def _agent_of(participle):
    """Who acts on a passive participle, as the parse names it (« par l'examinateur »,
    "by the assessor"): the first agent it holds, else None."""
    for c in kids(participle):
        if c.dep_ == "obl:agent":
            return c
        if c.dep_ == "agent":
            return next((w for w in kids(c) if w.dep_ == "pobj"), None)
    return None


@functools.cache
def _table() -> dict:
    return lexicons.load("reply")


_words = functools.partial(lexicons.words, "reply", lower=True)  # (key, language)


@functools.cache
def _checked_before(language: str) -> re.Pattern:
    """A verb of checking (any ending) right before, with at most *this* / *it* between."""
    stems = "|".join(re.escape(w) for w in sorted(_words("checking_verbs", language)))
    return re.compile(rf"\b(?:{stems})\w*\s+(?:this\s+|it\s+|cela\s+|ça\s+)?$", re.I)


_phrases = functools.partial(lexicons.pattern, "reply")  # (key, language)


@functools.cache
def _information(language: str) -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Information kind -> (its words, what a value of it looks like)."""
    out = {}
    for kind, entry in _table()["information"].items():
        value = entry["value"]
        cased = kind == "address" or entry.get("case") == "sensitive"
        out[kind] = (lexicons.phrase_pattern(entry[language]),
                     re.compile(value[3:] if value.startswith("re:") else re.escape(value),
                                0 if cased else re.I))
    return out


@functools.cache
def _read_only() -> frozenset[str]:
    """Kinds of information known only when the brand reads a value on the case (se47)."""
    return frozenset(k for k, e in _table()["information"].items() if e.get("read_only"))


@functools.cache
def _customer_only() -> frozenset[str]:
    """Kinds of information known only when the customer gave them (a date, a model)."""
    return frozenset(k for k, e in _table()["information"].items() if e.get("customer_only"))


def _add_once(cues: list[Cue], cue: Cue) -> None:
    """One cue a stretch of words: clauses read at two widths (« et nos techniciens… »
    and « nos techniciens… ») make one finding, not two."""
    if not any(c.start < cue.end and cue.start < c.end for c in cues):
        cues.append(cue)


def _particular(noun) -> bool:
    """The noun names one of its kind by its particulars: a name, a number or an hour in
    its own words ("the 7am Spin class", « la machine 7 », « le vélo de Léa »)."""
    for c in noun.children:
        if c.dep_ in ("compound", "nummod", "flat", "appos", "nmod", "amod") and (
                c.pos_ in ("PROPN", "NUM") or any(ch.isdigit() for ch in c.text)):
            return True
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.like_num


# Where the words of a cause end: the clause's end, a conjunction, or a contrast that rules
# another cause out ("… left in the tank rather than to our work", « … et non à notre
# fabrication »).
_CAUSE_ENDS = re.compile(r"[,;:—–]|\s(?:so|and|but|donc|et|mais|rather\s+than|instead\s+of|"
                         r"plutôt\s+que|au\s+lieu\s+de)\s", re.I)


def read_reply(analysis) -> ServiceReply:
    reader = _ReplyReader(analysis)
    return reader.read()


class _ReplyReader:
    def __init__(self, analysis):
        self.analysis = analysis
        self.doc = analysis.doc
        self.language = analysis.language
        self.reply = ServiceReply()
        self.tokens = features.tokens(self.doc)  # self.tokens[i] is self.doc[i], made once

    # -- clauses in the brand's voice ----------------------------------------------
    @functools.cached_property
    def frames(self) -> list:
        seen, frames = set(), []
        for t in features.tokens(self.doc):
            if t.is_space or t.is_punct:
                continue
            bounds = clause_bounds(self.doc, t.i, self.language)
            if bounds in seen:
                continue
            seen.add(bounds)
            frames.append(self.analysis.frame(t))
        return frames

    def brands(self, index: int) -> bool:
        """The word at `index` is the brand's: not quoted, reported or a customer turn."""
        return index >= 0 and not self.analysis.is_quoted(features.tokens(self.doc)[index])

    def _content(self, frame) -> list:
        return [t for t in features.tokens(self.doc)[frame.start:frame.end]
                if not (t.is_punct or t.is_space)]

    def _span(self, frame) -> tuple[int, int]:
        tokens = self._content(frame) or list(self.doc[frame.start:frame.end])
        return tokens[0].i, tokens[-1].i + 1

    def _match_tokens(self, frame_start: int, frame_end: int, m: re.Match) -> tuple[int, int]:
        base = self.tokens[frame_start].idx
        span = self.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or not len(span):
            return frame_start, frame_end
        return span.start, span.end

    # -- reading -------------------------------------------------------------------
    def read(self) -> ServiceReply:
        reply = self.reply
        for frame in self.frames:
            self._acts(frame)
            self._problems(frame)
            self._condescension(frame)
            self._next_step(frame)
        self._problems_told_as_steps()
        self._record_contradicted()
        self._charge_unagreed()
        self._ownership()
        self._use_blamed()
        self._misuse_as_cause()
        self._likely_cause_on_customer()
        self._customers_act_guessed()
        self._choice_held_against()
        self._prior_state_guessed()
        self._failure_conjectured()
        self._admitted_despite()
        self._pointer_conceded()
        self._repeats()
        self._complaint_markers()
        if reply.answers_a_complaint:
            self._marketing()
        self._advice_for_next_time()
        self._use_rule_recalled()
        self._notice_held_against()
        self._instructions_set_against_cause()
        self._reminders_held_against()
        self._notice_stressed()
        self._cause_on_customer()
        self._act_given_as_cause()
        self._requirement_unmet()
        self._avoidable_by_customer()
        self._cause_on_customers_kind()
        self._use_put_in_question()
        self._proof_or_refusal()
        self._proof_before_belief()
        self._truth_questioned()
        self._bad_faith_ruled_out()
        self._past_held_improbable()
        self._rarity_then_asked_how()
        self._likened_to_others()
        self._suspected_tampering()
        self._reality_counterfactual()
        self._likened_to_fakes()
        self._cause_on_their_side()
        self._their_people_as_cause()
        self._cause_in_what_they_gave()
        self._handled_by_the_unnamed()
        self._unready_guessed()
        self._customers_part_conceded()
        self._keeping_inferred()
        self._late_against_terms()
        self._fault_traced_to_them()
        self._cause_as_usual()
        self._fault_on_their_side()
        self._omission_against_notice()
        self._instructions_defied()
        self._remedy_charged()
        self._slow_steps()
        self._batched_steps()
        self._ranged_steps()
        self._unattached_steps()
        self._day_named_steps()
        self._step_phrases()
        self._error_on_their_device()
        self._fault_put_in_doubt()
        self._owned_with_a_way_on()
        self._duty_handed_over()
        self._definitions_unasked()
        m = _phrases("limitations", self.language).search(features.doc_text(self.doc))
        if m:
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and self.brands(span.start):
                reply.limitation = Cue(span.start, span.end, "limitation", m.group(0))
        reply.sympathy_only = bool(reply.apologies) and all(
            self._sympathy(cue) for cue in reply.apologies)
        reply.answered = self._answered()
        marker = _table()["thread_marker"]
        reply.fragment = bool(re.search(marker[3:], features.doc_text(self.doc)))
        return reply

    def _answered(self) -> bool:
        """The reply answers a question rather than a complaint: an explanation in the
        brand's voice (`answer_explanations`: "that would mean it was full", « c'est parce
        que le vol était complet ») after its apology, and nothing admitted, named as a
        complaint, blamed or reported as the customer's problem — the courtesy apology
        ("My apologies.") opens the answer, which resolves what was asked (real copy judged
        in round 17: a reply like this read as "no next step")."""
        reply = self.reply
        if not reply.apologies or reply.problems or reply.complaint_markers or reply.blame \
                or reply.doubt or reply.reported_problems or reply.vague_steps:
            return False
        first = min(c.start for c in reply.apologies)
        text = features.doc_text(self.doc)
        for m in _phrases("answer_explanations", self.language).finditer(text):
            token = self._token_at(m.start())
            if token is not None and token.i > first and self.brands(token.i):
                return True
        return False

    def _received_in_place(self, predicate, m: re.Match) -> bool:
        """The customer's receiving of one thing in place of another (« vous avez reçu X au
        lieu du Y commandé », "you received X instead of the Y you ordered"): the brand's
        act undergone, not the customer's — unlike a thing not received (« vous n'avez pas
        reçu la notification », their own address at fault)."""
        return predicate.lemma_.lower() in _words("receiving_verbs", self.language) and \
            bool(re.search(r"au\s+lieu|à\s+la\s+place|instead\s+of", m.group(0), re.I))

    def _sympathy(self, cue: Cue) -> bool:
        """The apology regrets the customer's feeling or loss ("my apologies for any
        frustration", "sorry you're going to miss it", « désolée, il va vous manquer »)
        and names no service of the brand on its line."""
        _, line_end = features.line_bounds(self.doc, cue.start)
        end = min(line_end, cue.end + 12)
        text = features.span_text(self.doc, cue.start, end)
        if not _phrases("sympathy", self.language).search(text):
            return False
        services = self.analysis.service_words
        return not any(cue.start <= i < end for i in services)

    def _acts(self, frame) -> None:
        if not self.brands(frame.cue if frame.cue >= 0 else frame.predicate):
            return
        start, end = self._span(frame)
        cue = Cue(start, end, frame.act)
        if frame.act == "blame":
            if self._own_duty(frame) or self._burden_not_owed(frame):
                # "Our earlier reply should never have told you otherwise": the brand's
                # own past duty (its reply, its staff) — an admission, not blame
                self.reply.apologies.append(Cue(start, end, "ownership"))
                return
            if self._things_failed_duty(frame):
                # "Your gift hamper should have contained the almonds", « votre coffret
                # aurait dû contenir… »: what the brand's thing failed to be — the problem
                # admitted, no act of the customer's reproached (se40)
                self.reply.problems.append(Cue(start, end, "problem", "duty"))
                return
            if self._apology_word(frame):
                self.reply.shifted_apologies.append(cue)
            _add_once(self.reply.blame, cue)
        elif frame.act == "doubt":
            _add_once(self.reply.doubt, cue)
        elif frame.act == "deflection":
            if not self._anothers_decision(frame):
                self.reply.shifted_apologies.append(cue)
        elif frame.act == "apology" and not self._denied(frame.cue):
            if self._things_duty(frame):
                # "the meals should have been cancelled automatically", « la relance aurait
                # dû partir vendredi »: a failure told of a thing, owned by no one — the
                # problem admitted, not the brand owning it (« nous aurions dû »)
                self.reply.problems.append(Cue(start, end, "problem", "duty"))
                return
            # "I'm sorry it still hasn't arrived": the negation is in what is regretted
            self.reply.apologies.append(cue)

    def _definitions_unasked(self) -> None:
        """A definition talks down to a person written back to ("Thanks for your question.
        A hem is the folded edge…", a script's customer turn before « une fermeture éclair,
        c'est… »); in copy that speaks to no one (`speaks_to_someone`: an interface's help
        text, a glossary, onboarding — "A namespace is a group of load balancers") it is
        the explanation the page is for."""
        if not any(c.detail == "definition" for c in self.reply.condescension) or \
                speaks_to_someone(self.analysis, self.reply):
            return  # (who is spoken to is asked only of a reply that defines something)
        self.reply.condescension[:] = [c for c in self.reply.condescension
                                       if c.detail != "definition"]

    def _pointer_conceded(self) -> None:
        """Where the customer was told, pointed to and then conceded by the brand's own
        past duty in the same sentence (« c'est indiqué sur le bon de dépôt, mais nous
        aurions dû vous le redire », "it's on the receipt, but we should have told you at
        the desk"): the brand takes the fault of the notice not reaching them — an
        admission, not a reader talked down to."""
        kept = []
        for cue in self.reply.condescension:
            start, end = line_bounds(self.doc, cue.start)
            if not any(cue.end <= a.start < end and self._owned_duty(a)
                       for a in self.reply.apologies):
                kept.append(cue)
        self.reply.condescension[:] = kept

    def _owned_duty(self, cue: Cue) -> bool:
        """The apology is the brand's own past duty (« nous aurions dû », "we should
        have"): the frame's counterfactual, held by the brand."""
        frame = self.analysis.frame(self.tokens[cue.start])
        return frame.modality == "counterfactual" and frame.holder in BRAND_SIDE

    def _duty_handed_over(self) -> None:
        """A duty set on the reader for an act to come, in copy that answers no one and
        tells nothing that happened — an interface's help text to an operator ("It is your
        responsibility to communicate this code to the customer", « Il est de votre
        responsabilité de transmettre ce code au client »): their role, not a fault put on
        them. In a reply, or after a story of what went wrong, it stays blame."""
        reply = self.reply
        if not reply.blame or self._case_told() or any(
                t.pos_ in ("VERB", "AUX") and ("Past" in features.morph(t).get("Tense") or
                                               t.tag_ in ("VBD", "VBN"))
                for t in features.tokens(self.doc)):
            return  # « Le pied s'est cassé parce que… c'est précisé page 4 »: a story told
        for cue in reply.blame:
            start, end = line_bounds(self.doc, cue.start)
            if not _DUTY_NOW.search(features.span_text(self.doc, start, end)):
                return  # another blame than the duty handed over ("hinges don't tend to
                # snap on their own", « il vous appartenait de vérifier »): it stays
        reply.blame.clear()

    def _case_told(self) -> bool:
        """The copy has a case to answer: a problem admitted, reported or put outside, a
        complaint named, an apology, a doubt, a person written back to, or a clause that
        tells what happened. Without one — a tutorial, a form's help text, written to no one
        about nothing past — there is no fault nor past event of the reader's to blame."""
        reply = self.reply
        return self._went_wrong() or speaks_to_someone(self.analysis, reply) or any(
            f.time == "past" for f in self.frames)

    def _went_wrong(self) -> bool:
        """Something went wrong in the case: a problem admitted, reported or put outside, a
        complaint named, an apology, a doubt."""
        reply = self.reply
        return bool(reply.problems or reply.reported_problems or reply.outside_problems or
                    reply.complaint_markers or reply.apologies or reply.shifted_apologies or
                    reply.doubt)

    def _question_answered(self) -> bool:
        """The reply answers the customer's question (`answer_markers`: « Bonne question : »,
        "you asked whether…") and nothing went wrong: a pre-sale or how-to answer, whose
        advice (« mieux vaut réserver dès maintenant », "it's always best to book now") is
        help, not a lesson on a fault (se61)."""
        return not self._went_wrong() and bool(_phrases("answer_markers", self.language).search(
            features.doc_text(self.doc)))

    def _things_duty(self, frame) -> bool:
        """The apology the frame reads is a past duty held by a thing of the brand's (its
        subject a meal, a charge, an e-mail), with no word of apology or ownership in the
        clause: no one owns it."""
        predicate = self.tokens[frame.predicate]
        # "that should have been flagged in the app", « cela aurait dû être signalé »: a
        # passive with no agent, held by no one of the brand's or the customer's (round 33)
        impersonal = _passive(predicate) and frame.holder not in (*BRAND_SIDE, "customer") \
            and not any(c.dep_ in ("agent", "obl:agent") for c in kids(predicate))
        if frame.holder not in THINGS and not impersonal or self._apology_word(frame):
            return False
        cue = self.tokens[frame.cue] if frame.cue >= 0 else None
        duty = ("should", "ought", "devoir", "dû", "falloir")
        return cue is not None and (cue.lemma_.lower() in duty or cue.lower_ in duty) and \
            not _phrases("ownership", self.language).search(
                features.span_text(self.doc, frame.start, frame.end))

    def _things_failed_duty(self, frame) -> bool:
        """The past duty is held, in the active, by a thing named by a noun — the product
        the customer received ("your gift box should have contained the jam", « votre
        coffret aurait dû contenir… »), not a person (`people`, `patrons`, `staff`,
        `customer_kinds`), nor what they filled in, filed or gave (`customer_inputs`,
        `reader_supplies`, `customer_files`, `form_words`: "your form should have had the
        flat number", « votre dossier aurait dû être complet » stay theirs). Read from the
        subject itself: the frame's holder may take "your box" for the reader, « Vous
        auriez dû » for a thing."""
        from brandlint.analysis.frame import _words as frame_words

        predicate = self.tokens[frame.predicate]
        cue = self.tokens[frame.cue] if frame.cue >= 0 else None
        duty = ("should", "ought", "devoir", "dû", "falloir")
        if cue is None or not (cue.lemma_.lower() in duty or cue.lower_ in duty) or \
                _passive(predicate) or self._apology_word(frame) or _phrases(
                    "ownership", self.language).search(
                    features.span_text(self.doc, frame.start, frame.end)):
            return False
        people = _words("customer_kinds", self.language).union(
            *(frame_words("holders", key, self.language)
              for key in ("people", "patrons", "staff", "institutions")))
        given = _words("customer_inputs", self.language) | _words(
            "reader_supplies", self.language) | _words("customer_files", self.language)
        subjects = [c for c in kids(predicate) if c.dep_ in SUBJECT_DEPS]
        if not subjects and predicate.dep_ == "xcomp":  # « coffret aurait dû contenir »
            subjects = [c for c in kids(predicate.head) if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and not any(
            s.pos_ != "NOUN" or s.ent_type_ in ("PERSON", "PER", "ORG") or
            s.lemma_.lower() in people or s.lower_ in people or
            s.lemma_.lower() in given or s.lower_ in given or
            _phrases("form_words", self.language).search(
                features.span_text(self.doc, s.left_edge.i, s.i + 1)) for s in subjects)

    def _anothers_decision(self, frame) -> bool:
        """The apology regrets a decision another party had the right to take on the
        customer's request (« notre partenaire financier a refusé la demande de crédit »,
        "the finance company has declined your application"): bad news, no fault of the
        brand's moved onto someone else — a deflection only when a service failed."""
        _, line_end = line_bounds(self.doc, frame.start)
        decisions = _words("decision_verbs", self.language)
        requests = _words("request_nouns", self.language)
        for t in features.tokens(self.doc)[frame.start:min(line_end, frame.end + 20)]:
            if t.lemma_.lower() not in decisions and t.lower_ not in decisions:
                continue
            objects = [c for c in t.subtree if c.i > t.i and (
                c.lemma_.lower() in requests or c.lower_ in requests)]
            subjects = [c for c in kids(t) if c.dep_ in SUBJECT_DEPS]
            if objects and subjects and not any(
                    c.lower_ in ("nous", "we", "je", "i", "on", "vous", "you")
                    for c in subjects):
                return True
        return False

    def _own_duty(self, frame) -> bool:
        """The subject of the past duty is the brand's own: « notre précédente réponse
        n'aurait jamais dû », "our earlier reply should never have", "our team should
        have" — the subject named as ours, not the customer."""
        duty = ("devoir", "should", "ought", "falloir")
        if not any(t.lemma_.lower() in duty or t.lower_ in duty for t in self._content(frame)):
            return False  # only a past duty (« aurait dû », "should have") is turned round
        predicate = self.tokens[frame.predicate]
        # the duty's own subject; only a predicate without one (an infinitive under
        # « il aurait fallu ») borrows its head's — "You should have mentioned it — we'd
        # have set…": the "we" of the next clause is not who had the duty
        subjects = [c for c in kids(predicate) if c.dep_ in SUBJECT_DEPS] or [
            c for c in kids(predicate.head) if c.dep_ in SUBJECT_DEPS]
        ours = POSSESSIVES_OWN
        return any(s.lower_ in ("nous", "we", "i", "je", "on") or any(
            c.lower_ in ours for c in kids(s)) for s in subjects)

    def _burden_not_owed(self, frame) -> bool:
        """« Vous n'auriez pas dû avoir à rappeler trois fois », "you shouldn't have had to
        chase us": the past duty denied is an obligation the customer bore (« avoir à »,
        "have to") — the brand admitting its own failing, not the customer's fault."""
        text = features.span_text(self.doc, frame.start, frame.end)
        return bool(_phrases("burden_not_owed", self.language).search(text))

    def _denied(self, index: int) -> bool:
        """The apology word itself is denied (« nous ne sommes pas désolés »)."""
        if index < 0:
            return False
        before = {t.lower_ for t in features.tokens(self.doc)[max(index - 3, 0):index]}
        return bool(before & {"not", "n't", "pas", "never", "jamais"})

    def _apology_word(self, frame) -> bool:
        from brandlint.analysis.frame import _words as frame_words

        apology = frame_words("acts", "apology", self.language)
        return any(t.lemma_.lower() in apology or t.lower_ in apology
                   for t in features.tokens(self.doc)[frame.start:frame.end])

    # -- problems the brand admits --------------------------------------------------
    def _problems(self, frame) -> None:
        if frame.act in ("question", "invitation", "advice") or frame.modality == "conditional":
            return
        predicate = self.tokens[frame.predicate]
        if self._kept_away(frame, predicate):
            return  # "To prevent you from being charged twice, we skip…", « pour éviter que
            # vous soyez débité deux fois »: what the brand keeps from happening
        if not self.brands(frame.predicate):
            self._reported_problem(frame)
            return
        line_start, line_end = line_bounds(self.doc, frame.start)
        if _phrases("requested", self.language).search(
                features.span_text(self.doc, line_start, line_end)):
            return  # « annulée comme demandé »
        words = _words("problems", self.language)
        if self._customer_cancelled(frame) or _phrases("done_as_wanted", self.language).search(
                features.span_text(self.doc, frame.start, frame.end)):
            return  # "your subscription has been cancelled": what the customer asked for;
            # « Vidéo bien supprimée de votre liste », "successfully removed"
        arrival = _words("arrival_words", self.language)
        arrived = any(t.lemma_.lower() in arrival or t.lower_ in arrival
                      for t in self._content(frame)) or self._damage_explained(frame) or (
            frame.polarity == "affirmed" and self._agreed(frame)) or self._in_brand_hands(frame)
        for t in self._content(frame):
            if t.lemma_.lower() not in words and t.lower_ not in words and not (
                    arrived and self._damage_state(t)):
                continue
            if self._customers_case(t):
                # « si votre incident est toujours d'actualité », "about your issue": the
                # case the customer brought, named as theirs — a complaint, no admission
                self.reply.reported_problems.append(Cue(t.i, t.i + 1, "reported", t.lower_))
                continue
            if self._removal_by_rule(t, frame):
                continue  # « supprimé car son délai de conservation a été atteint »
            if t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in lexicons.words(
                    "claims", "prevention_verbs", self.language):
                continue  # « c'est ce qui vous évite un dégât des eaux », "it prevents
                # flooding": what the product keeps from happening, nothing admitted
            if self._readers_entry_wrong(t):
                continue  # "The password you entered is incorrect", « l'adresse demandée est
                # erronée »: what the reader typed or asked for, no fault of the brand's
            if self._counted(t):
                continue  # « le nombre de requêtes ou d'erreurs », "error rate": a measure
            if self._problem_stands(t, frame, predicate):
                cue = Cue(t.i, t.i + 1, "problem", t.lower_)
                if self._outside_origin(t) or self._removal_among_alternatives(t):
                    self.reply.outside_problems.append(cue)
                else:
                    self.reply.problems.append(cue)
                return
        undone = self._act_undone_confirmed(frame, predicate)
        if undone is not None:
            self.reply.problems.append(undone)
            return
        expected = _words("expected_states", self.language)
        if frame.polarity == "negated" and self._agreed(frame):
            for t in self._content(frame):
                if t.lower_ in expected and self.analysis.is_negated(t) or t.lower_ in expected \
                        and self._negated_near(t, frame):
                    # « en effet, l'habitacle n'était pas propre », "indeed, it wasn't clean"
                    start, end = self._span(frame)
                    self.reply.problems.append(Cue(start, end, "problem", "not_" + t.lower_))
                    return
        text = features.span_text(self.doc, frame.start, frame.end)
        if frame.polarity == "negated" and _phrases("customer_side", self.language).search(text):
            # « la modification d'adresse n'a pas été faite dans votre espace », "the change
            # wasn't saved in your account": an act left undone where the customer acts —
            # their omission told, not a failure the brand admits
            return
        m = _phrases("problem_phrases", self.language).search(text)
        aside = None if m else self._aside_end(frame)
        if aside is not None:
            # "was delivered to the building next door (no. 16 instead of no. 18)": the
            # parse makes the aside its own clause, but it completes this one (round 20)
            m = _phrases("problem_phrases", self.language).search(
                features.span_text(self.doc, frame.start, aside))
        if m and self._for_our_part(frame.start, m):
            m = None  # « De notre côté : … », "On our end, we've…": what the brand will do
        if m and not _passive(predicate) and any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in ("vous", "you") for c in kids(predicate)) \
                and not self._received_in_place(predicate, m):
            m = None  # « vous avez commandé par erreur … », "you ordered the wrong size":
            # the customer's own act, as "you lost your card" above (not their thing's state:
            # « votre iPhone n'était pas prêt »; nor what they received in place of their
            # order, « vous avez reçu X au lieu du Y commandé »: the brand's act undergone)
        if m and re.search(r"wrong|mauvais|\bbon", m.group(0), re.I) and any(
                w.lower_ in ("you", "vous") and w.dep_ in SUBJECT_DEPS
                for w in self.doc[predicate.sent.start:frame.end]):
            m = None  # "the code you entered was the wrong one": the customer's choice, no
            # fault of the brand's (round 18: the wrong thing is admitted when the brand's)
        matched = self._match_tokens(frame.start, frame.end, m) if m else None
        if m and self._counted(self.tokens[matched[0]]):
            m = None  # « le nombre de requêtes ou d'erreurs »: a measure, no incident
        if m and self._failed_on_our_side(frame, m):
            start, end = self._span(frame)  # the failed act, not only where it happened
            if self.brands(start):
                self.reply.problems.append(Cue(start, end, "problem", "failed"))
                return
        if m and frame.polarity == "affirmed" or m and re.search(r"pas|not|n['’]t", m.group(0)):
            start, end = matched
            if self.brands(start):
                self.reply.problems.append(Cue(start, end, "problem", m.group(0).lower()))
                return
        if self._unserved_charge(frame, predicate):
            return
        failed = self._failed_act(frame) or self._mishap_undergone(frame) or \
            self._closure_confirmed(frame)
        if failed is not None:
            self.reply.problems.append(failed)

    def _act_undone_confirmed(self, frame, predicate) -> Cue | None:
        """What the customer's thing in the brand's hands never did or no longer does
        (`acts_undone`), said after the brand's confirmation of their account: « En effet,
        l'enregistrement de votre colloque n'est jamais parti », « Effectivement, votre
        réservation n'apparaît plus dans notre système », "You're right, your refund never
        went out" — the handling missed, a fault admitted though no word of one is said
        (se60: dragomane, moraine). The frame may read « jamais », « plus » as an aspect,
        so the words decide. Not a thing that is not the customer's (« ce modèle n'apparaît
        plus dans notre catalogue »: a range withdrawn), nor without the confirmation."""
        if not self._agreed(frame):
            return None
        m = _phrases("acts_undone", self.language).search(
            features.span_text(self.doc, frame.start, frame.end))
        if m is None:
            return None
        first, last = self._match_tokens(frame.start, frame.end, m)
        verbs = [t for t in self.tokens[first:last] if t.pos_ in ("VERB", "AUX", "ADJ")]
        # its subject, or the noun it hangs from where the parse makes the verb a relative
        # (« votre abonnement … n'apparaît plus » read as a noun phrase)
        subjects = [c for v in verbs for c in kids(v) if c.dep_ in SUBJECT_DEPS] + [
            v.head for v in verbs if v.dep_ in ("acl", "acl:relcl", "relcl")]
        theirs = _words("customer_possessives", self.language)
        if not any(w.lower_ in theirs and w.i < first for s in subjects for w in s.subtree):
            return None
        start, end = self._span(frame)
        return Cue(start, end, "problem", "undone")

    def _kept_away(self, frame, predicate) -> bool:
        """The clause is what a verb of prevention keeps from happening (`claims.prevented`),
        or the verb itself, affirmed with what it prevents as its complement ("To prevent
        you from being charged twice", « pour éviter que vous soyez débité »; not "Your
        photo import stopped with an error", intransitive)."""
        if claims.prevented(predicate, self.language):
            return True
        return frame.polarity == "affirmed" and predicate.lemma_.lower() in lexicons.words(
            "claims", "prevention_verbs", self.language) and any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp") or c.lower_ in ("from", "que", "qu'")
            for c in kids(predicate))

    def _unserved_charge(self, frame, predicate) -> bool:
        """A charge for a time the service did not serve, told as what happened (« Lou a
        été facturée pour quatre repas alors qu'elle était malade », "Tom was billed during
        his absence"): the billing verb's clause and the time after it, read to the end of
        the sentence (the parse makes the time clause its own). The brand's billing error
        told as a fact is a problem admitted."""
        if frame.polarity != "affirmed":
            return False
        end = predicate.sent.end
        m = _phrases("unserved_charges", self.language).search(
            features.span_text(self.doc, frame.start, end))
        if m is None:
            return False
        start, stop = self._match_tokens(frame.start, end, m)
        if start >= frame.end or not self.brands(start):
            return False  # the billing verb is in this clause (« Nous confirmons que Lou a
            # été facturée… »: the completive's verb belongs to the clause that says it)
        self.reply.problems.append(Cue(start, stop, "problem", "unserved_charge"))
        return True

    def _outside_origin(self, t) -> bool:
        """The problem comes from outside the brand: a word of the network or the
        connection qualifies it ("a network error", « une erreur réseau »). Not when the
        sentence names the brand's own (« notre réseau », "our servers") or the word is one
        of the profile's services (a fibre provider's network)."""
        sentence = t.sent
        if any(w.lower_ in POSSESSIVES_OWN for w in sentence):
            return False
        services = self.analysis.service_words
        origins = _words("outside_origins", self.language)
        near = {*kids(t), *self.doc[max(t.i - 2, sentence.start):min(t.i + 3, sentence.end)]}
        return any((w.lower_ in origins or w.lemma_.lower() in origins) and w.i not in services
                   for w in near)

    def _removal_among_alternatives(self, t) -> bool:
        """A removal given as one of the states the thing may be in (« Ce groupe n'existe
        pas ou a été supprimé », "This page doesn't exist or has been deleted"): the screen
        cannot tell what happened, and someone else (the group's owner) may have done it — no
        fault of the brand's admitted, though the reader still needs a way on. Not when
        the brand's hand or a mistake is named (« supprimé par erreur », "deleted by us")."""
        removals = _words("removal_words", self.language)
        if t.lower_ not in removals and t.lemma_.lower() not in removals:
            return False
        if not (_passive(t) or "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN"):
            return False
        sentence = t.sent
        if not any(w.lower_ in ("ou", "or") for w in self.doc[max(t.i - 5, sentence.start):t.i]):
            return False
        told = features.span_text(self.doc, sentence.start, sentence.end)
        return not _phrases("own_hand", self.language).search(told) and \
            not any(w.lower_ in POSSESSIVES_OWN for w in sentence)

    def _readers_entry_wrong(self, t) -> bool:
        """A wrong quality (`wrong_qualities`: « erroné », "incorrect") said of what the
        reader entered, followed or asked for (`readers_entries`: "the password you
        entered", « les identifiants que vous avez saisis », « l'adresse demandée »): the
        reader's input to try again, not the brand's thing wrong as it stands."""
        if t.lower_ not in _words("wrong_qualities", self.language):
            return False
        sentence = t.sent
        before = features.span_text(self.doc, sentence.start, t.i)
        return bool(_phrases("readers_entries", self.language).search(before))

    def _counted(self, t) -> bool:
        """The problem word is what a measure counts (`measure_words`): named in the list
        the measure heads, walking back over its nouns, commas, conjunctions and « de » /
        "of" (« le nombre de connexions, de requêtes ou d'erreurs », "connections count,
        queries or errors"), or the measure right after it ("error rate"). A quantity a
        dashboard or a report shows, no incident the brand admits — unless something is
        said of the measure itself: its subject (« le taux d'erreurs a doublé ») or
        qualified (« un nombre anormal d'erreurs », "a high error rate")."""
        measures = _words("measure_words", self.language)
        after = self.tokens[t.i + 1] if t.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ in measures and t.head.i == after.i:
            measure = after
        else:
            measure = self._list_head_in(measures, t)
        if measure is None:
            return False
        return measure.dep_ not in SUBJECT_DEPS and not any(
            c.dep_ == "amod" or c.pos_ == "ADJ" for c in kids(measure))

    # the words a list of nouns runs on: « le nombre de connexions, de requêtes ou d'erreurs »
    _LIST_GLUE = frozenset({",", "de", "d'", "d’", "des", "du", "of", "ou", "et", "or", "and"})

    def _list_head_in(self, heads, t):
        """The word of `heads` that the list `t` stands in opens, walking back over the
        list's nouns, adjectives and glue (at most 15 words, in the sentence); None when
        something else comes first."""
        for w in reversed(self.tokens[max(t.sent.start, t.i - 15):t.i]):
            if w.lemma_.lower() in heads or w.lower_ in heads:
                return w
            if not (w.lower_ in self._LIST_GLUE or
                    w.pos_ in ("NOUN", "PROPN", "ADJ") and not w.is_stop):
                return None
        return None

    def _removal_by_rule(self, t, frame) -> bool:
        """A removal the service's rules make, no slip: said of what the brand keeps
        under a retention policy (frame topic), announced ahead (« sera supprimé le 15
        mars », « va bientôt être supprimé », "will be deleted after 30 days"), made by a
        keeping period or automatically (« supprimé car son délai de conservation a été
        atteint », "deleted automatically"), or done as the reader asked (« supprimée avec
        succès », "successfully deleted"). Not when the brand's hand or a mistake is named
        (« supprimé par erreur », "deleted by us")."""
        removals = _words("removal_words", self.language)
        if t.lower_ not in removals and t.lemma_.lower() not in removals:
            return False
        sentence = t.sent
        told = features.span_text(self.doc, sentence.start, sentence.end)
        if _phrases("own_hand", self.language).search(told):
            return False
        return frame.topic == "policy" or frame.time == "future" or bool(
            _phrases("removal_rules", self.language).search(told))

    def _other_sense(self, t) -> bool:
        """The problem word in another sense, read from the words around it
        (`problem_senses`): a breakdown of figures by category (a decomposition), a margin
        of error (a statistic) — nothing went wrong."""
        start, end = line_bounds(self.doc, t.i)
        text = features.span_text(self.doc, start, end)
        base = self.tokens[start].idx
        return any(m.start() <= t.idx - base < m.end()
                   for m in _phrases("problem_senses", self.language).finditer(text))

    def _error_on_their_device(self) -> None:
        """An error met on the customer's own device, with the check to make on their side
        (« Une erreur s'est produite avec votre caméra. Vérifiez qu'aucune autre application
        ne l'utilise », "… your camera. Check that…"), or a failure followed by the check
        of what they entered, clicked or pasted ("The confirmation has failed. Please check
        that the link you clicked on hasn't been truncated", `readers_entries`): the cause
        is put, neutrally, where the fix is — a complete message, no apology owed. Only an
        error or a failure (`failure_words`), not damage to a device in the brand's hands
        (« votre tablette vous a été rendue avec une rayure »), and only when an instruction
        to the customer follows it."""
        failures = _words("failure_words", self.language)
        devices = _words("customer_devices", self.language)
        services = self.analysis.service_words
        for cue in list(self.reply.problems):
            t = self.tokens[cue.start]
            if t.lower_ not in failures and t.lemma_.lower() not in failures:
                continue
            sentence = t.sent
            if any(w.lower_ in POSSESSIVES_OWN for w in sentence):
                continue
            steps = [step for step in self.reply.next_steps
                     if step.detail == "invitation" and step.start >= sentence.end]
            on_device = any((w.lower_ in devices or w.lemma_.lower() in devices)
                            and w.i not in services and any(
                                c.lower_ in features.READERS_POSSESSIVES for c in kids(w))
                            for w in sentence)
            if steps and (on_device or self._their_entry_checked(sentence, steps)):
                self.reply.problems.remove(cue)
                self.reply.outside_problems.append(cue)

    def _their_entry_checked(self, sentence, steps) -> bool:
        """The instruction right after the failure's sentence, in the next sentence, has
        the reader check what they entered, clicked or pasted (`checking_verbs`,
        `readers_entries`: "Please check that the link you clicked on hasn't been
        truncated", « Vérifiez que le code que vous avez saisi… »)."""
        following = self.tokens[sentence.end].sent if sentence.end < len(self.doc) else None
        if following is None or not any(following.start <= s.start < following.end
                                        for s in steps):
            return False
        checks = tuple(_words("checking_verbs", self.language))
        if not any(w.lower_.startswith(checks) and w.pos_ in ("VERB", "AUX", "ADV", "PROPN")
                   for w in following):
            return False
        text = features.span_text(self.doc, following.start, following.end)
        return bool(_phrases("readers_entries", self.language).search(text))

    def _handled_kind(self, t) -> bool:
        """A plural problem noun completing an activity that handles problems as a class
        (« le système de suivi des erreurs », "the tracking of errors", « la correction des
        bugs »): what a feature deals with, not an incident. Not the customer's (« vos
        erreurs ») nor counted or pointed at (« ces deux retards »)."""
        if t.pos_ != "NOUN" or "Plur" not in features.morph(t).get("Number") and t.tag_ != "NNS":
            return False
        if any(w.lower_ in ("votre", "vos", "your", "ces", "these", "those", "this", "ce", "cet",
                            "cette") or w.pos_ == "NUM" for w in t.subtree):
            return False
        if self._handled_by_a_task(t):
            return True
        head = t.head
        if head.dep_ == "prep" and self.language == "en":
            head = head.head
        if head.i >= t.i or head.pos_ != "NOUN":
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "det:poss") and c.lower_ not in (
                "des", "les", "the", "de", "d'", "d’") for c in kids(t)):
            return False
        # the noun it completes, or one between (« système de suivi des erreurs »: the
        # small model hangs « erreurs » on « système »)
        handlers = _words("problem_handlers", self.language)
        if self._handled_by_a_task(t):
            return True
        return any(w.pos_ == "NOUN" and (w.lemma_.lower() in handlers or w.lower_ in handlers)
                   for w in self.tokens[head.i:t.i])

    def _handled_by_a_task(self, t) -> bool:
        """A verb of handling problems, not finite, right before the plural noun (« pour
        améliorer l'application en corrigeant les bugs », "to fix bugs"): the purpose of
        a feature, not the brand's act on an incident (« nous corrigeons les erreurs »)."""
        verbs = _words("problem_handling_verbs", self.language)
        for w in self.tokens[max(t.i - 3, 0):t.i]:
            if w.pos_ in ("VERB", "AUX") and w.lemma_.lower() in verbs:
                form = features.morph(w).get("VerbForm")
                return "Fin" not in form and w.tag_ not in ("VBD", "VBZ", "VBP")
        return False

    def _exemplified(self, t) -> bool:
        """The problem word is one of examples listed in brackets after a kind of event
        (« certaines actions (code-barres décodé, produit supprimé…) », "some events (e.g.
        a removed product)"): a kind of event the text describes, not one that happened."""
        # the brackets on the text's line, a few words either side (an ellipsis inside
        # would end a sentence: not a bound here)
        def bracket(tokens, marks):
            for w in tokens:
                if "\n" in w.text or w.text in marks:
                    return w
            return None

        opening = bracket(reversed(self.tokens[max(t.i - 25, 0):t.i]), ("(", ")"))
        if opening is None or opening.text != "(":
            return False
        closing = bracket(self.tokens[t.i:t.i + 25], ("(", ")"))
        if closing is None or closing.text != ")":
            return False
        opening, end = opening.i, closing.i
        # what the brackets exemplify is a kind of event (« certaines actions », "some
        # events"), not the customer's case (« plusieurs anomalies (retard, …) »)
        kinds = _words("event_kinds", self.language)
        if not any(w.pos_ == "NOUN" and (w.lemma_.lower() in kinds or w.lower_ in kinds)
                   for w in self.tokens[max(opening - 4, 0):opening]):
            return False
        # word by word: the small models split « supprimé… » into its word and its mark
        inside = " ".join(w.text for w in self.tokens[opening + 1:end])
        return bool(_phrases("example_markers", self.language).search(inside))

    @functools.cached_property
    def _impersonal_label(self) -> bool:
        """The whole text is one impersonal label of a screen: a single line with no finite
        verb, no closing mark and neither the brand nor the customer in it (« rafraîchissement
        retardé après le téléversement de la photo »): a task's status or a setting's name,
        which reports no incident to anyone."""
        text = features.doc_text(self.doc).strip()
        if not text or "\n" in text or text[-1] in ".!?…":
            return False
        from brandlint.analysis.frame import _words as frame_words

        people = frame_words("holders", "customer_pronouns", self.language) | set(
            POSSESSIVES_OWN) | {"nous", "we", "us", "je", "i", "on", "votre", "vos", "your"}
        auxiliaries = _words("auxiliaries", self.language)
        for w in self.doc:
            if w.lower_ in people:
                return False
            # the French model may tag a noun opening the label as a finite auxiliary
            # (« rafraîchissement »): an auxiliary counts when it is one
            finite = "Fin" in features.morph(w).get("VerbForm") and (
                w.pos_ != "AUX" or w.lemma_.lower() in auxiliaries)
            if finite or w.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return False
        return True

    def _fault_put_in_doubt(self) -> None:
        """« Si cela est considéré comme une erreur, veuillez nous contacter », "If you
        think this is a mistake, let us know": the brand says what it described may be no
        fault — the outcome of its rule (a score that needs data). The problems told before
        it are no admission: they owe a next step (the reply gives one), not an apology."""
        for _m, token in self._stated_matches("fault_in_doubt"):
            before = [c for c in self.reply.problems if c.start < token.i]
            if not before:
                continue
            self.reply.problems = [c for c in self.reply.problems if c.start >= token.i]
            self.reply.outside_problems += before
            return

    def _owned_with_a_way_on(self) -> None:
        """An interface's own way of owning a slip: an interjection opening the message
        (`owning_interjections`: « Oups », "Oops") before the failure it admits, with the
        way on right after it — a retry, a reload or a contact (« Oups ! Une erreur s'est
        produite. Veuillez réessayer plus tard », "Oops! … Please reload the page") or the
        thing delivered on the spot ("Oops, copying the link failed, here it is:"). The
        screen says it is its fault and what to do: the failure is owned. Not without the
        way on ("Oops, there was an error sending your code…" owes one), nor an interjection
        further in the text (the customer's own, or a reaction to what they said)."""
        if not self.reply.problems:
            return
        first = next((t for t in self.tokens if not (t.is_punct or t.is_space)), None)
        if first is None or not self.brands(first.i):
            return
        opening = features.span_text(self.doc, first.i, min(first.i + 3, len(self.doc)))
        m = _phrases("owning_interjections", self.language).match(opening)
        if m is None:
            return
        problem = min(c.start for c in self.reply.problems)
        if problem > first.sent.end + 12:
            return  # the slip is said right after the interjection, not later in the text
        if not any(step.start > problem and step.detail in ("invitation", "delivered",
                                                             "statement", "phrase", "link")
                   for step in self.reply.next_steps):
            return
        self.reply.apologies.append(Cue(first.i, first.i + 1, "ownership", "interjection"))

    def _agreed(self, frame) -> bool:
        """The brand agrees, in the sentence of the clause and before its end, that what the
        customer reported is there (`damage_confirmations`: « en effet », « nous
        confirmons que », "we can confirm")."""
        sent = self.tokens[frame.start].sent
        text = features.span_text(self.doc, sent.start, frame.end)
        return bool(_phrases("damage_confirmations", self.language).search(text))

    def _aside_end(self, frame) -> int | None:
        """The end of an aside in brackets right after the clause, on its line ("… next
        door (no. 16 instead of no. 18)"), or None."""
        i = frame.end
        while i < len(self.doc) and self.tokens[i].is_space and "\n" not in self.tokens[i].text:
            i += 1
        if i >= len(self.doc) or self.tokens[i].text != "(":
            return None
        for j in range(i + 1, min(len(self.doc), i + 25)):
            if "\n" in self.tokens[j].text or self.tokens[j].text == "(":
                return None  # the aside's own line only (its "no." is no sentence end)
            if self.tokens[j].text == ")":
                return j + 1
        return None

    def _record_contradicted(self) -> None:
        """The brand's own record contradicted by what it found: "The crew marked your
        delivery as completed, but the bed frame is still at our depot", « la livraison a
        été indiquée comme effectuée alors que le lit était resté au dépôt » — the record
        said done and the fact says otherwise: a fault admitted, though no word of one
        is said (round 20). In the brand's voice, not in a question or a condition; not
        when what follows the contrast is the customer's account ("…, but you say it
        never arrived")."""
        customer = {"you", "vous", "your", "votre", "vos"}
        for m, token in self._stated_matches("record_contradicted"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            following = re.findall(r"[^\W\d]+", features.doc_text(self.doc)[m.end():m.end() + 30])
            if any(w.lower() in customer for w in following[:3]):
                continue
            start, end = line_bounds(self.doc, token.i)
            _add_once(self.reply.problems, Cue(token.i, end, "problem", "record"))
            return

    def _charge_unagreed(self) -> None:
        """A charge the brand applied that the customer never agreed to, told in the past
        ("the £15 surcharge was applied for replacing the lining, which was not mentioned or
        agreed at drop-off", « le supplément de 15 € n'avait pas été annoncé au dépôt »): its
        own billing fault admitted, in words of the agreement missing rather than of an
        error (se44: gansette, bullamar). Read on the sentence, as the parse puts the
        relative clause apart; in the brand's voice, told of the past (not a rule: "we never
        add a fee that was not agreed"), not in a question or after « si », "if" (the
        frame reads the pluperfect as conditional, so the condition is read on the words)."""
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("charges_unagreed"):
            if self.analysis.frame(token).time != "past":
                continue
            opening = text[features.text_sentence_bounds(text, m.start())[0]:m.start()]
            if re.search(r"\b(?:if|unless|whether|si|sauf\s+si|à\s+moins\s+qu)", opening, re.I):
                continue
            end = self._token_at(m.end() - 1)
            _add_once(self.reply.problems, Cue(token.i, (end.i if end is not None
                                                         else token.i) + 1, "problem", "charge"))
            return

    def _mishap_undergone(self, frame) -> Cue | None:
        """The customer's thing underwent a mishap, in the passive: "so yours got dropped",
        "your booking was deleted", « votre dossier a été égaré », « votre créneau a été
        écrasé ». Who did it goes unsaid, but the thing was in the brand's hands: a fault
        admitted. Not negated ("nothing was lost"), not what the customer asked for
        (`requested`, checked before)."""
        mishaps = _words("mishap_verbs", self.language)
        yours = {"your", "yours", "votre", "vos", "vôtre", "vôtres"}
        for t in self._content(frame):
            if t.lemma_.lower() not in mishaps or self.analysis.is_negated(t) or \
                    self._removed_by_its_holder(t):
                continue
            if self._staff_did_it(t, frame):
                return Cue(self._span(frame)[0], t.i + 1, "problem", "mishap")
            subjects = [c for c in kids(t) if c.dep_ in ("nsubjpass", "nsubj:pass")]
            if not subjects and not _passive(t):
                continue
            if any(s.lower_ in yours or any(c.lower_ in yours for c in kids(s))
                   for s in subjects) or self._in_brand_hands(frame) and not any(
                       c.dep_ in ("prt", "compound:prt") for c in kids(t)):
                # (not a phrasal use: "the parcel was dropped off by our driver")
                return Cue(self._span(frame)[0], t.i + 1, "problem", "mishap")
        return None

    def _closure_confirmed(self, frame) -> Cue | None:
        """A place or line of the brand's found shut, confirmed as a fact of the past in
        answer to the customer (« Oui, la barrière du niveau -2 a été bloquée hier »,
        « le bassin a effectivement été fermé samedi », "Yes, the chairlift closed at
        10:40 for a wind check"): what the customer came for was not there — a failure of
        the service admitted, whatever its reason (se52: brumaline, rampelle, hautecorde).
        Not unconfirmed (a notice of a closure), not negated, not the customer's own
        thing (« votre compte a été clôturé », "your account was closed": what they
        asked for), not a future or habitual closing (« fermé le lundi »)."""
        if frame.polarity != "affirmed" or frame.time != "past" or \
                frame.act not in ("statement", "notice"):
            return None
        closures = _words("closure_verbs", self.language)
        yours = {"your", "yours", "votre", "vos", "ton", "ta", "tes"}
        customer = frame_words("holders", "customer_pronouns", self.language)
        held = _words("customer_cancellable", self.language)
        for t in self._content(frame):
            if t.lemma_.lower() not in closures and t.lower_ not in closures:
                continue
            subjects = [c for c in kids(t) if c.dep_ in SUBJECT_DEPS] or [
                c for c in kids(t.head) if c.dep_ in SUBJECT_DEPS and t.dep_ in (
                    "acomp", "xcomp", "amod")]
            if not subjects or any(
                    s.lower_ in customer or s.lemma_.lower() in held or
                    any(c.lower_ in yours for c in kids(s)) for s in subjects):
                continue
            line_start, line_end = line_bounds(self.doc, frame.start)
            line = features.span_text(self.doc, line_start, line_end)
            if _phrases("confirmations", self.language).search(line) or \
                    _phrases("answers_yes", self.language).search(line):
                return Cue(self._span(frame)[0], t.i + 1, "problem", "closure")
        return None

    def _in_brand_hands(self, frame) -> bool:
        """The clause places what happened where the thing was in the brand's hands
        (`brand_hands`: « chez nous », « à l'expédition », "in transit by our courier",
        "while in our care"), in the past and affirmed: the harm is the brand's to own,
        whoever's the thing (se46: grainfin, gagemont, capilea)."""
        if frame.time != "past" or frame.polarity != "affirmed":
            return False
        return bool(_phrases("brand_hands", self.language).search(
            features.span_text(self.doc, frame.start, frame.end)))

    def _staff_did_it(self, t, frame) -> bool:
        """The mishap said in the active with the brand's service or staff as its agent, in
        the past ("the driver did skip the Kervignac stop", « notre livreur a oublié votre
        colis »): the fault told as done by the brand's people (round 22); its negation is the
        word's own (the caller checks it), not the clause's. Not a phrasal
        use ("dropped off", "skipped ahead"), not a future or habitual act."""
        if frame.holder != "service" or frame.time != "past":
            return False
        if t.i != frame.predicate or _passive(t) or any(c.dep_ in ("prt", "compound:prt")
                                                         for c in kids(t)):
            return False
        return any(c.dep_ in ("obj", "dobj") for c in kids(t))

    def _failed_on_our_side(self, frame, m) -> bool:
        """An act that did not happen, placed on the brand's side: "the change of address
        didn't save on our side", « le paiement n'a pas été enregistré de notre côté ». The
        negation is on the verb (not "no issue on our side"), whose subject is a thing of
        the case, not a person ("we didn't see…", "you didn't…")."""
        if not _phrases("side_locators", self.language).fullmatch(m.group(0)):
            return False
        predicate = self.tokens[frame.predicate]
        if predicate.pos_ not in ("VERB", "AUX") or not self.analysis.is_negated(predicate):
            return False
        from brandlint.analysis.frame import _words as frame_words

        people = frame_words("holders", "customer_pronouns", self.language) | {
            "nous", "we", "je", "i", "on"}
        return not any(c.dep_ in SUBJECT_DEPS and c.lower_ in people
                       for c in kids(predicate))

    def _for_our_part(self, start: int, m) -> bool:
        """A side phrase opening its line (« De notre côté : », "On our end,") introduces
        what the brand does, and after a verb of checking it says where the brand looks
        ("so that we can check on our end"); at the end of a clause it places a fault
        ("the error was on our side")."""
        offset = self.tokens[start].idx + m.start()
        text = features.doc_text(self.doc)
        line_start = text.rfind("\n", 0, offset) + 1
        # "so that we can check on our end", « pour vérifier de notre côté »: where the
        # brand will look, not where a fault lies
        window = max(line_start, offset - 40)
        looked = _checked_before(self.language).search(text[window:offset])
        if looked is not None:
            # "held for a compliance check on our side": the noun names the brand's own
            # procedure, which placed the fault — no verb of looking (round 33)
            checker = self._token_at(window + looked.start())
            if checker is not None and checker.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "det" for c in kids(checker)):
                looked = None
        # « elle a été libérée de notre côté mardi »: the brand's part done, on its side
        # (not « n'a pas été enregistrée de notre côté »: the act undone, a failure)
        before = text[max(line_start, offset - 40):offset]
        done = _phrases("side_locators", self.language).fullmatch(m.group(0)) and \
            _phrases("side_done", self.language).search(before) and \
            not re.search(r"\b(?:pas|plus|jamais|not|never)\b|n['’]t\b", before, re.I)
        return bool(looked or done) or not text[line_start:offset].strip(" \t-•*") and \
            text[offset + len(m.group(0)):].lstrip(" ")[:1] in (":", ",")

    def _failed_act(self, frame) -> Cue | None:
        """An act of the service that did not happen, confirmed or explained: « la ceinture
        n'a effectivement pas été ajoutée à votre colis », « le changement n'a pas pu vous
        être communiqué, en raison d'une absence », "I can see Sunday's visit wasn't
        covered", "your quote has not yet been issued. This was due to…". The negated
        participle of something done to the case (passive, or « pu être »), not the
        customer's, with the brand checking it (« effectivement », "we can confirm") or
        giving its cause (« en raison de », "due to"): a failure admitted as a fact. Not
        good news (« vous n'avez pas été débité », "your data was not shared") nor what
        the customer had to do ("your return hasn't been received")."""
        if frame.polarity != "negated" or frame.act not in ("statement", "notice"):
            return None
        from brandlint.analysis.frame import _words as frame_words

        customer = frame_words("holders", "customer_pronouns", self.language)
        if any(t.dep_ in SUBJECT_DEPS and t.lower_ in customer for t in self._content(frame)):
            return None  # "you weren't charged": what the customer underwent, not the case
        spared = _words("not_failures", self.language)
        for t in self._content(frame):
            participle = "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN"
            if not participle or t.lower_ in ("été", "been", "pu") or not (
                    _passive(t) or self._could_not(t)):
                continue
            if t.lower_ in spared or t.lemma_.lower() in spared:
                return None
            if self._willed(t, frame):
                return None  # « nous ne voulons pas qu'elle soit perçue comme… »: a choice
            if not self._negated_near(t, frame):
                continue
            if self._confirmed_or_explained(frame, t.i):
                return Cue(self._span(frame)[0], t.i + 1, "problem", "failed")
            return None
        return None

    def _willed(self, participle, frame) -> bool:
        """The participle completes a verb of will or aim (`volition_verbs`: « nous ne
        voulons pas qu'elle soit perçue comme la moyenne », "we don't want it to be read
        as…"): the negation is on what the brand chooses, a design explained — no act
        that failed to happen."""
        volition = _words("volition_verbs", self.language)
        node, steps = participle, 0
        while node.head.i != node.i and steps < 3:
            node = node.head
            steps += 1
            if node.lemma_.lower() in volition and node.pos_ in ("VERB", "AUX"):
                return True
        return False

    def _could_not(self, participle) -> bool:
        """« n'a pas pu vous être communiqué », "couldn't be reached": the act failed."""
        before = {w.lower_ for w in self.doc[max(participle.i - 5, 0):participle.i]}
        return bool(before & {"pu", "able", "possible"})

    def _negated_near(self, participle, frame) -> bool:
        window = self.doc[max(participle.i - 6, frame.start):participle.i]
        return any(w.lower_ in ("pas", "not", "n't", "jamais", "never", "point") for w in window)

    def _confirmed_or_explained(self, frame, participle: int) -> bool:
        """The brand confirms the failure on its line or gives its cause right after."""
        line_start, line_end = line_bounds(self.doc, frame.start)
        line = features.span_text(self.doc, line_start, line_end)
        if _phrases("confirmations", self.language).search(line):
            return True
        after = features.span_text(self.doc, participle + 1, min(frame.end + 25, line_end))
        if _phrases("causes", self.language).search(after):
            return True
        # (se38) the failure given as the cause of the case's state, with the one who
        # failed to act named ("your certificate is pending because your final review
        # hadn't been marked by the assessor", « … parce que votre test n'avait pas été
        # corrigé par l'examinateur »): explained — not "because the amount was not set"
        # (nobody named: the reader's part)
        opening = max(frame.start, self.tokens[participle].left_edge.i)
        before = features.span_text(self.doc, max(line_start, opening - 3), participle)
        return bool(_phrases("cause_openers", self.language).search(before)) and \
            self._agent_named(self.tokens[participle])

    def _agent_named(self, participle) -> bool:
        """The passive participle names who acts (« par l'examinateur », "by the
        assessor"), and not the customer."""
        agent = _agent_of(participle)
        return agent is not None and \
            agent.lower_ not in {"vous", "you", "toi", "yourself", "vous-même"}

    def _damage_state(self, t) -> bool:
        """`t` names a state of damage (« abîmées », "marked"), not a label put on the thing
        ("marked as delivered", « marqué comme livré », "marked nut-free", « marqué
        « livré » »): a damage word with an *as* / *comme*, a predicate of its own or a
        quotation after it says what the thing is recorded as."""
        damage = _words("damage_states", self.language)
        if t.lower_ not in damage and t.lemma_.lower() not in damage:
            return False
        if any(c.lower_ in ("as", "comme") or c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
               for c in kids(t)):
            return False
        after = self.tokens[t.i + 1:t.i + 5]
        if after and (after[0].is_quote or after[0].lower_ == ":"):
            return False
        # "marked your parcel as delivered": the label a few words on, in the same stretch
        # ("it arrived scratched, as your photo shows" is still damage)
        for w in after:
            if w.is_punct or w.is_sent_start:
                break
            if w.lower_ in ("as", "comme"):
                return False
        return True

    def _damage_explained(self, frame) -> bool:
        """The clause gives the cause of a state (« c'est pour ça qu'elles sont marquées »,
        "which is why they're marked"): the brand explains the damage of what the customer
        has, and so owns that it is there, as when the thing arrived that way."""
        return bool(_phrases("blame_links", self.language).search(
            features.span_text(self.doc, frame.start, frame.end)))

    def _customer_cancelled(self, frame) -> bool:
        """What was cancelled is the customer's to end (« votre abonnement a été résilié »,
        as they asked) or a charge the brand waives ("we've cancelled the £15 exit
        charge"): a remedy, not a problem."""
        cancel = _words("cancel_words", self.language)
        own = _words("customer_cancellable", self.language) | _words("waivable",
                                                                     self.language)
        tokens = self._content(frame)
        return any(t.lemma_.lower() in cancel or t.lower_ in cancel for t in tokens) and any(
            t.lemma_.lower() in own or t.lower_ in own for t in tokens)

    def _reported_problem(self, frame) -> None:
        """The customer's own account of a problem (their turn, their quoted or reported
        words): not the brand's admission, but it makes the reply an answer to a
        complaint."""
        words = _words("problems", self.language)
        for t in self._content(frame):
            if (t.lemma_.lower() in words or t.lower_ in words or self._damage_state(t)) and \
                    not self.analysis.is_negated(t):
                self.reply.reported_problems.append(Cue(t.i, t.i + 1, "reported", t.lower_))
                return
        text = features.span_text(self.doc, frame.start, frame.end)
        m = _phrases("problem_phrases", self.language).search(text) or _phrases(
            "complaint_words", self.language).search(text)
        if m:
            start, end = self._match_tokens(frame.start, frame.end, m)
            self.reply.reported_problems.append(Cue(start, end, "reported", m.group(0)))

    def _problem_stands(self, t, frame, predicate) -> bool:
        """The problem word is admitted: not denied (« sans retard », "no delay"), not
        hypothetical ("any issue"), not a modifier ("error message", « par défaut »),
        not governed by a verb of help ("help with the delay"), not the customer's own
        act ("you lost your card")."""
        if self.analysis.is_negated(t) or not self.brands(t.i):
            return False
        if any(w.lower_ in ("nothing", "rien") for w in self.doc[frame.start:t.i]):
            return False  # "nothing has been lost", « rien n'a été perdu »
        if self._soothed_slip(t) or self._names_a_service(t) or self._without_consequence(t):
            return False
        if t.tag_ in ("JJS", "JJR", "RBS", "RBR") or \
                {"Sup", "Cmp"} & set(features.morph(t).get("Degree")):
            return False  # "the latest roadworthiness test": the most recent, not overdue;
            # "your rate-later list", "see you later": afterwards, not late (a lateness
            # against a time is a phrase of its own: "later than we promised")
        before = " ".join(w.lower_
                          for w in features.tokens(self.doc)[max(t.i - 2, frame.start):t.i])
        denials = _words("denials", self.language)
        if any(before.endswith(d) for d in denials) or self.tokens[max(t.i - 1, 0)].lower_ in \
                ("par", "by"):
            return False
        hypothetical = _words("hypothetical", self.language)
        if any(c.lower_ in hypothetical for c in kids(t)) or \
                self.tokens[max(t.i - 1, 0)].lower_ in hypothetical:
            return False
        if self._conjectured(t, frame):
            return False
        if self._done_by_another(t):
            return False  # "cancelled by Acme Foundation, the fiscal host", « archivé par ses
            # administrateurs »: another party's act, told — no fault of the brand's
        if self._failed_on_their_input(t) or self._removed_by_its_holder(t) or \
                self._readers_part_absent(t) or self._failure_for_their_part(t) or \
                self._set_by_the_reader(t):
            return False
        if self._rule_of_the_house(t, predicate) or self._generic_cause(predicate):
            return False
        if self._handled_kind(t) or self._exemplified(t) or self._impersonal_label:
            return False
        if self._other_sense(t):
            return False
        if (t.dep_ == "compound" or t.i + 1 < len(self.doc) and t.pos_ in ("NOUN", "ADJ") and
                self.tokens[t.i + 1].pos_ == "NOUN" and self.tokens[t.i + 1].head.i != t.i and
                t.head.i == t.i + 1) and not self._measured(t) and \
                t.lower_ not in _words("wrong_qualities", self.language) and \
                not self._day_after(t):
            return False
        helpers = _words("help_verbs", self.language)
        trades = _words("trade_verbs", self.language)
        case = next((c.lower_ for c in t.children if c.dep_ == "case"), None) or (
            t.head.lower_ if t.head.dep_ == "prep" else None)
        if case and (f"{t.head.lemma_.lower()} {case}" in trades or t.head.dep_ == "prep" and
                     f"{t.head.head.lemma_.lower()} {case}" in trades):
            return False  # « ils interviennent sur les fuites »: their trade, not a fault
        node, steps = t, 0
        while node.head.i != node.i and steps < 3 and frame.start <= node.head.i < frame.end:
            if self._fact_perceived(node):
                break  # "I can see the squash was missing": a fact seen, not a matter helped
            node = node.head
            steps += 1
            if node.lemma_.lower() in helpers and node.pos_ == "VERB":
                return False
        if t.pos_ == "VERB" and frame.holder == "customer" and \
                self._predicate_or_its_complement(t, predicate) and \
                "Pass" not in features.morph(t).get("Voice") and not any(
                    c.dep_.endswith("pass") for c in kids(t)):
            return False  # "you lost your card": the customer's act; "you are able to
            # delay its expiry": an option of theirs
        return True

    def _day_after(self, t) -> bool:
        """The word after the problem word names the day it happened (« arrivé avec deux
        heures de retard jeudi », « tombé en panne lundi »): the model may hang the problem
        word on the day as its modifier, but a weekday or « hier », "yesterday" is when, not
        a thing the word qualifies ("error message", « mode panne ») — se65: calquin,
        occlusia."""
        if t.i + 1 >= len(self.doc):
            return False
        word = self.tokens[t.i + 1].lower_
        return word in ("hier", "avant-hier", "yesterday") or \
            len(word) >= 5 and self._weekday(word) is not None

    @staticmethod
    def _predicate_or_its_complement(t, predicate) -> bool:
        """`t` is the clause's predicate, or the infinitive it opens to ("you are able to
        delay", "you can choose to cancel", « vous pouvez choisir de reporter »): the
        subject's own act, up to two open complements away."""
        if t.i == predicate.i:
            return True
        if "Inf" not in features.morph(t).get("VerbForm") and t.tag_ != "VB":
            return False  # « votre lampe est arrivée rayée »: a state it came in, no act
        node = t
        for _ in range(3):
            if node.i == predicate.i:
                return True
            if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _generic_cause(self, predicate) -> bool:
        """The clause's subject is any case of a kind ("Any deletion will result in the
        cancellation of the procedure", « Toute modification entraîne l'annulation de la
        réservation »): a rule of what follows from what, not a problem that happened."""
        hypothetical = _words("hypothetical", self.language)
        if any(c.dep_ in SUBJECT_DEPS and any(
                   d.dep_ == "det" and d.lower_ in hypothetical for d in kids(c))
               for c in kids(predicate)):
            return True
        # the small French model may read the verb as an adjective of the subject
        # (« Toute modification entraîne… »): the sentence opening on "any" + a noun
        words = [w for w in predicate.sent if not w.is_punct and not w.is_space]
        return len(words) > 2 and words[0].lower_ in hypothetical and \
            words[0].pos_ == "DET" and words[1].pos_ == "NOUN"

    @staticmethod
    def _measured(t) -> bool:
        """The problem word is measured by a length of time ("your order was 25 minutes
        late tonight", "two days late"): a lateness told by how much, never a modifier
        ("late fee", "late tonight" parsed as one noun phrase)."""
        units = unit_words()
        return any(c.lower_ in units and c.dep_ in ("npadvmod", "nmod", "obl", "obl:mod")
                   for c in kids(t))

    def _fact_perceived(self, clause) -> bool:
        """`clause` is a finite clause that a verb of perception governs as what is seen
        ("I can see the squash was missing", « je vois bien qu'il manquait les poireaux »):
        the brand states the fact it sees — not a matter it will help with or look into ("let
        me see if it is missing", "we'll see about the delay", « je vais voir si… »). The
        clause has its own subject, no mark of a question (if, whether, si) and the seeing
        is not still to come."""
        verb = clause.head
        if clause.dep_ in ("relcl", "acl:relcl") and self._completive_as_relative(clause):
            verb = verb.head  # « je vois sur votre photo qu'il manquait les poireaux »
        elif clause.dep_ != "ccomp":
            return False
        if verb.lemma_.lower() not in _words("perceiving_verbs", self.language):
            return False
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("expl") for c in kids(clause)):
            return False
        if any(c.dep_ == "mark" and c.lower_ not in ("that", "que", "qu'", "qu’")
               for c in kids(clause)):
            return False
        if any(c.lower_ in ("will", "'ll", "’ll", "let", "allons", "vais", "va") or
               c.lemma_.lower() == "aller" for c in kids(verb)):
            return False
        return "Fut" not in features.morph(verb).get("Tense")

    @staticmethod
    def _completive_as_relative(clause) -> bool:
        """A that-clause the small French model hangs on the noun before it as a relative
        (« je vois bien sur votre photo qu'il manquait les poireaux »: « qu' » read as the
        object of « manquait »): the clause already has an object of its own, so « que »
        cannot be its relative pronoun — it introduces what is seen (the small model may
        make that object a complement: « qu'il manquait le filtre »). The noun must be a
        complement of the verb above, whose clause it completes."""
        que = ("que", "qu'", "qu’", "that")
        return any(c.lower_ in que for c in kids(clause)) and any(
            c.dep_ in ("obj", "dobj", "xcomp", "attr") and c.lower_ not in que
            for c in kids(clause)) and \
            clause.head.dep_.startswith(("obl", "obj", "dobj", "pobj"))

    @functools.cached_property
    def _invalid_input(self) -> bool:
        """The reply says, in the brand's voice, that what the customer supplied is not
        valid: "The archive transmitted to your space does not seem valid", « le fichier
        envoyé n'est pas valide », "your file is corrupted"."""
        text = features.doc_text(self.doc)
        for m in _phrases("invalid_inputs", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and self.brands(span.start) and \
                    self.analysis.frame(span[0]).act not in ("question", "invitation"):
                return True  # not "Is the file you sent empty?"
        return False

    def _failed_on_their_input(self, t) -> bool:
        """A failure the reply explains by the customer's own input ("⚠ The import has failed
        … The archive transmitted to your space does not seem valid", « l'import a échoué :
        le fichier envoyé n'est pas valide »): what failed is theirs to supply again, no
        fault of the brand's admitted. Not a delay, a loss or a damage: only a failure word."""
        failures = _words("failure_words", self.language)
        return (t.lower_ in failures or t.lemma_.lower() in failures) and self._invalid_input

    def _set_by_the_reader(self, t) -> bool:
        """The problem word names a setting the reader made (`setting_verbs`: "You have
        configured a pickup delay", « vous avez programmé une coupure de votre ligne »): the
        object of their own verb of setting, a choice of theirs — not a delay or a cut-off
        they suffered ("you have experienced a delay" stays one)."""
        verb = t.head
        if t.dep_ not in ("obj", "dobj") or verb.lemma_.lower() not in _words(
                "setting_verbs", self.language):
            return False
        return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("you", "vous", "tu")
                   for c in kids(verb))

    def _readers_part_absent(self, t) -> bool:
        """What is missing is the reader's part of a procedure or a form (`reader_supplies`:
        « il manque un justificatif de domicile », "The donation amount is missing"): theirs
        to supply, not the brand's thing lost. « il manque un article dans votre colis »,
        "an item is missing" stay a problem."""
        if t.lemma_.lower() not in _words("absent_words", self.language) and \
                t.lower_ not in _words("absent_words", self.language):
            return False
        return any(self._a_supply(c) for c in kids(t) if c.dep_ in (
            *SUBJECT_DEPS, "obj", "dobj", "nsubj:pass", "nsubjpass")) or (
            t.dep_ in ("acomp", "amod") and self._a_supply(t.head))

    def _a_supply(self, noun) -> bool:
        """`noun` (or its subject, under a copula) names what the reader supplies."""
        supplies = _words("reader_supplies", self.language)
        if noun.pos_ in ("AUX", "VERB"):
            noun = next((c for c in kids(noun) if c.dep_ in SUBJECT_DEPS), None)
            if noun is None:
                return False
        phrase = " ".join(w.lower_ for w in self.doc[noun.i:noun.i + 3])
        return noun.lower_ in supplies or noun.lemma_.lower() in supplies or any(
            phrase.startswith(s) for s in supplies if " " in s)

    def _failure_for_their_part(self, t) -> bool:
        """A failure the sentence puts down to the reader's part not given ("Failed to edit
        image because the image URL was not set", « échec : le montant n'a pas été
        renseigné »): their input to supply, as an invalid file."""
        failures = _words("failure_words", self.language)
        if t.lower_ not in failures and t.lemma_.lower() not in failures:
            return False
        sentence = t.sent
        for w in sentence:
            if w.i != t.i and (w.lemma_.lower() in _words("absent_words", self.language) or
                               w.lower_ in _words("unsupplied_participles", self.language)) and \
                    (self.analysis.is_negated(w) or w.lower_.startswith(("miss", "manqu"))) and \
                    self._readers_part_absent_or_unset(w):
                return True
        return False

    def _readers_part_absent_or_unset(self, w) -> bool:
        return self._readers_part_absent(w) or any(
            self._a_supply(c) for c in kids(w) if c.dep_ in (
                *SUBJECT_DEPS, "nsubj:pass", "nsubjpass"))

    def _done_by_another(self, t) -> bool:
        """The problem is a passive participle whose agent is named and is someone else than
        the brand, its service or its staff (« annulée par l'association Les Castors »,
        "cancelled by Acme Foundation, the Fiscal Host", "archived by its admins"): that
        party's act, reported — no fault of the brand's to own. Not the brand's own hand
        ("by us", « par notre livreur », "by our system"), which stays an admission. The
        agent of the participle, or of the passive it is joined to ("has been archived by
        its admins. Your contribution has been cancelled" names none: still an
        admission) — unless that one is an agentless passive right after a sentence telling
        another party's act ("…has been archived by its admins. Your recurring contribution
        has been cancelled"): its consequence, reported."""
        if not (_passive(t) or t.tag_ == "VBN" or "Part" in features.morph(t).get("VerbForm")):
            return False
        agent = _agent_of(t)
        if agent is None:
            return _passive(t) and self._after_anothers_act(t)
        return self._another_party(agent)

    def _after_anothers_act(self, t) -> bool:
        """The sentence before `t`'s tells another party's act: a participle whose named
        agent is someone else than the brand (`_another_party`)."""
        before = features.text_sentence_before(features.doc_text(self.doc), t.idx)
        if before is None:
            return False
        span = self.doc.char_span(*before, alignment_mode="expand")
        return span is not None and any(
            (_passive(w) or w.tag_ == "VBN" or "Part" in features.morph(w).get("VerbForm"))
            and (agent := _agent_of(w)) is not None and self._another_party(agent)
            for w in span)

    def _another_party(self, agent) -> bool:
        """The agent of a participle is another party known as such, not the brand, its
        service, its staff nor the customer."""
        if any(w.lower_ in POSSESSIVES_OWN or w.lower_ in ("us", "nous", "we")
               for w in agent.subtree) or \
                agent.lemma_.lower() in frame_words("holders", "staff", self.language):
            return False  # "by our courier", « par le livreur », "by the instructor"
        # another party known as such: named ("by Acme Foundation") or the people of
        # another thing ("by its admins", « par ses administrateurs ») — not a common noun
        # that may be the brand's own place ("by the base", "by the venue")
        named = agent.pos_ == "PROPN" or any(
            c.lower_ in _OTHERS_POSSESSIVES and c.dep_ in ("poss", "det", "nmod:poss") or
            c.pos_ == "PROPN" and c.dep_ in ("appos", "flat", "flat:name", "compound", "nmod")
            for c in kids(agent)) or any(  # (« par l'association Les Castors », which the
            w.pos_ == "PROPN" for w in self.doc[agent.i + 1:agent.i + 3])  # parse cuts)
        return named and self.analysis.holder_of(agent) not in ("brand", "service", "customer")

    def _removed_by_its_holder(self, t) -> bool:
        """A removal said in the passive, about a thing the reply sends the customer to its
        holder for (« Le fichier a été supprimé ou votre accès a été retiré. Contactez le
        propriétaire », "This file was deleted or unshared. Ask its owner"): the owner's act,
        not the brand's fault."""
        removals = _words("removal_words", self.language)
        if t.lower_ not in removals and t.lemma_.lower() not in removals:
            return False
        if not (_passive(t) or "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN"):
            return False
        text = features.doc_text(self.doc)
        return any(self.brands(span.start)
                   for m in _phrases("holders_referred", self.language).finditer(text)
                   if (span := self.doc.char_span(m.start(), m.end(), alignment_mode="expand"))
                   is not None)

    def _conjectured(self, t, frame) -> bool:
        """The problem put as a guess or as a case that may arise: « il s'agit peut-être
        d'une erreur de frappe », "you may have entered a wrong address from a typing
        mistake", « l'indice vous sera envoyé en cas d'oubli », or after the completion
        of an act not yet done (`completion_conditions`: « une fois le compte supprimé »,
        "once the key is revoked") — nothing admitted."""
        line_start, _ = line_bounds(self.doc, t.i)
        before = " " + " ".join(w.lower_ for w in self.doc[max(frame.start, line_start, t.i - 12):
                                                         t.i]) + " "
        before = before.replace(" ’", "’").replace(" '", "'")
        if _phrases("completion_conditions", self.language).search(before):
            return True  # « une fois l'accès supprimé, … »: after an act not yet done
        return any(f" {w} " in before or w.endswith(("'", "’")) and f" {w}" in before
                   for w in _words("conjecture", self.language))

    @staticmethod
    def _customers_case(t) -> bool:
        """A problem noun the reply names as the customer's (« votre incident », "your
        issue"): the case they brought, not a fault the brand admits."""
        return t.pos_ == "NOUN" and any(c.lower_ in ("votre", "vos", "your", "ton", "ta", "tes")
                                        for c in kids(t))

    def _soothed_slip(self, t) -> bool:
        """« une erreur de clic très courante », "really easy to do": the slip the reply
        calls common is the customer's own, soothed — not the brand's to apologise for."""
        start, end = line_bounds(self.doc, t.i)
        after = " " + " ".join(w.lower_ for w in self.doc[t.i:min(end, t.i + 8)]) + " "
        line = " " + " ".join(w.lower_ for w in self.doc[start:end]) + " "
        normal = _words("normalisers", self.language)
        # « c'est très courant après une coupure », "very common after a power cut": the
        # word called common in its own clause, before it as after it
        clause_start, _ = clause_bounds(self.doc, t.i, self.language)
        before = " " + " ".join(w.lower_ for w in self.doc[max(clause_start, start,
                                                              t.i - 6):t.i]) + " "
        return any(f" {w} " in after or f" {w} " in before for w in normal if " " not in w) \
            or any(f" {w} " in line for w in normal if " " in w)

    def _without_consequence(self, t) -> bool:
        """The problem word said, right before or after it, to have no consequence
        (`harmless_qualifiers`: "A non-impacting error occurred during your logout", « une
        erreur sans conséquence est survenue »): nothing went wrong for the reader — no
        apology owed and nothing to do next. Only an error or a failure (`failure_words`):
        a delay, a loss or a damage called harmless is the brand's own view of a harm."""
        failures = _words("failure_words", self.language)
        if t.lower_ not in failures and t.lemma_.lower() not in failures:
            return False
        sentence = t.sent
        harmless = _phrases("harmless_qualifiers", self.language)
        before = features.span_text(self.doc, max(sentence.start, t.i - 3), t.i)
        after = features.span_text(self.doc, t.i + 1, min(sentence.end, t.i + 5))
        return any(m.end() == len(before.rstrip()) for m in harmless.finditer(before)) or \
            any(not after[:m.start()].strip() for m in harmless.finditer(after))

    def _names_a_service(self, t) -> bool:
        """The problem word is part of a name, not a fault: a word of a service's term
        ("the driver's lost-property log" for `lost_property: {terms: [lost property]}`,
        « le service des objets perdus »), or the line named after the brand that answers
        the phone ("Flambelle breakdowns, good morning", « Flambelle pannes, bonjour »)."""
        vocabulary = self.analysis.vocabulary
        if t.i > 0 and vocabulary.names_brand(self.tokens[t.i - 1].lower_):
            return True
        start, end = line_bounds(self.doc, t.i)
        words = [w for w in self.doc[max(start, t.i - 4):min(end, t.i + 5)]
                 if w.text not in ("-", "–")]
        for terms in vocabulary.services.values():
            for term in terms:
                if len(term) < 2:
                    continue
                for k in range(len(words) - len(term) + 1):
                    window = words[k:k + len(term)]
                    if t in window and all(
                            w.lemma_.lower() == lemma or w.lower_ in (lemma, lower)
                            for w, (lemma, lower) in zip(window, term, strict=True)) and \
                            self._names_another_noun(window):
                        return True
        return False

    @staticmethod
    def _names_another_noun(window) -> bool:
        """The phrase qualifies another noun ("the lost-property log", « le registre des
        objets perdus »): the name of a service or a record, not the thing itself that went
        wrong (« la pièce manquante n'était pas incluse »)."""
        inside = {w.i for w in window}
        head = next((w for w in window if w.head.i not in inside), None)
        return head is not None and head.head.i != head.i and \
            head.dep_ in ("compound", "nmod", "amod", "poss") and \
            head.head.pos_ in ("NOUN", "PROPN")

    def _rule_of_the_house(self, t, predicate) -> bool:
        """A problem word inside a rule stated for every case, in the present after
        « quand / si / lorsque » or "when / if": « quand ce n'est pas le cas, nous
        facturons les litres manquants » describes the policy, it admits nothing."""
        markers = _words("habitual_markers", self.language)
        present = "Pres" in features.morph(predicate).get("Tense") or \
            predicate.tag_ in ("VBP", "VBZ")
        return present and any(w.lower_ in markers for w in t.sent if w.i < t.i)

    def _ownership(self) -> None:
        pattern = _phrases("ownership", self.language)
        for m in pattern.finditer(features.doc_text(self.doc)):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start) or self.analysis.is_negated(
                    span[0]) or any(self.analysis.is_negated(t) for t in span):
                continue
            self.reply.apologies.append(Cue(span.start, span.end, "ownership"))

    # -- the damage put on the customer's use -----------------------------------------
    def _use_blamed(self) -> None:
        """A verdict of blame without a "you": the reply denies the product fault or the
        cover (« ne présentant pas de défaut de fabrication », "cannot be linked to the
        work carried out") and, in a clause of its own voice, puts the damage on how the
        customer used or kept the product — a cause linked to a use (« caractéristiques
        d'un lavage en machine », « liée à une pression insuffisante », "extended
        intervals are a known contributor", "snapped because it was over-tightened") or
        an omission it infers ("this step appears
        to have been skipped"). A cause in the brand's own hands (« par notre
        technicien », "by our team"), a condition or a question does not count."""
        text = features.doc_text(self.doc)
        if not any(self._brand_match(m) for key in ("fault_denials", "cover_refusals")
                   for m in _phrases(key, self.language).finditer(text)):
            return
        uses = _words("use_nouns", self.language)
        others = _words("cause_others", self.language)
        for frame in self.frames:
            if not self.brands(frame.predicate) or frame.act == "question" or \
                    frame.modality == "conditional":
                continue
            clause = features.span_text(self.doc, frame.start, frame.end)
            m = _phrases("inferred_omissions", self.language).search(clause)
            if m is None:
                m = _phrases("causal_links", self.language).search(clause)
                if m is None or not (any(t.lower_ in uses or t.lemma_.lower() in uses
                                         for t in self._content(frame))
                                     or self._use_participle(frame, m)):
                    continue
            # the cause's own words, before a contrast that rules another out (« …, et non
            # d'un défaut de fabrication », "not the manufacturing")
            cause = re.split(r"\b(?:et\s+non|non|pas|not|rather\s+than|plutôt\s+que)\b",
                             clause[m.end():].lower(), maxsplit=1)[0]
            if others & set(re.findall(r"[^\W\d]+", cause)):
                continue  # « liée à l'intervention de notre atelier », "by the courier":
                # the brand's own act or a carrier's, not the customer's use
            start, end = self._span(frame)
            if not any(c.start < end and start < c.end for c in self.reply.blame):
                self.reply.blame.append(Cue(start, end, "blame", "use"))
            return

    def _misuse_as_cause(self) -> None:
        """Misuse named as the cause: a link of cause, a guess allowed (« très
        probablement »), then a use done wrong (« viennent très probablement d'une mauvaise
        administration du traitement à la maison », "is most likely down to incorrect
        handling") — the cause put on the customer without a "you", even when no fault or
        cover is denied (round 20). Not denied ("this isn't due to misuse"), not a wrong
        use by the brand or a carrier (« par notre technicien », "by the courier", "in
        transit"), not when the brand owns the fault, a question or a condition."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        others = {"notre", "nos", "our", "we", "nous", "us", "courier", "carrier", "driver",
                  "transporteur", "livreur", "transit", "transport", "staff", "technician",
                  "technicien", "équipe", "team"}
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("misuse_causes"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            before = text[max(0, m.start() - 25):m.start()].lower()
            if re.search(r"\b(?:not|n['’]t|never|pas|aucun\w*|rien|jamais)\b", before):
                continue
            # (what follows in its sentence: "… you describe. We will post you a kit" is
            # the brand's next act, not the one who did it wrong)
            tail = re.split(r"[.;!?\n]", text[m.end():m.end() + 60], maxsplit=1)[0]
            after = re.findall(r"[^\W\d]+", tail.lower())[:8]
            # the agent inside the wrong handling (« a été forcée par notre livreur au lieu
            # d'être déverrouillée »): done by the brand's side
            agents = re.findall(r"\b(?:par|by)\s+(?:the\s+|le\s+|la\s+|l['’])?([^\W\d]+)"
                                r"(?:\s+([^\W\d]+))?", m.group(0).lower())
            if others & set(after) or others & {w for pair in agents for w in pair}:
                continue
            start, end = line_bounds(self.doc, token.i)
            _add_once(reply.blame, Cue(start, end, "blame", "misuse"))
            return

    def _likely_cause_on_customer(self) -> None:
        """The likely cause of the damage put on the customer's side: in one sentence of
        the brand's, a guess (« manifestement », "most likely"), a link of cause, and after
        it where or when only the customer had the product (« après la pose », "at your
        place") or how it was handled ("a hot dish placed straight on the surface"): "it
        was most likely caused by a heavy pan after installation". Not denied ("not
        caused by"), not a cause in the brand's or a carrier's hands ("by our fitter"),
        not when the brand owns the fault, a question or a condition."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        guesses = _phrases("cause_guesses", self.language)
        sides = _phrases("customers_hands", self.language)
        participles = _words("use_participles", self.language)
        others = _words("cause_others", self.language)
        for m, token, start, end in self._affirmed_matches("causal_links"):
            first = self.tokens[start].idx
            last = self.tokens[end - 1].idx + len(self.tokens[end - 1])
            if not guesses.search(text, first, min(m.start() + 30, last)):
                continue
            if re.search(r"\b(?:not|n['’]t|never|pas|jamais)\b", text[max(first, m.start() - 12):
                                                                     m.start()], re.I):
                continue  # "this was not caused by", « ne vient pas de »
            # the cause's own words, up to the clause's end ("… at your home, so we
            # can't replace it": the brand's refusal follows, not the cause) or the contrast
            # that rules another out ("… left in the tank rather than to our work": se66)
            tail = re.split(_CAUSE_ENDS, text[m.end():last], maxsplit=1)[0]
            if others & set(re.findall(r"[^\W\d]+", tail.lower())):
                continue  # « par notre poseur », "in transit": another's hands
            handled = any(t.idx >= m.end() and t.lemma_.lower() in participles and (
                "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN")
                for t in self.doc[token.i:end] if t.idx < m.end() + len(tail))
            if handled or sides.search(tail):
                _add_once(reply.blame, Cue(start, end, "blame", "likely_cause"))
                return

    def _customers_act_guessed(self) -> None:
        """The customer's own act guessed, and what was wrong in it said in the same
        sentence: "you must have gone to the wrong level", « vous avez très probablement
        laissé le téléphone branché trop souvent » — the brand settles the cause on the
        customer without knowing it (blind 25; two brands, two rounds). A guess with nothing
        wrong in it ("you've probably had our e-mail"), a feeling ("you must have been
        worried"), a denied act, a question or a condition, or the brand owning the fault,
        is not."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        faults = _phrases("guessed_faults", self.language)
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("guessed_customer_acts"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            rest = re.split(r"[.;!?\n]", text[m.end():m.end() + 120], maxsplit=1)[0]
            if re.search(r"\b(?:not|never|pas|jamais)\b|n['’]t\b", m.group(0) + " " +
                         rest[:12], re.I):
                continue  # "you probably didn't…", « vous n'avez sans doute pas… »
            if not faults.search(m.group(0) + rest):
                continue
            start, end = line_bounds(self.doc, token.i)
            _add_once(reply.blame, Cue(start, end, "blame", "guessed_act"))
            return

    # -- round 32: the customer's choice, a prior state, an admission despite -------
    def _choice_held_against(self) -> None:
        """The customer's own choice given as the reason of what they complain of: the
        thing they chose, named by a relative clause (« la formule que vous avez
        choisie », "the programme you chose", "the option you picked"), then a consequence
        link (« donc », "so", "which is why") — after a cleft that names the choice as the
        explanation ("That's the option you picked on the 4th, so the system charged
        you") or a limit of the chosen thing ("The programme you chose doesn't include the
        wheel cycle, so some dust is normal"). Blame, however politely said (blind 27, two
        brands; blind 19 and 26 « l'offre que vous avez choisie »). Not the brand's act or
        a future after the link ("so we've refunded you", "so you'll get 20 GB"), not a
        question or a condition, not when the brand owns the fault."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        from brandlint.analysis.frame import _words as frame_words

        choosing = _words("choosing_verbs", self.language)
        links = _phrases("consequence_links", self.language)
        you = frame_words("holders", "customer_pronouns", self.language)
        people = {"we", "i", "nous", "je", "on", "our", "notre", "nos"}
        text = features.doc_text(self.doc)
        for t in features.tokens(self.doc):
            if t.lower_ not in choosing or not self.brands(t.i):
                continue
            noun = self._chosen_thing(t, you)
            if noun is None:
                continue
            frame = self.analysis.frame(t)
            if frame.act == "question" or frame.modality == "conditional":
                continue
            start, end = line_bounds(self.doc, t.i)
            last = self.tokens[end - 1].idx + len(self.tokens[end - 1])
            link = links.search(text, t.idx + len(t), last)
            if link is None:
                continue
            after = self._token_at(min(link.end() + 1, len(text) - 1))
            if after is None or after.lower_ in people or \
                    self.analysis.frame(after).time == "future":
                continue
            lead = features.span_text(self.doc, max(start, noun.i - 4), noun.i)
            cleft = re.search(r"(?:^|\s)(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?$"
                              r"|(?:^|\s)c['’]\s?(?:est|était)\s+(?:[\w'’]+\s*)?$",
                              lead + " ", re.I)
            limited = re.search(r"\b(?:not|never|pas|jamais|aucune?|no)\b|n['’]t\b",
                                text[t.idx + len(t):link.start()], re.I)
            if cleft or limited:
                _add_once(reply.blame, Cue(start, end, "blame", "choice"))
                return

    def _chosen_thing(self, verb, you):
        """The noun a choice of the customer's qualifies as a relative clause: "the option
        [you picked]", « la formule [que vous avez choisie] » — the noun right before the
        customer's pronoun (and « que »), not the customer's choice told as their act ("you
        chose not to take the cover")."""
        k = verb.i - 1
        # past the auxiliaries ("you had picked", « vous avez choisie »)
        while k >= 0 and verb.i - k <= 2 and (self.tokens[k].pos_ == "AUX" or self.tokens[
                k].lower_ in ("avez", "aviez", "as", "had", "'d", "’d", "have", "'ve", "’ve")):
            k -= 1
        if k < 0 or self.tokens[k].lower_ not in you:
            return None
        k -= 1
        if k >= 0 and self.tokens[k].lower_ in ("que", "qu'", "qu’", "that", "which"):
            k -= 1
        if k >= 0 and self.tokens[k].text in (")",):
            return None
        return self.tokens[k] if k >= 0 and self.tokens[k].pos_ in ("NOUN", "PROPN") else None

    def _prior_state_guessed(self) -> None:
        """The damage guessed to have been there before the brand's service (« les marques
        que vous décrivez sont donc très probablement antérieures à votre lavage », "the
        scratch was most likely already there before your visit"): a likelier explanation
        in the customer's disfavour offered before any examination — doubt (blind 27; the
        question "are you sure it wasn't already loose?" is read by the frame). A guess
        word (`cause_guesses`) on the same sentence, stated, not denied ("was not already
        there"), in the brand's voice."""
        guesses = _phrases("cause_guesses", self.language)
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("prior_states"):
            frame = self.analysis.frame(token)
            if frame.modality == "conditional":
                continue
            start, _end = line_bounds(self.doc, token.i)
            first = self.tokens[start].idx
            if not guesses.search(text, first, m.end()):
                continue
            if re.search(r"\b(?:not|never|pas|jamais|plus)\b|n['’]t\b", text[first:m.start()][-25:],
                         re.I):
                continue
            _add_once(self.reply.doubt, Cue(start, _end, "doubt", "prior_state"))
            return

    def _failure_conjectured(self) -> None:
        """The customer's own failure offered as the likelier explanation, after another's
        account of what happened (« Le transporteur indique être passé hier et n'avoir
        trouvé personne. Il est possible que vous n'ayez pas entendu la sonnette », "The
        driver says he knocked twice. It's possible you didn't hear him"): the customer's
        account is set aside for a guess in their disfavour — doubt (blind 27). Another's
        account (`account_sources`) must come first in the brand's words; a failure to
        perceive or to be there only, not a message missed and resent."""
        sources = _phrases("account_sources", self.language)
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("failure_conjectures"):
            source = next((s for s in sources.finditer(text, 0, m.start())
                           if (t := self._token_at(s.start())) is not None and self.brands(t.i)),
                          None)
            if source is None:
                continue
            start, end = line_bounds(self.doc, token.i)
            _add_once(self.reply.doubt, Cue(start, end, "doubt", "failure_conjectured"))
            return

    def _admitted_despite(self) -> None:
        """What the brand admits happened although it should not have (« votre abonnement
        a effectivement été résilié … un prélèvement a malgré tout eu lieu », "a payment was
        still taken"): the problem admitted, an apology owed."""
        for m, token in self._stated_matches("admitted_despite"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                _add_once(self.reply.problems, Cue(span.start, span.end, "problem", "despite"))
                return

    def _confusion_presumed(self, frame) -> Cue | None:
        """The customer's trouble put on how confusing such things are, or their account
        answered with the basics (« les applis bancaires peuvent être un peu
        déroutantes ! », "banking apps can be a bit confusing!", « c'est de la physique de
        base », "it's basic physics"): talking down (blind 27; blind 17 and 21 "these things
        can be confusing"). Not the brand's own thing owned as confusing ("our new menu can
        be a bit confusing, sorry"), not a question."""
        if frame.act == "question":
            return None
        text = features.span_text(self.doc, frame.start, frame.end)
        for key in ("confusion_presumed", "basics_named"):
            m = _phrases(key, self.language).search(text)
            if m is None:
                continue
            start, end = self._match_tokens(frame.start, frame.end, m)
            if not self.brands(start):
                continue
            before = self.doc[frame.start:start]
            if key == "confusion_presumed" and (
                    frame.holder in ("brand", "service") or any(
                        w.lower_ in POSSESSIVES_OWN or w.lower_ in ("we", "nous", "i", "je")
                        or self._brand_word(w) for w in before)):
                continue
            return Cue(start, end, "condescension", m.group(0))
        return None

    def _brand_word(self, token) -> bool:
        brand = (self.analysis.profile.brand or "").lower()
        return bool(brand) and token.lower_ in brand.split()

    def _use_participle(self, frame, m) -> bool:
        """After the cause, a participle of how the product was worn or kept (« typique
        d'un appareil porté sous la douche », "typical of an aid worn in the shower")."""
        participles = _words("use_participles", self.language)
        cause_end = self.tokens[frame.start].idx + m.end()
        return any(t.idx >= cause_end and t.lemma_.lower() in participles and (
            "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN")
            for t in self._content(frame))

    def _advice_for_next_time(self) -> None:
        """Advice to the customer on how to avoid the problem in future, in a reply to
        it: « Pour une prochaine commande, le plus fiable est de mesurer un pantalon… »,
        « pour vos prochains envois, nous vous recommandons de… », "It's worth checking …
        before sending documents in future". The advice says whose fault it was. Advice
        given as a rule that always holds says the same (« nous recommandons toujours de
        privilégier le vol suivant », « mieux vaut le faire après le 10 du mois », "it's
        always worth giving both a quick read"), and so does what most customers do, set
        before this one ("Most members cancel as soon as they know"). Not when
        the brand owns the fault ("our mistake"), not an option the agent offers (« Ce
        que je peux faire : … »), not the brand's own measures (« la boutique a été
        prévenue pour que cela ne se reproduise pas »: no advice to the customer). The
        next occasion ("in future", « à l'avenir ») is no lesson in copy with no case to
        answer (a tutorial's "In future, to compare faster, we suggest you…"): it says
        whose fault it was only after something went wrong."""
        if self.reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        advice = _phrases("advice_cues", self.language)
        needs = _phrases("advice_needs", self.language)
        remedies = _table()["remedy_openers"][self.language]
        norms = _phrases("others_norm", self.language)
        rules = _phrases("rule_markers", self.language)
        future = _phrases("future_markers", self.language)
        more = _phrases("more_of_the_same", self.language)
        markers = sorted([*future.finditer(text), *rules.finditer(text),
                          *norms.finditer(text), *more.finditer(text)],
                         key=lambda m: m.start())
        for m in markers:
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start):
                continue
            start, end = line_bounds(self.doc, span.start)
            line = features.span_text(self.doc, start, end)
            frames = [self.analysis.frame(t) for t in self.doc[start:end]
                      if not (t.is_punct or t.is_space)]
            # what most customers do, set before this one ("Most members cancel as soon as
            # they know…") is the advice itself
            advised = self._advised(advice, line) or any(f.act == "advice" for f in frames) or \
                norms.fullmatch(m.group(0)) or (
                    future.fullmatch(m.group(0)) and needs.search(line))
            if future.fullmatch(m.group(0)) and not self.reply.blame and \
                    not self._case_told():
                continue  # "In future, to ease the comparison, we suggest…" in a tutorial:
                # from now on, not the next time a fault of theirs may come
            if future.fullmatch(m.group(0)) and self._future_of_an_aim(span):
                continue  # "To save your results and retrieve them in the future…": when the
                # aim is reached, not the next occasion of a problem
            if future.fullmatch(m.group(0)) and self._bare_order_after(span.start, span.end):
                advised = True  # "next time leave at least two hours", « Pensez-y pour
                # votre prochain séjour »: the order itself, with no word of advice
            if rules.fullmatch(m.group(0)) and self._still_or_ongoing(span.start, span.end):
                continue  # « si le problème est toujours présent » (*still*), "we're always
                # working to improve" (an activity going on): no rule that always holds
            if (rules.fullmatch(m.group(0)) or more.fullmatch(m.group(0))) and \
                    not norms.fullmatch(m.group(0)):
                if self._question_answered():
                    continue  # « Bonne question : … mieux vaut réserver dès maintenant »:
                    # advice as a rule, or more of the same, in the answer to a question
                    # where nothing went wrong is help, no lesson (se61); what most customers
                    # do is set against this one whatever was asked ("Most members cancel
                    # as soon as they know")
                # "always" is a rule only in the advice's own clause ("Please accept our
                # apologies: we always aim to…" advises nothing)
                c_start, c_end = clause_bounds(self.doc, span.start, self.language)
                advised = self._advised(advice, features.span_text(self.doc, c_start, c_end)) or \
                    self.analysis.frame(self.tokens[span.start]).act == "advice"
            if not advised or any(f.act == "question" for f in frames):
                continue
            if any(r in self._paragraph_before(span.start) for r in remedies):
                continue  # « Ce que je peux faire : … »: an option offered, not a lesson
            if _phrases("marketing", self.language).search(line):
                continue  # « pour votre prochaine escapade, pensez à notre gamme »: selling
            if _phrases("contact_invitations", self.language).search(line):
                continue  # "let a manager know next time … so we can make amends": an
                # invitation to come back to the brand, not a lesson
            if not any(c.start < end and start < c.end for c in self.reply.blame):
                self.reply.blame.append(Cue(start, end, "blame", "prevention"))
            return

    def _use_rule_recalled(self) -> None:
        """A rule of use laid on the customer's side right after the harm they report: a
        necessity in the present with no one of the brand's and no addressed « vous » /
        "you" as its subject — a thing, the people who use it, or none (« il faut ») —,
        anchored to a moment of the use (`use_times`: "Fish needs to go into the fridge
        within 30 minutes of delivery", "a wristband that has to be worn tight at all
        times", "something owners need to check first", « c'est un point qu'il faut penser à
        signaler au moment de l'essayage »). In a reply to a complaint whose fault the brand
        does not own, the rule recalled says the customer broke it: advice for next time
        without the words. Not a step of the remedy (`rule_remedy_verbs`: « il faut nous
        renvoyer l'article avant le 30 », "the item needs to be returned before…"), not
        what the brand must do (« il faut d'abord que nous recevions »), not a question or
        a condition, not the customer's own thing held to a deadline ("your booking needs
        to be confirmed before Friday")."""
        reply = self.reply
        if not (reply.problems or reply.reported_problems or reply.complaint_markers or
                reply.apologies or reply.shifted_apologies) or \
                reply.owns_the_fault:
            return
        times = _phrases("use_times", self.language)
        remedies = _words("rule_remedy_verbs", self.language)
        for t in self.tokens:
            act = self._necessity(t)
            if act is None or not self.brands(t.i):
                continue
            frame = self.analysis.frame(t)
            if frame.act == "question" or frame.modality == "conditional":
                continue
            if frame.holder == "service" and not self._customer_agent(act):
                continue  # « un remplacement de pompe doit toujours faire l'objet d'un devis
                # signé », "the quote shown on our site must be honoured": a rule of the
                # brand's own work, its duty, not a rule of use laid on the customer — unless
                # the customer is its agent ("has to be approved by you first") (se61)
            if act.lemma_.lower() in ("penser", "remember"):
                act = next((c for c in kids(act) if c.pos_ in ("VERB", "AUX")), act)
            if act.lemma_.lower() in remedies or any(
                    c.lower_ in ("nous", "us", "we", "vous", "you") or
                    c.dep_ in SUBJECT_DEPS and c.lower_ in ("je", "j'", "on", "i")
                    for c in kids(act)):
                continue  # « il faut nous renvoyer… », « il faut que vous… »: the remedy
            sentence = t.sent
            stop = min(sentence.end, t.i + 22)
            if not times.search(features.span_text(self.doc, t.i, stop)):
                continue
            if any(c.start <= t.i < c.end for c in reply.blame):
                return
            start, end = clause_bounds(self.doc, t.i, self.language)
            reply.blame.append(Cue(start, end, "blame", "prevention"))
            return

    def _customer_agent(self, verb) -> bool:
        """The passive `verb` names the customer as its agent (« par vous », « par le
        client », "by you", "by the customer")."""
        kinds = _words("customer_kinds", self.language)
        for agent in (c for c in kids(verb) if c.dep_ in ("agent", "obl:agent")):
            words = {w.lower_ for w in agent.subtree}
            if words & {"vous", "you", "votre", "vos", "your"} or words & kinds:
                return True
        return False

    def _necessity(self, t):
        """The act `t` makes necessary in the present, held by no one of the brand's nor by
        the addressed customer: "needs to go", "has to be worn", "owners need to check",
        « il faut (penser à) … », « doit être … » (its subject a thing); None otherwise."""
        if self.language == "en":
            if t.lemma_.lower() not in ("need", "have") or t.tag_ not in ("VBZ", "VBP"):
                return None
            act = next((c for c in kids(t) if c.dep_ == "xcomp" and any(
                a.lower_ == "to" for a in kids(c))), None)
        else:
            if t.lower_ in ("faut", "faudrait", "faudra"):  # not « il fallait d'abord
                # recevoir le lot »: a necessity narrated, of the brand's own process
                act = next((c for c in kids(t) if c.dep_ in ("xcomp", "ccomp", "csubj")
                            and c.pos_ in ("VERB", "AUX")), None)
                return act if act is not None and "Inf" in features.morph(act).get(
                    "VerbForm") else None
            if t.lower_ not in ("doit", "doivent"):
                return None
            act = next((c for c in kids(t) if c.dep_ == "xcomp"), None)
        if act is None:
            return None
        subjects = [c for c in kids(t) if c.dep_ in SUBJECT_DEPS] or \
            [c for c in kids(t.head) if c.dep_ in SUBJECT_DEPS and t.dep_ == "conj"]
        for subject in subjects:
            words = {w.lower_ for w in subject.subtree}
            if words & {"we", "i", "you", "your", "our", "us", "nous", "vous", "votre",
                        "vos", "notre", "nos", "je", "on", "tu"} or subject.ent_type_ in (
                    "ORG", "PERSON"):
                return None
        return act

    @staticmethod
    def _advised(advice: re.Pattern, text: str):
        """An advice cue in `text`, not the *please* of a notice ("Please note that your
        future payments will be charged on the 1st of each month", « Veuillez noter que… »):
        the brand informs of its own schedule, it advises nothing."""
        return advice.search(_NOTICE_FORMULA.sub(" ", text))

    def _future_of_an_aim(self, span) -> bool:
        """The future marker belongs to an aim: it qualifies an infinitive of purpose
        opened by "to" / « pour » (or a verb coordinated with one): "To save your results
        and retrieve them in the future", « Pour conserver vos résultats et les retrouver à
        l'avenir ». It says when the aim is reached, not the next time a problem may come
        (« Pour une prochaine commande, mesurez… » qualifies an occasion, no infinitive), nor
        when the aim is to keep the problem away ("To avoid this happening again…",
        `prevention_verbs`): that is the advice for next time itself."""
        prevention = _words("prevention_verbs", self.language)
        verb = span.root
        steps = 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 3:
            verb = verb.head
            steps += 1
        for v in (verb, verb.head if verb.dep_ == "conj" else None):
            if v is None or v.pos_ not in ("VERB", "AUX"):
                continue
            if v.lemma_.lower() in prevention:
                return False
            infinitive = "Inf" in features.morph(v).get("VerbForm") or v.tag_ == "VB"
            opener = [w for w in v.doc[max(v.i - 4, v.sent.start):v.i]
                      if w.lower_ in ("to", "pour")]
            if infinitive and opener and opener[0].i == v.sent.start:
                return True
        return False

    def _still_or_ongoing(self, start: int, end: int) -> bool:
        """The rule word read as *still* in a condition on the problem (« si le problème
        est toujours présent », "if it's still happening") or before an activity going on
        ("we're always working to improve"): the frame reads both continuative. A
        condition cut to its adjective (« si toujours nécessaire », "if still needed")
        has no verb for the frame to read: the word right after « si » / "if" says it."""
        if start > 0 and self.tokens[start - 1].lower_ in ("si", "if"):
            return True
        frame = self.analysis.frame(self.tokens[start])
        if frame.time != "continuative":
            return False
        after = self.tokens[end] if end < len(self.doc) else None
        return frame.modality == "conditional" or after is not None and after.tag_ == "VBG"

    def _bare_order_after(self, start: int, end: int) -> bool:
        """An order to the customer bound to a marker of the next occasion: the verb that
        opens what follows it ("next time leave at least two hours", "In future, check…",
        « À l'avenir, vérifiez… ») or the order right before it, with only a pronoun
        between (« Pensez-y pour votre prochain séjour », "Remember it for your next
        trip"): advice without a word of advice. Not an order further away ("Join today …
        and start saving on your next order": the occasion belongs to the saving), nor the
        next sentence's courtesy ("…for your next bill. Have a lovely weekend"). The small
        models tag the bare English verb VB (or VBP) with no subject, and the French *vous*
        imperative an adverb or a name; the frame reads it as an invitation."""
        following = []
        for t in self.doc[end:min(end + 4, len(self.doc))]:
            if t.is_space or t.lower_ in (",", "please"):
                continue
            following.append(t)
            break
        first = following[0] if following else None
        if first is not None and self._order_word(first):
            return True
        between = []
        for t in reversed(self.doc[max(start - 4, 0):start]):
            if self._order_word(t) or self.analysis.frame(t).act == "invitation" and \
                    self.analysis.frame(t).predicate == t.i:
                return all(b.pos_ in ("PRON", "PUNCT", "ADV", "PART") or b.text in ("-", "y")
                           for b in between)
            between.append(t)
        return False

    def _order_word(self, t) -> bool:
        """An imperative as the small models tag it: the English bare verb with no subject,
        the French *vous* form (« vérifiez », tagged an adverb) or its imperative mood."""
        if t.tag_ in ("VB", "VBP") and not any(c.dep_ in SUBJECT_DEPS for c in kids(t)):
            return True
        if self.language == "fr" and t.is_alpha and len(t.text) >= 6 and \
                t.lower_.endswith("ez") and t.lower_ != "assez":
            return True
        return "Imp" in features.morph(t).get("Mood") and t.pos_ in ("VERB", "AUX")

    def _notice_held_against(self) -> None:
        """The notice held against the customer: the reply points to where they were told
        (« comme rappelé sur votre billet et à l'article 9 de nos conditions », « pourtant
        inscrite sur le flanc de vos pneus », "as set out in the parent handbook", "this is
        printed in bold on the inside of the door", "confirmed by email on the 3rd and again
        by text") and the customer bears the outcome in the same reply: a claim, a cover or
        a refund refused, a charge kept or applied (« n'est ni échangeable ni remboursable »,
        "the call-out charge of £65 stands", "charged at cost"). Without "you should have",
        the pointer says "you were told": blame. A citation alone informs (« comme indiqué
        dans votre e-mail de confirmation, votre colis part lundi »); an outcome alone is a
        decision. Both in the brand's voice, in no question nor condition; not when the
        brand owns the fault or the refusal's disappointment (`refusal_regretted`), nor in
        the answer to a plain request the reply restates (« Vous nous demandez le
        remboursement de votre billet … ni remboursable, comme indiqué au moment du
        paiement »): with no problem raised there is no fault to place, the notice is the
        reason for the refusal."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        if not (reply.problems or reply.reported_problems or reply.complaint_markers
                or reply.apologies or reply.shifted_apologies) and any(
                self._brand_match(m) for m in _phrases("answer_markers", self.language)
                .finditer(text)):
            return
        if not any(self._stated_outcome(m) for key in ("held_outcomes", "fault_denials")
                   for m in _phrases(key, self.language).finditer(features.doc_text(self.doc))):
            return
        if any(True for _ in self._stated_matches("refusal_regretted")):
            return  # « je sais que ce n'est pas la réponse que vous espériez »: the brand
            # owns the outcome as its bad news; the notice is its reason, not "you were told"
        # (a citation in "we would point out that…" is still stated)
        for _m, token in self._stated_matches("notice_citations"):
            start, end = line_bounds(self.doc, token.i)
            if not any(c.start < end and start < c.end for c in self.reply.blame):
                self.reply.blame.append(Cue(start, end, "blame", "notice"))
            return

    def _instructions_set_against_cause(self) -> None:
        """The instructions for use cited (`instruction_citations`: « comme le précise la
        notice », « les consignes … demandaient pourtant une prise dédiée », "as the fitting
        guide explains") on the same line as the failure's cause told (`blame_links`: « ce
        qui a provoqué la coupure », "which is why…"; `condition_causes`: « s'il n'a pas été
        détecté, c'est qu'il n'était pas fixé à l'emplacement prévu »): the cause is set
        against what the customer was told to do — blame without a "you", however the
        refund follows (se58: flashotte, passeo). Not a cause in another's hands on either
        side of the link (`cause_others`: « par le transporteur », "in transit"), not when
        the brand owns the fault; in a reply to a complaint. A citation alone informs, a
        cause alone explains."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        citations = [m for m, _token in self._stated_matches("instruction_citations")]
        if not citations:
            return
        text = features.doc_text(self.doc)
        others = _words("cause_others", self.language)
        for key in ("blame_links", "condition_causes"):
            for m, token in self._stated_matches(key):
                if key == "blame_links" and self.analysis.frame(token).modality == "conditional":
                    continue
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line_end = len(text) if line_end < 0 else line_end
                cited = next((c for c in citations if line_start <= c.start() < line_end), None)
                if cited is None:
                    continue
                # the cause's own words: the clause before the link and the one after it
                before = re.split(r"[.!?]\s", text[line_start:m.start()])[-1]
                before = re.split(r"[,;:]", before.rstrip(" ,;:—–"))[-1]
                after = re.split(r"[.!?,;:]", text[m.end():line_end], maxsplit=1)[0]
                words = set(re.findall(r"[^\W\d]+", f"{before} {after}".lower()))
                if key == "condition_causes":
                    words |= set(re.findall(r"[^\W\d]+", m.group(0).lower()))
                if words & others:
                    continue  # « bloqué par le transporteur, c'est pourquoi… »
                start, end = line_bounds(self.doc, self._token_at(cited.start()).i)
                _add_once(reply.blame, Cue(start, end, "blame", "instructions"))
                return

    def _notice_stressed(self) -> None:
        """Where the customer was told, pointed to with a stress on how plainly or how often
        (« comme l'indique très clairement la notice », "as stated in every text (and in
        large letters on the screen)", "as we explained on the phone, and again by email"):
        the stress says they should have known — talking down, whatever follows. The pointer
        (`notice_citations`, `told_before`) and the stress (`notice_stress`) in one sentence
        of the brand's, the stress at most a few words away; a pointer alone informs (« comme
        indiqué dans votre e-mail, votre colis part lundi »). One finding a reply."""
        if self.reply.condescension:
            return
        text = features.doc_text(self.doc)
        stress = _phrases("notice_stress", self.language)
        for key in ("told_before", "notice_citations"):
            for m, token in self._stated_matches(key):
                sentence = token.sent
                first, last = sentence.start_char, sentence.end_char
                near = text[max(first, m.start() - 40):min(last, m.end() + 60)]
                if stress.search(near) is None or \
                        self.analysis.frame(token).modality == "conditional":
                    continue
                _add_once(self.reply.condescension,
                          Cue(token.i, sentence.end, "condescension", m.group(0)))
                return

    def _reminders_held_against(self) -> None:
        """The customer's act not done despite the brand's reminders (« vos coordonnées
        bancaires n'avaient pas été mises à jour malgré nos deux relances », "your details
        weren't updated despite our reminders"): the reminders say "you were told", the
        omission is theirs — blame, a complaint named or not. Only a duty of the
        customer's (`reminded_duties`: update, pay, reply…) denied in the sentence, the
        customer named there; not reminders sent to a third party (« malgré nos relances
        auprès du transporteur », "despite our reminders to the courier")."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        duties = _words("reminded_duties", self.language)
        yours = {"vous", "votre", "vos", "you", "your"}
        for _m, token in self._stated_matches("reminders_ignored"):
            start, end = line_bounds(self.doc, token.i)
            sentence = self.doc[start:end]
            if not any(t.lower_ in yours for t in sentence):
                continue
            if any((t.lemma_.lower() in duties or t.lower_ in duties) and
                   self.analysis.is_negated(t) for t in sentence):
                _add_once(reply.blame, Cue(start, end, "blame", "reminders"))
                return

    def _cause_on_customer(self) -> None:
        """The problem's cause put on the customer: a causal link (« c'est pourquoi »,
        "that's why", "which is why") after their own act ("you entered your bank details
        twice … That's why you were debited twice") or what they gave ("the delivery
        instructions on your account said … which is why it was returned"), in its paragraph
        before the link, in a reply to a problem; or their own goods left waiting by them
        (`_left_waiting`). Not their asking or telling ("you asked
        us to cancel, which is why…"), not what the brand then does ("which is why we've
        refunded you"), not when the brand owns the fault."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        inputs = _words("customer_inputs", self.language)
        asking = _words("request_verbs", self.language)
        people = {"we", "i", "nous", "je", "our", "notre", "nos", "on"}
        for m in _phrases("blame_links", self.language).finditer(text):
            token = self._token_at(m.start())
            if token is None or not self.brands(token.i):
                continue
            after = self._token_at(min(m.end() + 1, len(text) - 1))
            if after is not None and after.lower_ in people:
                continue  # "which is why we've refunded you": the brand's act follows
            start, end = line_bounds(self.doc, token.i)
            # its paragraph (or turn) up to the link, forty words at most: sentence ends
            # are unreliable there ("… at no. 12', and no. 12 wasn't in")
            paragraph = text.rfind("\n", 0, m.start()) + 1
            before = max(token.i - 40, 0)
            while before < token.i and self.tokens[before].idx < paragraph:
                before += 1
            window = features.tokens(self.doc)[before:token.i]
            acted = any(
                (f := self.analysis.frame(t)).holder == "customer" and f.time == "past"
                and f.polarity == "affirmed" and f.act == "statement" and t.i == f.predicate
                and t.pos_ == "VERB" and not _passive(t) and t.lemma_.lower() not in asking
                and self.brands(t.i) for t in window)
            # what they gave: an input of theirs, or any thing their own relative clause
            # of giving names ("the access details you gave us did not mention the locked
            # gate, which meant…", se42)
            given = any(t.lower_ in inputs and any(
                w.lower_ in ("your", "votre", "vos") for w in self.doc[max(t.i - 2, 0):t.i + 6])
                or t.pos_ in ("NOUN", "PROPN") and self._given_by_relative(t) for t in window)
            # their goods left waiting, given as what explains it, tell the harm themselves
            # ("…sat on your doorstep, which would explain the smell") where no complaint
            # word is read
            if (acted or given) and reply.answers_a_complaint or self._left_waiting(window):
                _add_once(reply.blame, Cue(start, end, "blame", "cause"))
                return

    def _left_waiting(self, window) -> bool:
        """The customer's own thing left waiting by them before they took it (« le vôtre
        est resté quatre jours en point relais », "the box sat on your doorstep"): a verb
        of waiting, affirmed and stated, whose subject or place is theirs (« le vôtre »,
        « votre colis », "your box", "your doorstep"). Not a wait in another's hands
        (« à notre dépôt », "at the carrier's depot", "because of a strike")."""
        waiting = _words("waiting_verbs", self.language)
        theirs = _words("customer_possessives", self.language)
        others = _words("cause_others", self.language) | _words("wait_elsewhere", self.language)
        for t in window:
            if t.lemma_.lower() not in waiting and t.lower_ not in waiting:
                continue
            f = self.analysis.frame(t)
            if f.polarity != "affirmed" or f.act == "question" or \
                    f.modality == "conditional":
                continue
            # its words up to the link ("…, which explains the delay" is what it caused)
            words = {w.lower_ for w in t.subtree if w.i <= window[-1].i}
            if words & theirs and not words & others:
                return True
        return False

    def _act_given_as_cause(self) -> None:
        """The customer's own act given as the cause, after a word of cause: "That's because
        you put the wrong meter number on the form", "The item broke … because you left the
        parcel in a heated locker for six days", « c'est parce que vous avez branché la box
        sur une multiprise ». The reason of what happened is their act: blame, however
        politely said. The act is theirs (the subject is "you"), done (past, affirmed, not
        passive: "because you were charged twice" underwent it), not their asking, telling,
        choosing or receiving ("because you asked us to"); what the word of cause explains
        is the matter itself — « c'est » / "that's", or a past or denied clause ("the item
        broke", "can't be held responsible") — not the brand's act that follows ("because
        you've waited so long, we're adding a credit"). Not when the brand owns the fault."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        from brandlint.analysis.frame import _words as frame_words

        markers = _words("cause_markers", self.language)
        asking = _words("request_verbs", self.language) | _words("not_faults", self.language)
        you = frame_words("holders", "customer_pronouns", self.language)
        for t in features.tokens(self.doc):
            if not (t.lower_ in markers or self._cause_after_condition(t)) or \
                    not self.brands(t.i):
                continue
            if t.lower_ == "parce" and (t.i + 1 >= len(self.doc) or
                                        not self.tokens[t.i + 1].lower_.startswith("qu")):
                continue
            _, sentence_end = line_bounds(self.doc, t.i)
            verb = None
            for w in self.doc[t.i + 1:min(sentence_end, t.i + 12)]:
                if w.text in (".", ";", "!", "?", ":"):
                    break
                if w.dep_ in SUBJECT_DEPS and self._faulty_input(w):
                    # "because the note on your account was left blank", « c'est que
                    # l'adresse de ton compte était incomplète »: what they gave is the cause
                    start, end = line_bounds(self.doc, t.i)
                    _add_once(reply.blame, Cue(start, end, "blame", "cause"))
                    return
                # « tu » is a subject whatever the small model tags it (« c'est que tu as
                # validé… » parses it as an adjective)
                if w.lower_ in you and (w.dep_ in SUBJECT_DEPS or w.lower_ == "tu"):
                    verb = w.head
                    break
                if w.lower_ in you and self._included_in_subject(w):
                    verb = w.head.head.head  # "several parents, including you, didn't…"
                    break
            if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i <= t.i:
                continue
            missed = self._duty_missed(verb)
            if _passive(verb) or self.analysis.is_negated(verb) and not missed or \
                    verb.lemma_.lower() in asking or self._setting_chosen(verb):
                continue
            cleft = self._cleft_before(t)
            if not (self._done(verb) or missed or cleft and "Fut" not in features.morph(
                    verb).get("Tense") and not any(c.tag_ == "MD" for c in kids(verb))):
                continue  # "because you'll need…": no act of theirs yet
            if not (cleft or self._explains_the_matter(t)):
                continue
            start, end = line_bounds(self.doc, t.i)
            _add_once(reply.blame, Cue(start, end, "blame", "cause"))
            return

    def _requirement_unmet(self) -> None:
        """What the brand's own document asked of the customer, said not done, in a reply
        to a problem: « les étiquettes demandées dans la liste de trousseau n'étaient pas
        posées », "the labels asked for in the packing list weren't on the bag". The thing
        is the subject, qualified by a participle of asking (`asking_participles`) with
        where it was asked; its clause is denied or says it was missing, in the past. The
        customer is the agent of the fault without being named. Not what the customer asked
        for in their own order (« demandés dans votre commande »), not when the brand owns
        the fault."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        asking = _words("asking_participles", self.language)
        missing = _words("faulty_input_states", self.language)
        owners = {"your", "votre", "vos", "ton", "ta", "tes", "you", "vous"}
        for t in features.tokens(self.doc):
            if t.dep_ not in ("acl", "amod") or t.lemma_.lower() not in asking or \
                    not self.brands(t.i) or t.head.dep_ not in SUBJECT_DEPS:
                continue
            where = [g for c in kids(t) for g in (c, *kids(c))
                     if c.dep_ in ("obl", "obl:arg", "obl:mod", "prep") and g.pos_ == "NOUN"]
            if not where or any(w.lower_ in owners for g in where for w in g.subtree):
                continue
            predicate = t.head.head
            tense = [*features.morph(predicate).get("Tense"), *(
                x for c in kids(predicate) if c.dep_.startswith("aux")
                for x in features.morph(c).get("Tense"))]
            if not ("Past" in tense or "Imp" in tense):
                continue
            if self.analysis.is_negated(predicate) or predicate.lower_ in missing:
                start, end = line_bounds(self.doc, t.i)
                _add_once(reply.blame, Cue(start, end, "blame", "requirement"))
                return

    def _included_in_subject(self, pronoun) -> bool:
        """The customer named among the subject's group ("several parents, including you,
        didn't…", "the guests, you among them"): the group's act is theirs too."""
        inclusion = _words("inclusion_words", self.language)
        return pronoun.dep_ in ("pobj", "obj", "nmod", "appos") and \
            pronoun.head.lower_ in inclusion and pronoun.head.head.dep_ in SUBJECT_DEPS

    def _duty_missed(self, verb) -> bool:
        """The customer's act not done, in the past, where it was owed: a duty of theirs
        (« vous n'avez pas rempli », "you didn't complete") or any act owed by a deadline
        (« vous n'avez pas renvoyé l'autorisation à temps », "you didn't send the form back
        on time"). Not an act merely not done ("because you didn't ask us to")."""
        from brandlint.analysis.frame import _words as frame_words

        if not self.analysis.is_negated(verb):
            return False
        past = self._done(verb) or any(
            c.dep_.startswith("aux") and (c.tag_ == "VBD" or "Past" in features.morph(c).get(
                "Tense")) for c in kids(verb))
        if not past:
            return False
        if verb.lemma_.lower() in frame_words("acts", "duty_verbs", self.language):
            return True
        words = " ".join(w.lower_ for w in verb.subtree)
        return bool(_phrases("deadline_words", self.language).search(words))

    def _setting_chosen(self, verb) -> bool:
        """The customer's act is a setting of theirs: a permission, an access or a consent
        granted or withheld (« car vous avez précédemment refusé l'autorisation », "as you
        denied the permission") — their right, told as the state it leaves, not a fault."""
        permissions = _words("permission_nouns", self.language)
        return any(c.dep_ in ("obj", "dobj") and (c.lemma_.lower() in permissions or
                                                  c.lower_ in permissions)
                   for c in kids(verb))

    def _cause_after_condition(self, t) -> bool:
        """« Si ta box n'est pas arrivée, c'est que… »: after a condition on what happened,
        « c'est que » gives its reason, like « c'est parce que »."""
        if self.language != "fr" or t.lower_ not in ("que", "qu'", "qu’") or \
                not self._cleft_before(t):
            return False
        line_start, _ = line_bounds(self.doc, t.i)
        before = [w.lower_ for w in self.doc[max(line_start, t.i - 25):t.i]]
        if "si" not in before or "," not in before[before.index("si"):]:
            return False
        return not any(w in (".", "!", "?", ";") for w in before[before.index("si"):])

    def _faulty_input(self, subject) -> bool:
        """What the customer gave, in a faulty state at the time: its noun one of their
        inputs (address, instructions, a note) and theirs (« l'adresse de ton compte »,
        "the note on your account"), said incomplete, blank, wrong in the past (« était
        incomplète », "was left blank") — not the brand's parcel found incomplete, not a
        state now (a requirement, not a cause)."""
        inputs = _words("customer_inputs", self.language)
        if not self._given_by_relative(subject):
            if subject.lemma_.lower() not in inputs and subject.lower_ not in inputs:
                return False
            owners = {"your", "votre", "vos", "ton", "ta", "tes"}
            if not any(w.lower_ in owners for w in subject.subtree):
                return False
        head = subject.head
        if self._lacked_part(head):
            return True  # "the address on your order had no flat number", « l'adresse de
            # votre commande ne comportait pas de numéro d'appartement »
        states = _words("faulty_input_states", self.language)
        stated = head.lower_ in states or head.lemma_.lower() in states or any(
            c.lower_ in states and c.dep_ not in SUBJECT_DEPS for c in kids(head))
        # (its own negation: "the sitter couldn't get in because the code you gave us was
        # wrong" — the main clause's « not » does not deny the cause it gives)
        cues = lexicons.words("hedges", "negation", self.language)
        if not stated or self.analysis.is_negated(head) and (
                not self._given_by_relative(subject) or
                any(c.lower_ in cues for c in kids(head))):
            return False
        past = any(c.lower_ in ("était", "étaient", "avait", "avaient", "was", "were", "had")
                   for c in kids(head)) or "Past" in features.morph(head).get("Tense") and \
            head.pos_ in ("VERB", "AUX")
        return past

    def _lacked_part(self, verb) -> bool:
        """What the customer gave lacked a part, in the past: a verb of having or holding
        (`holding_verbs`) with no object (« n'avait aucun numéro », "had no flat number")
        or denied (« ne comportait pas de digicode », "didn't include the postcode") — the
        input incomplete, said by what it missed."""
        holding = _words("holding_verbs", self.language)
        if verb.lemma_.lower() not in holding or verb.pos_ not in ("VERB", "AUX"):
            return False
        tense = features.morph(verb).get("Tense")
        past = "Past" in tense or "Imp" in tense or verb.tag_ == "VBD" or any(
            c.dep_.startswith("aux") and (c.tag_ == "VBD" or "Past" in features.morph(c).get(
                "Tense") or "Imp" in features.morph(c).get("Tense")) for c in kids(verb))
        if not past:
            return False
        objects = [c for c in kids(verb) if c.dep_ in ("obj", "dobj")]
        none = any(d.lower_ in ("no", "aucun", "aucune") for o in objects for d in kids(o))
        return bool(objects) and (none or self.analysis.is_negated(verb))

    def _given_by_relative(self, noun) -> bool:
        """The noun is what the customer gave, said by a relative clause of theirs with a
        verb of giving ("the key-safe code you gave us", « le code que vous nous avez
        communiqué »): an input of theirs whatever the thing is (se36)."""
        from brandlint.analysis.frame import _words as frame_words

        giving = _words("giving_verbs", self.language) | _words("entering_verbs", self.language)
        you = frame_words("holders", "customer_pronouns", self.language)
        if any(c.dep_ in ("relcl", "acl:relcl", "acl") and c.lemma_.lower() in giving and
               any(k.dep_ in SUBJECT_DEPS and k.lower_ in you for k in kids(c))
               for c in kids(noun)):
            return True
        # the small French model loses the relative clause (« les indications d'accès que
        # vous nous avez transmises » read « transmises » an adverb): read on the words —
        # the relative pronoun, the customer, a clitic and an auxiliary at most, the verb
        # of giving (se42)
        words = [w for w in self.doc[noun.i + 1:noun.i + 10] if not w.is_punct]
        opener = next((k for k, w in enumerate(words[:4])
                       if w.lower_ in ("que", "qu'", "qu’")), None)
        if self.language != "fr" or opener is None:
            return False
        rest = words[opener + 1:opener + 5]
        if not rest or rest[0].lower_ not in you:
            return False
        for w in rest[1:]:
            if w.lemma_.lower() in giving:
                return True
            if w.lower_ not in ("nous", "me", "m'", "m’", "avez", "aviez", "as", "avais"):
                return False
        return False

    @staticmethod
    def _done(verb) -> bool:
        """A past act: a compound past or a finite past ("you left", "you've plugged",
        « vous avez branché », « vous aviez laissé »)."""
        tenses = features.morph(verb).get("Tense")
        if verb.tag_ in ("VBD", "VBN") or "Past" in tenses and verb.pos_ == "VERB":
            return True
        return any(c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() in ("have", "avoir")
                   for c in kids(verb))

    def _cleft_before(self, marker) -> bool:
        """« c'est parce que », "that's because", "it's because": the cause of the matter
        just raised."""
        before = [w for w in self.doc[max(marker.i - 3, 0):marker.i] if not w.is_space]
        words = " ".join(w.lower_ for w in before)
        return bool(re.search(
            r"(?:^|\s)(?:c['’]\s?est|c['’]\s?était|that\s?['’]s|that\s+is|this\s+is|"
            r"it\s?['’]s|it\s+is|that\s+was|this\s+was|it\s+was)\s*(?:simply|just|only|"
            r"mainly|surtout|simplement|uniquement|tout\s+simplement)?$", words))

    def _explains_the_matter(self, marker) -> bool:
        """What the word of cause explains is what happened, not the brand's act: a clause
        in the past or denied before it ("the item broke because", « le colis est reparti
        parce que », "we can't be held responsible because")."""
        host = marker.head
        while host.dep_ in ("advcl", "conj", "ccomp", "mark") and host.head.i != host.i \
                and host.i > marker.i:
            host = host.head
        if host.i >= marker.i:
            return False
        if host.pos_ not in ("VERB", "AUX") or self._requirement_explained(host):
            return False
        owners = [c for c in kids(host) if c.dep_ in SUBJECT_DEPS]
        if any(c.lower_ in ("we", "nous", "i", "je") for c in owners) and \
                not self.analysis.is_negated(host):
            return False  # "because you've waited so long, we're adding a credit"
        return self._done(host) or self.analysis.is_negated(host) or \
            "Past" in features.morph(host).get("Tense")

    def _requirement_explained(self, host) -> bool:
        """What the word of cause explains is a requirement of the service stated now
        (`requirement_words`: "It's required because the IBAN you've provided comes from
        outside the EU", "a postal address is needed because…"): why the brand asks for
        something, not what went wrong — a participle under a present auxiliary ("is
        required"), not a past one ("extra postage was required because you…")."""
        requirements = _words("requirement_words", self.language)
        if host.lower_ not in requirements and host.lemma_.lower() not in requirements:
            return False
        auxiliaries = [c for c in kids(host) if c.dep_.startswith(("aux", "cop"))]
        return not any(c.tag_ in ("VBD", "VBN") or "Past" in features.morph(c).get("Tense") or
                       "Imp" in features.morph(c).get("Tense") for c in auxiliaries) and \
            not (host.tag_ == "VBD" and not auxiliaries)

    def _avoidable_by_customer(self) -> None:
        """The problem that would not have happened had the customer acted: a condition
        in the pluperfect whose subject is the customer (« si vous aviez activé l'option
        Voyage », "if you had checked in online", "had you told us") and, in the same
        sentence, a past conditional (« ce blocage ne se serait pas produit », "this
        wouldn't have happened", "could have been avoided"). The reproach of an act not
        done, without "you should have": blame. Not the brand's own condition (« si nous
        avions vérifié »: an admission), not a condition on what is still to come (« si
        vous aviez déjà payé, le montant vous sera remboursé »), not a question."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        # the missing piece put in what the customer gave ("if the access code had been in
        # your booking, they wouldn't have had to leave"): with the past conditional
        # denied, what happened to them is told — blame, a complaint named or not (round 20)
        for _m, token in self._stated_matches("input_conditions"):
            start, end = line_bounds(self.doc, token.i)
            sentence = features.span_text(self.doc, start, end)
            said = _phrases("past_conditionals", self.language).search(sentence)
            if said and re.search(r"n['’]t|\bnot\b|\bnever\b|\bne\b|\bn['’]|\bpas\b",
                                  said.group(0), re.I):
                _add_once(reply.blame, Cue(start, end, "blame", "avoidable"))
                return
        if not reply.answers_a_complaint:
            return
        # (se50) the act given as the means, in a gerund (« en la consultant, vous auriez
        # évité le déplacement »), reads as the condition
        for key in ("customer_pluperfect_conditions", "customer_means_conditions"):
            for _m, token in self._stated_matches(key):
                start, end = line_bounds(self.doc, token.i)
                sentence = features.span_text(self.doc, start, end)
                if not _phrases("past_conditionals", self.language).search(sentence):
                    continue
                _add_once(reply.blame, Cue(start, end, "blame", "avoidable"))
                return

    def _cause_on_customers_kind(self) -> None:
        """The cause put on customers as a kind, the customer named in the third person as
        the agent of the fault: after a link of cause (« vient d'une armoire déplacée par
        le client », "the problem lies with the details entered by the customer", "is
        usually caused by the cardholder"), the act of "the customer", « le client »,
        "the passenger"… In a reply to one customer, the generic customer is this one,
        blamed without being addressed. Not a cause of the brand's or the world's, not the
        customer undergoing the act (« le retard subi par le client »: no link before)."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        kinds = _words("customer_kinds", self.language)
        agents = {"par", "by", "côté"}  # « un câble mal branché côté client »
        for m, token in self._stated_matches("causal_links"):
            start, end = line_bounds(self.doc, token.i)
            if self._outside_cause(m, end):
                continue  # "the TER delay came from SNCF": the cause is another party's
            after = self.doc[token.i:min(end, token.i + 20)]
            for t in after:
                if t.lower_ not in kinds and t.lemma_.lower() not in kinds:
                    continue
                if any(w.lower_ in ("other", "others", "autres", "autre")
                       for w in self.doc[max(t.i - 2, 0):t.i]):
                    continue  # "the other passengers": not the customer written to
                before = self.doc[max(t.i - 2, 0):t.i]
                if any(b.lower_ in agents for b in before) or t.dep_ in SUBJECT_DEPS:
                    if any(self.analysis.is_negated(h) for h in (t.head, t.head.head)):
                        break  # "nothing entered by the customer caused it"
                    _add_once(reply.blame, Cue(start, end, "blame", "kind"))
                    return

    def _outside_cause(self, m: re.Match, end: int) -> bool:
        """The link of cause names another party right after it ("came from SNCF", « vient
        de la banque émettrice », "lies with the carrier"): an outside body (a bank, a
        maker, an administration: `outside_bodies`) or a name in capitals that is not the
        brand's — the cause told is theirs."""
        first = next((t.i for t in self.doc if t.idx >= m.end()), None)
        if first is None:
            return False
        bodies = _words("outside_bodies", self.language)
        brand = self.analysis.vocabulary
        for t in self.doc[first:min(end, first + 4)]:
            if t.pos_ in ("DET", "ADP", "PUNCT") or t.is_space:
                continue
            if brand.names_brand(t.lower_):
                return False
            return t.lemma_.lower() in bodies or t.lower_ in bodies or (
                t.pos_ == "PROPN" and t.text[:1].isupper()) or (
                t.text.isupper() and len(t.text) >= 3)
        return False

    def _use_put_in_question(self) -> None:
        """In a reply to a problem, the customer told to look at how they use the thing
        ("so it may be worth looking at how the car is being used day to day", « nous vous
        invitons à revoir la façon dont le véhicule est utilisé »): the cause put on their
        use without a word of "your fault" — blame."""
        if not self.reply.answers_a_complaint:
            return
        for _m, token in self._stated_matches("use_questioned"):
            start, end = line_bounds(self.doc, token.i)
            _add_once(self.reply.blame, Cue(start, end, "blame", "use"))
            return

    def _stated_outcome(self, m: re.Match) -> bool:
        """The match is the brand's own statement: its words, not in a question or a
        condition (« si le délai est dépassé, les frais restent dus »)."""
        token = self._token_at(m.start())
        if token is None or not self.brands(token.i):
            return False
        frame = self.analysis.frame(token)
        return frame.act != "question" and frame.modality != "conditional"

    def _proof_or_refusal(self) -> None:
        """Proof demanded on pain of refusal: « Sans ces éléments, le forfait restera dû »,
        « Sans ces deux pièces, nous ne pourrons pas considérer le dépôt comme effectué »,
        "Without this proof we cannot refund you" — the customer's account counts for
        nothing until proven: doubt. The outcome must be a refusal (a negation, a charge
        kept: « restera dû », "remain payable"), in the brand's voice."""
        text = features.doc_text(self.doc)
        for m in _phrases("proof_conditions", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start):
                continue
            start, end = line_bounds(self.doc, span.start)
            rest = [w.lower_ for w in self.doc[span.end:end]]
            refused = {"pas", "not", "n't", "cannot", "can't", "unable", "dû", "due", "payable",
                       "aucun", "aucune", "no", "rien", "nothing", "impossible"} & set(rest)
            if refused:
                _add_once(self.reply.doubt, Cue(start, end, "doubt", "proof"))
                return

    def _proof_before_belief(self) -> None:
        """Proof demanded before the customer's claim is even accepted or considered
        ("Before we can accept this reading, we will need a dated photograph", "Before I
        log anything, I'll need you to confirm in writing", « avant de pouvoir prendre en
        compte votre relevé, merci de nous envoyer une photo »): the account counts for
        nothing until proven — doubt. The condition and a word of evidence on one line, in
        the brand's voice, not in a question; a step that needs information (« avant de
        traiter votre remboursement, envoyez votre RIB ») names no acceptance. The gate put
        on even looking at the case counts with proof itself asked (se44)."""
        for gate, words in (("proof_before_belief", "proof_words"),
                            ("proof_before_looking", "proof_demanded")):
            proof = _phrases(words, self.language)
            for _m, token in self._stated_matches(gate):
                start, end = line_bounds(self.doc, token.i)
                if proof.search(features.span_text(self.doc, start, end)):
                    _add_once(self.reply.doubt, Cue(start, end, "doubt", "proof"))
                    return

    def _truth_questioned(self) -> None:
        """The customer's account questioned for its truth: the purpose of a check or the
        proof asked is that what they report be real ("to confirm that the leak you describe
        is genuine", "to be sure it's really there", "proof that the second charge actually
        went through", « afin de vérifier que la fuite est bien réelle »), or surprise and
        disbelief at their claim (« nous sommes pour le moins surpris de votre demande », « il
        nous paraît difficile de considérer que », "it is hard to accept that") — doubt in the
        words of procedure. In the brand's voice, not in a question."""
        for key in ("truth_checks", "surprised_doubt", "distanced_accounts",
                    "motive_insinuated"):
            for _m, token in self._stated_matches(key):
                start, end = line_bounds(self.doc, token.i)
                _add_once(self.reply.doubt, Cue(start, end, "doubt", key))
                return
        # (se38) a question whose very asking doubts them (`doubting_questions`: « êtes-vous
        # sûr de l'avoir réellement soumis ? »), in the brand's words; (se58) or their own
        # people guessed to explain it away, asked or as a maybe (`others_of_theirs_suspected`:
        # "Could it be that someone else in your household used the car?")
        for key in ("doubting_questions", "others_of_theirs_suspected"):
            for m in _phrases(key, self.language).finditer(features.doc_text(self.doc)):
                token = self._token_at(m.start())
                if token is not None and self.brands(token.i):
                    start, end = line_bounds(self.doc, token.i)
                    _add_once(self.reply.doubt, Cue(start, end, "doubt", "doubting_question"))
                    return

    def _past_held_improbable(self) -> None:
        """What happened held improbable or surprising by the brand (« il est donc peu
        probable qu'elle n'y ait pas été », "I'd be surprised if the motor had just
        stopped", "so it's a little surprising that it didn't come off"): the customer's
        account of a past fact met with disbelief — doubt. Only when the completive tells a
        past or present state, not a forecast (« peu probable que le colis arrive avant
        lundi », "unlikely to arrive before Monday"); not when the improbable thing is a
        fault (« peu probable que ce soit une erreur de votre part », "unlikely you did
        anything wrong": the customer cleared), nor beside an apology ("sorry, and
        surprised that it didn't arrive")."""
        from brandlint.analysis.frame import _words as frame_words

        fault = _words("improbable_faults", self.language)
        apology = frame_words("acts", "apology", self.language)
        for m, token in self._stated_matches("improbable_judgements"):
            start, end = line_bounds(self.doc, token.i)
            completive = []
            for w in self.doc[token.i:end]:
                if w.idx < m.end():
                    continue
                if w.text in (".", "!", "?", ";", ":", ",", "(", "—", "–"):
                    break  # the completive ends where the next clause starts
                completive.append(w)
            if not completive or not self._tells_past(completive):
                continue
            if m.group(0).lower().endswith("if") and not any(
                    w.lower_ in ("had", "'d", "’d", "have") for w in completive):
                continue  # "surprised if the frame arrived before Friday": a hypothesis
                # about what is to come (not "surprised if the motor had just stopped")
            if any(w.lower_ in fault or w.lemma_.lower() in fault for w in completive):
                continue
            if any(w.lower_ in apology or w.lemma_.lower() in apology for w in token.sent):
                continue
            _add_once(self.reply.doubt, Cue(token.i, completive[-1].i + 1, "doubt",
                                            "improbable"))
            return

    def _rarity_then_asked_how(self) -> None:
        """What the customer reports held unusual (`unusual_judgements`: "a break at the
        hinge after two weeks is rather unusual", « une casse après deux semaines est
        plutôt inhabituelle ») and the reply asking them what happened (`asked_what_happened`:
        "could you tell us exactly what happened to them?", « pouvez-vous nous dire ce qui
        s'est passé ? »): their account met with suspicion — doubt. Not beside an apology
        (« c'est très inhabituel, toutes nos excuses »: regret), nor the brand's own rarity
        ("very unusual for us", « rare chez nous »)."""
        reply = self.reply
        if reply.apologies or reply.shifted_apologies:
            return
        text = features.doc_text(self.doc)
        if not any(self._brand_match(m) for m in _phrases("asked_what_happened", self.language)
                   .finditer(text)):
            return
        own = _phrases("side_locators", self.language)
        for m, token in self._stated_matches("unusual_judgements"):
            start, end = line_bounds(self.doc, token.i)
            tail = text[m.end():self.tokens[end - 1].idx + len(self.tokens[end - 1])]
            if own.search(tail[:30]) or re.match(r"\s*(?:for|pour|chez)\s+(?:us|nous)\b",
                                                   tail, re.I):
                continue
            _add_once(reply.doubt, Cue(start, end, "doubt", "unusual"))
            return

    def _tells_past(self, tokens) -> bool:
        """The completive tells a past fact or a state reached: a verb in a past tense, a
        past participle with its auxiliary (« ait été », « soit tombée », "had stopped"),
        a past of *do* ("didn't come off"). Its first verb decides: "will arrive" or « arrive
        avant lundi » is a forecast whatever follows."""
        for k, w in enumerate(tokens):
            if w.pos_ not in ("VERB", "AUX"):
                continue
            tense = features.morph(w).get("Tense") or ()
            if any(t in ("Past", "Imp", "Pqp") for t in tense) or w.tag_ in ("VBD", "VBN"):
                return True
            # the small French model often tags the participle an adjective (« tombé »):
            # its shape says it too
            return w.lower_ in ("ait", "aient", "eût", "soit", "soient") and any(
                "Part" in (features.morph(x).get("VerbForm") or ()) or x.is_alpha and
                len(x) > 3 and re.search(r"(?:é|ée|és|ées|i|is|u|ue|us|ues|it|ert)$", x.lower_)
                for x in tokens[k + 1:k + 4])
        return False

    def _bad_faith_ruled_out(self) -> None:
        """The check's purpose is to rule out the customer's bad faith: "to rule out any
        misuse of our parts service, please return the signed delivery note and a photo",
        « pour écarter tout usage abusif, merci de nous retourner le bon signé », "to
        prevent false claims we need the original receipt" — the proof is asked because
        the customer might be abusing the service: doubt (round 20). The line asks for
        evidence or for something sent (`bad_faith_requests`); a policy that protects the
        customer from a third party's fraud names no misuse of theirs."""
        wanted = _words("bad_faith_requests", self.language)
        for _m, token in self._stated_matches("bad_faith_checks"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            start, end = line_bounds(self.doc, token.i)
            if any(w.lower_ in wanted or w.lemma_.lower() in wanted
                   for w in self.doc[start:end]):
                _add_once(self.reply.doubt, Cue(start, end, "doubt", "bad_faith"))
                return

    def _likened_to_others(self) -> None:
        """The customer's account set among others of its kind that hide a truth: people
        or members who say, report or claim it (`claimants` with a verb of `claim_verbs`),
        or claims and calls of this kind (`claim_nouns`), or the customer's own words
        quoted as a type ("in our experience, "it just stopped working" usually means…"),
        said to happen often (`claim_frequency`) and to hide a motive or another cause
        (`hidden_truths`: « pour éviter la franchise », « pour passer plus vite », "it turns
        out it was just switched off", « après coup », « après une chute », "usually means
        it took a knock") — doubt in the words of procedure or experience (round 18: four
        brands of blind17, « beaucoup de membres signalent un dommage après coup pour
        éviter la franchise », "we get a lot of calls where it turns out…"), or what was
        said missing found after all (se62: "boxes reported missing that turn up later").
        Many customers
        reporting the same fault, a backlog, advice on what most people find easier
        (no claim, or no hidden truth) are not doubt."""
        claimants = _words("claimants", self.language)
        claim_verbs = _words("claim_verbs", self.language)
        claim_nouns = _words("claim_nouns", self.language)
        frequency = _phrases("claim_frequency", self.language)
        hidden = _phrases("hidden_truths", self.language)
        text = features.doc_text(self.doc)
        # sentences by their punctuation and lines: the small models' parse splits "…les
        # gens nous disent ça pour passer plus vite" in two
        for m in re.finditer(r"[^.!?\n]+[.!?]*", text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            own = [t for t in span if self.brands(t.i) and not (t.is_space or t.is_punct)]
            if not own or not frequency.search(m.group(0)):
                continue
            truth = hidden.search(m.group(0))
            if not truth:
                continue
            if re.match(r"\W*(?:\w+\W+){0,3}?(?:our|we|notre|nos|nous)\b",
                        m.group(0)[truth.end():], re.I):
                continue  # "…and it turns out our carrier skipped the lane": the truth
                # found is the brand's own fault, the customers' reports borne out
            lemmas = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
            quoted = any(t.text in ('"', "“", "”", "«", "»") for t in span) and \
                any(self.analysis.is_quoted(t) for t in span)
            kind = lemmas & claim_nouns or (lemmas & claimants and any(
                t.pos_ != "NOUN" and t.lemma_.lower() in claim_verbs for t in own))
            if kind or quoted or self._things_claimed(own, claim_verbs, claimants):
                _add_once(self.reply.doubt, Cue(own[0].i, own[-1].i + 1, "doubt", "likened"))
                return

    def _things_claimed(self, own, claim_verbs: frozenset[str],
                        claimants: frozenset[str]) -> bool:
        """Things said to be in a state by a verb of claiming (« les sacs déclarés
        perdus », "boxes reported missing"): the claims named by what they are about, as
        `claim_nouns` names them by themselves. The verb qualifies a thing, or the small
        models make the thing its subject ("boxes reported missing" read as a clause: a
        thing reports nothing) with the state as its complement."""
        for t in own:
            if t.lemma_.lower() not in claim_verbs or t.pos_ not in ("VERB", "ADJ"):
                continue
            if t.dep_ in ("acl", "amod") and t.head.pos_ == "NOUN" and (
                    t.tag_ == "VBN" or "Part" in features.morph(t).get("VerbForm")):
                return True
            subject = next((c for c in kids(t) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "NOUN" and \
                    subject.lemma_.lower() not in claimants and \
                    not self._can_claim(subject) and \
                    any(c.dep_ in ("xcomp", "acomp", "oprd") for c in kids(t)):
                return True
        return False

    def _can_claim(self, noun) -> bool:
        """Someone who can say or report: a person or a party (`claimants`, the
        staff of either side), not a thing."""
        people = frame_words("holders", "staff", self.language)
        return noun.lemma_.lower() in people or noun.ent_type_ in ("PERSON", "ORG")

    def _suspected_tampering(self) -> None:
        """The customer's meter or item suspected of tampering ("to inspect the meter for
        possible interference", « afin d'écarter toute erreur… ou toute modification »):
        fraud raised as a hypothesis about them — doubt. In the brand's voice, stated (not
        denied: "there is no sign of tampering" clears them)."""
        text = features.doc_text(self.doc)
        for m in _phrases("suspected_tampering", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start) or any(
                    self.analysis.is_negated(t) for t in span):
                continue
            start, end = line_bounds(self.doc, span.start)
            if re.search(r"\b(?:no|aucune?|sans|pas\s+de|without)\s+(?:\w+\s+){0,3}$",
                         text[self.tokens[start].idx:m.start()], re.I):
                continue  # "there is no sign of tampering", « aucune trace de manipulation »
            _add_once(self.reply.doubt, Cue(start, end, "doubt", "tampering"))
            return

    def _reality_counterfactual(self) -> None:
        """The customer's act put in a condition of the pluperfect with a word of reality,
        and a past conditional in the sentence (« Si la demande avait réellement été
        envoyée, vous auriez forcément reçu un e-mail », "if you had actually cancelled,
        you would have received a confirmation"): the brand holds that what they say they
        did did not happen — doubt, in a reasoning's words. The brand's own act (« si nous
        avions réellement… ») is an admission, not doubt."""
        for m, token in self._stated_matches("reality_counterfactuals"):
            if re.search(r"\b(?:nous|we|je|i)\b", m.group(0), re.I):
                continue
            start, end = line_bounds(self.doc, token.i)
            sentence = features.span_text(self.doc, start, end)
            if _phrases("past_conditionals", self.language).search(sentence):
                _add_once(self.reply.doubt, Cue(start, end, "doubt", "counterfactual"))
                return
        # (se50) the same reality put on an act told in the passé composé or the simple past
        # (« si tu l'as vraiment envoyée, transmets-nous la capture », "if you really did
        # send it"): no counterfactual is needed, the condition itself holds the act open
        for _m, token in self._stated_matches("reality_conditions"):
            start, end = line_bounds(self.doc, token.i)
            _add_once(self.reply.doubt, Cue(start, end, "doubt", "reality_condition"))
            return

    def _likened_to_fakes(self) -> None:
        """Fakes named in the brand's voice (« de faux bons circulent », "we've seen a few
        fake vouchers going around") in a reply that asks the customer where their item
        came from or for its proof of payment (`origin_asked`): the item is suspected to be
        one of them — doubt. A fake denied ("this isn't a fake", « aucun faux ») clears
        them; fakes named with no question on the customer's item are a warning."""
        text = features.doc_text(self.doc)
        if not any(self._brand_match(m)
                   for m in _phrases("origin_asked", self.language).finditer(text)):
            return
        fakes = _words("fake_words", self.language)
        for t in self.tokens:
            if t.lower_ not in fakes or not self.brands(t.i) or self.analysis.is_negated(t):
                continue
            start, end = line_bounds(self.doc, t.i)
            if re.search(r"\b(?:no|not|aucune?|pas|sans|without|rien)\b",
                         features.span_text(self.doc, max(start, t.i - 3), t.i), re.I):
                continue
            _add_once(self.reply.doubt, Cue(start, end, "doubt", "fakes"))
            return

    def _their_people_as_cause(self) -> None:
        """The customer's own people (`their_people` with their possessive: « vos
        équipes », "your staff", "your crew") as the subject of an act, stated and affirmed
        in the brand's voice, with the cause said around it: a causal link right before them
        (`people_cause_links`: « c'est que vos équipes les laissent humides », "because
        your crew anchored too close") or the problem's origin told in the sentence, the one
        before or the one after (`people_cause_origins`: « Le problème vient très
        probablement de là », "marks like that come from…") — in a reply to a complaint the
        brand does not own, the fault put on those the customer answers for: blame (se62).
        Not what they said or asked (« votre équipe nous a signalé »), not a question, a
        negation or what is to come."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        people = _words("their_people", self.language)
        theirs = _words("customer_possessives", self.language)
        said = _words("claim_verbs", self.language) | _words("request_verbs", self.language)
        for t in self.tokens:
            if t.lower_ not in people or t.dep_ not in SUBJECT_DEPS or not any(
                    c.lower_ in theirs for c in kids(t)):
                continue
            verb = t.head
            # the head of a subject is its predicate, whatever the tagger says (« vos
            # équipes mélangent… », « laissent » tagged an adverb or a noun) — but a noun
            # with its copula is a state ("your staff are professionals")
            if verb.i == t.i or verb.pos_ in ("PROPN", "PRON") or any(
                    c.dep_ == "cop" for c in kids(verb)) or \
                    not self.brands(verb.i) or self.analysis.is_negated(verb) or \
                    verb.lemma_.lower() in said or verb.lower_ in said:
                continue
            frame = self.analysis.frame(verb)
            if frame.act in ("question", "apology", "thanks") or frame.time == "future":
                continue
            if not self._cause_said_around(t):
                continue
            start, end = line_bounds(self.doc, t.i)
            _add_once(reply.blame, Cue(start, end, "blame", "their_people"))
            return

    def _cause_said_around(self, subject) -> bool:
        """A causal link in the few words before `subject`, on its line, or the origin of
        the problem told in its sentence, the one before or the one after."""
        text = features.doc_text(self.doc)
        line_start, _end = line_bounds(self.doc, subject.i)
        before = self.tokens[max(subject.i - 6, line_start)].idx
        if _phrases("people_cause_links", self.language).search(text, before, subject.idx):
            return True
        origins = _phrases("people_cause_origins", self.language)
        here = features.text_sentence_bounds(text, subject.idx)
        spans = [here, features.text_sentence_before(text, subject.idx)]
        if here[1] < len(text):
            spans.append(features.text_sentence_bounds(text, here[1] + 1))
        return any(span is not None and origins.search(text, *span) for span in spans)

    def _cause_on_their_side(self) -> None:
        """The problem's cause named as the customer's, as the subject of a verb of causing
        (`causing_verbs`): "the delay on your side is what caused the clash", « votre retard
        a provoqué le conflit », « c'est votre retard qui a entraîné… » — the cause carries
        their possessive or their side (`customer_side`, « de votre côté », "on your end").
        Stated, affirmed, in the brand's voice, in a reply to a complaint; not what the
        brand then does ("your message led us to review", « votre message nous a
        amenés… »), not when the brand owns the fault."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        causing = _words("causing_verbs", self.language)
        owners = {"your", "votre", "vos", "ton", "ta", "tes"}
        side = _phrases("their_side", self.language)
        for verb in self.tokens:
            if verb.lemma_.lower() not in causing or verb.pos_ not in ("VERB", "AUX") or \
                    not self.brands(verb.i) or self.analysis.is_negated(verb):
                continue
            frame = self.analysis.frame(verb)
            if frame.act == "question" or frame.modality == "conditional" or \
                    not self._done(verb):
                continue  # « votre résiliation entraîne la clôture du compte »: a rule
            if any(c.lower_ in ("us", "nous", "me", "we") for c in kids(verb)):
                continue  # "your message led us to review": the brand's own act follows
            subject = next((c for c in kids(verb) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ in ("what", "qui", "which", "that") \
                    and verb.head.i != verb.i:
                # "the delay … is what caused", « c'est votre retard qui a causé »: the
                # cause is the copula's subject, or the cleft's focus
                host = verb.head
                subject = next((c for c in kids(host) if c.dep_ in SUBJECT_DEPS
                                and c.i != subject.i and c.lower_ not in ("c'", "c’", "ce",
                                                                         "it", "that")),
                               host if host.pos_ in ("NOUN", "PROPN") else None)
            if subject is None:
                continue
            words = list(subject.subtree)
            phrase = features.span_text(self.doc, words[0].i, words[-1].i + 1)
            if any(w.lower_ in owners and w.head.i == subject.i for w in words) or \
                    side.search(phrase):
                start, end = line_bounds(self.doc, verb.i)
                _add_once(reply.blame, Cue(start, end, "blame", "cause_theirs"))
                return

    def _handled_by_the_unnamed(self) -> None:
        """The brand's staff reported (`staff_reports`: « d'après notre technicien », "our
        crew found that") to have found the brand's thing mishandled, with no agent named
        (`mishandled`: « la soufflerie avait été débranchée », "the blower had been
        unplugged"): on the customer's premises, the one left to have done it is the
        customer's side — blame without a "you" (se42). Not with an agent of the brand's
        or a carrier's (« par notre livreur », "in transit": `cause_others`), not when the
        brand owns the fault; in a reply to a complaint."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        text = features.doc_text(self.doc)
        others = _words("cause_others", self.language)
        handled = _phrases("mishandled", self.language)
        for m, _token, start, end in self._affirmed_matches("staff_reports"):
            last = self.tokens[end - 1].idx + len(self.tokens[end - 1])
            # the report's own sentence, from after its opener
            tail = re.split(r"[.!?\n]", text[m.end():last], maxsplit=1)[0]
            found = handled.search(tail)
            if found is None:
                continue
            rest = re.split(r"[:;,]", tail[found.end():], maxsplit=1)[0]
            if others & set(re.findall(r"[^\W\d]+", rest.lower())) or \
                    re.match(r"\s*(?:par|by)\b", rest, re.I):
                continue  # « débranchée par notre livreur », "unplugged in transit"
            _add_once(reply.blame, Cue(start, end, "blame", "handled"))
            return

    def _cause_in_what_they_gave(self) -> None:
        """The problem's cause put in what the customer gave us, after a link of cause
        (`causal_links`: « s'explique par », "stems from", "due to"): a thing their own
        act of giving or typing names ("the notes on the scan you supplied", « les
        consignes que vous avez saisies »), or a thing of theirs said late or faulty
        (« l'envoi tardif de vos fichiers », "your files, two of them unreadable",
        `faulty_input_states`, `late_given`). The brand's account of its failure ends on
        the customer: blame, however politely the apology follows (se41). Not denied
        ("not due to"), not a condition, not another party's ("came from your bank"),
        not when the brand owns the fault; in a reply to a complaint."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        you = frame_words("holders", "customer_pronouns", self.language)
        giving = _words("giving_verbs", self.language) | _words("entering_verbs", self.language)
        faults = _words("faulty_input_states", self.language) | \
            _words("late_given", self.language)
        owners = {"your", "votre", "vos", "ton", "ta", "tes"}
        ours = {"our", "we", "us", "notre", "nos", "nous"}
        text = features.doc_text(self.doc)
        for m, token, start, end in self._affirmed_matches("causal_links"):
            first = self.tokens[start].idx
            if re.search(r"\b(?:not|never|pas|jamais)\b|n['’]t\b",
                         text[max(first, m.start() - 12):m.start()], re.I):
                continue  # "this was not due to", « ne s'explique pas par »
            if self._outside_cause(m, end):
                continue  # "came from your bank": another party's cause
            tail = [t for t in self.doc[token.i:end] if t.idx >= m.end()]
            given = owned = faulty = False
            for t in tail:
                if (t.lower_ in ours and t.dep_ not in ("obj", "dobj", "iobj", "dative", "expl")
                        and t.head.lemma_.lower() not in giving) and not (given or owned):
                    break  # « par notre équipe », "our courier": the brand's own hands
                if t.lemma_.lower() in giving and t.dep_ in ("relcl", "acl:relcl", "acl") \
                        and not self.analysis.is_negated(t) and any(
                            c.dep_ in SUBJECT_DEPS and c.lower_ in you for c in kids(t)):
                    given = True  # "the scan you supplied", « que vous avez transmis »
                owned = owned or t.lower_ in owners
                faulty = faulty or t.lower_ in faults or t.lemma_.lower() in faults
            if given or owned and faulty:
                _add_once(reply.blame, Cue(start, end, "blame", "cause_given"))
                return

    def _unready_guessed(self) -> None:
        """The customer's own thing guessed not fit for what happened (« votre aquarium
        n'était visiblement pas prêt », "your tank clearly wasn't ready", `unready_guessed`):
        with no check made, the brand puts the problem on how the customer prepared — blame
        (se41). A state told without a guess (« votre colis n'était pas prêt » of the
        brand's own parcel is read elsewhere) or in a question does not fire."""
        if self.reply.owns_the_fault or \
                not self.reply.answers_a_complaint:
            return
        for _m, token in self._stated_matches("unready_guessed"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            start, end = line_bounds(self.doc, token.i)
            _add_once(self.reply.blame, Cue(start, end, "blame", "unready"))
            return

    def _customers_part_conceded(self) -> None:
        """The customer's part set against the apology by a marker of fairness
        (`fairness_markers`: « Il faut dire que… », « Il faut préciser que… », "To be fair,
        …"), what follows in its sentence naming the customer as the one who acted or gave:
        the customer the subject of a past act (« la fiche que vous avez remplie », "you did
        ask", "the model number you gave us"), or a thing they filled in, theirs by its
        possessive (« les mesures transmises dans votre formulaire », `customer_inputs`,
        `forms_filled`). The reply weighs their part against its own: blame, however the
        apology before it reads (se63: falbala, « Il faut dire que les mesures transmises
        dans votre formulaire… »; guirlandine, « Il faut préciser que l'accès … n'était pas
        indiqué sur la fiche que vous avez remplie »; round 23's orlamee, round 39's
        amperine, "to be fair, you did ask…"). Not what the customer is (« vous avez été
        très patient »: a copula), not a third party's part alone (« il faut dire que le
        traiteur était en retard »), not when the brand owns the fault, nor in a reply to
        no complaint."""
        reply = self.reply
        if reply.owns_the_fault or not (
                reply.answers_a_complaint or self.analysis.customer_turns):
            return  # (a call's customer turn is the complaint answered: round 28's cajolie,
            # « Il faut dire aussi que vous avez modifié les horaires trois fois »)
        you = frame_words("holders", "customer_pronouns", self.language)
        filled = _words("customer_inputs", self.language) | _words("forms_filled", self.language)
        # their telling the brand is their account, told in their favour (« il faut dire que
        # vous nous aviez prévenus », "to be fair, you did warn us"), not their part in it
        telling = _words("telling_verbs", self.language)
        owners = {"your", "votre", "vos", "ton", "ta", "tes"}
        for m, token in self._stated_matches("fairness_markers"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            sentence = token.sent
            tail = [t for t in self.doc[token.i:sentence.end] if t.idx >= m.end()]
            # the customer's first act told after the marker ("you did warn us … when you
            # booked": the warning, not the booking, is what the marker weighs)
            subject = next((t for t in tail if t.lower_ in you and t.dep_ in SUBJECT_DEPS),
                           None)
            verb = subject.head if subject is not None else None
            if verb is not None and verb.lemma_.lower() in ("avoir", "être"):
                # (« vous nous aviez prévenus »: the small model makes the auxiliary the head)
                verb = next((c for c in kids(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                            verb)
            acted = verb is not None and self._past_act(subject.head) and \
                verb.lemma_.lower() not in telling
            if acted or any(t.lemma_.lower() in filled and any(
                    c.lower_ in owners for c in kids(t)) for t in tail):
                _add_once(reply.blame, Cue(token.i, sentence.end, "blame", "fairness"))
                return

    def _keeping_inferred(self) -> None:
        """How the customer kept or used the thing, inferred from how the damage looks
        (`keeping_inferences`: "consistent with", "so it sounds like", « compatible avec »,
        « on dirait que ») with a use participle in the same sentence (`use_participles`:
        "they only fade like this when they've been left in sunlight, so it sounds like
        they were out on display", round 26's "the cracks … are consistent with the
        instrument being left in a car in the heat"): the brand settles the cause on the
        customer's keeping without knowing it — blame (se63: guirlandine, tirasse). Not a
        keeping in the brand's or a carrier's hands (« par notre livreur », "in transit",
        `cause_others`, `brand_hands`), not of a thing on its way (a parcel, a delivery,
        `arrival_words`: "it looks like your parcel was left at the depot"), not denied,
        not when the brand owns the fault, a question or a condition."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        participles = _words("use_participles", self.language)
        others = _words("cause_others", self.language) | _words("arrival_words", self.language)
        hands = _phrases("brand_hands", self.language)
        for _m, token in self._stated_matches("keeping_inferences"):
            frame = self.analysis.frame(token)
            if frame.modality == "conditional" or frame.polarity == "negated":
                continue
            sentence = token.sent
            words = features.span_tokens(sentence)
            if any(t.lower_ in others or t.lemma_.lower() in others for t in words) or \
                    hands.search(features.text_of(sentence)):
                continue
            if any(t.lemma_.lower() in participles and (
                    "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN")
                   for t in words):
                _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "kept"))
                return

    # the explanation of a fact after its « si » / "if" clause (« si le costume n'était pas
    # prêt samedi, c'est aussi parce que… », "if it wasn't ready, it's because…")
    _BECAUSE_OF_A_FACT = re.compile(r"\b(?:c['’]\s*est|it['’]s|it\s+is|that['’]s|that\s+is)\s+"
                                    r"(?:\w+\s+)?(?:parce\s+que?|parce\s+qu['’]|because)\s+"
                                    r"(?:[\w'’-]+\s+){0,3}$", re.I)

    def _late_against_terms(self) -> None:
        """What the customer gave, said to have come later than the brand asks or than was
        agreed (`late_against_terms`: « ses mesures nous sont arrivées le jeudi soir, alors
        que nous demandons dix jours pour un ajustement », "the source files, which you sent
        on Thursday instead of Monday as agreed"): their lateness held against the lead time
        is the reason the reply gives — blame, with or without an apology before it (se63:
        falbala; round 27's truchement). Not the brand's own lateness, not when the brand
        owns the fault, not in a question or a condition."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("late_against_terms"):
            if self.analysis.frame(token).modality == "conditional" and not \
                    self._BECAUSE_OF_A_FACT.search(text[max(0, m.start() - 40):m.start()]):
                continue  # (« si le costume n'était pas prêt, c'est parce que … »: the « si »
                # of a fact explained, not a condition)
            sentence = token.sent
            _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "late_given"))
            return

    def _fault_traced_to_them(self) -> None:
        """The problem traced by the brand to the customer's own (`fault_traced_to_them`:
        « ce retard tient surtout à votre groupe », "the problem lies with the shade
        selection made at your practice"): the origin of the fault given as theirs is the
        reply's account of it — blame, with or without an apology before it (se64:
        meute-ecrins, occlusia). Not a party of theirs who is not them (`their_outside_parties`:
        "the delay came from your bank"), not when the brand owns the fault, not in a
        question, a condition or a negation."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        outside = _words("their_outside_parties", self.language)
        for m, token, _start, _end in self._affirmed_matches("fault_traced_to_them"):
            owned = [g for g in m.groupdict().values() if g]
            if any(g.lower() in outside for g in owned):
                continue
            sentence = token.sent
            _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "traced"))
            return

    def _cause_as_usual(self) -> None:
        """The problem's cause told as what usually happens (`usual_case_markers`: « comme
        souvent dans ce genre de cas », « comme c'est souvent le cas lorsque… », "as is
        often the case", "in our experience") in the sentence of a link of cause
        (`causal_links`: « vient de », "lies with") whose cause is on the customer's side:
        a use (« l'utilisation », `use_nouns`), a thing done or made, told by its
        participle (« l'empreinte prise au cabinet », "the details entered by the
        customer"), or their side or hands (`customers_hands`). The brand settles the
        cause by the usual case, not by a check: blame (se66: reticule, occlusia; round
        12's quillane). Not a cause in the brand's or another party's hands (`cause_others`,
        `their_outside_parties`: « vient de votre banque »), not denied, not a condition,
        not « ça arrive souvent » alone (no cause told), not when the brand owns the fault."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        text = features.doc_text(self.doc)
        usual = _phrases("usual_case_markers", self.language)
        hands = _phrases("customers_hands", self.language)
        uses = _words("use_nouns", self.language)
        others = _words("cause_others", self.language) | \
            _words("their_outside_parties", self.language)
        made = _phrases("made_participles", self.language)
        for m, token, _start, _end in self._affirmed_matches("causal_links"):
            # the sentence read on the text (the parser cuts « … au cabinet : bulle …,
            # comme c'est souvent le cas » at its colon)
            first, last = features.text_sentence_bounds(text, m.start())
            if not usual.search(text, first, last):
                continue
            if re.search(r"\b(?:not|never|pas|jamais|rather\s+than|plutôt\s+que)\b|n['’]t\b",
                         text[max(first, m.start() - 14):m.start()], re.I):
                continue  # "isn't down to", « ne vient pas de »
            # the cause's own words, up to the clause's end (`last`: its sentence's)
            tail = re.split(_CAUSE_ENDS, text[m.end():last], maxsplit=1)[0]
            words = [t for t in self.doc[token.i:] if m.end() <= t.idx < m.end() + len(tail)]
            if not words or any(t.lower_ in others for t in words):
                continue
            done = made.search(tail) or any(
                "Part" in features.morph(t).get("VerbForm") or t.tag_ == "VBN"
                for t in words if t.pos_ in ("VERB", "ADJ"))
            if done or any(t.lower_ in uses for t in words) or hands.search(tail):
                start, end = line_bounds(self.doc, token.i)
                _add_once(reply.blame, Cue(start, end, "blame", "usual"))
                return

    def _fault_on_their_side(self) -> None:
        """A fault located on the customer's side (`side_faults`: « le prénom a sans doute
        été mal épelé de votre côté », "a frequent oversight on the customer side", « un
        câble mal branché côté client »): a word of fault and, a few words on, the
        customer's side — however the sentence hedges it, the fault is placed with them:
        blame (se66: miettine, reticule; round 14's fibrelle). Not denied or supposed
        (« aucune erreur de votre côté », "any mistake on your end", "if anything was
        entered wrongly on your side"), not the brand's side, not when the brand owns the
        fault."""
        reply = self.reply
        if reply.owns_the_fault:
            return  # (a complaint named or not: the fault placed is the answer to one)
        text = features.doc_text(self.doc)
        for m, token, _start, _end in self._affirmed_matches("side_faults"):
            before = text[max(0, m.start() - 25):m.start()]
            if re.search(r"\b(?:no|not|never|any|without|nothing|aucune?|pas|sans|rien|"
                         r"jamais|toute?|éventuel\w*|si|if)\b(?!\s+doute)|n['’]t\b", before, re.I):
                continue  # « aucune erreur de votre côté », "no mistake on your end"
            sentence = token.sent
            _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "side_fault"))
            return

    def _omission_against_notice(self) -> None:
        """The customer's act or omission set against what the brand's notice asked of
        them (`omission_against_notice`: « …, alors que la convocation le demandait noir sur
        blanc », "our booking form asks customers to tick a box …, and you left it blank"):
        the notice as the measure of their fault — blame (se64: meute-ecrins, sarclon). Not
        when the brand owns the fault; in the brand's voice, not in a question."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("omission_against_notice"):
            sentence = token.sent
            if re.search(r"\b(?:if|si|s['’]il|s['’]ils)\b", text[sentence.start_char:m.start()],
                         re.I):
                continue  # « si la convocation le demandait… », "if the form asks you to…":
                # a case supposed, not their act held against the notice
            _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "notice_unmet"))
            return

    def _instructions_defied(self) -> None:
        """The act behind the failure said to have been done against the brand's
        instructions or warning (`instructions_defied`: « vous avez fait le choix d'embarquer
        malgré cet avertissement », "the shutter was forced down while frozen, despite the
        user guide warning against it", "installed before the worktop was supported, despite
        the fitting instructions we sent you"): the instructions as the measure of the
        customer's fault — blame (se65: calquin, fenestrin, hautecorde). Not an act of the
        brand's side or of another party (`cause_others`: « malgré nos consignes, le livreur
        l'a laissé devant la porte », "our fitter went ahead despite the guide"), not when
        the brand owns the fault, not in a question or a condition; in a reply to a
        complaint."""
        reply = self.reply
        if reply.owns_the_fault or not reply.answers_a_complaint:
            return
        text = features.doc_text(self.doc)
        others = _words("cause_others", self.language)
        for m, token in self._stated_matches("instructions_defied"):
            sentence = token.sent
            if self.analysis.frame(token).modality == "conditional" or re.search(
                    r"\b(?:if|si|s['’]il|s['’]ils)\b", text[sentence.start_char:m.start()], re.I):
                continue  # "if, despite the guide, …": a case supposed, not their act
            # whose act it was: the clause before the words (« … et que vous avez fait le choix
            # d'embarquer »), or the rest of the sentence when they open it
            before = re.split(r"[,;:]", text[sentence.start_char:m.start()].rstrip(" ,;:—–"))[-1]
            actor = before if before.strip() else text[m.end():sentence.end_char]
            if set(re.findall(r"[^\W\d]+", actor.lower())) & others:
                continue  # « malgré nos consignes, le livreur … », "our fitter … despite the guide"
            _add_once(reply.blame, Cue(sentence.start, sentence.end, "blame", "instructions"))
            return

    def _past_act(self, head) -> bool:
        """`head` (the customer's verb) tells an act of theirs in the past (« vous avez
        remplie », "you did ask", "you gave"), not a state (« vous avez été patient », a
        copula) nor a denied act."""
        if head.lemma_.lower() in ("be", "être") or any(
                c.dep_ == "cop" or c.dep_ in ("neg", "advmod") and c.lower_ in (
                    "not", "n't", "n’t", "never", "pas", "jamais", "ne", "n'", "n’")
                for c in kids(head)):
            return False  # (the head's own negation: the scope of a negation before it,
            # « l'accès n'était pas indiqué sur la fiche que vous avez remplie », is not it)
        auxes = [c for c in kids(head) if c.dep_ in ("aux", "aux:tense")]
        if self.language == "en":
            return head.tag_ in ("VBD", "VBN") or any(
                c.lower_ in ("did", "had", "have", "'ve", "’ve") for c in auxes)
        return "Past" in features.morph(head).get("Tense") or any(
            c.lemma_.lower() in ("avoir", "être") for c in auxes)

    def _remedy_charged(self) -> None:
        """The fix of the problem the customer reported, charged to them: « Un nouveau
        badge vous sera envoyé à réception du règlement de 15 € (frais de remplacement) »,
        "the £35 call-out will be added to your November rent", "we can replace the zip at
        half price (£11)". On a service channel the fix answers what the customer
        reported; a line of the brand's voice names the fix, an amount and a charge — not a credit,
        a free fix or a charge denied, not the customer's own question, not when the brand
        owns the fault (then the charge is a billing error, BL403's)."""
        reply = self.reply
        if reply.owns_the_fault:
            return
        text = features.doc_text(self.doc)
        money = re.compile(r"[£$€]\s?\d|\d(?:[.,]\d+)?\s?(?:€|euros?\b)", re.I)
        remedy = _phrases("remedy_words", self.language)
        charge = _phrases("charging_cues", self.language)
        free = _phrases("free_or_credit", self.language)
        for m in money.finditer(text):
            token = self._token_at(m.start())
            if token is None or not self.brands(token.i):
                continue
            start, end = line_bounds(self.doc, token.i)
            line = features.span_text(self.doc, start, end)
            if not (remedy.search(line) and charge.search(line)) or free.search(line):
                continue
            if not any(c.start < end and start < c.end for c in reply.blame):
                reply.blame.append(Cue(start, end, "blame", "charged"))
            return

    def _brand_match(self, m: re.Match) -> bool:
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return span is not None and self.brands(span.start)

    # -- talking down ---------------------------------------------------------------
    def _condescension(self, frame) -> None:
        text = features.span_text(self.doc, frame.start, frame.end)
        m = _phrases("condescension", self.language).search(text)
        if m:
            start, end = self._match_tokens(frame.start, frame.end, m)
            reminder_asked = re.search(r"rappel|remind", m.group(0), re.I) and \
                self._asked_for(start)
            # a negative question about reading is a reproach, not a question ("Didn't you
            # read the quick-start card?", « Vous n'avez pas lu la notice ? »)
            reproach = _REPROACHED_READING.match(m.group(0))
            if self.brands(start) and (frame.act != "question" or reproach) and \
                    not reminder_asked:
                # (« Comme convenu lors de votre appel, voici le petit rappel »: asked for)
                _add_once(self.reply.condescension, Cue(start, end, "condescension", m.group(0)))
                return
        presumed = self._confusion_presumed(frame)
        if presumed is not None:
            _add_once(self.reply.condescension, presumed)
            return
        reminder = self._reminder(frame)
        if reminder is not None:
            _add_once(self.reply.condescension, reminder)
            return
        trivial = self._trivialised_reading(frame)
        if trivial is not None:
            _add_once(self.reply.condescension, trivial)
            return
        definition = self._definition(frame) or self._act_defined(frame) or \
            self._lesson_in_simple_terms(frame) or self._kind_taught(frame)
        if definition is not None:
            _add_once(self.reply.condescension, definition)

    def _lesson_in_simple_terms(self, frame) -> Cue | None:
        """Simple terms announced (`simple_terms`: « restons simples », "let's keep it
        simple"), then, after the colon, what a thing is or is not (« une surjeteuse n'est
        pas une machine à coudre », "an overlocker is not a sewing machine"): the customer
        taught as a beginner. Not when what follows is the brand's act ("let's keep it
        simple: we'll exchange it")."""
        m = _phrases("simple_terms", self.language).search(
            features.span_text(self.doc, frame.start, frame.end))
        if m is None or frame.act == "question":
            return None
        start, end = self._match_tokens(frame.start, frame.end, m)
        if not self.brands(start):
            return None
        _, line_end = line_bounds(self.doc, frame.start)
        colon = next((t.i for t in self.doc[end:line_end] if t.text in (":", "—", "–")), None)
        following = next((t for t in self.doc[(colon or line_end) + 1:line_end]
                          if not (t.is_punct or t.is_space)), None)
        if colon is None or following is None:
            return None
        lesson = self.analysis.frame(following)
        predicate = self.tokens[lesson.predicate]
        copula = predicate.lemma_.lower() in ("be", "être") or any(
            c.dep_ == "cop" for c in kids(predicate))
        if not copula or lesson.holder in ("brand", "customer") or lesson.time != "present":
            return None
        return Cue(start, lesson.end, "condescension", m.group(0))

    # a kind of thing set at the head of its sentence and taken up by « ça » / « ce »
    # (« une facture, ça se lit de haut en bas », « un ourlet à revers, ce n'est pas un
    # ourlet simple »): French says what holds of every such thing this way
    _KIND_TAKEN_UP = re.compile(
        r"(?:^|[:;—–]\s*|\b(?:mais|et|car|or|alors|bon|bref)\s*,?\s+|"
        # (se63) or after a phrase set before it, closed by its comma (« Pour mémoire, un
        # costume ajusté, ce n'est pas un t-shirt… », « Bon, vous savez, un reconditionné,
        # ce n'est pas un neuf »)
        r"^[^,.;:!?\n]{2,40},\s*(?:[^,.;:!?\n]{2,25},\s*)?)"
        r"(?P<kind>(?P<det>un|une|le|la|l['’]|les|des)\s*[^\W\d][^,.;:!?\n]{0,40}?)\s*,\s*"
        r"(?:ça|cela|ce|c['’])\s*(?:n['’]\s*|ne\s+)?(?:se\s+|s['’]\s*)?(?P<verb>[^\W\d]+)"
        r"(?P<after>[^,.;:!?\n]{0,30})",
        re.I)
    # …said to be a class of things (« ce n'est pas un ourlet simple »), not judged (« c'est
    # pénible », « ce n'est pas acceptable », « c'est le genre de dégât qu'on voit tous les
    # jours »: sympathy with the case)
    _HAPPENING_FR = frozenset({"arrive", "arrivent", "produit", "produisent", "peut",
                               "peuvent", "passe", "passent"})
    _CLASS_AFTER_COPULA = re.compile(r"\s+(?:pas\s+|plus\s+|jamais\s+|juste\s+|simplement\s+)?"
                                     r"(?:un|une|des|du|de\s+la|d['’]\s*une?)\s+[^\W\d]", re.I)
    _PERSONS = re.compile(r"\b(?:vous|votre|vos|you|your|nous|notre|nos|we|our|tu|ton|ta|"
                          r"tes|je|j['’]|i|my|mon|ma|mes)\b", re.I)

    def _kind_taught(self, frame) -> Cue | None:
        """What holds of a whole kind of thing, taught to the customer as to a beginner:
        the kind set at the head of the sentence and taken up by « ça » / « ce » in the
        present, its article indefinite (« Une facture, ça se lit de haut en bas », « un
        essayage, ce n'est pas une coupe chez le coiffeur »); or the lesson announced
        (`lesson_openers`: « je vais vous expliquer », « je me permets de vous expliquer »,
        "let me explain") and, after it — past its colon or in the next sentence —, a kind
        said to be or do something in the present (« : le poisson frais, ça sent la mer »,
        ": fresh fish smells of the sea"). Not the case itself: a thing of the customer's or
        the brand's (« votre colis, c'est… », "let me explain: your parcel left on
        Monday"), a definite subject outside the French construction ("let me explain: the
        courier…"), the past."""
        if frame.act == "question" or not self.brands(frame.predicate):
            return None
        tokens = features.tokens(self.doc)
        sentence = tokens[frame.start].sent
        text = features.text_of(sentence)
        opened = self._lesson_opened(sentence)
        if self.language == "fr":
            for m in self._KIND_TAKEN_UP.finditer(text):
                if self._PERSONS.search(m.group("kind")):
                    continue
                indefinite = m.group("det").lower() in ("un", "une", "des")
                if not indefinite and (opened is None or opened > m.start("kind")):
                    continue
                kind = self.doc.char_span(tokens[sentence.start].idx + m.start("kind"),
                                          tokens[sentence.start].idx + m.end(),
                                          alignment_mode="expand")
                if kind is None:
                    continue
                start, end = kind.start, kind.end
                verb = self.doc.char_span(tokens[sentence.start].idx + m.start("verb"),
                                          tokens[sentence.start].idx + m.end("verb"),
                                          alignment_mode="expand")
                if verb is None or not self._present(verb[0]) or not self.brands(start):
                    continue
                if m.group("verb").lower() in self._HAPPENING_FR:
                    continue  # « un retard, ça arrive », « ça peut venir du tambour »: the
                    # case shrugged or diagnosed, no lesson on a kind
                if m.group("verb").lower() in ("est", "sont") and \
                        not self._CLASS_AFTER_COPULA.match(m.group("after")):
                    continue
                return Cue(start, end, "condescension", "definition")
        if opened is None:
            return None
        return self._kind_said_after(sentence, opened)

    def _lesson_opened(self, sentence) -> int | None:
        """Where the lesson announced before or in `sentence` ends (a character offset in
        the sentence, 0 when it closed the sentence before): None when none is."""
        openers = _phrases("lesson_openers", self.language)
        m = openers.search(features.text_of(sentence))
        if m is not None:
            return m.end()
        tokens = features.tokens(self.doc)
        if sentence.start == 0:
            return None
        before = tokens[sentence.start - 1].sent
        line_start, _ = line_bounds(self.doc, sentence.start)
        if before.start < line_start and tokens[line_start].sent.start != before.start:
            return None  # only the sentence right before, on the same line
        m = openers.search(features.text_of(before))
        return 0 if m is not None and self.brands(before.start + 1) else None

    def _kind_said_after(self, sentence, opened: int) -> Cue | None:
        """After the lesson's opener: a kind (a bare noun, « un », "a") as the subject of a
        present verb, no one's thing (« : un ourlet à revers demande deux fois plus de
        tissu », ": fresh fish smells of the sea")."""
        base = features.tokens(self.doc)[sentence.start].idx
        for t in sentence:
            if t.idx - base < opened or t.dep_ not in SUBJECT_DEPS or t.pos_ != "NOUN":
                continue
            dets = [c.lower_ for c in kids(t) if c.dep_ in ("det", "poss")]
            if any(d not in ("a", "an", "un", "une", "des") for d in dets):
                continue
            verb = t.head
            words = features.span_text(self.doc, t.left_edge.i, verb.i + 1)
            if self._PERSONS.search(words) or not self._present(verb) or \
                    not self.brands(t.i):
                continue
            return Cue(t.left_edge.i, verb.i + 1, "condescension", "definition")
        return None

    # French finite forms of the past, the future and the conditional, read from the word:
    # the small model's morphology mistakes presents for them (« ça sent » as an imperfect,
    # « se lit » as an infinitive)
    _NOT_PRESENT_FR = re.compile(r"(?:ait|aient|ais|èrent|era|eront|erait|eraient|ira|iront|"
                                 r"irait|iraient)$|^(?:a|avait|aura|aurait|était|sera|serait|"
                                 r"fut|furent|ont|avaient|étaient)$", re.I)

    def _present(self, verb) -> bool:
        """A present: an English present tag; in French, a finite verb of no past, future or
        conditional form (« ça a cassé », « c'était », « ce sera » are not)."""
        if self.language == "en":
            return verb.tag_ in ("VBZ", "VBP")
        return verb.pos_ in ("VERB", "AUX") and not self._NOT_PRESENT_FR.search(verb.lower_)

    # an everyday act defined by another (« émincer, c'est couper en tranches fines »,
    # "preheating the oven means switching it on"): the defined act opens its sentence
    # (after a label or a colon) and is not the customer's (« vous », "your")
    _ACT_DEFINED = {
        "fr": re.compile(r"(?:^|[:\n]\s*)(?P<act>[^\W\d]+(?:er|ir|re)\b[^,.;:!?\n]{0,30}),\s*"
                         r"c['’]\s*est\s+(?:(?:l['’]|le|la|les|en|y|se|s['’])\s*)?"
                         r"[^\W\d]+(?:er|ir|re)\b", re.I),
        "en": re.compile(r"(?:^|[:\n]\s*)(?P<act>(?:to\s+[^\W\d]+|[^\W\d]+ing)\b[^,.;:!?\n]{0,30}?)"
                         r"\s+means\s+(?:[^\W\d]+ing|to\s+[^\W\d]+)\b", re.I),
    }

    def _act_defined(self, frame) -> Cue | None:
        """An everyday act defined by another, as to a beginner: « émincer, c'est couper en
        tranches fines », « préchauffer le four, c'est l'allumer dix minutes avant »,
        "mincing means cutting into thin slices". Not an act judged (« annuler, c'est
        possible », "cancelling is easy"), nor the customer's own (« vous rembourser,
        c'est… »)."""
        if frame.act == "question" or not self.brands(frame.predicate):
            return None
        sentence = features.tokens(self.doc)[frame.start].sent
        text = features.text_of(sentence)
        for m in self._ACT_DEFINED[self.language].finditer(text):
            act = m.group("act").lower()
            if re.search(r"\b(?:vous|votre|vos|you|your|nous|notre|we|our)\b", act):
                continue
            start, end = self._match_tokens(sentence.start, sentence.end, m)
            if self.brands(start):  # (read from each frame of the sentence: one cue kept)
                return Cue(start, end, "condescension", "definition")
        return None

    def _definition(self, frame) -> Cue | None:
        """An everyday thing defined to the customer as to a beginner: "A hem is the
        folded edge at the bottom of a garment", « Une fermeture éclair, c'est deux rubans
        de tissu avec des petites dents », « le wifi, c'est un signal radio qui part de la
        borne ». A bare generic noun (no « votre », "your", no relative: "an earpiece that
        stops working … is a connector" diagnoses the case), a present copula, a described
        class noun; impersonal — no "you" in it (« votre colis, c'est un Colissimo »,
        "a refund is the quickest option for you" are answers, not lessons)."""
        if frame.act == "question" or not self.brands(frame.predicate):
            return None
        generic = _words("generic_determiners", self.language)
        for t in self._content(frame):
            if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in generic
                                           for c in kids(t)):
                continue
            start = min(c.i for c in kids(t) if c.dep_ == "det")
            if not self._opens_sentence(start):
                continue  # « à la place de la clinique, c'est… »: not what the sentence is about
            described = self._defined_as(t, frame)
            if described is None:
                continue
            if any(c.dep_ not in ("det", "amod", "compound", "punct")
                   and t.i < c.i < described.i for c in kids(t)):
                continue  # "an earpiece that stops working … is a connector": this case
            words = {w.lower_ for w in self.doc[start:described.right_edge.i + 1]}
            if words & {"vous", "votre", "vos", "you", "your", "yours", "tu", "ton", "ta"}:
                return None
            return Cue(start, described.i + 1, "condescension", "definition")
        return None

    def _opens_sentence(self, index: int) -> bool:
        """Only discourse words (« Alors, », "So") stand before `index` in its sentence,
        after a script's speaker label (« Agent : »)."""
        tokens = features.tokens(self.doc)
        before = tokens[tokens[index].sent.start:index]
        labels = [k for k, w in enumerate(before) if w.text == ":"]
        if labels:
            before = before[labels[-1] + 1:]
        return all(w.is_punct or w.is_space or w.pos_ in ("ADV", "INTJ", "CCONJ")
                   for w in before)

    def _defined_as(self, subject, frame):
        """The class noun `subject` is said to be, described (a modifier, a relative or a
        complement), after a present copula: "is the folded edge at…", « , c'est un signal
        radio qui… »; None when there is none."""
        tokens = features.tokens(self.doc)
        if self.language == "en":
            head = subject.head
            if subject.dep_ != "nsubj" or head.lemma_ != "be" or head.tag_ not in ("VBZ", "VBP"):
                return None
            nouns = [c for c in kids(head) if c.dep_ == "attr" and c.pos_ == "NOUN"]
        else:
            k = subject.i + 1
            while k < frame.end and tokens[k].head.i == subject.i and tokens[k].pos_ == "ADJ":
                k += 1  # « fermeture éclair »
            window = [w.lower_ for w in tokens[k:k + 3]]
            if window[:1] != [","] or window[1:2] not in (["c'"], ["c’"], ["ce"]) or \
                    window[2:3] not in (["est"], ["sont"]):
                return None
            nouns = [w for w in tokens[k + 3:min(k + 6, len(tokens))] if w.pos_ == "NOUN"][:1]
        worth = _words("worth_nouns", self.language)
        for noun in nouns:
            if noun.like_num or not any(c.dep_ in ("det", "nummod") for c in kids(noun)):
                continue
            if noun.lemma_.lower() in worth:
                continue  # "A yearly check is a good idea": a judgement of worth is advice
            if any(c.dep_ in ("prep", "nmod", "acl", "relcl", "acl:relcl", "dep")
                   or c.dep_ == "amod" and "Sup" not in features.morph(c).get("Degree")
                   and c.tag_ != "JJS" for c in kids(noun)):
                return noun
        return None

    def _reminder(self, frame) -> Cue | None:
        """« Nous vous rappelons que… », "we remind you that…": a rule recalled to the
        customer (the verb has a that-clause), not « nous vous rappelons demain »."""
        verbs = _words("reminder_verbs", self.language)
        brand = {"nous", "we", "on", "je", "i"}
        for t in self._content(frame):
            if t.lemma_.lower() not in verbs or not self.brands(t.i):
                continue
            subjects = [c for c in kids(t) if c.dep_ in SUBJECT_DEPS]
            if t.head.i != t.i and not subjects:
                subjects = [c for c in kids(t.head) if c.dep_ in SUBJECT_DEPS]
            if not any(s.lower_ in brand for s in subjects):
                continue
            after = [w.lower_
                     for w in features.tokens(self.doc)[t.i + 1: min(t.i + 4, len(self.doc))]]
            temporal = _words("temporal_que_heads", self.language)
            for k, w in enumerate(after):
                if w in ("que", "qu'", "qu’", "that"):
                    # « je vous rappelle dès qu'un candidat est positionné »: a callback
                    if not set(after[:k]) & temporal and not self._asked_for(t.i):
                        return Cue(self._span(frame)[0], min(t.i + 2, frame.end), "reminder")
                    break
        return None

    def _asked_for(self, index: int) -> bool:
        """The reminder is what the customer asked for (« Comme vous me l'aviez demandé, je
        vous rappelle que votre révision est prévue demain », "As you asked, I'm reminding
        you that…"): a service rendered, not a rule recalled to them."""
        start, _ = line_bounds(self.doc, index)
        before = features.span_text(self.doc, start, index)
        return bool(_phrases("requested", self.language).search(before))

    def _trivialised_reading(self, frame) -> Cue | None:
        """« Il suffit de lire… », "just check the manual", "simply follow the steps":
        reading or checking made trivial, said to the customer about their problem."""
        m = _phrases("minimizers", self.language).search(
            features.span_text(self.doc, frame.start, frame.end))
        if not m:
            return None
        start, end = self._match_tokens(frame.start, frame.end, m)
        if not self.brands(start) or frame.holder in ("brand", "service"):
            return None
        reading = _words("reading_verbs", self.language)
        window = [t for t in features.tokens(self.doc)[end:min(end + 3, frame.end)]
                  if t.pos_ == "VERB"]
        heads = [self.tokens[start].head] if self.language == "en" else []
        told = [t for t in window + heads if self._instruction(t)]
        if any(t.lemma_.lower() in reading or t.lower_ in reading for t in told):
            return Cue(start, (window[0].i + 1) if window else end, "minimizer")
        return None

    def _instruction(self, verb) -> bool:
        """The minimised verb tells the customer what to do: an imperative or base form
        ("just read", « il suffit de lire »), not the brand's own act ("just checking
        in") nor a purpose ("just to check")."""
        if self.language == "en":
            before = self.tokens[verb.i - 1].lower_ if verb.i else ""
            return verb.tag_ == "VB" and before != "to"
        return "Inf" in features.morph(verb).get("VerbForm") or \
            "Imp" in features.morph(verb).get("Mood")

    # -- asking again -------------------------------------------------------------------
    def _repeats(self) -> None:
        text = features.doc_text(self.doc)
        for kind, (words, value) in _information(self.language).items():
            for m in words.finditer(text):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or not self.brands(span.start):
                    continue
                if not self._requested(span.start):
                    continue
                c_start, c_end = clause_bounds(self.doc, span.start, self.language)
                l_start, l_end = line_bounds(self.doc, span.start)
                first = self.tokens[c_start].idx
                last = self.tokens[c_end - 1].idx + len(self.tokens[c_end - 1].text)
                if any(c.start < c_end and c_start < c.end for c in self.reply.repeats):
                    break  # one finding a request: « quelle taille et quelle couleur »
                if self._known(kind, value, first, last, l_start, l_end):
                    self.reply.repeats.append(Cue(c_start, c_end, "repeat", kind))
                    break
        self._named_identifiers()
        self._reference_given()
        self._repeat_protests()
        self._shown_then_asked()
        self._asked_what_they_did()
        self._which_one_named()
        pattern = _phrases("repeat_requests", self.language)
        for m in pattern.finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(c.start <= span.start < c.end for c in self.reply.repeats):
                continue  # the request for the information already says it
            if _a_name(span[0]):
                continue  # « votre add-on Redis »: a product's name, not « redis-nous »
            if self.brands(span.start) and self._requested(span.start):
                self.reply.repeats.append(Cue(span.start, span.end, "repeat", "again"))

    def _repeat_protests(self) -> None:
        """The customer's turn says they already gave it (« je viens de vous le dire »,
        "like I said"): the brand's line just before that turn asked it again — when that
        line asks anything (a question, an order, « merci de », "please", « il me faut votre
        numéro…, s'il vous plaît »)."""
        for m in _phrases("repeat_protests", self.language).finditer(features.doc_text(self.doc)):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.analysis.is_quoted(span[0]):
                continue
            asked = next((t.i for t in reversed(self.doc[:span.start])
                          if not t.is_space and not self.analysis.is_quoted(t)), None)
            if asked is None or not self.brands(asked):
                continue
            l_start, l_end = line_bounds(self.doc, asked)
            polite = _phrases("polite_requests", self.language).search(
                features.span_text(self.doc, l_start, l_end))
            if not polite and not any(self._requested(t.i) or self._told_to_give(t)
                                      for t in self.doc[l_start:l_end]
                                      if not (t.is_punct or t.is_space)):
                continue  # "I'll send a code … it's not about you" / "I already told you my
                # name": the agent asked nothing on that line — a protest at a new step
            if not any(l_start <= c.start < l_end for c in self.reply.repeats):
                self.reply.repeats.append(Cue(l_start, l_end, "repeat", "protest"))

    def _given_by_customer(self) -> tuple[set[str], bool]:
        """What the reply itself shows the customer gave: the objects of a verb of giving
        whose subject is the customer, in the brand's voice ("you've attached three
        photos", "you attached your drop-off receipt", « vous avez déjà expliqué votre
        demande »), as lemmas; and whether it says they gave it already (« déjà »)."""
        from brandlint.analysis.frame import _words as frame_words

        customer = frame_words("holders", "customer_pronouns", self.language)
        giving = _words("giving_verbs", self.language)
        generic = _words("given_generic", self.language)
        given, already = set(), False
        self._given_tokens: set[int] = set()
        for t in features.tokens(self.doc):
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in giving or \
                    not self.brands(t.i) or self.analysis.is_negated(t):
                continue
            if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in customer for c in kids(t)):
                continue
            frame = self.analysis.frame(t)
            if frame.act in ("question", "invitation", "advice") or frame.time == "future" \
                    or frame.modality == "conditional":
                continue  # "could you send…", "if you attach…": a request, not a fact
            if "Past" not in features.morph(t).get("Tense") and t.tag_ not in ("VBD", "VBN"):
                continue
            objects = [w for c in kids(t) if c.dep_ in ("obj", "dobj")
                       for w in c.subtree if w.pos_ == "NOUN"]
            if not objects and t.dep_ in ("relcl", "acl:relcl") and t.head.pos_ == "NOUN":
                # "the two photos you sent on Tuesday", « les photos que vous nous avez
                # envoyées »: the noun the relative clause describes is what was given
                objects = [t.head, *(c for c in kids(t.head) if c.dep_ == "conj")]
            if any(w.lower_ in ("déjà", "already") for w in t.head.subtree if
                   abs(w.i - t.i) <= 3) or any(w.lower_ in ("déjà", "already")
                                              for w in self.doc[max(t.i - 3, 0):t.i]):
                already = True
            given |= {w.lemma_.lower() for w in objects if w.lemma_.lower() not in generic}
            self._given_tokens |= {w.i for w in objects}
        return given, already

    def _seen_on_their_record(self) -> dict[str, int]:
        """What the brand says it sees of the customer's case (« Je vois que vous êtes
        inscrite dans la cohorte Web-14 », "I can see you're booked on the Tuesday class"):
        the nouns of the completive of a verb of perceiving in the present, the brand its
        subject, the customer the completive's — known to the reply, as lemmas. Not what it
        sees is wrong or missing (a negation, `seen_amiss`: "I can see the address on
        your order is wrong" asks for the right one). Each lemma with where the reply first
        says it sees it: a request before that was not yet a repeat (« pouvez-vous me
        donner le nom de la réservation ? … Merci. Je vois votre réservation »)."""
        from brandlint.analysis.frame import _words as frame_words

        customer = frame_words("holders", "customer_pronouns", self.language)
        seeing = _words("perceiving_verbs", self.language)
        wrong = _words("seen_amiss", self.language)
        brand = {"je", "nous", "on", "i", "we"}
        owned = frame_words("holders", "customer_possessives", self.language)
        seen: dict[str, int] = {}
        for t in features.tokens(self.doc):
            if t.lemma_.lower() not in seeing or not self.brands(t.i) or \
                    "Past" in features.morph(t).get("Tense") or t.tag_ in ("VBD", "VBN"):
                continue
            if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in brand for c in kids(t)) or \
                    self.analysis.is_negated(t):
                continue  # "we're not seeing these counts": what it does not see, unknown
            for thing in (c for c in kids(t) if c.dep_ in ("obj", "dobj") and c.i > t.i):
                # « Je vois bien votre bon cadeau n° SF-8842 », "I can see your order
                # #4471": the customer's own thing, seen with its particulars, is held —
                # unless its sentence says something of it is amiss (« je vois votre
                # commande, mais l'adresse est incorrecte »)
                words = list(thing.subtree)
                if not any(w.dep_ in ("det", "poss", "nmod:poss") and w.lower_ in owned
                           and w.head.i == thing.i for w in words) or \
                        any(w.lower_ in wrong or self.analysis.is_negated(w)
                            for w in t.sent if w.i > t.i):
                    continue
                for w in words:
                    if w.pos_ in ("NOUN", "PROPN"):
                        seen.setdefault(w.lemma_.lower(), t.i)
            for clause in (c for c in kids(t) if c.dep_ == "ccomp" and c.i > t.i):
                # (the completive after the verb: "I can see [that you…]"; a clause
                # before it is another sentence the parser hung there)
                words = list(clause.subtree)
                if not any(w.dep_ in SUBJECT_DEPS and w.lower_ in customer for w in words) or \
                        any(self.analysis.is_negated(w) or w.lower_ in wrong for w in words):
                    continue
                for w in words:
                    if w.pos_ in ("NOUN", "PROPN"):
                        seen.setdefault(w.lemma_.lower(), t.i)
        return seen

    def _acknowledged_received(self) -> set[str]:
        """What the reply thanks the customer for or says it received, as lemmas: "Thank
        you … for the three photographs", "and for including your account number and meter
        reading", « merci pour vos photos », "we have received your invoice", « nous avons
        bien reçu votre relevé », "we have your prescription on file" (`on_file`, blind 33)
        — the things themselves (the object's head, its conjuncts and compounds), not what
        they are about ("photographs of water": not the water). Asked for again without
        "another" or "also", they are asked twice."""
        thanks = _words("thanks_words", self.language)
        receiving = _words("receiving_verbs", self.language)
        generic = _words("given_generic", self.language)
        on_file = _phrases("on_file", self.language)
        brand = {"we", "i", "nous", "je", "on"}
        heads = []
        for t in features.tokens(self.doc):
            if not self.brands(t.i):
                continue
            lemma = t.lemma_.lower()
            if lemma in thanks or t.lower_ in thanks:
                heads += self._thanked_for(t)
            elif (lemma in receiving or lemma in ("have", "avoir") and on_file.search(
                    features.span_text(self.doc, *line_bounds(self.doc, t.i)))) \
                    and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense") and any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in brand for c in kids(t)):
                heads += [c for c in kids(t) if c.dep_ in ("obj", "dobj")]
        out = set()
        self._received_at = len(self.doc)
        self._received_tokens: set[int] = set()
        for head in heads:
            nouns = [head, *(c for c in kids(head) if c.dep_ == "conj")]
            nouns += self._carried(nouns)
            for noun in nouns:
                for w in [noun, *(c for c in kids(noun) if c.dep_ == "compound")]:
                    if w.pos_ == "NOUN" and w.lemma_.lower() not in generic:
                        out.add(w.lemma_.lower())
                        self._received_at = min(self._received_at, w.i)
                        self._received_tokens.add(w.i)
        return out

    def _carried(self, nouns: list) -> list:
        """What a thing the customer sent carries is given too: the contents of a message
        ("your reply with the IMEI number", « votre mail avec la facture »), what a copy
        shows ("the photo of your repair receipt", « la photo du bon de dépôt »), and the
        things thanked for in the same breath that the small models hang on a noun inside
        it (« la photo du bon de dépôt … et pour le modèle »: « modèle » a conjunct of
        « dépôt »). Only under a carrier noun (`carrier_nouns`: a message, a photo, a
        copy), through prepositions of content (`content_preps`) and conjuncts."""
        carriers = _words("carrier_nouns", self.language)
        contents = _words("content_preps", self.language)
        out, todo = [], [n for n in nouns if n.lemma_.lower() in carriers]
        while todo:
            noun = todo.pop()
            inside = []
            for c in noun.children:
                if c.dep_ == "conj":
                    inside.append(c)
                elif self.language == "fr" and c.dep_ == "nmod" and any(
                        k.dep_ == "case" and k.lower_ in contents for k in c.children):
                    inside.append(c)
                elif self.language == "en" and c.dep_ == "prep" and c.lower_ in contents:
                    inside += [k for k in c.children if k.dep_ == "pobj"]
            for c in inside:
                if c not in out and c not in nouns and c.pos_ in ("NOUN", "PROPN", "ADJ"):
                    out.append(c)
                    todo.append(c)
        return out

    def _thanked_for(self, thanks) -> list:
        """The nouns a word of thanks is for: "Thank you for the photos (and for including
        your number)", « merci pour vos photos et pour la facture »."""
        out = []
        if any(w.lower_ in ("avance", "advance") for w in self.doc[thanks.i:thanks.i + 6]):
            return out  # « Merci d'avance pour votre retour », "thanks in advance for…":
            # what is still to come, nothing received
        if self.language == "en":
            preps = [c for c in kids(thanks) if c.lower_ == "for"]
            # "… and for including your number": the second "for", a conjunct of either
            preps += [c for head in (*preps, thanks) for c in kids(head)
                      if c.dep_ == "conj" and c.lower_ == "for"]
            # "Thank you for your reply with X and the photo": the small model hangs
            # the second thing on "thank" as its object
            if preps:
                out += [c for c in thanks.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            for prep in preps:
                for c in kids(prep):
                    if c.dep_ == "pobj":
                        out.append(c)
                    elif c.dep_ == "pcomp" and c.lemma_.lower() in _words("giving_verbs",
                                                                         "en"):
                        # "for including your account number": what the act gave; "for
                        # joining our community" gave nothing the reply could ask again
                        out += [o for o in kids(c) if o.dep_ in ("dobj", "pobj")]
            return out
        for c in kids(thanks):
            if c.pos_ == "NOUN" and any(k.lower_ in ("pour", "de", "d'", "d’") and k.dep_ == "case"
                                        for k in kids(c)):
                out.append(c)
        return out

    def _own_words_acts(self) -> tuple[dict[str, int], dict[str, int]]:
        """What the customer's own words (their turn, a quoted message under the reply)
        say they gave or already did, as lemma -> where it was said: (given, done).
        Given: the objects of a verb of giving in the first person (« je vous renvoie
        les appareils », "I've attached the receipt") and the nouns after an attachment
        marker (« Ci-joint l'ordonnance et la facture », « Pièces jointes :
        ordonnance_ORL.pdf »). Done: the objects of any act of theirs in the first
        person, in the past ("I've put in new batteries and changed the wax filter")."""
        giving = _words("giving_verbs", self.language)
        generic = _words("given_generic", self.language)
        first_person = {"je", "j'", "j’", "i", "moi"}
        given: dict[str, int] = {}
        done: dict[str, int] = {}
        for t in features.tokens(self.doc):
            if t.pos_ not in ("VERB", "AUX") or not self.analysis.is_quoted(t) or \
                    self.analysis.is_negated(t):
                continue
            actor = t if any(c.dep_ in SUBJECT_DEPS for c in kids(t)) else t.head
            if t.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in kids(t)):
                actor = t.head
            if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in first_person
                       for c in kids(actor)):
                continue
            objects = {w.lemma_.lower(): w.i for c in kids(t)
                       if c.dep_ in ("obj", "dobj") for w in c.subtree
                       if w.pos_ == "NOUN" and w.lemma_.lower() not in generic}
            past = "Past" in features.morph(t).get("Tense") or t.tag_ in ("VBD", "VBN")
            if t.lemma_.lower() in giving:
                given.update(objects)
            if past:
                done.update(objects)
        marker = _phrases("attachment_markers", self.language)
        for m in marker.finditer(features.doc_text(self.doc)):
            token = self._token_at(m.start())
            last = self._token_at(m.end() - 1)
            if token is None or last is None or not self.analysis.is_quoted(token):
                continue
            for w in self._attached_items(token.i, last.i):
                stem = re.split(r"[_.\-]", w.lower_)[0]
                if stem and stem.isalpha() and stem not in generic:
                    given.setdefault(w.lemma_.lower() if w.pos_ == "NOUN" else stem, w.i)
        return given, done

    def _attached_items(self, first: int, last: int) -> list:
        """The items an attachment marker names: the list right after it (« Ci-joint
        l'ordonnance et la facture », « Pièces jointes : a.pdf ; b.pdf ») or right before
        it ("claim form and invoice attached"), not the rest of its line ("attached for
        the vaccination booster")."""
        def item(w) -> bool:
            return w.pos_ in ("NOUN", "PROPN") or "_" in w.text or "." in w.text[1:-1]

        def joins(w) -> bool:
            return w.pos_ in ("DET", "CCONJ", "ADJ") or w.text in (",", ";", ":", "-", "'") \
                or w.lower_ in ("l'", "l’", "d'", "d’")

        after, k = [], last + 1
        while k < len(self.doc) and not self.tokens[k].is_space and (
                item(self.tokens[k]) or joins(self.tokens[k])):
            after.append(self.tokens[k])
            k += 1
        before, k = [], first - 1
        while k >= 0 and not self.tokens[k].is_space and (
                item(self.tokens[k]) or joins(self.tokens[k])):
            before.append(self.tokens[k])
            k -= 1
        return [w for w in after + before if item(w)]

    def _asked_what_they_did(self) -> None:
        """A request for what the customer's own words say they already gave (« merci de
        nous adresser l'ordonnance » under a message with « Ci-joint l'ordonnance »), or
        a check they say they already made ("Have you tried replacing the batteries?"
        after "I've put in new batteries"): the request names a noun they gave or acted
        on, said before it in a turn of theirs, or in the quoted message."""
        given, done = self._own_words_acts()
        if not given and not done:
            return
        checks = _words("troubleshooting_verbs", self.language)
        for frame in self.frames:
            if not self.brands(frame.predicate) or not self._requested(frame.predicate):
                continue
            l_start, l_end = self._request_block(frame.start)
            if any(l_start <= c.start < l_end for c in self.reply.repeats):
                continue
            tokens = [t for t in self.doc[frame.start:frame.end] if self.brands(t.i)]
            checking = any(t.lemma_.lower() in checks or t.lower_ in checks for t in tokens)
            for t in tokens:
                if t.pos_ != "NOUN":
                    continue
                lemma = t.lemma_.lower()
                said, kind = given.get(lemma), "own_words"
                if said is None and checking:
                    said, kind = done.get(lemma), "done"
                if said is None or (self.analysis.in_customer_turn(self.tokens[said])
                                    and said > t.i):
                    continue  # the customer's turn after the request answers it
                start, end = line_bounds(self.doc, frame.start)
                _add_once(self.reply.repeats, Cue(start, end, "repeat", kind))
                break

    def _which_one_named(self) -> None:
        """A question about the customer's past that asks which one (« quelle séance vous
        aviez réservée », "which class you'd booked") when the reply, before it, already
        names that one: the same noun with its own particulars — a name, a number, an
        hour ("the 7am Spin class", « la séance de Spin de 7 h », "bike 14"). A choice to
        come ("Which slot would you like instead?") asks for something new."""
        which = {"fr": ("quel",), "en": ("which",)}.get(self.language, ())
        for t in self.tokens:
            if t.lemma_.lower() not in which and t.lower_ not in which:
                continue
            if t.dep_ != "det" or t.i + 1 >= len(self.doc):
                continue
            # (the small French model reads « quel vélo » as a verb: the word after it)
            noun = t.head if t.head.pos_ == "NOUN" else self.tokens[t.i + 1]
            if not noun.is_alpha or not self.brands(noun.i) or not self._requested(noun.i):
                continue
            if not self._asked_in_past(noun):
                continue
            l_start, l_end = line_bounds(self.doc, noun.i)
            if any(l_start <= c.start < l_end for c in self.reply.repeats):
                continue
            lemma = noun.lemma_.lower()
            if any(u.pos_ == "NOUN" and u.lemma_.lower() == lemma and _particular(u)
                   for u in self.doc[:l_start]):
                self.reply.repeats.append(Cue(l_start, l_end, "repeat", "which"))

    def _asked_in_past(self, noun) -> bool:
        """The words right after the noun asked about tell the customer's past (« quelle
        séance vous aviez réservée », "which club it was at"), not a choice to come
        ("which class would you like")."""
        for w in self.doc[noun.i + 1:min(noun.i + 7, len(self.doc))]:
            if w.is_punct or w.is_space:
                break
            tense = features.morph(w).get("Tense", ())
            # (the French imperfect by its ending too: the small model reads « souhaitez »
            # as one)
            if w.pos_ in ("VERB", "AUX") and (
                    w.tag_ in ("VBD", "VBN") or "Past" in tense or
                    "Imp" in tense and w.lower_.endswith(("ais", "ait", "ions", "iez", "aient"))):
                return True
        return False

    def _shown_then_asked(self) -> None:
        """A request for what the reply itself shows the customer gave: "We can see …
        you've attached three photos. Could you please reply with: - a photo of the
        chair", « Je vois que vous avez déjà expliqué votre demande … j'ai besoin de votre
        nom, de votre plaque » — the request (its line and the list under it) names a
        noun they gave, or the reply says they gave it already."""
        given, already = self._given_by_customer()
        seen = self._seen_on_their_record()
        received = self._acknowledged_received()
        if not given and not seen and not already and not received:
            return
        additive = _words("additive_words", self.language)
        contrasts = _words("contrast_words", self.language)
        for frame in self.frames:
            if not self.brands(frame.predicate) or not self._requested(frame.predicate):
                continue
            if frame.act == "invitation" and not _phrases("request_cues", self.language).search(
                    features.span_text(self.doc, frame.start, frame.end)):
                continue  # « n'hésitez pas à nous écrire »: no request for anything
            l_start, l_end = self._request_block(frame.start)
            if any(l_start <= c.start < l_end for c in self.reply.repeats):
                continue
            # the thanks on the request's own line is no request: "Thanks for the tag –
            # is this happening across devices?" asks for no tag
            # nor the words that tell what was given ("The photo you sent shows …, but we
            # need the front of your passport")
            # nor the words of its condition or its aim ("If you need help with this
            # contribution, please contact support", « pour finaliser votre contribution,
            # suivez… »): they name the case the request is about, not what it asks for
            block = [t for t in self.doc[l_start:l_end] if t.pos_ == "NOUN"
                     and self.brands(t.i) and t.i not in self._received_tokens
                     and t.i not in self._given_tokens
                     and not self._in_adverbial_clause(t, self.tokens[frame.predicate])]
            asked = {t.lemma_.lower() for t in block}
            # what the reply saw of their case before this request
            known = given | {lemma for lemma, at in seen.items() if at < frame.start}
            # "They show the chest of drawers, but your claim is about the table": what came
            # in falls short, and the request asks for something else
            again = next((t.i for t in block if t.i > self._received_at
                          and t.lemma_.lower() in received), frame.predicate)
            added = any(t.lower_ in additive and not self._qualifies_another(t, known | received)
                        for t in self.doc[l_start:l_end])
            more = added or any(
                t.lower_ in contrasts for t in self.doc[self._received_at:again])
            # "the photos you sent … could you send another one of the label": one more
            if asked & known and not added or already and block or asked & received and not more:
                start, end = line_bounds(self.doc, frame.start)
                self.reply.repeats.append(Cue(start, end, "repeat", "shown"))

    @staticmethod
    def _in_adverbial_clause(word, request) -> bool:
        """The word stands in an adverbial clause its conjunction or its "to" opens (a
        condition, an aim, a time: "if you need help with…", "to complete your…", « si… »,
        « pour… »), apart from the `request`'s own verb. Not a participle that details the
        request itself ("complete the form, giving your account number": what is asked),
        nor a request the parse hangs under its aim (« Pour qu'on puisse valider…, peux-tu
        nous renvoyer l'ordonnance ? »)."""
        def opened(node) -> bool:  # "if you need…", "to complete…" — not "if you could send…"
            return node.dep_ == "advcl" and any(
                c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in kids(node)) \
                and not any(c.dep_.startswith("aux") and c.lower_ in POLITE_MODALS
                            for c in kids(node))

        while opened(request) and request.head.i != request.i:
            request = request.head  # the condition's own clause: the request is what it opens
        node = word
        while node.head.i != node.i:
            if opened(node):
                return node.i != request.i and not node.is_ancestor(request)
            node = node.head
        return False

    @staticmethod
    def _qualifies_another(word, received: set[str]) -> bool:
        """A word of addition that qualifies another noun of the request than the one
        received (« pour valider la nouvelle formule, peux-tu nous renvoyer l'ordonnance »):
        « nouvelle » is the formula's, no more of the prescription is asked. Not an adverb
        ("also", « aussi »), nor a word on the noun received or on a pronoun ("another
        one")."""
        head = word.head
        return word.pos_ in ("ADJ", "DET", "NUM") and head.i != word.i and \
            head.pos_ == "NOUN" and head.lemma_.lower() not in received

    def _request_block(self, index: int) -> tuple[int, int]:
        """The request's line and the list lines right under it (« merci de nous
        transmettre : - … ; - … »)."""
        doc = self.doc
        start, end = line_bounds(doc, index)
        k = end
        for _ in range(12):  # a list of a dozen items at most
            while k < len(doc) and (doc[k].is_space or doc[k].text in (":", ";", ".", ",")):
                k += 1
            if k + 1 >= len(doc) or doc[k].text not in ("-", "•", "*", "–"):
                break
            _, end = line_bounds(doc, k + 1)
            k = max(end, k + 1)
        return start, end

    def _named_identifiers(self) -> None:
        """Any identifier asked for by its noun (« votre numéro de contrat », "your
        account number", « numéro d'adhérent », "postcode") that the text already gives
        as that noun followed by a value (« contrat VE-0048213 », "account VE-0077340",
        "postcode 26400"): in a script turn, a quoted thread or the reply itself."""
        text = features.doc_text(self.doc)
        asked = _IDENTIFIER_FR if self.language == "fr" else _IDENTIFIER_EN
        for m in asked.finditer(text):
            noun = next(g for g in m.groupdict().values() if g).lower()
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start) or not self._requested(span.start):
                continue
            l_start, l_end = line_bounds(self.doc, span.start)
            if any(l_start <= c.start < l_end for c in self.reply.repeats):
                continue  # one finding a request (a clause never crosses its line)
            first, last = self.tokens[l_start].idx, self.tokens[l_end - 1].idx + len(
                self.tokens[l_end - 1].text)
            stem = re.escape(noun[:max(4, len(noun) - 2)])
            # a short unit number counts too ("Flat 12B", « chambre 4B »), and a thing named
            # by its number right after its noun ("machine 12", « séchoir 4 »: not "order in
            # 2 days"); the value may follow an elided word (« carte d'abonné n° 0045-778 »)
            # or open a bracket or follow a comma ("your account (CJ-5521)", "your delivery
            # note, PR-8812"), in letter groups too ("contract PS-UK-55120", se58)
            given = re.compile(rf"\b{stem}\w*(?:\s+[^\W\d]+(?:['’][^\W\d]+)?){{0,4}}?"
                               rf"\s*[:n°#.(,]*\s*"
                               rf"(?:(?:[A-Z]{{1,4}}-){{0,2}}[A-Z]{{0,4}}[-\s]?\d[\d\s.-]{{2,}}"
                               rf"|\d{{1,4}}[A-Z]\b)"
                               rf"|\b{stem}\w*\s+(?:n°\s*)?\d{{1,3}}\b(?![.,:]\d){_NOT_A_QUANTITY}",
                               re.I)
            if any(not first <= g.start() < last for g in given.finditer(text)) or \
                    self._quoted_by_kind(m.group(0), text, first, last):
                c_start, c_end = clause_bounds(self.doc, span.start, self.language)
                self.reply.repeats.append(Cue(c_start, c_end, "repeat", noun))

    # a reference code as a customer types it: letters and digits mixed (« K7M2QP »,
    # "MR-22871", "EXTBV10344") or digit groups joined by a dash ("40-2281")
    _REFERENCE_CODE = re.compile(
        r"(?<![\w-])(?:(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*"
        r"|\d{2,}-\d{3,})(?![\w-])")

    def _reference_given(self) -> None:
        """The reference of the case asked for when the customer's own words, before the
        request, already give one (« réservation K7M2QP » then « votre numéro de
        dossier », "member 40-2281" then "the ID on your membership card", « box n°
        MR-22871 » then « le numéro qui figure sur votre bon de livraison »): the case has
        one reference however the agent names it. Only a reference of the case is asked
        (`reference_requests`: not a phone number, a postcode, a photo), only a code the
        customer typed counts (letters and digits, five or more), and only before the
        request — the code they give after answers it."""
        text = features.doc_text(self.doc)
        codes = [m.start() for m in self._REFERENCE_CODE.finditer(text)
                 if len(m.group(0)) >= 5 and sum(ch.isdigit() for ch in m.group(0)) >= 2
                 and (token := self._token_at(m.start())) is not None
                 and (self.analysis.is_quoted(token) or self._their_reference(m.start()))]
        if not codes:
            return
        for m in _phrases("reference_requests", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start) or not self._requested(span.start):
                continue
            l_start, l_end = line_bounds(self.doc, span.start)
            if any(l_start <= c.start < l_end for c in self.reply.repeats):
                continue
            if any(code < self.tokens[l_start].idx for code in codes):
                c_start, c_end = clause_bounds(self.doc, span.start, self.language)
                self.reply.repeats.append(Cue(c_start, c_end, "repeat", "reference"))
                return

    def _their_reference(self, char: int) -> bool:
        """The reply itself gives the code as the customer's thing ("sorry your parcel
        RL-6R70813 hasn't moved", « votre colis RL-6R70813 »), and sends them to a form
        for it (round 11): the brand holds the reference it asks for."""
        text = features.doc_text(self.doc)
        if not _phrases("form_words", self.language).search(text):
            return False
        return bool(re.search(r"\b(?:your|votre|vos)\s+(?:[^\W\d]+\s+){0,2}(?:n°\s*)?$",
                              text[max(char - 40, 0):char], re.I))

    def _quoted_by_kind(self, asked: str, text: str, first: int, last: int) -> bool:
        """The customer's own words give an identifier of the kind asked for, named by
        the kind's word or its abbreviation (asked "the booking reference", their quoted
        message says "(ref 4419 2087)"; « numéro de dossier » and « réf. 4419 »): what the
        quoted message already gave. Only the customer's words count — the brand's own
        reference in a signature is not theirs."""
        kinds = _table()["identifier_kinds"][self.language]
        for kind, names in kinds.items():
            if not re.search(rf"\b{kind}\b", asked, re.I):
                continue
            named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            value = re.compile(rf"(?<!\w)(?:{named})(?!\w)\.?\s*[:#n°]*\s*"
                               rf"[A-Z]{{0,4}}[-\s]?\d[\d\s.-]{{2,}}", re.I)
            for g in value.finditer(text):
                token = self._token_at(g.start())
                if not first <= g.start() < last and token is not None and \
                        self.analysis.is_quoted(token):
                    return True
        return False

    def _told_to_give(self, t) -> bool:
        """A request in the indicative: the customer, as subject, is to give something (« vous
        y indiquerez votre numéro de réservation », "you'll give us your booking number")."""
        if t.pos_ != "VERB" or t.lemma_.lower() not in _words("giving_verbs", self.language):
            return False
        frame = self.analysis.frame(t)
        return frame.holder == "customer" and frame.time != "past" and \
            frame.polarity == "affirmed"

    def _requested(self, index: int) -> bool:
        """The word stands in a request to the customer: a question, an imperative, or a
        request formula (« merci de », "please", "DM us") on its line."""
        frame = self.analysis.frame(self.tokens[index])
        if frame.act in ("question", "invitation", "advice"):
            return True
        start, end = line_bounds(self.doc, index)
        line = features.span_text(self.doc, start, end)
        first = self.tokens[start].idx
        return any(not self._brand_writes_there(m, first)
                   for m in _phrases("request_cues", self.language).finditer(line))

    def _brand_writes_there(self, cue: re.Match, first: int) -> bool:
        """A channel named as a request (« en MP », "DM"), when the brand is the one who
        writes on it (« on vous écrit en message privé avec la référence du virement »,
        "we'll DM you the tracking number"): the brand sends, it asks nothing (se44)."""
        if not _phrases("channel_cues", self.language).fullmatch(cue.group(0)):
            return False
        token = self._token_at(first + cue.start())
        return token is not None and self.analysis.frame(token).holder == "brand"


    def _known(self, kind: str, value: re.Pattern, first: int, last: int, l_start: int,
               l_end: int) -> bool:
        """The reply already holds it: a value of its kind outside the request's line
        (the customer's, or « votre commande n° 12345 »), or words saying the customer
        gave it (« que vous nous avez communiqué »)."""
        text = features.doc_text(self.doc)
        line = features.span_text(self.doc, l_start, l_end)
        if any(not _ASKED_ABOUT_THE_ACT.search(line, 0, m.start())
               for m in _phrases("already_given", self.language).finditer(line)):
            return True
        for m in value.finditer(text):
            if first <= m.start() < last:
                continue
            if kind in ("email", "phone") and not self._customers_value(m.start()):
                continue  # the brand's own address or number is not the customer's
            if kind in _read_only() and not self._read_on_their_case(m.start()):
                continue  # « la date qui vous convient »: only a date read on the case answers
            if kind in _customer_only() and not self._customers_value(m.start(), reach=8) \
                    and not self._read_on_their_case(m.start()):
                continue  # a date the brand offers is its own; "your return on 9 May" is theirs
                # and so is one the brand reads on their case ("I can see the note here: …
                # engine failure at 2:40", « je vois votre mariage du 14 septembre »)
            if kind in _customer_only() and self._in_condition(m.start()):
                continue  # (se43) "if you book before 30 November the first month is 10 %
                # off", « si vous réservez avant le 31 mai »: the offer's deadline, a
                # hypothesis about the reader — nothing they told
            if m.start() >= last and self._in_turn(m.start()):
                continue  # the customer's turn after the question answers it
            return True
        return False

    def _stated_matches(self, key: str):
        """(match, its first token) for each phrase of the lexicon's `key` said in the
        brand's own words and not in a question."""
        for m in _phrases(key, self.language).finditer(features.doc_text(self.doc)):
            token = self._token_at(m.start())
            if token is None or not self.brands(token.i) or \
                    self.analysis.frame(token).act == "question":
                continue
            yield m, token

    def _affirmed_matches(self, key: str):
        """(match, its first token, its line's token bounds) for each phrase of `key` the
        brand states (`_stated_matches`) and affirms: not in a condition, not negated."""
        for m, token in self._stated_matches(key):
            frame = self.analysis.frame(token)
            if frame.modality == "conditional" or frame.polarity == "negated":
                continue
            start, end = line_bounds(self.doc, token.i)
            yield m, token, start, end

    def _token_at(self, char: int):
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _in_turn(self, char: int) -> bool:
        t = self._token_at(char)
        return t is not None and self.analysis.in_customer_turn(t)

    def _in_condition(self, char: int) -> bool:
        """The value stands in a condition in the brand's words (« si vous réservez avant
        le 31 mai », "if you book before 30 November"): a hypothesis, not a fact told."""
        t = self._token_at(char)
        return t is not None and not self.analysis.is_quoted(t) and \
            not self._in_turn(char) and self.analysis.frame(t).modality == "conditional"

    def _read_on_their_case(self, char: int) -> bool:
        """The value stands in a sentence where the brand says, before it, that it sees
        the case in the present (« Je vois votre mariage du 14 septembre dans notre
        planning », "I can see my colleague's note here: …, engine failure at 2:40"): the
        brand reads it off what the customer gave, not a value of its own offer. Not what
        it does not see, nor what it sees is amiss (`seen_amiss`)."""
        t = self._token_at(char)
        if t is None:
            return False
        if self._in_case_header(char) or self._after_record_opened(char):
            return True
        seeing = _words("perceiving_verbs", self.language)
        wrong = _words("seen_amiss", self.language)
        brand = {"je", "nous", "on", "i", "we"}
        sentence = t.sent
        for v in sentence:
            if v.i >= t.i:
                return False
            if v.lemma_.lower() in seeing and v.pos_ in ("VERB", "AUX") and \
                    "Past" not in features.morph(v).get("Tense") and \
                    v.tag_ not in ("VBD", "VBN") and not self.analysis.is_negated(v) and \
                    any(c.dep_ in SUBJECT_DEPS and c.lower_ in brand for c in kids(v)):
                return not any(w.lower_ in wrong or self.analysis.is_negated(w)
                               for w in sentence if w.i > v.i)
        return False

    def _after_record_opened(self, char: int) -> bool:
        """The value follows, in the same sentence, the brand saying it has the customer's
        record open (`record_open`: "I've got your booking up — Galway, 12 July", "I have
        your account open: contract PS-UK-55120, cancellation received on 2 March", « j'ai
        votre dossier sous les yeux : … déposé le 4 mars »): read off their case, as after
        "I can see". The sentence is cut by the text (a full stop before a space, a line
        break), not the parse, which splits the list at its dash or colon."""
        text = features.doc_text(self.doc)
        for m in _phrases("record_open", self.language).finditer(text, 0, char):
            token = self._token_at(m.start())
            if token is None or not self.brands(token.i):
                continue
            if not re.search(r"[!?\n]|\.(?=\s)", text[m.end():char]):
                return True
        return False

    def _in_case_header(self, char: int) -> bool:
        """The value stands in the case header the reply opens with: its first line, above
        a blank line, opened by a label of the case (`case_header_labels`) and a colon
        ("Ref: VR-20931 — Lenovo T14, collected 2 June", « Dossier : … »): the brand's own
        record of the customer's case, what they gave."""
        text = features.doc_text(self.doc)
        header_end = text.find("\n")
        if header_end < 0 or char >= header_end or \
                not text[header_end:].lstrip(" \t").startswith("\n"):
            return False
        label, colon, _ = text[:header_end].partition(":")
        return bool(colon) and label.strip().lower() in _words("case_header_labels",
                                                               self.language)

    def _customers_value(self, char: int, reach: int = 5) -> bool:
        """The customer's: in their own words, or named as theirs (« votre », "your")."""
        t = self._token_at(char)
        if t is None:
            return False
        if self.analysis.is_quoted(t):
            return True
        before = {w.lower_ for w in features.tokens(self.doc)[max(t.i - reach, 0):t.i]}
        return bool(before & {"votre", "vos", "your", "vous", "you"})

    # -- selling in a complaint reply -----------------------------------------------
    def _complaint_markers(self) -> None:
        for m in _phrases("complaint_markers", self.language).finditer(features.doc_text(self.doc)):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self.reply.complaint_markers.append(Cue(span.start, span.end, "complaint"))
        self._noted_complaint()
        self._mishap_shrugged()

    def _mishap_shrugged(self) -> None:
        """The mishap shrugged off as what happens (« ça arrive, à cette période », "these
        things happen"), in the brand's voice: it grants that something went wrong and
        dismisses it — a problem admitted when no other is, owed an apology and a next
        step like any other."""
        for m, token in self._stated_matches("mishaps_shrugged"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            start, end = self._match_tokens(0, len(self.doc), m)
            self.reply.complaint_markers.append(Cue(start, end, "complaint", "shrugged"))
            if not self.reply.problems:
                self.reply.problems.append(Cue(start, end, "problem", "shrugged"))
            return

    def _noted_complaint(self) -> None:
        """The complaint taken note of (« nous prenons bonne note de vos remarques », « nous
        avons bien noté que la navette est arrivée en retard », "we note your comments",
        "Noted." opening the reply): the brand acknowledges what the customer reports — a
        complaint named, and the problem admitted when no other is, so that it is owed an
        apology and a next step (blind 25: scenolia, cagettine, orlamee, renoxa; twenty
        such replies in rounds 12–25). Not a wish noted (« vous souhaitez annuler », "you'd
        like to move"), not a question or a condition."""
        wishes = _phrases("noted_wishes", self.language)
        text = features.doc_text(self.doc)
        for m, token in self._stated_matches("noted_complaints"):
            if self.analysis.frame(token).modality == "conditional":
                continue
            rest = re.split(r"[.;!?\n]", text[m.end():m.end() + 160], maxsplit=1)[0]
            if wishes.search(rest):
                continue
            start, end = self._match_tokens(0, len(self.doc), m)
            cue = Cue(start, end, "complaint", "noted")
            self.reply.complaint_markers.append(cue)
            if not self.reply.problems:
                self.reply.problems.append(Cue(start, end, "problem", "noted"))
            return

    def _marketing(self) -> None:
        """Selling in the reply: the marketing words, then a price set off against another
        (`sales_pricing`), one offer a sentence."""
        compensation = _phrases("compensation", self.language)
        text = features.doc_text(self.doc)
        lines: set[int] = set()
        for key in ("marketing", "sales_pricing", "offer_news"):
            priced = key != "marketing"
            for m in _phrases(key, self.language).finditer(text):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or not self.brands(span.start):
                    continue
                start, end = line_bounds(self.doc, span.start)
                if start in lines:
                    continue  # one offer a sentence: « -20 % sur notre nouvelle collection »
                if not priced:
                    lines.add(start)
                line = features.span_text(self.doc, start, end)
                if compensation.search(line) and not self._new_offering(m.group(0)):
                    continue  # a voucher given to make up for the problem is a remedy (not
                    # a new product pushed beside it: "to make it up to you, check out our
                    # brand-new booth")
                if priced and self._billing_or_remedy(span.start, line.lower()):
                    continue  # « facturé 60 € au lieu de 40 € »: the error admitted, not a sale
                if self._answers_request(start):
                    continue  # "You asked whether we have a discount: we do…"
                if not priced and self._when_it_happened(span.start, start):
                    continue  # « le paiement a échoué pendant la prévente »: the problem's time
                if not priced and self._reference_code(span.start, start):
                    continue  # "rejected it with code AC04": a reason, not an offer
                if not priced and self._customers_own_code(span):
                    continue  # "Sorry your voucher was refused … the voucher code": theirs
                lines.add(start)
                self.reply.marketing.append(Cue(span.start, span.end, "marketing", m.group(0)))

    def _new_offering(self, phrase: str) -> bool:
        """The selling phrase names a new offering (`new_offering_words`: « notre nouvelle
        carte », "our brand-new booth"), not money off."""
        words = set(re.findall(r"[^\W\d]+(?:-[^\W\d]+)*", phrase.lower()))
        return bool(words & _words("new_offering_words", self.language))

    def _reference_code(self, index: int, line_start: int) -> bool:
        """The code names a fault, a rejection or a status the system returned ("the
        receiving bank rejected it with code AC04", « l'écran affiche le code F28 »): a
        reference the reply explains, not a code to spend (`reference_code_cues` in the
        few words before it)."""
        if self.tokens[index].lower_ != "code":
            return False
        cues = _words("reference_code_cues", self.language)
        return any(w.lower_ in cues or w.lemma_.lower() in cues
                   for w in self.doc[max(line_start, index - 5):index])

    def _customers_own_code(self, span) -> bool:
        """The code names a thing the customer already holds (se40: "Sorry your voucher
        was refused at the desk … your message doesn't include the voucher code", « votre
        bon de réduction a été refusé »): the voucher or code of their complaint, which the
        reply speaks of or asks for, not one it pushes. The item (the words of the match
        other than « code ») is the customer's — a possessive of theirs right before it,
        here or in another sentence of the brand's."""
        if not any(t.lower_ == "code" for t in span):
            return False
        owners = {"your", "votre", "vos", "ton", "ta", "tes"}
        items = {t.lemma_.lower() for t in span
                 if t.lower_ != "code" and t.pos_ in ("NOUN", "PROPN", "ADJ")}
        if any(t.lower_ in owners for t in self.doc[max(span.start - 2, 0):span.start]):
            return True
        return any(t.lemma_.lower() in items and self.brands(t.i) and not
                   span.start <= t.i < span.end and any(
                       w.lower_ in owners for w in self.doc[max(t.i - 2, 0):t.i])
                   for t in self.tokens)

    def _when_it_happened(self, index: int, line_start: int) -> bool:
        """The selling word names when the customer's problem happened, in the past (« votre
        frustration d'avoir vu le paiement échouer pendant la prévente », "your payment failed
        during the presale"): the event as context, no push to buy. The word is the object
        of a preposition of time and a verb of the sentence before it is in the past."""
        before = features.span_text(self.doc, max(line_start, index - 4), index)
        if not _phrases("during_markers", self.language).search(before):
            return False
        return any("Past" in features.morph(t).get("Tense") or t.tag_ in ("VBD", "VBN")
                   for t in self.doc[line_start:index] if t.pos_ in ("VERB", "AUX"))

    def _billing_or_remedy(self, index: int, line: str) -> bool:
        """The price is what the customer was charged or refunded, a cut on the remedy the
        agent offers (« Ce que je peux faire : … 59 € au lieu de 89 € »), or a cut the agent
        has made on their charge (`remedy_done`: "I've knocked the hour down to our off-peak
        rate of £60 instead of £90")."""
        table = _table()
        paragraph = self._paragraph_before(index)
        if _phrases("remedy_done", self.language).search(line):
            return True  # (se63) "I've knocked the hour down to … £60 instead of £90"
        return any(w in line for w in table["billing_words"][self.language]) or any(
            r in paragraph for r in table["remedy_openers"][self.language]) or any(
            w in line for w in table["correction_words"][self.language])

    def _paragraph_before(self, index: int) -> str:
        """The paragraph of the token, up to it, lowercased (« Ce que je peux faire : … »)."""
        text = features.doc_text(self.doc)
        offset = self.tokens[index].idx
        return text[text.rfind("\n\n", 0, offset) + 1:offset].lower().replace("’", "'")

    def _answers_request(self, line_start: int) -> bool:
        """The offer answers the customer: the reply says so (« vous nous demandez »,
        "you asked whether", « pour votre deuxième question »), the sentence opens on a
        yes (« Et oui, il y a bien un tarif étudiant »), or the customer's last turn of
        the script before it was a question."""
        text = features.doc_text(self.doc)
        offset = self.tokens[line_start].idx
        # the paragraph up to the offer's sentence: "You also asked whether there is a
        # cheaper option. There is: … Based on your usage, that would save €90 a year."
        paragraph = max(text.rfind("\n\n", 0, offset), text.rfind("\n>", 0, offset), 0)
        previous, _ = line_bounds(self.doc, max(line_start - 1, 0))
        window_end = self.tokens[min(line_start + 12, len(self.doc) - 1)].idx
        window = text[min(paragraph, self.tokens[previous].idx):window_end]
        if _LABEL.match(text[self.tokens[line_start].idx:window_end]):
            window = text[self.tokens[line_start].idx:window_end]  # a turn of its own
            # ("Papillotte: While you're planning ahead, … 10% off"): the yes of the turn
            # before answered the customer's complaint, not this offer
        if _phrases("answer_markers", self.language).search(window):
            return True
        turns = [m for m in _TURN.finditer(text) if m.end() <= offset]
        if turns and "?" in turns[-1].group(1) and not self._answered_before(
                text[turns[-1].end():offset]):
            return True
        # an earlier question of the customer's on what the offer is about (« vous avez
        # quelque chose pour les enfants ? » … « pour votre fils : la deuxième paire enfant »)
        def nouns(tokens) -> set[str]:
            return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN")
                    and len(t.text) > 2}

        _, line_end = line_bounds(self.doc, line_start)
        offered = nouns(self.doc[line_start:line_end])
        for turn in turns:
            if "?" not in turn.group(1):
                continue
            span = self.doc.char_span(turn.start(1), turn.end(1), alignment_mode="expand")
            if span is not None and offered & nouns(span):
                return True
        return False

    @staticmethod
    def _answered_before(between: str) -> bool:
        """A line of the agent's stands between the customer's question and the offer: the
        question had its answer there, the offer comes after it (« [Parent : On fait
        comment ?] Papillotte : … le repas sera déduit. Papillotte : Au passage, -15 % sur
        nos ateliers ! »)."""
        return any(len(line.strip()) > 20 for line in between.split("\n"))

    # -- what happens next ------------------------------------------------------------
    def _next_step(self, frame) -> None:
        """A clause that moves the case: a promise, a booked event, an instruction or a
        question to the customer, a request, the brand's own act (« nous avons
        remboursé », "we've escalated"), or anything in the future."""
        predicate = self.tokens[frame.predicate]
        if not self.brands(frame.predicate) or self._header_line(frame.start) or \
                self._turn_label(frame) or features.is_sign_off(self.doc, *self._span(frame)) \
                or self._signature_block(frame.start):
            return  # (the agent's signature, "– Sam", is no invitation: round 18)
        gerund = next((t for t in self.doc[frame.start:frame.end]
                       if t.tag_ == "VBG" and t.dep_ == "pcomp"), None)
        if gerund is not None and gerund.head.lower_ in ("about", "for") and \
                gerund.head.head.i < frame.start and not any(
                    t.pos_ in ("VERB", "AUX") and t.i < gerund.i
                    for t in self.doc[frame.start:frame.end]):
            return  # "so sorry … and about losing your car keys", "thanks for letting us
            # know": what a feeling or a thanks is about, no act of the brand's
        courteous = frame.topic == "courtesy" or frame.act in ("advice", "invitation") and \
            self._courtesy(predicate)
        if courteous and _phrases("matter_asked", self.language).search(
                features.span_text(self.doc, frame.start, frame.end)):
            courteous = False  # "please don't hesitate to tweet us about it": the facts asked
        if (frame.topic == "belief" or courteous and not self._moves_the_traveller(frame)) \
                and not self._offer(predicate):
            return  # « n'hésitez pas à revenir vers nous », "feel free to reach out" (not
            # "we appreciate your patience & will do our best to make up some time": the
            # courtesy's conjunct names the remedy)
        line_start, line_end = line_bounds(self.doc, frame.start)
        formula = _phrases("courtesy_formulas", self.language).search(
            features.span_text(self.doc, line_start, line_end))
        if formula is not None and (frame.act == "question" or _phrases(
                "courtesy_formulas", self.language).search(
                features.span_text(self.doc, frame.start, frame.end))):
            return  # "LEGO, Sam speaking, how can I help?", « nous vous prions d'agréer… »
        if formula is not None and self.tokens[line_start].idx + formula.start() <= \
                self.tokens[frame.start].idx and line_end - frame.start <= 10:
            return  # « Veuillez agréer, Monsieur, nos salutations distinguées »: its pieces
        # « Soyez assuré que… », "rest assured": an imperative that offers a feeling, not an
        # instruction; what follows it is judged on its own (« tout est mis en œuvre »: vague)
        formula_match = _phrases("reassurances", self.language).search(
            features.span_text(self.doc, frame.start, frame.end))
        reassured = formula_match is not None
        after = self._match_tokens(frame.start, frame.end, formula_match)[1] if reassured \
            else frame.start
        start, end = self._span(frame)
        acts = ("promise", "notice", "question") if reassured else (
            "promise", "notice", "invitation", "advice", "question")
        if reassured and frame.act != "question" and not any(
                v.i >= after for v in self._acting_verbs(frame)) and not self._dated(
                frame, now_counts=False):
            return  # « Soyez assurée que votre demande est importante pour nous et qu'elle a
            # toute notre attention », "rest assured your case matters to us": what the
            # formula assures is a state of care, no act and no when
        step = frame.act in acts or \
            self._asks(frame) or self._option(frame, predicate) or \
            self._offer(predicate) and not self._apology_formula(frame)
        if not step and frame.time == "future" and frame.act not in (
                "apology", "thanks", "greeting", "blame", "doubt", "deflection"):
            step = True
        if not step and frame.time != "future" and evidential(
                predicate, next((c for c in kids(predicate) if c.dep_ in SUBJECT_DEPS), None)) \
                and not self._dated(frame, now_counts=False):
            return  # "it looks like a rating … ended up on your profile": what the brand
            # finds, the problem told, not a step (round 30)
        if not step and (frame.act == "statement" or reassured) and \
                frame.holder in (*BRAND_SIDE, *THINGS, "customer") \
                and any(v.i >= after for v in self._acting_verbs(frame)) and not (
                    frame.holder == "customer" and frame.time == "past") and not (
                    frame.holder in THINGS and frame.time in ("present", "habitual")
                    and not self._timed(frame)) and not self._how_things_go(frame):
            # « nous vous envoyons un nouveau colis », "we've refunded you" — not what the
            # product is or does (« nos fraises viennent de la ferme Vasseur »)
            step = True
        # a request after the formula ("Please be assured that…": its "please" asks nothing)
        if not step and _phrases("request_cues", self.language).search(
                features.span_text(self.doc, after, frame.end)) and frame.act not in (
                "apology", "thanks", "greeting"):
            step = True
        if not step and self._moves_the_traveller(frame):
            step = True  # "our airport staff are ready to rebook you if necessary"
        if not step and frame.act not in ("question", "apology") and _phrases(
                "presentatives", self.language).match(features.span_text(
                    self.doc, start, end)):
            step = True  # « voici un nouveau lien », "here is a new link": the remedy handed over
        if not step and self._dated(frame, now_counts=False) and not self._apology_word(frame) \
                and not self._dated_fact(frame):
            step = True  # "…: your parcel ships today" (a verbless tail after an apology)
        if step and frame.polarity == "negated" and frame.time == "past" and \
                frame.act in ("statement", "notice"):
            return  # "the statement didn't include your December payments": what did not
            # happen moves nothing, dated or not (round 33)
        if step and self._history(frame):
            return  # "It was scanned at our Ghent hub on Thursday": what happened, not a step
        if step and self._date_of_the_regret(frame):
            return  # « désolés pour la perte de votre appareil, samedi en fin de journée »:
            # when what the apology regrets happened, nothing done (se51)
        if step and self._business_habit(frame):
            return  # « notre accueil gère plus de 200 appels par jour », "our partners are
            # currently handling a high volume of devices": how the business runs, explained
        if step and self._cause_told(frame):
            return  # « nous avons dû annuler ses rendez-vous », "our bank changed its system,
            # which slowed…": the explanation of the problem, not what happens next (se49)
        if step and self._plan_gone_by(frame):
            return  # "they were due on Tuesday", « la livraison était prévue mardi »: the
            # plan the problem missed, not an event booked to come (blind 33)
        if step and _phrases("contrast_tails", self.language).match(
                features.span_text(self.doc, frame.start, frame.end).lstrip()) \
                and not any("Fin" in features.morph(t).get("VerbForm")
                            for t in self.doc[frame.start:frame.end]):
            return  # « …à 18 h et non à 20 h comme indiqué sur la facture », "…at 6 pm, not 8
            # pm": the contrast completes the clause before it, no act of its own
        if step and self._held_up(frame):
            return  # « notre métreur a été retenu sur un chantier », "it was held up at the
            # hub": why the customer waited, not what happens next (se65)
        if step and self._told_not_done(frame):
            return  # "you were charged for two evenings instead of one last week", « la
            # baby-sitter a quitté votre domicile à 18 h »: the problem's story, no remedy
        if step and self._the_fault_told(frame):
            return  # "The text was sent to your street by mistake": the problem, not a step
        if step and self._disruption_announced(frame):
            return  # « la crèche sera fermée ce vendredi à la suite d'une panne de chaudière »:
            # the problem to come, announced with its cause — nothing done about it
        if step and self._regretted(frame) and not self._regretted_delay(frame):
            return  # "sorry that the van broke down and that your move ended late": what
            # the apology regrets, not what happens next
        if step and self._thanked_act(frame):
            return  # "thank you for taking the time to share your experience": the
            # customer's act thanked for, not the brand's next one
        if step and _phrases("rightness_conceded", self.language).match(
                features.span_text(self.doc, frame.start, frame.end).lstrip()):
            return  # « Vous avez raison (de nous le signaler) », "you're right to raise
            # it": the customer's point conceded, no act on the case (se46)
        if step and self._vague(frame, reassured):
            general = self._general_work(frame) and frame.act not in (
                "question", "invitation", "advice")
            self.reply.vague_steps.append(
                Cue(start, end, "vague", "general" if general else frame.act))
        elif step:
            self.reply.next_steps.append(Cue(start, end, "step", frame.act))

    _SIGNATURE_LINES = 4  # name, role, department, brand
    _SIGNATURE_WORDS = 8

    def _signature_block(self, index: int) -> bool:
        """The token stands in the signature block closing a letter: the lines after the
        valediction on a line of its own (`valedictions`: "Yours sincerely,\nRéticule
        after-sales", « Confraternellement,\nThomas Guérin, prothésiste\nLaboratoire
        Occlusia »), a few short lines to the end of the draft — who signs, nothing they do
        (the model may tag the brand's name a verb: "Réticule" read as an imperative).
        Not a paragraph after the closing words, nor a postscript (« PS : … », "P.S. …")."""
        text = features.doc_text(self.doc)
        line = text.count("\n", 0, self.tokens[index].idx)
        lines = [piece.strip() for piece in text.split("\n")]
        closing = next((n for n in range(line - 1, max(-1, line - 1 - self._SIGNATURE_LINES), -1)
                        if _phrases("valedictions", self.language).fullmatch(
                            lines[n].rstrip(" ,.!"))), None)
        if closing is None:
            return False
        block = [piece for piece in lines[closing + 1:] if piece]
        return len(block) <= self._SIGNATURE_LINES and all(
            len(piece.split()) <= self._SIGNATURE_WORDS and piece[-1] not in ".!?"
            and not _POSTSCRIPT.match(piece) for piece in block)

    def _dated_fact(self, frame) -> bool:
        """The day in the clause dates a fact, not a step: what the agent sees on the file
        ("I can see the slot was 8 to 12 today", « je vois que le créneau était ce
        matin »), or the problem the clause admits ("the Thursday delivery window was
        missed")."""
        if any(frame.start <= c.start < frame.end for c in self.reply.problems):
            return True
        predicate = self.tokens[frame.predicate]
        if frame.time == "past" and predicate.lemma_.lower() in _words(
                "receiving_verbs", self.language) and not self._acting_verbs(frame):
            return True  # « nous avons bien reçu vos photos de la cage livrée mardi », "we
            # received your photos of the bowl delivered on Monday": the receipt acknowledged
            # and the day of the customer's story — where the case stands, no step (se41)
        if frame.time == "past" and frame.act == "statement" and predicate.lemma_.lower() in (
                "be", "être") and not self._acting_verbs(frame):
            return True  # "Saturday was chaos on the ring road", « samedi a été infernal »:
            # the day dates a state gone by, no act on the case (se42)
        seeing = _words("observing_verbs", self.language) | \
            _words("perceiving_verbs", self.language)
        # the verb of seeing itself, or the clause it governs — not a clause of its own
        # joined after it ("We know your time is valuable and we can't wait to impress you
        # tomorrow morning")
        seen = predicate.dep_ in ("ccomp", "xcomp") and predicate.head.lemma_.lower() in seeing
        return predicate.pos_ in ("VERB", "AUX") and (
            predicate.lemma_.lower() in seeing or seen)

    def _regretted(self, frame) -> bool:
        """The clause is what an apology regrets: the complement of « désolés », "sorry",
        « nous regrettons », or a conjunct of it ("sorry that the van broke down **and that
        your move ended so late**", « désolés que … et que vous ayez dû rappeler »)."""
        from brandlint.analysis.frame import words as frame_words

        apology = frame_words("acts", "apology", self.language)
        verb = self.tokens[frame.predicate]
        marked = any(c.dep_ == "mark" and c.lower_ in ("that", "que", "qu'", "qu’")
                     for c in kids(verb))
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            if verb.head.lemma_.lower() in apology or verb.head.lower_ in apology:
                return marked  # « désolés que … et que … »: the small model's conjunct
            verb = verb.head
        # « navrés pour la voiture sale et le réservoir à moitié vide »: the small model
        # hangs the second thing regretted on the apology as an unlabelled dependent
        return verb.dep_ in ("ccomp", "advcl", "dep") and verb.i > verb.head.i and (
            verb.head.lemma_.lower() in apology or verb.head.lower_ in apology)

    def _thanked_act(self, frame) -> bool:
        """The clause is the customer's act a thanks is for: "thank you … for taking the
        time to share your experience", "thanks for sending the photos", « merci d'avoir
        pris le temps de nous écrire » — the past infinitive in French (« merci de nous
        envoyer » is a request)."""
        from brandlint.analysis.frame import words as frame_words

        thanks = frame_words("acts", "thanks", self.language)
        verb = self.tokens[frame.predicate]

        def thanking(t) -> bool:
            return t.lemma_.lower() in thanks or t.lower_ in thanks
        if self.language == "en":
            # the frame opens on the preposition ("…, and for taking the time to…")
            words = [t for t in self._content(frame) if t.lower_ not in ("and", ",")]
            if words and words[0].lower_ == "for":
                verb = next((c for c in kids(words[0]) if c.dep_ == "pcomp"), verb)
            perfect = verb.dep_ == "aux" and verb.tag_ == "VBG" and verb.head.tag_ == "VBN"
            if perfect:
                verb = verb.head  # "thank you so much for having flagged it": the perfect
                # gerund, whose auxiliary the small model may make the clause's predicate
            if verb.dep_ != "pcomp" or verb.tag_ != "VBG" and not perfect or \
                    verb.head.lower_ != "for":
                return False
            # "thank you for your patience and for letting us know": the second "for" is a
            # conjunct of the first, which the thanks governs
            prep = verb.head
            while prep.dep_ == "conj" and prep.head.i != prep.i and prep.head.lower_ == "for":
                prep = prep.head
            return thanking(prep.head)
        if not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in kids(verb)) \
                or not any(c.dep_.startswith("aux") and c.lemma_.lower() in ("avoir", "être")
                           and c.lower_ in ("avoir", "être") for c in kids(verb)):
            return False
        head = verb
        while head.dep_ == "conj" and head.head.i != head.i and not thanking(head.head):
            head = head.head
        return thanking(head.head)

    def _regretted_delay(self, frame) -> bool:
        """What the apology regrets is when the step comes: in the future, a delay, or a
        day that has not gone by ("sorry that the new one will only reach you on Friday",
        « désolés que la nouvelle n'arrive que vendredi ») — still a step. A day gone by
        (« ce matin », "yesterday") dates the problem."""
        if frame.time == "future" or any(frame.start <= p.mention.start < frame.end
                                         for p in self.analysis.promises):
            return True
        text = features.span_text(self.doc, frame.start, frame.end)
        return self._dated(frame, now_counts=False) and frame.time != "past" and \
            not _phrases("elapsed_times", self.language).search(text)

    def _header_line(self, index: int) -> bool:
        """The e-mail's subject line (« Objet : Re: Colis endommagé », "Subject: Re: Parcel
        stuck at Bouffay"): the thread's title, the customer's words taken up — no clause of
        the reply, nothing it does."""
        text = features.doc_text(self.doc)
        at = features.tokens(self.doc)[index].idx
        line_start = text.rfind("\n", 0, at) + 1
        return bool(_SUBJECT_LINE.match(text, line_start)) or self._title_line(text, line_start)

    @staticmethod
    def _title_line(text: str, line_start: int) -> bool:
        """The draft's title, its first line, set apart by a dash and with no sentence's
        end (« Script – courroie trop courte », "Call script – roadside warning light"): the
        case named, no clause of the reply."""
        if text[:line_start].strip():
            return False
        line_end = text.find("\n", line_start)
        if line_end < 0 or not text[line_end:].strip():
            return False
        line = text[line_start:line_end].strip()
        return bool(re.search(r"\s[–—-]\s", line)) and not re.search(r"[.!?:;]$", line)

    def _turn_label(self, frame) -> bool:
        """The frame is only a turn's label ("@CassetinHelp:", « Conseiller : »): who
        speaks, not what they do."""
        text = features.doc_text(self.doc)
        tokens = features.tokens(self.doc)
        start, end = self._span(frame)
        line_start = text.rfind("\n", 0, tokens[start].idx) + 1
        m = _LABEL.match(text, line_start)
        return m is not None and tokens[end - 1].idx < m.end()

    def _history(self, frame) -> bool:
        """The clause tells what happened before the reply — the problem's history — not
        what the brand does about it: a past event of the world or of no one in particular
        ("It was scanned at our Ghent hub on Thursday", « un carton humidifié a pu céder
        pendant le transport ») or of a thing on its own ("Energy prices rose across the
        market on 1 February"), set on a day gone by or told as a conjecture (« a pu »,
        "may have"). The brand's own past act (« nous avons remboursé ») and what was done
        to the customer's thing ("your refund was issued on Monday") still move the case."""
        if frame.time != "past" or frame.act not in ("statement", "notice"):
            return False
        predicate = self.tokens[frame.predicate]
        # "Rising water meant our guides had to…", « la crue a obligé nos guides à… »: what
        # an event of the world compelled, the incident's story
        consequence = predicate.lemma_.lower() in _words("consequence_verbs", self.language) \
            and not _passive(predicate)
        if frame.holder == "product":
            if not consequence and (_passive(predicate) or any(
                    c.dep_ in ("dobj", "obj") for c in kids(predicate))) and \
                    not self._undergone_on_a_day_gone(frame, predicate):
                return False  # "your refund was issued on Monday": done to the case
        elif frame.holder not in ("world", "generic"):
            return False
        text = features.span_text(self.doc, frame.start, frame.end)
        # "The item broke because the sender used a thin envelope": its cause told
        markers = _words("cause_markers", self.language)
        return bool(consequence or _phrases("past_days", self.language).search(text)
                    or _phrases("conjectures", self.language).search(text)
                    or any(t.lower_ in markers and t.i > predicate.i
                           for t in self.doc[frame.start:frame.end]))

    def _undergone_on_a_day_gone(self, frame, predicate) -> bool:
        """The customer's thing underwent, on a day gone by, an act that is no remedy
        (`remedy_verbs`): « votre box a bien été libéré le 30 avril », "the inventory was
        signed that day" — the case's story confirmed, not what the brand does about it
        ("your refund was issued on Monday" still moves the case)."""
        if not _passive(predicate):
            return False
        remedies = _words("remedy_verbs", self.language)
        if predicate.lemma_.lower() in remedies or predicate.lower_ in remedies:
            return False
        return bool(_phrases("past_days", self.language).search(
            features.span_text(self.doc, frame.start, frame.end)))

    def _cause_told(self, frame) -> bool:
        """The clause explains the problem — what it came from, or what it forced — told in
        the past: an act the circumstances compelled (« nous avons dû annuler tous ses
        rendez-vous », "we had to cancel", « nous avons été obligés de fermer », "your
        fitting had to be moved"), or a past event followed in its sentence by what it
        caused (« notre banque, qui a changé de système, ce qui a ralenti les dossiers »,
        "…, which delayed the shipment"). A cause told says why the customer waits, not
        what the brand will do: a step is what the brand does, or will do, to the case."""
        if frame.time != "past" or frame.act not in ("statement", "notice") or \
                frame.modality == "counterfactual" or frame.polarity != "affirmed":
            return False
        predicate = self.tokens[frame.predicate]
        if self._compelled(predicate):
            return True
        end = min(frame.end, predicate.sent.end)
        tail = features.span_text(self.doc, end, predicate.sent.end)
        if not _phrases("consequence_relatives", self.language).match(tail):
            return False
        # a remedy of the brand's own or done to the customer's case, told with its effect
        # ("we chased the courier, which meant…", "we've refunded your order, which is
        # why two lines show"), still moves it
        remedies = _words("remedy_verbs", self.language)
        readers = frame_words("holders", "customer_pronouns", self.language) | \
            features.READERS_POSSESSIVES
        return not ((predicate.lemma_.lower() in remedies or predicate.lower_ in remedies)
                    and (frame.holder == "brand" or any(
                        t.lower_ in readers for t in self.doc[frame.start:frame.end])))

    def _compelled(self, verb) -> bool:
        """A past act the circumstances forced (`compulsion_verbs` with an infinitive in the
        indicative past: « avons dû annuler », "had to cancel", "have had to close"; or a
        `consequence_verbs` participle in the passive: « avons été obligés de », "were
        forced to"). Not the conditional past (« nous aurions dû », "should have had to"),
        which is a duty missed, nor the imperfect (« nous devions livrer mardi »), a plan."""
        lemma = verb.lemma_.lower()
        if lemma in _words("consequence_verbs", self.language) and _passive(verb):
            return True
        # the infinitive with "to" ("had to cancel"; not the causative "we had your boiler
        # repaired", a remedy)
        if lemma not in _words("compulsion_verbs", self.language) or not any(
                c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (
                    "Inf" in features.morph(c).get("VerbForm") if self.language == "fr"
                    else any(a.lower_ == "to" for a in kids(c)))
                for c in kids(verb)):
            return False
        auxiliaries = [c for c in kids(verb) if c.dep_.startswith("aux")]
        if any(c.tag_ == "MD" or "Cnd" in features.morph(c).get("Mood") for c in auxiliaries):
            return False
        if self.language == "en":
            return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
                c.lemma_.lower() == "have" for c in auxiliaries)
        return "Part" in features.morph(verb).get("VerbForm") and any(
            c.lemma_.lower() == "avoir" for c in auxiliaries)

    def _plan_gone_by(self, frame) -> bool:
        """What was due, said in a past tense (`plans_gone_by`: "they were due on Tuesday",
        "it was supposed to arrive Monday", « la livraison était prévue mardi », « elles
        étaient censées arriver lundi »): the plan the problem missed. An event booked to
        come is said in the present or the future ("they are due on Tuesday", « est
        prévue mardi »), and a booking made is a perfect (« a été fixée à mardi »)."""
        if frame.act not in ("notice", "statement", "promise"):
            return False
        predicate = self.tokens[frame.predicate]
        plans = _words("plans_gone_by", self.language)
        words = [predicate, *(c for c in kids(predicate) if c.dep_ in ("acomp", "xcomp"))]
        plan = next((w for w in words if w.lower_ in plans or w.lemma_.lower() in plans), None)
        if plan is None:
            return False
        tensed = [w for w in (plan, predicate, *kids(plan), *kids(predicate))
                  if w.pos_ == "AUX" or w.dep_ in ("cop", "aux", "aux:pass", "auxpass",
                                                    "aux:tense")]
        return any(w.tag_ == "VBD" or "Imp" in features.morph(w).get("Tense")
                   for w in tensed if w.lemma_.lower() in ("be", "être", "avoir"))

    def _held_up(self, frame) -> bool:
        """Someone or something held up, told in the past passive (`held_up`: « notre
        métreur a été retenu sur un chantier à Saumur », "it was held up at the courier's
        hub", "your refund was delayed by the bank holiday"): the cause of the wait, the
        problem's story — not a step, whoever the subject (the model may not know « métreur »
        for staff). Not in the future or the present (« sera retenu », "is held until
        Friday"), nor denied."""
        if frame.time != "past" or frame.polarity != "affirmed" or \
                frame.act not in ("statement", "notice"):
            return False
        predicate = self.tokens[frame.predicate]
        text = features.doc_text(self.doc)
        first, last = self._span(frame)
        end = self.tokens[last - 1].idx + len(self.tokens[last - 1])
        return any(m.start() <= predicate.idx < m.end() for m in _phrases(
            "held_up", self.language).finditer(text, self.tokens[first].idx, end))

    def _told_not_done(self, frame) -> bool:
        """A past clause of the customer, their thing or a member of staff whose act is
        no remedy (`remedy_verbs`): "you were charged for two evenings instead of one", «
        la baby-sitter a quitté votre domicile à 18 h et non à 20 h » — what happened, the
        case's story. The brand's own past act (« nous avons remboursé », "I've passed it
        on") is judged elsewhere, and a remedy done to the case ("your refund was issued",
        « le technicien a remplacé la pièce ») still moves it."""
        if not (frame.time == "past" or frame.topic == "story") or \
                frame.act not in ("statement", "notice", "promise") or \
                frame.holder not in ("customer", "service", "third_party", "world"):
            return False
        predicate = self.tokens[frame.predicate]
        verbs = [predicate, *(c for c in kids(predicate) if c.dep_ in ("xcomp", "conj", "ccomp")
                              and c.pos_ in ("VERB", "AUX"))]
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("nous", "we", "je", "j'", "j’", "i", "on")
               for v in verbs if v.dep_ != "conj" for c in kids(v)):
            return False
        remedies = _words("remedy_verbs", self.language)
        return not any(v.lemma_.lower() in remedies or v.lower_ in remedies for v in verbs)

    def _disruption_announced(self, frame) -> bool:
        """A service shut for a while in the future (`disruption_states`), in the clause
        that holds the problem the reply admits: « la crèche sera fermée ce vendredi à la
        suite d'une panne de chaudière », "the pool will be closed on Monday because of a
        leak" — the problem to come, not a step. Not without the problem in the clause
        ("the old branch will close once your new account is open")."""
        if frame.time != "future" or frame.polarity != "affirmed":
            return False
        if not any(frame.start <= c.start < frame.end
                   for c in (*self.reply.problems, *self.reply.outside_problems)):
            return False
        states = _words("disruption_states", self.language)
        predicate = self.tokens[frame.predicate]
        return predicate.lemma_.lower() in states or predicate.lower_ in states or any(
            c.lower_ in states for c in kids(predicate) if c.dep_ in ("acomp", "xcomp", "attr"))

    def _problems_told_as_steps(self) -> None:
        """A step read before every problem of the reply was known is judged again once
        they are: the clause that holds a problem admitted later in the reading ("the
        input jack was damaged while the amp was in our stock room") or a verbless
        conjunct hanging on the problem's verb (« il manquait la crème et le citron dans
        votre box du mardi 12 ») tells the problem, not what is done about it (se47)."""
        if not self.reply.problems or not self.reply.next_steps:
            return
        for frame in self.frames:
            start, end = self._span(frame)
            cues = [c for c in self.reply.next_steps if (c.start, c.end) == (start, end)]
            if cues and (self._the_fault_told(frame) or self._told_with_the_problem(frame)):
                self.reply.next_steps = [c for c in self.reply.next_steps if c not in cues]

    def _told_with_the_problem(self, frame) -> bool:
        """The clause is a verbless conjunct of a thing the problem's verb governs (« il
        manquait la crème fraîche et le citron dans votre box »: « le citron… »)."""
        predicate = self.tokens[frame.predicate]
        if predicate.pos_ in ("VERB", "AUX") or predicate.dep_ != "conj":
            return False
        node = predicate
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        verb = node.head
        return not frame.start <= verb.i < frame.end and verb.pos_ in ("VERB", "AUX") and \
            any(c.start <= verb.i < c.end for c in self.reply.problems)

    def _the_fault_told(self, frame) -> bool:
        """The clause tells the fault or how the brand found it, not what it does next: a
        past clause holding the problem the reply admits ("The boil-water text was sent to
        your street by mistake", « le dossier a été envoyé en retard par notre agence »), a
        clause in the pluperfect (« des travaux avaient bien été programmés », "the visit
        had been booked": the past of the past), or the agent's check with nothing checked
        named (« J'ai vérifié : », "I've checked:")."""
        if frame.time != "past" or frame.act not in ("statement", "notice"):
            return False
        predicate = self.tokens[frame.predicate]
        if frame.end > predicate.sent.end:
            return False  # a window running into the next sentence (« …avait expiré. Toutes
            # nos excuses, voici un nouveau lien »): the step there is judged on its own
        if any(frame.start <= c.start < frame.end
               for c in (*self.reply.problems, *self.reply.outside_problems)):
            return True  # (a problem from outside the brand is told, not moved, as well)
        auxiliaries = [c for c in kids(predicate) if c.dep_ in ("aux", "aux:pass", "aux:tense",
                                                                  "auxpass")]
        if auxiliaries and auxiliaries[0].lemma_.lower() in ("avoir", "être", "have") and (
                "Imp" in features.morph(auxiliaries[0]).get("Tense")
                or auxiliaries[0].lower_ == "had"):
            return True
        following = next((t for t in self.doc[predicate.i + 1:] if not t.is_space), None)
        return bool(_checked_before(self.language).search(predicate.text + " ")) and (
            following is None or following.text in (":", ".", ";", "—"))

    def _how_things_go(self, frame) -> bool:
        """How things go in general, told of a thing of the service: "occasionally heavier
        parcels can put pressure on them", « il arrive que des colis soient retardés par
        la neige » — the explanation of a mechanism, with a word of frequency, in the
        present; not what the brand does for this customer."""
        if frame.holder not in ("service", *THINGS, "generic") or frame.time not in (
                "present", "habitual") or self._timed(frame):
            return False
        # the sentence's: « Parfois, les colis… » puts the adverb in a window of its own
        sentence = features.text_of(features.tokens(self.doc)[frame.start].sent)
        if _phrases("frequency_words", self.language).search(sentence):
            return True
        # "worktops of this type can show slight seams": what such things may do
        possible = _words("possibility_verbs", self.language)
        clause = self.tokens[frame.start:frame.end]
        return any(t.lemma_.lower() in possible or t.lower_ in possible
                   for t in clause) and bool(
            _phrases("kind_words", self.language).search(
                features.span_text(self.doc, frame.start, frame.end)))

    def _date_of_the_regret(self, frame) -> bool:
        """A bare date set off after an apology (« nous sommes désolés de l'attitude de
        notre maître-nageur envers votre fils, samedi, … », "so sorry about your camera,
        late on Saturday"): when what the apology regrets happened. A tail that names an
        act beside its date (« désolés pour le retard, nouvel envoi demain ») is a step."""
        words = [t for t in self._content(frame) if not (t.is_punct or t.is_space)]
        parts = _words("time_words", self.language) | _words("date_parts", self.language)
        if not words or not all(t.lower_ in parts or t.like_num
                                or t.pos_ in ("ADP", "DET", "CCONJ") for t in words):
            return False
        before = words[0].i - 1
        while before >= 0 and (self.tokens[before].is_punct or self.tokens[before].is_space):
            before -= 1
        if before < 0 or features.span_text(self.doc, before + 1, words[0].i).strip() != ",":
            return False  # set off by a comma in the apology's sentence (« Désolés. Demain
            # matin, sans faute. » is a sentence of its own)
        previous = self.analysis.frame(self.tokens[before])
        return previous is not None and previous.act == "apology" and \
            previous.end <= words[0].i

    def _business_habit(self, frame) -> bool:
        """How the business runs for all its customers, told in the present: a rate
        (« plus de 200 appels par jour », "every day"), a volume ("an exceptionally high
        volume of devices"), everyone served (« répondre à chacun »), or a routine of the
        brand's things in general (« nos fraises sont cueillies la veille au soir »). An
        explanation, not an act on this customer's case: a step names the customer or
        their case (« nous vous envoyons », "your repair") or a day of its own."""
        if frame.holder not in (*BRAND_SIDE, *THINGS, "generic") or frame.time not in (
                "present", "habitual") or frame.act not in ("statement", "notice"):
            return False
        tokens = self._content(frame)
        readers = frame_words("holders", "customer_pronouns", self.language) | \
            frame_words("holders", "customer_possessives", self.language)
        if any(t.lower_ in readers for t in tokens):
            return False  # « nous vous rappelons chaque jour »: the customer's case
        text = features.span_text(self.doc, frame.start, frame.end)
        marker = _phrases("business_habits", self.language).search(text)
        if marker is None:
            marker = _phrases("routine_times", self.language).search(text)
            if marker is None or not self._things_in_general(frame):
                return False  # « le technicien appelle la veille »: this visit's routine
        first, last = self._match_tokens(frame.start, frame.end, marker)
        when = _words("time_words", self.language) - _words("now_words", self.language)
        return not any(t.lower_ in when or t.ent_type_ in ("DATE", "TIME")
                       for t in tokens if not first <= t.i < last)
        # (« nos équipes passent demain »: a day of its own dates a step)

    def _things_in_general(self, frame) -> bool:
        """The clause's subject is the brand's things or people as a class, plural under
        the brand's possessive (« nos fraises », "our technicians"), through a verb it is
        coordinated with (« … viennent de la ferme et sont cueillies »)."""
        node = self.tokens[frame.predicate]
        for _ in range(3):
            subject = next((c for c in kids(node) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return "Plur" in features.morph(subject).get("Number") and any(
                    c.lower_ in _words("brand_plural_possessives", self.language)
                    for c in kids(subject))
            if node.dep_ != "conj" or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _vague(self, frame, reassured: bool = False) -> bool:
        """A step in words only: the case handed on or looked at (« transmis à notre
        atelier », "escalated to the relevant team", "we'll look into it") or promised
        "as soon as possible", with no date or delay. What the customer is asked or told
        to do, and what the brand does to the case itself, are concrete."""
        if frame.holder in BRAND_SIDE and _phrases("feelings_passed_on", self.language).search(
                features.span_text(self.doc, frame.start, frame.end)):
            return True  # "I'll make sure the team knows how you feel": feedback, not the case
        own = self._own_act_imperative(frame)
        if frame.act in ("question", "invitation", "advice") and not reassured and own is None:
            return False
        if self._moves_the_traveller(frame):
            return False  # "working hard to get you on your way ASAP", "will do our best to
            # make up some time in the air": in a live incident the act is named and no honest
            # time can be given — effort on a named remedy is no effort without content
        if self._general_work(frame):
            return True  # "we're reviewing ways to improve…": the service, not this case
        handoff = _words("handoff_verbs", self.language)
        # "let me look into it": the act is the looking, not the letting
        verbs = [v for v in self._acting_verbs(frame) if own is None or v.i >= own]
        if not verbs and frame.time == "future":
            verbs = [self.tokens[frame.predicate]]
        handed_on = bool(verbs) and all(v.lemma_.lower() in handoff or v.lower_ in handoff
                                        or self._record_act(v) for v in verbs)
        # "that's logged for you now": the moment of a hand-off dates nothing that happens
        if self._timed(frame, now_counts=not handed_on):
            return False
        text = features.span_text(self.doc, frame.start, frame.end)
        if self._contact_by_means(text):
            return False  # "a member of our team will be in touch via in-app": who and how
        if _phrases("vague_phrases", self.language).search(text):
            return True  # « votre dossier est en cours de traitement »: the case, not the customer
        if frame.holder == "customer" and own is None:
            return False
        return handed_on

    def _own_act_imperative(self, frame) -> int | None:
        """"Let me look into it", « laissez-moi regarder ça »: an imperative whose act is
        the agent's own — where that act starts (the token after "let me"), else None."""
        start, end = self._span(frame)
        text = features.span_text(self.doc, start, end)
        m = _phrases("own_act_imperatives", self.language).match(text)
        if m is None:
            return None
        return self._match_tokens(start, end, m)[1]

    def _moves_the_traveller(self, frame) -> bool:
        """The brand's act that moves the customer themselves on their journey ("rebook
        you", "get you on your way", « vous réacheminer », « vous replacer sur le
        prochain vol »): a remedy named, whose time a live incident cannot honestly give —
        a step, not a case looked at. So is the remedy of the incident itself: the service
        put back ("we should have it up and working very soon", « le service sera rétabli »)
        or the lost time made up ("make up some time in the air tonight"). Not denied, not a
        question, not a rule of the house ("we always aim to get you on your way on time")."""
        if frame.act == "question" or frame.polarity == "negated" or frame.time == "habitual":
            return False
        text = features.span_text(self.doc, frame.start, frame.end)
        return bool(_phrases("traveller_moved", self.language).search(text)
                    or _phrases("incident_remedies", self.language).search(text))

    def _contact_by_means(self, text: str) -> bool:
        """The step is contact with the customer, by a channel it names: "a member of our
        team will be in touch shortly via in-app", « un conseiller vous recontactera par
        téléphone » — who comes back to them and how, not the case passed along."""
        return bool(_phrases("contact_promises", self.language).search(text)
                    and _phrases("contact_means", self.language).search(text))

    def _general_work(self, frame) -> bool:
        """Work on the service in general, not on this customer's case: improving it
        (« votre retour nous aide à nous améliorer », "reviewing ways to improve
        enforcement across our sites"), taking their message as feedback (« nous prenons
        votre remarque très au sérieux »), effort with no content (« nous faisons le
        maximum », "doing everything we can"), whoever holds the clause (« votre retour
        nous aide à nous améliorer »)."""
        tokens = self._content(frame)
        improvement = _words("improvement_words", self.language)
        feedback = _words("feedback_nouns", self.language)
        if any(t.lemma_.lower() in improvement or t.lower_ in improvement for t in tokens):
            return True
        if any((t.lemma_.lower() in feedback or t.lower_ in feedback)
               and any(c.lower_ in ("votre", "vos", "your") for c in kids(t))
               for t in tokens):
            return True
        text = features.span_text(self.doc, frame.start, frame.end)
        return bool(_phrases("effort_phrases", self.language).search(text))

    def _step_phrases(self) -> None:
        text = features.doc_text(self.doc)
        for m in _phrases("step_phrases", self.language).finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and self.brands(span.start):
                self.reply.next_steps.append(Cue(span.start, span.end, "step", "phrase"))
        for m in _phrases("delivered_on_the_spot", self.language).finditer(text):
            # "copying the link failed, here it is:", « le voici : »: what was asked for,
            # given on the spot after the colon
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and self.brands(span.start):
                self.reply.next_steps.append(Cue(span.start, span.end, "step", "delivered"))
        for m in _phrases("status_phrases", self.language).finditer(text):
            # news promised or work under way: a step when the clause says when
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start):
                continue
            dated = self._timed(self.analysis.frame(self.tokens[span.start]))
            (self.reply.next_steps if dated else self.reply.vague_steps).append(
                Cue(span.start, span.end, "step" if dated else "vague", "status"))
        phone = _information(self.language)["phone"][1]
        for m in phone.finditer(text):
            # a number to call (« au 01 23 45 67 89 », "their number is 0344 493 0787"):
            # somewhere for the customer to go next
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and self.brands(span.start):
                self.reply.next_steps.append(Cue(span.start, span.end, "step", "phone"))
        for t in features.tokens(self.doc):
            # a link the brand gives ("replacement options here: [url]", « plus d'infos
            # ici : https://… »): somewhere for the customer to go next
            placeholder = t.lower_ in ("url", "lien", "link") and t.i and \
                self.tokens[t.i - 1].text == "[" or t.lower_ in ("[url]", "[lien]", "[link]")
            if (t.like_url or placeholder) and self.brands(t.i):
                self.reply.next_steps.append(Cue(t.i, t.i + 1, "step", "link"))

    def _dated(self, frame, now_counts: bool = True) -> bool:
        """The clause names when something happens (today, Thursday, a date or a time);
        `now_counts=False` leaves out the present moment ("now", « maintenant »)."""
        when = _words("time_words", self.language)
        if not now_counts:
            when = when - _words("now_words", self.language)
        return any(t.lower_ in when or t.ent_type_ in ("DATE", "TIME") and (
                   now_counts or t.lower_ not in _words("now_words", self.language))
                   for t in features.tokens(self.doc)[frame.start:frame.end])

    def _timed(self, frame, now_counts: bool = True) -> bool:
        """A step that says when: a day, a date, a clock time (« à 18 h », "by 6 pm") or
        a delay (a clock time alone makes no step: « lent entre 20 h et 23 h »)."""
        text = features.span_text(self.doc, frame.start, frame.end)
        return self._dated(frame, now_counts) or bool(_CLOCK.search(text) or _DELAY.search(text)) \
            or any(frame.start <= p.mention.start < frame.end for p in self.analysis.promises) \
            or self._done_on_the_line(frame)  # (a check on the line answers in the call:
        # not the moment of a hand-off, which dates nothing)

    def _done_on_the_line(self, frame) -> bool:
        """The agent's act done at once while the customer is on the line (« je vérifie
        tout de suite où en est votre colis », "I'll check that right away"): no response
        time to hold to a commitment (promises.done_in_the_call), but a step done now."""
        return any(frame.start <= m.start < frame.end and done_in_the_call(
            self.analysis, m) for m in self.analysis.delay_mentions)

    def _acting_verbs(self, frame) -> list:
        """Verbs of the clause that act on the case (the small French model often makes
        a complement the root: « nous vous en envoyons un neuf »)."""
        idle = _words("not_actions", self.language)
        # a participle describing a noun (« les fraises arrivées abîmées ») is no act
        verbs = [t for t in features.tokens(self.doc)[frame.start:frame.end] if t.pos_ == "VERB"
                 and t.is_alpha
                 and not (t.dep_ in ("acl", "amod") and "Part" in features.morph(t).get("VerbForm"))
                 and not self._describing_participle(t)
                 # an adverb the small model tags as a verb (« Toutes nos excuses,
                 # sincèrement »): the parse itself hangs it as a manner, not an act
                 and t.dep_ != "advmod"
                 and t.lemma_.lower() not in idle and t.lower_ not in idle
                 # "…, including the refunds": a list of what, not an act
                 and t.lower_ not in ("including", "excluding")
                 and not self.analysis.is_negated(t) and not self._unable(t)
                 and not self._observed(t, frame)
                 and not any(self._readers_circumstance(w) for w in (t, *t.ancestors))]
        if not verbs and self.language == "fr":
            # (« nous accusons réception de… »: the fallback's verb may be observing too)
            verbs = [t for t in self._verb_after_subject(frame, idle)
                     if not self._observed(t, frame)]
        if verbs and self._idle_conjunct(frame):
            return []
        return verbs

    def _readers_circumstance(self, verb) -> bool:
        """The verb heads a clause of time whose subject is the reader, in the present or
        the past (se43: "… when you rely on it for work", "especially when you've booked
        the day off", « quand vous comptez dessus »): their circumstances, said to share the
        feeling — the clause the step would be is the one it hangs on, not this one (nor
        what this one governs: "… when you ride it to work")."""
        if verb.dep_ not in ("advcl", "advcl:cleft") or "Fut" in features.morph(verb).get(
                "Tense") or any(c.lower_ in ("will", "'ll", "’ll", "shall") for c in kids(verb)):
            return False
        marks = _words("circumstance_marks", self.language)
        readers = frame_words("holders", "customer_pronouns", self.language)
        return any(c.lower_ in marks for c in kids(verb)) and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in readers for c in kids(verb))

    def _describing_participle(self, verb) -> bool:
        """A French present participle with no « en » before it (« votre courrier
        contestant les deux heures », « un e-mail concernant »): it describes the noun
        before it, whatever the parse hangs it on — no act of the brand's (« en vous
        remboursant » is one)."""
        if self.language != "fr" or "Part" not in features.morph(verb).get("VerbForm") or \
                "Pres" not in features.morph(verb).get("Tense"):
            return False
        before = self.tokens[verb.i - 1] if verb.i > 0 else None
        return before is None or before.lower_ not in ("en", "tout") and not (
            before.lower_ in ("vous", "nous", "le", "la", "les", "lui", "leur", "y") and
            verb.i > 1 and self.tokens[verb.i - 2].lower_ == "en")

    def _idle_conjunct(self, frame) -> bool:
        """« … et comprenons votre inquiétude à l'approche de l'hiver »: a French conjunct
        that shares the subject before it opens on its verb, and that verb is a feeling or a
        noticing (`idle_forms`). The small model often tags that form a noun and a noun
        further on a verb (« hiver »): the clause's act is the idle form, whatever else is
        tagged a verb in its object."""
        if self.language != "fr":
            return False
        content = self._content(frame)
        if content and content[0].lower_ in ("et", "mais", "puis"):
            content = content[1:]
        return bool(content) and content[0].lower_ in _words("idle_forms", self.language)

    def _observed(self, verb, frame) -> bool:
        """The verb describes what the agent observes, not an act on the case: it hangs in
        a relative clause ("the description you gave us", "our team, who are always
        looking at…") or under a verb of seeing or knowing (« je vois que votre adresse est
        correcte », "I can see your cancellation was logged", "we know how stressful it is
        to lose something"). What is seen or known has already happened, or is someone
        else's; the check itself moves nothing."""
        if verb.dep_ in ("relcl", "acl:relcl"):
            return True
        if self._fact_confirmed(verb) or any(self._fact_confirmed(a) for a in verb.ancestors):
            return True  # « nous vous confirmons que la bague n'a pas été retrouvée »
        observing = _words("observing_verbs", self.language)
        # "we completely get why you're fed up": the customer's feeling understood (the
        # verb of understanding itself, and what it governs)
        m = _phrases("observing_phrases", self.language).search(
            features.span_text(self.doc, frame.start, frame.end))
        if m and verb.idx >= self.tokens[frame.start].idx + m.start():
            return True
        felt = _words("felt_judgements", self.language)
        node = verb  # up the whole sentence: a clause window may cut « je vois que » off
        while node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in observing:
                return True
            # "how frustrating it is to lose a morning and still be left with an open roof",
            # « à quel point il est frustrant de perdre une matinée »: what the customer
            # went through, judged by its feeling — no act of the brand's (se42)
            if node.lower_ in felt or node.lemma_.lower() in felt or any(
                    c.dep_ == "acomp" and c.lower_ in felt for c in kids(node)):
                return True
        return False

    def _fact_confirmed(self, verb) -> bool:
        """The brand's check told by its result: a verb of confirming with a clause for
        object, not in the future (« nous vous confirmons que la bague n'a pas été
        retrouvée », "we can confirm that your suspension was not passed on", "our
        technician has confirmed what you told us"). What is confirmed is a fact found; the
        confirmation moves nothing. Not an arrangement confirmed (« je vous confirme le
        remboursement », "I'll confirm the slot by text"), nor one to come ("we'll confirm
        that the part is in stock")."""
        if verb.lemma_.lower() not in _words("confirming_verbs", self.language) and \
                verb.lower_ not in _words("confirming_verbs", self.language):
            return False
        if "Fut" in features.morph(verb).get("Tense") or any(
                c.lower_ in ("will", "'ll", "’ll", "shall") for c in kids(verb)):
            return False
        return any(c.dep_ in ("ccomp", "csubj") for c in kids(verb))

    def _record_act(self, verb) -> bool:
        """A note put on the file (« je mets un commentaire sur votre commande », « j'ajoute
        votre numéro de portable au dossier », "I'll leave a note on your account"): the
        record of the case updated, the case itself not moved — like a hand-off, a step
        only with a date. Not a credit or a parcel added (« j'ajoute un avoir de 10 € »)."""
        verbs = _words("record_verbs", self.language)
        if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs:
            return False
        notes = _words("record_nouns", self.language)
        return any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in notes
                   for c in kids(verb))

    def _unable(self, verb) -> bool:
        """"We're unable to help", « nous ne sommes pas en mesure de » (negated above),
        « impossible de »: an act the brand says it cannot do moves nothing."""
        inability = _words("inability", self.language)
        before = self.doc[max(verb.i - 5, 0):verb.i]
        if verb.head.lower_ in inability or any(w.lower_ in inability for w in before):
            return True
        return bool(_phrases("inability_phrases", self.language).search(before.text))

    def _verb_after_subject(self, frame, idle) -> list:
        """« nous vous en envoyons un neuf »: the word after « nous » and its clitics is
        the verb, whatever the small model tagged it (it makes many verbs nouns)."""
        from brandlint.analysis.idea import verb_stem

        clitics = {"vous", "nous", "le", "la", "les", "l'", "l’", "en", "y", "lui", "leur",
                   "ne", "n'", "n’", "me", "m'", "m’", "te", "t'", "t’"}
        idle_stems = {verb_stem(w) for w in idle} - {None}
        tokens = list(self.doc[frame.start:frame.end])
        for k, t in enumerate(tokens):
            if t.lower_ not in ("nous", "je", "j'", "j’", "on"):
                continue
            rest = [w for w in tokens[k + 1:] if w.lower_ not in clitics]
            negated = any(w.lower_ in ("ne", "n'", "n’") for w in tokens[k + 1:k + 4]) and any(
                w.lower_ in ("pas", "plus", "jamais", "point", "guère", "rien")
                for w in rest[1:3])
            if negated:
                break  # « nous ne gérons pas les séjours »: an act the brand does not do
            if rest and rest[0].is_alpha and rest[0].lower_.endswith(("ons", "e", "es")) and \
                    rest[0].lower_ not in _words("idle_forms", self.language):
                stem = verb_stem(rest[0].lower_)
                if stem is not None and stem not in idle_stems:
                    return [rest[0]]
            break
        return []

    def _asks(self, frame) -> bool:
        """A question by inversion, even when a link follows instead of a question mark
        ("Was the item sold by Amazon or a third-party seller: [url]")."""
        tokens = self._content(frame)
        return self.language == "en" and len(tokens) > 2 and tokens[0].pos_ == "AUX" and \
            tokens[0].i == frame.start and tokens[1].pos_ in ("PRON", "DET", "NOUN", "PROPN")

    def _option(self, frame, predicate) -> bool:
        """What the customer can do now: "You can find replacement options here", « vous
        pouvez suivre votre colis ici »."""
        if frame.holder != "customer":
            return False
        helpers = [predicate, *kids(predicate), *self.doc[max(predicate.i - 2, 0):predicate.i]]
        return any(h.lemma_.lower() in ("can", "could", "may", "pouvoir") for h in helpers)

    def _apology_formula(self, frame) -> bool:
        """The courteous imperative of an apology (« veuillez accepter nos excuses »,
        « veuillez nous excuser »): it asks the apology be accepted, it offers no act."""
        return frame.act == "apology" and any(
            "Imp" in features.morph(t).get("Mood") for t in self.doc[frame.start:frame.end])

    def _offer(self, predicate) -> bool:
        """Readiness to act on the case: "happy to look into this with you", "I'd like to
        take a closer look", « ravis de vous rembourser » — not "happy to help" alone."""
        readiness = _words("offer_predicates", self.language)
        vague = _words("vague_acts", self.language)
        words = [predicate, *(c for c in kids(predicate) if c.dep_ in ("acomp", "xcomp"))]
        if not any(w.lemma_.lower() in readiness or w.lower_ in readiness for w in words):
            return False
        # the act may hang lower: "we'd like a chance to look into this"
        return any(c.pos_ == "VERB" and c.i > w.i and c.lemma_.lower() not in vague
                   for w in words for c in w.subtree if c.i != predicate.i)

    def _courtesy(self, predicate) -> bool:
        from brandlint.analysis.frame import courtesy_word

        return courtesy_word(predicate, self.language)

    def _slow_steps(self) -> None:
        """A delay the brand gives for a declared service, slower than the profile's
        commitment (« remboursé sous 30 jours » against 14 days)."""
        profile = self.analysis.profile
        for promise in self.analysis.promises:
            if promise.mention.kind == "delay":
                promise = self._steps_own_service(promise)
                if promise is None:
                    continue  # the step is another act than any promised service
            if not promise.declared and promise.mention.kind == "delay":
                promise = self._about_named_service(promise)
            committed = profile.promises.get(promise.service)
            if not promise.declared or promise.mention.kind != "delay" or committed is None \
                    or committed.within is None or promise.mention.hours is None:
                continue
            # a day-named deadline is an upper bound ("by Thursday" may be tomorrow):
            # slow only if even its earliest is (« la semaine prochaine » against 4 h)
            # (and working days are slow only if even read without a weekend)
            earliest = promise.mention.floor if promise.mention.dated or \
                promise.mention.floor else promise.mention.hours
            loosest = self._loosest_commitment(promise)
            if loosest < 24 and self._days_window(promise.mention):
                # « vous rappellera dans la semaine » against a callback within 2 h: a
                # window of days answers no commitment of hours, whose step is today
                earliest = max(earliest, 24.0)
            if earliest > loosest + 1e-9 and \
                    self.brands(promise.mention.start) and not self._allowance(promise) and \
                    not self._readers_window(promise) and \
                    not self._eligibility_rule(promise) and \
                    not self._recourse_condition(promise.mention.start) and \
                    not self._told_by_another(self.analysis.frame(
                        self.tokens[promise.mention.start])) and \
                    not self._anothers_time(promise.mention.start) and \
                    not self._deadline_required(promise.mention) and \
                    not self._service_described(promise.mention.start):
                self.reply.slow_steps.append(promise)

    @staticmethod
    def _days_window(mention) -> bool:
        """A deadline given as a window of days (« dans la semaine », "later this week",
        « d'ici vendredi »), not today's: dated, longer than a day, not the same day."""
        return mention.dated and not mention.same_day and mention.hours is not None and \
            mention.hours > 24

    def _steps_own_service(self, promise):
        """The delay is held to the service of the step it belongs to — the step's own
        verb or noun in the parse — not to a service it was borrowed from: "our operations
        manager will call you within 72 hours" is a callback, not the lost-property
        service a coach named in the sentence stands for; « votre technicien vous appelle
        pour poser la carte sous 48 h » is the fitting the call arranges, not the call;
        "Michel will call you within 4 hours to rebook at a time that suits you, tomorrow
        at the earliest": the callback's delay is the first, the second is the rebooked
        visit's. The promise as it is when its service is the step's; the step's own
        declared service when the parse names another; None when the step cannot be tied
        to a promised service (the profile does not declare the step's service, or the
        delay is the time of another act the service word arranges)."""
        from brandlint.analysis.promises import _received_service, delay_head, head_services

        declared = self.analysis.profile.promises
        services = self.analysis.service_words
        token = promise.service_token
        if self._second_delay_of(promise):
            return None
        if self._document_about(token):
            return None  # « nous vous envoyons demain le rapport de diagnostic »: the report
            # sent tomorrow, not the 1 h diagnostic
        purpose = self._purpose_between(token, promise.mention.start)
        if purpose is not None:
            # « vous appelle pour poser la carte sous 48 h », "call you to repair it within
            # 6 days": the delay after the act the service word arranges is that act's
            own = services.get(purpose.i)
            if own in declared and declared[own].within is not None:
                return dataclasses.replace(promise, service=own, service_token=purpose.i,
                                           service_start=-1, declared=True)
            return None
        head = delay_head(self.analysis, promise.mention)
        if head is not None and head.i != token and head.i not in services and \
                0 <= token < len(self.doc):
            asked = self.analysis.frame(self.tokens[token])
            if asked.holder == "customer" and asked.act in ("invitation", "advice") and \
                    not asked.start <= head.i < asked.end and not self._wait_told(
                        promise.mention):
                # « rappelez-nous et un technicien passe sous 48 h », "call us and an
                # engineer will come within 48 hours": the reader's call is no callback;
                # the delay is the visit's, a step of no service the profile names; but
                # « comptez quatre semaines pour le virement » is the wait the reader is
                # told to count on for the brand's own step (`_wait_told`)
                return None
        qualified = self._qualified_thing(head) if head is not None and head.i == token \
            else None
        if qualified is not None:
            # « un nouveau sac, expédié sous 3 jours », "a replacement bag, shipped within
            # 5 days": the participle tells how the thing it qualifies comes — the delay is
            # the step of the service that thing names (round 32)
            thing = services.get(qualified.i)
            if thing is not None and thing != promise.service and thing in declared and \
                    declared[thing].within is not None:
                return dataclasses.replace(promise, service=thing, service_token=head.i,
                                           service_start=-1, declared=True)
        carried = self._delivered_things_service(self.tokens[token]) if \
            promise.service == "delivery" and 0 <= token < len(self.doc) else None
        if carried is not None:
            # « nos fleuristes préparent les compositions et les livrent sous 48 heures »
            # after « les compositions de remplacement »: the replacement's step
            return dataclasses.replace(promise, service=carried, service_start=-1,
                                       declared=True)
        if head is None or head.i == token or token in head_services(self.analysis,
                                                                     promise.mention):
            return promise
        own = services.get(head.i)
        if own is None or own == "availability" or own == promise.service:
            return promise
        received = _received_service(self.analysis, head.i, services)
        if received is not None and received[0] == promise.service:
            return promise  # « le remboursement, que vous recevrez sous 14 jours »: the
            # verb of receiving names no delivery, the thing received is the service
        # the delay's own verb names another service: that one, if the profile commits
        # to it ("will call you within 72 hours": a callback, whatever a coach named)
        if own in declared and declared[own].within is not None:
            return dataclasses.replace(promise, service=own, service_token=head.i,
                                       service_start=-1, declared=True)
        if self._lost_passive_subject(head, token):
            return promise  # « votre film monté vous sera livré d'ici six semaines »: the
            # film's own service, carried by a delivery the profile does not declare (se49)
        return None

    def _lost_passive_subject(self, verb, token: int) -> bool:
        """The service word opens the clause of a passive verb the parse left with no
        subject (« Votre film monté vous sera livré… », « Le devis … vous seront envoyés
        sous trois semaines »: the small French model makes the noun or a participle the
        root): the thing sent is what the verb's delay is about, as its subject would be.
        Only when no conjugated verb of its own stands between them."""
        if not 0 <= token < verb.i or verb.sent.start > token or \
                "Pass" not in features.morph(verb).get("Voice") and verb.tag_ != "VBN" or \
                any(c.dep_ in SUBJECT_DEPS for c in kids(verb)):
            return False
        auxiliaries = {c.i for c in kids(verb) if c.dep_.startswith("aux")}
        return not any("Fin" in features.morph(t).get("VerbForm") or t.tag_ in (
            "VBZ", "VBP", "VBD", "MD") for t in self.tokens[token + 1:verb.i]
            if t.i not in auxiliaries and t.pos_ in ("VERB", "AUX"))

    def _delivered_things_service(self, verb) -> str | None:
        """The declared service the thing a delivery carries names (« les compositions de
        remplacement » … « les livrent sous 48 heures », "the replacement arrangements" …
        "deliver them within 48 hours"): the thing is the verb's object, or the last noun
        before it in its sentence when the object is a pronoun; it names a service when it
        is one of its words, or shares its lemma with one the reply named before it (the
        service's commitment, not delivery's, then holds). None otherwise."""
        declared = self.analysis.profile.promises
        services = self.analysis.service_words
        thing = self._carried_thing(verb)
        if thing is None:
            return None
        own = services.get(thing.i)
        if own is None:
            lemma = thing.lemma_.lower()
            named = [services[i] for i in sorted(services)
                     if i < thing.i and self.tokens[i].lemma_.lower() == lemma]
            own = named[-1] if named else None
        if own is None or own == "delivery" or own not in declared or \
                declared[own].within is None:
            return None
        return own

    def _carried_thing(self, verb):
        """The noun a verb of carrying takes: its object, or the noun a pronoun object
        stands for (« les livrent », "deliver them"): the last noun before the verb in its
        sentence."""
        objects = [c for c in kids(verb) if c.dep_ in ("obj", "dobj")]
        if objects and objects[0].pos_ == "NOUN":
            return objects[0]
        before = self.tokens[verb.i - 1] if verb.i else None
        pronoun = objects and objects[0].pos_ == "PRON" or before is not None and \
            before.lower_ in ("les", "le", "la", "l'", "l’")
        if not pronoun:
            return None
        start, _ = line_bounds(self.doc, verb.i)
        nouns = [t for t in self.tokens[start:verb.i] if t.pos_ == "NOUN"]
        return nouns[-1] if nouns else None

    def _qualified_thing(self, participle):
        """The noun a participle qualifies: its head in the parse (acl, amod), or the noun
        right before its comma (« une nouvelle pièce, expédiée sous 4 jours »: the small
        model may hang the participle on the main verb)."""
        if participle.dep_ in ("acl", "amod"):
            return participle.head
        if "Part" not in features.morph(participle).get("VerbForm") and \
                participle.tag_ != "VBN":
            return None
        if participle.i >= 2 and self.tokens[participle.i - 1].text == "," and \
                self.tokens[participle.i - 2].pos_ == "NOUN":
            return self.tokens[participle.i - 2]
        return None

    def _document_about(self, token: int) -> bool:
        """The service word only says what a document is about (« le rapport de
        diagnostic », "the diagnostic report", « le devis de réparation », "the repair
        quote"): the delay is the document's sending, not the service's (round 18:
        blind17's report sent "tomorrow" read against a 1 h diagnostic)."""
        if not 0 <= token < len(self.doc):
            return False
        word = self.doc[token]
        documents = _words("document_nouns", self.language)
        head = word.head
        # (the document may be the service itself, named by its terms: « attestation
        # fiscale » for `tax_statement`, whose head is a word of the same term)
        return head.i != word.i and word.dep_ in ("nmod", "compound", "amod") and (
            head.lemma_.lower() in documents or head.lower_ in documents) and \
            self.analysis.service_words.get(head.i) != self.analysis.service_words.get(token)

    def _purpose_between(self, token: int, start: int):
        """The verb of a purpose clause (« pour poser », "to rebook") the service word at
        `token` governs, standing between it and the delay at `start`, else None."""
        if not 0 <= token < start:
            return None
        for t in self.doc[token + 1:start]:
            if t.pos_ != "VERB" or not self._governed_by(t, token):
                continue
            marks = {c.lower_ for c in kids(t) if c.dep_ in ("mark", "aux")}
            if marks & {"pour", "afin", "to"} or self.tokens[t.i - 1].lower_ in ("pour", "to"):
                return t
        return None

    def _governed_by(self, word, index: int) -> bool:
        """`index` is the word itself or one of its heads, up to four steps."""
        node, steps = word, 0
        while node.head.i != node.i and steps < 4:
            node, steps = node.head, steps + 1
            if node.i == index:
                return True
        return False

    def _second_delay_of(self, promise) -> bool:
        """Another delay in the sentence is held by the same service word and stands
        nearer it, with an act named between the two: that one is the service's own,
        and this later one the time of the act it leads to ("will call you within 4 hours
        to rebook at a time that suits you, tomorrow at the earliest")."""
        start = promise.service_start if promise.service_start >= 0 else promise.service_token
        if start < 0:
            return False
        mention = promise.mention
        line_start, line_end = line_bounds(self.doc, mention.start)
        for other in self.analysis.promises:
            o = other.mention
            other_start = other.service_start if other.service_start >= 0 else \
                other.service_token
            if o is mention or o.kind != "delay" or other.service != promise.service or \
                    other_start != start or not line_start <= o.start < line_end:
                continue
            if abs(o.start - start) >= abs(mention.start - start):
                continue
            if self.tokens[o.start].sent.start != self.tokens[mention.start].sent.start:
                continue  # (se38) « Nous ouvrons une enquête dès aujourd'hui ; il faut
                # compter environ 15 jours pour en avoir le résultat »: the outcome's
                # delay in a sentence of its own is the service's, not a later act's
            between = self.doc[min(o.end, mention.start):max(o.start, mention.end)]
            if any(t.pos_ == "VERB" and t.i != promise.service_token or self._purpose_verb(t)
                   for t in between):
                return True
        return False

    def _purpose_verb(self, t) -> bool:
        """An infinitive of purpose however the small model tags it (« vous appellera
        demain pour fixer la pose, avec deux créneaux la semaine prochaine »: « fixer »
        tagged a pronoun): the word after « pour » / « afin de » with an infinitive's
        ending, in French."""
        if self.language != "fr" or t.i < 1:
            return False
        before = self.tokens[t.i - 1].lower_
        marked = before == "pour" or before == "de" and t.i > 1 and \
            self.tokens[t.i - 2].lower_ == "afin"
        return marked and t.lower_.endswith(("er", "ir", "re", "oir"))

    def _batched_steps(self) -> None:
        """A step put off to a periodic batch, longer than the commitment of the service
        the paragraph is about: « votre caution … compte tenu du traitement trimestriel
        des cautions », "Refunds of this kind are handled in our quarterly reconciliation",
        "settlements are released in our monthly payment run". The period is read from
        the words (`batch_periods`); the service is a declared one named in the
        paragraph up to the end of the period's sentence (the loosest if several). A
        question or a condition, a price ("£5 monthly") or the customer's words do not
        count; one finding a reply."""
        declared = self.analysis.profile.promises
        text = features.doc_text(self.doc)
        for entry in _table()["batch_periods"]:
            pattern = lexicons.phrase_pattern(entry[self.language])
            for m in pattern.finditer(text):
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or not self.brands(span.start):
                    continue
                frame = self.analysis.frame(self.tokens[span.start])
                if frame.act == "question" or frame.modality == "conditional":
                    continue
                around = text[max(m.start() - 12, 0):m.end() + 12]
                if re.search(r"[£$€]\s?\d|\d\s?(?:€|eur)", around):
                    continue  # « 9,90 € par mois », "£5 monthly": a price, not a batch
                if _phrases("validity_markers", self.language).search(
                        text[max(m.start() - 40, 0):m.start()]):
                    continue  # "valid until the end of the month": how long a code holds
                paragraph = text.rfind("\n\n", 0, m.start()) + 1
                _, sentence_end = line_bounds(self.doc, span.start)
                named = [(declared[service].within.hours, service)
                         for i, service in sorted(self._step_services.items())
                         if paragraph <= self.tokens[i].idx and i < sentence_end
                         and service in declared and declared[service].within is not None]
                if not named:
                    continue
                committed = max(hours for hours, _service in named)
                if entry["hours"] > committed + 1e-9:
                    # the first service of the text held to that loosest commitment
                    service = next(s for hours, s in named if hours == committed)
                    self.reply.batched_steps.append(BatchedStep(
                        span.start, span.end, service, entry["hours"], committed,
                        entry.get("kind", "batch")))
                    return

    def _ranged_steps(self) -> None:
        """A delay given as a range (« dans un délai de six à huit semaines », « prend en
        général trois à quatre semaines », "which can take four to six weeks"), which the
        promise analysis leaves out: slow when even its shorter end is longer than the
        commitment of the service it is about — one named in its paragraph up to its
        sentence's end (the loosest), else the customer's case, the first declared
        service the reply names as theirs (« Suite à votre déclaration de dommage »).
        Not in a question, a condition, or the customer's words; one finding a reply."""
        if self.reply.slow_steps or self.reply.batched_steps:
            return
        table = lexicons.load("durations")
        units = {w: h for w, h in unit_words().items() if h >= 24}
        numbers = {w.lower(): n for w, n in table["numbers"].items()}
        number = r"(\d+|[^\W\d]+)"
        unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
        pattern = re.compile(rf"\b{number}\s*(?:à|a|-|–|to|or|ou)\s*{number}\s+({unit})\b",
                             re.I)
        text = features.doc_text(self.doc)
        for m in pattern.finditer(text):
            low = m.group(1).lower()
            low_value = float(low) if low.isdigit() else numbers.get(low)
            if low_value is None or (m.group(2).lower() not in numbers
                                     and not m.group(2).isdigit()):
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not self.brands(span.start):
                continue
            frame = self.analysis.frame(self.tokens[span.start])
            if frame.act == "question" or frame.modality == "conditional" or \
                    self._told_by_another(frame) or self._recourse_condition(span.start) \
                    or self._service_described(span.start):
                continue
            if frame.holder == "third_party" and frame.act != "promise":
                continue  # "because most bodies take three to four weeks to adjust", « la
                # plupart des enfants mettent deux à trois jours à s'habituer »: the time
                # someone else takes, given as a reason, not when the brand's step comes
            hours = low_value * units[m.group(3).lower()]
            committed = self._case_commitment(span.start)
            if committed is not None and hours > committed[1] + 1e-9:
                self.reply.batched_steps.append(BatchedStep(
                    span.start, span.end, committed[0], hours, committed[1], "range"))
                return

    def _unattached_steps(self) -> None:
        """A delay the brand gives for its own next step that the promise analysis could
        not attach to a service ("realistically we should have someone new lined up in
        about three weeks", after "We'll look at switching instructor for you"): the
        step of the case the reply is about — a declared service named in its paragraph,
        else the customer's case (`_case_commitment`). Slow when even its earliest is
        longer than that commitment. The brand holds the clause (not the customer's time
        to act, « vous disposez de 30 jours »); not in a question, a condition, the past
        or the customer's words; one finding a reply."""
        if self.reply.slow_steps or self.reply.batched_steps:
            return
        attached = {p.mention.start for p in self.analysis.promises}
        for mention in self.analysis.delay_mentions:
            if mention.kind != "delay" or mention.hours is None or mention.start in attached \
                    or mention.bare or not self.brands(mention.start):
                continue  # « un mois de préavis »: a length, not when the step comes
            frame = self.analysis.frame(self.tokens[mention.start])
            told = self._wait_told(mention) or self._first_slot_at(mention)
            if not told and (frame.act in ("question", "invitation", "advice") or
                             frame.holder == "customer" or
                             frame.holder not in (*BRAND_SIDE, *THINGS) and
                             frame.act != "promise") \
                    or frame.modality == "conditional" or frame.time == "past":
                continue  # « … qui programmera une intervention »: the service's act
            if not told and frame.time != "future" and frame.act not in ("promise", "notice") \
                    and frame.modality != "hedged":
                continue  # "three late boxes in a month is on us": a count, not a step
            # (a notice of the slot the brand has set is its step and when it comes: « le
            # premier créneau est mardi, soit dans six jours », as a day-named step is)
            if self._told_by_another(frame) or self._recourse_condition(mention.start) \
                    or self._deadline_required(mention) or \
                    self._service_described(mention.start):
                continue  # "the council have told us they need about three weeks"
            # (working days read without a weekend, as for an attached promise: "within 3
            # working days" is no slower than 72 h)
            earliest = mention.floor if mention.dated or mention.floor else mention.hours
            # « sous 5 jours après votre réponse »: the reader's answer starts the count,
            # it is not the service the step is held to
            counted_from = frozenset(i for i in self.analysis.service_words
                                     if the_event_counted_from(self.analysis, mention, i))
            if frame.act == "notice" and not told:
                # a slot set is held to the brand's service, not to what the reader is
                # asked to do after it (« si ce créneau ne vous va pas, répondez à ce mail »)
                counted_from |= self._readers_acts()
            committed = self._case_commitment(mention.start, counted_from)
            if committed is not None and earliest > committed[1] + 1e-9:
                self.reply.batched_steps.append(BatchedStep(
                    mention.start, mention.end, committed[0], earliest, committed[1],
                    "range"))
                return

    def _first_slot_at(self, mention) -> bool:
        """The delay is when the first slot the brand can give comes (`first_slot`: "The
        first visit I can offer is in about two weeks", « le premier créneau disponible est
        dans dix jours »): the brand's next step, though the slot is the clause's subject.
        The phrase ends right before the delay, in its sentence."""
        sentence = self.tokens[mention.start].sent
        text = features.doc_text(self.doc)
        before = text[sentence.start_char:self.tokens[mention.start].idx]
        return any(not before[m.end():].strip(" ,:")
                   for m in _phrases("first_slot", self.language).finditer(before))

    def _readers_acts(self) -> frozenset[int]:
        """The service words that name what the reader is asked to do (« répondez à ce
        mail », "reply to this email"): their act, not a service of the brand's."""
        return frozenset(i for i in self.analysis.service_words
                         if (frame := self.analysis.frame(self.tokens[i])).holder == "customer"
                         and frame.act in ("invitation", "advice", "question"))

    def _wait_told(self, mention) -> bool:
        """The delay is the wait the reader is told to count on (« comptez environ un
        mois avant le passage de notre poseur »): the brand's step however imperative the
        clause (`wait_told`, and `step_wait_told` ("please allow up to 21 days"), in
        promises.yaml)."""
        told = lexicons.words("promises", self.language, "wait_told") | lexicons.words(
            "promises", self.language, "step_wait_told")
        said = mention.text.lower()
        return any(said.startswith(w + " ") for w in told)

    def _send_moment(self) -> tuple[re.Match, int | None, tuple[int, int] | None] | None:
        """When the reply is sent or the call takes place, if it says so (« On est lundi »,
        « votre message de ce lundi matin », « aujourd'hui, 4 juin », "It's Tuesday…",
        "Sent: Thursday 9 October"): the match, its weekday (0 = Monday) and its (month,
        day), either possibly unknown. In the customer's turn too: it is the call's day."""
        text = features.doc_text(self.doc)
        for pattern in _table()["send_moments"][self.language]:
            m = re.search(pattern[3:], text, re.I)
            if m:
                return m, self._weekday(m.group("day")), self._date(m)
        return None

    @staticmethod
    def _weekday(word: str | None) -> int | None:
        if not word:
            return None
        names = lexicons.load("weekdays")["names"]
        return next((int(n) for n, words in names.items() if word.lower() in words), None)

    @staticmethod
    def _date(m: re.Match) -> tuple[int, int] | None:
        groups = m.groupdict()
        if not (groups.get("date") and groups.get("month")):
            return None
        return _table()["months"][groups["month"].lower()], int(groups["date"])

    def _day_named_steps(self) -> None:
        """A step set on a day (« un conseiller vous rappellera vendredi », "an adviser will
        call you back on Thursday", « disponible sur votre carte le 30 juin », "early next
        week"), counted from the moment the reply says it is sent or the call takes place
        (`_send_moment`): slow when even its earliest — the whole days between the two — is
        longer than the commitment of the step's own service (`_clause_commitment`), else the
        case's (`_case_commitment`). A day the brand acts on in the future, in its
        own voice; not a question, a condition, another party's delay, the customer's time
        (« jusqu'au 14 juin »), a deadline (« d'ici vendredi », "by Thursday": it may come
        sooner) or a day gone by; with no send moment, nothing is counted."""
        if self.reply.slow_steps or self.reply.batched_steps:
            return
        moment = self._send_moment()
        if moment is None:
            return
        sent, sent_day, sent_date = moment
        text = features.doc_text(self.doc)
        not_after = {w.lower() for w in _table()["step_day_not_after"]}
        for pattern in _table()["step_days"][self.language]:
            for m in re.finditer(pattern[3:], text, re.I):
                if m.start() < sent.end() and sent.start() < m.end():
                    continue  # the send moment itself
                before = text[max(m.start() - 12, 0):m.start()].lower().split()
                if before and before[-1] in not_after:
                    continue
                days = self._days_ahead(m, sent_day, sent_date)
                if days is None or days < 2:
                    continue
                token = self._token_at(m.start())
                if token is None or not self.brands(token.i):
                    continue
                frame = self.analysis.frame(token)
                if frame.act in ("question", "invitation", "advice") or \
                        frame.holder == "customer" or frame.modality == "conditional" or \
                        frame.time == "past" or self._told_by_another(frame):
                    continue
                if frame.time != "future" and frame.act not in ("promise", "notice"):
                    continue
                earliest = (days - 1) * 24.0
                committed = self._clause_commitment(token.i) or self._case_commitment(token.i)
                if committed is not None and earliest > committed[1] + 1e-9:
                    span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    self.reply.batched_steps.append(BatchedStep(
                        span.start, span.end, committed[0], earliest, committed[1], "dated"))
                    return

    def _clause_commitment(self, index: int) -> tuple[str, float] | None:
        """The declared service the step at `index` is: its clause's verb (« un conseiller
        vous rappellera vendredi »: the callback), else the loosest named in its clause —
        the step's own service before the case's."""
        declared = self.analysis.profile.promises
        verb = self.analysis.service_words.get(self.analysis.frame(self.tokens[index]).predicate)
        if verb in declared and declared[verb].within is not None:
            return verb, declared[verb].within.hours
        start, stop = clause_bounds(self.doc, index, self.language)
        named = [(declared[s].within.hours, s) for i, s in self._step_services.items()
                 if start <= i < stop and s in declared and declared[s].within is not None]
        if not named:
            return None
        hours, service = max(named)
        return service, hours

    def _days_ahead(self, m: re.Match, sent_day: int | None,
                    sent_date: tuple[int, int] | None) -> int | None:
        """Whole days from the send moment to the step's day, or None if not countable."""
        groups = m.groupdict()
        step_date = self._date(m)
        if step_date and sent_date:
            (sm, sd), (m2, d2) = sent_date, step_date
            months = (m2 - sm) % 12
            return months * 30 + d2 - sd if months else (d2 - sd if d2 >= sd else None)
        if sent_day is None:
            return None
        if groups.get("week"):
            return 7 - sent_day  # the coming Monday at the earliest
        step_day = self._weekday(groups.get("day"))
        if step_day is None:
            return None  # a date whose distance is unknown without the send date
        # (a weekday with a date, sent on a known weekday only: the nearest such day, the
        # least it can be)
        return (step_day - sent_day) % 7 or None

    def _told_by_another(self, frame) -> bool:
        """The delay is what another party told the brand (« La CAF nous indique un délai de
        traitement de trois à quatre semaines », "the council have told us they need six
        weeks"): their time, reported honestly, not the brand's next step. A verb of telling
        with the brand as the one told (« nous », "us") and a subject that is neither the
        brand nor the customer."""
        predicate = self.tokens[frame.predicate]
        telling = _words("telling_verbs", self.language)
        lemma = predicate.lemma_.lower()
        if lemma not in telling and f"{lemma}r" not in telling:
            return False  # (the small French model leaves « indique » as its own lemma)
        # the brand told: « nous » before the verb (a clitic the small model may make its
        # subject), "us" after it
        before, after = self.tokens[max(predicate.i - 1, 0)], self.tokens[min(predicate.i + 1,
                                                                         len(self.doc) - 1)]
        told = before.lower_ == "nous" if self.language == "fr" else after.lower_ == "us"
        people = {"nous", "we", "je", "i", "on", "vous", "you"}
        subjects = [c for c in kids(predicate)
                    if c.dep_ in SUBJECT_DEPS and c.i != before.i]
        return told and bool(subjects) and not any(
            s.lower_ in people or any(c.lower_ in ("notre", "nos", "our", "votre", "vos", "your")
                                      for c in kids(s)) for s in subjects)

    def _deadline_required(self, mention) -> bool:
        """The delay bounds what someone requires (se40: "the courier asks for it within 14
        days of delivery", « le transporteur exige la photo sous 14 jours », "we need the
        form back within 30 days"): the deadline of the thing asked for, the act of the one
        asked — not a step the brand's service takes. The word the delay modifies is a
        verb of requiring (`requiring_verbs`) with a subject, said as a standing rule: not
        in the future (« nous demanderons un avoir sous 30 jours » is the brand's step)."""
        from brandlint.analysis.promises import delay_head

        head = None if mention.bare else delay_head(self.analysis, mention)
        if head is None:
            return False  # ("we require ten days to process it": the time it takes)
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("obj", "dobj") and \
                head.head.i != head.i:
            head = head.head  # « exige la photo sous 14 jours »: hung on the thing asked
        requiring = _words("requiring_verbs", self.language)
        lemma = head.lemma_.lower()
        if lemma not in requiring and f"{lemma}r" not in requiring:
            return False  # (the small French model may leave « exige » as a noun)
        if not any(c.dep_ in SUBJECT_DEPS for c in kids(head)):
            return False
        if any(c.lemma_.lower() in _PATIENCE for c in head.subtree if c.i != head.i and
               c.pos_ in ("VERB", "AUX")):
            return False  # "we ask customers to allow up to 45 days", « nous vous demandons
            # de patienter 30 jours »: the time asked for is the brand's own delay
        return "Fut" not in features.morph(head).get("Tense") and not any(
            c.lower_ in ("will", "shall", "'ll", "’ll", "va", "vont") or
            "Fut" in features.morph(c).get("Tense") for c in kids(head))

    def _service_described(self, index: int) -> bool:
        """The delay tells how the service runs, in answer to a question, not when a case's
        next step comes (se40: « Merci pour votre question. Oui, nous livrons en Belgique :
        comptez 4 à 5 jours ouvrés pour Bruxelles », "Yes, we ship to Ireland: allow 4 to 6
        days"): the reply answers a question (`answer_markers` in the brand's words before
        the delay), answers no complaint, and the delay's sentence names no thing of the
        customer's (« votre commande », "your refund": their case)."""
        if self.reply.answers_a_complaint:
            return False
        text = features.doc_text(self.doc)
        offset = self.tokens[index].idx
        if not any(m.start() < offset and self.brands(t.i)
                   for m in _phrases("answer_markers", self.language).finditer(text)
                   if (t := self._token_at(m.end() - len(m.group(0).lstrip()))) is not None):
            return False
        start, end = line_bounds(self.doc, index)
        owners = {"your", "votre", "vos", "ton", "ta", "tes", "yours"}
        return not any(t.lower_ in owners for t in self.doc[start:end])

    def _anothers_time(self, index: int) -> bool:
        """The delay is the time another party takes (« c'est la préfecture qui met jusqu'à
        huit semaines à traiter les dossiers », "the DVLA takes up to eight weeks to process
        applications"): a verb of taking time whose subject — the antecedent of « qui » /
        "that" in a cleft — is an outside body (an administration, a bank, an insurer, a
        maker: `outside_bodies`, or an acronym that is not the brand's), not « notre… ».
        Their processing time, told honestly, not the brand's next step."""
        taking = _words("taking_time_verbs", self.language)
        verb = self.tokens[index]
        while verb.head.i != verb.i and verb.lemma_.lower() not in taking:
            verb = verb.head
        if verb.lemma_.lower() not in taking:
            return False
        subjects = [c for c in kids(verb) if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return False
        subject = subjects[0]
        if subject.lower_ in ("qui", "that", "which", "who") and verb.dep_.startswith("acl"):
            subject = verb.head  # « c'est la préfecture qui met »
        if any(c.lower_ in POSSESSIVES_OWN for c in kids(subject)):
            return False
        bodies = _words("outside_bodies", self.language)
        brand = self.analysis.vocabulary.brand_name
        acronym = subject.text.isupper() and len(subject.text) >= 3 and \
            subject.lower_ not in brand
        return subject.lemma_.lower() in bodies or subject.lower_ in bodies or acronym

    def _case_commitment(self, index: int,
                         besides: frozenset = frozenset()) -> tuple[str, float] | None:
        """The service a step at `index` is held to and its commitment in hours: the
        loosest declared service named in its paragraph up to the end of its sentence,
        else the customer's case: the first declared service the reply names as theirs
        (« votre déclaration de dommage », "your refund"), not one it merely mentions
        (« vous nous écrivez »: a response)."""
        declared = self.analysis.profile.promises
        text = features.doc_text(self.doc)
        paragraph = text.rfind("\n\n", 0, self.tokens[index].idx) + 1
        _, sentence_end = line_bounds(self.doc, index)
        timed = [(i, service) for i, service in sorted(self._step_services.items())
                 if service in declared and declared[service].within is not None
                 and self.brands(i) and i not in besides]
        near = [(declared[s].within.hours, s) for i, s in timed
                if paragraph <= self.tokens[i].idx and i < sentence_end]
        if near:
            hours, service = max(near)
            return service, hours
        case = [s for i, s in timed if any(
            w.lower_ in ("votre", "vos", "your") for w in self.doc[max(i - 3, 0):i])
            or self._of_theirs(i)]
        if case:  # « Suite à votre déclaration de dommage »: the customer's case
            return case[0], declared[case[0]].within.hours
        own = [s for i, s in timed if i < index and s not in BUILTIN_SERVICES]
        if own:  # « il s'agit d'une fuite sur la voie publique »: the brand's own service
            return own[0], declared[own[0]].within.hours
        return None

    def _of_theirs(self, index: int) -> bool:
        """The service's noun governs a thing of the reader's (se43: « la réparation de
        votre trottinette », "the repair on your machine", "the refund for your order"):
        their case named by what it is about."""
        after = [w.lower_ for w in self.doc[index + 1:min(index + 3, len(self.doc))]]
        return len(after) == 2 and after[0] in ("de", "du", "des", "of", "on", "for") and \
            after[1] in ("votre", "vos", "your")

    @functools.cached_property
    def _step_services(self) -> dict[int, str]:
        """The services the reply's words name, as `service_words`, with the brand's
        tradespeople (`repair_trades`: "engineer", « technicien », "contractor") read as
        the repair service when the profile commits to one: the coming of the one who
        fixes is the repair's step (se57: "I'm booking an engineer to check the line. The
        first visit I can offer is in about two weeks", "our engineer will be out to fit
        it within the next week or so")."""
        services = dict(self.analysis.service_words)
        committed = self.analysis.profile.promises.get("repair")
        if committed is None or committed.within is None:
            return services
        trades = _words("repair_trades", self.language)
        for t in self.doc:
            if t.i not in services and t.pos_ in ("NOUN", "PROPN") and (
                    t.lower_ in trades or t.lemma_.lower() in trades):
                services[t.i] = "repair"
        return services

    def _about_named_service(self, promise):
        """A delay on an act the profile does not name (« nous vous communiquerons son nom
        d'ici une dizaine de jours ») in a line about a declared service (« nous recherchons
        une remplaçante ») is that service's next step: judged against the loosest of the
        services the line has named before it. Otherwise the promise as it was."""
        declared = self.analysis.profile.promises
        text = features.doc_text(self.doc)
        # the paragraph's line of text, across its sentences (« … une remplaçante. Compte
        # tenu …, nous vous communiquerons son nom d'ici une dizaine de jours »)
        paragraph = text.rfind("\n", 0, self.tokens[promise.mention.start].idx) + 1
        # (a service named only to be refused — "we aren't able to reimburse cash", « nous
        # ne pouvons pas rembourser » — is not what the next step serves: "the damaged lock
        # will be replaced within 7 days" is another act)
        # (the brand's tradesperson is the repair's: « notre technicien passera d'ici six
        # semaines », `_step_services`)
        services = self._step_services
        named = [(declared[service].within.hours, i)
                 for i, service in services.items()
                 if self.tokens[i].idx >= paragraph and i < promise.mention.start
                 and service in declared and declared[service].within is not None
                 and self.analysis.frame(self.tokens[i]).polarity != "negated"]
        if not named:
            token = self._taken_up_service(promise)
            if token is None:
                return promise
            named = [(0.0, token)]
        _, token = max(named)
        return dataclasses.replace(promise, service=services[token],
                                   service_token=token, service_start=-1, declared=True)

    def _taken_up_service(self, promise) -> int | None:
        """The step's verb takes up, by an object pronoun, the service the reply named
        before it (« votre certificat aurait dû vous être envoyé… / Je le fais générer
        aujourd'hui, vous le recevrez d'ici 10 jours », "your certificate… you'll get it
        within 10 days"): the service word nearest before the pronoun, of a service the
        profile commits to, in the brand's words and not refused. None otherwise."""
        from brandlint.analysis.promises import delay_head

        # the verb the delay hangs on, or the step's own verb of service (« recevrez »)
        verbs = [delay_head(self.analysis, promise.mention)]
        if 0 <= promise.service_token < len(self.doc):
            verbs.append(self.tokens[promise.service_token])
        pronouns = {"le", "la", "les", "l'", "l’", "it", "them"}
        taken = [c for verb in verbs if verb is not None and verb.pos_ in ("VERB", "AUX")
                 for c in kids(verb) if c.lower_ in pronouns and (
                     c.dep_ in ("obj", "dobj") or c.i == verb.i - 1)]
        # (the small French model tags the clitic « le » right before its verb a
        # determiner: its place says it is the object)
        if not taken:
            return None
        declared = self.analysis.profile.promises
        before = [i for i, service in self.analysis.service_words.items()
                  if i < taken[0].i and service in declared
                  and declared[service].within is not None and self.brands(i)
                  and self.analysis.frame(self.tokens[i]).polarity != "negated"]
        return max(before) if before else None

    def _loosest_commitment(self, promise) -> float:
        """The delay may belong to any declared service the reply has named up to its line
        (« Je vous envoie les pièces manquantes : vous les recevrez sous 10 jours » is the
        missing-piece service, not delivery; "the repair is on us. … Our workshop will
        have it back within 4 weeks"): it is slow only if slower than all of them."""
        declared = self.analysis.profile.promises
        hours = [declared[promise.service].within.hours]
        start, stop = clause_bounds(self.doc, promise.mention.start, self.language)
        line_start, end = line_bounds(self.doc, promise.mention.start)
        if promise.service in _table()["carrier_services"]:
            # « l'enquête est lancée et vous recevez notre réponse sous 5 jours »: the answer
            # is the outcome of the service its sentence names (round 14); « je lance
            # l'échange, avec une livraison sous 10 jours »: the delivery carries the
            # exchange (se39)
            # (not "the engineer's notes": a possessor names who made a thing, not a
            # process whose outcome the answer would be)
            named = [declared[s].within.hours for i, s in self.analysis.service_words.items()
                     if line_start <= i < end and s != promise.service and s in declared
                     and declared[s].within and not self._answer_brings(i, promise)
                     and not self._request_answered(i)
                     and self.tokens[i].dep_ != "poss"]
            if named:
                return max(hours + named)
        if start <= promise.service_token < stop:
            # "someone will give you a call back within five working days": the service
            # and its delay in one clause — that service's commitment, not the loosest
            return hours[0]
        for i, service in self.analysis.service_words.items():
            if i < end and service in declared and declared[service].within and \
                    not self._purpose_after(i, promise):
                hours.append(declared[service].within.hours)
        return max(hours)

    def _purpose_after(self, index: int, promise) -> bool:
        """The service word at `index` stands in a purpose clause the step's own service
        word governs after the delay ("will call you back within 3 hours to arrange a
        replacement", « vous rappelle sous 2 h pour organiser le remplacement »): it is
        what the step leads to, not a service the delay could belong to."""
        token = promise.service_token
        if token < 0 or index < promise.mention.end:
            return False
        for t in self.doc[promise.mention.end:index + 1]:
            if t.pos_ != "VERB" or not self._governed_by(t, token) or \
                    not (t.i == index or self._governed_by(self.tokens[index], t.i)):
                continue
            marks = {c.lower_ for c in kids(t) if c.dep_ in ("mark", "aux")}
            if marks & {"pour", "afin", "to"} or self.tokens[t.i - 1].lower_ in ("pour", "to"):
                return True
        return False

    def _answer_brings(self, index: int, promise) -> bool:
        """The service word after the answer's delay is what the answer brings ("we'll get
        back to you within 48 hours with a replacement or a refund", « nous revenons vers
        vous sous 48 h avec une solution de remboursement »): the answer's content, not the
        process whose outcome it is."""
        if index < promise.mention.end:
            return False
        token = self.tokens[index]
        # "…with options, including a full refund", « …avec deux solutions, dont un
        # remboursement »: the list of what it brings (se49)
        including = _words("inclusion_words", self.language)
        for node in [token, *list(token.ancestors)[:3]]:
            if node.i < promise.mention.end:
                return False
            # "with" governs the noun in English, « avec » hangs on it as its case in French
            if node.lower_ in ("with", "avec") or node.lower_ in including or any(
                    c.dep_ == "case" and c.lower_ == "avec" or c.lower_ in including
                    and c.i < node.i for c in kids(node)):
                return True
        return False

    def _request_answered(self, index: int) -> bool:
        """The service word names what the customer asked for — the noun of their request
        it qualifies ("will look into your refund request and get back to you within 5
        days", « nous étudions votre demande de remboursement et vous répondons sous 5
        jours »): the answer decides the request, it does not carry the service's outcome,
        so its delay is the answer's (se49)."""
        token = self.tokens[index]
        requests = _words("answered_requests", self.language)
        head = token.head
        return head.i != token.i and token.dep_ in ("compound", "nmod", "amod") and (
            head.lemma_.lower() in requests or head.lower_ in requests)

    def _recourse_condition(self, index: int) -> bool:
        """The delay is the condition of the customer's recourse (« en l'absence de réponse
        sous deux mois, vous pouvez saisir le Médiateur », "if you haven't heard from us
        within eight weeks"): a right and when it opens, not the brand's next step."""
        start, _ = line_bounds(self.doc, index)
        before = features.span_text(self.doc, max(start, index - 8), index)
        return bool(_phrases("recourse_conditions", self.language).search(before))

    def _allowance(self, promise) -> bool:
        """« Vous disposez de 60 jours », "you have 30 days to…": time the customer is
        given, not a step of the brand's."""
        frame = self.analysis.frame(self.tokens[promise.mention.start])
        predicate = self.tokens[frame.predicate]
        if frame.holder == "customer" and predicate.lemma_.lower() in _words(
                "allowance_verbs", self.language):
            return True
        return self._returned_to_us(frame)

    def _readers_window(self, promise) -> bool:
        """The delay bounds the reader's own act in the condition of an offer (« si vous
        faites réparer votre ordinateur chez nous dans les 30 jours, ces 25 € sont
        déduits », "if you book the repair with us within 30 days, the fee is waived"):
        the time they are given, not the brand's next step. Only the reader as the active
        subject of the condition (« si vous … »), not what they undergo or receive (« si
        vous n'êtes pas remboursé sous 14 jours »)."""
        frame = self.analysis.frame(self.tokens[promise.mention.start])
        if frame.holder != "customer" or frame.modality != "conditional":
            return False
        predicate = self.tokens[frame.predicate]
        receiving = _words("receiving_verbs", self.language)
        if _passive(predicate) or predicate.lemma_.lower() in receiving or \
                self.analysis.is_negated(predicate):
            return False
        readers = ("vous", "tu", "you")
        return any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’", "if") for c in
                   kids(predicate)) and any(c.dep_ in SUBJECT_DEPS and c.lower_ in readers
                                            for c in kids(predicate))

    def _eligibility_rule(self, promise) -> bool:
        """The delay bounds what the house's rule allows, said of things in general (se43:
        "We can refund accessories within 30 days when they're unused", "Refunds are
        possible within 14 days of payment", « le remboursement est possible sous 14 jours
        pour un accessoire non utilisé »): the window in which a case qualifies, told to
        explain whether this one does — not when its step comes. A possibility (a modal,
        « possible »: `eligibility_modals`) on a kind of thing: a bare plural, or a thing
        with a determiner of any one (`eligibility_determiners`: "any", « tout »; « un » after
        « pour »/"for"); nothing of the reader's named in the clause ("We can refund your
        mount within 30 days" is their step)."""
        frame = self.analysis.frame(self.tokens[promise.mention.start])
        if frame.act == "question" or frame.time in ("past", "future"):
            return False
        clause = [t for t in self.doc[frame.start:frame.end]
                  if not promise.mention.start <= t.i < promise.mention.end]
        if any(t.lower_ in ("your", "yours", "votre", "vos", "ton", "ta", "tes") or
               t.lower_ in ("you", "vous", "it", "le", "la", "l'", "l’", "les")
               and t.pos_ == "PRON" for t in clause):
            return False  # the reader's thing, or the thing of their case taken up
        predicate = self.tokens[frame.predicate]
        modals = _words("eligibility_modals", self.language)
        near = [predicate, *kids(predicate), predicate.head]
        allowed = [w for w in near if w.lemma_.lower() in modals or w.lower_ in modals]
        # the brand able to do it ("we can refund"), or the act said possible; not a thing
        # that may take long ("refunds can take up to 30 days": a slow step hedged)
        if not allowed or not (frame.holder == "brand" or any(
                w.pos_ == "ADJ" or w.tag_ == "VBN" for w in allowed)):
            return False
        determiners = _words("eligibility_determiners", self.language)
        for t in clause:
            if t.pos_ != "NOUN" or t.lower_ in unit_words():
                continue
            dets = [c for c in kids(t) if c.dep_ in ("det", "poss", "nmod:poss")]
            if not dets and "Plur" in features.morph(t).get("Number"):
                return True  # "accessories", « les accessoires » aside (« les » is a case's)
            for d in dets:
                if d.lower_ in determiners and (d.lower_ not in ("a", "an", "un", "une") or
                                                any(w.lower_ in ("pour", "for")
                                                    for w in (t.head, *kids(t)))):
                    return True
        return False

    def _returned_to_us(self, frame) -> bool:
        """A thing to be sent back to the brand by a time (« la box doit nous être
        retournée dans les 30 jours », "the router must be returned to us within 30
        days"): the customer's deadline, told as a rule — the recipient is the brand."""
        text = features.span_text(self.doc, frame.start, frame.end)
        return bool(_phrases("returned_to_us", self.language).search(text))


@functools.cache
def _greeting_pattern(language: str, opening_a_line: bool) -> re.Pattern:
    """A greeting or a letter's sign-off (« Bonjour Léa, », "Kind regards,"), opening a
    line or anywhere."""
    words = sorted(lexicons.words("frame", "acts", "greeting", language, lower=True), key=len,
                   reverse=True)
    where = r"(?m)^[ \t>*_-]*" if opening_a_line else r"\b"
    return re.compile(where + "(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@functools.cache
def _opener_pattern(language: str) -> re.Pattern:
    """An answer to what someone said, opening the message (« Effectivement, », "Noted –")."""
    words = sorted(_words("answer_openers", language), key=len, reverse=True)
    return re.compile(r"\A\s*(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?=[\s,.!:;–—-])", re.I)


_HANDLE_LINE = re.compile(r"(?m)^[ \t]*@\w")
# A letter's salutation on its own line (« Madame, », « Madame Rigal, », « Madame,
# Monsieur, »), a dialogue's turn ("Receptionist: I'm really sorry…", « Conseiller : … »).
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:madame|monsieur|mesdames|messieurs|mademoiselle)\b"
                         r"[^\n]{0,40},[ \t]*$", re.I)
# A person named with their title ("Mr Dalton", « Mme Rigal »): someone spoken to or of.
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|M\.|Mme|Mlle|Me)\.?[ \t]+"
                          r"[A-ZÀ-Ý][a-zà-ÿ’'-]+")
_LABELLED_TURN = re.compile(r"(?m)^[ \t]*\[?(?P<label>[^\W\d][\w’' -]{1,30}?)[ \t]?:[ \t]+"
                            r"(?=(?:\S+[ \t]+){3}\S)")
_END_MARKS = ".!?…;:,"


def speaks_to_someone(analysis, reply=None) -> bool:
    """The draft is written back to a person: a greeting or a sign-off on a line of its own
    or in its first line (« Roulmarin, Maëlle, bonjour »), a handle opening a line, a
    reference to their message or order, a script's customer turns, the customer's account
    told back, or an answer to what they said opening it (« Effectivement », "Noted, Kerry",
    "Thanks for flagging this"). `reply`: the reading under way, when the reply reader
    asks."""
    text = analysis.text
    if analysis.is_personal_reply or analysis.customer_turns or _HANDLE_LINE.search(text):
        return True
    reply = reply if reply is not None else analysis.reply
    if reply.complaint_markers or reply.reported_problems:
        return True
    speakers = {m.group("label").lower() for m in _LABELLED_TURN.finditer(text)}
    if _SALUTATION.search(text) or _TITLED_NAME.search(text) or len(speakers) >= 2:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if _greeting_pattern(analysis.language, True).search(text) or \
            lines and _greeting_pattern(analysis.language, False).search(lines[0]):
        return True
    # an answer opening the message, or its body under a subject line
    return any(_opener_pattern(analysis.language).search(line) for line in lines[:2])


def system_message(analysis) -> bool:
    """A message of the brand's system that answers nobody: a screen's strings, an
    automatic notification, or a titled notice («Votre paiement a échoué », "Your Liberapay
    profile is incomplete" over its body) with no sign of a person written back to. What
    it reports (a failed payment, a missing field) is a state, not a complaint answered: it
    owes no apology and no next step, and its reasons (« l'IBAN fourni… ») blame nobody."""
    if speaks_to_someone(analysis):
        return False
    # a help page that explains or shows how (« Comment comprendre mon tableau de bord ? »,
    # "Which browsers are supported?"), written to no one: its advice and its examples of
    # problems answer no complaint (real check 34)
    if analysis.function.kind in ("interface", "notification", "instructions", "explanation"):
        return True
    lines = [line.strip() for line in analysis.text.splitlines() if line.strip()]
    return len(lines) >= 2 and len(lines[0].split()) <= 10 and lines[0][-1] not in _END_MARKS
