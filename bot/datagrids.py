"""A table of data after the text's sentences (bot/htmltree.py's _grid_line): its rows are no sentence of the text,
never an excerpt's nor a summary's. Pure.
"""

from __future__ import annotations

import re

_SENTENCE_STOP = re.compile(r"\w{2}[.!?。！？][\"'”’)\]]*(?:\s|$)")


def data_after_prose(grid, rows: list[list[str]], prose: list[bool]) -> bool:
    """Whether a table's ``rows`` (its cells' texts) are data after the text's sentences: three cells or more in a
    row, and a header row over rows of data ("This is an archived record of the weeks assigned in fall 2022." then
    "Issue 1, Issue 2, … · 1904-11-28, …, Faith Rupkalvis, 18, 3 · …", set27 F4), or a header row (<th> cells) over
    one row ("…ezt megkívánta." then "Telepítési hely, Építendő, 1976, 1977, … · XIX. Kispest II., 6500, 800, …", a
    summary's sentence: set 68a F9). Not two rows without a header (a score, "Rovers, 1, 2, 3 · United, 2, 0, 2"),
    nor one row and an empty spacer row (a price): the text's own (the review of set 68b, 3). A table alone is the
    text. ``prose``: the tables before it found after the sentences (each table after them is too: the text before
    it is read once, not once a table, the review of set 68b, 6)."""
    rows = [row for row in rows if any(row)]
    if len(rows) < 2 or max(map(len, rows)) < 3:
        return False
    if len(rows) == 2 and not all(el.tag == "th" for el in grid.xpath("(.//tr)[1]/*")):
        return False
    if not prose and _after_prose(grid):
        prose.append(True)
    return bool(prose)


def _after_prose(grid) -> bool:
    """Whether a sentence ends before the table."""
    before = "".join(grid.xpath("preceding::text()"))
    return len(before) > 20 and _SENTENCE_STOP.search(before) is not None
