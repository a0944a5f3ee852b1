"""A list written as blocks that each open with a typed mark: "<div>- Please wear appropriate footwear…</div>
<div>-The hike will take place along the trail.…</div><div>-Tick repellant/bug spray…</div>" (set 70b F11, an event's
"Safety reminders:"). Two blocks in a row at least, each opening with "-", "–" or "*" and a letter (a space between or
none): they are a list's items, each with the bullet a list's items have ("• Tick repellant…"), so that no summary
takes one for its sentence (bot/sentences.py: a list item is never one) and none runs into the next as prose. Not "•"
(a bullet already, which a list's own items have: "- Sam" over a <ul> is a quote's signature, no item), nor a run
whose marks all have their space ("- How do I…": a list's items to bot/sentences.py already), nor a figure after the
mark ("-5 °C", a negative number), nor a rule ("---"), nor a line of code. Pure.
"""

from __future__ import annotations

import re

__all__ = ["dash_items"]

_MARKED = re.compile(r"[-–*] ?(?=[^\W\d_])")  # (not "•": a list's own items have it, a signature "- Sam" over them)
_ITEMS = 2  # blocks in a row at least
# (a mark glued to its word, "-Tick", in one of them: "- How do I…" items are a list's to bot/sentences.py already, and
# the excerpt and the summary read them so: the review of this rule's corpus diff)
_GLUED = re.compile(r"[-–*](?=[^\W\d_])")


def dash_items(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines, each of a run of _ITEMS marked blocks or more with a bullet for its mark (the module's docstring)."""
    marked = [line not in kept and _MARKED.match(line) is not None for line in lines]
    if sum(marked) < _ITEMS:
        return lines
    out, start = list(lines), 0
    for index, flag in enumerate([*marked, False]):
        if flag:
            continue
        if index - start >= _ITEMS and any(_GLUED.match(lines[k]) for k in range(start, index)):
            for k in range(start, index):
                out[k] = "• " + _MARKED.sub("", lines[k], count=1)
        start = index + 1
    return out
