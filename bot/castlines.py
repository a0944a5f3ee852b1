"""A show's cast or credits as a sentence (read by bot/usable.py): no summary takes one, at any place in it (set 68b
F8: "Featuring Jeff B Davis, Spencer Crittenden, Dan Harmon, Church, and music by unsung hero Brendan
Lynch-Salamon." was a summary's only sentence, the episode's own short sentences too short to count; the digest shows
the excerpt then). Told by an opener of credits and a list after it and nothing more: every part of the list a name
(a few capitalised words) or a credit ("and music by …"), half its words capitalised at least. Not "Featuring a new
engine and twice the battery, the phone costs $999.", nor a lede whose main clause follows the list ("Starring Emma
Stone, Mark Ruffalo and Willem Dafoe, Yorgos Lanthimos' Poor Things won the Golden Lion at Venice.", "Hosted by Jimmy
Kimmel, the 96th Academy Awards … honoured Oppenheimer…": the review of this rule's diff, rev68d F1). English openers
and joins only: German "Mit" + nouns, capitalised, reads as prose. Pure.
"""

from __future__ import annotations

import re

_OPENER = re.compile(
    r"(?:Featuring|Starring|Feat\.|Ft\.|With\s+guests?|Guests?:|Special\s+guests?:?|Music\s+by|Hosted\s+by"
    r"|Co-hosted\s+by)\s+(?=[A-Z])"
)
_JOIN = re.compile(r",\s*|\s(?:and|&)\s")  # (the list's joins)
_NAME = re.compile(r"(?:and\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}")
_CREDIT = re.compile(r"(?:and\s+)?[a-z]+(?:\s+[a-z]+)?\s+by\s+")  # ("and music by unsung hero …")
_NAMES = 2  # names at least: a list, after a comma or an "and"


def cast_line(sentence: str) -> bool:
    """Whether a sentence is a credit opener and a list of names or credits and nothing more (half its words at least
    capitalised)."""
    opener = _OPENER.match(sentence)
    if opener is None:
        return False
    rest = sentence[opener.end() :]
    words = rest.split()
    if len(_JOIN.findall(rest)) < _NAMES - 1:
        return False
    if 2 * sum(word[:1].isupper() for word in words) < len(words):
        return False
    # (every part of the list a name or a credit: not a clause after it, rev68d F1)
    parts = (part.strip() for part in _JOIN.split(rest.rstrip(" .")))
    return all(_NAME.fullmatch(part) or _CREDIT.match(part) for part in parts if part)
