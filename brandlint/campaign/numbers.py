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
MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<pre>{_CURRENCY_BEFORE})\s?(?P<num1>{_DIGITS})(?![\d%])"
    rf"|(?P<num2>{_DIGITS})\s?(?P<post>{_CURRENCY_AFTER}))", re.I)
PERCENT = re.compile(rf"(?<![\w.,])(?P<sign>[-−–]\s?)?(?P<num>{_DIGITS})\s?"
                     r"(?:%|pour\s?cent\b|per\s?cent\b|percent\b)", re.I)
# « 49€99 »: euros and cents around the sign
EURO_CENTS = re.compile(r"(?<![\w.,])(?P<euros>\d{1,6})\s?€\s?(?P<cents>\d{2})(?!\d)")
HALF = re.compile(r"\b(?:moitié prix|à moitié prix|demi-tarif|half[- ]price)\b", re.I)
# a share of the price taken off, in words: « un quart du prix en moins », « un cinquième
# de remise », "a quarter off", "take a fifth off", "half off" (the shares, facts.yaml
# `fractions`, are those whose percentage is a whole number: a third is left out)
_FRACTION_FR = (r"(?:un|le)\s+(?P<fr>{fr})\s+(?:du\s+prix\s+|de\s+(?:votre|la)\s+"
                r"(?:facture|note|prix)\s+)?(?:en\s+moins|de\s+remise|de\s+réduction|"
                r"de\s+rabais)")
_FRACTION_EN = r"(?:(?:a|one)\s+)?(?P<en>{en})\s+off"
_CODES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD",
          "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP", "pound": "GBP",
          "pounds": "GBP", "gbp": "GBP", "chf": "CHF"}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    unit: str  # "%" or a currency code
    signed: bool = False  # written with a minus: "-30 %"

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
    for language in ("fr", "en"):
        values.update(table(language)["number_words"])
        minus.update(table(language)["minus_words"])
    word = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    sign = "|".join(map(re.escape, minus))
    return re.compile(
        rf"(?<![\w-])(?:(?P<sign>{sign})\s+)?(?P<words>(?:{word})(?:(?:[\s-]+|\s+(?:et|and)\s+)"
        rf"(?:{word}))*)\s+(?:(?P<pct>pour\s?cent|per\s?cent|percent)|"
        rf"(?P<cur>euros?|pounds?))\b", re.I), values, frozenset(minus)


@functools.cache
def _fraction_pattern() -> tuple[re.Pattern, dict[str, float]]:
    from brandlint.campaign.lexicon import table

    shares = {**table("fr")["fractions"], **table("en")["fractions"]}
    fr, en = ("|".join(sorted(map(re.escape, table(lang)["fractions"]), key=len, reverse=True))
              for lang in ("fr", "en"))
    pattern = re.compile(rf"(?<![\w-])(?:{_FRACTION_FR.format(fr=fr)}|"
                         rf"{_FRACTION_EN.format(en=en)})(?![\w-])", re.I)
    return pattern, {k.lower(): float(v) for k, v in shares.items()}


def _spelled_value(words: str, values: dict[str, int]) -> int:
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
        value = _spelled_value(m["words"], values)
        unit = "%" if m["pct"] else currency_code(m["cur"])
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
        share = shares[(m["fr"] or m["en"]).lower()]
        figures.append(Figure(m.start(), m.end(), share, "%", True))
        taken.append((m.start(), m.end()))
    for m in HALF.finditer(text):
        figures.append(Figure(m.start(), m.end(), 50.0, "%", True))
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
    return sorted(figures, key=lambda f: f.start)
