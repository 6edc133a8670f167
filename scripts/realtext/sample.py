#!/usr/bin/env python3
"""Draw a seeded, language-stratified sample of brandlint findings to judge by hand.

    python scripts/realtext/sample.py REPORT.json [REPORT.json ...] [-n 60] [--seed 7]
                                      [--min-severity info] [--code BL4]
                                      [--output sample.md]
    python scripts/realtext/sample.py --merge A.json B.json ... --output all.json

REPORT is brandlint's `--format json` report (several reports are pooled). Every
diagnostic of every document is a finding. The sample is stratified by the
document's language (`--by corpus`: by language and corpus file): the N
findings are shared equally between the strata present (a stratum with fewer
findings than its share gives the rest to the others), and inside each stratum
they are drawn uniformly at random with
`random.Random(seed)` from the findings sorted by (path, line, column, code), so
the same reports and seed always give the same sample.

For each finding the table shows the code, the message, the quoted words
(`text`) and the full message text, read back from the corpus row the finding
points to (`path` + `id`; JSONL/CSV batches, or the whole file for other
inputs), with an empty `judgement` column to fill in (e.g. right / wrong /
unsure, and why).

`--merge` pools several reports into one JSON report (documents appended in the
given order, summary summed) and exits; it is what scripts/realtext/run.sh uses.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def load(paths: list[str]) -> list[dict]:
    return [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]


def merge(reports: list[dict]) -> dict:
    out = {"brandlint": reports[0].get("brandlint") if reports else None,
           "profiles": [], "summary": {"documents": 0, "diagnostics": 0,
                                       "by_severity": Counter()}, "documents": []}
    for rep in reports:
        out["profiles"].append(rep.get("profile"))
        out["documents"].extend(rep.get("documents", []))
        summ = rep.get("summary", {})
        out["summary"]["documents"] += summ.get("documents", 0)
        out["summary"]["diagnostics"] += summ.get("diagnostics", 0)
        out["summary"]["by_severity"].update(summ.get("by_severity", {}))
    out["summary"]["by_severity"] = dict(out["summary"]["by_severity"])
    return out


class Texts:
    """Full text of the document a finding belongs to, read from the corpus."""

    def __init__(self, roots: list[Path]):
        self.roots = roots
        self.cache: dict = {}
        self.missing = 0  # findings whose text could not be read back

    def _resolve(self, path: str) -> Path | None:
        p = Path(path)
        if p.is_absolute():
            return p if p.exists() else None
        for root in self.roots:
            if (root / p).exists():
                return root / p
        return None

    def raw(self, path: str, line: int | None) -> str | None:
        """The file's line a .jsonl finding is on, as written (JSON-escaped)."""
        file = self._resolve(path)
        if file is None or file.suffix != ".jsonl" or not line:
            return None
        if ("raw", file) not in self.cache:
            self.cache[("raw", file)] = file.read_text(encoding="utf-8").split("\n")
        rows = self.cache[("raw", file)]
        return rows[line - 1] if 1 <= line <= len(rows) else None

    def get(self, path: str, doc_id: str | None) -> str:
        file = self._resolve(path)
        if file is None:
            self.missing += 1
            return "(text not found: " + path + ")"
        if file not in self.cache:
            if file.suffix == ".jsonl":
                rows = {}
                for line in file.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        rows[str(row.get("id"))] = str(row.get("text", ""))
                self.cache[file] = rows
            elif file.suffix == ".csv":
                with open(file, newline="", encoding="utf-8") as fh:
                    self.cache[file] = {str(r.get("id")): str(r.get("text", ""))
                                        for r in csv.DictReader(fh)}
            else:
                self.cache[file] = file.read_text(encoding="utf-8", errors="replace")
        data = self.cache[file]
        if isinstance(data, str):
            return data
        if str(doc_id) not in data:
            self.missing += 1
            return f"(row {doc_id} not found in {path})"
        return data[str(doc_id)]


def findings(report: dict, min_severity: str, codes: tuple[str, ...] = ()) -> list[dict]:
    """Every diagnostic at or above `min_severity`; with `codes`, only those whose code
    starts with one of them (`BL4` for the sincerity family)."""
    floor = SEVERITY_RANK[min_severity]
    out = []
    for doc in report.get("documents", []):
        for diag in doc.get("diagnostics", []):
            if SEVERITY_RANK.get(diag.get("severity"), 0) < floor:
                continue
            if codes and not str(diag.get("code", "")).upper().startswith(codes):
                continue
            out.append({"lang": doc.get("language") or "?", "channel": doc.get("channel"),
                        "doc_path": doc.get("path"), "doc_id": doc.get("id"), **diag})
    out.sort(key=lambda f: (str(f.get("path")), f.get("line") or 0, f.get("column") or 0,
                            f.get("code", ""), str(f.get("id"))))
    return out


def stratum(item: dict, by: str) -> str:
    if by == "corpus":
        return f"{item['lang']}/{Path(str(item.get('path'))).name}"
    return item["lang"]


def stratified(items: list[dict], n: int, seed: int, by: str = "language") -> list[dict]:
    rng = random.Random(seed)
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_lang[stratum(it, by)].append(it)
    langs = sorted(by_lang)
    quota = {lang: 0 for lang in langs}
    left = min(n, len(items))
    # equal shares; a language that runs out hands its remainder to the others
    while left > 0:
        open_langs = [lg for lg in langs if quota[lg] < len(by_lang[lg])]
        if not open_langs:
            break
        share = max(1, left // len(open_langs))
        for lg in open_langs:
            take = min(share, len(by_lang[lg]) - quota[lg], left)
            quota[lg] += take
            left -= take
            if left == 0:
                break
    picked = []
    for lg in langs:
        picked.extend(rng.sample(by_lang[lg], quota[lg]))
    return picked


def cell(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def table(sample: list[dict], texts: Texts, total: int, by_lang: Counter, args) -> str:
    lines = [
        "# Real-text check — findings to judge by hand",
        "",
        f"Drawn with `scripts/realtext/sample.py` from {', '.join(args.reports)}: "
        f"{len(sample)} of {total} findings (severity ≥ {args.min_severity}"
        f"{'; codes ' + ', '.join(args.code) if args.code else ''}; per language "
        f"{dict(sorted(by_lang.items()))}), seed {args.seed}, stratified by {args.by} "
        f"(equal shares, uniform inside each stratum).",
        f"Sampled per language: {dict(sorted(Counter(f['lang'] for f in sample).items()))}.",
        "",
        "Judgement: `right` (a copywriter would want this flagged), `wrong` (false alarm), "
        "or `unsure`, with a word on why.",
        "",
        "| # | lang | corpus | id | channel | code | severity | message | quoted | full text "
        "| judgement |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for i, f in enumerate(sample, 1):
        full = texts.get(f.get("path") or f.get("doc_path"), f.get("id") or f.get("doc_id"))
        raw = texts.raw(f.get("path") or f.get("doc_path"), f.get("line"))
        lines.append("| " + " | ".join(cell(v) for v in (
            i, f["lang"], Path(str(f.get("path"))).name, f.get("id"), f.get("channel"),
            f"{f.get('code')} {f.get('name', '')}".strip(), f.get("severity"),
            f.get("message"), in_context(f, full, raw), full, "")) + " |")
    return "\n".join(lines) + "\n"


def in_context(finding: dict, full: str | None, raw: str | None, width: int = 40) -> str:
    """The quoted words with a few words either side, so a judge knows which of two
    "always" in a long page was flagged (draw 49). A report's line and column are the
    file's: in a .jsonl row the column falls in the JSON-escaped line `raw`, so the words'
    occurrence is counted there, from the text field on, and found again in the text. The
    bare words when that fails."""
    words, column = finding.get("text") or "", finding.get("column")
    if not (full and words and column):
        return words
    at = _occurrence(full, words, raw, column)
    if at is None:
        return words
    before = full[max(0, at - width):at]
    after = full[at + len(words):at + len(words) + width]
    return (f"{'…' if at > width else ''}{before}**{words}**{after}"
            f"{'…' if at + len(words) + width < len(full) else ''}")


def _occurrence(full: str, words: str, raw: str | None, column: int) -> int | None:
    """Where in `full` the flagged `words` start: the n-th occurrence, n counted in the
    raw line before the column; the only occurrence when there is no raw line."""
    spots = [i for i in range(len(full)) if full.startswith(words, i)]
    if not spots:
        return None
    if raw is None:
        return spots[0] if len(spots) == 1 else None
    field = raw.find('"text"')
    encoded = json.dumps(words, ensure_ascii=False)[1:-1]
    if field < 0 or column - 1 < field:
        return None
    n = raw[field:column - 1].count(encoded)
    return spots[n] if n < len(spots) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports", nargs="+", help="brandlint JSON report(s)")
    ap.add_argument("-n", type=int, default=60, help="number of findings (default 60)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--by", choices=["language", "corpus"], default="language",
                    help="strata: language (default) or language x corpus file")
    ap.add_argument("--min-severity", choices=list(SEVERITY_RANK), default="info")
    ap.add_argument("--code", action="append", default=[],
                    help="keep only findings whose code starts with this prefix (e.g. BL4; "
                         "repeatable)")
    ap.add_argument("--root", action="append", default=[],
                    help="where the reports' relative paths start (default: the current "
                         "directory, then the repository root)")
    ap.add_argument("--merge", action="store_true",
                    help="pool the reports into one JSON report and exit")
    ap.add_argument("--output", help="write here instead of standard output")
    args = ap.parse_args(argv)

    reports = load(args.reports)
    if args.merge:
        text = json.dumps(merge(reports), ensure_ascii=False, indent=1) + "\n"
    else:
        pooled = merge(reports) if len(reports) > 1 else reports[0]
        items = findings(pooled, args.min_severity, tuple(c.upper() for c in args.code))
        if not items:
            print("no findings in the report(s)", file=sys.stderr)
            return 1
        sample = stratified(items, args.n, args.seed, args.by)
        roots = [Path(r) for r in args.root] + [Path.cwd(), Path(__file__).resolve().parents[2]]
        texts = Texts(roots)
        text = table(sample, texts, len(items), Counter(f["lang"] for f in items), args)
        if texts.missing:
            print(f"warning: {texts.missing} finding(s) without their full text (corpus file "
                  f"or row not found); pass --root DIR, the directory the reports' paths "
                  f"start from", file=sys.stderr)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
