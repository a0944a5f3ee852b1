"""A link card's host name between two sentences of a text without markup (bot/linkcards.py), as an
aggregator flattened Hatena Blog's embedded cards (tech-blog-rss-feed--feed.json, github.com/azu/tech-blog-rss-feed,
MIT; tests/data/unseen/set20's F5c): it goes from the text shown; a sentence that opens with a host name stays."""

import pytest

from bot.blocks import html_blocks
from bot.linkcards import without_card_hosts
from bot.promos import without_promos

CARDS = [
    (
        "ちなみに、そのイベントに弊社代表の小島もゲストスピーカーとして参加していました。 www.youtube.com "
        "これを受けて、私自身はどのように Microsoft Learn を使っているのか整理してみました。",
        "ちなみに、そのイベントに弊社代表の小島もゲストスピーカーとして参加していました。 "
        "これを受けて、私自身はどのように Microsoft Learn を使っているのか整理してみました。",
    ),
    (
        "なお、以前弊社ブログでも紹介されていますので、そちらをご覧ください。 techblog.ap-com.co.jp 背景 "
        "Amazon Connectの対応は少しずつアップデートされており、 aws.amazon.com aws.amazon.com 上記の通りです。",
        "なお、以前弊社ブログでも紹介されていますので、そちらをご覧ください。 背景 "
        "Amazon Connectの対応は少しずつアップデートされており、 aws.amazon.com aws.amazon.com 上記の通りです。",
    ),
    ("We went to the show. open.spotify.com Our host is Jane.", "We went to the show. Our host is Jane."),
]

KEPT = [
    "The site fell over. github.com is down again, the status page says.",
    "記事を書きました。 qiita.com で公開しています。",
    "Version 1.2 is out. See example.com/notes for the list.",
    "It ends with a host. example.com",
]


@pytest.mark.parametrize(("line", "expected"), CARDS)
def test_a_link_cards_host_name_between_sentences_goes(line, expected):
    assert without_card_hosts(line) == expected


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_that_opens_with_a_host_name_stays(line):
    assert without_card_hosts(line) == line


def test_the_text_shown_loses_it_when_the_text_has_no_markup():
    text = CARDS[0][0]
    blocks, notes = without_promos(html_blocks(text))
    assert blocks.text == CARDS[0][1] and "removed: a link card's host name between sentences" in notes
    # (in markup, a card is a block of its own: a host name in a paragraph is the paragraph's)
    marked = html_blocks(f"<p>{text}</p>")
    assert without_promos(marked) == (marked, [])
