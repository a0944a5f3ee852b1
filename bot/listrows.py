"""Short lines in a row that make a list without a list's markup: a classified's price list laid out with line breaks
("Smash Bros Melee - 50<br>Mario Kart Double Dash - 40<br>Mario Party 5 - 40", or the same as plain text, one a line),
a schedule's or a spec sheet's rows. Run together they read as one sentence that makes no sense ("Smash Bros Melee - 50
Mario Kart Double Dash - 40 Mario Party 5 - 40…", tests/data/unseen/set50 F5); a list's items are what they are, "•
Smash Bros Melee - 50 • Mario Kart Double Dash - 40 • …", as an HTML list's read (bot/htmltree.py).

A row: a short line (at most _ROW_LENGTH characters) that ends no sentence and no phrase ("…and", "…of", ",", ":"),
opens with no lower-case letter (a hard wrap's next line does), has a letter, and no character of a script
without spaces (whose breaks bot/inlineedges.py reads), no address. Three rows in a row at least, all of one shape
(_SHAPES: a header's lines, "Pen Pal" / "By Grant Canterbury" / "December Third, 1996", are no list). A poem's lines (bot/linebreaks.py's
verse, which the caller reads first), a record's "Label: value" rows and a list of links have rules of their own. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cuts import MINOR_WORDS
from .inlineedges import CJK

ROWS = 3
_ROW_LENGTH = 60
# (a sentence's or a phrase's end: ".", "!", "?", "…" before closing marks; ",", ";", ":", a dash or "&" before more)
_OPEN_END = re.compile(r"(?:[.!?…。！？][\"'”’»)\]]*|[,;:：、，&/+=(\[{-])$")
_NO_ROW = re.compile(r"^(?:[-*•–—>#|]|\d{1,3}[.)]\s)|://|www\.|[\uac00-\ud7af]")
# What a list's rows have in common, each of them (a line of prose has none of these as a rule): a name and a value
# apart ("Smash Bros Melee - 50", "Mon | 9:00"), an aside ("Snapseed (3,99€ / iOS)"), a figure or a price at the end
# ("Mario Party 5 40", "Graphics card $120").
_SHAPES = (
    re.compile(r"\S\s[-–—|/·]\s\S"),
    re.compile(r"\([^()]+\)"),
    re.compile(r"(?:\d[\d.,]*\s?(?:[%€$£¥₽]|[a-zA-Z]{1,3})?|[$€£¥₽]\s?\d[\d.,]*)$"),
)


def row_line(line: str) -> bool:
    """Whether a line may be a row of a list laid out one a line (see the module's doc)."""
    if not 2 <= len(line) <= _ROW_LENGTH or line[0].islower() or _OPEN_END.search(line) or _NO_ROW.search(line):
        return False
    if CJK.search(line) or not any(c.isalpha() for c in line):  # (a gutter's line numbers: code's)
        return False
    return line.rsplit(None, 1)[-1].casefold() not in MINOR_WORDS


def row_runs(lines: list[str], skipped: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The runs of rows (first, past the last), three lines at least; ``skipped``: lines that are no row (a poem's)."""
    runs, start = [], 0
    for index, line in enumerate([*lines, ""]):
        if index < len(lines) and index not in skipped and row_line(line):
            continue
        if index - start >= ROWS:
            runs += _shaped(lines, start, index)
        start = index + 1
    return runs


def _shaped(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of three rows at least of one shape within lines[start:end]: a heading or a closing line over or under
    them ("Games for sale", "Cash only") is no row of the list, and no reason to leave it run together (the review)."""
    for shape in _SHAPES:
        runs, first = [], start
        for index in range(start, end + 1):
            if index < end and shape.search(lines[index]):
                continue
            if index - first >= ROWS:
                runs.append((first, index))
            first = index + 1
        if runs:
            return runs
    return []


def rows_marked(lines: list[str]) -> list[str]:
    """A plain text's lines with each row of a run of them a list item ("• Mario Party 5 - 40")."""
    runs = row_runs(lines)
    if not runs:
        return lines
    out = list(lines)
    for start, end in runs:
        out[start:end] = ["• " + line for line in lines[start:end]]
    return out


def as_items(lines: list[str], label: Callable[[str], bool]) -> str:
    """Lines that are all a text has, headings over pictures or nothing (a page of screenshots: "Linux Plasma", then
    "Windows 10"), but bare labels (``label``: leadin.bare_labels), as a list's items: "• Linux Plasma • Windows 10", never run into
    one phrase ("Linux Plasma Windows 10": set54 F8). One line is itself."""
    lines = [line for line in lines if line and not label(line)]
    if len(lines) < 2 or any(line[-1] in ":：" for line in lines):  # (a line that leads into the next: one phrase)
        return " ".join(lines)
    return " ".join(f"• {line.removeprefix('• ')}" for line in lines)


# A table's row that opens with a time ("12:30: Doors", "9.00–10.30 Talks", "13：00〜 開会式"), as its row block has it
_TIME_ROW = re.compile(r"(?:^|(?<= · ))\d{1,2}[:：.]\d{2}(?:\s?[-–~〜]\s?\d{1,2}[:：.]\d{2})?(?:[:：]\s|\s)")
_GREETING = 100  # characters of the text before a schedule's table, at most (a story's paragraph stands alone)


def time_rows(parts: list[str]) -> bool:
    """Whether an excerpt's ``parts`` are a short text and a schedule's table: "Thank you for coming! Enjoy the day."
    then "12:30: Doors · 13:00: Opening · 13:30: Workshops · …" (a festival's programme, kraiany-ja in set61, F5).
    The greeting alone says nothing the title did not: the rows are the post, shown as the lead renders them, not
    cut back to the greeting as a block that ends no sentence is. Three rows or more, most of them and the first
    opening with a time (a layout's or a price table's first cells are no times)."""
    if len(parts) != 2 or len(parts[0]) > _GREETING or _TIME_ROW.match(parts[1]) is None:
        return False
    found = len(_TIME_ROW.findall(parts[1]))
    return found >= 3 and 2 * found > parts[1].count(" · ") + 1
