"""Text a feed repeats in many of its entries: a sponsor's line, "Hosted on Acast…", a
host's bio, "To read this article in full, please click here", a greeting that opens
every issue. Whatever its wording and language, a paragraph that stands in at least
``MIN_ENTRIES`` entries and a quarter of the document's (an entry the feed repeats whole
counts once) is the feed's, not the story's:
it goes from what a reader is shown (the excerpt and the lead a summary reads), never
the whole text of an entry (the id and the content hash keep everything).

Counted over every entry of the document, the ones read before included (an entry
that arrives alone loses what its siblings lost), on the raw markup's paragraphs as
they are (a template's text is the same every time): splitting is cheap, and only
the paragraphs found again are read and compared with an entry's cleaned blocks. Pure.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Sequence

from .blocks import Blocks
from .boilerstrip import strip_boilerplate
from .parse import RawEntry

MIN_ENTRIES = 4  # entries a paragraph stands in, at least ... (3 release notes may share a requirement)
MIN_SHARE = 0.25  # ... and this share of the document's entries
LONG = 100  # characters of a paragraph in MIN_ENTRIES entries, if fewer than a quarter: see Repeated.recurring
MIN_LENGTH = 30  # characters of a paragraph counted (a short heading, "Show notes:", may repeat honestly)
_BREAK = re.compile(r"<(?:/p|br\s*/?|/li|/div|/h[1-6]|/blockquote|/td|/tr)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_NOT_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """A paragraph as it is compared: its letters and digits, casefolded (markup,
    bullets, spaces and punctuation aside)."""
    return _NOT_WORD.sub(" ", text).strip().casefold()


class Repeated(frozenset[str]):
    """The keys of the paragraphs that stand in many of the entries (the module docstring);
    ``recurring``: those of LONG characters or more that stand in MIN_ENTRIES of them but
    fewer than a quarter (a podcast's crew bio in the feed's few episodes among its posts:
    "John Taylor Williams is a full-time self-employed audio engineer…"; a sponsor's read,
    "We're still in beta, so expect bugs…"), which the summary does not read, though they
    stay in what a reader is shown (normalize.py)."""

    recurring: frozenset[str] = frozenset()


def repeated_paragraphs(entries: Sequence[RawEntry]) -> Repeated:
    """The keys of the paragraphs that stand in many of the entries, and those that recur (Repeated)."""
    texts = list(dict.fromkeys((entry.summary, entry.content) for entry in entries))  # (an entry again: once)
    if len(texts) < MIN_ENTRIES:
        return Repeated()
    counts: Counter[str] = Counter()
    for fields in texts:
        found: set[str] = set()
        for field in fields:
            if len(field) >= MIN_LENGTH:
                parts = _BREAK.split(field) if "<" in field else field.split("\n")  # (plain text: its lines)
                found.update(part for part in map(str.strip, parts) if len(part) >= MIN_LENGTH)
        counts.update(found)
    least = max(MIN_ENTRIES, MIN_SHARE * len(texts))
    # (the raw paragraphs counted as they are, a template's; only those found again are read)
    keys = [(n >= least, key(html.unescape(_TAG.sub(" ", part)))) for part, n in counts.items() if n >= MIN_ENTRIES]
    repeated = Repeated(text for many, text in keys if many and len(text) >= MIN_LENGTH)
    repeated.recurring = frozenset(text for many, text in keys if not many and len(text) >= LONG)
    return repeated


def without_repeated(blocks: Blocks, repeated: frozenset[str]) -> tuple[Blocks, list[str]]:
    """The blocks without those the feed repeats in many entries, and a note; ``blocks``
    itself when none is, or when nothing else would be left."""
    if not repeated or not blocks.lines:
        return blocks, []
    # (a label stays: "This episode is sponsored by:" says what its list is, and where the text ends)
    kept = [line for line in blocks.lines if line.endswith((":", "：")) or key(line) not in repeated]
    if len(kept) == len(blocks.lines) or not kept:
        return blocks, []
    gone = len(blocks.lines) - len(kept)
    note = f"removed: {gone} paragraph{'s' * (gone > 1)} the feed repeats in many of its entries"
    text = strip_boilerplate("\n".join(kept))
    return dataclasses.replace(blocks, lines=kept, text=text), [note]
