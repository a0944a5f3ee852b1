"""A link card's host name left alone between two sentences of a text without markup; a forum's inline card; a
bookmark card (link_card: a tree rule bot/htmltree.py applies, set 66a F4).

A blog's embedded link card (Hatena Blog's, a title and the linked site's host name under it) flattened to text
by an aggregator leaves the host name in the story: "…ゲストスピーカーとして参加していました。 www.youtube.com
これを受けて、…", "…そちらをご覧ください。 techblog.ap-com.co.jp 背景 Amazon Connect…", two cards in a row
"aws.amazon.com aws.amazon.com 上記…" (tech-blog-rss-feed--feed.json in tests/data/unseen/set20, F5c).

A run of host names (lower case, a dot between labels, no path) right after a sentence's end, with more text
after it that does not go on from it, is such a card: it goes. A sentence that opens with a host name stays:
one in lower case ("github.com is down again."), or one a Japanese particle follows ("qiita.com で公開…").
Pure; bot/promos.py applies it to the text shown (a text without markup), after the summary or the content
was chosen (the feed's summary may be the content cut inside a host name: they are compared as given).
"""

from __future__ import annotations

import re

from .cuts import last_sentence_end

# A host name: two labels at least, its last letters only ("www.youtube.com", "techblog.ap-com.co.jp").
_HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,10}"
# After a sentence's end and a space: host names, then what is no word going on from them (a capital, a digit, a
# bracket, a letter of a script without spaces that is no particle: "は", "が", "を", "に", "で", "の", "と", "も",
# "へ", "や").
_CARDS = re.compile(
    rf"(?<=[。！？.!?] )(?:{_HOST} )+(?=[A-Z0-9（(「『【]|[\u3040-\u30ff\u4e00-\u9fff](?<![はがをにでのともへや]))"
)


def without_card_hosts(line: str) -> str:
    """The line without the host names of the link cards left in it (the module docstring)."""
    return _CARDS.sub("", line) if "." in line else line


def inline_card(el, href: str, text: str) -> None:
    """A forum's inline link card (Discourse's '<a class="inline-onebox" href="…">', set40 F6) whose text, the linked
    page's title, holds sentences ("KeyAuth Custom Domains for API. Never deal ISP blockage again! - YouTube"): the
    post's sentence would be read as running on into them; the card is shown as its address, as a bare link is. (A
    title that is no two sentences of three words or more is a name the post's sentence uses: "Search results · PyPI
    helps.", tests/test_clean.py; "St. Louis - Wikipedia", "U.S. Policy on Open Data - Example": an abbreviation's
    dot ends no sentence.)"""
    cls = el.get("class")
    if not (cls and "inline-onebox" in cls.split() and href.startswith(("https://", "http://"))):
        return
    if _sentences(text[:_CARD_TITLE]):
        for child in list(el):
            el.remove(child)
        el.text = href


_CARD_TITLE = 300  # characters of a card's title read
_CARD_WORDS = 3  # words of each of its sentences, at least


def _sentences(title: str) -> bool:
    """Whether a card's title holds two sentences of _CARD_WORDS words or more (cuts' ends: no abbreviation's dot)."""
    end = last_sentence_end(title, len(title) - 1)
    while end > 0:
        if len(title[:end].split()) >= _CARD_WORDS and len(title[end:].split()) >= _CARD_WORDS:
            return True
        end = last_sentence_end(title, end - 1)
    return False


# A link card's parts: blocks inside the link, each holding the linked page's title, description or host
_CARD_PARTS = frozenset(("div", "p", "h2", "h3", "h4", "h5", "h6", "header", "footer"))
# A card's holder: a figure only (Ghost's kg-bookmark-card, WordPress's embeds). A teaser list or a card grid of div or
# li blocks, each a link around a title and its text, is often the news itself (rev66c 1): it stays.
_CARD_HOLDERS = frozenset(("figure",))


def link_card(el, href: str) -> bool:
    """A bookmark card: a link that wraps two or more blocks of text (the linked page's title, its
    description, its site: Ghost's '<figure class="kg-card kg-bookmark-card"><a href=…><div>…title</div><div>…
    description</div>…', set 66a F4) and is the whole of the figure around it, with no words of its own beside it.
    Told by that shape, not by a class name: a paragraph that only holds a link, or a link around one block (a
    picture's, a heading's), stays. The card's title and description are the linked page's, not the story's."""
    if not len(el) or not href.startswith(("https://", "http://")):
        return False
    parent = el.getparent()
    if parent is None or parent.tag not in _CARD_HOLDERS or (parent.text or "").strip() or (el.tail or "").strip():
        return False
    if any(other is not el and "".join(other.itertext()).strip() for other in parent):
        return False  # (the block holds more than the link: a caption, a sentence)
    parts = [part for part in el.iter(*_CARD_PARTS) if not len(part) and (part.text or "").strip()]
    return len(parts) >= 2
