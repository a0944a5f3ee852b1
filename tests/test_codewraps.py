"""Inline code on lines of its own in a text without markup, joined back into its sentence (bot/codewraps.py)."""

from datetime import UTC, datetime

from bot.blocks import html_blocks
from bot.codewraps import code_joined
from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, tzinfo=UTC)

# The shape of set27's yuanxianh--codex_github_releases.xml (YuanxianH/rss-feeds @ de7e5964, no licence:
# made-up words): flattened release HTML, each <code> span and issue number on a line of its own.
NOTES = (
    "New Features\nAdded\n@widget\nmentions so people can point at widgets straight from the chat and pull in "
    "their linked settings. (\n#13510\n)\nShipped a one-line setup script for Plumix and Vantor, published as "
    "a release file, using the usual bundle (including\nplumix\nand\nvt\n) (\n#12740\n)\nBoxed servers now "
    "serve\nGET /ready\nand\nGET /alive\non the same port for simpler probes. (\n#13782\n,\n#13790\n)\n"
)


def test_a_line_before_inline_code_is_no_heading_and_the_parenthesis_closes():
    lines = html_blocks(NOTES).lines
    assert lines[1] == (
        "Added @widget mentions so people can point at widgets straight from the chat and pull in "
        "their linked settings."
    )
    assert lines[2] == (
        "Shipped a one-line setup script for Plumix and Vantor, published as a release file, "
        "using the usual bundle (including plumix and vt)"
    )
    assert lines[3] == "Boxed servers now serve GET /ready and GET /alive on the same port for simpler probes."
    rss = f"""<rss version="2.0"><channel><title>R</title><item><title>Tool 0.112.0</title>
      <link>https://rel.example/1</link><description><![CDATA[{NOTES}]]></description></item></channel></rss>"""
    article = read_feed(rss.encode(), url="https://rel.example/feed", source="R", now=NOW, excerpt_length=300).articles[
        0
    ]
    assert article.excerpt.startswith("Added @widget mentions so people")


def test_lines_without_code_or_brackets_are_left_to_the_wrap_rules():
    lines = ["Added", "Widgets", "now spin."]
    assert code_joined(lines) == lines
    # a bracket closed far away, or never: no join
    assert code_joined(["Smile (", "Next Heading", "Text of it."]) == ["Smile (", "Next Heading", "Text of it."]
    # a code token after a finished sentence stays apart
    assert code_joined(["It works.", "GET /x", "and more"]) == ["It works.", "GET /x", "and more"]
