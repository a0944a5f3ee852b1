"""bot/markdowntext.py: a summary the feed declares Markdown (Atom ``type="markdown"``, the
shape of nikolay.rocks' feed, /work/unseen6: 190 entries; our own words) is read as the
HTML it stands for, by both parsers; plain text with Markdown-like marks stays as it is."""

from datetime import UTC, datetime

import pytest

from bot.markdowntext import is_markdown_type, markdown_html
from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

ENTRY = """<entry><title>{title}</title><id>https://blog.example/{n}</id>
<link href="https://blog.example/{n}"/><published>2012-07-01T10:00:00Z</published>
<summary type="{type}">{summary}</summary></entry>"""
SUMMARIES = {
    "Procrastination": "![](/images/2012/07/cat.png)\n\nHave you ever wondered why we put things off? "
    "Sometimes it goes beyond ridiculous.",
    "Centering": "Sometimes you need to center a block both horizontally _and_ vertically, "
    "with **no** extra markup. See [the demo](https://demo.example/center) and `display: flex`.",
    "Layout": "The super-simple fixed-width layout. No extra tags required :)\n\n```html\n&lt;div "
    'class="page"&gt;&lt;/div&gt;\n```\n\nThat\'s all there is.',
    "Photo": "[ ![sunset in #Porto](/images/2012/03/small.jpg) ](/images/2012/03/large.jpg)",
}


def _feed(summary_type: str) -> bytes:
    entries = "".join(
        ENTRY.format(n=n, title=title, type=summary_type, summary=summary)
        for n, (title, summary) in enumerate(SUMMARIES.items())
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>{entries}</feed>'.encode()


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("summary_type", ["markdown", "text/markdown"])
def test_a_summary_declared_markdown_is_read_as_markdown(fast, summary_type):
    feed = read_feed(_feed(summary_type), url="https://blog.example/feed", source="B", now=NOW,
                     excerpt_length=300, fast=fast)  # fmt: skip
    assert {a.title: a.excerpt for a in feed.articles} == {
        "Procrastination": "Have you ever wondered why we put things off? Sometimes it goes beyond ridiculous.",
        "Centering": "Sometimes you need to center a block both horizontally and vertically, with no extra "
        "markup. See the demo and display: flex.",
        "Layout": "The super-simple fixed-width layout. No extra tags required :) That's all there is.",
        "Photo": "",  # (a picture only, as an <img> only)
    }


def test_plain_text_with_markdown_like_marks_stays_plain():
    feed = read_feed(_feed("text"), url="https://blog.example/feed", source="B", now=NOW, excerpt_length=300)
    centering = next(a for a in feed.articles if a.title == "Centering")
    # Not read as Markdown: its link and underscores stay (only paired stars of emphasis go
    # from any plain text: markdowntext.without_emphasis, which bot/blocks.py and bot/clean.py apply).
    assert "_and_" in centering.excerpt and "[the demo](https://demo.example/center)" in centering.excerpt
    assert "with no extra markup" in centering.excerpt


def test_markdown_html_and_the_types():
    assert markdown_html("A *b* [c](https://c.example)") == '<p>A <em>b</em> <a href="https://c.example">c</a></p>\n'
    assert markdown_html("Code:\n\n    x = 1\n\nDone.") == "<p>Code:</p>\n<p>Done.</p>\n"
    assert markdown_html("  ") == "  "
    assert all(map(is_markdown_type, ["markdown", "text/markdown", "Text/X-Markdown"]))
    assert not any(map(is_markdown_type, ["text", "html", "", None]))
