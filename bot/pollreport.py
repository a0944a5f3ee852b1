"""What a poll cycle reports: one ``FeedOutcome`` per feed polled, and the ``PollReport``
of the cycle (bot/poller.py makes them; the metrics, the log line and `tidings poll` read them)."""

from __future__ import annotations

import collections
import functools
from dataclasses import dataclass, field
from datetime import datetime

from .models import Article, StoredArticle


@dataclass(slots=True)  # not frozen: one per feed polled (see models.FeedState)
class FeedOutcome:
    feed: str
    status: str  # "ok", "not_modified", "unchanged" (same body), "failed", "deferred" (poller.DEFERRED)
    # The new articles, for what posts them at once (watchlist, real-time). A backfill
    # (the feed's first poll) has none: its document is kept and read later, as history
    # that is never posted (``backlog``: how many entries it has; bot/backlog.py, issue 18).
    new: tuple[Article, ...] = ()
    error: str = ""
    warning: str = ""
    backfill: bool = False  # the feed's first poll: its entries are history, not news
    stored: tuple[StoredArticle, ...] = ()  # the new articles as stored (with their ids)
    failures: int = 0  # failed polls in a row, this one included
    failing_since: datetime | None = None
    recovered_from: datetime | None = None  # set when a failing feed works again: when it started failing
    new_count: int = 0  # how many articles were new (also when ``new`` is not kept)
    backlog: int = 0  # a first poll: the entries it kept to read later (bot/backlog.py)

    @property
    def new_articles(self) -> int:
        return max(self.new_count, len(self.new))


@dataclass
class PollReport:
    # repr=False: asyncio.run() builds the repr of what the main coroutine returns
    # when its loop closes (Python 3.11); with every article of a 1,000-feed cycle
    # that was a 34-million-character string, 136 MB at the peak (issue 18).
    outcomes: list[FeedOutcome] = field(default_factory=list, repr=False)

    def __repr__(self) -> str:
        return f"PollReport({self.summary()})"

    # Counted once, when first asked (a report is made when its poll has ended): the
    # metrics, the log line, the caller each ask again, and a warm cycle has 10,000 outcomes.
    @functools.cached_property
    def statuses(self) -> collections.Counter[str]:
        """How many outcomes have each status."""
        return collections.Counter(o.status for o in self.outcomes)

    def count(self, *statuses: str) -> int:
        by_status = self.statuses
        return sum(by_status[s] for s in set(statuses))

    @functools.cached_property
    def new_articles(self) -> int:
        return sum(o.new_articles for o in self.outcomes)

    @functools.cached_property
    def backlog(self) -> int:
        """The entries first polls kept to read later (bot/backlog.py)."""
        return sum(o.backlog for o in self.outcomes)

    def unreachable(self) -> bool:
        """Two or more feeds polled and every one failed to connect or timed out:
        most likely the network is out of reach (a first run offline), not the feeds."""
        from .metrics import error_kind

        kinds = {error_kind(o.error) if o.status == "failed" else "ok" for o in self.outcomes}
        return len(self.outcomes) >= 2 and kinds <= {"connection", "timeout"}

    def summary(self) -> str:
        return (
            f"{len(self.outcomes)} feeds polled: {self.count('ok')} ok, "
            f"{self.count('not_modified', 'unchanged')} not modified, {self.count('failed')} failed"
            + (f", {self.count('deferred')} deferred" if self.count("deferred") else "")
            + "; "
            f"{self.new_articles} new articles"
            + (f"; {self.backlog} entries of first polls kept, read when first needed" if self.backlog else "")
        )
