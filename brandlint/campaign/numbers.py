"""Figures as copy writes them, French and English: percentages and amounts with their
currency ("-30 %", "30% off", "1 299,90 €", "€1,299.90", "10 euros", "£40"), read
into comparable values."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY_AFTER = (r"€|euros?\b|eur\b|\$|dollars?\b|usd\b|£|pounds?\b|gbp\b|chf\b|"
                   r"francs? suisses?")
_CURRENCY_BEFORE = r"€|\$|£|eur\s|usd\s|gbp\s|chf\s"
# (a sign after a figure is its currency only on its line, and only when no figure
# follows it: "PASS 2027\n£68" is £68, not 2027 £)
MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<pre>{_CURRENCY_BEFORE})\s?(?P<num1>{_DIGITS})(?![\d%])"
    rf"|(?P<num2>{_DIGITS})[ \t\u00a0\u202f]?(?P<post>{_CURRENCY_AFTER})"
    r"(?:(?<=[€$£])(?![ \t\u00a0\u202f]?\d)|(?<![€$£])))", re.I)
PERCENT = re.compile(rf"(?<![\w.,])(?P<sign>[-−–]\s?)?(?P<num>{_DIGITS})\s?"
                     r"(?:%|pour\s?cent\b|per\s?cent\b|percent\b)", re.I)
# « 49€99 »: euros and cents around the sign
EURO_CENTS = re.compile(r"(?<![\w.,])(?P<euros>\d{1,6})[ \t]?€[ \t]?(?P<cents>\d{2})(?!\d)")
# « 42E », « 6000E »: euros in an SMS, the capital E glued to the figure
SMS_EURO = re.compile(rf"(?<![\w.,])(?P<num>{_DIGITS})E(?!\w)")
HALF = re.compile(r"\b(?:moitié prix|à moitié prix|demi-tarif|half[- ]price)\b", re.I)
# a share of the price taken off, in words: « un quart du prix en moins », « un cinquième
# de remise », "a quarter off", "take a fifth off", "half off" (the shares, facts.yaml
# `fractions`, are those whose percentage is a whole number: a third is left out)
_FRACTION_FR = (r"(?:un|le)\s+(?P<fr>{fr})\s+(?:du\s+prix\s+|de\s+(?:votre|la)\s+"
                r"(?:facture|note|prix)\s+)?(?:en\s+moins|de\s+moins|de\s+remise|"
                r"de\s+réduction|de\s+rabais)")
_FRACTION_EN = r"(?:(?:a|one)\s+)?(?P<en>{en})\s+off"
# the share said as what the reader saves: "save a quarter", « économisez un quart »
_FRACTION_SAVED = (r"\b(?:save|saves|saving|économisez|économiser|économise)\s+(?:you\s+)?"
                   r"(?:a|one|un)\s+(?P<saved>{both})(?!\s+(?:of|d['’]|de)\b)")
_CODES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD",
          "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP", "pound": "GBP",
          "pounds": "GBP", "gbp": "GBP", "chf": "CHF"}


@functools.cache
def _speech_money() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, list]]:
    """Money in the words of speech (facts.yaml `money_units`, `money_names`): a figure
    then « balles » / "quid" / "bucks" (not « trois balles de golf »), and a sum named
    by one word ("a tenner", "a fiver")."""
    from brandlint.campaign.lexicon import table

    units: dict[str, str] = {}
    names: dict[str, list] = {}
    for language in ("fr", "en"):
        units.update(table(language)["money_units"])
        names.update(table(language)["money_names"])
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    name = "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)"
    after = re.compile(rf"(?<![\w.,])(?P<num>{_DIGITS})\s?(?P<unit>{unit})\b"
                       r"(?!\s+(?:de|d['’]|of)\b)", re.I)
    named = re.compile(rf"(?<![\w-])(?:(?:a|one)\s+)?(?P<name>{name})\b", re.I)
    return after, named, {k.lower(): v for k, v in units.items()}, \
        {k.lower(): v for k, v in names.items()}


@functools.cache
def _price_of_pattern() -> tuple[re.Pattern, dict[str, int]]:
    """« 6 bouteilles au prix de 5 », "6 for the price of 5": two counts around the words
    of facts.yaml `price_of`, the second no sum of money (« au prix de 5 € » is a
    price)."""
    from brandlint.campaign.lexicon import table

    values: dict[str, int] = {}
    links: list[str] = []
    for language in ("fr", "en"):
        values.update({k: v for k, v in table(language)["number_words"].items()
                       if k not in ("a", "un", "une")})
        links += table(language)["price_of"]
    count = "|".join([r"\d{1,3}", *sorted(map(re.escape, values), key=len, reverse=True)])
    # (« pour le prix d'une », "for the price of one": the second count may be one)
    one = r"un|une|one|a"
    link = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\s+de", r"\s+d(?:e\s+|['’])")
                    .replace(r"\s+of", r"\s+of\s+") for w in links)
    return re.compile(
        rf"(?<![\w.,-])(?P<n>{count})\s+(?:[^\W\d_][\w'’-]*\s+){{0,4}}?(?:{link})\s*"
        rf"(?P<m>{count}|{one})(?!\w|[.,]\d|[ \u00a0]?(?:{_CURRENCY_AFTER}|%))", re.I), \
        {**{k.lower(): v for k, v in values.items()}, "un": 1, "une": 1, "one": 1, "a": 1}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    unit: str  # "%" or a currency code
    signed: bool = False  # written with a minus: "-30 %"
    # said by two counts (« 6 bouteilles au prix de 5 »): the discount they imply, no
    # figure written as such
    derived: bool = False

    def normal(self) -> str:
        number = f"{self.value:.2f}".rstrip("0").rstrip(".")
        return f"{number}%" if self.unit == "%" else f"{number} {self.unit}"


def parse_number(raw: str) -> float | None:
    """'1 299,90', '1,299.90', '29,9', '29.90', '1.299' -> float. A separator followed by
    exactly three digits groups thousands; one or two digits are decimals."""
    text = re.sub(r"[\s\u00a0\u202f]", "", raw)
    match = re.fullmatch(r"(\d+(?:[.,]\d{3})*)(?:[.,](\d{1,2}))?", text)
    if match is None:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    whole = re.sub(r"[.,]", "", match.group(1))
    return float(f"{whole}.{match.group(2) or 0}")


def currency_code(symbol: str) -> str:
    key = symbol.strip().lower()
    key = key.split()[0] if key else key
    return _CODES.get(key, _CODES.get(key.rstrip("s"), key.upper()))


@functools.cache
def _spelled_pattern() -> tuple[re.Pattern, dict[str, int], frozenset[str]]:
    """Figures written in words, French and English: « trente pour cent », « moins
    vingt-cinq pour cent », "fifteen percent", "a hundred and fifty pounds"."""
    from brandlint.campaign.lexicon import table

    values: dict[str, int] = {}
    minus: set[str] = set()
    speech: set[str] = set()
    for language in ("fr", "en"):
        values.update(table(language)["number_words"])
        minus.update(table(language)["minus_words"])
        speech.update(table(language)["money_units"])
    units = "|".join(map(re.escape, speech))
    word = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    sign = "|".join(map(re.escape, minus))
    return re.compile(
        rf"(?<![\w-])(?:(?P<sign>{sign})\s+)?(?P<words>(?:{word})(?:(?:[\s-]+|\s+(?:et|and)\s+)"
        rf"(?:{word}))*)\s+(?:(?P<pct>pour\s?cent|per\s?cent|percent)|"
        rf"(?P<cur>euros?|pounds?|(?:{units})(?!\w|\s+(?:de|d['’]|of)\b)))\b", re.I), values, \
        frozenset(minus)


@functools.cache
def _fraction_pattern() -> tuple[re.Pattern, dict[str, float]]:
    from brandlint.campaign.lexicon import table

    shares = {**table("fr")["fractions"], **table("en")["fractions"]}
    fr, en = ("|".join(sorted(map(re.escape, table(lang)["fractions"]), key=len, reverse=True))
              for lang in ("fr", "en"))
    pattern = re.compile(rf"(?<![\w-])(?:{_FRACTION_FR.format(fr=fr)}|"
                         rf"{_FRACTION_EN.format(en=en)}|"
                         rf"{_FRACTION_SAVED.format(both=fr + '|' + en)})(?![\w-])", re.I)
    return pattern, {k.lower(): float(v) for k, v in shares.items()}


def spelled_value(words: str, values: dict[str, int]) -> int:
    total = current = 0
    for word in re.split(r"[\s-]+|\s+(?:et|and)\s+", words.lower()):
        if word in ("et", "and", ""):
            continue
        value = values[word]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:
            current += 76  # « quatre-vingt(s) »: four twenties
        else:
            current += value
    return total + current


def _bullet(text: str, dash: int) -> bool:
    """The dash opens a line of a list and a space follows it (« - 450 € pour 12 mois »,
    "- €150 for the year"): a bullet, no minus sign (« -30 % » at a line's start is)."""
    line_start = text.rfind("\n", 0, dash) + 1
    return not text[line_start:dash].strip() and text[dash + 1:dash + 2] in (" ", "\t")


def find_figures(text: str) -> list[Figure]:
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    spelled, values, _ = _spelled_pattern()
    for m in spelled.finditer(text):
        if m["words"].lower() in ("a", "un", "une"):
            continue  # "a pound", « un euro »: a way of speaking more than a figure
        value = spelled_value(m["words"], values)
        unit = "%" if m["pct"] else _speech_money()[2].get(m["cur"].lower()) or \
            currency_code(m["cur"])
        start = m.start("sign") if m["sign"] else m.start("words")
        figures.append(Figure(start, m.end(), float(value), unit, bool(m["sign"])))
        taken.append((m.start(), m.end()))
    for m in PERCENT.finditer(text):
        value = parse_number(m["num"])
        if value is None:
            continue
        signed = bool(m["sign"]) and not _bullet(text, m.start("sign"))
        start = m.start("sign") if signed else m.start("num")
        figures.append(Figure(start, m.end(), value, "%", signed))
        taken.append((m.start(), m.end()))
    fractions, shares = _fraction_pattern()
    for m in fractions.finditer(text):
        share = shares[(m["fr"] or m["en"] or m["saved"]).lower()]
        figures.append(Figure(m.start(), m.end(), share, "%", True))
        taken.append((m.start(), m.end()))
    for m in HALF.finditer(text):
        figures.append(Figure(m.start(), m.end(), 50.0, "%", True))
        taken.append((m.start(), m.end()))
    price_of, counts = _price_of_pattern()
    for m in price_of.finditer(text):
        n, k = (int(g) if g.isdigit() else counts[g.lower()] for g in (m["n"], m["m"]))
        if 0 < k < n:  # « 6 au prix de 5 »: a sixth off, money off like « -16,67 % »
            figures.append(Figure(m.start(), m.end(), round(100 * (n - k) / n, 2), "%", True,
                                  derived=True))
            taken.append((m.start(), m.end()))
    after, named, units, names = _speech_money()
    for m in after.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = parse_number(m["num"])
        if value is not None:
            figures.append(Figure(m.start(), m.end(), value, units[m["unit"].lower()]))
            taken.append((m.start(), m.end()))
    for m in named.finditer(text):
        value, unit = names[m["name"].lower()]
        figures.append(Figure(m.start(), m.end(), float(value), unit))
        taken.append((m.start(), m.end()))
    for m in EURO_CENTS.finditer(text):
        figures.append(Figure(m.start(), m.end(), float(f"{m['euros']}.{m['cents']}"), "EUR"))
        taken.append((m.start(), m.end()))
    for m in MONEY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        raw = m["num1"] or m["num2"]
        value = parse_number(raw)
        if value is None:
            continue
        symbol = m["pre"] or m["post"]
        start = m.start()
        signed = start > 0 and text[max(0, start - 2):start].strip() in ("-", "−", "–")
        if signed:
            dash = text.rfind(text[max(0, start - 2):start].strip(), 0, start)
            signed = not _bullet(text, dash)
            start = dash if signed else start
        figures.append(Figure(start, m.end(), value, currency_code(symbol), signed))
        taken.append((m.start(), m.end()))
    for m in SMS_EURO.finditer(text):
        value = parse_number(m["num"])
        if value is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        start = m.start()
        signed = start > 0 and text[start - 1] in "-−–" and not _bullet(text, start - 1)
        figures.append(Figure(start - signed, m.end(), value, "EUR", signed))
    return sorted(figures, key=lambda f: f.start)
