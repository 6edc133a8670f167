"""Availability read once at load time: every way people write hours and days becomes one
internal form; what cannot be read is a profile error with the file, the line and an
example that works."""

from __future__ import annotations

import pytest

from brandlint.profile import load_profile
from brandlint.profile.availability import parse_days, parse_hours
from tests.test_profile import BASE, error_for, line_of, mutate, write

AVAILABILITY = 'availability: {hours: "9-19", days: "mon-sat"}'
MON_SAT = frozenset(range(6))


@pytest.mark.parametrize("text,opens,closes", [
    ("9-19", 540, 1140),
    ("9h30-19h", 570, 1140),
    ("9:30-19:00", 570, 1140),
    ("9 h 30 - 19 h", 570, 1140),
    ("9.30-19.00", 570, 1140),
    ("9am-7pm", 540, 1140),
    ("9 a.m. – 7 p.m.", 540, 1140),
    ("de 9 h à 19 h", 540, 1140),
    ("from 9am to 7pm", 540, 1140),
    ("12pm-12am", 720, 1440),
    ("18-2", 1080, 1560),
    ("22h-6h", 1320, 1800),
    ("0-24", 0, 1440),
    ("24h/24", 0, 1440),
    ("9h-midi", 540, 720),
    ("18h-minuit", 1080, 1440),
    ("noon to midnight", 720, 1440),
])
def test_opening_hours_in_minutes_after_midnight(text, opens, closes):
    hours = parse_hours(text)
    assert (hours.opens, hours.closes) == (opens, closes)


@pytest.mark.parametrize("text,days", [
    ("mon-sat", MON_SAT),
    ("lun-sam", MON_SAT),
    ("lundi-samedi", MON_SAT),
    ("Mon–Sat", MON_SAT),
    ("Monday - Saturday", MON_SAT),
    ("du lundi au samedi", MON_SAT),
    ("from Monday to Saturday", MON_SAT),
    ("lun. - sam.", MON_SAT),
    ("lun à sam", MON_SAT),
    ("du lundi au vendredi et le samedi", MON_SAT),
    ("sat-tue", frozenset({5, 6, 0, 1})),
    ("Mon, Wed, Fri", frozenset({0, 2, 4})),
    ("lundi, mercredi et vendredi", frozenset({0, 2, 4})),
    ("week-end", frozenset({5, 6})),
    ("7j/7", frozenset(range(7))),
    ("every day", frozenset(range(7))),
    ("mardi", frozenset({1})),
    ("du lundi au samedi inclus", MON_SAT),
])
def test_days_as_weekday_numbers(text, days):
    assert parse_days(text).days == days


@pytest.mark.parametrize("hours,days,fr,en", [
    ("9-19", "mon-sat", "du lundi au samedi, de 9 h à 19 h",
     "Monday to Saturday, 9:00 to 19:00"),
    ("9h30-19h", "lun-sam", "du lundi au samedi, de 9 h 30 à 19 h",
     "Monday to Saturday, 9:30 to 19:00"),
    ("18-2", "sat-tue", "du samedi au mardi, de 18 h à 2 h",
     "Saturday to Tuesday, 18:00 to 2:00"),
    ("24h/24", "7j/7", "tous les jours, 24 h/24", "every day, round the clock"),
    ("9-12", "lun, mer, ven", "lundi, mercredi et vendredi, de 9 h à 12 h",
     "Monday, Wednesday and Friday, 9:00 to 12:00"),
])
def test_describe_in_the_report_language(hours, days, fr, en):
    from brandlint.profile.availability import Availability

    available = Availability(parse_hours(hours), parse_days(days))
    assert available.describe("fr") == fr
    assert available.describe("en") == en


@pytest.mark.parametrize("minute,open_", [
    (17 * 60, False), (18 * 60, True), (23 * 60, True), (0, True), (120, True),
    (150, False), (12 * 60, False),
])
def test_hours_past_midnight_are_open_across_midnight(minute, open_):
    assert parse_hours("18-2").is_open_at(minute) is open_


@pytest.mark.parametrize("text,breaks", [
    ("9-12, 14-19", ((720, 840),)),
    ("9h-12h et 14h-19h", ((720, 840),)),
    ("9:00 to 12:00 and 14:00 to 19:00", ((720, 840),)),
    ("9-12, 14-2", ((720, 840),)),
])
def test_hours_with_a_break(text, breaks):
    hours = parse_hours(text)
    assert (hours.opens, hours.breaks) == (540, breaks)
    assert hours.is_open_at(10 * 60) and not hours.is_open_at(13 * 60)
    assert not hours.is_open_between(9 * 60, 19 * 60)
    assert hours.is_open_between(14 * 60, 18 * 60)
    assert hours.describe("fr").startswith("de 9 h à 12 h et de 14 h à ")


@pytest.mark.parametrize("text", ["9-14, 12-19", "8-20, 21-9"])
def test_overlapping_ranges_or_more_than_a_day_are_refused(text):
    with pytest.raises(ValueError, match="overlap or span more than a day"):
        parse_hours(text)


def test_profile_reads_french_days_and_hours_with_minutes(tmp_path):
    text = mutate(AVAILABILITY, 'availability: {hours: "9h30-19h", days: "lun-sam"}')
    available = load_profile(write(tmp_path, text)).promises["availability"].availability
    assert (available.hours.opens, available.hours.closes) == (570, 1140)
    assert available.days.days == MON_SAT


def test_availability_without_days_is_every_day(tmp_path):
    text = mutate(AVAILABILITY, 'availability: {hours: "9-19"}')
    available = load_profile(write(tmp_path, text)).promises["availability"].availability
    assert available.days.every_day


def test_unquoted_hours_stay_the_text_written(tmp_path):
    # YAML 1.1 reads 9:30 as the sexagesimal number 570; the profile means half past nine
    text = mutate(AVAILABILITY, "availability: {hours: 9:30-19:00, days: mon-sat}")
    available = load_profile(write(tmp_path, text)).promises["availability"].availability
    assert available.hours.opens == 570


@pytest.mark.parametrize("value,expected", [
    ('"25-3"', "have the hour 25: hours of the day go from 0 to 24"),
    ('"9:75-19"', "have 75 minutes"),
    ('"13pm-2pm"', "am/pm hours go from 1 to 12"),
    ('"9-9"', "open and close at the same time"),
    ("9", "cannot read the opening hours '9'"),
    ('"9 to lunch"', "cannot read the opening hours '9 to lunch'"),
])
def test_unreadable_hours_file_line_and_an_example(tmp_path, value, expected):
    text = mutate(AVAILABILITY, f'availability: {{hours: {value}, days: "mon-sat"}}')
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'availability')}: "
                              "promises.availability.hours: ")
    assert expected in message
    assert '"9-19"' in message or '"9h30-19h"' in message or '"9am-7pm"' in message


@pytest.mark.parametrize("value,expected", [
    ("lun-sma", "`sma` is not a day (did you mean `sat`?)"),
    ("mon-funday", "`funday` is not a day (did you mean `sunday`?)"),
    ("weekdays only", "cannot read the days 'weekdays only'"),
])
def test_unreadable_days_file_line_and_an_example(tmp_path, value, expected):
    text = mutate(AVAILABILITY, f'availability: {{hours: "9-19", days: "{value}"}}')
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, 'availability')}: "
                              "promises.availability.days: ")
    assert expected in message and '"lun-sam"' in message


def test_hours_on_a_block_mapping_point_at_their_own_line(tmp_path):
    text = mutate(AVAILABILITY, 'availability:\n    days: lun-sam\n    hours: "25-3"')
    path, message = error_for(tmp_path, text)
    assert message.startswith(f"{path}:{line_of(text, '25-3')}: ")


def test_base_profile_unchanged(tmp_path):
    profile = load_profile(write(tmp_path, BASE))
    assert profile.promises["availability"].availability.describe("fr") == (
        "du lundi au samedi, de 9 h à 19 h")


def test_check_with_unreadable_hours_exits_2_with_file_and_line(tmp_path, capsys):
    from brandlint.cli import main

    text = mutate(AVAILABILITY, 'availability: {hours: "25-3", days: "lun-sam"}')
    path = write(tmp_path, text)
    draft = tmp_path / "draft.txt"
    draft.write_text("Bonjour.\n", encoding="utf-8")
    assert main(["check", str(draft), "--profile", str(path), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line_of(text, 'availability')}: promises.availability.hours" in err
    assert "Traceback" not in err


def test_profile_check_shows_how_availability_was_read(tmp_path, capsys):
    from brandlint.cli import main

    text = mutate(AVAILABILITY, 'availability: {hours: "18-2", days: "sam-mar"}')
    assert main(["profile", "check", str(write(tmp_path, text))]) == 0
    out = capsys.readouterr().out
    assert "hours: de 18 h à 2 h" in out and "days: du samedi au mardi" in out


def test_a_pasted_paragraph_as_hours_is_quoted_short(tmp_path):
    text = mutate(AVAILABILITY, f'availability: {{hours: "{"ouvert " * 500}", days: "lun"}}')
    path, message = error_for(tmp_path, text)
    assert len(message) < len(path) + 400 and "…" in message
