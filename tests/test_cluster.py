"""One story, once: clustering on real corpus feeds and labelled headline pairs."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cluster import cluster, headline, same_headline, story_url
from bot.models import StoredArticle
from bot.normalize import read_feed
from bot.parse import FeedError
from tests.builders import T0, stored

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus" / "realworld"
PAIRS = json.loads((DATA / "cluster_pairs.json").read_text())["pairs"]


def load(name: str, feed: str, start_id: int) -> list[StoredArticle]:
    content = read_feed((CORPUS / name).read_bytes(), url="https://feeds.example/x", source=feed,
                        now=datetime(2026, 1, 1, tzinfo=UTC), excerpt_length=300)  # fmt: skip
    return [StoredArticle(start_id + i, feed, a, a.published, False) for i, a in enumerate(content.articles)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.example.com/story/", "http://example.com/story"),
        ("https://example.com/story/amp", "https://example.com/story"),
        ("https://amp.example.com/story.amp", "https://example.com/story"),
        ("https://m.example.com/story?amp=1", "https://example.com/story"),
        ("https://example.com/story#comments", "https://example.com/story"),
    ],
)
def test_story_url_variants_are_one_page(a, b):
    assert story_url(a) == story_url(b)


def test_story_url_keeps_what_selects_content():
    assert story_url("https://example.com/story?id=1") != story_url("https://example.com/story?id=2")
    assert story_url("https://example.com/a") != story_url("https://example.org/a")


def test_labelled_pairs_precision_and_recall():
    """The labelled set (61 pairs, from the corpus and constructed): no false merges."""
    assert len(PAIRS) >= 50
    said = [(same_headline(headline(p["a"]), headline(p["b"])), p["same"]) for p in PAIRS]
    tp = sum(1 for s, truth in said if s and truth)
    fp = sum(1 for s, truth in said if s and not truth)
    fn = sum(1 for s, truth in said if not s and truth)
    assert fp == 0, [p for (s, t), p in zip(said, PAIRS, strict=True) if s and not t]
    assert tp / (tp + fn) >= 0.85


def test_same_site_in_two_formats_clusters_story_by_story():
    atom = load("nnw-DaringFireball.atom", "DF Atom", 0)
    json_feed = load("nnw-DaringFireball.json", "DF JSON", 1000)
    stories = cluster(atom + json_feed)
    assert len(atom) == len(json_feed) == 48
    merged = [c for c in stories if len(c.members) == 2]
    assert len(merged) >= 44  # a few titleless/short ones stay apart
    for c in merged:
        assert {m.feed for m in c.members} == {"DF Atom", "DF JSON"}
        assert c.members[0].article.title == c.members[1].article.title


def test_whole_corpus_never_merges_two_different_posts_of_one_feed():
    everything, next_id = [], 0
    for path in sorted(CORPUS.iterdir()):
        try:
            items = load(path.name, path.stem, next_id)
        except FeedError:
            continue
        everything += items
        next_id += len(items)
    for c in cluster(everything, window=timedelta(days=3650)):  # no time window: the hardest case
        for feed in {m.feed for m in c.members}:
            # Two posts of one feed are one story only when they link to the same page.
            pages = {story_url(m.article.link) for m in c.members if m.feed == feed}
            same_feed = [m.article.title for m in c.members if m.feed == feed]
            assert len(same_feed) == 1 or (len(pages) == 1 and "" not in pages), same_feed


def test_near_misses_stay_apart_over_time():
    a = stored(1, feed="A", title="Microsoft Patch Tuesday fixes 61 flaws including two zero-days", hours_ago=1)
    b = stored(2, feed="B", title="Microsoft Patch Tuesday fixes 61 flaws including two zero-days", hours_ago=24 * 30)
    assert len(cluster([a, b])) == 2  # a month apart: outside the window


def test_lead_is_the_original_not_the_aggregator():
    original = stored(1, feed="Vendor blog", title="Lighthouse DB 4.2.3 fixes replication authentication bypass", hours_ago=3)
    repost = stored(2, feed="Aggregator", title="Lighthouse DB 4.2.3 fixes replication authentication bypass - Aggregator", hours_ago=5)
    [story] = cluster([original, repost], aggregators=frozenset({"Aggregator"}))
    assert story.lead.feed == "Vendor blog" and story.reason == "near-identical headlines"
    [story] = cluster([original, repost])
    assert story.lead.feed == "Aggregator"  # no hint: the earliest leads


def test_same_link_clusters_even_with_different_headlines():
    a = stored(1, feed="A", link="https://news.example/x?utm_source=a", title="One headline")
    b = stored(2, feed="B", link="https://www.news.example/x/", title="Another headline entirely")
    [story] = cluster([a, b])
    assert story.reason == "same link" and story.sources == ["B", "A"]


def test_digest_shows_a_cluster_once_with_also_and_ranks_by_coverage():
    from bot.digest import build_digest
    from tests.builders import channel

    big = [stored(n, feed=f"Outlet {n}", title="Halvard SecureGate flaw CVE-2026-41873 exploited in attacks", hours_ago=n)
           for n in range(1, 4)]  # fmt: skip
    small = [stored(10, feed="Outlet 9", title="A smaller but newer story about something else", hours_ago=0.5)]
    ch = channel(feeds=tuple(f"Outlet {n}" for n in (1, 2, 3, 9)), max_items=10, rank="coverage")
    digest = build_digest(big + small, ch, now=T0, since=T0 - timedelta(days=1))
    assert [i.title for i in digest.items] == [big[0].article.title, small[0].article.title]
    assert digest.items[0].source == "Outlet 3"  # the earliest
    assert [s for s, _ in digest.items[0].also] == ["Outlet 2", "Outlet 1"]
    by_recency = build_digest(big + small, ch.model_copy(update={"rank": "recency"}), now=T0, since=T0 - timedelta(days=1))
    assert by_recency.items[0].title == small[0].article.title
