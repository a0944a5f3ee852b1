"""A link whose text is its own address written without the scheme ("<a href="http://dctr.pro/26n">dctr.pro/26n</a>",
a Micro.blog mirror's shortened links; set 65b F2): an address, not words, that the headline, the excerpt and the
summary showed ("… computational art, design and performance - dctr.pro/26n", "dctr.pro/268 Another reason podcasts
are awesome."). It goes where it stands apart from the sentence's words: a page's address (a path after the host) at its
block's end after a dash or a bar (" - ", " | "), or after a title's capitalised last part, a dash or a bar before it
("… - Timeline dctr.pro/26l"); at a sentence's start (after a sentence's end or as its block's first words, its only
ones too) when a capital or nothing follows. A sentence left before it that only pointed at it goes with it ("Check it
out.", set 65b F5). Inside a sentence ("the code is at <a>github.com/x/y</a> for now", "<a>example.com</a> is a site"),
after a word that names it ("at", "visit", "see": "my new site is at <a>mysite.com/blog</a>"), after a sentence's last
word of any language ("disponível em", "staat op", "now online"), after a list's "1." or an abbreviation ("Prof."), at a
"<br>" line's start, a site's bare name after a dash ("the last 7 - thelast7.com"), a label's row in a list ("<li>Source
code - <a>…</a>"; the review rev65b, 1–3), after a label's colon ("Tor: <a>google.com/+TorNorbye</a>", a row of hosts'
pages), alone after a block a colon ends ("Check them out at:"), a site's address after any word ("I just launched
<a>mysite.com</a>"), a text in other capitals than the address's ("PassiveAggressiveNotes.com", a name written by hand),
or a link whose text is a name and its address elsewhere ("<a href="https://micro.blog/manton">@manton</a>") stays.
Pure; used by bot/inlineedges.py's mend_edges.
"""

from __future__ import annotations

import re

from .cuts import ABBREVIATIONS
from .pointers import POINTS_AT_NEXT

_SCHEME = re.compile(r"^(?:https?:)?//(?:www\.)?", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)  # (a host with a dot, a path)
_SEPARATORS, _STOPS, _CLOSERS = "-–—|~", ".!?…", "\"'”’»)"
# The last word before an address that makes it the sentence's object or a place (not a label's): it stays. (A short
# list, a guard only: the rules also need a page's path after a dash, or a title's capital; rev65b 1.)
_NAMES_IT = re.compile(
    r"(?:^|\s)(?:at|on|to|from|via|in|into|of|by|for|with|is|are|was|were|be|and|or|the|a|an|out|see|visit|check"
    r"|try|read|use|go|get|download|find|follow|under|here|over|en|à|de|la|le|sur|auf|bei|unter|von|zu|und|y|o|e)$",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\s[-–—|]\s")  # (a title's separator before its last part: "Animation for Sketch - … - Timeline")
_ROWS = frozenset(("li", "td", "dd"))
_BLOCKS = frozenset(("p", "li", "div", "blockquote", "td", "dd", "section", "article", "body"))


def own_address(text: str, href: str) -> bool:
    """Whether a link's text is its href without the scheme (and "www."), a trailing "/" ignored."""
    text = text.strip()
    if not text or len(text) > 200 or text.startswith(("http:", "https:")) or _ADDRESS.fullmatch(text) is None:
        return False
    bare = _SCHEME.sub("", href.strip())
    # (as written: a text in other capitals is a name written by hand, "PassiveAggressiveNotes.com", a bookmark's title)
    return bare != href.strip() and _SCHEME.sub("", text).rstrip("/") == bare.rstrip("/")


def _names_it(words: str) -> bool:
    """Whether the last word of ``words`` makes an address after it the sentence's object or a place."""
    return _NAMES_IT.search(words, max(0, len(words) - 20)) is not None


def _stopped(words: str) -> bool:
    """Whether ``words`` end a sentence: a stop, not a list's number ("1.") nor an abbreviation's dot ("Prof.", rev65b 2:
    "… von Prof. <a>uni.example/lehre</a> Dort…" is the sentence's object)."""
    if words[-1] != ".":
        return words[-1] in _STOPS
    last = words[:-1].rsplit(None, 1)[-1:] or [""]
    return not words[-2:-1].isdigit() and last[0].casefold().lstrip("(\"'“«") not in ABBREVIATIONS


def _named(words: str) -> bool:
    """Whether an address at a block's end after ``words`` follows a title's name, not a sentence's preposition: a dash
    or a bar earlier in the block and a last word with a capital ("… - this looks rather good - Timeline
    <a>dctr.pro/26l</a>"). Not a word list: "disponível em", "è su", "staat op", "tersedia di", "now online", "こちら"
    (rev65b 1) name their object in every language."""
    last = words.rsplit(None, 1)[-1:] or [""]
    return last[0][:1].isupper() and last[0].isalnum() and _TITLED.search(words) is not None and not _names_it(words)


def _announced(block) -> bool:
    """Whether the block before ``block`` ends with a colon (announcing it)."""
    before = block.getprevious()
    while before is not None and not "".join(before.itertext()).strip():
        before = before.getprevious()
    return before is not None and "".join(before.itertext()).rstrip().endswith((":", "："))


def drop_own_addresses(root, markup: str) -> None:
    """Each link of ``root`` whose text is its own address without the scheme, where it stands apart from the
    sentence (the module docstring): gone, with the separator before it when it ends its block."""
    if "href" not in markup:
        return
    for link in list(root.iter("a")):
        parent = link.getparent()
        if parent is None or len(link) or not own_address(link.text or "", link.get("href") or ""):
            continue
        previous = link.getprevious()
        holder, where = (previous, "tail") if previous is not None else (parent, "text")
        before: str = getattr(holder, where) or ""
        tail = link.tail or ""
        ends = not tail.strip() and (link.getnext() is None or link.getnext().tag == "br") and parent.tag in _BLOCKS
        words = before.rstrip()
        stopped = not words.rstrip(_CLOSERS) or _stopped(words.rstrip(_CLOSERS))  # (a sentence's end, or none)
        # (not a "<br>" line's first words: "tools:<br><a>github.com/a/p</a> A fast parser", a list's row; rev65b 2)
        opens = previous is None and stopped or previous is not None and bool(words)
        opens = opens and stopped and (not tail.strip() or tail.lstrip()[:1].isupper())  # ("x.com is…": a subject)
        paged = "/" in (link.text or "").strip().rstrip("/")  # (a page's address, not a site named: "launched x.com")
        # (a dash or a bar, after words or an element, "<a>@manton</a> - <a>…</a>"; not after "… at -", the address what
        # it names; never a colon: "Tor: <a>…</a>", "Fake Tor: <a>…</a>" are a label's rows, bot/metarows.py's)
        told = words[:-1].strip() or previous is not None
        if ends and paged and words[-1:] in _SEPARATORS and told and not _names_it(words[:-1].rstrip()):
            if parent.tag in _ROWS and len(words[:-1].split()) <= 3:
                continue  # (a label's row: "<li>Source code - <a>github.com/ana/maps</a>", rev65b 3)
            before = words[:-1]
        elif not (opens or ends and paged and _named(words)):
            continue
        if opens and not words and not tail.strip() and previous is None and _announced(parent):
            continue  # (the block's only words, a colon before it: "Check them out at:" / "<div><a>x.com/y</a>")
        if ends and (pointer := POINTS_AT_NEXT.search(before.rstrip(), max(0, len(before.rstrip()) - 60))) is not None:
            before = before[: pointer.start()]
        setattr(holder, where, before.rstrip() + (" " if before.strip() and tail.strip() else "") + tail.lstrip())
        link.tail = None
        parent.remove(link)
