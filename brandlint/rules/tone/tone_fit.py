"""Tone and channel fit: the draft's tone against the channel's target, negative and
cold tone in the brand's own voice (the reading is `DocAnalysis.tone`)."""

from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis import function
from brandlint.analysis import tone as reading
from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import quote
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.tone import words as say


def _span(analysis: DocAnalysis, tones, tone=None) -> tuple[int, int]:
    """The strongest word behind `tones` (the first of equals), for the finding's place."""
    evidence = [e for e in (tone or analysis.tone).evidence if e.tone in tones]
    if not evidence:
        text = analysis.text
        start = len(text) - len(text.lstrip())
        return start, min(len(text.rstrip()), start + 40)
    best = max(evidence, key=lambda e: (e.weight, -e.start))
    return best.start, best.end


def _words(analysis: DocAnalysis, tones, limit: int = 5, reading=None) -> str:
    seen: list[str] = []
    for tone in tones:
        for word in (reading or analysis.tone).words(tone):
            if word not in seen:
                seen.append(word)
    return ", ".join(quote(w, 40) for w in seen[:limit])


def _targets(analysis: DocAnalysis) -> str:
    targets = [t for t in analysis.channel.tones if t in reading.POSITIVE]
    if not targets:
        return "—"
    return say.join_names(targets)


def check_off_target(analysis: DocAnalysis) -> Iterator[Finding]:
    targets = [t for t in analysis.channel.tones if t in reading.POSITIVE]
    tone = analysis.tone
    read, clear = reading.off_target(tone, targets, reading.thresholds(analysis.profile))
    if read is None:
        return
    if clear and read == "joy" and _thanks_exchange(analysis):
        clear = False  # "Aww, thanks for sharing! So happy you love it": no case to serve
    tone = tone.beyond_idea()  # (the words of the brand's idea are not held against it)
    start, end = _span(analysis, [read], tone)
    yield OFF_TARGET.finding(
        start, end,
        say.off_target(channel=analysis.channel_name,
                        brand=analysis.profile.brand,
                        targets=say.join_names(targets),
                        read=say.tone_name(read),
                        share=round(100 * tone.positive_share([read])),
                        target_share=round(100 * tone.fit(targets)),
                        words=_words(analysis, [read], reading=tone)),
        suggestion=say.direction(targets[0]), lowered=not clear)


def _thanks_exchange(analysis: DocAnalysis) -> bool:
    """On a service channel, a reply that thanks the customer, answers no complaint (no
    problem admitted, no apology, no complaint named, nothing the customer reports) and
    names no case (a thank-you for a message about a refund has one): the service tones
    are for a case, and a thank-you has none."""
    if not analysis.channel.service:
        return False
    if analysis.reply.answers_a_complaint or function.names_a_case(analysis):
        return False
    return any(analysis.frame(t).act == "thanks" for t in analysis.doc if not t.is_punct)


def check_negative(analysis: DocAnalysis) -> Iterator[Finding]:
    tone = analysis.tone
    negative = [t for t in reading.NEGATIVE if t not in analysis.channel.tones]
    read = reading.negative(tone, analysis.channel.tones, reading.thresholds(analysis.profile))
    if read is None:
        return
    start, end = _span(analysis, [read])
    yield NEGATIVE.finding(
        start, end,
        say.negative(channel=analysis.channel_name,
                        brand=analysis.profile.brand, read=say.tone_name(read),
                        targets=_targets(analysis),
                        adjective=say._(say.ADJECTIVES[read]),
                        words=_words(analysis, negative)),
        suggestion=say.direction(read))


def check_cold(analysis: DocAnalysis) -> Iterator[Finding]:
    if not reading.cold(analysis.tone, analysis.channel.tones,
                        reading.thresholds(analysis.profile)):
        return
    start, end = _span(analysis, [reading.COLD])
    yield COLD.finding(
        start, end,
        say.cold(channel=analysis.channel_name,
                        brand=analysis.profile.brand, targets=_targets(analysis),
                        words=_words(analysis, [reading.COLD])),
        suggestion=say.direction(reading.COLD))


OFF_TARGET = Rule(
    "BL205", "tone-off-target", Severity.WARNING,
    "The draft clearly reads in another tone than its channel's target tones.",
    RuleDoc(
        what="Reads the tone of the draft in the brand's own voice (brandlint's lexicons, "
             "negation, intensifiers, questions to the reader, exclamations and emoji; quoted "
             "customer words and the customer's own feelings left out) and compares it with "
             "the channel's `tones`. Fires when the draft carries enough tone to judge and the "
             "target tones hold too small a share of it (next to nothing, or up to a fifth "
             "while another tone said throughout the draft outweighs them five times over), "
             "naming the tone it reads as and the words behind it. On a service channel, "
             "the joy of a reply that thanks the customer, answers no complaint and names "
             "no case is only a hint: the service tones are for a "
             "case (a promotion pushed into it is still a miss). A reply that answers a "
             "complaint or names a case with a sales pitch or a story (a good deal, a "
             "surprise, the brand's history, read together) misses the service tones once "
             "the pitch clearly outweighs them. The whole draft is judged: a "
             "clear miss needs the other tone spread over a good share of the brand's "
             "sentences, not a few words of one section of a long page, and said in "
             "several different words, not one or two that name what a section is about "
             "(\"Discounts\", \"Join our partner program\"); the words of the "
             "brand's central idea are not held against the channel; a page's buttons are no "
             "how-to, and a service reply that asks for the case's details is not inviting "
             "the customer to co-create. A page of sections whose headings say what it is "
             "for does that job beside the channel's target: a volunteer page invites, a "
             "how-to instructs, a privacy page reassures, a download page sells the "
             "product's benefits. In a reply that asks for the case's facts, working on it "
             "together (\"Let's team up on this\") is the service solving. So does one "
             "section of a page that documents a thing, under its own heading: a security "
             "section reassures, a post that introduces a new release announces it.",
        why="The brand keeps one idea but adapts its tone to each channel: a shop page that "
            "tells a story instead of showing the deal, or a social post that lectures "
            "instead of inviting, does not do that channel's job.",
        fires=(Example("Dernier jour des soldes : -40 % sur tout le rayon, prix cassés, "
                       "code promo HIVER pour 10 € de remise en plus !", channel="social"),
               Example("Huge sale: 40% off everything, lowest prices of the year, free "
                       "shipping and an extra £10 off with code WINTER.", lang="en",
                       channel="social")),
        does_not_fire=(Example("Et toi, qu'est-ce que tu vas construire ce week-end ? "
                               "Montre-nous ta création en commentaire !", channel="social"),
                       Example("What will you build this weekend? Show us your creation in "
                               "the comments!", lang="en", channel="social")),
        fix="Rewrite towards the channel's target tones; the finding says which way.",
    ),
    check=check_off_target,
)

NEGATIVE = Rule(
    "BL206", "negative-tone", Severity.WARNING,
    "The brand itself sounds angry, stuck, disappointed or pushy (artificial urgency).",
    RuleDoc(
        what="Adds up the evidence of anger, frustration, disappointment and pressure "
             "(countdowns, « dernière chance », \"only 3 left\", imperatives next to them) in "
             "the brand's own voice, on any channel. A feeling the customer reports "
             "(« votre déception », \"you're frustrated\") or quoted customer words are not "
             "the brand's tone: naming them is empathy. Irritation behind polite words counts "
             "too (the customer reminded of what was said, « comme je vous l'ai dit », \"as "
             "mentioned\", \"we trust this clarifies\"), and so do a guilt trip (a turnout "
             "told as a shortfall, the brand's wasted effort, respect asked for its "
             "people) and scarcity told as the "
             "reader's loss (« presque complet », \"or get ready to…\"). In a reply, a "
             "refusal that offers another way weighs half, and so does a limit a help page "
             "states under the reader's trouble in their words (« Je ne peux pas… car… », "
             "\"I can't…\") with a way out; a technical thing that expires (a "
             "certificate) is a notice with its date, not a countdown; a sanction word that "
             "says what a feature is for (\"to block file types unless they are "
             "encrypted\") is no ultimatum; what the reader's bank or employer did not do "
             "is no reproach; capitals that name a field or a protocol (\"the ENVELOPE "
             "FROM\") are no raised voice.",
        why="Negative words and invented urgency make the brand sound hostile or pushy, and "
            "false urgency is a misleading practice (*Code de la consommation* L121-4 7°).",
        fires=(Example("Dernière chance ! Plus que 2 jours, dépêchez-vous : stock limité, "
                       "ne ratez pas nos boîtes !", channel="web"),
               Example("Last chance! Only 3 left, hurry: this offer ends tonight, don't "
                       "miss out!", lang="en", channel="web")),
        does_not_fire=(Example("Nous comprenons votre déception et votre frustration : "
                               "voici ce que nous faisons pour vous.", channel="after_sales"),
                       Example("We understand your frustration and your disappointment: "
                               "here's what we're doing for you.", lang="en",
                               channel="after_sales")),
        fix="Remove the reproach and the countdown; say what is possible and when it ends.",
    ),
    check=check_negative,
)

COLD = Rule(
    "BL207", "cold-tone", Severity.WARNING,
    "The draft reads as a cold, administrative notice.",
    RuleDoc(
        what="Adds up administrative formulas (« nous vous informons que », « conformément "
             "aux dispositions », \"please be advised\", \"pursuant to\"), prohibitions and "
             "refusals on notices (« merci de ne pas… », « Aucun remboursement. », « Vélos "
             "sales refusés. », \"no claims accepted\"), passive and "
             "impersonal clauses (« il est rappelé que », \"it is required\"), a draft that "
             "addresses no one, and, on service channels, a reply of bare fragments with no "
             "courtesy (« Numéro de commande ? Délai standard. Au revoir. »), curt turns in a "
             "call script (« Non. », \"Anything else?\", a turn of clipped sentences, the "
             "caller sent to the website in a few bare words: \"Check the website.\"), a reply "
             "opening on a bare title "
             "(« Madame, », \"Dear Customer,\"), in the brand's own voice. A draft written "
             "in another language than the profile's has no tone to read. A page of rules "
             "(a permission and a prohibition, or a heading that names its guidelines) "
             "states its bans and musts plainly, and the rules of another party the draft "
             "names (\"subject to other sites' policies\") are a disclosure about "
             "someone else: neither is the brand's coldness. Nor are a duty the law puts on "
             "others, reported (\"Companies must collect as little data as possible\"), a "
             "clause of condition (\"If no card is provided, …\") or « il » standing for a "
             "thing (« lorsqu'il est obligatoire, … »). A page that documents a thing — a "
             "section of a help centre or of an article under its own heading, written to "
             "no one's case — tells what the system does and what a setting or a law "
             "requires in their usual wording (« l'application est arrêtée », \"it is "
             "required to inform the people involved\", « veuillez retirer la housse »): "
             "that is its subject, not coldness; the reader's own requests refused there "
             "(« toute demande de retour sera refusée ») stay cold.",
        why="A customer who reads a procedure instead of a person feels handled, not "
            "helped; every channel of the brand should sound like people talking to people.",
        fires=(Example("Nous vous informons que votre demande a été traitée conformément aux "
                       "dispositions en vigueur. Toute réclamation ultérieure ne pourra donner "
                       "lieu à un remboursement.", channel="after_sales"),
               Example("Please be advised that your request has been processed in accordance "
                       "with our policy. No further action will be taken pursuant to the "
                       "terms and conditions.", lang="en", channel="after_sales")),
        does_not_fire=(Example("Bonne nouvelle : nous avons traité votre demande, votre "
                               "remboursement part aujourd'hui.", channel="after_sales"),
                       Example("Good news: we've sorted your request and your refund goes "
                               "out today.", lang="en", channel="after_sales")),
        fix="Talk to the customer (you, we) in the active voice; drop the formulas.",
    ),
    check=check_cold,
)
