"""One bad input costs that input only: each case the fuzzing of issue 14 found, as its
minimal reproducer, becomes a BL9xx document (or is simply read) and the files after it
are still read, in order, each once."""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

import pytest

from brandlint.sources import iter_documents, iter_inputs, read_input, would_walk
from tests.test_sources import mapped_position, problems, read, read_one, real_position


def found(paths: list[str], **kwargs) -> list[tuple[str, str | None, list[str]]]:
    return [(d.path, d.id, [p.code for p in d.problems])
            for d in iter_documents(paths, **kwargs)]


# --- Markdown and HTML ------------------------------------------------------------------

@pytest.mark.parametrize("breaks", ["\r\r", "\r", "\r\n\r\n"])
def test_markdown_old_mac_line_breaks_are_read_as_lines(breaks):
    source = f"Bonjour{breaks}Construisez\rvotre consommateur.{breaks}"
    document = read_one("mac.md", source)
    assert "Construisez" in document.text and document.problems == []
    line = 3 if breaks in ("\r\r", "\r\n\r\n") else 2
    assert mapped_position(document, "consommateur") == (line + 1, 7)


def test_html_malformed_marked_section_is_skipped_and_later_text_read():
    source = "<p>Bonjour</p><![ bad <p>x</p>\n<p>Cher consommateur</p>"
    document = read_one("page.html", source)
    assert "Bonjour" in document.text and "consommateur" in document.text
    assert mapped_position(document, "consommateur") == real_position(source, "consommateur")


def test_html_unclosed_marked_section_does_not_fail():
    document = read_one("page.html", "<p>Bonjour</p><![ sans fin")
    assert "Bonjour" in document.text and document.problems == []


# --- front matter -----------------------------------------------------------------------

def test_front_matter_impossible_date_is_kept_as_text():
    document = read_one("post.md", "---\ndate: 2023-02-30\nchannel: sms\nid: 007\n---\nSalut\n")
    assert (document.channel, document.id, document.problems) == ("sms", "007", [])


def test_front_matter_huge_integer_id_is_kept_as_written():
    digits = "9" * 5000
    document = read_one("post.md", f"---\nid: {digits}\n---\nSalut\n")
    assert document.id == digits and document.problems == []


def test_front_matter_nested_too_deeply_is_bl910_and_the_prose_is_read():
    document = read_one("post.md", "---\nchannel: sms\nx: " + "[" * 5000 + "]" * 5000
                        + "\n---\nCher consommateur\n")
    assert problems(document) == [("BL910", 3)]
    assert "consommateur" in document.text and document.channel is None


def test_front_matter_alias_bomb_is_bl910_before_any_expansion():
    levels = [f"l0: &l0 [{', '.join(['lol'] * 9)}]"]
    levels += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    source = "---\n" + "\n".join(levels) + "\nid: *l8\n---\nSalut\n"
    document = read_one("bomb.md", source)
    assert [p.code for p in document.problems] == ["BL910"]
    assert "aliases" in document.problems[0].message and document.id is None


def test_front_matter_over_64_kb_is_bl910():
    source = "---\nchannel: sms\nnotes: " + "x" * 70_000 + "\n---\nSalut\n"
    document = read_one("big.md", source)
    assert [p.code for p in document.problems] == ["BL910"] and document.channel is None


def test_front_matter_list_as_id_is_bl906_not_its_text():
    document = read_one("post.md", "---\nid: [a, b]\n---\nSalut\n")
    assert problems(document) == [("BL906", 2)] and document.id is None


# --- batches ----------------------------------------------------------------------------

def test_jsonl_integer_of_thousands_of_digits_is_read_as_written():
    digits = "1" * 5000
    (document,) = read("batch.jsonl", f'{{"id": {digits}, "n": {digits}, "text": "Salut"}}\n')
    assert document.id == digits and document.problems == []


def test_jsonl_deep_nesting_is_bl903_and_the_next_row_is_read():
    source = ('{"text": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
              '{"id": "n2", "text": "Salut"}\n')
    first, second = read("batch.jsonl", source)
    assert problems(first) == [("BL903", 1)]
    assert (second.id, second.problems) == ("n2", [])


def test_jsonl_lone_surrogate_is_replaced_and_bl911_points_at_it():
    source = '{"id": "n\\udc80", "text": "Construisez \\ud800 ensemble"}\n'
    (document,) = read("batch.jsonl", source)
    assert document.text == "Construisez \ufffd ensemble" and document.id == "n\ufffd"
    assert [(p.code, p.line, p.column) for p in document.problems] == \
        [("BL911", 1, source.index("\\ud800") + 1)]
    assert mapped_position(document, "ensemble") == real_position(source, "ensemble")


def test_jsonl_escaped_surrogate_pair_is_one_character_and_keeps_columns():
    source = '{"id": "n1", "text": "Super \\ud83d\\ude00 cher consommateur"}\n'
    (document,) = read("batch.jsonl", source)
    assert document.text == "Super 😀 cher consommateur" and document.problems == []
    assert mapped_position(document, "consommateur") == real_position(source, "consommateur")


@pytest.mark.parametrize("name,source", [
    ("empty.csv", ""), ("header.csv", "id,channel,text\n"), ("blank.csv", "id,text\n\n\n"),
    ("empty.jsonl", ""), ("blank.jsonl", "\n  \n"),
])
def test_empty_or_header_only_batch_is_one_bl913_document(name, source):
    (document,) = read(name, source)
    assert (document.path, document.id, problems(document)) == (name, None, [("BL913", 1)])
    assert not document.analysable


def test_a_reader_that_fails_is_bl914_for_that_file_only(tmp_path, monkeypatch):
    import brandlint.sources.markdown as markdown  # imported by the reader when needed

    def broken(path, text):
        raise ValueError("boom")

    (tmp_path / "a.md").write_text("Salut")
    (tmp_path / "b.txt").write_text("Salut")
    monkeypatch.setattr(markdown, "read_markdown", broken)
    assert [(p, c) for p, _, c in found([str(tmp_path)])] == \
        [(f"{tmp_path.as_posix()}/a.md", ["BL914"]), (f"{tmp_path.as_posix()}/b.txt", [])]
    with pytest.raises(ValueError):
        list(read_input(tmp_path / "a.md", debug=True))


# --- walking folders --------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    for name in ("a.md", "z.md"):
        (tmp_path / "d" / name).write_text("Salut")
    return tmp_path / "d"


def test_symlink_to_itself_and_dangling_symlink_are_bl901_in_order(folder):
    os.symlink("m-self.md", folder / "m-self.md")
    os.symlink("absent.md", folder / "b-dangling.md")
    assert found(["d"]) == [("d/a.md", None, []), ("d/b-dangling.md", None, ["BL901"]),
                            ("d/m-self.md", None, ["BL901"]), ("d/z.md", None, [])]
    (loop,) = [d for d in iter_documents(["d/m-self.md"])]
    assert "loops" in loop.problems[0].message


@pytest.fixture
def alarm():
    """Fails a test that would block (opening a FIFO) instead of hanging the suite."""
    def timeout(signum, frame):
        raise TimeoutError("blocked")
    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_fifo_and_socket_in_a_folder_are_bl909_and_never_opened(folder, alarm):
    os.mkfifo(folder / "m-pipe.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "n-sock.txt"))
    try:
        assert found(["d"]) == [("d/a.md", None, []), ("d/m-pipe.md", None, ["BL909"]),
                                ("d/n-sock.txt", None, ["BL909"]), ("d/z.md", None, [])]
    finally:
        server.close()


def test_device_named_on_the_command_line_is_bl909():
    assert found(["/dev/null"]) == [("/dev/null", None, ["BL909"])]


def test_unreadable_subfolder_is_bl901_in_its_place(folder, monkeypatch):
    (folder / "locked").mkdir()
    (folder / "locked" / "x.md").write_text("Salut")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    (entry,) = [d for d in iter_documents(["d"]) if "locked" in d.path]
    assert (entry.path, [p.code for p in entry.problems]) == ("d/locked", ["BL901"])
    assert "cannot read the folder" in entry.problems[0].message


def test_a_file_named_and_found_in_a_folder_is_read_once_where_first_named(folder):
    assert [p for p, _, _ in found(["d/z.md", "d", "d/a.md"])] == ["d/z.md", "d/a.md"]


def test_skipped_file_is_left_out_of_the_walk(folder):
    items = list(iter_inputs(["d"], skip=[str(folder / "z.md")]))
    assert [Path(i).name for i in items] == ["a.md"]


@pytest.mark.parametrize("file,walked", [
    ("d/report.txt", True), ("d/sub/report.md", True), ("d/report.json", False),
    ("d/.hidden/report.txt", False), ("elsewhere/report.txt", False),
    ("d/skip/report.txt", False),
])
def test_would_walk_says_whether_a_folder_walk_picks_a_path_up(folder, file, walked):
    assert would_walk(Path(file), Path("d"), exclude=["skip"]) is walked
