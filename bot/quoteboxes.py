"""A <blockquote> that is a box or a list, no quotation, and a quotation's attribution after its words: how the
excerpt marks them (bot/excerpt.py). Set 65b F3, F8 and F13 (cardiffars--events.xml, cc-archive--planet-rss20.xml,
adamprocter--microblog.xml). Pure."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Blocks

# Who said it, after the quoted words' last sentence end and a dash or a tilde: one to four capitalised words ("…in the
# 21st century. - Clay Shirky", set 65b F13) at the end of a quote's line
_ATTRIBUTED = re.compile(r"(?<=[.!?…])\s+[-–—~]\s*([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})$")
# ...never the words that go on with a text ("- Part Two", "- To Be Continued") or a line of dialogue ("Are you
# coming? — No. — Why Not", a dash before it in the line too: the review of set 65c, 3)
_GOES_ON = re.compile(r"(?:Part|Chapter|Book|Volume|Episode|Season|To\s+Be|The\s+End|End|Fin|Why|No|Yes)\b")
_DASHED = re.compile(r"[–—~]|\s-\s")
# The same words inside the closing mark the excerpt writes or the text's own
_ATTRIBUTION = re.compile(r"(?<=[.!?…])\s+[-–—~]\s*([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})([”»\"])")
_SAID = re.compile(r"[:：]$|\b(?:said|says|wrote|writes|asked|asks|told)\b", re.IGNORECASE)


def speakers(blocks: Blocks) -> frozenset[str]:
    """Who the quotes' lines end by naming as their speaker ("… 21st century. - Clay Shirky": "Clay Shirky")."""
    out = set()
    for line in blocks.quotes:
        found = _ATTRIBUTED.search(line) if "-" in line or "—" in line or "–" in line or "~" in line else None
        if found is not None and not _GOES_ON.match(found[1]) and not _DASHED.search(line, 0, found.start()):
            out.add(found[1])
    return frozenset(out)


def attributed(text: str, names: frozenset[str]) -> str:
    """A text with the attribution of a quote that names its speaker (``names``: speakers) inside its closing mark
    put after it (“…21st century.” — Clay Shirky); a text outside the quotes is never read (the review of set 65c,
    10)."""
    if not names:
        return text
    return _ATTRIBUTION.sub(lambda m: f"{m[2]} — {m[1]}" if m[1] in names else m[0], text)


def _listed(blocks: Blocks) -> set[str]:
    """The lines of each quote that is only a list, after a sentence that announces it with a colon ("…has passed a
    resolution on licensing:" over a <blockquote><ul>: set 65b F8): read as the list it is, never one quotation
    with a bullet inside its marks ("“• The Foundation requests…”"). A list someone is said to say ("The minister
    said:") stays their words, quoted (the review of set 65c, 2)."""
    lines, quoted, out = blocks.lines, blocks.quotes, set()
    for k in range(1, len(lines)):
        before = lines[k - 1]
        if lines[k] in quoted and before not in quoted and before[-1:] in ":：" and not _SAID.search(before[:-1]):
            end = next((j for j in range(k, len(lines)) if lines[j] not in quoted), len(lines))
            if all(line.startswith("• ") for line in lines[k:end]):
                out.update(lines[k:end])
    return out


def unboxed(blocks: Blocks) -> Blocks:
    """The blocks with a styled box no longer a quote: a <blockquote> that only headings go before and only headings
    or nothing come after, none of its lines saying who it is from ("Cancelled" over "Not enough people registered so
    this event…", an event page's "Meeting Place" over its address: set 65b F3(b), a Hugo theme's notice box). A
    quote a sentence introduces ("… said:", a colon), an epigraph before the text's first heading, one that names its
    author, one that prose follows (a pull quote the text goes on to attribute, a poem: the review of set 65c, 1),
    stay quotes."""
    lines, quoted = blocks.lines, blocks.quotes
    if "• " in "".join(quoted) and (listed := _listed(blocks)):
        return unboxed(dataclasses.replace(blocks, quotes=quoted - listed))
    first = next((k for k, line in enumerate(lines) if line not in blocks.headings), len(lines))
    if not quoted or not blocks.structured or first == 0 or first == len(lines) or lines[first] not in quoted:
        return blocks
    end = next((k for k in range(first, len(lines)) if lines[k] not in quoted), len(lines))
    box = lines[first:end]
    # (prose after it: a pull quote, a poem, words the text goes on to speak of; unboxed, a line without a sentence's
    # end then hid the text after it: the review of set 65c, 1)
    if end < len(lines) and lines[end] not in blocks.headings:
        return blocks
    if _SAID.search(lines[first - 1]) or any(_ATTRIBUTED.search(line) for line in box):
        return blocks
    if any(line[:1] in '“"«„—–-~' for line in box) or len(set(box)) < len(box) or set(box) & set(lines[end:]):
        return blocks  # (a quote in its own marks, a line the text says again outside the box: read as they are)
    return dataclasses.replace(blocks, quotes=blocks.quotes - set(box))
