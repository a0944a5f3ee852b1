"""A plain text's list written with each item's mark glued to its first word, "-Item" for "- Item".

A podcast's show notes in <itunes:summary>, plain text: "…the following sections of … by Two Writers: ⏎ ⏎-Use
hierarchical backlogs⏎-Group stories by impact" (set58 F1). The mark wants a space after it to be read as a list's
(blocks._LIST_ITEM, blocks._plain_list_marked), so the lines were taken for a hard wrap and run into one phrase, "…
Writers: -Use hierarchical backlogs -Group stories by impact…", with a false "…" after it (set58 F2). The space goes
back, and the lines are the list's items they are: "• Use hierarchical backlogs", "• Group stories by impact".

Only a run of two lines at least, each opening with the same mark ("-", "*", "•") glued to a word of letters, after a
line that ends in a colon or a blank line (or at the text's start), and one item at least of two words or more: a
signature ("-Anna"), a negative figure ("-5 °C"), a hard wrap that opens on a hyphenated word, or a compiler's flags
on lines of their own ("-Wall", "-O2", "-march=native", one word each) are none, nor a dialogue written with
hyphens, half its lines asking or exclaiming, or one the Spanish way ("-Hola, ¿qué tal?" / "-Bien, gracias."); items
ending with full stops are a list's ("-Fixed a crash…", a release note's: the review of 484ad67), and with one "!"
among them too (the review of set 61), unless a line carries a narrator's tag, a dash glued to a verb of saying
("-Buenas noches, Marta -dijo Juan-.": the review of set 62's fixes, 13). "*" only on a line without another "*" (emphasis, "*Note*", is markup's). Pure.
"""

from __future__ import annotations

import re

from .speakers import saying

# A mark glued to a word of letters (apostrophes, hyphens inside), then a space, or the line's end: the item
_GLUED = re.compile(r"[ \t]*([-*•])(?=[^\W\d_])([^\W\d_]{2,}(?:['’-][^\W\d_]+)*+)(?=[ \t,.:;!?)]|$)")
_ITEMS = 2
# (a dialogue's speech tag: a dash glued to a word after a space, a few words, then a dash or a stop: "-dijo Juan-.")
_TAG = re.compile(r"\s[-–—]([^\W\d_]++)(?:\s+[^\W\d_]++){0,3}(?:[-–—][.,]?|[.,])(?=\s|$)")
_SPOKEN = ("?", "!", '?"', '!"', "?”", "!”")  # (a dialogue's line asks or exclaims: "-Hola, ¿qué tal?" / "-Bien.")


def spaced_marks(text: str) -> str:
    """``text`` (without markup) with a space after the mark of each item of a list written "-Item" (see the doc)."""
    if "-" not in text and "*" not in text and "•" not in text:
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = [_item(line) for line in lines]
    changed = False
    start = 0
    while start < len(lines):
        mark = found[start]
        end = start
        while mark and end < len(lines) and found[end] == mark:
            end += 1
        if (
            end - start >= _ITEMS
            and _opens_list(lines, start)
            and any(len(lines[i].split()) >= 2 for i in range(start, end))
            and not _dialogue(lines[start:end])
        ):
            for i in range(start, end):
                line = lines[i].lstrip(" \t")
                lines[i] = line[0] + " " + line[1:]
            changed = True
        start = max(end, start + 1)
    return "\n".join(lines) if changed else text


def _dialogue(lines: list[str]) -> bool:
    """Whether the lines read as a dialogue's: one opens a question or an exclamation the Spanish way ("-Hola Juan,
    ¿vienes mañana?"), or half of them ask or exclaim; a release note's items that end with full stops are a list
    ("-Fixed a crash when opening large files.": the review of 484ad67), and one "!" among them too ("-Fixed a crash
    when opening large files!": the review of set 61)."""
    if any("¿" in line or "¡" in line for line in lines):
        return True
    if any(saying(tag) for line in lines for tag in _TAG.findall(line)):  # (a narrator's "-dijo Juan-")
        return True
    return 2 * sum(line.rstrip().endswith(_SPOKEN) for line in lines) >= len(lines)


def _item(line: str) -> str:
    """The mark ``line`` opens with, glued to its first word, or ""."""
    if not (m := _GLUED.match(line)) or m.group(1) == "*" and line.count("*") > 1:
        return ""
    return m.group(1)


def _opens_list(lines: list[str], start: int) -> bool:
    """Whether the line before ``start`` leads into a list: none, a blank one, or one that ends in a colon."""
    before = lines[start - 1].strip() if start else ""
    return not before or before.endswith((":", "："))
