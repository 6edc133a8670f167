"""Hypothesis strategies: real drafts from corpora/ and the LEGO profile, mutated.

Every mutation is one of the input shapes that once broke a run (issue 14): flipped
bytes, control characters, old-Mac line breaks, huge numbers, deep nesting, lone
surrogates, odd front matter (aliases, impossible dates, tags), broken HTML markup and
long punctuation runs. Examples stay small (a draft is at most a few kilobytes, a run at
most a few thousand characters) so that a case costs milliseconds.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
LEGO_PROFILE = ROOT / "profiles" / "lego.yaml"
LEGO_EN_PROFILE = ROOT / "profiles" / "lego-en.yaml"

_SINGLE_SUFFIXES = (".txt", ".md", ".html")
BATCH_SUFFIXES = (".csv", ".jsonl")
SUFFIXES = _SINGLE_SUFFIXES + BATCH_SUFFIXES


def _corpus(suffix: str) -> list[str]:
    files = sorted(p for p in (CORPORA / "lego").rglob(f"*{suffix}") if p.name != "README.md")
    files += sorted(p for p in (CORPORA / "lego-en").rglob(f"*{suffix}")
                    if p.name != "README.md")
    return [p.read_text(encoding="utf-8") for p in files]


DRAFTS = {suffix: _corpus(suffix) for suffix in _SINGLE_SUFFIXES}
# Plain prose (the bodies of every draft) for batch rows and for .txt files.
PROSE = [line for text in DRAFTS[".md"] + DRAFTS[".txt"]
         for line in text.split("\n\n") if len(line) > 20 and not line.startswith("---")]
DRAFTS[".txt"] += PROSE[:8]
CHANNELS = ("email", "sms", "social", "shop", "web", "store", "after_sales", "phone_script")


def _batch_rows() -> list[dict]:
    with (CORPORA / "lego" / "campagne-noel.csv").open(encoding="utf-8", newline="") as f:
        rows = [dict(r) for r in csv.DictReader(f)]
    with (CORPORA / "eval" / "lego-fr.jsonl").open(encoding="utf-8") as f:
        rows += [{"id": r["id"], "channel": r["channel"], "text": r["text"]}
                 for r in map(json.loads, list(f)[:20])]
    return rows


BATCH_ROWS = _batch_rows()
PROFILE_TEXT = LEGO_PROFILE.read_text(encoding="utf-8")

# --- the ingredients --------------------------------------------------------------------

CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1b[31m", "\x1b]0;x\x07",
           "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\ufeff", "\ufffe", "\t", "\r",
           "\x1b[2J", "\x9b"]
LINE_BREAKS = ["\r\r", "\r", "\r\n", "\n\r", "\r\r\n", "\u2028", "\x85", "\x0c", "\n\n\n"]
PUNCTUATION = ["!", "?", ".", "…", "-", "*", "_", "#", ">", "=", "~", "'", '"', "«", "€",
               "%", "/", "\\", "|", "(", ")", "[", "]", "<", "&", ";", ":", ",", "🎉", "!?"]
MARKUP = ["<![", "<![CDATA[", "<![if !IE]>", "<!", "<!--", "-->", "</", "<?", "<?xml",
          "</p", "<p", "<script>", "</script>", "<style>", "&#xFFFFFFFF;", "&#0;",
          "&#55296;", "&#x110000;", "&amp", "&", "&#", "<br/>", "<a href='", "<<>>",
          "<!DOCTYPE", "<table><tr><td>", "\\", "`", "```", "~~~", "|---|", "[x](", "![",
          "<!-- brandlint: disable=BL3 -->", "brandlint: disable"]
FRONT_MATTER = [
    "channel: email\nid: &a [*a]\n",
    "a: &a [x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b]\n"
    "id: [*c, *c, *c, *c, *c, *c]\nchannel: email\n",
    "base: &base {channel: email}\n<<: *base\nid: merged\n",
    "channel: *undefined\n",
    "date: 2024-02-30\nchannel: email\n",
    "id: 2024-13-45T99:99:99\n",
    "id: !!timestamp 2024-02-30\n",
    "id: !!python/object:os.system ls\n",
    "id: !!binary AAAA\n",
    "id: !!int 99999999999999999999999999999999999999\n",
    "id: 1e999999\nchannel: email\n",
    "id: .nan\nchannel: .inf\n",
    "channel: [email, sms]\n",
    "channel: {name: email}\n",
    "channel: null\nid: ~\n",
    "channel: email\nchannel: sms\n",
    "- just\n- a list\n",
    "just a string\n",
    "channel:\temail\n",
    "channel: email\nid: '\\ud800'\n",
    'channel: email\nid: "\\ud800\\udfff\\x00"\n',
    "channel: email\nid: \"\\e[31mred\\e[0m\"\n",
    "channel: \"email\\n::error file=x::injected\"\n",
    "channel: \"<script>&</testcase>\"\n",
    "{{{{{{{{\n",
    "? [a, b]\n: c\n",
    "id: |\n  multi\n  line\n",
    "%YAML 1.1\n---\nchannel: email\n",
    "channel: email\n...\n",
]

# --- mutating text ------------------------------------------------------------------------


@st.composite
def _insert_at(draw, text: str, pieces: st.SearchStrategy[str], max_count: int = 4) -> str:
    for _ in range(draw(st.integers(1, max_count))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(pieces) + text[at:]
    return text


def _huge_number(draw) -> str:
    return draw(st.sampled_from(["9" * 5000, "1" + "0" * 4400, "-" + "7" * 4301, "1e999999",
                                 "1E-999999", "0." + "3" * 5000, "18446744073709551616",
                                 "NaN", "Infinity", "-0"]))


@st.composite
def mutated_text(draw, text: str, family: str) -> str:
    """`text` (prose or a whole draft) with mutations of `family` applied."""
    if family == "control":
        return draw(_insert_at(text, st.sampled_from(CONTROL) | st.characters(
            codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"])))
    if family == "linebreaks":
        breaks = draw(st.sampled_from(LINE_BREAKS))
        if draw(st.booleans()):
            return text.replace("\n", breaks)
        return draw(_insert_at(text, st.sampled_from(LINE_BREAKS)))
    if family == "numbers":
        return draw(_insert_at(text, st.sampled_from(
            ["9" * 5000, "1" * 4400, " 24 h", " 0 h", " -1 jours", " 9999999999 heures",
             " 1e308 jours", " ½ jour", " 18446744073709551616 %"]), max_count=2))
    if family == "nesting":
        depth = draw(st.integers(50, 1500))
        opener, closer = draw(st.sampled_from([("> ", ""), ("- ", ""), ("<div>", "</div>"),
                                               ("<b>", ""), ("[", "]"), ("*", "*"),
                                               ("(", ")"), ("  ", "")]))
        at = draw(st.integers(0, len(text)))
        return text[:at] + opener * depth + "construire" + closer * depth + text[at:]
    if family == "surrogates":
        return draw(_insert_at(text, st.sampled_from(
            ["\ud800", "\udfff", "\udc80", "\ud83d", "\ud83d\ude00", "é\u0301", "\U0010ffff"])))
    if family == "punctuation":
        unit = draw(st.sampled_from(PUNCTUATION))
        length = draw(st.integers(100, 2000)) // len(unit)
        return draw(_insert_at(text, st.just(unit * length), max_count=2))
    if family == "markup":
        return draw(_insert_at(text, st.sampled_from(MARKUP), max_count=6))
    if family == "front_matter":
        block = draw(st.sampled_from(FRONT_MATTER))
        body = text.split("---", 2)[-1] if text.startswith("---") else text
        opener = draw(st.sampled_from(["---\n", "---\r\n", "--- \n", "---\r\r"]))
        closer = draw(st.sampled_from(["---\n", "...\n", "---", "---\r\n", "--- \t\n"]))
        return opener + block + closer + body
    if family == "mixed":
        for sub in draw(st.lists(st.sampled_from(TEXT_FAMILIES[:-1]), min_size=2, max_size=3)):
            text = draw(mutated_text(text, sub))
        return text
    raise ValueError(family)


TEXT_FAMILIES = ("control", "linebreaks", "numbers", "nesting", "surrogates", "punctuation",
                 "markup", "front_matter", "mixed")


@st.composite
def mutated_bytes(draw, data: bytes) -> bytes:
    """Byte-level damage: flips, insertions, deletions, truncation, invalid UTF-8."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "utf8"]))
        at = draw(st.integers(0, len(data)))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf",
                                                b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x00"]))
    return bytes(data)


# --- batches ------------------------------------------------------------------------------


def encode_rows(rows: list[dict], suffix: str, ascii_json: bool = False) -> bytes:
    if suffix == ".csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(["id", "channel", "text"])
        for row in rows:
            writer.writerow([row["id"], row["channel"], row["text"]])
        return out.getvalue().encode("utf-8", "surrogatepass")
    lines = [json.dumps(row, ensure_ascii=ascii_json) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


@st.composite
def batch_rows(draw, family: str | None) -> list[dict]:
    """1-4 rows of real campaign copy, each with a unique id; texts mutated."""
    picked = draw(st.lists(st.sampled_from(BATCH_ROWS), min_size=1, max_size=4))
    rows = []
    for n, row in enumerate(picked, start=1):
        text = row["text"][:600]
        if family is not None:
            text = draw(mutated_text(text, family))
        rows.append({"id": f"r{n}-{row['id']}", "channel": row["channel"], "text": text})
    return rows


_ODDITIES = {"numbers": ["huge_id", "huge_extra", "float"], "nesting": ["deep"],
             "surrogates": ["surrogate"], "types": ["types", "duplicate"]}


@st.composite
def jsonl_oddity(draw, family: str) -> bytes:
    """One JSON line that is valid JSON or nearly so, but odd: huge numbers, deep nesting,
    surrogate escapes, wrong types."""
    kind = draw(st.sampled_from(_ODDITIES[family]))
    text = draw(st.sampled_from(BATCH_ROWS))["text"][:200]
    body = json.dumps(text)
    if kind == "huge_id":
        return f'{{"id": {_huge_number(draw)}, "channel": "email", "text": {body}}}'.encode()
    if kind == "huge_extra":
        return f'{{"id": "h", "text": {body}, "n": {_huge_number(draw)}}}'.encode()
    if kind == "deep":
        depth = draw(st.integers(500, 5000))
        where = draw(st.sampled_from(["extra", "id", "channel", "text"]))
        nest = "[" * depth + "]" * depth
        if where == "extra":
            return f'{{"id": "d", "text": {body}, "meta": {nest}}}'.encode()
        fields = {"id": '"d"', "channel": '"email"', "text": body, where: nest}
        return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()
    if kind == "surrogate":
        esc = draw(st.sampled_from(["\\ud800", "\\udfff", "\\ud83d x", "\\udc00\\ud800"]))
        where = draw(st.sampled_from(["id", "text", "channel", "noqa"]))
        fields = {"id": '"s"', "channel": '"email"', "text": body}
        fields[where] = f'"{esc} {"construire" if where == "text" else ""}"'
        return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()
    if kind == "types":
        value = draw(st.sampled_from(["[]", "{}", "true", "null", "1.5", '["a"]', '{"x": 1}']))
        where = draw(st.sampled_from(["id", "channel", "noqa"]))
        fields = {"id": '"t"', "channel": '"email"', "text": body, where: value}
        return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()
    if kind == "duplicate":
        return f'{{"id": "a", "id": "b", "text": {body}, "text": ""}}'.encode()
    return f'{{"id": 1.0e400, "channel": "email", "text": {body}}}'.encode()


# --- files for a whole check --------------------------------------------------------------


@dataclass
class DraftFile:
    """A file to lint and what the report must hold for it: `ids` is the exact list of
    document ids in order when the damage kept the structure, None when it did not (then
    at least one document)."""

    name: str
    data: bytes
    suffix: str
    ids: list[str | None] | None


@st.composite
def draft_file(draw, family: str, index: int) -> DraftFile:
    suffix = draw(st.sampled_from(SUFFIXES))
    name = f"{index:02d}-draft{suffix}"
    raw = family == "bytes"
    if suffix in BATCH_SUFFIXES:
        if suffix == ".jsonl" and family in _ODDITIES and draw(st.booleans()):
            rows = draw(batch_rows(None))
            data = encode_rows(rows, suffix) + draw(jsonl_oddity(family)) + b"\n"
            return DraftFile(name, data, suffix, None)
        if suffix == ".jsonl" and family == "mixed" and draw(st.booleans()):
            rows = draw(batch_rows(None))
            data = encode_rows(rows, suffix) + draw(jsonl_oddity("types")) + b"\n"
            return DraftFile(name, data, suffix, None)
        rows = draw(batch_rows(None if raw else family))
        data = encode_rows(rows, suffix, ascii_json=draw(st.booleans()))
        if raw:
            return DraftFile(name, draw(mutated_bytes(data)), suffix, None)
        # a row that is not UTF-8 is reported under its row number (see
        # test_sources.py::test_a_row_that_is_not_utf8_keeps_its_id): ids are then not exact
        return DraftFile(name, data, suffix,
                         [r["id"] for r in rows] if _is_utf8(data) else None)
    text = draw(st.sampled_from(DRAFTS[suffix]))
    if raw:
        return DraftFile(name, draw(mutated_bytes(text.encode("utf-8"))), suffix, [None])
    if family == "front_matter" and suffix != ".md":
        family = "control"
    mutated = draw(mutated_text(text, family))
    return DraftFile(name, mutated.encode("utf-8", "surrogatepass"), suffix, [None])


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CHECK_FAMILIES = ("bytes",) + TEXT_FAMILIES

# --- profiles -----------------------------------------------------------------------------

PROFILE_VALUES = [
    "lun-sam", "du lundi au samedi", "mon-fri", "7j/7", "24/7", "9h30-19h", "9:30-19:00",
    "9 h 30 - 19 h", "25-3", "18-2", "9-12, 14-19", "nan h", "inf d", "-3d", "0h", "1e999h",
    "72", "72 h", "trois jours", "3 semaines", "99999999999999999999d", "'9-19'", "null", "~",
    "[]", "{}", "[a, b]", "{within: 72h}", "yes", "no", "off", "on", "2024-02-30",
    "2024-02-29", "!!timestamp 2024-02-30", "!!int abc", "!!float nan", "!!binary AAAA",
    "!!python/object:os.system ls", "*undefined", "&a x", "\"\\ud800\"", "\"\\x00\"",
    "\"\\e[31m\"", "'\ttab'", "surprise", "joy", "anger", "fr", "en", "de", "tu", "vous",
    "formal", "\"9" + "9" * 5000 + "h\"", "\"" + "!" * 2000 + "\"", "|\n  multi\n  line",
    ">-\n  folded", "true", "0x1F", "0o17", "1_000", ".5", "+.inf", "-.inf", ".NaN",
]
PROFILE_LINES = [
    "channels: &ch\n  email: {tones: [surprise]}\nextra: *ch",
    "a: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b]\n"
    "d: [*c, *c, *c, *c, *c]",
    "brand: LEGO",
    "language: fr",
    "  delivery: {within: 24h}",
    "  availability: {hours: \"9h30-19h\", days: \"lun-sam\"}",
    "  availability: {hours: \"25-3\", days: \"sam-mar\"}",
    "  availability: {hours: \"9-19\", days: \"7j/7\"}",
    "  bogus: {within: 3d}",
    "  email: {tones: [surprise], max_words: -1}",
    "  email: {tones: [surprise], max_chars: 99999999999999999999999}",
    "  email: {tones: [surprise], readability: {min: .nan}}",
    "  email: {tones: []}",
    "  sms: {tones: [speed], idea: required}",
    "  BL999: error",
    "  BL3: off",
    "  BL: warning",
    "<<: *undefined",
    "? [complex, key]\n: value",
    "%TAG ! tag:example.com,2000:\n---",
    "[" * 300 + "]" * 300,
    "x: " + "[" * 300 + "]" * 300,
    "x: " + "{a: " * 200 + "1" + "}" * 200,
    "\t",
    "\x00",
    "\x1b[31m",
    "\ufeff",
    "---",
    "...",
]


@st.composite
def mutated_profile(draw) -> str:
    """The LEGO profile with 1-3 line-level mutations (values swapped for odd ones, lines
    duplicated, dropped, indented or inserted)."""
    lines = PROFILE_TEXT.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "value", "value", "insert", "duplicate",
                                     "delete", "indent", "text"]))
        line = lines[at]
        if kind == "value" and ":" in line:
            key, _, _ = line.partition(":")
            lines[at] = f"{key}: {draw(st.sampled_from(PROFILE_VALUES))}"
        elif kind == "value" and ":" not in line or kind == "insert":
            lines.insert(at, draw(st.sampled_from(PROFILE_LINES)))
        elif kind == "duplicate":
            lines.insert(at, line)
        elif kind == "delete":
            del lines[at]
        elif kind == "indent":
            lines[at] = draw(st.sampled_from(["  ", "\t", " "])) + line
        else:
            lines[at] = draw(mutated_text(line, draw(st.sampled_from(
                ["control", "surrogates", "numbers", "linebreaks", "punctuation"]))))
    return "\n".join(lines)
