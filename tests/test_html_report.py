"""The campaign report (`--format html`, issue 11): one self-contained file, rendered in
headless Chromium with no console error, the expected sections, the filters working
from a shared link, and a screenshot (docs/report.png is one)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import PROFILES, ROOT

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from brandlint.cli import main

    path = tmp_path_factory.mktemp("html") / "campagne.html"
    code = main(["check", str(ROOT / "corpora" / "lego"), "--profile", str(PROFILES["fr"]),
                 "--no-cache", "--format", "html", "--output", str(path)])
    assert code == 1
    return path


def test_the_report_is_one_self_contained_file(report):
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert not re.search(r"<(?:link|img|iframe)\b|\bsrc=|url\(|@import|https?://", page)
    assert page.count("<article") == 31  # every document of the corpus, clean or not
    assert "<h1>Rapport de campagne — LEGO</h1>" in page
    for heading in ("Synthèse", "Signalements par famille", "Signalements par canal",
                    "Score d'idée centrale par canal", "Ton de chaque canal face à ses cibles"):
        assert heading in page
    assert '<label for="filter-channel">' in page and '<label for="filter-severity">' in page
    assert '<mark class="sev-error">dès demain, livraison<sup>' in page  # in place


def run_browser(*args: str) -> subprocess.CompletedProcess:
    path = browser()
    if path is None:
        pytest.skip("no Chromium on this machine (Debian: apt-get install chromium; .ci/run "
                    "installs it)")
    return subprocess.run([path, "--headless", "--no-sandbox", "--disable-gpu",
                           "--hide-scrollbars", "--enable-logging=stderr", "--v=0", *args],
                          capture_output=True, text=True, timeout=120)


def console_errors(log: str) -> list[str]:
    return [line for line in log.splitlines()
            if "CONSOLE" in line and ("ERROR" in line or "Uncaught" in line)]


def test_chromium_runs_the_filters_of_a_shared_link_without_console_errors(report):
    done = run_browser("--dump-dom", report.as_uri() + "#severity=error&channel=email")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not console_errors(done.stderr), console_errors(done.stderr)
    dom = done.stdout
    assert 'data-ready="true"' in dom  # the script ran to the end
    articles = re.findall(r'<article class="message"([^>]*)>', dom)
    shown = [a for a in articles if "hidden" not in a]
    assert len(articles) == 31 and shown
    assert all('data-channel="email"' in a and "error" in a for a in shown)
    assert f"{len(shown)} messages affichés sur 31" in dom


def test_a_script_error_would_be_seen(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><script>undefinedFunction();</script>",
                      encoding="utf-8")
    done = run_browser("--dump-dom", broken.as_uri())
    assert console_errors(done.stderr)


def test_chromium_takes_a_screenshot_of_the_report_on_a_phone_and_a_desk(report, tmp_path):
    for name, size in (("desk.png", "1280,2000"), ("phone.png", "390,1600")):
        shot = tmp_path / name
        done = run_browser(f"--window-size={size}", f"--screenshot={shot}", report.as_uri())
        assert done.returncode == 0 and not console_errors(done.stderr)
        assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
