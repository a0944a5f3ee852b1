"""The fake Slack server, exercised with the real slack_sdk / slack_bolt clients."""

from __future__ import annotations

import json

import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.fake_slack import (
    MAX_BLOCKS,
    MAX_BLOCKS_TOTAL_TEXT,
    MAX_BUTTON_TEXT,
    MAX_CONTEXT_ELEMENTS,
    MAX_HEADER_TEXT,
    MAX_MESSAGE_TEXT,
    MAX_SECTION_FIELD_TEXT,
    MAX_SECTION_FIELDS,
    MAX_SECTION_TEXT,
    FakeSlack,
)


@pytest.fixture
async def fake():
    async with FakeSlack(
        channels={"C0NEWS": "news", "C0QUIET": "quiet", "C0TEAM": "team"},
        # everyone is in #news; the bot is not in #quiet; U0OTHER is not in #team
        members_of={"C0QUIET": {"U0USER"}, "C0TEAM": {"U0BOT", "U0USER"}},
        admins={"U0ADMIN"},
    ) as server:
        yield server


@pytest.fixture
def web(fake: FakeSlack) -> AsyncWebClient:
    return AsyncWebClient(base_url=fake.api_url, token=fake.bot_token)


def section(text: str, **extra) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}, **extra}


def button(text: str) -> dict:
    return {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": "a"}


# --- Web API ----------------------------------------------------------------------------------
async def test_post_message_is_recorded(fake: FakeSlack, web: AsyncWebClient):
    blocks = [section("*Headline*\nexcerpt")]
    first = await web.chat_postMessage(channel="C0NEWS", text="digest", blocks=blocks)
    second = await web.chat_postMessage(channel="#news", text="reply", thread_ts=first["ts"])

    assert [m.text for m in fake.messages] == ["digest", "reply"]
    assert fake.messages[0].channel == "C0NEWS"
    assert fake.messages[0].blocks == blocks
    assert fake.messages[0].ts == first["ts"] == "1700000000.000100"
    assert fake.messages[1].channel == "C0NEWS"  # "#news" resolved by name
    assert fake.messages[1].thread_ts == first["ts"]
    assert float(second["ts"]) > float(first["ts"])
    assert first["message"]["blocks"] == blocks

    call = fake.calls[0]
    assert (call.method, call.token, call.encoding) == (
        "chat.postMessage",
        "xoxb-test-token",
        "json",
    )
    assert call.params["channel"] == "C0NEWS"
    assert fake.rejected == []


async def test_form_encoded_text_and_blocks(fake: FakeSlack, web: AsyncWebClient):
    blocks = [section("from a form")]
    data = {"channel": "C0NEWS", "text": "form text", "blocks": json.dumps(blocks)}
    resp = await web.api_call("chat.postMessage", data=data)

    assert resp["ok"] is True
    assert fake.calls[-1].encoding == "form"
    assert fake.messages[0].text == "form text"
    assert fake.messages[0].blocks == blocks

    too_long = json.dumps([section("x" * (MAX_SECTION_TEXT + 1))])
    with pytest.raises(SlackApiError) as exc:
        await web.api_call("chat.postMessage", data={**data, "blocks": too_long})
    assert exc.value.response["error"] == "invalid_blocks"

    with pytest.raises(SlackApiError) as exc:
        await web.api_call("chat.postMessage", data={**data, "blocks": "[not json"})
    assert exc.value.response["error"] == "invalid_blocks_format"
    assert len(fake.messages) == 1


async def test_messages_exactly_at_the_limits_are_accepted(fake: FakeSlack, web: AsyncWebClient):
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "h" * MAX_HEADER_TEXT}},
        section("s" * MAX_SECTION_TEXT, block_id="b" * 255, accessory=button("b" * MAX_BUTTON_TEXT)),
        {
            "type": "section",
            "fields": [{"type": "mrkdwn", "text": "f" * 100}] * MAX_SECTION_FIELDS,
        },
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "c"}] * MAX_CONTEXT_ELEMENTS},
        {"type": "divider"},
    ]
    blocks += [{"type": "divider"}] * (MAX_BLOCKS - len(blocks))
    await web.chat_postMessage(channel="C0NEWS", text="t" * MAX_MESSAGE_TEXT, blocks=blocks)
    assert len(fake.messages) == 1
    assert len(fake.messages[0].blocks) == MAX_BLOCKS


def test_limit_constants_match_slacks_documentation():
    # https://api.slack.com/reference/block-kit/blocks - pinned so a typo can't hide behind
    # tests that import the constants.
    assert (MAX_BLOCKS, MAX_SECTION_TEXT, MAX_SECTION_FIELDS, MAX_SECTION_FIELD_TEXT) == (
        50,
        3000,
        10,
        2000,
    )
    assert (MAX_HEADER_TEXT, MAX_CONTEXT_ELEMENTS, MAX_BUTTON_TEXT) == (150, 10, 75)
    assert (MAX_BLOCKS_TOTAL_TEXT, MAX_MESSAGE_TEXT) == (12_000, 40_000)


OVER_LIMIT = {
    "too many blocks": ("invalid_blocks", {"blocks": [{"type": "divider"}] * (MAX_BLOCKS + 1)}),
    "section text": ("invalid_blocks", {"blocks": [section("x" * (MAX_SECTION_TEXT + 1))]}),
    "empty section text": ("invalid_blocks", {"blocks": [section("")]}),
    "too many fields": (
        "invalid_blocks",
        {"blocks": [{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}]},
    ),
    "field text": (
        "invalid_blocks",
        {
            "blocks": [
                {
                    "type": "section",
                    "fields": [{"type": "mrkdwn", "text": "f" * (MAX_SECTION_FIELD_TEXT + 1)}],
                }
            ]
        },
    ),
    "header text": (
        "invalid_blocks",
        {
            "blocks": [
                {
                    "type": "header",
                    "text": {"type": "plain_text", "text": "h" * (MAX_HEADER_TEXT + 1)},
                }
            ]
        },
    ),
    "mrkdwn header": (
        "invalid_blocks",
        {"blocks": [{"type": "header", "text": {"type": "mrkdwn", "text": "*h*"}}]},
    ),
    "context elements": (
        "invalid_blocks",
        {
            "blocks": [
                {
                    "type": "context",
                    "elements": [{"type": "plain_text", "text": "c"}] * (MAX_CONTEXT_ELEMENTS + 1),
                }
            ]
        },
    ),
    "block_id": ("invalid_blocks", {"blocks": [section("s", block_id="b" * 256)]}),
    "button text": (
        "invalid_blocks",
        {"blocks": [{"type": "actions", "elements": [button("b" * (MAX_BUTTON_TEXT + 1))]}]},
    ),
    "unknown block type": ("invalid_blocks", {"blocks": [{"type": "sectoin"}]}),
    "no text or blocks": ("no_text", {}),
    "blocks total text": (
        "msg_blocks_too_long",
        {"blocks": [section("x" * 2500)] * (MAX_BLOCKS_TOTAL_TEXT // 2500 + 1)},
    ),
    "top-level text": ("msg_too_long", {"text": "x" * (MAX_MESSAGE_TEXT + 1)}),
}


@pytest.mark.parametrize("case", OVER_LIMIT, ids=list(OVER_LIMIT))
async def test_post_message_over_a_limit_is_refused(fake: FakeSlack, web: AsyncWebClient, case):
    error, kwargs = OVER_LIMIT[case]
    if "blocks" in kwargs:
        kwargs = {"text": "fallback", **kwargs}
    with pytest.raises(SlackApiError) as exc:
        if error == "no_text":  # slack_sdk warns client-side, then sends it anyway
            with pytest.warns(UserWarning, match="top-level `text`"):
                await web.chat_postMessage(channel="C0NEWS")
        else:
            await web.chat_postMessage(channel="C0NEWS", **kwargs)

    assert exc.value.response.status_code == 200
    assert exc.value.response["ok"] is False
    assert exc.value.response["error"] == error
    assert fake.messages == []
    assert [(r.method, r.error) for r in fake.rejected] == [("chat.postMessage", error)]
    if error == "invalid_blocks":
        assert "json-pointer:/blocks" in fake.rejected[0].reason
        assert exc.value.response["errors"]


async def test_ephemeral_and_update_enforce_limits_too(fake: FakeSlack, web: AsyncWebClient):
    too_long = [section("x" * (MAX_SECTION_TEXT + 1))]
    with pytest.raises(SlackApiError, match="invalid_blocks"):
        await web.chat_postEphemeral(channel="C0NEWS", user="U0USER", text="t", blocks=too_long)

    posted = await web.chat_postMessage(channel="C0NEWS", text="v1")
    with pytest.raises(SlackApiError, match="invalid_blocks"):
        await web.chat_update(channel="C0NEWS", ts=posted["ts"], text="v2", blocks=too_long)

    await web.chat_update(channel="C0NEWS", ts=posted["ts"], text="v2")
    eph = await web.chat_postEphemeral(channel="C0NEWS", user="U0USER", text="only you")

    assert [(u.ts, u.text) for u in fake.updates] == [(posted["ts"], "v2")]
    assert [(e.user, e.text, e.ts) for e in fake.ephemerals] == [("U0USER", "only you", eph["message_ts"])]
    assert [r.method for r in fake.rejected] == ["chat.postEphemeral", "chat.update"]

    with pytest.raises(SlackApiError) as exc:
        await web.chat_update(channel="C0NEWS", ts="1.000000", text="v3")
    assert exc.value.response["error"] == "message_not_found"


async def test_rate_limit_surfaces_status_and_retry_after(fake: FakeSlack, web: AsyncWebClient):
    fake.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(SlackApiError) as exc:
        await web.chat_postMessage(channel="C0NEWS", text="hi")

    resp = exc.value.response
    assert resp.status_code == 429
    assert resp["error"] == "ratelimited"
    assert resp.headers["Retry-After"] == "7"
    assert fake.messages == []
    assert (fake.calls[0].status, fake.calls[0].error) == (429, "ratelimited")

    await web.chat_postMessage(channel="C0NEWS", text="hi")  # only the next call failed
    assert [m.text for m in fake.messages] == ["hi"]


async def test_fail_next_error_codes_and_server_errors(fake: FakeSlack, web: AsyncWebClient):
    fake.fail_next("chat.postMessage", error="not_in_channel", times=2)
    fake.fail_next("chat.postMessage", status=500)
    for _ in range(2):
        with pytest.raises(SlackApiError) as exc:
            await web.chat_postMessage(channel="C0NEWS", text="hi")
        assert (exc.value.response.status_code, exc.value.response["error"]) == (
            200,
            "not_in_channel",
        )

    with pytest.raises(SlackApiError) as exc:
        await web.chat_postMessage(channel="C0NEWS", text="hi")
    assert exc.value.response.status_code == 500
    assert isinstance(exc.value.response.data, str)  # not JSON: e.response["error"] won't work

    await web.auth_test()  # other methods are unaffected
    await web.chat_postMessage(channel="C0NEWS", text="hi")
    assert len(fake.messages) == 1
    assert [r.error for r in fake.rejected] == ["not_in_channel", "not_in_channel", "http_500"]


async def test_tokens_are_checked(fake: FakeSlack, web: AsyncWebClient):
    cases = [
        (AsyncWebClient(base_url=fake.api_url, token="xoxb-wrong"), "invalid_auth"),
        (AsyncWebClient(base_url=fake.api_url), "not_authed"),
        (AsyncWebClient(base_url=fake.api_url, token=fake.app_token), "not_allowed_token_type"),
    ]
    for client, error in cases:
        with pytest.raises(SlackApiError) as exc:
            await client.chat_postMessage(channel="C0NEWS", text="hi")
        assert exc.value.response["error"] == error

    with pytest.raises(SlackApiError) as exc:
        await web.apps_connections_open(app_token=fake.bot_token)
    assert exc.value.response["error"] == "not_allowed_token_type"

    opened = await web.apps_connections_open(app_token=fake.app_token)
    assert opened["url"].startswith(fake.base_url.replace("http", "ws"))
    assert fake.calls[-1].token == fake.app_token
    assert fake.messages == []


async def test_channels_membership_users_and_unknown_methods(fake: FakeSlack, web: AsyncWebClient):
    async def error_of(coro) -> str:
        with pytest.raises(SlackApiError) as exc:
            await coro
        return exc.value.response["error"]

    assert await error_of(web.chat_postMessage(channel="C0NOPE", text="x")) == "channel_not_found"
    assert await error_of(web.chat_postMessage(channel="C0QUIET", text="x")) == "not_in_channel"
    ephemeral = web.chat_postEphemeral(channel="C0TEAM", text="x", user="U0OTHER")
    assert await error_of(ephemeral) == "user_not_in_channel"
    assert await error_of(web.api_call("emoji.list")) == "unknown_method"
    assert [r.error for r in fake.rejected] == [
        "channel_not_found",
        "not_in_channel",
        "user_not_in_channel",
        "unknown_method",
    ]
    assert fake.messages == fake.ephemerals == []

    info = await web.conversations_info(channel="C0QUIET")
    assert info["channel"]["name"] == "quiet"
    assert info["channel"]["is_member"] is False

    admin = await web.users_info(user="U0ADMIN")
    plain = await web.users_info(user="U0USER")
    assert admin["user"]["is_admin"] is True
    assert plain["user"]["is_admin"] is False
    assert plain["user"]["is_owner"] is False
    assert fake.calls[-1].encoding == "query"  # users.info is a GET with a query string


# --- Socket Mode + bolt -----------------------------------------------------------------------
@pytest.fixture
async def bolt(fake: FakeSlack):
    app = AsyncApp(client=AsyncWebClient(base_url=fake.api_url, token=fake.bot_token))
    handler = AsyncSocketModeHandler(app, fake.app_token)  # must be built inside the loop
    yield app, handler
    await handler.close_async()


async def test_slash_command_is_acked_over_socket_mode(fake: FakeSlack, bolt):
    app, handler = bolt
    seen = []

    @app.command("/news")
    async def news(ack, command):
        seen.append(command["text"])
        await ack(f"You asked for {command['text']}")

    await handler.connect_async()
    ack = await fake.send_slash_command("help")

    assert seen == ["help"]
    assert ack["envelope_id"] == fake.envelopes[0]["envelope_id"]
    assert ack["payload"] == {"text": "You asked for help"}
    assert fake.acks[0].payload == {"text": "You asked for help"}
    assert [c.method for c in fake.calls] == ["apps.connections.open", "auth.test"]
    assert fake.calls[0].token == fake.app_token
    assert fake.calls[1].token == fake.bot_token


async def test_respond_posts_to_the_response_url(fake: FakeSlack, bolt):
    app, handler = bolt

    @app.command("/news")
    async def news(ack, respond, say, command):
        await ack()
        await respond(text=f"digest for {command['user_name']}", response_type="ephemeral")
        await say("posted to the channel")
        result = await respond(blocks=[section("x" * (MAX_SECTION_TEXT + 1))])
        await respond(text=f"second respond got HTTP {result.status_code} {result.body}")

    await handler.connect_async()
    ack = await fake.send_slash_command("today", user_name="bob")
    assert "payload" not in ack  # a bare ack()

    await fake.wait_for(lambda f: len(f.response_url_posts) == 2)
    first, second = fake.response_url_posts
    assert first.key == "cmd-1"
    assert first.body == {"text": "digest for bob", "response_type": "ephemeral"}
    assert second.body["text"] == "second respond got HTTP 400 invalid_blocks"
    assert [(m.channel, m.text) for m in fake.messages] == [("C0NEWS", "posted to the channel")]
    assert [(r.method, r.error) for r in fake.rejected] == [("response_url", "invalid_blocks")]


async def test_client_reconnects_after_the_socket_is_dropped(fake: FakeSlack, bolt):
    app, handler = bolt

    @app.command("/news")
    async def news(ack, command):
        await ack(command["text"])

    await handler.connect_async()
    assert (await fake.send_slash_command("one"))["payload"] == {"text": "one"}

    fake.close_socket()
    assert (await fake.send_slash_command("two"))["payload"] == {"text": "two"}

    fake.close_socket(send_disconnect=True)
    assert (await fake.send_slash_command("three"))["payload"] == {"text": "three"}

    assert fake.socket_connections == 3
    opens = [c for c in fake.calls if c.method == "apps.connections.open"]
    assert len(opens) == 3


async def test_send_slash_command_without_a_client_fails_clearly(fake: FakeSlack):
    with pytest.raises(RuntimeError, match="no Socket Mode client connected"):
        await fake.send_slash_command("help", timeout=0.05)


async def test_missing_ack_times_out_clearly(fake: FakeSlack, bolt):
    _, handler = bolt  # no /news listener registered: bolt never acks
    await handler.connect_async()
    with pytest.raises(TimeoutError, match="no ack for slash_commands"):
        await fake.send_slash_command("help", timeout=0.2)


async def test_wait_for_returns_the_value_or_times_out(fake: FakeSlack, web: AsyncWebClient):
    with pytest.raises(TimeoutError, match="condition not met"):
        await fake.wait_for(lambda f: f.messages, timeout=0.05)
    await web.chat_postMessage(channel="C0NEWS", text="hi")
    found = await fake.wait_for(lambda f: f.messages and f.messages[-1])
    assert found.text == "hi"
