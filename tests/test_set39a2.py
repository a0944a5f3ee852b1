"""The review of set 39's excerpt mends (branch fix39a2): runs of no-break spaces that took exponential time, a label
among others that named them all, a numbered list of bold headlines read as headings, and two searches in quadratic
time. (The inputs that took too long before are here for what they give, no time is asserted: before the mends each
took minutes to hours, or seconds.)"""

from datetime import UTC, datetime

import pytest

from bot.normalize import read_feed
from bot.publishers import without_doubled_name
from tests.builders import excerpt

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
_NBSP = "\xa0" * 40  # (22 took 0.7 s, each one more twice as long)


def test_a_run_of_no_break_spaces_is_read_in_linear_time():
    """A pattern's "\\s|\\xa0" read each no-break space two ways (boldheads' _BOLD_STACK, _BOLD_FIRST, inlinerows' _BESIDE,
    publishers' _LABEL_END): a run of them before what failed the match took exponential time."""
    assert excerpt("<p>" + _NBSP + "<b>x</b>y") == "xy"
    assert excerpt("<p><b>Old Title Here</b></p><p>" + _NBSP + "x") == "• Old Title Here • x"  # (set54 F8: items)
    assert excerpt('<p>Read <a href="https://a.example/x">it</a>' + _NBSP + "x.</p>") == "Read it x."
    markup = '<a href="https://n.example/a">Strompreise steigen weiter</a>' + _NBSP + "x TAG24"
    assert without_doubled_name("Strompreise steigen weiter - TAG24", markup) == "Strompreise steigen weiter - TAG24"
    description = "&lt;p&gt;" + "&#160; " * 40 + "Der Bundestag hat das Gesetz beschlossen.&lt;/p&gt;"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Gesetz</title>'
        f"<link>https://n.example/a</link><description>{description}</description></item></channel></rss>"
    ).encode()
    articles = read_feed(feed, url="https://n.example/feed", source="s", now=NOW, excerpt_length=300).articles
    assert articles[0].excerpt == "Der Bundestag hat das Gesetz beschlossen."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<p>Pros:</p><p>Excellent battery life.</p><p>Cons:</p><p>The screen is dim outdoors.</p><p>Pros:</p>"
            "<p>Light.</p>",
            "Excellent battery life. The screen is dim outdoors. Light.",
        ),
        (
            "<p>Fixed:</p><p>Crash on startup.</p><p>Added:</p><p>Dark mode.</p><p>Fixed:</p><p>A typo in the help.</p>",
            "Crash on startup. Dark mode. A typo in the help.",
        ),
        (
            "<p>Q:</p><p>What inspired you?</p><p>A:</p><p>My family of engineers.</p><p>Q:</p><p>And then?</p>",
            "What inspired you? My family of engineers. And then?",
        ),
        (
            "<p>Frage:</p><p>Wie lange dauert es?</p><p>Antwort:</p><p>Zwei Wochen.</p><p>Frage:</p><p>Was kostet es?</p>",
            "Wie lange dauert es? Zwei Wochen. Was kostet es?",
        ),
    ],
)
def test_a_repeated_label_among_other_labels_goes_as_they_do(markup, expected):
    """set39 F7's mend kept a first label the text repeats, and form_label still removed the other labels after it:
    "Pros: Excellent battery life. The screen is dim outdoors. Light.", "Pros:" over the cons. A repeated label is kept
    only when it is the text's one label (F7: test_set39a.py)."""
    assert excerpt(markup) == expected


def test_labels_before_lines_that_are_passed_over_are_counted_once():
    """F7's mend counted the text's labels again for each label the excerpt passed over before its first sentence
    (here each before a line it has read already): quadratic in the blocks, 3.7 s for 40,000 characters; and
    form_label counted its field labels again at each one after the first sentence (6 s before set39)."""
    markup = "".join(f"<p>Tag {i}:</p><p>Seen once.</p>" for i in range(1800)) + "<p>The story starts here.</p>"
    assert excerpt(markup) == "Seen once. The story starts here."
    markup = "".join(f"<p>Tag {i}:</p><p>The same title.</p>" for i in range(1800)) + "<p>The story starts here.</p>"
    assert excerpt(markup, "The same title.") == "The story starts here."


def test_a_numbered_list_of_bold_headlines_is_the_text_not_headings():
    """set39 F5's bold headings: a digest's numbered list of bold headlines (a second numbered phrase among the first
    paragraphs) was made headings, and the excerpt was the line after them. F5's shape, a numbered heading over an
    unnumbered one, is still headings (test_set39a.py)."""
    digest = (
        "<p><b>1. Government resigns after losing confidence vote</b></p><p><b>2. Snap election called for March</b>"
        "</p><p><b>3. Markets shrug off the turmoil</b></p><p>Read the full stories below, starting with the collapse.</p>"
    )
    assert excerpt(digest) == "1. Government resigns after losing confidence vote…"
    zh = "<p><strong>1. 政府宣布下调利率</strong></p><p><strong>2. 股市应声上涨</strong></p><p>以下是今日要闻的详细报道。</p>"
    assert excerpt(zh) == "1. 政府宣布下调利率…"
    quiz = "<p><b>1. Which planet is the largest</b></p><p><b>Jupiter</b></p><p><b>2. Which planet is closest</b></p>"
    assert excerpt(quiz + "<p><b>Mercury</b></p>") == "1. Which planet is the largest…"


@pytest.mark.parametrize("fast", [True, False])
def test_unclosed_turbo_share_blocks_are_read_in_linear_time(fast):
    """parse._TURBO_ONLY sought a </div> to the end of the text from each unclosed share block (".*?</div>"):
    quadratic, 7 s for these 200,000 characters."""
    body = '<div data-block="share">' * 8000
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:turbo="http://turbo.yandex.ru" version="2.0"><channel>'
        "<title>T</title><link>https://t.example/</link><item><title>A</title><link>https://t.example/a</link>"
        f"<turbo:content><![CDATA[<p>Text of the article here.</p>{body}]]></turbo:content></item></channel></rss>"
    ).encode()
    articles = read_feed(feed, url="https://t.example/f", source="s", now=NOW, excerpt_length=300, fast=fast).articles
    assert articles[0].excerpt == "Text of the article here."
