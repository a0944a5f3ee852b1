"""A line that is a rule between a text's sections (the excerpt ends at it; bot/blocks.py keeps it out of the story's
sentences): one symbol repeated, or a dinkus. Pure."""

from __future__ import annotations

RULE_MARKS = "-*=~_#〜～＝─━.…٭•⁂✱"  # (what a rule's line opens with: the excerpt's quick test)
# A dinkus: three or more of one star or bullet, spaces between them ("* * *", "٭ ٭ ٭", "• • •"), or an asterism
# ("⁂"): a section break as surely as "***" (a photo's footnote after "٭ ٭ ٭" was read into a poem's last line,
# "…لأني لديكِ! • الصورة من يوم سابق…": set63 F7)
_DINKUS_MARKS = "*٭•✱"


def is_dinkus(line: str) -> bool:
    """Whether a rule (is_rule) is a dinkus: a story's break, after which the story may go on (a short line first, "…
    2008 بدأت!.." over "٭ ٭ ٭" and a poem, opens it: the excerpt skips such a break after fewer than a sentence's
    characters, bot/excerpt.py)."""
    return line[0] in _DINKUS_MARKS and " " in line or line == "⁂"


def is_rule(line: str) -> bool:
    """A line of one symbol repeated ("***", "〜〜〜〜", "────"; a scene break's dots, "......", "………": set42 F4's
    synopses), or a dinkus ("* * *", "٭ ٭ ٭", "⁂"): a rule between a text's sections; fewer dots ("...", "……") are a
    pause in a story (the excerpt skips it)."""
    if line[0] in _DINKUS_MARKS and " " in line:
        marks = line.split()
        return len(marks) >= 3 and len(line) <= 40 and all(mark == line[0] for mark in marks)
    if line == "⁂":
        return True
    return len(line) >= (6 if line[0] == "." else 3) and line[0] in RULE_MARKS and line.count(line[0]) == len(line)
