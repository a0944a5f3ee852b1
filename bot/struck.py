"""Struck-through text (<del>, <s>, <strike>) in a tree of feed HTML, for bot/htmltree.py: an author's correction goes
with its words when words that replace it follow in its block ("…is <strike>imminent</strike> now official", "Preis
<s>49 €</s> jetzt 29 €": 4ip--planet-slackware-rss20.xml in set38, F5; "<li><del>Our</del> Marco & John's new
toys"). Struck text that ends its block, or only an aside in brackets after it, stays: an item or a paragraph struck
out still says something ("<li><s>Berlin, 5 May</s> (cancelled)</li>", "Tickets: <del>sold out</del>": the review of
fix38a); and so does an element the markup never closes (a stray "i<s and j>0" in a text is no element of its
author's). Pure; the tree is changed in place."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import lxml.etree

STRUCK_TAGS = ("del", "s", "strike")
_CLOSED = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in STRUCK_TAGS}
STRUCK_OPENED = re.compile(r"<(?:del|s|strike)[\s/>]", re.IGNORECASE)  # (what the markup holds first, before a walk)
_text_of = lxml.etree.XPath("string()", smart_strings=False)


def drop_struck(root, markup: str, block: Callable[[Any], bool], drop: Callable[[Any], None]) -> None:
    """Drops the struck elements of the tree (``root``, parsed from ``markup``) when the markup closes such a tag
    somewhere, with words after them in their block that replace them (``block``: whether an element is one; a line
    break ends one too)."""
    if STRUCK_OPENED.search(markup) is None:
        return
    if not (closed := [tag for tag in STRUCK_TAGS if _CLOSED[tag].search(markup)]):
        return
    apart = lambda el: el.tag == "br" or block(el)  # noqa: E731
    for el in [el for el in root.iter(*closed) if _replaced(_text_after(el, apart))]:
        drop(el)


_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # ("(cancelled)", "[updated]": a note on the struck text)
_REPLACED = re.compile(r"[^\W_]")
AFTER = 200  # characters after a struck element read for the words that replace it (a block's rest may be long)


def _replaced(after: str) -> bool:
    """Whether words follow that replace the struck text: not only a note on it, in brackets or after a dash
    ("<s>Berlin, 5 May</s> – cancelled", "<del>sold out</del> – sorry!")."""
    return after.lstrip()[:1] not in ("-", "–", "—") and _REPLACED.search(_ASIDE.sub("", after)) is not None


def _text_after(el, apart: Callable[[Any], bool]) -> str:
    """The text after an element in its block, its first AFTER characters or so (read once per struck element:
    the whole rest of a block for each would grow with the square of its length)."""
    parts = []
    length = 0
    node = el
    while (parent := node.getparent()) is not None and length < AFTER:
        parts.append(node.tail or "")
        length += len(parts[-1])
        sibling = node.getnext()
        while sibling is not None and not apart(sibling) and length < AFTER:
            parts += [_text_of(sibling), sibling.tail or ""]
            length += len(parts[-2]) + len(parts[-1])
            sibling = sibling.getnext()
        if sibling is not None or apart(parent):
            break
        node = parent
    return "".join(parts)
