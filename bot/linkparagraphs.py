"""Paragraphs that are only a link, each after a paragraph that announces it with a colon, before the story's prose
(set63 F6: a Notion export's bookmarks, "<p>一週間前に、私はNotion Flowブラウザ拡張機能を構築しました：</p><p><a href=…>
Xheldon on Twitter / X</a></p><p>そして先日更新された0.4.1バージョンでは：</p><p><a href=…> 0.4.1 | Notion Flow</a></p>
<p>本記事では、…</p>", or "…著者の原文は以下を参照してください：</p><p><a href=…>在 Cursor 打造高效 iOS 开发环境</a></p>").
The link's text is the linked page's title, no heading of this text; read as one, the excerpt kept it after the
sentence that announces it, a colon added ("…構築しました： Xheldon on Twitter / X: そして…"). Each such pair goes
from the markup before it is read, when a paragraph of prose follows them; a text of nothing else (a list of links,
each announced) is left as it is.

A paragraph of one short link to a video's page whose words name the video's site ("Watch the video on YouTube",
"Δείτε το video στο YouTube", "Ver en Vimeo", set 69a F5) is the embedded player's way out, a pointer in any
language: it goes too (video_pointers_dropped), when a player (an <iframe> or a <video>) comes before it. The site's
name as a word in the link's words is the condition (a video's own title linked, "<a href=…youtube…>The keynote, in
full</a>", "Why I became a YouTuber", stays), and no sentence's end after them ("…streaming live on YouTube.", a
post's text: rev70e 1). Pure.
"""

from __future__ import annotations

import re

# A paragraph of plain words that ends with a colon, no sentence's end before it (one clause, not "…を共有します。
# 詳細は公式サイトをご覧ください:"; a version's dots are none, "0.4.1"), then a paragraph of one link and nothing else.
_ANNOUNCED_LINK = re.compile(
    r"<p(?:\s[^<>]*)?>(?:[^<>.!?。！？]|\.(?=\S)){1,300}[:：]\s*</p>\s*<p(?:\s[^<>]*)?>\s*<a\s[^<>]*>[^<>]{1,200}</a>\s*</p>\s*",
    re.IGNORECASE,
)
# The second review of set 63, finding 4: one pair goes only when its line points at the link ("著者の原文は以下を参照して
# ください：", "the original is here:"), not when it is the story's first sentence ("X wrote a terrific explainer on
# why prompt injection is still unsolved:", "…the force said in a statement on Tuesday:"); and a run goes only before
# the story's prose (no paragraph ends before it)
_POINTER = re.compile(
    r"以下|下記|下面|如下|こちら|参照|参考|(?i:\b(?:below|the\s+following|here|hier|ci-dessous|a\s+continuación)\b)"
)
# A paragraph that opens with its words, no label ("<p>YouTube：</p>" over a video)
_PROSE_NEXT = re.compile(r"<p(?:\s[^<>]*)?>\s*(?!<)(?![^<>]{0,60}[:：]\s*</p>)\S", re.IGNORECASE)


# The video sites: each host's start in a link to a video's page, and the site's name its words would say (one table)
_SITES = {"youtube.com/": "youtube", "youtu.be/": "youtube", "vimeo.com/": "vimeo", "dailymotion.com/": "dailymotion",
          "dai.ly/": "dailymotion", "twitch.tv/": "twitch", "rumble.com/": "rumble"}  # fmt: skip
# A paragraph of one link (in bold or italics at most) to a video's page, its words short (the attributes' runs
# bounded: linear, rev70e 5)
_VIDEO_LINK = re.compile(
    r"<p(?:\s[^<>]{0,300})?>\s*(?:<(?:strong|b|em|i|span)(?:\s[^<>]{0,300})?>\s*)*"
    r"<a\s[^<>]{0,300}?href=[\"']https?://(?:www\.|m\.)?(?P<site>youtube\.com/(?:watch|shorts/|live/)|youtu\.be/|vimeo\.com/\d"
    r"|dailymotion\.com/video/|dai\.ly/|twitch\.tv/videos/|rumble\.com/v)[^<>]{0,300}>(?P<words>[^<>]{1,80})</a>"
    r"\s*(?:</(?:strong|b|em|i|span)>\s*)*</p>\s*",
    re.IGNORECASE,
)
_PLAYER = re.compile(r"<(?:iframe|video)\b", re.IGNORECASE)
_POINTER_WORDS = 8  # (at most: "Watch the full video of the talk on YouTube")


def video_pointers_dropped(markup: str) -> str:
    """The markup without its paragraphs that point to a video on its site, naming the site (the module docstring)."""
    if "</a>" not in markup or not any(host.split(".")[0] in markup for host in _SITES) or not _PLAYER.search(markup):
        return markup
    return _VIDEO_LINK.sub(_without_pointer, markup)


def _without_pointer(found: re.Match) -> str:
    site = next(name for host, name in _SITES.items() if found["site"].lower().startswith(host))
    words = found["words"].strip()
    return (
        ""
        if _PLAYER.search(found.string, 0, found.start())  # (the player it points away from, before it: rev70e 1)
        and re.search(rf"\b{site}\b", words, re.IGNORECASE)  # (the name as a word: not "…a YouTuber")
        and not words.endswith((".", "!"))  # (a sentence: "The hearing is streaming live on YouTube.")
        and len(words.split()) <= _POINTER_WORDS
        else found[0]
    )


def links_unannounced(markup: str) -> str:
    """The markup without each run of announced links that a paragraph of prose follows (the module docstring)."""
    if "：</p>" not in markup and ":</p>" not in markup:
        return markup
    out: list[str] = []
    start = run_start = run_end = pairs = 0
    first_end = markup.lower().find("</p")  # (the end of the text's first paragraph)
    for found in _ANNOUNCED_LINK.finditer(markup):
        if found.start() != run_end or not run_end:
            run_start, pairs = found.start(), 0
        run_end, pairs = found.end(), pairs + 1
        if (
            _PROSE_NEXT.match(markup, run_end)
            and not _ANNOUNCED_LINK.match(markup, run_end)  # (not another pair)
            and not 0 <= first_end < run_start
            and (pairs > 1 or _POINTER.search(markup, run_start, found.start() + found[0].index("</")))
        ):
            out.append(markup[start:run_start])
            start = run_end
    return "".join(out) + markup[start:] if out else markup
