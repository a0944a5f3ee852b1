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
# 21st century. - Clay Shirky", set 65b F13), inside the closing mark the excerpt writes or the text's own
_ATTRIBUTION = re.compile(r"(?<=[.!?…])\s+[-–—~]\s*([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})([”»\"])")
_SAID = re.compile(r"[:：]$|\b(?:said|says|wrote|writes|asked|asks|told)\b", re.IGNORECASE)


def attributed(text: str) -> str:
    """A text with each quotation's attribution inside its closing mark put after it (“…21st century.” — Clay
    Shirky)."""
    if "-" not in text and "—" not in text and "–" not in text and "~" not in text:
        return text
    return _ATTRIBUTION.sub(lambda m: f"{m[2]} — {m[1]}", text)


def _listed(blocks: Blocks) -> set[str]:
    """The lines of each quote that is only a list, after a sentence that announces it with a colon ("…has passed a
    resolution on licensing:" over a <blockquote><ul>: set 65b F8): read as the list it is, never one quotation
    with a bullet inside its marks ("“• The Foundation requests…”")."""
    lines, quoted, out = blocks.lines, blocks.quotes, set()
    for k in range(1, len(lines)):
        if lines[k] in quoted and lines[k - 1] not in quoted and lines[k - 1][-1:] in ":：":
            end = next((j for j in range(k, len(lines)) if lines[j] not in quoted), len(lines))
            if all(line.startswith("• ") for line in lines[k:end]):
                out.update(lines[k:end])
    return out


def unboxed(blocks: Blocks) -> Blocks:
    """The blocks with a styled box no longer a quote: a <blockquote> that only headings go before, none of its lines
    saying who it is from ("Cancelled" over "Not enough people registered so this event…", an event page's
    "Meeting Place" over its address: set 65b F3(b), a Hugo theme's notice box). A quote a sentence introduces
    ("… said:", a colon), an epigraph before the text's first heading, one that names its author, stay quotes."""
    lines, quoted = blocks.lines, blocks.quotes
    if "• " in "".join(quoted) and (listed := _listed(blocks)):
        return unboxed(dataclasses.replace(blocks, quotes=quoted - listed))
    first = next((k for k, line in enumerate(lines) if line not in blocks.headings), len(lines))
    if not quoted or not blocks.structured or first == 0 or first == len(lines) or lines[first] not in quoted:
        return blocks
    end = next((k for k in range(first, len(lines)) if lines[k] not in quoted), len(lines))
    box = lines[first:end]
    if _SAID.search(lines[first - 1]) or any(_ATTRIBUTION.search(line + "”") for line in box):
        return blocks
    if any(line[:1] in '“"«„—–-~' for line in box) or len(set(box)) < len(box) or set(box) & set(lines[end:]):
        return blocks  # (a quote in its own marks, a line the text says again outside the box: read as they are)
    return dataclasses.replace(blocks, quotes=blocks.quotes - set(box))
