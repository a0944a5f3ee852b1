"""A sentence that says what is below it and the links it announces: the excerpt keeps them as a list's items.

"Below you'll find submissions from … for the appeal hearing on 20 May 2024." and then a paragraph a link each
("Assange legal team submission", "US response", …), which read as short headings: alone, the sentence points at
nothing (set63 F8). The excerpt shows "… 20 May 2024. • Assange legal team submission • US response • …"; a summary
takes no such sentence (bot/pointers.py says_what_follows), so the digest shows that excerpt. Pure.
"""

from __future__ import annotations

from . import cuts
from .pointers import BELOW


def points_below(sentence: str) -> bool:
    """Whether a sentence (with its stop) opens by saying what is below it."""
    return sentence[-1:] in ".。" and BELOW.match(sentence) is not None


def items_below(parts: list[str], items: int = 3) -> bool:
    """Whether an excerpt's ``parts`` end with such a sentence and at most ``items`` items after it (three: more are
    a long list of links, which the excerpt does not show)."""
    at = len(parts) - 1
    while at > 0 and parts[at].startswith("• "):
        at -= 1
    return at >= 0 and len(parts) - 1 - at <= items and points_below(parts[at])


_ITEM_WORDS = 10  # a link's words, at most (a line of more is prose)


def item_below(parts: list[str], line: str) -> bool:
    """Whether a line is one of the items a "Below…" sentence announces: a short one ending in a word (a link's words:
    "US response"), right after the sentence or its first items."""
    return line[-1:].isalnum() and len(line.split()) <= _ITEM_WORDS and items_below(parts, 2)


def kept_list(text: str, end: int, parts: list[str], limit: int) -> bool:
    """Whether the excerpt keeps the blocks after its last sentence end ``end`` that end none: a list after it
    (cuts.list_follows), after a sentence that announces it (cuts.announces) or one that says it is below."""
    return cuts.list_follows(text, end, parts, limit) or cuts.announces(parts[-2], stop=True) or items_below(parts)
