"""The link a text's markup ends with, then only closing tags (LAST_LINK: its address and its label), and the markup
without it when it goes to the entry's own page (own_link_off): what a feed's fixed cut is measured on
(bot/feedcuts.py), a cut text's "…to cost abou<br><a href=own>…</a>" as its "…to cost abou". Pure."""

from __future__ import annotations

import html
import re

LAST_LINK = re.compile(
    r"<a\s[^>]*?href\s*=\s*([\"'])(?P<href>[^\"'<>]+)\1[^>]*>(?P<label>[^<]{1,120})</a>\s*(?:</\w+>\s*)*$", re.I
)


def own_link_off(markup: str, link: str) -> str:
    """A text's markup without the link to the entry's own page (``link``) it ends with, if any (tagesschau's
    "…um 09:45 Uhr<br><a href=own>own</a>", set34 F2: "…um 09:45 Uhr<br>", its texts all end in "Uhr", a template)."""
    m = LAST_LINK.search(markup, max(0, len(markup) - 1000)) if link and link in markup[-1000:] else None
    own = m is not None and html.unescape(m["href"]).strip().partition("#")[0] == link.partition("#")[0]
    return markup[: m.start()].rstrip() if m is not None and own else markup
