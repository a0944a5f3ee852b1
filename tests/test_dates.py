"""Dates as real feeds write them (bot/dates.py), through parse.py and normalize.py
into provenance, and what an undated article may not do in a first digest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import datenames
from bot.dates import ParsedDate, numeric_orders, parse_date, read_fast, read_slow
from bot.normalize import read_feed
from bot.parse import parse_feed
from tests.builders import T0, build_digest, channel, stored


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


# (text, expected UTC time, the offset it gave (None: no zone, UTC assumed), language note)
TABLE = [
    # the corpus's shapes (tests/data/corpus: realworld and feedparser's edge cases)
    ("Thu, 01 Jan 2004 19:48:21 GMT", utc(2004, 1, 1, 19, 48, 21), 0, ""),
    ("Tue, 28 Nov 2017 21:19:26 -0800", utc(2017, 11, 29, 5, 19, 26), -480, ""),
    ("Wed, 28 Aug 2019 14:00:00 -0000", utc(2019, 8, 28, 14), 0, ""),
    ("Wed, 5 Nov 2025 07:00:00  EST", utc(2025, 11, 5, 12), -300, ""),
    ("2003-12-31T10:14:55Z", utc(2003, 12, 31, 10, 14, 55), 0, ""),
    ("2017-04-07T12:20:50+10:30", utc(2017, 4, 7, 1, 50, 50), 630, ""),
    ("2026-05-15T15:53:50-04:00", utc(2026, 5, 15, 19, 53, 50), -240, ""),
    ("2025-02-20T00:00:00.000-05:00", utc(2025, 2, 20, 5), -300, ""),
    ("2019-08-24", utc(2019, 8, 24), None, ""),
    ("2018-01-06T08:00", utc(2018, 1, 6, 8), None, ""),
    ("2020/1/10 14:16:00", utc(2020, 1, 10, 14, 16), None, ""),  # feedparser read 1 December
    # European day and month names
    ("Seg, 24 Set 2018 13:21:00 -0300", utc(2018, 9, 24, 16, 21), -180, "Portuguese"),
    ("Mer, 12 Déc 2018 10:00:00 +0100", utc(2018, 12, 12, 9), 60, "French"),
    ("Mi, 05 Dez 2018 10:00:00 +0100", utc(2018, 12, 5, 9), 60, "German"),
    ("mar., 04 déc. 2018 10:00:00 +0100", utc(2018, 12, 4, 9), 60, "French or Romanian"),
    ("Lun, 03 Dic 2018 08:00:00 +0100", utc(2018, 12, 3, 7), 60, "Italian or Spanish"),
    ("ma 03 dec 2018 08:00:00 +0100", utc(2018, 12, 3, 7), 60, "Dutch"),
    ("Gio, 13 Set 2018 08:00:00 +0200", utc(2018, 9, 13, 6), 120, "Italian"),
    ("Mié, 05 Dic 2018 08:00:00 +0100", utc(2018, 12, 5, 7), 60, "Spanish"),
    ("Montag, 24. September 2018 13:21", utc(2018, 9, 24, 13, 21), None, "German"),
    ("24 de setembro de 2018 13:21", utc(2018, 9, 24, 13, 21), None, "Portuguese"),
    ("vendredi 28 septembre 2018 à 13h21", utc(2018, 9, 28, 13, 21), None, "French"),
    ("Pzt, 24 Eyl 2018 13:21:00 +0300", utc(2018, 9, 24, 10, 21), 180, "Turkish"),
    ("Пн, 24 сен 2018 13:21:00 +0300", utc(2018, 9, 24, 10, 21), 180, "Russian"),
    ("24 września 2018 13:21", utc(2018, 9, 24, 13, 21), None, "Polish"),
    ("tis, 25 sep 2018 13:21:00 +0200", utc(2018, 9, 25, 11, 21), 120, "Swedish"),
    # ISO 8601 variants
    ("2018-09-24 13:21:00", utc(2018, 9, 24, 13, 21), None, ""),
    ("2018-09-24T13:21:00.123456Z", utc(2018, 9, 24, 13, 21, 0, 123456), 0, ""),
    ("2018-09-24T13:21:00.123456789+00:00", utc(2018, 9, 24, 13, 21, 0, 123456), 0, ""),
    ("2018-09-24T13:21:00+0300", utc(2018, 9, 24, 10, 21), 180, ""),
    ("2018-09-24T13:21:00 +03:00", utc(2018, 9, 24, 10, 21), 180, ""),
    ("20180924T132100Z", utc(2018, 9, 24, 13, 21), 0, ""),
    ("  2018-09-24T13:21:00Z\n", utc(2018, 9, 24, 13, 21), 0, ""),
    # numeric dates
    ("24/09/2018 13:21", utc(2018, 9, 24, 13, 21), None, ""),
    ("09/24/2018 13:21", utc(2018, 9, 24, 13, 21), None, ""),
    ("24.09.2018 13:21", utc(2018, 9, 24, 13, 21), None, ""),
    # slips, two-digit years, named zones and offsets
    ("Mon, 24 Sep 18 13:21:00 GMT", utc(2018, 9, 24, 13, 21), 0, ""),
    ("Thur, 24 Sept 2018", utc(2018, 9, 24), None, ""),
    ("Tues, 25 Sep 2018 13:21:00 GMT+3", utc(2018, 9, 25, 10, 21), 180, ""),
    ("Mon 24 Sep 2018 13:21:00 +0000", utc(2018, 9, 24, 13, 21), 0, ""),
    ("Mon, 24 Sep 2018 13:21 +0000", utc(2018, 9, 24, 13, 21), 0, ""),
    ("Mon, 24 Sep 2018 13:21:00 +03:00", utc(2018, 9, 24, 10, 21), 180, ""),
    ("Mon, 24 Sep 2018 13:21:00 UTC+03:00", utc(2018, 9, 24, 10, 21), 180, ""),
    ("Mon, 24 Sep 2018 13:21:00 +0300 (MSK)", utc(2018, 9, 24, 10, 21), 180, ""),
    ("Mon, 24 Sep 2018 13:21:00 CEST", utc(2018, 9, 24, 11, 21), 120, ""),
    ("Sun, 1 Jun 2025 12:00:00 PDT", utc(2025, 6, 1, 19), -420, ""),
    ("Mon, 24 Sep 2018 13:21:00 IST", utc(2018, 9, 24, 13, 21), None, ""),  # ambiguous: not guessed
    ("Sat, 29 Sep 2018 24:00:00 GMT", utc(2018, 9, 30), 0, ""),
    ("Sat, 30 Jun 2012 23:59:60 GMT", utc(2012, 6, 30, 23, 59, 59), 0, ""),
    ("September 24, 2018 1:21 PM EST", utc(2018, 9, 24, 18, 21), -300, ""),
    ("Mon Sep 24 13:21:00 2018", utc(2018, 9, 24, 13, 21), None, ""),
    ("1537795260", utc(2018, 9, 24, 13, 21), 0, ""),
]


@pytest.mark.parametrize(("text", "when", "offset", "language"), TABLE, ids=[t[0] for t in TABLE])
def test_real_world_dates(text, when, offset, language):
    parsed = read_fast(text)  # all of these are the fast path's
    assert parsed is not None
    assert (parsed.when, parsed.offset, parsed.language) == (when, offset, language)
    assert parsed.when.tzinfo is UTC


@pytest.mark.parametrize("text", [
    "", "   ", "garbage", "not a date", "Mon, 31 Feb 2018 13:21:00 GMT", "2018-13-45", "2018-09-24T25:00:00Z",
    "Mon, 24 Jui 2018 10:00 GMT",  # juin or juillet?
    "il y a 2 heures", "12345", "x" * 500, "Tomorrow", "24 Sep", "Sep 2018",
])  # fmt: skip
def test_what_cannot_be_read_is_none(text):
    assert parse_date(text) is None


def test_not_a_string_is_none():
    assert parse_date(None) is None and parse_date(1537795260) is None


def test_the_notes_say_what_was_assumed():
    assert read_fast("Seg, 24 Set 2018 13:21:00 -0300").note() == "Portuguese names"
    assert read_fast("2018-09-24 13:21").note() == "no zone given: UTC assumed"
    assert read_fast("Mon, 24 Sep 18 13:21:00 GMT").note() == "two-digit year"
    assert read_fast("Mon, 24 Sep 2018 13:21:00 IST").note() == 'zone "IST" not known; UTC assumed'
    assert read_fast("03/04/2018").note() == "day/month order assumed; no zone given: UTC assumed"
    moved = read_fast("2018-09-24 13:21").in_zone(-180)
    assert moved.when == utc(2018, 9, 24, 16, 21) and moved.note() == "no zone given: the feed's -03:00 assumed"


def test_an_offset_no_zone_has_does_not_move_the_time():
    """huginn's podcast.rss: "+3000" is 30 hours (every zone is within ±14:00); read as
    that offset, the episode was dated 30 hours early. The time stands, as without a zone."""
    for text in ("Fri, 11 Mar 2016 01:15:00 +3000", "2016-03-11T01:15:00+30:00", "Fri, 11 Mar 2016 01:15:00 +0575",
                 "11 Mar 2016 01:15 -1500"):  # fmt: skip
        parsed = read_fast(text)
        assert parsed is not None and (parsed.when, parsed.offset) == (utc(2016, 3, 11, 1, 15), None), text
    assert read_fast("Fri, 11 Mar 2016 01:15:00 +3000").note() == 'zone "+3000" is no real offset; UTC assumed'
    assert read_fast("Fri, 11 Mar 2016 01:15:00 +1400").offset == 14 * 60  # (Kiribati: the furthest there is)
    path = Path(__file__).parent / "data" / "feeds" / "huginn--podcast.rss"
    content = read_feed(path.read_bytes(), url="https://h.example/podcast.rss", source="H", now=NOW, excerpt_length=200)
    [red] = [a for a in content.articles if a.title == "Red,Whine, & Blue"]
    assert red.published == utc(2016, 3, 11, 1, 15) and red.has_date
    assert red.provenance[-1] == (
        'date: pubDate "Fri, 11 Mar 2016 01:15:00 +3000" (zone "+3000" is no real offset; the feed\'s +00:00 assumed)'
    )


def test_two_digit_years_pivot_at_50():
    assert read_fast("Mon, 24 Sep 49 13:21:00 GMT").when.year == 2049
    assert read_fast("Fri, 24 Sep 99 13:21:00 GMT").when.year == 1999


def test_the_slow_path_reads_what_the_fast_one_cannot():
    text = "24 Sep 2018 13:21 Uhr"
    assert read_fast(text) is None
    parsed = read_slow(text)
    assert parsed is not None and parsed.when == utc(2018, 9, 24, 13, 21)
    assert parsed.offset is None and "read by dateparser" in parsed.notes


def test_dateparser_is_imported_only_when_needed():
    import subprocess
    import sys

    code = "import sys, bot.parse, bot.normalize, bot.dates; bot.dates.parse_date('Seg, 24 Set 2018 13:21:00 -0300'); print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_every_month_name_means_one_month():
    """A name shared by languages must be the same month in all of them ("mar" is March everywhere)."""
    for word, (month, langs) in datenames.MONTHS.items():
        assert 1 <= month <= 12 and langs, word


# --- through the parser and normalize ---------------------------------------------------------------

NOW = utc(2026, 1, 1, 12)


def rss(*items: str) -> bytes:
    body = "".join(
        f"<item><title>{n}</title><link>https://br.example/{n}</link>{x}</item>" for n, x in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Notícias</title><link>https://br.example/</link>{body}</channel></rss>"
    ).encode()


def read(body: bytes):
    return read_feed(body, url="https://br.example/feed", source="BR", now=NOW, excerpt_length=200).articles


def test_a_portuguese_feed_is_dated_by_its_own_dates():
    articles = read(rss(
        "<pubDate>Seg, 24 Set 2018 13:21:00 -0300</pubDate>",
        "<pubDate>Ter, 25 Set 2018 09:00:00 -0300</pubDate>",
    ))  # fmt: skip
    assert [a.published for a in articles] == [utc(2018, 9, 24, 16, 21), utc(2018, 9, 25, 12)]
    assert all(a.has_date for a in articles)
    assert articles[0].provenance[-1] == 'date: pubDate "Seg, 24 Set 2018 13:21:00 -0300" (Portuguese names)'


def test_a_date_without_a_zone_takes_the_feeds_zone():
    articles = read(rss(
        "<pubDate>Seg, 24 Set 2018 13:21:00 -0300</pubDate>",
        "<dc:date>2018-09-24 13:21</dc:date>",
        "<pubDate>Ter, 25 Set 2018 09:00:00 -0300</pubDate>",
    ))  # fmt: skip
    assert articles[1].published == utc(2018, 9, 24, 16, 21) and articles[1].has_date
    assert articles[1].provenance[-1] == 'date: dc:date "2018-09-24 13:21" (no zone given: the feed\'s -03:00 assumed)'


def test_a_feed_without_any_zone_is_read_as_utc_and_says_so():
    [article] = read(rss("<dc:date>2018-09-24 13:21</dc:date>"))
    assert article.published == utc(2018, 9, 24, 13, 21) and article.has_date
    assert article.provenance[-1] == 'date: dc:date "2018-09-24 13:21" (no zone given: UTC assumed)'


def test_a_range_of_dates_dates_the_item_by_its_start():
    # set22 F6: an events feed (operahouse--feed.rss, no licence found: the shape with made-up dates) whose pubDate is
    # the event's run: its items were "undated". A start after its end, or a range of times, is no range of dates.
    articles = read(rss(
        "<pubDate>3 Feb \u2013 12 Apr 2025</pubDate>", "<pubDate>8 \u2013 11 Jun 2025</pubDate>",
        "<pubDate>29 Dec 2024 \u2013 4 Jan 2025</pubDate>", "<pubDate>14 \u2013 11 Jun 2025</pubDate>",
    ))  # fmt: skip
    assert [a.published for a in articles[:3]] == [utc(2025, 2, 3), utc(2025, 6, 8), utc(2024, 12, 29)]
    assert all(a.has_date for a in articles[:3]) and not articles[3].has_date
    assert articles[1].provenance[-1] == (
        'date: pubDate "8 \u2013 11 Jun 2025" (the start of a range; no zone given: UTC assumed)'
    )
    assert parse_date("Mon, 5 May 2025 10:00 \u2013 12:00") is None and parse_date("2025-05-01") is not None


def test_an_unreadable_date_is_no_date_and_dated_at_first_sight():
    [unreadable, missing] = read(rss("<pubDate>le jour des morts</pubDate>", ""))
    assert unreadable.published == NOW and not unreadable.has_date
    assert (
        unreadable.provenance[-1] == 'date: pubDate "le jour des morts" could not be read, the time it was first seen'
    )
    assert missing.published == NOW and not missing.has_date
    assert missing.provenance[-1] == "date: none in the feed, the time it was first seen"


def test_a_date_more_than_a_day_ahead_is_clamped():
    ahead = NOW + timedelta(days=3)
    [article, soon] = read(rss(
        f"<pubDate>{ahead:%a, %d %b %Y %H:%M:%S} +0000</pubDate>",
        f"<pubDate>{NOW + timedelta(hours=20):%a, %d %b %Y %H:%M:%S} +0000</pubDate>",
    ))  # fmt: skip
    assert article.published == NOW and not article.has_date
    assert article.provenance[-1].endswith("is more than a day ahead, clamped to the time it was first seen")
    assert soon.published == NOW + timedelta(hours=20) and soon.has_date


def test_a_zero_date_is_no_date_and_a_later_field_is_read():
    # Hugo's zero date, "Mon, 01 Jan 0001" on every page without a date (minutti--it-index.xml and
    # tonyscookbook--uk-index.xml in the eighteenth unseen set, finding 1), and the Unix epoch.
    zero, epoch, later, before_year_one = read(rss(
        "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>",
        "<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>",
        "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate><dc:date>2018-09-24T13:21:00Z</dc:date>",
        "<dc:date>0001-01-01T00:00:00+05:00</dc:date>",  # (before year 1 in UTC: no error either)
    ))  # fmt: skip
    for article in (zero, epoch, before_year_one):
        assert article.published == NOW and not article.has_date
        assert article.provenance[-1].endswith("is a zero date (before 1970), the time it was first seen")
    assert zero.provenance[-1].startswith('date: pubDate "Mon, 01 Jan 0001 00:00:00 +0000" is a zero date')
    assert later.published == utc(2018, 9, 24, 13, 21) and later.has_date


def test_a_sites_zero_dated_pages_in_a_feed_of_dated_posts_are_left_out():
    # set20 F11 (lolloblog's "Cerca", kskpd's "O nas", gkmngrgn's "Lisans": Hugo's search, about and licence
    # pages dated "0001-01-01" beside dated posts) were digest stories "· undated".
    posts = ["<pubDate>Mon, 24 Sep 2018 13:21:00 +0000</pubDate>", "<pubDate>Tue, 25 Sep 2018 09:00:00 +0000</pubDate>"]
    page, epoch = (
        "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>",
        "<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>",
    )
    articles = read(rss(*posts, page, "<dc:date>0001-01-01T00:00:00Z</dc:date>", epoch))
    assert [a.title for a in articles] == ["0", "1", "4"]  # (the Unix epoch: a news site's broken date, a post)
    # (a feed with fewer than two dated entries keeps its undated ones: a changelog, a list of pages with one dated
    # among them, set25 F11's ideasonstage; but a new blog's one post beside a few zero-dated pages, its "About"
    # and "Projects", is a feed of posts: amjad50--ar-index.xml, set28 F10)
    pages = [page.replace("01 Jan", f"0{n} Jan") for n in range(1, 5)]
    assert [a.title for a in read(rss(posts[0], *pages))] == ["0", "1", "2", "3", "4"]
    assert [a.title for a in read(rss(posts[0], *pages[:2]))] == ["0"]


def test_a_sites_zero_dated_legal_pages_are_left_out_where_no_entry_has_a_date():
    # set25 F11: ideasonstage--it-index.xml's "Cookies" and stefanlaser--de-index.xml's "legal" (their cookie notice
    # and Impressum; no licence: the titles only) were digest stories in Hugo feeds of pages, none dated.
    page = "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>"
    body = (
        rss(page, page, page, page).replace(b"<title>1<", b"<title>Cookies<").replace(b"<title>3<", b"<title> legal <")
    )
    assert [a.title for a in read(body)] == ["0", "2"]
    # (a legal title with a date of its own, or dated by the Unix epoch, is the feed's post: it stays)
    dated = rss(
        "<pubDate>Mon, 24 Sep 2018 13:21:00 +0000</pubDate>", "<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>"
    )
    assert [
        a.title
        for a in read(dated.replace(b"<title>0<", b"<title>Impressum<").replace(b"<title>1<", b"<title>Privacy<"))
    ] == ["Impressum", "Privacy"]


def test_a_digest_of_articles_stored_with_year_one_dates_is_built():
    # (a database filled before zero dates were read as none: the digest and its stories still come out)
    from dataclasses import replace

    year_one = datetime(1, 1, 1, tzinfo=UTC)
    old = [stored(n, feed=f"Site {n}", title=f"Notes on the garden in winter, part {n}") for n in range(1, 4)]
    old = [replace(s, article=replace(s.article, published=year_one), first_seen=year_one) for s in old]
    digest = build_digest(old + [stored(n) for n in range(10, 13)], channel(max_items=15), now=T0, since=None)
    titles = [i.title for i in digest.items]
    assert titles[:2] == ["Story 10 from Feed A", "Story 11 from Feed A"]  # (a first digest: the newest five)
    assert sorted(titles[2:]) == [f"Notes on the garden in winter, part {n}" for n in (1, 2, 3)]


def test_a_later_date_is_used_when_the_first_cannot_be_read():
    [article] = read(rss("<pubDate>soon</pubDate><dc:date>2018-09-24T13:21:00Z</dc:date>"))
    assert article.published == utc(2018, 9, 24, 13, 21)
    assert article.provenance[-1] == 'date: dc:date "2018-09-24T13:21:00Z"'


def test_atom_and_json_feed_dates_name_their_fields():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>tag:a,2018:1</id><title>a</title>
      <link href="https://a.example/1"/><updated>2018-09-24T13:21:00</updated></entry>
      <entry><id>tag:a,2018:2</id><title>b</title><link href="https://a.example/2"/><published>2018-09-24T13:21:00+02:00</published></entry></feed>"""
    first, second = parse_feed(atom).entries
    assert (first.date_field, first.published) == ("updated", utc(2018, 9, 24, 11, 21))
    assert first.date_note == "no zone given: the feed's +02:00 assumed"
    json_feed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "j", "items": ['
        b'{"id": "1", "url": "https://j.example/1", "date_published": "Mi, 05 Dez 2018 10:00:00 +0100"},'
        b'{"id": "2", "url": "https://j.example/2", "date_modified": "24/09/2018 13:21"}]}'
    )
    one, two = parse_feed(json_feed).entries
    assert (one.date_field, one.published, one.date_note) == ("date_published", utc(2018, 12, 5, 9), "German names")
    assert (two.date_field, two.published) == ("date_modified", utc(2018, 9, 24, 12, 21))


# --- all-numeric dates: one order per feed -----------------------------------------------------------------


def cnki(*dates: str, language: str = "zh-cn") -> bytes:
    """A Chinese academic journal's feed (CNKI) as it is written: YY/MM/DD dates, no zone."""
    items = "".join(
        f"<item><title><![CDATA[论文{n}]]></title><link><![CDATA[http://kns.cnki.net/kcms/detail/Detail.aspx?f=H{n}]]></link>"
        f"<description><![CDATA[作者：黄文;<br/>摘要：为了探究我国房价波动的宏观经济效应。]]></description>"
        f"<pubDate><![CDATA[{date}]]></pubDate><source><![CDATA[中国知网]]></source></item>"
        for n, date in enumerate(dates)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>河海大学学报-CNKI</title>"
        f"<link>http://kns.cnki.net/kcms/detail/</link><language>{language}</language>{items}</channel></rss>"
    ).encode()


def test_a_feeds_all_numeric_dates_are_read_in_the_one_order_all_of_them_fit():
    """18/01/30 is no date in the past but as year/month/day: the feed's other dates are read so too."""
    articles = read(cnki("18/05/04 00:00", "18/03/14 00:00", "18/01/30 00:00", language="en"))
    assert [a.published for a in articles] == [utc(2018, 5, 4), utc(2018, 3, 14), utc(2018, 1, 30)]
    assert all(a.has_date for a in articles)
    assert articles[0].provenance[-1] == (
        'date: pubDate "18/05/04 00:00" (two-digit year; year/month/day order, the one all the feed\'s dates fit;'
        " no zone given: UTC assumed)"
    )
    # The poll's time decides what is ahead: in 2031, 30 January 2018 or 18 January 2030.
    later = read_feed(cnki("18/05/04 00:00", "18/01/30 00:00", language="en"), url="https://c.example/f",
                      source="C", now=utc(2031, 1, 1), excerpt_length=200).articles  # fmt: skip
    assert [a.published for a in later] == [utc(2004, 5, 18), utc(2030, 1, 18)]  # (day first, as read alone)


def test_when_more_than_one_order_fits_the_feeds_language_decides_then_day_first():
    assert [a.published for a in read(cnki("18/05/04 00:00", "18/03/14 00:00"))] == [utc(2018, 5, 4), utc(2018, 3, 14)]
    assert [a.published for a in read(cnki("18/05/04 00:00", "18/03/14 00:00", language="de"))] == [
        utc(2004, 5, 18), utc(2014, 3, 18)
    ]  # fmt: skip
    atom = (
        b"<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='ja'><title>t</title><entry><id>1</id><title>a</title>"
        b"<link href='https://j.example/1'/><updated>18.05.04 09:00</updated></entry></feed>"
    )
    assert parse_feed(atom, now=NOW).entries[0].published == utc(2018, 5, 4, 9)


def test_month_first_dates_are_read_so_all_through_the_feed():
    """09/24/2018 can only be month first: 05/04/2018 in the same feed is 4 May, not 5 April."""
    articles = read(rss("<pubDate>09/24/2018 13:21</pubDate>", "<pubDate>05/04/2018 08:00</pubDate>"))
    assert [a.published for a in articles] == [utc(2018, 9, 24, 13, 21), utc(2018, 5, 4, 8)]
    # Alone, or among day-first dates, a date that fits both is day first, as before; its note
    # says why (a date only one order reads has none: "24/09/2018" is day first anyway).
    assert parse_date("05/04/2018").when == utc(2018, 4, 5)
    assert parse_date("05/04/2018").notes == ("day/month order assumed",)
    day_first = read(rss("<pubDate>24/09/2018 13:21</pubDate>", "<pubDate>05/04/2018 08:00</pubDate>"))
    assert [a.published for a in day_first] == [utc(2018, 9, 24, 13, 21), utc(2018, 4, 5, 8)]
    assert [a.provenance[-1] for a in day_first] == [
        'date: pubDate "24/09/2018 13:21" (no zone given: UTC assumed)',
        'date: pubDate "05/04/2018 08:00" (day/month/year order, the one all the feed\'s dates fit;'
        " no zone given: UTC assumed)",
    ]


def test_dates_with_names_or_a_four_digit_year_first_are_no_part_of_the_choice():
    assert numeric_orders("2020/1/10 14:16:00") == numeric_orders("Mon, 24 Sep 2018 13:21:00 +0000") == ()
    assert numeric_orders("18/05/04 00:00") == ("DMY", "MDY", "YMD")
    assert numeric_orders("24.09.2018") == ("DMY",)
    articles = read(rss("<pubDate>2020/1/10 14:16:00</pubDate>", "<pubDate>18/01/30</pubDate>"))
    assert [a.published for a in articles] == [utc(2020, 1, 10, 14, 16), utc(2018, 1, 30)]


# --- a first digest -----------------------------------------------------------------------------------


def test_undated_articles_never_outrank_dated_ones_in_a_first_digest():
    from dataclasses import replace

    dated = [stored(n, hours_ago=24 * 365 * 5 + n) for n in range(1, 4)]  # five years old
    undated = [stored(n) for n in range(10, 16)]  # "published" = first seen: just now
    undated = [replace(s, article=replace(s.article, published=T0, has_date=False)) for s in undated]
    digest = build_digest(undated + dated, channel(max_items=15), now=T0, since=None, first_items=5)
    titles = [i.title for i in digest.items]
    assert titles[:3] == ["Story 1 from Feed A", "Story 2 from Feed A", "Story 3 from Feed A"]
    assert len(titles) == 5
    # Later digests: an article first seen since the last one is news whatever its date.
    later = build_digest(undated + dated, channel(max_items=15), now=T0, since=T0 - timedelta(days=1))
    assert later.items[0].title in {s.article.title for s in undated}


def test_parsed_date_is_picklable_and_comparable():
    import pickle

    value = ParsedDate(utc(2018, 9, 24), None, "German", ("two-digit year",))
    assert pickle.loads(pickle.dumps(value)) == value


def test_the_first_digests_candidates_are_the_dated_ones_first(tmp_path):
    """Store.latest_articles(dated_first=True), the first digest's query: 100 undated
    articles first seen just now do not push the dated ones out of the candidates."""
    from bot.models import Article
    from bot.store import Store

    store = Store(f"sqlite:///{tmp_path / 'dates.db'}")
    store.sync_feeds([("A", "https://a.example/feed")])

    def article(uid: str, published: datetime, has_date: bool) -> Article:
        return Article(uid=uid, link=f"https://a.example/{uid}", title=uid, excerpt="", published=published,
                       source="A", has_date=has_date)  # fmt: skip

    old = [article(f"dated-{n}", T0 - timedelta(days=2000 + n), True) for n in range(3)]
    new = [article(f"undated-{n}", T0, False) for n in range(100)]
    store.store_articles("A", old + new, now=T0)
    assert [s.article.uid for s in store.latest_articles(["A"], 5, dated_first=True)][:3] == [
        "dated-0",
        "dated-1",
        "dated-2",
    ]
    assert all(not s.article.has_date for s in store.latest_articles(["A"], 5))
    store.close()


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.text(max_size=40)
    | st.from_regex(
        r"[A-Za-zéç]{0,5},? ?\d{1,2} [A-Za-zéç]{2,9}\.? \d{2,4}( \d{1,2}:\d{2}(:\d{2})?)? ?[A-Z+-]{0,5}\d{0,4}",
        fullmatch=True,
    )
)
def test_the_fast_path_never_raises_and_gives_utc(text):
    parsed = read_fast(text)
    assert parsed is None or parsed.when.tzinfo is UTC
