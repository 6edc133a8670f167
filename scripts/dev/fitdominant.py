"""fitdominant.py FEATURES.jsonl [--lam L] [--save OUT.json] : dominant tone as a ranking
fitted on the labelled drafts (conditional logit over the tones the draft carries), checked
set by set (leave one set out) against the rule's own choice."""
import argparse
import collections
import json
import math

import numpy as np

import brandlint.analysis.tone as T

S = T._settings()
TONES = list(T.POSITIVE) + list(T.NEGATIVE) + [T.COLD]


def heard(r):
    h = dict(r["raw"])
    targets = r["targets"]
    if r["sign_off"] > 0 and "collaboration" in h and ("joy" in targets or "collaboration" not in targets):
        h["collaboration"] -= r["sign_off"] * (1 - S["sign_off_weight"])
    if r["event_time"] > 0 and "speed" in h:
        h["speed"] -= r["event_time"]
    if r["upset_answered"] > 0 and "speed" in h:
        h["speed"] -= r["upset_answered"]
        h["reassurance"] = h.get("reassurance", 0.0) + r["upset_comfort"]
    if r["fix_time"] > 0 and "speed" in h:
        h["speed"] -= r["fix_time"]
        h["solution"] = h.get("solution", 0.0) + r["fix_time"]
    if r.get("moment_beats", 0) > 0:
        h["speed"] = h.get("speed", 0.0) - r["moment_time"]
        h["storytelling"] = h.get("storytelling", 0.0) + r["moment_time"] + r["moment_beats"]
    return {t: w for t, w in h.items() if w > 1e-9}


def features(r):
    h = heard(r)
    cands = sorted(h, key=lambda t: -h[t])
    total = sum(h.values()) or 1.0
    warm = sum(w for t, w in h.items() if t in T.POSITIVE)
    rows = []
    for rank, t in enumerate(cands):
        f = [math.log1p(h[t]), h[t] / total, r["coverage"].get(t, 0.0),
             math.log1p(r["variety"].get(t, 0)), float(t in r["targets"]),
             float(t == r["rule"]), float(rank == 0), float(rank == 1),
             float(t in r["targets"]) * float(r["service"]),
             float(t in r["targets"]) * h[t] / total,
             float(t == T.COLD) * (warm / (h[t] + warm)),
             ]
        one = [0.0] * len(TONES)
        one[TONES.index(t)] = 1.0
        f += one
        f += [x * float(r["service"]) for x in one]
        f += [x * h[t] / total for x in one]
        rows.append(f)
    return cands, np.array(rows)


def fit(data, lam, iters=400):
    dim = data[0][1].shape[1]
    w = np.zeros(dim)
    m, v = np.zeros(dim), np.zeros(dim)
    lr = 0.05
    for it in range(1, iters + 1):
        g = lam * w
        for cands, X, y in data:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            g += X.T @ p - X[y]
        g /= len(data)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--lam", type=float, default=0.01)
    ap.add_argument("--save")
    ap.add_argument("--recent", type=int, default=36, help="report sets tone-blindN, N >= this")
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.features)]
    items = []
    for r in rows:
        cands, X = features(r)
        items.append((r, cands, X))
    sets = sorted({r["set"] for r in rows})
    tot = collections.Counter()
    for s in sets:
        train = [(c, X, c.index(r["tone"])) for r, c, X in items if r["set"] != s and r["tone"] in c]
        w = fit(train, a.lam)
        rule = model = n = 0
        for r, c, X in items:
            if r["set"] != s:
                continue
            n += 1
            rule += r["rule"] == r["tone"]
            if len(c):
                model += c[int(np.argmax(X @ w))] == r["tone"]
        recent = s.startswith("tone-blind") and s[10:].isdigit() and int(s[10:]) >= a.recent
        tot["n"] += n; tot["rule"] += rule; tot["model"] += model
        if recent:
            tot["rn"] += n; tot["rrule"] += rule; tot["rmodel"] += model
        print(f"{s:16} n={n:4} rule={rule / n:.3f} model={model / n:.3f}", flush=True)
    print(f"ALL rule {tot['rule'] / tot['n']:.3f} model {tot['model'] / tot['n']:.3f} (n={tot['n']})")
    if tot["rn"]:
        print(f"RECENT rule {tot['rrule'] / tot['rn']:.3f} model {tot['rmodel'] / tot['rn']:.3f} (n={tot['rn']})")
    if a.save:
        w = fit([(c, X, c.index(r["tone"])) for r, c, X in items if r["tone"] in c], a.lam)
        json.dump([round(float(x), 4) for x in w], open(a.save, "w"))


main()
