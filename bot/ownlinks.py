"""The link a text's markup ends with, then only closing tags (last_link: its address and its label), and the
markup without it when it goes to the entry's own page (own_link_off): what a feed's fixed cut is measured on
(bot/feedcuts.py), a cut text's "…to cost abou<br><a href=own>…</a>" as its "…to cost abou". Pure."""

from __future__ import annotations

import html
import re

TAIL = 1000  # characters of a text's end read for its last link
_LINK_AT = re.compile(
    r"<a\s[^>]*?href\s*=\s*([\"'])(?P<href>[^\"'<>]+)\1[^>]*>(?P<label>[^<]{1,120})</a>\s*(?:</\w+>\s*)*$", re.I
)
_OPENING = re.compile(r"<a\s", re.I)


def last_link(markup: str) -> re.Match | None:
    """The link the markup's last TAIL characters end with (only closing tags after it), read from the last "<a"
    only: one match, whatever the text before (a search over the tail was worse than quadratic: "<a href='…'x "
    repeated)."""
    tail = markup[-TAIL:]
    starts = [m.start() for m in _OPENING.finditer(tail, max(0, tail.rfind("<a"), tail.rfind("<A")) - 1)]
    return _LINK_AT.match(tail, starts[-1]) if starts else None


def is_own(href: str, link: str) -> bool:
    """Whether a link's (escaped) address is the entry's own page, its fragment aside."""
    return bool(link) and html.unescape(href).strip().partition("#")[0] == link.partition("#")[0]


def own_link_off(markup: str, link: str) -> str:
    """A text's markup without the link to the entry's own page (``link``) it ends with, if any (tagesschau's
    "…um 09:45 Uhr<br><a href=own>own</a>", set34 F2: "…um 09:45 Uhr<br>", its texts all end in "Uhr", a template)."""
    if (
        not link
        or "<a" not in markup[-TAIL:].lower()
        or (m := last_link(markup)) is None
        or not is_own(m["href"], link)
    ):
        return markup
    return markup[: len(markup) - len(markup[-TAIL:]) + m.start()].rstrip()
