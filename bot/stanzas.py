"""A poem in stanzas: three paragraphs at least in a row, each of two to four short lines parted by <br>s, none ending
a sentence ("<p>두리번두리번<br>어른을 찾고 있다</p><p>비틀비틀<br>앞길을 막는 그들 사이에</p>…", a Hugo blog's verse,
set 64a F9). Read as paragraphs, each stanza's lines run together ("두리번두리번 어른을 찾고 있다") and ended no sentence:
the excerpt stopped after the first, with "…". Its lines are joined by " / " and its stanzas by " // " into one block,
as verse is quoted in prose (bot/linebreaks.py's for a poem's lines in one paragraph). Only where the stanzas are the
entry's whole text (the poem is the post): short lines without stops are as often a film's credits ("Regie<br>Max
Mustermann"), addresses, a team's names over their roles or an event's field rows, which, joined into one block among
prose, were shown in its place and ended the excerpt before its sentences (rev64b F4). Over lxml elements:
join_stanzas changes the tree.
"""

from __future__ import annotations

import re

_STANZAS = 3  # in a row, at least
_LINES = (2, 4)  # a stanza's
_LINE = 40  # characters of a line, at most
_WORDS = 8  # of a line, at most
_PARAGRAPHS = ("p", "div")
# Not a poem's line: one that ends a sentence or a clause, a label's, an address, code or a list's mark.
_NOT_A_LINE = re.compile(r"[.!?…;:。！？]['\"”’»)]*$|:\s|：|https?:|www\.|[=;{}<>\[\]_/\\|]|^[-•*\d(\[]")


def breaks_by_parent(breaks: list) -> dict:
    """The <br>s grouped by the element they stand in (None for a detached one), in document order."""
    by_parent: dict = {}
    for br in breaks:
        by_parent.setdefault(br.getparent(), []).append(br)
    return by_parent


def stanza_runs(breaks: list, taken: set, lines_of) -> list[list]:
    """The runs of paragraphs (elements, in order) that are a poem's stanzas; ``breaks``: every <br> of the tree,
    ``taken``: those other rules read already; ``lines_of``: a paragraph's lines (bot/linebreaks.py's _lines)."""
    by_parent = breaks_by_parent(breaks)
    stanzas = {
        parent
        for parent, brs in by_parent.items()
        if parent is not None
        and parent.tag in _PARAGRAPHS
        and not taken.intersection(brs)
        and _stanza(lines_of(parent))
    }
    runs: list[list] = []
    for parent in by_parent:
        if parent not in stanzas or (parent.getprevious() in stanzas and _blank(parent.getprevious().tail)):
            continue  # (not a stanza, or not a run's first)
        run = [parent]
        while (nxt := run[-1].getnext()) is not None and nxt in stanzas and _blank(run[-1].tail):
            run.append(nxt)
        if len(run) >= _STANZAS:
            runs.append(run)
    # (the stanzas hold the whole text: no prose they could push out of the excerpt; one run, its tree read once)
    whole = len(runs) == 1 and _letters(runs[0][0].getroottree().getroot()) == sum(map(_letters, runs[0]))
    return runs if whole else []


def _letters(element) -> int:
    """The characters of an element's text that are no spaces (a paragraph's mark, "\u2029", is one)."""
    return sum(len(part) for text in element.itertext() for part in text.split())


def _stanza(lines: list[str]) -> bool:
    if not _LINES[0] <= len(lines) <= _LINES[1]:
        return False
    return all(
        0 < len(line) <= _LINE
        and line.count(" ") < _WORDS
        and _NOT_A_LINE.search(line) is None
        and 4 * sum(c.isalpha() for c in line) >= 3 * (len(line) - line.count(" "))
        for line in lines
    )


def _blank(text: str | None) -> bool:
    return not (text or "").replace("\u2029", "").strip()


def join_stanzas(run: list, paragraph_end: str) -> None:
    """One block of a run of stanzas: each stanza's end is " // ", not a paragraph's."""
    for before, after in zip(run, run[1:], strict=False):
        before.tail = " // "
        after.text = (after.text or "").lstrip(paragraph_end + " \t\n\r")
