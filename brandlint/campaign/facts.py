"""What one campaign message states, as plain data: the facts the campaign checks
(BL6xx) compare between messages. Small and JSON-ready, so that a run keeps these and
not the parsed documents, and a cached result carries them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# (channel: where the offer is taken, "store" or "online", said beside its figure)
KINDS = ("price", "date", "code", "promise", "condition", "gift", "product", "channel")
# price keys that say the offer's price again in other units (a total for a group, a
# monthly equivalent, one instalment, one unit of a pack): compared only with the same
# quantity, never a claim of their own (see campaign.extract._quantity)
DERIVED_PRICES = ("group_total", "per_month", "instalment",
                  # the price of one unit of a pack the message prices (« 12 € l'entrée,
                  # soit 120 € les 10 »): compared with other units' only
                  "unit_price")
# the discount a price and its former price say together (« 209 € au lieu de 299 € » is
# 30 % off): compared with the discounts the other messages state, never a claim or a
# variant's fact of its own (the two prices are)
IMPLIED = "implied_pct"
# what an age limit conditions when its clause says free and gives no figure (« gratuit
# pour les moins de 12 ans », "under-12s free"): the free entry, which no figure of
# another message is (a claim of a condition, never a value of a fact)
FREE_ENTRY = "free_entry"
# what a condition conditions when its sentence gives how long the product stays good
# and no money off or gift (« la carte reste valable un an, hors soirées de gala »,
# "valid for a year, gala nights excepted"): the use of the product sold, a gift card or
# a pass, which no figure of the offer is (a claim of a condition, never a value of a
# fact): no condition of the offer a message must repeat
PRODUCT_TERMS = "product_terms"
# figures a condition of the offer does not bind: those, and the deposit (a payment
# term: « 7 nuits minimum » conditions the discount, not the 25 % paid at booking)
NOT_CLAIMS = ("deposit", IMPLIED, *DERIVED_PRICES,
              # a fee beside the price (« frais d'inscription offerts »): a payment term
              "fee")
# a condition said in short, which a message carries without stating it as one of its
# own (« -25 % sur vos billets réservés en ligne » carries "online only"): key -> the
# condition it carries
CARRIES = {"online_means": "online",
           # the first delivery (« sur votre 1re livraison », "your first delivery"): the
           # first order, where the campaign makes one a condition
           "first_delivery": "first_order",
           # what the offer is on, said positively (« le forfait concerne les vélos sans
           # assistance »): the items it covers, so what it leaves out is said
           "scope": "exclusions"}


@dataclass(frozen=True)
class Fact:
    """One thing a message states. `key` says what it is about (discount_pct, end,
    delivery, stock…); `value` is comparable across formats and languages (30%,
    2026-12-24, NOEL30, 72h); `text` the words as written, at line/column."""

    kind: str
    key: str
    value: str
    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    about: tuple[str, ...] = ()  # the product words a price stands next to
    # a condition read in a footnote: the figures its asterisk marks (« 36 €* »)
    claims: tuple[str, ...] = ()
    # other values the same words may mean: « encore 10 jours » ends on the 29th or the
    # 30th, as the writer counts the day of sending or not
    near: tuple[str, ...] = ()
    # a condition read in the footnote an asterisk points to, not in the message's body
    note: bool = False
    # a figure said as a ceiling (« jusqu'à -40 % », "up to 40% off"): a smaller one of
    # the same key is one of the offer's
    up_to: bool = False
    # a condition's marks: the words of its clause written alike in every language (a
    # format, « séances en 3D » / "3D screenings"; a club's name, « Carte Velliane+ » /
    # "Velliane+ card"), by which a language variant is seen to say it in its own words
    marks: tuple[str, ...] = ()

    def to_json(self) -> dict:
        out = asdict(self)
        out["about"] = list(self.about)
        out["claims"] = list(self.claims)
        out["near"] = list(self.near)
        out["marks"] = list(self.marks)
        return out

    @classmethod
    def from_json(cls, data: dict) -> Fact:
        return cls(**{**data, "about": tuple(data.get("about") or ()),
                      "claims": tuple(data.get("claims") or ()),
                      "near": tuple(data.get("near") or ()),
                      "marks": tuple(data.get("marks") or ())})


@dataclass
class MessageFacts:
    """A campaign message: where it is, how it is tied to the others, what it states."""

    campaign: str
    id: str
    path: str
    line: int
    channel: str | None
    language: str
    variant_of: str | None = None
    group: str | None = None
    offer: str | None = None
    send_date: str | None = None
    facts: list[Fact] = field(default_factory=list)
    # the message's content words (stems), to tell whether it says a condition another
    # message gives in a footnote (a few hundred bytes, never the parse)
    words: tuple[str, ...] = ()
    # every day the message names, whatever for (ISO dates): a language variant that
    # names the day its original gives as the offer's start or end carries it, even in
    # a sentence not read as the offer's dates (« Ouverture le mercredi 08.04 » /
    # "Opening Wednesday 8 April")
    days: tuple[str, ...] = ()
    # every weekly schedule the message names, whatever for: the runs of days ("mon-fri"
    # for « du lundi au vendredi », "on weekdays") and the hours ("16-18" for « de 16 h
    # à 18 h », "between 4 and 6pm"): a language variant that names the hours or days
    # its original gives as a service's carries them, in a sentence not read as one
    schedule: tuple[str, ...] = ()
    # a script where the caller has already ordered (« j'ai commandé le coffret hier »):
    # the agent speaks of that order, and needs not repeat the offer's conditions
    after_sale: bool = False
    # a script where the caller names what they are buying, with its price (« ma
    # commande fait 42 € », "I'm looking at a patio set for $640"): the agent applies
    # the offer to that purchase, and needs not recite the items it leaves out
    caller_purchase: bool = False
    # the offer said to cover the whole range (« sur tout le rayon », "ALL e-bikes",
    # "storewide"): the message claims nothing is left out, however short it is
    whole_range: bool = False
    # a script where the caller says they are a member (« je suis membre du Club », "I'm
    # a Club member"): the members' condition is met in the call
    caller_member: bool = False
    # a script where the ages of the party are said or asked (« mes filles ont 8 et 11
    # ans », "How old are the children?"): the age condition is checked in the call
    caller_age: bool = False
    # the offer said to be taken in store as well as online (« en boutique ou sur
    # ravelin.fr », "in store or online"): where others tie it to booking online, it
    # contradicts them
    any_channel: bool = False
    # the offer said to hold on every item of a kind (« sur toutes les montures du
    # magasin », "on any frame in store"): it claims no selection
    all_items: bool = False
    # the days of the week the offer holds on, by a weekly schedule in a sentence that
    # gives its figure (« 39 € la journée, du lundi au vendredi », "on weekdays"; 0 is
    # Monday): an end on the last of them before the days it leaves out is the offer's
    # last usable day
    open_days: tuple[int, ...] = ()
    suppressions: list = field(default_factory=list)  # [codes, first line, last line]
    # every word of the message written alike in every language, codes apart (« 3D »,
    # « Velliane+ »): see Fact.marks
    marks: tuple[str, ...] = ()
    # every figure the message writes, whatever for, with what it counts (« 25 minutes »
    # "0.416667h", « dès 4 sièges » "4", « 890 € » "890 EUR"): a language variant that
    # writes a figure its original gives as a fact says it, read as that fact or not
    # ("about 25 minutes", "4 seats or more")
    figures: tuple[str, ...] = ()

    def values(self, kind: str, key: str | None = None) -> set[str]:
        return {f.value for f in self.facts
                if f.kind == kind and (key is None or f.key == key)}

    def first(self, kind: str, key: str | None = None, value: str | None = None) -> Fact | None:
        return next((f for f in self.facts if f.kind == kind
                     and (key is None or f.key == key)
                     and (value is None or f.value == value)), None)

    def to_json(self) -> dict:
        return {"campaign": self.campaign, "id": self.id, "path": self.path,
                "line": self.line, "channel": self.channel, "language": self.language,
                "variant_of": self.variant_of, "group": self.group, "offer": self.offer,
                "send_date": self.send_date, "facts": [f.to_json() for f in self.facts],
                "words": list(self.words), "days": list(self.days),
                "after_sale": self.after_sale, "caller_purchase": self.caller_purchase,
                "whole_range": self.whole_range, "caller_member": self.caller_member,
                "caller_age": self.caller_age, "any_channel": self.any_channel,
                "all_items": self.all_items, "open_days": list(self.open_days),
                "schedule": list(self.schedule), "marks": list(self.marks),
                "figures": list(self.figures), "suppressions": self.suppressions}

    @classmethod
    def from_json(cls, data: dict) -> MessageFacts:
        return cls(**{**data, "facts": [Fact.from_json(f) for f in data.get("facts", [])],
                      "words": tuple(data.get("words") or ()),
                      "days": tuple(data.get("days") or ()),
                      "open_days": tuple(data.get("open_days") or ()),
                      "schedule": tuple(data.get("schedule") or ()),
                      "marks": tuple(data.get("marks") or ()),
                      "figures": tuple(data.get("figures") or ())})
