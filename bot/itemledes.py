"""An entry's lede that says what the item is, read as the lede (set 67b F9): a summary passed it over. Pure.

A release note of a mod, a plugin, an app opens under its headings with "This mod restores…", "This Windhawk mod
enables…": "This" names the item itself, not a sentence before (there is none, only headings). And a lede that opens
on a name written with a small letter first ("macOS-style hot corners…", "iPhone owners…") is a sentence's start, not
the tail of one cut before it.
"""

import re
from collections.abc import Sequence

from .sentences import HEADING

# "This"/"These", up to two words of a name ("This Windhawk mod", "These Acme Pro plugins"), then a noun for a made
# thing: not any noun ("This approach fails…" under "## The old way" is what the heading said, though the headline
# names "A new approach": the review of set 67 d, rev67d F4)
_THIS_NOUN = re.compile(
    r"(?:This|These)\s+(?:[A-Z0-9][\w.+-]*\s+){0,2}(mod|plugin|extension|add-on|addon|app|tool|library|package|theme"
    r"|skin|script|patch|driver|widget|font|game|bot)s?\b"
)
# a word that opens with a small letter and has a capital later: a name ("macOS", "iPhone", "eBay", "iOS")
_NAMED_LOWER = re.compile(r"[a-z]{1,4}[A-Z][\w-]*")


def names_itself(sentences: Sequence[str], j: int, title: str) -> bool:
    """Whether sentence ``j``, the entry's first after nothing but headings, opens "This <noun>" naming the item
    itself, a noun for a made thing (mod, plugin, app, library…): the headline names the noun, or another sentence of
    the entry calls it "the/this <noun>" ("The mod has been tested on…", "…on this mod's settings page"). Not after a
    sentence of prose, nor "This is…", "This approach…" (what a heading said), nor a noun the entry never names again."""
    if not all(s.startswith(HEADING) for s in sentences[:j]):
        return False
    found = _THIS_NOUN.match(sentences[j])
    if found is None:
        return False
    noun = found.group(1)
    if re.search(rf"\b{noun}s?\b", title, re.IGNORECASE):
        return True
    again = re.compile(rf"\b(?:the|this|our|its)\s+{noun}\b", re.IGNORECASE)
    return any(again.search(s) for k, s in enumerate(sentences) if k != j and not s.startswith(HEADING))


def named_lower(sentence: str) -> bool:
    """Whether the sentence opens on a name written with a small letter first ("macOS-style…", "iPhone owners…")."""
    return _NAMED_LOWER.match(sentence) is not None
