"""The cache folder says what it is (CACHEDIR.TAG, its own .gitignore) and stays bounded."""

from __future__ import annotations

import os
import time

from brandlint import cache as cache_module
from brandlint.cache import ResultCache
from brandlint.engine import DocumentResult


def result(path: str) -> list[DocumentResult]:
    return [DocumentResult(path, None, "email", "fr", {}, [])]


def test_cache_folder_carries_a_cachedir_tag_and_a_gitignore(tmp_path):
    cache = ResultCache(tmp_path / ".brandlint_cache", {})
    cache.put("k1", result("a.txt"))
    root = tmp_path / ".brandlint_cache"
    assert (root / "CACHEDIR.TAG").read_text().startswith(
        "Signature: 8a477f597d28d172789f06886806bc55")
    assert (root / ".gitignore").read_text().splitlines()[-1] == "*"


def test_entries_unread_for_a_month_and_old_formats_are_pruned(tmp_path):
    root = tmp_path / ".brandlint_cache"
    (root / "v1").mkdir(parents=True)
    (root / "v1" / "old.json").write_text("{}")
    cache = ResultCache(root, {})
    for key in ("old", "recent"):
        cache.put(key, result(f"{key}.txt"))
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(cache.folder / "old.json", (month_ago, month_ago))
    assert cache.prune() == 2
    assert not (root / "v1").exists() and not (cache.folder / "old.json").exists()
    assert cache.get("recent", None) is not None


def test_reading_an_entry_keeps_it_and_the_least_recent_go_past_the_limit(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 10)
    cache = ResultCache(tmp_path / "c", {})
    start = time.time() - 1000
    for i in range(12):
        cache.put(f"k{i:02}", result(f"{i}.txt"))
        os.utime(cache.folder / f"k{i:02}.json", (start + i, start + i))
    assert cache.get("k00") is not None  # read now: the most recent
    cache.prune()
    left = sorted(p.stem for p in cache.folder.glob("*.json"))
    assert len(left) == 8 and "k00" in left and "k01" not in left and "k11" in left


def test_a_run_that_wrote_nothing_does_not_scan_the_cache(tmp_path):
    cache = ResultCache(tmp_path / "c", {})
    assert cache.prune() == 0 and not (tmp_path / "c").exists()


def test_code_fingerprint_follows_content_not_modification_times():
    # a fresh checkout or pre-commit's new environment gives every file a new mtime: the
    # same code must still find its cached results
    import brandlint.selection as module

    source = module.__file__
    before = cache_module._code_fingerprint()
    info = os.stat(source)
    try:
        os.utime(source, (info.st_atime, info.st_mtime + 3600))
        assert cache_module._code_fingerprint() == before
    finally:
        os.utime(source, ns=(info.st_atime_ns, info.st_mtime_ns))
