"""The hand-checked expectations file: what a reader sees of 200+ real items.

    python -m bench.expectations tests/data/feeds [DIR ...] --write tests/data/expectations.json
    python -m bench.expectations tests/data/feeds --check tests/data/expectations.json

Polls the directories through the real pipeline (bench/quality.poll_directory:
a feed server on 127.0.0.1, a real Tidings, SQLite), and records, per item,
its title, the first and last words of its excerpt, its date (or "undated")
and its link. ``--write`` proposes a file to be read and corrected by hand
(``"checked": true`` marks an entry a person has read against the feed);
tests/test_expectations.py asserts every entry exactly, so a regression in
dates, excerpts or links fails with the feed and the item named.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path

from .quality import NOW, Item, poll_directory

WORDS = 6


_SERVER = re.compile(r"^http://127\.0\.0\.1:\d+(?=/)")


def expectation(item: Item, directory: str) -> dict:
    words = item.excerpt.split()
    return {
        "dir": directory,
        "feed": item.feed,
        "uid": item.uid,
        "title": item.title,
        "excerpt_starts": " ".join(words[:WORDS]),
        "excerpt_ends": " ".join(words[-WORDS:]) if len(words) > WORDS else "",
        "published": item.published.isoformat() if item.has_date else "undated",
        # A relative link resolves against the feed's address: the test server's, on a new port each run.
        "link": _SERVER.sub("{feed server}", item.link),
    }


def observed(dirs: list[str]) -> dict[tuple[str, str, str], dict]:
    """Every item of the directories as an expectation, keyed by (dir, feed, uid)."""
    out = {}
    for directory in dirs:
        items, _digest, _failed, _bodies = asyncio.run(poll_directory(Path(directory), now=NOW))
        for item in items:
            e = expectation(item, directory)
            out[(directory, item.feed, item.uid)] = e
    return out


def differences(expected: list[dict], seen: dict[tuple[str, str, str], dict]) -> list[str]:
    """One line per field that differs (or item that is gone), naming the feed and the item."""
    problems = []
    for e in expected:
        got = seen.get((e["dir"], e["feed"], e["uid"]))
        if got is None:
            problems.append(f"{e['feed']}: item {e['uid']!r} ({e['title']!r}) is no longer read from the feed")
            continue
        for field in ("title", "excerpt_starts", "excerpt_ends", "published", "link"):
            if got[field] != e[field]:
                problems.append(f"{e['feed']}: {e['title']!r}: {field} is {got[field]!r}, expected {e[field]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.expectations", description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--write", metavar="FILE", help="propose an expectations file from today's output")
    parser.add_argument("--check", metavar="FILE", help="compare today's output with the file")
    parser.add_argument("--per-feed", type=int, default=8, help="with --write: at most this many items per feed")
    args = parser.parse_args(argv)
    seen = observed(args.dirs)
    if args.write:
        per_feed: dict[str, int] = {}
        chosen = []
        for key in sorted(seen):
            feed = key[1]
            if per_feed.get(feed, 0) < args.per_feed:
                per_feed[feed] = per_feed.get(feed, 0) + 1
                chosen.append({**seen[key], "checked": False})
        Path(args.write).write_text(json.dumps(chosen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(chosen)} items from {len(per_feed)} feeds written to {args.write}")
    if args.check:
        expected = json.loads(Path(args.check).read_text(encoding="utf-8"))
        problems = differences(expected, seen)
        print("\n".join(problems) or f"all {len(expected)} expectations hold")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
