"""Issue 7, the security half: what users type cannot reach private networks,
feed XML cannot read files or blow up memory, secrets never reach a log or the
settings file, and only admins can change things -- on Slack and on Discord.

Everything runs for real on 127.0.0.1: the fetcher, feedparser, the fake Slack
and Discord servers. The behaviour each test shows is listed in docs/RELIABILITY.md.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from adapters.console import ConsoleAdapter
from adapters.discord import DiscordAdapter
from adapters.slack import SlackAdapter
from bot import cli
from bot.addressguard import PRIVATE_REFUSAL, is_public_address
from bot.app import Tidings
from bot.commands import SPECS
from bot.config import ConfigError, PollingSettings, settings_from_dict
from bot.fetch import Fetcher
from bot.logs import RedactingFilter, redact, setup_logging
from bot.parse import parse_feed
from bot.secret_shapes import SHAPES, secret_in
from tests.fakes.fake_discord import (
    ADMINISTRATOR,
    DEFAULT_CHANNEL_ID,
    DEFAULT_GUILD_ID,
    DEFAULT_MEMBER_PERMISSIONS,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    MANAGE_GUILD,
    FakeDiscord,
    assert_no_leaks,
    point_discord_py_at,
)
from tests.fakes.fake_slack import FakeSlack, ask, shown
from tests.fakes.fault_server import NumericResolver, StaticResolver
from tests.hostile import billion_laughs

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>A</title><link>http://x.example/a</link></item></channel></rss>"


def rss(n: int = 3, title: str = "Example") -> bytes:
    items = "".join(
        f"<item><guid>id{k}</guid><title>Story {k}</title><link>https://news.example/{k}</link>"
        f"<description>The lede of story {k}, long enough to be an excerpt and not a teaser at all.</description>"
        f"<pubDate>{(NOW - timedelta(hours=k)).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for k in range(1, n + 1)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>{items}</channel></rss>".encode()


# --- fetching what users type (the SSRF guard) ----------------------------------------------------


@pytest.fixture
async def public_server():
    """A feed server on 127.0.0.2, which the tests' address policy counts as public
    (everything else in 127.0.0.0/8 stays private): a stand-in for a host on the internet."""
    routes: dict[str, dict] = {}  # path -> web.Response arguments
    hits: list[str] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        hits.append(request.path)
        return web.Response(**routes.get(request.path, {"status": 404}))

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.2", 0)
    await site.start()
    port = runner.addresses[0][1]
    server = type("PublicServer", (), {})()
    server.port, server.routes, server.hits = port, routes, hits
    yield server
    await runner.cleanup()


def public_in_tests(address: str) -> bool:
    return address == "127.0.0.2" or is_public_address(address)


def guarded(resolver=None, **polling) -> Fetcher:
    settings = PollingSettings(timeout=2, connect_timeout=1, **polling)
    return Fetcher(settings, resolver=resolver, allowed_address=public_in_tests)


async def test_a_chat_url_on_loopback_is_refused_and_the_same_url_from_settings_is_fetched(feeds):
    url = feeds.serve("/feed.xml", RSS)
    async with guarded() as fetcher:
        refused = await fetcher.fetch(url, untrusted=True)
        trusted = await fetcher.fetch(url)
    assert refused.status == "error" and refused.error == f"{PRIVATE_REFUSAL} (127.0.0.1)"
    assert trusted.status == "ok" and trusted.body == RSS
    assert len(feeds.hits("/feed.xml")) == 1  # the refused fetch never reached the server


async def test_allow_private_networks_lets_chat_urls_reach_the_intranet(feeds):
    url = feeds.serve("/feed.xml", RSS)
    async with guarded(allow_private_networks=True) as fetcher:
        assert (await fetcher.fetch(url, untrusted=True)).status == "ok"
        # ...but a URL from chat is still never a local file.
        local = await fetcher.fetch("file:///etc/passwd", untrusted=True)
    assert local.error == "refused: feed URLs from chat must be http:// or https://, not file"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:70/",
        "/etc/passwd",
    ],
)
async def test_chat_urls_are_web_urls_only(url):
    async with guarded() as fetcher:
        result = await fetcher.fetch(url, untrusted=True)
    assert result.status == "error" and result.error.startswith(
        "refused: feed URLs from chat must be http:// or https://"
    )


@pytest.mark.parametrize(
    ("host", "shown_as"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),  # IPv4-mapped IPv6 is judged as IPv4
        ("0.0.0.0", "0.0.0.0"),
        ("169.254.169.254", "169.254.169.254"),  # cloud metadata: refused before any packet is sent
        ("10.0.0.1", "10.0.0.1"),
        ("192.168.1.1", "192.168.1.1"),
        ("100.64.0.1", "100.64.0.1"),  # carrier-grade NAT
        ("[fe80::1]", "fe80::1"),
        ("[fd00::1]", "fd00::1"),
    ],
)
async def test_literal_private_addresses_are_refused_at_connect_time(feeds, host, shown_as):
    # aiohttp never asks the resolver about an IP literal: the socket factory sees it.
    async with guarded() as fetcher:
        result = await fetcher.fetch(f"http://{host}:{feeds.port}/feed.xml", untrusted=True)
    assert result.error == f"{PRIVATE_REFUSAL} ({shown_as})"
    assert feeds.requests == []


# Every one of these is 127.0.0.1 to the system's resolver (inet_aton). yarl, under
# aiohttp, refuses three as URLs ("not a canonical IPv4 address") before any lookup or
# connection, guard or not; 0x7f.0.0.1 it takes as a name, which resolves to 127.0.0.1:
# that one only the guard refuses.
ODD_LOOPBACK = {"2130706433": "invalid URL", "127.1": "invalid URL", "017700000001": "invalid URL",
                "0x7f.0.0.1": "guard"}  # fmt: skip


@pytest.mark.parametrize("guard", ["on", "off"])  # off: the control run, that the spelling does reach loopback
@pytest.mark.parametrize("host", list(ODD_LOOPBACK))
async def test_odd_spellings_of_loopback_are_refused(feeds, host, guard):
    url = feeds.serve("/feed.xml", RSS).replace("127.0.0.1", host)
    assert f"//{host}:" in url
    resolver = NumericResolver()
    allowed = public_in_tests if guard == "on" else (lambda address: True)
    async with Fetcher(PollingSettings(timeout=2, connect_timeout=1), resolver=resolver, allowed_address=allowed) as f:
        result = await f.fetch(url, untrusted=True)
    if ODD_LOOPBACK[host] == "invalid URL":
        assert result.error.startswith(f"invalid URL: {host}") and "not a canonical IPv4 address" in result.error
        assert resolver.lookups == []
    elif guard == "on":
        assert result.error == f"{PRIVATE_REFUSAL} ({host} is 127.0.0.1)"
        assert resolver.lookups == [host]
    else:  # without the guard the same URL is fetched from the server on 127.0.0.1
        assert result.status == "ok" and result.body == RSS, result.error
    if guard == "on" or ODD_LOOPBACK[host] == "invalid URL":
        assert feeds.requests == []
    else:
        assert len(feeds.hits("/feed.xml")) == 1


async def test_a_public_looking_name_that_resolves_to_loopback_is_refused(feeds):
    resolver = StaticResolver({"news.example": ["127.0.0.1"], "localhost": ["127.0.0.1", "::1"]})
    async with guarded(resolver) as fetcher:
        sneaky = await fetcher.fetch(f"http://news.example:{feeds.port}/feed.xml", untrusted=True)
        local = await fetcher.fetch(f"http://localhost:{feeds.port}/feed.xml", untrusted=True)
        trusted = await fetcher.fetch(f"http://news.example:{feeds.port}/missing")
    assert sneaky.error == f"{PRIVATE_REFUSAL} (news.example is 127.0.0.1)"
    assert local.error == f"{PRIVATE_REFUSAL} (localhost is 127.0.0.1)"
    assert trusted.http_status == 404  # the same name is fine for the admin's own feeds
    assert [r.path for r in feeds.requests] == ["/missing"]


async def test_a_name_with_public_and_private_addresses_only_connects_to_the_public_one(public_server):
    public_server.routes["/feed.xml"] = {"body": RSS}
    resolver = StaticResolver({"mixed.example": ["127.0.0.1", "127.0.0.2"]})
    async with guarded(resolver) as fetcher:
        result = await fetcher.fetch(f"http://mixed.example:{public_server.port}/feed.xml", untrusted=True)
    assert result.status == "ok" and public_server.hits == ["/feed.xml"]


async def test_a_redirect_from_a_public_host_into_the_private_network_is_refused(feeds, public_server):
    feeds.serve("/internal.xml", RSS)
    public_server.routes["/feed.xml"] = {"status": 302, "headers": {"Location": feeds.url("/internal.xml")}}
    public_server.routes["/metadata"] = {
        "status": 301,
        "headers": {"Location": "http://169.254.169.254/latest/meta-data/"},
    }
    resolver = StaticResolver({"public.example": ["127.0.0.2"], "rebind.example": ["127.0.0.1"]})
    public_server.routes["/by-name"] = {
        "status": 307,
        "headers": {"Location": f"http://rebind.example:{feeds.port}/internal.xml"},
    }
    base = f"http://public.example:{public_server.port}"
    async with guarded(resolver) as fetcher:
        to_loopback = await fetcher.fetch(base + "/feed.xml", untrusted=True)
        to_metadata = await fetcher.fetch(base + "/metadata", untrusted=True)
        to_name = await fetcher.fetch(base + "/by-name", untrusted=True)
        trusted = await fetcher.fetch(base + "/feed.xml")
    assert to_loopback.error == f"{PRIVATE_REFUSAL} (127.0.0.1), after a redirect to {feeds.url('/internal.xml')}"
    assert to_metadata.error.startswith(f"{PRIVATE_REFUSAL} (169.254.169.254), after a redirect")
    assert to_name.error.startswith(f"{PRIVATE_REFUSAL} (rebind.example is 127.0.0.1), after a redirect")
    assert trusted.status == "ok" and trusted.body == RSS
    assert len(feeds.hits("/internal.xml")) == 1  # only the trusted fetch got there


async def test_untrusted_fetches_share_no_connection_with_trusted_ones(feeds):
    """A keep-alive connection the admin's feeds opened to 127.0.0.1 is never reused for chat."""
    url = feeds.serve("/feed.xml", RSS)
    async with guarded() as fetcher:
        for _ in range(2):
            assert (await fetcher.fetch(url)).status == "ok"
            assert (await fetcher.fetch(url, untrusted=True)).error.startswith(PRIVATE_REFUSAL)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True), ("2606:4700:4700::1111", True), ("2002:5db8:d70e::1", True),  # 6to4 of a public v4
        ("64:ff9b::5db8:d70e", True),  # NAT64 of a public v4 (DNS64 networks)
        ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.0.1", False),
        ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("255.255.255.255", False),
        ("224.0.0.1", False), ("240.0.0.1", False), ("198.18.0.1", False),
        ("::1", False), ("::", False), ("::ffff:10.0.0.1", False), ("fe80::1%eth0", False), ("fc00::1", False),
        ("fec0::1", False), ("ff02::1", False), ("2002:7f00:1::", False), ("64:ff9b::7f00:1", False),
        ("2001::1", False), ("not an address", False),
    ],
)  # fmt: skip
def test_which_addresses_are_public(address, public):
    assert is_public_address(address) is public


async def test_subscribe_from_chat_refuses_a_loopback_url(feeds, clock, tmp_path):
    from bot.commands import parse_command

    url = feeds.serve("/extra.xml", rss(2, title="Internal"))
    settings = settings_from_dict(
        {"storage": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"}, "digest": {"fetch_articles": False}}
    )
    app = Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={})
    async with app:
        reply = await app.commands().handle(
            parse_command(f"subscribe {url}", platform="slack", channel="C1", user="U1", is_admin=True)
        )
    assert reply.error and PRIVATE_REFUSAL in reply.text
    assert feeds.requests == []


# --- XML entity attacks through feedparser -------------------------------------------------------


def _traced(call):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = call()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, peak, time.perf_counter() - started


def test_billion_laughs_is_stopped_by_expat_and_read_without_expanding():
    # 3 kB of entities that would expand to 3 GB. Their declarations are dropped
    # before the XML parser sees them (expat's amplification limit would stop them
    # too); the feed is read leniently, unexpanded.
    parsed, peak, seconds = _traced(lambda: parse_feed(billion_laughs()))
    assert "undefined entity" in parsed.warning
    assert all(len(e.title) < 100 and len(e.summary) < 100 for e in parsed.entries)
    # A wall-clock bound, stated: expanded, this takes minutes; read unexpanded, milliseconds.
    assert peak < 32 * 1024 * 1024 and seconds < 5


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{file}">]>',
        '<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{file}">\n]>',  # feedparser strips this one itself
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "{file}"> %p;]>',
        '<!DOCTYPE rss SYSTEM "{file}">',
    ],
)
def test_external_entities_never_read_a_file(tmp_path, doctype):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    body = (f"<?xml version='1.0'?>{doctype.format(file=secret.as_uri())}<rss version='2.0'><channel><title>t&xxe;</title>"
            "<item><title>a &xxe; b</title><description>&xxe;</description><link>http://x.example/</link></item>"
            "</channel></rss>").encode()  # fmt: skip
    parsed = parse_feed(body)
    text = repr(parsed)
    assert "TOP-SECRET" not in text and parsed.entries


async def test_external_dtds_and_entities_are_never_fetched(feeds):
    feeds.serve("/evil.dtd", b'<!ENTITY xxe "FETCHED">')
    feeds.serve("/evil.txt", b"FETCHED")
    for doctype in (f'<!DOCTYPE rss SYSTEM "{feeds.url("/evil.dtd")}">',
                    f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{feeds.url("/evil.txt")}">]>',
                    f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{feeds.url("/evil.dtd")}"> %p;]>'):  # fmt: skip
        parsed = parse_feed(f"<?xml version='1.0'?>{doctype}<rss version='2.0'><channel><title>&xxe;</title>"
                            "<item><title>x</title></item></channel></rss>".encode())  # fmt: skip
        assert "FETCHED" not in repr(parsed)
    assert feeds.requests == []


def _quadratic(entity: int = 50_000, refs: int = 20_000) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"A" * entity}">]><rss version="2.0"><channel>'
            f"<title>t</title><item><title>x</title><description>{'&a;' * refs}</description></item></channel></rss>").encode()  # fmt: skip


def test_a_quadratic_blowup_costs_memory_in_proportion_to_the_body():
    body = _quadratic()
    parsed, peak, _ = _traced(lambda: parse_feed(body))
    assert parsed.entries
    assert peak < 30 * len(body)  # today: ~90x (expat expands up to 100x before it stops)


# --- secrets: never logged, never in the settings file ------------------------------------------

BOT_TOKEN_24 = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"  # an 18-digit id
BOT_TOKEN_23 = "MTIzNDU2Nzg5MDEyMzQ1Njc.GaBcDe.abcdefghijklmnopqrstuvwxyz01"  # a 17-digit id (2015-16 bots)
SECRETS = [
    "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
    "xoxp-1234567890-0987654321-AbCdEfGh",
    "xapp-1-A0123456789-1234567890123-abcdef0123456789",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://hooks.slack.com/workflows/T0000/A0000/123/abcdef",
    "https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789abcd",
    "https://discord.com/api/v10/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789abcd",
    "https://discordapp.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz",
    "http://127.0.0.1:9999/api/v10/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz-ABCDEF",
    "/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg/callback",
    BOT_TOKEN_24,
    BOT_TOKEN_23,
]  # fmt: skip
TAILS = [s[-12:] for s in SECRETS]  # what must not survive redaction


@pytest.mark.parametrize("secret", SECRETS)
def test_every_secret_shape_is_redacted(secret):
    text = f"calling {secret} now"
    out = redact(text)
    assert secret[-12:] not in out.replace("/callback", "") and "[redacted]" in out


@pytest.mark.parametrize("text", ["https://news.example/a/b?c=d", "xoxb", "the MTIz story", "/webhooks/12/short",
                                  "Version 1.2.3 released"])  # fmt: skip
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


@pytest.fixture
def root_logging():
    """Run setup_logging() for a test; put pytest's own logging back afterwards."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in ("alembic", "apscheduler", "aiohttp", "slack_bolt",
                                                                "slack_sdk", "discord", "asyncio")}  # fmt: skip
    yield root
    root.handlers[:], level = saved
    root.setLevel(level)
    for name, value in levels.items():
        logging.getLogger(name).setLevel(value)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_handler_setup_logging_installs_redacts_messages_tracebacks_and_stacks(root_logging, capsys, fmt):
    setup_logging(verbose=True, format=fmt)
    assert root_logging.handlers and all(
        any(isinstance(f, RedactingFilter) for f in h.filters) for h in root_logging.handlers
    )
    log = logging.getLogger("discord.http")
    log.debug("POST %s with %s", SECRETS[6], {"token": SECRETS[0]})
    try:
        raise ConnectionError(f"POST {SECRETS[5]} failed: connection reset")
    except ConnectionError:
        logging.getLogger("tidings").exception("webhook post failed for %s", SECRETS[3])
    logging.getLogger("tidings").warning("stack of %s", BOT_TOKEN_24, stack_info=True)
    err = capsys.readouterr().err
    if fmt == "json":  # one JSON object a line; the checks below read the decoded text
        records = [json.loads(line) for line in err.splitlines()]
        assert [r["level"] for r in records] == ["debug", "error", "warning"]
        assert records[1]["logger"] == "tidings" and "exception" in records[1] and "stack" in records[2]
        err = "\n".join(v for r in records for v in r.values())
    assert "webhook post failed" in err and "Traceback" in err and "ConnectionError: POST https" in err
    for tail in TAILS:
        assert tail not in err, tail
    assert err.count("[redacted]") >= 5


def test_a_broken_log_call_does_not_crash_the_caller(root_logging, capsys):
    """A format string missing an argument is logging's problem (it prints a notice),
    never the caller's: the filter must not raise it."""
    setup_logging()
    logging.getLogger("tidings").warning("two values: %s %s", "only one")  # must not raise
    logging.getLogger("tidings").warning("after it: %s", SECRETS[0])
    err = capsys.readouterr().err
    assert "after it: xoxb-…[redacted]" in err


def test_every_cli_command_logs_through_the_redacting_handler(root_logging, tmp_path, capsys, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_text('[[feeds]]\nname = "F"\nurl = "feed.xml"\n\n[[channels]]\nname = "c"\nplatform = "slack"\n'
                    'target = "C1"\nfeeds = ["F"]\n')  # fmt: skip
    for name, value in (
        ("SLACK_BOT_TOKEN", SECRETS[0]),
        ("SLACK_APP_TOKEN", SECRETS[2]),
        ("DISCORD_TOKEN", BOT_TOKEN_24),
    ):
        monkeypatch.setenv(name, value)
    assert cli.main(["check-config", "--config", str(path)]) == 0
    handlers = logging.getLogger().handlers
    assert handlers and all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in handlers)
    logging.getLogger("slack_sdk").warning("token %s", SECRETS[0])
    out, err = capsys.readouterr()
    assert "is valid" in out
    for tail in TAILS:  # check-config names the variables it needs, never their values
        assert tail not in out and tail not in err


@pytest.mark.parametrize(
    ("value", "what", "where"),
    [
        (SECRETS[0], "a Slack token", "SLACK_BOT_TOKEN"),
        (SECRETS[2], "a Slack app token", "SLACK_APP_TOKEN"),
        (SECRETS[3], "a Slack webhook URL", "webhook_env"),
        (SECRETS[5], "a Discord webhook URL", "webhook_env"),
        (BOT_TOKEN_24, "a Discord bot token", "DISCORD_TOKEN"),
    ],
)
def test_check_config_refuses_a_settings_file_with_a_secret(tmp_path, capsys, root_logging, value, what, where):
    path = tmp_path / "settings.toml"
    path.write_text(f'[slack]\ncommand = "/news"\n\n[[feeds]]\nname = "F"\nurl = "https://x.example/feed"\n'
                    f'tags = ["{value}"]\n')  # fmt: skip
    assert cli.main(["check-config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"feeds[0].tags[0]: looks like {what}" in err and where in err
    assert value[-12:] not in err  # the refusal does not repeat the secret


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.what)
@hypothesis_settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_secret_in_finds_every_text_a_shape_matches(shape, data):
    """secret_in passes short texts without the shapes' words at once (bot/secret_shapes.py):
    never one that a shape's pattern matches."""
    text = data.draw(st.from_regex(shape.pattern))
    assert secret_in(text) is not None, text


@pytest.mark.parametrize("value", [SECRETS[6], BOT_TOKEN_23])
def test_check_config_refuses_the_other_secret_spellings(value):
    with pytest.raises(ConfigError, match="looks like a Discord"):
        settings_from_dict({"feeds": [{"name": "F", "url": "https://x.example/feed", "tags": [value]}]})


# --- who may do what: one table, both platforms, end to end --------------------------------------

MUTATING = {"digest", "subscribe", "unsubscribe"}


def test_the_table_covers_every_command_and_only_mutating_ones_need_an_admin():
    assert {name for name, spec in SPECS.items() if spec.admin} == MUTATING
    assert "help" in SPECS and "status" in SPECS  # read-only ones used below


SLACK_USERS = {  # who -> may they change things?
    "U0USER": False,  # a member
    "U0BOSS": True,  # listed in [slack] admins
    "U0WSADMIN": True,  # a workspace admin (users.info is_admin)
    "U0OWNER": True,  # a workspace owner (users.info is_owner)
}
SLACK_CASES = [("status", False), ("digest", True), ("subscribe news", True), ("unsubscribe news", True)]


@pytest.fixture
async def slack_app(feeds, clock, tmp_path):
    clock.set(NOW)
    feed_url = feeds.serve("/feed.xml", rss())
    async with FakeSlack(channels={"C0NEWS": "news", "C0OTHER": "other"}, admins={"U0WSADMIN", "U0DOWN"},
                         owners={"U0OWNER"}) as fake:  # fmt: skip
        env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_APP_TOKEN": fake.app_token}
        settings = settings_from_dict({
            "storage": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
            "digest": {"first_digest_items": 3, "fetch_articles": False},
            "feeds": [{"name": "Example", "url": feed_url, "tags": ["news"]}],
            "channels": [{"name": "news", "platform": "slack", "target": "C0NEWS", "tags": ["news"]}],
            "slack": {"api_base_url": fake.api_url, "admins": ["U0BOSS"]},
        })  # fmt: skip
        adapter = SlackAdapter(settings, clock=clock, env=env)
        app = Tidings(
            settings, clock=clock, env=env, adapters={"slack": adapter, "console": ConsoleAdapter(out=io.StringIO())}
        )
        async with app:
            await app.poll()
            await app.start_adapters()
            yield app, fake


async def test_slack_permission_table_end_to_end(slack_app):
    app, fake = slack_app
    got, expected = {}, {}
    for user, is_admin in SLACK_USERS.items():
        for text, mutating in SLACK_CASES:
            posts_before, subs_before = len(fake.messages), app.store.subscriptions()
            channel = "C0NEWS" if text in ("status", "digest") else "C0OTHER"
            answer = shown(await ask(fake, text, user=user, channel=channel))
            refused = answer.startswith("Sorry, only admins can use")
            got[user, text], expected[user, text] = not refused, is_admin or not mutating
            if refused:  # and nothing happened
                assert len(fake.messages) == posts_before and app.store.subscriptions() == subs_before
    assert got == expected
    assert [s for s in app.store.subscriptions()] == []  # every subscribe was undone by its unsubscribe
    # users.info is asked only for mutating commands, and not about users in [slack] admins.
    assert {c.params["user"] for c in fake.calls if c.method == "users.info"} == {"U0USER", "U0WSADMIN", "U0OWNER"}


async def test_slack_admin_check_fails_closed_when_users_info_fails(slack_app):
    app, fake = slack_app
    fake.fail_next("users.info", status=500)
    answer = shown(await ask(fake, "subscribe news", user="U0DOWN", channel="C0OTHER"))
    assert answer.startswith("Sorry, only admins can use `/news subscribe`")
    assert app.store.subscriptions() == []


ROLE_BY_NAME, ROLE_BY_ID = 1500000000000000006, 1500000000000000007
ALICE, BOB, CAROL, DAVE, ERIN = (DEFAULT_USER_ID + k for k in range(5))
DISCORD_USERS = {  # name -> (user, permissions, roles, may change things?)
    "member": (ALICE, DEFAULT_MEMBER_PERMISSIONS, [], False),
    "manage server": (BOB, DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD, [], True),
    "administrator": (CAROL, DEFAULT_MEMBER_PERMISSIONS | ADMINISTRATOR, [], True),
    "role by name": (DAVE, DEFAULT_MEMBER_PERMISSIONS, [ROLE_BY_NAME], True),
    "role by id": (ERIN, DEFAULT_MEMBER_PERMISSIONS, [ROLE_BY_ID], True),
}
DISCORD_CASES = [
    ("news status", [], False),
    ("news digest", [], True),
    ("news subscribe", [{"name": "what", "value": "world"}], True),
    ("news unsubscribe", [{"name": "what", "value": "world"}], True),
]


@pytest.fixture
async def discord_app(feeds, clock, tmp_path):
    clock.set(NOW)
    feeds.serve("/example.xml", rss(3))
    feeds.serve("/world.xml", rss(1, title="World Wire"))
    fake = FakeDiscord(members={ALICE: "alice", BOB: "bob", CAROL: "carol", DAVE: "dave", ERIN: "erin"},
                       roles={ROLE_BY_NAME: "News Admin", ROLE_BY_ID: "Ops"})  # fmt: skip
    await fake.start()
    env = {"DISCORD_TOKEN": DEFAULT_TOKEN}
    with point_discord_py_at(fake):
        settings = settings_from_dict({
            "storage": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
            "digest": {"first_digest_items": 3, "fetch_articles": False},
            "feeds": [{"name": "Example", "url": feeds.url("/example.xml"), "tags": ["news"]},
                      {"name": "World Wire", "url": feeds.url("/world.xml"), "tags": ["world"]}],
            "channels": [{"name": "news", "platform": "discord", "target": str(DEFAULT_CHANNEL_ID), "feeds": ["Example"]}],
            "discord": {"api_base_url": fake.api_base, "gateway_url": fake.gateway_url, "guild_id": DEFAULT_GUILD_ID,
                        "admin_roles": ["news admin", str(ROLE_BY_ID)]},
        })  # fmt: skip
        adapter = DiscordAdapter(settings, clock=clock, env=env, guild_ready_timeout=0.05, ready_timeout=5)
        app = Tidings(
            settings, clock=clock, env=env, adapters={"discord": adapter, "console": ConsoleAdapter(out=io.StringIO())}
        )
        await app.__aenter__()
        try:
            await app.start_adapters()
            await app.poll()
            yield app, fake
        finally:
            await app.close()
            await fake.close()
    await assert_no_leaks()


async def test_discord_permission_table_end_to_end(discord_app):
    app, fake = discord_app
    got, expected = {}, {}
    for who, (user, permissions, roles, is_admin) in DISCORD_USERS.items():
        for name, options, mutating in DISCORD_CASES:
            posts_before = len([m for m in fake.messages if m.webhook_id is None])
            subs_before = app.store.subscriptions()
            iid = await fake.send_slash_command(name, options, user_id=user, permissions=permissions, roles=roles)
            await fake.wait_for_response(iid)
            answer = await fake.wait_for(
                lambda iid=iid: next(
                    (r for r in fake.interaction_responses if r.interaction_id == iid and r.kind == "followup"), None
                )
            )
            refused = answer.content.startswith("Sorry, only admins can use")
            got[who, name], expected[who, name] = not refused, is_admin or not mutating
            if refused:
                assert len([m for m in fake.messages if m.webhook_id is None]) == posts_before
                assert app.store.subscriptions() == subs_before
            assert answer.ephemeral and answer.allowed_mentions == {"parse": []}
    assert got == expected
    assert app.store.subscriptions() == []


# --- Slack HTTP mode: only signed, fresh requests --------------------------------------------------

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


async def test_slack_http_mode_refuses_unsigned_badly_signed_and_stale_requests(clock):
    from urllib.parse import urlencode

    async with FakeSlack() as fake:
        settings = settings_from_dict(
            {"slack": {"api_base_url": fake.api_url, "mode": "http", "http_host": "127.0.0.1"}}
        )
        settings = settings.replace(slack=settings.slack.replace(http_port=0))
        env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": SIGNING_SECRET}
        adapter = SlackAdapter(settings, clock=clock, env=env)
        answered = []

        async def handler(command):
            from bot.models import Reply

            answered.append(command)
            return Reply(text="ok")

        await adapter.start(handler)
        url = f"http://127.0.0.1:{adapter.port}/slack/events"
        body = urlencode({"command": "/news", "text": "digest", "user_id": "U1", "channel_id": "C1", "team_id": "T0001",
                          "response_url": fake.response_url("r"), "trigger_id": "1.2.3", "api_app_id": "A0APP"})  # fmt: skip

        def sign(ts: str, secret: str = SIGNING_SECRET, payload: str = body) -> str:
            return "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{payload}".encode(), hashlib.sha256).hexdigest()

        now = str(int(time.time()))
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        cases = {
            "unsigned": {},
            "signature without timestamp": {"X-Slack-Signature": sign(now)},
            "timestamp without signature": {"X-Slack-Request-Timestamp": now},
            "garbage signature": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "v0=00"},
            "wrong secret": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": sign(now, "nope")},
            "replayed (6 minutes old)": {"X-Slack-Request-Timestamp": str(int(now) - 360),
                                         "X-Slack-Signature": sign(str(int(now) - 360))},
            "from the future": {"X-Slack-Request-Timestamp": str(int(now) + 360),
                                "X-Slack-Signature": sign(str(int(now) + 360))},
        }  # fmt: skip
        try:
            async with aiohttp.ClientSession() as session:
                statuses = {}
                for name, headers in cases.items():
                    async with session.post(url, data=body, headers={**form, **headers}) as response:
                        statuses[name] = response.status
                async with session.post(url, data=body, headers={**form, "X-Slack-Request-Timestamp": now,
                                                                 "X-Slack-Signature": sign(now)}) as response:  # fmt: skip
                    good = response.status
        finally:
            await adapter.close()
    assert statuses == dict.fromkeys(cases, 401)
    assert good == 200 and len(answered) == 1  # only the signed, fresh request reached the handler


# --- search and filters -----------------------------------------------------------------------------


def test_a_search_period_before_year_one_is_a_usage_error():
    from bot.commands import UsageError, parse_search

    with pytest.raises(UsageError):
        parse_search(["x", "since:9999y"], now=NOW)


def test_a_filter_regex_with_catastrophic_backtracking_is_refused_at_load():
    with pytest.raises(ConfigError, match="include_regex"):
        settings_from_dict({"feeds": [{"name": "F", "url": "https://x.example/feed", "include_regex": ["(a+)+$"]}]})


def test_the_xml_protection_relies_on_expat_2_4_or_newer():
    # The XML entity protection above relies on expat >= 2.4.1 (Python 3.11 ships 2.5).
    import pyexpat

    major, minor, _ = pyexpat.version_info
    assert (major, minor) >= (2, 4), pyexpat.EXPAT_VERSION
    assert sys.version_info >= (3, 11)


async def test_article_links_from_a_feed_cannot_make_the_bot_read_internal_pages(feeds, clock, tmp_path):
    feeds.serve("/internal/admin", "<html><body><article><p>INTERNAL-SECRET: the database password is hunter2, "
                "and this paragraph is long enough to be the article's main text for the extractor.</p></article>"
                "</body></html>", content_type="text/html")  # fmt: skip
    teaser = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><guid>x</guid>"
              f"<title>Look</title><link>{feeds.url('/internal/admin')}</link><description>Short.</description>"
              "</item></channel></rss>")  # fmt: skip
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
        "feeds": [{"name": "Teasers", "url": feeds.serve("/feed.xml", teaser), "tags": ["news"]}],
        "channels": [{"name": "news", "tags": ["news"]}],
    })  # fmt: skip
    app = Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={})
    async with app:
        await app.poll()
        await app.poller.backlog.read()  # (the first poll's teaser gets its page when the poll is read)
        [stored] = app.store.latest_articles(["Teasers"], 5)
    assert "INTERNAL-SECRET" not in stored.article.excerpt
    assert feeds.hits("/internal/admin") == []


def test_a_feed_body_is_never_taken_for_a_file_name_or_a_url(tmp_path):
    """feedparser.parse(bytes) tries bytes as a URL and as a path first: parse_feed must not."""
    from bot.parse import FeedError, parse_feed

    secret = tmp_path / "local.xml"
    secret.write_text(
        "<rss version='2.0'><channel><title>LOCAL SECRET</title><item><title>x</title></item></channel></rss>"
    )
    for body in (str(secret).encode(), secret.as_uri().encode()):
        with pytest.raises(FeedError):
            parse_feed(body)
