import os
import shutil
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


@pytest.fixture(scope="session", autouse=True)
def _cache_home(tmp_path_factory):
    """The settings cache of `tidings` commands run by the tests (bot/config/cache.py)
    in a folder of the run's, never the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
        yield


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


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    """One SQLite database migrated to the newest schema: each test gets a copy
    (migrating a new file costs half a second; a copy, a millisecond)."""
    from bot.store import Store

    path = tmp_path_factory.mktemp("template") / "tidings.db"
    Store(f"sqlite:///{path}").close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, _sqlite_template):
    """Every storage-backed test runs on SQLite and on PostgreSQL: a fresh database
    each, at the newest schema (``empty_database_url``: one without any schema)."""
    if request.param == "sqlite":
        shutil.copy(_sqlite_template, tmp_path / "tidings.db")
        yield f"sqlite:///{tmp_path / 'tidings.db'}"
        return
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    yield request.getfixturevalue("_postgres_emptied")


@pytest.fixture(scope="session")
def _postgres_migrated():
    """One schema migrated to the newest version for the whole run (see _postgres_emptied)."""
    yield from _postgres_database(migrated=True)


@pytest.fixture
def _postgres_emptied(_postgres_migrated):
    """The session's migrated schema with every table emptied (and its ids
    restarted): what a fresh database at the newest schema holds, without the
    half second that migrating one takes."""
    from bot.store import metadata
    from bot.store.versions import head_revision

    engine = sa.create_engine(_postgres_migrated)
    with engine.begin() as conn:
        tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        # (a test may have set another revision: the schema itself is the newest)
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()})
    engine.dispose()
    return _postgres_migrated


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request, tmp_path):
    """A database with no schema at all, for tests of the migrations themselves."""
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


def _postgres_database(migrated: bool = False):
    """A schema of its own in the configured database, first on the search path
    of every connection made with the URL (other processes' too): as good as a
    fresh database for the bot, and far quicker than CREATE/DROP DATABASE."""
    name = f"tidings_test_{uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    url = (
        make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    )
    try:
        if migrated:
            from bot.store import Store

            Store(url).close()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()
