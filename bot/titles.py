"""Titles: a feed's title (or a name, a tag) as one line of plain text, and a
stand-in title, an entry's first words, for an entry that has none. Pure.
"""

from __future__ import annotations

import html as htmllib
import unicodedata

from .clean import ENTITY, html_lines, plain_lines
from .cuts import SENTENCE_END, is_abbreviation
from .excerpt import make_excerpt

TITLE_FROM_TEXT_LENGTH = 150  # Slack's header limit; a first sentence up to here is the whole title


def clean_title(markup: str | None, *, is_html: bool = True) -> str:
    """A title (or a name, a tag) as one line of plain text. Nothing is taken off
    its end: "… condemns his ‘climate denial’ comments" is a headline, not a
    comment link (the trailing-boilerplate rules are for article text)."""
    if (
        markup and "<" not in markup and "&" not in markup
        and markup.isprintable() and unicodedata.is_normalized("NFC", markup)
    ):  # fmt: skip
        # Most titles: nothing to unescape, remove or normalize (no invisible
        # character is printable, nor any space but " "), only spaces to collapse.
        title = " ".join(markup.split())
        if title != "•":
            return title
    if not is_html:
        return " ".join(" ".join(plain_lines(markup)).split())
    # One pass of HTML: a title's escaped markup is what it says ("Why &lt;div&gt;
    # soup" shows "<div>"), not more markup to take out, as it is in a body that
    # was escaped twice. A doubly escaped entity ("AT&amp;amp;T") is still read.
    title = " ".join(" ".join(html_lines(markup, passes=1)).split())
    return htmllib.unescape(title) if "&" in title and ENTITY.search(title) else title


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT_LENGTH) -> str:
    """A stand-in title for an entry that has none: its first words."""
    first = " ".join(text.split())
    if not first:
        return ""
    for match in SENTENCE_END.finditer(first, 15, limit + 1):
        if match.end() <= limit and not (match.group(0).startswith(".") and is_abbreviation(first, match.start())):
            return first[: match.end()].rstrip(".")
    if len(first) <= limit:
        return first
    return make_excerpt(first, limit)
