"""A publisher's name beside a headline, said once (bot/publishers.py; set19 F3). The shapes are
Google News' Japanese topic feed (souta-summary--google_news.xml: github.com/souta-pqr/Summary at
60f52fa9, google_news.xml; no licence stated, so made-up words here in the same shape)."""

from datetime import UTC, datetime

from bot.clean import html_to_text
from bot.normalize import read_feed
from bot.publishers import without_doubled_name

# <li>, the headline's link, two no-break spaces, the publisher in a grey <font>; the headline often
# ends with the same name after " - ", "：" or "｜" (as its own page titles it), or has no space at all.
COVERAGE = "<ol>" + "".join(
    f'<li><a href="https://news.google.com/rss/articles/CBMi{n}?oc=5" target="_blank">{headline}</a>'
    f'&nbsp;&nbsp;<font color="#6f6f6f">{publisher}</font></li>'
    for n, (headline, publisher) in enumerate([
        ("架空大臣 架空団体から支援か - Yahoo!ニュース", "Yahoo!ニュース"),
        ("架空プランで電話数百件 架空信者が語る大臣の支援：架空新聞デジタル", "架空新聞デジタル"),
        ("架空団体支援「頼んだ覚えはない」", "架空海新聞"),
        ("架空市バスに急行路線を新設へ【単独インタビュー】｜社会｜地域のニュース｜架空都新聞", "架空都新聞"),
        ("架空大臣、架空団体から支援 関係者が証言", "goo.ne.jp"),
        ("架空の少年を逮捕 業務妨害容疑", "au Webポータル"),
        # (the headline's longer form of the name: the set19 re-read's "…：北海道新聞デジタル (北海道新聞)")
        ("架空ラーメン店で迷惑行為 少年を逮捕：架空道新聞デジタル", "架空道新聞"),
        ("架空区で新しい図書館が開館：架空京新聞 TOKYO Web", "架空京新聞"),
    ])
) + "</ol>"  # fmt: skip


def test_a_coverage_lists_publisher_is_said_once_after_its_headline():
    assert html_to_text(COVERAGE).splitlines() == [
        "• 架空大臣 架空団体から支援か (Yahoo!ニュース)",
        "• 架空プランで電話数百件 架空信者が語る大臣の支援 (架空新聞デジタル)",
        "• 架空団体支援「頼んだ覚えはない」 (架空海新聞)",
        "• 架空市バスに急行路線を新設へ【単独インタビュー】｜社会｜地域のニュース (架空都新聞)",
        "• 架空大臣、架空団体から支援 関係者が証言 (goo.ne.jp)",
        "• 架空の少年を逮捕 業務妨害容疑 (au Webポータル)",
        "• 架空ラーメン店で迷惑行為 少年を逮捕 (架空道新聞)",
        "• 架空区で新しい図書館が開館 (架空京新聞)",
    ]
    # (a Latin name's longer form is another thing: "…: Apple Watch" beside "Apple")
    assert html_to_text('<li><a href="x">New phone and watch out today: Apple Watch</a> <font>Apple</font></li>') == (
        "• New phone and watch out today: Apple Watch (Apple)"
    )
    # A name the headline does not end with stays in the headline; a label that is no name stays as written.
    assert html_to_text('<li><a href="x">Fox News anchors react to the debate</a> <font>Fox News</font></li>') == (
        "• Fox News anchors react to the debate (Fox News)"
    )
    assert html_to_text("<p><a>Get the new release</a> <span>now, for free</span></p>") == (
        "Get the new release now, for free"
    )


def test_a_title_that_ends_with_its_publisher_twice_says_it_once():
    assert without_doubled_name("架空大臣、架空団体から支援 関係者が証言：架空新聞デジタル - 架空新聞デジタル") == (
        "架空大臣、架空団体から支援 関係者が証言：架空新聞デジタル"
    )
    assert without_doubled_name("架空の避難が突然終了 混乱（架空テレビ） - Yahoo!ニュース - Yahoo!ニュース") == (
        "架空の避難が突然終了 混乱（架空テレビ） - Yahoo!ニュース"
    )
    # Two names, or one said once: as written.
    for title in (
        "架空マシンのカラーリング - autosport web - 架空スポーツweb",
        "Storm closes the harbour bridge - The Coast Herald",
        "News - News",
    ):
        assert without_doubled_name(title) == title
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Top stories</title><link>https://news.google.com</link>'
        "<item><title>架空大臣 関係者が証言：架空新聞デジタル - 架空新聞デジタル</title>"
        "<link>https://paper.example/a</link><description>"
        + COVERAGE.replace("&", "&amp;").replace("<", "&lt;")
        + "</description></item></channel></rss>"
    )
    now = datetime(2026, 12, 1, tzinfo=UTC)
    [article] = read_feed(
        rss.encode(), url="https://news.example/rss", source="G", now=now, excerpt_length=300
    ).articles
    assert article.title == "架空大臣 関係者が証言：架空新聞デジタル"
    assert article.excerpt.startswith("• 架空大臣 架空団体から支援か (Yahoo!ニュース) • 架空プランで")


def test_a_titles_last_name_that_the_text_labels_as_its_publisher_goes():
    """Google News titles each item "<headline> - <publisher>" and writes its description as the headline's link
    and the publisher's grey label after it (feeddeck--googlenews-search.rss in tests/data/unseen/set30, F9:
    github.com/feeddeck/feeddeck, MIT): the title shows the headline, the name once is enough."""
    description = (
        '<a href="https://news.google.com/rss/articles/CBMibGh0?oc=5" target="_blank">Chemnitz: Preisschock bei "eins '
        'energie"! Fernwärme wird 75 Prozent teurer </a >&nbsp;&nbsp;<font color="#6f6f6f">TAG24 </font >'
    )
    title = 'Chemnitz: Preisschock bei "eins energie"! Fernwärme wird 75 Prozent teurer - TAG24'
    assert without_doubled_name(title, description) == title.removesuffix(" - TAG24")
    # (a name the text does not give as a label after its link stays: a headline's own last part)
    assert without_doubled_name(title, "<p>Die Preise steigen - TAG24</p>") == title
    assert without_doubled_name("Wir sind - Helden", '<a href="x">Wir sind</a> <b>Helden</b>') == "Wir sind - Helden"
