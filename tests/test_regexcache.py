"""Compiled patterns kept between runs give the very patterns `re.compile` gives (same
opcodes, flags and groups), on every pattern a real check compiles; a damaged or foreign
file is compiled again; `--no-cache` reads the file and writes nothing."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from brandlint import regexcache
from brandlint.regexcache import PatternStore
from tests.conftest import PROFILES, ROOT

pytestmark = pytest.mark.skipif(not regexcache._SUPPORTED,
                                reason="this Python compiles patterns as usual")

# A child process records every (pattern, flags) the store compiles during a real cold
# check, in French and in English, on a marketing and on a service channel.
RECORD = """
import json, sys
from brandlint import regexcache
from brandlint.cli import main
seen = []
build = regexcache.PatternStore._build
def recording(self, key, pattern, flags, equivalent):
    seen.append((pattern, flags, equivalent is not None))
    return build(self, key, pattern, flags, equivalent)
regexcache.PatternStore._build = recording
for profile, draft, channel in json.loads(sys.argv[1]):
    try:
        main(["check", draft, "--profile", profile, "--channel", channel])
    except SystemExit:
        pass
regexcache.save()
print(json.dumps(seen), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def compiled_by_a_check(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    (folder / "brouillon.txt").write_text(
        "Livraison garantie en 24 h ! Nos experts vous répondent toujours immédiatement.\n",
        encoding="utf-8")
    (folder / "draft.txt").write_text(
        "We are sorry: your refund will always arrive instantly, guaranteed.\n",
        encoding="utf-8")
    runs = [[str(PROFILES["fr"]), "brouillon.txt", "email"],
            [str(ROOT / "profiles" / "comptoir.yaml"), "brouillon.txt", "after_sales"],
            [str(PROFILES["en"]), "draft.txt", "email"]]
    (folder / ".brandlint.yaml").write_text("# a project\n", encoding="utf-8")
    process = subprocess.run([sys.executable, "-c", RECORD, json.dumps(runs)], cwd=folder,
                             capture_output=True, text=True, check=False)
    seen = json.loads(process.stderr.strip().splitlines()[-1])
    return folder / ".brandlint_cache", [(p, f, e) for p, f, e in seen]


def test_a_check_keeps_hundreds_of_patterns(compiled_by_a_check):
    folder, seen = compiled_by_a_check
    assert len(seen) > 150
    stored = next(folder.glob("patterns-*.json"))
    assert len(json.loads(stored.read_text(encoding="utf-8").partition("\n")[2])) >= len(
        {(p, f) for p, f, _ in seen})


def test_every_stored_pattern_is_the_one_re_compiles(compiled_by_a_check):
    """`Pattern.__eq__` compares the pattern, the flags and the compiled opcodes."""
    folder, seen = compiled_by_a_check
    store = PatternStore(folder)
    for pattern, flags, regrouped in seen:
        if regrouped:  # fastload's token match: compiled from its equivalent (below)
            continue
        ours, stock = store.compile(pattern, flags), re.compile(pattern, flags)
        assert ours == stock, pattern[:80]
        assert (ours.groups, ours.groupindex, ours.flags) == (
            stock.groups, stock.groupindex, stock.flags)
    assert not store._new  # every one read back from the file, none compiled again


def test_the_token_match_comes_back_as_its_regrouped_equivalent(compiled_by_a_check):
    from brandlint.analysis.fastload import regroup

    folder, seen = compiled_by_a_check
    long_ones = [(p, f) for p, f, regrouped in seen if regrouped]
    assert long_ones
    store = PatternStore(folder)
    for pattern, flags in long_ones:
        never = pytest.fail  # a hit must not regroup the long pattern again
        assert store.compile(pattern, flags, never) == re.compile(regroup(pattern), flags)


def test_a_damaged_file_is_compiled_again(tmp_path):
    store = PatternStore(tmp_path, prepare=lambda folder: None)
    store.compile(r"(?<!\w)(?:livré|expédié)\s+en\s+(?P<n>\d+)\s*h", re.I)
    store.save()
    path = next(tmp_path.glob("patterns-*.json"))
    head, _, body = path.read_text(encoding="utf-8").partition("\n")
    entries = json.loads(body)
    entry = next(iter(entries.values()))
    for damaged in (
            head + "\n" + body[:-20],  # truncated
            head + "\n" + body.replace(entry[4][:8], "AAAAAAAA"),  # edited, sha256 now off
            json.dumps({"format": 1, "sha256": __import__("hashlib").sha256(
                body.replace(entry[4][:8], "AAAAAAAA").encode()).hexdigest()}) + "\n"
            + body.replace(entry[4][:8], "AAAAAAAA"),  # edited with a matching sha256
            "not json at all"):
        path.write_text(damaged, encoding="utf-8")
        again = PatternStore(tmp_path)
        pattern = r"(?<!\w)(?:livré|expédié)\s+en\s+(?P<n>\d+)\s*h"
        assert again.compile(pattern, re.I) == re.compile(pattern, re.I)


def test_a_bad_pattern_raises_what_re_raises(tmp_path):
    store = PatternStore(tmp_path, prepare=lambda folder: None)
    with pytest.raises(re.error, match="unterminated character set"):
        store.compile("[abc")
    store.save()
    assert not list(tmp_path.glob("patterns-*.json"))


def test_without_prepare_the_file_is_read_and_never_written(tmp_path):
    writer = PatternStore(tmp_path, prepare=lambda folder: None)
    writer.compile(r"\bgaranti(?:e|s|es)?\b")
    writer.save()
    path = next(tmp_path.glob("patterns-*.json"))
    before = path.read_bytes()
    reader = PatternStore(tmp_path)
    assert reader.compile(r"\bgaranti(?:e|s|es)?\b") == re.compile(r"\bgaranti(?:e|s|es)?\b")
    assert not reader._new
    reader.compile(r"\btoujours\b")  # new, and not written
    reader.save()
    assert path.read_bytes() == before


def test_no_cache_writes_no_compiled_patterns(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".brandlint.yaml").write_text("# a project\n", encoding="utf-8")
    (tmp_path / "brouillon.txt").write_text("Livré en 24 h.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "brandlint", "check", "brouillon.txt", "--profile",
                    str(PROFILES["fr"]), "--no-cache"], capture_output=True, check=False)
    assert not (tmp_path / ".brandlint_cache").exists()


# -- parsed data (the lexicons' YAML) ---------------------------------------------------


@pytest.fixture()
def writable(tmp_path):
    regexcache.use_folder(tmp_path, lambda folder: None)
    yield tmp_path
    regexcache.use_folder(None)


def test_every_lexicon_reads_back_as_its_yaml(writable):
    import yaml

    from brandlint.analysis import lexicons

    folder = lexicons.resources.files(lexicons.__package__)
    for path in sorted(p for p in folder.iterdir() if p.name.endswith(".yaml")):
        text = path.read_text(encoding="utf-8")
        stock = yaml.load(text, Loader=yaml.SafeLoader)

        def parse(source, calls=[]):  # noqa: B006 - counts the parses of this lexicon
            calls.append(source)
            return lexicons.parse_yaml(source)

        first = regexcache.parsed(f"lexicon-{path.stem}", text, parse)
        again = regexcache.parsed(f"lexicon-{path.stem}", text, parse)
        assert first == stock and again == stock
        assert list(again) == list(stock)  # the same order of keys
        kept = bool(list(writable.glob(f"lexicon-{path.stem}-v*.json")))
        assert len(parse.__defaults__[0]) == (1 if kept else 2)
    assert len(list(writable.glob("lexicon-*.json"))) >= 10


@pytest.mark.parametrize("data", [{1: "un"}, {"a": (1, 2)}, {"nan": float("nan")},
                                  {True: "oui"}])
def test_data_json_would_change_is_never_kept(writable, data):
    assert regexcache.parsed("sample", "source", lambda source: data) is data
    assert not list(writable.glob("sample-*.json"))


def test_a_damaged_or_older_data_file_is_parsed_again(writable):
    data = {"mots": ["garanti", "toujours"], "poids": 0.5, "actif": True}
    regexcache.parsed("sample", "v1", lambda source: data)
    path = next(writable.glob("sample-*.json"))
    path.write_text(path.read_text(encoding="utf-8").replace("garanti", "gratuit"),
                    encoding="utf-8")
    assert regexcache.parsed("sample", "v1", lambda source: data) == data
    regexcache.parsed("sample", "v2", lambda source: {"mots": []})  # the source changed
    assert len(list(writable.glob("sample-*.json"))) == 1  # the older one is gone
    assert regexcache.parsed("sample", "v2", lambda source: pytest.fail()) == {"mots": []}
