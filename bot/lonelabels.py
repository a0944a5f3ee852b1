"""A label alone on a line of plain text, over a list: no hard wrap's continuation.

A plain-text digest of changes names each section by a file or an identifier on a line of its own, its items
after it, marked "+" (added) or "-" (removed) (set55 F2: "…Business Services" / "desert_regional_medical_center.xml"
/ "- RN Labor and Delivery…"). The label starts in lower case, so a hard wrap's reading glued it to the line before;
but a wrap never leaves one token that is no word of prose (it holds "_" or "/", or ends in a file's extension)
alone on a line right before a list item."""

from __future__ import annotations

import re

# One token, no spaces: "desert_regional_medical_center.xml", "src/main", "notes.txt" (not "documentation.",
# "see", "e.g.": a word of prose has no "_" or "/" and no extension of letters after a dot inside it)
_LABEL = re.compile(r"[\w.-]*(?:[_/][\w./-]*|\w\.[a-z][a-z0-9]{1,4})")
# A list item of a plain-text diff or list: "+ Added", "- Removed", "* Item", "• Item"
_ITEM = re.compile(r"[-+*•] \S")


def lone_label(lines: list[str], index: int) -> bool:
    """Whether line ``index`` of ``lines`` is a section's label alone on its line, a list item after it."""
    line = lines[index]
    return (
        index + 1 < len(lines)
        and len(line) <= 80
        and _LABEL.fullmatch(line) is not None
        and _ITEM.match(lines[index + 1]) is not None
    )
