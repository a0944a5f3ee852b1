"""Set 39's excerpt findings (branch fix39a): F1 (Yandex's full text never read), F5, F7. Their review: test_set39a2.py."""

from datetime import UTC, datetime

import pytest

from bot.normalize import read_feed
from tests.builders import excerpt

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

# An item of hexlet--guides-ru-feed.xml (set39 F1), cut short: its only text is in <turbo:content>.
_TURBO_ITEM = """<item turbo="true"><turbo:extendedHtml>true</turbo:extendedHtml>
<link>https://guides.example/ru/cryptography/</link><title>Что такое криптография?</title>
<pubDate>Wed, 18 May 2022 00:00:00 +0000</pubDate>{description}
<turbo:content><![CDATA[
<div data-block="breadcrumblist">
  <a href="https://guides.example/">Hexlet Guides</a>
  <a href="https://guides.example/ru/cryptography/">Что такое криптография?</a>
</div>
<button formaction="https://guides.example/ru/cryptography/" data-turbo="false">Читать полную версию на сайте</button>
<p>Это может быть не очевидно, но мы сталкиваемся с криптографией каждый день.</p>
<h3 id="x">Как появилась криптография?</h3><p>С момента зарождения человечества люди хранили секреты.</p>
]]></turbo:content></item>"""


def _turbo_feed(description: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:yandex="http://news.yandex.ru" '
        'xmlns:turbo="http://turbo.yandex.ru" version="2.0"><channel><title>Hexlet Guides</title>'
        f"<link>https://guides.example/</link>{_TURBO_ITEM.format(description=description)}</channel></rss>"
    ).encode()


@pytest.mark.parametrize("fast", [True, False])
def test_a_turbo_items_text_is_read_from_turbo_content_without_its_breadcrumbs(fast):
    """hexlet--guides-ru-feed.xml, F1: every item's text is in <turbo:content> (no description): the excerpt was
    empty. Read both ways (lxml's fast path and feedparser), without Turbo's breadcrumbs and button."""
    articles = read_feed(
        _turbo_feed(), url="https://guides.example/ru/feed.xml", source="h", now=NOW, excerpt_length=300, fast=fast
    ).articles
    assert articles[0].excerpt.startswith("Это может быть не очевидно, но мы сталкиваемся с криптографией")
    assert "Hexlet Guides" not in articles[0].excerpt
    # (Yandex News' <yandex:full-text> likewise, escaped markup: nodefeedparser-oren-ru-yandex-fulltext.rss)
    text = "В Бузулуке обсудили вопросы, касающиеся главных объектов города.&lt;br /&gt;Их сдадут в срок."
    item = f"<item><title>Стройка</title><link>https://o.example/1</link><yandex:full-text>{text}</yandex:full-text></item>"
    feed = _turbo_feed().replace(b"</channel>", item.encode() + b"</channel>")
    articles = read_feed(feed, url="https://o.example/f", source="o", now=NOW, excerpt_length=300, fast=fast).articles
    assert articles[1].excerpt == "В Бузулуке обсудили вопросы, касающиеся главных объектов города. Их сдадут в срок."


def test_a_turbo_item_with_a_description_keeps_its_description():
    """F1's risk: an item with a description and <turbo:content> reads its description, as before."""
    feed = _turbo_feed("<description>Краткое описание статьи о криптографии для всех.</description>")
    articles = read_feed(feed, url="https://guides.example/f", source="h", now=NOW, excerpt_length=300).articles
    assert articles[0].excerpt == "Краткое описание статьи о криптографии для всех."


def test_a_numbered_bold_paragraph_over_another_is_a_heading_not_the_excerpt():
    """dimensiondev--maskbook-news-ja.xml, F5 ("ITOの参加方法…"): a numbered section's bold heading over its first
    part's, under a picture, was the whole excerpt ("1. マスクアカウントの作成方法…"); the text under them is."""
    markup = (
        '<p><img alt="" src="/uploads/1-2.jpeg" /></p>\n<p><strong>1. マスクアカウントの作成方法</strong></p>\n'
        "<p><strong>ダウンロード</strong></p>\n<ul><li>http://mask.io で Mask をダウンロードしてインストールしてください。</li>"
        "<li>また、ChromeやFirefoxの拡張機能ストアでもMask Networkを検索することができます。</li></ul>\n"
        "<p><strong>オンボーディング</strong></p><p>新規ユーザーは以下の手順で設定してください。</p>"
    )
    assert excerpt(markup, "ITOの参加方法と＄MASKのAirdropsの入手方法について").startswith(
        "• http://mask.io で Mask をダウンロードしてインストールしてください。"
    )
    # (a bold sentence is no heading: a bold lede stays the excerpt)
    lede = (
        "<p><strong>1. The vote is tomorrow.</strong></p><p><strong>Polls open at eight.</strong></p><p>More soon.</p>"
    )
    assert excerpt(lede).startswith("1. The vote is tomorrow.")


def test_a_label_the_text_repeats_before_each_sentence_goes_with_the_first():
    """farhadhp--farhadx-fa-feed.xml, F7 ("فقر چیست ؟"): "ﻓﻘﺮ ﺍﯾﻨﻪ ﮐﻪ :" (poverty is that:) before each sentence was
    dropped, the first read as a fragment; it is joined to it. A label given once names a section: it still goes."""
    items = ("دوتا ﺍﻟﻨﮕﻮ ﺗﻮﯼ ﺩﺳﺘﺖ ﺑﺎﺷﻪ ﻭ دوتا ﺩﻧﺪﻭﻥ ﺧﺮﺍﺏ ﺗﻮﯼ ﺩﻫﻨﺖ.", "ﮐﺘﺎﺑﺨﺎﻧﻪ ﺧﻮﻧﻪ ﺍﺕ ﮐﻮﭼﮑﺘﺮ ﺍﺯ ﯾﺨﭽﺎﻟﺖ ﺑﺎﺷﻪ.")
    markup = '<h2 id="x">فقر چیست ؟</h2>' + "".join(f"<p>ﻓﻘﺮ ﺍﯾﻨﻪ ﮐﻪ :</p><p>{item}</p>" for item in items)
    assert excerpt(markup, "فقر چیست ؟").startswith("ﻓﻘﺮ ﺍﯾﻨﻪ ﮐﻪ : دوتا ﺍﻟﻨﮕﻮ")
    once = "<p>Synopsis :</p><p>The remote host is missing a security update.</p><p>Solution :</p><p>Update it.</p>"
    assert excerpt(once).startswith("The remote host is missing a security update.")
