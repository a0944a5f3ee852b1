"""A table of data after the text's sentences (bot/htmltree.py's _grid_line): its rows are no sentence of the text,
never an excerpt's nor a summary's. Pure.
"""

from __future__ import annotations

import re

_SENTENCE_STOP = re.compile(r"\w{2}[.!?。！？][\"'”’)\]]*(?:\s|$)")


def data_after_prose(grid, rows: list[list[str]]) -> bool:
    """Whether a table's ``rows`` (its cells' texts) are data after the text's sentences: three cells or more in a
    row, and a header row over rows of data ("This is an archived record of the weeks assigned in fall 2022." then
    "Issue 1, Issue 2, … · 1904-11-28, …, Faith Rupkalvis, 18, 3 · …", set27 F4), or over one row ("…ezt
    megkívánta." then "Telepítési hely, Építendő, 1976, 1977, … · XIX. Kispest II., 6500, 800, …", a summary's
    sentence: set 68a F9). A table alone is the text."""
    return len(rows) >= 2 and max(map(len, rows)) > 2 and _after_prose(grid)


def _after_prose(grid) -> bool:
    """Whether a sentence ends before the table."""
    before = "".join(grid.xpath("preceding::text()"))
    return len(before) > 20 and _SENTENCE_STOP.search(before) is not None
