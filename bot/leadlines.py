"""An article's lead: the text its summary's sentences are read from (blocks.prose, then sentences.lead_text), with
the first line cleaned as the excerpt's is (bot/excerpt.py): without the heading a plain summary ran into it, the
title and a label before the sentence ("14 найкращих … фондових досліджень Платіжні інструменти Дослідження фондового
ринку важливо, …" under "14 найкращих … фондових досліджень": set60 F7, whose item was mended and whose digest
summary still opened on the title and the label). Pure."""

from __future__ import annotations

import dataclasses

from .blocks import Blocks, prose
from .headingrows import without_run_in_heading
from .leadasides import signed_line
from .repeated import without_repeated
from .selfcite import cites_itself_before, without_label
from .sentences import LEAD_LENGTH, lead_text
from .titlewords import title_norm


def lead_of(blocks: Blocks, title: str, recurring: frozenset[str]) -> str:
    """The lead of an article of ``blocks`` under ``title``, without the paragraphs its feed repeats (``recurring``)."""
    # (no template kept whole when it takes half a list, as set 70b F11's mend did: a forum's template ending in a
    # list kept whole above the post's own list, rev70b finding 4; "-Tick repellant…" under a recurring event's
    # template is a list item now, bot/dashitems.py, which no summary opens on)
    return lead_text(prose(without_repeated(_without_run_in(blocks, title), recurring)[0], LEAD_LENGTH))


def _without_run_in(blocks: Blocks, title: str) -> Blocks:
    """``blocks`` without what the excerpt skips before the first line's words: a signed epigraph, the entry's own
    citation (and its abstract's label), a heading or the title run into the first line."""
    if not blocks.lines or not (first := blocks.lines[0]):
        return blocks
    if len(blocks.lines) > 1 and signed_line(first) and blocks.text.startswith(first):
        # (an epigraph signed after a dash, "…노력한다. - Ray Bradbury", before the post's words: as the excerpt
        # skips it, bot/leadin.py; its sentences were the whole summary, set 64a F5)
        return dataclasses.replace(blocks, lines=blocks.lines[1:], text=blocks.text[len(first) :].lstrip("\n"))
    cited = len(blocks.lines) > 1 and cites_itself_before(first, blocks.lines[1], title_norm(title))
    if cited and blocks.text.startswith(first):
        # (the entry's own citation before its abstract, as the excerpt skips it, and the abstract's label: set66a F1)
        second, text = blocks.lines[1], blocks.text[len(first) :].lstrip("\n")
        rest = without_label(second)
        text = text[len(second) - len(rest) :] if text.startswith(second) else text
        return dataclasses.replace(blocks, lines=[rest, *blocks.lines[2:]], text=text)
    if (rest := without_run_in_heading(first, title_norm(title))) is first:
        return blocks  # (most: nothing run in)
    text = blocks.text[len(first) - len(rest) :] if blocks.text.startswith(first) else blocks.text
    return dataclasses.replace(blocks, lines=[rest, *blocks.lines[1:]], text=text)
