"""Precision and recall of headline clustering on the labelled pairs.

    .venv/bin/python -m bench.cluster_eval

Prints, per similarity threshold, how many labelled pairs bot/cluster.py
judges the same story, against the labels in tests/data/cluster_pairs.json.
"""

import json
from pathlib import Path

from bot.cluster import DEFAULT_SIMILARITY, headline, same_headline

PAIRS = json.loads((Path(__file__).parent.parent / "tests" / "data" / "cluster_pairs.json").read_text())["pairs"]


def evaluate(similarity: int) -> dict:
    tp = fp = fn = tn = 0
    mistakes = []
    for pair in PAIRS:
        said = same_headline(headline(pair["a"]), headline(pair["b"]), similarity)
        if said and pair["same"]:
            tp += 1
        elif said:
            fp += 1
            mistakes.append(("merged", pair["a"], pair["b"]))
        elif pair["same"]:
            fn += 1
            mistakes.append(("missed", pair["a"], pair["b"]))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return dict(similarity=similarity, tp=tp, fp=fp, fn=fn, tn=tn, precision=precision, recall=recall, mistakes=mistakes)


def main() -> None:
    print(f"{len(PAIRS)} labelled pairs ({sum(p['same'] for p in PAIRS)} same story)")
    print(f"{'similarity':>10} {'precision':>9} {'recall':>7}  tp fp fn tn")
    for similarity in (80, 84, 88, 92, 96):
        r = evaluate(similarity)
        mark = "  <- default" if similarity == DEFAULT_SIMILARITY else ""
        print(f"{similarity:>10} {r['precision']:>9.3f} {r['recall']:>7.3f}  {r['tp']:>2} {r['fp']:>2} {r['fn']:>2} {r['tn']:>2}{mark}")
    for kind, a, b in evaluate(DEFAULT_SIMILARITY)["mistakes"]:
        print(f"  {kind}: {a!r} / {b!r}")


if __name__ == "__main__":
    main()
