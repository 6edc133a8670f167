from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator

from brandlint.campaign.extract import figures_written, skipped_words, stem
from brandlint.campaign.facts import (
    CARRIES,
    DERIVED_PRICES,
    IMPLIED,
    PRODUCT_TERMS,
    Fact,
    MessageFacts,
)
from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import (
    CampaignFinding,
    OfferGroup,
    Place,
    carried,
    comparable,
    condition_types,
    shared_names,
)
from brandlint.rules.consistency.examples import campaign_csv

COMPARED = ("price", "date", "code", "promise", "condition", "gift", "product",
            "channel")


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    """A language variant that states a fact its original does not, leaves one out, or
    gives it another value (« jusqu'au mercredi 27 » / "Thursday 28"): the variant's
    fault, whichever side the other messages follow; BL601-605 do not say it again
    between the two rows."""
    names = shared_names(group.messages)
    for variant, original in group.variant_pairs():
        if variant.language == original.language:
            continue
        missing, extra = [], []
        adapted = _other_market(variant, original)
        for kind in COMPARED:
            mine, theirs = _facts(group, variant, kind, names), _facts(group, original, kind,
                                                                      names)
            if kind == "product" and (adapted or mine and theirs and not set(mine) & set(
                    theirs)):
                continue  # each names its own market's places: an adaptation, not a loss
            if kind == "channel" and not (mine and theirs):
                continue  # where the offer is taken, compared when both versions say it
                # beside the figure (« à la boutique » / "at the shop and online"): a
                # version that names no place leaves it to the reader, no other offer
            if kind == "price" and not (_fees(mine) and _fees(theirs)):
                # a fee said in one version only (« frais d'inscription offerts » / a
                # version that does not name it): compared only when both give it
                mine, theirs = ({k: f for k, f in side.items() if f.key != "fee"}
                                for side in (mine, theirs))
            if kind == "price" and adapted:
                # its own market's amounts (£10 off in the UK, 12 € off in Lille) are
                # no other offer's figures: only a version without any says less
                if mine and theirs:
                    mine, theirs = ({k: f for k, f in side.items() if k[1].endswith("%")}
                                    for side in (mine, theirs))
            less = _only(theirs, mine, kind, _names_period(variant), variant.send_date,
                         variant.days, variant.words, variant.schedule)
            more = _only(mine, theirs, kind, _names_period(original), original.send_date,
                         original.days, original.words, original.schedule)
            if kind == "price":
                # a percentage the other version gives by its two prices (« 44,90 € au
                # lieu de 59,90 € » / "25% off: €44.90 instead of €59.90"): the same
                # discount, said by its figures
                less = [f for f in less if not _implied_by(f, variant)]
                more = [f for f in more if not _implied_by(f, original)]
            if kind == "condition":
                # a condition whose marks (« hors séances en 3D », « Carte Velliane+ »)
                # the other version writes is said there in its own words ("3D
                # screenings aside", "Velliane+ card"), read or not
                less = [f for f in less if not _marked(f, variant)]
                more = [f for f in more if not _marked(f, original)]
            if kind in _FIGURED:
                # the same figure the other version writes, read there as another fact
                # (« jusqu'au 30/04 » a date / "until 30 April" a promise's day; a least
                # price, « à partir de 150 € » read as a price / "a frame priced €150 or
                # more" as the minimum) or as none ("about 25 minutes", "4 seats or
                # more" / « dès 4 sièges »)
                less = [f for f in less if not _written(f, original.language, variant)]
                more = [f for f in more if not _written(f, variant.language, original)]
            # a condition the other side says in short is carried (« réservez en
            # ligne » / "Online only")
            missing += [(kind, f) for f in less
                        if not (kind == "condition" and f.key in carried(variant))]
            extra += [(kind, f) for f in more
                      if not (kind == "condition" and f.key in carried(original))]
        if not missing and not extra:
            continue
        odd_fact = extra[0][1] if extra else None
        other_fact = missing[0][1] if missing else None
        yield CampaignFinding(RULE.code, "variant", Place(variant, odd_fact),
                              [Place(original, other_fact)], key="variant",
                              reference_source="original",
                              values={"missing": missing, "extra": extra})


def _facts(group: OfferGroup, message: MessageFacts, kind: str,
           names: set[str]) -> dict[tuple[str, str], Fact]:
    """(key, value) -> fact, for what a translation must carry over."""
    out: dict[tuple[str, str], Fact] = {}
    for fact in message.facts:
        if fact.kind != kind:
            continue
        value = comparable(group, fact)
        if value is None or kind == "product" and (value not in names
                                                   or value in _common_words()):
            continue  # « Les lignes d'été » / "Les Granges": a function word, no name
        if kind == "condition" and fact.key in CARRIES:
            continue  # said in short: carries the condition, no fact of its own
        if kind == "price" and fact.key == IMPLIED:
            continue  # the discount two prices say: the prices are the facts
        if kind == "price" and fact.key == "amount_off" and _saving_of_prices(message, fact):
            continue  # « 495 € au lieu de 660 € : 165 € d'économie », "that's €165
            # saved": the saving the price and its former price say, as the implied
            # discount; the prices are the facts
        if kind == "price" and fact.key in DERIVED_PRICES:
            continue  # « 1 378 € pour deux », "12 monthly payments of €45": the offer's
            # price said again in other units, which a version may leave to its reader
        if kind == "condition" and fact.key == "footnote":
            continue  # a footnote's own words: not comparable across languages
        if kind == "condition" and fact.claims == (PRODUCT_TERMS,):
            continue  # the terms of the product (« Plantez…, hors période de gel »), no
            # condition of the offer: a version may say them in its own words or not
        if kind == "gift" and fact.key == "shipping" and \
                message.first("price", "shipping_threshold") is not None:
            continue  # free delivery from a basket: the threshold says it, a figure
            # compared as such (« offerte dès 80 € » / "free from €80")
        # (a delay tied to no service, « l'adhésion se fait en deux minutes », is kept
        # to say the other side's delay again, never reported itself: see _only)
        key = fact.key if kind in ("promise", "condition") else kind  # product: any name
        out.setdefault((key, value), fact)
    if kind == "condition" and "minimum" in condition_types(message):
        fact = message.first("price", "min_basket")
        out.setdefault(("minimum", "minimum"), fact)
    return out


def _saving_of_prices(message: MessageFacts, fact: Fact) -> bool:
    """The amount off is the difference between a price of the message and the former
    price its implied discount gives (within the rounding of that percentage)."""
    amount, currency = _figure(fact.value)
    if amount is None:
        return False
    shares = [float(v.rstrip("%")) for f in message.facts if f.kind == "price"
              and f.key == IMPLIED for v in (f.value, *f.near)]
    for price in message.facts:
        value, unit = _figure(price.value)
        if price.kind != "price" or price.key != "price" or value is None or \
                unit != currency:
            continue
        for share in shares:
            if 0 < share < 100:
                former = value / (1 - share / 100)
                if abs(former - value - amount) <= 0.01 * former:
                    return True
    return False


def _figure(value: str) -> tuple[float | None, str]:
    number, _, unit = value.partition(" ")
    try:
        return float(number), unit
    except ValueError:
        return None, unit


def _implied_by(fact: Fact | None, other: MessageFacts) -> bool:
    """The percentage off is the one the other version's price and former price
    imply."""
    return fact is not None and fact.value.endswith("%") and any(
        fact.value in (f.value, *f.near) for f in other.facts
        if f.kind == "price" and f.key == IMPLIED)


_FIGURED = ("price", "date", "promise", "condition")


def _written(fact: Fact | None, language: str, other: MessageFacts) -> bool:
    """The other version states the fact's figure, whatever it reads it as: a fact of
    any kind with the same value (a date, a day, an amount), or every figure of the
    fact's words written there with the same unit (MessageFacts.figures)."""
    if fact is None:
        return False
    if any(c.isdigit() for c in fact.value) and any(
            fact.value in (f.value, *f.near) for f in other.facts):
        return True
    figures = set(figures_written(fact.text, language))
    if fact.kind != "condition":
        # a bare count is compared only as a condition's least number (« dès 3 sièges »
        # / "3 seats or more"): elsewhere the same digits may count anything ("all 6 of
        # our cinemas" is not « les 6 premiers mois »)
        figures = {f for f in figures if not f.replace(".", "").isdigit()}
    return bool(figures) and figures <= set(other.figures)


def _marked(fact: Fact | None, other: MessageFacts) -> bool:
    """The other version writes every word of the condition's clause that reads alike in
    both languages: it names what the condition is about, so it says the condition."""
    return fact is not None and bool(fact.marks) and set(fact.marks) <= set(other.marks)


def _fees(facts: dict[tuple[str, str], Fact]) -> bool:
    return any(f.key == "fee" for f in facts.values())


def _same_hours(value: str, theirs: set[str]) -> bool:
    """Hours said by their end alone (« jusqu'à 18 h », value "-18") agree with any
    span that ends then (« de 10 h à 18 h »), as in BL604."""
    return any(value.startswith("-") and v.endswith(value) or
               v.startswith("-") and value.endswith(v) for v in theirs)


def _currencies(message: MessageFacts) -> set[str]:
    return {f.value.rsplit(" ", 1)[-1] for f in message.facts
            if f.kind == "price" and not f.value.endswith("%")}


def _other_market(variant: MessageFacts, original: MessageFacts) -> bool:
    """The variant prices in another currency than its original (£10 off in the UK, 12 €
    off in Lille): an adaptation for another market, which names its own stores and
    towns (« Milepost Lille », "every Milepost store"); its figures, dates, codes,
    conditions and promises are still the offer's."""
    mine, theirs = _currencies(variant), _currencies(original)
    return bool(mine and theirs and not mine & theirs)


def _names_period(message: MessageFacts) -> bool:
    return message.first("date", "period") is not None


def _started(value: str, send_date: str | None) -> bool:
    """A start on or before the day the other version goes out: implied by its sending."""
    return bool(send_date) and len(value) == 10 and value <= send_date[:10]


@functools.cache
def _common_words() -> frozenset[str]:
    """The function words of every language a campaign mixes (« les », "the")."""
    return frozenset(w for language in ("fr", "en") for w in skipped_words(language))


def _only(mine: dict, theirs: dict, kind: str, their_period: bool = False,
          their_send: str | None = None, their_days: tuple[str, ...] = (),
          their_words: tuple[str, ...] = (),
          their_schedule: tuple[str, ...] = ()) -> list[Fact]:
    """Facts of `mine` the other side does not state. Where both sides state a value for
    the same key (a promise for delivery, a date's end), a different value is not a
    missing fact. A pointer to the terms is no fact of its own, and carries every
    condition by reference. A period given by its dates (« du 18 octobre au 2
    novembre ») is said by a side that names it ("over half-term"); a start on or before
    the other side's send date by its going out."""
    their_keys = {k for k, _ in theirs}
    their_values = {v for _, v in theirs}
    # the two dates of one period are read from the same words (start and end)
    said = Counter((f.line, f.column) for f in mine.values() if f is not None)
    ranges = {f.text for f in mine.values() if f is not None and said[f.line, f.column] > 1}
    out = []
    for (key, value), fact in mine.items():
        if (key, value) in theirs:
            continue
        if kind == "product" and fact.key == "place":
            continue  # « près de Bordeaux », "With love from Bordeaux": where, for the
            # reader, no name of what the offer sells (a name the other version writes
            # after a preposition of place is said there all the same)
        if kind == "date" and their_period and fact.text in ranges:
            continue
        if kind == "date" and fact.key == "start" and _started(fact.value, their_send):
            continue  # « du 2 au 30 juin » sent on the 2nd: "until 30 June" says it
        if kind == "promise" and (key == "unnamed" or value in their_values):
            continue  # the same delay, whatever service word each version ties it to
            # (« ton bol est prêt en 10 min » / "ready at the counter in 10 minutes")
        if kind == "promise" and key in their_keys and _same_hours(
                value, {v for k, v in theirs if k == key}):
            continue  # « jusqu'à 23 h » / "10am to 11pm": the same closing hour
        if (kind == "promise" and key.startswith("availability")
                or kind == "condition" and key == "days") and value in their_schedule:
            continue  # the other version names those hours or days, in its own words
            # and sentence (« du lundi au vendredi de 16 h à 18 h » / "on weekdays
            # between 4 and 6pm"; « 39 €, du lundi au vendredi » / "€39. Valid Monday
            # to Friday.")
        if kind == "date" and (fact.value in their_days
                               or any(day in their_days for day in fact.near)):
            continue  # the other version names that day, in its own sentence
            # (« Ouverture le mercredi 08.04 » / "Opening Wednesday 8 April"), in
            # either reading of the words (« avant la fête des mères »: the 24th or 25th)
        if kind == "condition" and key == "terms":
            continue
        if kind == "condition" and any((key, v) in theirs for v in fact.near):
            continue  # the other reading of the same words (« jusqu'à 6 mois » / "under
            # 6 months")
        if kind == "condition" and key == "selection" and fact.about and \
                stem(fact.about[0]) in their_words:
            continue  # « la sélection Vélotaf » / "Vélotaf bikes": the other version
            # names the items by the selection's name
        if kind == "product" and stem(value) in their_words:
            continue  # the other version writes the name as a common word: "Starter
            # Box" / « la box de bienvenue », « le lac de Vauclair » / "Lac de Vauclair"
        if kind == "condition" and theirs and key not in their_keys and \
                ("terms", "terms") in theirs:
            continue
        # a value the other side gives otherwise (« jusqu'au mercredi 27 » / "Thursday
        # 28"; « engagement de 12 mois » / "a 6-month commitment") is the variant's
        # fault, said here, whichever side the other messages follow (BL601-605 do not
        # say it again between the two)
        out.append(fact)
    return out


RULE = Rule(
    "BL606", "variant-content-mismatch", Severity.WARNING,
    "A language variant says more or less than its original (a figure, date, code, "
    "condition, promise or product name present in one only).",
    RuleDoc(
        what="Pairs each language variant with its original (`variant_of`, a shared "
             "`group`, or ids differing by a language suffix: noel-02-fr / noel-02-en) and "
             "compares what they state: figures, dates, codes, service promises, conditions, "
             "and the product or offer names the campaign writes in both languages. A fact "
             "in one and not in the other fires, with the list of what is missing or added. "
             "A detail is not a fact: an address, a greeting, a hashtag, a delay tied to no "
             "service, a footnote's own wording; nor are the places a variant names for its "
             "own market when the two versions name none in common, or when it prices in "
             "another currency (£10 off in the UK, 12 € off at « Milepost Lille »: an "
             "adaptation for another market). The same thing said in each language's idiom "
             "is said: « la suivante est pour nous » is \"the next one's on us\", « on "
             "vous le livre gratuitement » is \"free delivery\"; a free membership card "
             "is the price of the condition, no gift. What a variant says in "
             "other words is said: an asterisk kept without its footnote points to the terms "
             "as \"T&Cs apply\" does, a named holiday period (\"half-term\", « vacances de "
             "la Toussaint ») says the dates its original gives the period, « sans frais » "
             "is \"free of charge\", « dans la limite des places disponibles » is \"subject "
             "to availability\"."
             " A function word is no name; a name the other version writes as a common"
             " word is said (\"Starter Box\" / « la box de bienvenue »); paying in"
             " instalments « sans frais » is no gift. A value the two versions give"
             " differently (an end date, a figure, a code, a delay, how long the customer"
             " is bound) fires here, whichever version the other messages follow; the"
             " value's own rule (BL601-605) does not report it again between the two.",
        why="Translators drop the footnote or the end date, or add a promise nobody "
            "approved: customers in one language get a different offer.",
        fires=(Example(campaign_csv("fr", (
            "-25 % sur la collection Aurore jusqu'au 24/12, dans la limite des stocks.",
            "25% off the Aurore collection until Dec 24."),
            ids=("promo-fr", "promo-en"), languages=("fr", "en"),
            variant_of=("", "promo-fr")), file="campagne.csv"),
               Example(campaign_csv("en", (
                   "25% off the Aurore collection until Dec 24.",
                   "-25 % sur la collection Aurore jusqu'au 24/12 avec le code AURORE25."),
                   ids=("promo-en", "promo-fr"), languages=("en", "fr"),
                   variant_of=("", "promo-en")), lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", (
            "-25 % sur la collection Aurore jusqu'au 24/12, dans la limite des stocks.",
            "25% off the Aurore collection until December 24th, while stocks last."),
            ids=("promo-fr", "promo-en"), languages=("fr", "en")), file="campagne.csv"),
                       Example(campaign_csv("en", (
                           "25% off the Aurore collection until Dec 24.",
                           "La collection Aurore à -25 % jusqu'au 24 décembre."),
                           ids=("promo-en", "promo-fr"), languages=("en", "fr")),
                               lang="en", file="campaign.csv")),
        fix="Carry every figure, date, code, condition and name over to the other version.",
    ),
)
