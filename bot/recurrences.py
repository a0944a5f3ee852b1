"""A recurring event's dates: one entry for each, its own id and link, the same title and the same description but
its own "From Monday, April 7, 2025 8:30 AM to 4:30 PM EDT at …" line (Brock University's Campus Labs listing, set
70b F12: 95 of 284 events were merged as "same title and text", a near-identical text, 1 date in 100 characters).
Two such entries are two occasions: their texts differ where a date or a time is written, a number beside a month's
or a day's name ("April 4" / "April 7", "Friday" / "Monday") or a time of day ("8:30" / "9:30"). A count or a price
changed ("3 comments" / "4 comments", "20% off" / "25% off": an ad sent again) is no date: bot/dedup.py's values.
Pure."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .datenames import DAY_NAMES, MONTH_NAMES, fold

# A word, or a time of day as one token ("8:30", "16:37": its colon kept)
_TOKEN = re.compile(r"\d{1,2}:\d{2}|\w+")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_NAME = 3  # letters of a month's or a day's name, at least ("mar", "fri"; never "ma", "mi")
# Month and day names in the languages of bot/datenames.py, folded, _NAME letters or more
_NAMES = frozenset(
    word for names in (*MONTH_NAMES.values(), *DAY_NAMES.values()) for word in names.replace("|", " ").split()
    if len(word) >= _NAME
)  # fmt: skip


def _date_word(word: str) -> bool:
    return fold(word) in _NAMES


def differ_in_a_date(a: str, b: str) -> bool:
    """Whether two texts differ where one writes a date or a time (the module docstring): a changed span that holds
    a time of day, or a number with a month's or a day's name in it or right beside it, or a day's name alone
    ("Friday" / "Monday")."""
    if a == b:
        return False
    wa, wb = _TOKEN.findall(a.casefold()), _TOKEN.findall(b.casefold())
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        changed = wa[i1:i2] + wb[j1:j2]
        if any(_TIME.fullmatch(w) for w in changed):
            return True
        near = wa[max(0, i1 - 1) : i2 + 1] + wb[max(0, j1 - 1) : j2 + 1]
        if any(w.isdigit() for w in changed) and any(map(_date_word, near)):
            return True
        if changed and all(map(_date_word, changed)):
            return True
    return False
