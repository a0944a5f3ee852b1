"""A site's own scaffolding at the very start of an entry's HTML, read as if it were the text (set 65b), taken out of
the markup before it is read:

- a page's tab bar (F1, a Hugo theme's event pages: "<div class="tabs"><ul><li class=is-active><a>About</a></li>
  <li><a href="…/events/2019/roundtable/program">Program</a></li><li><a href="…/venue">Venue</a></li>…</ul></div>"
  was the whole excerpt, "• About • Program • Venue • Attendees…"). A list is one when it opens the text, has three
  items or more, each one short link (four words at most) and nothing else, exactly one of them marked the current
  page (a class of its <li> or <a> that is "active", "is-active", "current" or "selected", or aria-current), the
  others on one site under one path (the event's sibling pages), and text follows it. A link roundup (links to other
  sites or other stories), a list of plain words, a site's menu of unrelated sections ("/", "/blog", "/about": no path
  in common) stay; so does a list none of whose items is so marked (a series' "Part 1" without a link, a roundup with
  "…/Active-pixel_sensor" or title="Editor selected": words in an address or a title mark nothing; review of f7ca29b).
- a site generator's front matter rendered as a paragraph (F7, a Jekyll post: "<hr /><p>layout: post\\ntags:
  [“UIKit”]\\ntitle: “iOS 14: …”\\nwrittenBy: Jordan Morgan\\n…\\n—</p>"): three lines or more, each "key: value"
  with a one-word ASCII key that opens in lower case (a generator's keys do), one of them a generator's own
  ("layout", "title", "tags"…), before a rule or the end of the paragraph, and more text after it. An event's "Date: …
  Location: …" lines name none of those keys; a reviewer's card, "Title: The Overstory\\nAuthor: Richard Powers\\n…",
  is a person's, written in capitals (review of f7ca29b).
Pure.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .flattened import TAG

# The list, first thing in the text (inside a wrapper or three): its items read one by one (_TAB), all of it bounded
_TAB_LIST = re.compile(r"\s*(?:<div\b[^<>]*>\s*){0,3}<(ul|ol)\b[^<>]*>(.{0,3000}?)</\1>", re.IGNORECASE | re.DOTALL)
_TAB = re.compile(r"\s*<li\b([^<>]*)>\s*<a\b([^<>]*)>\s*([^<>]{1,60}?)\s*</a>\s*</li>\s*", re.IGNORECASE)
# An element's attributes, each a name and its value (quoted or not): a word in a value is no attribute
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]*)))?""")
_CURRENT = frozenset(("active", "is-active", "current", "selected"))  # (a class's words that mark the current tab)
_MIN_TABS, _TAB_WORDS = 3, 4

# Front matter: a rule or a paragraph's start, then "key: value" lines, each to its line's end
_MATTER_OPEN = re.compile(r"\s*(?:<hr\b[^<>]*>\s*)?(?:-{3}\s*)?(?:<p>\s*)?")
_MATTER_LINE = re.compile(r"([a-z][A-Za-z0-9_-]{0,30}):(?:[ \t][^\n<>]*+)?(?:\n|(?=\s*</p>))")
_MATTER_CLOSE = re.compile(r"\s*(?:-{3}|—)?\s*(?:</p>|<hr\b[^<>]*>)\s*", re.IGNORECASE)
_GENERATOR_KEYS = frozenset(("layout", "title", "tags", "categories", "permalink", "slug"))
_MIN_KEYS = 3


def bare(markup: str) -> str:
    """The markup without a tab bar or front matter that opens it (the module's docstring); else as it is."""
    if "<li" in markup[:600]:
        markup = _without_tabs(markup)
    if ":" in markup[:200]:
        markup = _without_front_matter(markup)
    return markup


def _without_tabs(markup: str) -> str:
    listed = _TAB_LIST.match(markup)
    if listed is None:
        return markup
    body, at, tabs = listed.group(2), 0, []
    while (tab := _TAB.match(body, at)) is not None:
        tabs.append(tab)
        at = tab.end()
    if at < len(body) or len(tabs) < _MIN_TABS or any(len(tab.group(3).split()) > _TAB_WORDS for tab in tabs):
        return markup
    items = [(_attributes(tab.group(1)), _attributes(tab.group(2))) for tab in tabs]
    current = [n for n, (item, link) in enumerate(items) if _current(item) or _current(link)]
    if len(current) != 1:
        return markup
    hrefs = [link.get("href", "") for n, (_, link) in enumerate(items) if n not in current]
    if not all(hrefs) or not _siblings(hrefs):
        return markup
    rest = markup[listed.end() :]
    return rest if TAG.sub("", rest).strip() else markup  # (a text of only the tabs: left as it is)


def _attributes(attributes: str) -> dict[str, str]:
    """An element's attributes (the text after its name), by name in lower case."""
    return {
        m.group(1).casefold(): next((value for value in m.group(2, 3, 4) if value is not None), "")
        for m in _ATTRIBUTE.finditer(attributes)
    }


def _current(attributes: dict[str, str]) -> bool:
    """Whether an element is marked the current page: a class word of its, or aria-current (not "false")."""
    if "aria-current" in attributes and attributes["aria-current"].strip().casefold() != "false":
        return True
    return not _CURRENT.isdisjoint(attributes.get("class", "").casefold().split())


def _siblings(hrefs: list[str]) -> bool:
    """Whether addresses are one site's pages under one path: one host (or none), a first path segment in common."""
    parts = [urlsplit(href) for href in hrefs]
    if len({part.netloc.casefold().removeprefix("www.") for part in parts}) != 1:
        return False
    firsts = {part.path.strip("/").split("/")[0] for part in parts}
    return len(firsts) == 1 and firsts != {""}


def _without_front_matter(markup: str) -> str:
    opened = _MATTER_OPEN.match(markup)
    at, keys = (opened.end() if opened is not None else 0), []  # (it always matches: all of it is optional)
    while (line := _MATTER_LINE.match(markup, at)) is not None:
        keys.append(line.group(1))
        at = line.end()
    if len(keys) < _MIN_KEYS or not _GENERATOR_KEYS.intersection(keys) or len(set(keys)) < len(keys):
        return markup
    closed = _MATTER_CLOSE.match(markup, at)
    if closed is None:
        return markup
    rest = markup[closed.end() :]
    return rest if TAG.sub("", rest).strip() else markup


_FLAT_KEY = re.compile(r"(?:^|(?<=\s))([a-z][A-Za-z0-9_-]{0,30}):\s")  # (a generator's key opens in lower case)


def front_matter(text: str) -> bool:
    """Whether a plain text (a feed's summary: the content's first paragraph with its lines run together, "layout:
    post tags: [“UIKit”] title: “iOS 14: …” writtenBy: …") is front matter: it opens with a generator's key, and has
    three keys or more, each once, two of them a generator's (set65b F7; run together, a sentence's "…says it:
    plainly" reads like a key: the lines no longer tell)."""
    first = _FLAT_KEY.match(text)
    if first is None or first.group(1) not in _GENERATOR_KEYS:
        return False
    keys = _FLAT_KEY.findall(text)
    return len(keys) >= _MIN_KEYS and len(set(keys)) == len(keys) and len(_GENERATOR_KEYS.intersection(keys)) >= 2
