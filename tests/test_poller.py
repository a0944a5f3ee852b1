"""bot/poller.py: the poll cycle's report (the cycle itself is driven end to end
through a real feed server in tests/test_app.py, test_group_commit.py and
test_processes.py)."""

from bot.poller import FeedOutcome, PollReport
from tests.builders import stored


def big_report(feeds: int = 1000, per_feed: int = 20) -> PollReport:
    articles = [stored(n) for n in range(per_feed)]
    return PollReport([FeedOutcome(f"Feed {i}", "ok", new=tuple(a.article for a in articles), stored=tuple(articles))
                       for i in range(feeds)])  # fmt: skip


def test_a_poll_reports_repr_is_its_summary_not_every_article():
    """asyncio.run() builds the repr of what the main coroutine returns (Python 3.11):
    a report of a 1,000-feed cycle must not be a 34-million-character string (issue 18)."""
    report = big_report()
    assert report.new_articles == 20_000
    assert repr(report) == "PollReport(1000 feeds polled: 1000 ok, 0 not modified, 0 failed; 20000 new articles)"


def test_the_summary_counts_each_status():
    report = PollReport([FeedOutcome("a", "ok"), FeedOutcome("b", "not_modified"), FeedOutcome("c", "unchanged"),
                         FeedOutcome("d", "failed", error="HTTP 500")])  # fmt: skip
    assert report.summary() == "4 feeds polled: 1 ok, 2 not modified, 1 failed; 0 new articles"
    assert report.count("failed") == 1
