"""A scraped page's text in a description as a scraper left it: text and inline markup, no paragraphs.

O Liberal's feed (oliberal--rss.xml, tests/data/unseen/set18's F3) is a scraper's: each description is the
page's standfirst on a line of its own, then the story's text with its bold words and its related links,
every tag on a line of its own (a pretty-printer's), the paragraphs' ends lost:

- the standfirst's line ends with no full stop, and the story follows on the next line ("…a participação
  especial da ex-BBB Alane Dias" / "A <strong>Comissão</strong> de Frente…"): read as one sentence
  ("…Alane Dias A Comissão de Frente…"), the excerpt cut it mid-phrase. A first line of text (before any
  tag) of five words or more that ends with a word (or a bracket) and not a sentence's or a clause's mark,
  nor a word that never ends a phrase ("de", "the"), followed on the next line by a capitalised word, is a
  sentence of its own: it ends with a full stop (standfirst_end);
- a paragraph's end lost between two sentences of a text node ("…musa do baile.O evento reúne…"): the space
  goes back, after a word in lower case only (bot/gluedtext.py's unglued_lower: never "Node.js", a domain,
  initials, "Micro.Blog");
- a label of related stories ("VEJA MAIS", "LEIA TAMBÉM": bold, or text of its own) and the links right after
  it (each a headline and its teaser) inside the text: navigation, never the story's (related_links);
- an Instagram post's embed, its caption a link in the text ("Uma publicação compartilhada por oliberal.com
  (@oliberal)"; 20minutos' "Una publicación compartida de … (@…)" too): the platform's words (embed_captions).

Pure; used by bot/htmltree.py's walk (through inlineedges.mend_edges).
"""

from __future__ import annotations

import re

import lxml.etree

from .cuts import MINOR_WORDS
from .gluedtext import unglued_lower

# The first line of a description that starts with text, and the next one (to a line break or a tag).
_FIRST_LINE = re.compile(r"\s*([^<>\n]+?)[ \t\u00a0]*\n\s*(([^\W\d_])[^<\n]*)")
_STANDFIRST_WORDS = 5
# Two lines of a hard wrap (a mail's, in a text with a "<" in it: "…forms of the ARM" / "VFP fmrx and fmxr
# instructions…", gmane's binutils list): both at most this long, the second at least _WRAPPED_FROM.
_WRAP_WIDTH = 80
_WRAPPED_FROM = 40
_ENDS_WORDS = re.compile(r"[\w)\]]$")
# A label of related stories, as the text before the links says it (Portuguese, Spanish, Italian, French and
# German newsrooms' wordings; an English "Related:" is a paragraph of its own: bot/boilerplate.py's rows).
_RELATED_LABEL = re.compile(
    r"(?:veja|leia|lea|lee|vea|leggi)\s+(?:mais|também|tambem|también|anche)|saiba mais"
    r"|(?:à )?lire aussi|lesen sie auch|mehr zum thema",
    re.IGNORECASE,
)
_RELATED_WORDS = ("mais", "tamb", "anche", "aussi", "auch", "thema")  # (one of them in every label: a quick test)
# The label, then (its bold's end, line breaks) a link: where related_links applies (a test of the markup).
_LABEL_BEFORE_LINK = re.compile(
    rf"(?:{_RELATED_LABEL.pattern})\s*:?\s*(?:</(?:strong|b)>\s*)?(?:<br\s*/?>\s*)*<a\b", re.IGNORECASE
)
_LABEL_AT_END = re.compile(rf"(?:^|(?<=[\s.!?]))(?:{_RELATED_LABEL.pattern})\s*:?\s*$", re.IGNORECASE)
_LABEL_TAGS = ("strong", "b")
_INSTAGRAM_POST = re.compile(r"instagram\.com/(?:p|reel|tv)/")
_CAPTION_HANDLE = re.compile(r"\(@[\w.]{1,30}\)\s*$")  # (the caption ends with the account's handle)
_text = lxml.etree.XPath("string()", smart_strings=False)
_CODE = frozenset(("pre", "code", "kbd", "samp", "tt", "var"))
_GLUE = re.compile(r"[^\W\d_]{2}[.!?][^\W\d_]")  # (a quick test of a text node: every glued sentence has it)
# The same in the markup, lower case then a capital, in the Latin, Greek and Cyrillic scripts (one scan in C: a
# link's or a file's dots are between lower-case letters)
_GLUED_MARKUP = re.compile(
    r"[a-zß-öø-ÿ\u0100-\u024f\u03ac-\u03ce\u0430-\u045f]{2}[.!?][A-ZÀ-ÖØ-Þ\u0100-\u024f\u0386-\u03ab\u0400-\u042f]"
)


def loose(markup: str) -> bool:
    """Whether the markup is a loose description's: it starts with text, not with a tag (a paragraph's)."""
    return not markup.lstrip().startswith("<")


def standfirst_end(root, markup: str) -> None:
    """The first line of a description that starts with text, a standfirst the story follows on the next
    line without a full stop: it ends with one."""
    m = _FIRST_LINE.match(markup)
    if m is None or not m[3].isupper():
        return
    line, after = m[1].strip(), m[2].strip()
    words = line.split()
    if len(line) <= _WRAP_WIDTH and _WRAPPED_FROM <= len(after) <= _WRAP_WIDTH:
        return  # (a hard wrap inside a sentence)
    if len(words) < _STANDFIRST_WORDS or not _ENDS_WORDS.search(line) or words[-1].casefold() in MINOR_WORDS:
        return
    node = next((el for el in root.iter() if el.text and el.text.strip()), None)
    if node is None or not node.text.lstrip().startswith(line):
        return
    at = node.text.index(line) + len(line)
    node.text = node.text[:at] + "." + node.text[at:]


def unglue_texts(root, markup: str) -> None:
    """Each text node outside code with a space put back after a sentence glued to the next one."""
    if not loose(markup) or _GLUED_MARKUP.search(markup) is None:
        return  # (most markup has none: its dots are a link's, a file's)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and _GLUE.search(el.text) and el.tag not in _CODE and not _in_code(el):
            el.text = unglued_lower(el.text)
        if el.tail and _GLUE.search(el.tail) and not _in_code(el):
            el.tail = unglued_lower(el.tail)


def _in_code(el) -> bool:
    return any(a.tag in _CODE for a in el.iterancestors())


def related_links(root, markup: str) -> None:
    """A label of related stories right before links (only spaces between): the label and the links go."""
    if not loose(markup):
        return
    lower = markup.lower()
    if not any(word in lower for word in _RELATED_WORDS) or _LABEL_BEFORE_LINK.search(markup) is None:
        return
    for label in [el for el in root.iter(*_LABEL_TAGS) if _RELATED_LABEL.fullmatch((el.text or "").strip())]:
        links = _links_after(label)
        if links and len(label) == 0:
            for link in links:
                _remove(link)
            _remove(label)
    for el in [el for el in root.iter() if el.tail and _LABEL_AT_END.search(el.tail)]:
        links = _links_after(el, labelled=True)
        if links:
            for link in links:
                _remove(link)
            el.tail = _LABEL_AT_END.sub("", el.tail)


def _links_after(el, labelled: bool = False) -> list:
    """The links right after ``el``, one after another with only spaces between (``labelled``: its tail
    ends with the label)."""
    links = []
    tail = "" if labelled else el.tail
    nxt = el.getnext()
    while nxt is not None and nxt.tag in ("a", "br") and not (tail or "").strip():
        links.append(nxt)
        tail, nxt = nxt.tail, nxt.getnext()
    return links if any(link.tag == "a" for link in links) else []


def embed_captions(root, markup: str) -> None:
    """An Instagram post's embed: its caption's link ("Uma publicação compartilhada por oliberal.com (@oliberal)",
    "A post shared by …"), in the embed's <blockquote> or (a scraper's) after it, goes."""
    if "instagram.com/" not in markup:
        return
    for link in list(root.iter("a")):
        href = link.get("href") or ""
        if _INSTAGRAM_POST.search(href) and _CAPTION_HANDLE.search(_text(link)):
            _remove(link)


def _remove(el) -> None:
    """``el`` out of the tree, its tail kept."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)
