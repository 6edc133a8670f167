"""Profiles read defensively: alias bombs, deep nesting, huge files, control characters
and duplicate keys are profile errors with the file and the line (exit 2), found fast;
YAML 1.1's guesses never turn the words of a profile into booleans, dates or numbers."""

from __future__ import annotations

import time

import pytest

from brandlint.cli import main
from brandlint.profile import load_profile
from brandlint.profile.safe_yaml import MAX_BYTES
from tests.test_profile import BASE, error_for, line_of, mutate, write

ALIAS_BOMB = BASE + """\
bomb:
  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
  i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_alias_bomb_fails_fast_with_exit_2(tmp_path, capsys):
    path = write(tmp_path, ALIAS_BOMB)
    started = time.monotonic()
    code = main(["profile", "check", str(path)])
    assert code == 2 and time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert f"{path}:" in err and "expands to more than" in err
    assert "Traceback" not in err


def test_many_aliases_are_refused_at_the_alias_past_the_limit(tmp_path):
    text = BASE + "many:\n  base: &x [a]\n" + "".join(f"  k{i}: *x\n" for i in range(300))
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:") and "more than 200 YAML aliases" in message


def test_a_few_aliases_still_work(tmp_path):
    text = mutate("  sms: {tones: [speed], max_chars: 160, idea: false}",
                  "  sms: &short {tones: [speed], max_chars: 160, idea: false}\n"
                  "  push: *short")
    profile = load_profile(write(tmp_path, text))
    assert profile.channels["push"] == profile.channels["sms"]


def test_merge_key_is_not_a_duplicate(tmp_path):
    text = mutate("  sms: {tones: [speed], max_chars: 160, idea: false}",
                  "  sms: &short {tones: [speed], max_chars: 160, idea: false}\n"
                  "  push:\n    <<: *short\n    max_chars: 90")
    assert load_profile(write(tmp_path, text)).channels["push"].max_chars == 90


def test_alias_inside_its_own_value_is_refused(tmp_path):
    text = BASE + "loop: &loop [*loop]\n"
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'loop:')}: ")
    assert "alias refers to the value that contains it" in message


def test_deep_nesting_is_refused_with_its_line(tmp_path):
    text = BASE + "deep: " + "[" * 5000 + "]" * 5000 + "\n"
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'deep:')}: nested more than")


def test_file_over_the_size_cap_is_refused_unread(tmp_path):
    text = BASE + "# " + "x" * MAX_BYTES + "\n"
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}: the file is larger than")


@pytest.mark.parametrize("raw,shown", [
    ("\x1b[31m", "U+001B"),
    ("\x07", "U+0007"),
    ("\u202e", "U+202E"),
])
def test_raw_control_character_line_and_codepoint(tmp_path, raw, shown):
    text = mutate("brand: LEGO", f"brand: LE{raw}GO")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:1: control character {shown}")


def test_escaped_control_character_in_a_quoted_value(tmp_path):
    text = mutate("forbid: [pas cher, low cost]", 'forbid: [pas cher, "low\\x1b[2Jcost"]')
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'forbid')}: control character U+001B")


def test_duplicate_key_names_both_lines(tmp_path):
    text = mutate("  refund: {within: 14d}\n", "  refund: {within: 14d}\n"
                  "  delivery: {within: 24h}\n")
    path, message = error_for(tmp_path, text)
    first, second = line_of(text, "delivery"), line_of(text, "24h")
    assert message == (f"{path}:{second}: duplicate key `delivery` (first at line {first}): "
                       "keep one of them")


def test_duplicate_top_level_key(tmp_path):
    text = BASE + "brand: Lego Group\n"
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'Lego Group')}: duplicate key `brand`")


def test_yaml_booleans_in_a_term_list_stay_words(tmp_path):
    text = mutate("forbid: [pas cher, low cost]", "forbid: [no, off, yes, on, pas cher]")
    profile = load_profile(write(tmp_path, text))
    assert profile.terms.forbid == ["no", "off", "yes", "on", "pas cher"]


@pytest.mark.parametrize("written", ["2024-01-01", "3.14", "12", "yes", "1_000", "0x1F"])
def test_statement_typed_by_yaml_stays_the_text_written(tmp_path, written):
    text = mutate("  statement: \"Permettre à chaque enfant d'exprimer sa créativité.\"",
                  f"  statement: {written}")
    assert load_profile(write(tmp_path, text)).central_idea.statement == written


def test_yaml_keys_stay_text(tmp_path):
    text = mutate("prefer: {consommateur: client}", "prefer: {no: non, 2024-01-01: date}")
    assert load_profile(write(tmp_path, text)).terms.prefer == {"no": "non",
                                                                "2024-01-01": "date"}


def test_numbers_and_booleans_still_read_where_the_schema_wants_them(tmp_path):
    profile = load_profile(write(tmp_path, BASE))
    assert profile.channels["email"].max_words == 180
    assert profile.channels["after_sales"].service is True
    assert profile.channels["sms"].idea is False


@pytest.mark.parametrize("old,new,expected", [
    ("refund: {within: 14d}", "refund: {within: nan h}", "cannot read the duration 'nan h'"),
    ("refund: {within: 14d}", "refund: {within: inf d}", "cannot read the duration 'inf d'"),
    ("refund: {within: 14d}", "refund: {within: 1e400 h}", "cannot read the duration"),
    ("refund: {within: 14d}", "refund: {within: 99999999 d}", "too long"),
    ("max_words: 180", "max_words: .nan", "max_words"),
])
def test_non_numbers_in_numeric_values_are_refused_with_the_line(tmp_path, old, new,
                                                                 expected):
    text = mutate(old, new)
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, new.split(':')[0])}: ")
    assert expected in message


def test_min_score_nan_is_refused(tmp_path):
    text = mutate("  lexicon: [créativité, créer, imaginer, construire]",
                  "  lexicon: [créativité, créer, imaginer, construire]\n  min_score: nan")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'min_score')}: ")


def test_profile_that_is_not_utf8_is_a_profile_error(tmp_path, capsys):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(BASE.replace("créativité", "cr\xe9ativit\xe9").encode("latin-1"))
    assert main(["profile", "check", str(path)]) == 2
    assert f"{path}: cannot read the profile" in capsys.readouterr().err


def test_byte_order_mark_at_the_start_is_not_a_control_character(tmp_path):
    path = tmp_path / "notepad.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode("utf-8"))
    assert load_profile(path).brand == "LEGO"


@pytest.mark.parametrize("value", ["!!int abc", "!!timestamp 2024-13-45", "!!float x",
                                   "!!int " + "9" * 5000])
def test_explicit_yaml_tags_that_cannot_be_built_are_profile_errors(tmp_path, value):
    path, message = error_for(tmp_path, mutate("brand: LEGO", f"brand: {value}"))
    assert message.startswith(f"{path}: invalid YAML")


def test_lone_surrogate_in_profile_text_is_a_profile_error():
    from brandlint.errors import ProfileError
    from brandlint.profile import parse_profile

    with pytest.raises(ProfileError) as info:
        parse_profile(BASE.replace("LEGO", "LE\ud800GO"), "marque.yaml")
    assert str(info.value).startswith("marque.yaml")
