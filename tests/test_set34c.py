"""set34's findings F11 and F10 (/work/unseen34/FINDINGS.md): an entry's date from its link's path when the feed
gives none, or gives only its build time."""

import json
from datetime import UTC, datetime
from pathlib import Path

from bot.humanize import item_time
from bot.normalize import read_feed
from bot.rawfeed import link_date

SET34 = Path(__file__).parent / "data" / "unseen" / "set34" / "feeds"


def _articles(body: str | bytes, now: datetime):
    data = body.encode() if isinstance(body, str) else body
    return read_feed(data, url="https://feed.example/rss.xml", source="f", now=now, excerpt_length=300).articles


def _iss_shaped(links: list[str]) -> str:
    # Facilitairinfo--newsfeeds-iss.xml (no licence found: made-up words in its shape): no dates, dated links.
    items = "".join(
        f"<item><title>Nieuwsbericht {n}</title><link>https://www.werk.example/nl-NL/news/{link}</link>"
        f"<description>Op een dag heeft het bedrijf iets gedaan, bericht nummer {n}.</description></item>"
        for n, link in enumerate(links)
    )
    return f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Nieuws</title>{items}</channel></rss>"


def test_an_undated_entry_takes_the_day_its_link_carries():
    """set34 F11 (Facilitairinfo--newsfeeds-iss.xml): no date in the feed, every link "…/news/2025/09/02/slug": the
    items were "undated". The day the link carries is the date, a day without a time, and the digest line says so."""
    now = datetime(2025, 9, 3, 10, 0, tzinfo=UTC)
    links = ["2025/09/02/uitreiking-cheque", "2025/08/25/samenwerking-school", "2025/07/30/banenkansen"]
    articles = _articles(_iss_shaped(links), now)
    assert [a.published for a in articles] == [
        datetime(2025, 9, 2, tzinfo=UTC),
        datetime(2025, 8, 25, tzinfo=UTC),
        datetime(2025, 7, 30, tzinfo=UTC),
    ]
    assert all(a.has_date for a in articles)
    assert 'date: the link\'s path "/2025/09/02/" (a day, no time: the feed gives no date)' in articles[0].provenance
    # The digest line: a day ("yesterday", not "10 h ago"), and an older one its date.
    assert [item_time(a.published, now, a.has_date) for a in articles] == ["yesterday", "25 Aug 2025", "30 Jul 2025"]
    assert item_time(datetime(2025, 9, 3, tzinfo=UTC), now) == "today"
    assert item_time(datetime(2025, 9, 3, 0, 0, 1, tzinfo=UTC), now) == "9 h ago"  # (a time of its own)
    # A section's date, the same on every link, or a lone entry: no entry's date, still undated.
    same = ["2025/09/02/a", "2025/09/02/b", "2025/09/02/c"]
    assert not any(a.has_date for a in _articles(_iss_shaped(same), now))
    assert not _articles(_iss_shaped(["2025/09/02/a"]), now)[0].has_date
    assert not any(a.has_date for a in _articles(_iss_shaped(["2025/09/02/a", "over-ons"]), now))


def test_link_days_after_now_or_glued_to_a_slug_and_json_feeds():
    """set34 F11's reviews: an events list's links carry the events' days, some ahead: no entry takes its link's
    day; "/2025/09/02.html" carries the day, "/2025/08/10-tips-…" (a month's permalink) does not; a JSON Feed's
    items alike; an entry without a dated link stays undated beside those that take theirs; a roundup's links to
    other sites carry their articles' days, not the entries'."""
    now = datetime(2025, 9, 3, 9, 0, tzinfo=UTC)
    events = _articles(_iss_shaped(["2025/09/06/a", "2025/08/20/b", "2025/08/01/c"]), now)
    assert not any(a.has_date for a in events)
    glued = _articles(_iss_shaped(["2025/09/02.html", "2025/08/25/b", "over-ons"]), now)
    assert [a.published.date().isoformat() for a in glued[:2]] == ["2025-09-02", "2025-08-25"]
    assert [a.has_date for a in glued] == [True, True, False]
    assert link_date("https://blog.example/2025/08/10-tips-for-better-sleep/") is None
    items = [{"id": str(n), "url": f"https://werk.example/news/2025/0{n}/1{n}/x", "title": f"T {n}",
              "content_text": f"Op een dag, bericht {n}."} for n in (7, 8)]  # fmt: skip
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "N", "items": items})
    assert [a.published.date().isoformat() for a in _articles(body, now)] == ["2025-07-17", "2025-08-18"]
    roundup = (
        _iss_shaped(["a", "b", "c"])
        .replace("https://www.werk.example/nl-NL/news/a", "https://other.example/2014/03/12/why-lisp/")
        .replace("https://www.werk.example/nl-NL/news/b", "https://third.example/2019/07/01/x/")
    )
    assert not any(a.has_date for a in _articles(roundup, now))


def test_the_feeds_build_time_is_kept():
    """set34 F10 (unseen/set34/feeds/paulofeh--rss-de-valor-oglobo.xml, MIT): 89 of 110 entries carry the channel's
    lastBuildDate as pubDate while their links say /2026/03/, /2025/12/. Left as the feed says (its fix was
    reverted after review): a feed that publishes a batch at one time, its links carrying other days (a
    conference's talks), looks the same, and its new entries, dated months back, would never be posted."""
    now = datetime(2026, 4, 7, tzinfo=UTC)
    articles = _articles((SET34 / "paulofeh--rss-de-valor-oglobo.xml").read_bytes(), now)
    assert len(articles) == 110 and all(a.has_date for a in articles)
