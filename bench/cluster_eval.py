"""Precision and recall of headline clustering on the labelled pairs.

    .venv/bin/python -m bench.cluster_eval

Prints, per similarity threshold, how many labelled pairs bot/cluster.py
judges the same story, against the labels in tests/data/cluster_pairs.json:
for the pairs it was tuned on and, apart, for the held-out pairs (never used to
tune). "recall≠" is the recall on same-story pairs whose two strings differ (14
of the tuning set's 31 same-story pairs are identical strings).
"""

import json
from pathlib import Path

from bot.cluster import DEFAULT_SIMILARITY, headline, same_headline

PAIRS = json.loads((Path(__file__).parent.parent / "tests" / "data" / "cluster_pairs.json").read_text())["pairs"]


def evaluate(similarity: int, split: str | None = None) -> dict:
    tp = fp = fn = tn = different = different_tp = 0
    mistakes = []
    for pair in PAIRS:
        if split is not None and pair["split"] != split:
            continue
        said = same_headline(headline(pair["a"]), headline(pair["b"]), similarity)
        if pair["same"] and pair["a"] != pair["b"]:
            different += 1
            different_tp += said
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
    recall_different = different_tp / different if different else 1.0
    return dict(similarity=similarity, tp=tp, fp=fp, fn=fn, tn=tn, precision=precision, recall=recall,
                recall_different=recall_different, different=different, mistakes=mistakes)  # fmt: skip


def main() -> None:
    for split, what in (("tune", "tuning pairs (the threshold was chosen on these)"), ("heldout", "held-out pairs")):
        pairs = [p for p in PAIRS if p["split"] == split]
        same = [p for p in pairs if p["same"]]
        print(f"{len(pairs)} {what}: {len(same)} same story, {sum(p['a'] != p['b'] for p in same)} of them not identical")
        print(f"{'similarity':>10} {'precision':>9} {'recall':>7} {'recall≠':>7}  tp fp fn tn")
        for similarity in (80, 84, 88, 92, 96):
            r = evaluate(similarity, split)
            mark = "  <- default" if similarity == DEFAULT_SIMILARITY else ""
            print(f"{similarity:>10} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['recall_different']:>7.3f}  "
                  f"{r['tp']:>2} {r['fp']:>2} {r['fn']:>2} {r['tn']:>2}{mark}")  # fmt: skip
        for kind, a, b in evaluate(DEFAULT_SIMILARITY, split)["mistakes"]:
            print(f"  {kind}: {a!r} / {b!r}")
        print()


if __name__ == "__main__":
    main()
