"""A record of XML fields inside a feed's HTML text: each field a block of its own.

Some feeds put data, not HTML, in a description: ``<report><number>1</number><title>…</title><authors>Joanna
Knight, …</authors><date>2024-04-01</date><doi>10.5281/…</doi></report>`` (set22 F1). An HTML parser keeps such
elements as inline ones, and their texts ran together into one token ("1Joanna Knight, … Bishop2024-04-0110.5281/…").
A record is an element HTML does not know (no namespace prefix: Word's ``<o:p>`` is no record) whose children are two
fields or more, each an element HTML does not know either that holds only text, with nothing but spaces between them.
The record is one block, its fields apart (" · ", as htmltree lays out a table of short cells: fields read one a
block went as headings); a field that is only a number is the record's counter, not text. Pure; htmltree calls it.
"""

from __future__ import annotations

import lxml.html.defs

# Every element name HTML has had (lxml's list), and the few lxml's list does not hold.
HTML_TAGS = frozenset(lxml.html.defs.tags) | {
    "main", "data", "picture", "template", "dialog", "slot", "search", "nobr", "noframes", "frame", "bdi", "xmp",
    "listing", "plaintext", "image", "spacer", "multicol", "noembed", "rb", "rtc",
}  # fmt: skip


def _unknown(tag) -> bool:
    return isinstance(tag, str) and tag not in HTML_TAGS and ":" not in tag


def _is_field(el) -> bool:
    return _unknown(el.tag) and len(el) == 0 and not (el.tail or "").strip()


def records(unknown: list) -> list:
    """The records among ``unknown`` (elements whose names HTML does not know), each to be laid out as a block: its
    fields set apart, those that are only a number taken out of the tree."""
    found: list = []
    for el in unknown:
        children = list(el)
        if len(children) < 2 or (el.text or "").strip() or not all(_is_field(child) for child in children):
            continue
        fields = []
        for child in children:
            if (child.text or "").strip().isdigit():  # ("<number>1</number>": a counter)
                el.remove(child)
            elif (child.text or "").strip():
                fields.append(child)
        for child in fields[:-1]:
            child.tail = " · "
        found.append(el)
    return found
