"""set34's findings F2, F8, F7, F6 (/work/unseen34/FINDINGS.md): a "…" where nothing of the text was cut (its own
link dropped, a lone trailing separator), the feed's cut cut again a word earlier, a parenthetical first block; and
what a review of those mends found (a real cut before an own link, a linked line of text, a label, a price)."""

from datetime import UTC, datetime
from html import escape

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
    # (a label in brackets is no remark the next block follows: review of set34 F6)
    for label in ("(Continued from Part 1)", "(sponsored)", "(updated 14:00)", "(via the guardian)", "(en)"):
        assert f"{label} “" not in excerpt(f"<p>{label}</p> <blockquote><p>{quote}</p></blockquote>")
    story = "Police closed the road after the storm. " * 5
    assert excerpt(f"<p>(sponsored)</p><p>{story}</p>", limit=60) == "Police closed the road after the storm."


def test_a_fixed_cut_before_a_line_with_the_entrys_own_link_is_still_a_cut():
    """Review of set34 F2: a feed that cuts its texts at a fixed length and adds a <br> and a link to the entry's
    own page: all of one length like tagesschau's template, but its texts end in different words: a cut, marked."""
    stories = (
        "Council approves the new bridge over the river, which the planners expect to cost about three million euros",
        "The school board said on Tuesday that its budget will grow by a fifth next year as enrolment keeps rising",
        "Residents of the harbour district asked the city to repair the old sea walls before the winter storms arrive",
        "A survey of cyclists found that most of them would ride to work more often if the lanes were separated",
        "The regional rail operator plans more trains between the two cities from December, with later departures",
        "Firefighters spent the night at the warehouse fire on the ring road; nobody was hurt, the police said today",
    )
    items = ""
    for n, story in enumerate(stories):
        link, text = f"https://news.example/story/{1000 + n}.html", story[:100]  # (cut at 100 characters)
        items += (
            f"<item><title>Story {n}</title><link>{link}</link><pubDate>Wed, 26 Mar 2025 0{n}:00:00 +0100</pubDate>"
            f'<description>&lt;p&gt;{text}&lt;br /&gt;&lt;a href="{link}"&gt;{link}&lt;/a&gt;&lt;/p&gt;</description></item>'
        )
    cut = "Council approves the new bridge over the river, which the planners expect to cost about three…"
    assert _read(items)[0].excerpt == cut  # (not "…about three millio", its half a word and no "…")


def test_a_line_after_a_br_that_links_to_the_entrys_own_page_stays_when_it_is_text():
    """Review of set34 F2: only a label that is the address or a short pointer ("Listen"), or a line after a
    sentence's end, goes; a line of the text linked to the entry's page stays."""

    def excerpt_of(markup: str) -> str:
        link = "https://radio.example/ep/7"
        return _read(
            f"<item><title>Folge 7</title><link>{link}</link><description>{escape(markup)}</description></item>"
        )[0].excerpt

    own = '<a href="https://radio.example/ep/7">'
    assert excerpt_of(f"<p>Heute im Programm:<br>{own}die Wahl in Thüringen und ihre Folgen</a></p>") == (
        "Heute im Programm: die Wahl in Thüringen und ihre Folgen"
    )
    assert excerpt_of(f"<p>Neue Folge mit Gästin Anna Berg<br>{own}Wie Europa seine Energie speichert</a></p>") == (
        "Neue Folge mit Gästin Anna Berg Wie Europa seine Energie speichert"
    )
    assert excerpt_of(f"<p>Neue Folge mit Gästin Anna Berg<br>{own}Écouter l'épisode</a></p>") == (
        "Neue Folge mit Gästin Anna Berg"
    )


def test_a_prices_dash_is_no_lone_separator():
    """Review of set34 F8: ".–" after a price's number is its own ("Fr. 25.–", "CHF 12.-"), no separator."""
    from bot.blocks import plain_blocks
    from bot.excerpt import excerpt_with_notes

    for text in ("Konzert im Park. Eintritt: Fr. 25.–", "Kinder zahlen CHF 12.-"):
        assert excerpt_with_notes(plain_blocks(text), 300).text == text


def test_the_review_of_the_mends_long_remarks_escaped_own_links_and_a_last_link_read_once():
    """set34 F6/F2 mends' review: a remark in parentheses longer than a line's short aside is complete too; an own
    link whose address holds "&" (escaped "&amp;" in the markup) is taken off; the last link is read from the last
    "<a" only (a search over the tail was worse than quadratic on "<a href='…'x " repeated)."""
    from bot.ownlinks import last_link, own_link_off
    from tests.builders import excerpt

    remark = "(which is something we say at bedtime every single night anyway)"
    quote = "<blockquote><p>Petra: Whoever gave food and drink, the tale is over, run away with it.</p></blockquote>"
    assert excerpt(f"<p>{remark}</p> {quote}").startswith(remark + " “Petra")
    own = "https://t.example/a.html?id=12&lang=de"
    markup = f'<p>…um 09:45 Uhr<br><a href="{own.replace("&", "&amp;")}">{own.replace("&", "&amp;")}</a></p>'
    assert own_link_off(markup, own) == "<p>…um 09:45 Uhr<br>"
    assert last_link("<a href='…'x " * 5000) is None


def test_an_own_links_line_that_finishes_the_sentence_stays():
    """set34 F2's second review: a <br> line linking the entry's own page goes when it is a pointer ("Écouter"), not
    when the sentence before needs it ("…about<br>storage batteries", "…:<br>Wahl in Thüringen")."""
    from tests.builders import read_entries

    def shown(text: str, label: str) -> str:
        markup = f'<p>{text}<br><a href="https://pod.example/ep/1">{label}</a></p>'
        return read_entries([{"title": "Ep", "link": "/ep/1", "text": markup}], site="https://pod.example")[0].excerpt

    assert shown("This week we talk to Anna Berg about", "storage batteries").endswith("about storage batteries")
    assert shown("Heute im Programm:", "Wahl in Thüringen") == "Heute im Programm: Wahl in Thüringen"
    assert shown("Nouvel épisode en ligne", "Écouter") == "Nouvel épisode en ligne"
