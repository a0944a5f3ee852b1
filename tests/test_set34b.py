"""set34's findings F2, F8, F7, F6 (/work/unseen34/FINDINGS.md): a "…" where nothing of the text was cut (its own
link dropped, a lone trailing separator), the feed's cut cut again a word earlier, a parenthetical first block."""

from datetime import UTC, datetime

from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _read(items: str) -> list:
    doc = f"<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>T</title>{items}</channel></rss>"
    return read_feed(doc.encode(), url="https://feed.example/rss", source="T", now=NOW, excerpt_length=300).articles


def test_no_ellipsis_when_only_the_entrys_own_link_went():
    """set34 F2: r2binx--100s-archive-feed.xml (r2binx/100s-archive-feed, MIT), #0-#9: each text is a line of a
    template, a <br> and a link to the entry's own page whose label is its address; all of one length, the feed
    was taken for one that cuts at a fixed length, the address for a word it may have cut: "…um 09:45 Uhr…"."""
    items = ""
    for n, time in enumerate(("09:45", "08:11", "05:08", "04:10", "03:29", "02:57")):
        link = f"https://www.tagesschau.de/multimedia/sendung/tagesschau_in_100_sekunden/audio-2128{80 + n}.html"
        text = f"tagesschau in 100 Sekunden vom 2025-03-26 um {time} Uhr"
        items += (
            f"<item><title>2025-03-26T{time} - tagesschau in 100 Sekunden</title><link>{link}</link>"
            f"<description>{text}</description><pubDate>Wed, 26 Mar 2025 {time}:00 +0100</pubDate>"
            f'<content:encoded>&lt;p&gt;{text}&lt;br /&gt;&lt;a href="{link}"&gt;{link}&lt;/a&gt;&lt;/p&gt;'
            "</content:encoded></item>"
        )
    articles = _read(items)
    assert [a.excerpt for a in articles][:2] == [
        "tagesschau in 100 Sekunden vom 2025-03-26 um 09:45 Uhr",
        "tagesschau in 100 Sekunden vom 2025-03-26 um 08:11 Uhr",
    ]


def test_a_lone_separator_after_the_last_full_stop_is_no_cut():
    """set34 F8: alessandromocci--albo-pretorio-palestrina.xml (no licence found: made-up words in its shape), a
    notice's plain text ends "…DEL 12/8/2026. -": the dash was read as a cut, "…DEL 12/8/2026…"."""
    from bot.blocks import plain_blocks
    from bot.excerpt import excerpt_with_notes

    for text in (
        "CONCERTO IN PIAZZA - MODIFICA ORDINANZA N. 101 DEL 3/7/2026. -",
        "CONCERTO IN PIAZZA; NUOVA DISCIPLINA DELLA SOSTA IN VIA ROMA.-",
        "The council met today. |",
    ):
        assert excerpt_with_notes(plain_blocks(text), 300).text == text.rstrip(" -|")


def test_a_first_block_wholly_in_parentheses_is_complete():
    """set34 F6: mileszrobi--rajzfilmfigurak.xml (no licence found: made-up words in its shape), #2: a first block
    that is only an aside in parentheses, then the quote that is the post; the excerpt was the aside with "…"."""
    from tests.builders import excerpt

    quote = "Petra: Whoever gave food and drink, that is the end, run away with it."
    assert excerpt(f"<p>(which we say at bedtime anyway)</p> <blockquote><p>{quote}</p></blockquote>") == (
        f"(which we say at bedtime anyway) “{quote}”"
    )
    assert excerpt("<p>Said at bedtime (anyway</p><p>Petra laughed.</p>") == "Said at bedtime (anyway…"  # (no aside)
