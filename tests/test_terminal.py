"""The terminal (issue 11): NO_COLOR, FORCE_COLOR and TERM=dumb honoured, a progress line
on stderr while a batch goes to a file, the closing summary on stderr with --output, and
`explain` rendered on a terminal. Runs brandlint on a real pseudo-terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

from tests.conftest import PROFILES, ROOT

BATCH = ROOT / "corpora" / "lego" / "campagne-noel.csv"
ESCAPE = b"\x1b["


def run_on_terminal(args: list[str], env: dict, stdout_terminal: bool = True,
                    stderr_terminal: bool = True, cwd=None) -> tuple[bytes, bytes, int]:
    """brandlint with stdout and/or stderr on a pseudo-terminal; (stdout, stderr, code)."""
    out_main, out_side = pty.openpty() if stdout_terminal else (None, None)
    err_main, err_side = pty.openpty() if stderr_terminal else (None, None)
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "BRANDLINT_LANG")}
    environment.update({"TERM": "xterm-256color", "COLUMNS": "120", **env})
    process = subprocess.Popen(
        [sys.executable, "-m", "brandlint", *args], cwd=cwd or ROOT, env=environment,
        stdin=subprocess.DEVNULL,
        stdout=out_side if stdout_terminal else subprocess.PIPE,
        stderr=err_side if stderr_terminal else subprocess.PIPE)
    for side in (out_side, err_side):
        if side is not None:
            os.close(side)
    out = _drain(out_main) if stdout_terminal else b""
    err = _drain(err_main) if stderr_terminal else b""
    piped_out, piped_err = process.communicate(timeout=300)
    return (out or piped_out or b""), (err or piped_err or b""), process.returncode


def _drain(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def check_args(*extra: str) -> list[str]:
    return ["check", str(BATCH), "--profile", str(PROFILES["fr"]), "--no-cache", *extra]


def test_no_color_on_a_terminal_writes_no_escape_code():
    out, err, code = run_on_terminal(check_args(), {"NO_COLOR": "1"})
    assert code == 1 and b"BL302" in out
    assert ESCAPE not in out and ESCAPE not in err


def test_a_terminal_gets_colour_and_term_dumb_does_not():
    coloured, _, _ = run_on_terminal(check_args(), {})
    assert ESCAPE in coloured
    dumb, dumb_err, _ = run_on_terminal(check_args(), {"TERM": "dumb"})
    assert ESCAPE not in dumb and ESCAPE not in dumb_err


def test_force_color_colours_a_pipe():
    out, _, _ = run_on_terminal(check_args(), {"FORCE_COLOR": "1"}, stdout_terminal=False,
                                stderr_terminal=False)
    assert ESCAPE in out


def test_a_batch_written_to_a_file_shows_progress_and_the_summary(tmp_path):
    report = tmp_path / "report.json"
    out, err, code = run_on_terminal(check_args("--format", "json", "--output", str(report)),
                                     {}, stdout_terminal=False)
    assert code == 1 and out == b""
    text = err.decode("utf-8", "replace")
    # the progress line, in the report's language (a fast machine may draw only its first
    # frame, « 0 document vérifié », before the summary replaces it)
    assert re.search(r"\d+ documents? vérifiés?", text)
    summary = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).rstrip().splitlines()[-1]
    assert summary.startswith("brandlint : 16 documents, ") and "par famille :" in summary
    assert "promesse excessive" in summary and str(report) in summary
    assert report.read_text(encoding="utf-8").startswith("{")


def test_the_summary_is_on_stderr_with_output_even_off_a_terminal(tmp_path):
    report = tmp_path / "report.txt"
    out, err, code = run_on_terminal(check_args("--output", str(report), "--lang", "en"), {},
                                     stdout_terminal=False, stderr_terminal=False)
    assert code == 1 and out == b""
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("brandlint: 16 documents, ")
    assert "by family: " in lines[0] and "documents checked" not in lines[0]
    assert ESCAPE not in err  # no progress line, no colour off a terminal


def test_quiet_keeps_stderr_silent(tmp_path):
    report = tmp_path / "report.txt"
    _, err, _ = run_on_terminal(check_args("--output", str(report), "--quiet"), {},
                                stdout_terminal=False)
    assert err == b""


def test_explain_renders_markdown_on_a_terminal_and_prints_it_raw_in_a_pipe():
    rendered, _, code = run_on_terminal(["explain", "BL302", "--lang", "en"], {})
    assert code == 0 and ESCAPE in rendered and b"## What it does" not in rendered
    assert b"What it does" in rendered
    raw, _, _ = run_on_terminal(["explain", "BL302", "--lang", "en"], {},
                                stdout_terminal=False)
    assert raw.startswith(b"# BL302 `promise-exceeds-commitment`") and b"## What it does" in raw
