"""The /news handlers, platform-neutral: Command in, Reply out."""

import io

import pytest

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.commands import parse_command, parse_search
from bot.config import settings_from_dict
from bot.models import Command
from tests.builders import T0, rss


@pytest.fixture
async def app(feeds, clock, database_url):
    clock.set(T0)
    feeds.serve("/sec.xml", rss([("s1", "Ransomware hits Example Corp"), ("s2", "Patch Tuesday roundup")], title="Sec"))
    feeds.serve("/eng.xml", rss([("e1", "Release 2.0 of the Example DB")], title="Eng"))
    feeds.serve("/extra.xml", rss([("x1", "Extra feed story")], title="Extra Feed Title"))
    settings = settings_from_dict(
        {
            "storage": {"url": database_url},
            "digest": {"fetch_articles": False},
            # The test's feeds are on 127.0.0.1, which chat-added URLs may not reach by default.
            "polling": {"allow_private_networks": True},
            "feeds": [
                {"name": "Sec", "url": feeds.url("/sec.xml"), "tags": ["security"]},
                {"name": "Eng", "url": feeds.url("/eng.xml"), "tags": ["engineering"]},
            ],
            "channels": [{"name": "security", "platform": "slack", "target": "C1", "tags": ["security"]}],
        },
    )
    bot = Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={})
    async with bot:
        await bot.poll()
        yield bot


def cmd(text: str, *, admin: bool = False, channel: str = "C1") -> Command:
    return parse_command(text, platform="slack", channel=channel, user="U1", is_admin=admin)


async def ask(app, text: str, **kw):
    return await app.commands().handle(cmd(text, **kw))


async def test_help_lists_every_command(app):
    reply = await ask(app, "help")
    assert not reply.error and reply.ephemeral
    for name in ("latest", "search", "feeds", "digest", "subscribe", "unsubscribe", "status"):
        assert any(line.startswith(f"`/news {name}") for line in reply.lines), name


async def test_empty_command_is_help(app):
    assert (await ask(app, "")).lines == (await ask(app, "help")).lines


async def test_unknown_command_suggests(app):
    reply = await ask(app, "serch ransomware")
    assert reply.error and reply.text == "Unknown command `serch`. Did you mean `/news search`? Try `/news help`."


async def test_latest_in_a_channel_uses_its_feeds(app):
    reply = await ask(app, "latest")
    assert [i.title for i in reply.items] == ["Ransomware hits Example Corp", "Patch Tuesday roundup"]
    assert reply.text == "The latest from #security's feeds:"


async def test_latest_by_feed_tag_and_count(app):
    assert [i.title for i in (await ask(app, "latest Eng")).items] == ["Release 2.0 of the Example DB"]
    assert len((await ask(app, "latest security 1")).items) == 1
    bad = await ask(app, "latest 99")
    assert bad.error and "Ask for 1 to 20 items." in bad.text and "Usage: `/news latest [feed|tag] [n]`" in bad.text
    assert (await ask(app, "latest nosuchthing")).error


async def test_search(app):
    reply = await ask(app, "search ransomware")
    assert [i.title for i in reply.items] == ["Ransomware hits Example Corp"]
    assert reply.text == "1 article matching `ransomware`, best first:"
    assert (await ask(app, 'search "patch tuesday" source:Sec since:7d')).items[0].title == "Patch Tuesday roundup"
    assert (await ask(app, "search release tag:engineering")).items[0].source == "Eng"
    assert (await ask(app, "search nothing-like-this")).text == "No articles match `nothing-like-this`."
    assert "since:12h" in (await ask(app, "search x since:soon")).text
    assert (await ask(app, "search")).error


async def test_search_input_is_never_sql(app):
    reply = await ask(app, "search %' OR 1=1 --")
    assert not reply.error and reply.items == ()


async def test_feeds_shows_health(app, feeds):
    reply = await ask(app, "feeds")
    assert reply.text == "#security follows 1 feed:"
    assert reply.lines[0].startswith("✅ Sec — last success just now, next poll in 30 min")


async def test_status(app):
    reply = await ask(app, "status")
    assert reply.lines[0] == "Feeds: 2 (2 ok, 0 failing)"
    # The first polls are kept unread until something needs their articles (bot/backlog.py): said so.
    assert reply.lines[1:3] == (
        "Archive: 0 articles",
        "First polls not read yet: 2 feeds, 3 entries (read when first needed)",
    )
    assert "#security: last digest never" in reply.lines
    await ask(app, "search rust")  # (a search reads them first)
    assert (await ask(app, "status")).lines[1:3] == ("Archive: 3 articles", "#security: last digest never")


async def test_status_counts_the_catalogs_feeds_only(app):
    """A feed row the catalog no longer has (removed from the settings, failing when it
    went) is not counted: status reads every row and keeps the catalog's (issue 18)."""
    app.store.sync_feeds([("Sec", "http://127.0.0.1:9/sec.xml"), ("Eng", "http://127.0.0.1:9/eng.xml"),
                          ("Gone", "http://127.0.0.1:9/gone.xml")])  # fmt: skip
    app.store.update_feed("Gone", last_checked_at=T0, failing_since=T0, last_error="HTTP 404")
    reply = await ask(app, "status")
    assert reply.lines[0] == "Feeds: 2 (2 ok, 0 failing)"
    assert not any("Gone" in line for line in reply.lines)


@pytest.mark.parametrize("text", ["digest", "subscribe Eng", "unsubscribe Eng"])
async def test_mutating_commands_need_an_admin(app, text):
    reply = await ask(app, text, admin=False)
    assert reply.error and reply.text.startswith("Sorry, only admins can use `/news")
    assert app.store.subscriptions() == []


async def test_digest_posts_through_the_channel_adapter(app):
    reply = await ask(app, "digest", admin=True)
    assert reply.text == "Posted the digest: 2 items."
    assert (await ask(app, "digest", admin=True)).text == "Nothing new since the last digest."


async def test_subscribe_and_unsubscribe_by_name_and_tag(app):
    assert (await ask(app, "subscribe Eng", admin=True)).text.startswith("Done: #security now follows the feed “Eng”")
    assert "already follows" in (await ask(app, "subscribe eng", admin=True)).text
    assert await app.catalog.followed(await app.catalog.channel("security")) == ["Sec", "Eng"]
    assert "in settings.toml" in (await ask(app, "subscribe security", admin=True)).text
    assert (await ask(app, "unsubscribe Eng", admin=True)).text == "Done: #security no longer follows feed “Eng”."
    assert "in settings.toml" in (await ask(app, "unsubscribe security", admin=True)).text
    assert (await ask(app, "subscribe nothing", admin=True)).error


async def test_subscribe_in_a_new_chat_channel_creates_it(app):
    reply = await ask(app, "subscribe engineering", admin=True, channel="C999")
    assert reply.text.startswith("Done: #slack-c999 now follows every feed tagged “engineering”")
    channel = await app.catalog.channel_for("slack", "C999")
    assert channel.name == "slack-c999" and await app.catalog.followed(channel) == ["Eng"]


async def test_subscribe_by_url_checks_it_is_a_feed(app, feeds):
    reply = await ask(app, f"subscribe {feeds.url('/extra.xml')}", admin=True)
    assert reply.text.startswith("Done: #security now follows the feed “Extra Feed Title”"), reply.text
    assert "Extra Feed Title" in [f.name for f in await app.catalog.feeds()]
    feeds.serve("/page.html", "<html><body>hi</body></html>", content_type="text/html")
    bad = await ask(app, f"subscribe {feeds.url('/page.html')}", admin=True)
    assert bad.error and "is not a feed: the URL returned an HTML page" in bad.text
    report = await app.poll(due_only=False)
    assert "Extra Feed Title" in [o.feed for o in report.outcomes]


async def test_share_makes_the_answer_visible(app):
    assert (await ask(app, "latest share")).ephemeral is False
    assert (await ask(app, "latest")).ephemeral is True


def test_parse_command_quotes():
    assert parse_command('search "zero day" since:7d').args == ("zero day", "since:7d")
    assert parse_command('search "unbalanced').args == ("unbalanced",)
    assert parse_command("  ").name == ""


def test_parse_search_filters():
    q = parse_search(["ransomware", "since:2w", "source:Krebs", "tag:Security"], now=T0)
    assert q.words == ("ransomware",) and q.source == "Krebs" and q.tag == "security"
    assert (T0 - q.since).days == 14


async def test_digest_says_when_the_post_failed(app):
    from bot.chat import DeliveryError

    class Down(ConsoleAdapter):
        async def post(self, channel, digest, **kwargs):
            raise DeliveryError(
                "Slack channel C1: not_in_channel: invite the bot with /invite @Tidings", permanent=True
            )

    app.adapters["console"] = Down(out=io.StringIO())
    reply = await ask(app, "digest", admin=True)
    assert reply.error and reply.text.startswith("Could not post the digest: Slack channel C1: not_in_channel")
    console = app.adapters["console"] = ConsoleAdapter(out=io.StringIO())
    # Asked again, it posts the digest that never arrived (it said "Nothing new since the last digest").
    reply = await ask(app, "digest", admin=True)
    assert reply.text == "Posted the last digest, which had not been delivered: 2 items. Nothing new since then."
    app.clock.advance(hours=2)
    assert await app.deliverer.resume() == 0  # nothing left to retry: nothing was lost, nothing posted twice
    assert len(console.posted) == 1 and len(console.posted[0][1].items) == 2
