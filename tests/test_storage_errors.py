"""A database the bot cannot use: read-only (file or folder), damaged, or turned
read-only while it runs. One line naming the file, what is wrong and what to
do; exit code 2 at the start; during `run` the poll waits for the next tick and
nothing stored is lost. Real SQLite files and real `tidings` processes."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from bot.app import Tidings
from bot.config import settings_from_dict
from bot.store import StorageError, Store
from tests.builders import rss
from tests.fakes.processes import one_feed_settings

ROOT = Path(__file__).parent.parent
# Root writes through any file mode: as root, the command runs without the
# capabilities that let it (it stays root, so it can still read its Python).
MODES_APPLY = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


def tidings(*args: str, modes_apply: bool = False) -> subprocess.CompletedProcess:
    """Run `tidings ARGS`; with ``modes_apply``, file modes bind it even as root."""
    prefix = []
    if modes_apply and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a read-only file cannot be shown")
        prefix = MODES_APPLY
    return subprocess.run(
        [*prefix, sys.executable, "-m", "bot.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def place(tmp_path):
    yield tmp_path
    for p in [tmp_path, *tmp_path.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)  # so that pytest can remove it


def write_settings(folder: Path, db: Path) -> str:
    return one_feed_settings(folder, db, "http://127.0.0.1:9/feed", "parse_workers = 0")


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def made_database(folder: Path) -> Path:
    db = folder / "data" / "tidings.db"
    Store(f"sqlite:///{db}").close()
    return db


@pytest.mark.parametrize("command", [["status"], ["run", "--once"], ["poll"]])
def test_a_read_only_database_file_is_one_line_naming_it_and_exit_2(place, command):
    db = made_database(place)
    config = write_settings(place, db)
    for p in db.parent.iterdir():
        p.chmod(0o444)
    result = tidings(*command, "--config", config, modes_apply=True)
    assert result.returncode == 2, result.stderr
    line = one_line(result)
    assert str(db) in line and "read-only" in line and "write access" in line


def test_a_read_only_database_folder_is_one_line_naming_it_and_exit_2(place):
    db = made_database(place)
    config = write_settings(place, db)
    for p in db.parent.glob("tidings.db-*"):
        p.unlink()  # the -wal and -shm files must be created: the folder is in the way
    db.parent.chmod(0o555)
    result = tidings("run", "--once", "--config", config, modes_apply=True)
    assert result.returncode == 2, result.stderr
    line = one_line(result)
    assert str(db) in line and "read-only" in line and str(db.parent) in line


def test_a_folder_that_cannot_be_created_is_one_line_and_exit_2(place):
    (place / "locked").mkdir()
    (place / "locked").chmod(0o555)
    config = write_settings(place, place / "locked" / "data" / "tidings.db")
    result = tidings("status", "--config", config, modes_apply=True)
    assert result.returncode == 2, result.stderr
    assert str(place / "locked" / "data") in one_line(result)


@pytest.mark.parametrize("damage", ["not a database", "damaged pages"])
def test_a_corrupted_sqlite_file_is_one_line_naming_it_exit_2_and_left_as_it_is(place, damage):
    db = made_database(place)
    config = write_settings(place, db)
    if damage == "not a database":
        db.write_bytes(b"these are not the bytes of a database\n" * 200)
    else:  # a header SQLite accepts, then garbage where the tables are
        data = bytearray(db.read_bytes())
        data[4096:] = os.urandom(len(data) - 4096)
        db.write_bytes(bytes(data))
    for p in db.parent.glob("tidings.db-*"):
        p.unlink()
    before = db.read_bytes()
    for command in (["status"], ["run", "--once"]):
        result = tidings(*command, "--config", config)
        assert result.returncode == 2, (command, result.stderr, result.stdout)
        text = (result.stderr + result.stdout).strip()
        assert len(text.splitlines()) == 1 and "Traceback" not in text, text
        assert str(db) in text and "damaged" in text and "backup" in text
    assert db.read_bytes() == before  # never deleted, never "repaired" by a new empty archive


# --- while it runs -------------------------------------------------------------------


def _read_only(store: Store, on: bool) -> None:
    """Make the database refuse writes, as a file or server turned read-only does:
    each new connection in the database's own read-only mode (SQLite's
    ``query_only``; PostgreSQL's ``default_transaction_read_only``)."""
    mode = _query_only if store.engine.dialect.name == "sqlite" else _read_only_transactions
    if on:
        event.listen(store.engine, "connect", mode)
    else:
        event.remove(store.engine, "connect", mode)
    store.engine.dispose()  # the connections open now were made before: new ones get the mode


def _query_only(dbapi_connection, _record):
    dbapi_connection.execute("PRAGMA query_only = ON")


def _read_only_transactions(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION default_transaction_read_only = on")
    cursor.close()
    dbapi_connection.commit()


async def test_a_database_turned_read_only_during_run_waits_for_the_next_tick_and_loses_nothing(
    feeds, clock, database_url, caplog
):
    url = feeds.serve("/f.xml", rss([("a", "Story A is here")]))
    settings = settings_from_dict({
        "storage": {"url": database_url}, "polling": {"parse_workers": 0},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "F", "url": url, "tags": ["x"]}],
        "channels": [{"name": "c", "tags": ["x"]}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, env={}) as bot:
        await bot.poll()
        await bot.poller.backlog.read()  # (the first poll, read)
        assert await bot.db.count_articles() == 1

        _read_only(bot.store, True)
        feeds.serve("/f.xml", rss([("b", "Story B is here"), ("a", "Story A is here")]))
        clock.advance(hours=1)
        caplog.clear()
        with caplog.at_level(logging.INFO):
            await bot.jobs.poll()  # what the scheduler runs at each tick
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert len(errors) == 1 and errors[0].exc_info is None, caplog.text
        assert "runs again at the next tick" in errors[0].getMessage()
        assert "read-only" in errors[0].getMessage()
        assert "Traceback" not in caplog.text

        _read_only(bot.store, False)
        clock.advance(minutes=1)
        await bot.jobs.poll()  # the next tick: the feed is polled again, nothing was lost
        assert await bot.db.count_articles() == 2
        state = bot.store.feed_state("F")
        assert state is not None and state.last_error is None


async def test_a_store_error_names_the_file_for_every_caller(tmp_path):
    db = tmp_path / "t.db"
    store = Store(f"sqlite:///{db}")
    store.close()
    db.write_bytes(b"x" * 8192)
    with pytest.raises(StorageError, match=str(db)):
        Store(f"sqlite:///{db}")


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql+psycopg://tidings:x@127.0.0.1:1/tidings", "the database server does not answer"),
])  # fmt: skip
def test_a_postgresql_server_that_does_not_answer_is_one_line_and_exit_2(tmp_path, url, said):
    config = tmp_path / "settings.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n')
    result = tidings("status", "--config", str(config))
    assert result.returncode == 2, result.stderr
    line = one_line(result)
    assert said in line and "tidings:***@127.0.0.1:1/tidings" in line and "x@" not in line
