"""Lines a feed repeats, a <br> apart, before the text of an entry's own in the same paragraph: a project's blurb
that opens each release's notes ("A simple plugin for configuring a Firefox based web browser to isolate I2P<br>
Browsing to…<br>i2psetproxy.js (2.5.9-1) UNRELEASED…", i2pfirefox--releases.atom in tests/data/unseen/set25, F1).
bot/repeated.py counts each line; the cleaned block has them joined up, so they go from its start here. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

LINE_WORDS = 60  # words of a line the feed repeats, at most
REST = 20  # characters of the block's own text (its key's) that must follow them
_WORD = re.compile(r"[^\W_]+")
_ENDED = re.compile(r"[.!?。！？．][\"'”’»)\]]*\s+$")  # (the lines end a sentence, a space before the block's own)


def without_blurb(
    lines: list[str], headings: Collection[str], repeated: Collection[str], key: Callable[[str], str]
) -> list[str]:
    """The blocks (``lines``), their first one of text (after the headings) without the ``repeated`` keys (as
    ``key``, repeated.py's, gives them) that open it one after another (two or more: a <br>'d paragraph's lines),
    when REST characters of its own follow after a sentence's end (a paragraph further on may quote a refrain);
    else ``lines`` itself."""
    at = next((i for i, line in enumerate(lines) if line not in headings), 0)
    if not repeated or not lines or key(lines[at]) in repeated:
        return lines
    words = key(line := lines[at]).split(" ")
    if len(words) != len(_WORD.findall(line)):  # (the words counted as the key counts them: no address, no CJK)
        return lines
    end = found = 0
    while more := _repeated_line(words, end, repeated):
        end, found = more, found + 1
    if found < 2 or len(" ".join(words[end:])) < REST:  # (one alone: a series' intro the block goes on from)
        return lines
    start = list(_WORD.finditer(line))[end].start()
    return [*lines[:at], line[start:], *lines[at + 1 :]] if _ENDED.search(line, 0, start) else lines


def _repeated_line(words: list[str], start: int, repeated: Collection[str]) -> int:
    """Where the longest repeated key that starts at word ``start`` ends (in words), or 0."""
    found, text = 0, ""
    for n in range(start, min(len(words), start + LINE_WORDS)):
        text = f"{text} {words[n]}" if text else words[n]
        found = n + 1 if text in repeated else found
    return found
