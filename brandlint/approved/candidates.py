"""Lexicon candidates: the content words approved copy leans on that the profile does
not list yet.

How they are ranked, and why not against a language background: a word is a candidate
when it is a noun, verb or adjective (by the model's tags), not a stop word, not a proper
noun, a hashtag or a word right after a number (a unit, a date: "24 h", "18 décembre"),
at least three letters long, and neither in the profile's `lexicon`,
`related` or `avoid` nor a word the idea score already counts. Each candidate gets

    weight = documents × (0.5 + 0.5 × spread)

where `documents` is how many approved drafts use it and `spread` the share of the
drafts' channels it appears on: a word used on every channel counts in full, a word
used on one channel of many counts about half (it is more likely that channel's topic
than the brand's voice). Words in fewer than `MIN_DOCUMENTS` drafts are left out.

There is no background frequency list to tell the brand's words from words common in
all copy: spaCy's small pipelines carry no word probabilities (every lexeme's `prob` is
the same placeholder), spacy-lookups-data has no French probability table, and
wordfreq's data is CC BY-SA, which this MIT package does not ship. So the list says
what the copy uses widely, not what is rare elsewhere: a person picks from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

CANDIDATE_POS = ("NOUN", "VERB", "ADJ")
MIN_DOCUMENTS = 2
MIN_LETTERS = 3
EXAMPLE_CHARS = 140
METHOD = ("documents × (0.5 + 0.5 × share of the drafts' channels the word appears on); "
          "content words (noun, verb, adjective; no stop words, proper nouns, hashtags, "
          "nor units and dates right after a number) "
          "not in the profile's lexicon, related or avoid lists nor counted by the idea "
          "score; no background word frequencies (none ships offline under a licence "
          "this package can carry), so common words rank high too")


@dataclass(frozen=True)
class Candidate:
    lemma: str
    documents: int
    channels: tuple[str, ...]
    weight: float
    example: str
    example_from: str

    def to_json(self) -> dict:
        return {"lemma": self.lemma, "documents": self.documents,
                "channels": list(self.channels), "weight": self.weight,
                "example": {"text": self.example, "from": self.example_from}}


@dataclass
class _Seen:
    documents: int = 0
    channels: set[str] = field(default_factory=set)
    example: str = ""
    example_from: str = ""


class CandidateCounter:
    """Document frequency, channels and a first example of each candidate lemma."""

    def __init__(self) -> None:
        self._seen: dict[str, _Seen] = {}
        self._channels: set[str] = set()

    def add(self, label: str, channel: str, lemmas: dict[str, str]) -> None:
        """One draft: `lemmas` maps each candidate lemma to the sentence it first occurs in."""
        self._channels.add(channel)
        for lemma, sentence in lemmas.items():
            seen = self._seen.setdefault(lemma, _Seen(example=sentence, example_from=label))
            seen.documents += 1
            seen.channels.add(channel)

    def top(self, limit: int = 15) -> list[Candidate]:
        total_channels = max(len(self._channels), 1)
        ranked = [Candidate(lemma, s.documents, tuple(sorted(s.channels)),
                            _weight(s.documents, len(s.channels), total_channels),
                            s.example, s.example_from)
                  for lemma, s in self._seen.items() if s.documents >= MIN_DOCUMENTS]
        ranked.sort(key=lambda c: (-c.weight, -c.documents, c.lemma))
        return ranked[:limit]


def _weight(documents: int, channels: int, total_channels: int) -> float:
    return round(documents * (0.5 + 0.5 * channels / total_channels), 2)


def draft_lemmas(doc, known: frozenset[str], counted: Iterable[int] = ()) -> dict[str, str]:
    """Candidate lemmas of one analysed draft, each with the first sentence using it.

    `known`: lemmas and forms the profile lists; `counted`: indices of the tokens the
    idea score already counts (it recognises conjugated forms the lemmatiser misses).
    """
    counted = set(counted)
    found: dict[str, str] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        if token.i in counted or lemma in found or not _is_candidate(token, lemma, known):
            continue
        found[lemma] = example(token.sent.text)
    return found


def _is_candidate(token, lemma: str, known: frozenset[str]) -> bool:
    if not token.is_alpha or token.is_stop or token.pos_ not in CANDIDATE_POS:
        return False
    if len(lemma) < MIN_LETTERS or lemma in known or token.lower_ in known:
        return False
    if token.i == 0:
        return True
    previous = token.nbor(-1)
    # a hashtag or a handle; a word counted by a number is a unit, a date or a quantity
    # ("24 h", "3 jours", "18 décembre"), not the brand's vocabulary
    return previous.text not in ("#", "@") and not previous.like_num


def example(sentence: str) -> str:
    """One line, cut at a word boundary when long."""
    line = re.sub(r"\s+", " ", sentence).strip()
    if len(line) <= EXAMPLE_CHARS:
        return line
    return line[:EXAMPLE_CHARS].rsplit(" ", 1)[0] + "…"


def known_words(analysed_terms: dict[str, tuple[tuple[str, str], ...]]) -> frozenset[str]:
    """Every lemma and lowercase form of the profile's idea words."""
    return frozenset(word for term in analysed_terms.values() for pair in term for word in pair)
