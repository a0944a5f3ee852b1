"""A list written as one-line paragraphs: items, not headings (set 67b F4).

A post may write a list as paragraphs of a few words each, under a line that announces it: "<p>Vote for:</p>
<p>Best paper</p> <p>Best innovation</p> <p>Best application</p> <p>Best video</p> …" (a Reddit vote thread,
nikolasjdawson--reddit-machinelearning.xml in /work/unseen67b). Each short line without a stop read as a heading and
was skipped, until one with a parenthesis was taken as the text: "Best course (released in 2018)…". A run of
RUN_LINES or more such lines right after a short label's line ending in ":" is that list: each line gets the bullet a list item has,
and the excerpt shows them as items after the label. Section headings have prose between them, never a run; a markup
heading, a quote's line, a line of more than ITEM_LENGTH characters and one that ends in a sentence's or a clause's
mark ("…退烧药短缺；", a letter's numbered points) are never an item. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Blocks

RUN_LINES = 4  # one-line paragraphs at least, in a row, to be a list
LABEL_WORDS = 3  # words at most of a label's line ("Keywords:", "Новшества:"; not "…the following skill sets:")
ITEM_WORDS = 6  # words at most of one
ITEM_LENGTH = 60  # characters at most (a line in a script without spaces is one "word")
_STOPS = frozenset(".!?…:;,。！？：；，、")  # (a last character that ends or joins a sentence: no item)


def _item(line: str, blocks: Blocks) -> bool:
    return (
        len(line) <= ITEM_LENGTH
        and len(line.split(None, ITEM_WORDS)) <= ITEM_WORDS
        and line[-1] not in _STOPS
        and line[0] != "•"
        and line not in blocks.headings
        and line not in blocks.quotes
    )


def is_label(line: str) -> bool:
    """Whether a line is a short label: LABEL_WORDS words at most and a colon ("Vote for:", "Keywords:"), not a
    sentence that introduces what follows ("Он прочитал нам своё новое стихотворение:", a poem: rev67c F3)."""
    return line[-1:] in (":", "：") and len(line.split(None, LABEL_WORDS)) <= LABEL_WORDS


def marked_lists(blocks: Blocks) -> Blocks:
    """The blocks with each run of one-line items after a short label's line (is_label) marked as a list
    ("• Best paper")."""
    lines, marked, index = blocks.lines, None, 1
    while index < len(lines):
        if not is_label(lines[index - 1]) or not _item(lines[index], blocks):
            index += 1
            continue
        end = index
        while end < len(lines) and _item(lines[end], blocks):
            end += 1
        if end - index >= RUN_LINES:
            marked = list(lines) if marked is None else marked
            marked[index:end] = ["• " + line for line in lines[index:end]]
        index = end + 1
    return blocks if marked is None else replace(blocks, lines=marked)
