"""`tidings db backup FILE`, `tidings db upgrade` and the refusal of a schema
newer than the code, end to end through the command."""

import sqlite3

import pytest
import sqlalchemy as sa

from bot.cli import main
from bot.store import Store, create_engine, migrate
from bot.store.versions import head_revision
from tests.ops_settings import local_settings


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def make_config(tmp_path):
    return lambda url: local_settings(tmp_path, url)


def test_backup_of_sqlite_while_the_store_is_open(make_config, tmp_path, capsys):
    db = tmp_path / "data" / "t.db"
    config = make_config(f"sqlite:///{db}")
    assert run(capsys, "poll", "--history", "--config", config)[0] == 0  # (its first polls read now)
    store = Store(f"sqlite:///{db}")  # another process has it open (WAL): the backup still works
    try:
        code, out, err = run(capsys, "db", "backup", str(tmp_path / "backup.db"), "--config", config)
    finally:
        store.close()
    assert code == 0, err
    assert out.startswith(f"backed up {db} to {tmp_path / 'backup.db'} (") and out.rstrip().endswith(", 2 articles)")
    copy = sqlite3.connect(tmp_path / "backup.db")
    try:
        assert copy.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    finally:
        copy.close()
    assert not (tmp_path / "backup.db-wal").exists() and not (tmp_path / "backup.db.part").exists()
    # A copy that works as an archive: point a settings file at it.
    code, out, _ = run(
        capsys, "search", "CVE-2026-0001", "--config", make_config(f"sqlite:///{tmp_path / 'backup.db'}")
    )
    assert code == 0 and "Patch now" in out


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("backup.db", "{dest} exists already; a backup never overwrites a file: choose a new name"),
        ("no/such/dir/b.db", "{parent}: no such directory"),
    ],
)
def test_backup_refusals_are_one_line(make_config, tmp_path, capsys, target, message):
    config = make_config(f"sqlite:///{tmp_path / 't.db'}")
    run(capsys, "poll", "--config", config)
    (tmp_path / "backup.db").write_text("precious")
    dest = tmp_path / target
    code, out, err = run(capsys, "db", "backup", str(dest), "--config", config)
    assert (code, out) == (2, "")
    assert err == "tidings: " + message.format(dest=dest, parent=dest.parent) + "\n"
    assert (tmp_path / "backup.db").read_text() == "precious"


def test_backup_before_any_database(make_config, tmp_path, capsys):
    config = make_config(f"sqlite:///{tmp_path / 'none.db'}")
    code, _, err = run(capsys, "db", "backup", str(tmp_path / "b.db"), "--config", config)
    assert code == 2 and err == f"tidings: {tmp_path / 'none.db'}: no database there yet, so nothing to back up\n"


def test_backup_of_postgresql_points_to_pg_dump(make_config, postgres_url, tmp_path, capsys):
    code, out, err = run(capsys, "db", "backup", str(tmp_path / "b.db"), "--config", make_config(postgres_url))
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    # (the test's URL names a schema of its own in its query: pg_dump gets it too)
    assert err.startswith(f"tidings: this database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom "
                          f"--file=tidings.dump 'postgresql://{url.username}@{url.host}:{url.port}/{url.database}")  # fmt: skip
    assert err.endswith("' (password from PGPASSWORD; README: Upgrading and backups)\n")
    assert f":{url.password}@" not in err  # never the password


def test_upgrade_from_an_older_schema(make_config, empty_database_url, capsys):
    database_url = empty_database_url
    engine = create_engine(database_url)
    migrate(engine, "0010")
    engine.dispose()
    config = make_config(database_url)
    code, out, err = run(capsys, "db", "upgrade", "--config", config)
    assert code == 0, err
    assert out.rstrip().endswith(
        f"upgraded the schema from revision 0010 to {head_revision()} (newest: {head_revision()})"
    )
    assert "password" not in out and ":postgres@" not in out  # the URL is shown without its password
    code, out, _ = run(capsys, "db", "upgrade", "--config", config)
    assert code == 0 and out.rstrip().endswith(f"the schema is up to date (revision {head_revision()})")


@pytest.mark.parametrize("command", [["status"], ["db", "upgrade"], ["poll"], ["run", "--once"], ["feeds", "list"]])
def test_a_schema_newer_than_the_code_is_refused(make_config, database_url, capsys, command):
    Store(database_url).close()
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    code, out, err = run(capsys, *command, "--config", make_config(database_url))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "the database schema (revision 0099) is newer than this Tidings knows" in err
    assert err.rstrip().endswith("run the newer Tidings, or restore a backup made before the upgrade")


def test_backup_of_a_file_that_is_not_a_database(make_config, tmp_path, capsys):
    (tmp_path / "t.db").write_bytes(b"this is not SQLite" * 100)
    config = make_config(f"sqlite:///{tmp_path / 't.db'}")
    code, out, err = run(capsys, "db", "backup", str(tmp_path / "b.db"), "--config", config)
    assert (code, out) == (2, "")
    assert err == f"tidings: {tmp_path / 't.db'}: cannot back it up to {tmp_path / 'b.db'}: file is not a database\n"
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "b.db.part").exists()
