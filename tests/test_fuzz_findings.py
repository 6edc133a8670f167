"""Crashes and broken invariants `make fuzz` found after robust-inputs and robust-profile
landed, each as its minimal reproducer. The ones fixed on this branch have their tests
beside the code they cover (tests/analysis/test_features.py, tests/test_sources.py);
each was fixed where it lives; the tests keep the minimal reproducers."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandlint.cli import main
from brandlint.errors import ProfileError
from brandlint.profile import parse_profile
from brandlint.sources import read_bytes, read_input

ROOT = Path(__file__).resolve().parent.parent
LEGO = (ROOT / "profiles" / "lego.yaml").read_text(encoding="utf-8")
STATEMENT = '  statement: "Permettre à chaque enfant d\'exprimer sa créativité."\n'


def test_an_explicit_timestamp_tag_on_text_is_a_profile_error():
    with pytest.raises(ProfileError):
        parse_profile(LEGO.replace(STATEMENT, "  statement: !!timestamp abc\n"), "lego.yaml")


def test_an_explicit_timestamp_tag_in_the_config_is_exit_2_with_the_file(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".brandlint.yaml").write_text("fail_on: !!timestamp abc\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Construisez.\n", encoding="utf-8")
    code = main(["check", "a.txt", "--profile", str(ROOT / "profiles" / "lego.yaml"),
                 "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and ".brandlint.yaml" in err and "internal error" not in err


def test_csv_rows_after_a_lone_cr_keep_their_editor_line(tmp_path):
    data = b'id,channel,text\nr1,email,"\r\rBonjour"\nr2,email,"Construisez"\n'
    file = tmp_path / "a.csv"
    file.write_bytes(data)
    from_file = {d.id: d.source_map.position(0) for d in read_input(file)}
    from_stdin = {d.id: d.source_map.position(0) for d in read_bytes("-", data, ".csv")}
    assert from_stdin["r2"] == (5, 11)  # line 1 header, 2-4 the first row, 5 the second
    assert from_file == from_stdin


def test_an_offset_inside_a_crlf_is_the_end_of_its_line():
    (document,) = read_bytes("a.txt", b"Bonjour\r\nVous\r\n", ".txt")
    assert document.source_map.position(8) == (1, 8)  # the \n after `Bonjour\r`


def test_a_yaml_error_at_the_end_of_a_profile_points_at_its_last_line(tmp_path):
    """Found by `make fuzz`: a mapping cut short on the last line was reported one line
    past the end of the file."""
    from brandlint.errors import ProfileError
    from brandlint.profile import load_profile

    profile = tmp_path / "p.yaml"
    profile.write_text("brand: X\nlanguage: fr\nchannels\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(profile)
    line = caught.value.problems[0][0]
    assert line is None or 1 <= line <= 3
