"""Paragraphs that are only a link, each after a paragraph that announces it with a colon, before the story's prose
(set63 F6: a Notion export's bookmarks, "<p>一週間前に、私はNotion Flowブラウザ拡張機能を構築しました：</p><p><a href=…>
Xheldon on Twitter / X</a></p><p>そして先日更新された0.4.1バージョンでは：</p><p><a href=…> 0.4.1 | Notion Flow</a></p>
<p>本記事では、…</p>", or "…著者の原文は以下を参照してください：</p><p><a href=…>在 Cursor 打造高效 iOS 开发环境</a></p>").
The link's text is the linked page's title, no heading of this text; read as one, the excerpt kept it after the
sentence that announces it, a colon added ("…構築しました： Xheldon on Twitter / X: そして…"). Each such pair goes
from the markup before it is read, when a paragraph of prose follows them; a text of nothing else (a list of links,
each announced) is left as it is. Pure.
"""

from __future__ import annotations

import re

# A paragraph of plain words that ends with a colon, no sentence's end before it (one clause, not "…を共有します。
# 詳細は公式サイトをご覧ください:"; a version's dots are none, "0.4.1"), then a paragraph of one link and nothing else.
_ANNOUNCED_LINK = re.compile(
    r"<p(?:\s[^<>]*)?>(?:[^<>.!?。！？]|\.(?=\S)){1,300}[:：]\s*</p>\s*<p(?:\s[^<>]*)?>\s*<a\s[^<>]*>[^<>]{1,200}</a>\s*</p>\s*",
    re.IGNORECASE,
)
# A paragraph that opens with its words, no label ("<p>YouTube：</p>" over a video)
_PROSE_NEXT = re.compile(r"<p(?:\s[^<>]*)?>\s*(?!<)(?![^<>]{0,60}[:：]\s*</p>)\S", re.IGNORECASE)


def links_unannounced(markup: str) -> str:
    """The markup without each run of announced links that a paragraph of prose follows (the module docstring)."""
    if "：</p>" not in markup and ":</p>" not in markup:
        return markup
    out: list[str] = []
    start = run_start = run_end = 0
    for found in _ANNOUNCED_LINK.finditer(markup):
        if found.start() != run_end or not run_end:
            run_start = found.start()
        run_end = found.end()
        if _PROSE_NEXT.match(markup, run_end) and not _ANNOUNCED_LINK.match(markup, run_end):  # (not another pair)
            out.append(markup[start:run_start])
            start = run_end
    return "".join(out) + markup[start:] if out else markup
