"""Show notes' and sites' trailers found in the fourth set of unseen feeds (2026-12): a call
to action after a " | " (Planet Money), "If you want to support our show, …", a "Sponsored by
X." sentence and what follows it (podnews.net), a notice to RSS readers before the post
(sospc.name), the Acast privacy line alone, a copyright notice at the end (TechCrunch), Yoast's
footer worded "first appeared on" (a Finnish WordPress site). Stories that only look like
them keep every word (those cases are tests/test_promos.py's PROMOS and STORIES, one test each). From the fifth set: "Read full story for latest details." (CNN), "Read more
here.", Swedish "Läs mer HÄR.". End to end: one feed of them served from 127.0.0.1, polled by the bot."""

import pytest

from bot.blocks import html_blocks
from bot.excerpt import excerpt_with_notes
from tests.builders import poll_one

TRAILERS = [
    (  # rssreaderjava--rss-feed.xml (TechCrunch)
        "<p>Here is a timeline of the ongoing impact on banking consumers. © 2024 TechCrunch. All rights reserved. "
        "For personal use only.</p>",
        "Here is a timeline of the ongoing impact on banking consumers.",
        "removed: copyright notice",
    ),
    (
        "<p>The court ruled on Monday.</p><p>Copyright © 2019-2024 Example Inc. All rights reserved.</p>",
        "The court ruled on Monday.",
        "removed: copyright notice",
    ),
    (  # rssreaderjava--rss-invalid-xml-escape-string.xml (myrskyla.fi): Yoast's footer reworded
        "<p>Lahden seudun jätelautakunta varaa mahdollisuuden vaikuttaa, kuulutus Julkaisu vanhenee: 5.11.2025 "
        "23:59 [...]</p><p>The post <a href='/k/'>Lahden seudun jätetaksan maksujen tarkistus</a> first appeared on "
        "<a href='https://myrskyla.fi'>Myrskylän kunta</a>.</p>",
        "Lahden seudun jätelautakunta varaa mahdollisuuden vaikuttaa, kuulutus Julkaisu vanhenee: 5.11.2025 23:59…",
        'removed: WordPress "The post … appeared first on …" trailer',
    ),
    (  # podcastfeedparser--tvillingpodden.xml: Acast's privacy line without "Hosted on Acast."
        "<p>Det och mycket mer i TVILLINGPODDEN.</p><p>See acast.com/privacy for privacy and opt-out information.</p>",
        "Det och mycket mer i TVILLINGPODDEN.",
        "removed: podcast show-notes footer",
    ),
    # The same footer flattened into the teaser right after its cut mark, with "The post" or without (set20 F5a:
    # tech-blog-rss-feed--feed.json, github.com/azu/tech-blog-rss-feed, MIT: an aggregator's JSON Feed)
    (
        "<p>応募いただいた皆さま、ありがとうございます！！ ※コンテストの告知ページはこちらです。 UE5ぷちコン映像編5th 応募作 […]The post"
        " [UE5]UE5ぷちコン映像編5th 応募作品公開！その1 first appeared on historia Inc - 株式会社ヒストリア.</p>",
        "応募いただいた皆さま、ありがとうございます！！ ※コンテストの告知ページはこちらです。 UE5ぷちコン映像編5th 応募作…",
        'removed: WordPress "The post … appeared first on …" trailer',
    ),
    (
        "<p>まだ街も年始から目覚めていない説がありますね。 さて、今回は環境構築系の記事にな [...]Nest.js『だけ』をdevcontainerで構築する："
        "ゼロから始める環境構築 first appeared on SIOS Tech. Lab.</p>",
        "まだ街も年始から目覚めていない説がありますね。 さて、今回は環境構築系の記事にな…",
        'removed: WordPress "The post … appeared first on …" trailer',
    ),
    # Hatena Blog's "read more" with the title, after the cut (and an address it cut after a sentence), and a Persian
    # podcast's pointer to its site (set20 F7: tech-blog-rss-feed--feed.json, github.com/azu/tech-blog-rss-feed,
    # MIT; radiodaal--podcast.rss, github.com/arashThr/radioDaal, MIT)
    (
        '<p>今回の記事では1対1マッチングについて説明しました。今回の記事では、 … "n対nマッチングのロジック" の続きを読む</p>',
        "今回の記事では1対1マッチングについて説明しました。今回の記事では…",  # (the feed's cut stays a cut, "、" off)
        'removed: a "Read more" link with the title in quotes',
    ),
    (
        "<p>特殊なフォルダのパスがEnumで定義されています。https://learn.microsoft.com/ja-jp/dotnet/api/s … "
        '"C#：自ユーザーのダウンロードフォルダーのパスの取得方法" の続きを読む</p>',
        "特殊なフォルダのパスがEnumで定義されています。",
        'removed: a "Read more" link with the title in quotes',
    ),
    (
        "<p>در این قسمت با فاطمه همراه شدیم برای سفر به افغانستان. توضیحات بیشتر در سایت رادیو دال.</p>",
        "در این قسمت با فاطمه همراه شدیم برای سفر به افغانستان.",
        'removed: "Read more" in another language',
    ),
    # The fifth set (2026-12): CNN's feeds, a blog, a Swedish podcast's show notes.
    (
        "<p>The network's new show opens with what happened today in Washington.</p>"
        "<p>Read full story for latest details.</p>",
        "The network's new show opens with what happened today in Washington.",
        'removed: "Read more" link text',
    ),
    (
        "<p>The minister resigned on Tuesday after a long dispute about the budget. Read more here.</p>",
        "The minister resigned on Tuesday after a long dispute about the budget.",
        'removed: "Read more" link text',
    ),
    (
        "<p>Veckans avsnitt handlar om filmer och serier som kommer i höst.</p><p>Läs mer HÄR.</p>",
        "Veckans avsnitt handlar om filmer och serier som kommer i höst.",
        'removed: "Read more" in another language',
    ),
]

KEPT = [
    "The minister said there was nothing more to read here.",
    "Hon vill att barnen läs mer här hemma, sa hon till tidningen i går kväll.",
    "The court ruled on copyright in 2024, and © signs are everywhere.",
    "The court ruled. Copyright 2024 was a big year for Disney.",
    "The court ruled. The © sign was used in 2024 by Disney.",
    "The post office first appeared on the map in 1850.",
    "He wrote that the town […] first appeared on old maps in 1850.",  # (a quote's elision: a space after it)
    "Listeners can see acast.com/privacy and other pages for the rules, she said, and then the show went on.",
]


@pytest.mark.parametrize(("markup", "expected", "note"), TRAILERS)
def test_copyright_notices_and_footers_at_the_end_go(markup, expected, note):
    excerpt = excerpt_with_notes(html_blocks(markup), 300, "")
    assert excerpt.text == expected and note in excerpt.notes


@pytest.mark.parametrize("text", KEPT)
def test_a_sentence_that_mentions_copyright_or_a_footers_words_stays(text):
    assert excerpt_with_notes(html_blocks(f"<p>{text}</p>"), 300, "").text == text


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mixed</title><link>https://example.org/</link>
<item><title>#938: The Marshall Plan</title><link>https://example.org/938</link>
<pubDate>Fri, 28 Feb 2020 22:05:00 -0500</pubDate>
<description><![CDATA[After WWII, the U.S. launched what might be the most successful intervention in history. | Subscribe to our weekly newsletter <a href="https://www.npr.org/newsletter/money">here</a>.]]></description></item>
<item><title>Synapse's collapse</title><link>https://example.org/synapse</link>
<pubDate>Fri, 28 Feb 2020 20:05:00 -0500</pubDate>
<description><![CDATA[Here is a timeline of Synapse's troubles. © 2024 TechCrunch. All rights reserved. For personal use only.]]></description></item>
<item><title>Anyburn</title><link>https://example.org/anyburn</link>
<pubDate>Fri, 28 Feb 2020 18:05:00 -0500</pubDate>
<description><![CDATA[<p>Merci à vous de suivre le flux Rss de www.sospc.name. ;o)&lt;</p>
<div><a href="https://example.org/anyburn"><img src="https://example.org/a.png" /></a></div>
<p>Les éditeurs de logiciels de gravure payants ont du souci à se faire.</p>]]></description></item>
<item><title>Jätetaksa</title><link>https://example.org/jatetaksa</link>
<pubDate>Fri, 28 Feb 2020 16:05:00 -0500</pubDate>
<description><![CDATA[<p>Lahden seudun jätelautakunta on tehnyt päätöksen.</p>
<p>The post <a href="https://example.org/jatetaksa">Jätetaksa</a> first appeared on <a href="https://example.org">Myrskylän kunta</a>.</p>]]></description></item>
</channel></rss>"""


async def test_a_feed_of_them_polled_end_to_end_keeps_only_the_stories_words(feeds, clock, tmp_path):
    report, stored, _ = await poll_one(feeds, clock, tmp_path, "mixed", FEED, limit=10)
    assert report.summary().startswith("1 feeds polled: 1 ok")
    assert {s.article.title: s.article.excerpt for s in stored} == {
        "#938: The Marshall Plan": "After WWII, the U.S. launched what might be the most successful intervention in "
        "history.",
        "Synapse's collapse": "Here is a timeline of Synapse's troubles.",
        "Anyburn": "Les éditeurs de logiciels de gravure payants ont du souci à se faire.",
        "Jätetaksa": "Lahden seudun jätelautakunta on tehnyt päätöksen.",
    }


def test_a_link_blogs_footer_with_the_linked_address_goes():
    """Daring Fireball's JSON Feed ends every post with the linked page's address, its scheme left off
    (jarr--daringfireball.json in tests/data/unseen/set17, github.com/jaesivsm/JARR tests/fixtures/feed.json,
    AGPL-3.0; F8): the entry's link already goes there. A sentence that names an address stays."""
    markup = (
        "<p>Wired has a great excerpt from Steven Levy’s upcoming book on Facebook.</p>"
        "<blockquote><p>I took it in stride that Zuckerberg looked even younger than his 21 years.</p></blockquote>"
        '<p style="padding-top: 1.5em;"><em>Link: <strong><a href="https://www.wired.com/story/facebook-mark-'
        'zuckerberg-lost-notebook/">wired.com/story/facebook-mark-zuckerberg-lost-notebook/</a></strong></em></p>'
    )
    assert excerpt_with_notes(html_blocks(markup), 300, "").text == (
        "Wired has a great excerpt from Steven Levy’s upcoming book on Facebook. “I took it in stride that "
        "Zuckerberg looked even younger than his 21 years.”"
    )
    text = "The court ruled. Link: reuters.com/legal/ruling is where it was first reported."
    assert excerpt_with_notes(html_blocks(f"<p>{text}</p>"), 300, "").text == text


def test_a_source_credit_alone_is_no_excerpt():
    """A pikabu post that is a picture and its credit, "Взято <a>отсюда</a>" ("taken from here": rss-rs--pikabu.xml
    in tests/data/unseen/set17, github.com/rust-syndication/rss tests/data/pikabu.xml, MIT OR Apache-2.0; F13):
    the words name a page the reader does not get. A sentence that goes on stays."""
    markup = (
        '<p><img src="https://cs10.pikabu.ru/post_img/2020/06/04/11/1591299259151229381.jpg" alt=""></p>'
        '<p><p>Взято <a href="https://t-do.ru/cms670" target="_blank" rel="nofollow noopener">отсюда</a></p></p>'
    )
    assert excerpt_with_notes(html_blocks(markup), 300, "").text == ""
    text = "Взято отсюда немного: три кирпича и доска."
    assert excerpt_with_notes(html_blocks(f"<p>{text}</p>"), 300, "").text == text
