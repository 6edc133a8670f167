"""Readers: every word of the prose maps back to its real line and column in the file.

Each position test finds a word in `Document.text` (what the rules see), maps it through
the document's SourceMap and compares with where the word really is in the original file
(1-based line and column, as an editor shows them).
"""

from __future__ import annotations

import pytest

from brandlint.sources import iter_documents, read_bytes


def read(name: str, source: str | bytes) -> list:
    data = source.encode("utf-8") if isinstance(source, str) else source
    return list(read_bytes(name, data, "." + name.rsplit(".", 1)[1]))


def read_one(name: str, source: str | bytes):
    (document,) = read(name, source)
    return document


def real_position(source: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) of the nth occurrence of `needle` in the original text."""
    offset = -1
    for _ in range(nth + 1):
        offset = source.index(needle, offset + 1)
    before = source[:offset].split("\n")
    return len(before), len(before[-1]) + 1


def mapped_position(document, needle: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) the source map gives for the nth occurrence of `needle` in the prose."""
    offset = -1
    for _ in range(nth + 1):
        offset = document.text.index(needle, offset + 1)
    return document.source_map.position(offset)


def problems(document) -> list[tuple[str, int]]:
    return [(p.code, p.line) for p in document.problems]


# --- plain text ---------------------------------------------------------------------

def test_text_positions_are_the_file_positions():
    source = ("Bonjour,\n"
              "\n"
              "Nos briques arrivent pour Noël : chaque consommateur pourra construire.\n"
              "Fini le low cost.\n")
    document = read_one("noel.txt", source)
    assert document.text == source
    for word in ("consommateur", "low cost", "Noël"):
        assert mapped_position(document, word) == real_position(source, word)


def test_text_positions_survive_windows_line_endings():
    source = "Bonjour,\r\nChaque consommateur construit.\r\nFini le low cost.\r\n"
    document = read_one("noel.txt", source)
    assert mapped_position(document, "low cost") == (3, 9)


def test_text_byte_order_mark_is_not_a_column():
    document = read_one("noel.txt", "\ufeffLe consommateur construit.\n".encode())
    assert mapped_position(document, "consommateur") == (1, 4)


def test_undecodable_text_is_bl902_with_its_line():
    document = read_one("noel.txt", b"Bonjour,\nCaf\xe9 offert \xe0 chaque client.\n")
    assert problems(document) == [("BL902", 2)]
    assert not document.analysable and "UTF-8" in document.problems[0].message


def test_missing_path_is_bl901(tmp_path):
    missing = tmp_path / "brouillons" / "absent.txt"
    (document,) = iter_documents([str(missing)])
    assert problems(document) == [("BL901", 1)]
    assert document.path == str(missing) and not document.analysable


# --- Markdown -----------------------------------------------------------------------

MARKDOWN = """\
---
channel: social
id: post-noel-1
---
# Des idées pas cher pour Noël

Un *cadeau* pour chaque consommateur, et un [lien vers nos boîtes](https://lego.example/noel)
à découvrir. Le **meilleur** moment pour construire.

- une liste avec une promo
- une autre ligne avec _du_ low cost

Du `code pas cher` en ligne puis la fin du paragraphe.

```yaml
slogan: pas cher et low cost
```

    bloc indenté pas cher

> Une citation : le consommateur avant tout.
"""


def test_markdown_front_matter_gives_channel_and_id_and_is_not_prose():
    document = read_one("post.md", MARKDOWN)
    assert (document.channel, document.id) == ("social", "post-noel-1")
    assert "channel" not in document.text and "post-noel-1" not in document.text
    assert document.problems == []


@pytest.mark.parametrize("word,nth_in_prose,nth_in_file", [
    ("pas cher", 0, 0),                 # heading
    ("cadeau", 0, 0),                   # emphasis
    ("consommateur", 0, 0),             # after emphasis
    ("lien vers nos boîtes", 0, 0),     # link text
    ("découvrir", 0, 0),                # line after the link, same paragraph
    ("meilleur", 0, 0),                 # strong emphasis
    ("promo", 0, 0),                    # list item
    ("low cost", 0, 0),                 # list item after emphasis
    ("la fin du paragraphe", 0, 0),     # after inline code
    ("consommateur", 1, 1),             # block quote
])
def test_markdown_prose_maps_to_file_positions(word, nth_in_prose, nth_in_file):
    document = read_one("post.md", MARKDOWN)
    assert mapped_position(document, word, nth_in_prose) == \
        real_position(MARKDOWN, word, nth_in_file)


def test_markdown_code_is_not_prose():
    document = read_one("post.md", MARKDOWN)
    assert document.text.count("pas cher") == 1     # the heading only
    assert document.text.count("low cost") == 1     # the list item only
    assert "slogan" not in document.text and "bloc indenté" not in document.text
    assert "code" not in document.text


def test_markdown_link_target_is_not_prose():
    document = read_one("post.md", MARKDOWN)
    assert "lego.example" not in document.text


def test_markdown_windows_line_endings_front_matter():
    source = "---\r\nchannel: sms\r\n---\r\nVotre colis arrive, cher consommateur.\r\n"
    document = read_one("sms.md", source)
    assert document.channel == "sms"
    assert mapped_position(document, "consommateur") == (4, 26)


def test_markdown_invalid_front_matter_is_bl906_with_its_line():
    source = "---\nchannel: email\nid: noel: 2\n---\nBonjour à tous les créateurs.\n"
    document = read_one("noel.md", source)
    assert problems(document) == [("BL906", 3)]
    assert mapped_position(document, "créateurs") == real_position(source, "créateurs")


@pytest.mark.parametrize("source", [
    pytest.param("Un \\*jeu\\* pour le consommateur exigeant.\n", id="backslash-escape"),
    pytest.param("Un caf&eacute; pour le consommateur exigeant.\n", id="entity"),
])
def test_markdown_escapes_and_entities_keep_columns(source):
    document = read_one("draft.md", source)
    assert mapped_position(document, "consommateur") == real_position(source, "consommateur")


# --- HTML ---------------------------------------------------------------------------

HTML = """\
<!DOCTYPE html>
<html lang="fr">
<head>
  <title>Noël chez LEGO</title>
  <style>.promo { color: red; } /* pas cher */</style>
  <script>const slogan = "pas cher";</script>
</head>
<body>
  <h1>Imaginez votre Noël</h1>
  <p>Des briques pour <em>chaque</em> consommateur,
     jamais pas cher.</p>
  <pre>un exemple pas cher</pre>
  <!-- pas cher dans un commentaire -->
</body>
</html>
"""


def test_html_script_style_comments_and_pre_are_not_prose():
    document = read_one("page.html", HTML)
    assert "slogan" not in document.text and ".promo" not in document.text
    assert "exemple" not in document.text and "commentaire" not in document.text
    assert document.text.count("pas cher") == 1


def test_html_title_is_prose_apart_from_the_body():
    document = read_one("page.html", HTML)
    assert document.text.startswith("Noël chez LEGO\n\n")
    assert mapped_position(document, "Noël chez LEGO") == (4, 10)


@pytest.mark.parametrize("word", ["Imaginez", "consommateur", "pas cher", "chaque"])
def test_html_prose_maps_to_file_positions(word):
    document = read_one("page.html", HTML)
    nth = 2 if word == "pas cher" else 0   # the style and script hold the first two
    assert mapped_position(document, word) == real_position(HTML, word, nth)


def test_html_entities_are_decoded_in_the_prose():
    document = read_one("page.html", "<p>Caf&eacute; &amp; briques</p>")
    assert document.text.strip() == "Café & briques"


def test_html_entities_keep_columns_of_later_words():
    source = "<p>Caf&eacute; &amp; jouets pour le consommateur</p>\n"
    document = read_one("page.html", source)
    assert mapped_position(document, "consommateur") == real_position(source, "consommateur")


# --- suppression comments -------------------------------------------------------------

def test_markdown_disable_comment_suppresses_only_the_named_code(engines):
    source = ("<!-- brandlint: disable=BL301 -->\n"
              "Imaginez votre château : satisfaction toujours garantie pour nos "
              "consommateurs.\n")
    document = read_one("noel.md", source)
    (directive,) = document.suppressions
    assert directive.codes == frozenset({"BL301"})
    assert (directive.first, directive.last) == (1, None)
    control = read_one("noel.md", source.split("\n", 1)[1])
    suppressed, reported = engines["fr"].run([document, control])
    assert "BL301" in [d.code for d in reported.diagnostics]
    codes = [d.code for d in suppressed.diagnostics]
    assert "BL301" not in codes and "BL502" in codes


def test_html_disable_comment_is_read():
    document = read_one("page.html", "<!-- brandlint: disable=BL5, BL301 --><p>Bonjour</p>")
    assert [s.codes for s in document.suppressions] == [frozenset({"BL5", "BL301"})]


def test_text_disable_line_suppresses_a_family_and_is_not_prose(engines):
    draft = "Imaginez votre château, pas cher, pour les consommateurs.\n"
    source = "brandlint: disable=BL5\n" + draft
    document = read_one("noel.txt", source)
    assert [s.codes for s in document.suppressions] == [frozenset({"BL5"})]
    assert "brandlint" not in document.text
    assert mapped_position(document, "pas cher") == (2, 25)
    suppressed, control = engines["fr"].run([document, read_one("noel.txt", draft)])
    assert {"BL501", "BL502"} <= {d.code for d in control.diagnostics}
    assert not [d for d in suppressed.diagnostics if d.code.startswith("BL5")]


# --- CSV batches ----------------------------------------------------------------------

CSV = ('id,channel,text,noqa\n'
       'noel-1,email,"Imaginez un Noël créatif\n'
       'pour chaque consommateur.",\n'
       'noel-2,sms,Votre colis est parti,livré demain,\n'
       'noel-3,sms,"Votre colis arrive, pas cher.",\n'
       'noel-4,sms,"Votre colis arrive, cher consommateur.",BL502\n'
       '\n'
       ',email,Construisez ensemble,\n')


def test_csv_each_row_is_a_document_with_its_id_channel_and_noqa():
    documents = read("campagne.csv", CSV)
    assert [d.id for d in documents] == ["noel-1", "noel-2", "noel-3", "noel-4", "row-5"]
    assert [d.channel for d in documents] == ["email", None, "sms", "sms", "email"]
    assert documents[3].disabled == frozenset({"BL502"})


def test_csv_quoted_multiline_text_keeps_its_lines():
    first = read("campagne.csv", CSV)[0]
    assert first.text == "Imaginez un Noël créatif\npour chaque consommateur."
    # The second line of the field starts its line in the file: line and column exact.
    assert mapped_position(first, "consommateur") == real_position(CSV, "consommateur")


def test_csv_rows_after_a_multiline_field_have_their_file_lines():
    documents = {d.id: d for d in read("campagne.csv", CSV)}
    assert mapped_position(documents["noel-3"], "pas cher")[0] == \
        real_position(CSV, "pas cher")[0] == 5
    assert mapped_position(documents["noel-4"], "consommateur")[0] == 6
    assert mapped_position(documents["row-5"], "Construisez")[0] == 8


def test_csv_row_with_too_many_fields_is_bl903_and_later_rows_are_read():
    documents = read("campagne.csv", CSV)
    broken = documents[1]
    assert (broken.id, problems(broken)) == ("noel-2", [("BL903", 4)])
    assert "5 fields but the header has 4" in broken.problems[0].message
    assert all(d.analysable for d in documents[2:])


def test_csv_malformed_quotes_are_bl903_and_later_rows_are_read():
    source = ('id,channel,text\n'
              'a,email,"Le ""meilleur"" jeu" du monde\n'
              'b,email,Construisez ensemble\n')
    broken, good = read("campagne.csv", source)
    assert problems(broken) == [("BL903", 2)]
    assert (good.id, good.text) == ("b", "Construisez ensemble")


def test_csv_undecodable_row_of_a_utf8_file_is_bl902_and_later_rows_are_read():
    source = (b"id,channel,text\n"
              b"a,email,Cr\xc3\xa9ez\n"            # UTF-8
              b"b,email,Caf\xe9 offert\n"        # one damaged row
              b"c,email,Le consommateur\n")
    first, broken, last = read("campagne.csv", source)
    assert first.text == "Créez" and not first.problems
    assert problems(broken) == [("BL902", 3)]
    assert (last.id, mapped_position(last, "consommateur")[0]) == ("c", 4)


def test_csv_with_no_utf8_accents_is_read_as_windows_1252_with_one_bl916():
    source = (b"id,channel,text\n"
              b"a,email,Bonjour\n"
              b"b,email,Caf\xe9 offert \x80 \x92 \x9c\n"  # é € ’ œ in Windows-1252
              b"c,email,Le consommateur\n")
    first, second, last = read("campagne.csv", source)
    assert problems(first) == [("BL916", 1)]
    assert second.text == "Café offert € ’ œ" and not second.problems
    assert (last.id, mapped_position(last, "consommateur")[0]) == ("c", 4)


def test_csv_without_text_column_is_one_bl903_on_the_header():
    (document,) = read("campagne.csv", "id,channel,notes\na,email,Bonjour\n")
    assert problems(document) == [("BL903", 1)]
    assert "`text` column" in document.problems[0].message


def test_csv_column_is_the_column_in_the_file():
    document = read("campagne.csv", CSV)[2]
    assert mapped_position(document, "pas cher") == real_position(CSV, "pas cher")


# --- JSONL batches --------------------------------------------------------------------

JSONL = ('{"id": "r1", "channel": "email", "text": "Imaginez votre monde, consommateur."}\n'
         '\n'
         '{"id": "r2", "channel": "sms", "text": "Votre colis"\n'
         '{"channel": "sms", "text": "Votre colis arrive, pas cher."}\n'
         '{"id": 5, "channel": "sms"}\n'
         '   \n'
         '["pas", "un", "objet"]\n'
         '{"id": "r8", "text": "Cher consommateur, merci.", "noqa": "BL502"}\n')


def test_jsonl_ids_channels_and_fallback_ids():
    documents = read("reponses.jsonl", JSONL)
    assert [d.id for d in documents] == ["r1", "line-3", "line-4", "5", "line-7", "r8"]
    assert [d.channel for d in documents] == ["email", None, "sms", None, None, None]
    assert documents[-1].disabled == frozenset({"BL502"})


def test_jsonl_blank_lines_are_skipped_and_rows_keep_their_lines():
    documents = {d.id: d for d in read("reponses.jsonl", JSONL)}
    assert mapped_position(documents["r1"], "consommateur")[0] == 1
    assert mapped_position(documents["line-4"], "pas cher")[0] == 4
    assert mapped_position(documents["r8"], "consommateur")[0] == 8


def test_jsonl_invalid_json_is_bl903_with_its_line():
    documents = read("reponses.jsonl", JSONL)
    assert problems(documents[1]) == [("BL903", 3)]
    assert "invalid JSON" in documents[1].problems[0].message
    assert documents[2].analysable  # the next line is still read


def test_jsonl_missing_text_and_non_objects_are_bl903():
    documents = read("reponses.jsonl", JSONL)
    assert problems(documents[3]) == [("BL903", 5)]
    assert "`text`" in documents[3].problems[0].message
    assert problems(documents[4]) == [("BL903", 7)]


def test_jsonl_undecodable_line_is_bl902():
    source = b'{"id": "a", "text": "Caf\xe9"}\n{"id": "b", "text": "Bonjour"}\n'
    broken, good = read("reponses.jsonl", source)
    assert (broken.id, problems(broken)) == ("a", [("BL902", 1)])  # its id is readable
    assert good.text == "Bonjour"


def test_jsonl_escaped_newline_stays_on_the_row_line():
    source = ('{"id": "a", "text": "Bonjour,\\nle consommateur est roi."}\n'
              '{"id": "b", "text": "Construisez ensemble."}\n')
    document = read("reponses.jsonl", source)[0]
    assert mapped_position(document, "consommateur")[0] == 1


def test_jsonl_column_is_the_column_in_the_file():
    document = read("reponses.jsonl", JSONL)[0]
    assert mapped_position(document, "consommateur") == real_position(JSONL, "consommateur")


# --- directories ----------------------------------------------------------------------

def _tree(root):
    files = {
        "b-email.txt": "Construisez ensemble.",
        "a-sms.md": "Votre colis arrive.",
        "notes.docx": "pas un brouillon",
        ".brouillons/secret.txt": "caché",
        "social/post.md": "Partagez vos créations.",
        "social/README.md": "Comment écrire un post.",
        "archive/ancien.txt": "Vieille campagne.",
        "lots/noel.csv": "id,channel,text\nn1,email,Un\nn2,sms,Deux\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_directory_recursion_order_files_then_subfolders_by_name(tmp_path, monkeypatch):
    _tree(tmp_path / "campagne")
    monkeypatch.chdir(tmp_path)
    found = [(d.path, d.id) for d in iter_documents(["campagne"])]
    assert found == [
        ("campagne/a-sms.md", None),
        ("campagne/b-email.txt", None),
        ("campagne/archive/ancien.txt", None),
        ("campagne/lots/noel.csv", "n1"),
        ("campagne/lots/noel.csv", "n2"),
        ("campagne/social/README.md", None),
        ("campagne/social/post.md", None),
    ]


def test_directory_exclude_globs(tmp_path, monkeypatch):
    _tree(tmp_path / "campagne")
    monkeypatch.chdir(tmp_path)
    found = [d.path for d in iter_documents(
        ["campagne"], exclude=["*/README.md", "campagne/archive/*", "*.csv"])]
    assert found == ["campagne/a-sms.md", "campagne/b-email.txt", "campagne/social/post.md"]


def test_directory_exclude_globs_match_absolute_paths(tmp_path):
    _tree(tmp_path / "campagne")
    found = [d.path for d in iter_documents(
        [str(tmp_path / "campagne")], exclude=["*/README.md", "campagne/archive/*", "lots"])]
    assert [p.removeprefix(tmp_path.as_posix() + "/") for p in found] == \
        ["campagne/a-sms.md", "campagne/b-email.txt", "campagne/social/post.md"]


def test_paths_are_read_in_the_order_given(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = [d.path for d in iter_documents(["social/post.md", "absent.md", "a-sms.md"])]
    assert found == ["social/post.md", "absent.md", "a-sms.md"]


def test_markdown_table_rows_read_as_lines_with_exact_cell_positions():
    source = "| Offre | Délai |\n|---|---|\n| Livraison | en 24 h |\n| Retour | en 24 h |\n"
    document = read_one("offres.md", source)
    assert "Livraison, en 24 h" in document.text and "|" not in document.text
    last = document.text.rfind("en 24 h")
    assert document.source_map.position(last) == (4, 12)


# --- found by the fuzz suite (tests/fuzz): minimal reproducers ----------------------------

@pytest.mark.parametrize("name, source", [("a.md", "Bonjour"), ("b.md", "Bonjour\n"),
                                          ("c.html", "<p>Bonjour</p>"),
                                          ("d.md", "À toi\r\n\r\nde jouer\r\n")])
def test_the_end_of_the_prose_maps_inside_the_file(name, source):
    """Readers add a paragraph break after the last block; it has no source of its own and
    mapped past the end of the line (`Bonjour` in a .md file: column 10 of 7 characters)."""
    document = read_one(name, source)
    lines = source.replace("\r\n", "\n").split("\n")
    for offset in range(len(document.text) + 1):
        line, column = document.source_map.position(offset)
        assert line <= len(lines) and column <= len(lines[line - 1]) + 1, offset


@pytest.mark.parametrize("name, source", [
    ("a.csv", b'id,channel,text\nnoel-01,email,"\xed\xa0\x80Bonjour"\n'),
    ("a.jsonl", b'{"id": "noel-01", "channel": "email", "text": "\xed\xa0\x80Bonjour"}\n')])
def test_a_row_that_is_not_utf8_keeps_its_id(name, source):
    """Minimal reproducer from the fuzz suite: the id column is readable, the BL902 row
    should carry it (SPEC §3: for batches, `id` is the row's id)."""
    (document,) = read(name, source)
    assert document.problems[0].code == "BL902"
    assert document.id == "noel-01"
