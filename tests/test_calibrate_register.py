"""`calibrate --approved` reads the register the approved copy uses on each channel and
says when the profile's `address` is the likelier mistake (on the real models)."""

from __future__ import annotations

import json

import pytest

from brandlint.approved.register import ChannelRegister
from brandlint.cli import main
from tests.conftest import PROFILES

pytestmark = pytest.mark.usefixtures("english_reports")

THINGS = ["un château", "une fusée", "un dragon", "un bateau pirate", "une ville",
          "un robot", "un zoo", "une gare", "un phare", "une ferme", "un volcan", "un cirque"]
THINGS_EN = ["a castle", "a rocket", "a dragon", "a pirate ship", "a city", "a robot",
             "a zoo", "a station", "a lighthouse", "a farm", "a volcano", "a circus"]


def _vous(thing: str) -> str:
    return (f"Imaginez {thing} en briques et construisez-le avec vos enfants : montrez-nous "
            "votre création !")


def _tu(thing: str) -> str:
    return f"Imagine {thing} en briques et construis-le : montre-nous ta création !"


def _batch(tmp_path, channel: str, texts: list[str]):
    path = tmp_path / "approved.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "channel": channel, "text": t},
                                       ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def _report(path, lang: str, capsys) -> dict:
    assert main(["calibrate", str(path), "--profile", str(PROFILES[lang]), "--approved",
                 "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["register"]


def test_social_copy_in_vous_on_a_tu_channel_proposes_vous(tmp_path, capsys):
    path = _batch(tmp_path, "social", [_vous(t) for t in THINGS])
    social = _report(path, "fr", capsys)["social"]
    assert (social["address"], social["verdict"]) == ("tu", "switch")
    assert social["flagged"] == len(THINGS) and len(social["examples"]) == 3
    assert main(["calibrate", str(path), "--profile", str(PROFILES["fr"]),
                 "--approved"]) == 0
    out = capsys.readouterr().out
    assert "channels: {social: {address: vous}}" in out
    assert f"{len(THINGS)} approved drafts on social say vous" in out


def test_social_copy_in_tu_keeps_the_profile(tmp_path, capsys):
    path = _batch(tmp_path, "social", [_tu(t) for t in THINGS])
    social = _report(path, "fr", capsys)["social"]
    assert (social["flagged"], social["verdict"]) == (0, "keep")
    assert social["own"] == len(THINGS)


def test_half_and_half_is_two_kinds_of_copy_not_a_switch(tmp_path, capsys):
    texts = [(_tu if i % 2 else _vous)(t) for i, t in enumerate(THINGS)]
    path = _batch(tmp_path, "social", texts)
    assert _report(path, "fr", capsys)["social"]["verdict"] == "mixed"
    main(["calibrate", str(path), "--profile", str(PROFILES["fr"]), "--approved"])
    out = capsys.readouterr().out
    assert "two kinds of copy" in out and "address: vous}}" not in out


def test_formal_letters_on_an_informal_english_brand_propose_formal(tmp_path, capsys):
    texts = [f"Dear Sir or Madam, please find enclosed the building guide for {t}: we "
             "kindly invite you to imagine and create it with your family." for t in THINGS_EN]
    email = _report(_batch(tmp_path, "email", texts), "en", capsys)["email"]
    assert (email["address"], email["verdict"]) == ("informal", "switch")


def test_friendly_english_copy_keeps_informal(tmp_path, capsys):
    texts = [f"Hey there! Imagine {t}, build it brick by brick and show us what you "
             "created." for t in THINGS_EN]
    email = _report(_batch(tmp_path, "email", texts), "en", capsys)["email"]
    assert (email["flagged"], email["verdict"]) == (0, "keep")


def test_a_few_slips_within_the_share_change_nothing():
    channel = ChannelRegister("social", "tu", drafts=100, own=90, flagged=4)
    assert channel.verdict(0.05) == "keep"
    assert ChannelRegister("social", "tu", drafts=100, own=90, flagged=6).verdict(
        0.05) == "mixed"
    assert ChannelRegister("social", "tu", drafts=4, own=0, flagged=4).verdict(
        0.05) == "keep"  # too few drafts address the reader to say
