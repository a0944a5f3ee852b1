"""Small wording helpers shared by every renderer."""

from __future__ import annotations

import re
from datetime import datetime

# Characters that render as nothing or can make a headline read backwards or hide
# text: C0/C1 controls (but not newline and tab), bidi marks, overrides and
# isolates, zero-width space, word joiners, BOM. Not the zero-width joiner and
# non-joiner (U+200C, U+200D): emoji sequences and Persian and Indic spelling need them.
# (The rule is written once: bot/clean.py removes the same, and the soft hyphen, from feed text.)
INVISIBLE_CHARACTERS = (
    "\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")


def visible(text: str) -> str:
    """``text`` without invisible and direction-changing characters (every renderer
    applies it to text it did not write)."""
    return _INVISIBLE.sub("", text or "")


def relative_time(when: datetime, now: datetime) -> str:
    """'just now', '5 min ago', '3 h ago', 'yesterday', '4 days ago', or a date."""
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "just now" if seconds > -300 else when.strftime("%d %b %Y")
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // 86400)
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return when.strftime("%d %b %Y")


def day_only(published: datetime) -> bool:
    """Whether a date is a day without a time: midnight UTC to the microsecond (the day a link's path carries, set34
    F11, or a date-only value read in UTC). A real time that falls there reads as its day too."""
    return published.hour == published.minute == published.second == published.microsecond == 0 and not (
        published.utcoffset()
    )


def item_time(published: datetime, now: datetime, dated: bool = True) -> str:
    """When an item was published, as a digest shows it: relative_time, or "undated" for an
    item whose feed gave no date (its time is only when it was first seen: "just now"
    would read as news that is minutes old). A day without a time (``day_only``): "today",
    "yesterday", "3 days ago" (days in UTC) or the date, never "9 h ago"."""
    if not dated:
        return "undated"
    if day_only(published):
        days = (now.astimezone(published.tzinfo).date() - published.date()).days
        if 0 <= days < 7:
            return ("today", "yesterday")[days] if days < 2 else f"{days} days ago"
    return relative_time(published, now)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def more_replies(n: int) -> str:
    """A forum thread's posts a digest entry counts, not shows: "+11 replies" (bot/threads.py, set 70b F8)."""
    return f"+{plural(n, 'reply', 'replies')}"


def until(when: datetime | None, now: datetime) -> str:
    """How long until ``when``: "in 5 min", "in 3 h" or "now"."""
    if when is None or when <= now:
        return "now"
    minutes = int((when - now).total_seconds() // 60)
    return f"in {minutes} min" if minutes < 120 else f"in {minutes // 60} h"
