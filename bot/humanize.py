"""Small wording helpers shared by every renderer."""

from __future__ import annotations

from datetime import datetime


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


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"
