"""A text that is a record, its fields joined by " | ", whose later fields are the feed's, not the story's: an
aggregator's security feed gives each advisory "<the vulnerability, a sentence or two> | Required Action by Apply
mitigations in accordance with vendor instructions, … (see URL in Notes)… | Due 2026-08-24" (the catalogue's
description, required action and due date; Pef97419--netsec-feed.xml, set 67b F8). The excerpt's 300 characters mostly
ended before the bar, the digest's three sentences went on into the required action, which every entry repeats; and
where the description is short, the excerpt showed it too (58 of the feed's 500). Both read what the feed repeats
(bot/repeated.py), so the field goes from what both read: the excerpt and the summary agree.

A field (never the first) is the feed's when the feed repeats it after a sentence's end (not after a row of values,
"ATT&CK: T1080 | ATLAS: AML.T0020", nor in code, "PROT_READ | PROT_WRITE"): its words (dates in digits aside:
"Due 2026-08-24") in RECURRING entries or more. Not by its first words alone: "| In this episode…" may open each
entry's own text, and one advisory's own required action ("…has reached its end of life…") is its own. A field goes
by itself only when it is a sentence (FIELD_LENGTH: KEV's "Required Action by Apply mitigations…"); a short one
("Due 2026-08-24") only after one that goes, as the trailer's: a job board's "| Berlin | Full-time", a shop's
"| Price: $49.99", an event's "| Starts 2026-09-10" (its own date, masked) are each entry's own, however many share
them (rev67f8 finding 1). Pure."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable

from .blocks import Blocks
from .boilerstrip import strip_boilerplate
from .closings import raw_lines
from .feedtemplates import undated

BAR = " | "
RECURRING = 3  # entries a field's words stand in, at least (as repeated.py's recurring paragraphs)
FIELD_LENGTH = 30  # characters of a field's key that go by themselves (a sentence: repeated.MIN_LENGTH's paragraph)
_ENDED = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")  # (a sentence's end before the bar)


def record_fields(texts: Iterable[tuple[str, str]], key: Callable[[str], str]) -> frozenset[str]:
    """The keys (``key``'s, dates masked) of the fields after a sentence's end that RECURRING of the entries' raw
    ``texts`` (each entry's summary and content, once) have."""
    whole = Counter[str]()
    for fields in texts:
        found = (_feed_like(line, key) for text in fields if BAR in text for line in raw_lines(text) if BAR in line)
        whole.update({field for line in found for field in line})
    return frozenset(field for field, n in whole.items() if n >= RECURRING)


def _feed_like(line: str, key: Callable[[str], str]) -> Iterable[str]:
    """The keys of a line's fields that follow a sentence's end (those that may be the feed's)."""
    parts = line.split(BAR)
    ended = (part for before, part in zip(parts, parts[1:], strict=False) if _ENDED.search(before))
    return (found for part in ended if (found := key(undated(part))))


def without_fields(
    blocks: Blocks, fields: frozenset[str], key: Callable[[str], str], whole: frozenset[str] = frozenset()
) -> tuple[Blocks, list[str]]:
    """The blocks without the fields the feed repeats (record_fields' ``fields``), and a note; ``blocks`` itself when
    none is there. Not in a line the feed repeats ``whole`` (a footer "Thanks for reading… | Subscribe for more":
    the paragraphs' pass removes it all, by its key; rev67f8 finding 2)."""
    if not fields or not any(BAR in line for line in blocks.lines):
        return blocks, []
    lines, gone = [], 0
    for line in blocks.lines:
        parts = line.split(BAR) if BAR in line and key(line) not in whole else [line]
        kept = [parts[0], *_kept(parts[1:], fields, key)]
        gone += len(parts) - len(kept)
        lines.append(BAR.join(kept).rstrip() if len(kept) < len(parts) else line)
    if not gone:
        return blocks, []
    note = f"removed: {gone} field{'s' * (gone > 1)} after ' | ' the feed repeats in many of its entries"
    return dataclasses.replace(blocks, lines=lines, text=strip_boilerplate("\n".join(lines))), [note]


def _kept(parts: list[str], fields: frozenset[str], key: Callable[[str], str]) -> list[str]:
    """A line's fields (the first aside) but those the feed repeats: a sentence-long one wherever it stands (it may
    follow a sentence without its full stop here, "…allows for privilege escalation | Required Action by…"), a
    short one only after one that goes (rev67f8 finding 1)."""
    kept, going = [], False
    for part in parts:
        found = key(undated(part))
        going = found in fields and (going or len(found) >= FIELD_LENGTH)
        if not going:
            kept.append(part)
    return kept
