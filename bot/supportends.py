"""A text's paragraphs that are each one support line (bot/supportlines.py), after its first: no excerpt shows
them ("We will continue to monitor, just in case. / If you need help, please email support@….", a
status page's incident, datocms--status-history.atom: set 66b F4). Pure."""

from __future__ import annotations

import dataclasses
import re

from .blocks import Blocks
from .supportlines import support_line

# A sentence's end inside a line, before another sentence: "…email support@x.com. The fix ships Monday." (an
# address's dots are followed by no space).
_INNER_END = re.compile(r"[.!?。]\s+\S")
# A status page's update's label, at most three words opening its line: "Monitoring —", "Monitoring: Services are…"
# (bot/updatelabels.py writes the label, a paragraph of its own, into its update's first line).
_UPDATE = re.compile(r"[^\W\d]\w{0,30}(?: \w{1,30}){0,2}(?: [—–-]|:)(?:\s|$)")


def without_support_paragraphs(blocks: Blocks) -> Blocks:
    """A text without its paragraphs that are each one support line (a whole block, one sentence) after its first
    one: at its end (only support lines after it), or at the end of one of a status page's updates, the next update's
    label line after it; else the text. Never one mid-story ("…today. / If you need help, please email… / The rest of
    the story…": the review of fix66b, finding 4)."""
    lines, text = blocks.lines, blocks.text
    support = [i > 0 and _support_block(line, blocks) for i, line in enumerate(lines)]
    gone = [
        line
        for i, line in enumerate(lines)
        if support[i] and (all(support[i:]) or i + 1 < len(lines) and _UPDATE.match(lines[i + 1]) is not None)
    ]
    if not gone:
        return blocks
    dropped = set(gone)
    for line in gone:
        if text.endswith("\n" + line):
            text = text[: -len(line) - 1]
        elif (inner := text.replace("\n" + line + "\n", "\n", 1)) != text:
            text = inner
        else:
            return blocks  # (the text holds it otherwise: left as it is)
    return dataclasses.replace(
        blocks, lines=[lines[0], *(x for x in lines[1:] if x not in dropped)], text=text, tail_clean=False
    )


def _support_block(line: str, blocks: Blocks) -> bool:
    if line in blocks.headings or line in blocks.rows or line in blocks.code or line in blocks.quotes:
        return False
    return len(line) <= 400 and _INNER_END.search(line) is None and support_line(line.lower())
