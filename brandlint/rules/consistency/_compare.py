"""How the campaign rules (BL6xx) judge one offer of one campaign: which value the
messages agree on, which message says something else, which language variant says
more or less than its original. Facts come from `brandlint.campaign`; the rules only
decide."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from brandlint.campaign.facts import (
    CARRIES,
    IMPLIED,
    NOT_CLAIMS,
    PRODUCT_TERMS,
    Fact,
    MessageFacts,
)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$")
_STEM = re.compile(r"^(.+?)[-_.](fr|en|fra|eng|fr-fr|en-gb|en-us)$", re.I)


@dataclass
class Place:
    message: MessageFacts
    fact: Fact | None = None


@dataclass
class CampaignFinding:
    """A disagreement: the odd place, the places it disagrees with, what the rule says."""

    code: str
    kind: str
    odd: Place
    related: list[Place]
    values: dict = field(default_factory=dict)  # words for the message templates
    key: str = ""
    reference: str | None = None  # the value the others (or the profile) hold
    reference_source: str = "majority"  # majority | profile | original

    def ids(self) -> list[str]:
        return [self.odd.message.id] + [p.message.id for p in self.related]


@dataclass
class OfferGroup:
    """The messages of one campaign that carry one offer (the main one, or a named
    `offer`), in input order, and the profile's commitments for promises."""

    campaign: str
    offer: str | None
    messages: list[MessageFacts]
    commitments: dict[str, str] = field(default_factory=dict)  # service -> "72h"
    # the messages of the campaign's other offers (a students' one, a subscription):
    # what a message of this offer says of them is theirs
    others: list[MessageFacts] = field(default_factory=list)

    def variant_pairs(self) -> list[tuple[MessageFacts, MessageFacts]]:
        return variant_pairs(self.messages)


def variant_pairs(messages: list[MessageFacts]) -> list[tuple[MessageFacts, MessageFacts]]:
    """(variant, original) pairs: `variant_of`, a shared `group`, or ids that share a
    stem and differ by a language suffix (noel-02-fr / noel-02-en)."""
    by_id = {m.id: m for m in messages}
    pairs: list[tuple[MessageFacts, MessageFacts]] = []
    paired: set[str] = set()
    for m in messages:
        original = by_id.get(m.variant_of or "")
        if original is not None and original is not m:
            pairs.append((m, original))
            paired.add(m.id)
    # a file that ties its variants by `variant_of` says which rows are translations:
    # two rows whose ids share a stem there are two messages (a French post and an
    # English post of one day), not one message and its variant
    declared = bool(pairs)
    for key in ("group", "stem"):
        if key == "stem" and declared:
            continue
        first: dict[str, MessageFacts] = {}
        for m in messages:
            name = m.group if key == "group" else _stem(m.id)
            if not name:
                continue
            if name not in first:
                first[name] = m
            elif m.id not in paired and first[name].language != m.language \
                    and first[name].id not in paired:
                pairs.append((m, first[name]))
                paired.add(m.id)
    return pairs


def _stem(identifier: str) -> str | None:
    match = _STEM.match(identifier)
    return match.group(1).lower() if match else None


def partner(group: OfferGroup, message: MessageFacts) -> MessageFacts | None:
    for variant, original in group.variant_pairs():
        if variant is message:
            return original
        if original is message:
            return variant
    return None


# -- values the messages agree on --------------------------------------------------------


def comparable(group: OfferGroup, fact: Fact) -> str | None:
    """The value compared across messages: dates as month-day when a message of the
    group has no send date (no year to resolve), relative dates without one left out."""
    if fact.kind != "date":
        return fact.value
    if not _ISO.match(fact.value):
        return None
    if any(m.send_date is None for m in group.messages):
        return fact.value[5:]
    return fact.value


def product_keys(group: OfferGroup) -> dict[str, str]:
    """Word -> product: the words written before prices, joined when one price names two
    of them (« le pull en laine » and « le pull » are one product)."""
    cached = getattr(group, "_products", None)
    if cached is not None:
        return cached
    parent: dict[str, str] = {}

    def root(word: str) -> str:
        while parent.setdefault(word, word) != word:
            word = parent[word]
        return word

    for message in group.messages:
        for fact in message.facts:
            if fact.kind == "price" and fact.key == "price" and fact.about:
                first = root(fact.about[0])
                for word in fact.about[1:]:
                    parent[root(word)] = first
    group._products = {word: root(word) for word in parent}
    return group._products


def fact_key(group: OfferGroup, fact: Fact) -> str:
    """What a fact is about. Amounts in another currency are another market's figures
    (£10 for the UK, 10 € for France), never compared with each other."""
    key = fact.key
    if fact.kind == "price" and key == IMPLIED:
        return "discount_pct"  # « 209 € au lieu de 299 € »: 30 % off, said by two prices
    if fact.kind == "promise" and key == "unnamed" and fact.about:
        # « votre vélo est prêt sous 5 jours » / « prêt en 24 h »: the delay of being
        # ready, compared with other delays of the same word only ("went from no to
        # yes in 10 days" is no delivery "within 3 working days")
        return f"{key}:{fact.about[0]}"
    if fact.kind == "price" and key == "fee":
        return key  # waived ("free") or charged (« 30 € »), in any currency
    if fact.kind == "price" and key == "price":
        key = "price:" + product_keys(group)[fact.about[0]] if fact.about else "price"
    if fact.kind == "price" and not fact.value.endswith("%"):
        key += " " + fact.value.rsplit(" ", 1)[-1]
    return key


def keyed_values(group: OfferGroup, message: MessageFacts, kind: str) -> dict[str, set[str]]:
    """key -> values of `kind` the message states. Prices of a product are keyed by the
    words before them; a price next to no word compares only when each message holds one."""
    out: dict[str, set[str]] = {}
    for fact in message.facts:
        if fact.kind != kind:
            continue
        if kind == "promise" and fact.key == "unnamed" and not fact.about:
            continue  # a delay tied to no service word, nor to a word it qualifies:
            # what it is the delay of cannot be shown, so nothing to compare it with
        value = comparable(group, fact)
        if value is None or kind == "condition" and of_other_offer(group, fact):
            continue
        out.setdefault(fact_key(group, fact), set()).add(value)
    for key in [k for k in out if k.split(" ")[0] == "price" and len(out[k]) > 1]:
        del out[key]  # several prices next to no word: which is which is unknown
    return out


def near_values(group: OfferGroup, message: MessageFacts, kind: str, key: str) -> set[str]:
    """The other values the message's words for `key` may mean (a count of days from the
    send date, the day of sending counted or not): agreeing with one is no disagreement."""
    out = set()
    for fact in message.facts:
        if fact.kind == kind and fact.near and fact_key(group, fact) == key:
            for value in fact.near:
                near = comparable(group, dataclasses.replace(fact, value=value))
                if near is not None:
                    out.add(near)
    return out


def disagreements(group: OfferGroup, kind: str, code: str) -> Iterator[CampaignFinding]:
    """For every key of `kind`: the value most messages state (or the profile's, for a
    promise) is the reference; a message whose values miss it, holding one no message
    states beside the reference, disagrees. A second tier ("-50 % on the second item")
    that other messages state beside the reference is not a disagreement."""
    table = [(m, keyed_values(group, m, kind)) for m in group.messages]
    keys = dict.fromkeys(k for _, values in table for k in values)
    for key in keys:
        carriers = [(m, values[key]) for m, values in table if key in values]
        if len(carriers) < 2:
            continue
        # what each message's words may mean: its values, and the other readings of the
        # same words (« avant le 31 juillet »: the 30th, or the 31st as many count it)
        readings = {m.id: values | near_values(group, m, kind, key) for m, values in carriers}
        if kind == "promise":
            _closing_hour(carriers, readings)
        reference, source = _reference(group, kind, key, carriers, readings)
        with_reference = [(m, v) for m, v in carriers if reference in readings[m.id]]
        for message, values in carriers:
            if reference in readings[message.id]:
                continue
            if _variant_says_it(group, message, kind, reference, readings):
                continue
            odd = [v for v in _ordered(values, message, kind)
                   if not any(v in readings[other.id] for other, _ in with_reference)
                   and not _stated_elsewhere(group, message, kind, v)
                   and not _other_offers(group, message, kind, v)
                   and not _under_ceiling(group, with_reference, kind, key, reference, v)
                   and not _after_amount_off(group, key, reference, v)
                   and not _on_since_sending(message, kind, key, reference, v)
                   and not _after_the_offer(message, kind, key, reference)
                   and not _last_usable_day(group, kind, key, reference, v)]
            if not odd or not with_reference:
                continue
            holder = with_reference[0][0]
            yield CampaignFinding(
                code, kind, Place(message, _fact(group, message, kind, key, odd[0])),
                [Place(holder, _fact(group, holder, kind, key, reference))],
                key=key, reference=reference, reference_source=source,
                values={"odd": odd[0], "count": len(with_reference),
                        "total": len(carriers)})


def _on_since_sending(message: MessageFacts, kind: str, key: str, reference: str,
                     value: str) -> bool:
    """A start on the day the message goes out (« commandez-la dès ce soir », "from
    today", "starting tonight") says the offer is on when it is read: true of an offer
    that started before (the 1st, for a script sent on the 10th); only a start said
    earlier than the others' is another start."""
    return kind == "date" and key == "start" and bool(message.send_date) and \
        value == message.send_date[:10] and reference < value


def _after_the_offer(message: MessageFacts, kind: str, key: str, reference: str) -> bool:
    """A message sent after the day the offer ends that states none of its figures,
    codes or gifts (« Trop tard pour la livraison ? Commandez jusqu'au 23 décembre et
    retirez ici »): it speaks of what is left once the offer is over, and its deadline
    is no end of the offer."""
    return kind == "date" and key == "end" and bool(message.send_date) and \
        message.send_date[:10] > reference and not any(
            f.kind in ("price", "code", "gift") for f in message.facts)


def _last_usable_day(group: OfferGroup, kind: str, key: str, reference: str,
                     value: str) -> bool:
    """Two ends a few days apart with only days between them that a weekly schedule of
    the offer leaves out (« jusqu'à vendredi » of a weekdays-only offer that runs « au
    dimanche 29 août »): the earlier is the last day the offer can be used, the later the
    end of its period — one end, said two ways. Only the earlier said against the later:
    a message that ends the offer on a day the others leave out of it (« jusqu'à
    dimanche » where all say Saturday) names a day it is not on."""
    if kind != "date" or key != "end":
        return False
    try:
        first, last = dt.date.fromisoformat(value), dt.date.fromisoformat(reference)
    except ValueError:
        return False
    if not 0 < (last - first).days < 7:
        return False
    between = {(first + dt.timedelta(days=i)).weekday()
               for i in range(1, (last - first).days + 1)}
    return any(m.open_days and first.weekday() in m.open_days
               and not between & set(m.open_days) for m in group.messages)


def _variant_says_it(group: OfferGroup, message: MessageFacts, kind: str, reference: str,
                     readings: dict[str, set[str]]) -> bool:
    """The message's own language variant (or original) holds the reference: the two
    versions of one message differ on the value, which BL606 says (a variant that
    differs from its original is a variant's fault, whichever of the two the others
    follow); the value's rule does not say it again between them."""
    other = partner(group, message)
    if other is None or other.language == message.language:
        return False
    # the figure the original gives, whatever it ties it to (« dès 150 € » read as a
    # price there, "from €120" as the minimum here): the two versions differ on it
    return reference in readings.get(other.id, ()) or kind == "price" and any(
        f.kind == kind and f.value == reference for f in other.facts)


def _closing_hour(carriers: list[tuple[MessageFacts, set[str]]],
                  readings: dict[str, set[str]]) -> None:
    """Hours said by their end alone (« jusqu'à 18 h », "until 6pm", value "-18") are
    any span of hours that ends then: « de 10 h à 18 h » keeps the same promise, « de
    10 h à 19 h » does not."""
    spans = {v for _, values in carriers for v in values if re.fullmatch(r"[\d.]+-[\d.]+", v)}
    for message, values in carriers:
        for value in values:
            if re.fullmatch(r"-[\d.]+", value):
                readings[message.id] |= {v for v in spans if v.endswith(value)}


def _ordered(values: set[str], message: MessageFacts, kind: str) -> list[str]:
    order = [f.value for f in message.facts if f.kind == kind]
    return sorted(values, key=lambda v: order.index(v) if v in order else len(order))


def _stated_elsewhere(group: OfferGroup, message: MessageFacts, kind: str,
                      value: str) -> bool:
    """Another message of the offer states this figure too, whatever it ties it to (the
    price after the early-booking deadline, a total for two, an instalment): a figure the
    campaign gives, which this message may tie to something else than the others do.
    Which of the two is "the same offer" cannot be shown; a figure no other message gives
    (last year's fare, a deposit of 20 % where all say 25 %) can."""
    if kind != "price":
        return False
    return any(f.kind == kind and f.value == value
               for m in group.messages if m is not message for f in m.facts)


def of_other_offer(group: OfferGroup, fact: Fact) -> bool:
    """A condition bound to figures only another offer of the campaign gives (« Tu es
    étudiant·e ? une formule à 29 €/mois sans engagement » where the `etudiant` offer is
    29 €): that offer's condition, said in passing, not this one's."""
    if not fact.claims:
        return False
    theirs = {f.value for m in group.others for f in m.facts if f.kind == "price"}
    # the offer's own figures: those most of its messages give
    said = Counter(v for m in group.messages for v in m.values("price"))
    ours = {v for v, n in said.items() if 2 * n > len(group.messages)}
    return all(v in theirs and v not in ours for v in fact.claims)


def _other_offers(group: OfferGroup, message: MessageFacts, kind: str, value: str) -> bool:
    """The message names another offer of the campaign, whose messages give this figure
    (« l'abonnement lentilles vous ferait économiser 10 % » where the `abonnement`
    offer is -10 %; « Tu es étudiant·e ? Une formule à 29 €/mois »): the figure of that
    offer, which the message mentions beside its own, no other figure for this one."""
    if kind != "price":
        return False
    from brandlint.campaign.extract import stem

    words = set(message.words)
    return any(m.offer and stem(m.offer) in words and any(
        f.kind == kind and f.value == value for f in m.facts) for m in group.others)


def _under_ceiling(group: OfferGroup, holders: list[tuple[MessageFacts, set[str]]],
                   kind: str, key: str, reference: str, value: str) -> bool:
    """The reference is said as a ceiling (« jusqu'à -40 % », "up to 40% off") and the
    figure is under it: one item's discount inside the offer (« la barre de son est à
    -30 % »), not another figure for the offer."""
    if kind != "price" or not any(
            f.up_to for m, _ in holders for f in m.facts
            if f.kind == kind and f.value == reference and fact_key(group, f) == key):
        return False
    below, top = _amount(value), _amount(reference)
    return below is not None and top is not None and below < top


def _after_amount_off(group: OfferGroup, key: str, reference: str, value: str) -> bool:
    """The figure is the reference price less an amount off the campaign states (« Pass
    19 € … Carte Mistral : -3 € » then « votre Pass revient à 16 € »): the price once
    that amount is taken off, which a message may give instead of the two figures, not
    another price for the offer."""
    if not key.startswith("price") or reference.endswith("%"):
        return False
    full, price = _amount(reference), _amount(value)
    currency = reference.rsplit(" ", 1)[-1]
    if full is None or price is None:
        return False
    return any(f.kind == "price" and f.key == "amount_off"
               and f.value.rsplit(" ", 1)[-1] == currency
               and abs(full - (_amount(f.value) or 0) - price) < 0.005
               for m in group.messages for f in m.facts)


def _amount(value: str) -> float | None:
    try:
        return float(value.rstrip("%").split(" ")[0])
    except ValueError:
        return None


def _reference(group: OfferGroup, kind: str, key: str,
               carriers: list[tuple[MessageFacts, set[str]]],
               readings: dict[str, set[str]] | None = None) -> tuple[str, str]:
    committed = group.commitments.get(key) if kind == "promise" else None
    readings = readings or {m.id: values for m, values in carriers}
    support = Counter(v for m, _ in carriers for v in readings[m.id])
    if committed is not None and committed in support:
        return committed, "profile"
    best = max(support.values())
    if best == 1 and len(carriers) == 2:
        # one against one: a variant follows its original, else the first message leads
        first, second = carriers[0][0], carriers[1][0]
        lead = first if second.variant_of == first.id or first.variant_of != second.id \
            else second
        values = carriers[0][1] if lead is first else carriers[1][1]
        return next(iter(sorted(values))), "original" if (
            second.variant_of == first.id or first.variant_of == second.id) else "first"
    for message, values in carriers:  # ties go to the value stated first
        for value in [*_ordered(values, message, kind), *sorted(readings[message.id])]:
            if support[value] == best:
                return value, "majority"
    raise AssertionError("no reference")  # pragma: no cover - carriers is never empty


def _fact(group: OfferGroup, message: MessageFacts, kind: str, key: str,
          value: str) -> Fact | None:
    for fact in message.facts:
        if fact.kind != kind or comparable(group, fact) != value:
            continue
        if fact_key(group, fact) == key:
            return fact
    for fact in message.facts:  # the value is another reading of the words
        if fact.kind == kind and fact_key(group, fact) == key and any(
                comparable(group, dataclasses.replace(fact, value=v)) == value
                for v in fact.near):
            return fact
    return None


def first_claim(message: MessageFacts) -> Fact | None:
    """The offer the message makes: its first discount, else its first figure."""
    for key in ("discount_pct", "amount_off"):
        fact = message.first("price", key)
        if fact is not None:
            return fact
    return next((f for f in message.facts if f.kind == "price"
                 and f.key not in NOT_CLAIMS), None)


def condition_types(message: MessageFacts) -> set[str]:
    """The conditions the message states (a condition said in short only, such as
    « réservés en ligne », is carried, not stated: see `carried`)."""
    types = {f.key for f in message.facts if f.kind == "condition" and f.key not in CARRIES
             # the terms of use of the product sold (« la carte reste valable un an,
             # hors soirées de gala »): the product's, no condition of the offer
             and f.claims != (PRODUCT_TERMS,)}
    if message.first("price", "min_basket") is not None:
        types.add("minimum")
    if message.first("price", "shipping_threshold") is not None:
        types.add("shipping_minimum")  # free delivery from a basket, its condition
    return types


def carried(message: MessageFacts) -> set[str]:
    """The conditions the message carries by saying them in short (« -25 % sur vos
    billets réservés en ligne » carries "online only"): it does not leave them out, nor
    does it state them for the others to follow."""
    return {CARRIES[f.key] for f in message.facts
            if f.kind == "condition" and f.key in CARRIES}


def shared_names(messages: Iterable[MessageFacts]) -> set[str]:
    """Names the campaign writes in every language it uses: product and offer names,
    not words a translation changes."""
    by_language: dict[str, set[str]] = {}
    inside: set[str] = set()  # written capitalised inside a sentence somewhere
    for m in messages:
        inside |= m.values("product", "name")
        by_language.setdefault(m.language, set()).update(m.values("product"))
    if len(by_language) < 2:
        return set()
    return set.intersection(*by_language.values()) & inside
