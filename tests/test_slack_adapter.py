"""The Slack adapter end to end: the real slack_bolt / slack_sdk talking to the fake
Slack server, the real Tidings app on a local feed server, SQLite and a FakeClock.
Nothing in slack_bolt or slack_sdk is mocked."""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import urlencode

import aiohttp
import pytest

from adapters.console import ConsoleAdapter
from adapters.slack import SlackAdapter, SlackWebhookAdapter
from bot.app import Tidings
from bot.chat import DeliveryError
from bot.config import settings_from_dict
from bot.models import Digest, DigestGroup, DigestItem
from tests.fakes.fake_slack import FakeSlack, ask, shown

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def rss(count: int) -> bytes:
    items = "".join(
        f"<item><guid>id{n}</guid><title>Story {n} &amp; friends</title><link>https://news.example/{n}</link>"
        f"<description>The lede of story {n}, long enough to stand on its own as the excerpt of a digest item.</description><pubDate>{format_datetime(NOW - timedelta(hours=n))}</pubDate></item>"
        for n in range(1, count + 1)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Example</title>{items}</channel></rss>".encode()


@pytest.fixture
async def fake():
    async with FakeSlack(
        channels={"C0NEWS": "news", "C0QUIET": "quiet", "C0OTHER": "other"},
        members_of={"C0QUIET": {"U0USER"}},  # the bot was never invited to #quiet
        admins={"U0ADMIN"},
    ) as server:
        yield server


@pytest.fixture
async def start_bot(fake, feeds, clock, tmp_path):
    """start_bot(**slack_settings) -> (Tidings, SlackAdapter), adapters started, feeds polled."""
    clock.set(NOW)
    feed_url = feeds.serve("/feed.xml", rss(8))
    bots = []

    async def start(env_extra=None, http=False, news=None, **slack):
        env = {
            "SLACK_BOT_TOKEN": fake.bot_token,
            "SLACK_APP_TOKEN": fake.app_token,
            "NEWS_WEBHOOK": fake.response_url("hook"),
        }
        env.update(env_extra or {})
        settings = settings_from_dict(
            {
                "storage": {"url": f"sqlite:///{tmp_path / 'tidings.db'}"},
                "digest": {"first_digest_items": 3, "fetch_articles": False},  # never leave 127.0.0.1
                "feeds": [{"name": "Example", "url": feed_url, "tags": ["news"]}],
                "channels": [
                    {"name": "news", "platform": "slack", "target": "C0NEWS", "tags": ["news"], **(news or {})},
                    {"name": "quiet", "platform": "slack", "target": "C0QUIET", "tags": ["news"]},
                    {"name": "hooked", "platform": "slack-webhook", "webhook_env": "NEWS_WEBHOOK", "tags": ["news"]},
                ],
                "slack": {"api_base_url": fake.api_url, "admins": ["U0BOSS"], **slack},
            },
            base_dir=tmp_path,
        )
        if http:  # port 0: any free port (the settings file itself insists on a real one)
            settings = settings.replace(slack=settings.slack.replace(http_port=0))
        slack_adapter = SlackAdapter(settings, clock=clock, env=env)
        adapters = {
            "slack": slack_adapter,
            "slack-webhook": SlackWebhookAdapter(settings, clock=clock, env=env),
            "console": ConsoleAdapter(out=io.StringIO()),
        }
        bot = Tidings(settings, clock=clock, adapters=adapters, env=env)
        await bot.__aenter__()
        bots.append(bot)
        await bot.poll()
        await bot.start_adapters()
        return bot, slack_adapter

    yield start
    for bot in bots:
        await bot.close()


def big_digest(n: int = 60) -> Digest:
    items = tuple(
        DigestItem(
            title=f"Story {k}",
            link=f"https://news.example/{k}",
            excerpt="A long lede. " * 150,
            source="Example",
            published=NOW - timedelta(minutes=k),
        )  # fmt: skip
        for k in range(n)
    )
    return Digest(channel="news", title="Big news", generated_at=NOW, groups=(DigestGroup("", items),))


# --- digests ----------------------------------------------------------------------------------


async def test_a_digest_is_posted_with_blocks_through_the_configured_api(fake, start_bot):
    bot, _ = await start_bot()
    digest = await bot.post_digest("news")
    assert [m.channel for m in fake.messages] == ["C0NEWS"]
    message = fake.messages[0]
    assert message.blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": digest.title, "emoji": True}}
    # A first digest says under its title how many older stories it held back.
    assert message.blocks[1]["text"]["text"].startswith("The first digest here: the newest 3 stories. 5 older ones")
    assert (
        message.blocks[2]["text"]["text"]
        == "*<https://news.example/1|Story 1 &amp; friends>*\nThe lede of story 1, long enough to stand on its own as the excerpt of a digest item."
    )
    assert message.blocks[3]["elements"][0]["text"] == "Example · 1 h ago"
    assert message.text.startswith(f"{digest.title}: 3 items (and 5 more) — Story 1 &amp; friends;")
    assert fake.rejected == []
    # Every call went to api_base_url: sign-in, Socket Mode and posting.
    assert {"auth.test", "apps.connections.open", "chat.postMessage"} <= {c.method for c in fake.calls}
    assert fake.socket_connected


async def test_a_rate_limit_is_waited_out_and_the_digest_posted_once(fake, start_bot, clock):
    bot, _ = await start_bot()
    fake.fail_next("chat.postMessage", status=429, retry_after=7)
    assert await bot.post_digest("news") is not None
    assert clock.slept == [7.0]  # Retry-After, on the injected clock
    assert len(fake.messages) == 1
    assert [c.status for c in fake.calls if c.method == "chat.postMessage"] == [429, 200]


async def test_a_server_error_is_retried_with_backoff(fake, start_bot, clock):
    bot, adapter = await start_bot()
    fake.fail_next("chat.postMessage", status=502, times=2)  # a proxy's plain-text error page
    channel = await bot.channel("news")
    ts = await adapter.post(channel, big_digest(2))
    assert len(ts) == 1 and len(fake.messages) == 1
    assert len(clock.slept) == 2 and 1.5 < clock.slept[0] < 2.5 and 3 < clock.slept[1] < 5


async def test_not_in_channel_fails_permanently_with_one_clear_log_line(fake, start_bot, caplog):
    bot, adapter = await start_bot()
    channel = await bot.channel("quiet")
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="tidings.slack"):
        for _ in range(3):
            with pytest.raises(DeliveryError) as failure:
                await adapter.post(channel, big_digest(2))
            assert failure.value.permanent
    assert "invite it there with /invite @Tidings" in str(failure.value)
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("tidings") and r.levelno >= logging.WARNING]
    assert len(lines) == 1 and "C0QUIET" in lines[0]
    assert "/invite @Tidings" in adapter.problems["quiet"]  # kept for the admin alert
    fake.members_of["C0QUIET"].add(fake.bot_user_id)  # someone invited the bot
    await adapter.post(channel, big_digest(2))
    assert adapter.problems == {}
    assert [c.method for c in fake.calls].count(
        "chat.postMessage"
    ) == 4  # three tries, one success: never retried in a loop


async def test_a_digest_too_big_for_one_message_is_split(fake, start_bot):
    bot, adapter = await start_bot()
    ts = await adapter.post(await bot.channel("news"), big_digest())
    assert len(ts) == len(fake.messages) > 2
    assert all(m.thread_ts is None for m in fake.messages)
    links = [b["text"]["text"] for m in fake.messages for b in m.blocks if b["type"] == "section"]
    assert sum(f"<https://news.example/{k}|" in t for t in links for k in range(60)) == 60
    assert fake.rejected == []


async def test_thread_mode_puts_the_rest_of_a_big_digest_in_a_thread(fake, start_bot):
    bot, adapter = await start_bot(split="thread")
    ts = await adapter.post(await bot.channel("news"), big_digest())
    first, *rest = fake.messages
    assert first.thread_ts is None and rest
    assert all(m.thread_ts == first.ts for m in rest)
    assert ts == [m.ts for m in fake.messages]


async def test_a_bad_app_token_fails_start_at_once_with_a_clear_error(fake, feeds, clock, tmp_path):
    settings = settings_from_dict({"slack": {"api_base_url": fake.api_url}})
    env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_APP_TOKEN": "xapp-not-the-right-one"}
    adapter = SlackAdapter(settings, clock=clock, env=env)

    async def handler(command):  # pragma: no cover - never called
        raise AssertionError

    with pytest.raises(DeliveryError) as failure:
        await adapter.start(handler)
    assert failure.value.permanent and "SLACK_APP_TOKEN" in str(failure.value) and "invalid_auth" in str(failure.value)
    await adapter.close()

    adapter = SlackAdapter(settings, clock=clock, env={**env, "SLACK_BOT_TOKEN": "xoxb-wrong"})
    with pytest.raises(DeliveryError) as failure:
        await adapter.start(handler)
    assert failure.value.permanent and "SLACK_BOT_TOKEN" in str(failure.value)
    assert not fake.socket_connected


async def test_slack_webhook_channels_get_the_same_messages(fake, start_bot, clock):
    bot, _ = await start_bot()
    digest = await bot.post_digest("hooked")
    [post] = fake.response_url_posts
    assert post.key == "hook"
    assert post.body["blocks"][0]["text"]["text"] == digest.title
    assert post.body["blocks"][2]["text"]["text"].startswith("*<https://news.example/1|Story 1 &amp; friends>*")
    assert post.body["text"].startswith(digest.title)


async def test_a_revoked_webhook_fails_permanently(fake, clock):
    settings = settings_from_dict({
        "feeds": [{"name": "Example", "url": "https://news.example/feed"}],
        "channels": [{"name": "hooked", "platform": "slack-webhook", "webhook_env": "HOOK", "feeds": ["Example"]}],
    })  # fmt: skip
    adapter = SlackWebhookAdapter(settings, clock=clock, env={"HOOK": f"{fake.base_url}/response/deleted"})
    with pytest.raises(DeliveryError) as failure:
        await adapter.post(settings.channels[0], big_digest(1))
    assert failure.value.permanent and "create a new incoming webhook" in str(failure.value)
    assert clock.slept == []  # not retried


async def test_a_watchlist_match_is_posted_at_once_with_its_one_mention(fake, feeds, start_bot, clock):
    bot, _ = await start_bot(news={"watchlist": ["SecureGate"], "watchlist_mention": "S0SECTEAM"})
    assert fake.messages == []  # the first poll is history
    feeds.serve("/feed.xml", rss(8).replace(b"<item><guid>id1</guid>", (
        b"<item><guid>new</guid><title>SecureGate &lt;!channel&gt; flaw exploited</title><link>https://news.example/new</link>"
        b"<description>A long enough lede about the SecureGate flaw, so that it is an excerpt and not a teaser.</description>"
        b"</item><item><guid>id1</guid>")))  # fmt: skip
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    [message] = fake.messages
    assert message.channel == "C0NEWS"
    assert message.text.startswith("<!subteam^S0SECTEAM> Watchlist: SecureGate")
    assert message.blocks[1]["text"]["text"] == "<!subteam^S0SECTEAM>"
    assert "SecureGate &lt;!channel&gt; flaw exploited" in message.blocks[2]["text"]["text"]
    assert "<!channel>" not in str(message.params)


# --- the slash command ----------------------------------------------------------------------


async def test_every_subcommand_once(fake, start_bot):
    bot, _ = await start_bot()

    body = await ask(fake, "help")
    assert body["response_type"] == "ephemeral"
    assert shown(body).startswith("Tidings commands")
    for usage in ("`/news latest [feed|tag] [n]`", "`/news search &lt;words&gt; [since:7d] [source:NAME] [tag:T]`",
                  "`/news feeds`", "`/news digest`", "`/news subscribe", "`/news unsubscribe", "`/news status`"):  # fmt: skip
        assert usage in shown(body)

    body = await ask(fake, "latest 2")
    assert shown(body).startswith("The latest from #news's feeds:")
    assert "<https://news.example/1|Story 1 &amp; friends>" in shown(body) and "news.example/3|" not in shown(body)

    body = await ask(fake, "search story since:7d")
    assert shown(body).startswith("8 articles matching `story`")

    body = await ask(fake, "feeds")
    assert shown(body).startswith("#news follows 1 feed:\n✅ Example — last success just now")

    body = await ask(fake, "status")
    assert shown(body).startswith("Tidings status:\nFeeds: 1 (1 ok, 0 failing)")

    body = await ask(fake, "why https://news.example/1")
    assert shown(body).startswith("About that article and #news:\n“Story 1 &amp; friends” from Example")

    body = await ask(fake, "story Story 1")  # one story whole: its summary, grouping and every article, linked
    assert shown(body).startswith("The story “Story 1 &amp; friends”:\nSummary: The lede of story 1, long enough")
    assert "one article: nothing else was grouped with it" in shown(body)
    assert "<https://news.example/1|Story 1 &amp; friends>" in shown(body)

    body = await ask(fake, "digest", user="U0ADMIN")  # a workspace admin, says users.info
    assert shown(body) == "Posted the digest: 3 items."
    assert [m.channel for m in fake.messages] == ["C0NEWS"]

    body = await ask(fake, "subscribe news", user="U0BOSS", channel="C0OTHER")  # listed in [slack].admins
    assert (
        shown(body) == "Done: #slack-c0other now follows every feed tagged “news”. New items come in the next digest."
    )
    body = await ask(fake, "unsubscribe news", user="U0BOSS", channel="C0OTHER")
    assert shown(body) == "Done: #slack-c0other no longer follows tag “news”."
    assert [c.params["user"] for c in fake.calls if c.method == "users.info"] == ["U0ADMIN"]  # admins list: no lookup
    assert fake.rejected == []


async def test_a_non_admin_is_refused_politely(fake, start_bot):
    await start_bot()
    body = await ask(fake, "subscribe news", user="U0USER")
    assert shown(body) == ("Sorry, only admins can use `/news subscribe`. Ask a workspace admin or owner, "
                           "or someone listed in `[slack] admins` in settings.toml.")  # fmt: skip
    assert body["response_type"] == "ephemeral"
    await ask(fake, "digest", user="U0USER")
    assert fake.messages == []
    # users.info answers are cached for a while.
    assert [c.params["user"] for c in fake.calls if c.method == "users.info"] == ["U0USER"]


async def test_unknown_commands_and_bad_arguments_get_a_usage_line(fake, start_bot):
    await start_bot()
    body = await ask(fake, "frobnicate")
    assert shown(body) == "Unknown command `frobnicate`. Try `/news help`."
    body = await ask(fake, "search")
    assert (
        shown(body)
        == "Give some words to search for.\nUsage: `/news search &lt;words&gt; [since:7d] [source:NAME] [tag:T]`"
    )
    body = await ask(fake, "latest 99")
    assert shown(body).startswith("Ask for 1 to 20 items.\nUsage: `/news latest")
    body = await ask(fake, '<!channel> "unbalanced')
    assert "<!channel>" not in str(body) and "Unknown command `&lt;!channel&gt;`" in shown(body)


async def test_share_answers_in_the_channel(fake, start_bot):
    await start_bot()
    body = await ask(fake, "latest 1 share")
    assert body["response_type"] == "in_channel"
    assert "<https://news.example/1|" in shown(body)


async def test_a_renamed_command_is_the_one_answered(fake, start_bot):
    await start_bot(command="/headlines")
    ack = await fake.send_slash_command("help", command="/headlines")
    key = ack and fake.envelopes[-1]["payload"]["response_url"].rsplit("/", 1)[1]
    [post] = await fake.wait_for(lambda f: [p for p in f.response_url_posts if p.key == key])
    assert "`/headlines latest [feed|tag] [n]`" in shown(post.body)


# --- HTTP mode --------------------------------------------------------------------------------


def signed(body: str, *, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/x-www-form-urlencoded"}  # fmt: skip


async def test_http_mode_answers_signed_commands_and_refuses_the_rest(fake, start_bot):
    _, adapter = await start_bot(env_extra={"SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": ""}, http=True,
                                 mode="http", http_host="127.0.0.1", http_path="/slack/events")  # fmt: skip
    assert not fake.socket_connected and adapter.port

    def form(key: str) -> str:
        return urlencode({
            "token": "legacy", "team_id": fake.team_id, "team_domain": "fake", "channel_id": "C0NEWS",
            "channel_name": "news", "user_id": "U0USER", "user_name": "alice", "command": "/news", "text": "help",
            "api_app_id": "A0APP", "response_url": fake.response_url(key), "trigger_id": "1.2.3",
        })  # fmt: skip

    url = f"http://127.0.0.1:{adapter.port}/slack/events"
    async with aiohttp.ClientSession() as session:
        body = form("good")
        async with session.post(url, data=body, headers=signed(body)) as response:
            assert response.status == 200
        [post] = await fake.wait_for(lambda f: [p for p in f.response_url_posts if p.key == "good"])
        assert shown(post.body).startswith("Tidings commands")

        body = form("forged")
        async with session.post(url, data=body, headers=signed(body, secret="not-the-secret")) as response:
            assert response.status == 401
        body = form("stale")
        async with session.post(url, data=body, headers=signed(body, timestamp=int(time.time()) - 6 * 60)) as response:
            assert response.status == 401
        body = form("tampered")
        async with session.post(url, data=body.replace("help", "digest"), headers=signed(body)) as response:
            assert response.status == 401
    assert [p.key for p in fake.response_url_posts] == ["good"]


async def test_the_ack_comes_before_a_slow_answer_and_a_crash_is_one_line(fake, start_bot):
    import asyncio

    from bot.models import Reply

    _, adapter = await start_bot()
    release = asyncio.Event()

    async def slow(command):
        await release.wait()  # longer than Slack's 3 s, if nobody released it
        if command.name == "boom":
            raise RuntimeError("a bug in a handler")
        return Reply(text=f"slow answer to {command.name}")

    await adapter.start(slow)
    ack = await fake.send_slash_command("latest", timeout=2)  # acked while the handler still waits
    assert not ack.get("payload") and fake.response_url_posts == []
    release.set()
    [post] = await fake.wait_for(lambda f: f.response_url_posts)
    assert shown(post.body) == "slow answer to latest"

    await fake.send_slash_command("boom")
    posts = await fake.wait_for(lambda f: f.response_url_posts[1:])
    assert shown(posts[0].body) == "Something went wrong on our side; the admin can find the details in the log."


def test_the_manifest_declares_what_the_adapter_uses():
    from pathlib import Path

    from bot.config import SlackSettings

    manifest = (Path(__file__).parent.parent / "slack-app-manifest.yml").read_text(encoding="utf-8")
    assert f"- command: {SlackSettings().command}\n" in manifest
    assert "socket_mode_enabled: true" in manifest
    scopes = re.findall(r"^\s+- ([a-z_.:]+)\s", manifest, re.M)
    assert {"chat:write", "commands", "users:read"} <= set(scopes)


async def test_commands_still_work_after_slack_refreshes_the_socket(fake, start_bot):
    await start_bot()
    fake.close_socket(send_disconnect=True)  # what Slack does every few hours
    await fake.wait_for(lambda f: f.socket_connections == 2 and f.socket_connected)
    body = await ask(fake, "status")
    assert shown(body).startswith("Tidings status:")


async def test_digest_command_delivers_the_last_digest_when_it_never_arrived(fake, start_bot):
    """/news digest said "Nothing new since the last digest" when that digest had never been delivered."""
    await start_bot()
    fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    body = await ask(fake, "digest", user="U0ADMIN")
    assert shown(body).startswith("Could not post the digest") and fake.messages == []
    fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    body = await ask(fake, "digest", user="U0ADMIN")
    assert shown(body).startswith("The last digest (3 items, made just now) has not been delivered yet: "), shown(body)
    assert "it is retried automatically" in shown(body) and fake.messages == []
    body = await ask(fake, "digest", user="U0ADMIN")  # Slack takes it now
    assert shown(body) == "Posted the last digest, which had not been delivered: 3 items. Nothing new since then."
    assert [m.channel for m in fake.messages] == ["C0NEWS"] and "Story 1" in fake.messages[0].text


async def test_what_a_user_typed_is_quoted_back_as_typed(fake, start_bot):
    """Slack echoed a look-alike star (∗) for the user's * into mrkdwn: a code span shows it as typed."""
    await start_bot()
    body = await ask(fake, "latest *nope*")
    assert shown(body).startswith("No feed or tag named `*nope*`.") and "\u2217" not in shown(body)
    body = await ask(fake, "search zzz*")
    assert shown(body) == "No articles match `zzz*`."
    body = await ask(fake, "search ransom source:*x*")
    assert shown(body).startswith("No feed named `*x*`.")
    body = await ask(fake, "subscribe _x_", user="U0BOSS")
    assert shown(body).startswith("No feed or tag named `_x_`.")
    body = await ask(fake, "unsubscribe ~x~", user="U0BOSS")
    assert shown(body) == "#news does not follow tag `~x~`."
