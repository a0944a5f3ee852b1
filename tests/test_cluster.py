"""One story, once: clustering on real corpus feeds and labelled headline pairs."""

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cluster import (
    MIN_TOKENS,
    SAME_VULNERABILITY,
    _headline_candidates,
    cluster,
    headline,
    same_headline,
    story_url,
)
from bot.models import Article, StoredArticle
from bot.normalize import read_feed
from bot.parse import FeedError
from bot.quotes import REPLY_TITLE
from bot.vulnerabilities import MAX_IDS, named_ids
from tests.builders import T0, stored

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus" / "realworld"
ALL_PAIRS = json.loads((DATA / "cluster_pairs.json").read_text())["pairs"]
# The headline-only pairs the strict headline rule was tuned and measured on (the
# pairs with a "group" came later, with excerpts, for the semantic rule).
PAIRS = [p for p in ALL_PAIRS if "group" not in p]


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
        # (a site's translations of one page: hwajin's /ja/ and /ko/ sections, set27 F13)
        ("https://blog.example/ja/posts/2024/kth-largest/", "https://blog.example/ko/posts/2024/kth-largest/"),
        ("https://blog.example/pt-BR/about/", "https://blog.example/about/"),
    ],
)
def test_story_url_variants_are_one_page(a, b):
    assert story_url(a) == story_url(b)


def test_story_url_keeps_what_selects_content():
    assert story_url("https://example.com/story?id=1") != story_url("https://example.com/story?id=2")
    assert story_url("https://example.com/a") != story_url("https://example.org/a")
    assert story_url("https://example.com/go/a") != story_url("https://example.com/tv/a")  # (no language's code)


def judged(split: str) -> dict[str, int]:
    """How same_headline does on one split of the labelled pairs: true and false
    merges, misses, and the same-story pairs whose two strings differ (a pair of
    identical strings tests little) and how many of those it merged."""
    counts = dict.fromkeys(["pairs", "tp", "fp", "fn", "different", "different_tp"], 0)
    for pair in PAIRS:
        if pair["split"] != split:
            continue
        said = same_headline(headline(pair["a"]), headline(pair["b"]))
        counts["pairs"] += 1
        if said or pair["same"]:
            counts["tp" if said and pair["same"] else "fp" if said else "fn"] += 1
        if pair["same"] and pair["a"] != pair["b"]:
            counts["different"] += 1
            counts["different_tp"] += said
    return counts


def test_every_labelled_pair_is_tuning_or_held_out():
    assert {p["split"] for p in PAIRS} == {"tune", "heldout"}
    assert sum(p["split"] == "tune" for p in PAIRS) == 61 and sum(p["split"] == "heldout" for p in PAIRS) == 23


def test_labelled_pairs_precision_and_recall_on_the_pairs_it_was_tuned_on():
    """The tuning pairs (61; the threshold was chosen on them): no false merges. Of
    their 31 same-story pairs 14 are identical strings; recall is also shown without them."""
    r = judged("tune")
    assert r["pairs"] == 61 and r["tp"] + r["fn"] == 31 and r["different"] == 17
    assert r["fp"] == 0, [p for p in PAIRS if p["split"] == "tune" and not p["same"]
                          and same_headline(headline(p["a"]), headline(p["b"]))]  # fmt: skip
    assert r["tp"] / (r["tp"] + r["fn"]) >= 0.85
    assert r["different_tp"] / r["different"] >= 0.85  # 17 of 17 when the split was made


def test_labelled_pairs_precision_and_recall_on_held_out_pairs():
    """Pairs written after the tuning and never used for it (23: 15 same story, none
    identical; 8 different). No false merges; recall is low: 8 of 15 when they were
    added (word order, spelled-out numbers, "4M", a "!" or an appended CVE id split a
    story), 9 since counts are read as digits ("three zero-days" / "3 zero-days").
    The floor below guards against it getting worse; it is not a target."""
    r = judged("heldout")
    assert r["pairs"] == 23 and r["tp"] + r["fn"] == 15 and r["different"] == 15
    assert r["fp"] == 0, [p for p in PAIRS if p["split"] == "heldout" and not p["same"]
                          and same_headline(headline(p["a"]), headline(p["b"]))]  # fmt: skip
    assert r["tp"] / (r["tp"] + r["fn"]) >= 0.6


def test_one_spelling_for_counts_and_zero_patch_levels():
    assert same_headline(headline("Microsoft fixes 72 flaws, including 3 zero-days"),
                         headline("Microsoft fixes 72 flaws including three zero-days"))  # fmt: skip
    assert same_headline(headline("Rust 1.84.0 released with new borrow checker features"),
                         headline("Rust 1.84 released with new borrow checker features"))  # fmt: skip
    assert not same_headline(headline("QEMU version 10.1.0 released for all platforms"),
                             headline("QEMU version 10.0.0 released for all platforms"))  # fmt: skip
    assert not same_headline(headline("Microsoft fixes 72 flaws, including three zero-days"),
                             headline("Microsoft fixes 72 flaws, including four zero-days"))  # fmt: skip


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
    feeds, merged, same_feed_merges = len({a.feed for a in everything}), 0, 0
    for c in cluster(everything, window=timedelta(days=3650)):  # no time window: the hardest case
        merged += len(c.members) > 1
        for feed in {m.feed for m in c.members}:
            # Two posts of one feed are one story only when they link to the same page, or are one entry made
            # twice (one headline, one text: DaringFireball's .json gives the linked page, its .rss the post).
            pages = {story_url(m.article.link) for m in c.members if m.feed == feed}
            same_feed = [m.article.title for m in c.members if m.feed == feed]
            texts = {(m.article.title, m.article.excerpt) for m in c.members if m.feed == feed}
            assert len(same_feed) == 1 or (len(pages) == 1 and "" not in pages) or len(texts) == 1, same_feed
            same_feed_merges += len(same_feed) > 1
    # 39 feeds, 1,057 articles, 27 stories of several articles, 26 of them with two articles of one
    # feed (nnw-DaringFireball.rss/.atom/.json share a stem: one page, one story) when this was written.
    checked = (feeds, len(everything), merged, same_feed_merges)
    assert feeds >= 35 and len(everything) > 1000 and merged >= 20 and same_feed_merges >= 20, checked


def test_near_misses_stay_apart_over_time():
    a = stored(1, feed="A", title="Microsoft Patch Tuesday fixes 61 flaws including two zero-days", hours_ago=1)
    b = stored(2, feed="B", title="Microsoft Patch Tuesday fixes 61 flaws including two zero-days", hours_ago=24 * 30)
    assert len(cluster([a, b])) == 2  # a month apart: outside the window


def test_lead_is_the_original_not_the_aggregator():
    original = stored(
        1, feed="Vendor blog", title="Lighthouse DB 4.2.3 fixes replication authentication bypass", hours_ago=3
    )
    repost = stored(
        2,
        feed="Aggregator",
        title="Lighthouse DB 4.2.3 fixes replication authentication bypass - Aggregator",
        hours_ago=5,
    )
    [story] = cluster([original, repost], aggregators=frozenset({"Aggregator"}))
    assert story.lead.feed == "Vendor blog" and story.reason == "near-identical headlines"
    [story] = cluster([original, repost])
    assert story.lead.feed == "Aggregator"  # no hint: the earliest leads


def test_a_forums_topic_leads_the_replies_to_it():
    # bbPress (en-politepix--bbpress-forums.xml and -topics.xml, tests/data/unseen/set24, F8's digest part): the
    # reply, earlier than the topics feed's entry, led the story, headed "Reply To: crash at …".
    reply = stored(1, feed="Forums", link="https://forum.example/topic/crash/#post-2", title="Reply To: Crash at start",
                   hours_ago=3)  # fmt: skip
    topic = stored(2, feed="Topics", link="https://forum.example/topic/crash/", title="Crash at start", hours_ago=1)
    [story] = cluster([reply, topic])
    assert story.lead.article.title == "Crash at start" and story.members[1] is reply
    for prefix in ("Re: ", "RE: ", "Aw: ", "Re[2]: ", "回复："):
        [story] = cluster([replace(reply, article=replace(reply.article, title=prefix + "Crash at start")), topic])
        assert story.lead is topic, prefix
    # (a title that only starts like a reply, "re:Invent", "Re:Zero", is none: a review's case)
    for title in ("re:Invent 2024: AWS unveils Nova models", "Re:Zero season 3 gets a premiere date"):
        assert not REPLY_TITLE.match(title), title
    # (two replies, or headlines that only start like one: the earliest leads, as before)
    [story] = cluster([reply, replace(topic, article=replace(topic.article, title="Reply To: Crash at start"))])
    assert story.lead is reply
    [story] = cluster([replace(reply, article=replace(reply.article, title="Reactor restarts")), topic])
    assert story.lead.id == 1


def test_same_link_clusters_even_with_different_headlines():
    a = stored(1, feed="A", link="https://news.example/x?utm_source=a", title="One headline")
    b = stored(2, feed="B", link="https://www.news.example/x/", title="Another headline entirely")
    [story] = cluster([a, b])
    assert story.reason == "same link" and story.sources == ["B", "A"]


def test_one_feeds_items_that_share_a_link_under_other_headlines_are_two_stories():
    # The Tanzanian weather service's alert hub (tests/data/unseen/set17/feeds/cap-consumer--tz-tma-alerts.xml,
    # lykmapipo/cap-consumer, MIT; set17 finding 12) points every alert at one alert.xml: the second alert, for
    # another region, joined the first as "same link" and was never shown.
    hub = "https://cap-sources.example/tz-tma-en/alert.xml"
    wind = stored(1, feed="TMA", link=hub, title="Strong wind and large waves", hours_ago=2)
    lake = stored(2, feed="TMA", link=hub, title="Strong winds over Lake Nyasa", hours_ago=1)
    assert len(cluster([wind, lake])) == 2
    # (the feed's own item again, under its headline, and another feed's item with that link, still join)
    again = stored(3, feed="TMA", link=hub, title="Strong wind and large waves", hours_ago=1)
    again = replace(again, article=replace(again.article, excerpt=wind.article.excerpt))
    [story] = cluster([wind, again])
    assert story.reason == "same link"
    other = stored(4, feed="Met news", link=hub, title="Tanzania warns of large waves", hours_ago=1)
    [story] = cluster([wind, other])
    assert story.reason == "same link"
    # The digest shows both alerts (it showed the newest alone: its repost rule took them for one link twice);
    # another feed's item with that link days later is a repost, shown once.
    from tests.builders import build_digest, channel

    later = stored(5, feed="Met news", link=hub, title="Tanzania warns of large waves", hours_ago=100)
    digest = build_digest([wind, lake, later], channel(max_items=15), now=T0, since=T0 - timedelta(days=30))
    assert [i.title for i in digest.items] == ["Strong winds over Lake Nyasa", "Strong wind and large waves"]


def test_a_status_pages_two_events_under_one_headline_and_its_home_page_are_two_stories():
    # orvay's status history (set23 D3, no licence: made-up words in its shape): every entry links the status page,
    # and "Control plane is now operational" came twice, a day apart, each with its own time: one story showed both.
    page = "https://status.example/"

    def event(n: int, text: str, hours_ago: float) -> StoredArticle:
        a = stored(n, feed="Status", link=page, title="Control plane is now operational", hours_ago=hours_ago)
        return replace(a, article=replace(a.article, excerpt=text))

    first = event(1, "Control plane changed from degraded to operational at 2026-08-20T13:27Z.", 30)
    second = event(2, "Control plane changed from a partial outage to operational at 2026-08-21T20:51Z.", 2)
    assert len(cluster([first, second])) == 2
    assert len(cluster([first, event(3, first.article.excerpt, 1)])) == 1  # (the same event again: one)
    update = event(4, "The same filter again, once the prober learned it; this entry records our check.", 29)
    assert len(cluster([first, update])) == 1  # (an incident's update within hours: one)

    # (a post's own address with a query, WordPress's "?p=12", is no home page: one story a day apart too)
    def post(n: int, text: str, hours_ago: float) -> StoredArticle:
        a = stored(n, feed="Blog", link="https://blog.example/?p=12", title="Harbour news", hours_ago=hours_ago)
        return replace(a, article=replace(a.article, excerpt=text))

    assert len(cluster([post(5, "The harbour opens on Monday.", 30), post(6, "The harbour opens Monday.", 2)])) == 1


def test_one_feeds_entry_made_twice_under_two_ids_is_one_story():
    # A forum's companion topic opened twice for one blog post, six minutes apart (set19 F8: mesg-forum's
    # latest.rss, no licence: made-up words in its shape); the digest showed the post twice in a row.
    def entry(n: int, title: str, excerpt: str, hours_ago: float) -> StoredArticle:
        a = stored(n, feed="Forum", title=title, hours_ago=hours_ago, link=f"https://forum.example/t/new-era/{n}")
        return replace(a, article=replace(a.article, excerpt=excerpt))

    text = "With the launch of the new engine, it was time to rethink every product, the token included."
    first, again = entry(731, "A new era for the Token", text, 0.2), entry(732, "A new era for the Token", text, 0.1)
    [story] = cluster([first, again])
    assert story.reason == "near-identical headlines" and story.lead is first
    assert story.matches[0].detail == "one feed's entry twice"
    # Not one text under two headlines (a job board's template), nor two headlines without a text, nor the
    # same status message again hours later (another outage), nor another feed's entry (the strict rules' job).
    ad = "New grad role at Example Corp in New York. Category: Data Science."
    assert (
        len(
            cluster(
                [entry(1, "Data Scientist, Analytics", ad, 1), entry(2, "E-commerce Data Scientist, Analytics", ad, 1)]
            )
        )
        == 2
    )
    assert len(cluster([entry(3, "A new era for the Token", "", 1), entry(4, "A new era for the Token", "", 1)])) == 2
    down = "Our support system will be down for about ten minutes."
    assert len(cluster([entry(5, "Support System - Down", down, 20), entry(6, "Support System - Down", down, 1)])) == 2


def test_digest_shows_a_cluster_once_with_also_and_ranks_by_coverage():
    from tests.builders import build_digest, channel

    big = [stored(n, feed=f"Outlet {n}", title="Halvard SecureGate flaw CVE-2026-41873 exploited in attacks", hours_ago=n)
           for n in range(1, 4)]  # fmt: skip
    small = [stored(10, feed="Outlet 9", title="A smaller but newer story about something else", hours_ago=0.5)]
    ch = channel(feeds=tuple(f"Outlet {n}" for n in (1, 2, 3, 9)), max_items=10, rank="coverage")
    digest = build_digest(big + small, ch, now=T0, since=T0 - timedelta(days=1))
    assert [i.title for i in digest.items] == [big[0].article.title, small[0].article.title]
    assert digest.items[0].source == "Outlet 3"  # the earliest
    assert [s for s, _ in digest.items[0].also] == ["Outlet 2", "Outlet 1"]
    by_recency = build_digest(big + small, ch.replace(rank="recency"), now=T0, since=T0 - timedelta(days=1))
    assert by_recency.items[0].title == small[0].article.title


# --- the inverted index against comparing every pair --------------------------------

WORDS = [
    "qemu", "acme", "router", "firmware", "patch", "flaw", "zero-day", "exploited", "attack", "ransomware",
    "kernel", "release", "10.1.0", "10.0.0", "cve-2026-1234", "november", "apple", "iphone", "update",
    "security", "the", "of",
]  # fmt: skip


def made_up_articles(seed: int, n: int) -> list[StoredArticle]:
    """Headlines from a small vocabulary (so many share words), repeats and
    near-repeats across five feeds, some links shared, on the hour over five days."""
    rng = random.Random(seed)
    titles: list[str] = []
    out = []
    for k in range(n):
        if titles and rng.random() < 0.3:
            words = rng.choice(titles).split()
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            title = " ".join(words)
        else:
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
        titles.append(title)
        link = f"https://news.example/{rng.randrange(n)}" if rng.random() < 0.2 else f"https://own.example/{k}"
        published = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randrange(5 * 24))
        article = Article(uid=str(k), link=link, title=title, excerpt="", published=published)
        out.append(StoredArticle(k, f"Feed {rng.randrange(5)}", article, published, False))
    return out


def pairwise_candidates(times, heads, window) -> list[tuple[int, int]]:
    """Every pair (i < j) looked at on its own: those sharing half their words
    within the window, for each j in the order its words first reach each i."""
    out = []
    for j, b in enumerate(heads):
        if len(b.tokens) < MIN_TOKENS:
            continue
        order = list(b.tokens)
        found = []
        for i, a in enumerate(heads[:j]):
            shared = a.tokens & b.tokens
            if (len(a.tokens) >= MIN_TOKENS and len(shared) * 2 >= min(len(a.tokens), len(b.tokens))
                    and times[i] >= times[j] - window):  # fmt: skip
                found.append((min(order.index(t) for t in shared), i))
        out += [(i, j) for _, i in sorted(found)]
    return out


def pairwise_stories(items, window, similarity) -> set[frozenset[int]]:
    """Clustering by comparing every pair: one link (from two feeds, or under one headline), or (from two feeds) headlines
    that share half their words and pass same_headline, or one CVE id that one of
    them names in its headline (bot/vulnerabilities.py), within the window."""
    group = {s.id: {s.id} for s in items}
    for a in items:
        for b in items:
            if a.id >= b.id or abs(a.article.published - b.article.published) > window:
                continue
            ha, hb = headline(a.article.title), headline(b.article.title)
            same_page = story_url(a.article.link) and story_url(a.article.link) == story_url(b.article.link)
            shared = len(ha.tokens & hb.tokens) * 2 >= min(len(ha.tokens), len(hb.tokens))
            (ids_a, head_a), (ids_b, head_b) = named_ids(a.article), named_ids(b.article)
            same_flaw = 0 < len(ids_a) <= MAX_IDS and 0 < len(ids_b) <= MAX_IDS and ids_a & ids_b & (head_a | head_b)
            # (one feed's two items under one link: only under one headline)
            same_page = same_page and (a.feed != b.feed or ha.text == hb.text or same_headline(ha, hb, similarity))
            if same_page or (a.feed != b.feed and (same_flaw or (shared and same_headline(ha, hb, similarity)))):
                merged = group[a.id] | group[b.id]
                for m in merged:
                    group[m] = merged
    return {frozenset(g) for g in group.values()}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("window", [timedelta(0), timedelta(hours=6), timedelta(hours=48), timedelta(days=30)])
def test_headline_index_finds_the_pairs_a_pairwise_scan_finds(seed, window):
    items = sorted(made_up_articles(seed, 150), key=lambda s: (s.article.published, s.id))
    times = [s.article.published for s in items]
    heads = [headline(s.article.title) for s in items]
    expected = pairwise_candidates(times, heads, window)
    assert len(expected) > (20 if window else 0)
    assert _headline_candidates(times, heads, window) == expected


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("similarity", [80, 88])
def test_clusters_are_what_comparing_every_pair_gives(seed, similarity):
    items = made_up_articles(seed, 120)
    window = timedelta(hours=48)
    stories = cluster(items, window=window, similarity=similarity, semantic=False)  # the strict rules' index
    got = {frozenset(m.id for m in c.members) for c in stories}
    assert got == pairwise_stories(items, window, similarity)
    assert sum(m.rule == "near-identical headlines" for c in stories for m in c.matches) >= 3
    for c in stories:  # members oldest first, the lead the earliest
        assert list(c.members) == sorted(
            c.members, key=lambda s: (s.article.published, s.feed, s.id)
        )  # (by feed at a tie)


def test_one_headline_twice_is_the_same_story_when_specific_enough():
    long = headline("Acme router firmware patches exploited flaw")
    assert same_headline(long, long)
    assert same_headline(long, headline("ACME Router Firmware Patches Exploited Flaw"))  # another object, equal
    short = headline("Weekly roundup")
    assert not same_headline(short, short)


def _flaw(n: int, feed: str, title: str, excerpt: str = "", hours_ago: float = 1, tags: tuple[str, ...] = ()):
    published = T0 - timedelta(hours=hours_ago)
    article = Article(uid=str(n), link=f"https://{feed}.example/{n}", title=title, excerpt=excerpt,
                      published=published, source=feed, tags=tags)  # fmt: skip
    return StoredArticle(n, feed, article, published, False)


def test_two_feeds_on_one_cve_are_one_story():
    """A vendor's advisory, a news site and a researcher's write-up about one CVE id
    (the demo's security channel showed it three times): one story, every source, the
    id in the match's detail for `explain` (tests/data/cluster_pairs.json: each of its
    26 pairs whose articles share an id is one story)."""
    advisory = _flaw(1, "advisories", "OAB-2026-0147: Halvard SecureGate SSL VPN remote code execution (CVE-2026-41873)",
                     hours_ago=20)  # fmt: skip
    news = _flaw(2, "news", "Halvard patches exploited SecureGate path traversal bug",
                 "The flaw, tracked as CVE-2026-41873, was exploited for days before the fix.", hours_ago=10)  # fmt: skip
    implant = _flaw(3, "research", "QUIETLATCH: a persistent implant on exploited VPN appliances",
                    tags=("security", "CVE-2026-41873"), hours_ago=5)  # fmt: skip
    (story,) = cluster([implant, news, advisory])
    assert [m.feed for m in story.members] == ["advisories", "news", "research"]
    assert story.reason == SAME_VULNERABILITY
    assert [(m.rule, m.detail) for m in story.matches] == [(SAME_VULNERABILITY, "CVE-2026-41873")] * 2


def test_a_cve_only_mentioned_or_in_a_roundup_or_one_feed_joins_nothing():
    """The id must be in one of the two headlines (a mention in passing is not what an
    article is about); an article naming more than MAX_IDS ids is a roundup, through
    which a month's stories would chain into one; one feed's two posts, or two days
    apart, stay two, as with the other rules."""
    mention = "Attackers who used CVE-2023-4966 last year are back with a new campaign."
    assert len(cluster([_flaw(1, "a", "Group returns with phishing wave", mention),
                        _flaw(2, "b", "New campaign targets hospitals", mention)])) == 2  # fmt: skip
    ids = ", ".join(f"CVE-2026-{n}" for n in range(1000, 1000 + MAX_IDS + 1))
    roundup = _flaw(1, "a", f"Patch Tuesday fixes {ids}")
    assert len(cluster([roundup, _flaw(2, "b", "Exploit released for CVE-2026-1000")])) == 2
    head = "Exploit released for CVE-2026-1000"
    assert len(cluster([_flaw(1, "a", head), _flaw(2, "a", "Vendor patches CVE-2026-1000")])) == 2
    assert len(cluster([_flaw(1, "a", head, hours_ago=60), _flaw(2, "b", "Vendor patches CVE-2026-1000")])) == 2
    assert len(cluster([_flaw(1, "a", head, hours_ago=30), _flaw(2, "b", "Vendor patches CVE-2026-1000")])) == 1


@pytest.mark.parametrize("ids", [(1, 2), (2, 1)])
def test_a_storys_lead_at_the_same_time_does_not_depend_on_which_feed_was_stored_first(ids):
    """set40's re-read: a forum's 'latest' and 'posts' feeds carry the same post at the same time; which of the
    two feeds polled at once stored it first is chance, and the story's lead (its link, its feed) changed from
    one run to the next. At a tie the feed decides."""
    from tests.builders import stored

    link = "https://community.example/t/download-func/846"
    one = replace(stored(ids[0], feed="posts", hours_ago=3, link=link), id=ids[0])
    two = replace(stored(ids[1], feed="latest", hours_ago=3, link=link), id=ids[1])
    (story,) = cluster([one, two], window=timedelta(hours=48), semantic=False)
    assert [m.feed for m in story.members] == ["latest", "posts"]
