"""The hook as a team meets it: real `pre-commit try-repo` of this repository on a
throwaway git repository holding a README, a flawed draft and a clean one.

pre-commit builds the hook's environment from the package index (pip, as configured on
the machine); where that cannot be done (offline without a local index), the test is
skipped with pre-commit's own words. Each try-repo builds a fresh environment (about a
minute), so the test runs it twice and no more.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

ROOT = Path(__file__).resolve().parents[2]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _try_repo(repo: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), "brandlint", "--verbose",
                           *args], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=900)
    output = done.stdout + done.stderr
    if "Installing environment" in output and "An unexpected error has occurred" in output:
        pytest.skip("pre-commit could not build the hook's environment from the package "
                    "index (offline?): " + output.strip().splitlines()[-1][:300])
    return done


@pytest.mark.skipif(shutil.which("git") is None or not PRE_COMMIT.exists(),
                    reason="git or pre-commit is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout of brandlint")
def test_try_repo_lints_drafts_not_the_readme_and_reruns_from_the_cache(tmp_path):
    repo = tmp_path / "campagne"
    (repo / "drafts").mkdir(parents=True)
    shutil.copy(ROOT / "profiles" / "lego.yaml", repo / "lego.yaml")
    (repo / ".brandlint.yaml").write_text('profile: lego.yaml\nexclude: ["README.md"]\n',
                                          encoding="utf-8")
    # the README breaks every rule: it must not be linted although pre-commit names it
    (repo / "README.md").write_text("# Campagne\n\nDes jouets pas cher, toujours garantis, "
                                    "livrés en 1 heure.\n", encoding="utf-8")
    (repo / "drafts" / "flawed.md").write_text(
        "Des cadeaux pas cher pour imaginer et construire.\n", encoding="utf-8")
    (repo / "drafts" / "clean.md").write_text(
        "Construisez votre monde et imaginez de nouvelles aventures avec vos enfants.\n",
        encoding="utf-8")
    (repo / "setup.py").write_text("print('not a draft')\n", encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "PRE_COMMIT_COLOR": "never"}
    env.pop("BRANDLINT_MODEL_EN", None)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", "drafts"], check=True, env=env)

    first = _try_repo(repo, "--all-files", env=env)
    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    assert "drafts/flawed.md:1:13: BL501 [error]" in output
    assert "README.md" not in output.split("hook id: brandlint", 1)[1]
    assert "Found 1 problem (1 error) in 2 documents." in output  # flawed and clean only

    # nothing changed: the clean draft's result comes from the cache, spaCy is not imported
    second = _try_repo(repo, "--files", "drafts/clean.md", "README.md",
                       env={**env, "PYTHONPROFILEIMPORTTIME": "1"})
    output = second.stdout + second.stderr
    assert second.returncode == 0, output[-2000:]
    hook_output = output.split("hook id: brandlint", 1)[1]
    assert "All clear: 1 document checked." in hook_output
    assert "| brandlint.cli" in hook_output  # the import log of the hook's process is here
    assert not [line for line in hook_output.splitlines()
                if re.search(r"\|\s+(spacy|thinc)$", line.rstrip())]
