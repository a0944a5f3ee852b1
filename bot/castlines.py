"""A show's cast or credits as a sentence (read by bot/usable.py): no summary takes one, as the only sentence it would
be (set 68b F8: "Featuring Jeff B Davis, Spencer Crittenden, Dan Harmon, Church, and music by unsung hero Brendan
Lynch-Salamon.", the episode's own short sentences too short to count; the digest shows the excerpt then). Told by an
opener of credits and names after it, half its words capitalised at least: not "Featuring a new engine and twice the
battery, the phone costs $999.". English openers only: German "Mit" + nouns, capitalised, reads as prose. Pure.
"""

from __future__ import annotations

import re

_OPENER = re.compile(
    r"(?:Featuring|Starring|Feat\.|Ft\.|With\s+guests?|Guests?:|Special\s+guests?:?|Music\s+by|Hosted\s+by"
    r"|Co-hosted\s+by)\s+(?=[A-Z])"
)
_NAMES = 2  # names at least: a list, after a comma or an "and"


def cast_line(sentence: str) -> bool:
    """Whether a sentence is a credit opener and a list of names (half its words at least capitalised)."""
    opener = _OPENER.match(sentence)
    if opener is None:
        return False
    rest = sentence[opener.end() :]
    words = rest.split()
    if len(re.findall(r",|\s(?:and|&|und|et|y|e)\s", rest)) < _NAMES - 1:
        return False
    return 2 * sum(word[:1].isupper() for word in words) >= len(words)
