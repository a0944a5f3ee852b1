"""Stories end to end: feeds from a real HTTP server, real SQLite and PostgreSQL,
the real poller: new articles are segmented once and stored; a digest's story
has a summary from every source and a sources line; `/news story` and
`tidings explain` show a story whole; the renderers show "A · B · +N more"."""

import io
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime

import pytest

from adapters.console import ConsoleAdapter
from adapters.discord import render as discord_render
from adapters.slack import render as slack_render
from bot.app import Tidings
from bot.askcli import digest_to_json
from bot.commands import parse_command
from bot.config import settings_from_dict
from bot.digest import DigestRules, select
from bot.models import DigestItem
from bot.plaintext import render_text
from bot.sentences import split_sentences
from tests.builders import T0, build_digest, channel, stored

VICE = [
    "Meta's powerful LLaMA language model has leaked online, with a torrent posted to 4chan on Friday.",
    "The model was previously available only to approved researchers.",
    "Meta said in a statement that it was investigating the leak.",
]
VERGE = [
    "Meta's LLaMA language model leaked on 4chan this week, a week after Meta announced it.",
    "Researchers warned that the leak lets anyone run the 65-billion-parameter model on their own hardware.",
]


def feed(title: str, items: list[tuple[str, str, list[str], int]]) -> bytes:
    """items: (id, headline, paragraphs, hours before T0), newest first."""
    parts = []
    for uid, headline, sentences, hours in items:
        body = "".join(f"&lt;p&gt;{s}&lt;/p&gt;" for s in sentences)
        parts.append(f"<item><guid>{uid}</guid><title>{headline}</title><link>https://{title.lower()}.example/{uid}</link>"
                     f"<description>{body}</description><pubDate>{format_datetime(T0 - timedelta(hours=hours))}</pubDate></item>")  # fmt: skip
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>{''.join(parts)}</channel></rss>".encode()


# Ledes first, then details, each fact once (Vice's lede and "investigating" add nothing new).
SUMMARY = " ".join([VERGE[0], VICE[1], VERGE[1]])
OLD = [
    ("old", "An older story about something else entirely today", ["Nothing to do with models happened here today."], 9)
]
OLD_VERGE = [("old", "Verge reviews a phone with a very large battery", ["The phone lasts two days on one charge."], 8)]
LEAK_VICE = ("leak", "Meta's LLaMA language model leaks online", [" ".join(VICE)], 2)  # the first: the lead
LEAK_VERGE = ("leak", "Meta's LLaMA language model leaks online on 4chan", VERGE, 1)


@pytest.fixture
async def bot(feeds, clock, database_url):
    """Two outlets polled once (their backfill), then each publishes the leak story and is polled again."""
    clock.set(T0)
    feeds.serve("/vice.xml", feed("Vice", OLD))
    feeds.serve("/verge.xml", feed("Verge", OLD_VERGE))
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "Vice", "url": feeds.url("/vice.xml"), "tags": ["tech"]},
                  {"name": "The Verge", "url": feeds.url("/verge.xml"), "tags": ["tech"]}],
        "channels": [{"name": "tech", "platform": "slack", "target": "C1", "tags": ["tech"], "max_items": 5}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={}) as app:
        await app.poll()
        await app.db.set_channel_state("tech", last_digest_at=clock.now(), cutoff=clock.now())
        feeds.serve("/vice.xml", feed("Vice", [LEAK_VICE, *OLD]))
        feeds.serve("/verge.xml", feed("Verge", [LEAK_VERGE, *OLD_VERGE]))
        clock.advance(hours=1)
        await app.poll(due_only=False)
        yield app


async def test_new_articles_are_segmented_once_and_the_backfill_is_not(bot):
    ids = {(s.feed, s.article.uid): s.id for s in bot.store.latest_articles(["Vice", "The Verge"], 10)}
    texts = bot.store.article_texts(list(ids.values()))
    assert texts[ids["Vice", "leak"]] == (" ".join(VICE), tuple(VICE))  # the clean text, a line per block
    assert texts[ids["The Verge", "leak"]] == ("\n".join(VERGE), tuple(VERGE))
    assert texts[ids["Vice", "old"]] == (OLD[0][2][0], ())  # a feed's first poll: segmented only if it is ever shown
    # Kept apart from the articles' rows: a digest reads them for the stories it shows only.
    assert all(s.article.lead == "" and s.article.sentences == () for s in bot.store.latest_articles(["Vice"], 10))


async def test_the_digest_gives_the_story_one_summary_from_every_source_and_every_source(bot):
    digest = await bot.preview_digest("tech")
    [story] = digest.items
    assert story.title == LEAK_VICE[1] and story.source == "Vice"
    assert story.summary == SUMMARY  # Vice's lede says what the Verge's does
    data = digest_to_json(digest)["items"][0]
    assert data["summary"] == story.summary
    assert data["sources"] == [
        {"source": "Vice", "title": LEAK_VICE[1], "link": "https://vice.example/leak"},
        {"source": "The Verge", "title": LEAK_VERGE[1], "link": "https://verge.example/leak"},
    ]
    assert "Vice · The Verge · " in render_text(digest)


async def test_lede_mode_is_the_lead_articles_excerpt(bot):
    settings = bot.settings.replace(summaries=bot.settings.summaries.replace(mode="lede"))
    rules = DigestRules.from_settings(settings.feeds, settings.digest, settings.summaries)
    candidates = bot.store.articles_since(["Vice", "The Verge"], T0, T0 + timedelta(hours=2))
    digest = build_digest(candidates, settings.channels[0], now=T0, since=T0, rules=rules)
    assert digest.items[0].summary == digest.items[0].excerpt == " ".join(VICE)


async def test_news_story_shows_the_story_whole(bot):
    reply = await bot.commands().handle(parse_command("story LLaMA 4chan", platform="slack", channel="C1"))
    assert not reply.error and reply.text == f"The story “{LEAK_VICE[1]}”:"
    assert reply.lines[0] == "Summary: " + SUMMARY
    joined = f"    Vice: “{LEAK_VICE[1]}” + The Verge: “{LEAK_VERGE[1]}”: near-identical headlines, score 0.90"
    assert reply.lines[1:] == ("Why these are one story:", "  grouped by: near-identical headlines", joined)
    assert [(i.source, i.title, i.link) for i in reply.items] == [
        ("Vice", LEAK_VICE[1], "https://vice.example/leak"),
        ("The Verge", LEAK_VERGE[1], "https://verge.example/leak"),
    ]
    alone = await bot.commands().handle(parse_command("story older", platform="slack", channel="C1"))
    assert alone.lines[-1] == "  one article: nothing else was grouped with it"
    nothing = await bot.commands().handle(parse_command("story zeppelin", platform="slack", channel="C1"))
    assert nothing.text == "No stored article matches zeppelin." and not nothing.items
    usage = await bot.commands().handle(parse_command("story", platform="slack", channel="C1"))
    assert usage.error and "Usage: `/news story <words>`" in usage.text


async def test_tidings_explain_says_the_same(bot):
    lines = await bot.explain(await bot.channel("tech"), "https://verge.example/leak", provenance=True)
    at = lines.index(f"The story “{LEAK_VICE[1]}”:")
    assert lines[at + 1] == "Summary: " + SUMMARY
    assert lines[at + 2] == "Sources (2):"
    assert lines[at + 3].startswith(f"  Vice: “{LEAK_VICE[1]}” https://vice.example/leak (")
    assert lines[at + 4].startswith(f"  The Verge: “{LEAK_VERGE[1]}” https://verge.example/leak (")
    assert lines[at + 5:] == ["Why these are one story:", "  grouped by: near-identical headlines",
                              f"    Vice: “{LEAK_VICE[1]}” + The Verge: “{LEAK_VERGE[1]}”: near-identical headlines, score 0.90"]  # fmt: skip


# --- ranking ---------------------------------------------------------------------------------------------


def test_stories_rank_by_independent_sources_then_recency_then_watch_terms():
    def story(n, feeds, title, hours_ago):
        return [stored(n * 10 + k, feed=f, title=title, hours_ago=hours_ago) for k, f in enumerate(feeds)]

    wide = story(1, ["A", "B", "C"], "Three outlets cover the Halvard SecureGate flaw today", 5)
    wired = story(2, ["A", "Wire", "Wire2"], "An aggregated story about the Orrin OX switches", 4)  # aggregators
    newer = story(3, ["A", "B"], "Two outlets cover the Paystream Harbor breach today", 1)
    older = story(4, ["A", "B"], "Two outlets cover the Glasswing ransomware attack", 3)
    same_time = story(5, ["C"], "One outlet covers the Kestrel Ridge SSRF", 2)
    watched = story(6, ["B"], "One outlet covers a zeppelin sighting", 2)
    rules = DigestRules(aggregators=frozenset({"Wire", "Wire2"}))
    ch = channel(feeds=("A", "B", "C", "Wire", "Wire2"), rank="coverage", watchlist=("zeppelin",), max_items=10)
    everything = wide + wired + newer + older + same_time + watched
    titles = [c.lead.article.title for c in select(everything, ch, rules)]
    assert titles == [wide[0].article.title, newer[0].article.title, older[0].article.title,
                      watched[0].article.title, same_time[0].article.title, wired[0].article.title]  # fmt: skip
    assert channel().rank == "coverage"  # the default


# --- renderers: the sources line --------------------------------------------------------------------------


def multi(n: int) -> DigestItem:
    sources = tuple((f"Outlet {k}", f"Headline {k}", f"https://outlet{k}.example/story") for k in range(n))
    return DigestItem(title="Headline 0", link=sources[0][2], excerpt="The excerpt.", source="Outlet 0",
                      published=T0 - timedelta(hours=2), summary="The summary. In two sentences.", sources=sources,
                      also=tuple((s, link) for s, _, link in sources[1:]))  # fmt: skip


@pytest.mark.parametrize("n, slack_line, discord_line, text_line", [
    (2, "<https://outlet0.example/story|Outlet 0> · <https://outlet1.example/story|Outlet 1> · 2 h ago",
     "[Outlet 0](https://outlet0.example/story) · [Outlet 1](https://outlet1.example/story)",
     "Outlet 0 · Outlet 1 · 2 h ago"),
    (5, "<https://outlet0.example/story|Outlet 0> · <https://outlet1.example/story|Outlet 1> · +3 more · 2 h ago",
     "[Outlet 0](https://outlet0.example/story) · [Outlet 1](https://outlet1.example/story) · +3 more",
     "Outlet 0 · Outlet 1 · +3 more · 2 h ago"),
])  # fmt: skip
def test_every_platform_shows_the_summary_and_the_sources_line(n, slack_line, discord_line, text_line):
    item = multi(n)
    section, context = slack_render.item_blocks(item, T0)
    assert section["text"]["text"].endswith("\nThe summary. In two sentences.")
    assert context["elements"][0]["text"] == slack_line
    embed = discord_render.item_embed(item, T0)
    assert embed["description"] == "The summary. In two sentences.\n\n" + discord_line
    from bot.models import Digest, DigestGroup

    text = render_text(Digest("c", "T", T0, (DigestGroup("", (item,)),)))
    assert "  The summary. In two sentences.\n  " + text_line + "\n" in text


def test_an_undated_item_says_undated_on_every_platform_never_just_now():
    """unseen9 #12: heise's RSS 0.91 items have no date (published = first seen, has_date False):
    every renderer showed "just now", which reads as news minutes old (they were from 2016)."""
    from bot.models import Digest, DigestGroup, digest_from_dict, digest_to_dict

    undated = stored(1, hours_ago=0)
    undated = replace(undated, article=replace(undated.article, has_date=False))
    digest = build_digest([undated, stored(2, hours_ago=3)], channel(), now=T0, since=T0 - timedelta(days=1),
                          rules=DigestRules())  # fmt: skip
    item, dated = sorted(digest.items, key=lambda i: i.title)
    assert not item.dated and dated.dated
    assert slack_render.item_blocks(item, T0)[1]["elements"][0]["text"] == "Feed A · undated"
    assert slack_render.item_blocks(dated, T0)[1]["elements"][0]["text"] == "Feed A · 3 h ago"
    embed = discord_render.item_embed(item, T0)
    assert embed["footer"] == {"text": "Feed A · undated"} and "timestamp" not in embed
    assert discord_render.item_embed(dated, T0)["footer"] == {"text": "Feed A · 3 h ago"}
    text = render_text(Digest("c", "T", T0, (DigestGroup("", (item, dated)),)))
    assert "  Feed A · undated\n" in text and "  Feed A · 3 h ago\n" in text and "just now" not in text
    # (the delivery log keeps it: a digest posted after a restart says the same)
    assert digest_from_dict(digest_to_dict(digest)) == digest


def test_a_summary_is_never_cut_into_a_sentence_it_does_not_have():
    """The summary is what the digest shows; a platform's limit cuts it with a visible "…"."""
    long = DigestItem(title="t", link="https://outlet.example/x", excerpt="e", source="s", published=T0,
                      summary=" ".join(split_sentences("A sentence that goes on. " * 400)))  # fmt: skip
    embed = discord_render.item_embed(long, T0)
    assert embed["description"].endswith("…") and len(embed["description"]) <= 4096


def test_an_edit_keeps_the_sentences_of_an_unchanged_lead_only(database_url):
    from bot.models import Article
    from bot.store import Store

    store = Store(database_url)
    try:
        store.sync_feeds([("A", "https://a.example/feed")])
        first = Article(uid="u1", link="https://a.example/1", title="A title", excerpt="One. Two.", published=T0,
                        content_hash="h1", lead="One sentence here. Two sentences here.")  # fmt: skip
        [new] = store.store_articles("A", [first], now=T0)
        store.set_sentences({new.id: "One sentence here.\nTwo sentences here."})

        def sentences():
            return store.article_texts([new.id])[new.id][1]

        store.store_articles("A", [replace(first, title="A better title", content_hash="h2")], now=T0)
        assert sentences() == ("One sentence here.", "Two sentences here.")  # the title changed, not the lead
        store.store_articles("A", [replace(first, lead="Another lead entirely.", content_hash="h3")], now=T0)
        assert sentences() == ()  # segmented again when it is shown
    finally:
        store.close()


async def test_llm_mode_through_the_bot_summarises_each_story_once_and_falls_back_on_failure(
    feeds, clock, database_url
):
    """[summaries] mode = "llm": the bot builds the model client itself (bot/app.py);
    a digest shows the model's summary, a second digest asks nothing again, and
    when the model fails a story gets the extractive summary."""
    from tests.fakes.fake_model import FakeModel, answer, status

    clock.set(T0)
    feeds.serve("/vice.xml", feed("Vice", OLD))
    feeds.serve("/verge.xml", feed("Verge", OLD_VERGE))
    async with FakeModel() as model:
        settings = settings_from_dict({
            "storage": {"url": database_url},
            "digest": {"fetch_articles": False},
            "summaries": {"mode": "llm", "llm": {"base_url": model.base_url, "timeout": "5s"}},
            "feeds": [{"name": "Vice", "url": feeds.url("/vice.xml"), "tags": ["tech"]},
                      {"name": "The Verge", "url": feeds.url("/verge.xml"), "tags": ["tech"]}],
            "channels": [{"name": "tech", "platform": "slack", "target": "C1", "tags": ["tech"], "max_items": 5}],
        })  # fmt: skip
        async with Tidings(
            settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={}
        ) as app:
            await app.poll()
            await app.db.set_channel_state("tech", last_digest_at=clock.now(), cutoff=clock.now())
            feeds.serve("/vice.xml", feed("Vice", [LEAK_VICE, *OLD]))
            feeds.serve("/verge.xml", feed("Verge", [LEAK_VERGE, *OLD_VERGE]))
            clock.advance(hours=1)
            await app.poll(due_only=False)
            grounded = "Meta's LLaMA language model leaked on 4chan, a week after Meta announced it."
            model.script.append(answer(grounded))
            [story] = (await app.preview_digest("tech")).items
            assert story.summary == grounded and len(model.requests) == 1
            [again] = (await app.preview_digest("tech")).items  # cached: not asked again
            assert again.summary == grounded and len(model.requests) == 1
            scraped = app.metrics.text().decode()  # the model client's counts, at /metrics
            assert 'tidings_model_summaries_total{outcome="summarised"} 1.0' in scraped, scraped
            assert 'tidings_model_summaries_total{outcome="requests"} 1.0' in scraped
            # The model fails from now on: a new story gets the extractive summary.
            model.default = lambda request: status(500)
            phone = ("phone", "Verge reviews the Example phone and its two-day battery",
                     ["The Example phone lasts two days on one charge, the review found."], 0)  # fmt: skip
            feeds.serve("/verge.xml", feed("Verge", [phone, LEAK_VERGE, *OLD_VERGE]))
            clock.advance(hours=1)
            await app.poll(due_only=False)
            items = {i.title: i for i in (await app.preview_digest("tech")).items}
            assert items[phone[1]].summary == phone[2][0] and len(model.requests) >= 2
            assert items[LEAK_VICE[1]].summary == grounded
            # The daily prune forgets model summaries with the articles they summed up.
            assert _model_rows(app) > 0
            clock.advance(days=settings.storage.retention_days + 1)
            await app.jobs.prune()
            assert _model_rows(app) == 0


def _model_rows(app) -> int:
    import sqlalchemy as sa

    with app.store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM model_summaries")).scalar_one()
