"""The archive as the services use it: the store, the one database thread its
async side runs on (``AsyncStore``) and the catalog over both. The composition
root (bot/app.py) builds one for the bot; the terminal's lookups (`tidings
status`, `search`, `latest`: bot/clibase.py) build one alone, with the /news
handlers over it and nothing else of the bot, so they start quickly (issue 18)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from .catalog import AsyncCatalog, Catalog
from .config import Settings
from .store import Store
from .store.database import AsyncStore


class Archive:
    def __init__(self, settings: Settings, *, store: Store | None = None):
        self.store = store or Store(settings.database_url)  # synchronous: tools and tests read it directly
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="tidings-db")
        self.db = AsyncStore(self.store, self._thread)  # what async code uses: calls run on the database thread
        self.catalog = AsyncCatalog(Catalog(settings, self.store), self.db.thread)

    def close(self) -> None:
        self._thread.shutdown(wait=True)
        self.store.close()
