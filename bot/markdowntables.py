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
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’]*\s+[\"“‘]?[A-Z]")  # (a sentence's end and the next one's capital)
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
    """The parts of a line: the text before its first table, the table's cells, then the rest (read the same way)."""
    for m in _DELIMITER.finditer(line):
        if (start := _header_start(line, m)) >= 0:
            break
    else:
        return [line]
    columns = m.group().count("|") - 1
    pipes = [p.start() for p in _PIPE.finditer(line, start, m.start())]
    header = [line[a + 1 : b] for a, b in zip(pipes, pipes[1:], strict=False)]
    # the body: to the next table's header row; a row ends with "|", so text after the last pipe is no cell
    end = next(
        (s for n in _DELIMITER.finditer(line, m.end()) if (s := _header_start(line, n, m.end())) >= 0), len(line)
    )
    body = _PIPE.split(line[m.end() : end])
    after = body.pop().strip() if len(body) > 1 else ""
    cells = [_ESCAPED.sub(r"\1", c) for cell in header + body if (c := cell.strip())]
    if columns > 1:
        data.extend(cells)
    before = _ESCAPED.sub(r"\1", line[:start].strip())
    # (the page's header over its layout table: its title, dateline, byline, a caption; never a story's sentences)
    if mark := _HEADING_MARK.match(before):  # (its marks go: never shown)
        before = before[mark.end() :]
        if columns == 1 and len(_SENTENCE_INSIDE.findall(before)) < 2:  # (a caption's sentence at most: no story)
            headings.append(before)
    rest = [after] if after else []
    if end < len(line):
        rest += _cells(line[end:], data, headings)
    return ([before] if before else []) + cells + rest


def _header_start(line: str, m: re.Match, least: int = 0) -> int:
    """Where the header row of the delimiter row ``m`` starts: as many cells as it has columns, between the pipes right
    before it (from ``least`` on); -1 when there is none."""
    columns = m.group().count("|") - 1
    pipes = [p.start() for p in _PIPE.finditer(line, least, m.start())]
    if len(pipes) < columns + 1 or line[pipes[-1] + 1 : m.start()].strip():
        return -1
    return pipes[-columns - 1]
