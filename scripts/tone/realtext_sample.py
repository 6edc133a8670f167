"""The tone findings (BL2xx) of the real-text check to judge by hand: every finding at
warning or above, then findings of the hint (BL205 info) drawn with a seed until there
are N in all. Prints a table with the message and the text read back from the corpus
(kept out of git: see corpora/real/README.md).

    python3 scripts/tone/realtext_sample.py corpora/real/reports/all.json [-n 40] [--seed 7]
"""

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    texts = {}
    for corpus in Path("corpora/real").glob("*.jsonl"):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[(corpus.name, row["id"])] = row["text"]
    warnings, hints = [], []
    for document in report["documents"]:
        corpus = Path(document["path"]).name
        for d in document["diagnostics"]:
            if d["code"].startswith("BL2"):
                item = (corpus, document["id"], d["code"], d["severity"], d["message"])
                (hints if d["severity"] == "info" else warnings).append(item)
    warnings.sort()
    hints.sort()
    drawn = random.Random(args.seed).sample(hints, max(0, args.n - len(warnings)))
    print(f"{len(warnings)} warning/error tone findings, {len(hints)} hints; "
          f"{len(drawn)} hints drawn (seed {args.seed})\n")
    for i, (corpus, doc_id, code, severity, message) in enumerate(warnings + drawn, 1):
        text = texts.get((corpus, doc_id), "")[:400].replace("\n", " ")
        print(f"#{i} {code} {severity} {corpus} {doc_id}\n  {message}\n  > {text}\n")


if __name__ == "__main__":
    main()
