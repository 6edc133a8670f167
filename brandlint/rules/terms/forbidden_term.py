from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    vocab = analysis.vocabulary
    for match in analysis.find_terms(vocab.forbid, plurals=True):
        if analysis.is_quoted(analysis.doc[match.start]):
            continue
        start, end = match.char_span(analysis.doc)
        yield RULE.finding(
            start, end,
            _("{words} is a forbidden term for {brand} (profile `terms.forbid`: {term})").format(
                words=quote(analysis.text[start:end]), brand=analysis.profile.brand,
                term=match.term),
            suggestion=_("rephrase without it: say what {brand} offers instead").format(
                brand=analysis.profile.brand))


RULE = Rule(
    "BL501", "forbidden-term", Severity.ERROR,
    "A term the brand has banned appears in the draft.",
    RuleDoc(
        what="Finds the profile's `terms.forbid` entries, on lemmas, so plurals, feminines "
             "and conjugations are caught too. Quoted customer words are left alone.",
        why="A banned word (\"low cost\" for a premium brand) undoes in one line what the "
            "rest of the copy builds, on every channel.",
        fires=(Example("Des cadeaux pas chers pour tous les enfants."),
               Example("Our low cost sets are back.", lang="en")),
        does_not_fire=(Example("Vous nous écrivez : « ce n'était pas cher mais cassé »."),
                       Example("Our building sets are back.", lang="en")),
        fix="Rephrase without the term; say what the brand offers instead.",
    ),
    check=check,
)
