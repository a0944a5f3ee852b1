"""[metrics]: /metrics (Prometheus text format) and /healthz, on a real HTTP port.

In-process with a fake clock for the counts and the health rules, and once
through `tidings run` in a subprocess (on SQLite and PostgreSQL)."""

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.chat import DeliveryError
from bot.config import settings_from_dict
from bot.metrics import Metrics, error_kind, serve
from tests.builders import T0, rss
from tests.fakes.feed_server import status
from tests.ops_settings import local_settings

ROOT = Path(__file__).parent.parent


class Recorder(ConsoleAdapter):
    """The console, but a post can be made to fail (the chat API times out)."""

    def __init__(self):
        super().__init__(out=io.StringIO())
        self.fail = False

    async def post(self, channel, digest, *, sent=(), on_sent=None):
        if self.fail:
            raise DeliveryError("chat API timed out")
        return await super().post(channel, digest, sent=sent, on_sent=on_sent)


def services(bot):
    """What serve needs of a bot: its metrics, the async store, the clock, the poll tick."""
    return bot.metrics, bot.db, bot.clock, bot.settings.polling.tick


def items(n):
    return [(f"s{i}", f"Story {i}") for i in range(n, 0, -1)]


def settings(database_url, feeds, channels, **extra):
    return settings_from_dict({"storage": {"url": database_url}, "feeds": feeds, "channels": channels, **extra})


def samples(text: str) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as resp:
        return resp.status, await resp.text()


@pytest.fixture
async def bot(feeds, clock, database_url):
    clock.set(T0)
    ok = feeds.serve("/ok.xml", rss(items(3)))
    gone = feeds.handle("/gone.xml", status(404))
    s = settings(database_url, [{"name": "Ok", "url": ok}, {"name": "Gone", "url": gone}],
                 [{"name": "news", "feeds": ["Ok", "Gone"]}], polling={"parse_workers": 0, "tick": "60s"},
                 digest={"first_digest_items": 3, "fetch_articles": False})  # fmt: skip
    app = Tidings(s, clock=clock, adapters={"console": Recorder()}, env={}, metrics=Metrics(CollectorRegistry()))
    async with app:
        yield app


async def test_metrics_count_polls_errors_articles_and_posts(bot, clock):
    async with serve(*services(bot), "127.0.0.1:0") as port:
        await bot.poll()
        await bot.post_digest("news")  # (it reads the first poll: its articles are stored then)
        bot.adapters["console"].fail = True
        with pytest.raises(DeliveryError):
            await _fail_once(bot)
        code, text = await get(port, "/metrics")
    assert code == 200
    m = samples(text)
    assert m[("tidings_polls_total", ())] == 1
    assert m[("tidings_feed_polls_total", (("outcome", "ok"),))] == 1
    assert m[("tidings_feed_polls_total", (("outcome", "failed"),))] == 1
    assert m[("tidings_feed_errors_total", (("kind", "http"),))] == 1
    assert m[("tidings_feed_errors_total", (("kind", "timeout"),))] == 0  # every kind is there from the start
    assert m[("tidings_articles_stored_total", ())] == 3
    assert m[("tidings_feeds_failing", ())] == 1
    assert m[("tidings_poll_duration_seconds_count", ())] == 1
    assert m[("tidings_poll_duration_seconds_bucket", (("le", "+Inf"),))] == 1
    assert m[("tidings_last_poll_timestamp_seconds", ())] == T0.timestamp()
    assert m[("tidings_posts_total", (("outcome", "ok"), ("platform", "console")))] == 1
    assert m[("tidings_posts_total", (("outcome", "failed"), ("platform", "console")))] == 1
    assert m[("tidings_delivery_retries_total", ())] == 1


async def _fail_once(bot):
    """A post that fails (the chat API times out): kept, and retried later."""
    from bot.models import Digest

    digest = Digest(channel="news", title="t", generated_at=bot.clock.now(), groups=(), note="hello")
    await bot.deliverer.submit("news", digest, kind="admin", key="metrics-test")


async def test_two_bots_never_share_counts(bot, clock, database_url):
    other = Metrics()  # a registry of its own by default: nothing global
    await bot.poll()
    assert samples(bot.metrics.text().decode())[("tidings_polls_total", ())] == 1
    assert samples(other.text().decode())[("tidings_polls_total", ())] == 0


async def test_healthz_says_when_polls_stop_or_the_database_is_gone(bot, clock):
    async with serve(*services(bot), "127.0.0.1:0") as port:
        code, body = await get(port, "/healthz")
        assert code == 200 and json.loads(body) == {
            "status": "ok",
            "database": "ok",
            "last_poll": None,
            "feeds_failing": 0,
        }
        clock.advance(minutes=3, seconds=1)  # three ticks of 60 s without a finished poll
        code, body = await get(port, "/healthz")
        assert code == 503 and json.loads(body)["poll"] == "no poll finished for 181s (limit 180s: 3 ticks)"
        await bot.poll()
        code, body = await get(port, "/healthz")
        assert code == 200 and json.loads(body)["last_poll"] == clock.now().isoformat()
        assert json.loads(body)["feeds_failing"] == 1
        clock.advance(minutes=2)
        assert (await get(port, "/healthz"))[0] == 200
        # The database goes away (a server nobody answers on).
        engine = bot.store.engine
        bot.store.engine = sa.create_engine(
            "postgresql+psycopg://x:y@127.0.0.1:9/none", connect_args={"connect_timeout": 2}
        )
        try:
            code, body = await get(port, "/healthz")
        finally:
            bot.store.engine = engine
        assert code == 503 and json.loads(body)["database"].startswith("unreachable: ")
        assert (await get(port, "/nothing"))[0] == 404


def test_error_kinds():
    assert [error_kind(e) for e in (
        "HTTP 404 Not Found (the feed is not at this URL)", "timed out after 30s",
        "cannot connect to a.example:443: connection refused", "not a feed: the URL returned an HTML page",
        "refused: feed URLs from chat may not reach private network addresses", "response too large: over the limit",
        "file not found: /x", "something else entirely",
    )] == ["http", "timeout", "connection", "parse", "refused", "too_large", "file", "other"]  # fmt: skip


def test_a_bad_listen_address_is_a_settings_problem(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[metrics]\nlisten = "localhost"\nport = 9464\n')
    result = subprocess.run([sys.executable, "-m", "bot.cli", "check-config", "--config", str(path)],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{path}: metrics.listen: expected HOST:PORT like '127.0.0.1:9464', got 'localhost'" in result.stderr
    assert f"{path}: metrics.port: unknown key (known keys: listen)" in result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, deadline: float) -> tuple[int, str]:
    """The first answer from ``url`` while the process starts (it binds after its first poll)."""
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # waiting for a real process to start listening, not for time to pass


def test_tidings_run_serves_metrics_and_health(tmp_path, database_url):
    port = _free_port()
    config = local_settings(tmp_path, database_url, f'[metrics]\nlisten = "127.0.0.1:{port}"')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config", config],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        code, body = _wait_for(f"http://127.0.0.1:{port}/healthz", proc, time.monotonic() + 60)
        assert code == 200 and json.loads(body)["status"] == "ok"
        deadline = time.monotonic() + 60
        while True:  # the endpoint is up from the start; the first poll follows, its history read after it
            code, text = _wait_for(f"http://127.0.0.1:{port}/metrics", proc, deadline)
            m = samples(text)
            if m[("tidings_articles_stored_total", ())] or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert code == 200 and m[("tidings_polls_total", ())] == 1 and m[("tidings_articles_stored_total", ())] == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err


async def test_a_busy_metrics_port_is_one_line(bot):
    from bot.chat import StartError

    async with serve(*services(bot), "127.0.0.1:0") as port:
        with pytest.raises(StartError, match=rf"^\[metrics\] listen = '127.0.0.1:{port}': cannot listen there: "):
            async with serve(*services(bot), f"127.0.0.1:{port}"):
                pass


def test_every_operator_command_has_help():
    for command in (["feeds", "list"], ["feeds", "add"], ["feeds", "remove"], ["feeds", "import"], ["feeds", "export"],
                    ["db", "backup"], ["db", "upgrade"]):  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", *command, "--help"], capture_output=True, text=True, cwd=ROOT
        )
        assert result.returncode == 0 and "--config" in result.stdout, command
    for group in ("feeds", "db"):  # a group alone lists its commands (exit 2: nothing was done)
        result = subprocess.run([sys.executable, "-m", "bot.cli", group], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 2 and "COMMAND" in result.stdout and result.stderr == "", group
