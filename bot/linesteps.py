"""Short lines laid out with <br>s that are steps or items whatever the case of their first letters (set 70b F7:
"uninstall ALL mods<br>NO Exceptions<br>and then Restart you computer and Open Steam<br>Right Click on Black Mesa<br>
Select Properties<br>…" ran together as one phrase, where the same steps, all capitalised, were set off as a poem's
lines: bot/linebreaks.py's verse, " / " between them). Five lines at least (each already a verse line: short, two to
ten words), none ending a sentence (the caller's test), none ending in a comma or in a word that goes on ("…and",
"…of the"), and not prose wrapped at a width: most lines full, the next line's first word too long to fit on them
within the longest line ("we went down to the<br>harbour and the boats were…"). And half the lines or more open in
capitals, as steps do ("Right Click on…", "Select Properties"): lines of a chat or a post broken by hand, all in lower
case ("hey guys<br>so i tried the fix…<br>but it still crashes"), are one phrase (rev70b finding 3). Pure.
"""

from __future__ import annotations

from .cuts import MINOR_WORDS

_LINES = 5
_GOING_ON = ",;:-–—&/"


def _full(line: str, after: str, width: int) -> bool:
    """Whether a line is as long as a wrap at ``width`` makes it: the next line's first word would not fit on it."""
    return len(line) + 1 + len(after.split(maxsplit=1)[0]) > width if after.strip() else False


def listed_lines(run: list[str]) -> bool:
    """Whether a run of short lines without a sentence's end is a list's or steps' lines (the module's docstring)."""
    if len(run) < _LINES or 2 * sum(line[:1].isupper() for line in run) < len(run):
        return False
    for line in run:
        if line[-1] in _GOING_ON or line.rsplit(None, 1)[-1].casefold() in MINOR_WORDS:
            return False
    width = max(map(len, run))
    full = sum(_full(line, after, width) for line, after in zip(run, run[1:], strict=False))
    return 2 * full < len(run) - 1
