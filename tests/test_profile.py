"""Brand profiles: the shipped ones load; every mistake names the file, the line, the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandlint.errors import ProfileError
from brandlint.profile import Channel, load_profile, parse_duration
from brandlint.selection import Selection

PROFILES = Path(__file__).resolve().parent.parent / "profiles"

BASE = """\
brand: LEGO
language: fr
address: vous
default_channel: email
central_idea:
  statement: "Permettre à chaque enfant d'exprimer sa créativité."
  lexicon: [créativité, créer, imaginer, construire]
channels:
  email: {tones: [surprise], max_words: 180}
  social: {tones: [collaboration], address: tu}
  after_sales: {tones: [speed, reassurance], service: true}
  sms: {tones: [speed], max_chars: 160, idea: false}
promises:
  delivery: {within: 72h}
  refund: {within: 14d}
  availability: {hours: "9-19", days: "mon-sat"}
terms:
  prefer: {consommateur: client}
  forbid: [pas cher, low cost]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "marque.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def mutate(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def error_for(tmp_path: Path, text: str, selection: bool = False) -> tuple[str, str]:
    """(path, message) of the ProfileError the text raises."""
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as info:
        profile = load_profile(path)
        if selection:
            Selection.build(profile)
    return str(path), str(info.value)


@pytest.mark.parametrize("path", sorted(PROFILES.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_profiles_load_and_their_rules_resolve(path):
    profile = load_profile(path)
    assert profile.channels and profile.central_idea.statement
    assert profile.default_channel in profile.channels
    Selection.build(profile)


def test_base_profile_of_these_tests_is_valid(tmp_path):
    profile = load_profile(write(tmp_path, BASE))
    assert profile.brand == "LEGO" and set(profile.channels) == {
        "email", "social", "after_sales", "sms"}
    assert profile.line_of("promises", "refund") == line_of(BASE, "refund:")


def test_misspelt_top_level_key_line_and_suggestion(tmp_path):
    text = mutate("central_idea:", "centrl_idea:")
    path, message = error_for(tmp_path, text)
    assert (f"{path}:{line_of(text, 'centrl_idea')}: unknown key `centrl_idea` "
            "(did you mean `central_idea`?)") in message
    assert "Traceback" not in message


def test_misspelt_top_level_key_every_message_has_a_line(tmp_path):
    path, message = error_for(tmp_path, mutate("central_idea:", "centrl_idea:"))
    assert all(line.startswith(f"{path}:") and line.split(":")[1].isdigit()
               for line in message.splitlines())


def test_tone_instead_of_tones_in_a_channel(tmp_path):
    text = mutate("social: {tones: [collaboration]", "social: {tone: [collaboration]")
    path, message = error_for(tmp_path, text)
    assert message == (f"{path}:{line_of(text, 'social:')}: unknown key `tone` "
                       "(did you mean `tones`?)")


def test_misspelt_channel_property_suggests_the_property(tmp_path):
    text = mutate("max_chars: 160", "max_char: 160")
    path, message = error_for(tmp_path, text)
    assert message == (f"{path}:{line_of(text, 'sms:')}: unknown key `max_char` "
                       "(did you mean `max_chars`?)")


def test_unknown_tone_line_and_the_tone_vocabulary(tmp_path):
    text = mutate("email: {tones: [surprise]", "email: {tones: [joie]")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'joie')}: unknown tone `joie`")
    assert "joy, surprise, reassurance" in message


def test_unknown_french_tone_suggests_the_english_tone(tmp_path):
    _, message = error_for(tmp_path, mutate("email: {tones: [surprise]", "email: {tones: [joie]"))
    assert "did you mean `joy`?" in message


def test_bad_duration_line_and_the_accepted_forms(tmp_path):
    text = mutate("refund: {within: 14d}", "refund: {within: 14 fortnights}")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'refund')}: promises.refund.within: "
                              "cannot read the duration '14 fortnights'")
    assert "72h, 3d, 2w" in message


def test_duration_without_unit_in_profile_says_which_units(tmp_path):
    text = mutate("delivery: {within: 72h}", "delivery: {within: 72}")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'delivery')}: ")
    assert "write 72h, 72d or 72w" in message


def test_custom_service_without_terms_asks_for_terms(tmp_path):
    text = mutate("  refund: {within: 14d}\n",
                  "  refund: {within: 14d}\n  gravure: {within: 10d}\n")
    path, message = error_for(tmp_path, text)
    assert message == (f"{path}:{line_of(text, 'gravure')}: `gravure` is not a built-in "
                       "service: declare the words that name it with `terms: [...]`")


def test_custom_service_with_terms_loads(tmp_path):
    text = mutate("  refund: {within: 14d}\n",
                  "  refund: {within: 14d}\n  gravure: {within: 10d, terms: [gravure, graver]}\n")
    profile = load_profile(write(tmp_path, text))
    assert profile.promises["gravure"].within.hours == 240


def test_misspelt_builtin_service_suggests_it(tmp_path):
    text = mutate("refund: {within: 14d}", "refunds: {within: 14d}")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'refunds')}: ")
    assert "did you mean `refund`?" in message


def test_availability_without_hours(tmp_path):
    text = mutate('availability: {hours: "9-19", days: "mon-sat"}',
                  'availability: {days: "mon-sat"}')
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'availability')}: `availability` "
                              "needs `hours`")


def test_channel_address_must_fit_the_language(tmp_path):
    text = mutate("address: tu}", "address: informal}")
    path, message = error_for(tmp_path, text)
    assert message == (f"{path}:{line_of(text, 'informal')}: unknown address `informal` "
                       "(expected one of: tu, vous)")


def test_default_channel_must_be_defined(tmp_path):
    text = mutate("default_channel: email", "default_channel: mail")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:4: unknown channel `mail` (did you mean `email`?)")


def test_invalid_yaml_names_the_line(tmp_path):
    text = mutate("delivery: {within: 72h}", "delivery: {within: 72h}}")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, '72h}}')}: invalid YAML")


def test_tab_indentation_names_the_line(tmp_path):
    text = mutate("  delivery: {within: 72h}", "\tdelivery: {within: 72h}")
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'delivery')}: invalid YAML")


def test_missing_profile_file_says_how_to_pass_one(tmp_path):
    with pytest.raises(ProfileError) as info:
        load_profile(tmp_path / "absente.yaml")
    assert "file not found" in str(info.value) and "--profile" in str(info.value)


@pytest.mark.parametrize("code,hint", [
    ("BL3O1", "did you mean `BL301`?"),
    ("absolut-claim", "did you mean `absolute-claim`?"),
])
def test_rules_entry_with_unknown_code_line_and_suggestion(tmp_path, code, hint):
    text = BASE + f"rules:\n  BL303: error\n  {code}: warning\n"
    path, message = error_for(tmp_path, text, selection=True)
    assert message.startswith(f"{path}:{line_of(text, code)}: unknown rule or family `{code}`")
    assert hint in message


def test_rules_family_override_sets_every_rule_of_the_family(tmp_path):
    profile = load_profile(write(tmp_path, BASE + "rules:\n  BL5: warning\n  BL303: error\n"))
    severities = {code: str(s) for code, s in Selection.build(profile).severities.items()}
    assert severities["BL501"] == severities["BL502"] == "warning"
    assert severities["BL303"] == "error"


def test_rules_quoted_off_disables_the_rule(tmp_path):
    profile = load_profile(write(tmp_path, BASE + 'rules:\n  BL501: "off"\n'))
    assert "BL501" not in Selection.build(profile).severities


def test_rules_unquoted_off_disables_the_family(tmp_path):
    profile = load_profile(write(tmp_path, BASE + "rules:\n  BL5: off\n"))
    severities = Selection.build(profile).severities
    assert "BL501" not in severities and "BL502" not in severities


# --- durations ----------------------------------------------------------------------

@pytest.mark.parametrize("text,hours", [
    ("72h", 72),
    ("3d", 72),
    ("2w", 336),
    ("48 heures", 48),
    ("10 jours", 240),
    ("three days", 72),
    ("trois jours", 72),
    ("1 semaine", 168),
])
def test_parse_duration_in_hours(text, hours):
    assert parse_duration(text).hours == hours


@pytest.mark.parametrize("value,expected", [
    ("12", "a duration needs a unit: write 12h, 12d or 12w"),
    (12, "a duration needs a unit: write 12h, 12d or 12w"),
    ("soon", "cannot read the duration 'soon'"),
    ("14 fortnights", "cannot read the duration '14 fortnights'"),
])
def test_parse_duration_errors_say_how_to_write_it(value, expected):
    with pytest.raises(ValueError) as info:
        parse_duration(value)
    assert expected in str(info.value)


# --- channels -----------------------------------------------------------------------

@pytest.mark.parametrize("channel,carries", [
    (Channel(), True),
    (Channel(tones=["joy"]), True),
    (Channel(service=True), False),
    (Channel(idea=False), False),
    (Channel(service=True, idea=True), True),
])
def test_channel_carries_idea_defaults(channel, carries):
    assert channel.carries_idea is carries


def test_shipped_lego_channels_carry_the_idea_except_service_and_sms():
    profile = load_profile(PROFILES / "lego.yaml")
    exempt = {name for name, c in profile.channels.items() if not c.carries_idea}
    assert exempt == {"phone_script", "after_sales", "sms"}
