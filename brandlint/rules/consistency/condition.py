from __future__ import annotations

from collections.abc import Iterator

from brandlint.campaign.extract import stem
from brandlint.campaign.facts import NOT_CLAIMS, MessageFacts
from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import (
    CampaignFinding,
    OfferGroup,
    Place,
    carried,
    condition_types,
    disagreements,
    first_claim,
    partner,
)
from brandlint.rules.consistency.examples import campaign_csv


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    """A condition some messages attach to the offer and others, making the same claim,
    leave out. A condition is compared by what it says: its kind (members, minimum
    basket, stock, selection, qualifying purchase…), or, for a footnote that names no
    known kind, its content words, which a message in the same language carries when
    it says them in words. A message that points to the terms (« voir conditions »,
    "T&Cs apply") carries every condition by reference. Between a language variant and
    its original alone, BL606 says it."""
    # a condition with a value (how long the customer is bound: « engagement de 12
    # mois » / « sans engagement »): the messages of the offer must give the same
    yield from disagreements(group, "condition", RULE.code)
    claimers = [m for m in group.messages if first_claim(m) is not None]
    # a call about an order the caller has already placed: the agent speaks of that
    # order, whose conditions were met when it was placed; it states the offer to nobody
    # deciding to buy (its own conditions, when it gives them, still count)
    claimers = [m for m in claimers if not m.after_sale or condition_types(m)]
    # a club's card the offer sells (« la Carte Mistral 10 places est à 69 € ») is its
    # product wherever a message names it (« demandez la Carte Mistral en caisse »)
    sold = {v for m in group.messages for v in m.values("product", "card")}
    kinds = dict.fromkeys(k for m in claimers for k in sorted(_types(m, sold))
                          if k != "terms")  # a pointer to the terms is no condition
    yield from _any_channel(group, claimers)
    for kind in kinds:
        holds = [m for m in claimers if kind in _types(m, sold)]
        # « la sélection Vélotaf » / « les vélos Vélotaf », "the Vélotaf selection" /
        # "Vélotaf bikes": a message that names the items by the name a selection goes
        # by elsewhere in the campaign speaks of that selection
        names = {stem(f.about[0]) for h in holds for f in h.facts
                 if kind == "selection" and _of_kind(f, kind) and f.about}
        judged = [m for m in claimers if m in holds or not names & set(m.words)]
        # a message that gives a holder's least price as a figure (« *Pour l'achat d'une
        # monture à partir de 150 € » read as a price, « dès 150 € de monture » as the
        # minimum) states the same minimum, read otherwise; so does a page that gives
        # free delivery's threshold under its own heading (« ## À quelles conditions ?⏎À
        # partir de 150 € d'achat », read as the least basket)
        # a message that writes a condition's marks, the words of its clause that read
        # alike in every language (« hors séances en 3D » / « *sauf projections 3D »),
        # says it in its own words, read or not
        marked = [set(f.marks) for h in holds for f in h.facts
                  if _of_kind(f, kind) and f.marks]
        judged = [m for m in judged if m in holds
                  or not any(marks <= set(m.marks) for marks in marked)]
        minima = {v for h in holds for v in h.values("price", _LEAST.get(kind, ""))}
        judged = [m for m in judged if m in holds or not minima & m.values("price")]
        clubs = {name for h in holds for f in h.facts
                 if f.kind == "condition" and f.key == kind == "members" for name in f.about}
        # a lead time written in the sentence of the offer's figure earns the figure
        tied = kind == "advance" and any(
            _of_kind(f, kind) and f.claims and not f.note for h in holds for f in h.facts)
        pairs = {m.id: [h for h in holds if _misses(m, h, kind)]
                 for m in judged if m not in holds and not clubs & m.values("product")
                 and kind not in carried(m) and not _spared(m, kind, tied)
                 # a call about the purchase the caller names (« ma commande fait 42
                 # € »): the agent applies the offer to it, and needs not list the
                 # items the offer leaves out (its own, when it gives them, count)
                 and not (kind == "exclusions" and m.caller_purchase)
                 # a caller who says they are a member (« je suis membre du Club »): the
                 # condition is met in the call, the agent needs not state it
                 and not (kind == "members" and m.caller_member)
                 # a call where the ages of the party are said or asked (« mes filles
                 # ont 8 et 11 ans », "How old are the children?"): the age condition
                 # is checked in the call
                 and not (kind == "age" and m.caller_age)}
        lacks = [m for m in judged if pairs.get(m.id)]
        # a variant whose original states the condition: BL606 says the variant says less
        lacks = [m for m in lacks if not any(h is partner(group, m) for h in holds)]
        # the messages that leave it out, those that shorten the footnote included:
        # what they chose to keep says whether the campaign makes it part of the offer
        # everywhere (a pointer to the terms chooses nothing, and is not counted)
        silent = [m for m in judged if m not in holds and "terms" not in _types(m)
                  and kind not in carried(m) and not _spared(m, kind, tied)]
        if kind == "shipping_minimum":
            # the threshold of free delivery: only a message that gives free delivery
            # chooses to leave it out (an SMS of the discount alone says nothing of it)
            silent = [m for m in silent if m.first("gift", "shipping") is not None]
        # a message that says the offer holds on every item (« sur toutes les montures
        # du magasin ») where others restrict it to a selection contradicts them: it
        # does not merely leave the selection out, whoever is the most
        against = [m for m in lacks if kind == "selection" and m.all_items]
        if lacks and len(holds) < len(silent) and len(holds) > len(against):
            lacks = against
        elif not lacks or len(holds) < len(silent):
            # a condition only a few messages state (a poster's footnote adds « non
            # cumulable »): the campaign does not make it part of the offer everywhere,
            # and which side is wrong is anyone's guess; the pair case (one each) fires
            continue
        for message in lacks:
            holder = pairs[message.id][0]
            claim = message.first("gift", "shipping") if kind == "shipping_minimum" \
                else first_claim(message)
            yield CampaignFinding(RULE.code, "condition", Place(message, claim),
                                  [Place(holder, _condition(holder, kind))], key=kind)


# the figure each minimum is stated by
_LEAST = {"minimum": "min_basket", "shipping_minimum": "shipping_threshold"}


def _any_channel(group: OfferGroup, claimers: list[MessageFacts]) -> Iterator[CampaignFinding]:
    """A message that opens the offer in store as well as online (« en boutique ou sur
    ravelin.fr », "in store or online") where most messages making the claim tie it
    to booking online (« réservés en ligne », "book online"): it contradicts them, as a
    message that covers every item contradicts a selection."""
    online = [m for m in claimers if "online" in carried(m) | condition_types(m)]
    against = [m for m in claimers if m.any_channel and m not in online
               and partner(group, m) not in online]
    if not against or 2 * len(online) <= len(claimers):
        return
    for message in against:
        holder = next((h for h in online if _same_claim(message, h, "online")), None)
        if holder is not None:
            fact = next((f for f in holder.facts if f.kind == "condition"
                         and f.key in ("online", "online_means")), None)
            yield CampaignFinding(RULE.code, "condition", Place(message, first_claim(message)),
                                  [Place(holder, fact)], key="online")


# what the offer leaves out, items (« hors coffrets ») or other offers (« non
# cumulable »): one warning for a reader that the offer has limits, whichever a short
# message keeps (a language variant must still carry each: BL606 tells them apart)
_SAME_WARNING = {"stacking": "exclusions"}


# channels with no room for the list of what an offer leaves out: an SMS, a push, a
# banner says the offer and its main terms (a minimum, members only, a selection, the
# stock), and leaves the excluded items to the e-mail and the site
SHORT_CHANNELS = frozenset({"sms", "push", "banner", "notification"})


# channels where the booking itself is made or asked for: a call takes the request and
# settles the date with the caller, where a lead time is checked
BOOKING_CHANNELS = frozenset({"phone_script", "phone", "call"})


def _spared(message: MessageFacts, kind: str, tied: bool = False) -> bool:
    """A short message (an SMS, a push) needs not list the items the offer leaves out,
    unless it says the offer covers the whole range (« sur tout le rayon jouets »,
    "ALL e-bikes"), which claims nothing is left out. How long ahead the booking must
    be made (« réservez au moins 7 jours avant », "book a week ahead") is a term of
    booking, which the booking checks before the customer is bound: a short message or
    a call, where the date is settled, may leave it to the booking; a minimum basket,
    a least number of people, members only are not (they change who gets the price).
    A lead time some message writes in the sentence of the offer's figure (« £15 off
    every crossing booked at least 7 days before departure », `tied`) is what earns the
    figure, a condition of the offer every message making the claim must carry."""
    if kind == "advance":
        return not tied and message.channel in SHORT_CHANNELS | BOOKING_CHANNELS
    return kind == "exclusions" and message.channel in SHORT_CHANNELS and \
        not message.whole_range


def _types(message: MessageFacts, sold: set[str] = frozenset()) -> set[str]:
    types = {_SAME_WARNING.get(k, k) for k in condition_types(message)}
    if message.values("condition", "commitment") <= {"0m"}:
        # « sans engagement », "no commitment": a freedom the offer gives, no restriction
        # a message that leaves it out hides (a term that differs is: see judge)
        types.discard("commitment")
    # the days of the week the offer holds on (« en semaine », "on weekdays") are
    # compared by their value (see judge: « n'importe quel jour » against « du lundi au
    # vendredi »); a short message that leaves them out, as it leaves out the hours, is
    # no omission a reader is misled by
    types.discard("days")
    # how many payments the price may be split into (« en 3 fois sans frais ») is a way
    # to pay the offer gives, compared by its value (see judge), no restriction a short
    # message hides by leaving it out
    types.discard("instalments")
    # the offer opened to renewals too (« aussi pour les renouvellements »): its reach,
    # no restriction a message hides by leaving it out
    types.discard("renewals")
    members = [f for f in message.facts if f.kind == "condition" and f.key == "members"]
    if sold and members and all(f.about and set(f.about) <= sold for f in members):
        types.discard("members")  # the card the offer sells, named: no condition
    return types


def _of_kind(fact, kind: str) -> bool:
    return fact.kind == "condition" and _SAME_WARNING.get(fact.key, fact.key) == kind


def _misses(lacking: MessageFacts, holder: MessageFacts, kind: str) -> bool:
    """`lacking` makes the holder's claim without its condition of `kind`."""
    if "terms" in condition_types(lacking) or not _same_claim(lacking, holder, kind):
        return False
    if _shortened_footnote(lacking, holder):
        return False
    if kind != "footnote":
        return True
    if lacking.language != holder.language:
        return False  # the footnote's words cannot be looked for in another language
    return not any(says(lacking, fact.about) for fact in holder.facts
                   if fact.kind == "condition" and fact.key == "footnote")


def _shortened_footnote(lacking: MessageFacts, holder: MessageFacts) -> bool:
    """`lacking` marks its claim with an asterisk whose footnote states some of the
    conditions the holder gives (« *Based on 2 sharing, selected dates » against
    "*…on selected departures, subject to availability"): the holder's footnote,
    shortened for a short message, which points to the rest as « voir conditions »
    does. A message with no footnote, or one whose footnote says something else,
    does not."""
    own = {_SAME_WARNING.get(f.key, f.key) for f in lacking.facts
           if f.kind == "condition" and f.note and f.key not in ("terms", "footnote")}
    return bool(own & _types(holder))


def says(message: MessageFacts, content: tuple[str, ...]) -> bool:
    """The message says the footnote's content in its own words: at least half of the
    footnote's content words (« *à valoir sur une paire de skis neuve » / « 60 euros à
    valoir sur une paire de skis neuve »), the facts the footnote states counting as
    words (« *Travel 18 Oct – 2 Nov » / "for sailings between the 18th of October and
    the 2nd of November")."""
    if not content:
        return True
    words = set(message.words) | {f.value for f in message.facts
                                  if f.kind in ("date", "price", "code")}
    return 2 * sum(w in words for w in content) >= len(content)


def _same_claim(lacking, holder, kind: str) -> bool:
    """The message without the condition states a figure the holder states; for a
    minimum basket, a figure that minimum conditions (not the free gift's threshold
    beside a discount that has none)."""
    if kind == "shipping_minimum":  # free delivery said without its threshold
        return lacking.first("gift", "shipping") is not None
    if _gift_offer(lacking) and _gift_offer(holder):
        # « calendrier de l'Avent offert dès 59 € » on both sides: the gift is the claim,
        # from the same threshold when both give one
        mine, theirs = (m.values("price", "min_basket") for m in (lacking, holder))
        return not mine or not theirs or bool(mine & theirs)
    # (the codes too: a condition may bind the code its sentence gives)
    values = {f.value for f in lacking.facts if _claimed(f) or f.kind == "code"}
    claims = {f.value for f in holder.facts if _claimed(f)}
    noted = [f for f in holder.facts if _of_kind(f, kind)]
    if noted and all(f.claims for f in noted):
        # a footnote conditions the figures its asterisk marks, not the whole message
        claims = {v for f in noted for v in f.claims}
    if kind == "minimum":
        conditioned = {v for f in holder.facts if f.kind == "price" and f.key == "min_basket"
                       for v in f.about}
        if conditioned == {"-"} and all(m.first("gift", "gift") is not None
                                        for m in (lacking, holder)):
            # « pour l'achat d'une monture dès 150 €, vos verres sont offerts » beside a
            # discount of another sentence: the minimum conditions the free item, which
            # the other message gives too (« n'importe quelle monture, verres offerts »)
            return True
        claims = conditioned or claims
    return bool(values & claims)


def _gift_offer(message: MessageFacts) -> bool:
    """The offer the message makes is a free item and no figure (« calendrier de l'Avent
    offert dès 59 € d'achat », "a free Advent calendar with €59+ orders")."""
    return message.first("gift", "gift") is not None and not any(
        _claimed(f) for f in message.facts)


def _claimed(fact) -> bool:
    """A figure of the offer a condition may bind: not a minimum basket (a condition
    itself), nor the price said again in other units (« 1 378 € pour deux », a monthly
    equivalent, an instalment), nor a deposit, which two messages may share for other
    offers or whatever the offer's conditions."""
    return fact.kind == "price" and fact.key not in ("min_basket", *NOT_CLAIMS)


def _condition(message, kind: str):
    if kind == "minimum":
        return message.first("price", "min_basket")
    if kind == "shipping_minimum":
        return message.first("price", "shipping_threshold")
    return next((f for f in message.facts if _of_kind(f, kind)), None) or \
        message.first("condition")


RULE = Rule(
    "BL605", "campaign-condition-missing", Severity.WARNING,
    "A condition of the offer is stated in some messages of a campaign and missing in "
    "others that make the same claim.",
    RuleDoc(
        what="Among the messages of one campaign that make the same claim (they share a "
             "figure), finds the conditions some attach to it and others leave out: a "
             "minimum basket, « dans la limite des stocks » / \"while stocks last\", « sur "
             "une sélection » / \"selected items\", members only, a qualifying purchase "
             "(« pour toute réservation incluant un enfant »), exclusions, once per "
             "customer, first order, online or in store only. A condition is compared by "
             "what it says, not by how it is written: an asterisk is only a pointer, its "
             "footnote is read for those kinds, and a footnote that names none is carried "
             "by a message that says its words (« *à valoir sur une paire de skis neuve » "
             "/ « 60 € à valoir sur une paire de skis neuve »); a footnote conditions only "
             "the figures its asterisk marks (« Pass 3 soirées 36 €* » says nothing of the "
             "15 € seat); free delivery said without the threshold the other messages give "
             "(« livraison offerte » / « dès 80 € ») misses its condition; a message that "
             "points to the terms (« voir conditions », « *Voir cond. sur le site », "
             "\"T&Cs apply\", \"*T&Cs at our website\") carries them by reference, and "
             "so does a footnote shortened for a short message, which keeps some of the "
             "offer's conditions (« *Base 2 adultes, départs sélectionnés »); a script "
             "that restates them in dialogue (« les alcools ne comptent pas dans les "
             "80 € », \"it depends on availability\") states them. "
             "Where at least as many messages state it as leave it out (a shortened "
             "footnote counts as leaving it out, a pointer to the terms is not counted), "
             "fires on each "
             "message that leaves it out, pointing at one that states it; a condition only "
             "a few messages add (a poster's « non cumulable ») is left alone. Between a "
             "language variant and its original, BL606 says it."
             " A least quantity (« séjours de 7 nuits minimum », \"7+ nights\") and being"
             " a new customer or subscriber (« nouveaux abonnés », \"new Larder Plan"
             " subscribers\") are conditions too; a deposit or a total for a group is no"
             " claim a condition binds. A short channel (an SMS, a push) needs not list"
             " the items the offer leaves out, unless it says the offer covers the whole"
             " range (« sur tout le rayon », \"ALL e-bikes\"); what the offer is on, said"
             " positively (« le forfait concerne les vélos sans assistance »), carries"
             " them. How long the customer is bound (« engagement de 12 mois », \"a"
             " one-year commitment\", « sans engagement ») is compared by its value; « sans"
             " engagement » is a freedom, no restriction to repeat. A message that says the"
             " offer holds on every item (« sur toutes les montures du magasin ») where"
             " others restrict it to a selection contradicts them, however few state the"
             " selection. Who the offer is for by an age they are under (« pour les"
             " chiots de moins de 6 mois », \"kids aged 11 and under\") is a condition"
             " compared by its value; a call where the ages of the party are said or"
             " asked checks it. A message that opens the offer in store as well as online"
             " (« en boutique ou sur le site », \"in store or online\") where most"
             " messages tie it to booking online contradicts them. Collecting the order"
             " oneself (« commandes à emporter uniquement », « quand tu viens la chercher »,"
             " \"collection orders only\") is a condition too; one way among others to"
             " have it (« sur place, à emporter ou en livraison ») is none. How long ahead"
             " the booking must be made (« réservez au moins 7 jours avant ») is a term of"
             " booking an SMS, a push or a call may leave out, unless a message writes it"
             " in the sentence of the figure it earns (\"£15 off every crossing booked 7"
             " days ahead\"); a least number of people (« dès 8 enfants », \"8 children or"
             " more\") is a condition; an exclusion in the sentence of the exchange or the"
             " return (« l'échange est possible 30 jours, hors pièces gravées ») is that"
             " service's, and a condition in a sentence about an occasion of its own (a"
             " preview evening on its own day) binds no figure of the offer.",
        why="A customer who read only the SMS finds the restriction at the till: the "
            "condition was not stated where the claim was made, which regulators read as "
            "a misleading omission (French Consumer Code L121-3; CAP Code 3.9).",
        fires=(Example(campaign_csv("fr", (
            "-30 % sur les manteaux, dans la limite des stocks disponibles.",
            "Manteaux à -30 % dans la limite des stocks.",
            "-30 % sur les manteaux ce week-end !")), file="campagne.csv"),
               Example(campaign_csv("en", (
                   "30% off coats, while stocks last.",
                   "Coats at 30% off while stocks last.",
                   "30% off coats this weekend!")), lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", (
            "-30 % sur les manteaux, dans la limite des stocks disponibles.",
            "Manteaux à -30 %* ce week-end.\n*Dans la limite des stocks.",
            "-30 % sur les manteaux, jusqu'à épuisement des stocks !")), file="campagne.csv"),
                       Example(campaign_csv("en", (
                           "30% off coats, while stocks last.",
                           "Coats at 30% off*.\n*While supplies last.",
                           "Free scarf with any coat this weekend!")),
                               lang="en", file="campaign.csv")),
        fix="State the condition wherever the claim is made (an asterisk and footnote will "
            "do), or drop it everywhere if it does not apply.",
    ),
)
