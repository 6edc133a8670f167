#!/usr/bin/env python3
"""Fit how the dominant tone is named from the reading (a conditional logit over the
tones: features of each (draft, tone) pair with weights shared by every tone, plus one
bias a tone), and score it leave-one-set-out against the rule of `ToneReading.dominant`.

    python scripts/dev/fit_dominant.py FEATURES.jsonl [--test OTHER.jsonl] [--write]

FEATURES.jsonl comes from scripts/dev/tonefeatures.py. Leave-one-set-out: every set is
scored by a model fitted on all the other sets, so each figure is on drafts the model did
not see (the reading itself was tuned on the read half of most of them: the rule's
figure beside it has that advantage, the model's does not). `--test` scores a set the
model never saw, fitted on all of FEATURES; `--write` prints the weights to paste.
"""
from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict

import numpy as np

TONES = ("joy", "surprise", "reassurance", "empathy", "solution", "speed", "deal",
         "collaboration", "storytelling", "anger", "frustration", "disappointment",
         "pressure", "coldness")
FEATURES = ("share", "log_raw", "coverage", "heaviest", "target", "target_share",
            "absent_target", "purpose", "service_target", "cold_warm")


def pair_features(row: dict, tone: str) -> list[float]:
    raw = row["raw"]
    total = sum(raw.values()) or 0.0
    value = raw.get(tone, 0.0)
    share = value / total if total else 0.0
    heaviest = 1.0 if value > 0 and value >= max(raw.values()) else 0.0
    target = 1.0 if tone in row["targets"] else 0.0
    warm = sum(v for t, v in raw.items() if t not in ("coldness",) and t in TONES[:9])
    cold_warm = 0.0
    if tone == "coldness":
        cold_warm = math.log1p(value) - math.log1p(warm)
    return [share, math.log1p(value), row["coverage"].get(tone, 0.0), heaviest, target,
            target * share, target * (1.0 if value == 0 else 0.0),
            1.0 if tone in row.get("purposes", []) else 0.0,
            target * (1.0 if row["service"] else 0.0), cold_warm] + extra(row, tone, target)


EXTRA = "none"


def extra(row: dict, tone: str, target: float) -> list[float]:
    out: list[float] = []
    i = TONES.index(tone)
    if "tt" in EXTRA:  # a bias a tone when it is a target
        out += [target if j == i else 0.0 for j in range(len(TONES))]
    if "ts" in EXTRA:  # a bias a tone on a service channel
        out += [(1.0 if row["service"] else 0.0) if j == i else 0.0 for j in range(len(TONES))]
    if "tl" in EXTRA:  # a bias a tone in English
        out += [(1.0 if row["language"] == "en" else 0.0) if j == i else 0.0
                for j in range(len(TONES))]
    if "rank" in EXTRA:
        raw = row["raw"]
        order = sorted(raw.values(), reverse=True)
        v = raw.get(tone, 0.0)
        out += [1.0 if len(order) > 1 and v > 0 and v == order[1] else 0.0,
                (v - order[0]) if order else 0.0]
    if "nt" in EXTRA:  # how many targets the channel has
        out += [target / max(1, len(row["targets"]))]
    return out


def matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[pair_features(r, t) for t in TONES] for r in rows])
    y = np.array([TONES.index(r["expected"]) if r["expected"] in TONES else -1 for r in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 1500,
        rate: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    keep = y >= 0
    x, y = x[keep], y[keep]
    n, k, f = x.shape
    w = np.zeros(f)
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    for _ in range(steps):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - onehot
        gw = np.einsum("nk,nkf->f", g, x) / n + l2 * w
        gb = g.mean(axis=0) + l2 * b
        w -= rate * gw
        b -= rate * gb
    return w, b


def predict(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (x @ w + b).argmax(axis=1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--test")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--extra", default="none")
    args = ap.parse_args()
    global EXTRA
    EXTRA = args.extra
    rows = [json.loads(line) for line in open(args.features, encoding="utf-8")]
    rows = [r for r in rows if r["expected"] in TONES]
    by_set: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_set[r["set"]].append(i)
    x, y = matrix(rows)
    total_rule = total_model = total = 0
    for name, idx in sorted(by_set.items()):
        train = np.array([i for i in range(len(rows)) if rows[i]["set"] != name])
        test = np.array(idx)
        w, b = fit(x[train], y[train], args.l2)
        pred = predict(x[test], w, b)
        model = int((pred == y[test]).sum())
        rule = sum(rows[i]["dominant"] == rows[i]["expected"] for i in idx)
        total_model += model
        total_rule += rule
        total += len(idx)
        print(f"{name:<16} {len(idx):>4}  rule {rule / len(idx):.3f}  model {model / len(idx):.3f}")
    print(f"{'all':<16} {total:>4}  rule {total_rule / total:.3f}  model {total_model / total:.3f}")
    w, b = fit(x, y, args.l2)
    if args.test:
        test_rows = [json.loads(line) for line in open(args.test, encoding="utf-8")]
        test_rows = [r for r in test_rows if r["expected"] in TONES]
        tx, ty = matrix(test_rows)
        pred = predict(tx, w, b)
        rule = sum(r["dominant"] == r["expected"] for r in test_rows)
        print(f"test {args.test}: {len(test_rows)}  rule {rule / len(test_rows):.3f}  "
              f"model {(pred == ty).mean():.3f}")
    if args.write:
        weights = dict(zip(FEATURES, np.round(w, 3).tolist(), strict=True))
        bias = dict(zip(TONES, np.round(b, 3).tolist(), strict=True))
        print(json.dumps({"weights": weights, "bias": bias}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
