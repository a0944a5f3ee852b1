"""Who wrote an entry and what it is about, as feedparser gathers them, for bot/feedxml.py:
its list of authors (an author's own text, or the name and email inside it, with
iTunes owners written into it too) and its tags (categories, keywords, iTunes
categories, nested ones included). Handlers take the document's Reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .feedtext import Decline, clean, resolve

if TYPE_CHECKING:
    from .feedxml import Reader

__all__ = ["AUTHOR_PARTS", "KEYWORDS", "author", "category", "keywords", "owner", "part", "summary"]

KEYWORDS = {"itunes_keywords": "http://www.itunes.com/", "media_keywords": None}
# An author's parts, by element name: its name, its email, its web page.
AUTHOR_PARTS = {"name": "name", "itunes_name": "name", "email": "email", "itunes_email": "email", "url": "href",
                "homepage": "href", "uri": "href"}  # fmt: skip
_EMAIL = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"""
)


def author(r: Reader, el, name, depth) -> None:
    """An author: its own text, or the name and email inside it (feedparser's authors list)."""
    r.context.setdefault("authors", []).append({})
    outer, r.inauthor = r.inauthor, True
    r.children(el, depth)
    r.inauthor = outer
    text = "".join([el.text or "", *(child.tail or "" for child in el)])
    r.save("author", clean(text.strip()), depth)
    sync_author(r)


def summary(r: Reader, el, name, depth) -> None:
    """A summary; inside an author, a person's bio (GNU social's and Mastodon's Atom: an
    activity:object's author), never the entry's text: nothing (parse.bios_apart, for feedparser)."""
    if not r.inauthor:
        r.description(el, name, depth)


def owner(r: Reader, el, name, depth) -> None:
    r.inpublisher = True
    r.children(el, depth)
    r.inpublisher = False


def part(r: Reader, el, name, depth) -> None:
    """An author's name, email or web page."""
    if len(el):
        raise Decline(f"<{name}> with elements inside")
    key = AUTHOR_PARTS[name]
    value = (el.text or "").strip()
    if key == "href":
        value = clean(resolve(r.base, value) if value else value)
        r.save("href", value, depth)
        if r.inauthor:
            save_author(r, key, value)
    elif r.inpublisher or r.inauthor:
        save_author(r, key, value)


def save_author(r: Reader, key: str, value: str) -> None:
    sync_author(r)
    r.context.setdefault("authors", [{}])[-1][key] = value


def sync_author(r: Reader) -> None:
    """feedparser's _sync_author_detail: the author from the last author's name and email,
    else the name and email read from the author's text into that author."""
    context = r.context
    detail = context.get("authors", [{}])[-1]
    if detail:
        name, email = detail.get("name"), detail.get("email")
        if name or email:
            context["author"] = f"{name} ({email})" if name and email else name or email
        return
    author = context.get("author")
    if not author:
        return
    email = None
    m = _EMAIL.search(author) if "@" in author else None
    if m:
        email = m.group(0)
        author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    if author:
        detail["name"] = author
    if email:
        detail["email"] = email


def category(r: Reader, el, name, depth) -> None:
    term, label = el.get("term"), el.get("label")
    scheme = el.get("scheme", el.get("domain"))
    if name == "media_category" and scheme is None:
        scheme = "http://search.yahoo.com/mrss/category_schema"
    if name == "itunes_category":
        term, scheme, label = el.get("text"), "http://www.itunes.com/", None
    tags = r.context.setdefault("tags", [])
    _add_tag(tags, term, scheme, label)
    if len(el):
        r.children(el, depth)
        tags = r.context.setdefault("tags", [])
    value = clean("".join([el.text or "", *(child.tail or "" for child in el)]).strip())
    if value:
        if tags and not tags[-1]["term"]:
            tags[-1]["term"] = value
        else:
            _add_tag(tags, value, None, None)


def keywords(r: Reader, el, name, depth) -> None:
    if len(el) or el.attrib:
        raise Decline("keywords with attributes or elements")
    value = clean((el.text or "").strip())
    if name == "media_keywords":
        r.save("media_keywords", value, depth)
    tags = r.context.setdefault("tags", []) if value else []
    for term in value.split(","):
        if term.strip():
            _add_tag(tags, term.strip(), KEYWORDS[name], None)


def _add_tag(tags: list, term, scheme, label) -> None:
    if term or scheme or label:
        value = {"term": term, "scheme": scheme, "label": label}
        if value not in tags:
            tags.append(value)
