"""Prove tests/fakes/fake_discord.py against the real, unmodified discord.py client."""

from __future__ import annotations

import asyncio
import io
import zlib

import aiohttp
import discord
import discord.gateway
import discord.http
import pytest
from discord import app_commands

from tests.fakes.fake_discord import (
    DEFAULT_CHANNEL_ID,
    DEFAULT_GUILD_ID,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    MAX_CONTENT,
    MAX_EMBED_DESCRIPTION,
    FakeDiscord,
    assert_no_leaks,
    point_discord_py_at,
)

GUILD = discord.Object(DEFAULT_GUILD_ID)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class NewsBot(discord.Client):
    """A tiny bot with a /news group: search (autocomplete), digest (defer + follow-up)."""

    def __init__(self) -> None:
        super().__init__(
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            # discord.py waits this long after the last GUILD_CREATE before on_ready (default 2 s)
            guild_ready_timeout=0.05,
        )
        self.tree = app_commands.CommandTree(self)
        self.gate = asyncio.Event()
        self.callback_errors: list[Exception] = []
        news = app_commands.Group(name="news", description="News digests")

        @news.command(name="search", description="Search headlines")
        async def search(interaction: discord.Interaction, query: str) -> None:
            await interaction.response.send_message(f"Results for {query}", ephemeral=True)

        @search.autocomplete("query")
        async def search_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [
                app_commands.Choice(name=f"{current} {topic}", value=f"{current}-{topic}") for topic in ("news", "ai")
            ]

        @news.command(name="digest", description="Post a digest of the latest headlines")
        async def digest(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            embed = discord.Embed(title="Today's digest", description="1. Headline")
            await interaction.followup.send(embed=embed)

        @news.command(name="refresh", description="Defer, then edit the original response")
        async def refresh(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.edit_original_response(content="Refreshed 3 feeds")

        @news.command(name="topics", description="Pick a topic")
        async def topics(interaction: discord.Interaction, topic: str) -> None:
            await interaction.response.send_message(topic)

        @topics.autocomplete("topic")
        async def too_many(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"topic {i}", value=str(i)) for i in range(26)]

        @news.command(name="slow", description="Answers only when the test opens the gate")
        async def slow(interaction: discord.Interaction) -> None:
            await self.gate.wait()
            try:
                await interaction.response.send_message("finally")
            except discord.HTTPException as exc:
                self.callback_errors.append(exc)

        self.tree.add_command(news, guild=GUILD)


async def start_client(client: discord.Client, token: str = DEFAULT_TOKEN) -> asyncio.Task:
    """Start ``client`` like production code does and wait until on_ready (or failure)."""
    task = asyncio.create_task(client.start(token))
    await asyncio.sleep(0)  # let start() run Client._async_setup_hook before wait_until_ready
    ready = asyncio.ensure_future(client.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        ready.cancel()
        task.result()  # re-raise the login/connect error
        raise AssertionError("client.start() returned before ready")
    if ready not in done:
        ready.cancel()
        task.cancel()
        raise AssertionError("client did not become ready within 5 s")
    return task


@pytest.fixture
async def fake():
    async with FakeDiscord() as fake:
        with point_discord_py_at(fake):
            yield fake


@pytest.fixture
async def bot(fake):
    client = NewsBot()
    task = await start_client(client)
    yield client
    client.gate.set()
    await client.close()
    await asyncio.wait_for(task, 5)
    await fake.close()
    await assert_no_leaks()


@pytest.fixture
async def synced(bot):
    await bot.tree.sync(guild=GUILD)
    return bot


def test_point_discord_py_at_restores_originals():
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    fake = FakeDiscord()
    fake.port = 1234
    with point_discord_py_at(fake):
        assert discord.http.Route.BASE == "http://127.0.0.1:1234/api/v10"
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:1234/gateway"
    # (constant-looking attribute on the right keeps ruff's SIM300 quiet)
    assert base == discord.http.Route.BASE
    assert gateway == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


async def test_connects_identifies_and_caches_guild(fake, bot):
    channel = bot.get_guild(DEFAULT_GUILD_ID).get_channel(DEFAULT_CHANNEL_ID)
    assert isinstance(channel, discord.TextChannel) and channel.name == "news"
    assert bot.user.id == fake.bot_user_id and bot.application_id == fake.application_id
    assert channel.permissions_for(channel.guild.me).send_messages
    me = next(c for c in fake.requests if c.path == "/users/@me")
    assert me.headers["Authorization"] == f"Bot {DEFAULT_TOKEN}"
    conn = fake.gateway_connections[0]
    assert conn.query == {"v": "10", "encoding": "json", "compress": "zlib-stream"} and conn.compressed
    identify = next(op for op in fake.gateway_ops if op.op == 2)
    assert identify.d["intents"] == discord.Intents.default().value
    assert any(op.op == 1 for op in fake.gateway_ops)  # discord.py heartbeats right after HELLO


async def test_tree_sync_records_guild_commands(fake, bot):
    commands = await bot.tree.sync(guild=GUILD)
    [news] = fake.synced_commands[DEFAULT_GUILD_ID]
    assert news["name"] == "news"
    search = next(o for o in news["options"] if o["name"] == "search")
    assert search["type"] == 1 and search["options"][0] == {
        **search["options"][0],
        "name": "query",
        "type": 3,
        "autocomplete": True,
    }
    assert [c.id for c in commands] == [int(news["id"])]
    assert "global" not in fake.synced_commands


async def test_slash_command_answered_ephemerally(fake, synced):
    iid = await fake.send_slash_command(
        "news",
        [{"name": "search", "type": 1, "options": [{"name": "query", "type": 3, "value": "rust"}]}],
    )
    response = await fake.wait_for_response(iid)
    assert (response.type, response.content) == (4, "Results for rust")
    assert response.data["flags"] == 64 and response.ephemeral
    assert response.allowed_mentions == {"parse": []}
    assert 0 <= response.delay < 3 and not fake.late


async def test_subcommand_path_shorthand(fake, synced):
    iid = await fake.send_slash_command("news search", [{"name": "query", "value": "go"}])
    assert (await fake.wait_for_response(iid)).content == "Results for go"
    sent = fake.interactions[iid].payload["data"]
    assert sent["options"] == [{"name": "search", "type": 1, "options": [{"name": "query", "type": 3, "value": "go"}]}]
    assert sent["id"] == fake.synced_commands[DEFAULT_GUILD_ID][0]["id"]


async def test_send_slash_command_refuses_what_discord_would_not_send(fake, synced):
    with pytest.raises(LookupError):
        await fake.send_slash_command("weather", [])
    with pytest.raises(ValueError, match="unknown option"):
        await fake.send_slash_command("news search", [{"name": "q", "value": "x"}])
    with pytest.raises(ValueError, match="missing required"):
        await fake.send_slash_command("news search", [])


async def test_autocomplete_answered(fake, synced):
    iid = await fake.send_autocomplete("news search", [{"name": "query", "value": "py", "focused": True}])
    response = await fake.wait_for_response(iid)
    assert response.type == 8
    assert response.choices == [
        {"name": "py news", "value": "py-news"},
        {"name": "py ai", "value": "py-ai"},
    ]


async def test_autocomplete_with_26_choices_refused(fake, synced):
    iid = await fake.send_autocomplete("news topics", [{"name": "topic", "value": "", "focused": True}])
    with pytest.raises(AssertionError, match="callback refused: data.choices is longer than 25"):
        await fake.wait_for_response(iid)
    rejected = fake.rejected
    assert rejected[0].status == 400 and rejected[0].code == 50035
    assert "data.choices is longer than 25" in rejected[0].reason
    assert fake.interactions[iid].callback is None


async def test_defer_then_followup(fake, synced):
    iid = await fake.send_slash_command("news digest", [])
    defer = await fake.wait_for_response(iid)
    assert defer.type == 5 and defer.data == {"flags": 64}
    followup = await fake.wait_for(lambda: next((r for r in fake.interaction_responses if r.kind == "followup"), None))
    assert followup.embeds[0]["title"] == "Today's digest"
    assert followup.replaces_deferred and followup.ephemeral  # keeps the defer's ephemeral flag
    assert followup.allowed_mentions == {"parse": []}
    post = next(c for c in fake.requests if c.path.startswith("/webhooks/"))
    assert post.path == f"/webhooks/{fake.application_id}/{fake.interactions[iid].token}"
    assert post.query["wait"] == "1"


async def test_channel_send_embed_recorded(fake, bot):
    channel = bot.get_partial_messageable(DEFAULT_CHANNEL_ID)
    sent = await channel.send(embed=discord.Embed(title="Headline", description="Excerpt", url="https://example.org/a"))
    [message] = fake.messages
    assert sent.id == message.id and message.channel_id == DEFAULT_CHANNEL_ID
    assert message.embeds[0]["title"] == "Headline" and message.embeds[0]["url"] == "https://example.org/a"
    assert message.allowed_mentions == {"parse": []}
    assert sent.embeds[0].description == "Excerpt"


async def test_message_limits_at_the_edge_accepted(fake, bot):
    channel = bot.get_partial_messageable(DEFAULT_CHANNEL_ID)
    await channel.send("x" * MAX_CONTENT, embed=discord.Embed(description="d" * MAX_EMBED_DESCRIPTION))
    assert len(fake.messages) == 1 and fake.rejected == []


def _fields(n: int, name: str = "n", value: str = "v") -> discord.Embed:
    embed = discord.Embed(title="t")
    for _ in range(n):
        embed.add_field(name=name, value=value)
    return embed


OVER_LIMIT = {
    "content": ({"content": "x" * 2001}, "content is longer than 2000"),
    "title": ({"embed": discord.Embed(title="t" * 257)}, "embeds.0.title is longer than 256"),
    "description": (
        {"embed": discord.Embed(description="d" * 4097)},
        "embeds.0.description is longer than 4096",
    ),
    "fields": ({"embed": _fields(26)}, "embeds.0.fields is longer than 25"),
    "field name": (
        {"embed": _fields(1, name="n" * 257)},
        "embeds.0.fields.0.name is longer than 256",
    ),
    "field value": (
        {"embed": _fields(1, value="v" * 1025)},
        "embeds.0.fields.0.value is longer than 1024",
    ),
    "footer": (
        {"embed": discord.Embed(title="t").set_footer(text="f" * 2049)},
        "embeds.0.footer.text is longer than 2048",
    ),
    "author": (
        {"embed": discord.Embed(title="t").set_author(name="a" * 257)},
        "embeds.0.author.name is longer than 256",
    ),
    "total": (
        {"embeds": [discord.Embed(description="d" * 3500), discord.Embed(description="d" * 2501)]},
        "embeds total size 6001 exceeds 6000",
    ),
    "empty field": ({"embed": _fields(1, value="")}, "embeds.0.fields.0.value is required"),
}


@pytest.mark.parametrize("kwargs, reason", OVER_LIMIT.values(), ids=OVER_LIMIT.keys())
async def test_over_limit_message_refused(fake, bot, kwargs, reason):
    with pytest.raises(discord.HTTPException) as excinfo:
        await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send(**kwargs)
    assert excinfo.value.status == 400 and excinfo.value.code == 50035
    assert [r.reason for r in fake.rejected] == [reason]
    assert fake.messages == []


async def test_empty_message_refused(fake, bot):
    with pytest.raises(discord.HTTPException) as excinfo:
        await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send(embeds=[])
    assert (excinfo.value.status, excinfo.value.code) == (400, 50006)


async def test_429_is_retried_by_discord_py(fake, bot):
    fake.fail_next("POST", "/channels/*/messages", status=429, retry_after=0.01)
    await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send("after the rate limit")
    posts = [c for c in fake.requests if c.path == f"/channels/{DEFAULT_CHANNEL_ID}/messages"]
    assert [c.status for c in posts] == [429, 200]
    assert [m.content for m in fake.messages] == ["after the rate limit"]
    assert fake.rejected[0].body == {
        "message": "You are being rate limited.",
        "retry_after": 0.01,
        "global": False,
    }


async def test_403_surfaces_as_forbidden(fake, bot):
    fake.fail_next("POST", "/channels/*/messages", status=403)
    with pytest.raises(discord.Forbidden) as excinfo:
        await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send("nope")
    assert excinfo.value.code == 50013 and fake.messages == []


async def test_unknown_channel_is_not_found(fake, bot):
    with pytest.raises(discord.NotFound) as excinfo:
        await bot.get_partial_messageable(999).send("hello?")
    assert excinfo.value.code == 10003


async def test_503_surfaces_as_server_error(fake, bot):
    fake.fail_next("POST", "/channels/*/messages", status=503)
    with pytest.raises(discord.DiscordServerError):
        await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send("down")


async def test_late_callback_is_flagged(fake, synced):
    clock = FakeClock()
    fake.clock = clock
    iid = await fake.send_slash_command("news slow", [])
    clock.now += 3.5
    synced.gate.set()
    with pytest.raises(AssertionError, match="Discord would have failed it"):
        await fake.wait_for_response(iid)
    response = await fake.wait_for_response(iid, allow_late=True)
    assert response.late and response.delay == pytest.approx(3.5)
    assert fake.late == [response]
    await fake.wait_for(lambda: synced.callback_errors)
    assert isinstance(synced.callback_errors[0], discord.NotFound) and synced.callback_errors[0].code == 10062


async def test_gateway_drop_resumes_and_replays_missed_events(fake, synced):
    session_id = await fake.wait_until_connected()
    await fake.drop_gateway()
    iid = await fake.send_slash_command("news search", [{"name": "query", "value": "while offline"}])
    assert (await fake.wait_for_response(iid)).content == "Results for while offline"
    resume = next(op for op in fake.gateway_ops if op.op == 6)
    assert resume.d["session_id"] == session_id and resume.d["seq"] >= 2
    assert fake.gateway_connections[1].path == "/gateway/resume" and fake.gateway_connections[1].resumed
    assert sum(op.op == 2 for op in fake.gateway_ops) == 1  # no second IDENTIFY


async def test_invalidated_session_reidentifies(fake, bot):
    async def no_identify_delay(shard_id, *, initial=False):
        pass  # Client.before_identify_hook sleeps 5 s before every non-initial IDENTIFY

    bot.before_identify_hook = no_identify_delay
    await fake.drop_gateway(invalidate_session=True)
    await fake.wait_for(lambda: sum(op.op == 2 for op in fake.gateway_ops) == 2)
    await fake.wait_until_connected()
    assert any(c.resumed is False and c.session_id for c in fake.gateway_connections[1:])


async def test_bad_token_is_login_failure(fake):
    client = discord.Client(intents=discord.Intents.default())
    with pytest.raises(discord.LoginFailure):
        async with client:
            await client.start("wrong-token")
    assert fake.rejected[0].status == 401


async def test_privileged_intents_refused_like_discord(fake):
    client = discord.Client(intents=discord.Intents.all(), guild_ready_timeout=0.05)
    async with client:
        with pytest.raises(discord.PrivilegedIntentsRequired):
            await client.start(DEFAULT_TOKEN)


async def test_incoming_webhook_via_discord_py_and_raw_http(fake):
    hook = fake.add_webhook(name="Tidings digest")
    async with aiohttp.ClientSession() as session:
        webhook = discord.Webhook.from_url(hook.discord_url, session=session)
        sent = await webhook.send(
            "digest",
            embed=discord.Embed(title="t"),
            wait=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        assert sent.id == fake.messages[0].id and fake.messages[0].webhook_id == hook.id
        assert fake.messages[0].allowed_mentions == {"parse": []} and fake.messages[0].username == "Tidings digest"
        async with session.post(hook.url, json={"content": "raw"}) as resp:
            assert resp.status == 204
        async with session.post(hook.url, json={"content": "x" * 2001}) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 50035
        async with session.post(hook.url.rsplit("/", 1)[0] + "/bad-token", json={"content": "x"}) as resp:
            assert resp.status == 401
    assert [m.content for m in fake.messages] == ["digest", "raw"]


async def test_raw_http_errors_have_discord_shape(fake):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{fake.api_base}/users/@me") as resp:
            assert resp.status == 401 and await resp.json() == {
                "message": "401: Unauthorized",
                "code": 0,
            }
        async with session.get(f"{fake.api_base}/nope", headers={"Authorization": f"Bot {DEFAULT_TOKEN}"}) as resp:
            assert resp.status == 404 and (await resp.json())["code"] == 0
        async with session.get(f"{fake.api_base}/gateway") as resp:
            assert await resp.json() == {"url": fake.gateway_url}
        embeds = [{"title": "t"}] * 11  # discord.py refuses >10 itself (ValueError), so check raw
        async with session.post(
            f"{fake.api_base}/channels/{DEFAULT_CHANNEL_ID}/messages",
            json={"embeds": embeds},
            headers={"Authorization": f"Bot {DEFAULT_TOKEN}"},
        ) as resp:
            body = await resp.json()
            assert resp.status == 400 and body["errors"]["embeds"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    assert [r.path for r in fake.rejected] == [
        "/users/@me",
        "/nope",
        f"/channels/{DEFAULT_CHANNEL_ID}/messages",
    ]


async def test_gateway_zlib_stream_frames(fake):
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(fake.gateway_url + "?v=10&encoding=json&compress=zlib-stream") as ws,
    ):
        msg = await ws.receive(timeout=5)
        assert msg.type is aiohttp.WSMsgType.BINARY and msg.data.endswith(b"\x00\x00\xff\xff")
        assert b'"op": 10' in zlib.decompressobj().decompress(msg.data)


async def test_members_interaction_payload(fake, synced):
    iid = await fake.send_slash_command(
        "news search",
        [{"name": "query", "value": "x"}],
        user_id=DEFAULT_USER_ID,
        permissions=1 << 11,
    )
    await fake.wait_for_response(iid)
    member = fake.interactions[iid].payload["member"]
    assert member["user"]["id"] == str(DEFAULT_USER_ID) and member["permissions"] == str(1 << 11)


async def test_defer_then_edit_original(fake, synced):
    iid = await fake.send_slash_command("news refresh", [])
    assert (await fake.wait_for_response(iid)).data == {}  # thinking, not ephemeral
    edit = await fake.wait_for(lambda: next((r for r in fake.interaction_responses if r.kind == "edit_original"), None))
    assert edit.content == "Refreshed 3 feeds" and not edit.ephemeral
    assert edit.message_id == fake.interactions[iid].original_message_id
    patch = next(c for c in fake.requests if c.method == "PATCH")
    assert patch.path.endswith("/messages/@original")


async def test_fetch_channel(fake, bot):
    channel = await bot.fetch_channel(DEFAULT_CHANNEL_ID)
    assert channel.name == "news" and channel.guild.id == DEFAULT_GUILD_ID
    with pytest.raises(discord.NotFound):
        await bot.fetch_channel(12345)


async def test_rest_only_client_can_post_without_gateway(fake):
    client = discord.Client(intents=discord.Intents.none())
    async with client:
        await client.login(DEFAULT_TOKEN)
        await client.get_partial_messageable(DEFAULT_CHANNEL_ID).send("no gateway needed")
    assert [m.content for m in fake.messages] == ["no gateway needed"]
    assert fake.gateway_connections == []


async def test_close_leaves_no_tasks_or_threads(fake):
    client = NewsBot()
    task = await start_client(client)
    await client.tree.sync(guild=GUILD)
    iid = await fake.send_slash_command("news search", [{"name": "query", "value": "x"}])
    await fake.wait_for_response(iid)
    await client.close()
    await asyncio.wait_for(task, 5)
    assert task.exception() is None
    await fake.close()
    await assert_no_leaks()


async def test_multipart_payload_json_is_parsed(fake, bot):
    file = discord.File(io.BytesIO(b"headline,url\n"), filename="digest.csv")
    await bot.get_partial_messageable(DEFAULT_CHANNEL_ID).send("with file", file=file)
    [message] = fake.messages
    assert message.content == "with file" and message.files == ["digest.csv"]
    assert message.allowed_mentions == {"parse": []}
