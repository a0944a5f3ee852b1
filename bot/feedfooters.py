"""A feed's footer that names the entry and the site, whatever its wording or language: "The article <a href=own>X</a>
was published on <a href=site>Y</a>." (set 64a F6: botfactoryit--trackbot-it.xml, a WordPress plugin's own wording in
an Italian feed; Yoast's "The post X appeared first on Y" and its translations are the boilerplate table's,
bot/boilerplate.py). The text's last block is that footer when it is one sentence of two links, one to the entry's
own page and one to the site's root (the same host, a path the entry's starts with), with few words of its own
(FOOTER_WORDS): a sentence of the story links to other pages, or says more. Never the only block. Pure."""

from __future__ import annotations

import dataclasses
import html
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .cuts import SENTENCE_END
from .ownlinks import TAIL, is_own

if TYPE_CHECKING:
    from .blocks import Blocks

__all__ = ["without_footer"]

FOOTER_WORDS = 8  # words outside the two links, at most ("The article … was published on …": 5)
# The last paragraph of the markup, then only closing tags (matched from the last "<p" only: one try)
_LAST_P = re.compile(r"<p\b[^>]*>(?P<inner>(?:[^<]|<(?!/?p\b))*)</p>\s*(?:</\w+>\s*)*$", re.I)
# (a tag's attributes never hold "<": each "<a " start scans to its own tag's end only, not across others: the review
# of set 64 group c, finding 5, 11.9 s on "<a href='x' " * 1666 before)
_LINK = re.compile(r"<a\s[^<>]*?href\s*=\s*([\"'])(?P<href>[^\"'<>]+)\1[^<>]*>(?P<label>[^<]*)</a>", re.I)
_TAG = re.compile(r"<[^>]*>")


def without_footer(blocks: Blocks, markup: str, link: str) -> tuple[Blocks, list[str]]:
    """The blocks without their last one when it is the feed's footer (the module docstring), and a note."""
    tail = markup[-TAIL:]
    at = max(tail.rfind("<p"), tail.rfind("<P"))
    if not link or len(blocks.lines) < 2 or at < 0 or (m := _LAST_P.match(tail, at)) is None:
        return blocks, []
    links = list(_LINK.finditer(m["inner"]))
    if len(links) != 2 or _LINK.sub("", m["inner"]).count("<") or not _footer_links(links, link):
        return blocks, []
    text, last = " ".join(html.unescape(_TAG.sub("", m["inner"])).split()), blocks.lines[-1]
    words = " ".join(html.unescape(_LINK.sub(" ", m["inner"])).split())
    ends = [e for e in SENTENCE_END.finditer(words) if e.end() < len(words)]
    if text != last or not blocks.text.endswith(last) or len(words.split()) > FOOTER_WORDS or ends:
        return blocks, []
    kept = blocks.text[: len(blocks.text) - len(last)].rstrip("\n")
    return dataclasses.replace(blocks, lines=blocks.lines[:-1], text=kept), [
        f'removed: the feed\'s footer naming the entry and the site ("{last[:40]}…")'
    ]


def _footer_links(links: list[re.Match], link: str) -> bool:
    """Whether of two links one goes to the entry's own page and the other to its site's root."""
    own = [is_own(m["href"], link) for m in links]
    if own.count(True) != 1:
        return False
    root = urlsplit(html.unescape(links[own.index(False)]["href"]).strip())
    page = urlsplit(link)
    host, page_host = root.netloc.lower().removeprefix("www."), page.netloc.lower().removeprefix("www.")
    path = root.path.rstrip("/")
    return bool(host) and host == page_host and not root.query and page.path.startswith(path + "/")
