import pytest

from bot.config import PollingSettings
from bot.fetch import Fetcher
from tests.fakes.clock import FakeClock
from tests.fakes.feed_server import FeedServer


@pytest.fixture
async def feeds():
    async with FeedServer() as server:
        yield server


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
async def fetcher():
    async with Fetcher(PollingSettings(timeout=2, connect_timeout=2, max_body=64 * 1024)) as f:
        yield f
