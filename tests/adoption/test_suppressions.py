"""Suppressions act at the scope they name (next line, this line, a range, the whole
document, a batch row), in Markdown/HTML comments and `#` lines of `.txt`; one that
silences nothing is reported (BL915, info). Real French and English models."""

from __future__ import annotations

import pytest

from brandlint.sources import read_bytes
from brandlint.sources.suppress import find_suppressions

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

CLAIM_FR = "Satisfaction toujours garantie pour votre château."          # BL301
CLAIM_EN = "Our parcels always arrive on time, guaranteed."                 # BL301
TERM_FR = "Nos consommateurs imaginent leur château."                      # BL502


def check(engines, name: str, text: str, lang: str = "fr"):
    documents = list(read_bytes(name, text.encode("utf-8"), "." + name.rsplit(".", 1)[1]))
    return [(d.code, d.line) for result in engines[lang].run(documents)
            for d in result.diagnostics]


def test_next_line_suppression_leaves_the_finding_two_lines_above(engines):
    text = f"{CLAIM_FR}\n\n<!-- brandlint: disable-next-line=BL301 -->\n{CLAIM_FR}\n"
    found = check(engines, "noel.md", text)
    assert ("BL301", 1) in found and ("BL301", 4) not in found
    assert not [c for c, _ in found if c == "BL915"]


def test_this_line_suppression_in_markdown(engines):
    text = f"{CLAIM_FR} <!-- brandlint: disable-line=BL301 -->\n\n{CLAIM_FR}\n"
    found = check(engines, "noel.md", text)
    assert ("BL301", 1) not in found and ("BL301", 3) in found


def test_range_disable_then_enable_covers_only_the_lines_between(engines):
    text = (f"{CLAIM_FR}\n\n<!-- brandlint: disable BL3 -->\n\n{CLAIM_FR}\n\n"
            f"<!-- brandlint: enable -->\n\n{CLAIM_FR}\n")
    lines = [line for code, line in check(engines, "noel.md", text) if code == "BL301"]
    assert lines == [1, 9]


def test_range_by_family_name_leaves_other_families(engines):
    text = f"<!-- brandlint: disable overpromise -->\n{CLAIM_FR} {TERM_FR}\n"
    codes = [c for c, _ in check(engines, "noel.md", text)]
    assert "BL301" not in codes and "BL502" in codes


def test_hash_comments_in_a_text_draft_english(engines):
    text = (f"# brandlint: disable-next-line=BL301\n{CLAIM_EN}\n{CLAIM_EN}"
            "  # brandlint: disable-line=absolute-claim\n"
            f"{CLAIM_EN}\n")
    lines = [line for code, line in check(engines, "post.txt", text, "en") if code == "BL301"]
    assert set(lines) == {4}


def test_text_directives_are_not_read_as_prose():
    document = next(read_bytes("post.txt", b"Hello  # brandlint: disable-line=BL3\n"))
    assert document.text.strip() == "Hello" and len(document.text) == 37


def test_whole_document_form_applies_from_anywhere(engines):
    text = f"{CLAIM_FR}\n\n{CLAIM_FR}\n\n<!-- brandlint: disable-file=BL301 -->\n"
    assert "BL301" not in [c for c, _ in check(engines, "noel.md", text)]


def test_disable_at_the_end_no_longer_silences_the_lines_above(engines):
    text = f"{CLAIM_FR}\n\n<!-- brandlint: disable=BL301 -->\n"
    found = check(engines, "noel.md", text)
    assert ("BL301", 1) in found and ("BL915", 3) in found


def test_unused_suppression_is_info_and_names_the_directive(engines):
    text = "<!-- brandlint: disable-next-line=BL301 -->\nConstruisez votre monde.\n"
    documents = list(read_bytes("noel.md", text.encode(), ".md"))
    (result,) = engines["fr"].run(documents)
    (unused,) = [d for d in result.diagnostics if d.code == "BL915"]
    assert str(unused.severity) == "info" and (unused.line, unused.column) == (1, 6)
    assert "disable-next-line=BL301" in unused.message


def test_unused_noqa_of_a_batch_row_is_reported_and_a_used_one_is_not(engines):
    batch = ("id,channel,text,noqa\n"
             f"r1,email,{TERM_FR},BL502\n"
             "r2,email,Construisez votre monde.,BL502\n")
    found = check(engines, "lot.csv", batch)
    assert ("BL502", 2) not in found and ("BL915", 2) not in found
    assert ("BL915", 3) in found


def test_directive_parsing_resolves_each_scope():
    text = ("<!-- brandlint: disable-next-line=BL301 -->\n"
            "x <!-- brandlint: disable-line BL5 BL3 -->\n"
            "<!-- brandlint: disable BL3 -->\n"
            "<!-- brandlint: disable=BL5 -->\n"
            "<!-- brandlint: enable BL3 -->\n")
    scopes = [(sorted(s.codes), s.first, s.last) for s in find_suppressions(text)]
    assert scopes == [(["BL301"], 2, 2), (["BL3", "BL5"], 2, 2), (["BL3"], 3, 5),
                      (["BL5"], 4, None)]
    (everything,) = find_suppressions("<!-- brandlint: disable -->")
    assert everything.codes == frozenset({"*"})


def test_directive_naming_no_rule_is_reported_with_a_hint(engines):
    text = f"<!-- brandlint: disable-next-line=BL3O1 -->\n{CLAIM_FR}\n"
    documents = list(read_bytes("noel.md", text.encode(), ".md"))
    (result,) = engines["fr"].run(documents)
    codes = [d.code for d in result.diagnostics]
    assert "BL301" in codes  # the typo silences nothing
    (unused,) = [d for d in result.diagnostics if d.code == "BL915"]
    # a French profile: the report is in French
    assert "ne nomme aucune règle : `BL3O1` (vouliez-vous dire `BL301` ?)" in unused.message
