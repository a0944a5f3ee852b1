"""A link roundup's entry: the linked page's title on a line, its address under it as the link's own text, then the
editor's words on it (set 69b F4, a newsletter's issue: "<li><p>The design of Unix OS<br /><a href=…>http://…/Bach.pdf
</a></p><p>This is complementary to "The classic, the beautiful" of issue 105. …</p></li>"). Read as it stands, the
title went with the address as a line that only points elsewhere (bot/leadin.py), and the words that followed spoke of
a thing never named ("I love it when tools like this come out."). The title is the words' subject: it is kept as their
lead-in, a colon after it ("The design of Unix OS: This is complementary to …"), and the bare addresses go. Only in a
list item, only a title of a few plain words that ends no sentence and is no label, call or credit ("Source",
"Downloads", "Quelle", "Photo by Jane Doe"), only bare addresses after it, and only when a paragraph follows that is
not another title over its address (a list of download mirrors, "Where" / "When"). Pure.
"""

from __future__ import annotations

import re

# A list item's <p>title<br> then one or more links whose text is an address (each after a <br>), the paragraph's end,
# and the next paragraph's opening tag; the title's words: no markup, no colon, no sentence's end, a dozen words at most
# (a paragraph outside a list is a sponsor's name, a place, a date or a credit over its link as often: rev69e F1).
_TITLED = re.compile(
    r"(?P<open><li(?:\s[^<>]*)?>\s*<p(?:\s[^<>]*)?>\s*)"
    r"(?P<title>[^<>:：.!?。！？\s](?:[^<>:：.!?。！？]{0,98}?[^<>:：.!?。！？\s])?)\s*"
    r"(?:<br\s*/?>\s*<a\s[^<>]*>\s*(?:https?://|www\.)[^<>\s]{1,300}\s*</a>\s*){1,4}"
    r"(?:<br\s*/?>\s*)?</p>\s*<p(?:\s[^<>]*)?>(?=\s*[^\s<])"
    # (not another title over its address: "Where<br>https://maps…" then "When<br>…", a download list; rev69e F2)
    r"(?![^<>]{0,100}<br\s*/?>\s*<a\s[^<>]*>\s*(?:https?://|www\.))",
    re.IGNORECASE,
)
# A label, a call or a credit, not a page's title ("Source", "Download here", "Watch the video", "Photo by Jane")
_NOT_A_TITLE = re.compile(
    r"(?i:(?:source|via|link|website|homepage|home page|download|visit|see|read|check|follow|listen|watch|subscribe"
    r"|register|sign up|join|more|get|buy|order|donate|support|photo|image|picture|credit|video|podcast|episode"
    r"|slides|code|repo|repository|demo|pdf|mirror|ticket|where|when|quelle|fonte|fuente|origem|lien|enlace"
    r"|источник|ссылка|出典|出处|出處|来源|來源|参考|參考)(?:s|es)?\b)|.*\bby\s",
)
_WORDS = 12


def titled_links(markup: str) -> str:
    """The markup with each linked title kept as a lead-in of the words on it and its bare addresses gone."""
    if "<br" not in markup or "://" not in markup and "www." not in markup:
        return markup
    return _TITLED.sub(_lead_in, markup)


def _lead_in(found: re.Match[str]) -> str:
    title = found["title"].strip()
    if len(title.split()) > _WORDS or _NOT_A_TITLE.match(title):
        return found[0]
    return f"{found['open']}{title}: "
