"""The profile store (brandlint/profile/store.py): a run with the same profile bytes gets
back exactly the profile the loader made, without YAML or validation; an edited profile
is read again, an invalid one still fails with file and line, and the store never runs
code or trusts an entry it did not write."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from brandlint.cache import mark_cache_folder
from brandlint.cli import main
from brandlint.errors import ProfileError
from brandlint.profile import load_profile, store
from tests.conftest import PROFILES

ROOT = Path(__file__).resolve().parent.parent.parent
VALID = """\
brand: Maison Test
language: fr
central_idea:
  statement: "Des briques pour créer."
channels:
  email: {tones: [joy], max_words: 120}
promises:
  delivery: {within: 72h}
  availability: {hours: "9h30-19h", days: "lun-sam"}
"""


def _state(value: object) -> object:
    """Everything a profile holds, nested classes included: the fields, and the path
    and key lines the loader sets beside them."""
    if dataclasses.is_dataclass(value):
        return (type(value).__name__, {f.name: _state(getattr(value, f.name))
                                       for f in dataclasses.fields(value)},
                vars(value).get("_path"), _state(vars(value).get("_lines")))
    if isinstance(value, dict):
        return {k: _state(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, *(_state(v) for v in value)]
    return value


def _every_profile() -> list[Path]:
    return sorted([*(ROOT / "profiles").glob("*.yaml"),
                   *(ROOT / "corpora" / "campaigns").glob("*/profile.yaml")])


def test_every_shipped_profile_comes_back_exactly_as_the_loader_made_it(tmp_path):
    folder = tmp_path / "cache"
    profiles = _every_profile()
    assert len(profiles) > 100
    for path in profiles:
        fresh = load_profile(path)
        stored = store.load(str(path), folder, mark_cache_folder)  # read, then kept
        restored = store.load(str(path), folder, mark_cache_folder)
        assert restored is not stored  # a second object: unpickled, not the same one
        assert _state(restored) == _state(fresh) == _state(stored), path
        assert restored.path == str(path)
        assert restored.line_of("channels") == fresh.line_of("channels")
    assert len(list(folder.glob("profile-*.pickle"))) == len(profiles)


def test_a_restored_profile_is_not_validated_again(tmp_path, monkeypatch):
    path = tmp_path / "marque.yaml"
    path.write_text(VALID, encoding="utf-8")
    folder = tmp_path / "cache"
    first = store.load(str(path), folder, mark_cache_folder)

    def never(*args, **kwargs):
        raise AssertionError("the YAML was read again")

    monkeypatch.setattr("brandlint.profile.loader.parse_profile", never)
    again = store.load(str(path), folder, mark_cache_folder)
    assert again == first
    assert again.promises["availability"].availability.describe("fr") == \
        first.promises["availability"].availability.describe("fr")
    assert again.promises["delivery"].within.hours == 72


def test_a_profile_changed_on_disk_is_read_again(tmp_path):
    path = tmp_path / "marque.yaml"
    folder = tmp_path / "cache"
    path.write_text(VALID, encoding="utf-8")
    info = os.stat(path)
    assert store.load(str(path), folder, mark_cache_folder).brand == "Maison Test"
    # same size, same modification time: only the bytes tell
    path.write_text(VALID.replace("Maison Test", "Maison Tost"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert store.load(str(path), folder, mark_cache_folder).brand == "Maison Tost"
    assert len(list(folder.glob("profile-*.pickle"))) == 1  # the older entry is gone
    path.write_text(VALID, encoding="utf-8")  # back to the first version
    assert store.load(str(path), folder, mark_cache_folder).brand == "Maison Test"


def test_an_invalid_profile_fails_with_file_and_line_after_a_valid_one_was_cached(tmp_path):
    path = tmp_path / "marque.yaml"
    folder = tmp_path / "cache"
    path.write_text(VALID, encoding="utf-8")
    store.load(str(path), folder, mark_cache_folder)
    path.write_text(VALID.replace("tones: [joy]", "tones: [joie]"), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        store.load(str(path), folder, mark_cache_folder)
    assert f"{path}:6: unknown tone `joie` (did you mean `joy`?)" in str(info.value)
    path.unlink()
    with pytest.raises(ProfileError, match="file not found"):
        store.load(str(path), folder, mark_cache_folder)


def test_check_exits_2_with_file_and_line_when_the_cached_profile_became_invalid(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brouillon.txt").write_text("Votre commande arrive demain.\n",
                                            encoding="utf-8")
    profile = PROFILES["fr"].read_text(encoding="utf-8")
    path = tmp_path / "marque.yaml"
    path.write_text(profile, encoding="utf-8")
    assert main(["check", "brouillon.txt", "--profile", str(path)]) in (0, 1)
    assert list((Path(os.environ["XDG_CACHE_HOME"]) / "brandlint").glob("profile-*.pickle"))
    capsys.readouterr()
    broken = profile.replace("language: fr", "language: french", 1)
    assert broken != profile
    path.write_text(broken, encoding="utf-8")
    assert main(["check", "brouillon.txt", "--profile", str(path)]) == 2
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if "language:" in text)
    assert f"{path}:{line}: language:" in capsys.readouterr().err


def test_the_same_bytes_at_another_path_report_that_path(tmp_path):
    folder = tmp_path / "cache"
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(VALID, encoding="utf-8")
    assert store.load(str(tmp_path / "a.yaml"), folder, mark_cache_folder).path == \
        str(tmp_path / "a.yaml")
    assert store.load(str(tmp_path / "b.yaml"), folder, mark_cache_folder).path == \
        str(tmp_path / "b.yaml")
    assert store.load(str(tmp_path / "a.yaml"), folder, mark_cache_folder).path == \
        str(tmp_path / "a.yaml")


def _entry(tmp_path: Path) -> tuple[Path, Path, str]:
    path = tmp_path / "marque.yaml"
    path.write_text(VALID, encoding="utf-8")
    folder = tmp_path / "cache"
    store.load(str(path), folder, mark_cache_folder)
    (entry,) = folder.glob("profile-*.pickle")
    key = entry.read_bytes().split(b" ", 1)[0].decode()
    return path, entry, key


class _Payload:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_an_entry_that_would_run_code_is_refused_and_the_yaml_read(tmp_path, monkeypatch):
    path, entry, key = _entry(tmp_path)
    monkeypatch.chdir(tmp_path)
    body = pickle.dumps(_Payload(), protocol=pickle.HIGHEST_PROTOCOL)
    entry.write_bytes(f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body)
    assert store.load(str(path), entry.parent).brand == "Maison Test"  # not written back
    assert not (tmp_path / "pwned").exists()
    assert entry.read_bytes().endswith(body)


@pytest.mark.parametrize("damage", ["truncated", "edited", "other key", "not a profile"])
def test_a_damaged_or_foreign_entry_is_a_miss(tmp_path, damage):
    path, entry, key = _entry(tmp_path)
    data = entry.read_bytes()
    head, body = data.split(b"\n", 1)
    if damage == "truncated":
        data = data[:-20]
    elif damage == "edited":
        data = data.replace(b"Maison Test", b"Maison Fake")
    elif damage == "other key":
        data = b"0" * 64 + head[64:] + b"\n" + body
    else:
        body = pickle.dumps({"brand": "x"})
        data = f"{key} {hashlib.sha256(body).hexdigest()}\n".encode() + body
    entry.write_bytes(data)
    profile = store.load(str(path), entry.parent, mark_cache_folder)
    assert profile == load_profile(path)
    assert profile.brand == "Maison Test"


def test_no_folder_reads_the_yaml_and_keeps_nothing(tmp_path):
    path = tmp_path / "marque.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert store.load(str(path), None).brand == "Maison Test"
    assert store.load(str(path), tmp_path / "cache", None).brand == "Maison Test"
    assert not (tmp_path / "cache").exists()  # read-only: nothing written


def test_no_cache_neither_reads_nor_writes_the_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brouillon.txt").write_text("Votre commande arrive demain.\n",
                                            encoding="utf-8")
    assert main(["check", "brouillon.txt", "--profile", str(PROFILES["fr"]),
                 "--no-cache"]) in (0, 1)
    assert not list((Path(os.environ["XDG_CACHE_HOME"]) / "brandlint").glob("profile-*"))


PROBE = """
import sys
from brandlint.cli import main
code = main(["check", ".", "--profile", sys.argv[1]])
light = ("yaml", "pydantic", "brandlint.profile.loader", "brandlint.sources.batch",
         "importlib.metadata")
print(code, *sorted(m for m in light if m in sys.modules), file=sys.stderr)
"""


def test_a_cache_hit_neither_parses_the_profile_nor_imports_pydantic(tmp_path):
    (tmp_path / "brouillon.md").write_text("# Noël\n\nConstruisez votre sapin !\n",
                                           encoding="utf-8")
    command = [sys.executable, "-c", PROBE, str(PROFILES["fr"])]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True,
                           env=env)
    second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                            check=True, env=env)
    read = first.stderr.strip().splitlines()[-1].split()[1:]
    assert {"brandlint.profile.loader", "pydantic", "yaml"} <= set(read)  # it was parsed
    assert second.stderr.strip().splitlines()[-1].split()[1:] == []
    assert second.stdout == first.stdout


def test_a_run_reads_the_profile_file_once(tmp_path, monkeypatch):
    """The result cache keys its entries on the digest of the bytes the store read
    (store.digest), not on a second read of the file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brouillon.txt").write_text("Votre commande arrive demain.\n",
                                            encoding="utf-8")
    path = tmp_path / "marque.yaml"
    path.write_text(PROFILES["fr"].read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", "brouillon.txt", "--profile", str(path)]) in (0, 1)
    reads = []
    real_open, real_read_bytes = open, Path.read_bytes

    def counting_open(file, *args, **kwargs):
        if str(file) == str(path):
            reads.append("open")
        return real_open(file, *args, **kwargs)

    def counting_read_bytes(self):
        if str(self) == str(path):
            reads.append("read_bytes")
        return real_read_bytes(self)

    monkeypatch.setattr("builtins.open", counting_open)
    monkeypatch.setattr(Path, "read_bytes", counting_read_bytes)
    assert main(["check", "brouillon.txt", "--profile", str(path)]) in (0, 1)
    assert reads == ["open"]
    assert store.digest(str(path)) == hashlib.sha256(path.read_bytes()).hexdigest()
