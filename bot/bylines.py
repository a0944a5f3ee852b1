"""An article card's list of its authors, marked as such by its markup: a list whose class names its authors ("<ul
data-test="author-list" class="c-author-list c-author-list--compact">", "post-authors", "contributors") or whose every
item is a person the schema.org markup calls the article's author or creator ("<li itemprop="creator" itemscope=""
itemtype="http://schema.org/Person"><span itemprop="name">Le Xiao</span></li>"): a byline, never the excerpt and never
a summary's sentence (set 68b F2: "• Le Xiao • Venkat Giri Magupalli • Hao Wu…" was a card's whole excerpt; the
headline alone is right when the card has nothing else). htmltree drops it (with leadnotes' front matter), as it
drops a "byline" box.

The card's type and date left alone after it go too ("Article 28 Nov 2022": dated_labels).

Short only (a list of names; not a long roster that is the story: "Our new team members", a conference's speakers
with their talks), and not a list whose items hold sentences.
"""

from __future__ import annotations

import re

import lxml.etree

__all__ = ["author_lists", "dated_labels"]

_text = lxml.etree.XPath("string()", smart_strings=False)
# A class's token that names the authors: "author", "authors", "contributors", "c-author-list--compact"; not an
# author's note, bio or avatar ("author-note", "author-bio": a word after it), nor "authorship"
_AUTHORS_CLASS = re.compile(r"(?<![^\s_-])(?:author|contributor)s?(?:-list(?:--[\w-]*)?)?(?![\w-])", re.IGNORECASE)
_AUTHORED = frozenset(("author", "creator", "contributor"))  # schema.org's itemprop of a creative work's person
_LIST_CHARS = 300  # the list's text, at most
_NOT_NAME = re.compile(r"\d|[!?:;]|[^\W\d_]{2}\.\s")  # (a digit, a question's or a clause's mark, a word's stop)
_NAME_WORDS = 6  # an item's words, at most (a name: "Venkat Giri Magupalli", "Jonathan S. Duke-Cohan")
_INLINE = frozenset(("span", "a", "small", "em", "i", "strong", "b", "font"))
_DATE_CHARS = 30  # a date element's text, at most


def author_lists(root) -> list:
    """The lists of the authors' names in the tree (the module's docstring), to drop."""
    found = []
    for lst in root.iter("ul", "ol"):
        items = [li for li in lst if isinstance(li.tag, str)]
        if not items or any(li.tag != "li" for li in items) or len(" ".join(_text(lst).split())) > _LIST_CHARS:
            continue
        marked = _AUTHORS_CLASS.search(lst.get("class") or "") or all(_authored(li) for li in items)
        if marked and all(_is_name(li) for li in items):
            found.append(lst)
    return found


def dated_labels(root) -> list:
    """The blocks that hold a date element (<time>) and a one-word label only, a card's type and date ("<div
    class="c-meta"><span class="c-meta__type">Article</span><time datetime="2022-11-28">28 Nov 2022</time></div>"):
    left when its authors go, "Article 28 Nov 2022" was the excerpt (set 68b F2). A date alone goes as a dateline."""
    found = []
    for time in root.iter("time"):
        block = time.getparent()
        while block is not None and block.tag in _INLINE:
            block = block.getparent()
        if block is None or block.tag not in ("div", "p") or block.getparent() is None or block in found:
            continue
        date, text = " ".join(_text(time).split()), " ".join(_text(block).split())
        rest = text.replace(date, "", 1).split() if date and len(date) <= _DATE_CHARS else []
        if len(rest) == 1 and rest[0].isalpha() and not block.findall(".//time")[1:]:
            found.append(block)
    return found


def _authored(li) -> bool:
    """Whether the item is the work's author by schema.org's markup: its own itemprop, or its only child's."""
    props = set((li.get("itemprop") or "").split())
    if not props and len(li) == 1 and not (li.text or "").strip():
        props = set((li[0].get("itemprop") or "").split())
    return bool(props & _AUTHORED)


def _is_name(li) -> bool:
    """Whether the item reads as a person's name: a few words, no digits, no sentence's end (an initial's dot is
    none: "Raina K. Plowright")."""
    text = " ".join(_text(li).split())
    return bool(text) and len(text.split()) <= _NAME_WORDS and not _NOT_NAME.search(text + " ")
