"""The cost of story summaries (issue 16): per story, and per article segmented.

Stories from the real-world corpus (tests/data/corpus/realworld): every
article read with ``read_feed`` as the poller reads it, its lead segmented
once (``sentences_of``, what the parse workers run for each new article: the
ingest cost, timed per article), then summarized as a digest does it
(``Summaries("extractive")(story)``, over stored sentences). Stories of one
source are each article alone; stories of 3 and 5 sources join articles of
different feeds (a story's cost depends on how many sentences it has, not on
what they say). Target: under 5 ms a story (p99; the max is shown too).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime

from bot.cluster import Cluster
from bot.models import StoredArticle
from bot.normalize import read_feed
from bot.parse import FeedError
from bot.sentences import sentences_of
from bot.stories import Summaries, forget_summaries

from .corpus import load_corpus
from .measure import percentile

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
TARGET_MS = 5.0


def segmented_articles(limit: int | None = None) -> tuple[list[StoredArticle], list[float]]:
    """The corpus's articles with their leads segmented, and the seconds each segmentation took."""
    out, times = [], []
    for doc in load_corpus():
        try:
            content = read_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type,
                                source=doc.name, now=NOW, excerpt_length=300)  # fmt: skip
        except FeedError:
            continue
        for a in content.articles:
            t0 = time.perf_counter()
            [text] = sentences_of([a.lead or a.excerpt])
            times.append(time.perf_counter() - t0)
            a = replace(a, sentences=tuple(text.split("\n")) if text else ())
            out.append(StoredArticle(len(out) + 1, doc.name, a, NOW, False))
            if limit is not None and len(out) >= limit:
                return out, times
    return out, times


def stories(articles: list[StoredArticle], size: int) -> list[Cluster]:
    """Stories of ``size`` sources: articles of ``size`` different feeds each."""
    if size == 1:
        return [Cluster((a,), "") for a in articles]
    by_feed: dict[str, list[StoredArticle]] = {}
    for a in articles:
        by_feed.setdefault(a.feed, []).append(a)
    feeds = list(by_feed.values())
    out = []
    for k in range(len(articles) // size):
        members = tuple(
            feeds[(k + j) % len(feeds)][(k // len(feeds)) % len(feeds[(k + j) % len(feeds)])] for j in range(size)
        )
        out.append(Cluster(members, "near-identical headlines"))
    return out


def measure(limit: int | None = None, repeats: int = 3) -> dict:
    articles, seg_times = segmented_articles(limit)
    summarize = Summaries("extractive", 3)
    result: dict = {
        "articles": len(articles),
        "segment_ms_per_article": {
            "p50": percentile(seg_times, 50) * 1e3,
            "p95": percentile(seg_times, 95) * 1e3,
            "max": max(seg_times) * 1e3,
        },  # fmt: skip
        "lead_chars": sum(len(a.article.lead) for a in articles) / max(len(articles), 1),
        "sentences_per_article": sum(len(a.article.sentences) for a in articles) / max(len(articles), 1),
        "stories": {},
    }
    for size in (1, 3, 5):
        group = stories(articles, size)
        best: list[float] = [float("inf")] * len(group)
        for _ in range(repeats):  # each story's fastest of the repeats: the machine's hiccups left out
            for i, story in enumerate(group):
                forget_summaries()  # (made, not found in the cache a digest keeps)
                t0 = time.perf_counter()
                summarize(story)
                best[i] = min(best[i], time.perf_counter() - t0)
        result["stories"][str(size)] = {
            "stories": len(group), "p50_ms": percentile(best, 50) * 1e3, "p95_ms": percentile(best, 95) * 1e3,
            "p99_ms": percentile(best, 99) * 1e3, "max_ms": max(best) * 1e3,
        }  # fmt: skip
    return result


def main() -> None:
    """python -m bench.summaries '{"limit": null, "repeats": 3}'"""
    args = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    print(json.dumps(measure(args.get("limit"), args.get("repeats", 3))))


if __name__ == "__main__":
    main()
