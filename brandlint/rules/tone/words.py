"""Words for people of the tone rules (BL204–BL207), in the report's language: tone names,
which way to rewrite, and the messages. English msgids, translated by the catalogue."""

from __future__ import annotations

from brandlint.i18n import N_, _, join_or

NAMES = {
    "joy": N_("joy"), "surprise": N_("surprise"), "reassurance": N_("reassurance"),
    "empathy": N_("empathy"), "solution": N_("solution"), "speed": N_("speed"),
    "deal": N_("good deal"), "collaboration": N_("collaboration"),
    "storytelling": N_("storytelling"), "anger": N_("anger"),
    "frustration": N_("frustration"), "disappointment": N_("disappointment"),
    "pressure": N_("pressure"), "coldness": N_("coldness"),
}

DIRECTIONS = {
    "joy": N_("share the pleasure: words of celebration and smiles, one sincere exclamation"),
    "surprise": N_("stage a discovery: what is new, unexpected, what the reader does not "
                   "know yet"),
    "reassurance": N_("reassure: say what is taken care of and that there is nothing to "
                      "worry about"),
    "empathy": N_("first acknowledge what the customer is going through (\"we "
                  "understand…\", \"we're sorry…\")"),
    "solution": N_("say what happens next, who does it and when (\"here's what we're "
                   "doing: …\")"),
    "speed": N_("get to the point: the delay, the action, in few words"),
    "deal": N_("put the concrete benefit first: the price, what is free, the saving"),
    "collaboration": N_("invite the reader in: a question, a call to share or vote"),
    "storytelling": N_("tell a story: an origin, a gesture, a person, a date"),
    "anger": N_("remove words of anger and reproach; state the facts calmly"),
    "frustration": N_("replace what is blocked with what is possible (\"we can…\")"),
    "disappointment": N_("say what is possible rather than what is missing"),
    "pressure": N_("remove the countdown and the artificial urgency; give the end date "
                   "plainly"),
    "coldness": N_("talk to the customer (you, we), in the active voice, without "
                   "administrative formulas"),
}

ADJECTIVES = {"anger": N_("angry"), "frustration": N_("stuck"),
              "disappointment": N_("disappointed"), "pressure": N_("pushy")}

# the register the brand keeps, and the one the draft slips into
ADDRESSES = {"tu": N_("addresses the reader as “tu”"),
             "vous": N_("addresses the reader as “vous”"),
             "formal": N_("addresses the reader formally"),
             "informal": N_("addresses the reader informally")}
SLIPS = {"tu": N_("says “tu”"), "vous": N_("says “vous”"),
         "formal": N_("turns formal"), "informal": N_("turns informal")}
REWRITES = {
    "tu": N_("rewrite with “tu” (“tu”, “ton”, “ta”, “tes”, imperative in -e/-s)"),
    "vous": N_("rewrite with “vous” (“vous”, “votre”, “vos”, imperative in -ez)"),
    "formal": N_("rewrite formally: no slang or chummy openers"),
    "informal": N_("rewrite informally: plain, friendly words, no letter formulas"),
}


def tone_name(tone: str) -> str:
    return _(NAMES[tone]) if tone in NAMES else tone


def join_names(tones) -> str:
    return join_or([tone_name(t) for t in tones])


def direction(tone: str) -> str:
    return _(DIRECTIONS[tone])


def off_target(**values) -> str:
    values["share"] = percent(values["share"])
    values["target_share"] = percent(values["target_share"])
    return _("on {channel}, {brand} aims for {targets}; the draft reads as {read} ({share} "
             "of its tone markers, {target_share} for {targets}): {words}").format(**values)


def percent(value: float) -> str:
    return _("{n}%").format(n=value)


def negative(**values) -> str:
    return _("{read} in the brand's own voice ({words}): on {channel}, {brand} aims for "
             "{targets} and must not sound {adjective}").format(**values)


def cold(**values) -> str:
    return _("cold, administrative tone ({words}): on {channel}, where {brand} aims for "
             "{targets}, the customer reads a procedure, not a brand talking to them"
             ).format(**values)


def register(brand: str, expected: str, wrong: str, channel: str | None, words: str,
             count: int) -> str:
    where = _("on {channel}").format(channel=channel) if channel else _("everywhere")
    return _("register: {brand} {addresses} {where}, but the draft {slips} ({words}, "
             "{count}×): switching register makes the brand sound like two different people"
             ).format(brand=brand, addresses=_(ADDRESSES[expected]), where=where,
                      slips=_(SLIPS[wrong]), words=words, count=count)


def rewrite(register_name: str) -> str:
    return _(REWRITES[register_name])
