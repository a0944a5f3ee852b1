"""An article card's list of its authors, marked as such by its markup: a list whose class names its authors ("<ul
data-test="author-list" class="c-author-list c-author-list--compact">", "post-authors", "contributors") or whose every
item is a person the schema.org markup calls the article's author or creator ("<li itemprop="creator" itemscope=""
itemtype="http://schema.org/Person"><span itemprop="name">Le Xiao</span></li>"): a byline, never the excerpt and never
a summary's sentence (set 68b F2: "• Le Xiao • Venkat Giri Magupalli • Hao Wu…" was a card's whole excerpt; the
headline alone is right when the card has nothing else). htmltree drops it (card_bylines), as it drops a "byline"
box.

Only in a card's shape: the list under the card's title (a heading), or under the title and one box of the card's
standfirst ("<h3 class="c-card__title">…</h3><div class="c-card__summary">…</div><ul class="c-author-list">"), or
opening its parent; never a list some text introduces ("Thanks to everyone who made this release possible:", "The
prize jury named its shortlist on Monday.": rev68a finding 3, the names are the story). Short (a list of names of
_LIST_CHARS at most), and not a list whose items hold sentences.

The card's type and date left alone after it go too ("Article 28 Nov 2022": dated_labels), in an entry whose
authors' list goes only, and a label of a word (not a sentence of Chinese or Japanese, one "word" without spaces).
"""

from __future__ import annotations

import re

import lxml.etree

__all__ = ["author_lists", "card_bylines", "dated_labels"]

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
_LABEL_CHARS = 15  # a card's type label, at most ("Article", "News & Views")
_NO_LABEL = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # (kana, han, hangul)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def card_bylines(root) -> list:
    """The cards' lists of their authors and the type-and-date lines beside them, to drop (htmltree)."""
    lists = author_lists(root)
    return lists + dated_labels(root, lists) if lists else []


def author_lists(root) -> list:
    """The lists of the authors' names in the tree, in a card's shape (the module's docstring), to drop."""
    found = []
    for lst in root.iter("ul", "ol"):
        items = [li for li in lst if isinstance(li.tag, str)]
        if not items or any(li.tag != "li" for li in items) or len(" ".join(_text(lst).split())) > _LIST_CHARS:
            continue
        marked = _AUTHORS_CLASS.search(lst.get("class") or "") or all(_authored(li) for li in items)
        if marked and _under_title(lst) and all(_is_name(li) for li in items):
            found.append(lst)
    return found


def dated_labels(root, lists: list) -> list:
    """The blocks that hold a date element (<time>) and a one-word label only, a card's type and date ("<div
    class="c-meta"><span class="c-meta__type">Article</span><time datetime="2022-11-28">28 Nov 2022</time></div>"),
    in the card whose authors' ``lists`` (author_lists) go: left alone, "Article 28 Nov 2022" was the excerpt (set 68b
    F2). A date alone goes as a dateline."""
    cards = {card for lst in lists for card in lst.iterancestors()}
    found, seen = [], set()
    for time in root.iter("time") if cards else ():
        block = time.getparent()
        while block is not None and block.tag in _INLINE:
            block = block.getparent()
        if block is None or block in seen or block.tag not in ("div", "p") or block.getparent() not in cards:
            continue
        seen.add(block)  # (each block once: its text is read once, however many dates it holds: rev68a finding 5)
        if block.findall(".//time")[1:]:
            continue
        date, text = " ".join(_text(time).split()), " ".join(_text(block).split())
        rest = text.replace(date, "", 1).split() if date and len(date) <= _DATE_CHARS else []
        if len(rest) == 1 and _is_label(rest[0]):
            found.append(block)
    return found


def _under_title(lst) -> bool:
    """Whether the list stands where a card puts its authors: first in its parent, or after the card's title (a
    heading), or after the title and one box (its standfirst); and no text before it ends with a colon."""
    before = lst.getprevious()
    while before is not None and not isinstance(before.tag, str):  # (a comment between them)
        before = before.getprevious()
    parent = lst.getparent()
    if parent is None or (parent.text or "").strip() or before is not None and (before.tail or "").strip():
        return False  # (text of the parent's own before it: "In this episode: <ul>…")
    if before is None or before.tag in _HEADINGS:
        return True
    title = before.getprevious()
    return before.tag == "div" and title is not None and title.tag in _HEADINGS and _text(before).rstrip()[-1:] != ":"


def _is_label(word: str) -> bool:
    """Whether the word left beside a date reads as a card's type label ("Article"): letters, short, no kana or han."""
    return word.isalpha() and len(word) <= _LABEL_CHARS and not _NO_LABEL.search(word)


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
