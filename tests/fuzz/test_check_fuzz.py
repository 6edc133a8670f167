"""The whole check on mutated drafts, in-process through `brandlint.cli.main`.

For every case: exit code 0 or 1 (the profile is valid, so never 2), nothing on stderr
about an internal error, valid output in the format drawn, every input document present
exactly once and in input order, every position inside its file, no BL908/BL914.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz import invariants as inv
from tests.fuzz.conftest import counted, examples, run_main
from tests.fuzz.strategies import (
    CHECK_FAMILIES,
    LEGO_EN_PROFILE,
    LEGO_PROFILE,
    DraftFile,
    draft_file,
)

FORMATS = ("json", "sarif", "junit", "github", "text")
_case_numbers = itertools.count()

# Bugs of `main` that robust-inputs / robust-profile fix (issue 14); removed as they land.
KNOWN: dict[str, str] = {}


def _params() -> list:
    return list(_each_param())


def _each_param():
    for family in CHECK_FAMILIES:
        marks = [pytest.mark.xfail(reason=KNOWN[family], strict=False)] if family in KNOWN \
            else []
        yield pytest.param(family, marks=marks, id=family)


@st.composite
def drafts(draw, family: str) -> list[DraftFile]:
    count = draw(st.integers(1, 3))
    return [draw(draft_file(family, i)) for i in range(count)]


def write_case(files: list[DraftFile]) -> tuple[Path, dict[str, bytes]]:
    folder = Path(f"case-{next(_case_numbers)}")
    folder.mkdir()
    written = {}
    for f in files:
        path = folder / f.name
        path.write_bytes(f.data)
        written[path.as_posix()] = f.data
    return folder, written


def expected_documents(files: list[DraftFile], folder: Path) -> list[tuple[str, list | None]]:
    return [((folder / f.name).as_posix(), f.ids) for f in sorted(files, key=lambda f: f.name)]


def check_documents_in_order(seen: list[tuple[str, str | None]],
                             expected: list[tuple[str, list | None]]) -> None:
    """`seen` (path, id) pairs: every file's documents once, contiguous, files in order;
    exact ids where the mutation kept the batch's structure."""
    position = 0
    for path, ids in expected:
        mine = []
        while position < len(seen) and seen[position][0] == path:
            mine.append(seen[position][1])
            position += 1
        assert mine, f"{path} is missing from the report (or out of order): {seen}"
        if ids is not None and ids != [None]:
            assert mine == ids, f"{path}: documents {mine}, expected {ids}"
        elif ids == [None]:
            assert len(mine) == 1, f"{path}: {len(mine)} documents for one draft"
    assert position == len(seen), f"unexpected documents: {seen[position:]}"


def check_report(fmt: str, out: str, files: list[DraftFile], folder: Path,
                 written: dict[str, bytes]) -> None:
    expected = expected_documents(files, folder)
    exact_count = sum(len(ids) if ids is not None else 0 for _, ids in expected) \
        if all(ids is not None for _, ids in expected) else None
    if fmt == "json":
        report = inv.parse_json_report(out)
        seen = [(d["path"], d["id"]) for d in report["documents"]]
        # an id from front matter is the draft's own: compare paths for single drafts
        seen = [(p, None if not p.endswith((".csv", ".jsonl")) else i) for p, i in seen]
        check_documents_in_order(seen, expected)
        diagnostics = [d for doc in report["documents"] for d in doc["diagnostics"]]
        inv.check_positions(diagnostics, written)
        inv.check_no_internal_failure([d["code"] for d in diagnostics])
    elif fmt == "sarif":
        diagnostics = inv.check_sarif(out)
        inv.check_positions(diagnostics, written)
        inv.check_no_internal_failure([d["code"] for d in diagnostics])
    elif fmt == "junit":
        names = inv.check_junit(out)
        if exact_count is not None:
            assert len(names) == exact_count, names
        assert len(names) >= len(files)
    elif fmt == "github":
        annotations, documents = inv.check_github(out)
        inv.check_no_internal_failure([a["title"].split(" ")[0] for a in annotations])
        if exact_count is not None:
            assert documents == exact_count
        assert documents >= len(files)
    else:
        documents = inv.check_text(out)
        if exact_count is not None:
            assert documents == exact_count
        assert documents >= len(files)


@pytest.mark.parametrize("family", _params())
@settings(max_examples=examples(0.25))
@given(data=st.data())
def test_check_keeps_its_promises_on_mutated_drafts(workdir, family, data):
    files = data.draw(drafts(family), label="files")
    fmt = data.draw(st.sampled_from(FORMATS), label="format")
    by_folder = data.draw(st.booleans(), label="folder")
    profile = data.draw(st.sampled_from([LEGO_PROFILE, LEGO_EN_PROFILE]), label="profile")
    cached = data.draw(st.integers(0, 3), label="cache") == 0
    with counted(f"check[{family}]"):
        folder, written = write_case(files)
        targets = [folder.as_posix()] if by_folder else sorted(written)
        args = ["check", *targets, "--profile", str(profile), "--format", fmt]
        code, out, err = run_main([*args, "--no-cache"])
        assert code in (0, 1), f"exit {code}: {err}"
        assert "internal error" not in err and "Traceback" not in err, err
        check_report(fmt, out, files, folder, written)
        if cached:  # the run that fills the cache and the run it serves say the same
            for _ in range(2):
                assert run_main(args) == (code, out, err)
