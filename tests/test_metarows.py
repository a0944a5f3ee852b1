"""bot/metarows.py: a platform's metadata and markers in a text (counters, links' labels,
hashtags, a podcast's credits line, an ad slot's text) go from the excerpt, through the
whole reading of a feed (bot/normalize.py's read_feed). Each snippet is a real feed's
item, shortened; its file and repository are named beside it."""

from datetime import UTC, datetime

from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _excerpts(items: str) -> list[str]:
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://site.example/</link>{items}</channel></rss>'
    feed = read_feed(body.encode(), url="https://site.example/feed", source="T", now=NOW, excerpt_length=300)
    return [article.excerpt for article in feed.articles]


def _item(n: int, description: str, title: str = "") -> str:
    return (f"<item><title>{title or f'Item {n}'}</title><link>https://site.example/{n}</link>"
            f"<description><![CDATA[{description}]]></description></item>")  # fmt: skip


def test_a_link_posts_counters_and_addresses_are_no_excerpt():
    # hnrss.org's Hacker News feed (rss2json--hnrss-newest.xml: cyberflowsurfer/RSS2JSON, spec/fixtures/hacker-news.js,
    # no license stated): a link post's text is its addresses and counters; it was shown as "Points: 1…".
    link_post = (
        '<p>Article URL: <a href="http://kotsanas.com/gb/index.php">http://kotsanas.com/gb/index.php</a></p> '
        '<p>Comments URL: <a href="https://news.ycombinator.com/item?id=23923750">https://news.ycombinator.com/item?id=23923750</a></p> '
        "<p>Points: 1</p> <p># Comments: 0</p>"
    )
    text_post = "<p>I want to rewrite parts of my website in React. Where should I start?</p> " + link_post
    assert _excerpts(_item(1, link_post) + _item(2, text_post)) == [
        "",
        "I want to rewrite parts of my website in React. Where should I start?",
    ]


def test_a_run_of_hashtags_ending_a_text_goes():
    # morioh's feed (rss2json--morioh-feed.xml: cyberflowsurfer/RSS2JSON, spec/fixtures/morioh.js, no license stated)
    assert _excerpts(
        _item(1, "Camino UI .Web interface of Camino , the digital mining cadastre. #vuejs #vue #javascript #vuejs")
        + _item(2, "Deno REST API This is a REST API using Deno, Oak and PostgreSQL #deno #nodejs #javascript #nodejs")
        + _item(3, "The release fixes #1234 #1240")  # (issues, not tags: no letter)
        + _item(4, "We tried it in C# and it was fast. #dotnet")  # (one tag: kept)
    ) == [  # (the source's space before the comma goes: gluedtext.unspaced_marks; the title run into the text goes)
        "Camino UI .Web interface of Camino, the digital mining cadastre.",
        "This is a REST API using Deno, Oak and PostgreSQL",
        "The release fixes #1234 #1240",
        "We tried it in C# and it was fast. #dotnet",
    ]


def test_a_podcasts_duration_and_credits_line_is_no_excerpt():
    # Radio France's podcast feed (picofeed--radio-france.xml: barryvdh/picofeed, tests/fixtures/radio-france.xml,
    # Unlicense): the credits line was all the excerpt; the episode's own words after it stay.
    assert _excerpts(
        _item(1, "durée : 01:28:07 - Label pop - par : Vincent Théval - réalisé par : Sylvie Migault")
        + _item(
            2,
            'durée : 01:28:19 - Label pop - par : Vincent Théval - Pacôme Thiellement pour "Pop Yoga" '
            "(Éditions Sonatine) - réalisé par : Sylvie Migault",
        )  # fmt: skip
        + _item(
            3, "durée : 01:28:11 - Label pop - par : Vincent Théval - Le duo RHUME mélange hip-hop et arrangements pop."
        )  # fmt: skip
    ) == [
        "",
        'Pacôme Thiellement pour "Pop Yoga" (Éditions Sonatine)',
        "Le duo RHUME mélange hip-hop et arrangements pop.",
    ]


def test_a_story_podcasts_credits_run_goes_up_to_the_storys_byline():
    # Escape Pod's feed (selfoss--escapepod-podcast.xml: fossar/selfoss,
    # tests/Spouts/resources/Feed/https___escapepod.org_feed_podcast_.xml, GPL-3.0): the credits, flattened into
    # one line, and the notes on the story were all the excerpt; the story starts after its byline.
    credits = "Author : Marie Vibbert Narrator : M. Darusha Wehm Host : Tina Connolly Audio Producer : Summer Brooks "
    assert _excerpts(
        _item(
            1,
            credits + "Discuss on Forums This story first appeared in Analog (August 2017) The First Trebuchet on Mars "
            "by Marie Vibbert If you come to Mars you need to know that in the twelfth century a French engineer named […]",
        )
        + _item(  # (a note's book by the author, then the byline: "LP" there, "L. P." here)
            2,
            "Author : LP Kindred Narrator : Joe Moran Host : Mur Lafferty Audio Producer : Summer Brooks "
            "“Wanderlust” first appeared in Stories by LP Kindred (Robot Dinosaur Press, 2022) Wanderlust by "
            "L. P. Kindred When he first approached me in the train station, I batted him away.",
        )
        + _item(3, credits + "Discuss on Forums Escape Pod 766: The Unrepentant is an Escape Pod original.")
        + _item(4, "Author: Jane Doe wrote it; Host: the library, which was full.")  # (no credits run: kept)
    ) == [
        "If you come to Mars you need to know that in the twelfth century a French engineer named…",
        "When he first approached me in the train station, I batted him away.",
        "Escape Pod 766: The Unrepentant is an Escape Pod original.",
        "Author: Jane Doe wrote it; Host: the library, which was full.",
    ]


def test_a_download_links_label_ending_a_text_goes():
    # A music blog's description (speedparser--0345-escuchameclub-es.xml: jmoiron/speedparser, feeds/0345.dat, MIT):
    # the download link's label and its text (a track's name) ended the excerpt.
    assert _excerpts(
        _item(
            1,
            "Y como para que sepan un poco más de este productor, les dejo un mashup entre Radiohead &#8211; Nirvana "
            "&#8211; NIN Descargar: Pretty Lights &#8211; Pretty Lights x Radiohead x Nirvana x NIN",
        )
        + _item(2, "The app is free. Download: it takes a minute, and then it works.")
    ) == [
        "Y como para que sepan un poco más de este productor, les dejo un mashup entre Radiohead – Nirvana – NIN",
        "The app is free. Download: it takes a minute, and then it works.",
    ]


def test_an_ad_slots_text_is_no_excerpt():
    # Questionable Content's feed (aggremator--questionablecontent.xml: DanielHeath/aggremator,
    # src/aggremator/feeds/questionablecontent/sample.rss.go, no license found): Project Wonderful's ad box, then the comic.
    ad = (
        '<p><map name="admap39770"><area href="http://www.projectwonderful.com/out_nojs.php?id=39770" shape="rect"/></map>'
        '<br /><table><tr><td><img src="http://www.projectwonderful.com/nojs.php?id=39770" usemap="#admap39770"/></td></tr>'
        '<tr><td><center><a href="http://www.projectwonderful.com/advertisehere.php?id=39770">Ads by Project Wonderful!  '
        "Your ad could be here, right now.</a></center></td></tr></table>"
        '<br /><img src="http://www.questionablecontent.net/comics/2900.gif"></p>'
    )
    assert _excerpts(_item(1, ad, "Victory Music")) == [""]


def test_a_reporters_byline_after_the_last_sentence_goes():
    # tagesschau.de's descriptions (fast-news-reader--tagesschau.xml in tests/data/unseen/set17: fastender/fast-news-reader,
    # tests/fixtures/tagesschau.xml, MIT): 7 of 40 end with the reporter's name, which the excerpt showed.
    sinram = ("Schwedens Regierung hält Atomkraft für unverzichtbar. In den nächsten Jahren sollen neue Reaktoren "
              "entstehen. Doch gegen die Pläne gibt es auch Widerstand. Von Jana Sinram.")  # fmt: skip
    # (a sentence that starts with "Von" and goes on stays; so does a name that is the text's subject)
    kept = "Die Kanzlerin kam am Abend nach Schwerin. Von Berlin aus fuhr sie weiter nach Potsdam."
    named = "The board met on Monday. By Tuesday Morning Jane Doe had resigned, the company said."
    assert _excerpts(_item(1, sinram) + _item(2, kept) + _item(3, named)) == [
        sinram.removesuffix(" Von Jana Sinram."),
        kept,
        named,
    ]
