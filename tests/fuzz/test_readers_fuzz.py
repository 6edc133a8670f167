"""The readers on mutated drafts: never an exception, one document per draft (at least one
per batch), every prose offset maps inside the file, problems are BL9xx."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brandlint.sources import iter_inputs, read_input
from tests.fuzz import invariants as inv
from tests.fuzz.conftest import counted, examples
from tests.fuzz.strategies import BATCH_SUFFIXES, CHECK_FAMILIES, SUFFIXES, draft_file

_numbers = itertools.count()

# Bugs of `main` that robust-inputs fixes (issue 14); each mark goes when its fix lands.
KNOWN: dict[str, str] = {}


def _families() -> list:
    return [pytest.param(f, id=f, marks=[pytest.mark.xfail(reason=KNOWN[f], strict=False)]
                         if f in KNOWN else []) for f in CHECK_FAMILIES]


def read_file(data: bytes, suffix: str) -> list:
    path = Path(f"reader-{next(_numbers)}{suffix}")
    path.write_bytes(data)
    return list(read_input(path))


def check_documents(documents: list, data: bytes, suffix: str) -> None:
    if suffix in BATCH_SUFFIXES:
        assert documents, "a batch file vanished: not even a BL9xx document for it"
    else:
        assert len(documents) == 1, f"{len(documents)} documents for one draft"
    lines = inv.file_lines(data)
    for document in documents:
        inv.check_no_internal_failure([p.code for p in document.problems])
        for problem in document.problems:
            assert problem.code.startswith("BL9"), problem
            assert inv.position_inside(lines, problem.line, problem.column), problem
        if not document.analysable:
            continue
        text = document.text
        step = max(1, len(text) // 64)
        for offset in [*range(0, len(text), step), len(text)]:
            line, column = document.source_map.position(offset)
            assert inv.position_inside(lines, line, column), (
                f"prose offset {offset} of {len(text)} maps to {line}:{column}, outside the "
                f"file ({len(lines)} lines)")
        assert not any("\ud800" <= ch <= "\udfff" for ch in text), \
            "a lone surrogate reached the prose: no UTF-8 report can hold it"


@pytest.mark.parametrize("family", _families())
@settings(max_examples=examples(1))
@given(data=st.data())
def test_readers_read_every_mutated_draft(workdir, family, data):
    draft = data.draw(draft_file(family, 0), label="draft")
    with counted(f"readers[{family}]"):
        documents = read_file(draft.data, draft.suffix)
        check_documents(documents, draft.data, draft.suffix)
        if draft.ids not in (None, [None]):
            assert [d.id for d in documents] == draft.ids


@settings(max_examples=examples(0.5))
@given(suffix=st.sampled_from(SUFFIXES),
       data=st.binary(max_size=512) | st.text(max_size=256).map(
           lambda t: t.encode("utf-8", "surrogatepass")))
def test_readers_read_arbitrary_bytes(workdir, suffix, data):
    with counted("readers[arbitrary bytes]"):
        check_documents(read_file(data, suffix), data, suffix)


ENTRY_KINDS = ("file", "empty", "self_link", "dangling_link", "dir_link_loop", "no_suffix",
               "hidden", "nested")


@pytest.mark.parametrize("fifo", [False, True], ids=["", "fifo"])
@settings(max_examples=examples(0.3))
@given(kinds=st.lists(st.sampled_from(ENTRY_KINDS), min_size=1, max_size=6))
def test_walking_a_folder_names_every_entry_or_skips_it_on_purpose(workdir, fifo, kinds):
    """Folders with links to themselves, dangling links, FIFOs and empty files: every
    lintable file is read once, in order, and walking never hangs or raises."""
    with counted("walk" + "[fifo]" * fifo):
        top = Path(f"walk-{next(_numbers)}")
        top.mkdir()
        lintable = []
        for n, kind in enumerate(kinds + ["fifo"] * fifo):
            name = top / f"{n:02d}-{kind}.md"
            if kind == "file":
                name.write_text("Construisez votre monde.\n", encoding="utf-8")
                lintable.append(name)
            elif kind == "empty":
                name.write_bytes(b"")
                lintable.append(name)
            elif kind == "self_link":
                name.symlink_to(name.name)
            elif kind == "dangling_link":
                name.symlink_to("nowhere.md")
            elif kind == "dir_link_loop":
                (top / f"{n:02d}-loop").symlink_to(".", target_is_directory=True)
            elif kind == "fifo":
                os.mkfifo(top / f"{n:02d}-fifo.txt")
            elif kind == "no_suffix":
                (top / f"{n:02d}-notes").write_text("x", encoding="utf-8")
            elif kind == "hidden":
                (top / f".{n:02d}-hidden.md").write_text("x", encoding="utf-8")
            else:
                (top / f"{n:02d}-sub").mkdir()
                inner = top / f"{n:02d}-sub" / "inner.md"
                inner.write_text("Imaginez.\n", encoding="utf-8")
                lintable.append(inner)
        documents = [d for item in iter_inputs([top.as_posix()]) for d in read_input(item)]
        inv.check_no_internal_failure([p.code for d in documents for p in d.problems])
        paths = [d.path for d in documents]
        for file in lintable:
            assert paths.count(file.as_posix()) == 1, (file, paths)
        assert len(set(paths)) == len(paths), paths
