"""The Discord adapter end to end: the real discord.py against the fake Discord
(tests/fakes/fake_discord.py), the real Tidings app on SQLite, feeds from a local
server, and a clock the test moves. Nothing in discord.py is mocked."""

import io
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

import pytest

from adapters.console import ConsoleAdapter
from adapters.discord import DiscordAdapter, DiscordStartError, DiscordWebhookAdapter
from bot.app import Tidings
from bot.chat import DeliveryError
from bot.commands import SPECS
from bot.config import settings_from_dict
from tests.fakes.fake_discord import (
    DEFAULT_CHANNEL_ID,
    DEFAULT_GUILD_ID,
    DEFAULT_MEMBER_PERMISSIONS,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    EPHEMERAL,
    MANAGE_GUILD,
    FakeDiscord,
    assert_no_leaks,
    point_discord_py_at,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
CHANNEL, GUILD = DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID
ALICE = DEFAULT_USER_ID  # a member: may read, may not change
BOB = DEFAULT_USER_ID + 1  # has the "News Admin" role
ROLE = 1500000000000000006
ENV = {"DISCORD_TOKEN": DEFAULT_TOKEN}
SUBCOMMANDS = set(SPECS)  # every /news command of the core, "why" included

# (not "**Breaking**": a pair of "**" around words is emphasis a title loses, set34 F9)
HOSTILE_TITLE = "@everyone <@&123> *Breaking* ** [click](https://evil.example)"


def rss(items: list[tuple[str, str, str]], title: str = "Example News") -> bytes:
    """items: (id, title, description text), newest first; one hour apart before NOW."""
    parts = []
    for n, (uid, headline, text) in enumerate(items):
        parts.append(
            f"<item><guid>{uid}</guid><title>{xml_escape(headline)}</title>"
            f"<link>https://news.example/{uid}</link><description>{xml_escape(xml_escape(text))}</description>"
            f"<pubDate>{format_datetime(NOW - timedelta(hours=n + 1))}</pubDate></item>"
        )
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>"
            f"{''.join(parts)}</channel></rss>").encode()  # fmt: skip


def make_settings(tmp_path, fake, feeds, *, guild_id=GUILD, target=CHANNEL, **extra):
    raw = {
        "storage": {"url": f"sqlite:///{tmp_path / 'tidings.db'}"},
        "digest": {"first_digest_items": 25, "excerpt_length": 2000},
        "feeds": [
            {"name": "Example", "url": feeds.url("/example.xml"), "tags": ["news"]},
            {"name": "World Wire", "url": feeds.url("/world.xml"), "tags": ["world"]},
        ],
        "channels": [
            {"name": "news", "platform": "discord", "target": str(target), "feeds": ["Example"], "max_items": 25}
        ],  # fmt: skip
        "discord": {"api_base_url": fake.api_base, "gateway_url": fake.gateway_url, "admin_roles": ["News Admin"]},
    }
    if guild_id is not None:
        raw["discord"]["guild_id"] = guild_id
    raw["feeds"] += extra.pop("more_feeds", [])
    raw.update(extra)
    return settings_from_dict(raw, base_dir=tmp_path)


@pytest.fixture
async def fake():
    async with FakeDiscord(members={ALICE: "alice", BOB: "bob"}, roles={ROLE: "News Admin"}) as fake:
        with point_discord_py_at(fake):
            yield fake


@pytest.fixture
def served(feeds):
    stories = [(f"s{n}", f"Story {n}", f"The lede of story {n}. More follows.") for n in range(1, 24)]
    stories.insert(0, ("hostile", HOSTILE_TITLE, "<@123456789012345678> ||spoiler|| " + "long text. " * 450))
    feeds.serve("/example.xml", rss(stories))
    feeds.serve("/world.xml", rss([("w1", "World story", "Far away.")], title="World Wire"))
    return stories


@pytest.fixture
async def make_app(fake, feeds, served, clock, tmp_path):
    """Build, start and poll a Tidings app whose channel is on (fake) Discord."""
    clock.set(NOW)
    apps = []

    async def make(**kwargs):
        settings = make_settings(tmp_path, fake, feeds, **kwargs)
        adapter = DiscordAdapter(settings, clock=clock, env=ENV, guild_ready_timeout=0.05, ready_timeout=5)
        app = Tidings(settings, clock=clock, env=ENV,
                      adapters={"discord": adapter, "console": ConsoleAdapter(out=io.StringIO())})  # fmt: skip
        apps.append(app)
        await app.__aenter__()
        await app.start_adapters()
        await app.poll()
        return app

    yield make
    for app in apps:
        await app.close()
    await fake.close()
    await assert_no_leaks()


@pytest.fixture
async def app(make_app):
    return await make_app()


async def run(fake, name, options=(), *, user=ALICE, followups=1, **kwargs):
    """Send "/news <sub>"; return (the interaction callback, its follow-ups)."""
    iid = await fake.send_slash_command(name, list(options), user_id=user, **kwargs)
    first = await fake.wait_for_response(iid)

    def done():
        answers = [r for r in fake.interaction_responses if r.interaction_id == iid and r.kind == "followup"]
        return answers if len(answers) >= followups else None

    return first, await fake.wait_for(done)


def posted(fake):
    return [m for m in fake.messages if m.channel_id == CHANNEL and m.webhook_id is None]


# --- start ------------------------------------------------------------------------------------


async def test_ready_with_the_news_group_synced_to_the_guild(fake, app):
    [news] = fake.synced_commands[GUILD]
    assert "global" not in fake.synced_commands
    assert news["name"] == "news" and {o["name"] for o in news["options"]} == SUBCOMMANDS
    assert news["dm_permission"] is False and news["default_member_permissions"] is None
    latest = next(o for o in news["options"] if o["name"] == "latest")
    assert [(o["name"], o.get("autocomplete", False)) for o in latest["options"]] == [
        ("what", True), ("count", False), ("share", False)]  # fmt: skip
    identify = next(op for op in fake.gateway_ops if op.op == 2)
    assert identify.d["intents"] == 1  # GUILDS only: nothing privileged


async def test_without_a_guild_id_the_commands_are_synced_globally(fake, make_app):
    await make_app(guild_id=None)
    assert [c["name"] for c in fake.synced_commands["global"]] == ["news"]
    assert GUILD not in fake.synced_commands


async def test_a_wrong_token_is_one_clear_error(fake, feeds, served, clock, tmp_path):
    adapter = DiscordAdapter(make_settings(tmp_path, fake, feeds), clock=clock, env={"DISCORD_TOKEN": "wrong"},
                             guild_ready_timeout=0.05)  # fmt: skip
    with pytest.raises(DiscordStartError, match="Discord refused the token in DISCORD_TOKEN"):
        await adapter.start(None)
    with pytest.raises(DiscordStartError, match="DISCORD_TOKEN is not set"):
        await DiscordAdapter(make_settings(tmp_path, fake, feeds), clock=clock, env={}).start(None)
    await fake.close()
    await assert_no_leaks()


async def test_a_guild_the_bot_is_not_in_is_one_clear_error(fake, feeds, served, clock, tmp_path):
    settings = make_settings(tmp_path, fake, feeds, guild_id=GUILD + 7)
    adapter = DiscordAdapter(settings, clock=clock, env=ENV, guild_ready_timeout=0.05)
    with pytest.raises(DiscordStartError, match="not in that server .*applications.commands"):
        await adapter.start(lambda command: None)
    await fake.close()
    await assert_no_leaks()


# --- digests ----------------------------------------------------------------------------------


async def test_a_digest_posted_end_to_end_split_inert_and_without_pings(fake, app, served):
    digest = await app.post_digest("news")
    assert len(digest.items) == 24
    messages = posted(fake)
    assert [len(m.embeds) for m in messages] == [10, 10, 4] and fake.rejected == []
    assert all(m.allowed_mentions == {"parse": []} for m in messages)
    assert [m.content for m in messages][0].startswith("**news — Fri 27 Nov 2026** (1/3)")
    embeds = [e for m in messages for e in m.embeds]
    assert [e["url"] for e in embeds] == [f"https://news.example/{uid}" for uid, _, _ in served]
    hostile = embeds[0]
    assert hostile["title"] == ("@\u200beveryone <\u200b@&123> \\*Breaking\\* \\*\\* "
                                "\\[click\\](https://evil.example)")  # fmt: skip
    assert hostile["description"].startswith("<\u200b@123456789012345678> \\|\\|spoiler\\|\\|")
    assert hostile["footer"] == {"text": "Example · 1 h ago"} and hostile["timestamp"].startswith("2026-11-27T11:00")
    assert embeds[1]["title"] == "Story 1" and embeds[1]["description"] == "The lede of story 1. More follows."


async def test_a_watchlist_post_may_ping_its_role_and_nothing_else(fake, app):
    alert = replace(await app.preview_digest("news"), mention=str(ROLE), alert=True)
    await app.adapters["discord"].post(await app.channel("news"), alert)
    messages = posted(fake)
    assert messages[0].content.startswith(f"<@&{ROLE}> ")
    assert messages[0].allowed_mentions == {"parse": [], "roles": [ROLE]}
    assert [m.allowed_mentions for m in messages[1:]] == [{"parse": []}, {"parse": []}]


async def test_a_429_is_waited_out_by_discord_py(fake, app, clock):
    fake.fail_next("POST", "/channels/*/messages", status=429, retry_after=0.01)
    assert await app.post_digest("news") is not None
    statuses = [c.status for c in fake.requests if c.path == f"/channels/{CHANNEL}/messages"]
    assert statuses == [429, 200, 200, 200]
    assert clock.slept == []  # discord.py waited, not our retry


async def test_a_503_is_retried_with_backoff_on_our_clock(fake, app, clock):
    fake.fail_next("POST", "/channels/*/messages", status=503)
    assert await app.post_digest("news") is not None
    statuses = [c.status for c in fake.requests if c.path == f"/channels/{CHANNEL}/messages"]
    assert statuses == [503, 200, 200, 200] and len(posted(fake)) == 3
    assert len(clock.slept) == 1 and 1.5 <= clock.slept[0] <= 2.5


async def test_missing_permissions_is_permanent_logged_once_told_to_an_admin_and_loses_nothing(fake, app, caplog):
    fake.fail_next("POST", "/channels/*/messages", status=403, times=2)
    adapter = app.adapters["discord"]
    with caplog.at_level(logging.INFO, logger="tidings.discord"):
        with pytest.raises(DeliveryError, match="Missing Permissions"):
            await app.post_digest("news")
        app.clock.advance(hours=2)
        assert await app.deliverer.resume() == 0  # still failing the second time: not logged again
        errors = [r.getMessage() for r in caplog.records if r.name == "tidings.discord" and r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert "403 Missing Permissions (code 50013)" in errors[0] and "Send Messages and Embed Links" in errors[0]
    channel = await app.channel("news")
    with pytest.raises(DeliveryError) as excinfo:
        fake.fail_next("POST", "/channels/*/messages", status=403)
        await adapter.post(channel, await app.preview_digest("news"))
    assert excinfo.value.permanent

    # A member is not told; the next admin is, once.
    _, [answer] = await run(fake, "news help")
    _, answers = await run(fake, "news help", user=BOB, roles=[ROLE], followups=2)
    assert "cannot post everywhere" in answers[1].content and "Missing Permissions" in answers[1].content
    assert answers[1].ephemeral
    _, answers = await run(fake, "news help", user=BOB, roles=[ROLE])
    assert len([r for r in fake.interaction_responses if r.interaction_id == answers[0].interaction_id]) == 2

    # Fixed: the kept digest is retried and arrives whole, none lost.
    app.clock.advance(hours=2)
    assert await app.deliverer.resume() == 1
    assert len(posted(fake)) == 3 and sum(len(m.embeds) for m in posted(fake)) >= 24
    assert adapter.problems == {}


async def test_an_unknown_channel_is_permanent_and_says_what_to_do(fake, make_app):
    app = await make_app(target=999)
    with pytest.raises(DeliveryError) as excinfo:
        await app.adapters["discord"].post(await app.channel("news"), await app.preview_digest("news"))
    assert excinfo.value.permanent
    assert "404 Unknown Channel (code 10003)" in str(excinfo.value) and "check `target`" in str(excinfo.value)


# --- slash commands ---------------------------------------------------------------------------


async def test_every_subcommand_once(fake, app):
    admin = dict(user=BOB, roles=[ROLE])
    cases = [
        ("news help", [], {}, "Tidings commands"),
        ("news latest", [{"name": "what", "value": "Example"}, {"name": "count", "value": 3}], {},
         "The latest from Example:"),
        ("news search", [{"name": "query", "value": '"Story 2" since:7d'}], {}, "matching"),
        ("news feeds", [], {}, "#news follows 1 feed:"),
        ("news status", [], {}, "Tidings status:"),
        ("news subscribe", [{"name": "what", "value": "world"}], admin, "Done: #news now follows every feed tagged"),
        ("news unsubscribe", [{"name": "what", "value": "world"}], admin, "Done: #news no longer follows tag"),
        ("news digest", [], admin, "Posted the digest: 24 items."),
        ("news why", [{"name": "url", "value": "https://news.example/nowhere"}], {}, "has not stored an article"),
        ("news story", [{"name": "words", "value": '"Story 2"'}], {}, "The story “Story 2"),
    ]  # fmt: skip
    for name, options, who, expected in cases:
        defer, [answer] = await run(fake, name, options, **who)
        assert (defer.type, defer.data.get("flags")) == (5, EPHEMERAL), name  # deferred at once, privately
        assert defer.delay < 3
        assert answer.replaces_deferred and answer.ephemeral, name
        assert expected in answer.content, (name, answer.content)
        assert answer.allowed_mentions == {"parse": []}
    assert {c.split()[1] for c, *_ in cases} == SUBCOMMANDS
    latest = next(r for r in fake.interaction_responses if r.content == "The latest from Example:")
    assert [e["title"] for e in latest.embeds][1:] == ["Story 1", "Story 2"]
    assert len(posted(fake)) == 3  # /news digest posted the digest to the channel


async def test_share_answers_the_channel(fake, app):
    defer, [answer] = await run(fake, "news status", [{"name": "share", "value": True}])
    assert defer.type == 5 and not defer.ephemeral
    assert not answer.ephemeral and answer.content.startswith("Tidings status:")


async def test_a_member_without_manage_server_is_refused_politely(fake, app):
    defer, [answer] = await run(fake, "news subscribe", [{"name": "what", "value": "world"}])
    assert defer.ephemeral and answer.ephemeral
    assert answer.content.startswith("Sorry, only admins can use `/news subscribe`")
    # Discord's words, not Slack's ("workspace admin")
    assert answer.content.endswith("Ask someone with the Manage Server permission, or with a role listed in "
                                   "`[discord] admin_roles` in settings.toml."), answer.content  # fmt: skip
    assert app.store.subscriptions("news") == []
    defer, [answer] = await run(fake, "news digest", [])
    assert answer.ephemeral and "only admins" in answer.content and posted(fake) == []


async def test_manage_server_or_an_admin_role_may_subscribe(fake, app):
    _, [answer] = await run(fake, "news subscribe", [{"name": "what", "value": "world"}],
                            permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD)  # fmt: skip
    assert answer.content.startswith("Done: #news now follows")
    _, [answer] = await run(fake, "news subscribe", [{"name": "what", "value": "World Wire"}], user=BOB, roles=[ROLE])
    assert answer.content.startswith("Done: #news now follows the feed")
    assert [(kind, value) for _, kind, value in app.store.subscriptions("news")] == [
        ("tag", "world"),
        ("feed", "World Wire"),
    ]


async def test_search_passes_quoted_phrases_and_filters(fake, app):
    _, [answer] = await run(fake, "news search", [{"name": "query", "value": '"Story 1"'},
                                                  {"name": "source", "value": "Example"}])  # fmt: skip
    assert answer.content.startswith('1 article matching `"Story 1"`')  # the phrase, not "Story" or "1"
    assert [e["title"] for e in answer.embeds] == ["Story 1"]


async def test_autocomplete_offers_feed_names_and_tags(fake, app):
    iid = await fake.send_autocomplete("news latest", [{"name": "what", "value": "w", "focused": True}])
    response = await fake.wait_for_response(iid)
    assert response.type == 8
    assert response.choices == [{"name": "world (tag)", "value": "world"}, {"name": "World Wire", "value": "World Wire"},
                                {"name": "news (tag)", "value": "news"}]  # starting with "w" first  # fmt: skip
    iid = await fake.send_autocomplete("news search", [{"name": "query", "value": "x"},
                                                       {"name": "tag", "value": "NE", "focused": True}])  # fmt: skip
    assert (await fake.wait_for_response(iid)).choices == [{"name": "news (tag)", "value": "news"}]
    iid = await fake.send_autocomplete("news search", [{"name": "query", "value": "x"},
                                                       {"name": "source", "value": "ex", "focused": True}])  # fmt: skip
    assert (await fake.wait_for_response(iid)).choices == [{"name": "Example", "value": "Example"}]


# --- webhooks ---------------------------------------------------------------------------------


async def test_webhook_channels_post_embeds_without_pings(fake, feeds, served, clock, tmp_path):
    hook = fake.add_webhook(name="Tidings digest")
    settings = make_settings(tmp_path, fake, feeds, guild_id=None)
    channel = settings.channels[0].replace(platform="discord-webhook", target="",
                                                      webhook_env="NEWS_HOOK")  # fmt: skip
    env = {"NEWS_HOOK": hook.discord_url}
    app = Tidings(settings, clock=clock, env=env, adapters={"console": ConsoleAdapter(out=io.StringIO())})
    await app.__aenter__()
    adapter = DiscordWebhookAdapter(settings, clock=clock, env=env)
    try:
        await app.poll()
        digest = await app.preview_digest("news")
        ids = await adapter.post(channel, digest)
        assert [str(m.id) for m in fake.messages] == ids and len(ids) == 3
        assert all(m.webhook_id == hook.id and m.allowed_mentions == {"parse": []} for m in fake.messages)
        assert fake.messages[-1].embeds[-1]["title"] == "Story 23"

        with pytest.raises(DeliveryError, match=r"\$NEWS_HOOK does not hold a Discord webhook URL") as excinfo:
            await DiscordWebhookAdapter(settings, clock=clock, env={}).post(channel, digest)
        assert excinfo.value.permanent
        del fake.webhooks[hook.id]
        with pytest.raises(DeliveryError, match="Unknown Webhook.*create a new one") as excinfo:
            await adapter.post(channel, digest)
        assert excinfo.value.permanent
    finally:
        await adapter.close()
        await app.close()
    await fake.close()
    await assert_no_leaks()


async def test_a_long_answer_is_capped_like_slack_with_a_count_of_the_rest(fake, make_app):
    """One /news feeds call produced 28 follow-up messages (55k characters); Slack stops at 5."""
    bulk = [{"name": f"Bulk feed number {n:03d} with a long enough name to fill lines", "url": f"https://bulk.example/{n}",
             "tags": ["bulk"], "enabled": False} for n in range(400)]  # fmt: skip
    await make_app(
        more_feeds=bulk, channels=[{"name": "news", "platform": "discord", "target": str(CHANNEL), "tags": ["bulk"]}]
    )
    iid = await fake.send_slash_command("news feeds", [], user_id=ALICE)
    await fake.wait_for_response(iid)

    def answers():
        return [r for r in fake.interaction_responses if r.interaction_id == iid and r.kind == "followup"]

    # Until the answer's end: the last feed, or the count of what did not fit.
    await fake.wait_for(
        lambda: any("number 399" in (a.content or "") or "…and" in (a.content or "") for a in answers())
    )
    answers = answers()
    assert len(answers) == 5 and all(len(a.content) <= 2000 for a in answers)
    shown = sum(a.content.count("⏳ Bulk feed") for a in answers)
    last = answers[-1].content.splitlines()[-1]
    assert last == f"…and {400 - shown} more entries that do not fit in a reply", last
    assert answers[0].content.startswith("\\#news follows 400 feeds:")  # (a line-start # would be a heading)
