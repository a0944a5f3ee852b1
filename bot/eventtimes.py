"""An event's when and where: the line an h-event marks with its start, ``From <time class="dt-start"
datetime="2025-04-04T13:00…">Friday, April 4, 2025 1:00 PM</time> to <time class="dt-end">2:00 PM EDT</time> at
<span class="p-location">Online</span>.`` (Brock University's Campus Labs listing, set 70b F5). It comes after the
description, so a description longer than the excerpt cut it first, and the entry told neither when nor where (its
feed dates every entry with the listing's build time, F3). When the markup marks the line as the event's start (a
``<time>`` of class dt-start or dtstart: microformats, never a date guessed from words), the excerpt keeps it as its
last line and the description is cut shorter for it. Only one short line (a list of dates is no one time)."""

from __future__ import annotations

import dataclasses
import html
import re

from .blocks import Blocks
from .boilerstrip import strip_boilerplate
from .excerpt import Excerpt, excerpt_with_notes

# A <time> of class dt-start (microformats2) or dtstart (hCalendar), its text (the event's start as the page says it)
_START = re.compile(r"<time\b[^<>]*\bclass\s*=\s*[\"'][^\"'<>]*\bdt-?start\b[^<>]*>([^<>]{1,80})</time\s*>", re.I)
_LINE = 200  # characters of a when/where line, at most
_ROOM = 80  # characters of the description left beside it, at least (else the excerpt is cut as before)


def marked_start(markup: str) -> str:
    """The text of the one start the ``markup`` marks (a dt-start ``<time>``: "Friday, April 4, 2025 1:00 PM"), or ""
    (none, or a list of dates). Two entries of one text with marked starts that differ are two occasions of a recurring
    event (bot/dedup.py OncePerFeed, set 70b F12: never a date read from the words, rev70a findings 1 and 2)."""
    if "start" not in markup:
        return ""
    starts = {" ".join(html.unescape(m[1]).split()) for m in _START.finditer(markup)}
    return starts.pop() if len(starts) == 1 else ""


def when_line(blocks: Blocks, markup: str) -> str:
    """The line of ``blocks`` that holds the event's start the ``markup`` marks (the module docstring), or ""."""
    if not (start := marked_start(markup)):
        return ""
    found = [line for line in blocks.lines if start in line and len(line) <= _LINE]
    return found[0] if len(found) == 1 else ""


def timed_excerpt(blocks: Blocks, limit: int, title: str, markup: str) -> Excerpt:
    """The excerpt of ``blocks`` (bot/excerpt.py), with the event's when/where line last when the cut would leave it
    out (the module docstring)."""
    shown = excerpt_with_notes(blocks, limit, title)
    if not (line := when_line(blocks, markup)) or line in shown.text or limit - len(line) - 1 < _ROOM:
        return shown
    rest = [other for other in blocks.lines if other != line]
    before = excerpt_with_notes(dataclasses.replace(blocks, lines=rest, text=strip_boilerplate("\n".join(rest))),
                                limit - len(line) - 1, title)  # fmt: skip
    if not before.text:
        return shown
    note = "kept: the event's when/where line its markup marks (a dt-start <time>), last: the description cut for it"
    return dataclasses.replace(before, text=f"{before.text} {line}", notes=(*before.notes, note))
