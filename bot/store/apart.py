"""A database that needs migrating is migrated by a short child process, so that
the long-running bot never carries Alembic: importing it loads every SQL dialect
Alembic knows and Mako, about 12 MB that would stay in the bot's memory for its
whole life after a one-off upgrade (issue 18: a 1,000-feed cycle in 150 MB).

The child is a saving, never a second source of errors: when it cannot migrate,
for whatever reason, the caller's own migration (``Connections``, in-process)
runs as it always has and reports the problem in its one line.

Run as ``python -m bot.store.apart`` with the URL in ``TIDINGS_MIGRATE_URL`` (an
environment variable, not an argument: a URL can hold a password, and a
process's arguments are visible to every user of the machine).
"""

from __future__ import annotations

import os
import subprocess
import sys

from .problems import sqlite_path

URL_VARIABLE = "TIDINGS_MIGRATE_URL"


def needs_migrating(url: str) -> bool:
    """True when the database at ``url`` can be reached and is not at the newest
    schema (new, or older); False when it is at the newest, or cannot be
    reached at all (the in-process path then says why)."""
    from .schema import create_engine
    from .versions import at_head

    try:
        engine = create_engine(url)
    except Exception:
        return False
    try:
        with engine.connect() as connection:
            return not at_head(connection)
    except Exception:
        return False
    finally:
        engine.dispose()


def migrate_apart(url: str) -> bool:
    """Migrate the database at ``url`` in a child process when it needs it; True
    when the child did. An in-memory SQLite database exists only in this process:
    it is left alone, as is one that cannot be reached."""
    if url.startswith("sqlite") and sqlite_path(url) is None:
        return False
    if not needs_migrating(url):
        return False
    child = subprocess.run(
        [sys.executable, "-m", "bot.store.apart"],
        env=dict(os.environ, **{URL_VARIABLE: url}),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if child.returncode != 0:  # the caller migrates in-process and reports the problem itself
        return False
    sys.stderr.write(child.stderr)  # what a successful migration logged, if anything
    return True


def main() -> int:
    from .connection import Connections

    url = os.environ.get(URL_VARIABLE)
    if not url:
        return 2
    try:
        Connections(url).close()  # migrates, then checks the database can be written
    except Exception:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
