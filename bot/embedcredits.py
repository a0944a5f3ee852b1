"""A player embed's attribution line, which goes with the embed (bot/htmltree.py drops both).

SoundCloud's embed code (and others like it) puts a small line of links under its <iframe>: the account and the
track, "Software Architecture Radio · Episode @007: WebAssembly with Brian Sletten" (set29 F4). Without the player it
is no text of the post's: the show's name and the title again. Told by its place (the element right after the
embed, nothing but spaces between them), its words (only links, and separators between them) and its links (every
one to the embed's own site: "w.soundcloud.com/player" and "soundcloud.com/swarchradio").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_EMBEDS = ("iframe", "embed", "object")
_LINES = ("div", "p", "span", "small", "font")
_SEPARATORS = re.compile(r"[\s·•|/\-–—,:]*")  # what an attribution line has between its links


def with_credits(drops: list, markup: str) -> list:
    """``drops`` (the elements the walk drops) and the attribution line right after each embed among them."""
    if "iframe" not in markup and "embed" not in markup and "<object" not in markup:
        return drops
    credits = [line for el in drops if el.tag in _EMBEDS and (line := _credit_after(el)) is not None]
    return drops + credits if credits else drops


def _credit_after(el):
    """The element right after the embed ``el`` when it is the embed's attribution line, else None."""
    site = _site(el.get("src") or el.get("data") or "")
    if not site or (el.tail or "").strip():
        return None
    line = el.getnext()
    if line is None or line.tag not in _LINES:
        return None
    links = list(line.iter("a"))
    if not links or any(_site(a.get("href") or "") != site for a in links):
        return None
    rest = (line.text or "") + "".join(a.tail or "" for a in links)  # (the words outside the links)
    if any(child.tag != "a" for child in line) or not _SEPARATORS.fullmatch(rest):
        return None
    return line


def _site(url: str) -> str:
    """A URL's host without its first labels: the site it belongs to ("w.soundcloud.com": "soundcloud.com")."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return ".".join(host.split(".")[-2:]) if host.count(".") >= 1 else ""
