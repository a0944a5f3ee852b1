"""Where a read-more link ends its text: nothing after it in its element but spaces, breaks, empty elements and
other "full text" links, and nothing after the inline elements it ends ("<span><a>全文</a></span>，因為…" goes on).
Weibo cuts a long post with links whose whole text is "全文" ("full text"), glued to the cut: "…越要<a>全文</a><a>全文
</a>" (hntee--weibo.xml in set47, F13). Used by bot/htmltree.py's walk over the links, for these and "Read more".
"""

from __future__ import annotations

import re

from .boilerwords import FULL_TEXT_LINKS, MINUTES, READ_MORE

# A read-more link's whole text, any language (also no quote's attribution: bot/titlesentence.py, rev71d 5)
READ_MORE_LABELS = frozenset((*READ_MORE, "read more", "continue reading", "keep reading"))

# Elements a link may end with the sentence going on after them: climbed out of to look at what follows
INLINE = frozenset(("span", "strong", "b", "em", "font", "i", "small"))


# A reading-time note in brackets after a read-more link, all that is left of its element: Nikola's "<a>더 읽기…</a>
# (읽기 1분 남음.)", "<a>Read more…</a> (1 min remaining to read)" (financedata--nikola.xml in set49, F4): a number
# and a minute unit, in any language's words (boilerwords.MINUTES, the reading-time row's); it goes with the link.
_READING_TIME = re.compile(rf"[(（][^()（）\d\n]{{0,30}}(?:{MINUTES})[^()（）\d\n]{{0,40}}[)）][.。]?")


def ends_its_text(el, runs: dict) -> bool:
    """Whether only spaces, breaks, empty elements and "full text" links follow an element to the end of its element
    and of the inline elements it ends. Each parent's trailing run of those is walked once, backwards from its last
    child, and kept in ``runs`` (a set per parent): not walked again for each link in it (1,200 links in a row)."""
    parent, tail = el.getparent(), (el.tail or "").strip()
    if tail or parent is None:
        return not tail
    if parent not in runs:
        runs[parent] = run = set()
        child = parent[-1]
        while child is not None and not (child.tail or "").strip() and _empty_or_full_text(child):
            run.add(child)
            child = child.getprevious()
    nxt = el.getnext()
    return (nxt is None or nxt in runs[parent]) and (parent.tag not in INLINE or ends_its_text(parent, runs))


def _empty_or_full_text(el) -> bool:
    text = "".join(el.itertext()).strip() if isinstance(el.tag, str) else ""  # (a comment: nothing)
    return not text or text in FULL_TEXT_LINKS  # (a link's, or an inline element's around it: "<span><a>全文</a>")


def full_text_link(el, text: str, runs: dict) -> bool:
    """Whether a link is a "full text" link that ends its text: a read-more, wherever the text before it stops. One
    inside a sentence ("我沒有看<a>全文</a>，因為…", "<span><a>全文</a></span>，因為…") stays, and one after a list
    item's words ("<li>政府工作报告<a>全文</a>": the document's name). It changes the tree: a read-more link's reading-
    time note after it, alone in its element with it, goes (its tail emptied), the link left to the read-more rule."""
    parent = el.getparent()
    if el.tail and len(el.tail) < 80 and el.getnext() is None and _READING_TIME.fullmatch(el.tail.strip()):
        alone = parent is not None and el.getprevious() is None and not (parent.text or "").strip()
        if alone and text.strip(" .…»→").casefold() in READ_MORE_LABELS:  # (alone in its element with its note)
            el.tail = ""  # (its reading-time note goes: "<a>더 읽기…</a> (읽기 1분 남음.)", set49 F4; the link is left
            return False  # to the text's read-more rule, which marks the text as cut: "…")
    return text.strip() in FULL_TEXT_LINKS and parent is not None and parent.tag != "li" and ends_its_text(el, runs)
