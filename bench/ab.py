"""A/B parsing throughput of two checkouts in one process (issue 15: the machine is noisy).

    python -m bench.ab OLD_ROOT [NEW_ROOT] [--repeats 15]

Loads ``OLD_ROOT/bot`` as the package ``bot_a`` and ``NEW_ROOT/bot`` (default:
this checkout) as ``bot_b`` with importlib, then times ``parse_feed`` and
``read_feed`` of each and the lxml floor over the realworld corpus
(bench.baselines.load_corpus), the stages taking turns pass by pass, CPU
time, medians. Prints ms/pass, the ratio to the floor and new/old.
(``git archive main bot | tar -x -C /tmp/old`` makes an OLD_ROOT.)
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from statistics import median

from bench.baselines import floor, load_corpus

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, root: Path):
    """``root/bot`` imported as the package ``name`` (its modules import each other relatively)."""
    spec = importlib.util.spec_from_file_location(name, root / "bot" / "__init__.py",
                                                  submodule_search_locations=[str(root / "bot")])  # fmt: skip
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"{name}.normalize"), importlib.import_module(f"{name}.parse")


def stages(name: str, root: Path) -> dict:
    normalize, parse = load(name, root)
    now = datetime(2026, 11, 27, tzinfo=UTC)

    def parse_feed(doc) -> None:
        with contextlib.suppress(parse.FeedError):
            parse.parse_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type)

    def read_feed(doc) -> None:
        with contextlib.suppress(parse.FeedError):
            normalize.read_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type,
                                source=doc.name, now=now, excerpt_length=300)  # fmt: skip

    return {f"parse_feed {name}": parse_feed, f"read_feed {name}": read_feed}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args()
    docs = load_corpus()
    timed = {"floor": floor, **stages("bot_a", args.old), **stages("bot_b", args.new)}
    for stage in timed.values():
        for doc in docs:
            stage(doc)  # warm up
    times: dict[str, list[float]] = {name: [] for name in timed}
    for _ in range(args.repeats):
        for name, stage in timed.items():
            t0 = time.process_time()
            for doc in docs:
                stage(doc)
            times[name].append(time.process_time() - t0)
    base = median(times["floor"])
    print(
        f"{len(docs)} documents, {args.repeats} passes each, CPU ms per pass (median); a = {args.old}, b = {args.new}"
    )
    for name, seconds in times.items():
        print(f"  {name:<20} {median(seconds) * 1e3:8.1f} ms  {median(seconds) / base:5.2f}x floor")
    for kind in ("parse_feed", "read_feed"):
        a, b = median(times[f"{kind} bot_a"]), median(times[f"{kind} bot_b"])
        print(f"  {kind}: b/a = {b / a:.3f}")


if __name__ == "__main__":
    main()
