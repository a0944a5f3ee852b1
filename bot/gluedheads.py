"""A manual excerpt (a summary without markup) with one of its content's headings, or the entry's title, run into the
sentence after it without a stop ("…per la gestione degli utensili. Visualizzazione layout delle rastrelliere e stato
degli utensili In jFMX è disponibile…" beside "<h3>VISUALIZZAZIONE LAYOUT DELLE RASTRELLIERE E STATO DEGLI
UTENSILI</h3><p>In jFMX…"; the title "MONITORAGGIO E VISUALIZZAZIONE DELLO STATO DEL SISTEMA" opening "Monitoraggio e
visualizzazione dello stato del sistema jFMX consente…": an Elementor site's, set 64a F3). The heading is set apart: a
heading line of its own, or gone where it opens the text (a title said again). Pure.
"""

from __future__ import annotations

import dataclasses
import html
import itertools
import re

from .blocks import Blocks
from .flattened import BLOCK_TAG, TAG

_HEADING = re.compile(r"<h([1-6])\b[^<>]*>", re.IGNORECASE)  # (its end: a search over _HEADING_LENGTH characters)
_HEADING_END = re.compile(r"</h([1-6])\s*>", re.IGNORECASE)
_HEADING_LENGTH = 400  # characters of a heading's markup, at most
_SPAN = 30_000  # characters of the content's markup read
_WORDS = (3, 20)  # a heading's words, fewest and most (a shorter one may well be a sentence's own words)
_HEADINGS = 30  # of the content's, compared
_STOPS = ".!?…"
_OPENING = 3  # words of the text after the heading that a block of the content opens with


def _headings(content: str, title: str) -> list[str]:
    """The content's headings and the title, their spaces one, casefolded: those of _WORDS words."""
    found: list[str] = []
    for m in itertools.islice(_HEADING.finditer(content := content[:_SPAN]), 2 * _HEADINGS):
        end = _HEADING_END.search(content, m.end(), m.end() + _HEADING_LENGTH) if len(found) < _HEADINGS else None
        if end is not None and end[1] == m[1]:
            found.append(html.unescape(TAG.sub("", content[m.end() : end.start()])))
    names = (_folded(" ".join(h.split())) for h in (*found, title))
    return list(dict.fromkeys(n for n in names if _WORDS[0] <= n.count(" ") + 1 <= _WORDS[1]))


def _openings(content: str) -> set[str]:
    """The first _OPENING words of each block of the content, their spaces one, casefolded."""
    text = html.unescape(TAG.sub("", BLOCK_TAG.sub("\n", content[:_SPAN])))
    return {" ".join(line.split()[:_OPENING]).casefold() for line in text.splitlines() if line.strip()}


def headings_apart(blocks: Blocks, content: str, title: str) -> Blocks:
    """``blocks`` (a summary's) with each heading of ``content``, or the ``title``, that a line has at its start or
    after a sentence's end, run into the next word without a stop, set apart: dropped at the text's start, a heading
    line of its own elsewhere. Matched whole, words and case aside; never a heading followed by a stop, a comma or a
    colon (the sentence's own words: "Lo stato del sistema è…")."""
    if not blocks.lines or "<h" not in content[:_SPAN].lower() and not title:
        return blocks
    if not (names := _headings(content, title)):
        return blocks
    openings = _openings(content)
    lines, heads, text = list(blocks.lines), set(blocks.headings), blocks.text
    for n, line in enumerate(blocks.lines):
        parts = _apart(" ".join(line.split()), names, openings, first=n == 0)
        if parts is None:
            continue
        heads.update(p for p in parts[1:2] if p)
        new = [p for p in parts if p]
        lines[n : n + 1] = new
        text = text.replace(line, "\n".join(new), 1)
        break  # (one a text: an excerpt shows its start)
    if lines == blocks.lines:
        return blocks
    return dataclasses.replace(blocks, lines=lines, headings=frozenset(heads), text=text)


def _apart(line: str, names: list[str], openings: set[str], first: bool) -> list[str] | None:
    """The line's parts (before, the heading, after), the heading empty where it opens the text; None without one.
    What follows the heading opens a block of the content (its paragraph under the heading): not a sentence that
    starts with the title's words ("Apple releases new iPhone models…" under "Apple releases new iPhone")."""
    folded = _folded(line)
    for name in names:
        at = folded.find(name + " ")
        while at >= 0:
            end = at + len(name)
            after = line[end + 1 : end + 2]
            if (
                (at == 0 or line[at - 1] == " " and line[at - 2 : at - 1] in tuple(_STOPS))
                and after[:1].isalnum()
                and not line[end + 1 :].split()[0].islower()  # (the heading's paragraph goes on from it: rev64b F7)
                and " ".join(line[end + 1 : end + 120].split()[:_OPENING]).casefold() in openings
            ):
                return [line[:at].rstrip(), "" if at == 0 and first else line[at:end], line[end + 1 :]]
            at = folded.find(name + " ", at + 1)
    return None


def _folded(text: str) -> str:
    """A text casefolded letter by letter, its length kept (a letter whose casefold is longer, "ß", "İ", "ﬁ", as it is):
    its positions are the text's (rev64b F8: a line with one was never read)."""
    if len(folded := text.casefold()) == len(text):
        return folded
    return "".join(c if len(f := c.casefold()) > 1 else f for c in text)
