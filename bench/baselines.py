"""The two baselines the poll cycles are held against, and parsing throughput.

(a) What a user would write instead: a sequential loop of
    ``feedparser.parse(url)`` keeping a dict of the ids seen.
(b) The parsing floor: lxml parsing the same bytes into elements and nothing
    more (``json.loads`` for the JSON Feed documents, which lxml cannot read).

Parsing throughput is measured in this process, one core, over the corpus mix
(every corpus file once = the mix of any 44 consecutive benchmark feeds).
"""

from __future__ import annotations

import contextlib
import json
import time
from datetime import UTC, datetime

import lxml.etree

from .corpus import Doc, load_corpus
from .measure import median


def sequential_feedparser(urls: list[str]) -> dict:
    """Baseline (a): ``feedparser.parse(url)`` one URL after the other, a dict of seen ids."""
    import feedparser

    seen: dict[str, object] = {}
    new = 0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for url in urls:
        parsed = feedparser.parse(url)
        for entry in parsed.entries:
            key = entry.get("id") or entry.get("link") or entry.get("title")
            if key and (url, key) not in seen:
                seen[(url, key)] = entry
                new += 1
    wall = time.perf_counter() - t0
    return {"feeds": len(urls), "wall_s": wall, "cpu_s": time.process_time() - cpu0, "new_articles": new,
            "s_per_feed": wall / len(urls)}  # fmt: skip


_FLOOR_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=True)


def floor(doc: Doc) -> None:
    """Baseline (b): bytes to elements and nothing more."""
    if doc.body.lstrip()[:1] in (b"{", b"["):
        with contextlib.suppress(ValueError):
            json.loads(doc.body)
    else:
        lxml.etree.fromstring(doc.body, _FLOOR_PARSER)


def _stages():
    import feedparser

    from bot.normalize import read_feed
    from bot.parse import FeedError, parse_feed

    now = datetime(2026, 11, 27, tzinfo=UTC)

    def tidings_parse(doc: Doc) -> None:
        with contextlib.suppress(FeedError):
            parse_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type)

    def tidings_read(doc: Doc) -> None:
        with contextlib.suppress(FeedError):
            read_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type,
                      source=doc.name, now=now, excerpt_length=300)  # fmt: skip

    def feedparser_as_configured(doc: Doc) -> None:
        feedparser.parse(doc.body, response_headers={"content-type": doc.content_type},
                         sanitize_html=False, resolve_relative_uris=False)  # fmt: skip

    def feedparser_defaults(doc: Doc) -> None:
        feedparser.parse(doc.body, response_headers={"content-type": doc.content_type})

    return {
        "floor (lxml / json.loads)": floor,
        "parse_feed (bytes -> entries)": tidings_parse,
        "read_feed (bytes -> clean articles)": tidings_read,
        "feedparser, sanitiser and URI pass off": feedparser_as_configured,
        "feedparser defaults": feedparser_defaults,
    }


def throughput(repeats: int = 7, docs: list[Doc] | None = None) -> dict:
    """CPU seconds per pass over the corpus for each stage (median of ``repeats``), MB/s and x floor.

    CPU time of this (single-threaded) process, not wall time: the machine is
    shared, and another process taking the core for a moment would otherwise
    land on whichever stage was running. The stages take turns, pass by pass,
    so a slower or faster minute of the machine falls on all of them alike."""
    docs = docs or load_corpus()
    size = sum(len(d.body) for d in docs)
    stages = _stages()
    for stage in stages.values():
        for doc in docs:  # warm up: imports, caches, regex compilation
            stage(doc)
    times: dict[str, list[float]] = {name: [] for name in stages}
    for r in range(repeats):
        for name, stage in stages.items():
            if name.startswith("feedparser") and r >= max(1, repeats // 3):
                continue  # 10-100x slower than the rest: fewer passes
            t0 = time.process_time()
            for doc in docs:
                stage(doc)
            times[name].append(time.process_time() - t0)
    out = {"bytes": size, "documents": len(docs), "clock": "cpu", "stages": {}}
    for name, seconds in times.items():
        out["stages"][name] = {"s_per_pass": median(seconds), "mb_per_s": size / 1e6 / median(seconds),
                               "passes": len(seconds)}  # fmt: skip
    base = out["stages"]["floor (lxml / json.loads)"]["s_per_pass"]
    for stage in out["stages"].values():
        stage["x_floor"] = stage["s_per_pass"] / base
    return out


def main() -> None:
    """python -m bench.baselines '{"urls": [...], "repeats": 3}'"""
    import sys

    args = json.loads(sys.argv[1])
    if args.get("kind") == "sequential":
        runs = [sequential_feedparser(args["urls"]) for _ in range(args["repeats"])]
        print(json.dumps(runs))
    else:
        print(json.dumps(throughput(args["repeats"])))


if __name__ == "__main__":
    main()
