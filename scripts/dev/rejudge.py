"""Which hand-judged real-copy findings still fire in a new report.

    python scripts/dev/rejudge.py REPORT_DIR JUDGE_DIR [JUDGE_DIR...] [-v]

JUDGE_DIR holds the sampled tables (bl*.md, from scripts/realtext/sample.py) and
verdicts.md (one row per sampled finding: # | id | code | quoted | verdict | ...).
A judged finding still fires when REPORT_DIR/all.json has a diagnostic on the same
document with the same code and the same quoted text at warning or above (the
samples' floor); `moved` when only the code and document match. Prints right/wrong/
unsure kept per judge dir, then with -v every judged-wrong finding that still fires
and every judged-right one lost.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path


def table_rows(path: Path) -> dict[int, list[str]]:
    rows = {}
    for line in path.read_text().splitlines():
        if re.match(r"^\| \d+ \|", line):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            rows[int(cells[0])] = cells
    return rows


def verdicts(judge: Path) -> list[dict]:
    out, section = [], None
    for line in (judge / "verdicts.md").read_text().splitlines():
        m = re.match(r"^## (bl\w+\.md)", line)
        if m:
            section = m.group(1)
            sample = table_rows(judge / section)
            continue
        if section and re.match(r"^\| \d+ \|", line):
            c = [x.strip() for x in line.strip().strip("|").split(" | ")]
            s = sample[int(c[0])]
            out.append(dict(file=section, n=int(c[0]), id=s[3], code=s[5].split()[0],
                            quoted=s[8].replace("<br>", "\n").replace("\\|", "|"),
                            verdict=c[4], category=c[5], why=c[6]))
    return out


def diagnostics(report_dir: Path) -> dict[tuple[str, str], list[str]]:
    report = json.loads((report_dir / "all.json").read_text())
    found: dict[tuple[str, str], list[str]] = {}
    for doc in report["documents"]:
        for d in doc.get("diagnostics", []):
            if d.get("severity") in ("warning", "error"):  # what the samples drew from
                found.setdefault((doc["id"], d["code"]), []).append(d.get("text") or "")
    return found


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def status(v: dict, found, judged: set | None = None) -> str:
    """fires, moved (a finding of that code on the document that no other judged row
    quotes: perhaps the same one with a new span), or gone."""
    texts = found.get((v["id"], v["code"]), [])
    if any(norm(t) == norm(v["quoted"]) for t in texts):
        return "fires"
    others = judged or set()
    return "moved" if any((v["id"], v["code"], norm(t)) not in others for t in texts) \
        else "gone"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    found = diagnostics(Path(args[0]))
    for judge in map(Path, args[1:]):
        rows = verdicts(judge)
        judged = {(v["id"], v["code"], norm(v["quoted"])) for v in rows}
        tally = Counter((v["verdict"], status(v, found, judged)) for v in rows)
        print(f"{judge.name}: " + "  ".join(
            f"{verdict} {tally[verdict, 'fires'] + tally[verdict, 'moved']}/"
            f"{sum(n for (vv, _), n in tally.items() if vv == verdict)}"
            f" (moved {tally[verdict, 'moved']})"
            for verdict in ("right", "wrong", "unsure")))
        if verbose:
            for v in rows:
                st = status(v, found, judged)
                if (v["verdict"] == "wrong" and st != "gone") or (
                        v["verdict"] != "wrong" and st == "gone"):
                    q = v["quoted"].replace("\n", " ")[:50]
                    print(f"  {v['verdict']:6} {st:5} {v['file']}#{v['n']:<3} {v['code']} "
                          f"{v['id']} «{q}» [{v['category']}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
