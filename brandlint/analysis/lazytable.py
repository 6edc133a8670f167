"""The French lemmatizer's lookup table, read word by word instead of filled whole.

`lemma_lookup` holds ≈ 217,000 entries; decoding them from the model's `lookups.bin`
and filling the table costs ≈ 0.35 s of every cold start, for the few hundred words a
check looks up. The first load (stock decoding, `fastload.lookups_from_bytes`) also
writes an index of that table to brandlint's cache folder, found again by the SHA-256 of
the `lookups.bin` bytes: the keys sorted in one array, each value (a list of words) joined
by NUL in one blob, and the other tables as they were. Later loads read the index and give the
lemmatizer a `LazyTable`: `get`, `[]` and `in` answer from the index (one binary search,
the value decoded once), and anything else (iteration, length, serialisation, changes)
first fills the table from the model's own bytes exactly as the stock load does, then
turns it into a plain `spacy.lookups.Table`. A file that does not read back exactly (its
SHA-256, its sizes, its source) is ignored: the stock way runs and writes it again.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from brandlint.regexcache import write_atomically

FORMAT = 2  # 2: each value its words joined by NUL
LAZY = "lemma_lookup"  # the one table large enough to pay, and only ever read by key
MIN_ENTRIES = 10_000
SEPARATOR = "\0"  # between the words of one entry
_MISSING = object()


def index_name(source_digest: str) -> str:
    return f"lookups-v{FORMAT}-{source_digest[:32]}.bin"


def load_lazy(folder: Path | None, bytes_data: bytes) -> dict | None:
    """The tables of `bytes_data` (a `Lookups.to_bytes`), `LAZY` as a LazyTable, from the
    index in `folder`; None when there is none that reads back exactly."""
    if folder is None:
        return None
    import spacy
    import srsly

    digest = hashlib.sha256(bytes_data).hexdigest()
    try:
        with open(folder / index_name(digest), "rb") as stream:
            header = json.loads(stream.readline())
            payload = stream.read()
        sizes = header["sizes"]
        if (header["format"] != FORMAT or header["spacy"] != spacy.__version__
                or header["source"] != digest or len(payload) != sum(sizes)
                or hashlib.sha256(payload).hexdigest() != header["sha256"]):
            return None
        view = memoryview(payload)
        others_end, keys_end, offsets_end = (sizes[0], sizes[0] + sizes[1],
                                             sizes[0] + sizes[1] + sizes[2])
        others = srsly.msgpack_loads(bytes(view[:others_end]))
        keys, offsets = array.array("Q"), array.array("Q")
        keys.frombytes(view[others_end:keys_end])
        offsets.frombytes(view[keys_end:offsets_end])
        values = bytes(view[offsets_end:])
        if len(offsets) != len(keys) + 1 or offsets[-1] != len(values):
            return None
        order = header["order"]
        if set(order) != set(others) | {LAZY}:
            return None
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
    lazy = LazyTable.make(LAZY, keys, offsets, values, bytes_data)
    return {name: lazy if name == LAZY else others[name] for name in order}


def store_index(folder: Path | None, prepare: Callable[[Path], None] | None,
                bytes_data: bytes, decoded: dict) -> None:
    """Write the index of `decoded` (what `bytes_data` decodes to) to `folder`, when it
    is writable and the table is the one this was made for; failures cost nothing but
    the next load's time."""
    table = decoded.get(LAZY)
    if (folder is None or prepare is None or not isinstance(table, dict)
            or len(table) < MIN_ENTRIES or not all(type(k) is int for k in table)
            or not all(_words(v) for v in table.values())):
        return
    import spacy
    import srsly

    try:
        keys = array.array("Q", sorted(table))
        blobs = [SEPARATOR.join(table[k]).encode("utf-8") for k in keys]
    except (OverflowError, TypeError, ValueError):
        return
    offsets = array.array("Q", [0])
    total = 0
    for blob in blobs:
        total += len(blob)
        offsets.append(total)
    others = srsly.msgpack_dumps({k: v for k, v in decoded.items() if k != LAZY})
    parts = [others, keys.tobytes(), offsets.tobytes(), b"".join(blobs)]
    payload = b"".join(parts)
    digest = hashlib.sha256(bytes_data).hexdigest()
    header = {"format": FORMAT, "spacy": spacy.__version__, "source": digest,
              "sizes": [len(p) for p in parts], "order": list(decoded),
              "sha256": hashlib.sha256(payload).hexdigest()}
    with contextlib.suppress(OSError):
        prepare(folder)
        write_atomically(folder / index_name(digest),
                         json.dumps(header).encode() + b"\n" + payload)
        for old in folder.glob("lookups-v*.bin"):  # indexes of an older format
            if not old.name.startswith(f"lookups-v{FORMAT}-"):
                old.unlink(missing_ok=True)


def _words(value) -> bool:
    """A list of words, none empty or holding SEPARATOR: what a lookup entry holds, and
    what joining and splitting give back as it was."""
    return (type(value) is list and bool(value)
            and all(type(word) is str and word and SEPARATOR not in word for word in value))


def _table_class():
    from spacy.lookups import Table

    return Table


class _Lazy:
    """Mixed into a `Table` subclass at first use (spaCy is imported late)."""

    @classmethod
    def make(cls, name, keys, offsets, values, source):
        table_class = _lazy_class()
        table = table_class.__new__(table_class)
        OrderedDict.__init__(table)
        state = table.__dict__
        state.update(name=name, default_size=1e6, _keys=keys, _offsets=offsets,
                     _values=values, _source=source, _memo={})
        return table

    def _find(self, key):
        state = self.__dict__
        memo = state["_memo"]
        if key in memo:
            return memo[key]
        keys = state["_keys"]
        i = bisect_left(keys, key) if key >= 0 else len(keys)
        if i < len(keys) and keys[i] == key:
            offsets = state["_offsets"]
            try:
                found = state["_values"][offsets[i]:offsets[i + 1]].decode("utf-8").split(
                    SEPARATOR)
            except ValueError:  # not what store_index wrote
                found = None
            if not _words(found):  # the stock table answers instead
                self._materialise()
                return OrderedDict.get(self, key, _MISSING)
        else:
            found = _MISSING
        memo[key] = found
        return found

    def get(self, key, default=None):
        from spacy.strings import get_string_id

        key = get_string_id(key)
        if type(key) is not int:  # a key this index was not made for: the stock table
            self._materialise()
            return self.get(key, default)
        found = self._find(key)
        return default if found is _MISSING else found

    def __getitem__(self, key):
        from spacy.strings import get_string_id

        key = get_string_id(key)
        if type(key) is not int:
            self._materialise()
            return self[key]
        found = self._find(key)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        from spacy.strings import get_string_id

        key = get_string_id(key)
        if type(key) is not int:
            self._materialise()
            return key in self
        return self._find(key) is not _MISSING

    def __bool__(self) -> bool:
        return len(self.__dict__["_keys"]) > 0

    @property
    def bloom(self):
        self._materialise()
        return self.__dict__["bloom"]

    def _materialise(self) -> None:
        """Become the table the stock load makes, from the model's own bytes."""
        import srsly

        from brandlint.analysis.fastload import fill_table

        state = self.__dict__
        data = srsly.msgpack_loads(state["_source"])[state["name"]]
        for attribute in ("_keys", "_offsets", "_values", "_source", "_memo"):
            state.pop(attribute, None)
        self.__class__ = _table_class()
        fill_table(self, data)


_MATERIALISING = ("__iter__", "__len__", "__reversed__", "__eq__", "__ne__", "__repr__",
                  "__reduce__", "__reduce_ex__", "__sizeof__", "__or__", "__ior__", "__ror__",
                  "__setitem__", "__delitem__", "keys", "values", "items", "copy", "pop",
                  "popitem", "setdefault", "update", "clear", "move_to_end", "set",
                  "to_bytes", "from_bytes")
_lazy_classes: list[type] = []


def _lazy_class() -> type:
    if not _lazy_classes:
        table_class = _table_class()

        def materialising(name: str):
            def method(self, *args, **kwargs):
                self._materialise()
                return getattr(self, name)(*args, **kwargs)
            method.__name__ = name
            return method

        namespace = {name: materialising(name) for name in _MATERIALISING}
        namespace["__hash__"] = None
        _lazy_classes.append(type("LazyTable", (_Lazy, table_class), namespace))
    return _lazy_classes[0]


LazyTable = _Lazy  # `LazyTable.make(...)`: a Table subclass instance (see `_lazy_class`)
