"""set34's findings F11 and F10 (/work/unseen34/FINDINGS.md): an entry's date from its link's path when the feed
gives none, or gives only its build time."""

from datetime import UTC, datetime
from pathlib import Path

from bot.humanize import item_time
from bot.normalize import read_feed

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


def test_the_feeds_build_time_on_most_entries_is_not_theirs():
    """set34 F10 (unseen/set34/feeds/paulofeh--rss-de-valor-oglobo.xml, MIT): 89 of 110 entries carry the channel's
    lastBuildDate (06 Apr 2026 07:30:23) as pubDate while their links say /2026/03/, /2025/12/: December columns were
    shown as published 6 April. Those are undated (their links give only a month); the others keep their dates."""
    now = datetime(2026, 4, 7, tzinfo=UTC)
    articles = _articles((SET34 / "paulofeh--rss-de-valor-oglobo.xml").read_bytes(), now)
    stamped = [a for a in articles if not a.has_date]
    assert len(stamped) == 89 and len(articles) == 110
    december = next(a for a in articles if a.link.endswith("/2025/12/carta-ao-papai-noel.ghtml"))
    assert not december.has_date
    assert (
        'date: pubDate "Mon, 06 Apr 2026 07:30:23 +0000" is the feed\'s build time, on 89 of 110 entries, not this'
        " one's (its link says 2025/12), the time it was first seen" in december.provenance
    )
    own = next(a for a in articles if a.link.endswith("/2026/04/o-desamparo-adolescente.ghtml"))
    assert own.has_date and own.published == datetime(2026, 4, 6, 7, 30, 19, tzinfo=UTC)


def _edition(links: list[str], stamp: str = "Mon, 06 Apr 2026 07:30:23 +0000") -> str:
    # (made-up words in the shape of a daily edition: every entry at the build time)
    items = "".join(
        f"<item><title>Artigo {n}</title><link>https://jornal.example/coluna/{link}</link>"
        f"<description>Texto do artigo {n}, escrito em poucas palavras.</description><pubDate>{stamp}</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Jornal</title>"
        f"<lastBuildDate>{stamp}</lastBuildDate>{items}</channel></rss>"
    )


def test_a_build_time_takes_the_links_day_and_an_edition_keeps_its_date():
    """set34 F10: a stamped entry whose link carries a full day takes that day; a daily edition really published at
    once (its links on the stamp's day, or with no date) keeps the stamp."""
    now = datetime(2026, 4, 7, tzinfo=UTC)
    days = _articles(_edition(["2026/03/30/a", "2026/02/11/b", "2025/12/24/c"]), now)
    assert [a.published.date().isoformat() for a in days] == ["2026-03-30", "2026-02-11", "2025-12-24"]
    assert all(a.has_date for a in days)
    stamp = datetime(2026, 4, 6, 7, 30, 23, tzinfo=UTC)
    for links in (
        ["2026/04/06/a", "2026/04/06/b", "2026/04/06/c"],
        ["2026/04/a", "2026/04/b", "2026/04/c"],
        ["a", "b", "c"],
    ):
        assert [a.published for a in _articles(_edition(links), now)] == [stamp] * 3
    # (the links agree with one another, a section's month: no entry's date)
    assert [a.published for a in _articles(_edition(["2026/03/a", "2026/03/b", "2026/03/c"]), now)] == [stamp] * 3
