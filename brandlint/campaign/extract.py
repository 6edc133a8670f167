"""The facts one campaign message states, read from its text and its spaCy parse.

A campaign mixes French and English rows while a run parses with its profile's model,
so the figures, dates, codes and conditions are read from the text with the row's own
language (its `language` key); the parse helps where it is the message's language
(product nouns). Service promises reuse the project's delay analysis
(`analysis.promises`): the delays and opening hours it finds, attached to the service
they bind, with the promise analysis's own attachment when the message is in the
profile's language and the nearest service word of the sentence otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from brandlint.campaign.dates import (
    find_dates,
    months_named,
    open_days,
    parse_send_date,
    weekly_schedules,
)
from brandlint.campaign.facts import (
    FREE_ENTRY,
    IMPLIED,
    NOT_CLAIMS,
    PRODUCT_TERMS,
    Fact,
    MessageFacts,
)
from brandlint.campaign.lexicon import ends_with, pattern, starts_with, table
from brandlint.campaign.numbers import _bullet, find_figures
from brandlint.profile.durations import unit_words

_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|\n|$)")
_CLAUSE_BREAK = re.compile(r"[,;:()—–|·•]|\s[-–+]\s|\bet\b|\band\b|\bmais\b|\bbut\b|"
                           r"\bplus\s+(?=(?:a|an|the|free|un|une|des)\b)", re.I)
# "48-hour delivery", "2-day dispatch", "one-week turnaround": a delay as an adjective
_COMPOUND_DELAY = re.compile(r"(?<![\w-])(?P<n>\d{1,3}|one|two|three|four|five|six|seven)-"
                             r"(?P<u>hour|day|week)(?![\w-])", re.I)
_COMPOUND_UNIT_HOURS = {"hour": 1, "day": 24, "week": 168}
_MONEY_NEXT = re.compile(r"\s*(?:à\s+|at\s+)?[€£$]?\s?\d")
_LIST_SEPARATOR = re.compile(r"[·•|]")
_CODE_TOKEN = re.compile(r"(?<![\w-])([A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\w-])")
_AFTER_CODE = re.compile(r"(?:code|coupon|promo|voucher)\W{0,4}(?:promo\W{0,4})?"
                         r"[«\"“'‘:\s]*([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)", re.I)
# (a name may end with a plus, as a loyalty programme's does: « Belvau+ »)
# (after a French elided article too: « l'Ascension », « d'Aubrac »)
_CAPITALISED = re.compile(r"(?:(?<![\w'’-])|(?<=\b[lLdD]['’]))([A-ZÀ-Ý][\w’'-]*[\w]\+?)")
# a French elided article or pronoun before a word: « l'», « d'», « qu'»
_ELISION = re.compile(r"(?:[ldjmnstcLDJMNSTC]|qu|Qu)['’](?=\w)")
_DEADLINE = re.compile(r"(?:sous|en|within|in|under|d['’]ici|dans les)\s", re.I)
_FROM_PRICE = re.compile(r"[\d€£$]\s*(?:from|de)\s*$", re.I)
_JOINED_DAYS = re.compile(r"(?:(?<![\d.,/])\d{1,2}(?:er|st|nd|rd|th)?\s*(?:,|et|and|&)\s*)+$", re.I)
_TO_NEW_PRICE = re.compile(r"[ \t]*(?:→|->|➜|➔|⇒|=>|»)[ \t]*[-−]?[ \t]*[\d€£$]")
# a footnote: an asterisk opening a line, or a segment of a banner (« … | *à valoir sur… »)
# (or inline, after a sentence: « … jusqu'à mercredi*. *Dans la limite des stocks »)
_FOOTNOTE = re.compile(r"(?m)(?:^[ \t]*|[|•·][ \t]*|(?<=[.!?])[ \t]+)(?:\(\*\)|\*{1,3})"
                       r"[ \t]*(?=\S)")
_FOOTNOTE_END = re.compile(r"[.!?](?=\s)|[|\n]|$")
_STAR_ON_CLAIM = re.compile(r"\S\*{1,3}(?=[\s.,;:!?)|]|$)")
# words set in bold the markdown way (« **Faut-il être membre ?** », a page's question): the
# asterisks are the emphasis, neither a pointer nor a footnote
_BOLD = re.compile(r"\*\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*\*")
# (a figure after a currency sign is money, no time of day: "€71.20 for 7 days")
_TIME_TAIL = re.compile(r"\s*(?:(?<![\w'’])à\s+|\bat\s+)?"
                        r"(?:(?<![\d€£$.,])\d{1,2}\s*(?:[:h.]\s*\d{2}\s*(?:am|pm)?|h|am|pm)\b|"
                        r"minuit|midnight|midi|noon)\s*(?:\([^()\n]{0,30}\))?\s*"
                        r"(?:on|le|the|,)?\s*$", re.I)
# when the parcel arrives, said by its verb or by the delivery itself ("for delivery
# before Christmas", « une livraison avant Noël »)
# (a word or two may say where: « Livraison à domicile avant Noël », "delivered to your
# door by Christmas")
_ARRIVAL = re.compile(r"\b(?:livré|livrée|livrés|livrées|reçu|reçue|reçus|reçues|delivered|"
                      r"arrives?|arriving|received|delivery|livraison)"
                      r"(?:\s+(?!(?:avant|pour|by|before|for)\b)[^\W\d_][\w'’-]*){0,3}?"
                      r"\s+(?:avant|pour|d['’]ici|by|before|for|"
                      r"in\s+time\s+for)\s+(?:le\s+|la\s+|the\s+)?$", re.I)
# a time of day is no day: « avant minuit » is that day's end, not the day before
_CLOCK_WORD = re.compile(r"(?:minuit|midnight|midi|noon)", re.I)
# the dash that sets a day apart from a headline (« LANTERN NIGHTS – TONIGHT »)
_DASH_BEFORE = re.compile(r"\s*[-–—]\s*$")
# a line that asks (« **Jusqu'à quand puis-je retourner un article ?** »): the question
# the next line answers
_QUESTION_LINE = re.compile(r"\?[\s*_]*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a word written alike in every language: letters with a figure or a trailing sign
_MARK = re.compile(r"(?<![\w+])(?:\d+[^\W\d_]+\w*|[^\W\d_]+\d\w*|[^\W\d_]\w*\+)(?![\w+])")
_MEASURE = re.compile(r"\d+(?:[,.]\d+)?(?:h|min|mn|s|km|kg|g|cm|mm|m|ml|cl|l|j|e|eur|x|"
                      r"er|e|ème|eme|re|st|nd|rd|th|pm|am|ans?|yo|mois|m2|m²)\d*", re.I)
# the subject of "… is free" when it is an act or the message itself, not an item:
# "joining is free", "signing up is free", "it is free"
_SEGMENT_START = re.compile(r"[|·•:—][ \t]*$|\s[-–][ \t]+$")
_BY = re.compile(r"(?:\bd['’]ici|\bby)(?:\s+(?:le|la|the))?\s*$", re.I)
_OFFER_WORD = re.compile(r"\b(?:offres?|offers?|deals?|profit\w*|code|promo\w*|remises?|"
                         r"réductions?|discounts?|sale|soldes)\b", re.I)
_INCLUSIVE = re.compile(r"\s*\(?(?:inclus|incluse|compris|included|inclusive)\b", re.I)
# (an -ing word after another word of its noun phrase names an item: "gift wrapping is
# free"; alone, it is the act: "signing up is free", read by _GERUND_START)
_FREE_ACT = re.compile(r"(?:^\W*\w+ing(?:\s+up|\s+in)?|\b(?:it|this|that))\s+$", re.I)
@functools.cache
def _membership(language: str) -> re.Pattern:
    """A membership card or a sign-up, then at most a name, a bracket or a verb "be"
    before the end of the text: what the word after it qualifies."""
    words = "|".join(sorted(map(re.escape, table(language)["membership"]), key=len,
                            reverse=True))
    # (an emoji between them stands as punctuation does: « Carte Verte 💚 Gratuite »)
    return re.compile(rf"\b(?i:{words})(?:\s+[A-ZÀ-Ý][\w+’'-]*){{0,2}}\s*"
                      rf"(?:{_EMOJI}\s*)*[(,:–—-]?\s*"
                      r"(?i:(?:qui\s+)?(?:est|sont|is|are)\s+|['’]s\s+)?$")


# pictographs and their joiners, which a post writes between words as punctuation
_EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"


# an amount of money right before a word of giving (« 10 € offerts », "€10 on the
# house"): the money is what is given
_MONEY_BEFORE = re.compile(r"(?:[€£$]\s?\d(?:[\d.,]*\d)?|\b\d[\d.,]*\s?(?:€|£|\$|EUR\b|euros?\b))"
                           r"\s*$", re.I)
# "only" then another day: the days an offer is on, listed (« ce soir seulement... et
# mardi prochain »)
_ONLY_AND = re.compile(r"\s*(?:seulement|uniquement|only)\b[\s.…,!—–-]*(?:et|and|\+|&)\s+"
                       r"(?:(?:le|la|the)\s+)?", re.I)
# what an amount after a threshold word is spent on (« dès 150 € de monture solaire »,
# as « dès 50 € d'achat »): the least the purchase reaches
_OF_GOODS = re.compile(r"\s*(?:de|d['’]|of)\s*(?!(?:réduc|remise|rabais|frais|moins|plus|"
                       r"crédit|bonus|cashback|credit|discount|saving)\w*)[^\W\d_]{3,}",
                       re.I)
_DURATION = re.compile(r"(?:for|pendant|durant)\b", re.I)
_ONLY_AFTER = re.compile(r"\s*(?:only|seulement|uniquement)\b", re.I)
_COUNT_OF_DAYS = re.compile(r"\d+\s*(?:-\s*)?(?:days?|jours?)\b", re.I)
# a price right before a count of days: what it buys (« 15 € pour 7 jours »)
_PRICE_BEFORE = re.compile(r"(?:[€£$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?|eur|£))"
                           r"\s*(?:pour|for)?\s*$", re.I)
# how often, not how soon: « toutes les 4 semaines », « chaque mois », "every 2, 4 or 6
# weeks", "6 return trips a day", « six fois par jour »
_RHYTHM_BEFORE = re.compile(r"\b(?:every|each|toutes\s+les|tous\s+les|chaque)\s+"
                            r"(?:\d+\s*(?:,|or|ou|and|et)?\s*)*$", re.I)
_RHYTHM = re.compile(r"(?:a|an|per|par)\s", re.I)
_WORKING_DAYS = re.compile(r"\b(?:jours?\s+ouvr|working\s+days?|business\s+days?)", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_CLOCK_AFTER = re.compile(r"\s*\d{2}\b")
# what may stand between a date and the time of day it ends at
_AFTER_DATE = re.compile(r"[ \t]*(?:,|à|at|,\s*(?:à|at))?[ \t]*", re.I)
_BEFORE_DATE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:on|le|the|,)?[ \t]*(?:the[ \t]+)?", re.I)
_CLOCK_BEFORE = re.compile(r"\b(?:il\s+est|it['’]s|it\s+is)\s+(?:déjà\s+|already\s+)?$", re.I)
_GIVE_VERB = re.compile(r"offr|\bgives?\b|\bthrow", re.I)
# money given on a card or a voucher after the verb that gives it (« nous vous offrons une
# carte bonus de 15 € », « un bon d'achat de 10 € », "a €15 bonus card", "a voucher worth
# £10"): an amount, no item
_MONEY_GIVEN = re.compile(
    # (to whom it is given may come first: « nous offrons à votre enfant un bon d'achat
    # de 10 € », "we give your child a €10 voucher")
    r"\s*(?:vous\s+|you\s+|(?:à|to)\s+(?:votre|ton|ta|vos|tes|chaque|your|each|every)"
    r"\s+[\w'’-]+\s+|(?:your|each|every)\s+[\w'’-]+\s+)?(?:une?|des|a|an)\s+(?:"
    r"(?:bons?\s+d['’]achats?|cartes?|bons?|chèques?|avoirs?|crédits?|cards?|vouchers?|credits?"
    r"|e-?cards?)"
    r"(?:\s+(?!de\b|d['’]|of\b|worth\b)[\w'’-]+){0,2}?\s+(?:de|d['’]une\s+valeur\s+de|of|worth)\s*"
    r"[-−]?\s*[\d€£$]|[€£$]\s?\d[\d.,]*\s+(?:[\w-]+\s+){0,2}?(?:cards?|vouchers?|credits?))",
    re.I)
_FOR_A_PRICE = re.compile(r"\b(?:pour|for|à|at)\s+(?:seulement\s+|only\s+|just\s+)?"
                          r"[-−]?\s*[\d€£$]", re.I)
# a preposition of place (and the places listed after it) before a capitalised word
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:near|from|in|at|around|outside|close\s+to|près\s+de|à\s+côté\s+de|depuis|"
    r"autour\s+de|à|en)\s+)(?:[A-ZÀ-Ý][\w'’-]*\s*(?:,|\band\b|\bet\b|\bor\b|\bou\b|&)\s*)*$")
# towns named after a preposition of place, then "or" before the other way to the offer
_TOWNS_OR = re.compile(
    r"\b(?:in|à)\s+[A-ZÀ-Ý][\w'’-]*(?:\s*(?:,|\band\b|\bet\b)\s*[A-ZÀ-Ý][\w'’-]*)*"
    r"\s*,?\s*(?:or|ou)\s+$")
# an exclusion said before what it leaves out (« hors pose », "excluding VAT")
_LEAVES_OUT_AFTER = re.compile(r"(?:hors|excl|sauf|except|à\s+l['’]exception)", re.I)
# a count of things in a message (« 5 places », "5 cinema tickets"), not part of a figure
_COUNT = re.compile(r"(?<![\w.,/])\d{1,3}(?![\w.,/]?\d)")
_GERUND_START = re.compile(r"\W*(?:(?:and|but|so|yes|no)\W+)?\w+ing\b", re.I)


def campaign_of(meta: dict[str, str], default: str | None) -> str | None:
    return meta.get("campaign") or default


def message_facts(document, analysis, campaign: str, profile_language: str) -> MessageFacts:
    """Everything `document` states, with positions in its file."""
    meta = document.meta
    language = (meta.get("language") or profile_language).lower()[:2]
    language = language if language in ("fr", "en") else profile_language
    line, _ = document.source_map.position(0)
    message = MessageFacts(
        campaign=campaign, id=document.id or document.path, path=document.path, line=line,
        channel=document.channel, language=language, variant_of=meta.get("variant_of"),
        group=meta.get("group"), offer=meta.get("offer"), send_date=meta.get("send_date"))
    reader = _Reader(analysis.text, language, parse_send_date(message.send_date),
                     document.source_map)
    reader.lemmas = _lemmas(analysis.doc) if language == profile_language else {}
    reader.campaign_name = _letters(campaign or "")
    reader.skip_words = {w.lower() for w in analysis.profile.brand.split()}
    # the profile's own services are named by its `terms`, in whichever language the
    # row is written (« devis » and "quote" for one `quote` service)
    # the profile's own services are named by their `terms`, in whichever language the
    # row is written (« devis » and "quote" for one `quote` service), and by their own
    # name ("you'll receive your detailed quote within 7 days": the quote's delay, not
    # a delivery)
    reader.services = tuple((name, _own_service_pattern(
        (*promise.terms, name.replace("_", " "), *_dispatch_words(promise.terms),
         *_collection_words(promise.terms))))
        for name, promise in analysis.profile.promises.items() if promise.terms)
    reader.visit_service = _visit_service(analysis.profile.promises)
    reader.callers = _caller_turns(analysis.text, language)
    message.after_sale = any(
        pattern(language, "already_ordered").search(analysis.text, start, end)
        for start, end in reader.callers)
    message.caller_purchase = any(
        pattern(language, "caller_purchase").search(analysis.text, start, end)
        and _MONEY.search(analysis.text, start, end) for start, end in reader.callers)
    message.caller_member = any(
        pattern(language, "caller_member").search(analysis.text, start, end)
        for start, end in reader.callers)
    # (the agent's question counts: « Quel âge a votre fille ? », "How old are they?")
    message.caller_age = bool(reader.callers) and any(
        pattern(language, "caller_age").search(analysis.text, start, end)
        for start, end in _script_turns(analysis.text, reader.callers))
    message.whole_range = bool(pattern(language, "whole_range").search(analysis.text))
    message.all_items = bool(pattern(language, "all_items").search(analysis.text))
    message.any_channel = bool(pattern(language, "any_channel").search(analysis.text))
    reader.figures()
    reader.fees()
    reader.dates()
    reader.codes()
    reader.conditions()
    reader._intro_period()
    reader.gifts()
    reader.slots()
    reader.promises(analysis, same_language=language == profile_language)
    reader._noon_hours()
    reader._closing_hours()
    reader._same_day()
    reader._same_day_cutoff()
    reader._visit_end()
    reader.names(analysis.profile.brand)
    reader.offer_schedule()
    reader.channels()
    if message.offer:
        reader.public_offer_apart()
    message.facts = reader.facts
    message.words = tuple(sorted(reader.content(0, len(analysis.text))))
    message.days = tuple(sorted(reader.days))
    message.open_days = reader.offer_days()
    message.schedule = _schedule(analysis.text, language)
    message.marks = reader.marks(0, len(analysis.text))
    message.figures = figures_written(analysis.text, language)
    return message


# the words of a text, its figures in digits with their decimals (not a date « 30/04 »
# nor a clock « 18:30 », which the dates read) and the signs of money and shares
_WORD_OR_FIGURE = re.compile(r"(?<![\d/:])\d+(?:[.,]\d+)?(?![\d/:])|[^\W\d_]+|[%€£$]")
# the words between a figure and its unit that leave the unit as it is (« les 6
# premiers mois », "the first 3 months" are months)
_BEFORE_UNIT = {"premiers", "premières", "derniers", "dernières", "prochains",
                "prochaines", "first", "last", "next", "full", "pleins", "entiers"}
_CURRENCIES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "$": "USD"}


def figures_written(text: str, language: str) -> tuple[str, ...]:
    """Every figure `text` writes, whatever for: "25" a count, "0.416667h" a duration,
    "890 EUR" money, "30%" a share (see MessageFacts.figures)."""
    words = table(language)["number_words"]
    tokens = [m.group() for m in _WORD_OR_FIGURE.finditer(text)]
    out = set()
    for i, token in enumerate(tokens):
        if token[0].isdigit():
            value = float(token.replace(",", "."))
        elif words.get(token.lower(), 0) > 1:
            value = float(words[token.lower()])  # ("un", "a" and "one" count nothing)
        else:
            continue
        after = [t.lower() for t in tokens[i + 1:i + 3]]
        unit = after[1] if after[:1] and after[0] in _BEFORE_UNIT and len(after) > 1 \
            else (after[0] if after else "")
        before = tokens[i - 1] if i else ""
        if unit == "%":
            out.add(f"{value:g}%")
        elif unit in _CURRENCIES or before in _CURRENCIES:
            out.add(f"{value:g} {_CURRENCIES.get(unit) or _CURRENCIES[before]}")
        elif unit in unit_words():
            out.add(f"{round(value * unit_words()[unit], 6):g}h")
        else:
            out.add(f"{value:g}")
    return tuple(sorted(out))


def _script_turns(text: str, callers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The caller's turns, and the agent's question just before each (« Quel âge ont-ils
    ? » then « 8 et 11 ans »)."""
    out = list(callers)
    for start, _ in callers:
        before = text.rfind("\n", 0, max(start - 1, 0))
        out.append((before + 1 if before != -1 else 0, start))
    return out


def _days_value(days: set[int]) -> str:
    """A run of weekdays as "mon-fri" ("mon-sun" for the whole week)."""
    first = next(d for d in days if (d - 1) % 7 not in days) if len(days) < 7 else 0
    return f"{_DAY_NAMES[first]}-{_DAY_NAMES[(first + len(days) - 1) % 7]}"


def _schedule(text: str, language: str) -> tuple[str, ...]:
    """The runs of weekdays ("mon-fri") and the clock ranges ("16-18") the text names,
    whatever for (« du lundi au vendredi de 16 h à 18 h », "on weekdays between 4 and
    6pm")."""
    out = set()
    for _, days in open_days(text, language):
        out.add(_days_value(days))
    if pattern(language, "every_day").search(text):
        out.add(_days_value(set(range(7))))  # « tous les jours », "every day": mon-sun
    for regex in (_CLOCK_RANGE[language], _CLOCK_BETWEEN[language]):
        for m in regex.finditer(text):
            hours = _clock_range(text, m.start(), m.end(), language)
            if hours:
                out.add(hours)
    return tuple(sorted(out))


class _Reader:
    def __init__(self, text: str, language: str, send, source_map):
        self.text = text
        self.language = language
        self.send = send
        self.source_map = source_map
        self.facts: list[Fact] = []
        self.taken: list[tuple[int, int]] = []  # spans already read as figures or dates
        self.sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
        self.lemmas: dict[int, str] = {}  # offset -> lemma, where the parse can be trusted
        self.skip_words: set[str] = set()
        self.services: tuple[tuple[str, re.Pattern], ...] = ()
        self.visit_service: str | None = None  # the profile's service of a visit
        self.starred: set[str] = set()  # figures marked with an asterisk
        # the campaign's name in bare letters (`fetemeres25` -> "fetemeres")
        self.campaign_name = ""
        self.spans: list[tuple[int, int, Fact]] = []  # where each fact was read
        self.days: set[str] = set()  # every day named, whatever for
        self.callers: list[tuple[int, int]] = []  # a script's caller turns
        self.date_spans: list[tuple[int, int]] = []  # every date named

    def public_offer_apart(self) -> None:
        """In a row of another offer (a members' one), a sentence that opens the offer
        to everyone (« Ensuite, du 9 au 26 avril, la sélection passera à -15 % pour
        tous », "then 15% off for everyone") speaks of the public offer: its facts are
        that offer's, not the row's (the members' dates end on the 8th)."""
        everyone = pattern(self.language, "everyone")
        public = [(start, end) for start, end in self.sentences
                  if everyone.search(self.text, start, end)]
        if not public:
            return
        apart = {id(fact) for s, _, fact in self.spans
                 if any(start <= s < end for start, end in public)}
        self.facts = [f for f in self.facts if id(f) not in apart or f.kind == "product"]

    # -- helpers ---------------------------------------------------------------------
    def add(self, kind: str, key: str, value: str, start: int, end: int,
            about: tuple[str, ...] = (), claims: tuple[str, ...] = (),
            near: tuple[str, ...] = (), note: bool = False, up_to: bool = False) -> None:
        if any(s <= start < e for s, e in self.callers):
            return  # the caller's words (« mon voisin m'a dit -30 % », "the ad said
            # 25% off?"): what the customer says or heard, not what the brand states
        line, column = self.source_map.position(start)
        end_line, end_column = self.source_map.position(end)
        words = " ".join(self.text[start:end].split()).rstrip(".,;:")
        marks = self.marks(*self.clause(start)) if kind == "condition" else ()
        fact = Fact(kind, key, value, words, line, column, end_line, end_column, about,
                    claims, near, note, up_to, marks)
        self.spans.append((start, end, fact))
        if not any(f.kind == kind and f.key == key and f.value == value and f.line == line
                   and f.column == column for f in self.facts):
            self.facts.append(fact)

    def offer_schedule(self) -> None:
        """The days of the week the offer holds on, said in a sentence that gives its
        figure (« 39 € la journée, du lundi au vendredi », "€39 a day, any day of the
        week"): a condition with a value ("mon-fri", "mon-sun" for the whole week), which
        the messages of one offer, and a language variant, must give alike."""
        for start, end, days in weekly_schedules(self.text, self.language):
            first, last = self.sentence(start)
            if any(f.kind == "price" and f.key not in NOT_CLAIMS and first <= s < last
                   for s, _, f in self.spans):
                self.add("condition", "days", _days_value(days), start, end,
                         claims=self._sentence_claims(start))

    def channels(self) -> None:
        """Where the offer is taken, said in a sentence that gives its figure (« -15 %
        sur vos bouteilles à la boutique du verger », "15% off at the orchard shop and in
        our online shop"): a fact of the offer ("store", "online"), which a language
        variant gives as its original does. Online words are read first, a shop word
        inside them being no shop (« notre boutique en ligne », "our online shop")."""
        online = [(m.start(), m.end()) for m in
                  pattern(self.language, "channel_online").finditer(self.text)]
        store = [(m.start(), m.end()) for m in
                 pattern(self.language, "channel_store").finditer(self.text)
                 if not any(s < m.end() and m.start() < e for s, e in online)]
        # the towns of the shops listed as the other way to the offer (« à Lyon, Annecy
        # et Grenoble ou sur sertissa.fr », "in Lyon, Annecy and Grenoble or at
        # sertissa.fr"): the shops there, as « dans nos boutiques » says them
        for start, _ in online:
            town = _TOWNS_OR.search(self.text, max(0, start - 80), start)
            if town is not None and not any(s < town.end() and town.start() < e
                                            for s, e in store):
                store.append((town.start(), town.end()))
        for value, spans in (("store", store), ("online", online)):
            for start, end in spans:
                first, last = self.sentence(start)
                if any(f.kind == "price" and f.key not in NOT_CLAIMS and first <= s < last
                       for s, _, f in self.spans):
                    self.add("channel", "channel", value, start, end)

    def offer_days(self) -> tuple[int, ...]:
        """The days of the week the offer itself holds on: a weekly schedule in a
        sentence that gives a figure of the offer (« la journée est à 39 € au lieu de
        49 €, du lundi au vendredi », "30% off on weekdays"), an end on the last of them
        before days it leaves out being its last usable day; not a shop's opening days
        (« il vous accueille du mardi au samedi »), where the offer may end any day."""
        out: set[int] = set()
        for offset, days in open_days(self.text, self.language):
            start, end = self.sentence(offset)
            if any(f.kind == "price" and start <= s < end for s, _, f in self.spans):
                out |= days
        return tuple(sorted(out))

    def marks(self, start: int, end: int) -> tuple[str, ...]:
        """The words of text[start:end] written alike in every language: letters with a
        figure or a sign (« 3D », « 4K », « Velliane+ »), but no figure with its unit
        (« 48h », « 5E ») and no code, which is compared as such."""
        codes = {f.value.lower() for f in self.facts if f.kind == "code"}
        return tuple(sorted({word.lower() for word in _MARK.findall(self.text, start, end)
                             if not _MEASURE.fullmatch(word) and word.lower() not in codes}))

    def sentence(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return 0, len(self.text)

    def clause(self, offset: int) -> tuple[int, int]:
        start, end = self.sentence(offset)
        before = [m.end() for m in _CLAUSE_BREAK.finditer(self.text, start, offset)]
        after = _CLAUSE_BREAK.search(self.text, offset, end)
        return (before[-1] if before else start), (after.start() if after else end)

    def left(self, offset: int, reach: int = 40) -> str:
        start, _ = self.sentence(offset)
        return self.text[max(start, offset - reach):offset]

    def right(self, offset: int, reach: int = 40) -> str:
        _, end = self.sentence(offset)
        return self.text[offset:min(end, offset + reach)]

    def has(self, key: str, start: int, end: int) -> bool:
        return bool(pattern(self.language, key).search(self.text, start, end))

    # -- figures ---------------------------------------------------------------------
    def figures(self) -> None:
        """Money off first (a signed figure, a percentage or an amount next to a discount
        word), then the other amounts of each sentence: a threshold when a threshold word
        stands before it (« dès », "over", "spend") and the sentence gives money off or
        free shipping, or when a basket word follows it (« d'achat », "or more"); a
        price otherwise."""
        every = find_figures(self.text)
        figures = [f for f in every if not self._restates(f, every)]
        self.starred = {f.normal() for f in figures
                        if self.text[f.end:f.end + 2].lstrip(" ").startswith("*")}
        # money off said by the month (« un abo qui fond de 10 € par mois », "€10 off
        # every month") is money off, not the monthly price
        shares = {f.start: key for f in figures if (key := self._quantity(f)) is not None
                  and not (key == "per_month" and self._discount_key(f) == "amount_off")}
        discounts = {}
        for figure in figures:
            key = None if figure.start in shares else self._discount_key(figure)
            if key is not None and figure.derived:
                key = IMPLIED  # « 6 au prix de 5 »: compared as the discount it implies
            if key is not None:
                discounts[figure.start] = key
        keys = {}
        for figure in figures:
            key = shares.get(figure.start) or discounts.get(figure.start) or \
                self._amount_key(figure, discounts)
            if key == "price" and self._unit_of_pack(figure, figures):
                key = "unit_price"  # « 12 € l'entrée … soit 120 € les 10 »: the price
                # of one of the units a pack the message prices holds, another fact
            if key is not None and key != "old":
                keys[figure.start] = key
        for figure in figures:
            key = keys.get(figure.start)
            if key is None:
                continue
            self.taken.append((figure.start, figure.end))
            if figure.value == 0 and figure.unit != "%":
                continue  # « 0 € de frais d'inscription », « 0 € si t'es abonné·e »:
                # nothing to pay, which « offerts », « gratuit » and "free" say in
                # words; no figure of the offer
            about = self._about(figure.start) if key == "price" else ()
            if key == "min_basket":
                about = self._conditioned(figure, figures, keys)
            up_to = key in ("discount_pct", "amount_off") and ends_with(
                self.left(figure.start), self.language, "up_to")
            self.add("price", key, figure.normal(), figure.start, figure.end, about,
                     up_to=up_to)
        self._implied(every)

    def fees(self) -> None:
        """A fee the customer pays beside the price (« frais d'inscription », "sign-up
        fee"): waived (« offerts », « 0 € de frais », "we're waiving the €30 sign-up
        fee", "no sign-up fee": value "free") or charged (« les frais d'inscription, 30
        € »: the amount). The amount of a waived fee is what it usually costs, no
        figure of the offer."""
        for m in pattern(self.language, "fee").finditer(self.text):
            start, end = self.sentence(m.start())
            before = self.text[max(start, m.start() - 25):m.start()]
            window = (max(start, m.start() - 25), min(end, m.end() + 30))
            figures = [(s, e, f) for s, e, f in self.spans if f.kind == "price"
                       and window[0] <= s < window[1]]
            zero = re.search(r"(?:^|\D)(0\s?€|€\s?0)(?!\d)", before)
            # the waiving word next to the fee, in its clause (« sans engagement · Frais
            # d'inscription offerts »: « offerts », not the « sans » of another term)
            waived = min((w for w in pattern(self.language, "fee_waived").finditer(
                self.text, *window) if not re.search(
                    r"[,;·|•]|\s[-–]\s", self.text[min(w.end(), m.end()):
                                                  max(w.start(), m.start())])),
                key=lambda w: abs(w.start() - m.start()), default=None)
            if zero or waived:
                self.facts = [f for f in self.facts
                              if not any(f is fact for _, _, fact in figures)]
                said = (window[0] + zero.start(1), window[0] + zero.end(1)) if zero \
                    else (waived.start(), waived.end())
                self.add("price", "fee", "free", min(m.start(), said[0]),
                         max(m.end(), said[1]))
            elif figures:
                first, last, fact = min(figures, key=lambda f: f[0] - m.end() if f[0] >= m.end()
                                        else m.start() - f[1])
                self.add("price", "fee", fact.value, min(m.start(), first),
                         max(m.end(), last))

    def _implied(self, figures) -> None:
        """The discount two prices of one item say together: a price and its former
        price after it (« 209 € au lieu de 299 € », "£68 (usually £85)"), or a price and
        the one it comes to with the offer (« il est à 799 € ; avec l'offre, il vous
        revient à 719,10 € », « 79 € → 59 € »). Compared with the discounts other
        messages state, the whole-number percentage and, for rounding, the ones on either
        side of it."""
        for i, later in enumerate(figures):
            if later.unit == "%":
                continue
            before = self.left(later.start)
            old = ends_with(before, self.language, "old_price")
            arrow = i > 0 and _TO_NEW_PRICE.match(self.text, figures[i - 1].end) is not None
            if not old and not arrow and not ends_with(before, self.language, "new_price"):
                continue
            start, _ = self.sentence(later.start)
            earlier = next((f for f in reversed(figures[:i]) if f.unit == later.unit
                            and start <= f.start and later.start - f.end <= 60), None)
            if earlier is None or earlier.unit == "%":
                continue
            new, former = (earlier, later) if old else (later, earlier)
            if not 0 < new.value < former.value:
                continue
            share = 100 * (1 - new.value / former.value)
            if not 1 <= share <= 90:
                continue
            value = round(share)
            readings = {math.floor(share + 1e-6), math.ceil(share - 1e-6)}
            near = tuple(f"{v}%" for v in sorted(readings - {value}))
            self.add("price", IMPLIED, f"{value}%", earlier.start, later.end, near=near)

    def _quantity(self, figure) -> str | None:
        """What else than the offer's price or discount a figure measures, said by the
        words around it in its clause: a deposit (« acompte 25 % », "a 25% deposit"),
        one instalment (« 10 fois 45 € », "12 monthly payments of €45"), the total for a
        group (« 1 378 € pour deux », "€1,378 for the two of you"), a monthly
        equivalent (« 12,50 € par mois »). Each is compared only with the same quantity:
        a deposit of 20 % is no discount of 20 %, nor a total for two a price per head.
        A former figure of such a quantity (« acompte de 20 % au lieu de 30 % ») is
        "old", no fact."""
        clause_start, _ = self.clause(figure.start)
        sentence_start, _ = self.sentence(figure.start)
        after = self.right(figure.end, 30).lstrip()
        for key in table(self.language)["quantity_before"]:
            # who a total is for may open the sentence (« Pour vous deux, le 13 février,
            # cela fait 1 378 euros »); the other words stand in the figure's clause
            start = sentence_start if key == "group_total" else clause_start
            before = self.text[max(start, figure.start - 60):figure.start]
            if pattern(self.language, "quantity_before", key).search(before) or \
                    pattern(self.language, "quantity_after", key).match(after):
                return "old" if ends_with(before, self.language, "old_price") else key
        return None

    def _restates(self, figure, figures) -> bool:
        """« 36 €, soit 12 € la soirée », "€36 (that's €12 an evening)": the figure says
        another one again, in other units; it is no fact of its own. The other may stand
        in the sentence before, in the same paragraph or turn of a script ("The saving
        is €150 per person. For the four of you, that's €600 off.")."""
        if self._per_unit(figure, figures):
            return True
        before = self.left(figure.start).rstrip(" (")
        if not ends_with(before, self.language, "restatement"):
            return False
        start, _ = self.sentence(figure.start)
        if start > 0 and self.text[start - 1] != "\n":
            start, _ = self.sentence(start - 1)
        return any(start <= f.start < figure.start for f in figures)

    def _per_unit(self, figure, figures) -> bool:
        """« 5 places pour 42 € … 8,40 € la séance », "5 tickets for €42 — just €8.40 a
        film": a price per unit (the figure, then one unit of what is sold) that is
        another price of the message divided by a count the message gives: the offer's
        price said again by the unit, arithmetic, no figure of its own. A unit price no
        other figure of the message gives (« 2 € la paire de lunettes ») stays a price."""
        # (said after the price it divides: « 689 € par personne … soit 1 378 € pour vous
        # deux » gives the price per head first, the total after it)
        return self._divides(figure, figures, after=False)

    def _unit_of_pack(self, figure, figures) -> bool:
        """« Carte 10 entrées : 12 € l'entrée au lieu de 15 € ⏎ soit 120 € les 10 »,
        "€12 a visit, so €120 for the 10-visit pass": a price per unit (the figure, then
        one unit of what is sold) that a later price of the message multiplies by a
        count it gives. The unit and the pack are two facts of the offer, each with its
        own figure: the unit's is compared only with other units' (a price said first
        per unit, and after it the price it divides, is the pack's; one said after the
        price it divides restates it, see _per_unit)."""
        return self._divides(figure, figures, after=True)

    def _divides(self, figure, figures, after: bool) -> bool:
        """A price per unit (the figure, then one unit of what is sold) that another
        price of the message, said `after` it or before it, divides by a count the
        message gives."""
        if figure.unit == "%" or not _per_unit_after(self.language).match(
                self.text, figure.end):
            return False
        counts = self._counts(figures)
        return any(other.unit == figure.unit and other.value > figure.value and any(
            abs(other.value / n - figure.value) < 0.006 for n in counts if 1 < n <= 100)
            for other in figures if (other.start > figure.start) == after
            and other.start != figure.start)

    def _counts(self, figures) -> set[int]:
        counts = {int(m.group()) for m in _COUNT.finditer(self.text)
                  if not any(f.start <= m.start() < f.end for f in figures)}
        counts |= {value for word, value in table(self.language)["number_words"].items()
                   if value > 1 and re.search(rf"\b{word}\b", self.text, re.I)}
        return counts

    def _conditioned(self, threshold, figures, keys: dict[int, str]) -> tuple[str, ...]:
        """The figures a minimum basket conditions: those of its clause (« -20 % dès 80 €
        d'achat »), else those after it in its sentence ("Spend £75, save £10"); none
        (`-`) when it conditions something else ("25% off + a free gift over £60")."""
        clause_start, clause_end = self.clause(threshold.start)
        _, sentence_end = self.sentence(threshold.start)
        for start, end in ((clause_start, clause_end), (threshold.end, sentence_end)):
            values = tuple(f.normal() for f in figures if start <= f.start < end
                           and keys.get(f.start) in ("discount_pct", "amount_off", "price"))
            if values:
                return values
        return ("-",)

    def _discount_key(self, figure) -> str | None:
        lang = self.language
        before, after = self.left(figure.start), self.right(figure.end)
        discount_near = starts_with(after, lang, "discount") or ends_with(
            before, lang, "discount")
        if figure.unit == "%":
            if figure.signed or discount_near:
                return "discount_pct"
            if starts_with(after, lang, "share_of"):
                return None  # « 70 % des pièces », "70% of the pieces": a share
            if figure.value < 100 and self.has("discount", *self.sentence(figure.start)):
                return "discount_pct"
            return None
        if ends_with(before, lang, "threshold") or starts_with(after, lang, "threshold_after"):
            return None  # "spend £75", « dès 50 € d'achat »: a threshold, read next
        if figure.signed or discount_near or self._plus_bonus(figure):
            return "amount_off"
        return None

    def _plus_bonus(self, figure) -> bool:
        """Money written with a plus in a sentence that names a bonus (« Bonus reprise :
        +30 € », "Trade-in bonus: +€30"): money added for the customer, as « -30 € » is
        money off; a plus with no bonus named is a supplement (« petit-déjeuner +12 € »),
        and a plus opening a line is a bullet."""
        before = self.text[max(0, figure.start - 2):figure.start]
        if before.strip() != "+" or _bullet(self.text, self.text.rfind("+", 0, figure.start)):
            return False
        return self.has("bonus", *self.sentence(figure.start))

    def _usual_after(self, after: str) -> bool:
        """The words after a figure say it is the usual price (« 52 € d'habitude »,
        "€90 normally"), unless another figure follows them, which is the usual price
        then (« 290 €, normalement 350 € », "€290, normally €350")."""
        tail = after.lstrip(" ,")
        m = next((m for m in pattern(self.language, "old_price_after").finditer(tail[:40])
                  if m.start() == 0), None)
        return m is not None and not _MONEY_NEXT.match(tail, m.end())

    def _amount_key(self, figure, discounts: dict[int, str]) -> str | None:
        if figure.unit == "%":
            return None  # "100 % coton", "95 % des clients": not an offer
        lang = self.language
        before, after = self.left(figure.start), self.right(figure.end)
        if ends_with(before, lang, "old_price") or _FROM_PRICE.search(before) or \
                _TO_NEW_PRICE.match(self.text, figure.end) or \
                self._usual_after(after):
            return None  # the price it used to be: "au lieu de 79 €", "€129 from €159",
            # « 2 899 $ → 2 399 $ » (struck through, the arrow pointing at the new one)
        sentence = self.sentence(figure.start)
        money_off = any(sentence[0] <= start < sentence[1] for start in discounts)
        shipping = self.has("shipping", *sentence)
        above = self._line_above(figure.start)
        if above is not None and not money_off and not shipping:
            # a poster's threshold alone on its line goes on with the line above it
            money_off = any(above[0] <= start < above[1] for start in discounts)
            shipping = not money_off and self.has("shipping", *above)
        named = ends_with(before, lang, "threshold_named")  # "minimum spend €60"
        # « pour toute cuisine commandée dès 7 000 € »: the least the purchase reaches
        qualifying = self.has("any_purchase", self.clause(figure.start)[0], figure.start) \
            or bool(_OF_GOODS.match(after))  # « dès 150 € de monture »: spent on what
        if self._answers_threshold(figure.start):
            return "min_basket"  # « Quel montant de commande faut-il atteindre ? ⏎
            # 7 000 € TTC, hors pose. »: the answer gives the threshold the question names
        if starts_with(after, lang, "threshold_after") or ends_with(
                before, lang, "threshold") and (money_off or shipping or named
                                                or qualifying) \
                and not self._unit_price(figure):
            if self.has("shipping", *self.clause(figure.start)):
                return "shipping_threshold"  # « -30 % | Livraison offerte dès 60 € »
            return "min_basket" if money_off or not shipping else "shipping_threshold"
        return "price"

    def _unit_price(self, figure) -> bool:
        """The figure is the price of one unit of what is sold (« dès 13 € par personne »,
        "from €13 per guest", « dès 9 €/mois »): where the prices start, not an amount the
        purchase must reach — unless the unit is the purchase itself (« dès 50 € par
        commande », "over €50 per order")."""
        m = _per_unit_after(self.language).match(self.text, figure.end)
        return m is not None and bool(m.group().strip()) \
            and not pattern(self.language, "purchase_unit").match(m.group().strip())

    def _line_above(self, offset: int) -> tuple[int, int] | None:
        """The line a figure goes on with when it opens a line of its own after its
        threshold word (a poster's « dès 1 500 € d'achat » under « LIVRAISON + MONTAGE
        OFFERTS », "over €1,500" under "20% OFF TEAK"): the nearest line above with
        words; None when the figure's line says more than its threshold."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        head = self.text[line_start:offset].strip(" \t*•·|:-–—")
        # (the threshold word alone: « Collants dès 60 € » is a price from 60 €)
        if line_start == 0 or not head or not pattern(self.language, "threshold").fullmatch(
                head):
            return None
        end = len(self.text[:line_start].rstrip())
        start = self.text.rfind("\n", 0, end) + 1
        return (start, end) if end > start else None

    def _about(self, offset: int) -> tuple[str, ...]:
        """The product a price stands next to: the nearest content word before it in its
        sentence (after any other figure), then the names written there."""
        start, _ = self.sentence(offset)
        window_start = max(start, offset - 60)
        for _, e in self.taken:
            if window_start <= e <= offset:
                window_start = e
        window = self.text[window_start:offset]
        if self._names_occasion(window):
            return ()  # « la mini-séance Fête des mères à 79 € », "Black Friday deal:
            # €79": the offer named by its occasion, the campaign's own price, no product's
        skip = _function_words(self.language)
        words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", window)
                 if len(w) > 2 and w.lower() not in skip]
        names = [m.group(1).lower() for m in _CAPITALISED.finditer(window)
                 if window_start + m.start() != start and m.group(1).lower() not in skip]
        return tuple(dict.fromkeys(words[-1:] + names[-2:]))

    def _names_occasion(self, window: str) -> bool:
        """The words before a price (its cue word aside: « à », "at", « dès ») end with
        the name of an occasion (a holiday, « la rentrée », "Mother's Day") or spell the
        campaign's own name (« Fête du pressoir » for `fetedupressoir`, "Black Friday"
        for `blackfriday25`): the name of the offer, which every message of the campaign
        may price, not a product beside others."""
        tail = _PRICE_LEAD.sub("", window)
        if not tail:
            return False
        for key in ("holidays", "occasions"):
            if table(self.language).get(key) and any(
                    m.end() == len(tail) for m in pattern(self.language, key).finditer(tail)):
                return True
        name = self.campaign_name
        if len(name) < 4:
            return False
        # the name written with or without its function words (`fetemeres`,
        # `marchedespotiers`)
        skip = skipped_words(self.language)
        every = [w for w in _WORD.findall(tail)]
        for words in ([_letters(w) for w in every], [_letters(w) for w in every
                                                     if w.lower() not in skip]):
            if any("".join(words[-k:]) == name for k in range(1, min(4, len(words)) + 1)):
                return True
        return False

    # -- dates -----------------------------------------------------------------------
    def dates(self) -> None:
        # a named holiday period (« vacances de la Toussaint », "half-term"): a window
        # the message names without its dates, which other messages give
        periods = [(m.start(), m.end()) for m in
                   pattern(self.language, "holiday_periods").finditer(self.text)]
        for start, end in periods:
            self.add("date", "period", "holiday", start, end)
        mentions = find_dates(self.text, self.language, self.send)
        self.date_spans = [(m.start, m.end) for m in mentions]
        for first, last in months_named(self.text, self.language, self.send):
            self.days.update((first.isoformat(), last.isoformat()))
        customer_days = [m.value for m in mentions if m.value is not None and pattern(
            self.language, "customer_day").search(self.left(m.start, 40))]
        for mention in mentions:
            if any(s < mention.end and mention.start < e for s, e in self.taken + periods):
                continue
            self._name_days(mention)
            # the end word may stand before a time of day: "until 23:59 (French time)
            # on Monday 15 March", « jusqu'à 23 h 59 le lundi 15 mars »
            timed = _TIME_TAIL.search(self.left(mention.start, 60))
            before = _TIME_TAIL.sub("", self.left(mention.start, 60))[-30:]
            after = self.right(mention.end, 25)
            clause = self.clause(mention.start)
            # an ordering time then what arrives (« avant 14 h aujourd'hui, livré demain »,
            # "order by 2pm today and it lands tomorrow"): the day's delivery cutoff
            deadline = self.has("delivery_deadline", *clause) or bool(timed) and self.has(
                "arrival_after", mention.end, self.sentence(mention.start)[1])
            if ends_with(before, self.language, "wish"):
                continue  # « Belle fin de semaine », "Have a lovely weekend": a courtesy
                # formula that signs the message off, no date of the offer
            if self.has("purpose", clause[0], mention.start) and ends_with(
                    before, self.language, "end_exclusive") and not self._offer_in(*clause):
                continue  # « pour être tranquille avant Noël », "to have it before
                # Christmas": when the customer wants something, not when the offer ends
                # (« pour voyager jusqu'au 28 mars » is the offer's own period)
            if not deadline and self.has("advice", self.sentence(mention.start)[0],
                                         mention.start) and (
                    ends_with(before, self.language, "end_exclusive")
                    or _BY.search(before)):
                continue  # « astuce : passez avant le 20 juin », "tip: book by Friday":
                # the day the brand recommends, not the day the offer ends
            if _COUNT_OF_DAYS.search(mention.text) and _PRICE_BEFORE.search(before):
                continue  # "the Summer Pass is €15 for 7 days of unlimited travel": what
                # the price buys, not how long the offer lasts
            if _COUNT_OF_DAYS.search(mention.text) and any(
                    _service_patterns(self.language)[service].search(
                        self.text, *self.sentence(mention.start))
                    for service in ("returns", "exchange")):
                continue  # "run in them for 30 days", « 60 jours pour les tester »,
                # « échanges possibles pendant 30 jours »: the returns or exchange
                # window, a promise read below, not how long the offer lasts
            if _DURATION.match(mention.text) and not _ONLY_AFTER.match(after) and \
                    not self._names_offer(*self.sentence(mention.start)):
                continue  # "leave the dough to rise for eighteen hours", « laisser
                # reposer pendant 48 heures »: how long something is done, in a sentence
                # that names no offer, figure or date of it, not how long the offer lasts
                # ("20% off for 48 hours", "for 48 hours only" keep it)
            if ends_with(before, self.language, "purchase"):
                continue  # « un cadeau acheté fin novembre », "anything you bought in
                # November": when the customer buys, not when the offer ends
            arrival = [m.end() for m in pattern(self.language, "expected_arrival").finditer(
                self.text, self.sentence(mention.start)[0], mention.start)]
            if arrival and not self._offer_in(arrival[-1], mention.start):
                continue  # « elle arrivera au plus tard vendredi 23, donc bien avant
                # dimanche », "it'll arrive by Friday": when one customer's parcel comes,
                # a notice, not the offer's date (« commandez avant le 15, il arrivera
                # pour Noël » keeps its order-by date, said before; "it will arrive in
                # time — the offer ends Sunday" keeps the offer's end)
            if mention.value is not None and mention.end_of_range is None and any(
                    0 < (c - mention.value).days <= 31 for c in customer_days):
                continue  # « Arrivée le samedi 19 décembre ? Réservez d'ici samedi 12 »:
                # the booking deadline of that customer's own day, counted back from it
                # (a lead time the offer sets), not the day the offer ends
            day = mention.value
            near: tuple[str, ...] = ()
            if day is not None and ends_with(before, self.language, "end_exclusive") \
                    and not mention.period_end and not _INCLUSIVE.match(after) \
                    and not _CLOCK_WORD.fullmatch(mention.text):
                # « avant le 01/02 »: the 31st is the last day (not « avant le 31/01
                # inclus », nor « avant la fin mars »); but copy often counts the day
                # named in (« avant le 31 juillet » beside « jusqu'au 31/07 », « repassez
                # avant samedi 30 », "subscribe before 31 July"): either reading agrees
                near = (day.isoformat(),)
                day -= dt.timedelta(days=1)
            value = day.isoformat() if day else mention.text.lower()
            if mention.also and day is not None:
                near += ((day + dt.timedelta(days=mention.also)).isoformat(),)
            if mention.end_of_range is not None:
                self.add("date", "start", value, mention.start, mention.end)
                self.add("date", "delivery_by" if deadline else "end",
                         mention.end_of_range.isoformat(), mention.start, mention.end)
                continue
            if _ONLY_AND.match(self.text, mention.end) and any(
                    other.start == _ONLY_AND.match(self.text, mention.end).end()
                    for other in mentions):
                continue  # « Ce soir seulement... et mardi prochain ! », "tonight only,
                # and next Tuesday": the days the offer is on, one by one, not its end
            # a dash alone before the day the message goes out ("LANTERN NIGHTS –
            # TONIGHT"): the day the event is on, as a headline says it; a dash ends a
            # range of dates, and an end word before the dash still ends (« dernière
            # chance – ce soir », "last chance – tonight")
            bare = _DASH_BEFORE.sub("", before)
            headline = day is not None and day == self.send and bare != before
            end_word = ends_with(bare, self.language, "end") or (
                not headline and ends_with(before, self.language, "end"))
            # the weekend is named, not ended, by « fin de semaine » (Canadian French
            # for "weekend": « toute la fin de semaine », « un projet pour la fin de
            # semaine »); an end word before it still ends (« jusqu'à la fin de semaine »)
            named_end = starts_with(mention.text, self.language, "end") and not pattern(
                self.language, "relative", "weekend").fullmatch(mention.text)
            if mention.ends or end_word or named_end or re.match(
                    r"\s*(?:seulement|uniquement|only|inclus|included|inclusive)\b", after, re.I):
                if day is not None and self._returns_window(mention.start):
                    # « retournés jusqu'au 15 janvier », "can be returned until 15
                    # January": the returns window, a promise, not the offer's end
                    self.taken.append((mention.start, mention.end))
                    self.add("promise", "returns:by", value, mention.start, mention.end,
                             near=near)
                    continue
                key = "delivery_by" if deadline else "end"
                if deadline and _ARRIVAL.search(self.left(mention.start, 40)):
                    key = "arrival"  # « livré avant Noël »: when the parcel arrives, not
                    # the day to order by (« commandez avant le 20/12 »)
            elif ends_with(before, self.language, "start"):
                if ends_with(before, self.language, "day_of") and not ends_with(
                        before, self.language, "start_from"):
                    continue  # « les créneaux du samedi partent vite », « départ du
                    # 13/02/2027 »: a day alone after « du » says which day's things (a
                    # departure, a slot), not when the offer starts (« du samedi 14 mars
                    # au… » is a range, « dès samedi », « à partir du 13/02 » a start)
                if not self._names_offer(*self.sentence(mention.start)) and (
                        day is None or self.send is None or day > self.send):
                    continue  # "the new overhang area opens on Saturday": when a place
                    # opens, in a sentence that names no offer, figure or other date of
                    # it (a start on the day of sending, « Votre été commence
                    # aujourd'hui », is the offer's going out, kept)
                key = "start"
            else:
                continue  # a date the message names for something else
            self.taken.append((mention.start, mention.end))
            self.add("date", key, value, mention.start, mention.end, near=near)

    def _answers_threshold(self, offset: int) -> bool:
        """The figure opens the answer to a question that asks for the threshold (« Quel
        montant de commande faut-il atteindre ? », "How much do I need to spend?"): a
        FAQ answer read under its question, as the returns window is."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if line_start == 0 or self.text[line_start:offset].strip():
            return False
        previous = self.text[:line_start].rstrip()
        question = previous[previous.rfind("\n") + 1:]
        return bool(_QUESTION_LINE.search(question)) and self.has(
            "threshold_question", len(previous) - len(question), len(previous))

    def _returns_window(self, offset: int) -> bool:
        """The date's clause speaks of sending the item back (« vous avez jusqu'à fin
        janvier pour la rapporter », "can be returned until 15 January"), or the
        question its line answers does (« **Jusqu'à quand puis-je retourner un
        article ?** » then « Jusqu'au 15 janvier 2027. »)."""
        returns = _service_patterns(self.language)["returns"]
        start, end = self.clause(offset)
        if _OFFER_WORD.search(self.text, start, end) or any(
                start <= s < end for s, _ in self.taken):
            return False  # "20% off returns ends this Friday": the offer's end (a return
            # crossing is no item sent back)
        if returns.search(self.text, start, end):
            return True
        line_start = self.text.rfind("\n", 0, offset) + 1
        if self.text[line_start:offset].count(".") or line_start == 0:
            return False  # the answer's first sentence only
        previous = self.text[:line_start].rstrip()
        question = previous[previous.rfind("\n") + 1:]
        return bool(_QUESTION_LINE.search(question)) and bool(returns.search(question))

    def _name_days(self, mention) -> None:
        """The days a date mention names: its day, the end of its range, and the day
        numbers joined to it before its month (« 16 et 17 mai », "May 16 & 17",
        « les 4, 11 et 18 décembre »)."""
        for day in (mention.value, mention.end_of_range):
            if day is not None:
                self.days.add(day.isoformat())
        if mention.value is None:
            return
        joined = _JOINED_DAYS.search(self.text, max(0, mention.start - 30), mention.start)
        for number in re.findall(r"\d{1,2}", joined.group()) if joined else ():
            try:
                self.days.add(mention.value.replace(day=int(number)).isoformat())
            except ValueError:
                continue

    def _names_offer(self, start: int, end: int) -> bool:
        """The sentence names the offer by a word for it, a free item or a figure or date
        read in it (« les soldes démarrent samedi », « analyse de foulée offerte dès
        samedi », "20% off from Saturday"), not by a word that
        only sits beside a figure elsewhere ("back" of "€10 back" in "Back-to-school")."""
        return bool(_OFFER_WORD.search(self.text, start, end)) or self.has(
            "gift", start, end) or any(start <= s < end for s, _ in self.taken)

    def _offer_in(self, start: int, end: int) -> bool:
        """The clause speaks of the offer itself: a figure, a discount or offer word
        (« pour profiter de l'offre jusqu'au 31/12 », "to get 20% off by Sunday")."""
        return self.has("discount", start, end) or bool(_OFFER_WORD.search(
            self.text, start, end)) or any(start <= s < end for s, _ in self.taken)

    # -- codes -----------------------------------------------------------------------
    def codes(self) -> None:
        """A code is an upper-case word with at least three letters and a digit (NOEL30,
        WINTER-15), wherever it stands; any other word right after « code » / "code"
        (code SOLDES, code bienvenue10)."""
        for m in _CODE_TOKEN.finditer(self.text):
            token = m.group(1)
            letters = sum(c.isalpha() for c in token)
            if token[0].isdigit() and any(s <= m.start() and m.end() <= e
                                          for s, e, fact in self.spans
                                          if fact.kind == "price"):
                continue  # « des 60EUR d'achat »: a figure with its currency, money
            if letters >= 3 and any(c.isdigit() for c in token) and len(token) >= 4:
                self.add("code", "code", _spelled(token.upper()), m.start(), m.end())
        for m in _AFTER_CODE.finditer(self.text):
            token = m.group(1)
            stop = pattern(self.language, "code_stop")
            if len(token) < 4 or token.isdigit() or stop.fullmatch(token) or not (
                    token.isupper() or any(c.isdigit() for c in token)):
                continue
            self.add("code", "code", token.upper(), m.start(1), m.end(1))

    # -- conditions ------------------------------------------------------------------
    def conditions(self) -> None:
        """Conditions by what they say: the kinds the lexicon names (stock, selection,
        members, a qualifying purchase, exclusions…) wherever they stand, footnote or
        not; a reference to the terms (« voir conditions », "T&Cs apply") as `terms`.
        An asterisk is only a pointer: its footnote is read for those kinds, and a
        footnote that names none is kept as a `footnote` condition with its content
        words (« *à valoir sur une paire de skis neuve »), which a message carries when
        it says the same in words."""
        plain = _BOLD.sub(lambda m: " " * len(m.group()), self.text)
        star = _STAR_ON_CLAIM.search(plain)
        notes = [(note.start(), note.end(),
                  _FOOTNOTE_END.search(self.text, note.end()).start())
                 for note in _FOOTNOTE.finditer(plain)] if star else []
        if star is not None and not notes:
            # an asterisk with no footnote in the message (an SMS, a variant that kept
            # the star and left the footnote to the site): a pointer to the terms, as
            # « voir conditions » is
            self.add("condition", "terms", "terms", star.start() + 1, star.end())
        # a footnote conditions what its asterisk marks (« Pass 3 soirées 36 €* »): the
        # figures starred in the message, when there are any, else the figures of the
        # clause whose words it marks (« jusqu'à -120 € sur une sélection de smartphones*
        # » says nothing of the -30 % on accessories of the line above)
        claims = tuple(sorted(self.starred)) or self._starred_clause_claims(notes)
        spans = []
        for kind in table(self.language)["conditions"]:
            for m in pattern(self.language, "conditions", kind).finditer(self.text):
                in_note = any(s <= m.start() < e for s, _, e in notes)
                if kind == "exclusions" and self._cost_apart(m.start(), m.end()):
                    continue  # "airport taxes (€89) not included": what the price is
                    # made of, no item the offer leaves out
                if kind == "collection" and self._modes_listed(m.start(), m.end()):
                    continue  # « sur place, à emporter ou en livraison »: one way among
                    # others to have the order, no condition
                if kind == "selection" and self._whole_range_said(m.start()):
                    continue  # « chaque modèle de notre sélection a été testé »: the
                    # brand's range, no subset the offer is on
                if kind == "members" and self._sold_card(m.start(), m.end()):
                    # « la Carte Mistral 10 places est à 69 € »: the card is what the
                    # offer sells, its product; the campaign reads its name so anywhere
                    self.add("product", "card", _club_name(self.text[m.start():m.end() + 25])[0],
                             m.start(), m.end())
                    spans.append((m.start(), m.end()))
                    continue
                self.add("condition", kind, kind, m.start(), m.end(),
                         about=_club_name(self.text[m.start():m.end() + 25])
                         if kind == "members" else _selection_name(self.text, m.start(),
                                                                   m.end())
                         if kind == "selection" else (),
                         claims=(PRODUCT_TERMS,) if kind == "exclusions"
                         and (self._product_terms(m.start())
                              or self._policy_terms(m.start()))
                         or not in_note and self._how_it_works(kind, m.start())
                         else claims if in_note else self._clause_claims(m.start())
                         if kind in _CLAUSE_BOUND else self._sentence_claims(m.start()),
                         note=in_note)
                spans.append((m.start(), m.end()))
                if kind == "minimum_quantity":
                    # "3 days or more", « 4 semaines minimum »: how much is bought, no
                    # delay of a service
                    self.taken.append((m.start(), m.end()))
        self._commitment()
        self._instalments()
        self._age_limit()
        for m in pattern(self.language, "online_means").finditer(self.text):
            # « billets réservés en ligne », "book online": the online-only condition
            # said in short, carried by the message (see facts.CARRIES)
            self.add("condition", "online_means", "online", m.start(), m.end())
        for m in pattern(self.language, "first_delivery").finditer(self.text):
            # « sur votre 1re livraison », "your first delivery": the first order said in
            # short, carried by the message (see facts.CARRIES)
            self.add("condition", "first_delivery", "first_order", m.start(), m.end())
        for start, body, end in notes:
            if any(body <= s < end for s, _ in spans):
                continue  # the footnote names a condition we know: read as that kind
            # what the footnote says: its words, and the facts read in it (« *Travel 18
            # Oct – 2 Nov » is its dates), which a message carries by stating them
            content = self.content(body, end) | {
                fact.value for s, _, fact in self.spans
                if body <= s < end and fact.kind in ("date", "price", "code")}
            if content:
                self.add("condition", "footnote", "footnote", start, end,
                         about=tuple(sorted(content)), claims=claims, note=True)

    def _how_it_works(self, kind: str, offset: int) -> bool:
        """The condition tells how the service works or how to use what is sold, in a
        sentence that gives no figure and no code: an order's lead time (« Passez
        commande au moins 5 jours avant votre fête »), usage advice (« Plantez dès
        réception, hors période de gel ») — terms of the product, not a restriction of
        the offer, which a message that leaves them out hides nothing of."""
        if self._sentence_claims(offset):
            return False
        if kind == "advance":
            return True
        start, _ = self.sentence(offset)
        return bool(kind == "exclusions" and pattern(self.language, "usage_advice").match(
            self.text[start:offset].lstrip(" \t\n#*-•–")))

    def _modes_listed(self, start: int, end: int) -> bool:
        """Collecting the order is named in a list with another way to have it (« sur
        place, à emporter ou en livraison », « à emporter comme en livraison », "eat in,
        take away or have it delivered", "delivery or takeaway"): the offer holds for
        each, collecting is no condition. A list is a few words with no stop between."""
        sentence = self.sentence(start)
        for m in pattern(self.language, "other_modes").finditer(self.text, *sentence):
            gap = self.text[end:m.start()] if m.start() >= end else \
                self.text[m.end():start] if m.end() <= start else ""
            if len(gap.strip()) <= 15 and not re.search(r"[.!?:;\n]", gap):
                return True
        return False

    def _whole_range_said(self, start: int) -> bool:
        """The selection is named as a whole (« chaque modèle de notre sélection »,
        "every seat in our selection") in a sentence that gives no money off: the range
        the brand keeps, described, not a subset the offer is restricted to (« -20 % sur
        tous les vins de notre sélection » still is)."""
        first, last = self.sentence(start)
        if not ends_with(self.text[first:start], self.language, "whole_of"):
            return False
        return not any(fact.kind == "price" and first <= s < last
                       for s, _, fact in self.spans)

    def _product_terms(self, offset: int) -> bool:
        """The exclusion at `offset` stands in a sentence that says how long the product
        stays good and gives no money off nor gift (« La carte se charge de 20 € à 200 €
        et reste valable un an, hors soirées de gala », "Valid for 12 months (gala nights
        excluded)"): what the product sold may not be used on, a term of its use, not a
        condition of the offer (« +10 € offerts, valable un an hors galas » conditions the
        10 €). Where and how it is sold (« valable 6 mois, en ligne uniquement ») stays
        the offer's."""
        start, end = self.sentence(offset)
        if not self.has("product_validity", start, end) or self.has("free_word", start, end):
            return False
        return not any(fact.kind == "price" and fact.key in ("discount_pct", "amount_off")
                       and start <= s < end for s, _, fact in self.spans)

    def _commitment(self) -> None:
        """How long the customer is bound (« engagement de 12 mois », "a one-year
        commitment", « sans engagement », "no commitment"): a condition with a value,
        months ("12m", none "0m"), which the messages of one offer must give alike. It
        binds the figures of its sentence (« une formule à 29 €/mois sans engagement »
        is that formula's)."""
        for regex in _COMMITMENT[self.language]:
            for m in regex.finditer(self.text):
                if any(f.kind == "condition" and f.key == "commitment" and s <= m.start() < e
                       for s, e, f in self.spans):
                    continue
                months = 0
                if m.groupdict().get("n"):
                    count = _COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
                    months = count * (12 if m["u"].lower().startswith(("an", "ye")) else 1)
                self.add("condition", "commitment", f"{months}m", m.start(), m.end(),
                         claims=self._sentence_claims(m.start()))

    def _instalments(self) -> None:
        """How many payments the price may be split into (« payer en 3 fois sans frais
        », "pay in four interest-free instalments"): a term of the offer with a value
        ("3x"), which the messages and a language variant must give alike; a message
        that leaves it out hides no restriction (see rules.consistency.condition)."""
        for regex in _INSTALMENTS[self.language]:
            for m in regex.finditer(self.text):
                if any(f.kind == "condition" and f.key == "instalments" and s < m.end()
                       and m.start() < e for s, e, f in self.spans):
                    continue
                n = m["n"].lower()
                count = int(n) if n.isdigit() else _PAYMENT_COUNTS.get(n)
                if count and count > 1:
                    self.add("condition", "instalments", f"{count}x", m.start(), m.end())

    def _age_limit(self) -> None:
        """Who the offer is for, by an age they are under (« pour les chiots de moins de
        6 mois », « les -14 ans », "puppies under 6 months", "kids aged 12 and under"):
        a condition with a value, the bound in months ("<6m"), which the messages of
        one offer must give alike ("aged 13 and under" is « moins de 14 ans »; «
        jusqu'à 6 mois » may be read either side of the day). The words are no delay
        of a service (« under 6 months » is no promise). A least age (« dès 14 ans »,
        "ages 5 and up") is left unread: it says whom the activity suits, which a
        short message leaves to the venue, more often than whom the offer is for."""
        for regex in _AGE_LIMIT[self.language]:
            for m in regex.finditer(self.text):
                if any(s < m.end() and m.start() < e for s, e in self.taken):
                    continue
                count = _COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
                unit = (m.groupdict().get("u") or "ans").lower()
                step = 1 if unit.startswith(("mois", "month")) else 12
                groups = m.groupdict()
                # in months, below the bound: "<168m" for « moins de 14 ans », "13 and
                # under"
                if groups.get("incl"):
                    # « jusqu'à 6 mois », "up to 6 months old": to the day of that age or
                    # through it, as the reader takes it
                    value, near = f"<{(count + 1) * step}m", (f"<{count * step}m",)
                else:
                    value, near = f"<{count * step}m", ()
                self.taken.append((m.start(), m.end()))
                self.add("condition", "age", value, m.start(), m.end(),
                         claims=self._age_claims(m.start()), near=near)

    def _age_claims(self, offset: int) -> tuple[str, ...]:
        """The figures an age limit conditions: none of the message's when its clause
        says free and gives no figure (« 12 € par adulte ; gratuit pour les moins de 12
        ans », « Enfant de moins de 12 ans : gratuit. », "under-12s free"): the limit is
        the free entry's, which the adult price and the bottle sold beside it are not
        (FREE_ENTRY, a claim no figure matches); those of its sentence otherwise."""
        start, end = self.clause(offset)
        if self.text[end:end + 1] == ":":  # « Moins de 12 ans : gratuit »
            end = self.clause(end + 1)[1]
        figures = {fact.value for s, _, fact in self.spans
                   if fact.kind == "price" and start <= s < end}
        if not figures and self.has("free_word", start, end):
            return (FREE_ENTRY,)
        return self._sentence_claims(offset)

    def _policy_terms(self, offset: int) -> bool:
        """The exclusion at `offset` stands in a sentence about sending or exchanging a
        purchase back (« L'échange est possible pendant 30 jours, hors pièces gravées »,
        "Returns within 30 days, engraved pieces excluded") that gives no money off nor
        gift: what the exchange or the return leaves out, a term of that service, not a
        condition of the offer (« -20 % hors soldes, échange sous 30 jours » conditions
        the 20 %)."""
        start, end = self.sentence(offset)
        services = _service_patterns(self.language)
        if not any(services[name].search(self.text, start, end)
                   for name in ("returns", "exchange", "refund") if name in services):
            return False
        if self.has("free_word", start, end):
            return False
        return not any(fact.kind in ("price", "gift") and start <= s < end
                       for s, _, fact in self.spans)

    def _cost_apart(self, start: int, end: int) -> bool:
        """What the exclusion leaves out is a cost the price does not include (taxes,
        VAT), named right before it ("airport taxes (€89) not included", « taxes non
        comprises ») or right after it ("excluding VAT", « hors TVA »)."""
        costs = pattern(self.language, "cost_apart")
        if _LEAVES_OUT_AFTER.match(self.text, start):
            # « 7 000 € TTC (hors pose) », "€7,000 (incl. VAT, excluding installation)":
            # what « hors » leaves out follows it; a tax before it is the figure's
            after = self.text[end:end + 25].lstrip(" :(")
            return bool(costs.match(after) or costs.search(self.text, start, end))
        # (inside the exclusion's sentence: « … TTC hors pose. Hors projets signés … »)
        before = re.split(r"[,;:|\n]|[.!?](?=\s)", self.text[max(0, start - 40):start])[-1]
        before = re.sub(r"\([^)]*\)", " ", before)  # a figure in brackets: its amount
        named = list(costs.finditer(before))
        if named and len(before[named[-1].end():].split()) <= 2:
            return True  # its adjective and its verb may follow (« taxes aériennes
            # sont non comprises », "taxes are not included")
        after = self.text[end:end + 25].lstrip(" :(")
        return bool(costs.match(after) or costs.search(self.text, start, end))  # « hors TVA »

    def _intro_period(self) -> None:
        """How long an introductory price lasts (« 17,90 €/mois pendant les 6 premiers
        mois », "for your first 3 months", « pendant 6 mois » after a monthly price): a
        term of the offer (`intro_period`, its value the length), which a variant must
        carry with the same length; the words are no delay of a service."""
        numbers = table(self.language)["number_words"]
        found = [(m, self.sentence(m.start())) for m in
                 pattern(self.language, "intro_period").finditer(self.text)]
        after = pattern(self.language, "intro_period_after_monthly")
        for s, e, fact in list(self.spans):
            if fact.kind == "price" and fact.key == "per_month":
                tail = re.match(r"[^\n.;:()]{0,25}?(?=\s*(?:pendant|durant|sur|for|during)\b)",
                                self.text[e:])
                at = e + tail.end() if tail else 0
                while tail and at < len(self.text) and self.text[at].isspace():
                    at += 1
                m = after.match(self.text, at) if tail else None
                if m is not None:
                    found.append((m, self.sentence(s)))
        for m, (start, end) in found:
            if not any(f.kind == "price" and start <= s < end for s, _, f in self.spans):
                continue  # no price in the sentence: « les 3 premiers mois de l'année »
            n = m["n"].lower()
            count = int(n) if n.isdigit() else numbers.get(n)
            unit = m["unit"].lower()
            unit = "m" if unit in ("mois", "months") else "w" if unit in (
                "semaines", "weeks") else "y"
            self.add("condition", "intro_period", f"{count}{unit}", m.start(), m.end())
            self.taken.append((m.start(), m.end()))

    def _sold_card(self, start: int, end: int) -> bool:
        """The club's card named here is what the offer prices (« la Carte Mistral 10
        places passe à 69 € », « 20 € d'économie sur la Carte Mistral », "the Mistral
        Card is now €69"), not the card that proves who may have it (« avec votre carte
        Belvau+ », « titulaires de la Carte Mistral : -3 € », "Belvau+ cardholders"):
        a figure of the offer in its sentence, no word of holding the card before it
        nor in the condition's own words (« sur présentation de votre carte Givrelle »),
        no colon after it (« Carte Mistral : -3 € » is a line for its holders)."""
        if not _club_name(self.text[start:end + 25]):
            return False
        first, last = self.sentence(start)
        line_end = self.text.find("\n", end)
        if line_end != -1 and (not self.text[end:line_end].strip(" ·|—-") or re.fullmatch(
                r"[ \t]+\d+\s+[^\W\d_]+[ \t]*", self.text[end:line_end])):
            # a poster's heading, the price on the line under it (« CARTE MISTRAL 10
            # PLACES⏎69 € au lieu de 89 € »)
            below = self.text.find("\n", line_end + 1)
            last = max(last, below if below != -1 else len(self.text))
        if re.match(r"\s*:", self.text[end:]) or ends_with(
                self.text[first:start], self.language, "card_holder") or self.has(
                "card_holder", start, end) or any(
                starts_with(self.text[at:last], self.language, "card_holder")
                for at in (start, end)):
            return False
        return any(fact.kind == "price" and fact.key in ("price", "amount_off", IMPLIED)
                   and first <= s < last for s, _, fact in self.spans)

    def _starred_clause_claims(self, notes) -> tuple[str, ...]:
        """The figures of the clauses whose last word carries an asterisk pointing to a
        footnote (« jusqu'à -120 € sur une sélection de smartphones* »); none when a
        starred clause gives none, as the footnote then conditions the message."""
        found: set[str] = set()
        for star in _STAR_ON_CLAIM.finditer(self.text):
            if any(s <= star.start() < e for s, _, e in notes):
                continue
            figures = self._clause_claims(star.start())
            if not figures:
                return ()
            found.update(figures)
        return tuple(sorted(found))

    def _clause_claims(self, offset: int) -> tuple[str, ...]:
        """The figures of the clause at `offset` (« accessoires -30 % et jusqu'à -120 €
        sur une sélection de smartphones »: the selection is of the smartphones, whose
        figure is -120 €), else those of its sentence (see _sentence_claims)."""
        start, end = self.clause(offset)
        figures = tuple(sorted({fact.value for s, _, fact in self.spans
                                if fact.kind == "price"
                                and fact.key not in ("min_basket", IMPLIED)
                                and start <= s < end}))
        return figures or self._sentence_claims(offset)

    def _sentence_claims(self, offset: int) -> tuple[str, ...]:
        """The figures a condition written in a sentence conditions: those of its
        sentence (« Pour votre première commande, -10 % avec le code CHALET25 » says
        nothing of the delivery fee of the next line); none when its sentence gives no
        figure (« Dans la limite des stocks. »), which then conditions the message. A
        sentence that gives a code and no figure conditions the code (« Carte Mistral :
        code FRISSON26. », "Club members: use CLUB10"): the card or the club is the way
        to what the code unlocks, not a condition of the message's other figures."""
        start, end = self.sentence(offset)
        figures = tuple(sorted({fact.value for s, _, fact in self.spans
                                if fact.kind == "price"
                                and fact.key not in ("min_basket", IMPLIED)
                                and start <= s < end}))
        codes = tuple(sorted({fact.value for s, _, fact in self.spans
                              if fact.kind == "code" and start <= s < end}))
        if not figures and not codes and self._own_occasion(start, end):
            # « Les membres du Cercle la découvriront en avant-première le jeudi 12
            # mars, de 17 h à 19 h »: who may come to an occasion of its own, a day the
            # offer's dates are not; it conditions that occasion, no figure of the offer
            return (OCCASION,)
        return figures or codes

    def _own_occasion(self, start: int, end: int) -> bool:
        """The sentence names a day that is none of the offer's dates (its start, its
        end): an occasion of its own (a preview evening, a launch night)."""
        offer_dates = [(s, e) for s, e, fact in self.spans
                       if fact.kind == "date" and start <= s < end]
        return any(start <= s < end and not any(a < e and s < b for a, b in offer_dates)
                   for s, e in self.date_spans)

    def content(self, start: int, end: int) -> set[str]:
        """The content words of text[start:end], as comparable stems: lemmas where the
        parse is in the message's language, lower-cased, without accents, cut to six
        letters (« neuve » / « neuf », "jars" / "jar"); no figures, dates, function
        words or the brand's own name."""
        return set(self.content_words(start, end))

    def content_words(self, start: int, end: int) -> tuple[str, ...]:
        """The same, in the order of the text."""
        skip = skipped_words(self.language) | self.skip_words
        out = []
        for m in _WORD.finditer(self.text, start, end):
            begin, raw = m.start(), m.group()
            elided = _ELISION.match(raw)
            if elided:  # « l'Ascension » says « Ascension »
                begin, raw = begin + elided.end(), raw[elided.end():]
            word = self.lemmas.get(begin, raw).lower()
            if len(word) < 3 or word in skip:
                continue
            out.append(stem(word))
        return tuple(out)

    # -- free items ------------------------------------------------------------------
    def gifts(self) -> None:
        """Something given with the offer (« bagage en soute offert », "a free hold
        bag", « livraison offerte »): a fact a language variant must carry, whatever the
        item is called. Money given (« 20 € offerts ») is a figure, read already; what
        is free to join (« l'adhésion est gratuite », "joining is free") is no gift."""
        for m in pattern(self.language, "gift").finditer(self.text):
            if m.group().lower().startswith(("offert", "gratuit")) and re.search(
                    r"(?:[\d€£$%]|\dE|\bEUR)\s*$", self.text[max(0, m.start() - 5):m.start()]):
                continue  # « 20 € offerts », « 15E offerts » in an SMS: money off, a figure
            if _MONEY_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
                continue  # "we add €10 on the house", "£5 complimentary": the money is
                # what is given, a figure read already, as « 10 € offerts »
            after = self.text[m.end():m.end() + 40]
            if re.match(r"\s*(?:(?:a|an|un|une|des|le|la|les|vous)\s+)?[-−]?\s*[\d€£$]",
                        after[:12]) and not starts_with(after, self.language, "threshold"):
                continue  # « on vous offre 20 € », "we'll throw in £20": a figure too
                # (not « offert des 59E d'achat » in an SMS: « dès », the threshold)
            if _MONEY_GIVEN.match(after):
                continue  # « nous vous offrons une carte bonus de 15 € », "we'll give you
                # a €15 bonus card": money given on a card or a voucher, a figure too
            clause_start, clause_end = self.clause(m.start())
            # free from a basket, in a sentence about delivery (« 4,90 € la livraison,
            # offerte dès 80 € d'achats », "free on orders of €80"): free delivery
            shipping = self.has("shipping", clause_start, clause_end) or (
                starts_with(after, self.language, "threshold")
                and re.search(r"[\d€£$]", after[:25])
                and self.has("shipping", *self.sentence(m.start())))
            if _GIVE_VERB.search(m.group()) and _FOR_A_PRICE.search(
                    self.text, m.end(), clause_end):
                continue  # « notre forfait vous offre quatre billets pour 196 $ »: what
                # is offered for a price is sold, the offer itself
            subject = self.text[clause_start:m.start()]
            clitic = re.match(r"([\w-]+)['’]s\s+free", m.group())
            if clitic:  # "it's free": the word before the clitic is the subject
                subject += clitic.group(1) + " "
            if (clitic or re.match(r"(?:is|are|comes?|goes?)\s", m.group(), re.I)) and (
                    _FREE_ACT.search(subject) or _GERUND_START.match(subject)):
                continue  # "joining the Club is free", "it is free": an act, no item
            if self._free_person(m.start()):
                continue  # « enfant gratuit », "kids go free": who need not pay, as «
                # gratuit pour les enfants » says it (its age limit is the condition)
            if self._free_card(m.start()):
                continue  # « votre carte Verdelune (gratuite en caisse) », "the Club
                # card is free": what it costs to meet the members' condition, no gift
            if shipping:
                # free delivery, whose condition is the threshold other messages give
                self.add("gift", "shipping", "free", m.start(), m.end())
                return
            if not any(f.kind == "gift" and f.key == "gift" for f in self.facts):
                # one is enough: the variant check asks whether there is one
                self.add("gift", "gift", "free", m.start(), m.end())
                self._gift_length(m.start())

    def _gift_length(self, offset: int) -> None:
        """How many hours of the free item are given, said in its clause (« 3 heures de
        photobooth offertes », "a free 5-hour photo booth", "three hours of photo booth
        on us"): a fact of the gift (`length`, "3h"), which a language variant must give
        alike. Only one number of hours in the clause, or which is the gift's is
        unknown."""
        start, end = self.clause(offset)
        found = list(_GIFT_HOURS.finditer(self.text, start, end))
        if len(found) != 1:
            return
        m = found[0]
        count = _COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
        self.add("gift", "length", f"{count}h", m.start(), m.end())

    def _free_person(self, offset: int) -> bool:
        """The word said free right after the people it is said of (« Enfant de moins
        de 12 ans : gratuit », "children under 12 go free"), in its line."""
        start, _ = self.sentence(offset)
        before = re.split(r"[,;|\n()]", self.text[max(start, offset - 60):offset])[-1]
        return bool(pattern(self.language, "free_person").search(before))

    def _free_card(self, offset: int) -> bool:
        """The word said free right after a membership card or a sign-up (« la carte
        Verdelune (gratuite, disponible en caisse) », "your Club card is free",
        « l'adhésion est gratuite »): the price of the members' condition, nothing the
        offer gives. Only a name, a bracket or "is" may stand between them."""
        before = self.text[self.sentence(offset)[0]:offset]
        return bool(_membership(self.language).search(before))

    # -- promises --------------------------------------------------------------------
    def promises(self, analysis, same_language: bool) -> None:
        from brandlint.analysis.promises import WORKING_DAY, find_mentions

        attached = {}
        if same_language:
            attached = {(p.mention.start, p.mention.end): p.service
                        for p in analysis.promises}
        doc = analysis.doc
        for mention in find_mentions(doc, self.language):
            first = doc[mention.start].idx
            last = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
            if any(s < last and first < e for s, e in self.taken):
                continue
            if mention.kind == "delay" and (_CLOCK_AFTER.match(self.text, last) or
                                            _CLOCK_BEFORE.search(self.text, 0, first)):
                continue  # « il est 14 h 30 », "it's 2 pm": the time of day, no delay
            # (the days of the week a service keeps, « 7 jours sur 7 », "every day", are
            # no hour of a dated deadline: « jusqu'à minuit, 7 jours sur 7 »)
            weekly = mention.kind == "availability" and mention.opens is None and \
                mention.closes is None and (mention.always_days or bool(mention.days))
            if (mention.kind == "delay" or mention.opens is None) and not weekly and \
                    self._time_of_a_day(first, last):
                continue  # « jusqu'au 24/12, 16 h », "until 4pm on 24 December": the
                # hour a dated deadline ends, neither a delay nor opening hours
            if mention.kind == "delay" and (
                    _RHYTHM_BEFORE.search(self.text, max(0, first - 30), first)
                    or _RHYTHM.match(mention.text)):
                continue  # « toutes les 2, 4 ou 6 semaines », "every 4 weeks", "6 trips
                # a day": how often something comes, not how long it takes
            # the nearest service word, the same way in every language of the campaign,
            # so that the French and English rows of one offer compare
            service = self._service_near(first, last, mention.kind)
            if mention.kind == "delay" and mention.bare:
                if mention.hours < 24 and ends_with(
                        self.text[self.sentence(first)[0]:first], self.language,
                        "length_lead") or starts_with(self.text[last:], self.language,
                                                      "length_tail"):
                    continue  # « pour 30 minutes au studio », "for 30 minutes": how long
                    # the session lasts, not how soon a service comes (days after « pour
                    # » are a window the customer has: "run in them for 30 days")
                # a number and its unit with no preposition in a list (« 30 min · 5
                # photos retouchées · 89 € ») binds the service its own item names
                # (« Livraison 48 h · Retours 30 jours »), not one of the next item
                item = self._list_item(first)
                if item != self.sentence(first):
                    service = self._service_in(item, first, last, mention.kind)
            # (a count in words is no day's name: « sous deux semaines », "in two weeks")
            named_day = mention.kind == "delay" and not re.search(r"\d", mention.text) \
                and not _COUNT_WORD.search(mention.text)
            if named_day and ends_with(self.text[self.sentence(first)[0]:first],
                                       self.language, "purchase"):
                continue  # "anything you buy this week can be returned", « ce que vous
                # achetez cette semaine »: when the customer buys, no delay of a service
            if named_day and ends_with(self.text[self.sentence(first)[0]:first],
                                       self.language, "since"):
                continue  # "from this week we deliver to Guidel", « depuis ce lundi »:
                # when a service begins, no delay of it
            if named_day:
                # a day said by its name (« demain », "tonight") dates whatever its own
                # clause speaks of: « Demain, le coup d'envoi (et la livraison offerte) »
                # is the match's day, « livré demain » the delivery's
                service = self._service_in(self.clause(first), first, last, mention.kind)
            if service is None and mention.kind == "availability" and (
                    mention.opens is not None or mention.closes is not None
                    or mention.always_days) and self.has("ordering", *self.sentence(first)):
                service = "availability"  # « Commandez de 11 h à 23 h, 7 j/7 »: the hours
                # the orders are taken, a shop's hours (not « le dimanche, à commander »)
            if service is None and self.has("brand_arrival", *self.clause(first)):
                continue  # « on arrive dans une semaine »: when the brand comes, no delay
            if same_language and service is None and not named_day:
                service = attached.get((mention.start, mention.end))
            about: tuple[str, ...] = ()
            if service is None and mention.kind == "delay" and _DEADLINE.match(mention.text):
                service = "unnamed"  # « votre vélo est prêt sous 5 jours »: compared with
                # the delays of the same word (« prêt en 24 h »)
                about = self._qualified(first)
            if service is None:
                continue
            if service in ("delivery", "unnamed") and mention.kind == "delay" and \
                    self.visit_service and self.has("visitor", *self.clause(first)):
                # « un technicien est chez vous dans les 24 heures »: a person of the
                # brand comes, no goods; the profile's visit is what is timed
                service, about = self.visit_service, ()
            if service == "delivery" and mention.kind == "delay" and \
                    self.has("message_sent", *self.clause(first)):
                continue  # « je vous envoie la confirmation par e-mail tout de suite »:
                # a message to the customer, whose delay is no delivery of the goods
            if mention.kind == "availability" and service == "availability" and \
                    self.has("event_hours", self.clause(first)[0], first):
                continue  # « qualifs de 10 h à 16 h », "qualifiers from 10am to 4pm":
                # when an event takes place, not when a place or a line is open
            if mention.kind == "availability" and service == "availability":
                # the hours and the days of a service are two promises: « tous les jours
                # de 10 h à 18 h » and "open daily 10am–6pm" agree, and a message that
                # gives the hours alone says nothing against the days
                hours, days = _availability_values(mention)
                hours = _clock_range(self.text, *self._around(first, last),
                                     self.language) or hours
                if not hours and days:
                    # « Commandez jusqu'à minuit, 7 jours sur 7 », "order until midnight,
                    # 7 days a week": the closing hour of every day named, no deadline
                    hours, said = self._daily_closing(first, last)
                    first, last = min(first, said[0]), max(last, said[1])
                if self.has("one_day", *self.sentence(first)) or \
                        self._dated_hours(first, last):
                    # « exceptionnellement ouvertes ce jour-là de 10 h à 13 h »: the
                    # hours of one day, compared with that day's, not the usual hours;
                    # so are hours said beside a date (« le jeudi 12 mars, de 17 h à
                    # 19 h », "on Thursday 12 March, 5-7pm"): that day's event
                    if hours:
                        self.add("promise", "availability_day", hours, first, last)
                    continue
                days = self._open_days(first, last) or days
                if hours:
                    self.add("promise", service, hours, first, last)
                if days:
                    self.add("promise", service + "_days", days, first, last)
                elif (said := self._weekdays(first)) is not None:
                    self.add("promise", service + "_days", *said)
                continue
            value = _promise_value(mention)
            if mention.kind == "delay" and self.has("same_day", first, last):
                value = "12h"  # « ce soir », « le soir même », "tonight": the same day,
                # however the words weigh it against a commitment
            near = ()
            if mention.kind == "delay" and _WORKING_DAYS.search(mention.text):
                # « en 5 jours ouvrés » beside « sous 5 jours »: copy says either for the
                # same promise; the calendar reading agrees too
                near = (f"{round(mention.hours / WORKING_DAY) * 24:g}h",)
            self.add("promise", service, value, first, last, about, near=near)
        self._unit_deadlines()
        self._compound_delays()

    def _compound_delays(self) -> None:
        """A delay said as an adjective of the service right after it ("free 48-hour
        delivery", "our 2-day dispatch"), as « livraison en 48 h » says it: the service
        is the noun the compound qualifies, nothing farther."""
        for m in _COMPOUND_DELAY.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e in self.taken) or any(
                    f.kind == "promise" and s < m.end() and m.start() < e
                    for s, e, f in self.spans):
                continue
            noun = re.match(r"\s+[\w-]+", self.text[m.end():])
            if noun is None:
                continue
            service = self._service_in((m.end(), m.end() + noun.end()), m.start(), m.end(),
                                       "delay")
            if service is None:
                continue
            count = _COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
            hours = count * _COMPOUND_UNIT_HOURS[m["u"].lower()]
            self.add("promise", service, f"{hours}h", m.start(), m.end())

    def slots(self) -> None:
        """The length of the window a customer picks for a visit or a delivery (« dans
        le créneau de 2 heures que vous choisissez », "in the 2-hour slot you pick", «
        notre coursier passe dans l'heure que vous avez choisie »): a promise of its
        own (`slot`), not a delay (« créneau 2 h » is no delivery within 2 hours)."""
        for regex in _SLOT[self.language]:
            for m in regex.finditer(self.text):
                if any(s < m.end() and m.start() < e for s, e in self.taken):
                    continue
                count = m.groupdict().get("n")
                hours = 1 if count is None else (_COUNT_WORDS.get(count.lower())
                                                 or int(count))
                self.taken.append((m.start(), m.end()))
                self.add("promise", "slot", f"{hours}h", m.start(), m.end())

    def _unit_deadlines(self) -> None:
        """A delay said by one unit with its article, after the service it times: « vous
        le verrez sur votre compte dans le mois qui suit », "refunded within the month"
        (the delay analysis reads the week and the hour so; the month is read here)."""
        for hours in table(self.language).get("unit_deadlines", {}):
            for m in pattern(self.language, "unit_deadlines", hours).finditer(self.text):
                if any(s < m.end() and m.start() < e for s, e in self.taken) or any(
                        f.kind == "promise" and s < m.end() and m.start() < e
                        for s, e, f in self.spans):
                    continue
                service = self._service_near(m.start(), m.end(), "delay")
                if service is not None:
                    self.add("promise", service, f"{hours}h", m.start(), m.end())

    def _dated_hours(self, first: int, last: int) -> bool:
        """Hours written beside a date of their sentence, a few words before or after
        them (« le jeudi 12 mars, de 17 h à 19 h », "5-7pm on Thursday 12 March"): the
        hours of that day, an event's, not the week's opening hours. A sentence that says
        the place is open (« ouvert le dimanche 14 juin, de 10 h à 18 h ») gives opening
        hours all the same, compared as such."""
        start, end = self.sentence(first)
        if self.has("open_words", start, end):
            return False
        for s, e in self.date_spans:
            if start <= s and e <= first and len(self.text[e:first]) <= 12:
                return True
            if last <= s and e <= end and len(self.text[last:s]) <= 12:
                return True
        return False

    def _time_of_a_day(self, first: int, last: int) -> bool:
        """The words are a time of day written against a date: after it (« jusqu'au
        24/12, 16 h », « le 24 décembre à 16 h ») or before it ("until 4pm on 24
        December", « jusqu'à 16 h le 24/12 »)."""
        for start, end in self.date_spans:
            if end <= first and _AFTER_DATE.fullmatch(self.text, end, first):
                return True
            if last <= start and _BEFORE_DATE.fullmatch(self.text, last, start):
                return True
        return False

    def _qualified(self, offset: int) -> tuple[str, ...]:
        """The word a delay tied to no service qualifies: the last content word before
        it in its clause (« votre vélo est *prêt* sous 5 jours »), as a stem; none when
        the clause has none before it."""
        start, _ = self.clause(offset)
        words = self.content_words(start, offset)
        return words[-1:]

    def _same_day(self) -> None:
        """A delay of the same day said in words the delay analysis does not weigh
        ("we'll drop it at your chalet that evening"), next to a service word."""
        for m in pattern(self.language, "same_day").finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e, f in self.spans
                   if f.kind in ("promise", "date")):
                continue
            service = self._service_near(m.start(), m.end(), "delay")
            if service is not None and service != "availability":
                self.add("promise", service, "12h", m.start(), m.end())

    def _same_day_cutoff(self) -> None:
        """An order cut-off then the hour the service comes, later the same day, no other
        day named (« commandé avant 10 h, livré chez vous avant midi », "order by 10am,
        delivered by 6pm"): a delay of the same day ("12h", as « le jour même »), of the
        service the words between the two hours name."""
        clocks = [m for m in _CLOCK_AT[self.language].finditer(self.text)
                  if not any(s < m.end() and m.start() < e for s, e in self.taken)]
        for i, cut in enumerate(clocks):
            start, end = self.sentence(cut.start())
            window = max(start, cut.start() - 40)
            order = pattern(self.language, "order_cutoff").search(
                self.text[window:cut.start()])
            if order is None:
                continue
            for by in clocks[i + 1:]:
                if by.start() >= end:
                    break
                if not pattern(self.language, "by_clock").search(
                        self.text[max(cut.end(), by.start() - 30):by.start()]):
                    continue
                later = self.clause(by.start())[1]
                if _hour_of(by, self.language) <= _hour_of(cut, self.language) or \
                        self.has("other_day", cut.end(), later) or \
                        any(cut.end() <= s < later for s, _ in self.date_spans):
                    break  # « livré le lendemain avant midi »: another day's hour
                if any(f.kind == "promise" and s < later and cut.end() < e
                       for s, e, f in self.spans):
                    break  # the delay analysis read the service's delay already
                service = self._service_in((cut.end(), by.start()), by.start(), by.start(),
                                           "delay")
                if service is not None and service != "availability":
                    self.add("promise", service, "12h", window + order.start(), by.end())
                break

    def _visit_end(self) -> None:
        """A service said to come at the end of the visit (« certificat remis dès la fin
        de l'intervention », "handed over at the end of the visit", "before we leave"):
        at once ("0h"), the service named by the words before it in its clause (the
        visit itself is when, not what)."""
        for m in pattern(self.language, "visit_end").finditer(self.text):
            if any(f.kind == "promise" and s < m.end() and m.start() < e
                   for s, e, f in self.spans):
                continue
            start = self.clause(m.start())[0]
            service = self._service_in((start, m.start()), m.start(), m.start(), "delay")
            if service is not None and service != "availability":
                self.add("promise", service, "0h", m.start(), m.end())

    def _around(self, first: int, last: int) -> tuple[int, int]:
        """The words around a mention of hours, inside its sentence, where a range that
        starts at noon begins (« de midi à 18 h », "noon to 6 pm")."""
        start, end = self.sentence(first)
        return max(start, first - 14), min(end, last + 4)

    def _noon_hours(self) -> None:
        """Hours that start or end at noon or midnight, said in words (« de midi à
        18 h », "noon to 6 pm"), which the delay analysis does not read: the hours, and
        the days of their sentence, of the service named there."""
        for m in _NOON_RANGE[self.language].finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e, f in self.spans
                   if f.kind == "promise"):
                continue
            hours = _clock_range(self.text, m.start(), m.end(), self.language)
            service = self._service_near(m.start(), m.end(), "availability")
            if not hours or service != "availability":
                continue
            if self.has("one_day", *self.sentence(m.start())):
                self.add("promise", "availability_day", hours, m.start(), m.end())
                continue
            self.add("promise", service, hours, m.start(), m.end())
            if (said := self._weekdays(m.start())) is not None:
                self.add("promise", service + "_days", *said)

    def _closing_hours(self) -> None:
        """Opening hours said by when the place closes beside the days of the week they
        hold for (« nos salons ferment à 20 h, du mardi au samedi », "our salons close
        at 8pm, Tuesday to Saturday"), as "until 8pm" says them: the closing hour and
        the days, of the service named there; not the closing of one dated day ("close
        at 3pm on 24 December") nor of something on some occasions ("rides close at
        4pm on event days")."""
        for m in _CLOSING[self.language].finditer(self.text):
            sentence = self.sentence(m.start())
            if any(s < m.end() and m.start() < e for s, e, f in self.spans
                   if f.kind == "promise") or any(
                    sentence[0] <= s < sentence[1] for s, _ in self.date_spans):
                continue  # « le 24 décembre, nos salons ferment à 16 h »: one day's
            closes = int(m[1])
            if self.language == "en":
                closes = closes % 12 + (12 if m[2].lower().startswith("p") else 0)
            # (a closing hour is the week's hours only beside the days of the week it
            # holds for: not "daytime rides close at 4pm on event days")
            said = self._weekdays(m.start())
            if not 0 < closes <= 24 or said is None or \
                    self._service_near(m.start(), m.end(), "availability") != "availability":
                continue
            if self.has("one_day", *self.sentence(m.start())):
                continue  # « exceptionnellement, nous fermons à 16 h »: one day's hours
            self.add("promise", "availability", f"-{closes}", m.start(), m.end())
            self.add("promise", "availability_days", *said)

    def _daily_closing(self, first: int, last: int) -> tuple[str, tuple[int, int]]:
        """The hour a service closes, said by its end right beside the days it keeps
        (« jusqu'à minuit, 7 jours sur 7 », "until 10pm, every day"): "-24", as
        « jusqu'à 23 h » is read; the day's end it was read as is no end of the offer."""
        start, end = self.sentence(first)
        m = _UNTIL_CLOCK[self.language].search(self.text, max(start, first - 30),
                                              min(end, last + 30))
        if m is None:
            return "", (first, last)
        named = {"minuit": 24, "midnight": 24, "midi": 12, "noon": 12, "midday": 12}
        closes = named[m["clock"].lower()] if m["clock"] else int(m["hour"])
        if m["half"]:
            closes = closes % 12 + (12 if m["half"].lower().startswith("p") else 0)
        if not 0 < closes <= 24:
            return "", (first, last)
        read = [f for s, e, f in self.spans
                if f.kind == "date" and s < m.end() and m.start() < e]
        self.facts = [f for f in self.facts if f not in read]
        return f"-{closes:g}", (m.start(), m.end())

    def _open_days(self, first: int, last: int) -> str | None:
        """The days a service keeps when the message names, in the clause of its hours,
        the day it is closed (« équipe fermée le dimanche », « tous les jours sauf le
        dimanche », "our chat team is off on Sundays", "every day except Sundays"):
        every other day, "mon-sat", not the day named."""
        start, end = self.clause(first)
        m = _closed_day(self.language).search(self.text, start, max(end, last))
        if m is None:
            return None
        day = table(self.language)["weekdays"][m["day"].lower()]
        return f"{_DAY_NAMES[(day + 1) % 7]}-{_DAY_NAMES[(day - 1) % 7]}"

    def _weekdays(self, offset: int) -> tuple[str, int, int] | None:
        """The days a service keeps, said as a range in the sentence of its hours
        (« du lundi au samedi, de 9 h à 19 h », "Monday to Saturday, 9am to 7pm"): the
        value ("mon-sat") and where it is written."""
        days = table(self.language)["weekdays"]
        m = _day_range(self.language).search(self.text, *self.sentence(offset))
        if m is None:
            return None
        value = f"{_DAY_NAMES[days[m[1].lower()]]}-{_DAY_NAMES[days[m[2].lower()]]}"
        return value, m.start(), m.end()

    def _list_item(self, offset: int) -> tuple[int, int]:
        """The item of a list written on one line (« 30 min · 5 photos · 89 € », "a | b")
        that holds `offset`: its sentence, cut at the list's separators."""
        start, end = self.sentence(offset)
        before = [m.end() for m in _LIST_SEPARATOR.finditer(self.text, start, offset)]
        after = _LIST_SEPARATOR.search(self.text, offset, end)
        return (before[-1] if before else start), (after.start() if after else end)

    def _service_near(self, start: int, end: int, kind: str) -> str | None:
        best = self._service_in(self.sentence(start), start, end, kind)
        clause = self.clause(start)
        own = {name for name, _ in self.services}
        if best is not None and best not in own and kind != "availability" and \
                self.has("coming_verb", *clause):
            # « la galerie complète de votre mariage vous arrive sous deux semaines »: a
            # verb of coming says how the thing comes; the profile's service its clause
            # names says what comes
            # (the nearest naming, the longest of those: « galerie complète » over «
            # galerie »)
            mine = [(m.end(), m.end() - m.start(), name) for name, regex in self.services
                    for m in regex.finditer(self.text, *clause) if m.end() <= start]
            if mine:
                best = max(mine)[2]
        heading = self._heading_before(start)
        if best is None and heading is not None:
            # « ## Billetterie » then « Du mardi au samedi, de 12 h à 18 h »: the
            # heading names the service its lines give the hours of
            best = self._service_in(heading, start, end, kind)
        return best

    def _heading_before(self, offset: int) -> tuple[int, int] | None:
        """The heading right above the line of `offset` (« ## Box office », a short
        line without a full stop), if that line opens a section."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if line_start == 0:
            return None
        previous = self.text.rfind("\n", 0, line_start - 1) + 1
        line = self.text[previous:line_start - 1]
        if line.lstrip().startswith("#") or (
                0 < len(line.strip()) <= 30 and not re.search(r"[.!?:,;]\s*$", line)):
            return previous, line_start - 1
        return None

    def _service_in(self, sentence: tuple[int, int], start: int, end: int,
                    kind: str) -> str | None:
        best: tuple[int, str] | None = None
        # the brand's own coming names no service (« on arrive dans une semaine »)
        coming = [(m.start(), m.end()) for m in
                  pattern(self.language, "brand_arrival").finditer(self.text, *sentence)]
        own = {name for name, _ in self.services}
        for name, regex in (*_service_patterns(self.language).items(), *self.services):
            if (name == "availability") != (kind == "availability"):
                continue
            for m in regex.finditer(self.text, *sentence):
                if any(s <= m.start() < e for s, e in coming):
                    continue
                distance = start - m.end() if m.end() <= start else m.start() - end
                # below zero, the service word is inside the mention: "open daily"
                distance = max(distance, 0)
                # the profile's own service, named by its terms, is the narrower reading
                # of the same word (« expédiée » is its `expedition`, not any delivery)
                if best is None or distance < best[0] or (
                        distance == best[0] and name in own and best[1] not in own):
                    best = (distance, name)
        return best[1] if best else None

    # -- names -----------------------------------------------------------------------
    def names(self, brand: str) -> None:
        """Capitalised words inside sentences (not their first word), to compare what
        language variants name; the campaign check keeps those both languages use."""
        skip = {w.lower() for w in brand.split()} | set(table(self.language)["months"]) | \
            set(table(self.language)["weekdays"])
        # an occasion's name ("Black Friday week", « la Saint-Valentin ») says when the
        # offer is, as a date does, not what it sells
        occasions = [(m.start(), m.end()) for key in ("holidays", "occasions")
                     if table(self.language).get(key)
                     for m in pattern(self.language, key).finditer(self.text)]
        for start, end in self.sentences:
            first = re.match(r"\W*", self.text[start:end]).end() + start
            for m in _CAPITALISED.finditer(self.text, start, end):
                word = _POSSESSIVE.sub("", m.group(1))  # "Mahler's Second": Mahler
                if word.lower() in skip or word.isupper() or any(
                        s <= m.start() < e for s, e in occasions):
                    continue
                if self.text[m.start() - 1:m.start()] == "#":
                    continue  # « #Lyon », "#Bouldering": a hashtag files the post under a
                    # topic, a detail a variant may drop, no name of what the offer sells
                # a sentence's first word is a name only if the campaign writes it
                # capitalised elsewhere too (see shared_names); so is the first word of
                # a banner's segment or of a script's turn (« | Code AUTUMN25 »,
                # "Caller: Hiya"), capitalised for the layout, not for a name
                key = "initial" if m.start() == first or _SEGMENT_START.search(
                    self.text, start, m.start()) else "name"
                if _PLACE_BEFORE.search(self.text, max(start, m.start() - 60), m.start()):
                    # « près de Bordeaux », "from Bordeaux", "in Strasbourg and Metz":
                    # where the brand or a thing is, said for the reader, not what the
                    # offer sells (a route, « Brest-Bristol », names no place so)
                    key = "place"
                self.add("product", key, word.lower(), m.start(), m.end())
                # names joined by a hyphen are each a name too: a route « Brest-Bristol »
                offset = m.start()
                parts = word.split("-")
                for part in parts if len(parts) > 1 and all(
                        p[:1].isupper() for p in parts) else ():
                    if part.lower() not in skip and len(part) > 1:
                        self.add("product", key, part.lower(), offset, offset + len(part))
                    offset += len(part) + 1


_CLUB_CARD = re.compile(r"\b(?i:cartes?)\s+([A-ZÀ-Ý][\w+’'-]*)|\b([A-Z][\w+’'-]*)\s+cards?\b"
                        r"|\b(?:your|the)\s+([A-Z][\w+’'-]*)\s+(?:[A-Z][\w+’'-]*\s+)?cards?\b")


# a number of hours given with a free item (« 3 h de photobooth », "a free 5-hour
# photo booth", "three hours of photo booth"): not a delay after a preposition
_GIFT_HOURS = re.compile(r"(?<![\w'’])(?<!\bsous\s)(?<!\ben\s)(?<!\bwithin\s)(?<!\bin\s)"
                         r"(?P<n>\d{1,2}|une|deux|trois|quatre|cinq|six|one|two|three|four|"
                         r"five|six)[\s-]*(?:h|heures?|hours?|hrs?)(?![\w'’])", re.I)
_COUNT_WORD = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
                         r"quinze|vingt|trente|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|fifteen|twenty|thirty)\b", re.I)
_COUNT_WORDS = {"un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3,
                "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6,
                "seven": 7, "douze": 12, "twelve": 12, "dix-huit": 18,
                "eighteen": 18, "vingt-quatre": 24, "twenty-four": 24}
_N = r"(?P<n>\d{1,2}|un|une|deux|trois|six|douze|dix-huit|vingt-quatre|one|a|two|three|six|" \
     r"twelve|eighteen|twenty-four)"
# an age limit: a bound in months or years said of who the offer is for (a being, « les
# », "the", or « âgés de », "aged", "old" around it), below (« moins de », « - », "under",
# "up to", "and under") or above (« plus de », « dès », "over", "and over"); a bare «
# moins de 6 mois » or "under 6 months" may be a delay, and is not read here
_BEINGS = {"fr": r"(?:chiots?|chatons?|enfants?|jeunes|bébés?|petits|ados|adolescents?|"
                 r"chiens?|chats?|animaux|seniors|étudiants?|les|aux|des|âgée?s?)",
           "en": r"(?:puppies|puppy|pups?|kittens?|kids?|children|child|babies|baby|dogs?|"
                 r"cats?|pets?|teens?|juniors?|seniors?|students?|guests?|those|anyone|"
                 r"people|aged)"}
_AGE_UNIT = {"fr": r"(?P<u>mois|ans?)", "en": r"(?P<u>months?|years?)"}
# a count said without its unit is an age unless a measure follows it ("dogs under 10
# kg", "bags under 23 kg" weigh)
_NOT_MEASURE = (r"\b(?!\s*(?:kg|kilos?|lbs?|pounds?|grams?|g|cm|mm|metres?|meters?|m|"
                r"inch(?:es)?|in|ft|feet|foot|km|miles?|litres?|liters?|l|ml|minutes?|"
                r"hours?|hrs?|days?|nights?|weeks?|people|persons|guests|items|pieces)\b)"
                r"(?!\s*[%€$£])")
_AGE_LIMIT = {
    "fr": (re.compile(rf"\b{_BEINGS['fr']}\s+(?:(?:âgée?s?\s+)?de\s+)?(?:moins\s+de\s+|-\s?|"
                      rf"(?P<incl>jusqu['’]à\s+))"
                      rf"{_N}\s*{_AGE_UNIT['fr']}(?![\w'’])", re.I),
           # « un enfant de 15 ans ou moins »
           re.compile(rf"\b{_BEINGS['fr']}\s+(?:âgée?s?\s+)?(?:de\s+)?{_N}\s*{_AGE_UNIT['fr']}\s+"
                      rf"(?P<incl>ou\s+moins)\b", re.I),
           # a line or a clause that opens on who the offer is for: « Moins de 14 ans :
           # 4 € la place »
           re.compile(rf"(?:^|(?<=[\n:;.!?(•–—-]))[ \t]*moins\s+de\s+{_N}\s*(?P<u>ans?)\b",
                      re.I | re.M),
           re.compile(rf"\((?:\s*(?:moins\s+de\s+|-\s?)){_N}\s*{_AGE_UNIT['fr']}\s*\)", re.I)),
    "en": (re.compile(rf"\b{_BEINGS['en']}\s+(?:aged\s+)?(?:under|below|younger\s+than)\s+"
                      rf"{_N}(?:[- ]{_AGE_UNIT['en']}(?:[- ]old)?\b|{_NOT_MEASURE})", re.I),
           # (up to a count with no unit is a size: "groups of people up to 4")
           re.compile(rf"\b{_BEINGS['en']}\s+(?:aged\s+)?(?P<incl>up\s+to\s+)"
                      rf"{_N}(?:[- ]{_AGE_UNIT['en']}(?:[- ]old)?\b|[- ]years?[- ]old\b)", re.I),
           re.compile(rf"\b(?:aged?s?\s+){_N}(?:[- ]?{_AGE_UNIT['en']})?(?:[- ]old)?\s+"
                      rf"(?:and|or)\s+(?P<incl>under|younger|below)\b", re.I),
           re.compile(rf"\b{_N}[- ]{_AGE_UNIT['en']}[- ]old\s+(?:and|or)\s+"
                      rf"(?P<incl>under|younger)\b", re.I),
           # a line or a clause that opens on who the offer is for: "Under 14? Your
           # ticket is €4", "Under 14s: €4"
           re.compile(rf"(?:^|(?<=[\n:;.!?(•–—-]))[ \t]*under[- ]{_N}s?\b(?=\s*[?:])", re.I | re.M),
           re.compile(rf"\((?:\s*under\s+){_N}(?:\s+{_AGE_UNIT['en']})?(?:\s+old)?\s*\)", re.I),
           # the age group as a noun: "under-12s free", "the under 5s eat free"
           # (as the one the offer is for: what it pays or that it goes free follows;
           # "under-18s need a signed form" is a rule of the place)
           re.compile(rf"\b(?:(?<=the\s)under[- ]|under-){_N}s\b(?=\s*(?::|[€£$]\s?\d|"
                      rf"\d[\d.,]*\s?[€£$]|(?:go\s+|eat\s+|stay\s+|ride\s+)?free\b))",
                      re.I)),
}
# how many payments the price may be split into (« payer en 3 fois sans frais », « en
# trois mensualités », "pay in four interest-free instalments", "spread the cost over
# three payments"); not with the amount of one (« en 10 fois sans frais de 45 € », "10
# payments of €45", read as the instalment's price)
_PAYMENTS = r"(?P<n>\d{1,2}|deux|trois|quatre|cinq|six|dix|douze|two|three|four|five|six|ten|" \
            r"twelve)"
_NOT_ITS_AMOUNT = r"(?!\s*(?:sans\s+frais\s+)?(?:de|à|d['’]|of|at)\s*[\d€£$])"
_INSTALMENTS = {
    "fr": (re.compile(r"\b(?:payer|payez|régler|réglez|paiement|règlement|réglable|payable)"
                      r"\s+(?:[\w’'-]+\s+){0,4}?en\s+" + _PAYMENTS
                      + r"\s+(?:fois|mensualités|versements|échéances|prélèvements)\b"
                      + _NOT_ITS_AMOUNT, re.I),
           re.compile(r"\ben\s+" + _PAYMENTS + r"\s+fois\s+sans\s+frais\b" + _NOT_ITS_AMOUNT,
                      re.I),
           re.compile(r"\b" + _PAYMENTS + r"\s+(?:mensualités|versements|échéances|"
                      r"prélèvements)\b" + _NOT_ITS_AMOUNT, re.I)),
    "en": (re.compile(r"\b(?:in|over|across|into)\s+" + _PAYMENTS
                      + r"\s+(?:(?:interest-free|monthly|equal|fee-free)\s+)*"
                      r"(?:instal?ments|installments|payments)\b" + _NOT_ITS_AMOUNT, re.I),
           re.compile(r"\b" + _PAYMENTS + r"\s+(?:interest-free|fee-free)\s+"
                      r"(?:instal?ments|installments|payments)\b" + _NOT_ITS_AMOUNT, re.I),
           # the payments by the month, as « 10 mensualités » says them: "ten monthly
           # payments, no interest"
           re.compile(r"\b" + _PAYMENTS + r"\s+monthly\s+(?:instal?ments|installments|"
                      r"payments)\b" + _NOT_ITS_AMOUNT, re.I)),
}
_PAYMENT_COUNTS = {**_COUNT_WORDS, "dix": 10, "ten": 10}
_COMMITMENT = {
    # (free to leave whenever one likes is bound for no time: « résiliable à tout
    # moment », « vous arrêtez quand vous voulez », "cancel anytime")
    "fr": (re.compile(r"\b(?:sans|pas\s+d['’]|aucun|z[ée]ro)\s*engagement\b|"
                      r"\b(?:résiliables?|résiliez|arrêtez|annulez|stoppez)(?:\s+(?:votre|"
                      r"l['’])\s*(?:abonnement|adhésion|formule))?\s+(?:à\s+tout\s+moment|"
                      r"quand\s+vous\s+(?:voulez|le\s+souhaitez))\b", re.I),
           re.compile(r"\bengagement\s+(?:de\s+|d['’]\s*|sur\s+|minimum\s+(?:de\s+)?)?"
                      + _N + r"\s*(?P<u>mois|ans?|année)\b", re.I),
           re.compile(_N + r"\s*(?P<u>mois|ans?)\s+d['’]\s*engagement\b", re.I),
           re.compile(r"\bengagée?s?\s+(?:pour|sur|pendant)\s+" + _N
                      + r"\s*(?P<u>mois|ans?|année)\b", re.I)),
    "en": (re.compile(r"\b(?:no|without|zero)\s+(?:minimum\s+)?(?:commitment|contract)\b|"
                      r"\bcommitment[- ]free\b|\bcancel(?:\s+(?:your\s+)?(?:plan|"
                      r"subscription|membership))?\s+(?:at\s+)?(?:any\s*time|whenever\s+you"
                      r"\s+(?:like|want|wish))\b", re.I),
           re.compile(r"\b" + _N + r"[- ](?P<u>month|year)s?\s+(?:minimum\s+)?"
                      r"(?:commitment|contract|minimum\s+term)\b", re.I),
           re.compile(r"\b(?:commitment|contract|minimum\s+term)\s+of\s+" + _N
                      + r"\s+(?P<u>months?|years?)\b", re.I)),
}


_HOURS_N = r"(?P<n>\d{1,2}|une|deux|trois|quatre|one|two|three|four)"
# conditions that bind the figure of their own clause, not every figure of the sentence:
# a selection (« -120 € sur une sélection de smartphones ») and a least quantity of what
# is bought (« -10 % dès 2 jours de location et 15 € offerts sur la 1re location »)
_CLAUSE_BOUND = frozenset({"selection", "minimum_quantity"})


_SLOT = {
    "fr": (re.compile(r"\bcr[ée]neaux?\s+(?:horaires?\s+)?(?:de\s+|d['’]\s*)?" + _HOURS_N
                      + r"\s*(?:h|heures?)(?![\w\d])", re.I),
           re.compile(r"\bdans\s+l['’]heure\s+(?:que\s+vous\s+(?:avez\s+)?|que\s+tu\s+"
                      r"(?:as\s+)?)choisi", re.I)),
    "en": (re.compile(r"\b" + _HOURS_N + r"[- ]hours?\s+(?:delivery\s+|time\s+)?"
                      r"(?:slot|window)s?\b", re.I),
           re.compile(r"\b(?:slot|window)\s+of\s+" + _HOURS_N + r"\s+hours?\b", re.I),
           re.compile(r"\bwithin\s+the\s+hour\s+you\s+(?:chose|picked|selected|booked)",
                      re.I)),
}


@functools.cache
def _per_unit_after(language: str) -> re.Pattern:
    """One unit of what is sold right after a price (facts.yaml `per_unit`), read from
    the figure's end, where a digit may stand before it ("€8.40 a film")."""
    return re.compile("|".join(p.removeprefix("re:") for p in table(language)["per_unit"])
                      + r"(?=\W|$)", re.I)


def _club_name(words: str) -> tuple[str, ...]:
    """The club a card is named by (« carte Belvau+ », "Belvau+ card"): a message that
    names the club (« la 2e à 4,20 € avec Belvau+ ») speaks of its card."""
    m = _CLUB_CARD.search(words)
    name = m and (m.group(1) or m.group(2) or m.group(3))
    return (name.lower(),) if name and name.lower() not in ("your", "the") else ()


_NAME_AFTER = re.compile(r"[ \t]+(?:[«“\"][ \t\u00a0]*)?(?-i:([A-ZÀ-Ý][\w+’'-]*[\w+]))")


def _selection_name(text: str, start: int, end: int) -> tuple[str, ...]:
    """The name a selection goes by, right after it (« la sélection Vélotaf ») or, in
    English, right before its noun ("the Vélotaf selection"): a message that names the
    items by it ("Vélotaf bikes", « les vélos Vélotaf ») speaks of that selection."""
    m = _NAME_AFTER.match(text, end)
    if m:
        return (m.group(1).lower(),)
    m = _NAME_BEFORE.search(text, start, end)
    return (m.group(1).lower(),) if m else ()


_NAME_BEFORE = re.compile(r"(?<=\s)(?-i:(?!(?:Our|The|This|A|An)\b)([A-ZÀ-Ý][\w+’'-]*[\w+]))"
                          r"\s+selection$", re.I)


_TURN = re.compile(r"(?m)^[ \t]*\[?([^\W\d_][\w’' .-]{0,30}?)\]?[ \t]*:")


_MONEY = re.compile(r"\d[\d  .,]*\s?(?:€|\$|£|euros?\b|dollars?\b)|[€$£]\s?\d", re.I)


def _caller_turns(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of a script's caller turns (« Cliente : … », "Caller: …"), each up to
    the next speaker's label."""
    callers = {w.lower() for w in table(language)["caller"]}
    turns = [(m.start(), m.group(1).strip().lower()) for m in _TURN.finditer(text)]
    calling = [label in callers or label.split()[0] in callers for _, label in turns]
    if not (any(calling) and not all(calling)):
        return []  # no dialogue: « Client fidèle : -20 % » on a poster is the brand's
    return [(start, turns[i + 1][0] if i + 1 < len(turns) else len(text))
            for i, (start, _) in enumerate(turns) if calling[i]]


def _spelled(code: str) -> str:
    """A code spelled out letter by letter is the code: « B-R-I-S-T-O-L-2-7 »."""
    if re.fullmatch(r"(?:[A-Z0-9]-)+[A-Z0-9]", code):
        return code.replace("-", "")
    return code


def _lemmas(doc) -> dict[int, str]:
    return {t.idx: t.lemma_ for t in doc if t.lemma_ and not t.is_space}


# the cue words between a name and its price: « à 79 € », "at €79", « dès 34 € »
_PRICE_LEAD = re.compile(r"(?:[\s:–—-]|(?<!\w)(?:à|a|at|for|pour|seulement|only|just|now|"
                         r"from|dès|des|à\s+partir\s+de)(?!\w))*$", re.I)


def _letters(word: str) -> str:
    """A word or a name in bare lower-case letters (« Fête » -> "fete", `noel25` ->
    "noel")."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                    if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z]", "", plain)


def stem(word: str) -> str:
    """A word as compared between messages: without accents, cut to six letters."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", word)
                    if unicodedata.category(c) != "Mn")
    return plain[:6]


@functools.cache
def skipped_words(language: str) -> frozenset[str]:
    words = table(language)
    out = {w for phrase in words["function_words"] for w in phrase.split()}
    out |= set(words["months"]) | set(words["weekdays"])
    out.update(_STOP[language if language in _STOP else "en"])
    return frozenset(out)


_STOP = {
    "fr": {"dans", "pour", "par", "sur", "sous", "avec", "sans", "entre", "chez", "vers",
           "leur", "leurs", "notre", "nos", "votre", "vos", "être", "avoir", "faire",
           "aux", "une", "des", "les", "est", "sont", "qui", "que", "quoi", "dont", "où",
           "cet", "cette", "ces", "son", "ses", "mon", "mes", "ton", "tes", "offre",
           "valable", "jusqu", "lui", "elle", "ils", "elles", "nous", "vous", "pas", "ne"},
    "en": {"the", "and", "for", "with", "from", "into", "onto", "our", "your", "their",
           "this", "that", "these", "those", "are", "was", "were", "been", "being", "have",
           "has", "had", "not", "but", "all", "any", "each", "only", "offer", "valid",
           "until", "till", "per", "off", "its", "it's", "they", "them", "you", "we"},
}


@functools.cache
def _function_words(language: str) -> frozenset[str]:
    words = table(language)
    out = set(words["function_words"])
    for key in ("price_cue", "old_price", "threshold", "discount"):
        out.update(w.lower() for w in words[key] if not w.startswith("re:"))
    return frozenset(w for phrase in out for w in phrase.split())


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@functools.cache
def _closed_day(language: str) -> re.Pattern:
    """A closing word and the day it names: « fermé le dimanche », "off on Sundays"."""
    words = table(language)
    closed = "|".join(sorted(map(re.escape, words["closed"]), key=len, reverse=True))
    days = "|".join(sorted(words["weekdays"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{closed})\s+(?:(?:le|les|on|the)\s+)?"
                      rf"(?P<day>{days})s?\b", re.I)


@functools.cache
def _day_range(language: str) -> re.Pattern:
    days = "|".join(sorted(table(language)["weekdays"], key=len, reverse=True))
    return re.compile(rf"\b({days})s?\.?\s*(?:au|à|-|–|to|through|till|until)\s*"
                      rf"({days})s?\b", re.I)


_CLOCK = {"fr": r"(?:midi|minuit|\d{1,2}\s*h(?:\s*\d{2})?)",
          "en": r"(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)"}
_RANGE_LINK = {"fr": r"\s*(?:à|-|–|jusqu['’]à)\s*", "en": r"\s*(?:to|-|–|until|till)\s*"}
_NAMED_HOURS = {"fr": "midi|minuit", "en": "noon|midday|midnight"}
# a closing hour said by its end: « jusqu'à minuit », « jusqu'à 22 h », "until midnight",
# "till 10pm"
_UNTIL_CLOCK = {
    "fr": re.compile(r"\bjusqu['’]à\s+(?:(?P<clock>minuit|midi)\b|(?P<hour>\d{1,2})\s*h"
                     r"(?:\s*\d{2})?\b)(?P<half>)", re.I),
    "en": re.compile(r"\b(?:until|till|til)\s+(?:(?P<clock>midnight|noon|midday)\b|"
                     r"(?P<hour>\d{1,2})(?:[:.]\d{2})?\s*(?P<half>a\.?m\.?|p\.?m\.?))",
                     re.I)}
_NOON_RANGE = {
    lang: re.compile(rf"\b(?:(?:de|dès)\s+)?(?:(?:{_NAMED_HOURS[lang]})"
                     rf"{_RANGE_LINK[lang]}{_CLOCK[lang]}|{_CLOCK[lang]}{_RANGE_LINK[lang]}"
                     rf"(?:{_NAMED_HOURS[lang]}))\b", re.I)
    for lang in ("fr", "en")}
# the hour a place closes, said by the verb of closing: « ferment à 20 h », "close at 8pm"
_CLOSING = {
    "fr": re.compile(r"\b(?:ferment|fermons|fermeture)\s+à\s+(\d{1,2})\s*h(?:\s*\d{2})?\b", re.I),
    "en": re.compile(r"\b(?:close|closes|closing)\s+at\s+(\d{1,2})(?::\d{2})?\s*"
                     r"(a\.?\s?m\.?|p\.?\s?m\.?)", re.I)}
_CLOCK_RANGE = {
    "fr": re.compile(r"\b(?:de|dès)\s+(midi|minuit|\d{1,2}(?:\s*h\s*\d{2})?)\s*h?"
                     + _RANGE_LINK["fr"] + r"(midi|minuit|\d{1,2}(?:\s*h\s*\d{2})?)\s*h?",
                     re.I),
    "en": re.compile(r"\b(noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?)\s*(a\.?m\.?|p\.?m\.?)?"
                     + _RANGE_LINK["en"] + r"(noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?)\s*"
                     r"(a\.?m\.?|p\.?m\.?)?", re.I),
}


# hours said as a span between two times: « entre 16 h et 18 h », "between 4 and 6pm"
_CLOCK_BETWEEN = {
    "fr": re.compile(r"\bentre\s+(midi|minuit|\d{1,2}(?:\s*h\s*\d{2})?)\s*h?\s+et\s+"
                     r"(midi|minuit|\d{1,2}(?:\s*h\s*\d{2})?)\s*h\b", re.I),
    "en": re.compile(r"\bbetween\s+(noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?)\s*"
                     r"(a\.?m\.?|p\.?m\.?)?\s+and\s+(noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?)"
                     r"\s*(a\.?m\.?|p\.?m\.?)?", re.I),
}


# an hour of the day (« 10 h », « midi », "10am", "noon", "10:30"), for an order cut-off
_CLOCK_AT = {
    "fr": re.compile(r"(?<![\w/.,])(?:(?P<hour>\d{1,2})\s*h(?:\s*(?P<min>\d{2}))?\b|"
                     r"(?P<named>midi|minuit)\b)", re.I),
    "en": re.compile(r"(?<![\w/.,])(?:(?P<hour>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*"
                     r"(?P<half>a\.?m\b\.?|p\.?m\b\.?)|(?P<hour24>\d{1,2}):(?P<min24>\d{2})\b|"
                     r"(?P<named>noon|midday|midnight)\b)", re.I)}


def _hour_of(m: re.Match, language: str) -> float:
    """The hour of a `_CLOCK_AT` match, 0 to 24."""
    named = {"midi": 12, "noon": 12, "midday": 12, "minuit": 24, "midnight": 24}
    if m["named"]:
        return named[m["named"].lower()]
    if language == "en" and m["hour24"]:
        return int(m["hour24"]) + int(m["min24"]) / 60
    hour = int(m["hour"]) + int(m["min"] or 0) / 60
    if language == "en":
        hour = hour % 12 + (12 if m["half"].lower().startswith("p") else 0)
    return hour


def _clock(words: str) -> float:
    """« 11 h 30 », "11.30", "11:30" -> 11.5."""
    hour, _, minutes = re.sub(r"\s*[h:.]\s*", ":", words.strip().lower()).partition(":")
    return int(hour) + (int(minutes) / 60 if minutes.strip() else 0)


def _clock_range(text: str, start: int, end: int, language: str) -> str | None:
    """Opening hours as "12-18", read with noon and midnight, and with the half of day
    of an opening hour said without one ("12–6 pm" opens at noon, "10-6pm" at ten,
    "1-6 pm" at one in the afternoon); None when the words hold no range."""
    language = language if language in _CLOCK_RANGE else "en"
    m = _CLOCK_RANGE[language].search(text, start, end) or \
        _CLOCK_BETWEEN[language].search(text, start, end)
    if m is None:
        return None
    named = {"midi": 12, "noon": 12, "midday": 12, "minuit": 24, "midnight": 24}
    if language == "fr":
        opens, closes = (named.get(g.lower()) or _clock(g) for g in (m.group(1), m.group(2)))
    else:
        o, o_half, c, c_half = m.group(1), m.group(2), m.group(3), m.group(4)
        if not (o_half or c_half or o.lower() in named or c.lower() in named):
            return None  # "9 to 5" with no half of day: left to the delay analysis
        closes = named.get(c.lower()) or _clock(c) % 12 + (12 if (c_half or "").lower()
                                                           .startswith("p") else 0)
        if o.lower() in named:
            opens = named[o.lower()]
        elif o_half:
            opens = _clock(o) % 12 + (12 if o_half.lower().startswith("p") else 0)
        elif _clock(o) >= 12:
            opens = _clock(o)  # "12–6 pm": noon
        else:
            opens = _clock(o) + 12 if _clock(o) + 12 < closes else _clock(o)
    if not 0 <= opens < closes <= 24:
        return None
    return f"{opens:g}-{closes:g}"


def _availability_values(mention) -> tuple[str, str]:
    """(hours, days) of an availability promise: "24h" or "10-18", and "mon-sun" for
    every day (« 7j/7 », "daily"); empty where the message says nothing of them."""
    if mention.always_hours:
        hours = "24h"
    elif mention.opens is not None or mention.closes is not None:
        opens = "" if mention.opens is None else f"{mention.opens:g}"
        closes = "" if mention.closes is None else f"{mention.closes:g}"
        hours = f"{opens}-{closes}"
    else:
        hours = ""
    return hours, "mon-sun" if _every_day(mention) else ""


def _every_day(mention) -> bool:
    """Every day, or Sundays said every week (« aussi le dimanche », "on Sundays too"):
    what a campaign sets against a day it says the service is closed."""
    return mention.always_days or 6 in mention.days


def _promise_value(mention) -> str:
    if mention.kind == "availability":
        if mention.always_hours or _every_day(mention):
            return ("24h" if mention.always_hours else "") + ("7/7" if _every_day(mention)
                                                            else "")
        opens = "" if mention.opens is None else f"{mention.opens:g}"
        closes = "" if mention.closes is None else f"{mention.closes:g}"
        return f"{opens}-{closes}"
    return f"{mention.hours:g}h"


@functools.cache
def _service_patterns(language: str) -> dict[str, re.Pattern]:
    from brandlint.analysis import lexicons

    services = lexicons.load("services")[language]
    verbs = language == "fr"
    out = {name: pattern_of(words, verbs) for name, words in services.items()}
    out["availability"] = pattern_of(services["availability"] + table(language)["opening"],
                                     verbs)
    out["returns"] = pattern_of(table(language)["returns"], verbs)
    for name, words in table(language).get("services", {}).items():
        out[name] = pattern_of(services.get(name, []) + words, verbs)
    return out


# the claim of a condition that binds an occasion of its own, no figure of the offer
OCCASION = "occasion"

_INFLECTION = r"(?:e|s|es|ée|ées|és|ed|ing|d)?"


def _visit_service(promises) -> str | None:
    """The profile's service of a person coming to the customer: the one whose terms name
    a visit or an intervention (« dépannage », « intervient », « visite de l'expert »),
    when only one does; which of two visits a technician's coming is cannot be told."""
    found = [name for name, promise in promises.items() if promise.terms and any(
        pattern(lang, "visit_terms").search(term) for term in promise.terms
        for lang in ("fr", "en"))]
    return found[0] if len(found) == 1 else None


def _dispatch_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """A service the profile names by the words of sending the parcel off (« expédié »,
    « expédition ») is the dispatch, named so in every language of a campaign ("shipped
    within 24 hours"), apart from the delivery that follows it."""
    words = {lang: set(table(lang)["dispatch"]) for lang in ("fr", "en")}
    if not any(term.lower() in each for term in terms for each in words.values()):
        return ()
    return tuple(sorted(set.union(*words.values()) - set(terms)))


def _collection_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """A service the profile names by an item made ready to collect (« lunettes prêtes
    », « retrait en magasin », "ready for pick-up") is named by the customer's collecting
    it too, in every language of a campaign (« vous les récupérez sous 72 heures », "pick
    them up within 2 hours")."""
    ready = {w for lang in ("fr", "en") for w in table(lang)["ready"]}
    words = {w.lower() for term in terms for w in re.split(r"[\s&]+", term)}
    if not words & ready:
        return ()
    return tuple(p for lang in ("fr", "en") for p in table(lang)["collection"])


@functools.cache
def _own_service_pattern(terms: tuple[str, ...]) -> re.Pattern:
    """A service the profile names by an action noun is named by its verb too:
    « activation » is « votre carte est activée », "your card is activated"."""
    verbs = [f"re:{re.escape(w[:-5])}(?:é|ée|és|ées|er|ated|ates|ate)" for w in terms
             if w.isalpha() and w.lower().endswith("ation") and len(w) > 7]
    return pattern_of([*terms, *verbs, *_participles(terms)])


_PARTICIPLE = re.compile(r"^(?P<stem>\w{3,})(?:é|ée|és|ées)$")


def _participles(terms: tuple[str, ...]) -> list[str]:
    """A service the profile names by a thing and what is done to it (« points crédités
    », « points ajoutés », "stamps credited") is named by the participle alone, the thing
    said before it or by a pronoun (« 2 points par euro, crédités sous 24 h », « Ils sont
    crédités en 24 h »): any of its genders and numbers."""
    out = []
    for term in terms:
        words = term.split()
        m = _PARTICIPLE.match(words[-1]) if len(words) == 2 else None
        if m is not None:
            out.append(f"re:{re.escape(m['stem'])}(?:é|ée|és|ées)")
        elif len(words) == 2 and re.fullmatch(r"\w{3,}ed", words[-1]):
            out.append(words[-1])  # "stamps credited": "credited within 24 hours"
    return out


# a French verb of the first group conjugated: « on vous livre », « nous livrons »,
# « ils expédient »
_CONJUGATED = r"(?:e|es|ent|ons|ez|era|eront|erons|erez|ait|aient)"
# and one in -dre: « nos cavistes vous répondent », « on vous répond »
_CONJUGATED_RE = r"(?:s|ent|ons|ez|ra|ront|rons|rez|ait|aient)?"


def pattern_of(words: list[str], verbs: bool = False) -> re.Pattern:
    """The service words as they appear in text: lexicon lemmas with their usual endings
    (« expédiée », "shipped"), phrases as written; with `verbs`, a French verb in -er
    conjugated too (« on vous livre »)."""
    from brandlint.analysis.lexicons import phrase_pattern

    forms = [f"re:{re.escape(w)}{_INFLECTION}" if w.isalpha() else w for w in words]
    forms += [f"re:{re.escape(w[:-2])}{_CONJUGATED}" for w in words
              if verbs and w.isalpha() and w.endswith("er") and len(w) > 4]
    forms += [f"re:{re.escape(w[:-2])}{_CONJUGATED_RE}" for w in words
              if verbs and w.isalpha() and w.endswith("dre") and len(w) > 5]
    return phrase_pattern(forms, not_before=r"\w", not_after=r"\w")
