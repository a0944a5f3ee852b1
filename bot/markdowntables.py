"""A Markdown table left as text in HTML, its lines run together: its cells as lines.

Converters that turn a web page into Markdown and a feed that then puts that Markdown into
HTML with its line breaks gone (set42 F7: an aggregator relaying local news) leave a page's
layout table as "…(Photo submitted) | **Getting your Audio player ready...** | |
---------- | The Williams Lake & District Seniors Centre is…": the header row, the delimiter
row ("| --- |", one "---" per column) and the body rows on one line. Read whole, the
delimiter's dashes were a section rule that ended the excerpt before the story, and the
pipes stayed in the text. A delimiter row after as many header cells as it has columns
(each between pipes) makes it a table: the text before the header row, each header cell
and each body cell become lines of their own (a one-column table is a page's layout: its
cells are paragraphs); the delimiter row goes. A table of two or more columns is data:
its cells are listed in ``data`` (never an excerpt's sentences). The text before a
layout table that opens with a Markdown heading ("## <title> Published … By …") is the
page's header: a heading. Only a delimiter row
with its header cells counts: "a | b" in prose, a "---" rule, "| --- |" alone stay as
they are. Pure, linear in a line's length.
"""

from __future__ import annotations

import re

# A delimiter row: pipes around cells of at least three dashes (colons align them), at least one cell.
_DELIMITER = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+")
_HEADING_MARK = re.compile(r"#{1,6}\s+")
_PIPE = re.compile(r"(?<!\\)\|")  # (a pipe in a cell's text is escaped: "\|")
# Markdown's backslash before a mark it would read otherwise ("Aug. 19\." is no list item's number): the mark alone.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def table_cells(lines: list[str], data: list, headings: list, kept: list | set | frozenset = frozenset()) -> list[str]:
    """``lines`` with each line that holds a run-together Markdown table as its parts (the text before it,
    then its cells, a line each); the cells of a table of two or more columns are added to ``data``, the text
    before a one-column table that opens with a Markdown heading to ``headings``; ``kept``: lines left as they
    are (code, preformatted text)."""
    out: list[str] = []
    for line in lines:
        out.extend(_cells(line, data, headings) if "|" in line and "---" in line and line not in kept else (line,))
    return out


def _cells(line: str, data: list, headings: list) -> list[str]:
    m = _DELIMITER.search(line)
    if m is None:
        return [line]
    columns = m.group().count("|") - 1
    pipes = [p.start() for p in _PIPE.finditer(line, 0, m.start())]
    # the header row: as many cells as the delimiter has, between the last columns + 1 pipes before it, right before it
    if len(pipes) < columns + 1 or line[pipes[-1] + 1 : m.start()].strip():
        return [line]
    start = pipes[-columns - 1]
    header = [line[a + 1 : b].strip() for a, b in zip(pipes[-columns - 1 : -1], pipes[-columns:], strict=True)]
    body = [cell.strip() for cell in _PIPE.split(line[m.end() :])]
    cells = [_ESCAPED.sub(r"\1", cell) for cell in header + body if cell]
    if columns > 1:
        data.extend(cells)
    before = _ESCAPED.sub(r"\1", line[:start].strip())
    if columns == 1 and (mark := _HEADING_MARK.match(before)):
        headings.append(
            before := before[mark.end() :]
        )  # (the page's header over its layout table: its title, dateline, byline)
    return ([before] if before else []) + cells
