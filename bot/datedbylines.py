"""A text that is only its entry's date and author: a mail archive's item, "2022/04/11 -- Matt Caswell" (MHonArc's RSS
of a mailing list, each message's body left out: set 66b F1). It is the entry's metadata, not its text: no excerpt,
no summary (as for a link post's label). Only when the date is the entry's own (a day apart at most: the archive's
zone) and what follows the separator is a link's label that reads as a name, at most five words, none a number or a
sentence's end; never a date in a story ("2022/04/11 -- the day the service went down"), nor one that is not the
entry's. Pure."""

from __future__ import annotations

import re
from datetime import datetime

from .blocks import EMPTY, Blocks
from .dates import read_fast

# The date, then a separator between spaces: "--", an en or em dash (a single hyphen is none: "2024-05-01 - Bug
# fixes"), "|", "·" or "by"; the separator found within the text's first 40 characters.
_SEPARATOR = re.compile(r"\s+(?:-{2,3}|[–—|·]|by)\s+", re.I)
# A mailing list's relay after the name: "Ram Chandra via openssl-users".
_VIA = re.compile(r"\s+via\s+\S+$", re.I)
# A name's word: "Dr.", "St.", "Bar-Lev", "O'Neil", "de", "van", "kumar".
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?$")
# A handle alone, a single word in lower case ("vchiliquinga---", "jdoe"): no sentence's end in it.
_HANDLE = re.compile(r"[^\W\d][\w.@+-]*$")


def dated_byline(text: str, published: datetime | None, markup: str = "") -> bool:
    """Whether a one-line text is only its entry's date (``published``), a separator and its author's name: words of a
    name ("Dr. Matthias St. Pierre", "Helde, Paavo via openssl-users", "Dhananjay kumar") that are a link's label in the
    entry's ``markup`` (the archive's search for the sender)."""
    if published is None or len(text) > 120:
        return False
    separator = _SEPARATOR.search(text, 0, 40)
    if separator is None:
        return False
    date = read_fast(text[: separator.start()].strip())
    if date is None or abs((date.when.date() - published.date()).days) > 1:
        return False
    linked = _VIA.sub("", text[separator.end() :]).strip()
    name = linked.strip("~*_ ")  # (a sender's decoration: "~ Kunal Sharma ~")
    words = [w.rstrip(",") for w in name.split()]
    if not words or name.endswith((".", "!", "?", ":", ";")) or not all(_NAME_WORD.match(w) for w in words):
        return False
    if len(words) == 1 and _HANDLE.match(words[0]) is None or len(words) > 5:
        return False
    # (the link is the only proof of a name: "2024-05-01 -- Bug Fixes", "May 1, 2024 — Storm Hits Coast",
    # "01.05.2024 – Hauptversammlung" are Title-Case words, no sender; the review of fix66b, finding 1)
    return re.search(rf">\s*{re.escape(linked)}(?:\s+via\s+[^<\s]+)?\s*</a>", markup) is not None


def without_dated_byline(blocks: Blocks, published: datetime | None, markup: str, notes: list[str]) -> Blocks:
    """A text that is only its entry's date and author (``dated_byline``) gone, with a note said why; else the text."""
    if len(blocks.lines) != 1 or not dated_byline(blocks.lines[0], published, markup):
        return blocks
    notes.append(f'removed: the text is only its date and author ("{blocks.lines[0]}"): no excerpt')
    return EMPTY
