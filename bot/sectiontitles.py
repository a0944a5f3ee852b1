"""An untitled entry's stand-in title (titles.title_from_text), never a section's name: when its first block is a
heading of one or two words with a paragraph after it ("<h2 id="المشكلة">المشكلة</h2><p>من المتوقع المرور…", "The
problem", set59 F7: the title read "The problem"), the heading goes and the paragraph's first sentence names the
entry (the excerpt skipped the heading already). A heading that says more ("Why I left Acme"), ends with a mark,
or stands over another heading or nothing, is kept as before. Pure.
"""

from __future__ import annotations

import dataclasses

from .blocks import Blocks
from .cuts import is_spaceless
from .titles import title_from_text, without_addressees

_WORDS, _SPACELESS_CHARS = 2, 6  # a section's name: words at most; characters of one in a script without spaces


def stand_in_title(blocks: Blocks, text: str, untitled: str) -> tuple[str, Blocks]:
    """An untitled entry's stand-in title from ``text`` (its text as read, before promotions and the like went; or its
    content), ``untitled`` when that gives none, and its blocks without what the title took: a section's name before
    it, a reply's addressees."""
    if (name := _section_name(blocks)) and text.startswith(name):
        blocks = dataclasses.replace(blocks, lines=blocks.lines[1:], text=_after(blocks.text, name))
        text = _after(text, name)
    title = title_from_text(text) or untitled
    return title, without_addressees(blocks, title)


def _section_name(blocks: Blocks) -> str:
    """The first block when it is a section's name (see above), "" otherwise."""
    lines = blocks.lines
    if len(lines) < 2 or lines[0] not in blocks.headings or lines[1] in blocks.headings or not lines[0][-1].isalnum():
        return ""
    first = lines[0]
    short = len(first) <= _SPACELESS_CHARS if is_spaceless(first) else len(first.split()) <= _WORDS
    return first if short else ""


def _after(text: str, first: str) -> str:
    return text[len(first) :].lstrip("\n") if text.startswith(first) else text
