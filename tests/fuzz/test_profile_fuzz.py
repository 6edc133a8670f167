"""The profile loader on mutated versions of profiles/lego.yaml: a profile either loads or
is a profile error naming the file (exit 2), never a crash; a profile that loads checks
drafts without any rule failing (no BL908)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from brandlint.errors import BrandlintError, ProfileError
from brandlint.profile import load_profile
from brandlint.selection import Selection
from tests.fuzz import invariants as inv
from tests.fuzz.conftest import counted, examples, run_main
from tests.fuzz.strategies import CORPORA, PROFILE_TEXT, mutated_bytes, mutated_profile

_numbers = itertools.count()
DRAFTS = [CORPORA / "lego" / "email" / "livraison-express.md",
          CORPORA / "lego" / "after_sales" / "colis-retard.md",
          CORPORA / "lego" / "sms" / "rappel-retrait.txt"]


def write_profile(data: bytes) -> Path:
    path = Path(f"profile-{next(_numbers)}.yaml")
    path.write_bytes(data)
    return path


def load_or_profile_error(path: Path):
    """The profile, or None when it is refused the way SPEC §2 says: a ProfileError with
    the file and, where a line is given, a line inside the file."""
    try:
        profile = load_profile(path)
        Selection.build(profile)
        return profile
    except ProfileError as exc:
        assert exc.problems, "a profile error with no problem in it"
        lines = len(inv.file_lines(path.read_bytes()))
        for line, message in exc.problems:
            assert line is None or 1 <= line <= lines, (line, message)
            assert message.strip()
        assert str(path) in str(exc)
        return None
    except BrandlintError:
        return None  # e.g. `rules:` naming an unknown code: exit 2 with a message


@settings(max_examples=examples(2))
@given(text=mutated_profile())
def test_mutated_profile_loads_or_is_a_profile_error(workdir, text):
    with counted("profile[lines]"):
        load_or_profile_error(write_profile(text.encode("utf-8", "surrogatepass")))


@settings(max_examples=examples(1))
@given(data=mutated_bytes(PROFILE_TEXT.encode("utf-8")))
def test_profile_with_damaged_bytes_loads_or_is_a_profile_error(workdir, data):
    with counted("profile[bytes]"):
        load_or_profile_error(write_profile(data))


@pytest.mark.slow
@settings(max_examples=examples(0.3))
@given(text=mutated_profile())
def test_every_profile_that_loads_checks_drafts_without_a_rule_failing(workdir, text):
    """The schema may accept values that no rule can read: then every promise rule fails
    on every draft (BL908) and overpromise checking silently stops."""
    with counted("profile[check]"):
        path = write_profile(text.encode("utf-8", "surrogatepass"))
        code, out, err = run_main(["check", *map(str, DRAFTS), "--profile", str(path),
                                   "--format", "json", "--no-cache"])
        assert "internal error" not in err and "Traceback" not in err, err
        if code == 2:
            assert err.startswith("brandlint: error:"), err
            return
        assert code in (0, 1), f"exit {code}: {err}"
        report = json.loads(out)
        assert [d["path"] for d in report["documents"]] == list(map(str, DRAFTS))
        inv.check_no_internal_failure([d["code"] for doc in report["documents"]
                                       for d in doc["diagnostics"]])
