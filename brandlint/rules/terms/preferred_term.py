from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.inflect import replace_agreeing
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    vocab = analysis.vocabulary
    terms = {name: term for name, (term, _morph) in vocab.prefer.items()}
    for match in analysis.find_terms(terms, plurals=True):
        if analysis.is_quoted(analysis.doc[match.start]):
            continue
        start, end = match.char_span(analysis.doc)
        preferred = vocab.prefer[match.term][1]
        found = analysis.text[start:end]
        fix = replace_agreeing(found, analysis.doc[match.start:match.end], match.term,
                               vocab.prefer_morph.get(match.term, (None, None)), preferred,
                               vocab.prefer_morph.get(preferred, (None, None)),
                               analysis.language)
        yield RULE.finding(
            start, end,
            _("{found}: {brand} says {preferred} (profile `terms.prefer`: {term} → "
              "{preferred_plain})").format(found=quote(found), brand=analysis.profile.brand,
                                           preferred=quote(preferred), term=match.term,
                                           preferred_plain=preferred),
            suggestion=_("write {words}").format(words=quote(fix.text)) if fix.safe else
            _("write {words}, adjusting the words that agree with it (articles, adjectives)"
              ).format(words=quote(fix.text)),
            replacement=fix.text, fix_safe=fix.safe)


RULE = Rule(
    "BL502", "preferred-term", Severity.WARNING,
    "The draft uses a word the brand replaces with another.",
    RuleDoc(
        what="Finds the keys of the profile's `terms.prefer` (on lemmas: « consommateurs » "
             "matches `consommateur`) and suggests the brand's word.",
        why="A brand's vocabulary is part of its voice: \"client\" rather than "
            "\"consommateur\" says the relationship it wants.",
        fires=(Example("Nos consommateurs adorent construire ensemble."),
               Example("Our consumers love building together.", lang="en")),
        does_not_fire=(Example("Nos clients adorent construire ensemble."),
                       Example("Our customers love building together.", lang="en")),
        fix="Use the profile's preferred term.",
    ),
    check=check,
)
