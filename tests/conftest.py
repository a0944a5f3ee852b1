import os
from uuid import uuid4

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bot.config import PollingSettings
from bot.fetch import Fetcher
from tests.fakes.clock import FakeClock
from tests.fakes.feed_server import FeedServer
from tests.fuzzing import load_profile

load_profile()  # hypothesis: dev (default), ci or deep, from HYPOTHESIS_PROFILE (tests/fuzzing.py)


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


POSTGRES = os.environ.get("TIDINGS_TEST_POSTGRES", "")
NO_POSTGRES = (
    "PostgreSQL not configured: set TIDINGS_TEST_POSTGRES=postgresql+psycopg://USER:PASSWORD@HOST/DB "
    "to run this on PostgreSQL too (.ci/run does)"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Every storage-backed test runs on SQLite and on PostgreSQL (a fresh database each)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tidings.db'}"
        return
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    yield from _postgres_database()


@pytest.fixture
def postgres_url():
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    yield from _postgres_database()


def _postgres_database():
    name = f"tidings_test_{uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
