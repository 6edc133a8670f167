"""What a message does: the job a draft does for its reader.

A careful brand manager does not ask a how-to page to be joyful nor a thank-you for praise
to reassure: they judge the tone against what the message does as well as against its
channel, and ask none of them to be cold to the reader. The job is read from the frame's
speech acts and from the draft's structure (its words in `lexicons/function.yaml`):

- *praise_reply*: a reply that answers no complaint and says back the customer's good
  experience ("Glad you're enjoying the legroom!", "Way to go!");
- *banter*: a short reply on a service channel that answers no complaint and names no case
  (no service, nothing the customer reports, no detail asked): the brand plays along with a
  customer who wrote in to chat, tease or cheer, taking up what they said ("And you're
  right – there's always next year", « Tu as raison, on en reprendrait bien une part ! »)
  — there is no case for the service tones to serve;
- *apology*: the brand apologises in its own voice for a fault or a delay ("We're sorry
  for the delay");
- *instructions*: a how-to section — its heading promises to show the way (« Voici
  comment », "Here's how");
- *explanation*: its title asks how a thing works or what it is ("How Our Rate Limits
  Work", « Comment fonctionne… »), or it is a reference text that tells how a value is
  computed or what a classification's classes hold (a score's formula, a group's
  definition), so its tones are its subject's;
- *notification*: a transactional template — a field's bare label on a line of its own
  (« Fichier : », "Problem:"), its value filled in when it is sent;
- *legal_notice*: a legal text — a disclaimer, a copyright notice, terms of use — titled so
  or written in its formulas ("All Rights Reserved", "to the extent permitted by law",
  « Tous droits réservés »): its register is the law's, not the brand's voice to judge;
- *interface*: a screen's strings — its buttons (« Enregistrer », "Save changes",
  "Remove"), its fields' labels and the short status lines between them: the interface's
  standard wording, whose passives tell what happened to the reader's things;
- *release_notes*: a product's changelog — what was fixed and what is new (« ce bouton a
  été réparé », « vous pouvez désormais… », "the button is no longer displayed", "we've
  added…"): the problems it names are the ones fixed, its passives tell what changed in
  the product, and the features it announces are news, not a promise to a reader;
- *programme*: a roadmap or a manifesto in the brand's own "we must" (« nous devons »,
  "we need to"), addressed to no reader: the duties it states are the brand's own, and its
  passives tell what is to be done (« des activités pouvant être réalisées »), no rule
  imposed on anyone;
- *work_plan*: a plan's item — the work to be done and the people given to it for a time
  ("Resources: 1 backend developer for 3 months"): its goals ("easy and quick to deploy
  without any risk") are what the work is to achieve, not a tone taken with a reader;
- *appeal*: a call to take part in the brand's own work or to fund it — contribute,
  translate, document, report a problem, « faites un don », « nous soutenir » — whose job
  is to invite people in and tell what their part pays for (collaboration, storytelling),
  whatever the channel's campaign tone; a loyalty club or a newsletter to join is no appeal.

Read once per document, lazily (`DocAnalysis.function`). The tone reading adds the tones
that fit the job to the channel's targets (`ToneReading.purposes`) and does not read the
passives of an explanation, a how-to or a notification (what happens to things) nor a
template's fields as coldness.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from brandlint.analysis import features, lexicons
from brandlint.analysis.frame import words as frame_words

KINDS = ("praise_reply", "banter", "apology", "instructions", "explanation", "notification",
         "legal_notice", "interface", "programme", "release_notes", "appeal", "work_plan")


@dataclass(frozen=True)
class MessageFunction:
    kind: str | None  # one of KINDS, or None: the draft's job is its channel's
    start: int = 0  # character span of the cue that showed it
    end: int = 0

    @property
    def tones(self) -> tuple[str, ...]:
        """The tones that fit the job (none for a draft with no job of its own)."""
        if self.kind is None:
            return ()
        return tuple(_table()["functions"][self.kind]["tones"])

    @property
    def describes(self) -> bool:
        """An explanation, a how-to, a notification or a screen's strings: its passives
        tell what happens to things, and its fields and buttons are no clipped reply."""
        return self.kind in ("instructions", "explanation", "notification", "interface",
                             "programme", "release_notes", "work_plan")

    @property
    def reads_tone(self) -> bool:
        """Whether the draft's tone is the brand's to judge: a legal notice's register is
        the law's (a disclaimer is formal, its headings in capitals by convention)."""
        return self.kind != "legal_notice"

    def to_json(self) -> str | None:
        return self.kind


NONE = MessageFunction(None)


@functools.cache
def _table() -> dict:
    return lexicons.load("function")


_pattern = functools.partial(lexicons.pattern, "function")  # (key, language)


# a field's bare label on a line of its own: « Fichier : », "Problem:", "Date :"
_FIELD = re.compile(r"^[ \t]*[^\W\d][\w’' -]{0,30}?[ \t]?:[ \t]*$", re.M)


def read_function(analysis) -> MessageFunction:
    """The job the draft does (`MessageFunction`), NONE when it has none of its own."""
    for read in (_legal_notice, _praise_reply, _apology, _banter, _interface, _notification,
                 _explanation, _instructions, _programme, _release_notes, _work_plan,
                 _appeal):
        found = read(analysis)
        if found is not None:
            return found
    return NONE


def _brand_words(analysis, start: int) -> bool:
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and not analysis.is_quoted(span[0])


def _reply_like(analysis) -> bool:
    return analysis.channel.service or analysis.is_personal_reply


def _praise_reply(analysis) -> MessageFunction | None:
    """A reply to a pleased customer: the brand says back their good experience ("Glad
    you're enjoying the legroom!", « Ravis que le gâteau vous ait plu ») and answers no
    complaint (no problem admitted, no apology, nothing the customer reports)."""
    if not _reply_like(analysis):
        return None
    for m in _pattern("praise", analysis.language).finditer(analysis.text):
        if _brand_words(analysis, m.start()):
            if analysis.reply.answers_a_complaint:
                return None
            return MessageFunction("praise_reply", m.start(), m.end())
    return None


def _banter(analysis) -> MessageFunction | None:
    """A reply that chats rather than serves: on a service channel, short (`banter.max_words`
    words at most), answering no complaint and naming no case — no service of the brand
    (delivery, refund, account…), no problem, no apology — and taking up what the customer
    said (`banter_cues`: "you're right", "we hear you", « tu as raison », a retort's "…
    though!"). The customer wrote in to joke, cheer or chat, and the brand plays along; joy
    broadcast at no one in particular is no banter, and a promotion pushed into a banter
    is still a miss (deal is not among the tones that fit)."""
    if not analysis.channel.service or analysis.reply.answers_a_complaint:
        return None
    if analysis.word_count > _table()["banter"]["max_words"]:
        return None
    if names_a_case(analysis):
        return None
    for m in _pattern("banter_cues", analysis.language).finditer(analysis.text):
        if _brand_words(analysis, m.start()):
            return MessageFunction("banter", m.start(), m.end())
    return None


def names_a_case(analysis) -> bool:
    """The reply names a case: a service of the brand in its own words (delivery,
    refund…) or a thing a case is about (`case_words`: an order, a booking, a refund, a
    claim, a problem), were it only the subject of the customer's message ("Thanks for
    your note about the refund", « merci pour votre message au sujet du remboursement »).
    A reply that names one has a case to serve, however little it says of it."""
    if any(_brand_words(analysis, analysis.doc[i].idx) and not _readers_message(
            analysis.doc[i]) for i in analysis.service_words):
        return True
    return bool(_pattern("case_words", analysis.language).search(analysis.text))


def _readers_message(token) -> bool:
    """A service word as a noun the reader owns ("thanks for your fantastic post", "your
    reply", « votre réponse »): what the reader wrote, not the brand's service — a case is
    still named by its own words (`case_words`: your order, your refund)."""
    return token.pos_ == "NOUN" and features.said_as_readers(token)


def _apology(analysis) -> MessageFunction | None:
    """The brand apologises in its own voice (the frame's act, not a shifted apology: "sorry
    you feel that way" is deflection)."""
    words = frame_words("acts", "apology", analysis.language)
    for t in analysis.doc:
        if not (t.lower_ in words or t.lemma_.lower() in words) or analysis.is_quoted(t):
            continue  # (the frame is read only where an apology's word is)
        frame = analysis.frame(t)
        if frame.act == "apology" and frame.cue == t.i and frame.brand_voice and \
                not _denied(analysis.doc, t.i):
            return MessageFunction("apology", t.idx, t.idx + len(t.text))
    return None


def _denied(doc, index: int) -> bool:
    before = {t.lower_ for t in features.tokens(doc)[max(index - 3, 0):index]}
    return bool(before & {"not", "n't", "pas", "never", "jamais"})


def _notification(analysis) -> MessageFunction | None:
    """A template of the reader's account or things: a field's bare label on a line of its
    own, its value left for the sending (« Fichier : », "Problem:"), and no reply to
    anyone."""
    if analysis.is_personal_reply:
        return None
    text = analysis.text
    for m in _FIELD.finditer(text):
        label = m.group().strip()[:-1].strip()
        if 0 < len(label.split()) <= 4 and text[m.end():].strip():
            return MessageFunction("notification", m.start(), m.end())
    return None


# an e-mail's subject line (« Objet : … », "Subject: …"): a message's, not a page's heading
_SUBJECT_LINE = re.compile(r"^[^\W\d][\w ]{0,20}?\s?:")


def heading(text: str) -> tuple[int, str] | None:
    """The draft's title line: its first line, a page's heading — short, with no closing
    punctuation but a question mark, no e-mail subject's label, and text below it — or
    None (also read by tone.py: whether a page opens on a heading)."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    line = first.strip().lstrip("#").strip()
    # (a FAQ's question may run longer: « Quelle est la durée de vie des certificats ? Pour
    # combien de temps sont-ils valides ? »)
    longest = 20 if line.endswith("?") else 12
    if not line or not rest.strip() or len(line.split()) > longest or line[-1] in ".!;,…:" or \
            _SUBJECT_LINE.match(line):
        return None
    return len(text) - len(stripped) + first.find(line), line


def case_words(language: str) -> re.Pattern:
    """The words that name a case of the reader's with the brand (`case_words`: an order,
    a request, a refund, a file…)."""
    return _pattern("case_words", language)


def _explanation(analysis) -> MessageFunction | None:
    """A page whose title asks how a thing works or what it is ("How Our Rate Limits
    Work", « Comment fonctionne la validation ? »), or a reference text. Not a reply."""
    return _titled(analysis, "explains", "explanation") or _reference(analysis)


# a text's chunks for counting where words fall: its sentences and lines, cut on the text
_CHUNK = re.compile(r"[^.!?\n]+")


def _reference(analysis) -> MessageFunction | None:
    """A reference text: it tells how a value is computed or what a classification's
    classes hold — a score's formula and its thresholds, a group's definition that names
    the other groups (« Les seuils sont modifiés pour le calcul… », "derived from Group 1
    foods") — in the words of a method (`method_words`) said `reference.min_hits` times in
    two of its sentences at least. It explains; it notifies no one of anything. Not a reply
    (« Votre remboursement est calculé selon le barème » answers a case)."""
    if _reply_like(analysis):
        return None
    spec = _table()["reference"]
    words = _pattern("method_words", analysis.language)
    hits = [(chunk.start() + m.start(), chunk.start() + m.end())
            for chunk in _CHUNK.finditer(analysis.text)
            for m in words.finditer(chunk.group())]
    chunks = {c.start() for c in _CHUNK.finditer(analysis.text)
              if words.search(c.group())}
    if len(hits) < spec["min_hits"] or len(chunks) < 2:
        return None
    start, end = hits[0]
    return MessageFunction("explanation", start, end)


def _instructions(analysis) -> MessageFunction | None:
    """A how-to section: the page's heading promises to show the way (« Voici comment »,
    "Here's how", "How to renew a certificate"). Not a reply (a reply's steps are its
    solution, read as such), nor a post or an e-mail that opens on "How to…:" (it chose its
    content: the channel's tone holds)."""
    return _titled(analysis, "how_to", "instructions")


def _titled(analysis, key: str, name: str) -> MessageFunction | None:
    """The function `name` when the page (not a reply) has a title that the lexicon's
    `key` phrases find, located at those words. On a service channel, a titled page that
    is written back to no one (no greeting, no reference to the reader's message: the
    reply reading's `speaks_to_someone`) is a help article, not a reply."""
    if _reply_like(analysis) and not _help_article(analysis):
        return None
    title = heading(analysis.text)
    if title is None:
        return None
    at, line = title
    m = _pattern(key, analysis.language).search(line)
    if m is None:
        return None
    return MessageFunction(name, at + m.start(), at + m.end())


def _help_article(analysis) -> bool:
    """A page of a service channel's help centre (« Comment clore une démarche ? » over its
    body): not a personal reply, and written back to no one."""
    from brandlint.analysis.reply import speaks_to_someone

    return not analysis.is_personal_reply and not speaks_to_someone(analysis)


def _legal_notice(analysis) -> MessageFunction | None:
    """A legal text, not a reply: its title names one ("Terms and Disclaimers", « Mentions
    légales »), or the law's formulas (`legal_formulas`: "All Rights Reserved", "provided
    as is", "to the extent permitted by law", « ne saurait être tenu responsable ») run
    through it — in two of its sentences at least, holding half its words. A page of brand copy
    with a copyright line at its foot is no legal notice, nor an office's reply "pursuant
    to our terms" (that is coldness, read as such)."""
    if _reply_like(analysis):
        return None
    title = heading(analysis.text)
    if title is not None:
        m = _pattern("legal_titles", analysis.language).search(title[1])
        if m is not None:
            return MessageFunction("legal_notice", title[0] + m.start(), title[0] + m.end())
    formulas = _pattern("legal_formulas", analysis.language)
    sentences = [s for s in analysis.sentences if any(t.is_alpha for t in s)]
    legal = [s for s in sentences if formulas.search(s.text)]
    words = sum(1 for s in sentences for t in s if t.is_alpha)
    if len(legal) >= 2 and 2 * sum(1 for s in legal for t in s if t.is_alpha) >= words:
        m = formulas.search(legal[0].text)
        start = legal[0].start_char + m.start()
        return MessageFunction("legal_notice", start, legal[0].start_char + m.end())
    return None


def _interface(analysis) -> MessageFunction | None:
    """A screen's strings, not a letter: lines of a few words with no closing punctuation
    (buttons, fields' labels, a table's columns) make a third of its lines at least, and
    one of them is an action of the screen (`interface.actions`: « Enregistrer »,
    « Réessayer », "Save changes", "Remove") or a field's label with its mark (« Détails
    (optionnel) », "Email (private)"). A post's short lines sell or greet; they press no
    button. Or a short note of a field or a dialog (`interface_notes`): the input's format,
    the warning that an action cannot be undone."""
    if analysis.is_personal_reply:
        return None
    spec = _table()["interface"]
    if analysis.word_count <= spec["note_words"]:
        # a field's or a dialog's note: the input's format (« Format : JJ/MM/AAAA »,
        # "Format: NAME=value") or the warning that the reader's action cannot be undone
        # (« Cette action est définitive », "This action cannot be undone")
        m = _pattern("interface_notes", analysis.language).search(analysis.text)
        if m:
            return MessageFunction("interface", m.start(), m.end())
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", analysis.text)
             if m.group().strip()]
    if len(lines) < spec["min_lines"]:
        return None
    labels = [(at, line) for at, line in lines
              if len(line.split()) <= spec["label_words"] and line[-1] not in ".!?;…"]
    if 3 * len(labels) < len(lines):
        return None
    actions = _pattern("interface_lines", analysis.language)
    for at, line in labels:
        if actions.fullmatch(line.strip(" →←:")):
            return MessageFunction("interface", at, at + len(line))
    return None


def _programme(analysis) -> MessageFunction | None:
    """A roadmap or a manifesto: the brand states its own duties (`own_duties`: « nous
    devons », « il est important que nous », "we must", "we need to") in its own words, and
    addresses no reader (no « vous », "you"). What must be done there is the brand's to do.
    Not a reply, nor a page that also tells the reader what they must do."""
    if _reply_like(analysis):
        return None
    if _pattern("addressed", analysis.language).search(analysis.text):
        return None
    for m in _pattern("own_duties", analysis.language).finditer(analysis.text):
        if _brand_words(analysis, m.start()):
            return MessageFunction("programme", m.start(), m.end())
    return None


def _release_notes(analysis) -> MessageFunction | None:
    """A changelog: the page tells what changed in the product (`release_changes`: « a été
    réparé », « désormais », « nous avons ajouté », "has been simplified", "no longer",
    "we've added") `release_notes.min_hits` times at least, in the brand's own words, about
    a part of the product (`product_parts`: a button, a page, a feature, a bug). Not a
    reply (a change told to one customer answers their case), nor a page that names no
    part of the product (« nos horaires ont été modifiés »: a notice)."""
    if _reply_like(analysis):
        return None
    found = [m for m in _pattern("release_changes", analysis.language).finditer(analysis.text)
             if _brand_words(analysis, m.start())]
    if len(found) < _table()["release_notes"]["min_hits"]:
        return None
    if not _pattern("product_parts", analysis.language).search(analysis.text):
        return None
    return MessageFunction("release_notes", found[0].start(), found[0].end())


def _work_plan(analysis) -> MessageFunction | None:
    """A plan's item: the work to be done and the people given to it for a time
    (`planned_work`: "1 backend developer for 3 months", « 2 développeurs pendant 6 mois »),
    in the brand's own words. Not a reply."""
    if _reply_like(analysis):
        return None
    for m in _pattern("planned_work", analysis.language).finditer(analysis.text):
        if _brand_words(analysis, m.start()):
            return MessageFunction("work_plan", m.start(), m.end())
    return None


def _appeal(analysis) -> MessageFunction | None:
    """A call to take part in the brand's own work or to fund it (`appeal_calls`:
    "contribute", "help translate", "join our development efforts", "donate", « faites un
    don », « nous soutenir », « aider à traduire »), in the brand's own words, in its title
    or its opening sentence: the draft's job, not one section of a product page that also
    asks for help. Not a reply (a service reply that asks for details is no invitation to
    co-create)."""
    if _reply_like(analysis):
        return None
    opening = _opening_end(analysis)
    for m in _pattern("appeal_calls", analysis.language).finditer(analysis.text[:opening]):
        if _brand_words(analysis, m.start()):
            return MessageFunction("appeal", m.start(), m.end())
    return None


def _opening_end(analysis) -> int:
    """Where the draft's opening ends: its title line (`heading`) and its first sentence
    of words after it, up to the end of its line (a heading over a section is no opening
    sentence: « Notre navigateur\n\nRejoignez… » opens on the product)."""
    text = analysis.text
    title = heading(text)
    after = title[0] + len(title[1]) if title is not None else 0
    for sentence in analysis.sentences:
        words = [t for t in sentence if t.is_alpha and t.idx >= after]
        if words:
            line_end = text.find("\n", words[0].idx)
            return sentence.end_char if line_end < 0 else min(sentence.end_char, line_end)
    return len(text)


def sets_rules(analysis) -> bool:
    """A page of rules: it says what is allowed and what is not (`permissions` and
    `prohibitions` both said in the brand's own words: "Thanking patrons is allowed, but
    rewarding them is forbidden", « Remercier est autorisé, mais récompenser est
    interdit »), or one of its heading lines names its rules (`rules_titles`: "Responsible
    Disclosure Guidelines", "Code of Conduct", « Charte d'utilisation », « Règlement du
    concours »). Stating a rule plainly is such a page's job: its prohibitions and its
    musts are not an office's coldness, and its formal request ("kindly requests that you
    comply with the following guidelines") is the genre's. Not a reply: a rule quoted to
    one customer is the office answering them (« Il est interdit de… »)."""
    if _reply_like(analysis):
        return False
    language, text = analysis.language, analysis.text
    titles = _pattern("rules_titles", language)
    lines = text.split("\n")
    for i, raw in enumerate(lines):
        line = raw.strip()
        if line and len(line.split()) <= 8 and line[-1] not in ".!;,…" and \
                any(rest.strip() for rest in lines[i + 1:]) and titles.search(line):
            return True
    said = [any(_brand_words(analysis, m.start())
                for m in _pattern(key, language).finditer(text))
            for key in ("permissions", "prohibitions")]
    return all(said)
