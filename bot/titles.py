"""Titles: a feed's title (or a name, a tag) as one line of plain text, and a
stand-in title, an entry's first words, for an entry that has none. Pure.
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import re
import unicodedata

from .blocks import Blocks
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


# A reply's addressees at its start ("@runrunrun @board@ovo.st …", a Mastodon toot's h-card links).
_MENTIONS = re.compile(r"(?:@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?(?:\s+|$))+")


def without_mentions(line: str) -> str:
    """A first block without the @mentions it opens with (a reply's addressees): "" when it is only
    them; the line itself when a lower-case word follows them (the mention is the sentence's
    subject: "@jane is right about this")."""
    if line[:1] != "@" or (m := _MENTIONS.match(line)) is None:
        return line
    rest = line[m.end() :]
    return line if rest[:1].islower() else rest


def without_addressees(blocks: Blocks) -> Blocks:
    """An untitled post's blocks without the @mentions its first block opens with (its
    title has none: the excerpt goes on after the title's words)."""
    lines = blocks.lines
    if not lines or not (rest := without_mentions(lines[0])) or rest is lines[0]:
        return blocks  # (a block of mentions alone is skipped as a heading is)
    text = rest + blocks.text[len(lines[0]) :] if blocks.text.startswith(lines[0]) else blocks.text
    return dataclasses.replace(blocks, lines=[rest, *lines[1:]], text=text)


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT_LENGTH) -> str:
    """A stand-in title for an entry that has none: its first words, from its first
    block (a post's first paragraph, never run on into the next; without the @mentions
    a reply opens with)."""
    lines = (without_mentions(line.strip()) for line in text.split("\n"))
    first = " ".join(next((line for line in lines if line), "").split())
    if not first:
        return ""
    for match in SENTENCE_END.finditer(first, 15, limit + 1):
        if match.end() <= limit and not (match.group(0).startswith(".") and is_abbreviation(first, match.start())):
            return first[: match.end()].rstrip(".")
    if len(first) <= limit:
        return first
    return make_excerpt(first, limit)
