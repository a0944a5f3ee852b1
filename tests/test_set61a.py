"""Set 61's findings F1, F3, F4 and F5 (/work/unseen61/FINDINGS.md): the notices every entry opens with were the
whole excerpt (F1); a first sentence that says the title again but for "(part 1)" or an ordinal written "1er" stayed
(F3); an excerpt ran past a heading it dropped into the next section, and past an empty label into a how-to (F4); a
schedule's time table after a greeting was left out (F5). Those files have no licence: made-up text in each item's
shape."""

import html

from bot.blocks import unwrapped
from bot.clean import html_to_text
from bot.listrows import time_rows
from bot.normalize import read_feed
from tests.builders import T0, excerpt, read_entries

_NOTICE = (
    "ⓘ Note: this post was here before the site had a second language. The original was written in one language only,"
    " and translated at the start of 2022."
)
_ARCHIVE = (
    "⚠ Attention: this post is part of the childhood archive, from 2015, when I was fourteen. Read about the archive"
    " for the details of these posts."
)
_OWN = (
    "Hello everyone, I released a new version of the sandbox game with a physics gun!",
    "Happy holidays to all of you :)",
    "I uploaded a new video about two features: endless worlds and deleting objects.",
    "It has been a long time since the last post, because I was busy writing the level editor.",
    "Hi all, I was away for a while, but now I am back :)",
)


def _plain_feed(texts: list[str]) -> list:
    items = "".join(
        f"<item><title>Post {n}</title><link>https://r.example/{n}</link><description>{html.escape(t)}</description>"
        "</item>"
        for n, t in enumerate(texts)
    )
    doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>R</title>{items}</channel></rss>"
    return list(
        read_feed(doc.encode(), url="https://r.example/index.xml", source="R", now=T0, excerpt_length=300).articles
    )


def test_the_notices_every_entry_opens_with_are_no_excerpt():
    """set61 F1 (rami-sabbagh--blog-ar.xml, repository Rami-Sabbagh/rami-sabbagh.github.io, in /work/unseen61/feeds):
    every entry opened with a translator's notice and an archive notice, each its own line, then the post's own line;
    repeated._before_footer took the repeated notice for the text "having said something", the second notice for a
    footer's start and cut the own line with it: nothing left, everything came back and the notice was the excerpt.
    And a subtitle line before the notice was joined to it: "ⓘ" (a circled small letter) read as a lower-case word."""
    texts = [f"{_NOTICE}\n{_ARCHIVE}\n{own}" for own in _OWN]
    texts.append(f"A tiny powder simulation in a fantasy console\n{_NOTICE}\n{_ARCHIVE}\nMaking it took two hours.")
    articles = _plain_feed(texts)
    for article, own in zip(articles, _OWN, strict=False):
        assert article.excerpt and own.endswith(article.excerpt), own  # (a greeting before it may go)
    assert "ⓘ" not in articles[-1].excerpt and "Making it took two hours." in articles[-1].excerpt
    # (a footer the feed repeats after the entry's own words still goes; a line that wraps in a sentence still joins)
    footer = "Thanks for reading! Subscribe to the newsletter for more posts like this one every week."
    for article, own in zip(_plain_feed([f"{own}\n{footer}\n{_ARCHIVE}" for own in _OWN]), _OWN, strict=True):
        assert article.excerpt and own.endswith(article.excerpt), own
    assert unwrapped(["A tiny powder simulation in a fantasy console", _NOTICE]) == [
        "A tiny powder simulation in a fantasy console",
        _NOTICE,
    ]
    assert unwrapped(["The launch of the new version went", "smoothly for everyone."]) == [
        "The launch of the new version went smoothly for everyone."
    ]


def _excerpt(title: str, text: str) -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": text}])
    return article.excerpt


def test_a_first_sentence_that_is_the_title_but_for_its_part_or_ordinal_goes():
    """set61 F3 (racerxdl--letshackit-pt.atom, repository racerxdl/letshackit, and asobioq--blog-es.xml, repository
    AsoBioQ/asobioq.github.io, in /work/unseen61/feeds): "Running code on a card terminal." under "Running code on a
    card terminal (part 1)", "Primer Taller de …" under "1er Taller de …" stayed: the excerpt's test wanted the
    title's very words (and the same first letter)."""
    rest = "Reverse engineering, a processor swap and a look at the terminal's security."
    got = _excerpt("Running code on a card terminal (part 1)", f"<p>Running code on a card terminal. {rest}</p>")
    assert got == rest
    title = "1er Taller de reconocimiento de arañas del valle"
    assert _excerpt(title, "<p>Primer Taller de reconocimiento de arañas del valle.</p>") == ""
    # (not a sentence that says more than the title, nor another ordinal, nor another series' marker)
    for title, text in (
        ("Running code on a card terminal (part 1)", f"<p>Running code on a card terminal is easy. {rest}</p>"),
        ("1er Taller de reconocimiento de arañas", "<p>Segundo Taller de reconocimiento de arañas.</p>"),
        ("Running code on a card terminal (and why)", f"<p>Running code on a card terminal. {rest}</p>"),
    ):
        assert _excerpt(title, text).startswith(text[3:20]), title


def test_an_excerpt_ends_at_a_heading_it_would_drop_after_one_it_shows():
    """set61 F4 (modelscope--twinkle-zh.xml, repository modelscope/twinkle-web, in /work/unseen61/feeds): the excerpt
    showed "1. Vendor lock-in:" after "…have limits:", skipped the heading "2. Limited customization" and took its
    section's first sentence as point 1's; and after an empty label, "Available models:", it showed the how-to's
    heading "快速开始:" (quick start) and its steps."""
    limits = (
        "<p>Platforms like these pioneered key ideas. But for companies they have clear limits:</p>"
        "<h3>1. Vendor lock-in</h3><p>When your training stack is a black box, you depend on the vendor's roadmap.</p>"
        "<h3>2. Limited customization</h3><p>Every organization has needs of its own.</p>"
    )
    got = excerpt(limits, "Why openness matters")
    assert "1. Vendor lock-in:" in got and got.endswith("roadmap.") and "Every organization" not in got
    steps = (
        "<p>我们很高兴地宣布，训练服务现已上线！开发者可以免费体验训练接口。</p><p>当前可用模型：</p><h2>快速开始</h2>"
        "<h3>第一步：加入组织</h3><ol><li>注册账号</li><li>申请加入组织</li></ol>"
    )
    assert excerpt(steps, "免费训练服务") == "我们很高兴地宣布，训练服务现已上线！开发者可以免费体验训练接口。"
    # (a heading skipped when none is shown: the text goes on; a heading that only starts like a how-to's stays)
    plain = "<p>The team met on Monday.</p><h3>Background</h3><p>The plan was drafted in May.</p>"
    assert excerpt(plain, "A meeting").endswith("drafted in May.")
    numbered = "<p>We tried three dishes on the trip.</p><h3>1. Rice</h3><p>The rice was fine and cheap.</p>"
    assert excerpt(numbered, "A trip").endswith("fine and cheap.")
    named = "<p>我们发布了新版本。</p><h2>安装包的大小</h2><p>安装包变小了一半。</p>"
    assert "安装包变小了一半" in excerpt(named, "新版本")


def test_a_schedule_after_a_short_greeting_is_shown():
    """set61 F5 (kraiany--kraiany-ja.atom, repository Kraiany/kraiany.github.io, in /work/unseen61/feeds): a
    festival's post, a greeting then a table of times ("12:30 | Doors", "13:00 | Opening", …): the excerpt was cut
    back to the greeting, the table's row block ending no sentence; and the feed's cut after a row's cell ("<td>16:00
    </td> ...</tr>") was lost, so the cut summary was not known for one."""
    rows = [("12:30", "Doors open"), ("13:00", "Opening"), ("13:30", "Workshops"), ("15:30", "Dances")]
    table = "<table>" + "".join(f"<tr><td>{t}</td><td>{what}</td></tr>" for t, what in rows) + "</table>"
    got = excerpt("<p>Thank you for coming to the festival! Enjoy the day.</p>" + table, "Festival schedule")
    assert got.startswith("Thank you") and "12:30: Doors open · 13:00: Opening" in got and "15:30: Dances" in got
    assert "16:00 ..." in html_to_text(
        "<table><tr><td>15:30</td><td>Dances</td></tr><tr><td>16:00</td> ...</tr></table>"
    )
    # (not a price table, nor a long paragraph before the times, nor rows that mostly open with no time)
    prices = "<table><tr><td>Small</td><td>5 EUR</td></tr><tr><td>Large</td><td>8 EUR</td></tr></table>"
    assert excerpt("<p>Our prices this season.</p>" + prices * 2, "Prices") == "Our prices this season."
    story = "<p>" + "The festival brought the community together in the park for a whole afternoon of music. " * 2
    assert not time_rows([story, "12:30: Doors · 13:00: Opening · 13:30: Workshops"])
    assert not time_rows(["Welcome!", "12:30: Doors · Opening: Hall A · Workshops: Hall B · Dances: Hall C"])
